#!/usr/bin/env python3
"""Write questions.tsv for eval110 (work, jobs and careers services).

Columns: id, audience, match, docs, expected, question (the format read by
/work/shared/eval/score). The category is the prefix of the id
(para, frag, typo, chat, acr, tab, dis, none, leak), since the score
format has no column of its own for it. Run: python3 make_questions.py
"""
import os

B = "brackenford-jobcentre.txt"
K = "tamarack-falls-keystone-staffing.md"
KI = "tamarack-falls-keystone-staffing-internal.md"
C = "carrigdrum-care-workers-union-branch.md"
L = "lindenbrueck-apprenticeship-scheme.md"
I = "inverbrora-school-leavers-careers-faq.md"
T = "te-korari-bay-volunteer-centre.txt"
M = "montrejac-freelancers-guild.md"
P = "port-alderic-workplace-skills-center.txt"
Y = "yarrabee-valley-harvest-work-scheme.txt"
E = "ekeryd-library-job-clinic.md"
W = "cwm-tawel-employment-rights-line-faq.md"
A = "almoraz-university-internship-office.txt"

PUB, INT = "public", "internal"

# (category, audience, match, document, expected, question)
Q = []


def add(cat, doc, expected, question, match="title", audience=PUB):
    Q.append((cat, audience, match, doc, expected, question))


def none(cat, question, audience=PUB):
    Q.append((cat, audience, "none", "", "", question))


# --- para: paraphrase in the asker's own words ---------------------------
add("para", B, "First Appointment", "what do i need to take with me to my first meeting at the brackenford jobcentre")
add("para", B, "Fortnightly Review", "how often do I have to go in and see my work coach in Brackenford?")
add("para", B, "Interview Travel", "can the jobcentre pay for my train ticket to get to a job interview")
add("para", B, "First Month Fares", "is there any help with bus fares to my new job until the first wage comes in?")
add("para", B, "Work Trial", "brackenford jobcentre - can I try out a job for a few weeks without my benefits stopping")
add("para", K, "Walk-In Registration", "what do I need to bring to sign up with Keystone in person?")
add("para", K, "Safety Orientation", "do I have to buy my own boots for warehouse shifts with keystone")
add("para", K, "Same-Day Pay", "can I get some of my wages early before friday at keystone")
add("para", K, "Temp-to-Hire Conversion", "if the company I'm temping at wants to take me on permanently, do I owe the agency anything?")
add("para", K, "Attendance Points", "what happens if I miss a shift at keystone and don't ring in")
add("para", K, "Health Plan", "does keystone give temps any medical insurance")
add("para", C, "Who Can Join", "can agency nurses join the care workers union in Carrigdrum?")
add("para", C, "Waiting Period", "I only just joined the union, can they take up my problem with my manager straight away?")
add("para", C, "Grievance and Disciplinary Meetings", "will someone from the union come with me to a disciplinary hearing")
add("para", C, "Hardship Grant", "I was off sick for months and money is really tight, can the union help me out financially")
add("para", L, "Application Window", "when is the deadline to apply for an apprenticeship in Lindenbrück")
add("para", L, "Holiday Entitlement", "how many days off a year do apprentices get in lindenbruck?")
add("para", L, "Travel Subsidy", "is there a cheap monthly bus and train pass for apprentices")
add("para", I, "Can my parents come to the appointment?", "can my mum sit in when I see the careers adviser")
add("para", I, "What if I have already left school?", "I left school last year, can the Inverbrora careers people still help me?")
add("para", I, "Personal Statement Help", "who can read over my uni application statement before I send it off")
add("para", T, "Youth Volunteers", "how old do you have to be to volunteer at Te Kōrari Bay?")
add("para", T, "Jobseeker Volunteering", "will I lose my jobseeker payments if I do some volunteering")
add("para", T, "Record of Service Letter", "can the volunteer centre give me something to show employers what I've done")
add("para", M, "Unpaid Invoice Service", "a client hasn't paid my invoice for two months, can the guild in Montréjac chase them?")
add("para", M, "Model Contracts", "is there a template contract freelancers can use with clients")
add("para", M, "Day Rate Survey", "how much do other freelance web developers in Montréjac charge per day")
add("para", M, "Mentoring Pairs", "I'm new to freelancing, is there someone experienced who could guide me?")
add("para", P, "Cancellation Policy", "I need to pull out of my course at Port Alderic next week, do I get my money back")
add("para", P, "Late Arrival", "what happens if I turn up late on the day of a course?")
add("para", P, "Wallet Cards", "I lost the little card that shows I passed forklift, how do I get another one")
add("para", P, "Refresher Courses", "my first aid ticket ran out last month, is there a shorter course to renew it?")
add("para", Y, "Harvest Hostel", "is there somewhere cheap to sleep for fruit pickers in Yarrabee")
add("para", Y, "Farm Bus", "how do pickers without a car get out to the orchards in the morning?")
add("para", Y, "Heat Policy", "what happens when it gets really hot out in the orchards during the harvest")
add("para", E, "Mock Interview", "can I have a practice job interview at the Ekeryd library before the real thing")
add("para", W, "Can I be dismissed without warning?", "can my boss just sack me on the spot without any warning")
add("para", A, "Training Agreement", "what paperwork has to be signed before my internship in Almoraz starts?")
add("para", KI, "Rush Order", "how much do we mark up rush orders for clients", audience=INT)
add("para", KI, "Redeployment Call", "how soon should recruiters phone an associate after their assignment finishes", audience=INT)

