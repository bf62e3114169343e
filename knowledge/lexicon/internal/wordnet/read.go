// Package wordnet reads the WordNet 3.0 database files and compiles them
// into the table that package lexicon embeds.
//
// It is used by the generator (../gen) and by lexicon's test that checks
// the committed table against its source; nothing reads WordNet at run
// time.
package wordnet

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A synset is one WordNet meaning: the lemmas that express it, its
// pointers to other synsets or lemmas, and its gloss.
type synset struct {
	pos   byte     // 'n', 'v', 'a' (satellites included) or 'r'
	words []string // lemmas, lowercased, with spaces for underscores
	ptrs  []pointer
	gloss string
}

// A pointer is one WordNet relation from a synset, or from one of its
// lemmas when src is not zero.
type pointer struct {
	sym      string // WordNet's pointer symbol: "@", "~", "+", "\\", ...
	target   int    // index of the target synset
	src, dst int    // 1-based lemma numbers; 0 for the whole synset
}

// A sense is one meaning of a lemma, as the index files list them: most
// frequent first.
type sense struct {
	synset int
	number int // 1-based, within the lemma's part of speech
	tags   int // times tagged in the semantic concordance (cntlist.rev)
}

// db is what the generator reads from a WordNet dict directory.
type db struct {
	synsets []synset
	// senses lists each lemma's senses, in index order across the parts
	// of speech (noun, verb, adjective, adverb).
	senses map[string][]sense
	lemmas []string // the keys of senses, sorted
	// exceptions maps an irregular form (mice) to its base forms (mouse).
	exceptions map[string][]string
	excForms   []string // the keys of exceptions, sorted
	version    string   // "WordNet 3.0"
	// common has the lemmas some synset writes in lowercase: the words
	// that are not only names ("cooperation", not "Kenya").
	common map[string]bool
}

var posFiles = []struct {
	pos  byte
	name string
}{{'n', "noun"}, {'v', "verb"}, {'a', "adj"}, {'r', "adv"}}

func posIndex(pos byte) int {
	switch pos {
	case 'n':
		return 0
	case 'v':
		return 1
	case 'a', 's':
		return 2
	case 'r':
		return 3
	}
	return -1
}

