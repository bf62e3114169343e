package gitsource_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/briefbot/briefbot/knowledge"
	"github.com/briefbot/briefbot/knowledge/gitsource"
)

// good is the bot's rule for swapping knowledge in: no problems.
func good(b *knowledge.Base) bool { return len(b.Problems) == 0 }

// This is how the bot starts from a repository, and how a reload pulls.
// A commit that fails to load is never served; the last good one is.
func ExampleOpen() {
	cfg := gitsource.Config{
		URL:      "https://github.com/example/briefings.git",
		Branch:   "main",
		Subdir:   "briefings",
		CacheDir: "/var/cache/briefbot/git",
	}
	if err := cfg.ReadSecrets("BRIEFINGS_TOKEN", "", os.Getenv); err != nil {
		slog.Error("knowledge.git", "err", err)
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	src, u, err := gitsource.Open(ctx, cfg)
	if err != nil {
		slog.Error("cannot start", "err", err) // never the built-in sample
		return
	}
	if u.Stale != nil {
		slog.Warn(u.Stale.Error()) // and /readyz shows src.Status()
	}
	base := knowledge.LoadFS(u.FS, "git "+u.Head.Short())
	if good(base) {
		if err := src.Serve(u.Head); err != nil {
			slog.Error("cannot start", "err", err) // the cache directory cannot be written
			return
		}
	} else {
		c, fsys, err := src.Served()
		if errors.Is(err, gitsource.ErrNothingServed) {
			slog.Error("cannot start: the branch head has problems", "commit", u.Head, "problems", len(base.Problems))
			return
		}
		base = knowledge.LoadFS(fsys, "git "+c.Short())
	}

	// reload:
	u, err = src.Update(ctx)
	if err != nil {
		fmt.Println("Reload failed, still serving", base.Version, "because:", err)
		return
	}
	next := knowledge.LoadFS(u.FS, "git "+u.Head.Short())
	if !good(next) {
		fmt.Println("Reload failed:", len(next.Problems), "problems in", u.Head)
		return
	}
	if err := src.Serve(u.Head); err != nil {
		fmt.Println("Reload failed:", err)
		return
	}
	fmt.Println("Now serving", u.Head)
	for _, c := range u.Since {
		fmt.Println("  ", c)
	}
}
