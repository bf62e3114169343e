// Package slacktest is a local Slack for tests, in the way
// net/http/httptest is a local HTTP server: the Web API methods a bot
// calls, response_url endpoints and a Socket Mode websocket, served on
// 127.0.0.1.
//
// The server records every message the bot sends, so tests check what
// Slack would show, and hands each Socket Mode connection to the test,
// which pushes envelopes down it and sees them acknowledged. It accepts
// the tokens BotToken and AppToken and answers auth.test as the bot user
// BotUserID. Like Slack, it refuses a message whose blocks hold more than
// MaxBlockText characters of text.
package slacktest

import (
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/gorilla/websocket"
)

// The credentials and identity of the local Slack.
const (
	// BotToken is the bot user's OAuth token the Web API accepts.
	BotToken = "xoxb-test-bot-token"
	// AppToken is the app-level token apps.connections.open accepts.
	AppToken = "xapp-test-app-token"
	// BotUserID is the bot's user, as auth.test names it.
	BotUserID = "UBOT"
	// BotID is the bot's bot ID, as auth.test names it.
	BotID = "BBOT"
	// TeamID is the workspace every envelope comes from.
	TeamID = "T1"
)

// MaxBlockText is how many characters of text the blocks of one message
// may hold before the server refuses it with msg_blocks_too_long, as
// Slack does: Slack documents no such limit, but users of its SDKs report
// refusals from about 12,000 characters.
const MaxBlockText = 12000

// buffered is how many calls or connections the channels of Posted and
// Conns hold before the server stops sending on them.
const buffered = 1000

// Server is a local Slack. Create it with NewServer.
type Server struct {
	// URL is the server's base URL, http://127.0.0.1:port, without a
	// trailing slash.
	URL string

	t   testing.TB
	srv *httptest.Server

	mu       sync.Mutex
	calls    []Call             // accepted calls, in order
	attempts map[string]int     // method: requests, accepted or not
	refusals map[string]refusal // method: errors still to answer first
	failures map[string]string  // channel: the Slack error posts there get
	noBlocks map[string]bool    // channel: posts with blocks get invalid_blocks
	maxText  int                // block text a message may hold
	ts       int                // the last message timestamp given out
	live     []*Conn            // open Socket Mode connections
	closing  bool
	wg       sync.WaitGroup // the goroutines of live connections

	posted chan Call
	conns  chan *Conn
}

// Call is one message the bot sent, as Slack would show it.
type Call struct {
	// Method is chat.postMessage, chat.postEphemeral, chat.update or
	// response_url.
	Method string
	// Channel is the channel posted to; for response_url, the id given
	// to ResponseURL.
	Channel string
	// User is the one user an ephemeral message is shown to.
	User string
	// ThreadTS is the thread the message is in; empty for none.
	ThreadTS string
	// TS is the message chat.update replaces.
	TS string
	// Text is the plain-text fallback.
	Text string
	// ResponseType is ephemeral or in_channel, for response_url only.
	ResponseType string
	// Replace is replace_original, for response_url only.
	Replace bool
	// Blocks are the Block Kit blocks, decoded from JSON.
	Blocks []map[string]any
}

// NewServer starts a local Slack and stops it when the test ends.
func NewServer(t testing.TB) *Server {
	s := NewUnstartedServer(t)
	s.Start()
	return s
}

// NewUnstartedServer returns a local Slack that listens but does not
// answer until Start is called: clients connecting before then wait. Its
// URL is known at once, so a client can be configured first.
func NewUnstartedServer(t testing.TB) *Server {
	s := &Server{
		t:        t,
		attempts: map[string]int{},
		refusals: map[string]refusal{},
		failures: map[string]string{},
		noBlocks: map[string]bool{},
		maxText:  MaxBlockText,
		posted:   make(chan Call, buffered),
		conns:    make(chan *Conn, buffered),
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/auth.test", s.authTest)
	mux.HandleFunc("POST /api/apps.connections.open", s.connectionsOpen)
	for _, m := range []string{"chat.postMessage", "chat.postEphemeral", "chat.update"} {
		mux.HandleFunc("POST /api/"+m, s.chat)
	}
	mux.HandleFunc("POST /response/{id}", s.response)
	mux.HandleFunc("GET /ws", s.websocket)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("slacktest: unexpected %s %s", r.Method, r.URL.Path)
		http.NotFound(w, r)
	})
	s.srv = httptest.NewUnstartedServer(mux)
	s.URL = "http://" + s.srv.Listener.Addr().String()
	t.Cleanup(s.close)
	return s
}

