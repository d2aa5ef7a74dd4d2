# agents.lex — role nouns and phrases mapped to sector codes (see docs/lexicon.md).
# `phrase | SECTOR` with optional `plural=X` (irregular plural) or `noplural` (no plural form).
# Agents compose with countries and actors: "Chinese Foreign Ministry" -> CHNGOV, "Russian troops" -> RUSMIL.
# Longer phrases win over shorter ones, so compounds such as "attorney general", "police officer",
# "opposition leader" or "fighter jet" are listed to keep their head word from taking over.

# ---------------------------------------------------------------- government / executive (GOV)
government | GOV
national government | GOV
federal government | GOV
central government | GOV
regional government | GOV
provincial government | GOV
state government | GOV
local government | GOV
municipal government | GOV
interim government | GOV
transitional government | GOV
caretaker government | GOV
administration | GOV
cabinet | GOV
leadership | GOV | noplural
regime | GOV
junta | GOV
military junta | GOV
military government | GOV
authority | GOV | plural=authorities
local authority | GOV | plural=local authorities
state council | GOV
politburo | GOV
presidency | GOV
presidential administration | GOV
presidential office | GOV
presidential palace | GOV
president's office | GOV | plural=presidents' offices
prime minister's office | GOV | plural=prime ministers' offices
national security council | GOV
ministry | GOV | plural=ministries
government ministry | GOV | plural=government ministries
government agency | GOV | plural=government agencies
government department | GOV
state agency | GOV | plural=state agencies
federal agency | GOV | plural=federal agencies
regulator | GOV
bureaucracy | GOV | noplural
bureaucrat | GOV
civil servant | GOV
foreign ministry | GOV | plural=foreign ministries
ministry of foreign affairs | GOV | plural=ministries of foreign affairs
foreign office | GOV
department of state | GOV | noplural
foreign affairs ministry | GOV | plural=foreign affairs ministries
defence ministry | GOV | plural=defence ministries
defense ministry | GOV | plural=defense ministries
ministry of defence | GOV | plural=ministries of defence
ministry of defense | GOV | plural=ministries of defense
defense department | GOV
defence department | GOV
department of defense | GOV | plural=departments of defense
interior ministry | GOV | plural=interior ministries
ministry of interior | GOV | plural=ministries of interior
ministry of the interior | GOV | plural=ministries of the interior
interior department | GOV
home ministry | GOV | plural=home ministries
ministry of home affairs | GOV | plural=ministries of home affairs
ministry of internal affairs | GOV | plural=ministries of internal affairs
home office | GOV
homeland security department | GOV
department of homeland security | GOV | noplural
finance ministry | GOV | plural=finance ministries
ministry of finance | GOV | plural=ministries of finance
treasury | GOV | plural=treasuries
treasury department | GOV
economy ministry | GOV | plural=economy ministries
ministry of economy | GOV | plural=ministries of economy
trade ministry | GOV | plural=trade ministries
ministry of trade | GOV | plural=ministries of trade
commerce ministry | GOV | plural=commerce ministries
ministry of commerce | GOV | plural=ministries of commerce
commerce department | GOV
justice ministry | GOV | plural=justice ministries
ministry of justice | GOV | plural=ministries of justice
justice department | GOV
department of justice | GOV | plural=departments of justice
energy ministry | GOV | plural=energy ministries
ministry of energy | GOV | plural=ministries of energy
energy department | GOV
oil ministry | GOV | plural=oil ministries
ministry of oil | GOV | plural=ministries of oil
labour ministry | GOV | plural=labour ministries
labor ministry | GOV | plural=labor ministries
ministry of labour | GOV | plural=ministries of labour
ministry of labor | GOV | plural=ministries of labor
environment ministry | GOV | plural=environment ministries
ministry of environment | GOV | plural=ministries of environment
information ministry | GOV | plural=information ministries
ministry of information | GOV | plural=ministries of information
transport ministry | GOV | plural=transport ministries
emergencies ministry | GOV | plural=emergencies ministries
ministry of emergency situations | GOV | plural=ministries of emergency situations
president | GOV
vice president | GOV
vice-president | GOV
president-elect | GOV | plural=presidents-elect
prime minister | GOV
deputy prime minister | GOV
premier | GOV
vice premier | GOV
chancellor | GOV
head of state | GOV | plural=heads of state
head of government | GOV | plural=heads of government
leader | GOV
world leader | GOV
ruler | GOV
dictator | GOV
strongman | GOV | plural=strongmen
king | GOV
queen | GOV
monarch | GOV | plural=monarchs
monarchy | GOV | plural=monarchies
emperor | GOV
crown prince | GOV
sultan | GOV
emir | GOV
regent | GOV
minister | GOV
deputy minister | GOV
cabinet minister | GOV
government minister | GOV
junior minister | GOV
minister of state | GOV | plural=ministers of state
state secretary | GOV | plural=state secretaries
foreign minister | GOV
deputy foreign minister | GOV
minister of foreign affairs | GOV | plural=ministers of foreign affairs
foreign secretary | GOV | plural=foreign secretaries
secretary of state | GOV | plural=secretaries of state
deputy secretary of state | GOV | plural=deputy secretaries of state
defence minister | GOV
defense minister | GOV
minister of defence | GOV | plural=ministers of defence
minister of defense | GOV | plural=ministers of defense
defence secretary | GOV | plural=defence secretaries
defense secretary | GOV | plural=defense secretaries
secretary of defense | GOV | plural=secretaries of defense
interior minister | GOV
minister of the interior | GOV | plural=ministers of the interior
minister of interior | GOV | plural=ministers of interior
home minister | GOV
home secretary | GOV | plural=home secretaries
interior secretary | GOV | plural=interior secretaries
finance minister | GOV
minister of finance | GOV | plural=ministers of finance
treasury secretary | GOV | plural=treasury secretaries
chancellor of the exchequer | GOV | plural=chancellors of the exchequer
economy minister | GOV
trade minister | GOV
commerce minister | GOV
trade secretary | GOV | plural=trade secretaries
commerce secretary | GOV | plural=commerce secretaries
trade representative | GOV
justice minister | GOV
minister of justice | GOV | plural=ministers of justice
energy minister | GOV
energy secretary | GOV | plural=energy secretaries
oil minister | GOV
labour minister | GOV
labor minister | GOV
environment minister | GOV
information minister | GOV
undersecretary | GOV | plural=undersecretaries
under secretary | GOV | plural=under secretaries
assistant secretary | GOV | plural=assistant secretaries
chief of staff | GOV | plural=chiefs of staff
national security adviser | GOV
national security advisor | GOV
adviser | GOV
advisor | GOV
presidential adviser | GOV
official | GOV
government official | GOV
senior official | GOV
top official | GOV
state official | GOV
ministry official | GOV
embassy official | GOV
election official | GOV
spokesman | GOV | plural=spokesmen
spokeswoman | GOV | plural=spokeswomen
spokesperson | GOV | plural=spokespeople
government spokesman | GOV | plural=government spokesmen
government spokeswoman | GOV | plural=government spokeswomen
government spokesperson | GOV | plural=government spokespeople
presidential spokesman | GOV | plural=presidential spokesmen
foreign ministry spokesman | GOV | plural=foreign ministry spokesmen
foreign ministry spokeswoman | GOV | plural=foreign ministry spokeswomen
foreign ministry spokesperson | GOV | plural=foreign ministry spokespeople
diplomat | GOV
senior diplomat | GOV
top diplomat | GOV
ambassador | GOV
envoy | GOV | plural=envoys
# "his Jordanian counterpart": the opposite number of an official, named by the state he serves.
counterpart | GOV
special envoy | GOV | plural=special envoys
emissary | GOV | plural=emissaries
embassy | GOV | plural=embassies
consulate | GOV
consul | GOV
consul general | GOV | plural=consuls general
charge d'affaires | GOV | plural=charges d'affaires
high commission | GOV
high commissioner | GOV
diplomatic mission | GOV
delegation | GOV
negotiator | GOV
commissioner | GOV
secretary-general | GOV | plural=secretaries-general
secretary general | GOV | plural=secretaries general
director general | GOV | plural=directors general
director-general | GOV | plural=directors-general
inspector general | GOV | plural=inspectors general
governor general | GOV | plural=governors general
governor | GOV
deputy governor | GOV
mayor | GOV
deputy mayor | GOV
city hall | GOV
city council | GOV
municipality | GOV | plural=municipalities
chief minister | GOV
ombudsman | GOV | plural=ombudsmen
customs | GOV | noplural
customs officer | GOV
customs official | GOV
immigration official | GOV
immigration authorities | GOV | noplural
tax authorities | GOV | noplural
election commission | GOV
electoral commission | GOV
electoral authorities | GOV | noplural
central bank | GOV
ruling party | GOV | plural=ruling parties
governing party | GOV | plural=governing parties
ruling coalition | GOV
governing coalition | GOV

