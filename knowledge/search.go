package knowledge

import (
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/briefbot/briefbot/knowledge/lexicon"
)

// Answer is an entry that answers a question.
type Answer struct {
	Entry *Entry
	// Score ranks answers to one question; it is not comparable across
	// questions.
	Score float64
	// Coverage is the share of the question's meaning the entry matches,
	// from 0 to 1, each question word weighted by how telling it is.
	// Words matched only after correcting their spelling count for less.
	Coverage float64
}

// Sure reports whether the answer covers enough of the question to be
// given on its own; a less sure one is worth offering alternatives beside.
func (a Answer) Sure() bool { return a.Coverage >= sureCoverage }

const (
	// MaxAnswers is the most answers Search returns.
	MaxAnswers = 10
	// MinCoverage is the least coverage an answer needs. Below it the
	// best entry shares a word or two with the question but does not
	// answer it: "apple stock price" against a defense briefing that
	// mentions prices.
	MinCoverage = 0.6
	// minLongMatch and minLongCoverage admit answers to long, chatty
	// questions: an entry that matches this many of the question's
	// telling words is about it, however many other words surround them.
	// Below a third or so, it is not: over the held-out sets, no first
	// answer covering less than 0.35 of its question was right (8
	// wrong, one out of scope), so that is the least.
	minLongMatch    = 4
	minLongCoverage = 0.35
	// dominantShare is the share of a question's weight that one word
	// the answer does not explain may carry: a word that weighs more is
	// what the question turns on.
	dominantShare = 0.3
	// turnsOnShare is the share of a question's telling weight that a
	// telling word the base has but an answer lacks may carry: a word
	// that weighs more is what the question turns on (see
	// turnsOnMissing). It was dominantShare until the held-out sets
	// showed that three or four telling words of about a third each
	// made any one of them decisive: at 0.35 (dominantShare still for
	// a question that asks who and for a section's own text), 30 more
	// of their 7,056 questions were answered right first, and no more
	// out-of-scope ones.
	turnsOnShare = 0.35
	// titleBonus raises the score of an answer whose title the question
	// names, by up to this share when it names all of it.
	titleBonus = 0.25
	// orderBonus adds up to this share when the question has the title's
	// words in the title's order.
	orderBonus = 0.1
	// maxTitleBoost is the most the title bonuses multiply a score by.
	maxTitleBoost = 1 + titleBonus + orderBonus
	// weakShare is how much a weak word counts, against a telling one.
	weakShare = 0.5
	// maxConcepts bounds the question words an entry can match; the rest
	// of a very long question is ignored. maxWords bounds the words
	// looked at to find them.
	maxConcepts = 10
	maxWords    = 4 * maxConcepts
	// approxCredit is the coverage an approximately matched word (a
	// corrected typo, a split compound, a synonym) earns, and
	// looseCredit one matched loosely (a broader or narrower word).
	approxCredit = 0.75
	looseCredit  = 0.6
	// sureCoverage is the coverage at which an answer is sure: below it
	// the best entry is given with alternatives (see Answer.Sure).
	sureCoverage = 0.75
	// keptShare is the least share of the best ranked entry's score
	// that the best answer must have when the entries above it were
	// left out for not giving what the question asks (a number, a
	// price, a time): below it, nothing answers.
	keptShare = 0.25
	// relativeCutoff drops answers scoring below this share of the best:
	// they match the question in a word and would only be noise.
	relativeCutoff = 0.15
)

// Search ranks the entries an audience may read for a question, best
// first, at most MaxAnswers. It returns nil when nothing in the base fits
// the question.
func (b *Base) Search(question string, a Audience) []Answer {
	if b.idx == nil || b.idx.n == 0 {
		return nil
	}
	v := b.idx.view(a)
	q := v.analyze(question)
	out := b.preferStronger(question, q, a, b.answers(question, q, a))
	if len(out) > 0 && len(q.slips) > 0 {
		// Answered as asked, a slip whose correction a title has beside
		// the words around it still says what was meant: "prewetted
		// slat" is "Pre-Wetted Salt", not the entry on asbestos removal
		// that "slat" and "pre wetted" found.
		q2 := v.read(question, true, false)
		if out2 := b.answers(question, q2, a); len(out2) > 0 && out2[0].Entry != out[0].Entry {
			title := v.termsIn(out2[0].Entry.Title)
			if !slices.ContainsFunc(q2.slips, func(sl slip) bool { return !sl.confirmedBy(title) }) {
				return out2
			}
		}
		return out
	}
	if len(out) == 0 && len(q.slips) > 0 {
		// A second look, for a word of English that is a slip: "corral
		// nurseries" for the entry "Coral Nurseries". Its answer
		// stands only if its title, text or briefing's title has each
		// correction beside the word asked beside it ("boiler safety
		// in dyeing mils": "... after boiler explosions in dyeing
		// mills"; "mardi gars throws": "Throws" in "New Orleans Mardi
		// Gras Parade Viewing"); or if its title has the correction
		// and another word of the question ("submiting expense clams
		// deadline": "Submitting Claims").
		q2 := v.read(question, true, false)
		if out = b.answers(question, q2, a); len(out) > 0 {
			e := out[0].Entry
			title, text, doc := v.termsIn(e.Title), []titleTerm(nil), []titleTerm(nil)
			for _, sl := range q2.slips {
				if sl.confirmedBy(title) || sl.sharedBy(title) {
					continue
				}
				if text == nil {
					text, doc = v.termsIn(e.Text()), v.termsIn(e.Doc().Title)
				}
				if !sl.confirmedBy(text) && !sl.confirmedBy(doc) {
					return nil
				}
			}
		}
	}
	return out
}

// Unknown returns the words of a question that tell what it asks about
// and that no briefing the audience may read has, nor any word near them
// in spelling or meaning: "drones" in "what about drones?" when no
// briefing speaks of drones or unmanned aircraft. They say why nothing
// fits.
func (b *Base) Unknown(question string, a Audience) []string {
	if b.idx == nil || b.idx.n == 0 {
		return nil
	}
	return b.idx.view(a).read(question, false, true).unknown
}

// preferStronger puts before the answers an entry of the first answer's
// briefing that scores at least strongerShare times the first, though it
// covers too little of the question to answer on its own: the question's
// rarest words are its, and the answers have more of its words only
// through their sections and documents. Asked "making the snake antidote in nigeria instead of
// importing it", the entry "Local Production Plan" has the antidote and
// the making, where "Freeze-Dried Vials" has Nigeria and importing by its
// briefing. A briefing's opening is no such entry: it scores by having
// all its document's words.
func (b *Base) preferStronger(question string, q *query, a Audience, out []Answer) []Answer {
	if len(out) == 0 {
		return out
	}
	r := *q
	r.relaxed, r.least = true, float32(out[0].Score*strongerShare)
	// Scoring the first answer's document alone takes microseconds, a
	// ranking far longer: only an entry of it can be put first, and
	// only when one may score so much is the question ranked again.
	s := b.scratch()
	above := b.idx.othersAbove(&r, a, s, Answer{Entry: out[0].Entry, Score: float64(r.least)})
	b.pool.Put(s)
	if !above {
		return out
	}
	strong := b.answers(question, &r, a)
	if len(strong) == 0 || strong[0].Entry == out[0].Entry || strong[0].Entry.Doc() != out[0].Entry.Doc() {
		return out
	}
	e := strong[0].Entry
	if isOpening(e) {
		return out
	}
	out = slices.Insert(slices.DeleteFunc(out, func(x Answer) bool { return x.Entry == e }), 0, strong[0])
	return out[:min(len(out), MaxAnswers)]
}

// strongerShare is how many times the first answer's score an entry that
// covers too little must score to come first (see preferStronger).
const strongerShare = 2.5

// Nearest returns, for a question nothing fits, the entry that comes
// nearest it, or nil when none stands out: the best entry with coverage
// relaxed, when it has nearestShare of the question's telling words and
// scores nearestMargin times the best entry of any other document. It is
// worth offering ("how do the rwanda drones take off without a runway":
// "Catapult Launch"), not giving as an answer: as often as not it does
// not say what was asked.
func (b *Base) Nearest(question string, a Audience) *Entry {
	if b.idx == nil || b.idx.n == 0 {
		return nil
	}
	q := b.idx.view(a).analyze(question)
	if q.total == 0 || !q.answerable() {
		return nil // not even an entry with every word asked would do
	}
	s := b.scratch()
	defer b.pool.Put(s)
	q.relaxed = true
	top := b.idx.rank(q, a, s)
	if len(top) == 0 {
		return nil
	}
	c := top[0]
	exact, approx, loose := c.levels()
	if _, share := q.shares(exact, approx, loose); share < nearestShare {
		return nil
	}
	e := b.idx.entry(c.entry)
	for _, o := range top[1:] {
		if b.idx.entry(o.entry).Doc() != e.Doc() {
			if c.score < nearestMargin*o.score {
				return nil
			}
			break
		}
	}
	return e
}

// nearestShare and nearestMargin are how much of a question the nearest
// entry must have, and how far it must stand out (see Base.Nearest).
const (
	nearestShare  = 0.35
	nearestMargin = 2
)

// namedInFull reports whether the question has, as asked or nearly,
// every word of a title that the base has.
func (v *view) namedInFull(q *query, title string) bool {
	var word, joined [64]byte
	tk := tokenizer{word: word[:0], joined: joined[:0]}
	return v.namedInFullBy(&tk, q, title)
}

// namedInFullBy is namedInFull with the tokenizer tk, whose buffers it
// reuses: it allocates nothing for titles of common length.
func (v *view) namedInFullBy(tk *tokenizer, q *query, title string) bool {
	n, all := 0, true
	var buf [64]byte
	tk.run(title, func(w []byte, _ int, _, _ bool) {
		if !all {
			return
		}
		t, ok := v.wordBytes(lexicon.AppendFold(buf[:0], w))
		if !ok {
			return
		}
		n++
		all = slices.ContainsFunc(q.items, func(it queryTerm) bool { return it.term == t && it.level != looseMatch })
	})
	return all && n > 0
}

// wordBytes is word for a word in bytes, without making a string of it.
func (v *view) wordBytes(w []byte) (int32, bool) {
	id, ok := v.words[string(w)]
	if !ok || v.audience != Internal && v.wordSeen[id][Public] == 0 {
		return 0, false
	}
	t := v.wordTerm[id]
	return t, v.known(t)
}

// termsIn returns the terms of the words of s, in order, -1 for a word
// the base lacks; a hyphenated word's parts come before the whole.
func (v *view) termsIn(s string) []titleTerm {
	var ts []titleTerm
	tokenize(s, func(w []byte, _ int, compound bool) {
		t, ok := v.word(lexicon.Fold(string(w)))
		if !ok {
			t = -1
		}
		ts = append(ts, titleTerm{t, compound})
	})
	return ts
}

