// Package lexicon is a general English lexicon built into the binary:
// the synonyms, derivations and broader and narrower terms of WordNet
// 3.0, a table of British and American spellings, and the words that
// GloVe's vectors place nearest each common word (see Neighbors).
//
// Words are looked up by key: the Snowball English stem
// (english.Stem(w, false)) of the word, lowercased and passed through
// Fold first; a phrase's key is the keys of its words joined by single
// spaces ("medical facility" is "medic facil"), with a possessive 's
// dropped and hyphens and other punctuation taken as spaces. Keys and
// related terms have at most four words.
//
// The table is generated from WordNet by ./internal/gen (go generate)
// and embedded; it is read in place, so importing the package costs no
// time at start-up and lookups do not allocate. WordNet is used under
// its licence, in LICENSE-WordNet; the neighbours' table, neighbors.bin,
// is generated the same way from GloVe (LICENSE-GloVe).
package lexicon

//go:generate go run ./internal/gen -out lexicon.bin

import (
	_ "embed"
	"fmt"
	"strings"
)

// A Kind is how a related term relates to the key it was found for.
type Kind uint8

// The kinds of relation, closest in meaning first.
const (
	// Inflection links an irregular form and its base: mice and mouse,
	// went and go (WordNet's exception lists), both ways.
	Inflection Kind = iota + 1
	// Synonym links the words of one WordNet meaning (synset):
	// hospital and infirmary.
	Synonym
	// Derived links derivationally related words, both ways: terrorist
	// and terrorism, sabotage and saboteur, solar and sun.
	Derived
	// Similar links adjectives WordNet calls similar, and "see also"
	// terms: rural and agrarian.
	Similar
	// Broader links a word to its hypernyms, one level up, instances to
	// their class: hospital to medical building.
	Broader
	// Narrower links a word to its hyponyms, one level down, at most 24
	// per meaning: hospital to mental hospital.
	Narrower
	// Defines links a word to the words whose definition it is in:
	// syrup to molasses, "thick dark syrup produced by boiling down juice
	// from sugar cane". The table keeps them apart: Related never gives
	// them; Defined does.
	Defines
)

var kindNames = [...]string{"", "inflection", "synonym", "derived", "similar", "broader", "narrower", "defines"}

