#!/usr/bin/env python3
"""Writes questions.tsv for eval82 (written blind, from the briefings alone)."""
CC = "caye-caulker-water-taxis.md"
AT = "lake-atitlan-village-boats.txt"
AN = "antigua-guatemala-volcano-hikes.md"
MP = "martinique-mount-pelee-trail.txt"
BO = "bonaire-shore-diving-tags.md"
GR = "grenada-underwater-sculpture-park.md"
VI = "vinales-tobacco-farm-visits.txt"
HC = "harrisons-cave-tram-tours.md"
CU = "curacao-floating-market.md"
AR = "aruba-arikok-park-jeeps.md"
PR = "puerto-rico-bioluminescent-bay-kayaks.md"
SA = "samana-whale-watching.txt"

T, S = "title", "section"
Q = []  # (category, audience, match, doc, expected, question)

def add(cat, rows, aud="public"):
    for r in rows:
        if len(r) == 1:
            Q.append((cat, aud, "none", "", "", r[0]))
        else:
            m, d, e, q = r
            Q.append((cat, aud, m, d, e, q))

add("para", [
    (T, CC, "Luggage Limits", "can I bring my bike on the boat to caye caulker"),
    (T, CC, "Split Stop", "going on to San Pedro, do I have to get off when the boat stops at Caye Caulker?"),
    (T, CC, "Dock Porters", "who can haul my suitcase from the caye caulker pier to my guesthouse"),
    (T, CC, "Pet Carriers", "can my dog come along on the boat from chetumal"),
    (T, AT, "Xocomil Winds", "why is lake atitlan so choppy after lunch"),
    (T, AT, "Village Hopping", "can I hop off at one lake atitlan village and catch a later lancha without paying again"),
    (T, AT, "San Juan Textile Dock", "where can I buy handwoven cloth when the boat pulls in at san juan la laguna"),
    (T, AT, "Fare Disputes", "a boatman in panajachel asked me for way more than the sign says, what can I do"),
    (T, AN, "Cold Weather Layers", "how chilly is it sleeping at acatenango base camp"),
    (T, AN, "Water Supply", "how many liters should I haul up acatenango to drink"),
    (T, AN, "Porter Hire", "can somebody lug my pack up to the acatenango camp for me"),
    (T, AN, "Altitude Sickness", "what if my head starts pounding near the top of acatenango"),
    (T, MP, "Volcano Alert Levels", "is pelée ever shut because the volcano is getting restless"),
    (T, MP, "Car Park Shuttle", "no parking left at L'Aileron, how else can I get up there on a saturday"),
    (T, MP, "Saint-Pierre Ruins", "can you spot the town wiped out in 1902 from the top of pelée"),
    (T, BO, "Tag Display", "where am I supposed to clip my bonaire dive tag"),
    (T, BO, "Buying Online", "can I sort out the bonaire nature fee before I fly in"),
    (T, BO, "Truck Break-ins", "should I lock my pickup when I go diving on bonaire"),
    (T, BO, "Orientation Dive", "first time diving in bonaire, is there a check dive I must do"),
    (T, GR, "Coral Monitoring", "does anyone keep track of coral growing on the grenada statues"),
    (T, GR, "Hurricane Damage", "what happens to the grenada underwater statues after a big storm"),
    (T, GR, "Licensed Operators", "can any boat owner take me out to the molinere bay statues"),
    (T, VI, "Harvest Time", "which months are the tobacco leaves picked in viñales"),
    (T, VI, "Drying Barns", "how long do they hang the leaves up to cure in viñales"),
    (T, VI, "Honey Dip", "why does the cigar taste sweet on the vinales farm tour"),
    (T, VI, "Photography", "am I allowed to snap pictures inside the tobacco sheds in viñales"),
    (T, CU, "Sunday Closure", "is the willemstad boat market open on a sunday"),
    (T, CU, "Cash Only", "will the curaçao floating market vendors take my visa card"),
    (T, CU, "Haggling", "can I bargain the price down at the curacao floating market"),
    (T, CU, "Border Closures", "why were there no venezuelan boats at the curaçao market for a while"),
    (T, AR, "Vehicle Permits", "can I take my regular hire car into arikok"),
    (T, AR, "Speed Limit", "how fast am I allowed to drive in arikok"),
    (T, AR, "Off-Road Ban", "what happens if I leave the trail and drive on the scrub in arikok"),
    (T, AR, "Park Shuttle", "is there a free ride out to fontein cave if I have no car"),
    (T, PR, "Moon Phase", "what time of the month is the glow strongest at the puerto rico bio bays"),
    (T, PR, "Sunscreen Rules", "can I put on bug spray before paddling the bioluminescent bay"),
    (T, PR, "Minimum Age", "can my five-year-old come kayaking on the fajardo glowing lagoon"),
    (T, PR, "Weather Refunds", "what happens if my bio bay night gets rained out"),
    (T, SA, "Approach Distance", "how near can our boat get to the humpbacks in samaná"),
    (T, SA, "Swimming Ban", "can I jump in and swim next to the whales in samana bay"),
    (T, SA, "Time Limit", "how long is a boat allowed to hang around one group of whales in samaná"),
    (T, SA, "Seasickness", "I get queasy on boats, any advice for the samaná whale trip"),
])

