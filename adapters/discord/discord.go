// Package discord connects the bot to Discord: slash commands, mentions
// and direct messages over the gateway, and optionally an HTTP
// interactions endpoint for deployments without a gateway connection.
// Replies are rendered as embeds within Discord's limits and never ping
// anyone.
package discord

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/cenkalti/backoff/v5"
	"github.com/gorilla/websocket"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/config"
)

// Platform is Discord's name in messages, logs, metrics and the config file.
const Platform = "discord"

const (
	// defaultTimeout bounds one REST request, as discordgo's own client does.
	defaultTimeout = 20 * time.Second
	// defaultDeferAfter leaves a second of Discord's three to send the
	// deferral itself.
	defaultDeferAfter = 2 * time.Second
)

// Options are what an Adapter needs besides its section of the config
// file. Every zero value means the default.
type Options struct {
	// HTTPClient is the base client for REST requests; the adapter sends
	// them through a copy of it. Nil means a client with a 20 s timeout.
	HTTPClient *http.Client
	// Logger receives the adapter's logs; nil discards them.
	Logger *slog.Logger
	// Metrics counts sends and reconnects; nil counts nothing.
	Metrics *bot.Metrics
	// Now is the clock that dates signed interaction requests; nil means
	// time.Now.
	Now func() time.Time
	// DeferAfter is how long a slash command may take before the adapter
	// tells Discord the answer will follow (Discord allows three seconds).
	// Zero means two seconds.
	DeferAfter time.Duration
	// RetryDelay is the first wait before trying again to reach Discord
	// at start; it doubles on each failure up to five minutes, give or
	// take a random half. Zero means one second.
	RetryDelay time.Duration
}

// Adapter is the Discord platform. Create it with New.
type Adapter struct {
	session    *discordgo.Session
	appID      string
	guildID    string
	gateway    bool
	publicKey  ed25519.PublicKey // nil: the HTTP endpoint refuses everything
	log        *slog.Logger
	metrics    *bot.Metrics
	now        func() time.Time
	deferAfter time.Duration
	retryDelay time.Duration
	api        string // the REST base every request goes to

	botID     atomic.Pointer[string] // from READY
	running   atomic.Bool
	up        atomic.Bool // gateway connected
	connected atomic.Bool // connected at least once in this Run
	closing   atomic.Bool

	mu    sync.Mutex
	inbox bot.Inbox // nil unless taking messages
}

// New returns an adapter for the Discord section c of a config that the
// config package has validated, ready to Run.
func New(c config.Discord, o Options) (*Adapter, error) {
	apiURL, err := url.Parse(c.APIURL)
	if err != nil {
		return nil, fmt.Errorf("discord.api_url: %w", err)
	}
	var key ed25519.PublicKey
	if c.PublicKey != "" {
		if key, err = hex.DecodeString(c.PublicKey); err != nil {
			return nil, fmt.Errorf("discord.public_key: %w", err)
		}
	}
	token := "Bot " + c.BotToken.Reveal()
	s, err := discordgo.New(token)
	if err != nil {
		return nil, fmt.Errorf("discord: new session: %w", err)
	}
	s.Client = client(o.HTTPClient, apiURL)
	d := *websocket.DefaultDialer
	s.Dialer = &d
	s.ShardID, s.ShardCount = c.ShardID, c.ShardCount
	s.Identify.Intents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages
	if c.MessageContent {
		s.Identify.Intents |= discordgo.IntentsMessageContent
	}
	s.StateEnabled = false // the adapter keeps no guild state
	// Handlers run in discordgo's reading goroutine, in order, so connect
	// and disconnect are seen as they happened. They only hand work off.
	s.SyncEvents = true
	s.LogLevel = discordgo.LogError

	a := &Adapter{
		session:    s,
		appID:      c.ApplicationID,
		guildID:    c.GuildID,
		gateway:    c.Gateway,
		publicKey:  key,
		log:        o.Logger,
		metrics:    o.Metrics,
		now:        o.Now,
		deferAfter: o.DeferAfter,
		retryDelay: o.RetryDelay,
		api:        apiURL.String(),
	}
	if a.retryDelay <= 0 {
		a.retryDelay = time.Second
	}
	if a.log == nil {
		a.log = slog.New(slog.DiscardHandler)
	}
	a.log = a.log.With("platform", Platform)
	if a.now == nil {
		a.now = time.Now
	}
	if a.deferAfter <= 0 {
		a.deferAfter = defaultDeferAfter
	}
	s.AddHandler(a.onReady)
	s.AddHandler(a.onConnect)
	s.AddHandler(a.onDisconnect)
	s.AddHandler(a.onMessage)
	s.AddHandler(a.onInteraction)
	return a, nil
}

// Open is Discord as briefbot run starts it: the adapter for the config's
// discord section, and how the bot treats Discord's people. The adapter
// is nil when the config does not enable Discord.
func Open(c *config.Config, log *slog.Logger, m *bot.Metrics) (bot.Adapter, bot.Policy, error) {
	d := c.Discord
	policy := bot.Policy{Audience: d.Audience, Channels: d.Channels, Admins: d.Admins, AdminRoles: d.AdminRoles}
	if !d.Enabled {
		return nil, policy, nil
	}
	a, err := New(d, Options{Logger: log, Metrics: m})
	if err != nil {
		return nil, policy, err
	}
	return a, policy, nil
}

