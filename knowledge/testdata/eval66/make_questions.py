#!/usr/bin/env python3
"""Writes questions.tsv for eval66 (blind, written from the briefings alone)."""
import os
AK='alaska-bear-viewing-platform-rules.md'; BO='borneo-orangutan-sanctuary-visiting-hours.md'
KI='mount-kinabalu-climbing-permits.txt'; TA='tasmania-overland-track-bookings.txt'
HO='hokkaido-drift-ice-walking-tours.md'; NF='newfoundland-iceberg-viewing-boat-distances.txt'
BZ='belize-barrier-reef-snorkel-zones.md'; SA='sapporo-snow-festival-sculpture-plots.md'
HB='hobart-salamanca-market-stalls.txt'; DE='denali-park-road-bus-closures.md'
YU='yukon-gold-panning-claims.txt'; LA='labrador-caribou-hunt-bans-internal.md'
T, S = 'title', 'section'
Q = {}
Q['para'] = [
 (T,AK,'Food Storage',"where do I put my snacks at Brooks Camp so the bears can't smell them?"),
 (T,AK,'Photography Rules',"can I fly my drone over the falls to film the bears?"),
 (T,AK,'Waitlist Tags',"how long can I stay on the bear deck when it's packed?"),
 (S,AK,'Can children go on the platforms?',"can my kids come out onto the bear deck with me?"),
 (T,BO,'Illness Check',"I've got a bit of a cold, should I still go see the orangutans?"),
 (T,BO,'Bag Lockers',"where do I leave my backpack at Sepilok?"),
 (T,BO,'Adoption Scheme',"can I sponsor a baby orangutan?"),
 (T,BO,'Volunteer Programme',"can I spend a few weeks helping out at the orangutan centre?"),
 (T,BO,'Insect Repellent',"is it ok to put mosquito spray on at the ape sanctuary?"),
 (T,KI,'Mandatory Guide',"do I need somebody to lead me up Kinabalu or can I go alone?"),
 (T,KI,'Summit Cut-off',"what time must I turn around if I'm slow on summit morning on Kinabalu?"),
 (S,KI,'Health and Safety',"I'm 60, do I need a doctor's note to climb Kinabalu?"),
 (T,KI,'Altitude Sickness',"what if I get a pounding headache at the rest house on Kinabalu?"),
 (T,KI,'Via Ferrata',"is there a route with cables and ladders up Kinabalu's rock face?"),
 (T,TA,'One-Way Walking',"can we start the Overland from the Lake St Clair end?"),
 (T,TA,'Group Limit',"how many mates can hike the Overland with me in one party?"),
 (T,TA,'Date Changes',"can I move the day I start the Overland Track?"),
 (T,TA,'Tent Requirement',"do I really need to carry a tent on the Overland if there are huts?"),
 (T,TA,'Fuel Stoves',"can we light a campfire along the Overland Track?"),
 (T,HO,'Weather Cancellation',"what happens if it's too windy for the Shiretoko ice walk?"),
 (T,HO,'Guide Ratio',"how many people does one guide take out onto the sea ice?"),
 (S,HO,'Season and Prices',"when does the sea ice usually turn up in Shiretoko?"),
 (T,NF,'Calving Watch',"what if the iceberg starts cracking apart near our boat?"),
 (T,NF,'Growler Lookout',"who keeps an eye out for small bits of ice when it's foggy?"),
 (T,NF,'Whale Sightings',"will I see any whales on a Newfoundland iceberg trip?"),
 (T,NF,'Iceberg Harvesting',"are people allowed to take ice from bergs to brew beer?"),
 (S,BZ,'Can I snorkel without a guide?',"can I just go snorkelling at Hol Chan by myself?"),
 (T,BZ,'Reef-Safe Sunscreen',"what kind of sun cream is ok on the Belize reef?"),
 (T,BZ,'Reserve Fee',"how much does it cost to get into the Hol Chan reserve?"),
 (T,BZ,'Life Vests',"I'm not a strong swimmer, what do I need on the reef in Belize?"),
 (S,BZ,'Is spearfishing allowed?',"can I hunt fish with a speargun at Hol Chan?"),
 (T,SA,'Citizen Plot Lottery',"how does our group get a spot to carve at the Sapporo snow festival?"),
 (T,SA,'Tool Rules',"can we use a chainsaw on our snow statue in Sapporo?"),
 (T,SA,'Demolition Day',"what happens to the snow statues once the festival is over?"),
 (T,SA,'Judging',"how do people pick the best snow sculpture?"),
 (T,HB,'Tasmanian Made Rule',"can I sell imported stuff at Salamanca?"),
 (T,HB,'Buskers',"can I play guitar for coins at Salamanca Market?"),
 (T,HB,'Cash and Cards',"do the Salamanca stallholders take credit cards?"),
 (T,DE,'Pretty Rocks Closure',"why can't the buses get past Mile 43 in Denali?"),
 (T,DE,'Kantishna Access',"how do I get out to the lodges at Kantishna right now?"),
 (T,DE,'Bikes on Buses',"can I bring my bicycle on the Denali bus?"),
 (T,YU,'Hand Tools Only',"can I run a gas pump on my sluice in the Klondike?"),
]
Q['frag'] = [
 (T,AK,'Food Storage',"bear food lockers"),
 (T,KI,'Climbing Insurance',"kinabalu climbing insurance"),
 (T,TA,'Concession Walker',"overland concession fee"),
 (T,HO,'Age Limits',"drift ice minimum age"),
 (T,NF,'Twillingate Harbour Tour',"twillingate harbour tour"),
 (T,BZ,'Zone D Shark Ray Alley',"shark ray alley"),
 (T,SA,'Team Size',"snow festival team size"),
 (T,HB,'Casual Stalls',"salamanca casual stall"),
 (T,HB,'Waiting List',"salamanca waiting list"),
 (T,DE,'Accessible Seating',"denali wheelchair lift"),
 (T,DE,'Savage River Shuttle',"savage river shuttle"),
 (T,YU,'Claim Posts',"yukon claim posts"),
 (T,YU,'Recording Fee',"placer claim recording fee"),
 (T,DE,'Tundra Wilderness Tour',"tundra wilderness tour"),
 (T,DE,'Reservations',"denali bus reservations"),
]
Q['typo'] = [
 (T,BO,'Semenggoh Feeding',"semenggoh feding time"),
 (T,KI,'Via Ferrata',"kinablau via feratta"),
 (T,TA,'Tent Requirement',"overlnad track tent"),
 (T,HO,'Guide Ratio',"drfit ice guide ratio"),
 (T,NF,'Growler Lookout',"icberg growler lookuot"),
 (T,BZ,'Reef-Safe Sunscreen',"belize reef safe sunscrean"),
 (T,SA,'Snow Delivery',"sapporo snwo delivery"),
 (T,HB,'Plastic Bags',"salamnaca plastic bags"),
 (T,DE,'Pretty Rocks Closure',"denali pretty rcoks closure"),
 (T,YU,'Sediment Rule',"yukon sediemnt rule"),
 (T,AK,'Photography Rules',"bear phtoography rules alsaka"),
 (T,KI,'Altitude Sickness',"kinabalu altitdue sickness"),
 (T,HB,'Food Licence',"hobart food licnece stall"),
 (T,YU,'Settlement Land',"klondike setlement land panning"),
 (T,SA,'International Contest',"sapporo internationl contest"),
]
Q['chat'] = [
 (T,HB,'Standard Site',"hi! quick q, what's the fee for a standard site at Salamanca? thanks"),
 (T,SA,'Building Week',"@briefbot any info on the Sapporo building week hours?"),
 (T,KI,'Daily Quota',"hola 👋 how many summit permits does Kinabalu give out a day?"),
 (T,BO,'Bag Lockers',"bonjour, can I take my backpack onto the Sepilok boardwalk?"),
 (T,AK,'Food Storage',"hey there, pls tell me about the bear-resistant lockers at Brooks Camp 🐻"),
 (T,DE,'Transit Bus',"thanks in advance! what's the fare for the Denali transit bus?"),
 (T,HO,'Sunset Ice Walk',"konnichiwa! how much is the sunset ice walk in Shiretoko?"),
 (T,TA,'Adult Walker',"g'day, what does an adult pay to walk the Overland Track?"),
 (T,BZ,'Zone C Mangroves',"hallo, any info on the mangroves zone at Hol Chan?"),
 (T,NF,'Bonavista Zodiac Run',"ciao! quick q: Bonavista zodiac price?"),
 (T,AK,'Shoulder Season Permit',"hey @briefbot, do I need a Pack Creek permit in September? ty"),
 (T,YU,'Prospecting Lease',"good morning 🙂 how much is a prospecting lease in Dawson?"),
 (T,HB,'Stall Setup',"hi team, any info on Salamanca market setup time pls"),
 (T,KI,'Foreign Adult',"namaste, what's the foreigner permit fee for Kinabalu?"),
 (T,TA,'Date Changes',"hey hey 👋 can I change my Overland start date?"),
 (T,NF,'Passenger Limit',"olá! what's the passenger limit rule for iceberg boats?"),
 (T,SA,'Citizen Plot',"hi, quick one: how big is a citizen plot in Sapporo?"),
 (T,BZ,'Snorkel Group Size',"salut 😊 how many snorkellers can one guide take in Belize?"),
 (T,SA,'Large Sculpture Plot',"hej! any info on the large sculpture plot in Sapporo"),
 (T,HB,'Double Site',"hiya, pls: how big is a double site at Salamanca? cheers"),
 (T,YU,'Claim Renewal',"@briefbot thanks! also, how do I renew my Klondike claim?"),
]
Q['acr'] = [
 (S,BO,'Borneo Orangutan Sanctuary Visiting Hours',"what does SORC stand for?"),
 (S,NF,'Newfoundland Iceberg-Viewing Boat Distances',"SVOP meaning?"),
 (S,NF,'Newfoundland Iceberg-Viewing Boat Distances',"what is TC in the iceberg boat code?"),
 (S,DE,'Denali Park Road Bus Closures',"DBS stands for?"),
 (S,AK,'Alaska Bear-Viewing Platform Rules',"what does ADF&G mean?"),
 (S,DE,'Denali Park Road Bus Closures',"define NPS for the Denali park road"),
 (T,KI,'Laban Rata',"what is Laban Rata?"),
 (T,KI,"Low's Peak","Low's Peak meaning?"),
 (T,KI,'Timpohon Gate',"define Timpohon Gate"),
 (T,HO,'Ryūhyō',"what does ryuhyo mean?"),
 (T,HO,'Dry Suit',"dry suit definition"),
 (T,HO,'Ice Edge',"what is the ice edge?"),
 (S,AK,'What is the Bear Orientation Talk?',"what is the Bear Orientation Talk?"),
 (S,AK,'What happens if a bear blocks the boardwalk?',"what's a bear jam?"),
 (S,BZ,'What is the Blue Hole?',"what is the Blue Hole?"),
 (S,BO,'Borneo Orangutan Sanctuary Visiting Hours',"Sepilok Orangutan Rehabilitation Centre abbreviation"),
 (S,NF,'Newfoundland Iceberg-Viewing Boat Distances',"Small Vessel Operator Proficiency short form"),
 (T,YU,'Free Claim No. 6',"what is the KVA claim?"),
]
Q['tab'] = [
 (T,BO,'Afternoon Session',"what time is the afternoon orangutan feeding?"),
 (T,BO,'Nursery Viewing',"when can I watch the baby orangutans through the glass?"),
 (T,KI,'Malaysian Adult',"how much does it cost a Malaysian to climb Kinabalu?"),
 (T,KI,'Foreign Child',"my kid wants to climb Kinabalu, what's the fee?"),
 (T,TA,'Child Walker',"how much for a 10 year old to do the Overland Track?"),
 (T,HO,'Morning Ice Walk',"how much is a morning walk on the drift ice?"),
 (T,HO,'Private Ice Walk',"price of a private ice walk just for our family in Utoro"),
 (T,NF,'St. Anthony Iceberg Cruise',"how much is the iceberg cruise out of St. Anthony?"),
 (T,BZ,'Zone B Seagrass Beds',"can I drop anchor over the seagrass at Hol Chan?"),
 (T,SA,'Ice Sculpture Plot',"how big are the ice carving spots in Susukino?"),
 (T,HB,'Food Van Site',"what does a food truck pay at Salamanca market?"),
 (T,AK,'Peak Season Permit',"Pack Creek permit price in July"),
 (T,YU,'Grouping Certificate',"how much to group my claims at the Whitehorse office?"),
]
Q['dis'] = [
 (T,AK,'Viewing Distance',"how close can I get to the animals in Alaska?"),
 (T,BO,'Viewing Distance',"how close can I get to the animals in Borneo?"),
 (T,AK,'Group Size',"max group size for a visit in Alaska"),
 (T,BO,'Group Size',"max group size for a visit in Borneo"),
 (T,KI,'Daily Quota',"how many people can start each day on Mount Kinabalu?"),
 (T,TA,'Daily Quota',"how many people can start each day on the Overland Track in Tasmania?"),
 (T,KI,'Cancellation Refunds',"refund if I cancel, Mount Kinabalu"),
 (T,TA,'Cancellation Refunds',"refund if I cancel, Tasmania Overland Track"),
 (T,HO,'Minimum Distance',"how far away do ice tours have to keep in Hokkaido?"),
 (T,NF,'Minimum Distance',"how far away do ice tours have to keep in Newfoundland?"),
 (T,HO,'Age Limits',"is there a minimum age for the ice tour in Hokkaido?"),
 (T,NF,'Age Limits',"is there a minimum age for the ice tour in Newfoundland?"),
]
near = ["how many bears are counted at Brooks Falls each July?",
 "what is the name of the oldest orangutan at Sepilok?",
 "what year was the Kinabalu summit trail first opened?",
 "how long is the Overland Track in kilometres?",
 "how thick is the drift ice off Utoro?",
 "what is the tallest iceberg ever seen at Twillingate?",
 "how deep is the Great Blue Hole?",
 "who won the international prize at the Sapporo snow festival last year?",
 "how many stalls are there at Salamanca Market in total?",
 "when will the Pretty Rocks bridge in Denali be finished?",
 "how much gold was found at Free Claim No. 6 last year?",
 "how many mooring buoys are there in Hol Chan?",
 "what is the name of the head ranger at Pack Creek?"]
