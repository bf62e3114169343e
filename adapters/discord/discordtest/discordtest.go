// Package discordtest is a local Discord for tests, in the way
// net/http/httptest is a local HTTP server: the REST API under /api/v9/
// and a gateway websocket, served on 127.0.0.1.
//
// The server records every REST request the bot makes (messages,
// interaction callbacks, follow-ups, command registration), so tests
// check what Discord would show. A test can hold requests in flight, and
// make the server unreachable. Its gateway says Hello, answers Identify
// with READY (as the user BotUserID) and Resume with RESUMED, acknowledges
// heartbeats and dispatches the events a test gives it, such as
// MESSAGE_CREATE and INTERACTION_CREATE. It accepts the token Token.
//
// discordgo computes its endpoints from https://discord.com/api/v9/ when
// it loads, so a bot reaches the server through an http.Client whose
// transport sends those requests to APIURL; the gateway is the URL that
// GET {APIURL}gateway returns.
package discordtest

import (
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// The credentials and identity of the local Discord. IDs are digits
// only, as Discord's snowflakes are and as briefbot's config checks.
const (
	// Token is the bot token the REST API accepts, without "Bot ".
	Token = "test-token"
	// ApplicationID is the bot's application.
	ApplicationID = "800"
	// BotUserID is the bot's user, as READY names it.
	BotUserID = "900"
	// SessionID is the gateway session READY starts.
	SessionID = "session-1"
)

// Server is a local Discord. Create it with NewServer.
type Server struct {
	// URL is the server's base URL, http://127.0.0.1:port, without a
	// trailing slash.
	URL string

	t   testing.TB
	srv *httptest.Server

	gate *gate

	mu        sync.Mutex
	holds     map[string]chan struct{} // path prefix: closed to release
	held      chan Request
	abandoned int // held requests whose client gave up
	requests  []Request
	ratelimit map[string]int // path prefix: 429s still to answer
	fail      map[string]int // path prefix: status to answer every time
	frames    []Frame        // what the bot sent on the gateway, in order
	conns     int            // gateway connections so far
	conn      *websocket.Conn
	live      []*websocket.Conn
	closing   bool
	seq       int
	sent      []map[string]any // dispatched events, for a Resume to replay
	nextID    int
	wg        sync.WaitGroup // gateway handlers, which httptest forgets once hijacked

	writeMu sync.Mutex // gorilla allows one writer at a time
}

// Request is one REST request the bot made.
type Request struct {
	Method string
	// Path is under /api/v9/, without the query: channels/c1/messages.
	Path   string
	Query  string
	Header http.Header
	Body   json.RawMessage
}

// Frame is one gateway payload from the bot.
type Frame struct {
	Op   int             `json:"op"`
	Data json.RawMessage `json:"d"`
	// Conn is the connection it came on, counting from 1.
	Conn int `json:"-"`
}

// NewServer starts a local Discord and stops it when the test ends.
func NewServer(t testing.TB) *Server {
	s := NewUnstartedServer(t)
	s.Start()
	return s
}

// NewUnstartedServer returns a local Discord that listens but does not
// answer until Start is called: clients connecting before then wait. Its
// URL is known at once, so a client can be configured first.
func NewUnstartedServer(t testing.TB) *Server {
	s := &Server{t: t, ratelimit: map[string]int{}, fail: map[string]int{},
		holds: map[string]chan struct{}{}, held: make(chan Request, 100)}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v9/gateway", func(w http.ResponseWriter, r *http.Request) {
		s.record(r, nil)
		writeJSON(w, map[string]string{"url": s.gatewayURL()})
	})
	mux.HandleFunc("/api/v9/", s.serveREST)
	mux.HandleFunc("/ws/", s.serveGateway)
	s.srv = httptest.NewUnstartedServer(mux)
	s.gate = &gate{Listener: s.srv.Listener}
	s.srv.Listener = s.gate
	s.URL = "http://" + s.srv.Listener.Addr().String()
	t.Cleanup(s.close)
	return s
}

// gate is the server's listener. While shut, it resets every connection
// as soon as it is accepted.
type gate struct {
	net.Listener
	shut atomic.Bool
}

func (g *gate) Accept() (net.Conn, error) {
	for {
		c, err := g.Listener.Accept()
		if err != nil || !g.shut.Load() {
			return c, err
		}
		if tc, ok := c.(*net.TCPConn); ok {
			_ = tc.SetLinger(0) // a reset rather than an orderly close; either will do
		}
		_ = c.Close() // the client sees the connection fail either way
	}
}

// SetReachable makes the server reachable, or not: unreachable, it
// resets every new connection at once, as when Discord or the network is
// down. Connections already open are left alone.
func (s *Server) SetReachable(ok bool) { s.gate.shut.Store(!ok) }

