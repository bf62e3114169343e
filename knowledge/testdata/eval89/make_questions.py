#!/usr/bin/env python3
"""Writes questions.tsv for eval89 (written blind, from the briefings alone)."""
import os

GSD = "great-sand-dunes-sandboarding.md"
WS = "white-sands-sledding.txt"
MV = "monument-valley-jeep-tours.md"
AC = "antelope-canyon-slot-tours.txt"
HD = "half-dome-cables-permits.md"
HV = "havasupai-falls-permits.md"
BC = "bryce-canyon-hoodoo-trails.txt"
GC = "grand-canyon-mule-rides.md"
DV = "death-valley-summer-heat-rules.md"
MVD = "mesa-verde-cliff-dwelling-tours.txt"
CC = "carlsbad-caverns-bat-flights.md"
HB = "horseshoe-bend-overlook-internal.md"

T, S = "title", "section"

# (category, audience, match, doc, expected, question)
Q = []
def add(cat, items, audience="public"):
    for it in items:
        if len(it) == 1:
            Q.append((cat, audience, "none", "", "", it[0]))
        else:
            match, doc, exp, q = it
            Q.append((cat, audience, match, doc, exp, q))

add("para", [
    (T, GSD, "Board Rental", "where can I hire something to slide down the Colorado dunes on?"),
    (T, GSD, "Surface Heat", "does the sand at Great Sand Dunes get too hot for bare feet in the afternoon?"),
    (T, GSD, "Wet Sand", "is it better to go sliding at great sand dunes after a rainy day?"),
    (T, GSD, "Snowboards Not Recommended", "can I just bring my own snowboard to great sand dunes?"),
    (T, GSD, "Motorized Equipment", "am I allowed to fly my quadcopter above the great sand dunes?"),
    (T, WS, "Sled Rental", "can I sell my saucer back after I'm done at white sands?"),
    (T, WS, "Missile Range Closures", "why would the white sands road get shut for a few hours for military testing?"),
    (T, WS, "Sled Lanes", "which way should kids avoid sliding at white sands?"),
    (T, MV, "Photographing Residents", "is it ok to take pictures of the navajo families who live in monument valley?"),
    (T, MV, "Time Zone", "why is my phone an hour different from the monument valley tour schedule?"),
    (T, MV, "Entry Fee", "does my america the beautiful annual pass get me into monument valley?"),
    (T, MV, "Hogan Visits", "how should I behave when the monument valley tour stops at a traditional navajo home?"),
    (T, AC, "Bags", "can I carry a backpack with me into antelope canyon?"),
    (T, AC, "Tripods", "are three-legged camera stands ok inside antelope canyon for long exposures?"),
    (T, AC, "Stairs and Ladders", "is lower antelope hard going for someone with bad knees?"),
    (T, AC, "Flash Floods", "what happens to my antelope canyon trip if it storms far upstream?"),
    (T, HD, "Daily Lottery", "is there a last-minute way to get a half dome permit a couple of days before?"),
    (T, HD, "Gloves", "what should I wear on my hands to hold the half dome cables?"),
    (T, HD, "Turnaround Time", "by what time should I give up and head back down from half dome?"),
    (T, HD, "Thunderstorms", "is half dome dangerous when dark clouds are piling up?"),
    (T, HV, "Transfer List", "I can't make my havasupai trip anymore, can I pass my spot to someone else?"),
    (T, HV, "Helicopter", "can I fly down to supai instead of walking?"),
    (T, HV, "Hualapai Hilltop", "where does the havasupai hike start and can I leave my car there?"),
    (T, HV, "Swimming", "can you take a dip below mooney falls?"),
    (T, BC, "Wall Street Closure", "why is part of the navajo loop at bryce shut in winter?"),
    (T, BC, "Icy Trails", "do I need microspikes for bryce canyon in march?"),
    (T, BC, "Horse Trails", "what do I do if I meet people on horseback on the peekaboo trail at bryce?"),
    (T, BC, "Full Moon Hikes", "can I join a ranger on a night walk under a bright moon at bryce?"),
    (S, BC, "Hiking at Altitude", "why am I so out of breath climbing back up from the bryce amphitheater?"),
    (T, GC, "Weight Limit", "I'm 230 pounds, can I still do the grand canyon mule trip?"),
    (T, GC, "Pregnancy", "can an expecting mom ride a mule into the grand canyon?"),
    (T, GC, "Waitlist", "any way to grab a grand canyon mule seat on the same day?"),
    (T, GC, "Language", "do I have to speak english well to ride the grand canyon mules?"),
    (T, DV, "Carry Water", "how much to drink should I pack each day in death valley?"),
    (T, DV, "Dirt Roads", "should I take the unpaved back roads in death valley in august?"),
    (T, DV, "Heat Illness Signs", "feeling dizzy and queasy in the death valley heat, what should I do?"),
    (S, DV, "Is it safe to drive?", "will my car be ok going through death valley in summer?"),
    (T, MVD, "Ticket Sales", "how far ahead can I buy mesa verde cliff dwelling tour spots?"),
    (T, MVD, "Touching Walls", "can I put my hand on the ancient masonry at mesa verde?"),
    (S, MVD, "Accessibility", "can someone in a wheelchair see the cliff dwellings at mesa verde?"),
    (T, CC, "Electronics Ban", "can I film the bats leaving carlsbad caverns on my phone?"),
    (T, CC, "Dawn Return", "do the carlsbad bats come back home in the morning?"),
])

