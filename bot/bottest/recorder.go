package bottest

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// Sent is one reply a Recorder was asked to send.
type Sent struct {
	To      bot.Message
	Reply   bot.Reply
	Private bool // sent with SendPrivate or as a private Post
}

// Recorder is a chat platform in memory, for the bot's tests: it records
// every reply the bot sends, and lets a test ask the bot something and
// wait until the bot has finished with it.
type Recorder struct {
	mu   sync.Mutex
	sent []Sent
	fail error
}

// Run waits for ctx to end: messages reach the bot through Ask.
func (r *Recorder) Run(ctx context.Context, _ bot.Inbox) error {
	<-ctx.Done()
	return nil
}

// Send records a reply.
func (r *Recorder) Send(_ context.Context, m *bot.Message, rep bot.Reply) error {
	return r.Record(m, rep, false)
}

// SendPrivate records a reply for the asker alone.
func (r *Recorder) SendPrivate(_ context.Context, m *bot.Message, rep bot.Reply) error {
	return r.Record(m, rep, true)
}

// Record records a reply, or fails as Fail says.
func (r *Recorder) Record(m *bot.Message, rep bot.Reply, private bool) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fail != nil {
		return r.fail
	}
	r.sent = append(r.sent, Sent{*m, rep, private})
	return nil
}

// Fail makes every send fail with err from now on; nil makes them work
// again.
func (r *Recorder) Fail(err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.fail = err
}

// Finish tells Ask that the bot is done with a message.
func (r *Recorder) Finish(_ context.Context, m *bot.Message) {
	if done, ok := m.Ref.(chan struct{}); ok {
		close(done)
	}
}

// Take returns what was sent since the last Take, and forgets it.
func (r *Recorder) Take() []Sent {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := r.sent
	r.sent = nil
	return s
}

// Ask hands m to in, waits until the bot has finished with it and returns
// what was sent meanwhile: nothing when the bot did not take m. m.Ref is
// the Recorder's own.
func (r *Recorder) Ask(t testing.TB, in bot.Inbox, m bot.Message) []Sent {
	t.Helper()
	done := make(chan struct{})
	m.Ref = done
	if !in.Receive(m) {
		return nil
	}
	select {
	case <-done:
	case <-time.After(Patience):
		t.Fatalf("the bot did not finish with %q", m.Text)
	}
	return r.Take()
}

// Editor is a Recorder that can also edit its replies, as Slack and
// Discord can.
type Editor struct {
	Recorder
	mu    sync.Mutex
	edits int
}

// Post records a reply and returns an ID for Edit.
func (e *Editor) Post(_ context.Context, m *bot.Message, rep bot.Reply) (string, error) {
	return "1", e.Record(m, rep, rep.Private)
}

// Edit records the new version of a reply.
func (e *Editor) Edit(_ context.Context, m *bot.Message, _ string, rep bot.Reply) error {
	e.mu.Lock()
	e.edits++
	e.mu.Unlock()
	return e.Record(m, rep, rep.Private)
}

// Edits returns how many replies were edited.
func (e *Editor) Edits() int {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.edits
}

var (
	_ bot.Adapter       = (*Recorder)(nil)
	_ bot.PrivateSender = (*Recorder)(nil)
	_ bot.Finisher      = (*Recorder)(nil)
	_ bot.Editor        = (*Editor)(nil)
)