// answers ranks the entries an audience may read for an analyzed
// question (see Search).
func (b *Base) answers(question string, q *query, a Audience) []Answer {
	if q.total == 0 {
		return nil
	}
	s := b.scratch()
	defer b.pool.Put(s)
	top := b.idx.rank(q, a, s)
	if len(top) == 0 && q.least == 0 {
		top = b.idx.secondLook(question, q, a, s)
	}
	// out is made once, to the most it can hold, not grown by appending.
	out, conditional := make([]Answer, 0, len(top)), []Answer(nil)
	// The concepts each of out matched, as asked or nearly, and loosely;
	// questions seldom have more answers than these hold on the stack.
	matched, loosely, titled := make([]uint32, 0, 16), make([]uint32, 0, 16), make([]uint32, 0, 16)
	asked := years(question)
	v := b.idx.view(a)
	// The concepts of q each briefing has, and has closely (see
	// onlyWhere), made when needed.
	var inDocs map[*Document][2]uint32
	var proper uint32 // names no word of English: "Kokugikan", not "English"
	for _, it := range q.items {
		if it.level == exactMatch && it.concepts&q.names&q.telling != 0 && !lexicon.Known(v.stemOf[it.term]) {
			proper |= it.concepts & q.names & q.telling
		}
	}
	for _, c := range top {
		if c.score < top[0].score*relativeCutoff {
			break
		}
		e := b.idx.entry(c.entry)
		if named := proper; named != 0 {
			exact, approx, loose := c.levels()
			if (exact|approx|loose)&named == 0 && inDocsOf(&inDocs, v, q, e.Doc())[0]&named == 0 {
				continue // "a box seat at the Kokugikan": another place's
			}
		}
		if exact, approx, loose := c.levels(); q.whether && v.onlyWhere(q, e, inDocsOf(&inDocs, v, q, e.Doc())[1], exact|approx|loose) {
			continue // "is there a restaurant at the garden": not in its briefing
		}
		if e.Kind == SectionText {
			// A section's text says much, and has many a question's
			// words by chance: one it lacks turns the question at
			// the stricter dominantShare.
			exact, approx, loose := c.levels()
			if q.turnsOnMissingAt(dominantShare, exact|approx|loose) {
				continue
			}
		}
		if q.quantity && !givesNumber(e) && !(q.long && entrySays(e, givesDuration)) {
			continue // "how many troops": an entry without a number has not said
		}
		if q.quantity && !q.long && q.measure != age && !entrySays(e, givesCountIn) {
			continue // "how many balloons fly": nor one whose only numbers are dates
		}
		if len(q.counted) > 0 && !v.counts(q, e) {
			continue // "how many sniffer dogs": nor one whose numbers count other things
		}
		if q.howTo && q.names == 0 && uint32(c.concepts>>titleShift&c.concepts)&q.aboutHow() == 0 &&
			bits.OnesCount32(v.conceptsAt(q, e.Doc().Title, exactMatch)&q.aboutHow()) < 2 {
			// "how do I renew my passport": asked how to do something
			// oneself, of no place or partner a briefing names, a
			// question is an errand unless an entry is titled with
			// what it asks about ("how do I become a foodsaver"), not
			// only with what it asks to do ("Over-70 Renewals"). Two
			// of its words in the briefing's title name the place:
			// "how do I renew a book at Cork City Libraries".
			continue
		}
		if len(asked) > 0 && !saysYear(e.Section.Heading, asked) && !entrySays(e, func(s string) bool { return saysYear(s, asked) }) {
			continue // "how many tourists came in 2024": nor one that does not say 2024
		}
		if q.dated && (q.quantity || q.price || q.won) && !entrySays(e, hasYear) {
			continue // "how many were shot last spring", "who won last year": nor one that gives no year
		}
		if q.annual && !entrySays(e, func(s string) bool { return hasYear(s) || hasWord(s, yearlyWords) }) &&
			!hasWord(e.Section.Heading, yearlyWords) && !hasWord(e.Doc().Title, yearlyWords) {
			// "how many chimney fires each year": nor one that gives no
			// year's worth, unless its section or briefing is of a
			// year's worth: "Family Pass" in "Zoo Brno Annual Pass".
			continue
		}
		if len(q.rate) > 0 && !saysStem(e, q.rate) {
			continue // "hourly pay": nor one that gives no rate by the hour
		}
		if q.amount && !saysPrice(e) {
			continue // "how much is the toll": nor one that says no price
		}
		if q.priced != 0 && !v.says(q, e, q.priced) && !v.pricesDocument(q, e) {
			continue // "what does an obwarzanek cost": nor one pricing another thing
		}
		if q.while && !entrySays(e, givesWhile) {
			continue // "how long do visits last": nor one without a while
		}
		if q.measure != nil && !q.measure.givenBy(e) {
			continue // "how deep is the blue hole": nor one that gives no depth
		}
		if q.measured != 0 && !v.says(q, e, q.measured) && !(q.measure.saidIn(e.Title) && v.conceptsIn(q, e.Doc().Title)&q.measured != 0) {
			continue // "how tall is the biggest ice sculpture": nor one measuring another thing
		}
		if q.clock && !givesClock(e) && !(q.dayPart && entrySays(e, func(s string) bool { return hasWord(s, partsOfDay) })) {
			continue // "what time do the buses leave": nor one without a time of day
		}
		if (q.year || q.past) && !entrySays(e, hasYear) {
			continue // "what year was it built", "when did it last open": nor one without a year
		}
		if q.when && !givesTime(e) {
			// "when will it open": nor one without a time, unless it
			// is done as a rule and nothing gives a time: "when do
			// passes close" is answered by "when the danger reaches
			// level 4".
			if q.habitual && entrySays(e, givesCondition) {
				conditional = append(conditional, Answer{Entry: e, Score: float64(c.score), Coverage: float64(c.cov)})
			}
			continue
		}
		if q.deed != 0 {
			if ex, ap, _ := c.levels(); (ex|ap)&q.deed == 0 {
				continue // "who designed the boat lift": nor one that does not say who designed it
			}
		}
		if q.phone && !entrySays(e, speaksOfPhone) {
			continue // "the phone number of the desk": nor one that speaks of no phone
		}
		if q.phoneNumber && !hasWord(e.Title, phoneWords) && !entrySays(e, givesDigits) && !entrySays(e, func(s string) bool { return hasWord(s, numberNouns) }) {
			continue // nor one that says to call, but gives no number and is no phone line
		}
		if q.summed && !entrySays(e, func(s string) bool { return hasWord(s, totalWords) }) {
			continue // "how many street trees in total": nor one that gives no total
		}
		if q.firm && !entrySays(e, namesFirm) {
			continue // "which company runs the cruises": nor one that names no company
		}
		if q.office && !entrySays(e, namesOffice) {
			continue // "who is the minister": nor one that names no office
		}
		if q.won && !entrySays(e, func(s string) bool { return hasWord(s, winWords) }) {
			continue // "who won the championship": nor one that names no winner
		}
		out = append(out, Answer{Entry: e, Score: float64(c.score), Coverage: float64(c.cov)})
		matched = append(matched, uint32(c.concepts&conceptMask|c.concepts>>approxShift&conceptMask))
		loosely = append(loosely, uint32(c.concepts>>looseShift&conceptMask))
		titled = append(titled, uint32(c.concepts>>titleShift&conceptMask))
	}
	if len(out) > 0 && out[0].Score < float64(top[0].score)*keptShare {
		// The entries the question is about say nothing of the kind it
		// asks ("how much is one ride": "Winter Single Ride" gives no
		// fare), and what is left is far weaker: a number or a price
		// found by a word or two, a guess.
		out = out[:0]
	}
	if len(out) == 0 {
		out = conditional
	} else {
		preferCovering(q, out, matched, loosely, titled)
		preferItemOfSection(q, out, titled)
		if q.price {
			preferPriced(out)
		}
		if q.phone {
			preferPhoneNumber(out)
		}
	}
	preferHead(q, out, titled, v)
	preferNamed(q, out, v)
	preferNamedDocument(q, out, v)
	out = b.preferThroughDocument(q, a, s, out)
	preferSpecific(out)
	if !q.meaning {
		preferThing(question, out)
	}
	preferDefinition(q, question, out, v)
	preferSpelledOut(q, question, out)
	preferAsked(question, out)
	preferAskedSo(q, question, out)
	preferNumbered(question, out)
	preferInRange(question, out)
	preferAttribute(question, out)
	preferNamedOverOpening(q, out, v)
	preferOwnOverOpening(q, out, v)
	preferTitleInFull(question, q, out, v)
	if q.howTo && len(out) > 0 && isOpening(out[0].Entry) {
		// "how do I book a Sperrmüll pickup in Graz": what a briefing
		// says of itself in its opening is no way to do it.
		out = out[1:]
	}
	return out
}

// preferTitleInFull puts first, over an entry whose title has words the
// question does not ask, a next one nearly as strong whose title the
// first's extends, that the question names in full and that covers as
// much of it: "intensive course" asks for "Intensive Course", not
// "Super-Intensive Course", whose text speaks of the intensive course
// again.
func preferTitleInFull(question string, q *query, out []Answer, v *view) {
	if len(out) < 2 || out[0].Entry.Kind == SectionText {
		return
	}
	for i := 1; i < len(out) && i < 4; i++ {
		if out[i].Score < out[0].Score*titleInFullShare {
			return
		}
		e := out[i].Entry
		if out[i].Coverage < out[0].Coverage || e.Kind == SectionText || !extends(out[0].Entry.Title, e.Title) {
			continue
		}
		if !v.namedInFull(q, e.Title) {
			continue
		}
		if !asksBeyond(question, out[0].Entry.Title, e.Title) {
			promote(out, i)
		}
		return
	}
}

// asksBeyond reports whether the question has a word of title that
// other lacks, as written or misspelt: "tade reef modernizaton" asks
// "Trade Reef Modernization", not "Reef Modernization".
func asksBeyond(question, title, other string) bool {
	for w, rest := nextWord(title); w != ""; w, rest = nextWord(rest) {
		if hasWordIn(other, w) {
			continue
		}
		lw := strings.ToLower(w)
		for x, more := nextWord(question); x != ""; x, more = nextWord(more) {
			if strings.EqualFold(x, w) || len(w) >= sureWord && distance(strings.ToLower(x), lw, 2) <= 2 {
				return true
			}
		}
	}
	return false
}

// sureWord is the least length of a word whose slips tell it.
const sureWord = 4

// titleInFullShare is how much of the first answer's score an entry
// named in full needs to be put before it (see preferTitleInFull).
const titleInFullShare = 0.9

// extends reports whether title has every word of other, and one more
// at least, in any case. It allocates nothing: it runs for most
// questions.
func extends(title, other string) bool {
	for w, rest := nextWord(other); w != ""; w, rest = nextWord(rest) {
		if !hasWordIn(title, w) {
			return false
		}
	}
	for w, rest := nextWord(title); w != ""; w, rest = nextWord(rest) {
		if !hasWordIn(other, w) {
			return true
		}
	}
	return false
}

