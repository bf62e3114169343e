package knowledge

import (
	"math"
	"runtime"
	"slices"
	"sync"

	"github.com/briefbot/briefbot/knowledge/lexicon"
	"github.com/kljensen/snowball/english"
)

// The relevance model is BM25F: an entry's text is split into fields,
// each with a weight and its own length normalisation, and the weighted
// term frequencies are summed before BM25's saturation. Titles weigh most:
// a question naming an initiative should find that initiative, not the
// paragraph that mentions it in passing.
type field uint8

const (
	fieldTitle   field = iota // the entry's title (a section's heading for its own text)
	fieldContext              // column headers of a row; the document's title and tags for a section's own text
	fieldBody                 // the description, the row's other cells, the section's paragraphs
	numFields
)

var (
	fieldWeight = [numFields]float32{3, 0.6, 1}
	fieldB      = [numFields]float32{0.5, 0.5, 0.75}
)

const bm25K1 = 1.2

// An item's context (its section's heading, its document's title and tags)
// is shared by every entry of the section. Indexed with each entry, it
// would multiply the postings a question scans; it is indexed once per
// section instead, in a field of its own, and added to the score of the
// entries a question finds by their own words.
const (
	contextWeight = 0.25
	contextB      = 0.5
)

// index is an inverted index of a Base's entries. It is built once at load
// and only read afterwards.
type index struct {
	n       int              // entries
	terms   map[string]int32 // stem -> term ID
	surface map[string]int32 // word as written (lowercased) -> term ID (see writtenInternally)

	// views are what each audience sees of the index: the statistics of
	// the documents it may read, and no more (see view).
	views [2]view

	// Each term has four posting lists, by whether the entries have the
	// term in their title and whether they are of internal documents (see
	// listOf). The postings of list l are post[start[l]:start[l+1]], in
	// entry order.
	// They fall into runs, one for each block of entries the list is in:
	// runs[runStart[l]:runStart[l+1]].
	start    []int32
	post     []posting
	runStart []int32
	runs     []run
	// maxVal is each list's largest posting value (in 65,535ths), for
	// MaxScore pruning.
	maxVal []float32

	// Entry e's title, as term IDs in order, is
	// titleTerms[titleStart[e]:titleStart[e+1]].
	titleStart []int32
	titleTerms []int32

	// The entries of section s are sectionStart[s]:sectionStart[s+1],
	// its own text first.
	sectionStart []int32
	sections     int
	// The context postings of term t are ctx[ctxStart[t]:ctxStart[t+1]].
	ctxStart []int32
	ctx      []ctxPosting

	// stems lists every term's stem in order, for finding the terms a
	// stem is a prefix of; stemOf is each term's stem.
	stems  []string
	stemOf []string

	// upper has the words the briefings write in capitals, lowercased
	// (see acronymMark), with the audiences whose documents do.
	upper map[string]audiences

	// synonyms maps the stems of a phrase a question may say, joined by
	// spaces, to the terms of each phrase it finds (see Synonyms).
	synonyms map[string][][]int32

	// Spelling: surface words long enough to correct, and a map from the
	// hash of each such word with at most one letter deleted to the words.
	words   []string
	deletes map[uint64][]int32
	// wordSeen has the audiences whose documents write each of words.
	wordSeen []audiences
}

// view is the index as an audience sees it. A public audience's
// statistics come from public documents alone, so that nothing about an
// internal document (its words, how common they are, how long its
// entries are) changes a public answer; see TestPublicAnswersIgnoreInternal.
type view struct {
	*index
	audience Audience
	idf      []float32
	// idfUnseen is the IDF a word no entry contains would have: the
	// weight of a question word the base knows nothing of.
	idfUnseen float32
	// has marks the terms the audience's entries have; nil when they
	// have every term.
	has []bool
	// selector marks the terms that name a document, as a country names
	// the briefing about it: in a document's title and in few documents.
	// A question with such a word is about that document (see
	// query.selectors).
	selector []bool
}

// audiences is a set of audiences, by their bits.
type audiences uint8

func (s audiences) has(a Audience) bool { return s&(1<<a) != 0 }

// view returns the index as audience a sees it.
func (ix *index) view(a Audience) *view {
	if a != Internal {
		a = Public
	}
	return &ix.views[a]
}

// writtenInternally marks, in index.surface, a word only internal
// documents write: its term may be public ("come" of "coming") while the
// word itself would tell of an internal document.
const writtenInternally = 1 << 30

