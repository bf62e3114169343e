package gitsource

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/transport"
	"github.com/google/go-cmp/cmp"

	"github.com/briefbot/briefbot/knowledge"
)

// accept is what the bot's reload does with a loaded commit: it serves
// it only when it loaded without problems.
func accept(t *testing.T, src *Source, u *Update) (*knowledge.Base, bool) {
	t.Helper()
	b := knowledge.LoadFS(u.FS, "git "+u.Head.Short())
	if len(b.Problems) > 0 {
		return b, false
	}
	if err := src.Serve(u.Head); err != nil {
		t.Fatalf("Serve(%s): %v", u.Head.Short(), err)
	}
	return b, true
}

func open(t *testing.T, cfg Config) (*Source, *Update) {
	t.Helper()
	src, u, err := Open(context.Background(), cfg)
	if err != nil {
		t.Fatalf("Open(%v): %v", cfg, err)
	}
	return src, u
}

func update(t *testing.T, src *Source) *Update {
	t.Helper()
	u, err := src.Update(context.Background())
	if err != nil {
		t.Fatalf("Update: %v", err)
	}
	return u
}

// TestOpenClones clones by local path and by file:// URL, without any git
// binary, and loads the head like a directory of the same files.
func TestOpenClones(t *testing.T) {
	o := newOrigin(t)
	files := briefings(t)
	h := o.commit("main", "Add the briefings", files)
	dir := t.TempDir()
	checkout(t, dir, files)
	want, err := knowledge.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", t.TempDir()) // no git binary to fall back on
	for _, url := range []string{o.dir, "file://" + o.dir} {
		t.Run(url, func(t *testing.T) {
			cfg := o.config(t)
			cfg.URL = url
			src, u := open(t, cfg)
			if u.Head.Hash != h.String() || u.Head.Subject != "Add the briefings" || u.Head.Author != "Ann Curator" {
				t.Errorf("Open head = %v, want %s \"Add the briefings\" by Ann Curator", u.Head, short(h))
			}
			if u.Previous != nil || !u.Moved() || u.Stale != nil {
				t.Errorf("Open = previous %v, moved %v, stale %v; want a first clone", u.Previous, u.Moved(), u.Stale)
			}
			b, ok := accept(t, src, u)
			if !ok {
				t.Fatalf("head did not load: %v", b.Problems)
			}
			if diff := cmp.Diff(docsOf(want), docsOf(b)); diff != "" {
				t.Errorf("loaded head differs from a checkout (-want +got):\n%s", diff)
			}
			if got, want := src.String(), cfg.String(); got != want {
				t.Errorf("String() = %q, want %q", got, want)
			}
			if got := src.Status(); !strings.HasPrefix(got, "serving "+short(h)+` "Add the briefings"`) {
				t.Errorf("Status() = %q, want serving %s", got, short(h))
			}
			if _, err := os.Stat(filepath.Join(cfg.CacheDir, recordFile)); err != nil {
				t.Errorf("Serve recorded nothing: %v", err)
			}
		})
	}
}

