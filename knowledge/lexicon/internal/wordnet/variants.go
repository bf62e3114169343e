package wordnet

import (
	"sort"
	"strings"
)

// spellingEdits are the local differences between a British spelling (uk)
// and an American one (us). A pair of WordNet lemmas is a spelling
// variant only when both spell the same meaning (they share a synset) and
// one becomes the other by at most two of these edits: the edits propose,
// the data decides. So "tour" never folds to "tor", nor "acre" to "acer":
// WordNet knows both words, but never as one meaning.
var spellingEdits = []spellingEdit{
	{"our", "or", anywhere},      // colour, harbour, labour
	{"ce", "se", anywhere},       // defence, licence, offence
	{"mme", "m", anywhere},       // programme, kilogramme
	{"ise", "ize", anywhere},     // organise, organiser
	{"isat", "izat", anywhere},   // organisation
	{"isab", "izab", anywhere},   // recognisable
	{"yse", "yze", anywhere},     // analyse, paralyse
	{"re", "er", anywhere},       // centre, metre, theatre, fibre
	{"ogue", "og", anywhere},     // catalogue, dialogue, analogue
	{"ll", "l", beforeVowel},     // traveller, counsellor, woollen
	{"l", "ll", beforeConsonant}, // enrol, fulfil, skilful, instalment
	{"ae", "e", anywhere},        // anaemia, paediatrician
	{"oe", "e", anywhere},        // oesophagus, foetus, manoeuvre
	{"aero", "air", anywhere},    // aeroplane, aerofoil
	{"ough", "ow", anywhere},     // plough
	{"oul", "ol", anywhere},      // mould, smoulder, moult
	{"que", "ck", anywhere},      // cheque
	{"ey", "ay", anywhere},       // grey
	{"yre", "ire", anywhere},     // tyre
	{"ium", "um", anywhere},      // aluminium
	{"augh", "af", anywhere},     // draught
	{"sc", "sk", anywhere},       // sceptic
}

type spellingEdit struct {
	uk, us string
	where  int // anywhere, beforeVowel or beforeConsonant
}

const (
	anywhere        = iota
	beforeVowel     // the next letter is a vowel
	beforeConsonant // the next letter is a consonant, or there is none
)

func (e spellingEdit) fits(w string, end int) bool {
	switch e.where {
	case beforeVowel:
		return end < len(w) && isVowel(w[end])
	case beforeConsonant:
		return (end == len(w) || !isVowel(w[end])) && (end < 2 || w[end-2] != 'l')
	}
	return true
}

// notVariants lists the pairs that WordNet puts in one synset and that
// spellingEdits relate, but that American English spells apart: timber is
// wood first, timbre is a sound's colour. (WordNet's sense numbers and
// tag counts are too sparse to tell them from honourable and honorable.)
var notVariants = map[string]string{"timbre": "timber"}

// maxSpellingEdits bounds the edits between two spellings: manoeuvre and
// maneuver take two.
const maxSpellingEdits = 2

// americanSpellings returns the spellings that ukWord becomes by one to
// maxSpellingEdits edits.
func americanSpellings(ukWord string) map[string]bool {
	out := map[string]bool{}
	frontier := []string{ukWord}
	for range maxSpellingEdits {
		var next []string
		for _, w := range frontier {
			for _, e := range spellingEdits {
				for i := 0; ; {
					j := strings.Index(w[i:], e.uk)
					if j < 0 {
						break
					}
					j += i
					if e.fits(w, j+len(e.uk)) {
						v := w[:j] + e.us + w[j+len(e.uk):]
						if !out[v] {
							out[v] = true
							next = append(next, v)
						}
					}
					i = j + 1
				}
			}
		}
		frontier = next
	}
	delete(out, ukWord)
	return out
}

// A variant maps a British spelling to its American one.
type variant struct{ uk, us string }

// spellingReport says what the variant table holds, for the generator's
// summary.
type spellingReport struct {
	pairs, inflected, doubledL, dropped int
}

