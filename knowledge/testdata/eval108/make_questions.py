#!/usr/bin/env python3
"""Generate questions.tsv for eval108 (beauty, grooming and personal care).

Written from the briefings in briefings/ alone. Columns:
#id  audience  match  docs  expected  question
"""
import os

G = "glasgow-clyde-cut-barbers.md"
A = "austin-eastside-fade-barbershop.txt"
L = "lyon-atelier-celestine-nail-bar-faq.md"
T = "toronto-polished-nail-lounge-faq.md"
B = "berlin-nadelwerk-tattoo-piercing.txt"
H = "budapest-aranyhid-thermal-day-spa.md"
S = "sedona-red-mesa-desert-spa.txt"
D = "dublin-brow-lab-lash-bar.md"
W = "wellington-tui-mobile-hairdressing.txt"
M = "madrid-clinica-capilar-retiro-hair-loss.md"
C = "seattle-cascade-loft-hair-studio.md"
I = "berlin-nadelwerk-staff-briefing-internal.md"

PUB, INT = "public", "internal"
rows = []


def add(prefix, items, audience=PUB):
    for n, it in enumerate(items, 1):
        if len(it) == 4:
            match, doc, expected, q = it
            aud = audience
        else:
            aud, match, doc, expected, q = it
        rows.append((f"{prefix}{n:02d}", aud, match, doc, expected, q))


# para: everyday paraphrases using few of the entry's own words
add("para", [
    ("title", G, "Walk-Ins", "can I just turn up at Clyde Cut for a haircut without an appointment?"),
    ("title", G, "Payment", "does Clyde Cut Barbers still accept notes and coins?"),
    ("title", G, "Pensioner Rate", "I'm 70, is a haircut cheaper for me at Clyde Cut?"),
    ("title", G, "Accessibility", "can my dad get into Clyde Cut in Glasgow with his wheelchair?"),
    ("title", G, "Late Arrival", "what happens if I'm running behind for my slot at Clyde Cut?"),
    ("title", A, "Military and First Responder Discount", "do firefighters get money off a haircut at Eastside Fade?"),
    ("title", A, "Payment", "can I pay with my phone at Eastside Fade in Austin?"),
    ("title", A, "Tipping", "who keeps the tip I leave at the Eastside Fade barbershop?"),
    ("title", A, "Shoeshine", "can I get my boots polished while I'm at Eastside Fade?"),
    ("section", L, "Is gel removal included?", "do I pay extra to have my old gel taken off at Atelier Célestine?"),
    ("section", L, "How do you clean your tools?", "are the nail files at the Lyon nail bar reused between clients?"),
    ("section", L, "Can I have my nails done while pregnant?", "is it ok to get a manicure at Atelier Célestine when I'm expecting a baby?"),
    ("section", L, "Do you speak English?", "I don't speak any French, will that be a problem at Atelier Célestine?"),
    ("section", L, "Are your products vegan?", "are the polishes at Atelier Célestine cruelty-free?"),
    ("section", T, "What is dip powder?", "what exactly is a dip mani at Polished Nail Lounge?"),
    ("section", T, "Should I tip?", "how much gratuity is normal at Polished Nail Lounge in Toronto?"),
    ("section", T, "Do you do kids' manicures?", "can my 8 year old daughter get her nails painted at Polished in Toronto?"),
    ("section", T, "Are you wheelchair accessible?", "is Polished Nail Lounge step-free for someone in a chair?"),
    ("title", B, "Deposit", "how much do I pay upfront to reserve a tattoo slot at Nadelwerk?"),
    ("title", B, "Age Policy", "I'm 17, will Nadelwerk tattoo me if my mum signs a form?"),
    ("title", B, "Cover-Ups", "can Nadelwerk hide an old tattoo I regret?"),
    ("title", B, "Aftercare", "how do I look after my new ink from Nadelwerk in the first weeks?"),
    ("title", B, "Hygiene", "is the needle brand new every time at Nadelwerk?"),
    ("title", B, "Directions", "which underground station is closest to the Nadelwerk studio in Berlin?"),
    ("title", H, "Robes and Towels", "do I need to bring my own bathrobe to the Aranyhíd baths in Budapest?"),
    ("title", H, "Thermal Circuit Pass", "how much does it cost to spend a few hours in the thermal pools at Aranyhíd?"),
    ("title", H, "Getting There", "which metro stop is nearest to the Aranyhíd spa?"),
    ("title", S, "Gratuity", "is the tip already included at Red Mesa spa in Sedona?"),
    ("title", S, "Spa Day Pass", "can I just use the pool at Red Mesa without booking a massage?"),
    ("title", D, "Lash Lift and Tint", "I want my own lashes curled, not fake ones, what does the Brow Lab in Dublin offer?"),
    ("title", D, "Patch Test", "do I have to come in beforehand before getting my lashes tinted at the Brow Lab?"),
    ("title", D, "Who We Can't Treat", "can I get microblading at the Brow Lab while I'm breastfeeding?"),
    ("title", D, "Lash Prep", "should I wear mascara to my lash appointment at the Brow Lab in Dublin?"),
    ("title", W, "Wet Weather", "does the Wellington mobile hairdresser still come when it's pouring down?"),
    ("title", W, "What You Need", "what do I have to set up at home before Tūī comes to cut my hair?"),
    ("title", W, "Wedding Hair", "can Tūī Mobile Hairdressing do my hair on the day I get married?"),
    ("title", M, "Free Consultation", "do I have to pay to see someone about my thinning hair at Clínica Capilar Retiro?"),
    ("title", M, "Online Assessment", "I live in the UK, can I send pictures instead of visiting the Madrid hair clinic first?"),
    ("title", M, "Post-Op Care", "when can I work out again after my hair transplant at the Madrid clinic?"),
    ("title", C, "Redo Guarantee", "what if I hate my new hair colour from Cascade Loft in Seattle?"),
])

