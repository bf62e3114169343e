package knowledge

import (
	"sync"
	"sync/atomic"
	"unsafe"
)

// A document's terms wait for its segment to be built once the builder
// has counted them: a segment's worth of documents, and more while the
// segments before are built. An indexer's docTerms, taken from a pool,
// are grown to the largest documents they served, array by array (22
// KB a document for 10 KB used on gencorpus), and half of what they
// hold (the words, how they are written) is no use past counting. So the
// builder keeps what a segment needs of a document's terms in blocks of
// its own, packed one document after another, and gives the indexer's
// arrays back to the pool at once; a block goes back to its own pool
// when the last of its documents is in a segment.

// termBlockWords is the size of a block of kept terms, in 4-byte words.
const termBlockWords = 64 << 10

// termBlock holds the kept terms of documents, one after another. Every
// array kept is of types of 4-byte words without pointers.
type termBlock struct {
	w    []uint32
	used int // words handed out, which only the builder touches
	// refs counts the block's documents not released yet, and one
	// more while the builder fills it.
	refs atomic.Int32
}

// termBlocks keeps empty blocks for the next documents.
var termBlocks sync.Pool

// unref notes that one of the block's documents, or its builder, is done
// with it; the last gives it back to the pool.
func (k *termBlock) unref() {
	if k.refs.Add(-1) != 0 {
		return
	}
	if len(k.w) == termBlockWords {
		k.used = 0
		termBlocks.Put(k)
	}
}

// take returns n words of the block for an array of T, which must fit.
func take[T any](k *termBlock, src []T) []T {
	if len(src) == 0 {
		return nil
	}
	var zero T
	n := (len(src)*int(unsafe.Sizeof(zero)) + 3) / 4
	w := k.w[k.used : k.used+n]
	k.used += n
	s := unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(w))), len(src))
	copy(s, src)
	return s[:len(src):len(src)]
}

// words returns how many words of a block src takes.
func words[T any](src []T) int {
	var zero T
	return (len(src)*int(unsafe.Sizeof(zero)) + 3) / 4
}

// keep moves what a segment needs of a counted document's terms to the
// builder's block, and gives dt's own arrays back to the pool.
func (b *builder) keep(dt *docTerms) {
	n := words(dt.lens) + words(dt.pairStart) + words(dt.pairs) + words(dt.titleStart) +
		words(dt.titles) + words(dt.secs) + words(dt.ctxPairs) + words(dt.terms)
	k := b.kept
	if k == nil || k.used+n > len(k.w) {
		if n > termBlockWords/4 {
			k = &termBlock{w: make([]uint32, n)} // a large document: a block of its own
		} else {
			if b.kept != nil {
				b.kept.unref()
			}
			k, _ = termBlocks.Get().(*termBlock)
			if k == nil {
				k = &termBlock{w: make([]uint32, termBlockWords)}
			}
			k.refs.Store(1) // the builder's
			b.kept = k
		}
	}
	k.refs.Add(1)
	spare := &docTerms{
		words: dt.words, cases: dt.cases, added: dt.added, upper: dt.upper,
		lens: dt.lens, pairStart: dt.pairStart, pairs: dt.pairs, titleStart: dt.titleStart,
		titles: dt.titles, secs: dt.secs, ctxPairs: dt.ctxPairs, terms: dt.terms,
	}
	*dt = docTerms{
		doc:        dt.doc,
		lens:       take(k, dt.lens),
		pairStart:  take(k, dt.pairStart),
		pairs:      take(k, dt.pairs),
		titleStart: take(k, dt.titleStart),
		titles:     take(k, dt.titles),
		secs:       take(k, dt.secs),
		ctxPairs:   take(k, dt.ctxPairs),
		terms:      take(k, dt.terms),
		kept:       k,
	}
	docTermsPool.Put(spare)
}

// doneKeeping lets the builder's last block go back to the pool once its
// documents are in segments.
func (b *builder) doneKeeping() {
	if b.kept != nil {
		b.kept.unref()
		b.kept = nil
	}
}
