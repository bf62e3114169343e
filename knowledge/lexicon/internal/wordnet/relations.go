package wordnet

import (
	"cmp"
	"slices"
	"strings"

	"github.com/kljensen/snowball/english"
)

// Kind is a relation's kind, as package lexicon numbers them.
type Kind uint8

// The kinds of relation, closest first. Keep in step with package lexicon.
const (
	Inflection Kind = iota + 1
	Synonym
	Derived
	Similar
	Broader
	Narrower
	Defines
)

const (
	// maxKeyWords drops lemmas of more words than this, as keys and as
	// related terms: a question rarely spells out a five-word name, and
	// the search looks phrases up by their first words. Four words keep
	// the names of cities a question may call otherwise ("Saigon" for
	// "Ho Chi Minh City").
	maxKeyWords = 4
	// maxNarrower caps the hyponyms taken from one synset: "city" has
	// hundreds of instances, "person" hundreds of kinds. The most tagged
	// in the semantic concordance are kept.
	maxNarrower = 24
	// minGlossPrefix is how many leading letters a lemma and a word of
	// its gloss must share to be taken as derived from one another:
	// "saboteur: someone who commits sabotage".
	minGlossPrefix = 5
	// maxDefinitions is how many definitions a word may be in and still
	// lead to the words they define (see definitions): "water" or
	// "person" are in thousands, and say too little.
	maxDefinitions = 1000
)

// relReport says what the relations hold and what was left out.
type relReport struct {
	keys, edges                 int
	longLemmas, longTargets     int // lemmas and related terms over maxKeyWords
	cappedSynsets, droppedHypos int // synsets whose hyponyms were capped, and hyponyms left out
	glossDerived                int // derived pairs found through glosses
	commonDefiners              int // words in more than maxDefinitions definitions
	edgesByKind                 [Defines + 1]int
}

type edgeKey struct {
	from, to string
	kind     Kind
}

// relations holds the related keys of each key.
type relations struct {
	keys  []string                 // sorted
	edges map[string][]relatedTerm // by key, sorted
	// common has the keys of lemmas WordNet writes in lowercase, and of
	// irregular forms: the keys that are not only names.
	common map[string]bool
}

type relatedTerm struct {
	key     string
	kind    Kind
	primary bool
}

// keyer turns lemmas into lexicon keys: each word folded for spelling
// and stemmed with Snowball, joined by single spaces.
type keyer struct {
	fold  map[string]string
	cache map[string]string
	n     map[string]int // words in the key
}

func newKeyer(vs []variant) *keyer {
	k := &keyer{fold: map[string]string{}, cache: map[string]string{}, n: map[string]int{}}
	for _, v := range vs {
		k.fold[v.uk] = v.us
	}
	return k
}

// key returns the key of a lemma and its number of words.
func (k *keyer) key(lemma string) (string, int) {
	if s, ok := k.cache[lemma]; ok {
		return s, k.n[lemma]
	}
	ws := words(lemma)
	for i, w := range ws {
		if f, ok := k.fold[w]; ok {
			w = f
		}
		ws[i] = english.Stem(w, false)
	}
	s := strings.Join(ws, " ")
	k.cache[lemma], k.n[lemma] = s, len(ws)
	return s, len(ws)
}

// isPrimary reports whether a sense is among its lemma's most frequent:
// tagged at least half as often as the lemma's most tagged sense in any
// part of speech, or, for a lemma never tagged, first in its part of
// speech.
func isPrimary(senses []sense, s sense) bool {
	top := 0
	for _, t := range senses {
		top = max(top, t.tags)
	}
	if top == 0 {
		return s.number == 1
	}
	return s.tags*2 >= top
}

func kindOf(sym string) Kind {
	switch sym {
	case "@", "@i":
		return Broader
	case "~":
		return Narrower // not "~i": instances are names (bin laden for terrorist)
	case "+", "\\", "<":
		return Derived // derivation, pertainym, participle
	case "&", "^":
		return Similar
	}
	return 0
}

