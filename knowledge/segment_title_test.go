package knowledge

import (
	"encoding/binary"
	"math"
	"testing"
)

func TestUvarintLen(t *testing.T) {
	for _, term := range []int32{0, 1, 127, 128, 3750, 16383, 16384, 1<<21 - 1, 1 << 21, 1<<28 - 1, 1 << 28, math.MaxInt32, -1} {
		if got, want := uvarintLen(term), len(binary.AppendUvarint(nil, uint64(uint32(term)))); got != want {
			t.Errorf("uvarintLen(%d) = %d, want %d", term, got, want)
		}
	}
}