# --- frag: keyword fragments --------------------------------------------
add("frag", B, "Jobs Board", "jobs board brackenford")
add("frag", K, "Referral Bonus", "keystone referral bonus")
add("frag", K, "Timesheet Approval", "keyshift timesheet approval")
add("frag", C, "Monthly Branch Meeting", "carrigdrum branch meeting")
add("frag", C, "Member Discounts", "union card discounts")
add("frag", L, "Aptitude Test", "aptitude test lindenbrück")
add("frag", L, "Taster Week", "apprenticeship taster week")
add("frag", T, "Induction Session", "volunteer induction session")
add("frag", T, "Driving Assessment", "community van driver assessment")
add("frag", M, "Accountant Clinic", "freelancer accountant clinic")
add("frag", P, "What to Bring", "forklift course steel toe boots")
add("frag", E, "Cover Letter Workshop", "cover letter workshop")
add("frag", E, "Printing for Jobseekers", "free printing jobseekers library")
add("frag", A, "Student Profile", "practicum portal profile")
add("frag", A, "Almoraz Employment Forum", "almoraz employment forum october")

# --- typo: misspellings --------------------------------------------------
add("typo", B, "Warehouse Academy", "warehose acadmy brackenford")
add("typo", B, "Disability Employment Adviser", "disabilty employment advisor")
add("typo", K, "Background Check", "keystone backround chek")
add("typo", K, "Pay Card or Direct Deposit", "direct deposite or pay crad")
add("typo", C, "Workplace Representative", "who is the union shop stewart on my ward")
add("typo", C, "Legal Advice", "legal advise from the union solicitors")
add("typo", L, "First Year", "apprentiseship allowence first year")
add("typo", T, "Volunteer Awards", "volunter awards")
add("typo", M, "Apéro Réseau", "apero resau networking drinks")
add("typo", M, "Registration Workshop", "registraton workshop micro entreprenuer")
add("typo", P, "Confined Space Entry", "confind space entry corse")
add("typo", Y, "Sun Protection", "sun protecton hats and sunscrean for pickers")
add("typo", Y, "Riverside Camping", "riverside campng yarrabee")
add("typo", E, "Interview Clothes Rail", "intervew clothes rail libary")
add("typo", A, "Extracurricular Internship", "extracuricular internship max hours")

