package knowledge

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"unsafe"

	"github.com/google/go-cmp/cmp"
)

const goodDoc = "Maritime Security\nThe talks covered patrols.\n- Coast Guard Training: Joint drills at sea.\n"

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func docPaths(b *Base) []string {
	var out []string
	for _, d := range b.Docs {
		out = append(out, d.Path)
	}
	return out
}

func problemStrings(ps []Problem) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Error())
	}
	return out
}

// TestLoadBadInput puts one bad file of each kind beside good documents:
// each gets a problem naming it, and every good document still loads.
func TestLoadBadInput(t *testing.T) {
	outside := t.TempDir()
	write(t, filepath.Join(outside, "secret.md"), "## Secret\n- Key: value.\n")
	tests := []struct {
		name  string
		setup func(t *testing.T, dir string)
		want  []string
	}{
		{"invalid UTF-8", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "latin1.txt"), "Heading\nfine.\ncaf\xe9\n")
		}, []string{"latin1.txt:3: invalid UTF-8: save the file as UTF-8"}},
		{"binary file", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "image.md"), "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
		}, []string{"image.md: binary file, not a briefing document"}},
		{"empty file", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "sub", "empty.markdown"), "")
		}, []string{"sub/empty.markdown: empty document"}},
		{"file over the size limit", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "huge.txt"), "Heading\n"+strings.Repeat("word ", MaxFileSize/5+1))
		}, []string{"huge.txt: file is 4194313 bytes, over the 4194304 byte limit for a briefing document; not read"}},
		{"table row with the wrong number of cells", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "table.txt"), "Trade\nArea | Goal |\n---|---|\nMinerals | Deals | extra |\n")
		}, []string{"table.txt:4: table row has 3 cells, but the header has 2"}},
		{"symlink leading outside", func(t *testing.T, dir string) {
			if err := os.Symlink(filepath.Join(outside, "secret.md"), filepath.Join(dir, "link.md")); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(outside, filepath.Join(dir, "linkdir")); err != nil {
				t.Fatal(err)
			}
		}, []string{
			"link.md: symlink leads outside the knowledge directory; not read",
			"linkdir: symlink leads outside the knowledge directory; not read",
		}},
		{"broken symlink", func(t *testing.T, dir string) {
			if err := os.Symlink(filepath.Join(dir, "missing.md"), filepath.Join(dir, "dangling.md")); err != nil {
				t.Fatal(err)
			}
		}, []string{"dangling.md: broken symlink: no such file or directory"}},
		{"absolute and relative symlinks inside are read", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "real", "doc.md"), "## Energy\n- Solar Farms: Panels.\n")
			if err := os.Symlink(filepath.Join(dir, "real", "doc.md"), filepath.Join(dir, "abs.md")); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink("real/doc.md", filepath.Join(dir, "rel.md")); err != nil {
				t.Fatal(err)
			}
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, filepath.Join(dir, "good.txt"), goodDoc)
			write(t, filepath.Join(dir, "notes", "also-good.md"), "## Health\n* **Clinics**: Rural ones.\n")
			write(t, filepath.Join(dir, "picture.png"), "\x89PNG") // not a briefing: ignored
			tt.setup(t, dir)
			b, err := Load(dir)
			if err != nil {
				t.Fatalf("Load(%s) error = %v", dir, err)
			}
			if diff := cmp.Diff(tt.want, problemStrings(b.Problems)); diff != "" {
				t.Errorf("Load problems mismatch (-want +got):\n%s", diff)
			}
			paths := docPaths(b)
			for _, want := range []string{"good.txt", "notes/also-good.md"} {
				if !strings.Contains(strings.Join(paths, " "), want) {
					t.Errorf("Load documents = %q, missing good document %q", paths, want)
				}
			}
			if got := firstTitle(b.Search("coast guard training", Internal)); got != "Coast Guard Training" {
				t.Errorf("Search after a bad file = %q, want the good document's entry", got)
			}
			if got := b.Search("secret key value", Internal); len(got) > 0 {
				t.Errorf("Search found %q from outside the directory", got[0].Entry.Title)
			}
		})
	}
}

func TestLoadDirectoryErrors(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file.txt")
	write(t, file, goodDoc)
	tests := []struct {
		dir, want string
	}{
		{filepath.Join(dir, "missing"), "knowledge directory " + filepath.Join(dir, "missing") + " does not exist"},
		{file, "knowledge directory " + file + " is not a directory"},
	}
	for _, tt := range tests {
		b, err := Load(tt.dir)
		if err == nil || err.Error() != tt.want || b != nil {
			t.Errorf("Load(%q) = %v, %v; want nil, %q", tt.dir, b, err, tt.want)
		}
	}
}

