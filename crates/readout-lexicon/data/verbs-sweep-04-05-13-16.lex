# Verb and event-noun patterns for CAMEO roots 04, 05, 13 and 16 (consult, diplomatic cooperation, threaten,
# reduce relations), from the sixth-round vocabulary sweep (eval/probes/probe6-sweep-04-05-13-16.jsonl): for each
# sub-code, the wire-report phrasings (plain and phrasal verbs, support-verb + noun, nominal and passive-friendly
# forms) that the lexicon did not yet reach or coded with the wrong sub-code. Written for readout.
# Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# 040 Consult, not specified below: meals and audiences
040 | verb | have/hold [a] working lunch/dinner/breakfast with _
040 | verb | have lunch/dinner/breakfast with _
040 | verb | have/hold [an] audience with _
040 | verb | sit down for talks/discussions with _

# 041 Discuss by telephone
041 | verb | pick up [the] phone/telephone to _
041 | noun | telephone/phone call with _

# 042 Make a visit
042 | verb | set foot in _
042 | verb | journey to _
042 | verb | kick off [a] tour of _
042 | verb | go on [a] visit/trip/tour to _

# 043 Host a visit
043 | verb | welcome [the] visiting _
043 | verb | lay on [a] state banquet/dinner/luncheon for _
043 | verb | throw/give/hold [a] state banquet/dinner/luncheon for _
043 | verb | lay on [a] banquet/dinner/luncheon in honour/honor of _
043 | verb | throw/give/hold [a] banquet/dinner/luncheon in honour/honor of _

# 046 Engage in negotiation
046 | verb | sit down at [the] negotiating table with _
046 | verb | return to [the] negotiating table with _
046 | verb | wrap up [a] round of talks/negotiations/consultations with _
046 | verb | conclude/complete/hold [a] round of talks/negotiations/consultations with _
046 | verb | pursue talks/negotiations with _

# 050 Engage in diplomatic cooperation
050 | verb | coordinate [its/their] position/positions/stance with _
050 | verb | co-sponsor [a] resolution/motion with _
050 | verb | cosponsor [a] resolution/motion with _
050 | verb | deepen/strengthen/expand diplomatic cooperation/coordination with _

# 051 Praise or endorse
051 | verb | single out _ for praise
051 | verb | pay [a] glowing tribute to _
051 | verb | hold up _ as [a] model/example

# 052 Defend verbally
052 | verb | hit back at critics of _
052 | verb | reject/dismiss/rebuff accusations/allegations/criticism against _
052 | verb | reject/dismiss/rebuff [the] accusations/allegations/criticism levelled/leveled at _

# 053 Rally support on behalf of
053 | verb | build [a] coalition behind/around _
053 | verb | build [a] coalition in support of _

# 054 Grant diplomatic recognition
054 | verb | open/forge/launch/establish [full] diplomatic relations/ties with _
054 | verb | set up [full] diplomatic relations/ties with _
054 | verb | upgrade/raise [its] [diplomatic] relations/ties with _ to ambassadorial level
054 | verb | extend/accord/grant [formal/full/diplomatic] recognition to _

# 056 Forgive
056 | verb | grant/extend/offer [its] forgiveness to _

# 057 Sign formal agreement
057 | verb | ink/sign/seal/conclude [a] free trade agreement/deal/pact/accord with _
057 | verb | ink/sign/seal/conclude [a] free-trade agreement/deal/pact/accord with _

# 130 Threaten, not specified below
130 | verb | menace _

