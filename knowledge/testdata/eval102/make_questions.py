#!/usr/bin/env python3
"""Writes questions.tsv for eval102 (home and property services), next to this script."""
import os

P = "porto-removals-quotes.md"
G = "galway-removals-quotes.md"
R = "rotterdam-self-storage-access.txt"
M = "melbourne-locksmith-callout.txt"
MN = "minneapolis-heat-pump-service-plan.md"
T = "tromso-heat-pump-service-plan.md"
MT = "montreal-pest-control-visits.md"
A = "auckland-pest-control-visits.txt"
E = "edinburgh-tenancy-deposit-scheme.md"
C = "cardiff-home-extension-rules.md"
F = "faro-holiday-let-cleaning-internal.md"
Y = "york-garden-waste-subscription.txt"

# (doc, expected, question); match is "title" unless expected starts with "§" (section heading)
para = [
    (P, "Box Weight", "how heavy can each carton be when Mudanças Ribeira moves me in Porto?"),
    (P, "Prohibited Items", "can the Porto movers take my gas bottles and paint thinner?"),
    (P, "Azulejos", "I have some old Portuguese wall tiles I want taken along, how do they pack them?"),
    (P, "Stairs Surcharge", "my flat in Porto is on the fifth floor and there's no elevator, do the movers charge extra?"),
    (G, "Island Moves", "moving furniture out to Inis Mór, how does it get there?"),
    (G, "Turf and Fuel", "will the Galway movers take my heating oil tank if it's still full?"),
    (G, "Pet Transport", "can my dog ride in the Corrib van on moving day?"),
    (G, "Fragile Items", "what do I have to do so broken glasses are covered when Corrib moves me?"),
    (R, "Gate Hours", "how late in the evening can I get into the Rotterdam storage site?"),
    (R, "Vehicle Access", "can I bring a big truck right up to my unit at Opslag Maasstad?"),
    (R, "Unpaid Rent", "what happens if I stop paying for my storage unit in Rotterdam?"),
    (R, "Prohibited Goods", "am I allowed to keep food or a gas cylinder in my Rotterdam storage unit?"),
    (M, "Proof of Residence", "what ID does the Melbourne locksmith want before letting me back into my house?"),
    (M, "Car Lockouts", "locked my keys in the car in Brunswick, can you open it and how much?"),
    (M, "Payment", "can I pay the Melbourne locksmith with cash at 9pm?"),
    (M, "Response Time", "how quickly will a locksmith get to me in Coburg?"),
    (MN, "Backup Furnace", "at what temperature does my gas furnace take over from the heat pump in Minneapolis?"),
    (MN, "Utility Rebates", "does North Star help me get money back from Xcel for a tune-up?"),
    (MN, "Repair Discount", "do Comfort Club members pay less when something needs fixing?"),
    (MN, "No-Heat Visits", "my house has no heat and it's minus 10 outside in Minneapolis, how soon will someone come?"),
    (T, "Roof Snow", "snow keeps sliding off my roof onto the heat pump in Tromsø, what can be done?"),
    (T, "Holiday Mode", "should I turn my heat pump off while I'm away over Christmas in Tromsø?"),
    (T, "Rented Homes", "I rent a flat in Tromsø and the heat pump broke, who books the repair?"),
    (T, "Enova Support", "is there any government grant for an air-to-air pump in Tromsø?"),
    (MT, "Raccoons", "there's a raccoon living in my attic in Montréal, will you kill it?"),
    (MT, "Pets and Children", "how long do my kids have to stay out of the room after the exterminator sprays in Montreal?"),
    (MT, "Tenant Requests", "my Montreal apartment has mice, do I pay for the exterminator or does my landlord?"),
    (MT, "Carpenter Ants", "big black ants are chewing the wood of my porch in Montréal"),
    (A, "Possums", "a possum is living in my roof in Auckland, can you get rid of it?"),
    (A, "Kauri Areas", "why do the Auckland pest crews scrub their boots in the Waitākere Ranges?"),
    (A, "Rentals", "who pays for pest control in an Auckland rental when the bugs were there before I moved in?"),
    (E, "Deposit Cap", "what's the most my Edinburgh landlord can ask for up front as a deposit?"),
    (E, "Fair Wear and Tear", "can my landlord take money off for faded curtains when I leave?"),
    (E, "Unprotected Deposits", "my landlord never put my deposit in a scheme, what can I do about it?"),
    (E, "Joint Tenancies", "we're four flatmates sharing one deposit in Edinburgh, how does it get paid back?"),
    (C, "Party Wall Notice", "do I have to warn my neighbour before building on the wall we share in Cardiff?"),
    (C, "Flats", "I live in a maisonette in Cardiff, can I build a small extension without asking?"),
    (C, "Outbuildings", "how tall can a garden room be next to my fence in Cardiff?"),
    (Y, "Refunds", "can I get my money back for the brown bin if I leave York in August?"),
    (Y, "Concessions", "is the garden bin cheaper in York if I get help paying council tax?"),
]
frag = [
    (P, "Piano Moves", "porto piano removal"),
    (G, "Boxes", "galway extra boxes price"),
    (R, "Padlocks", "storage padlock type"),
    (R, "Access PIN", "lost storage PIN"),
    (M, "Overnight Call-Out", "overnight locksmith fee"),
    (M, "Key Cutting", "restricted key copy"),
    (MN, "Coefficient of Performance (COP)", "heat pump efficiency reading"),
    (T, "Drip Tray Ice", "ice under heat pump"),
    (MT, "Bed Bugs", "montreal bed bug heat treatment"),
    (A, "Ants", "argentine ants auckland"),
    (E, "Lodging Deadline", "deposit lodge deadline"),
    (C, "Loft Conversions", "dormer size limits"),
    (C, "Rear Extension Depth", "back extension 3m"),
    (Y, "Japanese Knotweed", "knotweed brown bin"),
    (Y, "Winter Break", "christmas tree collection york"),
]
typo = [
    (P, "Cancellation", "porto remvoals cancelation refund"),
    (G, "Booking Deposit", "galway removals depposit"),
    (R, "Climate Controlled Unit (CCU)", "climate controled unit rotterdam"),
    (R, "Premium Cover", "storgae insurence premium"),
    (M, "Public Holiday Call-Out", "locksmtih public holliday fee"),
    (M, "Lock Change", "dealock cylinder chnage cost"),
    (MN, "Emergency Heat", "emergancy heat minneapolis"),
    (MN, "Filter Changes", "minneaplois filter chnages"),
    (T, "Annual Service", "tromso anual servcie"),
    (MT, "Cockroaches", "montreal cockroches"),
    (A, "Wasp Nests", "auckland wapss nest"),
    (E, "Check-In Report", "check-in reprot inventroy"),
    (C, "Building Regulations", "buidling regualtions fee cardiff"),
    (Y, "Missed Collections", "missed colection york"),
    (Y, "Hedge Trimmings", "hegde trimmigns"),
]
chat = [
    (P, "Booking Deposit", "hi @briefbot! what's the deal with the 20% deposit at Mudanças Ribeira in Porto? thanks"),
    (G, "Written Quote", "hey 👋 any info on how long a Corrib Removals quote stays valid?"),
    (R, "Reception Hours", "bonjour! when is reception open at the Rotterdam storage place?"),
    (R, "Trolleys", "@briefbot pls how long can I keep a trolley at the storage site"),
    (M, "Cancelled Call-Outs", "hallo, what does the Melbourne locksmith charge if I cancel after they've set off? ta"),
    (M, "Warranty", "g'day briefbot, how long is the warranty on locks the Melbourne locksmith fits? 🙏"),
    (MN, "Plan Price", "hola! how much is the North Star Comfort Club per year?"),
    (MN, "Cancellation", "hey there, can I cancel my monthly heat pump plan in Minneapolis? thx"),
    (T, "Call-Out Fee", "hei hei! how much is a call-out from Nordlys Varme in Tromsø if I'm on the plan?"),
    (T, "Kommune Loans", "god morgen 😊 does Tromsø kommune lend money for heat pumps?"),
    (MT, "Booking", "salut @briefbot, what number do I call to book a pest visit in Montréal?"),
    (MT, "Preparation Sheet", "hi! any info on the prep sheet before the exterminator comes in Montreal? merci"),
    (A, "Guarantee", "kia ora! how long is the guarantee on rat treatment in Auckland?"),
    (A, "Mice", "hey 🐭 pls how much to get rid of mice in Auckland"),
    (E, "§How do I check my deposit is protected?", "hiya briefbot, how can I check my deposit is actually protected in Edinburgh? cheers"),
    (E, "Cleaning Charges", "hello! any info on whether I can be charged for cleaning at the end of my tenancy 🧽"),
    (C, "Height Limit", "bore da! how high can a single-storey extension be in Cardiff?"),
    (C, "§How do I object to a neighbour's extension?", "hey @briefbot how do I object to my neighbour's extension pls"),
    (Y, "Annual Fee", "morning! 🌱 how much is the York brown bin subscription this year?"),
    (Y, "Grass Cuttings", "hi, can grass cuttings go in bags in the garden bin? thanks!"),
]
acr = [
    (R, "Climate Controlled Unit (CCU)", "what does CCU mean at the storage site?"),
    (MN, "Coefficient of Performance (COP)", "COP meaning on my heat pump service report"),
    (MT, "§Extermination Mont-Royal: Pest Control Visits (Montréal)", "what does IPM stand for?"),
    (MT, "Tenant Requests", "what is the TAL in Montreal?"),
    (MT, "Harborage", "what's a harborage?"),
    (MT, "Exclusion", "exclusion meaning in pest control"),
    (MT, "Bait Station", "what is a bait station"),
    (R, "Over-lock", "what is an over-lock on my storage unit?"),
    (R, "Unit Inventory", "unit inventory meaning"),
    (E, "Unprotected Deposits", "what does FTT stand for?"),
    (E, "§How do I dispute a deduction?", "ADR meaning for a deposit dispute"),
    (E, "Houses in Multiple Occupation (HMO)", "houses in multiple occupation short form"),
    (C, "§How do I check if I need permission?", "what does LDC stand for?"),
    (C, "§Cardiff Council: Rules for Home Extensions", "what are PD rights?"),
    (Y, "Soil and Turf", "what's an HWRC?"),
    (E, "§How do I get my deposit back?", "how do I get my deposit back in Edinburgh?"),
]
tab = [
    (P, "Storage Between Moves", "how much to keep my things in crates between moves in Porto?"),
    (P, "Moves to Spain", "can the Porto movers take us to Galicia in Spain?"),
    (R, "Basic Cover", "what's the cheapest insurance for my storage unit in Rotterdam?"),
    (R, "Standard Cover", "how much to insure 10,000 euros of stuff at Opslag Maasstad?"),
    (M, "After-Hours Call-Out", "locksmith price on a Saturday afternoon in Melbourne"),
    (M, "Standard Call-Out", "normal weekday locksmith charge during business hours"),
    (MN, "Snow Clearance", "how much room should I leave around the outdoor unit in snow in Minneapolis?"),
    (T, "Snow Clearance", "how high above the snow should the outdoor unit sit in Tromsø?"),
    (A, "Cockroaches", "how much to treat cockroaches in Auckland"),
    (A, "Bed Bugs", "bed bugs in my two-bedroom flat in Auckland, what's the cost?"),
    (Y, "Food Waste", "can food scraps go in the garden waste bin in York?"),
    (Y, "Hedge Trimmings", "how thick can branches be for the York garden bin?"),
    (T, "Roof Snow", "how much is a snow guard over my heat pump in Tromsø?"),
]
dis_templates = [
    ("How much does a survey visit cost with the removals firm in {}?", "Survey Visit", [(P, "Porto"), (G, "Galway")]),
    ("What does the packing service cost for removals in {}?", "Packing Service", [(P, "Porto"), (G, "Galway")]),
    ("How much is the heat pump call-out fee in {}?", "Call-Out Fee", [(MN, "Minneapolis"), (T, "Tromsø")]),
    ("How fast is priority booking for heat pump repairs in {}?", "Priority Booking", [(MN, "Minneapolis"), (T, "Tromsø")]),
    ("How long is the pest control guarantee in {}?", "Guarantee", [(MT, "Montréal"), (A, "Auckland")]),
    ("How much does wasp nest removal cost in {}?", "Wasp Nests", [(MT, "Montréal"), (A, "Auckland")]),
]
dis = [(doc, title, q.format(place)) for q, title, pair in dis_templates for doc, place in pair]
none_near = [
    "do Mudanças Ribeira in Porto do moves on Sundays?",
    "does Corrib Removals in Galway move cars or motorbikes?",
    "is there wifi or a power socket inside the units at the Rotterdam storage site?",
    "can the Melbourne locksmith install CCTV cameras?",
    "does North Star Comfort in Minneapolis install solar panels?",
    "does Nordlys Varme in Tromsø sell firewood?",
    "does the Montréal exterminator deal with termites?",
    "how do I get rid of moles in my lawn in Auckland?",
    "can my Edinburgh landlord put the rent up in the middle of the tenancy?",
    "do I need permission for solar panels on my roof in Cardiff?",
    "is there a discount for paying the York garden waste by direct debit?",
    "does the Rotterdam storage site sell bubble wrap?",
    "are the Porto movers insured if they break my furniture?",
]
none_unrel = [
    "what time does the Louvre open on Mondays?",
    "how do I renew my passport in Kenya?",
    "best way to cook quinoa",
    "when is the next solar eclipse visible from Chile?",
    "how many calories in a banana",
    "ferry timetable from Helsinki to Tallinn",
    "who won the 1998 world cup",
    "python list comprehension syntax",
    "visa requirements for Vietnam",
    "how to tune a guitar to drop D",
    "marathon training plan for beginners",
    "opening hours of the Prado museum",
    "price of a Shinkansen ticket from Tokyo to Kyoto",
]
leak_public = [
    "is the Faro holiday-let cleaning price going up in 2027?",
    "is the Olhão cleaning depot closing?",
    "what's the overtime dispute with the Tavira cleaners about?",
    "what happened with the bleach incident at the Tavira villa?",
    "were keys to holiday lets lost from a van in Olhão?",
    "what discount is Algarve Sol Lettings getting from the cleaners?",
    "how much does a turnover clean cost in Faro?",
    "Limpezas Ria Formosa linen hire price",
    "who is Inês Conceição?",
    "same-day booking surcharge for holiday-let cleaning in Faro",
]
leak_internal = [
    (F, "2027 Price Draft", "draft 2027 price rise for turnover cleans"),
    (F, "Olhão Depot Closure", "when will the Olhão staff be told about the depot closing?"),
    (F, "Bleach Incident Review", "what did the review find after the guest got ill from cleaning products?"),
    (F, "Lost Key Incident", "how much did changing the locks after the lost keys cost?"),
    (F, "Overtime Dispute", "cleaners' grievance about travel time between lets"),
    (F, "Damage Reporting", "how fast must cleaners upload photos of guest damage?"),
]


