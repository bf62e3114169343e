package bot_test

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/go-git/go-git/v5/plumbing"

	. "github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/knowledge"
	"github.com/briefbot/briefbot/knowledge/gitsource"
	"github.com/briefbot/briefbot/knowledge/gitsource/gitsourcetest"
)

// A curator's repository: the briefings of the other tests, then edits.
var (
	gitFiles = gitsourcetest.Tree{
		"maritime.txt":       gitsourcetest.File(publicDoc),
		"internal/budget.md": gitsourcetest.File(internalDoc),
	}
	energyDoc = "## Energy\n- Solar Farms: Panels for islands.\n"
	brokenDoc = "Trade\ncaf\xe9\n"
)

// gitBot is a bot serving the main branch of a repository, started as
// briefbot run starts it: the head is loaded and, being good, served.
type gitBot struct {
	*Bot
	origin *gitsourcetest.Origin
	cfg    gitsource.Config
	src    *gitsource.Source
	log    *bottest.Buffer
	first  plumbing.Hash
}

func newGitBot(t *testing.T) *gitBot {
	t.Helper()
	o := gitsourcetest.New(t)
	first := o.Commit("main", "Add the briefings", gitFiles)
	cfg := gitsource.Config{URL: o.Dir, Branch: "main", CacheDir: filepath.Join(t.TempDir(), "cache")}
	src, u, err := gitsource.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	base := knowledge.LoadFS(u.FS, src.String())
	if len(base.Problems) > 0 {
		t.Fatalf("test repository has problems: %v", base.Problems)
	}
	if err := src.Serve(u.Head); err != nil {
		t.Fatal(err)
	}
	log := &bottest.Buffer{}
	b := testBot(t, newKB(), func(o *Options) {
		o.Git = src
		o.Logger = slog.New(slog.NewJSONHandler(log, nil))
	})
	// testBot serves the in-memory briefings; the repository's are the
	// same documents, loaded from the commit.
	if b.Base().Version != base.Version {
		t.Fatalf("the repository's briefings are version %s, the bot's %s", base.Version, b.Base().Version)
	}
	return &gitBot{Bot: b, origin: o, cfg: cfg, src: src, log: log, first: first}
}

// reload asks for a reload as an admin in an internal Slack channel and
// returns the reply.
func (g *gitBot) reload(t *testing.T) Reply {
	t.Helper()
	return got2(t, g.Bot, &bottest.Editor{}, slackMsg("UADMIN", "C1", "reload"))
}

// restart opens the cache directory again, as briefbot does at start,
// and returns the commit it would serve: the head if it is good, else
// the last one served.
func (g *gitBot) restart(t *testing.T) gitsource.Commit {
	t.Helper()
	src, u, err := gitsource.Open(context.Background(), g.cfg)
	if err != nil {
		t.Fatalf("restart: %v", err)
	}
	if b := knowledge.LoadFS(u.FS, "restart"); len(b.Problems) == 0 {
		return u.Head
	}
	c, _, err := src.Served()
	if err != nil {
		t.Fatalf("restart: the head has problems and %v", err)
	}
	return c
}

func short(h plumbing.Hash) string { return h.String()[:7] }

// checkBody checks that body holds each of want.
func checkBody(t *testing.T, what, body string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(body, w) {
			t.Errorf("%s:\n%s\nwant it to contain %q", what, body, w)
		}
	}
}

