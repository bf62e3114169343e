package bot_test

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	. "github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/knowledge"
)

// TestReplicasShareState runs two bots on one State, as two replicas on
// one Redis: whichever replica a message reaches, a delivery is answered
// once, a conversation continues, a user has one rate limit and admins
// see the same misses and news.
func TestReplicasShareState(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	st := NewMemoryState(func() time.Time { return now })
	k := newKB()
	replica := func(name string) *Bot {
		return testBot(t, k, func(o *Options) {
			o.State, o.Replica, o.Now = st, name, func() time.Time { return now }
			o.RateLimit = config.RateLimit{PerMinute: 6, Burst: 3}
		})
	}
	a, b := replica("a"), replica("b")
	rec := &bottest.Recorder{}

	t.Run("a delivery is answered once", func(t *testing.T) {
		m := slackMsg("U1", "C1", "port visits")
		m.EventID = "Ev1"
		first, again := ask(t, a, rec, m), ask(t, b, rec, m)
		if len(first) != 1 || len(again) != 0 {
			t.Errorf("replies on a, then b: %d, %d; want 1, 0", len(first), len(again))
		}
		m.EventID = "Ev2"
		if got := ask(t, b, rec, m); len(got) != 1 {
			t.Errorf("another event: %d replies, want 1", len(got))
		}
	})

	t.Run("a conversation continues on the other replica", func(t *testing.T) {
		m := slackMsg("U2", "C1", "patrols")
		m.ThreadID = "T9"
		if r := one(t, a, rec, m); r.Kind != Answer {
			t.Fatalf("question on a: %v %q, want an answer", r.Kind, r.Title)
		}
		m.Text = "more"
		r := one(t, b, rec, m)
		if !strings.HasPrefix(r.Title, "More on “patrols”") || !strings.Contains(r.Body, "maritime.txt · ") {
			t.Errorf("more on b: %q %q, want more answers to patrols, cited", r.Title, r.Body)
		}
		m.Text = "source 1"
		if r := one(t, b, rec, m); r.Kind != Answer || r.Source == nil || r.Source.Document != "maritime.txt" {
			t.Errorf("source 1 on b: %v %q %+v, want the first answer in full, cited", r.Kind, r.Title, r.Source)
		}
	})

	t.Run("one rate limit over both", func(t *testing.T) {
		answered := 0
		for i := range 6 {
			replica := a
			if i%2 == 1 {
				replica = b
			}
			if got := ask(t, replica, rec, discordMsg("777", "port visits")); len(got) == 1 && got[0].Reply.Kind == Answer {
				answered++
			}
		}
		if answered != 3 {
			t.Errorf("answered %d of 6 questions over two replicas, want the burst, 3", answered)
		}
	})

	t.Run("misses and news are the same everywhere", func(t *testing.T) {
		one(t, a, rec, slackMsg("U3", "C1", "xylophone quartets"))
		if r := one(t, b, rec, slackMsg("UADMIN", "C1", "misses")); !strings.Contains(r.Body, "xylophone quartets") {
			t.Errorf("misses on b = %q, want the question asked on a", r.Body)
		}
		k.set("energy.md", "Energy\n- Solar Farms: Panels for the grid.\n")
		if res := a.Reload(context.Background()); !res.OK {
			t.Fatalf("reload on a failed: %+v", res)
		}
		if res := b.Reload(context.Background()); !res.OK {
			t.Fatalf("reload on b failed: %+v", res)
		}
		r := one(t, b, rec, slackMsg("U3", "C1", "what's new"))
		if strings.Count(r.Body, "Reloaded") != 1 || !strings.Contains(r.Body, "energy.md") {
			t.Errorf("what's new on b = %q, want the one change, recorded once", r.Body)
		}
	})

	t.Run("an answer gone since is said to be gone", func(t *testing.T) {
		m := slackMsg("U4", "C1", "solar farms")
		m.ThreadID = "T10"
		if r := one(t, a, rec, m); r.Title != "Solar Farms" {
			t.Fatalf("question: %q, want Solar Farms", r.Title)
		}
		k.set("energy.md", "")
		b.Reload(context.Background())
		m.Text = "source"
		if r := one(t, b, rec, m); !strings.Contains(r.Title, "no longer in the briefings") {
			t.Errorf("source after the entry was removed: %q, want it said to be gone", r.Title)
		}
	})

	t.Run("a thread one posted in is known to the other for a week", func(t *testing.T) {
		// What the Slack adapter asks of the Inbox the bot hands it.
		type threadMarks interface {
			MarkThread(ctx context.Context, platform, channelID, threadID string)
			InThread(ctx context.Context, platform, channelID, threadID string) bool
		}
		ia, ok := a.Inbox(rec).(threadMarks)
		if !ok {
			t.Fatal("the bot's Inbox does not record threads")
		}
		ib := b.Inbox(rec).(threadMarks)
		ctx := context.Background()
		ia.MarkThread(ctx, Slack, "C1", "T5")
		for _, tt := range []struct {
			channel, thread, platform string
			want                      bool
		}{{"C1", "T5", Slack, true}, {"C1", "T6", Slack, false}, {"C2", "T5", Slack, false}, {"C1", "T5", Discord, false}} {
			if got := ib.InThread(ctx, tt.platform, tt.channel, tt.thread); got != tt.want {
				t.Errorf("InThread(%s, %s, %s) on b = %v, want %v", tt.platform, tt.channel, tt.thread, got, tt.want)
			}
		}
		now = now.Add(6 * 24 * time.Hour)
		ib.MarkThread(ctx, Slack, "C1", "T5") // b posts there too: a week from now
		now = now.Add(6 * 24 * time.Hour)
		if !ia.InThread(ctx, Slack, "C1", "T5") {
			t.Error("a thread posted in 6 days ago is forgotten, want it known for a week")
		}
		now = now.Add(2 * 24 * time.Hour)
		if ia.InThread(ctx, Slack, "C1", "T5") {
			t.Error("a thread last posted in 8 days ago is still known, want it forgotten after a week")
		}
	})
}

