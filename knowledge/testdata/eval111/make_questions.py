#!/usr/bin/env python3
"""Generate questions.tsv for eval111 (civic and legal life).

Run from any directory: python3 make_questions.py
Each question is (category, audience, match, doc key, expected, question).
The id is "<category>-<nn>", numbered within its category in the order below.
"""
import os

DOCS = {
    "P": "wexcombe-probate-registry-help-desk.txt",
    "T": "strathallon-trading-standards-helpline.md",
    "I": "strathallon-trading-standards-staff-internal.md",
    "S": "marrowfield-county-small-claims-help-center-faq.md",
    "V": "quarry-hill-county-voter-registration.txt",
    "C": "saint-elzear-citizenship-ceremonies.md",
    "J": "kilbrannagh-jury-service.txt",
    "W": "wattleton-tenants-legal-clinic.md",
    "N": "otawhiri-parking-infringement-appeals.txt",
    "M": "grossbaerenau-neighbour-mediation.md",
    "F": "fjellvag-conciliation-board.md",
    "K": "kaapsedrift-family-court-information-desk.txt",
    "O": "valdecardenas-consumer-information-office.md",
}

PUB, INT = "public", "internal"
TITLE, SECTION, NONE = "title", "section", "none"

Q = []


def q(cat, doc, match, expected, question, audience=PUB):
    Q.append((cat, audience, match, DOCS[doc] if doc else "", expected, question))


def none(cat, question):
    Q.append((cat, PUB, NONE, "", "", question))


