package knowledge

import (
	"math"
	"sort"
)

// rerank is rank for preferThroughDocument's second ranking of a
// question, with coverage relaxed, whose first answer is first: it
// returns nil when that ranking cannot change the answers, and rank's
// list otherwise.
//
// preferThroughDocument changes the answers only when the relaxed
// ranking's first entry is another entry of first's document, scoring
// more than first: it keeps them when that entry scores no more, when it
// is first itself, and when it is of another document. So when no other
// entry of first's document can score more than first, the answers stay
// whatever rank would return, and nil keeps them too. Scoring a
// document's few entries takes microseconds, where a ranking takes 5 to
// 12 ms at 30,000 gencorpus documents: the questions that rank again are
// among the slowest (4 to 8 of the 10 slowest there), and on gencorpus
// none of them changed an answer by it.
func (ix *index) rerank(q *query, a Audience, s *scratch, first Answer) []candidate {
	if first.Score > 0 && !math.IsInf(first.Score, 0) && !ix.othersAbove(q, a, s, first) {
		return nil
	}
	return ix.rank(q, a, s)
}

// othersAbove reports whether an entry of first's document other than
// first may score more than first.Score for q as rank scores it (its own
// words and its sections' context, coverage, the title bonus), in q's
// coverage mode (see query.relaxed). It scores each of them: as rank
// does, but adding in another order, which can change a sum's last bits,
// so it compares with a margin far wider than those.
func (ix *index) othersAbove(q *query, a Audience, s *scratch, first Answer) bool {
	d := first.Entry.Doc()
	s.terms = mergeTerms(q, s.terms)
	bar := first.Score * (1 - 1e-4)
	start := int32(-1) // the document's first entry, numbered in the base
	// Only the segments from the document's first part to its last:
	// looking through every segment's parts for the document's took
	// 175 µs a call at 30,000 gencorpus documents, nearly all of
	// othersAbove's time, and nine questions in ten call it (see
	// preferStronger).
	at, ok := ix.partsOf(d)
	if !ok {
		return false
	}
	for k := at[0].seg; k <= at[1].seg; k++ {
		seg := ix.segs[k]
		parts := seg.parts
		if k == at[1].seg {
			parts = parts[:at[1].part+1]
		}
		if k == at[0].seg {
			parts = parts[at[0].part:]
		}
		for _, p := range parts {
			if p.doc != d {
				continue
			}
			if start < 0 {
				start = ix.first[k] + p.at
			}
			// The part's entries, numbered in the base, a block's worth at
			// a time.
			for from := p.from; from < p.to; from += blockSize {
				to := min(from+blockSize, p.to)
				lo := ix.first[k] + p.at + from - p.from
				if ix.rangeAbove(q, a != Internal, s, start, lo, lo+to-from, d.entries[from:to], first.Entry, bar) {
					return true
				}
			}
		}
	}
	return false
}

// rangeAbove reports whether an entry of [lo, hi), entries of a
// document whose first entry is start, other than skip, scores more than
// bar (see othersAbove). It uses s's accumulators, numbered from lo,
// and leaves them empty, as rank does.
func (ix *index) rangeAbove(q *query, public bool, s *scratch, start, lo, hi int32, entries []Entry, skip *Entry, bar float64) bool {
	scores, concepts := s.score[:hi-lo], s.concepts[:hi-lo]
	defer clear(scores)
	defer clear(concepts)
	segLo, segHi := int32(ix.segmentOf(lo)), int32(ix.segmentOf(hi-1))
	docSeg := int32(ix.segmentOf(start))
	for _, t := range s.terms {
		// The sections' context first, as rank adds it. A section's
		// context postings are in the segment its own text starts in, of
		// the document: not before the document's first segment, which
		// may be before lo's.
		for _, r := range runsFrom(ix.ctxRuns[ix.ctxRunStart[t.term]:ix.ctxRunStart[t.term+1]], docSeg) {
			if r.seg > segHi {
				break
			}
			h := &ix.heads[r.seg]
			ctx := h.ctx[r.from:r.to]
			i := sort.Search(len(ctx), func(i int) bool { return h.first+h.sections[ctx[i]&segMask].end() > lo })
			for _, c := range ctx[i:] {
				sec := h.sections[c&segMask]
				if h.first+sec.first >= hi {
					break
				}
				if sec.internal() && public {
					continue
				}
				v := t.w * h.ctxVals[c>>segBits]
				for e := max(h.first+sec.first, lo); e < min(h.first+sec.end(), hi); e++ {
					scores[e-lo] += v
					concepts[e-lo] |= t.mask
				}
			}
		}
		// Then the term's lists. queued marks an entry a list has: only
		// those can be found (see score).
		for l := range int32(listsPerTerm) {
			inTitle, internal := l%2 == 0, l >= 2
			if internal && public {
				continue
			}
			list := listOf(t.term, inTitle, internal)
			mask := t.mask | queued
			if inTitle {
				mask |= t.title
			}
			w := t.w / valScale
			for _, r := range runsFrom(ix.runs[ix.runStart[list]:ix.runStart[list+1]], segLo) {
				if r.seg > segHi {
					break
				}
				h := &ix.heads[r.seg]
				post := h.post[r.from:r.to]
				for _, pp := range post[seek(post, uint32(max(lo-h.first, 0))):] {
					e := h.first + int32(pp&segMask)
					if e >= hi {
						break
					}
					scores[e-lo] += w * h.vals[pp>>segBits]
					concepts[e-lo] |= mask
				}
			}
		}
	}
	var title [32]int32 // a title, decoded (see index.title)
	for i, c := range concepts {
		if c&queued == 0 || &entries[i] == skip {
			continue
		}
		cov, enough := q.coverage(uint32(c&conceptMask), uint32(c>>approxShift&conceptMask), uint32(c>>looseShift&conceptMask))
		if !enough && !q.relaxed {
			continue
		}
		score := scores[i] * cov * cov
		if c&titleMask != 0 {
			score *= 1 + q.titleMatch(ix.title(lo+int32(i), title[:0]))
		}
		if float64(score) > bar {
			return true
		}
	}
	return false
}

// runsFrom returns the runs of runs, which are in segment order, from the
// first of segment seg or after.
func runsFrom(runs []segRun, seg int32) []segRun {
	return runs[sort.Search(len(runs), func(i int) bool { return runs[i].seg >= seg }):]
}
