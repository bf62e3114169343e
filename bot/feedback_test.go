package bot_test

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	. "github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
)

// pressOf is the message a press of an answer's control sends.
func pressOf(m Message, id string, v Verdict) Message {
	m.Via, m.Text, m.MessageID = Press, "", ""
	m.Rating = &Rating{Answer: id, Verdict: v}
	return m
}

// answerID asks m and returns the ID of the one answer.
func answerID(t *testing.T, b *Bot, a platform, m Message) string {
	t.Helper()
	r := one(t, b, a, m)
	if r.Kind != Answer || r.AnswerID == "" {
		t.Fatalf("%q: got %v %q with answer ID %q, want an answer with an ID", m.Text, r.Kind, r.Title, r.AnswerID)
	}
	if _, err := ParseControl(Control(r.AnswerID, Unhelpful)); err != nil {
		t.Fatalf("the answer's ID %q makes a control that does not parse: %v", r.AnswerID, err)
	}
	return r.AnswerID
}

// pressed presses a control and returns the private acknowledgement.
func pressed(t *testing.T, b *Bot, a platform, m Message) Reply {
	t.Helper()
	got := ask(t, b, a, m)
	if len(got) != 1 || !got[0].Private {
		t.Fatalf("a press got %+v, want one private reply", got)
	}
	return got[0].Reply
}

func TestFeedback(t *testing.T) {
	reg := prometheus.NewRegistry()
	metrics := NewMetrics(reg, Build{})
	metrics.AddPlatform(Slack)
	metrics.AddPlatform(Discord)
	now := time.Date(2026, 5, 4, 14, 0, 0, 0, time.UTC)
	b := testBot(t, newKB(), func(o *Options) {
		o.Metrics = metrics
		o.Now = func() time.Time { return now }
	})
	a := &bottest.Recorder{}

	inside := slackMsg("U1", "C1", "what coast guard training is planned?")
	id := answerID(t, b, a, inside)
	if r := pressed(t, b, a, pressOf(inside, id, Unhelpful)); r.Title != "Thanks, noted" {
		t.Errorf("first press: %q %q, want thanks", r.Title, r.Body)
	}
	if r := pressed(t, b, a, pressOf(inside, id, Helpful)); r.Title != "Already noted" {
		t.Errorf("second press by the same person: %q %q, want already noted", r.Title, r.Body)
	}
	if r := pressed(t, b, a, pressOf(slackMsg("U2", "C1", ""), id, Unhelpful)); r.Title != "Thanks, noted" {
		t.Errorf("a press by another person: %q, want thanks", r.Title)
	}
	if r := pressed(t, b, a, pressOf(inside, "ZZZZZZZZZZZZZZZZZZZZZZZZZZ", Unhelpful)); r.Kind != Refusal {
		t.Errorf("a press on an unknown answer: %v %q, want a refusal", r.Kind, r.Title)
	}
	// An answer from an internal document, rated inside.
	secret := slackMsg("U1", "C1", "grant ceiling")
	pressed(t, b, a, pressOf(secret, answerID(t, b, a, secret), Unhelpful))
	// A public answer, rated in public.
	public := discordMsg("222", "port visits")
	pressed(t, b, a, pressOf(public, answerID(t, b, a, public), Unhelpful))
	// source, show and more: source and show are answers too.
	if r := one(t, b, a, slackMsg("U1", "C1", "source")); r.AnswerID == "" || r.AnswerID == id {
		t.Errorf("source: answer ID %q, want one of its own", r.AnswerID)
	}
	if r := one(t, b, a, slackMsg("U1", "C1", "show port visits")); r.AnswerID == "" {
		t.Errorf("show: no answer ID")
	}
	for _, text := range []string{"themes", "help", "recipe for chocolate cake", "more"} {
		for _, s := range ask(t, b, a, slackMsg("U1", "C1", text)) {
			if s.Reply.AnswerID != "" {
				t.Errorf("%q: reply %q has an answer ID; only entries' answers have controls", text, s.Reply.Title)
			}
		}
	}

	now = now.Add(time.Hour)
	internal := one(t, b, a, slackMsg("UADMIN", "C1", "feedback"))
	for _, want := range []string{
		"- 2× unhelpful: Coast Guard Training (maritime.txt · Maritime Security · line 3), last 1 hour ago",
		"  asked as “what coast guard training is planned?” (2×)",
		"Grant Ceiling", "“grant ceiling” (1×)", "Port Visits", "“port visits” (1×)",
		"Counting since 2026-05-04 14:00 UTC (1 hour ago).",
	} {
		if !strings.Contains(internal.Body, want) {
			t.Errorf("feedback (internal) = %q, want it to contain %q", internal.Body, want)
		}
	}
	publicReport := one(t, b, a, discordMsg("111", "feedback"))
	if !strings.Contains(publicReport.Body, "Port Visits") || strings.Contains(publicReport.Body, "Grant") || strings.Contains(publicReport.Body, "Coast Guard") {
		t.Errorf("feedback (public) = %q, want what was rated in public alone", publicReport.Body)
	}
	for _, r := range []Reply{internal, publicReport} {
		for _, user := range []string{"U1", "U2", "222", "UADMIN", "slack:", "discord:"} {
			if strings.Contains(r.Body, user) {
				t.Errorf("feedback shows %q: %q", user, r.Body)
			}
		}
	}
	if got := ask(t, b, a, slackMsg("UADMIN", "C1", "feedback")); !got[0].Private {
		t.Errorf("feedback was not private")
	}
	if r := one(t, b, a, slackMsg("U1", "C1", "feedback")); r.Kind != Refusal {
		t.Errorf("feedback by a non-admin: %v %q, want a refusal", r.Kind, r.Title)
	}

	s := series(t, reg)
	for series, want := range map[string]float64{
		`briefbot_feedback_total{outcome="unhelpful",platform="slack"}`:   3,
		`briefbot_feedback_total{outcome="duplicate",platform="slack"}`:   1,
		`briefbot_feedback_total{outcome="unknown",platform="slack"}`:     1,
		`briefbot_feedback_total{outcome="helpful",platform="slack"}`:     0,
		`briefbot_feedback_total{outcome="unhelpful",platform="discord"}`: 1,
		// Presses are not questions.
		`briefbot_questions_total{outcome="command",platform="slack"}`: 6,
	} {
		if s[series] != want {
			t.Errorf("%s = %v, want %v", series, s[series], want)
		}
	}
}

