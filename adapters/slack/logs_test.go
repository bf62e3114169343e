package slack

import (
	"log/slog"
	"net"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/adapters/slack/slacktest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/knowledge"
)

// TestResponseURLNotLogged answers a slash command whose response_url
// cannot be reached, through the real bot, and checks the log: the
// failure is logged once, and the response_url, with which anyone could
// post into the channel, is not in it.
func TestResponseURLNotLogged(t *testing.T) {
	// An address that refuses connections: a listener closed at once.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	if err := ln.Close(); err != nil {
		t.Fatal(err)
	}
	const secret = "T0001/B0002/s3cr3tXoKeN"
	responseURL := "http://" + addr + "/commands/" + secret

	f := slacktest.NewServer(t)
	a := newTestAdapter(t, f, config.SocketMode, func(c *config.Slack, o *Options) { o.Retry = (&waits{}).config() })
	b := bot.New(knowledge.Embedded(), nil, bot.Options{
		Bot:       config.Default().Bot,
		Logger:    slog.New(slog.NewTextHandler(a.logs, nil)),
		Platforms: map[string]bot.Policy{Platform: {Audience: knowledge.Internal}},
	})
	start(t, a.Adapter, b.Inbox(a.Adapter))
	conn := bottest.Receive(t, f.Conns(), "the socket mode connection")
	conn.Send(slacktest.SlashEnvelope("e1", slashCommand("data sharing", responseURL)))
	bottest.Receive(t, conn.Acks(), "the ack")
	bottest.Eventually(t, "the message to be handled", func() bool {
		return strings.Contains(a.logs.String(), "message handled")
	})

	logs := a.logs.String()
	if strings.Contains(logs, secret) || strings.Contains(logs, "s3cr3t") {
		t.Errorf("the log shows the response_url:\n%s", logs)
	}
	failures := 0
	for _, line := range strings.Split(logs, "\n") {
		if strings.Contains(line, "connection refused") {
			failures++
			if !strings.Contains(line, "level=WARN") || !strings.Contains(line, addr) {
				t.Errorf("failure logged as %q, want a warning naming where it went (%s)", line, addr)
			}
		}
	}
	if failures != 1 {
		t.Errorf("the failure is logged %d times, want once:\n%s", failures, logs)
	}
}
