package knowledge

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
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

const (
	// MaxAnswers is the most answers Search returns.
	MaxAnswers = 10
	// MinCoverage is the least coverage an answer needs. Below it the
	// best entry shares a word or two with the question but does not
	// answer it: "apple stock price" against a defense briefing that
	// mentions prices.
	MinCoverage = 0.45
	// minLongMatch and minLongCoverage admit answers to long, chatty
	// questions: an entry that matches this many of the question's
	// telling words is about it, however many other words surround them.
	minLongMatch    = 4
	minLongCoverage = 0.2
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
	// corrected typo, a split compound) earns.
	approxCredit = 0.75
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
	q := b.idx.analyze(question)
	if q.total == 0 {
		return nil
	}
	s := b.scratch()
	defer b.pool.Put(s)
	top := b.idx.rank(q, a, s)
	var out []Answer
	for _, c := range top {
		if c.score < top[0].score*relativeCutoff {
			break
		}
		out = append(out, Answer{Entry: b.entries[c.entry], Score: float64(c.score), Coverage: float64(c.cov)})
	}
	return out
}

type candidate struct {
	entry int32
	score float32
	cov   float32
	// boost is the most the title bonus can still multiply score by,
	// 0 once score is final (see offer).
	boost float32
}

// better orders candidates by score, then by position in the base, so
// equal scores rank the same way every time.
func (c candidate) better(d candidate) bool {
	return c.score > d.score || c.score == d.score && c.entry < d.entry
}

// scratch is the per-question working memory, pooled: allocating it for
// every question would dominate answering.
type scratch struct {
	lists []queryList // the lists a question reads, by their best contribution
	bound []float32   // the best score of entries matching only lists[:i+1]
	// covered memoises coverage by the concepts matched: a question
	// has few concepts, so many entries match the same ones.
	covered   [64]coverageMemo
	acc       [blockSize]accum
	found     []int32
	top       []candidate
	ctxCursor []int32
	uncertain []candidate        // see offer
	hits      [blockSize]posting // see scoreReached
	settling  []candidate
	sink      int32 // see settle
}

// queryList is one posting list a question reads.
type queryList struct {
	list int32   // in the index
	next int32   // its next run
	mask uint32  // the concepts a posting stands for (see accum)
	w    float32 // what a posting adds for each 65,535th of its value
	ub   float32 // the most a posting adds
}

// coverageMemo is a remembered coverage; concepts is stored plus one, so
// the zero value is an empty slot.
type coverageMemo struct {
	concepts uint32
	cov      float32
	enough   bool
}

// coverage is q.coverage of an accumulator's concepts, remembered.
func (s *scratch) coverage(q *query, concepts uint32) (float32, bool) {
	concepts &= 1<<titleShift - 1
	slot := &s.covered[(concepts*0x9E3779B1)>>26]
	if slot.concepts == concepts+1 {
		return slot.cov, slot.enough
	}
	cov, enough := q.coverage(concepts&conceptMask, concepts>>approxShift&conceptMask)
	*slot = coverageMemo{concepts + 1, cov, enough}
	return cov, enough
}

// accum is what one entry has matched so far.
type accum struct {
	score float32
	// concepts has the concepts matched as asked in its low maxConcepts
	// bits, those matched after a correction in the next maxConcepts,
	// those matched in the entry's title in the next, and queued.
	concepts uint32
}

const (
	conceptMask = 1<<maxConcepts - 1
	approxShift = maxConcepts
	titleShift  = 2 * maxConcepts
	titleMask   = conceptMask << titleShift
	// queued marks an entry already found (see score).
	queued = 1 << (3 * maxConcepts)
)

// blockSize is how many entries are scored at a time. Scoring adds each
// posting to its entry's accumulator; done for all entries at once, the
// accumulators would not fit in the processor's cache and every posting
// would wait for memory. A block's accumulators do fit.
const (
	blockBits = 11
	blockSize = 1 << blockBits
)

func (b *Base) scratch() *scratch {
	if s, ok := b.pool.Get().(*scratch); ok {
		return s
	}
	return &scratch{found: make([]int32, blockSize)}
}

