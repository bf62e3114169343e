package knowledge

import "testing"

func TestAmericanized(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"persoanlised", "persoanlized"},
		{"modernisaton", "modernizaton"},
		{"organisng", "organisng"}, // the slip took the pattern's letters
		{"analysed", "analyzed"},
		{"colur", "colur"},
		{"favourit", "favourit"}, // "ourit" is no ending
		{"behavours", "behavors"},
		{"neighbours", "neighbors"},
		{"cnetre", "cneter"},
		{"catalouge", "catalouge"},
		{"dialogues", "dialogs"},
		{"programmes", "programs"},
		{"licences", "licenses"},
		{"licnce", "licnse"},
		{"defnces", "defnses"},
		{"anaemic", "anemic"},
		{"canoe", "canoe"},
		{"tournament", "tournament"},
		{"bcd", "bcd"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := americanized(tc.in); got != tc.want {
				t.Errorf("americanized(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestCorrectSlips(t *testing.T) {
	b := loadBase(t, map[string]string{
		"stamps.md": "# Bhutan Post\n\n## Market\n- Food Licence: Stalls selling food need a council licence.\n- Spiked Tyres: Allowed on the ice track only.\n\n## Philately\n- Personalised Stamps: Sheets printed with a customer's own photograph.\n- Postal Buses: Coaches that carry passengers and mail.\n- No Touching: Touching the stamps on show is not allowed.\n- Swimmers Per Pool: No more than six swimmers may use the staff pool at once.\n\n## Health\n- Antivenom Supply: Vials for district hospitals.\n\n## Film\n- Co-Production Treaties: Agreements that share a film's costs.\n- Trade Mission: Buyers visit the studios.\n- Film Commission: Permits for shooting in the desert.\n",
	})
	for _, tc := range []struct{ q, want string }{
		{"persoanlised stamps", "Personalised Stamps"}, // a slip in a British word
		{"personalized stamps", "Personalised Stamps"},
		{"personalised stamsp", "Personalised Stamps"},
		{"antivemon supply", "Antivenom Supply"}, // two letters off
		{"antivemon", "Antivenom Supply"},
		{"entivemon", ""},                     // the first letter too: no guess
		{"film comission", "Film Commission"}, // not "co" and "mission"
		// Two letters swapped in a British spelling, which the base
		// folds to the American: "licence" is "license", two edits
		// from "licnece".
		{"food licnece", "Food Licence"},
		{"spiked tyers", "Spiked Tyres"},
		// Two letters swapped in a word whose form the base lacks
		// but whose stem it has ("touching").
		{"can i tuoch the stamps", "No Touching"},
		// What "how many" counts is the corrected word.
		{"how many swimers per pool", "Swimmers Per Pool"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			if got := firstTitle(b.Search(tc.q, Public)); got != tc.want {
				t.Errorf("Search(%q) first = %q, want %q", tc.q, got, tc.want)
			}
		})
	}
}

// TestShortSlips checks that a word of three letters one letter from a
// word of the base is read as that word only where a title has it
// beside the word asked beside it.
func TestShortSlips(t *testing.T) {
	b := loadBase(t, map[string]string{
		"lena.md": "# Lena Ice Jams\n\n## Methods\n- Ice Sawing: Crews cut lines in the ice above Yakutsk.\n- Ice Blackening: Ash spread on the ice to melt it.\n- Sand Bags: Barriers along the river bank.\n",
	})
	for _, tc := range []struct{ q, want string }{
		{"ise sawing on the lena", "Ice Sawing"},
		{"ise festival on the lena", ""}, // no title has ice beside a festival
		{"ISE sawing", ""},               // initials, not a slip
	} {
		t.Run(tc.q, func(t *testing.T) {
			if got := firstTitle(b.Search(tc.q, Public)); got != tc.want {
				t.Errorf("Search(%q) first = %q, want %q", tc.q, got, tc.want)
			}
		})
	}
}

// TestSoundAlikeSlips checks that a word written as it sounds, two edits
// from the base's word, is read as that word.
func TestSoundAlikeSlips(t *testing.T) {
	b := loadBase(t, map[string]string{
		"sanctuary.md": "# Chiang Mai Sanctuary\n\n## Visiting\n- Elephant Feeding: Visitors feed the herd bananas at noon.\n- Monkeys: Keep bags closed; the monkeys snatch food.\n- Night Walk: Guides lead a walk after dark.\n",
	})
	checkFirst(t, b, []firstCase{
		{"", "elefant feeding", "Elephant Feeding"},
		{"", "chiang mai monkies", "Monkeys"},
		{"", "elephant feeding", "Elephant Feeding"},
		{"", "elefunt", ""}, // two edits, no sound spelt otherwise
	})
}
