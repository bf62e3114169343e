// Package bottest holds what the tests of briefbot's packages share, so
// that each helper is written once: a buffer one goroutine writes while
// another reads, a poller, golden files, and stand-ins for a chat
// platform and for the bot.
package bottest

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// Patience bounds every wait. It is generous: tests wait for events,
// never for time to pass, and patience only stops a test that would
// otherwise hang.
const Patience = 20 * time.Second

// Buffer is a bytes.Buffer that one goroutine (a logger, a process's
// output) may write while another reads it.
type Buffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

// Write appends p to the buffer.
func (b *Buffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// String returns what was written so far.
func (b *Buffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// Poll reports whether cond came to hold, checking it until it does or
// patience runs out. Unlike Eventually it may run outside the test's
// goroutine.
func Poll(cond func() bool) bool {
	deadline := time.Now().Add(Patience)
	for !cond() {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(5 * time.Millisecond)
	}
	return true
}

// Eventually waits until cond holds, and fails the test if patience runs
// out first.
func Eventually(t testing.TB, what string, cond func() bool) {
	t.Helper()
	if !Poll(cond) {
		t.Fatalf("timed out waiting for %s", what)
	}
}

// Receive waits for the next value on ch, and fails the test if patience
// runs out first.
func Receive[T any](t testing.TB, ch <-chan T, what string) T {
	t.Helper()
	timer := time.NewTimer(Patience)
	defer timer.Stop()
	select {
	case v := <-ch:
		return v
	case <-timer.C:
		t.Fatalf("timed out waiting for %s", what)
		panic("unreachable")
	}
}

// update is the -update flag of every test binary that compares golden
// files.
var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// Golden compares got with the golden file at path. With -update it
// writes got to the file first, so `go test ./PKG -update` refreshes a
// package's golden files.
func Golden(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", path, diff)
	}
}
