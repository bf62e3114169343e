package bot

import (
	"cmp"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/briefbot/briefbot/knowledge"
)

// Every answer from the knowledge base carries two feedback controls,
// "helpful" and "not helpful". A press reaches the bot as a Message with
// a Rating; the bot notes it once per person and answer, and the admins'
// `feedback` command lists the entries most often marked unhelpful, with
// the questions that led to them, for the curators.

// Verdict is what a person says of an answer with its feedback controls.
type Verdict int

// The verdicts.
const (
	// Helpful is a press of the "helpful" control.
	Helpful Verdict = iota + 1
	// Unhelpful is a press of the "not helpful" control.
	Unhelpful
)

// String returns the verdict as metrics and the state file name it.
func (v Verdict) String() string {
	switch v {
	case Helpful:
		return "helpful"
	case Unhelpful:
		return "unhelpful"
	}
	return "unknown"
}

// word is the verdict in a control's value.
func (v Verdict) word() string {
	if v == Helpful {
		return "good"
	}
	return "bad"
}

// Rating is one press of an answer's feedback controls.
type Rating struct {
	// Answer is the answer's ID, its Reply.AnswerID.
	Answer  string
	Verdict Verdict
}

// controlPrefix starts the value of every feedback control, so that an
// adapter tells it from its other controls' values.
const controlPrefix = "fb:"

// answerIDLen is the length of an answer ID: rand.Text's 26 characters
// of base32, 130 bits, which nobody guesses.
const answerIDLen = 26

// newAnswerID returns a new answer ID.
func newAnswerID() string { return rand.Text() }

// Control is the value a feedback control carries (a Slack button's
// value, a Discord button's custom_id): "fb:good:" or "fb:bad:" and the
// answer's ID, 34 characters at most. ParseControl reads it back.
func Control(answerID string, v Verdict) string {
	return controlPrefix + v.word() + ":" + answerID
}

// Errors of ParseControl.
var (
	errNotControl = errors.New("not a feedback control")
	errVerdict    = errors.New("feedback control: the verdict is neither good nor bad")
	errAnswerID   = fmt.Errorf("feedback control: the answer ID is not %d characters of base32", answerIDLen)
)

// ParseControl reads the value of a pressed feedback control, which the
// platform relays and anyone could forge: the value must be exactly what
// Control writes, "fb:good:" or "fb:bad:" and an ID of 26 characters of
// upper-case base32.
func ParseControl(s string) (Rating, error) {
	rest, ok := strings.CutPrefix(s, controlPrefix)
	if !ok {
		return Rating{}, errNotControl
	}
	word, id, ok := strings.Cut(rest, ":")
	if !ok {
		return Rating{}, errNotControl
	}
	var r Rating
	switch word {
	case Helpful.word():
		r.Verdict = Helpful
	case Unhelpful.word():
		r.Verdict = Unhelpful
	default:
		return Rating{}, errVerdict
	}
	if !validAnswerID(id) {
		return Rating{}, errAnswerID
	}
	r.Answer = id
	return r, nil
}

// validAnswerID reports whether id could be an ID newAnswerID made.
func validAnswerID(id string) bool {
	if len(id) != answerIDLen {
		return false
	}
	for i := range len(id) {
		if c := id[i]; !('A' <= c && c <= 'Z' || '2' <= c && c <= '7') {
			return false
		}
	}
	return true
}

// Answered is an answer the bot gave with feedback controls: what a press
// of them is about. It holds nothing about the asker.
type Answered struct {
	ID string
	// Question is what was asked, as typed.
	Question string
	// Title, Document, Section and Line name the entry answered, as the
	// answer's Source cites it.
	Title    string
	Document string
	Section  string
	Line     int
	// Audience is the audience of the channel the answer was given in:
	// a public audience's admins see only what was rated in public.
	Audience knowledge.Audience
	At       time.Time
}

// RateResult is what became of a Rating.
type RateResult int

// The results of a Rating.
const (
	// Noted is a first press by a person on an answer: it counts.
	Noted RateResult = iota
	// AlreadyNoted is a further press by the same person on the same
	// answer: it changes nothing.
	AlreadyNoted
	// UnknownAnswer is a press on an answer the store does not know, or
	// no longer: it was given long ago, or the ID is forged.
	UnknownAnswer
)

// FeedbackReport is what the feedback command shows: the entries most
// often marked unhelpful, worst first.
type FeedbackReport struct {
	// Since is when the store started counting.
	Since   time.Time
	Entries []EntryFeedback
}