// Hold makes the REST requests whose path starts with prefix wait, once
// recorded, until the returned release is called (or the test ends), or
// until their client gives up on them. Held receives each as it starts
// waiting.
func (s *Server) Hold(prefix string) (release func()) {
	ch := make(chan struct{})
	s.mu.Lock()
	s.holds[prefix] = ch
	s.mu.Unlock()
	var once sync.Once
	release = func() {
		once.Do(func() {
			s.mu.Lock()
			delete(s.holds, prefix)
			s.mu.Unlock()
			close(ch)
		})
	}
	s.t.Cleanup(release)
	return release
}

// Held receives the requests Hold holds, as each starts waiting.
func (s *Server) Held() <-chan Request { return s.held }

// Abandoned returns how many held requests their client gave up on
// before they were released.
func (s *Server) Abandoned() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.abandoned
}

// hold waits while Hold holds req, and reports false when its client
// gave up first.
func (s *Server) hold(r *http.Request, req Request) bool {
	s.mu.Lock()
	var wait chan struct{}
	for p, ch := range s.holds {
		if strings.HasPrefix(req.Path, p) {
			wait = ch
		}
	}
	s.mu.Unlock()
	if wait == nil {
		return true
	}
	select {
	case s.held <- req:
	default:
	}
	select {
	case <-wait:
		return true
	case <-r.Context().Done():
		s.mu.Lock()
		s.abandoned++
		s.mu.Unlock()
		return false
	}
}

// Start starts a server from NewUnstartedServer.
func (s *Server) Start() { s.srv.Start() }

// close stops the server and ends its gateway connections, which
// httptest does not track once they are hijacked.
func (s *Server) close() {
	s.mu.Lock()
	s.closing = true
	live := s.live
	s.mu.Unlock()
	s.srv.Close()
	for _, c := range live {
		_ = c.Close() // a connection the client closed first is closed all the same
	}
	s.wg.Wait()
}

// APIURL is the base of the REST API, the bot's api_url.
func (s *Server) APIURL() string { return s.URL + "/api/v9/" }

// Client returns an HTTP client for the server, like httptest's.
func (s *Server) Client() *http.Client { return s.srv.Client() }

func (s *Server) gatewayURL() string { return "ws" + strings.TrimPrefix(s.URL, "http") + "/ws" }

// RateLimit makes the next n requests whose path starts with prefix
// answer 429, as Discord does when a bucket is exhausted.
func (s *Server) RateLimit(prefix string, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.ratelimit[prefix] = n
}

// Fail makes every request whose path starts with prefix answer status,
// with Discord's Missing Access error.
func (s *Server) Fail(prefix string, status int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fail[prefix] = status
}

// Requests returns every REST request so far, in order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.requests)
}

// Sent returns the REST requests so far with that method and path; a
// path ending in "*" matches every path it is a prefix of.
func (s *Server) Sent(method, path string) []Request {
	var out []Request
	for _, r := range s.Requests() {
		if r.Method != method {
			continue
		}
		if p, ok := strings.CutSuffix(path, "*"); ok && strings.HasPrefix(r.Path, p) || r.Path == path {
			out = append(out, r)
		}
	}
	return out
}

// Frames returns what the bot sent on the gateway so far, in order.
func (s *Server) Frames() []Frame {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.frames)
}

// Dispatch sends the event (op 0) with data d on the current gateway
// connection: "MESSAGE_CREATE" with a message, "INTERACTION_CREATE" with
// an interaction.
//
// As Discord does, a Resume replays the events sent after the sequence
// number it gives, so an event dispatched while the client reconnects
// is not lost.
func (s *Server) Dispatch(event string, d any) {
	s.mu.Lock()
	s.seq++
	seq, c := s.seq, s.conn
	ev := map[string]any{"op": 0, "t": event, "s": seq, "d": d}
	if event != "READY" && event != "RESUMED" {
		s.sent = append(s.sent, ev)
	}
	s.mu.Unlock()
	if c == nil {
		s.t.Errorf("discordtest: dispatch %s: no gateway connection", event)
		return
	}
	s.write(c, ev)
}

// replay sends c the events dispatched after sequence number after.
func (s *Server) replay(c *websocket.Conn, after int) {
	s.mu.Lock()
	var missed []map[string]any
	for _, ev := range s.sent {
		if ev["s"].(int) > after {
			missed = append(missed, ev)
		}
	}
	s.mu.Unlock()
	for _, ev := range missed {
		s.write(c, ev)
	}
}

// Drop cuts the current gateway connection without a close frame, as a
// network failure would.
func (s *Server) Drop() {
	s.mu.Lock()
	c := s.conn
	s.mu.Unlock()
	if c != nil {
		_ = c.NetConn().Close() // a connection already gone is dropped all the same
	}
}

