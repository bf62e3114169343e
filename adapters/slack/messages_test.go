package slack

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/slack-go/slack/slackevents"

	"github.com/briefbot/briefbot/adapters/slack/slacktest"
	"github.com/briefbot/briefbot/bot"
)

var me = identity{userID: slacktest.BotUserID, botID: slacktest.BotID}

// botThread is the one thread the bot has posted in, for these tests.
func botThread(channel, ts string) bool { return channel == "C1" && ts == "100.1" }

// parseInner parses an event as the Events API delivers it.
func parseInner(t testing.TB, event map[string]any) any {
	t.Helper()
	ev, err := slackevents.ParseEvent([]byte(eventBody("Ev1", event)), slackevents.OptionNoVerifyToken())
	if err != nil {
		t.Fatalf("ParseEvent: %v", err)
	}
	return ev.InnerEvent.Data
}

func TestMessageFrom(t *testing.T) {
	msg := func(via bot.Via, channel, thread, id, text string) *bot.Message {
		return &bot.Message{Platform: Platform, ChannelID: channel, ThreadID: thread, MessageID: id, UserID: "U1", UserName: "U1", Via: via, Text: text}
	}
	tests := []struct {
		name  string
		event map[string]any
		want  *bot.Message // nil: not for the bot
	}{
		{"mention", mention("1.1", "", "C1", "<@UBOT> what is apollo?"), msg(bot.Mention, "C1", "1.1", "1.1", "what is apollo?")},
		{"mention in a thread", mention("1.2", "1.0", "C1", "hey <@UBOT|briefbot>: status"), msg(bot.Mention, "C1", "1.0", "1.2", "hey status")},
		{"mention of another user kept", mention("1.3", "", "C1", "<@UBOT> who is <@U2>?"), msg(bot.Mention, "C1", "1.3", "1.3", "who is <@U2>?")},
		{"escaped text", mention("1.4", "", "C1", "<@UBOT> R&amp;D &lt;plan&gt;"), msg(bot.Mention, "C1", "1.4", "1.4", "R&D <plan>")},
		{"mention by a bot", func() map[string]any { e := mention("1.5", "", "C1", "<@UBOT> hi"); e["bot_id"] = "B2"; return e }(), nil},
		{"mention by itself", func() map[string]any {
			e := mention("1.6", "", "C1", "<@UBOT> hi")
			e["user"] = slacktest.BotUserID
			return e
		}(), nil},
		{"edited mention", func() map[string]any {
			e := mention("1.7", "", "C1", "<@UBOT> hi")
			e["edited"] = map[string]any{"user": "U1", "ts": "1.8"}
			return e
		}(), nil},
		{"mention in a DM", mention("1.9", "", "D1", "<@UBOT> hi"), nil},
		{"direct message", chatMessage("im", "D1", "2.1", "", "themes", nil), msg(bot.Direct, "D1", "", "2.1", "themes")},
		{"direct message in a thread", chatMessage("im", "D1", "2.2", "2.0", "more", nil), msg(bot.Direct, "D1", "2.0", "2.2", "more")},
		{"direct message with a mention", chatMessage("im", "D1", "2.3", "", "<@UBOT> themes", nil), msg(bot.Direct, "D1", "", "2.3", "themes")},
		{"reply in the bot's thread", chatMessage("channel", "C1", "3.1", "100.1", "more", nil), msg(bot.Thread, "C1", "100.1", "3.1", "more")},
		{"reply in another thread", chatMessage("channel", "C1", "3.2", "200.1", "!brief more", nil), msg(bot.Channel, "C1", "200.1", "3.2", "!brief more")},
		{"the bot's thread in another channel", chatMessage("channel", "C2", "3.3", "100.1", "more", nil), msg(bot.Channel, "C2", "100.1", "3.3", "more")},
		{"channel message", chatMessage("channel", "C1", "3.4", "", "!brief themes", nil), msg(bot.Channel, "C1", "3.4", "3.4", "!brief themes")},
		{"thread broadcast", chatMessage("channel", "C1", "3.5", "100.1", "more", map[string]any{"subtype": "thread_broadcast"}), msg(bot.Thread, "C1", "100.1", "3.5", "more")},
		{"file share", chatMessage("im", "D1", "3.6", "", "what is this?", map[string]any{"subtype": "file_share"}), msg(bot.Direct, "D1", "", "3.6", "what is this?")},
		{"reply in the bot's thread in a private channel", chatMessage("group", "C1", "3.7", "100.1", "more", nil), msg(bot.Thread, "C1", "100.1", "3.7", "more")},
		{"prefix in a group direct message", chatMessage("mpim", "G1", "3.8", "", "!brief themes", nil), msg(bot.Channel, "G1", "3.8", "3.8", "!brief themes")},
		{"channel message with the mention", chatMessage("channel", "C1", "4.1", "", "<@UBOT> hi", nil), nil},
		{"thread reply with the mention", chatMessage("channel", "C1", "4.2", "100.1", "<@UBOT> more", nil), nil},
		{"own message", chatMessage("channel", "C1", "4.3", "100.1", "answer", map[string]any{"user": slacktest.BotUserID, "bot_id": slacktest.BotID}), nil},
		{"other bot", chatMessage("channel", "C1", "4.4", "100.1", "beep", map[string]any{"bot_id": "B2"}), nil},
		{"bot_message", chatMessage("channel", "C1", "4.5", "", "beep", map[string]any{"subtype": "bot_message", "user": ""}), nil},
		{"edit", chatMessage("channel", "C1", "4.6", "", "", map[string]any{"subtype": "message_changed", "user": "",
			"message": map[string]any{"type": "message", "user": "U1", "text": "!brief x", "ts": "4.0"}}), nil},
		{"delete", chatMessage("channel", "C1", "4.7", "", "", map[string]any{"subtype": "message_deleted", "user": "", "deleted_ts": "4.0"}), nil},
		{"join", chatMessage("channel", "C1", "4.8", "", "<@U1> has joined", map[string]any{"subtype": "channel_join"}), nil},
		{"no user", chatMessage("channel", "C1", "4.9", "", "x", map[string]any{"user": ""}), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := messageFrom(parseInner(t, tt.event), me, botThread)
			if tt.want == nil {
				if ok {
					t.Errorf("messageFrom() = %+v, want nothing for the bot", got)
				}
				return
			}
			if !ok {
				t.Fatalf("messageFrom() = nothing, want %+v", *tt.want)
			}
			if diff := cmp.Diff(*tt.want, got); diff != "" {
				t.Errorf("messageFrom() (-want +got):\n%s", diff)
			}
		})
	}
}

