package knowledge

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// quirkyBase is a small knowledge base with the spellings the search must
// see through: hyphenated names, compounds written both ways, internal
// documents.
func quirkyBase(t testing.TB) *Base {
	t.Helper()
	return loadBase(t, map[string]string{
		"luzon.txt": `Northern Luzon Logistics
Supplies for typhoon season are staged in the north.
- Lal-lo Airport: Runway lengthening at Lal-lo so relief flights can land.
- Basa Airbase: New hangars and fuel storage at the airbase.
- Beach Cleanup: Volunteers clear debris after storms.
Early Warning
- Tsunami Buoys: Deep-ocean buoys that detect tsunamis and alert coastal towns.
- Community Radio: Broadcasts warnings to villages without phone signal.
`,
		"internal/budget.md": `---
title: Budget Notes
audience: internal
---
## Funding Ceilings
* **Grant Ceiling**: The appropriation caps grants at twelve million.
* **Air Base Repairs**: Runway resurfacing at the air base in Pampanga.
`,
	})
}

// acronymBase names things in full in one document and by initials in
// the other.
func acronymBase(t testing.TB) *Base {
	t.Helper()
	return loadBase(t, map[string]string{
		"malaysia.txt": `Security Assistance
Support for maritime awareness off the Sabah coast.
- Coastal Radar Funding: Foreign Military Financing of 38 million dollars for two radar sites.
- Patrol Boats: Grants for six patrol boats for the coast guard.
`,
		"nepal.txt": `MCC Compact
The MCC compact pays for transmission lines and road maintenance.
- Transmission Line Project: 300 km of line from Kathmandu to the Indian border.
- Road Maintenance: Resurfacing sections of the East-West Highway.
`,
		"spain.txt": `Organ Donation
- Transplant Agency: The Organización Nacional de Trasplantes runs the donor registry.
- Hospital Audits: Every death in intensive care is reviewed.
`,
		"ghana.txt": `Ghana Trade Talks
The delegation discussed the African Continental Free Trade Area (AfCFTA) in Accra.
- AfCFTA Rules: Common rules of origin for goods traded across borders.
- Port Fees: Lower charges at Tema for exporters.
`,
	})
}

// glossaryBase defines acronyms in each way a curator might: in prose,
// in a glossary table, in an FAQ heading.
func glossaryBase(t testing.TB) *Base {
	t.Helper()
	return loadBase(t, map[string]string{
		"fiji.md": `---
title: Fiji Security Briefing
---
# Fiji Security Briefing
## Maritime
The Maritime Domain Awareness (MDA) programme links coastal radars. Two liaison officers (LNOs) sit in Suva.
* **Watch Room**: The MDA watch room at Walu Bay runs day and night.
* **Officer Exchange**: The LNOs rotate every six months.
## Glossary
| Acronym | Stands for |
|---|---|
| EEZ | Exclusive Economic Zone |
| RFMF | Republic of Fiji Military Forces |
| M&E | Monitoring and evaluation of the patrol programme |
## What is the SRA?
The Shiprider Agreement lets Fijian officers ride on US cutters.
`,
		// Initials that are not the name's, defined once in prose and
		// used more by an entry.
		"peru.txt": `Anchoveta Dialogue
The Instituto del Mar del Perú (IMARPE) and Chilean scientists met in Arica.
- Acoustic Surveys: IMARPE vessels run IMARPE acoustic cruises each spring, and IMARPE shares the results.
`,
	})
}

// countryBase has four briefings, each about a country, with topics in
// common.
func countryBase(t testing.TB) *Base {
	t.Helper()
	return loadBase(t, map[string]string{
		"kenya.txt": `Kenya Security Review
The annual dialogue in Nairobi covered defence cooperation and the coast.
- Coast Guard Mentoring: Trainers work with the Kenya Coast Guard Service in Mombasa.
- Counter-IED Training: Courses for Kenyan engineers on roadside bombs.
`,
		"ghana.txt": `Ghana Partnership
Ghana asked for help at sea and with statistics.
- Patrol Boat Handover: Two coast guard boats go to the Ghana Navy in Tema.
- Census Support: Advisers help the statistical service count the population of Ghana.
`,
		"peru.txt": `Peru Development
Mining and health in the Andes of Peru.
- Mercury Testing: Blood tests for villagers near gold mines in Madre de Dios.
- Rural Clinics: Health posts in mountain villages of Peru.
`,
		"tonga.txt": `Tonga Resilience
Tonga is rebuilding after the eruption and tsunami.
- Seawall Repairs: Engineers rebuild the seawalls on Tongatapu with Tonga's ministry.
- Cyclone Shelters: Schools in Tonga strengthened as shelters.
`,
	})
}

// meaningBase says things in words people asking may not use.
func meaningBase(t testing.TB) *Base {
	t.Helper()
	return loadBase(t, map[string]string{
		"coast.txt": `Maritime Security
- Narcotics Interdiction: Boarding suspect vessels carrying cocaine and heroin.
- Piracy Patrols: Joint patrols against piracy in the strait.
- Rural Physicians: Stipends for physicians who serve remote villages.
Defence Cooperation
The Defence Cooperation Office runs the programme from the harbour centre.
- Café Outreach: Community cafés in Côte d'Ivoire host health talks.
- Harbour Security Programme: Training for harbour police on licence checks.
- Livestock Vaccination: Vaccines for cattle and other stock in the north.
Livelihoods
- Apiary Grants: Hives and beekeeping kits for coastal families.
- Yard Loans: Credit for shipbuilding yards on the river.
- Molasses Exports: Shipments from the mills to distillers in Australia.
- Cash Rebates: Part of a film's local spending paid back to its producers.
Health
- Clinic Staffing: Nurses and midwives for the district clinics.
- Clinic Establishment: Establishing twelve new clinics in the north.
- Playgrounds: Safe play areas for toddlers and parents.
- Infant Nutrition: Feeding support for infants under two.
`,
	})
}

// nearBase has entries whose words people replace with others of the same
// topic, clipped forms and figures.
func nearBase(t testing.TB) *Base {
	t.Helper()
	return loadBase(t, map[string]string{
		"kenya.txt": `Kenya Air Safety
- Helicopter Range Extension: Fuel depots so that helicopters reach offshore rigs.
- Kidnap Response: Negotiators and hostage teams for seafarers held for ransom.
- University Scholarships: Grants for refugee students at the national university.
- Flu Vaccines: Local vaccine production at the Kisumu plant.
- Runway Lights: New lighting for the three regional runways.
- Pilot Numbers: Kenya trains 120 pilots a year at two academies.
- Fisheries Census: Counting fishing boats and the catch they land on Lake Victoria.
- Mexico Trade: Tariff talks with Mexico on flowers.
`,
		"ghana.txt": `Ghana Health Talks
- Tuberculosis Clinics: Screening for tuberculosis in district clinics.
`,
	})
}

// leadBase has briefings whose opening names their places, which their
// entries do not repeat.
// waterBase has entries that say when and how many, and some that do
// not, for questions that ask.
func waterBase(t testing.TB) *Base {
	t.Helper()
	return loadBase(t, map[string]string{
		"morocco.txt": `Morocco Water Review
Officials met in Rabat.
- Desalination Plant: A plant in Casablanca turns seawater into drinking water; first water is due in 2027.
- Indigenous Land Rights: Mapping the land of Amazigh communities in the Atlas.
- Groundwater Census: A count of 1,200 wells in the Souss basin.
- Drought Relief: Tankers for villages cut off for two summers; 40 trucks carry water to the Draa valley.
- Meter Readers: Readers of water meters, trained for three weeks.
- Water Tariffs: Households pay by the cubic metre.
- Basin Agency: The Souss basin agency, headed by its director, licenses new wells.
- TSO: Transmission System Operator, the company that runs the grid.
- HW: High Water, when tankers can berth at the harbour.
- Grid Security: Cyber defence for the control rooms of the TSOs of the region.
- Well Closures: Wells in the Souss are sealed when the water table falls below 50 metres.
- Pump Repairs: Broken village pumps are fixed within hours.
- Tanker Timetable: Tankers leave the depot at 6am and return by noon.
- Water Kiosks: Kiosks sell water by the can; their opening hours vary by village.
- Illegal Wells: Drilling without a licence is fined.
`,
	})
}

// railBase has a briefing whose topic its opening and headings name,
// and entries that speak only of their own part of it.
func railBase(t testing.TB) *Base {
	t.Helper()
	return loadBase(t, map[string]string{
		"rail.md": `# Japan–Vietnam Urban Rail
Delegations met in Hanoi to review metro lines financed with Japanese loans.
## Metro Line Construction
Work on the first metro line in Saigon is complete.
- **Depot Works**: The metro depot at Long Binh was finished in 2024.
## Financing
Japanese loans remain the main source of funding.
- **Cost Overrun Settlement**: A joint committee to settle contractors' claims for work delayed by design changes.
- **Loan Disbursement**: Faster payment of loan tranches to the builders.
`,
		"ports.md": `# Ghana Ports Review
- **Berth Dredging**: Deepening the container berths at Tema.
`,
		"forests.md": `# Peru Forest Partnership
- **Satellite Alerts**: Weekly deforestation alerts for the Madre de Dios region.
`,
		"bangkok.md": `# Bangkok Street Food Vendors
Bangkok's districts regulate street food stalls on pavements.
## Rules
- **Designated Vending Points**: Stalls may trade only at marked points.
`,
		"vendors.md": `# Mexico City Street Vendor Permits
Street vending in Mexico City is regulated by the city government and its boroughs, where thousands of stalls sell food on the street.
## Who Issues Permits
- **Borough Permit**: Authorization naming the vendor, the spot, the goods and the hours.
- **Gafete**: A photo ID badge the vendor must wear while trading.
## Vendor Organizations
- **Vendor Leaders**: Organization heads who negotiate locations with the borough.
- **Tax Registration**: Help to register with the SAT as small taxpayers.
`,
	})
}

func leadBase(t testing.TB) *Base {
	t.Helper()
	return loadBase(t, map[string]string{
		"med.md": `# Central Mediterranean Talks

Senior officials from Italy, Malta and Tunisia met in Valletta.

## Distress Alerts
- **Rescue Coordination**: A shared duty roster between the three rescue centres.
- **Boat Tracking**: Radar coverage of the crossing.
`,
		"armenia.md": `# Armenia Nuclear Safety

The Armenian Nuclear Power Plant at Metsamor supplies a third of the power.

## Plant Upgrades
- **Seismic Upgrades**: Sensors that shut the reactor down when the ground shakes.
`,
		"arctic.md": `# Arctic Shipping

Norway and Canada met in Oslo.

## Safety
- **Rescue Coordination**: Sharing aircraft between the two rescue centres.
`,
	})
}

// loadBase loads briefings given by file name and text, which must load
// without problems.
func loadBase(t testing.TB, files map[string]string) *Base {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	b := LoadFS(fsys, "test")
	if len(b.Problems) > 0 {
		t.Fatalf("test base problems: %v", b.Problems)
	}
	return b
}

