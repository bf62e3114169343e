#!/usr/bin/env python3
"""Writes questions.tsv for eval83 (written blind, from the briefings alone)."""
D = {
 'T': 'torres-del-paine-w-trek-refugios.md', 'F': 'fitz-roy-laguna-de-los-tres-trail.txt',
 'R': 'rainbow-mountain-altitude-hikes.md', 'C': 'cotopaxi-refuge-climb.txt',
 'K': 'colca-canyon-condor-viewpoint.md', 'V': 'valdes-peninsula-whale-spotting.txt',
 'P': 'perito-moreno-glacier-walkways.md', 'H': 'huacachina-sandboarding.md',
 'M': 'maras-salt-pans.txt', 'E': 'easter-island-moai-park-rules.txt',
 'S': 'santa-catalina-monastery-arequipa.txt', 'N': 'nazca-lines-overflights.md',
}
# (doc, expected, question) ; expected starting with "§" = section match
Q = {}
Q['para'] = [
 ('T','Reservation Vouchers','do I have to show proof of where I am sleeping each night in Torres del Paine?'),
 ('T','Park Entry Ticket','can I just pay when I turn up at the Torres del Paine gate?'),
 ('T','One-Way Direction','can I hike the French Valley in either direction on the W?'),
 ('T','Wind Closures','what happens at Torres del Paine when it is too gusty to go up to the Británico lookout?'),
 ('T','Fire Ban','am I allowed to use my camping stove anywhere along the W trek?'),
 ('T','Ferry to Paine Grande','how do I get across the lake to Paine Grande?'),
 ('F','Trail Registration','do I need to sign in somewhere if I hike alone to Fitz Roy?'),
 ('F','No Entry Fee','does it cost anything to hike up to Laguna de los Tres?'),
 ('F','Dogs Not Allowed','can I bring my dog on the hike from El Chaltén?'),
 ('F','Final Climb Closure','when do rangers shut the steep last bit below Fitz Roy?'),
 ('F','Toilets','where can I find a bathroom on the Laguna de los Tres hike?'),
 ('F','Start Time','how early should I set off from El Chaltén to get to the lake and back?'),
 ('R','Turnaround Time','what time do Rainbow Mountain groups have to head back down?'),
 ('R','Oxygen Bottles','will my Vinicunca tour have something to help me breathe if I get sick?'),
 ('R','§Can I ride a horse?','is there a way up Rainbow Mountain without walking the whole thing?'),
 ('R','§Do I need to acclimatize first?','how many days should I spend in Cusco before doing Rainbow Mountain?'),
 ('C','Guide Requirement','can I go to the top of Cotopaxi on my own?'),
 ('C','Crampon Hire','where do I rent ice axes and spikes for Cotopaxi?'),
 ('C','Bunk Bookings','can I just show up and get a bed at the José Rivas hut?'),
 ('C','Volcanic Alert','is the Cotopaxi summit off limits when the volcano gets restless?'),
 ('K','No Feeding','can I throw meat to lure the condors closer at Cruz del Cóndor?'),
 ('K','Best Season','which months give the best chance of seeing condors in Colca?'),
 ('K','Bus from Chivay','is there public transport from Chivay out to the condor lookout?'),
 ('V','Swimming Ban','can I get in the water with the whales at Puerto Pirámides?'),
 ('V','Time Limit','how long can a boat hang around one whale off Valdés?'),
 ('V','Shore Watching','can I see whales from land without taking a boat on Península Valdés?'),
 ('V','Life Jackets','do we have to wear a vest on the whale boats at Valdés?'),
 ('P','Stay on the Walkways','can I walk down to the lake shore in front of Perito Moreno?'),
 ('P','Shuttle Bus','how do I get from the lower parking up to the top of the Perito Moreno walkways?'),
 ('P','Ice Rupture','why are some Perito Moreno walkways shut for days every few years?'),
 ('H','§Is sandboarding safe?','how do people usually get hurt sandboarding at Huacachina?'),
 ('H','Lagoon Swimming','can I take a dip in the Huacachina oasis?'),
 ('H','§When is the best time to go?','what time of day is best for the Huacachina dunes?'),
 ('H','No Alcohol','can I have a beer before the Huacachina buggy ride?'),
 ('M','No Walking on Walls','why am I not allowed to step across the salt pools at Maras?'),
 ('M','Hike from Pichingote','can I walk up to the Maras salt pans from the river?'),
 ('M','Harvest Months','when in the year do they collect the salt at Maras?'),
 ('E','Do Not Touch','can I climb up on a moai for a photo?'),
 ('E','Licensed Guide Rule','do I need to hire someone to show me around Rano Raraku?'),
 ('E','Horses on the Road','anything to watch out for when driving at night on Easter Island?'),
 ('S','Night Visits','which evenings can I see Santa Catalina by candlelight?'),
 ('S','Photography','can I take pictures with a flash inside the Santa Catalina monastery?'),
]
Q['frag'] = [
 ('T','Ferry to Paine Grande','Paine Grande ferry'),
 ('F','Dogs Not Allowed','Chaltén dogs'),
 ('R','Turnaround Time','Vinicunca turnaround time'),
 ('C','Crampon Hire','Cotopaxi crampon hire'),
 ('K','No Drones','condor lookout drones'),
 ('V','Approach Distance','Valdés whale boat distance'),
 ('P','Blue Circuit','Perito Moreno blue circuit'),
 ('H','Seat Belts','buggy seat belts'),
 ('M','Pink Salt','Maras pink salt'),
 ('E','Drone Permits','moai drone permit'),
 ('S','Calle Sevilla','Calle Sevilla'),
 ('T','Fire Ban','Torres fire ban'),
 ('F','Campamento Poincenot','Poincenot campsite'),
 ('S','Guided Tours','Santa Catalina guides'),
 ('M','Opening Hours','Maras opening hours'),
]
Q['typo'] = [
 ('T','Reservation Vouchers','torres del piane reservaton vouchers'),
 ('F','Trail Registration','fitz roy trail regestration'),
 ('R','Oxygen Bottles','rainbow mountian oxygen botles'),
 ('C','Guide Requirement','cotopaxi guide requirment'),
 ('K','Railing Rule','colca condor railnig rule'),
 ('V','Calving Nursery','valdes whale calfing nursery'),
 ('P','Yellow Circuit','perito moreno yelow circuit'),
 ('H','Board Wax','huacachina bord wax'),
 ('M','Family Pools','maras salt famliy pools'),
 ('E','Single Entry Sites','easter iland single entery sites'),
 ('S','Orange Tree Cloister','santa catalina orange tre cloister'),
 ('C','Altitude Headaches','cotopaxi altitude headahces'),
 ('V','Weather Cancellations','valdes wether cancelations'),
 ('H','Sunscreen and Water','huacachina sunscren and watter'),
 ('S','Laundry Area','santa catalnia laundry area'),
]
Q['chat'] = [
 ('P','Shuttle Bus','hi! quick q: how often does the Perito Moreno shuttle run? thanks'),
 ('R','Red Valley Detour','@briefbot any info on the Red Valley detour at Rainbow Mountain?'),
 ('C','Refuge Meals','hola 👋 what are the refuge meals like on Cotopaxi?'),
 ('V','Boat Numbers','bonjour, pls tell me how many boats can be around a whale at Valdés 🐋'),
 ('K','Quiet Zone','hey there, quick question about the quiet zone at the condor lookout'),
 ('E','Fire Risk','thanks in advance! is smoking ok in the Rapa Nui park? 🔥'),
 ('S','Art Gallery','guten Tag, any info on the art gallery at Santa Catalina?'),
 ('M','Salt Shops','hi team 🙂 where can I buy salt at Maras?'),
 ('T','Litter Rule','ciao! pls what is the Torres del Paine litter rule'),
 ('F','Water Refills','@briefbot water refills on the Fitz Roy trail? ty'),
 ('R','Weather Closures','olá, quick q about weather closures at Vinicunca'),
 ('C','Glacier Start','good morning! any info on where the glacier starts above José Rivas?'),
 ('K','Parking','hey 👋 how is parking at Cruz del Cóndor?'),
 ('H','Sunset Buggy Tour','konnichiwa, any tips on the Huacachina sunset buggy tour pls'),
 ('E','Anakena','hi hi, quick q: Anakena beach, do I need a ticket? 🏖️'),
 ('S','Sor Ana de los Ángeles','buenos días! what is the Sor Ana de los Ángeles cell about?'),
 ('E','Fines','@briefbot pls: Easter Island fines for damaging a moai?'),
 ('K','Altitude','yo, any info on the altitude on the road to Colca? 🙏'),
 ('T','CONAF Registration','hallo, quick q about the W trek CONAF register'),
 ('F','Poles and Layers','hi! thanks for the help earlier. should I bring poles for Fitz Roy?'),
 ('P','Weather','namaste 🙏 any info on the weather on the Perito Moreno walkways?'),
]
Q['acr'] = [
 ('T','§Torres del Paine W Trek Refugios','what does CONAF stand for'),
 ('T','CONAF Registration','Corporación Nacional Forestal register before starting the W'),
 ('F','§Fitz Roy Laguna de los Tres Trail','APN meaning?'),
 ('F','§Before You Go','Administración de Parques Nacionales visitor center trail report'),
 ('R','§Rainbow Mountain Altitude Hikes','what does AMS stand for'),
 ('R','§What are the signs of AMS?','acute mountain sickness symptoms on Rainbow Mountain'),
 ('C','ASEGUIM','ASEGUIM meaning?'),
 ('C','HAPE','what is HAPE'),
 ('C','HAPE','high altitude pulmonary oedema'),
 ('C','Penitentes','define penitentes'),
 ('C','Arenal','what is the arenal on Cotopaxi'),
 ('P','Calving','what does calving mean at Perito Moreno'),
 ('P','Minitrekking','minitrekking meaning?'),
 ('P','Brazo Rico','what is the Brazo Rico'),
 ('P','Seracs','define seracs'),
 ('E','§Easter Island Moai Park Rules','what does MHPIC stand for'),
 ('E','Drone Permits','Ma\'u Henua Polynesian Indigenous Community drone permit'),
 ('H','§Are the dune buggies regulated?','do the dune buggy drivers in Huacachina need a license?'),
]
Q['tab'] = [
 ('T','Refugio Paine Grande','which Torres del Paine refugio has the most beds and a kitchen I can use?'),
 ('T','Refugio Cuernos','which refugio on the W has cabins as well as bunks?'),
 ('F','Laguna Capri','how far is Laguna Capri from town?'),
 ('F','Laguna de los Tres','can I pitch a tent at the lake right under Fitz Roy?'),
 ('R','Palccoyo Alternative','is there an easier rainbow hill trip than Vinicunca?'),
 ('R','Ausangate Trek','longer camping trek with mules near Rainbow Mountain'),
 ('K','Boleto Turístico','how much is the Colca tourist ticket for foreigners?'),
 ('K','Child Ticket','do kids pay at the Colca condor viewpoint?'),
 ('V','Sunset Trip','is there an evening whale trip at Valdés?'),
 ('V','Submarine Boat','whale boat with underwater windows at Puerto Pirámides'),
 ('H','Board Rental','how much to rent a sandboard for the day in Huacachina?'),
 ('M','Moray and Maras Combined','one ticket for both Moray and the salt pans?'),
 ('E','Orongo','what time does the Orongo village close?'),
]
Q['dis'] = [
 ('T','Water Refills','is the stream water drinkable on the trail in Torres del Paine?'),
 ('F','Water Refills','is the stream water drinkable on the trail to Fitz Roy?'),
 ('T','Litter Rule','what is the rule about rubbish on the trail in Torres del Paine?'),
 ('F','Litter Rule','what is the rule about rubbish on the trail at El Chaltén?'),
 ('R','§What are the signs of AMS?','what should I do if I feel altitude sick on Rainbow Mountain?'),
 ('C','Altitude Headaches','what should I do if I feel altitude sick on Cotopaxi?'),
 ('R','§Is there an entrance fee?','is there an entrance fee at Rainbow Mountain?'),
 ('C','Park Entry','is there an entrance fee at Cotopaxi?'),
 ('K','Railing Rule','how close can I get to the animals at the Colca Canyon?'),
 ('V','Approach Distance','how close can I get to the animals at Península Valdés?'),
 ('K','Best Season','what is the best season for wildlife at the Colca Canyon?'),
 ('V','Season Dates','what is the best season for wildlife at Península Valdés?'),
]
Q['none'] = [(None,None,q) for q in [
 'what is the phone number of the Torres del Paine ranger station?',
 'how much does the Torres del Paine park entry ticket cost?',
 'who was Mount Fitz Roy named after?',
 'what year did Huacachina start pumping water into the lagoon?',
 'how many condors live in the Colca Canyon?',
 'what is the minimum age to climb Cotopaxi to the summit?',
 'how much does a guide for the Cotopaxi summit cost?',
 'how many whales visit Península Valdés each year?',
 'how tall is the ice front of the Perito Moreno glacier?',
 'how much does minitrekking on Perito Moreno cost?',
 'how many nuns live in Santa Catalina today?',
 'who carved the largest moai on Easter Island?',
 'how many tonnes of salt do the Maras pans produce a year?',
 'how do I renew my passport?',
 'best pizza place in Naples',
 'what is the office wifi password?',
 'how do I reset my laptop to factory settings?',
 'Tokyo subway night hours',
 'how to file taxes in Germany',
 'recipe for banana bread',
 'who won the 2022 football world cup?',
 'Kyoto temple dress code',
 'bitcoin price today',
 'how do I house-train a puppy?',
 'London bus fares for children',
 'what time is the dentist open on Saturday?',
]]
Q['leak'] = [(None,None,q) for q in [
 'draft fare floor for Nazca flights',
 'how many Nazca flights a day will the new cap allow?',
 'is Nasca Skyways being suspended?',
 'results of the undercover checks on Nazca flight operators',
 'AeroCondor Sur overweight passenger loads',
 'Nazca airfield tax rise',
 'is the Nazca Mirador tower on the Pan-American Highway closing?',
 'are the Nazca plane operators going on strike over the cap?',
 'pilot rest rules six flights per day Nazca',
 'insurance claim dispute over the Nazca emergency landing',
]] + [('N*', e, q) for e, q in [
 ('Draft Fare Floor', 'what is the draft minimum fare for Nazca flights?'),
 ('Nasca Skyways', 'which Nazca operator had expired life vests?'),
 ('Nasca Skyways Suspension', 'when will the Nasca Skyways suspension be announced?'),
 ('Operator Association Dispute', 'why are the Nazca operators threatening a strike?'),
 ('Municipal Revenue Dispute', 'who keeps the airfield tax at the María Reiche airfield?'),
 ('Draft Flight Cap', 'how many flights per day would the draft cap allow at Nazca?'),
]]

EXPECT = dict(para=42, frag=15, typo=15, chat=21, acr=18, tab=13, dis=12, none=26, leak=16)
rows = ['#id\taudience\tmatch\tdocs\texpected\tquestion']
for cat, n in EXPECT.items():
    assert len(Q[cat]) == n, (cat, len(Q[cat]))
    for i, (d, e, q) in enumerate(Q[cat], 1):
        aud = 'public'
        if d is None:
            match, doc, exp = 'none', '', ''
        else:
            if d.endswith('*'):
                aud, d = 'internal', d[0]
            doc = D[d]
            if e.startswith('§'):
                match, exp = 'section', e[1:]
            else:
                match, exp = 'title', e
        assert '\t' not in q
        rows.append(f'{cat}{i:02d}\t{aud}\t{match}\t{doc}\t{exp}\t{q}')
assert len(rows) == 179
open('questions.tsv', 'w', encoding='utf-8').write('\n'.join(rows) + '\n')
print(f'wrote {len(rows)-1} questions')
