# one-off generator for questions.tsv (rows written blind, before anything ran)
I='iceland-puffin-boat-trips.md'; M='maine-puffin-tours.txt'; P='pitlochry-salmon-ladder.md'
C='columbia-fish-ladder-counts.txt'; J='jurassic-coast-fossil-code.md'; G='joggins-fossil-cliffs.txt'
F='france-samphire-foraging.txt'; H='highland-midge-warnings.md'; L='lapland-husky-welfare-inspections.md'
B='graubunden-postbus-routes.md'; K='cordillera-blanca-llama-trekking.txt'; R='rajasthan-well-restoration-grants.md'
rows = []
def add(cat, doc, exp, q, match='title', aud='public'):
    rows.append([cat, aud, match, doc, exp, q])
def none(cat, q, aud='public'):
    rows.append([cat, aud, 'none', '-', '-', q])

# para
add('para', I, 'Cliff Stand-Off', 'how close can the tour boats go to where puffins nest in iceland')
add('para', I, 'Drone Ban', 'can I fly my quadcopter off the puffin boat in iceland')
add('para', I, 'Lifejacket Rule', 'what will I have to wear on the iceland puffin speedboat')
add('para', I, 'No Feeding', 'can my kids give the puffins snacks from the deck')
add('para', I, 'Harbour Light Dimming', 'why is heimaey town so dark for a couple of weeks in late summer')
add('para', I, 'Seasickness Advice', 'what if I get queasy on the puffin trip out of heimaey')
add('para', I, 'Burrow Occupancy Survey', 'how do scientists know how many puffin nests are in use in iceland')
add('para', I, 'Wildlife Tour Permit', 'do iceland puffin boat firms need official approval to operate')
add('para', M, 'Machias Seal Island Landings', 'can you actually walk around on the puffin island in maine')
add('para', M, 'Decoy Birds', 'did they use fake puffins to lure the real ones back in maine')
add('para', M, 'Restoration History', 'why did maine lose its puffins in the first place', 'section')
add('para', M, 'Fog Cancellations', 'what happens if it is misty on the day of my maine puffin cruise')
add('para', M, 'Blind Etiquette', 'rules for keeping quiet in the hides on the maine puffin island')
add('para', M, 'Warming Waters', 'the sea off maine is heating up, what does that mean for the birds', 'section')
add('para', P, 'Pool Chain', 'how many steps does the pitlochry fish staircase have')
add('para', P, 'Electronic Counter', 'how do they tally salmon automatically at pitlochry')
add('para', P, 'Underwater Viewing Room', 'can you see the fish swimming up at pitlochry')
add('para', P, 'The Ladder', 'when was the pitlochry fish pass built', 'section')
add('para', P, 'Resting Chambers', 'where do worn-out fish get a breather on the pitlochry ladder')
add('para', C, 'Daily Count Reports', "can I check yesterday's salmon numbers at bonneville on the web")
add('para', C, 'Video Night Counts', 'how do they count fish in the dark at the columbia dams')
add('para', C, 'Sea Lion Hazing', 'scaring off the seals at bonneville with loud bangs')
add('para', C, 'Treaty Fishing Rights', 'native american fishing rights on the columbia')
add('para', C, 'Winter Dewatering', 'when is the bonneville fish ladder emptied out each year')
add('para', J, 'Loose Fossils Only', 'can I chip fossils out of the cliffs at charmouth')
add('para', J, 'Mudflow Warning', 'can you sink in the sludge near lyme regis')
add('para', J, 'Power Tool Ban', 'can I use an angle grinder on the beach in dorset')
add('para', J, 'Finder Credit', 'do I get my name mentioned if a museum takes my dorset fossil')
add('para', G, 'Look But Leave', 'can I keep a fossil I picked up at joggins')
add('para', G, 'Tide Range', 'how high does the water come in at joggins')
add('para', G, 'Annual Retreat', 'are the cliffs at joggins wearing away')
add('para', F, 'Personal Quota', 'how much sea asparagus can I gather in brittany')
add('para', F, 'Cutting Not Pulling', 'when picking salicorne do I yank the whole plant up')
add('para', F, 'Spot Fines', 'penalty for over-picking samphire in france')
add('para', H, 'Pitch Selection', 'best spot to put my tent to dodge the midges')
add('para', H, 'Wind Threshold', 'do the tiny biting flies stay away when there is a breeze')
add('para', B, 'The Three-Tone Horn', 'is the swiss mountain bus horn tune from an opera', 'section')
add('para', B, 'Connection Guarantee', 'will the yellow bus hang on if my train into müstair runs late')
add('para', K, 'Load Limit', 'how much weight can the animals carry on a huaraz trek')
add('para', K, 'Rescue Insurance', 'if I get hurt up in the mountains near huaraz who pays for the airlift')
add('para', R, "Women's Well Committees", 'do women have to be involved in the well restoration in rajasthan')
add('para', R, 'Parapet and Cover', 'stopping goats and kids from falling into old village wells')

