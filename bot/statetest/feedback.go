package statetest

import (
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
// an empty store that counts since the time given.
func RunFeedback(t *testing.T, open func(t *testing.T, since time.Time) bot.FeedbackStore) {
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
			if diff := cmp.Diff(tt.want, got.Entries, cmp.FilterPath(func(p cmp.Path) bool {
				return p.Last().String() == ".Last"
			}, cmp.Ignore())); diff != "" {
				t.Errorf("Report(%v) entries (-want +got):\n%s", tt.aud, diff)
			}
		})
	}
}
