package bot_test

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	. "github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/knowledge"
)

func console(text string) Message {
	return Message{Platform: Console, ChannelID: "console", UserID: "me", Via: Direct, Text: text}
}

// TestWording checks plurals and durations in replies.
func TestWording(t *testing.T) {
	now := time.Date(2026, 11, 30, 16, 41, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	k := newKB()
	b := testBot(t, k, func(o *Options) { o.Now = clock })
	a := &bottest.Recorder{}
	ask(t, b, a, slackMsg("U1", "C1", "recipe for chocolate cake"))
	now = now.Add(4930 * time.Millisecond)
	if r := one(t, b, a, slackMsg("UADMIN", "C1", "misses")); !strings.HasPrefix(r.Body, "- 1× “recipe for chocolate cake” (last asked 5 seconds ago)\n") {
		t.Errorf("misses = %q", r.Body)
	}
	k.set("broken.txt", "Trade\ncaf\xe9\n")
	r := one(t, b, a, slackMsg("UADMIN", "C1", "reload"))
	for _, want := range []string{"Blocked by 1 problem in 1 file:", "Fix or remove broken.txt and `reload` again", "serves the 2 documents"} {
		if !strings.Contains(r.Body, want) {
			t.Errorf("reload: %q lacks %q", r.Body, want)
		}
	}
	now = now.Add(2*time.Hour + 3*time.Minute)
	r = one(t, b, a, slackMsg("UADMIN", "C1", "status"))
	for _, want := range []string{"loaded 2 hours ago (2026-11-30 16:41 UTC)", "Serving: 2 documents, 3 themes, 11 entries",
		"Last reload: 2 hours ago, failed: 1 problem, took less than a millisecond", "Uptime: 2 hours 3 minutes"} {
		if !strings.Contains(r.Body, want) {
			t.Errorf("status: %q lacks %q", r.Body, want)
		}
	}
	k.set("broken.txt", "")
	k.set("internal/budget.md", "")
	r = one(t, b, a, slackMsg("UADMIN", "C1", "reload"))
	if !strings.Contains(r.Body, "Serving 1 document, 2 themes, 8 entries.") {
		t.Errorf("reload: %q, want one document counted in the singular", r.Body)
	}
}

// TestHostileFileNames checks that a document's path that could forge a
// line of a reply is shown quoted.
func TestHostileFileNames(t *testing.T) {
	base := knowledge.LoadFS(fstest.MapFS{
		"evil\n- fake.md: Fake (9 themes).md": {Data: []byte("## Trade\n- Minerals: Deals.\n")},
	}, "test")
	b := New(base, nil, Options{Bot: config.Default().Bot,
		Platforms: map[string]Policy{Console: {Audience: knowledge.Internal, Everyone: true, Unlimited: true}}})
	a := &bottest.Recorder{}
	for _, text := range []string{"sources", "themes", "minerals"} {
		r := one(t, b, a, console(text))
		shown := r.Body + "\n" + r.Source.String()
		if strings.Contains(shown, "\n- fake.md") || !strings.Contains(shown, `"evil\n- fake.md: Fake (9 themes).md"`) {
			t.Errorf("%s shows the file name unquoted: %q", text, shown)
		}
	}
}
