package statetest

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/knowledge"
)

// feedbackOp is one thing done to a feedback store: an answer given, or
// a press on one.
type feedbackOp struct {
	remember *bot.Answered
	voter    string
	rating   bot.Rating
	want     bot.RateResult
}

func gave(id, question, title string, aud knowledge.Audience) feedbackOp {
	return feedbackOp{remember: &bot.Answered{ID: id, Question: question, Title: title, Document: "maritime.txt",
		Section: "Maritime Security", Line: 3, Audience: aud}}
}

func pressed(voter, id string, v bot.Verdict, want bot.RateResult) feedbackOp {
	return feedbackOp{voter: voter, rating: bot.Rating{Answer: id, Verdict: v}, want: want}
}

// answerIDs are answer IDs for the suite.
var answerIDs = [...]string{
	"AAAAAAAAAAAAAAAAAAAAAAAAAA", "BBBBBBBBBBBBBBBBBBBBBBBBBB", "CCCCCCCCCCCCCCCCCCCCCCCCCC",
}

// RunFeedback runs the suite every bot.FeedbackStore passes. open returns
// an empty store that counts since the time given; stores it returns for
// one test must not share data with those of another.
func RunFeedback(t *testing.T, open func(t *testing.T, since time.Time) bot.FeedbackStore) {
	t.Run("reports", func(t *testing.T) { testFeedbackReports(t, open) })
	t.Run("questions bounded", func(t *testing.T) { testFeedbackQuestionsBounded(t, open) })
	t.Run("entries bounded", func(t *testing.T) { testFeedbackEntriesBounded(t, open) })
	t.Run("presses at once", func(t *testing.T) { testFeedbackAtOnce(t, open) })
}

// ignoreLast leaves out when entries were last rated, which stores keep
// at different precisions.
var ignoreLast = cmp.FilterPath(func(p cmp.Path) bool { return p.Last().String() == ".Last" }, cmp.Ignore())

// answerID returns the i-th answer ID of a test.
func answerID(i int) string { return fmt.Sprintf("Q%025d", i) }

