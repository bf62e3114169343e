package knowledge

// contextSums is sumContext's working memory: the context score and
// concepts of each section reached in a block, in the slot of the
// section's first entry in the block.
type contextSums struct {
	slot    [blockSize]contextSum
	touched []int32 // the slots in use
}

type contextSum struct {
	score float32
	end   int32 // one past the section's last entry in the block; 0 for a free slot
	mask  uint64
}

// sumContext sums the context scores of the sections in the block [lo,
// hi), for fill to add to their items' accumulators (a section's own
// text has its context in its own fields). It adds no coverage-free
// candidates: an entry is found only through its own words (see score).
//
// Every item of a section gets the same context score, the sum of what
// each query term adds in the question's order. So the sum is made once
// for each section, in that order, and then written to its items, whose
// accumulators are still empty: the same additions in the same order as
// adding each term to each item, without going over a section's items
// once for every term the section has.
func (ix *index) sumContext(q *query, public bool, lo, hi int32, s *scratch) {
	sums := &s.ctx
	touched := sums.touched[:0]
	for i, it := range q.items {
		mask := uint64(it.concepts) << matchShift[it.level]
		w := q.idf[it.term] * it.weight
		cur := &s.ctxCursor[i]
	runs:
		for cur.post != nil {
			post, first, vals, sections := cur.post, cur.first, cur.ctxVals, cur.sections
			k := 0
			for ; k < len(post); k++ {
				c := post[k]
				sec := sections[c&segMask]
				from, end := first+sec.first, first+sec.end
				if sec.internal && public {
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
					sum := &sums.slot[start]
					if sum.end == 0 {
						sum.end = stop
						touched = append(touched, start)
					}
					sum.score += v
					sum.mask |= mask
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
	sums.touched = touched
}

// fill writes the sums sumContext made to the accumulators of their
// sections' items, which are still empty, and empties the sums.
func (sums *contextSums) fill(acc *[blockSize]accum) {
	_ = acc[0] // check acc for nil once, not in the loop
	for _, start := range sums.touched {
		sum := &sums.slot[start]
		a := accum{score: sum.score, concepts: sum.mask}
		for e := start; e < sum.end; e++ {
			acc[e&(blockSize-1)] = a
		}
		*sum = contextSum{}
	}
	sums.touched = sums.touched[:0]
}

// fillSpans is fill for the items in spans only, which are in order and
// apart.
func (sums *contextSums) fillSpans(acc *[blockSize]accum, spans []span) {
	_ = acc[0] // check acc for nil once, not in the loop
	for _, start := range sums.touched {
		sum := &sums.slot[start]
		a := accum{score: sum.score, concepts: sum.mask}
		// The first span that ends after the section starts.
		i, j := 0, len(spans)
		for i < j {
			if h := int(uint(i+j) >> 1); spans[h].end <= start {
				i = h + 1
			} else {
				j = h
			}
		}
		for ; i < len(spans) && spans[i].start < sum.end; i++ {
			for e := max(start, spans[i].start); e < min(sum.end, spans[i].end); e++ {
				acc[e&(blockSize-1)] = a
			}
		}
		*sum = contextSum{}
	}
	sums.touched = sums.touched[:0]
}