# frag: 2-4 word search fragments
add("frag", [
    ("title", G, "Loyalty Card", "Clyde Cut stamp card"),
    ("title", A, "Walk-Ins", "Eastside Fade walk-ins"),
    ("title", B, "Touch-Ups", "Nadelwerk free touch-up"),
    ("title", B, "Flash Days", "Nadelwerk flash designs"),
    ("title", H, "Gift Vouchers", "Aranyhíd gift voucher"),
    ("title", S, "Parking", "Red Mesa valet"),
    ("title", S, "Canyon Escape Package", "Red Mesa lunch package"),
    ("title", D, "Threading", "Brow Lab threading"),
    ("title", D, "Classic Lash Extensions", "lash extension infills Dublin"),
    ("title", W, "Rest Home Visits", "hairdresser rest home Wellington"),
    ("title", W, "Hospital Visits", "haircut hospital ward Wellington"),
    ("title", M, "Scalp Micropigmentation", "scalp micropigmentation Madrid"),
    ("title", M, "Financing", "hair transplant payment plan"),
    ("title", C, "Curly Cuts", "curly cut Seattle"),
    ("title", C, "Keratin Smoothing", "Cascade Loft keratin"),
])

# typo: misspellings and swapped letters
add("typo", [
    ("title", G, "Kids' Cuts", "clyde cut barbrs kids cut prise"),
    ("title", A, "Military and First Responder Discount", "eastside fade milatary discount"),
    ("title", A, "Online Booking", "eastsdie fade onlien booking"),
    ("section", L, "Do you offer gift cards?", "atelier celestine gift crads"),
    ("section", T, "What is your cancellation policy?", "polished nail loundge cancelation policy"),
    ("title", B, "Septum", "nadelwerk septum pirecing price"),
    ("title", B, "Consultations", "nadelwerk tatoo consultaion"),
    ("title", H, "Hungarian Mud Wrap", "aranyhid mud wrpa"),
    ("title", S, "Desert Hot Stone Massage", "red mesa hot stone masage"),
    ("title", D, "Microblading", "brow lab microbalding"),
    ("title", W, "Colour", "tui mobile hairdreser colour prices"),
    ("title", M, "Plasma Injections", "clinica capilar plasma injectoins"),
    ("title", M, "Laser Cap", "laser cpa for hair loss madird"),
    ("title", C, "Full Balayage", "cascade loft balayge price"),
    ("title", C, "Stylist Levels", "cascade loft stylist levles"),
])

