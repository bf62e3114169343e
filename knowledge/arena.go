package knowledge

import "unsafe"

// arenaBytes is the size of an arena's blocks.
const arenaBytes = 64 << 10

// arena hands out the arrays a loaded document keeps (its compressed
// text, its titles, its entries and sections) as pieces of blocks of
// arenaBytes, one document after another. Made one by one, they were
// rounded up to the allocator's size classes (3 MB at 10,000 gencorpus
// documents) and scattered among a load's short-lived objects of the
// same sizes, whose spans stayed half empty once the load was over.
//
// A block is kept whole while any document in it is, so only a full
// load takes arrays from arenas: the documents a reload reads, the ones
// likely to change again, have arrays of their own, and the pieces that
// those they replace leave unused are at most a full load's arrays,
// however many reloads follow. An arena is one worker's: it is not safe
// for concurrent use.
//
// A block's pages are mapped ahead of the documents written into them
// (see prefault), a stretch of arenaAhead bytes at a time, not the
// whole block at once: the last block of each arena is left partly
// unused, and unused pages are not resident.
type arena[T any] struct {
	free  []T
	ready int // how many of free, from its start, have their pages mapped
}

// arenaAhead is how far ahead of the documents an arena maps its
// block's pages: a system call for every few pages.
const arenaAhead = 16 << 10

// take returns an array of n zero values, of capacity n, from a block of
// a, or of its own if a is nil or n is more than an eighth of a block.
func (a *arena[T]) take(n int) []T {
	var zero T
	per := arenaBytes / max(int(unsafe.Sizeof(zero)), 1)
	if a == nil || n > per/8 {
		return make([]T, n)
	}
	if len(a.free) < n {
		a.free, a.ready = make([]T, per), 0
	}
	if a.ready < n {
		size := int(unsafe.Sizeof(zero))
		end := min(len(a.free), n+arenaAhead/max(size, 1))
		prefault(unsafe.Pointer(unsafe.SliceData(a.free[a.ready:])), uintptr((end-a.ready)*size))
		a.ready = end
	}
	s := a.free[:n:n]
	a.free = a.free[n:]
	a.ready -= n
	return s
}

// docArenas are a loader's worker's arenas for the documents it reads.
type docArenas struct {
	bytes    arena[byte]
	entries  arena[Entry]
	sections arena[Section]
	secPtr   arena[*Section]
}
