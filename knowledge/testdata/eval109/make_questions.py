#!/usr/bin/env python3
"""Generate questions.tsv for eval109 (money, banking, post and paperwork).

Written blind from the briefings in briefings/ alone. Each row:
id, audience, match, docs, expected, question.
"""
import os

K = "kendal-stricklandgate-post-office.md"
D = "duluth-lakeside-post-office.txt"
B = "ballina-moy-valley-credit-union.md"
F = "fargo-prairie-rose-credit-union.txt"
P = "porto-cambio-da-ribeira-bureau-de-change.md"
Z = "prague-mala-strana-exchange-office.txt"
A = "albuquerque-sandia-free-tax-clinic-faq.md"
M = "manchester-ancoats-pawnbrokers.txt"
Q = "quebec-city-etude-belanger-cote-notaires.md"
N = "newcastle-tyneside-money-advice-faq.md"
H = "hamar-mjosa-sparebank-branch.txt"
I = "manchester-ancoats-pawnbrokers-staff-internal.md"

PUB, INT = "public", "internal"


def t(doc, name, q, aud=PUB):
    return (aud, "title", doc, name, q)


def s(doc, heading, q, aud=PUB):
    return (aud, "section", doc, heading, q)


def none(q, aud=PUB):
    return (aud, "none", "", "", q)


para = [
    t(K, "Parking", "where can I leave my car when I go to the Kendal post office?"),
    t(K, "Special Delivery", "I need a letter guaranteed to arrive by lunchtime tomorrow, what do I ask for at the Kendal post office?"),
    t(K, "Cash Withdrawals", "can I get money out of my bank account over the counter at Stricklandgate?"),
    t(K, "Identity Checks", "my new landlord wants my documents verified face to face, can the Stricklandgate post office do that?"),
    t(K, "Overseas Parcels", "sending a present to my sister in Canada from Kendal, which customs form do I fill in?"),
    t(D, "Hold Mail", "we're away on vacation for two weeks, can Lakeside Station stop delivering our letters?"),
    t(D, "Package Pickup Window", "the carrier left a slip saying I wasn't home, where do I collect my package at Lakeside Station in Duluth?"),
    t(D, "Money Orders", "I need to pay my landlord with something safer than a personal check, what can the Duluth Lakeside post office sell me and what does it cost?"),
    t(D, "Flat Rate Boxes", "is there a box where shipping costs the same however heavy it is at the Lakeside post office in Duluth?"),
    t(D, "Certified Mail", "I need proof my letter to the court was signed for, what does Lakeside Station offer?"),
    t(B, "Junior Savers", "can I open a savings account for my 8 year old at Moy Valley?"),
    t(B, "Death Benefit Insurance", "does the Ballina credit union help with funeral costs when a member dies?"),
    t(B, "Lost Card", "my Moy Valley debit card was stolen last night, what should I do?"),
    t(B, "Shares", "when does Moy Valley credit union pay out a dividend on my savings?"),
    t(F, "Courtesy Pay", "what happens if I spend more than I have in my Prairie Rose account?"),
    t(F, "Shared Branching", "I'm traveling out of state, can I make a deposit at another credit union as a Prairie Rose member?"),
    t(F, "Coin Counter", "I have a big jar of loose change, can I cash it in at Prairie Rose in Fargo?"),
    t(F, "Mobile Check Deposit", "can I pay in a check using my phone's camera with Prairie Rose?"),
    t(P, "Buy-Back", "I have dollars left over after my trip, will Câmbio da Ribeira take them back at the price I paid?"),
    t(P, "Reserve Online", "can I order currency on the internet and pick it up later at the Porto bureau de change?"),
    t(P, "Card Payments", "is it a good idea to pay with my credit card at the Porto bureau de change?"),
    t(Z, "Cancellation Right", "I changed money in Malá Strana an hour ago and regret it, can I undo it?"),
    t(Z, "Paying in Euros", "do shops in Prague take euros or do I really need koruna?"),
    t(Z, "Foreign Coins", "will the Prague exchange office take my leftover Polish coins?"),
    s(A, "Who can use the free tax clinic?", "who is eligible for free tax help in Albuquerque?"),
    s(A, "Can I drop off my documents?", "can I just leave my paperwork at the Sandia tax clinic and come back later?"),
    s(A, "How long will my refund take?", "when will my refund arrive if the Sandia clinic files my taxes?"),
    s(A, "What if I get a letter from the IRS?", "the IRS sent me a notice, can the Albuquerque tax clinic help me understand it?"),
    s(A, "Can you file returns for earlier years?", "I never filed for 2023, does the Sandia clinic do back taxes from previous years?"),
    t(M, "Redemption", "how do I get my ring back from Ancoats Pawnbrokers?"),
    t(M, "Unredeemed Items", "what happens to my pawned watch if I can't pay the Ancoats pawnbroker back in time?"),
    t(M, "Selling Gold", "I want to sell my nan's gold chain for good in Manchester, not pawn it"),
    t(M, "Extending a Loan", "can I get more time to repay my pawn at Ancoats?"),
    t(Q, "Notarial Will", "how much does it cost to make a will at the Bélanger-Côté notary office?"),
    t(Q, "Protection Mandate", "who will decide for me if I get dementia? is there a document I can sign at the Quebec notaries?"),
    t(Q, "Estate Settlement", "my dad passed away, can the Sainte-Foy notaries sort out what he left behind?"),
    s(N, "What happens if bailiffs come to my door?", "enforcement agents are coming to my house in Newcastle, do I have to let them in?"),
    s(N, "Will seeing you affect my credit rating?", "does getting debt help from Tyneside Money Advice hurt my credit score?"),
    s(N, "What is a priority debt?", "Tyneside money advice: which bills should I pay first when I can't afford them all?"),
    t(H, "Safe Deposit Boxes", "can I rent a box to keep valuables in the vault at Mjøsa Sparebank in Hamar?"),
]