# ---------------------------------------------------------------- military (MIL)
military | MIL | plural=militaries
army | MIL | plural=armies
national army | MIL | plural=national armies
troops | MIL | noplural
peacekeeping troops | MIL | noplural
soldier | MIL
armed forces | MIL | noplural
forces | MIL | noplural
government forces | MIL | noplural
pro-government forces | MIL | noplural
coalition forces | MIL | noplural
occupation forces | MIL | noplural
ground forces | MIL | noplural
land forces | MIL | noplural
naval forces | MIL | noplural
defence forces | MIL | noplural
defense forces | MIL | noplural
air defence forces | MIL | noplural
air defense forces | MIL | noplural
special forces | MIL | noplural
navy | MIL | plural=navies
air force | MIL
marine | MIL
marine corps | MIL | noplural
national guard | MIL
presidential guard | MIL
border guard | MIL
coast guard | MIL
military police | MIL | noplural
general | MIL
brigadier general | MIL
major general | MIL
lieutenant general | MIL
general staff | MIL | noplural
chief of general staff | MIL | plural=chiefs of general staff
chief of the general staff | MIL | plural=chiefs of the general staff
chief of defence staff | MIL | plural=chiefs of defence staff
chief of defense staff | MIL | plural=chiefs of defense staff
army chief of staff | MIL | plural=army chiefs of staff
joint chiefs of staff | MIL | noplural
joint chiefs | MIL | noplural
army chief | MIL
military chief | MIL
defence chief | MIL
defense chief | MIL
admiral | MIL
field marshal | MIL
colonel | MIL
lieutenant colonel | MIL
lieutenant | MIL
brigadier | MIL
sergeant | MIL
commander | MIL
military commander | MIL
army commander | MIL
deputy commander | MIL
officer | MIL
military officer | MIL
army officer | MIL
naval officer | MIL
military official | MIL
defence official | MIL
defense official | MIL
military spokesman | MIL | plural=military spokesmen
army spokesman | MIL | plural=army spokesmen
military attache | MIL
serviceman | MIL | plural=servicemen
servicewoman | MIL | plural=servicewomen
service member | MIL
sailor | MIL
airman | MIL | plural=airmen
infantryman | MIL | plural=infantrymen
infantry | MIL | noplural
paratrooper | MIL
commando | MIL | plural=commandos
sniper | MIL
reservist | MIL
conscript | MIL
guardsman | MIL | plural=guardsmen
peacekeeper | MIL
peacekeeping force | MIL
battalion | MIL
brigade | MIL
regiment | MIL
platoon | MIL
garrison | MIL
artillery | MIL | noplural
warplane | MIL
fighter jet | MIL
jet fighter | MIL
strategic bomber | MIL
military aircraft | MIL | noplural
helicopter gunship | MIL
gunship | MIL
military helicopter | MIL
drone | MIL
warship | MIL
naval vessel | MIL
frigate | MIL
submarine | MIL
aircraft carrier | MIL
gunboat | MIL
tank | MIL

