package slack

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/briefbot/briefbot/adapters/slack/slacktest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/config"
)

// answer is the stub bot's reply: private for "status", as admin output
// is, and an answer with a citation otherwise.
func answer(m bot.Message) bot.Reply {
	if m.Text == "status" {
		return bot.Reply{Kind: bot.Info, Title: "Status", Body: "knowledge v3", Private: true}
	}
	return bot.Reply{
		Kind:    bot.Answer,
		Title:   "Apollo",
		Body:    "Launch in Q3.",
		Source:  &bot.Source{Document: "plan.md", Section: "Goals", Line: 12},
		Related: []string{"Gemini"},
	}
}

// ignoreBlocks compares calls without their blocks, which tests check
// through shown and buttons.
var ignoreBlocks = cmpopts.IgnoreFields(slacktest.Call{}, "Blocks")

// ignoreRef compares messages without the adapter's handle.
var ignoreRef = cmpopts.IgnoreFields(bot.Message{}, "Ref")

func mention(ts, threadTS, channel, text string) map[string]any {
	ev := map[string]any{"type": "app_mention", "user": "U1", "text": text, "ts": ts, "channel": channel, "event_ts": ts}
	if threadTS != "" {
		ev["thread_ts"] = threadTS
	}
	return ev
}

func chatMessage(channelType, channel, ts, threadTS, text string, extra map[string]any) map[string]any {
	ev := map[string]any{"type": "message", "channel_type": channelType, "user": "U1", "text": text, "ts": ts, "channel": channel, "event_ts": ts}
	if threadTS != "" {
		ev["thread_ts"] = threadTS
	}
	for k, v := range extra {
		ev[k] = v
	}
	return ev
}

