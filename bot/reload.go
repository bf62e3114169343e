package bot

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/briefbot/briefbot/knowledge"
	"github.com/briefbot/briefbot/knowledge/gitsource"
)

// ReloadResult is the outcome of one reload.
type ReloadResult struct {
	// OK is set when the new knowledge is served.
	OK bool
	// Anyway is set for `reload anyway`, which serves what loaded despite
	// its Problems: the documents that could not be read are left out.
	Anyway bool
	At     time.Time
	// Took is how long loading and checking took.
	Took time.Duration
	// Old and New are the versions before and after; equal when the
	// reload failed.
	Old, New string
	// Diff is what changed, when the reload succeeded.
	Diff knowledge.Diff
	// Problems are what is wrong in the knowledge directory: why the
	// reload failed, or, when it went ahead anyway, what it left out.
	Problems []knowledge.Problem
	// Err is why nothing was loaded: the directory is gone or empty, or
	// loading took too long or was interrupted.
	Err error
	// Stats counts what is served after the reload.
	Stats knowledge.Stats
	// Embedded is set when there was nothing to reload from: the bot
	// serves the briefing built into it.
	Embedded bool
	// Git is what the reload fetched, when the knowledge comes from a
	// git branch (Options.Git); nil otherwise.
	Git *GitReload
	// Full is set for a reload that read every file again, rather than
	// only those that changed.
	Full bool
	// Replicas are what every replica serves after a reload that asked
	// them all (with a Cluster), this one first; Request is the ID of
	// that request, which each replica that reloaded reports. Alone is
	// set when the others could not be asked.
	Replicas []Replica
	Request  string
	Alone    bool

	// before and after are the bases served before and after the
	// reload, and loaded the base it loaded, if any: each audience is
	// shown what it may read of them.
	before, after, loaded *knowledge.Base
}

// errNoSource reports a reload without a knowledge directory.
var errNoSource = errors.New("the bot serves the embedded briefing, which cannot change; set knowledge.dir or knowledge.git to reload from a directory or a repository")

// Reload loads the knowledge base again, off to the side, and swaps it in
// only when it loaded without problems; otherwise the bot keeps serving
// what it had. Only the files that changed are read again; the rest is
// shared with the base served. From a git branch, it fetches first, and
// records the head as served once it is swapped in.
//
// Loads run one at a time. Reload returns once the load is done, ctx
// ends or Options.ReloadTimeout passes, whichever comes first: a load
// still running then goes on alone, and what it loads is dropped. So no
// reload holds up another, or the bot's shutdown, for longer than its own
// deadline.
func (b *Bot) Reload(ctx context.Context) ReloadResult { return b.reloadEverywhere(ctx, reloading{}) }

// ReloadAnyway is Reload that swaps in what loaded despite its problems:
// the documents that loaded are served, and the result's Problems name
// what was left out. A directory with no document that loads is still
// refused.
func (b *Bot) ReloadAnyway(ctx context.Context) ReloadResult {
	return b.reloadEverywhere(ctx, reloading{anyway: true})
}

// ReloadFetched is Reload from what a poll of the git branch fetched
// (the update gitsource.Source.Poll reports), without fetching again;
// unless a reload served another commit after the poll fetched, in which
// case it fetches afresh rather than go back to an older head.
func (b *Bot) ReloadFetched(ctx context.Context, u *gitsource.Update) ReloadResult {
	return b.reloadEverywhere(ctx, reloading{fetched: u})
}

// reloading is how to reload.
type reloading struct {
	anyway  bool              // serve what loads despite problems
	full    bool              // read every file again
	fetched *gitsource.Update // a git update fetched already
}

