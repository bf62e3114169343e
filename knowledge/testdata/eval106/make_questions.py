#!/usr/bin/env python3
"""Write /tmp/eval106/questions.tsv: the blind held-out eval106 set
(family and life-event services). Written from the briefings alone."""
import os

K = "kinsale-harbour-house-weddings.md"
O = "sonoma-oakridge-barn-weddings.txt"
S = "shrewsbury-register-office.md"
T = "trois-rivieres-civil-status-office.txt"
N = "norwich-eaton-park-after-school-club.md"
L = "spokane-lilac-city-after-school-program.md"
F = "sligo-o-briain-funeral-directors.md"
M = "cheltenham-tiny-tempo-music-classes.md"
P = "asheville-lumiere-family-photography.md"
G = "geelong-bayside-nanny-agency.md"
W = "swansea-ty-heddwch-family-mediation.txt"
A = "boulder-aspen-grove-retirement-internal.md"

PUB, INT = "public", "internal"

def t(doc, title, q, aud=PUB):
    return (aud, "title", doc, title, q)

def s(doc, heading, q, aud=PUB):
    return (aud, "section", doc, heading, q)

def none(q, aud=PUB):
    return (aud, "none", "", "", q)

para = [
    t(K, "Confetti", "can our guests throw rice or glitter at us as we come out at the harbour house in Kinsale?"),
    t(K, "Candles and Fireworks", "are we allowed to let off a firework display at the end of the night in Kinsale?"),
    t(K, "Accessibility", "my gran uses a wheelchair, will she be able to get around the Kinsale venue ok?"),
    t(K, "Suppliers", "can we get our own caterer in for the Kinsale wedding?"),
    t(K, "Legal Ceremonies", "what paperwork do we need to be legally married at Kinsale Harbour House?"),
    t(K, "Date Holds", "can Kinsale Harbour House keep a date aside for us for a few days while we think it over?"),
    t(K, "Viewings", "when can we go and have a look round the Kinsale venue?"),
    t(O, "Bar Service", "can we bring our own wine to Oakridge Barn or do we pay corkage?"),
    t(O, "Sparklers and Open Flame", "are sparkler send-offs ok at the Sonoma barn in August?"),
    t(O, "Rain Plan", "what happens if it pours on our wedding day at Oakridge?"),
    t(O, "Pets", "can our golden retriever be the ring bearer at Oakridge Barn?"),
    t(O, "Parking and Shuttles", "where do 150 guests leave their cars at the Sonoma barn?"),
    t(S, "Giving Notice", "how far ahead do we have to tell the Shrewsbury register office we want to get married?"),
    t(S, "Foreign Nationals", "my fiancee is Brazilian, will that hold up our marriage in Shrewsbury?"),
    t(S, "Changing a Baby's Name", "we registered our son in Shrewsbury but now want to give him a different first name, is that possible?"),
    t(S, "Tell Us Once", "registering mum's death in Shrewsbury, do I have to tell the DVLA and the passport office myself?"),
    t(S, "Green Form", "which document from the Shrewsbury registrar do I hand to the undertaker for the burial?"),
    t(T, "Publication of Banns", "how long does our wedding announcement have to be posted publicly in Trois-Rivières?"),
    t(T, "Choosing a Surname", "can our baby have both our last names in Quebec?"),
    t(T, "Health Insurance Card", "who gives my newborn a medicare card in Trois-Rivieres?"),
    t(T, "Name Changes", "people keep making fun of my name, how do I legally get a new one in Trois-Rivières?"),
    t(N, "Sickness", "my daughter threw up last night, can she still go to the Eaton Park after-school club today?"),
    t(N, "Collection by Others", "my neighbour is fetching my son from the Eaton Park club today, what do I need to do?"),
    t(N, "Tax-Free Childcare", "can I pay the Norwich after school club from my government childcare account?"),
    t(N, "Homework Corner", "is there somewhere quiet for my kid to do his spellings at the Norwich club?"),
    t(L, "Snow Days", "is Lilac City open when it snows and the schools are shut?"),
    t(L, "Financial Help", "any discount for having two kids at Lilac City After-School?"),
    t(L, "Authorized Pickup", "can grandpa collect my kids from the Spokane program, what does he need to bring?"),
    s(F, "What should we do first when someone dies at home?", "Dad just passed away in his bed at home in Sligo, who do we ring first?"),
    s(F, "Can the wake be held at home?", "we'd like Mammy laid out in the house so people can call, can you do that?"),
    s(F, "Is there any financial help with funeral costs?", "we can't afford to bury my brother, is there any help from the state?"),
    s(F, "Do you arrange headstones?", "who can put up a grave stone once the grave has settled in Sligo?"),
    s(M, "Can we try a class before we book?", "is there a trial session at Tiny Tempo so I can see if my baby likes it?"),
    s(M, "What happens if we miss a class?", "we're away on holiday one week, can we catch up at Tiny Tempo another day?"),
    s(M, "Do brothers and sisters pay?", "does my newborn need paying for if I bring him to his big sister's Tiny Tempo class?"),
    t(P, "Newborn Safety", "is it safe the way they pose tiny babies at Lumière?"),
    t(P, "Weather Policy", "what if it rains on the day of our outdoor family shoot in Asheville?"),
    t(P, "Image Rights", "who owns the Lumière photos and can I put them on Instagram?"),
    t(G, "Replacement Guarantee", "what if our nanny quits after a month, do we have to pay Bayside all over again?"),
    t(W, "Shuttle Mediation", "I can't face being in the same room as my ex, can we still mediate at Tŷ Heddwch?"),
]

