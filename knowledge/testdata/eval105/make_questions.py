#!/usr/bin/env python3
"""Write /tmp/eval105/questions.tsv for the eval105 blind held-out set.

Written from the briefings in /tmp/eval105/briefings alone.
Columns: id, audience, match, docs, expected, question.
"""
import os

G = "groningen-fixwerk-device-repair.md"
M = "moncton-bytebench-device-repair.txt"
D = "dundee-jute-works-coworking.txt"
P = "puebla-colmena-coworking.md"
S = "stavanger-fjordnett-broadband.md"
C = "chattanooga-ridgeline-fiber-internet.txt"
T = "tacoma-cedarstack-web-hosting.md"
I = "tacoma-cedarstack-ops-review-internal.md"
L = "lockwell-password-manager-faq.md"
O = "olomouc-moravian-gate-university-it-service-desk.md"
Z = "poznan-e-waste-drop-off-faq.md"
B = "bozeman-smart-home-installers.txt"

PUB, INT = "public", "internal"
TI, SE, NO = "title", "section", "none"

# (category, audience, match, doc, expected, question)
Q = []
def q(cat, match, doc, expected, question, audience=PUB):
    Q.append((cat, audience, match, doc, expected, question))

# --- para: everyday paraphrases -------------------------------------------
q("para", TI, G, "Walk-in Diagnosis", "will Fixwerk in Groningen have a quick look at my phone for free before I decide to fix it?")
q("para", TI, G, "Parking", "where can I leave my car when I bring my laptop to the Groningen repair shop?")
q("para", TI, G, "Uncollected Devices", "what happens if I never go back to Fixwerk to pick up my phone?")
q("para", TI, G, "Refurbished Phones", "does the Groningen repair place sell second-hand iPhones?")
q("para", TI, G, "Parts Quality", "are the new screens Fixwerk puts in genuine Apple ones or knock-offs?")
q("para", TI, M, "Mail-In Repair", "I live in Halifax, can I post my broken tablet to ByteBench instead of driving to Moncton?")
q("para", TI, M, "Unclaimed Devices", "how long will ByteBench in Moncton hang on to my phone if I forget to collect it?")
q("para", TI, M, "Student Discount", "do college kids get anything off repairs at the Moncton shop?")
q("para", TI, M, "Drop-Off", "do I need to book ahead to leave my phone at ByteBench?")
q("para", TI, D, "Phone Booths", "is there somewhere private to take a Zoom call at the Jute Works in Dundee?")
q("para", TI, D, "Access Fob", "I lost the tag that opens the front door of the Dundee coworking mill, what will that cost me?")
q("para", TI, D, "Bike Storage", "can I wash and change after cycling in to the Jute Works?")
q("para", TI, D, "Kitchen", "do I have to pay for coffee at the Dundee coworking space?")
q("para", TI, D, "Quiet Zone", "which floor of the Jute Works is meant to be silent?")
q("para", TI, P, "Pets", "can I bring my puppy along to Colmena in Puebla?")
q("para", TI, P, "Power Backup", "what happens at Colmena when the electricity cuts out?")
q("para", TI, P, "Invoices", "I need a Mexican tax receipt for my coworking membership in Puebla, how do I get one?")
q("para", TI, P, "Rooftop Terrace", "is there somewhere outside at Colmena where I can work in the sun?")
q("para", TI, S, "Digging", "who is going to dig up my driveway to bring the cable to my house in Stavanger?")
q("para", TI, S, "Compensation", "do I get money back if my Fjordnett connection is dead for two days?")
q("para", TI, S, "Moving House", "I'm relocating from Sandnes to Randaberg, what happens to my Fjordnett subscription?")
q("para", TI, S, "Technician Visit", "will Fjordnett bill me if their engineer finds the problem is my own cabling?")
q("para", TI, S, "Price Changes", "can Fjordnett put my monthly bill up without warning?")
q("para", TI, C, "Transfer of Service", "I'm moving across town to East Ridge, can I keep my Ridgeline internet and my price?")
q("para", TI, C, "Service Credits", "will Ridgeline Fiber knock something off my bill after a long outage?")
q("para", TI, C, "Wi-Fi Checkup", "my upstairs bedroom gets no signal, can Ridgeline in Chattanooga send someone to sort it?")
q("para", TI, C, "Autopay", "how do I avoid the extra charge for a paper bill with Ridgeline?")
q("para", TI, T, "Website Migration", "can CedarStack move my existing site over from my current host?")
q("para", TI, T, "Money-Back Guarantee", "can I get my money back if I don't like CedarStack after two weeks?")
q("para", TI, T, "Acceptable Use Policy", "am I allowed to mine bitcoin on a CedarStack shared plan?")
q("para", TI, T, "WHOIS Privacy", "will anyone who looks up my CedarStack domain be able to see my home address?")
q("para", SE, L, "What happens if I forget my master password?", "I can't remember the password that opens my Lockwell vault, am I locked out for good?")
q("para", SE, L, "What is Emergency Access?", "can my wife get into my Lockwell logins if something happens to me?")
q("para", SE, L, "How do I import passwords from another password manager?", "switching from LastPass to Lockwell, how do I bring all my logins across?")
q("para", TI, O, "Leaving the University", "what happens to my university email after I graduate from Moravian Gate?")
q("para", TI, O, "Software for Students", "do students at the Olomouc university get Word and Excel for free?")
q("para", TI, O, "Guest Wi-Fi", "how can a visitor get online at Moravian Gate University?")
q("para", SE, Z, "Can a shop take back my old device?", "will the electronics store in Poznań take my old kettle when I buy a new one?")
q("para", SE, Z, "What happens to the devices I drop off?", "do the laptops people hand in for recycling in Poznań get reused or scrapped?")
q("para", TI, B, "Winter Scheduling", "can Gallatin put up a doorbell camera in January in Bozeman?")

