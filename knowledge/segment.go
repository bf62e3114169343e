package knowledge

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"slices"
	"sort"
)

// The index is made of segments: runs of consecutive entries, from whole
// documents or, for a very large one, part of one. A segment holds its
// entries' postings, titles and sections' context, numbered within the
// segment, so it does not depend on what comes before it: a reload
// rebuilds only the segments whose documents changed and shares the
// others with the base it came from. Ranking still reads the entries in
// blocks of blockSize in the base's order (see rank); a block may span two
// segments.
//
// A posting holds its entry's number in the segment in the low bits and
// its value class in the others. A posting's value depends on the
// base's average field lengths, which every edit of a public document
// changes: so postings hold the class (the entry's field lengths and the
// term's frequencies in each field) and the segment's values, one per
// class, are worked out again when the averages change, without
// touching a posting.
const (
	segBits  = 13
	segCap   = 1 << segBits // most entries in a segment
	segMask  = segCap - 1
	maxClass = 1 << (32 - segBits)
	// segText bounds the text of a segment: with it, a segment cannot
	// have maxClass classes, which would take more distinct term
	// frequencies than its words can give.
	segText = 16 << 20
)

// segLimit is the most entries the builder puts in a segment: segCap,
// but tests make it small to have many segments in a small base.
var segLimit int32 = segCap

// class is what a posting's value depends on: its entry's field lengths
// and the term's frequency in each field.
type class struct {
	lens [numFields]uint32
	tf   [numFields]uint16
}

// ctxClass is what a context posting's value depends on: the length of
// the section's context and the term's frequency in it.
type ctxClass struct {
	len uint32
	tf  uint16
}

// segment is one run of entries with its part of the index. It is never
// changed once built.
type segment struct {
	n     int32
	parts []segPart
	text  int // bytes of entry text, to bound segments (see segText)
	// The postings of lists[i] (see listOf) are post[start[i]:start[i+1]],
	// in entry order.
	lists   []int32
	start   []int32
	post    []uint32
	classes []class
	// Entry i's title, as term IDs in order, each an unsigned varint
	// (one or two bytes for most, where an int32 took four), is
	// titleTerms[titleStart[i]:titleStart[i+1]]; see index.title.
	titleStart []int32
	titleTerms []byte
	// sections are those whose own text is in the segment, and the
	// context postings of ctxTerms[i] are ctx[ctxStart[i]:ctxStart[i+1]]:
	// a section's number in the low bits, its value class in the others.
	sections   []segSection
	ctxTerms   []int32
	ctxStart   []int32
	ctx        []uint32
	ctxClasses []ctxClass
}

// segPart is one document, or part of one, in a segment: its entries
// from and to, numbered from at in the segment.
type segPart struct {
	doc      *Document
	from, to int32
	at       int32
}

// segSection is a section whose own text is in the segment: the range
// of its items, numbered in the segment (end may be past the segment's
// end, for a section that goes on in the next), and whether its document
// is internal.
//
// It is 8 bytes, end and internal sharing a word, not 12 with a bool of
// its own: ranking reads the sections of every block a question's context
// reaches (see warmSections), some 2.6 MB at 30,000 documents as 12-byte
// sections, from memory each time, and a third less to read is a third
// less to wait for.
type segSection struct {
	first int32
	// bits is end in its low 31 bits, with sectionInternal set for an
	// internal document's section.
	bits uint32
}

// sectionInternal marks an internal document's section in
// segSection.bits. Entries are numbered in a segment (below segCap, with
// what goes on in the next), far below it.
const sectionInternal = 1 << 31

// newSegSection returns the section of items first to end, of an
// internal document or not.
func newSegSection(first, end int32, internal bool) segSection {
	s := segSection{first: first, bits: uint32(end)}
	if internal {
		s.bits |= sectionInternal
	}
	return s
}

// end is where the section's items end, numbered in the segment.
func (s segSection) end() int32 { return int32(s.bits &^ sectionInternal) }

// internal reports whether the section is of an internal document.
func (s segSection) internal() bool { return s.bits&sectionInternal != 0 }

// segValues are a segment's posting values under one set of average
// lengths: for each class, for each list the largest of its postings'
// (for MaxScore), and for each context class.
type segValues struct {
	// vals are whole numbers of 65,535ths, as floats rather than
	// uint16: scoring multiplies each posting's by a weight, and
	// converting an integer took three of a posting's twenty-odd
	// instructions. A segment has a few thousand classes, so they stay
	// in the processor's cache all the same.
	vals    []float32
	listMax []float32
	ctxVals []float32
}

