#!/usr/bin/env python3
"""Write questions.tsv for eval98 (sport, fitness and leisure facilities).

Written blind from the briefings in ./briefings alone."""
import os

PO = "porto-gym-memberships.md"
TO = "toronto-gym-memberships.txt"
LE = "leeds-climbing-wall-induction.md"
MU = "munich-climbing-hall-induction.txt"
DU = "dublin-tennis-club-courts.md"
MA = "madison-tennis-center-courts.txt"
AL = "algarve-golf-tee-times.md"
SO = "soll-ski-school-lessons.txt"
HA = "hamburg-rowing-club-internal.md"
MO = "montreal-judo-dojo.md"
CO = "cork-youth-football-league.md"
DE = "denver-bowling-party-bookings.txt"

T, S, N = "title", "section", "none"
PUB, INT = "public", "internal"

# (category, audience, match, doc, expected, question)
Q = []

def add(cat, match, doc, expected, question, audience=PUB):
    Q.append((cat, audience, match, doc, expected, question))

# para: everyday paraphrases, few of the entry's own words
for doc, exp, q in [
    (PO, "Membership Freeze", "can I put my Ginásio Atlântico plan on hold while I'm abroad for two months?"),
    (PO, "Student Rate", "is there a discount for uni students at the gym in Porto?"),
    (PO, "Parking", "where can I leave my car when I train at the Boavista club in Porto?"),
    (PO, "Pool Access", "can I go swimming at the Ribeira club of Ginásio Atlântico?"),
    (TO, "Cancellation Notice", "how do I quit my Queen West Fitness contract?"),
    (TO, "Monthly Billing", "what happens if my dues payment bounces at Queen West Fitness?"),
    (TO, "Dress Code", "can I work out in sandals at Queen West Fitness in Toronto?"),
    (TO, "Key Fob", "I lost the electronic tag that opens the door at Queen West Fitness, what do I do?"),
    (TO, "Lost and Found", "I left my water bottle at Queen West Fitness last week, will they still have it?"),
    (LE, "Belay Test", "do staff need to check I can hold a rope before I use the roped walls at Kirkstall?"),
    (LE, "Children's Sessions", "my 8 year old wants to try climbing at Kirkstall in Leeds, when can she go?"),
    (LE, "Route Setting", "why is part of the bouldering area shut on Tuesdays at Kirkstall?"),
    (LE, "Chalk Rules", "can I bring my own bag of powder to the Leeds climbing centre?"),
    (MU, "Rope Hire", "can I borrow a rope at the Munich climbing hall and what's the deposit?"),
    (MU, "Sauna", "is there somewhere to sweat it out after climbing at Kletterhalle Isartal?"),
    (MU, "Bike Parking", "which U-Bahn stop is closest to Kletterhalle Isartal?"),
    (DU, "Floodlights", "how late can we play under the lights at Dodder Valley and what does it cost?"),
    (DU, "Clay Courts", "are the red courts at Dodder Valley open in winter?"),
    (DU, "Waiting List", "how long would I wait to get in as an adult at Dodder Valley tennis club?"),
    (DU, "Social Tennis", "can I just turn up for a friendly hit on a Tuesday evening at Dodder Valley?"),
    (MA, "Indoor Court Fees", "how much to rent a court inside in winter at Lakeview in Madison?"),
    (MA, "Cancellation Policy", "if I can't make my reserved court at Lakeview Tennis Center do I still pay?"),
    (MA, "Wheelchair Tennis", "is there adaptive tennis for disabled players at Lakeview Madison?"),
    (MA, "Front Desk", "what's the phone number for Lakeview Tennis Center?"),
    (AL, "Tee Time Booking", "how far in advance can visitors reserve a round at Quinta da Ribeira?"),
    (AL, "Handicap Limits", "what's the highest index a visiting woman golfer can have at Quinta da Ribeira?"),
    (AL, "Pace of Play", "how long should 18 holes take at Quinta da Ribeira?"),
    (AL, "Practice Ground", "when does the driving range open at the golf club near Almancil?"),
    (SO, "Bambini Club", "my 3 year old wants to learn to ski in Söll, is there anything for toddlers?"),
    (SO, "Meeting Point", "where do the ski groups gather in the morning in Söll?"),
    (SO, "Cancellation Refund", "do I get my money back if my ski lessons in Söll are called off because of a storm?"),
    (SO, "Boot Storage", "is there a heated place to keep my ski boots overnight at the Söll valley station?"),
    (MO, "How do I sign up for a trial class?", "what should I wear to my first free judo class in Montréal?"),
    (MO, "How do I pause my membership?", "can I take a break from the judo dojo while I'm travelling?"),
    (MO, "Late Arrival", "what do I do if I show up after class has started at the dojo?"),
    (CO, "Which age group will my child play in?", "my son was born in 2015, which team level will he be in the Cork league?"),
    (CO, "Concussion Rule", "how long must a kid sit out after a head knock in Cork youth football?"),
    (CO, "Playing Time", "does every child get to play at least half the game in the Cork youth league?"),
    (DE, "Outside Food", "can we bring our own snacks to a party at Copperline Lanes?"),
    (DE, "Deposit", "do we get the booking money back at Copperline Lanes if we cancel?"),
]:
    add("para", S if doc in (MO, CO) and exp.endswith("?") else T, doc, exp, q)

