#!/usr/bin/env python3
"""Writes questions.tsv for eval72 from the briefings alone (written blind)."""
import os

NARA = "nara-deer-cracker-sales.md"
KUM = "kumano-kodo-baggage-transfers.txt"
HAK = "hakone-ryokan-bath-times.md"
JEO = "jeonju-hanok-stays.txt"
LAN = "langkawi-mangrove-boat-limits.md"
HOI = "hoi-an-lantern-boat-rides.txt"
SIE = "siem-reap-temple-pass-rules.md"
CHR = "chiang-rai-white-temple-dress-rules.md"
TAR = "taroko-gorge-helmet-loans.txt"
MAC = "macau-senado-square-vendor-rules-internal.md"
BAG = "bagan-hot-air-balloon-seasons.txt"
RAJ = "raja-ampat-reef-entry-tags.md"

T, S = "title", "section"

# (match, doc, expected, question); audience public unless stated
para = [
    (T, NARA, "Bowing Deer", "why do the deer in Nara nod their heads at people?"),
    (T, NARA, "No Other Food", "can I give the Nara deer some of my sandwich?"),
    (T, NARA, "Empty Hands Signal", "how do I get the deer to stop chasing me once I've got nothing left?"),
    (S, NARA, "Rut Season Warnings", "are the stags in Nara dangerous in autumn?"),
    (T, NARA, "Proceeds to Deer Care", "what does the money from selling deer snacks pay for?"),
    (T, KUM, "Cut-off Time", "what's the latest I can ask for my suitcase to be sent on to the next inn on the Kumano trail?"),
    (T, KUM, "Bag Limit", "how heavy can my luggage be for Kumano Kodo forwarding?"),
    (T, KUM, "Ohechi Coast", "can they forward my stuff along the seaside Kumano path?"),
    (T, KUM, "Lost Bag Claims", "my suitcase never showed up at the Kumano inn, who do I complain to?"),
    (T, KUM, "Valuables", "is it ok to put my passport in the forwarded luggage on the Kumano walk?"),
    (S, HAK, "When are the shared baths open?", "can I soak in the communal onsen at 3am at a Hakone inn?"),
    (S, HAK, "Can I book a private bath?", "can my family get a tub to ourselves at the Hakone ryokan?"),
    (T, HAK, "Wash Before Soaking", "do I need to shower before getting into the hot spring in Hakone?"),
    (T, HAK, "No Swimwear", "can I wear my bikini in the hot spring at the Hakone inn?"),
    (T, HAK, "Yukata in Corridors", "is it ok to walk around the Hakone inn in the robe they give you?"),
    (T, HAK, "Hair Tied Up", "I have long hair, anything I should do before getting in the Hakone bath?"),
    (T, JEO, "Check-out Time", "when do I have to be out of my room at the Jeonju hanok?"),
    (T, JEO, "Ondol Floor Heating", "how are rooms kept warm in a traditional Korean house in Jeonju?"),
    (T, JEO, "Paper Doors", "what happens if I rip the door in my Jeonju hanok room?"),
    (T, JEO, "No Cooking", "can I make instant noodles in my room at the Jeonju guesthouse?"),
    (T, JEO, "Shared Bathroom", "will I have my own toilet in a Jeonju hanok?"),
    (T, LAN, "Eagle Feeding Ban", "can we toss food to the birds of prey on the Kilim mangrove tour?"),
    (T, LAN, "Speed Limit", "how fast are the boats allowed to go through the Langkawi mangroves?"),
    (T, LAN, "Bat Cave Visits", "can I take flash pictures in the Langkawi bat cave?"),
    (T, LAN, "Fish Farm Stops", "do the Kilim tours pull in at the floating fish farms?"),
    (T, HOI, "Paper Lanterns Only", "are plastic lanterns ok to float on the river in Hoi An?"),
    (T, HOI, "Lantern Collection", "who picks up all the lanterns after people let them go in Hoi An?"),
    (T, HOI, "Flood Closures", "do the Hoi An lantern boats still go out when the Thu Bon is in flood?"),
    (T, HOI, "Full Moon Festival", "which night does Hoi An old town turn the street lights off?"),
    (T, SIE, "Photo on Pass", "do I need a picture of myself for my Angkor ticket, and can my friend use it?"),
    (T, SIE, "Sunrise Entry", "what time can I get in to watch the sun come up over Angkor Wat?"),
    (T, SIE, "No Climbing", "is it ok to scramble over the tumbled blocks at Angkor?"),
    (T, SIE, "Monks", "can a woman hand something to a Buddhist monk at Angkor?"),
    (T, CHR, "Sarong Loan", "I forgot long pants, can I borrow something to cover up at Wat Rong Khun?"),
    (T, CHR, "No Photos Inside", "can I take pictures of the paintings inside the White Temple hall?"),
    (T, CHR, "Golden Building", "where are the restrooms at the White Temple in Chiang Rai?"),
    (T, TAR, "Swallow Grotto Stand", "where can I pick up a hard hat at the Yanzikou trail in Taroko?"),
    (T, TAR, "Lost Helmets", "what if I lose the helmet I borrowed in Taroko?"),
    (T, TAR, "Earthquake Checks", "are the Taroko trails open right after a big quake?"),
    (T, BAG, "Age Limit", "can my 6 year old go up in a balloon in Bagan?"),
    (T, BAG, "Weather Cancellation", "what happens to my Bagan balloon booking if it's too gusty, do I get my money back?"),
    (T, RAJ, "Anchor Ban", "can our boat drop anchor on the reef in Raja Ampat?"),
]

