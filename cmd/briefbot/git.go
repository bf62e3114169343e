package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/knowledge"
	"github.com/briefbot/briefbot/knowledge/gitsource"
)

// gitTimeout bounds the clone or fetch at start: a git host that does
// not answer must not hang it for good.
const gitTimeout = 2 * time.Minute

// openGit serves the knowledge from a git branch: it clones the branch
// into the cache directory, or fetches the clone there, and loads the
// head. A head with problems is not served: the last good commit is,
// and with none, start fails. When the repository cannot be reached,
// the cached good commit is served, and with none, start fails: never
// the embedded briefing, which would answer from the wrong documents.
func openGit(cfg gitsource.Config) (*source, error) {
	ctx, cancel := context.WithTimeout(context.Background(), gitTimeout)
	defer cancel()
	src, u, err := gitsource.Open(ctx, cfg)
	if err != nil {
		return nil, err
	}
	s := &source{Git: src, Stale: u.Stale}
	s.Base = knowledge.LoadFS(u.FS, src.String())
	if n := len(s.Base.Problems); n > 0 {
		c, fsys, err := src.Served()
		if errors.Is(err, gitsource.ErrNothingServed) {
			return nil, fmt.Errorf("commit %s, the head of %s, has %d problems (first: %v), and no good commit was served from %s before; "+
				"fix them, and check the branch with \"briefbot check --git URL@branch\"", u.Head, src, n, s.Base.Problems[0], cfg.CacheDir)
		}
		if err != nil {
			return nil, err
		}
		s.Rejected = fmt.Errorf("commit %s, the head of %s, has %d problems (first: %v); serving the last good commit %s",
			u.Head, src, n, s.Base.Problems[0], c)
		s.Base = knowledge.LoadFS(fsys, src.String())
		return s, nil
	}
	if err := src.Serve(u.Head); err != nil {
		return nil, err
	}
	return s, nil
}

// pollGit fetches the branch every interval until ctx ends, and reloads when
// its head moved. The reload logs what it served or why not, with the
// same summary a reload's reply has; an outage is logged once.
func pollGit(ctx context.Context, src *gitsource.Source, every time.Duration, b *bot.Bot, log *slog.Logger) {
	src.Poll(ctx, every, func(u *gitsource.Update, err error) {
		if err != nil {
			log.Warn("knowledge.git: the fetch failed; still serving the commit served", "error", err)
			return
		}
		log.Info("knowledge.git: the branch moved; reloading", "update", u)
		b.ReloadFetched(u)
	})
}
