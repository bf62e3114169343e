package bot

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/briefbot/briefbot/knowledge"
)

// stateGuard is the bot's way to its State. With the in-memory State it
// is a pass-through. With a shared store it bounds every call by a short
// timeout and, when the store fails, answers from a State in the
// process's memory instead: questions are answered as ever, while
// deduplication, follow-ups across replicas and the shared rate limit
// degrade to what this replica knows. After a failure it leaves the
// store alone for a moment (so that a dead store costs one timeout a
// second, not one per call), then tries again: the store's client
// reconnects by itself, and the guard goes back to it as soon as it
// answers.
type stateGuard struct {
	shared  State // nil: local is the State
	local   State
	timeout time.Duration
	log     *slog.Logger
	metrics *Metrics

	mu        sync.Mutex
	downSince time.Time // zero while the store answers
	retryAt   time.Time
	lastErr   error
}

// stateRetry is how long the guard leaves a failed store alone.
const stateRetry = time.Second

func newStateGuard(shared State, now func() time.Time, timeout time.Duration, log *slog.Logger, m *Metrics) *stateGuard {
	g := &stateGuard{local: NewMemoryState(now), timeout: timeout, log: log, metrics: m}
	if _, inMemory := shared.(*memoryState); inMemory {
		g.local = shared
	} else {
		g.shared = shared
	}
	return g
}

// use runs call against the shared store within the timeout. It
// reports false, having counted and logged the failure, when the store
// failed or is being left alone: the caller then uses the local State.
func (g *stateGuard) use(ctx context.Context, op string, call func(ctx context.Context) error) bool {
	return g.shared != nil && g.try(ctx, op, call) == nil
}

// try runs call against the shared store within the timeout, and
// returns its error, having counted and logged it; while the guard
// leaves a failed store alone it returns the store's last error at
// once.
func (g *stateGuard) try(ctx context.Context, op string, call func(ctx context.Context) error) error {
	now := time.Now()
	g.mu.Lock()
	resting := !g.downSince.IsZero() && now.Before(g.retryAt)
	lastErr := g.lastErr
	g.mu.Unlock()
	if resting {
		g.metrics.stateError(op)
		return fmt.Errorf("state store unreachable, not tried again yet: %w", lastErr)
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), g.timeout)
	defer cancel()
	err := call(ctx)
	g.mu.Lock()
	defer g.mu.Unlock()
	if err == nil {
		if !g.downSince.IsZero() {
			g.log.Info("state store reachable again: sharing state with the other replicas",
				"down_for", time.Since(g.downSince).Round(time.Millisecond))
			g.downSince, g.lastErr = time.Time{}, nil
		}
		return nil
	}
	g.metrics.stateError(op)
	if g.downSince.IsZero() {
		g.downSince = now
		g.log.Warn("state store unreachable: answering from this replica's memory; deduplication, follow-ups and rate limits are per replica, and feedback is not recorded, until it is back",
			"op", op, "error", err)
	}
	g.retryAt, g.lastErr = time.Now().Add(stateRetry), err
	return err
}

// Degraded reports whether the shared store failed and is not back, and
// why.
func (g *stateGuard) degraded() (since time.Time, err error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.downSince, g.lastErr
}

func (g *stateGuard) claim(ctx context.Context, key string, ttl time.Duration) bool {
	var first bool
	if g.use(ctx, "claim", func(ctx context.Context) (err error) {
		first, err = g.shared.Claim(ctx, key, ttl)
		return err
	}) {
		return first
	}
	first, _ = g.local.Claim(ctx, key, ttl)
	return first
}

func (g *stateGuard) saveConversation(ctx context.Context, key string, c Conversation, ttl time.Duration) {
	// This replica keeps its own copy too, for when the store fails.
	if g.shared != nil {
		g.use(ctx, "save_conversation", func(ctx context.Context) error {
			return g.shared.SaveConversation(ctx, key, c, ttl)
		})
	}
	_ = g.local.SaveConversation(ctx, key, c, ttl)
}

func (g *stateGuard) conversation(ctx context.Context, key string) (Conversation, bool) {
	var (
		c  Conversation
		ok bool
	)
	if g.use(ctx, "conversation", func(ctx context.Context) (err error) {
		c, ok, err = g.shared.Conversation(ctx, key)
		return err
	}) && ok {
		return c, true
	}
	// The store has none (it may have been restarted) or failed: what
	// this replica kept is the best there is.
	c, ok, _ = g.local.Conversation(ctx, key)
	return c, ok
}