// EntryFeedback is the verdicts on the answers that gave one entry.
type EntryFeedback struct {
	Title, Document, Section string
	Line                     int // when last rated
	Unhelpful, Helpful       int
	// Questions are the questions whose answers were marked unhelpful,
	// most often first, at most MaxAskedAs.
	Questions []AskedAs
	Last      time.Time // the last verdict
}

// AskedAs is a question that led to an entry marked unhelpful, and how
// often.
type AskedAs struct {
	Text  string
	Count int
}

// FeedbackStore keeps the answers the bot gave, so that a press of their
// controls finds the entry it is about, and the verdicts on them. The
// default keeps them in memory and, with Options.StateDir, in the state
// file; another backend (Redis) may keep them for several replicas.
type FeedbackStore interface {
	// Remember keeps an answer given, under its ID.
	Remember(ctx context.Context, a Answered) error
	// Rate notes a verdict by voter (the platform and the person's
	// user ID) on an answer, once per voter and answer.
	Rate(ctx context.Context, voter string, r Rating, at time.Time) (RateResult, error)
	// Report returns the n entries most often marked unhelpful in
	// channels of audience aud (every channel, for Internal).
	Report(ctx context.Context, aud knowledge.Audience, n int) (FeedbackReport, error)
}

// The bounds of a feedback store. The in-memory one drops the oldest
// answers when full; a shared store lets them expire instead. Every
// store, when full, drops the tenth of the entries least marked
// unhelpful and, per entry, the question least asked.
const (
	maxAnswers = 5000 // answers a press can still rate, in memory
	// MaxFeedbackEntries bounds the entries with verdicts.
	MaxFeedbackEntries = 1000
	// MaxAskedAs bounds the questions kept per entry.
	MaxAskedAs = 10
	shownAsked = 3 // questions feedback shows per entry
)

// memoryFeedback is the default FeedbackStore, in memory. The bot saves
// it in the state file.
type memoryFeedback struct {
	mu      sync.Mutex
	since   time.Time
	answers map[string]*given      // by ID
	entries map[string]*entryTally // by entryKey
}

// given is an answer given, and who rated it.
type given struct {
	Answered
	votes map[string]Verdict // by voter
}

// entryTally counts the verdicts on one entry, by audience.
type entryTally struct {
	title, document, section string
	line                     int
	helpful, unhelpful       byAudience
	asked                    map[string]*askedTally // by normalised question
	last                     time.Time
}

type askedTally struct {
	text  string
	count byAudience
	last  time.Time
}

// byAudience counts by audience: public, internal.
type byAudience [2]int

// seen is what an audience sees of the counts: internal audiences see
// every one.
func (c byAudience) seen(a knowledge.Audience) int {
	if a == knowledge.Internal {
		return c[knowledge.Public] + c[knowledge.Internal]
	}
	return c[a]
}

// NewMemoryFeedback returns the in-memory FeedbackStore the bot uses by
// default, counting since since.
func NewMemoryFeedback(since time.Time) FeedbackStore { return newMemoryFeedback(since) }

func newMemoryFeedback(since time.Time) *memoryFeedback {
	return &memoryFeedback{since: since, answers: map[string]*given{}, entries: map[string]*entryTally{}}
}

// entryKey identifies an entry across reloads, which move its line.
func entryKey(document, title string) string { return document + "\x00" + title }

func (f *memoryFeedback) Remember(_ context.Context, a Answered) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.remember(&given{Answered: a})
	return nil
}

// remember keeps g, dropping the oldest tenth of the answers when full.
func (f *memoryFeedback) remember(g *given) {
	if _, ok := f.answers[g.ID]; !ok && len(f.answers) >= maxAnswers {
		evictOldest(f.answers, maxAnswers*9/10, func(g *given) time.Time { return g.At })
	}
	f.answers[g.ID] = g
}

func (f *memoryFeedback) Rate(_ context.Context, voter string, r Rating, at time.Time) (RateResult, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	g, ok := f.answers[r.Answer]
	if !ok {
		return UnknownAnswer, nil
	}
	if _, ok := g.votes[voter]; ok {
		return AlreadyNoted, nil
	}
	if g.votes == nil {
		g.votes = map[string]Verdict{}
	}
	g.votes[voter] = r.Verdict
	f.tally(g, r.Verdict, at)
	return Noted, nil
}

