package knowledge

import (
	"math/bits"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

// everydayBase holds the words the rules below must see through: a
// definition beside "a standing link", a number with its unit spelt out,
// a word one letter from a rare English name.
func everydayBase(t testing.TB) *Base {
	t.Helper()
	b := LoadFS(fstest.MapFS{
		"nordic.md": {Data: []byte(`## Cooperation
- **CERT Network**: A standing link between the eight national CERTs.
- **Typhoon Early Warning**: Radar stations that warn coastal towns of storms.
- **Patrol Vessel Deliveries**: Five more 97-meter response vessels for the coast guard.
- **Firefighter Exchange**: Crews from Mexico help fight wildfires in Canada.
- **Speeding Fines**: A €90 penalty for drivers caught above the limit on coastal roads.

## Glossary
| Term | Meaning |
|---|---|
| NB8 | Nordic-Baltic Eight, the regional cooperation format |
`)},
	}, "test")
	if len(b.Problems) > 0 {
		t.Fatalf("everydayBase problems: %v", b.Problems)
	}
	return b
}

func TestEverydayWords(t *testing.T) {
	b := everydayBase(t)
	tests := []struct {
		question string
		want     string // the first answer's title; "" for none
	}{
		{"what does NB8 stand for", "NB8"}, // not the "standing link"
		{"NB8 meaning?", "NB8"},
		{"97m patrol vessels", "Patrol Vessel Deliveries"},
		{"typhon early warning", "Typhoon Early Warning"}, // a slip, not the monster
		{"firefighters from mexico in canada, is that still a thing?", "Firefighter Exchange"},
		{"firefighter exchange with mexico so far", "Firefighter Exchange"},
		{"how do I fix my printer", ""},
		{"coastal speeding fine amount", "Speeding Fines"},                  // "amount" only asks how much
		{"any info on the coastal speeding fine figures", "Speeding Fines"}, // "figures" only frames it
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if got := firstTitle(b.Search(tt.question, Public)); got != tt.want {
				t.Errorf("Search(%q) = %q, want %q", tt.question, got, tt.want)
			}
		})
	}
}

