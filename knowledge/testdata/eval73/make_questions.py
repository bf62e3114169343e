#!/usr/bin/env python3
"""Writes questions.tsv for eval73 (written blind, from the briefings alone)."""
import os
D = {
 'H': 'hawaii-haleakala-sunrise-reservations.md',
 'A': 'acadia-cadillac-summit-sunrise-permits.txt',
 'M': 'maui-road-to-hana-parking.md',
 'S': 'sedona-vortex-trail-parking.txt',
 'N': 'niagara-boat-tour-ponchos.md',
 'K': 'kenai-fjords-cruises.md',
 'B': 'montreal-bagel-bakery-queues.txt',
 'J': 'jasper-wildlife-jam-etiquette.md',
 'Z': 'zion-angels-landing-permit-lottery.md',
 'E': 'everglades-airboat-rules.txt',
 'T': 'tofino-storm-watching-lodges.md',
 'W': 'whistler-bike-park-lift-tickets-internal.md',
}
# (category, audience, match, doc key, expected, question)
Q = []
def add(cat, doc, exp, q, match='title', aud='public'):
    Q.append((cat, aud, match, doc, exp, q))

# para: everyday paraphrases, few of the entry's own words
for d, e, q, *m in [
 ('H','One Per Account','can I book sunrise at haleakala twice in the same week?'),
 ('H','Name On Booking','does the person who made the haleakala booking have to be there in the car?'),
 ('H','Summit Temperatures','how cold does it get up top at Haleakalā before dawn?'),
 ('H','Headlights Off','should I turn my lights down when I pull into a lookout at haleakala'),
 ('H','Commercial Tours','if I go with a tour company to haleakala do I still need my own booking?'),
 ('A','Motorcycles','do people on motorbikes need a separate booking for cadillac mountain?'),
 ('A','Island Explorer Bus','can I take the free bus up cadillac mountain?'),
 ('A','Headlamps','will the rangers at acadia loan me a flashlight for the night hike?'),
 ('A','Winter Closure','when can\'t you drive up cadillac in the cold months?'),
 ('A','Blue Hill Overlook','where do people watch the sun go down in acadia?'),
 ('M','Towing Zones','will my rental get hauled away if I leave it on the roadside by twin falls?'),
 ('M','Let Locals Pass','what should I do when residents are stuck behind me on the hana highway?'),
 ('M','One-Lane Bridges','who goes first on the narrow single-lane crossings on the road to hana?'),
 ('M','Weekend Patrols','are there cops watching the road to hana on saturdays?'),
 ('S','Sedona Shuttle','is there a free bus to the sedona trailheads so I don\'t have to drive?'),
 ('S','Early Arrivals','how early do I need to get to cathedral rock to find a spot?'),
 ('S','Drones','can I fly my quadcopter in the sedona wilderness?'),
 ('S','Dogs on Leash','how long can my pup\'s lead be on sedona trails?'),
 ('S','Vortex Etiquette','is it okay to build little rock piles at the sedona vortexes?','section'),
 ('N','Keeping a Poncho','can I keep the raincoat they give you on the niagara boat?'),
 ('N','Recycling Bins','where do I throw away the plastic cover after the niagara boat ride?'),
 ('N','Pushchairs','can I take my baby\'s buggy on the niagara falls boat?'),
 ('N','Boarding Queue','when is the line shortest for the niagara boat?'),
 ('K','Seasickness','I get queasy on boats, any advice for the kenai fjords trip?'),
 ('K','Warm Layers','what should I wear on a glacier cruise out of seward?'),
 ('K','Whale Distance','how close do the seward boats get to humpbacks?'),
 ('K','Kayak Combos','can I paddle as part of a kenai fjords tour?'),
 ('B','Night Queue','are the mile end bagel shops open in the middle of the night?'),
 ('B','Cash Only','can I pay with a card at the montreal bagel bakeries?'),
 ('B','Ordering by the Dozen','do they throw in a 13th bagel if I buy twelve in montreal?'),
 ('B','Double Parking','will I get a ticket if I idle in the bike lane outside the montreal bagel shop?'),
 ('J','Stay in Your Vehicle','is it allowed to step out of the car when there\'s an elk by the road in jasper?'),
 ('J','No Feeding','what happens if I give food to animals in jasper?'),
 ('J','Pull Fully Off','how should I park when I stop for animals on the icefields parkway?'),
 ('J','Jam Marshals','who are the people in orange directing cars at jasper animal sightings?'),
 ('Z','Ranger Checks','where do they check your pass on the angels landing hike?'),
 ('Z','Weather Closures','do I get my money back if angels landing shuts because of a storm?'),
 ('Z','Permit Holder','does the person who entered the zion lottery have to come on the hike?'),
 ('E','Ear Protection','airboats are loud, do they give you something for your ears in the everglades?'),
 ('E','Alligator Feeding','can I toss snacks to the gators on an everglades tour?'),
 ('T','Power Cuts','what if the electricity goes out during a storm at a tofino lodge?'),
 ('T','Logs on the Beach','is it safe to climb on driftwood at tofino during storms?'),
]:
    add('para', d, e, q, *(m or []))