// Run registers the slash commands, connects to the gateway when
// configured, and hands every message to in until ctx ends. Then it stops
// taking messages, closes the connection and returns nil; the bot
// finishes the messages in flight. While Discord cannot be reached at
// start, Run logs it and tries again, backing off, and the adapter is not
// Connected; once connected, discordgo reconnects and resumes by itself.
// Run returns an error only when Discord refuses the token or the
// application.
func (a *Adapter) Run(ctx context.Context, in bot.Inbox) error {
	if !a.running.CompareAndSwap(false, true) {
		return errors.New("discord: already running")
	}
	defer a.running.Store(false)

	register := func() error {
		_, err := a.session.ApplicationCommandBulkOverwrite(a.appID, a.guildID, commands(), discordgo.WithContext(ctx))
		if err != nil {
			return fmt.Errorf("discord: register slash commands (discord.application_id %s): %w", a.appID, err)
		}
		return nil
	}
	if ok, err := a.retry(ctx, register); !ok || ctx.Err() != nil {
		return err // nil when stopped while starting
	}

	a.mu.Lock()
	a.inbox = in
	a.mu.Unlock()
	defer a.stop()

	if a.gateway {
		a.connected.Store(false)
		a.closing.Store(false)
		open := func() error {
			if err := a.session.Open(); err != nil {
				return fmt.Errorf("discord: connect to the gateway: %w", err)
			}
			return nil
		}
		if ok, err := a.retry(ctx, open); !ok {
			return err
		}
		defer a.close()
	}
	a.log.Info("discord ready", "gateway", a.gateway, "guild", a.guildID)
	<-ctx.Done()
	a.stop() // before closing the connection, which takes a second
	return nil
}

// retry calls fn until it succeeds, reporting true, or until ctx ends or
// Discord refuses the bot's credentials, reporting false and, for a
// refusal, the error. Between attempts it logs the failure and waits,
// each time about twice as long, up to five minutes, with jitter so that
// bots cut off together do not come back together.
func (a *Adapter) retry(ctx context.Context, fn func() error) (bool, error) {
	b := backoff.NewExponentialBackOff()
	b.InitialInterval, b.MaxInterval = a.retryDelay, 5*time.Minute
	b.RandomizationFactor, b.Multiplier = 0.5, 2
	for {
		err := fn()
		if err == nil {
			return true, nil // the caller undoes it if ctx has ended
		}
		if ctx.Err() != nil {
			return false, nil // stopped while starting
		}
		err = a.dialled(err)
		if refused(err) {
			return false, err
		}
		d := b.NextBackOff()
		a.log.Warn("discord: cannot reach Discord; trying again", "error", err, "retry_in", d)
		t := time.NewTimer(d)
		select {
		case <-ctx.Done():
			t.Stop()
			return false, nil
		case <-t.C:
		}
	}
}

// refused reports whether Discord refused the token (401), the
// application or the guild (403, 404): trying again will not help.
func refused(err error) bool {
	if re, ok := errors.AsType[*discordgo.RESTError](err); ok && re.Response != nil {
		switch re.Response.StatusCode {
		case http.StatusUnauthorized, http.StatusForbidden, http.StatusNotFound:
			return true
		}
	}
	return false
}

// close ends the gateway connection for good.
func (a *Adapter) close() {
	a.closing.Store(true)
	a.session.Lock()
	a.session.ShouldReconnectOnError = false
	a.session.Unlock()
	if err := a.session.Close(); err != nil {
		a.log.Warn("discord: close the gateway connection", "error", err)
	}
}

// stop stops taking messages.
func (a *Adapter) stop() {
	a.mu.Lock()
	a.inbox = nil
	a.mu.Unlock()
}

// Connected reports whether the gateway connection is up; without the
// gateway, whether Run is taking interactions.
func (a *Adapter) Connected() bool {
	if a.gateway {
		return a.up.Load()
	}
	return a.taking()
}

// current returns the inbox Run takes messages for, or nil.
func (a *Adapter) current() bot.Inbox {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.inbox
}

// dispatch hands m to the bot. It reports false when the adapter or the
// bot takes no messages. For a slash command it also starts the clock
// for deferring the answer; Finish makes sure Discord gets some answer.
func (a *Adapter) dispatch(m bot.Message, it *interaction) bool {
	in := a.current()
	if in == nil {
		return false
	}
	if it != nil {
		m.Ref = it
		it.timer = time.AfterFunc(a.deferAfter, func() { a.deferAnswer(context.Background(), it) })
	}
	if !in.Receive(m) {
		if it != nil {
			it.timer.Stop()
		}
		return false
	}
	return true
}

// Finish answers a slash command the bot sent nothing for, or left
// deferred: Discord shows an error for an interaction never answered,
// and "thinking…" forever for one deferred and never followed up.
func (a *Adapter) Finish(ctx context.Context, m *bot.Message) {
	it, ok := m.Ref.(*interaction)
	if !ok {
		return
	}
	it.timer.Stop()
	a.answerNothing(ctx, it, "Nothing to show.")
}

var (
	_ bot.Adapter        = (*Adapter)(nil)
	_ bot.PrivateSender  = (*Adapter)(nil)
	_ bot.Editor         = (*Adapter)(nil)
	_ bot.Connector      = (*Adapter)(nil)
	_ bot.Finisher       = (*Adapter)(nil)
	_ bot.HTTPRegisterer = (*Adapter)(nil)
)
