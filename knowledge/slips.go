package knowledge

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/briefbot/briefbot/knowledge/lexicon"
)

// americanized returns a misspelt word with its British spellings written
// the American way: "persoanlised" is "persoanlized", "modernisaton"
// "modernizaton", "programe" stays. The base keeps each word folded to
// its American spelling (see lexicon.Fold), but Fold knows only whole,
// rightly spelt words, so a slip in a British word is two edits from the
// word the base has ("personalized") where it is one from the word that
// was meant ("personalised"). Spelling correction tries the word this
// returns when the word as typed finds nothing. Only the patterns of
// British spelling the lexicon folds are rewritten, wherever they are in
// the word, as a slip may be in them too.
func americanized(w string) string {
	if !strings.ContainsAny(w, "aeiou") {
		return w
	}
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		rest := w[i:]
		switch {
		case i > 0 && (strings.HasPrefix(rest, "ise") || strings.HasPrefix(rest, "isa") ||
			strings.HasPrefix(rest, "ising") || strings.HasPrefix(rest, "yse") || strings.HasPrefix(rest, "ysing")):
			// -ise, -isation, -ising, -yse: realise, organisation, analyse.
			b.WriteByte(w[i])
			b.WriteByte('z')
			i++
		case i > 0 && strings.HasPrefix(rest, "our") && britishOur(rest[3:]):
			b.WriteString("or") // colour, behaviour, favourite
			i += 2
		case i > 1 && (rest == "tre" || rest == "tres"):
			b.WriteString("ter") // centre, metre
			i += 2
		case i > 1 && (rest == "ogue" || rest == "ogues"):
			b.WriteString("og") // catalogue, dialogue
			i += 3
		case i > 1 && (rest == "mme" || rest == "mmes"):
			b.WriteByte('m') // programme
			i += 2
		case i > 1 && (rest == "ence" || rest == "ences") && (w[i-1] == 'c' || w[i-1] == 'f'):
			b.WriteString("ense") // licence, defence, offence
			i += 3
		case i > 1 && (rest == "nce" || rest == "nces") && (w[i-1] == 'c' || w[i-1] == 'f'):
			b.WriteString("nse") // "licnce", "defnce": the slip took the e
			i += 2
		case i > 0 && (strings.HasPrefix(rest, "ae") || strings.HasPrefix(rest, "oe")) && i+2 < len(w):
			b.WriteByte('e') // anaemia, paediatric, manoeuvre
			i++
		default:
			b.WriteByte(w[i])
		}
	}
	return b.String()
}

// britishOur reports whether what follows "our" in a word makes it
// British -our: the end of the word or an ending ("colours",
// "favourite", "honourable"), not "tournament" or "journey".
func britishOur(after string) bool {
	switch after {
	case "", "s", "ed", "ing", "ite", "ites", "able", "ably", "ful", "hood", "al", "ist", "ists", "er", "ers", "less":
		return true
	}
	return false
}

// correctSlip is correct, trying the word americanized when it finds
// nothing as typed, then two letters off (see correctFar).
func (v *view) correctSlip(w string) []correction {
	if fixes := v.correct(w); len(fixes) > 0 {
		return fixes
	}
	if a := americanized(w); a != w {
		if fixes := v.correct(a); len(fixes) > 0 {
			return fixes
		}
	}
	if fixes := v.correctPlural(w); len(fixes) > 0 {
		return fixes
	}
	if fixes := v.correctVariant(w); len(fixes) > 0 {
		return fixes
	}
	if fixes := v.correctSwapToStem(w); len(fixes) > 0 {
		return fixes
	}
	return v.correctFar(w)
}

// correctSwapToStem corrects two adjacent letters swapped in a word of
// English whose form the base lacks but whose stem it has: "tuoch" is
// "touch", which a base that writes only "touching" finds by its stem.
// The words of the base are a letter from the slip only in their other
// forms, which the index of deletions does not hold.
func (v *view) correctSwapToStem(w string) []correction {
	if len(w) < minCorrectable || !isLowerASCII(w) {
		return nil
	}
	if lexicon.Common(w) {
		return nil // a word people write, as "suing" is: no slip for "using"
	}
	var out []correction
	b := []byte(w)
	for i := 0; i+1 < len(b); i++ {
		if b[i] == b[i+1] {
			continue
		}
		b[i], b[i+1] = b[i+1], b[i]
		word := string(b)
		b[i], b[i+1] = b[i+1], b[i]
		st := snowStem(word)
		if !lexicon.Known(st) || !lexicon.Common(word) {
			continue
		}
		if t, ok := v.stem(st); ok && !slices.ContainsFunc(out, func(c correction) bool { return c.term == t }) {
			out = append(out, correction{t, 0.8, word})
		}
	}
	return out
}

