package knowledge

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func TestParseSynonyms(t *testing.T) {
	tests := []struct {
		name  string
		input string
		rules []SynonymRule
		probs []string
	}{
		{"equivalents", "drone, UAV, unmanned aircraft\n", []SynonymRule{
			{Line: 1, From: []string{"drone", "uav", "unmanned aircraft"}, To: []string{"drone", "uav", "unmanned aircraft"}, Text: "drone, UAV, unmanned aircraft"},
		}, nil},
		{"one way", "heroin trafficking, drug smuggling => counternarcotics # curators\n", []SynonymRule{
			{Line: 1, From: []string{"heroin trafficking", "drug smuggling"}, To: []string{"counternarcotics"}, Text: "heroin trafficking, drug smuggling => counternarcotics"},
		}, nil},
		{"comments and blanks", "# a comment\n\n   \r\npirates , piracy\r\n", []SynonymRule{
			{Line: 4, From: []string{"pirates", "piracy"}, To: []string{"pirates", "piracy"}, Text: "pirates , piracy"},
		}, nil},
		{"problems", "solo\nlonely =>\n=> found\na => b => c\nalpha, , beta\nthe, a\nfour words is the limit five, x\nok, fine\n", []SynonymRule{
			{Line: 8, From: []string{"ok", "fine"}, To: []string{"ok", "fine"}, Text: "ok, fine"},
		}, []string{
			`s.txt:1: "solo" is a single term; list two or more, separated by commas (a, b), or map it with =>`,
			"s.txt:2: nothing after =>; write the terms a question saying the others should find",
			"s.txt:3: nothing before =>; write the terms a question may say, then => and what they find",
			"s.txt:4: more than one =>; a rule maps one list of terms to another",
			"s.txt:5: an empty term between commas",
			`s.txt:6: "the" has no word a question could match (only short or common words)`,
			`s.txt:7: "four words is the limit five" has more than 4 words; a synonym is a word or a short phrase`,
		}},
		{"not UTF-8", "caf\xe9, coffee\n", nil, []string{"s.txt: not UTF-8 text; save the file as UTF-8"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			syn, probs := ParseSynonyms("s.txt", []byte(tt.input))
			if diff := cmp.Diff(tt.rules, syn.Rules); diff != "" {
				t.Errorf("ParseSynonyms(%q) rules (-want +got):\n%s", tt.input, diff)
			}
			var got []string
			for _, p := range probs {
				got = append(got, p.Error())
			}
			if diff := cmp.Diff(tt.probs, got); diff != "" {
				t.Errorf("ParseSynonyms(%q) problems (-want +got):\n%s", tt.input, diff)
			}
		})
	}
}

// TestSynonymsReload checks that a synonyms file is read with the
// documents, its problems reported with its lines, and its changes shown
// in the diff.
func TestSynonymsReload(t *testing.T) {
	old := synonymBase(t)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"us-cambodia-defense-talks.txt": mustRead(t, "sample/us-cambodia-defense-talks.txt"),
		"synonyms.txt":                  "pirates, piracy => maritime law enforcement\nsolar panels => renewable energy\nbroken =>\n",
	})
	b, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Docs) != 1 {
		t.Errorf("Load read %d documents, want 1: synonyms.txt is not a briefing", len(b.Docs))
	}
	var probs []string
	for _, p := range b.Problems {
		probs = append(probs, p.Error())
	}
	if want := []string{"synonyms.txt:3: nothing after =>; write the terms a question saying the others should find"}; !cmp.Equal(probs, want) {
		t.Errorf("Problems = %q, want %q", probs, want)
	}
	if got := firstTitle(b.Search("solar panels", Public)); got != "Renewable Energy Technologies" {
		t.Errorf(`Search("solar panels") = %q, want "Renewable Energy Technologies"`, got)
	}
	d := Compare(old, b)
	var added, removed []string
	for _, c := range d.Synonyms.Added {
		added = append(added, c.Name)
	}
	for _, c := range d.Synonyms.Removed {
		removed = append(removed, c.Name)
	}
	if want := []string{"solar panels => renewable energy"}; !cmp.Equal(added, want) {
		t.Errorf("synonyms added = %q, want %q", added, want)
	}
	if want := []string{"army drills, military exercises", "heroin trafficking, drug smuggling => counterterrorism"}; !cmp.Equal(removed, want) {
		t.Errorf("synonyms removed = %q, want %q", removed, want)
	}
	if d.Empty() {
		t.Error("Diff.Empty() = true with synonyms changed")
	}
}

func FuzzParseSynonyms(f *testing.F) {
	for _, s := range []string{"a, b => c", "x,y", "# c\n\n=>", "a => b => c", ",,,", "caf\xe9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, input string) {
		syn, probs := ParseSynonyms("s.txt", []byte(input))
		for _, r := range syn.Rules {
			if len(r.From) == 0 || len(r.To) == 0 || r.Line < 1 {
				t.Fatalf("ParseSynonyms(%q) made a rule with no terms: %+v", input, r)
			}
			if strings.Contains(r.Text, "\n") {
				t.Fatalf("rule text %q spans lines", r.Text)
			}
		}
		for _, p := range probs {
			if p.Path != "s.txt" || p.Msg == "" {
				t.Fatalf("problem %+v does not name the file or say what is wrong", p)
			}
		}
		// A base with these synonyms indexes and answers without
		// trouble.
		b := LoadFS(fstest.MapFS{
			"a.txt":        {Data: []byte("Maritime\n- Coast Guard Training: Joint drills at sea.\n")},
			"synonyms.txt": {Data: []byte(input)},
		}, "fuzz")
		b.Search(input, Public)
	})
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
