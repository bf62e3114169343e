#!/usr/bin/env python3
"""Write questions.tsv for eval96 (household bills and everyday consumer services).

Written blind from the twelve briefings in briefings/ only.
Columns: #id, audience, match, docs, expected, question.
"""
import os

B = "bristol-electricity-billing.md"
S = "spokane-electricity-billing.txt"
C = "coimbra-water-leaks-hardship.md"
W = "wellington-fibre-installation.txt"
K = "krakow-mobile-contracts-roaming.md"
L = "cork-mobile-contracts-roaming.md"
Q = "sherbrooke-bank-account-opening.md"
U = "utrecht-parcel-lockers.txt"
G = "goteborg-parcel-missed-deliveries.txt"
F = "keflavik-car-rental-desk.md"
I = "leeds-home-insurance-claims-internal.md"
D = "denver-appliance-repair.md"

PUB, INT = "public", "internal"
T, SEC, NONE = "title", "section", "none"

# (category, audience, match, doc, expected, question)
Q_ROWS = []


def add(cat, aud, match, doc, expected, question):
    Q_ROWS.append((cat, aud, match, doc, expected, question))


# ---- para: everyday paraphrases (40) ----
para = [
    (B, T, "Meter Reader Visits", "a man knocked saying he's come to read the meter for Avonside in Bristol, how do I know he's genuine?"),
    (B, T, "Back-billing", "Avonside just charged me for power I used two years ago, are they allowed to do that?"),
    (B, T, "Warm Home Discount", "is there a one-off credit off the winter electricity bill for pensioners with Avonside?"),
    (B, T, "Payment Plans", "I owe Avonside money, can I pay the arrears off bit by bit?"),
    (S, T, "Meter Access", "Inland Cascade says my dog stops them reading the meter, will they charge me for that?"),
    (S, T, "Winter Shutoff Protection", "can my electricity get cut off in January in Spokane if I can't pay?"),
    (S, T, "Deposits", "I'm new to Inland Cascade Power with no credit record, do I have to put money down up front?"),
    (S, T, "Medical Certificate", "my mom uses an oxygen machine at home, can Inland Cascade still disconnect our power?"),
    (C, SEC, "How do I get a leak allowance on my bill?", "my water bill in Coimbra shot up because a pipe burst under the floor, can I get part of it back?"),
    (C, T, "Discoloured Water", "the water from my tap in Coimbra came out brown after the roadworks, what should I do?"),
    (C, SEC, "How do I report a leak in the street?", "water is gushing out of the road on my street in Coimbra, who do I call?"),
    (C, SEC, "How do I apply for the large family tariff?", "we are a family of seven in Coimbra, is there a cheaper water price for big households?"),
    (W, T, "Site Survey", "Harbour Fibre want to visit before they connect my house, how long does that take and does someone have to be in?"),
    (W, T, "Body Corporate Approval", "we live in an apartment block in Wellington, what sign-off do we need before fibre can go in?"),
    (W, T, "Landline Switch", "will my old home phone keep working after I move to fibre with Harbour Fibre?"),
    (W, T, "Outage Credit", "my internet was down for two days with Harbour Fibre, do I get money back?"),
    (K, T, "Ukraine Roaming", "is it expensive to use my Wisła phone when I visit family in Ukraine?"),
    (K, T, "Credit Check", "I don't have a PESEL yet, can I still get a phone on contract from Wisła in Kraków?"),
    (K, T, "Price Rise Notice", "Wisła is putting up my monthly bill, am I stuck with it until the contract ends?"),
    (K, T, "Data Spending Cap", "how do I avoid a huge data bill when travelling outside Europe on Wisła Mobile?"),
    (L, T, "Age Requirement", "my 16 year old wants a bill pay phone with Lee Mobile, is that allowed?"),
    (L, T, "Spend Control", "how can I stop my Lee Mobile bill going over a set amount each month?"),
    (L, T, "Cruise and Flight Networks", "what will it cost to use my Lee Mobile phone on a cruise ship?"),
    (L, T, "Roam Further", "going to Canada for two weeks, how do I use my Lee Mobile phone there?"),
    (Q, T, "Identification Needed", "what papers do I have to show to open a bank account at the Sherbrooke caisse?"),
    (Q, T, "Newcomer Package", "I moved to Canada last month, is there a deal on bank fees at Caisse Rivière-Magog?"),
    (Q, T, "Joint Accounts", "my wife and I want a shared account at the Sherbrooke branch, do we both have to come in?"),
    (Q, T, "Appointment Booking", "can I just turn up at Caisse Rivière-Magog in Sherbrooke and open an account on the spot?"),
    (U, T, "Neighbour Delivery", "can the PakketPunt driver leave my parcel with the people next door in Utrecht?"),
    (U, T, "Accessible Lockers", "I use a wheelchair, are there PakketPunt lockers in Utrecht I can reach?"),
    (U, T, "Locker Code Expired", "my PakketPunt pick-up code ran out before I got to the locker, what now?"),
    (G, T, "Box Door Not Opening", "the Snabbpaket box in Göteborg is stuck shut with my parcel inside, help"),
    (G, T, "Customs Charges", "I ordered something from China to Göteborg, will Snabbpaket make me pay tax on it?"),
    (G, T, "Collection by Proxy", "my brother wants to pick up my Snabbpaket parcel for me, how does that work?"),
    (F, SEC, "How do I pick up my car if my flight lands late?", "my plane gets into Keflavík at 1am, how do I get my Norðurljós rental?"),
    (F, SEC, "What insurance is included?", "is volcanic ash damage covered on my Norðurljós hire car?"),
    (F, SEC, "How old do I have to be to rent a car?", "I'm 21, can I hire a 4x4 from Norðurljós?"),
    (D, T, "Repair or Replace", "my washer is 15 years old, will Front Range tell me it's not worth fixing?"),
    (D, T, "Senior Discount", "is there a discount for retirees at Front Range Appliance Repair in Denver?"),
    (D, T, "Same-Day Service", "my fridge died this morning in Denver, can someone come out today?"),
]
for doc, m, exp, q in para:
    add("para", PUB, m, doc, exp, q)

