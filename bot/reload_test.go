package bot_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	. "github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/knowledge"
)

// stuckLoader is a Loader that never returns until the test ends, as
// reading a named pipe nobody writes to does.
type stuckLoader struct {
	entered chan struct{} // a value each time a load starts
	release chan struct{} // closed when the test ends
}

func newStuckLoader(t *testing.T) *stuckLoader {
	l := &stuckLoader{entered: make(chan struct{}, 10), release: make(chan struct{})}
	t.Cleanup(func() { close(l.release) })
	return l
}

func (l *stuckLoader) load(*knowledge.Base) (*knowledge.Base, error) {
	l.entered <- struct{}{}
	<-l.release
	return nil, errors.New("released")
}

// TestReloadNeverHoldsUpShutdown has a load hang, as a FIFO in the
// knowledge directory made it: a reload waiting for it, and another
// queued behind it, give up at their deadlines; and the bot shuts down
// when its shutdown deadline passes, with an admin's reload in flight.
func TestReloadNeverHoldsUpShutdown(t *testing.T) {
	stuck := newStuckLoader(t)
	base, _ := newKB().load(nil)
	b := New(base, stuck.load, Options{
		Bot:           config.Default().Bot,
		Platforms:     map[string]Policy{Console: {Audience: knowledge.Internal, Everyone: true, Unlimited: true}},
		ReloadTimeout: bottest.Patience * 10, // only the contexts end these reloads
	})

	// SIGHUP's reload: it waits for the load until its context ends.
	hup, stopHUP := context.WithCancel(context.Background())
	hupDone := make(chan ReloadResult)
	go func() { hupDone <- b.Reload(hup) }()
	bottest.Receive(t, stuck.entered, "the load to start")

	// Another reload cannot start a load while that one runs; it gives
	// up when its context ends, rather than waiting on a lock.
	queued, stopQueued := context.WithCancel(context.Background())
	queuedDone := make(chan ReloadResult)
	go func() { queuedDone <- b.Reload(queued) }()
	stopQueued()
	if res := bottest.Receive(t, queuedDone, "the queued reload to give up"); res.OK || res.Err == nil || !strings.Contains(res.Err.Error(), "interrupted") {
		t.Errorf("queued reload = OK %v, error %v; want it interrupted", res.OK, res.Err)
	}

	// An admin's reload is in flight when the bot is told to stop.
	a := &bottest.Recorder{}
	serving, stopServing := context.WithCancel(context.Background())
	served := make(chan error)
	go func() { served <- b.Serve(serving, a) }()
	finished := make(chan struct{})
	if !b.Inbox(a).Receive(Message{Platform: Console, ChannelID: "console", UserID: "me", Via: Direct, Text: "reload", Ref: finished}) {
		t.Fatal("the bot refused the reload")
	}
	stopServing()
	if err := bottest.Receive(t, served, "the adapter to stop"); err != nil {
		t.Errorf("Serve = %v, want nil once its context ended", err)
	}
	// The shutdown deadline passes at once: Shutdown returns, and the
	// reload in flight is cancelled and answered.
	deadline, cancel := context.WithCancel(context.Background())
	cancel()
	shutdown := make(chan error)
	go func() { shutdown <- b.Shutdown(deadline) }()
	if err := bottest.Receive(t, shutdown, "Shutdown to return"); err == nil {
		t.Error("Shutdown = nil, want the reply in flight reported")
	}
	bottest.Receive(t, finished, "the reload in flight to finish")
	got := a.Take()
	if len(got) != 1 || got[0].Reply.Kind != Failure || !strings.Contains(got[0].Reply.Body, "Interrupted") {
		t.Errorf("reload in flight at shutdown replied %+v, want a failure saying it was interrupted", got)
	}

	stopHUP()
	if res := bottest.Receive(t, hupDone, "SIGHUP's reload to give up"); res.OK || b.Base() != base {
		t.Errorf("interrupted reload = OK %v, serving %v; want the old base kept", res.OK, b.Base().Version)
	}
}

// TestReloadTimeout checks that a reload gives up after ReloadTimeout,
// saying what may be wrong, and keeps serving what it had.
func TestReloadTimeout(t *testing.T) {
	stuck := newStuckLoader(t)
	base, _ := newKB().load(nil)
	b := New(base, stuck.load, Options{Bot: config.Default().Bot, ReloadTimeout: 1}) // a nanosecond
	for _, what := range []string{"loading after", "an earlier reload is still loading after"} {
		res := b.Reload(context.Background())
		if res.OK || res.Err == nil || !strings.HasPrefix(res.Err.Error(), what) || !strings.Contains(res.Err.Error(), "named pipe") {
			t.Errorf("reload with a stuck load: OK %v, error %v; want %q, naming what may be wrong", res.OK, res.Err, what)
		}
		if b.Base() != base {
			t.Errorf("a reload that timed out swapped the base")
		}
	}
}