add("frag", [
    (T, GSD, "Board Rental", "sandboard rental colorado"),
    (T, WS, "Sled Rental", "white sands saucer"),
    (T, MV, "Drones", "monument valley drones"),
    (T, AC, "Bags", "antelope canyon backpacks"),
    (T, HD, "Gloves", "half dome gloves"),
    (T, HV, "Wristbands", "havasupai wristband"),
    (T, BC, "Shuttle", "bryce free shuttle"),
    (T, GC, "Height Requirement", "mule rider minimum height"),
    (T, DV, "Pets", "death valley dogs"),
    (T, MVD, "Balcony House", "balcony house ladder"),
    (T, CC, "Flight Times", "bat emergence time"),
    (T, MVD, "Altitude", "mesa verde elevation"),
    (T, HV, "Mule Pack", "havasupai mule bags"),
    (T, GC, "Hats", "mule ride chin strap"),
    (T, CC, "Seating", "carlsbad amphitheater seats"),
])

add("typo", [
    (T, MV, "Tour Prices", "monumnet valley jeep tour prices"),
    (T, AC, "Cancellations", "antleope canyon tour cancelations"),
    (T, HV, "Licence Checks", "havasupia licence chekcs"),
    (T, HD, "Cables", "half doom cabels distance"),
    (T, BC, "Fairyland Loop", "bryce fairlyand loop"),
    (T, GC, "Phantom Ranch Overnight", "grand canyn phantom ranch overnite"),
    (T, DV, "Cell Coverage", "deth valley cell coverge"),
    (T, MVD, "Cliff Palace", "mesa verde cliff palce tour"),
    (T, CC, "Bat Flight Breakfast", "carlsbad cavern bat breakfest"),
    (T, GSD, "Star Dune", "great sand dunes star dnue"),
    (T, WS, "Alkali Flat Edge", "white sands alkali flat egde"),
    (T, HD, "Preseason Lottery", "halfdome preseasn lottery"),
    (T, DV, "Stovepipe Wells Pool", "stovepipe wels pool"),
    (T, MVD, "Winter Tours", "mesa verde wintr toors"),
    (T, BC, "Astronomy Festival", "bryce astronmy festival"),
])

