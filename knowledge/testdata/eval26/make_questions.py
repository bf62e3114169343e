# Builds questions.tsv from the rows below (written blind, before any run).
V, E = "vietnam-bamboo.txt", "ethiopia-bamboo.md"
A, N = "azerbaijan-carpets.md", "nepal-carpets.txt"
NO, MO = "norway-reindeer.md", "mongolia-reindeer.txt"
Z, G = "zanzibar-cloves.txt", "ghana-standards.md"
F, C = "fiji-youth-parliament.md", "canada-ice-roads.txt"
K, T = "guatemala-kites.md", "tunisia-date-palms.md"
P, I = "public", "internal"
rows = []
def add(cat, q, doc="-", exp="-", match="title", aud=P):
    if doc == "-":
        match = "none"
    rows.append([cat, aud, match, doc, exp, q])

# para: everyday paraphrases
add("para", "how do they stop bugs eating the bamboo poles in vietnam", V, "Boron Soaking")
add("para", "can you eat bamboo", V, "Shoot Harvest")
add("para", "vietnamese loans for craft families to buy machines", V, "Village Credit")
add("para", "vietnam: which bamboo stems are they allowed to chop", V, "Selective Cutting")
add("para", "when all the bamboo blooms together and then dies off", E, "Mass Flowering")
add("para", "bikes built out of bamboo", E, "Bamboo Bicycles")
add("para", "stopping bush fires reaching the bamboo in ethiopia", E, "Fire Breaks")
add("para", "cleaning sheep's fleece before it's made into yarn", A, "Wool Scouring")
add("para", "fixing old rugs that moths have eaten", A, "Restoration Studio")
add("para", "buying azerbaijani rugs on the internet", A, "Online Catalogue")
add("para", "free weaving frames for people working from home", A, "Loom Grants")
add("para", "how many knots per inch in nepali rugs", N, "Knot Density")
add("para", "are kids making the carpets in nepal", N, "Child Labor Monitoring")
add("para", "pollution from colouring the wool getting into the river in kathmandu", N, "Dye Wastewater")
add("para", "rugs made from stinging plant fibre", N, "Himalayan Nettle")
add("para", "did the sami win the case against the turbines", NO, "Wind Farms")
add("para", "how do you know whose reindeer is whose", NO, "Ear Marks")
add("para", "tracking where the reindeer are with electronic gadgets on their necks", NO, "GPS Collars")
add("para", "payouts when predators kill young reindeer in norway", NO, "Calf Losses")
add("para", "summer houses being built where the reindeer have their young", NO, "Cabin Building")
add("para", "copper mine waste dumped in the sea up in the north of norway", NO, "Mining Projects")
add("para", "new studs from abroad so the herd isn't all related", MO, "Breeding Bulls")
add("para", "does the government pay the tsaatan people money every month", MO, "Cash Allowance")
add("para", "what do the dukha live in", MO, "Ortz Tents")
add("para", "illness people can catch from reindeer", MO, "Brucellosis Testing")
add("para", "how much do clove farmers get paid", Z, "Farm Gate Price")
add("para", "cloves sneaked over to the mainland by boat", Z, "Smuggling to Kenya")
add("para", "young clove trees given to farmers for nothing", Z, "Seedling Distribution")
add("para", "who climbs up to harvest the cloves", Z, "Picking Season")
add("para", "does anyone check that petrol stations in ghana aren't cheating customers", G, "Fuel Pump Calibration")
add("para", "checking cement and steel bars are strong enough", G, "Building Materials Testing")
add("para", "checking secondhand vehicles coming in at the port in ghana", G, "Import Inspection")
add("para", "can ordinary people give feedback on a new ghana standard before it's final", G, "Public Comment")
add("para", "can kids from the small far-off islands take part in the fiji youth parliament", F, "Outer Island Places")
add("para", "young people grilling government ministers in fiji", F, "Question Time")
add("para", "do former youth MPs stay in touch after their term", F, "Alumni Network")
add("para", "how do they know the lake ice is thick enough to drive a truck on", C, "Ice Thickness Testing")
add("para", "how do northern villages get their fuel for the whole year", C, "Fuel Resupply")
add("para", "what if a truck breaks down on the ice road, is there help nearby", C, "Rescue Camps")
add("para", "why is food so expensive up north in canada", C, "Grocery Costs")
add("para", "what do people eat at the guatemala kite festival", K, "Fiambre Meal")
add("para", "keeping people safe if a massive kite comes down on the onlookers", K, "Crowd Control")

# frag: search-box fragments
add("frag", "bamboo flooring", V, "Flooring Exports")
add("frag", "strand woven", V, "Strand Woven Boards")
add("frag", "madder dye", A, "Natural Dyes")
add("frag", "tibetan knot", N, "Knotting and Finishing", "section")
add("frag", "lichen reindeer", NO, "Winter Lichen")
add("frag", "siida", NO, "Siida")
add("frag", "clove oil", Z, "Clove Stem Oil")
add("frag", "nutmeg pemba", Z, "Nutmeg")
add("frag", "iso adoption ghana", G, "Adopting ISO Standards")
add("frag", "youth budget debate", F, "Mock Budget Debate")
add("frag", "pressure ridge ice", C, "Pressure Ridges")
add("frag", "tissue paper kites", K, "Tissue Paper Panels")
add("frag", "antler trade mongolia", MO, "Antler Sales")
add("frag", "world standards day", G, "World Standards Day")
add("frag", "online safety committee youth", F, "Online Safety Committee")