// String returns the kind's name: "synonym", "broader", ...
func (k Kind) String() string {
	if int(k) < len(kindNames) && k > 0 {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// Known reports whether key is the key of a WordNet lemma or of one of
// its irregular forms: Known("narcot") is true, Known("counternarcot")
// false.
func Known(key string) bool {
	_, ok := tab.find(key)
	return ok
}

// Name reports whether WordNet knows key only as a name, always written
// capitalized: a country, a people, a place ("kenya", "thai"), not a
// word that also has a common meaning ("cooper", "turkey").
func Name(key string) bool {
	i, ok := tab.find(key)
	return ok && tab.names[i/8]&(1<<(i%8)) != 0
}

// Related calls fn with each term related to key, until fn returns
// false. Each related key comes once per kind, grouped by kind in the
// order of the Kind constants, primary relations first within a kind.
// primary is true when the relation holds for one of the key's most
// frequent meanings: a sense of its lemma tagged at least half as often
// as the lemma's most tagged sense in WordNet's semantic concordance
// (the first sense when none is tagged), of a lemma not much rarer than
// the most tagged lemma with the same key. So "drill" is related to
// "bore" (primary) and to "exercise" and "train" (not primary).
func Related(key string, fn func(related string, kind Kind, primary bool) bool) {
	i, ok := tab.find(key)
	if !ok {
		return
	}
	r := tab.record(i)
	n, p := uvarint(r)
	for range n {
		v := uint32(r[p]) | uint32(r[p+1])<<8 | uint32(r[p+2])<<16
		p += 3
		if !fn(tab.key(int(v&(1<<idBits-1))), Kind(v>>idBits&7), v&(1<<23) != 0) {
			return
		}
	}
}

// Defined returns the words whose definitions have key in them (see
// Defines), in the order of their keys: a question whose words are in
// one definition describes that word. The list is read in place, and
// its words are handles, compared and ordered without reading the
// table; Key reads one's key.
func Defined(key string) Words {
	i, ok := tab.find(key)
	if !ok {
		return Words{}
	}
	r := tab.record(i)
	n, p := uvarint(r)
	return Words{r[p+3*int(n):]}
}

// Words is a list of the table's words, as Defined gives it.
type Words struct{ b string }

// Len returns the number of words in the list.
func (ws Words) Len() int { return len(ws.b) / 3 }

// At returns the list's i'th word.
func (ws Words) At(i int) Word {
	p := 3 * i
	return Word(uint32(ws.b[p]) | uint32(ws.b[p+1])<<8 | uint32(ws.b[p+2])<<16)
}

// A Word is a key of the table, as Words hold it.
type Word int32

// Key returns the word's key.
func (w Word) Key() string { return tab.key(int(w)) }

// Phrases calls fn with each key of more than one word whose first word
// is first, in byte order, until fn returns false: Phrases("solar")
// yields "solar array", "solar batteri", "solar cell", ... So a search
// can find the phrases of WordNet that a question spells out.
func Phrases(first string, fn func(phrase string) bool) {
	// The phrases sort right after first itself: a space sorts before
	// letters and digits.
	lo, hi := 0, tab.n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if comparePhrase(tab.key(m), first) < 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for i := lo; i < tab.n; i++ {
		k := tab.key(i)
		if comparePhrase(k, first) != 0 {
			return
		}
		if !fn(k) {
			return
		}
	}
}

// comparePhrase compares key with the phrases starting with first: it
// is 0 when key starts with first and a space, and otherwise orders
// key as against first+" ".
func comparePhrase(key, first string) int {
	if len(key) > len(first) && key[len(first)] == ' ' && key[:len(first)] == first {
		return 0
	}
	n := min(len(key), len(first))
	if c := strings.Compare(key[:n], first[:n]); c != 0 {
		return c
	}
	if len(key) <= len(first) {
		return -1 // key is a prefix of first+" "
	}
	if key[n] < ' ' {
		return -1
	}
	return 1
}

//go:embed lexicon.bin
var data string

// header is the table's first line: its format, source, licence and
// generator.
var header string

// tab is the table, read in place from data.
var tab = parse(data)

const (
	format   = 5  // the layout that internal/wordnet writes
	idBits   = 20 // bits of a key number in a related term
	offBlock = 64 // positions an offset table's u32 covers (see offsets)
)

// table is the lexicon's table. The keys are apart from their records,
// so that looking words up reads only the keys (see internal/wordnet's
// Build).
type table struct {
	n       int     // keys
	keyOff  offsets // n+1 offsets into keys
	keys    string
	names   string  // a bit per key: WordNet knows it only as a name
	recOff  offsets // n+1 offsets into recs
	recs    string  // per key, its related terms and the words it defines
	nv      int     // variants
	varOff  string
	vars    string
	bloom   string
	bloomMu uint64 // bloom filter bits - 1
}

// offsets are a table's offsets into its keys or records, two bytes a
// position (see internal/wordnet's Build): questions read records all
// over the table, so its offsets are in memory whole.
type offsets struct {
	blocks string // little-endian u32 offset of every offBlock'th position
	rel    string // little-endian u16 offset of each position from its block's
}

// at returns position i's offset.
func (o offsets) at(i int) int {
	r := o.rel[2*i : 2*i+2]
	return off(o.blocks, i/offBlock) + int(uint16(r[0])|uint16(r[1])<<8)
}

// cutOffsets cuts the offsets of n positions.
func (l *layout) cutOffsets(n int) offsets {
	return offsets{blocks: l.cut(4 * ((n-1)/offBlock + 1)), rel: l.cut(2 * n)}
}

// parse reads the layout that internal/wordnet's Build writes. The table
// is generated and checked by the tests, so a mismatch is a bug: it
// panics.
func parse(d string) *table {
	h, rest, ok := strings.Cut(d, "\n")
	if !ok || len(rest) < 16 {
		panic("lexicon: lexicon.bin has no header; run go generate ./knowledge/lexicon/")
	}
	header = h
	u := func(i int) int { return off(rest, i) }
	if u(0) != format {
		panic(fmt.Sprintf("lexicon: lexicon.bin has format %d, want %d; run go generate ./knowledge/lexicon/", u(0), format))
	}
	t := &table{n: u(1), nv: u(2), bloomMu: uint64(u(3)) - 1}
	l := layout{file: "lexicon.bin", rest: rest, p: 16}
	t.keyOff = l.cutOffsets(t.n + 1)
	t.recOff = l.cutOffsets(t.n + 1)
	t.varOff = l.cut(4 * (t.nv + 1))
	t.keys = l.cut(t.keyOff.at(t.n))
	t.names = l.cut((t.n + 7) / 8)
	t.recs = l.cut(t.recOff.at(t.n))
	t.vars = l.cut(off(t.varOff, t.nv))
	t.bloom = l.cut(int(t.bloomMu+1) / 8)
	l.end()
	return t
}

// layout reads a generated table's parts in order. A table is generated
// and checked by the tests, so one that does not hold its parts is a bug:
// it panics.
type layout struct {
	file, rest string
	p          int // where the next part starts in rest
}

// cut returns the next n bytes.
func (l *layout) cut(n int) string {
	if n < 0 || l.p+n > len(l.rest) {
		panic("lexicon: " + l.file + " is truncated; run go generate ./knowledge/lexicon/")
	}
	s := l.rest[l.p : l.p+n]
	l.p += n
	return s
}

// end checks that every byte was a part.
func (l *layout) end() {
	if l.p != len(l.rest) {
		panic("lexicon: " + l.file + " has trailing bytes; run go generate ./knowledge/lexicon/")
	}
}

func off(offsets string, i int) int {
	s := offsets[4*i : 4*i+4]
	return int(uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24)
}

func (t *table) record(i int) string { return t.recs[t.recOff.at(i):t.recOff.at(i+1)] }

func (t *table) key(i int) string { return t.keys[t.keyOff.at(i):t.keyOff.at(i+1)] }

// find returns the number of key, by binary search.
func (t *table) find(key string) (int, bool) { return search(t, t.n, key) }

// search returns the number of key among the n sorted keys of t, by
// binary search, or where it would go.
func search[T interface{ key(int) string }](t T, n int, key string) (int, bool) {
	lo, hi := 0, n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.key(m) < key {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < n && t.key(lo) == key
}

func uvarint(s string) (uint64, int) {
	var x uint64
	var shift uint
	for i := 0; i < len(s) && i < 10; i++ {
		b := s[i]
		if b < 0x80 {
			return x | uint64(b)<<shift, i + 1
		}
		x |= uint64(b&0x7f) << shift
		shift += 7
	}
	panic("lexicon: bad count in lexicon.bin")
}