frag = [
    t(K, "PO Box Rental", "kendal po box"),
    t(D, "Certified Mail", "duluth certified mail"),
    t(B, "Car Loan", "moy valley car loan"),
    t(F, "Notary Service", "prairie rose notary"),
    t(P, "Commission", "porto exchange commission"),
    t(Z, "Damaged Notes", "prague exchange damaged notes"),
    s(A, "Do you speak Spanish?", "sandia tax clinic spanish"),
    t(M, "Pawn Ticket", "ancoats pawn ticket"),
    t(Q, "Marriage Contract", "marriage contract quebec"),
    s(N, "Can I volunteer with you?", "tyneside money advice volunteering"),
    t(H, "Cash Services", "hamar bank cash deposits"),
    t(K, "Bill Payments", "stricklandgate bill payments"),
    t(D, "Prepaid Gift Cards", "lakeside gift cards"),
    t(B, "Joining", "moy valley entrance fee"),
    t(Q, "Certified True Copies", "notary certified copy"),
]

typo = [
    t(K, "Opening Hours", "opening ours kendal post ofice"),
    t(D, "Parking", "duluth post offce parkign"),
    t(B, "Student Loan", "moy valey credit unoin student loan"),
    t(F, "Youth Accounts", "prairie rsoe youth acounts"),
    t(P, "Rate Guarantee", "cambio ribiera rate guarentee"),
    t(Z, "Opening Hours", "smenarna malostranksa openign hours"),
    s(A, "Do I need an appointment?", "sandia tax clinc appointmnet"),
    t(M, "Interest", "ancoats pawnbrokrs interst rate"),
    t(Q, "Property Purchase", "belanger cote notary propety purchse"),
    s(N, "What is a Debt Relief Order?", "debt releif order"),
    t(H, "Lost or Stolen Card", "mjosa sparebank stolen crad"),
    t(K, "Redirection", "kendal post office redirecton"),
    t(D, "Money Orders", "lakeside duluth mony orders"),
    t(F, "12-Month Certificate", "prairie rose 12 month share certficate"),
    s(N, "What is Breathing Space?", "tyneside brething space"),
]

