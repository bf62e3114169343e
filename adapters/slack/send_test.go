package slack

import (
	"context"
	"errors"
	"net/http"
	"strings"
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

// waits records the waits slack-go's retries ask for, and waits a
// millisecond instead.
type waits struct {
	mu sync.Mutex
	ds []time.Duration
}

// config is the adapter's own retry configuration, recording its waits.
func (w *waits) config() slackapi.RetryConfig {
	c := retries()
	for i, h := range c.Handlers {
		c.Handlers[i] = recorded{h, w}
	}
	return c
}

func (w *waits) got() []time.Duration {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]time.Duration(nil), w.ds...)
}

// recorded is a retry handler whose waits are recorded and cut short.
type recorded struct {
	slackapi.RetryHandler
	w *waits
}

func (r recorded) ShouldRetry(s *slackapi.RetryState, req *http.Request, resp *http.Response, err error) (bool, time.Duration) {
	retry, d := r.RetryHandler.ShouldRetry(s, req, resp, err)
	if retry {
		r.w.mu.Lock()
		r.w.ds = append(r.w.ds, d)
		r.w.mu.Unlock()
		d = time.Millisecond
	}
	return retry, d
}

var question = bot.Message{Platform: Platform, ChannelID: "C1", ThreadID: "100.1", MessageID: "100.1", UserID: "U1", Via: bot.Mention, Text: "what is apollo?"}

