package bot

import (
	"context"
	"fmt"
	"time"

	"github.com/briefbot/briefbot/knowledge"
	"github.com/briefbot/briefbot/knowledge/gitsource"
)

// fetchTimeout bounds a reload's fetch, so that a git host that stops
// answering cannot hold reloads up for good.
const fetchTimeout = 2 * time.Minute

// maxCommits bounds the commits a reload's reply lists; the log has the
// same reply.
const maxCommits = 10

// GitReload is what a reload from a git branch did (Options.Git).
type GitReload struct {
	// Repo names the repository and branch, any password redacted.
	Repo string
	// Update is what the fetch found: the head that was loaded, served
	// when the reload worked, and the commits since the one served
	// before. Its FS is dropped. Nil when the fetch failed.
	Update *gitsource.Update
	// FetchErr is why the fetch failed; the bot kept serving what it had.
	FetchErr error
	// Serving is the commit served after the reload, nil if unknown.
	Serving *gitsource.Commit
	// RecordErr is why the commit now served could not be recorded in
	// the cache directory: a restart that cannot reach the repository
	// would serve an older one.
	RecordErr error
}

// fetch fetches the branch and loads its head, for a reload, reading
// only the files whose blobs differ from prev's (all of them when prev is
// nil); the GitReload says what it found. It takes fetched instead, when
// it is set and was fetched against the commit served now. The head is
// not served yet: see serveHead.
func (b *Bot) fetch(ctx context.Context, fetched *gitsource.Update, prev *knowledge.Base) (*knowledge.Base, *GitReload, error) {
	g := &GitReload{Repo: b.git.String()}
	u := fetched
	if u == nil || !b.against(u) {
		ctx, cancel := context.WithTimeout(ctx, fetchTimeout)
		defer cancel()
		var err error
		if u, err = b.git.Update(ctx); err != nil {
			g.FetchErr = err
			return nil, g, err
		}
	}
	next := knowledge.ReloadFS(prev, u.FS, b.git.String())
	kept := *u
	kept.FS = nil // the tree is loaded; keeping it would keep its caches
	g.Update = &kept
	return next, g, nil
}

// against reports whether u was fetched against the commit served now,
// so that its Since still lists the commits since that one.
func (b *Bot) against(u *gitsource.Update) bool {
	c, _, err := b.git.Served()
	if err != nil {
		return u.Previous == nil
	}
	return u.Previous != nil && u.Previous.Hash == c.Hash
}

// serveHead records the head a reload swapped in as the commit served.
// It runs only after the swap, so that a restart never serves a commit
// the bot did not. A failure is kept in res and logged: the new commit
// is served either way.
func (b *Bot) serveHead(res *ReloadResult) {
	head := res.Git.Update.Head
	if err := b.git.Serve(head); err != nil {
		res.Git.RecordErr = err
		b.log.Warn("cannot record the commit served in knowledge.git.cache_dir; a restart that cannot reach the repository would serve an older one",
			"commit", head.Short(), "error", err)
	}
}

// noteServing sets res.Git.Serving after a reload.
func (b *Bot) noteServing(res *ReloadResult) {
	if res.OK {
		head := res.Git.Update.Head
		res.Git.Serving = &head
		return
	}
	if c, _, err := b.git.Served(); err == nil {
		res.Git.Serving = &c
	}
}

// gitStatus says which commit is served and whether the last fetch
// worked, for the status command; a public audience is told the commit
// alone.
func (b *Bot) gitStatus(a knowledge.Audience) string {
	if a != knowledge.Public {
		return outside(b.git.Status(), 600)
	}
	c, _, err := b.git.Served()
	if err != nil {
		return "no commit served yet"
	}
	return "serving commit " + c.Short()
}

// outside makes text from outside (a commit's subject, its author's
// name, a git server's words) fit to show on a line: no control or
// invisible characters, no line breaks, at most n characters. Adapters
// escape their platform's markup and mentions, as for every reply.
func outside(s string, n int) string { return shorten(clean(s), n) }

// shortHash is a commit's short hash, or "?" for none.
func shortHash(c *gitsource.Commit) string {
	if c == nil {
		return "?"
	}
	return c.Short()
}

// describe names a commit in full, on one line.
func describe(c gitsource.Commit) string {
	return fmt.Sprintf("%s “%s” by %s, %s", c.Short(), outside(c.Subject, 100), outside(c.Author, 60),
		c.When.UTC().Format("2006-01-02 15:04 MST"))
}

