package knowledge

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
)

// Curators define an acronym once and then use it alone: "Maritime Domain
// Awareness (MDA)" in a paragraph, "MDA (Maritime Domain Awareness)", a
// glossary row "MDA | Maritime Domain Awareness", a bullet "- LNO: Liaison
// Officer ...", an FAQ heading "What is an LNO?" over "A liaison officer
// is ...". A document's definitions connect the two forms everywhere in
// it: an entry that says "MDA" is found by "maritime domain awareness",
// and one that spells the name out is found by "MDA".

// glossary is a document's acronyms, for indexing: each, lowercased and
// without a plural "s", with the words of its long form; and each long
// form's last word with the acronyms whose long form ends with it.
type glossary struct {
	long   map[string][]string
	byLast map[string][]string
}

func newGlossary(defs map[string][]string) glossary {
	g := glossary{long: defs}
	for short, long := range defs {
		if g.byLast == nil {
			g.byLast = make(map[string][]string)
		}
		last := long[len(long)-1]
		g.byLast[last] = append(g.byLast[last], short)
	}
	return g
}

// expand calls fn with the words an occurrence of word stands for too:
// the long form when word is a defined acronym; the acronym when word
// ends its long form, given the words before it, most recent last.
func (g glossary) expand(word string, before []string, fn func(string)) {
	if g.long == nil {
		return
	}
	key := word
	if _, ok := g.long[key]; !ok && len(key) > 2 && key[len(key)-1] == 's' {
		key = key[:len(key)-1] // a plural: "lnos"
	}
	for _, w := range g.long[key] {
		fn(w)
	}
	for _, short := range g.byLast[word] {
		long := g.long[short]
		if n := len(long) - 1; n <= len(before) && slices.Equal(long[:n], before[len(before)-n:]) {
			fn(short)
		}
	}
}

// maxLongForm bounds the words of a definition's long form.
const maxLongForm = 8

// definitions finds the acronyms a document defines: each maps the
// acronym, lowercased and without a plural "s", to the words of its long
// form, lowercased.
func definitions(d *Document) map[string][]string {
	var defs map[string][]string
	add := func(short string, long []string) {
		if defs == nil {
			defs = make(map[string][]string)
		}
		key := acronymKey(short)
		if _, ok := defs[key]; !ok {
			defs[key] = long
		}
	}
	t := d.text()
	var fields []Field
	for _, s := range d.Sections {
		es := s.Entries()
		for i := range es {
			e := &es[i]
			text := e.textIn(t)
			fields = e.fieldsIn(t, fields[:0])
			parentheticals(e.Title, add)
			parentheticals(text, add)
			for _, f := range fields {
				parentheticals(f.Value, add)
			}
			if short, long := titleDefinition(e, text, fields); short != "" {
				add(short, long)
			}
		}
	}
	return defs
}

// titleDefinition finds a title that is, or has, an acronym, over text
// that spells it out: a glossary row or bullet, an FAQ. It returns the
// acronym and its long form, or "" when the entry defines none so.
func titleDefinition(e *Entry, text string, fields []Field) (string, []string) {
	short := titleAcronym(e.Title)
	if short == "" {
		return "", nil
	}
	texts := []string{text}
	if e.Kind == Row && len(fields) > 0 {
		texts = texts[:0]
		for _, f := range fields[1:] {
			texts = append(texts, f.Value)
		}
	}
	for _, t := range texts {
		words := wordsOf(t, maxLongForm+2)
		for len(words) > 0 && (words[0] == "a" || words[0] == "an" || words[0] == "the") {
			words = words[1:]
		}
		if n := spells(short, words, 0); n > 0 {
			return short, words[:n]
		}
	}
	return "", nil
}

// acronymKey is how an acronym is looked up: lowercased, and without the
// "s" of a plural ("LNOs").
func acronymKey(short string) string {
	if n := len(short); n > 2 && short[n-1] == 's' && isUpperASCII(short[n-2]) {
		short = short[:n-1]
	}
	return strings.ToLower(short)
}

// isAcronymWord reports whether w looks like an acronym: two to eight
// letters and digits, starting with a letter, with at least two capitals
// and no lowercase letter but a plural "s" at the end ("MDA", "LNOs",
// "G20"... but not "Mr" or "DoD").
func isAcronymWord(w string) bool {
	if len(w) < 2 || len(w) > 9 || !isUpperASCII(w[0]) {
		return false
	}
	caps := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case isUpperASCII(c):
			caps++
		case '0' <= c && c <= '9':
		case c == 's' && i == len(w)-1 && i >= 2:
		default:
			return false
		}
	}
	return caps >= 2
}