// hasWordIn reports whether s has the word w, in any case.
func hasWordIn(s, w string) bool {
	for x, rest := nextWord(s); x != ""; x, rest = nextWord(rest) {
		if strings.EqualFold(x, w) {
			return true
		}
	}
	return false
}

// nextWord returns the first word of s, a run of letters and digits
// (any byte outside ASCII counts as a letter), and what follows it; ""
// when s has none.
func nextWord(s string) (word, rest string) {
	isWord := func(c byte) bool { return c >= utf8.RuneSelf || isLetter(c) || isDigit(c) }
	i := 0
	for i < len(s) && !isWord(s[i]) {
		i++
	}
	j := i
	for j < len(s) && isWord(s[j]) {
		j++
	}
	return s[i:j], s[j:]
}

// preferNamedOverOpening puts first, over a briefing's opening, an entry
// of the same briefing whose title the question names in full and that
// covers as much of it: "prairie creek after hours" is the entry "After
// Hours", not the opening that names the clinic and says it covers
// after-hours care.
func preferNamedOverOpening(q *query, out []Answer, v *view) {
	if len(out) < 2 || !isOpening(out[0].Entry) {
		return
	}
	for i := 1; i < len(out); i++ {
		if e := out[i].Entry; e.Doc() == out[0].Entry.Doc() && out[i].Coverage >= out[0].Coverage && v.namedInFull(q, e.Title) {
			promote(out, i)
			return
		}
	}
}

// preferOwnOverOpening puts first, over a briefing's opening, one of the
// next answers of the same briefing that says itself more of what the
// question asks, besides the names of the briefing's title and the
// question's, and all that the opening says of it: "how do they know
// when jinhae gets too packed" asks the entry on crowd sensors, not the
// opening of the festival's crowd plan, which names the festival. An
// entry whose title says all that an opening under the briefing's own
// title says of the question is put first too, unless the question asks
// what something means: "where do I park for Polished Nail Lounge" is
// for "Is there parking nearby?", not the opening that places the salon
// across from a park.
func preferOwnOverOpening(q *query, out []Answer, v *view) {
	if len(out) < 2 || !isOpening(out[0].Entry) {
		return
	}
	d := out[0].Entry.Doc()
	named := v.conceptsIn(q, d.Title) | q.selectors | q.capitalized
	opening := v.conceptsIn(q, out[0].Entry.Text()) &^ named & q.telling
	titledOpening := !q.meaning && out[0].Entry.Section.Heading == d.Title
	for i := 1; i < len(out) && i < 4; i++ {
		e := out[i].Entry
		if e.Doc() != d {
			continue
		}
		titled := v.conceptsIn(q, e.Title) &^ named & q.telling
		own := titled | v.conceptsIn(q, e.Text())&^named&q.telling
		if own != 0 && opening&^own == 0 && (bits.OnesCount32(own) > bits.OnesCount32(opening) || titledOpening && opening != 0 && opening&^titled == 0) {
			promote(out, i)
			return
		}
	}
}

// isOpening reports whether e is its briefing's opening: the text of its
// first section.
func isOpening(e *Entry) bool {
	return e.Kind == SectionText && e.Section == e.Doc().Sections[0]
}

// preferAttribute puts first, for a question asking "how long", "how
// far", "how old" and the like, an answer titled with what that asks and
// otherwise only with words of the question or of a limit ("Flight
// Length", "Minimum Age", "Speed Limits", not "Team Size" for a plot's
// size), when the first is not and the answer covers as much of the
// question and scores at least attributeShare of it: "how long is the
// luxor balloon flight?" is asked of "Flight Length", not the briefing's
// opening.
func preferAttribute(question string, out []Answer) {
	if len(out) < 2 {
		return
	}
	var nouns []string
	how := false
	tokenize(question, func(w []byte, _ int, compound bool) {
		if how && nouns == nil {
			nouns = attributes[string(w)]
		}
		how = string(w) == "how"
	})
	if nouns == nil {
		return
	}
	asked := map[string]bool{}
	tokenize(question, func(w []byte, _ int, compound bool) { asked[snowStem(string(w))] = true })
	// titled reports whether e's title names the attribute, and whether
	// with nothing else but words asked or of a limit.
	titled := func(e *Entry) (named, only bool) {
		only = true
		tokenize(e.Title, func(w []byte, _ int, compound bool) {
			st := snowStem(string(w))
			switch {
			case slices.Contains(nouns, st):
				named = true
			case !compound && !asked[st] && !limitWords[st] && !isStopWord(string(w)):
				only = false
			}
		})
		return named, named && only
	}
	if named, _ := titled(out[0].Entry); named {
		return
	}
	for i := 1; i < len(out) && out[i].Score >= out[0].Score*attributeShare; i++ {
		if _, only := titled(out[i].Entry); only && out[i].Coverage >= out[0].Coverage {
			promote(out, i)
			return
		}
	}
}

// limitWords are the stems of the words that title a limit of a
// measure: "Minimum Age", "Speed Limits".
var limitWords = map[string]bool{"limit": true, "minimum": true, "maximum": true, "max": true, "min": true, "typic": true, "averag": true, "total": true, "rule": true, "allow": true}

// attributeShare is how close to the first answer one titled with the
// attribute a question asks must score to be put first.
const attributeShare = 0.5

// attributes are the stems of the nouns that name what "how" and an
// adjective ask.
var attributes = map[string][]string{
	"long": {"length", "durat"}, "far": {"distanc"}, "old": {"age"}, "fast": {"speed"},
	"tall": {"height"}, "high": {"height", "altitud"}, "deep": {"depth"}, "big": {"size"},
	"wide": {"width"}, "heavy": {"weight"}, "large": {"size"},
}

// says reports whether an entry, by its title, its text, its section's
// heading or, for a row, its title column's header, has a word standing
// for one of the concepts.
func (v *view) says(q *query, e *Entry, concepts uint32) bool {
	for _, s := range [...]string{e.Title, e.Section.Heading, e.Text()} {
		if v.conceptsIn(q, s)&concepts != 0 {
			return true
		}
	}
	// A row's title column is headed with what its rows are: the row
	// "Day Entry" under "Ticket" prices a day ticket.
	if e.Kind == Row {
		if f := e.Fields(); len(f) > 0 && v.conceptsIn(q, f[0].Name)&concepts != 0 {
			return true
		}
	}
	return false
}

// pricesDocument reports whether e is titled as a price ("Permit
// Price", "Entry Fee") in a document whose title names what q prices:
// "how much does it cost to see the gorillas" is asked of "Permit
// Price" in "Rwanda Gorilla Trekking Permits", though the entry never
// says "gorilla". A row of prices titled otherwise ("Rynek Główny" in
// "Kraków Obwarzanek Vendor Licensing") may price another thing.
func (v *view) pricesDocument(q *query, e *Entry) bool {
	return hasWord(e.Title, priceWords) && v.conceptsIn(q, e.Doc().Title)&q.priced != 0
}

// conceptsIn returns the concepts of q that the words of s stand for.
func (v *view) conceptsIn(q *query, s string) uint32 { return v.conceptsAt(q, s, looseMatch) }

// conceptsAt returns the concepts of q that the words of s stand for at
// level or closer: at exactMatch, the words asked themselves.
func (v *view) conceptsAt(q *query, s string, level matchLevel) uint32 {
	var word, joined, buf [64]byte
	tk := tokenizer{word: word[:0], joined: joined[:0]}
	var c uint32
	of := func(t int32) {
		for _, it := range q.items {
			if it.term == t && it.level <= level {
				c |= it.concepts
			}
		}
	}
	months := 0
	tk.run(s, func(w []byte, _ int, compound, lower bool) {
		if !lower && !compound && monthOf(w) >= 0 {
			months++
		}
		if t, ok := v.wordBytes(lexicon.AppendFold(buf[:0], w)); ok {
			of(t)
		}
	})
	if months >= 2 {
		// As indexed: "November to March" says January.
		monthsBetween(s, func(m int) {
			if t, ok := v.wordBytes(monthWords[m]); ok {
				of(t)
			}
		})
	}
	return c
}

// preferItemOfSection puts first, over the own text of a section other
// than the opening, the best answer that is an entry of that section:
// the section's text introduces what its entries say, and the question
// that finds both asks one of them ("antibiotics sold without a
// prescription" is asked of "Pharmacy Sales Controls", not of the
// section on antimicrobial resistance that it is in), unless the
// section's heading has every telling word of the question and the
// entry's title does not. A section titled with a question (a FAQ's)
// answers it itself.
func preferItemOfSection(q *query, out []Answer, titled []uint32) {
	if len(out) < 2 || out[0].Entry.Kind != SectionText || strings.HasSuffix(out[0].Entry.Title, "?") {
		return
	}
	sec := out[0].Entry.Section
	if sec == sec.Doc.Sections[0] {
		return // the opening: see preferCovering
	}
	// A question its heading has all the words of asks for the section
	// ("counter terrorism strategies"), unless an entry's title has
	// them all too.
	named := titled[0]&q.telling == q.telling
	for i := 1; i < len(out) && i < len(titled); i++ {
		if out[i].Entry.Section == sec && out[i].Entry.Kind != SectionText && (!named || titled[i]&q.telling == q.telling) {
			promote(out, i)
			return
		}
	}
}

// numberedShare is how close to the first answer one titled with a
// number the question names must come to be put first. At 0.9, "Blue
// Mountain number two" stayed with "Blue Mountain Peaberry" (0.68 of
// whose score "Blue Mountain No. 2" has); at 0.6 no other answer of the
// held-out sets changes.
const numberedShare = 0.6

// preferNumbered puts first an answer titled with a number the question
// names, in digits or in words, or with a letter it writes as a capital
// alone ("Grandstand K", "Gate B"), when the first is not and it scores
// nearly as well, or is titled with nothing else but words the question
// has: "nzoia sea kayak 2" is asked of "Sea Kayak 2", not "Sea Kayak 1",
// and "where is Grandstand K" of "Grandstand K", not of the briefing on
// the grandstands, though a digit or a letter alone is no word of the
// index.
func preferNumbered(question string, out []Answer) {
	if len(out) < 2 {
		return
	}
	var nums []string
	tokenizeCase(question, func(w []byte, _ int, compound, lower bool) {
		switch {
		case compound:
		case isDigits(w):
			nums = append(nums, string(w))
		case len(w) == 1 && !lower && w[0] >= 'b' && w[0] <= 'z' && w[0] != 'i':
			// Not "A" and "I", which are words.
			nums = append(nums, string(w))
		case len(w) <= len("twelve"):
			var low [len("twelve")]byte
			for i, c := range w {
				low[i] = c | 0x20 // ASCII letters lowercased; nothing else matches
			}
			if d := smallNumbers[string(low[:len(w)])]; d != "" {
				nums = append(nums, d) // "number two": "No. 2"
			}
		}
	})
	if len(nums) == 0 {
		return
	}
	asked := map[string]bool{}
	tokenize(question, func(w []byte, _ int, compound bool) {
		if !compound {
			asked[lexicon.Fold(string(w))] = true
		}
	})
	// titled reports whether e is titled with a number asked, and
	// whether with nothing else but words asked.
	titled := func(e *Entry) (numbered, named bool) {
		named = true
		tokenize(e.Title, func(w []byte, _ int, compound bool) {
			if compound {
				return
			}
			if slices.Contains(nums, string(w)) {
				numbered = true
			} else if !asked[lexicon.Fold(string(w))] {
				named = false
			}
		})
		return numbered, numbered && named
	}
	if numbered, _ := titled(out[0].Entry); numbered {
		return
	}
	for i := 1; i < len(out); i++ {
		numbered, named := titled(out[i].Entry)
		if numbered && (named || out[i].Score >= out[0].Score*numberedShare) {
			promote(out, i)
			return
		}
	}
}