// TestUpdateNewCommits picks up new commits, lists them newest first
// against the commit served, and keeps listing them until one is served.
func TestUpdateNewCommits(t *testing.T) {
	o := newOrigin(t)
	files := tree{"a.md": regular(goodDoc)}
	first := o.commit("main", "Add a", files)
	src, u := open(t, o.config(t))
	accept(t, src, u)

	if u := update(t, src); u.Moved() || len(u.Since) != 0 || u.Head.Hash != first.String() {
		t.Errorf("Update with nothing new = head %v, moved %v, since %v; want nothing", u.Head, u.Moved(), u.Since)
	}
	files = files.With("b.md", regular(goodDoc))
	o.commit("main", "Add b", files)
	files = files.With("a.md", regular(strings.Replace(goodDoc, "patrols", "joint patrols", 1)))
	third := o.commit("main", "Reword a", files)

	u = update(t, src)
	if u.Head.Hash != third.String() || u.Previous == nil || u.Previous.Hash != first.String() {
		t.Fatalf("Update = head %v, previous %v; want %s after %s", u.Head, u.Previous, short(third), short(first))
	}
	if diff := cmp.Diff([]string{"Reword a", "Add b"}, subjects(u.Since)); diff != "" || u.Rewritten || u.Omitted != 0 {
		t.Errorf("Update since (-want +got):\n%s rewritten %v omitted %d", diff, u.Rewritten, u.Omitted)
	}
	b := knowledge.LoadFS(u.FS, "git")
	if diff := cmp.Diff([]string{"a.md", "b.md"}, docPaths(b)); diff != "" {
		t.Errorf("head's documents (-want +got):\n%s", diff)
	}
	// Not served yet: the next update lists the same commits.
	if again := update(t, src); len(again.Since) != 2 || again.Previous.Hash != first.String() {
		t.Errorf("Update before Serve = since %v from %v, want the same two commits from %s", subjects(again.Since), again.Previous, short(first))
	}
	accept(t, src, u)
	if again := update(t, src); again.Moved() || len(again.Since) != 0 {
		t.Errorf("Update after Serve = moved %v, since %v; want nothing new", again.Moved(), subjects(again.Since))
	}
}

// TestUpdateManyCommits lists at most MaxSince commits and counts the
// rest.
func TestUpdateManyCommits(t *testing.T) {
	o := newOrigin(t)
	o.commit("main", "Start", tree{"a.md": regular(goodDoc)})
	src, u := open(t, o.config(t))
	accept(t, src, u)
	for i := range MaxSince + 5 {
		o.commit("main", "Edit "+strings.Repeat("x", i), tree{"a.md": regular(goodDoc + strings.Repeat("More.\n", i+1))})
	}
	u = update(t, src)
	if len(u.Since) != MaxSince || u.Omitted != 5 || u.Since[0].Subject != "Edit "+strings.Repeat("x", MaxSince+4) {
		t.Errorf("Update = %d commits listed, %d omitted, newest %q; want %d, 5, the last edit", len(u.Since), u.Omitted, u.Since[0].Subject, MaxSince)
	}
}

// TestUpdateForcePush tells a rewritten history: the commit served is no
// longer on the branch.
func TestUpdateForcePush(t *testing.T) {
	o := newOrigin(t)
	a := o.commit("main", "Add a", tree{"a.md": regular(goodDoc)})
	o.commit("main", "Add b", tree{"a.md": regular(goodDoc), "b.md": regular(goodDoc)})
	c := o.commit("main", "Add c", tree{"a.md": regular(goodDoc), "b.md": regular(goodDoc), "c.md": regular(goodDoc)})
	src, u := open(t, o.config(t))
	accept(t, src, u)

	// b and c are dropped; d is pushed on a instead.
	d := o.commitOn("main", "Add d", tree{"a.md": regular(goodDoc), "d.md": regular(goodDoc)}, a)
	u = update(t, src)
	if u.Head.Hash != d.String() || u.Previous.Hash != c.String() {
		t.Fatalf("Update = head %v from %v; want %s from %s", u.Head, u.Previous, short(d), short(c))
	}
	if !u.Rewritten || u.Dropped != 2 {
		t.Errorf("Update = rewritten %v, dropped %d; want a force-push that dropped 2 commits", u.Rewritten, u.Dropped)
	}
	if diff := cmp.Diff([]string{"Add d"}, subjects(u.Since)); diff != "" {
		t.Errorf("Update since (-want +got):\n%s", diff)
	}
	b, ok := accept(t, src, u)
	if !ok || !cmp.Equal([]string{"a.md", "d.md"}, docPaths(b)) {
		t.Errorf("force-pushed head loaded %v, %v; want a.md and d.md", docPaths(b), b.Problems)
	}
}