// brokenKB is a knowledge directory on disk with a good document, an
// internal one and a stray symlink leading out of it.
func brokenKB(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range map[string]string{
		"maritime.txt":       publicDoc,
		"internal/budget.md": internalDoc,
	} {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestReloadBlocked checks that a reload blocked by a standing problem
// says which file blocks it and how to fix it, and that `reload anyway`
// serves the good documents, leaving the broken one out and naming it.
func TestReloadBlocked(t *testing.T) {
	dir := brokenKB(t)
	load := func(prev *knowledge.Base) (*knowledge.Base, error) { return knowledge.Reload(prev, dir) }
	base, err := load(nil)
	if err != nil || len(base.Problems) > 0 {
		t.Fatalf("Load = %v, %v", err, base.Problems)
	}
	b := New(base, load, Options{Bot: config.Default().Bot, Platforms: map[string]Policy{
		Slack:   {Audience: knowledge.Internal, Channels: map[string]knowledge.Audience{"CPUBLIC": knowledge.Public}, Admins: []string{"UADMIN"}},
		Discord: {Audience: knowledge.Public, Admins: []string{"111"}},
	}})
	if err := os.Symlink("/etc/hostname", filepath.Join(dir, "stray.md")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "energy.md"), []byte("## Energy\n- Solar Farms: Panels for islands.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	a := &bottest.Recorder{}

	r := one(t, b, a, slackMsg("UADMIN", "C1", "reload"))
	want := "Blocked by 1 problem in 1 file:\n" +
		"- stray.md: symlink leads outside the knowledge directory; not read\n\n" +
		"Fix or remove stray.md and `reload` again; `briefbot check --knowledge " + dir + "` lists every problem.\n" +
		"Or `reload anyway`: it serves the 3 documents that load and leaves out what is broken."
	if r.Kind != Failure || r.Body != want {
		t.Errorf("blocked reload: %v %q\n%s\nwant\n%s", r.Kind, r.Title, r.Body, want)
	}
	if got := one(t, b, a, slackMsg("U1", "C1", "solar farms")); got.Title == "Solar Farms" {
		t.Error("a blocked reload swapped the knowledge in")
	}

	// A public channel is not told of a problem it cannot see.
	r = one(t, b, a, discordMsg("111", "reload"))
	if r.Kind != Failure || strings.Contains(r.Body, "stray.md") || !strings.Contains(r.Body, "internal channel") {
		t.Errorf("blocked reload in public: %v %q", r.Kind, r.Body)
	}

	r = one(t, b, a, slackMsg("UADMIN", "C1", "reload anyway"))
	for _, want := range []string{"Serving 3 documents", "Left out, as broken (1 problem):\n- stray.md: symlink leads outside",
		"Documents: 1 added\n- added: energy.md"} {
		if r.Kind != Info || !strings.Contains(r.Body, want) {
			t.Errorf("reload anyway: %v %q\n%s\nwant it to contain %q", r.Kind, r.Title, r.Body, want)
		}
	}
	if got := one(t, b, a, slackMsg("U1", "C1", "solar farms")); got.Title != "Solar Farms" {
		t.Errorf("after reload anyway: got %q, want the new document served", got.Title)
	}
	if r := one(t, b, a, slackMsg("UADMIN", "C1", "status")); !strings.Contains(r.Body, "ok, leaving out 1 problem") {
		t.Errorf("status after reload anyway: %q", r.Body)
	}

	// Emptied, the directory is refused even anyway: nothing is lost.
	for _, name := range []string{"maritime.txt", "energy.md", "stray.md", filepath.Join("internal", "budget.md")} {
		if err := os.Remove(filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	r = one(t, b, a, slackMsg("UADMIN", "C1", "reload anyway"))
	if r.Kind != Failure || !strings.Contains(r.Body, "no briefing documents") {
		t.Errorf("reload anyway of an empty directory: %v %q", r.Kind, r.Body)
	}
	if b.Base().Stats(knowledge.Internal).Documents != 3 {
		t.Errorf("an empty directory was swapped in")
	}
}
