#!/usr/bin/env python3
"""Writes questions.tsv for eval77 from hand-written questions (blind to the ranker)."""
import os
D = dict(
    C="cordoba-mosque-cathedral-night-visits.md", T="toledo-sword-workshops.txt",
    S="segovia-aqueduct-walks.md", SA="salamanca-university-frog-hunt.txt",
    CO="coimbra-university-library.md", V="valencia-albufera-boat-rides.md",
    L="lagos-ponta-da-piedade-kayaks.txt", Z="zaragoza-pilar-tower-lift.md",
    TE="tenerife-teide-cable-car.txt", M="malaga-caminito-del-rey-permits.md",
    E="evora-chapel-of-bones.txt", G="gibraltar-rock-apes.md")
Q = []  # (category, audience, match, doc key, expected, question)
def add(cat, rows, aud="public"):
    for r in rows:
        if len(r) == 3:
            doc, exp, q = r; m = "title"
        else:
            doc, exp, q, m = r
        Q.append((cat, aud, m, doc, exp, q))

add("para", [
 ("C", "Evening Sessions", "what time does the night show at the Córdoba mosque start?"),
 ("C", "Advance Booking", "can I just turn up and buy a ticket for the mosque at night or do I need to buy early?"),
 ("C", "Audio Headsets", "is there commentary in English during the night visit in Cordoba?"),
 ("C", "Late Arrival", "we might be 10 minutes late for the Córdoba night visit, will they still let us in?"),
 ("C", "No Flash Photography", "am I allowed to take pictures inside the mosque-cathedral at night?"),
 ("C", "Accessibility", "my mum uses a wheelchair, can she do the Córdoba night tour?"),
 ("C", "Mihrab Chamber", "do you get to see the gold mosaics at the prayer niche on the night visit?"),
 ("T", "Forging Demonstration", "where can I watch a blacksmith actually make a sword in Toledo?"),
 ("T", "Damascene Inlay", "how do they put the gold patterns into the black steel jewelry in Toledo?"),
 ("T", "Shipping Service", "can the Toledo shop post my sword back home for me?"),
 ("T", "Checked Luggage Only", "can I bring the sword I bought in Toledo on the plane as hand luggage?"),
 ("T", "Custom Engraving", "could they put my son's name on a Toledo blade?"),
 ("T", "Certificate of Origin", "how do I know a Toledo sword is genuine and not a fake?"),
 ("S", "Azoguejo Arches", "where is the tallest part of the Segovia aqueduct?"),
 ("S", "Free Walking Tour", "is there a tour of the Segovia aqueduct that doesn't cost anything?"),
 ("S", "No Climbing", "can the kids clamber up on the aqueduct pillars in Segovia?"),
 ("S", "Acebeda Spring Trail", "I want a long hike to where the Segovia aqueduct water came from"),
 ("S", "Engineering Tour", "how did the Romans build the Segovia aqueduct without cement? any tour on that?"),
 ("SA", "Frog on a Skull", "where exactly is the frog hidden on the Salamanca university front?"),
 ("SA", "Morning Light", "what's the best time of day to look for the Salamanca frog?"),
 ("SA", "New Cathedral Astronaut", "is it true there's a spaceman carved on a cathedral in Salamanca?"),
 ("SA", "Souvenir Frogs", "where can I buy a little frog souvenir in Salamanca?"),
 ("SA", "Fray Luis de León Lecture Hall", "can we see the old classroom where the poet taught in Salamanca?"),
 ("CO", "Library Bats", "why are there bats living in the Coimbra library?"),
 ("CO", "Academic Prison", "did Coimbra university really have a jail for students?"),
 ("CO", "Photography Ban", "can I take photos inside the Joanina library in Coimbra?"),
 ("CO", "Slot Size", "how many people are let into the Coimbra library at one time?"),
 ("CO", "Ticket Office", "where do I pick up tickets for the Coimbra library, at the door?"),
 ("V", "Sunset Ride", "is there a boat trip on the Albufera in the evening to see the sun go down?"),
 ("V", "Flooded Rice Fields", "when are the rice paddies around Valencia under water?"),
 ("V", "All i Pebre", "what eel dish should I try near the Albufera?"),
 ("V", "Parking at El Palmar", "is it easy to park in El Palmar on a Saturday?"),
 ("L", "Swell Limits", "what happens to my Lagos kayak trip if the sea is rough?"),
 ("L", "Minimum Age", "can my 4 year old come kayaking at Ponta da Piedade?"),
 ("L", "Dry Bags", "where do I keep my phone dry on the Lagos kayak tour?"),
 ("Z", "Final Staircase", "how many stairs after the lift in the Pilar tower?"),
 ("Z", "Fiesta del Pilar", "is the Pilar tower open during the October festivities in Zaragoza?"),
 ("TE", "Altitude Sickness", "is the Teide cable car safe if I'm pregnant?"),
 ("TE", "Summit Permit", "do I need permission to walk to the very top of Teide?"),
 ("M", "Compulsory Helmets", "do you have to wear a hard hat on the Caminito del Rey?"),
 ("M", "One-Way Route", "can I walk the Caminito del Rey both ways, out and back?"),
 ("E", "Hanging Bodies", "are there mummified bodies hanging in the Évora bone chapel?"),
])
add("frag", [
 ("C", "Group Night Ticket", "cordoba group tickets"),
 ("T", "Decorative Swords", "toledo display swords"),
 ("S", "Night Walk", "segovia aqueduct floodlit"),
 ("SA", "Audio Guide App", "salamanca audio app"),
 ("CO", "Sala dos Capelos", "coimbra doctoral hall"),
 ("V", "Heron Colonies", "albufera herons"),
 ("L", "Grotto Route", "lagos grotto paddle"),
 ("Z", "Vertigo Warning", "pilar tower vertigo"),
 ("TE", "Bus Line 342", "teide bus"),
 ("M", "Hanging Bridge", "caminito hanging bridge"),
 ("M", "Train to El Chorro", "train el chorro"),
 ("E", "Entrance Motto", "evora bones inscription"),
 ("E", "Cathedral Rooftop", "évora cathedral roof"),
 ("S", "Family Trail Leaflet", "segovia kids trail"),
 ("T", "Tempering Display", "toledo quenching blade"),
])
add("typo", [
 ("C", "Advance Booking", "cordova mezquita nigth tickets booking"),
 ("T", "Forging Demonstration", "toeldo sword forgeing demo"),
 ("S", "Caserón Water Tank", "segobia aqueduc water tank"),
 ("SA", "Frog on a Skull", "salamanka frogg on skul"),
 ("CO", "Library Bats", "coimbra libary bats"),
 ("V", "Life Jackets", "albufra life jakets"),
 ("L", "Cliff Jumping Ban", "lagos clif jumpimg"),
 ("Z", "Wind Closures", "zaragosa tower lfit wind"),
 ("TE", "Refugio de Altavista", "tiede altavista refugee hut"),
 ("M", "Release Dates", "caminito del ray permits relase"),
 ("M", "Minimum Age", "caminto del rey minimun age"),
 ("E", "Painted Ceiling", "evroa chapel ceilng painting"),
 ("E", "Nativity Scene Collection", "evora nativty cribs"),
 ("CO", "Gilded Shelves", "coimbra guilded shelfs"),
 ("T", "Blunt Edge Rule", "toledo blunt egde licence"),
])
add("chat", [
 ("C", "Evening Sessions", "hi there! 👋 what times are the night sessions at the Córdoba mosque?"),
 ("C", "Córdoba Residents", "hola! do Córdoba locals get cheaper night tickets? gracias"),
 ("T", "Group Visits", "@briefbot quick q: how far ahead do school groups book the Toledo workshops?"),
 ("T", "Shipping Service", "thanks so much for yesterday! also, can the Toledo smiths mail a sword abroad?"),
 ("S", "Picnic Area", "bonjour 🙂 is there somewhere to have a picnic on the Segovia aqueduct walk?"),
 ("S", "Vehicle Ban", "any info on cars driving under the Segovia aqueduct? pls"),
 ("SA", "Guide Hints", "hey @briefbot, will a Salamanca guide show me the frog?? 🐸"),
 ("SA", "Casa de las Conchas", "guten Tag! what is the house with shells in Salamanca?"),
 ("CO", "Bell Tower", "olá! tell me about the Coimbra university clock tower pls"),
 ("CO", "Timed Entry", "quick q - how often are entry slots at the Coimbra library? ty!"),
 ("V", "Boarding Points", "ciao! where do the Albufera boats leave from? grazie"),
 ("V", "Traditional Barracas", "hello!! what are those white thatched houses near the Albufera? 🏠"),
 ("L", "Sunrise Paddle", "morning 🌅 any early kayak tours at Ponta da Piedade before the crowds?"),
 ("L", "Tide Times", "hi, pls why do the Lagos kayak times change every day?"),
 ("Z", "Opening Hours", "buenos días @briefbot, what are the Pilar tower lift hours?"),
 ("Z", "Ebro River View", "hey! can you see the river from the top of the Pilar tower? thx"),
 ("TE", "Online Tickets", "hallo 👋 what happens if I'm late for my Teide cable car slot?"),
 ("TE", "Parking at the Base Station", "any info on parking at the Teide cable car? cheers"),
 ("M", "No Pets", "hi team! can I bring my dog on the Caminito del Rey? 🐶"),
 ("M", "Access Path", "@briefbot how long is the walk from the car park to the Caminito entrance? thanks!"),
 ("E", "Quiet Please", "olá! are big groups allowed in the Évora chapel of bones? obrigado"),
])
add("acr", [
 ("C", "Córdoba Mosque-Cathedral Night Visits", "what does AdC stand for?", "section"),
 ("C", "Córdoba Mosque-Cathedral Night Visits", "what does CC stand for at the Córdoba mosque?", "section"),
 ("Z", "What is the PTL?", "what is the PTL?", "section"),
 ("Z", "Zaragoza Pilar Basilica Tower Lift", "PTL stands for?", "section"),
 ("V", "Valencia Albufera Boat Rides", "what does ANP stand for?", "section"),
 ("V", "Wildlife and the Rice Fields", "is the Albufera Natural Park a protected wetland?", "section"),
 ("M", "Málaga Caminito del Rey Permits", "what does CRMO mean?", "section"),
 ("M", "Release Dates", "when does the Caminito del Rey Management Office release permits?"),
 ("TE", "TNP", "TNP meaning?"),
 ("TE", "Cañadas", "define Cañadas"),
 ("TE", "Izaña", "what is Izaña?"),
 ("CO", "BJ", "what does BJ stand for in Coimbra?"),
 ("CO", "Capa e Batina", "what is capa e batina?"),
 ("CO", "Latada", "Latada meaning?"),
 ("CO", "Paço das Escolas", "define Paço das Escolas"),
 ("S", "What is the route?", "what is the route of the Segovia aqueduct walk?", "section"),
 ("S", "Do I need a guide?", "do I need a guide for the aqueduct walk?", "section"),
 ("Z", "Can everyone go up?", "can everyone go up the Pilar tower?", "section"),
])
add("tab", [
 ("C", "Reduced Night Ticket", "how much for a 12 year old on the Córdoba night visit?"),
 ("T", "Antonio Arellano Smithy", "which Toledo workshop is open on Sundays and forges at 11?"),
 ("T", "Hard Case Requirement", "does my long Toledo sword need a special case to fly?"),
 ("SA", "Free Monday Morning", "is there a day you can get into the Salamanca Escuelas Mayores for free?"),
 ("CO", "Family Ticket", "ticket for 2 parents and 3 kids at the Coimbra library?"),
 ("V", "Private Boat", "can we hire a whole Albufera boat just for our family of six?"),
 ("V", "Birdwatching Trip", "Albufera trip with an expert on birds?"),
 ("L", "Stand-Up Paddle Tour", "can I paddleboard instead of kayak in Lagos?"),
 ("Z", "Zaragoza Card Holders", "is the Pilar lift free with the city tourist card?"),
 ("TE", "One-Way Descent", "I'm hiking up Teide, can I just take the cable car down?"),
 ("TE", "Resident Ticket", "cheaper Teide cable car ticket for people living in the Canaries?"),
 ("M", "Combined Bus Permit", "Caminito del Rey ticket that includes the shuttle?"),
 ("E", "Christmas Closure", "is the Évora bone chapel open on Christmas Day?"),
])
add("dis", [
 ("SA", "Timed Entry", "how often are the timed entry slots at Salamanca university?"),
 ("CO", "Timed Entry", "how often are the timed entry slots at Coimbra university?"),
 ("SA", "Student Discount", "student discount price in Salamanca?"),
 ("CO", "Student Discount", "student discount price in Coimbra?"),
 ("V", "Life Jackets", "do kids have to wear life jackets on the Albufera boats in Valencia?"),
 ("L", "Life Jackets", "do kids have to wear life jackets on the Lagos kayaks?"),
 ("V", "Boarding Points", "where do I board for the trip in Valencia?"),
 ("L", "Boarding Points", "where do I board for the trip in Lagos?"),
 ("Z", "Wind Closures", "does the Zaragoza lift close when it's windy?"),
 ("TE", "Wind Closures", "does the Tenerife cable car close when it's windy?"),
 ("Z", "Wheelchair Access", "is the Zaragoza tower accessible by wheelchair?"),
 ("TE", "Wheelchair Access", "is the Tenerife cable car accessible by wheelchair?"),
])
none = [
 "how many columns are in the Córdoba mosque-cathedral?",
 "what year was the Córdoba night show first staged?",
 "how much does a Toledo sword cost?",
 "how old is the Segovia aqueduct?",
 "who carved the frog on the Salamanca facade?",
 "how many books are in the Coimbra Joanina library?",
 "how deep is the Albufera lagoon?",
 "what is the name of the Lagos lighthouse keeper?",
 "how many visitors ride the Pilar tower lift each year?",
 "when did the Teide volcano last erupt?",
 "how many people fell from the Caminito del Rey before the restoration?",
 "who built the Évora chapel of bones and in what year?",
 "how many cabins run on the Teide cable car line?",
 "best tapas bar in Madrid?",
 "how do I renew my passport?",
 "what's the weather in Oslo tomorrow?",
 "recipe for chocolate chip cookies",
 "who won the 2022 world cup?",
 "how do I reset my wifi router?",
 "cheap flights to Tokyo",
 "python list comprehension syntax",
 "what is the capital of Australia?",
 "how much vacation leave do employees get?",
 "printer on the third floor is jammed",
 "translate good morning into Japanese",
 "stock price of Apple",
]
for q in none:
    Q.append(("none", "public", "none", None, "", q))