// TestSocketMode drives the adapter through a local Socket Mode
// connection: every kind of envelope, the acks, the answers as Slack
// would show them, and a dropped connection.
func TestSocketMode(t *testing.T) {
	f := slacktest.NewServer(t)
	f.Fail("CGONE", "channel_not_found")
	reg := prometheus.NewRegistry()
	a := newTestAdapter(t, f, config.SocketMode, func(c *config.Slack, o *Options) { o.Metrics = bot.NewMetrics(reg, bot.Build{}) })
	in := newInbox(a.Adapter, answer)
	stop := start(t, a.Adapter, in)

	conn := bottest.Receive(t, f.Conns(), "the socket mode connection")
	bottest.Eventually(t, "the adapter is connected", a.Connected)

	type want struct {
		message *bot.Message    // nil: the bot does not hear it
		call    *slacktest.Call // what Slack shows, nil when nothing
	}
	steps := []struct {
		name     string
		envelope map[string]any
		want     want
	}{{
		name:     "app mention starts a thread",
		envelope: slacktest.EventEnvelope("env-1", "Ev1", mention("100.1", "", "C1", "<@UBOT> what is apollo?")),
		want: want{
			message: &bot.Message{Platform: Platform, ChannelID: "C1", ThreadID: "100.1", EventID: "Ev1", MessageID: "100.1", UserID: "U1", UserName: "U1", Via: bot.Mention, Text: "what is apollo?"},
			call:    &slacktest.Call{Method: "chat.postMessage", Channel: "C1", ThreadTS: "100.1", Text: "Apollo\nLaunch in Q3.\nplan.md · Goals · line 12\nRelated\n• Gemini"},
		},
	}, {
		name:     "message repeating the mention",
		envelope: slacktest.EventEnvelope("env-2", "Ev2", chatMessage("channel", "C1", "100.1", "", "<@UBOT> what is apollo?", nil)),
	}, {
		name:     "direct message",
		envelope: slacktest.EventEnvelope("env-3", "Ev3", chatMessage("im", "D1", "200.1", "", "what is gemini", nil)),
		want: want{
			message: &bot.Message{Platform: Platform, ChannelID: "D1", EventID: "Ev3", MessageID: "200.1", UserID: "U1", UserName: "U1", Via: bot.Direct, Text: "what is gemini"},
			call:    &slacktest.Call{Method: "chat.postMessage", Channel: "D1", Text: "Apollo\nLaunch in Q3.\nplan.md · Goals · line 12\nRelated\n• Gemini"},
		},
	}, {
		name:     "reply in the bot's thread",
		envelope: slacktest.EventEnvelope("env-4", "Ev4", chatMessage("channel", "C1", "100.5", "100.1", "and when?", nil)),
		want: want{
			message: &bot.Message{Platform: Platform, ChannelID: "C1", ThreadID: "100.1", EventID: "Ev4", MessageID: "100.5", UserID: "U1", UserName: "U1", Via: bot.Thread, Text: "and when?"},
			call:    &slacktest.Call{Method: "chat.postMessage", Channel: "C1", ThreadTS: "100.1", Text: "Apollo\nLaunch in Q3.\nplan.md · Goals · line 12\nRelated\n• Gemini"},
		},
	}, {
		name:     "plain channel message",
		envelope: slacktest.EventEnvelope("env-5", "Ev5", chatMessage("channel", "C1", "300.1", "", "!brief themes", nil)),
		want: want{
			message: &bot.Message{Platform: Platform, ChannelID: "C1", ThreadID: "300.1", EventID: "Ev5", MessageID: "300.1", UserID: "U1", UserName: "U1", Via: bot.Channel, Text: "!brief themes"},
			call:    &slacktest.Call{Method: "chat.postMessage", Channel: "C1", ThreadTS: "300.1", Text: "Apollo\nLaunch in Q3.\nplan.md · Goals · line 12\nRelated\n• Gemini"},
		},
	}, {
		name:     "the bot's own message",
		envelope: slacktest.EventEnvelope("env-6", "Ev6", chatMessage("channel", "C1", "100.6", "100.1", "Apollo", map[string]any{"user": slacktest.BotUserID, "bot_id": slacktest.BotID})),
	}, {
		name:     "another bot's message",
		envelope: slacktest.EventEnvelope("env-7", "Ev7", chatMessage("channel", "C1", "100.7", "100.1", "beep", map[string]any{"subtype": "bot_message", "bot_id": "B2", "user": ""})),
	}, {
		name:     "an edit",
		envelope: slacktest.EventEnvelope("env-8", "Ev8", chatMessage("channel", "C1", "100.8", "100.1", "", map[string]any{"subtype": "message_changed", "user": ""})),
	}, {
		// The bot answers an event ID once, on whichever replica: the
		// adapter hands the retry over under the same ID.
		name: "a retried event",
		envelope: func() map[string]any {
			e := slacktest.EventEnvelope("env-9", "Ev1", mention("100.1", "", "C1", "<@UBOT> what is apollo?"))
			e["retry_attempt"], e["retry_reason"] = 1, "timeout"
			return e
		}(),
		want: want{
			message: &bot.Message{Platform: Platform, ChannelID: "C1", ThreadID: "100.1", EventID: "Ev1", MessageID: "100.1", UserID: "U1", UserName: "U1", Via: bot.Mention, Text: "what is apollo?"},
		},
	}, {
		name:     "slash command answers privately",
		envelope: slacktest.SlashEnvelope("env-10", slashCommand("what is apollo", f.ResponseURL("r10"))),
		want: want{
			message: &bot.Message{Platform: Platform, ChannelID: "C1", UserID: "U1", UserName: "ann", Via: bot.Slash, Text: "what is apollo"},
			call:    &slacktest.Call{Method: "response_url", Channel: "r10", ResponseType: "ephemeral", Text: "Apollo\nLaunch in Q3.\nplan.md · Goals · line 12\nRelated\n• Gemini"},
		},
	}, {
		name:     "slash command shared",
		envelope: slacktest.SlashEnvelope("env-11", slashCommand("share what is apollo", f.ResponseURL("r11"))),
		want: want{
			message: &bot.Message{Platform: Platform, ChannelID: "C1", UserID: "U1", UserName: "ann", Via: bot.Slash, Text: "what is apollo"},
			call:    &slacktest.Call{Method: "response_url", Channel: "r11", ResponseType: "in_channel", Text: "Apollo\nLaunch in Q3.\nplan.md · Goals · line 12\nRelated\n• Gemini"},
		},
	}, {
		name:     "share button",
		envelope: slacktest.InteractiveEnvelope("env-12", shareClick("what is apollo", f.ResponseURL("r12"))),
		want: want{
			message: &bot.Message{Platform: Platform, ChannelID: "C1", UserID: "U1", UserName: "ann", Via: bot.Slash, Text: "what is apollo"},
			call:    &slacktest.Call{Method: "response_url", Channel: "r12", ResponseType: "in_channel", Text: "Apollo\nLaunch in Q3.\nplan.md · Goals · line 12\nRelated\n• Gemini"},
		},
	}, {
		name:     "private reply in a channel",
		envelope: slacktest.EventEnvelope("env-13", "Ev13", mention("400.1", "", "C1", "<@UBOT> status")),
		want: want{
			message: &bot.Message{Platform: Platform, ChannelID: "C1", ThreadID: "400.1", EventID: "Ev13", MessageID: "400.1", UserID: "U1", UserName: "U1", Via: bot.Mention, Text: "status"},
			call:    &slacktest.Call{Method: "chat.postEphemeral", Channel: "C1", User: "U1", ThreadTS: "400.1", Text: "Status\nknowledge v3"},
		},
	}, {
		name:     "private slash reply is never shared",
		envelope: slacktest.SlashEnvelope("env-14", slashCommand("share status", f.ResponseURL("r14"))),
		want: want{
			message: &bot.Message{Platform: Platform, ChannelID: "C1", UserID: "U1", UserName: "ann", Via: bot.Slash, Text: "status"},
			call:    &slacktest.Call{Method: "response_url", Channel: "r14", ResponseType: "ephemeral", Text: "Status\nknowledge v3"},
		},
	}, {
		name:     "failed send",
		envelope: slacktest.EventEnvelope("env-15", "Ev15", mention("500.1", "", "CGONE", "<@UBOT> what is apollo?")),
		want: want{
			message: &bot.Message{Platform: Platform, ChannelID: "CGONE", ThreadID: "500.1", EventID: "Ev15", MessageID: "500.1", UserID: "U1", UserName: "U1", Via: bot.Mention, Text: "what is apollo?"},
		},
	}}

	var wantMessages []bot.Message
	var wantCalls []slacktest.Call
	answered := map[string]bool{} // the event IDs the stand-in bot answered
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			conn.Send(s.envelope)
			id := s.envelope["envelope_id"].(string)
			if got := bottest.Receive(t, conn.Acks(), "the ack of "+id); got != id {
				t.Errorf("ack envelope_id = %q, want %q", got, id)
			}
			if s.want.message != nil {
				wantMessages = append(wantMessages, *s.want.message)
				if got := in.Next(t); !cmp.Equal(got, *s.want.message, ignoreRef) {
					t.Errorf("message = %+v, want %+v", got, *s.want.message)
				}
			}
			if s.want.call != nil {
				wantCalls = append(wantCalls, *s.want.call)
				got := bottest.Receive(t, f.Posted(), "the answer")
				if diff := cmp.Diff(*s.want.call, got, ignoreBlocks); diff != "" {
					t.Errorf("answer (-want +got):\n%s", diff)
				}
			}
			if m := s.want.message; m != nil && (m.EventID == "" || !answered[m.EventID]) {
				// Slack has the answer before Send returns and the
				// adapter notes the thread it posted in, which the
				// next steps rely on. A retried event is not answered
				// again.
				answered[m.EventID] = true
				_ = in.SendErr(t) // the failed send's error is checked below
			}
		})
	}

	t.Run("shown with blocks", func(t *testing.T) {
		calls := f.Calls()
		if len(calls) == 0 {
			t.Fatal("no calls recorded")
		}
		first := calls[0].Shown()
		for _, want := range []string{"*Apollo*", "Launch in Q3.", "plan.md · Goals · line 12", "• Gemini"} {
			if !strings.Contains(first, want) {
				t.Errorf("first answer shows %q, want it to contain %q", first, want)
			}
		}
		for _, c := range calls {
			got := buttons(c)
			var want []string
			if c.Channel == "r10" {
				want = []string{"share=what is apollo"}
			}
			if !cmp.Equal(got, want) {
				t.Errorf("buttons of the answer to %s = %q, want %q", c.Channel, got, want)
			}
		}
	})

	t.Run("reconnects after a drop", func(t *testing.T) {
		conn.Close()
		conn = bottest.Receive(t, f.Conns(), "the second socket mode connection")
		bottest.Eventually(t, "the adapter is connected again", a.Connected)
		conn.Send(slacktest.EventEnvelope("env-20", "Ev20", mention("600.1", "", "C1", "<@UBOT> again")))
		if got := bottest.Receive(t, conn.Acks(), "the ack of env-20"); got != "env-20" {
			t.Errorf("ack envelope_id = %q, want %q", got, "env-20")
		}
		want := bot.Message{Platform: Platform, ChannelID: "C1", ThreadID: "600.1", EventID: "Ev20", MessageID: "600.1", UserID: "U1", UserName: "U1", Via: bot.Mention, Text: "again"}
		wantMessages = append(wantMessages, want)
		if got := in.Next(t); !cmp.Equal(got, want, ignoreRef) {
			t.Errorf("message = %+v, want %+v", got, want)
		}
		bottest.Receive(t, f.Posted(), "the answer after reconnecting")
		wantCalls = append(wantCalls, slacktest.Call{Method: "chat.postMessage", Channel: "C1", ThreadTS: "600.1"})
	})

	stop()
	if a.Connected() {
		t.Errorf("Connected() = true after Run returned, want false")
	}
	// Once every message dispatched has been answered, nothing was heard
	// that should not have been.
	in.Close()
	if diff := cmp.Diff(wantMessages, in.Received(), ignoreRef); diff != "" {
		t.Errorf("messages the bot heard (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantCalls, f.Calls(), ignoreBlocks, cmpopts.IgnoreFields(slacktest.Call{}, "Text")); diff != "" {
		t.Errorf("calls Slack received (-want +got):\n%s", diff)
	}
	if errs := in.SendErrors(); len(errs) != 1 || !strings.Contains(errs[0].Error(), "channel_not_found") {
		t.Errorf("send errors = %v, want one channel_not_found", errs)
	}
	for _, c := range []struct {
		name string
		want float64
	}{
		{"briefbot_platform_reconnects_total", 1},
		{"briefbot_sends_total", float64(len(wantCalls) + 1)},
		{"briefbot_send_failures_total", 1},
	} {
		if got := gathered(t, reg, c.name); got != c.want {
			t.Errorf("%s = %v, want %v", c.name, got, c.want)
		}
	}
	for _, secret := range []string{slacktest.BotToken, slacktest.AppToken, testSecret} {
		if strings.Contains(a.logs.String(), secret) {
			t.Errorf("the log contains the secret %q", secret)
		}
	}
}

