package redisstate

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
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
//	fb:votes:<id>   hash: voter -> verdict, expiring with its answer:
//	                one press each
//	fb:entries      hash: document NUL title -> the entry's tally, as
//	                JSON, at most bot.MaxFeedbackEntries
//	fb:since        when the store began counting, in Unix milliseconds
//
// A press is one script (rateScript): the vote and the tally change
// together or not at all, and replicas pressing at once never lose a
// count.

// answerTTL is how long an answer can be rated: the buttons of an
// answer older than that say it is too old.
const answerTTL = 7 * 24 * time.Hour

// Feedback is a bot.FeedbackStore in Redis, shared by the replicas.
type Feedback struct {
	s     *Store
	since time.Time
}

var _ bot.FeedbackStore = (*Feedback)(nil)

// Feedback returns the store's feedback, counting since start unless
// another replica started counting before.
func (s *Store) Feedback(start time.Time) *Feedback { return &Feedback{s: s, since: start} }

// answerRecord is an answer given, as kept in Redis: what the rate script
// needs to count a press against its entry.
type answerRecord struct {
	Question string `json:"question"`
	// Q is the question normalised, as the in-memory store groups the
	// questions of an entry.
	Q        string `json:"q"`
	Title    string `json:"title"`
	Document string `json:"document"`
	Section  string `json:"section"`
	Line     int    `json:"line"`
	Audience int    `json:"audience"` // 0 public, 1 internal
	At       int64  `json:"at"`       // Unix milliseconds
}

// tally is one entry's verdicts, by audience (public, internal), as the
// rate script keeps it.
type tally struct {
	Title     string           `json:"title"`
	Document  string           `json:"document"`
	Section   string           `json:"section"`
	Line      int              `json:"line"`
	Helpful   [2]int           `json:"helpful"`
	Unhelpful [2]int           `json:"unhelpful"`
	Asked     map[string]asked `json:"asked"` // by normalised question
	Last      int64            `json:"last"`  // Unix milliseconds
}

type asked struct {
	Text  string `json:"text"`
	Count [2]int `json:"count"`
	Last  int64  `json:"last"` // Unix milliseconds
}

// seen is what an audience sees of counts: internal audiences see all.
func seen(c [2]int, a knowledge.Audience) int {
	if a == knowledge.Internal {
		return c[knowledge.Public] + c[knowledge.Internal]
	}
	return c[a]
}

// Remember keeps an answer given, for answerTTL, and starts the count
// unless it is started.
func (f *Feedback) Remember(ctx context.Context, a bot.Answered) error {
	data, err := json.Marshal(answerRecord{Question: a.Question, Q: bot.NormalizeQuestion(a.Question),
		Title: a.Title, Document: a.Document, Section: a.Section, Line: a.Line,
		Audience: int(a.Audience), At: a.At.UnixMilli()})
	if err != nil {
		return fmt.Errorf("redis: feedback: %w", err)
	}
	_, err = f.s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, f.s.key("fb", "answer", a.ID), data, answerTTL)
		p.SetNX(ctx, f.s.key("fb", "since"), f.since.UnixMilli(), 0)
		return nil
	})
	if err != nil {
		return fmt.Errorf("redis: feedback: %w", err)
	}
	return nil
}

// rateScript notes a press: KEYS are the answer, its votes and the
// entries; ARGV the voter, the verdict (1 helpful, 2 unhelpful), the time
// in Unix milliseconds, the most entries and the most questions per
// entry. It returns 0 noted, 1 already noted, 2 unknown answer. It counts
// as the in-memory store does: a new entry in a full store drops the
// tenth least marked unhelpful (then most marked helpful, then least
// recently rated, then by title); a new question of a full entry drops
// the least asked (then least recently, then by text).
var rateScript = redis.NewScript(`
local data = redis.call('GET', KEYS[1])
if not data then
  return 2
end
if redis.call('HSETNX', KEYS[2], ARGV[1], ARGV[2]) == 0 then
  return 1
end
local ttl = redis.call('PTTL', KEYS[1])
if ttl > 0 then
  redis.call('PEXPIRE', KEYS[2], ttl)
end
local a = cjson.decode(data)
local at = tonumber(ARGV[3])
local maxEntries = tonumber(ARGV[4])
local maxAsked = tonumber(ARGV[5])
local aud = a.audience + 1
local function all(c) return c[1] + c[2] end
local field = a.document .. '\0' .. a.title
local raw = redis.call('HGET', KEYS[3], field)
local e
if raw then
  e = cjson.decode(raw)
else
  if redis.call('HLEN', KEYS[3]) >= maxEntries then
    local kv = redis.call('HGETALL', KEYS[3])
    local list = {}
    for i = 1, #kv, 2 do
      local x = cjson.decode(kv[i + 1])
      x.field = kv[i]
      list[#list + 1] = x
    end
    table.sort(list, function(x, y)
      if all(x.unhelpful) ~= all(y.unhelpful) then return all(x.unhelpful) < all(y.unhelpful) end
      if all(x.helpful) ~= all(y.helpful) then return all(x.helpful) > all(y.helpful) end
      if x.last ~= y.last then return x.last < y.last end
      return x.title .. x.document > y.title .. y.document
    end)
    for i = 1, math.floor(#list / 10) + 1 do
      redis.call('HDEL', KEYS[3], list[i].field)
    end
  end
  e = {title = a.title, document = a.document, helpful = {0, 0}, unhelpful = {0, 0}, asked = {}}
end
e.section = a.section
e.line = a.line
e.last = at
if ARGV[2] == '1' then
  e.helpful[aud] = e.helpful[aud] + 1
else
  e.unhelpful[aud] = e.unhelpful[aud] + 1
  local q = a.q
  local x = e.asked[q]
  if not x then
    local n, least = 0, nil
    for k, y in pairs(e.asked) do
      n = n + 1
      if least == nil then
        least = k
      else
        local l = e.asked[least]
        if all(y.count) < all(l.count) or (all(y.count) == all(l.count) and
            (y.last < l.last or (y.last == l.last and y.text > l.text))) then
          least = k
        end
      end
    end
    if n >= maxAsked then
      e.asked[least] = nil
    end
    x = {text = a.question, count = {0, 0}, last = at}
    e.asked[q] = x
  end
  x.count[aud] = x.count[aud] + 1
  x.last = at
end
redis.call('HSET', KEYS[3], field, cjson.encode(e))
return 0
`)

