package knowledge

import (
	"strings"
	"testing"
)

// TestWordCacheHash checks that the hash of a word reads every byte of
// it, whatever its length: a byte it skipped would put words that
// differ there in one slot, always.
func TestWordCacheHash(t *testing.T) {
	c := newWordCache()
	word := []byte("abcdefghijklmnopqrstuvwxyz")
	for n := 1; n <= len(word); n++ {
		w := append([]byte(nil), word[:n]...)
		h := c.hash(w)
		for i := range n {
			w[i] ^= 0x20
			if c.hash(w) == h {
				t.Errorf("hash(%q) = hash(%q): byte %d of %d is not read", w, word[:n], i, n)
			}
			w[i] ^= 0x20
		}
	}
	if c.hash([]byte("ab")) == c.hash([]byte("ab\x00")) {
		t.Errorf(`hash("ab") = hash("ab\x00"): the length is not read`)
	}
}

func TestWordCache(t *testing.T) {
	c := newWordCache()
	tests := []string{"", "a", "ab", "abc", "abcd", "abcdefg", "abcdefgh", "abcdefghijklmnop", "abcdefghijklmnopq", "abcdefghijklmnopqr", strings.Repeat("z", 19), strings.Repeat("y", 40)}
	for i, w := range tests {
		g, slot := c.get([]byte(w))
		if g >= 0 {
			t.Fatalf("get(%q) = %d before put, want -1", w, g)
		}
		slot.put([]byte(w), int32(i))
		want := int32(i)
		if len(w) >= len(slot.b) {
			want = -1 // too long to keep
		}
		if got, _ := c.get([]byte(w)); got != want {
			t.Errorf("get(%q) = %d after put, want %d", w, got, want)
		}
	}
}
