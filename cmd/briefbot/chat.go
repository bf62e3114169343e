package main

import (
	"context"
	"log/slog"
	"os"

	"golang.org/x/term"

	"github.com/briefbot/briefbot/adapters/console"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/knowledge"
)

func runChat(ctx context.Context, e *env, args []string) error {
	fs := e.flags("chat")
	dir := fs.String("knowledge", "", knowledgeFlag)
	if err := e.parse(fs, args); err != nil {
		return err
	}
	if err := e.noArgs(fs); err != nil {
		return err
	}
	src, err := e.open(ctx, *dir)
	if err != nil {
		return err
	}
	if err := e.summarize(src); err != nil {
		return err
	}
	cfg := config.Default()
	return e.chat(ctx, src, cfg.Console.Audience, bot.Options{Bot: cfg.Bot})
}

// chat runs the console on src: the terminal user is an admin.
func (e *env) chat(ctx context.Context, src *source, aud knowledge.Audience, o bot.Options) error {
	if o.Logger == nil {
		// Log lines would interleave with the chat; only errors show.
		o.Logger = slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	}
	o.Platforms = map[string]bot.Policy{console.Platform: consolePolicy(aud)}
	b := bot.New(src.Base, src.Load, o)
	c := console.New(console.Options{In: e.stdin, Out: e.stdout, Interactive: e.isTerminal(), User: userName(e)})
	if err := b.Serve(ctx, c); err != nil {
		return err
	}
	// Ctrl-C may have come while an answer was on its way.
	shutdown, cancel := context.WithTimeout(context.WithoutCancel(ctx), o.ShutdownTimeout)
	defer cancel()
	return b.Shutdown(shutdown)
}

// consolePolicy is how the bot treats the terminal's one user, who is
// also the operator: an admin, never rate limited.
func consolePolicy(aud knowledge.Audience) bot.Policy {
	return bot.Policy{Audience: aud, Everyone: true, Unlimited: true}
}

// isTerminal reports whether the chat talks to a person at a terminal.
func (e *env) isTerminal() bool {
	in, okIn := e.stdin.(*os.File)
	out, okOut := e.stdout.(*os.File)
	return okIn && okOut && term.IsTerminal(int(in.Fd())) && term.IsTerminal(int(out.Fd()))
}

func userName(e *env) string {
	if u := e.getenv("USER"); u != "" {
		return u
	}
	return "console"
}
