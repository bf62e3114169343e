#!/usr/bin/env python3
"""Writes questions.tsv for eval70 from hand-written lists (written from the briefings alone)."""
V = "vienna-coffee-house-table-rules.md"
P = "prague-beer-hall-reservations.txt"
B = "balaton-ice-fishing-rules.md"
L = "lipno-ice-fishing-rules.txt"
D = "dolomites-via-ferrata-gear-rules.md"
J = "julian-alps-via-ferrata-gear-rules.md"
T = "techirghiol-mud-baths.txt"
M = "pomorie-mud-baths.md"
C = "cappadocia-cave-hotel-renovation-internal.md"
S = "santorini-donkey-rides.txt"
I = "istanbul-ferry-passes.md"
Z = "zakopane-highlander-sleigh-rides.md"

para = [
    (V, "Table Sharing", "can I sit down with people I don't know at a Viennese café?"),
    (V, "Reserved Stammtisch", "that empty table with the brass sign in a Vienna café, can I grab it?"),
    (V, "Lingering Allowance", "will a Vienna café kick me out if I only buy one coffee and stay all afternoon?"),
    (V, "Laptop Hours", "can I work on my computer in a Vienna coffee house over lunch?"),
    (V, "Bill Settlement", "how do I pay and tip in a Viennese café?"),
    (V, "Glass of Water", "do Vienna cafés give you something to drink free alongside your coffee?"),
    (P, "Cancellation Window", "if I call off my Prague beer hall booking the day before do I get my money back?"),
    (P, "Late Arrival", "we're running behind for our beer hall table in Prague, what happens?"),
    (P, "Group Deposit", "do big groups have to pay upfront at Prague beer halls?"),
    (P, "No-Show Fee", "what if our party just never turns up at the Prague pub we booked?"),
    (P, "Phone Booking", "what times can I ring a Prague beer hall to reserve?"),
    (B, "Shoreline Distance", "how far out from the bank can I go on the frozen Balaton?"),
    (B, "Vehicles on Ice", "can I drive my car onto frozen Lake Balaton?"),
    (B, "Fishing Alone", "is solo angling through the ice allowed on Balaton?"),
    (L, "Shelters", "can I leave my tent overnight on the frozen Lipno reservoir?"),
    (L, "Rod Limit", "how many fishing poles can I use through the ice at Lipno?"),
    (L, "Ice Closures", "how will I know the ice at Lipno has been shut?"),
    (D, "Helmet", "why do I need head protection on Dolomites climbing routes?"),
    (D, "Gloves", "should I bring something for my hands on a Dolomites via ferrata?"),
    (D, "What about storms?", "what do I do if thunder starts while I'm on a Dolomites cable route?"),
    (D, "Are old lanyards allowed?", "can I still use my elastic-armed kit from years ago in the Dolomites?"),
    (J, "Ranger Checks", "will someone inspect my kit before a Julian Alps ferrata?"),
    (J, "Mountain Rescue Costs", "will I have to pay if I get rescued in the Julian Alps without proper equipment?"),
    (J, "Equipment Hire", "where can I rent climbing kit near Kranjska Gora?"),
    (T, "Rinsing Off", "where do I wash the mud off at Techirghiol?"),
    (T, "Women's Beach", "is there a ladies-only area at Techirghiol lake?"),
    (T, "Protecting the Lake", "can I take some Techirghiol mud home in a bottle?"),
    (M, "Bird Reserve", "is there a part of Pomorie lagoon where bathing is off limits because of wildlife?"),
    (M, "Salt Works Walk", "is there a stroll to see where salt used to be made at Pomorie?"),
    (M, "Protecting the Lagoon", "will I get fined for filling a jar with Pomorie mud?"),
    (S, "Weight Limit", "is there a maximum size of person who can ride up Santorini's steps?"),
    (S, "Heat Shutdown", "do the Santorini donkeys still work when it's really hot?"),
    (S, "Children Riding", "can my 5-year-old go on a donkey in Santorini by themselves?"),
    (S, "Reporting Mistreatment", "who do I tell if I see a donkey being beaten in Santorini?"),
    (S, "Veterinary Checks", "how often does an animal doctor see the Santorini donkeys?"),
    (I, "Can one card pay for several people?", "can my whole family travel on my one card on the Istanbul ferry?"),
    (I, "Refunds", "how do I get my leftover money back from my Istanbul transit card?"),
    (I, "Night Ferries", "are there any boats across the water in Istanbul after midnight?"),
    (I, "Lost Cards", "I misplaced my Istanbul ferry card, can I keep my balance?"),
    (Z, "Alcohol Rule", "can we bring vodka on a sleigh ride in Zakopane?"),
    (Z, "Horse Blankets", "do Zakopane sleigh horses get covered up in the cold?"),
    (Z, "Torchlight Rides", "are there evening sleigh trips ending at a campfire near Zakopane?"),
]
frag = [
    (V, "Coat Stand", "vienna café coat"),
    (P, "Online Booking", "prague booking online"),
    (B, "Hole Diameter", "balaton hole size"),
    (L, "Ice Picks", "lipno ice picks"),
    (D, "Can I hire equipment?", "dolomites ferrata hire"),
    (J, "Helmet", "triglav ferrata helmet"),
    (T, "Session Length", "techirghiol session length"),
    (M, "Mud Beach", "pomorie mud beach"),
    (S, "Water Troughs", "santorini water troughs"),
    (S, "Saddle Condition", "donkey saddle sores"),
    (I, "Turnstiles", "istanbul ferry turnstile"),
    (I, "Monthly Ferry Pass", "bosphorus monthly pass"),
    (Z, "Fares Board", "zakopane sleigh fares"),
    (Z, "Veterinary Passport", "sleigh horse passport"),
    (P, "Reserved Card", "prague reserved card"),
]
typo = [
    (V, "Window Seats", "vienna cofee house windwo seats"),
    (V, "Newspaper Corner", "newpaper corner vienna"),
    (P, "Cancellation Window", "prauge beer hal cancelation"),
    (B, "Minimum Ice Thickness", "balatn minimum ice thicknes"),
    (L, "Zander Closed Season", "lipno zandr closed season"),
    (B, "Pike Closed Season", "pike closd season balaton"),
    (D, "Lanyard Set", "dolomties lanyrd set"),
    (J, "Harness", "julain alps harnes"),
    (T, "Mud Application", "techirgiol mud aplication"),
    (M, "Lye Compress Room", "pomorei lye compres room"),
    (S, "Weight Limit", "santorni donkey wieght limit"),
    (S, "Working Hours", "santorini workign hours donkeys"),
    (I, "Contactless Bank Cards", "istanbul contactles bank cards ferry"),
    (Z, "Load Limit", "zakopane sleigh laod limit"),
    (Z, "Driver Licence", "zakopane sleigh drvier licence"),
]
chat = [
    (B, "Rod Limit", "hi! quick q: how many rods can I use ice fishing on Balaton?"),
    (P, "No-Show Fee", "@briefbot any info on the Prague beer hall no-show fee? thx"),
    (V, "Table Sharing", "Servus 👋 is table sharing ok in Vienna coffee houses?"),
    (P, "Holding and Releasing Tables", "Dobrý den, how long is a booked beer hall table held in Prague?"),
    (D, "What gear must I carry on a via ferrata?", "hola! what gear must I carry on a Dolomites via ferrata? gracias"),
    (J, "Helmet", "pls what's the helmet rule on the Julian Alps routes 🙏"),
    (T, "Family Beach", "bonjour, does Techirghiol have a family beach where swimwear is needed?"),
    (M, "Session Length", "Здравейте! how long can I do mud bathing per day at Pomorie?"),
    (S, "One Rider Only", "yo @briefbot santorini donkey one rider only rule?"),
    (I, "Student Card", "Merhaba 😊 can students get cheaper ferry fares in Istanbul?"),
    (Z, "Working Day", "Cześć! how many hours a day do the Zakopane sleigh horses work?"),
    (V, "Dog Bowls", "hey there, quick q — do Vienna cafés allow dogs?"),
    (V, "Cake Vitrine", "Grüß Gott! how does the cake vitrine work in Vienna cafés? danke"),
    (L, "Youth Permit", "hi hi, any info on Lipno youth permits? thanks!"),
    (B, "Winter Day Permit", "good morning ☀️ is there a winter day permit for Balaton ice fishing?"),
    (D, "Child Set", "ciao! can I hire a child set for via ferrata in the Dolomites?"),
    (J, "Hanzova Pot", "Živjo! which ferrata route starts at the Vršič pass in the Julian Alps?"),
    (T, "Indoor Mud Therapy", "hey @briefbot, Techirghiol indoor mud therapy — need a referral? ty"),
    (S, "Ammoudi Path", "Γεια σας! how many steps is the Ammoudi path up to Oía?"),
    (I, "Lost Cards", "thx so much 🙌 one more: can I block a lost Istanbulkart?"),
    (Z, "Gubałówka Ridge", "hello! any info on a short sleigh ride on Gubałówka pls"),
]
acr = [
    (V, "Vienna Coffee House Table Rules", "what does VCHG stand for"),
    (V, "Complaints", "how do I complain to the Vienna Coffee House Guild?"),
    (B, "Lake Balaton Ice Fishing Rules", "what does BFA stand for in Balaton fishing"),
    (B, "Ice Closures", "when does the Balaton Fisheries Authority close the ice?"),
    (L, "Lipno Reservoir Ice Fishing Rules", "CAU meaning?"),
    (L, "Union Season Permit", "Czech Anglers Union season permit"),
    (D, "KSS", "what does KSS stand for"),
    (D, "EAL", "EAL meaning?"),
    (D, "CAI", "what is the CAI"),
    (J, "PZS", "what does PZS stand for"),
    (J, "Julian Alps Via Ferrata Gear Rules", "TNP meaning?"),
    (J, "Zavarovana pot", "what does zavarovana pot mean"),
    (I, "Istanbul Ferry Passes", "what is the IMM"),
    (I, "What is the Istanbulkart?", "what is the Istanbulkart?"),
    (I, "What is a transfer discount?", "transfer discount meaning"),
    (Z, "Zakopane Highlander Sleigh Rides", "what does TPN stand for"),
    (P, "Štamgast", "what is a štamgast"),
    (P, "Čárka", "čárka meaning in a beer hall"),
]
tab = [
    (V, "Melange Order", "should I order a melange or a cappuccino in Vienna?"),
    (V, "Quiet Card Games", "can we play tarock in a Viennese coffee house?"),
    (P, "Klášterní Pivovar", "which Prague beer hall has a monastery garden?"),
    (P, "Lokál Dlouhá", "where in Prague are there long shared tables for a big group of 30?"),
    (P, "Žižkov Pivnice", "can I book the Žižkov pub on a football day?"),
    (B, "Youth Permit", "my 12-year-old wants to ice fish on Balaton, what permit does she need?"),
    (L, "Winter Day Permit", "permit for a visiting angler without a club card at Lipno"),
    (D, "Headtorch", "where can I rent a headlamp on the Tofane routes?"),
    (J, "Kamniški Vrh Route", "easiest grade A ferrata near Bovec"),
    (T, "Children's Mud Area", "can kids do the mud at Techirghiol in summer?"),
    (M, "Open-air Mud Baths", "is outdoor mud bathing free at Pomorie?"),
    (S, "Cable Car Alternative", "is there a way up from Firá old port without a donkey?"),
    (I, "Senior Free Pass", "are ferries free for pensioners in Istanbul?"),
]
dis = [
    (B, "Minimum Ice Thickness", "minimum ice thickness on Lake Balaton"),
    (L, "Minimum Ice Thickness", "minimum ice thickness on the Lipno reservoir"),
    (L, "Shoreline Distance", "how far from shore can I ice fish at Lipno?"),
    (B, "Shoreline Distance", "how far from shore can I ice fish at Balaton?"),
    (D, "Harness", "is a harness required on a Dolomites via ferrata?"),
    (J, "Harness", "is a harness required on a Julian Alps via ferrata?"),
    (J, "Gloves", "do I need gloves on Julian Alps via ferrata routes?"),
    (D, "Gloves", "do I need gloves on Dolomites via ferrata routes?"),
    (T, "Mud Application", "how long do I leave the mud on at Techirghiol?"),
    (M, "Mud Application", "how long do I leave the mud on at Pomorie?"),
    (M, "Salt Water Pool", "salt water pool at Pomorie"),
    (T, "Salt Water Pool", "salt water pool at Techirghiol"),
]
none_near = [
    "how much does a Melange cost in Vienna coffee houses?",
    "what year was the Vienna Coffee House Guild founded?",
    "how much does a sleigh ride in Zakopane cost in złoty?",
    "what is the deposit amount per person at Prague beer halls?",
    "how much does a Balaton winter day permit cost?",
    "how deep is the Lipno reservoir?",
    "who is the chairman of the Czech Anglers Union?",
    "what is the hire price in euros of a via ferrata set in Cortina?",
    "how many via ferrata routes are there in the Julian Alps?",
    "what is the price of a Techirghiol mud bath ticket?",
    "when was the Pomorie salt museum opened?",
    "how many donkeys work on Santorini?",
    "how much is an Istanbul ferry fare in lira?",
]
none_far = [
    "how do I renew my passport?",
    "what's the weather in Tokyo tomorrow",
    "best sourdough pizza recipe",
    "who won the football world cup in 2018?",
    "how to reset my wifi router",
    "salary bands for software engineers",
    "how do I file my travel expenses",
    "python list comprehension syntax",
    "nearest dentist open on sunday",
    "what is the capital of Australia?",
    "how to train a puppy to sit",
    "current mortgage interest rates",
    "how many moons does Jupiter have?",
]
leak_public = [
    "cappadocia cave hotel excavation cap",
    "Nevşehir board undercover stays at Göreme hotels",
    "which Ürgüp hotels dug rooms without a permit?",
    "is cement plaster on carved cave rock faces going to be banned?",
    "are lift shafts through fairy chimneys allowed?",
    "Uçhisar terrace court case status",
    "Göreme pool dispute mediation",
    "NHCB fee increase proposal",
    "glass extension depth limit for cave hotels",
    "who got the drone survey contract for the Uçhisar castle slope?",
]
leak_internal = [
    (C, "Excavation Cap", "what is the draft cap on new cave excavation in Cappadocia?"),
    (C, "Unannounced Inspections", "did inspectors stay undercover at Göreme hotels?"),
    (C, "Uçhisar Terrace Case", "status of the Uçhisar terrace appeal"),
    (C, "Rock Face Plaster", "is a cement plaster ban coming for carved rock faces?"),
    (C, "Fee Increase Proposal", "proposed heritage board fee rise for Cappadocia"),
    (C, "Ürgüp Violations", "how many hotels broke the digging rules in Ürgüp?"),
]

rows = []
def add(cat, items):
    for n, (doc, exp, q) in enumerate(items, 1):
        rows.append((f"{cat}{n:02d}", "public", "title", doc, exp, q))
add("para", para); add("frag", frag); add("typo", typo); add("chat", chat)
add("acr", acr); add("tab", tab); add("dis", dis)
for n, q in enumerate(none_near + none_far, 1):
    rows.append((f"none{n:02d}", "public", "none", "", "", q))
for n, q in enumerate(leak_public, 1):
    rows.append((f"leak{n:02d}", "public", "none", "", "", q))
for n, (doc, exp, q) in enumerate(leak_internal, len(leak_public) + 1):
    rows.append((f"leak{n:02d}", "internal", "title", doc, exp, q))

with open("questions.tsv", "w", encoding="utf-8") as f:
    f.write("#id\taudience\tmatch\tdocs\texpected\tquestion\n")
    for r in rows:
        assert all("\t" not in c and "\n" not in c for c in r)
        f.write("\t".join(r) + "\n")
print(f"wrote {len(rows)} questions to questions.tsv")