# --- frag: 2-4 word search fragments --------------------------------------
q("frag", TI, S, "Router", "Fjordnett router return")
q("frag", SE, C, "Plans and Prices", "Ridgeline data caps")
q("frag", TI, T, "Daily Backups", "CedarStack restore deleted file")
q("frag", TI, L, "Family", "Lockwell family plan")
q("frag", TI, O, "Password Reset", "UMB password expiry")
q("frag", TI, Z, "PSZOK Franowo", "Franowo opening hours")
q("frag", TI, D, "Mail Handling", "Jute Works business address")
q("frag", TI, P, "Meeting Rooms", "Colmena meeting room price")
q("frag", TI, M, "Game Console HDMI Port", "ByteBench console repair")
q("frag", TI, G, "Data Recovery", "Groningen photo recovery")
q("frag", TI, B, "Travel Fee", "Big Sky callout charge")
q("frag", TI, T, "Support Hours", "CedarStack phone support hours")
q("frag", TI, L, "Desktop Apps", "Lockwell Linux app")
q("frag", SE, Z, "What about batteries and light bulbs?", "Poznań battery disposal")
q("frag", TI, S, "Outages", "Stavanger fibre outage map")

# --- typo: misspellings and swapped letters -------------------------------
q("typo", TI, G, "Battery Replacement", "fixwerk battrey replacment price")
q("typo", TI, M, "Screen Replacement", "bytebench scren repair cost moncton")
q("typo", TI, D, "Ten-Day Bundle", "jute works ten day bundel")
q("typo", TI, P, "Dedicated Desk", "colmena dedicted desk")
q("typo", TI, S, "Installation Fee", "fjordnett instalation fee stavanger")
q("typo", TI, C, "Low-Income Discount", "ridgeline low incmoe discount")
q("typo", TI, T, "Domain Transfer", "cedarstack domian tranfser")
q("typo", SE, L, "What is Emergency Access?", "lockwell emergancy acess")
q("typo", TI, O, "Raising a Ticket", "moravian gate univeristy raise a tikcet")
q("typo", TI, Z, "Hard Drive Destruction", "hard drvie destruciton poznan")
q("typo", TI, B, "Security Package", "gallatin secuirty package price")
q("typo", TI, B, "Zigbee", "what is zigbe")
q("typo", TI, G, "Water Damage Treatment", "fixwerk watre damage")
q("typo", TI, D, "Guest Policy", "jute works guets policy")
q("typo", TI, C, "Outages", "ridgeline outtage chattanooga")

