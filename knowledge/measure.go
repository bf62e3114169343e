package knowledge

import (
	"slices"
	"strings"
)

// A measureKind is what answers a question asking "how" and an
// adjective of size, weight or heat: the stems of the words that
// name the measure or its units ("depth", "metre", "feet"), and the
// symbols that count only after a number ("124 m", "20°C").
type measureKind struct {
	stems   map[string]bool
	symbols map[string]bool
	// rivals are the stems of the nouns of the other measures given in
	// the same units: an entry that names one, and not this measure,
	// gives that one ("Minimum Distance: 10 metres" is no depth).
	rivals map[string]bool
}

// givenBy reports whether an entry gives the measure: in its title,
// text, fields, field names or section heading.
func (k *measureKind) givenBy(e *Entry) bool {
	if len(k.rivals) > 0 && k.names(e, k.rivals) && !k.names(e, k.stems) {
		return false
	}
	if entrySays(e, k.saidIn) || k.saidIn(e.Section.Heading) {
		return true
	}
	for _, f := range e.Fields() {
		if k.saidIn(f.Name) {
			return true
		}
	}
	return false
}

// names reports whether an entry, by its title, text or field names,
// has a word of one of stems that is no unit of length.
func (k *measureKind) names(e *Entry, stems map[string]bool) bool {
	has := func(s string) bool {
		found := false
		tokenize(s, func(w []byte, _ int, _ bool) {
			_, st := foldStem(w)
			found = found || stems[st] && !lengthUnitStems[st]
		})
		return found
	}
	return entrySays(e, has) || slices.ContainsFunc(e.Fields(), func(f Field) bool { return has(f.Name) })
}

// rivalling gives each kind of measure in kinds as its rivals the
// named stems of the others, and of those in only, but its own; it
// returns true, to be called where variables are declared.
func rivalling(kinds, only map[*measureKind][]string) bool {
	for k := range kinds {
		k.rivals = map[string]bool{}
		for _, m := range []map[*measureKind][]string{kinds, only} {
			for other, names := range m {
				if other == k {
					continue
				}
				for _, n := range names {
					if _, st := foldStem([]byte(n)); st != "" && !k.stems[st] {
						k.rivals[st] = true
					}
				}
			}
		}
	}
	return true
}

// saidIn reports whether s names the measure, or gives a number in one
// of its units.
func (k *measureKind) saidIn(s string) bool {
	found, number, unit := false, false, false
	tokenize(s, func(w []byte, _ int, _ bool) {
		if found {
			return
		}
		word, st := foldStem(w)
		if unit {
			// "10 meters per second" is a speed.
			found, unit = word != "per", false
			if found {
				return
			}
		}
		digits := len(word) - len(strings.TrimLeft(word, "0123456789.,"))
		switch {
		case k.stems[st] && lengthUnitStems[st]:
			unit = true
		case k.stems[st]:
			found = true
		case digits > 0 && digits < len(word):
			found = k.symbols[word[digits:]] // "124m", "20c"
		case number:
			found = k.symbols[word] // "124 m"
		}
		number = digits == len(word) && digits > 0
	})
	return found || unit
}

// newMeasure returns the kind of measure that words and units name.
func newMeasure(words []string, symbols ...string) *measureKind {
	k := &measureKind{stems: map[string]bool{}, symbols: map[string]bool{}}
	for _, w := range words {
		if _, st := foldStem([]byte(w)); st != "" {
			k.stems[st] = true
		}
	}
	for _, s := range symbols {
		k.symbols[s] = true
	}
	return k
}

var (
	lengthUnits   = []string{"metre", "meter", "metres", "foot", "feet", "kilometre", "kilometer", "mile", "miles", "centimetre", "centimeter", "millimetre", "millimeter", "inch", "inches", "yard", "yards"}
	lengthSymbols = []string{"m", "ft", "km", "cm", "mm", "mi", "yd", "in"}
	height        = newMeasure(append([]string{"height", "tall", "high", "altitude", "elevation", "storey", "story", "floor"}, lengthUnits...), lengthSymbols...)
	remoteness    = newMeasure(append([]string{"distance", "away", "apart"}, lengthUnits...), lengthSymbols...)
	age           = newMeasure([]string{"age", "aged", "old", "older", "younger", "year", "month", "birthday", "adult", "minor", "junior", "senior", "teen", "teenager", "child", "infant", "toddler", "pensioner"})
	heat          = newMeasure([]string{"temperature", "degree", "celsius", "fahrenheit", "hot", "cold", "warm"}, "c", "f")
	// measures are the kinds of measure that "how" and an adjective ask
	// for, by the adjective.
	depth     = newMeasure(append([]string{"depth", "deep"}, lengthUnits...), lengthSymbols...)
	thickness = newMeasure(append([]string{"thickness", "thick"}, lengthUnits...), lengthSymbols...)
	width     = newMeasure(append([]string{"width", "wide", "breadth"}, lengthUnits...), lengthSymbols...)
	_         = rivalling(map[*measureKind][]string{
		height:    {"height", "altitude", "elevation"},
		depth:     {"depth"},
		thickness: {"thickness"},
		width:     {"width", "breadth"},
	}, map[*measureKind][]string{
		// A distance rivals the others, but "how far" has no rivals:
		// "12 km long" answers it.
		remoteness: {"distance", "apart"},
	})
	measures = map[string]*measureKind{
		"tall":  height,
		"high":  height,
		"deep":  depth,
		"thick": thickness,
		"wide":  width,
		"long":  newMeasure(append([]string{"length", "long"}, lengthUnits...), lengthSymbols...),
		"heavy": newMeasure([]string{"weight", "weigh", "heavy", "kilogram", "kilo", "tonne", "ton", "pound", "gram"}, "kg", "t", "lb", "lbs", "g"),
		"close": remoteness,
		"near":  remoteness,
		"old":   age,
		"young": age,
		"hot":   heat,
		"cold":  heat,
		"warm":  heat,
	}
)

// measureAsked returns the kind of measure a question asks for with
// "how" and an adjective: "how deep", "how tall", "how heavy", "how
// hot". "How long" asks a length only when the question names a unit
// of length ("how long is the trail in miles"); else it may ask a while.
func measureAsked(words []queryWord) *measureKind {
	for i := 1; i < len(words); i++ {
		if otherAsking[words[i-1].word] {
			return nil // "who keeps track of how thick the ice is" asks who
		}
		if words[i-1].word != "how" {
			continue
		}
		adj := words[i].word
		if adj == "long" && !namesLengthUnit(words[i+1:]) {
			return nil
		}
		return measures[adj]
	}
	return nil
}

// otherAsking are the question words that ask something else than a
// "how" after them.
var otherAsking = map[string]bool{"who": true, "what": true, "where": true, "which": true, "when": true, "why": true}

// namesLengthUnit reports whether words name a unit of length.
func namesLengthUnit(words []queryWord) bool {
	for _, w := range words {
		if _, st := foldStem([]byte(w.word)); lengthUnitStems[st] || w.word == "km" || w.word == "ft" {
			return true
		}
	}
	return false
}

var lengthUnitStems = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range lengthUnits {
		if _, st := foldStem([]byte(w)); st != "" {
			m[st] = true
		}
	}
	return m
}()
