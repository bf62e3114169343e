#!/usr/bin/env python3
"""Writes questions.tsv for eval112 (services for small businesses).

Columns: id, audience, match, docs, expected, question.
The category is the part of the id before the dash. Run:  python3 make_questions.py
"""
import os

K = "kestleby-business-licence-counter.txt"
C = "port-calloway-customs-broker-small-importers.md"
V = "keldermeer-parcel-pallet-forwarder.txt"
S = "soutelo-business-incubator.md"
H = "port-hamurana-ip-help-desk-faq.md"
L = "llanferwen-food-hygiene-inspections.txt"
M = "kaltenbrueck-trade-fair-exhibitor-desk.md"
E = "coolabah-springs-export-advice.md"
J = "juniper-flats-shared-commercial-kitchen.txt"
I = "juniper-flats-shared-kitchen-staff-internal.md"
P = "saint-aurele-print-signage-trade-accounts.md"
A = "pellingford-accountancy-clinic-faq.md"
W = "angsvik-maker-workshop-units.txt"

# (category, audience, match, doc, expected, question)
Q = []


def add(cat, rows, audience="public"):
    for row in rows:
        if len(row) == 4:
            match, doc, expected, question = row
            aud = audience
        else:
            aud, match, doc, expected, question = row
        Q.append((cat, aud, match, doc, expected, question))


add("para", [
    ("title", K, "Street Trading Consent", "what permission do I need to sell stuff off a handcart on the street in kestleby"),
    ("title", K, "Pavement Licence", "I want to put a few tables and chairs on the sidewalk outside my cafe in Kestleby"),
    ("section", K, "Objections and Hearings", "a neighbour has complained about my licence application, does that mean I have to go before councillors?"),
    ("title", K, "Card Payments Only", "can I pay cash at the kestleby licensing desk"),
    ("title", C, "Classification Ruling Request", "what does it cost to get an official written answer on which tariff code my new product falls under"),
    ("title", C, "Continuous Bond", "I import about six times a year, is there one bond that covers every shipment"),
    ("section", C, "Holds and Exams", "customs pulled my container for an inspection, who pays for that and how long does it take"),
    ("title", C, "Storage Charges", "the terminal is billing me every day my container sits there, why"),
    ("title", V, "Pallet Exchange", "will Vrachtwerk give me my empty euro pallets back"),
    ("title", V, "Tail-lift Delivery", "my customer has no dock or forklift, how does the pallet get off the truck"),
    ("section", V, "Damage and Claims", "box looked fine outside but the goods inside were broken, how long have I got to report it to the forwarder"),
    ("title", V, "Extra Cover", "can I insure a pallet for what the goods are actually worth"),
    ("title", S, "Pre-Incubation", "I only have an idea and no company yet, is there anything at the Soutelo incubator for me"),
    ("title", S, "Soft Landing", "I'm a founder coming from abroad to set up in Portugal, any help getting started at the incubator?"),
    ("title", S, "Virtual Office", "I just need a postal address for my startup in Soutelo, not an actual desk"),
    ("section", S, "Selection and Rules", "how long can my company stay in the incubator before we have to move out"),
    ("title", H, "What is a clearance search?", "can someone check nobody already owns a brand like mine before I apply"),
    ("title", H, "Can I trade mark my business name?", "my company is registered, so is my brand name protected already?"),
    ("title", H, "Someone is copying my brand, what can I do?", "another shop is ripping off my logo, what help can the Kōwhai Coast desk give"),
    ("title", H, "What is an IR?", "protect my NZ mark in other countries with a single application"),
    ("section", L, "Registering a Food Business", "do I need to tell the council before I start selling cakes I bake at home in Llanferwen"),
    ("title", L, "Re-rating Visit", "we fixed everything after a bad hygiene score, can the inspector come back sooner"),
    ("section", L, "How Inspections Work", "do they warn you before the food inspector turns up"),
    ("title", L, "Change of Owner", "I'm buying an existing takeaway, does the old owner's hygiene score carry over"),
    ("title", M, "Co-exhibiting", "can two small brands split one stand at the Kaltenbrück fair"),
    ("title", M, "Electrical Connection", "how do I get electricity at my stand at the messe"),
    ("title", M, "Forklift Service", "who unloads my pallets and takes them to my stand"),
    ("title", E, "Export Readiness Check", "not sure my little business is ready to start selling overseas, can someone assess it"),
    ("title", E, "Export Price Calculator", "help working out what to charge a foreign buyer once shipping, duties and agent cuts are added"),
    ("title", E, "Sample Shipping Grant", "is there money to help me post product samples to buyers abroad"),
    ("title", J, "Food Truck Commissary Letter", "I run a food truck and the county health permit needs a commissary agreement signed"),
    ("title", J, "Late Cancellation", "what happens if I drop my kitchen booking the day before"),
    ("title", P, "Credit Terms", "how long do I have to pay invoices on a Lavallée trade account"),
    ("title", P, "Designer Reseller Pricing", "I'm a graphic designer, can the printer ship straight to my clients without their branding on the box"),
    ("title", P, "Site Survey", "can someone come and measure my storefront before they make the sign"),
    ("title", A, "Do I need to register as self-employed?", "I've made a bit of money selling crafts on the side, do I have to sign up as self employed"),
    ("title", A, "What records must I keep?", "how many years do I have to hang on to my business receipts"),
    ("title", W, "Business Use Only", "am I allowed to sleep overnight in my workshop unit in Ängsvik"),
    ("internal", "title", I, "Cooler Alarm Response", "what should the on-call lead do if the walk-in alarm goes off at 2am"),
    ("internal", "title", I, "Arrears Procedure", "a member is two months behind on their kitchen fees, what's our procedure"),
])

