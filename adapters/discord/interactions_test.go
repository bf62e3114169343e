package discord

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"

	"github.com/briefbot/briefbot/adapters/discord/discordtest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/config"
)

// commandInteraction is an INTERACTION_CREATE for /brief sub, with
// option name/value pairs, from a guild member.
func commandInteraction(sub string, options ...string) map[string]any {
	n := seq.Add(1)
	var opts []any
	for i := 0; i+1 < len(options); i += 2 {
		opts = append(opts, map[string]any{"name": options[i], "type": 3, "value": options[i+1]})
	}
	return map[string]any{
		"id":             fmt.Sprintf("i%d", n),
		"application_id": discordtest.ApplicationID,
		"type":           2,
		"token":          fmt.Sprintf("tok%d", n),
		"channel_id":     channelID,
		"guild_id":       guildID,
		"member": map[string]any{
			"user":  map[string]any{"id": userID, "username": "ann", "global_name": "Ann"},
			"roles": []string{adminRole},
		},
		"data": map[string]any{
			"id": "cmd1", "name": "brief", "type": 1,
			"options": []any{map[string]any{"name": sub, "type": 1, "options": opts}},
		},
		"version": 1,
	}
}

// autocompleteInteraction is a user typing typed into option of /brief sub.
func autocompleteInteraction(sub, option, typed string) map[string]any {
	in := commandInteraction(sub)
	in["type"] = 4
	in["data"].(map[string]any)["options"] = []any{map[string]any{
		"name": sub, "type": 1,
		"options": []any{map[string]any{"name": option, "type": 3, "value": typed, "focused": true}},
	}}
	return in
}

func callbackPath(in map[string]any) string {
	return "interactions/" + in["id"].(string) + "/" + in["token"].(string) + "/callback"
}

func webhookPath(in map[string]any) string {
	return "webhooks/" + discordtest.ApplicationID + "/" + in["token"].(string)
}

// callbacks returns the interaction responses sent for in.
func callbacks(t *testing.T, f *discordtest.Server, in map[string]any) []discordtest.Callback {
	t.Helper()
	var out []discordtest.Callback
	for _, r := range f.Sent("POST", callbackPath(in)) {
		var c discordtest.Callback
		if err := json.Unmarshal(r.Body, &c); err != nil {
			t.Fatal(err)
		}
		out = append(out, c)
	}
	return out
}

type completion struct{ channel, command, typed string }

// completer returns 30 suggestions, some too long, empty or repeated, and
// records what it was asked.
type completer struct {
	mu    sync.Mutex
	calls []completion
}

func (c *completer) Complete(platform, channelID, command, typed string) []string {
	if platform != Platform {
		panic("completions asked for platform " + platform)
	}
	c.mu.Lock()
	c.calls = append(c.calls, completion{channelID, command, typed})
	c.mu.Unlock()
	out := []string{typed + " first", "", typed + " first", strings.Repeat("long ", 40)}
	for i := len(out); i < 30; i++ {
		out = append(out, fmt.Sprintf("%s %d", typed, i))
	}
	return out
}

func (c *completer) asked() []completion {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]completion(nil), c.calls...)
}

