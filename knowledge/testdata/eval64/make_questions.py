#!/usr/bin/env python3
"""Writes questions.tsv for eval64 from the briefings alone (written blind)."""
import os

MU = "mauritius-dodo-era-forest-reserves.md"
MG = "madagascar-baobab-avenue-protection.txt"
SC = "seychelles-coco-de-mer-export.md"
GO = "gobi-dinosaur-fossil-export.txt"
KE = "kerala-houseboat-waste-rules.md"
BR = "bruges-canal-boat-licences.md"
KA = "kathmandu-durbar-square-entry-tickets.md"
YU = "yukon-quest-veterinary-checks-internal.md"
HI = "kauai-na-pali-coast-permits.txt"
MA = "marrakech-souk-guide-licensing.md"
TI = "timbuktu-manuscript-conservation.txt"
AN = "andorra-duty-free-allowances.md"

T, S, N = "title", "section", "none"

# (category, audience, match, doc, expected, question)
Q = []
def add(cat, rows, audience="public"):
    for r in rows:
        if r[0] == N:
            Q.append((cat, audience, N, "", "", r[1]))
        else:
            m, d, e, q = r
            Q.append((cat, audience, m, d, e, q))

add("para", [
    (T, MU, "Pig-Proof Fencing", "how do they stop wild hogs and deer eating the young trees in Mauritius?"),
    (T, MU, "Weeding Rotations", "how often do volunteers pull out invasive guava in the Mauritian forest plots?"),
    (T, MU, "Guided Walks", "can I go with a ranger to spot rare birds in Black River Gorges?"),
    (T, MU, "Litter Rules", "is there anywhere to throw rubbish on the Mauritius forest trails?"),
    (T, MU, "Trail Permits", "we're a school party of 20, do we need paperwork to hike at Pétrin?"),
    (T, MG, "Bark Carving Ban", "can I scratch my initials on a baobab trunk?"),
    (T, MG, "Firebreak Program", "what do villagers do to keep bushfires away from the baobabs?"),
    (T, MG, "Parking Zones", "where do tour buses leave their vehicles at the Avenue of the Baobabs?"),
    (T, MG, "Root Zone Buffer", "how close to the big trees can farmers grow rice near Morondava?"),
    (T, MG, "Tree Census", "do they measure how fat the baobabs are every year?"),
    (T, SC, "Polished Nuts", "does a coco de mer have to be cleaned out before it leaves the Seychelles?"),
    (T, SC, "Licensed Vendors", "who am I allowed to buy a coco de mer from in the Seychelles?"),
    (T, SC, "Numbered Seals", "how can I tell a legit coco de mer has been tagged against tampering?"),
    (T, GO, "Research Loan Agreement", "how long can a foreign museum keep Mongolian dinosaur bones?"),
    (T, GO, "Field Registration", "what happens to each bone the moment it's dug up in the Gobi?"),
    (T, GO, "Local Rangers", "who keeps an eye on the Flaming Cliffs for diggers?"),
    (T, GO, "Excavation License", "what paperwork does a dig team need before working in the Gobi?"),
    (T, KE, "Shore Pump-Out", "where do houseboats empty their toilet tanks in Alappuzha?"),
    (T, KE, "Greywater Filters", "what happens to shower and sink water on Kerala houseboats?"),
    (T, KE, "Waste Segregation", "do houseboat crews in Kerala have to sort their rubbish?"),
    (T, KE, "Solar Conversion Grant", "is there money to help Kerala houseboat owners go solar?"),
    (T, KE, "Fuel Spill Kits", "what if diesel leaks from a houseboat on Vembanad lake?"),
    (T, BR, "Language Requirement", "how many languages must Bruges boat drivers speak?"),
    (T, BR, "Winter Closure", "do the Bruges boat tours still run when the canals ice over?"),
    (T, BR, "Electric Motors", "are the Bruges tour boats diesel or battery powered?"),
    (T, BR, "Ringvaart Mooring", "where can I tie up my own boat in Bruges?"),
    (T, KA, "Visitor Pass", "I'm in Kathmandu for a week, do I have to pay for Durbar Square every day?"),
    (T, KA, "Dress Code", "what should I wear to visit the temples in Durbar Square?"),
    (T, KA, "Shoes Off", "do I need to take my sandals off at the Kathmandu temples?"),
    (T, KA, "Festival Days", "anything to know about visiting Durbar Square during festivals?"),
    (T, HI, "Shuttle Service", "how do I get to the Kalalau trailhead without a car?"),
    (T, HI, "Trail Closures", "does the Nā Pali trail shut when it rains hard?"),
    (T, HI, "Commercial Tour Limits", "can a boat tour drop me off on a Nā Pali beach?"),
    (T, HI, "Kayak Landing Rules", "where am I allowed to beach my kayak along the Nā Pali coast?"),
    (T, MA, "Shop Commissions", "does my Marrakech guide get a cut from the carpet shops?"),
    (T, MA, "City Guide Badge", "how do I know a guide in the Marrakech souks is official?"),
    (T, MA, "Group Size Limit", "how big a group can one guide take round the Marrakech markets?"),
    (T, MA, "Complaints Procedure", "a guide in Marrakech ripped me off, who do I report him to?"),
    (T, TI, "Climate-Controlled Storage", "how are Timbuktu's old books stored in Bamako so the damp doesn't ruin them?"),
    (T, TI, "Access for Families", "who decides which scans of the Timbuktu texts go online?"),
    (T, AN, "Value Limit", "how much can I spend on electronics in Andorra before paying duty?"),
    (T, AN, "Fuel Allowance", "can I fill jerry cans with cheap petrol in Andorra?"),
])

