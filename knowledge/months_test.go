package knowledge

import (
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func TestMonthsBetween(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want []string
	}{
		{"Lines close from November to March for overhaul.", []string{"december", "january", "february"}},
		{"15 June to 15 September", []string{"july", "august"}},
		{"1st June until 30th September", []string{"july", "august"}},
		{"Uffizi entry between March and October", []string{"april", "may", "june", "july", "august", "september"}},
		{"open May–August", []string{"june", "july"}},
		{"Nov - Feb", []string{"december", "january"}},
		{"June to July", nil},                       // no month between
		{"in June and September", nil},              // two months, no range
		{"from June, then to September", nil},       // more than the joining word
		{"may to september", nil},                   // "may" without a capital is no month
		{"March 3 to March 9", nil},                 // one month
		{"A Marching band plays in Decembers", nil}, // no month names
	} {
		t.Run(tt.s, func(t *testing.T) {
			var got []string
			monthsBetween(tt.s, func(m int) { got = append(got, string(monthWords[m])) })
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("monthsBetween(%q) (-want +got):\n%s", tt.s, diff)
			}
		})
	}
}

func FuzzMonthsBetween(f *testing.F) {
	for _, s := range []string{"November to March", "between 1 May and 30 June", "Sept – Dec", "Jan"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := 0
		monthsBetween(s, func(m int) {
			if m < 0 || m > 11 {
				t.Fatalf("monthsBetween(%q) gave month %d", s, m)
			}
			n++
		})
		if n > 10*len(s) {
			t.Fatalf("monthsBetween(%q) gave %d months", s, n)
		}
	})
}

// TestMonthBetweenRange checks that a month asked is said by an entry that
// gives a range of months around it, in its text or a table's cell, and
// not by one whose range leaves it out.
func TestMonthBetweenRange(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"citadel.md": {Data: []byte(`# Hilltop Citadel Tickets
## Opening Times
| Season | Hours | Last Entry |
| --- | --- | --- |
| Summer Hours | 8 am to 7 pm, April to October | 6:15 pm |
| Winter Hours | 8 am to 5 pm, November to March | 4:15 pm |
## Walkways
- **Winter Closures**: Parts of the upper walkways close in snow from December to February.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "what time does the hilltop citadel close in january", "Winter Hours"},
		{"", "what time does the hilltop citadel close in july", "Summer Hours"},
		{"", "are the hilltop citadel walkways open in january?", "Winter Closures"},
	})
}

func TestMonthOf(t *testing.T) {
	for m, name := range monthWords {
		for _, w := range []string{string(name), string(name[:3])} {
			if got := monthOf([]byte(w)); got != m {
				t.Errorf("monthOf(%q) = %d, want %d", w, got, m)
			}
		}
	}
	for w, want := range map[string]int{
		"sept": 8, "ma": -1, "mays": -1, "marching": -1, "jun": 5, "jul": 6, "june": 5,
		"julys": -1, "decembers": -1, "ap": -1, "apri": -1, "augustus": -1, "no": -1, "novel": -1,
	} {
		if got := monthOf([]byte(w)); got != want {
			t.Errorf("monthOf(%q) = %d, want %d", w, got, want)
		}
	}
}
