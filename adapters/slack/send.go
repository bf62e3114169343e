package slack

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	slackapi "github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
)

// The IDs Post returns for replies that chat.update cannot edit.
const (
	// idEphemeral is a reply shown with chat.postEphemeral; Edit shows
	// the new version as a new ephemeral message.
	idEphemeral = "ephemeral"
	// idResponse is a reply sent to a slash command's or a button's
	// response_url; Edit replaces it through the same URL.
	idResponse = "response"
)

// how is the way a reply reaches Slack.
type how int

const (
	viaPost      how = iota // chat.postMessage, in the thread of the question
	viaEphemeral            // chat.postEphemeral, to the asker alone
	viaResponse             // the response_url of a slash command or button
	viaUpdate               // chat.update of an earlier message
)

// delivery says where and how the messages of one reply go.
type delivery struct {
	how          how
	channel      string
	user         string // the asker, for ephemeral messages
	thread       string
	responseURL  string
	responseType string // "ephemeral" or "in_channel"
	replace      bool   // replace the message the response_url belongs to
	ts           string // the message chat.update replaces
}

// Send posts r in the thread of the question m, starting a thread under
// a channel message. Slash-command answers are shown to the asker alone
// unless the asker wrote "/brief share ..." or clicked "Share in
// channel"; a private reply is never shared. A reply longer than Slack
// allows goes out as several messages. Messages to one channel are paced
// to SendInterval; slack-go retries a call after a 429 (waiting its
// Retry-After), a 5xx or a dropped connection.
func (a *Adapter) Send(ctx context.Context, m *bot.Message, r bot.Reply) error {
	_, err := a.Post(ctx, m, r)
	return err
}

// SendPrivate shows r to the asker of m alone: as an ephemeral message in
// channels, as a plain message in a direct conversation, which no one
// else sees.
func (a *Adapter) SendPrivate(ctx context.Context, m *bot.Message, r bot.Reply) error {
	r.Private = true
	return a.Send(ctx, m, r)
}

// Post sends r like Send and returns an ID for Edit: the message's ts,
// or a marker for ephemeral replies.
func (a *Adapter) Post(ctx context.Context, m *bot.Message, r bot.Reply) (string, error) {
	if m == nil {
		return "", errors.New("slack: send: message is nil")
	}
	return a.deliver(ctx, a.route(m, r), render(r, a.shareQuestion(m, r)))
}

// Edit replaces the reply with that ID by r: chat.update for a message,
// the response_url for a slash-command answer. Ephemeral messages cannot
// be edited, and a public message is not turned into a private reply, so
// in those cases r is sent as a new message. Parts of r beyond the first
// message are posted after it.
func (a *Adapter) Edit(ctx context.Context, m *bot.Message, id string, r bot.Reply) error {
	if m == nil {
		return errors.New("slack: edit: message is nil")
	}
	d := a.route(m, r)
	switch {
	case id == idResponse && d.how == viaResponse:
		d.replace = true
	case id != "" && id != idEphemeral && id != idResponse && d.how == viaPost:
		d.how, d.ts = viaUpdate, id
	}
	_, err := a.deliver(ctx, d, render(r, a.shareQuestion(m, r)))
	return err
}

// route decides how r answers m.
func (a *Adapter) route(m *bot.Message, r bot.Reply) delivery {
	d := delivery{how: viaPost, channel: m.ChannelID, user: m.UserID, thread: m.ThreadID}
	rf, _ := m.Ref.(*ref)
	switch {
	case rf != nil && rf.responseURL != "":
		d.how, d.responseURL, d.responseType = viaResponse, rf.responseURL, "ephemeral"
		if rf.share && !r.Private {
			d.responseType = "in_channel"
		}
	case m.Via == bot.Direct:
		// A direct conversation is private already, and a plain message
		// stays in it where an ephemeral one would vanish.
	case r.Private || m.Via == bot.Slash:
		d.how = viaEphemeral
	}
	return d
}

// shareQuestion is the question a "Share in channel" button under r asks
// again: only on slash-command answers shown to the asker alone that the
// asker may want to share.
func (a *Adapter) shareQuestion(m *bot.Message, r bot.Reply) string {
	rf, _ := m.Ref.(*ref)
	if rf == nil || rf.share || r.Private || m.Via != bot.Slash {
		return ""
	}
	if r.Kind != bot.Answer && r.Kind != bot.Info {
		return ""
	}
	return m.Text
}

// deliver sends the messages of one reply in order through the channel's
// queue and returns the ID of the first. Failures are returned, not
// logged: the bot logs each failed reply once.
func (a *Adapter) deliver(ctx context.Context, d delivery, msgs []message) (string, error) {
	if len(msgs) == 0 {
		return "", errors.New("slack: send: the reply is empty")
	}
	if d.how == viaPost && d.thread != "" && !isDM(d.channel) {
		// Marked before posting: a reply in the thread may reach another
		// replica as soon as the answer shows, before a mark made after
		// the post would be stored. A post that fails leaves a thread
		// the bot meant to answer in marked, which is what it is.
		a.marks().MarkThread(ctx, Platform, d.channel, d.thread)
	}
	var id string
	err := a.out.send(ctx, firstOf(d.channel, d.responseURL), func(ctx context.Context, pace func(context.Context) error) error {
		part := d
		for i, msg := range msgs {
			got, err := a.sendRefusable(ctx, part, msg, pace)
			if err != nil {
				return err
			}
			if i == 0 {
				id = got
			}
			part = part.next()
		}
		return nil
	})
	return id, err
}

