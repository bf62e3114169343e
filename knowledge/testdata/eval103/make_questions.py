#!/usr/bin/env python3
"""Writes questions.tsv for eval103 (motoring and vehicles), written blind from the briefings."""
FA = "faro-airport-car-rental.md"
MA = "malaga-airport-car-rental.txt"
LY = "lyon-ev-charging-tariffs.md"
GZ = "graz-ev-charging-tariffs.txt"
CK = "cork-nct-test-centre.md"
WL = "wellington-wof-inspection.txt"
ED = "edinburgh-residential-parking-permits.md"
KR = "krakow-motorcycle-training-school.md"
DV = "denver-roadside-assistance-membership.txt"
BR = "bremen-car-share-fleet-internal.md"
CF = "cardiff-tyre-exhaust-garage.txt"
SG = "santiago-toll-road-tags.md"

rows = []

def T(i, doc, title, q, aud="public"):
    rows.append((i, aud, "title", doc, title, q))

def S(i, doc, heading, q, aud="public"):
    rows.append((i, aud, "section", doc, heading, q))

def N(i, q, aud="public"):
    rows.append((i, aud, "none", "", "", q))

# para (40): everyday paraphrases, few of the entry's own words
T("para01", FA, "Senior Drivers", "I'm 81, am I still allowed to hire a car at Faro airport?")
T("para02", FA, "Excess Reduction", "is there an add-on in Faro so I pay nothing at all if the car gets dented?")
T("para03", FA, "Tyres and Glass Cover", "does Sol Algarve insure a cracked windscreen or a puncture?")
T("para04", FA, "Lost Keys", "I misplaced the fob for my Faro hire car, what will that cost me?")
T("para05", FA, "Out-of-Hours Return", "my flight home is at 5am, can I drop the Faro rental before the desk opens?")
T("para06", MA, "Child Seats", "can I get something for my baby to sit in with a Málaga rental?")
T("para07", MA, "Snow Chains", "driving up to Sierra Nevada in January in a Costa Wheels car, what do I need for the icy road?")
T("para08", MA, "Speeding Tickets", "got flashed by a camera going too fast in my Malaga hire car, what happens now?")
T("para09", MA, "Damage Check", "do they photograph scratches with me when I collect the car at Málaga?")
T("para10", LY, "Night Rate", "is it cheaper to charge overnight in Lyon?")
T("para11", LY, "Parking Enforcement", "a diesel car is blocking the EV spot in Lyon, can it be ticketed?")
T("para12", LY, "Plug-in Hybrids", "can my PHEV use the 150 kW hubs in Lyon during the day?")
T("para13", LY, "Outage Refunds", "the charger in Villeurbanne stopped halfway through, do I get my money back?")
T("para14", SG, "Rental Cars", "how are the highway tolls paid when I hire a car in Santiago?")
T("para15", GZ, "Winter Clearing", "who shovels the snow at the Gösting chargers and by what time?")
T("para16", GZ, "Taxi Priority", "why can't I use the fast chargers at Graz main station early in the morning?")
T("para17", GZ, "Roaming", "I have a card from another Austrian provider, does it work on Murstrom posts and at what price?")
T("para18", GZ, "Solar Canopy", "is the Gösting charging park powered by sunshine?")
T("para19", CK, "Fail Dangerous", "my car got the worst possible result at the Cork NCT, am I allowed to drive it home?")
T("para20", CK, "Pass Certificate", "how long is the NCT disc good for on a 12 year old car?")
T("para21", CK, "Emissions Test", "will the engine light on my dashboard make me fail at Little Island?")
T("para22", CK, "Tow Bars", "should I take the bike carrier off before the NCT in Cork?")
T("para23", CK, "Appeals", "I disagree with my NCT result in Cork, how do I challenge it?")
T("para24", WL, "Tyre Tread", "how deep must the grooves on my wheels be to get a warrant in Wellington?")
T("para25", WL, "Windscreen Chips", "a stone hit my front glass, will that fail the Te Aro warrant check?")
T("para26", WL, "Expired WoF", "what's the penalty for driving on an out-of-date warrant in Wellington?")
T("para27", WL, "Modified Cars", "my car has been lowered, can Te Aro still pass it?")
T("para28", ED, "Moving House", "we're relocating to another street in Edinburgh, what happens to our parking permit?")
T("para29", ED, "Waiting List", "how long is the queue for a resident permit in zone 1 in Edinburgh?")
T("para30", ED, "Commercial Vehicles", "can I get a resident permit in Edinburgh for my big work van?")
T("para31", ED, "Refunds", "if I hand back my Edinburgh parking permit early do I get any money back?")
T("para32", KR, "Weather Cancellations", "what if it's freezing or pouring on the day of my riding lesson in Kraków?")
T("para33", KR, "Medical Certificate", "do I need a doctor's note before I ride with the Wawel school?")
T("para34", KR, "Refresher Rides", "haven't been on a motorbike in 10 years, does the Kraków school do short sessions to get back into it?")
T("para35", SG, "Monthly Bill", "when do the Santiago highway companies invoice me and how long do I have to pay?")
T("para36", DV, "Waiting Period", "I just signed up with Front Range Motor Club, can I call for a tow today?")
T("para37", DV, "Covered Vehicles", "does my Front Range membership work when I'm driving my buddy's car?")
T("para38", DV, "Winching", "my car slid into a ditch in the snow near Denver, will the motor club pull it out?")
T("para39", CF, "Tyre Storage", "can the Grangetown garage keep my winter wheels over the summer?")
T("para40", CF, "Part-Worn Tyres", "do they sell second-hand tyres at Penarth Road?")

