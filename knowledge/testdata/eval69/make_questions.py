#!/usr/bin/env python3
"""Writes questions.tsv for eval69 from hand-written questions (blind to the bot)."""
D = {
    "R": "roatan-whale-shark-season.md",
    "B": "baja-gray-whale-lagoon-pangas.txt",
    "U": "ushuaia-penguin-walk-permits.md",
    "G": "galapagos-dinghy-landing-rules.txt",
    "T": "tikal-sunrise-entry.md",
    "M": "machu-picchu-ticket-circuits.txt",
    "C": "chiloe-palafito-guesthouses.md",
    "Z": "mendoza-vineyard-bike-tours.txt",
    "I": "iguazu-falls-boat-rides.md",
    "L": "lake-titicaca-reed-island-homestays.txt",
    "D": "dominica-boiling-lake-hike.md",
    "X": "cartagena-horse-carriages-internal.md",
}
# FAQ headings answer as a section's own text
FAQ = {"What is the PWP?", "How do I book a walk?", "When can I visit?", "Why are numbers limited?",
       "How long is the hike?", "Do I need a guide?", "What is the WNT?"}

para = [
    ("R", "Minimum Approach Distance", "how close am I allowed to swim next to the big spotted fish in Roatán?"),
    ("R", "Flash Photography", "can I use my camera strobe while snorkeling with the sharks off Roatán?"),
    ("R", "Sun Protection", "will they take away my normal suncream on the Roatán shark boat?"),
    ("R", "Reporting Sightings", "do the Roatán guides keep a record of which individual sharks they spot?"),
    ("B", "Touching Whales", "is it ok to pet the gray whales in San Ignacio if they come up to the boat?"),
    ("B", "Drone Ban", "can I fly my quadcopter above San Ignacio Lagoon?"),
    ("B", "Wind Closures", "what happens to the lagoon whale outing if it gets too breezy after lunch?"),
    ("B", "Camp Stays", "is there somewhere to sleep out by the gray whale lagoon in Baja?"),
    ("U", "Penguin Right of Way", "what should I do if a penguin waddles in front of me on Isla Martillo?"),
    ("U", "Boot Cleaning", "why do they scrub my shoes before the penguin island near Ushuaia?"),
    ("U", "Age Limit", "can my six year old come on the Ushuaia penguin walk?"),
    ("U", "Toilets", "is there a bathroom on the penguin island near Ushuaia?"),
    ("U", "Travel Time", "how long is the catamaran ride out to the penguins from Ushuaia?"),
    ("G", "Wet Landing", "in the Galápagos what does it mean when you get your feet wet getting off the boat?"),
    ("G", "Food Ashore", "can I bring a snack with me when we go ashore in the Galápagos?"),
    ("G", "Marked Trails", "are we allowed to wander wherever we like at Galápagos visitor sites?"),
    ("G", "Park Entrance Fee", "where do I pay to get into the Galápagos park when I fly in?"),
    ("T", "Headlamps", "is it pitch black walking to the temple for the Tikal sunrise, should I bring a light?"),
    ("T", "Climbing Restrictions", "can you go up the big pyramids at Tikal?"),
    ("T", "Rain Cancellation", "do I get my money back if it's cloudy at the Tikal sunrise?"),
    ("T", "Flores Shuttles", "how do I get from Flores to Tikal in time for dawn?"),
    ("T", "Jungle Lodges", "where should I sleep to be first in line at Tikal in the morning?"),
    ("M", "Passport Check", "does my Machu Picchu ticket have to match my ID?"),
    ("M", "Re-entry", "can I go out of Machu Picchu for lunch and come back in later?"),
    ("M", "Banned Items", "can I take my trekking poles into Machu Picchu?"),
    ("M", "Consettur Buses", "how do I get from Aguas Calientes up to the ruins without hiking?"),
    ("M", "One-Way Routes", "can I turn around and go back the way I came inside Machu Picchu?"),
    ("C", "Heating", "how are the stilt houses in Castro kept warm?"),
    ("C", "Quiet Hours", "is it noisy at night in the Chiloé stilt house B&Bs?"),
    ("C", "Stilt Inspections", "who makes sure the posts under the Castro houses aren't rotting?"),
    ("C", "Ferry from Pargua", "how do I get my car across to Chiloé island?"),
    ("Z", "Tasting Limit", "how much wine will they give me at each winery on the Maipú bike tour?"),
    ("Z", "Night Riding", "can I cycle back from the Mendoza wineries after sunset?"),
    ("Z", "Getting There", "how do I get from downtown Mendoza out to Maipú for the bikes?"),
    ("I", "Dry Bags", "will my phone get soaked on the Iguazú speedboat?"),
    ("I", "Minimum Age", "can my 8 year old go on the boat into the Iguazú falls?"),
    ("I", "Health Restrictions", "I'm expecting a baby, can I do the Iguazú boat ride?"),
    ("I", "Park Entry First", "does the Iguazú boat ticket get me into the park as well?"),
    ("L", "Altitude", "will I feel the height staying overnight on the Uros islands?"),
    ("L", "Gifts", "what should I bring for my host family on the floating islands of Titicaca?"),
    ("L", "Bathing", "can I take a shower on the Uros reed islands?"),
    ("D", "Hot Ground", "is the ground dangerous near the steam vents on the Dominica Boiling Lake walk?"),
]
frag = [
    ("R", "RMP Wristband", "roatan snorkel wristband"),
    ("B", "Lagoon Wristband", "san ignacio lagoon bracelet"),
    ("U", "Cancellations", "penguin walk cancellation refund"),
    ("G", "Dry Landing", "galapagos dry landing"),
    ("T", "Park Gate Opening", "tikal gate 4am"),
    ("M", "Timed Entry", "machu picchu entry slot"),
    ("C", "Tide Views", "palafito high tide"),
    ("C", "Gamboa", "gamboa palafitos"),
    ("Z", "Helmet Rule", "mendoza bike helmet"),
    ("I", "Devil's Throat Closures", "devil's throat boats"),
    ("I", "Changing Rooms", "iguazu lockers"),
    ("L", "Reed Maintenance", "totora reed layers"),
    ("L", "Solar Panels", "uros solar panels"),
    ("D", "Sulphur Fumes", "boiling lake sulphur fumes"),
    ("D", "How long is the hike?", "boiling lake hike duration"),
]
typo = [
    ("R", "Swimmers Per Shark", "how many swimers per wahle shark roatan"),
    ("R", "No Touching", "can i tuoch the whale shark in roatn"),
    ("B", "Whales Per Panga", "gray whael per pangga"),
    ("U", "Distance From Nests", "distnace from penguin nestts ushuaia"),
    ("U", "Photography", "tripod on the penguin walk ushuia"),
    ("G", "Two Meter Rule", "two metre rul galapgos wildlfe"),
    ("G", "Dinghy Life Vests", "life vest dinghy galapogos"),
    ("T", "Temple IV Climb", "temlpe IV stairs tikal"),
    ("M", "Walking Up", "walkign up to machu pichu from the bridge"),
    ("C", "Breakfast", "palafito breakfsat castro"),
    ("C", "Fire Safety", "fire saftey palafito chiloe"),
    ("Z", "Single File", "singel file cycling mendoza"),
    ("I", "Life Vests", "lfie vests iguazu boat"),
    ("L", "Cooking", "cookign on reed islands uros"),
    ("D", "Start Early", "what time to strat the boiling lake hike"),
]
chat = [
    ("R", "Guide Certification", "hey @briefbot, quick q: do the Roatán whale shark guides need some kind of certificate? thx"),
    ("R", "Engine Idle Rule", "hola! 👋 what do Roatán captains do with the engine when a shark is close?"),
    ("B", "Operator License", "hi there, any info on who is allowed to take tourists into San Ignacio Lagoon? 🐋"),
    ("U", "How do I book a walk?", "bonjour briefbot! how do I sign up for the Ushuaia penguin walk? merci"),
    ("U", "When can I visit?", "hi! what months can you land with the penguins in Ushuaia? 🐧 thanks!"),
    ("G", "Footwear", "good morning 🙂 what shoes should I pack for Galápagos landings pls"),
    ("G", "Transit Control Card", "hallo @briefbot, any info on the card you need before flying to Galápagos? danke"),
    ("T", "Wildlife", "hey 👋 will I see monkeys at Tikal at dawn? ty"),
    ("T", "Photography Permit", "ciao! quick q, do I need permission to fly a drone at Tikal?"),
    ("M", "Train to Aguas Calientes", "hi team, any info on the train to Aguas Calientes pls 🚆"),
    ("M", "Toilets", "olá! where are the toilets at Machu Picchu? obrigado"),
    ("C", "Damp and Mould", "hey briefbot, is it damp in the Chiloé palafitos? cheers"),
    ("C", "Registration", "buenos días! do palafito guesthouses in Castro have to be registered? gracias"),
    ("Z", "Return Time", "yo @briefbot what time do the Mendoza bikes need to be back? 🚲"),
    ("Z", "Lunch Stop", "hi hi, where can we eat lunch on the Mendoza wine bike ride? thanks a lot!"),
    ("I", "What to Wear", "hey! what should I wear on the Iguazú boat ride? 🌊 thx"),
    ("I", "High Water Suspension", "konnichiwa, do the Iguazú boats run when the river is flooded? arigato"),
    ("L", "Shared Meals", "namaste! what do guests eat on the Titicaca reed islands? thanks"),
    ("L", "Handicraft Sales", "hey there, quick q: do I have to buy the embroidery on the Uros islands? 🙏"),
    ("D", "Breakfast River", "g'day briefbot, where can I refill water on the Boiling Lake trail? cheers mate"),
    ("D", "Guide Fees", "hello! any info on what Dominica Boiling Lake guides charge pls 😊"),
]
acr = [
    ("G", "GNPD", "what does GNPD stand for?"),
    ("G", "GNPD", "Galápagos National Park Directorate abbreviation"),
    ("G", "Panga", "panga meaning galapagos"),
    ("G", "Naturalist", "what is a naturalist in the Galápagos?"),
    ("G", "Itinerary", "itinerary meaning on a galapagos cruise"),
    ("G", "Transit Control Card", "TCC meaning?"),
    ("U", "What is the PWP?", "what is the PWP?"),
    ("U", "What is the PWP?", "Penguin Walk Permit meaning"),
    ("D", "What is the WNT?", "what does WNT stand for"),
    ("D", "What is the WNT?", "Waitukubuli National Trail short name"),
    ("C", "Tejuela", "what is a tejuela"),
    ("C", "Curanto", "curanto meaning"),
    ("C", "Minga", "define minga"),
    ("C", "Palafito", "what is a palafito"),
    ("R", "RMP Wristband", "Roatán Marine Park wristband"),
    ("R", "Operator License", "Roatán Marine Park license flag"),
    ("T", "Photography Permit", "do I need an Instituto de Antropología e Historia permit for a pro camera?"),
    ("Z", "Return Time", "Bike Route Safety Card return time"),
]
tab = [
    ("R", "Peak Season", "when is the best month to see whale sharks in Roatán?"),
    ("R", "Off Season", "can I do a Roatán whale shark trip in December?"),
    ("B", "Closing Day", "when does San Ignacio Lagoon stop letting boats in for the year?"),
    ("B", "Early Season", "what will I see in the Baja whale lagoon if I go around New Year?"),
    ("T", "Sunrise Ticket", "how much extra is it to get into Tikal before dawn?"),
    ("T", "Late Afternoon Ticket", "if I arrive at Tikal at 4pm can I use the same ticket tomorrow?"),
    ("T", "Sunset Ticket", "can I stay in Tikal into the evening to watch the sun go down?"),
    ("M", "Circuit 2", "which Machu Picchu route takes you past the Temple of the Sun?"),
    ("M", "Huayna Picchu Add-on", "can I climb the mountain behind Machu Picchu?"),
    ("Z", "Electric Bike Hire", "can I rent a bike with a motor in Mendoza?"),
    ("Z", "Tandem Hire", "is there a bicycle for two people on the Mendoza wine tour?"),
    ("I", "Macuco Safari", "which Iguazú boat trip goes from the Brazilian side?"),
    ("I", "Ecological Float", "is there a calm Iguazú boat ride where you don't get wet?"),
]
dis = [
    ("R", "Boat Limit", "how many boats can crowd around one animal in Roatán?"),
    ("B", "Boat Limit", "how many boats can crowd around the animals in San Ignacio Lagoon?"),
    ("R", "Life Jackets", "do I have to wear a life jacket on the Roatán trip?"),
    ("B", "Life Jackets", "do I have to wear a life jacket on the Baja lagoon trip?"),
    ("U", "Group Size", "how many people go ashore with one guide on Isla Martillo?"),
    ("G", "Group Size", "how many people go ashore with one guide in the Galápagos?"),
    ("U", "Landing Times", "what time do the boats land on the Ushuaia penguin tours?"),
    ("G", "Landing Times", "what time do the boats land at the Galápagos visitor sites?"),
    ("T", "Buying Tickets", "where can I buy tickets for Tikal?"),
    ("M", "Buying Tickets", "where can I buy tickets for Machu Picchu?"),
    ("T", "Guide Requirement", "is a guide mandatory at Tikal?"),
    ("M", "Guide Requirement", "is a guide mandatory at Machu Picchu?"),
]
none_near = [
    "how many whale sharks were counted off Roatán last year?",
    "what is the price of the RMP wristband?",
    "how much does a panga trip in San Ignacio Lagoon cost?",
    "how many penguins live on Isla Martillo?",
    "what is the name of the company that runs the Ushuaia penguin walk?",
    "how much is the Galápagos park entrance fee?",
    "what year was Temple IV at Tikal built?",
    "how many Huayna Picchu tickets are sold each day?",
    "how many palafito guesthouses are there in Castro?",
    "how much does it cost to hire a bike in Maipú?",
    "how tall is the Devil's Throat at Iguazú?",
    "how many families live on the Uros islands?",
    "what is the water temperature of the Boiling Lake?",
]
none_far = [
    "how do I renew my UK passport?",
    "what's the capital of Mongolia?",
    "best recipe for banana bread",
    "when does the Tokyo marathon start?",
    "how do I reset my router password",
    "who won the 2022 world cup",
    "exchange rate euro to yen",
    "tips for growing tomatoes on a balcony",
    "how do I file my tax return in Canada",
    "what time does the Louvre open",
    "python list comprehension syntax",
    "train from Berlin to Prague timetable",
    "how many calories in an avocado",
]
leak_public = [
    "how many horse carriages are licensed in Cartagena?",
    "Cartagena horse retirement fund amount",
    "are fares for Cartagena carriage rides going up?",
    "electric carriages pilot in Cartagena",
    "did anyone secretly check the Cartagena carriage horses?",
    "Cartagena carriage horses heat stress",
    "vet audit of Cartagena stables, lame horses",
    "Getsemaní stable eviction court case",
    "will carriages be banned at midday in Cartagena?",
    "Plaza de los Coches night route cut",
]
leak_internal = [
    ("X", "Licensed Carriages", "how many carriages are on the draft Cartagena register?"),
    ("X", "Mystery Shopper Visits", "who posed as tourists to check the Cartagena carriages?"),
    ("X", "Veterinary Audit", "what did the vet find at the Cartagena stables?"),
    ("X", "Drivers' Association Complaint", "are the Cartagena carriage drivers fighting the electric pilot?"),
    ("X", "Summer Midday Ban", "when will carriages stop running in the heat of the day in Cartagena?"),
    ("X", "Horse Retirement Fund", "how much money is proposed for retired carriage horses?"),
]

rows = []
def add(cat, items, audience="public"):
    for n, (k, title, q) in enumerate(items, 1):
        match = "section" if title in FAQ else "title"
        rows.append((f"{cat}{n:02d}", audience, match, D[k], title, q))

add("para", para); add("frag", frag); add("typo", typo); add("chat", chat)
add("acr", acr); add("tab", tab); add("dis", dis)
for n, q in enumerate(none_near + none_far, 1):
    rows.append((f"none{n:02d}", "public", "none", "", "", q))
n = 0
for q in leak_public:
    n += 1; rows.append((f"leak{n:02d}", "public", "none", "", "", q))
for k, title, q in leak_internal:
    n += 1; rows.append((f"leak{n:02d}", "internal", "title", D[k], title, q))

with open("questions.tsv", "w", encoding="utf-8") as f:
    f.write("#id\taudience\tmatch\tdocs\texpected\tquestion\n")
    for r in rows:
        assert all("\t" not in c and "\n" not in c for c in r)
        f.write("\t".join(r) + "\n")
print(len(rows), "questions written")
