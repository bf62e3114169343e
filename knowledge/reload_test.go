package knowledge

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io/fs"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"
)

// stamped is files as a file system whose modification times follow the
// content, as a disk's would: an edit changes the time, and times are
// long past, so that a reload may trust them.
func (f files) stamped() fstest.MapFS {
	m := fstest.MapFS{}
	for name, data := range f {
		sum := sha256.Sum256([]byte(data))
		t := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(binary.BigEndian.Uint32(sum[:])) * time.Millisecond)
		m[name] = &fstest.MapFile{Data: []byte(data), ModTime: t}
	}
	return m
}

// hashedFS is a file system that tells each file's content hash, as a git
// tree does, and gives every file the same time.
type hashedFS struct{ fstest.MapFS }

func (h hashedFS) Hash(name string) (string, error) {
	f, ok := h.MapFS[name]
	if !ok {
		return "", fs.ErrNotExist
	}
	sum := sha256.Sum256(f.Data)
	return hex.EncodeToString(sum[:20]), nil
}

// baseSummary is what a base answers and knows, for comparing two: the
// answers to questions made of its words, both audiences, and what its
// index counts by word and term rather than by ID.
func baseSummary(t *testing.T, b *Base, questions []string) []string {
	t.Helper()
	var out []string
	for _, q := range questions {
		for _, a := range []Audience{Public, Internal} {
			out = append(out, fmt.Sprintf("%s %q", a, q))
			out = append(out, answerLines(b, q, a)...)
		}
	}
	for _, a := range []Audience{Public, Internal} {
		out = append(out, fmt.Sprintf("%s %+v", a, b.Stats(a)))
	}
	out = append(out, "version "+b.Version)
	for _, p := range b.Problems {
		out = append(out, "problem "+p.Error())
	}
	for _, r := range b.Synonyms.Rules {
		out = append(out, fmt.Sprintf("synonym %d %q", r.Line, r.Text))
	}
	ix := b.idx
	if ix == nil {
		return out
	}
	out = append(out, fmt.Sprintf("entries %d avg %v ctx %v", ix.n, ix.avg, ix.ctxAvg))
	var words []string
	for w, id := range ix.words {
		t := ix.wordTerm[id]
		words = append(words, fmt.Sprintf("word %q %q docs=%d seen=%v", w, ix.stemOf[t], ix.wordDocs[id], ix.wordSeen[id]))
	}
	slices.Sort(words)
	out = append(out, words...)
	var terms []string
	for stem, t := range ix.terms {
		line := fmt.Sprintf("term %q words=%d df=%d,%d docs=%d,%d cases=%v", stem, ix.termWords[t],
			ix.df[Public][t], ix.df[Internal][t], ix.docDF[Public][t], ix.docDF[Internal][t], ix.cases[t])
		for _, a := range []Audience{Public, Internal} {
			v := ix.view(a)
			line += fmt.Sprintf(" %s:idf=%v,known=%v,selector=%v", a, v.idf[t], v.known(t), v.selector[t])
		}
		for k := range int32(listsPerTerm) {
			l := listsPerTerm*t + k
			var post []string
			eachPosting(ix, l, func(e int32, val float32) { post = append(post, fmt.Sprintf("%d:%v", e, val)) })
			line += fmt.Sprintf(" list%d=%v[%s]", k, ix.maxVal[l], strings.Join(post, " "))
		}
		var ctx []string
		eachContext(ix, t, func(first, end int32, internal bool, val float32) {
			ctx = append(ctx, fmt.Sprintf("%d-%d/%v:%v", first, end, internal, val))
		})
		line += " ctx=" + strings.Join(ctx, " ")
		terms = append(terms, line)
	}
	slices.Sort(terms)
	out = append(out, terms...)
	out = append(out, fmt.Sprintf("stems %q", ix.stems))
	for _, w := range slices.Sorted(maps.Keys(ix.upper)) {
		out = append(out, fmt.Sprintf("upper %q %v", w, ix.upper[w]))
	}
	for e := range ix.n {
		var title []string
		for _, t := range ix.title(e, nil) {
			title = append(title, ix.stemOf[t])
		}
		en := ix.entry(e)
		out = append(out, fmt.Sprintf("entry %d %s:%d %q %q", e, en.Doc().Path, en.Line, en.Title, title))
	}
	return out
}

