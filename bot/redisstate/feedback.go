package redisstate

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/knowledge"
)

// Feedback in Redis: every replica finds the answers the others gave, so
// a press reaches the answer whichever replica hears it, and `feedback`
// reports the same everywhere.
//
//	fb:answer:<id>  an answer given, as JSON, for answerTTL
//	fb:votes:<id>   hash: voter -> verdict, for answerTTL: one press each
//	fb:tally        hash: document NUL title -> the entry's tally, as JSON
//	fb:since        when the store began counting, in Unix milliseconds

// answerTTL is how long an answer can be rated: the buttons of an
// answer older than that say it is too old.
const answerTTL = 7 * 24 * time.Hour

// maxAskedAs bounds the questions kept per entry, as the in-memory store
// does.
const maxAskedAs = 10

// Feedback is a bot.FeedbackStore in Redis, shared by the replicas.
type Feedback struct {
	s     *Store
	since time.Time
}

var _ bot.FeedbackStore = (*Feedback)(nil)

// Feedback returns the store's feedback, counting since start unless
// another replica started counting before.
func (s *Store) Feedback(start time.Time) *Feedback { return &Feedback{s: s, since: start} }

// tally is one entry's verdicts, by audience (public, internal).
type tally struct {
	Title     string           `json:"title"`
	Document  string           `json:"document"`
	Section   string           `json:"section"`
	Line      int              `json:"line"`
	Helpful   [2]int           `json:"helpful"`
	Unhelpful [2]int           `json:"unhelpful"`
	Asked     map[string]asked `json:"asked"` // by normalised question
	Last      time.Time        `json:"last"`
}

type asked struct {
	Text  string    `json:"text"`
	Count [2]int    `json:"count"`
	Last  time.Time `json:"last"`
}

// seen is what an audience sees of counts: internal audiences see all.
func seen(c [2]int, a knowledge.Audience) int {
	if a == knowledge.Internal {
		return c[knowledge.Public] + c[knowledge.Internal]
	}
	return c[a]
}

// Remember keeps an answer given, for answerTTL.
func (f *Feedback) Remember(ctx context.Context, a bot.Answered) error {
	data, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("redis: feedback: %w", err)
	}
	if err := f.s.rdb.Set(ctx, f.s.key("fb", "answer", a.ID), data, answerTTL).Err(); err != nil {
		return fmt.Errorf("redis: feedback: %w", err)
	}
	return f.start(ctx)
}

// start records since when the store counts, unless it is recorded.
func (f *Feedback) start(ctx context.Context) error {
	if err := f.s.rdb.SetNX(ctx, f.s.key("fb", "since"), f.since.UnixMilli(), 0).Err(); err != nil {
		return fmt.Errorf("redis: feedback: %w", err)
	}
	return nil
}

// Rate notes a verdict, once per voter and answer, and counts it against
// the answer's entry.
func (f *Feedback) Rate(ctx context.Context, voter string, r bot.Rating, at time.Time) (bot.RateResult, error) {
	data, err := f.s.rdb.Get(ctx, f.s.key("fb", "answer", r.Answer)).Bytes()
	if errors.Is(err, redis.Nil) {
		return bot.UnknownAnswer, nil
	}
	if err != nil {
		return 0, fmt.Errorf("redis: feedback: %w", err)
	}
	var a bot.Answered
	if err := json.Unmarshal(data, &a); err != nil {
		return 0, fmt.Errorf("redis: feedback: answer %s: %w", r.Answer, err)
	}
	votes := f.s.key("fb", "votes", r.Answer)
	first, err := f.s.rdb.HSetNX(ctx, votes, voter, strconv.Itoa(int(r.Verdict))).Result()
	if err != nil {
		return 0, fmt.Errorf("redis: feedback: %w", err)
	}
	if !first {
		return bot.AlreadyNoted, nil
	}
	if err := f.s.rdb.Expire(ctx, votes, answerTTL).Err(); err != nil {
		return 0, fmt.Errorf("redis: feedback: %w", err)
	}
	if err := f.count(ctx, a, r.Verdict, at); err != nil {
		return 0, err
	}
	return bot.Noted, nil
}

