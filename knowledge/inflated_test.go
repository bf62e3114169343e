package knowledge

import "testing"

// TestInflatedCap checks the sizes of the buffers the cache of inflated
// texts makes: powers of two up to keptBytes, exact above it.
func TestInflatedCap(t *testing.T) {
	tests := []struct{ n, want int }{
		{0, 0},
		{1, 1},
		{2, 2},
		{3, 4},
		{4096, 4096},
		{4097, 8192},
		{7287, 8192},
		{12665, 16384},
		{keptBytes - 1, keptBytes},
		{keptBytes, keptBytes},
		{keptBytes + 1, keptBytes + 1},
		{3 * keptBytes, 3 * keptBytes},
	}
	for _, tt := range tests {
		if got := inflatedCap(tt.n); got != tt.want {
			t.Errorf("inflatedCap(%d) = %d, want %d", tt.n, got, tt.want)
		}
	}
}
