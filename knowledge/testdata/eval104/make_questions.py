#!/usr/bin/env python3
"""Write questions.tsv for eval104 (food, drink and hospitality briefings)."""
import os

LY = "lyon-patisserie-cake-orders.md"
PD = "portland-bakery-cake-orders.txt"
OX = "oaxaca-cooking-school.md"
TU = "tuscany-cookery-school.txt"
ME = "mendoza-bodega-tastings.md"
BA = "barossa-winery-tastings.md"
CP = "copenhagen-restaurant-bookings.md"
GH = "ghent-farmers-market.txt"
SE = "seoul-food-delivery.md"
KY = "kyoto-hotel-breakfast.txt"
RK = "reykjavik-food-bank.md"
BR = "brno-brewery-tours-internal.md"

T, S = "title", "section"

# (category, match, doc, expected, question); audience public unless a 6th item
Q = []
def q(cat, match, doc, expected, question, audience="public"):
    Q.append((cat, audience, match, doc, expected, question))

# para: everyday paraphrases
for m, d, e, text in [
    (T, LY, "Cancellation", "if I change my mind a week before, do I get my money back from the Lyon pastry shop?"),
    (T, LY, "Late Collection", "what happens if I forget to come for my cake at Côté Crème"),
    (T, LY, "Inscriptions", "can Côté Crème write happy birthday on top?"),
    (T, LY, "Cake Boxes", "do I have to bring back the carrier the tall cake came in, Lyon"),
    (T, PD, "Allergens", "can I get a cake without wheat from the Portland bakehouse"),
    (T, PD, "Pickup Hours", "which days can I grab my order at Rose City Bakehouse"),
    (T, PD, "Cake Stands", "can I borrow something to display the cake on from Rose City"),
    (T, PD, "Design Consultation", "do engaged couples get samples to try at the Portland bakery"),
    (S, OX, "Is there a minimum age?", "can my 10 year old come to the Oaxaca cooking school"),
    (S, OX, "Can you handle dietary requirements?", "I have celiac disease, can I cook at Cocina Doña Ramírez"),
    (S, OX, "How do I get there?", "will they fetch me from my hotel in Oaxaca"),
    (S, OX, "How many people are in a class?", "how many students per cooking lesson in Oaxaca"),
    (S, OX, "What does a class include?", "do we go shopping at the market before cooking in Oaxaca"),
    (T, TU, "Minimum Age", "can my 12-year-old cook at Villa Ulivi or just watch"),
    (T, TU, "Transport", "is there a shuttle from Montalcino up to the villa cookery school"),
    (T, TU, "Wine", "are drinks with the meal included at Villa Ulivi"),
    (T, TU, "Aprons and Knives", "do I need to bring something to wear over my clothes at Villa Ulivi"),
    (T, ME, "Shipping", "can you send bottles to Buenos Aires from Los Álamos"),
    (T, ME, "Spitting", "I'm the designated driver, is there anything for me at the Mendoza winery"),
    (T, ME, "Harvest Festival", "can visitors stomp grapes in Mendoza during Vendimia"),
    (T, ME, "Getting There", "how far is Bodega Los Álamos from the city and what does a cab cost"),
    (T, BA, "Picnics", "can we bring a blanket and lunch to eat on the grass at Hentley Creek"),
    (T, BA, "Shipping", "does Hentley Creek post wine interstate"),
    (T, BA, "Getting There", "is there a bus out to Hentley Creek from Tanunda"),
    (S, CP, "How do I make a booking?", "when do Restaurant Ærø tables go on sale"),
    (S, CP, "What if I am late?", "we're running 30 minutes behind for our Ærø dinner, what happens"),
    (S, CP, "What is the service charge?", "do I need to tip at Ærø in Copenhagen"),
    (S, CP, "Can I bring children?", "is Restaurant Ærø ok for kids"),
    (S, CP, "Is there a dress code?", "what should I wear to Ærø"),
    (T, GH, "Payment Methods", "do the Ghent Friday market stalls have to take card or just cash"),
    (T, GH, "Waste", "what happens if a trader leaves rubbish on the Vrijdagmarkt"),
    (T, GH, "Dogs", "can I take my puppy to the Ghent farmers market"),
    (T, GH, "Producer Rule", "do the vendors in Ghent have to grow the food themselves"),
    (T, SE, "DGW Promise", "my BapGo food came really late, do I get anything back"),
    (T, SE, "Missing Items", "half my BapGo order wasn't in the bag"),
    (T, SE, "Payment", "can I pay the BapGo rider in cash"),
    (T, KY, "Dress", "can I wear the robe to breakfast at Hotel Kamogawa"),
    (T, KY, "Children", "is breakfast free for my 4 year old at the Kyoto hotel"),
    (T, KY, "Room Service Hours", "can I get food sent up at 1am in the Kyoto hotel"),
    (T, RK, "Parcel Size", "how many kilos of food will I carry home from Matarbúrið"),
]:
    q("para", m, d, e, text)