# --- chat: questions wrapped in chat ---------------------------------------
q("chat", TI, G, "Opening Hours", "hi there! 👋 what time does Fixwerk in Groningen open on Saturday?")
q("chat", TI, P, "Day Pass", "@briefbot quick q: how much is a day pass at Colmena in Puebla?")
q("chat", TI, M, "Laptop Fan Cleaning", "thanks! also, does ByteBench clean out noisy laptop fans?")
q("chat", TI, P, "Nomad Monthly", "hola 👋 how much is the nomad monthly plan at colmena?")
q("chat", TI, S, "Fjord 500", "Hei! how fast is Fjordnett's Fjord 500 package?")
q("chat", TI, C, "Home Phone", "hey @briefbot, does Ridgeline Fiber have a landline add-on? 🙏")
q("chat", TI, T, "Grove", "good morning! which CedarStack plan lets me host 10 websites?")
q("chat", TI, L, "Free", "yo, quick question — is there a free version of Lockwell?")
q("chat", TI, O, "Multi-Factor Authentication", "dobrý den! how do I set up MFA for my Moravian Gate account?")
q("chat", TI, Z, "PSZOK Strzeszyn", "cześć! where is the PSZOK in Strzeszyn?")
q("chat", TI, B, "Free Home Assessment", "hiya, does Gallatin Smart Home come out for a free visit before quoting? thanks!")
q("chat", TI, D, "Wifi", "@briefbot how does the wifi work for guests at the Jute Works? cheers")
q("chat", TI, M, "Diagnostic Fee", "bonjour! does ByteBench in Moncton charge to look at a laptop that won't turn on?")
q("chat", TI, G, "Laptop Keyboard Replacement", "hallo 👋 how long does a laptop keyboard swap take at Fixwerk?")
q("chat", TI, P, "Team Room", "hey team 🐝 what do you get with the Colmena team room plan?")
q("chat", TI, S, "Fixed IP Address", "morning all, can I get a static IP from Fjordnett for my home server?")
q("chat", TI, L, "Teams", "thx in advance!! how is the Lockwell Teams plan priced?")
q("chat", TI, B, "Service Plan", "hi, hope you're well :) what does the Gallatin service plan cost each month?")
q("chat", SE, Z, "Can I have large appliances collected from home?", "ciao! can I get my old washing machine picked up from my flat in Poznań?")
q("chat", TI, O, "Student Printing", "ahoj 👋 how do I pay for printing as a student at Moravian Gate?")

# --- acr: acronyms, definitions, glossaries --------------------------------
q("acr", TI, T, "Content Delivery Network", "what does CDN stand for?")
q("acr", TI, T, "Uptime Guarantee", "define SLA")
q("acr", SE, Z, "What counts as e-waste?", "what is WEEE")
q("acr", SE, Z, "Poznań E-Waste Drop-Off: Questions and Answers", "PSZOK meaning")
q("acr", TI, O, "BYOD", "what does BYOD stand for at Moravian Gate?")
q("acr", TI, O, "ISIC", "ISIC card meaning")
q("acr", TI, B, "NVR", "what's an NVR")
q("acr", TI, B, "PoE", "abbreviation for Power over Ethernet")
q("acr", TI, B, "Matter", "CSA meaning smart home")
q("acr", TI, G, "Parts Quality", "what does OEM mean for Fixwerk screens?")
q("acr", SE, M, "Repairs and Pricing", "what is HST on ByteBench prices?")
q("acr", TI, P, "Invoices", "what does CFDI stand for?")
q("acr", SE, L, "How is my vault encrypted?", "define E2EE")
q("acr", TI, O, "VPN", "virtual private network for library databases off campus")
q("acr", SE, S, "Installation", "what does ONT mean for Fjordnett fibre in Stavanger?")
q("acr", SE, D, "The Jute Works Coworking, Dundee", "what does CIC stand for at the Jute Works?")

# --- tab: answers in table rows --------------------------------------------
q("tab", TI, S, "Fjord 1000", "how much is the Fjord 1000 package per month?")
q("tab", TI, S, "TV Add-on", "Stavanger broadband TV channels price")
q("tab", TI, C, "Ridge 5 Gig", "what does Ridge 5 Gig cost in Chattanooga?")
q("tab", TI, Z, "PSZOK Łęgi Dębińskie", "opening hours of the Łęgi Dębińskie recycling point")
q("tab", TI, T, "Forest", "how much storage do I get on the CedarStack Forest plan?")
q("tab", TI, T, "VPS Starter", "how much RAM does the CedarStack VPS come with?")
q("tab", TI, L, "Premium", "how much is Lockwell Premium?")
q("tab", TI, D, "Resident Desk", "Jute Works resident desk cost")
q("tab", TI, D, "Studio Office", "price of a private office for 3 people at the Dundee coworking space")
q("tab", TI, P, "Week Pass", "Colmena week pass price")
q("tab", TI, M, "Back Glass Repair", "how much does ByteBench charge to fix a cracked back glass?")
q("tab", TI, G, "Charging Port Repair", "my phone won't charge, what does Fixwerk charge to fix the port?")
q("tab", TI, B, "Climate Package", "Gallatin smart thermostat package price")

