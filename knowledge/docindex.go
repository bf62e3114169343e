package knowledge

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/knowledge/lexicon"
)

// docTerms is one document's words, counted as the index needs them.
// indexDoc makes it from the document alone, with words numbered the
// document's own way, so that documents are indexed in parallel and a
// reload indexes only the documents that changed; the index then maps
// the words to its terms (see builder.count).
type docTerms struct {
	doc *Document
	// words are the document's words, by local ID; cases says how each
	// is written (wordLower and wordCapital, shifted by the document's
	// audience as in index.cases) and added whether it was counted at
	// all (a part of a compound may not be).
	words []*wordRec
	cases []wordCase
	added []bool
	// upper has the words written in capitals, lowercased.
	upper []string
	// Entry i's field lengths are lens[i] and its term frequencies
	// pairs[pairStart[i]:pairStart[i+1]]; its title's words, in order,
	// titles[titleStart[i]:titleStart[i+1]].
	lens       [][numFields]uint32
	pairStart  []int32
	pairs      []termFreq
	titleStart []int32
	titles     []int32
	// secs are the sections, in order, with their context's terms in
	// ctxPairs (tf[0] only).
	secs     []docSection
	ctxPairs []termFreq
	// terms are the term IDs of the local word IDs in pairs and
	// ctxPairs, once the builder has counted the document; titles are
	// term IDs by then.
	terms []int32
	// kept is the block the arrays above are in once the builder has
	// counted the document (see keep), nil before.
	kept *termBlock
}

// docTermsPool keeps the docTerms of documents indexed already, for the
// next: a document's terms are needed only until its segment is built,
// and making them anew for each document was a third of what loading
// allocated.
var docTermsPool = sync.Pool{New: func() any { return new(docTerms) }}

// release gives dt back to the pool, or its block of kept terms back
// to theirs once none of that block's documents is left (see keep); dt
// must not be used after.
func (dt *docTerms) release() {
	dt.doc = nil
	if k := dt.kept; k != nil {
		*dt = docTerms{}
		k.unref()
		return
	}
	docTermsPool.Put(dt)
}

// dropDocTerms lets the collector have the docTerms the pool keeps, and
// the empty blocks of kept terms, once a load has indexed its
// documents: a sync.Pool keeps what it holds past
// the next collection, and those docTerms, grown to the load's largest
// documents, are megabytes that the rest of the load (its last tables)
// would allocate on top of.
func dropDocTerms() {
	for docTermsPool.Get().(*docTerms).pairStart != nil {
	}
	for termBlocks.Get() != nil {
	}
}

// docSection is one section of a docTerms.
type docSection struct {
	entry, end int32  // its own text's entry, and one past its last entry
	len        uint32 // words of its context
	from, to   int32  // its context's terms in ctxPairs
}

type termFreq struct {
	term int32 // a local word ID (see docTerms.terms)
	tf   [numFields]uint16
}

// wordCase is how a word is written in the entries' own words: in
// lowercase somewhere, capitalized in running text somewhere; in public
// documents in the low bits, in internal ones in the next two.
type wordCase uint8

const (
	wordLower wordCase = 1 << iota
	wordCapital
)

// wordInfo is what a word is for indexing, which only the word decides:
// whether it is indexed, its spelling variant's canonical form and the
// two words it is made of (see decompound). Working it out takes the
// stemmer and the lexicon, so an indexer remembers it. Few words have a
// folded form or parts: they are apart, in indexer.odd, so that what an
// indexer keeps of each of the tens of thousands of words it meets in a
// load is 16 bytes.
type wordInfo struct {
	rec       *wordRec // the word itself, allocated once for every document
	indexable bool
	odd       bool     // indexer.odd has its folded form or parts
	lead      leadName // whether the word, capitalized, is a name
}

// leadName is whether a word written capitalized in a document's opening
// is a name its context takes (see leadNames), once worked out.
type leadName uint8

const (
	leadUnknown leadName = iota
	leadNo
	leadYes
)

// wordOdd is what few words have: a folded form, if folding changes the
// word, or the parts of a compound.
type wordOdd struct {
	fold string
	a, b string
}