func (b *Bot) reload(ctx context.Context, how reloading) ReloadResult {
	start := b.now()
	var l loaded
	embedded := b.load == nil && b.git == nil
	if embedded {
		l.err = errNoSource
	} else {
		l = b.loadWithin(ctx, func() loaded {
			prev := b.Base()
			if how.full {
				prev = nil
			}
			if b.git != nil {
				base, g, err := b.fetch(ctx, how.fetched, prev)
				return loaded{base, g, err}
			}
			base, err := b.load(prev)
			return loaded{base: base, err: err}
		})
	}
	next, err := l.base, l.err
	if err == nil && len(next.Docs) == 0 {
		err = errors.New("no briefing document loaded; still serving the previous version")
		if len(next.Problems) == 0 {
			err = errors.New("the knowledge directory has no briefing documents; still serving the previous version")
		}
	}

	b.applyMu.Lock()
	defer b.applyMu.Unlock()
	old := b.Base()
	res := ReloadResult{At: start, Took: b.now().Sub(start), Anyway: how.anyway, Full: how.full,
		Old: old.Version, New: old.Version, Err: err, Embedded: embedded, Git: l.git,
		before: old, after: old, loaded: next}
	if b.git != nil && res.Git == nil {
		// The load was given up on: say which repository, and why.
		res.Git = &GitReload{Repo: b.git.String(), FetchErr: err}
	}
	switch {
	case next != nil && (err != nil || len(next.Problems) > 0 && !how.anyway):
		res.Problems = next.Problems
	case err == nil:
		b.serving.Store(&served{base: next, since: b.now()})
		res.OK, res.New, res.after, res.Problems = true, next.Version, next, next.Problems
		res.Diff = knowledge.Compare(old, next)
		if !res.Diff.Empty() {
			b.guard.addReload(ctx, Reloaded{At: res.At, Old: res.Old, New: res.New, Diff: res.Diff})
		}
		if res.Git != nil {
			b.serveHead(&res)
		}
	}
	if res.Git != nil {
		b.noteServing(&res)
	}
	res.Stats = b.Base().Stats(knowledge.Internal)
	b.last.Store(&res)
	b.metrics.reloaded(res.OK, res.Stats.Documents, res.Stats.Entries)
	var git []any
	if g := res.Git; g != nil {
		// The log has what the reply tells an internal channel: the
		// commits, and the diff. A reload the poll started has no
		// reply but this.
		git = append(git, "repo", g.Repo, "summary", reloadReply(res, knowledge.Internal).Body)
		if g.Update != nil {
			git = append(git, "commit", g.Update.Head.Hash)
		}
	}
	switch {
	case res.OK:
		b.log.Info("knowledge reloaded", append([]any{"old", res.Old, "new", res.New, "took", res.Took,
			"documents", res.Stats.Documents, "entries", res.Stats.Entries, "left_out", len(res.Problems),
			"changes", res.Diff.Documents.Len() + res.Diff.Themes.Len() + res.Diff.Entries.Len() + res.Diff.Synonyms.Len()}, git...)...)
	case res.Err != nil:
		b.log.Warn("knowledge reload failed; still serving the previous version", append([]any{"version", res.Old, "error", res.Err}, git...)...)
	default:
		b.log.Warn("knowledge reload failed; still serving the previous version", append([]any{"version", res.Old,
			"problems", len(res.Problems), "first", res.Problems[0].Error()}, git...)...)
	}
	return res
}

// loaded is what a load gave: a base, and from git what it fetched.
type loaded struct {
	base *knowledge.Base
	git  *GitReload
	err  error
}

// loadWithin runs load on a goroutine of its own and waits for it,
// within Options.ReloadTimeout and while ctx lasts. The goroutine, not
// the caller, holds the token that keeps loads one at a time: a load
// that never returns keeps it, and later reloads give up waiting for it
// at their own deadline.
func (b *Bot) loadWithin(ctx context.Context, load func() loaded) loaded {
	wait, cancel := context.WithTimeout(ctx, b.opts.ReloadTimeout)
	defer cancel()
	select {
	case b.loading <- struct{}{}:
	default: // a load is running: wait for it to end, within the deadline
		select {
		case b.loading <- struct{}{}:
		case <-wait.Done():
			return loaded{err: b.gaveUp(ctx, "an earlier reload is still loading")}
		}
	}
	done := make(chan loaded, 1) // a load nobody waits for any more leaves its result here
	go func() {
		defer func() { <-b.loading }()
		defer func() {
			if p := recover(); p != nil {
				b.log.Error("panic while loading the knowledge", "panic", p, "stack", string(debug.Stack()))
				done <- loaded{err: fmt.Errorf("loading the knowledge failed: %v", p)}
			}
		}()
		done <- load()
	}()
	select {
	case l := <-done:
		return l
	case <-wait.Done():
		return loaded{err: b.gaveUp(ctx, "loading")}
	}
}

