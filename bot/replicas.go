package bot

import (
	"cmp"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/briefbot/briefbot/knowledge"
)

// Several replicas of the bot serve one team: a reload on any of them
// (an admin's command, SIGHUP, the watcher, a git poll) reloads them
// all. The replica that reloads publishes a request; every other one
// loads, checks and swaps on its own, as a reload always does, and
// reports the version it serves. The first waits for those reports and
// tells the admin how many replicas serve which version, naming any
// that failed. Each replica also reports itself every few seconds, so
// that `status` and /readyz show what each one serves.

// Cluster connects the replicas of one bot through the store they share
// (bot/redisstate). Its methods may be called from many goroutines.
type Cluster interface {
	// PublishReload asks every replica subscribed to reload.
	PublishReload(ctx context.Context, r ReloadRequest) error
	// ReloadRequests delivers the reload requests every replica
	// publishes, its own included, until ctx ends; then it closes the
	// channel. It keeps listening through the store's outages.
	ReloadRequests(ctx context.Context) <-chan ReloadRequest
	// Report records what a replica serves, replacing its last report.
	Report(ctx context.Context, r Replica) error
	// Replicas returns the replicas whose last report is fresher than
	// maxAge, ordered by ID.
	Replicas(ctx context.Context, maxAge time.Duration) ([]Replica, error)
	// Leave removes a replica's report: it is stopping.
	Leave(ctx context.Context, id string) error
}

// ReloadRequest asks every replica to reload.
type ReloadRequest struct {
	ID   string `json:"id"`   // unique to the request
	From string `json:"from"` // the replica that asked
	// Anyway and Full are how to reload: `reload anyway`, `reload all`.
	Anyway bool `json:"anyway,omitempty"`
	Full   bool `json:"full,omitempty"`
}

// Replica is what one replica reports about itself.
type Replica struct {
	ID string `json:"id"`
	// Version is the version of the knowledge it serves, and Public the
	// version public audiences see (see version).
	Version string    `json:"version"`
	Public  string    `json:"public"`
	Since   time.Time `json:"since"` // when it began serving it
	Seen    time.Time `json:"seen"`  // when it reported
	// Reload is the last reload request it handled, and Failed why that
	// reload failed, "" when it did not.
	Reload string `json:"reload,omitempty"`
	Failed string `json:"failed,omitempty"`
}

// How often a replica reports itself, and how old a report may be
// before the replica is taken for gone.
const (
	heartbeat  = 5 * time.Second
	replicaAge = 4 * heartbeat
)

// replicaState is what this replica last reported of its reloads.
type replicaState struct {
	mu     sync.Mutex
	reload string
	failed string
}

// newRequestID returns a random ID for a reload request.
func newRequestID() string {
	var b [8]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails
	return hex.EncodeToString(b[:])
}

// ReplicaID is this replica's ID, as reports and logs name it.
func (b *Bot) ReplicaID() string { return b.replica }

// Cluster returns the Cluster the bot's State is, and whether it is one:
// whether the bot has replicas to keep in step with.
func (b *Bot) Cluster() (Cluster, bool) { return b.cluster, b.cluster != nil }

