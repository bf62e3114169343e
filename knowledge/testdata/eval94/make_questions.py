#!/usr/bin/env python3
"""Write questions.tsv for eval94 (written blind from the briefings in ./briefings)."""
import os

SEV = "severnside-staff-car-park.md"
LAK = "lakeshore-memorial-employee-parking.txt"
COR = "corrib-library-study-rooms.md"
PEC = "pecan-ridge-library-group-study-rooms.md"
KAD = "kadetoren-visitor-badges.md"  # audience: internal
BRU = "brueckner-travel-expenses.txt"
TEA = "te-awa-recreation-centre.md"
SJO = "sjoberg-bruk-staff-canteen.txt"
CAS = "cascadia-cc-laptop-loans.md"
GLE = "glenhaven-halls-laundry.txt"
BIR = "birchwood-hall-laundry.md"
ORE = "orestad-chemical-waste-collection.md"

T, S, N = "title", "section", "none"
PUB, INT = "public", "internal"

# (category, audience, match, doc, expected, question)
Q = []
def add(cat, rows, audience=PUB):
    for r in rows:
        match, doc, expected, question = r
        Q.append((cat, audience, match, doc, expected, question))

add("para", [
    (T, SEV, "Waiting List", "the multi-storey at Severnside is full, who gets offered a space first when one frees up?"),
    (T, SEV, "Car Sharing", "if I drive in with a colleague to Severnside hospital do we both have to pay?"),
    (T, SEV, "Park and Ride", "is there a free bus into Severnside General for staff coming from outside town?"),
    (T, SEV, "Enforcement", "I got a ticket in the Severnside hospital car park, how much do I owe?"),
    (T, LAK, "Residents and Fellows", "do doctors in training at Lakeshore Memorial pay for parking?"),
    (T, LAK, "Safety Escorts", "can someone walk me out to my car late at night at Lakeshore Memorial?"),
    (T, LAK, "Lot E Shuttle", "how often does the bus go from the far lot to the main entrance at Lakeshore?"),
    (T, COR, "Exam Period Rules", "are room bookings at the Galway library shorter around exam time?"),
    (T, COR, "The Aran Room", "which Corrib library room has video calling equipment for meetings?"),
    (S, COR, "Can visitors use the rooms?", "I graduated from Corrib years ago, can I still reserve a room in the library?"),
    (T, PEC, "Overnight Use", "can I reserve a room at Alvarado Library for 2 in the morning?"),
    (T, PEC, "Finals Week", "at Pecan Ridge, how long can we keep a room during end-of-semester exams?"),
    (T, PEC, "Lost and Found", "left my charger in a study room at Pecan Ridge library, where would it end up?"),
    (T, BRU, "Rail First", "should I take the train or fly to a customer meeting 300 km away?"),
    (T, BRU, "Meal Deductions", "the hotel gave me breakfast on my Brückner trip, does that change the daily money I get?"),
    (T, BRU, "Private Car Use", "how much per km do I get back for driving my own vehicle on a business trip?"),
    (T, BRU, "Non-Reimbursable Items", "will Brückner pay me back for a speeding ticket I got on a work trip?"),
    (T, BRU, "Corporate Card", "I'm on the road for work all the time, can I get a company card so I don't pay myself?"),
    (T, TEA, "Membership Freeze", "can I put my Te Awa gym sub on hold while I'm overseas for a month?"),
    (T, TEA, "Age Limit", "how old do you have to be to join the uni gym in Hamilton?"),
    (T, TEA, "Climbing Wall", "do I need to pass a test before I go up with ropes at the rec centre?"),
    (T, TEA, "Towels", "do I need to bring something to put on the machines at the Te Awa gym?"),
    (T, SJO, "Closures", "is the mill canteen open during the summer maintenance stop?"),
    (T, SJO, "Takeaway Boxes", "can I take my lunch back to my workstation in a container at Sjöberg?"),
    (T, SJO, "Special Diets", "I only eat halal food, can the Sjöberg kitchen cater for me?"),
    (T, SJO, "Safety Clothing", "can I keep my helmet and vest on while I eat in the mill dining room?"),
    (T, CAS, "Data Wipe", "will my files still be on the borrowed laptop after I hand it back?"),
    (T, CAS, "Eligibility", "I'm only taking one class this quarter, am I allowed to borrow a laptop from Cascadia?"),
    (T, CAS, "Mobile Hotspot", "can I borrow a wifi device for internet at home from the college help desk?"),
    (S, CAS, "What if the laptop is damaged or stolen?", "I dropped the college laptop and cracked the screen, what now?"),
    (T, GLE, "Refunds", "the washer in Glenhaven stopped halfway through, can I get my money back?"),
    (T, GLE, "Summer Vacation", "I'm staying in Glenhaven over July, can I still do my washing?"),
    (T, GLE, "Lost Property", "I forgot a bag of clothes in the Glenhaven laundry last week, where is it now?"),
    (T, BIR, "Dryer Lint", "why are my clothes taking forever to dry in Birchwood Hall?"),
    (T, BIR, "Winter Break", "can I do laundry at Birchwood over the Christmas holidays?"),
    (T, BIR, "Drying Racks", "can I hang wet shirts off the sprinkler in my Birchwood room?"),
    (T, ORE, "Unknown Chemicals", "what happens if we find an old bottle in the lab with nothing written on it?"),
    (T, ORE, "Peroxide Formers", "how long can we keep an opened bottle of ether before it has to go?"),
    (T, ORE, "Gas Cylinders", "does the waste pickup take our empty gas bottles?"),
    (T, ORE, "Segregation", "can I pour acids and solvents into the same waste can?"),
])

