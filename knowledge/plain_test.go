package knowledge

import (
	"encoding/binary"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// plainSuspect is what plainSuspects tests for a byte: not ASCII, a
// control character, '*', or '[' to '`'.
func plainSuspect(b byte) bool {
	return b >= 0x80 || b < ' ' || b == '*' || '[' <= b && b <= '`'
}

// TestPlainSuspects holds plainSuspects to plainSuspect, byte by byte:
// not 0 exactly when a byte of the eight is suspect, for every byte
// value at every place among bytes of every other value, and for
// random words.
func TestPlainSuspects(t *testing.T) {
	check := func(b [8]byte) {
		t.Helper()
		want := false
		for _, c := range b {
			want = want || plainSuspect(c)
		}
		if got := plainSuspects(binary.LittleEndian.Uint64(b[:])) != 0; got != want {
			t.Fatalf("plainSuspects(%q) != 0 is %v, byte by byte %v", b[:], got, want)
		}
	}
	for c := range 256 {
		for o := range 256 {
			for at := range 8 {
				var b [8]byte
				for i := range b {
					b[i] = byte(o)
				}
				b[at] = byte(c)
				check(b)
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 1_000_000 {
		var b [8]byte
		binary.LittleEndian.PutUint64(b[:], r.Uint64())
		for i := range b {
			if r.IntN(2) == 0 {
				b[i] = "abc xyz*[\\]^_`\x7f\x1f\x80\xff "[r.IntN(18)]
			}
		}
		check(b)
	}
}

// TestIsPlainEightAtATime holds isPlain to isPlainByByte for texts whose
// eight-byte runs have every byte value at every place: those it passes
// eight at a time and those it looks at one by one ('\', ']' and '^'
// among them, which are plain but not passed eight at a time).
func TestIsPlainEightAtATime(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"plain", "a fairly long line of plain text", true},
		{"backslash", `a path C:\docs\briefing with words`, true},
		{"brackets and caret", "a note] on x^2 in eight bytes", true},
		{"backslash then two spaces", `abcdef\g  hijklmnop`, false},
		{"caret then markup", "abcdefg^ *bold* text", false},
		{"underscore", "snake_case names in text", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isPlain(tt.text); got != tt.want {
				t.Errorf("isPlain(%q) = %v, want %v", tt.text, got, tt.want)
			}
			if diff := cmp.Diff(isPlainByByte(tt.text), isPlain(tt.text)); diff != "" {
				t.Errorf("isPlain(%q), byte by byte (-) and now (+):\n%s", tt.text, diff)
			}
		})
	}
	base := []byte("abcdefgh ijklmno pqrstuvw")
	for c := range 256 {
		for at := range len(base) {
			for _, space := range []bool{false, true} {
				b := append([]byte(nil), base...)
				b[at] = byte(c)
				if space && at+1 < len(b) {
					b[at+1] = ' '
				}
				s := strings.TrimSpace(string(b)) // as plain calls it
				if got, want := isPlain(s), isPlainByByte(s); got != want {
					t.Fatalf("isPlain(%q) = %v, byte by byte %v", s, got, want)
				}
			}
		}
	}
}
