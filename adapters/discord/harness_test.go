package discord

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/discord/discordtest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/config"
)

// Identities in the events these tests send; the bot's own are
// discordtest's.
const (
	guildID    = "g1"
	channelID  = "c1"
	userID     = "u1"
	adminRole  = "r-admin"
	otherBotID = "901"
)

// newInbox returns a stand-in for the bot that answers each message with
// the reply reply gives, if any.
func newInbox(reply func(m bot.Message) (bot.Reply, bool)) *bottest.Inbox {
	return bottest.NewInbox(reply)
}

// start runs a on in until the test ends and waits until it is connected.
func start(t *testing.T, a *Adapter, in *bottest.Inbox) {
	t.Helper()
	in.Adapter = a
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx, in) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run() = %v, want nil", err)
			}
		case <-time.After(bottest.Patience):
			t.Error("Run did not return after its context ended")
		}
		in.Close() // as the bot's Shutdown, which waits for the replies
	})
	bottest.Eventually(t, "the adapter to connect", func() bool {
		select {
		case err := <-done:
			t.Fatalf("Run() = %v before connecting", err)
		default:
		}
		return a.Connected()
	})
}

// newAdapter returns an adapter talking to the local Discord f, with c's
// and o's other settings. When the test ends it checks that every message
// the adapter sent is one Discord would take and that would ping nobody,
// and that the token appears in no log line.
func newAdapter(t *testing.T, f *discordtest.Server, c config.Discord, o Options) (*Adapter, *bottest.Buffer) {
	t.Helper()
	c.Enabled = true
	c.BotToken = discordtest.Token
	c.APIURL = f.APIURL()
	c.ApplicationID = discordtest.ApplicationID
	c.ShardCount = max(c.ShardCount, 1)
	o.HTTPClient = f.Client()
	logs := &bottest.Buffer{}
	o.Logger = slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	a, err := New(c, o)
	if err != nil {
		t.Fatalf("New() = %v", err)
	}
	t.Cleanup(func() {
		for _, r := range f.Requests() {
			for _, problem := range bodyProblems(r) {
				t.Errorf("%s %s: %s", r.Method, r.Path, problem)
			}
		}
		if strings.Contains(logs.String(), discordtest.Token) {
			t.Errorf("the logs show the token:\n%s", logs)
		}
	})
	return a, logs
}

// message returns the message a request sends, if it sends one.
func message(t *testing.T, r discordtest.Request) (discordtest.Message, bool) {
	t.Helper()
	m, ok, err := r.Message()
	if err != nil {
		t.Fatalf("%s %s: %v", r.Method, r.Path, err)
	}
	return m, ok
}

// bodyProblems lists how a request breaks Discord's limits or could
// ping someone.
func bodyProblems(r discordtest.Request) []string {
	if p := deferralProblem(r); p != "" {
		return []string{p}
	}
	m, ok, err := r.Message()
	if err != nil {
		return []string{err.Error()}
	}
	if !ok {
		return nil
	}
	var p []string
	if am := m.AllowedMentions; am == nil || am.Parse == nil || len(*am.Parse) != 0 || len(am.Users) != 0 || len(am.Roles) != 0 || am.RepliedUser {
		p = append(p, fmt.Sprintf("allowed_mentions is not empty: %s", r.Body))
	}
	if n := length(m.Content); n > maxContent {
		p = append(p, fmt.Sprintf("content is %d characters, limit %d", n, maxContent))
	}
	p = append(p, embedProblems(m.Embeds)...)
	return p
}

// deferralProblem says what a deferral (an interaction response of type 5)
// holds beyond flags, which is all Discord takes in one.
func deferralProblem(r discordtest.Request) string {
	if r.Method != http.MethodPost || !strings.HasSuffix(r.Path, "/callback") {
		return ""
	}
	var c struct {
		Type int                        `json:"type"`
		Data map[string]json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(r.Body, &c); err != nil || c.Type != 5 {
		return ""
	}
	for k := range c.Data {
		if k != "flags" {
			return fmt.Sprintf("the deferral's data holds %s, want flags alone: %s", k, r.Body)
		}
	}
	return ""
}
