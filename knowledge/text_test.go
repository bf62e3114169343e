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
