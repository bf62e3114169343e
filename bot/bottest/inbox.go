package bottest

import (
	"context"
	"sync"
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// Inbox stands in for the bot in an adapter's tests. As the bot does, it
// takes each message on a goroutine of its own, sends the reply its
// function gives through the adapter (SendPrivate for a private reply),
// and then calls the adapter's Finish. It records what it received and
// the result of each send. As the bot does, it answers a delivery's
// EventID once: a redelivery is recorded, and finished, but not
// answered.
type Inbox struct {
	// Adapter is where replies go; set it before the adapter runs.
	Adapter bot.Adapter
	// Hold, if set, is called with each message before it is answered;
	// it may block, to keep the message in flight.
	Hold func(bot.Message)
	// Completions, if set, answers Complete.
	Completions func(platform, channelID, command, typed string) []string

	reply func(bot.Message) (bot.Reply, bool)
	got   chan bot.Message
	errs  chan error
	wg    sync.WaitGroup

	mu       sync.Mutex
	closed   bool
	events   map[string]bool // EventIDs answered
	messages []bot.Message
	sendErrs []error
}

// NewInbox returns an Inbox that answers each message with the reply
// reply gives, or with nothing when it reports false.
func NewInbox(reply func(bot.Message) (bot.Reply, bool)) *Inbox {
	return &Inbox{reply: reply, got: make(chan bot.Message, 1000), errs: make(chan error, 1000)}
}

// Receive takes m, unless Close was called, and answers it.
func (in *Inbox) Receive(m bot.Message) bool {
	in.mu.Lock()
	if in.closed {
		in.mu.Unlock()
		return false
	}
	in.messages = append(in.messages, m)
	again := m.EventID != "" && in.events[m.EventID]
	if m.EventID != "" {
		if in.events == nil {
			in.events = map[string]bool{}
		}
		in.events[m.EventID] = true
	}
	in.wg.Add(1)
	in.mu.Unlock()
	in.got <- m
	go func() {
		defer in.wg.Done()
		ctx := context.Background()
		if in.Hold != nil {
			in.Hold(m)
		}
		if r, ok := in.reply(m); ok && !again {
			var err error
			if p, ok := in.Adapter.(bot.PrivateSender); ok && r.Private {
				err = p.SendPrivate(ctx, &m, r)
			} else {
				err = in.Adapter.Send(ctx, &m, r)
			}
			in.mu.Lock()
			if err != nil {
				in.sendErrs = append(in.sendErrs, err)
			}
			in.mu.Unlock()
			in.errs <- err
		}
		if f, ok := in.Adapter.(bot.Finisher); ok {
			f.Finish(ctx, &m)
		}
	}()
	return true
}

// Complete calls Completions, if set.
func (in *Inbox) Complete(platform, channelID, command, typed string) []string {
	if in.Completions == nil {
		return nil
	}
	return in.Completions(platform, channelID, command, typed)
}

// Next returns the next message received.
func (in *Inbox) Next(t testing.TB) bot.Message {
	t.Helper()
	return Receive(t, in.got, "a message")
}

// SendErr returns the result of the next reply sent.
func (in *Inbox) SendErr(t testing.TB) error {
	t.Helper()
	return Receive(t, in.errs, "a reply to be sent")
}

// Close takes no more messages and waits until those taken are finished,
// as the bot's Shutdown does.
func (in *Inbox) Close() {
	in.mu.Lock()
	in.closed = true
	in.mu.Unlock()
	in.wg.Wait()
}

// Received returns the messages received so far.
func (in *Inbox) Received() []bot.Message {
	in.mu.Lock()
	defer in.mu.Unlock()
	return append([]bot.Message(nil), in.messages...)
}

// SendErrors returns the errors of the sends that failed so far.
func (in *Inbox) SendErrors() []error {
	in.mu.Lock()
	defer in.mu.Unlock()
	return append([]error(nil), in.sendErrs...)
}

var (
	_ bot.Inbox     = (*Inbox)(nil)
	_ bot.Completer = (*Inbox)(nil)
)
