package bot

import (
	"strconv"
	"strings"

	"github.com/briefbot/briefbot/knowledge"
)

// Via says how a message reached the bot, which decides whether it is
// addressed to the bot at all.
type Via int

const (
	// Channel is a plain message in a channel the bot can read. It is
	// addressed to the bot only when it starts with the configured prefix.
	Channel Via = iota
	// Direct is a direct (private) message to the bot.
	Direct
	// Mention is a message that mentions the bot; the adapter has removed
	// the mention from Text.
	Mention
	// Thread is a reply in a thread the bot takes part in.
	Thread
	// Slash is a slash command (/brief ...); Text holds its arguments.
	Slash
	// Press is a press of an answer's feedback control; Rating says
	// which, and Text is empty.
	Press
)

// String returns the name used in logs.
func (v Via) String() string {
	switch v {
	case Channel:
		return "channel"
	case Direct:
		return "direct"
	case Mention:
		return "mention"
	case Thread:
		return "thread"
	case Slash:
		return "slash"
	case Press:
		return "press"
	}
	return "unknown"
}

// Message is one incoming message in platform-neutral form. Adapters fill
// it in; the bot never sees a platform's own types.
type Message struct {
	// Platform names the platform, as in logs, metrics and the config
	// file's top-level keys: "slack", "discord", "console".
	Platform string
	// ChannelID is the platform's permanent channel ID (a DM channel for
	// direct messages).
	ChannelID string
	// ThreadID is the thread the conversation continues in, "" where the
	// platform or channel has none. An adapter that answers a channel
	// message in a new thread under it sets ThreadID to that message's ID,
	// so follow-ups in the thread find the conversation.
	ThreadID string
	// MessageID is the platform's ID of this message, "" for slash commands.
	MessageID string
	// EventID identifies this delivery on its platform (Slack's event
	// ID, Discord's message or interaction ID), the same when the
	// platform delivers it again: the bot answers an EventID once,
	// whichever replica it reaches. "" is never deduplicated.
	EventID string
	// UserID is the sender's permanent ID; access control uses only this.
	UserID string
	// UserName is the sender's display name, for greetings and logs only:
	// users can change it.
	UserName string
	// Roles are the sender's role IDs where the platform has roles (Discord).
	Roles []string
	Via   Via
	// Text is what the user said to the bot, with the mention removed.
	Text string
	// Rating is set, with Via Press, when the user pressed one of an
	// answer's feedback controls: the adapter read it from the control
	// with ParseControl.
	Rating *Rating
	// Ref is the adapter's own handle for answering (an interaction, a
	// response URL). The bot passes it back untouched in Send.
	Ref any
}

// ReplyKind classifies a reply so adapters can style it (colour, emoji,
// ephemeral errors) without parsing its text.
type ReplyKind int

const (
	// Answer is an answer from the knowledge base.
	Answer ReplyKind = iota
	// Info is a listing or help text (themes, sources, status, help).
	Info
	// NoAnswer says nothing in the knowledge base fits.
	NoAnswer
	// Refusal turns down a request: not an admin, rate limited, too long.
	Refusal
	// Failure reports a fault: a failed reload, an internal error.
	Failure
)

// String returns the name used in logs.
func (k ReplyKind) String() string {
	switch k {
	case Answer:
		return "answer"
	case Info:
		return "info"
	case NoAnswer:
		return "no-answer"
	case Refusal:
		return "refusal"
	case Failure:
		return "failure"
	}
	return "unknown"
}

// Reply is the bot's answer in platform-neutral form. Adapters render it
// natively: Block Kit on Slack, an embed on Discord, plain text on a
// terminal. Text fields are plain text with line breaks; lines starting
// with "- " are list items. Adapters escape whatever their platform would
// otherwise interpret (mentions, markup).
type Reply struct {
	Kind  ReplyKind
	Title string
	Body  string
	// Fields are name/value pairs, one per table column of a table row.
	// Adapters keep them together when they split a long reply.
	Fields []Field
	// Source cites where the answer comes from; nil for replies that are
	// not answers.
	Source *Source
	// Related lists other entries worth a look, one line each.
	Related []string
	// Suggestions are things the user might type next: did-you-mean titles
	// or commands.
	Suggestions []string
	// Private asks for the reply to be shown to the asker alone where the
	// platform can (Slack ephemeral, Discord ephemeral).
	Private bool
	// AnswerID, set on answers from the knowledge base, identifies the
	// answer for its feedback controls: adapters show a "helpful" and a
	// "not helpful" control carrying Control(AnswerID, verdict) and hand
	// a press back as a Message with a Rating.
	AnswerID string
}

// Field is one name/value pair of a reply, such as a table cell with its
// column header.
type Field struct {
	Name  string
	Value string
}

// Source cites the document, section and line an answer comes from.
type Source struct {
	// Document is the document's path relative to the knowledge
	// directory, quoted when it holds characters that could forge a
	// line or drive a terminal.
	Document string
	Section  string
	Line     int
}

// SourceOf cites where an entry comes from.
func SourceOf(e *knowledge.Entry) *Source {
	return &Source{Document: showPath(e.Doc().Path), Section: e.Section.Heading, Line: int(e.Line)}
}

// String is the citation every platform shows: "document · section ·
// line N", leaving out what is unknown; "" for a nil source.
func (s *Source) String() string {
	if s == nil {
		return ""
	}
	var parts []string
	for _, p := range []string{s.Document, s.Section} {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	if s.Line > 0 {
		parts = append(parts, "line "+strconv.Itoa(s.Line))
	}
	return strings.Join(parts, " · ")
}
