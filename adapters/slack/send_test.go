package slack

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/prometheus/client_golang/prometheus"
	slackapi "github.com/slack-go/slack"

	"github.com/briefbot/briefbot/adapters/slack/slacktest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/config"
)

// waits records the Retry-After waits an adapter asks for, without
// waiting.
type waits struct {
	mu sync.Mutex
	ds []time.Duration
}

func (w *waits) wait(ctx context.Context, d time.Duration) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.ds = append(w.ds, d)
	return ctx.Err()
}

func (w *waits) got() []time.Duration {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]time.Duration(nil), w.ds...)
}

var question = bot.Message{Platform: Platform, ChannelID: "C1", ThreadID: "100.1", MessageID: "100.1", UserID: "U1", Via: bot.Mention, Text: "what is apollo?"}

func TestSendRateLimited(t *testing.T) {
	tests := []struct {
		name         string
		limited      int // 429s the fake answers first
		wantErr      bool
		wantAttempts int
		wantWaits    []time.Duration
		wantFailures float64
	}{
		{"one 429, then success", 1, false, 2, []time.Duration{time.Second}, 0},
		{"three 429s, then success", 3, false, 4, []time.Duration{time.Second, time.Second, time.Second}, 0},
		{"429s beyond the retries", 10, true, 4, []time.Duration{time.Second, time.Second, time.Second}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := slacktest.NewServer(t)
			f.Limit("chat.postMessage", tt.limited)
			reg := prometheus.NewRegistry()
			a := newTestAdapter(t, f, config.SocketMode, func(c *config.Slack, o *Options) { o.Metrics = bot.NewMetrics(reg, bot.Build{}) })
			w := &waits{}
			a.wait = w.wait

			err := a.Send(t.Context(), &question, bot.Reply{Title: "Apollo", Body: "Launch in Q3."})
			if _, limited := errors.AsType[*slackapi.RateLimitedError](err); (err != nil) != tt.wantErr || (tt.wantErr && !limited) {
				t.Errorf("Send() = %v, want error %v (a RateLimitedError)", err, tt.wantErr)
			}
			if got := f.Attempts("chat.postMessage"); got != tt.wantAttempts {
				t.Errorf("chat.postMessage called %d times, want %d", got, tt.wantAttempts)
			}
			if diff := cmp.Diff(tt.wantWaits, w.got()); diff != "" {
				t.Errorf("waits (-want +got):\n%s", diff)
			}
			if got := gathered(t, reg, "briefbot_sends_total"); got != 1 {
				t.Errorf("briefbot_sends_total = %v, want 1", got)
			}
			if got := gathered(t, reg, "briefbot_send_failures_total"); got != tt.wantFailures {
				t.Errorf("briefbot_send_failures_total = %v, want %v", got, tt.wantFailures)
			}
		})
	}
}

// TestSendLongReply sends a 60-row table under a 10,000-character body
// and checks what Slack receives: several messages in the thread, in
// order, each within the limits, every row whole.
func TestSendLongReply(t *testing.T) {
	f := slacktest.NewServer(t)
	a := newTestAdapter(t, f, config.SocketMode, nil)
	r := table(60)
	r.Body = longBody(10000)
	if err := a.Send(t.Context(), &question, r); err != nil {
		t.Fatalf("Send() = %v, want nil", err)
	}
	want := render(r, "")
	calls := f.Calls()
	if len(calls) != len(want) || len(calls) < 2 {
		t.Fatalf("Slack received %d messages, want %d (at least 2)", len(calls), len(want))
	}
	for i, c := range calls {
		if c.Method != "chat.postMessage" || c.Channel != "C1" || c.ThreadTS != "100.1" {
			t.Errorf("message %d: %s to %s in thread %q, want chat.postMessage to C1 in thread 100.1", i+1, c.Method, c.Channel, c.ThreadTS)
		}
		if c.Text != want[i].Text {
			t.Errorf("message %d: text differs from the rendered part %d", i+1, i+1)
		}
		if len(c.Blocks) != len(want[i].Blocks) {
			t.Errorf("message %d has %d blocks, want %d", i+1, len(c.Blocks), len(want[i].Blocks))
		}
	}
	checkLimits(t, want)
	checkRows(t, r, want)
}

