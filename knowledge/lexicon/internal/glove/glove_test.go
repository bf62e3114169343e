package glove

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestReadAndNeighbors(t *testing.T) {
	v, err := Read("testdata/tiny.json")
	if err != nil {
		t.Fatal(err)
	}
	// Stop words and punctuation are no keys; the rest sorted.
	if diff := cmp.Diff([]string{"abduct", "abducted", "helicopters", "kidnapped", "paris"}, v.Words); diff != "" {
		t.Errorf("words (-want +got):\n%s", diff)
	}
	want := map[string][]Neighbor{
		// The nearest stem is "kidnap"; "abduct" is the word's own stem.
		"abducted":    {{Stem: "kidnap", Similarity: 255}, {Stem: "pari", Similarity: 164}},
		"helicopters": nil, // nothing within 0.6
	}
	for i, w := range v.Words {
		nb, ok := want[w]
		if !ok {
			continue
		}
		if diff := cmp.Diff(nb, v.Neighbors(i), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("Neighbors(%q) (-want +got):\n%s", w, diff)
		}
	}
}

func TestReadRejects(t *testing.T) {
	for _, path := range []string{"testdata/missing.json", "glove.go"} {
		if _, err := Read(path); err == nil {
			t.Errorf("Read(%q) = nil error", path)
		}
	}
}