add("frag", [
    (T, MU, "Pink Pigeon", "pink pigeon feeding"),
    (T, MU, "Mauritius Kestrel", "mauritius kestrel nest"),
    (T, MG, "Seedling Nursery", "baobab seedlings Bemanonga"),
    (T, MG, "Flood Mapping", "paddy flood mapping"),
    (T, SC, "Luggage Checks", "coco de mer luggage"),
    (T, GO, "Tarbosaurus bataar", "tarbosaurus returned"),
    (T, GO, "Picking Ban", "eggshell fragments"),
    (T, KE, "Bio-Bins", "houseboat food waste biogas"),
    (T, BR, "Skipper Licence", "skipper licence test"),
    (T, BR, "Landing Stages", "Rozenhoedkaai boarding"),
    (T, KA, "Guide Hire", "kathmandu guide hire"),
    (T, HI, "Day-Use Reservation", "hāʻena day reservation"),
    (T, MA, "Tourist Police", "tourist police jemaa"),
    (T, TI, "Digitisation Programme", "manuscript digitisation"),
    (T, AN, "Border Posts", "Pas de la Casa crossing"),
])

add("typo", [
    (T, MU, "Tambalacoque Seedlings", "tambalacoqe seedlngs"),
    (T, MU, "Ebony Restoration", "ebonny restoraton mauritius"),
    (T, MG, "Bark Carving Ban", "baobab bark carvng"),
    (T, MG, "Firebreak Program", "firbreak progam baobabs"),
    (T, SC, "Certificate of Origin", "certificat of orgin coco de mer"),
    (T, GO, "Excavation License", "excavtion licnese gobi"),
    (T, KE, "Sealed Holding Tanks", "sealed holdng tank houseboat"),
    (T, KE, "Discharge Inspections", "discharge inpsections kerala"),
    (T, BR, "Skipper Licence", "brugge skiper licnce"),
    (T, KA, "Ticket Booths", "kathmandu tikcet booths"),
    (T, HI, "Hanakāpīʻai Stream Warning", "hanakapiai strem warning"),
    (T, MA, "Hustling Penalties", "hustlng penalites marrakesh"),
    (T, TI, "Termites", "timbuktu termits"),
    (T, TI, "Inventory Project", "inventroy project manuscripts"),
    (T, AN, "Spot Checks", "andora spot cheks"),
])