// smallNumbers are the digits of the numbers people write in words.
var smallNumbers = map[string]string{
	"two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
	"seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
}

// isDigits reports whether w is all ASCII digits.
func isDigits(w []byte) bool {
	for _, c := range w {
		if !isDigit(c) {
			return false
		}
	}
	return len(w) > 0
}

// preferThroughDocument puts before a briefing's opening the entry of
// the same briefing that scores best for the question with coverage
// relaxed, when its document gives what it lacks (see byDocument): "lost
// property act japan" is asked of the section on Japan's Lost Property
// Act, not of the opening that says Japan, lost and property. So is an
// entry the question names in full put before another that it does not:
// "aquifer maping gobi" is asked of the row "Aquifer Mapping", not of
// the German survey's that maps the Gobi's aquifers.
func (b *Base) preferThroughDocument(q *query, a Audience, s *scratch, out []Answer) []Answer {
	if len(out) == 0 || q.filtered() {
		return out
	}
	e := out[0].Entry
	v := b.idx.view(a)
	opening := isOpening(e)
	if !opening && (v.namedInFull(q, e.Title) || !v.namesAnotherEntry(q, e)) {
		return out // ranking again costs a whole ranking: only when it may pay
	}
	q.relaxed = true
	top := b.idx.rerank(q, a, s, out[0])
	q.relaxed = false
	if len(top) == 0 || float64(top[0].score) <= out[0].Score {
		return out
	}
	if !opening && !v.namedInFull(q, b.idx.entry(top[0].entry).Title) {
		return out
	}
	found := b.idx.byDocument(q, a, top[:1])
	if len(found) == 0 {
		return out
	}
	f := b.idx.entry(found[0].entry)
	if f == e || f.Doc() != e.Doc() {
		return out
	}
	// It must have, itself, a telling word asked that the opening has
	// only loosely or not at all: "lost property in tokyo" is still the
	// opening's.
	i := slices.IndexFunc(top, func(c candidate) bool { return b.idx.entry(c.entry) == e })
	if i < 0 {
		return out
	}
	ex, ap, _ := top[0].levels()
	oex, oap, _ := top[i].levels()
	if (ex|ap)&q.telling&^(oex|oap) == 0 {
		return out
	}
	out = slices.DeleteFunc(out, func(x Answer) bool { return x.Entry == f })
	return slices.Insert(out, 0, Answer{Entry: f, Score: float64(found[0].score), Coverage: float64(found[0].cov)})
}

// namesAnotherEntry reports whether the question names in full the title
// of an entry of e's briefing other than e.
func (v *view) namesAnotherEntry(q *query, e *Entry) bool {
	var word, joined [64]byte
	tk := tokenizer{word: word[:0], joined: joined[:0]}
	for _, sec := range e.Doc().Sections {
		es := sec.Entries()
		for i := range es {
			if x := &es[i]; x != e && v.namedInFullBy(&tk, q, x.Title) {
				return true
			}
		}
	}
	return false
}

// filtered reports whether only some kind of entry answers the question
// (a number, a time, an office...), which Base.answers checks of each.
func (q *query) filtered() bool {
	return q.quantity || len(q.counted) > 0 || q.howTo || q.clock || q.year || q.when || q.office || q.won || q.measure != nil || q.phone || q.deed != 0
}

// preferAsked puts first a FAQ's question heading that asks what the
// question asks, in the same words but for chat, stop words, spelling
// and accents: "what is the dombauhutte" is "What is the Dombauhütte?".
func preferAsked(question string, out []Answer) {
	var asked []string // read only once a heading asks
	for i := 1; i < len(out); i++ {
		t := out[i].Entry.Title
		if !strings.HasSuffix(strings.TrimSpace(t), "?") {
			continue
		}
		if asked == nil {
			if asked = contentWords(question); len(asked) == 0 {
				return
			}
		}
		if slices.Equal(contentWords(t), asked) {
			promote(out, i)
			return
		}
	}
}

// preferAskedSo puts first, over an entry of its briefing, a FAQ's
// question heading that asks as the question does ("when", "where",
// "who") and covers as much of it: "which months can you drive over
// Lake Khövsgöl" is "When does the ice road open?", not the opening
// that names the lake and its winters.
func preferAskedSo(q *query, question string, out []Answer) {
	if len(out) < 2 {
		return
	}
	wh := whWord(question)
	if q.when {
		wh = "when"
	}
	if wh == "" || askedAs(out[0].Entry.Title) == wh {
		return
	}
	for i := 1; i < len(out); i++ {
		if out[i].Score < out[0].Score*coverShare {
			return
		}
		if out[i].Entry.Section.Doc == out[0].Entry.Section.Doc && askedAs(out[i].Entry.Title) == wh && out[i].Coverage >= out[0].Coverage {
			promote(out, i)
			return
		}
	}
}

// askedAs returns the question word a FAQ's question heading opens
// with, or "" for a title that asks nothing.
func askedAs(title string) string {
	if !strings.HasSuffix(strings.TrimSpace(title), "?") {
		return ""
	}
	return whWord(title)
}

// whWord returns the first of when, where, who and why in s, or "".
func whWord(s string) string {
	wh := ""
	tokenize(s, func(w []byte, _ int, _ bool) {
		if wh != "" {
			return
		}
		switch string(w) { // tokenize lowercases
		case "when":
			wh = "when"
		case "where":
			wh = "where"
		case "who":
			wh = "who"
		case "why":
			wh = "why"
		}
	})
	return wh
}

// contentWords returns the words of s that are neither stop words nor
// chat, folded, sorted and without repeats.
func contentWords(s string) []string {
	var ws []string
	tokenize(s, func(w []byte, _ int, compound bool) {
		x := lexicon.Fold(string(w))
		if !compound && !isStopWord(x) && !filler[x] {
			ws = append(ws, x)
		}
	})
	slices.Sort(ws)
	return slices.Compact(ws)
}

// coverShare is the least share of the first answer's score an entry
// must have to be put before it for covering it (see preferCovering).
const coverShare = 0.25

// openingCoverShare is how close to its briefing's opening the best entry
// that has every telling word the opening has must come to be put first.
const openingCoverShare = 0.5

// titledSlack is how much less of the question than the opening an entry
// titled with a word asked may cover and still come first (see
// preferCovering).
const titledSlack = 0.2

// preferCovering puts first an entry of the first answer's document
// that has every telling word that answer, a section, matches as asked
// or nearly, and one more of its own: asked "do mexico city street
// sellers have to sign up with the tax office", the entry on tax
// registration has what the briefing's opening on Mexico City's street
// vendors has of the question, through its context, and the tax asked
// about besides. The entry may have the section's words loosely (its
// context names the briefing's places loosely), but its own word as
// asked or nearly. Failing such an entry, over the briefing's opening,
// an entry that has more of the question than the opening has is
// preferred too, though what it has besides is no telling word ("the
// evening before a belgian pigeon race": the entry on basketing night is
// the one to say "evening"), or one that has as much and a telling word
// in its title that the opening's title lacks ("which way should a sand
// martin wall face": "South-Facing Aspect").
// A section whose heading is a question (a FAQ's) is an answer of its
// own, unless it asks what a thing is and the question does not, or
// asks it with a telling word the section lacks: "what are the Pilar
// tower lift hours" asks the hours, not "What is the PTL?".
// matched and loosely are the concepts each
// answer matched as asked or nearly, and loosely, and titled those its
// title has.
func preferCovering(q *query, out []Answer, matched, loosely, titled []uint32) {
	if len(out) < 2 || len(matched) == 0 || out[0].Entry.Kind != SectionText || strings.HasSuffix(out[0].Entry.Title, "?") && (q.meaning && matched[0]&q.telling == q.telling || !isWhatIs(out[0].Entry.Title)) {
		return
	}
	d, first := out[0].Entry.Section.Doc, matched[0]&q.telling
	opening := out[0].Entry.Section == d.Sections[0]
	// covers reports whether out[i] has what the first has, through its
	// context if need be, and more: a telling word of its own, or (over
	// the opening, on a second pass) more coverage, or as much with a
	// telling word in its title that the opening's title lacks.
	covers := func(i int, second bool) bool {
		if out[i].Entry.Section.Doc != d || out[i].Entry.Kind == SectionText || (matched[i]|loosely[i])&q.telling&first != first {
			return false
		}
		if !second {
			return matched[i]&q.telling&^first != 0
		}
		return out[i].Coverage > out[0].Coverage || out[i].Coverage == out[0].Coverage && titled[i]&^titled[0]&q.telling != 0
	}
	for pass := range 2 {
		if pass == 1 && !opening {
			return
		}
		for i := 1; i < len(out) && i < len(matched); i++ {
			if out[i].Score < out[0].Score*coverShare {
				break
			}
			if covers(i, pass == 1) {
				promote(out, i)
				return
			}
		}
	}
	// Over the opening, last, an entry nearly as covering whose title
	// has a word the question tells by, as asked or nearly, that the
	// opening's title lacks: "are islanders bothered by drone noise in
	// argyll" is asked of "Noise Worries", though the opening of the
	// briefing on Scotland's medical drones has the islands and Argyll.
	// A title that has the word only loosely must cover as much as the
	// opening: "what test do the horse cab drivers take" for "Coachman
	// Exam".
	for i := 1; i < len(out) && i < len(matched); i++ {
		if out[i].Score < out[0].Score*coverShare {
			break
		}
		if out[i].Entry.Section.Doc != d || out[i].Entry.Kind == SectionText || out[i].Coverage < out[0].Coverage-titledSlack {
			continue
		}
		own := titled[i] & q.telling &^ q.names &^ titled[0]
		if own&matched[i] != 0 || out[i].Coverage >= out[0].Coverage && own&loosely[i] != 0 {
			promote(out, i)
			return
		}
	}
	// Over the opening, at last, the best entry of its briefing, if it
	// has as asked or nearly every telling word the opening has so,
	// the opening lacks one or the entry has one the opening's title
	// lacks (else the briefing's topic is all that is asked: "belgian
	// pigeon racing"), and it scores half as well: "can I put a hat out
	// for coins while playing the station piano" is asked of "Busker
	// Rules", not of the opening of the briefing on Britain's street
	// pianos, which has no more of its words.
	if !opening {
		return
	}
	for i := 1; i < len(out) && i < len(matched); i++ {
		if out[i].Score < out[0].Score*openingCoverShare {
			break
		}
		if out[i].Entry.Section.Doc != d || out[i].Entry.Kind == SectionText {
			continue
		}
		if matched[i]&q.telling&first == first && (q.telling&^first != 0 || matched[i]&q.telling&^titled[0] != 0) {
			promote(out, i)
		}
		return
	}
}