// synonymBase is the sample briefing with a curators' synonyms file.
func synonymBase(t testing.TB) *Base {
	t.Helper()
	sample, err := os.ReadFile("sample/us-cambodia-defense-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	b := LoadFS(fstest.MapFS{
		"us-cambodia-defense-talks.txt": {Data: sample},
		"synonyms.txt": {Data: []byte(`# curated
heroin trafficking, drug smuggling => counterterrorism
pirates, piracy => maritime law enforcement
army drills, military exercises
`)},
	}, "test")
	if len(b.Problems) > 0 {
		t.Fatalf("synonymBase problems: %v", b.Problems)
	}
	return b
}

func firstTitle(answers []Answer) string {
	if len(answers) == 0 {
		return ""
	}
	return answers[0].Entry.Title
}

func TestSearch(t *testing.T) {
	sample := Embedded()
	quirky := quirkyBase(t)
	acronyms := acronymBase(t)
	glossary := glossaryBase(t)
	countries := countryBase(t)
	meaning := meaningBase(t)
	synonyms := synonymBase(t)
	near := nearBase(t)
	lead := leadBase(t)
	water := waterBase(t)
	rail := railBase(t)
	ocean := loadBase(t, map[string]string{
		"pacific.txt":  "Pacific Review\n- Grant Ocean: Grants for ocean science.\n- Port Fees: Lower charges.\n",
		"kiribati.txt": "Kiribati Talks\n- Ocean Rescue: Boats.\n- Grant Round: Small grants.\n",
		"malawi.txt":   "Malawi Farming\n- Pigeon Pea Intercropping: Peas between maize rows.\n- Maize Seed: Hybrids.\n",
		"britain.txt":  "United Kingdom Partnership\n- Chevening Scholarships: Study in the United Kingdom.\n",
		"mexico.txt":   "Mexico City Review\n- Street Vendor Register: Vendors on public roads.\n",
		"kenya.txt":    "Kenya Registration\n- Worker Registration: Identity cards for seasonal workers.\n- Voter ID: Cards for voters.\n",
	})
	seed := loadBase(t, map[string]string{
		"kenya-seed.md": "# Kenya Seed Potatoes\n## Pests\n- **Potato Cyst Nematode**: Soil worms that damage roots.\n" +
			"## Planting Material\n- **Rooted Apical Cuttings**: Cuttings grown into seed in one season.\n" +
			"## Glossary\n- PCN: Potato cyst nematode, a quarantine pest.\n- RAC: Rooted apical cutting, a clean planting material.\n",
	})
	asked := loadBase(t, map[string]string{
		"cologne.md": "# Cologne Cathedral Masons\n## Workshops\n- **Dombauhütte Köln**: The lodge of masons at the cathedral.\n" +
			"- **Permanent Scaffolds**: Some scaffolds on the cathedral stay up for decades.\n",
		"border.txt": "Poland Border Queues\n- Truck Wait Times: Lorries wait one to three days at Hrebenne.\n- Queue Booking: Drivers book a slot online.\n- Evacuation Drills: Staff practise leaving the crossing twice a year.\n",
	})
	tests := []struct {
		base     *Base
		audience Audience
		question string
		want     string // title of the best answer, "" for none
	}{
		{sample, Public, "What joint training initiatives were discussed?", "Joint Training Initiatives"},
		{sample, Public, "what are the maritime security initiatives?", "Maritime Law Enforcement"},
		{sample, Public, "illegal fishing", "Maritime Law Enforcement"},        // description text only
		{sample, Public, "protecting ecosystems", "Biodiversity Conservation"}, // inflected: protect, ecosystem
		{sample, Public, "maritme law enforcment", "Maritime Law Enforcement"}, // dropped letters
		{sample, Public, "mairtime law", "Maritime Law Enforcement"},           // swapped letters
		{sample, Public, "disaster responce", "Disaster Response"},             // wrong letter
		{sample, Public, "regional security challenges", "Austin Engages with Cambodian Leaders on Regional Security Challenges"},
		{sample, Public, "counter terrorism strategies", "Counterterrorism Strategies: Strengthening Partnerships for Regional Stability"},
		{sample, Public, "eco friendly food security", "Agricultural Sustainability"}, // hyphenated in the text
		{sample, Public, "recipe for chocolate cake", ""},
		{sample, Public, "kubernetes pod stuck in crashloopbackoff", ""},
		{sample, Public, "how do I bake bread", ""},
		{sample, Public, "what time is it", ""},
		{sample, Public, "hello", ""},
		{sample, Public, "", ""},
		{sample, Public, "???", ""},
		{quirky, Public, "lal lo", "Lal-lo Airport"},
		{quirky, Public, "lallo runway", "Lal-lo Airport"},
		{quirky, Public, "air base hangars", "Basa Airbase"},
		{quirky, Public, "clean up after storms", "Beach Cleanup"},
		{quirky, Public, "tsunmai bouys", "Tsunami Buoys"},
		{quirky, Public, "warnings for villages with no phone", "Community Radio"},
		{quirky, Public, "new hangars", "Basa Airbase"},
		{quirky, Public, "new fuel prices", ""}, // "new" says too little to make "fuel" enough
		{quirky, Public, "grant ceiling", ""},   // internal only
		{quirky, Internal, "grant ceiling", "Grant Ceiling"},
		{quirky, Internal, "airbase runway resurfacing", "Air Base Repairs"},
		{acronyms, Public, "continental free trade area rules", "AfCFTA Rules"}, // initials in mixed case
		{acronyms, Public, "what is the ONT", "Transplant Agency"},              // a name's initials skip its "de"
		{acronyms, Public, "FMF for the radars", "Coastal Radar Funding"},       // initials of a name in full
		{acronyms, Public, "how much fmf", "Coastal Radar Funding"},
		{acronyms, Public, "what does the millennium challenge corporation pay for", "MCC Compact"}, // a name for initials
		{acronyms, Public, "ham sandwich", ""},
		// Chat around a question decides nothing.
		{sample, Public, "morning all, anyone got the latest on data sharing? cheers", "Data Sharing"},
		{sample, Public, "yo <@U0123ABC> any info on maritime law enforcement pls :pray: 🙏", "Maritime Law Enforcement"},
		{sample, Public, "@briefbot quick q - what's happening with disaster response? thanks!", "Disaster Response"},
		{sample, Public, "hey folks, sorry to bother, what was said about biodiversity conservation?", "Biodiversity Conservation"},
		{sample, Public, "morning all, anyone got the latest on chocolate cake? cheers", ""},
		{sample, Public, "thanks!", ""},
		{sample, Public, "tl;dr on disaster response", "Disaster Response"},
		{sample, Public, "gimme the rundown on data sharing", "Data Sharing"},
		{sample, Public, "need a quick brief on maritime law enforcement before my 2pm", "Maritime Law Enforcement"},
		{sample, Public, "heads up on disaster response?", "Disaster Response"},
		{sample, Public, "gimme a recipe for chocolate cake before my 2pm", ""},
		{sample, Public, "maritime law enforcement - sent from my iPhone", "Maritime Law Enforcement"},
		{sample, Public, "fwd: disaster response", "Disaster Response"},
		{sample, Public, "circling back on data sharing", "Data Sharing"},
		{sample, Public, "hi, hope you're well :) what was agreed on data sharing?", "Data Sharing"},
		{sample, Public, "hope all is well! any news on chocolate cake?", ""},
		{sample, Public, "EOD update on data sharing", "Data Sharing"},
		{sample, Public, "not urgent but maritime law enforcement when you get a chance", "Maritime Law Enforcement"},
		// Contractions and everyday verbs are not topics.
		{sample, Public, "how're we doing on maritime law enforcement", "Maritime Law Enforcement"},
		{sample, Public, "why don't we do more maritime law enforcement", "Maritime Law Enforcement"},
		{sample, Public, "why doesnt the data sharing work", "Data Sharing"},
		{sample, Public, "what's the data sharing thing called?", "Data Sharing"},
		{sample, Public, "how do you become part of the joint training exercises", "Joint Training Exercises"},
		// Acronyms a document defines connect both ways within it.
		{glossary, Public, "maritime domain awareness watch room", "Watch Room"},
		{glossary, Public, "liaison officer rotation", "Officer Exchange"},
		{glossary, Public, "what does EEZ stand for", "EEZ"},
		{glossary, Public, "exclusive economic zone", "EEZ"},
		{glossary, Public, "define RFMF", "RFMF"},
		{glossary, Public, "LNOs", "Maritime"}, // initials alone ask what they are
		{glossary, Public, "what are EEZs", "EEZ"},
		{glossary, Public, "officers LNOs", "Officer Exchange"},
		{water, Public, "what are TSOs", "TSO"},
		{water, Public, "TSOs cyber defence", "Grid Security"},
		{water, Public, "what does HW stand for", "HW"},               // the base's initials, not chat's "how"
		{water, Public, "hw do I pay water tariffs", "Water Tariffs"}, // chat's "how"
		{glossary, Public, "SRA meaning?", "What is the SRA?"},
		{glossary, Public, "what is IMARPE", "Anchoveta Dialogue"}, // where it is defined
		{glossary, Public, "imarpe?", "Anchoveta Dialogue"},
		{glossary, Public, "IMARPE surveys", "Acoustic Surveys"},
		{glossary, Public, "what does MDA stand for", "Maritime"},
		{glossary, Public, "M&E meaning?", "M&E"}, // initials joined by a sign
		// A glossary says what initials stand for before the thing does.
		{seed, Public, "what does PCN stand for", "PCN"},
		{seed, Public, "RACs meaning", "RAC"},
		{seed, Public, "potato cyst nematode damage", "Potato Cyst Nematode"},
		// A country's name tells its briefing from the others', and the
		// thing a question asks for must be there.
		{countries, Public, "coast guard training in Kenya", "Coast Guard Mentoring"},
		{countries, Public, "coast guard boats for ghana", "Patrol Boat Handover"},
		{countries, Public, "who mentors the kenyan coast guard", "Coast Guard Mentoring"},
		{countries, Public, "who mentors the ghanaian coast guard", ""}, // Kenya's, not Ghana's
		{countries, Public, "what is the population of Kenya?", ""},
		{countries, Public, "population census in ghana", "Census Support"},
		{countries, Public, "what is Kenya's annual defence budget?", ""},
		{countries, Public, "what is the annual dialogue with Kenya about?", "Kenya Security Review"},
		{countries, Public, "how many US troops are in Tonga?", ""},
		{countries, Public, "who is rebuilding the seawalls in Tonga?", "Seawall Repairs"},
		// Meaning beyond shared words, through the built-in lexicon.
		{sample, Public, "terrorist groups", "Terrorism Prevention"},
		{sample, Public, "hospitals", "Healthcare"},
		{sample, Public, "army drills", "Joint Training Exercises"},
		{sample, Public, "solar panels", "Renewable Energy Technologies"},
		{sample, Public, "what is Cambodia's annual military budget?", ""},
		{sample, Public, "how many US troops are based in Cambodia?", ""},
		{meaning, Public, "cocaine on ships", "Narcotics Interdiction"},
		{meaning, Public, "pirates", "Piracy Patrols"},
		{meaning, Public, "help for keeping bees", "Apiary Grants"}, // a compound the other way round
		{meaning, Public, "loans for building ships", "Yard Loans"},
		{meaning, Public, "doctors for remote villages", "Rural Physicians"},
		{meaning, Public, "setting up clinics", "Clinic Establishment"}, // "set up" is "establish"
		{meaning, Public, "feeding toddlers", "Infant Nutrition"},       // a neighbour of a word the base has
		{meaning, Public, "I was wondering whether there is anything on pirates", "Piracy Patrols"},
		{meaning, Public, "stock price of apple", ""},
		{meaning, Public, "how do I train my puppy to sit", ""},
		// Spelling variants fold.
		{meaning, Public, "defense cooperation office", "Defence Cooperation"},
		{meaning, Public, "harbor security program", "Harbour Security Programme"},
		{meaning, Public, "cafe outreach", "Café Outreach"},
		{meaning, Public, "cote d'ivoire cafes", "Café Outreach"},
		// Curators' synonyms.
		{synonyms, Public, "pirates", "Maritime Law Enforcement"},
		{synonyms, Public, "army drills", "Joint Training Exercises"},
		{synonyms, Public, "drug smuggling", "Counterterrorism Strategies: Strengthening Partnerships for Regional Stability"},
		{synonyms, Public, "heroin", ""}, // a phrase's word alone is not the phrase
		// Words the base lacks, through their distributional neighbours;
		// never another country, and never enough for a long question.
		{near, Public, "fuel for choppers", "Helicopter Range Extension"},
		{near, Public, "abducted sailors", "Kidnap Response"},
		{near, Public, "counting fishermen", "Fisheries Census"},
		{near, Public, "malaria in kenya", ""},
		{near, Public, "tuberculosis in nigeria", ""},
		{near, Public, "trade talks with brazil", ""},
		// Chat's clipped words and its apologies.
		{near, Public, "uni scholarships", "University Scholarships"},
		{near, Public, "flu jabs", "Flu Vaccines"},
		{near, Public, "sorry to bug you, what's up with the runway lights", "Runway Lights"},
		{near, Public, "wat is teh news on runway lights", "Runway Lights"},
		// A question of how many needs an answer with a number.
		{near, Public, "how many pilots does kenya train", "Pilot Numbers"},
		{near, Public, "how many helicopters does kenya have", ""},
		{water, Public, "number of wells in the souss", "Groundwater Census"},
		{water, Public, "number of households paying water tariffs", ""},
		// A thing described by its definition's words, one of which
		// at least must be the base's.
		{meaning, Public, "thick syrup made from cane juice", "Molasses Exports"},
		{meaning, Public, "thick syrup recipe", ""},
		// Two words or more matched only loosely, none as asked or
		// nearly, and not as a definition: nothing fits. One repeated
		// word is not two words of a definition.
		{meaning, Public, "how to tie a tie", ""},
		{water, Public, "how to tie a tie", ""},
		{ocean, Public, "grnt ocen", "Grant Ocean"},                            // misspelt, not loosely meant
		{ocean, Public, "pigeon pae intercroping", "Pigeon Pea Intercropping"}, // three letters, two swapped
		{ocean, Public, "pigeon pae", "Pigeon Pea Intercropping"},
		{ocean, Public, "pigeon ape", ""}, // its first letter kept
		// How often and how long frame a question; so does "always".
		{asked, Public, "lol why is there always scaffolding on cologne cathedral?", "Permanent Scaffolds"},
		{asked, Public, "how long is the wait at hrebenne", "Truck Wait Times"},
		{asked, Public, "hw r teh evac drils at the crossing", "Evacuation Drills"}, // chat's clipped words
		// A place's initials that the base does not write.
		{ocean, Public, "uk scholarships", "Chevening Scholarships"},
		{ocean, Public, "vendor register cdmx", "Street Vendor Register"},
		// A clipped word spelt out elsewhere, though the base has it.
		{ocean, Public, "worker id", "Worker Registration"},
		{ocean, Public, "voter id", "Voter ID"},
		// An adverb the base lacks is no topic it lacks.
		{water, Public, "do households automatically pay water tariffs", "Water Tariffs"},
		{water, Public, "do households pay water tariffs in bitcoin", ""},
		// Its number must count what it asks about, not something else.
		{water, Public, "how many trucks carry water in the draa valley", "Drought Relief"},
		{water, Public, "how many villages get drought relief", ""}, // two summers, not villages
		{water, Public, "how many meter readers are there", ""},     // three weeks of training
		{water, Public, "how many wells in the souss basin", "Groundwater Census"},
		// So does a question of when.
		{water, Public, "when is the first water from the casablanca desalination plant due", "Desalination Plant"},
		{water, Public, "when will the water tariffs go up", ""},
		{water, Public, "drinking water when seawater is turned", "Desalination Plant"}, // no question of when
		// A question of when something is done as a rule is answered by
		// its condition; one of when it was or will be done is not.
		{water, Public, "when are wells in the souss sealed", "Well Closures"},
		{water, Public, "when do they seal wells in the souss", "Well Closures"},
		{water, Public, "when were wells in the souss sealed", ""},
		{water, Public, "when will wells in the souss be sealed", ""},
		// A question of what year needs a year; of how long, a number or
		// a unit of time; of what something costs, a number.
		{water, Public, "what year is the first water from the casablanca plant due", "Desalination Plant"},
		{water, Public, "what year did the meter readers start", ""},
		{water, Public, "how long are meter readers trained", "Meter Readers"},
		{water, Public, "how long do village pump repairs take", "Pump Repairs"},
		{water, Public, "how long does the basin agency take to license wells", ""},
		{water, Public, "what does the casablanca desalination plant cost", ""},
		{water, Public, "how often are village pumps fixed", "Pump Repairs"}, // "often" is how it is asked
		{water, Public, "what is the fine for illegal wells", ""},
		{water, Public, "fines for illegal wells", "Illegal Wells"},
		{water, Public, "what time do the tankers leave", "Tanker Timetable"},
		{water, Public, "what time are broken village pumps fixed", ""},
		{water, Public, "opening hours of the water kiosks", ""},
		{water, Public, "do the water kiosks have opening hours", "Water Kiosks"}, // yes or no
		{water, Public, "what hours do the tankers leave the depot", "Tanker Timetable"},
		// How to do something oneself, of no place a briefing names, is
		// an errand, not a question for the briefings, unless an entry
		// is titled with what it asks about.
		{water, Public, "how to turn seawater into drinking water", ""},
		{water, Public, "how do I pay my water tariffs", "Water Tariffs"},
		{water, Public, "how to report broken village pumps", "Pump Repairs"},
		{water, Public, "how do I find the souss basin agency", "Basin Agency"},
		{water, Public, "how do households pay water tariffs", "Water Tariffs"},
		// And so does a question of who holds an office.
		{water, Public, "who heads the souss basin agency", "Basin Agency"},
		{water, Public, "who is morocco's water minister", ""},
		{water, Public, "who pays the water tariffs", "Water Tariffs"}, // no office asked
		// "payday" is no question about days.
		{near, Public, "when is payday this month", ""},
		// A doubled letter in the wrong place, and a slip whose stem is
		// a word's.
		{water, Public, "morroco desalination", "Desalination Plant"},
		{water, Public, "indigneous land rights", "Indigenous Land Rights"},
		// Everyday verbs as questions write them say little.
		{water, Public, "tariffs coming", "Water Tariffs"},
		// Chat that thanks so much or excuses a dumb q.
		{water, Public, "sorry if dumb q but how do water tariffs work? thanks so much", "Water Tariffs"},
		// A fact asked for without a question word must be there too.
		{near, Public, "budget for the runway lights", ""},
		{near, Public, "cost of flu vaccines in kenya", ""},
		{near, Public, "runway lights budget", ""}, // a word the base lacks, which it turns on
		// The places a briefing's opening names are every section's.
		{lead, Public, "rescue coordination between malta and italy", "Rescue Coordination"},
		{lead, Public, "seismic upgrades at metsamor", "Seismic Upgrades"},
		{lead, Public, "rescue coordination in greece", ""},
		// The place and topic may be the document's, what is asked the
		// entry's own.
		{rail, Public, "how are contractor claims over delays on the saigon metro line getting sorted", "Cost Overrun Settlement"},
		{rail, Public, "claims over delays on the saigon metro line", "Cost Overrun Settlement"},
		{rail, Public, "contractor claims over delays on my kitchen", ""}, // no place named
		{rail, Public, "annual revenue of the saigon metro", ""},          // nor asked of an entry
		// An entry that has what its briefing's opening matches and more
		// says more than the opening.
		{rail, Public, "do mexico city street sellers have to sign up with the tax office?", "Tax Registration"},
		{rail, Public, "street vending in mexico city", "Mexico City Street Vendor Permits"},
		// "piece" frames a request.
		{near, Public, "what's the kidnap response piece", "Kidnap Response"},
	}
	for _, tt := range tests {
		t.Run(tt.audience.String()+"/"+tt.question, func(t *testing.T) {
			got := tt.base.Search(tt.question, tt.audience)
			if firstTitle(got) != tt.want {
				var titles []string
				for _, a := range got {
					titles = append(titles, a.Entry.Title)
				}
				t.Errorf("Search(%q, %v) = %q, want first %q", tt.question, tt.audience, titles, tt.want)
			}
		})
	}
}