# ---------------------------------------------------------------- police (COP)
police | COP | noplural
policeman | COP | plural=policemen
policewoman | COP | plural=policewomen
police officer | COP
police force | COP
police chief | COP
police commissioner | COP
police official | COP
police spokesman | COP | plural=police spokesmen
riot police | COP | noplural
traffic police | COP | noplural
border police | COP | noplural
federal police | COP | noplural
national police | COP | noplural
secret police | COP | noplural
security forces | COP | noplural
security personnel | COP | noplural
security official | COP
gendarmerie | COP | plural=gendarmeries
gendarme | COP
law enforcement | COP | noplural
law enforcement officer | COP
law enforcement agency | COP | plural=law enforcement agencies
public security ministry | COP | plural=public security ministries
ministry of public security | COP | plural=ministries of public security
public security bureau | COP | plural=public security bureaus
sheriff | COP
state trooper | COP
constable | COP
detective | COP
investigator | COP
prison guard | COP
prison official | COP
jailer | COP

# ---------------------------------------------------------------- intelligence (SPY)
intelligence | SPY | noplural
intelligence agency | SPY | plural=intelligence agencies
intelligence service | SPY
intelligence community | SPY | plural=intelligence communities
intelligence official | SPY
intelligence officer | SPY
intelligence chief | SPY
military intelligence | SPY | noplural
spy agency | SPY | plural=spy agencies
spy chief | SPY
spymaster | SPY
spy | SPY | plural=spies
secret agent | SPY
secret service | SPY
security service | SPY
state security | SPY | noplural
ministry of state security | SPY | plural=ministries of state security
state security ministry | SPY | plural=state security ministries
intelligence ministry | SPY | plural=intelligence ministries
ministry of intelligence | SPY | plural=ministries of intelligence

