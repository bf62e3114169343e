package knowledge

import (
	"math/bits"
	"sort"
)

// sectionSums is sumSections' working memory: the context score and
// concepts of each section that reaches a block, in the section's slot
// (see blockSeg), and the segments whose sections have slots.
type sectionSums struct {
	slot [sectionSlots]sectionSum
	// used has a bit for each slot in use, so that fill goes over the
	// sections in order and sumSections marks a slot without a branch.
	used  [sectionSlots / 64]uint64
	segs  []blockSeg
	slots int32 // how many slots the block's segments take
	// carry has, if the block before ended at hi, where each of its
	// segments' sections go on.
	carry []blockSeg
	hi    int32
}

// sectionSlots bounds the slots of a block's sections. Each section has
// a slot, from the first of its segment's that does not end before the
// block to the last that starts in it; but for those first ones, a
// section's own text is an entry of the block before its items, so a
// block has fewer than 2 × blockSize.
const sectionSlots = 2 * blockSize

type sectionSum struct {
	score float32
	mask  uint64
}

// blockSeg is one segment, whose first entry is first, whose sections
// reach a block: those numbered lo to end (those before lo end before
// the block, those from end on start after it), whose sums are in the
// slots from base. Of them, those before stop end in the block too.
type blockSeg struct {
	first         int32
	lo, stop, end int32
	base          int32
	off           int32 // base - lo: a section numbered k has slot k+off
	sections      []segSection
}

// startSections readies ss for the block [lo, hi).
func (ss *sectionSums) startSections(lo int32) {
	ss.carry = ss.carry[:0]
	if ss.hi == lo {
		ss.carry = append(ss.carry, ss.segs...)
	}
	ss.segs, ss.slots = ss.segs[:0], 0
}

// segment returns the blockSeg of the segment whose first entry is first
// and whose sections are secs, in the block [lo, hi), which the segment
// reaches, working it out when it is first asked for.
func (ss *sectionSums) segment(first int32, secs []segSection, lo, hi int32) *blockSeg {
	for g := range ss.segs {
		if ss.segs[g].first == first {
			return &ss.segs[g]
		}
	}
	n, sec := int32(len(secs)), int32(0)
	if first < lo {
		sec = -1
		for _, c := range ss.carry {
			if c.first == first {
				sec = c.stop
				break
			}
		}
		if sec < 0 {
			sec = int32(sort.Search(len(secs), func(i int) bool { return first+secs[i].end() > lo }))
		}
	}
	end := n
	if end > sec && first+secs[end-1].first >= hi {
		m := int(min(n-sec, sectionSlots))
		end = sec + int32(sort.Search(m, func(i int) bool { return first+secs[sec+int32(i)].first >= hi }))
	}
	stop := end
	if end > sec && first+secs[end-1].end() > hi {
		stop = end - 1 // it goes on in the next block
	}
	ss.segs = append(ss.segs, blockSeg{first: first, lo: sec, stop: stop, end: end, base: ss.slots, off: ss.slots - sec, sections: secs})
	ss.slots += end - sec
	return &ss.segs[len(ss.segs)-1]
}

// sumSections is sumContext for a block read whole: it sums the context
// scores of the sections that reach the block [lo, hi), for fill to add
// to their items' accumulators.
//
// sumContext looks up where a context posting's section starts and
// ends, at every posting, to find the slot of its sum and whether the
// section goes on in the next block; those look-ups missed the
// processor's cache but for warmSections. Here a sum's slot is the
// section's number, less where its segment's sections in the block
// start, and which sections end in the block is worked out once for each
// segment (see segment): a posting is passed when its section's number
// is below the segment's stop. The sections themselves are read only by
// fill, once for each section, in order. The sums are the same
// additions in the same order: what each of s.terms adds, in that order.
func (ix *index) sumSections(lo, hi int32, s *scratch) {
	ss := &s.sec
	ss.startSections(lo)
	for i, t := range s.terms {
		mask, w := t.mask, t.w
		cur := &s.ctxCursor[i]
		for cur.post != nil && cur.first < hi {
			d := ss.segment(cur.first, cur.sections, lo, hi)
			post, vals := cur.post, cur.ctxVals
			stop, off := uint32(d.stop), d.off
			k := 0
			for ; k < len(post); k++ {
				c := post[k]
				if c&segMask >= stop {
					break
				}
				j := uint32(int32(c&segMask)+off) & (sectionSlots - 1)
				v := w * vals[c>>segBits]
				sum := &ss.slot[j]
				sum.score += v
				sum.mask |= mask
				ss.used[j>>6] |= 1 << (j & 63)
			}
			if k < len(post) {
				if c := post[k]; int32(c&segMask) < d.end {
					// Its section goes on in the next block: added now,
					// passed then.
					j := uint32(int32(c&segMask)+off) & (sectionSlots - 1)
					v := w * vals[c>>segBits]
					sum := &ss.slot[j]
					sum.score += v
					sum.mask |= mask
					ss.used[j>>6] |= 1 << (j & 63)
				}
				cur.post = post[k:]
				break
			}
			cur.nextCtx(ix)
		}
	}
	ss.hi = hi
}

// fill writes the sums sumSections made to the accumulators of their
// sections' items in the block [lo, hi), which are still empty, and
// empties the sums. A public audience's sums of internal sections are
// dropped.
//
// A section has a few items (five on average at 30,000 documents), a
// different number each: a loop that stops at its end is mispredicted
// once a section, which cost more than the writes. So fill writes
// fillPad accumulators at a time, past the section's end, and then
// fillPad empty ones from its end. Going over the sections in order,
// what it writes past a section is the next section's to write again or
// an item of no section, which is empty.
func (ss *sectionSums) fill(b *blockAcc, lo, hi int32, public bool) {
	segs := ss.segs
	// In entry order: what fill writes past a section is the next
	// one's to write again.
	for i := 1; i < len(segs); i++ {
		for j := i; j > 0 && segs[j].first < segs[j-1].first; j-- {
			segs[j], segs[j-1] = segs[j-1], segs[j]
		}
	}
	for g := range segs {
		d := &segs[g]
		from, to := d.base, d.base+d.end-d.lo
		for w := from >> 6; w<<6 < to; w++ {
			word := ss.used[w]
			if w == from>>6 {
				word &= ^uint64(0) << (from & 63)
			}
			if to < (w+1)<<6 {
				word &= 1<<(to&63) - 1
			}
			for ; word != 0; word &= word - 1 {
				j := w<<6 + int32(bits.TrailingZeros64(word))
				sum := ss.slot[j]
				ss.slot[j] = sectionSum{}
				sec := d.sections[j-d.off]
				if sec.internal() && public {
					continue
				}
				start, end := max(d.first+sec.first, lo)-lo, min(d.first+sec.end(), hi)-lo
				if start >= end {
					continue
				}
				v, m := sum.score, sum.mask
				for e := start; e < end; e += fillPad {
					// Element by element: an array built once and copied
					// was read back before its writes had landed.
					p, q := (*[fillPad]float32)(b.score[e:e+fillPad]), (*[fillPad]uint64)(b.concepts[e:e+fillPad])
					p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7] = v, v, v, v, v, v, v, v
					q[0], q[1], q[2], q[3], q[4], q[5], q[6], q[7] = m, m, m, m, m, m, m, m
				}
				*(*[fillPad]float32)(b.score[end : end+fillPad]) = [fillPad]float32{}
				*(*[fillPad]uint64)(b.concepts[end : end+fillPad]) = [fillPad]uint64{}
			}
		}
	}
	clear(ss.used[:(ss.slots+63)/64])
}