# 131 Threaten non-force: vetoes, treaty exits, lawsuits, energy cut-offs
131 | verb | threaten to veto _
131 | verb | threaten to pull out of [the] deal/agreement/accord/treaty/pact with _
131 | verb | threaten to withdraw from [the] deal/agreement/accord/treaty/pact with _
131 | verb | threaten to quit/leave/exit/abandon/scrap [the] deal/agreement/accord/treaty/pact with _
131 | verb | threaten to pull out of [the] nuclear/grain/trade/peace/climate/arms deal/agreement/accord/treaty/pact
131 | verb | threaten to quit/leave/exit/abandon/scrap [the] nuclear/grain/trade/peace/arms deal/agreement/accord/treaty
131 | verb | threaten to withdraw from [the] nuclear/grain/trade/peace/climate/arms deal/agreement/accord/treaty/pact
131 | verb | threaten to quit/leave/exit/abandon/scrap [the] climate/defence/defense/security/border deal/agreement/accord/treaty
131 | verb | threaten to pull out of its/their agreement/deal/accord/treaty/pact with _
131 | verb | threaten to withdraw from its/their agreement/deal/accord/treaty/pact with _
131 | verb | threaten to quit/leave/exit/abandon/scrap its/their agreement/deal/accord/treaty/pact with _
131 | verb | threaten to take _ to [the] International Court of Justice/ICJ/WTO/World Trade Organization
131 | verb | threaten legal action against _
131 | verb | threaten to cut off gas/oil/energy/electricity/water supplies/deliveries/exports to _
131 | verb | threaten to halt/stop/suspend/reduce gas/oil/energy/electricity/water supplies/deliveries/exports to _

# 1311 Threaten to reduce or stop aid: loans, tranches and conditional aid cuts
1311 | verb | threaten to withhold/suspend/freeze/cut/block [a] loan/loans/credit/credits/disbursement/disbursements/tranche from/to/for _
1311 | verb | threaten to withhold/suspend/freeze/cut/block [a/the] loan tranche/tranches from/to/for _
1311 | verb | warn [that] it/they could/might/may cut/halt/suspend/freeze aid/funding/assistance to _
1311 | verb | warn [that] it/they could/might/may reduce/withhold aid/funding/assistance to/from _
1311 | verb | warn [that] it/they could/might/may freeze/withhold aid/funding/assistance to/from _
1311 | verb | warn [that] it/they would/will reduce/halt/suspend/freeze/withhold aid/funding/assistance to/from _
1311 | verb | warn [that] it/they could/might cut/halt/suspend/freeze development/military/economic aid/assistance to _
1311 | verb | warn [that] it/they would/will cut/halt/suspend/freeze development/military/economic aid/assistance to _

# 1312 Threaten to boycott, embargo, or sanction
1312 | verb | threaten travel/visa bans on _
1312 | verb | threaten to impose travel/visa bans on _
1312 | verb | threaten asset freezes on _
1312 | verb | threaten to impose asset freezes on _
1312 | verb | threaten to freeze _ assets

# 1313 Threaten to reduce or break relations
1313 | verb | threaten to review/reconsider/reassess [its] relations/ties with _
1313 | verb | threaten to review/reconsider/reassess [its] diplomatic relations/ties with _

# 131 / 132 Threaten legal action or administrative sanctions
131 | verb | threaten _ with [a] lawsuit
132 | verb | threaten _ with prosecution/penalties

# 1321 / 1322 Threaten restrictions on political freedoms, bans on parties: slot forms keep the target
1321 | verb | threaten to ban/outlaw/prohibit _ rallies/protests/demonstrations/marches/meetings/gatherings
1321 | verb | warn [that] it/they/police would/will/could ban/outlaw/prohibit _ rallies/protests/demonstrations/marches/meetings/gatherings
1321 | verb | threaten to close/shut [down] _ newspapers/newspaper/media/outlets/websites/radio/television
1322 | verb | threaten to ban/outlaw/dissolve/proscribe/deregister [the] [main] _ party
1322 | verb | threaten to disqualify/bar _ candidate/candidates
1322 | verb | threaten to bar _ candidates from

