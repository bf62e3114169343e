package knowledge

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestRerank holds rerank to what preferThroughDocument needs of it: rank's
// list, or nil only when the relaxed ranking's first entry is not another
// entry of the first answer's document scoring more than the first
// answer (then the answers stay as they are either way). It also checks
// that othersAbove finds each such entry the relaxed ranking lists, at
// the score rank gives it, in documents split across segments too.
func TestRerank(t *testing.T) {
	for _, seg := range []int32{segCap, 50, 13} {
		t.Run(fmt.Sprintf("segments=%d", seg), func(t *testing.T) {
			if seg != segCap {
				smallSegments(t, seg)
			}
			b, vocab := randomBase(t, 1, 400, true)
			ix := b.idx
			r := rand.New(rand.NewPCG(7, 7))
			var kept, ranked, found int
			for range 300 {
				question := randomQuestion(r, vocab)
				for _, a := range []Audience{Internal, Public} {
					q := ix.view(a).analyze(question)
					first := slices.Clone(ix.rank(q, a, b.scratch()))
					q.relaxed = true
					relaxed := slices.Clone(ix.rank(q, a, b.scratch()))
					for _, c := range first[:min(len(first), 3)] {
						e := ix.entry(c.entry)
						// As the first answer scores, and lower, so that
						// other entries pass it.
						for _, share := range []float64{1, 0.5} {
							answer := Answer{Entry: e, Score: float64(c.score) * share}
							got := ix.rerank(q, a, b.scratch(), answer)
							if got != nil {
								ranked++
								if !slices.Equal(got, relaxed) {
									t.Fatalf("rerank(%q, %v) = %v, rank %v", question, a, got, relaxed)
								}
								continue
							}
							kept++
							if len(relaxed) > 0 {
								top := ix.entry(relaxed[0].entry)
								if float64(relaxed[0].score) > answer.Score && top != e && top.Doc() == e.Doc() {
									t.Fatalf("rerank(%q, %v, %q at %v) = nil, but the relaxed ranking puts %q of its document first at %v",
										question, a, e.Title, answer.Score, top.Title, relaxed[0].score)
								}
							}
						}
						for _, o := range relaxed {
							if x := ix.entry(o.entry); x != e && x.Doc() == e.Doc() {
								found++
								if !ix.othersAbove(q, a, b.scratch(), Answer{Entry: e, Score: float64(o.score) * (1 - 1e-3)}) {
									t.Fatalf("othersAbove(%q, %v, %q) misses %q, which rank scores %v", question, a, e.Title, x.Title, o.score)
								}
							}
						}
					}
				}
			}
			if kept == 0 || ranked == 0 || found == 0 {
				t.Errorf("rerank kept the answers %d times and ranked %d times, othersAbove checked %d entries: want each", kept, ranked, found)
			}
		})
	}
}

// TestPartsOf holds partsOf to the first and last parts of each document
// that looking through every segment's parts finds, in bases whose
// documents are split across segments and in the bases reloads make of
// them, where segments are rebuilt, split and shared; and to none for a
// document the base does not have.
func TestPartsOf(t *testing.T) {
	smallSegments(t, 13)
	r := rand.New(rand.NewPCG(11, 11))
	f := genFiles(r, 30)
	base := ReloadFS(nil, f.stamped(), "test")
	for step := range 8 {
		ix := base.idx
		want := map[*Document][2]partAt{}
		for k, seg := range ix.segs {
			for j, p := range seg.parts {
				at := partAt{int32(k), int32(j)}
				if r, ok := want[p.doc]; ok {
					want[p.doc] = [2]partAt{r[0], at}
				} else {
					want[p.doc] = [2]partAt{at, at}
				}
			}
		}
		if len(want) != len(base.Docs) {
			t.Fatalf("step %d: %d documents have parts, want %d", step, len(want), len(base.Docs))
		}
		split := 0
		for _, d := range base.Docs {
			got, ok := ix.partsOf(d)
			if !ok || got != want[d] {
				t.Errorf("step %d: partsOf(%s) = %v, %v; want %v", step, d.Path, got, ok, want[d])
			}
			if got[0].seg != got[1].seg {
				split++
			}
		}
		if split == 0 {
			t.Errorf("step %d: no document is split across segments", step)
		}
		if _, ok := ix.partsOf(&Document{Path: "elsewhere.txt"}); ok {
			t.Errorf("step %d: partsOf finds parts of a document the base lacks", step)
		}
		f, _ = edit(r, f)
		base = ReloadFS(base, f.stamped(), "test")
	}
}
