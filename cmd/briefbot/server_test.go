package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/discord"
	"github.com/briefbot/briefbot/adapters/discord/discordtest"
	"github.com/briefbot/briefbot/adapters/slack"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/config"
)

// platformMux is the HTTP endpoints of Slack in HTTP mode and of
// Discord's interactions endpoint, with a health check, as briefbot run
// mounts them.
func platformMux(t *testing.T) *http.ServeMux {
	t.Helper()
	cfg := config.Default()
	cfg.Slack.Mode, cfg.Slack.SigningSecret = config.HTTPMode, "secret"
	cfg.Discord.PublicKey = strings.Repeat("ab", 32)
	mux := http.NewServeMux()
	s := slack.New(cfg.Slack, slack.Options{Logger: slog.New(slog.DiscardHandler)})
	s.Register(mux)
	d, err := discord.New(cfg.Discord, discord.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d.Register(mux)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { answer(w, "ok\n") })
	return mux
}

// serveLimited serves h with l until the test ends and returns its
// address, and a function that tells the most connections it held open
// at once so far and how many it accepted.
func serveLimited(t *testing.T, h http.Handler, l limits) (addr string, conns func() (most, accepted int)) {
	t.Helper()
	ln, err := listen("127.0.0.1:0", l)
	if err != nil {
		t.Fatal(err)
	}
	srv := newServer(h, l)
	// Counted where the limit acts: a connection counts from its Accept
	// until its Close, which frees its slot. (The server's ConnState
	// hooks report a close only after it, so a connection accepted into
	// the freed slot could be counted before the one it replaced had
	// left.)
	counted := &countingListener{Listener: ln}
	ln = counted
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			t.Errorf("Serve() = %v", err)
		}
	}()
	t.Cleanup(func() {
		if err := srv.Close(); err != nil {
			t.Errorf("closing the server: %v", err)
		}
		<-done
	})
	return ln.Addr().String(), counted.counts
}

// countingListener counts the connections it accepted and those open
// at once, until their Close.
type countingListener struct {
	net.Listener
	mu                sync.Mutex
	open, most, total int
}

func (l *countingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	l.mu.Lock()
	l.open++
	l.total++
	l.most = max(l.most, l.open)
	l.mu.Unlock()
	return &countedConn{Conn: c, l: l}, nil
}

// counts returns the most connections open at once so far, and how many
// were accepted.
func (l *countingListener) counts() (most, accepted int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.most, l.total
}

// countedConn is a connection a countingListener counts until its
// first Close.
type countedConn struct {
	net.Conn
	l    *countingListener
	once sync.Once
}

func (c *countedConn) Close() error {
	c.once.Do(func() {
		c.l.mu.Lock()
		c.l.open--
		c.l.mu.Unlock()
	})
	return c.Conn.Close()
}

// testLimits are limits short enough for a test to see them act.
var testLimits = limits{
	header:    200 * time.Millisecond,
	read:      300 * time.Millisecond,
	write:     time.Second,
	slowWrite: time.Second,
	idle:      200 * time.Millisecond,
	conns:     4,
}

// trickle writes the start of a request, then one byte every 20
// milliseconds until the server closes the connection or patience runs
// out. It reports whether the server closed the connection, and what it
// answered.
func trickle(t *testing.T, addr, start string) (closed bool, answer string) {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = c.Close() }() // the server closed it already
	if _, err := io.WriteString(c, start); err != nil {
		t.Fatal(err)
	}
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				if _, err := c.Write([]byte("x")); err != nil {
					return
				}
			}
		}
	}()
	if err := c.SetReadDeadline(time.Now().Add(bottest.Patience)); err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(c)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return false, string(b)
	}
	return true, string(b)
}

