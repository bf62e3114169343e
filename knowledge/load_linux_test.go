package knowledge

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTopDirOpen checks that topDir reads a top-level file whole and
// leaves to the os.Root what it must judge: symlinks, missing files.
func TestTopDirOpen(t *testing.T) {
	dir := t.TempDir()
	big := strings.Repeat("Trade\n- Tariffs: Lower tariffs on rice.\n", 5000)
	writeFiles(t, dir, map[string]string{"a.md": big, "empty.md": ""})
	if err := os.Symlink(filepath.Join(dir, "a.md"), filepath.Join(dir, "link.md")); err != nil {
		t.Fatal(err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = root.Close() }()
	top := openTop(root)
	if top == nil {
		t.Fatal("openTop = nil")
	}
	defer top.close()
	for _, tc := range []struct {
		name string
		ok   bool
		want string
	}{
		{"a.md", true, big},
		{"empty.md", true, ""},
		{"link.md", false, ""},
		{"missing.md", false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, ok := top.open(tc.name)
			if ok != tc.ok {
				t.Fatalf("open(%q) ok = %v, want %v", tc.name, ok, tc.ok)
			}
			if !ok {
				return
			}
			defer func() { _ = f.Close() }()
			b, err := io.ReadAll(f)
			if err != nil {
				t.Fatalf("reading %s: %v", tc.name, err)
			}
			if string(b) != tc.want {
				t.Errorf("read %d bytes of %s, want %d", len(b), tc.name, len(tc.want))
			}
		})
	}
}
