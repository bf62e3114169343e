#!/usr/bin/env python3
"""Writes questions.tsv for eval85, from the briefings in ./briefings alone."""
import os

DP = "victoria-falls-devils-pool.md"
SE = "serengeti-balloon-safaris.txt"
LX = "luxor-hot-air-balloons.md"
KR = "kruger-self-drive-rules.md"
NG = "ngorongoro-crater-vehicle-limits.txt"
GZ = "giza-pyramid-camel-rides.txt"
MZ = "merzouga-camel-camps.md"
TM = "table-mountain-cableway.md"
CP = "cape-point-baboon-rules.txt"
CH = "chefchaouen-photography-etiquette.md"
ES = "essaouira-kitesurfing.md"
FE = "fes-tannery-terraces-internal.md"

T, S = "title", "section"
Q = {}  # category -> list of (audience, match, doc, expected, question)

def add(cat, doc, expected, question, match=T, audience="public"):
    Q.setdefault(cat, []).append((audience, match, doc, expected, question))

def none(cat, question, audience="public"):
    Q.setdefault(cat, []).append((audience, "none", "", "", question))

# para: everyday paraphrases, few of the entry's own words
P = "para"
add(P, DP, "Guide Holds the Ankle", "does somebody hang on to you when you lean over the edge at victoria falls?")
add(P, DP, "Non-Swimmers Turned Away", "I'm not a strong swimmer, can I still do the devil's pool?")
add(P, DP, "Flood Closure", "which months is devil's pool shut because the zambezi is too high?")
add(P, DP, "Footwear on the Crossing", "do I need special shoes to get out to devil's pool?")
add(P, DP, "Boat Transfer", "where do you catch the boat out to livingstone island?")
add(P, SE, "Minimum Altitude over Herds", "how high do the serengeti balloons stay above the wildebeest?")
add(P, SE, "Landing Zones", "where are serengeti balloons allowed to come down?")
add(P, SE, "Photography in the Basket", "can I bring my drone on a serengeti balloon flight?")
add(P, SE, "What to Wear", "what clothes for a chilly dawn balloon ride in the serengeti?")
add(P, SE, "Passenger Weight Limit", "I'm quite heavy, will I pay more for a serengeti balloon seat?")
add(P, LX, "Hotel Pick-up", "how early do they collect you from the hotel for the luxor balloon?")
add(P, LX, "Landing Position", "how should I brace when the luxor balloon hits the ground?")
add(P, LX, "Basket Capacity", "how many people are squeezed into one basket in luxor?")
add(P, LX, "Landing Certificate", "do I get a souvenir to prove I flew over luxor?")
add(P, LX, "Return Crossing", "what time will I be back at my hotel after a luxor balloon ride?")
add(P, KR, "Stay in Your Vehicle", "can I hop out of the car to stretch my legs in kruger?")
add(P, KR, "Motorbikes Not Allowed", "can I ride my motorcycle through kruger park?")
add(P, KR, "Fuel Stops", "where can I fill up with petrol in kruger?")
add(P, KR, "Late Arrival Fine", "what happens if I get back to camp after the gates shut in kruger?")
add(P, KR, "Animal Sightings", "what should I do when elephants are next to the road in kruger?")
add(P, NG, "Six-Hour Limit", "how long can we spend down inside the ngorongoro crater?")
add(P, NG, "One-Way Roads", "which road do you use to drive back up out of ngorongoro crater?")
add(P, NG, "Rhino Sightings", "how many jeeps can crowd round a rhino in ngorongoro?")
add(P, NG, "Picnic Sites", "where can we get out for lunch on the ngorongoro crater floor?")
add(P, GZ, "Handler Badge", "how can I tell a camel guy at the pyramids is official?")
add(P, GZ, "Visible Injuries", "the camel at giza looked hurt and limping, who do I tell?")
add(P, GZ, "Mounting and Dismounting", "how do I not fall off when the camel stands up at giza?")
add(P, GZ, "Heat Hours", "is the middle of a summer day a bad time for a camel ride at the pyramids?")
add(P, MZ, "4x4 Transfer", "can I get to the merzouga desert camp without riding a camel?")
add(P, MZ, "Luggage", "should I bring my big suitcase to the erg chebbi camp?")
add(P, MZ, "Generator Hours", "when do they switch the power off at night in merzouga camps?")
add(P, MZ, "Waste Removal", "what do merzouga desert camps do with their trash?")
add(P, TM, "Hikers' One-Way Ticket", "if I walk up table mountain can I just ride the cable car down?")
add(P, TM, "Annual Maintenance", "does the table mountain cable car shut for repairs at some point?")
add(P, TM, "Sunset Special", "is there a cheaper evening deal on the table mountain cable car?")
add(P, TM, "Can I take my pram up the mountain?", "can my mum in a wheelchair get up table mountain?", match=S)
add(P, CP, "Do Not Make Eye Contact", "should I stare back at a baboon at cape point?")
add(P, CP, "Keep Your Distance", "how near can I get to the baboons at cape point?")
add(P, CP, "Paintball Markers", "what do the cape point baboon minders fire at the troops?")
add(P, CH, "Flower Pots", "is it ok to rearrange the pots in chefchaouen for my insta pic?")
add(P, CH, "Drone Ban", "am I allowed to fly a quadcopter over chefchaouen?")
add(P, ES, "Harbour Exclusion", "how far from the fishing port do kites have to keep in essaouira?")