// TestPostAndEdit checks the IDs Post returns and how Edit uses them.
func TestPostAndEdit(t *testing.T) {
	slash := bot.Message{Platform: Platform, ChannelID: "C1", UserID: "U1", Via: bot.Slash, Text: "reload"}
	tests := []struct {
		name     string
		m        bot.Message
		first    bot.Reply
		then     bot.Reply
		wantID   string // "" for a message ts
		wantEdit slacktest.Call
	}{
		{"message", question, bot.Reply{Body: "Reloading…"}, bot.Reply{Body: "Reloaded."}, "",
			slacktest.Call{Method: "chat.update", Channel: "C1", TS: "1700000000.000001", Text: "Reloaded."}},
		{"private message", question, bot.Reply{Body: "Reloading…", Private: true}, bot.Reply{Body: "Reloaded.", Private: true}, idEphemeral,
			slacktest.Call{Method: "chat.postEphemeral", Channel: "C1", User: "U1", ThreadTS: "100.1", Text: "Reloaded."}},
		{"public message edited privately", question, bot.Reply{Body: "Reloading…"}, bot.Reply{Body: "Reloaded.", Private: true}, "",
			slacktest.Call{Method: "chat.postEphemeral", Channel: "C1", User: "U1", ThreadTS: "100.1", Text: "Reloaded."}},
		{"slash command", slash, bot.Reply{Body: "Reloading…", Private: true}, bot.Reply{Body: "Reloaded.", Private: true}, idResponse,
			slacktest.Call{Method: "response_url", Channel: "r1", ResponseType: "ephemeral", Replace: true, Text: "Reloaded."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := slacktest.NewServer(t)
			a := newTestAdapter(t, f, config.SocketMode, nil)
			m := tt.m
			if m.Via == bot.Slash {
				m.Ref = &ref{responseURL: f.ResponseURL("r1")}
			}
			id, err := a.Post(t.Context(), &m, tt.first)
			if err != nil {
				t.Fatalf("Post() = %v, want nil", err)
			}
			if want := firstOf(tt.wantID, "1700000000.000001"); id != want {
				t.Errorf("Post() = %q, want %q", id, want)
			}
			if err := a.Edit(t.Context(), &m, id, tt.then); err != nil {
				t.Fatalf("Edit() = %v, want nil", err)
			}
			calls := f.Calls()
			if len(calls) != 2 {
				t.Fatalf("Slack received %d calls, want 2", len(calls))
			}
			if diff := cmp.Diff(tt.wantEdit, calls[1], ignoreBlocks); diff != "" {
				t.Errorf("edit (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSendEmptyReply(t *testing.T) {
	f := slacktest.NewServer(t)
	a := newTestAdapter(t, f, config.SocketMode, nil)
	if err := a.Send(t.Context(), &question, bot.Reply{}); err == nil {
		t.Errorf("Send(empty reply) = nil, want an error")
	}
	if err := a.Send(t.Context(), nil, bot.Reply{Body: "x"}); err == nil {
		t.Errorf("Send(nil message) = nil, want an error")
	}
}

// TestOutbox checks that replies to one channel go out one at a time in
// order, that channels do not wait on each other, and that idle workers
// exit.
func TestOutbox(t *testing.T) {
	o := newOutbox(time.Millisecond)
	var mu sync.Mutex
	var sent []string
	busy := 0
	send := func(name string) func(context.Context, int) error {
		return func(_ context.Context, i int) error {
			mu.Lock()
			busy++
			if busy > 1 {
				t.Errorf("two messages to one channel in flight at once")
			}
			sent = append(sent, name+string(rune('0'+i)))
			busy--
			mu.Unlock()
			return nil
		}
	}
	ctx := t.Context()
	for _, name := range []string{"a", "b", "c"} {
		if err := o.send(ctx, "C1", 2, send(name)); err != nil {
			t.Fatalf("send(%s) = %v", name, err)
		}
	}
	if want := []string{"a0", "a1", "b0", "b1", "c0", "c1"}; !cmp.Equal(sent, want) {
		t.Errorf("sent %q, want %q", sent, want)
	}

	failure := errors.New("channel_not_found")
	if err := o.send(ctx, "C2", 3, func(context.Context, int) error { return failure }); !errors.Is(err, failure) {
		t.Errorf("send() = %v, want %v", err, failure)
	}

	// A stuck channel does not hold up another.
	stuck := make(chan struct{})
	go func() { _ = o.send(ctx, "C3", 1, func(context.Context, int) error { <-stuck; return nil }) }()
	if err := o.send(ctx, "C4", 1, func(context.Context, int) error { return nil }); err != nil {
		t.Errorf("send(C4) = %v, want nil", err)
	}
	close(stuck)

	bottest.Eventually(t, "idle channel workers exit", func() bool {
		o.mu.Lock()
		defer o.mu.Unlock()
		return len(o.queues) == 0
	})

	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if err := o.send(cancelled, "C5", 1, func(context.Context, int) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("send(cancelled) = %v, want %v", err, context.Canceled)
	}
}

func TestNew(t *testing.T) {
	a := New(config.Default().Slack, Options{})
	got := []any{a.opts.SendInterval, a.opts.ReconnectDelay, a.opts.HTTPClient != nil, a.opts.Logger != nil, a.now != nil}
	want := []any{time.Second, time.Second, true, true, true}
	if !cmp.Equal(got, want) {
		t.Errorf("defaults = %v, want %v", got, want)
	}
}
