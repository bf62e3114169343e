#!/usr/bin/env python3
"""Writes questions.tsv for eval86, written blind from the briefings alone."""
M = "milford-sound-cruises.md"
T = "tongariro-crossing-shuttles.txt"
C = "cradle-mountain-dove-lake.md"
G = "gbr-pontoon-snorkelling.md"
W = "whitehaven-stinger-suits.txt"
WA = "waitomo-glowworm-caves.md"
TA = "te-anau-glowworm-caves.txt"
U = "uluru-base-walk.md"
K = "kgari-4wd-permits.md"
F = "fiji-village-kava-etiquette.txt"
B = "bora-bora-shark-feeding.md"
S = "to-sua-ocean-trench.txt"

# (category, audience, match, doc, expected, question)
Q = []
def add(cat, rows, audience="public"):
    for r in rows:
        if len(r) == 1:
            Q.append((cat, audience, "none", "", "", r[0]))
        elif len(r) == 3:
            Q.append((cat, audience, "title", r[0], r[1], r[2]))
        else:
            Q.append((cat, audience, r[3], r[0], r[1], r[2]))

add("para", [
    (M, "Waterfall Soak", "will we get soaked under a waterfall on the milford boat?"),
    (M, "Overnight Cruise", "can we sleep aboard a boat in milford sound"),
    (M, "Homer Tunnel Signals", "how long do you queue at the single-lane tunnel on the way to milford"),
    (M, "Avalanche Closures", "is the highway to milford shut when snow might slide down"),
    (M, "Drone Ban", "am I allowed to fly my quadcopter over milford sound"),
    (M, "Seal Distance", "how close do the milford boats go to the seals"),
    (T, "Missed Pickup", "what if I'm too slow and the bus has gone at the end of the tongariro hike"),
    (T, "Devil's Staircase", "which is the toughest steep climb on the tongariro crossing"),
    (T, "Emerald Lakes", "can I take a dip in the green lakes up on tongariro"),
    (T, "Layers and Water", "what should I pack to drink and wear for the tongariro hike"),
    (T, "Toilet Stops", "are there loos along the tongariro crossing"),
    (C, "Wombat Etiquette", "can I pat the wombats at cradle mountain"),
    (C, "Last Bus", "when does the final bus head back from dove lake"),
    (C, "Boatshed", "can I get up on the old wooden shed by dove lake for a photo"),
    (C, "Ballroom Forest", "where are the mossy beech woods at dove lake"),
    (G, "Buddy System", "do I have to snorkel with a partner at the reef pontoon"),
    (G, "Underwater Observatory", "I'd rather stay dry, can I still see the reef fish from the pontoon"),
    (G, "Helmet Diving", "can people who can't swim walk under the sea at the reef pontoon"),
    (G, "Flotation Noodles", "I'm not a strong swimmer, is there anything to hang on to out at the reef"),
    (W, "Vinegar Stations", "what do I do if a jellyfish gets me at whitehaven"),
    (W, "Goanna Warning", "will lizards pinch my lunch at whitehaven"),
    (W, "Silica Sand", "can I take a jar of whitehaven sand home as a souvenir"),
    (W, "Suit Return", "what happens to the stinger gear after my swim at whitehaven"),
    (WA, "Cathedral Chamber", "which part of the waitomo cave has the amazing echo for singing"),
    (WA, "Tour Groups", "how many people go in together on a waitomo cave tour"),
    (WA, "Why are glowworms not worms?", "what actually are glowworms, some kind of insect?", "section"),
    (WA, "Is the cave cold?", "how chilly does it get inside waitomo cave", "section"),
    (TA, "Underground Waterfall", "is there a waterfall inside the te anau cave"),
    (TA, "Minimum Age", "can I bring my 3 year old into the te anau caves"),
    (TA, "Lake Crossing", "how do you get over the water to the te anau caves"),
    (U, "Heat Closure", "is the uluru walk shut on scorching days"),
    (U, "Water Points", "where can I refill my bottle walking round uluru"),
    (U, "Cycling", "can I ride a bike around uluru"),
    (U, "Ranger Walk", "is there a free guided stroll with a ranger at uluru"),
    (F, "Kava Gift", "what present should I bring when visiting a fijian village"),
    (F, "Numb Lips", "why does my mouth go tingly after drinking kava"),
    (F, "Seating", "how should I sit during the kava ceremony in fiji"),
    (F, "Gifts for Children", "what can I give the kids in a fiji village instead of candy"),
    (B, "Mooring Buoys", "where do bora bora boats tie up without wrecking the coral"),
    (B, "Group Limits", "how many snorkelers can one boat put in the water in bora bora"),
    (S, "Jumping Ban", "can I leap into to sua trench from the edge"),
    (S, "Lava Tube", "is it safe to swim through the tunnel out to the sea at to sua"),
])
add("frag", [
    (M, "Scenic Cruise", "milford scenic cruise"),
    (T, "Pickup Times", "tongariro pickup times"),
    (T, "Park and Ride", "tongariro park and ride"),
    (C, "Shuttle Stops", "dove lake shuttle stops"),
    (C, "Snow Closures", "cradle snow closures"),
    (G, "Semi-Submersible", "reef semi-submersible"),
    (G, "Fish Feeding", "pontoon fish feeding"),
    (W, "Lookout Track", "hill inlet lookout track"),
    (W, "Camping Permits", "whitehaven camping permit"),
    (WA, "Combo Ticket", "waitomo combo ticket"),
    (TA, "Cavern House", "cavern house"),
    (U, "Sacred Sites", "uluru sacred sites"),
    (F, "Clap Once", "kava clap"),
    (B, "Feeding Ban", "bora bora feeding ban"),
    (S, "Rope Lines", "to sua ropes"),
])
add("typo", [
    (M, "Nature Cruise", "milfrod sound nature cruise"),
    (M, "Homer Tunnel Signals", "homer tunel wait"),
    (M, "Sandfly Repellent", "sandfy repelent milford"),
    (T, "Gale Warning", "tongarrio gale warning"),
    (T, "Devil's Staircase", "devils staricase"),
    (C, "Holiday Pass", "dove lake holliday pass"),
    (G, "Helmet Diving", "helmit diving reef"),
    (W, "Vinegar Stations", "whitehavn vinegar"),
    (WA, "Cathedral Chamber", "waitomo cathedrel chamber"),
    (TA, "Evening Tours", "te anua evening tours"),
    (U, "Photography Restrictions", "ulru photograpy restrictions"),
    (F, "Spokesman", "fiji sevusvu spokesman"),
    (B, "Pink Whipray", "bora bora pink wipray"),
    (B, "Lemon Shark", "lemmon shark bora bora"),
    (S, "Ladder Descent", "to sau ladder descnt"),
])
add("chat", [
    (M, "Seal Distance", "hi there! how far do boats stay from seals at milford sound? thanks 🙏"),
    (M, "Drone Ban", "@briefbot quick q: can I fly a drone at milford sound?"),
    (T, "Shuttle Bookings", "kia ora! do I need to book the tongariro shuttle the day before?"),
    (T, "Parking Limits", "hey pls what happens if I park more than 4 hours at mangatepopo"),
    (C, "Annual All Parks Pass", "g'day mate, any info on the yearly pass for tasmanian parks?"),
    (C, "Concession Pass", "hello 👋 is there a cheaper pass at cradle mountain for pensioners?"),
    (G, "Sunscreen Rules", "bonjour, is the sunscreen rule strict on the barrier reef pontoons?"),
    (G, "Introductory Dive", "hola! how much is an intro dive at the great barrier reef pontoon? gracias"),
    (W, "Sailing Yacht", "yo 😎 which boat goes from coral sea marina to whitehaven?"),
    (W, "Tide Timing", "thanks in advance — when's the best tide for the hill inlet colors?"),
    (WA, "Can children go on the tour?", "ciao! can kids come on the waitomo glowworm tour?", "section"),
    (WA, "Black Water Rafting", "hi! any info on black water rafting at waitomo 🙂"),
    (TA, "Family Pass", "namaste, how much is a family ticket for te anau glowworm caves?"),
    (TA, "Warm Clothing", "guten Tag, what should I wear in the te anau glowworm cave?"),
    (U, "Adult 3-Day Pass", "hey @briefbot, how much is the 3 day pass for uluru?"),
    (F, "High Tide or Low Tide", "bula! what's this high tide low tide thing when drinking kava?"),
    (F, "Hats Off", "konnichiwa, do I have to take my hat off in a fijian village?"),
    (B, "Are the sharks dangerous?", "ia orana! are the sharks in bora bora dangerous? 🦈", "section"),
    (S, "Adult Entry", "talofa! how much to get into to sua trench for an adult pls"),
    (S, "Sunday Rules", "hi hi, quick q: can I swim at to sua on a sunday? ta"),
    (WA, "What happens when it floods?", "hallo, wie geht's — is waitomo cave open when it floods?", "section"),
])
add("acr", [
    (M, "Milford Sound Cruises", "what does DOC stand for at milford sound", "section"),
    (T, "Tongariro Alpine Crossing Shuttles", "TAC meaning?", "section"),
    (G, "EMC", "define EMC"),
    (G, "GBRMPA", "what does GBRMPA stand for"),
    (G, "EMC", "Environmental Management Charge acronym"),
    (G, "Irukandji", "what is an Irukandji"),
    (B, "Bora Bora Lagoon Shark Feeding", "PGEM meaning?", "section"),
    (U, "Tjukurpa", "what does Tjukurpa mean"),
    (U, "Aṉangu", "define Anangu"),
    (U, "Mala", "what is a mala at uluru"),
    (U, "Minga", "minga meaning?"),
    (U, "Palya", "what does palya mean"),
    (B, "What is a motu?", "what is a motu?", "section"),
    (WA, "Why are glowworms not worms?", "why are glowworms not worms?", "section"),
    (WA, "Is the cave suitable for wheelchairs?", "is the waitomo cave suitable for wheelchairs?", "section"),
    (B, "Do I need to know how to swim?", "do I need to know how to swim for the bora bora lagoon tour?", "section"),
    (B, "Can I wear sunscreen?", "can I wear sunscreen in bora bora?", "section"),
    (G, "GBRMPA", "Great Barrier Reef Marine Park Authority short name"),
])
add("tab", [
    (M, "Early Bird Sailing", "what's the quietest early boat on milford sound"),
    (M, "Midday Coach Connection", "is there a milford cruise that lines up with the bus from queenstown"),
    (M, "Last Light Sailing", "can I do an evening sunset cruise in milford"),
    (T, "Volcanic Alert Level 2", "do tongariro shuttles still run if the volcano alert goes up"),
    (T, "Winter Conditions", "can I walk the tongariro crossing in winter without a guide"),
    (C, "Daily Pass", "how much for a one day ticket at cradle mountain"),
    (G, "EMC Full Day", "how much is the reef fee per person for a pontoon day"),
    (G, "Certified Dive", "I have my dive card, what does a dive cost at the reef pontoon"),
    (W, "Fast Catamaran", "quickest boat to whitehaven from airlie"),
    (W, "Seaplane Transfer", "can I fly out to whitehaven by seaplane"),
    (WA, "Aranui Cave", "which waitomo cave has no glowworms"),
    (U, "Under 18", "do kids pay to get into uluru park"),
    (F, "Sulu Wrap", "what should men wear on their legs in a fijian village"),
])
add("dis", [
    (T, "Shuttle Bookings", "do I need to book the shuttle at tongariro"),
    (C, "Shuttle Bookings", "do I need to book the shuttle at cradle mountain"),
    (T, "Parking Limits", "parking limits at tongariro"),
    (C, "Parking Limits", "parking limits at dove lake"),
    (G, "Stinger Suits", "stinger suits at the great barrier reef pontoon"),
    (W, "Stinger Suits", "stinger suits at whitehaven beach"),
    (W, "Sunscreen Rules", "sunscreen rules at whitehaven"),
    (G, "Sunscreen Rules", "sunscreen rules at the cairns reef pontoon"),
    (WA, "Photography Ban", "can I take photos in the waitomo glowworm cave"),
    (TA, "Photography Ban", "can I take photos in the te anau glowworm cave"),
    (WA, "Boat Ride", "what's the boat ride like at waitomo caves"),
    (TA, "Boat Ride", "what's the boat ride like at te anau caves"),
])
add("none", [
    # near-topic facts the briefings do not give
    ("what is the name of the skipper on the milford nature cruise",),
    ("how many shuttle companies run the tongariro crossing",),
    ("how deep is dove lake",),
    ("what does it cost to buy my own stinger suit at whitehaven",),
    ("what year was the moore reef pontoon built",),
    ("how long is the te anau glowworm cave in metres",),
    ("what time does the uluru cultural centre close",),
    ("how many rangers work at uluru",),
    ("what is the name of the chief in the fijian village",),
    ("how much does a bowl of kava cost in nadi",),
    ("how many sharks live in the bora bora lagoon",),
    ("what is the water temperature in to sua trench",),
    ("who discovered to sua trench",),
    # unrelated
    ("how do I renew my passport",),
    ("best pizza in naples",),
    ("what is the capital of mongolia",),
    ("how do I reset my router password",),
    ("tram strike in melbourne",),
    ("ski lift prices in whistler",),
    ("how to apply for a fishing licence in alaska",),
    ("bitcoin price today",),
    ("visa rules for working in japan",),
    ("how do I file my tax return",),
    ("nearest hospital in lisbon",),
    ("recipe for pavlova",),
    ("train timetable from paris to lyon",),
])
add("leak", [
    ("k'gari permit price rise 2027",),
    ("undercover rangers on 75 mile beach",),
    ("is the eli creek crossing closing",),
    ("fraser island barge contract renewal",),
    ("k'gari tour operator speeding fines dispute",),
    ("how much will a one year 4wd permit cost on k'gari next year",),
    ("draft fee review fraser island",),
    ("commercial tour permit fee k'gari",),
    ("plain clothes ranger checks easter weekend",),
    ("vehicle access permit k'gari",),
])
add("leak", [
    (K, "Permit One Month", "draft 2027 price of a one month permit on k'gari"),
    (K, "Undercover Patrols", "undercover patrols on 75 mile beach"),
    (K, "Eli Creek Closure", "is the eli creek vehicle crossing going to close"),
    (K, "Operator Dispute", "tour operator disputing speeding fines"),
    (K, "Vehicle Access Permit", "what does VAP stand for"),
    (K, "Barge Contract Talks", "barge contract talks price cap"),
], audience="internal")

counts = {}
with open("questions.tsv", "w", encoding="utf-8") as f:
    f.write("#id\taudience\tmatch\tdocs\texpected\tquestion\n")
    for cat, aud, match, doc, exp, q in Q:
        counts[cat] = counts.get(cat, 0) + 1
        assert "\t" not in q
        f.write(f"{cat}{counts[cat]:02d}\t{aud}\t{match}\t{doc}\t{exp}\t{q}\n")
print(len(Q), counts)
