package knowledge

import (
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func TestParentheticals(t *testing.T) {
	tests := []struct {
		s    string
		want map[string][]string // acronym: its long form
	}{
		{"The Maritime Domain Awareness (MDA) programme", map[string][]string{"MDA": {"maritime", "domain", "awareness"}}},
		{"met the Ministry of Health (MoH) in Accra", map[string][]string{"MoH": {"ministry", "of", "health"}}},
		{"the African Continental Free Trade Area (AfCFTA)", map[string][]string{"AfCFTA": {"african", "continental", "free", "trade", "area"}}},
		{"The Direction des ressources marines (DRM) of French Polynesia", map[string][]string{"DRM": {"direction", "des", "ressources", "marines"}}},
		{"advice from a consultancy (McKinsey)", nil}, // spells nothing before it
		{"a fee (Ltd)", nil},
	}
	for _, tt := range tests {
		var got map[string][]string
		parentheticals(tt.s, func(short string, long []string) {
			if got == nil {
				got = map[string][]string{}
			}
			got[short] = long
		})
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("parentheticals(%q) (-want +got):\n%s", tt.s, diff)
		}
	}
}

func TestTitledLongForm(t *testing.T) {
	const scp = "A School Crossing Patrol (SCP) sees children across."
	tests := []struct {
		title, text, acronym string
		want                 bool
	}{
		{"Strategic Food Reserve", "", "SFR", true},
		{"Canadian Paediatric Society", "", "CPS", true},
		// The acronym is a word of the title: its initials spell it only
		// because of that.
		{"CPS Position Statement", "", "CPS", false},
		{"Position Statement", "", "CPS", false},
		// The briefing spells the acronym out otherwise.
		{"Safety Campaigns", scp, "SCP", false},
		{"School Crossing Patrols", scp, "SCP", true},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			e := newEntry(Item, tt.title, tt.text, nil)
			d := e.Doc()
			d.entries = []Entry{*e}
			e = &d.entries[0]
			e.Section.n = 1
			d.Sections = []*Section{e.Section}
			if got := titledLongForm(e, acronymKey(tt.acronym)); got != tt.want {
				t.Errorf("titledLongForm(%q, %q) = %v, want %v", tt.title, tt.acronym, got, tt.want)
			}
		})
	}
}

// TestDefinitionOverTitle checks, on held-out sets' briefings, that asked
// what initials stand for, the entry that spells them out comes first,
// before one titled with them and before a place the question names,
// and before one whose title only happens to spell them.
func TestDefinitionOverTitle(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval41", "what does CPS stand for", "Canada School Head Lice Policies"},
		{"eval38", "what does SUS stand for in brazil", "Floating Dental Care on the Amazon, Brazil"},
		{"eval43", "what does SCP stand for", "UK School Crossing Patrols"}, // not "Safety Campaigns"
	})
}

// TestSpelledOutAsked checks that a long form asked for its initials
// ("... acronym", "... short form") finds the paragraph that spells them
// out, not another entry of the briefing that only uses them.
func TestSpelledOutAsked(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"antarctic.txt": {Data: []byte(`Antarctic Cruise Landings
Expedition ships visit the Antarctic Peninsula. Landings follow the rules of the International Association of Antarctica Tour Operators (IAATO), which schedules ships so that sites are not crowded.

Zodiac Operations
- Zodiac Drivers: Drivers hold IAATO boat-handling qualifications and radio the bridge on every run.
- Landing Limits: IAATO allows at most 100 passengers ashore at once.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "International Association of Antarctica Tour Operators acronym", "Antarctic Cruise Landings"},
		{"", "short form of the international association of antarctica tour operators", "Antarctic Cruise Landings"},
		{"", "what does IAATO stand for", "Antarctic Cruise Landings"},
		{"", "who drives the zodiacs", "Zodiac Drivers"},
	})
}

// TestLowercaseWordsAreNoInitials checks that a question's everyday
// words in lower case are not read as initials that an entry defines:
// "best time to visit" asks the FAQ heading, not "Visitor Tax".
func TestLowercaseWordsAreNoInitials(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval84", "miyajima best time to visit", "What is the best time to visit?"},
		{"eval84", "visitor tax miyajima", "Visitor Tax"},
	})
}

func TestNamedBy(t *testing.T) {
	for _, tt := range []struct {
		title, key string
		want       bool
	}{
		{"CEB", "CEB", true},
		{"What is the KNBTS?", "KNBTS", true},
		{"What's an LMS?", "LMS", true},
		{"Who are the RNLI?", "RNLI", true},
		{"What does ELT stand for?", "ELT", true},
		{"Can a private candidate sit exams with the CEB?", "CEB", false},
		{"How do I take the GED test?", "GED", false},
		{"What is the KNBTS?", "CEB", false},
		{"CEB Fees", "CEB", false},
	} {
		t.Run(tt.title, func(t *testing.T) {
			if got := namedBy(tt.title, acronymKey(tt.key)); got != tt.want {
				t.Errorf("namedBy(%q, %q) = %v, want %v", tt.title, tt.key, got, tt.want)
			}
		})
	}
}

// TestMeaningFromOpening checks that asked what initials stand for, the
// paragraph that spells them out answers before a question heading that
// only uses them.
func TestMeaningFromOpening(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval101", "CEB meaning?", "Cambrian Examinations Board — Resits, Reviews and Appeals"},
		{"eval101", "what does GED stand for", "Lake Street Community Education — Adult Evening Classes"},
	})
}
