package knowledge

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSectionSums holds segment to the sections that reach a block and
// end in it, and fill to writing each section's sum to its items in the
// block and nothing else, in sections that go on from the block before
// or into the next, of two segments, and for a public audience.
func TestSectionSums(t *testing.T) {
	type seg struct {
		first    int32
		sections []segSection
	}
	type sum struct {
		seg, sec int // of tt.segs, the section's number
		score    float32
		mask     uint64
	}
	secs := []segSection{newSegSection(1, 10, false), newSegSection(11, 100, false), newSegSection(101, 120, false), newSegSection(121, 121, false), newSegSection(122, 130, true)}
	tests := []struct {
		name      string
		lo, hi    int32
		public    bool
		segs      []seg
		before    []blockSeg // the block before's, if it ended at lo
		sums      []sum
		wantStops [][3]int32 // lo, stop, end of each segment
	}{
		{"in the block", 0, blockSize, false, []seg{{0, secs}}, nil,
			[]sum{{0, 0, 1, 1}, {0, 1, 2, 2}, {0, 3, 3, 4}, {0, 4, 4, 8}}, [][3]int32{{0, 5, 5}}},
		{"to the block's end", 0, blockSize, false, []seg{{blockSize - 50, secs}}, nil,
			[]sum{{0, 0, 1, 1}, {0, 1, 2, 2}}, [][3]int32{{0, 1, 2}}},
		{"from the block before", blockSize, 2 * blockSize, false, []seg{{blockSize - 50, secs}},
			[]blockSeg{{first: blockSize - 50, stop: 1}},
			[]sum{{0, 1, 2, 2}, {0, 2, 3, 4}, {0, 4, 4, 8}}, [][3]int32{{1, 5, 5}}},
		{"from a block not read", blockSize, 2 * blockSize, false, []seg{{blockSize - 50, secs}}, nil,
			[]sum{{0, 1, 2, 2}, {0, 2, 3, 4}}, [][3]int32{{1, 5, 5}}},
		{"two segments, public", 0, blockSize, true, []seg{{0, secs}, {200, secs}}, nil,
			[]sum{{0, 2, 1, 1}, {0, 4, 2, 2}, {1, 0, 3, 4}, {1, 4, 4, 8}}, [][3]int32{{0, 5, 5}, {0, 5, 5}}},
		{"the second segment asked first", 0, blockSize, false, []seg{{blockSize - 50, secs}, {0, secs[:2]}}, nil,
			[]sum{{0, 0, 1, 1}, {1, 1, 2, 2}}, [][3]int32{{0, 1, 2}, {0, 2, 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ss sectionSums
			ss.hi = -1
			if tt.before != nil {
				ss.segs, ss.hi = tt.before, tt.lo
			}
			ss.startSections(tt.lo)
			var stops [][3]int32
			for _, sg := range tt.segs {
				d := ss.segment(sg.first, sg.sections, tt.lo, tt.hi)
				stops = append(stops, [3]int32{d.lo, d.stop, d.end})
			}
			if diff := cmp.Diff(tt.wantStops, stops); diff != "" {
				t.Errorf("segment: sections lo, stop, end (-want +got):\n%s", diff)
			}
			var want [blockSize]accum
			for _, sm := range tt.sums {
				sg := tt.segs[sm.seg]
				d := ss.segment(sg.first, sg.sections, tt.lo, tt.hi)
				j := int32(sm.sec) + d.off
				ss.slot[j].score += sm.score
				ss.slot[j].mask |= sm.mask
				ss.used[j/64] |= 1 << (j % 64)
				sec := sg.sections[sm.sec]
				if sec.internal() && tt.public {
					continue
				}
				for e := max(sg.first+sec.first, tt.lo); e < min(sg.first+sec.end(), tt.hi); e++ {
					want[e-tt.lo] = accum{score: sm.score, concepts: sm.mask}
				}
			}
			var b blockAcc
			ss.fill(&b, tt.lo, tt.hi, tt.public)
			got := b.accums()
			if diff := cmp.Diff(want, got, cmp.AllowUnexported(accum{})); diff != "" {
				t.Errorf("fill (-want +got):\n%s", diff)
			}
			if ss.slot != [sectionSlots]sectionSum{} || ss.used != [sectionSlots / 64]uint64{} {
				t.Errorf("fill left sums behind")
			}
		})
	}
}
