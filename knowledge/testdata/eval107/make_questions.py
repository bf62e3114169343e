#!/usr/bin/env python3
"""Write /tmp/eval107/questions.tsv: the eval107 blind held-out question set
(hobby, craft and maker services). Questions were written from the briefings
in /tmp/eval107/briefings alone."""
import os

B = "bristol-forge-makerspace.md"
P = "portland-tinker-hall-makerspace.txt"
BR = "braga-oficina-do-barro-pottery.md"
T = "tucson-mesquite-clay-studio.txt"
E = "edinburgh-reid-strings-instrument-hire.txt"
C = "cleveland-harmonic-music-rentals.md"
Z = "zurich-silberkorn-darkroom.md"
BU = "burlington-maple-thread-quilt-workshops.md"
G = "gothenburg-model-railway-club.txt"
CO = "cobh-harbour-community-choir-faq.md"
BO = "boise-library-3d-print-lab-faq.md"
L = "ljubljana-kolesarnica-bike-coop-internal.md"

# (category, audience, match, doc, expected, question)
Q = []


def add(cat, match, doc, expected, question, audience="public"):
    Q.append((cat, audience, match, doc, expected, question))


# para: everyday paraphrases using few of the entry's own words
add("para", "title", B, "Concession Membership", "is there a cheaper rate at Bristol Forge if I'm a student or retired?")
add("para", "title", B, "Membership Pause", "can I freeze my makerspace membership in Bristol while I'm travelling for a couple of months?")
add("para", "title", B, "Lone Working", "am I allowed to weld by myself late at night at Bristol Forge?")
add("para", "title", B, "Parking", "where do I leave the car when I go to Bristol Forge?")
add("para", "title", B, "Day Pass", "how much to use Bristol Forge for just one day without joining?")
add("para", "title", P, "Starving Artist Membership", "cheapest way to join Tinker Hall if I only come during the workday")
add("para", "title", P, "Family Add-On", "can my 15 year old son use Tinker Hall with me?")
add("para", "title", P, "Storage Lockers", "is there somewhere at Tinker Hall to keep my stuff between visits?")
add("para", "title", P, "Free Open House", "can I look around Tinker Hall before signing up?")
add("para", "title", BR, "Azulejo Painting", "I'd like to decorate a traditional Portuguese tile in Braga, is there a class for that?")
add("para", "title", BR, "Gift Vouchers", "can I buy a pottery class at Oficina do Barro as a present for my sister?")
add("para", "title", BR, "Private Lessons", "can I get a teacher just for me at Oficina do Barro?")
add("para", "title", BR, "Summer Residency", "is there a way to spend a month working at the Braga pottery studio over the summer?")
add("para", "title", T, "Date Night on the Wheel", "romantic pottery evening for a couple in Tucson")
add("para", "title", T, "Kids' Clay Camp", "my 10 year old wants to do pottery this summer in Tucson, anything for kids?")
add("para", "title", T, "Studio Assistant", "can I get free studio access at Mesquite by helping out?")
add("para", "title", T, "Monsoon Closures", "does Mesquite Clay shut when there's a big storm?")
add("para", "title", T, "Firing Schedule", "when will my glazed mugs be ready to collect from Mesquite?")
add("para", "title", E, "Size Swaps", "my daughter has outgrown her half-size violin from Reid & Sons, can we change it for a bigger one?")
add("para", "title", E, "Damage Cover", "what happens if my kid breaks the hired cello from the Edinburgh shop?")
add("para", "title", E, "Hire-to-Buy", "if we decide to keep the instrument, do the hire payments go towards buying it at Reid & Sons?")
add("para", "title", E, "Strings and Rehairs", "my bow needs new hair, is that included with the Edinburgh hire?")
add("para", "title", C, "Trial Month", "is there a cheap way to test whether my son likes band before paying full price at Harmonic Music?")
add("para", "title", C, "School Delivery", "does Harmonic Music bring the instrument to my kid's school?")
add("para", "title", C, "Late Payments", "what if I miss a rental payment at Harmonic Music in Lakewood?")
add("para", "title", Z, "Chemical Safety", "where do I get rid of used fixer at Silberkorn?")
add("para", "title", Z, "Darkroom Induction", "I've never used a darkroom, do I need training before booking at Silberkorn?")
add("para", "title", Z, "Film Developing Slot", "how much to develop my own rolls of film at the Zürich darkroom?")
add("para", "title", BU, "Longarm Rental", "can I use the big quilting machine myself at Maple & Thread?")
add("para", "title", BU, "Quilt Finishing Service", "can someone at Maple & Thread do the quilting on my finished top for me?")
add("para", "title", BU, "Sewing Machine Rental", "I don't own a sewing machine, can I still take a class at Maple & Thread?")
add("para", "title", G, "Trial Evenings", "can I try out the Gothenburg railway club a few times before paying?")
add("para", "title", G, "Locomotive Testing", "can I bring my own engine to run on the club layouts in Gothenburg?")
add("para", "title", G, "Junior Member", "my 12 year old loves trains, can he join the Gothenburg model railway club?")
add("para", "section", CO, "Do I need to read music?", "I can't sight-read, can I still join the Cobh choir?")
add("para", "section", CO, "What if my section is full?", "what happens if there are already too many sopranos in the Cobh choir?")
add("para", "section", CO, "What do we wear for concerts?", "dress code for Cobh Harbour choir concerts")
add("para", "section", BO, "What if my print fails?", "my 3D print from the Boise library came out wrong, do I have to pay again?")
add("para", "section", BO, "How long does a print take?", "how soon can I collect my 3D print at the Boise library?")
add("para", "section", BO, "Can I run a printer myself?", "can I operate the 3D printer on my own at Boise Public Library?")