for d, e, q in [
 ('H','Gate Entry Hours','haleakala gate hours'),
 ('A','Checkpoint','acadia summit checkpoint'),
 ('M','Parking Fee','hana parking fee'),
 ('S','Quiet Zones','sedona quiet zones'),
 ('N','Poncho Colour','poncho colour niagara'),
 ('K','Aialik Glacier Tour','aialik glacier tour'),
 ('B','Peak Queue Times','bagel peak times'),
 ('J','Lens Distance','jasper lens distance'),
 ('Z','Day-Before Lottery','day-before lottery'),
 ('E','Speed Limits','airboat speed limits'),
 ('T','Tide Tables','tofino tide tables'),
 ('T','Storm Watcher Weekend','storm watcher weekend'),
 ('E','Life Jackets','everglades life jackets'),
 ('K','Steller Sea Lions','steller sea lions'),
 ('B','Queue Barriers','bagel queue barriers'),
]:
    add('frag', d, e, q)

for d, e, q in [
 ('H','Summit Parking','haleakla summit parkng'),
 ('A','Motorcycles','cadilac mountian motorcyles'),
 ('M','No Stopping Signs','road to hanna no stoping signs'),
 ('S','Parking Fee','sedoan red rock pass price'),
 ('N','Summer','niagra first saling in summer'),
 ('K','Cancellation Policy','kenai fjrods cancelation policy'),
 ('B','Litter Bins','montreal bagle litter bins'),
 ('J','No Feeding','jaspre wildlfie no feeding'),
 ('Z','Seasonal Lottery','zion seasnal lotery'),
 ('Z','Application Fee','angles landing aplication fee'),
 ('E','Bird Rookeries','everglads bird rokeries'),
 ('E','Weather Calls','evreglades weather calls lightning'),
 ('T','Minimum Stay','tofnio minimum stay'),
 ('T','Pet-Friendly Rooms','tofino pet freindly rooms'),
 ('K','Puffin Colonies','kenai puffin colonys'),
]:
    add('typo', d, e, q)

