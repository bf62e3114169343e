package bot

import (
	"context"
	"net/http"
)

// Adapter connects the bot to one chat platform. It is all a platform must
// do; the optional powers below are found by type assertion.
type Adapter interface {
	// Run receives messages and hands each to in until ctx is done. It
	// returns nil when ctx ends and an error when it cannot go on. Once
	// ctx has ended it hands over nothing more: the bot finishes what is
	// in flight.
	Run(ctx context.Context, in Inbox) error
	// Send posts r in the conversation m came from: in its thread where
	// the platform has threads.
	Send(ctx context.Context, m *Message, r Reply) error
}

// Inbox takes the messages an adapter receives.
type Inbox interface {
	// Receive hands m to the bot and returns at once. The bot answers m
	// on a goroutine of its own, sending the replies through the
	// adapter, within its concurrency limit and shutdown deadline.
	// Receive reports false, having done nothing, when the bot takes no
	// more messages because it is shutting down. It may be called from
	// many goroutines at once.
	Receive(m Message) bool
}

// InboxFunc adapts a function to the Inbox interface.
type InboxFunc func(m Message) bool

// Receive calls f(m).
func (f InboxFunc) Receive(m Message) bool { return f(m) }

// Completer suggests what a user may be typing, for platforms that
// autocomplete. The Inbox the bot hands an adapter is one: Bot.Complete.
type Completer interface {
	Complete(platform, channelID, command, typed string) []string
}

// Finisher is an Adapter that must know when the bot is done with a
// message, whether or not it replied: Discord answers a slash command
// nobody replied to, the console reads the next line. The bot calls
// Finish once per message it answered, after the last reply.
type Finisher interface {
	Finish(ctx context.Context, m *Message)
}

// PrivateSender is an Adapter that can show a reply to the asker alone.
// Without it, private replies are sent like any other.
type PrivateSender interface {
	SendPrivate(ctx context.Context, m *Message, r Reply) error
}

// Editor is an Adapter that can replace a reply it has sent. The bot uses
// it to turn "Reloading…" into the reload's result.
type Editor interface {
	// Post sends r like Send and returns an ID for Edit.
	Post(ctx context.Context, m *Message, r Reply) (id string, err error)
	// Edit replaces the reply with that ID by r.
	Edit(ctx context.Context, m *Message, id string, r Reply) error
}

// Guide is an Adapter whose people address the bot in a way of their
// own: help says HowToAsk instead of the chat platforms' ways (a
// mention, a direct message, /brief, the prefix).
type Guide interface {
	HowToAsk(prefix string) string
}

// HTTPRegisterer is an Adapter that serves HTTP endpoints of its own:
// Slack's Events API in HTTP mode, Discord's interactions endpoint. The
// process's one HTTP server mounts them on its mux.
type HTTPRegisterer interface {
	Register(mux *http.ServeMux)
}

// Connector is an Adapter with a live connection to its platform. Health
// checks report the process not ready while any adapter is disconnected.
type Connector interface {
	Connected() bool
}
