package bot_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/knowledge"
)

// TestReloadAll edits a briefing without changing its size or time, as
// a restore from a backup can: reload, which trusts them, keeps serving
// the old text; reload all reads every file and serves the new.
func TestReloadAll(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "maritime.txt")
	past := time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)
	write := func(data string) {
		t.Helper()
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(path, past, past); err != nil {
			t.Fatal(err)
		}
	}
	write(publicDoc)
	base, err := knowledge.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(base, func(prev *knowledge.Base) (*knowledge.Base, error) { return knowledge.Reload(prev, dir) }, bot.Options{
		Bot:       config.Default().Bot,
		Platforms: map[string]bot.Policy{Console: {Audience: knowledge.Internal, Everyone: true, Unlimited: true}},
	})
	msg := func(text string) bot.Message {
		return bot.Message{Platform: Console, UserID: "me", Via: bot.Direct, Text: text}
	}
	write(strings.Replace(publicDoc, "Two navy port visits", "Six navy port visits", 1))

	r := one(t, b, &bottest.Recorder{}, msg("reload"))
	if !strings.Contains(r.Body, "Nothing changed.") || strings.Contains(r.Body, "every file") {
		t.Errorf("reload: %q, want nothing changed", r.Body)
	}
	if r := one(t, b, &bottest.Recorder{}, msg("port visits")); r.Body != "Two navy port visits a year." {
		t.Errorf("after reload: %q, want the text loaded first", r.Body)
	}
	r = one(t, b, &bottest.Recorder{}, msg("reload all"))
	checkBody(t, "reload all", r.Body, "Read every file again in ", "- changed: Port Visits (maritime.txt)")
	if r := one(t, b, &bottest.Recorder{}, msg("port visits")); r.Body != "Six navy port visits a year." {
		t.Errorf("after reload all: %q, want the edited text", r.Body)
	}
	if last := b.LastReload(); last == nil || !last.Full {
		t.Errorf("LastReload = %+v, want a full reload", last)
	}
}
