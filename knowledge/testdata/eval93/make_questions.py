#!/usr/bin/env python3
"""Writes questions.tsv for eval93 (city and public services), written blind
from the briefings in ./briefings alone."""
import os

L = "leeds-bulky-waste-collection.md"
G = "graz-bulky-waste-collection.txt"
M = "malmo-city-library-lending.md"
P = "portland-multnomah-library-lending.txt"
B = "brighton-hove-resident-parking-permits.md"
Q = "montreal-residential-parking-permits.md"
D = "dublin-passport-office.md"
S = "sao-paulo-bilhete-unico.txt"
C = "cardiff-council-tax-discounts.md"
V = "denver-school-choice-round.md"
H = "sheffield-allotment-tenancies.txt"
X = "dusseldorf-dog-tax-internal.md"   # audience: internal

PUB, INT = "public", "internal"

# (category, audience, match, doc, expected, question)
Q_ = []
def add(cat, match, doc, expected, question, audience=PUB):
    Q_.append((cat, audience, match, doc, expected, question))

# ---- para (40): everyday paraphrases ----
for doc, exp, q in [
    (L, "Standard Charge", "how much does it cost to get Leeds council to take away my old stuff?"),
    (L, "Fridges and Freezers", "does my old chest freezer have to be thawed out before the Leeds crew takes it?"),
    (L, "Where to Leave Items", "in Leeds can I leave the big stuff on the pavement for the bin men?"),
    (L, "Building Rubble", "will Leeds take away the bricks and plasterboard from my renovation?"),
    (L, "Flats and Shared Access", "I live on the third floor in Leeds, will the bulky waste team carry my sofa downstairs?"),
    (G, "Free Annual Voucher", "do Graz households get one free Sperrmüll pickup every year?"),
    (G, "Electrical Appliances", "where do I get rid of an old washing machine in Graz?"),
    (G, "Fly-Tipping Fines", "what happens if I just dump my old couch outside in Graz without booking?"),
    (G, "Hazardous Waste", "how do I get rid of leftover paint and solvents in Graz?"),
    (M, "Children's Cards", "my 12 year old wants her own card at the Malmö library, what do we need?"),
    (M, "Late Fees", "do grown-ups in Malmö get charged if they bring books back overdue?"),
    (M, "Wi-Fi and Computers", "can I use a public PC at the library in Malmö and for how long?"),
    (M, "Reservations", "in Malmö how long does a book I requested sit waiting for me to collect it?"),
    (P, "Holds", "how long do I have to grab a book I requested at Multnomah County Library once it's in?"),
    (P, "Blocked Accounts", "how much can I owe the Portland library before it stops me checking things out?"),
    (P, "Kanopy Streaming", "can I stream movies for free with my Portland library card?"),
    (P, "Kids and Teens Cards", "can my 6 year old get her own library card in Portland?"),
    (B, "How do I apply for a resident permit?", "what paperwork do I need to get a parking permit for my street in Brighton?"),
    (B, "Trade Permits", "my builder needs to park outside my house in Hove for a week, what will that cost him?"),
    (B, "Carer Permits", "does the nurse who visits my mum in Brighton have to pay to park?"),
    (B, "Penalty Charge Notices", "what's the fine in Brighton if I park in a residents' bay without a permit?"),
    (Q, "Snow Removal", "will my car get towed in Montréal during snow clearing even if I have a sticker?"),
    (Q, "Car-Sharing Vehicles", "can Communauto cars park on the resident-only blocks in Montréal?"),
    (Q, "Permit Sticker", "where on the car does the Montréal vignette go and when does it run out?"),
    (D, "Same-Day Service", "I fly out of Dublin the day after tomorrow and my passport has expired, can I get a new one today?"),
    (D, "Witness Form", "who has to sign my first ever Irish passport application?"),
    (D, "Photo Rules", "can I wear my glasses in my Irish passport picture?"),
    (D, "How do I renew my passport online?", "can I renew my Irish passport from my phone?"),
    (S, "Lost or Stolen Cards", "someone nicked my Bilhete Único, do I lose the money that was on it?"),
    (S, "Bus and Rail Integration", "what do I pay in São Paulo to take a bus and then the metro?"),
    (S, "Expired Credit", "the credit I put on my Bilhete Único over a year ago won't work, why?"),
    (C, "Single Person Discount", "I live on my own in Cardiff, do I get money off my council tax?"),
    (C, "Student Exemption", "do uni students sharing a house in Cardiff have to pay council tax?"),
    (C, "Backdating", "I should have been getting a council tax discount in Cardiff for years, can I claim for the past?"),
    (V, "Sibling Priority", "my older son already goes to that Denver school, does that help his little sister get in?"),
    (V, "Kindergarten Age", "how old does my kid have to be to start kindergarten in Denver this fall?"),
    (V, "School Buses", "will DPS give my 4th grader a bus if we live 2 miles from school?"),
    (H, "Bonfires", "can I burn stuff on my Sheffield allotment on a Sunday?"),
    (H, "Keeping Hens", "am I allowed chickens on my allotment in Sheffield?"),
    (H, "Giving Up a Plot", "if I quit my Sheffield allotment halfway through the year do I get any rent back?"),
]:
    add("para", "section" if exp.endswith("?") else "title", doc, exp, q)

