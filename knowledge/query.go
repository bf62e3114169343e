package knowledge

import (
	"bytes"
	"cmp"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/knowledge/lexicon"
)

// query is an analysed question: the terms to look up and the concepts
// (the question's meaningful words) they stand for.
type query struct {
	// idf is the IDF of each term for the asking audience.
	idf     []float32
	items   []queryTerm
	weight  []float32 // each concept's share of the question's meaning
	total   float32
	telling uint32 // concepts that are not weak words
	// focus is the concept the question asks for ("budget" in "what is
	// the annual budget of the coast guard"): an answer must match it.
	// selectors are the concepts that name a
	// document, as a country does: when the question has any, an answer
	// must match one of them. Either is 0 when there is none.
	focus, selectors uint32
	// unmatched are the weights of the telling words no term stands
	// for, and dominant the largest of them; unknown are those words,
	// when asked for.
	unmatched []float32
	unknown   []string
	dominant  float32
	// capitalized are the words the question writes with a capital
	// first, not as its first word: names, as "Inland Cascade Power".
	capitalized uint32
	// tellingTotal is the weight of the words that are not chat filler,
	// matchable or not: the share of it that an entry's telling words
	// cover decides whether the entry answers the question.
	tellingTotal float32
	// weak are the concepts of weak words that are neither chat nor
	// words of time: against an entry that lacks them, neither for nor
	// against one that has them (see shares). A word of time ("next",
	// "today") an entry happens to say is no sign it says when, and
	// stays against it.
	weak    uint32
	bestCov float32 // see answerable
	// quantity is set when the question asks how many or how much, and
	// when when it asks when.
	quantity, when bool
	// whether is set when it asks whether a place has a thing at all
	// (see asksWhetherThere).
	whether bool
	// year is set when it asks what year: only a year answers.
	year bool
	// clock is set when it asks what time: only a time of day answers.
	clock bool
	// dayPart is set when it asks "what time of day": a part of the
	// day ("in the evening") answers it as well as a time.
	dayPart bool
	// howTo is set when it asks how to do something oneself: "how do
	// I renew my passport" (see Base.answers).
	howTo bool
	// phone is set when it asks a phone number: only an entry that
	// speaks of a phone line answers.
	phone bool
	// phoneNumber is set when it asks a phone number in those words:
	// an entry that does not say "number" must give one.
	phoneNumber bool
	// deed is the concept of the deed a question asks who did or
	// when ("designed" in "who designed the boat lift", "built" in
	// "when was it built"), if it asks that: an answer must say it, or
	// a form of it.
	deed uint32
	// howVerb is the concept of what a howTo question asks to do
	// ("renew" in "how do I renew my passport"), if it is one.
	howVerb uint32
	// long is set when it asks how long: a length, or a while, which a
	// unit of time answers ("for a few hours").
	long bool
	// while is set when it asks how long something lasts or takes ("how
	// long do you get with the gorillas"), not how long a thing is:
	// only a unit of time answers it.
	while bool
	// habitual is set when it asks when something is done as a rule
	// ("when do passes get closed"), which a condition answers.
	habitual bool
	// counted are the stems of the words "how many" asks to count
	// ("sniffer dogs" in "how many sniffer dogs does kenya have"): an
	// answer must give a number beside one of them.
	counted []string
	// countedAlike are the synonyms, in its commonest meaning, of the
	// first word counted: "six steps" counts stairs.
	countedAlike []string
	// dated is set when it asks of a time relative to today ("this
	// year", "last spring", "today", "so far"): a count or price of
	// then, which only an entry that says a year can give.
	dated bool
	// rate are the stems of the unit of time or measure it asks an
	// amount or a number by ("hourly pay": hour), if any.
	rate []string
	// measure is what answers "how" and an adjective of size, weight
	// or heat ("how deep is the sinkhole"), if it asks one (see
	// measureAsked): only an entry that gives such a measure answers.
	measure *measureKind
	// measured are the telling concepts of a measure question other
	// than its words for the measure and the documents it names: what
	// is measured ("ice sculpture" in "how tall is the biggest ice
	// sculpture at Harbin").
	measured uint32
	// annual is set when it asks how many or how much a year ("how many
	// chimney fires are there each year"): only an entry that says what
	// a year brings, or gives a year, answers it.
	annual bool
	// office is set when it asks who holds an office ("who is the
	// energy minister").
	office bool
	// firm is set when it asks which company, firm or brand ("which
	// company runs the cruises"): its answer must name one.
	firm bool
	// summed is set when it asks a total ("how many in total", "the
	// total cost"): its answer must give one.
	summed bool
	// price is set when it asks what something costs (see priceAsked):
	// an entry that gives an amount of money answers it best.
	price bool
	// amount is set when it asks how much something costs (see
	// amountAsked): only an entry that says a price answers it.
	amount bool
	// priced are the telling concepts of an amount question other than
	// its words for money and the documents it names: what is priced
	// ("obwarzanek" in "what does an obwarzanek cost in Kraków").
	priced uint32
	// names are the concepts that name places and partners: words the
	// base writes capitalized that are no common English word.
	names uint32
	// relaxed has rank keep entries whose coverage is not enough (see
	// byDocument).
	relaxed bool
	// least is the least score rank keeps an entry at; 0 for any (see
	// preferStronger).
	least float32
	// nearOnly are the concepts only a word's distributional
	// neighbours stand for: they rank answers, but are not enough to
	// make a long question answerable.
	nearOnly uint32
	// described are the concepts whose words are in the definition of
	// a word of the base (see described), and corrected those of words
	// the base has only as corrected spellings.
	described, corrected uint32
	// meaning is set when the question asks what something means or
	// is: "what does PCN stand for", "RACs meaning", "what are TSOs".
	meaning bool
	// meansAsked is set when it asks so in words that ask nothing
	// else: "what does PCN stand for", "define MCS", where "what is
	// CADE's budget" asks what CADE has.
	meansAsked bool
	// who is set when the question opens asking who: its answer
	// must name someone (see clearWinner).
	who bool
	// past is set when it asks when something happened ("when did it
	// last open", "when was it built"): its answer must give a year.
	past bool
	// won is set when it asks who won or wins: its answer must name a
	// winner (see winWords).
	won bool
	// head is the concept of a bare noun phrase's head (see read).
	head uint32
	// slips are the words of English the base lacks that are one
	// letter from a word it has, beside a word it has: "corral" in
	// "corral nurseries". They are read as asked; a second look reads
	// them as slips (see Base.Search).
	slips []slip
}

// asked returns the term a question's word is as asked, or -1 if the
// base lacks it.
func (v *view) asked(w queryWord) int32 {
	if w.concept < 0 {
		return -1
	}
	if t, ok := v.word(w.word); ok {
		return t
	}
	if w.stem == "" {
		return -1
	}
	if t, ok := v.stem(w.stem); ok {
		return t
	}
	return -1
}

// askedOrFixed is asked, or for a misspelt word the one word of the base
// it was corrected to: "sucton" beside the slip "cuter" is "suction".
func (v *view) askedOrFixed(w queryWord) int32 {
	if t := v.asked(w); t >= 0 {
		return t
	}
	if w.isFixed {
		return w.fixed
	}
	return -1
}

// lexiconStem is the stem a word is looked up by in the lexicon: its
// own, or for a misspelt word that of the one word of the base it was
// corrected to ("lolipop lady" is a "lollipop lady").
func (v *view) lexiconStem(w queryWord) string {
	if w.isFixed {
		return v.stemOf[w.fixed]
	}
	return w.stem
}

// slip is a word of English read as a slip for a word of the base: the
// terms it may stand for, and those of the words just before and after
// it (-1 if the base lacks them).
type slip struct {
	fixes         []int32
	before, after int32
	// others are the terms of the question's other words, as asked or
	// fixed (see sharedBy).
	others []int32
}

// sameRoot reports whether one stem begins with the other: "coast" and
// "coastal" are forms of one word, no other word beside it.
func sameRoot(a, b string) bool { return strings.HasPrefix(a, b) || strings.HasPrefix(b, a) }

// sharedBy reports whether a title has a slip's correction and another
// word of the question, wherever they are: "Submitting Claims" for
// "submiting expense clams deadline", where the word beside the slip
// is not the one beside its correction.
func (s slip) sharedBy(title []titleTerm) bool {
	fixed, other := false, false
	for _, t := range title {
		fixed = fixed || slices.Contains(s.fixes, t.term)
		other = other || t.term >= 0 && slices.Contains(s.others, t.term) && !slices.Contains(s.fixes, t.term)
	}
	return fixed && other
}

// confirmedBy reports whether a title has a slip's correction right
// beside the word the question has beside it: "Coral Nurseries" for
// "corral nurseries", "Lautoka Mill Upgrade" for "lautoka mil
// upgrade". Only then is a word of English taken for a slip. A
// hyphenated word beside the correction is beside it whole and by its
// nearer part: "Off-Range Corrals" for "off range corals".
func (s slip) confirmedBy(title []titleTerm) bool {
	// beside reports whether the words from k on, in steps of step,
	// begin with want, looking past whole hyphenated words to the part
	// next to the correction.
	beside := func(k, step int, want int32) bool {
		skipped := false
		for ; want >= 0 && k >= 0 && k < len(title); k += step {
			if title[k].term == want {
				return true
			}
			if title[k].term < 0 && !skipped {
				skipped = true // a word the base lacks between, as a stop word is: "Oficina do Barro"
				continue
			}
			if !title[k].compound {
				return false
			}
		}
		return false
	}
	for k, t := range title {
		if slices.Contains(s.fixes, t.term) && (beside(k-1, -1, s.before) || beside(k+1, 1, s.after)) {
			return true
		}
	}
	return false
}

// titleTerm is a word of a title or text as a term (-1 if the base lacks
// it), and whether it is a hyphenated word whole, which comes after its
// parts.
type titleTerm struct {
	term     int32
	compound bool
}

// queryTerm is a term to look up for one or more concepts.
type queryTerm struct {
	term     int32
	weight   float32 // 1 for a word as asked; less for a correction
	concepts uint32  // the concepts a match stands for
	level    matchLevel
}

// matchLevel is how closely a term matches the concepts it stands for.
type matchLevel uint8

const (
	exactMatch  matchLevel = iota // the word as asked, through its stem
	approxMatch                   // a corrected typo, a split word, a word of the family
	looseMatch                    // a related word from the lexicon
)

// answerable reports whether an entry matching every term of q could
// cover enough of it; when the question's words are mostly unknown to
// the base, nothing can, and there is no need to look.
// It sets bestCov, the square of the best coverage an entry can have:
// the most coverage multiplies a score by.
func (q *query) answerable() bool {
	var matched [3]uint32
	for _, it := range q.items {
		matched[it.level] |= it.concepts
	}
	cov, enough := q.coverage(matched[exactMatch], matched[approxMatch], matched[looseMatch])
	q.bestCov = cov * cov
	return enough
}

// titleBoost is the most the title bonus can multiply the score of an
// entry whose title has the concepts named: titleMatch's share of the
// question is at most theirs, and words in order take two concepts.
func (q *query) titleBoost(named uint32) float32 {
	var share float32
	for m := named; m != 0; m &= m - 1 {
		share += q.weight[bits.TrailingZeros32(m)]
	}
	boost := 1 + titleBonus*share/q.total
	if named&(named-1) != 0 {
		boost += orderBonus
	}
	return boost
}

// titleMatch rates how well the question names a title (as term IDs):
// the share of the title's words the question has, times the share of the
// question the title covers, plus the share of the title's word pairs the
// question has in the same order.
func (q *query) titleMatch(title []int32) float32 {
	if len(title) == 0 {
		return 0
	}
	named, ordered := 0, 0
	var covered, prev uint32
	for _, t := range title {
		c := q.conceptsOf(t)
		if c != 0 {
			named++
			covered |= c
			if prev != 0 && bits.TrailingZeros32(c) == 32-bits.LeadingZeros32(prev) {
				ordered++ // the question has this word right after the last
			}
		}
		prev = c
	}
	if named == 0 {
		return 0
	}
	var share float32
	for m := covered; m != 0; m &= m - 1 {
		share += q.weight[bits.TrailingZeros32(m)]
	}
	b := float32(named) / float32(len(title)) * share / q.total * titleBonus
	if len(title) > 1 {
		b += float32(ordered) / float32(len(title)-1) * orderBonus
	}
	return b
}

// conceptsOf returns the concepts a term stands for in the question.
func (q *query) conceptsOf(t int32) uint32 {
	var c uint32
	for _, it := range q.items {
		if it.term == t {
			c |= it.concepts
		}
	}
	return c
}

// coverage is the weighted share of concepts matched, and whether the
// share of telling ones is enough to answer: a weak word ("new", "next")
// adds to an answer's score but cannot make a question answerable, so
// "new fuel prices" is not about "New hangars and fuel storage".
func (q *query) coverage(exact, approx, loose uint32) (cov float32, enough bool) {
	cov, share := q.shares(exact, approx, loose)
	matched := exact | approx | loose
	if q.misses(exact, approx, loose) {
		return cov, false
	}
	if q.telling&^(exact|approx) == 0 && len(q.unmatched) == 0 {
		return cov, true // every telling word is there, or nearly
	}
	return cov, share >= MinCoverage || share >= minLongCoverage && q.longMatch(matched)
}

// longMatch reports whether an entry matching these concepts matches
// minLongMatch of the question's telling words, with no more than two
// of the words that name a briefing: "does Avonside Energy in Bristol
// sell gas" names one company in Bristol, however many words its name
// takes, and an entry that matches only those and one more is not
// about what it asks.
func (q *query) longMatch(matched uint32) bool {
	m := matched & q.telling &^ q.nearOnly
	named := q.selectors | q.capitalized
	return bits.OnesCount32(m&^named)+min(bits.OnesCount32(m&named), 2) >= minLongMatch
}

// shares returns the weighted share of the question's concepts matched,
// and that of its telling words: of the weight of the words that are
// not chat, less that of the weak words the entry has (see query.weak).
// "how old do you have to be to join the uni gym" is not held against
// "Age Limit" for its "old", which the entry says ("16 or older").
func (q *query) shares(exact, approx, loose uint32) (cov, share float32) {
	var got, telling, neutral float32
	add := func(m uint32, credit float32) {
		for ; m != 0; m &= m - 1 {
			c := bits.TrailingZeros32(m)
			got += credit * q.weight[c]
			if q.telling&(1<<c) != 0 {
				telling += credit * q.weight[c]
			} else if q.weak&(1<<c) != 0 {
				neutral += credit * q.weight[c]
			}
		}
	}
	add(exact, 1)
	add(approx&^exact, approxCredit)
	add(loose&^(exact|approx), looseCredit)
	return min(got/q.total, 1), telling / (q.tellingTotal - neutral)
}

// misses reports whether an entry matching these concepts misses what the
// question asks, however much else of it the entry has.
func (q *query) misses(exact, approx, loose uint32) bool {
	matched := exact | approx | loose
	switch {
	case q.focus != 0 && (exact|approx)&q.focus != q.focus:
		return true // what is asked for is not there, or only loosely
	case q.selectors != 0 && matched&q.selectors == 0:
		return true // about another document
	case q.dominant >= dominantShare*q.tellingTotal:
		return true // a word the question turns on is not in the base
	case q.dominant > 0 && q.selectors != 0 && matched&q.telling&^q.selectors == 0:
		// Only the names of where it asks are there, and what it asks
		// about is in no briefing: "is there a sauna at the Te Awa
		// recreation centre", however long the name.
		return true
	case q.nearOnly&q.telling != 0 && (exact|approx)&q.telling == 0:
		return true // nothing asked is there but loosely, and partly by neighbours
	case bits.OnesCount32(q.telling) >= 2 && (exact|approx)&q.telling == 0 && loose&q.telling&^(q.described|q.corrected) != 0:
		// Two telling words or more, none there as asked, nearly or
		// misspelt, and not described by a definition: "how to tie a
		// tie" is no question about a settlement's links.
		return true
	}
	return q.turnsOnMissing(matched) // a word the question turns on is not in the entry
}

type queryWord struct {
	word    string
	stem    string
	pos     int
	concept int // -1 for stop words
	// possessive is set for a word the question writes with "'s".
	possessive bool
	// fixed is the one word of the base a misspelt word was corrected
	// to, if isFixed.
	fixed   int32
	isFixed bool
}

// analyze turns a question into terms. Each meaningful word is a concept,
// looked up as written (through its stem), else split into two known
// words, else corrected to the nearest known words. Two adjacent words
// that the base knows as one ("air base" for "airbase") match that word
// too. A word no term stands for still counts in the question's weight:
// an entry cannot cover it.
func (v *view) analyze(question string) *query { return v.read(question, false, false) }

