package bot

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"golang.org/x/time/rate"

	"github.com/briefbot/briefbot/knowledge"
)

// The bot remembers a little per delivery (the events it handled, so a
// platform's retry is not answered twice), per channel (the last
// question, for more and source), per user (a rate limit) and per
// question (what found no answer), and what the last reloads changed.
// It keeps all of it in a State: in memory by default, or in a store
// that several replicas of the bot share (bot/redisstate), so that a
// follow-up, a retry or a user's next question may reach any replica.
//
// Everything a State holds is plain data: conversations name the entries
// they found by document and line, and are looked up again in the base
// being served, so that any replica can continue them.

// State is where the bot keeps what its replicas share. Each part is a
// small interface of its own; a State has them all. Its methods may be
// called from many goroutines at once. A State that keeps nothing in
// the process (a shared store) may fail: the bot then falls back to its
// own memory for a while and says so in its log, metrics and /healthz.
type State interface {
	Deduper
	ConversationStore
	Limiter
	MissCounter
	ReloadLog
	ThreadMarks
}

// Deduper drops deliveries seen before: platforms retry an event they
// think was lost, and the retry may reach another replica.
type Deduper interface {
	// Claim records key for ttl and reports whether this call was the
	// first to record it within that time.
	Claim(ctx context.Context, key string, ttl time.Duration) (bool, error)
}

// ThreadMarks remembers the threads the bot has posted in: a reply in
// one needs no mention, whichever replica it reaches.
type ThreadMarks interface {
	// Mark records key for ttl, or records it again for ttl from now.
	Mark(ctx context.Context, key string, ttl time.Duration) error
	// Marked reports whether key is recorded and has not expired.
	Marked(ctx context.Context, key string) (bool, error)
}

// ConversationStore keeps each conversation's last question, for more
// and source.
type ConversationStore interface {
	// SaveConversation stores c under key, replacing what was there,
	// for ttl.
	SaveConversation(ctx context.Context, key string, c Conversation, ttl time.Duration) error
	// Conversation returns the conversation under key; ok is false when
	// there is none.
	Conversation(ctx context.Context, key string) (c Conversation, ok bool, err error)
}

// Limiter is a token bucket per key: a user of a platform.
type Limiter interface {
	// Allow takes a token from key's bucket, which refills at
	// l.PerMinute tokens a minute up to l.Burst, at now. When there is
	// none, Notify is set once a minute, so that a flood is not answered
	// by a flood of refusals.
	Allow(ctx context.Context, key string, l Limit, now time.Time) (Allowance, error)
}

// MissCounter counts the questions that found no answer, per audience,
// so that a public channel's admins see only what was asked in public.
type MissCounter interface {
	// AddMiss counts one ask of question, which found no answer, by
	// audience a at now.
	AddMiss(ctx context.Context, question string, a knowledge.Audience, now time.Time) error
	// TopMisses returns the n questions audience a asked most without an
	// answer: most asked first, then most recently asked, then by text.
	// Internal audiences see every ask.
	TopMisses(ctx context.Context, a knowledge.Audience, n int) ([]Miss, error)
	// MissesSince returns since when misses are counted. The first call
	// of a store that has none starts the count at now.
	MissesSince(ctx context.Context, now time.Time) (time.Time, error)
}

// ReloadLog keeps what the last reloads that changed something changed,
// for `what's new`.
type ReloadLog interface {
	// AddReload records a reload. Replicas that reload together each
	// record the same change (the same Old and New versions); a log
	// keeps it once.
	AddReload(ctx context.Context, r Reloaded) error
	// Reloads returns the reloads recorded, newest first.
	Reloads(ctx context.Context) ([]Reloaded, error)
}

// Conversation is what a channel or thread last asked, as plain data.
type Conversation struct {
	Question string `json:"q"`
	// Answers are the entries found, in order: `source n` shows the
	// nth.
	Answers []EntryRef `json:"a,omitempty"`
	Shown   int        `json:"n"` // answers shown so far
	At      time.Time  `json:"at"`
}

// EntryRef names an entry so that it can be found again in another
// base: a reload, or another replica's.
type EntryRef struct {
	Doc   string `json:"d"` // the document's path
	Line  int    `json:"l"`
	Title string `json:"t"`
}

// refOf names an entry.
func refOf(e *knowledge.Entry) EntryRef {
	return EntryRef{Doc: e.Doc().Path, Line: int(e.Line), Title: e.Title}
}

// resolve finds an entry in base that audience a may read: at its line,
// or, when edits moved it, by its title in the same document. It
// returns nil when the entry is gone.
func (r EntryRef) resolve(base *knowledge.Base, a knowledge.Audience) *knowledge.Entry {
	i, found := slices.BinarySearchFunc(base.Docs, r.Doc, func(d *knowledge.Document, path string) int {
		return cmp.Compare(d.Path, path)
	})
	if !found || !a.CanRead(base.Docs[i].Audience) {
		return nil
	}
	var byTitle *knowledge.Entry
	for _, s := range base.Docs[i].Sections {
		entries := s.Entries()
		for k := range entries {
			e := &entries[k]
			if e.Title != r.Title {
				continue
			}
			if int(e.Line) == r.Line {
				return e
			}
			if byTitle == nil {
				byTitle = e
			}
		}
	}
	return byTitle
}