// wordRec is a word as an indexer's documents have it. The builder the
// documents go to notes in it the word's ID in the index, so that it
// looks each word up once for all the documents of a load, not once for
// each; the indexer never reads id.
type wordRec struct {
	word string
	id   int32 // -1 until the builder looks the word up
}

// indexer indexes documents one at a time; it keeps what it learnt about
// words between documents. It is not safe for concurrent use.
type indexer struct {
	// info numbers every word the indexer has met, as written, and
	// infos has what each is. local has each word's local ID in the
	// document being indexed (-1 for a stop word), valid where seen
	// is the document's number, doc: looking a word up once for both,
	// and starting a document without clearing a map.
	info     map[string]int32
	cache    *wordCache
	acronyms *[1 << acronymCacheBits]acronymSlot
	infos    []wordInfo
	odd      map[int32]wordOdd // by word number, see wordInfo
	local    []int32
	seen     []uint32
	doc      uint32
	// The document being indexed, and the parts of its compounds.
	dt    *docTerms
	parts [][2]int32 // by local ID; {-1, -1} for a word that is no compound
	upper map[string]bool
	fold  []byte
	// slot locates each word's pair for the entry, and ctxSlot for the
	// section context, being counted.
	slot, ctxSlot slots
	tk            tokenizer
	leadTk        tokenizer // for leadNames, apart from tk
	leadRun       []byte    // leadNames' run of capitalized words
	c             counter
	fields        []Field // a row's cells
	// labels are the words the document's title and tags add, and how
	// many words they count, once counted: every section's own text
	// counts them again (see indexDoc).
	labels      []int32
	labelsLen   uint32
	labelsKnown bool
	// replay has the words texts of the document added, for counting
	// them again (see countRecorded); columns are the current table's
	// column headers, counted.
	replay  []int32
	columns []counted
}

// counted is a text counted once in the document being indexed, for
// counting it again: the words it added are x.replay[from:to], and it
// has n words.
type counted struct {
	text     string
	from, to int32
	n        uint32
}

// countRecorded is count, recording what it adds for countAgain.
func (x *indexer) countRecorded(pairs *[]termFreq, slot *slots, f field, s string, words *[]int32) counted {
	from := int32(len(x.replay))
	x.c.record = &x.replay
	n := x.count(pairs, slot, f, s, words)
	x.c.record = nil
	return counted{s, from, int32(len(x.replay)), n}
}

// countAgain counts a text of the document counted before, in a field
// whose words' case count notes the same way (the title or the context,
// not the body): adding again the words it added comes to the same,
// how each word is written having been noted the first time. It adds
// no words to a title's.
func (x *indexer) countAgain(pairs *[]termFreq, slot *slots, f field, m counted) uint32 {
	c := &x.c
	c.pairs, c.slot, c.f = pairs, slot, f
	for _, id := range x.replay[m.from:m.to] {
		c.add(id)
	}
	return m.n
}

// slots locates, for the text being counted, each local word's pair.
// An entry's slots are those stamped with its number.
type slots struct {
	stamp []int32
	pair  []int32
	cur   int32
}

// next starts a new text.
func (s *slots) next() { s.cur++ }

// grow makes room for local word IDs up to n.
func (s *slots) grow(n int) {
	for len(s.stamp) < n {
		s.stamp = append(s.stamp, 0)
		s.pair = append(s.pair, 0)
	}
}

func newIndexer() *indexer {
	x := &indexer{
		info:     make(map[string]int32),
		odd:      make(map[int32]wordOdd),
		cache:    newWordCache(),
		acronyms: new([1 << acronymCacheBits]acronymSlot),
		upper:    make(map[string]bool),
	}
	x.c.x = x
	return x
}

// analyse works out what w, a word the indexer has not met, is, and
// returns its number.
func (x *indexer) analyse(w []byte) int32 {
	info := wordInfo{rec: &wordRec{word: string(w), id: -1}}
	var odd wordOdd
	acronym := isAcronym(info.rec.word)
	// Spelling variants are one word: "defence" is "defense", "café"
	// "cafe" (see lexicon.Fold).
	if !acronym {
		if f := lexicon.AppendFold(x.fold[:0], w); string(f) != string(w) {
			x.fold = f
			odd.fold = string(f)
		}
	}
	if odd.fold == "" {
		info.indexable = acronym || indexable(w)
		if info.indexable && !acronym {
			odd.a, odd.b, _ = decompound(string(w))
		}
	}
	g := int32(len(x.infos))
	if odd != (wordOdd{}) {
		info.odd = true
		x.odd[g] = odd
	}
	x.info[info.rec.word] = g
	x.infos = append(x.infos, info)
	x.local = append(x.local, 0)
	x.seen = append(x.seen, 0)
	return g
}