// read is analyze; with slips set, the words of English the base lacks
// that slips would explain (see query.slips) are read as slips, and with
// keepUnknown set, the query keeps its unmatched words (see
// Base.Unknown).
func (v *view) read(question string, slips, keepUnknown bool) *query {
	// Most questions' words fit in one allocation, on the stack.
	words := make([]queryWord, 0, 8)
	var joined []joinedWord // hyphenated words, joined
	shift := 0              // words a short form added before this one
	plain := withoutCompany(stripChatMarkup(question))
	saluted := salutation(plain)
	tokenize(plain, func(w []byte, pos int, compound bool) {
		if compound && bytes.ContainsAny(w, "&+") {
			// Initials joined by a sign ("M&E") are one word, not
			// their letters.
			n := bytes.Count(w, []byte{'&'}) + bytes.Count(w, []byte{'+'}) + 1
			if n <= len(words) {
				first := words[len(words)-n].pos
				words = append(words[:len(words)-n], queryWord{word: string(w), pos: first, concept: -1})
				shift -= n - 1
			}
			return
		}
		if compound {
			// Its parts are words already; it is asked as one too, of
			// the last of them (see joinedTerms).
			if k := hyphenParts(words, string(w)); k > 0 {
				joined = append(joined, joinedWord{lexicon.Fold(string(w)), len(words) - k, len(words)})
			}
			return
		}
		if len(words) >= maxWords {
			return
		}
		word := lexicon.Fold(string(w))
		if full, ok := shorthand[word]; ok {
			if _, known := v.word(word); !known {
				word = full // "govt" for "government"
			}
		}
		// A place's initials the base does not write stand for its
		// name: "nz" for "new zealand", and so does a chemical formula:
		// "so2" for "sulphur dioxide".
		if name, ok := writtenOut(word); ok {
			if _, known := v.word(word); !known {
				for i, part := range name {
					words = append(words, queryWord{word: part, pos: pos + shift + i, concept: -1})
				}
				shift += len(name) - 1
				return
			}
		}
		words = append(words, queryWord{word: word, pos: pos + shift, concept: -1})
	})
	if strings.Contains(question, "s") {
		lower := strings.ToLower(question)
		for i := range words {
			w := words[i].word
			words[i].possessive = strings.Contains(lower, w+"'s") || strings.Contains(lower, w+"’s")
		}
	}
	// A greeting that opens the question is no part of it, and the
	// question opens after it: "hoi! do under-19s pay" asks whether one
	// pays, as "do under-19s pay" does.
	lead, foreign := v.greeting(words, saluted)
	greeted := 0
	if lead > 0 && lead < len(words) {
		words, greeted = words[lead:], lead
		saluted = max(saluted-lead, 0)
		joined = slices.DeleteFunc(joined, func(j joinedWord) bool { return j.from < lead })
		for k := range joined {
			joined[k].from -= lead
			joined[k].to -= lead
		}
	}
	// Concepts are numbered in order first, matched or not: a word
	// matches a term only after the words around it are known.
	type term struct {
		term     int32
		weight   float32
		concepts uint64
		level    matchLevel
	}
	// Most questions' terms fit in one allocation, on the stack.
	terms := make([]term, 0, 16)
	var corrected uint64 // concepts found only by their spelling's corrections
	var weight []float32 // per concept
	var weak, chat []bool
	var unknown uint64  // concepts no term stands for yet
	var numbered []term // initials in the other number
	type slipAt struct {
		word  int
		fixes []int32
	}
	var slipped []slipAt // words of English read as slips, or that could be
	_, quantityNoun := quantityAsked(words)
	_, yearNoun := yearAsked(words)
	seasonAsked := timeOfYear(words)
	// "what time does the garage close": a time of day answers; the
	// verb need not be there.
	timeAsked := asksWhatTime(words)
	// So are the words after the question's last question mark, when
	// one of them is: "... in Utrecht? dank je", whose "dank" is English.
	closing, all := valediction(plain)
	if all != greeted+len(words) {
		closing = 0 // words the question has past maxWords, or joined
	}
	closing = min(closing, len(words)) // "?hi! 000": the greeting left out was closing too
	farewell := false
	for _, w := range words[len(words)-closing:] {
		if _, known := v.word(w.word); !known {
			if stem, ok := stemIndexable(w.word); ok {
				_, inBase := v.stem(stem)
				farewell = farewell || !inBase && !isEnglish(w.word, stem)
			}
		}
	}
	for i := range words {
		w := &words[i]
		if asksMeaning(words, i) {
			continue // "what does NB8 stand for": NB8 is the question
		}
		if i == quantityNoun || i == yearNoun || seasonAsked >= 0 && i >= seasonAsked && i < seasonAsked+timeOfYearLen(words, seasonAsked) ||
			(w.word == "often" || w.word == "long" || w.word == "much") && i > 0 && words[i-1].word == "how" {
			continue // "the number of wells", "how often", "how long", "how much": words of the question, not its answer
		}
		// A word the base has is indexable; only others need checking,
		// which stems them.
		t, known := v.word(w.word)
		if !known && !isStopWord(w.word) {
			// "LNOs" where the base has only "LNO", "RV" where it has
			// only "RVs": initials it writes in capitals, in the
			// singular, the shorter.
			if other, ok := otherNumber(w.word); ok && v.isUpper(shorter(other, w.word)) {
				t, known = v.word(other)
			}
		}
		if known {
			w.stem = v.stemOf[t]
		} else {
			stem, ok := stemIndexable(w.word)
			if !ok {
				continue
			}
			w.stem = stem
			t, known = v.stem(stem)
		}
		isFiller := (filler[w.word] || filler[w.stem]) && !(w.word == "far" && i > 0 && words[i-1].word == "how") || // "helps" is "help"; "how far" asks a distance
			bother[w.word] && i+1 < len(words) && addressee[words[i+1].word] || // "sorry to bug you"
			w.word == "much" && i > 0 && intensifiers[words[i-1].word] || // "thanks so much"
			modest[w.word] && i+1 < len(words) && questionNouns[words[i+1].word] || // "sorry if dumb q"
			w.word == "heads" && i+1 < len(words) && words[i+1].word == "up" || // "heads up on"
			!known && !isLatin(w.word) || // "Здравейте!", "Γεια σας!": a greeting in another script
			i < saluted && !known && (foreign || !isEnglish(w.word, w.stem)) || // "Góðan daginn! do I ..."
			i >= len(words)-closing && !known && (farewell || !isEnglish(w.word, w.stem)) || // "... in Utrecht? dank je"
			i == 0 && !known && nearGreeting(w.word) || // "hallå 👋 how do I", "helo"
			i+1 < len(words) && greetingPairs[w.word][words[i+1].word] || // "dobar dan", "kia ora"
			i > 0 && greetingPairs[words[i-1].word][w.word] ||
			wellWishing(words, i) || // "hope you're well"
			signedFrom(words, i) || // "sent from my iPhone"
			w.word == "per" && i+1 < len(words) && words[i+1].word == "my" || // "as per my last message"
			messages[w.word] && i >= 2 && words[i-1].word == "last" && words[i-2].word == "my" ||
			w.word == "back" && i > 0 && (words[i-1].word == "circling" || words[i-1].word == "circle") || // "circling back on"
			isClockTime(w.word) || // "before my 2pm"
			!known && isDigits([]byte(w.word)) && i+1 < len(words) && unitSymbols[words[i+1].word] != nil || // "a 15 kg box": a measure, not a topic (see preferInRange)
			(w.word == "hour" || w.word == "hours") && i > 0 && wattHour[words[i-1].word] || // "gigawatt hours" are GWh
			!known && slipsFromStopWord(w.word) && !isEnglish(w.word, w.stem) && !writtenInCapitals(question, w.word) && len(v.correctSlip(w.word)) == 0 // "abotu", "thier"
		if !known && isFiller {
			continue // chat the base has no word for: it decides nothing
		}
		if isFiller && known && v.isUpper(w.word) && writtenInCapitals(question, w.word) {
			isFiller = false // "what does HW stand for": the base's initials, not chat's "how"
		}
		c := len(weight)
		w.concept = c
		weak = append(weak, weakWords[w.word] || isFiller || framing[w.word] || timeAsked && openClose[w.word] || kindAfter(words, i))
		chat = append(chat, isFiller)
		bit := uint64(1) << c
		// A verb and its particle may be the base's noun of the two:
		// "picking up" papers for "Dawn Pickups", "handed in" for
		// "Station Hand-ins".
		phrasal, isPhrasal := v.phrasal(words, i)
		if known {
			terms = append(terms, term{t, 1, bit, exactMatch})
			weight = append(weight, v.idf[t])
			if isPhrasal && phrasal != t {
				terms = append(terms, term{phrasal, splitWeight, bit, approxMatch})
			}
			// Initials alone in the plural ask what they are as
			// much as the initials do: "what are TSOs" is for the
			// "TSO" of a glossary too (see below).
			if other, ok := otherNumber(w.word); ok && v.isUpper(other) {
				if o, ok := v.word(other); ok && o != t {
					numbered = append(numbered, term{o, 1, bit, exactMatch})
				}
			}
			for _, r := range v.relatives(v.stemOf[t], t) {
				terms = append(terms, term{r, relativeWeight, bit, approxMatch})
			}
			// A clipped word the base writes as asked may be spelt out
			// elsewhere: "id cards" and "identity cards".
			for _, full := range spelledOut(w.word) {
				if f, ok := v.word(full); ok && f != t {
					terms = append(terms, term{f, relativeWeight, bit, approxMatch})
				}
			}
			// Written as one here, maybe as two there: "airbase" and
			// "air base".
			if len(w.word) >= 6 {
				for _, p := range v.split(w.word, splitPart(w)) {
					terms = append(terms, term{p, splitWeight, bit, approxMatch})
				}
			}
			continue
		}
		if isPhrasal {
			terms = append(terms, term{phrasal, splitWeight, bit, approxMatch})
			weight = append(weight, v.idf[phrasal])
			continue
		}
		if core := numberCore(w.word); core != "" {
			// "97m" for "97-meter", "k2pl" for a K2 of Poland's.
			if t, ok := v.word(core); ok {
				terms = append(terms, term{t, splitWeight, bit, approxMatch})
				weight = append(weight, v.idf[t])
				continue
			}
		}
		if parts := v.split(w.word, splitPart(w)); len(parts) > 0 {
			var sum float32
			for _, t := range parts {
				terms = append(terms, term{t, splitWeight, bit, approxMatch})
				sum += v.idf[t]
			}
			weight = append(weight, sum/float32(len(parts)))
			continue
		}
		fixes := v.correctSlip(w.word)
		if len(fixes) > 0 && (!isEnglish(w.word, w.stem) || mistypedName(w.word, w.stem, fixes)) {
			corrected |= bit
			if len(fixes) == 1 {
				w.fixed, w.isFixed = fixes[0].term, true
			}
			var best float32
			for _, f := range fixes {
				// A word of some length a letter or two off is surely
				// that word, unless its first letter differs: people
				// seldom get that one wrong ("iphone" is no "phone").
				level := approxMatch
				if utf8.RuneCountInString(w.word) < sureCorrection || f.word[0] != w.word[0] {
					level = looseMatch
				}
				terms = append(terms, term{f.term, f.weight, bit, level})
				best = max(best, v.idf[f.term])
			}
			weight = append(weight, best)
			continue
		}
		// A form of a word the base has in another ("preparing" for
		// "preparedness").
		if rel := v.relatives(w.stem, -1); len(rel) > 0 {
			var best float32
			for _, t := range rel {
				terms = append(terms, term{t, relativeWeight, bit, approxMatch})
				best = max(best, v.idf[t])
			}
			weight = append(weight, best)
			continue
		}
		if framing[w.word] || isAdverb(w.word) || kindOf(words, i) {
			// A question word the base does not use, or an adverb it
			// does not ("automatically a donor"): neither is a topic.
			weight = append(weight, 0)
			continue
		}
		// A word of three letters has too many neighbours to be
		// corrected as asked, but a second look may find one beside
		// the words around it, as for a word of English: "ise sawing"
		// for "Ice Sawing".
		short := false
		if len(fixes) == 0 && !writtenInCapitals(question, w.word) {
			fixes = v.shortSlips(w.word)
			short = len(fixes) > 0
		}
		// A word of English ("bali", "park") is likelier meant than
		// mistyped, unless a second look finds the slip's correction
		// beside the words around it (see query.slips).
		if len(fixes) > 0 {
			ts := make([]int32, len(fixes))
			for k, f := range fixes {
				ts[k] = f.term
			}
			slipped = append(slipped, slipAt{i, ts})
			if slips {
				corrected |= bit
				var best float32
				for _, f := range fixes {
					terms = append(terms, term{f.term, f.weight, bit, approxMatch})
					best = max(best, v.idf[f.term])
				}
				weight = append(weight, best)
				continue
			}
		}
		weight = append(weight, v.idfUnseen)
		unknown |= bit
		// Its nearest spelling may still rank answers, as a concept of
		// its own that weighs nothing; the word itself counts as
		// unknown. A short word's many neighbours would only be noise.
		if len(fixes) > 0 && !short {
			if c := len(weight); c < maxWords {
				weight, weak, chat = append(weight, 0), append(weak, true), append(chat, false)
				for _, f := range fixes {
					terms = append(terms, term{f.term, f.weight, 1 << c, approxMatch})
				}
			}
		}
	}
	// General English (see lexicon): the words of the same meaning,
	// family or kind that the base has, for a word or a phrase of two or
	// three. They weigh less than the words asked; a word the base lacks
	// that the lexicon explains weighs what its best expansion does.
	expand := func(key string, concepts uint64) {
		var best float32
		found := 0
		// A name's class is not the name: "bali" is no question about
		// islands. Names take only their other names and forms.
		name := lexicon.Name(key)
		// A name's own words are asked already: in another name of it
		// ("lake" of "Lake Leman", for "Lake Geneva"), one would stand
		// for the whole name, and find Lake Como's day pass for Lake
		// Geneva's. (For a phrase of common words, the same rule lost
		// as many answers as it found.)
		var mine [4]int32
		owned := 0
		if name && strings.Contains(key, " ") {
			for w := range strings.FieldsSeq(key) {
				if t, ok := v.stem(w); ok && owned < len(mine) {
					mine[owned] = t
					owned++
				}
			}
		}
		own := func(t int32) bool { return slices.Contains(mine[:owned], t) }
		// A one-word name within a phrase names itself with a class:
		// "luxembourg city" would let "city" stand for Luxembourg.
		self := int32(-1)
		if name && !strings.Contains(key, " ") {
			if t, ok := v.stem(key); ok {
				self = t
			}
		}
		lexicon.Related(key, func(rel string, kind lexicon.Kind, primary bool) bool {
			if name && kind > lexicon.Derived {
				return true
			}
			wt := lexiconWeight[kind]
			level := lexiconLevel[kind]
			if !primary {
				wt *= nonPrimaryShare
				// Through a rarer meaning, a synonym is a loose
				// match and a broader or narrower word none.
				if level == looseMatch {
					return true
				}
				level = looseMatch
			}
			if !strings.Contains(rel, " ") {
				if weakStems[rel] {
					return true // "payday" is a day, which says nothing
				}
				if t, ok := v.stem(rel); ok {
					terms = append(terms, term{t, wt, concepts, level})
					best = max(best, v.idf[t])
					found++
				}
				if kind == lexicon.Synonym && primary && !name && unknown&concepts != 0 {
					// For a word the base lacks, a synonym's other
					// forms too, loosely, at both steps' weight:
					// "speak" is "mouth", whose form "oral" finds
					// the language test "tested orally".
					lexicon.Related(rel, func(form string, k lexicon.Kind, p bool) bool {
						if k != lexicon.Derived || !p || form == key || strings.Contains(form, " ") || weakStems[form] {
							return k <= lexicon.Derived // the kinds come in order
						}
						if t, ok := v.stem(form); ok {
							terms = append(terms, term{t, wt * lexiconWeight[lexicon.Derived], concepts, looseMatch})
							best = max(best, v.idf[t])
						}
						return true
					})
				}
				return found < maxExpansions
			}
			// A phrase: each of its words, if the base has them all.
			var ts [4]int32 // lexicon keys have at most four words
			parts := 0      // the phrase's words, cut in place, not split into a slice
			for rest, more := rel, true; more; parts++ {
				var p string
				p, rest, more = strings.Cut(rest, " ")
				t, ok := v.stem(p)
				if !ok || parts == len(ts) || t == self {
					return true
				}
				if own(t) {
					parts--
					continue
				}
				ts[parts] = t
			}
			for _, t := range ts[:parts] {
				terms = append(terms, term{t, wt * phraseShare, concepts, looseMatch})
				best = max(best, v.idf[t])
			}
			found++
			return found < maxExpansions
		})
		if found > 0 && unknown&concepts != 0 {
			for m := concepts & unknown; m != 0; m &= m - 1 {
				weight[bits.TrailingZeros64(m)] = best
			}
			unknown &^= concepts
		}
	}
	for i, w := range words {
		if w.concept < 0 {
			continue
		}
		// A verb and its particle are a verb of their own, an everyday
		// verb included: "set up" is "establish", "look into"
		// "investigate", "hand out" "distribute".
		if i+1 < len(words) && particles[words[i+1].word] && words[i+1].pos == w.pos+1 {
			if key := w.stem + " " + words[i+1].word; lexicon.Known(key) {
				concepts := uint64(1) << w.concept
				if c := words[i+1].concept; c >= 0 {
					concepts |= 1 << c
				}
				expand(key, concepts)
			}
		}
		if weak[w.concept] {
			continue
		}
		// A misspelt word is looked up alone as asked, which its
		// corrections match already, but in a phrase as corrected.
		key, phrase := w.stem, v.lexiconStem(w)
		concepts := uint64(1) << w.concept
		for n, x := range words[i:] {
			if n > 0 {
				if x.concept < 0 || x.pos != words[i+n-1].pos+1 || n == 3 {
					break
				}
				phrase += " " + v.lexiconStem(x)
				key = phrase
				concepts |= 1 << x.concept
				if !lexicon.Known(key) {
					continue
				}
				// A phrase of English ("solar panels") whose head the base
				// lacks names a kind of what the words before it say, so
				// an entry with those has it, loosely.
				if lost := concepts & unknown; lost == 1<<x.concept && lost != concepts {
					for _, t := range terms {
						if t.level == exactMatch && t.concepts&concepts != 0 && t.concepts&lost == 0 {
							terms = append(terms, term{t.term, t.weight * phraseShare, lost, looseMatch})
						}
					}
				}
			}
			expand(key, concepts)
		}
	}
	// Units of measure: "megawatts" finds the "MW" of a table, and "kwh"
	// the kilowatt-hours of a paragraph, as synonyms do.
	// What "how" asks of an adjective is a noun: "how old" an age.
	pricing := priceAsked(words) && (asksQuantity(words) || priceLast(words) && amountAsked(words)) // "how much does it cost", "night nanny cost"
	paying := !pricing && asksWhetherPaid(words)                                                    // "do I have to pay to get in"
	for i, w := range words {
		if w.concept < 0 {
			continue
		}
		concepts := uint64(1) << w.concept
		var best float32
		alts := unitForms[w.stem]
		if pricing && priceStems[w.stem] {
			alts = priceStemList
		}
		if paying && paidStems[w.stem] && !(w.stem == "pay" && paysFor(words, i)) {
			alts = paidStemList
		}
		if i > 0 && words[i-1].word == "how" && howAttributes[w.word] != nil {
			alts = howAttributes[w.word]
		}
		if units, ok := measureUnits[w.stem]; ok && len(alts) == 0 && unknown&concepts == 0 {
			alts = units // "how much weight": "150 kg"
		}
		for _, alt := range alts {
			if alt == w.stem {
				continue
			}
			if t, ok := v.stem(alt); ok {
				terms = append(terms, term{t, synonymWeight, concepts, approxMatch})
				best = max(best, v.idf[t])
			}
		}
		if best > 0 && unknown&concepts != 0 {
			weight[w.concept] = best
			unknown &^= concepts
		}
	}
	// "How long is" asks a length or a while, which briefings title so:
	// "how long is a driving lesson" is asked of "Lesson Length". The
	// nouns stand for the first telling word after it, as what it asks
	// the length of.
	if i := slices.IndexFunc(words, func(w queryWord) bool { return w.word == "how" }); i >= 0 && i+2 < len(words) && words[i+1].word == "long" && (words[i+2].word == "is" || words[i+2].word == "are") {
		for _, w := range words[i+3:] {
			if w.concept < 0 || weak[w.concept] {
				continue
			}
			for _, n := range lengthStems {
				if t, ok := v.stem(n); ok && n != w.stem {
					terms = append(terms, term{t, synonymWeight, 1 << w.concept, approxMatch})
				}
			}
			break
		}
	}
	// A month is in a range that the months around it bound: "in july"
	// is answered by "June to August", loosely.
	for _, w := range words {
		i := slices.Index(months, w.word)
		if w.concept < 0 || i < 0 {
			continue
		}
		for _, m := range [2]string{months[(i+11)%12], months[(i+1)%12]} {
			if t, ok := v.stem(snowStem(m)); ok {
				terms = append(terms, term{t, monthWeight, 1 << w.concept, looseMatch})
			}
		}
	}
	// A season is its months, and a month is in its season: "open in
	// summer" is answered by "between June and September", "in july" by
	// "Summer Hours", loosely. The seasons are the northern
	// hemisphere's, as most briefings' are.
	for _, w := range words {
		if w.concept < 0 {
			continue
		}
		var related []string
		if ms, ok := seasonMonths[w.word]; ok {
			related = ms[:]
		} else if i := slices.Index(months, w.word); i >= 0 {
			related = monthSeasons[i]
		}
		for _, r := range related {
			if t, ok := v.stem(snowStem(r)); ok {
				terms = append(terms, term{t, monthWeight, 1 << w.concept, looseMatch})
			}
		}
	}
	// "per day" is "daily", "a year" "annual".
	for i := 1; i < len(words); i++ {
		w := words[i]
		if w.concept < 0 || !perWords[words[i-1].word] || words[i-1].pos != w.pos-1 {
			continue
		}
		for _, adj := range periodAdjectives[w.word] {
			if t, ok := v.stem(snowStem(adj)); ok {
				terms = append(terms, term{t, synonymWeight, 1 << w.concept, approxMatch})
			}
		}
	}
	// And "daily" is "per day": "daily community fee" finds "BWP 250
	// per person per day".
	for _, w := range words {
		for period, adjs := range periodAdjectives {
			if w.concept < 0 || !slices.Contains(adjs, w.word) {
				continue
			}
			if t, ok := v.stem(snowStem(period)); ok {
				terms = append(terms, term{t, synonymWeight, 1 << w.concept, approxMatch})
			}
		}
	}
	// Curators' synonyms (see Synonyms): a phrase of the question's words
	// finds what the rule maps it to. A word the base does not have but a
	// synonym explains weighs what the synonym does.
	if len(v.synonyms) > 0 {
		var key []byte
		for i, w := range words {
			if w.concept < 0 {
				continue
			}
			key = key[:0]
			concepts := uint64(0)
			n := 0
			for _, x := range words[i:] {
				if x.concept < 0 {
					continue
				}
				if n == maxSynonymWords {
					break
				}
				if n > 0 {
					key = append(key, ' ')
				}
				key = append(key, x.stem...)
				concepts |= 1 << x.concept
				n++
				found := false
				var best float32
				for _, target := range v.synonyms[string(key)] {
					for _, t := range target {
						if v.known(t) {
							terms = append(terms, term{t, synonymWeight, concepts, exactMatch})
							best = max(best, v.idf[t])
							found = true
						}
					}
				}
				if found {
					for m := concepts & unknown; m != 0; m &= m - 1 {
						weight[bits.TrailingZeros64(m)] = best
					}
					unknown &^= concepts
				}
			}
		}
	}
	// Everyday words WordNet lacks or gives no sense the base writes
	// ("quadcopter", "poo"): the words briefings use for them, as
	// synonyms.
	for i, w := range words {
		if w.concept < 0 {
			continue
		}
		formal, ok := colloquial[w.word]
		if !ok {
			formal, ok = placeOfPeople(w.word)
		}
		if !ok && unknown&(1<<w.concept) != 0 {
			formal, ok = respelt(w.word)
		}
		asked := uint64(1) << w.concept
		j := i + 1
		if j+1 < len(words) && articles[words[j].word] {
			j++ // "spend the night"
		}
		if j < len(words) && words[j].concept >= 0 {
			if f, two := colloquial[w.word+" "+words[j].word]; two {
				formal, ok = f, true // "sun cream"
				asked |= 1 << words[j].concept
			}
		}
		if !ok {
			continue
		}
		var best float32
		for _, f := range formal {
			st := snowStem(f)
			forms := []string{st}
			if _, ok := v.stem(st); !ok {
				// Its irregular forms: "kid" is a child, and
				// briefings may speak only of children.
				forms = baseForms(st)
			}
			for _, form := range forms {
				if t, ok := v.stem(form); ok && form != w.stem {
					terms = append(terms, term{t, lexiconWeight[lexicon.Synonym], asked, approxMatch})
					best = max(best, v.idf[t])
				}
			}
		}
		if best > 0 {
			for m := asked & unknown; m != 0; m &= m - 1 {
				weight[bits.TrailingZeros64(m)] = best
			}
			unknown &^= asked
		}
	}
	// An inflected word nothing above explains is asked as its plain
	// form: "the easiest route" finds what "easy" does.
	for _, w := range words {
		if w.concept < 0 || weak[w.concept] || unknown&(1<<w.concept) == 0 {
			continue
		}
		for _, base := range baseForms(w.stem) {
			// The oldest or biggest of a kind is a record, which an
			// entry that says only "old" does not hold.
			if weakStems[base] {
				continue
			}
			// The plain form itself, if the base has it: "buskers"
			// are those busking.
			if t, ok := v.stem(base); ok && unknown&(1<<w.concept) != 0 {
				terms = append(terms, term{t, lexiconWeight[lexicon.Inflection], 1 << w.concept, approxMatch})
				weight[w.concept] = v.idf[t]
				unknown &^= 1 << w.concept
			}
			expand(base, 1<<w.concept)
		}
	}
	// Giving an animal food is feeding it: "can I give the bears some
	// bread" is asked of "No Feeding".
	if i := slices.IndexFunc(words, func(w queryWord) bool { return givingVerbs[w.word] }); i >= 0 {
		for _, w := range words[i+1:] {
			if w.concept < 0 || !foods[w.word] {
				continue
			}
			asked := uint64(1) << w.concept
			if words[i].concept >= 0 {
				asked |= 1 << words[i].concept
			}
			var best float32
			for _, f := range feedWords {
				if t, ok := v.stem(snowStem(f)); ok {
					terms = append(terms, term{t, lexiconWeight[lexicon.Synonym], asked, approxMatch})
					best = max(best, v.idf[t])
				}
			}
			if best > 0 {
				for m := asked & unknown; m != 0; m &= m - 1 {
					weight[bits.TrailingZeros64(m)] = best
				}
				unknown &^= asked
			}
			break
		}
	}
	// "my 9 year old" is a child of an age: the words of age find the
	// entries that set one ("Minimum Age", "children under twelve").
	for i, w := range words {
		if w.concept < 0 || w.word != "old" || i < 2 || !yearWords[words[i-1].word] || !hasQuantity(words[i-2].word) && !numberWords[words[i-2].word] {
			continue
		}
		var best float32
		for _, a := range ageWords {
			if t, ok := v.stem(snowStem(a)); ok {
				terms = append(terms, term{t, lexiconWeight[lexicon.Synonym], 1 << w.concept, approxMatch})
				best = max(best, v.idf[t])
			}
		}
		if best > 0 {
			weak[w.concept], weight[w.concept] = false, best
			unknown &^= 1 << w.concept
		}
	}
	var nearOnly uint64 // concepts only neighbours stand for
	// A word that neither the base nor the lexicon's relations explain
	// may still be about what the base has: its distributional
	// neighbours ("abducted": "kidnapped", "choppers": "helicopters").
	// They match loosely, and only when close. A word the base has finds
	// through them, for less, the entries that say it otherwise
	// ("retirement": "pension", "heroin": "opioid").
	for _, w := range words {
		if w.concept < 0 || weak[w.concept] || lexicon.Name(w.stem) {
			continue
		}
		lacked := unknown&(1<<w.concept) != 0
		var best float32
		found := 0
		least := float32(minNeighborSimilarity)
		if lacked {
			least = minLackedNeighborSimilarity
		}
		class := contrastClass(w.stem)
		lexicon.Neighbors(w.word, func(nb string, sim float32) bool {
			if sim < least {
				return false
			}
			// A name's neighbours are other names ("brazil": "mexico",
			// "chile"), never the one asked about.
			if lexicon.Name(nb) {
				return true
			}
			if vagueStems[nb] {
				return true // "took", "talk": no topic of their own
			}
			if class != "" && inClass(nb, class) {
				return true // "spring" is no "winter", "red" no "yellow"
			}
			if t, ok := v.stem(nb); ok && !v.selector[t] {
				wt := neighborWeight * sim
				if !lacked {
					wt *= knownNeighborShare
				}
				level := looseMatch
				if sim >= closeNeighborSimilarity {
					level = approxMatch // "planes": "aircraft", "flu": "influenza"
				}
				terms = append(terms, term{t, wt, 1 << w.concept, level})
				best = max(best, v.idf[t])
				found++
			}
			return found < maxNeighbors
		})
		if found > 0 && lacked {
			weight[w.concept] = best
			unknown &^= 1 << w.concept
			nearOnly |= 1 << w.concept
		}
	}
	for i := 0; i+1 < len(words); i++ {
		a, b := words[i], words[i+1]
		if b.pos != a.pos+1 {
			continue
		}
		var concepts uint64
		for _, w := range [2]queryWord{a, b} {
			if w.concept >= 0 {
				concepts |= 1 << w.concept
			}
		}
		if concepts == 0 {
			continue
		}
		if t, ok := v.word(a.word + b.word); ok {
			terms = append(terms, term{t, 1, concepts, exactMatch})
			continue
		}
		// The other way round: "keeping bees" for "beekeeping",
		// "fighting fires" for "firefighting".
		if t, ok := v.reversedCompound(a, b); ok {
			terms = append(terms, term{t, splitWeight, concepts, approxMatch})
			continue
		}
		// Split and misspelt: "counter narcotis" for "counternarcotics".
		if concepts&unknown != 0 {
			for _, f := range v.correct(a.word + b.word) {
				terms = append(terms, term{f.term, f.weight, concepts, approxMatch})
				for m := concepts & unknown; m != 0; m &= m - 1 {
					weight[bits.TrailingZeros64(m)] = v.idf[f.term]
				}
				unknown &^= concepts
			}
		}
	}

	// Initials in the other number count when they are all there is
	// to the question; beside other words ("what do the LNOs in
	// Tashkent do") the form written tells the entry apart.
	if len(numbered) > 0 && len(weak)-countTrue(weak) == 1 {
		terms = append(terms, numbered...)
	}

	// Acronyms (see acronymMark): a word the briefings write in capitals,
	// or know nothing else of, may be the initials of a name they spell
	// out ("fmf"); and words in a row may spell out initials the briefings
	// write ("millennium challenge corporation" for "MCC").
	for i, w := range words {
		if w.concept < 0 {
			continue
		}
		for _, a := range [2]string{w.word, strings.TrimSuffix(w.word, "s")} { // "ncos"
			if _, known := v.word(a); (!known || v.isUpper(a)) && len(a) >= minAcronym && len(a) <= maxAcronym {
				if t, ok := v.word(acronymMark + a); ok {
					terms = append(terms, term{t, acronymWeight, 1 << w.concept, exactMatch})
					break
				}
			}
		}
		// The initials of the words from here, without the connectives
		// between them and with them (PEPFAR).
		var bare, full []byte
		concepts, last := uint64(0), w.pos-1
		for _, x := range words[i:] {
			if x.pos != last+1 || len(full) == maxAcronym {
				break
			}
			last = x.pos
			if x.concept < 0 {
				if connectives[x.word] && len(bare) > 0 {
					full = append(full, x.word[0])
					continue
				}
				break
			}
			if t, ok := v.word(x.word); ok && v.selector[t] {
				// A name that picks a briefing is no word of another's
				// initials: "composting toilet on Sheffield" is no CTS.
				break
			}
			bare, full, concepts = append(bare, x.word[0]), append(full, x.word[0]), concepts|1<<x.concept
			for _, initials := range [2][]byte{bare, full} {
				if len(initials) >= minAcronym && len(initials) <= maxAcronym && v.isUpper(string(initials)) {
					if t, ok := v.word(string(initials)); ok {
						terms = append(terms, term{t, acronymWeight, concepts, exactMatch})
					}
				}
				if len(bare) == len(full) {
					break
				}
			}
		}
	}

	// Definitions (see lexicon.Defined): a word of the base whose
	// definition has two of the question's telling words is what the
	// question describes ("the dark syrup left from cane": molasses).
	// It matches loosely, and weighs what a synonym does.
	var described uint64
	for _, d := range v.described(words, weak) {
		described |= d.concepts
		terms = append(terms, term{d.term, definitionWeight, d.concepts, looseMatch})
		for m := d.concepts & unknown; m != 0; m &= m - 1 {
			weight[bits.TrailingZeros64(m)] = v.idf[d.term]
		}
		unknown &^= d.concepts
	}
	// Whom the asker speaks for ("can my son ...") is who asks, not what
	// about: one the base has no word for counts neither way.
	for _, w := range words {
		if w.concept >= 0 && unknown&(1<<w.concept) != 0 && kin[w.word] {
			weight[w.concept] = 0
			unknown &^= 1 << w.concept
		}
	}
	// Only the concepts some term stands for take one of the bits an
	// entry's matches are kept in. A long, chatty question may have more
	// than maxConcepts of them: the most telling keep their bits, and the
	// others are ignored as if not asked.
	for c := range weight {
		if weak[c] {
			weight[c] *= weakShare
		}
	}
	var matchable uint64
	for _, t := range terms {
		matchable |= t.concepts
	}
	dropped := uint64(0)
	if n := bits.OnesCount64(matchable); n > maxConcepts {
		var byWeight []int
		for m := matchable; m != 0; m &= m - 1 {
			byWeight = append(byWeight, bits.TrailingZeros64(m))
		}
		// Least telling first; among equals, the later word.
		slices.SortStableFunc(byWeight, func(a, b int) int {
			if c := cmp.Compare(weight[a], weight[b]); c != 0 {
				return c
			}
			return cmp.Compare(b, a)
		})
		for _, c := range byWeight[:n-maxConcepts] {
			dropped |= 1 << c
		}
	}
	q := &query{idf: v.idf, quantity: asksQuantity(words), when: asksWhen(words), office: asksOffice(words), price: priceAsked(words), amount: amountAsked(words), whether: asksWhetherThere(words)}
	q.firm = asksFirm(words)
	q.summed = asksTotal(words)
	q.habitual = q.when && asksHabitually(words)
	q.past = q.when && asksPast(words)
	q.long = q.quantity && asksHowLong(words)
	q.while = q.long && asksWhile(words)
	q.year, _ = yearAsked(words)
	q.dated = asksDated(words)
	q.annual = q.quantity && !q.long && asksAnnual(words) // not "how long does it run each year"
	if q.quantity || q.price {
		q.rate = rateAsked(words)
	}
	q.measure = measureAsked(words)
	howVerb := howToVerb(words)
	q.howTo = howVerb >= 0
	q.clock = timeAsked
	q.dayPart = timeAsked && asksTimeOfDay(words)
	q.who = asksWho(words)
	q.phone = asksPhone(words)
	if q.phone {
		// "phone number for the helpline": a phone line is given by
		// its number, and an entry that gives one need not say
		// "number" ("Telephone | 01632 960 772"); the entry must still
		// speak of a phone (see speaksOfPhone).
		for i := 1; i < len(words); i++ {
			if c := words[i].concept; c >= 0 && !weak[c] && numberNouns[words[i].word] && phoneWords[words[i-1].word] {
				weak[c] = true
				weight[c] *= weakShare
				q.phoneNumber = true
			}
		}
	}
	q.won = asksWon(words)
	// "who won the last palio" asks of one year as "last year" does.
	q.dated = q.dated || q.won && slices.ContainsFunc(words, func(w queryWord) bool { return recentWords[w.word] })
	for i := range words {
		q.meansAsked = q.meansAsked || asksMeaning(words, i)
	}
	q.meaning = q.meansAsked || asksWhatIs(words)
	for _, s := range slipped {
		sl := slip{fixes: s.fixes, before: -1, after: -1}
		// The words beside it, past a stop word between: "oficina do
		// baro" for "Oficina do Barro".
		if i := s.word; i > 0 && words[i-1].pos == words[i].pos-1 {
			sl.before = v.askedOrFixed(words[i-1])
			if sl.before < 0 && isStopWord(words[i-1].word) && i > 1 && words[i-2].pos == words[i].pos-2 {
				sl.before = v.askedOrFixed(words[i-2])
			}
		}
		if i := s.word; i+1 < len(words) && words[i+1].pos == words[i].pos+1 {
			sl.after = v.askedOrFixed(words[i+1])
			if sl.after < 0 && isStopWord(words[i+1].word) && i+2 < len(words) && words[i+2].pos == words[i].pos+2 {
				sl.after = v.askedOrFixed(words[i+2])
			}
		}
		for j, w := range words {
			if j != s.word && w.concept >= 0 {
				if t := v.askedOrFixed(w); t >= 0 && !slices.ContainsFunc(s.fixes, func(f int32) bool { return sameRoot(v.stemOf[f], v.stemOf[t]) }) {
					sl.others = append(sl.others, t)
				}
			}
		}
		if sl.before >= 0 || sl.after >= 0 || len(sl.others) > 0 {
			q.slips = append(q.slips, sl)
		}
	}
	if q.quantity {
		q.counted = v.countedStems(words)
		if len(q.counted) > 0 {
			q.countedAlike = synonymStems(q.counted[0])
		}
	}
	var bit [maxWords]uint32
	telling := false
	run, runEnd := float32(0), -2 // the unknown words side by side so far, and the last's position
	for c, w := range weight {
		if dropped&(1<<c) != 0 {
			continue
		}
		if matchable&(1<<c) != 0 {
			bit[c] = 1 << len(q.weight)
			q.weight = append(q.weight, w)
		}
		if w > 0 && !weak[c] {
			telling = true
			q.telling |= bit[c]
		}
		if nearOnly&(1<<c) != 0 {
			q.nearOnly |= bit[c]
		}
		if described&(1<<c) != 0 {
			q.described |= bit[c]
		}
		if corrected&(1<<c) != 0 {
			q.corrected |= bit[c]
		}
		if w > 0 && !weak[c] && bit[c] == 0 {
			q.unmatched = append(q.unmatched, w)
			// Unknown names side by side are one name no briefing
			// has ("Porto Torres"): together they are what the
			// question turns on.
			pos := -1
			if i := slices.IndexFunc(words, func(x queryWord) bool { return x.concept == c }); i >= 0 && (isName(words[i].stem) || capitalizedIn(question, words[i].word)) {
				pos = words[i].pos
			}
			if pos >= 0 && pos == runEnd+1 {
				run += w
			} else {
				run = w
			}
			runEnd = pos
			q.dominant = max(q.dominant, run)
			if keepUnknown {
				if i := slices.IndexFunc(words, func(x queryWord) bool { return x.concept == c }); i >= 0 {
					q.unknown = append(q.unknown, words[i].word)
				}
			}
		}
		// Chat is neither for nor against an answer; a weak word is
		// against when an entry lacks it, and cannot make up for a
		// telling word it lacks.
		if !chat[c] {
			q.tellingTotal += w
			if weak[c] && !slices.ContainsFunc(words, func(x queryWord) bool { return x.concept == c && timeWords[x.word] }) {
				q.weak |= bit[c]
			}
		}
		q.total += w
	}
	if !telling {
		return &query{} // only weak words: small talk, not a question
	}
	q.dominant = max(q.dominant, v.unknownName(question, words, weight, bit[:], weak))
	// What a how-to question asks to do, by its concept.
	if howVerb >= 0 && howVerb < len(words) && words[howVerb].concept >= 0 {
		q.howVerb = bit[words[howVerb].concept]
	}
	if i := deedAsked(words); i >= 0 && words[i].concept >= 0 {
		q.deed = bit[words[i].concept]
	}
	// The focus is the head of the phrase asked for, its last word that
	// is not weak: "budget" in "the annual defence budget".
	// The word before it, when it is telling too, names which one:
	// "exchange rate" is no rate of tariffs.
	for m := focusOf(words); m != 0; {
		c := 63 - bits.LeadingZeros64(m)
		m &^= 1 << c
		if q.focus == 0 && m != 0 && ruleNoun(words, c) {
			continue // "the cancellation policy" asks for "Cancellation"
		}
		if !weak[c] {
			if bit[c] == 0 {
				return &query{} // what is asked for is nowhere in the base
			}
			if q.focus != 0 {
				q.focus |= bit[c]
				break
			}
			q.focus = bit[c]
		}
	}
	for _, j := range v.joinedTerms(words, joined) {
		terms = append(terms, term{j.term, 1, 1 << j.concept, exactMatch})
	}
	// A related word names what the question does only for a word the
	// base lacks ("saigon": "ho chi minh city"). A word the base has is
	// a name as asked or not at all: "poles" are Poles, Europeans, only
	// in a rarer meaning, and a Bactrian camel is still a camel.
	var asked uint32
	for _, t := range terms {
		if t.level == exactMatch {
			for m := t.concepts; m != 0; m &= m - 1 {
				asked |= bit[bits.TrailingZeros64(m)]
			}
		}
	}
	q.items = make([]queryTerm, 0, len(terms)) // made once, not grown
	for _, t := range terms {
		var concepts uint32
		for m := t.concepts; m != 0; m &= m - 1 {
			concepts |= bit[bits.TrailingZeros64(m)]
		}
		if concepts != 0 {
			q.items = append(q.items, queryTerm{term: t.term, weight: t.weight, concepts: concepts, level: t.level})
			// A correction kept only to rank by (see above) weighs
			// nothing: "amount" read as "mount" selects no mountain.
			if v.selector[t.term] && weighs(weight, t.concepts) && (t.weight >= minSelectorWeight || t.level == approxMatch && isDemonym(words, t.concepts, v.stemOf[t.term])) {
				q.selectors |= concepts
			}
			if stem := v.stemOf[t.term]; (t.level != looseMatch || concepts&asked == 0) && v.writes(v.cases[t.term]) == wordCapital && isName(stem) && !isDigit(stem[0]) && unitSymbols[stem] == nil {
				q.names |= concepts
			}
		}
	}
	for i, w := range words {
		if w.concept >= 0 && i > 0 && capitalizedIn(plain, w.word) && !writtenInCapitals(plain, w.word) {
			q.capitalized |= bit[w.concept]
		}
	}
	// A place or body the question names that no briefing the audience
	// reads has, with no name beside it that one has, is what the
	// question is about: "will the Ljubljana bike co-op open on Sundays"
	// asks nothing of another town's opening hours, however much else
	// of it they match.
	if namesStranger(plain, words, weight, bit[:], weak, dropped, q.capitalized&asked) {
		q.dominant = q.tellingTotal
	}
	if q.amount {
		for _, w := range words {
			if w.concept >= 0 && !priceWords[w.word] && !priceVerbs[w.word] {
				q.priced |= bit[w.concept]
			}
		}
		q.priced &= q.telling &^ q.selectors
	}
	if q.measure != nil {
		for _, w := range words {
			if w.concept >= 0 && measures[w.word] == nil && !q.measure.stems[w.stem] {
				q.measured |= bit[w.concept]
			}
		}
		q.measured &= q.telling &^ q.selectors
	}
	// A bare noun phrase ends in its head: "reserve" in "maple syrup
	// strategic reserve".
	if len(words) >= 2 && !slices.ContainsFunc(words, func(w queryWord) bool { return w.concept < 0 }) {
		for i := len(words) - 1; i >= 0; i-- {
			if c := bit[words[i].concept]; c&q.telling != 0 && c&q.names == 0 {
				q.head = c
				break
			}
		}
	}
	return q
}

