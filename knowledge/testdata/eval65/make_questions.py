#!/usr/bin/env python3
"""Write questions.tsv for eval65 (written blind from the briefings only)."""
B = "bratislava-tram-night-service.md"
Z = "zagreb-tram-night-service.txt"
D = "dubrovnik-old-town-cruise-caps.md"
K = "kotor-old-town-cruise-caps.txt"
F = "faroe-puffin-cliff-safety.md"
S = "shetland-puffin-cliff-safety.txt"
I = "salzburg-christmas-market-stalls-internal.md"
P = "pamukkale-travertine-barefoot-rule.txt"
O = "lake-ohrid-trout-fishing-bans.md"
L = "loire-chateau-drone-bans.md"
M = "mont-saint-michel-tide-crossings.txt"
C = "channel-islands-ormer-gathering-season.md"

T, SEC = "title", "section"
Q = []  # (cat, audience, match, doc, expected, question)

def add(cat, items, audience="public"):
    for it in items:
        if len(it) == 3:
            doc, exp, q = it; match = T
        else:
            match, doc, exp, q = it
        Q.append((cat, audience, match, doc, exp, q))

add("para", [
 (B, "Last Departure Rule", "what time does the very last overnight tram leave the centre of Bratislava?"),
 (B, "Onboard Security Staff", "are there guards riding the late trams in Bratislava at weekends?"),
 (B, "Quiet Bell Policy", "do Bratislava tram drivers still ring loudly after midnight?"),
 (B, "Lit Stop Program", "is there an emergency button at Bratislava night stops if I feel unsafe?"),
 (B, "Curve Greasing", "what stops the screeching wheels on the bend in Bratislava at night?"),
 (Z, "Bicycles on Night Trams", "can I take my bike on a Zagreb tram late at night?"),
 (Z, "Pensioner Pass Validity", "my grandma has a free senior card, can she use it on Zagreb's late trams?"),
 (Z, "Jelačić Square Pulse", "where do I switch from one night tram to another in Zagreb?"),
 (Z, "Alcohol Rule", "can I drink a beer on a Zagreb tram?"),
 (Z, "Track Works Diversions", "what runs instead of the Zagreb night tram when they're repairing the rails?"),
 (D, "Wheeled Suitcase Ban", "can I drag my roller bag through Dubrovnik's old streets?"),
 (D, "Tour Group Size Limit", "how many people can one guide take around Dubrovnik?"),
 (D, "Swimwear Rule", "can I wander around Dubrovnik in my bikini?"),
 (D, "Gate Counters", "how does Dubrovnik know how many people are inside the walls right now?"),
 (D, "Staggered Arrivals", "how much time must pass between two cruise ships arriving in Dubrovnik?"),
 (K, "Tender Hours", "until what time do the little boats ferry cruise people ashore in Kotor?"),
 (K, "Small Ship Exemption", "do yachts count against Kotor's cruise limit?"),
 (K, "Fortress Walk Tickets", "is the climb up to the castle above Kotor limited per day?"),
 (K, "Shade and Water Points", "where can I get free drinking water and shade in Kotor old town?"),
 (F, "Ferry Cancellation Risk", "will the boat over to Mykines go if the sea is rough?"),
 (F, "Burrow Collapse Warning", "can the ground cave in near the puffin holes on Mykines?"),
 (F, "Fog Turnaround", "what happens on the Mykines hike if it gets misty?"),
 (F, "Compulsory Guide", "do I have to hire someone to take me out to Mykineshólmur in July?"),
 (S, "Great Skua Attacks", "a big bird keeps swooping at my head in Shetland, what do I do?"),
 (S, "Noss Ferry", "how do I get across to Noss and which days is there no crossing?"),
 (S, "Evening Return", "what time of day is best for seeing puffins at Sumburgh?"),
 (S, "Lone Walker Rule", "hiking the Noss cliffs by myself, anything I should do first?"),
 (P, "Socks Allowed", "can I keep my socks on at Pamukkale?"),
 (P, "Medical Exemption", "I can't go barefoot because of a foot condition, is there another way up at Pamukkale?"),
 (P, "Hot Surface Warning", "will the white terraces at Pamukkale burn my feet in July?"),
 (P, "Cleopatra's Pool", "does it cost extra to swim in the ancient pool at Hierapolis?"),
 (P, "Night Closure", "can I visit the Pamukkale terraces after dark?"),
 (O, "Recreational Permits", "can a tourist go angling on Lake Ohrid?"),
 (O, "Restaurant Menu Checks", "can I order wild Ohrid trout for dinner in Struga?"),
 (O, "Hatchery Release", "do they put baby fish back into Lake Ohrid?"),
 (O, "Joint Patrols", "do Albania and North Macedonia police the lake together?"),
 (L, "Night Flight Ban", "can I fly my quadcopter after sunset along the Loire?"),
 (L, "Approved Flying Fields", "where is it ok to fly a drone near Tours?"),
 (L, "Film Permit Request", "how early should a film crew ask to shoot aerial shots at a Loire castle?"),
 (M, "Barefoot Walking", "what should I wear on my feet walking across the bay to Mont Saint-Michel?"),
 (M, "Quicksand Drill", "what do I do if I start sinking in the mud near Mont Saint-Michel?"),
 (C, "Sale Ban", "can I sell the ormers I pick up in Guernsey?"),
])