func (g *stateGuard) allow(ctx context.Context, key string, l Limit, now time.Time) Allowance {
	var a Allowance
	if g.use(ctx, "allow", func(ctx context.Context) (err error) {
		a, err = g.shared.Allow(ctx, key, l, now)
		return err
	}) {
		return a
	}
	a, _ = g.local.Allow(ctx, key, l, now)
	return a
}

func (g *stateGuard) addMiss(ctx context.Context, q string, a knowledge.Audience, now time.Time) {
	if !g.use(ctx, "add_miss", func(ctx context.Context) error { return g.shared.AddMiss(ctx, q, a, now) }) {
		_ = g.local.AddMiss(ctx, q, a, now)
	}
}

func (g *stateGuard) topMisses(ctx context.Context, a knowledge.Audience, n int) []Miss {
	var top []Miss
	if g.use(ctx, "top_misses", func(ctx context.Context) (err error) {
		top, err = g.shared.TopMisses(ctx, a, n)
		return err
	}) {
		return top
	}
	top, _ = g.local.TopMisses(ctx, a, n)
	return top
}

// missesSince returns since when misses are counted, by the shared
// store when it answers.
func (g *stateGuard) missesSince(ctx context.Context, now time.Time) time.Time {
	var since time.Time
	if g.use(ctx, "misses_since", func(ctx context.Context) (err error) {
		since, err = g.shared.MissesSince(ctx, now)
		return err
	}) {
		return since
	}
	since, _ = g.local.MissesSince(ctx, now)
	return since
}

func (g *stateGuard) mark(ctx context.Context, key string, ttl time.Duration) {
	// This replica keeps its own copy too, for when the store fails.
	if g.shared != nil {
		g.use(ctx, "mark", func(ctx context.Context) error { return g.shared.Mark(ctx, key, ttl) })
	}
	_ = g.local.Mark(ctx, key, ttl)
}

func (g *stateGuard) marked(ctx context.Context, key string) bool {
	var ok bool
	if g.use(ctx, "marked", func(ctx context.Context) (err error) {
		ok, err = g.shared.Marked(ctx, key)
		return err
	}) && ok {
		return true
	}
	// The store has none (it may have been restarted) or failed: what
	// this replica kept is the best there is.
	ok, _ = g.local.Marked(ctx, key)
	return ok
}

// memory returns the state kept in the process, when there is no shared
// store: the one a state file saves. Nil otherwise.
func (g *stateGuard) memory() *memoryState {
	if g.shared != nil {
		return nil
	}
	m, _ := g.local.(*memoryState)
	return m
}

func (g *stateGuard) addReload(ctx context.Context, r Reloaded) {
	if g.shared != nil {
		g.use(ctx, "add_reload", func(ctx context.Context) error { return g.shared.AddReload(ctx, r) })
	}
	_ = g.local.AddReload(ctx, r)
}

func (g *stateGuard) reloads(ctx context.Context) []Reloaded {
	var list []Reloaded
	if g.use(ctx, "reloads", func(ctx context.Context) (err error) {
		list, err = g.shared.Reloads(ctx)
		return err
	}) {
		return list
	}
	list, _ = g.local.Reloads(ctx)
	return list
}

// guardedFeedback is a shared FeedbackStore behind the guard: each call
// is bounded by the state timeout, and fails at once while the guard
// leaves a failed store alone. Feedback has no fallback in memory: an
// answer given while the store fails comes without controls, and a press
// is told it was not recorded.
type guardedFeedback struct {
	g  *stateGuard
	fb FeedbackStore
}

func (f guardedFeedback) Remember(ctx context.Context, a Answered) error {
	return f.g.try(ctx, "remember", func(ctx context.Context) error { return f.fb.Remember(ctx, a) })
}

func (f guardedFeedback) Rate(ctx context.Context, voter string, r Rating, at time.Time) (res RateResult, err error) {
	err = f.g.try(ctx, "rate", func(ctx context.Context) (err error) {
		res, err = f.fb.Rate(ctx, voter, r, at)
		return err
	})
	return res, err
}

func (f guardedFeedback) Report(ctx context.Context, aud knowledge.Audience, n int) (rep FeedbackReport, err error) {
	err = f.g.try(ctx, "feedback_report", func(ctx context.Context) (err error) {
		rep, err = f.fb.Report(ctx, aud, n)
		return err
	})
	return rep, err
}
