package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"golang.org/x/term"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/redisstate"
	"github.com/briefbot/briefbot/config"
)

func runRun(ctx context.Context, e *env, args []string) error {
	fs := e.flags("run")
	path := fs.String("config", e.getenv("BRIEFBOT_CONFIG"), "configuration `file`; default $BRIEFBOT_CONFIG, else the terminal chat")
	check := fs.Bool("check", false, "load and check the config file and the knowledge it serves, say what would run, and exit: 0 when all is well, 1 otherwise")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	if err := e.noArgs(fs); err != nil {
		return err
	}
	if *check {
		if *path == "" {
			return errors.New("--check needs a config file: give --config FILE or set $BRIEFBOT_CONFIG")
		}
		return e.dryRun(ctx, *path)
	}
	if *path == "" {
		// A service manager starts run without a terminal: falling back
		// to the chat there would read an empty input and exit 0, and
		// nobody would notice the missing config.
		if !e.isTerminal() {
			return errors.New("no config file: give --config FILE or set $BRIEFBOT_CONFIG (without a terminal there is no chat to fall back to)")
		}
		src, err := e.open(ctx, "")
		if err != nil {
			return err
		}
		cfg := config.Default()
		return e.chat(ctx, src, cfg.Console.Audience, bot.Options{Bot: cfg.Bot})
	}
	cfg, err := config.Load(*path)
	if err != nil {
		return err
	}
	return e.serve(ctx, cfg)
}