func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }

// isMixedAcronym reports whether w may be an acronym in mixed case, as
// some are written after the name they shorten ("Ministry of Health
// (MoH)", "African Continental Free Trade Area (AfCFTA)"): three to nine
// letters, the first and at least one other a capital. Only a long form
// it spells makes it one: "(McKinsey)" after other words is not.
func isMixedAcronym(w string) bool {
	if len(w) < 3 || len(w) > 9 || !isUpperASCII(w[0]) {
		return false
	}
	caps := 0
	for i := range len(w) {
		switch c := w[i]; {
		case isUpperASCII(c):
			caps++
		case c < 'a' || c > 'z':
			return false
		}
	}
	return caps >= 2
}

// titleAcronym returns the one acronym in a title, or "".
func titleAcronym(title string) string {
	// An acronym starts with a capital and a capital or a digit: most
	// titles have none, and need no second look.
	if !hasAcronymStart(title) {
		return ""
	}
	found := ""
	// The fields of letters and digits, as strings.FieldsFunc would
	// split them, without a slice for every title of every document.
	start := -1
	field := func(end int) bool {
		if f := title[start:end]; isAcronymWord(f) {
			if found != "" {
				return false
			}
			found = f
		}
		start = -1
		return true
	}
	for i, r := range title {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 && !field(i) {
			return ""
		}
	}
	if start >= 0 && !field(len(title)) {
		return ""
	}
	return found
}

// hasAcronymStart reports whether s has an ASCII capital followed by a
// capital or a digit, as every acronym word starts (see isAcronymWord).
func hasAcronymStart(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if isUpperASCII(s[i]) && (isUpperASCII(s[i+1]) || '0' <= s[i+1] && s[i+1] <= '9') {
			return true
		}
	}
	return false
}

// parentheticals reports to add every "Long Form (ACR)" and "ACR (Long
// Form)" in s.
func parentheticals(s string, add func(short string, long []string)) {
	for i := strings.IndexByte(s, '('); i >= 0; {
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			return
		}
		inner := strings.TrimSpace(s[i+1 : i+j])
		before := s[:i]
		if isAcronymWord(inner) || isMixedAcronym(inner) {
			// The long form ends just before the parenthesis: try the
			// shortest run of words that spells the acronym, and does
			// not start with a connective ("des ressources marines" is
			// not all of DRM's name).
			words := wordsOf(lastWords(before, maxLongForm), maxLongForm)
			for k := len(words) - 1; k >= 0; k-- {
				if connectives[words[k]] {
					continue
				}
				if spells(inner, words[k:], len(words)-k) > 0 {
					add(inner, words[k:])
					break
				}
			}
		} else if short := lastWord(before); isAcronymWord(short) {
			words := wordsOf(inner, maxLongForm+1)
			if spells(short, words, len(words)) > 0 {
				add(short, words)
			}
		}
		next := strings.IndexByte(s[i+j:], '(')
		if next < 0 {
			return
		}
		i += j + next
	}
}

// lastWords returns the end of s holding at most n words.
func lastWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return strings.Join(f, " ")
}

// lastWord returns the last word of s, without punctuation around it.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.TrimFunc(f[len(f)-1], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// wordsOf returns the first n words of s as tokenize sees them.
func wordsOf(s string, n int) []string {
	var out []string
	tokenize(s, func(w []byte, _ int, compound bool) {
		if !compound && len(out) < n {
			out = append(out, string(w))
		}
	})
	return out
}

// spells returns how many of words, from the first, spell out the
// acronym short: its letters in order, each starting a word or, failing
// that, inside the word that took the letter before ("LNO", "Liaison
// Officer"); a connective between them may give no letter. With need
// above 0 the long form must take exactly that many words. It returns 0
// when no run of two or more words takes every letter.
func spells(short string, words []string, need int) int {
	letters := acronymKey(short)
	if len(words) < 2 || words[0] == "" || words[0][0] != letters[0] {
		return 0
	}
	best := 0
	var try func(i, w, pos int)
	try = func(i, w, pos int) {
		if best > 0 {
			return
		}
		if i == len(letters) {
			if w >= 1 && (need == 0 || w+1 == need) {
				best = w + 1
			}
			return
		}
		c := letters[i]
		// At the start of the next word, or of the one after a
		// connective.
		for n := w + 1; n < len(words) && n <= w+2; n++ {
			if words[n] != "" && words[n][0] == c {
				try(i+1, n, 1)
			}
			if !connectives[words[n]] {
				break
			}
		}
		// Inside the current word, after the letter before.
		if k := strings.IndexByte(words[w][pos:], c); k >= 0 {
			try(i+1, w, pos+k+1)
		}
	}
	try(1, 0, 1)
	return best
}

