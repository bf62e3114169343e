#!/usr/bin/env python3
"""Write questions.tsv for eval71 (written blind, from the briefings alone)."""
S = "sintra-palace-shuttle-buses.md"
P = "porto-douro-rabelo-cruises.txt"
F = "seville-flamenco-tablao-seating.md"
A = "granada-alhambra-nasrid-time-slots.md"
C = "corsica-gr20-refuge-quotas.txt"
Y = "pyrenees-mountain-refuge-bookings.md"
E = "sicily-aeolian-ferry-limits.md"
M = "malta-blue-lagoon-boat-caps.txt"
T = "tunisia-sahara-camel-treks.md"
O = "morocco-atlas-mule-trekking.txt"
I = "iceland-hot-spring-etiquette.md"
X = "cyprus-turtle-beach-curfew-internal.md"

Q = {}
Q["para"] = [
    (S, "Line 434 Loop", "how often does the bus up to the Pena palace come in summer?"),
    (S, "Contactless Payment", "can I pay the Sintra shuttle driver in coins?"),
    (S, "Child Fares", "do little kids have to pay for the Sintra bus?"),
    (S, "Private Car Restrictions", "can I drive my own car up to the palaces in Sintra?"),
    (P, "Cruise Length", "how long does the boat trip under the bridges in Porto take?"),
    (P, "Boarding Point", "where do I get on the rabelo boat in Porto?"),
    (P, "Quinta Lunch", "do we get fed on the all-day Douro trip?"),
    (P, "Flood Suspension", "do the Douro boats still go out when the river is in flood?"),
    (P, "Train Return", "how do I get back to Porto after the boat trip upriver?"),
    (F, "Arrival Time", "what time should I turn up for a flamenco show in Seville?"),
    (F, "No Photography", "am I allowed to film the dancers at a Seville tablao?"),
    (F, "Children", "can we bring our 4 year old to a flamenco show in Seville?"),
    (F, "Is there a dress code?", "what should I wear to a flamenco night in Seville?"),
    (A, "Late Arrival", "what if I miss my entry time for the Nasrid Palaces?"),
    (A, "Name on Ticket", "do I need my passport to get into the Alhambra?"),
    (A, "Official Sales Channel", "is it ok to buy Alhambra tickets from a reseller?"),
    (A, "Accessible Route", "can my grandmother with a walker visit the Alhambra palaces?"),
    (A, "Night Visits", "can I see the Nasrid palaces after dark?"),
    (C, "Bivouac Rules", "can I pitch my tent wherever I like along the GR20 in Corsica?"),
    (C, "Maximum Stay", "can I spend three nights at the same hut on the GR20?"),
    (C, "Meals and Provisions", "why is food so pricey at the Corsican mountain huts?"),
    (C, "Campfires", "can we light a fire at camp on the GR20 in August?"),
    (Y, "Deposit", "do I have to pay upfront to reserve a Pyrenees hut?"),
    (Y, "Dogs at Refuges", "can my dog sleep inside a refuge in the Pyrenees?"),
    (Y, "Half Board", "can I get dinner and breakfast at the Pyrenees huts?"),
    (Y, "Mountain Rescue Contact", "who do I ring if someone gets hurt hiking in the Pyrenees?"),
    (E, "Hydrofoil Slots", "do hydrofoils have to reserve a time to dock at the Aeolian islands?"),
    (E, "Stromboli Night Trips", "can I watch the Stromboli eruptions from a boat in the evening?"),
    (E, "Landing Fee", "is there a charge for day trippers arriving on the Aeolian islands?"),
    (E, "Ticket Checks", "do I need to hang on to my ferry ticket once I'm off the boat on Lipari?"),
    (M, "Time Windows", "how long can I stay on the beach at Malta's Blue Lagoon?"),
    (M, "Drone Ban", "can I fly my quadcopter over the Blue Lagoon in summer?"),
    (M, "Mooring Buoys", "where do private boats tie up at the Comino lagoon?"),
    (M, "Sunbed Limits", "can I hire a lounger and parasol at the Blue Lagoon?"),
    (T, "Water Rations", "how much water should I bring on a camel trek in Tunisia?"),
    (T, "Waste", "what happens to our trash on desert camel trips from Douz?"),
    (T, "Tent Camps", "where do we sleep on a Sahara camel trek in Tunisia?"),
    (O, "Saddle Standards", "what kind of saddles are allowed on Atlas mules in Morocco?"),
    (O, "Gîte Stays", "where do trekkers spend the night in the High Atlas villages?"),
    (O, "Tipping", "should I give the muleteers extra money at the end in Morocco?"),
    (I, "No Soap in Springs", "is it ok to wash my hair in Iceland's natural hot springs?"),
    (I, "Is there a fee?", "do I have to pay to bathe in a hot spring in Iceland?"),
]
Q["frag"] = [
    (S, "Line 434 Loop", "pena palace bus"),
    (S, "Wheelchair Spaces", "sintra shuttle wheelchair"),
    (P, "Life Jackets", "douro life jackets"),
    (P, "Night Sailing Ban", "rabelo night sailing"),
    (F, "Drink Included", "tablao drink included"),
    (A, "Slot Window", "alhambra slot window"),
    (A, "Morning and Afternoon Tickets", "alhambra afternoon tickets"),
    (C, "Hired Tents", "gr20 hired tents"),
    (C, "Storm Warnings", "gr20 storm warning"),
    (Y, "Weather Bulletin", "pyrenees refuge weather bulletin"),
    (E, "Peak Season Dates", "aeolian cap dates"),
    (M, "Litter Rules", "comino plastics kiosks"),
    (T, "Load Limits", "douz camel baggage weight"),
    (O, "Muleteer Pay", "atlas muleteer pay"),
    (I, "Stay on Paths", "iceland hot spring paths"),
]
Q["typo"] = [
    (S, "First and Last Departures", "sintra shutle first bus tiem"),
    (S, "Line 435 Villas Route", "quinta da regaliera bus"),
    (P, "Departure Times", "douro crusie departure times"),
    (P, "Onboard Commentary", "rabelo boat comentary langauges"),
    (F, "Step-Free Seating", "flamneco tablao step free seeting"),
    (A, "Late Arrival", "alhambra late arival nasird palaces"),
    (C, "Cancellation Policy", "gr20 cancelation refund corsica"),
    (C, "Guardian Hours", "corsica refuge guardain hours"),
    (Y, "Half Board", "pyrenes refuge half bord"),
    (E, "Enforcement Patrols", "aeolain islands enforcment patrols"),
    (M, "Seagrass Protection", "blue lagon seagras anchoring"),
    (T, "Guide Licensing", "tunisia camel gide licence"),
    (O, "Animal Welfare Checks", "atlas mule welfare cheks morocco"),
    (I, "Take Rubbish Home", "iceland hot spirng rubish bins"),
    (I, "Changing Huts", "icelnad hot spring chnaging huts"),
]
Q["chat"] = [
    (S, "First and Last Departures", "hi! quick q: when's the last bus down from Pena in Sintra?"),
    (S, "Combined Palace Ticket", "@briefbot any info on combined palace tickets for the Sintra shuttle?"),
    (P, "Pinhão Valley Boats", "Olá! how many seats do Pinhão Valley Boats have? obrigado"),
    (F, "Can I choose a front row seat?", "hola 👋 can i pick a front row seat at a flamenco tablao in Seville?"),
    (S, "Queue Marshals", "thanks! also, pls: is there anyone managing the queue at Sintra station?"),
    (C, "Overnight Quota", "Bonjour, quick question about GR20 refuge quotas in Corsica, is there a nightly limit?"),
    (Y, "Bivouac Rules", "hey briefbot 🙂 what's the deal with bivouacking in the Pyrenees?"),
    (E, "Passenger Cap", "ciao! any info on the day visitor cap for the Aeolian islands? grazie"),
    (M, "Penalties", "good morning! pls tell me about penalties for boat operators at Malta's Blue Lagoon 🙏"),
    (T, "Best Season", "salam 👋 when is the best season for a camel trek in the Sahara from Douz?"),
    (O, "Daily Distance", "hey there, quick q – how many hours a day do mules walk in the Atlas? thx"),
    (I, "Do I have to shower before bathing?", "Góðan daginn! do I have to shower before a hot spring in Iceland?"),
    (I, "Can I bathe in any hot spring?", "@briefbot can I just jump into any hot spring I find in Iceland?"),
    (A, "Mexuar", "hallo 👋 any info on the Mexuar at the Alhambra?"),
    (F, "Barra", "yo 🤙 what does a seat at the barra get you in a Seville tablao?"),
    (F, "How are seats allocated?", "hi, thanks in advance! how do Seville tablaos decide who sits where?"),
    (F, "Drink Included", "buenas! is a drink included in a flamenco tablao ticket? gracias 🙏"),
    (I, "Quiet Hours", "hello 😊 are there quiet hours at the hot springs in Iceland?"),
    (I, "Group Size", "hiya, pls: can a big tour group visit Icelandic hot springs together?"),
    (C, "Water Points", "merhaba! any info on water points along the GR20?"),
    (Y, "Cancellation Policy", "hey @briefbot, what happens if I cancel a Pyrenees hut reservation? cheers!"),
]
Q["acr"] = [
    (S, "Sintra Palace Shuttle Buses", "what does SHS stand for?"),
    (S, "Sintra Palace Shuttle Buses", "PSML meaning?"),
    (A, "PAG", "what does PAG stand for?"),
    (A, "PAG", "Patronato de la Alhambra y Generalife abbreviation"),
    (A, "Alcazaba", "define Alcazaba"),
    (A, "Patio de los Leones", "what is the Patio de los Leones?"),
    (A, "Dar al-Horra", "Dar al-Horra meaning"),
    (E, "Sicily Aeolian Island Ferry Limits", "what does CdP stand for?"),
    (E, "Sicily Aeolian Island Ferry Limits", "VLP meaning?"),
    (M, "Malta Blue Lagoon Boat Caps", "what does MTA stand for?"),
    (M, "Malta Blue Lagoon Boat Caps", "Malta Tourism Authority abbreviation"),
    (O, "Morocco Atlas Mule Trekking", "what does BGI stand for?"),
    (O, "Morocco Atlas Mule Trekking", "SPANA meaning?"),
    (T, "Méhari", "what is a méhari?"),
    (T, "Chech", "chech meaning"),
    (T, "Mergoum", "define mergoum"),
    (F, "What is a tablao?", "what is a tablao?"),
    (I, "What is a heitur pottur?", "heitur pottur meaning"),
]
Q["tab"] = [
    (S, "Castelo dos Mouros", "how far is the walk from the bus stop to Castelo dos Mouros?"),
    (S, "Palácio da Pena", "how long is the walk from the shuttle to the Pena palace entrance?"),
    (P, "Gaia River Lines", "how many people fit on a Gaia River Lines boat?"),
    (I, "Seljavallalaug", "how warm is the water at Seljavallalaug?"),
    (F, "Grada", "what do you get with a grada seat at a tablao?"),
    (F, "Mesa", "are there shared tables at a flamenco show in Seville?"),
    (C, "Manganu", "how high up is the Manganu refuge on the GR20?"),
    (Y, "Góriz", "how many beds does the Góriz refuge have?"),
    (Y, "Refuge des Oulettes de Gaube", "which mountain is the Oulettes de Gaube refuge under?"),
    (E, "Panarea", "can excursion boats land on Panarea in the afternoon?"),
    (M, "Mġarr", "how long is the crossing from Mġarr to the Blue Lagoon?"),
    (T, "Ksar Ghilane Crossing", "how many nights does the Ksar Ghilane crossing take?"),
    (O, "M'Goun Traverse", "how many days is the M'Goun traverse?"),
]
Q["dis"] = [
    (C, "Overnight Quota", "how many walkers can a refuge take per night on the GR20 in Corsica?"),
    (Y, "Overnight Quota", "how many walkers can a refuge take per night in the Pyrenees?"),
    (C, "Cancellation Policy", "do I get a refund if I cancel a refuge booking in Corsica?"),
    (Y, "Cancellation Policy", "do I get a refund if I cancel a refuge booking in the Pyrenees?"),
    (E, "Penalties", "what happens to boat operators that break the passenger cap in the Aeolian Islands?"),
    (M, "Penalties", "what happens to boat operators that break the passenger cap at Malta's Blue Lagoon?"),
    (E, "Peak Season Dates", "in which months is the visitor cap in force on the Aeolian islands?"),
    (M, "Peak Season Dates", "in which months is the visitor cap in force at the Blue Lagoon in Malta?"),
    (T, "Load Limits", "how much weight can a pack animal carry on a trek in Tunisia?"),
    (O, "Load Limits", "how much weight can a pack animal carry on a trek in Morocco?"),
    (T, "Guide Licensing", "do trek leaders need a licence in Tunisia?"),
    (O, "Guide Licensing", "do trek leaders need a licence in Morocco?"),
]
Q["none"] = [
    # near-topic facts the briefings do not give
    (None, None, "how much does a single ticket on the Sintra shuttle cost?"),
    (None, None, "who built the first rabelo boat in Porto?"),
    (None, None, "what is the ticket price of the Six Bridges cruise?"),
    (None, None, "how many flamenco tablaos are there in Seville?"),
    (None, None, "how many visitors enter the Alhambra each day?"),
    (None, None, "in what year did the GR20 open?"),
    (None, None, "how much does a night at a GR20 refuge cost?"),
    (None, None, "what is the name of the warden at the Góriz refuge?"),
    (None, None, "how many day visitors may land on Panarea each day?"),
    (None, None, "how many visitors a day does the Blue Lagoon cap allow?"),
    (None, None, "how much does a camel trek from Douz cost per night?"),
    (None, None, "how old must a mule be to work on Atlas treks?"),
    (None, None, "how deep is the hot river at Reykjadalur?"),
    # unrelated
    (None, None, "what's the wifi password for the office?"),
    (None, None, "how do I reset my VPN token?"),
    (None, None, "when is the next payroll date?"),
    (None, None, "best recipe for banana bread"),
    (None, None, "who won the 1998 football world cup?"),
    (None, None, "how do I file an expense report?"),
    (None, None, "what is the capital of Mongolia?"),
    (None, None, "how to fix a flat bicycle tyre"),
    (None, None, "what's the exchange rate for yen today?"),
    (None, None, "how many calories are in an avocado?"),
    (None, None, "recommend a good sci-fi novel"),
    (None, None, "how do I book a meeting room?"),
    (None, None, "what time does the gym open?"),
]
Q["leak"] = [
    # public audience, aimed at the internal briefing: expect nothing
    ("public", None, None, "draft nest counts at Lara beach in Cyprus"),
    ("public", None, None, "were there undercover checks on turtle beaches in Cyprus?"),
    ("public", None, None, "which jeep safari firm is disputing its fine in Akamas?"),
    ("public", None, None, "will the Toxeftra car park close?"),
    ("public", None, None, "what time will the Cyprus turtle beach curfew start next season?"),
    ("public", None, None, "hotel floodlights near Polis Chrysochous turtle beach"),
    ("public", None, None, "how many fines were issued at Lara Bay?"),
    ("public", None, None, "DFMR ranger funding bid"),
    ("public", None, None, "how many volunteers a night at the Cyprus turtle camp?"),
    ("public", None, None, "drone sightings over turtle nests in Cyprus"),
    # internal audience: expect the internal entries
    ("internal", X, "Undercover Checks", "were there undercover checks on turtle beaches in Cyprus?"),
    ("internal", X, "Jeep Safari Dispute", "which safari company is fighting its turtle beach fine?"),
    ("internal", X, "Car Park Closure", "is the Toxeftra car park closing?"),
    ("internal", X, "Nests counted at Lara", "how many turtle nests were counted at Lara?"),
    ("internal", X, "Night Closure", "what time do the Cyprus turtle beaches shut at night?"),
    ("internal", X, "Volunteer Cap", "how many volunteers a night will be allowed on the turtle beach?"),
]

rows = ["#id\taudience\tmatch\tdocs\texpected\tquestion"]
for cat, qs in Q.items():
    for n, q in enumerate(qs, 1):
        if cat == "leak":
            aud, doc, exp, text = q
        else:
            aud = "public"
            doc, exp, text = q
        match = "title" if exp else "none"
        rows.append("\t".join([f"{cat}{n:02d}", aud, match, doc or "", exp or "", text]))
        assert "\t" not in text
with open("questions.tsv", "w", encoding="utf-8") as f:
    f.write("\n".join(rows) + "\n")
print(len(rows) - 1, "questions written")
