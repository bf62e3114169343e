package slack

import (
	"net/url"
	"strings"

	slackapi "github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/briefbot/briefbot/bot"
)

// command is the slash command the app registers (manifest.yaml).
const command = "/brief"

// shareWord, first in a slash command's text, asks for the answer to be
// posted in the channel instead of shown to the asker alone.
const shareWord = "share"

// shareActionID names the "Share in channel" button on private answers.
const shareActionID = "share"

// The action IDs of an answer's feedback buttons. Their values say what
// was pressed (bot.Control), and only the values are trusted.
const (
	helpfulActionID   = "feedback_good"
	unhelpfulActionID = "feedback_bad"
)

// botEvents are the Events API events the adapter handles, as the
// manifest subscribes to them.
var botEvents = []string{"app_mention", "message.channels", "message.groups", "message.im", "message.mpim"}

// ref is the adapter's handle for answering, carried in bot.Message.Ref:
// where a slash command or a button click wants its answer.
type ref struct {
	responseURL string
	share       bool // the asker wants the answer posted in the channel
}

// messageFrom turns an Events API inner event into a message for the bot.
// It reports false for what the bot must not answer: its own messages,
// other bots', edits and other subtypes, and the message event that
// repeats an app_mention. inThread reports whether the bot has posted in
// a thread.
func messageFrom(ev any, me identity, inThread func(channel, ts string) bool) (bot.Message, bool) {
	switch ev := ev.(type) {
	case *slackevents.AppMentionEvent:
		// Direct messages arrive as message.im; answering the mention too
		// would answer twice.
		if ev.User == "" || ev.User == me.userID || ev.BotID != "" || ev.Edited != nil || isDM(ev.Channel) {
			return bot.Message{}, false
		}
		return bot.Message{
			Platform:  Platform,
			ChannelID: ev.Channel,
			ThreadID:  firstOf(ev.ThreadTimeStamp, ev.TimeStamp),
			MessageID: ev.TimeStamp,
			UserID:    ev.User,
			UserName:  ev.User,
			Via:       bot.Mention,
			Text:      stripMention(ev.Text, me.userID),
		}, true

	case *slackevents.MessageEvent:
		switch ev.SubType {
		case "", "thread_broadcast", "file_share":
		default:
			return bot.Message{}, false
		}
		if ev.User == "" || ev.User == me.userID || ev.BotID != "" {
			return bot.Message{}, false
		}
		m := bot.Message{
			Platform:  Platform,
			ChannelID: ev.Channel,
			MessageID: ev.TimeStamp,
			UserID:    ev.User,
			UserName:  ev.User,
			Text:      stripMention(ev.Text, me.userID),
		}
		switch {
		case ev.ChannelType == "im" || isDM(ev.Channel):
			m.Via = bot.Direct
			m.ThreadID = ev.ThreadTimeStamp
		case me.userID != "" && strings.Contains(ev.Text, "<@"+me.userID):
			return bot.Message{}, false // the app_mention event answers it
		case ev.ThreadTimeStamp != "" && inThread(ev.Channel, ev.ThreadTimeStamp):
			m.Via = bot.Thread
			m.ThreadID = ev.ThreadTimeStamp
		default:
			m.Via = bot.Channel
			m.ThreadID = firstOf(ev.ThreadTimeStamp, ev.TimeStamp)
		}
		return m, true
	}
	return bot.Message{}, false
}

// slashMessage turns a /brief command into a message for the bot. A
// leading "share" asks for the answer in the channel.
func slashMessage(cmd slackapi.SlashCommand) (bot.Message, bool) {
	if cmd.Command != command || cmd.UserID == "" {
		return bot.Message{}, false
	}
	text, share := cutShare(unescape(strings.TrimSpace(cmd.Text)))
	return bot.Message{
		Platform:  Platform,
		ChannelID: cmd.ChannelID,
		UserID:    cmd.UserID,
		UserName:  firstOf(cmd.UserName, cmd.UserID),
		Via:       bot.Slash,
		Text:      text,
		Ref:       &ref{responseURL: cmd.ResponseURL, share: share},
	}, true
}

