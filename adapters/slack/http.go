package slack

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	slackapi "github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

// maxBody bounds what the endpoints read of a request; Slack's are a few
// kilobytes.
const maxBody = 1 << 20

// signatureWindow is how far a request's timestamp may be from now, which
// keeps a captured request from being replayed later.
const signatureWindow = 5 * time.Minute

// Errors of request verification. They never contain the secret.
var (
	errNoSecret       = errors.New("no signing secret configured")
	errMissingHeaders = errors.New("missing X-Slack-Signature or X-Slack-Request-Timestamp")
	errStale          = errors.New("timestamp outside the 5-minute window")
	errBadSignature   = errors.New("signature does not match")
)

// Register mounts the HTTP endpoints Slack calls in HTTP mode on mux:
// POST /slack/events, /slack/commands and /slack/interactions. Every
// request must carry a valid signature, or it gets 401 and is not looked
// at; a valid one is acknowledged at once and answered asynchronously.
// Until Run takes messages, and after it stops, requests get 503 so that
// Slack retries them.
func (a *Adapter) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST "+eventsPath, a.serveEvents)
	mux.HandleFunc("POST "+commandsPath, a.serveCommands)
	mux.HandleFunc("POST "+interactionsPath, a.serveInteractions)
}

// The paths of the endpoints, as manifest-http.yaml gives them to Slack.
const (
	eventsPath       = "/slack/events"
	commandsPath     = "/slack/commands"
	interactionsPath = "/slack/interactions"
)

// serveEvents takes Events API requests: the url_verification handshake
// and event callbacks.
func (a *Adapter) serveEvents(w http.ResponseWriter, r *http.Request) {
	body, ok := a.verified(w, r)
	if !ok {
		return
	}
	ev, err := slackevents.ParseEvent(body, slackevents.OptionNoVerifyToken())
	if err != nil {
		var probe struct{ Type string }
		if json.Unmarshal(body, &probe) != nil {
			http.Error(w, "body is not an Events API event", http.StatusBadRequest)
			return
		}
		// An event the app does not subscribe to: acknowledge it, or Slack
		// retries it.
		a.log.Debug("slack: ignoring an event", "error", err)
		w.WriteHeader(http.StatusOK)
		return
	}
	switch ev.Type {
	case slackevents.URLVerification:
		uv, _ := ev.Data.(*slackevents.EventsAPIURLVerificationEvent)
		if uv == nil {
			http.Error(w, "no challenge", http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]string{"challenge": uv.Challenge})
	case slackevents.CallbackEvent:
		lv := a.current()
		if lv == nil || !a.event(r.Context(), lv, ev) {
			unavailable(w)
			return
		}
		if n := r.Header.Get("X-Slack-Retry-Num"); n != "" {
			a.log.Debug("slack: event retried by Slack", "retry", n, "reason", r.Header.Get("X-Slack-Retry-Reason"))
		}
		w.WriteHeader(http.StatusOK)
	case slackevents.AppRateLimited:
		a.log.Warn("slack: Slack is dropping events: the app exceeded its event rate limit")
		w.WriteHeader(http.StatusOK)
	default:
		w.WriteHeader(http.StatusOK)
	}
}

// serveCommands takes slash commands.
func (a *Adapter) serveCommands(w http.ResponseWriter, r *http.Request) {
	body, ok := a.verified(w, r)
	if !ok {
		return
	}
	form, err := url.ParseQuery(string(body))
	if err != nil {
		http.Error(w, "body is not a form", http.StatusBadRequest)
		return
	}
	cmd := parseSlash(form)
	m, ok := slashMessage(cmd)
	if !ok {
		a.log.Warn("slack: unknown slash command", "command", cmd.Command)
		w.WriteHeader(http.StatusOK)
		return
	}
	if !a.dispatch(m) {
		unavailable(w)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// serveInteractions takes clicks on the bot's buttons: "Share in
// channel" and an answer's feedback buttons.
func (a *Adapter) serveInteractions(w http.ResponseWriter, r *http.Request) {
	body, ok := a.verified(w, r)
	if !ok {
		return
	}
	cb, err := parseInteraction(body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if m, ok := interactionMessage(cb); ok && !a.dispatch(m) {
		unavailable(w)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// parseInteraction reads an interaction from the form Slack posts: its
// JSON is in the payload field.
func parseInteraction(body []byte) (slackapi.InteractionCallback, error) {
	var cb slackapi.InteractionCallback
	form, err := url.ParseQuery(string(body))
	if err != nil {
		return cb, fmt.Errorf("body is not a form: %w", err)
	}
	payload := form.Get("payload")
	if payload == "" {
		return cb, errors.New("form has no payload")
	}
	if err := json.Unmarshal([]byte(payload), &cb); err != nil {
		return cb, fmt.Errorf("payload is not an interaction: %w", err)
	}
	return cb, nil
}

// verified reads the request body and checks its signature. On failure it
// answers the request (401 for a bad signature) and reports false.
func (a *Adapter) verified(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	if err != nil {
		code := http.StatusBadRequest
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			code = http.StatusRequestEntityTooLarge
		}
		http.Error(w, "body too large or unreadable", code)
		return nil, false
	}
	if err := verify(r.Header, body, a.cfg.SigningSecret.Reveal(), a.now()); err != nil {
		a.log.Warn("slack: rejected a request", "path", r.URL.Path, "remote", r.RemoteAddr, "error", err)
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return nil, false
	}
	return body, true
}

// verify checks Slack's v0 request signature: an HMAC-SHA256, keyed with
// the signing secret, of "v0:" + timestamp + ":" + body, with the
// timestamp within five minutes of now. slack-go's SecretsVerifier checks
// the window against the wall clock, which tests cannot set, so this is
// our own.
func verify(h http.Header, body []byte, secret string, now time.Time) error {
	if secret == "" {
		return errNoSecret
	}
	ts, sig := h.Get("X-Slack-Request-Timestamp"), h.Get("X-Slack-Signature")
	if ts == "" || sig == "" {
		return errMissingHeaders
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return fmt.Errorf("timestamp %q is not a number", ts)
	}
	if now.Sub(time.Unix(sec, 0)).Abs() > signatureWindow {
		return errStale
	}
	hexSig, ok := strings.CutPrefix(sig, "v0=")
	if !ok {
		return errBadSignature
	}
	got, err := hex.DecodeString(hexSig)
	if err != nil {
		return errBadSignature
	}
	return checkMAC(secret, ts, body, got)
}

// checkMAC compares got with the signature of the timestamp and body in
// constant time.
func checkMAC(secret, ts string, body, got []byte) error {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte("v0:" + ts + ":"))
	mac.Write(body)
	if !hmac.Equal(mac.Sum(nil), got) {
		return errBadSignature
	}
	return nil
}

// unavailable tells Slack to try again later: the adapter is not taking
// messages.
func unavailable(w http.ResponseWriter) {
	w.Header().Set("Retry-After", "5")
	http.Error(w, "not ready", http.StatusServiceUnavailable)
}