// Rate notes a verdict, once per voter and answer, and counts it against
// the answer's entry, in one script.
func (f *Feedback) Rate(ctx context.Context, voter string, r bot.Rating, at time.Time) (bot.RateResult, error) {
	keys := []string{f.s.key("fb", "answer", r.Answer), f.s.key("fb", "votes", r.Answer), f.s.key("fb", "entries")}
	res, err := rateScript.Run(ctx, f.s.rdb, keys, voter, int(r.Verdict), at.UnixMilli(),
		bot.MaxFeedbackEntries, bot.MaxAskedAs).Int()
	if err != nil {
		return 0, fmt.Errorf("redis: feedback: %w", err)
	}
	switch res {
	case 0:
		return bot.Noted, nil
	case 1:
		return bot.AlreadyNoted, nil
	case 2:
		return bot.UnknownAnswer, nil
	}
	return 0, fmt.Errorf("redis: feedback: the rate script returned %d", res)
}

// compareAsked orders questions from least to most asked by an audience,
// then from least to most recent, then by text.
func compareAsked(x, y asked, a knowledge.Audience) int {
	if c := cmp.Compare(seen(x.Count, a), seen(y.Count, a)); c != 0 {
		return c
	}
	if c := cmp.Compare(x.Last, y.Last); c != 0 {
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
	if c := cmp.Compare(x.Last, y.Last); c != 0 {
		return c
	}
	return cmp.Compare(y.Title+y.Document, x.Title+x.Document)
}

// Report returns the n entries most often marked unhelpful by audience
// aud, worst first. It shows counts and questions, never voters.
func (f *Feedback) Report(ctx context.Context, aud knowledge.Audience, n int) (bot.FeedbackReport, error) {
	var (
		since *redis.StringCmd
		all   *redis.MapStringStringCmd
	)
	_, err := f.s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.SetNX(ctx, f.s.key("fb", "since"), f.since.UnixMilli(), 0)
		since = p.Get(ctx, f.s.key("fb", "since"))
		all = p.HGetAll(ctx, f.s.key("fb", "entries"))
		return nil
	})
	if err != nil {
		return bot.FeedbackReport{}, fmt.Errorf("redis: feedback: %w", err)
	}
	ms, err := since.Int64()
	if err != nil {
		return bot.FeedbackReport{}, fmt.Errorf("redis: feedback: since: %w", err)
	}
	var list []tally
	for field, data := range all.Val() {
		var t tally
		if err := json.Unmarshal([]byte(data), &t); err != nil {
			return bot.FeedbackReport{}, fmt.Errorf("redis: feedback: entry %q: %w", field, err)
		}
		if seen(t.Unhelpful, aud) > 0 {
			list = append(list, t)
		}
	}
	slices.SortFunc(list, func(x, y tally) int { return -compareTally(x, y, aud) })
	rep := bot.FeedbackReport{Since: time.UnixMilli(ms).UTC()}
	for _, t := range list[:min(n, len(list))] {
		ef := bot.EntryFeedback{Title: t.Title, Document: t.Document, Section: t.Section, Line: t.Line,
			Unhelpful: seen(t.Unhelpful, aud), Helpful: seen(t.Helpful, aud), Last: time.UnixMilli(t.Last).UTC()}
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