// TestGitReload pulls new commits on reload, names them with the diff,
// and records the commit served for a restart.
func TestGitReload(t *testing.T) {
	g := newGitBot(t)

	r := g.reload(t)
	if r.Kind != Info || r.Title != "Reloaded: commit "+short(g.first)+", no new commits" {
		t.Errorf("reload with nothing new: %v %q", r.Kind, r.Title)
	}
	checkBody(t, "reload with nothing new", r.Body, "Nothing changed.")

	files := gitFiles.With("energy.md", gitsourcetest.File(energyDoc))
	second := g.origin.Commit("main", "Add the energy brief", files)
	files = files.With("maritime.txt", gitsourcetest.File(publicDoc+"- Fisheries Patrols: Shared patrol schedules.\n"))
	third := g.origin.Commit("main", "Add fisheries patrols", files)

	r = g.reload(t)
	if r.Kind != Info || r.Title != "Reloaded: commit "+short(third)+" (was "+short(g.first)+")" {
		t.Errorf("reload: %v %q", r.Kind, r.Title)
	}
	checkBody(t, "reload", r.Body,
		"Serving "+short(third)+" “Add fisheries patrols” by Ann Curator, 2025-03-01 12:00 UTC, from "+g.origin.Dir+"@main.",
		"2 commits since "+short(g.first)+":\n- "+short(third)+" Add fisheries patrols (Ann Curator, 2025-03-01)\n- "+
			short(second)+" Add the energy brief (Ann Curator, 2025-03-01)\nTook ",
		"Documents: 1 added, 1 changed",
		"- added: Solar Farms (energy.md), Fisheries Patrols (maritime.txt)")
	if r := one(t, g.Bot, &bottest.Recorder{}, slackMsg("U1", "C1", "solar farms")); r.Title != "Solar Farms" {
		t.Errorf("after the reload: got %q, want the new entry", r.Title)
	}
	if last := g.LastReload(); last == nil || last.Git == nil || last.Git.Update.Head.Hash != third.String() {
		t.Errorf("LastReload = %+v, want the reload of %s", last, short(third))
	}
	if c := g.restart(t); c.Hash != third.String() {
		t.Errorf("a restart serves %s, want %s", c.Short(), short(third))
	}

	// The log has what the reply said, for reloads no one asked for.
	checkBody(t, "the log", g.log.String(), `"msg":"knowledge reloaded"`, `"commit":"`+short(third),
		`"summary":"Serving `+short(third), `2 commits since `+short(g.first))

	st := one(t, g.Bot, &bottest.Recorder{}, slackMsg("UADMIN", "C1", "status"))
	checkBody(t, "status", st.Body, "Git: serving "+short(third)+` "Add fisheries patrols" (Ann Curator, 2025-03-01) from `+g.origin.Dir+"@main")
}

// TestGitReloadForcePush tells that the branch was rewritten.
func TestGitReloadForcePush(t *testing.T) {
	g := newGitBot(t)
	files := gitFiles.With("energy.md", gitsourcetest.File(energyDoc))
	g.origin.Commit("main", "Add the energy brief", files)
	dropped := g.origin.Commit("main", "Draft a trade brief", files.With("trade.md", gitsourcetest.File("## Trade\n- Minerals: Deals.\n")))
	if r := g.reload(t); !strings.HasPrefix(r.Title, "Reloaded: commit "+short(dropped)) {
		t.Fatalf("reload: %q", r.Title)
	}

	// Both commits are dropped; one is pushed on the first instead.
	amended := g.origin.CommitOn("main", "Add the energy brief, reviewed", files, g.first)
	r := g.reload(t)
	if r.Kind != Info || r.Title != "Reloaded: commit "+short(amended)+" (was "+short(dropped)+")" {
		t.Errorf("reload after a force-push: %v %q", r.Kind, r.Title)
	}
	checkBody(t, "reload after a force-push", r.Body,
		"The branch was force-pushed: "+short(dropped)+", served before, is no longer on it; 2 commits dropped.",
		"1 new commit on the branch as it is now:\n- "+short(amended)+" Add the energy brief, reviewed (Ann Curator, ",
		"- removed: trade.md")
	if c := g.restart(t); c.Hash != amended.String() {
		t.Errorf("a restart serves %s, want %s", c.Short(), short(amended))
	}
}

// TestGitReloadBrokenCommit turns down a commit that breaks a document:
// the old commit keeps serving, now and after a restart.
func TestGitReloadBrokenCommit(t *testing.T) {
	g := newGitBot(t)
	before := g.Base().Version
	broken := g.origin.Commit("main", "Add a trade brief", gitFiles.With("trade.txt", gitsourcetest.File(brokenDoc)))

	r := g.reload(t)
	if r.Kind != Failure || r.Title != "Reload failed: still serving commit "+short(g.first) {
		t.Errorf("reload of a broken commit: %v %q", r.Kind, r.Title)
	}
	checkBody(t, "reload of a broken commit", r.Body,
		"Commit "+short(broken)+" “Add a trade brief” by Ann Curator, 2025-03-01 11:00 UTC, the head of "+g.origin.Dir+"@main, has 1 problem:\n"+
			"- trade.txt:2: invalid UTF-8",
		"\n\nStill serving "+short(g.first)+" “Add the briefings” by Ann Curator, 2025-03-01 10:00 UTC.\n",
		"`briefbot check --git URL@branch`")
	if g.Base().Version != before {
		t.Errorf("a broken commit was swapped in: version %s, want %s", g.Base().Version, before)
	}
	if c := g.restart(t); c.Hash != g.first.String() {
		t.Errorf("a restart serves %s, want the last good commit %s", c.Short(), short(g.first))
	}
	checkBody(t, "the log", g.log.String(), `"msg":"knowledge reload failed; still serving the previous version"`,
		`"commit":"`+short(broken))

	// The fix lists both commits since the one served.
	fixed := g.origin.Commit("main", "Fix the trade brief", gitFiles.With("trade.txt", gitsourcetest.File("Trade\ncafé\n")))
	r = g.reload(t)
	if r.Kind != Info || r.Title != "Reloaded: commit "+short(fixed)+" (was "+short(g.first)+")" {
		t.Errorf("reload of the fix: %v %q %q", r.Kind, r.Title, r.Body)
	}
	checkBody(t, "reload of the fix", r.Body, "2 commits since "+short(g.first)+":", short(broken)+" Add a trade brief")
}