// TestSendRetried checks that a call Slack answers with a 429 or a 5xx
// is retried as slack-go's retry configuration says: after the
// Retry-After a 429 asks for, with jitter, three times at most.
func TestSendRetried(t *testing.T) {
	tests := []struct {
		name         string
		status       int // what the fake answers first
		times        int // how often
		wantErr      bool
		wantAttempts int
		wantWaits    int
		// the least and most each wait may be
		least, most  time.Duration
		wantFailures float64
	}{
		{"one 429, then success", http.StatusTooManyRequests, 1, false, 2, 1, time.Second, 2 * time.Second, 0},
		{"three 429s, then success", http.StatusTooManyRequests, 3, false, 4, 3, time.Second, 2 * time.Second, 0},
		{"429s beyond the retries", http.StatusTooManyRequests, 10, true, 4, 3, time.Second, 2 * time.Second, 1},
		{"a 503, then success", http.StatusServiceUnavailable, 1, false, 2, 1, 50 * time.Millisecond, time.Second, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := slacktest.NewServer(t)
			f.Refuse("chat.postMessage", tt.status, tt.times)
			reg := prometheus.NewRegistry()
			w := &waits{}
			a := newTestAdapter(t, f, config.SocketMode, func(c *config.Slack, o *Options) {
				o.Metrics = bot.NewMetrics(reg, bot.Build{})
				o.Retry = w.config()
			})

			err := a.Send(t.Context(), &question, bot.Reply{Title: "Apollo", Body: "Launch in Q3."})
			if _, limited := errors.AsType[*slackapi.RateLimitedError](err); (err != nil) != tt.wantErr || (tt.wantErr && !limited) {
				t.Errorf("Send() = %v, want error %v (a RateLimitedError)", err, tt.wantErr)
			}
			if got := f.Attempts("chat.postMessage"); got != tt.wantAttempts {
				t.Errorf("chat.postMessage called %d times, want %d", got, tt.wantAttempts)
			}
			got := w.got()
			if len(got) != tt.wantWaits {
				t.Errorf("waited %d times (%v), want %d", len(got), got, tt.wantWaits)
			}
			for _, d := range got {
				if d < tt.least || d > tt.most {
					t.Errorf("waited %v, want %v to %v", d, tt.least, tt.most)
				}
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

// TestSendRefusedBlocks checks that a reply Slack refuses for its blocks
// still reaches the asker, in order: split smaller when the blocks were
// too long, as plain text with the citation when Slack refuses them
// anyway, through chat.postMessage and a slash command's response_url
// alike.
func TestSendRefusedBlocks(t *testing.T) {
	long := bot.Reply{Kind: bot.Answer, Title: "Apollo", Body: longBody(7000),
		Source: &bot.Source{Document: "programs.md", Section: "Space", Line: 3}}
	tests := []struct {
		name      string
		slash     bool
		maxText   int  // the fake's limit on block text
		noBlocks  bool // the fake refuses every message with blocks
		wantPlain bool
	}{
		{"too long, split smaller", false, 5000, false, false},
		{"invalid blocks, plain text", false, slacktest.MaxBlockText, true, true},
		{"too long even split, plain text", false, 100, false, true},
		{"response_url, too long, split smaller", true, 5000, false, false},
		{"response_url, invalid blocks, plain text", true, slacktest.MaxBlockText, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := slacktest.NewServer(t)
			f.SetMaxBlockText(tt.maxText)
			m := question
			channel := "C1"
			if tt.slash {
				m = bot.Message{Platform: Platform, ChannelID: "C1", UserID: "U1", Via: bot.Slash, Text: "apollo"}
				m.Ref = &ref{responseURL: f.ResponseURL("r1"), share: true}
				channel = "r1"
			}
			if tt.noBlocks {
				f.RefuseBlocks(channel)
			}
			a := newTestAdapter(t, f, config.SocketMode, nil)
			if err := a.Send(t.Context(), &m, long); err != nil {
				t.Fatalf("Send() = %v, want nil", err)
			}
			calls := f.Calls()
			if len(calls) < 2 {
				t.Fatalf("Slack accepted %d messages, want the reply split into several", len(calls))
			}
			var text strings.Builder
			for i, c := range calls {
				if (len(c.Blocks) == 0) != tt.wantPlain {
					t.Errorf("message %d has %d blocks, want plain text %v", i+1, len(c.Blocks), tt.wantPlain)
				}
				if c.Channel != channel || c.Replace {
					t.Errorf("message %d went to %s (replace %v), want a new message to %s", i+1, c.Channel, c.Replace, channel)
				}
				text.WriteString(c.Text + "\n")
			}
			// Every word of the body, in order, and the citation last.
			if got, want := words(strings.ReplaceAll(text.String(), "Apollo (continued)", "")), words("Apollo "+escape(strings.ReplaceAll(long.Body, "- ", "• "))+" "+long.Source.String()); !cmp.Equal(got, want) {
				t.Errorf("the messages' text has %d words, want %d, the reply's in order", len(got), len(want))
			}
		})
	}
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
	// send sends two messages, each once the pace allows.
	send := func(name string) func(context.Context, func(context.Context) error) error {
		return func(ctx context.Context, pace func(context.Context) error) error {
			for i := range 2 {
				if err := pace(ctx); err != nil {
					return err
				}
				mu.Lock()
				busy++
				if busy > 1 {
					t.Errorf("two messages to one channel in flight at once")
				}
				sent = append(sent, name+string(rune('0'+i)))
				busy--
				mu.Unlock()
			}
			return nil
		}
	}
	ctx := t.Context()
	for _, name := range []string{"a", "b", "c"} {
		if err := o.send(ctx, "C1", send(name)); err != nil {
			t.Fatalf("send(%s) = %v", name, err)
		}
	}
	if want := []string{"a0", "a1", "b0", "b1", "c0", "c1"}; !cmp.Equal(sent, want) {
		t.Errorf("sent %q, want %q", sent, want)
	}

	failure := errors.New("channel_not_found")
	if err := o.send(ctx, "C2", func(context.Context, func(context.Context) error) error { return failure }); !errors.Is(err, failure) {
		t.Errorf("send() = %v, want %v", err, failure)
	}

	// A stuck channel does not hold up another.
	stuck := make(chan struct{})
	go func() {
		_ = o.send(ctx, "C3", func(context.Context, func(context.Context) error) error { <-stuck; return nil })
	}()
	if err := o.send(ctx, "C4", func(context.Context, func(context.Context) error) error { return nil }); err != nil {
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
	if err := o.send(cancelled, "C5", func(context.Context, func(context.Context) error) error { return nil }); !errors.Is(err, context.Canceled) {
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