# --- para: the asker's own words, not the entry's -----------------------
q("para", "P", TITLE, "Check Whether You Need a Grant", "does the bank always need probate if there's only about three grand left in my dad's account?")
q("para", "P", TITLE, "Original Will", "can I just send a photocopy of mum's will to the registry or do they want the real thing")
q("para", "P", TITLE, "Renunciation", "one of the executors named in the will wants nothing to do with it, what does he have to sign?")
q("para", "P", TITLE, "Caveat", "how do I stop my brother getting probate while I challenge the will")
q("para", "P", TITLE, "Standing Search", "is there a way to be told when someone is granted probate on my uncle's estate")
q("para", "P", SECTION, "Searching Old Grants", "can I get hold of the will of a great-grandparent who died in 1921?")
q("para", "P", TITLE, "Name Mismatch", "grandma used a different first name on her will than on her death cert, is that a problem for probate")
q("para", "T", TITLE, "Faulty Goods", "bought a kettle that packed in after a week, am I entitled to my money back or just a repair?")
q("para", "T", TITLE, "Poor Workmanship", "a plumber did a shoddy job on my bathroom, can I make him come back and fix it")
q("para", "T", SECTION, "Scams and Doorstep Callers", "there's a man at my gran's door right now pressuring her into paying for roof repairs, who do I ring?")
q("para", "T", TITLE, "No Cold Calling Zones", "how can our road get signs up telling door-to-door salesmen to stay away")
q("para", "T", TITLE, "Doorstep Cooling-Off", "signed up for a £3k driveway job at my kitchen table yesterday, can I back out?")
q("para", "T", TITLE, "Online Cancellations", "I ordered a jacket off a website and just don't like it, can I send it back even though nothing's wrong with it")
q("para", "S", SECTION, "What is small claims court?", "what's the most money I can sue someone for in Marrowfield small claims")
q("para", "S", SECTION, "What if someone sued me?", "I'm being sued by a contractor but honestly he owes ME money, what can I do")
q("para", "S", SECTION, "Collecting a Judgment", "I won my case two months ago and the guy still hasn't paid a cent")
q("para", "S", TITLE, "Witnesses", "my neighbor saw the whole thing but refuses to come to court, can I force him to show up?")
q("para", "S", TITLE, "Bring Three Copies", "how many sets of my receipts and photos should I take to the small claims hearing")
q("para", "V", SECTION, "Who Can Register", "I'm 17, can I already sign up to vote in Quarry Hill?")
q("para", "V", TITLE, "Name Change", "just got married and took my wife's surname, do I need to redo my voter registration")
q("para", "V", SECTION, "Absentee Voting", "I'll be away on a work trip on election day, can I vote from home somehow")
q("para", "V", SECTION, "Poll Worker Sign-Up", "how much do you get paid for helping out at the polls")
q("para", "C", TITLE, "Guests", "how many family members can come and watch me become a Canadian citizen?")
q("para", "C", TITLE, "Oath or Affirmation", "I'm not religious, do I have to swear on a bible at the ceremony")
q("para", "C", TITLE, "Citizenship Certificate", "how long after the ceremony do I get proof that I'm actually Canadian")
q("para", "J", TITLE, "Excusal as of Right", "I'm a full-time student at uni, do I really have to do jury duty?")
q("para", "J", SECTION, "Money and Your Employer", "my boss says he won't pay me for the days I'm on a jury, is he allowed to do that")
q("para", "J", TITLE, "Deferral", "can I push my jury duty back a few months? it clashes with my wedding")
q("para", "W", TITLE, "Bond Refunds", "my landlord is keeping half my rental deposit for 'cleaning', how do I fight that")
q("para", "W", TITLE, "Repairs Not Done", "hot water has been off for a week and the agent won't answer my calls, what can I do")
q("para", "W", TITLE, "Rent Increases", "landlord wants to put the rent up again only six months after the last rise, can he do that?")
q("para", "W", TITLE, "Mould and Damp", "black fungus keeps growing on my bedroom wall in the flat I rent, is that the landlord's problem")
q("para", "N", TITLE, "Broken Pay Machine", "the meter wasn't taking coins so I got ticketed, can I get out of paying?")
q("para", "N", TITLE, "Sold Vehicle", "I got a parking ticket for a car I sold to someone last month")
q("para", "M", TITLE, "Noise", "the people next door have parties until 3am every weekend, can someone help us sort it out without lawyers")
q("para", "M", TITLE, "Written Agreement", "if me and my neighbour agree on something at the mediation, can it actually be enforced?")
q("para", "F", TITLE, "Debt Collection Cases", "got a letter from the conciliation board because some collection agency says I owe them money, what now")
q("para", "F", TITLE, "Warning Letter First", "do I have to tell the other person before I take my complaint to the board in Fjellvåg?")
q("para", "K", SECTION, "Maintenance Applications", "the father of my kids isn't giving anything towards them, how do I claim child support in Kaapsedrift")
q("para", "K", SECTION, "Protection Orders", "my partner has been threatening me, can I get a court order against him tonight?")
q("para", "I", TITLE, "Call Wrap Time", "how long have I got after hanging up to write the case note?", INT)
q("para", "I", TITLE, "Vulnerable Caller Flag", "caller is 86 and lives on her own, is there something I need to tick on the case?", INT)

# --- frag: keyword fragments ----------------------------------------------
q("frag", "P", TITLE, "Caveat", "probate caveat fee")
q("frag", "T", TITLE, "Textphone", "trading standards textphone")
q("frag", "T", TITLE, "Second-Hand Cars", "used car rights advert")
q("frag", "S", TITLE, "Fee Waiver", "small claims fee waiver")
q("frag", "S", TITLE, "Certified Mail", "serve papers certified mail")
q("frag", "V", TITLE, "Drop Boxes", "ballot drop box locations")
q("frag", "V", TITLE, "Party Affiliation", "change party before primary")
q("frag", "C", TITLE, "Virtual Ceremonies", "citizenship oath by video")
q("frag", "J", TITLE, "Deliberations", "jury majority verdict")
q("frag", "W", TITLE, "Eligibility", "tenants clinic means test")
q("frag", "N", TITLE, "Mobility Park Without a Permit", "mobility park fine")
q("frag", "M", TITLE, "Application Fee", "neighbour mediation application fee")
q("frag", "F", TITLE, "Case Fee", "forliksråd case fee NOK")
q("frag", "K", TITLE, "Summons Fee", "divorce summons cost sheriff")
q("frag", "O", TITLE, "Vacation Rentals", "vacation rental deposit complaint")