# frag (15): 2-4 word search fragments
T("frag01", FA, "Toll Transponder", "faro via verde")
T("frag02", MA, "Parking Fines", "malaga parking fine fee")
T("frag03", LY, "Ultra-Rapid", "lyon 150 kW price")
T("frag04", GZ, "Fault Reports", "graz broken charger number")
T("frag05", CK, "Cash Payment", "nct cork cash")
T("frag06", WL, "Seatbelts", "wof seatbelt fail")
T("frag07", ED, "Visitor Permits", "edinburgh visitor parking hours")
T("frag08", ED, "Electric Vehicle Permit", "ev permit edinburgh")
T("frag09", KR, "Helmet Hire", "helmet hire Kraków")
T("frag10", KR, "Exam Bike Hire", "exam bike honda")
T("frag11", DV, "Battery Jump-Start", "dead battery denver")
T("frag12", DV, "Excluded Vehicles", "RV roadside cover")
T("frag13", CF, "Wheel Alignment", "cardiff wheel alignment price")
T("frag14", CF, "Courtesy Car", "courtesy car cardiff")
T("frag15", SG, "Airport Route", "santiago airport toll")

# typo (15): misspellings, swapped letters
T("typo01", FA, "Cleaning Fee", "claening fee for sand in faro hire car")
T("typo02", MA, "Key Drop", "malaga retnal key drpo after 11pm")
T("typo03", LY, "Standard AC", "lyon standrad AC prcie per kwh")
T("typo04", GZ, "Idle Fee", "graz idel fee per minuet")
T("typo05", CK, "Priority Booking", "priortiy boooking nct cork")
T("typo06", WL, "WoF Label", "where does the wof lable go on the windscrean")
T("typo07", ED, "Penalty Charge", "edinbrugh parking penatly charge")
T("typo08", ED, "Carer Permit", "carer permt edinburgh free?")
T("typo09", KR, "Category A2 Course", "krakow A2 cuorse price")
T("typo10", KR, "Intercom Headset", "motorbike lesson intercomm headset krakow")
T("typo11", DV, "Lockout Service", "locked my keys in the car, lockuot service denver")
T("typo12", DV, "Mountain Passes", "eisenhower tunnel roadsdie wait time")
T("typo13", CF, "Puncture Repair", "punctrue repair cardif")
T("typo14", CF, "Exhaust Replacement", "exhuast replacment cost grangetown")
T("typo15", SG, "Lost TAG", "lost my santaigo toll tagg")