// Start starts a server from NewUnstartedServer.
func (s *Server) Start() { s.srv.Start() }

// close stops the server and ends its Socket Mode connections, which
// httptest does not track once they are hijacked.
func (s *Server) close() {
	s.mu.Lock()
	s.closing = true
	live := s.live
	s.mu.Unlock()
	s.srv.Close()
	for _, c := range live {
		c.Close()
	}
	s.wg.Wait()
}

// APIURL is the base of the Web API, the bot's api_url.
func (s *Server) APIURL() string { return s.URL + "/api/" }

// ResponseURL returns a response_url whose posts the server records as
// calls to the channel id.
func (s *Server) ResponseURL(id string) string { return s.URL + "/response/" + id }

// refusal is an HTTP error the next calls of a method answer.
type refusal struct {
	status int
	n      int
}

// Limit makes the next n calls of method, such as chat.postMessage,
// answer 429 with Retry-After: 1.
func (s *Server) Limit(method string, n int) { s.Refuse(method, http.StatusTooManyRequests, n) }

// Refuse makes the next n calls of method answer the HTTP status: 429
// with Retry-After: 1, as Slack's rate limit does, or a 5xx such as 503,
// as Slack does when it is having trouble.
func (s *Server) Refuse(method string, status, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refusals[method] = refusal{status, n}
}

// Fail makes every post to channel fail with the Slack error code, such
// as channel_not_found.
func (s *Server) Fail(channel, code string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failures[channel] = code
}

// RefuseBlocks makes every message with blocks posted to channel (or to
// the response_url of that id) fail with invalid_blocks; plain-text
// messages still go through.
func (s *Server) RefuseBlocks(channel string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.noBlocks[channel] = true
}

// SetMaxBlockText makes messages whose blocks hold more than n characters
// of text fail with msg_blocks_too_long; MaxBlockText by default.
func (s *Server) SetMaxBlockText(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.maxText = n
}

// blocksError returns the error Slack answers a message c with for its
// blocks, or "".
func (s *Server) blocksError(c Call) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case len(c.Blocks) > 0 && s.noBlocks[c.Channel]:
		return "invalid_blocks"
	case len(c.Blocks) > 0 && blockText(c.Blocks) > s.maxText:
		return "msg_blocks_too_long"
	}
	return ""
}

// blockText counts the characters of text in blocks.
func blockText(blocks []map[string]any) int {
	n := 0
	for _, line := range strings.Split(Call{Blocks: blocks}.Shown(), "\n") {
		n += utf8.RuneCountInString(line)
	}
	return n
}

// Calls returns the calls accepted so far, in order.
func (s *Server) Calls() []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.calls)
}

// Attempts returns how many requests to a Web API method (or to
// response_url) the server received, accepted or not.
func (s *Server) Attempts(method string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.attempts[method]
}

// Posted receives every accepted call as it happens. Calls not received
// beyond the first 1000 are left out; Calls has them all.
func (s *Server) Posted() <-chan Call { return s.posted }

// Conns receives every Socket Mode connection once Slack has said hello
// on it, up to 1000 not yet received.
func (s *Server) Conns() <-chan *Conn { return s.conns }

// attempt counts one request to method.
func (s *Server) attempt(method string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.attempts[method]++
}

// record keeps an accepted call.
func (s *Server) record(c Call) {
	s.mu.Lock()
	s.calls = append(s.calls, c)
	s.mu.Unlock()
	select {
	case s.posted <- c:
	default:
	}
}

func (s *Server) authTest(w http.ResponseWriter, r *http.Request) {
	s.attempt("auth.test")
	if r.FormValue("token") != BotToken {
		writeJSON(w, map[string]any{"ok": false, "error": "invalid_auth"})
		return
	}
	writeJSON(w, map[string]any{"ok": true, "user_id": BotUserID, "bot_id": BotID, "user": "briefbot", "team_id": TeamID})
}

