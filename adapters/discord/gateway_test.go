package discord

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/briefbot/briefbot/adapters/discord/discordtest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/config"
)

// cannedReply is what the test bot answers: it quotes @everyone and a
// user mention, as a knowledge base might.
func cannedReply(m bot.Message) (bot.Reply, bool) {
	r := bot.Reply{
		Kind:   bot.Answer,
		Title:  "About @everyone",
		Body:   "You asked: " + m.Text + "\nHello @everyone and <@" + userID + ">",
		Source: &bot.Source{Document: "briefing.md", Section: "Water", Line: 12},
	}
	switch m.Text {
	case "status", "reload":
		r = bot.Reply{Kind: bot.Info, Title: "Status", Body: "All fine.", Private: true}
	case "denied":
		r = bot.Reply{Kind: bot.Refusal, Body: "Only admins can do that."}
	case "silent":
		return bot.Reply{}, false
	}
	return r, true
}

func noReply(bot.Message) (bot.Reply, bool) { return bot.Reply{}, false }

var seq atomic.Int64

// guildMessage is a MESSAGE_CREATE in a guild channel.
func guildMessage(channel, author, content string) map[string]any {
	return map[string]any{
		"id":         fmt.Sprintf("msg%d", seq.Add(1)),
		"type":       0,
		"channel_id": channel,
		"guild_id":   guildID,
		"content":    content,
		"author":     map[string]any{"id": author, "username": "ann", "global_name": "Ann"},
		"member":     map[string]any{"roles": []string{adminRole}},
		"mentions":   []any{},
	}
}

// directMessage is a MESSAGE_CREATE in a DM: no guild, no member.
func directMessage(content string) map[string]any {
	m := guildMessage("dm1", userID, content)
	delete(m, "guild_id")
	delete(m, "member")
	return m
}

func TestGatewayIdentify(t *testing.T) {
	t.Parallel()
	const base = 1<<0 | 1<<9 | 1<<12 // guilds, guild messages, direct messages
	tests := []struct {
		name    string
		c       config.Discord
		intents int
		shard   []int
	}{
		{"defaults", config.Discord{}, base, nil},
		{"message content", config.Discord{MessageContent: true}, base | 1<<15, nil},
		{"sharded", config.Discord{ShardID: 1, ShardCount: 2}, base, []int{1, 2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			f := discordtest.NewServer(t)
			tc.c.Gateway = true
			a, _ := newAdapter(t, f, tc.c, Options{})
			start(t, a, newInbox(noReply))

			if got := f.Sent("GET", "gateway"); len(got) != 1 {
				t.Errorf("GET gateway requests = %d, want 1: the gateway URL comes from api_url", len(got))
			}
			frames := f.Frames()
			if len(frames) == 0 || frames[0].Op != 2 {
				t.Fatalf("first gateway frames = %+v, want Identify (op 2)", frames)
			}
			var id struct {
				Token   string `json:"token"`
				Intents int    `json:"intents"`
				Shard   []int  `json:"shard"`
			}
			if err := json.Unmarshal(frames[0].Data, &id); err != nil {
				t.Fatal(err)
			}
			want := struct {
				Token   string
				Intents int
				Shard   []int
			}{"Bot " + discordtest.Token, tc.intents, tc.shard}
			got := struct {
				Token   string
				Intents int
				Shard   []int
			}{id.Token, id.Intents, id.Shard}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Identify (-want +got):\n%s", diff)
			}
			bottest.Eventually(t, "a heartbeat", func() bool {
				for _, fr := range f.Frames() {
					if fr.Op == 1 {
						return true
					}
				}
				return false
			})
		})
	}
}

