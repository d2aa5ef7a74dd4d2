# Probe-driven verb and event-noun patterns for CAMEO roots 10-14 (demand, disapprove, reject, threaten,
# protest). Added from misses on eval/probes/probe-10-14.jsonl: phrasal verbs, support-verb + noun
# constructions and nominalisations that verbs.lex and verbs-more-*.lex do not reach.
# Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# 100 Demand, not specified below
100 | verb | lay down [a] set/list/series of conditions for _
100 | verb | set [a] set/list/series of conditions for _
100 | verb | lay down [its/their] conditions for _
100 | verb | set out [its/their] conditions for _
100 | verb | set out [a] [set/list] of demands for/to _
100 | verb | renew/reiterate/repeat [its/their] demand/demands for
100 | verb | renew/reiterate/repeat [its/their] call/calls for
100 | verb | issue [a] [list/set/series] of demands to _

# 101 Demand information, investigation
101 | verb | demand [a/an] credible/transparent/impartial/proper/complete/comprehensive investigation/inquiry/probe into
101 | verb | demand [a/an] full/independent/thorough/international/urgent/prompt investigation/probe
101 | verb | demand [a/an] full/independent/thorough/international/urgent/prompt investigation/probe into
101 | verb | renew/reiterate [its/their] demand for [a/an] [credible/independent/full/thorough/transparent/impartial/international] investigation/inquiry/probe into
101 | verb | insist that _ open/launch/conduct/hold [a/an] [full/independent/credible/transparent/thorough/impartial] investigation/inquiry/probe
101 | verb | demand that _ open/launch/conduct/hold [a/an] [full/independent/credible/transparent/thorough/impartial] investigation/inquiry/probe
101 | verb | insist that _ explain/investigate/clarify
101 | verb | demand [a] full/detailed/formal/official explanation from _

# 1011 Demand economic cooperation
1011 | verb | demand that _ open [its] financial/banking/services/agricultural/farm/energy/telecoms sector/sectors/market/markets
1011 | verb | demand that _ allow/resume [its] oil/gas/grain/fuel/coal exports/imports/shipments/supplies
1011 | verb | demand that _ resume trade/exports/imports/shipments/deliveries/supplies
1011 | verb | demand that _ lower/cut/reduce [its] tariffs/duties on
1011 | verb | demand that _ reopen [its] market/markets/border/borders to trade

# 1012 Demand military cooperation
1012 | verb | demand that _ honour/honor/fulfil/fulfill/meet [its] mutual/collective defence/defense/security/alliance commitments/obligations/guarantees
1012 | verb | demand that _ honour/honor/fulfil/fulfill [its] defence/defense/security/alliance commitments/obligations/guarantees
1012 | verb | insist that _ honour/honor/fulfil/fulfill [its] [mutual/collective] defence/defense/security/alliance commitments/obligations

# 102 Demand policy support
102 | verb | demand that _ endorse/accept/embrace [the] one-China principle/policy
102 | verb | demand that _ endorse
102 | verb | demand that _ publicly endorse/back/support/recognise/recognize
102 | verb | insist that _ back/support/endorse/recognise/recognize/condemn
102 | verb | insist that _ side with
102 | verb | insist that _ vote for/against

# 103 Demand aid, protection, or peacekeeping
103 | verb | demand [urgent/immediate/emergency/international/more/greater/swift] help/assistance/support from _
103 | verb | demand that _ send/provide/offer [urgent/immediate/emergency] help/assistance

# 1031 Demand economic aid
1031 | verb | demand that _ extend/provide/lend/disburse @economic_aid
1031 | verb | demand [an] @economic_aid from _
1031 | verb | insist that _ pay compensation/reparations/damages

# 1032 Demand military aid
1032 | verb | demand that _ deliver/send/supply/provide/give [the] [promised] @weapons
1032 | verb | insist that _ deliver/send/supply/provide [the] [promised] @weapons
1032 | verb | demand [more] @weapons from _

# 1033 Demand humanitarian aid
1033 | verb | demand [urgent/immediate/emergency] @humanitarian_aid from _
1033 | verb | demand that _ send/provide/deliver/allow @humanitarian_aid