// values works out the segment's values.
func (s *segment) values(avg [numFields]float32, ctxAvg float32) *segValues {
	p := newPack(packWords[float32](len(s.classes)) + packWords[float32](len(s.lists)) + packWords[float32](len(s.ctxClasses)))
	v := &segValues{
		vals:    cut[float32](&p, len(s.classes)),
		listMax: cut[float32](&p, len(s.lists)),
		ctxVals: cut[float32](&p, len(s.ctxClasses)),
	}
	for k, c := range s.classes {
		v.vals[k] = float32(uint16(postingValue(c, avg)))
	}
	for i := range s.lists {
		var top float32
		for _, p := range s.post[s.start[i]:s.start[i+1]] {
			top = max(top, v.vals[p>>segBits])
		}
		v.listMax[i] = top
	}
	for k, c := range s.ctxClasses {
		norm := bm25K1 * (1 - contextB + contextB*float32(c.len)/ctxAvg)
		tf := float32(c.tf)
		v.ctxVals[k] = contextWeight * tf / (tf + norm)
	}
	return v
}

// postingValue is a posting's value, in 65,535ths: the term's saturated,
// field-weighted frequency in the entry.
func postingValue(c class, avg [numFields]float32) uint32 {
	var norm [numFields]float32
	for f := range numFields {
		norm[f] = fieldWeight[f] / (1 - fieldB[f] + fieldB[f]*float32(c.lens[f])/avg[f])
	}
	var tf float32
	for f := range numFields {
		tf += float32(c.tf[f]) * norm[f]
	}
	// tf/(k1+tf) is below 1, so the value fits 16 bits.
	return uint32(tf/(bm25K1+tf)*valScale + 0.5)
}

// segSource is what a segment is built from: entries from to to of a
// segment of the base a reload starts from, or of a newly indexed
// document.
type segSource struct {
	seg      *segment
	dt       *docTerms
	from, to int32
}

func (src segSource) len() int32 { return src.to - src.from }

// segBuilder builds segments. Its scratch space is sized by the base's
// lists and terms, and kept from one segment to the next.
type segBuilder struct {
	count   []int32 // by list, then the next free place
	lists   []int32 // lists touched, in order
	ctxN    []int32 // by term
	terms   []int32 // terms touched, in order
	classes classTable
	ctxCls  classTable
	// The classes of the segment being built, by number, copied to the
	// segment once it is.
	cls     []class
	ctxList []ctxClass
	remap   []int32
	ctxMap  []int32
	local   []int32 // by local word ID, twice

	// listSet and termSet mark the lists and the terms touched, a bit
	// each, as their postings are counted: read in order, they give
	// the lists and the terms sorted, without sorting the thousands a
	// segment touches (a tenth of building it).
	listSet, termSet []uint64
}

