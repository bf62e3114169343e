package main

import (
	"fmt"
	"os"

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

// openKnowledge loads the knowledge k names, for chat, ask, check and run alike:
// k.Git's branch when it is set; k.Dir; else the directory mounted at
// k.Mount, if one is there; else the embedded briefing. It is the one
// place that decides which, and what a missing directory means.
func openKnowledge(k config.Knowledge) (*source, error) {
	if k.Git.URL != "" {
		return openGit(k.Git.Source)
	}
	dir := k.Dir
	if dir == "" && k.Mount != "" {
		// A container mounts its knowledge at $BRIEFBOT_KNOWLEDGE; with
		// nothing mounted there, the embedded briefing is served.
		if info, err := os.Stat(k.Mount); err == nil && info.IsDir() {
			dir = k.Mount
		}
	}
	if dir == "" {
		return &source{Base: knowledge.Embedded()}, nil
	}
	base, err := knowledge.Load(dir)
	if err != nil {
		return nil, err
	}
	load := func(prev *knowledge.Base) (*knowledge.Base, error) { return knowledge.Reload(prev, dir) }
	return &source{Base: base, Dir: dir, Load: load}, nil
}

// summarize tells on standard error how many problems the knowledge has,
// and how to see them: ask and chat still answer from what loaded.
func (e *env) summarize(src *source) error {
	if n := len(src.Base.Problems); n > 0 {
		_, err := fmt.Fprintf(e.stderr, "briefbot: %d problems in %s (first: %v); run \"briefbot check --knowledge %s\"\n",
			n, src.Dir, src.Base.Problems[0], src.Dir)
		return err
	}
	return nil
}