# ---------------------------------------------------------------- judiciary (JUD)
court | JUD
supreme court | JUD
constitutional court | JUD
high court | JUD
appeals court | JUD
appeal court | JUD
court of appeals | JUD | plural=courts of appeals
court of appeal | JUD | plural=courts of appeal
federal court | JUD
district court | JUD
criminal court | JUD
military court | JUD
court official | JUD
tribunal | JUD
judiciary | JUD | plural=judiciaries
judicial authorities | JUD | noplural
judge | JUD
chief justice | JUD
magistrate | JUD
jury | JUD | plural=juries
juror | JUD
prosecutor | JUD
public prosecutor | JUD
state prosecutor | JUD
chief prosecutor | JUD
deputy prosecutor | JUD
prosecutor general | JUD | plural=prosecutors general
prosecutor-general | JUD | plural=prosecutors-general
prosecutor's office | JUD | plural=prosecutors' offices
prosecution | JUD | noplural
attorney general | JUD | plural=attorneys general
solicitor general | JUD | plural=solicitors general
attorney | JUD | plural=attorneys
lawyer | JUD
defence lawyer | JUD
defense lawyer | JUD
defense attorney | JUD | plural=defense attorneys
public defender | JUD

# ---------------------------------------------------------------- legislature (LEG)
parliament | LEG
legislature | LEG
congress | LEG | plural=congresses
senate | LEG
national assembly | LEG | plural=national assemblies
legislative assembly | LEG | plural=legislative assemblies
assembly | LEG | plural=assemblies
lower house | LEG
upper house | LEG
house of representatives | LEG | plural=houses of representatives
parliamentary committee | LEG
senate committee | LEG
congressional committee | LEG
lawmaker | LEG
legislator | LEG
parliamentarian | LEG
member of parliament | LEG | plural=members of parliament
MP | LEG | plural=MPs
deputy | LEG | plural=deputies
senator | LEG
congressman | LEG | plural=congressmen
congresswoman | LEG | plural=congresswomen
speaker of parliament | LEG | plural=speakers of parliament
parliament speaker | LEG
parliamentary speaker | LEG
deputy speaker | LEG