# ---- frag: 2-4 word search fragments (15) ----
frag = [
    (S, T, "Smart Meter Installation", "smart meter swap spokane"),
    (B, T, "Economy 7", "economy 7 night rate"),
    (C, SEC, "How do I apply for the social tariff?", "coimbra social tariff"),
    (W, T, "Lead Time", "fibre install wait weeks"),
    (K, T, "SIM Replacement", "wisla esim swap"),
    (L, T, "UK Roaming", "lee mobile uk roaming"),
    (Q, T, "Account Closing", "caisse account closing fee"),
    (U, T, "Safe Place", "pakketpunt safe place"),
    (G, T, "Delivery Notice", "snabbpaket delivery sms"),
    (F, SEC, "Can I drive on F-roads?", "F-roads 4x4"),
    (D, T, "Service Call Fee", "denver service call fee"),
    (D, T, "Gas Appliances", "smell gas dryer repair"),
    (S, T, "Due Date", "spokane late fee"),
    (W, T, "Router Setup", "harbour fibre router"),
    (B, T, "Paper Bills", "avonside paper bills"),
]
for doc, m, exp, q in frag:
    add("frag", PUB, m, doc, exp, q)

# ---- typo: misspellings (15) ----
typo = [
    (B, T, "Direct Debit", "avonside direct debbit discount"),
    (S, T, "Budget Billing", "spokane budjet biling plan"),
    (C, SEC, "How do I read my water meter?", "how to raed my water meeter coimbra"),
    (W, T, "Wall Drilling", "harbour fiber wall drililng hole"),
    (K, T, "Fair Use Limit", "wisla mobile fair use limt"),
    (L, T, "Early Termination", "lee moble early terminaton fee"),
    (Q, T, "Student Account", "sherbroke studnet account"),
    (U, T, "Locker Size Limit", "pakketpunt lokcer size limt"),
    (G, T, "Returns", "snabbpaket retuns qr code"),
    (F, SEC, "How much is the security deposit?", "norðurljós securty deposite"),
    (D, T, "Parts and Labor Warranty", "frnt range parts warrenty"),
    (D, T, "Manufacturer Warranty Work", "manufactuer warranty repiar denver"),
    (F, T, "Additional Driver", "keflavik additonal drivr cost"),
    (S, T, "LIHEAP Grants", "spokane heating asistance grnat"),
    (B, T, "Priority Services Register", "priorty servces register avonside"),
]
for doc, m, exp, q in typo:
    add("typo", PUB, m, doc, exp, q)

