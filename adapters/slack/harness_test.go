package slack

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/slack/slacktest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/config"
)

// testSecret is the signing secret of HTTP mode: Slack's documented
// example, so its test vector verifies.
const testSecret = "8f742231b10e8888abcd99yyyzzz85a5"

// slashCommand is a /brief command's payload.
func slashCommand(text, responseURL string) map[string]any {
	return map[string]any{
		"command": "/brief", "text": text, "channel_id": "C1", "channel_name": "general",
		"user_id": "U1", "user_name": "ann", "team_id": "T1", "response_url": responseURL,
		"trigger_id": "1.2.3",
	}
}

// shareClick is a click on "Share in channel" under a private answer.
func shareClick(question, responseURL string) map[string]any {
	return map[string]any{
		"type":         "block_actions",
		"user":         map[string]any{"id": "U1", "name": "ann"},
		"channel":      map[string]any{"id": "C1", "name": "general"},
		"container":    map[string]any{"type": "message", "channel_id": "C1", "is_ephemeral": true},
		"response_url": responseURL,
		"trigger_id":   "1.2.3",
		"actions": []any{map[string]any{
			"type": "button", "action_id": shareActionID, "block_id": "b1", "value": question,
			"text": map[string]any{"type": "plain_text", "text": "Share in channel"},
		}},
	}
}

// testAdapter is an adapter wired to a local Slack, with its log.
type testAdapter struct {
	*Adapter
	logs *bottest.Buffer
}

// newTestAdapter returns an adapter talking to the local Slack f, paced
// and backing off in milliseconds. tweak, if not nil, changes its config
// and options first.
func newTestAdapter(t *testing.T, f *slacktest.Server, mode config.SlackMode, tweak func(*config.Slack, *Options)) testAdapter {
	t.Helper()
	logs := &bottest.Buffer{}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("adapter log:\n%s", logs)
		}
	})
	c := config.Slack{
		Enabled:       true,
		Mode:          mode,
		APIURL:        f.APIURL(),
		BotToken:      slacktest.BotToken,
		AppToken:      slacktest.AppToken,
		SigningSecret: testSecret,
	}
	o := Options{
		Logger:         slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		SendInterval:   time.Millisecond,
		ReconnectDelay: 5 * time.Millisecond,
	}
	if tweak != nil {
		tweak(&c, &o)
	}
	return testAdapter{Adapter: New(c, o), logs: logs}
}

// start runs a until the test ends or the returned stop is called, which
// waits for Run to return nil.
func start(t *testing.T, a *Adapter, in bot.Inbox) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx, in) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("Run = %v, want nil", err)
				}
			case <-time.After(bottest.Patience):
				t.Errorf("Run did not return after its context ended")
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

// newInbox returns a stand-in for the bot that answers every message with
// the reply reply gives, through a.
func newInbox(a *Adapter, reply func(bot.Message) bot.Reply) *bottest.Inbox {
	in := bottest.NewInbox(func(m bot.Message) (bot.Reply, bool) { return reply(m), true })
	in.Adapter = a
	return in
}

// buttons lists a call's buttons as "action_id=value".
func buttons(c slacktest.Call) []string {
	var out []string
	for _, b := range c.Blocks {
		if b["type"] != "actions" {
			continue
		}
		els, _ := b["elements"].([]any)
		for _, e := range els {
			if m, ok := e.(map[string]any); ok {
				out = append(out, fmt.Sprintf("%v=%v", m["action_id"], m["value"]))
			}
		}
	}
	return out
}

// pressClick is the block_actions payload of a click on an answer's
// feedback button with that action ID and value.
func pressClick(actionID, value, responseURL string) map[string]any {
	return map[string]any{
		"type":         "block_actions",
		"user":         map[string]any{"id": "U2", "name": "bo"},
		"channel":      map[string]any{"id": "C1", "name": "general"},
		"container":    map[string]any{"type": "message", "channel_id": "C1", "message_ts": "100.2", "thread_ts": "100.1"},
		"message":      map[string]any{"type": "message", "ts": "100.2", "thread_ts": "100.1", "text": "Apollo"},
		"response_url": responseURL,
		"trigger_id":   "1.2.4",
		"actions": []any{map[string]any{
			"type": "button", "action_id": actionID, "block_id": "feedback", "value": value,
			"text": map[string]any{"type": "plain_text", "text": "Not helpful"},
		}},
	}
}