func TestFeedbackNothingYet(t *testing.T) {
	b := testBot(t, newKB())
	r := one(t, b, &bottest.Recorder{}, slackMsg("UADMIN", "C1", "feedback"))
	if r.Title != "No answers marked unhelpful" || !strings.Contains(r.Body, "Counting since ") {
		t.Errorf("feedback = %q %q, want none, and since when", r.Title, r.Body)
	}
	r = one(t, b, &bottest.Recorder{}, slackMsg("UADMIN", "C1", "misses"))
	if !strings.Contains(r.Body, "Counting since ") {
		t.Errorf("misses = %q, want since when", r.Body)
	}
}

// TestStateSurvivesRestart counts misses and feedback, shuts the bot
// down and starts another on the same state directory: it reports the
// same, since the same time, and knows the answers given before.
func TestStateSurvivesRestart(t *testing.T) {
	dir := t.TempDir()
	start := time.Date(2026, 5, 4, 14, 0, 0, 0, time.UTC)
	now := start
	newBot := func() *Bot {
		return testBot(t, newKB(), func(o *Options) {
			o.StateDir = dir
			o.Now = func() time.Time { return now }
		})
	}
	a := &bottest.Recorder{}
	first := newBot()
	question := slackMsg("U1", "C1", "what coast guard training is planned?")
	id := answerID(t, first, a, question)
	pressed(t, first, a, pressOf(question, id, Unhelpful))
	ask(t, first, a, slackMsg("U1", "C1", "where is the cafeteria?"))
	wantFeedback := one(t, first, a, slackMsg("UADMIN", "C1", "feedback")).Body
	wantMisses := one(t, first, a, slackMsg("UADMIN", "C1", "misses")).Body
	if err := first.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "state.json")); err != nil {
		t.Fatalf("no state file after shutdown: %v", err)
	}

	second := newBot()
	if got := one(t, second, a, slackMsg("UADMIN", "C1", "feedback")).Body; got != wantFeedback {
		t.Errorf("feedback after a restart = %q, want %q", got, wantFeedback)
	}
	if got := one(t, second, a, slackMsg("UADMIN", "C1", "misses")).Body; got != wantMisses {
		t.Errorf("misses after a restart = %q, want %q", got, wantMisses)
	}
	// The answer given before the restart can still be rated, once.
	if r := pressed(t, second, a, pressOf(question, id, Unhelpful)); r.Title != "Already noted" {
		t.Errorf("the same person's press after a restart: %q, want already noted", r.Title)
	}
	if r := pressed(t, second, a, pressOf(slackMsg("U2", "C1", ""), id, Unhelpful)); r.Title != "Thanks, noted" {
		t.Errorf("another person's press after a restart: %q, want thanks", r.Title)
	}
	now = start.Add(48 * time.Hour)
	if got := one(t, second, a, slackMsg("UADMIN", "C1", "feedback")).Body; !strings.Contains(got, "2× unhelpful") ||
		!strings.Contains(got, "Counting since 2026-05-04 14:00 UTC (2 days ago).") {
		t.Errorf("feedback = %q, want both presses counted since the first start", got)
	}
	if err := second.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, ".state.json-*")); len(files) > 0 {
		t.Errorf("temporary files left behind: %v", files)
	}
}

