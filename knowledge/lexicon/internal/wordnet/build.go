package wordnet

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// DefaultDir is where the generator and the tests look for the WordNet
// dict files: $WORDNET_DIR, else Debian's wordnet-base.
func DefaultDir() string {
	if d := os.Getenv("WORDNET_DIR"); d != "" {
		return d
	}
	return "/usr/share/wordnet"
}

// sourceFiles are the dict files the table is built from, in the order
// they are checksummed.
var sourceFiles = []string{
	"data.noun", "data.verb", "data.adj", "data.adv",
	"index.noun", "index.verb", "index.adj", "index.adv",
	"noun.exc", "verb.exc", "adj.exc", "adv.exc", "cntlist.rev",
}

// Format is the version of the table's layout; package lexicon refuses
// another.
const Format = 5

// Layout of the table, after its header line (all integers little-endian):
//
//	u32 format, u32 keys, u32 variants, u32 bloom filter bits (a power of two)
//	key offsets into the keys, for keys+1 positions: u32 [keys/64+1], the
//	    offset of every 64th position, then u16 [keys+1], each position's
//	    offset from its block's
//	record offsets into the records, the same way
//	u32 variant offsets [variants+1], into the variants
//	keys: in byte order, one after another
//	names: a bit per key, bit i%8 of byte i/8 set when WordNet writes
//	    key i only capitalized
//	records: per key: uvarint count, count related terms of 3 bytes:
//	    key number (bits 0-19), kind (bits 20-22), primary (bit 23), no
//	    Defines among them; then, to the record's end, the key numbers
//	    (3 bytes) of the words whose definitions have the key (Defines),
//	    in byte order
//	variants: per British spelling, in byte order: u8 length, spelling,
//	    u8 length, American spelling
//	bloom filter over the British spellings: bit FNV-1a(w) mod bits and
//	    bit (FNV-1a(w) >> 32) mod bits
//
// The keys, and whether each is a name, are apart from what is related to
// them: looking a word up binary-searches the keys from end to end, and
// the pages a search touches stay in memory (the kernel maps the pages
// around each one it reads), so keeping the relations out of the keys'
// way keeps a program that looks many words up and relates few, as a
// load of briefings does, from holding the whole table. A program that
// answers questions reads records all over the table, so that after a few
// dozen questions every page of them is in memory: the offsets take two
// bytes a key rather than four, and the words a key defines share its
// record's offset, to keep those pages few.
const (
	idBits   = 20
	offBlock = 64 // positions an offset table's u32 covers
	bloomLog = 16 // 65,536 bits: about 1.4% false positives for 4,000 words
)

// A Report says what a table holds and what the caps left out.
type Report struct {
	Keys, Edges                 int
	EdgesByKind                 map[string]int
	Variants                    int
	VariantPairs                int // found as pairs of lemmas
	VariantInflected            int // their inflections
	VariantDoubledL             int // travelled, cancelled
	LongLemmas, LongTargets     int
	CappedSynsets, DroppedHypos int
	GlossDerived                int
	CommonDefiners              int // words left out as leads to what they define
	Bytes                       int
}