// gaveUp explains why a reload stopped waiting for what it was doing.
func (b *Bot) gaveUp(ctx context.Context, doing string) error {
	if ctx.Err() != nil {
		return fmt.Errorf("interrupted while %s: %w", strings.TrimPrefix(doing, "an earlier reload is still "), context.Cause(ctx))
	}
	return fmt.Errorf("%s after %s: a file in the knowledge directory may never end (a named pipe?) or the disk is slow; still serving the previous version",
		doing, duration(b.opts.ReloadTimeout))
}

// LastReload returns the result of the last reload, or nil.
func (b *Bot) LastReload() *ReloadResult { return b.last.Load() }

// reload is the admin command: it reloads what changed and shows it.
func (r *request) reload(string) string { return r.reloadNow(reloading{}) }

// reloadAll is reload reading every file again, whatever its time says:
// for a change a file's size and time do not show.
func (r *request) reloadAll(string) string { return r.reloadNow(reloading{full: true}) }

// reloadAnyway is `reload anyway`: it serves what loads despite problems.
func (r *request) reloadAnyway(string) string { return r.reloadNow(reloading{anyway: true}) }

// reloadNow runs a reload for an admin command and shows what changed.
func (r *request) reloadNow(how reloading) string {
	progress := r.prepare(Reply{Kind: Info, Title: "Reloading the knowledge base…"})
	editor, canEdit := r.adapter.(Editor)
	var id string
	if canEdit {
		canEdit = r.deliver("progress reply not sent", func() (err error) {
			id, err = editor.Post(r.ctx, r.msg, progress)
			return err
		}) == nil
	}
	res := r.bot.reloadEverywhere(r.ctx, how)
	rep := r.prepare(reloadReply(res, r.audience))
	if canEdit {
		err := r.deliver("reply not edited; sending it anew", func() error { return editor.Edit(r.ctx, r.msg, id, rep) })
		if err == nil {
			return outcomeCommand
		}
	}
	r.send(rep)
	return outcomeCommand
}

// maxDiffNames bounds the names listed per kind of change, and
// maxProblems the problems listed.
const (
	maxDiffNames = 8
	maxProblems  = 15
)

// reloadReply shows a reload's result to an audience. A public audience
// sees it as if the internal documents did not exist: their changes,
// problems and counts are not shown, nor counted.
func reloadReply(res ReloadResult, a knowledge.Audience) Reply {
	rep := replicaReply(res, a)
	if lines := replicaLines(res, a); len(lines) > 0 {
		rep.Body += strings.Join(lines, "\n")
	}
	return rep
}

// replicaReply shows what a reload did on this replica.
func replicaReply(res ReloadResult, a knowledge.Audience) Reply {
	if res.Embedded {
		return Reply{Kind: Info, Title: "Nothing to reload",
			Body: "I serve the sample briefing built into me, which cannot change. To reload, start me with a knowledge directory (`briefbot chat --knowledge ./briefings`, or knowledge.dir in the config file) or a git repository (knowledge.git)."}
	}
	if !res.OK {
		if res.Git != nil {
			return gitFailed(res, a)
		}
		title := fmt.Sprintf("Reload failed: still serving version %s", version(res.before, a))
		if res.Err != nil {
			return Reply{Kind: Failure, Title: title, Body: errBody(res.Err, a)}
		}
		return Reply{Kind: Failure, Title: title, Body: blockedBody(res, a)}
	}
	title := fmt.Sprintf("Reloaded: version %s", version(res.after, a))
	if was := version(res.before, a); was != version(res.after, a) {
		title += fmt.Sprintf(" (was %s)", was)
	}
	if res.Git != nil {
		title = res.Git.title(res)
	}
	took := "Took " + duration(res.Took) + "."
	if res.Full {
		took = "Read every file again in " + duration(res.Took) + "."
	}
	s := res.after.Stats(a)
	lines := append(res.Git.lines(res, a), fmt.Sprintf("%s Serving %s, %s, %s.", took,
		Count(s.Documents, "document"), Count(s.Sections, "theme"), Count(s.Entries, "entry")))
	if shown := visibleProblems(res.Problems, res.loaded, a); len(shown) > 0 {
		lines = append(lines, fmt.Sprintf("Left out, as broken (%s):", Count(len(shown), "problem")))
		lines = append(lines, problemLines(shown)...)
	}
	changes := diffLines(res.Diff, a, true)
	if len(changes) == 0 {
		changes = []string{"Nothing changed."}
	}
	return Reply{Kind: Info, Title: title, Body: strings.Join(append(lines, changes...), "\n")}
}

