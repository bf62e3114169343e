package gitsource

import (
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/object"

	"github.com/briefbot/briefbot/knowledge"
)

// This file holds the test helpers: repositories made by go-git in the
// test, as a curator's repository would be.

// entry is one tree entry to commit: a file, a symlink or a submodule.
type entry struct {
	mode filemode.FileMode
	data string // the content, the link's target or the submodule's commit
}

func regular(data string) entry    { return entry{filemode.Regular, data} }
func executable(data string) entry { return entry{filemode.Executable, data} }
func link(target string) entry     { return entry{filemode.Symlink, target} }

// submodule is a gitlink to a commit of another repository.
func submodule() entry { return entry{filemode.Submodule, "0123456789abcdef0123456789abcdef01234567"} }

// tree is the whole content of a commit, by slash-separated path.
type tree map[string]entry

// with returns a copy of t with path set to e, or removed for a zero e.
func (t tree) with(path string, e entry) tree {
	out := maps.Clone(t)
	if e == (entry{}) {
		delete(out, path)
	} else {
		out[path] = e
	}
	return out
}

const (
	goodDoc   = "Maritime Security\nThe talks covered patrols.\n- Coast Guard Training: Joint drills at sea.\n"
	brokenDoc = "Trade\nArea | Goal |\n---|---|\nMinerals | Deals | extra |\n"
)

// briefings reads real briefing documents from the knowledge package's
// test data.
func briefings(t testing.TB) tree {
	t.Helper()
	out := tree{}
	for _, dir := range []string{"../sample", "../testdata/eval/briefings"} {
		names, err := filepath.Glob(filepath.Join(dir, "*"))
		if err != nil || len(names) == 0 {
			t.Fatalf("no briefings in %s: %v", dir, err)
		}
		for _, name := range names {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			out[filepath.Base(name)] = regular(string(data))
		}
	}
	return out
}

// origin is a repository made in the test, which a Source clones by its
// local path.
type origin struct {
	t    testing.TB
	dir  string
	repo *git.Repository
	when time.Time
}

func newOrigin(t testing.TB) *origin {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "briefings")
	repo, err := git.PlainInit(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	head := plumbing.NewSymbolicReference(plumbing.HEAD, plumbing.NewBranchReferenceName("main"))
	if err := repo.Storer.SetReference(head); err != nil {
		t.Fatal(err)
	}
	return &origin{t: t, dir: dir, repo: repo, when: time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)}
}

// head returns the branch's head, or the zero hash.
func (o *origin) head(branch string) plumbing.Hash {
	ref, err := o.repo.Reference(plumbing.NewBranchReferenceName(branch), true)
	if err != nil {
		return plumbing.ZeroHash
	}
	return ref.Hash()
}

// commit commits files as the whole tree on top of the branch's head
// and returns the commit.
func (o *origin) commit(branch, msg string, files tree) plumbing.Hash {
	o.t.Helper()
	var parents []plumbing.Hash
	if h := o.head(branch); !h.IsZero() {
		parents = append(parents, h)
	}
	return o.commitOn(branch, msg, files, parents...)
}

// commitOn commits files with the given parents and moves the branch to
// it, whatever it pointed to: with a parent other than the head, this is
// a force-push.
func (o *origin) commitOn(branch, msg string, files tree, parents ...plumbing.Hash) plumbing.Hash {
	o.t.Helper()
	o.when = o.when.Add(time.Hour)
	sig := object.Signature{Name: "Ann Curator", Email: "ann@example.org", When: o.when}
	c := &object.Commit{Author: sig, Committer: sig, Message: msg + "\n\nWhy it changed.\n",
		TreeHash: o.writeTree(files), ParentHashes: parents}
	h := o.store(c)
	// Written as git writes it, by renaming a new file into place: go-git
	// truncates the file and writes it, and a poll could read it between.
	// The new file is written outside refs/, where a reader listing the
	// refs would take it for one.
	ref := filepath.Join(o.dir, ".git", "refs", "heads", filepath.FromSlash(branch))
	tmp := filepath.Join(o.dir, ".git", "ref.new")
	if err := os.MkdirAll(filepath.Dir(ref), 0o755); err != nil {
		o.t.Fatal(err)
	}
	if err := os.WriteFile(tmp, []byte(h.String()+"\n"), 0o644); err != nil {
		o.t.Fatal(err)
	}
	if err := os.Rename(tmp, ref); err != nil {
		o.t.Fatal(err)
	}
	return h
}