# frag: 2-4 word search fragments
F = "frag"
add(F, DP, "Can children swim in the pool?", "devils pool kids", match=S)
add(F, KR, "Speed Limits", "kruger speed limit")
add(F, NG, "Crater Service Fee", "crater service fee")
add(F, CP, "Baboon-Proof Bins", "baboon proof bins")
add(F, TM, "Tablecloth Cloud", "tablecloth cloud")
add(F, LX, "Weather Refunds", "luxor balloon refund")
add(F, SE, "Ndutu Plains Site", "serengeti calving season balloons")
add(F, GZ, "Photo Tips", "giza camel photo tip")
add(F, MZ, "Sunrise Ride Back", "merzouga dawn ride")
add(F, CH, "Stay Off Doorsteps", "chefchaouen doorsteps")
add(F, ES, "Rescue Boat", "essaouira rescue jet ski")
add(F, ES, "Wetsuit Advice", "essaouira wetsuit thickness")
add(F, KR, "Day Visitor Quota", "kruger day visitors")
add(F, CP, "Monitor Patrols", "baboon monitor hours")
add(F, DP, "Daily Gauge Reading", "devil's pool gauge")

# typo: misspellings, letter swaps
Y = "typo"
add(Y, DP, "Guide Holds the Ankle", "devls pool guide holds ankel")
add(Y, SE, "Wind Limit", "serengti ballon wind limt")
add(Y, LX, "Children on Board", "luxor ballon childern")
add(Y, KR, "April to July", "kruegr gate closing tiems in june")
add(Y, NG, "Four-Wheel Drive", "ngorongoro four whele drive")
add(Y, GZ, "Sphinx Ride", "giza camle ride to sphnix")
add(Y, MZ, "Luxury Desert Camp", "merzuoga luxery camp")
add(Y, TM, "Fast Track Pass", "tabel mountain fast trak")
add(Y, CP, "Feeding a Baboon", "cape piont baboon feeding fien")
add(Y, CH, "Ask Before Portraits", "chefchauen portriats ask first")
add(Y, ES, "Beginner Course", "essaouria beginer kite course")
add(Y, ES, "Moulay Bouzerktoun", "moulay bouzertkoun kite spot")
add(Y, SE, "Migration Flight", "serengeti migraton flight")
add(Y, NG, "Descent Hours", "ngorongoro descnet hours")
add(Y, TM, "Birthday Free Ride", "table mountian birthday free ride")