func TestGatewaySlashCommands(t *testing.T) {
	t.Parallel()
	f := discordtest.NewServer(t)
	a, _ := newAdapter(t, f, config.Discord{Gateway: true}, Options{})
	in := newInbox(cannedReply)
	start(t, a, in)

	dm := commandInteraction("ask", "question", "budget?")
	delete(dm, "member")
	delete(dm, "guild_id")
	dm["user"] = map[string]any{"id": "u2", "username": "bo"}

	tests := []struct {
		name      string
		event     map[string]any
		text      string
		user      string
		ephemeral bool
		content   string // of a reply without embeds
	}{
		{"ask", commandInteraction("ask", "question", "  what is the budget? "), "what is the budget?", userID, false, ""},
		{"themes", commandInteraction("themes"), "themes", userID, false, ""},
		{"initiatives", commandInteraction("initiatives", "theme", "Water"), "initiatives Water", userID, false, ""},
		{"show", commandInteraction("show", "title", "Clean water"), "show Clean water", userID, false, ""},
		{"admin reply is ephemeral", commandInteraction("reload"), "reload", userID, true, ""},
		{"refusal is ephemeral", commandInteraction("ask", "question", "denied"), "denied", userID, true, ""},
		{"in a direct message", dm, "budget?", "u2", false, ""},
		{"no reply at all", commandInteraction("ask", "question", "silent"), "silent", userID, true, "Nothing to show."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f.Dispatch("INTERACTION_CREATE", tc.event)
			got := in.Next(t)
			if got.Via != bot.Slash || got.Text != tc.text || got.UserID != tc.user || got.ChannelID != channelID {
				t.Errorf("received %v %q from %s in %s, want slash %q from %s in %s",
					got.Via, got.Text, got.UserID, got.ChannelID, tc.text, tc.user, channelID)
			}
			if _, ok := got.Ref.(*interaction); !ok {
				t.Errorf("Ref = %T, want the interaction", got.Ref)
			}
			if tc.content == "" {
				if err := in.SendErr(t); err != nil {
					t.Fatalf("Send() = %v", err)
				}
			}
			var cbs []discordtest.Callback
			bottest.Eventually(t, "the interaction response", func() bool {
				cbs = callbacks(t, f, tc.event)
				return len(cbs) > 0
			})
			c := cbs[0]
			if len(cbs) != 1 || c.Type != 4 || c.Data == nil {
				t.Fatalf("interaction responses = %+v, want one of type 4", cbs)
			}
			if eph := c.Data.Flags&64 != 0; eph != tc.ephemeral {
				t.Errorf("ephemeral = %v, want %v", eph, tc.ephemeral)
			}
			if tc.content != "" && c.Data.Content != tc.content {
				t.Errorf("content = %q, want %q", c.Data.Content, tc.content)
			}
			if tc.content == "" && len(c.Data.Embeds) == 0 {
				t.Errorf("the answer has no embed")
			}
		})
	}
}

func TestGatewayAutocomplete(t *testing.T) {
	t.Parallel()
	f := discordtest.NewServer(t)
	c := &completer{}
	a, _ := newAdapter(t, f, config.Discord{Gateway: true}, Options{})
	in := newInbox(cannedReply)
	in.Completions = c.Complete
	start(t, a, in)

	ev := autocompleteInteraction("initiatives", "theme", "Wa")
	f.Dispatch("INTERACTION_CREATE", ev)
	var cbs []discordtest.Callback
	bottest.Eventually(t, "the choices", func() bool {
		cbs = callbacks(t, f, ev)
		return len(cbs) > 0
	})
	checkChoices(t, cbs[0], "Wa")
	if diff := cmp.Diff([]completion{{channelID, "initiatives", "Wa"}}, c.asked(), cmp.AllowUnexported(completion{})); diff != "" {
		t.Errorf("Complete calls (-want +got):\n%s", diff)
	}
	if got := in.Received(); len(got) != 0 {
		t.Errorf("autocomplete reached the bot: %+v", got)
	}
}

func checkChoices(t *testing.T, c discordtest.Callback, typed string) {
	t.Helper()
	if c.Type != 8 || c.Data == nil {
		t.Fatalf("autocomplete response = %+v, want type 8 with choices", c)
	}
	if n := len(c.Data.Choices); n != maxChoices {
		t.Errorf("%d choices, want %d", n, maxChoices)
	}
	if first := c.Data.Choices[0]; first.Name != typed+" first" || first.Value != typed+" first" {
		t.Errorf("first choice = %+v, want %q", first, typed+" first")
	}
	seen := map[string]bool{}
	for _, ch := range c.Data.Choices {
		v, _ := ch.Value.(string)
		if ch.Name == "" || length(ch.Name) > maxChoiceLength || v == "" || length(v) > maxChoiceLength || seen[v] {
			t.Errorf("choice %+v is empty, repeated or over %d characters", ch, maxChoiceLength)
		}
		seen[v] = true
	}
}