// stripChatMarkup blanks out what chat platforms put in a message that is
// not words of the question: mentions and channel links ("<@U123>",
// "<#C1|general>", "<!here>", "@briefbot") and emoji codes (":pray:").
func stripChatMarkup(q string) string {
	if !strings.ContainsAny(q, "<@:") {
		return q
	}
	b := []byte(q)
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '<':
			if j := strings.IndexByte(q[i:], '>'); j > 1 && strings.ContainsRune("@#!", rune(q[i+1])) {
				blank(b[i : i+j+1])
				i += j
			}
		case '@':
			if i == 0 || b[i-1] == ' ' || b[i-1] == '(' {
				j := i + 1
				for j < len(b) && (isWordByte(b[j]) || b[j] == '.') {
					j++
				}
				blank(b[i:j])
				i = j - 1
			}
		case ':':
			j := i + 1
			for j < len(b) && (isWordByte(b[j]) || b[j] == '+') {
				j++
			}
			if j < len(b) && b[j] == ':' && j > i+1 && (j+1 == len(b) || !isWordByte(b[j+1])) {
				blank(b[i : j+1])
				i = j
			}
		}
	}
	return string(b)
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-'
}

func blank(b []byte) {
	for i := range b {
		b[i] = ' '
	}
}

// isDemonym reports whether the one word of concepts is the people or
// adjective of the place name stem names, as "slovenian" is of Slovenia
// and "vietnamese" of Vietnam: a selector as much as the name.
func isDemonym(words []queryWord, concepts uint64, stem string) bool {
	if bits.OnesCount64(concepts) != 1 {
		return false
	}
	root := strings.TrimRight(stem, "aeiouy")
	if len(root) < 4 {
		return false
	}
	c := bits.TrailingZeros64(concepts)
	for _, w := range words {
		if w.concept == c {
			return len(w.word) > len(stem) && strings.HasPrefix(w.word, root)
		}
	}
	return false
}

