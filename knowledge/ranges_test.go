package knowledge

import (
	"math"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func TestTiersIn(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		s    string
		want []tier
	}{
		{"10 to 23 kg, delivered to the door", []tier{{10, 23}}},
		{"ages 18–34", []tier{{18, 34}}},
		{"between 2 and 5 years", []tier{{2, 5}}},
		{"up to 10 kg", []tier{{-inf, 10}}},
		{"under 2 kg", []tier{{-inf, 1.5}}},
		{"the first 800 kWh each month", []tier{{-inf, 800}}},
		{"use above 800 kWh in a month", []tier{{800.5, inf}}},
		{"from 65 years", []tier{{65, inf}}},
		{"visitors aged 65+", []tier{{65, inf}}},
		{"aged 26 and over", []tier{{26, inf}}},
		{"children 5 and under go free", []tier{{-inf, 5}}},
		{"6 years and up", []tier{{6, inf}}},
		{"51 cigars or more", []tier{{51, inf}}},
		{"children 4 years or younger", []tier{{-inf, 4}}},
		{"a limit of €10 or more", []tier{{10, inf}}},
		{"call 555-0142", nil}, // a phone number, not a range
		{"5 p.m. to 9 p.m. on weekdays", nil},
		{"no numbers here", nil},
	}
	for _, tt := range tests {
		t.Run(tt.s, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tiersIn(tt.s), cmp.AllowUnexported(tier{})); diff != "" {
				t.Errorf("tiersIn(%q) mismatch (-want +got):\n%s", tt.s, diff)
			}
		})
	}
}

func TestNumbersAsked(t *testing.T) {
	tests := []struct {
		question string
		want     []float64
	}{
		{"price to send a 15 kg box", []float64{15}},
		{"what do I pay per kWh once I'm past 800 in a month?", []float64{800.5}},
		{"fare for children under 5", []float64{4.5}},
		{"a man aged 30.5", []float64{30.5}},
		{"how much is a parcel", nil},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, numbersAsked(tt.question)); diff != "" {
				t.Errorf("numbersAsked(%q) mismatch (-want +got):\n%s", tt.question, diff)
			}
		})
	}
}

// TestInRange checks that a question giving a number is answered by the
// row of a table of tiers whose range holds it.
func TestInRange(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"parcels.md": {Data: []byte(`# PakketPunt Parcel Prices
PakketPunt sends parcels across the Netherlands from its lockers.
## Prices
| Service | Price | Weight |
| --- | --- | --- |
| Letterbox Parcel | €4.50 | up to 2 kg parcel |
| Standard Parcel | €6.95 | 2 to 10 kg parcel |
| Heavy Parcel | €13.50 | 10 to 23 kg parcel |
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "PakketPunt price to send a 15 kg parcel", "Heavy Parcel"},
		{"", "PakketPunt price to send a 1 kg parcel", "Letterbox Parcel"},
	})
}

// TestInRangeOneEnd checks ranges written with one end after the number
// ("26 and over") in a table's rows, and that a bullet's one-ended range
// is a rule, not a tier: "must be 18 or over" answers whether a 16 year
// old may, and "€10 or more" in the next bullet holds 16 by chance.
func TestInRangeOneEnd(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"club.md": {Data: []byte(`# Dodder Valley Tennis Club
Dodder Valley Lawn Tennis Club has six courts in Dublin.
## Membership
| Category | Annual fee | Who |
|---|---|---|
| Full Adult | €520 | aged 26 and over |
| Young Adult | €290 | aged 19 to 25 |
| Junior | €160 | aged 8 to 18 |
`)},
		"mobile.md": {Data: []byte(`# Lee Mobile Contracts in Cork
Lee Mobile sells phone plans in Cork.
## Plans
- Age Requirement: Bill-pay customers must be 18 or over; younger customers can have a prepay SIM.
- Spend Control: Bill-pay customers can set a monthly limit of €10 or more on extra charges.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "what is the annual fee for a 30 year old at Dodder Valley?", "Full Adult"},
		{"", "what is the annual fee for a 21 year old at Dodder Valley?", "Young Adult"},
		{"", "my 16 year old wants a bill pay phone with Lee Mobile, is that allowed?", "Age Requirement"},
	})
}

// FuzzTiersIn checks that any text gives ranges whose ends are in order,
// and numbers asked that are numbers.
func FuzzTiersIn(f *testing.F) {
	for _, s := range []string{"10 to 23 kg", "up to 2 kg", "above 800 kWh", "65+", "between 1 and 2", "1.5-2.5", "under 0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, tr := range tiersIn(s) {
			if !(tr.lo <= tr.hi) {
				t.Errorf("tiersIn(%q) gave %v", s, tr)
			}
		}
		for _, x := range numbersAsked(s) {
			if math.IsNaN(x) {
				t.Errorf("numbersAsked(%q) gave NaN", s)
			}
		}
	})
}
