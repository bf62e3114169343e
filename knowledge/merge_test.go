package knowledge

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestMergeTerms(t *testing.T) {
	idf := []float32{0, 2, 3, 5}
	for _, tt := range []struct {
		name  string
		items []queryTerm
		want  []rankTerm
	}{
		{"none", nil, []rankTerm{}},
		{
			"each term once",
			[]queryTerm{
				{term: 2, weight: 1, concepts: 0b01, level: exactMatch},
				{term: 1, weight: 0.5, concepts: 0b10, level: looseMatch},
			},
			[]rankTerm{
				{term: 2, w: 3, mask: 0b01, title: 0b01 << titleShift},
				{term: 1, w: 1, mask: 0b10 << looseShift, title: 0b10 << titleShift},
			},
		},
		{
			// "support fund": fund as asked, as a broader word of
			// support and as a similar word.
			"a term at several levels",
			[]queryTerm{
				{term: 3, weight: 1, concepts: 0b10, level: exactMatch},
				{term: 1, weight: 1, concepts: 0b01, level: exactMatch},
				{term: 3, weight: 0.5, concepts: 0b01, level: looseMatch},
				{term: 3, weight: 0.5, concepts: 0b10, level: looseMatch},
				{term: 2, weight: 0.9, concepts: 0b01, level: approxMatch},
			},
			[]rankTerm{
				{term: 3, w: 10, mask: 0b10 | 0b11<<looseShift, title: 0b11 << titleShift},
				{term: 1, w: 2, mask: 0b01, title: 0b01 << titleShift},
				{term: 2, w: 3 * float32(0.9), mask: 0b01 << approxShift, title: 0b01 << titleShift},
			},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			q := &query{idf: idf, items: tt.items}
			got := mergeTerms(q, []rankTerm{{term: 9, w: 9}}) // dst is reused
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(rankTerm{})); diff != "" {
				t.Errorf("mergeTerms(%v) mismatch (-want +got):\n%s", tt.items, diff)
			}
		})
	}
}
