package knowledge

import (
	"math/bits"
	"sort"
)

// contextSums is sumContext's working memory: the context score and
// concepts of each section reached in a block, in the slot of the
// section's first entry in the block.
type contextSums struct {
	slot [blockSize]contextSum
	// used has a bit for each slot in use, so that fillSpans goes over the
	// sections in order and sumContext marks a slot without a branch.
	used [blockSize / 64]uint64
}

type contextSum struct {
	score float32
	end   int32 // one past the section's last entry in the block
	mask  uint64
}

// sumContext sums the context scores of the sections in the block [lo,
// hi), for fill to add to their items' accumulators (a section's own
// text has its context in its own fields). It adds no coverage-free
// candidates: an entry is found only through its own words (see score).
//
// Every item of a section gets the same context score, the sum of what
// each of the question's terms adds, in the order of s.terms. So the
// sum is made once for each section, in that order, and then written to
// its items, whose accumulators are still empty: the same additions in
// the same order as adding each term to each item, without going over a
// section's items once for every term the section has.
//
// With spans (see sectionSpans), only the sections that reach the
// block's spans are summed, and the context postings of the others are
// passed over without looking their sections up. rank sums a block it
// reads whole with sumSections, which needs no look-up at each posting.
func (ix *index) sumContext(public bool, lo, hi int32, s *scratch, spans []segSpans) {
	sums := &s.ctx
	for i, t := range s.terms {
		mask, w := t.mask, t.w
		cur := &s.ctxCursor[i]
	runs:
		for cur.post != nil {
			post, first, vals, sections := cur.post, cur.first, cur.ctxVals, cur.sections
			// With spans: the sections of the run's segment numbered
			// below done end in the block, and those in secs reach a span.
			// A section of an earlier segment may go on in the block:
			// its postings are read as without spans.
			var secs []span
			done, r, restricted := int32(0), 0, false
			if spans != nil {
				if first >= hi {
					break
				}
				for _, ss := range spans {
					if ss.first == first {
						secs, done, restricted = ss.secs, ss.done, true
						break
					}
				}
			}
			k := 0
			for ; k < len(post); k++ {
				c := post[k]
				if restricted {
					sec := int32(c & segMask)
					for r < len(secs) && secs[r].end <= sec {
						r++
					}
					if r == len(secs) || sec < secs[r].start {
						if sec < done {
							continue
						}
						break
					}
				}
				sec := sections[c&segMask]
				from, end := first+sec.first, first+sec.end()
				if sec.internal() && public {
					if from >= hi {
						break
					}
					if end <= hi {
						continue
					}
					break
				}
				if from >= hi {
					break
				}
				v := w * vals[c>>segBits]
				if start, stop := max(from, lo)-lo, min(end, hi)-lo; start < stop {
					// Whether the slot is in use yet is a branch the
					// processor mispredicts for a section's first
					// posting: every posting marks it, and writes the
					// same end.
					sum := &sums.slot[start&(blockSize-1)]
					sum.end = stop
					sum.score += v
					sum.mask |= mask
					sums.used[start>>6&(blockSize/64-1)] |= 1 << (start & 63)
				}
				if end > hi {
					break // the section goes on in the next block
				}
			}
			if k < len(post) {
				cur.post = post[k:]
				break runs
			}
			cur.nextCtx(ix)
		}
	}
}

// segSpans are, for one segment a block reaches, whose first entry is
// first, the ranges of its sections (by number) that reach the block's
// spans, in order, and done, the number of its first section that does
// not end in the block.
type segSpans struct {
	first, done int32
	secs        []span
}

// sectionSpans works out the segSpans of the block [lo, hi) for spans
// (see rank), numbered in the block.
func (ix *index) sectionSpans(s *scratch, spans []span, lo, hi int32) []segSpans {
	out, ranges := s.segSpans[:0], s.secSpans[:0]
	for k := ix.segmentOf(lo); k < len(ix.segs) && ix.first[k] < hi; k++ {
		secs, first := ix.segs[k].sections, ix.first[k]
		done := sort.Search(len(secs), func(i int) bool { return first+secs[i].end() > hi })
		from := len(ranges)
		for _, sp := range spans {
			a, b := lo+sp.start-first, lo+sp.end-first
			i := sort.Search(len(secs), func(i int) bool { return secs[i].end() > a })
			j := sort.Search(len(secs), func(i int) bool { return secs[i].first >= b })
			if i >= j {
				continue
			}
			if last := len(ranges) - 1; last >= from && ranges[last].end >= int32(i) {
				ranges[last].end = max(ranges[last].end, int32(j))
			} else {
				ranges = append(ranges, span{int32(i), int32(j)})
			}
		}
		out = append(out, segSpans{first: first, done: int32(done), secs: ranges[from:len(ranges):len(ranges)]})
	}
	s.segSpans, s.secSpans = out, ranges
	return out
}