frag = [
    (T, NARA, "Licensed Stalls", "nara cracker plaque"),
    (T, NARA, "Antler Cutting Ceremony", "antler cutting"),
    (T, KUM, "Kohechi Route", "kohechi transfers"),
    (T, KUM, "Tag Labels", "kumano bag tags"),
    (T, HAK, "Dinner Seating", "hakone kaiseki sittings"),
    (T, HAK, "Check-in Window", "hakone ryokan check-in"),
    (T, JEO, "Shoes Off", "hanok shoes veranda"),
    (T, JEO, "Courtyard Gatherings", "jeonju courtyard groups"),
    (T, LAN, "Boatman Licence", "kilim boatman licence"),
    (T, HOI, "Rower License", "hoi an rower vest"),
    (T, SIE, "Pass Checks", "angkor pass inspectors"),
    (T, CHR, "Silence in the Hall", "white temple silence"),
    (T, TAR, "Typhoon Closures", "taroko typhoon closure"),
    (T, BAG, "Dawn Pickup", "bagan balloon hotel pickup"),
    (T, RAJ, "Validity", "raja ampat tag validity"),
]

typo = [
    (T, NARA, "Bowing Deer", "why do nara dear bow"),
    (T, KUM, "Bag Limit", "kumano kodo bagage wieght limit"),
    (T, KUM, "Nakahechi Route", "nakahechi rout transfers"),
    (T, HAK, "Hair Tied Up", "hakone ryokan hair tyed up"),
    (S, HAK, "Are tattoos allowed in the baths?", "tatoos in hakone baths"),
    (T, JEO, "Late Arrival", "jeonju hanok late arival gate"),
    (T, LAN, "Life Jackets", "langkawi lfie jackets"),
    (T, LAN, "Weather Closures", "langkawi mangrvoe boat wether closures"),
    (T, HOI, "Operating Hours", "hoi an lantren boat hours"),
    (T, SIE, "Upper Terrace Dress", "angkor upper terace dress"),
    (T, SIE, "Ticket Office Hours", "siem reap tikcet offise hours"),
    (T, CHR, "No See-through Clothes", "white temple see thru clothes"),
    (T, TAR, "Return by Closing", "taroko helmit retrun time"),
    (T, BAG, "Peak Months", "bagan ballon peak monhts"),
    (T, RAJ, "Shark Protection", "raja ampat shark protecton"),
]

