# agents-probe.lex — role nouns the actor probes (eval/probes/probe-actors.jsonl) found missing.
# Written for readout; format as agents.lex: `phrase | SECTOR` with optional `plural=X` or `noplural`.
#
# Religious and ethnic communities are the civilians of the country named with them (CVL), the convention of
# the existing probes ("Yazidis and Christians" -> IRQCVL): only the plural nouns are listed, so adjectives
# ("Muslim countries", "Christian Democrats") and names ("Christian", "Muslim") are not read as actors.

# ---------------------------------------------------------------- workers (LAB)
truck driver | LAB
lorry driver | LAB
trucker | LAB
truckers' union | LAB | plural=truckers' unions
taxi driver | LAB
bus driver | LAB
delivery worker | LAB
dockworker | LAB
port worker | LAB
oil worker | LAB
civil service union | LAB
air traffic controller | LAB

# ---------------------------------------------------------------- business (BUS)
carmaker | BUS
automaker | BUS

# ---------------------------------------------------------------- government (GOV)
military ruler | GOV
special rapporteur | GOV

# ---------------------------------------------------------------- military (MIL)
mutineer | MIL
mutinous soldier | MIL

# ---------------------------------------------------------------- police (COP): the station stands for its officers
police station | COP
police post | COP

# ---------------------------------------------------------------- opposition (OPP)
exiles | OPP | noplural
exile group | OPP

# ---------------------------------------------------------------- civilians (CVL)
concertgoer | CVL
netizen | CVL
POW | CVL
comedian | CVL
Kurds | CVL | noplural
Muslims | CVL | noplural
Christians | CVL | noplural
Hindus | CVL | noplural
Sikhs | CVL | noplural
Jews | CVL | noplural
Buddhists | CVL | noplural
Shiites | CVL | noplural
Sunnis | CVL | noplural
Alawites | CVL | noplural
Druze | CVL | noplural
Copts | CVL | noplural
Ahmadis | CVL | noplural

# ---------------------------------------------------------------- legislature (LEG)
House speaker | LEG
speaker of the House | LEG | plural=speakers of the House