// build makes one segment of the sources, which together have at most
// segCap entries.
func (b *segBuilder) build(lists, terms int, sources []segSource) *segment {
	// The vocabulary grows as documents come: room is made for more,
	// not to make the arrays again for every segment.
	if len(b.count) < lists {
		b.count = make([]int32, lists+lists/2)
		b.listSet = make([]uint64, (len(b.count)+63)/64)
	}
	if len(b.ctxN) < terms {
		b.ctxN = make([]int32, terms+terms/2)
		b.termSet = make([]uint64, (len(b.ctxN)+63)/64)
	}
	b.classes.reset()
	b.ctxCls.reset()
	b.cls, b.ctxList = b.cls[:0], b.ctxList[:0]
	s := &segment{}
	for _, src := range sources {
		s.n += src.len()
	}
	if s.n > segCap {
		panic(fmt.Sprintf("knowledge: segment of %d entries", s.n))
	}
	titles, sections, parts := 0, 0, 0
	for _, src := range sources {
		if old := src.seg; old != nil {
			titles += int(old.titleStart[src.to] - old.titleStart[src.from])
			lo, hi := old.sectionRange(src.from, src.to)
			sections += int(hi - lo)
			parts += len(old.parts)
		} else {
			dt := src.dt
			for _, t := range dt.titles[dt.titleStart[src.from]:dt.titleStart[src.to]] {
				titles += uvarintLen(t)
			}
			sections += len(dt.secs)
			parts++
		}
	}
	s.parts = make([]segPart, 0, parts)

	// Count each list's postings and each term's context postings.
	touch := func(l int32, n int32) {
		b.listSet[l>>6] |= 1 << (l & 63)
		b.count[l] += n
	}
	touchCtx := func(t int32, n int32) {
		b.termSet[t>>6] |= 1 << (t & 63)
		b.ctxN[t] += n
	}
	for _, src := range sources {
		if src.seg != nil {
			old := src.seg
			for i, l := range old.lists {
				from, to := old.rangeOf(i, src.from, src.to)
				if to > from {
					touch(l, to-from)
				}
			}
			lo, hi := old.sectionRange(src.from, src.to)
			for i, t := range old.ctxTerms {
				n := int32(0)
				for _, c := range old.ctx[old.ctxStart[i]:old.ctxStart[i+1]] {
					if k := int32(c & segMask); k >= lo && k < hi {
						n++
					}
				}
				if n > 0 {
					touchCtx(t, n)
				}
			}
			continue
		}
		dt := src.dt
		internal := dt.doc.Audience == Internal
		// The document's postings by word first, in its few hundred
		// words, then by list in the segment's.
		local := slices.Grow(b.local[:0], 2*len(dt.terms))[:2*len(dt.terms)]
		for _, p := range dt.pairs[dt.pairStart[src.from]:dt.pairStart[src.to]] {
			k := 2 * p.term
			if p.tf[fieldTitle] > 0 {
				k++
			}
			local[k]++
		}
		for w, t := range dt.terms {
			if n := local[2*w]; n > 0 {
				touch(listOf(t, false, internal), n)
			}
			if n := local[2*w+1]; n > 0 {
				touch(listOf(t, true, internal), n)
			}
		}
		clear(local)
		b.local = local
		for _, sec := range dt.secs {
			if sec.entry >= src.from && sec.entry < src.to {
				for _, p := range dt.ctxPairs[sec.from:sec.to] {
					touchCtx(dt.terms[p.term], 1)
				}
			}
		}
	}
	b.lists = appendSet(b.lists[:0], b.listSet)
	b.terms = appendSet(b.terms[:0], b.termSet)
	posts, ctxs := int32(0), int32(0)
	for _, l := range b.lists {
		posts += b.count[l]
	}
	for _, t := range b.terms {
		ctxs += b.ctxN[t]
	}
	p := newPack(packWords[int32](int(s.n)+1) + packWords[byte](titles) + packWords[segSection](sections) +
		packWords[int32](2*len(b.lists)+1) + packWords[uint32](int(posts)) +
		packWords[int32](2*len(b.terms)+1) + packWords[uint32](int(ctxs)))
	s.titleStart = cut[int32](&p, int(s.n)+1)[:1]
	s.titleTerms = cut[byte](&p, titles)[:0]
	s.sections = cut[segSection](&p, sections)[:0]
	s.lists = cut[int32](&p, len(b.lists))
	copy(s.lists, b.lists)
	s.start = cut[int32](&p, len(s.lists)+1)
	total := int32(0)
	for i, l := range s.lists {
		n := b.count[l]
		s.start[i] = total
		b.count[l] = total // from now on, where its next posting goes
		total += n
	}
	s.start[len(s.lists)] = total
	s.post = cut[uint32](&p, int(total))
	s.ctxTerms = cut[int32](&p, len(b.terms))
	copy(s.ctxTerms, b.terms)
	s.ctxStart = cut[int32](&p, len(s.ctxTerms)+1)
	total = 0
	for i, t := range s.ctxTerms {
		n := b.ctxN[t]
		s.ctxStart[i] = total
		b.ctxN[t] = total
		total += n
	}
	s.ctxStart[len(s.ctxTerms)] = total
	s.ctx = cut[uint32](&p, int(total))

	// Fill them in, source by source, so that each list stays in entry
	// order.
	at := int32(0)
	for _, src := range sources {
		if src.seg != nil {
			b.copyFrom(s, src, at)
		} else {
			b.add(s, src, at)
		}
		at += src.len()
	}
	for _, l := range s.lists {
		b.count[l] = 0
	}
	for _, t := range s.ctxTerms {
		b.ctxN[t] = 0
	}
	s.sections = slices.Clip(s.sections)
	s.parts = slices.Clip(s.parts)
	cp := newPack(packWords[class](len(b.cls)) + packWords[ctxClass](len(b.ctxList)))
	s.classes = cut[class](&cp, len(b.cls))
	copy(s.classes, b.cls)
	s.ctxClasses = cut[ctxClass](&cp, len(b.ctxList))
	copy(s.ctxClasses, b.ctxList)
	return s
}

// appendSet appends to s the numbers of the bits set in set, in
// increasing order, and clears them.
func appendSet(s []int32, set []uint64) []int32 {
	for i, w := range set {
		if w == 0 {
			continue
		}
		set[i] = 0
		for ; w != 0; w &= w - 1 {
			s = append(s, int32(i<<6+bits.TrailingZeros64(w)))
		}
	}
	return s
}