# chat: greetings, thanks, pls, @briefbot, emoji, several languages
C = "chat"
add(C, DP, "Can children swim in the pool?", "hi 👋 quick q: can my 10 year old swim in devil's pool?", match=S)
add(C, NG, "Speed Limits", "@briefbot pls what's the speed limit on the ngorongoro crater floor")
add(C, LX, "Private Charter", "hola! any info on a luxor balloon just for our group? gracias")
add(C, ES, "Equipment Hire", "bonjour, quick q: can I rent a kite and board in essaouira?")
add(C, KR, "Conservation Fee", "thanks in advance! do I pay a kruger conservation fee every day?")
add(C, CP, "Hide Food and Bags", "hey there 🙂 will cape point baboons go for my plastic shopping bag?")
add(C, DP, "What happens if my swim is cancelled?", "guten Tag, what if my devil's pool swim gets called off?", match=S)
add(C, TM, "Winter (June to August)", "yo @briefbot when does the table mountain cable car run in july??")
add(C, GZ, "Rest and Shade", "ciao! any info on camel welfare at the pyramids, do they get shade?")
add(C, MZ, "Nomad Homestay", "salaam 🙏 pls tell me about staying with a nomad family near khamlia")
add(C, CH, "Women and Children", "hi team, quick q: is it ok to photograph women in chefchaouen?")
add(C, SE, "Children on Board", "olá! serengeti balloon minimum age for kids?")
add(C, NG, "Pop-Up Roof", "morning all ☀️ any info on ngorongoro pop up roof rules")
add(C, MZ, "Rider Weight", "hello bot, is there a weight limit for merzouga camels? thx")
add(C, LX, "Flight Length", "konnichiwa! how long is the luxor balloon flight?")
add(C, ES, "October to March", "hey! pls which essaouira months are best for beginners 🪁")
add(C, CP, "Buffels Bay", "g'day @briefbot, where can we picnic at cape point? cheers")
add(C, KR, "No Off-Road Driving", "namaste, quick q: can I drive off the road in kruger to get close to a lion? ty")
add(C, TM, "How long does the ride take?", "hey 👋 table mountain cable car ride how long??", match=S)
add(C, GZ, "Desert Sunset Ride", "hallo! any info on the giza sunset camel ride? danke")
add(C, DP, "Breakfast Run", "hi hi, what's the breakfast run at devil's pool? thanks so much!!")

# acr: acronyms both ways, glossary and FAQ entries
A = "acr"
add(A, DP, "What is the ZTA licence?", "what does ZTA stand for?", match=S)
add(A, DP, "What is the ZTA licence?", "Zambia Tourism Agency permit for devil's pool operators", match=S)
add(A, SE, "Conservation Fee", "what does TANAPA stand for")
add(A, SE, "Conservation Fee", "Tanzania National Parks balloon fee")
add(A, LX, "ECAA Inspectors", "ECAA meaning?")
add(A, LX, "ECAA Inspectors", "does the Egyptian Civil Aviation Authority watch the balloon launches?")
add(A, KR, "Kruger National Park Self-Drive Rules", "what does SANParks stand for", match=S)
add(A, NG, "Ngorongoro Crater Vehicle Limits", "NCAA meaning?", match=S)
add(A, TM, "Table Mountain Cableway", "what does TMACC stand for", match=S)
add(A, CP, "Cape Point Baboon Rules", "TMNP meaning?", match=S)
add(A, ES, "IKO", "what does IKO stand for")
add(A, ES, "Alizé", "what is the alizé?")
add(A, ES, "Kite Leash", "kite leash meaning")
add(A, CH, "Derb", "what is a derb in chefchaouen?")
add(A, CH, "Medina", "define medina")
add(A, CH, "Outa el-Hammam", "what is Outa el-Hammam?")
add(A, NG, "Descent Permit", "what is a descent permit at ngorongoro?")
add(A, TM, "What is the Cableway Status Line?", "what is the cableway status line?", match=S)

# tab: answers in table rows, asked in the asker's words
B = "tab"
add(B, KR, "November to January", "what time do the kruger gates open in december?")
add(B, KR, "February to March", "when do kruger gates close in march?")
add(B, TM, "Summer (December to February)", "when is the last cable car down table mountain in january?")
add(B, TM, "Autumn and Spring", "table mountain cableway first car up in april")
add(B, CP, "Feeding a Baboon", "how much is the fine for giving food to baboons at cape point?")
add(B, CP, "Littering Food Scraps", "penalty for leaving banana peels lying around at cape point")
add(B, DP, "Angels Pool Swim", "which victoria falls tour lets you swim when devil's pool is closed?")
add(B, DP, "High Tea Crossing", "devil's pool trip with afternoon tea")
add(B, LX, "Standard Sunrise", "cheapest luxor balloon seat")
add(B, SE, "Private Basket", "serengeti balloon for just my family of four")
add(B, GZ, "Panorama Loop", "short giza camel ride with a view of all the pyramids")
add(B, MZ, "Standard Berber Camp", "basic merzouga camp with shared toilets")
add(B, NG, "Licensed Driver-Guide", "does our ngorongoro driver need a guide license?")