func testFeedbackReports(t *testing.T, open func(t *testing.T, since time.Time) bot.FeedbackStore) {
	since := time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)
	ids := answerIDs
	tests := []struct {
		name string
		ops  []feedbackOp
		aud  knowledge.Audience
		want []bot.EntryFeedback
	}{{
		name: "nothing rated",
		ops:  []feedbackOp{gave(ids[0], "coast guard", "Coast Guard Training", knowledge.Public)},
		aud:  knowledge.Internal,
	}, {
		name: "helpful alone is not listed",
		ops: []feedbackOp{
			gave(ids[0], "coast guard", "Coast Guard Training", knowledge.Public),
			pressed("slack:U1", ids[0], bot.Helpful, bot.Noted),
		},
		aud: knowledge.Internal,
	}, {
		name: "one press per person and answer",
		ops: []feedbackOp{
			gave(ids[0], "port visits", "Port Visits", knowledge.Public),
			pressed("discord:1", ids[0], bot.Unhelpful, bot.Noted),
			pressed("discord:1", ids[0], bot.Unhelpful, bot.AlreadyNoted),
			pressed("discord:1", ids[0], bot.Helpful, bot.AlreadyNoted),
			pressed("slack:1", ids[0], bot.Helpful, bot.Noted),
		},
		aud: knowledge.Internal,
		want: []bot.EntryFeedback{{Title: "Port Visits", Document: "maritime.txt", Section: "Maritime Security", Line: 3,
			Unhelpful: 1, Helpful: 1, Questions: []bot.AskedAs{{Text: "port visits", Count: 1}}}},
	}, {
		name: "unknown and forged answers count nothing",
		ops: []feedbackOp{
			gave(ids[0], "port visits", "Port Visits", knowledge.Public),
			pressed("slack:U1", ids[1], bot.Unhelpful, bot.UnknownAnswer),
		},
		aud: knowledge.Internal,
	}, {
		name: "the same question in other words is one, worst first",
		ops: []feedbackOp{
			gave(ids[0], "Port visits?", "Port Visits", knowledge.Public),
			gave(ids[1], "port   visits", "Port Visits", knowledge.Public),
			gave(ids[2], "coast guard", "Coast Guard Training", knowledge.Public),
			pressed("slack:U1", ids[0], bot.Unhelpful, bot.Noted),
			pressed("slack:U1", ids[1], bot.Unhelpful, bot.Noted),
			pressed("slack:U1", ids[2], bot.Unhelpful, bot.Noted),
		},
		aud: knowledge.Internal,
		want: []bot.EntryFeedback{
			{Title: "Port Visits", Document: "maritime.txt", Section: "Maritime Security", Line: 3, Unhelpful: 2,
				Questions: []bot.AskedAs{{Text: "Port visits?", Count: 2}}},
			{Title: "Coast Guard Training", Document: "maritime.txt", Section: "Maritime Security", Line: 3, Unhelpful: 1,
				Questions: []bot.AskedAs{{Text: "coast guard", Count: 1}}},
		},
	}, {
		name: "a public audience sees what was rated in public alone",
		ops: []feedbackOp{
			gave(ids[0], "asked in public", "Port Visits", knowledge.Public),
			gave(ids[1], "asked inside", "Port Visits", knowledge.Internal),
			gave(ids[2], "grant ceiling", "Grant Ceiling", knowledge.Internal),
			pressed("slack:U1", ids[0], bot.Unhelpful, bot.Noted),
			pressed("slack:U1", ids[1], bot.Unhelpful, bot.Noted),
			pressed("slack:U1", ids[2], bot.Unhelpful, bot.Noted),
		},
		aud: knowledge.Public,
		want: []bot.EntryFeedback{{Title: "Port Visits", Document: "maritime.txt", Section: "Maritime Security", Line: 3,
			Unhelpful: 1, Questions: []bot.AskedAs{{Text: "asked in public", Count: 1}}}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := open(t, since)
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
			got, err := f.Report(ctx, tt.aud, 10)
			if err != nil {
				t.Fatal(err)
			}
			if !got.Since.Equal(since) {
				t.Errorf("Report().Since = %v, want %v", got.Since, since)
			}
			if diff := cmp.Diff(tt.want, got.Entries, ignoreLast); diff != "" {
				t.Errorf("Report(%v) entries (-want +got):\n%s", tt.aud, diff)
			}
		})
	}
}

// testFeedbackQuestionsBounded marks one entry unhelpful for more
// questions than an entry keeps: the least asked, then the oldest, go.
func testFeedbackQuestionsBounded(t *testing.T, open func(t *testing.T, since time.Time) bot.FeedbackStore) {
	since := time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)
	f := open(t, since)
	const n = bot.MaxAskedAs + 3
	now := since
	var want []bot.AskedAs
	for i := range n {
		now = now.Add(time.Minute)
		q := fmt.Sprintf("question %d", i)
		if err := f.Remember(ctx, bot.Answered{ID: answerID(i), Question: q, Title: "Port Visits", Document: "maritime.txt", At: now}); err != nil {
			t.Fatal(err)
		}
		voters := 1
		if i == 0 {
			voters = 2 // asked most, so kept though oldest
		}
		for v := range voters {
			if got, err := f.Rate(ctx, fmt.Sprintf("slack:U%d", v), bot.Rating{Answer: answerID(i), Verdict: bot.Unhelpful}, now); err != nil || got != bot.Noted {
				t.Fatalf("Rate = %v, %v; want it noted", got, err)
			}
		}
		if i >= n-bot.MaxAskedAs+1 {
			want = append([]bot.AskedAs{{Text: q, Count: 1}}, want...)
		}
	}
	want = append([]bot.AskedAs{{Text: "question 0", Count: 2}}, want...)
	rep, err := f.Report(ctx, knowledge.Internal, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Entries) != 1 {
		t.Fatalf("Report() = %d entries, want 1", len(rep.Entries))
	}
	if got := rep.Entries[0]; got.Unhelpful != n+1 {
		t.Errorf("unhelpful = %d, want %d", got.Unhelpful, n+1)
	}
	if diff := cmp.Diff(want, rep.Entries[0].Questions); diff != "" {
		t.Errorf("questions kept (-want +got):\n%s", diff)
	}
}