# --- typo: misspellings ---------------------------------------------------
q("typo", "P", SECTION, "Help Desk Opening Hours", "probaet registry opening hours")
q("typo", "P", TITLE, "Inheritance Tax Form", "inheritence tax form before probate")
q("typo", "T", TITLE, "Doorstep Cooling-Off", "dorstep cooling off period")
q("typo", "T", TITLE, "Trusted Trader Scheme", "trusted trader sheme strathallon")
q("typo", "S", TITLE, "Interpreters", "small clams court interpretters")
q("typo", "S", TITLE, "Witnesses", "subpena a witnes for small claims")
q("typo", "V", TITLE, "Online Registration", "voter registraton online portal")
q("typo", "V", TITLE, "Motor Vehicle Offices", "regsiter to vote when renewing licence at the dmv")
q("typo", "C", TITLE, "Photography", "citizenship cermony photograhs allowed?")
q("typo", "J", SECTION, "Your Summons", "what happens if i ignore a jury sumons")
q("typo", "J", TITLE, "Disqualification", "disqualifed from jury servise prison")
q("typo", "W", TITLE, "Evening Drop-in", "tenents legal clinic evening drop in")
q("typo", "N", TITLE, "Parking on a Broken Yellow Line", "brokn yelow line parking fine")
q("typo", "N", TITLE, "Expired Warrant of Fitness", "expired warrent of fittness ticket")
q("typo", "K", TITLE, "Family Advocate Report", "famly advocat report divorce children")

# --- chat: wrapped in chat filler ------------------------------------------
q("chat", "S", TITLE, "$1,500.01 to $4,000", "hey @briefbot quick q - how much is it to file a small claim for like $3000?")
q("chat", "P", TITLE, "Original Will", "hi! 👋 my grandad passed last month and the staples came out of his will when we photocopied it. is that a problem for probate?")
q("chat", "P", SECTION, "Help Desk Opening Hours", "@briefbot thanks in advance!! is the probate help desk in Wexcombe open on fridays?")
q("chat", "V", TITLE, "Mail-In Form", "yo, is there a deadline for posting my paper voter registration form? cheers")
q("chat", "V", TITLE, "Evening Hours", "good morning all ☀️ anyone know if the quarry hill voter office stays open late any night?")
q("chat", "V", TITLE, "Ballot Tracking", "quick q: can I check where my absentee ballot is? ty")
q("chat", "C", TITLE, "Rescheduling", "hello 🙂 my citizenship ceremony is next month but I'll be abroad, how do I move the date?")
q("chat", "C", TITLE, "Identification", "@briefbot what ID do I need to bring to my citizenship ceremony?? so nervous lol")
q("chat", "J", SECTION, "Jury Office Contacts", "hiya, got a jury summons for kilbrannagh, what number do I ring? thanks a mil")
q("chat", "J", TITLE, "Lunch", "sorry to bother you all - do they feed you on jury duty or should I bring sandwiches?")
q("chat", "W", TITLE, "Interpreter Line", "hey folks, can the wattleton tenants clinic get an interpreter? my mum doesn't speak much english 🙏")
q("chat", "W", TITLE, "Termination Notices", "morning! got a no-grounds eviction notice today, freaking out 😰 how long do I have?")
q("chat", "N", TITLE, "Payment Arrangements", "kia ora, can I pay off my parking fine bit by bit? cheers")
q("chat", "N", SECTION, "Asking for a Waiver", "@briefbot hey, how long do I have to challenge a parking ticket in Ōtāwhiri?")
q("chat", "M", TITLE, "Certificate of Failed Conciliation", "hallo! what does the certificate cost if me and my neighbour can't agree at mediation? danke")
q("chat", "M", TITLE, "Reduced Rate", "hi there, is neighbour mediation cheaper if I'm on a low income and have the Großbärenau-Pass? thanks!")
q("chat", "F", TITLE, "Meeting by Phone", "hei! I live out on Sørøya, can I attend the conciliation board meeting by phone instead? takk")
q("chat", "K", TITLE, "Tuesday to Thursday", "hey 👋 which day is the family court desk in kaapsedrift least busy?")
q("chat", "O", SECTION, "Office Hours and Appointments", "hola! when is the OMIC open in the afternoons in summer? gracias 😊")
q("chat", "T", SECTION, "Product Safety", "@briefbot hi, where do I report a dodgy phone charger that nearly set my desk on fire? thx")

