#!/usr/bin/env python3
"""Writes questions.tsv for eval100 (culture venues). Written blind from the briefings alone."""
import os

D = {
    "T": "tartu-city-library-loans.md",
    "C": "cork-city-libraries-membership.txt",
    "L": "ljubljana-national-museum-tickets.md",
    "B": "brno-zoo-annual-pass.txt",
    "W": "wellington-zoo-annual-pass.md",
    "R": "reykjavik-city-theatre-box-office.md",
    "M": "malmo-live-concert-hall-cloakroom.txt",
    "Q": "montreal-cinema-accessible-screenings.md",
    "K": "krakow-archive-reading-room.txt",
    "H": "heureka-school-visits-internal.md",
    "E": "madison-eastside-arts-center-classes.md",
    "G": "curitiba-botanical-garden-visits.txt",
}

# (doc key, match, expected, question); match is "title" or "section"
para = [
    ("T", "title", "Card Fee", "I lost my card at the Tartu library, what does a new one cost?"),
    ("T", "title", "ID-card as Library Card", "do I need a separate plastic card at Tartu library or does my Estonian ID work?"),
    ("T", "title", "Visitors from Abroad", "I'm a tourist staying in Tartu for a month, can I borrow books?"),
    ("T", "title", "Book Drop", "where can I return books in Tartu when the library is shut at night?"),
    ("T", "title", "Borrowing Block", "why won't Tartu library let me take anything out, I owe them some money"),
    ("C", "title", "Adult Membership", "does it cost anything for a grown-up to join the libraries in Cork?"),
    ("C", "title", "Junior Membership", "can my 10 year old get her own card at Cork library?"),
    ("C", "title", "Temporary Membership", "I'm only in Cork for the summer and have no Irish address, can I still get books out?"),
    ("L", "title", "Group Booking", "we're a party of 12, how far ahead do we need to reserve at the National Museum of Slovenia?"),
    ("L", "title", "Guided Tours", "how much for someone to show us round the Ljubljana national museum in English?"),
    ("L", "title", "Bags and Lockers", "where do I leave my big rucksack at the Slovenian national museum?"),
    ("L", "title", "Photography", "can I take pictures inside the national museum in Ljubljana?"),
    ("L", "title", "Opening Hours", "what time does the Slovenian national museum close on Thursdays?"),
    ("B", "title", "Photo on the Pass", "can I lend my Zoo Brno season ticket to my brother?"),
    ("B", "title", "Partner Zoos", "does my Brno zoo pass get me cheaper entry at Prague zoo?"),
    ("B", "title", "Early Entry", "can season ticket holders get into Zoo Brno before it opens on summer weekends?"),
    ("B", "title", "Dogs", "can I bring my labrador to the zoo in Brno?"),
    ("W", "title", "Close Encounters", "is there money off giraffe feeding for Wellington Zoo members?"),
    ("W", "title", "Pass Holder Evenings", "are there special night openings just for Wellington Zoo members?"),
    ("W", "title", "Mobility Scooters", "my nan can't walk far, can we borrow something to ride around Wellington Zoo?"),
    ("G", "title", "Pets", "can I walk my dog at the Curitiba botanical garden?"),
    ("G", "title", "Drones", "can I fly my quadcopter over Jardim Botânico in Curitiba?"),
    ("R", "title", "Ticket Exchanges", "I can't make my show at Borgarleikhúsið, can I swap to another night?"),
    ("R", "title", "Season Card", "is there a subscription deal for several plays at Reykjavík City Theatre?"),
    ("R", "title", "Under-25 Tickets", "I'm 22, are there cheap seats for young people at the Reykjavík City Theatre?"),
    ("R", "title", "Sign-Interpreted Performances", "are any plays at Reykjavík City Theatre accessible for deaf people?"),
    ("M", "title", "Cloakroom Fee", "how much does it cost to hang up my coat at Malmö Live?"),
    ("M", "title", "Large Bags", "can I take my suitcase into the concert at Malmö Live?"),
    ("M", "title", "Lost Property", "I left my scarf at Malmö Live last night, who do I contact?"),
    ("M", "title", "Leaving During a Concert", "if I step out to the toilet mid-symphony at Malmö Live can I go back in?"),
    ("M", "title", "Food in the Hall", "can I eat snacks in my seat at Malmö Live?"),
    ("Q", "title", "Sensory-Friendly Screenings", "are there autism-friendly movie showings at Cinéma du Parc?"),
    ("Q", "title", "Baby-and-Me Screenings", "can I bring my newborn to a film at Cinéma du Parc?"),
    ("Q", "title", "Service Animals", "is my guide dog allowed in the theater at Cinéma du Parc?"),
    ("K", "title", "Ordering Files", "how many days in advance do I have to request documents at the Kraków archives?"),
    ("K", "title", "What You May Bring", "can I use a pen in the Kraków archive reading room?"),
    ("K", "title", "Scans by the Archive", "can the Kraków archives send me digital copies of a document, and what does it cost?"),
    ("E", "title", "Cancellation and Refunds", "I need to drop my pottery course at the Eastside arts center, do I get my money back?"),
    ("E", "title", "Scholarships", "is there financial help for low-income families taking classes at the Madison arts center?"),
    ("E", "title", "Snow Days", "what happens to my class at the Eastside arts center if there's a blizzard?"),
]

