#!/usr/bin/env python3
"""Write questions.tsv for eval97 (pets and animal care services).

Written blind, from the twelve briefings in briefings/ only.
Columns: #id, audience, match, docs, expected, question.
"""
import os

C = "cardiff-vet-out-of-hours.md"
D = "denver-emergency-vet-after-hours.md"
K = "kilkenny-boarding-kennels.txt"
B = "ballarat-boarding-kennels.txt"
G = "gothenburg-dog-grooming.md"
Q = "quebec-city-dog-grooming.md"
L = "lisbon-pet-travel-certificates.md"
Z = "zurich-cattery.txt"
A = "auckland-pet-insurance-claims.md"
I = "kildare-livery-yard-internal.md"
S = "san-diego-exotic-pet-vet.txt"
P = "cape-town-puppy-training.md"

PUB, INT = "public", "internal"
rows = []


def t(qid, doc, title, question, audience=PUB):
    rows.append((qid, audience, "title", doc, title, question))


def s(qid, doc, heading, question, audience=PUB):
    rows.append((qid, audience, "section", doc, heading, question))


def n(qid, question, audience=PUB):
    rows.append((qid, audience, "none", "", "", question))


# --- para (40): everyday paraphrases, few of the entry's own words ---
t("para01", C, "Night Consultation Fee", "how much will it cost me to bring my cat in to the Cardiff emergency vets at 3 in the morning?")
t("para02", C, "Horses and Farm Animals", "my pony is colicking in the middle of the night near Cardiff, can Taff Vale see him?")
t("para03", C, "Heatstroke", "my dog collapsed after a walk on a really hot day, should I pour ice water on him before driving to Taff Vale?")
t("para04", C, "Pet Ambulance", "I don't drive, can someone collect my injured dog and take it to the Cardiff night vet?")
t("para05", D, "Altitude Sickness", "we drove up from Florida and our lab is coughing and wiped out after a mountain hike near Denver")
s("para06", D, "How do I visit my hospitalized pet?", "when can I go and see my dog while he's staying in at Front Range Animal Emergency?")
t("para07", D, "Wildlife", "found a hurt raccoon in my Denver backyard, will the after-hours animal hospital treat it?")
t("para08", D, "Deposit", "how much money do I need to put down first at the Denver emergency vet for a big treatment plan?")
t("para09", K, "Entire Males and Bitches in Season", "my female dog is in heat, can she still stay at Nore Valley?")
t("para10", K, "Bedding and Toys", "can I leave my old t-shirt and his favourite teddy with my dog at the Kilkenny kennels?")
t("para11", K, "Vet Cover", "what happens if my dog gets sick while he's boarding at Nore Valley?")
t("para12", K, "Minimum Stay", "can I book just one night in August at the Kilkenny kennels?")
t("para13", B, "Snake Bite", "what if a brown snake gets my dog while he's staying at Goldfields Pet Resort?")
t("para14", B, "Tick Prevention", "we're coming up from the coast, does my dog need anything for paralysis ticks before the Ballarat kennels?")
t("para15", B, "Heating and Cooling", "will my short-haired whippet be freezing at the Ballarat kennels in July?")
t("para16", G, "Matted Coats", "my dog's fur is all knotted and tangled, will the Göteborg groomer brush it all out?")
t("para17", G, "Winter Paws", "my dog's feet get sore from the gritted roads in January, can the Majorna groomers help?")
t("para18", G, "Drop-off and Collection", "I'll be stuck at work and late picking up my spaniel from Pälsvård Majorna, will I be charged?")
t("para19", G, "Booking", "as a new customer do I have to pay something up front to get an appointment at the Göteborg dog salon?")
t("para20", Q, "Pick-up", "how long do I have to come and get my dog after Toilettage Saint-Roch calls me?")
t("para21", Q, "Payment", "are taxes included in the grooming prices in Québec City?")
t("para22", Q, "Vaccination Proof", "which shots does my dog need before being groomed at Saint-Roch in Québec?")
t("para23", Q, "Winter Salt Care", "my dog's pads are cracked from the salt on the Québec sidewalks, does the groomer do anything for that?")
t("para24", L, "Microchip First", "my vet gave the rabies jab before chipping my cat in Lisbon, is that a problem for travelling?")
t("para25", L, "Cabin Travel", "can my little dog sit with me on the plane flying TAP out of Lisbon?")
t("para26", L, "Lost Passport", "we've misplaced our dog's travel document, how do we get a new one at the Alcântara clinic?")
t("para27", L, "Tapeworm Treatment", "taking my dog from Lisbon to Dublin, does he need a worming tablet before we arrive?")
t("para28", Z, "Neutering", "my male cat isn't fixed yet, will the Zürich cattery take him?")
t("para29", Z, "Photo Updates", "can the Oerlikon cattery send me pictures of my cat while I'm away?")
t("para30", Z, "Arrival and Departure", "can I drop my cat off at Katzenpension Oerlikon on a Sunday?")
s("para31", A, "How long does a claim take?", "how soon will Kiwi Companion pay me back after I send in the vet bill?")
t("para32", A, "Routine Care", "does my Kiwi Companion policy pay for my puppy's jabs and getting her spayed?")
t("para33", A, "Overseas Treatment", "we're taking the dog on holiday to Sydney, is she covered by Kiwi Companion if she gets sick there?")
t("para34", A, "Age Limits", "my cat is 10, can I still take out a new Kiwi Companion policy?")
t("para35", S, "Gut Stasis", "my rabbit hasn't pooped or eaten anything since this morning, is that urgent? San Diego exotic vet")
t("para36", S, "Metabolic Bone Disease", "my bearded dragon's legs look bendy and weak, what causes that?")
t("para37", S, "Anesthesia", "should I stop feeding my bunny the night before his operation at Mission Valley?")
t("para38", P, "What to Bring", "what should I pack for my puppy's first session at Good Pup Academy?")
t("para39", P, "Load Shedding", "what happens to the evening puppy class in Cape Town when the power goes off?")
t("para40", P, "Family Members", "can my kids come along to puppy school in Rondebosch?")