# ---------------------------------------------------------------- political parties (PTY)
party | PTY | plural=parties
political party | PTY | plural=political parties
party leader | PTY
party official | PTY
party member | PTY
party chairman | PTY | plural=party chairmen
party activist | PTY
politician | PTY
candidate | PTY
presidential candidate | PTY

# ---------------------------------------------------------------- opposition (OPP)
opposition | OPP | noplural
opposition leader | OPP
opposition party | OPP | plural=opposition parties
opposition figure | OPP
opposition politician | OPP
opposition lawmaker | OPP
opposition activist | OPP
opposition group | OPP
opposition supporter | OPP
opposition coalition | OPP
opposition official | OPP
opposition spokesman | OPP | plural=opposition spokesmen
dissident | OPP
political prisoner | OPP
pro-democracy activist | OPP
pro-democracy group | OPP
activist | OPP
protester | OPP
protestor | OPP
demonstrator | OPP
marcher | OPP
rioter | OPP

# ---------------------------------------------------------------- moderates and radicals (MOD, RAD)
reformist | MOD
reformer | MOD
hardliner | RAD
hard-liner | RAD
extremist | RAD

# ---------------------------------------------------------------- rebels, insurgents, separatists (REB, INS, SEP)
rebel | REB
rebel group | REB
rebel leader | REB
rebel commander | REB
rebel fighter | REB
rebel official | REB
rebel spokesman | REB | plural=rebel spokesmen
rebel force | REB
militant | REB
Islamist militant | REB
militant group | REB
guerrilla | REB
guerilla | REB
jihadist | REB
jihadi | REB
fighter | REB
foreign fighter | REB
freedom fighter | REB
terrorist | REB
terrorist group | REB
terror group | REB
insurgent | INS
insurgent group | INS
insurgency | INS | plural=insurgencies
separatist | SEP
separatist rebel | SEP
separatist group | SEP
separatist leader | SEP
secessionist | SEP

# ---------------------------------------------------------------- unaffiliated armed forces (UAF)
gunman | UAF | plural=gunmen
armed man | UAF | plural=armed men
armed group | UAF
militia | UAF
militiaman | UAF | plural=militiamen
militia leader | UAF
militia commander | UAF
paramilitary | UAF | plural=paramilitaries
mercenary | UAF | plural=mercenaries
private military contractor | UAF
death squad | UAF
vigilante | UAF
warlord | UAF
assailant | UAF
attacker | UAF
suicide bomber | UAF
assassin | UAF
hijacker | UAF

# ---------------------------------------------------------------- labour (LAB)
worker | LAB
factory worker | LAB
migrant worker | LAB
employee | LAB
labourer | LAB
laborer | LAB
miner | LAB
dock worker | LAB
docker | LAB
steelworker | LAB
railway worker | LAB
striker | LAB
striking worker | LAB
union | LAB
trade union | LAB
labour union | LAB
labor union | LAB
union leader | LAB
union official | LAB
unionist | LAB
workforce | LAB | noplural

# ---------------------------------------------------------------- refugees (REF) and migrants (IMG)
refugee | REF
asylum seeker | REF
asylum-seeker | REF
displaced person | REF | plural=displaced people
displaced persons | REF | noplural
internally displaced person | REF | plural=internally displaced people
internally displaced persons | REF | noplural
IDP | REF | plural=IDPs
evacuee | REF
returnee | REF
boat people | REF | noplural
stateless person | REF | plural=stateless people
migrant | IMG
immigrant | IMG
emigrant | IMG
illegal immigrant | IMG
illegal migrant | IMG
undocumented immigrant | IMG
undocumented migrant | IMG
economic migrant | IMG
guest worker | IMG