// read loads a WordNet dict directory.
func read(dir string) (*db, error) {
	d := &db{senses: map[string][]sense{}, exceptions: map[string][]string{}, common: map[string]bool{}}
	// Synsets are numbered in file order; ids maps a part of speech and a
	// byte offset to that number.
	ids := [4]map[int]int{}
	type rawPtr struct {
		sym      string
		pos      byte
		offset   int
		src, dst int
	}
	var raw [][]rawPtr
	for i, pf := range posFiles {
		ids[i] = map[int]int{}
		name := filepath.Join(dir, "data."+pf.name)
		err := eachLine(name, func(line string, n int) error {
			if strings.HasPrefix(line, "  ") {
				if d.version == "" {
					if m := versionRE.FindStringSubmatch(line); m != nil {
						d.version = m[1]
					}
				}
				return nil
			}
			body, gloss, _ := strings.Cut(line, " | ")
			f := strings.Fields(body)
			if len(f) < 4 {
				return fmt.Errorf("too few fields")
			}
			offset, err := strconv.Atoi(f[0])
			if err != nil {
				return fmt.Errorf("synset offset %q: %w", f[0], err)
			}
			wcnt, err := strconv.ParseInt(f[3], 16, 32)
			if err != nil || len(f) < 4+2*int(wcnt)+1 {
				return fmt.Errorf("word count %q", f[3])
			}
			s := synset{pos: pf.pos, gloss: strings.TrimSpace(gloss)}
			for w := range int(wcnt) {
				raw := f[4+2*w]
				s.words = append(s.words, lemmaText(raw))
				if r, _ := utf8.DecodeRuneInString(raw); !unicode.IsUpper(r) {
					d.common[lemmaText(raw)] = true
				}
			}
			k := 4 + 2*int(wcnt)
			pcnt, err := strconv.Atoi(f[k])
			if err != nil || len(f) < k+1+4*pcnt {
				return fmt.Errorf("pointer count %q", f[k])
			}
			var ps []rawPtr
			for p := range pcnt {
				g := f[k+1+4*p : k+5+4*p]
				off, err := strconv.Atoi(g[1])
				if err != nil || len(g[2]) != 1 || len(g[3]) != 4 {
					return fmt.Errorf("pointer %v", g)
				}
				src, err1 := strconv.ParseInt(g[3][:2], 16, 32)
				dst, err2 := strconv.ParseInt(g[3][2:], 16, 32)
				if err1 != nil || err2 != nil {
					return fmt.Errorf("pointer source/target %q", g[3])
				}
				ps = append(ps, rawPtr{g[0], g[2][0], off, int(src), int(dst)})
			}
			ids[i][offset] = len(d.synsets)
			d.synsets = append(d.synsets, s)
			raw = append(raw, ps)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	if d.version == "" {
		return nil, fmt.Errorf("%s: no \"WordNet X.Y Copyright\" line in the licence header", filepath.Join(dir, "data.noun"))
	}
	for i, ps := range raw {
		for _, p := range ps {
			pi := posIndex(p.pos)
			if pi < 0 {
				return nil, fmt.Errorf("synset %d: pointer to unknown part of speech %q", i, p.pos)
			}
			t, ok := ids[pi][p.offset]
			if !ok {
				return nil, fmt.Errorf("synset %d: pointer to missing synset %c %08d", i, p.pos, p.offset)
			}
			d.synsets[i].ptrs = append(d.synsets[i].ptrs, pointer{p.sym, t, p.src, p.dst})
		}
	}

	tags, err := readCounts(filepath.Join(dir, "cntlist.rev"))
	if err != nil {
		return nil, err
	}
	for i, pf := range posFiles {
		name := filepath.Join(dir, "index."+pf.name)
		err := eachLine(name, func(line string, n int) error {
			if strings.HasPrefix(line, "  ") {
				return nil
			}
			f := strings.Fields(line)
			if len(f) < 6 {
				return fmt.Errorf("too few fields")
			}
			pcnt, err := strconv.Atoi(f[3])
			if err != nil || len(f) < 4+pcnt+2 {
				return fmt.Errorf("pointer count %q", f[3])
			}
			lemma := lemmaText(f[0])
			offs := f[4+pcnt+2:]
			for k, o := range offs {
				off, err := strconv.Atoi(o)
				if err != nil {
					return fmt.Errorf("synset offset %q: %w", o, err)
				}
				id, ok := ids[i][off]
				if !ok {
					return fmt.Errorf("missing synset %08d", off)
				}
				d.senses[lemma] = append(d.senses[lemma], sense{id, k + 1, tags[countKey{lemma, pf.pos, k + 1}]})
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	for _, pf := range posFiles {
		name := filepath.Join(dir, pf.name+".exc")
		err := eachLine(name, func(line string, n int) error {
			f := strings.Fields(line)
			if len(f) < 2 {
				return fmt.Errorf("want an inflected form and its base forms")
			}
			form := lemmaText(f[0])
			for _, b := range f[1:] {
				d.exceptions[form] = appendNew(d.exceptions[form], lemmaText(b))
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	d.lemmas = sortedKeys(d.senses)
	d.excForms = sortedKeys(d.exceptions)
	return d, nil
}

var versionRE = regexp.MustCompile(`^\s*\d+\s+(WordNet \d+\.\d+) Copyright`)

// lemmaText turns a lemma as the files spell it (Trojan_horse, galore(ip))
// into lowercased text with spaces.
func lemmaText(s string) string {
	if i := strings.IndexByte(s, '('); i > 0 {
		s = s[:i] // adjective position markers: (a), (p), (ip)
	}
	return strings.ToLower(strings.ReplaceAll(s, "_", " "))
}

type countKey struct {
	lemma  string
	pos    byte
	number int
}

// readCounts reads cntlist.rev: how often each sense was tagged in the
// semantic concordance.
func readCounts(name string) (map[countKey]int, error) {
	m := map[countKey]int{}
	err := eachLine(name, func(line string, n int) error {
		f := strings.Fields(line)
		if len(f) != 3 {
			return fmt.Errorf("want a sense key, a sense number and a count")
		}
		lemma, rest, ok := strings.Cut(f[0], "%")
		if !ok || rest == "" {
			return fmt.Errorf("sense key %q", f[0])
		}
		var pos byte
		switch rest[0] {
		case '1':
			pos = 'n'
		case '2':
			pos = 'v'
		case '3', '5':
			pos = 'a'
		case '4':
			pos = 'r'
		default:
			return fmt.Errorf("sense key %q: synset type %q", f[0], rest[0])
		}
		num, err1 := strconv.Atoi(f[1])
		cnt, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil {
			return fmt.Errorf("sense number or count not a number")
		}
		k := countKey{lemmaText(lemma), pos, num}
		m[k] += cnt
		return nil
	})
	return m, err
}

// eachLine calls fn with each line of a file, naming file:line in errors.
func eachLine(name string, fn func(line string, n int) error) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		if err := fn(sc.Text(), n); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
