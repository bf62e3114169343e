package lexicon

//go:generate go run ./internal/gen -neighbors -out neighbors.bin

import (
	_ "embed"
	"fmt"
	"strings"
)

// Neighbors calls fn with the stems of the words used in the most
// similar contexts to word, most similar first, until fn returns false:
// Neighbors("abducted") yields "kidnap", "freed", "gunmen", ....
// similarity is the cosine of the two words' GloVe vectors, at least 0.6.
// Such neighbours are related in topic, not always in meaning ("budget"
// and "deficit", "thai" and "malaysian"): they say what a word the
// briefings lack is about, weaker evidence than a synonym. word is one
// word, lowercased and passed through Fold; the stems are keys as for
// Related, never word's own stem.
func Neighbors(word string, fn func(stem string, similarity float32) bool) {
	near.neighbors(word, fn)
}

// Common reports whether word is one of the 60,000 most frequent words
// of English that the neighbours' table lists, lowercased and passed
// through Fold: "indigenous" is, "indigneous" is not, though Snowball
// stems it as it does "indignant".
func Common(word string) bool {
	_, ok := near.words.find(word)
	return ok
}

func (t *nearTable) neighbors(word string, fn func(stem string, similarity float32) bool) {
	i, ok := t.words.find(word)
	if !ok {
		return
	}
	r := t.words.record(i)
	r = r[1+int(r[0]):]
	n := int(r[0])
	for k := range n {
		e := off(r[1+4*k:], 0)
		if !fn(t.stems.key(e&(1<<nearIDBits-1)), float32(e>>nearIDBits)/255) {
			return
		}
	}
}

//go:embed neighbors.bin
var nearData string

// nearHeader is the neighbours' table's first line: its format, source,
// licence and generator.
var nearHeader string

// near is the neighbours' table, read in place from nearData.
var near = parseNear(nearData)

const (
	nearFormat = 1  // the layout that internal/glove writes
	nearIDBits = 24 // bits of a stem number in a neighbour
)

// nearTable is the neighbours' table: the words, whose records hold their
// neighbours, and the stems they name.
type nearTable struct {
	words, stems nearKeys
}

// nearKeys are the words or the stems of the neighbours' table: per key,
// in byte order, a record that starts with the key's length and the key.
type nearKeys struct {
	n      int
	keyOff string // n+1 little-endian u32 offsets into recs
	recs   string
}

func (t *nearKeys) record(i int) string { return t.recs[off(t.keyOff, i):off(t.keyOff, i+1)] }

func (t *nearKeys) key(i int) string {
	r := t.recs[off(t.keyOff, i):]
	return r[1 : 1+int(r[0])]
}

// find returns the number of key, by binary search.
func (t *nearKeys) find(key string) (int, bool) { return search(t, t.n, key) }

// parseNear reads the layout that internal/glove's Build writes; like
// parse, it panics on a mismatch.
func parseNear(d string) *nearTable {
	h, rest, ok := strings.Cut(d, "\n")
	if !ok || len(rest) < 12 {
		panic("lexicon: neighbors.bin has no header; run go generate ./knowledge/lexicon/")
	}
	nearHeader = h
	if f := off(rest, 0); f != nearFormat {
		panic(fmt.Sprintf("lexicon: neighbors.bin has format %d, want %d; run go generate ./knowledge/lexicon/", f, nearFormat))
	}
	nw, ns := off(rest, 1), off(rest, 2)
	l := layout{file: "neighbors.bin", rest: rest, p: 12}
	t := &nearTable{words: nearKeys{n: nw}, stems: nearKeys{n: ns}}
	t.words.keyOff = l.cut(4 * (nw + 1))
	t.stems.keyOff = l.cut(4 * (ns + 1))
	t.words.recs = l.cut(off(t.words.keyOff, nw))
	t.stems.recs = l.cut(off(t.stems.keyOff, ns))
	l.end()
	return t
}
