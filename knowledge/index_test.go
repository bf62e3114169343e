package knowledge

import (
	"testing"
	"testing/fstest"
)

func TestIsLink(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"holding-graz.at/sperrmuell", true},
		{"https://example.org", true},
		{"www.leeds.gov.uk", true},
		{"bulky@leeds.gov.uk", true},
		{"e.g.", false},
		{"U.S./Cambodia", false},
		{"and/or", false},
		{"24/7", false},
		{"@briefbot", false},
	}
	for _, tt := range tests {
		if got := isLink(tt.in); got != tt.want {
			t.Errorf("isLink(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestSelectorNames checks which words of a briefing select it: a name
// written in lowercase only in a web address, a name its title writes
// with diacritics (which the index folds), and a name written only in
// its title (where every word is capitalized) when no text writes it in
// lowercase and WordNet has it as a name; not a word of English.
func TestSelectorNames(t *testing.T) {
	tests := []struct {
		name, file, doc string
		word            string
		want            bool
	}{
		{"in a web address", "graz.txt", `Graz Bulky Waste Collection
The city of Graz collects bulky waste from households.
Booking
- Booking a Collection: Book online at holding-graz.at/sperrmuell or by phone.
`, "graz", true},
		{"with diacritics", "malmo.md", `# Malmö City Library
Malmö City Library lends books, films and games.
## Lending
- **Late Fees**: Adults pay 5 kronor a day for each late book.
`, "malmo", true},
		{"only in the title", "armenia.md", armenia, "armenia", true},
		{"a word of English", "armenia.md", armenia, "nuclear", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := LoadFS(withOthers(fstest.MapFS{tt.file: {Data: []byte(tt.doc)}}), "test")
			v := b.idx.view(Public)
			term, ok := v.word(tt.word)
			if !ok {
				t.Fatalf("%s is not a word of the base", tt.word)
			}
			if got := v.selector[term]; got != tt.want {
				t.Errorf("selector[%s] = %v, want %v", tt.word, got, tt.want)
			}
		})
	}
}

// armenia is a briefing that names Armenia only in its title.
const armenia = `# Nuclear Safety in Armenia
The regulator inspects the country's only power plant each spring.
## Inspections
- **Spring Inspection**: Inspectors spend two weeks at the plant.
`