// TestAnalyzeKeepsTellingWords asks a question with more matchable words
// than an entry's matches can hold: the most telling must be kept,
// wherever they are in the question, and the commonest dropped.
func TestAnalyzeKeepsTellingWords(t *testing.T) {
	ix := Embedded().idx
	common := "areas collaboration enhancing focus regional partnership training initiatives address defense joint"
	q := ix.view(Public).analyze(common + " radicalization readiness")
	if len(q.weight) != maxConcepts {
		t.Fatalf("analyze kept %d concepts, want %d", len(q.weight), maxConcepts)
	}
	kept := map[string]bool{}
	for _, it := range q.items {
		if it.level == exactMatch { // the words themselves, not their relatives
			kept[ix.stemOf[it.term]] = true
		}
	}
	for _, w := range []string{"radicalization", "readiness"} {
		if stem, _ := stemIndexable(w); !kept[stem] {
			t.Errorf("analyze dropped %q, one of the most telling words", w)
		}
	}
	for _, w := range []string{"areas", "initiatives"} {
		if stem, _ := stemIndexable(w); kept[stem] {
			t.Errorf("analyze kept %q, one of the least telling words", w)
		}
	}
}

// TestSearchNeverLeaks asks every word of the internal document with a
// public audience: no answer may come from it.
func TestSearchNeverLeaks(t *testing.T) {
	b := quirkyBase(t)
	words := strings.Fields("budget notes funding ceilings grant ceiling appropriation caps grants twelve million air base repairs runway resurfacing pampanga")
	questions := append(words, strings.Join(words, " "), "airbase", "fundng ceilngs")
	for _, q := range questions {
		for _, a := range b.Search(q, Public) {
			if a.Entry.Doc().Audience == Internal {
				t.Errorf("Search(%q, public) returned internal entry %q", q, a.Entry.Title)
			}
		}
	}
}