// Limit is the rate of a token bucket.
type Limit struct {
	PerMinute int
	Burst     int
}

// Allowance is what Limiter.Allow decided.
type Allowance struct {
	// Allowed is set when a token was taken.
	Allowed bool
	// Notify is set when the request was refused and the user should
	// be told so: once a minute at most.
	Notify bool
}

// Miss is a question that found no answer, as an audience sees it.
type Miss struct {
	Text  string    // as first asked
	Count int       // how often the audience asked it
	Last  time.Time // when it was last asked
}

// Reloaded is what one reload changed: `what's new` shows the latest.
// It is plain data, so that a store shared by several bots can keep it.
type Reloaded struct {
	At time.Time
	// Old and New are the versions before and after: replicas that
	// reload together record the same Old and New.
	Old, New string
	Diff     knowledge.Diff
}

// NormalizeQuestion makes the questions "Where is X?" and "where is x"
// one, as a MissCounter counts them.
func NormalizeQuestion(q string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(q), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// CompareMisses orders misses as TopMisses lists them: most asked first,
// then most recently asked, then by text.
func CompareMisses(x, y Miss) int {
	if c := cmp.Compare(y.Count, x.Count); c != 0 {
		return c
	}
	if c := y.Last.Compare(x.Last); c != 0 {
		return c
	}
	return cmp.Compare(x.Text, y.Text)
}

// Bounds of the in-memory state: each store drops its oldest entries
// beyond them, so no amount of traffic grows the process without end.
// A shared store keeps as many misses and reloads, and lets the rest
// expire.
const (
	MaxMisses        = 500
	MaxReloads       = 10
	maxConversations = 1000
	maxLimited       = 10000
	maxClaims        = 10000
	maxMarks         = 10000
)

// NewMemoryState returns a State kept in the process's memory: what one
// replica needs, with nothing to install. now tells the time that
// claims and conversations expire by; nil is time.Now.
func NewMemoryState(now func() time.Time) State {
	if now == nil {
		now = time.Now
	}
	return &memoryState{
		now:      now,
		claims:   make(map[string]time.Time),
		marks:    make(map[string]time.Time),
		convs:    make(map[string]memoryConv),
		limits:   make(map[string]*userLimit),
		misses:   make(map[string]*miss),
		maxMiss:  MaxMisses,
		maxConvs: maxConversations,
	}
}

// memoryState is the State in memory.
type memoryState struct {
	now func() time.Time

	mu       sync.Mutex
	claims   map[string]time.Time // key -> expiry
	marks    map[string]time.Time // key -> expiry
	convs    map[string]memoryConv
	maxConvs int
	limits   map[string]*userLimit
	misses   map[string]*miss // by normalised question
	maxMiss  int
	since    time.Time  // when the misses began to be counted
	reloads  []Reloaded // oldest first
}

type memoryConv struct {
	c       Conversation
	expires time.Time
}

type userLimit struct {
	lim      *rate.Limiter
	limit    Limit
	seen     time.Time
	notified time.Time
}

type miss struct {
	text  string // as first asked
	count [2]int // by audience: public, internal
	last  time.Time
}

func (s *memoryState) Claim(_ context.Context, key string, ttl time.Duration) (bool, error) {
	now := s.now()
	s.mu.Lock()
	defer s.mu.Unlock()
	if exp, ok := s.claims[key]; ok && now.Before(exp) {
		return false, nil
	}
	s.claims[key] = now.Add(ttl)
	if len(s.claims) > maxClaims {
		for k, exp := range s.claims {
			if !now.Before(exp) {
				delete(s.claims, k)
			}
		}
		if len(s.claims) > maxClaims {
			// The soonest to expire are the oldest.
			evictOldest(s.claims, maxClaims*9/10, func(exp time.Time) time.Time { return exp })
		}
	}
	return true, nil
}

func (s *memoryState) Mark(_ context.Context, key string, ttl time.Duration) error {
	now := s.now()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.marks[key] = now.Add(ttl)
	if len(s.marks) > maxMarks {
		for k, exp := range s.marks {
			if !now.Before(exp) {
				delete(s.marks, k)
			}
		}
		if len(s.marks) > maxMarks {
			// The soonest to expire were marked longest ago.
			evictOldest(s.marks, maxMarks*9/10, func(exp time.Time) time.Time { return exp })
		}
	}
	return nil
}

func (s *memoryState) Marked(_ context.Context, key string) (bool, error) {
	now := s.now()
	s.mu.Lock()
	defer s.mu.Unlock()
	exp, ok := s.marks[key]
	return ok && now.Before(exp), nil
}

func (s *memoryState) SaveConversation(_ context.Context, key string, c Conversation, ttl time.Duration) error {
	c.Answers = slices.Clone(c.Answers)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.convs[key] = memoryConv{c: c, expires: s.now().Add(ttl)}
	if len(s.convs) > s.maxConvs {
		evictOldest(s.convs, s.maxConvs*9/10, func(v memoryConv) time.Time { return v.c.At })
	}
	return nil
}

func (s *memoryState) Conversation(_ context.Context, key string) (Conversation, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.convs[key]
	if !ok || !s.now().Before(v.expires) {
		return Conversation{}, false, nil
	}
	c := v.c
	c.Answers = slices.Clone(c.Answers)
	return c, true, nil
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

func (s *memoryState) Allow(_ context.Context, key string, l Limit, now time.Time) (Allowance, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	u, ok := s.limits[key]
	if !ok || u.limit != l {
		u = &userLimit{lim: rate.NewLimiter(rate.Limit(float64(l.PerMinute)/60), l.Burst), limit: l}
		s.limits[key] = u
		if len(s.limits) > maxLimited {
			evictOldest(s.limits, maxLimited*9/10, func(v *userLimit) time.Time { return v.seen })
		}
	}
	u.seen = now
	if u.lim.AllowN(now, 1) {
		return Allowance{Allowed: true}, nil
	}
	if now.Sub(u.notified) < time.Minute {
		return Allowance{}, nil
	}
	u.notified = now
	return Allowance{Notify: true}, nil
}

func (s *memoryState) AddMiss(_ context.Context, q string, a knowledge.Audience, now time.Time) error {
	key := NormalizeQuestion(q)
	s.mu.Lock()
	defer s.mu.Unlock()
	m, ok := s.misses[key]
	if !ok {
		if len(s.misses) >= s.maxMiss {
			s.evictMisses()
		}
		m = &miss{text: q}
		s.misses[key] = m
	}
	m.count[a]++
	m.last = now
	return nil
}

func (s *memoryState) MissesSince(_ context.Context, now time.Time) (time.Time, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.since.IsZero() {
		s.since = now
	}
	return s.since, nil
}

// snapshotMisses returns the misses, for the state file: the most
// recent first, which restoreMisses keeps should the bound have shrunk.
func (s *memoryState) snapshotMisses() missesState {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := missesState{Since: s.since, Questions: make([]missState, 0, len(s.misses))}
	for _, m := range s.misses {
		out.Questions = append(out.Questions, missState{Text: m.text, Count: m.count, Last: m.last})
	}
	slices.SortFunc(out.Questions, func(x, y missState) int { return cmp.Or(y.Last.Compare(x.Last), cmp.Compare(x.Text, y.Text)) })
	return out
}

// restoreMisses adds the misses of a state file, within the bound, and
// counts since when they did.
func (s *memoryState) restoreMisses(saved missesState) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !saved.Since.IsZero() && (s.since.IsZero() || saved.Since.Before(s.since)) {
		s.since = saved.Since
	}
	for _, q := range saved.Questions {
		key := NormalizeQuestion(q.Text)
		if m, ok := s.misses[key]; ok {
			m.count[0] += q.Count[0]
			m.count[1] += q.Count[1]
			continue
		}
		if len(s.misses) >= s.maxMiss {
			break
		}
		s.misses[key] = &miss{text: q.Text, count: q.Count, last: q.Last}
	}
}

// evictMisses drops the least asked questions, the oldest first among
// equals.
func (s *memoryState) evictMisses() {
	keys := make([]string, 0, len(s.misses))
	for k := range s.misses {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		return -CompareMisses(s.misses[a].shown(knowledge.Internal), s.misses[b].shown(knowledge.Internal))
	})
	for _, k := range keys[:len(keys)/10+1] {
		delete(s.misses, k)
	}
}

