package main

import (
	"fmt"
	"net"
	"net/http"
	"time"

	"golang.org/x/net/netutil"
)

// limits bound what one client may hold of the HTTP server, so that slow
// or idle clients, or a flood of them, cannot keep it from answering
// Slack, Discord and the health checks.
type limits struct {
	// header is how long a client may take to send a request's headers.
	header time.Duration
	// read is how long it may take to send a whole request, body
	// included. Slack and Discord send a few kilobytes at once.
	read time.Duration
	// write is how long answering a request may take. Slack and Discord
	// want their answer within three seconds; the interactions endpoint
	// waits up to two for the bot's.
	write time.Duration
	// slowWrite is write for /metrics, whose answer is larger and which
	// scrapers give ten seconds.
	slowWrite time.Duration
	// idle is how long a kept-alive connection may wait for its next
	// request.
	idle time.Duration
	// conns is the most connections open at once; further clients wait
	// to be accepted.
	conns int
}

// serverLimits are the limits of briefbot run's HTTP server.
var serverLimits = limits{
	header:    5 * time.Second,
	read:      5 * time.Second,
	write:     10 * time.Second,
	slowWrite: 30 * time.Second,
	idle:      60 * time.Second,
	conns:     256,
}

// newServer returns the HTTP server for handler, with l's timeouts.
func newServer(handler http.Handler, l limits) *http.Server {
	return &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: l.header,
		ReadTimeout:       l.read,
		WriteTimeout:      l.write,
		IdleTimeout:       l.idle,
	}
}

// listen listens on addr, accepting at most l.conns connections at once.
func listen(addr string, l limits) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("http.listen: %w", err)
	}
	return netutil.LimitListener(ln, l.conns), nil
}

// slowWrite gives h's answers d to be written rather than the server's
// write timeout.
func slowWrite(h http.Handler, d time.Duration) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Only a writer that cannot set deadlines (a test's recorder)
		// refuses, and then the server's own timeout stands.
		_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(d))
		h.ServeHTTP(w, r)
	})
}
