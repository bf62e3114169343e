package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/knowledge"
	"github.com/briefbot/briefbot/knowledge/gitsource"
)

// source is the knowledge a command serves.
type source struct {
	Base *knowledge.Base
	// Dir is the directory it was loaded from, "" for the embedded
	// briefing.
	Dir string
	// Load loads it again; nil when there is nothing to reload from.
	Load bot.Loader
	// Git is the git branch it comes from (knowledge.git), nil for a
	// directory or the embedded briefing; reloads fetch it.
	Git *gitsource.Source
	// Stale says why the commit served is the cached one: the
	// repository could not be reached at start.
	Stale error
	// Rejected says why the commit served is not the branch's head: the
	// head has problems, and the last good commit is served instead.
	Rejected error
}

// openKnowledge loads the knowledge k names, for chat, ask, check and run
// alike: k.Git's branch when it is set; k.Dir; else k.Mount,
// $BRIEFBOT_KNOWLEDGE; else, when neither is set, the embedded briefing.
// It is the one place that decides which, and what a missing directory
// means: a directory that is configured but missing, or where no
// document loads, is an error, so that a mistyped path or volume mount
// never quietly serves the sample.
func openKnowledge(k config.Knowledge) (*source, error) {
	if k.Git.URL != "" {
		return openGit(k.Git.Source)
	}
	dir := k.Dir
	if dir == "" && k.Mount != "" {
		dir = k.Mount
	}
	if dir == "" {
		return &source{Base: knowledge.Embedded()}, nil
	}
	base, err := knowledge.Load(dir)
	if err == nil && len(base.Docs) == 0 {
		err = &noDocumentsError{dir: dir, base: base}
	}
	if err != nil {
		if k.Dir == "" {
			return nil, fmt.Errorf("%s=%s: %w; mount the knowledge directory there, or unset %[1]s to serve the built-in sample",
				config.EnvKnowledge, dir, err)
		}
		return nil, err
	}
	load := func(prev *knowledge.Base) (*knowledge.Base, error) { return knowledge.Reload(prev, dir) }
	return &source{Base: base, Dir: dir, Load: load}, nil
}

// noDocumentsError reports a knowledge directory where no document
// loaded: it is empty, or every document in it is broken.
type noDocumentsError struct {
	dir  string
	base *knowledge.Base // what loaded: its problems
}

func (e *noDocumentsError) Error() string {
	if n := len(e.base.Problems); n > 0 {
		return fmt.Sprintf("no briefing document in %s loads (%s, the first: %v); run \"briefbot check --knowledge %s\"",
			e.dir, bot.Count(n, "problem"), e.base.Problems[0], e.dir)
	}
	return fmt.Sprintf("knowledge directory %s has no briefing documents (Markdown or text files)", e.dir)
}

// knowledgeFlag is the --knowledge flag of chat, ask and check: like
// knowledge.dir, it overrides $BRIEFBOT_KNOWLEDGE.
const knowledgeFlag = "knowledge `directory` (default: $" + config.EnvKnowledge + " if set, else the built-in sample briefing)"

// open opens the knowledge a command names: the --knowledge flag's
// directory, else $BRIEFBOT_KNOWLEDGE's, else the embedded briefing. It
// gives up when ctx ends (Ctrl-C, SIGTERM), however long loading takes.
func (e *env) open(ctx context.Context, dir string) (*source, error) {
	return openWithin(ctx, config.Knowledge{Dir: dir, Mount: strings.TrimSpace(e.getenv(config.EnvKnowledge))})
}

// openWithin is openKnowledge, given up when ctx ends: a knowledge
// directory that blocks reading must not keep the process from stopping.
func openWithin(ctx context.Context, k config.Knowledge) (*source, error) {
	type opened struct {
		src *source
		err error
	}
	done := make(chan opened, 1)
	go func() {
		src, err := openKnowledge(k)
		done <- opened{src, err}
	}()
	select {
	case o := <-done:
		return o.src, o.err
	case <-ctx.Done():
		return nil, fmt.Errorf("interrupted while loading the knowledge: %w", context.Cause(ctx))
	}
}

// summarize tells on standard error how many problems the knowledge has,
// and how to see them: ask and chat still answer from what loaded.
func (e *env) summarize(src *source) error {
	if n := len(src.Base.Problems); n > 0 {
		_, err := fmt.Fprintf(e.stderr, "briefbot: %s in %s (first: %v); run \"briefbot check --knowledge %s\"\n",
			bot.Count(n, "problem"), src.Dir, src.Base.Problems[0], src.Dir)
		return err
	}
	return nil
}