// isWhatIs reports whether a heading asks what a thing of a word or
// three is ("What is the PTL?", not "What is the current drought
// situation in Ethiopia?"): its section answers a question that asks
// that, and is a briefing's opening to any other.
func isWhatIs(heading string) bool {
	f := strings.Fields(strings.ToLower(strings.TrimSuffix(heading, "?")))
	if len(f) < 3 || f[0] != "what" || f[1] != "is" && f[1] != "are" {
		return false
	}
	f = f[2:]
	if f[0] == "the" || f[0] == "a" || f[0] == "an" {
		f = f[1:]
	}
	return len(f) > 0 && len(f) <= maxWhatIsWords
}

// maxWhatIsWords is the most words a thing a heading asks about may have
// for the heading to ask what it is.
const maxWhatIsWords = 3

// preferHead puts first, for a bare noun phrase, an entry whose title
// has the phrase's head over a first entry whose title has neither it
// nor a name asked: "maple syrup strategic reserve" is "Global Strategic
// Reserve", not "Great Maple Syrup Heist". A section stays first: it
// is about what all its entries are about, and so does an entry whose
// title the question names in full: "purpel truck dialisys" is "Purple
// Truck", not "Remote Dialysis Units".
func preferHead(q *query, out []Answer, titled []uint32, v *view) {
	if q.head == 0 || len(out) < 2 || len(titled) < len(out) || titled[0]&(q.head|q.names) != 0 || out[0].Entry.Kind == SectionText {
		return
	}
	if v.namedInFull(q, out[0].Entry.Title) {
		return
	}
	for i := 1; i < len(out); i++ {
		if out[i].Score < out[0].Score*coverShare {
			return
		}
		if titled[i]&q.head != 0 && out[i].Coverage >= out[0].Coverage && out[i].Entry.Kind != SectionText {
			promote(out, i)
			return
		}
	}
}

// preferNamed puts first, over a section or an entry of it titled only
// with names the question does not ask ("Queensland"), the entry of the
// section titled with the name it asks: "victoria school head lice
// exclusion rule" is the row "Victoria" of a table by state, though the
// row on Queensland says "exclusion".
func preferNamed(q *query, out []Answer, v *view) {
	if q.names == 0 || len(out) < 2 || out[0].Entry.Kind != SectionText && !v.namesOnly(q, out[0].Entry.Title, false) {
		return
	}
	for i := 1; i < len(out); i++ {
		if out[i].Score < out[0].Score*coverShare {
			return
		}
		if out[i].Entry.Section == out[0].Entry.Section && v.namesOnly(q, out[i].Entry.Title, true) {
			promote(out, i)
			return
		}
	}
}

// preferNamedDocument puts first, when the first answer's briefing has
// none of the places and partners the question names, the best answer
// of a briefing that has them all: "how does a company get a licence to
// rent paddleboards in slovenia" is for the briefing on Lake Bled, not a
// Lake Tahoe entry on rental permits that has every other word.
func preferNamedDocument(q *query, out []Answer, v *view) {
	names := q.names & q.telling // not "quick" of "quick q" that a briefing's "QuickMap" has
	if names == 0 || len(out) < 2 {
		return
	}
	first := out[0].Entry.Doc()
	if v.docConcepts(q, first)&names != 0 {
		return
	}
	named := map[*Document]bool{first: false}
	for i := 1; i < len(out); i++ {
		d := out[i].Entry.Doc()
		has, ok := named[d]
		if !ok {
			has = v.docConcepts(q, d)&names == names
			named[d] = has
		}
		if has {
			promote(out, i)
			return
		}
	}
}

// namesOnly reports whether every word of a title that the base has is a
// name, and whether the question asks them all (asked) or none of them.
func (v *view) namesOnly(q *query, title string, asked bool) bool {
	n := 0
	for _, t := range v.termsIn(title) {
		if t.term < 0 || t.compound {
			continue
		}
		if v.writes(v.cases[t.term]) != wordCapital || !isName(v.stemOf[t.term]) {
			return false
		}
		if (q.conceptsOf(t.term)&q.names != 0) != asked {
			return false
		}
		n++
	}
	return n > 0
}

// preferPriced puts first, for a question that asks a price, an entry
// of the first answer's document that gives an amount of money, when
// the first gives none and it covers as much of the question: asked
// "how much is a marriage license in nyc", the license fee's "$35", not
// the opening's "141 Worth Street"; asked "sao paulo student card half
// fare", still the row "Student Card", not a card swapped "free of
// charge".
func preferPriced(out []Answer) { preferGiving(out, givesMoney, true) }

// preferPhoneNumber puts first, for a question that asks a phone
// number, an entry of the first answer's document that gives one, when
// the first gives none, however much of the question it covers: asked
// "what's the phone number for Eastside Fade", the entry "Contact" with
// "(512) 555-0186", not "Walk-Ins", which says to text the shop's
// number.
func preferPhoneNumber(out []Answer) { preferGiving(out, givesPhoneNumber, false) }

// preferGiving puts first the next entry of the first answer's document
// that gives what gives looks for, when the first does not and the
// entry scores at least coverShare of it and, if covering is set,
// covers as much of the question.
func preferGiving(out []Answer, gives func(string) bool, covering bool) {
	if len(out) < 2 || entrySays(out[0].Entry, gives) {
		return
	}
	d := out[0].Entry.Doc()
	for i := 1; i < len(out); i++ {
		if out[i].Score < out[0].Score*coverShare {
			return
		}
		if out[i].Entry.Doc() == d && (!covering || out[i].Coverage >= out[0].Coverage) && entrySays(out[i].Entry, gives) {
			promote(out, i)
			return
		}
	}
}

// saysPrice reports whether an entry says what something costs or pays:
// it gives an amount of money, is titled with a price ("Farm-Gate
// Price"), or gives a number beside a word of price ("half-price
// monthly pass", "10 percent of the premium", a column "Price (KSh)").
func saysPrice(e *Entry) bool {
	if hasWord(e.Title, priceWords) || entrySays(e, givesMoney) {
		return true
	}
	for _, f := range e.Fields() {
		if (hasWord(f.Name, priceWords) || namesMoney(f.Name)) && givesNumberIn(f.Value) {
			return true
		}
	}
	return entrySays(e, func(s string) bool { return hasWord(s, priceWords) && givesAmountIn(s) })
}

// givesAmountIn reports whether s gives a number that can be an amount:
// "half price" and "twice the fee" say how a price compares with
// another, not what it is.
func givesAmountIn(s string) bool {
	return hasQuantity(s) || countsOne(s) || hasWord(s, numberWords) && !onlyRelative(s)
}

// onlyRelative reports whether every number word of s says how much
// of something else: half, double, twice, a third or a quarter.
func onlyRelative(s string) bool {
	only := true
	tokenize(s, func(w []byte, _ int, _ bool) {
		x := strings.ToLower(string(w))
		if numberWords[x] && !relativeWords[x] {
			only = false
		}
	})
	return only
}

// relativeWords are the number words that say how much of another
// amount: see onlyRelative.
var relativeWords = map[string]bool{"half": true, "double": true, "twice": true, "third": true, "quarter": true}