# 1323 / 1324 Curfew, state of emergency, martial law: with the people threatened or the place named
1323 | verb | threaten to impose/reimpose/extend/declare [a] curfew on/in _
1323 | verb | warn of [a] curfew in/on _
1324 | verb | threaten to impose/declare/reimpose [a] state of emergency in/on _
1324 | verb | threaten to impose/declare [a] martial law in/on _
1324 | verb | threaten to place/put _ under martial law/emergency rule
1324 | verb | warn of emergency rule

# 133 Threaten political dissent, protest
133 | verb | threaten to march to _

# 134 Threaten to halt negotiations
134 | verb | threaten to leave/quit/abandon [the] negotiating table
134 | verb | threaten to walk away from [the] talks/negotiations with _

# 135 Threaten to halt mediation
135 | verb | threaten to abandon/suspend/halt/end/freeze [its] mediation efforts/role in/between _
135 | verb | threaten to abandon/suspend/halt/end/freeze [its] mediation in _

# 136 Threaten to halt international involvement
136 | verb | threaten to withdraw/pull [its] troops/forces/soldiers/peacekeepers/contingent from _
136 | verb | threaten to pull out [its] troops/forces/soldiers/peacekeepers/contingent from _
136 | verb | threaten to pull [its] troops/forces/soldiers/peacekeepers/contingent out of _
136 | verb | threaten to end/halt [its] [military] involvement/engagement/presence in _
136 | verb | threaten to scale back [its] [military] involvement/engagement/presence in _
136 | verb | threaten to withdraw from [the] _ mission
136 | verb | threaten to expel/ban [foreign/international] aid groups/agencies/workers/organisations/organizations
136 | verb | threaten to kick out [foreign/international] aid groups/agencies/workers/organisations/organizations
136 | verb | threaten to expel/ban [foreign/international] NGOs/charities
136 | verb | threaten to kick out [foreign/international] NGOs/charities

# 137 Threaten with violent repression: slot forms keep the target
137 | verb | threaten [a] crackdown on _
137 | verb | warn of [a] crackdown on _
137 | verb | threaten [a] harsh/brutal/violent/tough crackdown on _
137 | verb | threaten to crack down on _
137 | verb | threaten to crush/quell/suppress/smash [the] _ protests/uprising/rebellion/demonstrations/unrest
137 | verb | threaten to disperse _ by force

# 138 Threaten to use military force
138 | verb | threaten [an] armed/military intervention in/against _
138 | verb | threaten to intervene militarily in/against _
138 | verb | threaten to resort to force against _
138 | verb | warn [that] it/they would/will/could resort to force against _
138 | verb | threaten _ with military force/action

# 1383 Threaten unconventional violence
1383 | verb | threaten to behead/execute/kill [the] hostages/captives
1383 | verb | threaten to behead/execute/kill [the] _ hostages/captives
1383 | verb | threaten [a] wave of suicide/terrorist/terror bombings/attacks in/on/against _
1383 | verb | threaten suicide/terrorist/terror bombings/attacks in/on/against _

# 1384 Threaten conventional attack
1384 | verb | threaten surgical/air/missile/military/precision/retaliatory strikes against/on _
1384 | verb | threaten to launch surgical/air/missile/military/precision/retaliatory strikes against/on _

# 160 Reduce relations, not specified below: treaties, cooperation and contacts ended or frozen
160 | verb | end/terminate/scrap/annul/abrogate/renounce [its] friendship/cooperation/partnership treaty/pact/agreement with _
160 | verb | tear up [its] friendship/cooperation/partnership treaty/pact/agreement with _
160 | verb | halt/suspend/end/freeze security coordination/cooperation with _
160 | verb | cut off [all] military/high-level/official/diplomatic contacts/communications with _
160 | verb | suspend/sever/freeze/halt [all] military/high-level/official contacts/communications with _
160 | verb | revoke/annul/cancel/terminate/denounce [its] military/defence/defense/security cooperation agreements/accords/deals with _
160 | verb | suspend [its] participation/membership in _