# frag: 2-4 word fragments
for m, d, e, text in [
    (T, LY, "Cake Boxes", "cake box return lyon"),
    (T, PD, "Allergens", "gluten free cake portland"),
    (S, OX, "Do you sell gift vouchers?", "oaxaca cooking gift voucher"),
    (T, TU, "Photography", "villa ulivi filming"),
    (T, ME, "Wine Club", "los álamos wine club"),
    (T, BA, "Wine Club", "hentley creek wine club"),
    (S, CP, "How do I join the waiting list?", "ærø waiting list"),
    (S, CP, "Can I buy a gift card?", "ærø gift card"),
    (T, GH, "Tokens", "ghent market tokens"),
    (T, GH, "Set-up", "ghent stallholder vehicles morning"),
    (T, SE, "BapGo Plus", "bapgo free delivery membership"),
    (T, SE, "Scheduled Orders", "bapgo order ahead"),
    (T, KY, "Kaiseki Dinner", "kamogawa kaiseki dinner"),
    (T, RK, "Volunteering", "matarbúrið volunteer age"),
    (T, RK, "Home Delivery", "housebound food parcel reykjavik"),
]:
    q("frag", m, d, e, text)

# typo: misspellings and swapped letters
for m, d, e, text in [
    (T, PD, "Cancellation", "cancelation cake refund portlnad"),
    (T, LY, "Delivery Radius", "patisserie delivry distance lyon"),
    (S, OX, "What is the cancellation policy?", "oaxaca coking school cancelation policy"),
    (T, TU, "Class Sizes", "tuscnay cookery class szies"),
    (T, TU, "Gift Vouchers", "villa ulvi gift vouchres"),
    (T, ME, "Cancellation", "mendoza bodega cancelation refund"),
    (T, BA, "Cheese and Shiraz Pairing", "barossa cheese and shriaz"),
    (S, CP, "How much is the deposit?", "copenhagen resturant depoist"),
    (S, CP, "How long is the tasting menu?", "tastng menu lenght aero copenhagen"),
    (T, GH, "Bags", "ghent markt plastic bgas"),
    (T, SE, "Refund Timing", "bapgo refnud how long"),
    (T, SE, "Wrong Order", "bapgo wrogn order"),
    (T, KY, "Service Charge", "kyoto room servcie charge tray fee"),
    (T, RK, "Collection Days", "reykjavik food bank colection days"),
    (T, RK, "Eligibility", "matarburid eligibilty referral"),
]:
    q("typo", m, d, e, text)