// preferDefinition puts first the entry that defines the acronym a
// question asks about alone ("what is IMARPE", "UTY?", "define MCS"),
// among the answers from the document of the first: the paragraph that
// spells the acronym out says what it is, where an initiative that only
// uses it does not.
func preferDefinition(q *query, question string, out []Answer, v *view) {
	if len(out) < 2 {
		return
	}
	// Only what the initials are is asked, but for a place or partner
	// named beside them, or the briefing's own title, when it asks
	// what they mean: "what does SUS stand for in brazil", "what does
	// RTA stand for in the Cairo felucca rules".
	named := q.selectors
	if q.meaning {
		named |= v.conceptsIn(q, out[0].Entry.Doc().Title)
	}
	if n := bits.OnesCount32(q.telling &^ named); n != 1 && (!q.meaning || bits.OnesCount32(q.telling&^named&^q.names) > 1) {
		return
	}
	// A word in lower case is initials only when the question asks what
	// it means or the base writes it in capitals: "best time to visit"
	// asks no "BEST".
	var keys []string
	tokenizeCase(question, func(w []byte, _ int, compound, lower bool) {
		if word := string(w); !compound && len(keys) < 4 && isAcronymWord(strings.ToUpper(word)) && !isStopWord(strings.ToLower(word)) && (!lower || q.meaning || v.isUpper(strings.ToLower(word))) {
			keys = append(keys, acronymKey(strings.ToUpper(word)))
			// Initials written in capitals may be in the plural:
			// "RACs" for "RAC", where "mines" is no "MINE".
			if n := len(word); !lower && n > 3 && word[n-1] == 's' {
				keys = append(keys, acronymKey(strings.ToUpper(word[:n-1])))
			}
		}
	})
	// Asked what the acronym means or is, a glossary's row or bullet,
	// or a question heading, titled with it says so before the thing
	// itself does ("PCN: Potato cyst nematode, a quarantine pest"
	// before "Potato Cyst Nematode").
	// Failing that, an entry titled with what they stand for says more
	// than a paragraph that spells them out in passing ("Strategic Food
	// Reserve" before the opening that writes "the Strategic Food
	// Reserve (SFR) is meant to ...").
	definer := func(e *Entry) int {
		best := 0
		for _, k := range keys {
			switch {
			case q.meaning && namedBy(e.Title, k):
				return 3
			case !defines(e, k):
			case q.meaning && titledLongForm(e, k):
				best = max(best, 2)
			default:
				best = max(best, 1)
			}
		}
		return best
	}
	if len(keys) == 0 {
		return
	}
	d, first := out[0].Entry.Section.Doc, definer(out[0].Entry)
	best, at := first, 0
	for i := 1; i < len(out) && best < 3; i++ {
		if e := out[i].Entry; e.Section.Doc == d {
			if r := definer(e); r > best {
				best, at = r, i
			}
		}
	}
	if at > 0 {
		promote(out, at)
	}
}

// preferSpelledOut puts first the entry that spells out initials whose
// long form a question names in full to ask for them ("International
// Association of Antarctica Tour Operators acronym"), among the answers
// from the document of the first: the paragraph that writes "... Tour
// Operators (IAATO)" gives them, where another entry of the briefing
// only uses them.
func preferSpelledOut(q *query, question string, out []Answer) {
	if !q.meansAsked || len(out) < 2 {
		return
	}
	asked := map[string]bool{}
	tokenize(question, func(w []byte, _ int, _ bool) { asked[snowStem(string(w))] = true })
	d := out[0].Entry.Section.Doc
	for key, long := range definitions(d) {
		if len(long) < 2 || !allAsked(long, asked) {
			continue
		}
		if defines(out[0].Entry, key) {
			return
		}
		for i := 1; i < len(out); i++ {
			if e := out[i].Entry; e.Section.Doc == d && defines(e, key) {
				promote(out, i)
				return
			}
		}
	}
}

// allAsked reports whether the stems of every word of long but stop
// words are among asked.
func allAsked(long []string, asked map[string]bool) bool {
	for _, w := range long {
		if lw := strings.ToLower(w); !isStopWord(lw) && !asked[snowStem(lw)] {
			return false
		}
	}
	return true
}

