package knowledge

import (
	"math"
	"regexp"
	"strconv"
	"strings"
)

// Tables of tiers give each row a range ("up to 10 kg", "10 to 23 kg",
// "above 800 kWh", "65+"), and people ask with the number they have: "how
// much to send a 15 kg box" is asked of the row whose range holds 15, not
// of the row on parcels up to 10 kg that the question's words find as
// well.

// tier is a range of numbers, its ends included.
type tier struct{ lo, hi float64 }

func (s tier) holds(x float64) bool { return s.lo <= x && x <= s.hi }

// step is what "over" and "under" add or take from a bound that they
// leave out: "over 800" holds 800.5, not 800.
const step = 0.5

var (
	// tierBetween is a range written with both ends: "10 to 23", "10–23",
	// "between 10 and 23".
	tierBetween = regexp.MustCompile(`(?:between\s+)?(\d+(?:\.\d+)?)\s*(?:to|–|—|-|and)\s*(\d+(?:\.\d+)?)`)
	// tierBelow and tierAbove are ranges with one end: "up to 10",
	// "under 2"; "over 800", "65+".
	tierBelow = regexp.MustCompile(`(up to|under|below|less than|no more than|at most|maximum|max|first)\s+(\d+(?:\.\d+)?)`)
	tierAbove = regexp.MustCompile(`(?:(over|above|more than|beyond|past|from|at least)\s+(\d+(?:\.\d+)?))|(?:(\d+(?:\.\d+)?)\s*\+)`)
	// tierAndOver and tierAndUnder are ranges with one end written after
	// it, its unit between them or not: "26 and over", "6 years and
	// up", "5 and under".
	tierAndOver  = regexp.MustCompile(`(\d+(?:\.\d+)?)\s+(?:[a-z]+\s+)?(?:and|or)\s+(?:over|above|up|older|more)\b`)
	tierAndUnder = regexp.MustCompile(`(\d+(?:\.\d+)?)\s+(?:[a-z]+\s+)?(?:and|or)\s+(?:under|below|younger|less)\b`)
)

// tiersIn returns the ranges s writes.
func tiersIn(s string) []tier {
	if !strings.ContainsAny(s, "0123456789") {
		return nil
	}
	s = strings.ToLower(s)
	var out []tier
	for _, m := range tierBetween.FindAllStringSubmatch(s, -1) {
		lo, err1 := strconv.ParseFloat(m[1], 64)
		hi, err2 := strconv.ParseFloat(m[2], 64)
		if err1 == nil && err2 == nil && lo < hi {
			out = append(out, tier{lo, hi})
		}
	}
	for _, m := range tierBelow.FindAllStringSubmatch(s, -1) {
		if hi, err := strconv.ParseFloat(m[2], 64); err == nil {
			if m[1] == "under" || m[1] == "below" || m[1] == "less than" {
				hi -= step
			}
			out = append(out, tier{math.Inf(-1), hi})
		}
	}
	for _, m := range tierAbove.FindAllStringSubmatch(s, -1) {
		word, num := m[1], m[2]
		if num == "" {
			num = m[3] // "65+"
		}
		if lo, err := strconv.ParseFloat(num, 64); err == nil {
			if word != "from" && word != "at least" && word != "" {
				lo += step
			}
			out = append(out, tier{lo, math.Inf(1)})
		}
	}
	for _, m := range tierAndOver.FindAllStringSubmatch(s, -1) {
		if lo, err := strconv.ParseFloat(m[1], 64); err == nil {
			out = append(out, tier{lo, math.Inf(1)})
		}
	}
	for _, m := range tierAndUnder.FindAllStringSubmatch(s, -1) {
		if hi, err := strconv.ParseFloat(m[1], 64); err == nil {
			out = append(out, tier{math.Inf(-1), hi})
		}
	}
	return out
}

// numbersAsked returns the numbers a question gives, each moved past the
// bound it says it is over or under: "past 800" is 800.5.
func numbersAsked(question string) []float64 {
	var out []float64
	for _, s := range tiersIn(question) {
		switch {
		case math.IsInf(s.lo, -1) && !math.IsInf(s.hi, 1):
			out = append(out, s.hi)
		case math.IsInf(s.hi, 1) && !math.IsInf(s.lo, -1):
			out = append(out, s.lo)
		}
	}
	if len(out) > 0 {
		return out
	}
	for _, f := range strings.FieldsFunc(question, func(r rune) bool { return (r < '0' || r > '9') && r != '.' }) {
		if x, err := strconv.ParseFloat(strings.Trim(f, "."), 64); err == nil {
			out = append(out, x)
		}
	}
	return out
}

// preferInRange puts first, over a row of a table whose ranges do not
// hold a number the question gives, the next row of the same table whose
// range does: "PakketPunt price to send a 15 kg box" is the row "Heavy
// Parcel" (10 to 23 kg), not "Letterbox Parcel" (up to 2 kg).
func preferInRange(question string, out []Answer) {
	if len(out) < 2 || !strings.ContainsAny(question, "0123456789") {
		return
	}
	nums := numbersAsked(question)
	if len(nums) == 0 {
		return
	}
	holds := func(e *Entry) (ranged, held bool) {
		entrySays(e, func(s string) bool {
			for _, sp := range tiersIn(s) {
				if e.Kind != Row && (math.IsInf(sp.lo, 0) || math.IsInf(sp.hi, 0)) {
					continue // "must be 18 or over" answers whether a 16 year old may
				}
				ranged = true
				for _, x := range nums {
					held = held || sp.holds(x)
				}
			}
			return held
		})
		return ranged, held
	}
	ranged, held := holds(out[0].Entry)
	if !ranged || held {
		return
	}
	sec := out[0].Entry.Section
	for i := 1; i < len(out) && i < 6; i++ {
		if out[i].Entry.Section != sec {
			continue
		}
		if _, held := holds(out[i].Entry); held {
			promote(out, i)
			return
		}
	}
}
