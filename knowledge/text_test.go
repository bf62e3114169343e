package knowledge

import (
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
)

// capitalsFound records what scanCapitals reports.
type capitalsFound struct{ Acronyms, Capitals []string }

func (c *capitalsFound) initials(w capitals) { c.Acronyms = append(c.Acronyms, string(w.b[:w.n])) }
func (c *capitalsFound) upper(w capitals)    { c.Capitals = append(c.Capitals, string(w.b[:w.n])) }

func TestScanCapitals(t *testing.T) {
	tests := []struct {
		text     string
		acronyms []string
		capitals []string
	}{
		{"Foreign Military Financing ceiling of 38 million", []string{"fmf"}, nil},
		{"the Ministry of Home Affairs and the MCC", []string{"mha", "moh", "moha", "oha"}, []string{"mcc"}},
		{"The Millennium Challenge Corporation compact", []string{"tmc", "tmcc", "mcc"}, nil},
		{"U.S. Coast Guard,Philippine Coast Guard (PCG)", []string{"pcg"}, []string{"pcg"}},
		{"Maritime Law Enforcement Training", []string{"mle", "mlet", "let"}, nil},
		{"Joint Training: Air Base", nil, nil},          // punctuation ends a run
		{"Lal-lo Airport Runway", []string{"lar"}, nil}, // a hyphenated word is one
		{"Non-Commissioned Officer Development", []string{"nco", "ncod", "cod"}, nil},
		{"President's Emergency Plan for AIDS Relief", []string{"pep", "pepa", "pepar", "epa", "epar", "par", "pep", "pepf", "pepfa", "pepfar", "epf", "epfa", "epfar", "pfa", "pfar", "far"}, []string{"aids"}},
		{"two LNOs and the NCOs", nil, []string{"lno", "nco"}},
		{"USAID and DFC", []string{"uad"}, []string{"usaid", "dfc"}},
		{"Bureau of Fisheries and Aquatic Resources", []string{"bfa", "bfar", "far", "bof", "bofa", "bofaa", "bofaar", "ofa", "ofaa", "ofaar", "faa", "faar", "aar"}, nil},
		{"Coast Guard and the Navy Seals", nil, nil}, // two connectives part names
		{"Émile Zola Street Works", []string{"zsw"}, nil},
		{"all lower case words", nil, nil},
		{"", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got capitalsFound
			scanCapitals(tt.text, &got)
			if diff := cmp.Diff(capitalsFound{tt.acronyms, tt.capitals}, got); diff != "" {
				t.Errorf("scanCapitals(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// FuzzScanCapitals feeds scanCapitals arbitrary document text: it must
// not panic, and must report only lowercase ASCII initials of an
// acronym's length and lowercase words of capitals.
func FuzzScanCapitals(f *testing.F) {
	for _, s := range []string{"Foreign Military Financing", "The MCC of Nepal", "A-B C’D E&F", "ÉÉÉ Ab Cd Ef", "\xff\xfe Ab Cd Ef",
		"Bank of America", "Non-Commissioned", "Only one capital here."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got capitalsFound
		scanCapitals(s, &got)
		// The quick look first must not change what is found.
		var all capitalsFound
		scanAllCapitals(s, &all)
		if !cmp.Equal(got, all) {
			t.Errorf("scanCapitals(%q) = %+v, without its quick look %+v", s, got, all)
		}
		lowerASCII := func(w string) bool {
			return strings.IndexFunc(w, func(r rune) bool { return r > unicode.MaxASCII || !unicode.IsLower(r) }) < 0
		}
		for _, a := range got.Acronyms {
			if len(a) < minAcronym || len(a) > maxAcronym || !lowerASCII(a) {
				t.Errorf("scanCapitals(%q) reported initials %q", s, a)
			}
		}
		for _, w := range got.Capitals {
			if len(w) < 2 || len(w) > maxAcronym || !lowerASCII(w) {
				t.Errorf("scanCapitals(%q) reported capitals %q", s, w)
			}
		}
	})
}

func TestSnowStem(t *testing.T) {
	tests := map[string]string{
		"buses":   "bus", // Snowball: "buse"
		"bus":     "bus",
		"gases":   "gas",
		"bases":   "base", // a word of its own
		"doses":   "dose",
		"classes": "class",
		"houses":  "hous",
		"ferries": "ferri",
	}
	for w, want := range tests {
		if got := snowStem(w); got != want {
			t.Errorf("snowStem(%q) = %q, want %q", w, got, want)
		}
	}
}

// lowerOrDigitEndByByte is lowerOrDigitEnd a byte at a time.
func lowerOrDigitEndByByte(s string, i int) int {
	for i < len(s) && lowerOrDigit[s[i]] {
		i++
	}
	return i
}

// TestLowerOrDigitEnd holds lowerOrDigitEnd, eight bytes at a time, to
// the end a byte at a time gives: every byte value after runs of every
// length within and across eight-byte groups, and bytes of 0x80 or more
// (which carry in its sums) before and after the run's end.
func TestLowerOrDigitEnd(t *testing.T) {
	tests := []struct {
		name string
		s    string
		i    int
		want int
	}{
		{"empty", "", 0, 0},
		{"at the end", "abc", 3, 3},
		{"a word", "word rest", 0, 4},
		{"from within", "word rest", 2, 4},
		{"digits and letters", "a1b2c3d4e5f6g7h8 x", 0, 16},
		{"all of it", "abcdefghijklmnopqrstuvwxyz0123456789", 0, 36},
		{"capital", "abcdefghiJkl", 0, 9},
		{"bounds of the ranges", "az09`{/:", 0, 4},
		{"bytes of 0x80 or more after", "abcdefg\xff\xff\xffabc", 0, 7},
		{"a letter after a carry", "abc\xffabcdefgh", 0, 3},
		{"accented", "caf\u00e9s", 0, 3},
		{"first byte not one", "-abcdefghij", 0, 0},
	}
	for _, tt := range tests {
		if got := lowerOrDigitEnd(tt.s, tt.i); got != tt.want {
			t.Errorf("%s: lowerOrDigitEnd(%q, %d) = %d, want %d", tt.name, tt.s, tt.i, got, tt.want)
		}
	}
	run := "abcdefghijklmnopqrstuvwxyz0123456789"
	for n := range 20 {
		for c := range 256 {
			for _, after := range []string{"", "x", "\xff\xfe\x80abcdefgh", "zzzzzzzzzzzzzzzz"} {
				s := run[:n] + string([]byte{byte(c)}) + after
				for i := range min(len(s), 3) {
					if got, want := lowerOrDigitEnd(s, i), lowerOrDigitEndByByte(s, i); got != want {
						t.Fatalf("lowerOrDigitEnd(%q, %d) = %d, want %d", s, i, got, want)
					}
				}
			}
		}
	}
}

// TestCapitalsIn holds capitalsIn, eight bytes at a time, to a byte at a
// time: every byte value at every place, among bytes of 0x80 or more
// (whose sums would carry into the next byte) and others.
func TestCapitalsIn(t *testing.T) {
	for _, fill := range []byte{'a', 'Z', '@', '[', 0x7f, 0x80, 0xc0, 0xda, 0xff} {
		for at := range 8 {
			for c := range 256 {
				b := []byte(strings.Repeat(string([]byte{fill}), 8))
				b[at] = byte(c)
				var want uint64
				for k, x := range b {
					if 'A' <= x && x <= 'Z' {
						want |= 0x80 << (8 * k)
					}
				}
				if got := capitalsIn(swarLoad(string(b), 0)); got != want {
					t.Fatalf("capitalsIn(% x) = %#x, want %#x", b, got, want)
				}
			}
		}
	}
}

// TestMayHaveCapitals puts two capitalized words at every place in and
// across the eight-byte groups that mayHaveCapitals looks at, after
// letters that are not ASCII too, and holds it to finding them.
func TestMayHaveCapitals(t *testing.T) {
	tests := []struct {
		name, before, s string
		want            bool
	}{
		{"a sentence", "", "the fund pays for training.", false},
		{"a sentence's first word", "", "The fund pays for training.", false},
		{"two capitalized words", "", "the Green Fund pays", true},
		{"capitals", "", "the fund of the WHO", true},
		{"after a letter not ASCII", "caf\u00e9 ", "Green Fund", true},
		{"after bytes of 0x80 or more", "\u00ff\u00ff\u00ff\u00ff", "ZZ", true},
		{"a connective between", "", "the Bank of America", true},
		{"one capital after a hyphen", "", "the non-Party states", true},
	}
	for _, tt := range tests {
		for pad := range 17 {
			s := strings.Repeat("x", pad) + tt.before + tt.s
			if got := mayHaveCapitals(s); got != tt.want {
				t.Errorf("%s: mayHaveCapitals(%q) = %v, want %v", tt.name, s, got, tt.want)
			}
		}
	}
}
