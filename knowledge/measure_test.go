package knowledge

import (
	"testing"
	"testing/fstest"
)

// TestAsksWhile checks that "how long" and a verb asks how long
// something lasts, and "how long is" may ask a length.
func TestAsksWhile(t *testing.T) {
	for _, tt := range []struct {
		question string
		want     bool
	}{
		{"how long do you get with the gorillas", true},
		{"how long can I camp at the beach", true},
		{"how long does a permit last", true},
		{"how long is the trail", false},
		{"how many boats", false},
	} {
		t.Run(tt.question, func(t *testing.T) {
			if got := asksWhile(plainWords(tt.question)); got != tt.want {
				t.Errorf("asksWhile(%q) = %v, want %v", tt.question, got, tt.want)
			}
		})
	}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Time with the gorillas is capped at one hour.", true},
		{"Heating runs from November to March.", true},
		{"Results stay confidential until the report is published.", true},
		{"Keep seven metres from the gorillas.", false},
	} {
		t.Run(tt.text, func(t *testing.T) {
			if got := givesWhile(tt.text); got != tt.want {
				t.Errorf("givesWhile(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestMeasureAsked checks that "how" and an adjective of size, weight or
// heat is answered only by an entry that gives such a measure, and that
// the measure is read in words, units and symbols after a number.
func TestMeasureAsked(t *testing.T) {
	for _, tt := range []struct {
		question string
		adj      string // the kind asked, "" for none
	}{
		{"how deep is the blue hole", "deep"},
		{"hi, how tall is the tower", "tall"},
		{"how cold does the lake get", "hot"},
		{"how long is the trail in miles", "long"},
		{"how long is the trail", ""}, // a length or a while
		{"how long is the Thu Bon river", "long"},
		{"how long is the boat ride on the river", ""}, // a while
		{"how long are the city walls", "long"},
		{"who keeps track of how thick the ice is", ""},
		{"how close can I get to a polar bear", "close"},
		{"how near may boats come", "near"},
		{"how far over budget is the station", ""}, // "far" is not always a distance
		{"how many boats", ""},
		{"how old must a mule be to work on treks", "old"},
	} {
		t.Run(tt.question, func(t *testing.T) {
			if got, want := measureAsked(plainWords(tt.question)), measures[tt.adj]; got != want {
				t.Errorf("measureAsked(%q) = %p, want measures[%q]", tt.question, got, tt.adj)
			}
		})
	}
	for _, tt := range []struct {
		adj, text string
		want      bool
	}{
		{"deep", "The sinkhole is 124 metres deep.", true},
		{"deep", "It drops to 124m.", true},
		{"deep", "It drops to 124 m at the centre.", true},
		{"deep", "A marine sinkhole, two hours by boat.", false},
		{"deep", "Room 12 m", true},
		{"deep", "Plan M applies.", false}, // a symbol counts only after a number
		{"tall", "The spire rises 157 m.", true},
		{"tall", "Its height was never measured.", true},
		{"hot", "The water reaches 20°C in August.", true},
		{"hot", "Swimming is allowed in August.", false},
		{"heavy", "Each block weighs 2 t.", true},
		{"long", "The track is 65 km from end to end.", true},
		{"long", "Only 34 walkers may start each day.", false},
		{"close", "Keep two meters from the tortoises.", true},
		{"close", "Polers keep at least 50 m from hippos.", true},
		{"close", "Keep your distance from nesting birds.", true},
		{"close", "Visitors may not touch the tortoises.", false},
		{"thick", "Tours stop when the wind exceeds 10 meters per second.", false}, // a speed
		{"old", "Riders from 16 may race with a junior licence.", true},
		{"old", "Mules must be at least four years old.", true},
		{"old", "Mules carry at most 80 kg.", false},
		{"thick", "The ice is 30 cm at the shore and 60 cm out.", true},
		{"deep", "Tents sit 300 metres from the rim.", false}, // a distance
		{"deep", "The village lies 260 kilometres north of the capital.", false},
		{"deep", "A burning pit about 70 metres across.", false}, // a width
		{"wide", "A burning pit about 70 metres across.", true},
		{"deep", "The pit is about 30 metres deep.", true},
		{"close", "Tents sit 300 metres from the rim.", true},
		{"deep", "A paid car park at the foot of the peninsula.", false}, // a foot that measures nothing
		{"tall", "The wall is 30 feet high.", true},
	} {
		t.Run(tt.adj+"/"+tt.text, func(t *testing.T) {
			if got := measures[tt.adj].saidIn(tt.text); got != tt.want {
				t.Errorf("measures[%q].saidIn(%q) = %v, want %v", tt.adj, tt.text, got, tt.want)
			}
		})
	}
	b := LoadFS(withOthers(fstest.MapFS{
		"belize.md": {Data: []byte(`# Belize Reef Trips
## Sites
- **What is the Blue Hole?**: The Great Blue Hole is a marine sinkhole on Lighthouse Reef, a trip of about two hours by boat.
- **Sinkhole Dives**: Dives at the Blue Hole go to 40 metres with a licensed guide.
## Trails
- **Daily Quota**: Only 34 walkers may start the coast trail each day.
## Wildlife
- **Turtle Access**: Visitors may watch nesting turtles on Half Moon Caye with a ranger.
- **Keep Back**: Stay 10 metres from nesting turtles and never shine a torch at them.
`)},
	}), "test")
	// "how far" finds a distance, said in metres, over an entry with the
	// question's other words.
	checkFirst(t, b, []firstCase{{"eval70", "how far from shore can I ice fish at Lipno?", "Shoreline Distance"}})
	// A weight is given in kilograms.
	checkFirst(t, b, []firstCase{{"eval55", "how much weight can the animals carry on a huaraz trek", "Load Limit"}})
	checkFirst(t, b, []firstCase{
		{"", "how deep do the blue hole dives go", "Sinkhole Dives"},
		{"", "how deep is the great blue hole", "Sinkhole Dives"},
		{"", "how long is the coast trail in kilometres", ""}, // no length given
		{"", "how many walkers can start the coast trail each day", "Daily Quota"},
		{"", "how close can I get to the nesting turtles", "Keep Back"},
		// A distance in metres is no depth.
		{"", "how deep is the nesting beach on half moon caye", ""},
	})
	// An entry that names another measure, and not the one asked, gives
	// that one.
	for _, tt := range []struct {
		adj  string
		e    *Entry
		want bool
	}{
		{"deep", newEntry(Item, "Shoreline Distance", "Anglers stay 50 metres from the shore.", nil), false},
		{"deep", newEntry(Item, "Path Length", "The path to the crater rim is 4 km long.", nil), false}, // a length is no depth
		{"tall", newEntry(Item, "Path Length", "The path climbs 200 metres over 4 km.", nil), false},
		{"tall", newEntry(Item, "Tower Height", "The tower is 54 m in height and 300 m in length.", nil), true},
		{"deep", newEntry(Item, "Dam", "The reservoir is 25 metres deep, at a distance of 2 km from the dam.", nil), true},
		{"tall", newEntry(Item, "Spire", "The spire rises 157 m.", nil), true},
		{"close", newEntry(Item, "Depth Rule", "Boats keep to water 5 m in depth or more.", nil), true}, // a distance has no rivals
	} {
		t.Run(tt.adj+"/"+tt.e.Title, func(t *testing.T) {
			if got := measures[tt.adj].givenBy(tt.e); got != tt.want {
				t.Errorf("measures[%q].givenBy(%q) = %v, want %v", tt.adj, tt.e.Title, got, tt.want)
			}
		})
	}
}

// TestMeasuredThing checks that asked how tall, deep or heavy a thing
// is, an entry that says none of the thing's words does not answer: a
// child's height limit is no sculpture's height.
func TestMeasuredThing(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"ice.md": {Data: []byte(`# Northern Ice Festival Entry
The ice festival fills a riverside park with lit ice buildings each winter.
## Tickets
- **Child Admission**: Children under 1.2 meters enter free with a paying adult.
- **Evening Ticket**: Entry after 6 p.m. costs 300 yuan.
## Sights
- **Slides**: The longest slide drops 20 meters over 400 meters of track.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "how tall is the biggest sculpture at the northern ice festival?", ""},
		{"", "how tall must a child be to get in free at the ice festival?", "Child Admission"},
		{"eval91", "how tall is the biggest ice sculpture at Harbin Ice and Snow World?", ""},
	})
}
