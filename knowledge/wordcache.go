package knowledge

import (
	"encoding/binary"
	"hash/maphash"
	"math/bits"
	"math/rand/v2"
)

// wordCache is a small cache in front of an indexer's word numbers
// (indexer.info): most words of a document are a few hundred common
// ones, and a slot holding the word's bytes is cheaper to check than a
// map whose keys are strings elsewhere in memory. A slot holds one
// word; a word that hashes to a taken slot takes it.
type wordCache struct {
	seed     uint64       // for the words hash hashes itself
	longSeed maphash.Seed // for longer ones
	slot     [1 << wordCacheBits]wordSlot
}

func newWordCache() *wordCache {
	return &wordCache{seed: rand.Uint64(), longSeed: maphash.MakeSeed()}
}

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
	s := &c.slot[c.hash(w)>>(64-wordCacheBits)]
	if int(s.n) == len(w)+1 && string(s.b[:len(w)]) == string(w) {
		return s.g, s
	}
	return -1, s
}

// hash hashes w for its slot, every word of a load in turn. A word of
// up to 16 bytes, nearly every word, is read in two loads of up to 8
// bytes that between them cover it, mixed by two multiplications as
// wyhash mixes short inputs: maphash.Bytes, through the runtime's
// generic hash, took 5.9 ns a word against 2.2, and 3% of a load's CPU,
// for a slot that takes 12 bits of it. How often the cache misses
// depends on the seed, which sets which of the commonest words share a
// slot, more than on either hash: 3,000 to 81,000 times in the 2.4
// million words of 3,000 gencorpus documents with maphash, 11,000 to
// 81,000 with this one, eight seeds each (a miss looks the word up in
// indexer.info).
func (c *wordCache) hash(w []byte) uint64 {
	n := len(w)
	var a, b uint64
	switch {
	case n > 16:
		return maphash.Bytes(c.longSeed, w)
	case n >= 8:
		a, b = binary.LittleEndian.Uint64(w), binary.LittleEndian.Uint64(w[n-8:])
	case n >= 4:
		a, b = uint64(binary.LittleEndian.Uint32(w)), uint64(binary.LittleEndian.Uint32(w[n-4:]))
	case n > 0:
		a = uint64(w[0])<<16 | uint64(w[n>>1])<<8 | uint64(w[n-1])
	}
	hi, lo := bits.Mul64(a^c.seed^0xa0761d6478bd642f, b^uint64(n)^0xe7037ed1a0b428db)
	hi, lo = bits.Mul64(hi^lo^0x8ebc6af09c88c6e3, c.seed^0x589965cc75374cc3)
	return hi ^ lo
}

// put puts w, numbered g, in its slot s, if it fits.
func (s *wordSlot) put(w []byte, g int32) {
	if len(w) < len(s.b) {
		s.n = uint8(len(w) + 1)
		copy(s.b[:], w)
		s.g, s.doc = g, 0
	}
}