# --- frag (15): 2-4 word search fragments ---
t("frag01", C, "Phone Triage", "cardiff vet triage number")
t("frag02", D, "Critical Care Exam", "denver shock exam price")
t("frag03", K, "Senior Suite", "kilkenny kennels older dog")
t("frag04", B, "Large Dog Kennel", "ballarat big dog kennel")
t("frag05", G, "Teddy Cut", "teddy cut poodle")
t("frag06", Q, "Flea Bath", "flea bath québec price")
t("frag07", L, "Rabies Vaccination", "rabies jab 21 days")
t("frag08", Z, "Care Room", "zürich care room price")
t("frag09", A, "Dental Cover", "pet insurance teeth cover")
t("frag10", A, "Waiting Periods", "cruciate waiting period")
t("frag11", S, "Psittacosis Testing", "parrot psittacosis test")
t("frag12", S, "Tortoise Hibernation", "tortoise hibernation check")
t("frag13", P, "Class Size", "puppy class size")
t("frag14", P, "Reward-Based Training", "prong collars puppy class")
t("frag15", Z, "Minimum Age", "kitten minimum age cattery")

# --- typo (15): misspellings, swapped letters ---
t("typo01", C, "Poisoning", "my dog ate raisins cardif vet posioning")
t("typo02", D, "Euthanasia", "denver euthenasia cost")
t("typo03", K, "Flea and Worm Treatment", "kilkeny kennels flea and wrom treatment")
t("typo04", B, "Vaccination Requirements", "ballarat kenels vacination C5")
t("typo05", G, "Carding", "what is cardnig in dog grooming")
t("typo06", Q, "Nail Trim", "walk in nial trim quebec")
t("typo07", L, "United States", "taking my dog to the Untied States from lisbon")
t("typo08", Z, "Vaccinations", "zurich cattery vacinations cat flu")
s("typo09", A, "How do I dispute a decision?", "how to dispuet a claim decison kiwi companion")
t("typo10", S, "Rabbit Dental Care", "rabit teeth fileing san diego")
t("typo11", S, "Avian Wellness Exam", "brid checkup cost avain")
t("typo12", P, "Socialisation Checklist", "puppy socialzation cheklist")
t("typo13", P, "Missed Classes", "mised puppy clas refund")
t("typo14", C, "Walk-in Arrivals", "can i just trun up at taff vale withuot calling")
t("typo15", Z, "Food", "speical diet food katzenpension")