add("frag", [
    (T, CC, "Boarding Passes", "caye caulker boarding pass"),
    (T, AT, "Overloading Checks", "atitlan overloading fines"),
    (T, AN, "Fuego Eruption Alerts", "fuego eruption alert"),
    (T, MP, "Caldera Loop", "pelée caldera loop"),
    (T, BO, "Spearfishing Ban", "bonaire speargun"),
    (T, BO, "Yellow Stones", "bonaire yellow stones"),
    (T, GR, "Vicissitudes", "vicissitudes sculpture depth"),
    (T, VI, "Horseback Tours", "viñales horseback ride"),
    (T, VI, "Mogotes", "vinales limestone hills"),
    (T, CU, "Hygiene Inspections", "curaçao fish inspections"),
    (T, AR, "Bat Colonies", "arikok cave bats"),
    (T, AR, "Cave Drawings", "fontein cave drawings"),
    (T, PR, "Clear Kayaks", "vieques transparent kayaks"),
    (T, SA, "Whale Museum", "samaná whale skeleton"),
    (T, PR, "Motorboat Ban", "mosquito bay motorboats"),
])

add("typo", [
    (T, CC, "Golf Cart Taxis", "caye caulker golf cart taxies"),
    (T, AT, "First Departure", "first lancha from panajachal"),
    (T, AN, "Headlamps", "acatenago headlamp"),
    (T, AN, "Marshmallow Roasting", "marshmelows on pacaya"),
    (T, MP, "Summit Start Time", "what time to start pelee sumit"),
    (T, BO, "Touching Rules", "bonare touching corral"),
    (T, BO, "Lionfish Hunting", "lionfsh spear bonaire"),
    (T, GR, "Children Under 12", "grenada sculpure park kids under 12"),
    (T, VI, "Planting Season", "vinales tobbaco planting seasn"),
    (T, VI, "Farm-Rolled Cigars", "viñales farm roled cigras"),
    (T, CU, "Berth Permits", "curacao boat berth permitt"),
    (T, AR, "Park Entrance Fee", "arikok entrnace fee"),
    (T, PR, "Life Vests", "bioluminscent bay life vets"),
    (T, PR, "Mangrove Channel Etiquette", "mangrove chanel etiquete bio bay"),
    (T, SA, "Peak Season", "samana whale peek seasn"),
])

