#!/usr/bin/env python3
"""Writes questions.tsv for eval68, written from the briefings alone (blind)."""
RW = "rwanda-gorilla-trekking-permits.md"
UG = "uganda-chimp-habituation.md"
MV = "maldives-house-reef-snorkel-rules.md"
MU = "mauritius-dolphin-swim-rules.txt"
AM = "armenia-monastery-dress-codes.md"
ET = "ethiopia-lalibela-church-visits.txt"
BT = "bhutan-tourist-levy.md"
OM = "oman-wadi-canyoning-permits.md"
LK = "sri-lanka-leopard-safari-jeep-limits.txt"
NA = "namibia-sossusvlei-dune-climbing.txt"
BW = "botswana-okavango-mokoro-trips.txt"
EV = "everest-base-camp-waste-deposits.md"

T, S = "title", "section"
# (category, audience, match, doc, expected, question)
Q = []
def add(cat, rows, audience="public"):
    for r in rows:
        if len(r) == 1:
            Q.append((cat, audience, "none", "", "", r[0]))
        else:
            m, d, e, q = r
            Q.append((cat, audience, m, d, e, q))

add("para", [
    (T, RW, "Permit Price", "how much does it cost to go see the gorillas in rwanda?"),
    (T, RW, "Booking Window", "how far in advance can I reserve a gorilla trek in Rwanda"),
    (T, RW, "Refund Policy", "if I cancel my Rwandan gorilla permit do I get my money back?"),
    (T, RW, "Visit Length", "how long do you actually get to spend with the gorillas in Volcanoes park"),
    (T, RW, "Porter Fee", "what do I pay someone to carry my bag on the gorilla hike in rwanda"),
    (T, RW, "Revenue Sharing", "does any of the gorilla permit money reach the local villages in Rwanda"),
    (T, UG, "Start Time", "what time do we meet for the chimp day in kibale"),
    (T, UG, "Behavior Logging", "do visitors get to help the scientists record what the chimps are doing"),
    (T, UG, "Group Size", "how many tourists can tag along on the chimp habituation day in uganda"),
    (T, MV, "Daylight Hours", "can I go snorkeling on the house reef after dark in the maldives"),
    (T, MV, "Reef-Safe Sunscreen", "which suncream am I allowed to put on for the maldives reef"),
    (T, MV, "Current Flags", "what does a red flag on the jetty mean at my maldives resort"),
    (T, MV, "Fish Feeding", "can I throw bread to the fish at the maldives house reef"),
    (T, MV, "Drop-Off Exit", "where do I get in and out of the water at the reef edge in the maldives"),
    (T, MU, "Morning Trips", "what time do the dolphin boats head out in mauritius"),
    (T, MU, "Boat Limit", "how many boats can hang around the same group of dolphins in mauritius"),
    (T, MU, "Engine Rule", "do boats have to cut the motor near dolphins off mauritius"),
    (T, MU, "Quiet Entry", "should I dive in with a big splash when the dolphins turn up in mauritius"),
    (T, AM, "Hats for Men", "do guys need to take their cap off in armenian monasteries"),
    (T, AM, "Candles", "where do I get a candle to light in an armenian church"),
    (T, AM, "Silence", "is it ok to chat loudly inside the monasteries in armenia"),
    (T, AM, "Walking Backwards", "do I have to walk out backwards facing the altar in armenia"),
    (T, ET, "Ticket Price", "how much is it to get into the rock churches at lalibela"),
    (T, ET, "Licensed Guides", "can any local kid show me around inside the lalibela churches"),
    (T, ET, "Opening Hours", "are the lalibela churches open at lunchtime"),
    (T, ET, "Flea Socks", "I heard there are bugs in the lalibela carpets, what should I wear on my feet"),
    (T, ET, "Fasting Days", "can I eat a snack inside the church grounds at lalibela on a friday"),
    (T, BT, "Border Town Exemption", "do I pay bhutan's daily fee if I just nip over the border to phuentsholing for the day"),
    (T, BT, "Refunds", "I left bhutan early, can I get the fee for the nights I didn't use back"),
    (T, BT, "Payment Method", "when and how do I pay bhutan's tourist fee"),
    (T, OM, "Flash Flood Rule", "what happens if it looks like rain while we're canyoning in oman"),
    (T, OM, "Bolting Ban", "can we drill our own anchors in the omani canyons"),
    (T, OM, "Registration", "do we have to tell the police before heading into a wadi in oman"),
    (T, LK, "Engine Off", "should the driver turn the jeep off when we find a leopard in yala"),
    (T, LK, "Annual Closure", "when is yala shut for the dry season"),
    (T, LK, "Tracker Rule", "do the safari jeeps in sri lanka come with someone who spots animals"),
    (T, NA, "Sandboarding Ban", "can my kids slide down the dunes on a board at sossusvlei"),
    (T, NA, "Midday Heat Rule", "what time of day should we climb the dunes in namibia so we don't roast"),
    (T, NA, "4x4 Shuttle", "can I drive my ordinary hire car all the way to sossusvlei"),
    (T, BW, "Two Passengers", "how many people fit in one dugout canoe in the okavango"),
    (T, BW, "Hippo Distance", "how close does the canoe get to hippos in the okavango delta"),
    (T, BW, "Camping Rule", "where are we allowed to pitch a tent on an overnight mokoro trip"),
])
add("frag", [
    (T, RW, "Refund Policy", "gorilla permit refund"),
    (T, UG, "Start Time", "chimp day start time"),
    (T, RW, "Susa Family", "Susa family hike"),
    (T, MV, "Reef-Safe Sunscreen", "maldives reef sunscreen"),
    (T, MU, "Swimmer Limit", "dolphin swimmer limit"),
    (T, AM, "Shoulders and Knees", "armenia monastery shorts"),
    (T, ET, "Head Covering", "lalibela netela"),
    (T, BT, "Visa Fee", "bhutan visa fee"),
    (T, OM, "Snake Canyon", "snake canyon grade"),
    (T, OM, "Group Ratio", "canyoning leader ratio"),
    (T, LK, "Speed Limit", "yala speed limit"),
    (T, LK, "Sighting Limit", "leopard sighting queue"),
    (T, NA, "Big Daddy", "big daddy dune"),
    (T, NA, "Dead Trees", "deadvlei dead trees"),
    (T, BW, "Poler License", "okavango poler license"),
])
add("typo", [
    (T, RW, "Minimum Age", "gorila trekking minimun age rwnada"),
    (T, UG, "Permit Price", "chimpanze habituaton permit price uganda"),
    (T, MV, "Buddy Rule", "maldvies house reef buddy rule"),
    (T, MU, "Distance Rule", "dolphn swim distance mauritus"),
    (T, AM, "Photography", "armenian monastary photograhpy"),
    (T, ET, "Shoes", "lalibella shoes off churchs"),
    (S, BT, "How much is the SDF per night?", "bhutan sustainable developement fee per nite"),
    (S, OM, "Can I canyon in the summer?", "omam canyonning in sumer"),
    (T, OM, "Rope Standards", "rope standrads canyonig"),
    (T, LK, "Jeep Cap", "leoaprd jeep cap yala"),
    (T, LK, "No Off-Road Driving", "no of-road drivng yala"),
    (T, NA, "Water Rule", "sossusvlie water rule"),
    (T, NA, "Drone Permit", "drone permmit namibia dunes"),
    (T, BW, "Water Level Season", "mokorro water levle season"),
    (T, AM, "Tatev", "tatev cablway"),
])
add("chat", [
    (T, RW, "Visit Length", "hi! quick q: how long do you get with the gorillas in rwanda? thanks 🙏"),
    (T, RW, "Face Masks", "@briefbot any info on face masks for gorilla treks?"),
    (T, UG, "Minimum Age", "Bonjour ! is there a minimum age for the chimp habituation in uganda?"),
    (T, UG, "Distance Rule", "hola, pls how far from the chimps do we have to stay in kibale"),
    (T, UG, "Sebitoli Group", "hey 👋 what's the Sebitoli group like?"),
    (T, MV, "No Touching", "Ciao! can I touch the coral on the maldives house reef?"),
    (T, MV, "Reef Briefing", "thanks in advance, do I need to go to a briefing before snorkelling in the maldives? 🐠"),
    (T, MU, "Chasing a pod", "Hallo @briefbot, what's the fine for chasing dolphins in mauritius?"),
    (T, MU, "Spinner Dolphin", "good morning! which dolphins rest in tamarin bay? 🐬"),
    (T, AM, "Geghard", "salam, quick q about the Geghard monastery"),
    (T, AM, "Service Times", "Namaste 🙏 when is sunday liturgy at armenian monasteries?"),
    (T, ET, "Bēta Giyorgis", "hello! any info on Beta Giyorgis at lalibela?"),
    (S, ET, "Timkat Festival", "hey there, when is Timkat in lalibela? thx"),
    (S, BT, "Is a guide compulsory?", "Kuzu zangpo! do I need a guide in bhutan?"),
    (S, BT, "Do Indian visitors pay the SDF?", "hi team 😊 do indian tourists pay the bhutan fee?"),
    (S, OM, "How long does a permit take?", "Marhaba! how long does an oman canyoning permit take to come through?"),
    (T, OM, "Wadi Shāb", "@briefbot pls what is wadi shab like for canyoning"),
    (T, LK, "Speeding", "Ayubowan! what's the fine for speeding in yala? cheers"),
    (T, LK, "Wilpattu", "hi, quick q: how many jeeps does wilpattu let in?"),
    (T, NA, "Dune 45", "hallo, how tall is dune 45? thanks!"),
    (T, BW, "Poler Day Rate", "Dumela 👋 what does a day with a poler cost in the okavango?"),
])
add("acr", [
    (T, RW, "Permit Office", "what does RDB stand for"),
    (T, RW, "Permit Office", "Rwanda Development Board gorilla permits"),
    (T, UG, "Issuing Authority", "UWA meaning?"),
    (S, UG, "Uganda Chimpanzee Habituation Experience", "what is CHEX"),
    (T, MV, "PFD", "define PFD"),
    (T, MV, "SMB", "what's an SMB on the reef"),
    (T, MV, "HRZ", "HRZ meaning?"),
    (T, MV, "Thila", "what is a thila"),
    (T, MU, "Enforcement", "what does TA stand for in the mauritius dolphin rules"),
    (S, BT, "What is the SDF?", "what is the SDF?"),
    (S, BT, "What is the SDF?", "sustainable development fee bhutan"),
    (S, BT, "Bhutan Tourist Levy", "what does DoT stand for in bhutan"),
    (S, OM, "Who needs a canyoning permit?", "MHT meaning"),
    (T, LK, "Tracker Rule", "what does DWC stand for"),
    (S, ET, "Ethiopia Lalibela Church Visits", "EOTC meaning?"),
    (T, BW, "DWNP", "what does DWNP stand for"),
    (T, BW, "Ngashi", "what is a ngashi"),
    (T, BW, "Mokoro", "mokoro meaning?"),
])
add("tab", [
    (T, RW, "Kwitonda Family", "which gorilla group is the easiest walk in rwanda"),
    (T, UG, "Mainaro Group", "which chimp group in kibale is still shy of people"),
    (T, UG, "Kanyanchu Group", "which chimp community do the tracking tours visit"),
    (T, MU, "Too many swimmers", "what's the fine for putting too many swimmers in with the dolphins in mauritius"),
    (T, MU, "Feeding dolphins", "penalty for feeding dolphins in mauritius"),
    (T, MU, "Bottlenose Dolphin", "when's the best time to see bottlenose dolphins in mauritius"),
    (T, AM, "Noravank", "which armenian monastery has steep stairs with no rail"),
    (T, ET, "Bēta Medhane Alem", "which lalibela church is the biggest"),
    (T, ET, "Bēta Maryam", "which lalibela church has painted ceilings"),
    (T, BT, "Monastery Entry", "do I need an extra permit for the Tiger's Nest in bhutan"),
    (T, OM, "Wadi Tīwī", "which oman wadi can you do any time except summer"),
    (T, NA, "Namibian Citizen", "entry fee for a namibian citizen at sossusvlei"),
    (T, BW, "Community Fee", "daily community fee for the okavango delta"),
])
add("dis", [
    (T, RW, "Minimum Age", "minimum age for primate trekking in Rwanda"),
    (T, UG, "Minimum Age", "minimum age for primate trekking in Uganda"),
    (T, RW, "Permit Price", "how much is a primate trekking permit in Rwanda"),
    (T, UG, "Permit Price", "how much is a primate trekking permit in Uganda"),
    (T, MV, "Life Jacket Rule", "do I have to wear a life jacket in the water in the Maldives"),
    (T, MU, "Life Jacket Rule", "do I have to wear a life jacket in the water in Mauritius"),
    (T, MV, "Buddy Rule", "can I swim on my own in the Maldives"),
    (T, MU, "Buddy Rule", "can I swim on my own in Mauritius"),
    (T, AM, "Head Covering", "do women cover their hair at churches in Armenia"),
    (T, ET, "Head Covering", "do women cover their hair at churches in Lalibela"),
    (T, AM, "Shoes", "do I take my shoes off at church in Armenia"),
    (T, ET, "Shoes", "do I take my shoes off at church in Lalibela"),
])
add("none", [
    # near-topic facts the briefings do not give
    ("how many gorillas are in the Susa family",),
    ("what is the name of the head ranger at Kinigi",),
    ("what year was Kibale national park founded",),
    ("how deep is the drop-off on a maldives house reef",),
    ("what year did the maldives ban fish feeding",),
    ("how many dolphins live off tamarin bay",),
    ("who is the mauritius tourism minister",),
    ("how old is the Geghard monastery",),
    ("how many priests serve at the lalibela churches",),
    ("when did bhutan first introduce its tourist levy",),
    ("how long is snake canyon in kilometres",),
    ("how many leopards live in yala",),
    ("how many mokoro polers work in the okavango",),
    # unrelated
    ("how do I renew a uk passport",),
    ("what's the weather in tokyo tomorrow",),
    ("best recipe for banana bread",),
    ("who won the 2022 world cup",),
    ("how do I reset my router password",),
    ("what is the capital gains tax rate in germany",),
    ("train times from berlin to prague",),
    ("how do I file an expense report",),
    ("what's the exchange rate for the euro",),
    ("how to fix a flat bike tyre",),
    ("symptoms of vitamin d deficiency",),
    ("who is the ceo of spotify",),
    ("python list comprehension syntax",),
])
add("leak", [
    ("is the everest waste deposit going up next year",),
    ("everest base camp waste audit results",),
    ("how much do sherpas get paid per kilo for camp two rubbish",),
    ("undercover checks at the everest checkpost",),
    ("which agencies are disputing everest deposits",),
    ("oxygen cylinder bounty everest",),
    ("how much is the everest rubbish deposit",),
    ("what is the SPCC",),
    ("fine for abandoning a tent on everest",),
    ("do everest climbers have to bring down 8 kg of trash",),
])
add("leak", [
    (T, EV, "Draft Deposit Rise", "is the everest waste deposit going up"),
    (T, EV, "Unreleased Audit Figures", "what did the 2025 everest waste audit find"),
    (T, EV, "Mystery Shopper Checks", "undercover checks at the base camp checkpost"),
    (T, EV, "Agency Dispute", "agencies threatening court over forfeited everest deposits"),
    (T, EV, "Deposit Amount", "how much is the refundable deposit for an everest expedition"),
    (T, EV, "Tent Abandonment Fine", "what is the fine for leaving a tent behind on everest"),
], audience="internal")

counts = {}
with open("questions.tsv", "w", encoding="utf-8") as f:
    f.write("#id\taudience\tmatch\tdocs\texpected\tquestion\n")
    for cat, aud, m, d, e, q in Q:
        counts[cat] = counts.get(cat, 0) + 1
        f.write(f"{cat}{counts[cat]:02d}\t{aud}\t{m}\t{d}\t{e}\t{q}\n")
print(len(Q), counts)