func TestGatewayMessages(t *testing.T) {
	t.Parallel()
	f := discordtest.NewServer(t)
	a, _ := newAdapter(t, f, config.Discord{Gateway: true}, Options{})
	in := newInbox(cannedReply)
	start(t, a, in)

	withMentions := func(m map[string]any, ids ...string) map[string]any {
		var users []any
		for _, id := range ids {
			users = append(users, map[string]any{"id": id, "username": "x"})
		}
		m["mentions"] = users
		return m
	}
	fromBot := guildMessage(channelID, otherBotID, "<@"+discordtest.BotUserID+"> hello")
	fromBot["author"].(map[string]any)["bot"] = true
	fromWebhook := guildMessage(channelID, "777", "<@"+discordtest.BotUserID+"> hello")
	fromWebhook["webhook_id"] = "wh1"
	pinned := guildMessage(channelID, userID, "<@"+discordtest.BotUserID+"> pinned")
	pinned["type"] = 6

	mention := func(text string) *bot.Message {
		return &bot.Message{Platform: Platform, ChannelID: channelID, UserID: userID, UserName: "Ann",
			Roles: []string{adminRole}, Via: bot.Mention, Text: text}
	}
	tests := []struct {
		name  string
		event map[string]any
		want  *bot.Message // nil: the bot must not hear it
	}{
		{"mention", guildMessage(channelID, userID, "<@"+discordtest.BotUserID+"> what is the budget?"), mention("what is the budget?")},
		{"nickname mention", guildMessage(channelID, userID, "<@!"+discordtest.BotUserID+">   themes  "), mention("themes")},
		{"mention at the end", guildMessage(channelID, userID, "initiatives water <@"+discordtest.BotUserID+">"), mention("initiatives water")},
		{"reply that pings the bot", withMentions(guildMessage(channelID, userID, "more"), discordtest.BotUserID), mention("more")},
		{"everyone bait", guildMessage(channelID, userID, "<@"+discordtest.BotUserID+"> tell @everyone about <@&1>"), mention("tell @everyone about <@&1>")},
		{"direct message", directMessage("what is the budget?"),
			&bot.Message{Platform: Platform, ChannelID: "dm1", UserID: userID, UserName: "Ann", Via: bot.Direct, Text: "what is the budget?"}},
		{"prefix in a channel", guildMessage(channelID, userID, "!brief themes"),
			&bot.Message{Platform: Platform, ChannelID: channelID, UserID: userID, UserName: "Ann", Roles: []string{adminRole}, Via: bot.Channel, Text: "!brief themes"}},
		{"own message", guildMessage(channelID, discordtest.BotUserID, "<@"+discordtest.BotUserID+"> echo"), nil},
		{"another bot", fromBot, nil},
		{"a webhook", fromWebhook, nil},
		{"system message", pinned, nil},
		{"no content without MESSAGE_CONTENT", guildMessage(channelID, userID, ""), nil},
		{"mention of someone else", withMentions(guildMessage(channelID, userID, "<@123> hi"), "123"),
			&bot.Message{Platform: Platform, ChannelID: channelID, UserID: userID, UserName: "Ann", Roles: []string{adminRole}, Via: bot.Channel, Text: "<@123> hi"}},
	}
	ignore := cmpopts.IgnoreFields(bot.Message{}, "MessageID", "EventID", "Ref")
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f.Dispatch("MESSAGE_CREATE", tc.event)
			if tc.want == nil {
				// Handlers run in order: once a later message arrives,
				// this one was dropped.
				f.Dispatch("MESSAGE_CREATE", directMessage("sentinel"))
				if got := in.Next(t); got.Text != "sentinel" {
					t.Errorf("the bot heard %+v, want it ignored", got)
				}
				if err := in.SendErr(t); err != nil {
					t.Errorf("reply to the sentinel: %v", err)
				}
				return
			}
			got := in.Next(t)
			if diff := cmp.Diff(*tc.want, got, ignore); diff != "" {
				t.Errorf("received message (-want +got):\n%s", diff)
			}
			if got.MessageID != tc.event["id"] || got.EventID != tc.event["id"] {
				t.Errorf("MessageID, EventID = %q, %q, want %q for both: the bot answers a message ID once", got.MessageID, got.EventID, tc.event["id"])
			}
			if err := in.SendErr(t); err != nil {
				t.Fatalf("Send() = %v", err)
			}
			var reply *discordtest.Message
			for _, r := range f.Sent("POST", "channels/"+got.ChannelID+"/messages") {
				if m, _ := message(t, r); m.Reference != nil && m.Reference.MessageID == got.MessageID {
					reply = &m
				}
			}
			if reply == nil {
				t.Fatalf("no reply to message %s in channel %s", got.MessageID, got.ChannelID)
			}
			if len(reply.Embeds) != 1 || !strings.Contains(reply.Embeds[0].Description, "@\u200beveryone") {
				t.Errorf("reply embeds = %s, want one with @everyone defused", indentJSON(reply.Embeds))
			}
		})
	}
}