// serve runs every platform the config enables, the HTTP server, file
// watching and SIGHUP reloads, until ctx ends; then it stops taking
// messages, finishes the replies in flight and closes everything.
func (e *env) serve(ctx context.Context, cfg *config.Config) error {
	// SIGHUP reloads, so it must never end the process, as it would
	// before Notify: not while the knowledge first loads (one that
	// comes then reloads once serving starts), nor in the moment after
	// the HTTP server says it is listening.
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	log := newLogger(cfg.Log, e.stderr)
	key, from := "knowledge.dir", cmp.Or(cfg.Knowledge.Dir, cfg.Knowledge.Mount, "embedded")
	if cfg.Knowledge.Git.URL != "" {
		key, from = "knowledge.git", "knowledge.git" // the URL may hold a password; the source is named once loaded
	}
	log.Info("loading the knowledge", "from", from)
	src, err := openWithin(ctx, cfg.Knowledge)
	switch {
	case err != nil && ctx.Err() != nil:
		log.Info("stopped while loading the knowledge", "reason", context.Cause(ctx))
		return nil
	case err != nil && (cfg.Knowledge.Dir != "" || cfg.Knowledge.Git.URL != ""):
		return fmt.Errorf("%s: %w", key, err)
	case err != nil:
		return err
	}
	base := src.Base
	for _, p := range base.Problems {
		log.Warn("knowledge problem", "problem", p.Error())
	}
	if src.Stale != nil {
		log.Warn("knowledge.git: the repository cannot be reached; serving the cached commit", "error", src.Stale)
	}
	if src.Rejected != nil {
		log.Warn("knowledge.git: the branch head has problems; serving the last good commit", "error", src.Rejected)
	}
	loaded := []any{"source", base.Source, "version", base.Version,
		"documents", len(base.Docs), "problems", len(base.Problems), "took", base.Took}
	if src.Git != nil {
		loaded = append(loaded, "git", src.Git.Status())
	}
	log.Info("knowledge loaded", loaded...)

	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	built := readBuild()
	metrics := bot.NewMetrics(reg, bot.Build{Version: built.Version, Commit: built.Commit, GoVersion: built.Go})
	opts := bot.Options{
		Bot:       cfg.Bot,
		Logger:    log,
		Metrics:   metrics,
		Platforms: map[string]bot.Policy{},
		Git:       src.Git,
		StateDir:  cfg.State.Dir,
	}
	if cfg.State.Dir == "" {
		log.Warn("state.dir is not set, nor $XDG_STATE_HOME or $HOME: misses and feedback are kept in memory and lost on restart")
	}
	running, err := openPlatforms(cfg, log, metrics, opts.Platforms)
	if err != nil {
		return err
	}
	opts.Replica = replicaID(cfg.State)
	if cfg.State.Shared() {
		store, err := redisstate.Open(redisstate.Options{URL: cfg.State.Redis.URL, Password: cfg.State.Redis.Password.Reveal(),
			Namespace: cfg.State.Namespace, Timeout: cfg.State.Redis.Timeout, Logger: log})
		if err != nil {
			return err
		}
		defer func() {
			if err := store.Close(); err != nil {
				log.Warn("closing the connections to Redis", "error", err)
			}
		}()
		opts.State, opts.StateTimeout = store, cfg.State.Redis.Timeout
		opts.Feedback = store.Feedback(time.Now()) // every replica rates and reports the same answers
		metrics.AddStateOps()
		log.Info("sharing state with the other replicas through Redis", "replica", opts.Replica,
			"namespace", cfg.State.Namespace, "redis", redactedURL(cfg.State.Redis.URL))
	}
	if len(running) == 0 && cfg.HTTP.Listen == "" {
		if !e.isTerminal() {
			return errors.New("the config enables no chat platform and sets no http.listen, and there is no terminal to chat in: nothing to run")
		}
		log.Info("no chat platform and no http.listen; running the console")
		opts.Logger = nil // the chat shows errors only
		return e.chat(ctx, src, cfg.Console.Audience, opts)
	}
	for _, p := range running {
		metrics.AddPlatform(p.name)
	}
	b := bot.New(base, src.Load, opts)

	mux := http.NewServeMux()
	health(mux, b, running, reg, src.Git, serverLimits)
	for _, p := range running {
		if r, ok := p.adapter.(bot.HTTPRegisterer); ok {
			r.Register(mux)
		}
	}

	// One context for everything that takes messages; it ends on
	// SIGINT or SIGTERM (the caller's ctx) or when a platform fails.
	runCtx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	var wg sync.WaitGroup
	var srv *http.Server
	if cfg.HTTP.Listen != "" {
		ln, err := listen(cfg.HTTP.Listen, serverLimits)
		if err != nil {
			return err
		}
		srv = newServer(mux, serverLimits)
		log.Info("http server listening", "addr", ln.Addr().String())
		wg.Go(func() {
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				stop(fmt.Errorf("http server: %w", err))
			}
		})
	}
	wg.Go(func() { b.Coordinate(runCtx) })
	if every := cfg.Knowledge.Git.Poll; src.Git != nil && every > 0 {
		wg.Go(func() { pollGit(runCtx, src.Git, every, b, log) })
	}
	if cfg.Knowledge.Watch && src.Dir != "" {
		wg.Go(func() {
			if err := b.Watch(runCtx, src.Dir, 500*time.Millisecond); err != nil {
				log.Error("watching the knowledge directory", "error", err)
			}
		})
	}
	wg.Go(func() {
		for {
			select {
			case <-runCtx.Done():
				return
			case <-hup:
				log.Info("SIGHUP: reloading the knowledge base")
				b.Reload(runCtx)
			}
		}
	})

	var adapters sync.WaitGroup
	for _, p := range running {
		adapters.Go(func() {
			log.Info("platform starting", "platform", p.name)
			// Adapters' errors name their platform.
			if err := b.Serve(runCtx, p.adapter); err != nil {
				stop(err)
			}
		})
	}
	<-runCtx.Done()
	cause := context.Cause(runCtx)
	log.Info("stopping: finishing the replies in flight", "reason", cause, "deadline", cfg.Bot.ShutdownTimeout)
	// The deadline runs from now, while the adapters stop too.
	shutdown, cancel := context.WithTimeout(context.WithoutCancel(ctx), cfg.Bot.ShutdownTimeout)
	defer cancel()
	if err := b.Shutdown(shutdown); err != nil {
		log.Warn("shutdown", "error", err) // what is stuck is left behind
	} else {
		adapters.Wait()
	}
	if srv != nil {
		if err := srv.Shutdown(shutdown); err != nil {
			log.Warn("http server shutdown", "error", err)
		}
	}
	wg.Wait()
	if ctx.Err() == nil && cause != nil && !errors.Is(cause, context.Canceled) {
		return cause // a platform or the server failed
	}
	log.Info("stopped")
	return nil
}

