package redisstate

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/bot/redisstate/redistest"
	"github.com/briefbot/briefbot/bot/statetest"
	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/knowledge"
)

// namespaces numbers the namespaces of the tests, so that tests sharing
// a Redis share nothing else.
var namespaces atomic.Int64

// open returns a Store on srv in a namespace of its own.
func open(t *testing.T, srv *redistest.Server) *Store {
	t.Helper()
	s, err := Open(Options{URL: srv.URL(0), Namespace: fmt.Sprintf("test%d", namespaces.Add(1))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Error(err)
		}
	})
	return s
}

// TestSuite runs the suite every State passes on Redis.
func TestSuite(t *testing.T) {
	srv := redistest.Start(t)
	statetest.Run(t, func(t *testing.T) bot.State { return open(t, srv) })
}

// TestFeedbackSuite runs the suite every FeedbackStore passes on Redis,
// and checks that a second replica's store reports the same.
func TestFeedbackSuite(t *testing.T) {
	srv := redistest.Start(t)
	statetest.RunFeedback(t, func(t *testing.T, since time.Time) bot.FeedbackStore { return open(t, srv).Feedback(since) })
}

// TestFeedbackShared gives an answer on one replica and rates it on
// another: both report the same, counted since the first one started.
func TestFeedbackShared(t *testing.T) {
	srv := redistest.Start(t)
	ns := fmt.Sprintf("test%d", namespaces.Add(1))
	replica := func() *Store {
		s, err := Open(Options{URL: srv.URL(0), Namespace: ns})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = s.Close() })
		return s
	}
	start := time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)
	a, b := replica().Feedback(start), replica().Feedback(start.Add(time.Hour))
	ctx := context.Background()
	const id = "AAAAAAAAAAAAAAAAAAAAAAAAAA"
	if err := a.Remember(ctx, bot.Answered{ID: id, Question: "port visits", Title: "Port Visits", Document: "maritime.txt",
		Audience: knowledge.Public, At: start}); err != nil {
		t.Fatal(err)
	}
	if got, err := b.Rate(ctx, "slack:U1", bot.Rating{Answer: id, Verdict: bot.Unhelpful}, start.Add(time.Minute)); err != nil || got != bot.Noted {
		t.Fatalf("Rate on the other replica = %v, %v; want it noted", got, err)
	}
	if got, err := a.Rate(ctx, "slack:U1", bot.Rating{Answer: id, Verdict: bot.Helpful}, start.Add(2*time.Minute)); err != nil || got != bot.AlreadyNoted {
		t.Fatalf("a second press on the first replica = %v, %v; want it already noted", got, err)
	}
	for name, f := range map[string]*Feedback{"a": a, "b": b} {
		rep, err := f.Report(ctx, knowledge.Public, 10)
		if err != nil {
			t.Fatal(err)
		}
		if !rep.Since.Equal(start) || len(rep.Entries) != 1 || rep.Entries[0].Unhelpful != 1 {
			t.Errorf("replica %s reports %+v, want one unhelpful Port Visits since %s", name, rep, start)
		}
	}
}

// TestReconnects stops Redis under a Store and starts it again: calls
// fail while it is down, and the same Store works again once it is back,
// its subscription to reload requests included.
func TestReconnects(t *testing.T) {
	srv := redistest.Start(t)
	s := open(t, srv)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	reqs := s.ReloadRequests(ctx)
	publish := func(id string) bool {
		if err := s.PublishReload(ctx, bot.ReloadRequest{ID: id, From: "a"}); err != nil {
			return false
		}
		select {
		case r := <-reqs:
			return r.ID == id
		case <-time.After(200 * time.Millisecond):
			return false
		}
	}
	bottest.Eventually(t, "a reload request to arrive", func() bool { return publish("r1") })

	srv.Stop()
	if _, err := s.Claim(ctx, "k", time.Minute); err == nil {
		t.Fatal("Claim with Redis stopped = nil error, want one")
	}
	srv.Restart()
	bottest.Eventually(t, "Claim to work again", func() bool {
		ok, err := s.Claim(ctx, "k2", time.Minute)
		return err == nil && ok
	})
	bottest.Eventually(t, "reload requests to arrive again", func() bool { return publish("r2") })
}