# 1034 Demand military protection or peacekeeping
1034 | verb | demand [the] [rapid/immediate/urgent] deployment of [foreign/international/multinational/African/UN] peacekeepers/troops
1034 | verb | demand [the] deployment of [a] [foreign/international/multinational] peacekeeping/security/protection/stabilisation/stabilization force/mission
1034 | verb | demand [the] rapid/immediate/urgent deployment of [a] [foreign/international] peacekeeping/security/protection force/mission
1034 | verb | demand that _ send/deploy [a] peacekeeping force/peacekeeping mission/protection force/security force

# 104 Demand political reform
104 | verb | demand sweeping/broad/deep/genuine/real/far-reaching/democratic/meaningful/fundamental/major political reform/reforms
104 | verb | demand sweeping/broad/deep/genuine/real/far-reaching/democratic/meaningful/fundamental/major reform/reforms
104 | verb | demand sweeping/broad/deep/genuine/real/far-reaching/democratic/meaningful/fundamental/major political reform/reforms from _
104 | verb | demand political reform/reforms from _

# 1042 Demand policy change
1042 | verb | demand that _ revise/rewrite/amend/redraft/rethink [its] budget/plan/policy/law/bill/decision/proposal
1042 | verb | insist that _ revise/rewrite/amend/redraft/rethink [its] budget/plan/policy/law/bill/decision/proposal
1042 | verb | insist that _ scrap/repeal/reverse/drop/abandon/withdraw/shelve/cancel/suspend/stop/halt
1042 | verb | demand that _ restore/reinstate [the] [fuel/food/energy] subsidy/subsidies
1042 | verb | insist that _ restore/reinstate [the] [fuel/food/energy] subsidy/subsidies
1042 | verb | demand that _ shelve/rethink/overhaul/rewrite

# 1043 Demand rights
1043 | verb | demand that _ respect/protect/uphold/guarantee [the] right of/to
1043 | verb | demand that _ respect/protect/uphold/guarantee [the] rights of/to
1043 | verb | demand that _ respect/protect/uphold/guarantee freedom of

# 1044 Demand change in institutions, regime
1044 | verb | demand that _ hand [over] power to [a] civilian/civilian-led/civilian-run/transitional government/administration/authority/council
1044 | verb | demand that _ hand over power to civilians
1044 | verb | demand that _ transfer/cede power to [a] civilian/civilian-led/civilian-run/transitional government/administration/authority

# 1051 Demand easing of administrative sanctions
1051 | verb | demand that _ lift/end/scrap/drop [its/the] bans/ban on
1051 | verb | demand that _ lift/end/ease/scrap [its/the] restrictions on
1051 | verb | insist that _ lift [its/the] ban/bans/curfew/restrictions

# 1052 Demand easing of political dissent
1052 | verb | demand that _ clear/leave/vacate/evacuate [the] park/square/streets/camp/encampment/site/barricades
1052 | verb | demand that protesters/demonstrators/strikers leave/disperse/clear/vacate
1052 | verb | demand that protesters/demonstrators/strikers go home
1052 | verb | demand that _ dismantle/remove [their] barricades/blockades/roadblocks/camps/tents

# 1053 Demand release of persons or property
1053 | verb | insist that _ release/free

# 1054 Demand easing of economic sanctions, boycott, or embargo
1054 | verb | insist that _ lift/ease/remove [its/the] sanctions/embargo/blockade

# 1056 Demand de-escalation of military engagement
1056 | verb | demand that _ halt/stop/end/cease/suspend [its] air/missile/drone strikes
1056 | verb | demand that _ stop/cease attacking/shelling/bombing/bombarding/targeting
1056 | verb | insist that _ stop/cease attacking/shelling/bombing/bombarding/targeting
1056 | verb | demand that _ reopen/unblock [the] corridor/road
1056 | verb | demand that _ halt/stop/end/cease/suspend [its] airstrikes/bombardment/shelling/bombing/raids/offensive/attacks
1056 | verb | insist that _ halt/stop/end/cease [its] airstrikes/bombardment/shelling/bombing/raids/offensive/attacks
1056 | verb | demand [an] immediate/swift/quick end/halt to [the] airstrikes/bombardment/shelling/bombing/offensive/attacks/hostilities