// rangeOf returns where the postings of the segment's i-th list for the
// entries from to to are.
func (s *segment) rangeOf(i int, from, to int32) (int32, int32) {
	post := s.post[s.start[i]:s.start[i+1]]
	lo := sort.Search(len(post), func(k int) bool { return int32(post[k]&segMask) >= from })
	hi := lo + sort.Search(len(post)-lo, func(k int) bool { return int32(post[lo+k]&segMask) >= to })
	return s.start[i] + int32(lo), s.start[i] + int32(hi)
}

// sectionRange returns the segment's sections whose own text is one of
// the entries from to to.
func (s *segment) sectionRange(from, to int32) (int32, int32) {
	// A section's own text is the entry before its first item.
	lo := sort.Search(len(s.sections), func(k int) bool { return s.sections[k].first-1 >= from })
	hi := sort.Search(len(s.sections), func(k int) bool { return s.sections[k].first-1 >= to })
	return int32(lo), int32(hi)
}

// class returns the number of a class in the segment being built.
func (b *segBuilder) class(c class) uint32 {
	key := classKey{
		uint64(c.lens[0]) | uint64(c.lens[1])<<32,
		uint64(c.lens[2]) | uint64(c.tf[0])<<32 | uint64(c.tf[1])<<48,
		uint64(c.tf[2]),
	}
	slot := b.classes.find(key)
	if slot.k < 0 {
		slot.k = int32(len(b.cls))
		if slot.k == maxClass {
			panic("knowledge: too many posting classes in a segment")
		}
		b.classes.used++
		b.cls = append(b.cls, c)
	}
	return uint32(slot.k)
}

func (b *segBuilder) ctxClass(c ctxClass) uint32 {
	slot := b.ctxCls.find(classKey{uint64(c.len) | uint64(c.tf)<<32})
	if slot.k < 0 {
		slot.k = int32(len(b.ctxList))
		if slot.k == maxClass {
			panic("knowledge: too many context classes in a segment")
		}
		b.ctxCls.used++
		b.ctxList = append(b.ctxList, c)
	}
	return uint32(slot.k)
}

// copyFrom copies the entries of a source segment into s, numbered from
// at.
func (b *segBuilder) copyFrom(s *segment, src segSource, at int32) {
	old := src.seg
	shift := at - src.from
	// Classes are numbered anew as they are met, so that the classes
	// of entries left out do not stay.
	b.remap = append(b.remap[:0], make([]int32, len(old.classes))...)
	for i := range b.remap {
		b.remap[i] = -1
	}
	for i, l := range old.lists {
		from, to := old.rangeOf(i, src.from, src.to)
		k := b.count[l]
		for _, p := range old.post[from:to] {
			c := &b.remap[p>>segBits]
			if *c < 0 {
				*c = int32(b.class(old.classes[p>>segBits]))
			}
			s.post[k] = uint32(int32(p&segMask)+shift) | uint32(*c)<<segBits
			k++
		}
		b.count[l] = k
	}
	for e := src.from; e < src.to; e++ {
		s.titleTerms = append(s.titleTerms, old.titleTerms[old.titleStart[e]:old.titleStart[e+1]]...)
		s.titleStart = append(s.titleStart, int32(len(s.titleTerms)))
	}
	lo, hi := old.sectionRange(src.from, src.to)
	base := int32(len(s.sections))
	for _, sec := range old.sections[lo:hi] {
		s.sections = append(s.sections, newSegSection(sec.first+shift, sec.end()+shift, sec.internal()))
	}
	b.ctxMap = append(b.ctxMap[:0], make([]int32, len(old.ctxClasses))...)
	for i := range b.ctxMap {
		b.ctxMap[i] = -1
	}
	for i, t := range old.ctxTerms {
		k := b.ctxN[t]
		for _, c := range old.ctx[old.ctxStart[i]:old.ctxStart[i+1]] {
			if sec := int32(c & segMask); sec >= lo && sec < hi {
				m := &b.ctxMap[c>>segBits]
				if *m < 0 {
					*m = int32(b.ctxClass(old.ctxClasses[c>>segBits]))
				}
				s.ctx[k] = uint32(sec-lo+base) | uint32(*m)<<segBits
				k++
			}
		}
		b.ctxN[t] = k
	}
	for _, p := range old.parts {
		lo, hi := max(p.at, src.from), min(p.at+p.to-p.from, src.to)
		if lo < hi {
			part := segPart{p.doc, p.from + lo - p.at, p.from + hi - p.at, lo + shift}
			s.parts = append(s.parts, part)
			s.text += entryText(part.doc, part.from, part.to)
		}
	}
}