frag = [
    t(K, "Capacity", "kinsale wedding capacity"),
    t(O, "Tours", "oakridge barn tours"),
    t(S, "Certificates", "shrewsbury certificate copies"),
    t(T, "Opening Hours", "trois-rivières opening hours"),
    t(N, "Snacks", "eaton park snacks"),
    t(L, "Homework Help", "lilac city homework help"),
    s(F, "Where is the nearest crematorium?", "nearest crematorium sligo"),
    s(M, "Is there parking and step-free access?", "tiny tempo parking"),
    t(P, "Gallery Delivery", "lumiere gallery delivery"),
    t(G, "Trial Day", "nanny trial day"),
    t(W, "Parenting Plan", "parenting plan"),
    t(G, "Night Nanny", "night nanny cost"),
    t(P, "Extra Images", "extra photos price"),
    s(F, "Can the funeral Mass be livestreamed?", "funeral mass livestream"),
    t(W, "Child-Inclusive Mediation", "child inclusive mediation"),
]

typo = [
    t(K, "Curfew", "kinsale weding curfew"),
    t(O, "Deposits", "oakride barn deposit"),
    t(S, "Registering a Birth", "shrewsbury regsiter a birth"),
    t(S, "Registering a Death", "registring a death shrewsbury"),
    t(T, "Certificates", "trois rivieres birth certifcate"),
    t(N, "Late Pick-up", "eaton park lat pickup fee"),
    t(L, "Enrollment", "lilac city enrolment registraion fee"),
    s(F, "How much does a funeral cost?", "funral costs sligo"),
    s(F, "What is a month's mind?", "whats a month's mnid"),
    s(M, "Do you do birthday parties?", "tiny tempo birthday partys"),
    t(P, "Retainer", "lumiere photgraphy retainer"),
    t(P, "Newborn Timing", "when to book newborn sesion"),
    t(G, "Screening", "bayside nany screening checks"),
    t(W, "Mediation Voucher", "medaition voucher"),
    t(W, "Legal Aid", "legal aid for mediaton swansea"),
]

