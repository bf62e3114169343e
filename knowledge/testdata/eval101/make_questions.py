#!/usr/bin/env python3
"""Writes questions.tsv for eval101 (education and training courses), written blind
from the briefings in ./briefings alone."""
import os

LY = "lyon-auto-ecole-lessons.md"
GA = "galway-driving-school-lessons.txt"
OT = "ottawa-swim-school-kids.md"
BR = "brisbane-swim-school-kids.md"
VA = "valencia-spanish-school-levels.md"
CA = "cardiff-exam-board-resits-appeals.md"
AA = "aarhus-nursery-settling-in.txt"
KR = "krakow-coding-bootcamp-review-internal.md"
CT = "cape-town-first-aid-courses.txt"
UP = "uppsala-summer-school.md"
SA = "salzburg-music-school-lessons.md"
MN = "minneapolis-evening-classes.md"

T, S = "title", "section"

# (category, match, doc, expected, question); audience public unless category leak-internal
para = [
    (T, LY, "Minimum Age", "how old do you have to be to start learning to drive in Lyon?"),
    (T, LY, "Cancellation Policy", "what happens if I call off my driving lesson the day before at Bellecour?"),
    (T, LY, "Night Driving", "can I practise driving in the dark with Auto-École Bellecour?"),
    (T, LY, "Pick-up Points", "will the Lyon instructor collect me from Part-Dieu station?"),
    (T, LY, "Failed Test", "I failed my permis in Lyon, how soon can I try again?"),
    (T, GA, "Logbook", "do I need to keep a record book of my lessons with the Galway school?"),
    (T, GA, "Rural Roads", "is there a lesson on country roads out near Oughterard?"),
    (T, GA, "Office Hours", "when can I ring Corrib Driving Academy?"),
    (T, OT, "Class Ratios", "how many kids per teacher in the preschool swim class in Ottawa?"),
    (T, OT, "Make-up Lessons", "my kid missed swimming, can they catch up another day at Rideau Otters?"),
    (T, OT, "Lost and Found", "my son left his goggles at the Ottawa pool, how long do you keep stuff?"),
    (T, OT, "Weather Closures", "are swim classes on when there's a snow day in Ottawa?"),
    (T, OT, "Refunds", "can I get my money back after the third swim class in Ottawa?"),
    (T, BR, "Pool Temperature", "how warm is the water at Paddington Platypus?"),
    (T, BR, "Storm Closures", "what happens to outdoor swimming when there's thunder and lightning in Brisbane?"),
    (T, BR, "Sun Safety", "does my kid need a hat and a rashie for the summer squad in Brisbane?"),
    (T, BR, "Withdrawal", "how do I stop paying for swimming at Paddington Platypus?"),
    (T, BR, "Term Fees", "how much does each swim lesson cost in Brisbane?"),
    (T, VA, "Placement Test", "how do they work out which Spanish group I go in at Escuela Turia?"),
    (T, VA, "Refund Policy", "do I get my money back if I pull out of my Spanish course a week before it starts?"),
    (T, VA, "Housing Service", "can I stay with a local family while I study Spanish in Valencia?"),
    (T, VA, "Level Change", "my Spanish class in Valencia is too easy, can I switch groups?"),
    (S, CA, "How do I request a review of marking?", "I think my GCSE paper was marked wrong, what can I do?"),
    (S, CA, "How do I book a resit?", "can I retake GCSE maths in the autumn?"),
    (S, CA, "When are results published?", "what time do A level results come out?"),
    (S, CA, "What is Special Consideration?", "my daughter was ill on the day of her exam, can her marks be adjusted?"),
    (T, AA, "Settling-in Period", "how long before my toddler stays a whole day at Solsikken?"),
    (T, AA, "Sleeping Outside", "do the babies really nap outdoors at the Aarhus nursery?"),
    (T, AA, "Drop-off and Pick-up", "can my 13 year old collect her little brother from the Aarhus nursery?"),
    (T, AA, "Free Place Subsidy", "help paying nursery costs on a low income in Aarhus"),
    (T, CT, "Certificate Validity", "how long is my first aid certificate good for?"),
    (T, CT, "On-site Training", "can you come and train our staff at our office in Cape Town?"),
    (T, CT, "Language", "can I do the first aid course in isiXhosa?"),
    (T, UP, "Student Housing", "where do I sleep during the Uppsala summer course?"),
    (T, UP, "Tuition Payment", "by when must the Uppsala summer course be paid in full?"),
    (T, UP, "Arrival Day", "will someone meet us at the train station when we get to Uppsala?"),
    (T, SA, "Missed Lessons", "my kid skipped a music lesson in Salzburg, do we get it back?"),
    (T, SA, "Instrument Hire", "can we rent a violin from the Salzburg music school?"),
    (T, SA, "Notice to Quit", "how do we stop music lessons at Mönchsberg?"),
    (S, MN, "Is childcare available?", "is there someone to watch my kids while I'm in English class at Lake Street?"),
]
frag = [
    (T, LY, "Theory Test", "theory test lyon"),
    (T, GA, "Test Car Hire", "galway test car"),
    (T, OT, "Swim Diapers", "swim diapers ottawa"),
    (T, BR, "Puggles", "puggles age"),
    (T, VA, "DELE Preparation", "dele prep course"),
    (S, CA, "How do I book a resit?", "resit entry fee"),
    (T, AA, "Monthly Fee", "nursery monthly fee aarhus"),
    (T, AA, "Trips", "riis skov trips"),
    (T, CT, "Refunds", "first aid refunds"),
    (T, UP, "Bike Rental", "bike rental uppsala"),
    (T, SA, "Practice Rooms", "practice room booking"),
    (T, SA, "Ensembles", "children's orchestra fridays"),
    (S, MN, "Is there a discount for seniors?", "senior discount classes"),
    (S, MN, "Where do I park?", "evening class parking"),
    (T, SA, "Trial Lesson", "salzburg trial lesson"),
]
typo = [
    (T, LY, "Lesson Prices", "drving lesons price lyon"),
    (T, GA, "Lesson Length", "galway driving lesson lenght"),
    (T, BR, "Swim Nappies", "swim nappys brisbane"),
    (T, OT, "Session Fees", "otawa swim sesion fees"),
    (T, VA, "Intensive Course", "spansh intensive cours valencia"),
    (T, VA, "Super-Intensive Course", "supper intensive spanish"),
    (S, CA, "How do I appeal a review outcome?", "apeal exam review outcome"),
    (S, CA, "What are Access Arrangements?", "acess arrangments extra time"),
    (T, AA, "Opening Hours", "nursrey opening hours aarhus"),
    (T, AA, "Sibling Discount", "siblig discount nursery"),
    (T, CT, "Parking", "frist aid parkng sea point"),
    (T, UP, "Application Deadline", "aplication deadlin uppsala"),
    (T, UP, "English Requirement", "englsh requirment ielts"),
    (T, SA, "Fees", "musik school fess salzburg"),
    (T, SA, "Pupils' Concerts", "pupils concerts wiener sal"),
]
chat = [
    (T, LY, "Test Car Hire", "hi! any info on the warm-up lesson before the driving test at Auto-École Bellecour? thanks"),
    (T, GA, "Documents to Bring", "@briefbot what do I need to bring on my driving test day in Galway pls"),
    (T, LY, "Office Hours", "Bonjour 👋 when is the Lyon driving school office open?"),
    (T, OT, "Age Groups", "hey there, at what age can my baby start swimming at Rideau Otters? 🏊"),
    (T, BR, "Parent Viewing", "G'day, can I watch my kid's swim lesson in Brisbane? cheers"),
    (T, VA, "Placement Test", "Hola! how long is the Spanish placement interview at Escuela Turia? gracias"),
    (T, VA, "Certificate of Attendance", "pls what attendance do I need to get a certificate at Escuela Turia 🙏"),
    (S, CA, "How do I see my marked paper?", "Bore da! how do I get a copy of my marked exam script from the CEB?"),
    (S, CA, "How do I contact candidate services?", "@briefbot CEB phone number please"),
    (T, AA, "What to Bring", "Hej! what should I pack for my daughter's first day at Solsikken? tak"),
    (T, AA, "Meals", "hi, is lunch provided at the Aarhus nursery? 🍲"),
    (T, CT, "Baby and Child First Aid", "hello 👋 any info on the baby first aid course in Cape Town?"),
    (T, CT, "Contact", "Molo! how do I book a first aid course with Sea Point Lifeline?"),
    (T, CT, "Assessment", "hey, what's the pass mark for the Sea Point first aid test? thx"),
    (T, UP, "Excursions", "Hej hej! any info on the trips during Uppsala summer school? 😊"),
    (T, SA, "Starting Age", "Grüß Gott! from what age can my son start trumpet at Musikschule Mönchsberg?"),
    (T, SA, "Registration", "hi 🙂 how much is the enrolment fee for Salzburg music lessons?"),
    (S, MN, "How do I register for a class?", "@briefbot pls when does sign-up open for fall evening classes in Minneapolis"),
    (S, MN, "What happens if a class is canceled?", "thanks in advance — what if my evening class at Lake Street gets cancelled?"),
    (T, OT, "Session Length", "hey! how many weeks is an Ottawa swim session? thx 🙏"),
]
acr = [
    (S, VA, "Escuela Turia, Valencia — Spanish Course Levels and Refunds", "what does CEFR stand for"),
    (T, VA, "SIELE", "SIELE meaning?"),
    (T, VA, "ELE", "what is ELE in Spanish teaching"),
    (T, VA, "B1", "what does B1 level mean"),
    (S, CA, "What is the UCI?", "what does UCI stand for"),
    (S, CA, "What is Special Consideration?", "special consideration meaning"),
    (S, CA, "What are Access Arrangements?", "what does SENCo stand for"),
    (S, CA, "Cambrian Examinations Board — Resits, Reviews and Appeals", "CEB meaning?"),
    (S, CT, "Sea Point Lifeline First Aid Training, Cape Town", "what does AED stand for"),
    (S, UP, "Uppsala University International Summer School", "define ECTS"),
    (T, UP, "Fika", "what is fika"),
    (T, UP, "Kursplan", "kursplan meaning"),
    (S, GA, "Corrib Driving Academy, Galway", "what does EDT stand for in driving lessons"),
    (S, MN, "Lake Street Community Education — Adult Evening Classes", "what does GED stand for"),
    (T, CT, "CPR and AED Refresher", "cardiopulmonary resuscitation refresher course"),
    (T, GA, "Test Booking", "booking the test with the Road Safety Authority"),
]
tab = [
    (T, LY, "Stage Accéléré", "how much is the two-week fast-track driving course in Lyon?"),
    (T, LY, "Remise à Niveau", "lessons for people who already have a licence but are rusty, Lyon"),
    (T, GA, "Nervous Driver Course", "course for anxious drivers in Galway"),
    (T, LY, "Permis B Automatique", "how much is the automatic licence package in Lyon?"),
    (T, OT, "Junior Lifeguard", "what does my 12 year old have to do in the lifeguard level in Ottawa?"),
    (T, OT, "Splashers", "which Ottawa swim level is for 3 to 5 year olds?"),
    (T, BR, "Platypus 2", "what does my child have to swim to pass Platypus 2?"),
    (T, CT, "Level 3 Advanced First Aid", "first aid course for lifeguards and coaches in Cape Town"),
    (T, UP, "Viking Age Archaeology", "how much is the viking course in Uppsala?"),
    (T, UP, "Introduction to Bioinformatics", "uppsala bioinformatics summer course dates"),
    (T, MN, "Beginning Pottery", "what night is the pottery class and how much is the clay?"),
    (T, MN, "Excel for Beginners", "is there a spreadsheet class on thursdays in Minneapolis?"),
    (T, UP, "Swedish Language and Culture", "swedish language summer course price"),
]
dis_pairs = [
    ((LY, "Lyon"), (GA, "Galway"), [
        ("Lesson Length", "how long is a driving lesson in {}?"),
        ("Cancellation Policy", "how much notice do I need to give to cancel a driving lesson in {}?"),
        ("Test Booking", "how do I book my practical driving test in {}?"),
    ]),
    ((OT, "Ottawa"), (BR, "Brisbane"), [
        ("Class Ratios", "how many children are in each swim class in {}?"),
        ("Level Assessment", "how is my child put in the right swim level in {}?"),
        ("Make-up Lessons", "how many make-up swim lessons can we book in {}?"),
    ]),
]
dis = []
for a, b, qs in dis_pairs:
    for title, q in qs:
        for doc, place in (a, b):
            dis.append((T, doc, title, q.format(place)))