// definedAlone answers a question that asks what a term means with the
// first entry of its relaxed ranking top when that entry is titled with
// the term alone, a glossary's row or bullet: "what does Fv mean on
// Norwegian road signs". The words around the term say where the reader
// met it, not what is asked, so they need not be the entry's.
func (ix *index) definedAlone(question string, q *query, top []candidate) []candidate {
	if !q.meansAsked || len(top) == 0 {
		return nil
	}
	title := acronymKey(strings.TrimSpace(ix.entry(top[0].entry).Title))
	found := false
	tokenizeCase(question, func(w []byte, _ int, compound, _ bool) {
		found = found || !compound && acronymKey(strings.ToUpper(string(w))) == title
	})
	if !found {
		return nil
	}
	return top[:1]
}

// titledLongForm reports whether e is titled with what the acronym key
// stands for: "Strategic Food Reserve" for SFR. Where its briefing
// spells the initials out, the title must be that long form: "Safety
// Campaigns" spells SCP too, but the briefing's SCP is a "School
// Crossing Patrol".
func titledLongForm(e *Entry, key string) bool {
	words := wordsOf(e.Title, maxLongForm+1)
	if spells(key, words, len(words)) == 0 || hasAcronym(e.Title, key) {
		return false
	}
	long, ok := definitions(e.Doc())[key]
	return !ok || slices.EqualFunc(words, long, func(a, b string) bool {
		return snowStem(a) == snowStem(b) // "Patrols" for "patrol"
	})
}

// hasAcronym reports whether a title writes the acronym key itself, as
// "CPS Position Statement" does: its words' initials spell the acronym
// only because the acronym is one of them.
func hasAcronym(title, key string) bool {
	found := false
	tokenize(title, func(w []byte, _ int, compound bool) {
		found = found || !compound && acronymKey(strings.ToUpper(string(w))) == key
	})
	return found
}

// namedBy reports whether a title is the acronym key alone, or a
// question what it is ("What is the KNBTS?", "Who are the RNLI?"), not
// one that only uses it ("Can a private candidate sit exams with the
// CEB?").
func namedBy(title, key string) bool {
	title = strings.TrimSpace(title)
	if acronymKey(title) == key {
		return true
	}
	if !strings.HasSuffix(title, "?") || !asksWhatItIs(title) {
		return false
	}
	found := false
	tokenize(title, func(w []byte, _ int, compound bool) {
		found = found || !compound && acronymKey(strings.ToUpper(string(w))) == key && isAcronymWord(strings.ToUpper(string(w)))
	})
	return found
}

// defines reports whether e is what the acronym key names, titled with
// it or with its long form, or spells it out: after its name in
// parentheses ("Maritime Domain Awareness (MDA)", however the name's
// initials run), before it ("MDA (Maritime Domain Awareness)"), or as a
// glossary row, bullet or FAQ heading titled with it.
func defines(e *Entry, key string) bool {
	if acronymKey(strings.TrimSpace(e.Title)) == key {
		return true // a glossary row or bullet: "AFAD | Disaster and Emergency ..."
	}
	if titledLongForm(e, key) {
		return true // the thing itself: "Georgia Defence Readiness Programme"
	}
	text, fields := e.Text(), e.Fields()
	if short, _ := titleDefinition(e, text, fields); short != "" && acronymKey(short) == key {
		return true
	}
	found := false
	match := func(short string, _ []string) { found = found || acronymKey(short) == key }
	for _, s := range append([]string{e.Title, text}, fieldValues(fields)...) {
		parentheticals(s, match)
		found = found || namedBefore(s, key)
	}
	return found
}

// namedBefore reports whether s gives the acronym key in parentheses
// just after a capitalized word: "Instituto del Mar del Perú (IMARPE)".
func namedBefore(s, key string) bool {
	for i := strings.IndexByte(s, '('); i >= 0; {
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			return false
		}
		inner := strings.TrimSpace(s[i+1 : i+j])
		if isAcronymWord(inner) && acronymKey(inner) == key {
			if w := lastWord(s[:i]); w != "" && unicode.IsUpper([]rune(w)[0]) {
				return true
			}
		}
		next := strings.IndexByte(s[i+j:], '(')
		if next < 0 {
			return false
		}
		i += j + next
	}
	return false
}

// fieldValues returns the values of fields.
func fieldValues(fields []Field) []string {
	out := make([]string, len(fields))
	for i, f := range fields {
		out[i] = f.Value
	}
	return out
}

// asksWhatItIs reports whether a question heading asks what or who
// something is, or what it stands for or means: it begins with "what"
// or "who", or says "stand for" or "mean".
func asksWhatItIs(title string) bool {
	lower := strings.ToLower(title)
	first, _, _ := strings.Cut(lower, " ")
	first = strings.TrimRight(first, "'’s")
	return first == "what" || first == "whats" || first == "who" ||
		strings.Contains(lower, "stand for") || strings.Contains(lower, "mean")
}