for q in [
 "how much is the fine for feeding the Gibraltar apes going up to?",
 "are there undercover wardens watching tourists at the Apes' Den?",
 "are the Gibraltar apes being moved to Morocco?",
 "will they cull the monkeys in Catalan Bay?",
 "how many people got bitten by Gibraltar apes last year?",
 "contraceptive implants for Gibraltar macaques",
 "dispute with Gibraltar taxi drivers over feeding apes",
 "gibraltar ape plastic bag ban",
 "GNR ranger posts frozen",
 "what does DoE stand for in the Gibraltar ape briefing?",
]:
    Q.append(("leak", "public", "none", None, "", q))
add("leak", [
 ("G", "Draft Fine Increase", "how much is the fine for feeding the Gibraltar apes going up to?"),
 ("G", "Undercover Patrols", "are there undercover wardens watching tourists at the Apes' Den?"),
 ("G", "Troop Relocation", "are the Gibraltar apes being moved to Morocco?"),
 ("G", "Bite Incidents", "how many people got bitten by Gibraltar apes last year?"),
 ("G", "Taxi Tour Dispute", "dispute with Gibraltar taxi drivers over feeding apes"),
 ("G", "Health Screening", "how often are the rock apes checked for TB?"),
], aud="internal")

counts = {}
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "questions.tsv"), "w", encoding="utf-8") as f:
    f.write("#id\taudience\tmatch\tdocs\texpected\tquestion\n")
    for cat, aud, m, doc, exp, q in Q:
        counts[cat] = counts.get(cat, 0) + 1
        for field in (exp, q):
            assert "\t" not in field and "\n" not in field
        f.write(f"{cat}{counts[cat]:02d}\t{aud}\t{m}\t{D[doc] if doc else ''}\t{exp}\t{q}\n")
print(counts, sum(counts.values()))