// encoder is a git object that can write itself.
type encoder interface {
	Encode(plumbing.EncodedObject) error
}

func (o *origin) store(e encoder) plumbing.Hash {
	o.t.Helper()
	obj := o.repo.Storer.NewEncodedObject()
	if err := e.Encode(obj); err != nil {
		o.t.Fatal(err)
	}
	h, err := o.repo.Storer.SetEncodedObject(obj)
	if err != nil {
		o.t.Fatal(err)
	}
	return h
}

func (o *origin) blob(data string) plumbing.Hash {
	o.t.Helper()
	obj := o.repo.Storer.NewEncodedObject()
	obj.SetType(plumbing.BlobObject)
	w, err := obj.Writer()
	if err != nil {
		o.t.Fatal(err)
	}
	if _, err := io.WriteString(w, data); err != nil {
		o.t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		o.t.Fatal(err)
	}
	h, err := o.repo.Storer.SetEncodedObject(obj)
	if err != nil {
		o.t.Fatal(err)
	}
	return h
}

// writeTree stores files as nested trees and returns the root's hash.
func (o *origin) writeTree(files tree) plumbing.Hash {
	o.t.Helper()
	subs := map[string]tree{}
	var entries []object.TreeEntry
	for name, e := range files {
		if first, rest, ok := strings.Cut(name, "/"); ok {
			if subs[first] == nil {
				subs[first] = tree{}
			}
			subs[first][rest] = e
			continue
		}
		h := plumbing.NewHash(e.data)
		if e.mode != filemode.Submodule {
			h = o.blob(e.data)
		}
		entries = append(entries, object.TreeEntry{Name: name, Mode: e.mode, Hash: h})
	}
	for name, files := range subs {
		entries = append(entries, object.TreeEntry{Name: name, Mode: filemode.Dir, Hash: o.writeTree(files)})
	}
	// git orders a directory as if its name ended in "/".
	key := func(e object.TreeEntry) string {
		if e.Mode == filemode.Dir {
			return e.Name + "/"
		}
		return e.Name
	}
	slices.SortFunc(entries, func(a, b object.TreeEntry) int { return strings.Compare(key(a), key(b)) })
	return o.store(&object.Tree{Entries: entries})
}

// checkout writes files into a new directory, as git would check them
// out: symlinks as symlinks, a submodule as an empty directory.
func checkout(t testing.TB, dir string, files tree) {
	t.Helper()
	for name, e := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		var err error
		switch e.mode {
		case filemode.Symlink:
			err = os.Symlink(e.data, p)
		case filemode.Submodule:
			err = os.Mkdir(p, 0o755)
		case filemode.Executable:
			err = os.WriteFile(p, []byte(e.data), 0o755)
		default:
			err = os.WriteFile(p, []byte(e.data), 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
}

// config returns a Config for the origin's main branch with a new cache
// directory.
func (o *origin) config(t *testing.T) Config {
	return Config{URL: o.dir, Branch: "main", CacheDir: filepath.Join(t.TempDir(), "cache")}
}

// moveAway makes the origin unreachable until the returned function puts
// it back.
func (o *origin) moveAway() (restore func()) {
	o.t.Helper()
	away := o.dir + ".away"
	if err := os.Rename(o.dir, away); err != nil {
		o.t.Fatal(err)
	}
	return func() {
		if err := os.Rename(away, o.dir); err != nil {
			o.t.Fatal(err)
		}
	}
}

// docs lists a knowledge base's documents with what a reader would see
// of them, to compare two loads.
type doc struct {
	Path, Title, Hash string
	Sections          []string
	Entries           []string
}

func docsOf(b *knowledge.Base) []doc {
	var out []doc
	for _, d := range b.Docs {
		dd := doc{Path: d.Path, Title: d.Title, Hash: d.Hash}
		for _, s := range d.Sections {
			dd.Sections = append(dd.Sections, s.Heading)
			for _, e := range s.Entries {
				dd.Entries = append(dd.Entries, string(e.Kind)+"|"+e.Title+"|"+e.Text)
			}
		}
		out = append(out, dd)
	}
	return out
}

func problemPaths(b *knowledge.Base) []string {
	var out []string
	for _, p := range b.Problems {
		out = append(out, p.Path)
	}
	return out
}

func docPaths(b *knowledge.Base) []string {
	var out []string
	for _, d := range b.Docs {
		out = append(out, d.Path)
	}
	return out
}

func short(h plumbing.Hash) string { return h.String()[:7] }

func subjects(cs []Commit) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Subject)
	}
	return out
}
