package slack

import (
	"container/list"
	"sync"
	"time"
)

// recent is a bounded set of recently seen keys: the least recently
// added is forgotten first, and with a ttl, keys expire.
type recent struct {
	max int
	ttl time.Duration // 0: keys expire only by eviction
	now func() time.Time

	mu    sync.Mutex
	order *list.List // of *entry, most recent first
	items map[string]*list.Element
}

type entry struct {
	key string
	at  time.Time
}

func newRecent(max int, ttl time.Duration, now func() time.Time) *recent {
	return &recent{max: max, ttl: ttl, now: now, order: list.New(), items: make(map[string]*list.Element)}
}

// add records key as seen now and reports whether it was seen already.
func (s *recent) add(key string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	if el, ok := s.items[key]; ok {
		e := el.Value.(*entry)
		fresh := !s.expired(e, now)
		e.at = now
		s.order.MoveToFront(el)
		return fresh
	}
	s.items[key] = s.order.PushFront(&entry{key: key, at: now})
	for s.order.Len() > s.max {
		last := s.order.Back()
		s.order.Remove(last)
		delete(s.items, last.Value.(*entry).key)
	}
	return false
}

// has reports whether key was seen and has not expired.
func (s *recent) has(key string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	el, ok := s.items[key]
	return ok && !s.expired(el.Value.(*entry), s.now())
}

func (s *recent) expired(e *entry, now time.Time) bool {
	return s.ttl > 0 && now.Sub(e.at) > s.ttl
}
