package knowledge

import (
	"cmp"
	"math"
	"slices"
)

type candidate struct {
	entry int32
	score float32
	cov   float32
	// boost is the most the title bonus can still multiply score by,
	// 0 once score is final (see offer).
	boost float32
	// concepts are those the entry matched, as accum keeps them.
	concepts uint64
}

// levels returns the concepts the candidate matched as asked, nearly
// and loosely (see accum).
func (c candidate) levels() (exact, approx, loose uint32) {
	return uint32(c.concepts & conceptMask), uint32(c.concepts >> approxShift & conceptMask), uint32(c.concepts >> looseShift & conceptMask)
}

// better orders candidates by score, then by position in the base, so
// equal scores rank the same way every time.
func (c candidate) better(d candidate) bool {
	return c.score > d.score || c.score == d.score && c.entry < d.entry
}

// scratch is the per-question working memory, pooled: allocating it for
// every question would dominate answering.
type scratch struct {
	terms []rankTerm  // the terms a question reads, each once
	lists []queryList // the lists a question reads, by their best contribution
	bound []float32   // the best score of entries matching only lists[:i+1]
	// covered memoises coverage by the concepts matched: a question
	// has few concepts, so many entries match the same ones.
	covered [64]coverageMemo
	blockAcc
	top       []candidate
	ctxCursor []cursor
	uncertain []candidate // see offer
	settling  []candidate
	ctx       contextSums   // see sumContext
	need      []uint64      // see necessary
	spans     []span        // see gate
	ctxPre    []cursor      // see gate
	segSpans  []segSpans    // see sectionSpans
	secSpans  []span        // see sectionSpans
	warm      sectionCursor // see warmSections
	sec       sectionSums   // see sumSections
}

// blockAcc is a block's accumulators, an accum's score and concepts
// apart, and the entries of the block found (see score), numbered in the
// block: side by side, so that score and scoreReached reach all three
// from one register. Apart, an entry's number indexes both arrays as it
// is (4 and 8 bytes an element); as accums of 16 bytes, it had to be
// shifted first at every posting. fill writes past the block's last.
type blockAcc struct {
	score    [blockSize + fillPad]float32
	concepts [blockSize + fillPad]uint64
	found    [blockSize]int32
}

// queryList is one posting list a question reads.
type queryList struct {
	list int32 // in the index
	cursor
	mask uint64  // the concepts a posting stands for (see accum)
	w    float32 // what a posting adds for each 65,535th of its value
	ub   float32 // the most a posting adds
	// gates is set when the list's postings match the concept gate
	// reads ahead of scoring, with pre.
	gates bool
	pre   cursor
}

// span is a run of a block's entries, from start to end, numbered in
// the block.
type span struct{ start, end int32 }

// cursor is where a list, or a term's context postings, goes on in the
// next block: in the run-th of its runs (of those before end), whose
// segment's first entry is first, at the start of post, the run's
// postings not taken yet. It keeps what the run's segment has for it, so
// that a block reads it without looking the segment up.
type cursor struct {
	run, end int32
	first    int32
	post     []uint32
	vals     []float32 // the segment's values
	ctxVals  []float32
	sections []segSection
}

// listCursor returns a cursor at the first of ix.runs[from:to].
func (ix *index) listCursor(from, to int32) cursor {
	c := cursor{run: from - 1, end: to}
	c.nextList(ix)
	return c
}

// nextList moves a list's cursor to its next run.
func (c *cursor) nextList(ix *index) {
	if c.run++; c.run >= c.end {
		c.first, c.post = math.MaxInt32, nil
		return
	}
	r := ix.runs[c.run]
	h := &ix.heads[r.seg]
	c.first, c.post, c.vals = h.first, h.post[r.from:r.to], h.vals
}

// ctxCursor returns a cursor at the first of ix.ctxRuns[from:to].
func (ix *index) ctxCursor(from, to int32) cursor {
	c := cursor{run: from - 1, end: to}
	c.nextCtx(ix)
	return c
}

// nextCtx moves a term's context cursor to its next run.
func (c *cursor) nextCtx(ix *index) {
	if c.run++; c.run >= c.end {
		c.first, c.post = math.MaxInt32, nil
		return
	}
	r := ix.ctxRuns[c.run]
	h := &ix.heads[r.seg]
	c.first, c.post, c.ctxVals, c.sections = h.first, h.ctx[r.from:r.to], h.ctxVals, h.sections
}