# 161 Reduce or break diplomatic relations
161 | verb | call back [its] ambassador/envoy/ambassadors/envoys from/to _
161 | verb | switch [diplomatic] ties/recognition/allegiance from _

# 162 Reduce or stop aid, not specified below
162 | verb | scrap/cancel/axe/terminate/end [its/all] aid/assistance to/for _
162 | verb | withdraw [its/all] funding/aid/assistance from/to/for _

# 1621 Reduce or stop economic assistance
1621 | verb | suspend/freeze/withhold/block [EU/European] funds for/to _
1621 | verb | halt/suspend/freeze [the] bailout for/to/of _
1621 | verb | cut/slash/reduce/suspend/freeze/halt [its] development assistance/aid/funding to/for _

# 1622 Reduce or stop military assistance
1622 | verb | halt/suspend/stop/freeze/pause/block [the] delivery/deliveries/shipment/shipments/export/exports/sale/sales of @weapons to _
1622 | verb | terminate/end/scrap/cancel [its/all] military aid/assistance to _
1622 | verb | revoke/suspend [its] arms export licences/licenses/permits to/for _

# 1623 Reduce or stop humanitarian assistance
1623 | verb | halt/suspend/stop/pause [its] food/aid/relief deliveries/shipments/convoys/distributions/distribution to/in _
1623 | verb | cut off [its] food/aid/relief deliveries/shipments/convoys/distributions to/in _
1623 | verb | cut/reduce/slash [its] food rations in/to/for _
1623 | verb | cut/reduce/slash [its] food aid in/to/for _

# 163 Impose embargo, boycott, or sanctions
163 | verb | levy sanctions against/on _
163 | verb | block/halt/ban/suspend [all] exports to _
163 | verb | restrict/curb/limit [chip/technology/semiconductor] exports to _
163 | verb | restrict/curb/limit rare earth exports to _
163 | verb | place/put _ under sanctions/embargo
163 | verb | slap [a] ban/embargo/tariffs/duties/levies on _
163 | verb | slap [a] ban on _ imports/exports/goods/products

# 164 Halt negotiations
164 | verb | cancel/scrap/terminate/end [the] trade/peace/border/security/climate/nuclear talks/negotiations with _
164 | verb | leave/quit/abandon [the] negotiating table
164 | verb | suspend/halt/freeze [the] climate/trade/border/military/security/nuclear talks/negotiations/dialogue with _

# 1662 Expel or withdraw inspectors, observers
1662 | verb | pull out [its] [election] observers/monitors/inspectors from _
1662 | verb | withdraw/recall [its] [election] observers/monitors/inspectors from _

# 1663 Expel or withdraw aid agencies
1663 | verb | kick out [the] aid group/agency/charity/organisation/organization _
1663 | verb | expel/ban [the] aid group/agency/charity/organisation/organization _
1663 | verb | order [foreign/international] aid workers/groups/agencies/staff to leave
1663 | verb | order [foreign/international] aid workers/groups/agencies/staff out
1663 | verb | suspend [the] operations/activities of [foreign/international] aid groups/agencies/organisations/organizations/charities

# Second pass: probe6 and sweep phrasings
041 | verb | get through to _ by phone/telephone
042 | verb | go to _ for talks
042 | verb | go to _ on [a] visit/trip
051 | verb | give [its] seal of approval to _
051 | verb | give _ [its] seal of approval
131 | verb | threaten to veto [the] _ budget/bill/package/deal/agreement/accession/membership/bid/resolution/plan/decision
131 | verb | threaten to sue _ over/for
1384 | verb | warn [that] it/they would/will strike back
1384 | verb | vow/threaten to strike back
160 | verb | vote to end/terminate/scrap/annul [a/the/its] friendship/cooperation/partnership treaty/pact/agreement with _
164 | verb | break off normalisation/normalization/peace/trade/border/nuclear talks/negotiations with _
1661 | verb | order [the] _ peacekeepers to leave