chat = [
    (T, BAG, "Flight Length", "hi! quick q, how long is the balloon ride in Bagan?"),
    (T, BAG, "Flat Shoes", "@briefbot what shoes should I wear for the Bagan balloon?"),
    (T, BAG, "Champagne Landing", "thanks! also, is there breakfast after the balloon flight in Bagan? 🎈"),
    (T, NARA, "Children Supervision", "Bonjour ! can small kids feed the Nara deer on their own?"),
    (T, NARA, "Rut Signage", "hola 👋 any info on the yellow signs in Nara park?"),
    (T, NARA, "Stall Hours", "konnichiwa! when do the deer cracker stalls in Nara open pls"),
    (T, KUM, "Kohechi Route", "hey @briefbot which Kumano route has no luggage transfer at weekends in winter?"),
    (T, KUM, "Payment", "hi there, how do I pay for the Kumano Kodo bag transfer? thx"),
    (T, KUM, "Delay Notice", "annyeong! what if my bag is running late to the Kumano inn?"),
    (T, HAK, "Late Arrival", "ciao, quick q: we'll reach our Hakone ryokan at 9pm, is that a problem?"),
    (T, JEO, "Shoes Off", "hello! where do I leave my shoes at a Jeonju hanok? 🙏"),
    (T, HOI, "Life Jackets", "xin chào! do kids need life vests on the Hội An lantern boats?"),
    (T, HOI, "Full Moon Festival", "hey pls tell me about the Hoi An full moon festival 🌕"),
    (T, LAN, "Fish Farm Stops", "good morning! can we feed the stingrays at the Kilim fish farms?"),
    (S, CHR, "Do I need a ticket?", "sawasdee krub, do I need a ticket for the White Temple?"),
    (S, CHR, "What are the opening hours?", "hi @briefbot what are the opening hours of Wat Rong Khun?"),
    (T, SIE, "Hats Off", "hey, any info on wearing hats inside the Angkor sanctuaries?"),
    (T, TAR, "Visitor Center Desk", "ni hao! where can I borrow a helmet at the Taroko visitor centre? thanks!"),
    (T, TAR, "Child Sizes", "hi hi, are there kids helmets at Taroko? 🙂"),
    (T, RAJ, "Where to Buy", "selamat pagi! where do I buy the Raja Ampat tag pls"),
    (T, RAJ, "Fines", "thanks in advance! what happens if rangers in Raja Ampat catch me without a tag?"),
]

acr = [
    (S, NARA, "Nara Deer Cracker Sales", "what does NDPF stand for"),
    (S, KUM, "Kumano Kōdō Baggage Transfers", "TCKTB meaning?"),
    (T, LAN, "LADA", "what does LADA stand for"),
    (T, LAN, "UGGp", "UGGp meaning?"),
    (T, LAN, "Hutan Paya Laut", "hutan paya laut meaning"),
    (T, LAN, "Jeti Kilim", "what is Jeti Kilim"),
    (T, LAN, "LADA", "Langkawi Development Authority"),
    (S, SIE, "Siem Reap Temple Pass Rules", "what is AE at Angkor, define AE"),
    (S, SIE, "Siem Reap Temple Pass Rules", "what does ANA stand for"),
    (T, SIE, "Drone Ban", "does the APSARA National Authority allow drones over the temples?"),
    (T, TAR, "TNP", "TNP meaning"),
    (T, TAR, "ZOT", "what does ZOT stand for"),
    (T, TAR, "CWA", "define CWA"),
    (T, TAR, "Visitor Center Desk", "Taroko National Park Headquarters helmet desk"),
    (S, BAG, "Bagan Hot Air Balloon Seasons", "what does DCA stand for in Bagan"),
    (S, RAJ, "Raja Ampat Reef Entry Tags", "ESF meaning?"),
    (S, CHR, "What should I wear to the White Temple?", "what should I wear to the White Temple"),
    (S, HAK, "When do the men's and women's baths switch?", "when do the Hakone men's and women's baths swap"),
]

tab = [
    (T, NARA, "Deer Hospital Donation Box", "is there somewhere to give money for the Nara deer hospital?"),
    (T, NARA, "Souvenir Wrapper", "can I buy a keepsake wrapper for the deer crackers?"),
    (T, NARA, "Litter Bag", "where do I put the paper bands from the deer crackers?"),
    (T, KUM, "Chikatsuyu to Hongu", "how much to send my bag from Chikatsuyu to Hongu"),
    (T, KUM, "Koguchi to Nachi", "price to forward luggage to Nachi from Koguchi"),
    (T, JEO, "Whole House", "how much is it to rent the entire hanok for our group of six in Jeonju"),
    (T, JEO, "Annex Room", "Jeonju hanok room with proper western beds"),
    (T, HOI, "Short Ride", "cost of a quarter-hour boat ride in Hoi An"),
    (T, HOI, "Lantern Set", "how much is a pack of lanterns to release in Hoi An?"),
    (T, SIE, "Three-Day Pass", "how much is a 3 day Angkor ticket"),
    (T, SIE, "Children Under Twelve", "do my kids have to pay to get into Angkor?"),
    (T, BAG, "Oriental Ballooning", "which Bagan balloon company has the smallest basket"),
    (T, RAJ, "Manta Sandy", "how many divers can go to Manta Sandy each day"),
]

