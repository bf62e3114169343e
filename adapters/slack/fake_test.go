package slack

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"maps"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/briefbot/briefbot/bot"
)

// The credentials and identity of the local Slack.
const (
	testBotToken = "xoxb-test-bot-token"
	testAppToken = "xapp-test-app-token"
	testSecret   = "8f742231b10e8888abcd99yyyzzz85a5"
	testBotUser  = "UBOT"
	testBotID    = "BBOT"
)

// deadline bounds every wait in these tests. It is generous: tests wait
// for events, never for time to pass.
const deadline = 10 * time.Second

// fakeSlack is a local Slack on 127.0.0.1: the Web API methods the
// adapter calls, response_url endpoints and a Socket Mode websocket. It
// records what the adapter sends, so tests check what Slack would show.
type fakeSlack struct {
	t   *testing.T
	srv *httptest.Server

	mu       sync.Mutex
	calls    []call            // accepted calls, in order
	attempts map[string]int    // method: requests, accepted or not
	limited  map[string]int    // method: 429s still to answer
	failures map[string]string // channel: the Slack error posts there get
	opens    int               // apps.connections.open calls
	ts       int

	posted chan call      // every accepted call
	conns  chan *fakeConn // every websocket connection
}

// call is one message the adapter sent, as Slack would show it.
type call struct {
	Method       string // chat.postMessage, chat.postEphemeral, chat.update or response_url
	Channel      string
	User         string // the one user an ephemeral message is shown to
	ThreadTS     string
	TS           string // the message chat.update replaces
	Text         string
	ResponseType string // response_url only: ephemeral or in_channel
	Replace      bool   // response_url only: replace_original
	Blocks       []map[string]any
}

func newFakeSlack(t *testing.T) *fakeSlack {
	f := &fakeSlack{
		t:        t,
		attempts: map[string]int{},
		limited:  map[string]int{},
		failures: map[string]string{},
		posted:   make(chan call, 100),
		conns:    make(chan *fakeConn, 10),
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/auth.test", f.authTest)
	mux.HandleFunc("POST /api/apps.connections.open", f.connectionsOpen)
	for _, m := range []string{"chat.postMessage", "chat.postEphemeral", "chat.update"} {
		mux.HandleFunc("POST /api/"+m, f.chat)
	}
	mux.HandleFunc("POST /response/{id}", f.response)
	mux.HandleFunc("GET /ws", f.websocket)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("fake slack: unexpected %s %s", r.Method, r.URL.Path)
		http.NotFound(w, r)
	})
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

// apiURL is the base of the fake's Web API, for Options.APIURL.
func (f *fakeSlack) apiURL() string { return f.srv.URL + "/api/" }

// responseURL is a response_url the fake records posts to.
func (f *fakeSlack) responseURL(id string) string { return f.srv.URL + "/response/" + id }

// limit makes the next n calls of method answer 429 Retry-After: 1.
func (f *fakeSlack) limit(method string, n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.limited[method] = n
}

// fail makes every post to channel fail with the Slack error code.
func (f *fakeSlack) fail(channel, code string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.failures[channel] = code
}

// recorded returns the accepted calls so far.
func (f *fakeSlack) recorded() []call {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]call(nil), f.calls...)
}

func (f *fakeSlack) attemptsOf(method string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.attempts[method]
}

func (f *fakeSlack) authTest(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("token") != testBotToken {
		writeJSON(w, map[string]any{"ok": false, "error": "invalid_auth"})
		return
	}
	writeJSON(w, map[string]any{"ok": true, "user_id": testBotUser, "bot_id": testBotID, "user": "briefbot", "team_id": "T1"})
}

func (f *fakeSlack) connectionsOpen(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") != "Bearer "+testAppToken {
		writeJSON(w, map[string]any{"ok": false, "error": "invalid_auth"})
		return
	}
	f.mu.Lock()
	f.opens++
	f.mu.Unlock()
	writeJSON(w, map[string]any{"ok": true, "url": "ws" + strings.TrimPrefix(f.srv.URL, "http") + "/ws"})
}

