package bot_test

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/statetest"
)

// TestMemoryState runs the suite every State passes on the in-memory
// one; bot/redisstate runs it on Redis.
func TestMemoryState(t *testing.T) {
	statetest.Run(t, func(*testing.T) bot.State { return bot.NewMemoryState(nil) })
}