// word returns the local ID of a word of the document, -1 for a word
// that is not indexed.
func (x *indexer) word(w []byte) int32 {
	g, slot := x.cache.get(w)
	if g >= 0 && slot.doc == x.doc {
		return slot.local // met already in this document
	}
	if g < 0 {
		var ok bool
		if g, ok = x.info[string(w)]; !ok {
			g = x.analyse(w)
		}
		slot.put(w, g)
	}
	id := x.local1(g)
	// The slot holds the word still, unless the word was too long for
	// it, or a part or the folded form of the word took it.
	if slot.n != 0 && slot.g == g {
		slot.doc, slot.local = x.doc, id
	}
	return id
}

// acronym returns the local ID of the initials of a run of capitalized
// words, in c.acr, numbered code (see counter.initials).
func (x *indexer) acronym(code uint32, w []byte) int32 {
	slot := &x.acronyms[(code*0x9E3779B1)>>(32-acronymCacheBits)]
	if slot.code != code {
		g, ok := x.info[string(w)]
		if !ok {
			g = x.analyse(w)
		}
		*slot = acronymSlot{code, g}
	}
	return x.local1(slot.g)
}

// acronymSlot is a slot of the indexer's cache of initials: the number
// of the initials numbered code (see counter.initials), 0 for none.
type acronymSlot struct {
	code uint32
	g    int32
}

// acronymCacheBits sizes the cache of initials: there are tens of
// thousands of them, too many for the word cache, which they would
// empty of the common words.
const acronymCacheBits = 16

// local1 returns the local ID of the word the indexer numbered g.
func (x *indexer) local1(g int32) int32 {
	if x.seen[g] == x.doc {
		return x.local[g]
	}
	info := x.infos[g]
	var odd wordOdd
	if info.odd {
		odd = x.odd[g]
	}
	if odd.fold != "" {
		id := x.word([]byte(odd.fold))
		x.seen[g], x.local[g] = x.doc, id
		return id
	}
	id := int32(-1)
	dt := x.dt
	if info.indexable {
		id = int32(len(dt.words))
		dt.words = append(dt.words, info.rec)
		dt.cases = append(dt.cases, 0)
		dt.added = append(dt.added, false)
		x.parts = append(x.parts, [2]int32{-1, -1})
		x.slot.grow(len(dt.words))
		x.ctxSlot.grow(len(dt.words))
	}
	x.seen[g], x.local[g] = x.doc, id
	if id >= 0 && odd.a != "" {
		pa, pb := x.word([]byte(odd.a)), x.word([]byte(odd.b))
		if pa >= 0 && pb >= 0 {
			x.parts[id] = [2]int32{pa, pb}
		}
	}
	return id
}

// decompound splits a word written as one that English writes as two
// ("counternarcotics", "seawall", "peacebuilding"), so that a question
// saying "narcotics" finds it: a word the lexicon does not know, made of
// two it does, each of three letters or more. Among several splits the
// most even wins.
func decompound(w string) (a, b string, ok bool) {
	const minPart = 3
	if len(w) < 2*minPart {
		return "", "", false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return "", "", false
		}
	}
	if lexicon.Known(snowStem(w)) {
		return "", "", false
	}
	best := 0
	for k := minPart; k <= len(w)-minPart; k++ {
		x, y := w[:k], w[k:]
		if isStopWord(x) || isStopWord(y) || !lexicon.Known(snowStem(x)) || !lexicon.Known(snowStem(y)) {
			continue
		}
		if even := min(len(x), len(y)); even > best {
			a, b, best = x, y, even
		}
	}
	return a, b, best > 0
}

