package discord

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	"github.com/briefbot/briefbot/bot"
)

// Identities in the fake Discord.
const (
	testToken  = "test-token"
	testApp    = "app1"
	botUserID  = "900"
	sessionID  = "session-1"
	guildID    = "g1"
	channelID  = "c1"
	userID     = "u1"
	adminRole  = "r-admin"
	otherBotID = "901"
)

// fakeDiscord is a local Discord: the REST API under /api/v9/ that records
// what the bot sends, and a gateway websocket that the test drives.
type fakeDiscord struct {
	t   *testing.T
	srv *httptest.Server

	mu        sync.Mutex
	requests  []request
	ratelimit map[string]int // path prefix -> 429s still to answer
	fail      map[string]int // path prefix -> status to answer every time
	frames    []frame        // what the client sent on the gateway, in order
	conns     int
	conn      *websocket.Conn
	seq       int
	nextID    int

	writeMu sync.Mutex // gorilla allows one writer at a time
}

// request is one REST request the bot made.
type request struct {
	Method string
	Path   string // under /api/v9/, without the query
	Query  string
	Header http.Header
	Body   json.RawMessage
}

// frame is one gateway payload from the client.
type frame struct {
	Op   int             `json:"op"`
	Data json.RawMessage `json:"d"`
	Conn int             `json:"-"` // which connection, from 1
}

func newFakeDiscord(t *testing.T) *fakeDiscord {
	t.Helper()
	f := &fakeDiscord{t: t, ratelimit: map[string]int{}, fail: map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v9/gateway", func(w http.ResponseWriter, r *http.Request) {
		f.record(r, nil)
		writeTestJSON(w, map[string]string{"url": "ws" + strings.TrimPrefix(f.srv.URL, "http") + "/ws"})
	})
	mux.HandleFunc("/api/v9/", f.serveREST)
	mux.HandleFunc("/ws/", f.serveGateway)
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeDiscord) apiURL() string { return f.srv.URL + "/api/v9/" }

func (f *fakeDiscord) record(r *http.Request, body []byte) request {
	req := request{
		Method: r.Method,
		Path:   strings.TrimPrefix(r.URL.Path, "/api/v9/"),
		Query:  r.URL.RawQuery,
		Header: r.Header.Clone(),
	}
	if len(body) > 0 {
		req.Body = body
	}
	f.mu.Lock()
	f.requests = append(f.requests, req)
	f.mu.Unlock()
	return req
}

func (f *fakeDiscord) serveREST(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	req := f.record(r, body)
	if got := r.Header.Get("Authorization"); got != "Bot "+testToken && !strings.HasPrefix(req.Path, "webhooks/") && !strings.HasPrefix(req.Path, "interactions/") {
		http.Error(w, `{"message": "401: Unauthorized", "code": 0}`, http.StatusUnauthorized)
		return
	}
	f.mu.Lock()
	limited, failed := false, 0
	for p, n := range f.ratelimit {
		if strings.HasPrefix(req.Path, p) && n > 0 {
			f.ratelimit[p] = n - 1
			limited = true
		}
	}
	for p, status := range f.fail {
		if strings.HasPrefix(req.Path, p) {
			failed = status
		}
	}
	f.nextID++
	id := fmt.Sprintf("m%d", f.nextID)
	f.mu.Unlock()

	switch {
	case limited:
		// What Discord sends when a bucket is exhausted.
		w.Header().Set("Retry-After", "1")
		w.Header().Set("X-RateLimit-Limit", "5")
		w.Header().Set("X-RateLimit-Remaining", "0")
		w.Header().Set("X-RateLimit-Reset-After", "0.05")
		w.Header().Set("X-RateLimit-Bucket", "fake-bucket")
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusTooManyRequests)
		io.WriteString(w, `{"message": "You are being rate limited.", "retry_after": 0.05, "global": false}`)
		return
	case failed != 0:
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(failed)
		io.WriteString(w, `{"message": "Missing Access", "code": 50001}`)
		return
	}

	parts := strings.Split(req.Path, "/")
	switch {
	case r.Method == http.MethodPut && strings.HasSuffix(req.Path, "/commands"):
		w.Header().Set("Content-Type", "application/json")
		w.Write(body)
	case r.Method == http.MethodPost && req.Path == "users/@me/channels":
		var b struct {
			RecipientID string `json:"recipient_id"`
		}
		json.Unmarshal(body, &b)
		writeTestJSON(w, map[string]any{"id": "dm-" + b.RecipientID, "type": 1})
	case strings.HasPrefix(req.Path, "interactions/") && strings.HasSuffix(req.Path, "/callback"):
		w.WriteHeader(http.StatusNoContent)
	case r.Method == http.MethodDelete:
		w.WriteHeader(http.StatusNoContent)
	case parts[0] == "channels" && len(parts) >= 3:
		if len(parts) == 4 {
			id = parts[3]
		}
		writeTestJSON(w, map[string]any{"id": id, "channel_id": parts[1]})
	case parts[0] == "webhooks":
		if len(parts) == 5 {
			id = parts[4]
		}
		writeTestJSON(w, map[string]any{"id": id, "channel_id": channelID})
	default:
		http.Error(w, `{"message": "404: Not Found", "code": 0}`, http.StatusNotFound)
	}
}