# ---------------------------------------------------------------- media (MED)
media | MED | noplural
state media | MED | noplural
state-run media | MED | noplural
state-owned media | MED | noplural
state-controlled media | MED | noplural
official media | MED | noplural
news media | MED | noplural
news agency | MED | plural=news agencies
state news agency | MED | plural=state news agencies
official news agency | MED | plural=official news agencies
press agency | MED | plural=press agencies
wire service | MED
newspaper | MED
state newspaper | MED
official newspaper | MED
magazine | MED
tabloid | MED
journalist | MED
reporter | MED
correspondent | MED
editor | MED
columnist | MED
commentator | MED
blogger | MED
photographer | MED
photojournalist | MED
cameraman | MED | plural=cameramen
publisher | MED
broadcaster | MED
state broadcaster | MED
public broadcaster | MED
national broadcaster | MED
television | MED | noplural
state television | MED | noplural
state-run television | MED | noplural
national television | MED | noplural
state TV | MED | noplural
state-run TV | MED | noplural
television station | MED
television channel | MED
TV station | MED
TV channel | MED
news channel | MED
radio station | MED
state radio | MED | noplural
media outlet | MED
news outlet | MED
news organization | MED
news organisation | MED
media organization | MED
media organisation | MED
news website | MED

# ---------------------------------------------------------------- business (BUS)
company | BUS | plural=companies
firm | BUS
corporation | BUS
conglomerate | BUS
multinational | BUS
state-owned company | BUS | plural=state-owned companies
state-owned enterprise | BUS
state firm | BUS
oil company | BUS | plural=oil companies
energy company | BUS | plural=energy companies
shipping company | BUS | plural=shipping companies
airline | BUS
bank | BUS
lender | BUS
brewer | BUS
pharmaceutical executive | BUS
oil executive | BUS
bank executive | BUS
tech executive | BUS
senior executive | BUS
drugmaker | BUS
steelmaker | BUS
food group | BUS
mining group | BUS
oil major | BUS
tech giant | BUS
insurer | BUS
creditor | BUS
hedge fund | BUS
investor | BUS
shareholder | BUS
bondholder | BUS
banker | BUS
financier | BUS
businessman | BUS | plural=businessmen
businesswoman | BUS | plural=businesswomen
business leader | BUS
business executive | BUS
business group | BUS
chief executive | BUS
chief executive officer | BUS
CEO | BUS | plural=CEOs
company official | BUS
company spokesman | BUS | plural=company spokesmen
entrepreneur | BUS
trader | BUS
merchant | BUS
shopkeeper | BUS
retailer | BUS
manufacturer | BUS
exporter | BUS
importer | BUS
supplier | BUS
contractor | BUS
defence contractor | BUS
defense contractor | BUS
employer | BUS
chamber of commerce | BUS | plural=chambers of commerce
startup | BUS

# ---------------------------------------------------------------- elites (ELI)
tycoon | ELI
oligarch | ELI | plural=oligarchs
magnate | ELI
billionaire | ELI
aristocrat | ELI
nobleman | ELI | plural=noblemen
royal family | ELI | plural=royal families
prince | ELI
princess | ELI | plural=princesses
elite | ELI
dignitary | ELI | plural=dignitaries
celebrity | ELI | plural=celebrities
former president | ELI
former prime minister | ELI
former minister | ELI
former leader | ELI
former official | ELI
elder | ELI
village elder | ELI
tribal elder | ELI
clan elder | ELI
tribal leader | ELI
tribal chief | ELI
traditional leader | ELI
chieftain | ELI
community leader | ELI