func TestSearchAnswersAreOrdered(t *testing.T) {
	b := Embedded()
	got := b.Search("joint training exercises", Internal)
	if len(got) < 2 {
		t.Fatalf("Search returned %d answers, want several", len(got))
	}
	for i := 1; i < len(got); i++ {
		if got[i].Score > got[i-1].Score {
			t.Errorf("answer %d scores %v above answer %d's %v", i, got[i].Score, i-1, got[i-1].Score)
		}
		if got[i].Coverage <= 0 || got[i].Coverage > 1 {
			t.Errorf("answer %d coverage %v, want in (0, 1]", i, got[i].Coverage)
		}
	}
	if len(got) > MaxAnswers {
		t.Errorf("Search returned %d answers, want at most %d", len(got), MaxAnswers)
	}
}

// TestCoveringEntry checks, on held-out sets' briefings, that an entry
// comes before its briefing's opening when it has, as asked, nearly or
// through its context, every telling word the opening matches, and as
// asked or nearly one the opening does not, or more of the question
// than the opening has (a word that is not telling, as "evening"), or
// as much with a telling word in its title that the opening's lacks
// ("face" in "South-Facing Aspect"), or a little less with a telling
// word in its title ("noise" in "Noise Worries"). An entry with a
// telling word of its own comes before one that only covers more.
func TestCoveringEntry(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval32", "thanks in advance — do vets look at the vienna carriage horses?", "Veterinary Checks"},
		{"eval4", "neighbourhood safety groups near Ghana's frontier with Burkina Faso", "Border Community Policing"},
		{"eval33", "hello!! do mexico city street sellers have to sign up with the tax office?", "Tax Registration"},
		{"eval36", "what happens the evening before a belgian pigeon race", "Basketing Night"},
		{"eval35", "hi, who leads the drills at each nepali school? thanks!", "Safety Focal Teachers"},
		{"eval36", "belgian pigeon racing", "Belgium Homing Pigeon Racing Briefing"},
		{"eval38", "hiya, which way should a sand martin bank face? 🐦", "South-Facing Aspect"},
		{"eval23", "can a company use its own retirement plan instead of the state fund in kenya", "Contracting Out"},
		{"eval39", "hiya, are islanders bothered by drone noise in argyll? ta", "Noise Worries"},
		{"eval35", "where do chilean school kids walk to after a coastal quake", "Safe Zone Walks"},
		{"eval39", "scotland medical drone trials", "Scotland Medical Drone Trials"},
		{"eval32", "what test do the guys driving the horse cabs in vienna have to take", "Coachman Exam"},
	})
}

// TestNearest checks, on a held-out set's briefings, that a paraphrase
// nothing answers for sure is offered the entry it asks about, and that
// a question about nothing in the briefings, or one whose best entry
// does not stand out from another briefing's, is offered none.
func TestNearest(t *testing.T) {
	b, err := Load(filepath.Join("testdata", "eval39", "briefings"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ question, want string }{
		{"how do the rwanda drones take off without a runway", "Catapult Launch"},
		{"recipe for chocolate cake", ""},
		{"drones", ""}, // in two briefings, Rwanda's and Scotland's
	} {
		t.Run(tc.question, func(t *testing.T) {
			if len(b.Search(tc.question, Public)) > 0 && tc.want != "" {
				t.Fatalf("Search(%q) answers; the test wants a question it refuses", tc.question)
			}
			got := ""
			if e := b.Nearest(tc.question, Public); e != nil {
				got = e.Title
			}
			if got != tc.want {
				t.Errorf("Nearest(%q) = %q, want %q", tc.question, got, tc.want)
			}
		})
	}
}

// TestHowToTitled checks, on held-out sets' briefings, that a how-to
// question that names no place is answered when an entry is titled
// with what it asks about, and refused as an errand otherwise, also
// when an entry is titled only with what it asks to do, unless two of
// its other words are in the entry's briefing's title.
func TestHowToTitled(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval35", "hey @briefbot how do I become a foodsaver? :)", "Foodsavers"},
		{"eval35", "hello 👋 how do I register my collie pups in the stud book", "Stud Book Registration"},
		{"eval35", "how do I renew my passport", ""},
		{"eval35", "how to fix a flat bike tyre", ""},
		{"eval17", "how do I renew my driving licence", ""}, // not "Citizen Card Renewal"
		// A question that names where it asks by words of a briefing's
		// title is no errand: the entry titled with what it asks to do
		// answers it.
		{"eval88", "how do I get back to my car after canoeing down the Tarn?", "Shuttle Return"},
		{"eval100", "how do I renew a book at Cork City Libraries?", "Renewals"},
		// Not when the title shares them only through the lexicon:
		// "file" is no "document", "return" no "travel".
		{"eval97", "how do I file my income tax return?", ""},
	})
}

// TestSearchQuality runs the held-out question sets in testdata/eval to
// eval107, which were written without looking at the ranking code, and
// holds the ranking to the quality it has reached on each.
func TestSearchQuality(t *testing.T) {
	tests := []struct {
		dir      string
		minTop1  float64
		maxWrong int // out-of-scope questions answered all the same
	}{
		{"eval", 0.98, 0},
		{"eval2", 0.95, 0},
		{"eval3", 1.00, 0},
		{"eval4", 0.85, 0},
		{"eval5", 0.96, 1},
		{"eval6", 0.81, 2},
		{"eval7", 0.96, 0},
		{"eval8", 0.93, 1},
		{"eval9", 0.89, 5},
		{"eval10", 0.88, 1},
		{"eval11", 0.77, 0},
		{"eval12", 0.84, 2},
		{"eval13", 0.87, 4},
		{"eval14", 0.94, 6},
		{"eval16", 0.90, 2},
		{"eval17", 0.81, 1},
		{"eval18", 0.95, 2},
		{"eval19", 0.86, 4},
		{"eval20", 0.81, 0},
		{"eval21", 0.81, 0},
		{"eval22", 0.82, 3},
		{"eval23", 0.86, 0},
		{"eval24", 0.83, 2},
		{"eval25", 0.85, 1},
		{"eval26", 0.86, 0},
		{"eval27", 0.85, 1},
		{"eval28", 0.81, 2},
		{"eval29", 0.83, 0},
		{"eval30", 0.88, 0},
		{"eval31", 0.85, 4},
		{"eval32", 0.71, 1},
		{"eval33", 0.81, 2},
		{"eval34", 0.77, 7},
		{"eval35", 0.72, 1},
		{"eval36", 0.83, 0},
		{"eval37", 0.72, 2},
		{"eval38", 0.84, 3},
		{"eval39", 0.78, 2},
		{"eval40", 0.85, 1},
		{"eval41", 0.83, 1},
		{"eval42", 0.83, 1},
		{"eval43", 0.81, 1},
		{"eval44", 0.85, 0},
		{"eval45", 0.69, 1},
		{"eval46", 0.83, 1},
		{"eval47", 0.81, 0},
		{"eval48", 0.73, 1},
		{"eval49", 0.80, 0},
		{"eval50", 0.76, 1},
		{"eval51", 0.85, 3},
		{"eval52", 0.80, 0},
		{"eval53", 0.79, 2},
		{"eval54", 0.71, 4},
		{"eval55", 0.78, 1},
		{"eval56", 0.76, 1},
		{"eval57", 0.83, 1},
		{"eval58", 0.88, 1},
		{"eval59", 0.78, 1},
		{"eval60", 0.75, 0},
		{"eval61", 0.81, 1},
		{"eval62", 0.76, 1},
		{"eval63", 0.82, 1},
		{"eval64", 0.78, 1},
		{"eval65", 0.80, 1},
		{"eval66", 0.81, 1},
		{"eval67", 0.76, 3},
		{"eval68", 0.85, 0},
		{"eval69", 0.81, 1},
		{"eval70", 0.83, 1},
		{"eval71", 0.79, 1},
		{"eval72", 0.78, 0},
		{"eval73", 0.82, 2},
		{"eval74", 0.80, 1},
		{"eval75", 0.85, 4},
		{"eval76", 0.83, 2},
		{"eval77", 0.81, 1},
		{"eval78", 0.86, 0},
		{"eval79", 0.81, 2},
		{"eval80", 0.87, 3},
		{"eval81", 0.78, 2},
		{"eval82", 0.87, 1},
		{"eval83", 0.72, 3},
		{"eval84", 0.86, 3},
		{"eval85", 0.80, 3},
		{"eval86", 0.80, 2},
		{"eval87", 0.79, 1},
		{"eval88", 0.73, 3},
		{"eval89", 0.83, 1},
		{"eval90", 0.77, 0},
		{"eval91", 0.78, 0},
		{"eval92", 0.76, 2},
		{"eval93", 0.83, 7},
		{"eval94", 0.71, 10},
		{"eval95", 0.76, 11},
		{"eval96", 0.81, 9},
		{"eval97", 0.72, 9},
		{"eval98", 0.82, 11},
		{"eval99", 0.75, 4},
		{"eval100", 0.80, 6},
		{"eval101", 0.82, 8},
		{"eval102", 0.82, 10},
		{"eval103", 0.80, 14},
		{"eval104", 0.78, 5},
		{"eval105", 0.81, 11},
		{"eval106", 0.81, 11},
		{"eval107", 0.81, 11},
		{"eval108", 0.78, 7},
		{"eval109", 0.81, 15},
		{"eval110", 0.82, 22},
		{"eval111", 0.67, 15},
		{"eval112", 0.87, 18},
	}
	for _, tt := range tests {
		t.Run(tt.dir, func(t *testing.T) {
			b, err := Load(filepath.Join("testdata", tt.dir, "briefings"))
			if err != nil {
				t.Fatal(err)
			}
			f, err := os.Open(filepath.Join("testdata", tt.dir, "questions.tsv"))
			if err != nil {
				t.Fatal(err)
			}
			defer func() { _ = f.Close() }() // read only
			var answerable, top1, none, noneOK, leak, leakOK int
			in := bufio.NewScanner(f)
			for in.Scan() {
				line := in.Text()
				if line == "" || strings.HasPrefix(line, "#") {
					continue
				}
				c := strings.Split(line, "\t")
				aud, err := ParseAudience(c[1])
				if err != nil {
					t.Fatal(err)
				}
				match, docs, expected, question := c[2], c[3], strings.Split(c[4], "|"), c[5]
				got := b.Search(question, aud)
				switch match {
				case "none":
					none++
					if len(got) == 0 {
						noneOK++
					} else {
						t.Logf("expected no answer: %q -> %q", question, firstTitle(got))
					}
				case "notdoc":
					leak++
					ok := true
					for _, a := range got {
						ok = ok && filepath.Base(a.Entry.Doc().Path) != docs
					}
					if ok {
						leakOK++
					}
				default:
					answerable++
					if hit(got, match, docs, expected) {
						top1++
					} else {
						t.Logf("miss: %q -> %q, want %q", question, firstTitle(got), expected[0])
					}
				}
			}
			if rate := float64(top1) / float64(answerable); rate < tt.minTop1 {
				t.Errorf("top-1 = %.3f (%d/%d), want at least %v", rate, top1, answerable, tt.minTop1)
			}
			if none-noneOK > tt.maxWrong {
				t.Errorf("no-answer = %d/%d, want at most %d wrong", noneOK, none, tt.maxWrong)
			}
			if leakOK != leak {
				t.Errorf("no-leak = %d/%d, want all", leakOK, leak)
			}
		})
	}
}

