package console

import (
	"context"
	"errors"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
)

func TestRender(t *testing.T) {
	replies := []struct {
		name  string
		reply bot.Reply
	}{
		{"answer", bot.Reply{Kind: bot.Answer, Title: "Maritime Law Enforcement",
			Body:    "Developing strategies to address illegal fishing and protect sovereignty in vital maritime zones, with patrols, training and shared vessel tracking for the whole region.",
			Source:  &bot.Source{Document: "us-cambodia-defense-talks.txt", Section: "Austin Engages with Cambodian Leaders", Line: 8},
			Related: []string{"Data Sharing — Austin Engages (us-cambodia-defense-talks.txt)"}}},
		{"row", bot.Reply{Kind: bot.Answer, Title: "Regional Stability",
			Fields: []bot.Field{{Name: "Collaborative Actions", Value: "Joint defense Summits"}},
			Source: &bot.Source{Document: "a.txt", Section: "S", Line: 11}}},
		{"no answer", bot.Reply{Kind: bot.NoAnswer, Title: "Nothing in the briefings fits that",
			Body: "Try `themes`.", Suggestions: []string{"Port Visits", "Vaccine Supply"}}},
		{"hostile", bot.Reply{Title: "Evil\x1b[2J title", Body: "line one\nline\x07 two"}},
		{"rateable answer", bot.Reply{Kind: bot.Answer, Title: "Port Visits", Body: "Two navy port visits a year.",
			Source: &bot.Source{Document: "maritime.txt", Section: "Maritime Security", Line: 4}, AnswerID: "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}},
	}
	for _, tt := range replies {
		for _, interactive := range []bool{false, true} {
			name := tt.name
			if interactive {
				name += " interactive"
			}
			t.Run(name, func(t *testing.T) {
				a := New(Options{Interactive: interactive, Width: 60})
				got := a.render(tt.reply)
				bottest.Golden(t, filepath.Join("testdata", strings.ReplaceAll(name, " ", "_")+".golden"), []byte(got))
				if strings.Contains(got, "\x1b[2J") || strings.Contains(got, "\x07") {
					t.Errorf("render passed control characters through: %q", got)
				}
			})
		}
	}
}

// echo answers each message with its own text, as the bot would: on a
// goroutine of its own, telling the console when it is done.
func echo(t *testing.T, a *Adapter) *bottest.Inbox {
	in := bottest.NewInbox(func(m bot.Message) (bot.Reply, bool) {
		if m.Platform != Platform || m.Via != bot.Direct || m.UserID != "me" {
			t.Errorf("message %+v, want a direct message from me on the console", m)
		}
		return bot.Reply{Title: "you said", Body: m.Text}, true
	})
	in.Adapter = a
	return in
}

func TestRunScripted(t *testing.T) {
	var out strings.Builder
	a := New(Options{In: strings.NewReader("first\n\n  second  \nquit\nnever\n"), Out: &out, User: "me"})
	if err := a.Run(context.Background(), echo(t, a)); err != nil {
		t.Fatalf("Run = %v", err)
	}
	want := "you said\nfirst\n\nyou said\nsecond\n\n"
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("Run output mismatch (-want +got):\n%s", diff)
	}
}

// TestSlashBrief checks that /brief, typed in the terminal as on the chat
// platforms, just works.
func TestSlashBrief(t *testing.T) {
	var out strings.Builder
	a := New(Options{In: strings.NewReader("/brief themes\n/BRIEF  show x\n/brief\n/briefing notes\n"), Out: &out, User: "me"})
	if err := a.Run(context.Background(), echo(t, a)); err != nil {
		t.Fatalf("Run = %v", err)
	}
	want := "you said\nthemes\n\nyou said\nshow x\n\nyou said\nhelp\n\nyou said\n/briefing notes\n\n"
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("Run output mismatch (-want +got):\n%s", diff)
	}
	if how := a.HowToAsk("!brief"); strings.Contains(how, "ention") || !strings.Contains(how, "/brief") {
		t.Errorf("HowToAsk = %q, want the terminal's ways, no mentions", how)
	}
}