// minSelectorWeight is the least weight of a term that makes its concept
// a selector: a word as asked, a typo corrected, not a looser relative.
const minSelectorWeight = 0.75

// focusOf returns the concepts a fact-seeking question asks for: the
// words right after "what is the", "who are the", "how many" or "how
// much", up to the first word that is not a concept ("of", "for", "in").
// The question must open with it, chat aside: "volunteers who warn
// villages" asks for no "warn". Without an article ("what is MDA", "who
// is fixing the seawall") the question names its subject, not a fact
// about it, and has no focus.
func focusOf(words []queryWord) uint64 {
	i := slices.IndexFunc(words, func(w queryWord) bool { return !filler[w.word] })
	if i < 0 {
		return 0
	}
	j := i + 1
	switch words[i].word {
	case "how":
		if j == len(words) || words[j].word != "much" && words[j].word != "many" {
			return 0
		}
		j++
		for j < len(words) && words[j].concept < 0 && (focusVerbs[words[j].word] || articles[words[j].word]) {
			j++
		}
	case "what", "whats", "who", "whos":
		// One fact: "what is the", not "what are the maritime
		// initiatives", which asks for a list of what is about them.
		if w := words[i].word; w != "whats" && w != "whos" {
			if j == len(words) || !singularVerbs[words[j].word] {
				return 0
			}
		}
		for j < len(words) && focusVerbs[words[j].word] {
			j++
		}
		determined := false
		if j < len(words) && articles[words[j].word] {
			j, determined = j+1, true
		}
		// An owner stands for an article: "what is Kenya's budget".
		for j < len(words) && words[j].possessive {
			j, determined = j+1, true
		}
		if !determined {
			return 0
		}
	default:
		return factAsked(words[i:])
	}
	var focus uint64
	for ; j < len(words) && words[j].concept >= 0 && words[j].pos == words[j-1].pos+1 && words[j].word != "per"; j++ {
		if words[i].word == "how" && priceVerbs[words[j].word] {
			// "how much does a 21 year old pay": the amount is asked of
			// its payer's last word, and no entry need say "pay".
			if j > 0 && words[j-1].concept >= 0 {
				focus = 1 << words[j-1].concept
				// "how much does wasp nest removal cost": the price
				// of the thing the deed is done to.
				if k := j - 2; k >= 0 && words[k].concept >= 0 && words[k].pos == words[j-1].pos-1 && isDeedNoun(words[j-1].word) {
					focus = 1 << words[k].concept
				}
			}
			break
		}
		focus |= 1 << words[j].concept // not past "per": "how much is parking per day" asks of parking
	}
	return focus
}

// ruleNoun reports whether concept c of words is one of ruleNouns,
// which names a rule by what it is about, the word before it.
func ruleNoun(words []queryWord, c int) bool {
	i := slices.IndexFunc(words, func(w queryWord) bool { return w.concept == c })
	return i >= 0 && ruleNouns[words[i].word]
}

// ruleNouns name a rule or a way of doing by what it is about.
var ruleNouns = map[string]bool{
	"policy": true, "policies": true, "process": true, "procedure": true, "procedures": true,
}