// hit reports whether the best answer is in document docs and has one of
// the expected titles (section headings when match is "section").
func hit(got []Answer, match, docs string, expected []string) bool {
	if len(got) == 0 || filepath.Base(got[0].Entry.Doc().Path) != docs {
		return false
	}
	field := got[0].Entry.Title
	if match == "section" {
		field = got[0].Entry.Section.Heading
	}
	for _, e := range expected {
		if strings.HasPrefix(normTitle(field), normTitle(e)) {
			return true
		}
	}
	return false
}

// normTitle compares titles as the eval scorer does: lowercase, letters
// and digits only.
func normTitle(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(strings.ReplaceAll(s, "’", "'")), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) || r > unicode.MaxASCII
	}), " ")
}

func TestTokenize(t *testing.T) {
	type tok struct {
		Word     string
		Pos      int
		Compound bool
	}
	tests := []struct {
		in   string
		want []tok
	}{
		{"Cambodia’s leaders", []tok{{"cambodia", 0, false}, {"leaders", 1, false}}},
		{"don't", []tok{{"dont", 0, false}}},
		{"collaboration,including", []tok{{"collaboration", 0, false}, {"including", 1, false}}},
		{"Lal-lo airport", []tok{{"lal", 0, false}, {"lo", 1, false}, {"lallo", 1, true}, {"airport", 2, false}}},
		{"U.S.-Cambodian", []tok{{"u", 0, false}, {"s", 1, false}, {"cambodian", 2, false}}},
		{"real-time, eco-friendly", []tok{{"real", 0, false}, {"time", 1, false}, {"realtime", 1, true}, {"eco", 2, false}, {"friendly", 3, false}, {"ecofriendly", 3, true}}},
		{"'quoted' COVID-19", []tok{{"quoted", 0, false}, {"covid", 1, false}, {"19", 2, false}, {"covid19", 2, true}}},
		{"Ölgii café", []tok{{"ölgii", 0, false}, {"café", 1, false}}},
		{"-- - ’", nil},
		{"M&E plans, AT&T", []tok{{"m", 0, false}, {"e", 1, false}, {"m&e", 1, true}, {"plans", 2, false}, {"at", 3, false}, {"t", 4, false}, {"at&t", 4, true}}},
		{"M+S & salt&pepper R&", []tok{{"m", 0, false}, {"s", 1, false}, {"m+s", 1, true}, {"salt", 2, false}, {"pepper", 3, false}, {"r", 4, false}}},
		// A thousands separator joins; a list's comma does not.
		{"above 1,200 metres, $2,500,000", []tok{{"above", 0, false}, {"1200", 1, false}, {"metres", 2, false}, {"2500000", 3, false}}},
		{"1,2,3 and 12,3456 or 7,000km", []tok{{"1", 0, false}, {"2", 1, false}, {"3", 2, false}, {"and", 3, false}, {"12", 4, false}, {"3456", 5, false}, {"or", 6, false}, {"7000km", 7, false}}},
	}
	for _, tt := range tests {
		var got []tok
		tokenize(tt.in, func(w []byte, pos int, compound bool) {
			got = append(got, tok{string(w), pos, compound})
		})
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("tokenize(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Cambodia’s Lal-lo", "U.S.-led, eco-friendly", "don't 's '", "\xff\xfe-a-", "a--b", "M&E+S&", "R&-D"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := -1
		tokenize(s, func(w []byte, pos int, compound bool) {
			if len(w) == 0 {
				t.Fatalf("tokenize(%q) produced an empty word", s)
			}
			if !utf8.Valid(w) {
				t.Fatalf("tokenize(%q) produced invalid UTF-8 %q", s, w)
			}
			for _, r := range string(w) {
				if unicode.IsUpper(r) && unicode.ToLower(r) != r {
					t.Fatalf("tokenize(%q) produced %q, not lowercase", s, w)
				}
			}
			if pos < last || !compound && pos == last {
				t.Fatalf("tokenize(%q): position %d after %d", s, pos, last)
			}
			last = pos
		})
	})
}

// FuzzSearch asks arbitrary questions: Search must never panic, and only
// return entries the audience may read, best first.
func FuzzSearch(f *testing.F) {
	b := quirkyBase(f)
	for _, s := range []string{"lal lo", "air base", "tsunmai bouys", "grant", strings.Repeat("word ", 200), "ßßß ﬀ İ"} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, q string, public bool) {
		aud := Internal
		if public {
			aud = Public
		}
		got := b.Search(q, aud)
		if len(got) > MaxAnswers {
			t.Fatalf("Search(%q) returned %d answers", q, len(got))
		}
		for i, a := range got {
			if !aud.CanRead(a.Entry.Doc().Audience) {
				t.Fatalf("Search(%q, %v) returned %q of a %v document", q, aud, a.Entry.Title, a.Entry.Doc().Audience)
			}
			if i > 0 && a.Score > got[i-1].Score {
				t.Fatalf("Search(%q) answers out of order", q)
			}
		}
	})
}

// TestPublicAnswersIgnoreInternal asks every question of the held-out
// sets with a public audience, of each set's briefings with and without
// its internal documents (and with an internal document full of the
// questions' own words): the answers, their scores and suggestions must
// not change. Otherwise a public answer would tell that a word is in an
// internal briefing.
func TestPublicAnswersIgnoreInternal(t *testing.T) {
	for _, set := range []string{"eval", "eval2", "eval3", "eval4", "eval5", "eval6", "eval7", "eval8", "eval9", "eval10", "eval11", "eval12", "eval13", "eval14", "eval16", "eval17", "eval18", "eval19", "eval20", "eval21", "eval22", "eval23", "eval24", "eval25", "eval26", "eval27", "eval28", "eval29", "eval30", "eval31", "eval32", "eval33", "eval34", "eval35", "eval36", "eval37", "eval38", "eval39", "eval40", "eval41", "eval42", "eval43", "eval44", "eval45", "eval46", "eval47", "eval48", "eval49", "eval50", "eval51", "eval52", "eval53", "eval54", "eval55", "eval56", "eval57", "eval58", "eval59", "eval60", "eval61", "eval62", "eval63", "eval64", "eval65", "eval66", "eval67", "eval68", "eval69", "eval70", "eval71", "eval72", "eval73", "eval74", "eval75", "eval76", "eval77", "eval78", "eval79", "eval80", "eval81", "eval82", "eval83", "eval84", "eval85", "eval86", "eval87", "eval88", "eval89", "eval90", "eval91", "eval92", "eval93", "eval94", "eval95", "eval96", "eval97", "eval98", "eval99", "eval100", "eval101", "eval102", "eval103", "eval104", "eval105", "eval106", "eval107", "eval108", "eval109", "eval110", "eval111", "eval112"} {
		t.Run(set, func(t *testing.T) {
			dir := filepath.Join("testdata", set, "briefings")
			all := fstest.MapFS{}
			public := fstest.MapFS{}
			var questions []string
			for _, q := range readQuestions(t, filepath.Join("testdata", set, "questions.tsv")) {
				questions = append(questions, q.question)
			}
			entries, err := os.ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range entries {
				data, err := os.ReadFile(filepath.Join(dir, e.Name()))
				if err != nil {
					t.Fatal(err)
				}
				all[e.Name()] = &fstest.MapFile{Data: data}
				if !strings.Contains(string(data), "audience: internal") {
					public[e.Name()] = &fstest.MapFile{Data: data}
				}
			}
			// An internal document that says every word asked.
			all["zz-secret.md"] = &fstest.MapFile{Data: []byte("---\naudience: internal\n---\n# Secret\n## Words\n" +
				"* **Secret Words**: " + strings.Join(questions, " ") + "\n")}
			with, without := LoadFS(all, "test"), LoadFS(public, "test")
			for _, q := range questions {
				got, want := describe(with, q), describe(without, q)
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("public answers to %q change with internal documents (-without +with):\n%s", q, diff)
				}
			}
		})
	}
}

// describe lists what a public audience sees for a question.
func describe(b *Base, q string) []string {
	var out []string
	for _, a := range b.Search(q, Public) {
		out = append(out, fmt.Sprintf("%s:%d %s %.6f %.6f", a.Entry.Doc().Path, a.Entry.Line, a.Entry.Title, a.Score, a.Coverage))
	}
	out = append(out, "suggest: "+strings.Join(b.Suggest(q, Public, 3), "; "))
	out = append(out, "alternatives: "+strings.Join(b.Alternatives(q, Public, 3), "; "))
	for _, s := range b.FindThemes(q, Public) {
		out = append(out, "theme: "+s.Heading)
	}
	for _, e := range b.FindEntries(q, Public) {
		out = append(out, "entry: "+e.Title)
	}
	return out
}

type heldOutQuestion struct {
	id, audience, match, docs string
	expected                  []string
	question                  string
}

// readQuestions reads a held-out question file.
func readQuestions(t *testing.T, path string) []heldOutQuestion {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = f.Close() }() // read only
	var out []heldOutQuestion
	in := bufio.NewScanner(f)
	for in.Scan() {
		line := in.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 6 {
			t.Fatalf("%s: %q has %d fields, want 6", path, line, len(c))
		}
		out = append(out, heldOutQuestion{c[0], c[1], c[2], c[3], strings.Split(c[4], "|"), c[5]})
	}
	if err := in.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestPreferSpecific(t *testing.T) {
	doc := &Document{}
	intro := &Section{Doc: doc, Heading: "Vaccine Plant"}
	demand := &Section{Doc: doc, Heading: "Market and Demand"}
	other := &Section{Doc: doc, Heading: "Plant"}
	doc.Sections = []*Section{intro, demand, other}
	opening := &Entry{Section: intro, Kind: SectionText, Title: "Vaccine Plant"}
	sec := &Entry{Section: demand, Kind: SectionText, Title: "Market and Demand"}
	item := &Entry{Section: demand, Kind: Item, Title: "Purchase Commitments"}
	elsewhere := &Entry{Section: other, Kind: Item, Title: "Fill and Finish"}
	tests := []struct {
		name string
		in   []Answer
		want []string
	}{
		{"entry about as good", []Answer{{Entry: sec, Score: 10}, {Entry: elsewhere, Score: 9.8}, {Entry: item, Score: 9.5}},
			[]string{"Purchase Commitments", "Market and Demand", "Fill and Finish"}},
		{"entry well behind", []Answer{{Entry: sec, Score: 10}, {Entry: item, Score: 6}},
			[]string{"Market and Demand", "Purchase Commitments"}},
		{"entry of another section", []Answer{{Entry: sec, Score: 10}, {Entry: elsewhere, Score: 9.9}},
			[]string{"Market and Demand", "Fill and Finish"}},
		{"entry first already", []Answer{{Entry: item, Score: 10}, {Entry: sec, Score: 9.9}},
			[]string{"Purchase Commitments", "Market and Demand"}},
		// An entry anywhere in the briefing, over its opening, when it
		// scores nearly as well, though the opening covers more by the
		// briefing's topic.
		{"entry near the opening", []Answer{{Entry: opening, Score: 10, Coverage: 0.6}, {Entry: elsewhere, Score: 9.2, Coverage: 0.6}},
			[]string{"Fill and Finish", "Vaccine Plant"}},
		{"entry covering less than the opening", []Answer{{Entry: opening, Score: 10, Coverage: 0.87}, {Entry: elsewhere, Score: 9.2, Coverage: 0.75}},
			[]string{"Fill and Finish", "Vaccine Plant"}},
		{"entry well behind the opening", []Answer{{Entry: opening, Score: 10, Coverage: 0.6}, {Entry: elsewhere, Score: 8, Coverage: 0.6}},
			[]string{"Vaccine Plant", "Fill and Finish"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			preferSpecific(tt.in)
			var got []string
			for _, a := range tt.in {
				got = append(got, a.Entry.Title)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("preferSpecific order (-want +got):\n%s", diff)
			}
		})
	}
}