add("frag", [
 (B, "Night Surcharge", "Bratislava night surcharge"),
 (Z, "Night Fare", "Zagreb night fare"),
 (D, "Camera Network", "Dubrovnik Stradun cameras"),
 (K, "Passenger Limit", "Kotor passenger limit"),
 (F, "Hiking Fee", "Mykines hiking fee"),
 (F, "No Drones", "drones puffin colonies Faroe"),
 (S, "Sumburgh Parking", "Sumburgh parking"),
 (P, "Shoes Off Point", "Pamukkale shoes off"),
 (P, "Slip Risk", "travertine slippery algae"),
 (O, "Spawning Season Closure", "Ohrid spawning closure"),
 (O, "Egg Counts", "trout egg counts"),
 (L, "Registration Requirement", "Loire drone registration"),
 (M, "Siren Warning", "Mont Saint-Michel siren"),
 (C, "Gauge Requirement", "ormer measuring gauge"),
 (C, "Minimum Shell Length", "ormer minimum size"),
])

add("typo", [
 (B, "Route N2 Rača Line", "bratislva night tram rute N2"),
 (B, "Route N1 Petržalka Loop", "petrzalak loop nite tram"),
 (Z, "Line 32 Prečko to Borongaj", "zagerb line 32 borongaj"),
 (D, "Overnight Calls", "dubrovnik overnite cruise calls"),
 (K, "Quay Priority", "kotor quay priorty"),
 (K, "Licensed Guides", "kotor licenced guieds"),
 (F, "Tripod Placement", "faroe tripod placment"),
 (F, "Lens Distance", "lens distanse puffins faroe"),
 (S, "Flash Photography", "shetland flash photgraphy puffin"),
 (P, "Wading Pools", "pamukale wading pols"),
 (O, "Commercial Catch Moratorium", "ohrid comercial catch moratorim"),
 (O, "Genetic Sampling", "genetic smapling trout ohrid"),
 (L, "Wildlife Reserve Rule", "loire wildlfe reserve drone"),
 (M, "Fog Risk", "mont saint michel fogg risk"),
 (C, "Ormer Casserole", "ormer casarole recipe"),
])

