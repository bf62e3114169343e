package bot

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"golang.org/x/time/rate"

	"github.com/briefbot/briefbot/knowledge"
)

// The bot remembers a little per channel (the last question, for more and
// source), per user (a rate limit) and per question (what found no
// answer). Each store is bounded, dropping its oldest entries, so no
// amount of traffic grows the process without end.

// conversation is what a channel or thread last asked.
type conversation struct {
	question string
	// answers are the answers found, in full and in order: `source n`
	// shows the nth.
	answers []Reply
	shown   int // answers shown so far
	at      time.Time
}

// convKey identifies the conversation a message belongs to: its channel
// and thread on its platform.
func convKey(m *Message) string {
	return m.Platform + "\x00" + m.ChannelID + "\x00" + m.ThreadID
}

type conversations struct {
	mu  sync.Mutex
	max int
	m   map[string]*conversation
}

func newConversations(max int) *conversations {
	return &conversations{max: max, m: make(map[string]*conversation)}
}

func (c *conversations) save(key string, conv *conversation) {
	c.mu.Lock()
	defer c.mu.Unlock()
	copied := *conv
	c.m[key] = &copied
	if len(c.m) > c.max {
		evictOldest(c.m, c.max*9/10, func(v *conversation) time.Time { return v.at })
	}
}

// get returns a copy of the conversation, or nil.
func (c *conversations) get(key string) *conversation {
	c.mu.Lock()
	defer c.mu.Unlock()
	conv, ok := c.m[key]
	if !ok {
		return nil
	}
	copied := *conv
	return &copied
}

// evictOldest removes the oldest entries of m until keep remain.
func evictOldest[V any](m map[string]V, keep int, at func(V) time.Time) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return at(m[b]).Compare(at(m[a])) })
	for _, k := range keys[keep:] {
		delete(m, k)
	}
}

// limits is a token bucket per user.
type limits struct {
	mu    sync.Mutex
	every rate.Limit
	burst int
	m     map[string]*userLimit
}

type userLimit struct {
	lim      *rate.Limiter
	seen     time.Time
	notified time.Time
}

func newLimits(perMinute, burst int) *limits {
	return &limits{every: rate.Limit(float64(perMinute) / 60), burst: burst, m: make(map[string]*userLimit)}
}

// allow takes a token from the user's bucket.
func (l *limits) allow(user string, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	u, ok := l.m[user]
	if !ok {
		u = &userLimit{lim: rate.NewLimiter(l.every, l.burst)}
		l.m[user] = u
		if len(l.m) > 10000 {
			evictOldest(l.m, 9000, func(v *userLimit) time.Time { return v.seen })
		}
	}
	u.seen = now
	return u.lim.AllowN(now, 1)
}

// notify reports whether a rate-limited user should be told so: once a
// minute, so a flood is not answered by a flood of refusals.
func (l *limits) notify(user string, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	u, ok := l.m[user]
	if !ok || now.Sub(u.notified) < time.Minute {
		return false
	}
	u.notified = now
	return true
}

// misses counts the questions that found no answer. Counts are kept per
// audience, so a public channel's admins see only what was asked in
// public, never what was asked in internal channels.
type misses struct {
	mu    sync.Mutex
	max   int
	since time.Time        // when counting started
	m     map[string]*miss // by normalised question
}

type miss struct {
	text  string // as first asked
	count [2]int // by audience: public, internal
	last  time.Time
}

func newMisses(max int) *misses {
	return &misses{max: max, m: make(map[string]*miss)}
}

// normalize makes the questions "Where is X?" and "where is x" one.
func normalize(q string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(q), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

func (ms *misses) add(q string, a knowledge.Audience, now time.Time) {
	key := normalize(q)
	ms.mu.Lock()
	defer ms.mu.Unlock()
	m, ok := ms.m[key]
	if !ok {
		if len(ms.m) >= ms.max {
			ms.evict()
		}
		m = &miss{text: q}
		ms.m[key] = m
	}
	m.count[a]++
	m.last = now
}

// evict drops the least asked questions, the oldest first among equals.
func (ms *misses) evict() {
	keys := make([]string, 0, len(ms.m))
	for k := range ms.m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return ms.m[a].compare(ms.m[b], knowledge.Internal) })
	for _, k := range keys[:len(keys)/10+1] {
		delete(ms.m, k)
	}
}

// seen counts how often an audience has asked the question: internal
// audiences see every ask.
func (m *miss) seen(a knowledge.Audience) int {
	if a == knowledge.Internal {
		return m.count[knowledge.Public] + m.count[knowledge.Internal]
	}
	return m.count[a]
}

// compare orders misses from least to most asked by an audience, then
// from least to most recently asked, then by text, so that equals are
// listed in the same order every time.
func (m *miss) compare(o *miss, a knowledge.Audience) int {
	if c := cmp.Compare(m.seen(a), o.seen(a)); c != 0 {
		return c
	}
	if c := m.last.Compare(o.last); c != 0 {
		return c
	}
	return cmp.Compare(o.text, m.text)
}

// counting returns since when the misses are counted.
func (ms *misses) counting() time.Time {
	ms.mu.Lock()
	defer ms.mu.Unlock()
	return ms.since
}

// snapshot returns the misses, for the state file: the most recent
// first, which restore keeps should the bound have shrunk.
func (ms *misses) snapshot() missesState {
	ms.mu.Lock()
	defer ms.mu.Unlock()
	s := missesState{Since: ms.since, Questions: make([]missState, 0, len(ms.m))}
	for _, m := range ms.m {
		s.Questions = append(s.Questions, missState{Text: m.text, Count: m.count, Last: m.last})
	}
	slices.SortFunc(s.Questions, func(x, y missState) int { return cmp.Or(y.Last.Compare(x.Last), cmp.Compare(x.Text, y.Text)) })
	return s
}

// restore adds the misses of a state file, within the bound.
func (ms *misses) restore(s missesState) {
	ms.mu.Lock()
	defer ms.mu.Unlock()
	if !s.Since.IsZero() {
		ms.since = s.Since
	}
	for _, q := range s.Questions {
		key := normalize(q.Text)
		if m, ok := ms.m[key]; ok {
			m.count[0] += q.Count[0]
			m.count[1] += q.Count[1]
			continue
		}
		if len(ms.m) >= ms.max {
			break
		}
		ms.m[key] = &miss{text: q.Text, count: q.Count, last: q.Last}
	}
}

// shownMiss is a miss as an audience sees it.
type shownMiss struct {
	text  string
	count int
	last  time.Time
}

// top returns the n questions an audience asked most without an answer.
func (ms *misses) top(a knowledge.Audience, n int) []shownMiss {
	ms.mu.Lock()
	defer ms.mu.Unlock()
	var list []*miss
	for _, m := range ms.m {
		if m.seen(a) > 0 {
			list = append(list, m)
		}
	}
	slices.SortFunc(list, func(x, y *miss) int { return -x.compare(y, a) })
	var out []shownMiss
	for _, m := range list[:min(n, len(list))] {
		out = append(out, shownMiss{m.text, m.seen(a), m.last})
	}
	return out
}
