package discord

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/discord/discordtest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/knowledge"
)

// TestStartUnreachable starts the adapter while Discord cannot be
// reached: it is not connected, and it tries again, backing off and
// naming the address it dialled, until Discord comes up; then it
// registers the commands and connects.
func TestStartUnreachable(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		gateway bool
	}{{"gateway", true}, {"interactions endpoint", false}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := discordtest.NewServer(t)
			f.SetReachable(false)
			c := config.Discord{Gateway: tt.gateway}
			if !tt.gateway {
				c.PublicKey = newSigner().publicKey()
			}
			a, logs := newAdapter(t, f, c, Options{RetryDelay: time.Millisecond})
			in := newInbox(noReply)
			in.Adapter = a
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			go func() { done <- a.Run(ctx, in) }()
			t.Cleanup(func() {
				cancel()
				if err := bottest.Receive(t, done, "Run to return"); err != nil {
					t.Errorf("Run() = %v, want nil", err)
				}
			})

			bottest.Eventually(t, "two failed attempts", func() bool {
				return strings.Count(logs.String(), "cannot reach Discord") >= 2
			})
			if a.Connected() {
				t.Errorf("Connected() = true while Discord cannot be reached")
			}
			for _, line := range strings.Split(strings.TrimSpace(logs.String()), "\n") {
				if !strings.Contains(line, "cannot reach Discord") {
					continue
				}
				if !strings.Contains(line, f.URL+"/api/v9/applications/") || strings.Contains(line, "discord.com") {
					t.Errorf("log line %q, want it to name the address dialled, %s", line, f.URL)
				}
				if strings.Contains(line, "discord: discord:") {
					t.Errorf("log line %q says discord twice", line)
				}
			}

			f.SetReachable(true)
			bottest.Eventually(t, "the adapter to connect once Discord is up", a.Connected)
			if got := f.Sent("PUT", "applications/"+discordtest.ApplicationID+"/commands"); len(got) == 0 {
				t.Errorf("the slash commands were not registered once Discord came up")
			}
		})
	}
}

// TestShutdownDeadline holds a reply to Discord in flight and stops the
// bot with a deadline: Shutdown returns when it passes, having cancelled
// the reply, and the adapter stops.
func TestShutdownDeadline(t *testing.T) {
	t.Parallel()
	f := discordtest.NewServer(t)
	f.Hold("channels/")
	a, _ := newAdapter(t, f, config.Discord{Gateway: true}, Options{})
	logs := &bottest.Buffer{}
	b := bot.New(knowledge.Embedded(), nil, bot.Options{
		Bot:       config.Default().Bot,
		Logger:    slog.New(slog.NewTextHandler(logs, nil)),
		Platforms: map[string]bot.Policy{Platform: {Audience: knowledge.Public}},
	})
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- b.Serve(ctx, a) }()
	bottest.Eventually(t, "the adapter to connect", a.Connected)

	f.Dispatch("MESSAGE_CREATE", guildMessage(channelID, userID, "<@"+discordtest.BotUserID+"> data sharing"))
	bottest.Receive(t, f.Held(), "the reply to be held in flight")

	cancel()
	deadline, stop := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer stop()
	// Closing the gateway connection takes discordgo a second, so the
	// deadline may pass while the adapter is still stopping, or while the
	// reply is in flight: either way Shutdown returns at the deadline.
	if err := b.Shutdown(deadline); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Shutdown() with a reply held past the deadline = %v, want the deadline exceeded", err)
	}
	if err := bottest.Receive(t, served, "Serve to return"); err != nil {
		t.Errorf("Serve() = %v, want nil", err)
	}
	bottest.Eventually(t, "the held reply to be given up", func() bool { return f.Abandoned() == 1 })
	bottest.Eventually(t, "the failed reply to be logged", func() bool {
		return strings.Contains(logs.String(), "reply not sent") && strings.Contains(logs.String(), "context canceled")
	})
}

// TestSendErrorNamesAddress checks that a reply that cannot reach Discord
// fails with an error naming the address it was sent to.
func TestSendErrorNamesAddress(t *testing.T) {
	t.Parallel()
	f := discordtest.NewServer(t)
	a, _ := newAdapter(t, f, config.Discord{Gateway: true}, Options{})
	// A client of its own, so that no connection is kept alive from
	// before Discord became unreachable.
	a.session.Client.Transport = rewrite{base: &http.Transport{DisableKeepAlives: true}, api: mustParse(t, f.APIURL())}
	in := newInbox(cannedReply)
	start(t, a, in)
	f.SetReachable(false)
	f.Dispatch("MESSAGE_CREATE", guildMessage(channelID, userID, "<@"+discordtest.BotUserID+"> budget"))
	in.Next(t)
	err := in.SendErr(t)
	if err == nil || !strings.Contains(err.Error(), f.URL+"/api/v9/channels/") || strings.Contains(err.Error(), "discord.com") {
		t.Errorf("Send() to an unreachable Discord = %v, want an error naming %s", err, f.URL)
	}
}

func mustParse(t *testing.T, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}