// failing is a shared State that fails while down is set.
type failing struct {
	State
	down  atomic.Bool
	calls atomic.Int64
}

var errDown = errors.New("connection refused")

func (f *failing) check() error {
	f.calls.Add(1)
	if f.down.Load() {
		return errDown
	}
	return nil
}

func (f *failing) Claim(ctx context.Context, key string, ttl time.Duration) (bool, error) {
	if err := f.check(); err != nil {
		return false, err
	}
	return f.State.Claim(ctx, key, ttl)
}

func (f *failing) SaveConversation(ctx context.Context, key string, c Conversation, ttl time.Duration) error {
	if err := f.check(); err != nil {
		return err
	}
	return f.State.SaveConversation(ctx, key, c, ttl)
}

func (f *failing) Conversation(ctx context.Context, key string) (Conversation, bool, error) {
	if err := f.check(); err != nil {
		return Conversation{}, false, err
	}
	return f.State.Conversation(ctx, key)
}

func (f *failing) Allow(ctx context.Context, key string, l Limit, now time.Time) (Allowance, error) {
	if err := f.check(); err != nil {
		return Allowance{}, err
	}
	return f.State.Allow(ctx, key, l, now)
}

// TestStateDown has the shared State fail: the bot answers from its own
// memory, follow-ups on the same replica still work, the failure is
// counted and logged once, and the bot goes back to the store once it
// answers.
func TestStateDown(t *testing.T) {
	reg := prometheus.NewRegistry()
	m := NewMetrics(reg, Build{})
	logs := &bottest.Buffer{}
	st := &failing{State: NewMemoryState(nil)}
	b := testBot(t, newKB(), func(o *Options) {
		o.State, o.Metrics = st, m
		o.Logger = newTestLogger(logs)
	})
	rec := &bottest.Recorder{}
	st.down.Store(true)

	msg := slackMsg("U1", "C1", "patrols")
	msg.EventID = "Ev1"
	if r := one(t, b, rec, msg); r.Kind != Answer {
		t.Fatalf("question with the store down: %v %q, want an answer", r.Kind, r.Title)
	}
	msg.Text = "more"
	msg.EventID = "Ev2"
	if r := one(t, b, rec, msg); !strings.HasPrefix(r.Title, "More on") {
		t.Errorf("more with the store down: %q, want it continued from this replica's memory", r.Title)
	}
	msg.Text = "patrols"
	msg.EventID = "Ev1"
	if got := ask(t, b, rec, msg); len(got) != 0 {
		t.Errorf("a delivery again with the store down: %d replies, want 0 (this replica saw it)", len(got))
	}
	if degraded, _, err := b.StateDegraded(); !degraded || !errors.Is(err, errDown) {
		t.Errorf("StateDegraded = %v, %v; want true, %v", degraded, err, errDown)
	}
	if errs := counted(t, reg, "briefbot_state_errors_total"); errs < 4 {
		t.Errorf("briefbot_state_errors_total = %v, want every failed operation counted", errs)
	}
	if n := strings.Count(logs.String(), "state store unreachable"); n != 1 {
		t.Errorf("logged %d times that the store is unreachable, want once:\n%s", n, logs)
	}
	// The store is left alone a moment after failing, rather than
	// costing every message a timeout.
	calls := st.calls.Load()
	ask(t, b, rec, slackMsg("U1", "C1", "port visits"))
	if st.calls.Load() != calls {
		t.Errorf("the failed store was called again at once")
	}

	st.down.Store(false)
	bottest.Eventually(t, "the bot to use the store again", func() bool {
		ask(t, b, rec, slackMsg("U1", "C1", "port visits"))
		degraded, _, _ := b.StateDegraded()
		return !degraded
	})
	if !strings.Contains(logs.String(), "state store reachable again") {
		t.Errorf("the log does not say the store is back:\n%s", logs)
	}
}

