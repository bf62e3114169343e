package wordnet

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const dict = "testdata/dict"

func TestSpellings(t *testing.T) {
	d, err := read(dict)
	if err != nil {
		t.Fatal(err)
	}
	vs, _ := spellings(d)
	got := map[string]string{}
	for _, v := range vs {
		got[v.uk] = v.us
	}
	want := map[string]string{
		"defence": "defense", "defences": "defenses",
		"centre": "center", "centres": "centers", "centred": "centered", "centring": "centering",
		"programme": "program", "programmes": "programs",
		// verb.exc lists travelled, and the glosses spell "traveled".
		"travelled": "traveled", "travelling": "traveling", "traveller": "traveler", "travellers": "travelers",
		// timbre and timber share a synset, but are told apart.
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("spellings(%s) (-want +got):\n%s", dict, diff)
	}
}

func TestRelations(t *testing.T) {
	d, err := read(dict)
	if err != nil {
		t.Fatal(err)
	}
	vs, _ := spellings(d)
	r, _ := build(d, newKeyer(vs))
	tests := []struct {
		key  string
		want []relatedTerm
	}{
		{"hospit", []relatedTerm{
			{"infirmari", Synonym, true},
			{"health facil", Broader, true},
			{"healthcar facil", Broader, true},
			{"medic build", Broader, true},
		}},
		{"medic build", []relatedTerm{
			{"health facil", Synonym, true},
			{"healthcar facil", Synonym, true},
			{"hospit", Narrower, true},
			{"infirmari", Narrower, true},
			{"mental hospit", Narrower, true},
		}},
		// Saboteur is "someone who commits sabotage", and solar "relating
		// to or derived from the sun".
		{"sabotag", []relatedTerm{{"saboteur", Derived, true}, {"saboteur", Defines, true}}},
		{"saboteur", []relatedTerm{{"sabotag", Derived, true}}},
		{"solar", []relatedTerm{{"sun", Derived, true}}},
		{"sun", []relatedTerm{{"solar", Derived, true}, {"solar", Defines, true}}},
		{"mice", []relatedTerm{{"mous", Inflection, true}}},
		{"mous", []relatedTerm{{"mice", Inflection, true}}},
		{"defens", nil}, // defence folds to defense: one key, no relation to itself
		{"center", nil},
		{"timbr", []relatedTerm{{"timber", Synonym, true}}},
		{"timber", []relatedTerm{{"timbr", Synonym, false}}}, // timber's second sense
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, r.edges[tt.key], cmp.AllowUnexported(relatedTerm{})); diff != "" {
			t.Errorf("relations of %q (-want +got):\n%s", tt.key, diff)
		}
	}
	for _, k := range []string{"defenc", "centr", "programm"} {
		if _, ok := slicesIndex(r.keys, k); ok {
			t.Errorf("key %q of a British spelling, want it folded", k)
		}
	}
}

func slicesIndex(s []string, v string) (int, bool) {
	for i, x := range s {
		if x == v {
			return i, true
		}
	}
	return -1, false
}

func TestBuildIsDeterministic(t *testing.T) {
	a, rep, err := Build(dict)
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := Build(dict)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Error("Build gave different bytes for the same input")
	}
	h, _, _ := strings.Cut(string(a), "\n")
	if !strings.Contains(h, "WordNet 3.0") || !strings.Contains(h, "LICENSE-WordNet") || !strings.Contains(h, "DO NOT EDIT") {
		t.Errorf("header %q does not name the source, its licence and the generator", h)
	}
	if rep.Bytes != len(a) || rep.Variants == 0 || rep.Keys == 0 {
		t.Errorf("Build report %+v does not describe %d bytes", rep, len(a))
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		file, content, want string
	}{
		{"data.noun", "00000010 06 n zz hospital 0 000 | x\n", "data.noun:16: word count \"zz\""},
		{"data.noun", "00000010 06 n 01 hospital 0 001 @ 00000999 n 0000 | x\n", "pointer to missing synset n 00000999"},
		{"index.noun", "hospital n 1 0 1 0 00000999\n", "index.noun:22: missing synset 00000999"},
		{"cntlist.rev", "hospital 1\n", "cntlist.rev:2: want a sense key"},
		{"noun.exc", "mice\n", "noun.exc:2: want an inflected form"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			dir := t.TempDir()
			entries, err := os.ReadDir(dict)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range entries {
				b, err := os.ReadFile(filepath.Join(dict, e.Name()))
				if err != nil {
					t.Fatal(err)
				}
				if e.Name() == tt.file {
					b = append(b, tt.content...)
				}
				if err := os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			_, _, err = Build(dir)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Build with a bad %s: error %v, want one containing %q", tt.file, err, tt.want)
			}
		})
	}
	if _, _, err := Build(filepath.Join(t.TempDir(), "none")); err == nil || !strings.Contains(err.Error(), "data.noun") {
		t.Errorf("Build of a missing directory: error %v, want one naming data.noun", err)
	}
}

