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
	// own and rivals are the stems of the nouns that name this measure
	// and the other measures given in the same units: an entry that
	// names a rival, and not this measure, gives the rival ("Minimum
	// Distance: 10 metres" is no depth).
	own, rivals []string
	// placed is set for the measures a distance rivals: "300 metres
	// from the rim" places a thing and gives no depth.
	placed bool
}

// givenBy reports whether an entry gives the measure: in its title,
// text, fields, field names or section heading.
func (k *measureKind) givenBy(e *Entry) bool {
	if len(k.rivals) > 0 && saysStem(e, k.rivals) && !saysStem(e, k.own) {
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

// rivalled returns k, named by own and rivalled by the measures that
// rivals name.
func (k *measureKind) rivalled(own []string, rivals ...string) *measureKind {
	stems := func(words []string) []string {
		var out []string
		for _, w := range words {
			if _, st := foldStem([]byte(w)); st != "" {
				out = append(out, st)
			}
		}
		return out
	}
	k.own, k.rivals = stems(own), stems(rivals)
	k.placed = slices.Contains(rivals, "distance")
	return k
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
			// "10 meters per second" is a speed, "300 metres from
			// the rim" a distance and "70 metres across" a width.
			found, unit = word != "per" && !k.another(word, st), false
			if found {
				return
			}
		}
		digits := len(word) - len(strings.TrimLeft(word, "0123456789.,"))
		switch {
		case k.stems[st] && lengthUnitStems[st]:
			// "at the foot of the peninsula" measures nothing.
			unit = number || !everydayUnits[word]
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

// another reports whether a word after a length says that it is
// another measure than k: a distance ("from", "north") or a measure of
// size k does not name ("across" for a depth).
func (k *measureKind) another(word, stem string) bool {
	return k.placed && (placingWords[word] || sizeWords[stem] && !slices.Contains(k.own, stem))
}

// everydayUnits are the units of length that are everyday words too
// ("the foot of the hill", "the boat yard"): they give a length only
// after a number.
var everydayUnits = map[string]bool{"foot": true, "feet": true, "yard": true, "yards": true, "inch": true, "inches": true}

// placingWords follow a length that places a thing rather than measure
// it: "300 metres from the rim", "two miles offshore".
var placingWords = map[string]bool{
	"from": true, "away": true, "apart": true, "off": true, "offshore": true, "inland": true, "beyond": true,
	"behind": true, "outside": true, "north": true, "south": true, "east": true, "west": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true,
}

// sizeWords are the stems of the words that say, after a length, which
// measure it is: "70 metres across" is a width, not a depth.
var sizeWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"across", "wide", "long", "high", "tall", "deep", "thick"} {
		_, st := foldStem([]byte(w))
		m[st] = true
	}
	return m
}()

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
	// The measures of length name themselves and rival each other, and
	// a distance or a length ("Path Length: 4 km") rivals them all; "how far" and "how close" have no
	// rivals: "12 km long" says how far.
	height = newMeasure(append([]string{"height", "tall", "high", "altitude", "elevation", "storey", "story", "floor"}, lengthUnits...), lengthSymbols...).
		rivalled([]string{"height", "tall", "high", "altitude", "elevation", "storey", "story", "floor"}, "distance", "length", "apart", "depth", "thickness", "width", "breadth")
	depth = newMeasure(append([]string{"depth", "deep"}, lengthUnits...), lengthSymbols...).
		rivalled([]string{"depth", "deep"}, "distance", "length", "apart", "height", "altitude", "elevation", "thickness", "width", "breadth")
	thickness = newMeasure(append([]string{"thickness", "thick"}, lengthUnits...), lengthSymbols...).
			rivalled([]string{"thickness", "thick"}, "distance", "length", "apart", "height", "altitude", "elevation", "depth", "width", "breadth")
	width = newMeasure(append([]string{"width", "wide", "breadth"}, lengthUnits...), lengthSymbols...).
		rivalled([]string{"width", "wide", "breadth", "across"}, "distance", "length", "apart", "height", "altitude", "elevation", "depth", "thickness")
	remoteness = newMeasure(append([]string{"distance", "away", "apart"}, lengthUnits...), lengthSymbols...)
	age        = newMeasure([]string{"age", "aged", "old", "older", "younger", "year", "month", "birthday", "adult", "minor", "junior", "senior", "teen", "teenager", "child", "infant", "toddler", "pensioner"})
	heat       = newMeasure([]string{"temperature", "degree", "celsius", "fahrenheit", "hot", "cold", "warm"}, "c", "f")
	// measures are the kinds of measure that "how" and an adjective ask
	// for, by the adjective.
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
		if adj == "long" && !namesLengthUnit(words[i+1:]) && !longThingAsked(words[i+1:]) {
			return nil
		}
		return measures[adj]
	}
	return nil
}

// longThingAsked reports whether the words after "how long" ask of a
// thing that has a length and takes no while: "how long is the Thu Bon
// river", not "how long is the boat ride on the river". The thing is the
// head of the phrase after "is" or "are".
func longThingAsked(words []queryWord) bool {
	if len(words) == 0 || words[0].word != "is" && words[0].word != "are" {
		return false
	}
	head := ""
	for _, w := range words[1:] {
		if isStopWord(w.word) {
			if head != "" {
				break
			}
			continue // "the", "a"
		}
		head = w.word
	}
	return longThings[head]
}

// longThings have a length and are no while.
var longThings = map[string]bool{
	"river": true, "rivers": true, "bridge": true, "bridges": true, "tunnel": true,
	"tunnels": true, "wall": true, "walls": true, "canal": true, "canals": true,
	"coastline": true, "coast": true, "beach": true, "beaches": true, "runway": true,
	"pier": true, "fence": true, "border": true, "slide": true, "zipline": true,
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