# 106 Demand withdrawal
106 | verb | insist that _ withdraw
106 | verb | insist that _ pull out/back
106 | verb | demand that _ pull [its] troops/forces/soldiers out
106 | verb | insist that _ pull [its] troops/forces/soldiers out

# 107 Demand ceasefire
107 | verb | insist on [an] [immediate/unconditional/permanent/lasting/nationwide/humanitarian] ceasefire/cease-fire/truce between _
107 | verb | insist on [an] immediate and unconditional ceasefire/cease-fire/truce between _
107 | verb | demand [an] immediate and unconditional ceasefire/cease-fire between _

# 115 Bring lawsuit against
115 | verb | take _ to [an/the] [international] arbitration/arbitral tribunal/court/panel
115 | verb | take _ to [international] arbitration
115 | verb | drag _ to [the] International Court of Justice
115 | verb | haul _ before [the] International Court of Justice
115 | verb | haul _ before [an] [international] tribunal/court
115 | verb | file [a] case/complaint/suit/lawsuit against _ at [the] International Court of Justice
115 | verb | launch [a/an] [international] arbitration case/proceedings against _
115 | verb | launch [a] legal challenge against _
115 | verb | mount [a] legal challenge against _

# 121 Reject material cooperation
121 | verb | scrap/end/cancel/suspend/halt/freeze all [of] [its] cooperation projects with _
121 | verb | scrap/end/cancel/suspend/halt/freeze [its] cooperation projects with _
121 | verb | turn down [an] offer of cooperation from _

# 1211 Reject economic cooperation
1211 | verb | scrap/cancel/axe/shelve/abandon [a/the] [light] rail/railway/port/pipeline/highway/infrastructure/power/dam/investment/mining project funded/financed/backed by _
1211 | verb | pull out of/from _ Belt and Road Initiative/scheme/programme/program/project/pact
1211 | verb | withdraw/exit/quit/leave _ Belt and Road Initiative/scheme/programme/program/project/pact
1211 | verb | withdraw from _ Belt and Road Initiative/scheme/programme/program/project/pact
1211 | verb | pull out of/from _ economic/trade/investment cooperation forum/format/bloc/group/initiative/framework
121 | verb | pull out of/from _ cooperation forum/format/bloc/group/initiative/framework
1211 | verb | pull out of/from [the] trade deal/pact/agreement/accord with _
1211 | verb | refuse/decline to renew [its] trade/investment/economic/cooperation pact/agreement/deal/accord with _
1211 | verb | turn down [a/an] trade/investment/economic deal/pact/agreement/offer from/with _
1211 | verb | reject [a/an] trade/investment/economic deal/pact/agreement/offer from/with _

# 1212 Reject military cooperation
1212 | verb | refuse to allow/let _ troops/forces/warplanes/aircraft use [its] bases/airspace/ports/territory
1212 | verb | refuse to allow/let _ troops/forces/warplanes/aircraft to use [its] bases/airspace/ports/territory
1212 | verb | vote down [a] motion/bill/request/proposal allowing/to allow _ troops/forces
1212 | verb | reject [a] motion/bill/request/proposal allowing/to allow _ troops/forces
1212 | verb | vote down [a] motion/bill/request/proposal that would have allowed _ troops/forces
1212 | verb | decline to take part in [the] joint military/naval exercises/drills/patrols/manoeuvres/maneuvers with _
1212 | verb | decline to take part in joint military/naval exercises/drills/patrols/manoeuvres/maneuvers with _
1212 | verb | decline/refuse to join [the] joint [military/naval] patrols/exercises/drills with _

# 122 Reject request or demand for material aid
122 | verb | reject _ appeal/request/plea/call for [more/further/additional] assistance/aid/help/support
122 | verb | turn down _ appeal/request/plea/call for [more/further/additional] assistance/aid/help/support
122 | verb | rebuff _ appeal/request/plea/call for [more/further/additional] assistance/aid/help/support