func (s *Server) record(r *http.Request, body []byte) Request {
	req := Request{
		Method: r.Method,
		Path:   strings.TrimPrefix(r.URL.Path, "/api/v9/"),
		Query:  r.URL.RawQuery,
		Header: r.Header.Clone(),
	}
	if len(body) > 0 {
		req.Body = body
	}
	s.mu.Lock()
	s.requests = append(s.requests, req)
	s.mu.Unlock()
	return req
}

func (s *Server) serveREST(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	req := s.record(r, body)
	if !s.hold(r, req) {
		return
	}
	// Interaction callbacks and webhooks are authorized by the token in
	// their path.
	if r.Header.Get("Authorization") != "Bot "+Token && !strings.HasPrefix(req.Path, "webhooks/") && !strings.HasPrefix(req.Path, "interactions/") {
		http.Error(w, `{"message": "401: Unauthorized", "code": 0}`, http.StatusUnauthorized)
		return
	}
	s.mu.Lock()
	limited, failed := false, 0
	for p, n := range s.ratelimit {
		if strings.HasPrefix(req.Path, p) && n > 0 {
			s.ratelimit[p] = n - 1
			limited = true
		}
	}
	for p, status := range s.fail {
		if strings.HasPrefix(req.Path, p) {
			failed = status
		}
	}
	s.nextID++
	id := fmt.Sprintf("m%d", s.nextID)
	s.mu.Unlock()

	switch {
	case limited:
		w.Header().Set("Retry-After", "1")
		w.Header().Set("X-RateLimit-Limit", "5")
		w.Header().Set("X-RateLimit-Remaining", "0")
		w.Header().Set("X-RateLimit-Reset-After", "0.05")
		w.Header().Set("X-RateLimit-Bucket", "fake-bucket")
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusTooManyRequests)
		write(w, `{"message": "You are being rate limited.", "retry_after": 0.05, "global": false}`)
		return
	case failed != 0:
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(failed)
		write(w, `{"message": "Missing Access", "code": 50001}`)
		return
	}

	parts := strings.Split(req.Path, "/")
	switch {
	case r.Method == http.MethodPut && strings.HasSuffix(req.Path, "/commands"):
		// Registration echoes the commands, as Discord does.
		w.Header().Set("Content-Type", "application/json")
		write(w, string(body))
	case r.Method == http.MethodPost && req.Path == "users/@me/channels":
		// The DM channel with a user is "dm-" and the user's ID.
		var b struct {
			RecipientID string `json:"recipient_id"`
		}
		if err := json.Unmarshal(body, &b); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		writeJSON(w, map[string]any{"id": "dm-" + b.RecipientID, "type": 1})
	case strings.HasPrefix(req.Path, "interactions/") && strings.HasSuffix(req.Path, "/callback"):
		w.WriteHeader(http.StatusNoContent)
	case r.Method == http.MethodDelete:
		w.WriteHeader(http.StatusNoContent)
	case parts[0] == "channels" && len(parts) >= 3:
		if len(parts) == 4 {
			id = parts[3]
		}
		writeJSON(w, map[string]any{"id": id, "channel_id": parts[1]})
	case parts[0] == "webhooks":
		if len(parts) == 5 {
			id = parts[4]
		}
		writeJSON(w, map[string]any{"id": id})
	default:
		http.Error(w, `{"message": "404: Not Found", "code": 0}`, http.StatusNotFound)
	}
}

// serveGateway speaks the gateway protocol: Hello, then READY for an
// Identify or RESUMED for a Resume, then heartbeat acknowledgements.
func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("v") != "9" || r.URL.Query().Get("encoding") != "json" {
		http.Error(w, "want ?v=9&encoding=json", http.StatusBadRequest)
		return
	}
	up := websocket.Upgrader{}
	c, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer func() { _ = c.Close() }() // closed by the client first, or by close
	s.mu.Lock()
	if s.closing {
		s.mu.Unlock()
		return
	}
	s.wg.Add(1)
	defer s.wg.Done()
	s.conns++
	n := s.conns
	s.conn = c
	s.live = append(s.live, c)
	s.mu.Unlock()

	s.write(c, map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 45000}})
	for {
		_, data, err := c.ReadMessage()
		if err != nil {
			return
		}
		var fr Frame
		if err := json.Unmarshal(data, &fr); err != nil {
			s.t.Errorf("discordtest: gateway frame %q: %v", data, err)
			return
		}
		fr.Conn = n
		s.mu.Lock()
		s.frames = append(s.frames, fr)
		s.mu.Unlock()
		switch fr.Op {
		case 1: // Heartbeat
			s.write(c, map[string]any{"op": 11})
		case 2: // Identify
			s.Dispatch("READY", map[string]any{
				"v":                  9,
				"session_id":         SessionID,
				"resume_gateway_url": s.gatewayURL(),
				"user":               map[string]any{"id": BotUserID, "username": "briefbot", "bot": true},
				"guilds":             []any{},
				"application":        map[string]any{"id": ApplicationID},
			})
		case 6: // Resume: the events missed, then RESUMED
			var r struct {
				Seq int `json:"seq"`
			}
			_ = json.Unmarshal(fr.Data, &r) // a malformed Resume replays everything
			s.replay(c, r.Seq)
			s.Dispatch("RESUMED", map[string]any{})
		}
	}
}