func TestNumberCore(t *testing.T) {
	tests := []struct{ word, want string }{
		{"97m", "97"},
		{"5km", "5"},
		{"k2pl", "k2"},
		{"f16s", "f16"},
		{"k2", ""},      // nothing written on
		{"97", ""},      // a number alone
		{"mq9b", "mq9"}, // one letter
		{"a4tank", ""},  // more than three letters after
		{"patrol", ""},
	}
	for _, tt := range tests {
		if got := numberCore(tt.word); got != tt.want {
			t.Errorf("numberCore(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestAsksMeaning(t *testing.T) {
	words := func(ws ...string) []queryWord {
		var out []queryWord
		for i, w := range ws {
			out = append(out, queryWord{word: w, pos: i})
		}
		return out
	}
	tests := []struct {
		words []queryWord
		i     int
		want  bool
	}{
		{words("what", "does", "nb8", "stand", "for"), 3, true},
		{words("what", "is", "pcg", "short", "for"), 3, true},
		{words("what", "does", "tvet", "mean"), 3, true},
		{words("define", "tvet"), 0, true},
		{words("tvet", "meaning"), 1, true},
		{words("stand", "up", "exercises"), 0, false},
		{words("means", "of", "transport"), 0, false},
		{words("how", "to", "define", "the", "border"), 2, false},
		{words("bwdb", "full", "form"), 1, true},
		{words("bwdb", "full", "form"), 2, true},
		{words("full", "application", "form"), 0, false},
	}
	for _, tt := range tests {
		if got := asksMeaning(tt.words, tt.i); got != tt.want {
			t.Errorf("asksMeaning(%v, %d) = %v, want %v", tt.words, tt.i, got, tt.want)
		}
	}
}

func TestAsksQuantity(t *testing.T) {
	tests := []struct {
		question string
		want     bool
	}{
		{"how many pilots does kenya train", true},
		{"how much is spent on runways", true},
		{"hi all, how many patrol boats are there", true}, // chat first
		{"how are pilots trained", false},
		{"pilots: how many", false}, // not what the question opens with
		{"many pilots", false},
		{"what is the population of uzbekistan", true},
		{"what's the exchange rate of the peso", true},
		{"what price per kilo do farmers get", true},
		{"do the revenue authorities audit staff", false}, // no "what": a modifier
		{"population census in uzbekistan", false},
		{"what is the budget for the coast guard", true},
		{"what is the budget cooperation", false}, // a modifier
		{"what is the exchange rate policy", false},
		{"how old do you have to be to race", true}, // an age
		{"how tall is the north tower", true},
		{"how big is the reserve in square kilometres", true},
		{"how fast can I drive my boat", false}, // "slowly" answers it
		{"how far must fans be from houses", false},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			words := plainWords(tt.question)
			if got := asksQuantity(words); got != tt.want {
				t.Errorf("asksQuantity(%q) = %v, want %v", tt.question, got, tt.want)
			}
		})
	}
}

func TestGivesNumber(t *testing.T) {
	tests := []struct {
		e    *Entry
		want bool
	}{
		{newEntry(Item, "Pilot Numbers", "Kenya trains 120 pilots a year.", nil), true},
		{newEntry(Item, "Runways", "Three regional runways get new lights.", nil), true},
		{newEntry(Row, "Radar Sites", "", []Field{{Name: "Sites", Value: "4"}}), true},
		{newEntry(Item, "Runways", "New lighting for the regional runways.", nil), false},
		{newEntry(Item, "Budget", "A budget of $4.5m, up from 3,200,000.", nil), true},
		{newEntry(Item, "Lengths", "Boats under 12m may fish.", nil), true},
		{newEntry(Item, "Act", "Set up under the Legal Aid Act 2012 after the 1990s reforms.", nil), false},
		{newEntry(Item, "Footbridges", "New crossings along the N1 highway and at the G20 site.", nil), false},
		{newEntry(Item, "Mixed", "Since 2012, 300 paralegals.", nil), true},
		{newEntry(Item, "Witness", "At least one adult witness must attend.", nil), true},
		{newEntry(Item, "Tasks", "One of the tasks is a one-year course.", nil), false},
	}
	for _, tt := range tests {
		if got := givesNumber(tt.e); got != tt.want {
			t.Errorf("givesNumber(%q) = %v, want %v", tt.e.Text(), got, tt.want)
		}
	}
}

func TestIsAdverb(t *testing.T) {
	for w, want := range map[string]bool{
		"automatically": true, "seriously": true, "repeatedly": true, "immediately": true,
		"rally": false, "ally": false, "family": false, "assembly": false, "italy": false, "monopoly": false,
	} {
		if got := isAdverb(w); got != want {
			t.Errorf("isAdverb(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestCountsNear(t *testing.T) {
	tests := []struct {
		e     *Entry
		stems []string
		want  bool
	}{
		{newEntry(Item, "Testing Centre Audit", "An audit of 14 centres in the delta.", nil), []string{"test", "center"}, true},
		{newEntry(Item, "Bed Nets", "17 million insecticide-treated nets in 2025.", nil), []string{"net"}, true},
		{newEntry(Item, "Monitors", "RPMs at 18 crossings.", nil), []string{"rpms"}, true},
		{newEntry(Item, "Donors", "The highest rate of organ donors for three decades.", nil), []string{"organ", "transplant"}, false},
		{newEntry(Item, "Readers", "Meter readers, trained for three weeks.", nil), []string{"meter", "reader"}, false},
		{newEntry(Row, "Yallama", "", []Field{{Name: "Trucks per day", Value: "1,100"}}), []string{"truck"}, true},
		{newEntry(Row, "K2 Tanks", "", []Field{{Name: "Status", Value: "180 delivered"}}), []string{"k2", "tank"}, true},
		{newEntry(Row, "Oybek", "", []Field{{Name: "Trucks per day", Value: "600"}}), []string{"car"}, false},
		{newEntry(Item, "Witness", "At least one adult witness must attend.", nil), []string{"wit"}, true},
		{newEntry(Item, "Witness", "One witness from each family may speak.", nil), []string{"wit"}, false},
		{newEntry(Item, "Reed Beds", "Three to five square metres per home.", nil), []string{"home"}, false},
		{newEntry(Item, "Trunk Buses", "Eighteen-metre buses.", nil), []string{"bus"}, false},
		{newEntry(Item, "Sea Wall", "The wall runs 12 kilometres.", nil), []string{"kilomet"}, true},
		{newEntry(Item, "Lifespan", "Most urban foxes live only two or three years.", nil), []string{"fox", "live"}, false},
		{newEntry(Item, "Stripping Cycle", "Cork is stripped from the same tree every nine years.", nil), []string{"year", "tree"}, true},
		{newEntry(Item, "Dens", "Vixens raise four to six cubs a year.", nil), []string{"cub"}, true},
		// A row titled with what is counted must count it, not price it.
		{newEntry(Row, "Defibrillator Unit", "", []Field{{Name: "Cost", Value: "£900 to £1,500"}}), []string{"defibril"}, false},
		{newEntry(Row, "Defibrillator Units", "", []Field{{Name: "Installed", Value: "1,200"}, {Name: "Cost", Value: "£900 each"}}), []string{"defibril"}, true},
		// A row's cells are not one phrase.
		{newEntry(Row, "Corniche el-Nil", "Boats: 140; Life Jacket Checks: weekly", []Field{{Name: "Boats", Value: "140"}, {Name: "Life Jacket Checks", Value: "weekly"}}), []string{"jacket"}, false},
		{newEntry(Item, "Life Jackets", "Boats carry one life jacket per passenger.", nil), []string{"jacket"}, true},
		// One of what is counted, by its table's first column, counts
		// other things.
		{newEntry(Row, "Tekka Centre", "", []Field{{Name: "Hawker Center", Value: "Tekka Centre"}, {Name: "Stalls Offered", Value: "6"}}), []string{"center"}, false},
		// A sum of money counts nothing.
		{newEntry(Item, "Fixed Bundle Price", "A bundle of ten crackers sells for 200 yen at every licensed stall.", nil), []string{"stall"}, false},
		{newEntry(Item, "Stall Licences", "Nara licenses 12 cracker stalls.", nil), []string{"stall"}, true},
		{newEntry(Row, "Poler Day Rate", "", []Field{{Name: "Rate", Value: "BWP 400 per mokoro"}}), []string{"poler"}, false},
		// A plural after a number is what it counts.
		{newEntry(Item, "Inversion Strength", "Stations with sensors at two heights show whether a fan will help.", nil), []string{"fan"}, false},
		{newEntry(Item, "Beekeepers", "Roughly one Slovenian in 200 keeps bees.", nil), []string{"bee"}, true},
		{newEntry(Item, "Fans", "Growers run two wind fans per block.", nil), []string{"fan"}, true},
		// The first plural after it, if the word counted does not come
		// first, and a time of day counts nothing.
		{newEntry(Item, "Onboard Staff", "Two uniformed staff ride every tram after 1 a.m.", nil), []string{"tram"}, false},
		{newEntry(Item, "Night Fleet", "Twelve low-floor trams run the night lines.", nil), []string{"tram"}, true},
		// A number hyphened to a word describes.
		{newEntry(Item, "Herding", "Herders spoke of the two-humped Bactrian camel.", nil), []string{"camel"}, false},
		{newEntry(Item, "Herds", "Herders keep 40 camels in the Gobi.", nil), []string{"camel"}, true},
		// What each of them does counts other things.
		{newEntry(Item, "Arrows", "Each archer shoots 40 arrows over the contest.", nil), []string{"archer"}, false},
		{newEntry(Item, "Portal Monitors", "Monitors at 18 land and rail crossings.", nil), []string{"monitor"}, true},
	}
	for _, tt := range []struct {
		text  string
		stems []string
		want  bool
	}{
		{"four to six hours, steep bamboo slopes", []string{"gorilla"}, false},
		{"12 km of fence", []string{"gorilla"}, false},
		{"12 miles of fence", []string{"mile"}, true},
		{"19 gorillas, two silverbacks", []string{"gorilla"}, true},
		{"BWP 400 per mokoro", []string{"poler"}, false},
		{"Twelve", []string{"poler"}, true},
	} {
		if got := countsThings(tt.text, tt.stems); got != tt.want {
			t.Errorf("countsThings(%q, %q) = %v, want %v", tt.text, tt.stems, got, tt.want)
		}
	}
	// A row named in full counts only what its cells count: the Susa
	// family's trek takes four to six hours, and its gorillas are not
	// counted.
	checkFirst(t, nil, []firstCase{{"eval68", "how many gorillas are in the Susa family", ""}})
	for _, tt := range tests {
		if got := countsNear(tt.e, tt.stems) || rowCounts(tt.e, tt.stems); got != tt.want {
			t.Errorf("countsNear or rowCounts(%q, %q) = %v, want %v", tt.e.Title, tt.stems, got, tt.want)
		}
	}
}

func TestCountedStems(t *testing.T) {
	tests := []struct {
		question string
		want     []string
	}{
		// What is counted is the phrase's last noun: a number beside
		// "bike" ("two arms hold the bike") counts no repair stands.
		{"how many sniffer dogs does kenya have", []string{"dog"}},
		{"hi all, how many patrol boats are there", []string{"boat"}},
		{"how many bike repair stands are there in Minneapolis", []string{"stand"}},
		// The words after the plural count too: a verb, a unit.
		{"how many trees went in at lawrence heights", []string{"tree", "went"}},
		{"how many knots per inch in nepali rugs", []string{"knot", "per", "inch"}},
		// Not what the verb has: "farms grow kona coffee" counts farms.
		{"how many farms grow kona coffee", []string{"farm", "grow"}},
		{"how many boto live in lake tefé", []string{"live"}},      // no plural: the last word
		{"how many wolves live in lower saxony", []string{"wolv"}}, // not "five live wires"
		{"the number of wells in the souss", []string{"well"}},
		{"how much is spent on runways", nil},
		{"how many are there", nil},
		// A compound the base has the last part of counts that too.
		{"how many windmills were restored", []string{"windmil", "mill"}},
	}
	b := loadBase(t, map[string]string{"mills.md": `# Mills
Sails catch the wind.
| Region | Mills Restored |
|---|---|
| Oeste | 14 |
`})
	v := b.idx.view(Public)
	for _, tt := range tests {
		words := plainWords(tt.question)
		if got := v.countedStems(words); !slices.Equal(got, tt.want) {
			t.Errorf("countedStems(%q) = %q, want %q", tt.question, got, tt.want)
		}
	}
}

// TestCountedAlike checks that "how many" is answered by a number of
// what it counts in other words: "120 steps" counts stairs.
func TestCountedAlike(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"tower.md": {Data: []byte(`# Harbour Clock Tower
- **Final Staircase**: From the lift, 120 steps lead to the bell chamber.
- **Lift**: The lift takes 8 people at a time.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "how many stairs after the lift in the harbour clock tower?", "Final Staircase"},
		{"", "how many bells are in the harbour clock tower?", ""},
	})
}

// plainWords are a question's words as written, without stems or
// concepts.
func plainWords(question string) []queryWord {
	var words []queryWord
	tokenize(question, func(w []byte, pos int, _ bool) {
		words = append(words, queryWord{word: string(w), pos: pos})
	})
	return words
}

// newEntry makes an entry of a document of its own.
func newEntry(kind Kind, title, text string, fields []Field) *Entry {
	var w textWriter
	w.reset()
	d := &Document{}
	e := &Entry{Section: &Section{Doc: d}, Title: title, Kind: kind, body: w.entry(text, fields), bodyLen: uint32(len(text))}
	d.plain = string(w.buf)
	return e
}

func TestFactAsked(t *testing.T) {
	tests := []struct {
		question string
		want     []string // the focus's words
	}{
		{"budget for the patrol vessels", []string{"budget"}},
		{"annual cost of the radar stations", []string{"annual", "cost"}},
		{"number of patrol vessels", []string{"number"}},
		{"patrol vessel budget", nil},
		{"budget patrol vessels", nil},
		{"what is the budget for patrol vessels", []string{"budget"}}, // the question word's rule
		{"how much is parking per day for nurses", []string{"parking"}},
		{"how many flights per day would the cap allow", []string{"flights"}},
		{"how much does a 21 year old pay to join", []string{"old"}}, // the payer's last word, not "pay"
		{"how much do visitor parking permits cost in Brighton", []string{"permits"}},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			var words []queryWord
			c := 0
			tokenize(tt.question, func(w []byte, pos int, _ bool) {
				qw := queryWord{word: string(w), pos: pos, concept: -1}
				if !isStopWord(qw.word) {
					qw.concept, c = c, c+1
				}
				words = append(words, qw)
			})
			var got []string
			focus := focusOf(words)
			for _, w := range words {
				if w.concept >= 0 && focus&(1<<w.concept) != 0 {
					got = append(got, w.word)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("focus of %q = %q, want %q", tt.question, got, tt.want)
			}
		})
	}
}

// TestTurnsOnMissing: of three telling words of about a third each,
// none alone is what the question turns on; a word that weighs more
// than turnsOnShare of them is.
func TestTurnsOnMissing(t *testing.T) {
	tests := []struct {
		name    string
		weight  []float32
		matched uint32
		want    bool
	}{
		{"thirds, one missing", []float32{3.2, 3.4, 3.4}, 0b011, false},
		{"heavy word missing", []float32{2, 2, 6}, 0b011, true},
		{"heavy word there", []float32{2, 2, 6}, 0b110, false},
		{"two of three missing", []float32{3.2, 3.4, 3.4}, 0b001, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := &query{telling: 0b111, weight: tt.weight}
			for _, w := range tt.weight {
				q.tellingTotal += w
			}
			if got := q.turnsOnMissing(tt.matched); got != tt.want {
				t.Errorf("turnsOnMissing(%b) = %v, want %v", tt.matched, got, tt.want)
			}
		})
	}
}

// checkAsks checks what asks reports of each question, read as the
// analysis reads it.
func checkAsks(t *testing.T, asks func([]queryWord) bool, cases map[string]bool) {
	t.Helper()
	for question, want := range cases {
		t.Run(question, func(t *testing.T) {
			if got := asks(plainWords(question)); got != want {
				t.Errorf("%q: got %v, want %v", question, got, want)
			}
		})
	}
}

func TestAsksOffice(t *testing.T) {
	checkAsks(t, asksOffice, map[string]bool{
		"who is morocco's energy minister":              true,
		"hi, who heads the agency":                      true,
		"who chairs the friends of bude sea pool":       true,
		"who runs the training":                         false,
		"who is our contact":                            false,
		"what does the minister say":                    false,
		"who is the captain of the ferry":               true,
		"what's the name of the visitor centre manager": true,
		"names of the school bus coordinators":          true,
		"what is the name of the ferry":                 false,
		"what is the name of the head ranger":           true,
		"who is the warden at the refuge":               true,
		"what's the name of the postmaster":             true,
		"what is the name of the lighthouse keeper":     true,
		"who is the abbot of the monastery":             true,
		"what is the name of the lighthouse":            false,
	})
	// A ranger's name is not given by an entry that names no office.
	checkFirst(t, nil, []firstCase{
		{"eval71", "what is the name of the warden at the Góriz refuge?", ""},
		{"eval63", "what's the name of the Port Lockroy postmaster?", ""},
		{"eval77", "what is the name of the Lagos lighthouse keeper?", ""},
	})
}

// TestPriceAsked: whether a question names a price (priceAsked) and
// whether it asks the amount (amountAsked).
func TestPriceAsked(t *testing.T) {
	tests := []struct {
		question      string
		price, amount bool
	}{
		{"how much is a marriage license in nyc", true, true},
		{"hey, how much are the ferry tickets?", true, true},
		{"how much does a carriage ride cost", true, true},
		{"how much do porters earn a day", true, true},
		{"familieretshuset fee", true, true},
		{"what are the fares on the night train", true, true},
		{"price per kilo of merino wool in argentina", true, true},
		{"price of a bag of ice at the harbour", true, true},
		{"cost of replacing a church roof", false, false},
		{"how much water can one oyster clean", false, false},
		{"how much does the reservoir hold", false, false},
		{"open tenders with published prices for textbooks", false, false},
		{"fee waivers for students in kenya", false, false},
		{"retired workers waiting to get paid", false, false},
		{"how is public TV paid for now that there's no fee", false, false},
		{"morning all, does japan have town-run buses with cheap fares?", true, false},
		{"good morning, why do tortillerias care so much about gas prices", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			words := plainWords(tt.question)
			if got := priceAsked(words); got != tt.price {
				t.Errorf("priceAsked(%q) = %v, want %v", tt.question, got, tt.price)
			}
			if got := amountAsked(words); got != tt.amount {
				t.Errorf("amountAsked(%q) = %v, want %v", tt.question, got, tt.amount)
			}
		})
	}
}

func TestAsksWhetherPaid(t *testing.T) {
	tests := []struct {
		question string
		paying   bool
		// paysFor, for the question's "pay" if it has one
		paysFor bool
	}{
		{"do my kids have to pay to get into the temples?", true, false},
		{"is there an entrance fee at the park", true, false},
		{"does it cost anything to hike up to the lake?", true, false},
		{"hi! is the museum free on sundays", true, false},
		{"do I have to pay anything to snorkel off the beach", true, false},
		{"do I have to pay anything upfront when I bid", true, true},
		{"do home cider makers have to pay tax on it", true, true},
		{"how much does it cost to get in", false, false},
		{"who is in charge of the round up", false, false},
		{"can I charge my car at the ferry quay", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			var words []queryWord
			tokenize(tt.question, func(w []byte, pos int, _ bool) {
				word, stem := foldStem(w)
				concept := 0
				if isStopWord(word) || filler[word] {
					concept = -1
				}
				words = append(words, queryWord{word: word, stem: stem, pos: pos, concept: concept})
			})
			if got := asksWhetherPaid(words) && !(priceAsked(words) && asksQuantity(words)); got != tt.paying {
				t.Errorf("asksWhetherPaid(%q) = %v, want %v", tt.question, got, tt.paying)
			}
			if i := slices.IndexFunc(words, func(w queryWord) bool { return w.word == "pay" }); i >= 0 {
				if got := paysFor(words, i); got != tt.paysFor {
					t.Errorf("paysFor(%q) = %v, want %v", tt.question, got, tt.paysFor)
				}
			}
		})
	}
}

// TestWhetherPaid checks that a question whether one pays is answered by
// the entry that gives the price, free or not, in other words of price.
func TestWhetherPaid(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"temples.md": {Data: []byte(`# Temple Passes
Visitors to the temples near the old city need a pass from the heritage office.
## Passes
| Pass | Validity | Price |
|---|---|---|
| One-Day Pass | one day | 37 US dollars |
| Children Under Twelve | any day | free, with a passport |
## Lake Walk
- **No Entry Fee**: The walk to the crater lake is open to all at no charge.
- **Trail Markers**: Red posts mark the walk every kilometre.
`)},
	}), "test")
	if len(b.Problems) > 0 {
		t.Fatalf("problems: %v", b.Problems)
	}
	checkFirst(t, b, []firstCase{
		{"", "do my children have to pay to get into the temples?", "Children Under Twelve"},
		{"", "does it cost anything to walk up to the crater lake?", "No Entry Fee"},
		// Nothing says whether guides are paid for.
		{"", "do I have to pay for a guide at the ferries?", ""},
	})
}

func TestSaysPrice(t *testing.T) {
	tests := []struct {
		name  string
		entry *Entry
		want  bool
	}{
		{"money", newEntry(Item, "License", "The license costs $35.", nil), true},
		{"titled", newEntry(Item, "Farm-Gate Price", "The yearly review of the producer price.", nil), true},
		{"number beside a price word", newEntry(Item, "Co-Payment", "Poorer provinces pay 10 percent of the premium.", nil), true},
		{"priced column", newEntry(Row, "Screen Replacement", "", []Field{{Name: "Price (KSh)", Value: "1,500 to 6,000"}}), true},
		{"number of no price", newEntry(Row, "Hringvegur", "", []Field{{Name: "Grids", Value: "41"}}), false},
		{"price without an amount", newEntry(Item, "Online Auctions", "Buyers bid on pigeons online.", nil), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := saysPrice(tt.entry); got != tt.want {
				t.Errorf("saysPrice(%s) = %v, want %v", tt.name, got, tt.want)
			}
		})
	}
}

// TestCorrectShortWords: a word of three letters is corrected only to a
// word it misses a letter of, not its first.
func TestCorrectShortWords(t *testing.T) {
	v := nearBase(t).idx.view(Public)
	tests := []struct {
		typed string
		want  string // the first correction, "" for none
	}{
		{"ful", "fuel"},
		{"fel", "fuel"},
		{"uel", ""}, // the first letter is seldom the one left out
		{"fxl", ""}, // a changed letter: too many words are one away
		{"lak", "lake"},
	}
	for _, tt := range tests {
		got := ""
		if fixes := v.correct(tt.typed); len(fixes) > 0 {
			got = fixes[0].word
		}
		if got != tt.want {
			t.Errorf("correct(%q) = %q, want %q", tt.typed, got, tt.want)
		}
	}
}

// TestShortForms checks the short forms chat writes for words and places
// a briefing spells out, and the words that say only that something is
// asked about.
func TestShortForms(t *testing.T) {
	b := loadBase(t, map[string]string{
		"new-zealand.md": "# New Zealand Housing\n- **Modular Construction**: Factory-built homes for Auckland.\n- **Housing Cooperatives**: Dispute mediation for cooperative members.\n",
		"fiji.md":        "# Fiji Housing\n- **Cyclone Shelters**: Stronger homes for outer islands.\n",
		"samoa.md":       "# Samoa Waste\n- **Landfill Upgrades**: Lining the Tafaigata landfill.\n",
		"weddings.md":    "# New York City Hall Weddings\n## Busiest Days\n- **Valentine's Day**: The bureau adds extra hours and staff for the rush.\n- **Leap Day**: Couples want an anniversary that comes once in four years.\n",
		"iceland.md":     "# Iceland Volcano Watch\n- **Gas Pollution Forecast**: Forecasts of sulphur dioxide drifting over Reykjavik.\n- **Harbour Rules**: Boats up to a maximum length of 15 metres may shelter.\n",
		"hospital.md":    "# Severnside General Hospital Staff Services\n## Parking\n- **Electric Vehicle Charging**: Twelve charge points on Level 2 cost 35p per kWh.\n- **Night Shift Permit**: Night staff park free after 7 p.m.\n## Occupational Health\n- **Hepatitis B**: Three doses for staff handling blood, free of charge.\n- **Physiotherapy Referral**: Staff with back pain are seen within two weeks.\n",
	})
	tests := []struct{ question, want string }{
		{"modular homes nz", "Modular Construction"},
		{"coop dispute mediation", "Housing Cooperatives"},
		{"samoa landfill problems", "Landfill Upgrades"},
		{"modular homes png", ""},                                         // Papua New Guinea is in no briefing
		{"how does the new york bureau handle feb 14", "Valentine's Day"}, // February 14, in WordNet
		{"so2 forecast reykjavik", "Gas Pollution Forecast"},              // a chemical formula
		{"max boat length in the harbour", "Harbour Rules"},               // not the drug of WordNet's "max"
		{"severnside ev charging", "Electric Vehicle Charging"},
		{"how many hep B doses do staff get", "Hepatitis B"},
		{"can staff see a physio for back pain", "Physiotherapy Referral"},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if got := firstTitle(b.Search(tt.question, Public)); got != tt.want {
				t.Errorf("Search(%q) first = %q, want %q", tt.question, got, tt.want)
			}
		})
	}
}

// TestUnitSymbols checks that a unit of measure asked by name finds
// the symbol a table writes beside a number, and a symbol asked finds
// the name, without the symbol counting as a place's name.
func TestUnitSymbols(t *testing.T) {
	b := loadBase(t, map[string]string{
		"tidal.md": "# Sihwa Tidal Power\n## Plant\n| Feature | Figure |\n|---|---|\n| Installed Capacity | 254 MW from ten bulb turbines |\n| Annual Output | about 552 GWh a year |\n| Sea Wall | 12.7 km long |\n",
		"wind.md":  "# Offshore Wind\n- **Turbine Size**: Each turbine is rated at 15 megawatts.\n- **Cable Route**: The export cable runs 40 kilometres to shore.\n",
	})
	tests := []struct{ question, want string }{
		{"how many megawatts is the sihwa plant", "Installed Capacity"},
		{"sihwa gigawatt hours", "Annual Output"},
		{"how many kilometres long is the sihwa sea wall", "Sea Wall"},
		{"offshore turbine size in mw", "Turbine Size"},
		{"how many km is the export cable", "Cable Route"},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if got := firstTitle(b.Search(tt.question, Public)); got != tt.want {
				t.Errorf("Search(%q) first = %q, want %q", tt.question, got, tt.want)
			}
		})
	}
}

// TestNounPhraseHead checks that a bare noun phrase's head decides
// between two entries of a briefing that each have the rest: "maple
// syrup strategic reserve" asks for the reserve, not the heist of maple
// syrup from it.
func TestNounPhraseHead(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval40", "maple syrup strategic reserve", "Global Strategic Reserve"},
		{"eval40", "maple syurp strategic resreve", "Global Strategic Reserve"},
		{"eval40", "strategic reserve maple syrup heist", "Great Maple Syrup Heist"},
		// A title named in full is what was asked, head or not.
		{"eval42", "purpel truck dialisys", "Purple Truck"},
	})
}

// TestNeighboursSkipVagueWords checks that a word's distributional
// neighbours leave out weak, framing and filler words: "consultations"
// is near "discuss", which names no topic.
func TestNeighboursSkipVagueWords(t *testing.T) {
	b := loadBase(t, map[string]string{
		"trade.txt": "Trade\n- Mexico Trade: Officials discuss tariffs on flowers.\n- Flower Exports: Cut flowers flown to Europe.\n",
	})
	v := b.idx.view(Public)
	discuss, ok := v.stem("discuss")
	if !ok {
		t.Fatal(`the base has no "discuss"`)
	}
	for _, q := range []string{"consultations", "consultations on flowers"} {
		for _, it := range v.analyze(q).items {
			if it.term == discuss {
				t.Errorf("analyze(%q) looks up %q", q, "discuss")
			}
		}
	}
}

// TestCloseNeighboursMatchNearly checks that a neighbour as close as a
// synonym ("planes": "aircraft", 0.89) matches nearly, and a farther one
// ("pilotless": "drone", 0.73) loosely.
func TestCloseNeighboursMatchNearly(t *testing.T) {
	b := loadBase(t, map[string]string{
		"locusts.txt": "Locust Control\n- Spray Drones: Small unmanned aircraft that treat hopper bands.\n",
	})
	v := b.idx.view(Public)
	for _, tc := range []struct {
		question, stem string
		want           matchLevel
	}{
		{"planes", "aircraft", approxMatch},
		{"pilotless", "drone", looseMatch},
	} {
		t.Run(tc.question, func(t *testing.T) {
			want, ok := v.stem(tc.stem)
			if !ok {
				t.Fatalf("the base has no %q", tc.stem)
			}
			for _, it := range v.analyze(tc.question).items {
				if it.term == want {
					if it.level != tc.want {
						t.Errorf("analyze(%q): %q at level %d, want %d", tc.question, tc.stem, it.level, tc.want)
					}
					return
				}
			}
			t.Errorf("analyze(%q) does not look up %q", tc.question, tc.stem)
		})
	}
}

// TestLooseNeighboursAnswerNothing checks that a question none of whose
// telling words an entry has but loosely, some only through their
// distributional neighbours, is not answered: "symptoms" is near
// "disease", "flu" near "virus", yet a cocoa disease is no answer.
func TestLooseNeighboursAnswerNothing(t *testing.T) {
	b := loadBase(t, map[string]string{
		"cocoa.txt": "Cocoa Sector\n- Farm Rehabilitation: Replanting farms hit by swollen shoot virus disease.\n- Farm-Gate Price: The price paid to growers for a bag of beans.\n",
	})
	for _, q := range []string{"symptoms of the flu", "flu symptoms"} {
		if got := b.Search(q, Public); len(got) > 0 {
			t.Errorf("Search(%q) = %q first, want nothing", q, firstTitle(got))
		}
	}
	if got := firstTitle(b.Search("virus disease", Public)); got != "Farm Rehabilitation" {
		t.Errorf("Search(%q) first = %q, want Farm Rehabilitation", "virus disease", got)
	}
}

// TestSecondLookByDocument checks the second look through an entry's
// document, on held-out briefings: for a question of two words, a name
// its section spells out and a word the entry has; and for a name the
// question turns on that the document, not the entry, gives.
func TestSecondLookByDocument(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval22", "AIP vouchers", "Fertiliser Coupons"},
		{"eval22", "AIP heifers", ""}, // another briefing's
		{"eval8", "SAWP housing inspections", "Worker Protections"},
		// Ranked with coverage relaxed, even a question no entry could
		// cover enough is ranked: the second look needs its entries.
		{"eval16", "overhead walkways so people can get across the highway at markets", "Footbridges"},
	})
}

// TestSlipOverAnswer checks, on a held-out set's briefings, that a word
// of English read as a slip wins over the answer to the question as
// asked when a title has its correction beside the words around it:
// "prewetted slat" is "Pre-Wetted Salt".
func TestSlipOverAnswer(t *testing.T) {
	b, err := Load(filepath.Join("testdata", "eval29", "briefings"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := firstTitle(b.Search("prewetted slat", Public)), "Pre-Wetted Salt"; got != want {
		t.Errorf("Search(%q) first = %q, want %q", "prewetted slat", got, want)
	}
}

// TestAskedAsWritten checks, on a held-out set's briefings, that a FAQ
// heading that is the question comes first ("What is the Dombauhütte?"
// among entries titled "Dombauhütte Köln" and "Wiener Dombauhütte"),
// and that asked what initials mean of a place, the entry titled with
// what they stand for comes before the opening that spells them out in
// passing.
func TestAskedAsWritten(t *testing.T) {
	b, err := Load(filepath.Join("testdata", "eval34", "briefings"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ question, want string }{
		{"what is the dombauhutte", "What is the Dombauhütte?"},
		{"what does SFR mean in kenya", "Strategic Food Reserve"},
		{"what does SFR stand for", "Strategic Food Reserve"},
	} {
		if got := firstTitle(b.Search(tc.question, Public)); got != tc.want {
			t.Errorf("Search(%q) first = %q, want %q", tc.question, got, tc.want)
		}
	}
}

// TestAskedSo checks that a FAQ heading that asks as the question does
// ("when") comes before its briefing's opening when it covers as much.
func TestAskedSo(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"ice.md": {Data: []byte(`# Lake Peipus Ice Road
In cold winters drivers cross frozen Lake Peipus on a marked road to the island villages, and the road is ploughed daily.
## When does the ice road open?
Cars may drive on it from mid January, once the ice is thick enough, until late March.
## Rules on the Ice
- **Speed Limit**: Drive at 25 km/h or under to avoid waves under the ice.
- **No Stopping**: Vehicles may not stop or park on the ice.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "which months can you drive over lake peipus", "When does the ice road open?"},
	})
}

// TestRealWordSlips checks that a word of English the briefings lack
// ("corral", "mil") is read as a slip for a word they have only when an
// entry's title has the correction beside the word the question has
// beside it, or its text does; a neighbour that is misspelt counts as
// corrected.
func TestRealWordSlips(t *testing.T) {
	b := loadBase(t, map[string]string{
		"bohol.md":   "# Bohol Reefs\n- **Coral Nurseries**: Fragments grown on frames before transplanting.\n- **Reef Patrols**: Wardens on the marine sanctuaries.\n",
		"lautoka.md": "# Fiji Sugar\n- **Lautoka Mill Upgrade**: New boilers for the crushing season.\n- **Cane Transport**: Trucks and the cane railway.\n",
		"dhaka.md":   "# Bangladesh Textiles\n- **Boiler Safety**: Inspections after boiler explosions in dyeing mills.\n- **Wage Board**: Minimum wages for garment workers.\n",
		"parade.md":  "# Mardi Gras Parades\n- **Throws**: Beads and cups thrown from the floats.\n- **Ladders**: Ladder seats must stand six feet back from the curb.\n",
		"braga.md":   "# Oficina do Barro, Braga\n- **Taster Session**: Two hours at the wheel for beginners.\n- **Kiln Firing**: Pieces are fired weekly.\n",
	})
	tests := []struct{ question, want string }{
		{"corral nurseries bohol", "Coral Nurseries"},
		{"lautoka mil upgrade", "Lautoka Mill Upgrade"},
		{"boiler safety in dyeing mils", "Boiler Safety"},   // "dyeing mills" in its text
		{"corral fencing for cattle", ""},                   // no entry has "coral" beside these
		{"bohol corral", ""},                                // the title has "coral", but not beside "bohol"
		{"mil spec boilers", ""},                            // nor "mill" beside "spec"
		{"corral nursries", "Coral Nurseries"},              // beside a misspelt word, as corrected
		{"corral fencng", ""},                               // "fencing" is not the base's
		{"mardi gars throws", "Throws"},                     // "mardi gras" in its briefing's title
		{"gars throws", ""},                                 // no word beside the slip to confirm it
		{"oficina do baro taster sesion", "Taster Session"}, // beside "oficina" past a stop word, as in the briefing's title
		{"baro taster sesion", ""},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if got := firstTitle(b.Search(tt.question, Public)); got != tt.want {
				t.Errorf("Search(%q) first = %q, want %q", tt.question, got, tt.want)
			}
		})
	}
	// A slip beside a hyphenated word's part.
	horses := loadBase(t, map[string]string{
		"nevada.md": "# Nevada Wild Horses\n- **Off-Range Corrals**: Holding pens for horses awaiting adoption.\n- **Herd Counts**: Aerial surveys every spring.\n",
	})
	for _, tt := range []struct{ question, want string }{
		{"off range corals", "Off-Range Corrals"},
		{"nevada corals", ""}, // not beside it
	} {
		if got := firstTitle(horses.Search(tt.question, Public)); got != tt.want {
			t.Errorf("Search(%q) first = %q, want %q", tt.question, got, tt.want)
		}
	}
}

func TestSlipsFromStopWord(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"abotu", true}, {"thier", true}, {"shoud", true}, {"whcih", true},
		{"abouut", true}, {"thnaks", true}, {"tehre", true},
		{"about", false},        // the word itself is for isStopWord
		{"ncos", false},         // "cos" is chat too short to slip from
		{"elt", false},          // three letters: likelier initials than "let"
		{"maritime", false},     // no stop word near
		{"themselvess", true},   // the longest stop words, a letter added
		{"themselvesss", false}, // too long to be one
	}
	for _, tt := range tests {
		if got := slipsFromStopWord(tt.word); got != tt.want {
			t.Errorf("slipsFromStopWord(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

func TestWrittenInCapitals(t *testing.T) {
	tests := []struct {
		question, word string
		want           bool
	}{
		{"what are SHAs", "shas", true},
		{"Thier plans", "thier", false},
		{"thier plans and THIER plans", "thier", true},
		{"İstanbul SHAs", "shas", false}, // cases of different lengths: no match
		{"abotu it", "abotu", false},
	}
	for _, tt := range tests {
		if got := writtenInCapitals(tt.question, tt.word); got != tt.want {
			t.Errorf("writtenInCapitals(%q, %q) = %v, want %v", tt.question, tt.word, got, tt.want)
		}
	}
}

func TestIsClockTime(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"2pm", true}, {"10am", true}, {"30am", true},
		{"pm", false}, {"123pm", false}, {"2km", false}, {"am", false}, {"spam", false},
	}
	for _, tt := range tests {
		if got := isClockTime(tt.word); got != tt.want {
			t.Errorf("isClockTime(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

// TestKindsNameNothing checks which of a question's words name a place
// or partner: another name of a word the base lacks does ("saigon" for
// Ho Chi Minh City), a kind of a word the base has does not ("poles",
// which WordNet also reads as people, Europeans).
func TestKindsNameNothing(t *testing.T) {
	b := LoadFS(fstest.MapFS{
		"bamboo.md": {Data: []byte(`# Vietnam Bamboo
Farmers in Vietnam sell bamboo poles to European buyers.
## Treatment
- **Boron Soaking**: Soaking the poles keeps insects out.
## Transport
- **Metro Line 1**: The first metro line of Ho Chi Minh City opened in 2024.
`)},
	}, "test")
	if len(b.Problems) > 0 {
		t.Fatalf("problems: %v", b.Problems)
	}
	tests := []struct {
		question string
		names    int    // how many of its words name
		named    string // the one the base has as asked, if any
	}{
		{"insects eating the bamboo poles in vietnam", 1, "vietnam"},
		{"saigon metro opening", 1, ""},
		{"bamboo poles", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			v := b.idx.view(Public)
			q := v.analyze(tt.question)
			if got := bits.OnesCount32(q.names); got != tt.names {
				t.Errorf("analyze(%q) has %d names, want %d", tt.question, got, tt.names)
			}
			for _, it := range q.items {
				if it.level == exactMatch && (it.concepts&q.names != 0) != (v.stemOf[it.term] == tt.named) {
					t.Errorf("analyze(%q): %q names %v", tt.question, v.stemOf[it.term], it.concepts&q.names != 0)
				}
			}
		})
	}
}

func TestFamilySuffixes(t *testing.T) {
	b := LoadFS(fstest.MapFS{
		"stations.md": {Data: []byte(`## Pianos
- **Playing Hours**: Some stations limit playing to daytime hours after complaints.
- **Signage Costs**: New poles and plates cost councils millions.
- **Hostage Drills**: Police rehearse rescues at the terminus.
- **Port Ramps**: Staff carry ramps to the ferries for wheelchairs.
`)},
	}, "test")
	v := b.idx.view(Public)
	tests := []struct {
		stem string
		want []string // the stems of its relatives the base has
	}{
		{"playabl", []string{"play"}},
		{"sign", []string{"signag"}},
		// WordNet defines neither word by the other: no family.
		{"host", nil},
		{"portabl", nil},
	}
	for _, tt := range tests {
		t.Run(tt.stem, func(t *testing.T) {
			var got []string
			for _, r := range v.relatives(tt.stem, -1) {
				got = append(got, v.stemOf[r])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("relatives(%q) = %q, want %q", tt.stem, got, tt.want)
			}
		})
	}
	checkFirst(t, b, []firstCase{{"", "are the pianos playable in daytime", "Playing Hours"}})
}

func TestSecondLookByTitle(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"london.md": {Data: []byte(`# London Lost Property
Transport for London keeps what passengers leave on the Tube, buses and taxis.
## Special Items
- **Umbrellas**: The most common find, mostly never claimed.
- **Bank Cards**: Unclaimed cards are shredded and the bank is told.
| Item | Outcome | Held For |
|---|---|---|
| Laptops | Wiped, then sold | Three months |
| Keys | Destroyed if unclaimed | Three months |
`)},
	}), "test")
	if len(b.Problems) > 0 {
		t.Fatalf("problems: %v", b.Problems)
	}
	checkFirst(t, b, []firstCase{
		// The row is named in full; the briefing has the rest.
		{"", "what happens to lost laptops on the tube", "Laptops"},
		{"", "what happens to bank cards left on the tube? thanks", "Bank Cards"},
		// The briefing lacks a word asked: no guess.
		{"", "what happens to lost laptops on the harbour fleet", ""},
		// Apologies are chat, not words the entry must have.
		{"", "hey, sorry to bother - are digital subscriptions hurting argentine kiosks", "Digital Subscriptions"},
	})
}

// TestPreferThroughDocument checks, on held-out sets' briefings, that an
// entry its briefing vouches for comes before the briefing's opening, and
// one the question names in full before another entry.
func TestPreferThroughDocument(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval42", "lost property act japan", "Rules under the Lost Property Act"},
		{"eval4", "moroccan fertilizer sales to american farmers", "Phosphate Fertilizer"},
		{"eval20", "aquifer maping gobi", "Aquifer Mapping"},
		{"eval44", "why are spring tides bad for crossing to lindisfarne", "Spring Tides"},
	})
}