// errBody says why nothing could be loaded; to an internal audience
// alone, since the reason may name an internal file.
func errBody(err error, a knowledge.Audience) string {
	if a != knowledge.Internal {
		return "The knowledge could not be loaded; ask from an internal channel to see why."
	}
	return capitalize(err.Error()) + "."
}

// gitFailed shows a failed reload from git: the fetch that failed, or
// the head turned down and its problems, then what is still served.
func gitFailed(res ReloadResult, a knowledge.Audience) Reply {
	lines := res.Git.lines(res, a)
	switch {
	case res.Git.FetchErr != nil:
		// The fetch error is the one problem, told above.
	case res.Err != nil:
		lines = append(lines, errBody(res.Err, a))
	default:
		shown := visibleProblems(res.Problems, res.loaded, a)
		if len(shown) == 0 {
			lines = append(lines, "Problems in its documents block it; ask from an internal channel to see them.")
		}
		lines = append(lines, problemLines(shown)...)
	}
	lines = append(lines, "", res.Git.hint(a))
	return Reply{Kind: Failure, Title: res.Git.title(res), Body: strings.Join(lines, "\n")}
}

// blockedBody says what blocks a reload, and how to unblock it.
func blockedBody(res ReloadResult, a knowledge.Audience) string {
	shown := visibleProblems(res.Problems, res.loaded, a)
	if len(shown) == 0 {
		return "Problems in the knowledge directory block it; ask from an internal channel to see them. " +
			"`reload anyway` serves the documents that load and leaves out what is broken."
	}
	var files []string
	seen := map[string]bool{}
	for _, p := range shown {
		if !seen[p.Path] {
			seen[p.Path] = true
			files = append(files, showPath(p.Path))
		}
	}
	lines := []string{fmt.Sprintf("Blocked by %s in %s:", Count(len(shown), "problem"), Count(len(files), "file"))}
	lines = append(lines, problemLines(shown)...)
	fix := fmt.Sprintf("Fix or remove %s and `reload` again", listNames(files, 5))
	if a == knowledge.Internal && res.before.Source != "" {
		fix += fmt.Sprintf("; `briefbot check --knowledge %s` lists every problem", shellQuote(res.before.Source))
	}
	lines = append(lines, "", fix+".")
	if res.loaded != nil {
		s := res.loaded.Stats(a)
		lines = append(lines, fmt.Sprintf("Or `reload anyway`: it serves the %s that load and leaves out what is broken.",
			Count(s.Documents, "document")))
	}
	return strings.Join(lines, "\n")
}

// visibleProblems returns the problems an audience may see: all of them
// for internal audiences; for public ones, those in public documents of
// base, since a problem elsewhere may name an internal document.
func visibleProblems(ps []knowledge.Problem, base *knowledge.Base, a knowledge.Audience) []knowledge.Problem {
	if a == knowledge.Internal {
		return ps
	}
	public := map[string]bool{}
	if base != nil {
		for _, d := range base.Documents(a) {
			public[d.Path] = true
		}
	}
	var out []knowledge.Problem
	for _, p := range ps {
		if public[p.Path] {
			out = append(out, p)
		}
	}
	return out
}

// problemLines lists problems, at most maxProblems of them.
func problemLines(ps []knowledge.Problem) []string {
	var lines []string
	for i, p := range ps {
		if i == maxProblems {
			lines = append(lines, fmt.Sprintf("…and %d more.", len(ps)-maxProblems))
			break
		}
		lines = append(lines, "- "+p.Error())
	}
	return lines
}