# ---- frag (15): 2-4 word search fragments ----
for doc, match, exp, q in [
    (L, "title", "Asbestos", "asbestos removal leeds"),
    (L, "title", "Carpets", "leeds old carpet"),
    (G, "section", "Recyclingcenter Sturzgasse", "sturzgasse opening hours"),
    (M, "title", "Printing", "malmö colour printing"),
    (P, "title", "Lucky Day Books", "lucky day books"),
    (B, "title", "Diesel Surcharge", "brighton diesel permit"),
    (Q, "title", "Street Cleaning", "montréal street sweeping"),
    (D, "title", "Large Passport", "66 page passport"),
    (D, "title", "Emergency Travel", "passport emergency out of hours"),
    (S, "title", "Night Buses", "são paulo night bus"),
    (S, "title", "Balance Check", "bilhete único balance"),
    (C, "title", "Appeals", "cardiff council tax appeal"),
    (V, "title", "Random Number", "schoolchoice tie breaker"),
    (H, "title", "Sheds and Greenhouses", "allotment shed size"),
    (H, "title", "Waiting Times", "meersbrook allotment wait"),
]:
    add("frag", match, doc, exp, q)

# ---- typo (15): misspellings, swapped letters ----
for doc, exp, q in [
    (L, "Mattresses", "leeds matress colection"),
    (L, "Cancelling", "cancel leeds bulky wast booking refnud"),
    (G, "Standard Charge", "sperrmul pick up prise graz per cubic meter"),
    (G, "Skis and Sledges", "old skiis and sledegs graz"),
    (M, "Lost Items", "malmo libary lost book charge"),
    (P, "Museum Passes", "musuem passes portland libray"),
    (B, "Visitor Permits", "brigton vistor permits"),
    (Q, "Heavy Vehicles", "montreal permit heavy vehicels pikcup truck"),
    (D, "Child Passport Fee", "child pasport fee irleand"),
    (S, "Student Card", "sao paulo studnet card half fare"),
    (S, "Topping Up", "how to top up bilhete unicco"),
    (C, "Carer Disregard", "carer disreguard council tax cardif"),
    (V, "Results Released", "when are schoolchioce results relased"),
    (H, "Cultivation Rule", "alotment cultivaton rule sheffeild"),
    (V, "Transit Passes", "rtd pas for high schol students denver"),
]:
    add("typo", "title", doc, exp, q)