# chat: wrapped in greetings, thanks, mentions, emoji
for m, d, e, text in [
    (T, PD, "Design Consultation", "hi! any info on the wedding tasting box at Rose City Bakehouse? thanks"),
    (T, LY, "Delivery Radius", "@briefbot how much is it to have a cake delivered around Lyon? merci 🙏"),
    (S, OX, "What is the cancellation policy?", "Hola 👋 what's the rule if I cancel at Cocina Doña Ramírez pls"),
    (T, TU, "Booking", "Ciao! how far ahead do I have to book a class at Villa Ulivi?"),
    (T, ME, "DOC Labels", "hey briefbot, pls tell me about the seal on Los Álamos wines 🍷"),
    (T, BA, "Opening Hours", "g'day, is the Hentley Creek cellar door open on Good Friday? cheers"),
    (S, CP, "How long is the tasting menu?", "Hej! how much is the tasting menu at Ærø, and the wine pairing? tak"),
    (S, CP, "Can you cater for allergies?", "hello, I have a shellfish allergy, can Restaurant Ærø help? thanks!"),
    (T, GH, "Applications", "Goedemorgen 🙂 how do I apply for a stall at the Ghent Vrijdagmarkt?"),
    (T, GH, "Newcomer Pitch", "@briefbot what's the Ghent market price for a new trader's first stall pls"),
    (T, SE, "Small Order Fee", "annyeong! what does BapGo charge for a tiny order under 15,000 won? 🙏"),
    (T, SE, "Cancelled Orders", "hi there, any info on cancelling a BapGo order after the restaurant accepted it?"),
    (T, KY, "Early Bento Box", "konnichiwa! I leave at 5am, can Hotel Kamogawa give me breakfast to go?"),
    (T, KY, "Ordering", "hey, how do I order room service at Hotel Kamogawa, which number do I dial? thx"),
    (T, RK, "Registration Times", "Halló! when can new families sign up at Matarbúrið? takk"),
    (T, RK, "Documents", "hi 👋 what papers do I need to register at the Reykjavik food bank?"),
    (T, RK, "Behaviour", "thanks in advance — what happens if someone is rude to volunteers at Matarbúrið?"),
    (T, LY, "Changes to Design", "bonjour, can I still change my cake flavour at Côté Crème three days before? merci"),
    (S, OX, "Who do I contact?", "hey there pls: who do I email at the Oaxaca cooking school? 😊"),
    (T, BA, "Contact", "yo @briefbot, who's the contact for the Barossa winery? ta"),
]:
    q("chat", m, d, e, text)

# acr: acronyms, glossaries, FAQ definitions
for m, d, e, text in [
    (T, BA, "RSA", "what does RSA stand for"),
    (T, BA, "BYO", "BYO meaning?"),
    (T, BA, "Cellar Door", "what is a cellar door at a winery"),
    (T, BA, "Old Vine", "define old vine in the Barossa"),
    (T, GH, "MTA", "what does MTA stand for at the Ghent market"),
    (T, GH, "FAVV", "FAVV meaning?"),
    (T, GH, "Pitch", "what's a pitch at the Vrijdagmarkt"),
    (S, OX, "What does TCM mean?", "what does TCM mean at the Oaxaca cooking school"),
    (S, SE, "BapGo Food Delivery Fees and Refunds", "what does DGW stand for"),
    (S, SE, "BapGo Food Delivery Fees and Refunds", "BapGo CHC meaning?"),
    (S, ME, "Bodega Los Álamos Tastings and Visits", "what does DOC stand for on Mendoza wine"),
    (S, TU, "Villa Ulivi Cookery School", "FHC meaning?"),
    (S, RK, "Matarbúrið Food Bank Collection Rules", "what does FSC stand for at the food bank"),
    (T, KY, "Do Not Disturb", "what's DND at the Kyoto hotel"),
    (T, GH, "FAVV", "Federal Agency for the Safety of the Food Chain abbreviation"),
    (T, GH, "MTA", "Market Traders' Association short name"),
]:
    q("acr", m, d, e, text)

# tab: answers in table rows
for m, d, e, text in [
    (T, LY, "Grand 26 cm", "how many people does the big 26 centimetre cake feed in Lyon"),
    (T, LY, "Two-Tier", "price of a two tier cake at Côté Crème"),
    (T, PD, "Half Sheet", "how many servings from a half sheet cake at Rose City"),
    (T, OX, "Mole Masterclass", "how much is the mole class in Oaxaca"),
    (T, OX, "Private Family Class", "private cooking lesson just for my family in Oaxaca, price?"),
    (T, TU, "Truffle Hunt and Lunch", "how much to go truffle hunting at Villa Ulivi"),
    (T, ME, "Clásica", "price of the basic three-wine tasting at Bodega Los Álamos"),
    (T, ME, "Barrel Room", "can I taste straight from the barrel in Mendoza"),
    (T, BA, "Blend Your Own", "can I make my own wine blend at Hentley Creek"),
    (T, GH, "Double Pitch", "how much does a 6 metre stall cost at Ghent market"),
    (T, SE, "Rain Surcharge", "what does BapGo charge extra when it's pouring"),
    (T, SE, "Late-Night Fee", "extra fee for ordering food after midnight in Seoul"),
    (T, KY, "Kids Breakfast", "breakfast price for my 8 year old at Hotel Kamogawa"),
]:
    q("tab", m, d, e, text)