// count adds the words of s to the term frequencies in pairs, field f,
// slot locating each word's pair, and returns how many words s has
// (compounds, which repeat their parts, not counted). The local IDs of
// the words themselves, compounds aside, are appended to *words when it
// is not nil: a title's terms.
func (x *indexer) count(pairs *[]termFreq, slot *slots, f field, s string, words *[]int32) uint32 {
	var n uint32
	c := &x.c
	c.pairs, c.slot, c.f = pairs, slot, f
	g := c.glossary
	c.recent = c.recent[:0]
	linked := linkWords(s)
	months := 0
	x.tk.run(s, func(w []byte, _ int, compound, lower bool) {
		if !lower && !compound && monthOf(w) >= 0 {
			months++
		}
		if g.long != nil && !compound {
			// A defined acronym stands for its long form, and the long
			// form for the acronym (see glossary).
			word := string(w)
			g.expand(word, c.recent, func(s string) {
				if id := x.word([]byte(s)); id >= 0 {
					c.add(id)
				}
			})
			if len(c.recent) == maxLongForm {
				c.recent = append(c.recent[:0], c.recent[1:]...)
			}
			c.recent = append(c.recent, word)
		}
		id := x.word(w)
		if id < 0 {
			return
		}
		c.add(id)
		if !compound {
			n++
			if words != nil {
				*words = append(*words, id)
			}
		}
		if p := x.parts[id]; p[0] >= 0 {
			c.add(p[0]) // like a compound's, not counted in the length
			c.add(p[1])
		}
		switch {
		case c.labels:
		case lower && !inLink(linked, w):
			x.dt.cases[id] |= wordLower << (2 * c.audience)
		case lower:
			// A word of a web or mail address says nothing of its case.
		case c.f == fieldBody:
			x.dt.cases[id] |= wordCapital << (2 * c.audience)
		}
	})
	// Acronyms, like compounds, repeat words counted already. Initials
	// and words in capitals take two ASCII capitals at least (a run of
	// three initials, or two and a connective's, as "Bank of America"
	// has; a word of two capitals or more): with fewer, which two texts
	// in five have (half the text at 2,000 gencorpus documents),
	// scanCapitals would find nothing, and looking for it was most of
	// what it cost them.
	if x.tk.capitals >= 2 {
		scanCapitals(s, c)
	}
	if months >= 2 {
		// "November to March" is said of January too: the months a
		// range spans, like compounds' parts.
		monthsBetween(s, func(m int) {
			if id := x.word(monthWords[m]); id >= 0 {
				c.add(id)
			}
		})
	}
	return n
}

// linkWords returns the words of the web and mail addresses in s
// ("holding-graz.at/sperrmuell", "info@leeds.gov.uk"), or nil: an
// address writes a name in lowercase, which says nothing of the name's
// case ("Graz" is a name, though its city's site is holding-graz.at).
func linkWords(s string) []string {
	if strings.IndexByte(s, '/') < 0 && strings.IndexByte(s, '@') < 0 {
		return nil
	}
	var out []string
	for _, chunk := range strings.Fields(s) {
		if isLink(chunk) {
			tokenize(chunk, func(w []byte, _ int, compound bool) {
				if !compound {
					out = append(out, string(w))
				}
			})
		}
	}
	return out
}

// isLink reports whether a run of text without spaces is a web or mail
// address: a scheme, "www.", a domain before a path, or a mailbox.
func isLink(s string) bool {
	if strings.Contains(s, "://") || strings.HasPrefix(s, "www.") {
		return true
	}
	if at := strings.IndexByte(s, '@'); at > 0 {
		return strings.IndexByte(s[at:], '.') > 0
	}
	host, _, ok := strings.Cut(s, "/")
	dot := strings.LastIndexByte(host, '.')
	if !ok || dot <= 0 || len(host)-dot-1 < 2 {
		return false
	}
	for _, c := range []byte(host[dot+1:]) {
		if c < 'a' || c > 'z' {
			return false // "U.S./Cambodia"
		}
	}
	return true
}

// inLink reports whether w is one of the words of addresses linked.
func inLink(linked []string, w []byte) bool {
	for _, l := range linked {
		if l == string(w) {
			return true
		}
	}
	return false
}

