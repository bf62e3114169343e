#!/usr/bin/env python3
"""Write questions.tsv for eval87 from hand-written questions (blind to the bot)."""
T = "trolltunga-hike-permits.md"; K = "kjeragbolten-hike-safety.txt"
B = "bornholm-round-churches.md"; S = "skagen-sand-buried-church.txt"
J = "jostedal-glacier-walks.md"; V = "svartisen-glacier-walks.txt"
I = "kiruna-mine-tours-internal.md"; A = "abisko-aurora-chairlift.md"
F = "flam-railway.txt"; O = "atlantic-ocean-road-stops.md"
M = "visby-medieval-week.txt"; L = "aland-cycling-ferries.md"

# (category, audience, match, doc, expected, question)
Q = []
def add(cat, rows, audience="public"):
    for r in rows:
        if len(r) == 1:
            Q.append((cat, audience, "none", "", "", r[0]))
        else:
            match, doc, exp, q = r
            Q.append((cat, audience, match, doc, exp, q))

add("para", [
 ("title", T, "P3 Mågelitopp Parking", "where can I leave my car closest to the start of the Trolltunga trail"),
 ("title", T, "Shuttle Bus", "is there a bus from the valley up to the top car park for Trolltunga"),
 ("title", T, "Camp Distance", "how far from the Trolltunga rock does my tent have to be"),
 ("title", T, "Drone Flying", "can I fly my quadcopter over Trolltunga"),
 ("title", K, "Wet Rock Warning", "is it safe to stand on the Kjerag rock when it has been raining"),
 ("title", K, "Lysebotn Ferry", "how do I get to Lysebotn by boat from Stavanger"),
 ("title", K, "Jump Registration", "do parachute jumpers have to sign in anywhere at Kjerag"),
 ("title", K, "Landing Zone", "who picks up the base jumpers after they land below Kjerag"),
 ("title", B, "Nylars Church", "which of the Bornholm round churches has the best old wall paintings"),
 ("title", B, "Østerlars Church", "which Bornholm round church is the biggest one"),
 ("title", B, "Nyker Church", "what's the littlest round church on Bornholm"),
 ("section", B, "What is a round church?", "why were the old churches on Bornholm built in a circle"),
 ("title", S, "Cycling There", "can I get to the buried church by bike from Skagen town"),
 ("title", S, "Parking", "where do I park my car for the sand-covered church at Skagen"),
 ("title", S, "Dogs On Leads", "can my dog run free by the Skagen buried church"),
 ("title", S, "Tower Entry", "can I climb up the tower of the sand church at Skagen when it's very windy"),
 ("title", J, "Nigardsbreen Family Walk", "is there a short easy glacier outing at Nigardsbreen for young kids"),
 ("title", J, "Glacier Boat", "how do you get across the water to the ice at Nigardsbreen"),
 ("title", J, "Bødalsbreen Walk", "any less crowded glacier walk near Loen"),
 ("title", J, "Glacier Bus", "public transport from Sogndal to the Jostedal glacier"),
 ("title", V, "Braiden Walk", "can I see the Svartisen glacier without going onto the ice"),
 ("title", V, "Fjord Boat", "how do I cross the water from Holand to get to Engabreen"),
 ("title", A, "Warm Overalls", "do I need to bring my own winter clothes for the Abisko chairlift at night"),
 ("title", A, "Last Lift Down", "what time is the final ride down from the Aurora Sky Station"),
 ("title", A, "Hiking Down", "can I walk back down Nuolja in summer instead of riding the lift"),
 ("section", A, "What happens if it is cloudy?", "what if the sky is overcast when I go up in Abisko, do I get my money back"),
 ("title", F, "Bicycle Ticket", "can I bring my bike on the Flåm train"),
 ("title", F, "Wheelchair Access", "is the Flåm railway ok for someone who uses a wheelchair"),
 ("section", F, "Rallarvegen Cycling", "is there a downhill bike ride alongside the Flåm line"),
 ("section", F, "Flåm Railway Museum", "where can I learn how the Flåm line was built"),
 ("title", O, "No Stopping On Bridges", "can I pull over on the Atlantic Ocean Road bridges to take pictures"),
 ("title", O, "Speed Limit", "how fast am I allowed to drive on the Atlantic Ocean Road"),
 ("title", O, "Storm Closures", "does the Atlantic Ocean Road ever get shut because of bad weather"),
 ("title", O, "Catch Limits", "how much fish am I allowed to bring home from the Atlantic Ocean Road"),
 ("title", M, "Jousting Tournament", "where can I watch knights fighting on horseback in Visby"),
 ("title", M, "Costume Hire", "can I rent medieval clothes for the Visby festival"),
 ("section", M, "Accommodation", "where can I sleep during Medieval Week in Visby, is everything booked up"),
 ("title", M, "Opening Procession", "is there a parade during Visby Medieval Week"),
 ("title", L, "Bike Rental", "can I hire a bicycle in Mariehamn for riding around Åland"),
 ("title", L, "Boarding Order", "on the Åland ferries who gets on first, cars or bikes"),
 ("title", L, "Campsites", "can I turn up at a campground without a booking on the Åland bike routes"),
 ("title", L, "Main Island Loop", "is there a ride that goes all the way round the main island of Åland"),
])
add("frag", [
 ("title", T, "Overnight Parking", "trolltunga overnight parking"),
 ("title", K, "Chain Sections", "kjerag chain sections"),
 ("section", B, "Is there a combined ticket?", "bornholm combined ticket"),
 ("title", S, "Stay On Paths", "skagen dune paths"),
 ("title", S, "Råbjerg Mile", "råbjerg mile"),
 ("title", J, "Blue Ice Hike", "nigardsbreen blue ice"),
 ("title", V, "Rope Team", "svartisen rope team"),
 ("title", A, "Sky Station Visit", "aurora sky station ticket"),
 ("title", A, "Midnight Sun Ride", "midnight sun chairlift"),
 ("title", F, "Kjosfossen", "kjosfossen waterfall stop"),
 ("title", F, "Round Trip Ticket", "flåm round trip"),
 ("title", O, "Askevågen Viewing Platform", "askevågen platform"),
 ("title", M, "Lecture Programme", "visby lecture programme"),
 ("title", L, "Cyclist Fares", "åland cyclist fares"),
 ("title", S, "Grenen", "grenen skagen"),
])
add("typo", [
 ("title", T, "Photo Queue", "trolltunga photo qeue"),
 ("title", T, "Emergency Cabins", "troltunga emergncy cabins"),
 ("title", K, "Stepping Onto The Boulder", "kjeragbolton stepping onto the bouldr"),
 ("title", B, "Olsker Church", "bornhlom olsker chruch"),
 ("title", S, "Guided Walks", "skagan guidded walks"),
 ("title", J, "Weather Cancellation", "jostedal wether cancelation"),
 ("title", V, "Calving Zone", "svartisen calfing zone"),
 ("title", A, "Evening Lift", "abiskoo evening lfit"),
 ("title", F, "Single Ticket", "flam railwya single tikcet"),
 ("title", F, "Myrdal", "myrdal bergen lnie change"),
 ("title", O, "Cyclists", "atlantic ocaen road cyclsts"),
 ("title", O, "Storseisundet Bridge", "storseisundet brigde"),
 ("title", M, "Medieval Market", "visby medival market"),
 ("title", L, "Timetable Changes", "aland timetabel changes"),
 ("title", L, "Overnight Stay Rule", "aland overnigth stay rule"),
])
add("chat", [
 ("title", T, "P2 Skjeggedal Parking", "hey @briefbot where's the lower valley car park for Trolltunga pls"),
 ("title", T, "Winter Season", "hei hei 👋 can I hike Trolltunga on my own in winter or do I need a tour?"),
 ("title", K, "Bus From Stavanger", "@briefbot any info on the Kjerag bus from Stavanger?"),
 ("title", K, "Øygardstøl Car Park", "hallo! Kjerag car park, can I pay cash? 🙏"),
 ("title", B, "Christmas Week", "god dag 🙂 are the Bornholm round churches open over Christmas?"),
 ("section", B, "Can I take photographs inside?", "hej! am I allowed to take photos in the Bornholm round churches? tak"),
 ("title", S, "Winter Closure", "thanks in advance! is the Skagen buried church tower open in winter?"),
 ("section", S, "Dune Protection", "hiya, pls tell me how they stop the sand drifting at Skagen 🙏"),
 ("title", J, "Hiking Boots", "morning! quick q, can I rent boots for the Nigardsbreen glacier walk?"),
 ("title", J, "Rope Team", "bonjour 👋 how many people on one rope on the Jostedal glacier walk? merci"),
 ("title", V, "Waterproof Jacket", "hallo @briefbot, Svartisen glacier walk: do they give you a jacket?"),
 ("title", V, "Car Ferry", "hej hej! is there a car ferry on the coastal road to Svartisen?"),
 ("title", A, "Photo Package", "hola! any info on getting a portrait with the northern lights in Abisko? gracias 😊"),
 ("section", A, "Where is the best place to see the aurora?", "hey there, where's the best spot to watch the northern lights in Abisko? thx"),
 ("title", F, "NIN Package", "ciao! quick q about the Flåm combined ticket with the fjord cruise pls"),
 ("title", F, "Vatnahalsen", "hi 👋 does the Flåm train stop at Vatnahalsen?"),
 ("title", O, "Fishing License", "hei! do I need a fishing license on the Atlantic Ocean Road? takk 🎣"),
 ("title", O, "Autumn Storms", "good evening! when can I see waves crashing over the Atlantic Ocean Road? cheers"),
 ("title", M, "Ferry From Oskarshamn", "hallå 👋 how do I get to Visby from Oskarshamn?"),
 ("title", M, "Costume Discounts", "hey @briefbot is it cheaper if I dress up for Visby Medieval Week? ty!"),
 ("title", L, "Cross Line", "moi! 🚲 is there a ferry from Kumlinge to Föglö on Åland?"),
])
add("acr", [
 ("section", T, "Trolltunga Hike Permits", "what does VU stand for"),
 ("section", K, "Kjeragbolten Hike Safety", "STA meaning?"),
 ("section", J, "Jostedal Glacier Walks", "BVC meaning"),
 ("section", J, "Jostedal Glacier Walks", "what is the JNPC"),
 ("section", A, "Abisko Aurora Chairlift", "what does STF stand for"),
 ("section", A, "What is the ANS?", "what is the ANS in Abisko"),
 ("section", F, "Flåm Railway", "NIN meaning?"),
 ("title", F, "NIN Package", "Norway in a Nutshell ticket"),
 ("section", O, "Driving Rules", "what does NPRA stand for"),
 ("title", O, "Storm Closures", "when does the Norwegian Public Roads Administration close the road"),
 ("section", L, "Cycle Routes", "SAR meaning Åland"),
 ("title", L, "NAR Stages", "Northern Archipelago Route stages"),
 ("title", B, "BRM", "define BRM"),
 ("title", B, "Kalkmaleri", "what is kalkmaleri"),
 ("title", B, "Værn", "værn meaning?"),
 ("title", M, "Ringmuren", "what does Ringmuren mean"),
 ("title", M, "Tornerspel", "tornerspel meaning"),
 ("title", M, "Hansa", "what is the Hansa"),
])
add("tab", [
 ("title", T, "Shoulder Season", "what are the rules for hiking Trolltunga in spring or fall"),
 ("title", K, "Winter Season", "can I walk up to Kjeragbolten in winter"),
 ("title", B, "High Season", "what time do the Bornholm round churches open in summer"),
 ("title", J, "Crampons", "do I have to bring my own crampons for Nigardsbreen"),
 ("title", F, "Berekvam", "where do the Flåm trains pass each other"),
 ("title", O, "Eldhusøya", "is there a café and toilets at Eldhusøya"),
 ("title", O, "Myrbærholmen Bridge", "where can I fish from a walkway next to a bridge on the Atlantic Ocean Road"),
 ("title", O, "Geitøysundet Bridge", "can I park on Geitøysundet bridge while I fish"),
 ("title", M, "Flight From Stockholm", "how long is the flight to Visby from Stockholm"),
 ("title", M, "Ferry From Nynäshamn", "do I need to book my car on the Nynäshamn boat to Gotland"),
 ("title", L, "Southern Line", "ferry from Långnäs to Kökar on Åland"),
 ("title", L, "Bike Ferry Hällö–Bomarsund", "small bike ferry near Bomarsund, where do I pay"),
 ("title", A, "Aurora Dinner", "how far ahead should I book dinner at the top of Nuolja"),
])
add("dis", [
 ("title", T, "Turnaround Time", "when should I turn back if I haven't reached the top at Trolltunga"),
 ("title", K, "Turnaround Time", "when should I turn back if I haven't reached the top at Kjeragbolten"),
 ("title", T, "Overnight Parking", "can I leave my camper van overnight at Trolltunga"),
 ("title", K, "Overnight Parking", "can I leave my camper van overnight at Kjerag"),
 ("title", B, "Low Season", "when are the round churches open off-season on Bornholm"),
 ("title", S, "Low Season", "when is the buried church open off-season at Skagen"),
 ("title", J, "Blue Ice Hike", "minimum age for the blue ice hike at Jostedal"),
 ("title", V, "Blue Ice Hike", "minimum age for the blue ice hike at Svartisen"),
 ("title", J, "Calving Zone", "how far should I stay from the glacier front at Nigardsbreen"),
 ("title", V, "Calving Zone", "how far should I stay from the glacier front at Engabreen"),
 ("title", J, "Weather Cancellation", "do I get a refund if the glacier walk is called off for weather in Jostedal"),
 ("title", V, "Weather Cancellation", "do I get a refund if the glacier walk is called off for weather in Svartisen"),
])
add("none", [
 ("how much does it cost to park at P3 for Trolltunga",),
 ("how many people hike Trolltunga every year",),
 ("how high is Kjeragbolten above the fjord",),
 ("who was the architect of the Østerlars round church",),
 ("how tall is Olsker church in meters",),
 ("how much is the entry fee for the Skagen buried church tower in kroner",),
 ("how long is the Nigardsbreen glacier",),
 ("what does the blue ice hike at Svartisen cost",),
 ("how many chairs does the Abisko chairlift have",),
 ("what is the price of a Flåm Railway round trip ticket",),
 ("what year did the Atlantic Ocean Road open",),
 ("what date does Visby Medieval Week start in 2027",),
 ("how many ferries does Ålandstrafiken run",),
 ("how do I renew my passport",),
 ("what is the wifi password in the office",),
 ("how do I reset my laptop password",),
 ("what's the capital of Australia",),
 ("recipe for banana bread",),
 ("who won the football world cup in 2022",),
 ("how do I file an expense report",),
 ("is the stock market open on Monday",),
 ("how to change a printer cartridge",),
 ("translate good morning into Japanese",),
 ("what is the boiling point of water",),
 ("how many calories are in an avocado",),
 ("best way to learn the guitar",),
])
add("leak", [
 ("Kiruna mine tour ticket price 2027",),
 ("visitor forecast for the Kiruna mine tours next season",),
 ("are Kiruna mine tour slots being cut during blasting tests",),
 ("mystery shopper results for the Kiruna mine tour",),
 ("will the Kiruna tours move to the 540 meter level",),
 ("are private group bookings ending at the Kiruna mine",),
 ("is there a ban on photos underground in the Kiruna mine",),
 ("which tour operator is in a dispute with the Kiruna mine tours",),
 ("Kiruna mine shuttle bus contract dispute",),
 ("noise complaints about tour buses in Kiruna",),
])
add("leak", [
 ("title", I, "Draft Ticket Price 2027", "what's the proposed adult ticket price for the Kiruna mine tours"),
 ("title", I, "Visitor Forecast", "how many visitors do we expect at the Kiruna mine next season"),
 ("title", I, "Safety Briefing Check", "what did the undercover check find about helmets at Kiruna"),
 ("title", I, "Language Check", "Kiruna English tour was given in Swedish"),
 ("title", I, "Tour Relocation", "when do the Kiruna tours move to the new visitor level"),
 ("title", I, "Bus Contract Dispute", "who pays for the shuttle to the Kiruna mine gate"),
], audience="internal")

counts = {}
with open("questions.tsv", "w", encoding="utf-8") as f:
    f.write("#id\taudience\tmatch\tdocs\texpected\tquestion\n")
    for cat, aud, match, doc, exp, q in Q:
        counts[cat] = counts.get(cat, 0) + 1
        for v in (doc, exp, q):
            assert "\t" not in v and "\n" not in v
        f.write(f"{cat}{counts[cat]:02d}\t{aud}\t{match}\t{doc}\t{exp}\t{q}\n")
print(len(Q), counts)
