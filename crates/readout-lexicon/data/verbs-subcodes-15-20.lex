# Sub-code patterns for CAMEO roots 15-20 (exhibit force .. mass violence).
# Written for readout after the sub-code probe eval/probes/probe-subcodes-15-20.jsonl: the event and root were
# usually found, but a shorter, more general pattern gave the root or a sibling sub-code (174 "order _ to leave
# the country" for peacekeepers and inspectors, 1722 "ban the opposition" for banned opposition protests, 128
# "violate" for a violated ceasefire, 0873 "disband" for a dissolved party). Each line here is a longer, more
# specific phrase family that wins over the general one. Format as in docs/lexicon.md.

# 150 Demonstrate military or police power
150 | verb | fly [a] show-of-force mission/missions/flight/flights
150 | verb | conduct/stage [a] show-of-force mission/missions/flight/flights/drills/exercise/exercises
150 | verb | carry out [a] show-of-force mission/missions/flight/flights/drills/exercise/exercises

# 153 Mobilize or increase police power
153 | verb | deploy [thousands/hundreds] [of] riot police
153 | verb | deploy [thousands/hundreds] [of] riot police/policemen/gendarmes/troopers across/around/in/on/to _
153 | verb | order [hundreds/thousands] [of] [state] troopers/gendarmes/policemen/police/officers into/to _
153 | verb | send [hundreds/thousands] [of] [state] troopers/gendarmes/policemen into/to _

# 154 Mobilize or increase armed forces
154 | verb | order [a/the] [partial/general/full] mobilization/mobilisation of
154 | verb | announce [a/the] [partial/general/full] mobilization/mobilisation of
154 | verb | send troop reinforcements to _
154 | verb | send [military/army] reinforcements to _
154 | verb | move [thousands/hundreds] [of] troops and tanks into _

# 160 Reduce relations, not specified below
160 | verb | freeze/halt/suspend [all] cooperation with _
160 | verb | freeze/halt/suspend [all] research/academic/scientific/security/military/defence/defense/cultural cooperation with _
160 | verb | freeze/halt/suspend [all] research and academic cooperation with _
160 | verb | scrap/end/terminate/suspend [a/the] [military] intelligence-sharing pact/agreement/accord with _

# 1621 Reduce or stop economic assistance
1621 | verb | freeze/suspend/halt [a/the] loan program/programme/deal/facility for _
1621 | verb | withdraw/withhold [its] economic/development/budget aid/assistance/support from _
1621 | verb | withdraw/withhold [its] economic/development/budget aid/assistance/support to _

# 1622 Reduce or stop military assistance
1622 | verb | pause/halt/suspend/delay/freeze [a] shipment/shipments/delivery/deliveries of [heavy] bombs/weapons/arms/munitions/missiles to _
1622 | verb | hold up [a] shipment/shipments/delivery/deliveries of [heavy] bombs/weapons/arms/munitions/missiles to _

# 164 Halt negotiations
164 | verb | walk out of [the] UN-backed/UN-sponsored/UN-brokered/U.N.-backed/U.N.-sponsored [peace] talks/negotiations [with] _
164 | verb | quit [the] peace/ceasefire/nuclear negotiations/talks [with] _
164 | verb | quit [the] Camp David negotiations/talks [with] _
164 | verb | quit [the] negotiations [with] _

# 165 Halt mediation
165 | verb | withdraw from mediating
165 | verb | withdraw from [its] mediation [role/efforts]
165 | verb | pull out of mediating

# 166 Expel or withdraw, not specified below; 1661 peacekeepers; 1662 inspectors, observers; 1663 aid agencies
166 | verb | order _ [military] training/advisory/military mission to leave [the] country
1661 | verb | order [the] UN/U.N. peacekeepers to leave [the] country
1661 | verb | order _ peacekeepers to leave [the] country
1661 | verb | order [the] _ peacekeeping mission/force to leave [the] country
1662 | verb | order _ inspectors/monitors/observers to leave [the] country
1662 | verb | order [the] [international] [nuclear/weapons] inspectors/monitors/observers to leave [the] country
1662 | verb | withdraw/recall [its] [military] observers/monitors from
1662 | verb | pull [its] [military] observers/monitors out of
1663 | verb | order [the] suspension of [foreign] NGO/aid activities/operations
1663 | verb | suspend [the] activities/operations of [foreign/international] NGOs/charities
1663 | verb | suspend [the] activities/operations of [foreign/international] aid groups/agencies/organisations/organizations
1663 | verb | order _ aid agencies/groups/workers to leave [the] country

# 172 Impose administrative sanctions
172 | verb | revoke [the] registration of _
172 | verb | strip _ of [its] registration/licence/license/accreditation

# 1721 Restrictions on political freedoms (banned protests are 1721, banned parties 1722)
1721 | verb | ban [the] opposition protests/demonstrations/rallies/marches/gatherings
1721 | verb | ban [all] opposition protests/demonstrations/rallies/marches/gatherings
1721 | verb | ban [all] anti-government protests/demonstrations/rallies/marches/gatherings
1721 | verb | shut down _ newspaper/daily/channel/broadcaster
1721 | verb | shut down _ radio/television/TV station

# 1722 Ban political parties or politicians
1722 | verb | disband/dissolve [the] opposition
1722 | verb | disband/dissolve [the] [main] opposition party
1722 | verb | bar _ from campaigning/campaign
1722 | verb | bar _ from standing/running in [the] election/elections/vote/polls

# 1724 State of emergency or martial law
1724 | verb | impose/declare [a] year-long/months-long/nationwide/countrywide/one-year/six-month/three-month state of emergency

# 174 Expel or deport individuals
174 | verb | expel _ migrants/asylum-seekers/journalists/reporters/activists
174 | verb | expel _ asylum seekers
174 | verb | expel [African/Eritrean/Sudanese/illegal] migrants/asylum-seekers
174 | verb | expel [African/Eritrean/Sudanese/illegal] asylum seekers

# 181 Abduct, hijack, take hostage

# 1831 Suicide bombing
1831 | verb | detonate his/her explosives
1831 | verb | detonate his/her explosive vest/belt

# 190 Conventional military force
190 | verb | launch [a/the] military assault/offensive/operation on/against _

# 191 Blockade, restrict movement
191 | verb | close [the] _ corridor to
191 | verb | close [the] Lachin corridor
191 | verb | block _ fishing boats/vessels from

# 193 Small arms
193 | verb | engage in gun battles/gunfights/firefights [with] _
193 | verb | engage in [a] firefight [with] _

# 196 Violate ceasefire
196 | verb | violate a/an ceasefire/cease-fire/truce/armistice
196 | verb | breach/break a/an ceasefire/cease-fire/truce/armistice

# 201 Mass expulsion
201 | verb | force [the] mass expulsion of
201 | verb | carry out [the] mass expulsion/expulsions of

# 202 Mass killings
202 | verb | execute hundreds/thousands of _
202 | verb | execute _ hundreds/thousands of

# 2041 Chemical weapons
2041 | verb | release sarin/chlorine/mustard/nerve gas/agent
2041 | verb | release [the] [deadly] sarin/VX/chlorine

# 2042 Nuclear weapons
2042 | verb | detonate [a/three/two] nuclear devices/bombs/weapons