add("frag", [
    ("title", K, "Scrap Metal Dealer Licence", "scrap metal licence"),
    ("title", K, "Skin Piercing Registration", "skin piercing registration"),
    ("title", C, "Single Entry Bond", "single entry bond"),
    ("title", V, "Parcel Cut-off Time", "parcel cut off"),
    ("title", V, "Dangerous Goods", "shipping batteries aerosols paint"),
    ("title", S, "Seed Voucher", "seed voucher prototyping"),
    ("title", S, "Demo Day", "demo day investors"),
    ("title", H, "What is a class?", "nice classification classes"),
    ("title", L, "Allergen Advice Sessions", "allergen sessions"),
    ("title", M, "Lead Scanning App", "badge scanning app"),
    ("title", E, "Certificate of Origin", "certificate of origin"),
    ("title", E, "Phytosanitary Certificate", "phytosanitary"),
    ("title", J, "Kitchen Orientation", "kitchen orientation"),
    ("title", P, "Hard Proof", "printed proof"),
    ("title", W, "Spray Booth", "spray booth"),
])

add("typo", [
    ("title", K, "Pavement Licence", "pavment licnece kestleby"),
    ("title", K, "Premises Licence", "premisis licence to sell alcohol"),
    ("title", C, "Informal Entry", "informal entery fee"),
    ("title", C, "Continuous Bond", "continous bond price"),
    ("title", V, "Half Pallet", "half palett price germany"),
    ("title", V, "Scheduled Collection", "schedualed collection van"),
    ("title", S, "Hot Desk", "hot desk incubadora prise"),
    ("title", H, "Renewal every ten years", "trade mark renewel fee"),
    ("title", L, "Appeal", "apeal my hygeine rating"),
    ("title", L, "Right to Reply", "food hygine rating rigth to reply"),
    ("title", M, "Exhibitor Passes", "extra exibitor passes"),
    ("title", M, "Early Booking Discount", "erly booking discount messe"),
    ("title", E, "Export Mentor Match", "expot mentor match"),
    ("title", J, "Security Deposit", "securty deposit for the kichen"),
    ("title", W, "Dust Extraction", "dust extracton bench unit"),
])

