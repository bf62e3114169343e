package knowledge

import "testing"

func TestArenaTake(t *testing.T) {
	var a arena[int64]
	per := arenaBytes / 8
	tests := []struct {
		n        int
		wantOwn  bool // an array of its own, not from the block
		wantFree int  // what is left of the block after
	}{
		{n: 10, wantFree: per - 10},
		{n: 0, wantFree: per - 10},
		{n: per / 8, wantFree: per - 10 - per/8},
		{n: per/8 + 1, wantOwn: true, wantFree: per - 10 - per/8},
		{n: 5, wantFree: per - 15 - per/8},
	}
	var prev []int64
	for _, tt := range tests {
		s := a.take(tt.n)
		if len(s) != tt.n || cap(s) != tt.n {
			t.Fatalf("take(%d): len %d, cap %d, want both %d", tt.n, len(s), cap(s), tt.n)
		}
		for i := range s {
			if s[i] != 0 {
				t.Fatalf("take(%d)[%d] = %d, want 0", tt.n, i, s[i])
			}
			s[i] = int64(tt.n)
		}
		if len(a.free) != tt.wantFree {
			t.Errorf("after take(%d), %d left in the block, want %d", tt.n, len(a.free), tt.wantFree)
		}
		if !tt.wantOwn && tt.n > 0 {
			prev = s
		}
	}
	// Pieces do not overlap: writing one left the last one alone.
	if prev[0] != 5 {
		t.Errorf("last piece = %d, want 5", prev[0])
	}
	// A new block when the free part is too small.
	a.free = a.free[:3]
	if s := a.take(4); len(a.free) != per-4 || len(s) != 4 {
		t.Errorf("take(4) with 3 left: %d left, want %d", len(a.free), per-4)
	}
	var none *arena[byte]
	if s := none.take(7); len(s) != 7 || cap(s) != 7 {
		t.Errorf("nil arena take(7): len %d cap %d, want 7", len(s), cap(s))
	}
}
