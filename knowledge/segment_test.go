package knowledge

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"
)

func TestAppendSet(t *testing.T) {
	tests := []struct {
		name string
		set  []int32 // the numbers whose bits are set
		size int     // words of the set
	}{
		{"empty", nil, 4},
		{"first and last bits", []int32{0, 255}, 4},
		{"a word's ends", []int32{63, 64, 127, 128}, 4},
		{"every bit of a word", func() []int32 {
			var s []int32
			for i := int32(64); i < 128; i++ {
				s = append(s, i)
			}
			return s
		}(), 3},
		{"random", func() []int32 {
			r := rand.New(rand.NewPCG(1, 2))
			var s []int32
			for i := int32(0); i < 64*50; i++ {
				if r.IntN(7) == 0 {
					s = append(s, i)
				}
			}
			return s
		}(), 50},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := make([]uint64, tt.size)
			// Marked out of order and twice, as the segment builder
			// marks what it touches.
			for _, n := range slices.Backward(tt.set) {
				set[n>>6] |= 1 << (n & 63)
				set[n>>6] |= 1 << (n & 63)
			}
			got := appendSet([]int32{-1}, set)
			if diff := cmp.Diff(append([]int32{-1}, tt.set...), got); diff != "" {
				t.Errorf("appendSet(%v) mismatch (-want +got):\n%s", tt.set, diff)
			}
			if diff := cmp.Diff(make([]uint64, tt.size), set); diff != "" {
				t.Errorf("appendSet left bits set (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSegSection checks that a section keeps its range and whether it is
// internal in its 8 bytes, for ends up to the largest a base can number,
// and that it is 8 bytes: warmSections reads one in eight, a cache line.
func TestSegSection(t *testing.T) {
	if size := unsafe.Sizeof(segSection{}); size != 8 {
		t.Errorf("a segSection is %d bytes, want 8", size)
	}
	for _, tc := range []struct {
		first, end int32
		internal   bool
	}{
		{0, 0, false},
		{0, 0, true},
		{1, 10, false},
		{1, 10, true},
		{segCap - 1, segCap, true},
		{5, 3 * segCap, false}, // it goes on over two more segments
		{7, math.MaxInt32, false},
		{7, math.MaxInt32, true},
	} {
		s := newSegSection(tc.first, tc.end, tc.internal)
		if s.first != tc.first || s.end() != tc.end || s.internal() != tc.internal {
			t.Errorf("newSegSection(%d, %d, %v) = %d, %d, %v", tc.first, tc.end, tc.internal, s.first, s.end(), s.internal())
		}
	}
}
