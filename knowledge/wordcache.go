package knowledge

import "hash/maphash"

// wordCache is a small cache in front of an indexer's word numbers
// (indexer.info): most words of a document are a few hundred common
// ones, and a slot holding the word's bytes is cheaper to check than a
// map whose keys are strings elsewhere in memory. A slot holds one
// word; a word that hashes to a taken slot takes it.
type wordCache struct {
	seed maphash.Seed
	slot [1 << wordCacheBits]wordSlot
}

func newWordCache() *wordCache { return &wordCache{seed: maphash.MakeSeed()} }

const wordCacheBits = 12

// wordSlot holds a word of up to len(b) bytes and its number; n is its
// length plus one, 0 for an empty slot. When doc is the number of the
// document being indexed, local is the word's local ID in it.
type wordSlot struct {
	n     uint8
	b     [19]byte
	g     int32
	doc   uint32
	local int32
}

// get returns the number of w, if the cache has it, and its slot.
func (c *wordCache) get(w []byte) (int32, *wordSlot) {
	s := &c.slot[maphash.Bytes(c.seed, w)>>(64-wordCacheBits)]
	if int(s.n) == len(w)+1 && string(s.b[:len(w)]) == string(w) {
		return s.g, s
	}
	return -1, s
}

// put puts w, numbered g, in its slot s, if it fits.
func (s *wordSlot) put(w []byte, g int32) {
	if len(w) < len(s.b) {
		s.n = uint8(len(w) + 1)
		copy(s.b[:], w)
		s.g, s.doc = g, 0
	}
}