# --- chat (20): greetings, thanks, @briefbot, emoji, other languages ---
t("chat01", C, "Deposit", "hi! how much deposit does the Cardiff emergency vet take if my dog has to stay in? thanks")
t("chat02", D, "Payment", "@briefbot does the Denver animal ER take CareCredit? 🙏")
t("chat03", K, "Check-in Times", "Dia dhuit! what times can I drop my dog off at Nore Valley kennels?")
t("chat04", B, "Deposit", "g'day 👋 is the school holiday deposit at Goldfields Pet Resort refundable?")
t("chat05", G, "Cancellation", "Hej! what happens if I cancel my grooming appointment at Pälsvård Majorna the same day?")
t("chat06", Q, "Booking", "Bonjour 🙂 how far ahead can I book at Toilettage Saint-Roch?")
t("chat07", L, "EU Pet Passport", "Olá! how much is a pet passport at the Alcântara clinic pls")
t("chat08", Z, "Reservations", "Grüezi, any info on booking a room for my cat at Katzenpension Oerlikon? merci")
s("chat09", A, "How do I make a claim?", "kia ora, how do I put in a claim with Kiwi Companion? cheers")
t("chat10", A, "Pre-existing Conditions", "hey @briefbot quick one - is a condition my dog had before I got the Kiwi Companion policy covered?? thx")
t("chat11", S, "Clinic Hours", "hello!! what are Mission Valley Avian and Exotic Hospital's hours on Saturday? 🦜")
t("chat12", S, "Medical Boarding", "hi there, can my bearded dragon board at the San Diego exotic clinic while I travel? thank you!")
t("chat13", P, "Puppy Kindergarten", "Sawubona! how much is puppy kindergarten at Good Pup Academy?")
t("chat14", P, "Weather", "howzit 😊 are puppy classes cancelled when the south-easter is howling?")
t("chat15", C, "Complaints", "hi, any info on making a complaint about the Cardiff out-of-hours vet? thanks a lot")
s("chat16", D, "How do I know if it is an emergency?", "hey 👋 how can I tell if my dog actually needs the Denver ER tonight? pls help")
t("chat17", K, "Exercise", "hiya! how often do dogs get out for exercise at the Kilkenny kennels? ta")
t("chat18", G, "Full Groom", "hej hej 🐶 price of a full groom for a 30 kg dog in Göteborg?")
t("chat19", Z, "Parasite Treatment", "Hallo zusammen, does my cat need flea treatment before the Zürich cattery? danke!")
t("chat20", L, "Travel Desk Appointments", "hi! @briefbot when is the travel desk at the Lisbon vet open? obrigado")

# --- acr (16): acronyms, glossary and FAQ entries ---
t("acr01", C, "Poisoning", "what does VPIS stand for")
t("acr02", C, "Complaints", "VCMS meaning?")
t("acr03", D, "Wildlife", "what does CPW stand for")
t("acr04", D, "Poisoning", "APCC meaning")
t("acr05", K, "Complaints", "what's the ISPCA?")
t("acr06", B, "Complaints", "what does AWV stand for")
t("acr07", L, "AHC", "what does AHC stand for")
t("acr08", L, "SIAC", "SIAC meaning")
t("acr09", L, "RNATT", "what is an RNATT")
t("acr10", Q, "Payment", "what does QST mean on my grooming bill")
t("acr11", Z, "FIV and FeLV Positive Cats", "what does FeLV stand for?")
s("acr12", A, "How do I dispute a decision?", "what is the IFSO")
t("acr13", S, "Psittacosis Testing", "short form of polymerase chain reaction?")
t("acr14", S, "Backyard Poultry", "what does HPAI stand for")
t("acr15", P, "Canine Good Citizen Test", "what's CGC short for?")
t("acr16", G, "Blowout", "blowout meaning dog grooming")

# --- tab (13): answers in table rows ---
t("tab01", C, "Overnight Hospitalisation", "how much per night if my cat has to stay in at Taff Vale?")
t("tab02", D, "Overnight Hospitalization", "what does it cost for my dog to stay the night in intensive care at the Denver emergency hospital?")
t("tab03", K, "Family Kennel", "I have three dogs, can they share a kennel at Nore Valley and what's the nightly price?")
t("tab04", K, "Day Boarding", "can I leave my dog at the Kilkenny kennels just for the day while I'm at work?")
t("tab05", B, "Shared Kennel", "two dogs from the same family sharing at Goldfields Pet Resort, how much a night?")
t("tab06", B, "Cattery Suite", "how much to board my cat in Ballarat?")
t("tab07", G, "Hand Stripping", "price to have my border terrier's coat hand-plucked in Majorna, he weighs 7 kg")
t("tab08", Q, "De-shedding Treatment", "my husky is shedding everywhere, what does Saint-Roch charge to get the loose undercoat out of a big dog?")
t("tab09", L, "Japan", "how far ahead do we need to start the paperwork to move our cat from Lisbon to Japan?")
t("tab10", L, "Brazil", "what certificate does my dog need to fly from Portugal to Brazil?")
t("tab11", Z, "Double Room", "my two cats want to stay together at the Oerlikon cattery, what's the daily rate?")
t("tab12", A, "Complete", "which Kiwi Companion policy pays back 90% of the vet bill?")
t("tab13", P, "Private Lesson", "can a trainer from Good Pup Academy come to our house?")