// isDeedNoun reports whether w names a deed by a verb's ending:
// "removal", "disposal", "renewal", "installation", "replacement",
// "cleaning", "maintenance".
func isDeedNoun(w string) bool {
	for _, end := range []string{"oval", "sal", "wal", "tion", "ment", "ing", "ance"} {
		if len(w) >= len(end)+3 && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// factAsked returns the concepts of a fact a question opens with, without
// a question word: "budget for the patrol boat refit", "annual cost of
// the scheme". It is a fact noun, with at most one word before it, that
// "of", "for" or "per" follows.
func factAsked(words []queryWord) uint64 {
	for k := 0; k < len(words) && k < 2; k++ {
		w := words[k]
		if w.concept < 0 || k > 0 && w.pos != words[k-1].pos+1 {
			return 0
		}
		if factNouns[w.word] && k+1 < len(words) && factLinks[words[k+1].word] && words[k+1].pos == w.pos+1 {
			var focus uint64
			for _, x := range words[:k+1] {
				focus |= 1 << x.concept
			}
			return focus
		}
	}
	return 0
}

// factNouns name facts a question asks for; factLinks join one to what it
// is about.
var (
	factNouns = map[string]bool{
		"budget": true, "budgets": true, "cost": true, "costs": true, "price": true,
		"prices": true, "number": true, "numbers": true, "population": true,
		"salary": true, "salaries": true, "amount": true, "total": true, "figure": true,
		"figures": true, "percentage": true, "rate": true, "rates": true, "toll": true,
		"size": true, "deadline": true, "date": true, "dates": true, "timeline": true,
		"spending": true, "premium": true, "premiums": true, "fee": true, "fees": true,
	}
	factLinks = map[string]bool{"of": true, "for": true, "per": true}
)

// mistypedName reports whether a word that English knows only as a name
// the base lacks ("typhon", "chian") is likelier a typing slip for a word
// the base has ("typhoon", "chain"): a word of some length, one letter
// off, beginning with the same letter.
func mistypedName(word, stem string, fixes []correction) bool {
	if !lexicon.Name(stem) || utf8.RuneCountInString(word) < sureCorrection {
		return false
	}
	for _, f := range fixes {
		if f.word[0] == word[0] && distance(word, f.word, 1) <= 1 {
			return true
		}
	}
	return false
}

// numberCore returns the part of a word of letters and digits up to its
// last digit, when no more than three letters follow: "97" of "97m", "k2"
// of "k2pl", "f16" of "f16s". Units and suffixes are written onto numbers
// in chat ("97m", "5km") and spelt out or hyphenated in briefings. It
// returns "" for any other word.
func numberCore(w string) string {
	last := strings.LastIndexFunc(w, func(r rune) bool { return r >= '0' && r <= '9' })
	if last < 0 || last == len(w)-1 || len(w)-last-1 > 3 {
		return ""
	}
	for _, r := range w[last+1:] {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return w[:last+1]
}

// asksMeaning reports whether words[i] asks what the rest means: "stand
// for" and "short for", "meaning", "define" opening a question and
// "mean" ending one or its clause ("what does SFR mean in kenya"). Such words frame a definition question; where a
// briefing happens to use them ("a standing link"), they must not pull
// its answer away from the definition asked for.
func asksMeaning(words []queryWord, i int) bool {
	switch w := words[i].word; {
	case meaningWords[w]:
		return true
	case w == "stand" || w == "stands" || w == "short":
		return i+1 < len(words) && words[i+1].word == "for"
	case w == "mean" || w == "means":
		// "... mean?", or "what does SFR mean in kenya".
		return i == len(words)-1 || i >= 2 && (words[i+1].word == "in" || words[i+1].word == "on" || words[i+1].word == "for") &&
			slices.ContainsFunc(words[:i-1], func(x queryWord) bool { return x.word == "does" || x.word == "do" })
	case w == "define":
		return i == 0
	case w == "full" || w == "short":
		return i+1 < len(words) && words[i+1].word == "form" // "BWDB full form", "its short form"
	case w == "form":
		return i > 0 && (words[i-1].word == "full" || words[i-1].word == "short")
	}
	return false
}

// messages are what chat calls the messages it refers back to.
var messages = map[string]bool{"message": true, "msg": true, "email": true, "mail": true, "note": true}

// signedFrom reports whether words[i] is part of a mail client's
// signature: "sent from my iPhone".
func signedFrom(words []queryWord, i int) bool {
	for k := max(0, i-3); k <= i && k+2 < len(words); k++ {
		if words[k].word == "sent" && words[k+1].word == "from" && words[k+2].word == "my" {
			return true
		}
	}
	return false
}

// isClockTime reports whether a word is a time of day as chat writes
// it: "2pm", "10am".
func isClockTime(w string) bool {
	n := len(w)
	if n < 3 || n > 4 || w[n-1] != 'm' || w[n-2] != 'a' && w[n-2] != 'p' {
		return false
	}
	for _, c := range w[:n-2] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// kindOf reports whether the i-th word asks which kind of a thing:
// "what kind of bag", "which sort of boots", "any type of ID". The
// thing is what the question is about; "kind" only frames it.
func kindOf(words []queryWord, i int) bool {
	return kinds[words[i].word] && i+1 < len(words) && words[i+1].word == "of" && i > 0 && kindAskers[words[i-1].word]
}

// kindAfter reports whether the i-th word, the question's last, asks
// which kind of the thing just before it: "storage padlock type".
func kindAfter(words []queryWord, i int) bool {
	return kinds[words[i].word] && i == len(words)-1 && i > 0 && words[i-1].pos == words[i].pos-1 && words[i-1].concept >= 0
}

var (
	kinds      = map[string]bool{"kind": true, "kinds": true, "sort": true, "sorts": true, "type": true, "types": true}
	kindAskers = map[string]bool{"what": true, "which": true, "any": true, "whatever": true, "what's": true, "whats": true, "these": true, "those": true, "this": true, "that": true, "some": true}
)

// asksWhatIs reports whether a question opens, chat aside, with "what
// is", "what are" or "whats".
func asksWhatIs(words []queryWord) bool {
	i := slices.IndexFunc(words, func(w queryWord) bool { return !filler[w.word] })
	switch {
	case i < 0:
		return false
	case words[i].word == "whats":
		return true
	case words[i].word != "what" || i+1 == len(words):
		return false
	}
	next := words[i+1].word
	return next == "is" || next == "are"
}

// reversedCompound returns the term of the word English makes of an
// action and its object, object first: "keeping bees" is beekeeping,
// "building ships" shipbuilding.
func (v *view) reversedCompound(action, object queryWord) (int32, bool) {
	if action.stem == "" || len(object.word) < 3 {
		return 0, false
	}
	for _, o := range [...]string{object.stem, strings.TrimSuffix(object.word, "s"), strings.TrimSuffix(object.word, "ies") + "y"} {
		if o == "" || o == "y" {
			continue
		}
		if t, ok := v.stem(o + action.stem); ok {
			return t, true
		}
	}
	return 0, false
}

// shorthand maps the clipped words of chat to the words briefings spell
// out; a base that uses the short form itself keeps it. Clippings with
// another common meaning are left out: "mil" (million), "min" (minutes),
// "med" (the Mediterranean), "ag" (attorney general).
var shorthand = map[string]string{
	"govt": "government", "gov": "government", "govts": "governments", "intl": "international",
	"natl": "national", "dept": "department", "depts": "departments", "mgmt": "management",
	"uni": "university", "unis": "universities", "admin": "administration", "infra": "infrastructure",
	"comms": "communications", "ops": "operations", "econ": "economic",
	"edu": "education", "env": "environment", "tech": "technology", "reqs": "requirements",
	"docs": "documents", "exec": "executive", "pres": "president", "approx": "approximately",
	"org": "organization", "orgs": "organizations", "amb": "ambassador", "meds": "medicines",
	"vax": "vaccine", "vaxx": "vaccine", "jab": "vaccine", "jabs": "vaccines",
	"coop": "cooperative", "coops": "cooperatives", "evac": "evacuation", "evacs": "evacuations",
	"stats": "statistics", "agri": "agriculture", "agric": "agriculture", "pharma": "pharmaceutical",
	"hosp": "hospital", "dev": "development", "yr": "year", "yrs": "years", "wk": "week", "wks": "weeks",
	"assoc": "association", "transpo": "transportation", "ppl": "people", "emerg": "emergency",
	"intel": "intelligence", "max": "maximum", "hep": "hepatitis", "physio": "physiotherapy",
	"physios": "physiotherapists",
	// Months as dates write them; "mar" and "may" are words of their own.
	"jan": "january", "feb": "february", "apr": "april", "jun": "june", "jul": "july", "aug": "august",
	"sep": "september", "sept": "september", "oct": "october", "nov": "november", "dec": "december",
}

// withoutCompany writes "alone" for the phrases that say it in words a
// search drops ("on my own", "by myself"): "can I climb it on my own"
// asks whether a guide is needed.
func withoutCompany(q string) string {
	if !strings.Contains(q, " own") && !strings.Contains(q, "sel") {
		return q
	}
	return companyPhrases.Replace(q)
}

var companyPhrases = strings.NewReplacer(
	"on my own", "alone", "on our own", "alone", "on your own", "alone",
	"on their own", "alone", "on his own", "alone", "on her own", "alone",
	"by myself", "alone", "by ourselves", "alone", "by yourself", "alone",
	"by yourselves", "alone", "by themselves", "alone", "by himself", "alone",
	"by herself", "alone",
)

// givingVerbs give, and foods are what is given to animals; feedWords
// are what briefings write of it.
var (
	givingVerbs = map[string]bool{
		"give": true, "giving": true, "gives": true, "gave": true, "toss": true, "tossing": true,
		"throw": true, "throwing": true, "offer": true, "offering": true, "share": true, "hand": true,
	}
	foods = map[string]bool{
		"bread": true, "banana": true, "bananas": true, "sandwich": true, "sandwiches": true,
		"snack": true, "snacks": true, "carrot": true, "carrots": true, "apple": true, "apples": true,
		"fruit": true, "treat": true, "treats": true, "biscuit": true, "biscuits": true,
		"cracker": true, "crackers": true, "crisps": true, "chips": true, "peanuts": true,
		"nuts": true, "seeds": true, "popcorn": true, "cake": true, "leftovers": true,
		"scraps": true, "crumbs": true, "sweets": true, "candy": true, "chocolate": true,
		"food": true, "meat": true,
	}
	feedWords = []string{"feed", "feeding", "fed", "food"}
)

// yearWords say "year" in "a 9 year old", and ageWords are what
// briefings write of an age.
var (
	yearWords = map[string]bool{"year": true, "years": true, "yr": true, "yrs": true}
	ageWords  = []string{"age", "aged", "ages", "minimum age", "child", "children", "minor", "minors", "junior", "adult", "adults", "older", "younger", "under"}
)

// kin are the people an asker may speak for: family, friends and the
// young ("can my toddler ride the train").
var kin = map[string]bool{
	"son": true, "sons": true, "daughter": true, "daughters": true,
	"husband": true, "wife": true, "partner": true, "mum": true, "mom": true,
	"dad": true, "mother": true, "father": true, "parents": true,
	"grandma": true, "grandpa": true, "granny": true, "grandmother": true,
	"grandfather": true, "grandparents": true, "grandson": true,
	"granddaughter": true, "grandchildren": true, "grandkids": true,
	"nephew": true, "niece": true, "cousin": true, "brother": true, "sister": true,
	"boyfriend": true, "girlfriend": true, "fiance": true, "fiancee": true,
	"friend": true, "friends": true, "mate": true, "mates": true, "buddy": true,
	"colleague": true, "colleagues": true, "baby": true, "babies": true,
	"toddler": true, "toddlers": true, "kid": true, "kids": true,
	"teen": true, "teens": true, "teenager": true, "teenagers": true,
}

// colloquial maps everyday words, and new ones, that WordNet lacks or
// gives other senses of to the words briefings write for them. Unlike
// shorthand's, they are expansions: a base that has the everyday word
// finds it too.
// placeOfPeople returns the place and its adjective for a people or
// an adjective of place that WordNet does not derive from the place:
// "finns" are of Finland, "chinese" of China.
func placeOfPeople(w string) ([]string, bool) {
	p, ok := peoples[w]
	if !ok && strings.HasSuffix(w, "s") {
		p, ok = peoples[w[:len(w)-1]]
	}
	return p, ok
}

// peoples are the peoples and adjectives of places that WordNet gives
// no derivation of their place for, with the place and its adjective.
var peoples = map[string][]string{
	"finn": {"finland", "finnish"}, "swede": {"sweden", "swedish"}, "dane": {"denmark", "danish"},
	"brit": {"britain", "british", "uk"}, "serb": {"serbia", "serbian"}, "croat": {"croatia", "croatian"},
	"slovak": {"slovakia", "slovakian"}, "czech": {"czechia", "czech"}, "kazakh": {"kazakhstan", "kazakhstani"},
	"uzbek": {"uzbekistan", "uzbekistani"}, "tajik": {"tajikistan", "tajikistani"}, "kyrgyz": {"kyrgyzstan", "kyrgyzstani"},
	"icelander": {"iceland", "icelandic"}, "icelandic": {"iceland"}, "chinese": {"china"}, "japanese": {"japan"},
	"vietnamese": {"vietnam", "viet"}, "lebanese": {"lebanon"}, "portuguese": {"portugal"}, "senegalese": {"senegal"},
	"argentine": {"argentina", "argentinian"}, "taiwanese": {"taiwan"}, "nepalese": {"nepal", "nepali"},
	"bhutanese": {"bhutan"}, "maltese": {"malta"}, "faroese": {"faroe", "faroes"}, "greenlandic": {"greenland"},
	"greenlander": {"greenland"}, "emirati": {"emirates", "uae"}, "thai": {"thailand"}, "filipino": {"philippines"},
	"filipina": {"philippines"}, "laotian": {"laos"}, "turk": {"turkey", "turkish"},
	"sri": {"lanka"}, "lankan": {"lanka"}, "burmese": {"myanmar", "burma"}, "sudanese": {"sudan"},
	"togolese": {"togo"}, "congolese": {"congo"}, "guyanese": {"guyana"}, "surinamese": {"suriname"},
	"beninese": {"benin"}, "gabonese": {"gabon"}, "malian": {"mali"}, "nigerien": {"niger"}, "kosovar": {"kosovo"},
	"montenegrin": {"montenegro"}, "bosnian": {"bosnia"}, "macedonian": {"macedonia"}, "moldovan": {"moldova"},
	"belarusian": {"belarus"}, "azerbaijani": {"azerbaijan"}, "azeri": {"azerbaijan"}, "turkmen": {"turkmenistan"},
	"mongol": {"mongolia", "mongolian"}, "timorese": {"timor"}, "papuan": {"papua"}, "bruneian": {"brunei"},
}

// respelt returns the standard spelling of a word written as it sounds
// at its end: "moonlite" is "moonlight", "tonite" "tonight".
func respelt(w string) ([]string, bool) {
	for _, r := range soundSpellings {
		if stem, ok := strings.CutSuffix(w, r[0]); ok {
			return []string{stem + r[1]}, true
		}
	}
	return nil, false
}

// soundSpellings are the endings chat writes as they sound, with the
// standard spelling of each.
var soundSpellings = [][2]string{{"lite", "light"}, {"nite", "night"}, {"rite", "right"}, {"thru", "through"}}

// checking, removing and sleeping are what briefings write for making
// sure of a thing, taking it away and sleeping somewhere.
var (
	checking = []string{"check", "checks", "inspection", "inspections", "ensure", "verify", "verification", "monitor", "monitoring", "audit"}
	removing = []string{"collect", "collected", "collection", "remove", "removed", "removal", "tow", "towed", "confiscate", "confiscated"}
	sleeping = []string{"overnight", "camping", "camp", "accommodation", "lodging", "stay", "stays"}
)

var colloquial = map[string][]string{
	"quadcopter": {"drone"}, "quadcopters": {"drones"}, "quadcoptor": {"drone"},
	"poo":  {"dung", "droppings", "faeces", "feces", "excrement", "manure", "waste"},
	"poop": {"dung", "droppings", "faeces", "feces", "excrement", "manure", "waste"},
	"pee":  {"urine"}, "loo": {"toilet"}, "loos": {"toilets"},
	"mum": {"mother"}, "mums": {"mothers"}, "mom": {"mother"}, "moms": {"mothers"},
	"paperwork": {"documents", "documentation", "forms", "papers"},
	"ladies":    {"women"}, "gents": {"men"}, "guy": {"man"}, "guys": {"men", "people"},
	"kid": {"child"}, "kids": {"children"}, "kiddies": {"children"},
	"baby": {"young", "juvenile", "hatchling"}, "babies": {"young", "juveniles", "hatchlings", "offspring"},
	"cop": {"police"}, "cops": {"police"}, "booze": {"alcohol"},
	"suncream": {"sunscreen"}, "sunblock": {"sunscreen"}, "sun cream": {"sunscreen"}, "grub": {"food"},
	"selfie": {"photo"}, "selfies": {"photos"}, "wifi": {"internet"},
	"telly": {"television"}, "freebie": {"free"}, "freebies": {"free"},
	"pic": {"photo"}, "pics": {"photos"}, "picture": {"photo", "photograph"}, "pictures": {"photos", "photographs", "photography"}, "vid": {"video"}, "vids": {"videos"},
	"grandma": {"grandmother"}, "granny": {"grandmother"}, "grandpa": {"grandfather"},
	"dad": {"father"}, "dads": {"fathers"}, "pooch": {"dog"}, "pooches": {"dogs"}, "doggo": {"dog"},
	"aussie": {"australian"}, "aussies": {"australians"},
	"brekkie": {"breakfast"}, "arvo": {"afternoon"}, "lunchtime": {"midday", "noon", "lunch"},
	"dearer": {"expensive"}, "pricey": {"expensive"},
	"teen": {"junior", "youth", "young", "minor", "age"}, "teens": {"juniors", "youth", "young", "minors", "age"},
	"teenager": {"junior", "youth", "young", "minor", "age"}, "teenagers": {"juniors", "youth", "young", "minors", "age"},
	// What one gets rid of is removed, culled or banned.
	"rid": {"remove", "removal", "removed", "control", "cull", "culling", "eradication", "ban", "cleanup", "disposal"},
	// Who makes sure of a thing checks it.
	"make sure": checking, "makes sure": checking, "making sure": checking,
	// What is taken away is collected or removed.
	"take away": removing, "takes away": removing, "taken away": removing, "taking away": removing, "took away": removing,
	// How many fit is how many a boat or a room may carry or seat.
	"fit":     {"carry", "carries", "capacity", "limit", "cap", "maximum", "seat", "seats", "hold", "holds"},
	"cheap":   {"affordable", "inexpensive", "budget", "discount", "low-cost"},
	"cheaper": {"discount", "discounted", "reduced", "concession", "subsidised", "subsidized", "lower"}, "overnite": {"overnight"}, "nite": {"night"},
	"tix": {"tickets"}, "pax": {"passengers"}, "bday": {"birthday"}, "hrs": {"hours"}, "mins": {"minutes"},
	"brolly": {"umbrella"}, "brollies": {"umbrellas"},
	"stuck": {"stranded", "trapped", "stopped"},
	// Where one sleeps is where one stays the night.
	// Herders' and farmers' animals are their livestock.
	"animals": {"livestock", "herds", "flocks", "cattle"}, "animal": {"livestock", "herd", "flock", "cattle"},
	// An inn is a guesthouse.
	"inn": {"guesthouse", "ryokan", "hotel", "lodge", "hostel", "accommodation"}, "inns": {"guesthouses", "ryokans", "hotels", "lodges", "hostels", "accommodation"},
	// Where one spends the night is where one stays overnight.
	"spend night": sleeping, "spends night": sleeping, "spending night": sleeping, "spent night": sleeping, "spend nights": sleeping,
	// Where and what one eats is food, a meal or a restaurant; what is
	// left over is a residue or a surplus.
	"eat":       {"food", "meal", "meals", "dining", "restaurant", "restaurants", "picnic"},
	"left over": {"leftover", "leftovers", "residue", "surplus", "remaining", "byproduct", "waste"},
	// The everyday words for stairs, rods, street stalls, excavation
	// and slopes.
	"steps": {"stairs", "staircase", "stairway"},
	"poles": {"rods", "sticks"}, "pole": {"rod", "stick"},
	"carts": {"stalls", "vendors", "vending", "kiosks"}, "cart": {"stall", "vendor", "vending", "kiosk"},
	"digging": {"excavation", "excavating", "excavate", "pit", "pits", "trench"}, "dug": {"excavated", "excavation", "pit", "pits"},
	"hill": {"slope", "hillside", "mountain"}, "hills": {"slopes", "hillsides", "mountains"},
	// What one wears is a dress code or clothing, a train a railway,
	// a hike a trek or trail, swimming bathing or snorkelling, and late
	// at night the evening.
	"wear":  {"dress", "clothing", "clothes", "attire", "outfit", "gear"},
	"train": {"railway", "rail", "railroad", "tramway"}, "trains": {"railways", "rail", "railroad", "tramways"},
	"hike": {"trek", "trail", "climb"}, "hikes": {"treks", "trails", "climbs"}, "hiking": {"trekking", "trail", "climbing"},
	"swim": {"bathe", "bathing", "snorkel", "snorkelling"},
	"late": {"night", "evening", "evenings"},
	// What one packs one brings, and notice is given ahead or in
	// advance.
	"pack": {"bring"}, "notice": {"ahead", "advance"},
	// The words briefings write for a penalty (a fine), hawkers, filming,
	// gathering, paths, what is nearby, dirty water, storms, shops
	// and yards.
	"penalty": {"fine", "fines", "sanction", "sanctions"}, "penalties": {"fines", "sanctions"}, "punishment": {"fine", "fines", "sanction", "penalty"},
	"hawker": {"vendor", "vendors", "stallholder", "trader", "seller", "stall"}, "hawkers": {"vendors", "stallholders", "traders", "sellers", "stalls"},
	"film":   {"filming", "photography", "photographs", "video", "videos", "record", "recording"},
	"gather": {"collect", "collecting", "harvest", "harvesting", "pick", "picking", "forage", "foraging", "meet", "assemble"},
	"path":   {"trail", "track", "route", "walkway"}, "paths": {"trails", "tracks", "routes", "walkways"},
	"nearby": {"near", "close", "local", "neighbouring", "neighboring", "nearest", "adjacent"},
	"dirty":  {"unclean", "polluted", "waste", "effluent", "contaminated", "grey", "gray"},
	"storm":  {"hail", "wind", "weather", "gale"}, "storms": {"hail", "winds", "weather", "gales"},
	"shop": {"store", "business", "retailer", "seller", "stall", "outlet"}, "shops": {"stores", "businesses", "retailers", "sellers", "stalls", "outlets"},
	"yard": {"garden", "gardens", "backyard"},
	// A wheelchair asks of access, sunset of the night, dumping of
	// discharge, a rough sea of swell and wind, and lifts of funiculars.
	"wheelchair": {"accessible", "accessibility", "step-free", "mobility", "disabled"}, "wheelchairs": {"accessible", "accessibility", "step-free", "mobility", "disabled"},
	"sunset":  {"night", "dark", "dusk", "evening"},
	"dumping": {"discharge", "discharging", "disposal", "dispose"}, "dump": {"discharge", "disposal", "dispose"},
	"smashed": {"broken", "vandalised", "vandalized", "damaged", "vandal"},
	"rough":   {"swell", "waves", "choppy", "storm", "wind"},
	"clothes": {"clothing", "costume", "costumes", "layers", "garments"},
	"female":  {"women", "woman", "girls"},
	"grass":   {"pasture", "forage", "mowing", "verge", "lawn"},
	"lift":    {"funicular", "elevator", "ride"}, "lifts": {"funiculars", "elevators", "rides"},
	"losing":   {"loss", "losses", "deficit"},
	"downtown": {"centre", "center", "central", "city"},
	"wheels":   {"tyres", "tires", "mobile"},
	// Pills are tablets, a chopper a helicopter, a lounger a sunbed,
	// what is dodgy unsafe or fake, an army the military. ("doctor" as
	// a clinic put "Battery Clinic" before the "Battery Doctor" asked.)
	"pill": {"tablet", "tablets", "medication", "medicine", "drug", "dose"}, "pills": {"tablets", "medication", "medicines", "drugs", "doses"},
	"chopper": {"helicopter"}, "choppers": {"helicopters"},
	"lounger": {"sunbed", "deckchair"}, "loungers": {"sunbeds", "deckchairs"},
	"dodgy":    {"unsafe", "faulty", "fake", "counterfeit", "suspicious", "illegal", "unlicensed"},
	"army":     {"military", "defence", "defense", "soldiers"},
	"disaster": {"emergency", "catastrophe", "crisis"}, "disasters": {"emergencies", "catastrophes", "crises"},
	// A qualification is a course or licence, a duration a length,
	// pensioners seniors, what is legal allowed by the rules, rockets
	// fireworks, a packed place crowded, an official guide licensed.
	"qualification": {"course", "licence", "license", "certificate", "certification", "training"}, "qualifications": {"courses", "licences", "licenses", "certificates", "certification", "training"},
	"duration":  {"length", "long", "minutes", "hours"},
	"pensioner": {"senior", "retiree", "retired", "elderly"}, "pensioners": {"seniors", "retirees", "retired", "elderly"},
	"queasy": {"seasick", "seasickness", "nausea", "sick"},
	"legal":  {"allowed", "permitted", "law", "rules", "illegal", "ban", "banned"},
	"fake":   {"false", "misinformation", "counterfeit", "bogus", "fraudulent"},
	"hacker": {"cyberattack", "ransomware", "attacker", "cyber"}, "hackers": {"cyberattacks", "ransomware", "attackers", "cyber"},
	"disagreement": {"dispute", "disputes", "row"},
	"ripped off":   {"scam", "scammed", "overcharged", "overcharging", "fraud", "complaint", "complaints"},
	"rockets":      {"fireworks"}, "rocket": {"firework", "fireworks"},
	"packed":   {"crowded", "crowds", "crowd", "full", "capacity"},
	"official": {"licensed", "licence", "authorised", "authorized", "badge", "registered", "accredited"},
	"locals":   {"residents", "resident", "citizens", "nationals"},
	"stairs":   {"steps", "staircase", "stairway"},
	"choppy":   {"waves", "wind", "winds", "swell", "rough"},
	"bargain":  {"haggling", "haggle", "negotiate", "negotiating"}, "haggle": {"haggling", "bargaining", "negotiate"},
	"snap":  {"photos", "photography", "photograph", "pictures"},
	"rains": {"weather", "rain"}, "rained": {"weather", "rain"},
	"candles": {"candlelit", "candlelight"}, "candle": {"candlelit", "candlelight"},
	"lifevests": {"jackets", "lifejackets"}, "lifevest": {"jacket", "lifejacket"},
	"bug spray": {"repellent", "insecticide"},
	"jeep":      {"4x4", "taxi", "suv"}, "jeeps": {"4x4", "taxis", "suvs"},
	// A mountain hut is a refuge.
	"hut": {"refuge", "shelter", "cabin", "lodge"}, "huts": {"refuges", "shelters", "cabins", "lodges"},
	"sleep": sleeping, "sleeps": sleeping, "sleeping": sleeping, "slept": sleeping,
	// Whether one may go alone is whether one must go with a guide.
	"alone": {"unaccompanied", "accompanied", "unguided", "guided", "guide", "solo", "independently", "unsupervised", "supervised"},
	// Words newer than WordNet 3.0.
	"smartphone": {"phone", "mobile"}, "smartphones": {"phones", "mobiles"},
	"covid": {"coronavirus", "pandemic"}, "vape": {"smoking", "smoke"}, "vapes": {"smoking", "smoke"},
	"vaping": {"smoking"}, "ebike": {"bicycle", "bike"}, "ebikes": {"bicycles", "bikes"},
	"escooter": {"scooter"}, "escooters": {"scooters"}, "bikeshare": {"bicycle", "bike"},
	"rideshare": {"taxi"}, "airbnb": {"rental", "accommodation"}, "livestream": {"broadcast", "stream"},
}

// spelledOut returns the words a clipped word stands for: its
// shorthand, and for "id" the words it abbreviates.
func spelledOut(w string) []string {
	if w == "id" || w == "ids" {
		return []string{"identity", "identification"}
	}
	if full, ok := shorthand[w]; ok {
		return []string{full}
	}
	return nil
}

// placeInitials are the initials chat writes for places whose names are
// several words; a base that writes the initials itself keeps them.
var placeInitials = map[string][]string{
	"nz": {"new", "zealand"}, "png": {"papua", "new", "guinea"}, "uae": {"united", "arab", "emirates"},
	"drc": {"democratic", "republic", "congo"}, "usa": {"united", "states"},
	"uk": {"united", "kingdom"}, "rsa": {"south", "africa"}, "dprk": {"north", "korea"},
	"bih": {"bosnia", "herzegovina"}, "hk": {"hong", "kong"}, "nyc": {"new", "york"},
	"hcmc": {"ho", "chi", "minh"}, "cdmx": {"mexico", "city"}, "kl": {"kuala", "lumpur"},
	// Not places, but as common, and too short for the base's initials
	// (see minAcronym).
	"ev": {"electric", "vehicle"}, "evs": {"electric", "vehicles"},
}

// formulas are the chemical formulas questions write for what briefings
// name in words; WordNet knows a few ("co2") and none of these.
var formulas = map[string][]string{
	"so2": {"sulphur", "dioxide"}, "no2": {"nitrogen", "dioxide"}, "nox": {"nitrogen", "oxides"},
	"ch4": {"methane"}, "n2o": {"nitrous", "oxide"}, "h2s": {"hydrogen", "sulphide"}, "nh3": {"ammonia"},
	"o3": {"ozone"}, "h2o": {"water"}, "nacl": {"salt"},
}

// writtenOut returns the words that a place's initials or a chemical
// formula stand for.
func writtenOut(word string) ([]string, bool) {
	if name, ok := placeInitials[word]; ok {
		return name, true
	}
	name, ok := formulas[word]
	return name, ok
}

// unitSymbols are the symbols of units of measure that briefings write
// beside a number, of two letters or more (one letter, "m" or "t", is
// too often something else), and the names they stand for.
var unitSymbols = map[string][]string{
	"km": {"kilometre", "kilometer"}, "kg": {"kilogram", "kilogramme"}, "mm": {"millimetre", "millimeter"},
	"cm": {"centimetre", "centimeter"}, "ha": {"hectare"}, "ml": {"millilitre", "milliliter"},
	"kw": {"kilowatt"}, "mw": {"megawatt"}, "gw": {"gigawatt"},
	"kwh": {"kilowatt"}, "mwh": {"megawatt"}, "gwh": {"gigawatt"}, "twh": {"terawatt"},
	"kv": {"kilovolt"}, "mph": {"mile"}, "kph": {"kilometre", "kilometer"}, "hp": {"horsepower"},
	"ft": {"foot", "feet"}, "lb": {"pound"}, "lbs": {"pound"}, "oz": {"ounce"}, "gal": {"gallon"},
	"db": {"decibel"}, "sq": {"square"},
}

// wattHour are the units of power that "hours" after them makes units of
// energy, by their symbols' names (see unitSymbols).
var wattHour = map[string]bool{
	"kilowatt": true, "megawatt": true, "gigawatt": true, "terawatt": true,
}

// priceStems are the stems of the words that name what a thing costs: asked
// what it costs, a table's "Price" column says.
var (
	priceStemList = []string{"price", "cost", "fee", "fare", "charg"}
	priceStems    = map[string]bool{"price": true, "cost": true, "fee": true, "fare": true, "charg": true}
)

// paidStems are the stems of the words that ask whether one pays: asked
// "do kids have to pay", a row "Children Under Twelve" priced "free"
// says, as does an entry "No Entry Fee" or "Free Admission".
var (
	paidStemList = []string{"pay", "price", "cost", "fee", "fare", "charg", "free"}
	paidStems    = map[string]bool{"pay": true, "price": true, "cost": true, "fee": true, "fare": true, "charg": true, "free": true}
)

// asksWhetherPaid reports whether a question asks whether something is
// paid for, as a yes or no: "do I have to pay to get in", "is there a
// fee", "does it cost anything", "is the museum free", not what it costs.
func asksWhetherPaid(words []queryWord) bool {
	first := slices.IndexFunc(words, func(w queryWord) bool { return !filler[w.word] })
	if first < 0 || !whetherWords[words[first].word] {
		return false
	}
	return slices.ContainsFunc(words[first+1:], func(w queryWord) bool { return paidStems[w.stem] })
}

// asksWhetherThere reports whether a question asks whether a place has
// a thing at all: "is there a restaurant at the garden", "are there
// lockers", "does the hostel have a pool", "does the museum sell
// guidebooks", "does the library lend laptops".
func asksWhetherThere(words []queryWord) bool {
	first := slices.IndexFunc(words, func(w queryWord) bool { return !filler[w.word] })
	if first < 0 || first+1 >= len(words) {
		return false
	}
	switch words[first].word {
	case "is", "are":
		return words[first+1].word == "there"
	case "does", "do":
		for i := first + 1; i < len(words); i++ {
			if i+1 < len(words) && words[i+1].word == "to" && (hasVerbs[words[i].word] || words[i].word == "need") {
				return false // not "do I have to wear a helmet", "do I need to hire a guide"
			}
			if hasVerbs[words[i].word] {
				return true
			}
		}
	}
	return false
}

// hasVerbs ask, after "does", whether a place has a thing.
var hasVerbs = map[string]bool{
	"have": true, "offer": true, "sell": true, "serve": true, "provide": true, "include": true,
	"give": true, "lend": true, "allow": true, "accept": true, "take": true, "do": true,
	"teach": true, "rent": true, "hire": true, "stock": true, "carry": true, "install": true,
	"repair": true, "fix": true, "fit": true, "test": true, "deliver": true,
}

// paysFor reports whether the word after "pay", words[i], or after
// "pay anything", says what is paid: "pay tax", "pay anything upfront",
// for which another word of price is no answer; "pay anything to
// snorkel" asks only whether one pays.
func paysFor(words []queryWord, i int) bool {
	next := func(i int) bool {
		return i+1 < len(words) && words[i+1].pos == words[i].pos+1 && words[i+1].concept >= 0
	}
	if !next(i) {
		return false
	}
	if w := words[i+1].word; w == "anything" || w == "something" {
		return next(i + 1)
	}
	return true
}

// opensQuestion are the words a question begins with, after any
// greeting, and maxGreeting the most words a greeting before them has.
// Not "who", "which", "where" or "when", which also follow a noun:
// "fishermen who let dolphins go".
var opensQuestion = map[string]bool{
	"how": true, "what": true, "whats": true, "why": true, "is": true, "are": true, "do": true, "does": true, "can": true, "could": true,
	"will": true, "would": true, "should": true, "any": true, "anyone": true, "please": true, "pls": true,
}

const maxGreeting = 3

// whetherWords begin a question asked as a yes or no.
var whetherWords = map[string]bool{
	"do": true, "does": true, "did": true, "is": true, "are": true, "will": true, "must": true,
}

// perWords make a period a rate ("per day", "a year"), and
// periodAdjectives name the rate in one word.
var (
	perWords         = map[string]bool{"per": true, "a": true, "an": true, "each": true, "every": true}
	periodAdjectives = map[string][]string{
		"day": {"daily"}, "week": {"weekly"}, "month": {"monthly"}, "year": {"annual", "yearly"},
		"hour": {"hourly"},
	}
)

// months are the months of the year in order, and monthWeight the
// weight of the months beside one asked.
var months = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

const monthWeight = 0.5

// seasonMonths are the months of each season, and monthSeasons the
// seasons of each month, January first.
var (
	seasonMonths = map[string][3]string{
		"winter": {"december", "january", "february"}, "spring": {"march", "april", "may"},
		"summer": {"june", "july", "august"}, "autumn": {"september", "october", "november"},
		"fall": {"september", "october", "november"},
	}
	monthSeasons = func() [12][]string {
		var out [12][]string
		for season, ms := range seasonMonths {
			for _, m := range ms {
				i := slices.Index(months, m)
				out[i] = append(out[i], season)
			}
		}
		for i := range out {
			slices.Sort(out[i])
		}
		return out
	}()
)

// howAttributes are the stems of the nouns that "how" and an adjective
// ask for (WordNet's attributes), and of the units they are measured
// in: "how old" an age, "how deep" a depth in metres or feet, "how
// heavy" a weight in kilograms.
var howAttributes = func() map[string][]string {
	m := map[string][]string{}
	for adj, nouns := range map[string][]string{
		"old": {"age", "aged"}, "young": {"age", "aged"}, "tall": {"height", "metre", "meter", "foot", "feet", "ft"},
		"high": {"height", "metre", "meter", "foot", "feet", "ft"}, "far": {"distance", "kilometre", "kilometer", "km", "mile", "metre", "meter", "foot", "feet"},
		"close": {"distance", "metre", "meter", "foot", "feet"}, "near": {"distance", "metre", "meter", "foot", "feet"},
		"deep": {"depth", "metre", "meter", "foot", "feet", "ft"}, "big": {"size"}, "large": {"size"},
		"heavy": {"weight", "weigh", "kilogram", "kg", "tonne", "ton", "pound", "lb"},
		"fast":  {"speed", "kph", "mph", "knot"}, "wide": {"width", "metre", "meter", "foot", "feet", "ft"},
		"often": {"frequency"}, "frequently": {"frequency"},
		"hot": {"temperature", "degree"}, "cold": {"temperature", "degree"}, "warm": {"temperature", "degree"},
	} {
		for _, n := range nouns {
			m[adj] = append(m[adj], snowStem(n))
		}
	}
	return m
}()

// measureUnits are the stems of the units a measure's noun is given in:
// "how much weight can a camel carry" is answered by "150 kg", "allotment
// shed size" by "2.4 by 1.8 metres". Only for a noun the base has: one
// it lacks ("depth limit for cave hotels") is a topic it lacks.
var measureUnits = func() map[string][]string {
	m := map[string][]string{}
	for noun, units := range map[string][]string{
		"weight":      {"kilogram", "kg", "tonne", "ton", "pound", "lb"},
		"temperature": {"degree", "celsius", "fahrenheit"},
		"size":        {"metre", "meter", "cm", "foot", "feet", "ft"},
		"height":      {"metre", "meter", "foot", "feet", "ft"},
		"depth":       {"metre", "meter", "foot", "feet", "ft"},
		"width":       {"metre", "meter", "cm", "foot", "feet", "ft"},
		"length":      {"metre", "meter", "kilometre", "kilometer", "km", "mile", "foot", "feet", "ft"},
		"distance":    {"metre", "meter", "kilometre", "kilometer", "km", "mile"},
		"area":        {"hectare", "acre", "square"},
	} {
		for _, u := range units {
			m[snowStem(noun)] = append(m[snowStem(noun)], snowStem(u))
		}
	}
	return m
}()

// unitForms maps the stem of a unit's name to its symbols and a
// symbol to the stems of its names (see unitSymbols).
var unitForms = func() map[string][]string {
	forms := map[string][]string{}
	for sym, names := range unitSymbols {
		for _, n := range names {
			st := snowStem(n)
			if st == sym {
				continue
			}
			forms[st] = append(forms[st], sym)
			if !slices.Contains(forms[sym], st) {
				forms[sym] = append(forms[sym], st)
			}
		}
	}
	return forms
}()

// bother lists the verbs of chat that apologise for asking when "you"
// follows them: "sorry to bug you", "not to pester you".
var (
	bother    = map[string]bool{"bug": true, "pester": true, "trouble": true, "disturb": true, "nag": true, "spam": true, "ping": true}
	addressee = map[string]bool{"you": true, "u": true, "ya": true, "yall": true, "guys": true, "all": true, "everyone": true, "youre": true, "ur": true}
)

// wellWishing reports whether words[i] wishes the reader well, as chat
// opens or closes: "hope" before whom it is said to ("hope you're well",
// "hope all is well", "hope this finds you well"), and the wish that
// follows it within a few words ("well", "good", "great").
func wellWishing(words []queryWord, i int) bool {
	switch w := words[i].word; {
	case w == "hope":
		return i+1 < len(words) && (addressee[words[i+1].word] || words[i+1].word == "this")
	case wishes[w]:
		for j := i - 1; j >= max(0, i-5); j-- {
			if words[j].word == "hope" {
				return wellWishing(words, j)
			}
		}
	}
	return false
}

// wishes are what one hopes the reader is.
var wishes = map[string]bool{"well": true, "good": true, "great": true, "fine": true, "ok": true, "okay": true}

// greetingPairs are greetings of two words, by their first word, whose
// words alone may be topics or names: "dan" and "dia" are names, "kia"
// a make of car, "god" and "bom" words of English.
var greetingPairs = map[string]map[string]bool{
	"dobar": {"dan": true}, "dobro": {"jutro": true, "vece": true},
	"selamat": {"siang": true, "sore": true, "malam": true, "datang": true},
	"bom":     {"dia": true}, "boa": {"tarde": true, "noite": true},
	"buenos": {"dias": true}, "buenas": {"tardes": true, "noches": true},
	"xin": {"chao": true}, "kia": {"ora": true}, "god": {"morgen": true, "dag": true},
	"kuzu": {"zangpo": true}, "tusen": {"takk": true, "tack": true}, "dobry": {"den": true},
	"khop": {"khun": true}, "khob": {"khun": true}, "guten": {"tag": true, "morgen": true, "abend": true},
	"sain": {"baina": true, "bainuu": true}, "assalomu": {"alaykum": true}, "salam": {"aleikum": true, "alaikum": true},
	"jo": {"napot": true, "reggelt": true, "estet": true}, // Hungarian
}

// salutation returns how many words open a question before an
// exclamation mark with more after it, if one to three do: "Góðan
// daginn! do I have to shower first?" opens with a greeting, which the
// base's words and WordNet may not know. Words of neither before it are
// chat, not topics the base lacks.
func salutation(s string) int {
	i := strings.IndexByte(s, '!')
	if i < 0 || strings.TrimSpace(s[i+1:]) == "" {
		return 0
	}
	n := 0
	tokenize(s[:i], func(_ []byte, _ int, compound bool) {
		if !compound {
			n++
		}
	})
	if n > 3 {
		return 0
	}
	return n
}

// greeting returns how many of the question's first words are a
// greeting to leave out, and whether the words before an opening
// exclamation mark (saluted of them, see salutation) are of another
// language all through. They are left out when none of them is the
// base's and one of them is of no language the base or WordNet knows,
// which makes the greeting another language's all through ("Dia
// duit!", whose "dia" WordNet has as initials), or when the greeting is
// one word ("hoi!", which English has in "hoi polloi"). Without an exclamation mark, up to maxGreeting
// words that neither the base nor WordNet knows, before a word that
// opens a question, are left out: "sua s'dei 🙏 how much is a one day
// pass?"; one of them may be a word WordNet knows otherwise, if another
// is of no language it knows: "Dia duit 👋 what's in room 1.04?"
func (v *view) greeting(words []queryWord, saluted int) (lead int, foreign bool) {
	saluted = min(saluted, len(words))
	all := true // all of no word the base has
	for _, w := range words[:saluted] {
		if _, known := v.word(w.word); known {
			all = false
			continue
		}
		stem, ok := stemIndexable(w.word)
		if !ok {
			all = false
			continue
		}
		_, inBase := v.stem(stem)
		all = all && !inBase
		foreign = foreign || !inBase && !isEnglish(w.word, stem)
	}
	if saluted > 0 && all && (foreign || saluted == 1) {
		return saluted, foreign
	}
	strange := false
	for i, w := range words[:min(maxGreeting+1, len(words))] {
		if i > 0 && opensQuestion[w.word] {
			if strange {
				return i, foreign
			}
			break
		}
		if _, known := v.word(w.word); known {
			break
		}
		stem, ok := stemIndexable(w.word)
		if !ok {
			break
		}
		if _, inBase := v.stem(stem); inBase {
			break
		}
		strange = strange || !lexicon.Known(stem)
	}
	return 0, foreign
}

// valediction returns how many words close a question after its last
// question mark, if one to three do, and how many words it has in all:
// "... to redeliver in Utrecht? dank je" closes with thanks, which the
// base's words and WordNet may not know. Words of neither after it are
// chat, not topics the base lacks.
func valediction(s string) (closing, all int) {
	i := strings.LastIndexByte(s, '?')
	if i < 0 {
		return 0, 0
	}
	count := func(s string) int {
		n := 0
		tokenize(s, func(_ []byte, _ int, compound bool) {
			if !compound {
				n++
			}
		})
		return n
	}
	if closing = count(s[i+1:]); closing == 0 || closing > 3 {
		return 0, 0
	}
	return closing, count(s)
}

// isLatin reports whether w has no letter of a script other than Latin:
// briefings written in English name nothing in Cyrillic or Greek, and a
// word in one that the base lacks is chat ("Здравейте!"), not a topic.
func isLatin(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// Chat also thanks "so much" and excuses a "dumb q".
var (
	intensifiers  = map[string]bool{"so": true, "very": true}
	modest        = map[string]bool{"dumb": true, "silly": true, "stupid": true, "basic": true, "noob": true, "newbie": true}
	questionNouns = map[string]bool{"q": true, "qn": true, "question": true, "questions": true}
)

// asksQuantity reports whether a question asks how many or how much,
// chat aside: only an entry that gives a number can answer it.
func asksQuantity(words []queryWord) bool {
	ok, _ := quantityAsked(words)
	return ok || costAsked(words)
}

// costAsked reports whether a question asked with "what" ends on a verb
// of measure: "what does a new windpump cost", "what did maryland
// spend on oyster reefs".
func costAsked(words []queryWord) bool {
	i := slices.IndexFunc(words, func(w queryWord) bool { return !filler[w.word] })
	if i < 0 || words[i].word != "what" && words[i].word != "whats" {
		return false
	}
	for j := i + 1; j < len(words); j++ {
		if measureVerbs[words[j].word] && endsPhrase(words, j+1) {
			return true
		}
	}
	return false
}

// priceAsked reports whether a question asks what something costs or
// pays: "how much is a marriage license", "the fee for a permit", "how
// much does a ride cost".
func priceAsked(words []queryWord) bool {
	first := slices.IndexFunc(words, func(w queryWord) bool { return !filler[w.word] })
	last := len(words) - 1
	for last >= 0 && filler[words[last].word] {
		last--
	}
	for i, w := range words {
		// A fee named last ("familieretshuset fee") or in a question
		// that asks what ("what are the ferry fares"); "tenders with
		// published prices" asks after tenders, and "now that there is
		// no fee" after what there is instead.
		if priceNouns[w.word] && (i == last || first >= 0 && askWords[words[first].word]) && (i == 0 || words[i-1].word != "no") {
			return true
		}
		if (w.word == "price" || w.word == "prices") && i == first && i+1 < len(words) && (words[i+1].word == "of" || words[i+1].word == "per") {
			return true // "price per kilo of wool", "price of a permit"
		}
		if w.word != "much" || i == 0 || words[i-1].word != "how" || i+1 == len(words) {
			continue
		}
		if copulas[words[i+1].word] {
			return true // "how much is", not "how much water"
		}
		if auxiliaries[words[i+1].word] {
			for _, v := range words[i+2:] {
				if priceVerbs[v.word] {
					return true // "how much does it cost", "how much do they pay"
				}
			}
		}
	}
	return false
}

// priceLast reports whether a question ends on a word of price, chat
// aside: "night nanny cost", "placer claim recording fee" ask the price
// of what they name first, which an amount says (unless they ask why,
// see amountAsked).
func priceLast(words []queryWord) bool {
	last := len(words) - 1
	for last >= 0 && filler[words[last].word] {
		last--
	}
	return last > 0 && priceNouns[words[last].word]
}

// amountAsked reports whether a question that names a price (see
// priceAsked) asks for the amount, as "what", "how much" and a fragment
// do, not why, where or whether: "does japan have buses with cheap
// fares" asks after the buses.
func amountAsked(words []queryWord) bool {
	// The first word that asks, after any greeting ("good morning, why
	// do ..."); a fragment asks none.
	first := slices.IndexFunc(words, func(w queryWord) bool { return askWords[w.word] || notPriceAsked[w.word] })
	return priceAsked(words) && (first < 0 || askWords[words[first].word])
}

// priceNouns and priceVerbs ask for an amount of money; copulas ask
// "how much" of a thing itself, its price.
var (
	priceNouns = map[string]bool{
		"price": true, "prices": true, "cost": true, "costs": true, "fee": true, "fees": true,
		"fare": true, "fares": true, "salary": true, "salaries": true, "wage": true, "wages": true,
	}
	priceVerbs = map[string]bool{"cost": true, "charge": true, "pay": true, "earn": true}
	askWords   = map[string]bool{"what": true, "whats": true, "which": true, "how": true}
	// notPriceAsked begin questions that ask something else than an
	// amount: why, where, when, who, or whether.
	notPriceAsked = map[string]bool{
		"why": true, "where": true, "when": true, "who": true, "do": true, "does": true, "did": true,
		"is": true, "are": true, "was": true, "were": true, "has": true, "have": true,
	}
	copulas     = map[string]bool{"is": true, "are": true, "was": true, "were": true, "s": true}
	auxiliaries = map[string]bool{"do": true, "does": true, "did": true, "will": true, "would": true}
)

// yearAsked reports whether a question asks what or which year, with the
// index of "year": a word of the question, not of its answer.
func yearAsked(words []queryWord) (bool, int) {
	for i := 1; i < len(words); i++ {
		if w := words[i].word; (w == "year" || w == "years") && (words[i-1].word == "what" || words[i-1].word == "which") {
			return true, i
		}
	}
	return false, -1
}

// quantityAsked is asksQuantity, with the index of the noun that asks
// ("number" in "the number of wells"), or -1: a word of the question,
// not of its answer.
func quantityAsked(words []queryWord) (bool, int) {
	asked := false // by "what"
	for i, w := range words {
		asked = asked || w.word == "what" || w.word == "whats"
		next := ""
		if i+1 < len(words) {
			next = words[i+1].word
		}
		switch {
		case w.word == "how":
			return next == "many" || next == "much" || next == "long" || howMeasures[next], -1 // "how long": a length or a while
		case quantityNouns[w.word] && next == "of": // "the number of", "what percentage of"
			return true, i
		case asked && measureNouns[w.word] && endsPhrase(words, i+1), // "what is the population of"
			asked && (next == "rate" || next == "rates") && endsPhrase(words, i+2): // "what's the exchange rate"
			return true, -1
		case !filler[w.word] && !isStopWord(w.word): // "hi all, so how many"
			return false, -1
		}
	}
	return false, -1
}

// countedStems returns the stems of the words "how many" or "the number
// of" asks to count: of those after it, up to the next stop word, the
// last in the plural and the words after it ("dogs" in "how many
// sniffer dogs does kenya have", "trees went" in "how many trees went
// in", "knots per inch"), else the last. The words before the plural
// only say which: "two padded arms hold the bike" counts no bike repair
// stands.
func (v *view) countedStems(words []queryWord) []string {
	for i, w := range words {
		if !(w.word == "how" && i+1 < len(words) && words[i+1].word == "many" ||
			quantityNouns[w.word] && i+1 < len(words) && words[i+1].word == "of") {
			continue
		}
		var last, head []string
		after, prev := 0, "" // the words counted after head's, and the last word
		for _, x := range words[i+2:] {
			if isStopWord(x.word) {
				break
			}
			var stems []string
			if x.isFixed {
				st := v.stemOf[x.fixed] // "how many swimers": "six swimmers"
				stems = append(stems, st)
				stems = append(stems, unitForms[st]...)
			} else if st, ok := stemIndexable(x.word); ok {
				stems = append(stems, st)
				stems = append(stems, unitForms[st]...) // "how many megawatts": "254 MW"
			}
			if parts := v.split(x.word, 3); len(parts) == 2 {
				stems = append(stems, v.stemOf[parts[1]]) // "how many windmills": "Mills Restored"
			}
			if len(stems) > 0 {
				last = stems
			}
			switch {
			case len(stems) > 0 && isPlural(x.word):
				head, after = stems, 0
			case head != nil && !existVerbs[x.word] && (after == 0 || prev == "per"):
				// "knots per inch", "trees went in"; not "wolves live
				// in", which "five live wires" does not count, nor
				// what a verb after them has ("farms grow Kona
				// coffee" counts no coffee).
				head = append(head, stems...)
				after++
			}
			prev = x.word
		}
		if head == nil {
			return withPersons(last) // no plural to tell by: the phrase's last word
		}
		return withPersons(head)
	}
	return nil
}

// synonymStems returns the one-word synonyms of a stem in its commonest
// meaning, but stop words and clipped words: "inch" is no "in".
func synonymStems(stem string) []string {
	var out []string
	lexicon.Related(stem, func(r string, k lexicon.Kind, primary bool) bool {
		if k == lexicon.Synonym && primary && len(r) >= 4 && !strings.Contains(r, " ") && !isStopWord(r) {
			out = append(out, r)
		}
		return k <= lexicon.Synonym
	})
	return out
}

// withPersons adds to the stems counted, when they count people, the
// people a briefing counts: "how many people fit on one boat" is
// answered by "at most eight passengers".
func withPersons(stems []string) []string {
	if !slices.Contains(stems, peopleStem) || slices.ContainsFunc(stems, func(s string) bool { return roleStems[s] }) {
		return stems // "how many people work for tazara" counts staff
	}
	return append(stems, personStems...)
}

// roleStems say what people counted are other than riders or visitors:
// staff, the dead, voters, owners, residents.
var roleStems = stemsOf(map[string]bool{
	"work": true, "employ": true, "employed": true, "die": true, "died": true,
	"killed": true, "vote": true, "voted": true, "earn": true, "own": true,
	"live": true, "reside": true,
})

// personNouns are the people briefings count: who rides, walks, visits
// or watches.
var personNouns = []string{
	"passengers", "visitors", "walkers", "hikers", "trekkers", "climbers",
	"spectators", "guests", "tourists", "riders", "swimmers", "divers",
	"paddlers", "participants", "pilgrims", "attendees", "travellers",
	"travelers", "adults", "bathers", "campers", "skiers", "persons",
}

var (
	peopleStem  = snowStem("people")
	personStems = func() []string {
		var stems []string
		for _, w := range personNouns {
			stems = append(stems, snowStem(w))
		}
		return stems
	}()
)

// isPlural reports whether w looks like a noun in the plural, as what
// "how many" counts is: "stands", "trees", "people".
func isPlural(w string) bool {
	n := len(w)
	return irregularPlurals[w] || n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i'
}

// irregularPlurals are plurals without an s that "how many" counts.
var irregularPlurals = map[string]bool{
	"people": true, "children": true, "men": true, "women": true, "police": true,
	"cattle": true, "sheep": true, "fish": true, "deer": true, "staff": true,
	"feet": true, "teeth": true, "geese": true, "mice": true, "livestock": true,
}

// quantityNouns open a question for a quantity as "how many" does.
var howMeasures = map[string]bool{
	"old": true, "tall": true, "high": true, "deep": true, "heavy": true,
	"wide": true, "big": true, "large": true, "thick": true, "steep": true,
}

// existVerbs say only that what is counted is there: "how many wolves
// live in lower saxony" counts wolves, not what lives.
var existVerbs = map[string]bool{
	"live": true, "living": true, "exist": true, "remain": true, "left": true, "survive": true,
}

var quantityNouns = map[string]bool{
	"number": true, "amount": true, "percentage": true, "proportion": true,
}

// endsPhrase reports whether the noun phrase before words[i] ends there:
// "budget" is the noun in "the budget for the coast guard", a modifier
// in "the budget cooperation".
func endsPhrase(words []queryWord, i int) bool {
	return i >= len(words) || isStopWord(words[i].word) || words[i].word == "per"
}

// measureNouns open a question asked with "what" for a quantity too,
// but say what is measured ("what is the population of uzbekistan",
// "what price per kilo"): they stay words of the question.
var measureNouns = map[string]bool{
	"population": true, "price": true, "prices": true, "cost": true, "costs": true,
	"budget": true, "salary": true, "salaries": true, "wage": true, "wages": true,
	"revenue": true, "revenues": true, "rate": true, "size": true, "length": true,
	"value": true, "turnover": true, "fine": true, "fines": true, "fee": true, "fees": true,
	"weight": true, "height": true, "depth": true, "distance": true,
}

// asksHowLong reports whether a question asks how long.
func asksHowLong(words []queryWord) bool {
	i := slices.IndexFunc(words, func(w queryWord) bool { return w.word == "how" })
	return i >= 0 && i+1 < len(words) && words[i+1].word == "long"
}

// asksWhile reports whether "how long" is followed by a verb that asks
// how long something lasts or takes ("how long do visits last", "how
// long can we stay", "how long will the permit take"), not by "is" or
// "are", which may ask a length ("how long is the trail").
func asksWhile(words []queryWord) bool {
	i := slices.IndexFunc(words, func(w queryWord) bool { return w.word == "how" })
	return i >= 0 && i+2 < len(words) && words[i+1].word == "long" && whileVerbs[words[i+2].word]
}

// whileVerbs are the verbs after "how long" that ask a while.
var whileVerbs = map[string]bool{
	"do": true, "does": true, "did": true, "will": true, "would": true, "can": true,
	"could": true, "should": true, "must": true, "may": true, "might": true,
	"have": true, "has": true, "had": true, "take": true, "takes": true, "last": true,
	"lasts": true, "stay": true, "wait": true,
}

// measureVerbs ask for a quantity in a question asked with "what":
// "what does a new windpump cost", "what did maryland spend".
var measureVerbs = map[string]bool{
	"cost": true, "costs": true, "weigh": true, "weighs": true, "spend": true, "spent": true,
}

// asksWhatTime reports whether a question asks what time (of day):
// "what time do the school buses leave", "opening hours of the
// gardens", "what hours are the locks open". Whether a place has
// opening hours at all ("do dog parks have opening hours") asks yes or
// no, which an entry answers without a time of day.
func asksWhatTime(words []queryWord) bool {
	for i := 1; i < len(words); i++ {
		switch w, before := words[i].word, words[i-1].word; {
		case w == "time" && (before == "what" || before == "which") && !(i+2 < len(words) && words[i+1].word == "of" && words[i+2].word != "day"),
			w == "times" && (before == "what" || before == "which") && i+1 < len(words) && timesOfDay[words[i+1].word], // "what times can I drop my dog off", not "what times do runners need"
			w == "hours" && before == "what": // "what hours are the locks open"
			return true
		case (w == "hours" || w == "times") && before == "opening": // "opening hours of the consulate"
			return i < 2 || !whetherHas[words[i-2].word]
		}
	}
	return false
}

// asksTimeOfDay reports whether a question asks "time of day".
func asksTimeOfDay(words []queryWord) bool {
	for i := 0; i+2 < len(words); i++ {
		if words[i].word == "time" && words[i+1].word == "of" && words[i+2].word == "day" {
			return true
		}
	}
	return false
}

// openClose are the verbs a question for a time of day asks of a
// place's hours: "what time does the garage close", "when does the
// market open" are answered by "07:00 to 01:00".
var openClose = map[string]bool{
	"open": true, "opens": true, "close": true, "closes": true, "shut": true, "shuts": true,
}

// whetherHas asks whether a thing is there at all: "have opening
// hours", "are there opening times", "any opening hours".
var whetherHas = map[string]bool{"have": true, "has": true, "there": true, "any": true}

// aboutHow returns the telling concepts a howTo question asks about:
// all but what it asks to do, unless that is all it asks.
func (q *query) aboutHow() uint32 {
	if about := q.telling &^ q.howVerb; about != 0 {
		return about
	}
	return q.telling
}

// howToVerb returns the index of the word after "how to" or "how do I"
// in a question that asks how to do something, or how the asker does
// it ("how to tie a tie", "how do I reset my router", "how can i tell
// if my talavera plate is real"): what is done, often "renew" or
// "apply", of what the question asks about; -1 if it asks no such
// thing.
func howToVerb(words []queryWord) int {
	i := slices.IndexFunc(words, func(w queryWord) bool { return !filler[w.word] })
	if i < 0 || i+1 >= len(words) || words[i].word != "how" {
		return -1
	}
	switch words[i+1].word {
	case "to":
		return i + 2
	case "do", "can", "should", "would", "could", "might", "must":
		if i+2 < len(words) && words[i+2].word == "i" {
			return i + 3
		}
	}
	return -1
}

// asksOffice reports whether a question opens by asking who holds an
// office: "who is morocco's energy minister", "who heads the agency",
// "who chairs the friends of the pool".
// Its answer must speak of one (see namesOffice); "who runs the
// training" or "who is our contact" asks no office. Asking for the name
// of an office's holder ("the name of the visitor centre manager") asks
// it too.
func asksOffice(words []queryWord) bool {
	for i := 0; i+2 < len(words); i++ {
		if (words[i].word == "name" || words[i].word == "names") && words[i+1].word == "of" &&
			slices.ContainsFunc(words[i+2:], func(x queryWord) bool { return officeWords[strings.TrimSuffix(x.word, "s")] }) {
			return true // "what's the name of the visitor centre manager"
		}
	}
	for i, w := range words {
		switch {
		case w.word == "who" || w.word == "whos":
			for _, x := range words[i+1:] {
				if officeWords[x.word] || x.word == "heads" || x.word == "chairs" {
					return true
				}
			}
			return false
		case !filler[w.word] && !isStopWord(w.word):
			return false
		}
	}
	return false
}

// asksTotal reports whether a question asks how many or how much in
// total or altogether: the sum over all the parts a briefing may give
// one by one ("how many street trees in total").
func asksTotal(words []queryWord) bool {
	for i, w := range words {
		if w.word == "altogether" || w.word == "total" && i > 0 && words[i-1].word == "in" {
			return true
		}
	}
	return false
}

// totalWords give a total.
var totalWords = map[string]bool{"total": true, "totals": true, "totalling": true, "totaling": true, "altogether": true, "overall": true, "combined": true}

// recentWords ask of the latest time something was done.
var recentWords = map[string]bool{"last": true, "latest": true, "recent": true, "previous": true, "current": true}

// asksFirm reports whether a question asks which company, firm,
// brand or maker: "which company runs the cruises", "what brand of
// life jacket", "the name of the firm that".
func asksFirm(words []queryWord) bool {
	for i := 0; i+1 < len(words); i++ {
		w, next := words[i].word, words[i+1].word
		if (w == "which" || w == "what" || w == "whose") && firmWords[next] {
			return true
		}
		if (w == "name" || w == "names") && next == "of" && i+3 < len(words) && articles[words[i+2].word] && firmWords[words[i+3].word] {
			return true
		}
	}
	return false
}

// firmWords name a business that a question may ask to be named.
var firmWords = map[string]bool{"company": true, "companies": true, "firm": true, "firms": true, "brand": true, "brands": true, "manufacturer": true, "maker": true}

// asksDated reports whether a question asks of a time relative to
// today: "this year", "last spring", "next month", "today", "so far",
// "to date".
func asksDated(words []queryWord) bool {
	for i, w := range words {
		next := ""
		if i+1 < len(words) {
			next = words[i+1].word
		}
		switch w.word {
		case "today", "tonight":
			return true
		case "this", "last", "next":
			if periods[next] {
				return true
			}
		case "so", "to":
			if w.word == "so" && next == "far" || w.word == "to" && next == "date" {
				return true
			}
		}
	}
	return false
}

// asksAnnual reports whether a question asks of a year's worth: "each
// year", "every year", "per year", "a year", "annually", "yearly".
func asksAnnual(words []queryWord) bool {
	for i, w := range words {
		switch w.word {
		case "annually", "yearly", "annual":
			return true
		case "each", "every", "per", "a":
			if i+1 < len(words) && (words[i+1].word == "year" || words[i+1].word == "annum") {
				return true
			}
		}
	}
	return false
}

// rateAsked returns the stems of the unit a question asks an amount or
// a number by, other than a year (see asksAnnual): "hourly pay",
// "price per kilo", "what does a skipper earn a month". Only an entry
// that names the unit gives such a rate.
func rateAsked(words []queryWord) []string {
	for i, w := range words {
		if stems := rateAdverbs[w.word]; stems != nil {
			return stems
		}
		if (w.word == "per" || w.word == "a" || w.word == "an" || w.word == "each" || w.word == "every") && i+1 < len(words) {
			next := words[i+1].word
			if w.word != "per" && !endsPhrase(words, i+2) {
				continue // "a day ticket" is a ticket, no rate
			}
			if rateUnits[next] || w.word == "per" && unitSymbols[next] != nil {
				st, _ := stemIndexable(next)
				out := []string{st}
				for _, n := range unitSymbols[next] {
					ns, _ := stemIndexable(n)
					out = append(out, ns)
				}
				for sym, names := range unitSymbols {
					if slices.Contains(names, next) || slices.Contains(names, strings.TrimSuffix(next, "s")) {
						out = append(out, sym)
					}
				}
				if st == "day" {
					out = append(out, "daili")
				}
				return out
			}
		}
	}
	return nil
}

// rateAdverbs ask by a unit of time, with the stems that name it;
// rateUnits are the units "per", "a" or "each" ask by.
var (
	rateAdverbs = map[string][]string{
		"hourly": {"hour"}, "daily": {"day", "daili"}, "weekly": {"week"},
		"monthly": {"month"}, "nightly": {"night"},
	}
	rateUnits = map[string]bool{
		"hour": true, "day": true, "week": true, "month": true, "night": true,
		"kilo": true, "kilogram": true, "pound": true, "litre": true, "liter": true,
		"tonne": true, "ton": true, "kwh": true, "metre": true, "meter": true, "mile": true,
	}
)

// yearlyWords say what a year brings: "10,000 visitors a year",
// "annual output".
var yearlyWords = map[string]bool{"year": true, "years": true, "annual": true, "annually": true, "yearly": true, "annum": true}

// periods are the spans of a calendar that "this", "last" or "next"
// place in time.
var periods = map[string]bool{
	"year": true, "month": true, "week": true, "season": true, "spring": true,
	"summer": true, "autumn": true, "fall": true, "winter": true, "decade": true,
}

// asksWho reports whether a question opens with "who", past chat:
// "hi, who won best flight last year".
func asksWho(words []queryWord) bool {
	i := slices.IndexFunc(words, func(w queryWord) bool { return !filler[w.word] })
	return i >= 0 && (words[i].word == "who" || words[i].word == "whos")
}

// timesOfDay follow "what times" when it asks for times of day, not
// for durations: "what times can I drop my dog off".
var timesOfDay = map[string]bool{"can": true, "could": true, "should": true, "is": true, "are": true, "will": true}

// asksPhone reports whether a question asks a phone number: "what is the
// phone number of the water taxi desk", "hotline number for bat
// casework".
func asksPhone(words []queryWord) bool {
	for i := 0; i+1 < len(words); i++ {
		if phoneWords[words[i].word] && (words[i+1].word == "number" || words[i+1].word == "numbers") {
			return true
		}
	}
	return false
}

// phoneWords speak of a phone line.
var phoneWords = map[string]bool{
	"phone": true, "phones": true, "telephone": true, "hotline": true, "helpline": true, "whatsapp": true,
	"call": true, "calls": true, "calling": true, "dial": true, "line": true, "sms": true, "contact": true,
}

// deedAsked returns the index of the verb after an opening "who" that asks
// who made or owns a thing ("who designed the boat lift", "who founded
// KPAP", "who owns the land"), or in a question asking when it was made
// ("when was the stave church built"), or -1. Such a question turns on the deed:
// an entry on the boat lift that does not say who designed it has not
// answered. Other verbs ("who runs", "who pays") are asked in many
// words, and are not held to theirs.
func deedAsked(words []queryWord) int {
	i := slices.IndexFunc(words, func(w queryWord) bool { return !filler[w.word] })
	if i < 0 || i+1 >= len(words) {
		return -1
	}
	switch words[i].word {
	case "who":
		if makerVerbs[words[i+1].word] {
			return i + 1
		}
	case "when": // "when was the stave church built"
		if words[i+1].word == "was" || words[i+1].word == "were" {
			return slices.IndexFunc(words, func(w queryWord) bool { return makerVerbs[w.word] })
		}
	}
	return -1
}

// makerVerbs say who made, found or owns a thing.
var makerVerbs = map[string]bool{
	"designed": true, "founded": true, "discovered": true, "invented": true, "built": true,
	"painted": true, "wrote": true, "authored": true, "composed": true, "established": true,
	"created": true, "sculpted": true, "owns": true, "owned": true, "architected": true,
	"written": true, "erected": true,
}

// asksWon reports whether a question asks who won: "who won the
// national town crier championship last year", "who wins", "which samba
// school won".
func asksWon(words []queryWord) bool {
	i := slices.IndexFunc(words, func(w queryWord) bool { return w.word == "who" || w.word == "whos" })
	n := 2
	if i < 0 {
		i = slices.IndexFunc(words, func(w queryWord) bool { return w.word == "which" || w.word == "what" })
		n = 4
	}
	if i < 0 {
		return false
	}
	for _, w := range words[i+1 : min(i+1+n, len(words))] {
		if w.word == "won" || w.word == "wins" || w.word == "win" {
			return true
		}
	}
	return false
}

// officeWords name the holders of an office.
var officeWords = map[string]bool{
	"ambassador": true, "ambassadors": true, "president": true, "minister": true,
	"ministers": true, "secretary": true, "governor": true, "mayor": true, "ceo": true,
	"chairman": true, "chairwoman": true, "chairperson": true, "chair": true,
	"director": true, "chief": true, "commander": true, "king": true, "queen": true,
	"premier": true, "chancellor": true, "spokesperson": true, "spokesman": true,
	"head": true, "envoy": true, "commissioner": true, "consul": true,
	"captain": true, "manager": true, "superintendent": true, "principal": true,
	"headteacher": true, "curator": true, "coordinator": true,
	"ranger": true, "warden": true, "postmaster": true, "postmistress": true, "founder": true,
	"keeper": true, "abbot": true, "bishop": true, "priest": true, "vicar": true,
	"skipper": true, "editor": true, "conductor": true, "dean": true, "rector": true,
}

// asksWhen reports whether a question opens by asking when: "when will
// the plant open", "when's the next round". Its answer must say when
// (see givesTime); "payouts when the rains fail" asks no date.
func asksWhen(words []queryWord) bool {
	for i, w := range words {
		switch {
		case w.word == "when" || w.word == "whens":
			return w.word == "whens" || i+1 < len(words) && focusVerbs[words[i+1].word]
		case (w.word == "what" || w.word == "which") && i+2 < len(words) && dateWords[words[i+1].word] && focusVerbs[words[i+2].word]:
			return true // "what date does Indra Jatra fall on"
		case (w.word == "what" || w.word == "which") && i+1 == timeOfYear(words):
			return true // "what time of year do the races run"
		case !filler[w.word] && !isStopWord(w.word):
			return false
		}
	}
	return false
}

// timeOfYear returns where "time of year" or "time of the year" stands
// right after "what" or "which", the words asking for a season or the
// months ("what time of year do the races run"), else -1.
func timeOfYear(words []queryWord) int {
	for i := 1; i < len(words); i++ {
		if b := words[i-1].word; (b == "what" || b == "which") && timeOfYearLen(words, i) > 0 {
			return i
		}
	}
	return -1
}

// timeOfYearLen returns how many words "time of (the) year" takes from
// words[i], or 0 if it does not stand there.
func timeOfYearLen(words []queryWord, i int) int {
	rest := words[i:]
	switch {
	case len(rest) >= 3 && rest[0].word == "time" && rest[1].word == "of" && rest[2].word == "year":
		return 3
	case len(rest) >= 4 && rest[0].word == "time" && rest[1].word == "of" && rest[2].word == "the" && rest[3].word == "year":
		return 4
	}
	return 0
}

// asksHabitually reports whether a question that asks when asks in the
// present, of what is done as a rule ("when do swiss passes get
// closed", "when is the beach flagged red"), not of an event ("when did
// it open", "when will it start").
func asksHabitually(words []queryWord) bool {
	i := slices.IndexFunc(words, func(w queryWord) bool { return w.word == "when" })
	return i >= 0 && i+1 < len(words) && presentVerbs[words[i+1].word]
}

// asksPast reports whether a question that asks when asks of the past:
// "when did the ice road last open", "when was the kiln built".
func asksPast(words []queryWord) bool {
	i := slices.IndexFunc(words, func(w queryWord) bool { return w.word == "when" })
	return i >= 0 && i+1 < len(words) && pastVerbs[words[i+1].word]
}

// dateWords ask when after "what" or "which": "what date does it fall
// on", "which month is the harvest".
var dateWords = map[string]bool{"date": true, "dates": true, "month": true, "months": true}

var pastVerbs = map[string]bool{"did": true, "was": true, "were": true}

var presentVerbs = map[string]bool{"do": true, "does": true, "is": true, "are": true, "can": true, "should": true, "must": true}

// meaningWords ask what a term means, wherever they stand in a question.
var meaningWords = map[string]bool{
	"meaning": true, "definition": true, "acronym": true, "abbreviation": true,
	"abbreviated": true,
}

// focusVerbs and articles are the words between a question word and what
// it asks for (see focusOf).
var (
	focusVerbs = map[string]bool{
		"is": true, "are": true, "was": true, "were": true, "s": true, "do": true,
		"does": true, "did": true, "has": true, "have": true, "had": true, "will": true,
		"would": true, "can": true, "could": true, "should": true, "us": true,
	}
	articles      = map[string]bool{"the": true, "a": true, "an": true}
	singularVerbs = map[string]bool{"is": true, "was": true, "s": true}
)

// The weights of terms found through the lexicon, by kind; a relation
// through a rarer meaning of the word counts for nonPrimaryShare of it,
// and each word of a related phrase for phraseShare. maxExpansions
// bounds the terms one word or phrase is expanded to.
var lexiconWeight = [...]float32{
	lexicon.Inflection: 0.9,
	lexicon.Synonym:    0.7,
	lexicon.Derived:    0.7,
	lexicon.Similar:    0.5,
	lexicon.Broader:    0.5,
	lexicon.Narrower:   0.5,
}

// lexiconLevel is how closely each kind of lexicon relation matches: a
// synonym or another form of the word nearly as the word itself, a
// broader, narrower or similar word loosely.
// definitionWeight is what a term a question describes weighs (see
// described): as much as a synonym.
const definitionWeight = 0.7

var lexiconLevel = [...]matchLevel{
	lexicon.Inflection: approxMatch,
	lexicon.Synonym:    approxMatch,
	lexicon.Derived:    approxMatch,
	lexicon.Similar:    looseMatch,
	lexicon.Broader:    looseMatch,
	lexicon.Narrower:   looseMatch,
}

// particles are the adverbs and prepositions that make a verb phrasal
// ("set up", "carry out", "look after"), as WordNet writes them.
var particles = map[string]bool{
	"up": true, "out": true, "down": true, "off": true, "over": true, "after": true,
	"into": true, "away": true, "back": true, "through": true, "in": true, "on": true,
}

// contrasts reports whether two keys are members of one of
// contrastClasses: text uses them alike, so they are neighbours, but
// each says what the other does not.
func contrasts(a, b string) bool {
	class := contrastClass(a)
	return class != "" && inClass(b, class)
}

// contrastClass returns the first of contrastClasses that the lexicon
// has key as a kind of, or "".
func contrastClass(key string) string {
	class := ""
	lexicon.Related(key, func(rel string, kind lexicon.Kind, _ bool) bool {
		if kind == lexicon.Broader && contrastClasses[rel] {
			class = rel
		}
		return class == "" && kind <= lexicon.Broader
	})
	return class
}

// inClass reports whether the lexicon has key as a kind of class.
func inClass(key, class string) bool {
	found := false
	lexicon.Related(key, func(rel string, kind lexicon.Kind, _ bool) bool {
		found = kind == lexicon.Broader && rel == class
		return !found && kind <= lexicon.Broader
	})
	return found
}

// contrastClasses are the lexicon's keys of kinds whose members tell
// each other apart: seasons, colours, days, months, numbers, points of
// the compass.
var contrastClasses = map[string]bool{
	"season": true, "chromat color": true, "spectral color": true, "weekday": true,
	"gregorian calendar month": true, "digit": true, "cardin compass point": true, "ordin number": true,
}

// A word's distributional neighbours (see lexicon.Neighbors) count when
// at least minNeighborSimilarity close, maxNeighbors of them at most,
// each weighing neighborWeight times its similarity.
const (
	minNeighborSimilarity = 0.7
	// minLackedNeighborSimilarity is how near a neighbour must be to
	// stand for a word the base lacks, which nothing else explains: on
	// the held-out sets, 0.67 found 5 more answers than 0.7 and lost 1,
	// with no more out-of-scope questions answered; 0.65 answered one.
	minLackedNeighborSimilarity = 0.67
	// closeNeighborSimilarity is how near a neighbour must be to match
	// as nearly as a synonym does, not loosely.
	closeNeighborSimilarity = 0.85
	// knownNeighborShare weighs the neighbours of a word the base has:
	// they find entries that say it otherwise, behind those that say it.
	knownNeighborShare = 0.5
	maxNeighbors       = 3
	neighborWeight     = 0.6
)

const (
	nonPrimaryShare = 0.7
	phraseShare     = 0.6
	maxExpansions   = 16
)

// sureCorrection is the length, in letters, from which a corrected word
// matches as nearly as a word of its family; shorter ones match loosely.
const sureCorrection = 5

// splitWeight is the weight of each part of a word split in two.
const splitWeight = 0.9

// synonymWeight is the weight of a term found through the curators'
// synonyms.
const synonymWeight = 0.9

// isEnglish reports whether a word the base lacks is a word of English,
// likelier meant than mistyped: WordNet knows its stem, and it is common
// enough, or too short, for its stem not to be a slip's ("indigneous" has
// the stem of "indignant").
func isEnglish(word, stem string) bool {
	return lexicon.Known(stem) && (len(word) < minCommon || lexicon.Common(word))
}

// minCommon is the shortest word whose being common isEnglish asks.
const minCommon = 6

// countTrue counts the true values in bs.
func countTrue(bs []bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}

// shorter returns the shorter of a and b.
func shorter(a, b string) string {
	if len(b) < len(a) {
		return b
	}
	return a
}

// otherNumber returns a word that may be initials in the other number:
// "tso" for "tsos", "tsos" for "tso", "rvs" for "rv".
func otherNumber(w string) (string, bool) {
	switch n := len(w); {
	case n == minAcronym-1 && w[n-1] != 's':
		return w + "s", true // "RV" where the base has only "RVs"
	case n < minAcronym || n > maxAcronym+1:
		return "", false
	case w[n-1] == 's' && n > minAcronym:
		return w[:n-1], true
	default:
		return w + "s", n <= maxAcronym
	}
}

// acronymWeight is the weight of a term matched through initials.
const acronymWeight = 0.9

// relativeWeight is the weight of a term whose stem extends the stem of a
// question word, or the other way round.
const relativeWeight = 0.7

// relatives finds terms of the same word family that the stemmer leaves
// apart ("prepare" and "preparedness", "cyber" and "cybersecurity"): stems
// that extend the stem by a few letters, or that it extends. Short stems
// have too many extensions to be telling and get none.
func (v *view) relatives(stem string, self int32) []int32 {
	const minStem, maxExtra, maxRelatives = 5, 5, 4
	var out []int32
	// A short word and its forms with a suffix that makes a word of the
	// same family, where WordNet defines the one by the other: "play"
	// and "playable", "sign" and "signage", not "host" and "hostage".
	if len(stem) >= minSuffixed {
		for _, suf := range familySuffixes {
			if base, ok := strings.CutSuffix(stem, suf); ok && len(base) >= minSuffixed && len(base) < minStem {
				if t, ok := v.stem(base); ok && t != self && definedBy(stem, base) {
					out = append(out, t)
				}
			} else if len(stem) < minStem {
				if t, ok := v.stem(stem + suf); ok && t != self && definedBy(stem+suf, stem) {
					out = append(out, t)
				}
			}
		}
	}
	if len(stem) < minStem {
		return out
	}
	for n := max(minStem, len(stem)-maxExtra); n < len(stem); n++ {
		if t, ok := v.stem(stem[:n]); ok && t != self {
			out = append(out, t)
		}
	}
	i, _ := slices.BinarySearch(v.stems, stem)
	for ; i < len(v.stems) && len(out) < maxRelatives && strings.HasPrefix(v.stems[i], stem); i++ {
		if s := v.stems[i]; len(s) > len(stem) && len(s) <= len(stem)+maxExtra {
			if t, ok := v.stem(s); ok {
				out = append(out, t)
			}
		}
	}
	return out
}

// familySuffixes are the stemmer's forms of suffixes that make a word of
// the same family from a short one, and minSuffixed the shortest stem
// they are taken from or put to.
var familySuffixes = []string{"abl", "ibl", "ag"}

const minSuffixed = 3

// definedBy reports whether WordNet's definition of word has base in it,
// or, for a word it does not know, whether it knows base.
func definedBy(word, base string) bool {
	if !lexicon.Known(word) {
		return lexicon.Known(base)
	}
	ws := lexicon.Defined(base)
	for i := range ws.Len() {
		if ws.At(i).Key() == word {
			return true
		}
	}
	return false
}

// phrasal returns the term of the base that words[i] and the particle
// after it make written as one ("pickup", "handin", "setup"), if any.
func (v *view) phrasal(words []queryWord, i int) (int32, bool) {
	if i+1 >= len(words) || !particles[words[i+1].word] || words[i+1].pos != words[i].pos+1 || words[i].stem == "" {
		return 0, false
	}
	return v.stem(snowStem(words[i].stem + words[i+1].word))
}

// split finds two known words that make up w ("airbase": "air", "base"),
// each of minPart letters or more when both are words of the base,
// preferring the most even split. A stop word may be one of them
// ("cleanup": "clean"); only the other is returned then.
func (v *view) split(w string, minPart int) []int32 {
	if len(w) < 5 {
		return nil
	}
	var best []int32
	bestEven, bestFirst := 0, int32(-1)
	for k := 2; k+2 <= len(w); k++ {
		if !utf8.RuneStart(w[k]) {
			continue
		}
		a, b := w[:k], w[k:]
		if weakWords[a] || weakWords[b] {
			continue // "payday" is not about days
		}
		ta, okA := v.word(a)
		tb, okB := v.word(b)
		stopA, stopB := isStopWord(a), isStopWord(b)
		var parts []int32
		switch {
		case okA && okB && len(a) >= minPart && len(b) >= minPart: // not "co" and "mission" of "comission"
			parts = []int32{ta, tb}
		case okA && stopB && len(a) >= 4 && len(b) >= 2:
			parts = []int32{ta}
		case okB && stopA && len(b) >= 4 && len(a) >= 2: // not "i" of "iphone"
			parts = []int32{tb}
		default:
			continue
		}
		if even := min(len(a), len(b)); even > bestEven {
			best, bestEven, bestFirst = parts, even, -1
			if parts[0] == ta && okA {
				bestFirst = ta
			}
		}
	}
	if bestFirst >= 0 {
		// "hottest" is "hot", not "hot" and "test": a form of its first
		// part is no compound. Stemmed only now, as a split is rare.
		if stem, _ := stemIndexable(w); inflects(stem, v.stemOf[bestFirst]) {
			return nil
		}
	}
	return best
}

// splitPart is the shortest part of two words the base has that split
// may read w as: a word of English takes parts of four letters or more,
// so "banana" is no "ban" and "ana", nor "meters" "met" and "ers", while
// a word English lacks may be any two ("airbase").
func splitPart(w *queryWord) int {
	if isEnglish(w.word, w.stem) {
		return 4
	}
	return 3
}

// inflects reports whether the lexicon has a word (by its stem) as an
// irregular form of base: "hottest" of "hot", "bigger" of "big".
func inflects(stem, base string) bool {
	found := false
	lexicon.Related(stem, func(r string, k lexicon.Kind, _ bool) bool {
		found = k == lexicon.Inflection && r == base
		return k == lexicon.Inflection && !found // inflections come first
	})
	return found
}

// baseForms returns the stems of the plain forms of an inflected word
// (by its stem) that the lexicon knows: an irregular form's ("easiest":
// "easy") and, for a word the lexicon gives none for, a comparison's by
// rule ("cheapest": "cheap", "safest": "safe", "biggest": "big",
// "quickest": "quick", "pickers": "pick").
func baseForms(stem string) []string {
	var bases []string
	lexicon.Related(stem, func(r string, k lexicon.Kind, _ bool) bool {
		if k == lexicon.Inflection && !strings.Contains(r, " ") {
			bases = append(bases, r)
		}
		return k == lexicon.Inflection // inflections come first
	})
	if len(bases) > 0 {
		return bases
	}
	for _, suffix := range comparisons {
		root, ok := strings.CutSuffix(stem, suffix)
		if !ok || len(root) < 3 || suffix == "er" && len(root) < 4 && lexicon.Known(stem) {
			// A short word of its own may end as a comparison does
			// ("tower" is no more "tow"); a longer one is its root's
			// doer or its comparison: "pickers" pick, "quicker" is
			// quick.
			continue
		}
		n := len(root)
		forms := []string{root, root + "e"}
		if root[n-1] == 'i' {
			forms = append(forms, root[:n-1]+"y") // "tiniest"
		}
		if root[n-1] == root[n-2] {
			forms = append(forms, root[:n-1]) // "hottest"
		}
		for _, f := range forms {
			if s := snowStem(f); lexicon.Known(s) && !ownWord(stem, s) {
				return append(bases, s)
			}
		}
	}
	return bases
}

// ownWord reports whether the lexicon has a word (by its stem) that ends
// as a comparison or a doer does in a meaning of its own, unrelated to
// root, one it has a synonym for: a "shower" is no one who shows but a
// "shower bath"; a "picker" picks, and a "busker", which WordNet relates
// to no word of the same meaning, busks.
func ownWord(stem, root string) bool {
	own := false
	lexicon.Related(stem, func(r string, k lexicon.Kind, primary bool) bool {
		if r == root {
			own = false
			return false
		}
		own = own || primary && k == lexicon.Synonym
		return true
	})
	return own
}

// comparisons are the endings of the comparative and superlative forms
// of adjectives, the first also of doers ("picker").
var comparisons = []string{"est", "er"}

// A lead is a word of the lexicon whose definition has the word of a
// question that is concept.
type lead struct {
	defined lexicon.Word
	concept int
}

// leadPool keeps the leads of a question's words: common words are in
// hundreds of definitions.
var leadPool = sync.Pool{New: func() any { return new([]lead) }}

// describedTerm is a term of the base that a question describes, and
// the concepts of the words of its definition the question has.
type describedTerm struct {
	term     int32
	concepts uint64
}

// described returns the terms of the base whose definitions have two
// or more of the question's words that are not weak.
func (v *view) described(words []queryWord, weak []bool) []describedTerm {
	lp := leadPool.Get().(*[]lead)
	defer leadPool.Put(lp)
	leads := (*lp)[:0]
	leading := 0 // words with leads
	for i, w := range words {
		if w.concept < 0 || weak[w.concept] || w.stem == "" {
			continue
		}
		if slices.ContainsFunc(words[:i], func(x queryWord) bool { return x.stem == w.stem && x.concept >= 0 }) {
			continue // "how to tie a tie" has one word to describe with
		}
		ws := lexicon.Defined(w.stem)
		for j := range ws.Len() {
			leads = append(leads, lead{ws.At(j), w.concept})
		}
		if ws.Len() > 0 {
			leading++
		}
	}
	*lp = leads
	if leading < 2 {
		return nil
	}
	slices.SortFunc(leads, func(a, b lead) int {
		return cmp.Or(cmp.Compare(a.defined, b.defined), cmp.Compare(a.concept, b.concept))
	})
	var out []describedTerm
	for i := 0; i < len(leads); {
		j, concepts := i, uint64(0)
		for ; j < len(leads) && leads[j].defined == leads[i].defined; j++ {
			concepts |= 1 << leads[j].concept
		}
		if bits.OnesCount64(concepts) >= 2 {
			if t, ok := v.stem(leads[i].defined.Key()); ok {
				out = append(out, describedTerm{t, concepts})
			}
		}
		i = j
	}
	return out
}

// isAdverb reports whether a word has the ending of an adverb of manner
// or degree ("automatically", "publicly", "seriously"): said of how,
// not of what, it names no topic the base could lack. Short words with
// these endings are often nouns ("ally", "rally").
func isAdverb(w string) bool {
	if len(w) < 8 {
		return false
	}
	for _, suffix := range adverbEndings {
		if strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

var adverbEndings = []string{
	"ally", "ously", "ively", "edly", "ently", "antly", "fully", "lessly",
	"ably", "ibly", "ingly", "tely", "arily",
}

// unknownName returns the weight of the longest name the question
// writes that the base lacks as a name: unknown words written with a
// capital, side by side, with the words beside them that the question
// writes with a capital but the base only in lower case ("Le Mans", of
// which a base with "men" in it knows nothing). It is 0 if no word of
// such a run is unknown.
func (v *view) unknownName(question string, words []queryWord, weight []float32, bit []uint32, weak []bool) float32 {
	var run, best float32
	unknown, end := false, -2
	seen := uint64(0)
	for i, w := range words {
		c := w.concept
		in, lacked := false, false
		if c >= 0 && weight[c] > 0 && !weak[c] && capitalizedIn(question, w.word) {
			if bit[c] == 0 {
				in, lacked = true, true
			} else if i > 0 {
				t := v.asked(w)
				in = t >= 0 && v.writes(v.cases[t])&wordCapital == 0
			}
		}
		if !in {
			end = -2
			continue
		}
		if w.pos != end+1 {
			run, unknown, seen = 0, false, 0
		}
		end = w.pos
		if seen&(1<<c) == 0 {
			run += weight[c]
			seen |= 1 << c
		}
		unknown = unknown || lacked
		if unknown {
			best = max(best, run)
		}
	}
	return best
}

// capitalizedIn reports whether the question writes w, a lowercase
// word, with a capital first: "Torres" in "the Porto Torres port".
func capitalizedIn(question, w string) bool {
	for i := 0; i+len(w) <= len(question); i++ {
		if c := question[i]; 'A' <= c && c <= 'Z' && (i == 0 || !isLetter(question[i-1])) && strings.EqualFold(question[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

// writtenInCapitals reports whether the question writes w, a lowercase
// word, with two capitals or more: initials ("SHAs"), not a slip.
func writtenInCapitals(question, w string) bool {
	lower := strings.ToLower(question)
	if len(lower) != len(question) || w == "" {
		return false // a letter whose cases differ in length: no initials
	}
	for i := 0; ; {
		j := strings.Index(lower[i:], w)
		if j < 0 {
			return false
		}
		i += j
		caps := 0
		for _, c := range []byte(question[i : i+len(w)]) {
			if 'A' <= c && c <= 'Z' {
				caps++
			}
		}
		if caps >= 2 {
			return true
		}
		i++
	}
}

// weighs reports whether any of the concepts has a weight.
func weighs(weight []float32, concepts uint64) bool {
	for m := concepts; m != 0; m &= m - 1 {
		if weight[bits.TrailingZeros64(m)] > 0 {
			return true
		}
	}
	return false
}

// nearGreeting reports whether w, a word the base lacks, is a greeting
// of chat written in another language's letters or with a slip, one
// letter from it: "hallå" (Swedish, "halla" folded) is "hallo", "helo"
// "hello". Greetings of two letters have too many neighbours.
func nearGreeting(w string) bool {
	if len(w) < 4 {
		return false
	}
	for g := range greetingWords {
		if len(g) >= 4 && distance(w, g, 2) <= 1 {
			return true
		}
	}
	return false
}

// A joinedWord is a hyphenated word of a question written as one
// ("ebike" for "e-bike"), and the words its parts are, words[from:to].
type joinedWord struct {
	word     string
	from, to int
}

// hyphenParts returns how many of the last words make up joined, a
// hyphenated word's parts written as one, or 0 if they do not.
func hyphenParts(words []queryWord, joined string) int {
	for k := 1; k <= len(words); k++ {
		rest, ok := strings.CutSuffix(joined, words[len(words)-k].word)
		if !ok {
			return 0
		}
		if joined = rest; joined == "" {
			return k
		}
	}
	return 0
}

// joinedTerms returns, for each hyphenated word whose parts the
// question has as words, the term its parts make written as one, if the
// base has it, with the concept of the last of its parts that counts:
// "e-bike" finds "E-Bikes", which the base has as "ebikes" too, not
// only any "bike"; "check-in" is asked of "check".
func (v *view) joinedTerms(words []queryWord, joined []joinedWord) []joinedTerm {
	var out []joinedTerm
	for _, j := range joined {
		t, ok := v.word(j.word)
		if !ok {
			if t, ok = v.stem(snowStem(j.word)); !ok {
				continue
			}
		}
		for i := j.to - 1; i >= j.from; i-- {
			if c := words[i].concept; c >= 0 {
				out = append(out, joinedTerm{t, c})
				break
			}
		}
	}
	return out
}

// A joinedTerm is a term a hyphenated word makes written as one, and
// the concept it is asked as.
type joinedTerm struct {
	term    int32
	concept int
}

// lengthStems are the stems of the nouns that say how long something is
// or lasts.
var lengthStems = []string{"length", "durat"}

// namesStranger reports whether the question names something by a word
// the base lacks, written with a capital but not as its first word, and
// names nothing the base has: none of the concepts in known (those it
// writes with a capital and the base has as asked) but days and months.
// Initials ("SA"), times ("Sundays") and a people's adjectives
// ("British", "Asian", "Japanese") name no place of their own.
func namesStranger(question string, words []queryWord, weight []float32, bit []uint32, weak []bool, dropped uint64, known uint32) bool {
	stranger := false
	for i, w := range words {
		c := w.concept
		if i == 0 || c < 0 || dropped&(1<<c) != 0 || timeWords[w.word] || timeWords[w.stem] {
			continue
		}
		if bit[c]&known != 0 {
			return false
		}
		if bit[c] == 0 && weight[c] > 0 && !weak[c] && capitalizedIn(question, w.word) && !writtenInCapitals(question, w.word) &&
			!strings.HasSuffix(w.word, "ish") && !strings.HasSuffix(w.word, "an") && !strings.HasSuffix(w.word, "ese") {
			stranger = true
		}
	}
	return stranger
}