add("chat", [
    ("title", K, "Street Trading Consent", "hey @briefbot quick q, how much is a street trading consent a year in kestleby? thanks!"),
    ("section", K, "Visiting the Counter", "hi! 👋 what do I need to bring to my appointment at the licence counter?"),
    ("title", C, "ISF Filing", "@briefbot morning! how much do Lindqvist & Ortega charge to do the ISF filing on an ocean shipment? 🙏"),
    ("title", V, "Depot Drop-off", "quick q: can I drop parcels off at the vrachtwerk depot and get labels printed there? ta"),
    ("title", S, "Fixed Desk", "hiya, anyone know what a fixed desk costs at the soutelo incubator? cheers"),
    ("title", H, "How do I book a session?", "@briefbot hello, how do I book a session with the IP help desk in Port Hamurana? 😊"),
    ("title", H, "Each additional class", "thanks in advance! what's the fee for each extra class on a trade mark application?"),
    ("title", L, "0 Urgent Improvement Necessary", "hey team, we just got a 0 hygiene rating from llanferwen council 😬 what does that actually mean?"),
    ("title", L, "Mobile Food Vans", "quick question lol, does a food van register where it's parked overnight or where it trades?"),
    ("title", M, "Young Makers Table", "hi @briefbot, how much is the young makers table at the Kaltenbrück fair? 🙂"),
    ("section", M, "Build-up and Dismantling", "morning all! by when do we have to have our stand dismantled at the messe?"),
    ("title", E, "Market Selection Workshop", "g'day, can the coolabah springs advisers help me pick which country to export to? cheers mate"),
    ("title", E, "Trade Mission Subsidy", "hey! does the export advice service help pay for trade missions? 🙏"),
    ("title", J, "Overnight Block", "yo briefbot what does an overnight block at the shared kitchen cost"),
    ("title", J, "Cleaning Between Shifts", "hi there, sorry if dumb q, what happens if I leave my station dirty at juniper flats?"),
    ("title", P, "Business Cards", "@briefbot bonjour! how much are 500 business cards on a trade account? merci"),
    ("title", P, "Installation", "hey, quick q: does the Lavallée crew install the signs too? 🙌"),
    ("title", A, "Drop-in Surgery", "hi! when's the drop-in at the accountancy clinic in pellingford? thx"),
    ("title", A, "Should I become a limited company?", "hello 👋 thinking of turning my sole trader business into a limited company, can the clinic advise?"),
    ("title", W, "Loading Bay", "thanks for earlier! one more: is there a loading bay with a goods lift at Verkstadshuset?"),
])

add("acr", [
    ("section", C, "Getting Started as a Client", "what does POA stand for"),
    ("title", C, "IOR", "IOR meaning"),
    ("title", C, "HTS", "define HTS"),
    ("section", V, "Booking and Paperwork", "what is a CMR"),
    ("title", V, "Dangerous Goods", "what does ADR mean"),
    ("section", L, "Food Hygiene Rating Scheme", "what does FHRS stand for"),
    ("section", L, "How Inspections Work", "what is SKD"),
    ("title", H, "What is an IR?", "define IR"),
    ("title", E, "FTA", "FTA meaning"),
    ("title", E, "DAP", "what does DAP mean in exporting"),
    ("title", E, "FOB", "what is FOB"),
    ("section", J, "Getting Approved", "what's a CFPM"),
    ("section", P, "Artwork and Proofs", "what does PMS stand for"),
    ("title", A, "UTR", "what does UTR stand for"),
    ("title", A, "CIS", "CIS meaning"),
])

add("tab", [
    ("title", K, "Pavement Licence", "how long does a decision on a pavement licence take"),
    ("title", C, "Formal Entry", "formal entry fee per extra tariff line"),
    ("title", V, "Full Euro Pallet", "full euro pallet price to germany"),
    ("title", V, "Quarter Pallet", "max weight of a quarter pallet"),
    ("title", S, "Private Office", "private office for four people monthly price"),
    ("title", H, "Recording a change of owner", "fee for recording a change of owner of a trade mark"),
    ("title", L, "3 Generally Satisfactory", "how soon is a business rated 3 inspected again"),
    ("title", M, "Shell Scheme Plus", "what's included with a shell scheme plus stand"),
    ("title", M, "Space Only", "space only price per square metre"),
    ("title", J, "Anchor", "anchor plan extra hour rate"),
    ("title", P, "Corrugated Yard Signs", "turnaround for corrugated yard signs"),
    ("title", A, "Bookkeeping Basics Course", "bookkeeping basics course cost"),
    ("title", W, "Workshop Unit", "rent for a 60 m² workshop unit with three-phase power"),
])