// sent returns the requests recorded so far whose method and path match;
// path may end in "*" to match a prefix.
func (f *fakeDiscord) sent(method, path string) []request {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []request
	for _, r := range f.requests {
		if r.Method != method {
			continue
		}
		if p, ok := strings.CutSuffix(path, "*"); ok && strings.HasPrefix(r.Path, p) || r.Path == path {
			out = append(out, r)
		}
	}
	return out
}

// all returns every request recorded so far.
func (f *fakeDiscord) all() []request {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]request(nil), f.requests...)
}

// serveGateway speaks the gateway protocol: Hello, then READY for an
// Identify or RESUMED for a Resume, then heartbeat acknowledgements.
func (f *fakeDiscord) serveGateway(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("v") != "9" || r.URL.Query().Get("encoding") != "json" {
		http.Error(w, "want ?v=9&encoding=json", http.StatusBadRequest)
		return
	}
	up := websocket.Upgrader{}
	c, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer c.Close()
	f.mu.Lock()
	f.conns++
	n := f.conns
	f.conn = c
	f.mu.Unlock()

	f.write(c, map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 45000}})
	for {
		_, data, err := c.ReadMessage()
		if err != nil {
			return
		}
		var fr frame
		if err := json.Unmarshal(data, &fr); err != nil {
			f.t.Errorf("gateway frame %q: %v", data, err)
			return
		}
		fr.Conn = n
		f.mu.Lock()
		f.frames = append(f.frames, fr)
		f.mu.Unlock()
		switch fr.Op {
		case 1:
			f.write(c, map[string]any{"op": 11})
		case 2:
			f.dispatch("READY", map[string]any{
				"v":                  9,
				"session_id":         sessionID,
				"resume_gateway_url": "ws" + strings.TrimPrefix(f.srv.URL, "http") + "/ws",
				"user":               map[string]any{"id": botUserID, "username": "briefbot", "bot": true},
				"guilds":             []any{},
				"application":        map[string]any{"id": testApp},
			})
		case 6:
			f.dispatch("RESUMED", map[string]any{})
		}
	}
}

func (f *fakeDiscord) write(c *websocket.Conn, v any) {
	f.writeMu.Lock()
	defer f.writeMu.Unlock()
	if err := c.WriteJSON(v); err != nil {
		f.t.Logf("gateway write: %v", err)
	}
}

// dispatch sends an event on the current gateway connection.
func (f *fakeDiscord) dispatch(event string, d any) {
	f.mu.Lock()
	f.seq++
	seq, c := f.seq, f.conn
	f.mu.Unlock()
	if c == nil {
		f.t.Errorf("dispatch %s: no gateway connection", event)
		return
	}
	f.write(c, map[string]any{"op": 0, "t": event, "s": seq, "d": d})
}

// drop cuts the gateway connection without a close frame, as a network
// failure would.
func (f *fakeDiscord) drop() {
	f.mu.Lock()
	c := f.conn
	f.mu.Unlock()
	c.NetConn().Close()
}

func (f *fakeDiscord) gatewayFrames() []frame {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]frame(nil), f.frames...)
}

func writeTestJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

// eventually polls cond until it holds, failing the test after a generous
// deadline. Tests never depend on how long anything takes.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	if !poll(cond) {
		t.Fatalf("gave up waiting for %s", what)
	}
}

// poll reports whether cond came to hold before a generous deadline. Unlike
// eventually, it may run outside the test's goroutine.
func poll(cond func() bool) bool {
	deadline := time.Now().Add(15 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(5 * time.Millisecond)
	}
	return true
}

// inbox is the bot as the adapter sees it: it records each message and
// answers it with a canned reply through the adapter, as the bot core
// does: SendPrivate for private replies, Send for the others.
type inbox struct {
	a     *Adapter
	reply func(m bot.Message) (bot.Reply, bool)
	got   chan bot.Message
	errs  chan error
	hold  func(m bot.Message) // called before answering; may block
}

func newInbox(reply func(m bot.Message) (bot.Reply, bool)) *inbox {
	return &inbox{reply: reply, got: make(chan bot.Message, 100), errs: make(chan error, 100)}
}

func (in *inbox) Receive(ctx context.Context, m bot.Message) {
	in.got <- m
	if in.hold != nil {
		in.hold(m)
	}
	r, ok := in.reply(m)
	if !ok {
		return
	}
	var err error
	if r.Private {
		err = in.a.SendPrivate(ctx, &m, r)
	} else {
		err = in.a.Send(ctx, &m, r)
	}
	in.errs <- err
}

