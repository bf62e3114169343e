package knowledge

import "testing"

// TestPackCuts checks that a pack's arrays take the words packWords
// counts, one after another, and that appending past an array's length
// leaves the next one as it was.
func TestPackCuts(t *testing.T) {
	for _, tc := range []struct {
		name string
		n    int
		want int // words
	}{
		{"uint16 even", 4, 2},
		{"uint16 odd", 3, 2},
		{"segSection", 2, 4},
		{"class", 3, 15},
		{"none", 0, 0},
	} {
		var got int
		switch tc.name {
		case "uint16 even", "uint16 odd":
			got = packWords[uint16](tc.n)
		case "segSection":
			got = packWords[segSection](tc.n)
		case "class":
			got = packWords[class](tc.n)
		default:
			got = packWords[int32](tc.n)
		}
		if got != tc.want {
			t.Errorf("%s: packWords(%d) = %d, want %d", tc.name, tc.n, got, tc.want)
		}
	}

	p := newPack(packWords[uint16](3) + packWords[segSection](2) + packWords[int32](2))
	a := cut[uint16](&p, 3)
	secs := cut[segSection](&p, 2)[:0]
	c := cut[int32](&p, 2)
	if len(p.w) != 0 {
		t.Errorf("%d words left in the pack, want 0", len(p.w))
	}
	if len(a) != 3 || cap(a) != 3 || len(c) != 2 || cap(c) != 2 || cap(secs) != 2 {
		t.Fatalf("lengths and capacities %d/%d, %d, %d/%d; want 3/3, 2, 2/2", len(a), cap(a), cap(secs), len(c), cap(c))
	}
	for i := range a {
		a[i] = 0xffff
	}
	c[0], c[1] = 7, 8
	secs = append(secs, newSegSection(1, 2, true), newSegSection(3, 4, false))
	secs = append(secs, newSegSection(5, 6, true)) // past its capacity: a new array
	if c[0] != 7 || c[1] != 8 {
		t.Errorf("the array after one appended past its capacity = %v, want [7 8]", c)
	}
	if got := cut[int32](&p, 0); got != nil {
		t.Errorf("cut of 0 = %v, want nil", got)
	}
	if secs[2] != (newSegSection(5, 6, true)) || secs[0] != (newSegSection(1, 2, true)) {
		t.Errorf("sections = %v", secs)
	}
}