add("chat", [
    (T, GSD, "High Dune", "hi! quick q, how far is the walk to high dune at great sand dunes? 🙏"),
    (T, WS, "Wind", "hey @briefbot any info on wind at white sands?"),
    (T, MV, "Mystery Valley Tour", "hola! how long is the mystery valley tour in monument valley? gracias"),
    (T, AC, "Upper Antelope", "bonjour, upper antelope walk length pls"),
    (T, HD, "Backpackers", "thanks in advance 😊 can backpackers add half dome to their wilderness permit?"),
    (T, HV, "Campground Permit", "hallo briefbot, what's the havasupai campground permit price?"),
    (T, BC, "Pets", "g'day, are dogs allowed on the bryce trails? cheers"),
    (T, GC, "Canyon Vista Ride", "@briefbot pls: grand canyon canyon vista ride cost"),
    (T, DV, "Record Heat Day", "ciao! what happens in death valley on a record heat day?"),
    (T, MVD, "Long House", "yo quick q – how long is the long house tour at mesa verde?"),
    (T, CC, "August", "hey there 👋 how many carlsbad bats fly in august?"),
    (T, GSD, "Pets", "namaste, can I bring my dog to great sand dunes?"),
    (T, WS, "Dune Field Access", "hi team, any info on white sands opening hours?"),
    (T, MV, "Alcohol", "olá, is alcohol allowed in monument valley? obrigado"),
    (T, AC, "Heat", "morning all ☀️ antelope canyon heat tips pls"),
    (T, HD, "Subdome Checkpoint", "hey @briefbot how far is the subdome checkpoint from happy isles?"),
    (T, HV, "Flash Floods", "guten Tag! havasupai flash flood refund? danke"),
    (T, BC, "Water", "hiya, any info on water refills at bryce? thx"),
    (T, GC, "Reservations", "konnichiwa 🙇 how far ahead do grand canyon phantom ranch mule rides open?"),
    (T, DV, "Furnace Creek Visitor Center", "salut! where can I cool off at furnace creek in death valley? merci"),
    (T, CC, "Cave Hours", "hey hey 🦇 what time is last entry to carlsbad caverns pls"),
])

add("acr", [
    (S, GSD, "Medano Pass Primitive Road", "what does MPPR stand for"),
    (T, WS, "Missile Range Closures", "WSMR meaning?"),
    (S, MV, "Monument Valley Jeep Tours", "define NPRD"),
    (T, AC, "Flash Floods", "NWS meaning antelope canyon?"),
    (S, HD, "What is the SRC?", "what does SRC stand for"),
    (S, HD, "What is the SRC?", "what do rangers ask for at the SRC on half dome?"),
    (S, DV, "What is PSAR?", "what is PSAR"),
    (S, DV, "What is PSAR?", "preventive search and rescue death valley"),
    (T, MVD, "Visitor and Research Center", "VRC meaning?"),
    (T, MVD, "Chapin Mesa Archeological Museum", "what does CMAM stand for"),
    (S, CC, "Bat Health", "define WNS"),
    (T, GC, "PR", "what does PR mean for grand canyon mule rides?"),
    (T, GC, "BAT", "BAT meaning grand canyon"),
    (T, GC, "Cantle", "what is a cantle"),
    (T, CC, "Guano", "what is guano"),
    (T, CC, "Maternity Colony", "define maternity colony"),
    (S, HD, "Do I need a permit for the subdome?", "do I need a permit just for the half dome subdome?"),
    (S, HD, "Can I climb when the cables are down?", "can I climb half dome when the cables are down?"),
])

add("tab", [
    (T, GSD, "Medano Creek Banks", "which great sand dunes slope is good for little kids?"),
    (T, WS, "Interdune Boardwalk Slopes", "where at white sands can toddlers slide close to the car?"),
    (T, MV, "Hunts Mesa Overnight", "which monument valley tour camps out for the sunrise?"),
    (T, AC, "Canyon X", "which antelope slot is quieter with a different outfitter?"),
    (T, HD, "Vernal Fall Footbridge", "where is the last place to fill up water on the way to half dome?"),
    (T, HV, "Lodge Permit", "how much is a room at the havasupai lodge?"),
    (T, BC, "Queens Garden Trail", "easiest way down among the bryce hoodoos?"),
    (T, BC, "Rim Trail", "level walk along the top at bryce without going down?"),
    (T, GC, "North Rim Uncle Jim Trail", "how much is the mule ride on the north rim?"),
    (T, DV, "Heat Advisory", "what temperature counts as a heat advisory in death valley?"),
    (T, MVD, "Step House", "which mesa verde dwelling can I visit without a ticket?"),
    (T, CC, "October", "when do the carlsbad bats head south for the winter?"),
    (T, MVD, "Balcony House", "which mesa verde tour has a tunnel to crawl through?"),
])