# chat (20): wrapped in greetings, thanks, mentions, emoji
T("chat01", FA, "Additional Driver", "hi! can my wife drive the Faro rental car too, is there a charge? thanks 🙏")
T("chat02", MA, "Cross-Border Travel", "Hola! can we take the Málaga rental car over to Gibraltar?")
T("chat03", LY, "Maximum Stay", "bonjour @briefbot how long can I stay at a Presqu'île charging post?")
T("chat04", GZ, "Monthly Subscription", "Servus! is there a monthly plan for charging in Graz? 🔌")
T("chat05", GZ, "Ad-hoc Payment", "grüß gott, can I just pay by card at a Graz charger without signing up?")
T("chat06", CK, "Arrive Early", "@briefbot what happens if I'm late for my NCT slot in Cork? cheers")
T("chat07", CK, "Waiting Area", "Dia duit! can I bring my kids along to the Little Island NCT while I wait?")
T("chat08", WL, "Fail Notice", "kia ora, my car failed its WoF at Te Aro, can I still drive it to the mechanic?")
T("chat09", WL, "Eftpos Only", "kia ora team, can I pay for my warrant in Wellington with a cheque? ta")
T("chat10", ED, "Motorcycle Permit", "hiya, any info on parking permits for my moped in Edinburgh? 🛵")
T("chat11", ED, "Second Car Permit", "hello pls how much is a permit for our second car in Edinburgh")
T("chat12", KR, "Category A Course", "cześć! how old do I need to be for the full unrestricted motorcycle course in Kraków?")
T("chat13", KR, "Riding Boots", "hey 👋 do I need my own boots for riding lessons at the Kraków school?")
T("chat14", DV, "Fuel Delivery", "Hi there! ran out of gas on I-25, will Front Range bring me fuel? thx")
T("chat15", DV, "Flat Tire Change", "@briefbot got a flat outside Denver and no spare, what now? 😩")
T("chat16", DV, "Cancellation Refund", "hey, any info on getting my money back if I cancel my Front Range membership?")
T("chat17", CF, "Walk-ins", "bore da! can I just turn up at Penarth Road for new tyres without booking?")
T("chat18", CF, "Guarantee", "hi, how long is an exhaust from the Cardiff garage guaranteed for? diolch")
T("chat19", SG, "Peak Rates", "hola! when are the Santiago highway tolls most expensive? 🚗")
T("chat20", SG, "Getting a TAG", "buenas, where can I get a TAG in Santiago, pls?")

# acr (16): acronyms, glossaries and FAQ entries
S("acr01", FA, "Deposits and Cover", "what does CDW stand for at the Faro rental desk?")
T("acr02", MA, "Speeding Tickets", "DGT meaning?")
T("acr03", GZ, "CCS", "what does CCS stand for?")
T("acr04", GZ, "SoC", "SoC meaning?")
S("acr05", SG, "Passes for Visitors", "what does PDU stand for?")
T("acr06", CF, "MOT Test", "Ministry of Transport test price in Cardiff")
S("acr07", CK, "About the Test", "what does NCT stand for?")
T("acr08", CK, "Appeals", "Road Safety Authority appeal after the NCT")
S("acr09", WL, "Wellington WoF Inspection Station", "what is a Warrant of Fitness?")
T("acr10", WL, "Modified Cars", "what does LVV stand for?")
S("acr11", ED, "What is a CPZ?", "what's a CPZ?")
T("acr12", ED, "Penalty Charge", "PCN meaning edinburgh parking")
T("acr13", KR, "PKK", "what is a PKK number?")
T("acr14", KR, "WORD", "what does WORD stand for in the Polish motorcycle exam?")
T("acr15", KR, "Ósemka", "what is the osemka exercise?")
S("acr16", DV, "Front Range Motor Club Roadside Assistance", "what does ERS mean at Front Range?")

# tab (13): answers in table rows, asked in the asker's words
T("tab01", FA, "Fuel Policy", "do I have to bring the Faro car back with the tank topped up?")
T("tab02", FA, "Late Return", "how late can I bring back the Faro car before paying for another day?")
T("tab03", MA, "Fuel Policy", "can I prepay the petrol on a Málaga rental and bring it back empty?")
T("tab04", LY, "Rapid DC", "what's the price per kWh on a 50 kW charger in Lyon?")
T("tab05", DV, "Classic", "how far does the cheapest Front Range plan tow me?")
T("tab06", CK, "Full Test", "how much is the NCT at Little Island?")
T("tab07", CK, "Late Cancellation", "what if I cancel my Cork NCT the day before?")
T("tab08", ED, "First Car Permit", "how much is a resident permit for one car in Edinburgh?")
T("tab09", KR, "Extra Lesson", "how much for an additional hour of riding at the Kraków school?")
T("tab10", DV, "Premier", "which Front Range plan tows 200 miles?")
T("tab11", DV, "Associate", "how much to add my husband to my Front Range membership?")
T("tab12", CF, "Budget Tyre", "cheapest fitted tyre price in Cardiff?")
T("tab13", SG, "Motorcycle Pass", "how much is a day pass for a motorbike on the Santiago highways?")

