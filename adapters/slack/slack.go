// Package slack connects the bot to Slack: it hears app mentions, direct
// messages, replies in the threads the bot takes part in and the /brief
// slash command, over Socket Mode or the HTTP Events API, and answers with
// Block Kit messages.
package slack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cenkalti/backoff/v5"
	slackapi "github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/config"
)

// Platform is Slack's name in messages, logs, metrics and the config file.
const Platform = "slack"

// Options are what an Adapter needs besides its section of the config
// file. Every zero value means the default.
type Options struct {
	// HTTPClient makes the Web API calls; a client with a 30-second
	// timeout when nil.
	HTTPClient *http.Client
	// Logger receives the adapter's logs; slog.Default() when nil. Tokens
	// and the signing secret are never logged.
	Logger *slog.Logger
	// Metrics counts sends and reconnects; nil counts nothing.
	Metrics *bot.Metrics
	// SendInterval is the least time between two messages to one
	// channel; one second when zero, which is what Slack allows.
	SendInterval time.Duration
	// ReconnectDelay is the first wait before reconnecting a dropped
	// socket; it doubles on each failure up to five minutes, give or take
	// a random half. One second when zero.
	ReconnectDelay time.Duration
	// Retry is how slack-go retries a Web API call that fails with a 429,
	// a 5xx or a dropped connection. Zero means retries(): three times,
	// waiting out a 429's Retry-After and backing off otherwise, with
	// jitter.
	Retry slackapi.RetryConfig
	// Now is the clock the request-signature window is checked against;
	// time.Now when nil.
	Now func() time.Time
}

// Adapter is the Slack platform. Create it with New, mount its HTTP
// endpoints with Register when in HTTP mode, and start it with Run.
type Adapter struct {
	cfg     config.Slack
	opts    Options
	api     *slackapi.Client
	log     *slog.Logger
	metrics *bot.Metrics
	now     func() time.Time

	out     *outbox
	threads *recent // channel/thread pairs the bot has posted in, without threadMarks

	connected atomic.Bool

	mu      sync.Mutex
	running bool
	live    *live // nil unless Run is taking messages
}

// live is what a running adapter hands each message to.
type live struct {
	in    bot.Inbox
	me    identity
	marks threadMarks
}

// threadMarks is the bot's record of the threads it posted in, where a
// reply needs no mention. The Inbox the bot hands Run is one, kept in
// the bot's State: with replicas sharing it, a reply in a thread one
// replica posted in is answered by whichever replica Slack hands it to.
// With another Inbox the adapter keeps its own record.
type threadMarks interface {
	MarkThread(ctx context.Context, platform, channelID, threadID string)
	InThread(ctx context.Context, platform, channelID, threadID string) bool
}

// localMarks keeps the threads the bot posted in in the adapter.
type localMarks struct{ threads *recent }

func (l localMarks) MarkThread(_ context.Context, _, channelID, threadID string) {
	l.threads.add(channelID + "/" + threadID)
}

func (l localMarks) InThread(_ context.Context, _, channelID, threadID string) bool {
	return l.threads.has(channelID + "/" + threadID)
}

// marks returns the record of the threads the bot posted in.
func (a *Adapter) marks() threadMarks {
	if lv := a.current(); lv != nil {
		return lv.marks
	}
	return localMarks{a.threads}
}

// identity is the bot's own user, learnt from auth.test, so it can ignore
// its own messages and find its mentions.
type identity struct {
	userID string
	botID  string
}

// New returns an adapter for the Slack section c of a config that the
// config package has validated, ready to Run.
func New(c config.Slack, o Options) *Adapter {
	defaults(&o)
	log := o.Logger.With("platform", Platform)
	// slack-go logs only in debug mode, which stays off; route it to the
	// adapter's logger anyway so nothing bypasses it.
	libLog := slog.NewLogLogger(log.Handler(), slog.LevelDebug)
	return &Adapter{
		cfg:  c,
		opts: o,
		api: slackapi.New(c.BotToken.Reveal(),
			slackapi.OptionAppLevelToken(c.AppToken.Reveal()),
			slackapi.OptionAPIURL(c.APIURL),
			slackapi.OptionHTTPClient(o.HTTPClient),
			// After OptionHTTPClient, which it wraps.
			slackapi.OptionRetryConfig(o.Retry),
			slackapi.OptionLog(libLog),
		),
		log:     log,
		metrics: o.Metrics,
		now:     o.Now,
		out:     newOutbox(o.SendInterval),
		threads: newRecent(10000, 0, o.Now),
	}
}

// Open is Slack as briefbot run starts it: the adapter for the config's
// slack section, and how the bot treats Slack's people. The adapter is
// nil when the config does not enable Slack.
func Open(c *config.Config, log *slog.Logger, m *bot.Metrics) (bot.Adapter, bot.Policy, error) {
	s := c.Slack
	policy := bot.Policy{Audience: s.Audience, Channels: s.Channels, Admins: s.Admins}
	if !s.Enabled {
		return nil, policy, nil
	}
	return New(s, Options{Logger: log, Metrics: m}), policy, nil
}