// testFeedbackEntriesBounded rates more entries than a store keeps: a
// full store drops the tenth least marked unhelpful, oldest first.
func testFeedbackEntriesBounded(t *testing.T, open func(t *testing.T, since time.Time) bot.FeedbackStore) {
	since := time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)
	f := open(t, since)
	now := since
	rate := func(i int, voter string) {
		t.Helper()
		if got, err := f.Rate(ctx, voter, bot.Rating{Answer: answerID(i), Verdict: bot.Unhelpful}, now); err != nil || got != bot.Noted {
			t.Fatalf("Rate(%d) = %v, %v; want it noted", i, got, err)
		}
	}
	for i := range bot.MaxFeedbackEntries + 1 {
		now = now.Add(time.Second)
		if err := f.Remember(ctx, bot.Answered{ID: answerID(i), Question: "q", Title: fmt.Sprintf("Entry %04d", i),
			Document: "d.txt", At: now}); err != nil {
			t.Fatal(err)
		}
		rate(i, "slack:U1")
		if i == 0 {
			rate(i, "slack:U2") // the worst: kept however old
		}
	}
	rep, err := f.Report(ctx, knowledge.Internal, 2*bot.MaxFeedbackEntries)
	if err != nil {
		t.Fatal(err)
	}
	// The newest entry came to a full store: the tenth and one more went.
	want := bot.MaxFeedbackEntries - bot.MaxFeedbackEntries/10 - 1 + 1
	if len(rep.Entries) != want {
		t.Fatalf("the store reports %d entries, want %d", len(rep.Entries), want)
	}
	titles := map[string]bool{}
	for _, e := range rep.Entries {
		titles[e.Title] = true
	}
	last := fmt.Sprintf("Entry %04d", bot.MaxFeedbackEntries)
	for title, kept := range map[string]bool{"Entry 0000": true, "Entry 0001": false, "Entry 0101": false,
		"Entry 0102": true, last: true} {
		if titles[title] != kept {
			t.Errorf("%s kept = %v, want %v", title, titles[title], kept)
		}
	}
}

// testFeedbackAtOnce presses one answer from many places at once: every
// person counts once, and one person's many presses count once.
func testFeedbackAtOnce(t *testing.T, open func(t *testing.T, since time.Time) bot.FeedbackStore) {
	since := time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)
	f := open(t, since)
	if err := f.Remember(ctx, bot.Answered{ID: answerID(0), Question: "port visits", Title: "Port Visits", Document: "maritime.txt", At: since}); err != nil {
		t.Fatal(err)
	}
	const n = 20
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		results = map[bot.RateResult]int{}
	)
	for i := range 2 * n {
		voter := fmt.Sprintf("slack:U%d", i)
		if i >= n {
			voter = "slack:SAME"
		}
		wg.Go(func() {
			res, err := f.Rate(ctx, voter, bot.Rating{Answer: answerID(0), Verdict: bot.Unhelpful}, since.Add(time.Minute))
			if err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			results[res]++
			mu.Unlock()
		})
	}
	wg.Wait()
	if diff := cmp.Diff(map[bot.RateResult]int{bot.Noted: n + 1, bot.AlreadyNoted: n - 1}, results); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}
	rep, err := f.Report(ctx, knowledge.Public, 10)
	if err != nil {
		t.Fatal(err)
	}
	want := []bot.EntryFeedback{{Title: "Port Visits", Document: "maritime.txt", Unhelpful: n + 1,
		Questions: []bot.AskedAs{{Text: "port visits", Count: n + 1}}}}
	if diff := cmp.Diff(want, rep.Entries, ignoreLast); diff != "" {
		t.Errorf("Report() entries (-want +got):\n%s", diff)
	}
}
