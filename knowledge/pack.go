package knowledge

import "unsafe"

// A segment's arrays are made once, each to its size, and kept for as
// long as the base: a dozen of them a segment, each an allocation of its
// own, were rounded up to the runtime's size classes and pages, 1.5 MB
// of a base at 10,000 gencorpus documents. So a segment's arrays of
// 4-byte words without pointers are cut from one allocation (a pack),
// rounded up once.

// pack hands out arrays cut from one allocation of 4-byte words.
type pack struct{ w []uint32 }

// newPack makes a pack of n words; packWords counts them.
// The words are written whole, so their pages are mapped at once (see
// prefault).
func newPack(n int) pack {
	w := make([]uint32, n)
	prefault(unsafe.Pointer(unsafe.SliceData(w)), uintptr(4*n))
	return pack{w: w}
}

// packWords returns how many words of a pack n elements of T take.
func packWords[T any](n int) int {
	var zero T
	return (n*int(unsafe.Sizeof(zero)) + 3) / 4
}

// cut returns the pack's next array of n elements of T, of length n
// and capacity n, zeroed: appending to it past n makes a new array
// rather than writing over the next. T must be a type of 4-byte words,
// or smaller, without pointers, as the pack is memory the collector does
// not scan.
func cut[T any](p *pack, n int) []T {
	if n == 0 {
		return nil
	}
	w := packWords[T](n)
	s := unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(p.w))), n)
	p.w = p.w[w:]
	return s[:n:n]
}