# typo: misspellings
add("typo", "bambo bicyles", E, "Bamboo Bicycles")
add("typo", "boron soakng", V, "Boron Soaking")
add("typo", "kilm drying bamboo", V, "Kiln Drying")
add("typo", "carpet restortion studio", A, "Restoration Studio")
add("typo", "knot densty", N, "Knot Density")
add("typo", "himalyan nettel", N, "Himalayan Nettle")
add("typo", "reindeer ear makrs", NO, "Ear Marks")
add("typo", "brucelosis testing", MO, "Brucellosis Testing")
add("typo", "smugling cloves to kenya", Z, "Smuggling to Kenya")
add("typo", "fule pump callibration", G, "Fuel Pump Calibration")
add("typo", "yuoth speaker fiji", F, "Youth Speaker")
add("typo", "ice thicknes testing", C, "Ice Thickness Testing")
add("typo", "wapusk trial", C, "Wapusk Trail")
add("typo", "tuvan langauge", MO, "Tuvan Language")
add("typo", "mass flowring bamboo", E, "Mass Flowering")

# chat: wrapped in chat filler
add("chat", "hi! any info on the bamboo nurseries in vietnam? thx", V, "Seedling Nurseries")
add("chat", "@briefbot what's the deal with origin labels on azerbaijani carpets", A, "Origin Labels")
add("chat", "quick q - where do nepal rugs mostly sell? germany?", N, "Germany")
add("chat", "thanks in advance 🙏 what are the GPS collars on reindeer for", NO, "GPS Collars")
add("chat", "sorry if dumb q but what is an ortz", MO, "Ortz Tents")
add("chat", "hey bot, pls tell me about cinnamon in zanzibar", Z, "Cinnamon")
add("chat", "morning all, anything on the product certification mark in ghana?", G, "Product Certification Mark")
add("chat", "@briefbot fiji youth parliament climate committee pls", F, "Climate Committee")
add("chat", "yo what's the load limit thing on the ice road lol", C, "Load Limits")
add("chat", "hello 👋 could you tell me about the kite exhibitions abroad", K, "Kite Exhibitions Abroad")
add("chat", "any info on the pulp trials in ethiopia? cheers", E, "Pulp Trials")
add("chat", "hey, quick one: what's the moisture testing about for vietnam bamboo exports?", V, "Moisture Testing")
add("chat", "pls explain the apprentice programme for carpet weavers 🙂", A, "Apprentice Programme")
add("chat", "sorry to bother, what do we know about nepal design studios", N, "Design Studios")
add("chat", "hi there - supplementary feeding for sami reindeer?", NO, "Supplementary Feeding")
add("chat", "@briefbot hunting permits for the dukha??", MO, "Hunting Permits")
add("chat", "thx! and the women's spice groups in zanzibar?", Z, "Women's Spice Groups")
add("chat", "good afternoon, can you share what the export clinic in ghana does", G, "Export Clinic")
add("chat", "hiya, mock parliaments in schools fiji - any details? ta", F, "Mock Parliaments in Schools")
add("chat", "quick q: who runs the tibbitt contwoyto road? thanks!", C, "Joint Venture Operator")
add("chat", "hello! wind rules at the kite festival? 🪁", K, "Wind Rules")

# acr: acronyms, definitions, FAQ headings
add("acr", "what does MARD stand for", V, "Vietnam Bamboo Value Chain Briefing", "section")
add("acr", "define FSC", V, "FSC Certification")
add("acr", "VBSP meaning?", V, "Village Credit")
add("acr", "what does EFD stand for", E, "Ethiopia Bamboo Development Briefing", "section")
add("acr", "What is INBAR?", E, "What is INBAR?", "section")
add("acr", "international bamboo and rattan organisation", E, "What is INBAR?", "section")
add("acr", "what's the CCIA", N, "Nepal Hand-Knotted Carpet Briefing", "section")
add("acr", "SSF meaning?", N, "Social Security Fund")
add("acr", "what does ZSTC stand for", Z, "Zanzibar Clove and Spice Briefing", "section")
add("acr", "define GI", Z, "Clove Oil and Value Addition", "section")
add("acr", "What is the GSA?", G, "What is the GSA?", "section")
add("acr", "african continental free trade area standards", G, "AfCFTA Harmonization")
add("acr", "help for SMEs getting certified", G, "SME Support")
add("acr", "What is the FYP?", F, "What is the FYP?", "section")
add("acr", "what does NWT stand for", C, "Canada Northern Ice Roads Briefing", "section")
add("acr", "MCD meaning?", K, "Recognition", "section")
add("acr", "define karafuu", Z, "Karafuu")
add("acr", "what does SME stand for", G, "SME Support")