// TestGitReloadUnreachable keeps serving what the bot has when the fetch
// fails, and says why.
func TestGitReloadUnreachable(t *testing.T) {
	g := newGitBot(t)
	before := g.Base().Version
	restore := g.origin.MoveAway()
	r := g.reload(t)
	if r.Kind != Failure || r.Title != "Reload failed: still serving commit "+short(g.first) {
		t.Errorf("reload without the repository: %v %q", r.Kind, r.Title)
	}
	checkBody(t, "reload without the repository", r.Body,
		"The fetch from the repository failed: fetch "+g.origin.Dir+"@main: repository not found\n\n"+
			"Still serving "+short(g.first)+" “Add the briefings” by Ann Curator, 2025-03-01 10:00 UTC, until a fetch works.\n"+
			"Reload again once the repository can be reached.")
	if strings.Count(r.Body, "repository not found") != 1 {
		t.Errorf("reload without the repository tells the error more than once:\n%s", r.Body)
	}
	if g.Base().Version != before {
		t.Errorf("a failed fetch changed the base: version %s, want %s", g.Base().Version, before)
	}
	st := one(t, g.Bot, &bottest.Recorder{}, slackMsg("UADMIN", "C1", "status"))
	checkBody(t, "status", st.Body, "Git: serving cached commit "+short(g.first)+" because: fetch ")

	restore()
	h := g.origin.Commit("main", "Add the energy brief", gitFiles.With("energy.md", gitsourcetest.File(energyDoc)))
	if r := g.reload(t); r.Title != "Reloaded: commit "+short(h)+" (was "+short(g.first)+")" {
		t.Errorf("reload once the repository is back: %q", r.Title)
	}
}

// TestGitReloadPublic tells a public channel the commits' hashes and
// counts, not their subjects, authors or the repository.
func TestGitReloadPublic(t *testing.T) {
	g := newGitBot(t)
	h := g.origin.Commit("main", "Add the Secret Item to the budget",
		gitFiles.With("internal/budget.md", gitsourcetest.File(internalDoc+"* **Secret Item**: Hidden.\n")))
	discord := Message{Platform: Discord, ChannelID: "C9", UserID: "111", Via: Slash, Text: "reload"}
	r := got2(t, g.Bot, &bottest.Editor{}, discord)
	if r.Kind != Info || r.Title != "Reloaded: commit "+short(h)+" (was "+short(g.first)+")" {
		t.Errorf("public reload: %v %q", r.Kind, r.Title)
	}
	checkBody(t, "public reload", r.Body, "Serving commit "+short(h)+".",
		"1 commit since "+short(g.first)+"; ask from an internal channel to see them.", "Nothing changed.")
	for _, hidden := range []string{"Secret", "Ann Curator", g.origin.Dir} {
		if strings.Contains(r.Body, hidden) {
			t.Errorf("public reload shows %q:\n%s", hidden, r.Body)
		}
	}

	g.origin.Commit("main", "Break the Secret Item", gitFiles.With("trade.txt", gitsourcetest.File(brokenDoc)))
	r = got2(t, g.Bot, &bottest.Editor{}, discord)
	checkBody(t, "public failed reload", r.Body, "the head of the branch, was turned down:\nProblems in its documents block it; ask from an internal channel",
		"Still serving "+short(h)+".\n")
	restore := g.origin.MoveAway()
	defer restore()
	r = got2(t, g.Bot, &bottest.Editor{}, discord)
	checkBody(t, "public failed fetch", r.Body, "The fetch from the repository failed; ask from an internal channel to see why.",
		"Still serving "+short(h)+", until a fetch works.")
	st := one(t, g.Bot, &bottest.Recorder{}, Message{Platform: Discord, ChannelID: "C9", UserID: "111", Via: Slash, Text: "status"})
	checkBody(t, "public status", st.Body, "Git: serving commit "+short(h))
	for _, rep := range []Reply{r, st} {
		for _, hidden := range []string{"Secret", "Ann Curator", g.origin.Dir} {
			if strings.Contains(rep.Body, hidden) {
				t.Errorf("public reply %q shows %q:\n%s", rep.Title, hidden, rep.Body)
			}
		}
	}
}