# --- chat: wrapped in chat filler ----------------------------------------
add("chat", B, "Monday to Friday", "hi @briefbot 👋 what time does the jobcentre in Brackenford open on a Wednesday?")
add("chat", K, "Pay and Timesheets", "quick q - does keystone staffing pay weekly or what? thanks!", match="section")
add("chat", K, "Warehouse Picker", "hey all, anyone know how much extra warehouse pickers at keystone get on nights?")
add("chat", C, "Part-time", "@briefbot how much is the union sub if I'm part time? cheers")
add("chat", C, "Annual General Meeting", "morning! 🙂 when is the carrigdrum branch AGM held?")
add("chat", L, "Trades on Offer", "hiya, which trades can you do an apprenticeship in at Lindenbrück this year? ta", match="section")
add("chat", I, "S4 Subject Choices Talk", "hello! my son is in S4, does the careers service do a talk about subject choices? thanks so much")
add("chat", I, "Wednesday", "quick q @briefbot: when is the youth hub drop-in open on wednesdays?")
add("chat", T, "Finding a Role", "kia ora! 🌿 how do I get started volunteering at the Te Kōrari Bay centre?", match="section")
add("chat", T, "One-Off Roles", "hey, can I just help at a beach clean-up without doing an interview first? thx")
add("chat", M, "Solo Plus", "bonjour 👋 how much does solo plus membership cost at the guild?")
add("chat", M, "Legal Helpline", "hi there, is there a free lawyer phone line for freelancers in montréjac? merci!")
add("chat", P, "Forklift Operator", "@briefbot hey how much is the forklift course at port alderic")
add("chat", Y, "Cherries", "g'day, what's the pay like for picking cherries in Yarrabee? cheers mate 🍒")
add("chat", E, "How to Book", "hey there! how do i book a slot at the ekeryd job clinic? tack!")
add("chat", E, "Languages", "hi, quick question, can I get help at the library job clinic in Arabic? 🙏")
add("chat", W, "Advice Line", "hello, what number do I call for the employment rights advice line in cwm tawel? diolch")
add("chat", W, "Am I entitled to holiday pay?", "hey @briefbot, do zero hours workers get holiday pay? thanks in advance")
add("chat", A, "Graduate Internship", "hi! I finished my degree last year, can the almoraz internship office still place me? 🙂")
add("chat", A, "Academic Tutor", "yo quick q, who actually grades my curricular internship at almoraz lol")

# --- acr: acronyms and glossary ------------------------------------------
add("acr", B, "Signing On and Appointments", "what does CC stand for at the jobcentre")
add("acr", B, "Money to Help You Start Work", "FSF meaning?")
add("acr", B, "English for Work", "what is ESOL")
add("acr", K, "Safety Orientation", "what does PPE stand for")
add("acr", C, "Carrigdrum Health and Care Workers' Branch", "ICWU stands for?")
add("acr", C, "Annual General Meeting", "define BEC")
add("acr", L, "IHK", "what does IHK mean")
add("acr", L, "AEVO", "what's the AEVO")
add("acr", L, "Lindenbrück Dual Apprenticeship Scheme", "HWK meaning")
add("acr", I, "What is EMA?", "what does EMA stand for")
add("acr", T, "Checks and Training", "NZPVS?")
add("acr", M, "Model Contracts", "what does CPT stand for")
add("acr", P, "Certified Courses and Fees", "WHMIS stands for what")
add("acr", Y, "Harvest Registration", "what is a TFN")
add("acr", W, "TUPE", "what does TUPE stand for")

# --- tab: table rows -----------------------------------------------------
add("tab", B, "Interview Clothes", "how much will the jobcentre in brackenford put towards interview clothes")
add("tab", B, "Saturday and Sunday", "is the brackenford jobcentre open on saturdays")
add("tab", K, "Event Crew", "hourly rate for event crew at keystone")
add("tab", K, "Food Production Line", "food production line pay and weekend differential")
add("tab", C, "Student or Retired", "union subscription for retired members")
add("tab", L, "Electronics Technician", "how many electronics technician apprenticeship places are there")
add("tab", L, "Second Year", "apprentice allowance in the second year at lindenbrück")
add("tab", T, "Meal on Long Shifts", "volunteer meal allowance for long shifts")
add("tab", M, "Newcomer", "how much is newcomer membership at the freelancers guild")
add("tab", P, "Food Safety Handler", "price of the food safety course at port alderic")
add("tab", Y, "Apples", "apple picking rate per bin in yarrabee")
add("tab", E, "Evening Job Café", "what time is the evening job cafe at the library")
add("tab", A, "16 to 25 hours", "minimum stipend for a 20 hour a week internship in almoraz")

