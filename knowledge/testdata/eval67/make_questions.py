#!/usr/bin/env python3
"""Writes questions.tsv for eval67 from hand-written question lists (written from the briefings alone)."""
import os
SV='svalbard-polar-bear-firearms.md'; GL='greenland-dog-sled-tourism-internal.md'
PA='pamir-highway-border-permits.txt'; LA='ladakh-inner-line-permits.md'
BO='bohol-tarsier-sanctuary-conduct.md'; KO='komodo-ranger-escort-rules.txt'
LO='lombok-rinjani-trek-closures.md'; KA='kamchatka-volcano-helicopter-tours.txt'
HE='hebrides-machair-grazing.txt'; LF='lofoten-stockfish-drying-racks.md'
JE='jeju-haenyeo-diving-seasons.md'; TF='tierra-del-fuego-beaver-control.md'
T,S='title','section'
# (category, audience, match, doc, expected, question)
Q=[]
def add(cat, rows, aud='public'):
    for r in rows:
        if len(r)==3: m,d,e,q=T,r[0],r[1],r[2]
        else: d,m,e,q=r
        Q.append((cat,aud,m,d,e,q))
add('para',[
 (SV,'Settlement Boundary','do I need a gun just to walk around town in longyearbyen?'),
 (SV,'Storing Weapons Indoors','can I take my rifle with me into a shop or café?'),
 (SV,'Minimum Distance','how close am I allowed to get to a polar bear?'),
 (SV,'Guided Groups',"I'm on an organised excursion, do I still need my own gun licence?"),
 (SV,'Reporting a Shooting','what happens if someone kills a bear up in svalbard?'),
 (PA,'Wakhan Valley Route','can I take pictures of the army posts along the afghan side of the pamirs?'),
 (PA,'Cycling the Highway','going by bike through the pamirs, what paperwork and kit do I need?'),
 (PA,'Chinese Border Crossing','can foreigners go from tajikistan into china over the mountains?'),
 (PA,'Kyrgyz Border Crossing','is the pass over to kyrgyzstan open at night?'),
 (LA,'Photocopies','how many copies of my ladakh papers should I print?'),
 (LA,'Environmental Fee','is there some green tax or donation to pay in ladakh?'),
 (LA,'Khardung La Checkpost','who checks documents on the drive from leh up to nubra?'),
 (BO,'Opening Hours','what time of day can we go and see the tarsiers?'),
 (BO,'Quiet Voices','can we chat normally when we are near the tarsiers?'),
 (BO,'No Touching','is it ok to stroke or feed a tarsier?'),
 (BO,'Roadside Cages','should I stop at the tarsiers kept by the road near loboc?'),
 (KO,'Menstruating Visitors','is it safe to see the dragons when I have my period?'),
 (KO,'Open Wounds','I have a bleeding cut on my leg, can I still go ashore to see the komodo dragons?'),
 (KO,'Short Trek','what is the quickest walk on komodo island?'),
 (KO,'Medium Trek','which komodo hike gives a view from the top of a hill?'),
 (LO,'Wet Season Closure','when is rinjani shut because of the rains?'),
 (LO,'Rubbish Check','do I have to carry my trash back down from rinjani?'),
 (LO,'Licensed Guides','can I climb rinjani by myself without anyone?'),
 (LO,'Quota per Gate','is there a daily cap on how many hikers start rinjani?'),
 (LO,'Earthquake Damage','are rinjani paths still broken from the 2018 quakes?'),
 (KA,'Boardwalk Rule','can I step off the wooden walkway at the geyser valley?'),
 (KA,'Seat Weight Limit',"I'm a big guy, will I have to pay for two places on the chopper?"),
 (KA,'Flight Season','which months can you fly out to the kamchatka volcanoes?'),
 (KA,'Clothing','what should I wear for a chopper trip to the kamchatka volcanoes?'),
 (HE,'Winter Grazing','when do the cows go out onto the machair?'),
 (HE,'Vehicle Ban','can I drive my 4x4 across the machair?'),
 (HE,'Seaweed Fertiliser','what do crofters collect from the shore to feed their fields?'),
 (HE,'Corncrake Margins','where do corncrakes hide on the hebridean fields?'),
 (HE,'Fencing Grants','is there money to help crofters put up fences on the dunes?'),
 (LF,'Do Not Touch the Fish','can I take a cod off the racks in lofoten as a souvenir?'),
 (LF,'Hanging Season','when are the cod put up to dry in lofoten?'),
 (LF,'Drone Flights','am I allowed to fly my quadcopter over the lofoten fish?'),
 (JE,S,'Can visitors dive with the haenyeo?','can tourists go into the sea with the jeju women divers?'),
 (JE,'Minimum Catch Size','what happens to abalone that are too small on jeju?'),
 (JE,'Training School','how does somebody become a haenyeo?'),
 (TF,'Reporting Sightings','I spotted a new beaver dam while hiking near ushuaia, who do I tell?'),
 (TF,'Environmental DNA Sampling','how do they know a valley has no beavers left?'),
])
add('frag',[
 (SV,'Rifle Rental','rifle rental svalbard'),
 (SV,'Flare Gun','flare pistol bears'),
 (PA,'Lake Sarez Permit','lake sarez permit'),
 (PA,'Zorkul Reserve Pass','zorkul pass'),
 (BO,'Entrance Donation','tarsier entrance donation'),
 (KO,'Long Trek','komodo long trek'),
 (LO,'Online Booking','rinjani booking app'),
 (KA,'Reserve Fee','kronotsky reserve fee'),
 (HE,'Sheep Stocking Limit','machair sheep numbers'),
 (HE,'Rotational Cropping','machair oats rye rotation'),
 (LF,'Bird Netting','stockfish gull nets'),
 (JE,'Bulteok Shelters','haenyeo stone shelters'),
 (TF,'Bounty Payments','beaver tail bounty'),
 (TF,'Detection Dogs','beaver lodge dogs'),
 (TF,'Forest Replanting','lenga seedlings'),
])
add('typo',[
 (SV,'Trip Wire Alarm','svalbard trip wire alaram'),
 (SV,'Firearms Permit','firarms permit svalbard'),
 (PA,'Checkpoint Registration','pamir checkpiont registration'),
 (PA,'Permit Fee','pamir permmit fee'),
 (BO,'No Drones','tarsier droens'),
 (KO,'Loh Buaya Path','loh buaya paht rinca'),
 (LO,'Senaru Route','rinjani senaru rout'),
 (LO,'Eruption Closures','barujari eruptoin rinjani'),
 (KA,'Landing Sites','kamchatka helicopter landng sites'),
 (KA,'Uzon Caldera','uzon caldrea'),
 (HE,'Summer Removal','machair sumer removal'),
 (LF,'Frost Damage','lofoten frots damage'),
 (LF,'Taking Down','stockfish taking dwon'),
 (JE,'Shared Earnings','haenyeo shraed earnings'),
 (TF,'Dam Removal','beaver dam remvoal'),
])
add('chat',[
 (SV,'Spring Snowmobile Season','hi! any info on bear risk when snowmobiling in spring on svalbard? thx'),
 (PA,'Kalaikhum Checkpoint','Salut 🙂 any info on the Kalaikhum checkpoint on the pamir highway?'),
 (LA,S,'How long is the permit valid?','namaste! how long does a ladakh inner line permit last? thanks!'),
 (LA,'Tso Moriri','@briefbot hola! which checkpost do I pass for tso moriri?'),
 (BO,'Children','kumusta! are kids allowed at the bohol tarsier sanctuary? salamat 🙏'),
 (BO,'Guide Escort','hi there, who walks with us on the bohol tarsier trail? thanks'),
 (KO,'Guide Escort','selamat pagi 🦎 do rangers stay with us from the jetty on komodo?'),
 (KO,'Water Hole Hide','pls any info on the komodo water hole hide'),
 (LO,'Sembalun Route','hey briefbot! sembalun route on rinjani, how many days? ty'),
 (LO,'Timbanuh Route','good morning! timbanuh route info pls'),
 (KA,'Mutnovsky Volcano','privet! quick q about the mutnovsky volcano flight time'),
 (KA,'Bear Safety','@briefbot any info on bears when we land at kurile lake? thanks a lot'),
 (HE,'Winter Grazing','hiya! what is the deal with cattle on the machair in winter? cheers'),
 (LF,'Parking at Racks','hei! where can I park near the stockfish racks in lofoten? takk'),
 (LF,'Africa Grade','hei hei 🐟 which stockfish grade goes to nigeria?'),
 (JE,S,'When do the haenyeo dive?','annyeong! when do the jeju haenyeo go diving? 🌊'),
 (JE,'Diving Limits','@briefbot 안녕하세요 how long can a haenyeo diver stay out per session?'),
 (TF,'Peat Bog Recovery','¡hola! quick q: are peat bogs being restored in tierra del fuego? gracias'),
 (TF,'Trap Types','buenas 👋 what kind of traps do they use for the beavers? gracias!'),
 (TF,'Navarino Island','bonjour @briefbot, beaver status on navarino island pls'),
 (TF,'Licensed Trappers','hi! quick q 🙏 who is allowed to set beaver traps in tierra del fuego?'),
])
add('acr',[
 (SV,S,'Svalbard Polar Bear Firearm Requirements','what does SEPA stand for?'),
 (PA,S,'Pamir Highway Border Permits','GBAO meaning?'),
 (LA,S,'What is an Inner Line Permit?','what is an ILP?'),
 (LA,S,'What is a PAP?','PAP meaning ladakh'),
 (BO,S,'Bohol Tarsier Sanctuary Visitor Conduct','what does PTF stand for?'),
 (KA,S,'Kamchatka Volcano Helicopter Tours','KVERT stands for?'),
 (LO,S,'Lombok Rinjani Trek Closures','TNGR meaning?'),
 (TF,S,'Tierra del Fuego Beaver Control','what is the BBEA?'),
 (LF,S,'Lofoten Stockfish Drying Racks','PGI meaning for lofoten stockfish'),
 (KO,S,'Komodo Ranger Escort Rules','define KNP'),
 (HE,'Souming','what does souming mean?'),
 (HE,'Bere','define bere'),
 (HE,'Blowout','what is a blowout on the machair?'),
 (HE,'Grazings Clerk','grazings clerk meaning'),
 (LF,'Skrei','what is skrei?'),
 (LF,'Hjell','hjell meaning?'),
 (LF,'Tørrfisk','what does tørrfisk mean?'),
 (HE,S,'Outer Hebrides Machair Grazing','Special Area of Conservation abbreviation hebrides'),
])
add('tab',[
 (SV,'Polar Night','what should I watch for on svalbard in the dark winter months?'),
 (SV,'Summer Boat Landings','going ashore from a boat in summer on svalbard, any bear advice?'),
 (PA,'Ishkoshim Checkpoint','where are papers checked at the start of the wakhan?'),
 (PA,'Karakul Checkpoint','where is the last check before leaving for kyrgyzstan?'),
 (LA,'Pangong Tso','which checkpost do I pass on the way to pangong lake?'),
 (BO,'No Selfie Sticks','can I bring a selfie stick to see the tarsiers?'),
 (BO,'No Insect Repellent Spray','is mosquito spray allowed at the tarsier sanctuary?'),
 (KO,'Padar Viewpoint Steps','do I need a ranger to climb up padar?'),
 (LO,'Aik Berik Route','which rinjani route is only two days and skips the lake?'),
 (KA,'Kurile Lake','where can I see bears catching salmon from a helicopter tour?'),
 (LF,'Ragno','which stockfish is the best quality sold to italy?'),
 (JE,'Sea Mustard','when can seaweed be harvested on jeju?'),
 (TF,'Karukinka Reserve','where in chile have they finished getting rid of the beavers?'),
])
add('dis',[
 (PA,'Permit Validity','how long is the pamir highway permit valid?'),
 (LA,'Permit Validity','how long is the ladakh permit valid?'),
 (PA,'Where to Apply','where do I apply for the pamir highway permit?'),
 (LA,'Where to Apply','where do I apply for the ladakh permit?'),
 (BO,'Group Size','how big can a group be at the bohol tarsier sanctuary?'),
 (KO,'Group Size','how big can a group be with a komodo ranger?'),
 (BO,'Flash Photography','can I use flash when photographing the tarsiers in bohol?'),
 (KO,'Flash Photography','can I use flash when photographing the dragons on komodo?'),
 (LO,'Eruption Closures','what happens to tours on lombok when the volcano erupts?'),
 (KA,'Eruption Closures','what happens to tours in kamchatka when the volcano erupts?'),
 (LO,'Weather Cancellations','are rinjani treks cancelled in bad weather?'),
 (KA,'Weather Cancellations','are kamchatka helicopter tours cancelled in bad weather?'),
])
add('none',[('','','',q) for q in [
 'how much does it cost per day to rent a rifle in longyearbyen?',
 'how many polar bears live on svalbard?',
 'what is the exact price of the GBAO permit in somoni?',
 'what year was the pamir highway built?',
 'how many people visit the tarsier sanctuary each year?',
 'how many komodo dragons live on rinca?',
 'how high is mount rinjani in meters?',
 'how much does a helicopter tour to the valley of geysers cost?',
 'how many crofters graze the machair on south uist?',
 'what is the price per kilo of ragno stockfish?',
 'how old is the oldest haenyeo diver on jeju?',
 'how many beavers are still left in tierra del fuego?',
 'what is the name of the head ranger at komodo national park?',
 'best pizza in naples',
 'how do I renew a uk passport?',
 'what is the capital of australia?',
 'python list comprehension syntax',
 "tomorrow's weather in paris",
 'how do I reset my wifi router?',
 'train tickets from berlin to prague',
 'recipe for banana bread',
 'who won the football world cup in 2018?',
 'how many calories are in an apple?',
 'translate good morning into japanese',
 'mortgage interest rates today',
]]+[('','','','how to fix a flat bike tyre')])
add('leak',[('','','',q) for q in [
 'greenland dog sled licence fee for 2027',
 'is there a cap on dog sled teams in ilulissat?',
 'mystery rider inspections of dog sled tours',
 'night sledding ban in greenland',
 'dog welfare levy per passenger',
 'chain length at sisimiut kennels',
 'are ilulissat sled operators taking the council to court?',
 'sled insurance for teams with fewer than 10 dogs',
 'greenland puppy litter registration rule',
 'snowmobile and dog sled route overlap on the fjord',
]])
add('leak',[
 (GL,'Draft Licence Fee','what is the draft licence fee for dog sled teams?'),
 (GL,'Mystery Rider Checks','what did the undercover tour checks in greenland find?'),
 (GL,'Night Sledding Ban','has the council decided anything about late evening sled rides?'),
 (GL,'Veterinary Rounds','how often does the vet visit the sled kennels?'),
 (GL,'Uummannaq','how many sled teams are licensed in uummannaq?'),
 (GL,'Insurance Dispute','which insurer will not cover small dog teams?'),
],aud='internal')
n={}
here=os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here,'questions.tsv'),'w',encoding='utf-8') as f:
    f.write('#id\taudience\tmatch\tdocs\texpected\tquestion\n')
    for cat,aud,m,d,e,q in Q:
        n[cat]=n.get(cat,0)+1
        if not e: m='none'
        f.write(f'{cat}{n[cat]:02d}\t{aud}\t{m}\t{d}\t{e}\t{q}\n')
print(len(Q), n)