// TestAsksForTomorrow checks that a question about tomorrow asks what no
// briefing that does not say "tomorrow" can answer: a forecast.
func TestAsksForTomorrow(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"lookouts.md": {Data: []byte(`# Fire Lookouts
Volunteers staff fire lookout towers across the western mountains in summer.
## Staffing
- **Lookout Training**: A week of training on radio procedure, weather notes and the fire finder.
- **Volunteer Lookouts**: Retirees and students staff towers for two-week shifts.
## Towers
- **Historic Register**: Many towers are listed as historic places.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "what's the weather tomorrow", ""},
		{"", "weather forecast for tomorrow", ""},
		{"", "weather notes in lookout training", "Lookout Training"},
	})
}

// TestWordsOfOneMeaning checks, on held-out sets' briefings, words that
// mean what the base says otherwise: a verb and its particle the noun
// the base writes of them as one word, and a related word that is a
// time of day, weak as it is asked ("after dark" is at night).
func TestWordsOfOneMeaning(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval42", "newspaper sellers in argentina picking up papers before sunrise", "Dawn Pickups"},
		{"eval41", "how far does a hedgehog wander after dark", "Night Roaming"},
	})
}

func TestPreferNamedRow(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"lice.md": {Data: []byte(`# Head Lice in Australian Schools
State health departments in Victoria, New South Wales and Queensland advise schools on head lice.
## School Rules by State
Exclusion rules differ across the country.
| State | School Rule | Notes |
|-------|-------------|-------|
| Victoria | pupils may return once treatment has begun | set out in regulations |
| New South Wales | no exclusion needed | parents treat the same evening |
| Queensland | no routine exclusion | schools send a sheet home |
## Treatment
- **Repeat Treatment**: A second application seven days later kills lice that have hatched.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "victoria school head lice exclusion rule", "Victoria"},
		{"", "queensland school head lice exclusion rule", "Queensland"},
	})
}