func TestDeferredAnswers(t *testing.T) {
	t.Parallel()
	f := discordtest.NewServer(t)
	a, _ := newAdapter(t, f, config.Discord{Gateway: true}, Options{DeferAfter: time.Nanosecond})
	in := newInbox(cannedReply)
	// The bot answers only once the deferral is out: as slow as can be.
	var current map[string]any
	var mu sync.Mutex
	in.Hold = func(bot.Message) {
		mu.Lock()
		ev := current
		mu.Unlock()
		bottest.Poll(func() bool { return len(f.Sent("POST", callbackPath(ev))) > 0 })
	}
	start(t, a, in)

	tests := []struct {
		name           string
		event          map[string]any
		silent         bool // the bot sends nothing
		deferEphemeral bool
		want           []string // requests after the deferral
		ephemeral      bool     // of the follow-up
	}{
		{"answer edits the deferral", commandInteraction("ask", "question", "budget"), false, false,
			[]string{"PATCH messages/@original"}, false},
		{"admin command defers ephemerally", commandInteraction("reload"), false, true,
			[]string{"PATCH messages/@original"}, false},
		{"refusal after a public deferral", commandInteraction("ask", "question", "denied"), false, false,
			[]string{"DELETE messages/@original", "POST follow-up"}, true},
		{"no answer ends the thinking", commandInteraction("ask", "question", "silent"), true, false,
			[]string{"PATCH messages/@original"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			mu.Lock()
			current = tc.event
			mu.Unlock()
			f.Dispatch("INTERACTION_CREATE", tc.event)
			in.Next(t)
			if !tc.silent {
				if err := in.SendErr(t); err != nil {
					t.Fatalf("Send() = %v", err)
				}
			}
			var got []string
			var followUps []discordtest.Request
			bottest.Eventually(t, "the answer", func() bool {
				got, followUps = nil, nil
				for _, r := range f.Requests() {
					rest, ok := strings.CutPrefix(r.Path, webhookPath(tc.event))
					switch {
					case !ok:
					case rest == "":
						got = append(got, r.Method+" follow-up")
						followUps = append(followUps, r)
					default:
						got = append(got, r.Method+" "+strings.TrimPrefix(rest, "/"))
					}
				}
				return len(got) >= len(tc.want)
			})
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("requests after the deferral (-want +got):\n%s", diff)
			}
			for _, r := range followUps {
				if m, _ := message(t, r); (m.Flags&64 != 0) != tc.ephemeral {
					t.Errorf("follow-up ephemeral = %v, want %v", m.Flags&64 != 0, tc.ephemeral)
				}
			}
			cbs := callbacks(t, f, tc.event)
			if len(cbs) != 1 || cbs[0].Type != 5 {
				t.Fatalf("interaction responses = %+v, want one deferral (type 5)", cbs)
			}
			if eph := cbs[0].Data != nil && cbs[0].Data.Flags&64 != 0; eph != tc.deferEphemeral {
				t.Errorf("deferral ephemeral = %v, want %v", eph, tc.deferEphemeral)
			}
		})
	}
}

func TestPostEditInteraction(t *testing.T) {
	t.Parallel()
	f := discordtest.NewServer(t)
	a, _ := newAdapter(t, f, config.Discord{Gateway: true}, Options{})
	in := newInbox(noReply)
	release := make(chan struct{})
	defer close(release) // before Run stops: it waits for the bot
	in.Hold = func(bot.Message) { <-release }
	start(t, a, in)

	ev := commandInteraction("reload")
	f.Dispatch("INTERACTION_CREATE", ev)
	m := in.Next(t)
	ctx := context.Background()

	id, err := a.Post(ctx, &m, bot.Reply{Kind: bot.Info, Body: "Reloading…", Private: true})
	if err != nil || id != original {
		t.Fatalf("Post() = %q, %v, want %q", id, err, original)
	}
	if err := a.Edit(ctx, &m, id, bot.Reply{Kind: bot.Info, Body: "Reloaded: 2 documents changed.", Private: true}); err != nil {
		t.Fatalf("Edit() = %v", err)
	}
	edits := f.Sent("PATCH", webhookPath(ev)+"/messages/@original")
	if len(edits) != 1 {
		t.Fatalf("edits of @original = %d, want 1", len(edits))
	}
	if msg, _ := message(t, edits[0]); len(msg.Embeds) != 1 || msg.Embeds[0].Description != "Reloaded: 2 documents changed." {
		t.Errorf("edited to %s", edits[0].Body)
	}
	if err := a.Edit(ctx, &m, id, bot.Reply{Kind: bot.Info, Body: strings.Repeat("Changed. ", 1500), Private: true}); err != nil {
		t.Fatalf("Edit(longer) = %v", err)
	}
	follow := f.Sent("POST", webhookPath(ev))
	if len(follow) == 0 {
		t.Fatal("a longer edit sent no follow-up")
	}
	for _, r := range follow {
		if msg, _ := message(t, r); msg.Flags&64 == 0 {
			t.Errorf("follow-up of a private reply is not ephemeral: %s", r.Body)
		}
	}
}