frag = [
    ("T", "title", "Book Drop", "tartu book drop"),
    ("C", "title", "Seed Library", "cork seed library"),
    ("C", "title", "Makerspace", "makerspace 3d printing"),
    ("L", "title", "First Sunday", "museum free first sunday"),
    ("L", "title", "School Groups", "school groups ljubljana museum"),
    ("B", "title", "Early Entry", "zoo brno early entry"),
    ("W", "title", "Pass Holder Evenings", "wellington zoo pass evenings"),
    ("R", "title", "Box Office Hours", "theatre box office hours"),
    ("M", "title", "Rush Ticket", "malmö rush ticket"),
    ("M", "title", "Interval Drinks", "interval drinks"),
    ("Q", "title", "Captioned Screenings", "captioned screenings"),
    ("K", "title", "Cotton Gloves", "archive cotton gloves"),
    ("K", "title", "Same-Day Orders", "same day file orders"),
    ("E", "title", "Kiln Firing", "kiln firing cost"),
    ("G", "title", "Greenhouse Hours", "greenhouse hours curitiba"),
]

typo = [
    ("T", "title", "Reservations", "tartu libary reservatons"),
    ("T", "title", "Interlibrary Loans", "tatru interlibrary laons"),
    ("C", "title", "Study Spaces", "cork libary study spcaes"),
    ("C", "title", "Laptop Lending", "lapptop lending cork"),
    ("L", "section", "Can I bring a pushchair?", "slovenia musuem pushchiar"),
    ("L", "title", "Guided Tours", "guidde tours ljubljana museum"),
    ("B", "title", "Senior Pass", "brno zoo senoir pass"),
    ("B", "title", "Shop Discount", "zoo brno shpo discount"),
    ("W", "title", "Mobility Scooters", "wellingotn zoo mobilty scooters"),
    ("R", "title", "Season Card", "reykjavik theatre seasn card"),
    ("M", "title", "Umbrellas", "malmo cloackroom umbrelas"),
    ("Q", "title", "Audio-Described Screenings", "cinema audio descibed screenings"),
    ("K", "title", "Microfilm Copies", "krakow archvie microflim copies"),
    ("E", "title", "Watercolor Basics", "watercolour basiscs class"),
    ("G", "title", "Birdwatching Walk", "curitiba brid watching walk"),
]