// failingFS is a file system whose files cannot be read, as when a file's
// permissions shut the bot out. (Tests often run as root, whom
// permissions do not stop.)
type failingFS struct{ fstest.MapFS }

func (f failingFS) Open(name string) (fs.File, error) {
	if strings.HasSuffix(name, "locked.txt") {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return f.MapFS.Open(name)
}

func TestLoadUnreadableFile(t *testing.T) {
	b := LoadFS(failingFS{fstest.MapFS{
		"good.txt":   {Data: []byte(goodDoc)},
		"locked.txt": {Data: []byte(goodDoc)},
	}}, "test")
	want := []string{"locked.txt: cannot read: permission denied"}
	if diff := cmp.Diff(want, problemStrings(b.Problems)); diff != "" {
		t.Errorf("LoadFS problems mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"good.txt"}, docPaths(b)); diff != "" {
		t.Errorf("LoadFS documents mismatch (-want +got):\n%s", diff)
	}
}

func TestLoadSkipsHiddenAndOtherFiles(t *testing.T) {
	b := LoadFS(fstest.MapFS{
		"a.TXT":            {Data: []byte(goodDoc)},
		"b.markdown":       {Data: []byte(goodDoc)},
		".git/HEAD.txt":    {Data: []byte("ref: main")},
		"data.csv":         {Data: []byte("a,b")},
		"deep/er/c.md":     {Data: []byte(goodDoc)},
		".drafts/draft.md": {Data: []byte(goodDoc)},
	}, "test")
	if diff := cmp.Diff([]string{"a.TXT", "b.markdown", "deep/er/c.md"}, docPaths(b)); diff != "" {
		t.Errorf("LoadFS documents mismatch (-want +got):\n%s", diff)
	}
}

func TestEmbedded(t *testing.T) {
	b := Embedded()
	if len(b.Problems) > 0 {
		t.Errorf("Embedded problems = %v", b.Problems)
	}
	got := b.Stats(Public)
	want := Stats{Documents: 1, Sections: 8, Entries: 45}
	if got != want {
		t.Errorf("Embedded().Stats = %+v, want %+v", got, want)
	}
}

func TestVersion(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), goodDoc)
	first, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	same, _ := Load(dir)
	write(t, filepath.Join(dir, "a.txt"), goodDoc+"- Port Visits: Two a year.\n")
	changed, _ := Load(dir)
	if first.Version != same.Version {
		t.Errorf("Version changed without an edit: %s, %s", first.Version, same.Version)
	}
	if first.Version == changed.Version {
		t.Errorf("Version %s did not change after an edit", first.Version)
	}
}

func TestPrefaultKeepsContent(t *testing.T) {
	buf := make([]byte, 5*4096)
	for i := range buf {
		buf[i] = byte(i % 251)
	}
	tests := []struct{ from, n int }{
		{0, 1},
		{1, 4095},
		{100, 10000},
		{4096, 0},
		{4095, 2},
		{0, len(buf)},
	}
	for _, tt := range tests {
		prefault(unsafe.Pointer(&buf[tt.from]), uintptr(tt.n))
		for i, c := range buf {
			if c != byte(i%251) {
				t.Fatalf("after prefault(%d, %d), buf[%d] = %d, want %d", tt.from, tt.n, i, c, byte(i%251))
			}
		}
	}
}

func TestArenaMapsAhead(t *testing.T) {
	var a arena[uint32]
	sizes := []int{1, 700, 3, 2048, 5, 1999, 64, 0, 2000}
	var pieces [][]uint32
	for round := range 40 {
		for _, n := range sizes {
			s := a.take(n)
			if len(s) != n || cap(s) != n {
				t.Fatalf("take(%d): len %d, cap %d, want both %d", n, len(s), cap(s), n)
			}
			for i := range s {
				if s[i] != 0 {
					t.Fatalf("round %d, take(%d)[%d] = %d, want 0", round, n, i, s[i])
				}
				s[i] = uint32(n)
			}
			if a.ready < 0 || a.ready > len(a.free) {
				t.Fatalf("after take(%d), %d of the block mapped ahead, %d left in it", n, a.ready, len(a.free))
			}
			pieces = append(pieces, s)
		}
	}
	for _, s := range pieces {
		for i := range s {
			if s[i] != uint32(len(s)) {
				t.Fatalf("piece of %d: [%d] = %d, written over", len(s), i, s[i])
			}
		}
	}
}