for d, e, q, *m in [
 ('H','Reservation Fee','hi! quick q: how much is the booking fee for haleakala sunrise? thanks 🙏'),
 ('H','Late Arrival','@briefbot any info on the haleakala late arrival rule?'),
 ('A','Off Season','hello 👋 what do I need to know about the off season at cadillac summit?'),
 ('A','Turned Away','pls what happens at the acadia summit if you don\'t have a permit'),
 ('M','Keʻanae Peninsula','bonjour! where can I park for free at keanae on the road to hana?'),
 ('S','Towing Zones','hola 😊 any info on towing at sedona trailheads?'),
 ('N','Will I get wet?','hey @briefbot, will I get wet on the niagara boat? cheers','section'),
 ('N','Can I bring my own poncho?','thanks in advance! can I bring my own poncho to niagara?','section'),
 ('N','Children\'s Sizes','guten Tag, are there kids ponchos on the niagara boat?'),
 ('K','Northwestern Fjord Tour','yo quick q 🚢 which kenai cruise goes to northwestern glacier?'),
 ('K','Calving Distance','hi there, any info on calving distance for kenai fjords boats? ty'),
 ('B','Sesame or Poppy','salut! which montreal bagel flavour is most popular? merci'),
 ('B','Saint-Viateur Bakery','hey 🥯 where is the saint-viateur bakery?'),
 ('J','Bears','ciao! what\'s the closest you can get to bears in jasper? grazie'),
 ('J','Keep Moving','hello, pls explain the keep moving rule for jasper wildlife jams'),
 ('Z','Summer Season','hi 🙂 when are the zion summer season lottery results?'),
 ('Z','Can children go?','@briefbot quick q can kids go on angels landing?','section'),
 ('E','Seat Belts','hey! any info on seat belts on everglades airboats? thx'),
 ('T','Wild Pacific Retreat','konnichiwa, which tofino package has a spa credit?'),
 ('T','Storm Alerts','hi hi 🌊 storm alerts at tofino lodges? thanks!'),
 ('T','Cancellation Window','olá, tofino lodge cancellation window please 🙏'),
]:
    add('chat', d, e, q, *(m or []))

for d, e, q, *m in [
 ('H','Haleakalā Sunrise Reservations','what does NPS stand for','section'),
 ('A','Cadillac Summit Sunrise Permits','CSR meaning?','section'),
 ('S','Sedona Vortex Trail Parking','what is the RRP','section'),
 ('S','Parking Fee','red rock pass cost'),
 ('N','What is the NPC?','what is the NPC?','section'),
 ('N','What is the NPC?','niagara parks commission','section'),
 ('K','Kenai Fjords Cruises','KFNP meaning?','section'),
 ('K','Wildlife Rules','kenai fjords national park rules for marine mammals','section'),
 ('E','Everglades Airboat Rules','what does CUA stand for','section'),
 ('E','CUA Holders','commercial use authorization holders'),
 ('E','Operating Without a CUA','operating without a commercial use authorization'),
 ('M','Kapu','define kapu'),
 ('M','Mauka','mauka meaning?'),
 ('M','Makai','what does makai mean'),
 ('J','Bear Jam','what is a bear jam'),
 ('J','Habituation','habituation meaning?'),
 ('J','Wildlife Jam','what\'s a wildlife jam'),
 ('Z','Do I need a permit for Scout Lookout?','is a permit needed to reach scout lookout','section'),
]:
    add('acr', d, e, q, *(m or []))

for d, e, q in [
 ('H','Rental Car Swap','can I drive a different rental car than the one on my haleakala booking?'),
 ('H','No Reservation','what if I turn up at haleakala without booking'),
 ('A','Daytime Slot','when can I drive into cadillac during the day?'),
 ('M','Twin Falls','is parking at twin falls on the hana road free?'),
 ('M','ʻOheʻo Gulch','do I need a pass to park at ohe\'o gulch'),
 ('S','Bell Rock','how many spots at bell rock?'),
 ('S','Airport Mesa','does the shuttle go to airport mesa?'),
 ('N','Autumn','what time is the last niagara boat in the fall?'),
 ('K','Resurrection Bay Tour','how long is the resurrection bay cruise'),
 ('J','Elk and bighorn sheep','how far should I stay from elk in jasper'),
 ('B','Fairmount Bakery','how old is the fairmount bagel oven'),
 ('T','Fireside Midweek','cheapest midweek tofino storm deal'),
 ('E','Noise After Dark','can airboats run at night near houses in the everglades?'),
]:
    add('tab', d, e, q)