add("dis", [
    ("title", J, "Security Deposit", "how much is the deposit at the Juniper Flats kitchen"),
    ("title", W, "Deposit", "deposit for renting a workshop unit in Ängsvik"),
    ("section", M, "Booking and Payment", "how much deposit do I pay when booking a stand at Messe Kaltenbrück"),
    ("title", M, "Stand Insurance", "public liability insurance for exhibitors at the trade fair"),
    ("section", J, "Getting Approved", "how much liability insurance do I need to use the shared commercial kitchen"),
    ("title", J, "Dry Storage Shelf", "storage shelf for dry goods at the shared kitchen"),
    ("title", E, "HS Code", "what's an HS code when exporting from Coolabah Springs"),
    ("title", C, "HTS", "tariff schedule codes for goods I import through Port Calloway"),
    ("section", S, "Mentoring and Support", "mentor for my startup at the incubator in Vila Nova de Soutelo"),
    ("title", E, "Export Mentor Match", "exporter mentoring programme in Queensland"),
    ("title", S, "Legal Clinic", "free lawyer session at the Soutelo incubator"),
    ("title", M, "Goods Delivery", "booking a delivery slot for my stand goods at Messe Kaltenbrück"),
    ("section", V, "Pallet Sizes and Rates", "rates for sending one pallet with the Keldermeer forwarder"),
    ("title", W, "Bench Unit", "cheapest unit to rent at Verkstadshuset"),
    ("title", E, "Export Declaration", "do I need an export declaration shipping goods out of Australia"),
])

NEAR = [
    "does the kestleby licence counter issue taxi driver badges",
    "does Kestleby town hall give small business rates relief",
    "can Lindqvist & Ortega handle my exports to Mexico",
    "what is the duty rate on steel brackets from China into Port Calloway",
    "does Vrachtwerk do refrigerated transport for chilled food",
    "can Vrachtwerk clear customs for my imports from China",
    "does the Soutelo incubator take equity in startups",
    "is there car parking at the Casa do Curtume incubator",
    "is there parking near the IP help desk on Tūī Lane",
    "how long does trade mark examination take in Port Hamurana",
    "Llanferwen council permit for running a street food festival",
    "how do I get an export health certificate for cheese from Llanferwen",
    "what time do the Kaltenbrück food trade days open to visitors",
    "does Messe Kaltenbrück get exhibitors a hotel discount",
    "Coolabah Springs export advice: how do I find a distributor in Japan",
    "export advice service grants for buying new machinery",
    "can I sell direct to customers from the Juniper Flats kitchen",
    "what's the wifi password at the shared kitchen",
    "does Lavallée print t-shirts or do embroidery",
    "is there an early payment discount on a Lavallée trade account",
    "does the Pellingford clinic help with inheritance tax planning",
    "Pellingford accountancy clinic help setting up a workplace pension",
    "is there a café on site at Verkstadshuset Ängsvik",
    "can I bring my dog to my workshop unit in Ängsvik",
]
UNRELATED = [
    "what's the weather in lisbon tomorrow",
    "best sourdough pizza recipe",
    "who won the champions league final",
    "how do I reset my iphone passcode",
    "translate good morning into japanese",
    "recommend a good sci-fi novel",
    "what time is sunset today",
    "how many moons does jupiter have",
    "how do I teach a puppy to sit",
    "cheapest flights to bali in august",
    "how to fix a squeaky door hinge",
    "lyrics to bohemian rhapsody",
]
add("none", [("none", "", "", q) for q in NEAR + UNRELATED])

add("leak", [
    ("none", "", "", "how often does the door keypad code change at the juniper flats kitchen"),
    ("none", "", "", "can my shared kitchen fees be waived for hardship"),
    ("none", "", "", "who is the pest control contractor for the shared kitchen"),
    ("none", "", "", "is there a referral bonus for bringing a new anchor member to the kitchen"),
    ("none", "", "", "founding member rate at juniper flats"),
])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    counts = {}
    lines = ["#id\taudience\tmatch\tdocs\texpected\tquestion"]
    for cat, aud, match, doc, expected, question in Q:
        counts[cat] = counts.get(cat, 0) + 1
        qid = "%s-%02d" % (cat, counts[cat])
        for field in (doc, expected, question):
            assert "\t" not in field and "\n" not in field, (qid, field)
        lines.append("\t".join([qid, aud, match, doc, expected, question]))
    with open(os.path.join(here, "questions.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d questions: %s" % (len(Q), ", ".join("%s %d" % kv for kv in counts.items())))


if __name__ == "__main__":
    main()