// firstCase is a question and the title its first answer must have, ""
// for none; set names the held-out set whose briefings it asks, when it
// asks one.
type firstCase struct{ set, question, want string }

// checkFirst checks the first answer to each case's question, asked of
// b or, for a case with a set, of that held-out set's briefings.
func checkFirst(t *testing.T, b *Base, cases []firstCase) {
	t.Helper()
	sets := map[string]*Base{}
	for _, tc := range cases {
		base := b
		if tc.set != "" {
			if base = sets[tc.set]; base == nil {
				var err error
				if base, err = Load(filepath.Join("testdata", tc.set, "briefings")); err != nil {
					t.Fatal(err)
				}
				sets[tc.set] = base
			}
		}
		t.Run(tc.question, func(t *testing.T) {
			if got := firstTitle(base.Search(tc.question, Public)); got != tc.want {
				t.Errorf("%s: Search(%q) first = %q, want %q", tc.set, tc.question, got, tc.want)
			}
		})
	}
}

// withOthers adds two briefings on other topics to docs, so that a test
// base has the handful of documents names and selectors need.
func withOthers(docs fstest.MapFS) fstest.MapFS {
	docs["ferries.md"] = &fstest.MapFile{Data: []byte(`# Harbour Ferries
The harbour ferry fleet crosses the estuary every twenty minutes.
## Fleet
- **Night Crossings**: Two boats run after midnight on weekends.
- **Bicycle Racks**: Each ferry carries twelve bicycles on deck.
`)}
	docs["kiosks.md"] = &fstest.MapFile{Data: []byte(`# Argentina Newsstands
Street newsstands are closing across Argentina.
## Pressures
- **Digital Subscriptions**: Papers push readers to paywalled apps, cutting copies sent to stands.
- **Multi-Service Kiosks**: Some stands now sell transit cards and coffee.
`)}
	return docs
}

// TestMisspeltPhrase checks that a misspelt word is looked up in the
// lexicon's phrases as corrected: a "lolipop lady" is a lollipop lady, a
// crossing guard.
func TestMisspeltPhrase(t *testing.T) {
	b := loadBase(t, map[string]string{"patrols.md": `# School Patrols
Lollipop sticks are handed out at fairs.
## Staff
- **Crossing Guards**: Guards see children across the road by the school gates.
- **Pay**: Patrol staff are paid by the hour.
`})
	checkFirst(t, b, []firstCase{
		{"", "lolipop ladies at school", "Crossing Guards"},
	})
}

// TestPriceWords checks that asked how much a thing costs, a table's
// price column says: the words for what a thing costs are one another's.
func TestPriceWords(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"repairs.md": {Data: []byte(`# Phone Repair Cafés
Repair cafés in Nairobi fix phones for a fraction of the price of a new one.
## Prices and Common Repairs
| Repair | Typical Price (KSh) | Time Taken |
|---|---|---|
| Screen Replacement | 1,500 to 6,000 | about an hour |
| Battery Swap | 800 to 2,500 | 30 minutes |
## Training
- **Microsoldering**: A course on fixing chips on motherboards.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "how much does a screen replacement cost in nairobi", "Screen Replacement"},
		{"", "how much does a microsoldering course cost", ""}, // no price given
	})
}

// TestTypedAnswers checks what answers a question that asks for a kind
// of fact: an age or a size needs a number; a row the question names
// counts what its table counts; "half price" is no price; and when the
// entries about the question give no such fact, a far weaker one that
// does is no answer.
func TestTypedAnswers(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"speedway.md": {Data: []byte(`# Ice Speedway in Sweden
Motorcycle ice speedway races run on frozen lakes in Sweden all winter.
## Riders
- **Junior Licences**: Riders from 16 may race with a junior licence.
- **Spiked Tyres**: Each tyre carries steel spikes.
`)},
		"tuktuk.md": {Data: []byte(`# Lisbon Tuk-Tuk Licensing
Lisbon froze new tuk-tuk licenses.
## Zones
| Zone | Hours Allowed | Max Vehicles |
|---|---|---|
| Alfama | 9:00–19:00 | 60 |
| Baixa | 8:00–22:00 | 120 |
`)},
		"carts.md": {Data: []byte(`# Kraków Obwarzanek Carts
About 170 blue carts sell obwarzanek, the ring-shaped bread, in Kraków.
## Pitches
| Pitch Zone | Carts | Annual Fee |
|---|---|---|
| Rynek Główny | 24 | 9,600 zł |
`)},
		"gorillas.md": {Data: []byte(`# Rwanda Gorilla Trekking Permits
Every permit is issued by the development board in Kigali.
## Permits
- **Permit Price**: A standard permit costs USD 1,500 per person per trek.
- **Rebooking**: A visitor with a cold may rebook free of charge.
`)},
		"mokoro.md": {Data: []byte(`# Okavango Mokoro Trips
Mokoro trips in the Okavango Delta are run by community trusts.
## Rules
- **Hippo Distance**: Polers keep at least 50 meters from hippos.
- **Visit Length**: Trips on the water are capped at four hours.
- **Water Entry**: Guests never get into the water; 2 guests ride in each mokoro.
- **Daily Briefing**: The community guide gives a daily safety talk, with no fee.
## Fees
| Item | Price |
|---|---|
| Community Fee | BWP 250 per person per day |
| Poler Rate | BWP 400 per mokoro |
`)},
		"chains.md": {Data: []byte(`# Snow Chain Controls in California
Caltrans sets chain controls on mountain highways in winter storms.
## Checkpoints
- **Chain Installers**: Licensed installers fit chains at the roadside for a fee.
- **Turnarounds**: Drivers without chains are turned back at the checkpoint.
## Penalties
- **Citations**: Officers can cite drivers who pass without chains; with court fees, tickets can top $200.
`)},
		"baths.md": {Data: []byte(`# Budapest Thermal Baths
The city's thermal baths draw visitors all year.
## Tickets
- **Resident Discount**: Budapest residents pay half price on weekday mornings.
- **Locker Rules**: Lockers are free with every ticket.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "how old do you have to be to race ice speedway in sweden", "Junior Licences"},
		{"", "how many tuk-tuks are allowed in Baixa", "Baixa"},
		{"", "how much is a ticket for the Budapest baths", ""},
		{"", "what does an obwarzanek cost in Kraków", ""}, // the fee of a pitch
		// A price entry of a document titled with what is priced.
		{"", "how much does it cost to see the gorillas in rwanda", "Permit Price"},
		// "how long" and a verb asks a while, which only a unit of time gives.
		{"", "hi! how long do you get on the water in the okavango", "Visit Length"},
		// "much" in "how much" asks; it is no topic an entry must have.
		{"", "how much is the ticket for skipping chains in california", "Citations"},
		// "when" is answered by a time of day too.
		{"eval72", "when are the quiet hours in Hakone?", "Quiet Hours"},
		// "daily" is "per day".
		{"", "daily community fee for the okavango delta", "Community Fee"},
		{"", "how much is the annual fee for a cart at Rynek Główny", "Rynek Główny"},
		// "Winter Single Ride" gives no fare; "Vandalism Rates", far
		// weaker, says "rates".
		{"eval58", "sorry if dumb q but how much is one ride on montreal bike share in winter", ""},
	})
}

// TestFarWinner checks that a fragment whose best entry has all its
// words but one, and stands far above the rest, is answered, unless it
// asks a fact or the missing word is unknown.
func TestFarWinner(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"scarecrows.md": {Data: []byte(`# Nagoro Scarecrow Village
Nagoro in Tokushima has more life-size figures than residents.
## Figures
- **Closed School Classroom**: Figures of children and a teacher fill the classroom of the school that closed in 2012.
- **Bus Stop Figures**: Figures wait at the bus stop all year.
## Visitors
- **Festival Day**: An October festival brings visitors from the cities.
`)},
		"market.md": {Data: []byte(`# Christmas Markets
- **Toy Stalls**: Wooden toys are sold by local carpenters.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "nagoro classroom dolls", "Closed School Classroom"},
		{"", "nagoro classroom bitcoin", ""},            // a word nothing knows
		{"", "how many nagoro classroom dolls", ""},     // a number asked
		{"", "price of the nagoro classroom dolls", ""}, // a price asked
	})
}

// TestPreferNumbered checks that a number the question names picks the
// title that has it among answers that score about as well.
func TestPreferNumbered(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"kayak.md": {Data: []byte(`# Sea Kayak Guides
Guides earn awards from the national outdoor body.
## Awards
- **Sea Kayak 1**: The entry award for guides on sheltered coasts.
- **Sea Kayak 2**: The advanced award for open crossings.
`)},
		"stands.md": {Data: []byte(`# Harbour Race Grandstands
The harbour race fills four grandstands around the port, each with a view of its own.
## Grandstands
| Grandstand | Location | View |
|---|---|---|
| Grandstand K | On the harbour wall | Yachts and the run to the tunnel |
| Grandstand T | Beside the tobacco corner | The fast exit towards the pool |
| Grandstand B | Casino square | Cars climbing the hill |
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "sea kayak 2 award", "Sea Kayak 2"},
		{"", "sea kayak 1 award", "Sea Kayak 1"},
		{"eval63", "what bean size is Blue Mountain number two?", "Blue Mountain No. 2"},
		// A capital letter alone names a row titled with it and the
		// words asked, however far the briefing's opening scores above.
		{"", "where is Grandstand K?", "Grandstand K"},
		{"", "where is Grandstand T at the harbour race", "Grandstand T"},
		{"eval90", "Olá 👋 where is Grandstand K in Monaco?", "Grandstand K"},
		{"eval49", "g'day @briefbot, what extra training do you need to drive the old W-class trams?", "W-Class Endorsement"},
	})
}

// TestDefinedAlone checks that asked what a term means, where the reader
// met it does not stop the glossary's row titled with it from answering,
// nor does it answer a question about what the term has.
func TestDefinedAlone(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"tolls.md": {Data: []byte(`# Norway Mountain Tolls
Norway charges tolls on many mountain roads and new tunnels.
## Glossary
- **Fv**: Fylkesvei, a county road, as opposed to a national road.
- **AutoPASS**: The electronic tag most drivers fix to the windscreen.
## Seasons
- **Winter Closures**: High passes shut from November to May.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "what does Fv mean on Norwegian road signs", "Fv"},
		{"", "what does Fv stand for on the map", "Fv"},
		{"", "what is the Fv speed limit on signs", ""}, // what it has, not what it means
		// The briefing named by its own title: the opening spells
		// RTA out, "Wind Limit" only uses it.
		{"eval60", "what does RTA stand for in the Cairo felucca rules", "Cairo Felucca Safety Rules"},
	})
}

// TestMeasureNounUnits checks that a measure asked by its noun is
// answered by an entry giving it in units, when the base has the noun.
func TestMeasureNounUnits(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"allotments.md": {Data: []byte(`# Sheffield Allotments
Rules for tenants of the city's allotment sites.
## Structures
- **Sheds and Greenhouses**: One shed of up to 2.4 by 1.8 metres is allowed.
- **Ponds**: Ponds must be fenced; their size is agreed with the site secretary.
- **Water Troughs**: Troughs are filled from April to October.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "allotment shed size", "Sheds and Greenhouses"},
		{"", "allotment shed depth", ""}, // no depth in the base
	})
}

