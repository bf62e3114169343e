package bot_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	. "github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
)

// blocking is a platform whose sends wait until released, or until their
// context ends, so that replies stay in flight as long as a test needs.
type blocking struct {
	bottest.Recorder
	release chan struct{}
	entered chan struct{} // a send started
	sending atomic.Int32  // sends under way
	most    atomic.Int32  // the most sends under way at once
	sent    atomic.Int32  // sends done
	errs    chan error    // how each send ended
}

func newBlocking() *blocking {
	return &blocking{release: make(chan struct{}), entered: make(chan struct{}, 100), errs: make(chan error, 100)}
}

func (a *blocking) Send(ctx context.Context, m *Message, r Reply) error {
	n := a.sending.Add(1)
	defer a.sending.Add(-1)
	for most := a.most.Load(); n > most && !a.most.CompareAndSwap(most, n); most = a.most.Load() {
	}
	a.entered <- struct{}{}
	var err error
	select {
	case <-a.release:
		a.sent.Add(1)
	case <-ctx.Done():
		err = ctx.Err()
	}
	a.errs <- err
	return err
}

func (a *blocking) SendPrivate(ctx context.Context, m *Message, r Reply) error {
	return a.Send(ctx, m, r)
}

func question() Message { return slackMsg("U1", "C1", "port visits") }

func TestShutdownWaitsForReplies(t *testing.T) {
	b := testBot(t, newKB())
	a := newBlocking()
	in := b.Inbox(a)
	if !in.Receive(question()) {
		t.Fatal("Receive = false before shutdown")
	}
	bottest.Receive(t, a.entered, "the reply to be under way")
	done := make(chan error, 1)
	go func() { done <- b.Shutdown(context.Background()) }()
	// Once the bot takes no more messages, Shutdown is waiting for the
	// reply in flight. Probes it still took go to another platform.
	probe := b.Inbox(&bottest.Recorder{})
	bottest.Eventually(t, "the bot to stop taking messages", func() bool { return !probe.Receive(question()) })
	if in.Receive(question()) {
		t.Errorf("Receive = true during Shutdown")
	}
	select {
	case err := <-done:
		t.Fatalf("Shutdown = %v with a reply in flight", err)
	default:
	}
	close(a.release)
	if err := bottest.Receive(t, done, "Shutdown to return"); err != nil {
		t.Errorf("Shutdown = %v, want nil", err)
	}
	if n := a.sent.Load(); n != 1 {
		t.Errorf("replies sent = %d, want the one in flight", n)
	}
}

func TestShutdownDeadlineCancelsReplies(t *testing.T) {
	b := testBot(t, newKB())
	a := newBlocking()
	if !b.Inbox(a).Receive(question()) {
		t.Fatal("Receive = false before shutdown")
	}
	bottest.Receive(t, a.entered, "the reply to be under way")
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // the deadline has passed
	if err := b.Shutdown(ctx); err == nil || !strings.Contains(err.Error(), "in flight") {
		t.Errorf("Shutdown past its deadline with a reply stuck = %v, want an error about replies in flight", err)
	}
	if err := bottest.Receive(t, a.errs, "the stuck send to end"); !errors.Is(err, context.Canceled) {
		t.Errorf("the stuck send ended with %v, want its context cancelled", err)
	}
}

// lingering is a platform that, once its context ends, still hands the
// bot a message and returns only when released.
type lingering struct {
	bottest.Recorder
	release chan struct{}
	stopped chan struct{}
}

func (a *lingering) Run(ctx context.Context, in Inbox) error {
	<-ctx.Done()
	close(a.stopped)
	<-a.release
	done := make(chan struct{})
	m := question()
	m.Ref = done
	if in.Receive(m) {
		<-done
	}
	return nil
}

func TestShutdownWaitsForAdapters(t *testing.T) {
	b := testBot(t, newKB())
	a := &lingering{release: make(chan struct{}), stopped: make(chan struct{})}
	ctx, cancel := context.WithCancel(context.Background())
	var serving sync.WaitGroup
	serving.Go(func() {
		if err := b.Serve(ctx, a); err != nil {
			t.Errorf("Serve = %v", err)
		}
	})
	cancel()
	<-a.stopped
	done := make(chan error, 1)
	go func() { done <- b.Shutdown(context.Background()) }()
	close(a.release)
	if err := bottest.Receive(t, done, "Shutdown to return"); err != nil {
		t.Errorf("Shutdown = %v, want nil", err)
	}
	serving.Wait()
	if got := a.Take(); len(got) != 1 {
		t.Errorf("the message the adapter handed over while stopping got %d replies, want 1", len(got))
	}
	if err := b.Serve(context.Background(), a); err == nil {
		t.Errorf("Serve after Shutdown = nil, want an error")
	}

	// An adapter that does not stop in time makes Shutdown fail.
	b2 := testBot(t, newKB())
	stuck := &lingering{release: make(chan struct{}), stopped: make(chan struct{})}
	ctx2, cancel2 := context.WithCancel(context.Background())
	serving.Go(func() { _ = b2.Serve(ctx2, stuck) })
	cancel2()
	<-stuck.stopped
	expired, cancel3 := context.WithCancel(context.Background())
	cancel3()
	if err := b2.Shutdown(expired); err == nil || !strings.Contains(err.Error(), "adapters still running") {
		t.Errorf("Shutdown with an adapter stuck = %v, want an error about adapters still running", err)
	}
	close(stuck.release)
	serving.Wait()
}

func TestConcurrencyLimit(t *testing.T) {
	b := testBot(t, newKB(), func(o *Options) { o.MaxConcurrent = 2 })
	a := newBlocking()
	in := b.Inbox(a)
	const n = 5
	for i := range n {
		m := question()
		m.ThreadID = string(rune('a' + i))
		if !in.Receive(m) {
			t.Fatalf("Receive %d = false", i)
		}
	}
	// Release the replies one at a time, each once the next is under
	// way: the bot never answers more than two at once.
	for range n {
		bottest.Receive(t, a.entered, "a reply to be under way")
		a.release <- struct{}{}
	}
	if err := b.Shutdown(context.Background()); err != nil {
		t.Fatalf("Shutdown = %v", err)
	}
	if got, most := a.sent.Load(), a.most.Load(); got != n || most > 2 {
		t.Errorf("%d of %d replies sent, at most %d at once; want all, at most 2 at once", got, n, most)
	}
}