// newTestLogger logs text to w.
func newTestLogger(w *bottest.Buffer) *slog.Logger { return slog.New(slog.NewTextHandler(w, nil)) }

// counted sums the series of a counter in reg.
func counted(t *testing.T, reg *prometheus.Registry, name string) float64 {
	t.Helper()
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	for _, f := range families {
		if f.GetName() == name {
			for _, m := range f.GetMetric() {
				sum += m.GetCounter().GetValue()
			}
		}
	}
	return sum
}

// slowFeedback is a shared FeedbackStore that, while down is set, hangs
// until its call's deadline, as a Redis that stopped answering does.
type slowFeedback struct {
	FeedbackStore
	down atomic.Bool
}

func (f *slowFeedback) wait(ctx context.Context) error {
	if !f.down.Load() {
		return nil
	}
	<-ctx.Done()
	return ctx.Err()
}

func (f *slowFeedback) Remember(ctx context.Context, a Answered) error {
	if err := f.wait(ctx); err != nil {
		return err
	}
	return f.FeedbackStore.Remember(ctx, a)
}

func (f *slowFeedback) Rate(ctx context.Context, voter string, r Rating, at time.Time) (RateResult, error) {
	if err := f.wait(ctx); err != nil {
		return 0, err
	}
	return f.FeedbackStore.Rate(ctx, voter, r, at)
}

func (f *slowFeedback) Report(ctx context.Context, aud knowledge.Audience, n int) (FeedbackReport, error) {
	if err := f.wait(ctx); err != nil {
		return FeedbackReport{}, err
	}
	return f.FeedbackStore.Report(ctx, aud, n)
}

// TestFeedbackStoreDown has a shared feedback store hang: each call gives
// up after the state timeout, questions are still answered (without
// controls), a press is told it was not recorded and counted as an
// error, and the store is used again once it answers.
func TestFeedbackStoreDown(t *testing.T) {
	reg := prometheus.NewRegistry()
	m := NewMetrics(reg, Build{})
	m.AddPlatform(Slack)
	fb := &slowFeedback{FeedbackStore: NewMemoryFeedback(time.Now())}
	b := testBot(t, newKB(), func(o *Options) {
		o.State, o.Feedback, o.Metrics = &failing{State: NewMemoryState(nil)}, fb, m
		o.StateTimeout = 50 * time.Millisecond
		o.Logger = newTestLogger(&bottest.Buffer{})
	})
	rec := &bottest.Recorder{}
	msg := slackMsg("U1", "C1", "patrols")
	id := answerID(t, b, rec, msg)

	fb.down.Store(true)
	if r := pressed(t, b, rec, pressOf(msg, id, Unhelpful)); r.Kind != Failure || !strings.Contains(r.Body, "could not keep your feedback") {
		t.Errorf("a press with the store down: %v %q %q, want it said not to be recorded", r.Kind, r.Title, r.Body)
	}
	if n := counted(t, reg, "briefbot_feedback_total"); n != 1 {
		t.Errorf("briefbot_feedback_total = %v, want the one press counted", n)
	}
	if got := testutilValue(t, reg, "briefbot_feedback_total", "outcome", "error"); got != 1 {
		t.Errorf(`briefbot_feedback_total{outcome="error"} = %v, want 1`, got)
	}
	if got := testutilValue(t, reg, "briefbot_state_errors_total", "op", "rate"); got != 1 {
		t.Errorf(`briefbot_state_errors_total{op="rate"} = %v, want 1`, got)
	}
	if r := one(t, b, rec, slackMsg("U1", "C1", "port visits")); r.Kind != Answer || r.AnswerID != "" {
		t.Errorf("a question with the store down: %v %q with answer ID %q, want an answer without controls", r.Kind, r.Title, r.AnswerID)
	}
	if r := one(t, b, rec, slackMsg("UADMIN", "C1", "feedback")); r.Kind != Failure {
		t.Errorf("feedback with the store down: %v %q, want it said to be unavailable", r.Kind, r.Title)
	}

	fb.down.Store(false)
	bottest.Eventually(t, "a press to be noted again", func() bool {
		return pressed(t, b, rec, pressOf(slackMsg("U2", "C1", ""), id, Unhelpful)).Title == "Thanks, noted"
	})
}

// testutilValue returns the value of the series of counter name whose
// label is value.
func testutilValue(t *testing.T, reg *prometheus.Registry, name, label, value string) float64 {
	t.Helper()
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range families {
		if f.GetName() != name {
			continue
		}
		for _, m := range f.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == label && l.GetValue() == value {
					return m.GetCounter().GetValue()
				}
			}
		}
	}
	return 0
}