# Third pass: nominal, appositive and support-verb forms from the second sweep batch
040 | verb | have/hold [an] informal/brief/private chat/conversation with _
041 | verb | speak with/to _ over/by/on [the] telephone/phone
045 | verb | facilitate indirect/direct/peace/proximity talks/negotiations between _
045 | verb | mediate [a] truce/ceasefire/deal/agreement/settlement in/between _
045 | verb | play [the] role of peacemaker/mediator/broker/intermediary/go-between between _
045 | verb | act as peacemaker/broker/intermediary/go-between between _
054 | verb | name/appoint [its] first ambassador to _
054 | verb | name/appoint [its] first ever ambassador to _
057 | verb | ink/seal [a] minerals/gas/oil/arms/energy/investment/security/defence/defense/water/nuclear/migration deal/pact/accord/agreement/treaty/memorandum with _
057 | verb | ink/seal [a] minerals/gas/oil/arms/energy/investment/security/defence/defense/water/nuclear/migration deal/pact/accord/agreement/treaty/memorandum
130 | verb | say [that] _ would/will face [grave/serious/severe/dire] consequences
1312 | verb | threaten _ with economic/trade penalties/sanctions/measures/reprisals
162 | noun | suspension of aid/assistance/funding to _
1621 | verb | freeze/suspend/halt/cancel [a] loan/loans/credit/lending to _
1622 | verb | cut off [the] arms/weapons/military supplies/deliveries/shipments to _
1623 | verb | suspend/halt/stop/cut/pause [its] relief to _
163 | verb | place/put _ on [a/its] blacklist/blacklists
163 | verb | place/put _ on [its] entity list
163 | verb | place/put _ on [a/its] sanctions list
163 | verb | add _ to [its] entity list
163 | verb | impose punitive/economic/trade measures on/against _

# Fourth pass: reported threats ("warned _ that it would ...") and talk walk-outs
046 | verb | sit down for face-to-face/direct/formal/fresh/indirect talks/negotiations with _
046 | verb | sit down for face-to-face/direct/formal/fresh/indirect talks/negotiations
1312 | verb | warn [that] it/they would/will/could impose hefty/steep/punitive/retaliatory/heavy tariffs/sanctions/duties on _
1312 | verb | warn [that] it/they would/will/could impose tariffs/sanctions/duties on _
1322 | verb | warn [that] [the] _ could/would/might be banned/outlawed/dissolved/proscribed
133 | verb | threaten to bring _ to [a] standstill
133 | verb | threaten to paralyse/paralyze _
134 | verb | threaten to walk out of [the] direct/indirect/peace/ceasefire/nuclear/trade talks/negotiations with _
134 | verb | threaten to walk out of [the] direct/indirect/peace/ceasefire/nuclear/trade talks/negotiations
134 | verb | warn [that] it/they could/might/would/will quit/suspend/abandon [the] nuclear/peace talks with _
134 | verb | warn [that] it/they could/might/would/will quit/suspend/abandon [the] talks/negotiations with _
138 | verb | warn _ [that] it/they would/will/could resort to force
1384 | verb | warn _ [that] it/they would/will strike back
134 | verb | threaten to walk out of [the] direct/indirect peace/ceasefire talks/negotiations with _