// score adds the postings of one list, each worth w per 65,535th of
// value, to the accumulators of the block starting at entry lo. mask is
// the concepts a match stands for (see accum), in the title bits too for
// a title list. An entry whose score passes floor (titleFloor if a
// question word is in its title) is appended to found, once. It returns
// the new count of found entries. This and scoreReached are the
// innermost loops of answering.
func score(postings []posting, acc *[blockSize]accum, lo int32, w float32, mask uint32,
	floor, titleFloor float32, found []int32, n int) int {
	found = found[:blockSize]
	_ = acc[0] // check acc for nil once, not in the loop
	for _, pp := range postings {
		p := &acc[pp&(blockSize-1)]
		s := p.score + w*float32(pp>>valShift)
		c := p.concepts | mask
		p.score = s
		if s > titleFloor && c&queued == 0 && (c&titleMask != 0 || s > floor) {
			found[n&(blockSize-1)] = lo + int32(pp&(blockSize-1))
			n++
			c |= queued
		}
		p.concepts = c
	}
	return n
}

// scoreReached is score for a non-essential list (see rank): it adds only
// to entries something else reached. Whether an entry was reached is a
// coin toss the processor cannot predict, so the postings of reached
// entries are first copied to hits, counted without a branch, and only
// those are scored.
func scoreReached(postings []posting, acc *[blockSize]accum, lo int32, w float32, mask uint32,
	floor, titleFloor float32, found []int32, n int, hits *[blockSize]posting) int {
	_ = acc[0] // check acc for nil once, not in the loop
	k := 0
	for _, pp := range postings {
		hits[k&(blockSize-1)] = pp
		if acc[pp&(blockSize-1)].concepts != 0 {
			k++
		}
	}
	return score(hits[:k], acc, lo, w, mask, floor, titleFloor, found, n)
}

// rank scores every entry a may read that matches q with BM25F and
// returns the best MaxAnswers with enough coverage, best first.
//
// Entries are scored a block at a time, so the accumulators stay in the
// processor's cache. In each block the sections' context is added to
// their entries first, then each posting list of each term; an entry
// whose score passes the last score in the list (less the most coverage
// and the title bonus could add) is noted as found, and only found
// entries are ranked (see offer and settle).
func (ix *index) rank(q *query, a Audience, s *scratch) []candidate {
	if len(q.items) == 0 || !q.answerable() {
		return nil // even an entry matching every term would not fit
	}
	public := a != Internal
	s.covered = [64]coverageMemo{}
	s.ctxCursor = s.ctxCursor[:0]
	// Each query term has four posting lists: in a title or not, of
	// internal documents or not (see listOf). A public audience reads only
	// the public ones; empty lists are left out.
	lists := s.lists[:0]
	for _, it := range q.items {
		s.ctxCursor = append(s.ctxCursor, ix.ctxStart[it.term])
		for l := range int32(listsPerTerm) {
			inTitle, internal := l%2 == 0, l >= 2
			list := listOf(it.term, inTitle, internal)
			if internal && public || ix.start[list] == ix.start[list+1] {
				continue
			}
			ql := queryList{list: list, next: ix.runStart[list], mask: it.concepts}
			if !it.exact {
				ql.mask <<= approxShift
			}
			if inTitle {
				ql.mask |= it.concepts << titleShift
			}
			// ub is the same product as scoring's, so that bounds hold
			// exactly.
			ql.w = ix.idf[it.term] * it.weight / valScale
			ql.ub = ql.w * ix.maxVal[list]
			lists = append(lists, ql)
		}
	}
	// MaxScore: an entry matching only lists whose best contributions add
	// up to less than the score of the last answer in the list cannot
	// enter it. Such "non-essential" lists only add to entries that other
	// lists found; they create no candidates. Lists are ordered by their
	// best contribution, so the non-essential ones are a prefix.
	//
	// An entry a section's context reached counts as found by other lists:
	// contexts are added first, and non-essential lists add to every
	// entry something reached. So the bound needs no context.
	slices.SortFunc(lists, func(a, b queryList) int { return cmp.Compare(a.ub, b.ub) })
	s.lists = lists
	bound := s.bound[:0]
	var sum float32
	for _, l := range lists {
		sum += l.ub
		bound = append(bound, sum*maxTitleBoost*q.bestCov)
	}
	s.bound = bound

	top := s.top[:0]
	for lo := int32(0); lo < int32(ix.n); lo += blockSize {
		hi := min(lo+blockSize, int32(ix.n))
		acc := &s.acc
		ix.addContext(q, public, lo, hi, acc, s.ctxCursor)
		found := s.found[:blockSize]
		n := 0
		nonEssential := 0
		var floor, titleFloor float32
		if len(top) == MaxAnswers {
			last := top[len(top)-1].score
			for nonEssential < len(lists) && bound[nonEssential] < last {
				nonEssential++
			}
			// Coverage multiplies the raw score by at most bestCov².
			floor, titleFloor = last/q.bestCov, last/(q.bestCov*maxTitleBoost)
		}
		for j := range lists {
			// Essential lists first, so the others find their candidates.
			l := &lists[(j+nonEssential)%len(lists)]
			var postings []posting
			postings, l.next = ix.blockPostings(l.list, lo>>blockBits, l.next)
			if len(postings) == 0 {
				continue
			}
			if j >= len(lists)-nonEssential {
				n = scoreReached(postings, acc, lo, l.w, l.mask, floor, titleFloor, found, n, &s.hits)
			} else {
				n = score(postings, acc, lo, l.w, l.mask, floor, titleFloor, found, n)
			}
		}
		top = ix.offer(q, s, top, found[:n], acc, lo)
		clear(acc[:])
	}
	top = ix.settle(q, s, top)
	s.top = top
	return top
}