// TestGoodBad types good and bad after answers: each rates the answer
// to the line just before, once, as a press of the answer's controls.
func TestGoodBad(t *testing.T) {
	const id1, id2 = "AAAAAAAAAAAAAAAAAAAAAAAAAA", "BBBBBBBBBBBBBBBBBBBBBBBBBB"
	var out strings.Builder
	a := New(Options{In: strings.NewReader("good\nport visits\nBad\nbad\nthemes\ngood\ncoast guard\ngood!\n"), Out: &out, User: "me"})
	answers := map[string]string{"port visits": id1, "coast guard": id2}
	var rated []bot.Rating
	in := bottest.NewInbox(func(m bot.Message) (bot.Reply, bool) {
		if m.Rating != nil {
			if m.Via != bot.Press || m.Text != "" {
				t.Errorf("press %+v, want Via Press and no text", m)
			}
			rated = append(rated, *m.Rating)
			return bot.Reply{Title: "Thanks, noted", Private: true}, true
		}
		return bot.Reply{Kind: bot.Answer, Title: m.Text, AnswerID: answers[m.Text]}, true
	})
	in.Adapter = a
	if err := a.Run(context.Background(), in); err != nil {
		t.Fatalf("Run = %v", err)
	}
	want := []bot.Rating{{Answer: id1, Verdict: bot.Unhelpful}, {Answer: id2, Verdict: bot.Helpful}}
	if diff := cmp.Diff(want, rated); diff != "" {
		t.Errorf("ratings (-want +got):\n%s", diff)
	}
	hint := "Type good or bad right after an answer to say whether it helped."
	if got := strings.Count(out.String(), hint); got != 3 {
		t.Errorf("the output has the hint %d times, want 3 (good first, bad again, good after themes):\n%s", got, out.String())
	}
	if got := strings.Count(out.String(), "Helpful? Type good or bad."); got != 2 {
		t.Errorf("the output asks for a rating %d times, want after the 2 answers with IDs:\n%s", got, out.String())
	}
}

func TestRunInteractivePrompts(t *testing.T) {
	var out strings.Builder
	a := New(Options{In: strings.NewReader("hello\n"), Out: &out, User: "me", Interactive: true})
	if err := a.Run(context.Background(), echo(t, a)); err != nil {
		t.Fatalf("Run = %v", err)
	}
	if got := out.String(); strings.Count(got, prompt) != 2 || !strings.Contains(got, "Type help") || !strings.HasSuffix(got, prompt+"\n") {
		t.Errorf("interactive output %q: want a greeting, a prompt per line and a clean end", got)
	}
}

// TestRunStopsOnCancel is Ctrl-C: the input stays open, the context ends.
func TestRunStopsOnCancel(t *testing.T) {
	r, w := io.Pipe()
	defer func() { _ = w.Close() }() // a pipe's writer closes without error
	var out bottest.Buffer
	a := New(Options{In: r, Out: &out, User: "me"})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- a.Run(ctx, echo(t, a)) }()
	if _, err := io.WriteString(w, "one\n"); err != nil {
		t.Fatal(err)
	}
	bottest.Eventually(t, "the answer", func() bool { return strings.Contains(out.String(), "one") })
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run after cancel = %v, want nil", err)
	}
}

// failingWriter fails every write, as a closed pipe does.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("broken pipe") }

func TestWriteErrors(t *testing.T) {
	a := New(Options{In: strings.NewReader("hello\n"), Out: failingWriter{}, User: "me", Interactive: true})
	if err := a.Send(context.Background(), &bot.Message{}, bot.Reply{Title: "t"}); err == nil || !strings.Contains(err.Error(), "broken pipe") {
		t.Errorf("Send to a broken output = %v, want the write error", err)
	}
	if err := a.Run(context.Background(), echo(t, a)); err == nil || !strings.Contains(err.Error(), "writing to the console") {
		t.Errorf("Run with a broken output = %v, want the write error", err)
	}
}

func TestWrap(t *testing.T) {
	tests := []struct {
		in, indent string
		width      int
		want       string
	}{
		{"a bb ccc dddd", "", 6, "a bb\nccc\ndddd"},
		{"- one two three", "  ", 9, "- one two\n  three"},
		{"", "", 10, ""},
		{"averyveryverylongword x", "", 5, "averyveryverylongword\nx"},
	}
	for _, tt := range tests {
		if got := wrap(tt.in, tt.width, tt.indent); got != tt.want {
			t.Errorf("wrap(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
		}
	}
}
