#!/usr/bin/env python3
"""Writes questions.tsv for eval99 (travel and transport services), written blind from the briefings."""
import os

P = "porto-airport-lost-property-assistance.md"
M = "milano-centrale-left-luggage.txt"
B = "budapest-keleti-left-luggage.md"
S = "sbb-bike-reservations.md"
C = "ceske-drahy-bike-reservations.txt"
J = "jadrolinija-split-vehicle-bookings.md"
R = "rosslare-cherbourg-ferry-vehicle-bookings.txt"
V = "valparaiso-hostel-check-in.md"
MA = "malmo-car-sharing-club.md"
K = "krakow-tourist-card.txt"
CH = "christchurch-campervan-hire.md"
BO = "boston-travel-insurance-helpline-internal.md"

T, SEC, NONE = "title", "section", "none"

# (prefix, audience, match, doc, expected, question)
Q = []
def add(cat, match, doc, expected, question, audience="public"):
    Q.append((cat, audience, match, doc, expected, question))

# para: everyday paraphrases, few of the entry's own words
for doc, exp, q in [
    (P, "Desk Location", "where in the Porto terminal do I go to pick up something I left behind?"),
    (P, "Postal Return", "can Porto airport mail my forgotten jacket to me in Germany?"),
    (P, "Perishable Goods", "I left a box of pastries at Porto airport, will they keep it for me?"),
    (P, "Third-Party Collection", "my brother wants to fetch my lost bag at Porto airport for me, is that ok?"),
    (M, "Maximum Weight", "how heavy can a suitcase be before the Milano Centrale bag office refuses it?"),
    (M, "Bicycles", "can I leave my bike at Milano Centrale for the day?"),
    (M, "Extra Hours", "leaving a bag at Milan central station all day, what does each additional hour cost after the first five?"),
    (B, "Uncollected Bags", "what happens if I never come back for my suitcase at Keleti?"),
    (B, "Locker Time Limit", "how long can stuff sit in a Keleti station locker before they clear it out?"),
    (B, "Locker Codes", "I forgot the pin for my locker at Budapest Keleti, help"),
    (S, "Bike Day Pass", "what's the daily ticket for my bicycle on Swiss trains?"),
    (S, "Regional Trains", "do I need to book a spot for my bicycle on the S-Bahn in Switzerland?"),
    (S, "Children's Bikes", "my 12 year old wants to bring her bicycle on the Swiss train, do we pay extra?"),
    (S, "Missed Train", "I missed my connection in Switzerland, is my bicycle booking lost?"),
    (C, "Cross-Border Trains", "taking my bicycle from Prague to Vienna by train, what do I need to book?"),
    (C, "Conductor Check", "on a Czech train how does the guard know which bicycle is mine?"),
    (C, "Bike Rental at Stations", "can I hire a bicycle at a Czech railway station?"),
    (J, "Online Booking", "can I buy the car ticket to Supetar on the internet?"),
    (J, "Staying in the Car", "can I sit in my car while the boat goes from Split to Hvar?"),
    (J, "Electric Cars", "will I be able to charge my EV on the Split ferry?"),
    (J, "Trailers", "taking a caravan over to Brač, how is that priced?"),
    (R, "Cabins", "do I have to book somewhere to sleep on the Rosslare boat in winter?"),
    (R, "Car Deck Access", "can I go down to my car during the crossing to Cherbourg?"),
    (R, "Fuel Cans", "can I carry a jerry can in the boot on the Cherbourg ferry?"),
    (R, "Customs", "what documents do we need on the Ireland to France ferry now, after Brexit?"),
    (V, "Minimum Age", "can my 16 year old stay in a dorm at Casa Ascensor?"),
    (V, "Late Arrival Code", "my bus gets into Valparaíso at 1am, how do I get into the hostel?"),
    (V, "Visitors", "can a friend come and see me at the hostel in Valparaíso?"),
    (V, "Luggage Storage", "can I leave my backpack at Casa Ascensor after I check out?"),
    (MA, "Monthly Fee", "how much a month is the Malmö car club if I'm a student?"),
    (MA, "Crossing the Bridge", "can I drive a club car to Copenhagen?"),
    (MA, "Cleaning Fine", "I had my dog in the Malmö shared car, is there a penalty?"),
    (MA, "Foreign Licences", "I have a US driver's license, can I use Bilpoolen in Malmö?"),
    (K, "Activation", "when does the clock start on my KrakowCard?"),
    (K, "Salt Mine", "does the Kraków card get me into Wieliczka?"),
    (K, "Museum Queues", "can I jump the line at Wawel with the city pass?"),
    (K, "Closed on Mondays", "which day should my two day Kraków card begin, since museums shut one day a week?"),
    (CH, "Ferry Crossing", "can we take the camper over to Wellington on the Interislander?"),
    (CH, "Snow Chains", "driving the camper over Arthur's Pass in July, what do we need?"),
    (CH, "Bond", "how much will Southern Alps Campers hold on my credit card?"),
]:
    add("para", T, doc, exp, q)

