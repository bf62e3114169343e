package knowledge

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
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
	own := make([]bool, ix.n) // an entry is found only through its own words

	for _, it := range q.items {
		mask := uint64(it.concepts) << matchShift[it.level]
		w := q.idf[it.term] * it.weight / valScale
		for l := range int32(listsPerTerm) {
			inTitle, internal := l%2 == 0, l >= 2
			if public && internal {
				continue
			}
			eachPosting(ix, listOf(it.term, inTitle, internal), func(e int32, val float32) {
				raw[e] += w * val
				concepts[e] |= mask
				own[e] = true
				if inTitle {
					concepts[e] |= uint64(it.concepts) << titleShift
				}
			})
		}
		w = q.idf[it.term] * it.weight
		eachContext(ix, it.term, func(first, end int32, internal bool, val float32) {
			if internal && public {
				return
			}
			for e := first; e < end; e++ {
				raw[e] += w * val
				concepts[e] |= mask
			}
		})
	}
	var all []candidate
	for e, c := range concepts {
		if c == 0 || !own[e] {
			continue // context alone, as a document's title, finds nothing
		}
		cov, enough := q.coverage(uint32(c&conceptMask), uint32(c>>approxShift&conceptMask), uint32(c>>looseShift&conceptMask))
		if !enough {
			continue
		}
		score := raw[e] * cov * cov
		if c>>titleShift&conceptMask != 0 {
			score *= 1 + q.titleMatch(ix.title(int32(e), nil))
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

// eachPosting calls fn with the entry and the value of each posting of
// list l, in order.
func eachPosting(ix *index, l int32, fn func(e int32, val float32)) {
	for _, r := range ix.runs[ix.runStart[l]:ix.runStart[l+1]] {
		s, first, vals := ix.segs[r.seg], ix.first[r.seg], ix.vals[r.seg].vals
		for _, p := range s.post[r.from:r.to] {
			fn(first+int32(p&segMask), vals[p>>segBits])
		}
	}
}

// eachContext calls fn with the items of each section with term t in its
// context, whether the section's document is internal and the posting's
// value, in order.
func eachContext(ix *index, t int32, fn func(first, end int32, internal bool, val float32)) {
	for _, r := range ix.ctxRuns[ix.ctxRunStart[t]:ix.ctxRunStart[t+1]] {
		s, first, vals := ix.segs[r.seg], ix.first[r.seg], ix.vals[r.seg].ctxVals
		for _, c := range s.ctx[r.from:r.to] {
			sec := s.sections[c&segMask]
			fn(first+sec.first, first+sec.end(), sec.internal(), vals[c>>segBits])
		}
	}
}

// TestRankMatchesExhaustive checks that pruning never changes an answer:
// rank, which skips what cannot reach the best answers, must rank as
// scoring every entry would. Sums added in another order may differ in
// their last bits, so scores are compared with a tolerance, and entries
// only where no near-tie could swap them.
func TestRankMatchesExhaustive(t *testing.T) {
	for _, tt := range []struct {
		skew  bool
		seg   int32 // most entries in a segment
		gated bool  // every question through a gate, every block by spans
	}{{false, segCap, false}, {true, segCap, false}, {true, 50, false}, {false, segCap, true}, {true, 50, true}, {true, 13, true}} {
		t.Run(fmt.Sprintf("skew=%v/segments=%d/gated=%v", tt.skew, tt.seg, tt.gated), func(t *testing.T) {
			if tt.seg != segCap {
				smallSegments(t, tt.seg)
			}
			if tt.gated {
				alwaysGate(t)
			}
			skew := tt.skew
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

// TestSegmentsDoNotChangeAnswers loads a base of several blocks whole
// and in segments of a few entries, which split blocks many times: the
// answers must be the same to the last bit.
func TestSegmentsDoNotChangeAnswers(t *testing.T) {
	whole, vocab := randomBase(t, 3, 300, true)
	smallSegments(t, 13)
	split, _ := randomBase(t, 3, 300, true)
	if len(split.idx.segs) < 100 || len(whole.idx.segs) != 1 {
		t.Fatalf("bases have %d and %d segments, want 1 and many", len(whole.idx.segs), len(split.idx.segs))
	}
	r := rand.New(rand.NewPCG(4, 4))
	for range 300 {
		q := randomQuestion(r, vocab)
		for _, a := range []Audience{Public, Internal} {
			if got, want := answerLines(split, q, a), answerLines(whole, q, a); !slices.Equal(got, want) {
				t.Fatalf("Search(%q, %v) in segments = %q, whole %q", q, a, got, want)
			}
		}
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
				b.idx.entry(got[i].entry).Title, b.idx.entry(want[i].entry).Title)
			return
		}
	}
}

// alwaysGate makes rank read every question with a necessary concept
// through its gate, and every block with entries to score by spans.
func alwaysGate(t *testing.T) {
	share, spans := gateShare, spanShare
	gateShare, spanShare = 0, 1
	t.Cleanup(func() { gateShare, spanShare = share, spans })
}

// TestNecessary checks the concepts rank gates on: every entry with
// enough coverage for a question matches each concept necessary finds,
// at a level it allows, through its own words or its sections' context.
func TestNecessary(t *testing.T) {
	b, vocab := randomBase(t, 1, 400, true)
	ix := b.idx
	r := rand.New(rand.NewPCG(6, 6))
	gated := 0
	for range 300 {
		w := make([]string, 1+r.IntN(4))
		for i := range w {
			w[i] = vocab[r.IntN(len(vocab))]
			if r.IntN(6) == 0 {
				w[i] = "zebra"
			}
		}
		question := strings.Join(w, " ")
		q := ix.view(Internal).analyze(question)
		if len(q.items) == 0 || !q.answerable() {
			continue
		}
		need := q.necessary(nil)
		if len(need) > 0 {
			gated++
		}
		concepts := make([]uint64, ix.n)
		for _, it := range q.items {
			mask := uint64(it.concepts) << matchShift[it.level]
			for l := range int32(listsPerTerm) {
				eachPosting(ix, listOf(it.term, l%2 == 0, l >= 2), func(e int32, _ float32) { concepts[e] |= mask })
			}
			eachContext(ix, it.term, func(first, end int32, _ bool, _ float32) {
				for e := first; e < end; e++ {
					concepts[e] |= mask
				}
			})
		}
		for e, c := range concepts {
			if _, enough := q.coverage(uint32(c&conceptMask), uint32(c>>approxShift&conceptMask), uint32(c>>looseShift&conceptMask)); !enough {
				continue
			}
			for _, m := range need {
				if c&m == 0 {
					t.Fatalf("%q: entry %q has enough coverage without necessary concept %x (has %x)", question, ix.entry(int32(e)).Title, m, c)
				}
			}
		}
	}
	if gated < 100 {
		t.Errorf("%d questions of 300 have a necessary concept, want most", gated)
	}
}

func TestClearWinner(t *testing.T) {
	// Four telling words of equal weight; the third is what the
	// question asks for in the "focus" cases.
	q := func(focus uint32) *query {
		return &query{weight: []float32{1, 1, 1, 1}, total: 4, tellingTotal: 4, telling: 0b1111, focus: focus}
	}
	exact := func(concepts uint64, score float32) candidate {
		return candidate{entry: 1, score: score, concepts: concepts}
	}
	tests := []struct {
		name string
		q    *query
		top  []candidate
		want bool
	}{
		{"half the words, far ahead", q(0), []candidate{exact(0b0011, 9), exact(0b0100, 3)}, true},
		{"half the words, alone", q(0), []candidate{exact(0b0011, 9)}, true},
		{"a synonym counts less", q(0), []candidate{exact(0b0001|0b0010<<looseShift, 9)}, false},
		{"half the words, not far enough ahead", q(0), []candidate{exact(0b0011, 9), exact(0b0100, 3.5)}, false},
		{"a quarter of the words", q(0), []candidate{exact(0b0001, 9), exact(0b0100, 1)}, false},
		{"without what is asked for", q(0b0100), []candidate{exact(0b0011, 9), exact(0b0100, 1)}, false},
		{"nothing ranked", q(0), nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := len(tt.q.clearWinner(tt.top)) == 1; got != tt.want {
				t.Errorf("clearWinner answers = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestSeek holds seek, which steps and then gallops, to the first
// posting of an entry numbered k or more, found by a binary search:
// for lists shorter and longer than it steps over, k before, between,
// on and after their postings, with value classes in the high bits.
func TestSeek(t *testing.T) {
	list := func(n, gap int) []uint32 {
		post := make([]uint32, n)
		for i := range post {
			post[i] = uint32(i*gap+gap/2) | uint32(i%5)<<segBits
		}
		return post
	}
	tests := []struct {
		name string
		post []uint32
	}{
		{"empty", nil},
		{"one", list(1, 3)},
		{"under a step", list(seekStep-1, 2)},
		{"a step", list(seekStep, 2)},
		{"over a step", list(seekStep+1, 2)},
		{"under the steps", list(seekNear-1, 3)},
		{"the steps", list(seekNear, 3)},
		{"over the steps", list(seekNear+1, 3)},
		{"dense and long", list(1000, 1)},
		{"sparse and long", list(1500, 5)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got, want []int
			end := uint32(0)
			if len(tt.post) > 0 {
				end = tt.post[len(tt.post)-1]&segMask + 3
			}
			for k := range end + 1 {
				got = append(got, seek(tt.post, k))
				want = append(want, sort.Search(len(tt.post), func(i int) bool { return tt.post[i]&segMask >= k }))
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("seek(%d postings, k) for each k (-want +got):\n%s", len(tt.post), diff)
			}
		})
	}
}

// TestRankAboveLeast checks that rank with a least score keeps exactly
// the entries the exhaustive ranking scores above it, relaxed or not,
// however the lists are pruned and gated.
func TestRankAboveLeast(t *testing.T) {
	for _, gated := range []bool{false, true} {
		t.Run(fmt.Sprintf("gated=%v", gated), func(t *testing.T) {
			if gated {
				alwaysGate(t)
			}
			b, vocab := randomBase(t, 1, 400, true)
			r := rand.New(rand.NewPCG(8, 8))
			checked := 0
			for range 300 {
				question := randomQuestion(r, vocab)
				for _, relaxed := range []bool{false, true} {
					q := b.idx.view(Internal).analyze(question)
					q.relaxed = relaxed
					want := exhaustive(b.idx, q, Internal)
					// A least score between two answers' that differ
					// enough, so that no sum's last bits decide.
					k := slices.IndexFunc(want, func(c candidate) bool { return c.score < 0.9*want[0].score })
					if k < 0 || k > MaxAnswers {
						continue
					}
					q = b.idx.view(Internal).analyze(question)
					q.relaxed, q.least = relaxed, (want[k-1].score+want[k].score)/2
					got := b.idx.rank(q, Internal, b.scratch())
					if len(got) != k {
						t.Errorf("rank(%q, relaxed=%v) above %v gave %d answers, exhaustive %d", question, relaxed, q.least, len(got), k)
						continue
					}
					if got[0].entry != want[0].entry {
						t.Errorf("rank(%q, relaxed=%v) above %v is first %q, exhaustive %q", question, relaxed, q.least,
							b.idx.entry(got[0].entry).Title, b.idx.entry(want[0].entry).Title)
					}
					checked++
				}
			}
			if checked < 50 {
				t.Fatalf("only %d questions had answers to check", checked)
			}
		})
	}
}

// randomQuestion returns a question of one to four words of vocab.
func randomQuestion(r *rand.Rand, vocab []string) string {
	w := make([]string, 1+r.IntN(4))
	for i := range w {
		w[i] = vocab[r.IntN(len(vocab))]
	}
	return strings.Join(w, " ")
}