// diffLines describes the changes an audience may read: per kind, how
// many were added, removed and changed, then their names. withRemoved
// false leaves out what was removed.
func diffLines(d knowledge.Diff, a knowledge.Audience, withRemoved bool) []string {
	var lines []string
	for _, part := range []struct {
		kind string
		c    knowledge.Changes
	}{{"Documents", d.Documents}, {"Themes", d.Themes}, {"Initiatives", d.Entries}, {"Synonyms", d.Synonyms}} {
		type list struct {
			verb string
			cs   []knowledge.Change
		}
		lists := []list{{"added", readable(part.c.Added, a)}}
		if withRemoved {
			lists = append(lists, list{"removed", readable(part.c.Removed, a)})
		}
		lists = append(lists, list{"changed", readable(part.c.Changed, a)})
		var counts, names []string
		for _, l := range lists {
			if len(l.cs) == 0 {
				continue
			}
			counts = append(counts, fmt.Sprintf("%d %s", len(l.cs), l.verb))
			var shown []string
			for _, c := range l.cs {
				name := showPath(c.Name)
				if c.Name != c.Document {
					name += " (" + showPath(c.Document) + ")"
				}
				shown = append(shown, name)
			}
			names = append(names, fmt.Sprintf("- %s: %s", l.verb, listNames(shown, maxDiffNames)))
		}
		if len(counts) > 0 {
			lines = append(lines, part.kind+": "+strings.Join(counts, ", "))
			lines = append(lines, names...)
		}
	}
	return lines
}

// readable returns the changes an audience may read.
func readable(cs []knowledge.Change, a knowledge.Audience) []knowledge.Change {
	var out []knowledge.Change
	for _, c := range cs {
		if a.CanRead(c.Audience) {
			out = append(out, c)
		}
	}
	return out
}

// listNames joins names with commas, naming at most max of them and
// counting the rest.
func listNames(names []string, max int) string {
	if len(names) > max {
		names = append(names[:max:max], fmt.Sprintf("%d more", len(names)-max))
	}
	return strings.Join(names, ", ")
}

// version identifies the knowledge an audience sees. Internal audiences
// see the base's version; public ones a version of the public documents
// and the synonyms alone, so that nothing about internal documents shows
// in it or changes it.
func version(base *knowledge.Base, a knowledge.Audience) string {
	if a == knowledge.Internal {
		return base.Version
	}
	var b strings.Builder
	for _, d := range base.Documents(a) {
		b.WriteString(d.Path + "\x00" + d.Hash + "\x00")
	}
	for _, r := range base.Synonyms.Rules {
		b.WriteString(r.Text + "\x00")
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:6])
}

// shellQuote quotes s for a POSIX shell, when it needs quoting.
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./-+:@") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// Watch reloads the knowledge base when files under dir change, until ctx
// ends. Editors write a file in bursts (a temporary file, a rename, a
// chmod); changes are debounced so a burst is one reload.
func (b *Bot) Watch(ctx context.Context, dir string, debounce time.Duration) error {
	return b.watch(ctx, dir, debounce, func(string, string) {})
}

// What the watcher reports to its trace.
const (
	traceWatching = "watching" // a directory is watched
	traceChanged  = "changed"  // a change that may change the knowledge
	traceReloaded = "reloaded" // the reload a burst of changes led to
)

// watch is Watch, telling trace what it does, in order, so that tests
// can wait for it rather than for time to pass.
func (b *Bot) watch(ctx context.Context, dir string, debounce time.Duration, trace func(what, path string)) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("watching %s: %w", dir, err)
	}
	defer func() {
		if err := w.Close(); err != nil {
			b.log.Warn("closing the knowledge directory's watcher", "error", err)
		}
	}()
	add := func(root string) {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				// A directory that vanished or cannot be read: watch
				// the others.
				b.log.Warn("cannot watch directory", "dir", path, "error", err)
				return nil
			}
			if !d.IsDir() {
				return nil
			}
			if path != root && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			if err := w.Add(path); err != nil {
				b.log.Warn("cannot watch directory", "dir", path, "error", err)
				return nil
			}
			trace(traceWatching, path)
			return nil
		})
		if err != nil {
			b.log.Warn("cannot watch directory", "dir", root, "error", err)
		}
	}
	add(dir)
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if ev.Has(fsnotify.Create) {
				if info, err := os.Stat(ev.Name); err == nil && info.IsDir() {
					add(ev.Name)
				}
			}
			if relevant(ev.Name) {
				trace(traceChanged, ev.Name)
				timer.Reset(debounce)
			}
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			b.log.Warn("watching the knowledge directory", "error", err)
		case <-timer.C:
			b.Reload(ctx)
			trace(traceReloaded, dir)
		}
	}
}

// relevant reports whether a changed path can change the knowledge base:
// a briefing document or a directory, not an editor's swap file.
func relevant(path string) bool {
	name := filepath.Base(path)
	if strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") {
		return false
	}
	if filepath.Ext(name) == "" {
		return true // a directory, perhaps, holding briefings
	}
	return knowledge.Reads(name)
}