// next returns the next message the inbox received.
func (in *inbox) next(t *testing.T) bot.Message {
	t.Helper()
	select {
	case m := <-in.got:
		return m
	case <-time.After(15 * time.Second):
		t.Fatal("gave up waiting for a message")
	}
	return bot.Message{}
}

// sendErr returns the error of the next reply the inbox sent.
func (in *inbox) sendErr(t *testing.T) error {
	t.Helper()
	select {
	case err := <-in.errs:
		return err
	case <-time.After(15 * time.Second):
		t.Fatal("gave up waiting for a reply to be sent")
	}
	return nil
}

// start runs a on in until the test ends and waits until it is connected.
func start(t *testing.T, a *Adapter, in *inbox) {
	t.Helper()
	in.a = a
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx, in) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run() = %v, want nil", err)
			}
		case <-time.After(15 * time.Second):
			t.Error("Run did not return after its context ended")
		}
	})
	eventually(t, "the adapter to connect", func() bool {
		select {
		case err := <-done:
			t.Fatalf("Run() = %v before connecting", err)
		default:
		}
		return a.Connected()
	})
}

// logBuffer collects an adapter's logs for tests that read them.
type logBuffer struct {
	mu  sync.Mutex
	buf strings.Builder
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// newAdapter returns an adapter talking to f, with o's other settings. When
// the test ends it checks that every message the adapter sent is one
// Discord would take and that would ping nobody, and that the token
// appears in no log line.
func newAdapter(t *testing.T, f *fakeDiscord, o Options) (*Adapter, *logBuffer) {
	t.Helper()
	o.Token = testToken
	o.APIURL = f.apiURL()
	o.ApplicationID = testApp
	o.HTTPClient = f.srv.Client()
	logs := &logBuffer{}
	o.Logger = slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	a, err := New(o)
	if err != nil {
		t.Fatalf("New() = %v", err)
	}
	t.Cleanup(func() {
		for _, r := range f.all() {
			for _, problem := range bodyProblems(r) {
				t.Errorf("%s %s: %s", r.Method, r.Path, problem)
			}
		}
		if strings.Contains(logs.String(), testToken) {
			t.Errorf("the logs show the token:\n%s", logs)
		}
	})
	return a, logs
}

// sentMessage is what the adapter sends for a message, whichever endpoint
// takes it.
type sentMessage struct {
	Content         string                    `json:"content"`
	Embeds          []*discordgo.MessageEmbed `json:"embeds"`
	AllowedMentions *struct {
		Parse       *[]string `json:"parse"`
		Users       []string  `json:"users"`
		Roles       []string  `json:"roles"`
		RepliedUser bool      `json:"replied_user"`
	} `json:"allowed_mentions"`
	Flags     int `json:"flags"`
	Reference *struct {
		MessageID string `json:"message_id"`
	} `json:"message_reference"`
}

// callback is an interaction response as the callback endpoint or the
// HTTP interactions endpoint receives it.
type callback struct {
	Type int `json:"type"`
	Data *struct {
		sentMessage
		Choices []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
	} `json:"data"`
}

// message returns the message a request carries, if it carries one.
func (r request) message(t *testing.T) (sentMessage, bool) {
	t.Helper()
	m, ok, err := messageOf(r)
	if err != nil {
		t.Fatalf("%s %s: %v", r.Method, r.Path, err)
	}
	return m, ok
}

func messageOf(r request) (sentMessage, bool, error) {
	var m sentMessage
	switch {
	case r.Method == http.MethodPost && strings.HasSuffix(r.Path, "/callback"):
		var c callback
		if err := json.Unmarshal(r.Body, &c); err != nil {
			return m, false, err
		}
		if c.Type != 4 && c.Type != 5 || c.Data == nil {
			return m, false, nil
		}
		return c.Data.sentMessage, true, nil
	case (r.Method == http.MethodPost || r.Method == http.MethodPatch) &&
		(strings.HasPrefix(r.Path, "channels/") && strings.Contains(r.Path, "/messages") || strings.HasPrefix(r.Path, "webhooks/")):
		err := json.Unmarshal(r.Body, &m)
		return m, err == nil, err
	}
	return m, false, nil
}

// bodyProblems lists how a request breaks Discord's limits or could
// ping someone.
func bodyProblems(r request) []string {
	m, ok, err := messageOf(r)
	if err != nil {
		return []string{err.Error()}
	}
	if !ok {
		return nil
	}
	var p []string
	if am := m.AllowedMentions; am == nil || am.Parse == nil || len(*am.Parse) != 0 || len(am.Users) != 0 || len(am.Roles) != 0 || am.RepliedUser {
		p = append(p, fmt.Sprintf("allowed_mentions is not empty: %s", r.Body))
	}
	if n := length(m.Content); n > maxContent {
		p = append(p, fmt.Sprintf("content is %d characters, limit %d", n, maxContent))
	}
	p = append(p, embedProblems(m.Embeds)...)
	return p
}