# 1221 Reject request for economic aid
1221 | verb | refuse/decline to release/disburse [the] next/latest/second/third/fourth/final tranche
1221 | verb | refuse/decline to release/disburse [the] next/latest/second/third/fourth/final tranche of
1221 | verb | withhold [the] next/latest/second/third/final tranche of
1221 | verb | reject/rebuff _ call/request/appeal/plea/demand for [a] debt write-off/relief/forgiveness/restructuring/bailout/loan
1221 | verb | reject/rebuff _ call/request/appeal/plea/demand for [a] write-off of [its] debt
1221 | verb | turn down _ call/request/appeal/plea/demand for [a] debt write-off/relief/forgiveness/bailout/loan
1221 | verb | refuse/decline to extend/grant/provide/lend/disburse @economic_aid to _

# 1222 Reject request for military aid
1222 | verb | refuse/decline to send/supply/provide/deliver/give @weapons to _
1222 | verb | refuse/decline to send/supply/provide/deliver/give _ @weapons
1222 | verb | rule out sending/supplying/providing/giving @weapons to _
1222 | verb | reject/rebuff _ request/requests/appeal/appeals/plea/pleas for @weapons
1222 | verb | turn down _ request/requests/appeal/appeals/plea/pleas for @weapons
1222 | verb | block/veto [the] delivery/deliveries/export/exports of @weapons to _

# 1223 Reject request for humanitarian aid
1223 | verb | refuse/decline/reject/rebuff offers/offer of [foreign/international] aid/assistance/help from _
1223 | verb | turn away [foreign] aid ships/shipments/convoys/flights from _
1223 | verb | refuse/decline to accept @humanitarian_aid from _
1223 | verb | refuse/decline to accept [foreign/international] aid/assistance/help from _

# 1224 Reject request for military protection or peacekeeping
1224 | verb | refuse/decline to send/deploy peacekeepers/troops to protect _
1224 | verb | rule out sending/deploying peacekeepers/troops to _
1224 | verb | refuse/decline to impose/enforce [a] no-fly zone over _
1224 | verb | rule out [imposing/enforcing] [a] no-fly zone over _
1224 | verb | reject [the] deployment of [foreign/international] peacekeepers/troops

# 123 Reject request or demand for political reform
123 | verb | reject _ demands/demand/calls/call for [political/democratic/constitutional] reform/reforms
123 | verb | reject _ demands/demand/calls/call for political/democratic change
123 | verb | rebuff/dismiss _ demands/demand/calls/call for [political/democratic] reform/reforms

# 1231 Reject request for change in leadership
1231 | verb | refuse/decline to step down/aside
1231 | verb | rule out stepping down/aside
1231 | verb | rule out resigning/quitting
1231 | verb | defy/dismiss/reject/rebuff _ calls/demands to resign/quit
1231 | verb | shrug/brush off _ calls/demands to resign/quit
1231 | verb | defy/reject/dismiss/rebuff _ calls/demands/demand/call for his/her/their resignation
1231 | verb | shrug/brush off _ calls/demands/demand/call for his/her/their resignation

1231 | verb | refuse/decline to cede/relinquish/surrender/give up power
1231 | verb | refuse/decline to hand [over] power
1231 | verb | refuse/decline to hand [over] power to _

# 1232 Reject request for policy change
1232 | verb | rule out reversing/scrapping/repealing/withdrawing/abandoning/dropping/cancelling/canceling/suspending
1232 | verb | refuse/decline to reverse/scrap/repeal/withdraw/abandon/drop/shelve/suspend [the] reform/reforms/law/bill/policy/plan/decision/tax/increase/increases/hike/hikes
1232 | verb | refuse/decline to reverse/scrap/repeal/withdraw/abandon/drop/shelve/suspend [the] pension/labour/labor reform/reforms/law/bill
1232 | verb | refuse/decline to reverse/scrap/withdraw/drop/suspend [the] tax/fuel/price increase/increases/hike/hikes
1232 | verb | refuse/decline to reverse/scrap/repeal/abandon [the] tax/fuel/price rise/rises
1232 | verb | refuse to bow to _ demands/demand/calls to scrap/withdraw/repeal/drop/abandon/reverse/shelve
1232 | verb | refuse to back down on [the] reform/reforms/law/bill/policy/plan/tax
1232 | verb | refuse to back down on [the] pension/tax/fuel/labour/labor/budget reform/reforms/law/bill/plan
1232 | verb | refuse/decline to budge on [the] reform/reforms/law/bill/policy/plan/tax