func (s *Server) write(c *websocket.Conn, v any) {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if err := c.WriteJSON(v); err != nil {
		s.t.Logf("discordtest: gateway write: %v", err)
	}
}

func writeJSON(w http.ResponseWriter, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	write(w, string(b)+"\n")
}

// write writes a response body. A client that hung up cannot read it, and
// the fake, like Discord, carries on: the error is dropped.
func write(w http.ResponseWriter, body string) {
	_, _ = io.WriteString(w, body)
}

// Message is a message the bot sent, as a channel message, an
// interaction response or a webhook (follow-up) carries it.
type Message struct {
	Content         string                    `json:"content"`
	Embeds          []*discordgo.MessageEmbed `json:"embeds"`
	AllowedMentions *AllowedMentions          `json:"allowed_mentions"`
	// Flags has 64 set when the message is ephemeral.
	Flags int `json:"flags"`
	// Reference names the message this one replies to.
	Reference *struct {
		MessageID string `json:"message_id"`
	} `json:"message_reference"`
	// Components are the message's rows of buttons.
	Components []Row `json:"components"`
}

// Row is an action row of message components (type 1).
type Row struct {
	Type       int      `json:"type"`
	Components []Button `json:"components"`
}

// Button is a message component of type 2.
type Button struct {
	Type     int    `json:"type"`
	Style    int    `json:"style"`
	Label    string `json:"label"`
	CustomID string `json:"custom_id"`
	Disabled bool   `json:"disabled"`
}

// CustomIDs returns the custom_id of every button of m, in order.
func (m Message) CustomIDs() []string {
	var out []string
	for _, row := range m.Components {
		for _, b := range row.Components {
			out = append(out, b.CustomID)
		}
	}
	return out
}

// ButtonPress is an INTERACTION_CREATE (type 3, a message component) for
// a press of the button customID by user in a guild's channel, as the
// gateway dispatches it and the interactions endpoint receives it.
func ButtonPress(id, token, customID, guild, channel, user string) map[string]any {
	return map[string]any{
		"id":             id,
		"application_id": ApplicationID,
		"type":           3,
		"token":          token,
		"channel_id":     channel,
		"guild_id":       guild,
		"member": map[string]any{
			"user":  map[string]any{"id": user, "username": "presser"},
			"roles": []string{},
		},
		"message": map[string]any{"id": "answer-" + id, "channel_id": channel, "content": "",
			"author": map[string]any{"id": BotUserID, "username": "briefbot", "bot": true}},
		"data":    map[string]any{"custom_id": customID, "component_type": 2},
		"version": 1,
	}
}

// AllowedMentions is whom a message may ping. A message that pings
// nobody has an empty Parse and nothing else.
type AllowedMentions struct {
	Parse       *[]string `json:"parse"`
	Users       []string  `json:"users"`
	Roles       []string  `json:"roles"`
	RepliedUser bool      `json:"replied_user"`
}

// Callback is an interaction response, as the callback endpoint or an
// HTTP interactions endpoint's answer carries it.
type Callback struct {
	// Type is 4 for an answer, 5 for a deferral, 8 for autocomplete
	// choices.
	Type int           `json:"type"`
	Data *CallbackData `json:"data"`
}

// CallbackData is what an interaction response shows: a message, or
// autocomplete choices.
type CallbackData struct {
	Message
	Choices []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
}

// Message returns the message r sends, if it sends one: a channel message
// posted or edited, a webhook (an interaction's follow-up or its edited
// original), or an interaction response of type 4. A deferral (type 5)
// sends none: its data holds only flags.
func (r Request) Message() (m Message, ok bool, err error) {
	switch {
	case r.Method == http.MethodPost && strings.HasSuffix(r.Path, "/callback"):
		var c Callback
		if err := json.Unmarshal(r.Body, &c); err != nil {
			return m, false, err
		}
		if c.Type != 4 || c.Data == nil {
			return m, false, nil
		}
		return c.Data.Message, true, nil
	case (r.Method == http.MethodPost || r.Method == http.MethodPatch) &&
		(strings.HasPrefix(r.Path, "channels/") && strings.Contains(r.Path, "/messages") || strings.HasPrefix(r.Path, "webhooks/")):
		err := json.Unmarshal(r.Body, &m)
		return m, err == nil, err
	}
	return m, false, nil
}