// next is how the message after one sent through d goes: as a new
// message after an edit, and never replacing the first.
func (d delivery) next() delivery {
	d.replace = false
	if d.how == viaUpdate {
		d.how = viaPost
	}
	return d
}

// sendRefusable sends msg when the channel's pace allows. When Slack
// refuses its blocks (too long, or invalid), it sends msg again split
// into smaller messages and, if Slack refuses those too, as plain text
// with the citation: the asker never gets silence. It returns the ID of
// the first message sent.
func (a *Adapter) sendRefusable(ctx context.Context, d delivery, msg message, pace func(context.Context) error) (string, error) {
	attempts := [][]message{{msg}}
	if smaller, ok := msg.smaller(); ok {
		attempts = append(attempts, smaller)
	}
	attempts = append(attempts, msg.plain())
	var err error
	for _, parts := range attempts {
		var id string
		part := d
		for i, p := range parts {
			if err = pace(ctx); err != nil {
				return "", err
			}
			var got string
			if got, err = a.sendOne(ctx, part, p); err != nil {
				break
			}
			if i == 0 {
				id = got
			}
			part = part.next()
		}
		if !refused(err) {
			return id, err
		}
		a.log.Warn("slack: Slack refused a message's blocks; sending it smaller", "channel", d.channel, "error", err)
		// Parts sent before the refusal stay; the next attempt sends the
		// whole message again, after them.
		if part != d {
			d = d.next()
		}
	}
	return "", err
}

// refused reports whether Slack refused a message for its blocks, which
// a smaller or plain message may get past.
func refused(err error) bool {
	if se, ok := errors.AsType[slackapi.SlackErrorResponse](err); ok {
		return se.Err == "msg_blocks_too_long" || se.Err == "invalid_blocks"
	}
	return false
}

// sendOne makes the one API call that sends msg, and returns the ID for
// Edit. slack-go retries it after a 429, a 5xx or a dropped connection
// (retries); a response_url in an error is redacted.
func (a *Adapter) sendOne(ctx context.Context, d delivery, msg message) (id string, err error) {
	defer func() { a.metrics.Sent(Platform, err) }()
	opts := []slackapi.MsgOption{slackapi.MsgOptionText(msg.Text, false)}
	if len(msg.Blocks) > 0 {
		opts = append(opts, slackapi.MsgOptionBlocks(msg.Blocks...))
	}
	switch d.how {
	case viaResponse:
		opts = append(opts, slackapi.MsgOptionResponseURL(d.responseURL, d.responseType))
		if d.replace {
			opts = append(opts, slackapi.MsgOptionReplaceOriginal(d.responseURL))
		}
	default:
		if d.thread != "" && d.how != viaUpdate {
			opts = append(opts, slackapi.MsgOptionTS(d.thread))
		}
		// parse=none: Slack links no names or channels in the text.
		opts = append(opts, slackapi.MsgOptionParse(false))
	}
	switch d.how {
	case viaPost:
		_, id, err = a.api.PostMessageContext(ctx, d.channel, opts...)
	case viaUpdate:
		_, id, _, err = a.api.UpdateMessageContext(ctx, d.channel, d.ts, opts...)
	case viaEphemeral:
		id = idEphemeral
		_, err = a.api.PostEphemeralContext(ctx, d.channel, d.user, opts...)
	case viaResponse:
		id = idResponse
		_, _, _, err = a.api.SendMessageContext(ctx, d.channel, opts...)
	}
	if err != nil {
		return "", fmt.Errorf("slack: %s in %s: %w", d.how, firstOf(d.channel, "a response url"), redact(err, d.responseURL))
	}
	return id, nil
}

// String names the API call, for errors and logs.
func (h how) String() string {
	switch h {
	case viaPost:
		return "chat.postMessage"
	case viaEphemeral:
		return "chat.postEphemeral"
	case viaResponse:
		return "response_url"
	case viaUpdate:
		return "chat.update"
	}
	return "unknown"
}

// redact keeps a response_url, which lets anyone holding it post into the
// channel, out of err's message: transport errors quote the URL. Only its
// scheme and host are shown.
func redact(err error, responseURL string) error {
	if err == nil || responseURL == "" || !strings.Contains(err.Error(), responseURL) {
		return err
	}
	shown := "a response_url"
	if u, perr := url.Parse(responseURL); perr == nil && u.Host != "" {
		shown = u.Scheme + "://" + u.Host + "/…"
	}
	return redacted{err, responseURL, shown}
}

// redacted is an error whose message shows a secret as something else.
type redacted struct {
	err           error
	secret, shown string
}

func (r redacted) Error() string { return strings.ReplaceAll(r.err.Error(), r.secret, r.shown) }
func (r redacted) Unwrap() error { return r.err }