// TestSingularOfPlural checks that a misspelt word asked in the singular
// is corrected to the plural the base alone writes: "clinc" is two edits
// from "clinics", one from "clinic".
func TestSingularOfPlural(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"bikes.md": {Data: []byte(`# Minneapolis Bike Repair Stands
Public repair stands in Minneapolis let riders fix their bikes for free.
## Programmes
- **Fix-It Clinics**: Volunteers hold free repair lessons at busy stands on summer weekends.
- **Air Pumps**: Each stand has a pump with heads for both valve types.
- **Mattresses**: Old mattresses are taken away from the big stand.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "fixit clinc minneapolis", "Fix-It Clinics"},
		{"", "fixit clinic minneapolis", "Fix-It Clinics"},
		{"", "matress minneapolis", "Mattresses"}, // "mattress" is "mattresses"
	})
	v := b.idx.view(Public)
	for _, tt := range []struct {
		typed string
		want  []string
	}{
		{"clinc", []string{"clinics"}},
		{"matress", []string{"mattresses"}}, // a hiss takes "es"
		{"clinic", nil},                     // no slip: a form of a word the base has
		{"pmp", nil},                        // too short to be sure of
	} {
		var got []string
		for _, f := range v.correctPlural(tt.typed) {
			got = append(got, f.word)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("correctPlural(%q) (-want +got):\n%s", tt.typed, diff)
		}
	}
}

// TestLowShareWinner checks that a paraphrase sharing less than half its
// telling words with its answer is answered when that answer leads the
// rest five times over with two of them as asked, and not when a word
// of the question is wholly unknown or it asks who.
func TestLowShareWinner(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval21", "fixing eyelashes that grow inward", "Trichiasis Surgery"},
		{"eval4", "genetic tests to show where confiscated tusks came from", "Wildlife Forensics Laboratory"},
		{"eval2", "school lunch ideas for picky eaters", ""},
		{"eval26", "who won best flight at sumpango last year", ""},
	})
}

// TestEntryCoveringOpening checks that the best entry of a briefing that
// has every telling word its opening has, as asked or nearly, comes
// before the opening when it scores half as well, and that a lesser
// entry does not jump over a better one to get there.
func TestEntryCoveringOpening(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval41", "can I put a hat out for coins while playing the station piano", "Busker Rules"},
		{"eval43", "where do I take the leash off my dog at the helsinki dog park", "Double-Gate Entry"},
		{"eval20", "which snake bites most people in benue", "Benue"},
	})
}

// TestWhoWon checks that asked who won, only an entry that names a
// winner answers: a championship's row that gives its host and month
// does not.
func TestWhoWon(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"criers.md": {Data: []byte(`# Town Criers of England
Town criers compete in bell and voice contests across England.
## Contests
| Contest | Where | When |
|---|---|---|
| National Championship | a different host town each year | June |
| Regional Heats | county towns | spring |
## Results
- **Hastings Champion**: The 2024 national title was won by the crier of Hastings.
- **Bell Master**: A renowned crier of Dover after repeated wins in the bell contest.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "who won the national town crier championship", "Hastings Champion"},
		{"", "when is the national town crier championship", "National Championship"},
		{"", "who won the bell contest last year", ""}, // no year given
		{"", "who won the last bell contest", ""},
	})
	b = LoadFS(withOthers(fstest.MapFS{
		"criers.md": {Data: []byte(`# Town Criers of England
Town criers compete in bell and voice contests across England.
## Contests
| Contest | Where | When |
|---|---|---|
| National Championship | a different host town each year | June |
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "who won the national town crier championship last year", ""},
		{"", "which town crier won the national championship?", ""},
		{"", "what town won the national town crier championship", ""},
		{"eval91", "which samba school won the Rio Carnival last year?", ""},
	})
}

// TestWhichCompany checks that asked which company or brand, only an
// entry that names a business answers.
func TestWhichCompany(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"cruises.md": {Data: []byte(`# Glacier Bay Cruises
Day cruises leave Seward for the glaciers from May to September.
## On Board
- **Life Jackets**: Every passenger is given a life jacket before the boat leaves the harbour.
- **Fjord Tours**: Tours of the fjord run daily in summer.
## Operators
- **Harbour Lines**: The company Harbour Lines Ltd runs the lunch cruises from Seward.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "which company runs the lunch cruises from seward", "Harbour Lines"},
		{"", "what brand of life jacket do the seward cruises use", ""},
		{"", "which company runs the fjord tours", ""},
	})
	for _, tt := range []struct {
		question string
		want     bool
	}{
		{"which company runs the cruises", true},
		{"what brand of life jacket do they use", true},
		{"what is the name of the firm that built it", true},
		{"who runs the cruises", false},
		{"what does the company do", false},
	} {
		if got := asksFirm(plainWords(tt.question)); got != tt.want {
			t.Errorf("asksFirm(%q) = %v, want %v", tt.question, got, tt.want)
		}
	}
}

// TestInTotal checks that asked how many in total, a row that counts
// one part does not answer, and an entry that gives the total does.
func TestInTotal(t *testing.T) {
	docs := fstest.MapFS{
		"trees.md": {Data: []byte(`# Toronto Street Tree Soil Cells
Toronto plants street trees in soil cells under pavements so that their roots have room, and keeps a total of what each project planted.
## Major Projects
| Site | Approach | Trees |
|---|---|---|
| Queens Quay | Soil cells under a granite sidewalk | 240 |
| Bloor Street West | Continuous trench | 150 |
`)},
	}
	checkFirst(t, LoadFS(withOthers(docs), "test"), []firstCase{
		{"", "how many trees on bloor street west", "Bloor Street West"},
		{"eval51", "how many street trees does toronto have in total", ""},
	})
	docs["trees.md"].Data = append(docs["trees.md"].Data, "## City Canopy\n- **Canopy Count**: Toronto has 600,000 street trees in total.\n"...)
	checkFirst(t, LoadFS(withOthers(docs), "test"), []firstCase{
		{"", "how many street trees does toronto have in total", "Canopy Count"},
	})
}

// TestGivesTime checks which entries say when something is done: a
// month, a year, a day, a time of day, or every part of the day.
func TestGivesTime(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Lorries collect waste from the yard every evening.", true},
		{"The ferry sails each morning at eight.", true},
		{"Stalls close on weekends.", true},
		{"The market opens in June.", true},
		{"Lorries collect waste from the yard.", false},
		{"Evening dress is not required.", false},
	} {
		t.Run(tt.text, func(t *testing.T) {
			if got := givesTime(newEntry(Item, "Waste", tt.text, nil)); got != tt.want {
				t.Errorf("givesTime(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
	// A part of the day in a column of times, and nothing else there.
	for _, tt := range []struct {
		fields []Field
		want   bool
	}{
		{[]Field{{Name: "Session", Value: "Special Shape Rodeo"}, {Name: "Time", Value: "Morning"}}, true},
		{[]Field{{Name: "Session", Value: "Balloon Glow"}, {Name: "When", Value: "After dark, most nights"}}, true},
		{[]Field{{Name: "Pepper", Value: "White Pepper"}, {Name: "Harvest Time", Value: "Fully ripe red berries"}}, false},
		{[]Field{{Name: "Session", Value: "Morning Show"}, {Name: "Seats", Value: "200"}}, false},
	} {
		if got := givesTime(newEntry(Row, tt.fields[0].Value, "", tt.fields)); got != tt.want {
			t.Errorf("givesTime(%v) = %v, want %v", tt.fields, got, tt.want)
		}
	}
	checkFirst(t, nil, []firstCase{{"eval91", "when do the animal-shaped balloons go up?", "Special Shape Rodeo"}})
}

// TestWhenInThePast checks that asked when something happened, only an
// entry with a year answers; asked when it is done, months do.
func TestWhenInThePast(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"ice.md": {Data: []byte(`# Estonia Ice Roads
Estonia opens roads across the frozen sea to its islands in cold winters.
## Routes
| Route | Length | Usually Open |
|---|---|---|
| Rohuküla–Heltermaa | 26.5 km | January to March |
| Laaksaare–Piirissaar | 12 km | February |
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "when did the Rohuküla–Heltermaa ice road last open", ""},
		{"", "when does the Rohuküla–Heltermaa ice road open", "Rohuküla–Heltermaa"},
	})
	b = LoadFS(withOthers(fstest.MapFS{
		"ice.md": {Data: []byte(`# Estonia Ice Roads
Estonia opens roads across the frozen sea to its islands in cold winters.
## Routes
| Route | Length | Last Opened |
|---|---|---|
| Rohuküla–Heltermaa | 26.5 km | February 2024 |
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "when did the Rohuküla–Heltermaa ice road last open", "Rohuküla–Heltermaa"},
	})
}

// TestGivesClock checks that a column of hours gives a time of day as
// much as "10 am" or "5 p.m." does, and that other numbers do not.
func TestGivesClock(t *testing.T) {
	tests := []struct {
		e    *Entry
		want bool
	}{
		{newEntry(Row, "Väinölänniemi Beach", "", []Field{{Name: "Beach", Value: "Väinölänniemi Beach"}, {Name: "Guarded Hours", Value: "10 to 20 daily"}}), true},
		{newEntry(Item, "Tanker Timetable", "Tankers leave the depot at 6 am.", nil), true},
		{newEntry(Item, "Closing Time", "Most cenotes close to divers at 5 p.m.", nil), true},
		{newEntry(Item, "Opening Time", "Gates open at 10a.m. sharp.", nil), true},
		{newEntry(Item, "Survey Plan", "Plan a. Map the reef.", nil), false}, // a letter, not an hour
		{newEntry(Item, "Start Early", "Set off by eight in the morning.", nil), true},
		{newEntry(Item, "Evening Talks", "Talks start at 7 in the evening.", nil), true},
		{newEntry(Item, "Morning Checks", "Rangers check the nests in the morning.", nil), false}, // no hour
		{newEntry(Row, "Väinölänniemi Beach", "", []Field{{Name: "Beach", Value: "Väinölänniemi Beach"}, {Name: "Guards", Value: "4"}}), false},
		{newEntry(Row, "Väinölänniemi Beach", "", []Field{{Name: "Beach", Value: "Väinölänniemi Beach"}, {Name: "Guarded Hours", Value: "all day"}}), false},
		{newEntry(Row, "Ferry to Mull", "", []Field{{Name: "Route", Value: "Ferry to Mull"}, {Name: "Journey Time", Value: "45 minutes"}}), false}, // a while, not a time of day
		{newEntry(Item, "Evening Show", "The show starts at 18h30 on the quay.", nil), true},
		{newEntry(Row, "Cato Ridge", "", []Field{{Name: "Point", Value: "Cato Ridge"}, {Name: "Up Run", Value: "8h20"}}), true},
		{newEntry(Item, "Route 4h", "The 4h route to the coast.", nil), false},              // hours alone
		{newEntry(Item, "Flight A1h23", "Gate for flight A1h23.", nil), false},              // a code
		{newEntry(Item, "Long Run", "The record stands at 123h45 of running.", nil), false}, // no hour of a day
	}
	for _, tt := range tests {
		if got := givesClock(tt.e); got != tt.want {
			t.Errorf("givesClock(%q %v) = %v, want %v", tt.e.Title, tt.e.Fields(), got, tt.want)
		}
	}
}

// TestAsksForYear checks that a question naming a year is answered only
// by an entry, or a section, that says that year.
func TestAsksForYear(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"bridge.md": {Data: []byte(`# River Bridge
The council built a new road bridge over the river.
## Works
- **Bridge Opening**: The bridge opened to traffic in 2019 after five years of works.
- **Traffic Counts**: Sensors count about 12,000 cars and lorries crossing the bridge a day.
## After 2021
- **Toll Removal**: Tolls were lifted for local residents.
`)},
	}), "test")
	if len(b.Problems) > 0 {
		t.Fatalf("problems: %v", b.Problems)
	}
	checkFirst(t, b, []firstCase{
		{"", "when did the river bridge open", "Bridge Opening"},
		{"", "river bridge opening in 2019", "Bridge Opening"},
		// The count of a year the briefing does not give: no guess.
		{"", "how many cars crossed the river bridge in 2023", ""},
		{"", "river bridge traffic counts in 2023", ""},
		{"", "do sensors count the cars crossing the river bridge", "Traffic Counts"},
		// The year may be the section's.
		{"", "bridge tolls for residents after 2021", "Toll Removal"},
		// A count of a time relative to today needs a year too.
		{"", "how many cars cross the river bridge this year", ""},
		{"", "how many cars cross the river bridge", "Traffic Counts"},
		// And a count of a year's worth, a year or what a year brings.
		{"", "how many cars cross the river bridge each year", ""},
	})
	// How long something runs each year asks a while, which need not
	// say a year.
	for q, want := range map[string]bool{
		"how many cars cross the bridge each year":     true,
		"how long do the traffic counts run each year": false,
	} {
		if got := b.idx.view(Public).analyze(q).annual; got != want {
			t.Errorf("analyze(%q).annual = %v, want %v", q, got, want)
		}
	}
}

func TestAsksDated(t *testing.T) {
	checkAsks(t, asksDated, map[string]bool{
		"how many snow geese were shot in nebraska last spring": true,
		"price of a kilo of tortillas in mexico city today":     true,
		"how many plane trees have been replanted so far":       true,
		"how much is the toll this year":                        true,
		"exports to date":                                       true,
		"how many geese are shot each spring":                   false,
		"what was the last toll rise":                           false,
		"how far is the ferry from the harbour":                 false,
	})
}

// TestAnnualByContext checks that a year's worth asked is given by an
// entry whose briefing or section is of one: the rows of a table of
// "Annual Pass" prices answer "how much is an annual family pass",
// though they say no year themselves.
func TestAnnualByContext(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"zoo.md": {Data: []byte(`# Harbour Zoo Annual Pass
The pass gives a year of entry from its first use.
## Pass Types
| Pass | Price | Who It Covers |
| --- | --- | --- |
| Adult Pass | $95 | one person aged 15 and over |
| Family Pass | $250 | two adults and up to four children |
## Rules
- **Lost Pass Replacement**: A lost pass is reprinted for $10; passes last a year.
`)},
		"museum.md": {Data: []byte(`# Hill Museum Visits
## Tickets
- **Family Ticket**: $30 for two adults and their children.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "how much is a family annual pass at Harbour Zoo?", "Family Pass"},
		{"", "what does a grown-up annual pass cost at the harbour zoo", "Adult Pass"},
		// A briefing of no year's worth still gives none.
		{"", "how much is a yearly family ticket at the hill museum", ""},
	})
}

func TestAsksWhetherThere(t *testing.T) {
	checkAsks(t, asksWhetherThere, map[string]bool{
		"is there a restaurant at the botanical garden?":  true,
		"hi! are there lockers at the station":            true,
		"does the Malmö city library have a café?":        true,
		"does the museum sell guidebooks":                 true,
		"does the library lend laptops to students?":      true,
		"does the left luggage give a student discount?":  true,
		"does the drone still fly in the polar night":     false,
		"does the driving school teach motorbike lessons": true,
		"do I have to wear a life jacket in the Maldives": false, // an obligation
		"do I need to hire a guide to climb the volcano":  false,
		"does the airport desk rent out child seats?":     true,
		"does the garage repair exhausts":                 true,
		"do the boats run when the river floods":          false,
		"where is there a cash machine":                   false,
		"is the garden open on mondays":                   false,
	})
}

// TestWhetherThereInBriefing checks that a question asking whether a
// place has a thing its briefing never mentions, though another
// briefing does, is refused, and that it is answered when the briefing
// has the thing.
func TestWhetherThereInBriefing(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"garden.md": {Data: []byte(`# Riverside Botanical Garden Visitor Guide
The Riverside Botanical Garden is open every day; entry is free.
## Visiting
- **Garden Hours**: The garden is open from 6 a.m. to 7 p.m.
- **Picnics**: Picnics are allowed on the east lawn.
- **Children's Trail**: A discovery trail for children, with free activity sheets.
- **Plant Swaps**: Visitors change cuttings at the gate on Sundays.
`)},
		"museum.md": {Data: []byte(`# Harbour Museum Visits
## Food
- **Museum Restaurant**: The restaurant on floor 2 serves lunch from noon.
- **Museum Shop**: The shop sells fuel for the old steam launch.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "is there a restaurant at the Riverside botanical garden?", ""},
		{"", "does the Riverside botanical garden have a restaurant?", ""},
		{"", "is there a trail for children at the Riverside botanical garden?", "Children's Trail"},
		{"", "is there a restaurant at the Harbour Museum?", "Museum Restaurant"},
		// Nor is it answered by an entry that has the rest only loosely:
		// exchanging cuttings is no sale (and no briefing has firewood,
		// though one has fuel).
		{"", "does the Riverside botanical garden sell firewood?", ""},
	})
}

// TestWhetherThereByCloseWords checks that a briefing has the thing a
// question asks whether a place has only through words close to it, not
// through a word of a phrase related to it or a far neighbour; and that
// close relatives still answer. The briefings are held-out sets'.
func TestWhetherThereByCloseWords(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval100", "is there a dress code for concerts at Malmö Live?", ""}, // "fire" of "fire code"
		{"eval105", "does Gallatin Smart Home install solar panels?", ""},
		{"eval99", "does Southern Alps Campers give a discount for seniors?", ""},
		{"eval19", "are there women ambulance workers in Oman", "Female Paramedic Crews"},
		{"eval31", "are there battery powered buses in bogota", "Electric Fleet"},
		{"eval84", "do the huts on the yoshida route take credit cards", "Payment Methods"},
	})
}