// shown is a miss as an audience sees it: internal audiences see every
// ask.
func (m *miss) shown(a knowledge.Audience) Miss {
	n := m.count[a]
	if a == knowledge.Internal {
		n = m.count[knowledge.Public] + m.count[knowledge.Internal]
	}
	return Miss{Text: m.text, Count: n, Last: m.last}
}

func (s *memoryState) TopMisses(_ context.Context, a knowledge.Audience, n int) ([]Miss, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var list []Miss
	for _, m := range s.misses {
		if sm := m.shown(a); sm.Count > 0 {
			list = append(list, sm)
		}
	}
	slices.SortFunc(list, CompareMisses)
	return list[:min(n, len(list))], nil
}

func (s *memoryState) AddReload(_ context.Context, r Reloaded) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if n := len(s.reloads); n > 0 && s.reloads[n-1].Old == r.Old && s.reloads[n-1].New == r.New {
		return nil
	}
	s.reloads = append(s.reloads, r)
	if len(s.reloads) > MaxReloads {
		s.reloads = slices.Delete(s.reloads, 0, len(s.reloads)-MaxReloads)
	}
	return nil
}

func (s *memoryState) Reloads(context.Context) ([]Reloaded, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := slices.Clone(s.reloads)
	slices.Reverse(out)
	return out, nil
}