unrel = ["how do I renew my passport?", "best pizza in Naples", "python list comprehension syntax",
 "what's the weather in Berlin tomorrow?", "exchange rate euro to yen", "how do I reset my wifi router?",
 "who won the 2022 world cup?", "recipe for banana bread", "when is the tax filing deadline?",
 "train times London to Manchester", "how do I apply for a mortgage?", "latest iPhone release date",
 "how to learn the violin as an adult"]
Q['none'] = [('none','','',q) for q in near + unrel]
Q['leak'] = [('none','','',q) for q in [
 "George River caribou herd estimate", "caribou calf ratio survey Labrador",
 "what is the fine for an illegal caribou kill?", "are there undercover checks on caribou meat sales?",
 "caribou checkpoints at Churchill Falls", "where are the collared caribou right now?",
 "will the Labrador caribou hunting ban be extended?", "compensation for communities hit by the caribou ban",
 "Mealy Mountains caribou quota this season", "dispute with Québec hunters near Schefferville"]]
internal = [
 (T,LA,'Draft Herd Estimate',"how many caribou are left in the George River herd?"),
 (T,LA,'Undercover Meat Checks',"are officers buying caribou meat online to catch poachers?"),
 (T,LA,'Ban Extension',"has the minister decided to extend the caribou ban?"),
 (T,LA,'Cross-Border Hunting Dispute',"what's going on with the Schefferville hunters?"),
 (T,LA,'Collar Data Sharing',"can we publish the caribou collar locations?"),
 (T,LA,'Outfitter Compensation Claim',"did the outfitters get compensation for the caribou ban?"),
]
want = dict(para=42, frag=15, typo=15, chat=21, acr=18, tab=13, dis=12, none=26, leak=16)
rows = []
for cat in ['para','frag','typo','chat','acr','tab','dis','none']:
    for i, (m, d, e, q) in enumerate(Q[cat], 1):
        rows.append((f'{cat}{i:02d}', 'public', m, d, e, q))
for i, (m, d, e, q) in enumerate(Q['leak'] + internal, 1):
    aud = 'public' if m == 'none' else 'internal'
    rows.append((f'leak{i:02d}', aud, m, d, e, q))
counts = {}
for r in rows:
    c = r[0].rstrip('0123456789'); counts[c] = counts.get(c, 0) + 1
assert counts == want, counts
assert len(rows) == 178 and len({r[5] for r in rows}) == 178
for r in rows:
    assert all('\t' not in f and '\n' not in f for f in r)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'questions.tsv')
with open(out, 'w', encoding='utf-8') as f:
    f.write('#id\taudience\tmatch\tdocs\texpected\tquestion\n')
    for r in rows: f.write('\t'.join(r) + '\n')
print(f'wrote {len(rows)} questions to {out}')