// spellings derives the table of spelling variants from WordNet: pairs of
// lemmas of one synset that differ by spellingEdits, their regular
// inflections, and the doubled-l inflections of verbs (travelled) whose
// single-l forms WordNet's glosses use (traveled). Glosses are written in
// American English, so when both spellings of a pair could be British by
// the edits (practice and practise, enroll and enrol), the one the glosses
// use more is the American one.
func spellings(d *db) ([]variant, spellingReport) {
	freq := glossFrequencies(d)
	type found struct {
		us  string
		pos map[byte]bool // parts of speech of the shared synsets
	}
	var rep spellingReport
	pairs := map[string]*found{}
	addPair := func(uk, us string, pos byte, whole bool) {
		f := pairs[uk]
		if f == nil {
			f = &found{us: us, pos: map[byte]bool{}}
			pairs[uk] = f
		} else if f.us != us {
			// Two American spellings for one British: keep the one the
			// glosses use more, then the first alphabetically.
			if freq[us] > freq[f.us] || freq[us] == freq[f.us] && us < f.us {
				f.us = us
			}
		}
		if whole {
			f.pos[pos] = true
		}
	}
	for _, s := range d.synsets {
		for i, a := range s.words {
			wa := words(a)
			for _, b := range s.words[i+1:] {
				wb := words(b)
				if len(wa) != len(wb) {
					continue
				}
				diff := -1
				for k := range wa {
					if wa[k] != wb[k] {
						if diff >= 0 {
							diff = -2
							break
						}
						diff = k
					}
				}
				if diff < 0 {
					continue
				}
				x, y := wa[diff], wb[diff]
				xUK, yUK := americanSpellings(x)[y], americanSpellings(y)[x]
				if !xUK && !yUK {
					continue
				}
				uk, us := x, y
				if !xUK || yUK && freq[x] == freq[y] && x < y {
					uk, us = y, x
				}
				if freq[uk] > freq[us] {
					uk, us = us, uk
				}
				if notVariants[uk] == us {
					continue
				}
				// The word inflects like the lemma when it is the lemma, or the
				// head (last word) of a noun phrase.
				whole := len(wa) == 1 || s.pos == 'n' && diff == len(wa)-1
				addPair(uk, us, s.pos, whole)
			}
		}
	}

	table := map[string]string{}
	for _, uk := range sortedKeys(pairs) {
		table[uk] = pairs[uk].us
		rep.pairs++
	}
	// Regular inflections of both spellings: defences, organised,
	// organising, centres. A British form that is also a regular
	// inflection of the American word is not a variant: programmed is
	// American too.
	for _, uk := range sortedKeys(pairs) {
		f := pairs[uk]
		for _, pos := range []byte{'n', 'v'} {
			if !f.pos[pos] {
				continue
			}
			ukForms, usForms := inflections(uk, pos), inflections(f.us, pos)
			for i, form := range ukForms {
				if form == usForms[i] || isRegularForm(form, f.us) || isOtherWord(d, form, uk, f.us) {
					continue
				}
				if _, ok := table[form]; !ok {
					table[form] = usForms[i]
					rep.inflected++
				}
			}
		}
	}
	// Doubled l: WordNet's verb.exc lists travelled and controlled alike,
	// but only travel has single-l forms in American English; the glosses
	// show which.
	for _, form := range d.excForms {
		for _, base := range d.exceptions[form] {
			if !isDoubledL(form, base) {
				continue
			}
			if freq[base+"ed"] == 0 && freq[base+"ing"] == 0 {
				continue
			}
			for _, suf := range []string{"ed", "ing", "er", "ers"} {
				if _, ok := table[base+"l"+suf]; !ok {
					table[base+"l"+suf] = base + suf
					rep.doubledL++
				}
			}
		}
	}
	// Values are never keys, so folding twice changes nothing: follow
	// chains to their end and drop cycles.
	for _, uk := range sortedKeys(table) {
		us, seen := table[uk], map[string]bool{uk: true}
		for {
			next, ok := table[us]
			if !ok {
				break
			}
			if seen[us] {
				us = ""
				break
			}
			seen[us] = true
			us = next
		}
		if us == "" || us == uk {
			delete(table, uk)
			rep.dropped++
			continue
		}
		table[uk] = us
	}
	out := make([]variant, 0, len(table))
	for _, uk := range sortedKeys(table) {
		out = append(out, variant{uk, table[uk]})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].uk < out[j].uk })
	return out, rep
}

// isDoubledL reports whether form is base with its final l doubled before
// -ed or -ing: travel, travelled; fuel, fuelled.
func isDoubledL(form, base string) bool {
	n := len(base)
	if n < 3 || base[n-1] != 'l' || !isVowel(base[n-2]) {
		return false
	}
	if syllables(base) < 2 && !isVowel(base[n-3]) {
		return false // pal, palled: one stressed syllable doubles everywhere
	}
	return form == base+"led" || form == base+"ling"
}

// syllables counts the groups of vowels in a word.
func syllables(w string) int {
	n := 0
	for i := range len(w) {
		if isVowel(w[i]) && (i == 0 || !isVowel(w[i-1])) {
			n++
		}
	}
	return n
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// inflections returns the regular inflected forms of a word in a part of
// speech, in a fixed order: plural for nouns; third person, past and
// present participle for verbs.
func inflections(w string, pos byte) []string {
	s := plural(w)
	if pos == 'n' {
		return []string{s}
	}
	n := len(w)
	var ed, ing string
	switch {
	case strings.HasSuffix(w, "e"):
		ed = w + "d"
		if strings.HasSuffix(w, "ee") || strings.HasSuffix(w, "ye") || strings.HasSuffix(w, "oe") {
			ing = w + "ing"
		} else if strings.HasSuffix(w, "ie") {
			ing = w[:n-2] + "ying"
		} else {
			ing = w[:n-1] + "ing"
		}
	case n > 1 && w[n-1] == 'y' && !isVowel(w[n-2]):
		ed, ing = w[:n-1]+"ied", w+"ing"
	default:
		ed, ing = w+"ed", w+"ing"
	}
	return []string{s, ed, ing}
}

func plural(w string) string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	case n > 1 && w[n-1] == 'y' && !isVowel(w[n-2]):
		return w[:n-1] + "ies"
	}
	return w + "s"
}

// isOtherWord reports whether WordNet knows form as a word other than an
// inflection of uk or us: "analyses" is the plural of analysis, not only
// a form of analyse.
func isOtherWord(d *db, form, uk, us string) bool {
	if len(d.senses[form]) > 0 {
		return true
	}
	for _, b := range d.exceptions[form] {
		if b != uk && b != us {
			return true
		}
	}
	return false
}

// isRegularForm reports whether form is an inflection of w with its last
// consonant doubled (program, programmed, programming).
func isRegularForm(form, w string) bool {
	if w == "" {
		return false
	}
	d := w + w[len(w)-1:]
	return form == d+"ed" || form == d+"ing"
}

// glossFrequencies counts the words of WordNet's glosses.
func glossFrequencies(d *db) map[string]int {
	freq := map[string]int{}
	for _, s := range d.synsets {
		for _, w := range words(strings.ToLower(s.gloss)) {
			freq[w]++
		}
	}
	return freq
}