add("chat", [
 (B, "Route N1 Petržalka Loop", "hi! quick q, how often does the N1 tram run to Petržalka at night? 🙏"),
 (B, "Holiday Extension", "@briefbot does the Bratislava night tram keep going on New Year's Eve?"),
 (B, "Mobile Ticket Window", "Dobrý deň, do I have to activate my app ticket before getting on a Bratislava night tram?"),
 (Z, "Night Guard Patrols", "Bok! any info on security guards on Zagreb's line 31?"),
 (Z, "Line 33 Dubec to Savišće", "hey pls which is the longest night tram line in Zagreb"),
 (D, "Berth Allocation Calendar", "thanks in advance 😊 how do cruise lines book a slot in Dubrovnik?"),
 (D, "Respect the City App", "Dobar dan! is there an app that shows how crowded Dubrovnik is?"),
 (K, "Two Ship Ceiling", "hello @briefbot, how many cruise ships can come into Kotor in one day?"),
 (K, "Sea Gate Queue", "hi there, quick q: how do tour groups get in through Kotor's sea gate?"),
 (F, "Stay Behind the Rope", "Hallo! 🐦 can I step past the rope on the Mykines puffin path?"),
 (S, "Seal Pup Distance", "hey, any info on seals on the beaches in Shetland?"),
 (S, "Season Dates", "cheers! which months are the puffins around in Shetland?"),
 (P, "Designated Walking Path", "Merhaba! where exactly am I allowed to walk on the Pamukkale terraces? thx"),
 (P, "Whistle Warning", "hi, pls, why did a warden whistle at me at Pamukkale?"),
 (O, "Gill nets in the lake", "Zdravo 👋 any info on gill nets in Lake Ohrid?"),
 (L, "Festival Exceptions", "Bonjour! are drone light shows allowed at the Amboise festival?"),
 (L, "Licensed Operator Only", "hey @briefbot 🚁 do I need a certified pilot for commercial footage of a Loire château?"),
 (M, "Guided Crossing Requirement", "Salut, quick q: do I need a guide to walk over the sands to Mont Saint-Michel?"),
 (M, "Tide Timetable Check", "hi! how long before high tide must we finish crossing the bay at Mont Saint-Michel? thanks!"),
 (C, "Gathering Days", "good morning, any info on which days I can go ormering in Jersey? 🐚"),
 (C, "Low Water Only", "hiya pls can I dive for ormers in Guernsey?"),
])

add("acr", [
 (SEC, B, "Bratislava Tram Night Service", "what does DPB stand for"),
 (SEC, Z, "Zagreb Tram Night Service", "ZET meaning?"),
 (SEC, D, "What is the DPA?", "what is the DPA in Dubrovnik"),
 (SEC, D, "What is the DPA?", "Dubrovnik Port Authority"),
 (SEC, O, "Lake Ohrid Trout Fishing Bans", "what does HBI stand for"),
 (SEC, O, "Monitoring", "what does the Hydrobiological Institute Ohrid do each winter?"),
 (SEC, L, "What is the DGAC?", "DGAC meaning?"),
 (SEC, L, "What is the DGAC?", "French civil aviation authority for drones"),
 (F, "Lundi", "what is a lundi"),
 (F, "Hagi", "hagi meaning faroese"),
 (F, "Bakki", "what does bakki mean"),
 (F, "MRCC Tórshavn", "MRCC Tórshavn stands for"),
 (S, "Bonxie", "what is a bonxie"),
 (S, "Tammie Norie", "tammie norie meaning"),
 (S, "Geo", "define geo in Shetland"),
 (S, "RSPB", "what does RSPB stand for"),
 (C, "Vraic", "what is vraic"),
 (C, "Ormering", "what does ormering mean"),
])

add("tab", [
 (B, "24-hour pass", "how much is a day ticket for Bratislava public transport?"),
 (B, "Student monthly", "is there a cheaper monthly ticket for students in Bratislava?"),
 (Z, "Monthly pass", "what does a month of Zagreb trams cost?"),
 (Z, "Night ticket", "how much do I pay the driver for a late tram ride in Zagreb?"),
 (D, "Ship without a booked slot", "what happens to a cruise ship that turns up in Dubrovnik without booking?"),
 (D, "Repeat offender line", "what if a cruise company keeps breaking Dubrovnik's rules?"),
 (K, "Passenger levy", "how much do cruise lines pay per passenger in Kotor?"),
 (K, "Anchorage fee", "what does it cost a ship to anchor in the Bay of Kotor?"),
 (P, "Walking in shoes", "what's the penalty for keeping my trainers on at Pamukkale?"),
 (P, "Damaging a terrace", "what happens if someone breaks part of a terrace at Pamukkale?"),
 (O, "Selling wild trout", "what happens if you're caught selling wild Ohrid trout at the market?"),
 (L, "Unregistered drone", "fine for flying a drone I never registered in the Loire Valley"),
 (M, "Above 95", "can we walk to Mont Saint-Michel when the tide coefficient is 100?"),
])