dis = [
    (T, HAK, "Check-in Window", "what time can I check in at my Hakone inn?"),
    (T, JEO, "Check-in Window", "what time can I check in at my Jeonju inn?"),
    (T, HAK, "Quiet Hours", "when are the quiet hours in Hakone?"),
    (T, JEO, "Quiet Hours", "when are the quiet hours in Jeonju?"),
    (T, LAN, "Passenger Limit", "how many people fit on one boat in Langkawi?"),
    (T, HOI, "Passenger Limit", "how many people fit on one boat in Hội An?"),
    (T, LAN, "Boat Quota", "how many boats are allowed out each day in Langkawi?"),
    (T, HOI, "Boat Quota", "how many boats are allowed out each day in Hoi An?"),
    (T, SIE, "Drone Ban", "can I fly my drone over the temples in Siem Reap?"),
    (T, CHR, "Drone Ban", "can I fly my drone over the temple in Chiang Rai?"),
    (T, SIE, "Covered Shoulders and Knees", "do I have to cover my knees at the temples in Siem Reap?"),
    (T, CHR, "Covered Shoulders and Knees", "do I have to cover my knees at the temple in Chiang Rai?"),
]

none = [
    # near-topic facts the briefings do not give
    "how many deer cracker stalls are there in Nara park?",
    "who is the director of the Nara deer hospital?",
    "what is the phone number of the Kumano Kodo courier company?",
    "how much does a night at a Hakone ryokan cost?",
    "how many hanok guesthouses are there in Jeonju Hanok Village?",
    "what year was the Kilim Karst Geoforest Park founded?",
    "how long is the Thu Bon river?",
    "in which year did the Angkor three-day pass price last change?",
    "how tall is the White Temple in Chiang Rai?",
    "how many helmets does the Taroko visitor center own?",
    "how high do the Bagan balloons fly?",
    "how many rangers patrol Raja Ampat?",
    "what brand of life jacket do the Langkawi mangrove boats use?",
    # unrelated
    "how do I renew my passport in Canada?",
    "what is the capital of Peru?",
    "best sourdough pizza recipe",
    "reset my laptop password",
    "who won the football world cup in 2022",
    "how do I file my tax return",
    "train times from Berlin to Munich",
    "how to fix a bicycle puncture",
    "Tesla share price today",
    "symptoms of the flu",
    "how to knit a scarf",
    "python list comprehension syntax",
    "when is the next solar eclipse in Europe",
]

leak_public = [
    "what is the new pitch fee for Senado Square vendors?",
    "Macau vendor undercover checks",
    "will the vendors at Largo do Senado be moved?",
    "how many vendor licences will Macau allow?",
    "is there a Friday night market in Senado Square?",
    "which egg tart stalls overcharged tourists?",
    "Chinese New Year surcharge for Macau stalls",
    "pork chop bun stall suspension",
    "heritage office objection to awnings on the mosaic pavement",
    "mystery shopper results Macau",
]
leak_internal = [
    (T, MAC, "Undercover Checks", "how often do inspectors test Macau vendors for overcharging?"),
    (T, MAC, "Draft Pitch Fee", "what monthly pitch fee is proposed for Senado Square?"),
    (T, MAC, "Pitch Relocation Plan", "where will the stalls by the fountain be moved to?"),
    (T, MAC, "Licence Cap", "what is the planned cap on vendor licences in Macau?"),
    (T, MAC, "Vendor Association Complaint", "who disputes the Senado relocation plan?"),
    (T, MAC, "Fee Waiver Review", "waivers for elderly vendors in Macau"),
]


def main():
    rows = [("#id", "audience", "match", "docs", "expected", "question")]
    for cat, items in (("para", para), ("frag", frag), ("typo", typo), ("chat", chat),
                       ("acr", acr), ("tab", tab), ("dis", dis)):
        for n, (m, d, e, q) in enumerate(items, 1):
            rows.append((f"{cat}{n:02d}", "public", m, d, e, q))
    for n, q in enumerate(none, 1):
        rows.append((f"none{n:02d}", "public", "none", "", "", q))
    n = 0
    for q in leak_public:
        n += 1
        rows.append((f"leak{n:02d}", "public", "none", "", "", q))
    for m, d, e, q in leak_internal:
        n += 1
        rows.append((f"leak{n:02d}", "internal", m, d, e, q))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.tsv")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            assert all("\t" not in c and "\n" not in c for c in r)
            f.write("\t".join(r) + "\n")
    print(f"wrote {len(rows) - 1} questions to {out}")


if __name__ == "__main__":
    main()
