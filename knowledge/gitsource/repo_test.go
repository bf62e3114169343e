package gitsource

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"

	"github.com/briefbot/briefbot/knowledge"
	"github.com/briefbot/briefbot/knowledge/gitsource/gitsourcetest"
)

// This file holds the test helpers: repositories made by go-git in the
// test, as a curator's repository would be.

// The repositories come from gitsourcetest, which the bot's and the
// command's tests share; these short names keep the tables here short.
type (
	entry = gitsourcetest.Entry
	tree  = gitsourcetest.Tree
)

var (
	regular    = gitsourcetest.File
	executable = gitsourcetest.Executable
	link       = gitsourcetest.Link
	submodule  = gitsourcetest.Submodule
)

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
	*gitsourcetest.Origin
	t    testing.TB
	dir  string
	repo *git.Repository
}

func newOrigin(t testing.TB) *origin {
	t.Helper()
	o := gitsourcetest.New(t)
	return &origin{Origin: o, t: t, dir: o.Dir, repo: o.Repo}
}

func (o *origin) commit(branch, msg string, files tree) plumbing.Hash {
	o.t.Helper()
	return o.Commit(branch, msg, files)
}

func (o *origin) commitOn(branch, msg string, files tree, parents ...plumbing.Hash) plumbing.Hash {
	o.t.Helper()
	return o.CommitOn(branch, msg, files, parents...)
}

func (o *origin) moveAway() (restore func()) {
	o.t.Helper()
	return o.MoveAway()
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
		switch e.Mode {
		case filemode.Symlink:
			err = os.Symlink(e.Data, p)
		case filemode.Submodule:
			err = os.Mkdir(p, 0o755)
		case filemode.Executable:
			err = os.WriteFile(p, []byte(e.Data), 0o755)
		default:
			err = os.WriteFile(p, []byte(e.Data), 0o644)
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
			for _, e := range s.Entries() {
				dd.Entries = append(dd.Entries, e.Kind.String()+"|"+e.Title+"|"+e.Text())
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
