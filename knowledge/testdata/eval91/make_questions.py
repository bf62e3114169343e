#!/usr/bin/env python3
"""Write questions.tsv for eval91 from the briefings (written blind)."""
E = "edinburgh-fringe-venues.md"
G = "glastonbury-resale-camping-internal.md"
M = "new-orleans-mardi-gras-parade-viewing.md"
R = "rio-carnival-sambadrome-sectors.txt"
O = "munich-oktoberfest-tent-reservations.md"
S = "stuttgart-volksfest-tent-reservations.txt"
K = "songkran-chiang-mai-etiquette.md"
Y = "yangon-thingyan-water-festival.txt"
T = "la-tomatina-bunol-wristbands.md"
X = "oaxaca-dia-de-muertos-cemeteries.txt"
H = "harbin-ice-snow-world-entry.md"
A = "albuquerque-balloon-fiesta-field-access.txt"

para = [
 (E, "What is the Half-Price Hut?", "where can I get cheap same-day comedy tickets in Edinburgh?"),
 (E, "How do I use the Half-Price Hut?", "do they take cash at the cheap ticket booth on the Mound?"),
 (E, "Underbelly Cowgate", "is the venue down in the Cowgate ok for someone in a wheelchair?"),
 (E, "Pitch Draw", "how do buskers get a spot on the Royal Mile?"),
 (E, "Flyering Etiquette", "can I hand out leaflets for my show anywhere on the Mile?"),
 (E, "Sensory Backpacks", "something for a kid who gets overwhelmed by noise at a fringe show?"),
 (M, "Ladder Setback", "how far from the road does my ladder have to be at mardi gras?"),
 (M, "Four-Hour Rule", "how early can we put our chairs out for the parade in New Orleans?"),
 (M, "No Roping Off", "can I tape off a big patch of sidewalk on St Charles to save it?"),
 (M, "Family Gathering Areas", "where can I watch Mardi Gras with little kids away from the drinking?"),
 (M, "Towing Zones", "will my car get towed if I leave it on the median during Mardi Gras?"),
 (M, "French Quarter Walking Parades", "which mardi gras parades go through the French Quarter?"),
 (R, "Special Group Nights", "which nights do the top samba schools parade in Rio?"),
 (R, "Champions Parade", "is there a second chance to see the winning samba schools?"),
 (R, "Ticket Collection", "do Sambadrome tickets get mailed to me or do I pick them up?"),
 (R, "Getting There", "which metro stop do I use for the Sambadrome?"),
 (O, "Reservation Window", "when can I book a table in the Oktoberfest tents?"),
 (O, "Unreserved Areas", "can I just turn up at an Oktoberfest tent without booking?"),
 (O, "Bag Limit", "can I bring a backpack onto the Theresienwiese?"),
 (O, "Tent Closures", "what if my Oktoberfest tent is full when I arrive with a booking?"),
 (S, "Afternoon Tables", "are there cheaper weekday slots at the Stuttgart Volksfest tents?"),
 (S, "Fruit Column", "where do people usually meet up at the Cannstatter Wasen?"),
 (K, "Is everyone fair game?", "who shouldn't I splash during songkran in Chiang Mai?"),
 (K, "When does the water throwing stop?", "what time do people quit soaking each other in Chiang Mai at Thai new year?"),
 (K, "Moat Water", "will I get sick from the canal water in Chiang Mai during Songkran?"),
 (K, "Clay Paste", "what's the white stuff people smear on your face at Songkran?"),
 (K, "Nimmanhaemin Road", "where do students and young people party during songkran in chiang mai?"),
 (Y, "Hair Washing Ceremony", "how do young people honour their elders at Thingyan?"),
 (Y, "Releasing Fish", "why do people in Yangon let fish go at new year?"),
 (Y, "Kandawgyi Lake Stages", "where are the biggest sponsored water stages in Yangon?"),
 (T, "Resident Wristbands", "do locals in Buñol have to pay to get into the Tomatina?"),
 (T, "Lost Wristbands", "I lost my tomatina band, can I get another one?"),
 (T, "Goggles Advised", "how do I protect my eyes at the tomato fight?"),
 (T, "Tomato Lorries", "how many tomatoes get dumped at La Tomatina?"),
 (X, "Ask Before Photographing", "is it ok to take pictures of families at graves in Oaxaca?"),
 (X, "Bring an Offering", "what gift should I take to a grave in Oaxaca on day of the dead?"),
 (X, "Colectivos", "cheapest way to get out to the Xoxocotlán cemetery?"),
 (X, "Dress Respectfully", "can I wear catrina skull makeup at the cemetery in Oaxaca?"),
 (H, "Child Admission", "do kids have to pay at Harbin ice world?"),
 (H, "Express Lane", "can I skip the queue for the big ice slide in Harbin?"),
 (A, "Zebras", "who are the referee-looking people on the Balloon Fiesta field?"),
 (A, "Pets", "can I bring my dog to the Albuquerque balloon fiesta?"),
]
frag = [
 (E, "What is the Half-Price Hut?", "half price hut"),
 (E, "Pitch Draw", "fringe busking pitches"),
 (M, "Ladder Setback", "mardi gras ladders"),
 (M, "Mid-City Route", "endymion route"),
 (R, "Frisas", "sambadrome frisas"),
 (O, "Table Size", "oktoberfest table size"),
 (S, "Reservation Window", "wasen booking dates"),
 (K, "Tha Phae Gate", "songkran tha phae"),
 (Y, "Monks and Nuns", "thingyan monks"),
 (T, "Wristband Exchange", "tomatina wristband exchange"),
 (X, "Santa Cruz Xoxocotlán", "xoxocotlan cemetery"),
 (H, "Metro Line 2", "harbin ice world metro"),
 (H, "Student Discount", "harbin student tickets"),
 (A, "Park and Ride", "balloon fiesta park and ride"),
 (A, "Mass Ascension", "mass ascension time"),
]
typo = [
 (E, "Summerhall", "summerhal fringe venu"),
 (E, "Assembly George Square", "assembley george sqaure"),
 (M, "Throws", "mardi gars throws"),
 (M, "Flambeaux", "flambeux torches"),
 (R, "Sector 9", "sambadrom sector 9"),
 (R, "Camarotes", "camarote corprate box rio"),
 (O, "Augustiner-Festhalle", "augustiner festhale"),
 (S, "Schwabenwelt", "schwabenwlet tent"),
 (K, "Drink Driving", "songrkan drink drivng"),
 (K, "Rod Nam Dam Hua", "rod nam dum hua"),
 (T, "Squash Before Throwing", "tomatnia squash tomatos"),
 (X, "Panteón General", "panteon generla oaxaca"),
 (H, "Real-Name Booking", "harbin real nmae booking"),
 (A, "Dawn Patrol", "ballon fiesta dawn patorl"),
 (A, "Landing Sites", "albuqerque balloons landing rio grande"),
]
chat = [
 (E, "Pleasance Courtyard", "hi! quick q: which fringe hub has the late-night comedy?"),
 (E, "Assembly George Square", "@briefbot is the Spiegeltent hub at the fringe ok for families?"),
 (E, "Amplification Limit", "thanks! also, how loud are buskers allowed to be on the Royal Mile?"),
 (M, "Mid-City Route", "hey 👋 any info on the Endymion parade in New Orleans?"),
 (M, "Uptown Route", "bonjour, where do the uptown mardi gras parades start?"),
 (M, "Doubloon", "pls what are doubloons 🙏"),
 (R, "Access Group Nights", "olá! when do the samba schools trying for promotion parade?"),
 (R, "Sector 5", "@briefbot are the seats numbered in sector 5 of the sambadrome?"),
 (O, "Käfer Wiesn-Schänke", "servus! which Oktoberfest tent is the posh one that stays open late?"),
 (O, "Hofbräu-Festzelt", "hallo, quick q about balcony seats in the Hofbräu tent at Oktoberfest"),
 (S, "Bag Limit", "hi there, is there a backpack rule at the Stuttgart Volksfest? thx"),
 (S, "Festzelt Klauss & Klauss", "yo @briefbot any info on the Klauss & Klauss tent in Stuttgart"),
 (K, "Moat Road Pick-ups", "sawasdee krap! do people ride around the Chiang Mai moat in trucks throwing water?"),
 (K, "Motorbike Riders", "hello 😊 can I throw water at people on scooters during songkran?"),
 (Y, "Inya Road", "mingalaba! what's Inya Road like during Thingyan?"),
 (T, "Visitor Wristbands", "hi, thanks in advance: how do tourists get into the tomatina?"),
 (T, "Hosing Down", "buenos días! when do they hose everyone down after the tomatina? 🍅"),
 (X, "San Felipe del Agua", "hola @briefbot any info on the San Felipe del Agua cemetery"),
 (H, "First Aid Stations", "ni hao! where do I go for frostbite at Harbin ice world? 🥶"),
 (H, "Phone Batteries", "hey quick q, how do I keep my phone alive in the harbin cold? thanks!!"),
 (A, "Gates Open", "morning! how early do Balloon Fiesta gates open? ☕🎈"),
]
acr = [
 (E, "Edinburgh Festival Fringe Venues and the Half-Price Hut", "what does EFFS stand for?"),
 (E, "Amplification Limit", "CEC meaning?"),
 (M, "Getting There", "what does RTA stand for in New Orleans?"),
 (R, "Rio Carnival Sambadrome Sectors", "LIESA meaning?"),
 (T, "La Tomatina Wristbands in Buñol", "what does TOC stand for at La Tomatina?"),
 (A, "Albuquerque Balloon Fiesta Field Access", "AIBF meaning"),
 (A, "No Drones", "what is a TFR at the balloon fiesta?"),
 (H, "Staying Warm", "what does HMB stand for in Harbin?"),
 (E, "Edinburgh Festival Fringe Venues and the Half-Price Hut", "Edinburgh Festival Fringe Society abbreviation"),
 (R, "Rio Carnival Sambadrome Sectors", "Liga Independente das Escolas de Samba"),
 (M, "Krewe", "what is a krewe?"),
 (M, "Neutral Ground", "neutral ground meaning"),
 (Y, "Pandal", "define pandal"),
 (Y, "Thangyat", "what is thangyat?"),
 (Y, "Atat Day", "what does Atat Day mean?"),
 (Y, "Mont Lone Yay Paw", "mont lone yay paw meaning?"),
 (Y, "Yein", "what is yein at thingyan?"),
 (E, "What is the Half-Price Hut?", "what's the half-price hut?"),
]
tab = [
 (R, "Sector 1", "where's the cheapest seat along the sambadrome runway?"),
 (R, "Sector 11", "best place at the Sambadrome to see the schools finish?"),
 (R, "Frisas", "front row boxes right at street level in Rio?"),
 (O, "Fischer-Vroni", "which Oktoberfest tent does fish on a stick?"),
 (O, "Schottenhamel", "where does the mayor open the first keg at the Wiesn?"),
 (S, "Göckelesmaier", "which Stuttgart beer tent is known for its chicken?"),
 (X, "San Antonino Castillo Velasco", "which oaxaca cemetery has pictures made of sand on the graves?"),
 (H, "After Spring Festival", "what time does Harbin Ice and Snow World close after Chinese New Year?"),
 (A, "Balloon Glow", "when do the balloons light up at night in Albuquerque?"),
 (A, "Special Shape Rodeo", "when do the animal-shaped balloons go up?"),
 (E, "Access Tickets", "free seat for my carer at a fringe show?"),
 (E, "Changing Places Toilet", "is there a toilet with a hoist at the fringe?"),
 (T, "Second Cannon", "what time does the tomato throwing end in Buñol?"),
]
dis = [
 (M, "Glass Ban", "can I bring glass bottles to watch the carnival parades in New Orleans?"),
 (R, "Glass Ban", "can I bring glass bottles to watch the carnival parades in Rio?"),
 (M, "Accessible Viewing", "is there a wheelchair viewing spot for the carnival parades in New Orleans?"),
 (R, "Accessible Viewing", "is there a wheelchair viewing spot for the carnival parades in Rio de Janeiro?"),
 (O, "Cancellation", "do I get my money back if I cancel a beer tent table in Munich?"),
 (S, "Cancellation", "do I get my money back if I cancel a beer tent table in Stuttgart?"),
 (O, "Minimum Spend", "how much food and beer do you have to buy per person with a beer tent table in Munich?"),
 (S, "Minimum Spend", "how much food and beer do you have to buy per person with a beer tent table in Stuttgart?"),
 (K, "Dress Code", "what should I wear for the new year water festival in Chiang Mai?"),
 (Y, "Dress Code", "what should I wear for the new year water festival in Yangon?"),
 (K, "Ice Water", "is it ok to throw ice water at the new year water festival in Chiang Mai?"),
 (Y, "Ice Water", "is it ok to throw ice water at the new year water festival in Yangon?"),
]
none = [
 "how many seats does the Pleasance Courtyard have?",
 "what year did La Tomatina start?",
 "how much does a visitor wristband for La Tomatina cost?",
 "who is the king of the Endymion parade this year?",
 "how much is a ticket in Sector 9 at the Sambadrome?",
 "how much does a litre of beer cost at Oktoberfest this year?",
 "how tall is the biggest ice sculpture at Harbin Ice and Snow World?",
 "how many balloons flew at the Albuquerque Balloon Fiesta last year?",
 "what is the name of the governor who opens Songkran in Chiang Mai?",
 "how big is the Panteón General in Oaxaca in hectares?",
 "which samba school won the Rio Carnival last year?",
 "how much does a day ticket to Harbin Ice and Snow World cost?",
 "when was the Cannstatter Volksfest first held?",
 "how do I renew my passport?",
 "best recipe for pizza dough",
 "what's the VAT rate in Ireland?",
 "how do I reset my wifi router?",
 "who won the football World Cup in 2010?",
 "python list comprehension syntax",
 "current mortgage interest rates",
 "how do I unblock a kitchen drain?",
 "symptoms of the flu",
 "what time is sunset in Oslo today?",
 "how do you say hello in Japanese?",
 "how many moons does Jupiter have?",
 "car insurance for new drivers",
]
leak_public = [
 "how many glastonbury tickets were returned in the resale?",
 "glastonbury mystery shopper results",
 "were people turned away at the glastonbury gates because their photo didn't match?",
 "glastonbury coach deposit dispute",
 "is pennard hill going to be pre-pitched tents only?",
 "are campervans banned from kidney mead at glastonbury?",
 "glastonbury £5 sustainability levy",
 "fines for abandoned tents at glastonbury",
 "are glastonbury stewards being cut on the pyramid field?",
 "quiet camping curfew at bushy ground",
]
leak_internal = [
 (G, "Resale Draw Figures", "how many tickets came back in the april resale?"),
 (G, "Mystery Shopper Checks", "what did the undercover test purchases find?"),
 (G, "Coach Deposit Dispute", "what's going on with the coach company and the withheld deposits?"),
 (G, "Kidney Mead", "what's the draft plan for Kidney Mead?"),
 (G, "Tent Abandonment Fines", "are we going to charge people for tents they leave behind?"),
 (G, "Steward Headcount Cut", "why is the union objecting to the steward rota?"),
]

rows = []
def add(cat, items, audience="public"):
    for i, (doc, exp, q) in enumerate(items, 1):
        rows.append((f"{cat}{i:02d}", audience, "title", doc, exp, q))
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
with open("questions.tsv", "w", encoding="utf-8") as f:
    f.write("#id\taudience\tmatch\tdocs\texpected\tquestion\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print(len(rows), "questions written")