# dis (12): 6 identical questions, once per document of a near-topic pair
T("dis01", FA, "Security Deposit", "how big is the deposit at the Faro airport car rental?")
T("dis02", MA, "Security Deposit", "how big is the deposit at the Málaga airport car rental?")
T("dis03", FA, "Young Driver Surcharge", "I'm 22, what's the young driver fee at Faro airport?")
T("dis04", MA, "Young Driver Surcharge", "I'm 22, what's the young driver fee at Málaga airport?")
T("dis05", LY, "Standard AC", "what's the price for normal AC charging in Lyon?")
T("dis06", GZ, "Standard AC", "what's the price for normal AC charging in Graz?")
T("dis07", LY, "Idle Fee", "is there a fee for staying plugged in after charging in Lyon?")
T("dis08", GZ, "Idle Fee", "is there a fee for staying plugged in after charging in Graz?")
T("dis09", CK, "Retest Fee", "how much is a retest at the Cork test centre?")
T("dis10", WL, "Retest Fee", "how much is a retest at the Wellington test centre?")
T("dis11", CK, "Documents to Bring", "what papers do I bring to my car test in Cork?")
T("dis12", WL, "Documents to Bring", "what papers do I bring to my car test in Wellington?")

# none (26): 13 near-topic (fact not in the briefing) + 13 unrelated
N("none01", "does the Faro airport rental desk rent out child seats?")
N("none02", "does Costa Wheels at Málaga rent electric cars?")
N("none03", "can I reserve a charging post in advance in Lyon?")
N("none04", "are there wheelchair accessible chargers in Graz?")
N("none05", "does the Cork NCT centre test taxis?")
N("none06", "is there a coffee machine at the Te Aro testing station in Wellington?")
N("none07", "can I pay for my Edinburgh parking permit in monthly instalments?")
N("none08", "can I get an Edinburgh resident permit for a caravan parked on the street?")
N("none09", "does the Kraków motorcycle school also teach car driving lessons?")
N("none10", "does Front Range Motor Club sell travel insurance?")
N("none11", "does the Cardiff tyre garage do air-con regassing?")
N("none12", "is there a discount on Santiago highway tolls for electric cars?")
N("none13", "what's the speed limit on Autopista Central in Santiago?")
N("none14", "how do I renew my passport?")
N("none15", "best sushi restaurant in Lyon")
N("none16", "when does the Graz Christmas market open?")
N("none17", "what time is high tide in Cork harbour?")
N("none18", "how do I register my dog in Wellington?")
N("none19", "Edinburgh castle ticket prices")
N("none20", "opening hours of Wawel castle")
N("none21", "Denver Broncos season tickets")
N("none22", "recipe for Welsh cakes")
N("none23", "who won the Chilean presidential election?")
N("none24", "how do I reset my email password")
N("none25", "weather forecast for the Algarve this weekend")
N("none26", "yoga classes near me")

# leak (16): 10 public questions about the internal briefing + 6 internal ones
N("leak01", "what happened with the brake failure on the Bremen car-share car?")
N("leak02", "is Stadtauto Weser raising its hourly rate?")
N("leak03", "which Bremen car-share stations are closing?")
N("leak04", "Stadtauto Weser student discount")
N("leak05", "is the joining fee for the Bremen car club going up?")
N("leak06", "keybox outage Bremen car share refunds")
N("leak07", "night dispatcher shift pay dispute at the car share")
N("leak08", "is the car club insurance excess going up in January?")
N("leak09", "will Stadtauto Weser switch to electric cars in 2027?")
N("leak10", "minibus crash into a tram stop in Horn-Lehe")
T("leak11", BR, "Hourly Rate Increase", "what hourly rate is the Bremen club board voting on?", "internal")
T("leak12", BR, "Station Closures", "which car-share stations close at the end of September?", "internal")
T("leak13", BR, "Brake Failure Review", "what went wrong with the brakes on HB-SW 214?", "internal")
T("leak14", BR, "Dispatcher Dispute", "when is the mediation for the night dispatchers?", "internal")
T("leak15", BR, "Damage Fraud Suspicion", "are members faking damage reports to dodge the excess?", "internal")
T("leak16", BR, "Kilometre Charge", "draft price per km for 2027 at Stadtauto Weser", "internal")

with open("questions.tsv", "w", encoding="utf-8") as f:
    f.write("#id\taudience\tmatch\tdocs\texpected\tquestion\n")
    for r in rows:
        assert all("\t" not in c and "\n" not in c for c in r), r
        f.write("\t".join(r) + "\n")
print(f"wrote {len(rows)} questions")