add("chat", [
    (T, CC, "First Departure", "hi! quick q: what time does the first water taxi leave belize city for caye caulker?"),
    (T, AT, "Panajachel to San Pedro La Laguna", "hola 👋 how much is the lancha from panajachel to san pedro?"),
    (T, AT, "Santiago Crossing", "@briefbot any info on the boat to Santiago Atitlán?"),
    (T, AN, "Summit Start Time", "thanks! also what time do acatenango groups set off for the summit?"),
    (T, MP, "L'Aileron to Chinois summit", "bonjour ! how long is the hike from l'aileron to the top of pelée?"),
    (T, MP, "Chinois", "pls what's the highest point of mount pelée called"),
    (T, BO, "Children Under 12", "hey 🙂 do kids need a tag to snorkel in bonaire?"),
    (T, BO, "Snorkel Tag", "good morning! how much is the snorkeler tag on bonaire?"),
    (T, GR, "Touching Rules", "cheers! can I touch the statues at the grenada sculpture park?"),
    (T, GR, "Christ of the Deep", "hallo, who gave grenada the Christ of the Deep statue?"),
    (T, VI, "State Factory Cigars", "¡buenas! how many cigars can I take home from viñales without a receipt?"),
    (T, VI, "Horse-Drawn Carts", "@briefbot any info on getting to the vinales tobacco farms by cart? ty"),
    (S, CU, "When is it open?", "olá! what time does the floating market in curaçao open?"),
    (T, CU, "Waste Disposal", "thx! where do curaçao market traders dump their rubbish?"),
    (T, AR, "Opening Hours", "ciao 😊 what hours is arikok national park open?"),
    (T, AR, "Swimming at Conchi", "yo @briefbot is it ok to swim at the conchi natural pool?"),
    (T, AR, "Guided Convoys", "hi there, any info on guided jeep convoys in arikok?"),
    (T, PR, "Tour Length", "quick q pls: how long is the laguna grande kayak tour?"),
    (T, PR, "Group Caps", "hey! is there a cap on kayaks in laguna grande each night? thanks 🙏"),
    (T, SA, "Boat Limit", "buenos días, how many boats can watch the same whales in samaná?"),
    (T, SA, "Whale Behaviour", "merci beaucoup! what will the whales be doing in samaná bay, breaching?"),
])

add("acr", [
    (S, CC, "Caye Caulker Water Taxis", "what does CCWTA stand for"),
    (T, AN, "Tourist Police Escorts", "POLITUR meaning?"),
    (S, AN, "Antigua Guatemala Volcano Hikes", "what is CONAP"),
    (S, MP, "Martinique Mount Pelée Trail", "PNRM meaning?"),
    (S, BO, "Bonaire Shore Diving Tags", "what does BNMP stand for"),
    (S, GR, "Grenada Underwater Sculpture Park", "define MBMPA"),
    (T, GR, "MPA", "MPA meaning in the sculpture park glossary"),
    (T, GR, "Warden", "what is a warden at molinere bay"),
    (T, GR, "Artificial Reef", "what is an artificial reef"),
    (T, MP, "Mornes", "what are mornes"),
    (T, MP, "Calebasse", "Calebasse meaning?"),
    (S, AR, "Aruba Arikok Park Jeeps", "what does FPNA stand for"),
    (S, CU, "Curaçao Floating Market", "Curaçao Ports Authority acronym"),
    (S, CU, "Curaçao Floating Market", "what does MEO stand for"),
    (S, PR, "Puerto Rico Bioluminescent Bay Kayaks", "DRNA meaning?"),
    (S, SA, "Samaná Whale Watching", "what does CEBSE stand for"),
    (T, BO, "Lionfish Hunting", "what is the ELF course"),
    (S, CU, "What is the floating market?", "what is the floating market in willemstad"),
])

add("tab", [
    (T, CC, "Caye Caulker to San Pedro", "how much is a return ticket from caye caulker over to san pedro"),
    (T, CC, "Chetumal to Caye Caulker", "can I get a boat from mexico straight to caye caulker"),
    (T, AT, "Panajachel to Santa Cruz La Laguna", "what do tourists pay for the boat to santa cruz la laguna"),
    (T, AN, "Pacaya National Park", "how much to get into the pacaya park"),
    (T, AN, "Cerro de la Cruz", "does it cost anything to visit the hill of the cross lookout in antigua"),
    (T, MP, "Grand'Rivière traverse", "how many hours is the long crossing of pelée from grand'rivière"),
    (T, BO, "Day Pass", "what does a cruise passenger pay for one day in the bonaire marine park"),
    (T, GR, "The Lost Correspondent", "how deep is the statue of the man at the typewriter in grenada"),
    (T, VI, "Rum", "how much rum can I take duty free from viñales"),
    (T, CU, "Cashew Fruit", "which months can I get cashew fruit at the willemstad boats"),
    (T, AR, "Cave Tour", "which arikok trip goes to the caves with holes of light"),
    (T, PR, "La Parguera", "are you allowed to swim in the glowing bay at lajas"),
    (T, SA, "Whales and Cayo Levantado", "a samaná whale trip that ends with lunch on an island"),
])