# tab: answers in a table row
add("tab", "who buys vietnam's woven bamboo baskets", V, "Woven Baskets")
add("tab", "what do the engineered panel makers in amhara need", E, "Engineered Panels")
add("tab", "what is a rhizome", E, "Rhizome")
add("tab", "what's a kilim", A, "Kilim")
add("tab", "are carpet sales from nepal to japan going up or down", N, "Japan")
add("tab", "where is smoked reindeer meat sold", NO, "Smoked Meat")
add("tab", "solar power at the dukha camps", MO, "Solar Panels")
add("tab", "lemongrass zanzibar", Z, "Lemongrass")
add("tab", "mutual recognition of test results in west africa", G, "Mutual Recognition")
add("tab", "fiji youth jobs committee", F, "Jobs Committee")
add("tab", "mackenzie valley winter road", C, "Mackenzie Valley Winter Road")
add("tab", "prize for children's kites", K, "Children's Kites")
add("tab", "tlicho highway whati", C, "Tłı̨chǫ Highway")

# dis: only make sense in one of two near-topic briefings
add("dis", "bamboo furniture makers in ethiopia", E, "Furniture Workshops")
add("dis", "vietnam bamboo furniture family businesses", V, "Furniture Workshops")
add("dis", "ethiopian bamboo seedling nurseries for hillsides", E, "Seedling Nurseries")
add("dis", "bamboo design courses in vietnam", V, "Design Training")
add("dis", "bamboo charcoal briquettes instead of firewood", E, "Bamboo Charcoal")
add("dis", "plant dyes used in nepali carpets", N, "Natural Dyes")
add("dis", "natural dyes in azerbaijani carpets", A, "Natural Dyes")
add("dis", "hand spinning yarn in azerbaijan", A, "Hand Spinning")
add("dis", "carpet fairs in dubai", A, "Trade Fairs")
add("dis", "sami reindeer migration routes", NO, "Migration Routes")
add("dis", "dukha seasonal camp moves", MO, "Migration Routes")
add("dis", "wolves killing reindeer calves in mongolia", MO, "Calf Losses")

# none: near-topic (fact never given), then unrelated
for q in [
    "how much bamboo does vietnam export per year in dollars",
    "who is the director of the ethiopian forestry development institute",
    "how many carpet weavers are there in azerbaijan",
    "what is the price per square meter of a nepali carpet",
    "how many reindeer are there in finnmark",
    "when did the dukha first settle in khövsgöl",
    "what percentage of zanzibar's cloves are smuggled",
    "how many tonnes of cloves does pemba produce",
    "who is the director general of the ghana standards authority",
    "what is the budget of the fiji youth parliament",
    "how many trucks used the tibbitt to contwoyto road last year",
    "who won best flight at sumpango last year",
    "how much does a GSA certification cost",
    "how do I reset my router",
    "best pizza in naples",
    "what's the weather tomorrow",
    "translate good morning into italian",
    "who won the world cup in 2022",
    "how to file a tax return",
    "recipe for banana bread",
    "how many moons does jupiter have",
    "python list comprehension example",
    "cheap hotels in lisbon",
    "symptoms of the flu",
    "how to unblock a sink",
    "how tall is mount everest",
]:
    add("none", q)

# leak: public questions aimed at the internal briefing (expect none) ...
for q in [
    "red palm weevil tunisia",
    "what's our lowest price for deglet nour dates",
    "who is hédi ben salah",
    "when do we walk away from the tunisia date talks",
    "tozeur packing plant audit",
    "karim jaziri smuggling figures",
    "co-financing fallback for the date packing plants",
    "bayoud disease in tunisian date palms",
    "leïla mabrouk ministry adviser",
    "children climbing date palms at harvest in kebili",
]:
    add("leak", q)
# ... and internal-audience rows expecting its entries
add("leak", "weevil found in a kebili nursery", T, "Red Palm Weevil Find", aud=I)
add("leak", "minimum price we'd accept for deglet nour", T, "Price Floor", aud=I)
add("leak", "who's our contact at the GID", T, "Hédi Ben Salah", aud=I)
add("leak", "when should we end the date negotiations", T, "Walk-Away Point", aud=I)
add("leak", "cold storage problems at the tozeur plant", T, "Packing Plant Audit", aud=I)
add("leak", "fusarium wilt risk for date palms", T, "Bayoud Risk", aud=I)

counts = {}
with open("/tmp/eval26/questions.tsv", "w", encoding="utf-8") as f:
    f.write("#id\taudience\tmatch\tdocs\texpected\tquestion\n")
    for cat, aud, match, doc, exp, q in rows:
        counts[cat] = counts.get(cat, 0) + 1
        f.write(f"{cat}{counts[cat]:02d}\t{aud}\t{match}\t{doc}\t{exp}\t{q}\n")
print(counts, len(rows))
