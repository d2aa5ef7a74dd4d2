# Sub-code patterns for CAMEO roots 15-20, third round (exhibit force .. mass violence).
# Written for readout after the third sub-code probe eval/probes/probe-subcodes3-15-20.jsonl (two events in one
# sentence, event nouns in leads, sub-codes signalled by the object or a far phrase, regional-press verbs): the
# event and root were usually found, but a shorter, more general pattern gave the root, a sibling sub-code or a
# neighbouring root (071 "grant" for suspended grant aid, 172 "suspend the licences of" for closed radio stations,
# 174 "order _ to leave the country" for UN investigators, 166 "expel" for a deported refugee leader, 160 "expel"
# for a mass expulsion, 1823 "execute" for a massacre). Each line is a longer, more specific phrase family that
# wins over the general one. Format as in docs/lexicon.md.

# 150 Demonstrate military or police power
150 | verb | put on [a] show of force/strength/might/firepower
150 | noun | show of firepower
150 | noun | display of military might/muscle/power/strength meant/intended/designed to warn _
150 | noun | show of force meant/intended/designed to warn _

# 151 Increase police alert status
151 | verb | raise [its/their/the] terror/terrorism/security alert
151 | verb | raise [its/their/the] terror/terrorism/security alert to [the/its] highest/maximum/top [level]

# 153 Mobilize or increase police power
153 | verb | pour [tens/hundreds] [of] police/riot reinforcements/police/officers/policemen into/to _
153 | verb | pour [tens/hundreds] [of] police/riot reinforcements/police/officers/policemen
153 | verb | deploy/send/rush [tens/hundreds] [of] police reinforcements into/to _

# 160 Reduce relations, not specified below
160 | verb | scale back [its/their] military/defence/defense/security/trade/economic/cultural/academic ties/links with _
160 | verb | downgrade [its/their] trade/economic/cultural/academic/military/security/commercial ties/links/cooperation with _
160 | verb | downgrade [its/their] trade/economic/cultural/military/security/commercial and trade/economic/cultural/military/security/commercial ties/links with _
160 | verb | cut/sever [off] [all] ties/links/contacts with _ universities/institutions/institutes/academies/universities
160 | verb | suspend/freeze/halt [its/all] defence/defense/military/security cooperation programmes/programs/projects with _

# 1621 Reduce or stop economic assistance
1621 | verb | put [its/the] loan programme/program/lending/disbursements/disbursement for/to _ on hold/ice
1621 | verb | suspend/freeze/halt/cut/withhold [most/all/part] [of] [its/their] grant aid/assistance to _
1621 | verb | suspend/freeze/halt/cut/withhold [most/all/part] [of] [its/their] grant aid/assistance
1621 | verb | suspend/freeze/halt/cut/withhold [most/all/part] [of] [its/their] grants to _

# 1622 Reduce or stop military assistance
1622 | verb | suspend/halt/end/freeze/cancel [its] [military] training programme/program/mission in _

# 1661 Expel or withdraw peacekeepers
1661 | verb | end/terminate/close [the] peacekeeping mission/operation/force in _

# 1662 Expel or withdraw inspectors, observers
1662 | verb | withdraw/recall/pull [its] officers/personnel/staff/representatives from [the] ceasefire monitoring/observation/verification centre/center/mission/commission
1662 | verb | withdraw/recall/pull [its] officers/personnel/staff/representatives from [the] joint monitoring/observation/verification centre/center/mission/commission
1662 | verb | withdraw/recall/pull [its] officers/personnel/staff/representatives from [the] monitoring/observation/verification centre/center/mission/commission
1662 | verb | order [a/the] team of _ [human] [rights] investigators/inspectors/monitors/observers/experts to leave
1662 | verb | order _ [human] [rights] investigators/monitors/experts to leave [the] country
1662 | verb | expel [a/the] team of _ [human] [rights] investigators/inspectors/monitors/observers/experts

