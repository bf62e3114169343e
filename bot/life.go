package bot

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"sync"
)

// The bot owns the life of every message, whichever adapter it came
// from, as net/http's server owns a request's: adapters hand it messages
// and return at once. The bot admits a message unless it is shutting
// down, answers it on a goroutine of its own within the concurrency
// limit, counts it in flight until it is done, recovers a panic in it,
// tells the adapter it is done (Finisher), and cancels it when the
// shutdown deadline passes.

// life is the state of that lifecycle.
type life struct {
	// ctx is the context of every message answered; it ends when the
	// shutdown deadline passes.
	ctx    context.Context
	cancel context.CancelFunc
	slots  chan struct{} // one per message being answered

	mu       sync.Mutex
	stopping bool  // no adapter may start serving
	closing  bool  // no message is admitted
	serving  group // adapters in Serve
	inflight group // messages admitted and not done
}

// group counts what is under way, under life.mu.
type group struct {
	n    int
	idle chan struct{} // closed when n falls to 0
}

func (g *group) add() {
	if g.n == 0 {
		g.idle = make(chan struct{})
	}
	g.n++
}

func (g *group) done() {
	g.n--
	if g.n == 0 {
		close(g.idle)
	}
}

// leave takes one from g.
func (l *life) leave(g *group) {
	l.mu.Lock()
	defer l.mu.Unlock()
	g.done()
}

// wait waits until nothing is under way in g, or until ctx ends.
func (l *life) wait(ctx context.Context, g *group) error {
	l.mu.Lock()
	if g.n == 0 {
		l.mu.Unlock()
		return nil
	}
	idle := g.idle
	l.mu.Unlock()
	select {
	case <-idle:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func newLife(maxConcurrent int) life {
	ctx, cancel := context.WithCancel(context.Background())
	return life{ctx: ctx, cancel: cancel, slots: make(chan struct{}, maxConcurrent)}
}

// errStopped refuses an adapter once shutdown has begun.
var errStopped = errors.New("the bot is shutting down")

// Serve runs adapter a, answering its messages, until ctx ends or the
// adapter fails. Shutdown waits for it to return.
func (b *Bot) Serve(ctx context.Context, a Adapter) error {
	l := &b.life
	l.mu.Lock()
	if l.stopping {
		l.mu.Unlock()
		return errStopped
	}
	l.serving.add()
	l.mu.Unlock()
	defer l.leave(&l.serving)
	return a.Run(ctx, b.Inbox(a))
}

// Inbox returns the Inbox that answers messages through adapter a. It is
// also a Completer, and has MarkThread and InThread: the bot's record of
// the threads it posted in.
func (b *Bot) Inbox(a Adapter) Inbox { return inbox{b, a} }

// inbox is the Inbox of one adapter.
type inbox struct {
	bot     *Bot
	adapter Adapter
}

// Receive admits m and answers it on a goroutine of its own.
func (in inbox) Receive(m Message) bool {
	l := &in.bot.life
	l.mu.Lock()
	if l.closing {
		l.mu.Unlock()
		return false
	}
	l.inflight.add()
	l.mu.Unlock()
	go in.bot.live(in.adapter, m)
	return true
}

// Complete is the bot's Complete.
func (in inbox) Complete(platform, channelID, command, typed string) []string {
	return in.bot.Complete(platform, channelID, command, typed)
}

// MarkThread is the bot's MarkThread.
func (in inbox) MarkThread(ctx context.Context, platform, channelID, threadID string) {
	in.bot.MarkThread(ctx, platform, channelID, threadID)
}

// InThread is the bot's InThread.
func (in inbox) InThread(ctx context.Context, platform, channelID, threadID string) bool {
	return in.bot.InThread(ctx, platform, channelID, threadID)
}

// live is the life of one admitted message: it waits for a slot, is
// answered and tells the adapter it is done. A message whose shutdown
// deadline passed before a slot was free goes unanswered, but the
// adapter is still told it is done.
func (b *Bot) live(a Adapter, m Message) {
	defer b.life.leave(&b.life.inflight)
	ctx := b.life.ctx
	if b.life.acquire(ctx) {
		func() {
			defer func() { <-b.life.slots }()
			b.handle(ctx, a, m)
		}()
	}
	if f, ok := a.(Finisher); ok {
		defer func() {
			if p := recover(); p != nil {
				b.log.Error("panic while finishing a message", "platform", m.Platform, "channel", m.ChannelID,
					"message", m.MessageID, "user", m.UserID, "panic", p, "stack", string(debug.Stack()))
			}
		}()
		f.Finish(ctx, &m)
	}
}

// acquire takes a slot, preferring a free one to a passed deadline, so
// that a message admitted before shutdown is answered when it can be.
// It reports whether it took one.
func (l *life) acquire(ctx context.Context) bool {
	select {
	case l.slots <- struct{}{}:
		return true
	default:
	}
	select {
	case l.slots <- struct{}{}:
		return true
	case <-ctx.Done():
		return false
	}
}

// Shutdown stops the bot, once the context each adapter was served with
// has ended: it waits for the adapters to return, then stops taking
// messages and waits for those in flight to be answered, and writes the
// state file. When ctx ends first, it cancels the messages still in
// flight and returns an error.
func (b *Bot) Shutdown(ctx context.Context) error {
	l := &b.life
	defer l.cancel()
	// Last, once the replies are done: what they counted is saved.
	defer b.saveState()
	l.mu.Lock()
	l.stopping = true
	l.mu.Unlock()
	// Adapters return soon after their context ends; until they do, what
	// they receive is still answered.
	if err := l.wait(ctx, &l.serving); err != nil {
		l.close()
		return fmt.Errorf("adapters still running at shutdown: %w", err)
	}
	l.close()
	if err := l.wait(ctx, &l.inflight); err != nil {
		return fmt.Errorf("replies still in flight at shutdown: %w", err)
	}
	return nil
}

// close stops admitting messages.
func (l *life) close() {
	l.mu.Lock()
	l.closing = true
	l.mu.Unlock()
}
