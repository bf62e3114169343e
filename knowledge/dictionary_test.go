package knowledge

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestReloadUsesTheBaseDictionary checks that a load compresses every
// document against one dictionary, and that a reload compresses what it
// reads against the base's, not one of its own.
func TestReloadUsesTheBaseDictionary(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.md": "# Alpha\n\n## Water\n\nWhat the theme is about.\n\n- Wells: Drilling wells in the north.\n\n| Site | Budget |\n|---|---|\n| Lake | 3 million |\n",
		"b.md": "# Beta\n\n## Roads\n\n- Bridges: Repairing bridges after the floods.\n",
		"c.md": "# Gamma\n\n## Schools\n\n- Teachers: Training teachers in the east.\n",
	})
	base, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if base.dict == nil {
		t.Fatal("Load gave no dictionary")
	}
	for _, d := range base.Docs {
		if d.dict != base.dict {
			t.Errorf("Load: %s is compressed against another dictionary than the base's", d.Path)
		}
	}
	edited := "# Beta\n\n## Roads\n\n- Bridges: Repairing bridges after the floods, and the roads to them.\n- Culverts: Clearing culverts.\n"
	writeFiles(t, dir, map[string]string{"b.md": edited})
	next, err := Reload(base, dir)
	if err != nil {
		t.Fatal(err)
	}
	if next.dict != base.dict {
		t.Error("Reload made a dictionary of its own")
	}
	for _, d := range next.Docs {
		if d.dict != base.dict {
			t.Errorf("Reload: %s is compressed against another dictionary than the base's", d.Path)
		}
		data, err := os.ReadFile(filepath.Join(dir, d.Path))
		if err != nil {
			t.Fatal(err)
		}
		parsed, _ := Parse(d.Path, data)
		if diff := cmp.Diff(outline(parsed), outline(d)); diff != "" {
			t.Errorf("Reload: %s's entries differ from Parse's (-parsed +reloaded):\n%s", d.Path, diff)
		}
	}
}