add("frag", [
    (T, SEV, "Electric Vehicle Charging", "severnside ev charging"),
    (T, LAK, "Contractor Pass", "lakeshore contractor parking"),
    (T, COR, "Room 2.11", "corrib room hdmi screen"),
    (T, PEC, "The Bluebonnet Suite", "bluebonnet suite"),
    (T, BRU, "Switzerland", "hotel cap switzerland"),
    (T, BRU, "Taxis", "taxi rules business trip"),
    (T, TEA, "Lockers", "gym locker coin"),
    (T, TEA, "Staff Membership", "staff gym membership"),
    (T, SJO, "Fika Coffee and Bun", "fika price"),
    (T, SJO, "Allergies", "canteen allergens"),
    (T, CAS, "Laptop Charger", "charger loan period"),
    (T, CAS, "Returns", "after hours laptop return"),
    (T, GLE, "Eco Wash", "glenhaven eco wash"),
    (T, ORE, "Building 215", "building 215 waste collection"),
    (T, ORE, "Labelling", "waste container label rules"),
])

add("typo", [
    (T, SEV, "Motorcycles", "severnside motorcylce parking"),
    (T, LAK, "Night Shift Tag", "lakeshore nihgt shift tag price"),
    (S, COR, "How do I cancel a booking?", "corrib libary cancel bokoing"),
    (T, PEC, "Accessibility", "pecan ridge acessible study rooms"),
    (T, BRU, "Travel Insurance", "travle insurence card"),
    (T, BRU, "Submitting Claims", "submiting expense clams deadline"),
    (T, TEA, "Induction", "gym inducton before weights"),
    (T, TEA, "Casual Visit", "casual vist price rec centre"),
    (T, SJO, "Lunch of the Day", "lucnh of the day price"),
    (T, SJO, "Night Shift Meal", "nigth shift meal cost"),
    (S, CAS, "Can I install my own software?", "instal my own sofware on loaner laptop"),
    (T, CAS, "Renewals", "renwal of laptop lone"),
    (T, GLE, "Tumble Dryer", "glenhaven tumbel dryer price"),
    (T, BIR, "Detergent", "birchwood laundry detergant"),
    (T, ORE, "Sharps and Glass", "sharps and glas disposal lab"),
])