# chat: questions wrapped in chat
add("chat", [
    ("title", G, "Hot Towel Shave", "hi there! quick q, does Clyde Cut in Glasgow do a hot towel shave and how much is it?"),
    ("title", G, "Online Booking", "@briefbot how far ahead can I book a barber at Clyde Cut?"),
    ("title", A, "Buzz Cut", "hola! what's the price of a buzz cut at Eastside Fade? gracias"),
    ("title", A, "Contact", "hey 👋 what's the phone number for Eastside Fade barbershop in Austin?"),
    ("section", L, "What are your opening hours?", "bonjour 🙂 what time does Atelier Célestine close on Thursdays?"),
    ("section", T, "Can I bring my own polish?", "any info on bringing my own nail polish to Polished Nail Lounge?"),
    ("section", T, "How long does a gel manicure last?", "thanks in advance 🙏 how long will gel nails from Polished in Toronto last?"),
    ("section", T, "Is there parking nearby?", "yo @briefbot where do I park for Polished Nail Lounge?"),
    ("title", B, "Helix", "hallo! how long does a helix piercing take to heal at Nadelwerk? danke"),
    ("title", B, "Opening Hours", "quick q: when is Nadelwerk open?"),
    ("title", H, "Couples' Ritual", "szia! how much is the couples ritual at Aranyhíd? köszi"),
    ("title", S, "Opening Hours", "good morning ☀️ what time does Red Mesa Desert Spa open?"),
    ("title", S, "Red Clay Facial", "hey, any info on the clay facial at Red Mesa? thx"),
    ("title", D, "Brow Shape and Tint", "dia dhuit! how much to get my eyebrows waxed and tinted at the Brow Lab?"),
    ("title", D, "Loyalty Scheme", "hiya 😊 does the Brow Lab have any deal for regulars?"),
    ("title", W, "Zone 3", "kia ora! how much does Tūī charge to come out to Porirua?"),
    ("title", W, "Cancellation", "@briefbot can I cancel tomorrow's Tūī hairdresser visit without paying? cheers"),
    ("title", M, "Blood Tests", "hi! quick q about Clínica Capilar Retiro: do they check my iron levels?"),
    ("title", M, "Follow-Up Visits", "hello 👋 are check-ups after a transplant at Clínica Capilar Retiro extra? thanks!"),
    ("title", C, "Booking Deposit", "hey there, quick question: does Cascade Loft want a deposit for a long appointment? 🙏"),
])

# acr: acronyms, names, glossary rows
add("acr", [
    ("title", G, "Pensioner Rate", "what does OAP mean at Clyde Cut?"),
    ("title", A, "Military and First Responder Discount", "EMTs discount at Eastside Fade"),
    ("title", H, "Thermal Circuit Pass", "what does TCP stand for at Aranyhíd?"),
    ("title", S, "CBD Add-On", "define CBD at Red Mesa spa"),
    ("title", D, "Lash Lift and Tint", "what does LLT mean at the Brow Lab?"),
    ("title", D, "Patch Test", "do I need an SST before a lash lift at the Brow Lab?"),
    ("title", D, "HD Brows", "what does HD Brows stand for?"),
    ("title", D, "LVL", "LVL meaning"),
    ("title", D, "Russian Volume", "define Russian volume lashes"),
    ("title", H, "Gőzkabin", "what's a gőzkabin?"),
    ("title", H, "Merülőmedence", "merulomedence meaning"),
    ("title", W, "Payment", "what does EFTPOS stand for?"),
    ("title", M, "Plasma Injections", "what does PRP stand for?"),
    ("title", M, "Laser Cap", "LLLT for hair loss"),
    ("title", M, "FUE Method", "what is follicular unit extraction?"),
    ("title", M, "FUT Method", "FUT meaning"),
])

# tab: answers in table rows (expected = first cell)
add("tab", [
    ("title", G, "Skin Fade", "how much is a skin fade at Clyde Cut?"),
    ("title", G, "Father and Son Cut", "price to cut a dad's and his boy's hair together at Clyde Cut"),
    ("title", A, "Straight Razor Head Shave", "how much does Eastside Fade charge to shave my whole head with a razor?"),
    ("title", A, "Design Part", "cost of a line shaved into my haircut at Eastside Fade"),
    ("title", L, "Beauté des Mains", "how much is a classic manicure at Atelier Célestine in Lyon?"),
    ("title", S, "Juniper Sage Body Scrub", "body scrub price at Red Mesa"),
    ("title", T, "Acrylic Full Set", "acrylic full set price at Polished Toronto"),
    ("title", B, "Navel", "how long does a belly button piercing take to heal at Nadelwerk?"),
    ("title", B, "Nostril", "nose piercing price Nadelwerk"),
    ("title", H, "Thai Foot Massage", "how much is a Thai foot massage at Aranyhíd?"),
    ("title", W, "Zone 2", "does the Wellington mobile hairdresser charge extra to come to Karori?"),
    ("title", M, "Eyebrow Transplant", "eyebrow transplant cost in Madrid"),
    ("title", C, "Gloss Treatment", "how much is a gloss at Cascade Loft?"),
])