// cutShare removes a leading "share" from text and reports whether it
// was there.
func cutShare(text string) (string, bool) {
	word, rest, _ := strings.Cut(text, " ")
	if !strings.EqualFold(word, shareWord) {
		return text, false
	}
	return strings.TrimSpace(rest), true
}

// interactionMessage turns a click on one of the bot's buttons into a
// message for the bot: "Share in channel" into the question it shares,
// asked again with sharing on; a feedback button into a press, answered
// privately through the response_url. It reports false for anything
// else, and for a feedback button whose value is not one the bot wrote.
func interactionMessage(cb slackapi.InteractionCallback) (bot.Message, bool) {
	if cb.Type != slackapi.InteractionTypeBlockActions || cb.User.ID == "" {
		return bot.Message{}, false
	}
	m := bot.Message{
		Platform:  Platform,
		ChannelID: firstOf(cb.Channel.ID, cb.Container.ChannelID),
		UserID:    cb.User.ID,
		UserName:  firstOf(cb.User.Name, cb.User.ID),
	}
	for _, act := range cb.ActionCallback.BlockActions {
		if act == nil || act.Value == "" {
			continue
		}
		switch act.ActionID {
		case shareActionID:
			m.Via, m.Text = bot.Slash, act.Value
			m.Ref = &ref{responseURL: cb.ResponseURL, share: true}
			return m, true
		case helpfulActionID, unhelpfulActionID:
			r, err := bot.ParseControl(act.Value)
			if err != nil {
				continue
			}
			m.Via, m.Rating = bot.Press, &r
			m.ThreadID = firstOf(cb.Container.ThreadTs, cb.Message.ThreadTimestamp)
			if cb.ResponseURL != "" {
				m.Ref = &ref{responseURL: cb.ResponseURL}
			}
			return m, true
		}
	}
	return bot.Message{}, false
}

// parseSlash reads a slash command from the form Slack posts.
func parseSlash(form url.Values) slackapi.SlashCommand {
	return slackapi.SlashCommand{
		TeamID:      form.Get("team_id"),
		ChannelID:   form.Get("channel_id"),
		ChannelName: form.Get("channel_name"),
		UserID:      form.Get("user_id"),
		UserName:    form.Get("user_name"),
		Command:     form.Get("command"),
		Text:        form.Get("text"),
		ResponseURL: form.Get("response_url"),
		TriggerID:   form.Get("trigger_id"),
		APIAppID:    form.Get("api_app_id"),
	}
}

// stripMention removes every mention of the bot, <@U123> or <@U123|name>,
// from text, with the punctuation people type after one ("@bot: hi"),
// and undoes Slack's escaping, so the bot sees what the user typed.
func stripMention(text, userID string) string {
	if userID != "" {
		text = removeMentions(text, "<@"+userID)
	}
	return unescape(strings.Join(strings.Fields(text), " "))
}

// removeMentions removes the mentions that start with open ("<@U123") in
// one pass over text.
func removeMentions(text, open string) string {
	var b strings.Builder
	for {
		i := strings.Index(text, open)
		if i < 0 {
			break
		}
		rest := text[i+len(open):]
		end := 0 // of the mention in rest
		switch {
		case strings.HasPrefix(rest, ">"):
		case strings.HasPrefix(rest, "|"):
			if end = strings.IndexByte(rest, '>'); end < 0 {
				// Unclosed, and so is every mention after it.
				b.WriteString(text)
				return b.String()
			}
		default:
			// Another user's mention, <@U1234 for U123: keep it.
			b.WriteString(text[:i+len(open)])
			text = rest
			continue
		}
		// A space in its place keeps the text around it from joining
		// into another mention.
		b.WriteString(text[:i])
		b.WriteByte(' ')
		text = strings.TrimLeft(rest[end+1:], ":,")
	}
	b.WriteString(text)
	return b.String()
}

// unescape undoes the escaping Slack applies to the text users type.
func unescape(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(s)
}

// isDM reports whether a channel ID is a direct-message channel.
func isDM(channel string) bool { return strings.HasPrefix(channel, "D") }

// firstOf returns the first of ss that is not empty.
func firstOf(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