# --- acr: acronyms and glossary ---------------------------------------------
q("acr", "P", SECTION, "Applying for a Grant", "what does GoR stand for")
q("acr", "P", TITLE, "Inheritance Tax Form", "IHT form probate")
q("acr", "T", SECTION, "Strathallon Council Trading Standards Consumer Helpline", "what is the TSS in strathallon")
q("acr", "T", TITLE, "Faulty Goods", "CRA 30 day refund")
q("acr", "T", TITLE, "No Cold Calling Zones", "what's an NCCZ")
q("acr", "S", SECTION, "What is an SOC?", "define SOC")
q("acr", "S", SECTION, "What is an SOC?", "statement of claim form")
q("acr", "S", TITLE, "Mediation on Hearing Day", "what's the DRC in fenwick falls")
q("acr", "C", TITLE, "Invitation Letter", "IRCC ceremony invitation")
q("acr", "C", SECTION, "Accessibility", "LSQ interpretation at the citizenship ceremony")
q("acr", "W", TITLE, "RTT", "what does RTT mean")
q("acr", "K", TITLE, "Family Advocate Report", "what does the OFA do in a divorce")
q("acr", "O", SECTION, "Consumer Arbitration", "what is the JAC")
q("acr", "F", TITLE, "Forliksklage", "forliksklage meaning")
q("acr", "F", TITLE, "Tingrett", "what does tingrett mean")

# --- tab: table rows ----------------------------------------------------------
q("tab", "P", TITLE, "Estate over £5,000", "probate application fee for an estate worth £200,000")
q("tab", "P", TITLE, "Extra Official Copies", "how much are extra official copies of the grant")
q("tab", "T", TITLE, "Drop-in Desk", "where is the strathallon trading standards drop-in and when")
q("tab", "S", TITLE, "$4,000.01 to $7,500", "filing fee for a $6,000 small claim")
q("tab", "S", TITLE, "Up to $1,500", "how much to file a small claim under $1,500")
q("tab", "V", TITLE, "Election Day", "voter registration office hours on election day")
q("tab", "V", TITLE, "Deadline Weekend", "is the voter office open on the saturday before the registration deadline")
q("tab", "C", TITLE, "July 1", "is there a canada day citizenship ceremony")
q("tab", "J", TITLE, "Travel by Public Transport", "are jurors refunded their bus fare")
q("tab", "N", TITLE, "Overstaying a Time Limit", "fine for overstaying the time limit in Ōtāwhiri")
q("tab", "N", TITLE, "Parking on a Footpath", "how much is the ticket for parking on the footpath")
q("tab", "W", TITLE, "Outreach at Coorabine Library", "tenant advice at Coorabine library")
q("tab", "O", TITLE, "Airlines", "cancelled flight complaint valdecárdenas where does it go")