add("dis", [
    (T, CC, "Life Jackets", "do I have to wear a life jacket on the caye caulker water taxi?"),
    (T, AT, "Life Jackets", "do I have to wear a life jacket on the lake atitlán lancha?"),
    (T, CC, "Last Departure", "when is the last boat back to belize city from caye caulker?"),
    (T, AT, "Last Departure", "when is the last boat back to panajachel from san pedro?"),
    (T, AN, "Guide Requirement", "do I have to hire a guide to climb acatenango?"),
    (T, MP, "Guide Requirement", "do I have to hire a guide to climb mount pelée?"),
    (T, AN, "Rain Closures", "is the acatenango trail closed when storms are forecast?"),
    (T, MP, "Rain Closures", "is the pelée trail closed when storms are forecast?"),
    (T, BO, "Park Fee", "how much is the marine park fee in bonaire?"),
    (T, GR, "Park Fee", "how much is the marine park fee at the grenada sculpture park?"),
    (T, BO, "Mooring Buoys", "can dive boats drop anchor off bonaire?"),
    (T, GR, "Mooring Buoys", "can dive boats drop anchor at molinere bay in grenada?"),
])

add("none", [
    ("how many water taxis does the caye caulker association own?",),
    ("what's the name of the captain of the santiago atitlán boat?",),
    ("what year was pacaya national park established?",),
    ("how many people climb mount pelée every year?",),
    ("how much does a nitrox fill cost on bonaire?",),
    ("how many sculptures are there in total in the grenada park?",),
    ("what is the name of the oldest tobacco farmer in viñales?",),
    ("how long is the sha caprileskade quay in meters?",),
    ("what year was arikok national park founded?",),
    ("how much does a clear kayak tour on vieques cost?",),
    ("how many humpback whales come to samaná each year?",),
    ("how much does a humpback calf weigh at birth in samaná bay?",),
    ("what is the water temperature of lake atitlán?",),
    ("how do I renew my passport online?",),
    ("what's the weather in Oslo tomorrow?",),
    ("best sourdough starter recipe",),
    ("how to reset my router password",),
    ("who won the 2022 world cup?",),
    ("convert 30 celsius to fahrenheit",),
    ("python list comprehension example",),
    ("train times from Milan to Zurich",),
    ("how do I file expenses for a conference?",),
    ("symptoms of vitamin D deficiency",),
    ("tips for learning the cello",),
    ("what is the capital of Kazakhstan?",),
    ("how to knit a scarf for beginners",),
])

add("leak", [
    ("what is the visitor forecast for harrison's cave next year?",),
    ("is the harrison's cave ticket price going up?",),
    ("are the harrison's cave trams being replaced with battery ones?",),
    ("when do the harrison's cave night tours start?",),
    ("what did the mystery shoppers find at harrison's cave?",),
    ("is there a pay dispute with the harrison's cave tram drivers?",),
    ("is a quarry causing water seepage in harrison's cave?",),
    ("harrison's cave tram refurbishment budget",),
    ("did a stalactite fall near the tram track in harrison's cave?",),
    ("is the harrison's cave gift shop closing?",),
])
add("leak", [
    (T, HC, "Visitor Forecast", "what's the draft visitor forecast for harrison's cave"),
    (T, HC, "Tram Fleet Replacement", "has the board decided on new trams at harrison's cave"),
    (T, HC, "Queue Time Findings", "how long were the tram platform queues in the undercover checks"),
    (T, HC, "Tour Operator Commission Row", "what's the row with the cruise tour operators about commission"),
    (T, HC, "Guide Script Audit", "did any guides skip the safety briefing at the great hall"),
    (T, HC, "Ticket Price Rise", "how much is the harrison's cave adult fare going up to"),
], aud="internal")

counts = {}
with open("questions.tsv", "w", encoding="utf-8") as f:
    f.write("#id\taudience\tmatch\tdocs\texpected\tquestion\n")
    for cat, aud, m, d, e, q in Q:
        counts[cat] = counts.get(cat, 0) + 1
        for x in (d, e, q):
            assert "\t" not in x and "\n" not in x
        f.write(f"{cat}{counts[cat]:02d}\t{aud}\t{m}\t{d}\t{e}\t{q}\n")
print(len(Q), counts)