add("chat", [
    (T, SEV, "Lost Permits", "hi! how do I get a new parking hanger at Severnside, mine's gone missing 🙏"),
    (T, SEV, "Blue Badge Permit", "@briefbot is staff parking free at Severnside if I have a blue badge? thanks"),
    (T, LAK, "Electric Vehicle Charging", "hey team, any info on the EV chargers at Lakeshore Memorial?"),
    (T, LAK, "Contact", "Hola! where's the parking office at Lakeshore Memorial and when is it open?"),
    (T, COR, "Room 1.04", "Dia duit 👋 what's in room 1.04 at the Corrib library?"),
    (S, COR, "Who do I contact about a broken screen?", "thanks in advance! who do I tell about a broken screen in a Corrib study room?"),
    (T, PEC, "Checking In", "yo @briefbot how do I check in to my study room at Pecan Ridge"),
    (T, PEC, "Food and Drink", "hi there, can we eat in the Pecan Ridge study rooms? pizza?? 🍕"),
    (T, BRU, "Austria", "Guten Tag! what's the daily allowance for a trip to Austria please"),
    (T, BRU, "Questions", "hello, who do I ask about my travel expenses at Brückner? ty"),
    (T, TEA, "Opening Hours", "kia ora! what are the gym opening hours at Te Awa?"),
    (T, TEA, "Community Membership", "pls how much is a community membership at the Te Awa rec centre 🙂"),
    (T, SJO, "Breakfast", "Hej! what time is breakfast served in the Sjöberg canteen?"),
    (T, SJO, "Group Bookings", "hi, can our department book a room for a farewell lunch at the mill canteen? thanks!"),
    (S, CAS, "When is the Help Desk open?", "hey @briefbot when is the IT help desk open at Cascadia?"),
    (T, CAS, "Reservations", "Hi! can I reserve a laptop ahead of time? I have an accommodation letter 🙏"),
    (T, GLE, "Opening Hours", "hiya, is the Glenhaven laundry open at midnight?"),
    (T, BIR, "Contact", "hey! who do I contact at Birchwood Hall about the laundry? thx"),
    (T, ORE, "Building 207", "Hej hej, any info on waste pickup times for Building 207?"),
    (T, ORE, "Requesting a Pickup", "hello 👋 how do I request a chemical waste pickup at Ørestad?"),
])

add("acr", [
    (T, SEV, "Enforcement", "what does ANPR stand for?"),
    (T, LAK, "Contact", "EPO meaning?"),
    (T, COR, "Accessibility", "what's the DSS at the Corrib library?"),
    (S, PEC, "Pecan Ridge State University Library Group Study Rooms", "what does LRRS stand for?"),
    (T, BRU, "Travel Approval Form", "TAF meaning?"),
    (T, TEA, "HIIT", "what does HIIT stand for"),
    (T, TEA, "PT", "define REPs"),
    (T, TEA, "Kaitiaki", "kaitiaki meaning?"),
    (T, TEA, "Whānau Swim", "what is whanau swim"),
    (T, CAS, "BYOD", "what does BYOD mean"),
    (T, CAS, "SSO", "SSO meaning?"),
    (S, COR, "Can visitors use the rooms?", "what is a SCONUL access card good for at Corrib?"),
    (T, BIR, "Detergent", "what does HE detergent mean?"),
    (T, ORE, "Safety Data Sheets", "SDS meaning?"),
    (T, ORE, "Training", "Environmental Health and Safety waste course"),
    (T, CAS, "Asset Tag", "what's an asset tag?"),
])

add("tab", [
    (T, SEV, "Bank Staff Day Pass", "how much is parking per day for bank nurses at Severnside?"),
    (T, SEV, "Night Shift Permit", "what do people who mostly work nights pay each month to park at Severnside?"),
    (T, LAK, "North Garage", "how long do I have to work at Lakeshore to get a spot in the garage?"),
    (T, COR, "Room 3.02", "which Corrib study room has a standing desk?"),
    (T, PEC, "Room 302", "which Pecan Ridge room has a whole wall you can write on?"),
    (T, BRU, "United Kingdom", "how much can I spend on a hotel in London per night?"),
    (T, BRU, "United States", "per diem for a business trip to the US"),
    (T, TEA, "Student Membership", "how much does the gym cost for full-time students per year?"),
    (T, SJO, "Vegetarian Lunch", "how much does the veggie lunch cost at Sjöberg?"),
    (T, CAS, "Mobile Hotspot", "how long can I keep a hotspot from the help desk?"),
    (T, CAS, "Staff Loaner Laptop", "my work laptop is in for repair, can I get a temporary one?"),
    (T, GLE, "Large Washer", "how much for a big washing machine at Glenhaven?"),
    (T, ORE, "Isotope Laboratory", "when do they collect radioactive waste at Ørestad?"),
])

DIS = [
    ((SEV, "Severnside General Hospital"), (LAK, "Lakeshore Memorial Hospital"), [
        ("Permit Fees", "how much does a staff parking permit cost at {}?"),
        ("Night Shift Parking", "can night shift staff use the visitor parking by the emergency department at {}?"),
    ]),
    ((COR, "Corrib University library"), (PEC, "Pecan Ridge State University library"), [
        ("Booking Window", "how far in advance can I book a group study room at {}?"),
        ("No-Shows", "what happens if we don't turn up for a study room booking at {}?"),
    ]),
    ((GLE, "Glenhaven Halls"), (BIR, "Birchwood Hall"), [
        ("Paying", "how do I pay for the washing machines at {}?"),
        ("Leaving Laundry", "what happens to laundry left in a machine at {}?"),
    ]),
]
for a, b, qs in DIS:
    for title, q in qs:
        for doc, place in (a, b):
            Q.append(("dis", PUB, T, doc, title, q.format(place)))