// signer signs interaction requests as Discord does.
type signer struct {
	key ed25519.PrivateKey
	now time.Time
}

func newSigner() signer {
	return signer{
		key: ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, ed25519.SeedSize)),
		now: time.Unix(1_750_000_000, 0),
	}
}

func (s signer) publicKey() string { return hex.EncodeToString(s.key.Public().(ed25519.PublicKey)) }

func (s signer) headers(body []byte, at time.Time) http.Header {
	ts := strconv.FormatInt(at.Unix(), 10)
	h := http.Header{}
	h.Set("X-Signature-Timestamp", ts)
	h.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(s.key, append([]byte(ts), body...))))
	h.Set("Content-Type", "application/json")
	return h
}

// endpoint serves a's interactions endpoint on a local server.
func endpoint(t *testing.T, a *Adapter) string {
	t.Helper()
	mux := http.NewServeMux()
	a.Register(mux)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv.URL + "/discord/interactions"
}

// postInteraction sends body with headers h, as Discord would.
func postInteraction(t *testing.T, url string, body []byte, h http.Header) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header = h
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if err := resp.Body.Close(); err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, b
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func httpAdapter(t *testing.T, f *discordtest.Server, s signer, c config.Discord, o Options) *Adapter {
	t.Helper()
	c.PublicKey = s.publicKey()
	o.Now = func() time.Time { return s.now }
	a, _ := newAdapter(t, f, c, o)
	return a
}

func TestEndpointSignatures(t *testing.T) {
	t.Parallel()
	f := discordtest.NewServer(t)
	s := newSigner()
	a := httpAdapter(t, f, s, config.Discord{}, Options{})
	in := newInbox(cannedReply)
	start(t, a, in)
	url := endpoint(t, a)

	ping := []byte(`{"id":"p1","application_id":"app1","type":1,"token":"t","version":1}`)
	command := mustJSON(t, commandInteraction("reload"))
	other := signer{key: ed25519.NewKeyFromSeed(bytes.Repeat([]byte{8}, ed25519.SeedSize)), now: s.now}
	with := func(h http.Header, key, value string) http.Header {
		h = h.Clone()
		if value == "" {
			h.Del(key)
		} else {
			h.Set(key, value)
		}
		return h
	}
	tests := []struct {
		name   string
		body   []byte
		header http.Header
		status int
	}{
		{"ping", ping, s.headers(ping, s.now), http.StatusOK},
		{"ping almost five minutes old", ping, s.headers(ping, s.now.Add(-maxSkew+time.Second)), http.StatusOK},
		{"signed by another key", ping, other.headers(ping, s.now), http.StatusUnauthorized},
		{"body changed after signing", []byte(`{"type":1,"id":"p2"}`), s.headers(ping, s.now), http.StatusUnauthorized},
		{"stale", ping, s.headers(ping, s.now.Add(-maxSkew-time.Second)), http.StatusUnauthorized},
		{"from the future", ping, s.headers(ping, s.now.Add(maxSkew+time.Second)), http.StatusUnauthorized},
		{"timestamp changed after signing", ping, with(s.headers(ping, s.now), "X-Signature-Timestamp", strconv.FormatInt(s.now.Unix()-1, 10)), http.StatusUnauthorized},
		{"no signature", ping, with(s.headers(ping, s.now), "X-Signature-Ed25519", ""), http.StatusUnauthorized},
		{"signature not hex", ping, with(s.headers(ping, s.now), "X-Signature-Ed25519", "zz"), http.StatusUnauthorized},
		{"short signature", ping, with(s.headers(ping, s.now), "X-Signature-Ed25519", "abcd"), http.StatusUnauthorized},
		{"no timestamp", ping, with(s.headers(ping, s.now), "X-Signature-Timestamp", ""), http.StatusUnauthorized},
		{"timestamp not a number", ping, with(s.headers(ping, s.now), "X-Signature-Timestamp", "yesterday"), http.StatusUnauthorized},
		{"command signed by another key", command, other.headers(command, s.now), http.StatusUnauthorized},
		{"stale command", command, s.headers(command, s.now.Add(-time.Hour)), http.StatusUnauthorized},
		{"signed garbage", []byte("{"), s.headers([]byte("{"), s.now), http.StatusBadRequest},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, body := postInteraction(t, url, tc.body, tc.header)
			if status != tc.status {
				t.Errorf("POST = %d %s, want %d", status, body, tc.status)
			}
			if status == http.StatusOK {
				if got := strings.TrimSpace(string(body)); got != `{"type":1}` {
					t.Errorf("PING answered %s, want PONG {\"type\":1}", got)
				}
			}
		})
	}
	// Refused requests were not processed: nothing reached the bot and
	// nothing was answered.
	if got := in.Received(); len(got) != 0 {
		t.Errorf("a refused request reached the bot: %+v", got)
	}
	for _, r := range f.Requests() {
		if strings.HasPrefix(r.Path, "interactions/") || strings.HasPrefix(r.Path, "webhooks/") {
			t.Errorf("a refused request was answered: %s %s", r.Method, r.Path)
		}
	}
}