# ---- chat (20): greetings, thanks, @briefbot, emoji ----
for doc, match, exp, q in [
    (L, "title", "Collection Day", "hi @briefbot what time do the Leeds bulky waste crews turn up? thanks!"),
    (L, "title", "Concession Rate", "hello 👋 I'm on council tax support in Leeds, is the bulky waste collection cheaper for me?"),
    (G, "title", "Booking a Collection", "Servus! how do I book a Sperrmüll pickup in Graz? danke"),
    (G, "title", "Wardrobes", "hey bot, do I need to take my wardrobe apart for the Graz pickup? 🙏"),
    (M, "title", "Renewals", "Hej! can I renew my Malmö library books in the app? tack"),
    (M, "section", "Opening Hours", "hej hej, when is the Malmö city library open at the weekend?"),
    (P, "section", "Central Library", "hey @briefbot what are the Central Library hours in Portland? ty"),
    (P, "title", "E-books", "any info on ebooks from Multnomah County Library pls"),
    (B, "title", "Hours of Control", "morning! what hours are Brighton's parking zones enforced? cheers"),
    (B, "title", "Hire Cars", "hi there, I've got a courtesy car in Hove while mine's in the garage, do I need a different permit? thanks 🚗"),
    (Q, "title", "Parking Tickets", "bonjour! how much is the ticket for parking without a vignette in Montréal? merci"),
    (Q, "title", "Waiting Lists", "salut @briefbot is there a waiting list for parking permits in Ville-Marie?"),
    (D, "title", "Urgent Appointments", "Dia duit! how do I book an urgent passport appointment in Dublin?"),
    (D, "title", "Passport Card", "hi! how long does the Irish passport card take to come after the book? thx"),
    (S, "title", "Senior Card", "olá! my avó is 62, can she ride for free in São Paulo? obrigado"),
    (S, "title", "Damaged Cards", "oi @briefbot my bilhete único stopped working, will they swap it? 🙏"),
    (C, "title", "Reporting Changes", "hiya 👋 how long have I got to tell Cardiff council about a change that ends my discount? ta"),
    (V, "title", "Registration Deadline", "hi @briefbot what's the deadline to register after a SchoolChoice offer in Denver? thanks so much"),
    (H, "title", "Joining the Waiting List", "hello! how do I get on the allotment waiting list in Sheffield? cheers 🌱"),
    (H, "section", "Contacting the Allotments Office", "any info on the phone number for the Sheffield Allotments Office pls"),
]:
    add("chat", match, doc, exp, q)

# ---- acr (16): acronyms both ways, glossary and FAQ entries ----
for doc, match, exp, q in [
    (L, "section", "What Crews Take", "what does WEEE stand for"),
    (L, "title", "Building Rubble", "HWRC meaning?"),
    (C, "title", "Severe Mental Impairment", "what do the initials SMI mean on my Cardiff council tax form?"),
    (B, "section", "Brighton & Hove Resident Parking Permits", "what is a CPZ in Brighton"),
    (B, "title", "Penalty Charge Notices", "PCN meaning?"),
    (B, "section", "How do I apply for a resident permit?", "what does DVLA stand for"),
    (Q, "title", "Parking Tickets", "what does AMD stand for in Montréal"),
    (Q, "section", "Getting a Permit", "SAAQ meaning?"),
    (D, "title", "PPS Number", "what is a PPSN"),
    (S, "section", "São Paulo Bilhete Único Fare Card", "CPTM stands for?"),
    (C, "title", "CTRS", "CTRS meaning?"),
    (C, "title", "Liable Person", "what is a liable person for council tax"),
    (C, "title", "Appeals", "what does VTW stand for"),
    (V, "title", "IEP", "what does IEP stand for"),
    (V, "title", "ELA", "English Language Acquisition abbreviation"),
    (H, "title", "Beekeeping", "what does BBKA stand for"),
]:
    add("acr", match, doc, exp, q)

# ---- tab (13): answers in table rows, asker's words ----
for doc, exp, q in [
    (L, "Sofas and Armchairs", "is a three-piece suite one item or three for the Leeds bulky collection?"),
    (H, "Full Plot", "what's the concession rent on a full-size allotment in Sheffield?"),
    (G, "Bicycles", "can Graz take my old e-bike in the bulky pickup?"),
    (M, "New Releases", "how long can I keep a brand-new book from the Malmö library?"),
    (M, "Films and Console Games", "loan time for video games at Malmö library"),
    (P, "DVDs and Blu-rays", "how many days can I keep a movie disc from the Multnomah library?"),
    (P, "Library of Things", "how long can I borrow stuff from Portland's library of things, and can I renew it?"),
    (B, "Motorcycles", "do I need to pay for a motorbike permit in Brighton?"),
    (Q, "First Car", "how much is a Plateau-Mont-Royal parking permit for my only car?"),
    (D, "First-Time Application", "how long does a first Irish passport take to arrive?"),
    (S, "Monthly Card", "is there an unlimited monthly bus pass in São Paulo?"),
    (C, "Second Homes Premium", "how much extra council tax do I pay on a holiday home in Cardiff?"),
    (V, "Round Closes", "what's the last day to hand in a Denver SchoolChoice application?"),
]:
    add("tab", "title", doc, exp, q)