# dis: the same question for both documents of a near-topic pair
D = "dis"
add(D, SE, "Wind Limit", "how windy is too windy for a balloon flight in the serengeti?")
add(D, LX, "Wind Limit", "how windy is too windy for a balloon flight in luxor?")
add(D, SE, "Children on Board", "can young children ride in a balloon basket in the serengeti?")
add(D, LX, "Children on Board", "can young children ride in a balloon basket in luxor?")
add(D, KR, "Speed Limits", "how fast am I allowed to drive in kruger?")
add(D, NG, "Speed Limits", "how fast am I allowed to drive in ngorongoro crater?")
add(D, KR, "No Off-Road Driving", "can we leave the track for a closer look in kruger?")
add(D, NG, "Stay on Marked Tracks", "can we leave the track for a closer look in ngorongoro?")
add(D, GZ, "Rider Weight", "is there a weight limit for camel riders at giza?")
add(D, MZ, "Rider Weight", "is there a weight limit for camel riders in merzouga?")
add(D, GZ, "Rest and Shade", "do the camels get a rest between rides at giza?")
add(D, MZ, "Camel Rest Days", "do the camels get a rest between rides in merzouga?")

# none: 13 near-topic facts the briefings do not give, 13 unrelated
N = "none"
for q in [
    "how much does a devil's pool swim cost?",
    "how deep is the devil's pool?",
    "who founded the first serengeti balloon company?",
    "how many balloons fly over luxor each morning?",
    "how much is the kruger conservation fee per day in rand?",
    "how many vehicles are allowed into ngorongoro crater per day?",
    "how much does a camel ride at giza cost?",
    "how many desert camps are there in erg chebbi?",
    "what is the price of a return ticket on the table mountain cableway?",
    "what year did the table mountain cableway open?",
    "how many baboons live at cape point?",
    "what year was chefchaouen first painted blue?",
    "what is the sea temperature in essaouira in august?",
    "how do I renew my passport?",
    "best sushi restaurant in tokyo",
    "what's the capital of norway",
    "how to reset my wifi router",
    "python list comprehension syntax",
    "who won the 2018 football world cup",
    "recipe for banana bread",
    "tax filing deadline for freelancers",
    "how do I fix a flat bicycle tyre",
    "yen to euro exchange rate today",
    "symptoms of the flu",
    "how to knit a scarf",
    "train times from london to paris",
]:
    none(N, q)

# leak: 10 public questions at the internal briefing (expect none), 6 internal ones
L = "leak"
for q in [
    "what's the draft terrace fee at the fes tanneries?",
    "fès tannery mystery visitor findings",
    "are the fes tannery terraces going to be licensed?",
    "which fes tannery terrace is going to be closed?",
    "chouara tannery commission dispute",
    "how many people visit the fes tannery terraces a day?",
    "fes leather shop commission cap",
    "deadline for new railings on the fes terraces",
    "fake guides at bab boujloud",
    "wastewater complaint near the chouara tannery",
]:
    none(L, q)
add(L, FE, "Draft Terrace Fee", "what entry fee is being proposed for the fès terraces?", audience="internal")
add(L, FE, "Pressure Selling Findings", "did the undercover visits find pushy selling on the tannery terraces?", audience="internal")
add(L, FE, "Closure of Terrace 7", "which fes terrace will be shut down?", audience="internal")
add(L, FE, "Rooftop Access Dispute", "shared stairway quarrel between families fes", audience="internal")
add(L, FE, "Terrace Licensing Scheme", "when will the fes terraces need a licence?", audience="internal")
add(L, FE, "Visitor Count Estimate", "fès tannery daily visitor numbers estimate", audience="internal")

WANT = {"para": 42, "frag": 15, "typo": 15, "chat": 21, "acr": 18, "tab": 13,
        "dis": 12, "none": 26, "leak": 16}
for cat, n in WANT.items():
    assert len(Q[cat]) == n, (cat, len(Q[cat]), n)

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.tsv")
with open(out, "w", encoding="utf-8") as f:
    f.write("#id\taudience\tmatch\tdocs\texpected\tquestion\n")
    for cat in WANT:
        for i, (aud, match, doc, exp, q) in enumerate(Q[cat], 1):
            for field in (aud, match, doc, exp, q):
                assert "\t" not in field and "\n" not in field
            f.write(f"{cat}{i:02d}\t{aud}\t{match}\t{doc}\t{exp}\t{q}\n")
print(f"wrote {sum(WANT.values())} questions to {out}")