// entryText is the text of a document's entries from to to, in bytes.
func entryText(d *Document, from, to int32) int {
	n := 0
	for i := from; i < to; i++ {
		e := &d.entries[i]
		n += len(e.Title) + int(e.bodyLen)
	}
	return n
}

// add adds the entries of a newly indexed document to s, numbered from
// at.
func (b *segBuilder) add(s *segment, src segSource, at int32) {
	dt := src.dt
	internal := dt.doc.Audience == Internal
	// An entry's postings share its lengths, and most of them a few
	// term frequencies: the classes of the entry are looked up in a
	// short list before the segment's map.
	type recent struct {
		tf [numFields]uint16
		k  uint32
	}
	var cache [8]recent
	for e := src.from; e < src.to; e++ {
		local := uint32(at + e - src.from)
		c := class{lens: dt.lens[e]}
		n := 0
	pairs:
		for _, p := range dt.pairs[dt.pairStart[e]:dt.pairStart[e+1]] {
			l := listOf(dt.terms[p.term], p.tf[fieldTitle] > 0, internal)
			for _, r := range cache[:n] {
				if r.tf == p.tf {
					s.post[b.count[l]] = local | r.k<<segBits
					b.count[l]++
					continue pairs
				}
			}
			c.tf = p.tf
			k := b.class(c)
			if n < len(cache) {
				cache[n] = recent{p.tf, k}
				n++
			}
			s.post[b.count[l]] = local | k<<segBits
			b.count[l]++
		}
		for _, t := range dt.titles[dt.titleStart[e]:dt.titleStart[e+1]] {
			s.titleTerms = binary.AppendUvarint(s.titleTerms, uint64(uint32(t)))
		}
		s.titleStart = append(s.titleStart, int32(len(s.titleTerms)))
	}
	for _, sec := range dt.secs {
		if sec.entry < src.from || sec.entry >= src.to {
			continue
		}
		k := uint32(len(s.sections))
		first := at + sec.entry - src.from
		s.sections = append(s.sections, newSegSection(first+1, first+sec.end-sec.entry, internal))
		for _, p := range dt.ctxPairs[sec.from:sec.to] {
			t := dt.terms[p.term]
			s.ctx[b.ctxN[t]] = k | b.ctxClass(ctxClass{sec.len, p.tf[0]})<<segBits
			b.ctxN[t]++
		}
	}
	s.text += entryText(dt.doc, src.from, src.to)
	s.parts = append(s.parts, segPart{dt.doc, src.from, src.to, at})
}

// classTable numbers the classes of the segment being built: a hash
// table of open addressing, faster than a map for these keys of 18
// bytes, which a map hashes byte by byte, and emptied for the next
// segment by moving its generation on rather than by clearing it.
type classTable struct {
	slots []classSlot
	gen   uint32
	used  int // slots of this generation
}

// classKey is a class packed in three words.
type classKey [3]uint64

// classSlot is a slot of a classTable: it holds key, numbered k, when
// its gen is the table's.
type classSlot struct {
	key classKey
	gen uint32
	k   int32
}

// reset empties the table.
func (t *classTable) reset() {
	t.gen++
	t.used = 0
	if t.gen == 0 { // wrapped around: old generations would look new
		clear(t.slots)
		t.gen = 1
	}
}

// find returns key's slot, with k -1 if the key is new: the caller
// numbers it, and counts it in used.
func (t *classTable) find(key classKey) *classSlot {
	if 2*(t.used+1) > len(t.slots) {
		t.grow()
	}
	mask := uint64(len(t.slots) - 1)
	h := (key[0]*0x9E3779B97F4A7C15 ^ key[1]*0xC2B2AE3D27D4EB4F ^ key[2]*0x165667B19E3779F9)
	h ^= h >> 29
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.gen != t.gen {
			*s = classSlot{key: key, gen: t.gen, k: -1}
			return s
		}
		if s.key == key {
			return s
		}
	}
}

// grow doubles the table, keeping its keys.
func (t *classTable) grow() {
	old := t.slots
	t.slots = make([]classSlot, max(2*len(old), 1024))
	gen, used := t.gen, t.used
	t.gen, t.used = 1, 0
	for _, s := range old {
		if s.gen == gen {
			*t.find(s.key) = classSlot{key: s.key, gen: 1, k: s.k}
			t.used++
		}
	}
	t.used = used
}

// uvarintLen is how many bytes term t takes in a segment's titleTerms.
func uvarintLen(t int32) int {
	return (bits.Len32(uint32(t)|1) + 6) / 7
}