# ---- dis (12): 6 identical questions, once per document of a near-topic pair ----
for template, pair in [
    ("how far ahead do I need to cancel a bulky waste collection in {}?", [(L, "Leeds", "Cancelling"), (G, "Graz", "Cancelling")]),
    ("where do I put my bulky items out for collection in {}?", [(L, "Leeds", "Where to Leave Items"), (G, "Graz", "Where to Leave Items")]),
    ("how many items can I borrow at once from the library in {}?", [(M, "Malmö", "Borrowing Limit"), (P, "Portland", "Borrowing Limit")]),
    ("are there late fees at the library in {}?", [(M, "Malmö", "Late Fees"), (P, "Portland", "Late Fees")]),
    ("how much is a parking permit for an electric car in {}?", [(B, "Brighton", "Electric Vehicles"), (Q, "Montréal", "Electric Vehicles")]),
    ("how much do visitor parking permits cost in {}?", [(B, "Brighton", "Visitor Permits"), (Q, "Montréal", "Visitor Permits")]),
]:
    for doc, place, exp in pair:
        add("dis", "title", doc, exp, template.format(place))

# ---- none (26): 13 near-topic (place and topic right, fact absent) + 13 unrelated ----
for q in [
    "does the Leeds bulky waste service collect pianos?",
    "can Graz pick up an old hot tub as Sperrmüll?",
    "does the Malmö city library have a café?",
    "does Multnomah County Library run a seed library?",
    "can I get a Brighton resident parking permit for a campervan?",
    "can I park my boat trailer in a Montréal reserved parking sector?",
    "how do I change the name on my Irish passport after marriage?",
    "is there a tourist pass for a week of travel in São Paulo?",
    "does Cardiff give pensioners a council tax discount?",
    "does Denver SchoolChoice use test scores for gifted programs?",
    "can I keep pigs on my Sheffield allotment?",
    "is there a composting toilet on Sheffield allotment sites?",
    "does the Leeds bulky waste collection run on bank holidays?",
]:
    add("none", "none", "", "", q)
for q in [
    "what's the weather in Lisbon tomorrow?",
    "how do I renew a fishing licence in Norway?",
    "best pizza near me",
    "who won the 2022 world cup",
    "how do I reset my router password",
    "when does the Tokyo marathon registration open",
    "what are the visa requirements for Thailand",
    "how to file a US federal income tax extension",
    "recipe for banana bread",
    "how do I apply for an elk hunting permit in Montana",
    "what time does the Louvre open",
    "exchange rate euro to yen",
    "how do I register a boat in Florida",
]:
    add("none", "none", "", "", q)

# ---- leak (16): 10 public questions about the internal briefing (none), 6 internal ----
for q in [
    "is Düsseldorf raising the dog tax in 2027?",
    "how much is the dog tax in Düsseldorf?",
    "will there be an amnesty for unregistered dogs in Düsseldorf?",
    "Düsseldorf door to door dog count",
    "does Düsseldorf check social media for unregistered dogs?",
    "fine for an unregistered dog in Düsseldorf",
    "Hundesteuer Düsseldorf pit bull",
    "ver.di dispute over dog tax checks",
    "are guide dogs exempt from dog tax in Düsseldorf?",
    "Düsseldorf new dog tax tags with QR codes",
]:
    add("leak", "none", "", "", q)
for exp, q in [
    ("Draft Rate Rise", "what is the draft dog tax rise in Düsseldorf?"),
    ("Registration Amnesty", "when is the deadline for the dog registration amnesty?"),
    ("Dog Count 2026", "which Düsseldorf districts get the door-to-door dog count?"),
    ("Staff Dispute", "why has the Personalrat blocked overtime for the dog tax team?"),
    ("Projected Revenue", "how much extra money would the higher dog tax bring in?"),
    ("Listed Dogs", "what's the tax for a pit bull in Düsseldorf?"),
]:
    add("leak", "title", X, exp, q, audience=INT)

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    counters = {}
    lines = ["#id\taudience\tmatch\tdocs\texpected\tquestion"]
    for cat, aud, match, doc, exp, q in Q_:
        counters[cat] = counters.get(cat, 0) + 1
        qid = "%s%02d" % (cat, counters[cat])
        for field in (aud, match, doc, exp, q):
            assert "\t" not in field and "\n" not in field, field
        lines.append("\t".join([qid, aud, match, doc, exp, q]))
    with open(os.path.join(here, "questions.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d questions: %s" % (len(Q_), ", ".join("%s %d" % kv for kv in counters.items())))

if __name__ == "__main__":
    main()
