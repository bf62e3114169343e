package knowledge

import (
	"slices"
	"testing"
	"unsafe"
)

// TestKeptTypes checks that every array keep packs into a block of
// 4-byte words is of a type such a block can hold: no pointers for the
// collector to find, and no alignment beyond the block's.
func TestKeptTypes(t *testing.T) {
	for _, tt := range []struct {
		name  string
		align uintptr
	}{
		{"lens", unsafe.Alignof([numFields]uint32{})},
		{"termFreq", unsafe.Alignof(termFreq{})},
		{"docSection", unsafe.Alignof(docSection{})},
		{"int32", unsafe.Alignof(int32(0))},
	} {
		if tt.align > 4 {
			t.Errorf("Alignof(%s) = %d, want at most 4", tt.name, tt.align)
		}
	}
}

func TestTakeCopies(t *testing.T) {
	k := &termBlock{w: make([]uint32, 64)}
	pairs := []termFreq{{1, [numFields]uint16{1, 2, 3}}, {7, [numFields]uint16{0, 0, 9}}}
	secs := []docSection{{entry: 1, end: 3, len: 5, from: 0, to: 2}}
	starts := []int32{0, 4, 9}
	gotPairs := take(k, pairs)
	gotSecs := take(k, secs)
	gotStarts := take(k, starts)
	if !slices.Equal(gotPairs, pairs) || !slices.Equal(gotSecs, secs) || !slices.Equal(gotStarts, starts) {
		t.Errorf("take = %v, %v, %v, want %v, %v, %v", gotPairs, gotSecs, gotStarts, pairs, secs, starts)
	}
	if want := words(pairs) + words(secs) + words(starts); k.used != want {
		t.Errorf("block used %d words, want %d", k.used, want)
	}
	if got := take(k, []int32(nil)); got != nil {
		t.Errorf("take(nil) = %v, want nil", got)
	}
	// The arrays are the block's, one after another, and full.
	gotPairs[0].term = 99
	if pairs[0].term != 1 || cap(gotPairs) != len(pairs) {
		t.Errorf("take's array is not a copy of its own length")
	}
}
