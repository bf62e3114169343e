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

// TestReadFileSizes checks that readFile reads a file whole whatever
// size the walk found for it: the size it has, one it no longer has
// (the file grew or shrank since), or none.
func TestReadFileSizes(t *testing.T) {
	dir := t.TempDir()
	text := strings.Repeat("Trade\n- Tariffs: Lower tariffs on rice.\n", 300)
	writeFiles(t, dir, map[string]string{"a.md": text, "empty.md": ""})
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = root.Close() }()
	l := &loader{fsys: root.FS(), top: openTop(root)}
	if l.top == nil {
		t.Fatal("openTop = nil")
	}
	defer l.top.close()
	n := int64(len(text))
	for _, tc := range []struct {
		name string
		size int64 // as the walk found it
		want string
	}{
		{"a.md", n, text},
		{"a.md", n - 100, text}, // grew since
		{"a.md", n + 100, text}, // shrank since
		{"a.md", 0, text},
		{"a.md", -1, text}, // not known
		{"empty.md", 0, ""},
		{"empty.md", 10, ""},
	} {
		for _, buffered := range []bool{false, true} {
			var buf *[]byte
			if buffered {
				buf = new([]byte)
			}
			got, _, probs := l.readFile(file{name: tc.name, path: tc.name, size: tc.size}, buf)
			if probs != nil {
				t.Fatalf("readFile(%s, size %d) problems %v", tc.name, tc.size, probs)
			}
			if got != tc.want {
				t.Errorf("readFile(%s, size %d, buffered %v) read %d bytes, want %d", tc.name, tc.size, buffered, len(got), len(tc.want))
			}
		}
	}
}
