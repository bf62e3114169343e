//go:build unix

package knowledge

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestLoadSkipsNamedPipe makes a named pipe called like a briefing: Load
// must report it and go on, not wait for a writer forever.
func TestLoadSkipsNamedPipe(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "Trade\n- Tariffs: Lower tariffs on rice.\n"})
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.md"), 0o644); err != nil {
		t.Skipf("cannot make a named pipe here: %v", err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "synonyms.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Docs) != 1 {
		t.Errorf("Load read %d documents, want 1", len(b.Docs))
	}
	var got []string
	for _, p := range b.Problems {
		got = append(got, p.Error())
	}
	want := []string{"pipe.md: not a regular file (a named pipe); not read", "synonyms.txt: not a regular file (a named pipe); not read"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Problems = %q, want %q", got, want)
	}
}