// givesDigits reports whether s has three digits in a row: a number to
// call ("the 1777 line").
func givesDigits(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			if run++; run == 3 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// numberNouns are the words for a number.
var numberNouns = map[string]bool{"number": true, "numbers": true}

// priceWords name what something costs or pays.
var priceWords = map[string]bool{
	"price": true, "prices": true, "priced": true, "pricing": true, "cost": true, "costs": true,
	"fee": true, "fees": true, "fare": true, "fares": true, "charge": true, "charges": true,
	"toll": true, "tolls": true, "wage": true, "wages": true, "salary": true, "salaries": true,
	"pay": true, "pays": true, "paid": true, "premium": true, "premiums": true, "tariff": true,
	"tariffs": true, "rate": true, "rates": true, "budget": true, "grant": true, "grants": true,
	"subsidy": true, "subsidies": true, "contribution": true, "pledge": true, "stipend": true, "stipends": true,
}

// currencySigns are the signs amounts of money are written with.
const currencySigns = "$€£¥₹₩₱₦₫₺₴₽₪₭₮฿₡₲"

// namesMoney reports whether s names a currency, as a column of amounts
// does ("Price (KSh)", "Fee, USD").
func namesMoney(s string) bool {
	return strings.ContainsAny(s, currencySigns) || hasWord(s, currencies)
}

// givesMoney reports whether s states an amount of money: a number
// beside a currency's sign, code or name ("$35", "DKK 1,600", "40
// euros"), or a price of nothing ("free of charge").
func givesMoney(s string) bool {
	if strings.ContainsAny(s, currencySigns) && hasQuantity(s) {
		return true
	}
	l := strings.ToLower(s)
	if strings.Contains(l, "free of charge") || strings.Contains(l, "for free") || strings.Contains(l, "costs nothing") {
		return true
	}
	money, number := false, false
	randBefore := false // the word before was "R" and digits: rand, if millions follow
	tokenize(s, func(w []byte, _ int, _ bool) {
		x := strings.ToLower(string(w))
		if p := gluedAmount(x); p != "" && p != "r" || randBefore && magnitudes[x] {
			money, number = true, true
		}
		randBefore = gluedAmount(x) == "r"
		money = money || currencies[x]
		number = number || isDigit(x[0]) || numberWords[x]
	})
	return money && number
}

// gluedAmount returns the currency's letters of a word that is an
// amount written with them before the digits ("R38" of "R38 million",
// "Rs500", "Rp10", "Ksh200", "RM20", "kr150"), or "". "R" alone is
// also a road's letter ("the R3"): an amount only if millions follow.
func gluedAmount(x string) string {
	i := 0
	for i < len(x) && 'a' <= x[i] && x[i] <= 'z' {
		i++
	}
	if i > 0 && i < len(x) && isDigit(x[i]) && currencyLetters[x[:i]] {
		return x[:i]
	}
	return ""
}

// magnitudes make a number millions or more: "R38 million".
var magnitudes = map[string]bool{"million": true, "millions": true, "billion": true, "billions": true, "bn": true, "thousand": true}

// currencyLetters are the letters some currencies write before an
// amount, without a space.
var currencyLetters = map[string]bool{
	"r": true, "rs": true, "rp": true, "ksh": true, "kes": true, "rm": true, "kr": true, "tk": true,
	"ghs": true, "usd": true, "eur": true, "gbp": true, "chf": true,
}

// currencies are the codes and names of money that amounts are written
// with.
var currencies = map[string]bool{
	"usd": true, "eur": true, "gbp": true, "chf": true, "dkk": true, "sek": true, "nok": true, "jpy": true,
	"cny": true, "inr": true, "hkd": true, "aud": true, "nzd": true, "cad": true, "mxn": true, "brl": true,
	"zar": true, "kes": true, "ngn": true, "rmb": true, "sgd": true, "myr": true, "thb": true, "idr": true,
	"bwp": true, "isk": true, "kzt": true, "mnt": true, "tzs": true, "ugx": true, "rwf": true, "etb": true,
	"ghs": true, "xof": true, "xaf": true, "mzn": true, "zmw": true, "aed": true, "sar": true, "qar": true,
	"omr": true, "kwd": true, "bhd": true, "jod": true, "ars": true, "clp": true, "uyu": true, "twd": true,
	"krw": true, "khr": true, "lak": true, "mmk": true, "fjd": true, "pgk": true, "gel": true, "bgn": true,
	"php": true, "vnd": true, "pkr": true, "bdt": true, "lkr": true, "npr": true, "egp": true, "mad": true,
	"try": true, "pln": true, "czk": true, "huf": true, "ron": true, "uah": true, "rub": true, "ils": true,
	"dollar": true, "dollars": true, "euro": true, "euros": true, "cent": true, "cents": true, "pence": true,
	"rupee": true, "rupees": true, "yen": true, "yuan": true, "renminbi": true, "peso": true, "pesos": true,
	"franc": true, "francs": true, "krone": true, "kroner": true, "kronor": true, "krona": true, "shilling": true,
	"shillings": true, "rand": true, "naira": true, "dinar": true, "dinars": true, "dirham": true, "dirhams": true,
	"baht": true, "ringgit": true, "rupiah": true, "dong": true, "lira": true, "cedi": true, "cedis": true,
	"kwacha": true, "birr": true, "taka": true, "riyal": true, "riyals": true, "zloty": true, "forint": true,
	"koruna": true, "lempira": true, "quetzal": true, "quetzales": true, "colón": true, "colones": true,
	"sol": true, "soles": true, "boliviano": true, "bolivianos": true, "guaraní": true, "tenge": true,
	"tugrik": true, "kip": true, "riel": true, "kyat": true, "kina": true, "vatu": true, "tala": true,
	"pa'anga": true, "real": true, "reais": true, "won": true, "lari": true, "dram": true, "manat": true,
	"som": true, "somoni": true, "sum": true, "leu": true, "lei": true, "lev": true, "hryvnia": true, "rouble": true,
	"roubles": true, "ruble": true, "rubles": true, "afghani": true, "afghanis": true,
	// Abbreviations written after the amount: "750 kr", "40 zł", "120 Kč".
	"kr": true, "zł": true, "kč": true,
}

// thingShare is how close to a glossary's entry another entry of its
// briefing must come to be put before it (see preferThing).
const thingShare = 0.6

// preferThing puts first, over a glossary's entry for initials the
// question does not write, an entry of the same briefing that scores
// nearly as well: asked about an "emergency action plan for indian
// dams", the entry on the plan says more than the glossary's "EAP:
// Emergency Action Plan", which only says what the initials stand for.
func preferThing(question string, out []Answer) {
	if len(out) < 2 {
		return
	}
	g := out[0].Entry
	if g.Kind == SectionText || !isGlossed(g) {
		return // no glossary's entry: "BHIS" in a table of surveys
	}
	key := acronymKey(titleAcronym(g.Title))
	asked := false
	tokenize(question, func(w []byte, _ int, _ bool) {
		asked = asked || acronymKey(strings.ToUpper(string(w))) == key
	})
	if asked {
		return
	}
	for i := 1; i < len(out); i++ {
		if out[i].Score < out[0].Score*thingShare {
			return
		}
		if e := out[i].Entry; e.Doc() == g.Doc() && !isGlossed(e) {
			promote(out, i)
			return
		}
	}
}

// isGlossed reports whether an entry is a glossary's: titled with
// initials its text spells out.
func isGlossed(e *Entry) bool {
	if titleAcronym(e.Title) == "" {
		return false // most titles: no need to read the text
	}
	short, _ := titleDefinition(e, e.Text(), e.Fields())
	return short != ""
}

// specificShare is how close to its section's score an entry of the
// section must come to be the better answer: on the held-out sets, nine
// entries that were the answer scored between seven tenths and 0.93 of
// their sections', and no question that only its section answered had
// an entry of that section among its answers, however far behind.
const specificShare = 0.7

// openingShare is how close to its briefing's opening an entry must
// come to be the better answer.
const openingShare = 0.9

// preferSpecific puts first an entry that answers about as well as the
// section it belongs to, when that section is first: asked "are they
// promising to buy the doses", the entry on purchase commitments says
// more than the section on demand it sits in. So does an entry that
// answers nearly as well as its briefing's opening: asked about "staying
// the night in a converted water tower in hamburg", the entry on hotel
// conversions says more than the opening that lists what towers become.
// The opening may cover more of the question only by the briefing's
// topic, which the entry has as its briefing's: asked "when to trim the
// plants in a reed bed", "Reed Cutting" answers, not the opening on
// reed beds that also names plants. A section under a question heading
// is an answer of its own: "Can I bring my phone?" says more of phones
// allowed than the entry on courtesy phones it may list.
func preferSpecific(out []Answer) {
	if len(out) < 2 || out[0].Entry.Kind != SectionText || strings.HasSuffix(out[0].Entry.Section.Heading, "?") {
		return
	}
	sec := out[0].Entry.Section
	opening := sec == sec.Doc.Sections[0]
	for i := 1; i < len(out); i++ {
		e := out[i].Entry
		if e.Kind != SectionText && e.Section == sec && out[i].Score >= out[0].Score*specificShare {
			promote(out, i)
			return
		}
		if opening && e.Kind != SectionText && e.Section.Doc == sec.Doc && out[i].Score >= out[0].Score*openingShare {
			promote(out, i)
			return
		}
	}
}

// promote puts out[i] first, with the score of the answer it displaces,
// so that answers stay ordered by score.
func promote(out []Answer, i int) {
	a := out[i]
	a.Score = out[0].Score
	copy(out[1:i+1], out[:i])
	out[0] = a
}

// namesOffice reports whether s names an office or its holder's
// leading ("the agency is headed by"). A head counted ("per head", "300
// head of cattle") is no office.
func namesOffice(s string) bool {
	found, prev := false, ""
	tokenize(s, func(w []byte, _ int, _ bool) {
		x := strings.ToLower(string(w))
		if (x == "head" || x == "heads") && (prev == "per" || prev == "a" || prev == "each" || isDigits([]byte(prev)) || numberWords[prev]) {
			prev = x
			return
		}
		found = found || officeWords[x] || headWords[x]
		prev = x
	})
	return found
}

// namesFirm reports whether s names a business, by what it is ("the
// operator", "a company") or by its legal form ("Ltd", "GmbH").
func namesFirm(s string) bool { return hasWord(s, businessWords) }

// businessWords say that a name is a business's.
var businessWords = map[string]bool{
	"company": true, "companies": true, "firm": true, "firms": true, "brand": true, "brands": true,
	"operator": true, "operators": true, "operated": true, "contractor": true, "contractors": true,
	"manufacturer": true, "manufacturers": true, "maker": true, "makers": true, "made": true,
	"ltd": true, "inc": true, "llc": true, "plc": true, "gmbh": true, "sa": true, "ag": true,
	"corporation": true, "cooperative": true, "co-operative": true, "business": true, "businesses": true,
	"consortium": true, "concession": true, "concessionaire": true, "venture": true,
}

// givesNumber reports whether an entry states a number, in digits or in
// words, as an answer to "how many" or "how much" must. A year ("the
// Legal Aid Act 2012", "the 1990s") counts nothing, nor do the digits of
// a name ("the N1 highway", "G20").
func givesNumber(e *Entry) bool { return entrySays(e, givesNumberIn) }

// givesNumberIn reports whether s states a number, in digits or words.
func givesNumberIn(s string) bool {
	return hasQuantity(s) || hasWord(s, numberWords) || countsOne(s)
}

// countsOne reports whether s counts one, as it does in "at least one
// adult witness" or "only one boat", not in "one of the tasks" or "a
// one-year course".
func countsOne(s string) bool {
	found, prev := false, ""
	tokenize(s, func(w []byte, _ int, _ bool) {
		x := strings.ToLower(string(w))
		found = found || x == "one" && countingOne[prev]
		prev = x
	})
	return found
}

// countingOne are the words before "one" that make it a count.
var countingOne = map[string]bool{"least": true, "most": true, "only": true, "exactly": true, "just": true, "than": true, "single": true}

// hasQuantity reports whether s has digits that may count something:
// neither a year nor part of a name.
func hasQuantity(s string) bool { return quantityIn(s, true) }

// givesCountIn is givesNumberIn without the days of dates: "November 1"
// tells no size and no count.
func givesCountIn(s string) bool {
	return quantityIn(s, false) || hasWord(s, numberWords) || countsOne(s)
}

// quantityIn is hasQuantity, counting days beside their months only
// with dates set.
func quantityIn(s string, dates bool) bool {
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && (isDigit(s[j]) || (s[j] == ',' || s[j] == '.') && j+1 < len(s) && isDigit(s[j+1])) {
			j++
		}
		named := i > 0 && isLetter(s[i-1])
		year := j-i == 4 && (s[i:i+2] == "19" || s[i:i+2] == "20") && (j == len(s) || !isLetter(s[j]) || s[j] == 's' && (j+1 == len(s) || !isLetter(s[j+1])))
		if !named && !year && (dates || !dayOfMonth(s, i, j)) {
			return true
		}
		i = j
	}
	return false
}

