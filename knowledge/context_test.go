package knowledge

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFill holds fillSpans to writing each section's sum to its items
// in the spans and nothing else, whatever the sections' lengths and
// gaps.
func TestFill(t *testing.T) {
	whole := []span{{0, blockSize}}
	type section struct {
		start, end int32
		score      float32
		mask       uint64
	}
	tests := []struct {
		name     string
		sections []section
		spans    []span
	}{
		{"none", nil, whole},
		{"one item", []section{{5, 6, 1.5, 1}}, whole},
		{"adjacent", []section{{0, 3, 1, 1}, {3, 4, 2, 2}, {4, 12, 3, 4}}, whole},
		{"a gap shorter than fillPad", []section{{10, 13, 1, 1}, {15, 40, 2, 2}}, whole},
		{"longer than fillPad", []section{{100, 100 + 3*fillPad + 1, 0.25, 8}}, whole},
		{"at the block's ends", []section{{0, 1, 1, 1}, {blockSize - 3, blockSize, 2, 2}}, whole},
		{"in slots of different words", []section{{60, 70, 1, 1}, {127, 129, 2, 2}, {1000, 1090, 3, 4}}, whole},
		{"spans", []section{{0, 20, 1, 1}, {20, 30, 2, 2}, {40, 50, 3, 4}, {60, 70, 5, 8}},
			[]span{{2, 5}, {18, 22}, {29, 45}, {70, 80}}},
		{"no spans", []section{{0, 20, 1, 1}}, []span{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var sums contextSums
			var want [blockSize]accum
			for _, sec := range tt.sections {
				sums.slot[sec.start] = contextSum{score: sec.score, end: sec.end, mask: sec.mask}
				sums.used[sec.start/64] |= 1 << (sec.start % 64)
				for e := sec.start; e < sec.end; e++ {
					in := false
					for _, sp := range tt.spans {
						in = in || sp.start <= e && e < sp.end
					}
					if in {
						want[e] = accum{score: sec.score, concepts: sec.mask}
					}
				}
			}
			var b blockAcc
			sums.fillSpans(&b, tt.spans)
			got := b.accums()
			if diff := cmp.Diff(want, got, cmp.AllowUnexported(accum{})); diff != "" {
				t.Errorf("fill of %v (-want +got):\n%s", tt.sections, diff)
			}
			if sums != (contextSums{}) {
				t.Errorf("fill of %v left the sums %v, want them empty", tt.sections, sums.used)
			}
		})
	}
}

// accums returns the block's accumulators as accums, for comparing.
func (b *blockAcc) accums() (acc [blockSize]accum) {
	for k := range acc {
		acc[k] = accum{score: b.score[k], concepts: b.concepts[k]}
	}
	return acc
}