// coverageMemo is a remembered coverage; concepts is stored plus one, so
// the zero value is an empty slot.
type coverageMemo struct {
	concepts uint64
	cov      float32
	enough   bool
}

// coverage is q.coverage of an accumulator's concepts, remembered.
func (s *scratch) coverage(q *query, concepts uint64) (float32, bool) {
	concepts &= 1<<titleShift - 1
	slot := &s.covered[(concepts*0x9E3779B97F4A7C15)>>58]
	if slot.concepts == concepts+1 {
		return slot.cov, slot.enough
	}
	cov, enough := q.coverage(uint32(concepts&conceptMask), uint32(concepts>>approxShift&conceptMask), uint32(concepts>>looseShift&conceptMask))
	*slot = coverageMemo{concepts + 1, cov, enough}
	return cov, enough
}

// accum is what one entry has matched so far.
type accum struct {
	score float32
	// concepts has the concepts matched as asked in its low maxConcepts
	// bits, those matched approximately (a corrected typo, a word of
	// the family) in the next maxConcepts, those matched loosely (a
	// related word from the lexicon) in the next, those matched in the
	// entry's title in the next, and queued.
	concepts uint64
}

const (
	conceptMask = 1<<maxConcepts - 1
	approxShift = maxConcepts
	looseShift  = 2 * maxConcepts
	titleShift  = 3 * maxConcepts
	titleMask   = conceptMask << titleShift
	// queued marks an entry already found (see score).
	queued = 1 << (4 * maxConcepts)
)

// matchShift is where a match of each level keeps its concepts.
var matchShift = [...]uint{exactMatch: 0, approxMatch: approxShift, looseMatch: looseShift}

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
	return &scratch{}
}

// score adds the postings of one list, each worth w per 65,535th of
// value, to the accumulators of a block, up to the first posting of an
// entry past the block. The postings are those of a segment whose first
// entry is delta after the block's, and vals its values. mask is the
// concepts a match stands for (see accum), in the title bits too for a
// title list. An entry whose score passes floor (titleFloor if a
// question word is in its title) has its number in the block appended
// to b.found, once. It returns the new count of found entries and how
// many postings it took.
//
// This and scoreReached are the innermost loops of answering, written
// so that what their loops use fits in the processor's registers: with
// more, the loop stored some of it on the stack and loaded it again at
// every posting. So an entry is past the block when its number in the
// block is blockSize or more (at the base's end there are no entries
// past it), found shares an address with the accumulators, and a found
// entry's number is worked out again from its posting, not kept over the
// loop. The entry's number is worked out in 64 bits, from delta widened
// once: in 32 bits the compiler widened it again at every posting, to
// index the accumulators. scoreSpan and scoreReachedSpan stop at a
// span's end instead.
func score(postings []uint32, b *blockAcc, delta int32, vals []float32, w float32, mask uint64,
	floor, titleFloor float32, n int) (int, int) {
	d := int(delta)
	for i, pp := range postings {
		k := uint(int(pp&segMask) + d)
		if k >= blockSize {
			return n, i
		}
		s := b.score[k] + w*vals[pp>>segBits]
		c := b.concepts[k] | mask
		b.score[k] = s
		if s > titleFloor && c&queued == 0 && (c&titleMask != 0 || s > floor) {
			b.found[n&(blockSize-1)] = int32(postings[i]&segMask) + delta
			n++
			c |= queued
		}
		b.concepts[k] = c
	}
	return n, len(postings)
}

// scoreReached is score for a non-essential list (see rank): it adds only
// to entries something else reached. Whether an entry was reached is a
// coin toss the processor cannot predict, so there is no branch on it:
// every posting is read, and one of an entry nothing reached adds zero
// and no concepts, which leaves its accumulator empty. What it adds is
// picked by whether the entry was reached, from two weights and two
// masks: zero or w, nothing or mask. Multiplying by a 0 or 1 made from
// the concepts took an integer's conversion to float and a second
// product at every posting; the value times w or times zero is the same
// number to the bit.
func scoreReached(postings []uint32, b *blockAcc, delta int32, vals []float32, w float32, mask uint64,
	floor, titleFloor float32, n int) (int, int) {
	d := int(delta)
	ws, ms := [2]float32{0, w}, [2]uint64{0, mask}
	for i, pp := range postings {
		k := uint(int(pp&segMask) + d)
		if k >= blockSize {
			return n, i
		}
		c := b.concepts[k]
		r := (c | -c) >> 63 // 1 if something reached the entry, else 0
		// Times w, the product is score's to the last bit.
		s := b.score[k] + vals[pp>>segBits]*ws[r]
		c |= ms[r]
		b.score[k] = s
		if s > titleFloor && c&queued == 0 && (c&titleMask != 0 || s > floor) {
			b.found[n&(blockSize-1)] = int32(postings[i]&segMask) + delta
			n++
			c |= queued
		}
		b.concepts[k] = c
	}
	return n, len(postings)
}