// String sums the report up in two lines, as the generator prints it.
func (r Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d bytes: %d keys, %d relations (", r.Bytes, r.Keys, r.Edges)
	for i, k := range kindNames[1:] {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s %d", k, r.EdgesByKind[k])
	}
	fmt.Fprintf(&b, "), %d spelling variants (%d lemma pairs, %d inflections, %d doubled-l forms)\n",
		r.Variants, r.VariantPairs, r.VariantInflected, r.VariantDoubledL)
	fmt.Fprintf(&b, "left out: %d lemmas and %d related terms of more than %d words; "+
		"%d hyponyms of %d synsets with more than %d; %d derivations found through glosses; "+
		"%d words in more than %d definitions\n",
		r.LongLemmas, r.LongTargets, maxKeyWords, r.DroppedHypos, r.CappedSynsets, maxNarrower, r.GlossDerived,
		r.CommonDefiners, maxDefinitions)
	return b.String()
}

// kindNames are the kinds' names, as package lexicon's Kind.String gives them.
var kindNames = [...]string{"", "inflection", "synonym", "derived", "similar", "broader", "narrower", "defines"}

// Build compiles the WordNet dict files in dir into the table that
// package lexicon embeds. The same files give the same bytes.
func Build(dir string) ([]byte, Report, error) {
	sum, err := checksum(dir)
	if err != nil {
		return nil, Report{}, err
	}
	d, err := read(dir)
	if err != nil {
		return nil, Report{}, err
	}
	vs, vrep := spellings(d)
	rels, rrep := build(d, newKeyer(vs))
	if len(rels.keys) >= 1<<idBits {
		return nil, Report{}, fmt.Errorf("%d keys do not fit in %d bits", len(rels.keys), idBits)
	}

	var out []byte
	out = fmt.Appendf(out, "briefbot lexicon %d: from %s, (c) 2006 Princeton University, "+
		"under the WordNet licence in LICENSE-WordNet; source sha256 %s; "+
		"generated by knowledge/lexicon/internal/gen, DO NOT EDIT\n", Format, d.version, sum)
	le := binary.LittleEndian
	out = le.AppendUint32(out, Format)
	out = le.AppendUint32(out, uint32(len(rels.keys)))
	out = le.AppendUint32(out, uint32(len(vs)))
	out = le.AppendUint32(out, 1<<bloomLog)

	id := make(map[string]uint32, len(rels.keys))
	for i, k := range rels.keys {
		id[k] = uint32(i)
	}
	var keys, recs []byte
	keyOff := make([]uint32, 0, len(rels.keys)+1)
	recOff := make([]uint32, 0, len(rels.keys)+1)
	names := make([]byte, (len(rels.keys)+7)/8)
	for i, k := range rels.keys {
		keyOff = append(keyOff, uint32(len(keys)))
		keys = append(keys, k...)
		recOff = append(recOff, uint32(len(recs)))
		if !rels.common[k] {
			names[i/8] |= 1 << (i % 8)
		}
		ts := rels.edges[k]
		// The words the key defines come last, after the count of the
		// others, which every question reads.
		defines := slices.IndexFunc(ts, func(t relatedTerm) bool { return t.kind == Defines })
		if defines < 0 {
			defines = len(ts)
		}
		recs = binary.AppendUvarint(recs, uint64(defines))
		for _, t := range ts[:defines] {
			v := id[t.key] | uint32(t.kind)<<idBits
			if t.primary {
				v |= 1 << 23
			}
			recs = append(recs, byte(v), byte(v>>8), byte(v>>16))
		}
		for _, t := range ts[defines:] {
			if t.kind == Defines {
				v := id[t.key]
				recs = append(recs, byte(v), byte(v>>8), byte(v>>16))
			}
		}
	}
	keyOff = append(keyOff, uint32(len(keys)))
	recOff = append(recOff, uint32(len(recs)))

	var vars []byte
	varOff := make([]uint32, 0, len(vs)+1)
	bloom := make([]byte, (1<<bloomLog)/8)
	for _, v := range vs {
		varOff = append(varOff, uint32(len(vars)))
		vars = append(vars, byte(len(v.uk)))
		vars = append(vars, v.uk...)
		vars = append(vars, byte(len(v.us)))
		vars = append(vars, v.us...)
		h := FNV1a(v.uk)
		for _, bit := range [2]uint64{h, h >> 32} {
			bit &= 1<<bloomLog - 1
			bloom[bit/8] |= 1 << (bit % 8)
		}
	}
	varOff = append(varOff, uint32(len(vars)))

	for _, offs := range [][]uint32{keyOff, recOff} {
		if out, err = appendOffsets(out, offs); err != nil {
			return nil, Report{}, err
		}
	}
	for _, o := range varOff {
		out = le.AppendUint32(out, o)
	}
	out = append(out, keys...)
	out = append(out, names...)
	out = append(out, recs...)
	out = append(out, vars...)
	out = append(out, bloom...)

	rep := Report{
		Keys: rrep.keys, Edges: rrep.edges, EdgesByKind: map[string]int{},
		Variants: len(vs), VariantPairs: vrep.pairs, VariantInflected: vrep.inflected,
		VariantDoubledL: vrep.doubledL,
		LongLemmas:      rrep.longLemmas, LongTargets: rrep.longTargets,
		CappedSynsets: rrep.cappedSynsets, DroppedHypos: rrep.droppedHypos,
		GlossDerived: rrep.glossDerived, CommonDefiners: rrep.commonDefiners, Bytes: len(out),
	}
	for k, n := range rrep.edgesByKind {
		if k > 0 {
			rep.EdgesByKind[kindNames[k]] = n
		}
	}
	return out, rep, nil
}

// appendOffsets appends offsets as the layout has them: the u32 offset of
// every offBlock'th position, then each position's u16 offset from its
// block's.
func appendOffsets(out []byte, offs []uint32) ([]byte, error) {
	le := binary.LittleEndian
	for i := 0; i < len(offs); i += offBlock {
		out = le.AppendUint32(out, offs[i])
	}
	for i, o := range offs {
		d := o - offs[i/offBlock*offBlock]
		if d > 0xffff {
			return nil, fmt.Errorf("position %d is %d bytes past its block's %d: more than a u16 holds", i, d, i/offBlock)
		}
		out = le.AppendUint16(out, uint16(d))
	}
	return out, nil
}

// FNV1a is the 64-bit FNV-1a hash of s, as package lexicon computes it
// for the bloom filter.
func FNV1a(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := range len(s) {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// checksum returns the SHA-256 of the source files, for the header: it
// tells a table built from other WordNet files apart.
func checksum(dir string) (string, error) {
	h := sha256.New()
	for _, name := range sourceFiles {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			return "", err
		}
		_, err = io.Copy(h, f)
		_ = f.Close() // read only: the copy's error is the one that counts
		if err != nil {
			return "", fmt.Errorf("%s: %w", filepath.Join(dir, name), err)
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// KindName returns the name of a kind, for package lexicon's test that
// both number the kinds alike.
func KindName(k Kind) string { return kindNames[k] }

// SourceChecksum returns the checksum that Build would write in the
// header for the files in dir.
func SourceChecksum(dir string) (string, error) { return checksum(dir) }