// chat answers chat.postMessage, chat.postEphemeral and chat.update.
func (f *fakeSlack) chat(w http.ResponseWriter, r *http.Request) {
	method := strings.TrimPrefix(r.URL.Path, "/api/")
	if r.FormValue("token") != testBotToken {
		writeJSON(w, map[string]any{"ok": false, "error": "invalid_auth"})
		return
	}
	c := call{
		Method:   method,
		Channel:  r.FormValue("channel"),
		User:     r.FormValue("user"),
		ThreadTS: r.FormValue("thread_ts"),
		TS:       r.FormValue("ts"),
		Text:     r.FormValue("text"),
	}
	if b := r.FormValue("blocks"); b != "" {
		if err := json.Unmarshal([]byte(b), &c.Blocks); err != nil {
			f.t.Errorf("fake slack: %s blocks are not JSON: %v", method, err)
		}
	}
	f.mu.Lock()
	f.attempts[method]++
	if f.limited[method] > 0 {
		f.limited[method]--
		f.mu.Unlock()
		w.Header().Set("Retry-After", "1")
		http.Error(w, `{"ok":false,"error":"ratelimited"}`, http.StatusTooManyRequests)
		return
	}
	if code := f.failures[c.Channel]; code != "" {
		f.mu.Unlock()
		writeJSON(w, map[string]any{"ok": false, "error": code})
		return
	}
	f.ts++
	ts := fmt.Sprintf("1700000000.%06d", f.ts)
	f.calls = append(f.calls, c)
	f.mu.Unlock()
	f.posted <- c
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
func (f *fakeSlack) response(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Text            string           `json:"text"`
		ThreadTS        string           `json:"thread_ts"`
		ResponseType    string           `json:"response_type"`
		ReplaceOriginal bool             `json:"replace_original"`
		Blocks          []map[string]any `json:"blocks"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		f.t.Errorf("fake slack: response_url body is not JSON: %v", err)
	}
	c := call{
		Method:       "response_url",
		Channel:      r.PathValue("id"),
		ThreadTS:     body.ThreadTS,
		Text:         body.Text,
		ResponseType: body.ResponseType,
		Replace:      body.ReplaceOriginal,
		Blocks:       body.Blocks,
	}
	f.mu.Lock()
	f.attempts["response_url"]++
	f.calls = append(f.calls, c)
	f.mu.Unlock()
	f.posted <- c
	writeJSON(w, map[string]any{"ok": true})
}

// websocket is the Socket Mode endpoint: it says hello, pings, and
// collects the acks the adapter sends.
func (f *fakeSlack) websocket(w http.ResponseWriter, r *http.Request) {
	up := websocket.Upgrader{CheckOrigin: func(r *http.Request) bool {
		// slack-go dials with this Origin; the default check would refuse it.
		return r.Header.Get("Origin") == "https://api.slack.com"
	}}
	ws, err := up.Upgrade(w, r, nil)
	if err != nil {
		f.t.Errorf("fake slack: websocket upgrade: %v", err)
		return
	}
	c := &fakeConn{t: f.t, ws: ws, acks: make(chan string, 100), closed: make(chan struct{})}
	c.send(map[string]any{"type": "hello", "num_connections": 1, "connection_info": map[string]any{"app_id": "A1"}})
	go c.ping()
	go c.read()
	f.conns <- c
}

// fakeConn is one Socket Mode connection, seen from Slack's side.
type fakeConn struct {
	t      *testing.T
	ws     *websocket.Conn
	mu     sync.Mutex // serializes writes
	acks   chan string
	closed chan struct{}
	once   sync.Once
}

// send writes one Socket Mode request.
func (c *fakeConn) send(v any) {
	data, err := json.Marshal(v)
	if err != nil {
		c.t.Fatalf("fake slack: %v", err)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.ws.WriteMessage(websocket.TextMessage, data); err != nil {
		c.t.Errorf("fake slack: writing to the socket: %v", err)
	}
}

// ping keeps slack-go from dropping the connection, which it does after
// 30 seconds without a ping.
func (c *fakeConn) ping() {
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

// read collects the envelope IDs of the adapter's acks.
func (c *fakeConn) read() {
	defer c.close()
	for {
		_, data, err := c.ws.ReadMessage()
		if err != nil {
			return
		}
		var ack struct {
			EnvelopeID string `json:"envelope_id"`
		}
		if err := json.Unmarshal(data, &ack); err != nil || ack.EnvelopeID == "" {
			c.t.Errorf("fake slack: the adapter sent %s, want an ack with an envelope_id", data)
			continue
		}
		c.acks <- ack.EnvelopeID
	}
}

// close drops the connection, as Slack or the network may.
func (c *fakeConn) close() {
	c.once.Do(func() {
		close(c.closed)
		_ = c.ws.Close()
	})
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// Socket Mode envelopes, as Slack sends them.

func eventEnvelope(envelopeID, eventID string, event map[string]any) map[string]any {
	return map[string]any{
		"envelope_id": envelopeID,
		"type":        "events_api",
		"payload": map[string]any{
			"type":       "event_callback",
			"team_id":    "T1",
			"api_app_id": "A1",
			"event_id":   eventID,
			"event_time": 1700000000,
			"event":      event,
		},
	}
}

func slashEnvelope(envelopeID string, cmd map[string]any) map[string]any {
	return map[string]any{"envelope_id": envelopeID, "type": "slash_commands", "payload": cmd}
}

func interactiveEnvelope(envelopeID string, payload map[string]any) map[string]any {
	return map[string]any{"envelope_id": envelopeID, "type": "interactive", "payload": payload}
}

// slashCommand is a /brief command's payload.
func slashCommand(text, responseURL string) map[string]any {
	return map[string]any{
		"command": "/brief", "text": text, "channel_id": "C1", "channel_name": "general",
		"user_id": "U1", "user_name": "ann", "team_id": "T1", "response_url": responseURL,
		"trigger_id": "1.2.3",
	}
}

// shareClick is a click on "Share in channel" under a private answer.
func shareClick(question, responseURL string) map[string]any {
	return map[string]any{
		"type":         "block_actions",
		"user":         map[string]any{"id": "U1", "name": "ann"},
		"channel":      map[string]any{"id": "C1", "name": "general"},
		"container":    map[string]any{"type": "message", "channel_id": "C1", "is_ephemeral": true},
		"response_url": responseURL,
		"trigger_id":   "1.2.3",
		"actions": []any{map[string]any{
			"type": "button", "action_id": shareActionID, "block_id": "b1", "value": question,
			"text": map[string]any{"type": "plain_text", "text": "Share in channel"},
		}},
	}
}

// logBuffer collects the adapter's logs, shown only when a test fails,
// and lets tests check that no secret was logged.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// testAdapter is an adapter wired to the fake, with its log.
type testAdapter struct {
	*Adapter
	logs *logBuffer
}

// newTestAdapter returns an adapter talking to f, paced and backing off
// in milliseconds.
func newTestAdapter(t *testing.T, f *fakeSlack, mode string, tweak func(*Options)) testAdapter {
	t.Helper()
	logs := &logBuffer{}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("adapter log:\n%s", logs)
		}
	})
	o := Options{
		BotToken:        testBotToken,
		AppToken:        testAppToken,
		SigningSecret:   testSecret,
		Mode:            mode,
		APIURL:          f.apiURL(),
		Logger:          slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		SendInterval:    time.Millisecond,
		ReconnectDelay:  5 * time.Millisecond,
		ShutdownTimeout: deadline,
	}
	if tweak != nil {
		tweak(&o)
	}
	a, err := New(o)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return testAdapter{Adapter: a, logs: logs}
}

// start runs a until the test ends or the returned stop is called, which
// waits for Run to return nil.
func start(t *testing.T, a *Adapter, in bot.Inbox) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx, in) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("Run = %v, want nil", err)
				}
			case <-time.After(deadline):
				t.Errorf("Run did not return after its context ended")
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

// inbox is a stub bot: it records each message and answers it with the
// reply its function gives, through Send or SendPrivate as the bot does.
type inbox struct {
	a     *Adapter
	reply func(bot.Message) bot.Reply

	mu       sync.Mutex
	messages []bot.Message
	errs     []error
	got      chan bot.Message
}

func newInbox(a *Adapter, reply func(bot.Message) bot.Reply) *inbox {
	return &inbox{a: a, reply: reply, got: make(chan bot.Message, 100)}
}

// Inbox returns the stub as the bot.InboxFunc Run takes.
func (in *inbox) Inbox() bot.Inbox {
	return bot.InboxFunc(func(ctx context.Context, m bot.Message) {
		r := in.reply(m)
		var err error
		if r.Private {
			err = in.a.SendPrivate(ctx, &m, r)
		} else {
			err = in.a.Send(ctx, &m, r)
		}
		in.mu.Lock()
		in.messages = append(in.messages, m)
		if err != nil {
			in.errs = append(in.errs, err)
		}
		in.mu.Unlock()
		in.got <- m
	})
}

func (in *inbox) received() []bot.Message {
	in.mu.Lock()
	defer in.mu.Unlock()
	return append([]bot.Message(nil), in.messages...)
}

func (in *inbox) sendErrors() []error {
	in.mu.Lock()
	defer in.mu.Unlock()
	return append([]error(nil), in.errs...)
}

// recv waits for the next value on ch.
func recv[T any](t *testing.T, ch <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(deadline):
		t.Fatalf("timed out waiting for %s", what)
		panic("unreachable")
	}
}

// eventually waits until cond holds.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	stop := time.Now().Add(deadline)
	for !cond() {
		if time.Now().After(stop) {
			t.Fatalf("timed out waiting until %s", what)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// shown is all the text of a call's blocks, as Slack would show it, one
// text object a line.
func shown(c call) string {
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

// buttons lists a call's buttons as "action_id=value".
func buttons(c call) []string {
	var out []string
	for _, b := range c.Blocks {
		if b["type"] != "actions" {
			continue
		}
		els, _ := b["elements"].([]any)
		for _, e := range els {
			if m, ok := e.(map[string]any); ok {
				out = append(out, fmt.Sprintf("%v=%v", m["action_id"], m["value"]))
			}
		}
	}
	return out
}