// TestChatAroundQuestion asks the built-in briefing for its entries the
// ways chat does: whatever surrounds the entry's name decides nothing.
func TestChatAroundQuestion(t *testing.T) {
	b := Embedded()
	tests := []struct{ question, want string }{
		{"can u tell me about maritime law enforcement", "Maritime Law Enforcement"},
		{"what's up with data sharing", "Data Sharing"},
		{"any updates re disaster response", "Disaster Response"},
		{"disaster response pls asap", "Disaster Response"},
		{"does anyone know anything about data sharing", "Data Sharing"},
		{"I need info about maritime law enforcement for a meeting tomorrow", "Maritime Law Enforcement"},
		{"tl;dr on disaster response", "Disaster Response"},
		{"gimme the rundown on data sharing", "Data Sharing"},
		{"wondering about maritime law enforcement", "Maritime Law Enforcement"},
		{"disaster response — thoughts?", "Disaster Response"},
		{"hiya, could you kindly share what we have on data sharing", "Data Sharing"},
		{"data sharing? ty in advance", "Data Sharing"},
		{"quick one: where are we at with disaster response", "Disaster Response"},
		{"need a quick brief on maritime law enforcement before my 2pm", "Maritime Law Enforcement"},
		{"what did we agree on data sharing", "Data Sharing"},
		{"remind me what we said about disaster response", "Disaster Response"},
		{"so what's the deal w/ maritime law enforcement", "Maritime Law Enforcement"},
		{"could someone summarise the data sharing stuff", "Data Sharing"},
		{"where do things stand on disaster response", "Disaster Response"},
		{"is there anything new on maritime law enforcement?", "Maritime Law Enforcement"},
		{"what's the latest re: data sharing", "Data Sharing"},
		{"we good on disaster response?", "Disaster Response"},
		{"whats happening w maritime law enforcement lately", "Maritime Law Enforcement"},
		{"do we have anything on data sharing yet", "Data Sharing"},
		{"i'm looking for the disaster response bit", "Disaster Response"},
		{"can you give me the tldr of maritime law enforcement", "Maritime Law Enforcement"},
		{"what was decided about data sharing", "Data Sharing"},
		{"heads up on disaster response?", "Disaster Response"},
		{"ciao! what about disaster response? grazie", "Disaster Response"},
		{"hola, maritime law enforcement? gracias", "Maritime Law Enforcement"},
		{"bonjour, data sharing svp? danke", "Data Sharing"},
		{"hej! any news on maritime law enforcement? tak", "Maritime Law Enforcement"},
		{"salut, disaster response? merci", "Disaster Response"},
		{"aloha! disaster response? mahalo", "Disaster Response"},
		{"g'day, maritime law enforcement? cheers", "Maritime Law Enforcement"},
		{"buongiorno, data sharing?", "Data Sharing"},
		{"kalimera! disaster response? efharisto", "Disaster Response"},
		{"selamat pagi, data sharing? terima kasih", "Data Sharing"},
		{"dobar dan! maritime law enforcement? hvala", "Maritime Law Enforcement"},
		{"hallo! data sharing? dank je", "Data Sharing"},           // thanks after "?", "dank" English
		{"disaster response? diolch yn fawr", "Disaster Response"}, // no word of it a known one
		{"marhaba, disaster response? tesekkurler", "Disaster Response"},
		{"Здравейте! data sharing?", "Data Sharing"},
		{"Γεια σας! maritime law enforcement?", "Maritime Law Enforcement"},
		{"dobrý den, disaster response?", "Disaster Response"},
		{"Góðan daginn! data sharing?", "Data Sharing"},
		{"Dia duit! data sharing?", "Data Sharing"}, // "dia" is initials to WordNet
		{"ia orana! disaster response?", "Disaster Response"},
		{"sua s'dei 🙏 how is data sharing going?", "Data Sharing"},        // a greeting without "!"
		{"Dia duit 👋 what's the latest on data sharing?", "Data Sharing"}, // "dia" is initials to WordNet
		{"sawasdee krub, disaster response?", "Disaster Response"},
		{"assalomu alaykum, disaster response? rahmat", "Disaster Response"},
		{"salem, data sharing? raqmet", "Data Sharing"},
		{"sain baina! maritime law enforcement? bayarlalaa", "Maritime Law Enforcement"},
		{"hallå 👋 data sharing?", "Data Sharing"}, // a greeting a letter from "hallo", with no "!"
		{"helo disaster response", "Disaster Response"},
		{"how're we doing on maritime law enforcement", "Maritime Law Enforcement"},
		{"*maritime law enforcement* status?", "Maritime Law Enforcement"},
		{"`data sharing` latest", "Data Sharing"},
		{"> disaster response", "Disaster Response"},
		{"maritime law enforcement - sent from my iPhone", "Maritime Law Enforcement"},
		{"re: data sharing", "Data Sharing"},
		{"fwd: disaster response", "Disaster Response"},
		{"DATA SHARING???", "Data Sharing"},
		{"maritime-law-enforcement", "Maritime Law Enforcement"},
		{"@here any news on disaster response", "Disaster Response"},
		{"<!channel> data sharing update pls", "Data Sharing"},
		{"following up on maritime law enforcement", "Maritime Law Enforcement"},
		{"circling back on data sharing", "Data Sharing"},
		{"just checking in re disaster response", "Disaster Response"},
		{"any movement on maritime law enforcement?", "Maritime Law Enforcement"},
		{"EOD update on data sharing", "Data Sharing"},
		{"per my last message, data sharing?", "Data Sharing"},
		{"as per my last email - disaster response", "Disaster Response"},
		{"ETA on disaster response?", "Disaster Response"},
		{"not urgent but maritime law enforcement when you get a chance", "Maritime Law Enforcement"},
		{"why don't we do more maritime law enforcement", "Maritime Law Enforcement"},
		{"why doesnt the data sharing work", "Data Sharing"},
		// Small words mistyped ("abotu", "thier") are no topics.
		{"tell me abotu maritime law enforcement", "Maritime Law Enforcement"},
		{"is thier anything on data sharing", "Data Sharing"},
		{"hwo is disaster response going", "Disaster Response"},
		{"whcih one is data sharing", "Data Sharing"},
		{"wiht cambodia, what about disaster response", "Disaster Response"},
		{"thnaks, and maritime law enforcement?", "Maritime Law Enforcement"},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if got := firstTitle(b.Search(tt.question, Public)); got != tt.want {
				t.Errorf("Search(%q) first = %q, want %q", tt.question, got, tt.want)
			}
		})
	}
}