func TestEndpointBeforeRun(t *testing.T) {
	t.Parallel()
	f := discordtest.NewServer(t)
	s := newSigner()
	a := httpAdapter(t, f, s, config.Discord{}, Options{})
	url := endpoint(t, a)

	ping := []byte(`{"id":"p1","application_id":"app1","type":1,"token":"t","version":1}`)
	if status, body := postInteraction(t, url, ping, s.headers(ping, s.now)); status != http.StatusOK {
		t.Errorf("PING before Run = %d %s, want 200", status, body)
	}
	command := mustJSON(t, commandInteraction("themes"))
	if status, body := postInteraction(t, url, command, s.headers(command, s.now)); status != http.StatusServiceUnavailable {
		t.Errorf("command before Run = %d %s, want 503", status, body)
	}
	if a.Connected() {
		t.Error("Connected() before Run = true, want false")
	}
}

func TestEndpointCommands(t *testing.T) {
	t.Parallel()
	f := discordtest.NewServer(t)
	s := newSigner()
	c := &completer{}
	a := httpAdapter(t, f, s, config.Discord{}, Options{})
	long := bot.Reply{Kind: bot.Info, Title: "Sources", Body: strings.Repeat("A document, with its date. ", 800),
		Fields: manyFields(30, 50)}
	in := newInbox(func(m bot.Message) (bot.Reply, bool) {
		if m.Text == "long" {
			return long, true
		}
		return cannedReply(m)
	})
	in.Completions = c.Complete
	start(t, a, in)
	url := endpoint(t, a)

	tests := []struct {
		name      string
		event     map[string]any
		text      string
		ephemeral bool
		followUps int
	}{
		{"ask", commandInteraction("ask", "question", "budget @everyone"), "budget @everyone", false, 0},
		{"admin reply", commandInteraction("status"), "status", true, 0},
		{"refusal", commandInteraction("ask", "question", "denied"), "denied", true, 0},
		{"long answer", commandInteraction("ask", "question", "long"), "long", false, len(render(long)) - 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body := mustJSON(t, tc.event)
			status, resp := postInteraction(t, url, body, s.headers(body, s.now))
			if status != http.StatusOK {
				t.Fatalf("POST = %d %s, want 200", status, resp)
			}
			for _, problem := range bodyProblems(discordtest.Request{Method: "POST", Path: "interactions/x/y/callback", Body: resp}) {
				t.Errorf("response: %s", problem)
			}
			var cb discordtest.Callback
			if err := json.Unmarshal(resp, &cb); err != nil {
				t.Fatal(err)
			}
			if cb.Type != 4 || cb.Data == nil || len(cb.Data.Embeds) == 0 {
				t.Fatalf("response = %s, want an answer (type 4) with embeds", resp)
			}
			if eph := cb.Data.Flags&64 != 0; eph != tc.ephemeral {
				t.Errorf("ephemeral = %v, want %v", eph, tc.ephemeral)
			}
			m := in.Next(t)
			if m.Via != bot.Slash || m.Text != tc.text || m.UserID != userID || len(m.Roles) != 1 {
				t.Errorf("received %v %q from %s with roles %v, want slash %q from %s with role %s", m.Via, m.Text, m.UserID, m.Roles, tc.text, userID, adminRole)
			}
			if err := in.SendErr(t); err != nil {
				t.Fatalf("Send() = %v", err)
			}
			if got := len(f.Sent("POST", webhookPath(tc.event))); got != tc.followUps {
				t.Errorf("follow-ups = %d, want %d", got, tc.followUps)
			}
		})
	}

	t.Run("autocomplete", func(t *testing.T) {
		body := mustJSON(t, autocompleteInteraction("ask", "question", "bud"))
		status, resp := postInteraction(t, url, body, s.headers(body, s.now))
		if status != http.StatusOK {
			t.Fatalf("POST = %d %s, want 200", status, resp)
		}
		var cb discordtest.Callback
		if err := json.Unmarshal(resp, &cb); err != nil {
			t.Fatal(err)
		}
		checkChoices(t, cb, "bud")
		if got := c.asked(); len(got) != 1 || got[0] != (completion{channelID, "", "bud"}) {
			t.Errorf("Complete calls = %+v, want one for question %q", got, "bud")
		}
	})
}