# frag: 2-4 word search fragments
for doc, exp, q in [
    (P, "Wheelchair Loan", "porto airport wheelchair"),
    (P, "Unaccompanied Minors", "porto unaccompanied child"),
    (M, "Bag Inspection", "milano bag xray"),
    (B, "Locker Sizes", "keleti locker sizes"),
    (S, "Peak Season", "sbb bike summer reservation"),
    (C, "Tandems and Trailers", "czech train tandem"),
    (J, "Vehicle Fares", "split ferry car price"),
    (R, "Roof Bikes", "rosslare roof rack bikes"),
    (V, "Quiet Hours", "valparaíso hostel quiet hours"),
    (V, "Breakfast", "casa ascensor breakfast"),
    (MA, "Distance Charge", "bilpoolen per kilometre"),
    (MA, "Joining Fee", "malmö car club joining"),
    (K, "Public Transport", "krakowcard trams"),
    (CH, "Gravel Roads", "campervan gravel roads"),
    (CH, "Minimum Driver Age", "christchurch campervan driver age"),
]:
    add("frag", T, doc, exp, q)

# typo: misspellings and swapped letters
for doc, exp, q in [
    (P, "Collection Fee", "how much is the colection fee for lost propery at porto airprot"),
    (P, "Opening Times", "porto lost and found opnening tiems"),
    (M, "Group Discount", "milano left lugage group discuont"),
    (M, "Prohibited Items", "what items are prohibitted at milano centrale left luggage"),
    (B, "Prices", "budapset keleti baggage room prcies"),
    (B, "Accessibility", "keleti lockers wheelchair acessibility"),
    (S, "Cancellation", "can i cancle my sbb bike reservaton"),
    (S, "Folding Bikes", "foldign bike on swiss trian"),
    (C, "Booking Deadline", "ceske drahy bike booking deadlien"),
    (J, "Refunds", "jadrolinija refnud if i cancel the ferry"),
    (R, "Motorcycles", "motorcylce fare rosslare cherbourg"),
    (V, "Check-out Time", "valparaiso hostel chekc out time"),
    (MA, "Late Return", "late retrun fee malmo car sharing"),
    (K, "Child Card", "krakow card for chidlren price"),
    (CH, "Waste Dumping", "where to dump campervan wsate water christcurch"),
]:
    add("typo", T, doc, exp, q)