# 1233 Reject request for rights
1233 | verb | reject/rebuff/dismiss calls/demands/call/demand to grant citizenship [rights] to
1233 | verb | refuse/decline to grant citizenship [rights] to
1233 | verb | refuse/decline to recognise/recognize [the] rights of
1233 | verb | reject/rebuff _ calls/demands for equal rights
1233 | verb | vote down [a] bill/proposal/motion to grant/give women/citizens/minorities [the] right to

# 1234 Reject request for change in institutions, regime
1234 | verb | reject _ demands/demand/calls/call for [a] transitional council/government/body/authority/administration/presidency
1234 | verb | reject _ demands/demand/calls/call for [a] new constitution/constituent assembly/federal system
1234 | verb | reject _ demands/demand/calls/call for [a] return to civilian rule
1234 | verb | rebuff/dismiss _ demands/demand/calls/call for [a] transitional council/government/body/authority/administration
1234 | verb | rule out [a] transitional council/government/body/authority/administration

1234 | verb | refuse/decline to hand [over] power to [the] civilian/civilian-led/elected/transitional government/administration/authority/leaders/council
1234 | verb | refuse/decline to hand [over] power to [the] elected civilian government/administration/authority/leaders
1234 | verb | refuse/decline to restore civilian/democratic/constitutional rule

# 124 Refuse to yield
124 | verb | refuse to back down under pressure from _
124 | verb | refuse to yield/bow/cave to pressure from _
124 | verb | refuse to give in to pressure from _
124 | verb | refuse to yield/bow/cave to _ pressure
124 | verb | refuse to give in to _ pressure

1246 | verb | rebuff/reject/resist/defy pressure/calls to halt/stop/end [its] offensive/attacks/bombing/assault
1246 | verb | rebuff/reject/resist/defy international/mounting/growing pressure to halt/stop/end [its] offensive/attacks
1246 | verb | brush/shrug off pressure/calls to halt/stop/end [its] offensive/attacks/bombing/assault

# 1242 Refuse to ease popular dissent
1242 | verb | refuse to call off [their/the/its] strike/strikes/walkout/stoppage/protest/protests/sit-in/sit-ins/blockade/blockades/demonstration/demonstrations
1242 | verb | refuse to call off [their/the/its] hunger strike
1242 | verb | refuse to end [their/the/its] strike/walkout/stoppage/protest/protests/sit-in/blockade/occupation/hunger strike
1242 | verb | vow to press on with [their/the] strike/walkout/protest/protests/sit-in/blockade/demonstrations
1242 | verb | vow to keep up [their/the] strike/walkout/protest/protests/sit-in/blockade/demonstrations
1242 | verb | refuse to leave [the] square/streets/park/camp/barricades
1242 | verb | refuse to dismantle [their] barricades/blockades/roadblocks/camp/camps/tents

# 1245 Refuse to allow international involvement (non mediation)
1245 | verb | refuse/deny visas to _
1245 | verb | refuse/decline to issue/grant visas to _
1245 | verb | refuse/decline to cooperate with _ inquiry/investigation/probe/mission

# 1246 Refuse to de-escalate military engagement
1246 | verb | refuse to halt/stop/end/suspend [the/its] offensive/operation/assault/campaign/bombardment/bombing against/in/on _
1246 | verb | refuse to halt/stop/end [the/its] military/ground offensive/operation/operations against/in/on _
1246 | verb | refuse to call off [the/its] [military/ground] offensive/operation/assault/campaign against/in/on _
1246 | verb | refuse to halt/stop/end/suspend/pause [the/its] air/missile/drone strikes/attacks against/in/on _
1246 | verb | refuse to halt/stop/end/suspend/pause [the/its] airstrikes/shelling/attacks/fighting against/in/on _
1246 | verb | vow to press/push on with [the/its] [military/ground] offensive/operation/assault/campaign
1246 | verb | rule out halting/stopping/ending/pausing/suspending [the/its] [military/ground] offensive/operation/assault/campaign/airstrikes/fighting

