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

// TestNameInLink checks that a name a briefing writes in lowercase only
// in a web address is still a name that selects the briefing.
func TestNameInLink(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"graz.txt": {Data: []byte(`Graz Bulky Waste Collection
The city of Graz collects bulky waste from households.
Booking
- Booking a Collection: Book online at holding-graz.at/sperrmuell or by phone.
`)},
	}), "test")
	v := b.idx.view(Public)
	term, ok := v.word("graz")
	if !ok {
		t.Fatal("graz is not a word of the base")
	}
	if !v.selector[term] {
		t.Error("graz, written in lowercase only in a web address, is no selector")
	}
}

// TestNameWithDiacritics checks that a name a briefing's title writes
// with diacritics, which the index folds, selects the briefing.
func TestNameWithDiacritics(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"malmo.md": {Data: []byte(`# Malmö City Library
Malmö City Library lends books, films and games.
## Lending
- **Late Fees**: Adults pay 5 kronor a day for each late book.
`)},
	}), "test")
	v := b.idx.view(Public)
	term, ok := v.word("malmo")
	if !ok {
		t.Fatal("malmo is not a word of the base")
	}
	if !v.selector[term] {
		t.Error("malmo, written Malmö in the title, is no selector")
	}
}

// TestNameOnlyInTitle checks that a name a briefing writes only in its
// title, where every word is capitalized, still selects the briefing
// when no text writes it in lowercase and WordNet has it as a name.
func TestNameOnlyInTitle(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"armenia.md": {Data: []byte(`# Nuclear Safety in Armenia
The regulator inspects the country's only power plant each spring.
## Inspections
- **Spring Inspection**: Inspectors spend two weeks at the plant.
`)},
	}), "test")
	v := b.idx.view(Public)
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"armenia", true},
		{"nuclear", false}, // a word of English
	} {
		term, ok := v.word(tt.word)
		if !ok {
			t.Fatalf("%s is not a word of the base", tt.word)
		}
		if got := v.selector[term]; got != tt.want {
			t.Errorf("selector[%s] = %v, want %v", tt.word, got, tt.want)
		}
	}
}