func TestIncoming(t *testing.T) {
	// The pure conversion, for cases the gateway test does not need to
	// send over the wire.
	tests := []struct {
		name    string
		content string
		guild   string
		botID   string
		via     bot.Via
		text    string
		ok      bool
	}{
		{"no bot ID yet", "<@900> hi", guildID, "", bot.Channel, "<@900> hi", true},
		{"only the mention", "<@900>", guildID, discordtest.BotUserID, bot.Mention, "", true},
		{"mention twice", "<@900> a <@!900> b", guildID, discordtest.BotUserID, bot.Mention, "a b", true},
		{"multi-line question", "<@900> line one\nline two", guildID, discordtest.BotUserID, bot.Mention, "line one line two", true},
		{"direct message with mention", "<@900> themes", "", discordtest.BotUserID, bot.Direct, "themes", true},
		{"empty direct message", "", "", discordtest.BotUserID, bot.Direct, "", true},
		{"spaces only in a channel", "   ", guildID, discordtest.BotUserID, bot.Channel, "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			raw := guildMessage(channelID, userID, tc.content)
			if tc.guild == "" {
				raw = directMessage(tc.content)
			}
			msg := decodeMessage(t, raw)
			got, ok := incoming(msg, tc.botID)
			if ok != tc.ok || ok && (got.Via != tc.via || got.Text != tc.text) {
				t.Errorf("incoming(%q) = %v %q, %v, want %v %q, %v", tc.content, got.Via, got.Text, ok, tc.via, tc.text, tc.ok)
			}
		})
	}
}

func TestGatewayPrivateReply(t *testing.T) {
	t.Parallel()
	f := discordtest.NewServer(t)
	a, _ := newAdapter(t, f, config.Discord{Gateway: true}, Options{})
	in := newInbox(cannedReply)
	start(t, a, in)

	f.Dispatch("MESSAGE_CREATE", guildMessage(channelID, userID, "<@"+discordtest.BotUserID+"> status"))
	in.Next(t)
	if err := in.SendErr(t); err != nil {
		t.Fatalf("SendPrivate() = %v", err)
	}
	dms := f.Sent("POST", "users/@me/channels")
	if len(dms) != 1 || !strings.Contains(string(dms[0].Body), `"recipient_id":"`+userID+`"`) {
		t.Fatalf("DM channel requests = %+v, want one for %s", dms, userID)
	}
	if got := f.Sent("POST", "channels/"+channelID+"/messages"); len(got) != 0 {
		t.Errorf("the private reply went to the channel: %s", got[0].Body)
	}
	sent := f.Sent("POST", "channels/dm-"+userID+"/messages")
	if len(sent) != 1 {
		t.Fatalf("messages in the DM channel = %d, want 1", len(sent))
	}
	if m, _ := message(t, sent[0]); m.Reference != nil {
		t.Errorf("the DM refers to message %s in another channel", m.Reference.MessageID)
	}
}

