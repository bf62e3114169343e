#!/usr/bin/env python3
"""Writes questions.tsv for eval84 from hand-written questions (blind to the bot)."""
F = "fushimi-inari-night-hike.md"
J = "fuji-yoshida-trail-huts.txt"
M = "miyajima-tidal-torii-walk.md"
N = "naoshima-art-island-ferries.txt"
B = "bukchon-hanok-quiet-hours.md"
G = "gamcheon-culture-village-stamp-trail.txt"
S = "shirakawa-go-light-ups.txt"
T = "takayama-morning-markets.md"
U = "jiufen-old-street-teahouses.md"
H = "ha-long-bay-junk-cruise-review.md"   # audience: internal
P = "sapa-rice-terrace-homestays.txt"
C = "chiang-mai-elephant-sanctuaries.md"

Q = {}
Q["para"] = [
 (F, "Group Walking", "is it safe to go up the shrine mountain alone late at night in kyoto"),
 (F, "Emergency Call Points", "what if I get hurt on the inari mountain at night, is there a phone?"),
 (F, "Photography Tripods", "can I set up my camera stand in the gate tunnel at fushimi"),
 (F, "Trash", "where do I throw away my rubbish on inari mountain"),
 (J, "Advance Reservation", "can I just turn up at a fuji hut without booking"),
 (J, "Payment Methods", "do the huts on the yoshida route take credit cards"),
 (J, "Bullet Climbing", "is it a bad idea to climb fuji straight through the night without sleeping"),
 (J, "Warm Clothing", "how cold does it get on top of fuji in summer, what should I pack to wear"),
 (M, "Deer Feeding", "are you allowed to give the deer on miyajima snacks"),
 (M, "Footwear", "what shoes for walking out on the sand to the floating gate at miyajima"),
 (M, "Visitor Tax", "is there an extra charge just to visit miyajima island"),
 (M, "Tide Tables", "where do I find out when the water is low at miyajima"),
 (N, "Bicycle Hire", "can I rent a bike on naoshima"),
 (N, "Chichu Art Museum", "do I need to book ahead for the chichu museum"),
 (N, "Monday Closures", "are naoshima museums open every day of the week"),
 (N, "Yellow Pumpkin", "where is the big spotty kusama sculpture on naoshima"),
 (B, "Fines", "what happens if I walk into bukchon after the curfew, do I pay a penalty"),
 (B, "Tour Bus Ban", "can our tour coach park inside bukchon"),
 (B, "Doorstep Sitting", "is it ok to sit on the steps of the houses in bukchon"),
 (B, "Hanbok Rentals", "can I wear a rented traditional korean dress in bukchon"),
 (G, "Stamp Map Price", "how much is the map for collecting stamps at gamcheon"),
 (G, "Completion Postcards", "what do I get for filling in all the stamps in gamcheon"),
 (G, "Getting There", "how do I get to gamcheon village by public transport"),
 (G, "Steep Stairways", "is gamcheon ok with a baby stroller"),
 (S, "Parking Reservation", "can I drive my own car to the shirakawa-go winter illumination"),
 (S, "Inn Guests", "staying the night in a thatched farmhouse at shirakawa-go, do I still need a light-up booking"),
 (S, "Lights Out", "what time do the lights go off at shirakawa-go"),
 (S, "Snow Boots", "what do I wear on my feet for shirakawa-go in the snow"),
 (T, "Cash Only", "can I pay by card at takayama morning market"),
 (T, "Sarubobo Charms", "lucky doll souvenir from takayama"),
 (T, "Winter Hours", "do the takayama markets open later in the cold months"),
 (T, "Eating While Walking", "is it rude to snack while strolling around the takayama market"),
 (U, "Bus Queues", "how long do people wait for the bus back to taipei from jiufen in the evening"),
 (U, "Minimum Spend", "do I have to order a certain amount at jiufen tea houses"),
 (U, "Rainy Weather", "should I bring an umbrella to jiufen"),
 (U, "Reservations", "how do I get a window seat at sunset in a jiufen teahouse"),
 (P, "Trekking Guides", "do I need someone to lead me walking between villages near sapa"),
 (P, "Price Includes", "what's included when I stay with a family in sapa"),
 (P, "Gift Giving", "what presents should I bring for kids in the sapa villages"),
 (P, "Bathroom Facilities", "is the toilet a western one in sapa homestays"),
 (C, "Distance", "how close can I get to the elephants at chiang mai sanctuaries"),
 (C, "Clothing", "what should I wear to the elephant sanctuary in chiang mai"),
]
Q["frag"] = [
 (F, "Senbon Torii", "senbon torii lights"),
 (F, "Yotsutsuji Intersection", "yotsutsuji viewpoint"),
 (J, "Cancellation Policy", "fuji hut cancellation"),
 (J, "Climbing Gate Fee", "5th station gate fee"),
 (M, "Clam Digging", "miyajima clam digging"),
 (M, "Coins in the Gate", "torii pillar coins"),
 (N, "Art House Project", "art house project"),
 (N, "Town Bus", "naoshima town bus"),
 (B, "Wardens", "bukchon wardens"),
 (G, "Little Prince Statue", "little prince statue"),
 (S, "Shiroyama Viewpoint", "shiroyama viewpoint queue"),
 (T, "Hida Beef Skewers", "hida beef skewers"),
 (U, "A-Mei Teahouse", "a-mei teahouse"),
 (P, "Guest Registration", "sapa passport registration"),
 (C, "Volunteer Week", "elephant volunteer week"),
]
Q["typo"] = [
 (F, "Wildlife", "fushimi inari wild bore monkies"),
 (F, "Amulet Office", "amullet office hours inari"),
 (J, "Altitude Sickness", "mount fuji altitude sicknes"),
 (J, "Sunrise Timing", "fuji sunrize timing"),
 (M, "Ferry Timetable", "miyajima ferry timetabel"),
 (N, "Setouchi Triennale", "setouchi trienale festival"),
 (N, "Benesse House", "benese house galeries"),
 (B, "Visitor Center", "bukchon visiter center map"),
 (G, "Stamp Stations", "gamcheon stamp statoins"),
 (S, "Lottery", "shirakawago light-up lotery"),
 (S, "Bus Tour Reservation", "shirakawa-go bus tuor reservation"),
 (T, "Mitarashi Dango", "takayama mitarashi dago"),
 (T, "Red Turnip Pickles", "takayama red turnip pickels"),
 (U, "Tea Ceremony", "jiufen tea cermony"),
 (C, "Feeding Rules", "chaing mai elefant feeding rules"),
]
Q["chat"] = [
 (F, "Last Train Back", "hi! quick q: when is the last train back from fushimi inari?"),
 (F, "Restrooms", "@briefbot pls where are the restrooms at fushimi inari at night"),
 (J, "Fujisan Hotel", "Konnichiwa! any info on the Fujisan Hotel hut on fuji?"),
 (J, "Toilets", "hey, what's the toilet situation in the fuji yoshida huts? thx"),
 (M, "Ferry Timetable", "hello 👋 how often do ferries go to miyajima?"),
 (B, "Noise", "Annyeonghaseyo! any info on noise rules for tour guides in bukchon?"),
 (B, "Orange Zone", "안녕하세요! what's the orange zone in bukchon?"),
 (G, "Taegeukdo", "hi there, pls tell me about the taegeukdo community at gamcheon, thanks!"),
 (G, "Sky Walk", "Bonjour 😊 is there a sky walk viewing deck at gamcheon village?"),
 (S, "No Flash or Tripods", "hey team, quick q: are tripods ok at the shirakawa-go light-up?"),
 (S, "Yui", "Guten Tag! any info on yui at shirakawa-go?"),
 (T, "Jinya-mae Market", "hiya 🙂 where's the smaller farmers' market in takayama, the jinya one?"),
 (T, "Miyagawa Market", "morning! @briefbot which takayama market is by the river?"),
 (U, "Jiufen Teahouse", "Ni hao! any info on the jiufen teahouse with the pottery gallery?"),
 (U, "Taxi Fares", "hello pls how much is a taxi from ruifang to jiufen"),
 (P, "Quiet Evenings", "Xin chào! can I play music in the evening at my sapa homestay?"),
 (P, "Rice Wine", "hi! is it rude to turn down rice wine at a sapa homestay? thanks 🙏"),
 (C, "Overnight Stay", "Sawasdee krub! can I stay overnight at a chiang mai elephant sanctuary?"),
 (C, "Half-Day Visit", "hey @briefbot quick q, half day elephant visit chiang mai?"),
 (C, "Full-Day Visit", "Hola! any info on the full-day elephant programme in chiang mai? gracias"),
 (J, "Toyokan", "hi, thanks for the help earlier! what's the Toyokan hut like on fuji?"),
]
SEC = "section"
Q["acr"] = [
 (F, "Fushimi Inari Night Hike", "what does KNWC stand for", SEC),
 (F, "Group Walking", "Kyoto Night Walk Council patrol"),
 (J, "Mount Fuji Yoshida Trail Mountain Huts", "FHOA meaning?", SEC),
 (B, "Bukchon Hanok Village Quiet Hours", "what does JDO stand for", SEC),
 (B, "Fines", "Jongno District Office fine amount"),
 (M, "Can I walk to the torii?", "can you walk out to the miyajima gate", SEC),
 (S, "Shirakawa-gō Gassho Village Light-Ups", "what does STA stand for at shirakawa-go", SEC),
 (T, "Takayama Morning Markets", "HTMA meaning?", SEC),
 (U, "Minimum Spend", "JTOA minimum spend"),
 (P, "Sapa Rice Terrace Homestays", "what does STTO stand for", SEC),
 (P, "Registered Homestays", "Sa Pa Town Tourism Office registration plaque"),
 (C, "Chiang Mai Elephant Sanctuaries", "EESS meaning?", SEC),
 (C, "Is riding allowed?", "does the Ethical Elephant Sanctuary Standard allow riding", SEC),
 (S, "Gassho-zukuri", "what does gassho-zukuri mean"),
 (S, "Doburoku", "define doburoku"),
 (G, "Maeul", "maeul meaning?"),
 (M, "What is the best time to visit?", "miyajima best time to visit", SEC),
 (C, "How do I recognise an ethical sanctuary?", "how can you tell an elephant sanctuary is ethical", SEC),
]
Q["tab"] = [
 (J, "Taishikan", "which fuji hut serves curry for dinner"),
 (J, "Kamaiwakan", "fuji hut with a terrace for watching the sunrise"),
 (F, "Teahouse Rest Stops", "can I get tea on the way up inari mountain in the evening"),
 (N, "Takamatsu to Miyanoura", "how long is the car ferry from takamatsu to naoshima"),
 (N, "Uno to Honmura", "boat from uno to the honmura side of naoshima"),
 (M, "100 to 250 cm", "what can I do at miyajima when the tide is between 100 and 250 cm"),
 (B, "Special Management Area", "which bukchon area restricts street vendors"),
 (G, "Haneul Maru", "what's the lookout house at the top of gamcheon called"),
 (T, "Craft Stalls", "when do the craft stalls open at takayama, can I pay by card"),
 (U, "Oriental Beauty", "which jiufen tea is made from insect-bitten leaves"),
 (U, "Pouchong", "tea from pinglin served in jiufen"),
 (P, "May", "when are the sapa paddies flooded like mirrors"),
 (C, "Forest Sanctuary", "chiang mai sanctuary where you only watch the elephants"),
]
Q["dis"] = [
 (F, "Headlamps", "do I need a headlamp for the fushimi inari night hike"),
 (J, "Headlamps", "do I need a headlamp on the fuji yoshida trail"),
 (F, "Restrooms", "toilets on the fushimi inari night hike"),
 (J, "Toilets", "toilets on the fuji yoshida trail"),
 (M, "Last Ferry", "when is the last ferry from miyajima"),
 (N, "Last Ferry", "when is the last ferry from naoshima"),
 (M, "Luggage Lockers", "luggage lockers on miyajima"),
 (N, "Luggage Lockers", "luggage lockers on naoshima"),
 (B, "Quiet Hours", "what are the quiet hours in bukchon"),
 (G, "Quiet Hours", "what are the quiet hours in gamcheon"),
 (B, "Photography of Residents", "can I photograph residents in bukchon"),
 (G, "Photography of Residents", "can I photograph residents in gamcheon"),
]
Q["none"] = [
 (None, None, "how many torii gates are there at fushimi inari"),
 (None, None, "how much does a bed in a fuji yoshida hut cost per night"),
 (None, None, "how tall is the miyajima torii gate"),
 (None, None, "how much is the ferry fare from uno to naoshima"),
 (None, None, "who was the architect of the chichu art museum"),
 (None, None, "what year did the bukchon curfew start"),
 (None, None, "how many stamps are on the gamcheon stamp map"),
 (None, None, "how many gassho houses are there in shirakawa-go"),
 (None, None, "what date is the first shirakawa-go light-up next year"),
 (None, None, "how many stalls are at the jinya-mae market"),
 (None, None, "what is the flat taxi fare from ruifang to jiufen in dollars"),
 (None, None, "how many elephants live at chiang mai sanctuaries"),
 (None, None, "how much does a sapa homestay cost per night"),
 (None, None, "how do I renew my passport online"),
 (None, None, "what's the weather in reykjavik tomorrow"),
 (None, None, "best pizza in naples"),
 (None, None, "how do I reset my router password"),
 (None, None, "when is the world cup final"),
 (None, None, "how to file a tax return in canada"),
 (None, None, "recipe for lasagne"),
 (None, None, "who won the 1998 chess olympiad"),
 (None, None, "how to replace a car battery"),
 (None, None, "what is the capital of australia"),
 (None, None, "python list comprehension syntax"),
 (None, None, "how many moons does jupiter have"),
 (None, None, "tesla stock price today"),
]
LEAKPUB = [
 "ha long bay cruise lifejacket shortfall figures",
 "which ha long bay operators will lose their licences",
 "ha long bay mystery shopper results",
 "overnight boat cap in ha long bay peak weeks",
 "HLBMB draft inspection figures",
 "ha long junk fire extinguisher expiry",
 "berth allocation dispute at tuan chau marina",
 "fuel surcharge ruling for ha long cruises",
 "did ha long cruise crews serve alcohol before swimming",
 "refund complaint backlog ha long bay tour agencies",
]
LEAKINT = [
 (H, "Lifejacket Shortfall", "how many junks were short of lifejackets in ha long bay"),
 (H, "Licence Suspensions", "which ha long operators face having their licence suspended"),
 (H, "Undercover Bookings", "ha long undercover booking results"),
 (H, "Kayak Supervision", "guests kayaking at dusk without a guide in ha long"),
 (H, "Waste Barge Contract", "status of the ha long waste barge contract"),
 (H, "Overnight Boat Cap", "draft cap on overnight boats in ha long bay"),
]

rows = []
for cat in ["para", "frag", "typo", "chat", "acr", "tab", "dis", "none"]:
    for i, q in enumerate(Q[cat], 1):
        doc, exp, text = q[0], q[1], q[2]
        match = q[3] if len(q) > 3 else "title"
        if doc is None:
            rows.append((f"{cat}{i:02d}", "public", "none", "", "", text))
        else:
            rows.append((f"{cat}{i:02d}", "public", match, doc, exp, text))
n = 0
for text in LEAKPUB:
    n += 1
    rows.append((f"leak{n:02d}", "public", "none", "", "", text))
for doc, exp, text in LEAKINT:
    n += 1
    rows.append((f"leak{n:02d}", "internal", "title", doc, exp, text))

with open("questions.tsv", "w", encoding="utf-8") as f:
    f.write("#id\taudience\tmatch\tdocs\texpected\tquestion\n")
    for r in rows:
        assert all("\t" not in c and "\n" not in c for c in r)
        f.write("\t".join(r) + "\n")
print(len(rows), "questions written")