# 128 Defy norms, law
128 | verb | flout [a/the] [government/court/official] ban/order/ruling/curfew/lockdown on
128 | verb | defy [an/the] order/ruling/injunction from/by _
128 | verb | ignore/disregard [an/the] order/ruling/injunction from/by _ top court

# 129 Veto
129 | verb | veto [a] draft resolution at _
129 | verb | veto [the] bill/bills/law/laws/legislation/budget passed by _
129 | verb | veto [two/three/several] bills/laws passed by _
129 | verb | use/exercise/wield [its] veto to block/kill
129 | verb | cast [a] veto against/on

# 130 Threaten, not specified below
130 | verb | warn [that] it/they would/will take [strong/resolute/firm/necessary/decisive/forceful] countermeasures against _
130 | verb | threaten [strong/resolute/firm/decisive/forceful/unspecified] countermeasures against _
130 | verb | vow [strong/resolute/firm/decisive/forceful] countermeasures against _
130 | verb | warn of [strong/resolute/firm/decisive/forceful] countermeasures against _
130 | verb | warn [that] _ would/will pay [a] heavy/high/steep/dear price
130 | verb | warn _ that it/they would pay [a] heavy/high/steep/dear price
130 | verb | warn _ of dire/grave/severe/serious/unspecified consequences


# 132 Threaten with administrative sanctions
132 | verb | threaten _ with heavy/hefty/huge/steep/large/big/massive fines/penalties
132 | verb | threaten _ with [a] heavy/hefty/huge/steep/large/big/massive fine/penalty
132 | verb | threaten to revoke/suspend/withdraw _ licence/license/licences/licenses/permit/permits/accreditation

# 1321 Threaten to impose restrictions on political freedoms
1321 | verb | threaten to shut down/off Twitter/X/Facebook/YouTube/WhatsApp/Telegram/Instagram/TikTok/Signal/Wikipedia
1321 | verb | threaten to ban/restrict/throttle/suspend Twitter/Facebook/YouTube/WhatsApp/Telegram/Instagram/TikTok/Signal/Wikipedia
1321 | verb | threaten to shut down/off [the] social media/networks/platforms/apps/internet
1321 | verb | threaten to block/ban/restrict [the] social media/networks/platforms/apps/websites
1321 | verb | threaten to shut down [the] [local] office/offices/bureau/bureaus/studios of
1321 | verb | threaten to close [the] [local] office/offices/bureau/bureaus/studios of
1321 | verb | threaten to shut/close _ office/offices/bureau/bureaus/studios
1321 | verb | threaten to shut down _ office/offices/bureau/bureaus/studios
1321 | verb | threaten to revoke/suspend/withdraw [the] broadcast/broadcasting licence/license/licences/licenses of
1321 | verb | threaten to take _ off [the] air

# 1322 Threaten to ban political parties or politicians
1322 | verb | threaten to outlaw/ban/dissolve/disband [the] [main] [opposition] party/parties
1322 | verb | threaten to outlaw/ban/dissolve/disband _ party
1322 | verb | threaten to bar _ from standing/running/contesting

# 135 Threaten to halt mediation
135 | verb | threaten to pull out as mediator/broker/facilitator/guarantor
135 | verb | threaten to step down as mediator/broker/facilitator/guarantor
135 | verb | threaten to withdraw as mediator/broker/facilitator/guarantor
135 | verb | threaten to quit/end/abandon/suspend/halt [its/their] mediation [efforts/role]
135 | verb | threaten to quit/end/abandon/suspend/halt [its/their] mediating role
135 | verb | threaten to quit/end/abandon/suspend/halt [its/their] role as mediator/broker/facilitator
135 | verb | threaten to walk away from [its/their] role as mediator