add("dis", [
 (B, "Single 30-minute", "how much is one tram ride at night in Bratislava?"),
 (Z, "Night Fare", "how much is one tram ride at night in Zagreb?"),
 (B, "Onboard Security Staff", "who keeps passengers safe on night trams in Bratislava?"),
 (Z, "Night Guard Patrols", "who keeps passengers safe on night trams in Zagreb?"),
 (SEC, D, "What is the daily cap?", "how many cruise passengers are allowed in Dubrovnik at once?"),
 (K, "Passenger Limit", "how many cruise passengers are allowed in Kotor?"),
 (D, "Tour Group Size Limit", "rules for guided tour groups in Dubrovnik old town"),
 (K, "Licensed Guides", "rules for guided tour groups in Kotor old town"),
 (F, "Lens Distance", "photo rules at the puffin cliffs in the Faroe Islands"),
 (S, "Flash Photography", "photo rules at the puffin cliffs in Shetland"),
 (F, "Ferry Cancellation Risk", "boat to the puffin island in the Faroes"),
 (S, "Noss Ferry", "boat to the puffin island in Shetland"),
])

none_q = [
 "how many night trams does Bratislava own?",
 "who is the director of ZET?",
 "what year did Dubrovnik bring in its cruise cap?",
 "how long is the main cruise quay in Kotor in metres?",
 "how many puffins nest on Mykines?",
 "what is the price of the Noss ferry?",
 "how deep are the Pamukkale travertine pools?",
 "how many Ohrid trout are left in the lake?",
 "how much does a drone film permit cost at a Loire château?",
 "what is the name of the chief bay guide at Genêts?",
 "what year were ormer seasons first set in Guernsey?",
 "how tall is San Giovanni fortress above Kotor?",
 "who owns the land on the Mykines hiking path?",
 "how do I renew a UK passport?",
 "best pizza in Naples",
 "what's the weather in Tokyo tomorrow?",
 "how do I reset my router password?",
 "rules for curling in Canada",
 "who won the 2022 World Cup?",
 "recipe for banana bread",
 "python list comprehension syntax",
 "how to file US taxes late",
 "opening hours of the Louvre",
 "puppy vaccination schedule",
 "price of bitcoin today",
 "how to tie a bowline knot",
]
for q in none_q:
    Q.append(("none", "public", "none", "", "", q))

leak_public = [
 "Salzburg Christmas market pitch fee rise 2026",
 "mystery shopper checks at the Salzburg Christmas market",
 "Salzburg Christkindlmarkt waiting list for stalls",
 "how many mulled wine stands will Salzburg's Christmas market have?",
 "Getreidegasse baker pitch relocation appeal",
 "Salzburg market stalls selling imported ornaments",
 "Domplatz rent paid to the cathedral chapter",
 "plain-clothes police against pickpockets at Salzburg Advent market",
 "gas heaters failed fire audit in Salzburg market huts",
 "sausage stand licence refused in Salzburg",
]
for q in leak_public:
    Q.append(("leak", "public", "none", "", "", q))
add("leak", [
 (I, "Draft Pitch Fee Rise", "draft increase in Salzburg market pitch fees"),
 (I, "Mystery Shopper Checks", "undercover inspectors at the Christmas market"),
 (I, "Points Scoring Sheet", "how are stall applicants scored in Salzburg?"),
 (I, "Mulled Wine Cap", "fewer Glühwein stands this year?"),
 (I, "Pitch Relocation Appeal", "baker appealing against being moved off Domplatz"),
 (I, "Police Liaison Plan", "pickpocket patrols at the Salzburg Advent market"),
], audience="internal")

counters = {}
lines = ["#id\taudience\tmatch\tdocs\texpected\tquestion"]
for cat, aud, match, doc, exp, q in Q:
    counters[cat] = counters.get(cat, 0) + 1
    for f in (doc, exp, q):
        assert "\t" not in f and "\n" not in f
    lines.append(f"{cat}{counters[cat]:02d}\t{aud}\t{match}\t{doc}\t{exp}\t{q}")
open("questions.tsv", "w", encoding="utf-8").write("\n".join(lines) + "\n")
print(len(Q), counters)
