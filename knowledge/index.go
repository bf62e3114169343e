package knowledge

import (
	"encoding/binary"
	"maps"
	"math"
	"slices"
	"sort"
	"sync"
	"unicode/utf8"

	"github.com/briefbot/briefbot/knowledge/lexicon"
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
// entries a question finds by their own words. Its weight was 0.25
// until the held-out sets showed that people name a topic by its
// section and briefing as much as by the entry's own words: at 0.4, 11
// more of their 3,638 questions were answered right first, and no more
// out-of-scope ones were answered.
const (
	contextWeight = 0.4
	contextB      = 0.5
)

// valScale is the scale of posting values: the term's saturated,
// field-weighted frequency in the entry, in 65,535ths.
const valScale = 1<<16 - 1

// index is an inverted index of a Base's entries, made of segments (see
// segment). It is never changed once built; a reload builds a new one
// that shares what did not change with the old.
type index struct {
	n int32 // entries

	// words are the words the briefings write (lowercased, folded) by
	// word ID, and terms their stems by term ID. IDs stay the same from
	// a base to the one a reload makes of it; a word no document has any
	// more is left out of the maps, its term set to -1.
	words    map[string]int32
	wordStr  []string
	wordTerm []int32
	terms    map[string]int32
	stemOf   []string

	// What the documents have, counted, so that a reload can take a
	// document's share away: by word, the documents whose words it is
	// and, by audience, those that count it in an entry; by term, the
	// words that stem to it, its postings and the documents with any,
	// by audience (Internal counting every document), and the documents
	// writing it in each case (by bit of wordCase).
	wordDocs  []int32
	wordSeen  [][2]int32
	termWords []int32
	df        [2][]int32
	docDF     [2][]int32
	titleDocs [2][]int32 // documents with the term in their title, by audience
	cases     [][4]int32
	upperDocs map[string][2]int32
	totals    totals

	// views are what each audience sees of the index: the statistics of
	// the documents it may read, and no more (see view).
	views [2]view

	// segs are the segments, first[i] the number of segs[i]'s first
	// entry (and first[len(segs)] = n), and vals their values under
	// avg and ctxAvg.
	segs  []*segment
	first []int32
	vals  []*segValues
	// heads has, by segment, what answering reads of it, side by side:
	// a question moves every list it reads from segment to segment, and
	// reaching each segment's own structures for that missed the
	// processor's cache every time.
	heads  []segHead
	avg    [numFields]float32
	ctxAvg float32
	// Each term has four posting lists, by whether the entries have the
	// term in their title and whether they are of internal documents (see
	// listOf). List l's postings are in the segments' runs
	// runs[runStart[l]:runStart[l+1]], in entry order; maxVal[l] is the
	// largest of their values, for MaxScore pruning.
	runStart []int32
	runs     []segRun
	maxVal   []float32
	// The context postings of term t are in ctxRuns[ctxRunStart[t]:ctxRunStart[t+1]].
	ctxRunStart []int32
	ctxRuns     []segRun

	// stems lists every term's stem in order, for finding the terms a
	// stem is a prefix of.
	stems []string

	// upper has the words the briefings write in capitals, lowercased
	// (see acronymMark), with the audiences whose documents do.
	upper map[string]audiences

	// synonyms maps the stems of a phrase a question may say, joined by
	// spaces, to the terms of each phrase it finds (see Synonyms).
	synonyms map[string][][]int32

	// Spelling: a map from the hash of each word long enough to correct,
	// with at most one letter deleted, to the words' IDs.
	deletes map[uint64][]int32

	// docParts has, by document, where its first and last parts are in
	// segs, for othersAbove; made the first time it is needed (see
	// partsOf), not by a load: 0.44 MB at 10,000 gencorpus documents,
	// 1.75 MB at 30,000, made in 1 and 3 ms.
	docPartsOnce sync.Once
	docParts     map[*Document][2]partAt
}

// partAt is where a segment's part is: parts[part] of segs[seg].
type partAt struct{ seg, part int32 }

// partsOf returns where document d's first and last parts are in the
// index's segments, and false if it has none. Every part of d is
// between them, in the segments' order and each segment's parts'.
func (ix *index) partsOf(d *Document) ([2]partAt, bool) {
	ix.docPartsOnce.Do(func() {
		n := 0
		for _, seg := range ix.segs {
			n += len(seg.parts)
		}
		m := make(map[*Document][2]partAt, n)
		for k, seg := range ix.segs {
			for j, p := range seg.parts {
				at := partAt{int32(k), int32(j)}
				if r, ok := m[p.doc]; ok {
					m[p.doc] = [2]partAt{r[0], at}
				} else {
					m[p.doc] = [2]partAt{at, at}
				}
			}
		}
		ix.docParts = m
	})
	r, ok := ix.docParts[d]
	return r, ok
}

// segHead is what answering reads of a segment (see index.heads).
type segHead struct {
	first    int32
	post     []uint32
	vals     []float32
	ctx      []uint32
	ctxVals  []float32
	sections []segSection
}

// segRun is where a list's postings in one segment are:
// segs[seg].post[from:to], or its context postings segs[seg].ctx[from:to].
type segRun struct {
	seg      int32
	from, to int32
}

// totals are the lengths normalisation needs, by audience (Internal
// counting every document): entries and their field lengths, sections
// and their context's length.
type totals struct {
	entries [2]int64
	lens    [2][numFields]int64
	secs    [2]int64
	ctxLen  [2]int64
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

// seen returns the audiences whose documents count word w in an entry.
func (ix *index) seen(w int32) audiences {
	var s audiences
	for a, n := range ix.wordSeen[w] {
		if n > 0 {
			s |= 1 << a
		}
	}
	return s
}

// known reports whether the audience's entries have term t.
func (v *view) known(t int32) bool { return v.has == nil || v.has[t] }

// word returns the term of a word as written, if the audience's entries
// have it. A word only internal documents write is unknown to a public
// audience even when its term is public ("come" of "coming"): the word
// itself would tell of an internal document.
func (v *view) word(w string) (int32, bool) {
	id, ok := v.words[w]
	if !ok {
		return 0, false
	}
	if v.audience != Internal && v.wordSeen[id][Public] == 0 {
		return 0, false
	}
	t := v.wordTerm[id]
	return t, v.known(t)
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

// stale reports whether so many words have come and gone over reloads
// that the index should be built afresh: the words no document has any
// more keep their IDs and their place in the spelling index, so that
// the old base's stay valid.
func (ix *index) stale() bool { return len(ix.wordStr) > 2*len(ix.words)+1024 }

// segmentOf returns the segment entry e is in.
func (ix *index) segmentOf(e int32) int {
	return sort.Search(len(ix.segs), func(i int) bool { return ix.first[i+1] > e })
}

// title appends entry e's title, as term IDs, to dst and returns it.
// Titles are kept as varints: callers pass a small array on their stack.
func (ix *index) title(e int32, dst []int32) []int32 {
	i := ix.segmentOf(e)
	s, k := ix.segs[i], e-ix.first[i]
	for b := s.titleTerms[s.titleStart[k]:s.titleStart[k+1]]; len(b) > 0; {
		v, n := binary.Uvarint(b)
		dst = append(dst, int32(uint32(v)))
		b = b[n:]
	}
	return dst
}

// entry returns entry e.
func (ix *index) entry(e int32) *Entry {
	i := ix.segmentOf(e)
	s, k := ix.segs[i], e-ix.first[i]
	j := sort.Search(len(s.parts), func(j int) bool { return s.parts[j].at+s.parts[j].to-s.parts[j].from > k })
	p := s.parts[j]
	return &p.doc.entries[p.from+k-p.at]
}

// builder makes an index: from scratch, or from the index of the base a
// reload starts from, taking away the documents that are gone and adding
// the new ones. It copies what it changes; the old index stays as it was.
type builder struct {
	ix   *index // the index being made
	prev *index
	// ownWords and ownTerms are set once the maps are copies of
	// prev's, which may be changed.
	ownWords, ownTerms bool
	newWords           []int32 // words added
	goneWords          []int32 // words some removed document had
	termsChanged       bool

	// Scratch, by term.
	mark    []int32
	caseOf  []wordCase
	stamp   int32
	wids    []int32
	lterm   []int32
	perWord []int32 // by local word ID, zero between documents
	touched []int32
	// kept is the block the documents' terms are kept in (see keep).
	kept *termBlock

	plan
}

func newBuilder(prev *index) *builder {
	b := &builder{prev: prev}
	b.groupSeg = -1
	ix := &index{}
	b.ix = ix
	if prev == nil {
		ix.words, ix.terms = make(map[string]int32), make(map[string]int32)
		ix.upperDocs = make(map[string][2]int32)
		b.ownWords, b.ownTerms = true, true
		return b
	}
	ix.words, ix.terms = prev.words, prev.terms
	ix.wordStr = slices.Clip(prev.wordStr)
	ix.wordTerm = slices.Clone(prev.wordTerm)
	ix.stemOf = slices.Clip(prev.stemOf)
	ix.wordDocs = slices.Clone(prev.wordDocs)
	ix.wordSeen = slices.Clone(prev.wordSeen)
	ix.termWords = slices.Clone(prev.termWords)
	for a := range 2 {
		ix.df[a] = slices.Clone(prev.df[a])
		ix.docDF[a] = slices.Clone(prev.docDF[a])
		ix.titleDocs[a] = slices.Clone(prev.titleDocs[a])
	}
	ix.cases = slices.Clone(prev.cases)
	ix.upperDocs = maps.Clone(prev.upperDocs)
	ix.totals = prev.totals
	b.mark = make([]int32, len(ix.stemOf))
	b.caseOf = make([]wordCase, len(ix.stemOf))
	return b
}

// newWord adds a word no document had.
func (b *builder) newWord(w string) int32 {
	ix := b.ix
	if !b.ownWords {
		ix.words, b.ownWords = maps.Clone(ix.words), true
	}
	id := int32(len(ix.wordStr))
	ix.words[w] = id
	ix.wordStr = append(ix.wordStr, w)
	ix.wordDocs = append(ix.wordDocs, 0)
	ix.wordSeen = append(ix.wordSeen, [2]int32{})
	// A word is stemmed once, here: it is new. (A cache of stems kept
	// every word again, a megabyte at 10,000 gencorpus documents, and
	// was never read twice for a word.)
	stem := w // initials are not English
	if !isAcronym(w) {
		stem = snowStem(w)
	}
	t, ok := ix.terms[stem]
	if !ok {
		if !b.ownTerms {
			ix.terms, b.ownTerms = maps.Clone(ix.terms), true
		}
		t = int32(len(ix.stemOf))
		ix.terms[stem] = t
		ix.stemOf = append(ix.stemOf, stem)
		ix.termWords = append(ix.termWords, 0)
		for a := range 2 {
			ix.df[a] = append(ix.df[a], 0)
			ix.docDF[a] = append(ix.docDF[a], 0)
			ix.titleDocs[a] = append(ix.titleDocs[a], 0)
		}
		ix.cases = append(ix.cases, [4]int32{})
		b.mark = append(b.mark, 0)
		b.caseOf = append(b.caseOf, 0)
		b.termsChanged = true
	}
	ix.termWords[t]++
	ix.wordTerm = append(ix.wordTerm, t)
	b.newWords = append(b.newWords, id)
	return id
}

// count adds a document's words, postings and lengths to the index's
// counts (sign 1) or takes them away (sign -1). Adding a document also
// turns its local word IDs into term IDs.
func (b *builder) count(dt *docTerms, sign int32) {
	ix := b.ix
	aud := dt.doc.Audience
	if aud != Internal {
		aud = Public
	}
	public := aud == Public
	wids := b.wids[:0]
	for _, r := range dt.words {
		id := r.id
		if id < 0 {
			var ok bool
			if id, ok = ix.words[r.word]; !ok {
				if sign < 0 {
					panic("knowledge: a document the index has has a word it lacks: " + r.word)
				}
				id = b.newWord(r.word)
			}
			r.id = id
		}
		wids = append(wids, id)
	}
	b.wids = wids
	for i, id := range wids {
		ix.wordDocs[id] += sign
		if dt.added[i] {
			ix.wordSeen[id][aud] += sign
		}
		if sign < 0 {
			b.goneWords = append(b.goneWords, id)
		}
	}
	// How the document writes each term, from all its words.
	b.stamp++
	stamp := b.stamp
	touched := b.touched[:0]
	for i, id := range wids {
		t := ix.wordTerm[id]
		if b.mark[t] != stamp {
			b.mark[t], b.caseOf[t] = stamp, 0
			touched = append(touched, t)
		}
		b.caseOf[t] |= dt.cases[i]
	}
	b.touched = touched
	for _, t := range touched {
		for bit := range 4 {
			if b.caseOf[t]&(1<<bit) != 0 {
				ix.cases[t][bit] += sign
			}
		}
	}
	// The document's local word IDs as term IDs.
	lterm := b.lterm[:0]
	for _, id := range wids {
		lterm = append(lterm, ix.wordTerm[id])
	}
	b.lterm = lterm
	// Postings and documents by term, for every audience that reads
	// the document: by local word first, in an array of a few hundred,
	// then one figure a word.
	perWord := slices.Grow(b.perWord[:0], len(wids))[:len(wids)]
	for _, p := range dt.pairs {
		perWord[p.term]++
	}
	b.stamp++
	stamp = b.stamp
	mark := b.mark
	dfI, docI := ix.df[Internal], ix.docDF[Internal]
	dfP, docP := ix.df[Public], ix.docDF[Public]
	for w, n := range perWord {
		if n == 0 {
			continue
		}
		perWord[w] = 0
		t := lterm[w]
		dfI[t] += sign * n
		if public {
			dfP[t] += sign * n
		}
		if mark[t] != stamp {
			mark[t] = stamp
			docI[t] += sign
			if public {
				docP[t] += sign
			}
		}
	}
	b.perWord = perWord
	// The terms of the document's title, for the selectors: every word
	// of it is one of the document's (see buildSelectors).
	b.stamp++
	stamp = b.stamp
	tokenize(dt.doc.Title, func(w []byte, _ int, _ bool) {
		id, ok := ix.words[string(w)]
		if !ok {
			// The index has "Malmö" and "Montréal" folded (see
			// lexicon.Fold).
			id, ok = ix.words[lexicon.Fold(string(w))]
		}
		if ok {
			if t := ix.wordTerm[id]; b.mark[t] != stamp {
				b.mark[t] = stamp
				ix.titleDocs[Internal][t] += sign
				if public {
					ix.titleDocs[Public][t] += sign
				}
			}
		}
	})
	if sign > 0 {
		for k, w := range dt.titles {
			dt.titles[k] = lterm[w]
		}
		dt.terms = append(dt.terms[:0], lterm...)
	}
	tot := &ix.totals
	for _, lens := range dt.lens {
		for f, n := range lens {
			tot.lens[Internal][f] += int64(sign) * int64(n)
			if public {
				tot.lens[Public][f] += int64(sign) * int64(n)
			}
		}
	}
	tot.entries[Internal] += int64(sign) * int64(len(dt.lens))
	if public {
		tot.entries[Public] += int64(sign) * int64(len(dt.lens))
	}
	for _, sec := range dt.secs {
		tot.secs[Internal] += int64(sign)
		tot.ctxLen[Internal] += int64(sign) * int64(sec.len)
		if public {
			tot.secs[Public] += int64(sign)
			tot.ctxLen[Public] += int64(sign) * int64(sec.len)
		}
	}
	for _, w := range dt.upper {
		n := ix.upperDocs[w]
		n[aud] += sign
		if n == [2]int32{} {
			delete(ix.upperDocs, w)
		} else {
			ix.upperDocs[w] = n
		}
	}
	if sign > 0 {
		b.keep(dt)
	}
}

// dropGone takes the words no document has any more out of the maps.
func (b *builder) dropGone() {
	ix := b.ix
	for _, id := range b.goneWords {
		if ix.wordDocs[id] != 0 || ix.wordTerm[id] < 0 {
			continue
		}
		if !b.ownWords {
			ix.words, b.ownWords = maps.Clone(ix.words), true
		}
		delete(ix.words, ix.wordStr[id])
		t := ix.wordTerm[id]
		ix.wordTerm[id] = -1
		if ix.termWords[t]--; ix.termWords[t] == 0 {
			if !b.ownTerms {
				ix.terms, b.ownTerms = maps.Clone(ix.terms), true
			}
			delete(ix.terms, ix.stemOf[t])
			b.termsChanged = true
		}
	}
}

// finish computes what depends on every document: the statistics of
// each audience's view, the segments' values, the lists' runs, the
// spelling index, the selectors and the synonyms. docs are the base's
// documents in order.
func (b *builder) finish(docs []*Document, syn Synonyms, run func(tasks []func())) *index {
	ix, prev := b.ix, b.prev
	b.dropGone()
	ix.segs = make([]*segment, len(b.segs))
	for i, s := range b.segs {
		ix.segs[i] = *s
	}
	ix.first = make([]int32, len(ix.segs)+1)
	for i, s := range ix.segs {
		ix.first[i+1] = ix.first[i] + s.n
	}
	ix.n = ix.first[len(ix.segs)]

	// Lengths are normalised by the public entries' average, so that a
	// public entry's postings are the same whatever internal documents
	// there are; a base with only internal documents uses them all.
	tot := ix.totals
	publicN, publicTotal := tot.entries[Public], tot.lens[Public]
	if publicN == 0 {
		publicN, publicTotal = tot.entries[Internal], tot.lens[Internal]
	}
	for f := range numFields {
		ix.avg[f] = float32(max(float64(publicTotal[f])/float64(max(publicN, 1)), 1))
	}
	ctxN, ctxTotal := tot.secs[Public], tot.ctxLen[Public]
	if ctxN == 0 { // only internal documents: their own average
		ctxN, ctxTotal = tot.secs[Internal], tot.ctxLen[Internal]
	}
	ix.ctxAvg = float32(max(float64(ctxTotal)/float64(max(ctxN, 1)), 1))

	// The segments' values: new ones for new segments, and for all when
	// the averages changed.
	ix.vals = make([]*segValues, len(ix.segs))
	same := prev != nil && prev.avg == ix.avg && prev.ctxAvg == ix.ctxAvg
	var old map[*segment]*segValues
	if same {
		old = make(map[*segment]*segValues, len(prev.segs))
		for i, s := range prev.segs {
			old[s] = prev.vals[i]
		}
	}
	var tasks []func()
	for i, s := range ix.segs {
		if v, ok := old[s]; ok {
			ix.vals[i] = v
			continue
		}
		tasks = append(tasks, func() { ix.vals[i] = s.values(ix.avg, ix.ctxAvg) })
	}
	run(tasks)
	b.buildRuns()

	terms := len(ix.stemOf)
	n := int(tot.entries[Internal])
	ix.views[Internal] = view{index: ix, audience: Internal, idf: idf(ix.df[Internal], n), idfUnseen: idfOf(0, n)}
	pn := int(tot.entries[Public])
	if pn == 0 {
		pn = n
	}
	pub := view{index: ix, audience: Public, idf: idf(ix.df[Public], pn), idfUnseen: idfOf(0, pn), has: make([]bool, terms)}
	for t, d := range ix.df[Public] {
		pub.has[t] = d > 0
	}
	ix.views[Public] = pub
	for a := range ix.views {
		ix.views[a].buildSelectors(docs)
	}

	if prev != nil && !b.termsChanged {
		ix.stems = prev.stems
	} else {
		ix.stems = make([]string, 0, len(ix.terms))
		for stem := range ix.terms {
			ix.stems = append(ix.stems, stem)
		}
		slices.Sort(ix.stems)
	}
	if prev != nil && maps.Equal(prev.upperDocs, ix.upperDocs) {
		ix.upper = prev.upper
	} else {
		ix.upper = make(map[string]audiences, len(ix.upperDocs))
		for w, n := range ix.upperDocs {
			var a audiences
			for k, c := range n {
				if c > 0 {
					a |= 1 << k
				}
			}
			ix.upper[w] = a
		}
	}
	b.buildSpelling()
	ix.buildSynonyms(syn)
	return ix
}

// buildRuns lists where each list's postings are, segment by segment,
// with each list's largest value.
func (b *builder) buildRuns() {
	ix := b.ix
	lists := listsPerTerm * len(ix.stemOf)
	ix.runStart = make([]int32, lists+1)
	ix.ctxRunStart = make([]int32, len(ix.stemOf)+1)
	for _, s := range ix.segs {
		for _, l := range s.lists {
			ix.runStart[l+1]++
		}
		for _, t := range s.ctxTerms {
			ix.ctxRunStart[t+1]++
		}
	}
	for l := range lists {
		ix.runStart[l+1] += ix.runStart[l]
	}
	for t := range ix.stemOf {
		ix.ctxRunStart[t+1] += ix.ctxRunStart[t]
	}
	ix.runs = make([]segRun, ix.runStart[lists])
	ix.ctxRuns = make([]segRun, ix.ctxRunStart[len(ix.stemOf)])
	next := slices.Clone(ix.runStart[:lists])
	nextCtx := slices.Clone(ix.ctxRunStart[:len(ix.stemOf)])
	ix.maxVal = make([]float32, lists)
	ix.heads = make([]segHead, len(ix.segs))
	for k, s := range ix.segs {
		v := ix.vals[k]
		ix.heads[k] = segHead{ix.first[k], s.post, v.vals, s.ctx, v.ctxVals, s.sections}
	}
	for k, s := range ix.segs {
		v := ix.vals[k]
		for i, l := range s.lists {
			ix.runs[next[l]] = segRun{int32(k), s.start[i], s.start[i+1]}
			next[l]++
			ix.maxVal[l] = max(ix.maxVal[l], v.listMax[i])
		}
		for i, t := range s.ctxTerms {
			ix.ctxRuns[nextCtx[t]] = segRun{int32(k), s.ctxStart[i], s.ctxStart[i+1]}
			nextCtx[t]++
		}
	}
}

// buildSpelling indexes the words that spelling correction may suggest:
// every word of four letters or more but initials. A reload adds the new
// words to a copy of the old index; words gone stay in it, and
// correction passes them over.
func (b *builder) buildSpelling() {
	ix := b.ix
	if b.prev == nil {
		ix.deletes = make(map[uint64][]int32)
	} else if len(b.newWords) == 0 {
		ix.deletes = b.prev.deletes
		return
	} else {
		ix.deletes = maps.Clone(b.prev.deletes)
	}
	own := map[uint64]bool{}
	for _, k := range b.newWords {
		w := ix.wordStr[k]
		if utf8.RuneCountInString(w) < minCorrectable || isAcronym(w) {
			continue
		}
		forDeletes(w, func(h uint64) {
			list := ix.deletes[h]
			if len(list) == 0 || list[len(list)-1] != k {
				if b.prev != nil && !own[h] {
					list, own[h] = slices.Clip(list), true // the old index's list stays as it was
				}
				ix.deletes[h] = append(list, k)
			}
		})
	}
}

// buildSelectors marks the terms that name a document (see selector):
// names (capitalized in running text, never written in lowercase, or
// written only in titles and headings and a name to WordNet) in
// the title of a document, and in at most a quarter of the documents.
// A name may be an English word too: the base that writes "Lake Bled"
// and "Chile" only so means the places, not "bled" and the pepper. A base of one or two documents has none:
// there is nothing to tell apart.
//
// Every word of a document's title is counted in its sections' own
// text, so the audiences that may read the document know it; the index
// counts the documents with each term in their title (titleDocs), and
// the selectors are worked out from the counts.
func (v *view) buildSelectors(docs []*Document) {
	a := v.audience
	v.selector = make([]bool, len(v.stemOf))
	n := 0
	for _, d := range docs {
		if a.CanRead(d.Audience) {
			n++
		}
	}
	if n < 3 {
		return
	}
	limit := int32(max(1, n/4))
	for t, k := range v.titleDocs[a] {
		if k > 0 && v.docDF[a][t] <= limit && (v.writes(v.cases[t]) == wordCapital || v.writes(v.cases[t]) == 0 && isName(v.stemOf[t])) {
			v.selector[t] = true
		}
	}
}

// isName reports whether a stem is no common English word: a name
// WordNet knows ("kenya"), or a word it does not know at all.
func isName(stem string) bool { return lexicon.Name(stem) || !lexicon.Known(stem) }

// writes returns how the audience's documents write a word, from the
// counts of documents writing it each way.
func (v *view) writes(n [4]int32) wordCase {
	var c wordCase
	for bit, k := range n {
		if k > 0 {
			c |= 1 << bit
		}
	}
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