// TestKindAfter checks that a fragment ending in "type" asks which kind
// of the thing before it: an entry on the thing that never says "type"
// answers it.
func TestKindAfter(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"storage.md": {Data: []byte(`# Harbour Self Storage
- **Padlocks**: Only disc padlocks are allowed; reception sells them.
- **Gate Hours**: The gate opens at 6 a.m.
`)},
		"blood.md": {Data: []byte(`# Donor Centre
- **Donor Card**: Your blood type is printed on the card you get after the first donation.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "storage padlock type", "Padlocks"},
		{"", "padlock type", "Padlocks"},
		{"", "blood type", "Donor Card"},
	})
}

func TestAsksAnnual(t *testing.T) {
	checkAsks(t, asksAnnual, map[string]bool{
		"how many chimney fires are there in sweden each year": true,
		"how many people walk on the glacier every year":       true,
		"how much electricity does the plant make in a year":   true,
		"how much electricity does the plant make a year":      true,
		"yearly visitor numbers":                               true,
		"how many visitors came last year":                     false,
		"how many years does the licence last":                 false,
	})
}

// TestNameOwnWords checks that a word of a name asked, in another name
// of it, stands only for itself: "lake" of "Lake Leman", for "Lake
// Geneva", does not find Lake Como's day pass for Lake Geneva's.
func TestNameOwnWords(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval54", "one-day ticket for the lake geneva boats", "Day Pass"},
	})
}

func TestAsksWhatTime(t *testing.T) {
	checkAsks(t, asksWhatTime, map[string]bool{
		"what time do the tankers leave":            true,
		"what hours are the locks open":             true,
		"opening hours of the consulate":            true,
		"dolphins near reykjavik what time of year": false,
		"which time of year do the whales come":     false,
		"does the museum have opening hours":        false,
		"what times can I drop my dog off":          true,
		"what times do non-binary runners need":     false, // finishing times, not times of day
		"what time of day do the puffins come back": true,
		"what time of the month is the glow best":   false, // the moon's phase, not the clock
	})
}

// TestTitleInFull checks that an entry whose title a question names in
// full comes before one whose title adds to it, nearly as strong.
func TestTitleInFull(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"school.md": {Data: []byte(`# Harbour Spanish School
- **Intensive Course**: 20 lessons a week, Monday to Friday 9:00–13:00, in groups of at most 10 students; €210 a week.
- **Super-Intensive Course**: The intensive course plus 5 one-to-one lessons each afternoon; €395 a week.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "intensive course", "Intensive Course"},
		{"", "harbour spanish school intensive course", "Intensive Course"},
		{"", "super intensive course", "Super-Intensive Course"},
		// Where the longer title's entry scores higher.
		{"eval101", "intensive course", "Intensive Course"},
		{"eval54", "red flag on an australian beach", "Red Flag"},
	})
}

// TestQuestionHeadingOverItem checks that a section under a question
// heading, an answer of its own, is not put after an entry it lists as
// a section of general text is: "can I bring my phone?" answers "are
// mobile phones allowed", not the entry on courtesy phones.
func TestQuestionHeadingOverItem(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval70", "dolomites ferrata hire", "Can I hire equipment?"},
		{"eval90", "are mobile phones allowed at Augusta?", "Can I bring my phone?"},
	})
}

// TestPriceOfDeed checks that the price of a deed done to a thing is
// asked of the thing: "wasp nest removal" is priced by the row "Wasp
// Nests".
func TestPriceOfDeed(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"pests.md": {Data: []byte(`# Harbour Pest Control
| Pest | Treatment | Price |
|---|---|---|
| Wasp Nests | Nests in walls or ground, any season | $140 |
| Rats | Bait stations and a check after ten days | $230 |
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "how much does wasp nest removal cost with harbour pest control?", "Wasp Nests"},
		{"", "how much does rat treatment cost with harbour pest control?", "Rats"},
		{"", "how much does mole removal cost with harbour pest control?", ""},
	})
}

func TestExtendsAndAsksBeyond(t *testing.T) {
	tests := []struct {
		question, title, other string
		extends, beyond        bool
	}{
		{"intensive course", "Super-Intensive Course", "Intensive Course", true, false},
		{"red flag on an australian beach", "Red and White Quartered Flag", "Red Flag", true, false},
		// A word of the longer title asked, misspelt: it is the one.
		{"tade reef modernizaton", "Trade Reef Modernization", "Reef Modernization", true, true},
		// A word said twice is no word more.
		{"vocano vlcano typoon", "Volcano Volcano Typhoon", "Volcano Typhoon", false, false},
		{"intensive course", "Evening Course", "Intensive Course", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.question+"/"+tt.title, func(t *testing.T) {
			if got := extends(tt.title, tt.other); got != tt.extends {
				t.Errorf("extends(%q, %q) = %v, want %v", tt.title, tt.other, got, tt.extends)
			}
			if got := asksBeyond(tt.question, tt.title, tt.other); got != tt.beyond {
				t.Errorf("asksBeyond(%q, %q, %q) = %v, want %v", tt.question, tt.title, tt.other, got, tt.beyond)
			}
		})
	}
}

// TestWhenByCondition checks that a question asking when something is
// done as a rule is answered by the condition it is done on, where no
// entry gives a time: a limit passed ("more than 14 days") is one.
func TestWhenByCondition(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"bikes.md": {Data: []byte(`# Harbour Bike Garage
- **Abandoned Bikes**: Bicycles left for more than 14 days are taken to the city depot.
- **Staffed Desk**: The desk rents out locks and pumps.
`)},
		"passes.md": {Data: []byte(`# Alpine Passes
- **Pass Closures**: Passes close when the avalanche danger reaches level 4.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "when do they remove bikes left too long at the harbour garage?", "Abandoned Bikes"},
		{"", "when do the alpine passes close?", "Pass Closures"},
		{"", "when was the harbour bike garage built?", ""},
	})
}

// TestTimeOfDayByPart checks that "what time of day" is answered by an
// entry that gives a part of the day, not only by one giving a time.
func TestTimeOfDayByPart(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"puffins.md": {Data: []byte(`# Cliff Puffin Watching
- **Evening Return**: The puffins come back to the burrows in the evening, when the boats have gone.
- **Nesting Season**: Puffins nest on the cliffs from May to August.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "what time of day is best for seeing the cliff puffins?", "Evening Return"},
		{"", "what time do the cliff puffins nest?", ""},
	})
}

// TestSplit checks that a word the base lacks is read as two words it
// has only when it is a compound, not an irregular form of the first:
// "hottest" is "hot", not "hot" and "test".
func TestSplit(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"springs.md": {Data: []byte(`# Hot Springs
- **Hot Pools**: The hot pools get a water test each week.
- **Mills Restored**: Two wind mills were restored.
- **Export Ban**: Ana signs the permits; no live plants may leave, aan is the word for it.
`)},
	}), "test")
	v := b.idx.view(Internal)
	tests := []struct {
		word string
		want []string
	}{
		{"hottest", nil},
		{"windmills", []string{"wind", "mill"}},
		{"banana", nil}, // a word of English, not "ban" and "ana"
		{"banaan", []string{"ban", "aan"}},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range v.split(tt.word, splitPart(&queryWord{word: tt.word, stem: snowStem(tt.word)})) {
			got = append(got, v.stemOf[p])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("split(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

// TestPluralInSes checks that "buses" finds "bus" (and "bus" "buses"),
// which Snowball stems apart.
func TestPluralInSes(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"transit.md": {Data: []byte(`# City Transit
## Roads
- **Bus Lanes**: Each bus has its own lane on the bridge.
- **Gas Stations**: Stations selling natural gases to taxis.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "what about buses", "Bus Lanes"},
		{"", "gas for taxis", "Gas Stations"},
	})
}

// TestUnknownNameTogether checks that the words of one name no briefing
// has weigh together: "Porto Torres" is what the question turns on,
// though each of its words alone weighs too little to.
func TestUnknownNameTogether(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval59", "are police posing as tourists at the Porto Torres ferry port?", ""},
	})
	for _, tt := range []struct {
		question, word string
		want           bool
	}{
		{"the Porto Torres port", "torres", true},
		{"the porto torres port", "torres", false},
		{"the Notorres port", "torres", false}, // inside a word
	} {
		if got := capitalizedIn(tt.question, tt.word); got != tt.want {
			t.Errorf("capitalizedIn(%q, %q) = %v, want %v", tt.question, tt.word, got, tt.want)
		}
	}
}