// offer adds the found entries of the block starting at lo to top, the
// best MaxAnswers so far, kept in a small sorted list: sorting every match
// would cost more than the scoring.
//
// The title bonus needs the entry's title, and titles are spread over the
// whole index: each read waits for memory. So an entry a question word
// matched in its title enters the list with its score before the bonus,
// a lower bound, and keeps in boost the most the bonus can multiply it
// by; settle adds the bonuses once, at the end. An entry whose bonus
// could lift it into the list, or that the list drops before its bonus
// is known, waits in s.uncertain. The last score in the list stays a
// lower bound of the last answer's, which is all pruning needs.
func (ix *index) offer(q *query, s *scratch, top []candidate, found []int32, acc *[blockSize]accum, lo int32) []candidate {
	for _, e := range found {
		p := acc[e-lo]
		named, boost := p.concepts>>titleShift&conceptMask, float32(0)
		bound := p.score * q.bestCov
		if named != 0 {
			boost = q.titleBoost(named)
			bound *= boost
		}
		// In the first block, found before the list filled: most
		// cannot reach it now.
		if len(top) == MaxAnswers && bound <= top[len(top)-1].score {
			continue
		}
		cov, enough := s.coverage(q, p.concepts)
		if !enough {
			continue
		}
		c := candidate{e, p.score * cov * cov, cov, boost}
		if len(top) == MaxAnswers {
			last := top[len(top)-1]
			if boost != 0 && c.score*boost <= last.score {
				continue
			}
			if !c.better(last) {
				if boost != 0 {
					s.uncertain = append(s.uncertain, c)
				}
				continue
			}
			if last.boost != 0 {
				s.uncertain = append(s.uncertain, last)
			}
		} else {
			top = append(top, c)
		}
		insert(top, c)
	}
	return top
}

// insert puts c in its place in top, whose last element is free.
func insert(top []candidate, c candidate) {
	i := len(top) - 1
	for ; i > 0 && c.better(top[i-1]); i-- {
		top[i] = top[i-1]
	}
	top[i] = c
}

