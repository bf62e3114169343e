package bot

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/briefbot/briefbot/knowledge"
	"github.com/briefbot/briefbot/knowledge/gitsource"
)

// ReloadResult is the outcome of one reload.
type ReloadResult struct {
	OK bool
	At time.Time
	// Took is how long loading and checking took.
	Took time.Duration
	// Old and New are the versions before and after; equal when the
	// reload failed.
	Old, New string
	// Diff is what changed, when the reload succeeded.
	Diff knowledge.Diff
	// Problems are why the reload failed: the new knowledge was not
	// swapped in.
	Problems []knowledge.Problem
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
}

// errNoSource reports a reload without a knowledge directory.
var errNoSource = errors.New("the bot serves the embedded briefing, which cannot change; set knowledge.dir or knowledge.git to reload from a directory or a repository")

// Reload loads the knowledge base again, off to the side, and swaps it in
// only when it loaded without problems; otherwise the bot keeps serving
// what it had. Only the files that changed are read again; the rest is
// shared with the base served. From a git branch, it fetches first, and
// records the head as served once it is swapped in. Reloads run one at a
// time.
func (b *Bot) Reload() ReloadResult { return b.reload(context.Background(), nil, false) }

// ReloadFetched is Reload from what a poll of the git branch fetched
// (the update gitsource.Source.Poll reports), without fetching again;
// unless a reload served another commit after the poll fetched, in which
// case it fetches afresh rather than go back to an older head.
func (b *Bot) ReloadFetched(u *gitsource.Update) ReloadResult {
	return b.reload(context.Background(), u, false)
}