add("chat", [
    (T, AN, "Cigarettes", "hi! quick q: how many cigarettes can I bring back from Andorra? 🚬"),
    (T, MU, "Echo Parakeet", "hello @briefbot any info on the echo parakeet in Mauritius?"),
    (T, AN, "Spirits", "bonjour ! what's the limit on spirits coming out of Andorra pls"),
    (T, KA, "Nepali Citizens", "hola, thanks in advance — do Nepalis pay to get into Durbar Square?"),
    (T, MG, "Drone Flights", "@briefbot pls what are the rules on drones at the baobab avenue in Madagascar"),
    (T, AN, "Coffee", "hey 👋 is coffee limited when leaving Andorra?"),
    (T, KA, "Children Under Ten", "namaste! are little kids free at Durbar Square?"),
    (T, MA, "Guide Licence", "guten Tag, how do I become a licensed guide in Marrakech? danke"),
    (T, MA, "Language Test", "salaam, any info on the Marrakech guide language exam?"),
    (T, KE, "Tank Discharge", "hi team, quick q about Kerala houseboats: what's the fine for dumping the toilet tank? thx"),
    (S, BR, "Private Boats", "ciao 🙂 can private kayaks use the Bruges canals?"),
    (T, HI, "Milolii Camping", "aloha! how long can I camp at Milolii?"),
    (T, HI, "Hāʻena Parking", "hey there, any info on parking at Hāʻena?"),
    (T, HI, "Illegal Camping Fines", "good morning! what happens if I camp on Nā Pali without a permit? cheers"),
    (T, TI, "Looting", "yo, any info on looting risk for the Timbuktu manuscripts 🙏"),
    (T, TI, "Conservation Boxes", "salut, how are the Timbuktu manuscripts boxed? merci"),
    (T, MU, "Olive White-eye", "hi, thx for the help earlier! next: what's the olive white-eye recovery plan?"),
    (T, MG, "Bemanonga Commune", "hej! who looks after the road and parking at the baobab avenue?"),
    (T, GO, "Protoceratops nest", "morning 😊 what's the story with the protoceratops nest from the gobi?"),
    (T, AN, "Declaring Goods", "hi pls: do I need to declare stuff over the limit crossing from Andorra to France?"),
    (T, MG, "Fanamby", "olá! quick question, who trains the guides at the baobab avenue? obrigado"),
])

add("acr", [
    (S, MU, "Mauritius Dodo-Era Forest Reserves", "what does NPCS stand for?"),
    (S, MG, "Madagascar Baobab Avenue Protection", "MNP meaning?"),
    (S, GO, "Gobi Dinosaur Fossil Export", "what is the MIP in Mongolia"),
    (S, KE, "Kerala Houseboat Waste Rules", "define KSPCB"),
    (S, TI, "Timbuktu Manuscript Conservation", "what does IHERIAB stand for"),
    (S, HI, "Kauai Nā Pali Coast Permits", "DSP meaning kauai"),
    (S, KA, "Kathmandu Durbar Square Entry Tickets", "what does KMC stand for"),
    (S, AN, "Tax-Free Shopping", "IGI meaning andorra"),
    (S, SC, "What is CITES?", "what is CITES?"),
    (T, SC, "SIF", "SIF meaning?"),
    (T, KE, "Discharge Inspections", "what does the Kerala State Pollution Control Board check on houseboats?"),
    (T, GO, "Export Permit", "does the Mongolian Institute of Paleontology sign the export permit?"),
    (T, MA, "Faux Guide", "what is a faux guide?"),
    (T, BR, "Reien", "what does reien mean?"),
    (T, BR, "Concession", "what is the concession for Bruges boat companies?"),
    (T, KA, "SAARC Nationals", "SAARC visitors ticket price"),
    (S, KA, "What is the Kāṣṭhamaṇḍap?", "what is the Kāṣṭhamaṇḍap?"),
    (T, HI, "Ranger Patrols", "where do Division of State Parks rangers check permits?"),
])

add("tab", [
    (T, KA, "Foreign Nationals", "how much is a day ticket to Durbar Square for a tourist from Europe?"),
    (T, AN, "Wine", "how many litres of wine can I take from Andorra into Spain?"),
    (T, AN, "Perfume", "how much scent can I carry out of Andorra?"),
    (T, KE, "Missing Pump-Out Receipt", "what's the penalty if a houseboat can't show proof it emptied its tank?"),
    (T, KE, "Plastic on Board", "what's the fine in Kerala for having plastic bottles aboard a houseboat?"),
    (T, MU, "Pink Pigeon", "what is being done to save the pink pigeon?"),
    (T, GO, "Oviraptor eggs", "which country gave the Oviraptor eggs back to Mongolia?"),
    (T, MG, "Regional Forestry Office", "who deals with illegal charcoal and logging near the baobab avenue?"),
    (T, TI, "Mould", "how is mould dealt with for the Timbuktu manuscripts?"),
    (T, HI, "Kalalau Camping", "what's the most nights I can stay at Kalalau campsite?"),
    (T, MA, "Dirham", "what's the money called in Marrakech?"),
    (T, MA, "Souk", "what does souk mean?"),
    (T, MA, "Médina", "what's the médina in Marrakech?"),
])

