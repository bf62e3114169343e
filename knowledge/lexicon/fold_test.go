package lexicon

import (
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"diacritics",
			[]string{"café", "côte", "são", "bogotá", "curaçao", "naïve", "zürich", "straße", "søren", "łódź", "æsir", "cafe\u0301"},
			[]string{"cafe", "cote", "sao", "bogota", "curacao", "naive", "zurich", "strasse", "soren", "lodz", "aesir", "cafe"}},
		{"other scripts unchanged",
			[]string{"москва", "हिन्दी", "العربية", "日本語", "ελλάδα", "й", "עִבְרִית", "한국어"},
			[]string{"москва", "हिन्दी", "العربية", "日本語", "ελλάδα", "й", "עִבְרִית", "한국어"}},
		{"-ce to -se",
			[]string{"defence", "defences", "licence", "licences", "offence", "pretence"},
			[]string{"defense", "defenses", "license", "licenses", "offense", "pretense"}},
		{"-mme to -m",
			[]string{"programme", "programmes", "gramme"},
			[]string{"program", "programs", "gram"}},
		{"-our to -or",
			[]string{"harbour", "harbours", "colour", "colours", "coloured", "labour", "neighbour", "behaviour", "favourite", "honourable"},
			[]string{"harbor", "harbors", "color", "colors", "colored", "labor", "neighbor", "behavior", "favorite", "honorable"}},
		{"-ise to -ize",
			[]string{"organise", "organised", "organising", "organises", "organisation", "organisations", "recognise", "criticise", "realise"},
			[]string{"organize", "organized", "organizing", "organizes", "organization", "organizations", "recognize", "criticize", "realize"}},
		{"-yse to -yze",
			[]string{"analyse", "analysed", "analysing", "paralyse"},
			[]string{"analyze", "analyzed", "analyzing", "paralyze"}},
		{"-re to -er",
			[]string{"centre", "centres", "centred", "metre", "metres", "theatre", "fibre", "litre", "kilometre", "calibre"},
			[]string{"center", "centers", "centered", "meter", "meters", "theater", "fiber", "liter", "kilometer", "caliber"}},
		{"-ogue to -og",
			[]string{"catalogue", "catalogues", "analogue"},
			[]string{"catalog", "catalogs", "analog"}},
		{"doubled l",
			[]string{"travelled", "travelling", "traveller", "travellers", "modelling", "counsellor", "cancelled", "labelled", "fuelled", "jeweller"},
			[]string{"traveled", "traveling", "traveler", "travelers", "modeling", "counselor", "canceled", "labeled", "fueled", "jeweler"}},
		{"single l",
			[]string{"enrol", "fulfil", "skilful", "instalment"},
			[]string{"enroll", "fulfill", "skillful", "installment"}},
		{"others",
			[]string{"aeroplane", "aeroplanes", "anaemia", "paediatrician", "oesophagus", "manoeuvre", "plough", "mould", "cheque", "tyre", "aluminium", "sceptical", "practise", "practised", "grey", "gray"},
			[]string{"airplane", "airplanes", "anemia", "pediatrician", "esophagus", "maneuver", "plow", "mold", "check", "tire", "aluminum", "skeptical", "practice", "practiced", "grey", "grey"}},
		{"American and unrelated words unchanged",
			[]string{"defense", "program", "programmed", "programming", "organize", "center", "harbor", "controlled", "compelled", "patrolled", "analyses", "hospital", ""},
			[]string{"defense", "program", "programmed", "programming", "organize", "center", "harbor", "controlled", "compelled", "patrolled", "analyses", "hospital", ""}},
		{"look-alikes that must not fold",
			[]string{"four", "hour", "tour", "our", "your", "flour", "pour", "dour", "wise", "rise", "exercise", "advise", "surprise", "enterprise", "compromise", "franchise", "merchandise", "acre", "massacre", "genre", "mediocre", "ogre", "timbre", "bipartisan", "palled"},
			[]string{"four", "hour", "tour", "our", "your", "flour", "pour", "dour", "wise", "rise", "exercise", "advise", "surprise", "enterprise", "compromise", "franchise", "merchandise", "acre", "massacre", "genre", "mediocre", "ogre", "timbre", "bipartisan", "palled"}},
		{"diacritics then spelling",
			[]string{"théâtre", "défence"},
			[]string{"theater", "defense"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for i, in := range tt.in {
				if got := Fold(in); got != tt.want[i] {
					t.Errorf("Fold(%q) = %q, want %q", in, got, tt.want[i])
				}
				if got := string(AppendFold([]byte("x"), []byte(in))); got != "x"+tt.want[i] {
					t.Errorf("AppendFold(%q, %q) = %q, want %q", "x", in, got, "x"+tt.want[i])
				}
			}
		})
	}
}

func TestFoldDoesNotAllocate(t *testing.T) {
	buf := make([]byte, 0, 64)
	for _, w := range []string{"hospital", "defence", "programmes", "counternarcotics"} {
		if n := testing.AllocsPerRun(100, func() { _ = Fold(w) }); n != 0 {
			t.Errorf("Fold(%q) allocates %v times, want 0", w, n)
		}
		b := []byte(w)
		if n := testing.AllocsPerRun(100, func() { buf = AppendFold(buf[:0], b) }); n != 0 {
			t.Errorf("AppendFold(buf, %q) allocates %v times, want 0", w, n)
		}
	}
}

// TestVariantsAreFolded checks the table as a whole: no American spelling
// is itself folded again (so Fold is idempotent), and every entry is
// reachable through the bloom filter.
func TestVariantsAreFolded(t *testing.T) {
	if tab.nv < 3000 {
		t.Fatalf("%d spelling variants, want at least 3000", tab.nv)
	}
	prev := ""
	for i := range tab.nv {
		uk := tab.britishAt(i)
		us := Fold(uk)
		if us == uk {
			t.Errorf("Fold(%q) = %q, want its American spelling", uk, us)
		}
		if again := Fold(us); again != us {
			t.Errorf("Fold(%q) = %q, but Fold(%q) = %q", uk, us, us, again)
		}
		if uk <= prev {
			t.Errorf("variant %d %q sorts before %q", i, uk, prev)
		}
		prev = uk
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"defence", "café", "cafe\u0301", "москва", "ǆ", "ŉ\u0301", "a\u0301\u0301", "\u0301", "\xff", "ß", "ﬁ", "organised", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		got := Fold(w)
		if again := Fold(got); again != got {
			t.Errorf("Fold(%q) = %q, but Fold(%q) = %q", w, got, got, again)
		}
		if isASCII(w) && !isASCII(got) {
			t.Errorf("Fold(%q) = %q, not ASCII", w, got)
		}
		if utf8.ValidString(w) && !utf8.ValidString(got) {
			t.Errorf("Fold(%q) = %q, not valid UTF-8", w, got)
		}
		if b := string(AppendFold(nil, []byte(w))); b != got {
			t.Errorf("AppendFold(nil, %q) = %q, want %q as Fold", w, b, got)
		}
	})
}

func BenchmarkFold(b *testing.B) {
	// A sentence's worth of words, as the index sees them: most are
	// plain ASCII without a variant.
	words := []string{"the", "defence", "cooperation", "office", "organised", "a", "maritime",
		"security", "programme", "in", "remote", "provinces", "with", "medical", "facilities",
		"and", "counternarcotics", "training", "for", "the", "navy"}
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			_ = Fold(w)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/word")
}

func BenchmarkFoldNonASCII(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = Fold("curaçao")
	}
}