// contextSpans appends to spans those of the sections of the block [lo,
// hi) a term's context postings, read with cur, reach (numbered in the
// block), and moves cur past the block as sumContext moves its cursor.
func (ix *index) contextSpans(cur *cursor, public bool, lo, hi int32, spans []span) []span {
	for cur.post != nil {
		post, first, sections := cur.post, cur.first, cur.sections
		k := 0
		for ; k < len(post); k++ {
			sec := sections[post[k]&segMask]
			from, end := first+sec.first, first+sec.end()
			if from >= hi {
				break
			}
			if !(sec.internal() && public) {
				if start, stop := max(from, lo)-lo, min(end, hi)-lo; start < stop {
					spans = append(spans, span{start, stop})
				}
			}
			if end > hi {
				break // the section goes on in the next block
			}
		}
		if k < len(post) {
			cur.post = post[k:]
			return spans
		}
		cur.nextCtx(ix)
	}
	return spans
}

// fillPad is how far past a section's end fill may write, and how many
// accumulators a block has past its last.
const fillPad = 8

// fillSpans writes the sums sumContext made to the accumulators of their
// sections' items in spans, which are in order and apart and still
// empty, and empties the sums.
func (sums *contextSums) fillSpans(b *blockAcc, spans []span) {
	i := 0 // the first span that ends after the section starts
	for w := range sums.used {
		for word := sums.used[w]; word != 0; word &= word - 1 {
			start := int32(w<<6 + bits.TrailingZeros64(word))
			sum := &sums.slot[start]
			for i < len(spans) && spans[i].end <= start {
				i++
			}
			for j := i; j < len(spans) && spans[j].start < sum.end; j++ {
				for e := max(start, spans[j].start); e < min(sum.end, spans[j].end); e++ {
					b.score[e&(blockSize-1)], b.concepts[e&(blockSize-1)] = sum.score, sum.mask
				}
			}
			*sum = contextSum{}
		}
		sums.used[w] = 0
	}
}

// sectionCursor is where warmSections goes on: the sec-th section of
// segment seg, the first whose own text is at hi or after.
type sectionCursor struct {
	seg, sec int
	hi       int32
	sink     int32 // keeps the reads from being left out as unused
}

// warmSections reads the sections whose own text is in the block [lo,
// hi), one in each cache line, in order, before sumSections and fill
// read them: sumSections where the block's last section is, fill each
// section a context posting reached, skipping the others. At 30,000
// documents the sections (2.6 MB) are not in the processor's cache, and
// each such read waited for memory: without warmSections, the two took
// half as long again. Read in order, the processor fetches them ahead.
// It changes nothing but what is in the cache.
func (ix *index) warmSections(c *sectionCursor, lo, hi int32) {
	if c.hi != lo {
		// Blocks were skipped (see gate): start at lo.
		c.seg = ix.segmentOf(lo)
		if c.seg < len(ix.heads) {
			h := &ix.heads[c.seg]
			c.sec = sort.Search(len(h.sections), func(i int) bool { return h.first+h.sections[i].first > lo })
		}
	}
	c.hi = hi
	var sink int32
	for c.seg < len(ix.heads) {
		h := &ix.heads[c.seg]
		if h.first >= hi {
			break
		}
		secs := h.sections
		i := c.sec
		// A section is 8 bytes: every eighth is in a new cache line.
		for ; i < len(secs) && h.first+secs[i].first <= hi; i += 8 {
			sink |= secs[i].end()
		}
		if i < len(secs) {
			c.sec = i
			break
		}
		c.seg, c.sec = c.seg+1, 0
	}
	c.sink |= sink
}