# --- dis: same question per document of two near-topic pairs ---------------
q("dis", TI, G, "Opening Hours", "what are the opening hours of the phone repair shop in Groningen?")
q("dis", TI, M, "Opening Hours", "what are the opening hours of the phone repair shop in Moncton?")
q("dis", TI, G, "Warranty", "how long is the repair warranty in Groningen?")
q("dis", TI, M, "Warranty", "how long is the repair warranty in Moncton?")
q("dis", TI, G, "Cancellation", "can I cancel a repair in Groningen, and does it cost anything?")
q("dis", TI, M, "Cancellation", "can I cancel a repair in Moncton, and does it cost anything?")
q("dis", TI, D, "Day Pass", "how much is a day pass at the coworking space in Dundee?")
q("dis", TI, P, "Day Pass", "how much is a day pass at the coworking space in Puebla?")
q("dis", TI, D, "Guest Policy", "can I bring a guest to the coworking space in Dundee?")
q("dis", TI, P, "Guest Policy", "can I bring a guest to the coworking space in Puebla?")
q("dis", TI, D, "Printing", "how much does printing cost at the coworking space in Dundee?")
q("dis", TI, P, "Printing", "how much does printing cost at the coworking space in Puebla?")

# --- none: near-topic (fact missing) then unrelated -------------------------
q("none", NO, "", "", "does Fixwerk in Groningen fix smartwatches?")
q("none", NO, "", "", "does ByteBench in Moncton take Apple Pay?")
q("none", NO, "", "", "is there a free car park at the Jute Works in Dundee?")
q("none", NO, "", "", "does Colmena in Puebla have standing desks?")
q("none", NO, "", "", "does Fjordnett sell mobile phone subscriptions?")
q("none", NO, "", "", "can I get a static IP address from Ridgeline Fiber?")
q("none", NO, "", "", "does CedarStack support Windows servers and ASP.NET?")
q("none", NO, "", "", "does Lockwell have a student discount?")
q("none", NO, "", "", "can I borrow a laptop from the Moravian Gate University IT desk?")
q("none", NO, "", "", "does the Poznań PSZOK accept old car tyres?")
q("none", NO, "", "", "does Gallatin Smart Home install solar panels?")
q("none", NO, "", "", "does Fjordnett in Stavanger charge extra for a paper bill?")
q("none", NO, "", "", "how many technicians work at ByteBench in Moncton?")
q("none", NO, "", "", "how do I renew my passport?")
q("none", NO, "", "", "what's the weather in Lisbon tomorrow?")
q("none", NO, "", "", "best sourdough starter recipe")
q("none", NO, "", "", "when is the next full moon")
q("none", NO, "", "", "how much is a train ticket from Dundee to Edinburgh?")
q("none", NO, "", "", "who won the 2022 world cup")
q("none", NO, "", "", "how do I fix a leaking kitchen tap")
q("none", NO, "", "", "translate good night into Japanese")
q("none", NO, "", "", "what is the capital of Mongolia")
q("none", NO, "", "", "how many calories are in a banana")
q("none", NO, "", "", "can I bring my cat on a plane")
q("none", NO, "", "", "tips for growing tomatoes on a balcony")
q("none", NO, "", "", "what time does Puebla cathedral open for visitors?")

# --- leak: internal briefing; public must get nothing -----------------------
q("leak", NO, "", "", "what caused the Ashburn storage outage at CedarStack in March?")
q("leak", NO, "", "", "is CedarStack raising its prices in September?")
q("leak", NO, "", "", "is CedarStack moving out of the Ashburn data center?")
q("leak", NO, "", "", "is CedarStack getting rid of phone support?")
q("leak", NO, "", "", "how much is the CedarStack on-call allowance?")
q("leak", NO, "", "", "is CedarStack hiring support staff right now?")
q("leak", NO, "", "", "how much did CedarStack pay out in credits after the March outage?")
q("leak", NO, "", "", "can I apply to the CedarStack reseller programme?")
q("leak", NO, "", "", "what is the CedarStack night shift rota?")
q("leak", NO, "", "", "who is Siobhán Ó Dálaigh?")
q("leak", TI, I, "Root Cause", "why did the Ashburn storage go down in March?", INT)
q("leak", TI, I, "Detection Time", "how long did it take monitoring to notice the Ashburn outage?", INT)
q("leak", TI, I, "Grove", "proposed new price for the Grove plan", INT)
q("leak", TI, I, "Phone Support Ending", "when does weekday phone support stop?", INT)
q("leak", TI, I, "Ashburn Exit", "where are the East Coast customers going after we leave Ashburn?", INT)
q("leak", TI, I, "On-Call Allowance", "how much is the weekly on-call allowance going up to?", INT)

def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.tsv")
    counters = {}
    lines = ["#id\taudience\tmatch\tdocs\texpected\tquestion"]
    for cat, aud, match, doc, exp, question in Q:
        counters[cat] = counters.get(cat, 0) + 1
        qid = "%s%02d" % (cat, counters[cat])
        row = [qid, aud, match, doc, exp, question]
        for f in row:
            assert "\t" not in f and "\n" not in f, row
        lines.append("\t".join(row))
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print("wrote %d questions to %s" % (len(Q), out))

if __name__ == "__main__":
    main()