// TestReplicas reports replicas and reads them back.
func TestReplicas(t *testing.T) {
	srv := redistest.Start(t)
	s := open(t, srv)
	now := time.Now().UTC()
	reports := []bot.Replica{
		{ID: "b", Version: "v2", Public: "p2", Since: now, Seen: now, Reload: "r1"},
		{ID: "a", Version: "v1", Public: "p1", Since: now, Seen: now, Failed: "blocked"},
		{ID: "old", Version: "v0", Seen: now.Add(-time.Hour)},
	}
	for _, r := range reports {
		if err := s.Report(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Replicas(ctx, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]bot.Replica{reports[1], reports[0]}, got); diff != "" {
		t.Errorf("Replicas (-want +got):\n%s", diff)
	}
	if err := s.Leave(ctx, "a"); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Replicas(ctx, time.Minute); len(got) != 1 || got[0].ID != "b" {
		t.Errorf("Replicas after a left = %+v, want b alone", got)
	}
	// Another namespace sees none of them.
	if got, _ := open(t, srv).Replicas(ctx, time.Minute); len(got) != 0 {
		t.Errorf("another namespace sees %d replicas, want 0", len(got))
	}
}

var ctx = context.Background()

// TestCoordinatedReload runs two bots on one Redis: an admin's reload on
// one reloads both, and the reply says what each serves, naming the one
// that failed; a public channel is not told why, nor internal versions.
func TestCoordinatedReload(t *testing.T) {
	srv := redistest.Start(t)
	ns := fmt.Sprintf("test%d", namespaces.Add(1))
	var mu sync.Mutex
	files := fstest.MapFS{"maritime.txt": {Data: []byte("Maritime\n- Port Visits: Two a year.\n")},
		"budget.md": {Data: []byte("---\naudience: internal\n---\n# Budget\n- Grants: Capped.\n")}}
	broken := atomic.Bool{}
	load := func(name string) bot.Loader {
		return func(prev *knowledge.Base) (*knowledge.Base, error) {
			if name == "b" && broken.Load() {
				return nil, errors.New("disk on fire")
			}
			mu.Lock()
			defer mu.Unlock()
			return knowledge.ReloadFS(prev, files, "kb"), nil
		}
	}
	start := func(name string) *bot.Bot {
		st, err := Open(Options{URL: srv.URL(0), Namespace: ns})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = st.Close() })
		base, _ := load(name)(nil)
		b := bot.New(base, load(name), bot.Options{Bot: config.Default().Bot, State: st, Replica: name,
			Platforms: map[string]bot.Policy{
				"slack": {Audience: knowledge.Internal, Admins: []string{"UADMIN"},
					Channels: map[string]knowledge.Audience{"CPUBLIC": knowledge.Public}}}})
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() { defer close(done); b.Coordinate(ctx) }()
		t.Cleanup(func() { cancel(); <-done })
		return b
	}
	a, b := start("a"), start("b")
	bottest.Eventually(t, "a to see both replicas", func() bool {
		list, err := a.Replicas(ctx)
		return err == nil && len(list) == 2
	})
	rec := &bottest.Editor{}
	reload := func(channel string) bot.Reply {
		got := rec.Ask(t, a.Inbox(rec), bot.Message{Platform: "slack", ChannelID: channel, UserID: "UADMIN", Via: bot.Mention, Text: "reload"})
		if len(got) == 0 {
			t.Fatal("no reply to reload")
		}
		return got[len(got)-1].Reply
	}

	mu.Lock()
	files["energy.md"] = &fstest.MapFile{Data: []byte("Energy\n- Solar: Panels.\n")}
	mu.Unlock()
	r := reload("C1")
	want := fmt.Sprintf("Replicas (2): 2 serve version %s.", a.Base().Version)
	if !strings.Contains(r.Body, want) {
		t.Errorf("reload reply = %q, want it to say %q", r.Body, want)
	}
	if b.Base().Version != a.Base().Version || len(b.Base().Docs) != 3 {
		t.Errorf("b serves %s (%d documents), want %s, as a", b.Base().Version, len(b.Base().Docs), a.Base().Version)
	}

	broken.Store(true)
	mu.Lock()
	files["energy.md"] = &fstest.MapFile{Data: []byte("Energy\n- Solar: Panels.\n- Wind: Turbines.\n")}
	mu.Unlock()
	r = reload("C1")
	for _, want := range []string{"Replicas (2): 1 serves version " + a.Base().Version + ", 1 serves version " + b.Base().Version,
		"Failed to reload: b (disk on fire)."} {
		if !strings.Contains(r.Body, want) {
			t.Errorf("reload reply with b failing = %q, want it to say %q", r.Body, want)
		}
	}
	r = reload("CPUBLIC")
	if !strings.Contains(r.Body, "Failed to reload: b.") || strings.Contains(r.Body, "disk on fire") ||
		strings.Contains(r.Body, a.Base().Version) {
		t.Errorf("reload reply in a public channel = %q, want b named as failed, without why or internal versions", r.Body)
	}
	if r := rec.Ask(t, a.Inbox(rec), bot.Message{Platform: "slack", ChannelID: "C1", UserID: "UADMIN", Via: bot.Mention, Text: "status"}); len(r) != 1 ||
		!strings.Contains(r[0].Reply.Body, "Replicas (2):") || !strings.Contains(r[0].Reply.Body, "- b: version "+b.Base().Version) {
		t.Errorf("status = %+v, want each replica's version", r)
	}
}