chat = [
    ("T", "title", "Borrowing Block", "hey @briefbot my Tartu library card got blocked, why? 🙏"),
    ("T", "title", "Card Fee", "Tere! pls how much is a new library card in Tartu if I lose mine"),
    ("T", "title", "Board Games", "hello 👋 how long can I keep a board game from the Tartu library?"),
    ("C", "title", "Printing and Photocopying", "Dia duit! any info on printing at Cork City Library? thanks"),
    ("C", "title", "Junior Membership", "@briefbot pls what do I need to join Cork libraries as a kid"),
    ("B", "title", "Renewal Discount", "Dobrý den 🙂 is there a discount if I renew my Zoo Brno pass late?"),
    ("W", "title", "Guest Vouchers", "Kia ora! any info on Wellington Zoo guest vouchers? cheers"),
    ("R", "section", "Can latecomers get in?", "Góðan daginn! can I still get into a show at Borgarleikhúsið if I'm late?"),
    ("R", "section", "Is there a hearing loop?", "hi there, is there a hearing loop at the Reykjavík City Theatre? thx"),
    ("M", "title", "Under 26", "Hej! what does an under 26 ticket cost at Malmö Live? tack!"),
    ("M", "title", "Latecomers", "hey @briefbot, I'm running late for the MSO concert, will they let me in? 😬"),
    ("Q", "title", "Accessible Ticket Price", "Bonjour! how much are tickets for the accessible screenings at Cinéma du Parc? merci"),
    ("Q", "title", "Screen 1", "hi, which screen at Cinéma du Parc has wheelchair spaces with level entry? thanks!"),
    ("K", "title", "Opening Hours", "Dzień dobry! what are the opening hours of the Kraków archives reading room?"),
    ("K", "title", "Own Photography", "hello! any info on photographing files myself at the Kraków archive? 📷"),
    ("E", "title", "Age Limits", "hey, pls how old do you need to be for adult classes at the Eastside arts center?"),
    ("E", "title", "Class Registration", "hi 👋 when does registration open for Eastside Community Arts Center classes? thanks"),
    ("G", "title", "Garden Hours", "Olá! what time does the Curitiba botanical garden open in winter? obrigado"),
    ("G", "title", "Bicycles and Skates", "hey @briefbot can I ride my bike inside Jardim Botânico? 🚲"),
    ("G", "title", "Car Parking", "good morning, is there free parking at the Curitiba botanical garden? thanks so much"),
]

acr = [
    ("T", "title", "Interlibrary Loans", "what does ILL stand for at Tartu library?"),
    ("C", "section", "Cork City Libraries Membership and Borrowing", "LMS meaning?"),
    ("L", "section", "National Museum of Slovenia Tickets and Group Visits", "what does NMS stand for"),
    ("L", "section", "What is the SMC?", "what is the SMC?"),
    ("B", "title", "Senior Pass", "ZTP meaning?"),
    ("W", "title", "Community Services Card Pass", "what does CSC stand for at Wellington Zoo"),
    ("R", "title", "Sign-Interpreted Performances", "ÍTM meaning?"),
    ("Q", "title", "AD", "what does AD stand for"),
    ("Q", "title", "LSQ", "what's the abbreviation for Quebec Sign Language?"),
    ("Q", "title", "CAL", "define CAL"),
    ("K", "title", "ANK", "ANK meaning?"),
    ("K", "title", "Fonds", "what is a fonds"),
    ("K", "title", "Sygnatura", "what does sygnatura mean"),
    ("E", "section", "Eastside Community Arts Center Classes", "ECAC stand for?"),
    ("G", "title", "Herbarium Visits", "what does MBM stand for"),
    ("G", "title", "Drones", "SMMA meaning?"),
]

tab = [
    ("T", "title", "Sheet Music", "how long can I borrow music scores from Tartu library?"),
    ("T", "title", "New Releases", "can I renew a brand-new bestseller from the Tartu library?"),
    ("T", "title", "DVDs and Blu-rays", "how many films can I take out at once in Tartu?"),
    ("L", "title", "Reduced Ticket", "is there a cheaper museum ticket in Ljubljana for pensioners?"),
    ("L", "title", "Children Under 6", "does my 4-year-old pay at the National Museum of Slovenia?"),
    ("B", "title", "Child Pass", "how much is a yearly zoo pass for my 8-year-old in Brno?"),
    ("W", "title", "Adult Pass", "what does a grown-up annual pass cost at Wellington Zoo?"),
    ("R", "title", "Small Stage", "how much is a full-price seat on the smallest stage at Borgarleikhúsið?"),
    ("M", "title", "Companion Ticket", "does my carer need to pay at Malmö Live?"),
    ("Q", "title", "Screen 3", "which screen at Cinéma du Parc only has stairs?"),
    ("E", "title", "Kids' Clay Camp", "is there a pottery week for children at the Eastside arts center and what does it cost?"),
    ("G", "title", "Night Tour", "are there evening tours at the Curitiba botanical garden?"),
    ("G", "title", "Sensory Garden Tour", "is there a garden tour for blind visitors in Curitiba?"),
]

