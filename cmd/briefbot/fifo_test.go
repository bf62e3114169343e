//go:build linux

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/bottest"
)

// TestFIFOCannotHangShutdown puts a named pipe, pipe.md, in the knowledge
// directory of `briefbot run`, which nobody writes to: opening it to
// read blocks until someone does. Whether the loader blocks on it or
// skips it, SIGTERM must stop the process cleanly within
// bot.shutdown_timeout: when the pipe is there at start, and when it
// appears later and SIGHUP reloads.
func TestFIFOCannotHangShutdown(t *testing.T) {
	for _, when := range []string{"at start", "at a reload"} {
		t.Run(when, func(t *testing.T) {
			kb := copyDir(t, filepath.Join("testdata", "e2e", "knowledge"))
			mkfifo := func() {
				if err := syscall.Mkfifo(filepath.Join(kb, "pipe.md"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			config := filepath.Join(t.TempDir(), "briefbot.yaml")
			data := fmt.Sprintf("knowledge:\n  dir: %q\nbot:\n  shutdown_timeout: 1s\nhttp:\n  listen: 127.0.0.1:0\nlog:\n  format: json\n", kb)
			if err := os.WriteFile(config, []byte(data), 0o600); err != nil {
				t.Fatal(err)
			}
			if when == "at start" {
				mkfifo()
			}
			p := &process{cmd: exec.Command(binary, "run", "--config", config), log: &bottest.Buffer{}, done: make(chan struct{})}
			p.cmd.Env = []string{}
			p.cmd.Stderr = p.log
			if err := p.cmd.Start(); err != nil {
				t.Fatal(err)
			}
			go func() {
				p.err = p.cmd.Wait()
				close(p.done)
			}()
			t.Cleanup(func() {
				select {
				case <-p.done:
				default:
					_ = p.cmd.Process.Kill() // the test failed; it goes either way
					<-p.done
				}
				if t.Failed() {
					t.Logf("briefbot's log:\n%s", p.log)
				}
			})
			if when == "at start" {
				// The loader may still be stuck on the pipe, or have
				// skipped it and started serving: either way, stop it.
				p.eventually(t, "the knowledge to be loading", func() bool { return p.logged("loading the knowledge") })
			} else {
				p.eventually(t, "the HTTP server to listen", func() bool { return p.logged("http server listening") })
				mkfifo()
				if err := p.cmd.Process.Signal(syscall.SIGHUP); err != nil {
					t.Fatal(err)
				}
				p.eventually(t, "the reload to start", func() bool { return p.logged("SIGHUP: reloading the knowledge base") })
			}
			if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
				t.Fatal(err)
			}
			select {
			case <-p.done:
			case <-time.After(bottest.Patience):
				t.Fatal("briefbot did not exit after SIGTERM")
			}
			if p.err != nil {
				t.Errorf("briefbot exited with %v after SIGTERM, want status 0", p.err)
			}
		})
	}
}