def row(qid, audience, doc, expected, question):
    if doc is None:
        return [qid, audience, "none", "", "", question]
    if expected.startswith("§"):
        return [qid, audience, "section", doc, expected[1:], question]
    return [qid, audience, "title", doc, expected, question]


rows = []
for prefix, items in [("para", para), ("frag", frag), ("typo", typo), ("chat", chat),
                      ("acr", acr), ("tab", tab), ("dis", dis)]:
    for i, (doc, exp, q) in enumerate(items, 1):
        rows.append(row(f"{prefix}{i:02d}", "public", doc, exp, q))
for i, q in enumerate(none_near + none_unrel, 1):
    rows.append(row(f"none{i:02d}", "public", None, None, q))
n = 0
for q in leak_public:
    n += 1
    rows.append(row(f"leak{n:02d}", "public", None, None, q))
for doc, exp, q in leak_internal:
    n += 1
    rows.append(row(f"leak{n:02d}", "internal", doc, exp, q))

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.tsv")
with open(out, "w", encoding="utf-8") as f:
    f.write("#id\taudience\tmatch\tdocs\texpected\tquestion\n")
    for r in rows:
        assert all("\t" not in c and "\n" not in c for c in r), r
        f.write("\t".join(r) + "\n")
print(f"wrote {len(rows)} questions to {out}")
