#!/usr/bin/env python3
"""Writes questions.tsv for eval63, written blind from the briefings alone."""
BM = "blue-mountain-coffee-grading.md"
KO = "kona-coffee-grading.txt"
KI = "kilimanjaro-porter-welfare.md"
IN = "inca-trail-porter-welfare.txt"
SE = "seychelles-giant-tortoises.md"
GA = "galapagos-giant-tortoises.txt"
UJ = "uji-matcha-grading.md"
UY = "uyuni-salt-flat-jeep-tours.txt"
YU = "yucatan-cenote-diving.md"
AN = "antarctic-cruise-landings.txt"
HA = "havana-cigar-export-limits.md"
KR = "kruger-rhino-dehorning-internal.md"

T, S = "title", "section"
Q = {}
# (match, doc, expected, question); audience public unless given as 5th
Q["para"] = [
    (T, BM, "Altitude Rule", "can coffee grown lower down in Jamaica still be called Blue Mountain?"),
    (T, BM, "Wooden Barrels", "why does Jamaican Blue Mountain come in wooden casks instead of sacks?"),
    (T, BM, "Seal Breach", "what happens if a Blue Mountain cask gets opened before it goes on the ship?"),
    (T, BM, "Colour Sorting", "who picks out the dark bad beans from Jamaican coffee?"),
    (T, KO, "Blend Labeling", "how much real Kona has to be in a Kona blend?"),
    (T, KO, "Coffee Berry Borer", "what about beetle-damaged beans in Kona coffee?"),
    (T, KO, "Mainland Shipping", "which port does Kona coffee get sent out of to the mainland?"),
    (T, KO, "District Boundary", "is Kona coffee defined by how high the farm is or by where it sits on the map?"),
    (T, KI, "Gate Weigh-In", "who checks how heavy the bags are when you start up Kilimanjaro?"),
    (T, KI, "Warm Clothing", "will the outfitter give porters something warm to wear on Kili?"),
    (T, KI, "Rescue Insurance", "are Kilimanjaro porters covered if they have to be rescued?"),
    (T, KI, "Weight Log", "who names and shames Kili companies that overload their porters?"),
    (T, IN, "Age Minimum", "how old do you need to be to work as a porter on the Inca Trail?"),
    (T, IN, "Rain Gear", "what do Inca Trail porters wear on their feet these days?"),
    (T, IN, "Checkpoint Scales", "what happens if an Inca Trail porter's pack is too heavy at the control point?"),
    (T, IN, "Work Insurance", "are Machu Picchu trek porters insured for accidents on the job?"),
    (T, SE, "Curieuse Visits", "where in the Seychelles can I walk among tortoises roaming free?"),
    (T, SE, "Feeding Rules", "can I give the Seychelles tortoises a banana?"),
    (T, SE, "Aldabra Access", "can tourists go to Aldabra atoll?"),
    (T, SE, "Keeper Licence", "do I need paperwork to have a tortoise in my garden in the Seychelles?"),
    (T, GA, "Highland Reserves", "where can I see tortoises out in the wild on Santa Cruz?"),
    (T, GA, "Keep Two Meters", "how close can I get to a giant tortoise in Galápagos?"),
    (T, GA, "Rat Eradication", "why are baby tortoises surviving on Pinzón again?"),
    (T, GA, "Boot Cleaning", "why do they make me scrub my shoes at the Galapagos tortoise reserve?"),
    (T, UJ, "Shading Period", "how long are Uji tea bushes kept in the dark before picking?"),
    (T, UJ, "Stone Milling", "why is matcha ground so slowly?"),
    (T, UJ, "Open Tin", "how fast should I finish matcha once I've opened it?"),
    (T, UJ, "Origin Rule", "can matcha made from leaves from other prefectures still be sold as Uji?"),
    (T, UY, "Convoy Rule", "why do Uyuni jeeps travel two together in the wet season?"),
    (T, UY, "Oxygen Kit", "what if I get altitude sickness on the Uyuni lagoon trip?"),
    (T, UY, "Perspective Photos", "can I leave my dinosaur toy on the salt flat after the funny pictures?"),
    (T, UY, "Passenger Limit", "how many people fit in one Uyuni jeep?"),
    (T, YU, "Rule of Thirds", "how much air should I keep back on a cenote cave dive?"),
    (T, YU, "Sunscreen Ban", "can I wear sun cream when I swim in a cenote?"),
    (T, YU, "Guide Ratio", "how many divers can one guide take into a cavern in the Yucatán?"),
    (T, YU, "Halocline Layer", "what's that blurry layer where fresh and salty water meet in cenotes?"),
    (T, AN, "Right of Way", "if penguins are crossing the path in Antarctica who goes first?"),
    (T, AN, "Weather Call", "when do they call off going ashore in Antarctica because of wind?"),
    (T, AN, "Velcro Check", "why do they hoover my backpack before the first Antarctic landing?"),
    (T, HA, "Warranty Seal", "how can I tell a real box of Cuban cigars from a fake?"),
    (T, HA, "Street Sellers", "is it ok to buy cigars from a guy on the street in Havana?"),
    (T, HA, "Partagás Factory", "can I take photos on the cigar factory tour in Havana?"),
]
Q["frag"] = [
    (T, BM, "Blue Mountain Peaberry", "blue mountain peaberry"),
    (T, KO, "Burlap Bags", "kona burlap bags"),
    (T, KI, "Sleeping Tent", "kilimanjaro porter tent"),
    (T, IN, "Tip Pool", "inca trail tip pool"),
    (T, SE, "Microchip Tag", "seychelles tortoise microchip"),
    (T, GA, "Fire Ant Control", "fire ants hatchlings"),
    (T, UJ, "Particle Size", "matcha particle size"),
    (T, UJ, "Culinary Grade", "culinary matcha"),
    (T, UY, "Border Transfer", "uyuni border transfer"),
    (T, UY, "Flamingo Distance", "flamingo distance uyuni"),
    (T, YU, "Sac Actun", "sac actun"),
    (T, YU, "Ejido Fees", "cenote entrance fee"),
    (T, AN, "Port Lockroy", "port lockroy landing"),
    (T, HA, "Loose cigars", "loose cigars havana"),
    (T, HA, "UK Arrival", "UK cigar allowance"),
]
Q["typo"] = [
    (T, BM, "Moisture Check", "blue mountian coffe moisture"),
    (T, KO, "Kona Extra Fancy", "kona extra fancey grade"),
    (S, KI, "What is the minimum wage for a porter?", "kilimanjro portr minimum wgae"),
    (T, IN, "Evacuation Rule", "inca trial porter evacuaton"),
    (T, SE, "No Riding", "seychelles tortiose riding"),
    (T, GA, "Fausto Llerena Center", "fausto llerna centre"),
    (T, UJ, "Ceremonial Grade", "ceremonal grade macha"),
    (T, UJ, "Cold Storage", "matcha fridge storgae"),
    (T, UY, "One-Day Salar Tour", "uyni salar one day tuor"),
    (T, UY, "Satellite Phone", "satelite phone jeep uyuni"),
    (T, YU, "Cavern Dive", "cenote cavren dive training"),
    (T, YU, "Guideline Use", "cenote cave guidline"),
    (T, AN, "Boot Washing", "antartic boot wahsing"),
    (T, AN, "Deception Island", "deceptoin island landing"),
    (T, HA, "Gift Cigars", "havanna cigar giftt"),
]
Q["chat"] = [
    (S, KI, "How much can a porter carry?", "hi @briefbot quick q: how heavy can a Kilimanjaro porter's load be?"),
    (T, UY, "Three-Day Lagoons Tour", "hola! any info on the Uyuni three day lagoons tour? gracias"),
    (T, GA, "No Riding", "bonjour 👋 what's the rule about riding tortoises in Galápagos?"),
    (T, BM, "Cup Panel", "thanks in advance!! pls tell me how Jamaican Blue Mountain coffee gets tasted"),
    (T, UJ, "Cold Storage", "@briefbot konnichiwa, how long does unopened matcha keep?"),
    (T, KO, "Kona Peaberry No. 1", "hey team 🙂 any info on Kona peaberry?"),
    (T, HA, "EU Arrival", "guten Tag! how many Cuban cigars can I bring back into the EU?"),
    (T, IN, "Three Meals", "quick q pls: do Inca Trail porters get fed properly?"),
    (T, YU, "Full Cave Dive", "ciao briefbot, what certification do I need for a full cave dive in the Yucatán?"),
    (T, BM, "Certificate of Origin", "morning all ☕ what paperwork travels with each Blue Mountain barrel?"),
    (T, AN, "Five Metre Rule", "olá! tell me about the penguin distance rule in Antarctica pls"),
    (T, SE, "Sale Permit", "hi there, any info on selling a pet tortoise in the Seychelles? ty"),
    (T, SE, "Curieuse Visits", "salaam 🙏 how do I get to Curieuse to see the tortoises?"),
    (T, KO, "Kona Number 1", "yo @briefbot, what's the screen size for Kona number 1? thx"),
    (T, KI, "Three Meals", "namaste! do Kilimanjaro porters eat the same food as the climbers?"),
    (T, YU, "Closing Time", "hej 👋 what time do cenotes close for divers?"),
    (T, AN, "Large Ships", "hello!! quick q, can huge cruise ships land people in Antarctica?"),
    (T, UY, "Driver Permit", "g'day, do Uyuni jeep drivers need first aid training? cheers"),
    (T, HA, "Partagás Factory", "buenos días, when can I tour the Partagás cigar factory? 🙏"),
    (T, AN, "Life Jackets", "hiya, thanks so much for earlier! now: what's the Zodiac life jacket rule?"),
    (T, UJ, "Tasting Panel", "merci! one more: how is Uji matcha tasted before it gets a grade?"),
]
Q["acr"] = [
    (S, BM, "Jamaica Blue Mountain Coffee Grading", "what does JACRA stand for"),
    (S, KO, "Kona Coffee Grading", "HDOA meaning?"),
    (S, KI, "What is KPAP?", "what is KPAP"),
    (S, KI, "Kilimanjaro Porter Welfare", "KINAPA stands for?"),
    (T, IN, "SCTR", "what does SCTR stand for"),
    (T, IN, "DIRCETUR", "DIRCETUR meaning?"),
    (T, IN, "Chaski", "what is a chaski on the Inca Trail"),
    (T, SE, "SIF", "define SIF"),
    (T, SE, "CITES", "CITES meaning"),
    (T, SE, "Esmeralda", "who is Esmeralda the tortoise"),
    (S, GA, "Galápagos Giant Tortoises", "what does GNPD stand for"),
    (S, UJ, "What does JAS mean on the tin?", "what does JAS mean on a matcha tin"),
    (S, UJ, "What does JAS mean on the tin?", "Japanese Agricultural Standard abbreviation"),
    (S, UY, "Uyuni Salt Flat Jeep Tours", "SERNAP meaning?"),
    (S, YU, "Protected Cenotes", "what does CONANP stand for"),
    (S, AN, "Antarctic Cruise Landings", "International Association of Antarctica Tour Operators acronym"),
    (S, AN, "Antarctic Cruise Landings", "IAATO meaning"),
    (T, SE, "SIF", "what is the Seychelles Islands Foundation"),
]
Q["tab"] = [
    (T, BM, "Blue Mountain Triage", "which Blue Mountain grade is the leftover mixed-size beans?"),
    (T, BM, "Blue Mountain No. 2", "what bean size is Blue Mountain number two?"),
    (T, KO, "Kona Prime", "what's the lowest Kona grade that still gets sold?"),
    (T, KI, "Assistant Guide", "how much does an assistant guide earn per day on Kilimanjaro?"),
    (T, IN, "Trail Cook", "what does the cook earn on the Inca Trail trek?"),
    (T, SE, "Pen Size", "how big should a tortoise enclosure be in the Seychelles?"),
    (T, GA, "Arnaldo Tupiza Center", "which tortoise breeding center is on Isabela?"),
    (T, UJ, "Culinary Grade", "which matcha should I buy for making a latte at home?"),
    (T, UY, "Border Transfer", "is there an Uyuni tour that drops me in Chile at the end?"),
    (T, YU, "Cenote Snorkel", "do I need a diving certificate just to swim in a cenote?"),
    (T, AN, "Neko Harbour", "how many passengers can go ashore at Neko Harbour at once?"),
    (T, HA, "51 cigars or more", "I'm taking 80 cigars home from Cuba, what paperwork do I need?"),
    (T, HA, "Up to 50 cigars", "up to how many boxed cigars can I leave Havana with without receipts?"),
]
Q["dis"] = [
    (T, BM, "Blue Mountain No. 1", "what's the top export grade for Blue Mountain coffee?"),
    (T, KO, "Kona Extra Fancy", "what's the top export grade for Kona coffee?"),
    (T, BM, "Barrel Stencil", "what is marked on each shipping container of Blue Mountain coffee?"),
    (T, KO, "Bag Stamp", "what is marked on each shipping container of Kona coffee?"),
    (T, KI, "Porter", "what does a porter get paid per day on Kilimanjaro?"),
    (T, IN, "Porter", "what does a porter get paid per day on the Inca Trail?"),
    (T, KI, "Evacuation Rule", "what happens if a porter gets sick on Kilimanjaro?"),
    (T, IN, "Evacuation Rule", "what happens if a porter gets sick on the Inca Trail?"),
    (T, SE, "Shell Souvenirs", "can I take a tortoise shell home from the Seychelles?"),
    (T, GA, "Shell Souvenirs", "can I take a tortoise shell home from the Galápagos?"),
    (T, SE, "Export Ban", "can I export a live tortoise from the Seychelles?"),
    (T, GA, "Export Ban", "can I export a live tortoise from the Galápagos?"),
]
N = "none"
Q["none"] = [(N, "", "", q) for q in [
    # near-topic facts the briefings do not give
    "how much does a pound of Blue Mountain coffee cost?",
    "how many farms grow Kona coffee?",
    "who founded KPAP?",
    "what year was the Inca Trail porter law passed?",
    "how much does an adult Aldabra tortoise weigh?",
    "how old is the oldest tortoise in the Galápagos?",
    "what's the price of a 30g tin of ceremonial Uji matcha?",
    "how much is the entry fee for the Eduardo Avaroa reserve?",
    "how deep is the deepest cenote in the Yucatán?",
    "how many tourists visit Antarctica each season?",
    "what's the name of the Port Lockroy postmaster?",
    "how much does a box of Cohiba cost in Havana?",
    "when does the Kona coffee harvest start?",
    # unrelated
    "how do I renew my passport?",
    "what's the weather in Oslo tomorrow?",
    "best pizza dough recipe",
    "how do I reset my wifi router password?",
    "who won the 2022 world cup?",
    "how to file a tax return",
    "train times Paris to Lyon",
    "how many calories in an avocado",
    "how do I fix a flat on my bike",
    "symptoms of flu",
    "what is the capital of Australia",
    "how to knit a scarf",
    "python list comprehension example",
]]
Q["leak"] = [(N, "", "", q) for q in [
    "how many rhinos were dehorned in Kruger this year?",
    "Kruger rhino poaching losses 2026",
    "did SANParks run undercover checks on rangers?",
    "cost per rhino of dehorning in Kruger",
    "is Kruger extending dehorning north of the Olifants River?",
    "how big is the Kruger rhino horn stockpile?",
    "vet contract dispute kruger darting",
    "do safari lodges complain about hornless rhinos?",
    "will Kruger sell its rhino horn stockpile?",
    "curio shops horn shavings Hazyview",
]] + [
    (T, KR, "Rhinos Dehorned", "how many rhinos have we dehorned so far in Kruger?", "internal"),
    (T, KR, "Ranger Integrity Test", "what came of the ranger integrity sting?", "internal"),
    (T, KR, "Northern Expansion", "when will the northern dehorning expansion be announced?", "internal"),
    (T, KR, "Vet Contract Dispute", "what's the dispute with the wildlife vet about?", "internal"),
    (T, KR, "Stockpile Policy", "are we going to sell the horn stockpile?", "internal"),
    (T, KR, "Landowner Objection", "why are the neighbouring private reserves unhappy about dehorned rhinos?", "internal"),
]

WANT = dict(para=42, frag=15, typo=15, chat=21, acr=18, tab=13, dis=12, none=26, leak=16)
rows = ["#id\taudience\tmatch\tdocs\texpected\tquestion"]
for cat, n in WANT.items():
    qs = Q[cat]
    assert len(qs) == n, (cat, len(qs), n)
    for i, q in enumerate(qs, 1):
        match, doc, exp, text = q[:4]
        aud = q[4] if len(q) > 4 else "public"
        assert "\t" not in text
        rows.append(f"{cat}{i:02d}\t{aud}\t{match}\t{doc}\t{exp}\t{text}")
with open("/tmp/eval63/questions.tsv", "w", encoding="utf-8") as f:
    f.write("\n".join(rows) + "\n")
print(len(rows) - 1, "questions written")