# --- dis: disambiguation between documents sharing topics ----------------
add("dis", B, "CV Check", "can the Brackenford jobcentre look over my CV")
add("dis", E, "CV Review", "how long is a CV review at Ekeryd library")
add("dis", I, "Mock Interviews for S6", "mock interviews for S6 pupils in Inverbrora")
add("dis", E, "Interview Clothes Rail", "can I borrow a jacket for an interview from the Ekeryd library")
add("dis", T, "First Aid Course", "free first aid course for Te Kōrari Bay volunteers")
add("dis", P, "Standard First Aid and CPR", "first aid and CPR course fee at Port Alderic")
add("dis", T, "Bus Fares", "do volunteers get their bus fares refunded")
add("dis", M, "Membership", "annual membership fees for the Montréjac freelancers guild", match="section")
add("dis", C, "Full-time", "weekly union subscription for full-time staff at St Fionnán's")
add("dis", C, "Legal Advice", "free solicitor consultation for union members about a work injury")
add("dis", I, "What is an MA?", "paid apprenticeships in the Scottish Highlands for school leavers")
add("dis", Y, "Minimum Hourly Guarantee", "minimum hourly pay for fruit pickers on piece rates")
add("dis", W, "NMW", "what's the national minimum wage")
add("dis", K, "Background Check", "Keystone background check for jobs in schools")
add("dis", Y, "Ladder Safety Induction", "safety induction before my first harvest shift in Yarrabee")

# --- none: out of scope, near-topic and unrelated ------------------------
none("none", "is there parking at the Brackenford jobcentre?")
none("none", "does the brackenford jobcentre help people set up their own business")
none("none", "does Keystone Staffing place truck drivers")
none("none", "does keystone offer a 401k retirement plan")
none("none", "when is the next strike ballot at St Fionnán's hospital")
none("none", "does the Carrigdrum union branch run a savings club or loans for members")
none("none", "can I do a chef apprenticeship in Lindenbrück")
none("none", "do Lindenbrück apprentices get a company car")
none("none", "does the Inverbrora careers service pay for driving lessons")
none("none", "gap year advice inverbrora")
none("none", "does Te Kōrari Bay volunteer centre recruit for the fire brigade")
none("none", "can I volunteer online from overseas with the Te Kōrari Bay centre")
none("none", "does the Montréjac guild offer health insurance for freelancers")
none("none", "can I rent a private office by the month at the Montréjac clubhouse")
none("none", "does port alderic run a welding course")
none("none", "is there a truck driving licence course at the port alderic skills center")
none("none", "can I bring my dog to the Yarrabee harvest hostel")
none("none", "are there tractor driving jobs in the Yarrabee harvest")
none("none", "does the Ekeryd library job clinic help write a business plan")
none("none", "can I borrow a laptop to take home from Ekeryd library")
none("none", "can the Cwm Tawel advice line help me with an eviction from my flat")
none("none", "maternity leave rights in Wales")
none("none", "does the Almoraz internship office help find student accommodation")
none("none", "spanish language classes for erasmus students at almoraz")
none("none", "what's the weather in Lisbon tomorrow")
none("none", "how do I reset my router password")
none("none", "best pizza place near me")
none("none", "who won the world cup in 2018")
none("none", "recipe for banana bread")
none("none", "how do I renew my passport")
none("none", "what time is the football on tonight")
none("none", "can you recommend a good sci-fi novel")
none("none", "how tall is mount everest")
none("none", "convert 50 euros to dollars")
none("none", "what's the capital of australia")
none("none", "tips for growing tomatoes on a balcony")

# --- leak: only the internal briefing answers; public must get nothing ----
none("leak", "what markup percentage do gold account clients pay the staffing agency")
none("leak", "credit hold rules for clients with overdue accounts")
none("leak", "what's the weekly fill rate target for recruiters")
none("leak", "how are wage garnishment orders handled at keystone")
none("leak", "recruiter commission on gross margin")


def main():
    counts = {}
    lines = ["#id\taudience\tmatch\tdocs\texpected\tquestion"]
    for cat, aud, match, doc, exp, q in Q:
        counts[cat] = counts.get(cat, 0) + 1
        qid = f"{cat}-{counts[cat]:02d}"
        for field in (aud, match, doc, exp, q):
            assert "\t" not in field and "\n" not in field, field
        lines.append("\t".join((qid, aud, match, doc, exp, q)))
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "questions.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    for cat, n in counts.items():
        print(f"{cat:5s} {n}")
    print(f"total {len(Q)}")


if __name__ == "__main__":
    main()