// gathered returns the value of the counter name summed over its labels.
func gathered(t *testing.T, reg *prometheus.Registry, name string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatalf("gathering %s: %v", name, err)
	}
	var sum float64
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			sum += m.GetCounter().GetValue()
		}
	}
	return sum
}

// TestSocketModeRefusedToken checks that Run gives up, with an error
// naming the variable to fix, when Slack refuses the app token.
func TestSocketModeRefusedToken(t *testing.T) {
	f := slacktest.NewServer(t)
	a := newTestAdapter(t, f, config.SocketMode, func(c *config.Slack, o *Options) { c.AppToken = "xapp-wrong" })
	in := newInbox(a.Adapter, answer)
	err := a.Run(t.Context(), in)
	if err == nil || !strings.Contains(err.Error(), "SLACK_APP_TOKEN") || !strings.Contains(err.Error(), "invalid_auth") {
		t.Errorf("Run = %v, want an invalid_auth error naming SLACK_APP_TOKEN", err)
	}
}

// TestRunRefusedBotToken checks that Run gives up when auth.test refuses
// the bot token.
func TestRunRefusedBotToken(t *testing.T) {
	f := slacktest.NewServer(t)
	a := newTestAdapter(t, f, config.HTTPMode, func(c *config.Slack, o *Options) { c.BotToken = "xoxb-wrong" })
	in := newInbox(a.Adapter, answer)
	err := a.Run(t.Context(), in)
	if err == nil || !strings.Contains(err.Error(), "SLACK_BOT_TOKEN") || !strings.Contains(err.Error(), "invalid_auth") {
		t.Errorf("Run = %v, want an invalid_auth error naming SLACK_BOT_TOKEN", err)
	}
}
