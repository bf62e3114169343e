package knowledge

import (
	"fmt"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func TestFindThemes(t *testing.T) {
	b := Embedded()
	tests := []struct {
		name string
		want []string
	}{
		{"future prospects", []string{"Future Prospects: Enhancing Diplomatic Relations Between the U.S. and Cambodia"}},
		{"Future Prospects: Enhancing Diplomatic Relations Between the U.S. and Cambodia", []string{"Future Prospects: Enhancing Diplomatic Relations Between the U.S. and Cambodia"}},
		{"counterterrorism", []string{"Counterterrorism Strategies: Strengthening Partnerships for Regional Stability"}},
		{"environmental sustainability", []string{"Environmental Sustainability: Shared Goals for Climate resilience"}},
		{"humanitarain efforts", []string{"Addressing Humanitarian Efforts: U.S. Support for Cambodia’s Development Initiatives"}}, // swapped letters: by search
		{"introduction", []string{"Introduction"}},
		// Not the subsequence m-a-r-i-t-i-m-e strewn across "Addressing
		// Humanitarian Efforts...", but the theme with maritime law
		// enforcement among its initiatives.
		{"maritime", []string{"Austin Engages with Cambodian Leaders on Regional Security Challenges"}},
		// A theme about the environment before themes with one
		// environmental initiative.
		{"environmental", []string{"Environmental Sustainability: Shared Goals for Climate resilience"}},
		// Themes that fit nearly as well: training initiatives, and a
		// theme whose own text has a table of training areas.
		{"training", []string{
			"Counterterrorism Strategies: Strengthening Partnerships for Regional Stability",
			"Environmental Sustainability: Shared Goals for Climate resilience",
			"Addressing Humanitarian Efforts: U.S. Support for Cambodia’s Development Initiatives",
			"Analysis of Bilateral Military Cooperation and Its Implications",
			"Austin Engages with Cambodian Leaders on Regional Security Challenges",
		}},
		{"chocolate cake", nil},
		{"xyzzy", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range b.FindThemes(tt.name, Public) {
			got = append(got, s.Heading)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("FindThemes(%q) mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestFindEntries(t *testing.T) {
	b := Embedded()
	tests := []struct {
		title string
		want  []string // title:line
	}{
		{"Data Sharing", []string{"Data Sharing:7"}},
		{"data sharing", []string{"Data Sharing:7"}},
		{"maritme law", []string{"Maritime Law Enforcement:8"}},
		{"healthcare", []string{"Healthcare:30"}},
		{"crisis responce", []string{"Crisis Response:19"}},
		{"Disaster Response", []string{"Disaster Response:23", "Disaster Response:29"}}, // both, in document order
		{"chocolate cake", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range b.FindEntries(tt.title, Public) {
			got = append(got, fmt.Sprintf("%s:%d", e.Title, e.Line))
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("FindEntries(%q) mismatch (-want +got):\n%s", tt.title, diff)
		}
	}
}

func TestComplete(t *testing.T) {
	b := quirkyBase(t)
	tests := []struct {
		themes   bool
		typed    string
		audience Audience
		want     []string
	}{
		{false, "tsu", Public, []string{"Tsunami Buoys"}},
		{false, "grant", Public, nil},
		{false, "grant", Internal, []string{"Grant Ceiling"}},
		{true, "early", Public, []string{"Early Warning"}},
		{true, "fund", Public, nil},
	}
	for _, tt := range tests {
		complete := b.CompleteTitles
		if tt.themes {
			complete = b.CompleteThemes
		}
		if diff := cmp.Diff(tt.want, complete(tt.typed, tt.audience)); diff != "" {
			t.Errorf("Complete(themes %v, %q, %v) mismatch (-want +got):\n%s", tt.themes, tt.typed, tt.audience, diff)
		}
	}
}

func TestQuoteName(t *testing.T) {
	tests := []struct{ name, want string }{
		{"maritime.txt", "maritime.txt"},
		{"notes/Q3 plan.md", "notes/Q3 plan.md"},
		{"évaluation.md", "évaluation.md"},
		{"a\nb.md: fake line", `"a\nb.md: fake line"`},
		{"\x1b[2Jclear.md", `"\x1b[2Jclear.md"`},
		{"rtl\u202egnp.md", `"rtl\u202egnp.md"`},
		{"bad\xffutf8.md", `"bad\xffutf8.md"`},
		{`"quoted".md`, `"\"quoted\".md"`},
	}
	for _, tt := range tests {
		if got := QuoteName(tt.name); got != tt.want {
			t.Errorf("QuoteName(%q) = %s, want %s", tt.name, got, tt.want)
		}
	}
	p := Problem{Path: "a\n/etc/passwd:1: fake", Line: 2, Msg: "cannot read: bad\nname"}
	if got, want := p.Error(), `"a\n/etc/passwd:1: fake":2: cannot read: bad\nname`; got != want {
		t.Errorf("Problem.Error() = %s, want %s", got, want)
	}
}

func TestSuggest(t *testing.T) {
	b := quirkyBase(t)
	tests := []struct {
		question string
		audience Audience
		want     []string
	}{
		{"tsunam", Public, []string{"Tsunami Buoys"}},
		{"runway at lal-lo", Public, []string{"Lal-lo Airport"}},
		{"grant ceiling", Public, nil},
		{"grant ceiling", Internal, []string{"Grant Ceiling", "Funding Ceilings"}},
		{"chocolate cake", Internal, nil},
	}
	for _, tt := range tests {
		got := b.Suggest(tt.question, tt.audience, 3)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Suggest(%q, %v) mismatch (-want +got):\n%s", tt.question, tt.audience, diff)
		}
	}
}

func TestAlternatives(t *testing.T) {
	b := quirkyBase(t)
	tests := []struct {
		question string
		want     []string
	}{
		{"tsunami buoys and radio", []string{"Tsunami Buoys"}},    // two words of one title
		{"community warnings radio", []string{"Community Radio"}}, // two words of one title
		{"tsunami radio", nil},                // one word each: no better a guess
		{"tsunam", []string{"Tsunami Buoys"}}, // the question's only word
		{"what initiatives are there", nil},   // framing words only
	}
	for _, tt := range tests {
		got := b.Alternatives(tt.question, Public, 3)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Alternatives(%q) mismatch (-want +got):\n%s", tt.question, diff)
		}
	}
}

func TestCompare(t *testing.T) {
	old := LoadFS(fstest.MapFS{
		"a.txt":    {Data: []byte("Trade\nIntro.\n- Minerals: Deals.\n- Ports: Cranes.\nHealth\n- Clinics: Rural.\n")},
		"gone.txt": {Data: []byte("Old\n- Legacy: Retired.\n")},
		"same.md":  {Data: []byte("## Same\n- Stable: Unchanged.\n")},
	}, "old")
	updated := LoadFS(fstest.MapFS{
		"a.txt":   {Data: []byte("Trade\nIntro.\n- Minerals: Bigger deals.\n- Fisheries: Patrols.\nEnergy\n- Solar: Panels.\n")},
		"new.md":  {Data: []byte("---\naudience: internal\n---\n## Budget\n- Ceiling: Caps.\n")},
		"same.md": {Data: []byte("## Same\n- Stable: Unchanged.\n")},
	}, "new")
	d := Compare(old, updated)
	names := func(cs []Change) []string {
		var out []string
		for _, c := range cs {
			out = append(out, c.Name)
		}
		return out
	}
	got := map[string][]string{
		"documents added":   names(d.Documents.Added),
		"documents removed": names(d.Documents.Removed),
		"documents changed": names(d.Documents.Changed),
		"themes added":      names(d.Themes.Added),
		"themes removed":    names(d.Themes.Removed),
		"themes changed":    names(d.Themes.Changed),
		"entries added":     names(d.Entries.Added),
		"entries removed":   names(d.Entries.Removed),
		"entries changed":   names(d.Entries.Changed),
	}
	want := map[string][]string{
		"documents added":   {"new.md"},
		"documents removed": {"gone.txt"},
		"documents changed": {"a.txt"},
		"themes added":      {"Energy", "Budget"},
		"themes removed":    {"Health", "Old"},
		"themes changed":    {"Trade"},
		"entries added":     {"Fisheries", "Solar", "Ceiling"},
		"entries removed":   {"Clinics", "Ports", "Legacy"},
		"entries changed":   {"Minerals"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Compare mismatch (-want +got):\n%s", diff)
	}
	if a := d.Entries.Added[2].Audience; a != Internal {
		t.Errorf("Compare: entry of an internal document has audience %v, want internal", a)
	}
	if !Compare(updated, updated).Empty() {
		t.Errorf("Compare(b, b) is not empty")
	}
}