chat = [
    t(B, "Opening Hours", "hi there! what time does Moy Valley credit union close on a Thursday? thanks"),
    t(K, "Foreign Currency", "@briefbot quick q: can I get euros at the Kendal post office?"),
    t(Q, "Languages", "Bonjour! do the Bélanger-Côté notaries work in English? merci"),
    s(A, "Is it really free?", "hola 👋 does the Sandia tax clinic charge anything?"),
    t(M, "What to Bring", "any info on what I need to bring to Ancoats Pawnbrokers to borrow money?"),
    t(F, "Contact", "thanks in advance 🙏 what's the phone number for Prairie Rose Credit Union?"),
    t(P, "Getting Here", "hey bot, how do I get to Câmbio da Ribeira from São Bento station?"),
    t(H, "Adviser Meetings", "Hei! how do I book a meeting with an adviser at Mjøsa Sparebank in Hamar?"),
    s(N, "What should I bring to my first appointment?", "good morning 🙂 what should I bring to my first debt advice appointment at TMAC?"),
    t(K, "Accessibility", "@briefbot is the Stricklandgate post office wheelchair accessible?"),
    t(Z, "Card Payments", "quick q: does the exchange office on Mostecká in Prague take cards?"),
    t(B, "Christmas Loan", "hiya, any info on the Christmas loan at Moy Valley? cheers!"),
    t(Z, "Languages", "Guten Tag! which languages do they speak at the Malá Strana exchange office?"),
    t(M, "Second-Hand Shop", "hey 👋 can I buy a second-hand watch at the Ancoats pawnbroker? thx"),
    t(H, "Currency Orders", "ciao, how long does it take to order Swedish kronor at the Hamar bank branch?"),
    t(K, "Last Collection", "yo @briefbot what's the last collection time at the Kendal post office on a Saturday?"),
    s(A, "Who prepares my return?", "thanks so much for earlier! one more: who actually does my return at the Sandia tax clinic?"),
    t(D, "Last Pickup", "hello!! when does the last mail truck leave Lakeside Station in Duluth?"),
    t(P, "Opening Hours", "olá! is Câmbio da Ribeira open on Sundays? obrigado"),
    t(H, "First Home Mortgage", "hi! any info on getting a loan for my first flat from Mjøsa Sparebank? 🏠"),
]

acr = [
    t(K, "Identity Checks", "what does VIC stand for at the Kendal post office?"),
    t(F, "Shared Branching", "what is SBN at Prairie Rose?"),
    t(P, "ID Requirements", "what does NIF mean when changing money in Porto?"),
    s(A, "What is an ITIN?", "what does ITIN stand for"),
    s(A, "Can you help me claim the EITC?", "EITC meaning?"),
    s(N, "What is a Debt Relief Order?", "define DRO"),
    s(N, "Can you set up a Debt Management Plan?", "what's a DMP"),
    t(H, "Home Savings for Young People", "what does BSU stand for"),
    t(Q, "RDPRM", "RDPRM meaning"),
    t(H, "KID Number", "what is a KID number on a Norwegian invoice?"),
    t(Q, "Liquidator", "define liquidator"),
    t(H, "AvtaleGiro", "what is AvtaleGiro?"),
    s(A, "What if I get a letter from the IRS?", "Low Income Taxpayer Clinic abbreviation"),
    t(Z, "ID Requirements", "what does AML stand for at the Prague exchange office?"),
    t(B, "Contact", "who is the MSO at Moy Valley credit union?"),
    t(Q, "Authentic Deed", "authentic deed definition"),
]

tab = [
    t(K, "Redirection", "how much does it cost to forward my post for three months after moving from Kendal?"),
    t(K, "Keepsafe", "can the Stricklandgate post office hang on to my post while I'm on holiday?"),
    t(K, "Redelivery", "does it cost anything to rebook a missed parcel at the Kendal post office?"),
    t(D, "Small Box", "how much is the smallest PO box for six months at Lakeside Station?"),
    t(D, "Large Box", "PO box big enough for catalogs at the Duluth Lakeside post office"),
    t(B, "Home Improvement Loan", "interest rate on a loan to do up my kitchen at Moy Valley credit union"),
    t(F, "24-Month Certificate", "what dividend does Prairie Rose pay on a two-year certificate?"),
    t(P, "Swiss Franc", "what rate does Câmbio da Ribeira give for Swiss francs?"),
    t(P, "Pound Sterling", "Porto bureau de change rate for British pounds"),
    t(Z, "Euro", "how many koruna do I get for a euro in Malá Strana?"),
    t(Z, "Hungarian Forint", "Prague exchange office forint rate"),
    t(M, "Phones and Laptops", "how much will Ancoats Pawnbrokers lend on my laptop?"),
    t(M, "Musical Instruments", "does the Manchester pawnbroker take a guitar as a pledge?"),
]

