#!/usr/bin/env python3
"""Writes questions.tsv for eval79 (written blind, from the briefings alone)."""
import os
D = dict(co="corfu-old-fortress.md", rh="rhodes-old-town-walls.txt", za="zakynthos-shipwreck-beach.md",
         mi="milos-sarakiniko-swimming.txt", de="delphi-museum.txt", ol="olympia-stadium.md",
         sa="crete-samaria-gorge-hike.md", me="meteora-monastery-visits.md", hy="hydra-donkey-taxis-internal.md",
         pa="paros-ferry-tickets.txt", mo="mount-olympus-refuges.md", th="thessaloniki-white-tower.md")
T, S = "title", "section"
para = [
 (T,"co","Contrafossa Bridge","how do I cross the moat to get into the old fort on Corfu?"),
 (T,"co","Wheelchair Route","is the Corfu fortress ok for someone who can't manage steps?"),
 (T,"co","Land Tower Lookout","where's the best view from up top at the Corfu fortress"),
 (T,"co","Music School Recitals","do students ever play free music in the vaulted rooms at the Corfu fortress?"),
 (T,"rh","Starting Gate","where do we meet the guards for the walk on the Rhodes ramparts?"),
 (T,"rh","Moat Path","can I stroll the ditch outside the Rhodes walls any day without paying?"),
 (T,"rh","Gate of Amboise","which entrance into Rhodes old town dates from 1512"),
 (T,"rh","Mortar Repairs","are they fixing the stonework on the north side of the Rhodes walls?"),
 (T,"za","Road Access","can a big coach drive up to the shipwreck lookout on Zakynthos?"),
 (T,"za","Lifejackets","do kids have to wear life vests on the Zakynthos boat tours?"),
 (T,"za","Viewing Platform","where do I get the famous shipwreck photo from above on Zakynthos?"),
 (T,"za","Cliff Edge","is it dangerous to go past the railing above Navagio?"),
 (T,"mi","Bus from Adámas","can I get to Sarakiniko on public transport from the port on Milos?"),
 (T,"mi","Cliff Jumping","is it ok to dive off the rocks at Sarakiniko?"),
 (T,"mi","Lifeguard Hours","when is somebody watching the swimmers at Sarakiniko?"),
 (T,"de","Free Admission Days","is the Delphi museum ever free to get in?"),
 (T,"de","Group Bookings","we're a school party of 30, do we need to reserve a slot at the Delphi museum?"),
 (T,"de","Charioteer of Delphi","the bronze chariot driver with glass eyes at Delphi"),
 (T,"de","Cloakroom","where can I leave my backpack at the Delphi museum?"),
 (T,"de","Siphnian Treasury Frieze","carvings of gods fighting giants at Delphi"),
 (T,"ol","Krypte Tunnel","how did the athletes get into the stadium at Olympia?"),
 (T,"ol","Flame Lighting Site","where do they light the Olympic torch?"),
 (T,"ol","Online Tickets","can I skip the queue at Olympia if I buy before I go?"),
 (T,"ol","Judges' Seats","where did the referees sit at ancient Olympia?"),
 (S,"sa","How long does the hike take?","how many hours to walk down the Samaria gorge?"),
 (T,"sa","Last Entry","what's the latest I can set off on the Samaria hike?"),
 (T,"sa","Mule Rescue","what happens if I twist my ankle halfway down Samaria?"),
 (T,"sa","Kri-kri Goats","can I give food to the wild goats in Samaria?"),
 (T,"sa","Entrance Ticket","why do I have to keep my ticket until the end of the Samaria walk?"),
 (T,"me","St Stephen's Nunnery","which Meteora monastery can I visit without climbing stairs?"),
 (S,"me","Dress Code","what should I wear to visit the Meteora monasteries?"),
 (T,"me","Photography Inside","can I take pictures in the Meteora churches?"),
 (T,"me","Varlaam Monastery","Meteora monastery where they pulled monks up in a net"),
 (T,"pa","E-Tickets","do I need a paper ticket for the Paros ferry or is my phone fine?"),
 (T,"pa","Cancellations by Weather","do I get my money back if the Paros boat is stopped by wind?"),
 (T,"pa","Check-In Time","how early should I be at the port in Paros?"),
 (T,"pa","Luggage Storage","where can I leave my bags for the day in Parikia?"),
 (T,"mo","Spilios Agapitos","which is the main hut on Mount Olympus with food?"),
 (T,"mo","Booking a Bunk","how do I reserve a bed in a hut on Olympus?"),
 (T,"mo","Blankets and Sheets","do I have to bring my own bedding to the Olympus huts?"),
 (T,"th","Rooftop Terrace","can you go up on the roof of the White Tower?"),
 (T,"th","Bloody Tower Era","was the White Tower in Thessaloniki ever a jail?"),
]
frag = [
 (T,"de","Omphalos Stone","omphalos stone delphi"), (T,"sa","Iron Gates","samaria iron gates"),
 (T,"za","Blue Caves","blue caves zakynthos"), (T,"mi","Mining Tunnels","sarakiniko mining tunnels"),
 (T,"rh","Medieval Rose Festival","rhodes rose festival"), (T,"co","Venetian Clock Tower","corfu clock tower"),
 (T,"ol","Hermes of Praxiteles","hermes statue olympia"), (T,"sa","Xyloskalo Staircase","xyloskalo stairs"),
 (T,"me","Holy Trinity Monastery","holy trinity meteora steps"), (T,"pa","Student Discount","paros student discount"),
 (T,"mo","Summit Weather","olympus summit storms"), (T,"th","Audio Tour","white tower audio tour"),
 (T,"me","Hiking Trails","meteora hiking paths"), (T,"za","Cliff Edge","zakynthos cliff edge"),
 (T,"rh","Tower of Italy","tower of italy rhodes"),
]
typo = [
 (T,"mi","Parking Lot","sarakinko parking lott"), (T,"de","Charioteer of Delphi","charioter of delhpi"),
 (T,"sa","Last Entry","samaria gorge lsat entry"), (T,"me","Great Meteoron","meteora grate meteoron"),
 (T,"ol","Temple of Zeus","olympia temple of zues"), (T,"pa","Ticket Changes","paros ticket chnages"),
 (T,"mo","Mytikas Scramble","mytkias scramble olympus"), (T,"rh","Marine Gate","rhodes marnie gate"),
 (T,"co","Church of St George","corfu chruch of st george"), (T,"za","Anafonítria Monastery","zakynthos anafonitria monastrey"),
 (T,"th","Aristotelous Square","thessaloniki aristotelous sqaure"), (T,"me","Roussanou Nunnery","roussanu nunery"),
 (T,"mo","Christos Kakkalos","christos kakalos refuge"), (T,"de","Sphinx of the Naxians","sphinx of the naxains"),
 (T,"rh","Street of the Knights","rhodes street of the kinghts"),
]
chat = [
 (T,"co","Summer Concerts","hi @briefbot, quick q: when are the concerts on the parade ground at the Corfu fortress? 🙏"),
 (T,"co","Public Library Exhibition","Γεια σου! any info on the map displays in the old barracks at the Corfu fortress?"),
 (T,"co","Footwear","hey pls what shoes for the Corfu old fortress ramps 😅"),
 (T,"co","Shade","bonjour ! is there any shade up at the Corfu fortress? merci"),
 (T,"co","Picnics","hola, any info on having a picnic inside the Corfu fortress walls?"),
 (T,"rh","Children","thanks in advance, are the Rhodes walls ok for my 8 year old?"),
 (T,"rh","Drainage Works","@briefbot what's the deal with the new drains in the Rhodes moat? thx"),
 (T,"rh","Heat","yo quick q, how hot is the Rhodes wall walk in July ☀️"),
 (T,"za","Boat Trips from Ágios Nikólaos","ciao! can I catch a boat to Navagio from the north of Zakynthos? 🚤"),
 (T,"za","August","hallo, how busy is the Zakynthos shipwreck bay in August? danke"),
 (T,"mi","June","hi there! what's Sarakiniko like in June? 😊"),
 (T,"mi","Shipwreck Remains","good morning 🌞 is there a rusty old ship near Sarakiniko too?"),
 (T,"de","Photography Rules","hey briefbot, any info on taking photos at the Delphi museum pls"),
 (T,"de","Room 5","guten Tag! what's in Room 5 at the Delphi museum?"),
 (T,"ol","Nike of Paionios","hi! quick q, what's the winged victory statue at Olympia? thanks!"),
 (T,"ol","Food and Drink","olá, can I eat a sandwich inside the Olympia site? obrigado"),
 (T,"ol","Pets","hey 👋 can my dog come with us to ancient Olympia?"),
 (T,"sa","Samaria Village","@briefbot pls, what's the abandoned village halfway down Samaria?"),
 (T,"me","Sunset Tour","merhaba! is there an evening tour at Meteora to see the sun go down?"),
 (T,"pa","Island Residents","hi, do locals get cheaper Paros ferry fares? cheers"),
 (T,"mo","Christos Kakkalos","hej! which Olympus hut is the base for climbing Stefani? tack 🙏"),
]
acr = [
 (S,"de","Delphi Archaeological Museum Visitor Notes","what does EAP stand for?"),
 (S,"de","Delphi Archaeological Museum Visitor Notes","who are the Ephorate of Antiquities of Phocis"),
 (S,"ol","Olympia Ancient Stadium Visitor Briefing","HOCRED meaning?"),
 (S,"ol","Olympia Ancient Stadium Visitor Briefing","Hellenic Organization of Cultural Resources Development abbreviation"),
 (S,"pa","Paros Ferry Tickets Briefing","what does PAP stand for?"),
 (S,"pa","Paros Ferry Tickets Briefing","CSRA meaning?"),
 (T,"mo","HFMC","what does HFMC stand for"),
 (T,"mo","ONPMU","ONPMU meaning?"),
 (T,"mo","ONPMU","Olympus National Park Management Unit acronym"),
 (T,"mo","E4","what is the E4 path?"),
 (T,"mo","HFMC","Hellenic Federation of Mountaineering and Climbing short name"),
 (S,"th","What is the MBC?","define MBC"),
 (S,"th","What is the MBC?","Museum of Byzantine Culture abbreviation"),
 (T,"me","Katholikon","katholikon meaning"),
 (T,"me","Trapeza","what is a trapeza in a monastery?"),
 (T,"me","Skete","define skete"),
 (T,"me","Iconostasis","iconostasis meaning?"),
 (S,"sa","What is the Samaria National Park?","what is the Samaria National Park?"),
]
tab = [
 (T,"co","Drones","can I fly my quadcopter over the Corfu fortress?"),
 (T,"co","Sound and Light Show","is there an evening show with lights at the Corfu fortress?"),
 (T,"rh","Strollers","can I push my baby buggy along the Rhodes wall walk?"),
 (T,"rh","Restrooms","where are the toilets for the Rhodes walls walk?"),
 (T,"za","October","is autumn a good time for a boat to the Zakynthos shipwreck?"),
 (T,"mi","September","when is the sea warmest at Sarakiniko?"),
 (T,"de","Room 13","which room is the charioteer statue in at the Delphi museum?"),
 (T,"ol","Running on the Track","can I race my friends on the old track at Olympia?"),
 (T,"sa","Ferry from Agía Rouméli","how do I get out from the bottom of the Samaria gorge, there's no road?"),
 (T,"me","Local Bus","is there a bus from town up to the Meteora monasteries?"),
 (T,"pa","Piraeus to Parikiá","how long is the boat from Athens to Paros?"),
 (T,"th","Free Entry","do kids pay to get into the White Tower?"),
 (T,"mo","Prionia","where does the road end for hiking up Olympus?"),
]
dis = [
 (T,"co","Opening Hours","what time does the Corfu old fortress open?"),
 (T,"rh","Opening Hours","what time do the Rhodes walls open?"),
 (T,"co","Combined Ticket","one ticket for several sights in Corfu?"),
 (T,"rh","Combined Ticket","one ticket for several sights in Rhodes?"),
 (T,"za","Landing Ban","can boats drop people on the beach at Zakynthos shipwreck bay?"),
 (T,"mi","Landing Ban","can boats drop people on the rocks at Sarakiniko on Milos?"),
 (T,"za","Swimming Zone","where am I allowed to swim at Navagio on Zakynthos?"),
 (T,"mi","Swimming Zone","where am I allowed to swim at Sarakiniko on Milos?"),
 (T,"de","Opening Hours","Delphi museum opening hours"),
 (T,"ol","Opening Hours","Olympia site opening hours"),
 (T,"de","Audio Guide","audio guide at Delphi"),
 (T,"ol","Audio Guide","audio guide at Olympia"),
]
none = [
 "how many cannons are at the Corfu old fortress?",
 "what was the name of the architect who built the Gate of Amboise in Rhodes?",
 "what year did the shipwreck at Navagio run aground?",
 "how deep is the water in the Sarakiniko inlet?",
 "how tall is the Charioteer of Delphi in centimetres?",
 "how long is the running track at Olympia in metres?",
 "how much does the Samaria gorge entrance ticket cost?",
 "how many monks live at Varlaam monastery?",
 "price of a ferry ticket from Piraeus to Paros",
 "how many bunks does the Spilios Agapitos refuge have?",
 "how tall is the White Tower in Thessaloniki?",
 "in what year did Meteora become a UNESCO World Heritage Site?",
 "what is the phone number of the Delphi museum?",
 "Eiffel Tower lift ticket prices",
 "when is the tax return deadline this year?",
 "how do I reset my email password?",
 "recipe for moussaka with aubergines",
 "weather forecast for Oslo tomorrow",
 "current bitcoin price",
 "car rental insurance in Spain",
 "best laptop for programming 2026",
 "vaccination schedule for puppies",
 "when is the Champions League final?",
 "how to renew a UK passport",
 "Kyoto temple opening hours",
 "python list comprehension example",
]
leak_pub = [
 "how much will the Hydra donkey luggage fare go up?",
 "undercover inspectors riding with Hydra muleteers",
 "are new muleteer licences being frozen on Hydra?",
 "electric cart trial for luggage on Hydra",
 "who is fighting over the donkey stand at Hydra harbour?",
 "surcharge for cruise passengers on Hydra donkey rides",
 "hotel taking commission from Hydra muleteers",
 "were Hydra donkeys carrying overweight loads?",
 "how often does the vet check the Hydra donkeys?",
 "hotline to report mistreated donkeys on Hydra",
]
leak_int = [
 (T,"hy","Draft Luggage Fare","how much will the Hydra donkey luggage fare go up?"),
 (T,"hy","Undercover Welfare Checks","undercover inspectors riding with Hydra muleteers"),
 (T,"hy","Licence Freeze","are new muleteer licences being frozen on Hydra?"),
 (T,"hy","Harbour Stand Allocation","who is fighting over the donkey stand at Hydra harbour?"),
 (T,"hy","Midday Rest Rule","will the Hydra donkeys get an afternoon break in summer?"),
 (T,"hy","Electric Cart Trial","electric cart trial for luggage on Hydra"),
]
rows = []
def add(prefix, items, aud="public"):
    for i, (m, d, e, q) in enumerate(items, 1):
        rows.append((f"{prefix}{i:02d}", aud, m, D[d], e, q))
for p, items in [("para", para), ("frag", frag), ("typo", typo), ("chat", chat), ("acr", acr), ("tab", tab), ("dis", dis)]:
    add(p, items)
for i, q in enumerate(none, 1):
    rows.append((f"none{i:02d}", "public", "none", "", "", q))
for i, q in enumerate(leak_pub, 1):
    rows.append((f"leak{i:02d}", "public", "none", "", "", q))
for i, (m, d, e, q) in enumerate(leak_int, len(leak_pub) + 1):
    rows.append((f"leak{i:02d}", "internal", m, D[d], e, q))
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.tsv"), "w", encoding="utf-8") as f:
    f.write("#id\taudience\tmatch\tdocs\texpected\tquestion\n")
    for r in rows:
        assert not any("\t" in c or "\n" in c for c in r)
        f.write("\t".join(r) + "\n")
print(len(rows), "questions written")