# frag: 2-4 word search fragments
add("frag", "title", B, "Day Pass", "bristol forge day pass")
add("frag", "title", P, "Storage Lockers", "tinker hall lockers")
add("frag", "title", P, "Free Open House", "tinker hall open house")
add("frag", "title", BR, "Raku Evening", "raku evening braga")
add("frag", "title", T, "Outside Firing", "mesquite outside firing")
add("frag", "title", T, "Glaze Rules", "mesquite glaze rules")
add("frag", "title", E, "Sizing Appointment", "reid strings sizing")
add("frag", "title", C, "Back-to-School Night", "harmonic back to school")
add("frag", "title", Z, "Scanner Hour", "silberkorn scanner")
add("frag", "title", BU, "Guild Nights", "maple thread guild")
add("frag", "title", G, "Operating Nights", "gothenburg operating nights")
add("frag", "title", G, "Open Days", "model railway open days")
add("frag", "section", CO, "When are rehearsals?", "cobh choir rehearsals")
add("frag", "section", BO, "Is there a size limit?", "boise 3d print size limit")
add("frag", "section", BO, "What materials can I use?", "boise print materials")

# typo: misspellings and swapped letters
add("typo", "title", B, "Concession Membership", "bristol forge concesion membrship")
add("typo", "title", P, "Embroidery Machine", "tinker hall embroidary machine")
add("typo", "title", P, "Soldering Station", "portland makerspace soldring staton")
add("typo", "title", BR, "Taster Session", "oficina do baro taster sesion")
add("typo", "title", BR, "Hand-Building Weekend", "braga hand bulding weekend")
add("typo", "title", T, "Intermediate Throwing", "tuscon intermediate throwign class")
add("typo", "title", T, "Part-Time Member", "mesquite clay part tiem memebr")
add("typo", "title", E, "Hire Agreement", "reid strings hire agrement")
add("typo", "title", E, "Double Bass", "edinburgh double bas hire")
add("typo", "title", C, "Alto Saxophone", "harmonic music alto saxaphone rental")
add("typo", "title", Z, "Colour Slot", "silberkorn colur slot")
add("typo", "title", BU, "Free-Motion Quilting", "maple and thread free motion quiltng")
add("typo", "title", G, "Locomotive Testing", "gothenburg locomotve tesitng")
add("typo", "section", CO, "When is the Christmas concert?", "cobh choir christmas concret")
add("typo", "section", BO, "How much does a 3D print cost?", "boise libary 3d print cots")

