// Package console is the terminal as a chat platform: a prompt, the same
// commands and replies as a chat channel, rendered as readable text. When
// standard input is not a terminal it answers each line and ends, so it
// can be scripted.
package console

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode"

	"github.com/briefbot/briefbot/bot"
)

// Platform is the terminal's name in messages, logs, metrics and the config
// file.
const Platform = "console"

// Options configure the console.
type Options struct {
	In  io.Reader
	Out io.Writer
	// Interactive shows a greeting and a prompt, and styles replies with
	// terminal escapes; set it when In and Out are a terminal.
	Interactive bool
	// User names the person at the terminal. Default "console".
	User string
	// Width wraps replies; 0 means 80.
	Width int
}

// Adapter is the terminal chat.
type Adapter struct {
	o  Options
	mu sync.Mutex // serialises writes to Out
}

// New returns a console adapter.
func New(o Options) *Adapter {
	if o.User == "" {
		o.User = "console"
	}
	if o.Width <= 0 {
		o.Width = 80
	}
	return &Adapter{o: o}
}

const prompt = "brief> "

// Run reads one message a line until the input ends, "quit" or "exit" is
// typed, or ctx ends (Ctrl-C), waiting for the bot to finish with each
// before reading the next. It returns the error that stopped it reading
// the input or writing the prompt.
func (a *Adapter) Run(ctx context.Context, in bot.Inbox) error {
	lines := make(chan string)
	errs := make(chan error, 1)
	go func() {
		sc := bufio.NewScanner(a.o.In)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			case <-ctx.Done():
				return
			}
		}
		errs <- sc.Err()
	}()
	if err := a.prompt("briefbot: ask about the briefings in plain words. Type help for commands, quit to leave.\n\n" + prompt); err != nil {
		return err
	}
	for {
		select {
		case <-ctx.Done():
			return a.prompt("\n")
		case err := <-errs:
			if err != nil {
				return fmt.Errorf("reading the console: %w", err)
			}
			return a.prompt("\n")
		case line := <-lines:
			text := strings.TrimSpace(line)
			switch strings.ToLower(text) {
			case "quit", "exit", "bye":
				return nil
			case "":
			default:
				done := make(chan struct{})
				if !in.Receive(bot.Message{Platform: Platform, ChannelID: "console",
					UserID: a.o.User, UserName: a.o.User, Via: bot.Direct, Text: text, Ref: done}) {
					return nil // the bot is shutting down
				}
				select {
				case <-done:
				case <-ctx.Done():
					return a.prompt("\n")
				}
			}
			if err := a.prompt(prompt); err != nil {
				return err
			}
		}
	}
}

// Finish tells Run the bot is done with the line it read, so it reads the
// next.
func (a *Adapter) Finish(_ context.Context, m *bot.Message) {
	if done, ok := m.Ref.(chan struct{}); ok {
		close(done)
	}
}

// Send prints a reply.
func (a *Adapter) Send(_ context.Context, _ *bot.Message, r bot.Reply) error {
	return a.write(a.render(r))
}

// prompt writes s when the console is interactive.
func (a *Adapter) prompt(s string) error {
	if !a.o.Interactive {
		return nil
	}
	return a.write(s)
}

// write writes s to the output, one writer at a time.
func (a *Adapter) write(s string) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, err := io.WriteString(a.o.Out, s); err != nil {
		return fmt.Errorf("writing to the console: %w", err)
	}
	return nil
}

// Terminal styles, used only when interactive.
const (
	bold  = "\x1b[1m"
	dim   = "\x1b[2m"
	reset = "\x1b[0m"
)

// render turns a reply into text: title, body, table cells, citation,
// related entries and suggestions, wrapped to the width.
func (a *Adapter) render(r bot.Reply) string {
	var b strings.Builder
	style := func(s, code string) string {
		if a.o.Interactive {
			return code + s + reset
		}
		return s
	}
	if r.Title != "" {
		b.WriteString(style(sanitize(r.Title), bold) + "\n")
	}
	for _, line := range strings.Split(sanitize(r.Body), "\n") {
		if r.Body == "" {
			break
		}
		indent := ""
		if strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "  ") {
			indent = "  " // list items and their notes hang under their text
		}
		b.WriteString(wrap(line, a.o.Width, indent) + "\n")
	}
	for _, f := range r.Fields {
		b.WriteString(wrap(sanitize(f.Name)+": "+sanitize(f.Value), a.o.Width, "  ") + "\n")
	}
	if r.Source != nil {
		b.WriteString(style(fmt.Sprintf("  source: %s:%d · %s", sanitize(r.Source.Document), r.Source.Line, sanitize(r.Source.Section)), dim) + "\n")
	}
	if len(r.Related) > 0 {
		b.WriteString("See also:\n")
		for _, rel := range r.Related {
			b.WriteString(wrap("- "+sanitize(rel), a.o.Width, "  ") + "\n")
		}
	}
	if len(r.Suggestions) > 0 {
		s := make([]string, len(r.Suggestions))
		for i, x := range r.Suggestions {
			s[i] = sanitize(x)
		}
		b.WriteString(wrap("Did you mean: "+strings.Join(s, " · ")+"?", a.o.Width, "  ") + "\n")
	}
	b.WriteString("\n")
	return b.String()
}

// sanitize drops control characters (but line breaks) from text that may
// come from a document or a user, so nothing can drive the terminal.
func sanitize(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || !unicode.IsControl(r) {
			return r
		}
		return -1
	}, s)
}

// wrap breaks a line at spaces so it fits width, indenting the
// continuation lines.
func wrap(line string, width int, indent string) string {
	words := strings.Fields(line)
	if len(words) == 0 {
		return ""
	}
	lead := line[:len(line)-len(strings.TrimLeft(line, " "))]
	var b strings.Builder
	col := 0
	b.WriteString(lead)
	col = len(lead)
	for i, w := range words {
		n := len([]rune(w))
		if i > 0 && col+1+n > width {
			b.WriteString("\n" + indent + lead)
			col = len(indent) + len(lead)
		} else if i > 0 {
			b.WriteByte(' ')
			col++
		}
		b.WriteString(w)
		col += n
	}
	return b.String()
}

var (
	_ bot.Adapter  = (*Adapter)(nil)
	_ bot.Finisher = (*Adapter)(nil)
)
