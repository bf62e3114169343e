package discord

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot"
)

const (
	// maxSkew is how far a signed request's timestamp may be from now:
	// older requests may be replays.
	maxSkew = 5 * time.Minute
	// maxBody bounds an interaction request; real ones are a few KiB.
	maxBody = 1 << 20
)

// interaction is the Message.Ref of a slash command or a button press.
// Send, Post and Edit answer through it rather than in the channel:
// Discord shows the answer under the command, and only an interaction
// can answer ephemerally.
type interaction struct {
	in *discordgo.Interaction
	// respond sends the first response, an interaction response in JSON:
	// through the REST callback for a gateway interaction, in the HTTP
	// response for the endpoint.
	respond func(ctx context.Context, r any) error
	// private is set for admin commands, deferred ephemerally.
	private bool
	timer   *time.Timer

	mu    sync.Mutex // serialises the responses, which build on each other
	state answerState
}

type answerState int

const (
	pending  answerState = iota // nothing sent yet
	deferred                    // Discord shows "thinking…" until @original is edited
	answered                    // @original holds an answer; more go as follow-ups
)

// hide keeps the interaction's token, a credential for answering it, out
// of err's message: transport errors quote the webhook URL it is part of.
func (it *interaction) hide(err error) error {
	if err == nil || it.in.Token == "" || !strings.Contains(err.Error(), it.in.Token) {
		return err
	}
	return hiddenToken{err, it.in.Token}
}

type hiddenToken struct {
	err   error
	token string
}

func (h hiddenToken) Error() string { return strings.ReplaceAll(h.err.Error(), h.token, "…") }
func (h hiddenToken) Unwrap() error { return h.err }

// original is the ID of an interaction's first response in webhook paths.
const original = "@original"

// none allows no mentions at all. Every message, interaction response,
// follow-up and edit carries it, so neither a question nor the knowledge
// base (@everyone in a document) can make the bot ping anyone.
func none() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// command hands a slash command to the bot, or answers it at once when it
// is not one of the bot's. It reports false when the adapter or the bot
// takes no messages.
func (a *Adapter) command(it *interaction) bool {
	d, ok := it.in.Data.(discordgo.ApplicationCommandInteractionData)
	if !ok {
		return false
	}
	text, private, err := commandText(d)
	m, ok := slashMessage(it.in, text)
	if err == nil && !ok {
		err = errors.New("the interaction names no user")
	}
	if err != nil {
		if a.current() == nil {
			return false
		}
		a.log.Warn("discord: slash command not for the bot", "channel", it.in.ChannelID, "error", err)
		// On a goroutine: over HTTP, respond waits for the handler that
		// called command to write the response.
		go a.answerNothing(context.Background(), it, "That command is not known here; try /brief help.")
		return true
	}
	it.private = private
	return a.dispatch(m, it)
}

// press hands a press of an answer's feedback button to the bot, which
// thanks the presser ephemerally: the answer stays as it is. A component
// whose custom_id is not a feedback control the bot wrote is answered at
// once with a note. It reports false when the adapter or the bot takes
// no messages.
func (a *Adapter) press(it *interaction) bool {
	d, ok := it.in.Data.(discordgo.MessageComponentInteractionData)
	if !ok {
		return false
	}
	rating, err := bot.ParseControl(d.CustomID)
	m, ok := slashMessage(it.in, "")
	if err == nil && !ok {
		err = errors.New("the interaction names no user")
	}
	if err != nil {
		if a.current() == nil {
			return false
		}
		a.log.Warn("discord: a button press not for the bot", "channel", it.in.ChannelID, "error", err)
		go a.answerNothing(context.Background(), it, "That button does nothing here.")
		return true
	}
	m.Via, m.Rating = bot.Press, &rating
	it.private = true
	return a.dispatch(m, it)
}

// autocomplete answers an autocomplete interaction with the bot's
// completions. It never reaches the bot as a message.
func (a *Adapter) autocomplete(in *discordgo.Interaction) *discordgo.InteractionResponse {
	var values []string
	completer, _ := a.current().(bot.Completer)
	if d, ok := in.Data.(discordgo.ApplicationCommandInteractionData); ok && completer != nil {
		if c, typed, ok := focused(d); ok {
			values = completer.Complete(Platform, in.ChannelID, c.Name, typed)
		}
	}
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices(values)},
	}
}

// deferAnswer tells Discord the answer will follow, when the bot has not
// answered within DeferAfter. Discord drops interactions not answered
// within three seconds.
func (a *Adapter) deferAnswer(ctx context.Context, it *interaction) {
	it.mu.Lock()
	defer it.mu.Unlock()
	if it.state != pending {
		return
	}
	// A deferral shows "thinking…" and sends no message: its data holds
	// only flags, and no allowed_mentions, which belong to the message
	// that follows.
	resp := deferral{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}
	if it.private {
		resp.Data = &deferralData{Flags: discordgo.MessageFlagsEphemeral}
	}
	err := it.respond(ctx, resp)
	if err != nil {
		a.log.Warn("discord: defer slash command answer", "channel", it.in.ChannelID, "error", it.hide(err))
		return
	}
	it.state = deferred
}

// deferral is an interaction response of type 5. discordgo's
// InteractionResponseData always holds tts, content, components and
// embeds, which a deferral must not.
type deferral struct {
	Type discordgo.InteractionResponseType `json:"type"`
	Data *deferralData                     `json:"data,omitempty"`
}

