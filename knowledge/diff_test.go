package knowledge

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
)

// TestCompareMatchesSprint checks Compare against the way it was first
// written, with fmt.Sprint building every key and content, over random
// sequences of edits: the diff a reload shows must not change with the
// way it is computed. (Changes of equal name are listed in any order.)
func TestCompareMatchesSprint(t *testing.T) {
	for seed := range uint64(4) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			r := rand.New(rand.NewPCG(seed, 7))
			f := genFiles(r, 12)
			prev := LoadFS(f.fs(), "test")
			for range 40 {
				var what string
				f, what = edit(r, f)
				next := LoadFS(f.fs(), "test")
				got, want := normalDiff(Compare(prev, next)), normalDiff(compareSprint(prev, next))
				if diff := gocmp.Diff(want, got); diff != "" {
					t.Fatalf("after %s, Compare mismatch (-sprint +got):\n%s", what, diff)
				}
				if !Compare(next, next).Empty() {
					t.Fatalf("after %s, Compare(b, b) is not empty", what)
				}
				prev = next
			}
		})
	}
}

// normalDiff sorts every list of d completely.
func normalDiff(d Diff) Diff {
	for _, c := range []*Changes{&d.Documents, &d.Themes, &d.Entries, &d.Synonyms} {
		for _, list := range [][]Change{c.Added, c.Removed, c.Changed} {
			slices.SortFunc(list, func(x, y Change) int {
				return cmp.Or(cmp.Compare(x.Document, y.Document), cmp.Compare(x.Name, y.Name), cmp.Compare(x.Audience, y.Audience))
			})
		}
	}
	return d
}