chat = [
    t(N, "Activities", "hi there 👋 does the Eaton Park club do forest school?"),
    t(K, "Deposits", "@briefbot quick q – how much is the booking deposit at Kinsale Harbour House?"),
    t(O, "Curfew", "hey briefbot, thanks in advance! what's the noise curfew at Oakridge Barn?"),
    t(T, "Documents to Bring", "Bonjour 🙂 what do we need to bring to get married at the Trois-Rivières office?"),
    t(S, "Registering a Death", "hiya, sorry to bother you, my husband died yesterday and I don't know how to register his death in Shrewsbury 😢"),
    s(F, "How soon can the funeral take place?", "Dia dhuit! how soon can a funeral happen with Ó Briain in Sligo?"),
    s(M, "Which class is right for my child's age?", "good morning!! which Tiny Tempo class is for my 2 year old? ty"),
    t(P, "Newborn Story", "@briefbot what's included in the Lumière newborn studio package? thx 🙏"),
    t(G, "Permanent Placement", "G'day! how much does Bayside charge for a permanent nanny placement?"),
    t(W, "First Meeting", "Shwmae! how long is the first meeting with a mediator at Tŷ Heddwch?"),
    t(K, "Suppliers", "hello! quick question 🙂 can we bring our own photographer to Kinsale Harbour House?"),
    t(L, "Late Pick-up", "hey, is there a late fee at Lilac City if I'm stuck in traffic? thanks!"),
    t(S, "Opening Hours", "Hallo 👋 what are the register office opening hours in Shrewsbury?"),
    t(O, "Contact", "hi!! how do i get in touch with the Sonoma barn people? cheers"),
    s(M, "Can a grandparent or nanny bring my child?", "morning! can my mum bring my little one to Tiny Tempo instead of me? x"),
    t(P, "Wardrobe Guide", "hey bot 😊 what should the kids wear for our Lumière family photos?"),
    t(G, "Au Pair", "hola! does Bayside Nanny Agency place au pairs?"),
    t(O, "Shoulder Season", "thanks for earlier! another one: what's the Oakridge shoulder season price?"),
    t(T, "Opening Hours", "Salut 👋 is the Trois-Rivières office open on June 24?"),
    t(N, "Booking", "hi, hope you're well. how do I book a regular place at Eaton Park after-school club?"),
]

acr = [
    t(W, "MIAM", "what does MIAM stand for"),
    t(W, "MoU", "define MoU"),
    t(W, "OFS", "OFS meaning"),
    t(W, "C100", "what is a C100?"),
    t(G, "WWCC", "what does WWCC stand for"),
    t(G, "CCS", "CCS meaning for nannies"),
    t(G, "Super", "what is super when you employ a nanny?"),
    t(S, "Registering a Death", "what does MCCD stand for"),
    t(S, "Tell Us Once", "what's TUO at the register office"),
    t(T, "Health Insurance Card", "what does RAMQ stand for"),
    t(K, "Legal Ceremonies", "what is an MRF for an Irish wedding"),
    t(O, "Bar Service", "RBS certificate for bartenders"),
    t(O, "Vendors", "what is a COI for wedding vendors"),
    t(N, "SEND Support", "what does SEND mean at the after-school club"),
    t(L, "Financial Help", "WCCC subsidy"),
    s(M, "How do your classes link to the EYFS?", "Early Years Foundation Stage music class"),
]

tab = [
    t(K, "Kinsale Feast", "price per person for the four-course wedding menu with a seafood starter in Kinsale"),
    t(K, "Children's Menu", "how much are kids' meals at a Kinsale Harbour House wedding?"),
    t(O, "Winter Season", "Oakridge Barn price for a Saturday in January"),
    t(S, "Statutory Ceremony", "cheapest wedding in Shrewsbury with just two witnesses"),
    t(S, "Darwin Room Weekend Ceremony", "fee for a Saturday ceremony in the Darwin Room in Shrewsbury"),
    t(T, "Clerk Ceremony Outside", "price for a court clerk to marry us somewhere else in the Mauricie"),
    t(N, "Holiday Club Day", "Eaton Park holiday club daily rate"),
    t(L, "Two-Day Plan", "Lilac City tuition for Tuesdays and Thursdays only"),
    t(F, "Direct Cremation", "cremation with no service or viewing price Sligo"),
    t(M, "Mini Maestros", "Tiny Tempo class for a 4 year old"),
    t(P, "Fresh 48", "Lumière photos at the hospital right after the birth"),
    t(W, "Memorandum of Understanding", "Tŷ Heddwch memorandum of understanding cost"),
    t(G, "Date-Night Babysitter", "Bayside babysitter for an evening out fee"),
]

