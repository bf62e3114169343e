package lexicon

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"github.com/kljensen/snowball/english"
)

// key computes a lexicon key the way the package documents it.
func key(phrase string) string {
	ws := strings.FieldsFunc(strings.ToLower(phrase), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	for i, w := range ws {
		ws[i] = english.Stem(Fold(w), false)
	}
	return strings.Join(ws, " ")
}

type relation struct {
	Key     string
	Kind    Kind
	Primary bool
}

func related(k string) []relation {
	var out []relation
	Related(k, func(r string, kind Kind, primary bool) bool {
		out = append(out, relation{r, kind, primary})
		return true
	})
	return out
}

func TestRelated(t *testing.T) {
	tests := []struct {
		word string
		want []relation // among the relations, in no order
		not  []string   // keys that must not be related
	}{
		{"hospital", []relation{
			{key("infirmary"), Synonym, true},
			{key("medical building"), Broader, true},
			{key("health facility"), Broader, true},
			{key("healthcare facility"), Broader, true},
			{key("mental hospital"), Narrower, true},
		}, []string{key("hotel")}},
		{"terrorist", []relation{
			{key("terror"), Derived, true}, // terrorism stems to terror too
			{key("radical"), Broader, true},
			{key("suicide bomber"), Narrower, true},
		}, []string{key("osama bin laden")}}, // instances are not hyponyms
		{"saigon", []relation{
			{key("ho chi minh city"), Synonym, true}, // a name of four words
		}, nil},
		{"drone", []relation{
			{key("pilotless aircraft"), Synonym, false},
			{key("radio-controlled aircraft"), Synonym, false},
			{key("bee"), Broader, true},
		}, nil},
		{"heroin", []relation{
			{key("diacetylmorphine"), Synonym, true},
			{key("opiate"), Broader, true},
			{key("hard drug"), Broader, true},
			{key("smack"), Narrower, true},
		}, nil},
		{"drill", []relation{
			{key("bore"), Synonym, true},
			{key("exercise"), Synonym, false},
			{key("train"), Similar, false},
			{key("fire drill"), Narrower, false},
		}, nil},
		{"pirate", []relation{
			{key("buccaneer"), Synonym, true},
			{key("sea robber"), Synonym, true},
			{key("piracy"), Derived, false},
			{key("plunderer"), Broader, true},
			{key("corsair"), Narrower, true},
		}, nil},
		{"sabotage", []relation{
			{key("saboteur"), Derived, true}, // only a gloss links them
			{key("undermine"), Synonym, false},
		}, nil},
		{"mice", []relation{{key("mouse"), Inflection, true}}, nil},
		{"went", []relation{{key("go"), Inflection, true}}, nil},
		{"solar", []relation{{key("sun"), Derived, true}}, nil},
		{"health facility", []relation{{key("hospital"), Narrower, true}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			k := key(tt.word)
			got := related(k)
			have := map[relation]bool{}
			keys := map[string]bool{}
			for _, r := range got {
				if have[r] {
					t.Errorf("Related(%q) yields %v twice", k, r)
				}
				have[r] = true
				keys[r.Key] = true
				if r.Key == k {
					t.Errorf("Related(%q) yields the key itself as %v", k, r.Kind)
				}
				if strings.Count(r.Key, " ") > 3 {
					t.Errorf("Related(%q) yields %q, of more than 4 words", k, r.Key)
				}
			}
			for _, w := range tt.want {
				if !have[w] {
					t.Errorf("Related(%q) lacks %+v; got %+v", k, w, got)
				}
			}
			for _, n := range tt.not {
				if keys[n] {
					t.Errorf("Related(%q) yields %q", k, n)
				}
			}
			for i := 1; i < len(got); i++ {
				a, b := got[i-1], got[i]
				if a.Kind > b.Kind || a.Kind == b.Kind && !a.Primary && b.Primary {
					t.Errorf("Related(%q): %+v before %+v, want kinds in order, primary first", k, a, b)
				}
			}
		})
	}
}

func TestDefined(t *testing.T) {
	tests := []struct {
		key  string
		want string // a word whose definition has key
	}{
		{"syrup", "molass"}, // "thick dark syrup produced by boiling down juice from sugar cane"
		{"cane", "molass"},
		{"refund", "rebat"}, // "a refund of some fraction of the amount paid"
		{"lens", "spectacl"},
	}
	for _, tt := range tests {
		var got []string
		ws := Defined(tt.key)
		for i := range ws.Len() {
			got = append(got, ws.At(i).Key())
			if i > 0 && ws.At(i) <= ws.At(i-1) {
				t.Errorf("Defined(%q) is out of order at %d", tt.key, i)
			}
		}
		if !slices.Contains(got, tt.want) {
			t.Errorf("Defined(%q) = %q, want %q among them", tt.key, got, tt.want)
		}
		Related(tt.key, func(r string, kind Kind, _ bool) bool {
			if kind == Defines {
				t.Errorf("Related(%q) gave %q, a word it defines", tt.key, r)
			}
			return true
		})
	}
}

func TestRelatedStops(t *testing.T) {
	n := 0
	Related(key("doctor"), func(string, Kind, bool) bool { n++; return n < 3 })
	if n != 3 {
		t.Errorf("Related called fn %d times after it returned false at the 3rd, want 3", n)
	}
	Related("no such key", func(string, Kind, bool) bool { t.Error("fn called for an unknown key"); return true })
}

func TestRelatedDoesNotAllocate(t *testing.T) {
	k := key("hospital")
	n := 0
	if a := testing.AllocsPerRun(100, func() {
		Related(k, func(string, Kind, bool) bool { n++; return true })
	}); a != 0 {
		t.Errorf("Related(%q) allocates %v times, want 0", k, a)
	}
}

func TestKnown(t *testing.T) {
	tests := []struct {
		key  string
		want bool
	}{
		{key("narcotics"), true},
		{key("counter"), true},
		{key("counternarcotics"), false},
		{key("hospital"), true},
		{key("health facility"), true},
		{key("medical facility"), false}, // not a WordNet lemma
		{key("mice"), true},              // an irregular form
		{key("programme"), true},
		{"zzyzx", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := Known(tt.key); got != tt.want {
			t.Errorf("Known(%q) = %v, want %v", tt.key, got, tt.want)
		}
	}
}

func TestPhrases(t *testing.T) {
	var got []string
	Phrases(key("pilotless"), func(p string) bool { got = append(got, p); return true })
	if diff := cmp.Diff([]string{key("pilotless aircraft")}, got); diff != "" {
		t.Errorf("Phrases(%q) (-want +got):\n%s", key("pilotless"), diff)
	}
	got = nil
	Phrases(key("solar"), func(p string) bool { got = append(got, p); return true })
	if !contains(got, key("solar panel")) || !contains(got, key("solar energy")) {
		t.Errorf("Phrases(%q) = %q, want solar panel and solar energy among them", key("solar"), got)
	}
	for _, p := range got {
		if !strings.HasPrefix(p, key("solar")+" ") {
			t.Errorf("Phrases(%q) yields %q", key("solar"), p)
		}
	}
	n := 0
	Phrases(key("solar"), func(string) bool { n++; return false })
	if n != 1 {
		t.Errorf("Phrases called fn %d times after it returned false, want 1", n)
	}
	Phrases("zzyzx", func(p string) bool { t.Errorf("Phrases(zzyzx) yields %q", p); return true })
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func TestKeysSorted(t *testing.T) {
	for i := 1; i < tab.n; i++ {
		if tab.key(i-1) >= tab.key(i) {
			t.Fatalf("key %d %q sorts after key %d %q", i-1, tab.key(i-1), i, tab.key(i))
		}
	}
	if !strings.Contains(header, "WordNet 3.0") || !strings.Contains(header, "LICENSE-WordNet") {
		t.Errorf("header %q does not name WordNet 3.0 and its licence", header)
	}
	if _, err := os.Stat("LICENSE-WordNet"); err != nil {
		t.Errorf("the WordNet licence must ship with the table: %v", err)
	}
}

func BenchmarkRelated(b *testing.B) {
	// The content words of a few questions, as keys.
	var keys []string
	for _, w := range strings.Fields("army drills flooding pirates doctors rural troops annual solar panel pilotless terrorist hospital heroin") {
		keys = append(keys, key(w))
	}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, k := range keys {
			Known(k)
			Related(k, func(string, Kind, bool) bool { n++; return true })
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(keys)), "ns/word")
}

func TestName(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"kenya", true},
		{"thai", true},
		{"uzbekistan", true},
		{"senegal", true},
		{"cooperation", false}, // a common noun
		{"turkey", false},      // a country, and a bird
		{"canal", false},
		{"shiprider", false}, // not in WordNet at all
	}
	for _, tt := range tests {
		if got := Name(english.Stem(Fold(tt.word), false)); got != tt.want {
			t.Errorf("Name(key of %q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}