// settle adds the title bonuses that offer left out and returns the best
// MaxAnswers of top and the uncertain entries that can still pass it.
//
// A title the question names in full is the best evidence there is:
// "cybersecurity training" is the entry of that name before a section
// that mentions both words at length, and "supply investment" is "Supply
// Investment" before "Investment Supply".
func (ix *index) settle(q *query, s *scratch, top []candidate) []candidate {
	var last float32
	if len(top) == MaxAnswers {
		last = top[len(top)-1].score
	}
	cands := append(s.settling[:0], top...)
	for _, c := range s.uncertain {
		if c.score*c.boost > last {
			cands = append(cands, c)
		}
	}
	s.settling, s.uncertain = cands, s.uncertain[:0]
	// Read the titles in one pass first: the reads are independent, so
	// the processor waits for memory once for all of them, not once each.
	var sum int32
	for _, c := range cands {
		if k := ix.titleStart[c.entry]; c.boost != 0 && k < ix.titleStart[c.entry+1] {
			sum += ix.titleTerms[k]
		}
	}
	s.sink += sum
	top = top[:0]
	for _, c := range cands {
		if c.boost != 0 {
			c.score *= 1 + q.titleMatch(ix.titleTerms[ix.titleStart[c.entry]:ix.titleStart[c.entry+1]])
			c.boost = 0
		}
		if len(top) == MaxAnswers {
			if !c.better(top[len(top)-1]) {
				continue
			}
		} else {
			top = append(top, c)
		}
		insert(top, c)
	}
	return top
}

// addContext adds the context scores of the sections in the block [lo,
// hi) to their items' accumulators (a section's own text has its context
// in its own fields). It adds no coverage-free candidates: an entry is
// found only through its own words (see score).
func (ix *index) addContext(q *query, public bool, lo, hi int32, acc *[blockSize]accum, cursor []int32) {
	_ = acc[0] // check acc for nil once, not in the loop
	for i, it := range q.items {
		mask := it.concepts
		if !it.exact {
			mask <<= approxShift
		}
		w := ix.idf[it.term] * it.weight
		k, end := cursor[i], ix.ctxStart[it.term+1]
		for ; k < end; k++ {
			c := ix.ctx[k]
			first := c.first
			if first < 0 { // a section of an internal document
				if first = ^first; public {
					if first >= hi {
						break
					}
					if c.end <= hi {
						continue
					}
					break
				}
			}
			if first >= hi {
				break
			}
			v := w * c.val
			for e, to := max(first, lo)-lo, min(c.end, hi)-lo; e < to; e++ {
				p := &acc[e&(blockSize-1)]
				p.score += v
				p.concepts |= mask
			}
			if c.end > hi {
				break // the section goes on in the next block
			}
		}
		cursor[i] = k
	}
}

// query is an analysed question: the terms to look up and the concepts
// (the question's meaningful words) they stand for.
type query struct {
	items   []queryTerm
	weight  []float32 // each concept's share of the question's meaning
	total   float32
	telling uint32  // concepts that are not weak words
	bestCov float32 // see answerable
}

// queryTerm is a term to look up for one or more concepts.
type queryTerm struct {
	term     int32
	weight   float32 // 1 for a word as asked; less for a correction
	concepts uint32  // the concepts a match stands for
	exact    bool
}