# frag: 2-4 word search fragments
for doc, exp, q in [
    (PO, "Student Rate", "porto gym student price"),
    (TO, "Enrollment Fee", "queen west enrollment fee"),
    (LE, "Ten-Visit Card", "kirkstall ten visit card"),
    (MU, "Rope Hire", "isartal rope hire"),
    (DU, "Waiting List", "dodder valley waiting list"),
    (MA, "Pickleball", "lakeview pickleball courts"),
    (AL, "Twilight Green Fee", "twilight green fee"),
    (AL, "Buggy Hire", "buggy hire algarve"),
    (SO, "Freeride Guiding", "söll freeride guiding"),
    (SO, "Lunch Supervision", "ski school lunch"),
    (MO, "Kids Judo", "kids judo fees"),
    (CO, "Do coaches need Garda vetting?", "garda vetting coaches"),
    (DE, "Glow Party", "glow bowling party"),
    (DE, "Lane Hourly Rate", "bowling lane hourly rate"),
    (MU, "Sauna", "munich climbing sauna"),
]:
    add("frag", S if exp.endswith("?") else T, doc, exp, q)

# typo: misspellings, swapped letters
for doc, exp, q in [
    (PO, "Membership Freeze", "membrship freze porto gym"),
    (TO, "Personal Training", "queen west persnal trainer price"),
    (LE, "Shoe Hire", "kirkstall climbing shoe hier"),
    (MU, "Opening Times", "kletterhalle isartal opning tiems"),
    (DU, "Floodlights", "dodder valley flodlights cost"),
    (MA, "Ball Machine", "lakeview tennis ball machien rental"),
    (AL, "Starter Check-in", "quinta da ribiera starter chek in"),
    (AL, "Medal Competitions", "monthly medal competiton entry loule"),
    (SO, "Snowboard Courses", "snowbaord courses soll"),
    (SO, "Ski Hire", "ski hrie prices for kids söll"),
    (MO, "Hygiene", "judo dojo hygeine rules jewlery"),
    (MO, "Brazilian Jiu-Jitsu", "brazillian jiu jistu fee montreal"),
    (CO, "Transfer Fee", "cork leauge transfer fee"),
    (DE, "Bumpers", "copperline bumpres for kids"),
    (CO, "Referee Abuse", "refferee abuse fine cork"),
]:
    add("typo", T, doc, exp, q)