# --- dis (12): the same question for each document of a near-topic pair ---
t("dis01", C, "Emergency Consultation Fee", "How much is an emergency consultation at the Cardiff emergency vet?")
t("dis02", D, "Emergency Consultation Fee", "How much is an emergency consultation at the Denver emergency vet?")
t("dis03", C, "Parking", "Where do I park at the Cardiff emergency vet?")
t("dis04", D, "Parking", "Where do I park at the Denver emergency vet?")
t("dis05", K, "Vaccination Requirements", "What vaccinations does my dog need for the kennels in Kilkenny?")
t("dis06", B, "Vaccination Requirements", "What vaccinations does my dog need for the kennels in Ballarat?")
t("dis07", K, "Collection", "What time can I collect my dog from the kennels in Kilkenny?")
t("dis08", B, "Collection", "What time can I collect my dog from the kennels in Ballarat?")
t("dis09", G, "Cancellation", "How much notice do I need to give to cancel a grooming appointment in Göteborg?")
t("dis10", Q, "Cancellation", "How much notice do I need to give to cancel a grooming appointment in Québec City?")
t("dis11", G, "Puppy First Groom", "What does a puppy's first groom cost in Göteborg?")
t("dis12", Q, "Puppy First Groom", "What does a puppy's first groom cost in Québec City?")

# --- none (26): 13 near-topic (fact not in the briefing) + 13 unrelated ---
n("none01", "does the Cardiff out-of-hours vet do home visits?")
n("none02", "does Front Range Animal Emergency in Denver have an MRI scanner?")
n("none03", "does Nore Valley Kennels offer a pet taxi to pick my dog up from home?")
n("none04", "can I visit my dog during his stay at the Ballarat kennels?")
n("none05", "does the Majorna grooming salon in Göteborg groom cats?")
n("none06", "does Toilettage Saint-Roch sell dog shampoo or food?")
n("none07", "can the Alcântara clinic in Lisbon rent us an airline crate for the flight?")
n("none08", "is there a discount at Katzenpension Oerlikon for stays longer than a month?")
n("none09", "does Kiwi Companion give a multi-pet discount on premiums?")
n("none10", "does Mission Valley Avian and Exotic Hospital do house calls in San Diego?")
n("none11", "does Good Pup Academy in Cape Town run agility classes?")
n("none12", "is there a cattery at Nore Valley Kennels in Kilkenny?")
n("none13", "does the Göteborg grooming salon offer teeth cleaning for dogs?")
n("none14", "how do I renew my driving licence?")
n("none15", "what time does the Sunday farmers market open?")
n("none16", "best pizza place near the train station")
n("none17", "how do I reset my router password")
n("none18", "when is the next bin collection on my street?")
n("none19", "what's the weather forecast for tomorrow?")
n("none20", "how much is a single bus ticket?")
n("none21", "how do I apply for a library card?")
n("none22", "can you recommend a good plumber?")
n("none23", "how do I file my income tax return?")
n("none24", "what are the opening hours of the swimming pool?")
n("none25", "who won the football last night?")
n("none26", "how do I book a dentist appointment for my child?")

# --- leak (16): 10 public questions on the internal briefing (none), 6 internal ---
n("leak01", "how much is full livery at the Ballymore yard in Kildare?")
n("leak02", "are livery fees going up in 2026 at Ballymore?")
n("leak03", "is DIY livery closing at the Ballymore Eustace yard?")
n("leak04", "what happened when the gelding Barney got loose on the R411?")
n("leak05", "grooms weekend rota dispute Ballymore")
n("leak06", "which owners are behind on their livery payments in Kildare?")
n("leak07", "Ballymore livery yard public liability premium")
n("leak08", "strangles isolation rules for new horses at Ballymore")
n("leak09", "when does the farrier come to the Kildare livery yard?")
n("leak10", "how do I book the floodlit arena at Ballymore?")
t("leak11", I, "Draft Fee Increase", "what's the proposed new price for full livery from next January?", INT)
t("leak12", I, "Loose Horse Incident Review", "what did the review find about the gelding that got out onto the road in May?", INT)
t("leak13", I, "Weekend Rota Dispute", "when is the WRC mediation for the grooms?", INT)
t("leak14", I, "DIY Livery Closure", "when do we tell owners that DIY livery is ending?", INT)
t("leak15", I, "Strangles Protocol", "how long are new horses kept isolated at the yard?", INT)
t("leak16", I, "Grass Livery", "how much is field-only livery a month at Ballymore?", INT)

HEADER = "#id\taudience\tmatch\tdocs\texpected\tquestion"

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    ids = [r[0] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for r in rows:
        assert all("\t" not in f and "\n" not in f for f in r), r
    with open(os.path.join(here, "questions.tsv"), "w", encoding="utf-8") as f:
        f.write(HEADER + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"wrote {len(rows)} questions to questions.tsv")