// summaryQuestions makes questions of a directory's words: its titles,
// words on their own and in pairs, and misspellings.
func summaryQuestions(r *rand.Rand, f files) []string {
	qs := []string{"coast guard", "what is the maritime domain awareness", "MDA", "counter narcotics",
		"airbase runway", "harbour defence", "lal lo", "kenya", "clean up", "liaison officers", "typhon warning"}
	for range 30 {
		w := make([]string, 1+r.IntN(3))
		for i := range w {
			w[i] = strings.ToLower(editVocab[r.IntN(len(editVocab))])
			if r.IntN(6) == 0 && len(w[i]) > 4 {
				k := r.IntN(len(w[i]))
				w[i] = w[i][:k] + w[i][k+1:]
			}
		}
		qs = append(qs, strings.Join(w, " "))
	}
	return qs
}

// TestReloadMatchesLoad edits, adds and removes documents step by step,
// reloading after each step, and holds every reload to a fresh load of
// the same files: the same answers, problems and version, the same
// counts in the index, and the same diff from the base before.
func TestReloadMatchesLoad(t *testing.T) {
	fsOf := map[string]func(files) fs.FS{
		"times":  func(f files) fs.FS { return f.stamped() },
		"hashes": func(f files) fs.FS { return hashedFS{f.fs()} },
		"plain":  func(f files) fs.FS { return f.fs() },
	}
	for name, mkfs := range fsOf {
		for seed := range uint64(4) {
			t.Run(fmt.Sprintf("%s/%d", name, seed), func(t *testing.T) {
				if seed%2 == 1 {
					smallSegments(t, 10+int32(seed))
				}
				r := rand.New(rand.NewPCG(seed, 11))
				f := genFiles(r, 8+r.IntN(8))
				questions := summaryQuestions(r, f)
				prev := ReloadFS(nil, mkfs(f), "test")
				for step := range 25 {
					var what string
					f, what = edit(r, f)
					next := ReloadFS(prev, mkfs(f), "test")
					full := LoadFS(mkfs(f), "test")
					if diff := cmp.Diff(baseSummary(t, full, questions), baseSummary(t, next, questions)); diff != "" {
						t.Fatalf("step %d, %s: reload differs from a load (-load +reload):\n%s", step, what, diff)
					}
					if diff := cmp.Diff(normalDiff(Compare(prev, full)), normalDiff(Compare(prev, next))); diff != "" {
						t.Fatalf("step %d, %s: reload's diff differs from a load's (-load +reload):\n%s", step, what, diff)
					}
					prev = next
				}
			})
		}
	}
}

// smallSegments makes the segments of the bases the test builds hold at
// most n entries, so that a small base has many.
func smallSegments(t *testing.T, n int32) {
	old := segLimit
	segLimit = n
	t.Cleanup(func() { segLimit = old })
}

// TestReloadSegments makes bases of several segments, large documents
// split across segments among them, and holds reloads to loads as
// TestReloadMatchesLoad does, where segments are rebuilt, split and
// shared.
func TestReloadSegments(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	f := genFiles(r, 40)
	// A document of more entries than a segment holds, and one of more
	// text than a segment holds.
	var big strings.Builder
	big.WriteString("Big Table\n\nName | Text |\n---|---|\n")
	for i := range segCap + segCap/2 {
		fmt.Fprintf(&big, "Row %d | %s %s |\n", i, editVocab[i%len(editVocab)], editVocab[(i*7)%len(editVocab)])
	}
	f["m-big.txt"] = big.String()
	questions := append(summaryQuestions(r, f), "row 9000", "row 12", "big table")
	prev := ReloadFS(nil, f.stamped(), "test")
	if len(prev.idx.segs) < 3 {
		t.Fatalf("base has %d segments, want several", len(prev.idx.segs))
	}
	for step := range 12 {
		var what string
		switch step {
		case 3:
			f["m-big.txt"] += "Row last | the last row |\n"
			what = "grow the big document"
		case 6:
			f["l-before-big.txt"] = genDoc(r, "l-before-big.txt")
			what = "add a document before the big one"
		case 9:
			delete(f, "m-big.txt")
			what = "remove the big document"
		default:
			f, what = edit(r, f)
		}
		next := ReloadFS(prev, f.stamped(), "test")
		full := LoadFS(f.stamped(), "test")
		if diff := cmp.Diff(baseSummary(t, full, questions), baseSummary(t, next, questions)); diff != "" {
			t.Fatalf("step %d, %s: reload differs from a load (-load +reload):\n%s", step, what, diff)
		}
		shared := 0
		for _, s := range next.idx.segs {
			if slices.Contains(prev.idx.segs, s) {
				shared++
			}
		}
		t.Logf("step %d, %s: %d of %d segments shared", step, what, shared, len(next.idx.segs))
		prev = next
	}
}