// count adds a verdict to its entry's tally. Replicas may count at once:
// the tally is rewritten only if nobody changed it meanwhile, else read
// again.
func (f *Feedback) count(ctx context.Context, a bot.Answered, v bot.Verdict, at time.Time) error {
	key, field := f.s.key("fb", "tally"), a.Document+"\x00"+a.Title
	update := func(tx *redis.Tx) error {
		t := tally{Title: a.Title, Document: a.Document}
		data, err := tx.HGet(ctx, key, field).Bytes()
		switch {
		case errors.Is(err, redis.Nil):
		case err != nil:
			return err
		default:
			if err := json.Unmarshal(data, &t); err != nil {
				return fmt.Errorf("tally of %q: %w", a.Title, err)
			}
		}
		t.add(a, v, at)
		out, err := json.Marshal(t)
		if err != nil {
			return err
		}
		_, err = tx.TxPipelined(ctx, func(p redis.Pipeliner) error {
			p.HSet(ctx, key, field, out)
			return nil
		})
		return err
	}
	for range 10 {
		err := f.s.rdb.Watch(ctx, update, key)
		if errors.Is(err, redis.TxFailedErr) {
			continue // another replica counted first: read again
		}
		if err != nil {
			return fmt.Errorf("redis: feedback: %w", err)
		}
		return f.start(ctx)
	}
	return errors.New("redis: feedback: the tally kept changing under ten tries")
}

// add counts a verdict on the answer a, as the in-memory store does.
func (t *tally) add(a bot.Answered, v bot.Verdict, at time.Time) {
	t.Section, t.Line, t.Last = a.Section, a.Line, at
	if v == bot.Helpful {
		t.Helpful[a.Audience]++
		return
	}
	t.Unhelpful[a.Audience]++
	if t.Asked == nil {
		t.Asked = map[string]asked{}
	}
	q := bot.NormalizeQuestion(a.Question)
	x, ok := t.Asked[q]
	if !ok {
		if len(t.Asked) >= maxAskedAs {
			least := ""
			for k, y := range t.Asked {
				if least == "" || compareAsked(y, t.Asked[least], knowledge.Internal) < 0 {
					least = k
				}
			}
			delete(t.Asked, least)
		}
		x = asked{Text: a.Question}
	}
	x.Count[a.Audience]++
	x.Last = at
	t.Asked[q] = x
}

// compareAsked orders questions from least to most asked by an audience,
// then from least to most recent, then by text.
func compareAsked(x, y asked, a knowledge.Audience) int {
	if c := cmp.Compare(seen(x.Count, a), seen(y.Count, a)); c != 0 {
		return c
	}
	if c := x.Last.Compare(y.Last); c != 0 {
		return c
	}
	return cmp.Compare(y.Text, x.Text)
}

// compareTally orders entries from least to most unhelpful to an
// audience, as the in-memory store does.
func compareTally(x, y tally, a knowledge.Audience) int {
	if c := cmp.Compare(seen(x.Unhelpful, a), seen(y.Unhelpful, a)); c != 0 {
		return c
	}
	if c := cmp.Compare(seen(y.Helpful, a), seen(x.Helpful, a)); c != 0 {
		return c
	}
	if c := x.Last.Compare(y.Last); c != 0 {
		return c
	}
	return cmp.Compare(y.Title+y.Document, x.Title+x.Document)
}

// Report returns the n entries most often marked unhelpful by audience
// aud, worst first.
func (f *Feedback) Report(ctx context.Context, aud knowledge.Audience, n int) (bot.FeedbackReport, error) {
	if err := f.start(ctx); err != nil {
		return bot.FeedbackReport{}, err
	}
	ms, err := f.s.rdb.Get(ctx, f.s.key("fb", "since")).Int64()
	if err != nil {
		return bot.FeedbackReport{}, fmt.Errorf("redis: feedback: %w", err)
	}
	all, err := f.s.rdb.HGetAll(ctx, f.s.key("fb", "tally")).Result()
	if err != nil {
		return bot.FeedbackReport{}, fmt.Errorf("redis: feedback: %w", err)
	}
	var list []tally
	for field, data := range all {
		var t tally
		if err := json.Unmarshal([]byte(data), &t); err != nil {
			return bot.FeedbackReport{}, fmt.Errorf("redis: feedback: tally %q: %w", field, err)
		}
		if seen(t.Unhelpful, aud) > 0 {
			list = append(list, t)
		}
	}
	slices.SortFunc(list, func(x, y tally) int { return -compareTally(x, y, aud) })
	rep := bot.FeedbackReport{Since: time.UnixMilli(ms).UTC()}
	for _, t := range list[:min(n, len(list))] {
		ef := bot.EntryFeedback{Title: t.Title, Document: t.Document, Section: t.Section, Line: t.Line,
			Unhelpful: seen(t.Unhelpful, aud), Helpful: seen(t.Helpful, aud), Last: t.Last}
		var qs []asked
		for _, q := range t.Asked {
			if seen(q.Count, aud) > 0 {
				qs = append(qs, q)
			}
		}
		slices.SortFunc(qs, func(x, y asked) int { return -compareAsked(x, y, aud) })
		for _, q := range qs {
			ef.Questions = append(ef.Questions, bot.AskedAs{Text: q.Text, Count: seen(q.Count, aud)})
		}
		rep.Entries = append(rep.Entries, ef)
	}
	return rep, nil
}