func TestGatewayReconnect(t *testing.T) {
	t.Parallel()
	f := discordtest.NewServer(t)
	reg := prometheus.NewRegistry()
	a, logs := newAdapter(t, f, config.Discord{Gateway: true}, Options{Metrics: bot.NewMetrics(reg, bot.Build{})})
	in := newInbox(cannedReply)
	start(t, a, in)

	// A first event, so the resume has a sequence number to give.
	f.Dispatch("MESSAGE_CREATE", directMessage("before"))
	in.Next(t)
	if err := in.SendErr(t); err != nil {
		t.Fatalf("reply before the drop: %v", err)
	}

	f.Drop()
	var resume discordtest.Frame
	bottest.Eventually(t, "the client to come back", func() bool {
		for _, fr := range f.Frames() {
			if fr.Conn == 2 && (fr.Op == 6 || fr.Op == 2) {
				resume = fr
				return true
			}
		}
		return false
	})
	if resume.Op != 6 {
		t.Fatalf("after a drop the client sent op %d, want Resume (op 6)", resume.Op)
	}
	var r struct {
		Token     string `json:"token"`
		SessionID string `json:"session_id"`
		Seq       int    `json:"seq"`
	}
	if err := json.Unmarshal(resume.Data, &r); err != nil {
		t.Fatal(err)
	}
	if r.Token != "Bot "+discordtest.Token || r.SessionID != discordtest.SessionID || r.Seq < 2 {
		t.Errorf("Resume = %+v, want the token, session %s and the last sequence", r, discordtest.SessionID)
	}
	bottest.Eventually(t, "the reconnect to be counted", func() bool {
		return a.Connected() && counter(t, reg, "briefbot_platform_reconnects_total") == 1
	})

	f.Dispatch("MESSAGE_CREATE", directMessage("after"))
	if got := in.Next(t); got.Text != "after" {
		t.Errorf("after resuming the bot heard %q, want %q", got.Text, "after")
	}
	if err := in.SendErr(t); err != nil {
		t.Errorf("Send() after resuming = %v", err)
	}
	if !strings.Contains(logs.String(), "reconnected") {
		t.Errorf("logs do not mention the reconnect:\n%s", logs)
	}
}

func TestRateLimited(t *testing.T) {
	t.Parallel()
	f := discordtest.NewServer(t)
	f.RateLimit("channels/"+channelID+"/messages", 1)
	a, _ := newAdapter(t, f, config.Discord{Gateway: true}, Options{})
	in := newInbox(cannedReply)
	start(t, a, in)

	f.Dispatch("MESSAGE_CREATE", guildMessage(channelID, userID, "<@"+discordtest.BotUserID+"> budget"))
	in.Next(t)
	if err := in.SendErr(t); err != nil {
		t.Fatalf("Send() after a 429 = %v, want the retry to succeed", err)
	}
	if got := f.Sent("POST", "channels/"+channelID+"/messages"); len(got) != 2 {
		t.Errorf("message requests = %d, want 2 (a 429, then the retry)", len(got))
	}
}

func TestFailedSendDoesNotStopTheBot(t *testing.T) {
	t.Parallel()
	f := discordtest.NewServer(t)
	f.Fail("channels/c-broken/", 403)
	reg := prometheus.NewRegistry()
	a, logs := newAdapter(t, f, config.Discord{Gateway: true}, Options{Metrics: bot.NewMetrics(reg, bot.Build{})})
	in := newInbox(cannedReply)
	start(t, a, in)

	f.Dispatch("MESSAGE_CREATE", guildMessage("c-broken", userID, "<@"+discordtest.BotUserID+"> budget"))
	in.Next(t)
	if err := in.SendErr(t); err == nil {
		t.Fatal("Send() to a channel Discord refuses = nil, want an error")
	} else if !strings.Contains(err.Error(), "c-broken") || err.Error() != strings.ToLower(err.Error()[:1])+err.Error()[1:] {
		t.Errorf("Send() error = %q, want a lowercase error naming the channel", err)
	}

	f.Dispatch("MESSAGE_CREATE", guildMessage(channelID, userID, "<@"+discordtest.BotUserID+"> budget"))
	in.Next(t)
	if err := in.SendErr(t); err != nil {
		t.Fatalf("Send() after a failed send = %v", err)
	}
	if got, want := counter(t, reg, "briefbot_sends_total"), 2.0; got != want {
		t.Errorf("briefbot_sends_total = %v, want %v", got, want)
	}
	if got, want := counter(t, reg, "briefbot_send_failures_total"), 1.0; got != want {
		t.Errorf("briefbot_send_failures_total = %v, want %v", got, want)
	}
	// The bot logs a failed reply, once; the adapter returns the error.
	if strings.Contains(logs.String(), "c-broken") {
		t.Errorf("the adapter logs the failed send, which the bot logs too:\n%s", logs)
	}
}