// TestReloadDirectory reloads a directory on disk after edits, and
// checks that only what changed was read again: an unchanged document
// is the same document.
func TestReloadDirectory(t *testing.T) {
	dir := t.TempDir()
	r := rand.New(rand.NewPCG(9, 9))
	f := genFiles(r, 10)
	old := time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)
	writeAll := func() {
		for name, data := range f {
			path := filepath.Join(dir, filepath.FromSlash(name))
			if cur, err := os.ReadFile(path); err == nil && string(cur) == data {
				continue
			}
			write(t, path, data)
		}
	}
	writeAll()
	// Times long past, so that the first load can trust them.
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			err = os.Chtimes(path, old, old)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	prev, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	questions := summaryQuestions(r, f)
	for step := range 10 {
		var what string
		before := maps.Clone(f)
		f, what = edit(r, f)
		for name := range before {
			if _, ok := f[name]; !ok {
				if err := os.Remove(filepath.Join(dir, filepath.FromSlash(name))); err != nil {
					t.Fatal(err)
				}
			}
		}
		writeAll()
		next, err := Reload(prev, dir)
		if err != nil {
			t.Fatal(err)
		}
		full, err := Load(dir)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(baseSummary(t, full, questions), baseSummary(t, next, questions)); diff != "" {
			t.Fatalf("step %d, %s: reload differs from a load (-load +reload):\n%s", step, what, diff)
		}
		for _, d := range next.Docs {
			if before[d.Path] != f[d.Path] {
				continue // changed
			}
			if !slices.Contains(prev.Docs, d) {
				t.Errorf("step %d, %s: unchanged %s was read again", step, what, d.Path)
			}
		}
		prev = next
	}
}

// TestReloadConcurrently reloads two versions of a directory from the
// same base at once: a reload copies what it changes, so each gives what
// a load of its version gives, and the base they started from is left as
// it was. Run with -race.
func TestReloadConcurrently(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 13))
	f := genFiles(r, 12)
	questions := summaryQuestions(r, f)
	prev := ReloadFS(nil, f.stamped(), "test")
	before := baseSummary(t, prev, questions)
	var versions [4]files
	for i := range versions {
		versions[i] = f
		for range 1 + i {
			versions[i], _ = edit(r, versions[i])
		}
	}
	got := make([]*Base, len(versions))
	done := make(chan int)
	for i, v := range versions {
		go func() {
			got[i] = ReloadFS(prev, v.stamped(), "test")
			done <- i
		}()
	}
	for range versions {
		<-done
	}
	for i, v := range versions {
		if diff := cmp.Diff(baseSummary(t, LoadFS(v.stamped(), "test"), questions), baseSummary(t, got[i], questions)); diff != "" {
			t.Errorf("version %d: reload differs from a load (-load +reload):\n%s", i, diff)
		}
	}
	if diff := cmp.Diff(before, baseSummary(t, prev, questions)); diff != "" {
		t.Errorf("reloading changed the base reloaded from (-before +after):\n%s", diff)
	}
}

// TestReloadAfterChurn replaces every document many times over: once
// most of the words the index numbered are gone, a reload builds the
// index afresh rather than keep them, and still answers as a load does.
func TestReloadAfterChurn(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 17))
	f := files{}
	base := ReloadFS(nil, f.stamped(), "test")
	for step := range 40 {
		f = files{}
		for i := range 5 {
			// Words of their own, so that each step's are new.
			var b strings.Builder
			fmt.Fprintf(&b, "Churn %d\n", step)
			for k := range 60 {
				fmt.Fprintf(&b, "- Item%d%d%d: word%dx%dy%d and more.\n", step, i, k, step, i, r.IntN(1000))
			}
			f[fmt.Sprintf("d%d.txt", i)] = b.String()
		}
		base = ReloadFS(base, f.stamped(), "test")
	}
	// The reload after one that left the index stale builds it afresh.
	if !base.idx.stale() {
		t.Fatalf("after 40 rounds of new words, the index keeps %d word IDs for %d words, and is not stale", len(base.idx.wordStr), len(base.idx.words))
	}
	base = ReloadFS(base, f.stamped(), "test")
	if n, want := len(base.idx.wordStr), len(base.idx.words); n != want {
		t.Errorf("a reload of a stale index keeps %d word IDs for %d words", n, want)
	}
	qs := []string{"item3921", "word39x2y5 more", "churn 39"}
	if diff := cmp.Diff(baseSummary(t, LoadFS(f.stamped(), "test"), qs), baseSummary(t, base, qs)); diff != "" {
		t.Errorf("reload differs from a load (-load +reload):\n%s", diff)
	}
}