// Coordinate keeps this replica in step with the others until ctx ends:
// it reports what it serves every few seconds and reloads when another
// replica asks. Without a Cluster (the in-memory State) it returns at
// once. When ctx ends it removes its report, so that the others stop
// counting it.
func (b *Bot) Coordinate(ctx context.Context) {
	if b.cluster == nil {
		return
	}
	reqs := b.cluster.ReloadRequests(ctx)
	var wg sync.WaitGroup
	defer wg.Wait()
	wg.Go(func() {
		t := time.NewTicker(heartbeat)
		defer t.Stop()
		for {
			b.report(ctx)
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	})
	defer func() {
		leave, cancel := context.WithTimeout(context.WithoutCancel(ctx), b.opts.StateTimeout)
		defer cancel()
		if err := b.cluster.Leave(leave, b.replica); err != nil {
			b.log.Warn("could not remove this replica's report from the state store", "replica", b.replica, "error", err)
		}
	}()
	for req := range reqs {
		if req.From == b.replica {
			continue
		}
		b.log.Info("reloading: another replica asked", "from", req.From, "request", req.ID)
		res := b.reload(ctx, reloading{anyway: req.Anyway, full: req.Full})
		b.noteReload(req.ID, res)
		b.report(ctx)
	}
}

// noteReload records the outcome of the reload request id, for reports.
func (b *Bot) noteReload(id string, res ReloadResult) {
	failed := ""
	if !res.OK {
		switch {
		case res.Err != nil:
			failed = res.Err.Error()
		case len(res.Problems) > 0:
			failed = fmt.Sprintf("blocked by %s, first: %s", Count(len(res.Problems), "problem"), res.Problems[0].Error())
		default:
			failed = "failed"
		}
	}
	b.self.mu.Lock()
	b.self.reload, b.self.failed = id, failed
	b.self.mu.Unlock()
}

// self is what this replica reports now.
func (b *Bot) selfReport() Replica {
	s := b.serving.Load()
	b.self.mu.Lock()
	defer b.self.mu.Unlock()
	return Replica{ID: b.replica, Version: s.base.Version, Public: version(s.base, knowledge.Public),
		Since: s.since, Seen: time.Now(), Reload: b.self.reload, Failed: b.self.failed}
}

// report records what this replica serves in the shared store.
func (b *Bot) report(ctx context.Context) {
	r := b.selfReport()
	b.guard.use(ctx, "report", func(ctx context.Context) error { return b.cluster.Report(ctx, r) })
}

// Replicas returns what each replica serves, this one included and
// first: as it reported, or as it is when the store cannot be reached
// (err then says why). Without a Cluster it is this replica alone.
func (b *Bot) Replicas(ctx context.Context) ([]Replica, error) {
	self := b.selfReport()
	if b.cluster == nil {
		return []Replica{self}, nil
	}
	var list []Replica
	if !b.guard.use(ctx, "replicas", func(ctx context.Context) (err error) {
		list, err = b.cluster.Replicas(ctx, replicaAge)
		return err
	}) {
		_, err := b.guard.degraded()
		if err == nil {
			err = fmt.Errorf("the state store is not answering")
		}
		return []Replica{self}, err
	}
	out := []Replica{self}
	for _, r := range list {
		if r.ID != b.replica {
			out = append(out, r)
		}
	}
	return out, nil
}

// reloadEverywhere reloads this replica and asks the others to reload
// too, then waits for their reports, within the reload's deadline. The
// result's Replicas say what every replica serves afterwards.
func (b *Bot) reloadEverywhere(ctx context.Context, how reloading) ReloadResult {
	if b.cluster == nil {
		return b.reload(ctx, how)
	}
	req := ReloadRequest{ID: newRequestID(), From: b.replica, Anyway: how.anyway, Full: how.full}
	others, err := b.Replicas(ctx)
	published := err == nil && b.guard.use(ctx, "publish_reload", func(ctx context.Context) error {
		return b.cluster.PublishReload(ctx, req)
	})
	res := b.reload(ctx, how)
	b.noteReload(req.ID, res)
	b.report(ctx)
	res.Request = req.ID
	if !published {
		b.log.Warn("reloaded this replica alone: the state store cannot be reached to ask the others", "replica", b.replica)
		res.Replicas = []Replica{b.selfReport()}
		res.Alone = true
		return res
	}
	res.Replicas = b.awaitReplicas(ctx, req.ID, others[1:])
	var lines []string
	for _, r := range res.Replicas {
		state := "serves " + r.Version
		switch {
		case r.Reload != req.ID:
			state += ", did not answer"
		case r.Failed != "":
			state += ", failed: " + r.Failed
		}
		lines = append(lines, r.ID+" "+state)
	}
	b.log.Info("reload on every replica", "request", req.ID, "replicas", strings.Join(lines, "; "))
	return res
}

// awaitReplicas waits until every replica of others has handled the
// reload request id, within the reload's deadline, and returns what
// every replica serves then: this one first.
func (b *Bot) awaitReplicas(ctx context.Context, id string, others []Replica) []Replica {
	deadline, cancel := context.WithTimeout(ctx, b.opts.ReloadTimeout+2*time.Second)
	defer cancel()
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	for {
		list, err := b.Replicas(deadline)
		if err == nil {
			seen := map[string]Replica{}
			for _, r := range list {
				seen[r.ID] = r
			}
			done := true
			for _, o := range others {
				r, ok := seen[o.ID]
				if !ok {
					// Gone since: count it as it was.
					list = append(list, o)
					r = o
				}
				done = done && r.Reload == id
			}
			if done {
				return list
			}
			select {
			case <-deadline.Done():
				return list
			case <-t.C:
			}
			continue
		}
		select {
		case <-deadline.Done():
			return append(list, others...)
		case <-t.C:
		}
	}
}

// replicaLines says what every replica serves after a reload, to an
// audience: how many serve which version, which failed and which did
// not answer. Why a replica failed is told to internal audiences alone,
// as it may name an internal document.
func replicaLines(res ReloadResult, a knowledge.Audience) []string {
	if len(res.Replicas) == 0 {
		return nil
	}
	if res.Alone {
		return []string{"Only this replica reloaded: the state store the replicas share cannot be reached, so the others were not asked."}
	}
	type group struct {
		version string
		n       int
	}
	var groups []group
	var failed, silent []string
	for _, r := range res.Replicas {
		v := r.Version
		if a != knowledge.Internal {
			v = r.Public
		}
		i := slices.IndexFunc(groups, func(g group) bool { return g.version == v })
		if i < 0 {
			groups = append(groups, group{version: v})
			i = len(groups) - 1
		}
		groups[i].n++
		switch {
		case r.Reload != res.Request:
			silent = append(silent, r.ID)
		case r.Failed != "" && a == knowledge.Internal:
			failed = append(failed, fmt.Sprintf("%s (%s)", r.ID, r.Failed))
		case r.Failed != "":
			failed = append(failed, r.ID)
		}
	}
	slices.SortStableFunc(groups, func(x, y group) int { return cmp.Compare(y.n, x.n) })
	var parts []string
	for _, g := range groups {
		verb := "serve"
		if g.n == 1 {
			verb = "serves"
		}
		parts = append(parts, fmt.Sprintf("%d %s version %s", g.n, verb, g.version))
	}
	lines := []string{"", fmt.Sprintf("Replicas (%d): %s.", len(res.Replicas), strings.Join(parts, ", "))}
	if len(failed) > 0 {
		lines = append(lines, "Failed to reload: "+strings.Join(failed, "; ")+".")
	}
	if len(silent) > 0 {
		lines = append(lines, "Did not answer in time: "+strings.Join(silent, ", ")+".")
	}
	return lines
}

// replicaStatus lists what each replica serves, for `status`: nothing
// with one replica. A public audience sees the public versions.
func (b *Bot) replicaStatus(ctx context.Context, a knowledge.Audience) []string {
	if b.cluster == nil {
		return nil
	}
	list, err := b.Replicas(ctx)
	if err != nil {
		return []string{fmt.Sprintf("Replicas: unknown: the state store cannot be reached, so this replica (%s) answers from its own memory", b.replica)}
	}
	now := b.now()
	lines := []string{fmt.Sprintf("Replicas (%d):", len(list))}
	for i, r := range list {
		v := r.Version
		if a != knowledge.Internal {
			v = r.Public
		}
		line := fmt.Sprintf("- %s: version %s, loaded %s", r.ID, v, ago(now, r.Since))
		if i == 0 {
			line += " (this one)"
		}
		if r.Failed != "" {
			line += "; its last reload failed"
		}
		lines = append(lines, line)
	}
	return lines
}

// StateDegraded reports whether the shared state store failed and has
// not answered since, when it failed and why: the bot then answers from
// its own memory. It is always false with the in-memory State.
func (b *Bot) StateDegraded() (bool, time.Time, error) {
	since, err := b.guard.degraded()
	return !since.IsZero(), since, err
}