# ---- chat: wrapped in greetings, thanks, mentions (20) ----
chat = [
    (K, T, "Contract Length", "hi there! 👋 how long is a Wisła handset contract in Kraków?"),
    (L, T, "Fair Use Limit", "@briefbot pls what's the EU data fair use cap on Lee Mobile unlimited? thanks!"),
    (C, SEC, "How do I get help if I cannot pay my bill?", "Olá! any info on help paying my water bill in Coimbra? obrigado"),
    (Q, T, "Proof of Address", "Bonjour 🙂 what proof of address do they want at the Sherbrooke caisse?"),
    (B, T, "Smart Meter Installation", "hey @briefbot, Avonside smart meter install - how long is the power off? cheers"),
    (U, T, "Redelivery", "Hallo! any info on getting PakketPunt to redeliver in Utrecht? dank je"),
    (G, T, "Collection Point", "Hej hej! which shops act as Snabbpaket pick-up agents in Göteborg? tack 🙏"),
    (F, SEC, "What driver's license do I need?", "Góðan daginn! my license is in Arabic, do I need an international permit for Norðurljós?"),
    (D, T, "Cancellations", "yo briefbot 🙏 Front Range appliance cancellation fee?"),
    (W, T, "Missed Appointment", "hello, thanks in advance - what does Harbour Fibre charge if nobody is home for the install?"),
    (S, T, "Estimated Bills", "hi! quick one: how does Inland Cascade estimate my bill when the meter stops reporting? thx"),
    (K, T, "Roaming Outside the EU", "Cześć! how do I switch on roaming outside the EU on my Wisła phone? dzięki"),
    (L, T, "SIM Replacement", "Dia dhuit! does Lee Mobile replace a lost SIM for free? go raibh maith agat"),
    (B, T, "Payment Review", "hey 👋 @briefbot what happens if I'm in credit on my Avonside direct debit?"),
    (C, T, "Water Tanker", "Hola! any info on the AdM water tanker in Coimbra during a long cut? gracias"),
    (Q, T, "Minors", "hi all, can my 14 year old open an account at the Sherbrooke caisse without me? thanks!"),
    (F, T, "Fuel Policy", "morning! 🚗 what's the Norðurljós fuel policy? ta"),
    (D, T, "Refrigerant Work", "thanks so much for earlier! one more: who does fridge refrigerant recharges at Front Range and what's the price?"),
    (W, T, "Speed Complaints", "Kia ora! my Harbour Fibre speeds are terrible, how do I complain? 🙏"),
    (S, T, "Payment Kiosks", "hello @briefbot pls, where can I pay my Spokane power bill in cash?"),
]
for doc, m, exp, q in chat:
    add("chat", PUB, m, doc, exp, q)

# ---- acr: acronyms, glossary and FAQ entries (16) ----
acr = [
    (B, T, "Warm Home Discount", "what does WHD stand for"),
    (B, T, "Priority Services Register", "PSR meaning?"),
    (B, T, "Smart Meter Installation", "what is a SMETS2 meter"),
    (S, SEC, "Meter Readings", "what does AMI stand for on my Spokane meter?"),
    (S, T, "Budget Billing", "BBP meaning"),
    (W, T, "ONT", "ONT meaning?"),
    (W, T, "ETP", "what's an ETP on the outside wall"),
    (W, T, "LFC", "abbreviation for Local Fibre Company"),
    (W, T, "UFB", "what does UFB stand for"),
    (K, T, "Roaming in the EU", "RLAH meaning"),
    (K, T, "Credit Check", "what does BIK stand for"),
    (L, SEC, "Lee Mobile: contracts and roaming in Cork", "what is ComReg"),
    (Q, T, "TFSA", "TFSA meaning"),
    (Q, T, "SIN", "what's the short form of Social Insurance Number"),
    (F, SEC, "What insurance is included?", "what does CDW stand for on my Norðurljós rental?"),
    (D, T, "Outlet Safety", "GFCI meaning"),
]
for doc, m, exp, q in acr:
    add("acr", PUB, m, doc, exp, q)

# ---- tab: answers in table rows (13) ----
tab = [
    (B, T, "EV Overnight", "how much is Avonside's cheap overnight rate for charging an electric car?"),
    (B, T, "Avon Fix 12", "Avonside fixed price deal for a year, what's the unit rate?"),
    (S, T, "Energy Block 2", "in Spokane what do I pay per kWh once I'm past 800 in a month?"),
    (S, T, "Basic Charge", "Inland Cascade fixed monthly charge for a house"),
    (K, T, "Plan 90", "which Wisła plan has unlimited 5G data and how much is it?"),
    (K, T, "Plan 40", "how much EU roaming data comes with Wisła's 40 zloty plan?"),
    (L, T, "Lee Family", "Lee Mobile plan for a family with three or more phones"),
    (L, T, "Lee Prepay", "what's the Lee Mobile prepay top-up price?"),
    (Q, T, "Premium Plan", "which Caisse Rivière-Magog package comes with a safe-deposit box?"),
    (Q, T, "Basic Plan", "cheapest caisse package for seniors on the income supplement"),
    (U, T, "Heavy Parcel", "PakketPunt price to send a 15 kg box within the Netherlands?"),
    (U, T, "Europe Parcel", "how much to send a parcel from Utrecht to Germany?"),
    (D, T, "Dishwasher drain pump", "how much does Front Range charge to replace a dishwasher pump?"),
]
for doc, m, exp, q in tab:
    add("tab", PUB, m, doc, exp, q)