// newLogger logs text to a terminal and JSON otherwise, at the
// configured level. Durations are written as seconds, in text and JSON
// alike, under their key with "_s" added: latency_s=0.0021.
func newLogger(c config.Log, w io.Writer) *slog.Logger {
	opts := &slog.HandlerOptions{Level: c.Level, ReplaceAttr: seconds}
	text := c.Format == config.FormatText
	if c.Format == config.FormatAuto {
		f, ok := w.(*os.File)
		text = ok && term.IsTerminal(int(f.Fd()))
	}
	if text {
		return slog.New(slog.NewTextHandler(w, opts))
	}
	return slog.New(slog.NewJSONHandler(w, opts))
}

// seconds writes a duration as a number of seconds, its key ending in
// "_s": slog writes durations as integer nanoseconds in JSON and as
// "2.1ms" in text.
func seconds(_ []string, a slog.Attr) slog.Attr {
	if a.Value.Kind() == slog.KindDuration {
		return slog.Float64(a.Key+"_s", a.Value.Duration().Seconds())
	}
	return a
}

// replicaID names this replica: state.replica, else the host name (a
// Kubernetes pod's name) and the process ID, which tell apart two
// replicas on one host.
func replicaID(s config.State) string {
	if s.Replica != "" {
		return s.Replica
	}
	host, err := os.Hostname()
	if err != nil || host == "" {
		host = "briefbot"
	}
	return fmt.Sprintf("%s-%d", host, os.Getpid())
}

// redactedURL hides a URL's password, for logs.
func redactedURL(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return "(unparsable)"
	}
	return u.Redacted()
}

// dryRun is run --check: it loads the config file and the knowledge it
// serves as run would, checks both, says what would run, and exits. It
// connects to nothing: neither the chat platforms nor Redis.
func (e *env) dryRun(ctx context.Context, path string) error {
	cfg, err := config.Load(path)
	if err != nil {
		return err
	}
	src, err := openWithin(ctx, cfg.Knowledge)
	if err != nil {
		key := "knowledge"
		switch {
		case cfg.Knowledge.Git.URL != "":
			key = "knowledge.git"
		case cfg.Knowledge.Dir != "":
			key = "knowledge.dir"
		}
		return fmt.Errorf("%s: %w", key, err)
	}
	base := src.Base
	var report strings.Builder
	fmt.Fprintf(&report, "%s: ok\n", path)
	fmt.Fprintf(&report, "knowledge: %s, version %s, %s\n", base.Source, base.Version, bot.Count(len(base.Docs), "document"))
	var platforms []string
	if cfg.Slack.Enabled {
		platforms = append(platforms, fmt.Sprintf("slack (%s mode)", cfg.Slack.Mode))
	}
	if cfg.Discord.Enabled {
		d := fmt.Sprintf("discord (shard %d of %d)", cfg.Discord.ShardID, cfg.Discord.ShardCount)
		if !cfg.Discord.Gateway {
			d = "discord (interactions endpoint)"
		}
		platforms = append(platforms, d)
	}
	if len(platforms) == 0 {
		platforms = append(platforms, "none")
	}
	fmt.Fprintf(&report, "platforms: %s\n", strings.Join(platforms, ", "))
	if cfg.HTTP.Listen != "" {
		fmt.Fprintf(&report, "http: %s\n", cfg.HTTP.Listen)
	}
	state := "in memory (one replica)"
	if cfg.State.Shared() {
		state = fmt.Sprintf("Redis %s, namespace %s", redactedURL(cfg.State.Redis.URL), cfg.State.Namespace)
	}
	fmt.Fprintf(&report, "state: %s\n", state)
	for _, p := range base.Problems {
		fmt.Fprintf(&report, "problem: %v\n", p)
	}
	if _, err := io.WriteString(e.stdout, report.String()); err != nil {
		return fmt.Errorf("writing the report: %w", err)
	}
	if len(base.Problems) > 0 {
		e.say("briefbot run --check: %s in the knowledge; run would leave them out\n", bot.Count(len(base.Problems), "problem"))
		return errProblems
	}
	return nil
}