// TestBrokenCommitKeepsServing rejects a commit that breaks a document:
// the old commit keeps serving, and a restart serves it too, whether or
// not the remote can be reached.
func TestBrokenCommitKeepsServing(t *testing.T) {
	o := newOrigin(t)
	good := o.commit("main", "Add a", tree{"a.md": regular(goodDoc)})
	cfg := o.config(t)
	src, u := open(t, cfg)
	accept(t, src, u)

	broken := o.commit("main", "Add a table", tree{"a.md": regular(goodDoc), "table.txt": regular(brokenDoc)})
	u = update(t, src)
	if b, ok := accept(t, src, u); ok || u.Head.Hash != broken.String() {
		t.Fatalf("broken head %v was accepted (problems %v)", u.Head, b.Problems)
	}
	if got := src.Status(); !strings.Contains(got, "serving "+short(good)) || !strings.Contains(got, "branch head "+short(broken)+" is not served") {
		t.Errorf("Status() = %q, want serving %s, head %s not served", got, short(good), short(broken))
	}

	t.Run("restart with the remote", func(t *testing.T) {
		src, u := open(t, cfg)
		if u.Head.Hash != broken.String() || u.Previous == nil || u.Previous.Hash != good.String() {
			t.Fatalf("Open = head %v, previous %v; want the broken head after %s", u.Head, u.Previous, short(good))
		}
		if _, ok := accept(t, src, u); ok {
			t.Fatal("broken head accepted on restart")
		}
		c, fsys, err := src.Served()
		if err != nil || c.Hash != good.String() {
			t.Fatalf("Served() = %v, %v; want %s", c, err, short(good))
		}
		if b := knowledge.LoadFS(fsys, "git"); len(b.Problems) != 0 || len(b.Docs) != 1 {
			t.Errorf("served commit loaded %v, %v; want a.md", docPaths(b), b.Problems)
		}
	})
	t.Run("restart without the remote", func(t *testing.T) {
		defer o.moveAway()()
		src, u := open(t, cfg)
		if u.Head.Hash != good.String() || u.Stale == nil {
			t.Fatalf("Open = head %v, stale %v; want the last good commit %s, stale", u.Head, u.Stale, short(good))
		}
		if b, ok := accept(t, src, u); !ok || len(b.Docs) != 1 {
			t.Errorf("cached good commit loaded %v, %v", docPaths(b), b.Problems)
		}
	})
}

