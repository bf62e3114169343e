package knowledge

import (
	"crypto/sha256"
	"testing"
)

// leadNamesOnce is leadNames with nothing remembered: every word
// stemmed and looked up afresh.
func leadNamesOnce(d *Document) string {
	return newIndexer().leadNames(d)
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

// TestLeadNames checks which words of a document's opening are names its
// context takes: capitalized words English does not have, and the words
// of a name made of English words only, written capitalized two or more
// in a row in the opening's first sentence, unless initials spell them
// out.
func TestLeadNames(t *testing.T) {
	tests := []struct{ name, opening, want string }{
		{"names", "Officials from Italy, Malta and Tunisia met in Valletta.", "italy malta tunisia valletta"},
		{"a provider named in English words", "Good Pup Academy runs puppy classes in Rondebosch.", "rondebosch good pup academy"},
		{"a run with a name in it", "Changwon City hosts the festival.", "changwon"},
		{"one capitalized word", "Visitors come in spring.", ""},
		{"a comma parts runs", "In Gym, Pool and Track rules apply.", ""},
		{"stop words part runs", "The Academy of Good Dogs runs classes.", "good dogs"},
		{"spelled out by initials", "The National Dairy Development Board (NDDB) sets prices.", "nddb"},
		{"spelled out across stop words", "The Kennel Union of Southern Africa (KUSA) accredits trainers.", "africa kusa"},
		{"only the first sentence", "Classes run weekly. Head Trainer Big Dog leads them.", ""},
		{"digits end a run", "Queen West 780 Fitness Hall.", "780 queen west fitness hall"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := "# Briefing\n\n" + tc.opening + "\n"
			d, probs := parse("doc.md", text, sha256.Sum256([]byte(text)), nil)
			if d == nil {
				t.Fatalf("parse = nil, %v", probs)
			}
			if got := newIndexer().leadNames(d); got != tc.want {
				t.Errorf("leadNames(%q) = %q, want %q", tc.opening, got, tc.want)
			}
		})
	}
}

// TestLeadKind checks which words of a document's opening say what its
// subject is: the head of the phrase after "is a" in the first sentence
// and the word before it, past names, numbers and hyphenated words, up
// to a stop word, a clause mark or a participle that ends the phrase.
func TestLeadKind(t *testing.T) {
	tests := []struct{ name, opening, want string }{
		{"a place and what follows", "Colmena is a coworking space in a restored casona on Calle 5 de Mayo.", "coworking space"},
		{"the head and the word before it", "Moy Valley is a member-owned savings and loans credit union.", "credit union"},
		{"names and numbers passed over", "Ærø is a 40-seat New Nordic restaurant on Jægersborggade.", "restaurant"},
		{"a participle followed by a name", "Wisła Mobile is a Polish mobile network selling SIM-only contracts.", "mobile network"},
		{"a participle inside the phrase", "Ridgeline is a web hosting company based in Tacoma.", "hosting company"},
		{"a list with commas", "Fixit is an independent phone, tablet and laptop repair workshop on Folkingestraat.", "repair workshop"},
		{"a preposition the stop words lack", "Kellermeister is a cellar door near Tanunda.", "cellar door"},
		{"an irregular participle", "Aroha Cuts is a mobile hairdresser run by Aroha Tipene.", "mobile hairdresser"},
		{"an adverb passed over", "Lakeside Net is a locally owned broadband provider.", "broadband provider"},
		{"only the first sentence", "Classes run weekly. The studio is a pottery school.", ""},
		{"no phrase", "Officials from Italy met in Valletta.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := leadKind(tc.opening); got != tc.want {
				t.Errorf("leadKind(%q) = %q, want %q", tc.opening, got, tc.want)
			}
		})
	}
}
