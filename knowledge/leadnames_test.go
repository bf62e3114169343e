package knowledge

import (
	"crypto/sha256"
	"slices"
	"strings"
	"testing"

	"github.com/kljensen/snowball/english"
)

// leadNamesOnce is leadNames as it was before the indexer remembered
// which words are names: every word stemmed and looked up each time.
func leadNamesOnce(d *Document) string {
	if len(d.Sections) == 0 || len(d.Sections[0].Entries()) == 0 || d.Sections[0].Entries()[0].Kind != SectionText {
		return ""
	}
	var names []string
	tokenizeCase(d.Sections[0].Entries()[0].Text(), func(w []byte, _ int, compound, lower bool) {
		if lower || compound || len(names) == maxLeadNames || isStopWord(string(w)) {
			return
		}
		if word := string(w); isName(english.Stem(word, false)) && !slices.Contains(names, word) {
			names = append(names, word)
		}
	})
	return strings.Join(names, " ")
}

// TestLeadNamesRemembered checks that an indexer's leadNames, which
// remembers what it worked out of each word, gives what working it out
// every time gives, for documents one after another that share words.
func TestLeadNamesRemembered(t *testing.T) {
	docs := []string{
		"# Mediterranean talks\n\nOfficials from Italy, Malta and Tunisia met in Valletta on Monday.\n",
		"# Follow-up\n\nMalta and Italy agreed. The Officials of Tunisia and UNHCR said The Plan holds.\n",
		"# Lists first\n\n- Italy\n- Malta\n",
		"# Many names\n\nAlpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima met Malta's Prime Minister in Rabat, Valletta and Gozo; Well-Known Partners came.\n",
		"# Lowercase\n\nnothing here is capitalized but italy and malta.\n",
		"# Again\n\nValletta, Rabat and Gozo: Malta's Minister and The Officials.\n",
	}
	x := newIndexer()
	found := 0
	for round := range 2 { // the second round finds every word known
		for i, text := range docs {
			d, probs := parse("doc.md", text, sha256.Sum256([]byte(text)), nil)
			if d == nil {
				t.Fatalf("parse(doc %d) = nil, %v", i, probs)
			}
			want := leadNamesOnce(d)
			if want != "" {
				found++
			}
			if got := x.leadNames(d); got != want {
				t.Errorf("round %d: leadNames(doc %d) = %q, want %q", round, i, got, want)
			}
		}
	}
	if found < len(docs) {
		t.Errorf("%d of %d documents gave names both rounds, want most", found/2, len(docs))
	}
}