func TestRateAsked(t *testing.T) {
	tests := []struct {
		question string
		want     []string
	}{
		{"what is the hourly pay of city bus drivers", []string{"hour"}},
		{"price of merino wool per kilo", []string{"kilo"}},
		{"price of a kilo of tortillas", []string{"kilo"}},
		{"price per kg of wool", []string{"kg", "kilogram", "kilogramm"}},
		{"how much water should I drink a day", []string{"day", "daili"}},
		{"how much does a day ticket cost", nil}, // a ticket, no rate
		{"how much does a ticket cost", nil},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if got := rateAsked(plainWords(tt.question)); !slices.Equal(got, tt.want) {
				t.Errorf("rateAsked(%q) = %q, want %q", tt.question, got, tt.want)
			}
		})
	}
	b := LoadFS(withOthers(fstest.MapFS{
		"wool.md": {Data: []byte(`# Argentine Merino Wool
Patagonian estancias shear merino sheep each spring.
## Shearing
- **Shearing Rates**: Crews charge 300 pesos a sheep.
- **Bale Prices**: Wool sells for 9 dollars per kilo at the Trelew auction.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "price of merino wool per kilo in argentina", "Bale Prices"},
		{"", "price of merino wool per pound in argentina", ""}, // not given by the pound
	})
}

// TestSynonymForms checks that a word the base lacks finds, loosely,
// the other forms of its synonyms: "speak" is "mouth", and "oral" a
// form of it.
func TestSynonymForms(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"tuktuk.md": {Data: []byte(`# Lisbon Tuk-Tuk Drivers
Lisbon tests the drivers of its tourist tuk-tuks.
## Driver Requirements
- **Language Test**: At least one foreign language is tested orally.
- **Uniform and Badge**: Drivers wear a numbered badge.
`)},
	}), "test")
	v := b.idx.view(Public)
	q := v.analyze("do lisbon tuk-tuk drivers have to speak english")
	oral, _ := v.stem("oral")
	if !slices.ContainsFunc(q.items, func(it queryTerm) bool { return it.term == oral && it.level == looseMatch }) {
		t.Errorf("speak: no loose match of %q among the question's terms", "oral")
	}
	q = v.analyze("do lisbon tuk-tuk drivers wear a badge")
	if slices.ContainsFunc(q.items, func(it queryTerm) bool { return it.term == oral }) {
		t.Errorf("a question without speak matches %q", "oral")
	}
}

// TestContrasts checks that members of one kind that tell each other
// apart (seasons, colours, days, months, numbers) are not taken for
// each other, and that other neighbours are.
func TestContrasts(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"spring", "winter", true},
		{"red", "yellow", true},
		{"monday", "tuesday", true},
		{"march", "june", true},
		{"two", "three", true},
		{"north", "south", true},
		{"boat", "ship", false},
		{"doctor", "physician", false},
		{"spring", "spring", true},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			if got := contrasts(tt.a, tt.b); got != tt.want {
				t.Errorf("contrasts(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
	b := LoadFS(withOthers(fstest.MapFS{
		"flags.md": {Data: []byte(`# Queensland Beach Flags
## Flag Colours
- **Red Flag**: The beach is closed; do not enter the water.
- **Yellow Flag**: Take care: conditions are hazardous.
- **Red and Yellow Flags**: Lifeguards patrol the area between the flags.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "yellow flag at the beach in queensland", "Yellow Flag"},
		{"", "red flag at the beach in queensland", "Red Flag"},
	})
}

// TestAsksWhen checks the questions that ask when, which only an entry
// that gives a time answers.
func TestAsksWhen(t *testing.T) {
	tests := []struct {
		question string
		want     bool
	}{
		{"when does the ferry leave", true},
		{"hi, when is the market open", true},
		{"what date does Indra Jatra fall on this year", true},
		{"which months do the dental boats run", true},
		{"what month is the harvest", true},
		{"what dates are closed", true},
		{"which days is the floating market open", false}, // "Saturday and Sunday" or "weekends"
		{"what is the date palm harvest", false},
		{"what time of year do the pigeon races run", true},
		{"which time of the year is the ferry busiest", true},
		{"what time do the races start", false}, // a time of day (see asksWhatTime)
		{"what does the festival cost", false},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if got := asksWhen(plainWords(tt.question)); got != tt.want {
				t.Errorf("asksWhen(%q) = %v, want %v", tt.question, got, tt.want)
			}
		})
	}
	b := LoadFS(withOthers(fstest.MapFS{
		"square.md": {Data: []byte(`# Kathmandu Durbar Square
## Rules in the Square
- **Festival Days**: During Indra Jatra the square is crowded and some areas are closed to visitors.
- **Harvest Fair**: The fair fills the square every September.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "what date does Indra Jatra fall on this year", ""}, // the entry gives no date
		{"", "what month is the harvest fair in the square", "Harvest Fair"},
	})
}

// TestSalutation checks how many words open a question before an
// exclamation mark.
func TestSalutation(t *testing.T) {
	for _, tt := range []struct {
		question string
		want     int
	}{
		{"Góðan daginn! do I have to shower first?", 2},
		{"Ayubowan! what's the fine for speeding?", 1},
		{"what's the fine for speeding?", 0},
		{"no way!", 0},                             // nothing after it
		{"so here is a long opening! and more", 0}, // more than three words
	} {
		t.Run(tt.question, func(t *testing.T) {
			if got := salutation(tt.question); got != tt.want {
				t.Errorf("salutation(%q) = %d, want %d", tt.question, got, tt.want)
			}
		})
	}
}

// TestGreetingPairs checks that a greeting of two words whose second
// is a word of English ("guten Tag") is chat, not a topic.
func TestGreetingPairs(t *testing.T) {
	checkFirst(t, nil, []firstCase{{"eval79", "guten Tag! what's in Room 5 at the Delphi museum?", "Room 5"}})
}

// TestColloquial checks that everyday words WordNet lacks, or gives
// other senses of, find the words briefings write for them, and that a
// base that writes the everyday word still finds it.
func TestColloquial(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"puffins.md": {Data: []byte(`# Westman Islands Puffin Boat Tours
Boats leave Heimaey harbour for the puffin cliffs twice a day.
## Rules on Board
- **Drone Ban**: No drones may be flown from the boats or over the colonies.
- **Seabird Droppings**: Wear a hat under the cliffs; guano falls often.
- **Children Aboard**: Children under six sit with an adult inside the cabin.
## Onshore
- **Horse Manure**: Stables sell bagged manure to gardeners at the harbour.
- **Kids Club**: The visitor centre runs a kids club in the afternoons.
- **Reef-Safe Sunscreen**: Only mineral sunscreen may be worn in the water.
- **No Smoking**: Smoking is not allowed anywhere on board the boats.
- **Flash Photos**: Photos without flash are welcome from the upper deck.
- **Islander Discount**: Residents of Heimaey pay a discounted fare on every sailing.
- **Hull Inspections**: The coastguard inspects every hull before the season opens.
- **Rat Control**: Wardens trap the rats that raid the burrows each spring.
- **Seabird Rule**: Feeding the gulls is banned on every sailing.
- **Junior Deckhands**: Youths of 14 to 17 may crew the boats in summer.
- **Moonlight Sailing**: On full-moon evenings one boat sails at ten; the harbour office says if it sails tonight.
- **Harbour Litter**: Wardens collect litter from the quay every evening.
- **Cliff Campsite**: Tents may be pitched overnight above the harbour from May.
- **Refuge Beds**: The ridge refuge has twelve bunks, booked at the harbour office.
- **Harbour Guesthouse**: Check-in at the guesthouse is from 3 p.m.; farm livestock graze the slopes.
- **Bird Healers**: Herbalists treat injured puffins brought to the visitor centre.
- **Quay Stalls**: Two restaurant stalls sell fish soup on the quay in summer.
- **Warm Clothing**: Bring warm clothing for the deck; bathing off the quay is not allowed.
- **Nest Fines**: Disturbing nests carries a fine; photography of nests needs a permit.
- **Step-Free Boarding**: The lower deck is accessible by ramp.
- **Cliff Rescue**: A coastguard helicopter lifts injured climbers off the cliffs.
- **Seasick Passengers**: The crew keeps ginger sweets for anyone seasick.
- **Fixed Fares**: Every passenger gets a life jacket, and there is no haggling over fares.
- **Cancellations**: Cancel a day ahead for a refund.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "can my kids give the gulls some bread from the puffin boat", "Seabird Rule"}, // giving food is feeding
		{"", "how do they get rid of rats on heimaey", "Rat Control"},
		{"", "who makes sure the hulls are sound on the puffin boats", "Hull Inspections"},
		{"", "do locals get cheaper puffin boat trips", "Islander Discount"},
		{"", "can I take pictures of the puffins from the boat", "Flash Photos"},
		{"", "can I fly my quadcopter off the puffin boat in the westman islands", "Drone Ban"},
		{"", "bags of horse poo for the garden in heimaey", "Horse Manure"},
		{"", "do little kids have to sit inside on the puffin boats", "Children Aboard"},
		{"", "is there a kids club at the puffin visitor centre", "Kids Club"},
		{"", "can I fly a kite off the puffin boat", ""},                                 // no kites
		{"", "what sun cream can I wear in the water at heimaey", "Reef-Safe Sunscreen"}, // two words for one
		{"", "can I vape on the puffin boats", "No Smoking"},                             // newer than WordNet
		{"", "any moonlite trips on the puffin boats", "Moonlight Sailing"},              // spelt as it sounds
		{"", "traditional herbalists", "Bird Healers"},                                   // as they usually are
	})
	if u := b.Unknown("does a puffin boat sail tonite", Public); len(u) != 0 {
		t.Errorf("Unknown(tonite) = %q, want it read as tonight", u)
	}
	for _, tt := range []struct{ question, stem string }{
		{"can teenagers crew the puffin boats", "youth"},
		{"when is the litter taken away at the quay", "collect"},
		{"where can I sleep above the harbour", "overnight"},
		{"how many bunks in the hut on the ridge", "refug"},
		{"can I spend the night above the harbour", "overnight"},
		{"do farmers lose animals to the gulls", "livestock"},
		{"what time can I check in at the inn", "guesthous"},
		{"where can I eat on heimaey", "restaur"},
		{"can food carts sell at the quay", "stall"},
		{"what should I wear on the puffin boat", "cloth"},
		{"can I swim off the quay", "bath"},
		{"what is the penalty for disturbing nests", "fine"},
		{"can I film the puffins", "photographi"},
		{"is the puffin boat wheelchair friendly", "access"},
		{"can I sail after sunset", "night"},
		{"can a chopper reach the puffin cliffs", "helicopt"},
		{"what if I get queasy on the puffin boat", "seasick"},
		{"are there lifevests on the puffin boat", "jacket"},
		{"can I bargain for a cheaper trip", "haggl"},
		{"what should I pack for the puffin boat", "bring"},
		{"how much notice to cancel a puffin boat trip", "ahead"},
	} {
		q := b.idx.view(Public).analyze(tt.question)
		if !slices.ContainsFunc(q.items, func(it queryTerm) bool { return b.idx.stemOf[it.term] == tt.stem && it.level == approxMatch }) {
			t.Errorf("analyze(%q) does not find %q nearly as asked", tt.question, tt.stem)
		}
	}
}

// TestRespelt checks that words spelt as they sound at their end are
// read in their standard spelling, and that other words are left alone.
func TestRespelt(t *testing.T) {
	for _, tt := range []struct {
		word string
		want []string
	}{
		{"moonlite", []string{"moonlight"}},
		{"tonite", []string{"tonight"}},
		{"lite", []string{"light"}},
		{"alrite", []string{"alright"}},
		{"walkthru", []string{"walkthrough"}},
		{"moonlight", nil},
		{"kite", nil},
	} {
		t.Run(tt.word, func(t *testing.T) {
			got, ok := respelt(tt.word)
			if !slices.Equal(got, tt.want) || ok != (tt.want != nil) {
				t.Errorf("respelt(%q) = %q, %v, want %q", tt.word, got, ok, tt.want)
			}
		})
	}
}

// TestPlaceOfPeople checks that peoples and adjectives WordNet does not
// derive from their place find it, singular or plural.
func TestPlaceOfPeople(t *testing.T) {
	for _, tt := range []struct {
		word string
		want []string
	}{
		{"finns", []string{"finland", "finnish"}},
		{"finn", []string{"finland", "finnish"}},
		{"chinese", []string{"china"}},
		{"uzbeks", []string{"uzbekistan", "uzbekistani"}},
		{"kenyan", nil}, // WordNet derives Kenya
		{"fins", nil},
	} {
		t.Run(tt.word, func(t *testing.T) {
			got, ok := placeOfPeople(tt.word)
			if !slices.Equal(got, tt.want) || ok != (tt.want != nil) {
				t.Errorf("placeOfPeople(%q) = %q, %v, want %q", tt.word, got, ok, tt.want)
			}
		})
	}
	checkFirst(t, nil, []firstCase{{"eval18", "hey bot, how do finns recycle plastic packaging at home?", "Plastic Packaging Bins"}})
	// A place is not its own people: "laos" is asked once, as written.
	b := LoadFS(withOthers(fstest.MapFS{"laos.md": {Data: []byte("# Laos Logistics\nLaotian customs run the Friendship Bridge.\n- **Bridge Hours**: The bridge opens at six.\n")}}), "test")
	q := b.idx.view(Public).analyze("bridge hours in laos")
	if n := len(slices.DeleteFunc(slices.Clone(q.items), func(it queryTerm) bool { return b.idx.stemOf[it.term] != "lao" })); n != 1 {
		t.Errorf("analyze(bridge hours in laos) has %d items for lao, want 1", n)
	}
}

// TestBaseForms checks that inflected words are read as their plain
// forms: the irregular ones WordNet lists, and comparisons and doers by
// rule.
func TestBaseForms(t *testing.T) {
	for _, tt := range []struct {
		stem string
		want []string
	}{
		{"easiest", []string{"easi"}}, // WordNet lists it
		{"cheapest", []string{"cheap"}},
		{"safest", []string{"safe"}},
		{"tiniest", []string{"tini"}},
		{"hottest", []string{"hot"}},
		{"quickest", []string{"quick"}}, // WordNet knows it, as a form of "fastest" only
		{"picker", []string{"pick"}},    // a doer of its root
		{"hunter", []string{"hunt"}},
		{"tower", nil},               // a short word of its own, not "tow" compared
		{"shower", nil},              // a word of its own, a "shower bath", not one who shows
		{"busker", []string{"busk"}}, // WordNet relates it to nothing, but it is a doer
		{"tofino", nil},
	} {
		t.Run(tt.stem, func(t *testing.T) {
			if got := baseForms(tt.stem); !slices.Equal(got, tt.want) {
				t.Errorf("baseForms(%q) = %q, want %q", tt.stem, got, tt.want)
			}
		})
	}
}

// TestPlainFormsAndKin checks that a question is answered when it asks
// with a comparison of a word the base has ("cheapest"), of the young as
// babies, or for the asker's family, which the base need not name.
func TestPlainFormsAndKin(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"heimaey.md": {Data: []byte(`# Heimaey Puffin Season
Puffins nest on the cliffs above the harbour from April to August.
## Visitors
- **Budget Cabins**: The campsite rents inexpensive cabins by the night.
- **Family Cabins**: Cabins for six, with a kitchen, are rented by the week.
- **Juvenile Puffins**: Young birds that land in town at night are carried back to the sea.
- **Engraved Paddles**: Names can be etched on a souvenir paddle at the harbour shop.
- **Lost Children**: Children who lose their group wait at the ticket office.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "what happens to baby puffins that land in town", "Juvenile Puffins"},
		{"", "could they put my son's name on a paddle in heimaey", "Engraved Paddles"},
		{"", "what if my kid gets lost in heimaey", "Lost Children"},
		{"", "can my son fly a kite over the puffin cliffs", ""}, // no kites
	})
	for _, q := range []string{"cheapest cabins on heimaey", "can my son stay in a cabin"} {
		if got := b.Unknown(q, Public); len(got) > 0 {
			t.Errorf("Unknown(%q) = %q, want none", q, got)
		}
	}
}

// TestAlone checks that "on my own" and "by myself" are read as
// "alone", and that going alone is asked of the rules on guides.
func TestAlone(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"can I climb it on my own?", "can I climb it alone?"},
		{"can the kids swim by themselves", "can the kids swim alone"},
		{"my own tent", "my own tent"},
	} {
		if got := withoutCompany(tt.in); got != tt.want {
			t.Errorf("withoutCompany(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	b := LoadFS(withOthers(fstest.MapFS{
		"kinabalu.md": {Data: []byte(`# Mount Kinabalu Climbing Permits
Sabah Parks issues summit permits for the climb to Low's Peak.
## Rules on the Mountain
- **Mandatory Guide**: Every climber must be accompanied by a licensed mountain guide.
- **Summit Permit**: Permits are booked with a licensed operator months ahead.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "can I climb Kinabalu on my own?", "Mandatory Guide"},
		{"", "can I go up Kinabalu by myself", "Mandatory Guide"},
	})
}

// TestYearsOld checks that "my 6 year old" asks of an age.
func TestYearsOld(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"kayaks.md": {Data: []byte(`# Algarve Sea Kayak Tours
Guided kayak tours leave the beach twice a day to paddle through the sea caves.
## Rules
- **Minimum Age**: Children must be at least eight and paddle in a double kayak with an adult.
- **Group Size**: No more than twelve kayaks go out with one guide.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "can my 6 year old come kayaking in the algarve?", "Minimum Age"},
		{"", "hi! is a 10-year-old ok on the algarve kayak tours?", "Minimum Age"},
	})
}

// TestPeopleFit checks that "how many people fit" is answered by the
// passengers a boat may carry, and that people who work are no
// passengers.
func TestPeopleFit(t *testing.T) {
	if got := withPersons([]string{"peopl", "fit"}); !slices.Contains(got, "passeng") {
		t.Errorf("withPersons(people fit) = %q, want passengers among them", got)
	}
	if got := withPersons([]string{"peopl", "work"}); slices.Contains(got, "passeng") {
		t.Errorf("withPersons(people work) = %q, want no passengers", got)
	}
	b := LoadFS(withOthers(fstest.MapFS{
		"sampans.md": {Data: []byte(`# Hue Perfume River Sampans
Family-run sampans take visitors along the river to the royal tombs.
## Rules on Board
- **Passenger Limit**: Each sampan carries at most eight passengers and the boatman.
- **Life Jackets**: Every passenger wears a life jacket while the boat is moving.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "how many people fit on one sampan in Hue?", "Passenger Limit"},
		{"", "how many people work for the Hue sampan families?", ""},
	})
}

// TestWhatTimeOpenClose checks that "open" and "close" in a question for
// a time of day are answered by the hours a row gives, though the row
// has neither word.
func TestWhatTimeOpenClose(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"garages.md": {Data: []byte(`# Ghent Bicycle Garages
Ghent runs staffed bicycle garages around the old town.
## Garages
| Garage | Racks | Hours |
|---|---|---|
| Korenmarkt Underground | 600 racks under the square | 07:00 to 01:00 |
| Vrijdagmarkt Cellar | 400 racks | 06:30 to 23:00 |
## Rules
- **Abandoned Bikes**: Staff close off and tag bikes left over four weeks.
- **Open Days**: Garages open their doors to school classes in spring.
`)},
	}), "test")
	checkFirst(t, nil, []firstCase{
		{"eval74", "what time does the Korenmarkt bike garage close", "Korenmarkt Underground"},
	})
	checkFirst(t, b, []firstCase{
		{"", "what time does the Korenmarkt bike garage close", "Korenmarkt Underground"},
		{"", "what time does the Vrijdagmarkt bike garage open", "Vrijdagmarkt Cellar"},
		{"", "what time does the gym open", ""},
	})
}