# chat: greetings, thanks, @briefbot, pls, emoji, other languages
for doc, exp, q in [
    (PO, "Guest Passes", "hi! any info on bringing a friend to the Porto gym? 🙏"),
    (PO, "Opening Hours", "@briefbot what time does Ginásio Atlântico close on Sundays?"),
    (PO, "Towel Service", "Olá! how much is a towel at Ginásio Atlântico? obrigada"),
    (TO, "Minimum Age", "hey there, how old do you have to be to join Queen West Fitness? thanks"),
    (TO, "Corporate", "pls what's the corporate rate at Queen West Fitness"),
    (MU, "Early Bird", "Hallo 👋 how much is the Early Bird ticket at Kletterhalle Isartal?"),
    (MU, "Waiver Form", "hiya, does my 16 year old need a signed consent form to climb at Isartal? cheers"),
    (LE, "Injuries", "good morning! who do I tell if I hurt myself at Kirkstall climbing? ty"),
    (LE, "Young Climbers", "@briefbot can my 13 year old boulder alone at Kirkstall pls"),
    (DU, "Club Championships", "Dia duit! when are the club championships at Dodder Valley?"),
    (DU, "Peak Hours", "hey 🎾 what counts as peak time for courts at Dodder Valley?"),
    (MA, "Household", "hi, how much is a household membership at Lakeview Tennis Center? thanks!"),
    (MA, "USTA Leagues", "yo @briefbot when do the adult league teams play at Lakeview?"),
    (AL, "Club Set Hire", "Bom dia! how much to hire a set of clubs at Quinta da Ribeira? obrigado"),
    (SO, "Lift Passes", "Grüß Gott! is the lift pass included with ski lessons in Söll?"),
    (SO, "Lost Child Procedure", "hello, what happens if my child gets lost during ski school in Söll? 😟"),
    (MO, "How do I get a judogi?", "Bonjour! do you sell judo uniforms at the dojo in Montréal?"),
    (CO, "Match Day", "hi there, what time do matches kick off on a Saturday in the Cork youth league? thx"),
    (DE, "Party Host", "hey! any info on who runs the party at Copperline Lanes? 🎳"),
    (DE, "Party Times", "hi briefbot, what time can kids' birthday parties start at Copperline? thanks so much"),
]:
    add("chat", S if exp.endswith("?") else T, doc, exp, q)

# acr: acronyms, glossaries, FAQ entries
for doc, match, exp, q in [
    (PO, T, "Personal Training", "what does PT stand for at Ginásio Atlântico?"),
    (TO, T, "Monthly Billing", "EFT meaning?"),
    (LE, S, "Kirkstall Climbing Centre, Leeds: Induction and Visitor Rules", "what does BMC stand for?"),
    (MU, S, "Kletterhalle Isartal München", "DAV meaning?"),
    (DU, T, "Junior Coaching", "what is the JDP at the tennis club?"),
    (DU, S, "Dodder Valley Lawn Tennis Club, Dublin", "what does DVLTC stand for?"),
    (AL, T, "WHS", "what does WHS stand for in golf?"),
    (AL, T, "PCC", "Playing Conditions Calculation abbreviation"),
    (AL, T, "SR", "what is the slope rating?"),
    (AL, T, "FPG", "FPG meaning?"),
    (SO, S, "Skischule Hohe Salve Söll", "what does TSLV stand for?"),
    (MO, S, "Dojo Côte-des-Neiges, Montréal: Member FAQ", "define IJF"),
    (CO, S, "Cork & District Youth Football League: Registration 2026/27", "what does CDYFL stand for?"),
    (DE, T, "Adult Leagues", "USBC meaning?"),
    (MO, S, "What is a kyu grade?", "what's a kyu grade in judo?"),
    (LE, T, "Auto-belay", "what is an auto-belay?"),
]:
    add("acr", match, doc, exp, q)

# tab: answers in table rows, asked in the asker's words
for doc, exp, q in [
    (PO, "Família", "how much is the plan for two parents and a teenager at Ginásio Atlântico?"),
    (PO, "Essencial", "what's the cheapest weekday-daytime plan at the Porto gym?"),
    (TO, "Drop-In", "how much for a single visit to Queen West Fitness without being a member?"),
    (TO, "Premium", "which Queen West Fitness plan lets me in at 3 a.m.?"),
    (LE, "Concession", "is there a cheaper ticket at Kirkstall for pensioners?"),
    (MU, "Reduced Entry", "Isartal entry price for a 15 year old?"),
    (DU, "Young Adult", "how much does a 21 year old pay to join Dodder Valley?"),
    (DU, "Off-Peak Adult", "can I join Dodder Valley just to play on weekday afternoons, and for how much?"),
    (MA, "Senior", "annual fee for retirees at Lakeview Tennis Center?"),
    (AL, "18-Hole Green Fee", "how much is a full round for a visitor at Quinta da Ribeira?"),
    (SO, "Full-Day Private", "price of a 4 hour private ski instructor in Söll"),
    (CO, "Late Registration", "what does the Cork league charge if a club signs up a player after the deadline?"),
    (DE, "Corporate Event", "company bowling night for 50 staff at Copperline, what's the price per head?"),
]:
    add("tab", T, doc, exp, q)

