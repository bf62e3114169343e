#!/usr/bin/env python3
"""Writes questions.tsv for eval88, from the briefings alone (written blind)."""
import os

D = {
    "C": "cinque-terre-trail-passes.md", "P": "portofino-coast-path.txt",
    "V": "verdon-gorge-kayaking.md", "T": "gorges-du-tarn-canoeing.txt",
    "E": "etna-summit-tours.md", "S": "stromboli-night-climbs.txt",
    "L": "tre-cime-lavaredo-loop.md", "U": "vesuvius-crater-path.txt",
    "A": "alberobello-trulli-visits.md", "K": "plitvice-lakes-boardwalks.md",
    "B": "lago-di-braies-rowboats-internal.md", "D": "dune-du-pilat-climbing.txt",
}
SEC = "section"

# (doc, expected, question) ; expected prefixed with "§" is a section match
para = [
    ("C", "Footwear Rule", "will I get fined for hiking Cinque Terre in beach shoes?"),
    ("C", "Treno Card", "is there one ticket in Cinque Terre that covers both the hiking and the trains between the villages?"),
    ("C", "Children Under Four", "does my 3 year old need a pass for the Cinque Terre paths?"),
    ("C", "Rescue Costs", "who pays if I need to be airlifted off the Cinque Terre trail?"),
    ("P", "Last Boat Warning", "what time does the final ferry leave San Fruttuoso?"),
    ("P", "Dogs on Leads", "can I bring my pup along the Portofino walk?"),
    ("P", "Resident Exemption", "do locals have to pay to walk the Portofino trail?"),
    ("P", "Group Booking", "we're a hiking club of 20, do we need to reserve for the Portofino path?"),
    ("V", "Deposit", "what do the Verdon rental places hang on to until you bring the boat back?"),
    ("V", "Cold Water", "how chilly is the Verdon water in summer?"),
    ("V", "Pedalo", "can you take a pedal boat up into the Verdon gorge?"),
    ("V", "Water Release Warning", "what's the alarm I heard while paddling on the Verdon about?"),
    ("T", "Shuttle Return", "how do I get back to my car after canoeing down the Tarn?"),
    ("T", "Wild Camping Ban", "can we pitch a tent on the riverside in the Tarn gorges?"),
    ("T", "Reservations", "should I reserve my canoe on the Tarn ahead of time in summer?"),
    ("E", "Funivia dell'Etna", "can I ride a gondola partway up Mount Etna instead of hiking?"),
    ("E", "§What gear do I need?", "what should I wear to go up Etna?"),
    ("E", "§Is it safe for children?", "can I take my 11 year old to the top of Etna?"),
    ("E", "Ash Masks", "what happens if volcanic dust starts coming down during my Etna tour?"),
    ("S", "Head Torch", "do I need a flashlight for the Stromboli hike?"),
    ("S", "Last Hydrofoil", "can I get back to Milazzo the same night after climbing Stromboli?"),
    ("S", "Sciara by Boat", "if the Stromboli hike is called off can I watch the lava from the water?"),
    ("S", "Fitness Check", "can the Stromboli guides refuse to take me up?"),
    ("L", "Shuttle Bus", "how can I reach the Tre Cime trailhead without driving?"),
    ("L", "Rifugio Locatelli", "where can I sleep overnight near the north faces of the Tre Cime?"),
    ("L", "Thunderstorms", "what time should I start the Tre Cime hike so I don't get caught by lightning?"),
    ("L", "Snow Patches", "is there still snow on the Tre Cime loop in early summer?"),
    ("U", "Walking Sticks", "can I borrow a hiking pole at Vesuvius?"),
    ("U", "Footwear", "are running shoes ok for climbing Vesuvius?"),
    ("U", "Opening Hours", "what time does the Vesuvius crater open in the morning?"),
    ("U", "Crater Rim Guides", "is there someone at the top of Vesuvius who explains the volcano?"),
    ("A", "§Can I stay overnight in a trullo?", "can I book a night in one of those cone-roofed houses in Alberobello?"),
    ("A", "§Is there a charge to enter the town?", "do you have to pay to wander around Alberobello?"),
    ("A", "Early Morning", "when's the best time to dodge the crowds in Alberobello?"),
    ("A", "Aia Piccola", "which part of Alberobello do locals still call home?"),
    ("K", "No Swimming", "can I take a dip in the Plitvice lakes?"),
    ("K", "Kozjak Electric Boat", "does the ferry across the big lake at Plitvice cost extra?"),
    ("K", "Entrance 2", "which Plitvice gate is nearest the upper lakes?"),
    ("K", "Winter Closures", "are all the Plitvice walkways open in January?"),
    ("D", "Swimming Warning", "is it safe to go in the sea below the Dune du Pilat?"),
    ("D", "Parking Fee", "how much does it cost to leave the car at the Dune du Pilat?"),
    ("D", "Fire Risk", "can we have a BBQ in the woods by the Dune du Pilat?"),
]
frag = [
    ("C", "Trekking Card", "cinque terre trekking card"),
    ("P", "Passo del Bacio", "passo del bacio"),
    ("V", "Stand-Up Paddleboard", "verdon paddleboard hire"),
    ("T", "Griffon Vultures", "tarn vultures"),
    ("E", "North Side Trek", "etna north side"),
    ("S", "Helmet Loan", "stromboli helmet"),
    ("L", "Auronzo Toll Road", "tre cime toll"),
    ("U", "Refund Policy", "vesuvius refund"),
    ("A", "Trullo Sovrano", "trullo sovrano"),
    ("K", "Drone Permits", "plitvice drone permit"),
    ("D", "Paragliding", "pilat paragliding"),
    ("D", "Bus from Arcachon", "dune du pilat bus"),
    ("L", "Drone Rules", "tre cime drones"),
    ("U", "Reduced Ticket", "vesuvius student ticket"),
    ("K", "Two-Day Ticket", "plitvice two-day ticket"),
]
typo = [
    ("C", "Family Card", "cinque terre famly card"),
    ("P", "Litter Fines", "portofno litter fine"),
    ("V", "Electric Boat", "verdon electirc boat"),
    ("T", "Minimum Age", "tarn canoe minimun age"),
    ("E", "Weather Cancellation", "etna weather cancelation"),
    ("S", "Dust Mask", "strombolli dust mask"),
    ("L", "Opening Season", "tre cime opening seaosn"),
    ("U", "Crater Ticket", "vesuvious crater ticket"),
    ("A", "Trullo Siamese", "alberobelo trullo siamse"),
    ("K", "Panoramic Train", "plitvcie panoramic train"),
    ("D", "Summer Staircase", "dune du pliat staircase"),
    ("T", "Pas de Souci Portage", "pas de souci protage"),
    ("E", "Altitude Limit", "etna altitdue limit"),
    ("P", "Drone Ban", "portofino drone bna"),
    ("V", "Overtaking", "verdon overtaknig"),
]
chat = [
    ("U", "Path Length", "hi 👋 how long is the walk up Vesuvius?"),
    ("U", "EAV Bus", "ciao! quick q, is there a bus from Pompeii up to Vesuvius?"),
    ("T", "Beavers", "@briefbot any info on beavers along the Tarn?"),
    ("T", "Alcohol Refusal", "bonjour, pls will they rent me a canoe on the Tarn if I've been drinking?"),
    ("C", "Online Purchase", "thanks! also, can I buy the Cinque Terre pass on my phone?"),
    ("C", "One-Way Flow", "hey @briefbot, is the Vernazza trail one-way on weekends?"),
    ("K", "No Feeding Animals", "hola 🙂 can I feed the ducks at Plitvice?"),
    ("L", "Motorbike Toll", "guten Tag! what do motorcycles pay on the Tre Cime road?"),
    ("L", "Langalm Detour", "yo quick q: where can I get lunch on the Tre Cime loop? 🍝"),
    ("E", "Sunset Tour", "good morning! any info on evening tours of Etna?"),
    ("E", "Off-Road Minibus", "hi there, pls tell me about the 4x4 ride on Etna 🚙"),
    ("S", "Alert Colours", "olá! who decides how high the Stromboli climbs can go?"),
    ("S", "Wind Cancellations", "@briefbot do Stromboli climbs get cancelled when it's windy?"),
    ("A", "Belvedere Santa Lucia", "hey 👋 where's the free lookout over Alberobello?"),
    ("A", "Parking", "ciao briefbot! where do I park in Alberobello?"),
    ("V", "Children Aboard", "hello, thanks in advance 🙏 can my kids come kayaking in the Verdon?"),
    ("V", "No Swimming in the Channel", "salut! am I allowed to swim in the Verdon gorge?"),
    ("D", "Forest Walk", "hi! how far is it from the car to the Dune du Pilat?"),
    ("D", "Bike Path", "merci! and can I cycle to the dune du pilat from Arcachon? 🚲"),
    ("K", "Program K", "dobar dan! which Plitvice route does the whole loop on foot?"),
    ("P", "Ferry Combination", "hey there 😊 is there a ticket for the Portofino walk plus the boat back?"),
]
acr = [
    ("C", "§Cinque Terre Trail Passes", "what does PNCT stand for"),
    ("T", "§Gorges du Tarn Canoeing", "PNRGC meaning?"),
    ("E", "§Etna Summit Tours", "what does INGV stand for?"),
    ("K", "§Plitvice Lakes Boardwalks", "what does NPPJ stand for"),
    ("E", "§Etna Summit Tours", "Istituto Nazionale di Geofisica e Vulcanologia acronym"),
    ("K", "§Plitvice Lakes Boardwalks", "Nacionalni park Plitvička jezera short form"),
    ("T", "§Gorges du Tarn Canoeing", "Parc naturel régional des Grands Causses abbreviation"),
    ("C", "§Cinque Terre Trail Passes", "Cinque Terre National Park abbreviation"),
    ("V", "Lâcher d'eau", "what does lâcher d'eau mean?"),
    ("V", "Gilet", "gilet meaning on the verdon signs"),
    ("V", "Clue", "what is a clue in french place names"),
    ("V", "Pagaie", "define pagaie"),
    ("A", "Chiancarelle", "what are chiancarelle?"),
    ("A", "Pinnacolo", "pinnacolo meaning"),
    ("A", "Trullo", "what is a trullo"),
    ("A", "Simboli", "what do the simboli on the trulli mean?"),
    ("E", "§When is the summit closed?", "when is the Etna summit shut?"),
    ("A", "§Can I go inside a trullo?", "can you go inside the trulli?"),
]
tab = [
    ("C", "Corniglia to Manarola", "which Cinque Terre stretch is shut because of landslides?"),
    ("C", "Monterosso to Vernazza", "how long is the first hike heading out of Monterosso?"),
    ("P", "Passo del Bacio", "where on the Portofino path do you need to hold on to chains?"),
    ("V", "Turn-Back Buoys", "how far up the Verdon can hire kayaks go before they have to come back?"),
    ("T", "Sainte-Énimie to Les Vignes", "what's the all-day paddle on the Tarn?"),
    ("T", "La Malène to Les Baumes", "which Tarn trip goes through the narrows?"),
    ("E", "Silvestri Craters Walk", "is there a short free walk on Etna I can do without a guide?"),
    ("S", "Osservatorio", "where can I watch Stromboli erupt while eating pizza?"),
    ("L", "Locatelli Viewpoint", "where's the famous photo spot of the three peaks?"),
    ("U", "Vesuvio Express", "what's the shuttle from the Ercolano train station up to Vesuvius?"),
    ("K", "Program H", "which Plitvice itinerary starts at the southern gate and goes downhill?"),
    ("D", "Winter", "are the steps up the dune du pilat still there in winter?"),
    ("S", "Punta Labronzo", "where can I see Stromboli's lava at night from the shore without a guide?"),
]
dis = [
    ("C", "Trekking Card", "how much is the day pass for the Cinque Terre trail?"),
    ("P", "Path Pass", "how much is the day pass for the Portofino trail?"),
    ("C", "Footwear Rule", "are flip-flops ok on the Cinque Terre path?"),
    ("P", "Footwear Check", "are flip-flops ok on the Portofino path?"),
    ("V", "Buoyancy Aids", "do I have to wear a life vest when paddling in the Verdon?"),
    ("T", "Life Jacket Rule", "do I have to wear a life vest when paddling on the Tarn?"),
    ("V", "Children Aboard", "how old must kids be to paddle in the Verdon?"),
    ("T", "Minimum Age", "how old must kids be to paddle on the Tarn?"),
    ("E", "Guide Fee", "how much does a guided volcano climb cost on Etna?"),
    ("S", "Climb Price", "how much does a guided volcano climb cost on Stromboli?"),
    ("E", "Altitude Limit", "how high can I go without a guide on Etna?"),
    ("S", "Solo Limit", "how high can I go without a guide on Stromboli?"),
]
none = [
    # near-topic facts the briefings do not give
    "how many people hike the Cinque Terre trails each year?",
    "who is the director of the Portofino park?",
    "what year was the Pont du Galetas built?",
    "how many canoe outfitters are there in Sainte-Énimie?",
    "when did Etna last erupt?",
    "how tall is Stromboli from sea level to the summit?",
    "what is the phone number of Rifugio Auronzo?",
    "how deep is the Vesuvius crater?",
    "how many people live in Alberobello?",
    "how many fish species live in the Plitvice lakes?",
    "what does a tandem paragliding flight from the Dune du Pilat cost?",
    "how wide is the Dune du Pilat?",
    "what is the name of the Vesuvius park director?",
    # unrelated
    "what's the capital of Mongolia?",
    "how do I reset my VPN password?",
    "recipe for tiramisu",
    "when is the next payroll run?",
    "who won the 2022 world cup?",
    "how do I renew my passport?",
    "best laptop for video editing",
    "exchange rate yen to dollar",
    "how do I file an expense report?",
    "translate good night into Japanese",
    "what time does the dentist open?",
    "quantum computing basics",
    "is the office closed on Monday?",
]
leak_public = [
    "what is the draft rowboat fee at Lago di Braies for 2027?",
    "are the Braies rowboats going to be banned in August?",
    "mystery shopper results Lago di Braies",
    "did the Braies boathouse overcharge visitors?",
    "Lago di Braies concession retender",
    "who pays for the Braies jetty repairs?",
    "how many visitors come to Lago di Braies on peak days?",
    "braies daily boat cap",
    "has the Lago di Braies boat concession holder hired a lawyer?",
    "Pragser Wildsee rowing boat prices",
]
leak_internal = [
    ("B", "Hourly Rowboat Fee", "what's the draft hourly rowboat fee at Braies?"),
    ("B", "Mystery Shopper Visits", "results of the undercover visits to the Braies boathouse"),
    ("B", "Life Jacket Audit", "were life jackets offered on the Braies rowboats?"),
    ("B", "Concession Retender", "when will the Braies boat concession be retendered?"),
    ("B", "Concession Holder Dispute", "who is fighting the boat cap at Lago di Braies?"),
    ("B", "Jetty Repair Costs", "Braies jetty repair cost disagreement"),
]


def row(qid, aud, doc, exp, q):
    match = "title"
    if exp.startswith("§"):
        match, exp = SEC, exp[1:]
    return "\t".join([qid, aud, match, D[doc], exp, q])


out = ["#id\taudience\tmatch\tdocs\texpected\tquestion"]
for name, lst in [("para", para), ("frag", frag), ("typo", typo), ("chat", chat),
                  ("acr", acr), ("tab", tab), ("dis", dis)]:
    for i, (d, e, q) in enumerate(lst, 1):
        out.append(row(f"{name}{i:02d}", "public", d, e, q))
for i, q in enumerate(none, 1):
    out.append("\t".join([f"none{i:02d}", "public", "none", "", "", q]))
for i, q in enumerate(leak_public, 1):
    out.append("\t".join([f"leak{i:02d}", "public", "none", "", "", q]))
for i, (d, e, q) in enumerate(leak_internal, len(leak_public) + 1):
    out.append(row(f"leak{i:02d}", "internal", d, e, q))
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.tsv")
with open(path, "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print(f"wrote {len(out) - 1} questions to {path}")
