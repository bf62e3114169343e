// Package console is the terminal as a chat platform: a prompt with line
// editing and history, the same commands and replies as a chat channel,
// rendered as readable text. When standard input is not a terminal it
// answers each line and ends, so it can be scripted.
package console

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/term"

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
	// terminal escapes; set it when In and Out are a terminal. When In is
	// then a terminal's file, lines are read with editing and history:
	// the arrow keys move in the line and recall earlier lines.
	Interactive bool
	// User names the person at the terminal. Default "console".
	User string
	// Width wraps replies; 0 means 80.
	Width int
}

// Adapter is the terminal chat.
type Adapter struct {
	o      Options
	mu     sync.Mutex     // serialises writes to Out, guards rateable
	editor *term.Terminal // the line editor, on a terminal
	// rateable is the ID of the last answer shown for the last line read,
	// which good or bad rates; "" when that line got no answer.
	rateable string
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
	read, done, err := a.lineReader()
	if err != nil {
		return err
	}
	defer done()
	// Lines are read on a goroutine of its own, one when asked for, so
	// that Ctrl-C (ctx) ends Run while a read waits for the person.
	type line struct {
		text string
		err  error
	}
	ask := make(chan struct{})
	defer close(ask)
	lines := make(chan line)
	go func() {
		for range ask {
			text, err := read()
			select {
			case lines <- line{text, err}:
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	}()
	if err := a.prompt("briefbot: ask about the briefings in plain words. Type help for commands, quit to leave.\n\n"); err != nil {
		return err
	}
	for {
		if a.editor == nil {
			if err := a.prompt(prompt); err != nil {
				return err
			}
		}
		ask <- struct{}{}
		var l line
		select {
		case <-ctx.Done():
			return a.prompt("\n")
		case l = <-lines:
		}
		if l.err == io.EOF {
			return a.prompt("\n")
		}
		if l.err != nil {
			return fmt.Errorf("reading the console: %w", l.err)
		}
		text := strings.TrimSpace(l.text)
		if rest, ok := cutCommand(text); ok {
			// /brief, as on the chat platforms, just works.
			text = rest
			if text == "" {
				text = "help"
			}
		}
		switch strings.ToLower(text) {
		case "quit", "exit", "bye":
			return nil
		case "":
			continue
		}
		m := bot.Message{Platform: Platform, ChannelID: "console",
			UserID: a.o.User, UserName: a.o.User, Via: bot.Direct, Text: text}
		if v, ok := verdict(text); ok {
			id := a.takeRateable()
			if id == "" {
				if err := a.write("Type good or bad right after an answer to say whether it helped.\n\n"); err != nil {
					return err
				}
				continue
			}
			m.Via, m.Text, m.Rating = bot.Press, "", &bot.Rating{Answer: id, Verdict: v}
		} else {
			a.takeRateable() // good or bad rate the answer to the line just before
		}
		done := make(chan struct{})
		m.Ref = done
		if !in.Receive(m) {
			return nil // the bot is shutting down
		}
		select {
		case <-done:
		case <-ctx.Done():
			return a.prompt("\n")
		}
	}
}

// verdict reads a line that rates the last answer: good or bad, the
// console's feedback controls.
func verdict(text string) (bot.Verdict, bool) {
	switch strings.ToLower(strings.TrimRight(text, "!.")) {
	case "good":
		return bot.Helpful, true
	case "bad":
		return bot.Unhelpful, true
	}
	return 0, false
}

// takeRateable returns the answer that good or bad would rate, and
// forgets it: one rating per answer from here.
func (a *Adapter) takeRateable() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	id := a.rateable
	a.rateable = ""
	return id
}

// cutCommand removes the /brief that people type on the chat platforms
// from the start of a line.
func cutCommand(text string) (string, bool) {
	const command = "/brief"
	if len(text) < len(command) || !strings.EqualFold(text[:len(command)], command) {
		return text, false
	}
	rest := text[len(command):]
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return text, false
	}
	return strings.TrimSpace(rest), true
}

// fder is a file with a descriptor, such as a terminal's.
type fder interface{ Fd() uintptr }

// lineReader returns how Run reads a line, and what to do when Run ends.
// On a terminal, a line is read in raw mode, with golang.org/x/term's
// line editor and history, and the terminal is restored as soon as the
// line is read, so replies print, and Ctrl-C interrupts, as usual.
// Elsewhere lines are scanned as they come, so piped input works.
func (a *Adapter) lineReader() (read func() (string, error), done func(), err error) {
	if f, ok := a.o.In.(fder); ok && a.o.Interactive && term.IsTerminal(int(f.Fd())) {
		fd := int(f.Fd())
		saved, err := term.GetState(fd)
		if err != nil {
			return nil, nil, fmt.Errorf("reading the terminal's state: %w", err)
		}
		a.editor = term.NewTerminal(struct {
			io.Reader
			io.Writer
		}{a.o.In, a.o.Out}, prompt)
		if w, h, err := term.GetSize(fd); err == nil && w > 0 {
			// Long lines wrap where the terminal wraps them; without
			// its size the editor assumes 80 columns.
			_ = a.editor.SetSize(w, h) // nothing is on the screen yet: no repaint, no error
		}
		read := func() (string, error) {
			raw, err := term.MakeRaw(fd)
			if err != nil {
				return "", fmt.Errorf("line editing: %w", err)
			}
			defer func() {
				// Restoring a terminal whose state was just read fails
				// only if it is gone, when there is nothing to restore.
				_ = term.Restore(fd, raw)
			}()
			// The editor writes the prompt and the echo itself, while
			// nothing else writes: Run reads a line only once the bot is
			// done with the last.
			line, err := a.editor.ReadLine()
			if errors.Is(err, term.ErrPasteIndicator) {
				err = nil // a pasted line is a line
			}
			return line, err
		}
		// Should Run end while a line is read (Ctrl-C, SIGTERM), leave
		// the terminal as it was found.
		return read, func() { _ = term.Restore(fd, saved) }, nil
	}
	sc := bufio.NewScanner(a.o.In)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	read = func() (string, error) {
		if sc.Scan() {
			return sc.Text(), nil
		}
		if err := sc.Err(); err != nil {
			return "", err
		}
		return "", io.EOF
	}
	return read, func() {}, nil
}

// HowToAsk is the console's line of help: there is no one to mention.
func (a *Adapter) HowToAsk(string) string {
	if a.editor != nil {
		return "Type a question or a command at the prompt (/brief in front works too). The arrow keys edit the line; Up and Down recall earlier lines; Ctrl-D or quit leaves."
	}
	return "Type a question or a command, one a line (/brief in front works too); quit leaves."
}

// Finish tells Run the bot is done with the line it read, so it reads the
// next.
func (a *Adapter) Finish(_ context.Context, m *bot.Message) {
	if done, ok := m.Ref.(chan struct{}); ok {
		close(done)
	}
}

// Send prints a reply. After an answer, good or bad typed next rates it.
func (a *Adapter) Send(_ context.Context, _ *bot.Message, r bot.Reply) error {
	if r.AnswerID != "" {
		a.mu.Lock()
		a.rateable = r.AnswerID
		a.mu.Unlock()
	}
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
	if r.AnswerID != "" {
		b.WriteString(style("  Helpful? Type good or bad.", dim) + "\n")
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
	_ bot.Guide    = (*Adapter)(nil)
)
