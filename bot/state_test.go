package bot_test

import (
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/statetest"
)

// TestMemoryState runs the suite every State passes on the in-memory
// one; bot/redisstate runs it on Redis.
func TestMemoryState(t *testing.T) {
	statetest.Run(t, func(*testing.T) bot.State { return bot.NewMemoryState(nil) })
}

// TestMemoryFeedbackSuite runs the suite every FeedbackStore passes on
// the in-memory one; bot/redisstate runs it on Redis.
func TestMemoryFeedbackSuite(t *testing.T) {
	statetest.RunFeedback(t, func(_ *testing.T, since time.Time) bot.FeedbackStore { return bot.NewMemoryFeedback(since) })
}