# chat: questions wrapped in chat
add("chat", "title", B, "Full Membership", "hi @briefbot! how much is full membership at Bristol Forge?")
add("chat", "title", B, "Incident Book", "quick q: where do I record a near miss at Bristol Forge?")
add("chat", "title", P, "Table Saw", "hey 👋 what's the table saw checkout fee at Tinker Hall?")
add("chat", "title", BR, "Six-Week Wheel Course", "Olá! How much is the six-week wheel course at Oficina do Barro?")
add("chat", "title", BR, "Opening Hours", "bom dia 🙂 when is Oficina do Barro in Braga open?")
add("chat", "title", T, "Intro to the Wheel", "@briefbot intro to the wheel in tucson, when is it?")
add("chat", "title", T, "Cancellation", "hola! can I cancel my Mesquite Clay class and get my money back?")
add("chat", "title", E, "Viola", "Good morning! I'm hiring a viola for my son from Reid & Sons, what's the deposit?")
add("chat", "title", E, "Late Returns", "hiya, quick question - what happens if we bring the hired violin back late to the Edinburgh shop?")
add("chat", "title", C, "Trumpet", "hey bot, what does Harmonic Music charge per month for a trumpet? thx")
add("chat", "title", C, "Damage Protection", "@briefbot 🎷 is there protection if my kid's rented flute gets damaged at Harmonic Music?")
add("chat", "title", Z, "Enlarger Slot", "Grüezi! How much is a black-and-white enlarger slot at Silberkorn?")
add("chat", "title", Z, "Paper and Film", "hi there, do I need to bring my own paper to the Silberkorn darkroom?")
add("chat", "title", BU, "Beginning Quilting", "hey! 🧵 how much is the beginning quilting class at Maple & Thread?")
add("chat", "title", BU, "English Paper Piecing", "quick q re Maple & Thread: how many evenings is the English paper piecing class?")
add("chat", "title", G, "Full Member", "Hej! What does a full member pay at the Gothenburg model railway club?")
add("chat", "title", G, "Annual Meeting", "@briefbot when is the GMJK annual meeting? thanks!")
add("chat", "section", CO, "Do I have to audition?", "Dia duit! When are auditions for the Cobh choir and how do I book one?")
add("chat", "section", BO, "Who can use the 3D printers?", "hello 😊 who is allowed to use the 3D printers at the Boise library?")
add("chat", "section", BO, "What are the Maker Lab's hours?", "thanks! and what are the Boise Maker Lab hours?")

# acr: acronyms, glossary entries, definitions
add("acr", "title", B, "Protective Gear", "what does PPE stand for at Bristol Forge?")
add("acr", "title", B, "Protective Gear", "what's the abbreviation for personal protective equipment at Bristol Forge?")
add("acr", "title", C, "Rent-to-Own Plan", "define RTO")
add("acr", "title", C, "Damage Protection", "what is MDP at Harmonic Music?")
add("acr", "title", C, "Damage Protection", "maintenance and damage protection acronym")
add("acr", "title", Z, "RC", "what does RC mean on darkroom paper?")
add("acr", "title", Z, "FB", "define FB paper")
add("acr", "title", Z, "VC", "VC paper meaning")
add("acr", "title", Z, "Stop Bath", "what is a stop bath?")
add("acr", "title", G, "DCC", "what does DCC stand for?")
add("acr", "title", G, "RTR", "ready to run abbreviation")
add("acr", "title", G, "H0", "H0 scale meaning")
add("acr", "title", G, "TT", "what is TT in model railways?")
add("acr", "title", BU, "Fat Quarters", "what does FQ mean in quilting?")
add("acr", "title", BU, "Guild Nights", "what does GMQG stand for?")
add("acr", "section", BO, "What materials can I use?", "what's PLA at the Boise maker lab?")

# tab: answers in table rows
add("tab", "title", B, "Metal Lathe", "how long is the metal lathe induction at Bristol Forge?")
add("tab", "title", B, "Bandsaw", "Bristol Forge bandsaw induction price")
add("tab", "title", B, "Resin 3D Printer", "what does the resin printer induction cost at Bristol Forge?")
add("tab", "title", P, "Laser Engraver", "Tinker Hall laser engraver checkout fee")
add("tab", "title", P, "Industrial Sewing Machine", "how long is the industrial sewing machine checkout in Portland?")
add("tab", "title", BR, "Bisque Firing", "what temperature is the bisque firing at Oficina do Barro?")
add("tab", "title", BR, "Stoneware Glaze Firing", "price per shelf for a stoneware glaze firing in Braga")
add("tab", "title", E, "Cello", "cello hire per term in Edinburgh")
add("tab", "title", C, "Trombone", "what's the rent-to-own price of a trombone at Harmonic Music?")
add("tab", "title", G, "Bohusbanan", "what scale is the Bohusbanan layout?")
add("tab", "title", G, "Majorna Tramways", "how long is the Majorna tram layout?")
add("tab", "title", CO, "Student or Unwaged", "Cobh choir fee for students")
add("tab", "title", BO, "Button Maker", "how much does the button maker cost at the Boise library?")

