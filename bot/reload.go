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
}

// errNoSource reports a reload without a knowledge directory.
var errNoSource = errors.New("the bot serves the embedded briefing, which cannot change; set knowledge.dir to reload from a directory")

// Reload loads the knowledge base again, off to the side, and swaps it in
// only when it loaded without problems; otherwise the bot keeps serving
// what it had. Reloads run one at a time.
func (b *Bot) Reload() ReloadResult {
	b.reloadMu.Lock()
	defer b.reloadMu.Unlock()
	start := b.now()
	old := b.Base()
	res := ReloadResult{At: start, Old: old.Version, New: old.Version}
	var next *knowledge.Base
	var err error
	if b.load == nil {
		err = errNoSource
		res.Embedded = true
	} else {
		next, err = b.load()
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
	}
	res.Stats = b.Base().Stats(knowledge.Internal)
	b.last.Store(&res)
	b.metrics.reloaded(res.OK, res.Stats.Documents, res.Stats.Entries)
	if res.OK {
		b.log.Info("knowledge reloaded", "old", res.Old, "new", res.New, "took", res.Took,
			"documents", res.Stats.Documents, "entries", res.Stats.Entries,
			"changes", res.Diff.Documents.Len()+res.Diff.Themes.Len()+res.Diff.Entries.Len()+res.Diff.Synonyms.Len())
	} else {
		b.log.Warn("knowledge reload failed; still serving the previous version", "version", res.Old,
			"problems", len(res.Problems), "first", res.Problems[0].Error())
	}
	return res
}

// LastReload returns the result of the last reload, or nil.
func (b *Bot) LastReload() *ReloadResult { return b.last.Load() }

// reload is the admin command: it reloads and shows what changed.
func (r *request) reload(string) string {
	progress := r.prepare(Reply{Kind: Info, Title: "Reloading the knowledge base…"})
	editor, canEdit := r.adapter.(Editor)
	var id string
	if canEdit {
		var err error
		if id, err = editor.Post(r.ctx, r.msg, progress); err != nil {
			canEdit = false
		}
	}
	res := r.bot.Reload()
	rep := r.prepare(reloadReply(res, r.audience))
	if canEdit {
		if err := editor.Edit(r.ctx, r.msg, id, rep); err == nil {
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
			Body: "I serve the sample briefing built into me, which cannot change. To reload, start me with a knowledge directory: `briefbot chat --knowledge ./briefings`, or knowledge.dir in the config file."}
	}
	if !res.OK {
		var lines []string
		switch {
		case a == knowledge.Public:
			// Problems name files, internal ones too.
			lines = append(lines, fmt.Sprintf("%s; ask from an internal channel to see %s.", capitalize(Count(len(res.Problems), "problem")), them(len(res.Problems))))
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
		lines = append(lines, "", fmt.Sprintf("Fix %s and reload again; `briefbot check --knowledge DIR` lists every problem.", them(len(res.Problems))))
		return Reply{Kind: Failure, Title: fmt.Sprintf("Reload failed: still serving version %s", res.Old),
			Body: strings.Join(lines, "\n")}
	}
	title := fmt.Sprintf("Reloaded: version %s", res.New)
	if res.New != res.Old {
		title += fmt.Sprintf(" (was %s)", res.Old)
	}
	lines := []string{fmt.Sprintf("Took %s. Serving %s, %s, %s.", duration(res.Took),
		Count(res.Stats.Documents, "document"), Count(res.Stats.Sections, "theme"), Count(res.Stats.Entries, "entry"))}
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
				name := showPath(c.Name)
				if c.Name != c.Document {
					name += " (" + showPath(c.Document) + ")"
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
	ext := strings.ToLower(filepath.Ext(name))
	if ext == "" {
		return true // a directory, perhaps, holding briefings
	}
	for _, e := range knowledge.Extensions {
		if ext == e {
			return true
		}
	}
	return false
}