# 166 Expel or withdraw, not specified below
166 | verb | order [the] departure/withdrawal/exit of [the] [last/remaining] _ [special] troops/forces/soldiers

# 161 Reduce or break diplomatic relations (a named diplomat told to go)
161 | verb | tell/order [the] _ military/defence/defense attache/attaches/attaché to leave
161 | verb | give [the] _ military/defence/defense attache/attaches/attaché hours/days to leave

# 1721 Restrictions on political freedoms
1721 | verb | shut down [the] [independent/opposition/private] media outlets/houses/organisations/organizations
1721 | verb | close [the] [independent/opposition/private] media outlets/houses/organisations/organizations
1721 | verb | suspend/revoke/withdraw/cancel [the] licence/licences/license/licenses of radio/television/TV stations/station/channels/channel/broadcasters/newspapers
1721 | verb | suspend/revoke/withdraw/cancel [the] licence/licences/license/licenses of _ radio/television/TV stations/station/channels/channel/broadcasters/newspapers
1721 | verb | suspend/revoke/withdraw/cancel [the] broadcasting/broadcast licence/licences/license/licenses of _
1721 | verb | ban [a/the] rally/march/protest/demonstration/gathering planned/organised/organized/called by _

# 172 Impose administrative sanctions
172 | verb | close/shut [the] office/offices of _
172 | verb | shut down [the] office/offices of _

# 174 Expel or deport individuals
174 | verb | expel [a/an] _ refugee/opposition/rights/student/union/community leader/activist/campaigner
174 | verb | expel [a/an] _ journalist/reporter/correspondent/activist/dissident/priest/missionary/academic/researcher/blogger/lawyer
174 | noun | expulsion of _ journalists/reporters/correspondents/activists/nationals/migrants/workers/students
174 | verb | give _ nationals/citizens/residents/workers days/hours/weeks to leave [the] country

# 1823 Kill by physical assault
1823 | verb | stone/club/hack/burn/bludgeon/kick/stab to death _

# 183 Bombing; 1831 suicide; 1832 car bombing; 1833 roadside bombing
183 | noun | bomb attack/attacks/blast/blasts outside/near/at/on _
1831 | verb | carry out [twin/coordinated] suicide bombings/attacks at/in/on/against _
1832 | noun | car/truck bomb attack/blast/explosion at/in/near/outside _
1833 | noun | roadside bomb attack/blast/explosion on/against _

# 185 Attempt to assassinate
185 | noun | attempt on [the] life of _

# 191 Blockade, restrict movement
191 | verb | block/bar/prevent _ supply/resupply/cargo/aid/relief boats/vessels/ships/convoys/trucks from
191 | verb | block/bar/prevent _ from reaching/approaching

# 194 Artillery and tanks
194 | verb | trade/exchange [heavy/intense/sporadic] mortar/artillery/rocket/tank fire across/along/over _
194 | verb | trade/exchange [heavy/intense/sporadic] mortar/artillery/rocket/tank fire

# 195 Aerial weapons
195 | verb | launch drones and missiles at/toward/towards/against/on _
195 | verb | launch missiles and drones at/toward/towards/against/on _
195 | verb | launch [a] drones/missiles toward/towards _

# 196 Violate ceasefire
196 | verb | breach/violate/break [the] UN-brokered/U.N.-brokered/Russian-brokered/US-brokered/U.S.-brokered/Qatari-brokered/Egyptian-brokered ceasefire/truce/cease-fire
196 | verb | breach/violate/break [the] internationally-brokered/internationally/fragile/shaky/two-day/three-day/week-long/humanitarian ceasefire/truce/cease-fire

# 201 Mass expulsion
201 | verb | expel tens/hundreds of thousands of _
201 | verb | expel tens/hundreds of thousands

# 2041 Chemical weapons
2041 | verb | fire rockets/shells/missiles loaded/filled/laden with sarin/chlorine/chemical/nerve/toxic
2041 | noun | chemical/sarin/chlorine/gas attack on _