// build computes the relations of every key.
func build(d *db, k *keyer) (*relations, relReport) {
	var rep relReport
	edges := map[edgeKey]bool{} // value: primary
	add := func(from, to string, kind Kind, primary bool) {
		if from == to || from == "" || to == "" {
			return
		}
		e := edgeKey{from, to, kind}
		edges[e] = edges[e] || primary
	}
	keys := map[string]bool{}
	// senseOf finds a lemma's sense in a synset, for the primary bit of
	// reversed links.
	senseOf := func(lemma string, synset int) (sense, bool) {
		for _, s := range d.senses[lemma] {
			if s.synset == synset {
				return s, true
			}
		}
		return sense{}, false
	}
	hypos := narrowerKept(d, &rep)
	glossWords := glossDerivations(d)

	minor := minorLemmas(d, k)
	for _, lemma := range d.lemmas {
		from, n := k.key(lemma)
		if n == 0 {
			continue
		}
		if n > maxKeyWords {
			rep.longLemmas++
			continue
		}
		keys[from] = true
		senses := d.senses[lemma]
		for _, s := range senses {
			primary := isPrimary(senses, s) && !minor[lemma]
			syn := &d.synsets[s.synset]
			self := slices.Index(syn.words, lemma)
			target := func(w string, kind Kind) {
				to, n := k.key(w)
				if n > maxKeyWords {
					rep.longTargets++
					return
				}
				add(from, to, kind, primary)
			}
			for _, w := range syn.words {
				target(w, Synonym)
			}
			for _, p := range syn.ptrs {
				kind := kindOf(p.sym)
				if kind == 0 || p.src != 0 && p.src-1 != self {
					continue
				}
				if kind == Narrower && !hypos[s.synset][p.target] {
					continue
				}
				t := &d.synsets[p.target]
				tw := t.words
				if p.dst != 0 {
					tw = tw[p.dst-1 : p.dst]
				}
				for _, w := range tw {
					target(w, kind)
					if kind == Derived {
						// Derivations go both ways; WordNet lists most
						// twice, but not pertainyms (solar -> sun).
						if ts, ok := senseOf(w, p.target); ok {
							to, n := k.key(w)
							if n <= maxKeyWords {
								add(to, from, Derived, isPrimary(d.senses[w], ts) && !minor[w])
							}
						}
					}
				}
			}
			for _, g := range glossWords[s.synset][lemma] {
				to, _ := k.key(g)
				if to != from && !edges[edgeKey{from, to, Derived}] {
					rep.glossDerived++
				}
				add(from, to, Derived, primary)
				add(to, from, Derived, primary)
			}
		}
	}
	// Irregular inflections, both ways: mice and mouse, went and go.
	for _, form := range d.excForms {
		from, n := k.key(form)
		if n == 0 || n > maxKeyWords {
			continue
		}
		for _, base := range d.exceptions[form] {
			to, n := k.key(base)
			if n == 0 || n > maxKeyWords || to == from {
				continue
			}
			keys[from], keys[to] = true, true
			add(from, to, Inflection, true)
			add(to, from, Inflection, true)
		}
	}

	for _, e := range definitions(d, k, keys, &rep) {
		add(e.from, e.to, Defines, true)
	}

	common := map[string]bool{}
	for _, lemma := range d.lemmas {
		if from, n := k.key(lemma); n > 0 && d.common[lemma] {
			common[from] = true
		}
	}
	for _, form := range d.excForms {
		if from, n := k.key(form); n > 0 {
			common[from] = true
		}
	}
	r := &relations{keys: sortedKeys(keys), edges: map[string][]relatedTerm{}, common: common}
	for e, primary := range edges {
		if !keys[e.to] {
			keys[e.to] = true // a related term that is no lemma key of its own
		}
		r.edges[e.from] = append(r.edges[e.from], relatedTerm{e.to, e.kind, primary})
		rep.edgesByKind[e.kind]++
	}
	r.keys = sortedKeys(keys)
	for key, ts := range r.edges {
		slices.SortFunc(ts, func(a, b relatedTerm) int {
			if c := cmp.Compare(a.kind, b.kind); c != 0 {
				return c
			}
			if a.primary != b.primary {
				if a.primary {
					return -1
				}
				return 1
			}
			return strings.Compare(a.key, b.key)
		})
		r.edges[key] = ts
	}
	rep.keys, rep.edges = len(r.keys), len(edges)
	return r, rep
}

// minorLemmas returns the lemmas that are rare beside another of the
// same key: tagged less than a tenth as often as the most tagged lemma of
// their key, when that one is tagged at least ten times. "hospitable"
// shares the key "hospit" with "hospital", and "flooding" shares "flood"
// with "flood": their senses are not the key's most frequent.
func minorLemmas(d *db, k *keyer) map[string]bool {
	weight := map[string]int{}
	top := map[string]int{}
	for _, lemma := range d.lemmas {
		for _, s := range d.senses[lemma] {
			weight[lemma] += s.tags
		}
		key, _ := k.key(lemma)
		top[key] = max(top[key], weight[lemma])
	}
	minor := map[string]bool{}
	for _, lemma := range d.lemmas {
		key, _ := k.key(lemma)
		if t := top[key]; t >= 10 && weight[lemma]*10 < t {
			minor[lemma] = true
		}
	}
	return minor
}

