// Package redistest runs a real Redis for tests: a redis-server of the
// test's own on a free port of 127.0.0.1, which the test can stop and
// start again. Without redis-server on PATH the test is skipped, with a
// message naming the Debian package to install; with
// BRIEFBOT_REQUIRE_REDIS=1 in the environment (as CI sets) it fails
// instead, so that no Redis test passes by being skipped.
package redistest

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/bottest"
)

// Require is the environment variable that turns a missing redis-server
// from a skip into a failure.
const Require = "BRIEFBOT_REQUIRE_REDIS"

// Server is a redis-server run by the test, on 127.0.0.1. It is stopped
// when the test ends.
type Server struct {
	t    testing.TB
	bin  string
	dir  string
	port int

	mu   sync.Mutex
	cmd  *exec.Cmd
	done chan struct{}
}

// Start runs a redis-server until the test ends, or skips the test when
// there is none (fails it with BRIEFBOT_REQUIRE_REDIS=1).
func Start(t testing.TB) *Server {
	t.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		msg := "redis-server is not on PATH: install Debian's redis-server package (apt-get install redis-server) to run the Redis tests"
		if os.Getenv(Require) == "1" {
			t.Fatalf("%s; %s=1 requires them", msg, Require)
		}
		t.Skip(msg)
	}
	s := &Server{t: t, bin: bin, dir: t.TempDir()}
	for attempt := 0; ; attempt++ {
		s.port = freePort(t)
		if err := s.start(); err == nil {
			break
		} else if attempt == 2 {
			t.Fatalf("starting redis-server: %v", err)
		}
	}
	t.Cleanup(s.Stop)
	return s
}

// freePort returns a port of 127.0.0.1 that nothing listened on a
// moment ago.
func freePort(t testing.TB) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	if err := ln.Close(); err != nil {
		t.Fatal(err)
	}
	return port
}

// start runs redis-server on s.port and waits until it answers.
func (s *Server) start() error {
	cmd := exec.Command(s.bin, "--port", strconv.Itoa(s.port), "--bind", "127.0.0.1",
		"--save", "", "--appendonly", "no", "--dir", s.dir, "--daemonize", "no", "--loglevel", "warning")
	out := &bottest.Buffer{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		return err
	}
	done := make(chan struct{})
	go func() {
		_ = cmd.Wait() // its end is what done says
		close(done)
	}()
	ok := bottest.Poll(func() bool {
		select {
		case <-done:
			return true
		default:
		}
		return ping(s.Addr()) == nil
	})
	select {
	case <-done:
		return fmt.Errorf("redis-server exited: %s", out)
	default:
	}
	if !ok {
		_ = cmd.Process.Kill()
		<-done
		return fmt.Errorf("redis-server did not answer on %s: %s", s.Addr(), out)
	}
	s.mu.Lock()
	s.cmd, s.done = cmd, done
	s.mu.Unlock()
	return nil
}

// ping sends PING and reads the answer.
func ping(addr string) error {
	c, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return err
	}
	defer func() { _ = c.Close() }()
	if err := c.SetDeadline(time.Now().Add(time.Second)); err != nil {
		return err
	}
	if _, err := c.Write([]byte("PING\r\n")); err != nil {
		return err
	}
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		return err
	}
	if !strings.HasPrefix(line, "+PONG") {
		return fmt.Errorf("PING answered %q", line)
	}
	return nil
}

// Addr is the server's host:port.
func (s *Server) Addr() string { return "127.0.0.1:" + strconv.Itoa(s.port) }

// URL is a redis:// URL of the server's database db.
func (s *Server) URL(db int) string { return fmt.Sprintf("redis://%s/%d", s.Addr(), db) }

// Stop stops the server, as a crash or a restart would: connections
// drop and its data is gone. It does nothing when it is stopped.
func (s *Server) Stop() {
	s.mu.Lock()
	cmd, done := s.cmd, s.done
	s.cmd = nil
	s.mu.Unlock()
	if cmd == nil {
		return
	}
	_ = cmd.Process.Kill() // stopped either way once done is closed
	<-done
}

// Restart starts a stopped server again, on the same port.
func (s *Server) Restart() {
	s.t.Helper()
	if err := s.start(); err != nil {
		s.t.Fatalf("starting redis-server again: %v", err)
	}
}
