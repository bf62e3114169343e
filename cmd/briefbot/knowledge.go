package main

import (
	"fmt"
	"os"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/knowledge"
)

// source is the knowledge a command serves.
type source struct {
	Base *knowledge.Base
	// Dir is the directory it was loaded from, "" for the embedded
	// briefing.
	Dir string
	// Load loads it again; nil when there is nothing to reload from.
	Load bot.Loader
}

// openKnowledge loads the knowledge k names, for chat, ask, check and run alike:
// k.Dir; else the directory mounted at k.Mount, if one is there; else the
// embedded briefing. It is the one place that decides which, and what a
// missing directory means.
func openKnowledge(k config.Knowledge) (*source, error) {
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
	load := func() (*knowledge.Base, error) { return knowledge.Load(dir) }
	return &source{Base: base, Dir: dir, Load: load}, nil
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