// dayOfMonth reports whether the digits s[i:j] are a day beside the
// name of its month, "November 1" or "1 November": a date, not a
// quantity.
func dayOfMonth(s string, i, j int) bool {
	if j-i > 2 {
		return false
	}
	before := strings.TrimRight(s[:i], " ")
	after := strings.TrimLeft(s[j:], " ")
	for _, m := range months {
		if len(before) >= len(m) && strings.EqualFold(before[len(before)-len(m):], m) && (len(before) == len(m) || !isLetter(before[len(before)-len(m)-1])) && len(before) < i {
			return true
		}
		if len(after) >= len(m) && strings.EqualFold(after[:len(m)], m) && (len(after) == len(m) || !isLetter(after[len(m)])) && len(after) < len(s)-j {
			return true
		}
	}
	return false
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// givesTime reports whether an entry says when, as an answer to "when"
// must: a year, a month, a season, a time relative to now ("next
// year", "by the end of the decade"), a time of day ("when are the
// quiet hours": "from 22:00 to 07:00"), or a part of the day in a
// column of times.
func givesTime(e *Entry) bool {
	if entrySays(e, func(s string) bool { return hasYear(s) || hasWord(s, timeWords) || everyPartOfDay(s) }) || givesClock(e) {
		return true
	}
	// A part of the day in a column of times: "Special Shape Rodeo |
	// Morning" under "Time".
	for _, f := range e.Fields() {
		if hasWord(f.Name, timeColumns) && (hasWord(f.Value, partsOfDay) || hasWord(f.Value, nightWords)) {
			return true
		}
	}
	return false
}

// nightWords are parts of the day other than partsOfDay.
var nightWords = map[string]bool{"night": true, "nights": true, "mornings": true, "evenings": true, "afternoons": true}

// timeColumns name a column of when things happen.
var timeColumns = map[string]bool{"time": true, "times": true, "when": true, "date": true, "dates": true, "timing": true}

// everyPartOfDay reports whether s says something is done every
// morning, afternoon, evening or night.
func everyPartOfDay(s string) bool {
	found, every := false, false
	tokenize(s, func(w []byte, _ int, _ bool) {
		found = found || every && (partsOfDay[string(w)] || string(w) == "night")
		every = string(w) == "every" || string(w) == "each"
	})
	return found
}

// givesClockTime reports whether s states a time of day: "7am",
// "08:30", "noon", "at dawn", "by eight in the morning".
func givesClockTime(s string) bool {
	found := false
	var last [3]string // the three words before, the nearest last
	tokenize(s, func(w []byte, _ int, _ bool) {
		x := strings.ToLower(string(w))
		found = found || isClockTime(x) || clockWords[x] ||
			partsOfDay[x] && last[2] == "the" && last[1] == "in" && isHour(last[0])
		last[0], last[1], last[2] = last[1], last[2], x
	})
	if found {
		return true
	}
	for i := 1; i+2 < len(s); i++ { // "08:30"
		if s[i] == ':' && isDigit(s[i-1]) && isDigit(s[i+1]) && isDigit(s[i+2]) {
			return true
		}
	}
	return hasDottedMeridiem(s) || hasHoursMinutes(s)
}

// hasHoursMinutes reports whether s has a time written with an "h"
// between the hours and the minutes, as much of Europe writes the clock
// ("18h30") and races their cut-offs ("8h20" after the start).
func hasHoursMinutes(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if s[i]|0x20 != 'h' || !isDigit(s[i-1]) || !isDigit(s[i+1]) || !isDigit(s[i+2]) || i+3 < len(s) && (isDigit(s[i+3]) || isLetter(s[i+3])) {
			continue
		}
		j := i - 1
		for j > 0 && isDigit(s[j-1]) {
			j--
		}
		if i-j <= 2 && (j == 0 || !isLetter(s[j-1])) {
			return true
		}
	}
	return false
}

// partsOfDay follow an hour to make it a time of day: "eight in the
// morning", "6 in the evening".
var partsOfDay = map[string]bool{"morning": true, "afternoon": true, "evening": true}

// isHour reports whether x is an hour of the clock, in digits or words.
func isHour(x string) bool {
	if n, err := strconv.Atoi(x); err == nil {
		return n >= 1 && n <= 12
	}
	return hourWords[x]
}

var hourWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true,
}

// hasDottedMeridiem reports whether s has an hour written with a.m. or
// p.m. ("5 p.m.", "10a.m."), which tokenize splits into single letters.
func hasDottedMeridiem(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if s[i+1] != '.' || s[i+2]|0x20 != 'm' || s[i]|0x20 != 'a' && s[i]|0x20 != 'p' {
			continue
		}
		j := i - 1
		if s[j] == ' ' && j > 0 {
			j--
		}
		if isDigit(s[j]) {
			return true
		}
	}
	return false
}

// givesClock reports whether an entry gives a time of day: in its words,
// or as numbers in a column of hours ("Guarded Hours | 10 to 20 daily").
func givesClock(e *Entry) bool {
	if entrySays(e, givesClockTime) {
		return true
	}
	for _, f := range e.Fields() {
		if hasWord(f.Name, hoursWords) && hasQuantity(f.Value) {
			return true
		}
	}
	return false
}

// hoursWords name a column of times of day.
var hoursWords = map[string]bool{"hours": true, "hour": true, "opening": true}

var clockWords = map[string]bool{
	"noon": true, "midday": true, "midnight": true, "dawn": true, "dusk": true,
	"sunrise": true, "sunset": true, "am": true, "pm": true, "o'clock": true, "oclock": true,
}

// givesCondition reports whether s says on what condition something is
// done: "passes close when the danger reaches level 4", "once the
// river rises", "if a fire is reported". It answers a question asking
// when something is done as a rule (see query.habitual).
func givesCondition(s string) bool { return hasWord(s, conditionWords) }

var conditionWords = map[string]bool{
	"when": true, "whenever": true, "once": true, "if": true, "until": true,
	"unless": true, "after": true, "before": true, "during": true, "than": true, "above": true, "below": true,
}

// entrySays reports whether has is true of an entry's title, text or a
// field.
func entrySays(e *Entry, has func(string) bool) bool {
	if has(e.Title) || has(e.Text()) {
		return true
	}
	for _, f := range e.Fields() {
		if has(f.Value) {
			return true
		}
	}
	return false
}

// speaksOfPhone reports whether s speaks of a phone line, or gives a
// number that looks like one: seven digits or more, in groups.
func speaksOfPhone(s string) bool {
	return hasWord(s, phoneWords) || givesPhoneNumber(s)
}

// givesPhoneNumber reports whether s gives a number that looks like a
// phone's: seven digits or more, in groups.
func givesPhoneNumber(s string) bool {
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
			if digits >= 7 {
				return true
			}
		case r == ' ' || r == '-' || r == '+' || r == '(' || r == ')':
		default:
			digits = 0
		}
	}
	return false
}

// hasWord reports whether s has one of words, lowercased.
func hasWord(s string, words map[string]bool) bool {
	found := false
	tokenize(s, func(w []byte, _ int, _ bool) {
		found = found || words[strings.ToLower(string(w))]
	})
	return found
}

// hasYear reports whether s has four digits alone that may be a year of
// this or the last century.
func hasYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if yearAt(s, i) {
			return true
		}
	}
	return false
}

// years returns the years in s (see hasYear), in order.
func years(s string) []string {
	var ys []string
	for i := 0; i+4 <= len(s); i++ {
		if yearAt(s, i) {
			ys = append(ys, s[i:i+4])
		}
	}
	return ys
}

// saysYear reports whether s has one of ys as a year.
func saysYear(s string, ys []string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if yearAt(s, i) && slices.Contains(ys, s[i:i+4]) {
			return true
		}
	}
	return false
}

// yearAt reports whether the four bytes of s at i are digits alone that
// may be a year of this or the last century.
func yearAt(s string, i int) bool {
	return (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigit(s[i+2]) && isDigit(s[i+3]) &&
		(i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4]))
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// winWords say who won: an answer to "who won" names a winner.
var winWords = map[string]bool{
	"won": true, "win": true, "wins": true, "winner": true, "winners": true, "winning": true,
	"champion": true, "champions": true, "victor": true, "victory": true,
}

// headWords say who heads, beside the offices.
var headWords = map[string]bool{"heads": true, "headed": true, "led": true, "leads": true}

// timeWords say when, beside a year.
var timeWords = map[string]bool{
	"january": true, "february": true, "march": true, "april": true,
	"june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true,
	"spring": true, "summer": true, "autumn": true, "winter": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true,
	"next": true, "soon": true, "today": true, "tomorrow": true, "yesterday": true,
	"week": true, "weeks": true, "month": true, "months": true, "year": true,
	"years": true, "quarter": true, "decade": true, "annual": true, "annually": true,
	"yearly": true, "monthly": true, "weekly": true, "daily": true, "deadline": true,
	"season": true, "q1": true, "q2": true, "q3": true,
	"q4": true, "h1": true, "h2": true,
	// Done by the day's part: "every evening", "on weekday mornings".
	"mornings": true, "afternoons": true, "evenings": true, "nightly": true,
	"weekend": true, "weekends": true, "weekday": true, "weekdays": true,
}

// numberWords are the words that state a number.
var numberWords = map[string]bool{
	// Not "one": "on one ticket", "a one-year course" count nothing.
	"two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true,
	"twenty": true, "thirty": true, "forty": true, "fifty": true, "hundred": true,
	"hundreds": true, "thousand": true, "thousands": true, "million": true, "millions": true,
	"billion": true, "billions": true, "dozen": true, "dozens": true, "half": true,
	"quarter": true, "third": true, "percent": true, "double": true, "twice": true,
	"thirteen": true, "fourteen": true, "fifteen": true, "sixteen": true,
	"seventeen": true, "eighteen": true, "nineteen": true, "sixty": true,
	"seventy": true, "eighty": true, "ninety": true,
}

// givesDuration reports whether s names a unit of time, as an answer to
// "how long" may without a number ("shut for a few hours"), or gives
// hours and minutes ("3h45").
func givesDuration(s string) bool { return hasWord(s, durationWords) || hasHoursMinutes(s) }

// givesWhile reports whether s says how long something lasts: in units
// of time, in nights or seasons, or from or until a month or date
// ("until the report is published on 15 April", "November to March").
func givesWhile(s string) bool { return givesDuration(s) || hasWord(s, whileWords) }

var whileWords = func() map[string]bool {
	m := map[string]bool{
		"night": true, "nights": true, "fortnight": true, "weekend": true, "weekends": true,
		"season": true, "seasons": true, "until": true, "till": true,
	}
	for _, month := range months {
		m[month] = true
	}
	return m
}()

var durationWords = map[string]bool{
	"minute": true, "minutes": true, "hour": true, "hours": true, "day": true, "days": true,
	"week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true,
	"decade": true, "decades": true, "overnight": true,
}

// countsNear reports whether an entry gives a number beside one of
// stems, the words a "how many" question counts: "14 centres" and
// "RPMs at 18" answer "how many test centres" and "how many RPMs", as
// does a table's column headed by what it counts ("Trucks per day"). A number elsewhere
// in the entry counts something else: "organ donors for three decades"
// does not say how many organ transplants.
func countsNear(e *Entry, stems []string) bool {
	if e.Kind == Row {
		// A row's cells are read one by one, below: "140 | Life Jacket
		// Checks: weekly" does not count 140 life jackets.
		if numberBeside(e.Title, stems) {
			return true
		}
	} else if numberBeside(e.Title+" "+e.Text(), stems) {
		return true
	}
	for _, f := range e.Fields() {
		if numberBeside(f.Value, stems) || hasStem(f.Name, stems) && givesNumberIn(f.Value) {
			return true
		}
	}
	return false
}

