package bot

import "context"

// Adapter connects the bot to one chat platform. It is all a platform must
// do; the optional powers below are found by type assertion.
type Adapter interface {
	// Run receives messages and hands each to in until ctx is done. It
	// returns nil when ctx ends and an error when it cannot go on. It may
	// call in.Receive from many goroutines at once.
	Run(ctx context.Context, in Inbox) error
	// Send posts r in the conversation m came from: in its thread where
	// the platform has threads.
	Send(ctx context.Context, m *Message, r Reply) error
}

// Inbox takes the messages an adapter receives. Receive handles one
// message completely, sending its replies through the adapter, and returns
// when they are sent.
type Inbox interface {
	Receive(ctx context.Context, m Message)
}

// InboxFunc adapts a function to the Inbox interface.
type InboxFunc func(ctx context.Context, m Message)

// Receive calls f(ctx, m).
func (f InboxFunc) Receive(ctx context.Context, m Message) { f(ctx, m) }

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

// Connector is an Adapter with a live connection to its platform. Health
// checks report the process not ready while any adapter is disconnected.
type Connector interface {
	Connected() bool
}