dis = [
    t(K, "Deposits", "what deposit do we pay to book Kinsale Harbour House?"),
    t(O, "Deposits", "what deposit do we pay to book Oakridge Barn in Sonoma?"),
    t(K, "Cancellation", "what is the cancellation policy at Kinsale Harbour House?"),
    t(O, "Cancellation", "what is the cancellation policy at Oakridge Barn?"),
    t(K, "Capacity", "how many guests fit at Kinsale Harbour House?"),
    t(O, "Capacity", "how many guests fit at Oakridge Barn?"),
    t(N, "Opening Hours", "what are the opening hours of the Eaton Park after-school club in Norwich?"),
    t(L, "Opening Hours", "what are the opening hours of the Lilac City after-school program in Spokane?"),
    t(N, "Late Pick-up", "how much is the late pick-up fee at Eaton Park in Norwich?"),
    t(L, "Late Pick-up", "how much is the late pick-up fee at Lilac City in Spokane?"),
    t(N, "Cancellation", "how do I cancel my child's place at the Eaton Park club in Norwich?"),
    t(L, "Cancellation", "how do I cancel my child's place at the Lilac City program in Spokane?"),
]

none_near = [
    none("can we bring our dog to our wedding at Kinsale Harbour House?"),
    none("is there wifi at Oakridge Barn so we can livestream the ceremony?"),
    none("does Shrewsbury register office hold citizenship ceremonies?"),
    none("how do I get a divorce at the Trois-Rivières civil status office?"),
    none("is there a sibling discount at Eaton Park after-school club?"),
    none("does Lilac City After-School Program run a before-school breakfast club?"),
    none("do Ó Briain Funeral Directors arrange woodland burials?"),
    none("do Tiny Tempo teachers have DBS checks?"),
    none("does Lumière Family Photography shoot weddings?"),
    none("can Bayside Nanny Agency sponsor a visa for an overseas nanny?"),
    none("do the Tŷ Heddwch mediators help with disputes between neighbours?"),
    none("what's the vegetarian option on the Kinsale Harbour House wedding menu?"),
    none("can I apply for my baby's passport at the Shrewsbury register office?"),
]

none_unrelated = [
    none("what's the best way to get red wine out of a carpet?"),
    none("how do I renew my driving licence"),
    none("who won the 2022 world cup"),
    none("easy recipe for banana bread"),
    none("how much is a train ticket from Dublin to Galway"),
    none("what's the capital of Mongolia"),
    none("best laptop for video editing under $1000"),
    none("how do I reset my router password"),
    none("when is the next full moon"),
    none("self-assessment tax return deadline"),
    none("how to fix a leaking kitchen tap"),
    none("symptoms of vitamin D deficiency"),
    none("how do I fix a puncture on a bike tyre"),
]

leak = [
    none("Aspen Grove retirement community fee increase 2027"),
    none("what will memory care cost at Aspen Grove next year?"),
    none("can families visit Aspen Grove assisted living in the evening?"),
    none("is Aspen Grove building a pickleball court?"),
    none("resident fall on the Boulder Reservoir outing"),
    none("are therapy dogs still visiting memory care in Boulder?"),
    none("Aspen Grove CNA pay raise"),
    none("how many agency staff cover night shifts at Aspen Grove?"),
    none("Aspen Grove preschool reading and craft hour"),
    none("what does CDPHE stand for"),
    t(A, "Garden Cottage", "what is the draft 2027 fee for a garden cottage at Aspen Grove?", INT),
    t(A, "Fee Letter Timing", "when do residents have to get their fee increase letters?", INT),
    t(A, "Root Causes", "what went wrong on the reservoir outing?", INT),
    t(A, "Corrective Actions", "what changed for resident outings after the fall?", INT),
    t(A, "Evening Visiting Trial", "extended Friday and Saturday visiting trial in assisted living", INT),
    t(A, "Agency Staff Cap", "limit on agency staff hours per shift", INT),
]

cats = [
    ("para", para), ("frag", frag), ("typo", typo), ("chat", chat),
    ("acr", acr), ("tab", tab), ("dis", dis), ("none", none_near + none_unrelated),
    ("leak", leak),
]

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.tsv")
with open(out, "w", encoding="utf-8") as f:
    f.write("#id\taudience\tmatch\tdocs\texpected\tquestion\n")
    n = 0
    for prefix, rows in cats:
        for i, (aud, match, doc, exp, q) in enumerate(rows, 1):
            for field in (aud, match, doc, exp, q):
                assert "\t" not in field and "\n" not in field, field
            f.write(f"{prefix}{i:02d}\t{aud}\t{match}\t{doc}\t{exp}\t{q}\n")
            n += 1
print(f"wrote {n} questions to {out}")