func TestStripMention(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<@UBOT> what is apollo?", "what is apollo?"},
		{"<@UBOT>: themes", "themes"},
		{"<@UBOT>, themes", "themes"},
		{"<@UBOT|briefbot> themes", "themes"},
		{"what is <@UBOT> apollo", "what is apollo"},
		{"<@UBOT><@UBOT> twice", "twice"},
		{"<@UBOTX> not us", "<@UBOTX> not us"},
		{"<@UBOT unclosed", "<@UBOT unclosed"},
		{"<@UB<@UBOT>OT> nested", "<@UB OT> nested"},
		{"  spaced\n\tout  ", "spaced out"},
		{"a &lt;b&gt; &amp;amp;", "a <b> &amp;"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := stripMention(tt.in, slacktest.BotUserID); got != tt.want {
			t.Errorf("stripMention(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSlashMessage(t *testing.T) {
	tests := []struct {
		name      string
		form      url.Values
		wantText  string
		wantShare bool
		wantOK    bool
	}{
		{"question", url.Values{"command": {"/brief"}, "text": {" what is apollo "}, "user_id": {"U1"}}, "what is apollo", false, true},
		{"share", url.Values{"command": {"/brief"}, "text": {"share what is apollo"}, "user_id": {"U1"}}, "what is apollo", true, true},
		{"Share capitalised", url.Values{"command": {"/brief"}, "text": {"Share themes"}, "user_id": {"U1"}}, "themes", true, true},
		{"share alone", url.Values{"command": {"/brief"}, "text": {"share"}, "user_id": {"U1"}}, "", true, true},
		{"sharepoint is a question", url.Values{"command": {"/brief"}, "text": {"sharepoint plans"}, "user_id": {"U1"}}, "sharepoint plans", false, true},
		{"empty", url.Values{"command": {"/brief"}, "user_id": {"U1"}}, "", false, true},
		{"other command", url.Values{"command": {"/other"}, "text": {"x"}, "user_id": {"U1"}}, "", false, false},
		{"no user", url.Values{"command": {"/brief"}, "text": {"x"}}, "", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.form.Set("channel_id", "C1")
			tt.form.Set("response_url", "https://hooks.slack.com/commands/1")
			m, ok := slashMessage(parseSlash(tt.form))
			if ok != tt.wantOK {
				t.Fatalf("slashMessage() ok = %v, want %v", ok, tt.wantOK)
			}
			if !ok {
				return
			}
			rf, _ := m.Ref.(*ref)
			if m.Text != tt.wantText || rf == nil || rf.share != tt.wantShare || m.Via != bot.Slash || m.ChannelID != "C1" {
				t.Errorf("slashMessage() = %+v (ref %+v), want text %q, share %v", m, rf, tt.wantText, tt.wantShare)
			}
		})
	}
}

func TestShareMessage(t *testing.T) {
	click := func(change func(map[string]any)) string {
		p := shareClick("what is apollo", "https://hooks.slack.com/actions/1")
		if change != nil {
			change(p)
		}
		return interactionBody(p)
	}
	tests := []struct {
		name   string
		body   string
		wantOK bool
	}{
		{"share click", click(nil), true},
		{"other action", click(func(p map[string]any) { p["actions"].([]any)[0].(map[string]any)["action_id"] = "other" }), false},
		{"no value", click(func(p map[string]any) { p["actions"].([]any)[0].(map[string]any)["value"] = "" }), false},
		{"view submission", click(func(p map[string]any) { p["type"] = "view_submission" }), false},
		{"feedback button with a share value", interactionBody(pressClick(helpfulActionID, "what is apollo", "")), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cb, err := parseInteraction([]byte(tt.body))
			if err != nil {
				t.Fatalf("parseInteraction: %v", err)
			}
			m, ok := interactionMessage(cb)
			if ok != tt.wantOK {
				t.Fatalf("interactionMessage() ok = %v, want %v", ok, tt.wantOK)
			}
			if !ok {
				return
			}
			want := bot.Message{Platform: Platform, ChannelID: "C1", UserID: "U1", UserName: "ann", Via: bot.Slash, Text: "what is apollo",
				Ref: &ref{responseURL: "https://hooks.slack.com/actions/1", share: true}}
			if diff := cmp.Diff(want, m, cmp.AllowUnexported(ref{})); diff != "" {
				t.Errorf("interactionMessage() (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRecent(t *testing.T) {
	now := time.Unix(0, 0)
	s := newRecent(2, time.Minute, func() time.Time { return now })
	steps := []struct {
		op   string // add or has
		key  string
		want bool
	}{
		{"add", "a", false},
		{"add", "a", true},
		{"add", "b", false},
		{"add", "c", false}, // evicts a
		{"has", "a", false},
		{"has", "b", true},
		{"wait", "", false},
		{"has", "b", false}, // expired
		{"add", "b", false},
	}
	for i, st := range steps {
		var got bool
		switch st.op {
		case "add":
			got = s.add(st.key)
		case "has":
			got = s.has(st.key)
		case "wait":
			now = now.Add(2 * time.Minute)
			continue
		}
		if got != st.want {
			t.Errorf("step %d: %s(%q) = %v, want %v", i, st.op, st.key, got, st.want)
		}
	}
}

// botMention matches a mention of the bot in Slack's markup.
var botMention = regexp.MustCompile(`<@UBOT(\|[^>]*)?>`)

func FuzzStripMention(f *testing.F) {
	for _, s := range []string{"<@UBOT> hi", "<@UBOT|bot>: x", "<@UB<@UBOT>OT>", "<@UBOT", "<@UBOT|", "&lt;@UBOT&gt;", "é<@UBOT>é"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := stripMention(text, slacktest.BotUserID)
		if got != strings.TrimSpace(got) {
			t.Errorf("stripMention(%q) = %q, not trimmed", text, got)
		}
		if utf8.ValidString(text) && !utf8.ValidString(got) {
			t.Errorf("stripMention(%q) = %q, not valid UTF-8", text, got)
		}
		if !strings.Contains(text, "&") && botMention.MatchString(got) {
			t.Errorf("stripMention(%q) = %q, still mentions the bot", text, got)
		}
	})
}

func FuzzEvent(f *testing.F) {
	for _, ev := range []map[string]any{
		mention("1.1", "", "C1", "<@UBOT> hi"),
		chatMessage("im", "D1", "2.1", "", "themes", nil),
		chatMessage("channel", "C1", "3.1", "100.1", "more", nil),
		chatMessage("channel", "C1", "4.6", "", "", map[string]any{"subtype": "message_changed"}),
	} {
		f.Add([]byte(eventBody("Ev1", ev)))
	}
	f.Add([]byte(`{"type":"event_callback","event":null}`))
	f.Add([]byte(`{"type":"url_verification","challenge":"x"}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		ev, err := slackevents.ParseEvent(body, slackevents.OptionNoVerifyToken())
		if err != nil {
			return
		}
		m, ok := messageFrom(ev.InnerEvent.Data, me, botThread)
		if !ok {
			return
		}
		if m.UserID == "" || m.UserID == slacktest.BotUserID || m.Platform != Platform {
			t.Errorf("messageFrom(%s) = %+v, want a message from a user other than the bot", body, m)
		}
		if m.Via != bot.Direct && m.ThreadID == "" && m.MessageID != "" {
			t.Errorf("messageFrom(%s) = %+v, a channel message without a thread to answer in", body, m)
		}
	})
}

func FuzzSlashCommand(f *testing.F) {
	f.Add(exampleBody)
	f.Add(formBody(slashCommand("share what is apollo", "https://hooks.slack.com/1")))
	f.Add("command=%2Fbrief&user_id=U1&text=%20share%20%20x%20")
	f.Fuzz(func(t *testing.T, body string) {
		form, err := url.ParseQuery(body)
		if err != nil {
			return
		}
		m, ok := slashMessage(parseSlash(form))
		if !ok {
			return
		}
		if m.Text != strings.TrimSpace(m.Text) {
			t.Errorf("slashMessage(%q).Text = %q, not trimmed", body, m.Text)
		}
		if rf, _ := m.Ref.(*ref); rf == nil || m.Via != bot.Slash || m.UserID == "" {
			t.Errorf("slashMessage(%q) = %+v, want a slash message with its ref", body, m)
		}
	})
}

func FuzzInteraction(f *testing.F) {
	f.Add(interactionBody(shareClick("what is apollo", "https://hooks.slack.com/actions/1")))
	f.Add(interactionBody(pressClick(unhelpfulActionID, "fb:bad:ABCDEFGHIJKLMNOPQRSTUVWXYZ", "https://hooks.slack.com/actions/2")))
	f.Add(interactionBody(pressClick(helpfulActionID, "fb:good:ABC", "")))
	f.Add("payload=%7B%7D")
	f.Add("payload=null")
	f.Fuzz(func(t *testing.T, body string) {
		cb, err := parseInteraction([]byte(body))
		if err != nil {
			return
		}
		m, ok := interactionMessage(cb)
		switch {
		case !ok:
		case m.UserID == "":
			t.Errorf("interactionMessage(%q) = %+v, want a user", body, m)
		case m.Rating == nil && m.Text == "":
			t.Errorf("interactionMessage(%q) = %+v, want a question or a press", body, m)
		case m.Rating != nil && m.Via != bot.Press:
			t.Errorf("interactionMessage(%q) = %+v, want a press", body, m)
		case m.Rating != nil:
			if _, err := bot.ParseControl(bot.Control(m.Rating.Answer, m.Rating.Verdict)); err != nil {
				t.Errorf("interactionMessage(%q) = %+v, whose rating no control carries", body, m)
			}
		}
	})
}

func FuzzVerify(f *testing.F) {
	f.Add(exampleTimestamp, exampleSignature, exampleBody)
	f.Add("1531420618", "v0=00", "")
	f.Add("-9223372036854775808", "v0=", "x")
	f.Add("99999999999999999", "", "x")
	f.Fuzz(func(t *testing.T, ts, sig, body string) {
		h := http.Header{}
		h.Set("X-Slack-Request-Timestamp", ts)
		h.Set("X-Slack-Signature", sig)
		err := verify(h, []byte(body), testSecret, exampleTime)
		if err != nil {
			return
		}
		mac := hmac.New(sha256.New, []byte(testSecret))
		mac.Write([]byte("v0:" + ts + ":" + body))
		if want := "v0=" + hex.EncodeToString(mac.Sum(nil)); !strings.EqualFold(sig, want) {
			t.Errorf("verify(%q, %q) = nil, but the signature should be %q", ts, sig, want)
		}
	})
}
