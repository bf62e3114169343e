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
	"github.com/gorilla/websocket"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/config"
)

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
	// Completer suggests option values as users type slash commands; nil
	// suggests nothing.
	Completer Completer
	// Now is the clock that dates signed interaction requests; nil means
	// time.Now.
	Now func() time.Time
	// DeferAfter is how long a slash command may take before the adapter
	// tells Discord the answer will follow (Discord allows three seconds).
	// Zero means two seconds.
	DeferAfter time.Duration
}

// Completer suggests values for a slash command option while a user
// types it. The bot core provides it, filtered by the channel's audience.
type Completer interface {
	// Complete returns what the argument of the bot's command (a
	// question when command is "") may be, matching typed and for the
	// audience of channelID. The adapter keeps the first 25.
	Complete(channelID, command, typed string) []string
}

// CompleterFunc adapts a function to the Completer interface.
type CompleterFunc func(channelID, command, typed string) []string

// Complete calls f(channelID, command, typed).
func (f CompleterFunc) Complete(channelID, command, typed string) []string {
	return f(channelID, command, typed)
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
	completer  Completer
	now        func() time.Time
	deferAfter time.Duration

	botID     atomic.Pointer[string] // from READY
	running   atomic.Bool
	up        atomic.Bool // gateway connected
	connected atomic.Bool // connected at least once in this Run
	closing   atomic.Bool

	mu    sync.Mutex
	inbox bot.Inbox       // nil unless taking messages
	ctx   context.Context // of Receive: Run's values, never cancelled
	wg    sync.WaitGroup  // messages in flight
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
		completer:  o.Completer,
		now:        o.Now,
		deferAfter: o.DeferAfter,
	}
	if a.log == nil {
		a.log = slog.New(slog.DiscardHandler)
	}
	a.log = a.log.With("platform", bot.Discord)
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

// Run registers the slash commands, connects to the gateway when
// configured, and hands every message to in until ctx ends. Then it closes
// the connection, lets the messages in flight finish their replies, and
// returns nil. It returns an error when the commands cannot be registered
// or the gateway refuses the first connection; after that, discordgo
// reconnects and resumes by itself.
func (a *Adapter) Run(ctx context.Context, in bot.Inbox) error {
	if !a.running.CompareAndSwap(false, true) {
		return errors.New("discord: already running")
	}
	defer a.running.Store(false)

	_, err := a.session.ApplicationCommandBulkOverwrite(a.appID, a.guildID, commands(), discordgo.WithContext(ctx))
	if ctx.Err() != nil {
		return nil // stopped while starting
	}
	if err != nil {
		return fmt.Errorf("discord: register slash commands (discord.application_id %s): %w", a.appID, err)
	}

	a.mu.Lock()
	a.inbox, a.ctx = in, context.WithoutCancel(ctx)
	a.mu.Unlock()
	defer a.drain()

	if a.gateway {
		a.connected.Store(false)
		a.closing.Store(false)
		if err := a.session.Open(); err != nil {
			return fmt.Errorf("discord: connect to the gateway: %w", err)
		}
		defer a.close()
	}
	a.log.Info("discord ready", "gateway", a.gateway, "guild", a.guildID)
	<-ctx.Done()
	return nil
}

// close ends the gateway connection for good.
func (a *Adapter) close() {
	a.closing.Store(true)
	a.session.Lock()
	a.session.ShouldReconnectOnError = false
	a.session.Unlock()
	if err := a.session.Close(); err != nil {
		a.log.Warn("discord: close the gateway connection", "err", err)
	}
}

// drain stops taking messages and waits for those in flight.
func (a *Adapter) drain() {
	a.mu.Lock()
	a.inbox = nil
	a.mu.Unlock()
	a.wg.Wait()
}

// Connected reports whether the gateway connection is up; without the
// gateway, whether Run is taking interactions.
func (a *Adapter) Connected() bool {
	if a.gateway {
		return a.up.Load()
	}
	return a.taking()
}

// dispatch hands m to the inbox on its own goroutine. It reports false
// when the adapter is not taking messages. For a slash command it also
// starts the clock for deferring the answer, and makes sure Discord gets
// some answer when the bot sends none.
func (a *Adapter) dispatch(m bot.Message, it *interaction) bool {
	return a.goInbox(func(ctx context.Context, in bot.Inbox) {
		if it != nil {
			it.timer = time.AfterFunc(a.deferAfter, func() { a.deferAnswer(ctx, it) })
			defer a.finish(ctx, it)
		}
		defer func() {
			if p := recover(); p != nil {
				a.log.Error("discord: message handler panicked", "panic", p,
					"channel", m.ChannelID, "message", m.MessageID, "user", m.UserID)
			}
		}()
		in.Receive(ctx, m)
	})
}

// goInbox runs f on its own goroutine, counted among the messages in
// flight, unless the adapter is not taking messages.
func (a *Adapter) goInbox(f func(ctx context.Context, in bot.Inbox)) bool {
	a.mu.Lock()
	in, ctx := a.inbox, a.ctx
	if in == nil {
		a.mu.Unlock()
		return false
	}
	a.wg.Add(1)
	a.mu.Unlock()
	go func() {
		defer a.wg.Done()
		f(ctx, in)
	}()
	return true
}

var (
	_ bot.Adapter       = (*Adapter)(nil)
	_ bot.PrivateSender = (*Adapter)(nil)
	_ bot.Editor        = (*Adapter)(nil)
	_ bot.Connector     = (*Adapter)(nil)
)
