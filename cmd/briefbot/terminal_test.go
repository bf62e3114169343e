//go:build linux

package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"unsafe"

	"golang.org/x/term"

	"github.com/briefbot/briefbot/bot/bottest"
)

// openPTY opens a pseudo-terminal: the terminal (the side a program
// reads and writes as its terminal) and its controller (the side the
// test types on and reads the screen from).
func openPTY(t *testing.T) (terminal, controller *os.File) {
	t.Helper()
	controller, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Fatalf("opening a pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { _ = controller.Close() }) // read to its end already, or the test failed
	var unlock int32
	if _, _, errno := syscall.Syscall(syscall.SYS_IOCTL, controller.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); errno != 0 {
		t.Fatalf("unlocking the pseudo-terminal: %v", errno)
	}
	var n uint32
	if _, _, errno := syscall.Syscall(syscall.SYS_IOCTL, controller.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); errno != 0 {
		t.Fatalf("numbering the pseudo-terminal: %v", errno)
	}
	terminal, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Fatalf("opening the pseudo-terminal's terminal: %v", err)
	}
	t.Cleanup(func() { _ = terminal.Close() })
	return terminal, controller
}

// TestTerminalEditing types at `briefbot chat` through a pseudo-terminal
// as a person does: Up recalls the last question, the arrow keys and
// Backspace edit a line, /brief works, Ctrl-D leaves, and the terminal
// is left as it was found.
func TestTerminalEditing(t *testing.T) {
	tty, ctl := openPTY(t)
	before, err := term.GetState(int(tty.Fd()))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(binary, "chat")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, tty
	cmd.Env = []string{"USER=tester", "TERM=xterm"}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	var waitErr error
	go func() {
		waitErr = cmd.Wait()
		close(exited)
	}()
	t.Cleanup(func() {
		select {
		case <-exited:
		default:
			_ = cmd.Process.Kill() // the test failed; the process goes either way
			<-exited
		}
	})
	var screen bottest.Buffer
	go func() { _, _ = io.Copy(&screen, ctl) }() // ends when the terminal closes

	const prompt = "brief> "
	step := func(keys, what string, done func(string) bool) {
		t.Helper()
		if _, err := io.WriteString(ctl, keys); err != nil {
			t.Fatal(err)
		}
		if !bottest.Poll(func() bool { return done(screen.String()) }) {
			t.Fatalf("after typing %q, no %s; the screen shows:\n%s", keys, what, screen.String())
		}
	}
	prompts := func(n int) func(string) bool {
		return func(s string) bool { return strings.Count(s, prompt) >= n }
	}
	// answers waits for the n'th showing of text and then for the
	// prompt after it, the ith: keys typed before the prompt is back
	// would reach a terminal that is not yet in raw mode, where Ctrl-D
	// is the line discipline's and is lost.
	answers := func(text string, n, ith int) func(string) bool {
		return func(s string) bool { return strings.Count(s, text) >= n && strings.Count(s, prompt) >= ith }
	}
	const dataSharing = "Enhancing mechanisms for intelligence sharing"

	step("", "prompt", prompts(1))
	step("data sharing\r", "answer", answers(dataSharing, 1, 2))
	// Up recalls the question; before, it typed an escape sequence and
	// Enter answered with the help text.
	step("\x1b[A\r", "second answer to the recalled question", answers(dataSharing, 2, 3))
	// Left and right arrows move in the line, Backspace deletes.
	step("heme\x1b[D\x1b[D\x1b[D\x1b[Dt\x1b[C\x1b[C\x1b[C\x1b[Csx\x7f\r", "themes", answers("Themes (8)", 1, 4))
	step("/brief show Data Sharing\r", "answer to /brief", answers(dataSharing, 3, 5))
	step("help\r", "help", answers("briefbot help", 1, 6))
	step("\x04", "exit on Ctrl-D", func(string) bool {
		select {
		case <-exited:
			return true
		default:
			return false
		}
	})
	if waitErr != nil {
		t.Errorf("briefbot chat after Ctrl-D: %v, want exit status 0", waitErr)
	}
	out := screen.String()
	for _, bad := range []string{"^[[A", "\x1b[A", "Nothing in the briefings fits", "Mention me"} {
		if strings.Contains(out, bad) {
			t.Errorf("the screen shows %q:\n%s", bad, out)
		}
	}
	if !strings.Contains(out, "arrow keys edit the line") {
		t.Errorf("the terminal's help does not say how to edit a line:\n%s", out)
	}
	after, err := term.GetState(int(tty.Fd()))
	if err != nil && !errors.Is(err, syscall.EIO) {
		t.Fatal(err)
	}
	if err == nil && !reflect.DeepEqual(before, after) {
		t.Error("the terminal was left in another state than it was found in")
	}
}