// countLabels counts the document's title and tags in field f, as every
// section's own text does twice: the first time word by word, after
// that by adding again the words the first time added, which comes to
// the same (labels change no word's case, and the words exist by then).
func (x *indexer) countLabels(pairs *[]termFreq, slot *slots, f field) uint32 {
	d, c := x.dt.doc, &x.c
	c.labels = true
	defer func() { c.labels = false }()
	if x.labelsKnown {
		c.pairs, c.slot, c.f = pairs, slot, f
		for _, id := range x.labels {
			c.add(id)
		}
		return x.labelsLen
	}
	c.record = &x.labels
	n := x.count(pairs, slot, f, d.Title, nil)
	if d.lineTitled {
		n += x.count(pairs, slot, f, titleFromPath(d.Path), nil)
	}
	for _, tag := range d.Tags {
		n += x.count(pairs, slot, f, tag, nil)
	}
	if names := x.leadNames(d); names != "" {
		n += x.count(pairs, slot, f, names, nil)
	}
	if kind := leadKind(openingOf(d)); kind != "" {
		n += x.count(pairs, slot, f, kind, nil)
	}
	c.record = nil
	x.labelsLen, x.labelsKnown = n, true
	return n
}

// counter counts the words of one field of one text for indexer.count.
// It lives in the indexer, so that scanCapitals can report to it without
// a closure to allocate for every text.
type counter struct {
	x *indexer
	// glossary is the acronyms of the document being indexed; recent,
	// the words of the text so far, the last maxLongForm of them.
	glossary glossary
	recent   []string
	// labels is set while counting a document's title and tags, which
	// may come from its file name: their case says nothing of a word.
	labels bool
	// audience is the audience of the document being indexed.
	audience Audience
	pairs    *[]termFreq
	slot     *slots
	f        field
	acr      []byte
	// record, when not nil, gets every word added (see countLabels).
	record *[]int32
}

func (c *counter) add(id int32) {
	x := c.x
	x.dt.added[id] = true
	if c.record != nil {
		*c.record = append(*c.record, id)
	}
	s := c.slot
	if s.stamp[id] != s.cur {
		// The word's first time in the field's text: a new pair, which
		// counts it once. The pair is written in place, field by field.
		// Appended as termFreq{term: id} and counted after, it was made
		// on the stack in two stores and copied in with a load that
		// spans both, which the processor cannot forward from them: it
		// waited for them to reach the cache, at every new pair, half of
		// add's time.
		s.stamp[id] = s.cur
		pairs := append(*c.pairs, termFreq{})
		s.pair[id] = int32(len(pairs) - 1)
		p := &pairs[len(pairs)-1]
		p.term, p.tf[c.f] = id, 1
		*c.pairs = pairs
		return
	}
	if tf := &(*c.pairs)[s.pair[id]].tf[c.f]; *tf < math.MaxUint16 {
		*tf++
	}
}

func (c *counter) initials(w capitals) {
	c.acr = append(append(c.acr[:0], acronymMark...), w.b[:w.n]...)
	// Initials are 3 to 6 letters a to z: numbered five bits a letter,
	// from 1, they are looked up by their number.
	code := uint32(0)
	for _, l := range w.b[:w.n] {
		if l < 'a' || l > 'z' {
			c.add(c.x.word(c.acr))
			return
		}
		code = code<<5 | uint32(l-'a'+1)
	}
	c.add(c.x.acronym(code, c.acr))
}

func (c *counter) upper(a capitals) {
	if w := a.b[:a.n]; !c.x.upper[string(w)] {
		c.x.upper[string(w)] = true
		c.x.dt.upper = append(c.x.dt.upper, string(w))
	}
}

