package knowledge

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// randomBase is a base of synthetic briefings over a small vocabulary, so
// that words repeat across thousands of entries and ranking has to prune:
// several blocks of entries, public and internal documents, bullets,
// tables and sections' own text.
func randomBase(t testing.TB, seed uint64, docs int, skew bool) (*Base, []string) {
	t.Helper()
	vocab := strings.Fields(`maritime security coast guard patrol vessel port harbor
		training exercise joint naval air base runway hangar fuel logistics
		supply chain disaster relief typhoon flood tsunami warning buoy radio
		health clinic vaccine hospital water sanitation school teacher grant
		loan budget trade customs border police court justice cyber network
		energy solar grid wind mining nickel fisheries reef mangrove forest
		climate adaptation drought food farm rice market road bridge rail`)
	r := rand.New(rand.NewPCG(seed, seed))
	// With skew, words are drawn unevenly, as in real text: a few are
	// everywhere, others in a handful of entries, so that the best answers
	// to some questions lack some of their words.
	words := func(min, max int) string {
		n := min + r.IntN(max-min+1)
		w := make([]string, n)
		for i := range w {
			u := r.Float64()
			if skew {
				u = u * u * u
			}
			w[i] = vocab[int(u*float64(len(vocab)))]
		}
		return strings.Join(w, " ")
	}
	fsys := fstest.MapFS{}
	for d := range docs {
		var b strings.Builder
		if d%5 == 0 {
			fmt.Fprintf(&b, "---\ntitle: %s\naudience: internal\n---\n", words(2, 3))
		}
		for range 3 + r.IntN(4) {
			fmt.Fprintf(&b, "%s\n%s.\n", strings.ToUpper(words(2, 3)[:1])+words(2, 3)[1:], words(6, 20))
			for range 2 + r.IntN(5) {
				fmt.Fprintf(&b, "- %s: %s.\n", words(1, 3), words(4, 14))
			}
			if r.IntN(3) == 0 {
				fmt.Fprintf(&b, "%s | %s |\n---|---|\n", words(1, 2), words(1, 2))
				for range 2 + r.IntN(3) {
					fmt.Fprintf(&b, "%s | %s. |\n", words(1, 2), words(4, 10))
				}
			}
		}
		fsys[fmt.Sprintf("doc-%03d.txt", d)] = &fstest.MapFile{Data: []byte(b.String())}
	}
	base := LoadFS(fsys, "random")
	if len(base.Problems) > 0 {
		t.Fatalf("randomBase problems: %v", base.Problems[0])
	}
	return base, vocab
}

// exhaustive ranks q the slow way: it scores every entry the audience may
// read with every term, with no pruning, and returns them all, sorted.
func exhaustive(ix *index, q *query, a Audience) []candidate {
	if len(q.items) == 0 || !q.answerable() {
		return nil
	}
	public := a != Internal
	raw := make([]float32, ix.n)
	concepts := make([]uint64, ix.n)
	for _, it := range q.items {
		mask := uint64(it.concepts) << matchShift[it.level]
		w := q.idf[it.term] * it.weight / valScale
		for l := range int32(listsPerTerm) {
			inTitle, internal := l%2 == 0, l >= 2
			if public && internal {
				continue
			}
			l := listOf(it.term, inTitle, internal)
			for k := ix.runStart[l]; k < ix.runStart[l+1]; k++ {
				postings, _ := ix.blockPostings(l, ix.runs[k].block, k)
				for _, p := range postings {
					e := ix.runs[k].block<<blockBits + int32(p&(blockSize-1))
					raw[e] += w * float32(p>>valShift)
					concepts[e] |= mask
					if inTitle {
						concepts[e] |= uint64(it.concepts) << titleShift
					}
				}
			}
		}
		w = q.idf[it.term] * it.weight
		for _, c := range ix.ctx[ix.ctxStart[it.term]:ix.ctxStart[it.term+1]] {
			first := c.first
			if first < 0 {
				if public {
					continue
				}
				first = ^first
			}
			for e := first; e < c.end; e++ {
				raw[e] += w * c.val
				concepts[e] |= mask
			}
		}
	}
	var all []candidate
	for e, c := range concepts {
		if c == 0 {
			continue
		}
		cov, enough := q.coverage(uint32(c&conceptMask), uint32(c>>approxShift&conceptMask), uint32(c>>looseShift&conceptMask))
		if !enough {
			continue
		}
		score := raw[e] * cov * cov
		if c>>titleShift&conceptMask != 0 {
			score *= 1 + q.titleMatch(ix.titleTerms[ix.titleStart[e]:ix.titleStart[e+1]])
		}
		all = append(all, candidate{entry: int32(e), score: score, cov: cov})
	}
	slices.SortFunc(all, func(a, b candidate) int {
		if a.better(b) {
			return -1
		}
		return 1
	})
	return all
}

// TestRankMatchesExhaustive checks that pruning never changes an answer:
// rank, which skips what cannot reach the best answers, must rank as
// scoring every entry would. Sums added in another order may differ in
// their last bits, so scores are compared with a tolerance, and entries
// only where no near-tie could swap them.
func TestRankMatchesExhaustive(t *testing.T) {
	for _, skew := range []bool{false, true} {
		t.Run(fmt.Sprintf("skew=%v", skew), func(t *testing.T) {
			b, vocab := randomBase(t, 1, 400, skew)
			if blocks := (b.idx.n + blockSize - 1) / blockSize; blocks < 3 {
				t.Fatalf("random base has %d entries in %d blocks, want several blocks", b.idx.n, blocks)
			}
			r := rand.New(rand.NewPCG(2, 2))
			for range 400 {
				w := make([]string, 1+r.IntN(4))
				for i := range w {
					w[i] = vocab[r.IntN(len(vocab))]
					switch r.IntN(8) {
					case 0: // a typo: drop a letter
						k := r.IntN(len(w[i]))
						w[i] = w[i][:k] + w[i][k+1:]
					case 1:
						w[i] = "zebra"
					}
				}
				question := strings.Join(w, " ")
				for _, a := range []Audience{Internal, Public} {
					compareRank(t, b, question, a)
				}
			}
		})
	}
}

// compareRank checks rank against exhaustive for one question.
func compareRank(t *testing.T, b *Base, question string, a Audience) {
	t.Helper()
	near := func(x, y float32) bool { return x-y <= 1e-4*y && y-x <= 1e-4*y }
	got := slices.Clone(b.idx.rank(b.idx.view(a).analyze(question), a, b.scratch()))
	want := exhaustive(b.idx, b.idx.view(a).analyze(question), a)
	if len(got) != min(len(want), MaxAnswers) {
		t.Errorf("rank(%q, %v) gave %d answers, exhaustive %d", question, a, len(got), len(want))
		return
	}
	for i := range got {
		if !near(got[i].score, want[i].score) {
			t.Errorf("rank(%q, %v) answer %d scores %v, exhaustive %v", question, a, i, got[i].score, want[i].score)
			return
		}
		tied := i > 0 && near(want[i].score, want[i-1].score) || i+1 < len(want) && near(want[i].score, want[i+1].score)
		if got[i].entry != want[i].entry && !tied {
			t.Errorf("rank(%q, %v) answer %d is %q, exhaustive %q", question, a, i,
				b.entries[got[i].entry].Title, b.entries[want[i].entry].Title)
			return
		}
	}
}