# dis: identical questions asked once per document of a near-topic pair
for exp, tmpl, pair in [
    ("Membership Freeze", "how do I freeze my membership at {}?", [(PO, "Ginásio Atlântico in Porto"), (TO, "Queen West Fitness in Toronto")]),
    ("Guest Passes", "how many guests can I bring to {}?", [(PO, "Ginásio Atlântico in Porto"), (TO, "Queen West Fitness in Toronto")]),
    ("Day Entry", "how much is a day ticket at {}?", [(LE, "Kirkstall Climbing Centre in Leeds"), (MU, "Kletterhalle Isartal in Munich")]),
    ("Belay Test", "do I need a belay test at {}?", [(LE, "Kirkstall Climbing Centre in Leeds"), (MU, "Kletterhalle Isartal in Munich")]),
    ("Dress Code", "what shoes do I need on the courts at {}?", [(DU, "Dodder Valley tennis club in Dublin"), (MA, "Lakeview Tennis Center in Madison")]),
    ("Guest Fees", "how much does it cost to bring a guest to play at {}?", [(DU, "Dodder Valley tennis club in Dublin"), (MA, "Lakeview Tennis Center in Madison")]),
]:
    for doc, place in pair:
        add("dis", T, doc, exp, tmpl.format(place))

# none: 13 near-topic (right place and topic, fact absent) + 13 unrelated
for q in [
    "is there a crèche for small children at Ginásio Atlântico in Porto?",
    "does Queen West Fitness in Toronto offer a military discount?",
    "can I bring my dog to Kirkstall Climbing Centre?",
    "is there a speed climbing wall at Kletterhalle Isartal?",
    "does Dodder Valley tennis club have a padel court?",
    "does Lakeview Tennis Center restring rackets?",
    "can I book a caddie at Quinta da Ribeira golf club?",
    "can I hire cross-country skis from the Söll ski school?",
    "does the Montréal judo dojo run women-only classes?",
    "does the Cork youth football league run a winter futsal league?",
    "can I buy a gift card at Copperline Lanes in Denver?",
    "is there night skiing in Söll?",
    "is there a junior golf academy at Quinta da Ribeira?",
    "how do I renew my passport?",
    "which day is glass recycling collected?",
    "how much does a dog licence cost?",
    "when is the next council tax payment due?",
    "where can I get a flu vaccine?",
    "how do I report a pothole on my street?",
    "what's a good sourdough starter recipe?",
    "how do I apply for a fishing licence?",
    "what time does the farmers market open on Saturday?",
    "how do I switch electricity supplier?",
    "when do the clocks go back this year?",
    "how do I register a used car?",
    "what's the tram fare to the airport?",
]:
    add("none", N, "", "", q)

# leak: public questions about the internal briefing (none), internal questions expecting it
for q in [
    "is the rowing club fee going up next year in Hamburg?",
    "what happened in the capsize at Krugkoppelbrücke?",
    "is Ruderclub Alsterufer selling its wooden eight Möwe?",
    "Ruderclub Alsterufer coaching dispute",
    "why was a member suspended at the Alster rowing club?",
    "how many members does Ruderclub Alsterufer have now?",
    "is there a cold water rule for single sculls on the Alster?",
    "rowing club boathouse roof loan",
    "when does the head coach's contract end at Ruderclub Alsterufer?",
    "junior rowing squad cap Hamburg",
]:
    add("leak", N, "", "", q)
for exp, q in [
    ("Eight Replacement", "what did the board decide about the old wooden rowing boat Möwe?"),
    ("Collision with Alster ferry", "what happened when the double scull hit the Alster ferry?"),
    ("Coaching Dispute", "who is mediating the crew selection disagreement at the rowing club?"),
    ("Draft Fee Rise", "what's the proposed new monthly rowing fee for adults at Alsterufer?"),
    ("Safety Review", "what changed for coach launches after the June capsize?"),
    ("Insurance Claim", "how much is the excess on the rowing club's insurance claim?"),
]:
    add("leak", T, HA, exp, q, audience=INT)

counters = {}
rows = []
for cat, aud, match, doc, exp, q in Q:
    counters[cat] = counters.get(cat, 0) + 1
    qid = "%s%02d" % (cat, counters[cat])
    for f in (aud, match, doc, exp, q):
        assert "\t" not in f and "\n" not in f
    rows.append("\t".join([qid, aud, match, doc, exp, q]))

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.tsv")
with open(out, "w", encoding="utf-8") as fh:
    fh.write("#id\taudience\tmatch\tdocs\texpected\tquestion\n")
    fh.write("\n".join(rows) + "\n")
print("wrote %d questions to %s" % (len(rows), out))
print(", ".join("%s %d" % kv for kv in counters.items()))