# 136 Threaten to halt international involvement (non-mediation)
136 | verb | threaten to expel/eject/evict [the] _ peacekeeping mission/force
136 | verb | threaten to expel/eject/evict _ peacekeepers/observers/monitors/inspectors
136 | verb | threaten to kick out _ peacekeepers/observers/monitors/inspectors
136 | verb | threaten to kick out [the] _ peacekeeping mission/force
136 | verb | threaten to expel/eject/evict [the] peacekeeping mission/force
136 | verb | threaten to kick out [the] peacekeeping mission/force
136 | verb | threaten to end/halt/suspend cooperation with [the] inspectors/monitors/observers/investigators
136 | verb | threaten to expel/eject [the] inspectors/monitors/observers/investigators

# 138 Threaten to use military force
138 | verb | threaten to launch [a] [military/ground/cross-border] incursion/operation/invasion into/against _
138 | verb | threaten [a] military/ground/cross-border incursion/operation/invasion into/against _
138 | verb | threaten to send [its] troops/tanks/forces into _
138 | verb | threaten military action against _
138 | verb | threaten [a] military response against/to _

# 1383 Threaten unconventional violence
1383 | verb | threaten to carry out [further] suicide bombings/attacks in/against _
1383 | verb | threaten to stage/launch [further] suicide bombings/attacks in/against _
1383 | verb | threaten to kill/behead/execute [the] hostages/captives/kidnapped

# 1384 Threaten conventional attack
1384 | verb | threaten to launch [a] [military/ground/major/full-scale] offensive/assault against/on _
1384 | verb | threaten [a] [military/ground/major/full-scale] offensive/assault against/on _
1384 | verb | threaten to strike _ with rockets/missiles/drones/artillery
1384 | verb | threaten to strike _ cities/bases/targets/positions/ships/shipping/infrastructure
1384 | verb | threaten to hit _ with rockets/missiles/drones/artillery
1384 | verb | threaten to shell/bomb/bombard/rocket _
1384 | verb | threaten to shoot down _ aircraft/planes/jets/drones/warplanes
1384 | verb | threaten to fire rockets/missiles/shells at _
1384 | verb | threaten to rain rockets/missiles on _
1384 | verb | threaten [a] missile/rocket/drone/air strike/strikes/attack/attacks on/against _

# 1385 Threaten attack with WMD
1385 | verb | threaten to fire/launch nuclear missiles/weapons/warheads at/against/on _
1385 | verb | threaten to fire/launch [a] nuclear missile/weapon/warhead at/against/on _
1385 | verb | threaten [a] nuclear strike/attack on/against _
1385 | verb | threaten to use nuclear/chemical/biological weapons against/on _
1385 | verb | threaten to wipe _ off the map with nuclear weapons

# 139 Give ultimatum
139 | verb | give _ [a] [24-hour/48-hour/72-hour/seven-day/10-day/ten-day/final] deadline to
139 | verb | set _ [a] [24-hour/48-hour/72-hour/seven-day/10-day/ten-day/final] deadline to

# 141 Demonstrate or rally
141 | verb | march through central/downtown _
141 | verb | rally in central/downtown _
141 | verb | pour/flood/throng into [the] streets of
141 | verb | pour/flood/throng [into] [the] streets
141 | verb | fill [the] streets/squares of
141 | verb | chant [anti-government] slogans against _
141 | verb | wave flags and chant slogans against _

# 1411 Demonstrate for leadership change
1411 | verb | march/rally/protest calling for [the] resignation/ouster/removal/downfall/impeachment of
1411 | verb | take to [the] streets demanding/calling for [the] resignation/ouster/removal/downfall/impeachment of
1411 | verb | take to [the] streets to demand [the] resignation/ouster/removal/downfall/impeachment of

# 1412 Demonstrate for policy change
1412 | verb | protest/rally/march/demonstrate against proposed/planned/new tax/taxes/hikes/increases/cuts/rules/regulations/reforms/law/laws/bill
1412 | verb | protest/rally/march/demonstrate against [the] environmental/farm/climate/pension/labour/labor/tax/fuel/price/austerity/budget rules/regulations/reforms/law/laws/bill/measures/policies/cuts
1412 | verb | rally/march/protest/demonstrate against [proposed] tax/fuel/price hikes/increases/rises
1412 | verb | protest/rally/march/demonstrate against _ environmental/farm/climate/pension/labour/labor/tax/fuel/austerity rules/regulations/reforms/law/laws/policies/cuts/measures