// TestOpenUnreachable serves the cached good commit when the remote
// cannot be reached, and says so; with nothing cached, Open fails
// clearly.
func TestOpenUnreachable(t *testing.T) {
	t.Run("with a cached good commit", func(t *testing.T) {
		o := newOrigin(t)
		good := o.commit("main", "Add a", tree{"a.md": regular(goodDoc)})
		cfg := o.config(t)
		src, u := open(t, cfg)
		accept(t, src, u)
		// A newer commit is fetched but never served.
		o.commit("main", "Add b", tree{"a.md": regular(goodDoc), "b.md": regular(goodDoc)})
		update(t, src)
		restore := o.moveAway()

		src, u = open(t, cfg)
		want := "serving cached commit " + short(good) + " because: fetch " + o.dir + "@main: repository not found"
		if u.Head.Hash != good.String() || u.Stale == nil || u.Stale.Error() != want {
			t.Errorf("Open = head %v, stale %v; want %s, %q", u.Head, u.Stale, short(good), want)
		}
		if !errors.Is(u.Stale, transport.ErrRepositoryNotFound) {
			t.Errorf("Open stale error %v does not match transport.ErrRepositoryNotFound", u.Stale)
		}
		if u.Moved() {
			t.Errorf("Open of the cached commit reports it moved")
		}
		if got := src.Status(); got != want {
			t.Errorf("Status() = %q, want %q", got, want)
		}
		if b, ok := accept(t, src, u); !ok || len(b.Docs) != 1 {
			t.Errorf("cached commit loaded %v, %v; want a.md", docPaths(b), b.Problems)
		}
		// The remote comes back: the status says so after the next fetch.
		restore()
		u = update(t, src)
		if got := src.Status(); !strings.Contains(got, "branch head "+u.Head.Short()+" is not served") {
			t.Errorf("Status() after the remote came back = %q", got)
		}
	})
	t.Run("with a clone but nothing served", func(t *testing.T) {
		o := newOrigin(t)
		o.commit("main", "Add a", tree{"a.md": regular(goodDoc)})
		cfg := o.config(t)
		open(t, cfg) // never served
		defer o.moveAway()()
		_, _, err := Open(context.Background(), cfg)
		if err == nil || !strings.Contains(err.Error(), "repository not found") || !strings.Contains(err.Error(), "holds no good commit") {
			t.Errorf("Open = %v, want an error saying the remote is unreachable and nothing good is cached", err)
		}
	})
	t.Run("without a cache", func(t *testing.T) {
		cfg := Config{URL: filepath.Join(t.TempDir(), "missing"), Branch: "main", CacheDir: filepath.Join(t.TempDir(), "cache")}
		_, _, err := Open(context.Background(), cfg)
		want := "clone " + cfg.URL + "@main: repository not found"
		if err == nil || err.Error() != want {
			t.Errorf("Open = %v, want %q", err, want)
		}
		if left, _ := filepath.Glob(filepath.Join(cfg.CacheDir, "*")); len(left) != 0 {
			t.Errorf("a failed clone left %v in the cache directory", left)
		}
	})
	t.Run("update", func(t *testing.T) {
		o := newOrigin(t)
		good := o.commit("main", "Add a", tree{"a.md": regular(goodDoc)})
		src, u := open(t, o.config(t))
		accept(t, src, u)
		defer o.moveAway()()
		u, err := src.Update(context.Background())
		if err == nil || u != nil || !strings.Contains(err.Error(), "repository not found") {
			t.Fatalf("Update = %v, %v; want a fetch error", u, err)
		}
		c, _, err := src.Served()
		if err != nil || c.Hash != good.String() {
			t.Errorf("Served() after a failed fetch = %v, %v; want %s", c, err, short(good))
		}
	})
}

// TestOpenUnknownBranch names the branch that is missing.
func TestOpenUnknownBranch(t *testing.T) {
	o := newOrigin(t)
	o.commit("main", "Add a", tree{"a.md": regular(goodDoc)})
	cfg := o.config(t)
	cfg.Branch = "drafts"
	_, _, err := Open(context.Background(), cfg)
	if err == nil || err.Error() != "clone "+o.dir+"@drafts: branch drafts not found" {
		t.Errorf("Open(branch drafts) = %v, want branch drafts not found", err)
	}
}

// TestOpenChangedConfig does not serve a good commit recorded for
// another branch or subdirectory, and replaces a clone of another
// repository only once the new clone worked.
func TestOpenChangedConfig(t *testing.T) {
	o := newOrigin(t)
	main := o.commit("main", "Add a", tree{"a.md": regular(goodDoc), "docs/b.md": regular(goodDoc)})
	drafts := o.commit("drafts", "Draft", tree{"a.md": regular(goodDoc), "c.md": regular(goodDoc)})
	cfg := o.config(t)
	src, u := open(t, cfg)
	accept(t, src, u)

	t.Run("branch", func(t *testing.T) {
		cfg := cfg
		cfg.Branch = "drafts"
		_, u := open(t, cfg)
		if u.Head.Hash != drafts.String() || u.Previous != nil {
			t.Errorf("Open(drafts) = head %v, previous %v; want %s with nothing served before", u.Head, u.Previous, short(drafts))
		}
	})
	t.Run("subdir", func(t *testing.T) {
		cfg := cfg
		cfg.Subdir = "docs"
		_, u := open(t, cfg)
		if u.Head.Hash != main.String() || u.Previous != nil {
			t.Errorf("Open(subdir docs) = head %v, previous %v; want %s with nothing served before", u.Head, u.Previous, short(main))
		}
	})
	t.Run("repository", func(t *testing.T) {
		other := newOrigin(t)
		cfg := cfg
		cfg.URL = other.dir
		// Unreachable: the clone of the first repository stays.
		if _, _, err := Open(context.Background(), cfg); err == nil || !strings.Contains(err.Error(), "it is a clone of "+o.dir) {
			t.Errorf("Open(another repository, unreachable) = %v, want an error naming the cached clone", err)
		}
		if _, u := open(t, Config{URL: o.dir, Branch: "main", CacheDir: cfg.CacheDir}); u.Head.Hash != main.String() {
			t.Errorf("the first repository's cache was lost: head %v", u.Head)
		}
		h := other.commit("main", "Other", tree{"z.md": regular(goodDoc)})
		_, u := open(t, cfg)
		if u.Head.Hash != h.String() || u.Previous != nil {
			t.Errorf("Open(another repository) = head %v, previous %v; want %s, nothing served", u.Head, u.Previous, short(h))
		}
	})
}

