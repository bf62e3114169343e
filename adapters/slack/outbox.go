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

// job is one reply: n messages that send sends one by one.
type job struct {
	ctx  context.Context
	n    int
	send func(ctx context.Context, i int) error
	done chan error
}

func newOutbox(interval time.Duration) *outbox {
	return &outbox{
		interval: interval,
		idle:     10 * interval,
		queues:   make(map[string]*queue),
	}
}

// send queues the n messages of one reply for the channel and waits until
// they are sent, one of them fails, or ctx ends. The messages of one
// reply go out together, not interleaved with another reply's.
func (o *outbox) send(ctx context.Context, channel string, n int, send func(ctx context.Context, i int) error) error {
	j := &job{ctx: ctx, n: n, send: send, done: make(chan error, 1)}
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
		j.done <- o.run(j, q.limit)
	}
}

// run sends one reply's messages, each when the channel's pace allows.
func (o *outbox) run(j *job, limit *rate.Limiter) error {
	for i := range j.n {
		if err := limit.Wait(j.ctx); err != nil {
			return err
		}
		if err := j.send(j.ctx, i); err != nil {
			return err
		}
	}
	return nil
}