# chat: greetings, thanks, @briefbot, pls, emoji, other languages
for doc, exp, q in [
    (P, "Valuables", "hi! @briefbot I lost my laptop at Porto airport, how do I get it back? thanks 🙏"),
    (P, "Booking Assistance", "hello, my mum needs help getting through Porto airport, how far ahead do we request it? pls"),
    (M, "Maximum Storage", "ciao! how many days can I leave bags at Milano Centrale?"),
    (M, "Online Pre-booking", "@briefbot any info on booking left luggage at Milano Centrale in advance online?"),
    (B, "Maximum Weight", "szia 👋 what's the weight limit for bags at the Keleti baggage room?"),
    (B, "Lost Tickets", "hey, I lost my claim ticket at Budapest Keleti left luggage, what now? thx"),
    (S, "Tandems and Trailers", "grüezi! can we bring our tandem on an SBB InterCity?"),
    (C, "Folding Bikes", "ahoj 🙂 is a folding bike free on Czech trains?"),
    (J, "Vehicle Height", "hola, any info on height limits for campervans on the Split ferry?"),
    (J, "Booking Changes", "@briefbot pls can I move my Jadrolinija car booking to another day?"),
    (R, "Vehicle Fares", "hi there, how much is it to take a car on the Rosslare to Cherbourg ferry? cheers"),
    (R, "Refunds", "bonjour! do I get my money back if I cancel the Cherbourg ferry?"),
    (V, "ID Required", "hola 👋 what ID do I need to check in at Casa Ascensor?"),
    (V, "Laundry", "hey briefbot, can I get laundry done at the Valparaíso hostel? gracias"),
    (MA, "Hourly Rate", "hej! what's the hourly price for a small car at Bilpoolen Öresund?"),
    (MA, "Driving Licence", "hi, how long must I have had my licence to join the Malmö car club? tack"),
    (K, "Where to Buy", "cześć! where can I buy the KrakowCard? thanks"),
    (K, "Auschwitz Visits", "any info on visiting Auschwitz with the Kraków tourist card? 🙏"),
    (CH, "One-way Hire", "kia ora! can I drop the campervan off in Queenstown?"),
    (CH, "Breakdowns", "@briefbot our campervan broke down near Tekapo, who do we call?? 😬"),
]:
    add("chat", T, doc, exp, q)

# acr: acronyms, full names, glossary and FAQ entries
for match, doc, exp, q in [
    (SEC, P, "Porto Airport Lost Property and Assistance Desk", "what does PRM stand for at Porto airport?"),
    (SEC, M, "Milano Centrale Left Luggage", "DBI meaning?"),
    (SEC, B, "Budapest Keleti Station Left Luggage", "what does MAV stand for?"),
    (SEC, S, "Swiss Federal Railways Bike Reservations", "what does SBB stand for"),
    (T, S, "GA", "what is the GA in Switzerland?"),
    (T, S, "ICN", "ICN meaning?"),
    (SEC, P, "How do I report an item I lost on the plane?", "left my phone on the plane to Porto, who do I tell?"),
    (SEC, C, "České dráhy Bike Reservations", "what does ČD stand for?"),
    (SEC, J, "Jadrolinija Split Ferry Vehicle Bookings", "what is a VT on Jadrolinija?"),
    (SEC, J, "Jadrolinija Split Ferry Vehicle Bookings", "abbreviation for Passenger Ticket"),
    (SEC, K, "Kraków Tourist Card", "short name for the Municipal Transport Company in Kraków"),
    (SEC, CH, "Christchurch Campervan Hire Terms", "what does CSC mean for campervans?"),
    (T, CH, "Licence Rules", "what is an IDP?"),
    (T, MA, "Club Card", "define club card"),
    (T, MA, "SEK", "SEK meaning?"),
    (SEC, V, "How do I cancel my booking?", "how do I cancel my booking at Casa Ascensor?"),
]:
    add("acr", match, doc, exp, q)

# tab: answers in table rows
for doc, exp, q in [
    (P, "Lost and Found Counter", "phone number for the Porto airport lost and found"),
    (P, "Quiet Room", "is there somewhere calm to sit before my flight at Porto airport?"),
    (P, "Sunflower Lanyard", "hidden disability lanyard at Porto airport"),
    (M, "Rail Pass Discount", "do I get money off left luggage at Milano with my Interrail pass?"),
    (M, "Delivery to Hotel", "can Milano Centrale left luggage bring my bags to my hotel?"),
    (C, "Railjet", "how many bikes fit on a Railjet out of Prague?"),
    (C, "Regional Osobní Train", "do I need a bike booking on a slow local train in Czechia?"),
    (J, "High Season", "how many ferries a day go to Supetar in August?"),
    (J, "Bura Wind Days", "is the Split ferry cancelled when the wind is really strong?"),
    (R, "Thursday", "what time does the ferry leave Cherbourg on Thursdays?"),
    (MA, "Seven-Seater", "does the Malmö car club have a car for 7 people?"),
    (K, "St. Mary's Basilica", "is St Mary's church covered by the KrakowCard?"),
    (CH, "Tūī Family Van", "which campervan sleeps four and what's the daily rate?"),
]:
    add("tab", T, doc, exp, q)