func (s *Server) connectionsOpen(w http.ResponseWriter, r *http.Request) {
	s.attempt("apps.connections.open")
	if r.Header.Get("Authorization") != "Bearer "+AppToken {
		writeJSON(w, map[string]any{"ok": false, "error": "invalid_auth"})
		return
	}
	writeJSON(w, map[string]any{"ok": true, "url": "ws" + strings.TrimPrefix(s.URL, "http") + "/ws"})
}

// chat answers chat.postMessage, chat.postEphemeral and chat.update.
func (s *Server) chat(w http.ResponseWriter, r *http.Request) {
	method := strings.TrimPrefix(r.URL.Path, "/api/")
	s.attempt(method)
	if r.FormValue("token") != BotToken {
		writeJSON(w, map[string]any{"ok": false, "error": "invalid_auth"})
		return
	}
	c := Call{
		Method:   method,
		Channel:  r.FormValue("channel"),
		User:     r.FormValue("user"),
		ThreadTS: r.FormValue("thread_ts"),
		TS:       r.FormValue("ts"),
		Text:     r.FormValue("text"),
	}
	if b := r.FormValue("blocks"); b != "" {
		if err := json.Unmarshal([]byte(b), &c.Blocks); err != nil {
			s.t.Errorf("slacktest: %s blocks are not JSON: %v", method, err)
		}
	}
	s.mu.Lock()
	if r := s.refusals[method]; r.n > 0 {
		r.n--
		s.refusals[method] = r
		s.mu.Unlock()
		if r.status == http.StatusTooManyRequests {
			w.Header().Set("Retry-After", "1")
			http.Error(w, `{"ok":false,"error":"ratelimited"}`, r.status)
			return
		}
		http.Error(w, "<html>Slack is having trouble</html>", r.status)
		return
	}
	if code := s.failures[c.Channel]; code != "" {
		s.mu.Unlock()
		writeJSON(w, map[string]any{"ok": false, "error": code})
		return
	}
	s.mu.Unlock()
	if code := s.blocksError(c); code != "" {
		writeJSON(w, map[string]any{"ok": false, "error": code})
		return
	}
	s.mu.Lock()
	s.ts++
	ts := fmt.Sprintf("1700000000.%06d", s.ts)
	s.mu.Unlock()
	s.record(c)
	switch method {
	case "chat.postEphemeral":
		writeJSON(w, map[string]any{"ok": true, "message_ts": ts})
	case "chat.update":
		writeJSON(w, map[string]any{"ok": true, "channel": c.Channel, "ts": c.TS, "text": c.Text})
	default:
		writeJSON(w, map[string]any{"ok": true, "channel": c.Channel, "ts": ts})
	}
}

