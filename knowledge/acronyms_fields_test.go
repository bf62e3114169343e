package knowledge

import (
	"strings"
	"testing"
	"unicode"
)

// FuzzTitleAcronym holds titleAcronym to the way it was first written,
// with strings.FieldsFunc.
func FuzzTitleAcronym(f *testing.F) {
	for _, s := range []string{"MDA", "What is the SRA?", "MDA and EEZ", "LNOs (x)", "é MDA", "\xffMDA", "G20-MDA", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, title string) {
		want := ""
		for _, w := range strings.FieldsFunc(title, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			if isAcronymWord(w) {
				if want != "" {
					want = ""
					break
				}
				want = w
			}
		}
		if got := titleAcronym(title); got != want {
			t.Errorf("titleAcronym(%q) = %q, want %q", title, got, want)
		}
	})
}