# dis: the same question asked of each document of a near-topic pair, naming the place
for q, pairs in [
    ("what time does the left luggage at {} open?", [(M, "Milano Centrale"), (B, "Budapest Keleti")]),
    ("can I pay by card at the left luggage in {}?", [(M, "Milano Centrale"), (B, "Budapest Keleti")]),
    ("how much is the bike reservation on {} trains?", [(S, "SBB"), (C, "České dráhy")]),
    ("can I take my e-bike on {} trains?", [(S, "SBB"), (C, "České dráhy")]),
    ("how early do I need to be at the {} ferry with my car?", [(J, "Jadrolinija Split"), (R, "Rosslare Cherbourg")]),
    ("can I bring my dog on the {} ferry?", [(J, "Jadrolinija Split"), (R, "Rosslare Cherbourg")]),
]:
    exp = {"what time": "Opening Hours", "can I pay": "Payment Methods", "how much is the bike": "Reservation Fee",
           "can I take my e-bike": "E-Bikes", "how early": "Check-in Time", "can I bring my dog": "Pets on Board"}
    e = next(v for k, v in exp.items() if q.startswith(k))
    for doc, place in pairs:
        add("dis", T, doc, e, q.format(place))

# none: 13 near-topic (fact not in the briefing) + 13 unrelated
for q in [
    "is there a pharmacy in the departures area of Porto airport?",
    "is there a shower at Milano Centrale station?",
    "does Budapest Keleti left luggage give a student discount?",
    "are bikes allowed on the Glacier Express with SBB?",
    "what's the wifi password on Czech trains?",
    "is there a restaurant on the Jadrolinija ferry from Split to Supetar?",
    "is there a cinema on the Rosslare Cherbourg ferry?",
    "does Casa Ascensor hostel in Valparaíso have a swimming pool?",
    "can I reserve a child seat in a Malmö car club car?",
    "does the KrakowCard include the bus to Zakopane?",
    "does Southern Alps Campers give a discount for seniors?",
    "how long is the walk from Porto airport to the city centre?",
    "does SBB sell insurance for my bicycle?",
    "how do I renew my passport in Ireland?",
    "best pizza near the Duomo?",
    "when is the next solar eclipse?",
    "how to repot an orchid",
    "who won the 2022 World Cup",
    "mortgage interest rates in Sweden",
    "how do I reset my router password",
    "vaccination schedule for puppies",
    "tax return deadline for freelancers",
    "how many calories in a banana",
    "recommend a good sci-fi novel",
    "how to fix a leaking tap",
    "what time is sunset in Reykjavík in December",
]:
    add("none", NONE, "", "", q)

# leak: 10 public questions about the internal briefing (nothing may answer), 6 internal ones
for q in [
    "is Harborline raising the deductible next year?",
    "are you opening a call center in Lisbon?",
    "will off-piste skiing still be covered on basic travel insurance policies?",
    "how many claims are stuck in the Harborline backlog?",
    "why was the repatriation from Bali delayed?",
    "was there a phone outage at the insurance emergency line in October?",
    "night shift grievance at the travel insurance helpline",
    "can I still buy the cruise add-on if I'm 82?",
    "did Harborline send a claim file to the wrong customer?",
    "what does EAC stand for?",
]:
    add("leak", NONE, "", "", q)
for exp, q in [
    ("Draft Excess Increase", "what's the proposed new deductible for Harborline policies?"),
    ("Overseas Call Center", "when does the Lisbon EAC site open?"),
    ("Winter Sports Cover", "is off-piste skiing being dropped from basic cover?"),
    ("Repatriation Delay", "what went wrong with the Bali repatriation?"),
    ("Night Shift Dispute", "when is the union meeting about the night premium?"),
    ("Fraud Ring", "how many baggage claims from that travel agency did we refuse?"),
]:
    add("leak", T, BO, exp, q, audience="internal")

counters = {}
rows = []
for cat, aud, match, doc, exp, q in Q:
    counters[cat] = counters.get(cat, 0) + 1
    rows.append(f"{cat}{counters[cat]:02d}\t{aud}\t{match}\t{doc}\t{exp}\t{q}")
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.tsv")
with open(out, "w", encoding="utf-8") as f:
    f.write("#id\taudience\tmatch\tdocs\texpected\tquestion\n")
    f.write("\n".join(rows) + "\n")
print(f"wrote {len(rows)} questions to {out}")
