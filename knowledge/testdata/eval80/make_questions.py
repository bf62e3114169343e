#!/usr/bin/env python3
"""Writes questions.tsv for eval80, from the briefings alone (blind)."""
import os

D = {
    "G": "ulaanbaatar-ger-district-stoves.md",
    "N": "naadam-festival-archery.txt",
    "K": "khuvsgul-lake-ice-road.md",
    "M": "almaty-medeu-ice-rink.txt",
    "B": "baikonur-launch-viewing-internal.md",
    "D": "darvaza-gas-crater-visits.md",
    "I": "issyk-kul-beach-safety.md",
    "L": "balkhash-beach-safety.txt",
    "T": "tashkent-metro-photography.txt",
    "A": "almaty-metro-photography.md",
    "O": "osh-bazaar-food-safety.md",
    "S": "siab-bazaar-food-safety.txt",
}
T, S = "title", "section"

# (doc, match, expected, question); audience public unless stated
para = [
    ("G", T, "Eligibility Rules", "can I get a new heater in UB if I'm only renting my ger?"),
    ("G", T, "Scrap Collection", "what happens to the old coal stoves people hand in in Ulaanbaatar?"),
    ("G", T, "Carbon Monoxide Alarms", "who puts fresh batteries in the gas detector we got with our new stove in Ulaanbaatar?"),
    ("G", T, "Night Tariff Electricity", "is power cheaper overnight for ger households in Ulaanbaatar?"),
    ("G", T, "Refined Coal Briquettes", "can I still buy raw coal in Ulaanbaatar?"),
    ("N", T, "Arrows per Archer", "how many shots does each Naadam archer get?"),
    ("N", T, "Uukhai Call", "how do the judges show that a target was struck in Naadam archery?"),
    ("N", T, "Composite Bows", "what are traditional Mongolian bows built from?"),
    ("N", T, "Child Archers", "can kids take part in the Naadam archery?"),
    ("N", S, "Competition Rules", "how far from the target do women stand at Naadam?"),
    ("K", T, "Doors Unlatched", "why shouldn't I buckle up when driving across frozen Lake Khövsgöl?"),
    ("K", T, "Lorries", "can heavy trucks drive over the frozen Khövsgöl lake?"),
    ("K", T, "Rescue Hovercraft", "if a car goes through the ice on Lake Khovsgol how do they rescue people?"),
    ("K", T, "Ice Drilling Crews", "who measures how thick the frozen lake is at Khövsgöl?"),
    ("K", S, "When does the ice road open?", "which months can you drive over Lake Khövsgöl?"),
    ("M", T, "Helmets for Children", "does my 8 year old need head protection to skate at Medeu?"),
    ("M", T, "Altitude Sickness", "I have a heart problem, is skating up at Medeu risky?"),
    ("M", T, "Bus 12", "how do I get up to Medeu by public transport?"),
    ("M", T, "Resurfacing Breaks", "why does everyone have to leave the Medeu ice every couple of hours?"),
    ("D", T, "Sand Track", "can an ordinary car reach the Darvaza crater?"),
    ("D", T, "Wind Direction", "where should I stand at the gates of hell so the smoke doesn't blow at me?"),
    ("D", S, "Do I need a guide?", "can foreigners visit Darvaza on their own without a tour company?"),
    ("D", S, "Can the fire be put out?", "are they going to extinguish the burning crater in Turkmenistan?"),
    ("D", T, "Overnight Camping", "where can I sleep near the Darvaza fire pit?"),
    ("I", T, "Cold Water Shock", "why is Issyk-Kul so freezing once you dive a bit deeper?"),
    ("I", T, "Afternoon Winds", "why do big waves build up on Issyk-Kul later in the day?"),
    ("L", T, "Saline Water", "is the water in Lake Balkhash salty?"),
    ("L", T, "Sudden Storms", "what should I do if a siren goes off at the beach on Lake Balkhash?"),
    ("T", T, "Tripods", "do I need permission to bring a camera stand into the Tashkent subway?"),
    ("T", T, "Police Posts", "can I take pictures of the cops in the Tashkent underground?"),
    ("T", S, "Tashkent Metro Photography", "why were photos forbidden in the Tashkent subway before 2018?"),
    ("A", T, "Flash Photography", "is a camera flash ok in Almaty subway stations?"),
    ("A", T, "Wedding Shoots", "can we do our wedding pictures in the Almaty underground?"),
    ("O", T, "Kymyz Sales", "how must horse milk drinks be sold at Bishkek's Osh Bazaar?"),
    ("O", T, "HACCP Training", "do vendors at Osh Bazaar get hygiene courses?"),
    ("O", T, "Red Card", "what happens if an Osh Bazaar stall badly fails an inspection?"),
    ("O", S, "Complaints", "I got sick after eating food from the Osh Bazaar, who do I call?"),
    ("S", T, "Non Bread Stalls", "do bakers at Siab Bazaar have to wear gloves?"),
    ("S", T, "Qatiq Sales", "how is homemade yogurt sold at the Samarkand market?"),
    ("S", T, "Waste Collection", "when is the rubbish taken away at Siab Bazaar?"),
    ("K", S, "Ice Festival", "is there a winter fair with sled races on Khövsgöl?"),
    ("G", S, "Insulation Add-ons", "how can a ger family burn less fuel besides getting a new stove?"),
]
frag = [
    ("G", T, "Chimney Height", "chimney height ger"),
    ("N", T, "Vulture Feather Fletching", "vulture feathers arrows"),
    ("K", T, "Speed Limit", "khovsgol speed limit"),
    ("K", T, "Pressure Ridges", "ice pressure ridges"),
    ("M", T, "Skate Sharpening", "skate sharpening price"),
    ("M", T, "Shymbulak Gondola", "shymbulak gondola"),
    ("D", T, "Rim Barrier", "darvaza rim barrier"),
    ("I", T, "Lost Children", "issyk-kul lost children"),
    ("L", T, "Swim Zone Buoys", "balkhash swim buoys"),
    ("T", T, "Tunnels and Cabs", "tashkent metro tunnels"),
    ("A", T, "Student Projects", "almaty student film permit"),
    ("O", T, "Pest Control", "osh bazaar pest control"),
    ("S", T, "Kurut Drying", "siab kurut drying"),
    ("G", T, "Complaints Hotline", "stove complaints hotline"),
    ("N", T, "Photography Zone", "naadam archery photos"),
]
typo = [
    ("G", T, "Certified Models", "certifed stove modles"),
    ("G", T, "Installer Visits", "instaler visit ulaanbatar"),
    ("N", T, "Equipment Inspection", "equipmnet inspecton naadam"),
    ("N", T, "Team Rounds", "team rouns archery"),
    ("K", T, "Horse Sledges", "horse sledegs khuvsgul"),
    ("K", T, "Checkpoint Registration", "checkpiont registraton ice road"),
    ("M", T, "Parking Lot", "medue parking lto"),
    ("D", T, "Highway Turn-off", "darvasa highway turnof"),
    ("D", T, "Night Visits", "nihgt visits darvaza"),
    ("I", T, "First Aid Posts", "isyk kul first aid psots"),
    ("L", T, "Sunburn on the Steppe", "balkash sunburn steppe"),
    ("T", T, "Wedding Shoots", "tashknet wedding shoots"),
    ("A", T, "Blocking Passageways", "almaty metro blcoking passageways"),
    ("O", T, "Meat Stamps", "osh bazar meat stmaps"),
    ("S", T, "Handwashing Stations", "samarkand siab handwahsing"),
]
chat = [
    ("G", S, "Stove Swap Program", "hi! quick q: does the stove swap pay for the whole stove in UB?"),
    ("N", T, "Mergen", "@briefbot what title does the Naadam archery champion get? thanks!"),
    ("K", T, "Fuel Spills", "Сайн байна уу! any info on spilling fuel on the Khövsgöl ice road?"),
    ("K", T, "Speed Limit", "hey 👋 how fast can I drive on the frozen lake at Khövsgöl?"),
    ("M", T, "Evening Session", "Сәлеметсіз бе! pls what are the evening skating hours at Medeu?"),
    ("M", T, "Speed Skating Oval", "good morning, any info on the speed skating oval at Medeu? 🙏"),
    ("D", T, "Mud Crater", "Salam! quick q, is there a mud crater near Darvaza?"),
    ("D", T, "Highway Turn-off", "@briefbot pls where do tours leave the highway for the gas crater"),
    ("I", T, "Flag Colors", "hola 😊 what do the beach flag colors mean at Issyk-Kul?"),
    ("I", T, "Jet Skis Near Swimmers", "thanks in advance! are jet skis allowed near swimmers at Issyk-Kul?"),
    ("L", T, "First Aid Posts", "bonjour, any info on first aid at the Lake Balkhash beaches?"),
    ("L", T, "Flag Colours", "hi team, what do the Balkhash beach flag colours mean? cheers"),
    ("T", T, "Filming Trains", "Assalomu alaykum! can I film the trains in the Tashkent metro? rahmat"),
    ("T", S, "Commercial Permits", "hey @briefbot, pls how much is a commercial photo shoot permit in the Tashkent metro?"),
    ("A", T, "Abay", "Привет! quick q: what is Abay station in Almaty known for?"),
    ("A", T, "Night Photography", "yo 📸 any info on night photography in the Almaty metro?"),
    ("O", T, "Cold Display Cases", "hallo! Osh Bazaar meat display cases, how cold must they be? thx"),
    ("O", T, "Drinking Water Taps", "good afternoon 🙂 where are the drinking water taps at Osh Bazaar?"),
    ("S", T, "Pest Control", "merhaba, quick q about pest control at Siab Bazaar pls"),
    ("S", S, "Complaints", "ciao! what is the complaints hotline for Siab Bazaar? grazie"),
    ("G", T, "Carbon Monoxide Alarms", "hey there! who replaces the CO alarm batteries in Ulaanbaatar? ty 🙏"),
]
acr = [
    ("G", S, "Ulaanbaatar Ger District Stove Replacement", "what does CAF stand for"),
    ("G", S, "Ulaanbaatar Ger District Stove Replacement", "AQD meaning?"),
    ("G", T, "Certified Models", "air quality department lab stove testing"),
    ("G", S, "Stove Swap Program", "how much of a new stove does the clean air fund pay"),
    ("I", S, "Issyk-Kul Beach Safety", "what does MES stand for at Issyk-Kul"),
    ("I", S, "Emergencies", "ministry of emergency situations rescue boats Issyk-Kul"),
    ("L", S, "Lake Balkhash Beach Safety", "ESD meaning Balkhash"),
    ("L", S, "Water Quality", "emergency situations department water sampling Balkhash"),
    ("O", S, "Osh Bazaar Food Safety", "define SES"),
    ("O", S, "Complaints", "sanitary and epidemiological service hotline Bishkek"),
    ("O", T, "HACCP Training", "what does HACCP stand for"),
    ("S", S, "Siab Bazaar Food Safety", "SEWS meaning?"),
    ("D", T, "LOI", "what does LOI stand for"),
    ("D", S, "Do I need a guide?", "who arranges the letter of invitation for a Darvaza trip?"),
    ("D", T, "Karakum", "what is the Karakum"),
    ("D", T, "Derweze", "Derweze meaning"),
    ("M", T, "Bandy", "what is bandy"),
    ("K", S, "When does the ice road open?", "Khövsgöl ice road opening date"),
]
tab = [
    ("G", T, "Songinokhairkhan", "how many stoves were replaced in Songinokhairkhan?"),
    ("G", T, "Bayanzürkh", "how much did winter smog fall in Bayanzurkh?"),
    ("N", T, "Khoshmergen", "what do they call a Naadam archer with 28 or more hits?"),
    ("N", T, "Dayan Mergen", "what title does an archer get after winning twice at Naadam?"),
    ("M", T, "Morning Session", "how much is a daytime skating ticket at Medeu?"),
    ("M", T, "Night Disco Session", "is there late-night skating with music at Medeu on weekends?"),
    ("I", T, "Alcohol on the Beach", "what's the fine for drinking beer on the beach at Issyk-Kul?"),
    ("L", T, "Glass Bottles", "can I bring glass bottles to a Balkhash beach?"),
    ("T", T, "Kosmonavtlar", "which Tashkent metro station has the space decorations?"),
    ("T", T, "Mustaqillik Maydoni", "Tashkent metro station with the chandeliers"),
    ("A", T, "Zhibek Zholy", "Almaty metro station with silk road artwork"),
    ("O", T, "Yellow Card", "what does a yellow card on an Osh Bazaar stall mean?"),
    ("S", T, "Green Card", "what does a green grade card mean at Siab Bazaar?"),
]
dis = [
    ("I", T, "Lifeguard Hours", "lifeguard hours at Issyk-Kul"),
    ("L", T, "Lifeguard Hours", "lifeguard hours at Lake Balkhash"),
    ("I", T, "Inflatable Toys", "are inflatable rings allowed at Issyk-Kul?"),
    ("L", T, "Inflatable Toys", "are inflatable rings allowed at Balkhash?"),
    ("T", T, "Tripods", "can I use a tripod in the Tashkent metro?"),
    ("A", T, "Tripods", "can I use a tripod in the Almaty metro?"),
    ("T", T, "Phone Cameras", "are phone photos allowed in the Tashkent metro?"),
    ("A", T, "Phone Cameras", "are phone photos allowed in the Almaty metro?"),
    ("O", T, "Meat Stamps", "what colour is the meat stamp at Osh Bazaar?"),
    ("S", T, "Meat Stamps", "what colour is the meat stamp at Siab Bazaar?"),
    ("O", T, "Handwashing Stations", "handwashing stations at Osh Bazaar"),
    ("S", T, "Handwashing Stations", "handwashing stations at Siab Bazaar"),
]
none_q = [
    # near-topic facts the briefings do not give
    "how much does a certified stove cost in Ulaanbaatar?",
    "who won the Naadam archery last year?",
    "how many vehicles crossed the Khövsgöl ice road last winter?",
    "what year was the Medeu rink built?",
    "how deep is the Darvaza crater?",
    "what is the water temperature of Lake Balkhash in July?",
    "how many lifeguards work at Issyk-Kul?",
    "when did the Tashkent metro open?",
    "how much is a single metro fare in Almaty?",
    "what are the opening hours of Osh Bazaar?",
    "who was the architect of the Siab Bazaar building?",
    "what year did the Darvaza crater catch fire?",
    "how many archers compete at Naadam?",
    # unrelated
    "how do I renew my UK passport?",
    "best pizza in Naples",
    "euro to yen exchange rate",
    "how to reset my router password",
    "tide times in Cornwall tomorrow",
    "who won the 2022 world cup?",
    "recipe for banana bread",
    "python list comprehension syntax",
    "how to apply for a driving licence in Ireland",
    "how to treat a bee sting",
    "cheapest flights to Lisbon",
    "tax deadline for freelancers in Germany",
    "how do solar panels work",
]
leak_public = [
    "how many visitors per launch at Baikonur?",
    "Baikonur launch viewing package price",
    "mystery shopper checks on launch tour resellers",
    "Roscosmos fee dispute",
    "is there a drone ban at the Baikonur viewing site?",
    "Hotel Cosmonaut overbooking",
    "which tour reseller is being suspended?",
    "Baikonur security clearance backlog",
    "night launch buses Baikonur",
    "what does VAWG stand for",
]
leak_internal = [
    ("B", T, "Draft Quota Per Launch", "how many visitors per crewed launch are we planning at Baikonur?"),
    ("B", T, "Roscosmos Fee Dispute", "what per-head fee does Roscosmos want?"),
    ("B", T, "Mystery Shopper Checks", "results of the undercover bookings with resellers"),
    ("B", T, "Drone Ban at Viewing Site", "has the drone ban at the viewing site been agreed?"),
    ("B", T, "Clearance Backlog", "how long is the security clearance queue for foreign visitors?"),
    ("B", T, "Hotel Cosmonaut Contract", "Hotel Cosmonaut block booking problem"),
]

rows = []
def add(prefix, items, audience="public"):
    for n, (doc, match, exp, q) in enumerate(items, 1):
        rows.append((f"{prefix}{n:02d}", audience, match, D[doc], exp, q))

add("para", para); add("frag", frag); add("typo", typo); add("chat", chat)
add("acr", acr); add("tab", tab); add("dis", dis)
for n, q in enumerate(none_q, 1):
    rows.append((f"none{n:02d}", "public", "none", "", "", q))
for n, q in enumerate(leak_public, 1):
    rows.append((f"leak{n:02d}", "public", "none", "", "", q))
for n, (doc, match, exp, q) in enumerate(leak_internal, len(leak_public) + 1):
    rows.append((f"leak{n:02d}", "internal", match, D[doc], exp, q))

for r in rows:
    assert all("\t" not in f and "\n" not in f for f in r), r
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.tsv")
with open(out, "w", encoding="utf-8") as f:
    f.write("#id\taudience\tmatch\tdocs\texpected\tquestion\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print(f"wrote {len(rows)} questions to {out}")