func TestPostEditChannel(t *testing.T) {
	t.Parallel()
	f := discordtest.NewServer(t)
	a, _ := newAdapter(t, f, config.Discord{Gateway: true}, Options{})
	in := newInbox(noReply)
	start(t, a, in)

	f.Dispatch("MESSAGE_CREATE", guildMessage(channelID, userID, "<@"+discordtest.BotUserID+"> reload"))
	m := in.Next(t)
	ctx := context.Background()
	id, err := a.Post(ctx, &m, bot.Reply{Kind: bot.Info, Body: "Reloading…"})
	if err != nil {
		t.Fatalf("Post() = %v", err)
	}
	long := bot.Reply{Kind: bot.Info, Title: "Reloaded", Body: strings.Repeat("A change. ", 1000)}
	steps := []struct {
		name    string
		reply   bot.Reply
		patches int
		posts   int
		deletes int
	}{
		{"same size", bot.Reply{Kind: bot.Info, Body: "Reloaded."}, 1, 0, 0},
		{"longer", long, 1, 1, 0},
	}
	for _, s := range steps {
		before := len(f.Requests())
		if err := a.Edit(ctx, &m, id, s.reply); err != nil {
			t.Fatalf("Edit(%s) = %v", s.name, err)
		}
		var patches, posts, deletes int
		for _, r := range f.Requests()[before:] {
			switch {
			case r.Method == "PATCH" && r.Path == "channels/"+channelID+"/messages/"+strings.TrimPrefix(id, channelID+"/"):
				patches++
			case r.Method == "POST":
				posts++
			case r.Method == "DELETE":
				deletes++
			}
		}
		if patches != s.patches || posts != s.posts || deletes != s.deletes {
			t.Errorf("Edit(%s) made %d patches, %d posts, %d deletes, want %d, %d, %d", s.name, patches, posts, deletes, s.patches, s.posts, s.deletes)
		}
	}

	// A reply of two messages edited into one drops the second.
	id, err = a.Post(ctx, &m, long)
	if err != nil {
		t.Fatalf("Post(long) = %v", err)
	}
	if n := strings.Count(id, ",") + 1; n != 2 {
		t.Fatalf("Post(long) = %q, want the IDs of 2 messages", id)
	}
	if err := a.Edit(ctx, &m, id, bot.Reply{Body: "Short now."}); err != nil {
		t.Fatalf("Edit(shorter) = %v", err)
	}
	second := id[strings.Index(id, ",")+1:]
	if got := f.Sent("DELETE", "channels/"+second[:strings.Index(second, "/")]+"/messages/"+second[strings.Index(second, "/")+1:]); len(got) != 1 {
		t.Errorf("Edit(shorter) did not delete message %s", second)
	}
}

// counter returns a counter's value for the Discord platform.
func counter(t *testing.T, reg *prometheus.Registry, name string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == "platform" && l.GetValue() == Platform {
					return m.GetCounter().GetValue()
				}
			}
		}
	}
	return 0
}

func FuzzStripMention(f *testing.F) {
	for _, s := range []string{"<@900> hi", "<@!900>", "a <@900> b <@!900> c", "<@<@900>900>", "no mention", "<@9001> other", "\n<@900>\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got, found := stripMention(text, discordtest.BotUserID)
		if strings.Contains(got, "<@"+discordtest.BotUserID+">") || strings.Contains(got, "<@!"+discordtest.BotUserID+">") {
			t.Errorf("stripMention(%q) = %q, which still mentions the bot", text, got)
		}
		if want := strings.Contains(text, "<@"+discordtest.BotUserID+">") || strings.Contains(text, "<@!"+discordtest.BotUserID+">"); found != want {
			t.Errorf("stripMention(%q) found = %v, want %v", text, found, want)
		}
		if got != strings.TrimSpace(got) || strings.Contains(got, "  ") || strings.ContainsAny(got, "\n\t") {
			t.Errorf("stripMention(%q) = %q, want single spaces", text, got)
		}
		if again, _ := stripMention(got, discordtest.BotUserID); again != got {
			t.Errorf("stripMention(stripMention(%q)) = %q, want %q", text, again, got)
		}
	})
}

func decodeMessage(t *testing.T, raw map[string]any) *discordgo.Message {
	t.Helper()
	b, err := json.Marshal(raw)
	if err != nil {
		t.Fatal(err)
	}
	var m discordgo.Message
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return &m
}