// tally counts a verdict on the answer g against its entry.
func (f *memoryFeedback) tally(g *given, v Verdict, at time.Time) {
	key := entryKey(g.Document, g.Title)
	e, ok := f.entries[key]
	if !ok {
		if len(f.entries) >= MaxFeedbackEntries {
			f.evictEntries()
		}
		e = &entryTally{title: g.Title, document: g.Document, asked: map[string]*askedTally{}}
		f.entries[key] = e
	}
	e.section, e.line, e.last = g.Section, g.Line, at
	if v == Helpful {
		e.helpful[g.Audience]++
		return
	}
	e.unhelpful[g.Audience]++
	q := NormalizeQuestion(g.Question)
	a, ok := e.asked[q]
	if !ok {
		if len(e.asked) >= MaxAskedAs {
			least := slices.MinFunc(slices.Collect(maps.Values(e.asked)), func(x, y *askedTally) int { return x.compare(y, knowledge.Internal) })
			delete(e.asked, NormalizeQuestion(least.text))
		}
		a = &askedTally{text: g.Question}
		e.asked[q] = a
	}
	a.count[g.Audience]++
	a.last = at
}

// evictEntries drops the tenth of the entries least marked unhelpful,
// the oldest first among equals.
func (f *memoryFeedback) evictEntries() {
	keys := slices.Collect(maps.Keys(f.entries))
	slices.SortFunc(keys, func(a, b string) int { return f.entries[a].compare(f.entries[b], knowledge.Internal) })
	for _, k := range keys[:len(keys)/10+1] {
		delete(f.entries, k)
	}
}

// compare orders entries from least to most marked unhelpful by an
// audience, then from most to least marked helpful, then from least to
// most recently rated, then by title, so that the order is the same
// every time.
func (e *entryTally) compare(o *entryTally, a knowledge.Audience) int {
	if c := cmp.Compare(e.unhelpful.seen(a), o.unhelpful.seen(a)); c != 0 {
		return c
	}
	if c := cmp.Compare(o.helpful.seen(a), e.helpful.seen(a)); c != 0 {
		return c
	}
	if c := e.last.Compare(o.last); c != 0 {
		return c
	}
	return cmp.Compare(o.title+o.document, e.title+e.document)
}

// compare orders questions from least to most asked by an audience, then
// from least to most recent, then by text.
func (q *askedTally) compare(o *askedTally, a knowledge.Audience) int {
	if c := cmp.Compare(q.count.seen(a), o.count.seen(a)); c != 0 {
		return c
	}
	if c := q.last.Compare(o.last); c != 0 {
		return c
	}
	return cmp.Compare(o.text, q.text)
}

func (f *memoryFeedback) Report(_ context.Context, aud knowledge.Audience, n int) (FeedbackReport, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var list []*entryTally
	for _, e := range f.entries {
		if e.unhelpful.seen(aud) > 0 {
			list = append(list, e)
		}
	}
	slices.SortFunc(list, func(x, y *entryTally) int { return -x.compare(y, aud) })
	rep := FeedbackReport{Since: f.since}
	for _, e := range list[:min(n, len(list))] {
		ef := EntryFeedback{Title: e.title, Document: e.document, Section: e.section, Line: e.line,
			Unhelpful: e.unhelpful.seen(aud), Helpful: e.helpful.seen(aud), Last: e.last}
		var asked []*askedTally
		for _, a := range e.asked {
			if a.count.seen(aud) > 0 {
				asked = append(asked, a)
			}
		}
		slices.SortFunc(asked, func(x, y *askedTally) int { return -x.compare(y, aud) })
		for _, a := range asked {
			ef.Questions = append(ef.Questions, AskedAs{Text: a.text, Count: a.count.seen(aud)})
		}
		rep.Entries = append(rep.Entries, ef)
	}
	return rep, nil
}

// remember gives rep, an answer from the knowledge base to the question
// q, its ID, and keeps it so that a press of its controls finds it. A
// reply that is not an entry's answer gets no ID, and no controls.
func (r *request) remember(rep *Reply, q string) {
	if rep.Kind != Answer || rep.Source == nil {
		return
	}
	a := Answered{ID: newAnswerID(), Question: shorten(q, maxStoredQuestion), Title: rep.Title,
		Document: rep.Source.Document, Section: rep.Source.Section, Line: rep.Source.Line,
		Audience: r.audience, At: r.bot.now()}
	if err := r.bot.feedback.Remember(r.ctx, a); err != nil {
		r.bot.log.Warn("answer not remembered for feedback", "platform", r.msg.Platform, "error", err)
		return
	}
	rep.AnswerID = a.ID
	r.bot.stateChanged()
}