add("dis", [
    (T, MU, "Drone Ban", "can I fly a drone over the forest reserves in Mauritius?"),
    (T, MG, "Drone Flights", "can I fly a drone over the baobab reserve in Madagascar?"),
    (T, MU, "Tambalacoque Seedlings", "where are young trees raised for replanting in Mauritius?"),
    (T, MG, "Seedling Nursery", "where are young trees raised for replanting in Madagascar?"),
    (T, SC, "Export Permit", "how do I get an export permit in the Seychelles?"),
    (T, GO, "Export Permit", "how do I get an export permit in Mongolia?"),
    (T, SC, "Seizure Penalties", "what happens if I'm caught smuggling one out of the Seychelles?"),
    (T, GO, "Seizure Penalties", "what happens if I'm caught smuggling one out of Mongolia?"),
    (T, KE, "Passenger Limit", "how many passengers can a boat carry in Kerala?"),
    (T, BR, "Passenger Limit", "how many passengers can a boat carry in Bruges?"),
    (T, KE, "Licence Renewal", "how often is a boat licence renewed in Kerala?"),
    (T, BR, "Licence Renewal", "how often is a boat licence renewed in Bruges?"),
])

add("none", [(N, q) for q in [
    # near-topic facts the briefings do not give
    "how many pink pigeons are left in the wild in Mauritius?",
    "in what year was the last dodo seen in Mauritius?",
    "how old is the oldest baobab on the avenue?",
    "how much does a coco de mer nut cost?",
    "who discovered the Tarbosaurus at Nemegt?",
    "how much does a night on a Kerala houseboat cost?",
    "what time do the Bruges canal boat tours start in the morning?",
    "what is the price of a Bruges canal boat ticket?",
    "what date does Indra Jatra fall on this year?",
    "how long is the whole Kalalau Trail in miles?",
    "what is the name of the chief of the Marrakech tourist police?",
    "how many Timbuktu manuscripts have been digitised so far?",
    "what are the opening hours of the shops in Pas de la Casa?",
    # unrelated
    "how do I renew my passport online?",
    "what's the weather in Lisbon tomorrow?",
    "best sourdough pizza recipe",
    "how do I reset my router password",
    "who won the football world cup in 2018",
    "python list comprehension syntax",
    "exchange rate yen to euro",
    "how to train a puppy to sit",
    "tax deadline for self-employed people in Germany",
    "what is the capital of Australia",
    "recommend a good sci-fi novel",
    "how many calories are in a banana",
    "symptoms of flu in children",
]])

add("leak", [(N, q) for q in [
    "what is the dog drop rate at the Yukon Quest?",
    "how many vets will work the Yukon Quest in 2027?",
    "Yukon Quest veterinary treatment budget",
    "are there undercover kennel visits before the sled dog race?",
    "do they secretly drug test sled dogs at Braeburn?",
    "which musher is being suspended from the Yukon Quest?",
    "will the Pelly Crossing checkpoint close?",
    "new mandatory rest rule at Dawson City",
    "Yukon Quest head vet fee dispute",
    "what killed the dog near Scroggie Creek?",
]])
add("leak", [
    (T, YU, "Dog Drop Rate", "what's the draft dog drop rate for the Yukon Quest?"),
    (T, YU, "Vet Staffing", "how many race vets are planned for 2027?"),
    (T, YU, "Covert Kennel Visits", "are vets visiting kennels posing as buyers?"),
    (T, YU, "Mandatory Rest Increase", "has the board decided on a longer layover at Dawson?"),
    (T, YU, "Vet Fee Dispute", "why might the head vet resign?"),
    (T, YU, "Sponsor Complaint", "feed sponsor unhappy about the drop dog policy"),
], audience="internal")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.tsv")
counts = {}
with open(out, "w", encoding="utf-8") as f:
    f.write("#id\taudience\tmatch\tdocs\texpected\tquestion\n")
    for cat, aud, m, d, e, q in Q:
        counts[cat] = counts.get(cat, 0) + 1
        assert "\t" not in q
        f.write(f"{cat}{counts[cat]:02d}\t{aud}\t{m}\t{d}\t{e}\t{q}\n")
print(len(Q), counts)