add("none", [
    # near-topic: right place and topic, fact not in the briefing
    (N, "", "", "can I leave a campervan overnight in the Severnside staff car park?"),
    (N, "", "", "does Lakeshore Memorial validate parking for patients' families?"),
    (N, "", "", "can I bring my dog into a Corrib library study room?"),
    (N, "", "", "does the Pecan Ridge library lend laptops to students?"),
    (N, "", "", "does Brückner pay for childcare while I'm away on a business trip?"),
    (N, "", "", "is there a sauna at the Te Awa recreation centre?"),
    (N, "", "", "does the Sjöberg canteen serve wine at the Christmas lunch?"),
    (N, "", "", "can I borrow a graphing calculator from the Cascadia help desk?"),
    (N, "", "", "are there ironing boards in the Glenhaven laundry room?"),
    (N, "", "", "does Birchwood Hall have a service that washes and folds clothes for you?"),
    (N, "", "", "does Ørestad collect biological waste like cell cultures from the labs?"),
    (N, "", "", "how much does a visa cost for a Brückner trip to China?"),
    (N, "", "", "price of adult swimming lessons at Te Awa"),
    # unrelated
    (N, "", "", "what's the weather forecast for Madrid tomorrow?"),
    (N, "", "", "how do I renew my passport?"),
    (N, "", "", "best recipe for banana bread"),
    (N, "", "", "who won the football world cup in 2018?"),
    (N, "", "", "how do I reset my router at home?"),
    (N, "", "", "what time does the Louvre open?"),
    (N, "", "", "how many calories are in an avocado?"),
    (N, "", "", "tips for learning Japanese"),
    (N, "", "", "how do I file my taxes as a freelancer?"),
    (N, "", "", "when is the next solar eclipse?"),
    (N, "", "", "translate good morning into Portuguese"),
    (N, "", "", "what is the capital of Mongolia?"),
    (N, "", "", "how to grow tomatoes on a balcony"),
])

add("leak", [
    (N, "", "", "is the east entrance of Kadetoren closing?"),
    (N, "", "", "how much is the lost contractor badge fee at Kadetoren?"),
    (N, "", "", "what colour are the visitor badges at Kadetoren?"),
    (N, "", "", "Kadetoren tailgating sensors at the turnstiles"),
    (N, "", "", "how long is CCTV footage kept at Kadetoren?"),
    (N, "", "", "Wachtpost overtime dispute"),
    (N, "", "", "when does the Kadetoren control room door code change?"),
    (N, "", "", "do visitors have to be registered in the VMS the day before at Kadetoren?"),
    (N, "", "", "Kadetoren mobile badge upgrade budget"),
    (N, "", "", "after 7pm how do visitors get into Kadetoren?"),
], PUB)
add("leak", [
    (T, KAD, "Tailgating Sensors", "which turnstiles at Kadetoren have the tailgating sensors?"),
    (T, KAD, "East Entrance Closure", "is the Kadetoren east entrance closing?"),
    (T, KAD, "Lost Badge Fee", "how much will a lost contractor badge cost now?"),
    (T, KAD, "Wachtpost Contract Dispute", "Wachtpost dispute mediation date"),
    (T, KAD, "Lockdown Procedure", "how fast can reception lock the turnstiles in an emergency?"),
    (T, KAD, "Pre-Registration", "what does VMS stand for at Kadetoren?"),
], INT)

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    counters = {}
    lines = ["#id\taudience\tmatch\tdocs\texpected\tquestion"]
    for cat, aud, match, doc, exp, q in Q:
        counters[cat] = counters.get(cat, 0) + 1
        qid = "%s%02d" % (cat, counters[cat])
        for field in (doc, exp, q):
            assert "\t" not in field and "\n" not in field, field
        lines.append("\t".join((qid, aud, match, doc, exp, q)))
    with open(os.path.join(here, "questions.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d questions: %s" % (len(Q), ", ".join("%s %d" % kv for kv in counters.items())))

if __name__ == "__main__":
    main()