// TestServerSlowClients checks that clients that trickle a request's
// headers or body, or keep an idle connection, are cut off, and that no
// more than the cap of connections are served at once.
func TestServerSlowClients(t *testing.T) {
	addr, most := serveLimited(t, platformMux(t), testLimits)

	t.Run("slow headers", func(t *testing.T) {
		if closed, _ := trickle(t, addr, "POST /slack/events HTTP/1.1\r\nHost: briefbot\r\nX-Slow: "); !closed {
			t.Errorf("a client trickling its headers was held open")
		}
	})
	for _, path := range []string{"/slack/events", "/slack/commands", "/discord/interactions"} {
		t.Run("slow body to "+path, func(t *testing.T) {
			closed, answer := trickle(t, addr, "POST "+path+" HTTP/1.1\r\nHost: briefbot\r\nContent-Length: 100000\r\n\r\n{")
			if !closed {
				t.Errorf("a client trickling its body was held open")
			}
			if strings.Contains(answer, " 200 ") {
				t.Errorf("a body never finished was answered %q", answer)
			}
		})
	}
	t.Run("idle connection", func(t *testing.T) {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer func() { _ = c.Close() }() // closed by the server already
		if _, err := io.WriteString(c, "GET /healthz HTTP/1.1\r\nHost: briefbot\r\n\r\n"); err != nil {
			t.Fatal(err)
		}
		r := bufio.NewReader(c)
		resp, err := http.ReadResponse(r, nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(io.Discard, resp.Body); err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode != http.StatusOK || resp.Close {
			t.Fatalf("GET /healthz = %s (close %v), want 200 on a kept-alive connection", resp.Status, resp.Close)
		}
		// Now idle: the server must close the connection.
		if err := c.SetReadDeadline(time.Now().Add(bottest.Patience)); err != nil {
			t.Fatal(err)
		}
		if _, err := r.ReadByte(); !errors.Is(err, io.EOF) {
			t.Errorf("reading an idle connection = %v, want EOF: the server closes it", err)
		}
	})
	t.Run("connection cap", func(t *testing.T) {
		_, before := most()
		const n = 10
		var wg sync.WaitGroup
		for range n {
			wg.Go(func() {
				if closed, _ := trickle(t, addr, "GET /healthz HTTP/1.1\r\nHost: briefbot\r\nX-Slow: "); !closed {
					t.Errorf("a slow client was held open")
				}
			})
		}
		wg.Wait()
		bottest.Eventually(t, "every client to be accepted in turn", func() bool {
			_, total := most()
			return total-before >= n
		})
		if m, _ := most(); m > testLimits.conns {
			t.Errorf("the server held %d connections at once, want at most %d", m, testLimits.conns)
		}
	})
}

// TestOversizeBodies checks that every endpoint that takes a body
// answers 413 Content Too Large to one of 10 MB.
func TestOversizeBodies(t *testing.T) {
	addr, _ := serveLimited(t, platformMux(t), serverLimits)
	body := bytes.Repeat([]byte("x"), 10<<20)
	for _, path := range []string{"/slack/events", "/slack/commands", "/slack/interactions", "/discord/interactions"} {
		t.Run(path, func(t *testing.T) {
			resp, err := http.Post("http://"+addr+path, "application/json", bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			if err := resp.Body.Close(); err != nil {
				t.Fatal(err)
			}
			if resp.StatusCode != http.StatusRequestEntityTooLarge {
				t.Errorf("POST %s with 10 MB = %s, want 413", path, resp.Status)
			}
		})
	}
}

// TestPlatformRefused checks the error briefbot run exits with when a
// platform refuses it: it names the platform once.
func TestPlatformRefused(t *testing.T) {
	f := discordtest.NewServer(t)
	f.Fail("applications/", http.StatusUnauthorized)
	path := filepath.Join(t.TempDir(), "briefbot.yaml")
	conf := "discord:\n  enabled: true\n  api_url: " + f.APIURL() + "\n  application_id: \"" + discordtest.ApplicationID + "\"\nlog:\n  format: json\n"
	if err := os.WriteFile(path, []byte(conf), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv(config.EnvDiscordBotToken, "wrong-token")
	var stderr bottest.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: &stderr, getenv: func(string) string { return "" }}
	ctx, cancel := context.WithTimeout(context.Background(), bottest.Patience)
	defer cancel()
	if code := e.main(ctx, []string{"run", "--config", path}); code != 1 {
		t.Errorf("briefbot run with the token refused: exit %d, want 1", code)
	}
	last := strings.TrimSpace(stderr.String())
	last = last[strings.LastIndexByte(last, '\n')+1:]
	if !strings.HasPrefix(last, "briefbot run: discord: ") || strings.Count(last, "discord:") != 1 || !strings.Contains(last, "401") {
		t.Errorf("briefbot run says %q, want one \"discord:\" and the 401", last)
	}
}