// known reports whether the audience's entries have term t.
func (v *view) known(t int32) bool { return v.has == nil || v.has[t] }

// word returns the term of a word as written, if the audience's entries
// have it.
func (v *view) word(w string) (int32, bool) {
	t, ok := v.surface[w]
	if t&writtenInternally != 0 {
		if v.audience != Internal {
			return 0, false // a public document does not write it so
		}
		t &^= writtenInternally
	}
	return t, ok && v.known(t)
}

// stem returns the term of a stem, if the audience's entries have it.
func (v *view) stem(s string) (int32, bool) {
	t, ok := v.terms[s]
	return t, ok && v.known(t)
}

// isUpper reports whether the audience's documents write w in capitals.
func (v *view) isUpper(w string) bool {
	if v.audience == Internal {
		return v.upper[w] != 0
	}
	return v.upper[w].has(Public)
}

// posting is an entry with a term: in the low bits, the entry's place in
// its block (its ID less the block's start), and in the high 16 bits the
// term's saturated, field-weighted frequency in the entry, in 65,535ths.
// Scoring reads postings by the million; at four bytes each they take
// half the memory traffic of an ID and a float.
type posting uint32

const (
	valShift = 16
	valScale = 1<<16 - 1
)

// listsPerTerm is how many posting lists a term has: see listOf.
const listsPerTerm = 4

// listOf returns the posting list of term t for entries that have it in
// their title or not, of internal documents or not. Keeping title
// postings apart tells scoring which concepts an entry has in its title
// without a flag to test in every posting, and gives MaxScore a bound for
// each part; keeping internal ones apart lets a public audience skip them
// whole. A term's public lists come first.
func listOf(t int32, inTitle, internal bool) int32 {
	l := listsPerTerm * t
	if !inTitle {
		l++
	}
	if internal {
		l += 2
	}
	return l
}

// run is where a term's postings in one block start.
type run struct {
	block int32
	first int32
}

// entryTerms is one entry's field lengths and where its term
// frequencies are, gathered before the average field lengths are known.
type entryTerms struct {
	lens  [numFields]uint32
	first int32 // index of the entry's first termFreq in its shard's pairs
	end   int32
}

// ctxPosting is a section with a term in its context: the range of its
// items' entry IDs, first complemented (negative) for an internal
// document, and the term's weighted, saturated frequency.
type ctxPosting struct {
	first, end int32
	val        float32
}

// sectionTerms is one section's context terms.
type sectionTerms struct {
	internal   bool
	section    int32
	len        uint32
	first, end int32 // its termFreqs in the shard's ctxPairs
}