// scoreSpan is score up to the first posting of an entry numbered end or
// more in the block, the end of a span (see scoreSpans): a span's
// postings are few, and finding where they end before scoring them, to
// use score, made gated questions 2 to 3% slower.
func scoreSpan(postings []uint32, end uint32, b *blockAcc, delta int32, vals []float32, w float32, mask uint64,
	floor, titleFloor float32, n int) (int, int) {
	for i, pp := range postings {
		k := uint32(int32(pp&segMask) + delta)
		if k >= end {
			return n, i
		}
		j := k & (blockSize - 1)
		s := b.score[j] + w*vals[pp>>segBits]
		c := b.concepts[j] | mask
		b.score[j] = s
		if s > titleFloor && c&queued == 0 && (c&titleMask != 0 || s > floor) {
			b.found[n&(blockSize-1)] = int32(k)
			n++
			c |= queued
		}
		b.concepts[j] = c
	}
	return n, len(postings)
}

// scoreReachedSpan is scoreReached up to the end of a span, as
// scoreSpan is score.
func scoreReachedSpan(postings []uint32, end uint32, b *blockAcc, delta int32, vals []float32, w float32, mask uint64,
	floor, titleFloor float32, n int) (int, int) {
	ws, ms := [2]float32{0, w}, [2]uint64{0, mask}
	for i, pp := range postings {
		k := uint32(int32(pp&segMask) + delta)
		if k >= end {
			return n, i
		}
		j := k & (blockSize - 1)
		c := b.concepts[j]
		r := (c | -c) >> 63 // 1 if something reached the entry, else 0
		s := b.score[j] + vals[pp>>segBits]*ws[r]
		c |= ms[r]
		b.score[j] = s
		if s > titleFloor && c&queued == 0 && (c&titleMask != 0 || s > floor) {
			b.found[n&(blockSize-1)] = int32(k)
			n++
			c |= queued
		}
		b.concepts[j] = c
	}
	return n, len(postings)
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
//
// Many questions have a concept that every answer must match (see
// necessary) and few entries do, as a country the question names: the
// entries of a few documents, through their sections' context, and
// those that mention it. Then each block is first read for those (see
// gate), and the lists are scored on them alone, skipping the postings
// of other entries a run at a time: those could never be offered, so
// leaving them out changes no answer, and the entries scored get the
// same additions in the same order.
func (ix *index) rank(q *query, a Audience, s *scratch) []candidate {
	if enough := q.answerable(); len(q.items) == 0 || !enough && !q.relaxed {
		return nil // even an entry matching every term would not fit
	}
	public := a != Internal
	s.covered = [64]coverageMemo{}
	s.ctxCursor, s.ctxPre = s.ctxCursor[:0], s.ctxPre[:0]
	gate := ix.gateOf(q, a, s)
	// A term the question has more than once is read once (see
	// rankTerm).
	s.terms = mergeTerms(q, s.terms)
	// Each query term has four posting lists: in a title or not, of
	// internal documents or not (see listOf). A public audience reads only
	// the public ones; empty lists are left out.
	lists := s.lists[:0]
	for _, t := range s.terms {
		s.ctxCursor = append(s.ctxCursor, ix.ctxCursor(ix.ctxRunStart[t.term], ix.ctxRunStart[t.term+1]))
		if t.mask&gate != 0 {
			s.ctxPre = append(s.ctxPre, s.ctxCursor[len(s.ctxCursor)-1])
		}
		for l := range int32(listsPerTerm) {
			inTitle, internal := l%2 == 0, l >= 2
			list := listOf(t.term, inTitle, internal)
			if internal && public || ix.runStart[list] == ix.runStart[list+1] {
				continue
			}
			ql := queryList{list: list, cursor: ix.listCursor(ix.runStart[list], ix.runStart[list+1]), mask: t.mask}
			if inTitle {
				ql.mask |= t.title
			}
			// ub is the same product as scoring's, so that bounds hold
			// exactly.
			ql.w = t.w / valScale
			ql.ub = ql.w * ix.maxVal[list]
			if ql.gates = ql.mask&gate != 0; ql.gates {
				ql.pre = ql.cursor
			}
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
	if q.least > 0 {
		// A list full of entries at the least score prunes what
		// cannot pass it; none is a real entry (see unfloored).
		for range MaxAnswers {
			top = append(top, candidate{entry: -1, score: q.least})
		}
	}
	s.warm = sectionCursor{}
	s.sec.hi = -1
	for lo := int32(0); lo < int32(ix.n); lo += blockSize {
		hi := min(lo+blockSize, int32(ix.n))
		acc := &s.blockAcc
		var spans []span // nil: the whole block
		if gate != 0 {
			var covered int32
			spans, covered = ix.gate(s, gate, public, lo, hi)
			switch {
			case len(spans) == 0:
				// No entry of the block can answer.
				ix.sumContext(public, lo, hi, s, ix.sectionSpans(s, nil, lo, hi))
				s.ctx.fillSpans(acc, nil) // empties the sums
				// The lists' cursors are moved on when next read.
				continue
			case covered > blockSize/spanShare:
				spans = nil // reading every posting costs less
				for j := range lists {
					lists[j].skip(ix, lo) // past the blocks passed over
				}
			}
		}
		if spans == nil {
			ix.warmSections(&s.warm, lo, hi)
			ix.sumSections(lo, hi, s)
			s.sec.fill(acc, lo, hi, public)
		} else {
			ix.sumContext(public, lo, hi, s, ix.sectionSpans(s, spans, lo, hi))
			s.ctx.fillSpans(acc, spans)
		}
		b := &s.blockAcc
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
			reached := j >= len(lists)-nonEssential
			if spans != nil {
				n = l.scoreSpans(ix, spans, lo, reached, b, floor, titleFloor, n)
				continue
			}
			for l.first < hi {
				delta := l.first - lo
				var used int
				if reached {
					n, used = scoreReached(l.post, b, delta, l.vals, l.w, l.mask, floor, titleFloor, n)
				} else {
					n, used = score(l.post, b, delta, l.vals, l.w, l.mask, floor, titleFloor, n)
				}
				if used < len(l.post) {
					l.post = l.post[used:]
					break // the run goes on in the next block
				}
				l.nextList(ix)
			}
		}
		top = ix.offer(q, s, top, b.found[:n], b, lo)
		if spans == nil {
			// What fill wrote past the block is never read.
			clear(b.score[:blockSize])
			clear(b.concepts[:blockSize])
		} else {
			for _, sp := range spans {
				clear(b.score[sp.start:sp.end])
				clear(b.concepts[sp.start:sp.end])
			}
		}
	}
	top = unfloored(ix.settle(q, s, top))
	s.top = top
	return top
}

// unfloored returns top without the stand-ins for the least score that
// rank filled it with.
func unfloored(top []candidate) []candidate {
	for i, c := range top {
		if c.entry < 0 {
			return top[:i] // they are last: real entries beat them
		}
	}
	return top
}

// necessary appends to need, for each concept that every entry with
// enough coverage matches, the bits of an accumulator's concepts that
// match it: those of every level, or of the exact and approximate ones
// when a loose match is not enough.
//
// Coverage only grows as an entry matches more, or more closely (see
// query.coverage): so when an entry matching everything the terms can
// match but a concept has too little, every entry without that concept
// has too little.
func (q *query) necessary(need []uint64) []uint64 {
	var all [3]uint32
	for _, it := range q.items {
		all[it.level] |= it.concepts
	}
	for c := range len(q.weight) {
		bit := uint32(1) << c
		strong := uint64(bit)<<matchShift[exactMatch] | uint64(bit)<<matchShift[approxMatch]
		if _, ok := q.coverage(all[exactMatch]&^bit, all[approxMatch]&^bit, all[looseMatch]&^bit); !ok {
			need = append(need, strong|uint64(bit)<<matchShift[looseMatch])
		} else if _, ok := q.coverage(all[exactMatch]&^bit, all[approxMatch]&^bit, all[looseMatch]); !ok {
			need = append(need, strong)
		}
	}
	return need
}

// gateOf returns the bits of an accumulator's concepts that an entry
// must have to answer q, of the necessary concept that the fewest
// entries match, when they are few enough for gate to be worth it; 0
// when not.
func (ix *index) gateOf(q *query, a Audience, s *scratch) uint64 {
	if q.relaxed {
		return 0 // every entry counts, enough or not (see byDocument)
	}
	s.need = q.necessary(s.need[:0])
	best, bestCost := uint64(0), int64(math.MaxInt64)
	if gateShare > 0 {
		bestCost = int64(ix.n)/gateShare + 1
	}
	for _, m := range s.need {
		// The postings that match the concept, and the context
		// postings, each standing for a section's few entries.
		var cost int64
		for _, it := range q.items {
			if uint64(it.concepts)<<matchShift[it.level]&m == 0 {
				continue
			}
			for l := range int32(listsPerTerm) {
				if l >= 2 && a != Internal {
					continue
				}
				list := listOf(it.term, l%2 == 0, l >= 2)
				for _, r := range ix.runs[ix.runStart[list]:ix.runStart[list+1]] {
					cost += int64(r.to - r.from)
				}
			}
			for _, r := range ix.ctxRuns[ix.ctxRunStart[it.term]:ix.ctxRunStart[it.term+1]] {
				cost += ctxCost * int64(r.to-r.from)
			}
		}
		if cost < bestCost {
			best, bestCost = m, cost
		}
	}
	return best
}

// A gate is worth reading when the entries it lets through are at most
// a gateShare-th of the base, counting ctxCost entries for a context
// posting; and the lists are read span by span in a block whose spans
// hold at most a spanShare-th of it. Tests set gateShare to 0 and
// spanShare to 1 to rank every question with a necessary concept
// through a gate, and every block by spans.
var (
	gateShare int64 = 16
	spanShare int32 = 4
)

const ctxCost = 4

// gate returns the spans of the block [lo, hi) whose entries match the
// concept of gate, through their own words or their sections' context,
// in order and apart, and how many entries they hold. It reads the
// lists and the context postings that match it ahead of scoring, with
// their pre cursors (s.ctxPre for the context).
func (ix *index) gate(s *scratch, gate uint64, public bool, lo, hi int32) ([]span, int32) {
	spans := s.spans[:0]
	for i := range s.ctxPre {
		spans = ix.contextSpans(&s.ctxPre[i], public, lo, hi, spans)
	}
	for j := range s.lists {
		l := &s.lists[j]
		if !l.gates {
			continue
		}
		for l.pre.first < hi {
			limit, delta := uint32(hi-l.pre.first), l.pre.first-lo
			post := l.pre.post
			i := 0
			for ; i < len(post) && post[i]&segMask < limit; i++ {
				k := int32(post[i]&segMask) + delta
				if last := len(spans) - 1; last >= 0 && spans[last].end == k {
					spans[last].end++
				} else {
					spans = append(spans, span{k, k + 1})
				}
			}
			if i < len(post) {
				l.pre.post = post[i:]
				break
			}
			l.pre.nextList(ix)
		}
	}
	slices.SortFunc(spans, func(a, b span) int { return cmp.Compare(a.start, b.start) })
	out, covered := spans[:0], int32(0)
	for _, sp := range spans {
		if last := len(out) - 1; last >= 0 && sp.start <= out[last].end {
			if sp.end > out[last].end {
				covered += sp.end - out[last].end
				out[last].end = sp.end
			}
			continue
		}
		out = append(out, sp)
		covered += sp.end - sp.start
	}
	s.spans = out
	return out, covered
}

// scoreSpans scores a list's postings for the entries of spans, which
// are in the block starting at lo, from where its cursor is (at or before
// the first span's first entry). reached and the rest are as for score
// and scoreReached; it returns the new count of found entries.
func (l *queryList) scoreSpans(ix *index, spans []span, lo int32, reached bool, b *blockAcc,
	floor, titleFloor float32, n int) int {
	for _, sp := range spans {
		from, to := lo+sp.start, lo+sp.end
		for l.first < to {
			l.post = l.post[seek(l.post, uint32(max(from-l.first, 0))):]
			delta := l.first - lo
			var used int
			if reached {
				n, used = scoreReachedSpan(l.post, uint32(sp.end), b, delta, l.vals, l.w, l.mask, floor, titleFloor, n)
			} else {
				n, used = scoreSpan(l.post, uint32(sp.end), b, delta, l.vals, l.w, l.mask, floor, titleFloor, n)
			}
			if used < len(l.post) {
				l.post = l.post[used:]
				break // the run goes on after the span
			}
			l.nextList(ix)
		}
	}
	return n
}

// skip moves a list's cursor to the first of its postings of an entry
// numbered hi or more, without reading those before one by one. A gated
// question's lists are moved on only as they are read: over the blocks
// and spans it passes over at once, not block by block.
func (l *queryList) skip(ix *index, hi int32) {
	for l.first < hi {
		if i := seek(l.post, uint32(hi-l.first)); i < len(l.post) {
			l.post = l.post[i:]
			return
		}
		l.nextList(ix)
	}
}

// seek returns the index of the first of postings (in entry order) of
// an entry numbered k or more in its segment, or len(postings).
//
// The answer is most often a few dozen postings on: a gated question's
// lists seek from one span to the next, tens of thousands of times a
// question (51,000 times, 36 postings on average, for "student support
// modernization in Sri" at 30,000 documents), and seeking was two
// fifths of such a question's time. So seek steps over the first
// seekNear postings seekStep at a time, looking only at the last of
// each step, and gallops only past them: galloping from the start,
// whose probes each take a branch the processor cannot predict, made
// gated questions about a tenth slower.
func seek(postings []uint32, k uint32) int {
	n := min(len(postings), seekNear)
	i := 0
	for i+seekStep <= n && postings[i+seekStep-1]&segMask < k {
		i += seekStep
	}
	for ; i < n; i++ {
		if postings[i]&segMask >= k {
			return i
		}
	}
	if n == len(postings) {
		return n
	}
	return n - 1 + gallop(postings[n-1:], k)
}

// seekStep and seekNear are how far seek steps, and how far it steps
// before it gallops.
const (
	seekStep = 8
	seekNear = 256
)

// gallop is seek by galloping: from the start, doubling the distance
// until a posting of an entry numbered k or more, then by halves.
func gallop(postings []uint32, k uint32) int {
	if len(postings) == 0 || postings[0]&segMask >= k {
		return 0
	}
	// postings[lo] is below k; postings[hi], if any, is not.
	lo, hi := 0, 1
	for hi < len(postings) && postings[hi]&segMask < k {
		lo, hi = hi, 2*hi
	}
	hi = min(hi, len(postings))
	for hi-lo > 1 {
		if m := int(uint(lo+hi) >> 1); postings[m]&segMask < k {
			lo = m
		} else {
			hi = m
		}
	}
	return hi
}

// offer adds the found entries of the block starting at lo, numbered in
// the block, to top, the best MaxAnswers so far, kept in a small sorted
// list: sorting every match would cost more than the scoring.
//
// The title bonus needs the entry's title, and titles are spread over the
// whole index: each read waits for memory. So an entry a question word
// matched in its title enters the list with its score before the bonus,
// a lower bound, and keeps in boost the most the bonus can multiply it
// by; settle adds the bonuses once, at the end. An entry whose bonus
// could lift it into the list, or that the list drops before its bonus
// is known, waits in s.uncertain. The last score in the list stays a
// lower bound of the last answer's, which is all pruning needs.
func (ix *index) offer(q *query, s *scratch, top []candidate, found []int32, b *blockAcc, lo int32) []candidate {
	for _, k := range found {
		p, e := accum{score: b.score[k], concepts: b.concepts[k]}, lo+k
		named, boost := uint32(p.concepts>>titleShift&conceptMask), float32(0)
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
		if !enough && !q.relaxed {
			continue
		}
		c := candidate{e, p.score * cov * cov, cov, boost, p.concepts}
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

// most is the most c's score can be once its title bonus is added,
// with a margin for rounding: the bonus (titleMatch) and its bound
// (titleBoost) are worked out in different ways.
func (c candidate) most() float32 {
	if c.boost == 0 {
		return c.score
	}
	return c.score * c.boost * (1 + 1e-5)
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
	// A bonus needs the entry's title, a read from memory, and a
	// question of common words leaves hundreds of uncertain entries
	// (1,580 for "what is the support fund" at 30,000 documents). Those
	// whose bonus could not lift them past the last of the list as it is
	// could not enter it at the end either: their titles are left unread.
	top = top[:0]
	var title [32]int32 // a title, decoded (see index.title)
	for _, c := range cands {
		if len(top) == MaxAnswers && c.most() < top[len(top)-1].score {
			continue
		}
		if c.boost != 0 {
			c.score *= 1 + q.titleMatch(ix.title(c.entry, title[:0]))
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