// correctVariant corrects two letters swapped in a word of the other
// spelling: the base folds "licence" to "license" (see lexicon.Fold),
// two edits from "licnece", though one from the word the asker meant.
func (v *view) correctVariant(w string) []correction {
	if len(w) < minCorrectable || !isLowerASCII(w) {
		return nil
	}
	// Most swaps fold to themselves: only a variant is looked up, so
	// the rest allocate nothing.
	var buf, folded [maxWord]byte
	b := append(buf[:0], w...)
	for i := 0; i+1 < len(b); i++ {
		if b[i] == b[i+1] {
			continue
		}
		b[i], b[i+1] = b[i+1], b[i]
		f := lexicon.AppendFold(folded[:0], b)
		same := bytes.Equal(f, b)
		b[i], b[i+1] = b[i+1], b[i]
		if same {
			continue
		}
		if t, ok := v.word(string(f)); ok {
			return []correction{{t, 0.8, string(f)}}
		}
	}
	return nil
}

// correctPlural corrects a word asked in the singular that the base
// writes only in the plural: "clinc" for "Fix-It Clinics" is two edits
// from "clinics", which the index of deletions cannot find for a word so
// short, but one from its singular.
// A word ending in a hiss takes "es": "matress" for "Mattresses".
func (v *view) correctPlural(w string) []correction {
	if utf8.RuneCountInString(w) < minCorrectable {
		return nil
	}
	ending := "s"
	switch {
	case strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		ending = "es"
	case strings.HasSuffix(w, "s"):
		return nil
	}
	fixes := v.correct(w + ending)
	out := fixes[:0]
	for _, f := range fixes {
		if strings.HasSuffix(f.word, ending) && distance(w, f.word[:len(f.word)-len(ending)], 2) == 1 {
			out = append(out, f)
		}
	}
	return out
}

// shortSlips returns the words of the base that a word of three
// lowercase letters is one changed letter from, its first kept: "ice"
// for "ise". They are too many to correct a word by, and serve only as
// slips that a title confirms (see slip.confirmedBy).
func (v *view) shortSlips(w string) []correction {
	if len(w) != minCorrectable-1 || !isLowerASCII(w) {
		return nil
	}
	var out []correction
	b := []byte(w)
	for i := 1; i < len(b); i++ {
		orig := b[i]
		for c := byte('a'); c <= 'z'; c++ {
			if c == orig {
				continue
			}
			b[i] = c
			if t, ok := v.word(string(b)); ok {
				out = append(out, correction{t, 0.6, string(b)})
			}
		}
		b[i] = orig
	}
	return out
}

// isLowerASCII reports whether w is all lowercase letters a to z.
func isLowerASCII(w string) bool {
	for i := range len(w) {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// farSlipLength is the shortest word, in letters, that correction looks
// for two letters off anywhere in the base: two changed letters
// ("antivemon" for "antivenom", "hydrografic" for "hydrographic") share
// no one-letter deletion with the word meant, so the deletions' index
// cannot find them.
const farSlipLength = 8

// correctFar finds the known words two edits from a long word that
// nothing nearer corrects, keeping its first letter: people seldom get
// that one wrong. It reads every word of the base, so it runs only when
// the index of deletions found nothing.
func (v *view) correctFar(w string) []correction {
	n := utf8.RuneCountInString(w)
	if n < farSlipLength || n >= maxWord {
		return nil
	}
	var best []correction
	bestIDF := float32(0)
	for k, word := range v.wordStr {
		if len(word) < len(w)-2 || len(word) > len(w)+2 || word[0] != w[0] || v.wordTerm[k] < 0 {
			continue
		}
		if distance(w, word, 2) > 2 {
			continue
		}
		t, ok := v.word(word)
		if !ok {
			continue // written only in internal documents, or gone
		}
		// The most common word wins, then the first in byte order, as
		// correct orders them.
		if len(best) == 0 || v.idf[t] < bestIDF || v.idf[t] == bestIDF && word < best[0].word {
			best, bestIDF = append(best[:0], correction{t, 0.6, word}), v.idf[t]
		}
	}
	return best
}