// answerable reports whether an entry matching every term of q could
// cover enough of it; when the question's words are mostly unknown to
// the base, nothing can, and there is no need to look.
// It sets bestCov, the square of the best coverage an entry can have:
// the most coverage multiplies a score by.
func (q *query) answerable() bool {
	var exact, approx uint32
	for _, it := range q.items {
		if it.exact {
			exact |= it.concepts
		} else {
			approx |= it.concepts
		}
	}
	cov, enough := q.coverage(exact, approx)
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
func (q *query) coverage(exact, approx uint32) (cov float32, enough bool) {
	var got, telling float32
	for m := exact; m != 0; m &= m - 1 {
		c := bits.TrailingZeros32(m)
		got += q.weight[c]
		if q.telling&(1<<c) != 0 {
			telling += q.weight[c]
		}
	}
	for m := approx &^ exact; m != 0; m &= m - 1 {
		c := bits.TrailingZeros32(m)
		got += approxCredit * q.weight[c]
		if q.telling&(1<<c) != 0 {
			telling += approxCredit * q.weight[c]
		}
	}
	cov = min(got/q.total, 1)
	share := telling / q.total
	return cov, share >= MinCoverage || share >= minLongCoverage && bits.OnesCount32((exact|approx)&q.telling) >= minLongMatch
}

type queryWord struct {
	word    string
	pos     int
	concept int // -1 for stop words
}

// analyze turns a question into terms. Each meaningful word is a concept,
// looked up as written (through its stem), else split into two known
// words, else corrected to the nearest known words. Two adjacent words
// that the base knows as one ("air base" for "airbase") match that word
// too. A word no term stands for still counts in the question's weight:
// an entry cannot cover it.
func (ix *index) analyze(question string) *query {
	var words []queryWord
	tokenize(question, func(w []byte, pos int, compound bool) {
		if compound || len(words) >= maxWords {
			return
		}
		words = append(words, queryWord{word: string(w), pos: pos, concept: -1})
	})
	// Concepts are numbered in order first, matched or not: a word
	// matches a term only after the words around it are known.
	type term struct {
		term     int32
		weight   float32
		concepts uint64
		exact    bool
	}
	var terms []term
	var weight []float32 // per concept
	var weak []bool
	for i := range words {
		w := &words[i]
		// A word the base has is indexable; only others need checking,
		// which stems them.
		t, known := ix.surface[w.word]
		var stem string
		if !known {
			var ok bool
			if stem, ok = stemIndexable(w.word); !ok {
				continue
			}
		}
		c := len(weight)
		w.concept = c
		weak = append(weak, weakWords[w.word])
		bit := uint64(1) << c
		if !known {
			t, known = ix.terms[stem]
		}
		if known {
			terms = append(terms, term{t, 1, bit, true})
			weight = append(weight, ix.idf[t])
			for _, r := range ix.relatives(ix.stemOf[t], t) {
				terms = append(terms, term{r, relativeWeight, bit, false})
			}
			continue
		}
		if parts := ix.split(w.word); len(parts) > 0 {
			var sum float32
			for _, t := range parts {
				terms = append(terms, term{t, 0.9, bit, false})
				sum += ix.idf[t]
			}
			weight = append(weight, sum/float32(len(parts)))
			continue
		}
		if fixes := ix.correct(w.word); len(fixes) > 0 {
			var best float32
			for _, f := range fixes {
				terms = append(terms, term{f.term, f.weight, bit, false})
				best = max(best, ix.idf[f.term])
			}
			weight = append(weight, best)
			continue
		}
		if framing[w.word] {
			weight = append(weight, 0) // a question word the base does not use
			continue
		}
		weight = append(weight, ix.idfUnseen)
	}
	for i := 0; i+1 < len(words); i++ {
		a, b := words[i], words[i+1]
		if b.pos != a.pos+1 {
			continue
		}
		t, ok := ix.surface[a.word+b.word]
		if !ok {
			continue
		}
		var concepts uint64
		for _, w := range [2]queryWord{a, b} {
			if w.concept >= 0 {
				concepts |= 1 << w.concept
			}
		}
		if concepts != 0 {
			terms = append(terms, term{t, 1, concepts, true})
		}
	}

	// Acronyms (see acronymMark): a word the briefings write in capitals,
	// or know nothing else of, may be the initials of a name they spell
	// out ("fmf"); and words in a row may spell out initials the briefings
	// write ("millennium challenge corporation" for "MCC").
	for i, w := range words {
		if w.concept < 0 {
			continue
		}
		if _, known := ix.surface[w.word]; (!known || ix.upper[w.word]) && len(w.word) >= minAcronym && len(w.word) <= maxAcronym {
			if t, ok := ix.surface[acronymMark+w.word]; ok {
				terms = append(terms, term{t, acronymWeight, 1 << w.concept, true})
			}
		}
		var initials [maxAcronym]byte
		n, concepts, last := 0, uint64(0), w.pos-1
		for _, x := range words[i:] {
			if x.pos != last+1 || n == maxAcronym {
				break
			}
			last = x.pos
			if x.concept < 0 {
				if connectives[x.word] && n > 0 {
					continue
				}
				break
			}
			initials[n], concepts = x.word[0], concepts|1<<x.concept
			n++
			if n >= minAcronym && ix.upper[string(initials[:n])] {
				if t, ok := ix.surface[string(initials[:n])]; ok {
					terms = append(terms, term{t, acronymWeight, concepts, true})
				}
			}
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
	q := &query{}
	var bit [maxWords]uint32
	telling := false
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
		q.total += w
	}
	if !telling {
		return &query{} // only weak words: small talk, not a question
	}
	for _, t := range terms {
		var concepts uint32
		for m := t.concepts; m != 0; m &= m - 1 {
			concepts |= bit[bits.TrailingZeros64(m)]
		}
		if concepts != 0 {
			q.items = append(q.items, queryTerm{term: t.term, weight: t.weight, concepts: concepts, exact: t.exact})
		}
	}
	return q
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
func (ix *index) relatives(stem string, self int32) []int32 {
	const minStem, maxExtra, maxRelatives = 5, 5, 4
	if len(stem) < minStem {
		return nil
	}
	var out []int32
	for n := max(minStem, len(stem)-maxExtra); n < len(stem); n++ {
		if t, ok := ix.terms[stem[:n]]; ok && t != self {
			out = append(out, t)
		}
	}
	i, _ := slices.BinarySearch(ix.stems, stem)
	for ; i < len(ix.stems) && len(out) < maxRelatives && strings.HasPrefix(ix.stems[i], stem); i++ {
		if s := ix.stems[i]; len(s) > len(stem) && len(s) <= len(stem)+maxExtra {
			out = append(out, ix.terms[s])
		}
	}
	return out
}

// split finds two known words that make up w ("airbase": "air", "base"),
// preferring the most even split. A stop word may be one of them
// ("cleanup": "clean"); only the other is returned then.
func (ix *index) split(w string) []int32 {
	if len(w) < 5 {
		return nil
	}
	var best []int32
	bestEven := 0
	for k := 2; k+2 <= len(w); k++ {
		if !utf8.RuneStart(w[k]) {
			continue
		}
		a, b := w[:k], w[k:]
		ta, okA := ix.surface[a]
		tb, okB := ix.surface[b]
		stopA, stopB := isStopWord(a), isStopWord(b)
		var parts []int32
		switch {
		case okA && okB:
			parts = []int32{ta, tb}
		case okA && stopB && len(a) >= 4:
			parts = []int32{ta}
		case okB && stopA && len(b) >= 4:
			parts = []int32{tb}
		default:
			continue
		}
		if even := min(len(a), len(b)); even > bestEven {
			best, bestEven = parts, even
		}
	}
	return best
}

// correction is a known term near a misspelt word.
type correction struct {
	term   int32
	weight float32
}

// correct finds the known words nearest a word the base does not know:
// one edit away (a letter dropped, added, changed, or two swapped), or two
// for long words. Among equally near words the most common win.
func (ix *index) correct(w string) []correction {
	n := utf8.RuneCountInString(w)
	if n < minCorrectable {
		return nil
	}
	maxDist := 1
	if n >= 8 {
		maxDist = 2
	}
	type cand struct {
		term int32
		dist int
		idf  float32
	}
	var cands []cand
	var tried []int32 // word indexes already compared
	forDeletes(w, func(h uint64) {
		for _, k := range ix.deletes[h] {
			if slices.Contains(tried, k) {
				continue
			}
			tried = append(tried, k)
			word := ix.words[k]
			if d := distance(w, word, maxDist); d <= maxDist {
				t := ix.surface[word]
				if !slices.ContainsFunc(cands, func(c cand) bool { return c.term == t }) {
					cands = append(cands, cand{t, d, ix.idf[t]})
				}
			}
		}
	})
	if len(cands) == 0 {
		return nil
	}
	slices.SortFunc(cands, func(a, b cand) int {
		if c := cmp.Compare(a.dist, b.dist); c != 0 {
			return c
		}
		if c := cmp.Compare(a.idf, b.idf); c != 0 {
			return c // lower IDF: the more common word
		}
		return cmp.Compare(a.term, b.term)
	})
	var out []correction
	for _, c := range cands {
		if c.dist != cands[0].dist || len(out) == 2 {
			break
		}
		weight := float32(0.8)
		if c.dist > 1 || n < 5 {
			weight = 0.6 // a short word has many neighbours: less sure
		}
		out = append(out, correction{c.term, weight})
	}
	return out
}