type deferralData struct {
	Flags discordgo.MessageFlags `json:"flags"`
}

// answerNothing answers a slash command that got no answer with a note.
func (a *Adapter) answerNothing(ctx context.Context, it *interaction, note string) {
	it.mu.Lock()
	defer it.mu.Unlock()
	var err error
	switch it.state {
	case pending:
		err = it.respond(ctx, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{
				Content: note, AllowedMentions: none(), Flags: discordgo.MessageFlagsEphemeral,
			},
		})
	case deferred:
		_, err = a.session.InteractionResponseEdit(it.in, &discordgo.WebhookEdit{
			Content: &note, AllowedMentions: none(),
		}, discordgo.WithContext(ctx))
	default:
		return
	}
	a.metrics.Sent(Platform, err)
	if err != nil {
		a.log.Warn("discord: answer slash command", "channel", it.in.ChannelID, "error", it.hide(err))
		return
	}
	it.state = answered
}

// Register mounts the HTTP interactions endpoint, POST
// /discord/interactions, on mux. Requests must be signed with the
// application's key (Options.PublicKey) and dated within five minutes;
// others get 401 and are not looked at (all of them, without a key). PING gets PONG at any time; other
// interactions get 503 until Run takes messages.
func (a *Adapter) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /discord/interactions", a.serveInteraction)
}

func (a *Adapter) serveInteraction(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	if err != nil {
		code := http.StatusBadRequest
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			code = http.StatusRequestEntityTooLarge
		}
		http.Error(w, "unreadable or too large request body", code)
		return
	}
	if !a.verify(r.Header, body) {
		a.log.Info("discord: refused an interaction request with a bad or stale signature", "remote", r.RemoteAddr)
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	var in discordgo.Interaction
	if err := json.Unmarshal(body, &in); err != nil {
		http.Error(w, "malformed interaction", http.StatusBadRequest)
		return
	}
	if in.Type == discordgo.InteractionPing {
		a.respondJSON(w, &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
		return
	}
	if !a.taking() {
		http.Error(w, "not taking interactions yet", http.StatusServiceUnavailable)
		return
	}
	switch in.Type {
	case discordgo.InteractionApplicationCommand:
		a.serveHandoff(w, r, &in, a.command)
	case discordgo.InteractionMessageComponent:
		a.serveHandoff(w, r, &in, a.press)
	case discordgo.InteractionApplicationCommandAutocomplete:
		a.respondJSON(w, a.autocomplete(&in))
	default:
		http.Error(w, "unsupported interaction type", http.StatusBadRequest)
	}
}

// serveHandoff hands a command or a press to the bot (through take) and
// answers the request with the first response: the answer, or the
// deferral when the bot is slow.
func (a *Adapter) serveHandoff(w http.ResponseWriter, r *http.Request, in *discordgo.Interaction, take func(*interaction) bool) {
	h := handoff{answers: make(chan answer), gone: make(chan struct{})}
	if !take(&interaction{in: in, respond: h.respond}) {
		http.Error(w, "not taking interactions", http.StatusServiceUnavailable)
		return
	}
	select {
	case ans := <-h.answers:
		err := writeJSON(w, ans.resp)
		if f, ok := w.(http.Flusher); ok {
			f.Flush()
		}
		ans.done <- err
	case <-r.Context().Done():
		close(h.gone)
	}
}

// handoff carries an HTTP interaction's first response from the goroutine
// answering it to the handler holding the request, and back whether it
// was written, so follow-ups start only once Discord has the response.
type handoff struct {
	answers chan answer
	gone    chan struct{} // the request ended unanswered
}

type answer struct {
	resp any // an interaction response, in JSON
	done chan error
}

var errRequestGone = errors.New("the interaction request ended before the answer")

func (h handoff) respond(ctx context.Context, r any) error {
	done := make(chan error, 1)
	select {
	case h.answers <- answer{r, done}:
		return <-done
	case <-h.gone:
		return errRequestGone
	case <-ctx.Done():
		return ctx.Err()
	}
}

// verify checks Discord's signature of an interaction request: Ed25519
// over the timestamp and the body. discordgo's VerifyInteraction does not
// look at the timestamp's age, so a captured request could be replayed;
// this refuses timestamps more than five minutes from now.
func (a *Adapter) verify(h http.Header, body []byte) bool {
	if a.publicKey == nil {
		return false
	}
	sig, err := hex.DecodeString(h.Get("X-Signature-Ed25519"))
	if err != nil || len(sig) != ed25519.SignatureSize {
		return false
	}
	ts := h.Get("X-Signature-Timestamp")
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return false
	}
	if age := a.now().Sub(time.Unix(sec, 0)); age > maxSkew || age < -maxSkew {
		return false
	}
	msg := make([]byte, 0, len(ts)+len(body))
	msg = append(append(msg, ts...), body...)
	return ed25519.Verify(a.publicKey, msg, sig)
}

// taking reports whether Run is taking messages.
func (a *Adapter) taking() bool { return a.current() != nil }

// respondJSON answers a request with v, and logs why when it cannot:
// Discord then retries or shows the user an error.
func (a *Adapter) respondJSON(w http.ResponseWriter, v any) {
	if err := writeJSON(w, v); err != nil {
		a.log.Warn("discord: answer an interaction request", "error", err)
	}
}

func writeJSON(w http.ResponseWriter, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "cannot encode the response", http.StatusInternalServerError)
		return err
	}
	w.Header().Set("Content-Type", "application/json")
	_, err = w.Write(b)
	return err
}
