package knowledge

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLoadedTextMatchesParse checks that a loaded document, whose text is
// kept compressed, gives every entry the text and cells Parse gives it.
func TestLoadedTextMatchesParse(t *testing.T) {
	big := t.TempDir()
	// A table longer than the inflated text a cache keeps, whose rows
	// all name the same columns.
	var b strings.Builder
	b.WriteString("# Big\n\n## Sites\n\n| Site | Country | Notes |\n|---|---|---|\n")
	for i := 0; b.Len() < 2*keptBytes; i++ {
		fmt.Fprintf(&b, "| Site %d | Country %d | Notes on site %d, with a few more words to fill the row. |\n", i, i%7, i)
	}
	if err := os.WriteFile(filepath.Join(big, "big.md"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, dir string }{
		{"sample", "sample"},
		{"eval12", "testdata/eval12/briefings"},
		{"eval4", "testdata/eval4/briefings"},
		{"large table", big},
	} {
		dir := tc.dir
		t.Run(tc.name, func(t *testing.T) {
			base, err := Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			if len(base.Docs) == 0 {
				t.Fatalf("Load(%s) found no documents", dir)
			}
			for _, d := range base.Docs {
				if !d.sealed() {
					t.Errorf("%s: not sealed after Load", d.Path)
				}
				data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(d.Path)))
				if err != nil {
					t.Fatal(err)
				}
				parsed, _ := Parse(d.Path, data)
				if diff := cmp.Diff(outline(parsed), outline(d)); diff != "" {
					t.Errorf("%s: loaded entries differ from Parse's (-parsed +loaded):\n%s", d.Path, diff)
				}
			}
		})
	}
}

// TestEntryTextConcurrently reads the entries of more documents than the
// cache keeps from many goroutines at once (run with -race).
func TestEntryTextConcurrently(t *testing.T) {
	dir := t.TempDir()
	for i := range 3 * inflatedSize {
		text := fmt.Sprintf("# Briefing %d\n\n## Theme %d\n\nWhat the theme is about.\n\n- Item %d: A description.\n\n"+
			"| Name | Budget |\n|---|---|\n| Row %d | %d million |\n", i, i, i, i, i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("b%02d.md", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	base, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := map[*Entry]string{}
	for _, d := range base.Docs {
		for _, s := range d.Sections {
			es := s.Entries()
			for i := range es {
				want[&es[i]] = fmt.Sprint(es[i].Text(), es[i].Fields())
			}
		}
	}
	if len(base.Docs) <= inflatedSize {
		t.Fatalf("%d documents: want more than the %d the cache keeps", len(base.Docs), inflatedSize)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range base.Docs {
				d := base.Docs[(i*(g+1))%len(base.Docs)]
				for _, s := range d.Sections {
					es := s.Entries()
					for i := range es {
						e := &es[i]
						if got := fmt.Sprint(e.Text(), e.Fields()); got != want[e] {
							t.Errorf("%s:%d: read %q, want %q", d.Path, e.Line, got, want[e])
						}
					}
				}
			}
		})
	}
	wg.Wait()
}
