package slack

import (
	"context"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// outbox queues outgoing messages per channel and sends each channel's
// in order, at most one per interval, which is what Slack allows. A
// channel's worker exits once its queue has been idle for a while.
type outbox struct {
	interval time.Duration
	idle     time.Duration

	mu     sync.Mutex
	queues map[string]*queue
}

// queue is one channel's pending replies and its pace.
type queue struct {
	jobs  []*job
	wake  chan struct{}
	limit *rate.Limiter
}

// job is one reply, whose messages send sends one by one, calling pace
// before each.
type job struct {
	ctx  context.Context
	send func(ctx context.Context, pace func(context.Context) error) error
	done chan error
}

func newOutbox(interval time.Duration) *outbox {
	return &outbox{
		interval: interval,
		idle:     10 * interval,
		queues:   make(map[string]*queue),
	}
}

// send queues one reply for the channel and waits until send has sent
// its messages, or ctx ends. send calls pace before each message, which
// waits until the channel's pace allows one. The messages of one reply go
// out together, not interleaved with another reply's.
func (o *outbox) send(ctx context.Context, channel string, send func(ctx context.Context, pace func(context.Context) error) error) error {
	j := &job{ctx: ctx, send: send, done: make(chan error, 1)}
	o.mu.Lock()
	q, ok := o.queues[channel]
	if !ok {
		q = &queue{wake: make(chan struct{}, 1), limit: rate.NewLimiter(rate.Every(o.interval), 1)}
		o.queues[channel] = q
		go o.work(channel, q)
	}
	q.jobs = append(q.jobs, j)
	o.mu.Unlock()
	select {
	case q.wake <- struct{}{}:
	default:
	}
	select {
	case err := <-j.done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// work sends a channel's queued replies until the queue has been idle
// for o.idle.
func (o *outbox) work(channel string, q *queue) {
	idle := time.NewTimer(o.idle)
	defer idle.Stop()
	for {
		o.mu.Lock()
		if len(q.jobs) == 0 {
			o.mu.Unlock()
			idle.Reset(o.idle)
			select {
			case <-q.wake:
				continue
			case <-idle.C:
				o.mu.Lock()
				if len(q.jobs) == 0 {
					delete(o.queues, channel)
					o.mu.Unlock()
					return
				}
				o.mu.Unlock()
				continue
			}
		}
		j := q.jobs[0]
		q.jobs = q.jobs[1:]
		o.mu.Unlock()
		j.done <- j.send(j.ctx, q.limit.Wait)
	}
}