// listed names a commit in a list.
func listed(c gitsource.Commit) string {
	return fmt.Sprintf("- %s %s (%s, %s)", c.Short(), outside(c.Subject, 80), outside(c.Author, 40),
		c.When.UTC().Format(time.DateOnly))
}

// title is the reply's title for a reload from git, "" for one that is
// not.
func (g *GitReload) title(res ReloadResult) string {
	switch {
	case g == nil:
		return ""
	case !res.OK:
		if g.Serving == nil {
			return fmt.Sprintf("Reload failed: still serving version %s", res.Old)
		}
		return "Reload failed: still serving commit " + g.Serving.Short()
	case g.Update.Previous == nil:
		return "Reloaded: commit " + g.Update.Head.Short()
	case !g.Update.Moved():
		return fmt.Sprintf("Reloaded: commit %s, no new commits", g.Update.Head.Short())
	}
	return fmt.Sprintf("Reloaded: commit %s (was %s)", g.Update.Head.Short(), g.Update.Previous.Short())
}

// lines says what a reload from git found, before the usual counts and
// diff: the commit served and the commits since the one before, or why
// the fetch failed or the head was turned down. A public audience is told
// hashes and counts, not subjects, names or the repository, as it is told
// of internal documents.
func (g *GitReload) lines(res ReloadResult, a knowledge.Audience) []string {
	if g == nil {
		return nil
	}
	public := a == knowledge.Public
	var lines []string
	switch {
	case g.FetchErr != nil && public:
		lines = append(lines, "The fetch from the repository failed; ask from an internal channel to see why.")
	case g.FetchErr != nil:
		lines = append(lines, "The fetch from the repository failed: "+outside(g.FetchErr.Error(), 600))
	case !res.OK && public:
		lines = append(lines, fmt.Sprintf("Commit %s, the head of the branch, was turned down:", g.Update.Head.Short()))
	case !res.OK:
		lines = append(lines, fmt.Sprintf("Commit %s, the head of %s, has %s:", describe(g.Update.Head), g.Repo,
			Count(len(res.Problems), "problem")))
	default:
		lines = append(lines, g.served(public)...)
	}
	if g.RecordErr != nil && !public {
		lines = append(lines, "Warning: the commit could not be recorded as served ("+outside(g.RecordErr.Error(), 300)+
			"); a restart that cannot reach the repository would serve an older one.")
	}
	return lines
}

// served describes a successful reload's commits.
func (g *GitReload) served(public bool) []string {
	u := g.Update
	var lines []string
	if public {
		lines = append(lines, "Serving commit "+u.Head.Short()+".")
	} else {
		lines = append(lines, fmt.Sprintf("Serving %s, from %s.", describe(u.Head), g.Repo))
	}
	if u.Rewritten {
		lines = append(lines, fmt.Sprintf("The branch was force-pushed: %s, served before, is no longer on it; %s dropped.",
			shortHash(u.Previous), Count(u.Dropped, "commit")))
	}
	n := len(u.Since) + u.Omitted
	switch {
	case u.Previous == nil || n == 0:
		return lines
	case public:
		return append(lines, fmt.Sprintf("%s since %s; ask from an internal channel to see them.", Count(n, "commit"), u.Previous.Short()))
	case u.Rewritten:
		lines = append(lines, fmt.Sprintf("%s on the branch as it is now:", Count(n, "new commit")))
	default:
		lines = append(lines, fmt.Sprintf("%s since %s:", Count(n, "commit"), u.Previous.Short()))
	}
	shown := u.Since[:min(len(u.Since), maxCommits)]
	for _, c := range shown {
		lines = append(lines, listed(c))
	}
	if more := n - len(shown); more > 0 {
		lines = append(lines, fmt.Sprintf("…and %s more.", Count(more, "commit")))
	}
	return lines
}

// hint ends a failed reload from git: what is still served, and what
// to do.
func (g *GitReload) hint(a knowledge.Audience) string {
	var still string
	switch {
	case g.Serving == nil:
	case a == knowledge.Public:
		still = "Still serving " + g.Serving.Short()
	default:
		still = "Still serving " + describe(*g.Serving)
	}
	if g.FetchErr != nil {
		if still != "" {
			still += ", until a fetch works.\n"
		}
		return still + "Reload again once the repository can be reached."
	}
	if still != "" {
		still += ".\n"
	}
	return still + "Fix them in the repository and reload again; `briefbot check --git URL@branch`, run in the repository's CI, finds them before they are merged."
}