# ---- dis: same question once per document of a near-topic pair (12) ----
dis = [
    ("how do I give my meter reading in {}?", "Submitting a Reading", [(B, "Bristol"), (S, "Spokane")]),
    ("how are estimated bills worked out in {}?", "Estimated Bills", [(B, "Bristol"), (S, "Spokane")]),
    ("can I cancel a new phone contract within 14 days in {}?", "Cooling-off Period", [(K, "Kraków"), (L, "Cork")]),
    ("how long does it take to move my number to a new network in {}?", "Number Porting", [(K, "Kraków"), (L, "Cork")]),
    ("I got a missed delivery card in {}, what does it mean?", "Missed Delivery Card", [(U, "Utrecht"), (G, "Göteborg")]),
    ("how long is my parcel held before it goes back to the sender in {}?", "Holding Period", [(U, "Utrecht"), (G, "Göteborg")]),
]
for tmpl, exp, places in dis:
    for doc, place in places:
        add("dis", PUB, T, doc, exp, tmpl.format(place))

# ---- none: 13 near-topic + 13 unrelated (26) ----
near = [
    "does Avonside Energy in Bristol sell gas as well as electricity?",
    "can I get paid by Avonside in Bristol for power from my solar panels?",
    "does Inland Cascade Power in Spokane give rebates for heat pumps?",
    "is the tap water in Coimbra hard, should I use a filter?",
    "how often does AdM collect bulky rubbish in Coimbra?",
    "how much is Harbour Fibre's monthly broadband plan in Wellington?",
    "does Wisła Mobile in Kraków sell home broadband?",
    "can I pay my Lee Mobile bill at the post office in Cork?",
    "what is the mortgage interest rate at Caisse Rivière-Magog in Sherbrooke?",
    "can PakketPunt in Utrecht collect a parcel from my home for sending?",
    "how much does it cost to send a parcel from Göteborg to Norway with Snabbpaket?",
    "does Norðurljós at Keflavík allow dogs in its rental cars?",
    "does Front Range Appliance Repair in Denver install new dishwashers bought elsewhere?",
]
for q in near:
    add("none", PUB, NONE, "", "", q)
unrelated = [
    ("what time does the Bristol balloon fiesta start?", PUB),
    ("best pizza places in Naples", PUB),
    ("how do I renew my passport online", PUB),
    ("when is the next solar eclipse visible from Spain", PUB),
    ("how many calories are in a banana", PUB),
    ("who won the 2010 football World Cup", PUB),
    ("what's the capital of Mongolia", PUB),
    ("how do I train a puppy to sit", PUB),
    ("tide times in Brighton tomorrow", PUB),
    ("is it safe to swim in the Danube in Budapest", PUB),
    ("how do I make a sourdough starter", INT),
    ("what's the visa fee for Vietnam", INT),
    ("recommend a good sci-fi novel", INT),
]
for q, aud in unrelated:
    add("none", aud, NONE, "", "", q)

# ---- leak: the internal briefing (16) ----
leak_public = [
    "is Aire Valley Home Insurance raising its buildings excess?",
    "how long is the wait on the Aire Valley claims line?",
    "is the Aire Valley storm damage line closing?",
    "which loss adjusters does Aire Valley Home Insurance use?",
    "Aire Valley claims handlers night allowance dispute",
    "has Aire Valley had a data breach with claim files?",
    "drone roof surveys Harrogate insurance",
    "subsidence excess surcharge in LS6 Leeds",
    "Headingley stolen bike insurance claims fraud",
    "how fast does Aire Valley settle escape of water claims?",
]
for q in leak_public:
    add("leak", PUB, NONE, "", "", q)
leak_internal = [
    ("Draft Excess Rise", "what's the proposed new buildings excess?"),
    ("Storm Line Closure", "when does the storm damage phone line shut?"),
    ("Night Shift Dispute", "what is the overnight rota grievance about?"),
    ("Data Breach Near Miss", "what happened with the claim file sent to the wrong policyholder?"),
    ("Loss Adjuster Switch", "which firm replaces Pennine as our loss adjuster?"),
    ("Flood Call Surge", "how many calls came in on the day of the January storm?"),
]
for exp, q in leak_internal:
    add("leak", INT, T, I, exp, q)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    counters = {}
    lines = ["#id\taudience\tmatch\tdocs\texpected\tquestion"]
    for cat, aud, match, doc, exp, q in Q_ROWS:
        counters[cat] = counters.get(cat, 0) + 1
        qid = "%s%02d" % (cat, counters[cat])
        for field in (aud, match, doc, exp, q):
            assert "\t" not in field and "\n" not in field, field
        lines.append("\t".join([qid, aud, match, doc, exp, q]))
    with open(os.path.join(here, "questions.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d questions: %s" % (len(Q_ROWS), ", ".join("%s %d" % kv for kv in counters.items())))


if __name__ == "__main__":
    main()