// TestSubdir serves a subdirectory, through a symlink too, and rejects a
// commit that removes it.
func TestSubdir(t *testing.T) {
	o := newOrigin(t)
	files := tree{"README.md": regular("# Briefings repo\n"), "briefings/a.md": regular(goodDoc),
		"briefings/sub/b.txt": regular(goodDoc), "current": link("briefings")}
	o.commit("main", "Add", files)
	for _, subdir := range []string{"briefings", "briefings/", "current"} {
		t.Run(subdir, func(t *testing.T) {
			cfg := o.config(t)
			cfg.Subdir = subdir
			src, u := open(t, cfg)
			b, ok := accept(t, src, u)
			if diff := cmp.Diff([]string{"a.md", "sub/b.txt"}, docPaths(b)); diff != "" || !ok {
				t.Errorf("subdir %s loaded (-want +got):\n%s%v", subdir, diff, b.Problems)
			}
		})
	}
	cfg := o.config(t)
	cfg.Subdir = "briefings"
	src, u := open(t, cfg)
	accept(t, src, u)
	o.commit("main", "Move the briefings", tree{"README.md": regular("moved"), "docs/a.md": regular(goodDoc)})
	u = update(t, src)
	if b, ok := accept(t, src, u); ok || len(b.Problems) != 1 || !strings.Contains(b.Problems[0].Msg, "subdir briefings in commit "+u.Head.Short()) {
		t.Errorf("commit without the subdir: accepted %v, problems %v; want rejected with the subdir named", ok, b.Problems)
	}
}

// TestPoll reports a moved head once, a fetch error once per outage, and
// stops with its context.
func TestPoll(t *testing.T) {
	o := newOrigin(t)
	o.commit("main", "Add a", tree{"a.md": regular(goodDoc)})
	src, u := open(t, o.config(t))
	accept(t, src, u)

	type event struct {
		u   *Update
		err error
	}
	events := make(chan event)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		src.Poll(ctx, time.Millisecond, func(u *Update, err error) { events <- event{u, err} })
	}()
	next := func() event {
		t.Helper()
		select {
		case e := <-events:
			return e
		case <-time.After(time.Minute): // only a guard against hanging
			t.Fatal("Poll reported nothing")
			return event{}
		}
	}

	h := o.commit("main", "Add b", tree{"a.md": regular(goodDoc), "b.md": regular(goodDoc)})
	if e := next(); e.err != nil || e.u.Head.Hash != h.String() || len(e.u.Since) != 1 {
		t.Fatalf("Poll reported %v, %v; want head %s, one commit since", e.u, e.err, short(h))
	}
	restore := o.moveAway()
	// The poll may catch the repository as it moves: any fetch error will do.
	if e := next(); e.err == nil || !strings.HasPrefix(e.err.Error(), "fetch "+o.dir+"@main: ") {
		t.Fatalf("Poll reported %v, %v; want a fetch error", e.u, e.err)
	}
	restore()
	h = o.commit("main", "Add c", tree{"a.md": regular(goodDoc), "c.md": regular(goodDoc)})
	// The outage was reported once: the next report is the new head.
	if e := next(); e.err != nil || e.u.Head.Hash != h.String() {
		t.Fatalf("Poll reported %v, %v; want head %s", e.u, e.err, short(h))
	}
	cancel()
	select {
	case <-done:
	case e := <-events:
		t.Errorf("Poll reported %v after its context ended", e)
	case <-time.After(time.Minute):
		t.Fatal("Poll did not stop with its context")
	}
}