// reload is Reload, whose fetch ends with ctx. fetched, when not nil, is
// an update fetched already. full reads every file again.
func (b *Bot) reload(ctx context.Context, fetched *gitsource.Update, full bool) ReloadResult {
	b.reloadMu.Lock()
	defer b.reloadMu.Unlock()
	start := b.now()
	old := b.Base()
	res := ReloadResult{At: start, Old: old.Version, New: old.Version, Full: full}
	prev := old
	if full {
		prev = nil
	}
	var next *knowledge.Base
	var err error
	switch {
	case b.git != nil:
		next, err = b.fetch(ctx, fetched, prev, &res)
	case b.load == nil:
		err = errNoSource
		res.Embedded = true
	default:
		next, err = b.load(prev)
	}
	res.Took = b.now().Sub(start)
	switch {
	case err != nil:
		res.Problems = []knowledge.Problem{{Path: old.Source, Msg: err.Error()}}
	case len(next.Problems) > 0:
		res.Problems = next.Problems
	default:
		b.base.Store(next)
		res.OK, res.New = true, next.Version
		res.Diff = knowledge.Compare(old, next)
		if res.Git != nil {
			b.serveHead(&res)
		}
	}
	if res.Git != nil {
		b.served(&res)
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
	if res.OK {
		b.log.Info("knowledge reloaded", append([]any{"old", res.Old, "new", res.New, "took", res.Took,
			"documents", res.Stats.Documents, "entries", res.Stats.Entries,
			"changes", res.Diff.Documents.Len() + res.Diff.Themes.Len() + res.Diff.Entries.Len() + res.Diff.Synonyms.Len()}, git...)...)
	} else {
		b.log.Warn("knowledge reload failed; still serving the previous version", append([]any{"version", res.Old,
			"problems", len(res.Problems), "first", res.Problems[0].Error()}, git...)...)
	}
	return res
}

// LastReload returns the result of the last reload, or nil.
func (b *Bot) LastReload() *ReloadResult { return b.last.Load() }

// reload is the admin command: it reloads what changed and shows it.
func (r *request) reload(string) string { return r.reloading(false) }

// reloadAll is reload reading every file again, whatever its time says:
// for a change a file's size and time do not show.
func (r *request) reloadAll(string) string { return r.reloading(true) }

// reloading runs a reload for the admin command and shows what changed.
func (r *request) reloading(full bool) string {
	progress := r.prepare(Reply{Kind: Info, Title: "Reloading the knowledge base…"})
	editor, canEdit := r.adapter.(Editor)
	var id string
	if canEdit {
		canEdit = r.deliver("progress reply not sent", func() (err error) {
			id, err = editor.Post(r.ctx, r.msg, progress)
			return err
		}) == nil
	}
	res := r.bot.reload(r.ctx, nil, full)
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

// maxDiffNames bounds the names listed per kind of change.
const maxDiffNames = 8

// reloadReply shows a reload's result to an audience. A public audience
// is told how much changed in internal documents, never what.
func reloadReply(res ReloadResult, a knowledge.Audience) Reply {
	if res.Embedded {
		return Reply{Kind: Info, Title: "Nothing to reload",
			Body: "I serve the sample briefing built into me, which cannot change. Start me with a knowledge directory (--knowledge DIR, or knowledge.dir in the config) or a git repository (knowledge.git) to reload from it."}
	}
	if !res.OK {
		lines := res.Git.lines(res, a)
		switch {
		case res.Git != nil && res.Git.FetchErr != nil:
			// The fetch error is the one problem, told above.
		case a == knowledge.Public:
			// Problems name files, internal ones too.
			lines = append(lines, fmt.Sprintf("%d problems; ask from an internal channel to see them.", len(res.Problems)))
		case len(res.Problems) > 15:
			for _, p := range res.Problems[:15] {
				lines = append(lines, p.Error())
			}
			lines = append(lines, fmt.Sprintf("…and %d more.", len(res.Problems)-15))
		default:
			for _, p := range res.Problems {
				lines = append(lines, p.Error())
			}
		}
		title, hint := fmt.Sprintf("Reload failed: still serving version %s", res.Old),
			"Fix them and reload again; `briefbot check --knowledge DIR` lists every problem."
		if res.Git != nil {
			title, hint = res.Git.title(res), res.Git.hint(a)
		}
		lines = append(lines, "", hint)
		return Reply{Kind: Failure, Title: title, Body: strings.Join(lines, "\n")}
	}
	title := fmt.Sprintf("Reloaded: version %s", res.New)
	if res.New != res.Old {
		title += fmt.Sprintf(" (was %s)", res.Old)
	}
	if res.Git != nil {
		title = res.Git.title(res)
	}
	took := fmt.Sprintf("Took %s.", round(res.Took))
	if res.Full {
		took = fmt.Sprintf("Read every file again in %s.", round(res.Took))
	}
	lines := append(res.Git.lines(res, a), fmt.Sprintf("%s Serving %d documents, %d themes, %d entries.",
		took, res.Stats.Documents, res.Stats.Sections, res.Stats.Entries))
	if res.Diff.Empty() {
		lines = append(lines, "Nothing changed.")
	}
	for _, part := range []struct {
		kind string
		c    knowledge.Changes
	}{{"Documents", res.Diff.Documents}, {"Themes", res.Diff.Themes}, {"Initiatives", res.Diff.Entries}, {"Synonyms", res.Diff.Synonyms}} {
		if part.c.Len() == 0 {
			continue
		}
		lines = append(lines, fmt.Sprintf("%s: %d added, %d removed, %d changed",
			part.kind, len(part.c.Added), len(part.c.Removed), len(part.c.Changed)))
		for _, list := range []struct {
			verb string
			cs   []knowledge.Change
		}{{"added", part.c.Added}, {"removed", part.c.Removed}, {"changed", part.c.Changed}} {
			var names []string
			hidden := 0
			for _, c := range list.cs {
				if !a.CanRead(c.Audience) {
					hidden++
					continue
				}
				name := c.Name
				if name != c.Document {
					name += " (" + c.Document + ")"
				}
				names = append(names, name)
			}
			if len(names) > maxDiffNames {
				names = append(names[:maxDiffNames], fmt.Sprintf("%d more", len(names)-maxDiffNames))
			}
			if hidden > 0 {
				names = append(names, fmt.Sprintf("%d in internal documents", hidden))
			}
			if len(names) > 0 {
				lines = append(lines, fmt.Sprintf("- %s: %s", list.verb, strings.Join(names, ", ")))
			}
		}
	}
	return Reply{Kind: Info, Title: title, Body: strings.Join(lines, "\n")}
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
			b.Reload()
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