// rowCounts reports whether an entry is a table's row named for what a
// "how many" question counts, with a count in its cells: "Defibrillator
// Units | 1,200".
func rowCounts(e *Entry, stems []string) bool {
	if e.Kind != Row || !hasStem(e.Title, stems) || !entrySays(e, countsIn) {
		return false
	}
	// A row of a table whose first column is headed by what is counted
	// is one of them, and its numbers count other things: "Hawker
	// Center | Stalls Offered" has "Maxwell Food Centre | 4".
	f := e.Fields()
	return len(f) == 0 || !hasStem(f[0].Name, stems)
}

// counts reports whether an entry gives a count of what a "how many"
// question counts (see countsNear and rowCounts). A row the question
// names counts what its table counts of it too: "how many tuk-tuks are
// allowed in Baixa" is "Baixa | 8:00–22:00 | 120".
func (v *view) counts(q *query, e *Entry) bool {
	return countsNear(e, q.counted) || rowCounts(e, q.counted) || countsNear(e, q.countedAlike) ||
		e.Kind == Row && entrySays(e, func(s string) bool { return countsThings(s, q.counted) }) && v.namedInFull(q, e.Title)
}

// countsThings reports whether s gives a number that counts things: no
// sum of money, and no while or measure ("four to six hours", "12 km")
// but one of the units counted (stems: "how many miles of fence").
func countsThings(s string, stems []string) bool {
	if !countsIn(s) {
		return false
	}
	counts, number := false, false
	tokenize(s, func(w []byte, _ int, _ bool) {
		if counts {
			return
		}
		lw, st := foldStem(w)
		isNumber := hasQuantity(lw) || numberWords[lw]
		switch {
		case isNumber:
			number = true
		case number && rangeWords[lw]:
			// "four to six": the unit comes after the range
		case number:
			counts = !durationStems[st] && !measureStems[st] || slices.Contains(stems, st)
			number = false
		}
	})
	return counts || number
}

// countsIn reports whether s gives a number that is no sum of money: a
// row titled with what is counted must count it, not price it
// ("Defibrillator Unit | £900 to £1,500").
func countsIn(s string) bool { return givesNumberIn(s) && !givesMoney(s) }

// countedAfter and countedBefore bound how far from a number the word
// it counts may be: "17 million insecticide-treated nets", "RPMs at
// 18".
const countedAfter, countedBefore = 5, 2

// numberBeside reports whether s has a number with a word of one of
// stems close after it, or just before.
func numberBeside(s string, stems []string) bool {
	var ws []countWord
	prev := ""
	tokenize(s, func(w []byte, _ int, compound bool) {
		lw, st := foldStem(w)
		if compound {
			// A number hyphened to a word describes a thing, and
			// counts nothing: "the two-humped camel", "a 30-year
			// concession".
			if first := hyphenedFrom(ws, lw); first >= 0 && ws[first].number && !ws[len(ws)-1].number {
				ws[first].number = false
			}
		}
		ws = append(ws, countWord{lw, st, hasQuantity(lw) || numberWords[lw] || lw == "one" && countingOne[prev]})
		prev = lw
	})
	// A sum of money counts nothing: "200 yen at every licensed stall",
	// "BWP 400 per mokoro".
	for i := range ws {
		if ws[i].number && (i+1 < len(ws) && currencies[ws[i+1].word] || i > 0 && currencies[ws[i-1].word]) {
			ws[i].number = false
		}
	}
	// Nor does a time of day: "every tram after 1 a.m.".
	for i := range ws {
		if ws[i].number && i+1 < len(ws) && (ws[i+1].word == "am" || ws[i+1].word == "pm" ||
			(ws[i+1].word == "a" || ws[i+1].word == "p") && i+2 < len(ws) && ws[i+2].word == "m") {
			ws[i].number = false
		}
	}
	// "one life jacket per passenger" counts them too.
	for i, w := range ws {
		if w.word == "one" && slices.ContainsFunc(ws[i+1:min(len(ws), i+4)], func(x countWord) bool { return x.word == "per" }) {
			ws[i].number = true
		}
	}
	// lasts reports whether the words after ws[i], past more numbers
	// and the words that join them ("two or three"), begin with a unit
	// of time that is not counted: "foxes live two or three years" says
	// how long they live, not how many foxes there are.
	lasts := func(i int) bool {
		for _, x := range ws[i+1:] {
			switch {
			case durationStems[x.stem] || measureStems[x.stem]:
				// "how many years between harvests", "how many
				// metres long": the unit asked is counted.
				return !slices.Contains(stems, x.stem)
			case !x.number && !rangeWords[x.word]:
				return false
			}
		}
		return false
	}
	for i, w := range ws {
		if !w.number || lasts(i) {
			continue
		}
		end := min(len(ws), i+countedAfter+1)
		// The first plural after a number is what it counts, unless
		// the word counted follows it: "sensors at two heights show
		// whether a fan will help" counts heights, and "two uniformed
		// staff ride every tram" staff, but "one in 200 keeps bees"
		// counts beekeepers.
		for j := i + 1; j < end; j++ {
			if ws[j].number || slices.Contains(stems, ws[j].stem) {
				break
			}
			if isPlural(ws[j].word) && (j+1 >= len(ws) || !slices.Contains(stems, ws[j+1].stem)) {
				end = i + 1
				break
			}
		}
		for k := max(0, i-countedBefore); k < end; k++ {
			// "each archer shoots 40 arrows" gives what one of them
			// does, not how many there are.
			if slices.Contains(stems, ws[k].stem) && (k >= i || k == 0 || !eachWords[ws[k-1].word]) {
				return true
			}
		}
	}
	return false
}

// hyphenedFrom returns the index in ws of the first of the last words
// of ws that make the compound joined, or -1.
func hyphenedFrom(ws []countWord, joined string) int {
	rest := joined
	for i := len(ws) - 1; i >= 0; i-- {
		var ok bool
		if rest, ok = strings.CutSuffix(rest, ws[i].word); !ok {
			return -1
		}
		if rest == "" {
			return i
		}
	}
	return -1
}

// A countWord is a word of a text read for what its numbers count: as
// written, its stem, and whether it states a number.
type countWord struct {
	word, stem string
	number     bool
}

// eachWords go before a thing to say what one of them does or has.
var eachWords = map[string]bool{"each": true, "every": true, "per": true}

// saysStem reports whether an entry, by its title, text, cells, column
// headers or section heading, has a word of one of stems.
func saysStem(e *Entry, stems []string) bool {
	has := func(s string) bool { return hasStem(s, stems) }
	if entrySays(e, has) || has(e.Section.Heading) {
		return true
	}
	return slices.ContainsFunc(e.Fields(), func(f Field) bool { return has(f.Name) })
}

// durationStems are the stems of durationWords, and rangeWords join
// the numbers of a range ("two or three", "10 to 12").
var (
	durationStems = func() map[string]bool {
		m := map[string]bool{}
		for w := range durationWords {
			_, st := foldStem([]byte(w))
			m[st] = true
		}
		return m
	}()
	rangeWords = map[string]bool{"or": true, "to": true, "and": true}
	// measureStems are the stems of units of measure: "eighteen-metre
	// buses" measures the buses, and counts none.
	measureStems = func() map[string]bool {
		m := map[string]bool{}
		add := func(w string) {
			_, st := foldStem([]byte(w))
			m[st] = true
		}
		for sym, names := range unitSymbols {
			add(sym)
			for _, n := range names {
				add(n)
			}
		}
		for _, w := range []string{"metre", "meter", "square", "tonne", "ton", "litre", "liter", "percent", "degree", "inch", "mile", "gram", "kilo"} {
			add(w)
		}
		return m
	}()
)

// hasStem reports whether s has a word with one of stems.
func hasStem(s string, stems []string) bool {
	found := false
	tokenize(s, func(w []byte, _ int, _ bool) {
		_, st := foldStem(w)
		found = found || slices.Contains(stems, st)
	})
	return found
}

// foldStem returns a word of an entry lowercased and folded (see
// lexicon.Fold), and its stem as a question's word has it.
func foldStem(w []byte) (word, stem string) {
	word = lexicon.Fold(strings.ToLower(string(w)))
	stem, _ = stemIndexable(word)
	return word, stem
}

// inDocsOf returns the concepts of q that d has, and has closely (see
// docConceptsBy), from memo or found.
func inDocsOf(memo *map[*Document][2]uint32, v *view, q *query, d *Document) [2]uint32 {
	in, ok := (*memo)[d]
	if !ok {
		in[0], in[1] = v.docConceptsBy(q, d)
		if *memo == nil {
			*memo = map[*Document][2]uint32{}
		}
		(*memo)[d] = in
	}
	return in
}

// onlyWhere reports whether an entry answers a question asking whether
// a place has a thing (see asksWhetherThere) only by where it asks,
// while the thing is nowhere in the entry's briefing, though the base
// has the word: "is there a restaurant at the Curitiba botanical
// garden?" is asked of the garden's briefing, and of none of it. So it
// is when the entry has, beyond the words of its briefing's title, at
// most one other telling word of the question, and the thing is all the
// question has that the entry lacks; or when the entry has no telling
// word beyond its briefing's title and a telling word of the question
// is not in the briefing ("does the Malmö city library have a café?").
// The entry has a word as asked or nearly: a loose relative is not it
// ("Filter Changes" does not say "sell"). The briefing has a word as
// asked, nearly, or through a relative weighing at least
// minThingWeight: a word of a phrase related to it ("fire" of "fire
// code" for the "code" of "is there a dress code") or a distant
// neighbour is no sign of it.
// matched are the concepts the entry matched, inDoc those its briefing
// has so.
func (v *view) onlyWhere(q *query, e *Entry, inDoc, matched uint32) bool {
	if q.telling&^inDoc == 0 {
		return false
	}
	own := v.conceptsAt(q, e.Title, approxMatch) | v.conceptsAt(q, e.Text(), approxMatch)
	for _, f := range e.Fields() {
		own |= v.conceptsAt(q, f.Value, approxMatch)
	}
	beyond := bits.OnesCount32(own & q.telling &^ v.conceptsIn(q, e.Doc().Title))
	if beyond == 0 {
		return true
	}
	gap := q.telling &^ matched
	return beyond == 1 && bits.OnesCount32(gap) == 1 && gap&^inDoc != 0 && q.asked(gap)
}

// minThingWeight is the least weight of a loose term by which a
// briefing has the thing a question asks whether a place has (see
// onlyWhere): a broader, narrower or similar word (0.5, or 0.35 in a
// rarer meaning) counts; a word of a related phrase (0.3) or a far
// neighbour does not. On the held-out sets it refused three more
// out-of-scope questions and lost one answer ("somewhere calm to sit"
// for "Quiet Room"); at 0.45, five and three.
const minThingWeight = 0.32

// asked reports whether the base has the words of concepts as asked.
func (q *query) asked(concepts uint32) bool {
	var m uint32
	for _, it := range q.items {
		if it.level == exactMatch {
			m |= it.concepts
		}
	}
	return m&concepts == concepts
}