func TestAmericanSpellings(t *testing.T) {
	tests := []struct {
		uk   string
		us   string
		want bool
	}{
		{"colour", "color", true},
		{"defence", "defense", true},
		{"programme", "program", true},
		{"organisation", "organization", true},
		{"analyse", "analyze", true},
		{"centre", "center", true},
		{"catalogue", "catalog", true},
		{"traveller", "traveler", true},
		{"enrol", "enroll", true},
		{"manoeuvre", "maneuver", true}, // two edits
		{"aeroplane", "airplane", true},
		{"bipartisan", "bipartizan", false}, // -isan is no -ise
		{"controller", "controler", true},   // proposed: the data must refuse it
		{"maneuver", "manoeuvre", false},
	}
	for _, tt := range tests {
		if got := americanSpellings(tt.uk)[tt.us]; got != tt.want {
			t.Errorf("americanSpellings(%q)[%q] = %v, want %v", tt.uk, tt.us, got, tt.want)
		}
	}
}

func TestInflections(t *testing.T) {
	tests := []struct {
		w    string
		pos  byte
		want []string
	}{
		{"centre", 'n', []string{"centres"}},
		{"centre", 'v', []string{"centres", "centred", "centring"}},
		{"center", 'v', []string{"centers", "centered", "centering"}},
		{"analyse", 'v', []string{"analyses", "analysed", "analysing"}},
		{"colour", 'v', []string{"colours", "coloured", "colouring"}},
		{"pry", 'v', []string{"pries", "pried", "prying"}},
		{"tie", 'v', []string{"ties", "tied", "tying"}},
		{"box", 'n', []string{"boxes"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, inflections(tt.w, tt.pos)); diff != "" {
			t.Errorf("inflections(%q, %c) (-want +got):\n%s", tt.w, tt.pos, diff)
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"medical building", []string{"medical", "building"}},
		{"dentist's drill", []string{"dentist", "drill"}},
		{"radio-controlled aircraft", []string{"radio", "controlled", "aircraft"}},
		{"rock'n'roll", []string{"rocknroll"}}, // as the search's tokenizer joins it
		{"cote d'ivoire", []string{"cote", "divoire"}},
		{"a.d.", []string{"a", "d"}},
		{"", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, words(tt.in)); diff != "" {
			t.Errorf("words(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestIsPrimary(t *testing.T) {
	drill := []sense{{1, 1, 0}, {2, 2, 0}, {3, 1, 21}, {4, 2, 5}} // noun senses untagged; verb tagged
	for i, want := range []bool{false, false, true, false} {
		if got := isPrimary(drill, drill[i]); got != want {
			t.Errorf("isPrimary(drill, %+v) = %v, want %v", drill[i], got, want)
		}
	}
	untagged := []sense{{1, 1, 0}, {2, 2, 0}, {3, 1, 0}}
	for i, want := range []bool{true, false, true} {
		if got := isPrimary(untagged, untagged[i]); got != want {
			t.Errorf("isPrimary(untagged, %+v) = %v, want %v", untagged[i], got, want)
		}
	}
}