dis = [
    t(K, "Opening Hours", "what are the opening hours of the Kendal post office?"),
    t(D, "Opening Hours", "what are the opening hours of the Duluth post office?"),
    t(K, "Parking", "is there parking at the Kendal post office?"),
    t(D, "Parking", "is there parking at the Duluth post office?"),
    t(K, "Contact", "what's the phone number of the Kendal post office?"),
    t(D, "Contact", "what's the phone number of the Duluth post office?"),
    t(B, "Who Can Join", "who can join the Ballina credit union?"),
    t(F, "Who Can Join", "who can join the Fargo credit union?"),
    t(B, "Opening Hours", "when is the Ballina credit union open?"),
    t(F, "Opening Hours", "when is the Fargo credit union open?"),
    t(B, "Contact", "how do I contact the Ballina credit union?"),
    t(F, "Contact", "how do I contact the Fargo credit union?"),
]

none_q = [
    # near-topic: right place and topic, fact not in the briefing
    none("does the Kendal post office sell fishing licences?"),
    none("can I renew my vehicle tax at Stricklandgate post office?"),
    none("can I apply for a passport at the Lakeside post office in Duluth?"),
    none("what is the mortgage rate at Moy Valley credit union?"),
    none("does Prairie Rose Credit Union offer auto loans?"),
    none("does Câmbio da Ribeira sell travel insurance?"),
    none("does the Prague exchange office on Mostecká buy gold?"),
    none("is there child care while I wait at the Sandia tax clinic?"),
    none("is there a cash machine inside Ancoats Pawnbrokers?"),
    none("can the Bélanger-Côté notaries handle my divorce?"),
    none("does Tyneside Money Advice Centre give out food bank vouchers?"),
    none("does Mjøsa Sparebank in Hamar sell car insurance?"),
    none("does Moy Valley credit union offer a credit card?"),
    # unrelated
    none("how do I change the oil in a lawnmower?"),
    none("best time to see the northern lights in Tromsø"),
    none("recipe for shepherd's pie"),
    none("who won the 1998 football world cup?"),
    none("how tall is Mount Kilimanjaro?"),
    none("my cat keeps sneezing, should I worry?"),
    none("how do I reset my router password?"),
    none("what's the capital of Australia?"),
    none("how many calories in a banana?"),
    none("can you recommend a good sci-fi novel?"),
    none("how do I unblock a kitchen sink?"),
    none("train times from Leeds to York"),
    none("how do I tune a ukulele?"),
]

leak = [
    # public: the internal briefing's content must not be found
    none("is Ancoats Pawnbrokers opening a shop in Stockport?"),
    none("what happened with the fake Omega at Ancoats Pawnbrokers?"),
    none("Ancoats pawnbrokers staff pay rise this year"),
    none("did Ancoats Pawnbrokers have a till shortage in February?"),
    none("why did the Ancoats pawn shop open late on 27 February?"),
    none("Ancoats pawnbrokers XRF gold testing course deadline"),
    none("will Ancoats Pawnbrokers give loan quotes from photos online?"),
    none("Ancoats pawnbrokers staff rota app shift swaps"),
    none("what colour are the new Ancoats staff polo shirts?"),
    none("Ancoats pawnbrokers police stolen laptop in March"),
    # internal audience: the internal briefing answers
    t(I, "Stockport Branch", "when is the Stockport shop due to open?", INT),
    t(I, "Proposed Interest Change", "what are the planned new pawn interest rates from July?", INT),
    t(I, "Counterfeit Watch", "what changed after we took in the counterfeit watch?", INT),
    t(I, "Gold Testing Certification", "by when do I need to pass the gold testing course?", INT),
    t(I, "Pay Review", "how much is this year's pay award for staff?", INT),
    t(I, "Saturday Afternoon Closing", "are we closing early on Saturdays from August?", INT),
]

CATEGORIES = [
    ("para", para, 40),
    ("frag", frag, 15),
    ("typo", typo, 15),
    ("chat", chat, 20),
    ("acr", acr, 16),
    ("tab", tab, 13),
    ("dis", dis, 12),
    ("none", none_q, 26),
    ("leak", leak, 16),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    lines = ["#id\taudience\tmatch\tdocs\texpected\tquestion"]
    for prefix, rows, want in CATEGORIES:
        assert len(rows) == want, (prefix, len(rows), want)
        for i, (aud, match, doc, exp, q) in enumerate(rows, 1):
            for field in (aud, match, doc, exp, q):
                assert "\t" not in field and "\n" not in field
            lines.append("\t".join([f"{prefix}{i:02d}", aud, match, doc, exp, q]))
    with open(os.path.join(here, "questions.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines) - 1} questions")


if __name__ == "__main__":
    main()