// narrowerKept returns, for each synset, the hyponyms kept: all of them
// up to maxNarrower, else the maxNarrower most often tagged.
func narrowerKept(d *db, rep *relReport) map[int]map[int]bool {
	tags := make([]int, len(d.synsets))
	for _, lemma := range d.lemmas {
		for _, s := range d.senses[lemma] {
			tags[s.synset] += s.tags
		}
	}
	kept := map[int]map[int]bool{}
	for i, s := range d.synsets {
		var hs []int
		for _, p := range s.ptrs {
			if p.sym == "~" {
				hs = appendNew(hs, p.target)
			}
		}
		if len(hs) > maxNarrower {
			rep.cappedSynsets++
			rep.droppedHypos += len(hs) - maxNarrower
			slices.SortStableFunc(hs, func(a, b int) int { return cmp.Compare(tags[b], tags[a]) })
			hs = hs[:maxNarrower]
		}
		m := map[int]bool{}
		for _, h := range hs {
			m[h] = true
		}
		kept[i] = m
	}
	return kept
}

// definitions returns the edges from the words of a lemma's definitions
// to the lemma: from each word of the gloss of the lemma's first sense in
// each part of speech, examples left out. "molasses" is "thick dark
// syrup produced by boiling down juice from sugar cane", so "syrup",
// "boil" and "cane" lead to it, and a question that describes a thing
// in other words than its name can find it. Only single-word lemmas are led to, only from
// words that are keys of their own, and not from words in more than
// maxDefinitions definitions.
func definitions(d *db, k *keyer, keys map[string]bool, rep *relReport) []edgeKey {
	firsts := map[int][]string{} // synset: the single-word lemmas it is the first sense of
	for _, lemma := range d.lemmas {
		if key, n := k.key(lemma); n != 1 || !keys[key] {
			continue
		}
		for _, s := range d.senses[lemma] {
			if s.number == 1 {
				firsts[s.synset] = appendNew(firsts[s.synset], lemma)
			}
		}
	}
	count := map[string]int{} // definitions a key is in
	var out []edgeKey
	for _, i := range sortedKeys(firsts) {
		seen := map[string]bool{}
		for _, part := range strings.Split(d.synsets[i].gloss, ";") {
			part = strings.TrimSpace(part)
			if strings.HasPrefix(part, "\"") {
				continue // an example
			}
			for _, w := range words(strings.ToLower(part)) {
				if len(w) < 3 || english.IsStopWord(w) {
					continue
				}
				from, _ := k.key(w)
				if !keys[from] || seen[from] {
					continue
				}
				seen[from] = true
				count[from]++
				for _, lemma := range firsts[i] {
					if to, _ := k.key(lemma); to != from {
						out = append(out, edgeKey{from, to, Defines})
					}
				}
			}
		}
	}
	kept := out[:0]
	for _, e := range out {
		if count[e.from] <= maxDefinitions {
			kept = append(kept, e)
		}
	}
	for _, n := range count {
		if n > maxDefinitions {
			rep.commonDefiners++
		}
	}
	return kept
}

// glossDerivations finds derived words that WordNet relates only through
// a gloss: the definition of "saboteur" is "someone who commits
// sabotage". For each synset and single-word lemma, it returns the
// lemmas of the definition (the gloss before any example) that share at
// least the lemma's first minGlossPrefix letters and differ from it only
// by derivational endings (-age and -eur), so "spoonbill" is not taken
// from "spoon".
func glossDerivations(d *db) map[int]map[string][]string {
	out := map[int]map[string][]string{}
	for i, s := range d.synsets {
		def, _, _ := strings.Cut(s.gloss, ";")
		gws := words(strings.ToLower(def))
		for _, lemma := range s.words {
			if len(words(lemma)) != 1 || words(lemma)[0] != lemma || len(lemma) < minGlossPrefix+1 {
				continue
			}
			for _, g := range gws {
				if g == lemma || len(d.senses[g]) == 0 {
					continue
				}
				p := commonPrefix(lemma, g)
				if p < minGlossPrefix || !derivationalEndings[lemma[p:]] || !derivationalEndings[g[p:]] {
					continue
				}
				if out[i] == nil {
					out[i] = map[string][]string{}
				}
				out[i][lemma] = appendNew(out[i][lemma], g)
			}
		}
	}
	return out
}

// derivationalEndings are the endings that tell derived words apart
// once their common beginning is cut off: terror-ist, terror-ism.
var derivationalEndings = map[string]bool{
	"": true, "e": true, "y": true, "er": true, "or": true, "ar": true, "ee": true,
	"eur": true, "ist": true, "ism": true, "ian": true, "an": true, "al": true,
	"ial": true, "ic": true, "ical": true, "ity": true, "ty": true, "ion": true,
	"ation": true, "ition": true, "tion": true, "sion": true, "ment": true,
	"ness": true, "ous": true, "ious": true, "ive": true, "ize": true,
	"ise": true, "ing": true, "ed": true, "ly": true, "ary": true, "ery": true,
	"ory": true, "ure": true, "ance": true, "ence": true, "ancy": true,
	"ency": true, "ant": true, "ent": true, "age": true, "able": true,
	"ible": true, "ship": true, "hood": true, "dom": true, "ese": true,
	"ite": true, "ate": true, "ology": true, "ologist": true,
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}
