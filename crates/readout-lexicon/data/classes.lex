# Word classes for verb patterns (see docs/lexicon.md): `NAME | member`, one member per line. A pattern in
# verbs.lex writes `@NAME` (or `[@NAME]` when the class may be absent) and stands for one pattern per member.
# Members are pattern words: `a/b` choices and `[optional]` words. Written for readout.

# Arms and military equipment, as objects of supplying, promising and receiving.
weapons | weapons
weapons | arms
weapons | [heavy] weaponry
weapons | military aid
weapons | military assistance
weapons | military equipment
weapons | military hardware
weapons | lethal aid
weapons | tanks
weapons | battle tanks
weapons | armoured/armored vehicles
weapons | armoured/armored personnel carriers
weapons | fighting vehicles
weapons | fighter jets
weapons | fighter planes
weapons | fighter aircraft
weapons | warplanes
weapons | combat aircraft
weapons | military aircraft
weapons | jets
weapons | F-16s
weapons | F-16 fighter jets
weapons | helicopters
weapons | military helicopters
weapons | attack helicopters
weapons | drones
weapons | military drones
weapons | attack drones
weapons | missiles
weapons | cruise missiles
weapons | ballistic missiles
weapons | anti-tank missiles
weapons | anti-aircraft missiles
weapons | air defence/defense systems
weapons | air defences/defenses
weapons | air-defence/air-defense systems
weapons | missile defence/defense systems
weapons | Patriot missiles
weapons | Patriot batteries
weapons | Patriot systems
weapons | artillery
weapons | artillery shells
weapons | shells
weapons | ammunition
weapons | munitions
weapons | cluster munitions
weapons | howitzers
weapons | rocket launchers
weapons | rocket systems
weapons | rifles
weapons | small arms
weapons | guns
weapons | warships
weapons | patrol boats
weapons | submarines
weapons | frigates
weapons | military vehicles
weapons | military supplies

# Loans, grants and money, as objects of economic aid.
economic_aid | [economic] aid
economic_aid | economic assistance
economic_aid | financial aid
economic_aid | financial assistance
economic_aid | financial support
economic_aid | budget support
economic_aid | development aid
economic_aid | development assistance
economic_aid | [a] loan
economic_aid | loans
economic_aid | [a] yen loan
economic_aid | [a] soft loan
economic_aid | [a] credit line
economic_aid | [a] line of credit
economic_aid | credit
economic_aid | [a] grant
economic_aid | grants
economic_aid | [a] bailout
economic_aid | [a] rescue package
economic_aid | [an] aid package
economic_aid | [a] financing package
economic_aid | funding
economic_aid | funds
economic_aid | debt relief

# Relief for people in need, as objects of humanitarian aid.
humanitarian_aid | humanitarian aid
humanitarian_aid | humanitarian assistance
humanitarian_aid | humanitarian supplies
humanitarian_aid | relief
humanitarian_aid | relief supplies
humanitarian_aid | relief aid
humanitarian_aid | emergency aid
humanitarian_aid | emergency assistance
humanitarian_aid | emergency relief
humanitarian_aid | food aid
humanitarian_aid | food
humanitarian_aid | food assistance
humanitarian_aid | medical supplies
humanitarian_aid | medicine
humanitarian_aid | medicines
humanitarian_aid | vaccines
humanitarian_aid | vaccine doses
humanitarian_aid | doses of vaccine
humanitarian_aid | tents
humanitarian_aid | blankets
humanitarian_aid | rescue teams
humanitarian_aid | rescuers
humanitarian_aid | aid workers

# People an assault is done to, as objects of beating and of riot-control weapons.
victims | protesters
victims | demonstrators
victims | opposition supporters
victims | supporters
victims | journalists
victims | reporters
victims | activists
victims | students
victims | detainees
victims | prisoners
victims | villagers
victims | civilians
victims | farmers
victims | worshippers
victims | migrants
victims | refugees
victims | women
victims | children
victims | residents
victims | crowds
victims | [the] crowd
victims | mourners
victims | marchers
victims | monks

# Weapons of crowd control.
riot_weapons | tear gas
riot_weapons | tear-gas
riot_weapons | stun grenades
riot_weapons | rubber bullets
riot_weapons | plastic bullets
riot_weapons | water cannon
riot_weapons | water cannons
riot_weapons | pepper spray
riot_weapons | batons
riot_weapons | sound grenades
riot_weapons | flash-bang grenades
