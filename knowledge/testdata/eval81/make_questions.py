#!/usr/bin/env python3
"""Writes questions.tsv for eval81 from the briefings alone (written blind to the ranker)."""
import os

P = "petra-night-walks.md"
W = "wadi-rum-desert-camps-internal.md"
D = "dead-sea-floating-safety.md"
A = "amman-citadel-tickets.md"
Q = "aqaba-coral-reef-snorkelling.txt"
B = "byblos-old-harbour-boats.md"
K = "baalbek-ruins-visits.md"
U = "umm-qais-hilltop-ruins.txt"
Z = "kazbegi-gergeti-church-hike.md"
N = "dana-biosphere-trails.txt"
G = "garni-temple-gorge.txt"
S = "lake-sevan-monastery.md"

para = [
    (P, "Meeting Point", "what time should I show up for the evening walk in petra"),
    (P, "Candlelit Siq", "how many candles light the way through the gorge at petra after dark"),
    (P, "Treasury Program", "what happens once we get to the treasury in the evening"),
    (P, "No Flash Photography", "can I use my camera flash on petra by night"),
    (P, "Horse and Carriage Rides", "my mom can't walk far, is there any ride for petra at night"),
    (P, "Weather Cancellations", "what if it rains hard on the night of my petra walk"),
    (D, "Sit Back Slowly", "how do I get into the dead sea without toppling over"),
    (D, "Time Limit", "how long can I stay in the dead sea water"),
    (D, "Water Shoes", "the rocks by the dead sea are cutting my feet"),
    (D, "Drink Water", "how much should I be drinking at the dead sea in summer"),
    (A, "Sunset Views", "best spot to watch the sun go down at the amman citadel"),
    (A, "Step-Free Access", "can I get around the amman citadel in a wheelchair"),
    (A, "Getting There", "how do I get up to the citadel from downtown amman"),
    (A, "Photography Rules", "can I fly my drone at the amman citadel"),
    (Q, "No Touching", "is it okay to stand on the coral in aqaba"),
    (Q, "Reef-Safe Sunscreen", "which suncream am I allowed to wear snorkeling in aqaba"),
    (Q, "Lionfish Stings", "got stung by a stripy spiky fish in aqaba what now"),
    (Q, "Wind and Currents", "what time of day is the water calmest for snorkelling in aqaba"),
    (Q, "Fees and Permits", "do I have to pay anything to snorkel off aqaba's south beach"),
    (B, "Fishing Trips", "can I go out with a fisherman in byblos early in the morning"),
    (B, "Private Charter", "can we rent a whole boat just for our group in byblos"),
    (B, "Life Jackets", "are there lifevests on the byblos boats for my kids"),
    (B, "Weather Flags", "what does the red flag mean at the byblos port"),
    (K, "Travel Advisory Check", "is it safe to drive to baalbek right now"),
    (K, "Six Columns of Jupiter", "how tall are the big pillars still standing at baalbek"),
    (K, "Stone of the Pregnant Woman", "where is the giant cut rock near baalbek"),
    (K, "Baalbek International Festival", "are there concerts at baalbek in the summer"),
    (U, "Viewpoint Over Galilee", "can you see the sea of galilee from umm qais"),
    (U, "West Theatre", "where's the black stone amphitheater at umm qais"),
    (U, "Weather and Clothing", "what should I pack to wear for umm qais in winter"),
    (U, "Decumanus Maximus", "can you still see roman wheel tracks at umm qais"),
    (Z, "Trail Route", "how long does it take to walk up to the gergeti church"),
    (Z, "Water and Food", "is there anywhere to refill my bottle on the way up to gergeti"),
    (Z, "Altitude", "I feel lightheaded climbing at kazbegi, is that normal"),
    (Z, "Weather Warning", "when is the best time of day to see mount kazbek clearly"),
    (N, "Permits", "do I need to buy anything before hiking in dana"),
    (N, "Rummana Campsite", "where can I sleep in a tent in dana reserve"),
    (N, "Nubian Ibex", "can I spot wild mountain goats in dana"),
    (N, "Best Season", "when is the best time of year to hike in dana"),
    (G, "Symphony of Stones", "where are those hexagon shaped rock columns near garni"),
    (G, "Food Nearby", "where can I eat a home-cooked lunch in garni village"),
    (S, "Stone Staircase", "how many stairs do I have to climb to sevanavank"),
]
frag = [
    (P, "Quiet Zone", "petra quiet zone"),
    (P, "Return Walk", "siq flashlight back"),
    (D, "Eyewash Station", "dead sea eyewash"),
    (A, "Student Ticket", "citadel student price"),
    (Q, "Buddy System", "aqaba snorkel partner"),
    (Q, "Boat Lanes", "aqaba yellow buoys"),
    (B, "Sunset Cruise", "byblos sunset cruise"),
    (B, "Boarding Steps", "byblos slippery steps"),
    (K, "Temple of Bacchus", "bacchus temple baalbek"),
    (K, "Climbing Restrictions", "baalbek climbing columns"),
    (U, "Basilica Terrace", "umm qais octagonal church"),
    (Z, "Photography Inside", "gergeti church photos"),
    (N, "Sand Cat", "dana desert cat"),
    (G, "Bath House Mosaic", "garni mosaic floor"),
    (S, "Khachkars", "sevan cross stones"),
]
typo = [
    (P, "Meeting Point", "petra nite walk meting point"),
    (P, "No Flash Photography", "flsh photografy petra"),
    (D, "Time Limit", "ded sea time limt"),
    (A, "Summer Hours", "amman citadle sumer hours"),
    (Q, "Feeding Fish", "aqaba feding fihs"),
    (Q, "Collecting Shells", "aqaba colecting shels"),
    (B, "Fishermen's Nets", "byblos fishremen nets"),
    (B, "Licensed Skippers", "byblos licenced skipers"),
    (K, "Site Museum", "baalbek site musuem"),
    (U, "Ottoman Village", "um qais ottoman vilage"),
    (Z, "Horse Ride", "kazbegi horse ridde"),
    (N, "Leave No Trace", "dana leave no trcae"),
    (N, "Feynān Ecolodge", "fenyan ecolodge"),
    (G, "River Crossing", "garni rivr crosing"),
    (S, "Surb Arakelots", "sevan surb arakelotz church"),
]
chat = [
    (Z, "Dress Code", "hi! quick q: is there a dress code at gergeti church? thanks 🙏"),
    (A, "Licensed Guides", "@briefbot any info on tour guides at the amman citadel?"),
    (A, "Foreign Visitor Ticket", "Marhaba! how much is the citadel in amman for a foreigner pls"),
    (B, "Can I swim from the boats?", "hey 👋 can I swim off the boats in byblos?"),
    (B, "Are the boats accessible for wheelchairs?", "bonjour, are the byblos boats ok for a wheelchair? merci"),
    (D, "What should I do if water gets in my eyes?", "hola! dead sea water got in my eyes what do I do 😭"),
    (D, "Can I go in with cuts or after shaving?", "thanks in advance, can I float in the dead sea with a cut on my leg?"),
    (P, "Strollers and Small Children", "yo @briefbot can I bring a stroller to petra by night?"),
    (P, "Footwear", "ciao! what shoes should I wear for petra at night pls"),
    (Q, "Tank Site", "any info on the sunken tank dive spot in aqaba? ty"),
    (Q, "Seven Sisters", "quick q: how deep is the seven sisters reef in aqaba?"),
    (Z, "Marshrutka to Stepantsminda", "Gamarjoba! how do I get from tbilisi to stepantsminda cheaply?"),
    (G, "Opening Hours", "Barev! what are the garni temple opening hours? 🙂"),
    (S, "Entrance Fee", "hello there, is sevanavank free to get into? thx"),
    (S, "Surb Astvatsatsin", "salam 👋 any info on the church of the holy mother of god at sevan"),
    (S, "Beach Swimming", "pls help: can I swim in lake sevan in summer?"),
    (K, "Private Driver", "good morning! how long is baalbek from beirut with a private car?"),
    (U, "Entrance Fee", "merhaba, umm qais entrance fee pls 🙏"),
    (U, "Al-Ḥimma Hot Springs", "hey team, are there hot springs near umm qais?"),
    (N, "Dana Guesthouse", "hallo! is there a guesthouse in dana village with a view? danke"),
    (G, "Minibus 266", "thanks so much! one more: which bus goes to garni from yerevan?"),
]
acr = [
    (P, "Petra by Night Walks", "what does PDTRA stand for"),
    (D, "Dead Sea Floating Safety", "JCDD meaning?"),
    (Q, "Aqaba Coral Reef Snorkelling", "what is the Aqaba Marine Park abbreviation"),
    (B, "Byblos Old Harbour Boats", "what is the LMA"),
    (K, "Baalbek Ruins Visits", "DGA meaning?"),
    (Z, "Kazbegi Gergeti Church Hike", "what does KNP stand for"),
    (N, "Dana Biosphere Trails", "what does RSCN stand for"),
    (S, "Lake Sevan Monastery", "SNP meaning?"),
    (A, "DoA", "define DoA"),
    (A, "JTB", "what does JTB stand for"),
    (A, "Qalʿa", "what does qala mean in arabic"),
    (A, "Umayyad", "who were the Umayyads"),
    (Z, "Sameba", "what does Sameba mean"),
    (Z, "Tsminda", "Tsminda meaning?"),
    (Z, "GEL", "what currency is GEL"),
    (Z, "APA", "APA stands for what in georgia"),
    (D, "Who should not float?", "who shouldn't float in the dead sea"),
    (B, "How much does a harbour boat trip cost?", "how much is a boat trip in byblos harbour"),
]
tab = [
    (P, "Night Walk Ticket", "how much does the petra night walk cost"),
    (P, "Child Ticket", "do kids pay for petra by night"),
    (P, "Jordan Pass Holders", "does my jordan pass get me into petra at night"),
    (D, "Lifeguard Station", "when are the lifeguards on duty at the dead sea"),
    (D, "Mud Pits", "where can I get a mud bath at the dead sea"),
    (A, "Jordanian Resident Ticket", "how much do locals pay at the amman citadel"),
    (A, "Winter Hours", "what time does the amman citadel close in january"),
    (A, "Friday Hours", "is the amman citadel open on friday"),
    (Q, "Cedar Pride Wreck", "is there a shipwreck to snorkel in aqaba"),
    (Q, "Japanese Garden", "where can I snorkel with turtles near the shore in aqaba"),
    (K, "Shared Minivan", "cheapest way from beirut to baalbek"),
    (Z, "4x4 Taxi", "how much is a jeep up to gergeti church"),
    (N, "Wadi Ghuweir Trail", "which dana hike goes through water in a gorge"),
]
dis = [
    (K, "Drone Flights", "are drones allowed at baalbek?"),
    (U, "Drone Flights", "are drones allowed at umm qais?"),
    (K, "Guided Tours", "can I hire a guide at the baalbek ruins?"),
    (U, "Guided Tours", "can I hire a guide at the umm qais ruins?"),
    (Z, "Trail Closures", "is the kazbegi trail closed after bad weather?"),
    (N, "Trail Closures", "is the dana trail closed after bad weather?"),
    (Z, "Guide Requirement", "do I need a guide to hike in kazbegi?"),
    (N, "Guide Requirement", "do I need a guide to hike in dana?"),
    (G, "Dress Code", "what should I wear to visit garni?"),
    (S, "Dress Code", "what should I wear to visit sevan monastery?"),
    (G, "Parking", "where do I park at garni?"),
    (S, "Parking", "where do I park at sevan monastery?"),
]
none = [
    # near-topic facts the briefings do not give
    "how many people go on petra by night each year?",
    "what percentage of the dead sea is salt?",
    "who designed the museum building at the amman citadel?",
    "how many boats work out of byblos harbour?",
    "what year was the temple of bacchus in baalbek built?",
    "how many species of coral live in the aqaba marine park?",
    "what is the name of the head guide at umm qais?",
    "how high is mount kazbek?",
    "what is the phone number of the dana visitor centre?",
    "how much is the 4x4 ride back up from the garni gorge?",
    "how deep is lake sevan?",
    "when was the gergeti trinity church built?",
    "how much does the sunset cruise in byblos cost?",
    # unrelated
    "how do I renew my passport online?",
    "what's the best laptop for video editing?",
    "recipe for sourdough bread",
    "who won the 2022 world cup?",
    "how to reset my wifi router password",
    "tax deadline for freelancers in germany",
    "how do I train my puppy to sit",
    "what is the boiling point of mercury",
    "best running shoes for flat feet",
    "how to cancel my gym membership",
    "python list comprehension example",
    "cheap flights from london to tokyo",
    "how many moons does jupiter have",
]
leak_public = [
    "is the wadi rum camp licence fee going up?",
    "how many wadi rum camps operate without a licence?",
    "results of the mystery guest inspections of desert camps",
    "wadi rum camp generator noise readings",
    "will there be a limit on beds per camp in wadi rum?",
    "bubble tent planning dispute in wadi rum",
    "are new camps going to be banned in the wadi rum core zone?",
    "which jeep routes in wadi rum are closing?",
    "when will the desert camp star ratings be announced?",
    "are the wadi rum camp operators threatening a strike?",
]
leak_internal = [
    (W, "Draft Licence Fee", "what is the draft licence fee for the desert camps"),
    (W, "Mystery Guest Visits", "what did the undercover visits to the camps find?"),
    (W, "Wastewater Dumping", "which camps dumped wastewater in the sand at wadi rum?"),
    (W, "Land Tenure Claim", "who is claiming the land under the wadi rum camps?"),
    (W, "Core Zone Moratorium", "when will the core zone moratorium be announced?"),
    (W, "Wadi Rum Desert Camps: Licensing Review", "what does ASEZA stand for?"),
]

rows = []
def add(cat, items):
    for i, (doc, exp, q) in enumerate(items, 1):
        rows.append((f"{cat}{i:02d}", "public", "title", doc, exp, q))
add("para", para); add("frag", frag); add("typo", typo); add("chat", chat)
add("acr", acr); add("tab", tab); add("dis", dis)
for i, q in enumerate(none, 1):
    rows.append((f"none{i:02d}", "public", "none", "", "", q))
for i, q in enumerate(leak_public, 1):
    rows.append((f"leak{i:02d}", "public", "none", "", "", q))
for i, (doc, exp, q) in enumerate(leak_internal, len(leak_public) + 1):
    rows.append((f"leak{i:02d}", "internal", "title", doc, exp, q))

for r in rows:
    assert all("\t" not in c and "\n" not in c for c in r), r
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.tsv")
with open(out, "w", encoding="utf-8") as f:
    f.write("#id\taudience\tmatch\tdocs\texpected\tquestion\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print(f"wrote {len(rows)} questions to {out}")
