package gitsource

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/google/go-cmp/cmp"

	"github.com/briefbot/briefbot/knowledge"
)

// fsOf is the FS of one of the origin's commits, rooted at subdir.
func (o *origin) fsOf(h plumbing.Hash, subdir string) *FS {
	o.t.Helper()
	c, err := object.GetCommit(o.repo.Storer, h)
	if err != nil {
		o.t.Fatal(err)
	}
	return treeFS(o.repo.Storer, c, subdir)
}

// TestFSLoadsLikeADirectory loads one tree twice, from a commit by
// knowledge.LoadFS and from a checkout of the same files by
// knowledge.Load: the documents must be the same, and so must the files
// with problems, symlinks leading out of the tree among them.
func TestFSLoadsLikeADirectory(t *testing.T) {
	root := t.TempDir()
	if err := os.WriteFile(filepath.Join(root, "secret.md"), []byte("## Secret\n- Key: value.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	files := briefings(t)
	for name, e := range map[string]entry{
		"sub/deeper/good.md":      regular(goodDoc),
		"sub/table.txt":           regular(brokenDoc),
		"sub/run.txt":             executable(goodDoc),
		"notes.json":              regular("{}"),
		".hidden/skipped.md":      regular(goodDoc),
		"alias.md":                link("sub/deeper/good.md"),
		"sub/back.md":             link("../philippines-maritime.txt"),
		"sub/dirlink":             link("deeper"),
		"escape.md":               link("../secret.md"),
		"absolute.md":             link(filepath.Join(root, "secret.md")),
		"dangling.md":             link("missing.md"),
		"vendor/briefings-shared": submodule(),
	} {
		files[name] = e
	}
	o := newOrigin(t)
	h := o.commit("main", "Add briefings", files)
	dir := filepath.Join(root, "checkout")
	checkout(t, dir, files)

	want, err := knowledge.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	got := knowledge.LoadFS(o.fsOf(h, ""), "git")
	if diff := cmp.Diff(docsOf(want), docsOf(got)); diff != "" {
		t.Errorf("LoadFS(commit) documents differ from Load(checkout) (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(problemPaths(want), problemPaths(got)); diff != "" {
		t.Errorf("LoadFS(commit) problems differ from Load(checkout) (-want +got):\n%s\ngot %v", diff, got.Problems)
	}
	if len(got.Docs) < 9 {
		t.Errorf("LoadFS(commit) loaded %d documents, want the 7 briefings and 2 good links", len(got.Docs))
	}
	for _, p := range got.Problems {
		if strings.Contains(p.Msg, "Secret") {
			t.Errorf("problem %v shows a file outside the tree", p)
		}
	}
}

// TestFSConformance runs the standard library's checks of an fs.FS over
// a tree with nested directories, symlinks that stay inside and a
// submodule.
func TestFSConformance(t *testing.T) {
	o := newOrigin(t)
	h := o.commit("main", "Add", tree{
		"a.md":           regular(goodDoc),
		"dir/b.txt":      regular("b"),
		"dir/sub/c.md":   regular("c"),
		"dir/run.sh":     executable("#!/bin/sh\n"),
		"alias.md":       link("dir/sub/c.md"),
		"dir/up.md":      link("../a.md"),
		"dirlink":        link("dir/sub"),
		"empty.txt":      regular(""),
		"modules/shared": submodule(),
	})
	fsys := o.fsOf(h, "")
	if err := fstest.TestFS(fsys, "a.md", "dir/b.txt", "dir/sub/c.md", "dir/run.sh", "alias.md", "dir/up.md",
		"empty.txt"); err != nil {
		t.Error(err)
	}
	sub := o.fsOf(h, "dirlink")
	if err := fstest.TestFS(sub, "c.md"); err != nil {
		t.Errorf("subdir dirlink: %v", err)
	}
}

// TestFSSymlinks follows links inside the tree and refuses those that
// lead out of it, whatever the way.
func TestFSSymlinks(t *testing.T) {
	o := newOrigin(t)
	h := o.commit("main", "Add", tree{
		"docs/a.md":          regular("A"),
		"docs/b/c.md":        regular("C"),
		"docs/alias.md":      link("a.md"),
		"docs/chain.md":      link("alias.md"),
		"docs/b/up.md":       link("../a.md"),
		"docs/blink":         link("b"),
		"docs/x/l":           link("../b/deep"),
		"docs/b/deep/f.md":   regular("F"),
		"docs/b/f.md":        regular("not this one"),
		"docs/dot.md":        link("./b/../a.md"),
		"docs/loop1":         link("loop2"),
		"docs/loop2":         link("loop1"),
		"docs/escape.md":     link("../outside.md"),
		"docs/b/escape2.md":  link("../../outside.md"),
		"docs/absolute.md":   link("/etc/passwd"),
		"docs/empty":         link(""),
		"docs/tofile/x.md":   regular("x"),
		"docs/filelink":      link("a.md/x"),
		"docs/module":        submodule(),
		"outside.md":         regular("outside the subdir"),
		"docs/rootlink":      link("."),
		"docs/b/rootlink.md": link("../rootlink/a.md"),
	})
	fsys := o.fsOf(h, "docs")
	tests := []struct {
		name string
		want string // content, or the error
	}{
		{"a.md", "A"},
		{"alias.md", "A"},
		{"chain.md", "A"},
		{"b/up.md", "A"},
		{"blink/c.md", "C"},
		{"x/l/f.md", "F"}, // ".." in a link's target means the real parent
		{"x/l/../f.md", "error: invalid argument"},
		{"dot.md", "A"},
		{"rootlink/a.md", "A"},
		{"b/rootlink.md", "A"},
		{"loop1", "error: too many levels of symbolic links"},
		{"escape.md", "error: " + ErrOutside.Error()},
		{"b/escape2.md", "error: " + ErrOutside.Error()},
		{"absolute.md", "error: " + ErrOutside.Error()},
		{"empty", "error: file does not exist"},
		{"filelink", "error: not a directory"},
		{"module", "error: file does not exist"},
		{"missing.md", "error: file does not exist"},
		{"../outside.md", "error: invalid argument"},
		{"/etc/passwd", "error: invalid argument"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := fs.ReadFile(fsys, tt.name)
			got := string(data)
			if err != nil {
				var pe *fs.PathError
				if !errors.As(err, &pe) || pe.Path != tt.name {
					t.Errorf("ReadFile(%q) error %v is not a *fs.PathError naming the file", tt.name, err)
				}
				got = "error: " + pe.Err.Error()
			}
			if got != tt.want {
				t.Errorf("ReadFile(%q) = %q, want %q", tt.name, got, tt.want)
			}
		})
	}

	t.Run("Lstat and ReadLink do not follow", func(t *testing.T) {
		info, err := fsys.Lstat("absolute.md")
		if err != nil || info.Mode()&fs.ModeSymlink == 0 {
			t.Fatalf("Lstat(absolute.md) = %v, %v, want a symlink", info, err)
		}
		target, err := fs.ReadLink(fsys, "absolute.md")
		if target != "/etc/passwd" || err != nil {
			t.Errorf("ReadLink(absolute.md) = %q, %v, want /etc/passwd", target, err)
		}
		if _, err := fs.ReadLink(fsys, "a.md"); err == nil {
			t.Errorf("ReadLink(a.md) of a regular file succeeded")
		}
		info, err = fs.Stat(fsys, "blink")
		if err != nil || !info.IsDir() {
			t.Errorf("Stat(blink) = %v, %v, want the directory it links to", info, err)
		}
	})
	t.Run("ReadDir lists links as links and leaves out submodules", func(t *testing.T) {
		entries, err := fs.ReadDir(fsys, ".")
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range entries {
			got = append(got, fs.FormatDirEntry(e))
		}
		want := []string{"- a.md", "L absolute.md", "L alias.md", "d b/", "L blink", "L chain.md", "L dot.md",
			"L empty", "L escape.md", "L filelink", "L loop1", "L loop2", "L rootlink", "d tofile/", "d x/"}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("ReadDir(.) (-want +got):\n%s", diff)
		}
	})
}

// TestFSHash gives every file its blob's hash, through Sys and Hash, so
// that a reload can tell the changed files.
func TestFSHash(t *testing.T) {
	o := newOrigin(t)
	h := o.commit("main", "Add", tree{"a.md": regular("A\n"), "dir/b.md": regular("B\n"), "l.md": link("a.md")})
	fsys := o.fsOf(h, "")
	blobHash := func(s string) string { return plumbing.ComputeHash(plumbing.BlobObject, []byte(s)).String() }
	for name, want := range map[string]string{"a.md": blobHash("A\n"), "dir/b.md": blobHash("B\n"), "l.md": blobHash("A\n")} {
		info, err := fs.Stat(fsys, name)
		if err != nil {
			t.Fatal(err)
		}
		if got := info.Sys(); got != want {
			t.Errorf("Stat(%q).Sys() = %v, want %s", name, got, want)
		}
		if got, err := fsys.Hash(name); got != want || err != nil {
			t.Errorf("Hash(%q) = %s, %v, want %s", name, got, err, want)
		}
	}
	// The same file in the next commit keeps its hash; a changed one
	// does not.
	h2 := o.commit("main", "Change b", tree{"a.md": regular("A\n"), "dir/b.md": regular("B2\n")})
	next := o.fsOf(h2, "")
	for name, same := range map[string]bool{"a.md": true, "dir/b.md": false} {
		before, _ := fsys.Hash(name)
		after, _ := next.Hash(name)
		if (before == after) != same {
			t.Errorf("Hash(%q) before %s, after %s: want equal %v", name, before, after, same)
		}
	}
	info, err := fs.Stat(fsys, "a.md")
	if err != nil || info.Size() != 2 || info.ModTime().IsZero() || info.Mode() != 0o444 {
		t.Errorf("Stat(a.md) = size %d, mode %v, time %v, %v; want 2 bytes, read-only, the commit's time", info.Size(), info.Mode(), info.ModTime(), err)
	}
}

// TestFSSubdirMissing makes every read of a tree whose subdir is gone
// fail, so that loading it reports a problem rather than an empty
// knowledge base that could be served.
func TestFSSubdirMissing(t *testing.T) {
	o := newOrigin(t)
	h := o.commit("main", "Add", tree{"docs/a.md": regular(goodDoc), "README.md": regular("x")})
	for _, subdir := range []string{"briefings", "README.md"} {
		t.Run(subdir, func(t *testing.T) {
			b := knowledge.LoadFS(o.fsOf(h, subdir), "git")
			if len(b.Docs) != 0 || len(b.Problems) != 1 || !strings.Contains(b.Problems[0].Msg, "subdir "+subdir) {
				t.Errorf("LoadFS(subdir %s) = %v docs, problems %v; want one problem naming the subdir", subdir, docPaths(b), b.Problems)
			}
		})
	}
	if b := knowledge.LoadFS(o.fsOf(h, "docs/"), "git"); len(b.Docs) != 1 || len(b.Problems) != 0 {
		t.Errorf("LoadFS(subdir docs/) = %v, problems %v; want docs/a.md as a.md", docPaths(b), b.Problems)
	}
}

// TestFSConcurrentReads reads one FS from many goroutines; run with
// -race.
func TestFSConcurrentReads(t *testing.T) {
	o := newOrigin(t)
	files := briefings(t)
	h := o.commit("main", "Add", files)
	fsys := o.fsOf(h, "")
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for name, e := range files {
				f, err := fsys.Open(name)
				if err != nil {
					t.Error(err)
					return
				}
				data, err := io.ReadAll(f)
				if cerr := f.Close(); err == nil {
					err = cerr
				}
				if err != nil || string(data) != e.Data {
					t.Errorf("reading %s: %d bytes, %v; want %d bytes", name, len(data), err, len(e.Data))
				}
			}
		})
	}
	wg.Wait()
}