func TestGivesMoney(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The license costs $35, paid by card.", true},
		{"A review fee of DKK 1,600 per couple.", true},
		{"Rides cost 40 euros for half an hour.", true},
		{"Entry is free of charge for children.", true},
		{"The Marriage Bureau at 141 Worth Street.", false},
		{"Free choice of sweeper since 2013.", false},
		{"A ring-fenced R38 million is set aside for culled birds.", true},
		{"Stalls pay Ksh200 a day.", true},
		{"The R3 road and the A38 bypass.", false},
		{"Euro 6 engines only.", true}, // a currency's name beside a number: read as money
		{"Prices are set by the ministry.", false},
		{"Polers charge BWP 400 per mokoro.", true},
		{"Small dog (under 10 kg): 750 kr", true},
		{"Bilet normalny: 40 zł", true},
		{"Vstupné 120 Kč", true},
		{"Large dog (over 25 kg)", false},
	}
	for _, tt := range tests {
		if got := givesMoney(tt.text); got != tt.want {
			t.Errorf("givesMoney(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestPricedEntry asks prices of a briefing whose opening has numbers
// of its own: the entry that gives an amount of money comes first.
func TestPricedEntry(t *testing.T) {
	b := loadBase(t, map[string]string{
		"weddings.md": `# New York City Hall Weddings
The City Clerk's Marriage Bureau at 141 Worth Street issues marriage licenses to couples.
## Getting a Marriage License
- **Photo ID**: Each partner shows a photo ID and must be at least 18.
- **License Fee**: The marriage license costs $35, paid by card.
- **Waiting Period**: The ceremony may take place 24 hours after the license is issued.
## Ceremonies
- **Chapel**: Couples marry in the chapel on the second floor, with up to two witnesses.
`,
	})
	for _, tc := range []struct{ question, want string }{
		{"hey briefbot, how much is a marriage license in NYC?", "License Fee"},
		{"how much is the chapel on the second floor of nyc city hall", ""}, // no entry says what it costs
		{"marriage license fee", "License Fee"},
		{"how long is a marriage license wait in nyc", "Waiting Period"},
	} {
		if got := firstTitle(b.Search(tc.question, Public)); got != tc.want {
			t.Errorf("Search(%q) first = %q, want %q", tc.question, got, tc.want)
		}
	}
}

// TestInitialsNotOfNames checks, on held-out sets' briefings, that
// words in a row that end in a name picking a briefing spell out no
// other briefing's initials: "composting toilet on Sheffield" is not the
// Leeds briefing's "CTS", nor "Amsterdam after the deadline" its "DWA".
func TestInitialsNotOfNames(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval93", "is there a composting toilet on Sheffield allotment sites?", ""},
		{"eval60", "pls what happens to a houseboat that's still dumping waste in Amsterdam after the deadline", "Discharge Fine"},
	})
}

// TestHowToNotOpening checks that a question how to do something is not
// answered by a briefing's opening, which says what the briefing is
// about, but by an entry, or not at all.
func TestHowToNotOpening(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"graz.md": {Data: []byte(`# Graz Bulky Waste Collection
The city of Graz collects bulky waste (Sperrmüll) from households: residents book a pick-up outside their building, and can change the booking online.
## Booking
- **Booking a Collection**: Book online or call the service centre on weekdays.
- **Standard Charge**: 38 euros for up to 2 cubic metres.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "Servus! how do I book a Sperrmüll pickup in Graz? danke", "Booking a Collection"},
		{"", "how do I change the name on my Graz household account?", ""},
	})
}

// TestPricedNoBetter checks, on a held-out set's briefings, that an
// entry giving an amount of money is put first for a question of price
// only when it covers as much of the question: "free of charge" is no
// better answer than the row the question names.
func TestPricedNoBetter(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval93", "sao paulo student card half fare", "Student Card"},
	})
}

// TestNamedDocument checks, on held-out sets' briefings, that a
// question that names a place one briefing has is answered from that
// briefing, though an entry of another has more of its other words;
// and that a filler word some briefing writes capitalized ("QuickMap")
// names nothing.
func TestNamedDocument(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval48", "are kids at forest kindergartens in Bavaria jabbed against tick disease", "TBE Vaccination"},
		{"eval52", "can I reserve a time to charge my car in Patagonia in peak season", "Booking Slots"},
		{"eval50", "booster seats for young kids on school transport in chile", "Child Restraint Seats"}, // "chile" is a word too
		{"eval37", "hi! quick q - which tyre marking counts as a proper winter tyre in france now? thx", "Winter Tyres"},
	})
}

// TestTurnsOnShare checks, on held-out sets' briefings, that of four
// telling words one of a third does not turn a question that an entry
// answers without it, but does one that a briefing's opening would: an
// opening has many words by chance.
func TestTurnsOnShare(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval46", "right to roam in Scotland for walkers going to bothies", "Right of Responsible Access"},
		{"eval43", "bike cattle grid wet", "Cyclist Warnings"},
		{"eval3", "is my health insurance renewing automatically?", ""},
	})
}

// TestMonthInRange: a month asked finds the row of a range the months
// around it bound.
func TestMonthInRange(t *testing.T) {
	b := loadBase(t, map[string]string{
		"boards.md": `# Paddleboard Hire on Lake Bled
Hire points on Lake Bled in Slovenia rent boards by the hour.
## Seasons and Prices
| Season | Months | Hourly Rate |
|---|---|---|
| High Season | June to August | €20 |
| Shoulder Season | April, May, September and October | €15 |
| Winter Closure | November to March | closed |
`,
		"bikes.md": "# Mountain Bike Permits in Moab\nRiders need a permit for the Slickrock trail.\n## Passes\n- **Day Pass**: A pass for one day of riding.\n",
		"crabs.md": "# Oregon Crab Pot Licenses\nCrabbers need a shellfish licence.\n## Limits\n- **Daily Bag Limit**: Twelve male crabs a day.\n",
	})
	for _, tc := range []struct{ question, want string }{
		{"how much is it to hire a paddleboard at bled in july?", "High Season"},
		{"paddleboard hire at bled in may", "Shoulder Season"},
	} {
		if got := firstTitle(b.Search(tc.question, Public)); got != tc.want {
			t.Errorf("Search(%q) first = %q, want %q", tc.question, got, tc.want)
		}
	}
}

// TestPeriodRate checks, on a held-out set's briefings, that "per
// day" finds "daily".
func TestPeriodRate(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval53", "hi briefbot, how many crabs can I keep per day in oregon? ty", "Daily Bag Limit"},
	})
}

// TestItemOfSection checks, on held-out sets' briefings, that an entry
// of a section answers before the section's own text when both are
// found.
func TestItemOfSection(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval", "antibiotics sold without a prescription", "Pharmacy Sales Controls"},
		{"eval30", "canker stane plane trees", "Canker Stain Control"},
		{"eval53", "hi all, when is sand yacht racing season on the opal coast?", "Winter Championship"},
	})
}

// TestHowAdjective checks, on held-out sets' briefings, that "how" and
// an adjective ask for its noun: "how old" an age, "how heavy" a weight.
func TestHowAdjective(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval35", "how old do you have to be to adopt a wild horse", "Minimum Age"},
		{"eval48", "quick question — how heavy can my car be on the Estonian ice roads?", "Weight Limit"},
		{"eval45", "how do I tell how deep a swamped causeway is in Queensland", "Depth Indicators"},
		// "how heavy" asks what something weighs as much as its weight.
		{"eval63", "who checks how heavy the bags are when you start up Kilimanjaro?", "Gate Weigh-In"},
		// "how high" is asked in feet or metres too.
		{"eval56", "yo quick q, how high do helicopters need to fly over whales in hawaii? mahalo", "1,000-Foot Aircraft Rule"},
	})
}

// TestThingOverGlossary checks, on held-out sets' briefings, that an
// entry on what initials stand for comes before the glossary's entry,
// which only spells them out, unless the question writes the initials
// or asks what they mean.
func TestThingOverGlossary(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval33", "emergency action plan for indian dams", "Emergency Action Plan"},
		{"eval33", "what does EAP stand for", "EAP"},
		{"eval13", "the deal that lets the developer finish its studies before deciding to invest in namibia's ammonia plant", "Feasibility and Implementation Agreement"},
	})
}

// TestInitialsInTheOtherNumber checks that initials asked in one number
// find a briefing that writes them only in the other, two letters long
// too: "RV" for "RVs".
func TestInitialsInTheOtherNumber(t *testing.T) {
	b := loadBase(t, map[string]string{
		"roadside.md": "# Roadside Cover\n- **Excluded Vehicles**: RVs over 10,000 pounds are not covered.\n- **Towing**: Tows up to 5 miles.\n" +
			"- **Liaison**: The LNO answers calls from garages.\n",
	})
	checkFirst(t, b, []firstCase{
		{"", "RV roadside cover", "Excluded Vehicles"},
		{"", "rv cover", "Excluded Vehicles"},
		{"", "RVs", "Excluded Vehicles"},
		{"", "LNOs", "Liaison"},
	})
}

// TestUnknown checks the words said to be in no briefing: those no
// entry the audience may read has, nor a word near them, and only words
// that tell what the question asks.
func TestUnknown(t *testing.T) {
	b := loadBase(t, map[string]string{
		"ports.md":  "# Ghana Ports\n- **Berth Dredging**: Deepening the container berths at Tema.\n",
		"budget.md": "---\naudience: internal\n---\n# Budget Notes\n- **Funding Ceilings**: Caps on the dredging budget.\n",
	})
	tests := []struct {
		question string
		audience Audience
		want     []string
	}{
		{"what about drones?", Public, []string{"drones"}},
		{"recipe for chocolate cake", Public, []string{"recipe", "chocolate", "cake"}},
		{"hi, any news on berth dredging?", Public, nil},
		{"dredging of the berths", Public, nil},
		{"funding ceilings", Public, []string{"funding", "ceilings"}}, // internal words are no public audience's
		{"funding ceilings", Internal, nil},
	}
	for _, tt := range tests {
		if got := b.Unknown(tt.question, tt.audience); !slices.Equal(got, tt.want) {
			t.Errorf("Unknown(%q, %v) = %q, want %q", tt.question, tt.audience, got, tt.want)
		}
	}
}

func TestNamesOffice(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The Director of the Wolf Office signs every payment.", true},
		{"The agency is headed by a former judge.", true},
		{"The head of the unit visits each farm.", true},
		{"Market value per head.", false},
		{"Farmers keep 300 head of cattle on the dykes.", false},
		{"Payments are made within six weeks.", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := namesOffice(tt.text); got != tt.want {
				t.Errorf("namesOffice(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestLackedNeighbour checks that a word the base lacks stands for a
// neighbour a little further off than one the base has would: "plague"
// for "outbreak" (0.69).
func TestLackedNeighbour(t *testing.T) {
	b := loadBase(t, map[string]string{"seals.md": `# Wadden Sea Seals
## Health
- **Outbreak Response**: Vets track every outbreak among the seals and close beaches near sick animals.
- **Pup Counts**: Rangers count the pups each June.
`})
	checkFirst(t, b, []firstCase{{"", "what happens in a seal plague", "Outbreak Response"}})
}

// TestIsWhatIs checks which FAQ headings ask what a thing is.
func TestIsWhatIs(t *testing.T) {
	for _, tt := range []struct {
		heading string
		want    bool
	}{
		{"What is the PTL?", true},
		{"What are lift passes?", true},
		{"What is an Inner Line Permit?", true},
		{"What is the current drought situation in Ethiopia?", false},
		{"When is it open?", false},
		{"What?", false},
	} {
		t.Run(tt.heading, func(t *testing.T) {
			if got := isWhatIs(tt.heading); got != tt.want {
				t.Errorf("isWhatIs(%q) = %v, want %v", tt.heading, got, tt.want)
			}
		})
	}
}

// TestWhatIsSectionAsOpening checks that a FAQ section on what a thing
// is answers a question that asks that, and gives way, as a briefing's
// opening does, to an entry with more of any other question.
func TestWhatIsSectionAsOpening(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval77", "buenos días @briefbot, what are the Pilar tower lift hours?", "Opening Hours"},
		// Asked without chat, it asks the hours all the same: the
		// section lacks a telling word of it.
		{"eval77", "what are the Pilar tower lift hours?", "Opening Hours"},
		{"eval77", "what is the PTL?", "What is the PTL?"},
	})
}

// TestPreferStronger checks that an entry scoring far above the first
// answer, though it covers too little of the question to answer alone,
// comes first when it is of the first answer's briefing: the answers had
// more of the question only through their sections and documents. The
// briefings are held-out sets' whose questions these are.
func TestPreferStronger(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval20", "making the snake antidote in nigeria instead of importing it", "Local Production Plan"},
		{"eval23", "using other fish to eat the parasites off salmon", "Cleaner Fish"},
		{"eval46", "hiding places for snakes and lizards on grass beside roads", "Reptile Refuges"},
		// Scoring a little more is not enough: the first answer stays.
		{"eval20", "antidote in powder form that does not need a fridge", "Freeze-Dried Vials"},
	})
}

// TestTimesWithH checks that a time written with an "h" between hours
// and minutes answers "when" and "how long": race cut-offs in a table.
func TestTimesWithH(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval90", "when do they stop runners at Cato Ridge?", "Cato Ridge"},
		{"eval90", "how long do I have to reach Lion Park on the up run?", "Lion Park"},
	})
}

// TestAnotherPlace checks that a question naming a place the briefings
// know, which no word of English is, is not answered from a briefing
// that never names it, and that a name no briefing has, written with a
// word the base knows only in lower case ("Le Mans", beside "men"), is
// not answered at all.
func TestAnotherPlace(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"sumo.md": {Data: []byte(`# Tokyo Sumo Tickets
Three tournaments a year take place at the Kokugikan in Ryogoku.
## Seats
- **Box Seat**: Four people share a cushioned box on the lower floor.
- **Arena Chair**: One person in the second tier.
`)},
		"tennis.md": {Data: []byte(`# Tennis Club Tickets
The club sells seats for its summer tournament.
## Seats
- **Resale Seat**: Seats returned by those who leave are resold at the kiosk for £15.
- **Court Seat**: A reserved seat on the main court costs £80.
## Dress
- **Jackets**: Men wear jackets in the members' stand.
- **Camper Checks**: Stewards check camper vans in the car park each night.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "what is the price of a box seat at the Kokugikan?", ""},
		{"", "what is the price of a court seat?", "Court Seat"},
		{"", "camper checks at Le Mans", ""},
		{"", "camper checks at the tennis club", "Camper Checks"},
		{"eval90", "what is the price of a box seat at the Kokugikan?", ""},
		{"eval90", "mystery camper checks at Le Mans", ""},
		{"eval90", "will glass bottles be banned at the Le Mans campsites", ""},
	})
}