dis_templates = [
    ("lib", "Overdue Fines", "how much are overdue fines at {}?"),
    ("lib", "Renewals", "how do I renew a book at {}?"),
    ("lib", "Lost or Damaged Items", "what happens if I lose a book from {}?"),
    ("zoo", "Family Pass", "how much is a family annual pass at {}?"),
    ("zoo", "Parking", "where do I park at {}?"),
    ("zoo", "Lost Pass Replacement", "how do I replace a lost pass at {}?"),
]
pairs = {
    "lib": [("T", "Tartu City Library"), ("C", "Cork City Libraries")],
    "zoo": [("B", "Zoo Brno"), ("W", "Wellington Zoo")],
}
dis = []
for pair, title, tmpl in dis_templates:
    for key, place in pairs[pair]:
        dis.append((key, "title", title, tmpl.format(place)))

none_near = [
    "does Tartu City Library have a café?",
    "can I borrow e-books from Tartu library?",
    "what time does Cork City Library on Grand Parade open on Saturdays?",
    "is there an audio guide at the National Museum of Slovenia?",
    "does Zoo Brno have a petting zoo for kids?",
    "when is the penguin feeding at Wellington Zoo?",
    "is the bar at Borgarleikhúsið open after the show?",
    "is there a dress code for concerts at Malmö Live?",
    "what films are on at Cinéma du Parc this week?",
    "is there wifi for readers at the Kraków archives?",
    "can I rent the Eastside arts center hall for a birthday party?",
    "is there a restaurant at the Curitiba botanical garden?",
    "does Malmö Live have a hearing loop?",
]
none_unrelated = [
    "how do I renew my passport in Estonia?",
    "best time to see the northern lights in Iceland",
    "how much is a tram ticket in Kraków?",
    "what is the minimum wage in Brazil?",
    "how do I register a car in Wisconsin?",
    "which vaccines do I need for Thailand?",
    "how do I reset my router password",
    "what's the VAT rate in Sweden?",
    "when do the clocks change in New Zealand?",
    "recipe for Czech bread dumplings",
    "how to apply for a fishing licence in Ireland",
    "ski pass prices in Slovenia",
    "how do I appeal a parking ticket in Montreal",
]

leak_public = [
    "will Vantaa schools get free entry to Heureka next year?",
    "how much will the Heureka planetarium show cost for pupils in 2027?",
    "is the school lunch room at Heureka closing?",
    "what happened during the planetarium fire alarm at Heureka?",
    "was a child lost at Heureka in October?",
    "Heureka chemistry workshop acid spill",
    "are Heureka science guides in a dispute over shifts?",
    "Heureka guide to pupil ratio change",
    "how much did Heureka's new booking system cost?",
    "Heureka overtime budget",
]
leak_internal = [
    ("H", "title", "Free Entry for Vantaa Schools", "free entry for Vantaa schools decision"),
    ("H", "title", "Planetarium Evacuation", "how long did the planetarium evacuation take at Heureka?"),
    ("H", "title", "Lost Pupil", "what changed after the pupil went missing at Heureka?"),
    ("H", "title", "Guide Rota Dispute", "what is JHL asking for at Heureka?"),
    ("H", "title", "Chemistry Workshop", "draft 2027 price for the Heureka chemistry workshop"),
    ("H", "title", "Lunch Room Closure", "where will school groups eat when the Heureka lunch room closes?"),
]

rows = []


def add(prefix, items, audience="public"):
    for i, (key, match, expected, q) in enumerate(items, 1):
        rows.append((f"{prefix}{i:02d}", audience, match, D[key], expected, q))


add("para", para)
add("frag", frag)
add("typo", typo)
add("chat", chat)
add("acr", acr)
add("tab", tab)
add("dis", dis)
for i, q in enumerate(none_near + none_unrelated, 1):
    rows.append((f"none{i:02d}", "public", "none", "", "", q))
n = 0
for q in leak_public:
    n += 1
    rows.append((f"leak{n:02d}", "public", "none", "", "", q))
for key, match, expected, q in leak_internal:
    n += 1
    rows.append((f"leak{n:02d}", "internal", match, D[key], expected, q))

for r in rows:
    for cell in r:
        assert "\t" not in cell and "\n" not in cell, r

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.tsv")
with open(out, "w", encoding="utf-8") as f:
    f.write("#id\taudience\tmatch\tdocs\texpected\tquestion\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print(f"wrote {len(rows)} questions to {out}")
