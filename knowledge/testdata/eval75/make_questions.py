#!/usr/bin/env python3
"""Writes questions.tsv for eval75, written blind from the briefings alone."""
import os

D = {
    "SA": "sarajevo-cable-car.md",
    "BR": "brasov-tampa-cable-car.txt",
    "TI": "timisoara-tram-museum.md",
    "GD": "gdansk-crane-museum.txt",
    "SO": "sofia-free-walking-tours.md",
    "WR": "wroclaw-dwarf-trail.txt",
    "MO": "mostar-bridge-divers-internal.md",
    "RI": "riga-central-market-halls.md",
    "VI": "vilnius-uzupis-constitution-walls.txt",
    "BU": "budva-beach-sunbed-fees.md",
    "PI": "piran-harbour-boat-trips.txt",
    "EG": "eger-castle-wine-cellars.md",
}

# (doc key, expected title, question); match "title" unless given as 4th item
para = [
    ("SA", "Bicycle Carriage", "can I take my mountain bike up to Trebević in Sarajevo?"),
    ("SA", "Resident Discount", "do locals in Sarajevo get cheaper rides on the cable car?"),
    ("SA", "Evacuation Drills", "what happens if someone gets stuck halfway up on the Sarajevo gondola?"),
    ("SA", "Pets on Board", "can my dog come with me on the Sarajevo cable car?"),
    ("BR", "Senior Discount", "I'm 70, is there a cheaper fare for the Brașov cable car?"),
    ("BR", "Hiking Combo", "can I hike up Tâmpa on foot and just ride back down?"),
    ("BR", "Bear Warnings", "are there bears up on Tâmpa mountain?"),
    ("BR", "Cabin Capacity", "how many people fit in one Tâmpa cable car cabin?"),
    ("TI", "Can I ride a historic tram?", "can I go for a spin on an old tram in Timișoara?"),
    ("TI", "How much does a ticket cost?", "do I have to pay to get into the Timisoara tram museum?"),
    ("TI", "Getting There", "which tram gets me to the tram museum depot in Timișoara?"),
    ("TI", "Photography", "can I bring a tripod to shoot pictures at the Timișoara tram museum?"),
    ("GD", "Free Entry Day", "is there a day I can see the Gdańsk crane without paying?"),
    ("GD", "Combined NMM Pass", "one ticket for the Gdańsk crane and the old ship too?"),
    ("GD", "Prams and Bags", "where do I leave my baby buggy at the Gdańsk crane?"),
    ("GD", "Opening Hours", "what time can I visit the Gdańsk crane in winter?"),
    ("SO", "Do I have to pay?", "how much should I give the guide on the Sofia free tour?"),
    ("SO", "Do I need to book?", "do I have to reserve a spot for the Sofia walking tour?"),
    ("SO", "Mineral Water Fountains", "where can I fill my bottle with hot spring water in Sofia?"),
    ("SO", "Serdika Ruins", "Roman remains dug up when Sofia built its subway"),
    ("SO", "How long does the tour take?", "how far do we walk on the Sofia free tour, and for how long?"),
    ("WR", "Dwarf Map", "where can I get a map of all the little gnomes in Wrocław?"),
    ("WR", "Touching the Statues", "am I allowed to climb on the gnome statues in Wrocław?"),
    ("WR", "History of the Krasnale", "why did Wrocław start putting little dwarfs everywhere?"),
    ("WR", "Languages", "which days is the Wrocław dwarf walk given in German?"),
    ("VI", "Article Twelve", "is there a rule in the Užupis constitution about dogs?"),
    ("VI", "Article Thirty-Seven", "does the Užupis constitution say I'm allowed to be lazy?"),
    ("VI", "New Language Plaques", "could our embassy add a plaque in our language in Užupis?"),
    ("VI", "Border Crossing Stamp", "can I get my passport stamped in Užupis?"),
    ("VI", "Quiet Hours", "how late can we be loud in the Užupis neighbourhood at night?"),
    ("RI", "Card Payments", "can I pay with my bank card at Riga central market?"),
    ("RI", "Haggling", "can I bargain on prices at the Riga market?"),
    ("RI", "Hygiene Inspections", "who makes sure the food at the Riga market is safe to eat?"),
    ("RI", "Stall Rent", "how do I get a spot to sell my stuff at Riga Central Market?"),
    ("BU", "Minimum Spend", "do I have to order drinks to get a lounger in Budva?"),
    ("BU", "Bringing Your Own Towel", "can I just lay my towel down on a Budva beach for free?"),
    ("BU", "Half-Day Rate", "is a sunbed cheaper in Budva if I only come in the afternoon?"),
    ("BU", "Complaints", "a Budva beach bar ripped me off, who do I tell?"),
    ("PI", "Swimming Stops", "can we jump in for a swim from the boat on a Piran trip?"),
    ("PI", "Cancellations", "what if it's too windy on the day of my Piran boat trip?"),
    ("PI", "Life Jackets", "do kids have to wear a lifevest on the Piran boats?"),
    ("EG", "Designated Drivers", "can I drive back after wine tasting in Eger?"),
]
frag = [
    ("BR", "Bear Warnings", "tampa bear sightings"),
    ("SA", "Winter Hours", "sarajevo cable car winter"),
    ("GD", "Treadwheel Chamber", "crane treadwheel chamber"),
    ("TI", "Ikarus Trolleybus", "ikarus trolleybus timisoara"),
    ("SO", "Food and Rakia Tour", "sofia rakia tour"),
    ("WR", "Dwarf Map", "wroclaw dwarf map"),
    ("VI", "Angel of Užupis", "angel of uzupis"),
    ("RI", "Fish Pavilion", "riga fish pavilion"),
    ("BU", "Price Lists", "budva beach price lists"),
    ("PI", "Sunset Cruise", "piran sunset cruise"),
    ("EG", "Siege Re-enactment", "eger siege reenactment"),
    ("EG", "Audio Guide", "eger castle audio guide"),
    ("BR", "Monday Maintenance", "brasov cable car monday"),
    ("PI", "Dolphin Distance", "piran dolphin distance"),
    ("RI", "Waste Sorting", "riga market waste sorting"),
]
typo = [
    ("SA", "Adult Return", "sarajevo adult retrun price"),
    ("BR", "One-Way Down", "brasov cabel car one way dwon"),
    ("TI", "Horse Tram No. 1", "timisora horse tarm"),
    ("GD", "Guided Tours", "gdansk crane guidded tuors"),
    ("SO", "Alexander Nevsky Cathedral", "sofia alexnader nevksy cathedral"),
    ("WR", "Fireman Dwarf", "wroclaw fireman dwraf"),
    ("VI", "Republic Flag", "uzupis republc falg"),
    ("RI", "Dairy Pavilion", "riga diary pavilion"),
    ("BU", "Mogren Beach", "budva mogern beach sunbeds"),
    ("PI", "Dolphin Watching Trip", "piran dolhpin wathcing trip"),
    ("EG", "Castle Ticket", "eger castel tikcet"),
    ("EG", "Bull's Blood Festival", "bulls blod festval eger"),
    ("PI", "Children's Fares", "piran boat chidlren fares"),
    ("VI", "Mermaid of Užupis", "mermiad of uzupis"),
    ("SO", "Serdika Ruins", "serdica ruins sofia"),
]
chat = [
    ("SA", "Summer Hours", "hey @briefbot what time does the last cabin come down from Trebević in summer?"),
    ("BR", "History", "Bonjour ! any info on the history of the Brașov Tâmpa cable car? merci"),
    ("BR", "Adult Round Trip", "Hola 👋 how much is an adult round trip on the Tâmpa cable car?"),
    ("TI", "Upper Archive Room", "Guten Tag, what is in the upper archive room at the Timișoara tram museum? danke"),
    ("TI", "Timiș 2 Tram", "hi there, any info on the Timiș 2 trams in Timișoara? thx"),
    ("GD", "Photography", "Dzień dobry! is photography allowed inside the Gdańsk crane? 📷"),
    ("GD", "Standard Ticket", "@briefbot pls what's the standard ticket price for the Żuraw in Gdańsk"),
    ("SO", "Classic Sofia Tour", "Здравей! what time does the classic Sofia tour start? 🙏"),
    ("SO", "Rotunda of St. George", "yo briefbot, any info on the Rotunda of St George in Sofia? cheers"),
    ("WR", "Walk Length", "Cześć 🙂 how long is the Wrocław dwarf walk in kilometres?"),
    ("WR", "Papa Dwarf", "hello, quick q - what's the story of the Papa Dwarf in Wrocław? thanks!"),
    ("VI", "Article Three", "Labas! what does article three of the Užupis constitution say?"),
    ("VI", "April First Holiday", "hi 👋 when is Užupis independence day? thanks so much"),
    ("RI", "Gastronomy Pavilion", "Sveiki! any info on the Riga gastronomy pavilion opening hours pls"),
    ("RI", "Market Tours", "hey, quick one: are there guided food tours at Riga Central Market? 🥒"),
    ("BU", "Jaz Beach", "Dobar dan! how much are sunbeds at Jaz beach in Budva?"),
    ("BU", "Receipts", "hi briefbot 😊 do Budva beach bars have to give me a receipt?"),
    ("PI", "Ticket Booths", "Zdravo! where do I buy tickets for the Piran boat trips? hvala"),
    ("EG", "Leányka", "Jó napot! what kind of wine is Leányka in Eger? köszönöm"),
    ("EG", "Feast of the Beautiful Women", "hiya @briefbot pls tell me about the Feast of the Beautiful Women in Eger 🍷 thx"),
    ("BU", "Enforcement", "ciao! quick q, do inspectors actually fine the beach bars in Budva? grazie"),
]
acr = [
    ("SA", "Sarajevo Trebević Cable Car Briefing", "what does CTB stand for in Sarajevo?"),
    ("SA", "Wind Closures", "where does the Cantonal Tourism Board post cable car closure notices?"),
    ("TI", "What is STPT?", "what is STPT?"),
    ("TI", "What is STPT?", "STPT meaning?"),
    ("GD", "Gdańsk Crane Museum Visitor Briefing", "what does NMM stand for?"),
    ("GD", "Combined NMM Pass", "National Maritime Museum pass for the crane and the ship"),
    ("GD", "Żuraw", "what does Żuraw mean?"),
    ("GD", "Treadwheel", "treadwheel meaning"),
    ("GD", "Hanza", "what is the Hanza?"),
    ("WR", "Wrocław Dwarf Statue Trail Briefing", "what does WTIC stand for?"),
    ("WR", "Dwarf Map", "does the Wrocław Tourist Information Centre sell a dwarf map?"),
    ("RI", "RCT", "RCT meaning?"),
    ("RI", "PVD", "what does PVD stand for at the Riga market?"),
    ("RI", "Šprotes", "what are šprotes?"),
    ("RI", "Hygiene Inspections", "Food and Veterinary Service checks at Riga market"),
    ("BU", "Budva Beach Sunbed Fees Briefing", "what does JPMD stand for?"),
    ("BU", "Complaints", "Tourist Organisation of Budva hotline for complaints"),
    ("BU", "Budva Beach Sunbed Fees Briefing", "define TOB"),
]
tab = [
    ("SA", "Student Single", "which Sarajevo cable car ticket is for a student going one way?"),
    ("SA", "Family Pass", "is there one ticket for two parents and three kids on the Sarajevo cable car?"),
    ("BR", "Group Rate", "how much is it each for a group of 20 on the Tâmpa cable car?"),
    ("TI", "Workshop Gallery", "where in the Timișoara tram museum can I watch them fixing trams?"),
    ("GD", "Viewing Window", "where can I look out over the river from inside the Gdańsk crane?"),
    ("GD", "Port Life Gallery", "is there a lift to the room with the harbour models in the Gdańsk crane?"),
    ("SO", "Communist Sofia Tour", "which Sofia tour on weekday afternoons is about the old regime?"),
    ("WR", "Sisyphus Dwarfs", "which Wrocław dwarfs are pushing a big ball?"),
    ("RI", "Meat Pavilion", "where do I buy sausages at Riga market and until what time?"),
    ("BU", "Ploče Beach", "which Budva beach has the 40 euro day bed?"),
    ("BU", "Slovenska Plaža", "how much do two loungers and a parasol cost on Slovenska Plaza?"),
    ("PI", "Salt Pans Trip", "how long is the Piran boat trip to the salt pans and is the museum included?"),
    ("EG", "Egri Csillag", "what's a dry white I should try in the Eger cellars?"),
]
# near-topic pairs: same question, the place decides
dis = [
    ("SA", "Return Ticket", "how much is a return ticket on the Sarajevo cable car?"),
    ("BR", "Return Ticket", "how much is a return ticket on the Brașov cable car?"),
    ("SA", "Wheelchair Access", "can a wheelchair user ride the Sarajevo cable car?"),
    ("BR", "Wheelchair Access", "can a wheelchair user ride the Brașov cable car?"),
    ("SA", "Wind Closures", "does the Sarajevo cable car run when it is windy?"),
    ("BR", "Wind Closures", "does the Brașov cable car run when it is windy?"),
    ("GD", "Guided Tours", "can I book a guided tour of the museum in Gdańsk?"),
    ("TI", "Guided Tours", "can I book a guided tour of the museum in Timișoara?"),
    ("SO", "Where does the tour start?", "where does the walking tour in Sofia meet?"),
    ("WR", "Meeting Point", "where does the walking tour in Wrocław meet?"),
    ("SO", "Rain Policy", "what happens if it rains during the walking tour in Sofia?"),
    ("WR", "Rain Policy", "what happens if it rains during the walking tour in Wrocław?"),
]
none_near = [
    "how long does the ride up on the Sarajevo cable car take?",
    "who was the private donor who paid for the Sarajevo cable car?",
    "how high is Mount Tâmpa above Brașov?",
    "how many trams are in the Timișoara tram museum collection?",
    "what year was the Gdańsk crane first built?",
    "how many stalls are there in Riga Central Market?",
    "who sculpted the Angel of Užupis?",
    "how many new dwarfs did Wrocław add last year?",
    "how much is parking at Mogren beach in Budva?",
    "how many boats run dolphin trips out of Piran?",
    "what year did the free walking tours in Sofia begin?",
    "how many wine cellars are there in the Valley of the Beautiful Women?",
    "what is the name of the director of the Gdańsk crane museum?",
]
none_unrelated = [
    "how do I renew an Irish passport?",
    "best pizza in Naples",
    "what is the yen exchange rate today",
    "how to reset my wifi router password",
    "when is the next solar eclipse in Australia",
    "what is the capital of Canada",
    "how do I cook a mushroom risotto",
    "tax filing deadline for the self-employed in Germany",
    "who won the football world cup in 2022",
    "how to train a puppy to sit",
    "cheap flights from London to Lisbon",
    "explain photosynthesis simply",
    "python list comprehension syntax",
]
leak_public = [
    "how much do the Mostar bridge divers want to raise their collection to?",
    "Mostar divers insurance premium",
    "how many people a day crowd onto Stari Most in summer?",
    "did undercover staff check the jump touts in Mostar?",
    "unlicensed jumpers at the Mostar bridge",
    "is Mostar banning night jumps from the bridge?",
    "will the Mostar bridge divers need medical checks?",
    "is the cliff diving competition leaving Mostar?",
    "Stari Most bridge maintenance costs dispute",
    "Mostar divers club court hearing",
]
leak_internal = [
    ("MO", "Draft Collection Target", "what's the draft collection target for the Mostar divers?"),
    ("MO", "Mystery Shopper Visits", "what did the mystery shoppers find about jump touts in Mostar?"),
    ("MO", "Collection Box Audit", "collection box audit Mostar"),
    ("MO", "Night Jump Ban", "when does the Mostar night jump ban start?"),
    ("MO", "Diving Rights", "who is fighting over diving rights at Stari Most?"),
    ("MO", "Noise Complaints", "are the riverside cafés complaining about noise from the Mostar jumps?"),
]

rows = []
def add(cat, items, audience="public"):
    for i, (k, exp, q) in enumerate(items, 1):
        rows.append((f"{cat}{i:02d}", audience, "title", D[k], exp, q))

add("para", para); add("frag", frag); add("typo", typo); add("chat", chat)
add("acr", acr); add("tab", tab); add("dis", dis)
for i, q in enumerate(none_near + none_unrelated, 1):
    rows.append((f"none{i:02d}", "public", "none", "", "", q))
for i, q in enumerate(leak_public, 1):
    rows.append((f"leak{i:02d}", "public", "none", "", "", q))
for i, (k, exp, q) in enumerate(leak_internal, len(leak_public) + 1):
    rows.append((f"leak{i:02d}", "internal", "title", D[k], exp, q))

for r in rows:
    assert all("\t" not in c and "\n" not in c for c in r), r
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.tsv")
with open(out, "w", encoding="utf-8") as f:
    f.write("#id\taudience\tmatch\tdocs\texpected\tquestion\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print(f"wrote {len(rows)} questions to {out}")