// TestCheck clones into memory and leaves nothing on disk.
func TestCheck(t *testing.T) {
	o := newOrigin(t)
	h := o.commit("main", "Add", tree{"docs/a.md": regular(goodDoc), "docs/t.txt": regular(brokenDoc)})
	tests := []struct {
		ref, subdir string
		want        string // the head, or the error
	}{
		{o.dir + "@main", "docs", short(h)},
		{"file://" + o.dir + "@main", "", short(h)},
		{o.dir + "@drafts", "", "error: clone " + o.dir + "@drafts: branch drafts not found"},
		{o.dir + ".missing@main", "", "error: clone " + o.dir + ".missing@main: repository not found"},
		{o.dir + "@main", "../up", `error: subdir: "../up" must be a slash-separated path inside the repository`},
	}
	for _, tt := range tests {
		t.Run(tt.ref, func(t *testing.T) {
			url, branch, err := ParseRef(tt.ref)
			if err != nil {
				t.Fatal(err)
			}
			c, fsys, err := Check(context.Background(), Config{URL: url, Branch: branch, Subdir: tt.subdir})
			got := c.Short()
			if err != nil {
				got = "error: " + err.Error()
			}
			if got != tt.want {
				t.Fatalf("Check(%s) = %s, want %s", tt.ref, got, tt.want)
			}
			if err != nil {
				return
			}
			b := knowledge.LoadFS(fsys, tt.ref)
			wantDocs := []string{"docs/a.md", "docs/t.txt"}
			if tt.subdir == "docs" {
				wantDocs = []string{"a.md", "t.txt"}
			}
			if diff := cmp.Diff(wantDocs, docPaths(b)); diff != "" || len(b.Problems) != 1 {
				t.Errorf("Check(%s) loaded (-want +got):\n%s problems %v; want one", tt.ref, diff, b.Problems)
			}
		})
	}
}

// TestConcurrentUpdateAndLoad loads one commit while another is fetched
// and served; run with -race.
func TestConcurrentUpdateAndLoad(t *testing.T) {
	o := newOrigin(t)
	files := briefings(t)
	o.commit("main", "Add", files)
	src, u := open(t, o.config(t))
	accept(t, src, u)
	var wg sync.WaitGroup
	wg.Go(func() {
		for range 3 {
			if b := knowledge.LoadFS(u.FS, "git"); len(b.Docs) != len(files) {
				t.Errorf("LoadFS during updates loaded %d documents, want %d", len(b.Docs), len(files))
			}
		}
	})
	for i := range 3 {
		o.commit("main", "Edit", files.With("new.md", regular(goodDoc+strings.Repeat("x", i))))
		u, err := src.Update(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		accept(t, src, u)
		src.Status()
	}
	wg.Wait()
}

// TestServe refuses what is not a commit of the clone.
func TestServe(t *testing.T) {
	o := newOrigin(t)
	o.commit("main", "Add", tree{"a.md": regular(goodDoc)})
	src, _ := open(t, o.config(t))
	for _, c := range []Commit{{Hash: "nothex"}, {Hash: plumbing.ComputeHash(plumbing.BlobObject, []byte("x")).String()}} {
		if err := src.Serve(c); err == nil {
			t.Errorf("Serve(%q) succeeded", c.Hash)
		}
	}
	if _, _, err := src.Served(); !errors.Is(err, ErrNothingServed) {
		t.Errorf("Served() with nothing served = %v, want ErrNothingServed", err)
	}
}