# ---------------------------------------------------------------- NGOs (NGO), human rights (HRI), environment (ENV), development (DEV)
NGO | NGO | plural=NGOs
non-governmental organization | NGO
non-governmental organisation | NGO
nongovernmental organization | NGO
nongovernmental organisation | NGO
aid group | NGO
aid agency | NGO | plural=aid agencies
aid organization | NGO
aid organisation | NGO
aid worker | NGO
relief agency | NGO | plural=relief agencies
relief organization | NGO
relief organisation | NGO
relief worker | NGO
humanitarian organization | NGO
humanitarian organisation | NGO
humanitarian group | NGO
humanitarian agency | NGO | plural=humanitarian agencies
humanitarian worker | NGO
charity | NGO | plural=charities
medical charity | NGO | plural=medical charities
civil society | NGO | noplural
civil society group | NGO
civil society organization | NGO
civil society organisation | NGO
advocacy group | NGO
campaign group | NGO
pressure group | NGO
think tank | NGO
human rights group | HRI
human rights organization | HRI
human rights organisation | HRI
human rights activist | HRI
human rights defender | HRI
human rights lawyer | HRI
human rights watchdog | HRI
rights group | HRI
rights activist | HRI
rights watchdog | HRI
rights campaigner | HRI
environmental group | ENV
environmental organization | ENV
environmental organisation | ENV
environmental activist | ENV
environmentalist | ENV
green group | ENV
conservation group | ENV
conservationist | ENV
climate activist | ENV
climate campaigner | ENV
development agency | DEV | plural=development agencies
development organization | DEV
development organisation | DEV
development bank | DEV
aid donor | DEV
donor | DEV

# ---------------------------------------------------------------- religion (REL)
cleric | REL
Muslim cleric | REL
Shiite cleric | REL
Shia cleric | REL
Sunni cleric | REL
clergy | REL | noplural
clergyman | REL | plural=clergymen
religious leader | REL
religious authorities | REL | noplural
religious group | REL
religious scholar | REL
Islamic scholar | REL
ulema | REL | noplural
priest | REL
imam | REL
mullah | REL
ayatollah | REL
grand ayatollah | REL
mufti | REL
grand mufti | REL
bishop | REL
archbishop | REL
cardinal | REL
pope | REL
patriarch | REL | plural=patriarchs
pastor | REL
preacher | REL
missionary | REL | plural=missionaries
rabbi | REL
chief rabbi | REL
monk | REL
Buddhist monk | REL
nun | REL
lama | REL
church | REL | plural=churches
mosque | REL
worshipper | REL
worshiper | REL
pilgrim | REL

# ---------------------------------------------------------------- education (EDU)
student | EDU
university student | EDU
student leader | EDU
student union | EDU
student group | EDU
pupil | EDU
schoolchild | EDU | plural=schoolchildren
schoolboy | EDU | plural=schoolboys
schoolgirl | EDU
teacher | EDU
teachers' union | EDU | plural=teachers' unions
headmaster | EDU
headteacher | EDU
school principal | EDU
professor | EDU
lecturer | EDU
academic | EDU
scholar | EDU
researcher | EDU
scientist | EDU
university | EDU | plural=universities
college | EDU
school | EDU
school official | EDU
academy | EDU | plural=academies
research institute | EDU
education ministry | EDU | plural=education ministries
ministry of education | EDU | plural=ministries of education
education minister | EDU
minister of education | EDU | plural=ministers of education
education secretary | EDU | plural=education secretaries

# ---------------------------------------------------------------- health (HLH)
doctor | HLH
physician | HLH
surgeon | HLH
nurse | HLH
medic | HLH
paramedic | HLH
midwife | HLH | plural=midwives
pharmacist | HLH
epidemiologist | HLH
health worker | HLH
healthcare worker | HLH
medical worker | HLH
medical staff | HLH | noplural
medical team | HLH
hospital | HLH
hospital official | HLH
clinic | HLH
health official | HLH
public health official | HLH
health authorities | HLH | noplural
health service | HLH
health department | HLH
department of health | HLH | plural=departments of health
health ministry | HLH | plural=health ministries
ministry of health | HLH | plural=ministries of health
health minister | HLH
minister of health | HLH | plural=ministers of health
health secretary | HLH | plural=health secretaries
surgeon general | HLH | plural=surgeons general

