package slack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	slackapi "github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

// stableAfter is how long a connection must have lasted for the next
// reconnect to start again from the shortest delay.
const stableAfter = time.Minute

// errSessionOver refuses a second apps.connections.open to a client
// whose connection has ended: the next connection is runSocket's to make.
var errSessionOver = errors.New("socket mode session over")

// errDropped says a connected socket went away: Slack asked to reconnect,
// stopped sending pings, or the network failed.
var errDropped = errors.New("socket connection dropped")

// runSocket keeps a Socket Mode connection open until ctx ends.
//
// slack-go's client reconnects by itself, but immediately and without
// limit after a connection that opened and then dropped, so a server
// that accepts and closes would make it spin. Each connection therefore
// gets its own client, and the waits between them are ours.
func (a *Adapter) runSocket(ctx context.Context) error {
	b := newBackoff(a.opts.ReconnectDelay)
	everConnected := false
	for {
		s := a.socketOnce(ctx, everConnected)
		everConnected = everConnected || s.connected
		if ctx.Err() != nil {
			return nil
		}
		if s.fatal {
			return fmt.Errorf("slack: apps.connections.open at %s refused SLACK_APP_TOKEN: %w", a.cfg.APIURL, s.err)
		}
		if s.connected && s.lasted >= stableAfter {
			b.Reset()
		}
		d := max(b.NextBackOff(), s.retryAfter)
		a.log.Warn("slack: socket mode disconnected; reconnecting", "error", s.err, "retry_in", d)
		if sleep(ctx, d) != nil {
			return nil
		}
	}
}

// session is how one Socket Mode connection ended.
type session struct {
	connected  bool          // the websocket opened
	lasted     time.Duration // how long it stayed open
	err        error         // why it ended
	fatal      bool          // Slack refused the app token
	retryAfter time.Duration // Slack asked to wait this long
}

// socketOnce opens one Socket Mode connection and serves it until it
// ends, acknowledging and dispatching what arrives.
func (a *Adapter) socketOnce(ctx context.Context, reconnect bool) session {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	libLog := slog.NewLogLogger(a.log.Handler(), slog.LevelDebug)
	api := slackapi.New(a.cfg.BotToken.Reveal(),
		slackapi.OptionAppLevelToken(a.cfg.AppToken.Reveal()),
		slackapi.OptionAPIURL(a.cfg.APIURL),
		slackapi.OptionHTTPClient(&openOnce{client: a.opts.HTTPClient}),
		slackapi.OptionLog(libLog),
	)
	client := socketmode.New(api, socketmode.OptionLog(libLog))
	done := make(chan error, 1)
	go func() { done <- client.RunContext(ctx) }()

	var s session
	var since time.Time
	returned := false
	end := func(err error) session {
		cancel()
		if !returned {
			if err := <-done; err != nil && ctx.Err() == nil {
				a.log.Debug("slack: socket mode client stopped", "error", err)
			}
		}
		a.connected.Store(false)
		s.err = err
		if s.connected {
			s.lasted = time.Since(since)
		}
		return s
	}
	for {
		select {
		case err := <-done:
			// RunContext returns by itself only when Slack refused the
			// token; otherwise ctx ended.
			returned = true
			s.fatal = ctx.Err() == nil && err != nil
			return end(err)
		case evt := <-client.Events:
			switch evt.Type {
			case socketmode.EventTypeConnecting:
				if s.connected {
					return end(errDropped)
				}
			case socketmode.EventTypeConnectionError:
				var err error = errDropped
				if ce, ok := evt.Data.(*slackapi.ConnectionErrorEvent); ok && ce.ErrorObj != nil {
					err = ce.ErrorObj
				}
				if rl, ok := errors.AsType[*slackapi.RateLimitedError](err); ok {
					s.retryAfter = rl.RetryAfter
				}
				if fatal(err) {
					s.fatal = true
				}
				return end(err)
			case socketmode.EventTypeConnected:
				s.connected = true
				since = time.Now()
				a.connected.Store(true)
				if reconnect {
					a.metrics.Reconnected(Platform)
				}
				a.log.Info("slack: socket mode connected", "reconnect", reconnect)
			case socketmode.EventTypeEventsAPI, socketmode.EventTypeSlashCommand, socketmode.EventTypeInteractive:
				a.envelope(ctx, client, evt)
			case socketmode.EventTypeIncomingError, socketmode.EventTypeErrorBadMessage, socketmode.EventTypeErrorWriteFailed:
				a.log.Warn("slack: socket mode error", "type", evt.Type, "data", fmt.Sprint(evt.Data))
			}
		}
	}
}

// envelope acknowledges one Socket Mode request, then hands what it
// carries to the inbox, so Slack's three-second ack never waits on an
// answer.
func (a *Adapter) envelope(ctx context.Context, client *socketmode.Client, evt socketmode.Event) {
	if evt.Request == nil {
		return
	}
	if err := client.AckCtx(ctx, evt.Request.EnvelopeID, nil); err != nil {
		a.log.Warn("slack: acknowledging an envelope failed", "envelope_id", evt.Request.EnvelopeID, "error", err)
	}
	lv := a.current()
	if lv == nil {
		return
	}
	switch data := evt.Data.(type) {
	case slackevents.EventsAPIEvent:
		a.event(ctx, lv, data)
	case slackapi.SlashCommand:
		if m, ok := slashMessage(data); ok {
			a.dispatch(m)
		} else {
			a.log.Warn("slack: unknown slash command", "command", data.Command)
		}
	case slackapi.InteractionCallback:
		if m, ok := interactionMessage(data); ok {
			a.dispatch(m)
		}
	}
}

// event dispatches one Events API event, unless it is not for the bot,
// with its event ID, so that the bot answers it once however often Slack
// delivers it (Slack retries events it thinks were lost). It reports
// false only when Run is no longer taking messages.
func (a *Adapter) event(ctx context.Context, lv *live, ev slackevents.EventsAPIEvent) bool {
	cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent)
	if !ok {
		return true
	}
	inThread := func(channel, threadTS string) bool { return lv.marks.InThread(ctx, Platform, channel, threadTS) }
	m, ok := messageFrom(ev.InnerEvent.Data, lv.me, inThread)
	if !ok {
		return true
	}
	// The bot answers an event ID once, whichever replica Slack's
	// retry reaches.
	m.EventID = cb.EventID
	return a.dispatch(m)
}

// openOnce lets a Socket Mode client open one connection only: slack-go
// would otherwise start the next one before we could stop it.
type openOnce struct {
	client *http.Client
	used   atomic.Bool
}

// Do sends req unless it is a second apps.connections.open.
func (o *openOnce) Do(req *http.Request) (*http.Response, error) {
	if strings.HasSuffix(req.URL.Path, "/apps.connections.open") && o.used.Swap(true) {
		return nil, errSessionOver
	}
	return o.client.Do(req)
}