type termFreq struct {
	term int32 // a shard's own word ID until merged, then a term ID
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

// shard tokenizes a run of entries on its own goroutine, numbering words
// its own way; buildIndex merges the shards' vocabularies afterwards, so
// the slow part of indexing runs on every core without sharing a map.
type shard struct {
	entries   []*Entry
	sectionOf []int32 // each entry's section number
	ets       []entryTerms
	pairs     []termFreq
	titles    [][]int32
	// The context of each section that starts in the shard.
	contexts []sectionTerms
	ctxPairs []termFreq           // tf[0] only
	vocab    map[string]int32     // word -> shard word ID, -1 for stop words
	words    []string             // shard word ID -> word
	lower    []wordCase           // shard word ID -> how it is written in the text
	seen     []audiences          // shard word ID -> the audiences whose documents write it
	upper    map[string]audiences // words written in capitals, lowercased
	// fold is room to fold a word in; parts has the two words a word is
	// made of (see decompound).
	fold    []byte
	parts   map[int32][2]int32
	counter counter
}

func (sh *shard) word(w []byte) int32 {
	if id, ok := sh.vocab[string(w)]; ok {
		return id
	}
	// Spelling variants are one word: "defence" is "defense", "café"
	// "cafe" (see lexicon.Fold).
	if !isAcronym(string(w)) {
		if f := lexicon.AppendFold(sh.fold[:0], w); string(f) != string(w) {
			sh.fold = f
			id := sh.word(f)
			sh.vocab[string(w)] = id
			return id
		}
	}
	id := int32(-1)
	if isAcronym(string(w)) || indexable(w) {
		id = int32(len(sh.words))
		sh.words = append(sh.words, string(w))
		sh.lower = append(sh.lower, 0)
		sh.seen = append(sh.seen, 0)
	}
	sh.vocab[string(w)] = id
	if id >= 0 && !isAcronym(string(w)) {
		if a, b, ok := decompound(string(w)); ok {
			pa, pb := sh.word([]byte(a)), sh.word([]byte(b))
			if pa >= 0 && pb >= 0 {
				if sh.parts == nil {
					sh.parts = make(map[int32][2]int32)
				}
				sh.parts[id] = [2]int32{pa, pb}
			}
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
	if lexicon.Known(english.Stem(w, false)) {
		return "", "", false
	}
	best := 0
	for k := minPart; k <= len(w)-minPart; k++ {
		x, y := w[:k], w[k:]
		if isStopWord(x) || isStopWord(y) || !lexicon.Known(english.Stem(x, false)) || !lexicon.Known(english.Stem(y, false)) {
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
// (compounds, which repeat their parts, not counted).
func (sh *shard) count(pairs *[]termFreq, slot map[int32]int32, f field, s string) uint32 {
	var n uint32
	c := &sh.counter
	c.sh, c.pairs, c.slot, c.f = sh, pairs, slot, f
	g := c.glossary
	c.recent = c.recent[:0]
	tokenizeCase(s, func(w []byte, _ int, compound, lower bool) {
		if g.long != nil && !compound {
			// A defined acronym stands for its long form, and the long
			// form for the acronym (see glossary).
			word := string(w)
			g.expand(word, c.recent, func(x string) {
				if id := sh.word([]byte(x)); id >= 0 {
					c.add(id)
				}
			})
			if len(c.recent) == maxLongForm {
				c.recent = append(c.recent[:0], c.recent[1:]...)
			}
			c.recent = append(c.recent, word)
		}
		id := sh.word(w)
		if id < 0 {
			return
		}
		c.add(id)
		if !compound {
			n++
		}
		if p, ok := sh.parts[id]; ok {
			c.add(p[0]) // like a compound's, not counted in the length
			c.add(p[1])
		}
		switch {
		case c.labels:
		case lower:
			sh.lower[id] |= wordLower << (2 * c.audience)
		case c.f == fieldBody:
			sh.lower[id] |= wordCapital << (2 * c.audience)
		}
	})
	// Acronyms, like compounds, repeat words counted already.
	scanCapitals(s, c)
	return n
}

// counter counts the words of one field of one text for shard.count. It
// lives in the shard, so that scanCapitals can report to it without a
// closure to allocate for every text.
type counter struct {
	sh *shard
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
	slot     map[int32]int32
	f        field
	acr      []byte
}

func (c *counter) add(id int32) {
	c.sh.seen[id] |= 1 << c.audience
	k, ok := c.slot[id]
	if !ok {
		k = int32(len(*c.pairs))
		c.slot[id] = k
		*c.pairs = append(*c.pairs, termFreq{term: id})
	}
	if tf := &(*c.pairs)[k].tf[c.f]; *tf < math.MaxUint16 {
		*tf++
	}
}

func (c *counter) initials(w []byte) {
	c.acr = append(append(c.acr[:0], acronymMark...), w...)
	c.add(c.sh.word(c.acr))
}

func (c *counter) upper(w []byte) {
	if a := c.sh.upper[string(w)]; !a.has(c.audience) {
		c.sh.upper[string(w)] = a | 1<<c.audience
	}
}

// context indexes the context of the section whose own text is e.
func (sh *shard) context(section int32, e *Entry) {
	st := sectionTerms{section: section, first: int32(len(sh.ctxPairs)), internal: e.Doc().Audience == Internal}
	slot := map[int32]int32{}
	st.len += sh.count(&sh.ctxPairs, slot, 0, e.Section.Heading)
	sh.counter.labels = true
	st.len += sh.count(&sh.ctxPairs, slot, 0, e.Doc().Title)
	for _, tag := range e.Doc().Tags {
		st.len += sh.count(&sh.ctxPairs, slot, 0, tag)
	}
	sh.counter.labels = false
	st.end = int32(len(sh.ctxPairs))
	sh.contexts = append(sh.contexts, st)
}

func (sh *shard) run() {
	sh.vocab = make(map[string]int32)
	sh.upper = make(map[string]audiences)
	sh.ets = make([]entryTerms, len(sh.entries))
	sh.titles = make([][]int32, len(sh.entries))
	// An entry has a distinct word for every eight bytes of its text or
	// so; room for them up front saves copying pairs as it grows.
	size := 0
	for _, e := range sh.entries {
		size += len(e.Title) + len(e.Text)
	}
	sh.pairs = make([]termFreq, 0, size/8)
	slot := make(map[int32]int32) // word -> position in pairs, for the current entry
	for i, e := range sh.entries {
		sh.counter.glossary = e.Doc().glossary
		sh.counter.audience = e.Doc().Audience
		et := &sh.ets[i]
		et.first = int32(len(sh.pairs))
		clear(slot)
		add := func(f field, s string) {
			et.lens[f] += sh.count(&sh.pairs, slot, f, s)
		}
		add(fieldTitle, e.Title)
		if e.Kind == SectionText {
			sh.counter.labels = true
			add(fieldContext, e.Doc().Title)
			for _, tag := range e.Doc().Tags {
				add(fieldContext, tag)
			}
			sh.counter.labels = false
			sh.context(sh.sectionOf[i], e)
		}
		if e.Kind == Row {
			for _, f := range e.Fields {
				add(fieldContext, f.Name)
			}
		}
		add(fieldBody, e.Text)
		et.end = int32(len(sh.pairs))
		var title []int32
		tokenize(e.Title, func(w []byte, _ int, compound bool) {
			if id := sh.word(w); !compound && id >= 0 {
				title = append(title, id)
			}
		})
		sh.titles[i] = title
	}
}

// buildIndex indexes entries, with the curators' synonyms; entries[i].id
// must be i.
func buildIndex(entries []*Entry, syn Synonyms) *index {
	ix := &index{
		n:          len(entries),
		terms:      make(map[string]int32),
		surface:    make(map[string]int32),
		upper:      make(map[string]audiences),
		titleStart: make([]int32, 1, len(entries)+1),
	}
	sectionOf := make([]int32, len(entries))
	var last *Section
	for i, e := range entries {
		if e.Section != last {
			ix.sections++
			last = e.Section
			ix.sectionStart = append(ix.sectionStart, int32(i))
		}
		sectionOf[i] = int32(ix.sections - 1)
	}
	ix.sectionStart = append(ix.sectionStart, int32(len(entries)))
	workers := max(1, min(runtime.GOMAXPROCS(0), len(entries)/1000))
	shards := make([]*shard, workers)
	var wg sync.WaitGroup
	for w := range shards {
		from, to := w*len(entries)/workers, (w+1)*len(entries)/workers
		sh := &shard{entries: entries[from:to], sectionOf: sectionOf[from:to]}
		shards[w] = sh
		wg.Go(sh.run)
	}
	wg.Wait()

	// Merge the vocabularies: each shard word becomes a global term,
	// through its stem.
	st := stemmer{}
	var df, publicDF []int32
	// Field lengths, of all entries and of public ones.
	var total, publicTotal [numFields]float64
	publicN := 0
	// Each list's size and runs, counted with the block of its last
	// posting.
	var size, runs, lastBlock []int32
	// The documents each term is in, counted with the last of them;
	// whether it is ever written in lowercase.
	var docDF [2][]int32 // of public documents, of all
	var cases []wordCase
	seen := make(map[string]audiences, len(ix.surface)) // the audiences whose documents write a word
	var lastDoc []*Document
	id := int32(0)
	for _, sh := range shards {
		remap := make([]int32, len(sh.words))
		for id, w := range sh.words {
			t, ok := ix.surface[w]
			if !ok {
				stem := st.stem([]byte(w))
				if t, ok = ix.terms[stem]; !ok {
					t = int32(len(df))
					ix.terms[stem] = t
					df = append(df, 0)
				}
				ix.surface[w] = t
			}
			remap[id] = t
		}
		for len(cases) < len(df) {
			cases = append(cases, 0)
		}
		for id, c := range sh.lower {
			cases[remap[id]] |= c
			seen[sh.words[id]] |= sh.seen[id]
		}
		for len(publicDF) < len(df) {
			publicDF = append(publicDF, 0)
		}
		for i, et := range sh.ets {
			public := sh.entries[i].Doc().Audience != Internal
			for k := et.first; k < et.end; k++ {
				t := remap[sh.pairs[k].term]
				sh.pairs[k].term = t
				df[t]++
				if public {
					publicDF[t]++
				}
			}
		}
		for len(lastBlock) < listsPerTerm*len(df) {
			size = append(size, 0)
			lastBlock = append(lastBlock, -1)
			runs = append(runs, 0)
		}
		for i, et := range sh.ets {
			doc := sh.entries[i].Doc()
			internal := doc.Audience == Internal
			for len(lastDoc) < len(df) {
				lastDoc = append(lastDoc, nil)
				docDF[Public] = append(docDF[Public], 0)
				docDF[Internal] = append(docDF[Internal], 0)
			}
			for _, p := range sh.pairs[et.first:et.end] {
				if lastDoc[p.term] != doc {
					lastDoc[p.term] = doc
					docDF[Internal][p.term]++
					if !internal {
						docDF[Public][p.term]++
					}
				}
				l := listOf(p.term, p.tf[fieldTitle] > 0, internal)
				size[l]++
				if b := id >> blockBits; lastBlock[l] != b {
					lastBlock[l] = b
					runs[l]++
				}
			}
			id++
		}
		for k := range sh.ctxPairs {
			sh.ctxPairs[k].term = remap[sh.ctxPairs[k].term]
		}
		for i, et := range sh.ets {
			public := sh.entries[i].Doc().Audience != Internal
			for f := range numFields {
				total[f] += float64(et.lens[f])
				if public {
					publicTotal[f] += float64(et.lens[f])
				}
			}
			if public {
				publicN++
			}
			title := sh.titles[i]
			for k, id := range title {
				title[k] = remap[id]
			}
			ix.titleTerms = append(ix.titleTerms, title...)
			ix.titleStart = append(ix.titleStart, int32(len(ix.titleTerms)))
		}
		for w, a := range sh.upper {
			ix.upper[w] |= a
		}
		sh.vocab, sh.words, sh.titles, sh.upper, sh.lower, sh.seen = nil, nil, nil, nil, nil, nil
	}

	// Lengths are normalised by the public entries' average, so that a
	// public entry's postings are the same whatever internal documents
	// there are; a base with only internal documents uses them all.
	var avg [numFields]float32
	if publicN == 0 {
		publicTotal, publicN = total, len(entries)
	}
	for f := range numFields {
		avg[f] = float32(max(publicTotal[f]/float64(max(publicN, 1)), 1))
	}
	ix.views[Internal] = view{index: ix, audience: Internal, idf: idf(df, len(entries)), idfUnseen: idfOf(0, len(entries))}
	pub := view{index: ix, audience: Public, idf: idf(publicDF, publicN), idfUnseen: idfOf(0, publicN), has: make([]bool, len(df))}
	for t, d := range publicDF {
		pub.has[t] = d > 0
	}
	ix.views[Public] = pub
	lists := len(size)
	ix.start = make([]int32, lists+1)
	ix.runStart = make([]int32, lists+1)
	for l := range lists {
		ix.start[l+1] = ix.start[l] + size[l]
		ix.runStart[l+1] = ix.runStart[l] + runs[l]
		lastBlock[l] = -1
	}
	ix.post = make([]posting, ix.start[lists])
	next := slices.Clone(ix.start[:lists])
	ix.runs = make([]run, ix.runStart[lists])
	nextRun := slices.Clone(ix.runStart[:lists])
	id = 0
	for _, sh := range shards {
		for i, et := range sh.ets {
			e := sh.entries[i]
			stored := posting(id & (blockSize - 1))
			internal := e.Doc().Audience == Internal
			b := id >> blockBits
			var norm [numFields]float32
			for f := range numFields {
				norm[f] = fieldWeight[f] / (1 - fieldB[f] + fieldB[f]*float32(et.lens[f])/avg[f])
			}
			for _, p := range sh.pairs[et.first:et.end] {
				var tf float32
				for f := range numFields {
					tf += float32(p.tf[f]) * norm[f]
				}
				l := listOf(p.term, p.tf[fieldTitle] > 0, internal)
				k := next[l]
				next[l]++
				if lastBlock[l] != b {
					lastBlock[l] = b
					ix.runs[nextRun[l]] = run{b, k}
					nextRun[l]++
				}
				// tf/(k1+tf) is below 1, so the value fits 16 bits.
				ix.post[k] = stored | posting(tf/(bm25K1+tf)*valScale+0.5)<<valShift
			}
			id++
		}
		sh.pairs, sh.ets = nil, nil
	}
	ix.maxVal = make([]float32, lists)
	for l := range lists {
		var top posting
		for _, p := range ix.post[ix.start[l]:ix.start[l+1]] {
			top = max(top, p>>valShift)
		}
		ix.maxVal[l] = float32(top)
	}
	ix.buildContext(shards, len(df))
	ix.stems = make([]string, 0, len(ix.terms))
	ix.stemOf = make([]string, len(ix.terms))
	for stem, t := range ix.terms {
		ix.stems = append(ix.stems, stem)
		ix.stemOf[t] = stem
	}
	slices.Sort(ix.stems)
	for a := range ix.views {
		ix.views[a].buildSelectors(entries, docDF[a], cases)
	}
	ix.buildSpelling(seen)
	for w, t := range ix.surface {
		if !seen[w].has(Public) {
			ix.surface[w] = t | writtenInternally
		}
	}
	ix.buildSynonyms(syn)
	return ix
}

// buildSelectors marks the terms that name a document (see selector):
// names (capitalized in running text, never written in lowercase, and
// no common English word) in the title of a document, and in at most a
// quarter of the documents. A base of one or two documents has none:
// there is nothing to tell apart.
func (v *view) buildSelectors(entries []*Entry, docDF []int32, cases []wordCase) {
	v.selector = make([]bool, len(docDF))
	var docs []*Document
	for i, e := range entries {
		if (i == 0 || e.Doc() != entries[i-1].Doc()) && v.audience.CanRead(e.Doc().Audience) {
			docs = append(docs, e.Doc())
		}
	}
	if len(docs) < 3 {
		return
	}
	limit := int32(max(1, len(docs)/4))
	for _, d := range docs {
		tokenize(d.Title, func(w []byte, _ int, compound bool) {
			if t, ok := v.word(string(w)); ok && docDF[t] <= limit && v.writes(cases[t]) == wordCapital && isName(v.stemOf[t]) {
				v.selector[t] = true
			}
		})
	}
}

// isName reports whether a stem is no common English word: a name
// WordNet knows ("kenya"), or a word it does not know at all.
func isName(stem string) bool { return lexicon.Name(stem) || !lexicon.Known(stem) }

// writes returns how the audience's documents write a word.
func (v *view) writes(c wordCase) wordCase {
	if v.audience == Internal {
		return (c | c>>2) & (wordLower | wordCapital)
	}
	return c & (wordLower | wordCapital)
}

// idf returns the IDF of each term from its document frequencies, in a
// base of n entries.
func idf(df []int32, n int) []float32 {
	out := make([]float32, len(df))
	for t, d := range df {
		out[t] = idfOf(d, n)
	}
	return out
}

// idfOf is BM25's IDF of a term d of n entries have.
func idfOf(d int32, n int) float32 {
	return float32(math.Log(1 + (float64(n)-float64(d)+0.5)/(float64(d)+0.5)))
}

// blockPostings returns the postings of list l in block b, given the
// list's next run; it returns the run that follows them.
func (ix *index) blockPostings(l, b, next int32) (postings []posting, after int32) {
	if next == ix.runStart[l+1] || ix.runs[next].block != b {
		return nil, next
	}
	to := ix.start[l+1]
	if next+1 < ix.runStart[l+1] {
		to = ix.runs[next+1].first
	}
	return ix.post[ix.runs[next].first:to], next + 1
}

// buildContext makes the context postings from the shards' sections.
func (ix *index) buildContext(shards []*shard, terms int) {
	ix.ctxStart = make([]int32, terms+1)
	var total float64
	var n int
	for _, sh := range shards {
		for _, p := range sh.ctxPairs {
			ix.ctxStart[p.term+1]++
		}
		for _, st := range sh.contexts {
			if !st.internal {
				total += float64(st.len)
				n++
			}
		}
	}
	for t := range terms {
		ix.ctxStart[t+1] += ix.ctxStart[t]
	}
	if n == 0 { // only internal documents: their own average
		for _, sh := range shards {
			for _, st := range sh.contexts {
				total += float64(st.len)
				n++
			}
		}
	}
	avg := float32(max(total/float64(max(n, 1)), 1))
	ix.ctx = make([]ctxPosting, ix.ctxStart[terms])
	next := slices.Clone(ix.ctxStart[:terms])
	for _, sh := range shards {
		for _, st := range sh.contexts {
			norm := bm25K1 * (1 - contextB + contextB*float32(st.len)/avg)
			for _, p := range sh.ctxPairs[st.first:st.end] {
				tf := float32(p.tf[0])
				k := next[p.term]
				next[p.term]++
				// The section's items: all its entries but its own text.
				c := ctxPosting{ix.sectionStart[st.section] + 1, ix.sectionStart[st.section+1], contextWeight * tf / (tf + norm)}
				if st.internal {
					c.first = ^c.first
				}
				ix.ctx[k] = c
			}
		}
		sh.contexts, sh.ctxPairs = nil, nil
	}
}