# ---------------------------------------------------------------- civilians (CVL)
civilian | CVL
non-combatant | CVL
people | CVL | noplural
person | CVL | plural=persons
population | CVL | noplural
populace | CVL | noplural
resident | CVL
local resident | CVL
inhabitant | CVL
villager | CVL
townspeople | CVL | noplural
citizen | CVL
man | CVL | plural=men
woman | CVL | plural=women
child | CVL | plural=children
boy | CVL | plural=boys
girl | CVL
youth | CVL | plural=youths
teenager | CVL
family | CVL | plural=families
crowd | CVL
mob | CVL
passer-by | CVL | plural=passers-by
bystander | CVL
pedestrian | CVL
passenger | CVL
motorist | CVL
shopper | CVL
tourist | CVL
voter | CVL
taxpayer | CVL
pensioner | CVL
retiree | CVL
victim | CVL
survivor | CVL
mourner | CVL
witness | CVL | plural=witnesses
eyewitness | CVL | plural=eyewitnesses
hostage | CVL
captive | CVL
detainee | CVL
prisoner | CVL
inmate | CVL
tribesman | CVL | plural=tribesmen

# ---------------------------------------------------------------- agriculture (AGR)
farmer | AGR
peasant | AGR
grower | AGR
rancher | AGR
herder | AGR
herdsman | AGR | plural=herdsmen
pastoralist | AGR
nomad | AGR
fisherman | AGR | plural=fishermen
farmworker | AGR
farm worker | AGR
agricultural worker | AGR
farm union | AGR
farmers' union | AGR | plural=farmers' unions
agriculture ministry | AGR | plural=agriculture ministries
ministry of agriculture | AGR | plural=ministries of agriculture
agriculture minister | AGR
minister of agriculture | AGR | plural=ministers of agriculture

# ---------------------------------------------------------------- criminals (CRM)
criminal | CRM
criminal gang | CRM
criminal group | CRM
organised crime group | CRM
organized crime group | CRM
gang | CRM
gang member | CRM
gang leader | CRM
gangster | CRM
mafia | CRM | plural=mafias
mobster | CRM
drug cartel | CRM
drug gang | CRM
drug lord | CRM
drug trafficker | CRM
drug dealer | CRM
drug smuggler | CRM
smuggler | CRM
people smuggler | CRM
human trafficker | CRM
trafficker | CRM
arms dealer | CRM
pirate | CRM
bandit | CRM
robber | CRM
thief | CRM | plural=thieves
looter | CRM
kidnapper | CRM
abductor | CRM
killer | CRM
murderer | CRM
poacher | CRM
fraudster | CRM
hacker | CRM
fugitive | CRM

# ---------------------------------------------------------------- settlers (SET)
settler | SET
Jewish settler | SET
settler group | SET
settler leader | SET
colonist | SET

# ---------------------------------------------------------------- compounds guarding head words
elite troops | MIL | noplural
elite forces | MIL | noplural
fighter plane | MIL
fighter aircraft | MIL | noplural
military adviser | MIL
military advisor | MIL
electoral college | GOV
company executive | BUS
# Aircraft that act for an armed force ("Israeli helicopters shelled …")
helicopter | MIL
attack helicopter | MIL
helicopter gunship | MIL
jet | MIL
# Union federations named "congress" ("the Nigeria Labour Congress", "the Trades Union Congress").
labour congress | LAB
labor congress | LAB
trades union congress | LAB
trade union congress | LAB
# "Tigray's regional forces": a region's own armed forces, fighting the federal army.
regional forces | REB | noplural