# Fifth pass: third sweep batch
042 | verb | jet off to _
042 | verb | jet into _
042 | verb | drop in on _
045 | verb | host [peace/indirect/direct] negotiations between _
045 | verb | broker [a] short/temporary/fragile/humanitarian truce/ceasefire between _
130 | verb | vow/threaten to take [resolute/firm/strong/decisive/forceful] countermeasures against _
1312 | verb | threaten to ban _ grain/food/fruit/wine/meat/steel imports
1312 | verb | threaten to ban [the] import/imports of
1312 | verb | threaten visa restrictions on _
1312 | verb | threaten to impose visa restrictions on _
131 | verb | threaten to end/halt/suspend/cut [its] cooperation with _
1322 | verb | threaten to seek [the] closure of _
133 | verb | warn of [a] mass action/protests/demonstrations/strikes against _
133 | verb | threaten [a] mass action/protests/demonstrations/strikes/walkouts against _
137 | verb | warn _ [that] they could/would/will be shot
1622 | verb | suspend/halt/freeze/block/pause [the] sale/sales/delivery/deliveries/transfer/transfers of precision-guided/guided munitions to _
1622 | verb | suspend/halt/freeze/block/pause [the] sale/sales/delivery/deliveries/transfer/transfers of munitions/bombs/ammunition/shells to _
165 | verb | put [its] mediation between _ on hold
165 | verb | put [its] mediation [role/efforts] on hold
1663 | verb | suspend [the] [international/foreign] aid groups/agencies/organisations/organizations/charities/NGOs

# Sixth pass: fourth sweep batch
050 | verb | coordinate [its/their] diplomatic positions/position/stance/stances
050 | verb | coordinate their positions/stances
053 | verb | lobby [European/Western/Arab/African/Asian/Gulf/regional/international/foreign] partners/allies/leaders/governments/capitals on behalf of _
053 | verb | lobby [West/East/North/South/Southern] African/Asian/European leaders/governments/partners/capitals on behalf of _
057 | verb | sign [a] gas/oil/arms/energy/security/defence/defense/water/nuclear/migration deal/pact/accord/treaty/memorandum with _
1311 | verb | threaten to freeze/suspend/cut/withhold [EU/European] funds/funding for/to _
1321 | verb | threaten to block/ban/shut/close [the] [news/television/TV] channels/broadcasters/websites/newspapers/stations
136 | verb | threaten to pull [its] special forces/troops/soldiers out of _
161 | verb | suspend [its] embassy operations/activities in _
161 | verb | suspend [the] operations/activities of its embassy in _
161 | verb | summon [its] ambassador/envoy home from _
161 | verb | summon home [its] ambassador/envoy from _
163 | verb | impose [retaliatory] counter-sanctions/countersanctions on/against _
165 | verb | pull out of [its] mediation [role/efforts] in/between _
165 | verb | withdraw from [its] mediation role/efforts in/between _
053 | verb | rally/muster/marshal [international/regional/global/diplomatic/Western/European] support behind _

# Seventh pass: fifth sweep batch
051 | verb | describe _ as [a] model/example/beacon/success
051 | verb | win/earn/draw/receive praise from _ | recipient
051 | verb | win/earn/draw/receive plaudits from _ | recipient
161 | verb | expel _ defence/defense/military attache/attaché
1621 | verb | suspend/halt/freeze/delay [the] disbursement/disbursements of [a] loan/loans/funds/aid to _
1621 | verb | cut _ off from [new] financing/funding/loans/lending/credit
1622 | verb | stop/halt/suspend/end [its] training of/for _
1622 | verb | stop/halt/suspend/end [its] military training of/for _
1662 | verb | expel [international/UN/foreign] nuclear/weapons inspectors

# Eighth pass: event nouns
1622 | noun | suspension of military aid/assistance to _
1621 | noun | suspension of economic/development/budget/financial aid/assistance/support to _
1623 | noun | suspension of humanitarian/food aid/assistance to _

# Ninth pass: sixth sweep batch
050 | verb | work in tandem with _
162 | verb | curtail [its] aid/assistance/funding to/for _
1622 | verb | ban/halt/suspend/freeze/stop [all] arms/weapons exports/sales/shipments to _
163 | verb | reimpose/re-impose [its] sanctions on/against _
163 | verb | adopt/approve [a] package/round of sanctions against/on _

# Tenth pass: sums in currencies the amount skipper leaves in place
162 | verb | withhold/suspend/freeze/cut crowns/kroner/euros/pounds/dollars/francs in aid/assistance/funding from/to/for _
1621 | verb | freeze/withhold/suspend billions/millions of euros/dollars in funds/funding for/to _