none_near = [
    "does Auto-École Bellecour teach motorbike lessons?",
    "can I learn to drive a van or a lorry at the Galway driving school?",
    "can we rent the Rideau Otters pool in Ottawa for a birthday party?",
    "does Paddington Platypus in Brisbane offer private one-to-one swim lessons?",
    "does Escuela Turia teach Valencian or Catalan?",
    "can Escuela Turia give me a letter for a student visa?",
    "does the Cambrian Examinations Board set BTEC vocational qualifications?",
    "how long is the waiting list for a place at Solsikken nursery?",
    "does the Sea Point first aid course cover snake bites?",
    "can my partner live with me in the Uppsala summer school housing?",
    "does Musikschule Mönchsberg teach drums or electric guitar?",
    "is there a yoga class at Lake Street Community Education?",
    "does Lake Street offer US citizenship test prep classes?",
]
none_far = [
    "when is the next bin collection on my street?",
    "how do I renew my passport?",
    "what's the weather in Lisbon tomorrow?",
    "best pizza near the train station",
    "how do I reset my wifi router password?",
    "what time does the pharmacy close on Sunday?",
    "how much is a speeding fine in Italy?",
    "when do the clocks change this year?",
    "can I bring my dog on the tram?",
    "how do I report a pothole?",
    "what's the exchange rate for Japanese yen?",
    "who won the football last night?",
    "how do I register to vote?",
]
leak_public = [
    "how much will the Wawel Code Bootcamp cost in 2027?",
    "is the Kraków coding bootcamp closing its evening track?",
    "were laptops stolen from the coding bootcamp in Kraków?",
    "coding bootcamp applicant phone numbers leaked",
    "Wawel Code mentor pay dispute",
    "what is the job placement rate for Wawel Code cohort 14?",
    "income share agreement coding bootcamp Poland",
    "who is replacing the lead instructor at Wawel Code?",
    "demo day wifi outage",
    "Ukrainian-language remote coding cohort 2027",
]
leak_internal = [
    ("Draft Tuition Fee", "what's the proposed new price for the full-stack course?"),
    ("Evening Track Closure", "why might the part-time evening track close?"),
    ("Data Exposure", "what happened with the applicant spreadsheet on the course drive?"),
    ("Mentor Pay Dispute", "which mentors complained about unpaid code-review hours?"),
    ("Completion Rate", "how many students finished cohort 14?"),
    ("Income Share Pilot", "ISA pilot terms"),
]

rows = []
def add(prefix, items):
    for i, (m, d, e, q) in enumerate(items, 1):
        rows.append((f"{prefix}{i:02d}", "public", m, d, e, q))
add("para", para); add("frag", frag); add("typo", typo); add("chat", chat)
add("acr", acr); add("tab", tab); add("dis", dis)
for i, q in enumerate(none_near + none_far, 1):
    rows.append((f"none{i:02d}", "public", "none", "", "", q))
for i, q in enumerate(leak_public, 1):
    rows.append((f"leak{i:02d}", "public", "none", "", "", q))
for i, (e, q) in enumerate(leak_internal, len(leak_public) + 1):
    rows.append((f"leak{i:02d}", "internal", "title", KR, e, q))

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "questions.tsv"), "w", encoding="utf-8") as f:
    f.write("#id\taudience\tmatch\tdocs\texpected\tquestion\n")
    for r in rows:
        assert all("\t" not in c and "\n" not in c for c in r), r
        f.write("\t".join(r) + "\n")
print(f"wrote {len(rows)} questions")
