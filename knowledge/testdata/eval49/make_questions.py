# Writes questions.tsv; every row was written from the briefings' entry lists before anything ran on it.
CH = "church-roof-lead-theft-england.txt"
WA = "village-hall-boilers-wales.md"
AT = "mountain-pass-tolls-austria.md"
NO = "mountain-pass-tolls-norway.txt"
LI = "heritage-tram-drivers-lisbon.md"
ME = "heritage-tram-drivers-melbourne.txt"
DK = "reed-bed-sewage-treatment-denmark.txt"
VT = "school-snow-days-vermont.md"
MN = "city-bike-repair-stands-minneapolis.txt"
MX = "street-market-electricity-hookups-mexico-city.md"
IS = "community-sheep-flocks-iceland.md"
IN = "moorland-grouse-fires-scotland-internal.md"

T, S = "title", "section"
rows = {}
rows["para"] = [
 (CH, T, "Water Ingress", "what happens inside when rain gets in after the metal is stolen off the top"),
 (CH, T, "Forensic Marking", "is there a way to prove nicked metal came from a particular parish"),
 (CH, T, "Cashless Trading", "can scrapyards still hand over banknotes for metal"),
 (CH, T, "Theft Claim Cap", "will the insurance pay out if thieves strip our roof"),
 (WA, T, "Oil Tank Theft", "people nicking heating fuel from the tank outside the hall"),
 (WA, T, "Smart Thermostats", "heating that switches on by itself before someone's booked the room"),
 (WA, T, "Frozen Pipes", "burst plumbing when the hall sits unheated in winter"),
 (WA, T, "Legionella Risk Assessment", "bacteria growing in stagnant hot water at the community building"),
 (AT, T, "Cyclist Access", "do people on push bikes pay to ride up the big alpine road"),
 (AT, T, "Night Driving Ban", "can lorries drive through Tyrol after dark"),
 (AT, T, "Avalanche Closure", "snow slides shutting the high roads in Austria"),
 (AT, T, "Timmelsjoch", "which Austrian pass takes you over to the Italian side, the one shut overnight"),
 (NO, T, "License Plate Billing", "I drove a rental through Norway without the little box on the glass, how do I get charged"),
 (NO, T, "Road Status Hotline", "number to phone to find out if the Norwegian mountain road is open"),
 (NO, T, "Cabin Road Fee", "paying to drive up to a holiday hut on a private road in Norway"),
 (NO, T, "Sognefjellet Road", "highest road over the mountains in Norway, when is it shut"),
 (LI, T, "Parked Cars on Tracks", "Lisbon trams stuck because someone left their car in the way"),
 (LI, T, "Recruitment Drive", "jobs driving the old yellow streetcars in Lisbon"),
 (LI, T, "Pickpockets", "thieves stealing wallets on Lisbon trams"),
 (LI, T, "Manual Braking", "how do Lisbon drivers stop the tram on steep hills"),
 (ME, T, "Hook Turns", "that weird right turn from the left lane in Melbourne"),
 (ME, T, "Bendigo Workshops", "where do they fix up Melbourne's old trams"),
 (ME, T, "Conductor Heritage", "older Melbourne tram staff who used to collect fares teaching newcomers"),
 (ME, T, "Passenger Boarding", "old Melbourne trams hard to climb into for grandparents"),
 (DK, T, "Willow Bed", "a Danish system where trees soak up all the waste water and nothing flows out"),
 (DK, T, "Upgrade Orders", "can the council force my Danish cottage to improve its sewage"),
 (DK, T, "Reed Cutting", "when to trim the plants in a reed bed"),
 (DK, T, "Single House Bed", "how big a reed bed for one family home in Denmark"),
 (VT, T, "Two-Hour Delay", "Vermont school starts later on a snowy morning"),
 (VT, T, "Wind Chill Closure", "is school cancelled in Vermont when it's bitterly cold"),
 (VT, T, "Grab-and-Go Meals", "do kids still get food when Vermont schools are shut for snow"),
 (VT, T, "Early Morning Road Check", "does the boss of the Vermont schools test the roads himself before deciding"),
 (VT, T, "Snow Day Child Care", "where can hospital staff leave their kids when school's off for snow"),
 (MN, T, "Tethered Tools", "are the wrenches at Minneapolis bike stations chained down"),
 (MN, T, "Air Pump", "where can I inflate my bicycle tyres for free in Minneapolis"),
 (MN, T, "Adopt-a-Stand", "can my shop sponsor a bike fix station in Minneapolis"),
 (MN, T, "QR Code Guides", "videos showing how to mend a puncture at the Minneapolis stands"),
 (MX, T, "Diablitos", "people stealing power from the overhead cables at Mexico City markets"),
 (MX, T, "Prepaid Meters", "pay for electricity upfront at a Mexico City street stall"),
 (MX, T, "Market Fires", "markets in Mexico City going up in flames at night"),
 (IS, T, "Scrapie Culls", "Icelandic farms losing their whole flock to a brain disease"),
 (IS, T, "Leader Sheep", "Icelandic sheep that guide the others home in a blizzard"),
]
rows["frag"] = [
 (CH, T, "Roof Alarms", "church roof alarm"),
 (CH, T, "Dealer Licensing", "scrap dealer licence"),
 (WA, T, "Gas Safe Check", "hall gas safety inspection"),
 (AT, T, "Brenner Motorway", "brenner toll"),
 (AT, T, "Digital Vignette", "austria vignette online"),
 (NO, T, "Convoy Driving", "norway convoy snowplow"),
 (LI, T, "Line 28E", "tram 28 lisbon"),
 (ME, T, "City Circle Route", "melbourne city circle"),
 (DK, T, "Vertical Flow Bed", "vertical flow reed bed"),
 (DK, T, "Septic Tank Emptying", "septic tank emptying denmark"),
 (VT, T, "Closings List", "vermont school closings list"),
 (MN, T, "Midtown Greenway", "greenway bike stand"),
 (MX, T, "Residual Current Breakers", "residual current breaker market"),
 (IS, T, "Ear Marks", "iceland sheep ear marks"),
 (IS, S, "The Autumn Round-Up", "sheep round-up iceland"),
]
rows["typo"] = [
 (CH, T, "Heritage Crime Sentencing", "heritage crme sentencing church"),
 (WA, T, "Carbon Monoxide Alarms", "carbon monoxde alarms village hall"),
 (WA, T, "Volunteer Caretaker", "volunter caretaker for the hall"),
 (AT, T, "Großglockner High Alpine Road", "grossglockner hihg alpine road"),
 (AT, T, "Arlberg Road Tunnel", "arlburg tunnel toll"),
 (NO, T, "AutoPASS Tag", "autopas tag norway"),
 (NO, T, "Haukelifjell Crossing", "haukelifell crossing winter"),
 (LI, T, "Remodelado Trams", "remodlado trams lisbon"),
 (ME, T, "Free Tram Zone", "free tram zoen melbourne"),
 (DK, T, "Root Zone", "reed bed rot zone bacteria"),
 (VT, T, "Early Dismissal", "early dismisal vermont storm"),
 (MN, T, "Fix-It Clinics", "fixit clinc minneapolis"),
 (MX, T, "Electrician Brigades", "electricain brigades mexico market"),
 (IS, T, "Resistant Breeding", "scrapie resistent breeding rams"),
 (IS, T, "Réttir", "retir sheep sorting"),
]
rows["chat"] = [
 (CH, T, "Rural Isolation", "hi! quick q — why do thieves go for churches out in the countryside?"),
 (CH, T, "Roof Repair Grants", "@briefbot any info on grants to fix a church roof after lead was nicked? thanks"),
 (CH, T, "Faculty Permission", "sorry if dumb q but do we need permission to swap our church's lead for something else?"),
 (WA, T, "Oversized Boilers", "hey 👋 our hall boiler seems way too big for the tiny groups using it, anything on that?"),
 (WA, T, "Community Facilities Programme", "pls is there any Welsh Government money for fixing up a village hall?"),
 (AT, T, "Season Pass", "morning all, is there a yearly ticket for the Großglockner? cheers"),
 (AT, T, "Tauern Tunnel", "@briefbot what's the deal with the Tauern tunnel toll 🙏"),
 (NO, T, "Winter Tire Rule", "hey bot, do trucks in Norway need special tires in winter? thx"),
 (NO, T, "Hardangervidda Crossing", "quick question about the Hardangervidda road, is it often closed?"),
 (LI, T, "Summer Heat", "olá! how hot do the Lisbon tram cabs get in summer? 🥵"),
 (LI, T, "Driver Training Course", "hi there, how long does it take to train as a Lisbon tram driver?"),
 (ME, T, "W-Class Endorsement", "g'day @briefbot, what extra training do you need to drive the old W-class trams?"),
 (ME, T, "Hot Weather Withdrawal", "hey quick q, do the W-class trams still run on scorching days?"),
 (DK, T, "Discharge Permit", "hej! do I need a permit to let cleaned water out of my Danish reed bed? tak"),
 (DK, T, "Sludge Drying Beds", "any info on drying sludge in reed beds pls"),
 (VT, T, "Automated Phone Alert", "hi, how do Vermont parents get told school is closed? thanks!!"),
 (VT, T, "Bus Contractor Call", "@briefbot do the bus companies have a say in Vermont snow days?"),
 (MN, T, "Winter Biking", "yo, are the Minneapolis repair stands usable in winter? ❄️🚲"),
 (MN, T, "Damage Reporting", "hey, found a busted bike repair stand in Minneapolis, who do I tell? ty"),
 (MX, T, "Vendor Registry", "hola 👋 does a Mexico City stall need to be registered before getting power?"),
 (IS, T, "Visitor Participation", "hi! can tourists join the sheep round-up in Iceland? would love to 🐑"),
]
rows["acr"] = [
 (CH, S, "Law and Enforcement", "what does SMDA stand for"),
 (CH, T, "Roof Repair Grants", "NCT grants"),
 (WA, T, "WCVA", "define WCVA"),
 (WA, T, "OFTEC Service", "OFTEC meaning?"),
 (WA, T, "LPG", "what is LPG"),
 (WA, T, "ASHP", "what does ASHP stand for"),
 (AT, T, "ASFINAG", "what is ASFINAG"),
 (NO, T, "NPRA", "NPRA meaning?"),
 (NO, T, "Fv", "what does Fv mean on Norwegian road signs"),
 (ME, T, "DTP", "who are the DTP"),
 (DK, T, "BOD", "BOD stand for?"),
 (DK, S, "Reed Bed Sewage Treatment in Denmark", "what is DEPA"),
 (VT, S, "What is the SU?", "SU meaning vermont"),
 (VT, S, "What is an RLD?", "define RLD"),
 (VT, S, "What is an RLD?", "are RLDs counted as school days"),
 (MN, S, "Background", "what's the MPRB"),
 (MX, S, "Street Market Electricity Hookups in Mexico City", "CFE meaning"),
 (IS, S, "Community Sheep Flocks in Iceland", "what does MAST stand for in Iceland"),
]
rows["tab"] = [
 (CH, T, "New Lead Sheet", "cost of replacing a church roof with new lead"),
 (WA, T, "Infrared Panels", "infrared heating for a hall used a few hours a week"),
 (WA, T, "Biomass Pellet Boiler", "wood pellet boiler village hall"),
 (AT, T, "GO-Box", "how do lorries pay the Austrian motorway toll"),
 (AT, T, "Block Dispatching", "trucks held back at Kufstein"),
 (NO, T, "Electric Cars", "do EVs pay less toll in Norway"),
 (LI, T, "Split Shift", "Lisbon tram split shift"),
 (ME, T, "Charter Runs", "hire a heritage tram in Melbourne for a wedding"),
 (DK, T, "Phosphorus", "do reed beds remove phosphorus"),
 (VT, T, "Vacation Days", "will Vermont cancel February break to make up snow days"),
 (MN, T, "Rust", "salt rusting the bike repair tools"),
 (MX, T, "Chest Freezers", "freezer at a market stall how much power"),
 (IS, T, "Horn Brands", "burning farm letters into rams' horns"),
]
rows["dis"] = [
 (AT, T, "Digital Vignette", "can I buy the motorway toll sticker digitally linked to my plate"),
 (NO, T, "AutoPASS Tag", "toll tag on the windshield for a discount on mountain crossings"),
 (NO, T, "Convoy Driving", "pass closed by a blizzard, can I follow the snowplow over?"),
 (AT, T, "Sectoral Driving Ban", "are timber and gravel lorries banned from the valley motorway"),
 (AT, T, "Cyclist Access", "is the alpine toll road free for cyclists"),
 (NO, T, "Road Owner Associations", "who pays for plowing the private toll road up to the cabins"),
 (LI, T, "Ascensores", "does the heritage tram company also run the funiculars"),
 (ME, T, "Hook Turns", "why do cars turn right from the left lane around the heritage trams"),
 (LI, T, "Line 28E", "which heritage tram route goes through the narrowest old-town streets"),
 (ME, T, "Free Tram Zone", "is riding the heritage tram free in the city centre"),
 (ME, T, "Annual Reassessment", "are heritage tram drivers re-tested every year"),
 (LI, T, "Early Turn", "what time does the early shift for heritage tram drivers start"),
]
rows["none"] = [(None, None, None, q) for q in [
 "how many churches in Lincolnshire lost lead last year",
 "what is the fine for buying stolen lead in England",
 "how much does a heat pump cost to install in a Welsh village hall",
 "how much is the Großglockner toll for a car this year",
 "what is the toll price on the E134 at Haukelifjell",
 "what is the starting salary for a Lisbon tram driver",
 "how many W-class trams does Melbourne still have",
 "exactly how many Danish homes use reed beds",
 "who is the Vermont secretary of education",
 "how many snow days did Vermont schools have last winter",
 "how many bike repair stands are there in Minneapolis",
 "how much does CFE charge per kilowatt hour for market stalls",
 "how many sheep are there in Iceland",
 "best recipe for banana bread",
 "how do I reset my router password",
 "who won the 2018 World Cup",
 "train times from Paris to Lyon",
 "how to treat a sprained ankle",
 "what is the capital of Kazakhstan",
 "recommend a good sci-fi novel",
 "how do I file my tax return",
 "symptoms of vitamin D deficiency",
 "how tall is Mount Kilimanjaro",
 "translate good morning into Japanese",
 "best way to learn the guitar",
 "how do solar eclipses happen",
]]
leak_public = [
 "which grouse estate is being investigated for the March moor fire",
 "door code for the firefighting store at Tomintoul",
 "what radio talkgroup do estate fire crews use",
 "how much does the water-bombing helicopter cost per hour in Scotland",
 "is NatureScot going to suspend Balnacraig's muirburn licence",
 "who is the gamekeeper witness in the moorland fire case",
 "are police drones secretly watching grouse moors",
 "is the insurer refusing to pay for the Balnacraig fire",
 "will estates be billed for firefighting costs in Scotland",
 "what is the press line on the estate fire enquiry",
]
leak_internal = [
 (IN, T, "Balnacraig Estate Inquiry", "status of the police case on the Balnacraig estate"),
 (IN, T, "Fogging Unit Store", "code for the Tomintoul kit store"),
 (IN, T, "Helicopter Contract", "what does the standby helicopter cost an hour"),
 (IN, T, "Keeper Witness", "has any underkeeper given a statement"),
 (IN, T, "Thermal Camera Trial", "heat cameras spotting smouldering peat"),
 (IN, T, "Burning Season", "when is heather burning allowed in Scotland"),
]
out = ["#id\taudience\tmatch\tdocs\texpected\tquestion"]
for cat in ["para", "frag", "typo", "chat", "acr", "tab", "dis", "none"]:
    for i, (doc, m, exp, q) in enumerate(rows[cat], 1):
        if doc is None:
            out.append(f"{cat}{i:02d}\tpublic\tnone\t-\t-\t{q}")
        else:
            out.append(f"{cat}{i:02d}\tpublic\t{m}\t{doc}\t{exp}\t{q}")
n = 0
for q in leak_public:
    n += 1
    out.append(f"leak{n:02d}\tpublic\tnone\t-\t-\t{q}")
for doc, m, exp, q in leak_internal:
    n += 1
    out.append(f"leak{n:02d}\tinternal\t{m}\t{doc}\t{exp}\t{q}")
open("/tmp/eval49/questions.tsv", "w", encoding="utf-8").write("\n".join(out) + "\n")
print(len(out) - 1, "rows")