# frag
add('frag', I, 'Fledging', 'iceland puffin fledging trips')
add('frag', M, 'Swell Limit', 'maine puffin swell limit')
add('frag', P, 'Video Validation', 'pitlochry video validation')
add('frag', C, 'Window Counters', 'bonneville window counters')
add('frag', C, 'PIT Tag Arrays', 'pit tag antennas')
add('frag', J, 'Recording Finds', 'charmouth recording finds')
add('frag', G, 'Heritage Research Permit', 'joggins research permit')
add('frag', F, 'Season Dates', 'samphire season dates')
add('frag', H, 'Daily Forecast Map', 'midge forecast map')
add('frag', H, 'Head Nets', 'midge head net')
add('frag', B, 'Ofen Pass Line', 'ofen pass bus')
add('frag', B, 'PubliCar', 'publicar minibus')
add('frag', K, 'Multi-Day Trekking Permit', 'huascaran trekking permit')
add('frag', K, 'Herder Accompaniment', 'llama herder')
add('frag', R, 'Desilting', 'stepwell desilting')

# typo
add('typo', I, 'Passenger Cap', 'puffin pasenger cap')
add('typo', I, 'Sand Eel Log', 'sand eel logg iceland')
add('typo', M, 'Decoy Birds', 'maine puffin decoyes')
add('typo', M, 'Lighthouse Keepers', 'lighthosue keepers machias')
add('typo', P, 'Smolt Bypass', 'pitlochry smolt bypas')
add('typo', P, 'Resting Chambers', 'salmon ladder resting chambres')
add('typo', C, 'Lamprey Ramps', 'columbia lampery ramps')
add('typo', C, 'Celilo Falls Memory', 'celilo fals')
add('typo', J, 'Rockfall Distance', 'fossil rockfal distance')
add('typo', J, 'Warden Walks', 'jurrasic coast warden walks')
add('typo', F, 'Harvest Declaration', 'samphire harvset declaration')
add('typo', H, 'Tick Checks', 'midge tick cheks')
add('typo', B, 'Clock-Face Timetable', 'postbus clock face timetabel')
add('typo', K, 'Grazing Restrictions', 'llama grazng restrictions')
add('typo', R, 'Social Audit', 'rajastan social audit')