// TestBrokenStateFile starts bots on state files that cannot be used:
// each starts with nothing counted, logs why, keeps the broken file
// aside and saves afresh.
func TestBrokenStateFile(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, path string)
	}{
		{"not JSON", func(t *testing.T, path string) { write(t, path, "{\"version\":1,") }},
		{"another version", func(t *testing.T, path string) { write(t, path, `{"version":99}`) }},
		{"a negative count", func(t *testing.T, path string) {
			write(t, path, `{"version":1,"misses":{"questions":[{"text":"x","count":{"public":-5,"internal":0}}]}}`)
		}},
		{"binary garbage", func(t *testing.T, path string) { write(t, path, "\x00\xff\xfe garbage") }},
		{"a directory", func(t *testing.T, path string) {
			if err := os.Mkdir(path, 0o700); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "state.json")
			tt.setup(t, path)
			log := &bottest.Buffer{}
			b := testBot(t, newKB(), func(o *Options) {
				o.StateDir = dir
				o.Logger = slog.New(slog.NewTextHandler(log, nil))
			})
			a := &bottest.Recorder{}
			if r := one(t, b, a, slackMsg("UADMIN", "C1", "misses")); r.Title != "No unanswered questions" {
				t.Errorf("misses on a broken state file: %q %q, want none", r.Title, r.Body)
			}
			if !strings.Contains(log.String(), "the state file is broken: moved it aside") {
				t.Errorf("the log does not say the state file was broken and moved aside:\n%s", log)
			}
			aside, _ := filepath.Glob(path + ".broken-*")
			if len(aside) != 1 {
				t.Fatalf("broken files kept aside: %v, want one", aside)
			}
			ask(t, b, a, slackMsg("U1", "C1", "where is the cafeteria?"))
			if err := b.Shutdown(context.Background()); err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(path)
			if err != nil || !strings.Contains(string(data), "cafeteria") {
				t.Errorf("state file after shutdown: %q, %v; want a fresh one with the miss", data, err)
			}
		})
	}
}

// TestStateDirUnusable starts a bot whose state directory cannot be
// made: it runs, in memory.
func TestStateDirUnusable(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	write(t, file, "not a directory")
	log := &bottest.Buffer{}
	b := testBot(t, newKB(), func(o *Options) {
		o.StateDir = filepath.Join(file, "state")
		o.Logger = slog.New(slog.NewTextHandler(log, nil))
	})
	a := &bottest.Recorder{}
	ask(t, b, a, slackMsg("U1", "C1", "where is the cafeteria?"))
	if r := one(t, b, a, slackMsg("UADMIN", "C1", "misses")); !strings.Contains(r.Body, "cafeteria") {
		t.Errorf("misses = %q, want the miss counted in memory", r.Body)
	}
	if err := b.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(log.String(), "state.dir cannot be made") {
		t.Errorf("the log does not say state.dir cannot be made:\n%s", log)
	}
}

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
}