// defaults fills in the zero values of o.
func defaults(o *Options) {
	for _, d := range []struct {
		v   *time.Duration
		def time.Duration
	}{
		{&o.SendInterval, time.Second},
		{&o.ReconnectDelay, time.Second},
	} {
		if *d.v <= 0 {
			*d.v = d.def
		}
	}
	if o.HTTPClient == nil {
		o.HTTPClient = &http.Client{Timeout: 30 * time.Second}
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Retry.MaxRetries == 0 {
		o.Retry = retries()
	}
}

// retries is how a Web API call is retried: up to three times after a
// 429 (waiting its Retry-After, or a minute without one, plus up to a
// second of jitter), a 5xx or a dropped connection (backing off from a
// tenth of a second, with jitter).
func retries() slackapi.RetryConfig {
	c := slackapi.DefaultRetryConfig()
	c.Handlers = append(slackapi.AllBuiltinRetryHandlers(c), slackapi.NewServerErrorRetryHandler(c))
	return c
}

// Run learns the bot's own user with auth.test, then takes messages until
// ctx ends: over Socket Mode, reconnecting with backoff when the socket
// drops, or from the HTTP endpoints mounted with Register. Each message is
// acknowledged first, then handed to in. When ctx ends Run stops taking
// messages and returns nil; the bot finishes those in flight. It returns
// an error only when Slack refuses the tokens.
func (a *Adapter) Run(ctx context.Context, in bot.Inbox) error {
	if in == nil {
		return errors.New("slack: run: inbox is nil")
	}
	a.mu.Lock()
	if a.running {
		a.mu.Unlock()
		return errors.New("slack: run: already running")
	}
	a.running = true
	a.mu.Unlock()
	defer func() {
		a.mu.Lock()
		a.running = false
		a.mu.Unlock()
	}()

	me, err := a.identify(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	a.log.Info("slack: signed in", "user", me.userID, "mode", a.cfg.Mode)

	a.mu.Lock()
	marks, ok := in.(threadMarks)
	if !ok {
		marks = localMarks{a.threads}
	}
	a.live = &live{in: in, me: me, marks: marks}
	a.mu.Unlock()
	defer a.stop()

	if a.cfg.Mode == config.HTTPMode {
		a.connected.Store(true)
		<-ctx.Done()
		return nil
	}
	return a.runSocket(ctx)
}

// stop stops taking messages.
func (a *Adapter) stop() {
	a.mu.Lock()
	a.live = nil
	a.mu.Unlock()
	a.connected.Store(false)
}

// identify calls auth.test until it answers, backing off while Slack is
// unreachable. A refused token is an error: retrying will not fix it.
func (a *Adapter) identify(ctx context.Context) (identity, error) {
	b := newBackoff(a.opts.ReconnectDelay)
	for {
		resp, err := a.api.AuthTestContext(ctx)
		if err == nil {
			return identity{userID: resp.UserID, botID: resp.BotID}, nil
		}
		if ctx.Err() != nil {
			return identity{}, ctx.Err()
		}
		if fatal(err) {
			return identity{}, fmt.Errorf("slack: auth.test at %s refused SLACK_BOT_TOKEN or slack.api_url: %w", a.cfg.APIURL, err)
		}
		d := b.NextBackOff()
		if rl, ok := errors.AsType[*slackapi.RateLimitedError](err); ok {
			d = max(d, rl.RetryAfter)
		}
		a.log.Warn("slack: auth.test failed; retrying", "error", err, "retry_in", d)
		if sleep(ctx, d) != nil {
			return identity{}, ctx.Err()
		}
	}
}

// fatal reports whether Slack refused a token, which no retry can fix.
func fatal(err error) bool {
	switch err.Error() {
	case "invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired", "not_allowed_token_type":
		return true
	}
	if se, ok := errors.AsType[slackapi.StatusCodeError](err); ok {
		return se.Code == http.StatusUnauthorized || se.Code == http.StatusForbidden || se.Code == http.StatusNotFound
	}
	return false
}

// Connected reports whether the adapter can hear Slack: in socket mode,
// whether the socket is connected; in HTTP mode, whether Run has signed in
// and is taking requests.
func (a *Adapter) Connected() bool { return a.connected.Load() }

// current returns what Run hands messages to, or nil when it is not
// taking messages.
func (a *Adapter) current() *live {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.live
}

// dispatch hands m to the bot. It reports false when Run is not taking
// messages or the bot is shutting down.
func (a *Adapter) dispatch(m bot.Message) bool {
	lv := a.current()
	return lv != nil && lv.in.Receive(m)
}

// sleep waits for d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// newBackoff returns the delays between attempts to reach Slack: first
// about min, doubling up to five minutes, each give or take a random
// half, so that many clients cut off at once do not come back at once.
func newBackoff(min time.Duration) *backoff.ExponentialBackOff {
	b := backoff.NewExponentialBackOff()
	b.InitialInterval, b.MaxInterval = min, 5*time.Minute
	b.RandomizationFactor, b.Multiplier = 0.5, 2
	return b
}

var (
	_ bot.Adapter        = (*Adapter)(nil)
	_ bot.PrivateSender  = (*Adapter)(nil)
	_ bot.Editor         = (*Adapter)(nil)
	_ bot.Connector      = (*Adapter)(nil)
	_ bot.HTTPRegisterer = (*Adapter)(nil)
)