// TestGitReloadHostileCommit shows a commit's subject and author, which
// come from outside, without control or invisible characters.
func TestGitReloadHostileCommit(t *testing.T) {
	g := newGitBot(t)
	g.origin.Author = "Eve\x00 \u202eliveE\x1b[2J"
	g.origin.Commit("main", "\x1b[31mRed\x1b[0m alert \u200b<!channel> @everyone\tnow\r", gitFiles.With("energy.md", gitsourcetest.File(energyDoc)))
	r := g.reload(t)
	checkBody(t, "reload of a hostile commit", r.Body, "“Red alert <!channel> @everyone now” by Eve liveE, ")
	for _, s := range []string{r.Title, r.Body} {
		if i := strings.IndexFunc(s, func(r rune) bool {
			return r != '\n' && (unicode.IsControl(r) || unicode.Is(unicode.Cf, r))
		}); i >= 0 {
			t.Errorf("the reply holds the control character %q: %q", s[i:], s)
		}
	}
}

// TestGitReloadUnrecorded serves the new commit even when the cache
// directory cannot record it, and warns that a restart would not.
func TestGitReloadUnrecorded(t *testing.T) {
	g := newGitBot(t)
	// A directory where the record goes: renaming onto it fails, for
	// root too.
	record := filepath.Join(g.cfg.CacheDir, "served.json")
	if err := os.Remove(record); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(record, "in-the-way"), 0o755); err != nil {
		t.Fatal(err)
	}
	h := g.origin.Commit("main", "Add the energy brief", gitFiles.With("energy.md", gitsourcetest.File(energyDoc)))
	r := g.reload(t)
	if r.Kind != Info || !strings.HasPrefix(r.Title, "Reloaded: commit "+short(h)) {
		t.Errorf("reload: %v %q", r.Kind, r.Title)
	}
	checkBody(t, "reload", r.Body, "Warning: the commit could not be recorded as served (serve: cache_dir: ",
		"a restart that cannot reach the repository would serve an older one.")
	if got := one(t, g.Bot, &bottest.Recorder{}, slackMsg("U1", "C1", "solar farms")); got.Title != "Solar Farms" {
		t.Errorf("after the reload: got %q, want the new commit served", got.Title)
	}
	checkBody(t, "the log", g.log.String(), "cannot record the commit served")
}

// TestGitReloadFetched reloads from what a poll fetched without fetching
// again, and never goes back to an older head that a reload overtook.
func TestGitReloadFetched(t *testing.T) {
	g := newGitBot(t)
	files := gitFiles.With("energy.md", gitsourcetest.File(energyDoc))
	h1 := g.origin.Commit("main", "Add the energy brief", files)
	u1, err := g.src.Update(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// Unreachable: the reload must use what was fetched.
	restore := g.origin.MoveAway()
	res := g.ReloadFetched(t.Context(), u1)
	restore()
	if !res.OK || res.Git.Update.Head.Hash != h1.String() || len(res.Git.Update.Since) != 1 {
		t.Fatalf("ReloadFetched(%s) = %+v, want %s served, one commit since", short(h1), res, short(h1))
	}
	if got := one(t, g.Bot, &bottest.Recorder{}, slackMsg("U1", "C1", "solar farms")); got.Title != "Solar Farms" {
		t.Errorf("after ReloadFetched: got %q, want %s's entry", got.Title, short(h1))
	}

	// A poll fetches h2; before its reload runs, an admin's reload
	// serves h3.
	h2 := g.origin.Commit("main", "Add a note", files.With("note.md", gitsourcetest.File("## Note\n- Reminder: Call home.\n")))
	u2, err := g.src.Update(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	h3 := g.origin.Commit("main", "Drop the note", files)
	if r := g.reload(t); !strings.HasPrefix(r.Title, "Reloaded: commit "+short(h3)) {
		t.Fatalf("reload: %q", r.Title)
	}
	res = g.ReloadFetched(t.Context(), u2)
	if !res.OK || res.Git.Update.Head.Hash != h3.String() || res.Git.Update.Moved() {
		t.Errorf("ReloadFetched(%s) after %s was served = %+v; want %s again, fetched afresh", short(h2), short(h3), res.Git.Update, short(h3))
	}
	if c := g.restart(t); c.Hash != h3.String() {
		t.Errorf("a restart serves %s, want %s", c.Short(), short(h3))
	}
}