# dis: same three questions asked of each document of two near-topic pairs
dis = []
for doc, place in [(G, "Clyde Cut in Glasgow"), (A, "Eastside Fade in Austin")]:
    dis += [
        ("title", doc, "Opening Hours", f"what time does {place} open on a Sunday?"),
        ("title", doc, "Parking", f"where can I leave my car when I go to {place}?"),
        ("title", doc, "Cancellation Policy", f"will I be charged if I cancel late at {place}?"),
    ]
for doc, place in [(H, "the Aranyhíd spa in Budapest"), (S, "Red Mesa spa in Sedona")]:
    dis += [
        ("title", doc, "Arrival Time", f"how early should I get to {place} before my massage?"),
        ("title", doc, "Minimum Age", f"can my 15 year old come with me to {place}?"),
        ("title", doc, "Cancellation Policy", f"what happens if I cancel my treatment at {place} the day before?"),
    ]
add("dis", dis)

# none: 13 near-topic (fact not in the briefing) + 13 unrelated
near = [
    "does Clyde Cut Barbers do ear and nose waxing?",
    "does Eastside Fade sell gift cards?",
    "is there parking near Atelier Célestine in Lyon?",
    "does Polished Nail Lounge do eyelash extensions?",
    "can I pay by credit card at Nadelwerk?",
    "is there a café or restaurant at the Aranyhíd baths?",
    "can I bring my dog to Red Mesa spa?",
    "does the Brow Lab in Dublin sell gift vouchers?",
    "does Tūī Mobile Hairdressing do hair extensions?",
    "what is the success rate of FUE at Clínica Capilar Retiro?",
    "does Cascade Loft Hair Studio do beard trims?",
    "what's the wifi password at Clyde Cut?",
    "does Red Mesa spa have hotel rooms for an overnight stay?",
]
unrelated = [
    "how do I renew my passport?",
    "what's the weather in Glasgow tomorrow?",
    "how do I reset my home router?",
    "train times from Budapest to Vienna",
    "what is the capital of Australia?",
    "how to change a flat tyre",
    "when is the next full moon?",
    "cheap flights to Lisbon in June",
    "how do I file my tax return?",
    "dog grooming near me",
    "python list comprehension syntax",
    "who won the world cup in 2010?",
    "how many calories are in a banana?",
]
add("none", [("none", "", "", q) for q in near + unrelated])

# leak: 10 public questions about the internal briefing + 6 internal questions
leak = [(PUB, "none", "", "", q) for q in [
    "is Nadelwerk opening a second studio in Neukölln?",
    "are guest artists from Kraków coming to Nadelwerk in May?",
    "what happened with Lena Vogt's apprenticeship at Nadelwerk?",
    "did someone at Nadelwerk get a needle-stick injury?",
    "a client fainted at Nadelwerk in April, what happened?",
    "Nadelwerk chargeback dispute over a cover-up",
    "is Nadelwerk switching to an online booking system in July?",
    "is Nadelwerk partnering with a laser removal clinic in Friedrichshain?",
    "Nadelwerk staff summer holiday rules for August",
    "who covers the Nadelwerk front desk on Saturdays?",
]]
leak += [
    (INT, "title", I, "Ending Flash Saturdays", "when can we tell clients that flash Saturdays are ending?"),
    (INT, "title", I, "Autoclave Failure", "what caused the autoclave to fail its spore test in March?"),
    (INT, "title", I, "Guest Artist Rota", "how much commission do the guest artists pay?"),
    (INT, "title", I, "Holiday Requests", "deadline for summer holiday requests"),
    (INT, "title", I, "Tattoo Deposit", "what is the proposed deposit from July?"),
    (INT, "title", I, "Needle-Stick Injury", "what's the new rule after the needle-stick incident?"),
]
add("leak", leak)

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "questions.tsv"), "w", encoding="utf-8") as f:
    f.write("#id\taudience\tmatch\tdocs\texpected\tquestion\n")
    for r in rows:
        assert all("\t" not in c and "\n" not in c for c in r), r
        f.write("\t".join(r) + "\n")
print(f"wrote {len(rows)} questions")