# dis: the same question for each document of a near-topic pair
for place_a, place_b, da, db, e, tmpl in [
    ("Côté Crème in Lyon", "Rose City Bakehouse in Portland", LY, PD, "Notice Period",
     "how much notice do I need for a custom cake at {}?"),
    ("Côté Crème in Lyon", "Rose City Bakehouse in Portland", LY, PD, "Deposit",
     "how much do I pay up front when ordering a cake at {}?"),
    ("Côté Crème in Lyon", "Rose City Bakehouse in Portland", LY, PD, "Delivery Radius",
     "how far will {} deliver a cake and for how much?"),
    ("Bodega Los Álamos in Mendoza", "Hentley Creek in the Barossa", ME, BA, "Opening Hours",
     "what time does the tasting room open at {}?"),
    ("Bodega Los Álamos in Mendoza", "Hentley Creek in the Barossa", ME, BA, "Minimum Age",
     "how old do you have to be to taste wine at {}?"),
    ("Bodega Los Álamos in Mendoza", "Hentley Creek in the Barossa", ME, BA, "Reservations",
     "do I need to book a tasting in advance at {}?"),
]:
    q("dis", T, da, e, tmpl.format(place_a))
    q("dis", T, db, e, tmpl.format(place_b))

# none: 13 near-topic (fact not in the briefing) + 13 unrelated
for text in [
    "does Côté Crème in Lyon make macarons for weddings",
    "is there customer parking at Rose City Bakehouse in Portland",
    "does the Oaxaca cooking school teach classes in French",
    "can I stay overnight at Villa Ulivi cookery school",
    "is Bodega Los Álamos wheelchair accessible",
    "does Hentley Creek winery host weddings",
    "is Restaurant Ærø open on Mondays",
    "are there public toilets at the Ghent Vrijdagmarkt",
    "does BapGo deliver groceries in Seoul",
    "is there a swimming pool at Hotel Kamogawa",
    "does Hotel Kamogawa have an airport shuttle",
    "can I donate money by bank transfer to Matarbúrið",
    "how many stalls are there at the Ghent Friday market",
    "how do I renew my passport",
    "what is the speed limit on German motorways",
    "how to fix a flat bicycle tyre",
    "when is the next solar eclipse",
    "best way to learn the violin as an adult",
    "how do I reset my router password",
    "what's the capital of Mongolia",
    "how do tides work",
    "cheapest flights to Lima in January",
    "how do I register to vote",
    "jury duty exemption rules",
    "how much does a dog licence cost",
    "how to replace a windscreen wiper blade",
]:
    q("none", "none", "", "", text)

# leak: public questions about the internal briefing (must find nothing) ...
for text in [
    "will brewery tour prices go up in Brno next year",
    "are Pivovar Dvůr tours getting shorter",
    "will Pivovar Dvůr start Sunday tours",
    "can teenagers go on the brewhouse floor in Brno next year",
    "was someone hurt on the cellar stairs at the Brno brewery",
    "CO2 alarm brewery tour evacuation Brno",
    "Pivovar Dvůr guide rota grievance",
    "is the student ticket being withdrawn at Pivovar Dvůr",
    "what does TOG stand for at the brewery",
    "who is the safety lead at Pivovar Dvůr",
]:
    q("leak", "none", "", "", text)
# ... and internal questions that must find its entries
for e, text in [
    ("Standard Tour Price", "draft 2027 price for the standard brewery tour in Brno"),
    ("Guide Rota Dispute", "when is the mediation for the guides' weekend rota grievance"),
    ("CO2 Alarm", "what happened with the carbon dioxide alarm in the fermentation hall"),
    ("Language Cover", "why were German brewery tours cancelled so often"),
    ("Merchandise Supplier", "are we changing the glassware contract"),
    ("Group Discount", "group discount changes for 2027 at Pivovar Dvůr"),
]:
    q("leak", T, BR, e, text, audience="internal")

def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.tsv")
    counts = {}
    with open(out, "w", encoding="utf-8") as f:
        f.write("#id\taudience\tmatch\tdocs\texpected\tquestion\n")
        for cat, aud, m, d, e, text in Q:
            counts[cat] = counts.get(cat, 0) + 1
            for field in (d, e, text):
                assert "\t" not in field and "\n" not in field
            f.write(f"{cat}{counts[cat]:02d}\t{aud}\t{m}\t{d}\t{e}\t{text}\n")
    print(f"wrote {len(Q)} questions to {out}: {counts}")

if __name__ == "__main__":
    main()