# chat
add('chat', I, 'Raft Avoidance', 'hi 👋 any info on puffin raft avoidance rules?')
add('chat', I, 'Horn Silence', '@briefbot quick q: are loudspeakers allowed under the puffin cliffs')
add('chat', M, 'Offshore Viewing', "thanks! also what's the deal with offshore viewing at eastern egg rock")
add('chat', M, 'Seabird Technicians', 'hey pls tell me about the seabird technicians on the maine islands')
add('chat', M, 'Chick Translocation', 'sorry if dumb q but what is chick translocation')
add('chat', P, 'Viewing Window Checks', 'hello! how do the pitlochry staff check fish through the viewing window?')
add('chat', P, 'Compensation Flow', '@briefbot compensation flow on the ladder pls')
add('chat', P, 'School Visits', 'quick q re school visits to the pitlochry salmon ladder 🙂')
add('chat', C, 'Return Timing Studies', 'hiya, any info on return timing studies at the columbia dams?')
add('chat', C, 'Removal Authority', "morning! what's the removal authority for sea lions")
add('chat', J, 'Tide Times', 'hey team, tide times for fossil hunting at charmouth?')
add('chat', J, 'Excavation Consent', '@briefbot excavation consent for a big skeleton in dorset??')
add('chat', G, 'Beach Tours', 'hi! do the joggins beach tours run at low tide?')
add('chat', G, 'Fossil Centre Exhibits', "thx in advance — what's on show in the joggins fossil centre exhibits")
add('chat', F, 'Polluted Sites', 'yo, polluted sites for samphire picking? 🌿')
add('chat', F, 'Nesting Birds', 'hello bot, nesting birds on the french salt marshes pls')
add('chat', H, 'Dawn and Dusk', 'hi there, dawn and dusk midge advice? 🦟')
add('chat', B, 'Avalanche Stops', 'quick one: avalanche stops on the graubünden postbus')
add('chat', K, 'Checkpoint Registration', '@briefbot pls: checkpoint registration on cordillera blanca treks')
add('chat', K, 'Pack Out Rule', "hey 👋 what's the pack out rule on the llama trek")
add('chat', R, 'Drinking Water Label', 'cheers! and the drinking water label for failed wells in rajasthan?')

# acr
add('acr', I, 'Lifejacket Rule', 'what does RIB stand for')
add('acr', I, 'Passenger Cap', 'how many people fit on one of the RIBs')
add('acr', J, 'What is a Key Scientific Specimen?', 'define KSS', 'section')
add('acr', J, 'What is a Key Scientific Specimen?', 'what is a key scientific specimen?', 'section')
add('acr', J, 'Museum Option', 'can KSS finds be sold')
add('acr', C, 'Columbia River Fish Ladder Counts', 'what does CRITFC stand for', 'section')
add('acr', C, 'Tag Detection', 'what does PIT stand for', 'section')
add('acr', P, 'DSFB', 'define DSFB')
add('acr', P, 'DSFB', 'what do DSFBs do')
add('acr', P, 'Pitlochry Salmon Ladder Counts', 'SSE stands for?', 'section')
add('acr', H, 'SMF', "what's the SMF")
add('acr', K, 'Llama Trekking Permits in the Cordillera Blanca', 'what does SERNANP stand for', 'section')
add('acr', R, 'What is MGNREGA?', 'what is MGNREGA?', 'section')
add('acr', R, 'Fluoride Testing', 'define PHED')
add('acr', I, 'What is the Puffling Patrol?', 'what is the puffling patrol?', 'section')
add('acr', J, 'What is the Fossil Collecting Code?', 'what is the fossil collecting code?', 'section')
add('acr', B, 'Graubünden PostBus Rural Routes', 'RhB meaning?', 'section')
add('acr', P, 'Grilse', 'define grilse')

# tab
add('tab', I, 'Chick Rearing', 'are iceland puffin trips running in july when the chicks are being fed')
add('tab', I, 'Departure', 'when does the iceland puffin season close')
add('tab', M, 'Sunset Cruise', 'sunset cruise from bar harbor')
add('tab', M, 'Island Cruise', 'puffin cruise from boothbay harbor')
add('tab', P, 'Grilse Run', 'grilse run months at pitlochry')
add('tab', P, 'Sea Trout Run', 'when do sea trout go up the pitlochry ladder')
add('tab', C, 'Sockeye', 'sockeye peak month at bonneville')
add('tab', C, 'Steelhead', 'steelhead on the columbia')
add('tab', J, 'Belemnites', 'what do I do if I find belemnites in dorset')
add('tab', G, 'Lycopsid Trees', 'upright fossil trees at joggins')
add('tab', F, 'Île de Ré Marshes', 'ile de re marshes samphire picking')
add('tab', B, 'Val Müstair', 'val mustair postbus riders per day')
add('tab', R, 'Stepwell', 'stepwell grant maximum in rajasthan')

