package redisstate

import (
	"fmt"
	"sync/atomic"
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/redisstate/redistest"
	"github.com/briefbot/briefbot/bot/statetest"
)

// namespaces numbers the namespaces of the tests, so that tests sharing
// a Redis share nothing else.
var namespaces atomic.Int64

// open returns a Store on srv in a namespace of its own.
func open(t *testing.T, srv *redistest.Server) *Store {
	t.Helper()
	s, err := Open(Options{URL: srv.URL(0), Namespace: fmt.Sprintf("test%d", namespaces.Add(1))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Error(err)
		}
	})
	return s
}

// TestSuite runs the suite every State passes on Redis.
func TestSuite(t *testing.T) {
	srv := redistest.Start(t)
	statetest.Run(t, func(t *testing.T) bot.State { return open(t, srv) })
}