// maxStoredQuestion bounds a question kept with its answer: the longest
// a config may allow.
const maxStoredQuestion = 4000

// Outcomes of a press, as briefbot_feedback_total labels them.
const (
	feedbackDuplicate = "duplicate"
	feedbackUnknown   = "unknown"
	feedbackError     = "error"
)

// feedbackOutcomes are the outcomes metrics count, every one from the
// start.
var feedbackOutcomes = []string{Helpful.String(), Unhelpful.String(), feedbackDuplicate, feedbackUnknown, feedbackError}

// rate notes a press of an answer's feedback control and thanks the
// presser privately, without posting the answer again. The press is not
// a message: it is counted by briefbot_feedback_total and logged here,
// not as a message handled.
func (r *request) rate(rt Rating) string {
	b := r.bot
	res, err := b.feedback.Rate(r.ctx, r.msg.Platform+":"+r.msg.UserID, rt, b.now())
	outcome := rt.Verdict.String()
	rep := Reply{Kind: Info, Title: "Thanks, noted", Private: true}
	switch {
	case err != nil:
		outcome = feedbackError
		rep = Reply{Kind: Failure, Title: "Sorry, that was not noted", Private: true,
			Body: "I could not keep your feedback just now; please try again later."}
	case res == AlreadyNoted:
		outcome = feedbackDuplicate
		rep.Title = "Already noted"
		rep.Body = "You have rated this answer already; each person's first rating counts."
	case res == UnknownAnswer:
		outcome = feedbackUnknown
		rep = Reply{Kind: Refusal, Title: "That answer can no longer be rated", Private: true,
			Body: "I no longer have it on record; it is too old. Ask again, and rate the new answer."}
	case rt.Verdict == Helpful:
		rep.Body = "Glad it helped."
	default:
		rep.Body = "The curators will see that this answer did not help. Asking in other words may find a better one."
	}
	if err == nil && res == Noted {
		b.stateChanged()
	}
	b.metrics.rated(r.msg.Platform, outcome)
	attrs := []any{"platform", r.msg.Platform, "channel", r.msg.ChannelID, "user", r.msg.UserID, "outcome", outcome}
	if err != nil {
		attrs = append(attrs, "error", err)
	}
	b.log.Info("feedback", attrs...)
	r.send(rep)
	return outcomeIgnored
}

// feedbackShown is how many entries the feedback command lists.
const feedbackShown = 10

// feedbackCmd lists the entries most often marked unhelpful that the
// asker's audience may see, with the questions that led to them. It
// never shows who rated.
func (r *request) feedbackCmd(string) string {
	b := r.bot
	rep, err := b.feedback.Report(r.ctx, r.audience, feedbackShown)
	if err != nil {
		b.log.Warn("feedback report failed", "platform", r.msg.Platform, "error", err)
		r.send(Reply{Kind: Failure, Title: "Feedback is unavailable", Body: "I could not read the feedback just now; please try again later."})
		return outcomeCommand
	}
	now := b.now()
	since := fmt.Sprintf("Counting since %s (%s).", at(rep.Since), ago(now, rep.Since))
	if len(rep.Entries) == 0 {
		r.send(Reply{Kind: Info, Title: "No answers marked unhelpful",
			Body: "No answer given here has been marked unhelpful. " + since})
		return outcomeCommand
	}
	var lines []string
	for _, e := range rep.Entries {
		src := Source{Document: e.Document, Section: e.Section, Line: e.Line}
		line := fmt.Sprintf("- %d× unhelpful", e.Unhelpful)
		if e.Helpful > 0 {
			line += fmt.Sprintf(", %d× helpful", e.Helpful)
		}
		lines = append(lines, line+fmt.Sprintf(": %s (%s), last %s", shorten(e.Title, 80), src.String(), ago(now, e.Last)))
		var asked []string
		for _, q := range e.Questions[:min(shownAsked, len(e.Questions))] {
			asked = append(asked, fmt.Sprintf("“%s” (%d×)", shorten(q.Text, 80), q.Count))
		}
		if len(asked) > 0 {
			lines = append(lines, "  asked as "+strings.Join(asked, ", "))
		}
	}
	r.send(Reply{Kind: Info, Title: "Answers most often marked unhelpful", Body: strings.Join(lines, "\n") +
		"\n\n" + since + " Curators: reword these entries, add the ones missing, or add synonyms so the questions find the right one."})
	return outcomeCommand
}