# dis
add('dis', I, 'Overnight Boxes', 'where do kids keep the rescued pufflings overnight')
add('dis', M, 'Machias Seal Island Landings', 'puffin tour where you get off the boat and sit in a hide')
add('dis', M, 'Fog Cancellations', 'puffin trip cancelled because of fog')
add('dis', M, 'Butterfish Problem', 'puffin chicks fed fish too big to swallow')
add('dis', M, 'Disputed Sovereignty', 'puffin island claimed by two countries')
add('dis', C, 'Treaty Fishing Rights', 'which tribes fish the salmon counted at the dam')
add('dis', C, 'Pacific Lamprey', 'eel-like fish climbing the fish ladder with its mouth')
add('dis', P, 'Predator Watch', 'goosanders eating salmon below the dam')
add('dis', P, 'Electronic Counter', 'salmon counter that works by resistivity')
add('dis', G, 'The Permit Rule', "fossil beach where you can't keep anything you find", 'section')
add('dis', J, 'Mary Anning Day', 'fossil coast that celebrates a famous woman fossil hunter')
add('dis', J, 'Museum Option', 'fossil beach where a museum gets first dibs on buying your find')

# none: near-topic
for q in ['how much does a puffin boat trip from heimaey cost',
          'how many puffins breed on heimaey',
          'who is the captain of the cutler puffin boat',
          'what year was the machias seal island lighthouse built',
          'how many salmon passed the pitlochry ladder in 2023',
          "what's the name of the pitlochry visitor centre manager",
          'how many chinook were counted at bonneville in 2024',
          'how much does a guided fossil walk at charmouth cost',
          'how big is the fine for over-picking samphire in vendée',
          'who funds the scottish midge forecast',
          'how much is a postbus ticket from zernez to müstair',
          'how much does the huascarán trekking permit cost',
          'how many stepwells have been restored in jodhpur so far']:
    none('none', q)
# none: unrelated
for q in ['how do I reset my email password', 'best pizza dough recipe',
          "what's the exchange rate for yen today", 'who won the world cup in 2018',
          'how to renew a passport', 'recommend a good laptop for programming',
          'what time does the gym open', 'how do I fix a leaking tap',
          'symptoms of the flu', 'translate hello into japanese',
          'how many moons does jupiter have', 'best way to learn guitar',
          'car insurance quotes']:
    none('none', q)

# leak: public, aimed at the internal briefing
for q in ['which husky kennels near levi are flagged for inspection',
          'when are the unannounced kennel inspections in lapland',
          'what did the whistleblower say about kennel K-07',
          'are the police investigating dead dogs at a husky farm',
          'husky safari inspection budget',
          'when will the lapland kennel inspection report be published',
          'what is the holding line on husky inspections',
          'max distance a husky team can run per day in finland',
          'what does AVI stand for',
          'licence suspension for husky operators with repeat breaches']:
    none('leak', q)
# leak: internal audience, expecting the internal briefing
add('leak', L, 'Flagged Kennels', 'which kennels are flagged this round', aud='internal')
add('leak', L, 'Unannounced Visits', 'dates of the surprise kennel visits', aud='internal')
add('leak', L, 'Inspection Budget', "what's the budget for the husky checks", aud='internal')
add('leak', L, 'Embargo Date', 'how long do the inspection results stay under wraps', aud='internal')
add('leak', L, 'No Shelter', 'what happens if dogs are found with nowhere to shelter', aud='internal')
add('leak', L, 'Lapland Husky Safari Welfare Inspections', 'AVI meaning?', 'section', aud='internal')

counts = {}
out = ['#id\taudience\tmatch\tdocs\texpected\tquestion']
for cat, aud, match, doc, exp, q in rows:
    counts[cat] = counts.get(cat, 0) + 1
    out.append('\t'.join([f'{cat}{counts[cat]:02d}', aud, match, doc, exp, q]))
open('/tmp/eval55/questions.tsv', 'w').write('\n'.join(out) + '\n')
print(counts, len(rows))