// indexDoc counts the words of a document's entries, field by field, and
// of its sections' context.
func (x *indexer) indexDoc(d *Document) *docTerms {
	n := 0
	size := 0
	for _, s := range d.Sections {
		n += int(s.n)
	}
	for i := range d.entries {
		e := &d.entries[i]
		size += len(e.Title) + int(e.bodyLen)
	}
	t := d.text()
	dt := docTermsPool.Get().(*docTerms)
	dt.doc = d
	if cap(dt.lens) < n {
		dt.lens = make([][numFields]uint32, n)
	}
	dt.lens = dt.lens[:n]
	clear(dt.lens)
	dt.pairStart = append(dt.pairStart[:0], 0)
	dt.titleStart = append(dt.titleStart[:0], 0)
	// An entry has a distinct word for every eight bytes of its text or
	// so.
	dt.pairs = slices.Grow(dt.pairs[:0], size/8)
	dt.words, dt.cases, dt.added, dt.upper = dt.words[:0], dt.cases[:0], dt.added[:0], dt.upper[:0]
	dt.titles, dt.secs, dt.ctxPairs = dt.titles[:0], dt.secs[:0], dt.ctxPairs[:0]
	x.dt = dt
	x.doc++ // every word's local ID is unknown again
	x.parts = x.parts[:0]
	clear(x.upper)
	x.labels, x.labelsKnown = x.labels[:0], false
	x.replay, x.columns = x.replay[:0], x.columns[:0]
	c := &x.c
	c.glossary, c.audience = d.glossary, d.Audience
	i := int32(0)
	for _, s := range d.Sections {
		es := s.Entries()
		for j := range es {
			e := &es[j]
			x.slot.next()
			add := func(f field, s string, words *[]int32) {
				dt.lens[i][f] += x.count(&dt.pairs, &x.slot, f, s, words)
			}
			if e.Kind == SectionText && e.Title == s.Heading {
				// The heading is counted again in the section's
				// context.
				head := x.countRecorded(&dt.pairs, &x.slot, fieldTitle, e.Title, &dt.titles)
				dt.lens[i][fieldTitle] += head.n
				dt.lens[i][fieldContext] += x.countLabels(&dt.pairs, &x.slot, fieldContext)
				x.context(i, s.n, e, &head)
			} else {
				add(fieldTitle, e.Title, &dt.titles)
				if e.Kind == SectionText {
					dt.lens[i][fieldContext] += x.countLabels(&dt.pairs, &x.slot, fieldContext)
					x.context(i, s.n, e, nil)
				}
			}
			if e.Kind == Row {
				// The rows of a table have the same column headers.
				x.fields = e.fieldsIn(t, x.fields[:0])
				for k, f := range x.fields {
					if k < len(x.columns) && x.columns[k].text == f.Name {
						dt.lens[i][fieldContext] += x.countAgain(&dt.pairs, &x.slot, fieldContext, x.columns[k])
						continue
					}
					m := x.countRecorded(&dt.pairs, &x.slot, fieldContext, f.Name, nil)
					dt.lens[i][fieldContext] += m.n
					if k < len(x.columns) {
						x.columns[k] = m
					} else {
						x.columns = append(x.columns, m)
					}
				}
			}
			add(fieldBody, e.textIn(t), nil)
			dt.pairStart = append(dt.pairStart, int32(len(dt.pairs)))
			dt.titleStart = append(dt.titleStart, int32(len(dt.titles)))
			i++
		}
	}
	x.dt = nil
	return dt
}

// context indexes the context of the section whose own text is entry i,
// the first of its n entries; head is the heading counted already, if
// it was.
func (x *indexer) context(i, n int32, e *Entry, head *counted) {
	dt := x.dt
	st := docSection{entry: i, end: i + n, from: int32(len(dt.ctxPairs))}
	x.ctxSlot.next()
	if head != nil {
		st.len += x.countAgain(&dt.ctxPairs, &x.ctxSlot, 0, *head)
	} else {
		st.len += x.count(&dt.ctxPairs, &x.ctxSlot, 0, e.Section.Heading, nil)
	}
	st.len += x.countLabels(&dt.ctxPairs, &x.ctxSlot, 0)
	st.to = int32(len(dt.ctxPairs))
	dt.secs = append(dt.secs, st)
}

// openingOf returns the text a document opens with, before its first
// heading or item, or "".
func openingOf(d *Document) string {
	if len(d.Sections) == 0 || d.Sections[0].n == 0 || d.Sections[0].Entries()[0].Kind != SectionText {
		return ""
	}
	return d.Sections[0].Entries()[0].Text()
}

// kindWords is how many words leadKind takes: the head of the phrase
// and the word before it.
const kindWords = 2