# --- dis: documents that share topics -------------------------------------------
q("dis", "F", TITLE, "Case Fee", "how much does it cost to bring a case to the conciliation board in Fjellvåg")
q("dis", "M", TITLE, "Application Fee", "how much do I pay to apply for neighbour mediation in Großbärenau")
q("dis", "F", TITLE, "Interpreter", "can I get an interpreter at the Fjellvåg conciliation board meeting")
q("dis", "S", TITLE, "Interpreters", "interpreter for my small claims hearing in Marrowfield County")
q("dis", "S", TITLE, "Mediation on Hearing Day", "is there mediation before a small claims hearing in Fenwick Falls")
q("dis", "T", TITLE, "Telephone", "phone number for the Strathallon consumer helpline")
q("dis", "C", TITLE, "Voter Registration", "how do I get on the voters list after my Canadian citizenship ceremony")
q("dis", "V", TITLE, "In Person", "can I register to vote in person at the Millbrook Junction office")
q("dis", "J", TITLE, "Who Is Eligible", "who can be called for jury service in Kilbrannagh")
q("dis", "V", SECTION, "Who Can Register", "who is eligible to register to vote in Quarry Hill County")
q("dis", "W", TITLE, "Bond Refunds", "tenant disputing a bond deduction at the tribunal in Wattleton")
q("dis", "F", TITLE, "Debt Collection Cases", "default judgment in a debt collection case at the Fjellvåg board")
q("dis", "S", TITLE, "Default Judgment", "what is a default judgment in Marrowfield small claims")
q("dis", "M", TITLE, "Parking and Access", "my neighbour keeps blocking my driveway, can the Großbärenau mediators help")
q("dis", "N", SECTION, "If You Disagree With the Decision", "Ōtāwhiri council turned down my parking ticket review, can I go to court?")
q("dis", "K", TITLE, "Child's Birth Certificate", "which birth certificate do I need for a child maintenance claim in Kaapsedrift")
q("dis", "P", TITLE, "Death Certificate", "does the Wexcombe probate registry accept a photocopy of the death certificate")

# --- none: near-topic, no briefing answers it --------------------------------------
for text in [
    "how do I register a baby's birth in Wexcombe",
    "can I store my own will at the Wexcombe probate registry for safekeeping",
    "Strathallon council tax bands",
    "how do I get a street trading licence from Strathallon Council",
    "how do I file for bankruptcy in Marrowfield County",
    "pay a speeding ticket in Marrowfield County",
    "when is the property tax due in Quarry Hill County",
    "how do I run for county commissioner in Quarry Hill",
    "Saint-Élzéar-des-Monts citizenship test study guide",
    "how long does a Canadian citizenship application take to process",
    "is there parking at Kilbrannagh Courthouse",
    "how do I qualify as a barrister in Ireland",
    "first home buyer grant Wattleton",
    "how long is the public housing waiting list in Wattleton",
    "Ōtāwhiri dog registration fee",
    "Ōtāwhiri speed camera fine amounts",
    "how much is a residents' parking permit in Ōtāwhiri",
    "do I need a building permit for a garden shed in Großbärenau",
    "Großbärenau bin collection days",
    "Fjellvåg passport office opening hours",
    "how do I get a fishing licence in Fjellvåg",
    "how do I adopt a child through the Kaapsedrift court",
    "Valdecárdenas tourist tax per night",
    "how do I register my address at the Valdecárdenas town hall",
]:
    none("none", text)
for text in [
    "what's the weather in Lisbon tomorrow",
    "best pizza dough recipe",
    "how do I reset my wifi router password",
    "who won the champions league final",
    "translate good morning into japanese",
    "how many calories are in a banana",
    "recommend a good sci-fi novel",
    "how to fix a puncture on a bike tyre",
    "python list comprehension example",
    "what time is sunset today",
    "cheap flights to bali in march",
    "how do I knit a scarf for beginners",
]:
    none("none", text)

# --- leak: only the internal briefing answers; public must get nothing --------------
for text in [
    "how many minutes of wrap time do helpline advisers get after each call",
    "what's the overtime code for the saturday scam roadshows",
    "who do trading standards advisers escalate a loss over £2,500 to",
    "what is the Sentinel case management system",
    "how long are trading standards case notes kept before they're deleted",
]:
    none("leak", text)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    counts = {}
    lines = ["#id\taudience\tmatch\tdocs\texpected\tquestion"]
    for cat, audience, match, doc, expected, question in Q:
        counts[cat] = counts.get(cat, 0) + 1
        qid = "%s-%02d" % (cat, counts[cat])
        for field in (expected, question):
            assert "\t" not in field and "\n" not in field, field
        lines.append("\t".join([qid, audience, match, doc, expected, question]))
    with open(os.path.join(here, "questions.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    total = sum(counts.values())
    print(" ".join("%s=%d" % kv for kv in counts.items()), "total=%d" % total)


if __name__ == "__main__":
    main()