// response records a post to a response_url.
func (s *Server) response(w http.ResponseWriter, r *http.Request) {
	s.attempt("response_url")
	var body struct {
		Text            string           `json:"text"`
		ThreadTS        string           `json:"thread_ts"`
		ResponseType    string           `json:"response_type"`
		ReplaceOriginal bool             `json:"replace_original"`
		Blocks          []map[string]any `json:"blocks"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		s.t.Errorf("slacktest: response_url body is not JSON: %v", err)
	}
	c := Call{
		Method:       "response_url",
		Channel:      r.PathValue("id"),
		ThreadTS:     body.ThreadTS,
		Text:         body.Text,
		ResponseType: body.ResponseType,
		Replace:      body.ReplaceOriginal,
		Blocks:       body.Blocks,
	}
	if code := s.blocksError(c); code != "" {
		writeJSON(w, map[string]any{"ok": false, "error": code})
		return
	}
	s.record(c)
	writeJSON(w, map[string]any{"ok": true})
}

// websocket is the Socket Mode endpoint: it says hello, pings, and
// collects the acks the bot sends.
func (s *Server) websocket(w http.ResponseWriter, r *http.Request) {
	up := websocket.Upgrader{CheckOrigin: func(r *http.Request) bool {
		// slack-go dials with this Origin; the default check would refuse it.
		return r.Header.Get("Origin") == "https://api.slack.com"
	}}
	ws, err := up.Upgrade(w, r, nil)
	if err != nil {
		s.t.Errorf("slacktest: websocket upgrade: %v", err)
		return
	}
	c := &Conn{t: s.t, ws: ws, acks: make(chan string, buffered), closed: make(chan struct{})}
	s.mu.Lock()
	if s.closing {
		s.mu.Unlock()
		_ = ws.Close() // the server is closing; the client learns it either way
		return
	}
	s.live = append(s.live, c)
	s.wg.Add(3) // this handler, which httptest forgets once hijacked, and two goroutines
	s.mu.Unlock()
	defer s.wg.Done()
	c.Send(map[string]any{"type": "hello", "num_connections": 1, "connection_info": map[string]any{"app_id": "A1"}})
	go func() {
		defer s.wg.Done()
		c.ping()
	}()
	go func() {
		defer s.wg.Done()
		c.read()
	}()
	select {
	case s.conns <- c:
	default:
	}
}

// Conn is one Socket Mode connection, seen from Slack's side.
type Conn struct {
	t      testing.TB
	ws     *websocket.Conn
	mu     sync.Mutex // serializes writes
	acks   chan string
	closed chan struct{}
	once   sync.Once
}

// Send writes one Socket Mode message, such as an envelope from
// EventEnvelope, as JSON.
func (c *Conn) Send(v any) {
	data, err := json.Marshal(v)
	if err != nil {
		c.t.Errorf("slacktest: %v", err)
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.ws.WriteMessage(websocket.TextMessage, data); err != nil {
		c.t.Errorf("slacktest: writing to the socket: %v", err)
	}
}

// Acks receives the envelope_id of every acknowledgement the bot sends.
// Anything else the bot sends fails the test.
func (c *Conn) Acks() <-chan string { return c.acks }

// Close drops the connection, as Slack or the network may.
func (c *Conn) Close() {
	c.once.Do(func() {
		close(c.closed)
		_ = c.ws.Close()
	})
}

// ping keeps slack-go from dropping the connection, which it does after
// 30 seconds without a ping.
func (c *Conn) ping() {
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-c.closed:
			return
		case <-tick.C:
			_ = c.ws.WriteControl(websocket.PingMessage, []byte("ping"), time.Now().Add(time.Second))
		}
	}
}

// read collects the envelope IDs of the bot's acks until the connection
// ends.
func (c *Conn) read() {
	defer c.Close()
	for {
		_, data, err := c.ws.ReadMessage()
		if err != nil {
			return
		}
		var ack struct {
			EnvelopeID string `json:"envelope_id"`
		}
		if err := json.Unmarshal(data, &ack); err != nil || ack.EnvelopeID == "" {
			c.t.Errorf("slacktest: the bot sent %s, want an ack with an envelope_id", data)
			continue
		}
		select {
		case c.acks <- ack.EnvelopeID:
		case <-c.closed:
			return
		}
	}
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// EventEnvelope wraps an Events API event, such as an app_mention, in the
// Socket Mode envelope Slack sends it in. Slack retries an event under the
// same eventID.
func EventEnvelope(envelopeID, eventID string, event map[string]any) map[string]any {
	return map[string]any{
		"envelope_id": envelopeID,
		"type":        "events_api",
		"payload": map[string]any{
			"type":       "event_callback",
			"team_id":    TeamID,
			"api_app_id": "A1",
			"event_id":   eventID,
			"event_time": 1700000000,
			"event":      event,
		},
	}
}

// SlashEnvelope wraps a slash command's payload in its Socket Mode
// envelope.
func SlashEnvelope(envelopeID string, cmd map[string]any) map[string]any {
	return map[string]any{"envelope_id": envelopeID, "type": "slash_commands", "payload": cmd}
}

// InteractiveEnvelope wraps an interaction's payload, such as a button
// click, in its Socket Mode envelope.
func InteractiveEnvelope(envelopeID string, payload map[string]any) map[string]any {
	return map[string]any{"envelope_id": envelopeID, "type": "interactive", "payload": payload}
}

// Shown is all the text of the call's blocks, as Slack would show it, one
// text object a line.
func (c Call) Shown() string {
	var lines []string
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if s, ok := v["text"].(string); ok {
				lines = append(lines, s)
			}
			for _, k := range slices.Sorted(maps.Keys(v)) {
				walk(v[k])
			}
		case []any:
			for _, e := range v {
				walk(e)
			}
		}
	}
	for _, b := range c.Blocks {
		walk(b)
	}
	return strings.Join(lines, "\n")
}