func TestEndpointDeferred(t *testing.T) {
	t.Parallel()
	f := discordtest.NewServer(t)
	s := newSigner()
	a := httpAdapter(t, f, s, config.Discord{}, Options{DeferAfter: time.Nanosecond})
	in := newInbox(cannedReply)
	deferred := make(chan struct{})
	var once sync.Once
	release := func() { once.Do(func() { close(deferred) }) }
	defer release() // before Run stops: it waits for the bot
	in.Hold = func(bot.Message) { <-deferred }
	start(t, a, in)
	url := endpoint(t, a)

	ev := commandInteraction("ask", "question", "slow one")
	body := mustJSON(t, ev)
	status, resp := postInteraction(t, url, body, s.headers(body, s.now))
	release() // the bot answers only once Discord has the deferral
	if status != http.StatusOK {
		t.Fatalf("POST = %d %s, want 200", status, resp)
	}
	var cb discordtest.Callback
	if err := json.Unmarshal(resp, &cb); err != nil {
		t.Fatal(err)
	}
	if cb.Type != 5 {
		t.Fatalf("response = %s, want a deferral (type 5)", resp)
	}
	in.Next(t)
	if err := in.SendErr(t); err != nil {
		t.Fatalf("Send() = %v", err)
	}
	if got := f.Sent("PATCH", webhookPath(ev)+"/messages/@original"); len(got) != 1 {
		t.Errorf("edits of @original = %d, want 1", len(got))
	}
}

func FuzzVerify(f *testing.F) {
	s := newSigner()
	a := &Adapter{publicKey: s.key.Public().(ed25519.PublicKey), now: func() time.Time { return s.now }}
	ping := []byte(`{"type":1}`)
	h := s.headers(ping, s.now)
	f.Add(h.Get("X-Signature-Timestamp"), h.Get("X-Signature-Ed25519"), ping)
	f.Add("-9223372036854775808", strings.Repeat("00", 64), []byte{})
	f.Add("9223372036854775807", "", []byte("{}"))
	f.Fuzz(func(t *testing.T, ts, sig string, body []byte) {
		h := http.Header{}
		h.Set("X-Signature-Timestamp", ts)
		h.Set("X-Signature-Ed25519", sig)
		want := false
		// Hex is read in either case: "AB" is the byte "ab" is.
		if strings.EqualFold(sig, hex.EncodeToString(ed25519.Sign(s.key, append([]byte(ts), body...)))) {
			sec, err := strconv.ParseInt(ts, 10, 64)
			want = err == nil && s.now.Sub(time.Unix(sec, 0)).Abs() <= maxSkew
		}
		if got := a.verify(h, body); got != want {
			t.Errorf("verify(%q, %q, %q) = %v, want %v", ts, sig, body, got, want)
		}
	})
}

func TestHideToken(t *testing.T) {
	it := &interaction{in: &discordgo.Interaction{Token: "tok-secret"}}
	cause := errors.New(`Post "https://discord.com/api/v9/webhooks/app1/tok-secret?wait=true": connection refused`)
	err := fmt.Errorf("discord: answer: %w", it.hide(cause))
	if strings.Contains(err.Error(), "tok-secret") {
		t.Errorf("error %q shows the interaction token", err)
	}
	if !errors.Is(err, cause) {
		t.Errorf("errors.Is(%v, cause) = false, want the cause kept", err)
	}
	if it.hide(nil) != nil {
		t.Error("hide(nil) != nil")
	}
}