for d, e, q in [
 ('H','Reservation Window','when do haleakala sunrise bookings open?'),
 ('A','Reservation Window','when do cadillac mountain sunrise bookings open?'),
 ('H','Reservation Fee','how much does a haleakala sunrise reservation cost?'),
 ('A','Reservation Fee','how much does an acadia sunrise reservation cost?'),
 ('M','Parking Fee','how much is parking on the road to hana?'),
 ('S','Parking Fee','how much is parking at the sedona vortex trails?'),
 ('M','Towing Zones','where do cars get towed on the road to hana?'),
 ('S','Towing Zones','where do cars get towed in sedona?'),
 ('N','Cancellation Policy','can I get a refund if my niagara boat tour is cancelled?'),
 ('K','Cancellation Policy','can I get a refund if my kenai fjords cruise is cancelled?'),
 ('N','Wheelchair Access','is the niagara boat wheelchair accessible?'),
 ('K','Wheelchair Access','is the kenai fjords boat wheelchair accessible?'),
]:
    add('dis', d, e, q)

for q in [
 # near-topic facts the briefings do not give
 'how many sunrise reservations are issued each day at haleakala?',
 'what is the haleakala park entrance fee?',
 'how tall is cadillac mountain?',
 'what is the fine for parking in a tow zone on the road to hana?',
 'how much is an annual red rock pass in sedona?',
 'how much does a niagara boat tour ticket cost?',
 'which company runs the kenai fjords cruises?',
 'how much does a dozen bagels cost in montreal?',
 'what year was jasper national park founded?',
 'how many angels landing permits are issued per day?',
 'how much does an everglades airboat tour cost?',
 'how many lodges are there on chesterman beach?',
 'how long is the maid of the mist boat?',
 # unrelated
 'what is the wifi password for the office?',
 'how do I renew my passport?',
 'best pizza in naples',
 'euro to yen exchange rate today',
 'who won the world cup in 2022?',
 'how do I reset my laptop password?',
 'recipe for banana bread',
 'when is the next lunar eclipse?',
 'how do vaccines work?',
 'tax deadline for freelancers',
 'what time does the london underground close?',
 'how to train a puppy to sit',
 'python list comprehension syntax',
]:
    add('none', None, '', q, 'none')

for q in [
 'whistler bike park day ticket price 2027',
 'season pass early bird discount whistler',
 'whistler youth ticket discount',
 'mystery shopper at the whistler ticket window',
 'fitzsimmons express scanner failures',
 'resold season passes suspended',
 'crank it up crash insurance claim',
 'whistler night riding pilot',
 'garbanzo zone closure 2027',
 'whistler ticket office layoffs',
]:
    add('leak', None, '', q, 'none')
for e, q in [
 ('Draft Day Ticket Price', 'proposed adult day ticket price for next year at the bike park'),
 ('Mystery Shopper Visits', 'did undercover staff check the ticket window'),
 ('Insurance Dispute', 'what is the insurer disagreement about'),
 ('Youth Ticket Cut', 'are we cutting the youth discount'),
 ('Peak Zone Closure', 'garbanzo zone closure'),
 ('Staff Layoffs', 'how many ticket office jobs will go'),
]:
    add('leak', 'W', e, q, 'title', 'internal')

counts = {}
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, 'questions.tsv'), 'w', encoding='utf-8') as f:
    f.write('#id\taudience\tmatch\tdocs\texpected\tquestion\n')
    for cat, aud, match, doc, exp, q in Q:
        counts[cat] = counts.get(cat, 0) + 1
        for v in (exp, q):
            assert '\t' not in v and '\n' not in v
        f.write(f'{cat}{counts[cat]:02d}\t{aud}\t{match}\t{D[doc] if doc else ""}\t{exp}\t{q}\n')
print(len(Q), counts)