// leadKind returns the words that say what a briefing's subject is, as
// its opening's first sentence says it: "Colmena is a coworking space in
// a restored casona" gives "coworking space", "Moy Valley is a
// member-owned credit union" gives "credit union". People ask by them
// ("a day pass at the coworking space in Puebla") as they ask by the
// briefing's title, so they belong to the context of all its sections.
// The phrase ends at a stop word but "and", a clause mark, or a word in
// -ing or -ed that no lowercase word follows ("a web hosting company
// based in Tacoma"); names and numbers in it are passed over, as
// leadNames takes the names, and so are words joined by a hyphen, which
// say of what kind ("member-run", "40-seat"), and adverbs in -ly. Only
// its head and the word before it are taken: the words before them tell
// one kind from another ("an indoor bouldering and roped climbing
// wall") and are asked for themselves.
func leadKind(opening string) string {
	sentence := opening
	if i := strings.IndexAny(sentence, ".!?;:()"); i >= 0 {
		sentence = sentence[:i]
	}
	words := strings.Fields(sentence)
	for i := 0; i+2 < len(words); i++ {
		if (words[i] != "is" && words[i] != "are") || !articles[words[i+1]] {
			continue
		}
		var kind []string
		rest := words[i+2:]
		for j, w := range rest {
			// A comma goes on with the phrase before a lowercase word
			// ("a phone, tablet and laptop repair workshop"), as "and"
			// does.
			next := kindNext(rest[j+1:])
			clause := strings.ContainsAny(w, "\"“”") || strings.HasSuffix(w, ",") && !startsLower(next)
			w = strings.Trim(w, ",\"“”'")
			if w == "and" {
				continue
			}
			if w == "" || isStopWord(w) || notKind[w] {
				break
			}
			r, _ := utf8.DecodeRuneInString(w)
			lower := !unicode.IsUpper(r) && !unicode.IsDigit(r)
			if lower && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) &&
				(!startsLower(next) || isStopWord(next)) {
				if len(kind) > 0 {
					break
				}
				continue
			}
			if lower && !strings.Contains(w, "-") && !strings.HasSuffix(w, "ly") {
				kind = append(kind, w)
			}
			if clause {
				break
			}
		}
		return strings.Join(kind[max(0, len(kind)-kindWords):], " ")
	}
	return ""
}

// kindNext returns the first of words that is not "and", or "".
func kindNext(words []string) string {
	for _, w := range words {
		if w != "and" {
			return w
		}
	}
	return ""
}

// notKind are words that end what leadKind takes as a stop word does:
// prepositions the stop words lack and participles not in -ed ("a
// cellar door near Tanunda", "a mobile hairdresser run by").
var notKind = map[string]bool{
	"near": true, "behind": true, "beside": true, "inside": true, "outside": true, "opposite": true,
	"across": true, "along": true, "within": true, "beneath": true, "run": true, "held": true,
	"built": true, "made": true, "known": true, "set": true, "kept": true, "led": true, "sold": true,
}

// startsLower reports whether w starts with a lowercase letter.
func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// maxLeadNames bounds the names leadNames takes of each kind.
const maxLeadNames = 8