# 1413 Demonstrate for rights
1413 | verb | take to [the] streets demanding/to demand [the] right/rights to/of
1413 | verb | march/rally/protest/demonstrate demanding/for [the] right/rights to/of
1413 | verb | march/rally/protest/demonstrate to demand [the] right/rights to/of
1413 | verb | march/rally/protest/demonstrate for equal rights
1413 | verb | march/rally/protest/demonstrate for women's/gay/LGBT/minority/voting/land rights

# 1414 Demonstrate for change in institutions, regime
1414 | verb | rally/march/protest/demonstrate against military/army/one-party/authoritarian/junta rule
1414 | verb | rally/march/protest/demonstrate demanding [a] return to civilian/democratic rule
1414 | verb | rally/march/protest/demonstrate demanding [a] new constitution
1414 | verb | rally/march/protest/demonstrate demanding democratic/free elections

# 142x Hunger strike with aims
1421 | verb | go/be on hunger strike demanding [the] resignation/ouster/removal of
1421 | verb | begin/start/launch/stage [a] hunger strike demanding [the] resignation/ouster/removal of
1423 | verb | go/be on hunger strike demanding [the] right/rights to/of
1423 | verb | begin/start/launch/stage [a] hunger strike demanding [the] right/rights to/of
1424 | verb | go/be on hunger strike demanding free/democratic elections
1424 | verb | begin/start/launch/stage [a] hunger strike demanding free/democratic elections
1424 | verb | begin/start/launch/stage [a] hunger strike demanding [an] end to one-party/military rule
1422 | verb | begin/start/launch/stage [a] hunger strike to protest [against]
1422 | verb | go on hunger strike to protest [against]
1422 | verb | begin/start/launch/stage [a] hunger strike in protest at/against

# 143 Conduct strike or boycott
143 | verb | stage/hold/call [a] 24-hour/48-hour/72-hour/one-day/two-day/three-day/day-long/week-long strike/walkout/stoppage
143 | verb | down [their] tools
143 | verb | walk off [the] job/jobs
143 | verb | stay away from work/classes/school/schools/offices
143 | verb | boycott _ general/presidential/parliamentary/legislative/local election/elections/vote/polls

# 1431 Conduct strike or boycott for leadership change
1431 | verb | call/stage/hold [a] general/nationwide/national strike to demand [the] resignation/ouster/removal of
1431 | verb | call/stage/hold [a] general/nationwide/national strike demanding [the] resignation/ouster/removal of

# 1433 Conduct strike or boycott for rights
1433 | noun | strike/walkout/stoppage demanding equal pay

# 144 Obstruct passage, block
144 | verb | block/blockade/barricade [the] busiest/main/key border crossing/crossings
144 | verb | block/blockade/barricade [the] main/key/major/busiest bridge/bridges/port/ports/highway/highways/road/roads/motorway/motorways/railway/railways
144 | verb | set up roadblocks/barricades on
144 | verb | erect roadblocks/barricades
144 | verb | put up roadblocks/barricades
144 | verb | barricade [the] streets/roads/highways

# 1441 Obstruct passage to demand leadership change
1441 | verb | blockade/block/barricade [the] roads/highways/streets demanding [the] resignation/ouster/removal of
1441 | verb | blockade/block/barricade roads/highways/streets across _ demanding [the] resignation/ouster/removal of

# 1443 Obstruct passage to demand rights
1443 | verb | set up roadblocks/barricades [on] [a] [major/main] [highway/road] demanding [the] recognition of
1443 | verb | block/blockade/barricade [the] roads/highways/highway/road demanding [the] recognition of
1443 | verb | block/blockade/barricade [the] roads/highways/highway/road demanding [their] land/indigenous/equal rights

# 1444 Obstruct passage to demand change in institutions, regime
1444 | verb | barricade/block/blockade [the] streets/roads/highways demanding [a] new constitution

# 145 Protest violently, riot
145 | verb | torch/loot shops/stores
145 | verb | hurl/throw petrol/fire bombs/stones/rocks at _
145 | verb | hurl/throw molotov cocktails at _