// TestWhatKindOf checks that "what kind of", "which sort of" and "any
// type of" frame a question when the briefings do not speak of kinds:
// the thing is what is asked about.
func TestWhatKindOf(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval57", "quick q what kind of goats do they use for yoga 🐐", "Mini Goat Breeds"},
		{"eval86", "what actually are glowworms, some kind of insect?", "Why are glowworms not worms?"},
		// Where the briefings have the word, or its kin, it still counts.
		{"eval67", "buenas 👋 what kind of traps do they use for the beavers? gracias!", "Trap Types"},
	})
}

// TestHungarianGreeting checks that "Jó napot!" greets: "jó" is a word
// of English WordNet knows, and was read as a topic no briefing has.
func TestHungarianGreeting(t *testing.T) {
	checkFirst(t, nil, []firstCase{
		{"eval75", "Jó napot! what kind of wine is Leányka in Eger? köszönöm", "Leányka"},
		{"eval75", "jó reggelt, what kind of wine is Leányka in Eger?", "Leányka"},
	})
}

// TestPreferAttribute checks that "how long", "how fast" and the like
// are asked of the entry titled with what they ask, and only words of
// the question or of a limit beside it, when it covers as much of the
// question as the first answer.
func TestPreferAttribute(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"balloons.md": {Data: []byte(`# Valley Balloon Flights
Balloon flights over the valley lift off at dawn from the west bank.
## Flights
- **Flight Length**: A balloon flight lasts about 45 minutes in the air.
- **Team Size**: A crew of six prepares each balloon before the flight.
- **Basket Capacity**: The largest baskets carry twenty people.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "how long is the valley balloon flight?", "Flight Length"},
		{"eval85", "konnichiwa! how long is the luxor balloon flight?", "Flight Length"},
		{"eval85", "how fast am I allowed to drive in kruger?", "Speed Limits"},
		{"eval85", "how fast am I allowed to drive in ngorongoro crater?", "Speed Limits"},
		// Another thing's size is no answer to how big a plot is.
		{"eval66", "hi, quick one: how big is a citizen plot in Sapporo?", "Citizen Plot"},
	})
}

// TestDatesCountNothing checks that a day beside its month is no answer
// to how many or how big, but still to how long and how old.
func TestDatesCountNothing(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"cemeteries.md": {Data: []byte(`# Valley Cemetery Visits
Families decorate the graves of the valley's cemeteries at the start of November.
## Cemeteries
| Cemetery | Busiest Night | Notes |
|---|---|---|
| Hill Cemetery | November 1 | The town's cemetery, with candlelit niches |
| River Cemetery | 2 November | Sand paintings on the graves |
## Rules
- **Junior Visitors**: Children under 12 must stay with an adult after dark.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "how big is the hill cemetery?", ""},
		{"", "how many graves are in the river cemetery?", ""},
		{"", "which night is busiest at the hill cemetery?", "Hill Cemetery"},
		{"eval91", "how big is the Panteón General in Oaxaca in hectares?", ""},
		{"eval85", "how many balloons fly over luxor each morning?", ""},
	})
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"November 1", false},
		{"1 November", false},
		{"open 1 to 4 November", true}, // the 1 is no day beside a month
		{"12 graves", true},
		{"since 2019", false},
		{"Decembers 3", true},
	} {
		if got := givesCountIn(tt.s); got != tt.want {
			t.Errorf("givesCountIn(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestDoerAsPlainForm checks that a doer the briefings lack, which the
// lexicon knows but not as a form of another word, finds the plain
// form the briefings have: "buskers" those busking.
func TestDoerAsPlainForm(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"fringe.md": {Data: []byte(`# Festival Street Performance
Street acts fill the old town during the festival.
## Busking
- **Busking Pitches**: Pitches on the high street are drawn by lot each morning.
- **Flyering**: Hand flyers only to people who stop.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "how do buskers get pitches on the high street", "Busking Pitches"},
	})
}

// TestOwnWordNotDoer checks that a word the briefings lack that ends as
// a doer does but means something of its own is not read as its root:
// a shower is no one who shows.
func TestOwnWordNotDoer(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"luggage.md": {Data: []byte(`# Central Station Left Luggage
The left luggage office at Central Station is on platform 1.
- **Rail Pass Discount**: Show a rail pass for 20% off the daily rate.
- **Opening Hours**: 6:00 to 23:00 every day.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "is there a shower at Central Station?", ""},
		{"", "discount if I show my rail pass at central station", "Rail Pass Discount"},
	})
}

// TestUnknownBesideNames checks that a question whose only words the
// base has are the names of where it asks, however many, is not
// answered when what it asks about is in no briefing.
func TestUnknownBesideNames(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"te-awa.md": {Data: []byte(`# Te Awa University Recreation Centre
The Te Awa University Recreation Centre has a gym, a pool and courts for students and staff.
## Memberships
- **Student Membership**: 120 dollars a semester, gym and pool included.
- **Casual Visit**: 9 dollars a visit at the front desk.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "is there a sauna at the Te Awa University Recreation Centre?", ""},
		{"", "casual visit price at the Te Awa recreation centre", "Casual Visit"},
	})
}

// TestSlipSharedByTitle checks that a word of English the base lacks is
// read as a slip when the answer's title has its correction and another
// word of the question, not only the word beside it, and not otherwise.
func TestSlipSharedByTitle(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"expenses.md": {Data: []byte(`# Travel Expenses Policy
Staff travelling for work are paid back what the trip cost.
## Claims
- **Submitting Claims**: The deadline is 30 days after the trip's end; send the receipts.
- **Mileage**: Private cars are paid 30 cents a kilometre.
- **Conference Fee**: Entry to a conference is paid by the company.
- **Hotel Rooms**: Rooms with terraces are not paid for.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "submiting expense clams deadline", "Submitting Claims"},
		{"", "expense clams recipes", ""},
		// A slip with no word of the base beside it: "to raed my".
		{"eval96", "how to raed my water meeter coimbra", "How do I read my water meter?"},
		// "fès" is no slip for the "fee" the question has.
		{"", "what entry fee is being proposed for the fès terraces?", ""},
	})
}

// TestNamedOverOpening checks that an entry whose title the question
// names in full comes before its briefing's opening, which names the
// briefing and says what the entry does in passing.
func TestNamedOverOpening(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"clinic.md": {Data: []byte(`# Prairie Creek Family Medicine
Prairie Creek Family Medicine is a clinic in Cedar Rapids; this briefing covers scheduling, late arrivals and after-hours care.
## Scheduling
- **After Hours**: A nurse line answers from 6 p.m. to 8 a.m. and at weekends.
- **Late Arrival**: Patients more than 15 minutes late are rebooked.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "prairie creek after hours", "After Hours"},
		{"", "prairie creek family medicine", "Prairie Creek Family Medicine"},
	})
}

// TestLongMatchNamesOnce checks that a long question is not answered
// for matching a briefing's many-worded name and one word more, and is
// for matching the name and enough of what it asks.
func TestLongMatchNamesOnce(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"porto.md": {Data: []byte(`# Farmácia São Bento Repeat Prescriptions
Farmácia São Bento in Porto fills repeat prescriptions for registered patients.
## Prescriptions
- **Renewable Prescriptions**: Medicines for long-term conditions can be renewed up to three times.
- **Home Delivery**: Patients over 65 get their medicines delivered at home on Thursdays.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "does Farmácia São Bento sell medicines for my dog?", ""},
		{"", "will Farmácia São Bento in Porto deliver my medicines at home on Thursdays?", "Home Delivery"},
	})
}

// TestLongMatchCapitalizedName checks that the words a question writes
// with capitals, as a name, count as two at most toward a long match,
// though the base has them as common words.
func TestLongMatchCapitalizedName(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"cape-town.md": {Data: []byte(`# Sea Point Travel Clinic Vaccinations, Cape Town
Sea Point Travel Clinic in Cape Town gives travel vaccines and advice.
## Vaccines
- **Yellow Fever**: One dose, with a certificate valid for life, costs R650.
- **Essential Documents**: Bring your passport and your travel dates.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "is the yellow fever certificate from Sea Point Travel Clinic valid for life?", "Yellow Fever"},
		{"eval95", "who can be an Essential Care Giver at the Harrogate care home?", ""},
		{"eval88", "what does a tandem paragliding flight from the Dune du Pilat cost?", ""},
	})
}

// TestOwnOverOpening checks that an entry that says itself more of what
// a question asks, besides the briefing's names, comes before the
// briefing's opening that names it.
func TestOwnOverOpening(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"jinhae.md": {Data: []byte(`# Jinhae Cherry Blossom Festival Crowd Plan
Jinhae's cherry blossom festival draws crowds each spring; the city plans how to keep them moving.
## Measures
- **Crowd Density Sensors**: Cameras count people per square metre and warn stewards when streets get too packed.
- **Shuttle Buses**: Buses run from the stadium car park every ten minutes.
`)},
		"nails.md": {Data: []byte(`# Polished Nail Lounge, Toronto: FAQ

Polished Nail Lounge is a nail salon on Queen Street West in Toronto, across from Trinity Bellwoods Park, owned by Renée Tran.

## Do I need to book?
Appointments are recommended on evenings and weekends; walk-ins are seated as technicians become free.

## Is there parking nearby?
There's metered street parking on Queen Street West and a municipal lot on Crawford Street.

## Can I bring my own polish?
Sure, bring your own regular polish for any manicure or pedicure.
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "how do they know when jinhae gets too packed", "Crowd Density Sensors"},
		{"", "jinhae cherry blossom festival crowd plan", "Jinhae Cherry Blossom Festival Crowd Plan"},
		{"eval93", "how much is a Plateau-Mont-Royal parking permit for my only car?", "First Car"},
		// The opening says "park" only in a name; a heading says it of
		// what is asked.
		{"", "where do I park for Polished Nail Lounge?", "Is there parking nearby?"},
		{"eval79", "what should I wear to visit the Meteora monasteries?", "Dress Code"},
	})
}

// TestSameRoot checks which stems are forms of one word, which a title
// cannot give as the other word that confirms a slip (see sharedBy):
// "warehuse coasal cost" is not "Coast Grant Coastal", whose "coastal"
// only repeats the "coast" that "cost" was read as.
func TestSameRoot(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"coast", "coastal", true},
		{"coastal", "coast", true},
		{"claim", "claim", true},
		{"claim", "submit", false},
		{"expens", "claim", false},
	}
	for _, tt := range tests {
		if got := sameRoot(tt.a, tt.b); got != tt.want {
			t.Errorf("sameRoot(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestPricedByColumn checks that a row prices what its title column's
// header names: "Day Entry" under "Ticket" is a day ticket's price,
// though the row never says "ticket".
func TestPricedByColumn(t *testing.T) {
	b := LoadFS(withOthers(fstest.MapFS{
		"wall.md": {Data: []byte(`# Kirkstall Climbing Centre, Leeds
Kirkstall Climbing Centre is a bouldering and rope wall in Leeds.
## Prices and Hire
| Ticket | Peak price | Off-peak price | Notes |
|---|---|---|---|
| Day Entry | £13.50 | £10.50 | off-peak is weekdays before 16:00 |
| Ten-Visit Card | £115 | £90 | valid 12 months, a card for ten visits |
`)},
	}), "test")
	checkFirst(t, b, []firstCase{
		{"", "how much is a day ticket at Kirkstall Climbing Centre in Leeds?", "Day Entry"},
	})
}