add("dis", [
    (T, GSD, "Surface Heat", "how hot does the sand get at great sand dunes?"),
    (T, WS, "Surface Heat", "how hot does the sand get at white sands?"),
    (T, GSD, "Dune Field Access", "what hours are the dunes open at great sand dunes?"),
    (T, WS, "Dune Field Access", "what hours are the dunes open at white sands?"),
    (T, MV, "Tour Prices", "how much does a guided tour cost at monument valley?"),
    (T, AC, "Tour Prices", "how much does a guided tour cost at antelope canyon?"),
    (T, MV, "Guide Requirement", "do I need a navajo guide at monument valley?"),
    (T, AC, "Guide Requirement", "do I need a navajo guide at antelope canyon?"),
    (T, HD, "Application Fee", "how much does it cost to enter the permit lottery for half dome?"),
    (T, HV, "Application Fee", "how much does it cost to enter the permit lottery for havasupai?"),
    (T, HD, "Group Size", "how many people can one permit application cover for half dome?"),
    (T, HV, "Group Size", "how many people can one permit application cover for havasupai?"),
])

add("none", [
    # near-topic facts the briefings do not give
    ("how many mules does the grand canyon corral keep?",),
    ("what year were the half dome cables first put up?",),
    ("what is the name of the chief ranger at death valley?",),
    ("how much is the bryce canyon park entrance fee?",),
    ("how deep is upper antelope canyon in feet?",),
    ("how many bat species live in carlsbad caverns?",),
    ("how tall is havasu falls?",),
    ("what year was cliff palace discovered?",),
    ("how many jeep tour companies operate in monument valley?",),
    ("how many square miles is the white sands dune field?",),
    ("how much does a great sand dunes park entrance pass cost?",),
    ("how much does the havasupai helicopter ride cost?",),
    ("what is the name of the company that runs upper antelope tours?",),
    # unrelated
    ("how do I renew my passport?",),
    ("best deep dish pizza in chicago",),
    ("what's the weather in paris tomorrow?",),
    ("how do I reset my wifi router?",),
    ("when does old faithful erupt in yellowstone?",),
    ("who won the 2022 world cup?",),
    ("sourdough bread recipe",),
    ("how to file my taxes online",),
    ("python list comprehension syntax",),
    ("aspen ski lift ticket prices",),
    ("what time does the louvre open?",),
    ("how do I house-train a puppy?",),
    ("tesla stock price today",),
])

add("leak", [
    ("what is the proposed 2027 parking fee at horseshoe bend?",),
    ("horseshoe bend mystery shopper findings",),
    ("will the horseshoe bend shuttle contract be renewed?",),
    ("is horseshoe bend pausing commercial drone permits?",),
    ("revenue split dispute between the city of page and the park service",),
    ("horseshoe bend railing extension budget",),
    ("how many people visited horseshoe bend in 2026 according to the draft count?",),
    ("horseshoe bend injury lawsuit settlement",),
    ("is the horseshoe bend overlook going to close after sunset?",),
    ("northern parking lot boundary disagreement at horseshoe bend",),
])
add("leak", [
    (T, HB, "Draft Parking Fee", "proposed parking fee increase at horseshoe bend"),
    (T, HB, "Parking Booth Visit", "what did the undercover check of the horseshoe bend parking booth find?"),
    (T, HB, "Drone Permit Pause", "are commercial drone permits at horseshoe bend being paused?"),
    (T, HB, "Revenue Split Dispute", "who is arguing about the revenue share at horseshoe bend?"),
    (T, HB, "Injury Claim", "is there a lawsuit over someone falling at horseshoe bend?"),
    (T, HB, "Railing Budget", "how much will extending the horseshoe bend overlook railing cost?"),
], audience="internal")

counts = {}
lines = ["#id\taudience\tmatch\tdocs\texpected\tquestion"]
for cat, aud, match, doc, exp, q in Q:
    counts[cat] = counts.get(cat, 0) + 1
    for f in (doc, exp, q):
        assert "\t" not in f and "\n" not in f
    lines.append("\t".join([f"{cat}{counts[cat]:02d}", aud, match, doc, exp, q]))
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.tsv")
with open(out, "w", encoding="utf-8") as fh:
    fh.write("\n".join(lines) + "\n")
print(len(Q), "questions", counts)
