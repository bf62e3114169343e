package knowledge

// How a builder lays the documents out in segments. Documents come in
// the base's order. A document the base a reload starts from has too
// keeps its place in its segments; a segment all of whose documents are
// kept, with none added among them, is shared whole. The others are
// built again, from what stays of them and the new documents, packed
// into segments of at most segCap entries and segText bytes of text;
// the builds run on the pool while documents keep coming.

// plan is a builder's layout in progress.
type plan struct {
	pool *pool
	// The next part of the old index's segments a kept document may
	// be in: the part-th of segment seg. Kept documents come in the
	// old order, so the parts of the others are passed over.
	seg, part int
	// The group of parts of one old segment being read (groupSeg -1
	// for documents before any old one), and whether it is still that
	// segment whole so far: its parts in order from the first.
	group     []segSource
	groupSeg  int
	groupOK   bool
	groupNext int
	// pending are the sources of the next segment to build.
	pending     []segSource
	pendingN    int32
	pendingText int
	// segs are the segments in order; builds fill them in.
	segs []**segment
}

// doc adds a document: dt is nil for one the old index has.
func (b *builder) doc(d *Document, dt *docTerms) {
	if dt == nil {
		segs := b.prev.segs
		for segs[b.seg].parts[b.part].doc != d {
			b.nextPart()
		}
		for b.seg < len(segs) && segs[b.seg].parts[b.part].doc == d {
			s := segs[b.seg]
			part := s.parts[b.part]
			if b.seg != b.groupSeg {
				b.endGroup()
				b.groupSeg, b.groupOK, b.groupNext = b.seg, true, 0
			}
			if b.part != b.groupNext {
				b.breakGroup() // a document before it is gone
			}
			b.groupNext = b.part + 1
			b.addSource(segSource{seg: s, from: part.at, to: part.at + part.to - part.from})
			b.nextPart()
		}
		return
	}
	b.count(dt, 1)
	b.breakGroup()
	b.addSource(segSource{dt: dt, from: 0, to: int32(len(dt.lens))})
}

// nextPart moves to the next part of the old index's segments.
func (b *builder) nextPart() {
	if b.part++; b.part == len(b.prev.segs[b.seg].parts) {
		b.seg, b.part = b.seg+1, 0
	}
}

func (b *builder) addSource(src segSource) {
	if b.groupOK {
		b.group = append(b.group, src)
		return
	}
	b.pack(src)
}

// breakGroup notes that the group cannot be its old segment whole.
func (b *builder) breakGroup() {
	if !b.groupOK {
		return
	}
	b.groupOK = false
	for _, src := range b.group {
		b.pack(src)
	}
	b.group = b.group[:0]
}

// endGroup ends the group, sharing its old segment when it is whole.
func (b *builder) endGroup() {
	if b.groupOK && b.groupSeg >= 0 && b.groupNext == len(b.prev.segs[b.groupSeg].parts) {
		b.emit()
		s := b.prev.segs[b.groupSeg]
		b.segs = append(b.segs, &s)
		b.group = b.group[:0]
		return
	}
	b.breakGroup()
}

// flush ends the layout: every segment is built or being built.
func (b *builder) flush() {
	b.endGroup()
	b.emit()
}

// pack adds a source to the next segments to build, building each as it
// fills.
func (b *builder) pack(src segSource) {
	for src.len() > 0 {
		text := sourceText(src)
		if b.pendingN+src.len() <= segLimit && b.pendingText+text <= segText {
			if k := len(b.pending) - 1; k >= 0 && src.seg != nil && b.pending[k].seg == src.seg && b.pending[k].to == src.from {
				b.pending[k].to = src.to // the next entries of the same segment
			} else {
				b.pending = append(b.pending, src)
			}
			b.pendingN += src.len()
			b.pendingText += text
			return
		}
		if b.pendingN > 0 {
			b.emit()
			continue
		}
		// Alone, the source does not fit: a large document, which
		// goes into segments of its own.
		head := src
		head.to = src.from + fit(src)
		b.pending = append(b.pending, head)
		b.pendingN = head.len()
		b.emit()
		src.from = head.to
	}
}

// fit returns how many of a new document's entries, from src.from, fit
// in one segment (at least one).
func fit(src segSource) int32 {
	text := 0
	k := src.from
	for ; k < src.to && k-src.from < segLimit; k++ {
		e := &src.dt.doc.entries[k]
		if text += len(e.Title) + int(e.bodyLen); text > segText && k > src.from {
			break
		}
	}
	return k - src.from
}

// sourceText is the text of a source's entries, in bytes.
func sourceText(src segSource) int {
	if src.dt != nil {
		return entryText(src.dt.doc, src.from, src.to)
	}
	n := 0
	for _, p := range src.seg.parts {
		lo, hi := max(p.at, src.from), min(p.at+p.to-p.from, src.to)
		if lo < hi {
			n += entryText(p.doc, p.from+lo-p.at, p.from+hi-p.at)
		}
	}
	return n
}

// emit builds the pending sources into a segment, on the pool.
func (b *builder) emit() {
	if b.pendingN == 0 {
		return
	}
	sources := b.pending
	b.pending, b.pendingN, b.pendingText = nil, 0, 0
	s := new(*segment)
	b.segs = append(b.segs, s)
	lists, terms := listsPerTerm*len(b.ix.stemOf), len(b.ix.stemOf)
	b.pool.submit(func(w *worker) {
		*s = w.sb.build(lists, terms, sources)
		for _, src := range sources {
			// A large document's terms serve several segments; they
			// are left to the collector.
			if dt := src.dt; dt != nil && src.from == 0 && src.to == int32(len(dt.lens)) {
				dt.release()
			}
		}
	})
}
