package knowledge

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// correction is a known term near a misspelt word.
type correction struct {
	term   int32
	weight float32
	word   string // the word as the base writes it
}

// correct finds the known words nearest a word the base does not know:
// one edit away (a letter dropped, added, changed, or two swapped), or two
// for long words. Among equally near words the most common win.
func (v *view) correct(w string) []correction {
	n := utf8.RuneCountInString(w)
	if n < minCorrectable-1 {
		return nil
	}
	maxDist := 1
	if n >= 8 {
		maxDist = 2
	}
	type cand struct {
		term int32
		word string
		dist int
		idf  float32
	}
	var cands []cand
	var tried []int32 // word indexes already compared
	forDeletes(w, func(h uint64) {
		for _, k := range v.deletes[h] {
			if slices.Contains(tried, k) {
				continue
			}
			tried = append(tried, k)
			if v.wordTerm[k] < 0 {
				continue // no document has it any more
			}
			if v.audience != Internal && !v.seen(k).has(Public) {
				continue // written only in internal documents
			}
			word := v.wordStr[k]
			if n < minCorrectable && !missingLetter(w, word) {
				continue
			}
			d := distance(w, word, maxDist+1)
			if d == maxDist+1 && maxDist == 1 && sameUndoubled(w, word) {
				d = 1 // the doubled letter moved: "morroco" for "morocco"
			}
			if d <= maxDist {
				t, ok := v.word(word)
				if !ok {
					continue
				}
				// Words of one stem are one correction, by its nearest,
				// then first word: the order deletes lists them in
				// depends on the map they were built from.
				if i := slices.IndexFunc(cands, func(c cand) bool { return c.term == t }); i >= 0 {
					if c := &cands[i]; d < c.dist || d == c.dist && word < c.word {
						c.dist, c.word = d, word
					}
					continue
				}
				cands = append(cands, cand{t, word, d, v.idf[t]})
			}
		}
	})
	if len(cands) == 0 && n == minCorrectable-1 && len(w) == n && w[1] != w[2] {
		// "pae" for "pea": its last two letters swapped, when no word
		// is a letter longer. The index of deletions holds no word
		// this short, so look it up.
		s := string([]byte{w[0], w[2], w[1]})
		if t, ok := v.word(s); ok {
			cands = append(cands, cand{t, s, 1, v.idf[t]})
		}
	}
	if len(cands) == 0 {
		// Written as it sounds: "elefant" for "elephant", "monkies"
		// for "monkeys", two edits that are one slip.
		for _, s := range soundAlike(w) {
			if t, ok := v.word(s); ok {
				cands = append(cands, cand{t, s, 1, v.idf[t]})
			}
		}
	}
	if len(cands) == 0 {
		return nil
	}
	slices.SortFunc(cands, func(a, b cand) int {
		if c := cmp.Compare(a.dist, b.dist); c != 0 {
			return c
		}
		if c := cmp.Compare(a.idf, b.idf); c != 0 {
			return c // lower IDF: the more common word
		}
		// By word, not term: term numbers depend on what else the base
		// holds, internal documents included.
		return cmp.Compare(a.word, b.word)
	})
	var out []correction
	for _, c := range cands {
		if c.dist != cands[0].dist || len(out) == 2 {
			break
		}
		weight := float32(0.8)
		if c.dist > 1 || n < 5 {
			weight = 0.6 // a short word has many neighbours: less sure
		}
		out = append(out, correction{c.term, weight, c.word})
	}
	return out
}

// sameUndoubled reports whether a and b are one word with a letter
// doubled in another place: "morroco" and "morocco", "accomodate" and
// "acommodate", a slip spelling makes more than any other of two edits.
func sameUndoubled(a, b string) bool {
	if len(a) != len(b) || a == b {
		return false
	}
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] != b[j] {
			return false
		}
		c := a[i]
		for i < len(a) && a[i] == c {
			i++
		}
		for j < len(b) && b[j] == c {
			j++
		}
	}
	return i == len(a) && j == len(b)
}

// minCorrectable is the shortest word, in letters, that spelling
// correction touches: shorter words have too many neighbours one letter
// away to guess which was meant. A word one letter shorter is corrected
// only to a word it is missing a letter of, after its first ("wnd" for
// "wind", "dta" for "data"): a slip of quick typing.
const minCorrectable = 4

// missingLetter reports whether word is typed with one letter left out,
// not its first.
func missingLetter(typed, word string) bool {
	if len(word) != len(typed)+1 || typed == "" || word[0] != typed[0] {
		return false
	}
	for i := 1; i < len(word); i++ {
		if word[:i]+word[i+1:] == typed {
			return true
		}
	}
	return false
}

// forDeletes calls fn with the hash of w and of w with each one of its
// letters deleted. Two words within one substitution, transposition,
// insertion or deletion of each other share at least one such hash.
func forDeletes(w string, fn func(uint64)) {
	fn(hashSkip(w, 0, 0))
	for i, r := range w {
		fn(hashSkip(w, i, utf8.RuneLen(r)))
	}
}

// hashSkip is the FNV-1a hash of w without the size bytes at i.
func hashSkip(w string, i, size int) uint64 {
	h := uint64(14695981039346656037)
	for k := 0; k < len(w); k++ {
		if k >= i && k < i+size {
			continue
		}
		h ^= uint64(w[k])
		h *= 1099511628211
	}
	return h
}

// OneSlip reports whether typed is word with one slip of typing: a
// letter dropped, added or changed, or two neighbours swapped ("hlep"
// for "help").
func OneSlip(typed, word string) bool { return distance(typed, word, 1) <= 1 }

// distance is the optimal string alignment distance between a and b
// (Levenshtein with adjacent transpositions), or max+1 when it is more
// than max. Words are short; the work arrays live on the stack.
func distance(a, b string, max int) int {
	var bufA, bufB [maxWord]rune
	ra, rb := runes(a, bufA[:0]), runes(b, bufB[:0])
	if d := len(ra) - len(rb); d > max || -d > max {
		return max + 1
	}
	if len(ra) >= maxWord || len(rb) >= maxWord {
		return max + 1 // longer than any word worth correcting
	}
	var rows [3][maxWord + 1]int
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	for j := 0; j <= len(rb); j++ {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			c := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				c = min(c, prev2[j-2]+1)
			}
			cur[j] = c
			best = min(best, c)
		}
		if best > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(rb)], max+1)
}

// maxWord bounds the words distance compares.
const maxWord = 48

// runes appends the runes of s to buf, at most maxWord of them.
func runes(s string, buf []rune) []rune {
	for _, r := range s {
		if len(buf) == maxWord {
			break
		}
		buf = append(buf, r)
	}
	return buf
}

// soundAlikes are spellings of one sound, each pair two edits apart.
var soundAlikes = [][2]string{{"f", "ph"}, {"ph", "f"}}

// soundAlike returns the spellings of w with one of its sounds spelt the
// other way, and its plural "-ies" as "-eys".
func soundAlike(w string) []string {
	var out []string
	for _, p := range soundAlikes {
		for i := 0; ; {
			j := strings.Index(w[i:], p[0])
			if j < 0 {
				break
			}
			out = append(out, w[:i+j]+p[1]+w[i+j+len(p[0]):])
			i += j + 1
		}
	}
	if stem, ok := strings.CutSuffix(w, "ies"); ok && len(stem) > 1 {
		out = append(out, stem+"eys")
	}
	return out
}