// leadNames returns the names a document's opening text gives, space
// separated: the places and partners a briefing is about ("Officials
// from Italy, Malta and Tunisia met in Valletta") belong to the context
// of all its sections, as its title does. A name is a word written
// capitalized that is no common English word. After those come the
// words of names made of common words only, two or more written
// capitalized in a row within a clause: "Good Pup Academy runs puppy
// classes" names its provider in words English has, as people name it
// when they ask. Whether a word is a name takes the stemmer and the
// lexicon, so the indexer remembers it with the word (4.5% of a load's
// CPU at 30,000 gencorpus documents went to stemming the same names
// again, document after document).
func (x *indexer) leadNames(d *Document) string {
	if len(d.Sections) == 0 || d.Sections[0].n == 0 || d.Sections[0].Entries()[0].Kind != SectionText {
		return ""
	}
	var names []string
	add := func(names []string, w []byte) []string {
		if len(names) < maxLeadNames && !slices.ContainsFunc(names, func(n string) bool { return n == string(w) }) {
			names = append(names, string(w))
		}
		return names
	}
	text := d.Sections[0].Entries()[0].Text()
	x.leadTk.run(text, func(w []byte, _ int, compound, lower bool) {
		if !lower && !compound && x.isLeadName(w) {
			names = add(names, w)
		}
	})
	var common []string
	// runs holds the clause's runs of capitalized words not yet taken,
	// each a line: whether a word of it is a name ('+' or '-'), then its
	// words, each after a space. A run is taken at a lowercase word; runs
	// joined by stop words only and ended by a parenthesis are spelled
	// out by the initials in it ("National Dairy Development Board
	// (NDDB)"), which name them already.
	runs, open := x.leadRun[:0], false
	endRun := func() {
		if open {
			runs, open = append(runs, '\n'), false
		}
	}
	take := func() {
		endRun()
		for run := range bytes.Lines(runs) {
			if run[0] == '+' || bytes.Count(run, []byte(" ")) < 2 || isPhrase(run[1:]) {
				continue
			}
			for w := range bytes.FieldsSeq(run[1:]) {
				if !slices.Contains(names, string(w)) {
					common = add(common, w)
				}
			}
		}
		runs = runs[:0]
	}
	for text != "" && len(common) < maxLeadNames {
		clause, mark := text, byte(0)
		if i := indexClauseMark(text); i >= 0 {
			clause, mark, text = text[:i], text[i], text[i+1:]
		} else {
			text = ""
		}
		x.leadTk.run(clause, func(w []byte, _ int, compound, lower bool) {
			switch {
			case compound:
			case isStopWord(string(w)):
				endRun()
			case lower || isDigit(w[0]):
				take()
			default:
				if !open {
					runs, open = append(runs, '-'), true
				}
				runs = append(append(runs, ' '), w...)
				if x.isLeadName(w) {
					runs[bytes.LastIndexByte(runs, '\n')+1] = '+'
				}
			}
		})
		if mark == '(' {
			runs, open = runs[:0], false
		}
		take()
		if mark == '.' || mark == '!' || mark == '?' {
			break // the first sentence names what the briefing is about
		}
	}
	x.leadRun = runs
	return strings.Join(append(names, common...), " ")
}

// isPhrase reports whether words, each after a space, are a phrase the
// lexicon has: "United States", "Prime Minister" and "Public Service" are
// English's, not a provider's name.
func isPhrase(words []byte) bool {
	var key []byte
	for w := range bytes.FieldsSeq(words) {
		if len(key) > 0 {
			key = append(key, ' ')
		}
		key = append(key, snowStem(string(w))...)
	}
	return lexicon.Known(string(key))
}

// clauseMarks end a clause: capitalized words on both sides of one are
// no one name ("In Malta, Valletta").
const clauseMarks = ".,;:()[]!?\"“”|/"

// clauseMarkByte tells the ASCII bytes of clauseMarks.
var clauseMarkByte = func() (m [utf8.RuneSelf]bool) {
	for _, r := range clauseMarks {
		if r < utf8.RuneSelf {
			m[r] = true
		}
	}
	return m
}()

// indexClauseMark is strings.IndexAny(s, clauseMarks): the index of the
// first clause mark in s, or -1. IndexAny, given marks that are not all
// ASCII, looks each rune of s up in them, one IndexRune a byte of text
// (half of leadNames' clause by clause pass in a load); here an ASCII
// byte is looked up in a table, and only a rune outside ASCII in the
// marks.
func indexClauseMark(s string) int {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if clauseMarkByte[c] {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if strings.ContainsRune(clauseMarks, r) {
			return i
		}
		i += n
	}
	return -1
}

// isLeadName reports whether w, written capitalized in a document's
// opening, is a name: no stop word, and a word whose stem the lexicon
// calls a name or does not know.
func (x *indexer) isLeadName(w []byte) bool {
	g, slot := x.cache.get(w)
	if g < 0 {
		var ok bool
		if g, ok = x.info[string(w)]; !ok {
			g = x.analyse(w)
		}
		slot.put(w, g)
	}
	info := &x.infos[g]
	if info.lead == leadUnknown {
		info.lead = leadNo
		if word := info.rec.word; !isStopWord(word) && isName(snowStem(word)) {
			info.lead = leadYes
		}
	}
	return info.lead == leadYes
}