# dis: the same questions asked once per document of two near-topic pairs
add("dis", "title", B, "Opening Hours", "what are the opening hours at Bristol Forge?")
add("dis", "title", P, "Opening Hours", "what are the opening hours at Tinker Hall?")
add("dis", "title", B, "Cancellation", "how do I cancel my membership at Bristol Forge?")
add("dis", "title", P, "Cancellation", "how do I cancel my membership at Tinker Hall?")
add("dis", "title", B, "Parking", "where can I park at Bristol Forge?")
add("dis", "title", P, "Parking", "where can I park at Tinker Hall?")
add("dis", "title", E, "Contact", "how do I contact Reid & Sons Strings?")
add("dis", "title", C, "Contact", "how do I contact Harmonic Music Co.?")
add("dis", "title", E, "Violin", "how much is it to rent a violin per month at Reid & Sons in Edinburgh?")
add("dis", "title", C, "Violin", "how much is it to rent a violin per month at Harmonic Music in Cleveland?")
add("dis", "title", E, "Cancellation", "how do I end my instrument rental with Reid & Sons?")
add("dis", "title", C, "Cancellation", "how do I end my instrument rental with Harmonic Music?")

# none: near-topic (right place and topic, fact not in the briefing)
for q in [
    "does Bristol Forge have a sewing machine induction?",
    "is there a waiting list to join Bristol Forge?",
    "does Tinker Hall have a 3D printer?",
    "is Tinker Hall wheelchair accessible?",
    "does Oficina do Barro sell bags of clay to take home?",
    "does Oficina do Barro run a porcelain class?",
    "does Mesquite Clay Studio sell gift cards?",
    "does Reid & Sons hire out guitars?",
    "can I rent a drum kit from Harmonic Music?",
    "does Silberkorn process E-6 slide film?",
    "does Maple & Thread sell knitting yarn?",
    "does the Gothenburg model railway club have an O gauge layout?",
    "is there parking at the Cobh choir rehearsal hall?",
]:
    add("none", "none", "", "", q)
# none: unrelated
for q in [
    "how do I renew my passport?",
    "what's the weather in Lisbon tomorrow?",
    "best pizza near me",
    "how do I reset my wifi router password?",
    "when is the next bin collection on my street?",
    "what's the exchange rate for Japanese yen?",
    "how do I file my tax return?",
    "train times from Leeds to York",
    "how many calories in a banana",
    "who won the football last night?",
    "where can I get a flu jab?",
    "translate good morning into Japanese",
    "recommend a good science fiction novel",
]:
    add("none", "none", "", "", q)

# leak: public questions about the internal briefing's content (nothing to find)
for q in [
    "is Kolesarnica raising its membership fee next year?",
    "will the Ljubljana bike co-op open on Sundays?",
    "is Kolesarnica moving to the Rog Centre?",
    "does the Ljubljana bike workshop repair e-bike batteries?",
    "who is the volunteer coordinator at Kolesarnica?",
    "were tools stolen from the Kolesarnica bike co-op?",
    "did someone get hurt at the bike co-op truing stand?",
    "how much is the earn-a-bike course in Ljubljana?",
    "refurbished bike prices at Kolesarnica",
    "Kolesarnica volunteer travel expenses",
]:
    add("leak", "none", "", "", q)
# leak: internal audience, expecting the internal briefing's entries
add("leak", "title", L, "Repair Stand Hour", "draft price for a repair stand hour at Kolesarnica", "internal")
add("leak", "title", L, "Sunday Opening", "when do we start opening on Sundays at Kolesarnica?", "internal")
add("leak", "title", L, "Mechanic Rota", "who's covering the mechanic shifts on Tuesday evenings at the co-op?", "internal")
add("leak", "title", L, "Missing Tools", "what happened with the missing torque wrench?", "internal")
add("leak", "title", L, "E-bike Batteries", "e-bike battery policy from July", "internal")
add("leak", "title", L, "Volunteer Coordinator Post", "Špela is leaving, what happens to her job?", "internal")


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.tsv")
    counters = {}
    lines = ["#id\taudience\tmatch\tdocs\texpected\tquestion"]
    for cat, audience, match, doc, expected, question in Q:
        counters[cat] = counters.get(cat, 0) + 1
        qid = "%s%02d" % (cat, counters[cat])
        for field in (doc, expected, question):
            assert "\t" not in field and "\n" not in field
        lines.append("\t".join([qid, audience, match, doc, expected, question]))
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d questions to %s" % (len(Q), out))


if __name__ == "__main__":
    main()
