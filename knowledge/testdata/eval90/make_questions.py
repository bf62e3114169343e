#!/usr/bin/env python3
"""Writes questions.tsv for eval90 from the briefings (written blind to the bot's ranking)."""
import os
W="wimbledon-queue-ballot.md"; L="london-marathon-ballot.md"; B="boston-marathon-qualifying.md"
C="comrades-marathon-cutoffs.txt"; H="henley-regatta-enclosures.md"; A="royal-ascot-dress-code.md"
LO="lords-test-etiquette.txt"; AU="augusta-masters-patron-rules.md"; M="monaco-grand-prix-grandstands.md"
P="pamplona-bull-run-safety.txt"; S="tokyo-sumo-tickets.txt"; LM="le-mans-camping-internal.md"

Q = {}
Q["para"] = [
 (W,"Overnight Camping","can I sleep in a tent in the park the night before to get into Wimbledon?"),
 (W,"Leaving the Queue","how long can I nip off to the loo without losing my spot in the Wimbledon line?"),
 (W,"Declined Offers","what happens at Wimbledon if I say no to the seats I was offered in the draw?"),
 (W,"Resale Seat","can I get a cheap Centre Court seat in the afternoon when people go home early?"),
 (L,"No Transfers","can I give my London Marathon spot to a friend?"),
 (L,"Deferral","I'm hurt, can I run London next year instead?"),
 (L,"Minimum Pledge","how much money do I need to raise if I run London for a charity?"),
 (L,"Overseas Ballot","I live in Canada, how do I get into the London Marathon draw?"),
 (B,"Downhill Courses","does a race on a steep descending course count for Boston?"),
 (B,"Cutoff Time","why didn't I get into Boston even though I beat my standard?"),
 (B,"Qualifying Window","how recent does my race have to be to qualify for Boston?"),
 (B,"Nonbinary Division","what times do non-binary runners need for Boston?"),
 (C,"Bib Swapping","what happens if my mate runs Comrades with my number?"),
 (C,"Seconding","where can my friends hand me drinks during Comrades?"),
 (C,"Back to Back Medal","is there a medal for doing Comrades two years in a row as a novice?"),
 (C,"Seeding Batches","how is my starting pen at Comrades decided?"),
 (H,"Day Tickets","how much is it to get into the public part of Henley on the last weekend?"),
 (H,"Picnics","can we bring food and wine to the public lawns at Henley?"),
 (H,"Children","do kids have to follow the dress rules at Henley?"),
 (A,"Headwear Rule","is a fascinator ok in the Royal Enclosure at Ascot?"),
 (A,"Dress Code Assistants","I forgot my tie for Ascot, what happens at the gate?"),
 (A,"National Dress","can a visitor from abroad wear traditional clothes from home in the Royal Enclosure at Ascot?"),
 (A,"Heath Picnic Area","is there anywhere at Ascot where I don't have to dress up?"),
 (LO,"Sightscreen Rule","when am I allowed to get up and go back to my seat at Lord's?"),
 (LO,"Alcohol Allowance","how much booze can I take into Lord's?"),
 (LO,"Applause","why do members clap the batsmen walking out through the Pavilion at Lord's?"),
 (AU,"Running","am I allowed to jog between holes at Augusta?"),
 (AU,"Pimento Cheese Sandwich","what's the famous cheap snack at the Masters?"),
 (AU,"Standing Areas","where do spectators have to stay on the course at the Masters?"),
 (AU,"Clear Bags","what kind of bag can I bring to Augusta?"),
 (M,"Rocher Terraces","what's the cheapest way to watch the Monaco race?"),
 (M,"Train from Nice","how do I get to the Monaco Grand Prix from Nice by rail?"),
 (M,"Earplugs","is it really loud in the Monaco stands, should I protect my hearing?"),
 (M,"Children's Tickets","does my toddler need a ticket for the Monaco grandstand?"),
 (P,"Falling Down","what should I do if I trip during the Pamplona bull run?"),
 (P,"Minimum Age","how old do you have to be to run with the bulls in Pamplona?"),
 (P,"Suitable Clothing","what shoes should I wear for the encierro?"),
 (P,"Pastores","who are the men with sticks behind the bulls in Pamplona?"),
 (S,"Ticket Limit","how many sumo tickets can I buy at once?"),
 (S,"Re-entry","can I pop out of the Kokugikan and come back in later?"),
 (S,"Chanko Nabe","where can I eat the wrestlers' food at the sumo arena?"),
 (S,"Online Sale Date","when do Tokyo sumo tickets go on sale?"),
]
Q["frag"] = [
 (W,"Queue Card","wimbledon queue card"),
 (W,"Debenture Seat","debenture centre court"),
 (L,"Golden Bond","golden bond places"),
 (L,"Ballot Results","london ballot results"),
 (B,"Charity Program","boston charity bibs"),
 (C,"Final Gun","comrades final gun"),
 (C,"Bill Rowan Medal","bill rowan medal"),
 (H,"Grandstand Seats","henley grandstand seats"),
 (A,"Jumpsuits","ascot jumpsuits"),
 (LO,"Mexican Waves","lords mexican waves"),
 (AU,"Masters Chairs","masters chairs"),
 (M,"Parking","monaco parking fontvieille"),
 (P,"Dead Man's Curve","dead man's curve"),
 (S,"Same-Day Queue","sumo same-day queue"),
 (P,"Rocket Signals","pamplona rocket signals"),
]
Q["typo"] = [
 (W,"Wristbands","wimbeldon wristbnads"),
 (L,"Charity Application","londn maraton charity aplication"),
 (B,"Para Athletes","para athelets bostn"),
 (C,"Late Qualifiers","comrades late qualifers"),
 (C,"Qualifying Marathon","qualifiying marathon comrads"),
 (H,"Member Badges","henely member bagdes"),
 (H,"Launch Moorings","henley launch moorigns"),
 (A,"Top Hats","ascto top hast"),
 (A,"Fascinators Allowed","fascinaters alowed ascot"),
 (LO,"Hampers","lrods hampers cool box"),
 (LO,"Pavilion Dress","pavillion dress code lords"),
 (AU,"Courtesy Phones","agusta courtesy phnoes"),
 (M,"Ticket Collection","monoco ticket colection"),
 (P,"First Aid Posts","pampolna first aid psots"),
 (S,"Yokozuna Ring Entry","sumo yokozna ring entry"),
]
Q["chat"] = [
 (W,"Grounds Pass","hi there! quick q: what ticket do I need just for the outside courts at Wimbledon?"),
 (W,"Tent Packing","@briefbot when do they wake the campers in the Wimbledon queue? thanks!"),
 (W,"Accessible Seating","hello 👋 any info on the Wimbledon ballot for wheelchair users?"),
 (W,"Ballot Registration","Bonjour ! how do I register for the Wimbledon ballot pls"),
 (L,"Ballot Window","hey, quick q - when does the London Marathon ballot open? ty"),
 (L,"Championship Entry","Hola, what is a championship entry for London? gracias"),
 (B,"Registration Week","hiya 🙂 when is Boston registration week?"),
 (B,"Virtual Course Check","good morning! does the BAA check chip timing data for Boston? cheers"),
 (C,"Drummond Halfway","Guten Tag, any info on the Comrades Drummond halfway cut-off?"),
 (C,"Wally Hayward Medal","hey bot 🏃 which Comrades medal is for under six hours?"),
 (H,"Towpath","hi all, pls tell me about watching Henley from the towpath"),
 (H,"Fawley Meadows","Ciao! can I park at Fawley Meadows for Henley? grazie"),
 (A,"Suits and Ties","morning 👋 what should gents wear in the Queen Anne Enclosure at Ascot?"),
 (A,"Windsor Enclosure","@briefbot can I wear a replica football shirt in the Windsor Enclosure? thx"),
 (LO,"Nursery Ground","hi! quick one: where can we have a lunchtime picnic on the practice ground at Lord's? 🙏"),
 (LO,"East Gate","Konnichiwa! what time does the Lord's East Gate open?"),
 (AU,"Par 3 Contest","hey there, any info on Par 3 Contest tickets at the Masters? thanks a lot"),
 (M,"Grandstand K","Olá 👋 where is Grandstand K in Monaco?"),
 (M,"Circuit Crossing","hi, can I cross the track at Monaco between sessions? pls and thanks"),
 (P,"Phone Ban","¡Buenos días! can I film the bull run on my phone in Pamplona?"),
 (S,"Ringside Seat","hey 👋 are the ringside seats at the sumo dangerous? thx"),
]
Q["acr"] = [
 (W,"Wimbledon Queue and Public Ballot","what does AELTC stand for"),
 (L,"What is the GFA?","what is the GFA"),
 (L,"What is the GFA?","GFA meaning?"),
 (L,"What is the VLM?","what does VLM stand for"),
 (B,"Boston Marathon Qualifying Times","BAA meaning?"),
 (C,"Comrades Marathon Cut-offs","what does CMA stand for"),
 (LO,"MCC","define MCC"),
 (LO,"MCC","Marylebone Cricket Club abbreviation"),
 (LO,"Long Room","what is the Long Room"),
 (LO,"Egg and Bacon","egg and bacon meaning"),
 (AU,"What is the ANGC?","what does ANGC stand for"),
 (AU,"What is the ANGC?","Augusta National Golf Club short form"),
 (AU,"What is a patron badge?","what is a patron badge"),
 (M,"Monaco Grand Prix Grandstands","ACM meaning?"),
 (S,"Basho","what does basho mean"),
 (S,"Dohyō","dohyo meaning"),
 (S,"Rikishi","rikishi definition"),
 (S,"Yokozuna","what is a yokozuna"),
]
Q["tab"] = [
 (B,"40-44","what Boston time does a 42-year-old woman need?"),
 (B,"18-34","Boston qualifying time for a man aged 30"),
 (C,"Lion Park","how long do I have to reach Lion Park on the up run?"),
 (C,"Cato Ridge","when do they stop runners at Cato Ridge?"),
 (M,"Grandstand N","which Monaco stand looks onto the swimming pool chicane?"),
 (M,"Grandstand X1","Monaco seat at the first corner after the start"),
 (P,"Balcony Rental","can I rent a balcony to watch the bull run?"),
 (P,"Bullring Seat","seats in the bullring to see the end of the run"),
 (S,"Arena Chair C","cheapest reserved chair at the sumo"),
 (S,"Box Seat","sumo seats for a group of four sitting on cushions"),
 (A,"Village Enclosure","what do men wear in the Village Enclosure at Ascot?"),
 (AU,"Practice Round Ticket","how do I get tickets for the Masters practice days?"),
 (H,"Remenham Club","private riverside lawn for members opposite the Henley enclosures"),
]
Q["dis"] = [
 (B,"Cutoff Time","what is the cutoff for Boston?"),
 (C,"Final Cut-off","what is the cutoff for Comrades?"),
 (B,"Qualifying Standards","what marathon time do I need to qualify for Boston?"),
 (C,"Qualifying Marathon","what marathon time do I need to qualify for Comrades?"),
 (H,"Gentlemen's Dress","what must men wear in the members' enclosure at Henley?"),
 (A,"Morning Dress","what must men wear in the members' enclosure at Ascot?"),
 (H,"Ladies' Dress","how long must a woman's skirt be at Henley?"),
 (A,"Hemlines","how long must a woman's skirt be at Ascot?"),
 (LO,"Mobile Phones","are mobile phones allowed at Lord's?"),
 (AU,"Can I bring my phone?","are mobile phones allowed at Augusta?"),
 (LO,"Photography","can I take photographs at Lord's?"),
 (AU,"Cameras","can I take photographs at Augusta?"),
]
Q["none"] = [
 "who won the London Marathon last year?",
 "how many runners finished the Boston Marathon in 2025?",
 "what is the course record for the Comrades Marathon?",
 "how much does a Royal Enclosure badge cost at Ascot?",
 "what year was the first Henley Royal Regatta held?",
 "who is the current president of the MCC?",
 "how many holes does the Augusta par 3 course have?",
 "how many seats are in Grandstand K at Monaco?",
 "how many people have died in the Pamplona bull run?",
 "what is the price of a box seat at the Kokugikan?",
 "how many pounds is the London Marathon entry fee?",
 "how many people apply to the Wimbledon ballot each year?",
 "what date is the Boston Marathon next year?",
 "how do I renew my passport?",
 "best recipe for banana bread",
 "what is the capital of Australia?",
 "how do I reset my router password",
 "opening hours of the Louvre",
 "what's the weather in Oslo tomorrow",
 "how to file a VAT return",
 "train times from Leeds to York",
 "how do I care for a bonsai tree",
 "what is the exchange rate for the yen",
 "symptoms of vitamin D deficiency",
 "how to tie a bowline knot",
 "who painted the Mona Lisa",
]
Q["leak_public"] = [
 "Le Mans campsite pitch prices next year",
 "how much will a pitch at Houx cost",
 "mystery camper checks at Le Mans",
 "will glass bottles be banned at the Le Mans campsites",
 "Tertre Rouge toilet audit",
 "Mulsanne farmer lease dispute",
 "Le Mans security contractor overtime claim",
 "Hunaudières quiet hours music curfew",
 "bonfire fines at Le Mans campsites",
 "Arnage residents noise complaint to the prefecture",
]
Q["leak_internal"] = [
 (LM,"Hunaudières Campsite","draft price for the Hunaudières campsite"),
 (LM,"Undercover Stewards","undercover stewards at Houx"),
 (LM,"Resale Touts","touts selling pitch passes at the Arnage gate"),
 (LM,"Glass Ban","when will the campsite glass ban be announced?"),
 (LM,"Farmer Lease Dispute","who is disputing the Mulsanne field lease?"),
 (LM,"Bonfire Fines","how much will bonfire fines go up?"),
]

rows = []
for cat in ["para","frag","typo","chat","acr","tab","dis"]:
    for i,(doc,exp,q) in enumerate(Q[cat],1):
        rows.append((f"{cat}{i:02d}","public","title",doc,exp,q))
for i,q in enumerate(Q["none"],1):
    rows.append((f"none{i:02d}","public","none","","",q))
n=0
for q in Q["leak_public"]:
    n+=1; rows.append((f"leak{n:02d}","public","none","","",q))
for doc,exp,q in Q["leak_internal"]:
    n+=1; rows.append((f"leak{n:02d}","internal","title",doc,exp,q))
for r in rows:
    assert all("\t" not in c and "\n" not in c for c in r), r
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.tsv")
with open(out,"w",encoding="utf-8") as f:
    f.write("#id\taudience\tmatch\tdocs\texpected\tquestion\n")
    for r in rows: f.write("\t".join(r)+"\n")
print(len(rows), "questions written to", out)
