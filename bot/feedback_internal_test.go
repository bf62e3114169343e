package bot

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/briefbot/briefbot/knowledge"
)

// anID is an answer ID as newAnswerID makes them.
const anID = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

func TestParseControl(t *testing.T) {
	tests := []struct {
		in      string
		want    Rating
		wantErr bool
	}{
		{in: "fb:good:" + anID, want: Rating{Answer: anID, Verdict: Helpful}},
		{in: "fb:bad:" + anID, want: Rating{Answer: anID, Verdict: Unhelpful}},
		{in: "fb:bad:234567ABCDEFGHIJKLMNOPQRST", want: Rating{Answer: "234567ABCDEFGHIJKLMNOPQRST", Verdict: Unhelpful}},
		{in: "", wantErr: true},
		{in: "share", wantErr: true},
		{in: "fb:", wantErr: true},
		{in: "fb:good", wantErr: true},
		{in: "fb:good:", wantErr: true},
		{in: "fb:meh:" + anID, wantErr: true},
		{in: "FB:good:" + anID, wantErr: true},
		{in: "fb:Good:" + anID, wantErr: true},
		{in: "fb:good:" + anID[1:], wantErr: true},              // too short
		{in: "fb:good:" + anID + "A", wantErr: true},            // too long
		{in: "fb:good:" + strings.ToLower(anID), wantErr: true}, // not the alphabet
		{in: "fb:good:ABCDEFGHIJKLMNOPQRSTUVWXY1", wantErr: true},
		{in: "fb:good:ABCDEFGHIJKLMNOPQRSTUVWXY=", wantErr: true},
		{in: "fb:good:" + anID + ":x", wantErr: true},
		{in: " fb:good:" + anID, wantErr: true},
		{in: "fb:good:ABCDEFGHIJKLMNOPQRSTUVWXÉ", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseControl(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("ParseControl(%q) = %v, %v; want error %v", tt.in, got, err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("ParseControl(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
	for range 100 {
		id := newAnswerID()
		for _, v := range []Verdict{Helpful, Unhelpful} {
			c := Control(id, v)
			if got, err := ParseControl(c); err != nil || got != (Rating{id, v}) {
				t.Errorf("ParseControl(Control(%q, %v)) = %+v, %v; want it back", id, v, got, err)
			}
			if len(c) > 100 {
				t.Errorf("Control(%q, %v) is %d bytes; Discord's custom_id takes 100", id, v, len(c))
			}
		}
	}
}

// FuzzParseControl checks that ParseControl accepts only what Control
// writes: whatever it accepts, Control writes back byte for byte.
func FuzzParseControl(f *testing.F) {
	for _, s := range []string{"fb:good:" + anID, "fb:bad:" + anID, "fb:bad:", "share", "fb:good:" + anID + "\x00", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseControl(s)
		if err != nil {
			return
		}
		if back := Control(r.Answer, r.Verdict); back != s {
			t.Errorf("ParseControl(%q) = %+v, which Control writes as %q", s, r, back)
		}
	})
}

// storeOp is one thing done to a feedback store.
type storeOp struct {
	remember *Answered
	voter    string
	rating   Rating
	want     RateResult
}

func answered(id, question, title string, aud knowledge.Audience) storeOp {
	return storeOp{remember: &Answered{ID: id, Question: question, Title: title, Document: "maritime.txt",
		Section: "Maritime Security", Line: 3, Audience: aud}}
}

func press(voter, id string, v Verdict, want RateResult) storeOp {
	return storeOp{voter: voter, rating: Rating{Answer: id, Verdict: v}, want: want}
}

// ids are answer IDs for the store's tests.
var ids = [...]string{
	"AAAAAAAAAAAAAAAAAAAAAAAAAA", "BBBBBBBBBBBBBBBBBBBBBBBBBB", "CCCCCCCCCCCCCCCCCCCCCCCCCC", "DDDDDDDDDDDDDDDDDDDDDDDDDD",
}

func TestMemoryFeedback(t *testing.T) {
	since := time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		ops  []storeOp
		aud  knowledge.Audience
		want []EntryFeedback
	}{{
		name: "nothing rated",
		ops:  []storeOp{answered(ids[0], "coast guard", "Coast Guard Training", knowledge.Public)},
		aud:  knowledge.Internal,
	}, {
		name: "helpful alone is not listed",
		ops: []storeOp{
			answered(ids[0], "coast guard", "Coast Guard Training", knowledge.Public),
			press("slack:U1", ids[0], Helpful, Noted),
		},
		aud: knowledge.Internal,
	}, {
		name: "unhelpful with its question, helpful counted beside",
		ops: []storeOp{
			answered(ids[0], "what coast guard training?", "Coast Guard Training", knowledge.Public),
			answered(ids[1], "Coast guard training", "Coast Guard Training", knowledge.Public),
			press("slack:U1", ids[0], Unhelpful, Noted),
			press("slack:U2", ids[0], Unhelpful, Noted),
			press("slack:U3", ids[1], Helpful, Noted),
		},
		aud: knowledge.Internal,
		want: []EntryFeedback{{Title: "Coast Guard Training", Document: "maritime.txt", Section: "Maritime Security", Line: 3,
			Unhelpful: 2, Helpful: 1, Questions: []AskedAs{{"what coast guard training?", 2}}}},
	}, {
		name: "one press per person and answer",
		ops: []storeOp{
			answered(ids[0], "port visits", "Port Visits", knowledge.Public),
			press("discord:1", ids[0], Unhelpful, Noted),
			press("discord:1", ids[0], Unhelpful, AlreadyNoted),
			press("discord:1", ids[0], Helpful, AlreadyNoted),
			press("slack:1", ids[0], Helpful, Noted), // another platform's user 1 is another person
		},
		aud: knowledge.Internal,
		want: []EntryFeedback{{Title: "Port Visits", Document: "maritime.txt", Section: "Maritime Security", Line: 3,
			Unhelpful: 1, Helpful: 1, Questions: []AskedAs{{"port visits", 1}}}},
	}, {
		name: "unknown and forged answers count nothing",
		ops: []storeOp{
			answered(ids[0], "port visits", "Port Visits", knowledge.Public),
			press("slack:U1", ids[1], Unhelpful, UnknownAnswer),
		},
		aud: knowledge.Internal,
	}, {
		name: "the same question in other words is one",
		ops: []storeOp{
			answered(ids[0], "Port visits?", "Port Visits", knowledge.Public),
			answered(ids[1], "port   visits", "Port Visits", knowledge.Public),
			answered(ids[2], "navy ships", "Port Visits", knowledge.Public),
			press("slack:U1", ids[0], Unhelpful, Noted),
			press("slack:U1", ids[1], Unhelpful, Noted),
			press("slack:U1", ids[2], Unhelpful, Noted),
		},
		aud: knowledge.Internal,
		want: []EntryFeedback{{Title: "Port Visits", Document: "maritime.txt", Section: "Maritime Security", Line: 3,
			Unhelpful: 3, Questions: []AskedAs{{"Port visits?", 2}, {"navy ships", 1}}}},
	}, {
		name: "worst first",
		ops: []storeOp{
			answered(ids[0], "a", "Port Visits", knowledge.Public),
			answered(ids[1], "b", "Coast Guard Training", knowledge.Public),
			press("slack:U1", ids[0], Unhelpful, Noted),
			press("slack:U1", ids[1], Unhelpful, Noted),
			press("slack:U2", ids[1], Unhelpful, Noted),
		},
		aud: knowledge.Internal,
		want: []EntryFeedback{
			{Title: "Coast Guard Training", Document: "maritime.txt", Section: "Maritime Security", Line: 3, Unhelpful: 2, Questions: []AskedAs{{"b", 2}}},
			{Title: "Port Visits", Document: "maritime.txt", Section: "Maritime Security", Line: 3, Unhelpful: 1, Questions: []AskedAs{{"a", 1}}},
		},
	}, {
		name: "a public audience sees what was rated in public alone",
		ops: []storeOp{
			answered(ids[0], "asked in public", "Port Visits", knowledge.Public),
			answered(ids[1], "asked inside", "Port Visits", knowledge.Internal),
			answered(ids[2], "grant ceiling", "Grant Ceiling", knowledge.Internal),
			press("slack:U1", ids[0], Unhelpful, Noted),
			press("slack:U1", ids[1], Unhelpful, Noted),
			press("slack:U1", ids[2], Unhelpful, Noted),
		},
		aud: knowledge.Public,
		want: []EntryFeedback{{Title: "Port Visits", Document: "maritime.txt", Section: "Maritime Security", Line: 3,
			Unhelpful: 1, Questions: []AskedAs{{"asked in public", 1}}}},
	}, {
		name: "an internal audience sees every channel's",
		ops: []storeOp{
			answered(ids[0], "asked in public", "Port Visits", knowledge.Public),
			answered(ids[1], "asked inside", "Port Visits", knowledge.Internal),
			press("slack:U1", ids[0], Unhelpful, Noted),
			press("slack:U1", ids[1], Unhelpful, Noted),
		},
		aud: knowledge.Internal,
		want: []EntryFeedback{{Title: "Port Visits", Document: "maritime.txt", Section: "Maritime Security", Line: 3,
			Unhelpful: 2, Questions: []AskedAs{{"asked inside", 1}, {"asked in public", 1}}}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			f := newMemoryFeedback(since)
			now := since
			for _, op := range tt.ops {
				now = now.Add(time.Minute)
				if op.remember != nil {
					a := *op.remember
					a.At = now
					if err := f.Remember(ctx, a); err != nil {
						t.Fatal(err)
					}
					continue
				}
				if got, err := f.Rate(ctx, op.voter, op.rating, now); err != nil || got != op.want {
					t.Fatalf("Rate(%q, %+v) = %v, %v; want %v", op.voter, op.rating, got, err, op.want)
				}
			}
			check := func(f *memoryFeedback) {
				t.Helper()
				got, err := f.Report(ctx, tt.aud, 10)
				if err != nil {
					t.Fatal(err)
				}
				if !got.Since.Equal(since) {
					t.Errorf("Report().Since = %v, want %v", got.Since, since)
				}
				if diff := cmp.Diff(tt.want, got.Entries, cmp.FilterPath(func(p cmp.Path) bool {
					return p.Last().String() == ".Last"
				}, cmp.Ignore())); diff != "" {
					t.Errorf("Report(%v) entries (-want +got):\n%s", tt.aud, diff)
				}
			}
			check(f)
			// What the state file keeps reports the same.
			data, err := json.Marshal(&stateData{Version: stateVersion, Feedback: f.snapshot()})
			if err != nil {
				t.Fatal(err)
			}
			saved, err := parseState(data)
			if err != nil {
				t.Fatalf("parseState(%s) = %v", data, err)
			}
			restored := newMemoryFeedback(time.Time{})
			restored.restore(saved.Feedback)
			check(restored)
		})
	}
}

func TestMemoryFeedbackBounds(t *testing.T) {
	ctx := context.Background()
	f := newMemoryFeedback(time.Time{})
	start := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	first := newAnswerID()
	if err := f.Remember(ctx, Answered{ID: first, Title: "First", At: start}); err != nil {
		t.Fatal(err)
	}
	for i := range maxAnswers + 10 {
		if err := f.Remember(ctx, Answered{ID: newAnswerID(), Title: "Later", At: start.Add(time.Duration(i+1) * time.Second)}); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(f.answers); n > maxAnswers {
		t.Errorf("the store holds %d answers, want at most %d", n, maxAnswers)
	}
	if got, _ := f.Rate(ctx, "slack:U1", Rating{first, Unhelpful}, start); got != UnknownAnswer {
		t.Errorf("rating the oldest answer once the store is full = %v, want UnknownAnswer", got)
	}
	e := &given{Answered: Answered{ID: anID, Title: "T", Document: "d"}}
	f.remember(e)
	for i := range MaxAskedAs + 5 {
		e.Question = strings.Repeat("q", i+1)
		e.votes = nil
		if got, _ := f.Rate(ctx, "slack:U1", Rating{anID, Unhelpful}, start); got != Noted {
			t.Fatalf("Rate = %v, want Noted", got)
		}
	}
	if n := len(f.entries[entryKey("d", "T")].asked); n != MaxAskedAs {
		t.Errorf("an entry keeps %d questions, want %d", n, MaxAskedAs)
	}
}

// TestParseState checks what a state file may hold.
func TestParseState(t *testing.T) {
	good := `{"version":1,"misses":{"since":"2026-05-01T09:00:00Z","questions":[{"text":"cafeteria","count":{"public":1,"internal":2},"last":"2026-05-01T10:00:00Z"}]},` +
		`"feedback":{"since":"2026-05-01T09:00:00Z","answers":[{"id":"` + anID + `","question":"q","title":"T","document":"d.txt","section":"S","line":3,"audience":"internal","at":"2026-05-01T09:00:00Z","votes":{"slack:U1":"unhelpful"}}],` +
		`"entries":[{"title":"T","document":"d.txt","section":"S","line":3,"helpful":{"public":0,"internal":0},"unhelpful":{"public":0,"internal":1},"asked":[{"text":"q","count":{"public":0,"internal":1},"last":"2026-05-01T09:00:00Z"}],"last":"2026-05-01T09:00:00Z"}]}}`
	if _, err := parseState([]byte(good)); err != nil {
		t.Fatalf("parseState(good) = %v", err)
	}
	bad := map[string]string{
		"empty":            ``,
		"not JSON":         `{"version":1,`,
		"an array":         `[]`,
		"another version":  `{"version":2,"misses":{"since":"2026-05-01T09:00:00Z","questions":[]}}`,
		"no version":       `{"misses":{"questions":[]}}`,
		"an unknown field": `{"version":1,"extra":true}`,
		"a second value":   `{"version":1} {"version":1}`,
		"negative count":   strings.Replace(good, `"public":1`, `"public":-1`, 1),
		"count as text":    strings.Replace(good, `"public":1`, `"public":"1"`, 1),
		"bad answer ID":    strings.Replace(good, anID, "not-an-id", 1),
		"bad audience":     strings.Replace(good, `"audience":"internal"`, `"audience":"secret"`, 1),
		"audience number":  strings.Replace(good, `"audience":"internal"`, `"audience":7`, 1),
		"bad verdict":      strings.Replace(good, `"unhelpful"}`, `"meh"}`, 1),
		"null verdict":     strings.Replace(good, `"unhelpful"}`, `null}`, 1),
		"negative line":    strings.Replace(good, `"line":3,"audience"`, `"line":-3,"audience"`, 1),
		"bad time":         strings.Replace(good, `"since":"2026-05-01T09:00:00Z"`, `"since":"yesterday"`, 1),
		"invalid UTF-8":    strings.Replace(good, `"cafeteria"`, "\"caf\xffteria\"", 1),
		"long text":        strings.Replace(good, `"cafeteria"`, `"`+strings.Repeat("x", maxStateText+1)+`"`, 1),
	}
	for name, data := range bad {
		t.Run(name, func(t *testing.T) {
			if d, err := parseState([]byte(data)); err == nil {
				t.Errorf("parseState(%.80q) = %+v, want an error", data, d)
			}
		})
	}
}

// FuzzParseState checks that the state file's loader never panics, and
// that whatever it accepts the bot restores, saves and reads back the
// same.
func FuzzParseState(f *testing.F) {
	entries, err := os.ReadDir("testdata/state")
	if err != nil {
		f.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join("testdata/state", e.Name()))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"version":1}`))
	f.Add([]byte(`{"version":1,"feedback":{"answers":[{"id":"` + anID + `","audience":"public","votes":{"x":"helpful"}}]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := parseState(data)
		if err != nil {
			return
		}
		ms := NewMemoryState(nil).(*memoryState)
		ms.restoreMisses(d.Misses)
		fb := newMemoryFeedback(time.Time{})
		fb.restore(d.Feedback)
		for _, aud := range []knowledge.Audience{knowledge.Public, knowledge.Internal} {
			if _, err := ms.TopMisses(context.Background(), aud, 10); err != nil {
				t.Fatal(err)
			}
			if _, err := fb.Report(context.Background(), aud, 10); err != nil {
				t.Fatal(err)
			}
		}
		saved, err := json.Marshal(&stateData{Version: stateVersion, Misses: ms.snapshotMisses(), Feedback: fb.snapshot()})
		if err != nil {
			t.Fatalf("restored %q, and cannot save it: %v", data, err)
		}
		if _, err := parseState(saved); err != nil {
			t.Fatalf("restored %q and saved it as %s, which does not load: %v", data, saved, err)
		}
	})
}
