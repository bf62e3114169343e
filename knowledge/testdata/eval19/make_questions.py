# Writes questions.tsv. Rows: id|audience|match|doc-key|expected|question
D = {
 'MO':'morocco-consular-services.md','PE':'peru-consular-network.txt','BO':'bosnia-firefighting.md',
 'OM':'oman-ambulance-services.txt','GU':'guatemala-prison-reform.md','AL':'albania-broadcasting.txt',
 'NM':'north-macedonia-broadcasting.md','BL':'bolivia-school-meals.txt','HN':'honduras-school-meals.md',
 'QA':'qatar-telecom-spectrum.md','TN':'tunisia-mental-health.txt','PA':'panama-customs-canine-internal.md','-':'-'}
ROWS = """
para01|public|title|MO|Repatriation of Remains|my uncle died in Spain, can Morocco help fly his body back for the funeral
para02|public|title|MO|Port Reception Areas|where can families rest when they get off the boat at Tangier in summer
para03|public|title|MO|Detained Nationals Support|a Moroccan got arrested in Germany, does the embassy help find a lawyer
para04|public|title|MO|Emergency Travel Document|lost my passport the day before flying home to Morocco, what can I get
para05|public|title|PE|Notarial Acts|can the Peruvian consul sign off papers so my brother can sell my house in Lima
para06|public|title|PE|Humanitarian Repatriation|Peruvian stuck abroad with no money, will the government fly them home
para07|public|title|PE|Duty-Free Return Allowance|moving back to Peru for good, do I pay import tax on my furniture and car
para08|public|title|PE|Legal Aid for Migrant Workers|Peruvian labourer in Chile not paid by his boss, who helps him
para09|public|title|BO|Home Fire Safety Visits|do firemen put smoke detectors in old people's houses in Bosnia
para10|public|title|BO|Live Fire Training House|where do Bosnian firefighters practise with real smoke and flames
para11|public|title|BO|Mutual Aid Agreement|can Republika Srpska fire crews help out in the Federation
para12|public|title|BO|Volunteer Fire Societies|who puts out fires in small Bosnian villages with no full-time brigade
para13|public|title|OM|Telephone CPR Guidance|Oman call operator tells you how to do heart compressions over the phone
para14|public|title|OM|Marine Ambulance|how do sick people get off Masirah island to hospital by boat
para15|public|title|OM|Female Paramedic Crews|are there women ambulance workers in Oman
para16|public|title|OM|Motorcycle Responders|medics on bikes in Muscat traffic jams
para17|public|title|GU|Cell Phone Signal Blocking|stopping inmates making extortion calls from jail in Guatemala
para18|public|title|GU|Pretrial Detention Review|people locked up for months in Guatemala without ever going to court
para19|public|title|GU|Prison Workshops|can Guatemalan prisoners earn money baking or doing woodwork
para20|public|title|GU|Criminal Record Certificates|ex-convicts in Guatemala need a clean police record to get hired
para21|public|title|AL|Set-Top Box Vouchers|poor families in Albania lost their TV picture, do they get a free decoder box
para22|public|title|AL|Fact-Checking Desk|does Albanian state TV verify what politicians say
para23|public|title|AL|Media Ownership Register|who owns which TV station in Albania, is there a public list
para24|public|title|AL|Minority Language Programmes|news in Greek for the Greek community in Albania
para25|public|title|NM|Advertising Cap|limits on commercials on the Macedonian state TV
para26|public|title|NM|Media Literacy Campaign|teaching Macedonian viewers to recognise fake news
para27|public|title|NM|Budget Funding Law|how is Macedonian public TV paid for now that there's no fee
para28|public|title|NM|Journalism Internships|paid trainee jobs for new graduates in the Skopje public TV newsroom
para29|public|title|BL|Highland Delivery Routes|how does school food reach Bolivian mountain schools when rains wash out the roads
para30|public|title|BL|Iron-Rich Menus|Bolivian kids with low blood iron, what do school lunches do about it
para31|public|title|BL|Cooks' Training|do the moms who cook school lunch in Bolivia get hygiene classes
para32|public|title|BL|Family Farm Procurement|Bolivian towns buying school food from small growers
para33|public|title|HN|River Transport in La Mosquitia|school food taken by boat to villages with no roads in Honduras
para34|public|title|HN|Take-Home Rations|Honduran kids got food bags to take home when schools shut after the hurricanes
para35|public|title|HN|Fuel-Efficient Stoves|cleaner cooking with less wood in Honduran school kitchens
para36|public|title|HN|Delivery Tracking App|teachers in Honduras confirm the food arrived using their mobile
para37|public|title|QA|Interference Hunting|vans that find illegal phone signal boosters in Qatar
para38|public|title|QA|Wi-Fi 6E Opening|can Qatar use the 6 gigahertz band for home wireless internet
para39|public|title|QA|Regulatory Sandbox|trial permits for testing drones and private 5G at the port in Qatar
para40|public|title|TN|Anti-Stigma Campaign|TV ads in Tunisia telling people depression is a real illness
para41|public|title|TN|Youth Helpline|phone number Tunisian teenagers can call when they feel suicidal
para42|public|title|TN|Opioid Substitution Pilot|heroin users in Tunis getting a replacement drug
frag01|public|title|QA|5G Mid-Band Award|qatar 3.5 ghz
frag02|public|title|QA|Millimetre Wave Licences|26ghz stadiums doha
frag03|public|title|BO|Breathing Apparatus Upgrade|breathing sets tuzla
frag04|public|title|BO|Hazmat Response Team|lukavac chemical spill
frag05|public|title|OM|Highway Ambulance Posts|muscat salalah road ambulance
frag06|public|title|OM|Air Ambulance Service|oman helicopter patients
frag07|public|title|AL|DVB-T2 Network Completion|dvb-t2 albania
frag08|public|title|AL|Transmitter Site Sharing|dajti masts
frag09|public|title|MO|E-Visa Portal|morocco evisa tourist
frag10|public|title|PE|Overseas DNI Issuance|dni renewal abroad peru
frag11|public|title|GU|Gang Separation Policy|ms-13 barrio 18 blocks
frag12|public|title|BL|Quinoa and Amaranth Breakfasts|quinoa breakfast bolivia
frag13|public|title|HN|Biofortified Beans|iron beans honduras
frag14|public|title|TN|Razi Hospital Modernisation|razi hospital manouba
frag15|public|title|NM|Digital Radio Trial|digital radio trial ohrid
typo01|public|title|MO|Ferry Capacity Planning|extra ferry saillings morroco summer
typo02|public|title|PE|Consular Emergency Hotline|peru consulr emergancy hotline
typo03|public|title|PE|Apostille Service|apostile peruvian documents
typo04|public|title|BO|Chimney Sweeping Rules|chimeny sweping bosnia
typo05|public|title|BO|Aerial Ladder Platforms|arial ladder truck sarajvo
typo06|public|title|OM|Computer-Aided Dispatch|computor aided dispach oman
typo07|public|title|OM|Cyclone Preparedness|cyclone shaheen ambulnaces
typo08|public|title|GU|Tuberculosis Screening|tuberculossis screeing prisons guatemala
typo09|public|title|GU|Contraband Searches|contraband serches visitors prison
typo10|public|title|AL|Journalist Safety Protocol|jouranlist saftey albania
typo11|public|title|NM|Transmitter Modernization|macedonia transmiter modernisaton
typo12|public|title|BL|Handwashing Stations|handwahsing stations bolivia schools
typo13|public|title|HN|Parents' Food Committees|parnets food comittees honduras
typo14|public|title|TN|Community Mental Health Centres|comunity mental helth centers tunisia
typo15|public|title|QA|Satellite Filing Coordination|eshailsat satelite filing
chat01|public|title|MO|Online Appointment Booking|hi! how do Moroccans abroad book a passport appointment online? thx
chat02|public|title|MO|Civil Status Registration|@briefbot quick q: registering a baby born in Belgium with the Moroccan consulate?
chat03|public|title|MO|Crisis Evacuation Planning|sorry if dumb q but does morocco have plans to get its citizens out of war zones
chat04|public|title|PE|Consular Registry|hey bot, any info on Peru's consular registry pls
chat05|public|title|PE|Electronic Passport|hello 👋 how fast can a Peruvian get a chip passport at a consulate?
chat06|public|title|PE|Returnee Reintegration Program|good morning, what help do Peruvians get finding work when they move back home?
chat07|public|title|BO|Fire Engine Donations|@briefbot any news on the fire trucks Austria gave Bosnia? 🚒
chat08|public|title|BO|Fire Academy Curriculum|quick q - is there one common training course for Bosnian fire recruits?
chat09|public|title|BO|Emergency Call Routing|thanks in advance! how are 123 fire calls routed in Bosnia?
chat10|public|title|OM|Desert Response Vehicles|hey there, what ambulances does Oman use for bedouin areas in the desert? cheers
chat11|public|title|OM|Omani Paramedic Degree|hi, is there a paramedic bachelor's in Oman? pls
chat12|public|title|GU|Alternatives to Detention|@briefbot pls tell me about ankle monitors instead of jail in Guatemala
chat13|public|title|GU|Addiction Treatment|hiya, drug rehab for women inmates in Guatemala? ty
chat14|public|title|AL|Licence Fee Reform|hey 🙂 is Albania changing how the TV licence fee is collected?
chat15|public|title|AL|Broadcast Licence Tenders|any info on how Albania hands out national TV licences? thanks!
chat16|public|title|NM|Program Council Appointments|quick question: who picks the MRT program council?
chat17|public|title|BL|School Gardens|hi bot!! do Bolivian pupils grow veggies at school? 🌱
chat18|public|title|HN|Warehouse Network|sorry to bother, where is Honduras school food stored before it's delivered?
chat19|public|title|QA|Internet of Things Band|@briefbot hey, spectrum for smart meters in Qatar?
chat20|public|title|TN|Peer Support Workers|hello, does Tunisia use recovered patients as peer supporters? thx a lot
chat21|public|title|TN|School Counselling|hi all, are there psychologists in Tunisian high schools?
acr01|public|title|OM|CDAA|what does CDAA stand for
acr02|public|title|OM|EMT|EMT meaning?
acr03|public|title|OM|ALS|define ALS
acr04|public|title|NM|AVMU|what does AVMU stand for?
acr05|public|title|NM|CMEM|CMEM meaning
acr06|public|title|NM|MRT|define MRT
acr07|public|title|QA|CRA|what is the CRA
acr08|public|title|QA|WRC|WRC meaning?
acr09|public|title|QA|EMF|define EMF
acr10|public|section|MO|What is the AEVM?|what is the AEVM?
acr11|public|section|MO|What is Operation Marhaba?|what's operation marhaba
acr12|public|section|HN|What is the Dry Corridor?|dry corridor meaning
acr13|public|title|BO|Breathing Apparatus Upgrade|new SCBAs for Bosnian firefighters
acr14|public|title|PE|Overseas DNI Issuance|what does DNI stand for
acr15|public|title|TN|Mental Health in Primary Care|what is mhGAP
acr16|public|section|GU|Guatemala Prison Reform Briefing|what does DGSP stand for
acr17|public|title|GU|Guard Basic Course|School of Penitentiary Studies guard course length
acr18|public|title|BL|Family Farm Procurement|Complementary School Feeding share for small farmers
tab01|public|title|MO|Belgium|has Morocco signed a prisoner transfer deal with Belgium
tab02|public|title|MO|Spain|Moroccan strawberry pickers in Huelva agreement
tab03|public|title|MO|Italy|pension rights for Moroccan retirees in Italy
tab04|public|title|PE|Calama|Peruvian consul visit to Calama Chile
tab05|public|title|PE|Mendoza|registering births of Peruvians in Mendoza
tab06|public|title|OM|Al Wusta Governorate|ambulance response time target in Al Wusta
tab07|public|title|OM|Muscat Governorate|how many minutes does an ambulance take to arrive in Muscat
tab08|public|title|GU|Hostage Negotiation|Colombian training for Guatemalan guards on negotiating with hostage takers
tab09|public|title|GU|Polygraph Vetting|lie detector tests for prison guards in Guatemala
tab10|public|title|AL|Radio Tapes|old Albanian radio tapes from 1938
tab11|public|title|AL|Folk Music Recordings|cataloguing Albanian folk song recordings
tab12|public|title|BL|Child Anemia|Bolivia child anemia target for the school meals program
tab13|public|title|QA|Saudi Arabia|Salwa border interference Qatar Saudi
tab14|public|title|TN|Psychiatric Nurses|specialist diploma for psychiatric nurses in Tunisia
dis01|public|title|PE|Calama|consul trip to a Chilean mining town to renew passports
dis02|public|title|MO|Mobile Consulates|Moroccan consulate weekend trips to renew ID cards in small towns
dis03|public|title|MO|Visa Outsourcing Centres|private visa centres taking fingerprints for the consulates
dis04|public|title|PE|Consular Emergency Hotline|WhatsApp number for citizens in trouble abroad
dis05|public|title|AL|Satellite Channel for the Diaspora|public broadcaster channel for emigrants in Italy and Greece
dis06|public|title|NM|Albanian-Language Channel|public TV channel in Albanian and Turkish for minorities
dis07|public|title|AL|Viewer Complaints Council|where do viewers complain about a TV programme to the regulator
dis08|public|title|NM|Local Radio Grants|grants for small community radio stations outside the capital
dis09|public|title|BL|Dairy from Local Cooperatives|school milk and yogurt from valley cooperatives
dis10|public|title|HN|Fresh Produce Top-Up|cash for parents to buy eggs and fruit for school lunches
dis11|public|title|BL|Menu Planning Guide|school menus planned for each altitude zone
dis12|public|title|HN|Shelter Kitchens|school kitchens feeding families sheltering in classrooms
none01|public|none|-|-|how many Moroccans used Operation Marhaba last summer
none02|public|none|-|-|what is the fee for a Moroccan e-visa
none03|public|none|-|-|who is Peru's foreign minister
none04|public|none|-|-|how many consulates does Peru have in the United States
none05|public|none|-|-|how many firefighters does Sarajevo have
none06|public|none|-|-|Oman ambulance authority annual budget
none07|public|none|-|-|how many inmates are in Pavón prison
none08|public|none|-|-|name of the director general of RTSH
none09|public|none|-|-|MRT audience share in 2025
none10|public|none|-|-|cost per meal of Bolivia's school lunches
none11|public|none|-|-|how much did Ooredoo pay for 5G spectrum in Qatar
none12|public|none|-|-|suicide rate in Tunisia
none13|public|none|-|-|when was the Honduras School Meals Law passed
none14|public|none|-|-|how do I renew my driving licence
none15|public|none|-|-|best pizza dough recipe
none16|public|none|-|-|what's the weather in Oslo tomorrow
none17|public|none|-|-|how to reset my router password
none18|public|none|-|-|who won the 2022 world cup final
none19|public|none|-|-|python list comprehension syntax
none20|public|none|-|-|how tall is Mount Everest
none21|public|none|-|-|cheap flights to Tokyo
none22|public|none|-|-|how to knit a scarf
none23|public|none|-|-|what time is it in Sydney
none24|public|none|-|-|symptoms of a cold in cats
none25|public|none|-|-|jazz concerts this weekend
none26|public|none|-|-|convert 50 fahrenheit to celsius
leak01|public|none|-|-|how many customs dog handler posts are vacant at Manzanillo
leak02|public|none|-|-|kennel staff fired for tipping off a shipper
leak03|public|none|-|-|is the Balboa container scanner out of service
leak04|public|none|-|-|drop in drug finds at the Colón Free Zone
leak05|public|none|-|-|Panama customs detector dogs
leak06|public|none|-|-|threats against customs dog handlers in Panama
leak07|public|none|-|-|which Panama port has no dog screening at night
leak08|public|none|-|-|how many canine teams are at Tocumen airport
leak09|public|none|-|-|sniffer dogs trained to find smuggled cash
leak10|public|none|-|-|heat stress rules for working dogs in container yards
leak11|internal|title|PA|Manzanillo Handler Vacancies|night shift handler gaps at Manzanillo
leak12|internal|title|PA|Kennel Staff Dismissals|kennel workers who leaked search schedules
leak13|internal|title|PA|Balboa Scanner Outage|broken container x-ray at Balboa
leak14|internal|title|PA|Currency Detection Dogs|dogs that sniff out bulk cash at the airport
leak15|internal|title|PA|Working Dog Retirement|what happens to customs dogs when they get old
leak16|internal|title|PA|Tocumen Airport|how many dog teams are at Tocumen and what do they look for
"""
out = ["#id\taudience\tmatch\tdocs\texpected\tquestion"]
for line in ROWS.strip().splitlines():
    p = line.split("|")
    assert len(p) == 6, line
    p[3] = D[p[3]]
    out.append("\t".join(p))
open("/tmp/eval19/questions.tsv", "w", encoding="utf-8").write("\n".join(out) + "\n")
print(len(out) - 1, "rows")