// TestDeedAsked checks that a question asking who made, found or owns a
// thing is answered only by an entry that says the deed, in a form of
// its own or close to it.
func TestDeedAsked(t *testing.T) {
	for _, tt := range []struct {
		question string
		want     string // the verb asked, "" for none
	}{
		{"who designed the boat lift", "designed"},
		{"hi, who founded KPAP?", "founded"},
		{"who owns the land on the path", "owns"},
		{"who runs the lisbon trams", ""},
		{"who is the warden", ""},
		{"what was designed in 1990", ""},
		{"when was Heddal stave church built?", "built"},
		{"when will the church be open", ""},
	} {
		t.Run(tt.question, func(t *testing.T) {
			words := plainWords(tt.question)
			got := ""
			if i := deedAsked(words); i >= 0 {
				got = words[i].word
			}
			if got != tt.want {
				t.Errorf("deedAsked(%q) = %q, want %q", tt.question, got, tt.want)
			}
		})
	}
	b := LoadFS(withOthers(fstest.MapFS{
		"lift.md": {Data: []byte(`# Strépy-Thieu Boat Lift
The boat lift on the Canal du Centre raises barges 73 metres.
## Visiting
- **Lift Exhibition**: An exhibition in the machine room shows how the lift was built and tested.
- **Architect**: The lift was designed by the engineers of the Walloon public works office.
- **Boat Trips**: Tourist boats ride the lift from April to October.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "who designed the strepy-thieu boat lift", "Architect"},
		{"", "who painted the strepy-thieu boat lift", ""}, // not said
	})
	checkFirst(t, nil, []firstCase{
		{"eval57", "who designed the strepy-thieu boat lift", ""},
		{"eval64", "who discovered the Tarbosaurus at Nemegt?", ""},
		{"eval60", "when was Heddal stave church built?", ""},
	})
}

// TestAsksPhone checks that a question for a phone number is answered
// only by an entry that speaks of a phone line.
func TestAsksPhone(t *testing.T) {
	checkAsks(t, asksPhone, map[string]bool{
		"what is the phone number of the water taxi desk": true,
		"greyhound whistleblower hotline number":          true,
		"how many phone masts were burnt":                 false,
		"number of calls to the desk":                     false,
	})
	b := LoadFS(withOthers(fstest.MapFS{
		"taxi.md": {Data: []byte(`# Rotterdam Water Taxis
Water taxis cross the Maas between 40 stages.
## Booking and Fares
Fares depend on distance and the number of passengers.
- **App Booking**: Taxis are booked in the app or by calling the central desk.
- **Shared Rides**: Passengers going to the same stage can share a boat.
- **Night Desk**: After midnight the central desk answers on 010 403 0303.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "phone number for shared rides on the rotterdam water taxi", ""},
		// An entry that gives the number comes before one that
		// only says to call.
		{"", "what's the phone number of the Rotterdam water taxi central desk?", "Night Desk"},
	})
	checkFirst(t, nil, []firstCase{
		{"eval74", "what is the phone number of the Rotterdam water taxi desk", ""},
	})
	// A row that gives the number need not say "number"; one that only
	// says to call, and is no phone line, does not answer.
	lines := LoadFS(withOthers(fstest.MapFS{
		"helpline.md": {Data: []byte(`# Strathallon Consumer Helpline
The council's helpline advises residents on their consumer rights.
## Contacting the Helpline
| Channel | Details | Hours |
|---------|---------|-------|
| Telephone | 01632 960 772 | Monday to Friday 9am to 5pm |
| Drop-in Desk | Burgh Chambers, Strathallon | Tuesdays 10am to 1pm |
## Complaints
- **Doorstep Callers**: Call the police first, then the advisers.
`)},
	}), "test")
	checkFirst(t, lines, []firstCase{
		{"", "phone number for the Strathallon consumer helpline", "Telephone"},
		{"", "phone number for doorstep callers in Strathallon", ""},
	})
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"After midnight the desk answers on 010 403 0303.", true},
		{"Call the desk to book.", true},
		{"Fares depend on the number of passengers.", false},
		{"Fares rose 12% in 2024 to €4.50.", false},
	} {
		if got := speaksOfPhone(tt.text); got != tt.want {
			t.Errorf("speaksOfPhone(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestNameNotItsClass checks that a one-word name's phrases in the
// lexicon that hold the name itself ("luxembourg city") do not let
// their other words stand for it: a Ghent garage's "city's parking app"
// is no answer about Luxembourg.
func TestNameNotItsClass(t *testing.T) {
	b, err := Load(filepath.Join("testdata", "eval74", "briefings"))
	if err != nil {
		t.Fatal(err)
	}
	v := b.idx.view(Public)
	q := v.analyze("do I have to pay for buses in Luxembourg")
	for _, it := range q.items {
		if st := b.idx.stemOf[it.term]; st == "citi" {
			t.Errorf("item %q (concepts %b) stands for Luxembourg", st, it.concepts)
		}
	}
	if got := firstTitle(b.Search("do I have to pay for buses in Luxembourg", Public)); got == "Paying and Passes" {
		t.Errorf("Search: first = %q, from Ghent's garages", got)
	}
}

// TestWeightlessCorrectionSelectsNothing checks that a word of English
// the base lacks, whose nearest spelling is kept only to rank by, does
// not make the question about what that spelling names: "amount" is no
// "Mount".
func TestWeightlessCorrectionSelectsNothing(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval84", "Jongno District Office fine amount", "Fines"},
		{"eval84", "Jongno District Office fines", "Fines"},
	})
}

// TestLongQuestionCoverage checks the bar for long, chatty questions: an
// entry with minLongMatch of twelve equal telling words has a third of
// the question, too little; with one more, enough.
func TestLongQuestionCoverage(t *testing.T) {
	q := &query{}
	for c := range 12 {
		q.weight = append(q.weight, 1)
		q.telling |= 1 << c
	}
	q.total, q.tellingTotal = 12, 12
	for _, tc := range []struct {
		matched int
		want    bool
	}{{3, false}, {minLongMatch, false}, {minLongMatch + 1, true}, {8, true}} {
		t.Run(strconv.Itoa(tc.matched), func(t *testing.T) {
			exact := uint32(1)<<tc.matched - 1
			if _, got := q.coverage(exact, 0, 0); got != tc.want {
				t.Errorf("coverage of %d words of 12: enough = %v, want %v", tc.matched, got, tc.want)
			}
		})
	}
}

// TestPlainFormOfUnknownWord checks that a comparison or a doer the base
// lacks is asked as its plain word, and that word's meaning: "quickest"
// finds the fast boat, "drivers" what drivers must do.
func TestPlainFormOfUnknownWord(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval86", "quickest boat to whitehaven from airlie", "Fast Catamaran"},
		{"eval64", "how many languages must Bruges boat drivers speak?", "Language Requirement"},
	})
}

func TestHyphenParts(t *testing.T) {
	words := func(ws ...string) []queryWord {
		var out []queryWord
		for _, w := range ws {
			out = append(out, queryWord{word: w})
		}
		return out
	}
	for _, tt := range []struct {
		words  []queryWord
		joined string
		want   int
	}{
		{words("take", "my", "e", "bike"), "ebike", 2},
		{words("lal", "lo"), "lallo", 2},
		{words("a", "check", "in"), "checkin", 2},
		{words("x", "ray"), "xray", 2},
		{words("bike"), "ebike", 0}, // a part left out (past maxWords)
		{nil, "ebike", 0},
	} {
		if got := hyphenParts(tt.words, tt.joined); got != tt.want {
			t.Errorf("hyphenParts(%v, %q) = %d, want %d", tt.words, tt.joined, got, tt.want)
		}
	}
}

// TestHyphenatedAsJoined checks that a hyphenated word of a question is
// asked as one word too, which the base has from a title written so.
func TestHyphenatedAsJoined(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"ferry.md": {Data: []byte(`# Harbour Ferry Bikes
## On Board
- **E-Bikes**: Electric bikes are pushed on board with the battery out.
- **Bike Racks**: Bike racks on the car deck hold 12 bikes; bikes are locked to them.
- **Foot Passengers**: Foot passengers board first.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "can I take my e-bike on the harbour ferry?", "E-Bikes"},
	})
}

// TestHowLongIsAsksLength checks, on held-out sets' briefings, that
// "how long is" finds the entry titled with the length of what it asks
// about.
func TestHowLongIsAsksLength(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval101", "how long is a driving lesson in Galway?", "Lesson Length"},
		{"eval88", "hi 👋 how long is the walk up Vesuvius?", "Path Length"},
		// "how long do I leave" asks a while, not a length.
		{"eval70", "how long do I leave the mud on at Pomorie?", "Mud Application"},
	})
}

// TestGreetingOpensNothing asks questions that turn on how they open
// ("do ... pay", "is there", "how much") after a greeting: one word
// English has otherwise ("hoi!", "moi!"), one in another language, one
// without an exclamation mark. The answers are the question's alone.
func TestGreetingOpensNothing(t *testing.T) {
	b := LoadFS(fstest.MapFS{
		"museum.md": {Data: []byte(`# Harbour Museum
## Tickets
- **Under 19**: Visitors under 19 get in free with proof of age.
- **Adult Ticket**: €22 at the door, €20 online.
- **Audio Guide**: €5, in nine languages.
## Facilities
- **Cloakroom**: Free lockers for coats and bags by the entrance.
- **Café**: Lunch and cakes on the top floor.
`)},
	}, "test")
	if len(b.Problems) > 0 {
		t.Fatalf("problems: %v", b.Problems)
	}
	titles := func(as []Answer) []string {
		var ts []string
		for _, a := range as {
			ts = append(ts, a.Entry.Title)
		}
		return ts
	}
	for _, q := range []string{
		"do under-19s pay at the Harbour Museum?",
		"how much is an adult ticket?",
		"is there a cloakroom at the museum?",
		"is there a cinema at the museum?",
	} {
		want := titles(b.Search(q, Public))
		for _, greeting := range []string{"hoi!", "moi!", "Góðan daginn!", "Dia duit!", "sua s'dei 🙏", "hello!"} {
			t.Run(greeting+" "+q, func(t *testing.T) {
				if diff := cmp.Diff(want, titles(b.Search(greeting+" "+q, Public))); diff != "" {
					t.Errorf("answers differ from the question's alone (-alone +greeted):\n%s", diff)
				}
			})
		}
	}
}

// TestRuleNounFocus checks that "what is the X policy" (or process, or
// procedure) asks for what the rule is about: an entry titled "X" that
// never says "policy" answers it.
func TestRuleNounFocus(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"venue.md": {Data: []byte(`# Harbour House Weddings, Kinsale
## Bookings
- **Cancellation**: Cancel more than a year ahead and the deposit comes back in full.
- **Deposit**: €2,000 secures the date.
- **Booking**: Viewings first, then a provisional hold for seven days.
- **Refund Policy**: Money paid for extras is returned within 30 days.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "what is the cancellation policy at Harbour House?", "Cancellation"},
		{"", "what's the booking process at Harbour House?", "Booking"},
		{"", "what is the refund policy at Harbour House?", "Refund Policy"},
		// Without a word before it, "policy" is what is asked.
		{"", "what is the policy at Harbour House?", "Refund Policy"},
	})
}

// TestPriceNamedLast checks that a fragment ending on a word of price
// asks the price of what it names, which a row's amount says without
// the word.
func TestPriceNamedLast(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"nanny.md": {Data: []byte(`# Bayside Nanny Agency, Geelong
## Services
| Service | Price | Notes |
|---|---|---|
| Day Nanny | $35 an hour | weekdays, 7am to 6pm |
| Night Nanny | $60 per night | for newborns, 9pm to 7am |
| Babysitting | $30 an hour | evenings and weekends |

## Other costs
- **Placement Fee**: One month's wages when a nanny starts.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "night nanny cost", "Night Nanny"},
		{"", "babysitting price", "Babysitting"},
		{"", "placement fee", "Placement Fee"},
	})
}

// TestStrangerNamed checks that a question naming, with a capital, a
// place or body no briefing its audience reads has, and none that one
// has, gets nothing: another town's opening hours do not answer it.
func TestStrangerNamed(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"hall.md": {Data: []byte(`# Tinker Hall Makerspace, Portland
## Visiting
- **Opening Hours**: Open 10am to 10pm every day, Sundays included.
- **Laser Cutter**: Members book the laser cutter after an induction.
- **Tool Library**: Hand tools are lent for a week at a time.
- **Bike Co-op Night**: The bike co-op opens its repair stands on Sundays from 2pm.
- **Wood Shop**: Table saws, band saws and Japanese pull saws for members.
`)},
		"coop.md": {Data: []byte(`---
audience: internal
---
# Kolesarnica Bike Co-op, Ljubljana: coordinators
## Incidents
- **Stolen Tools**: Two torque wrenches were taken from the stand in May.
`)},
	}), "test")
	if len(b.Problems) > 0 {
		t.Fatalf("problems: %v", b.Problems)
	}
	for _, tc := range []struct {
		audience Audience
		question string
		want     string
	}{
		{Public, "is Tinker Hall open on Sundays?", "Opening Hours"},
		{Public, "when does the makerspace open on Sundays?", "Opening Hours"},
		// A town no briefing has, and no name that one has.
		{Public, "will the Zagreb makerspace open on Sundays?", ""},
		// Known to internal readers only.
		{Public, "will the Ljubljana bike co-op open on Sundays?", ""},
		{Public, "were tools stolen from the Kolesarnica bike co-op?", ""},
		{Internal, "were tools stolen from the Kolesarnica bike co-op?", "Stolen Tools"},
		// A name the base has beside one it lacks: the question is
		// about the one it has.
		{Public, "can I borrow hand tools at Tinker Hall if I live in Vancouver?", "Tool Library"},
		{Public, "does the bike co-op open on Sundays?", "Bike Co-op Night"},
		// A people's adjective names no place of its own.
		{Public, "can members use the Swedish pull saws in the wood shop?", "Wood Shop"},
	} {
		t.Run(tc.question, func(t *testing.T) {
			if got := firstTitle(b.Search(tc.question, tc.audience)); got != tc.want {
				t.Errorf("Search(%q, %v) first = %q, want %q", tc.question, tc.audience, got, tc.want)
			}
		})
	}
}

// TestMatchedWeakWordsNeutral checks that a weak word counts against an
// entry that lacks it but not against one that has it: "how old do you
// have to be to join the uni gym" is answered by "Age Limit", whose
// "older" was held against it as if it lacked "old". A time word
// ("next") an entry happens to say is no sign it says when.
func TestMatchedWeakWordsNeutral(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval94", "how old do you have to be to join the uni gym in Hamilton?", "Age Limit"},
		{"eval37", "will they make me go back down the mountain if I have no chains in california", "Turnarounds"},
		{"eval105", "what does the Gallatin service plan cost a month?", "Service Plan"},
		{"eval2", "when is the next public holiday", ""},
	})
}

// TestWellWishingIsChat checks that wishing the reader well ("hope
// you're well") decides nothing: its "well" is no topic an entry must
// have.
func TestWellWishingIsChat(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval105", "what does the Gallatin service plan cost?", "Service Plan"},
		{"eval105", "hi, hope you're well :) what does the Gallatin service plan cost?", "Service Plan"},
		{"eval105", "what does the Gallatin service plan cost? hope all is well", "Service Plan"},
		{"eval105", "hope you are doing well! what does the Gallatin service plan cost?", "Service Plan"},
	})
}

// TestSubjectKindAsked checks that what a briefing's opening says its
// subject is ("Colmena is a coworking space") counts for all its
// entries, as its title does: the question that names the place by it
// is answered by the entry on what it asks, not by one that happens to
// say the word; and the kind alone answers nothing the briefing lacks.
func TestSubjectKindAsked(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval105", "how much is a day pass at the coworking space in Puebla?", "Day Pass"},
		{"eval107", "hiya, quick question - what happens if we bring the hired violin back late to the Edinburgh shop?", "Late Returns"},
		{"eval80", "where can I sleep near the Darvaza fire pit?", "Overnight Camping"},
		{"eval105", "is there a sauna at the coworking space in Puebla?", ""},
	})
}

// TestSeasonsAndMonths checks that a season asked is found by its
// months, and a month by its season, loosely: opening hours given for
// "November to March" answer "in winter", a closure "from June to
// August" the summer's.
func TestSeasonsAndMonths(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval75", "what time can I visit the Gdańsk crane in winter?", "Opening Hours"},
		{"eval81", "are there concerts at baalbek in the summer", "Baalbek International Festival"},
		{"eval94", "is the mill canteen open during the summer maintenance stop?", "Closures"},
		{"eval100", "Olá! what time does the Curitiba botanical garden open in winter? obrigado", "Garden Hours"},
	})
}
