# Probe-driven verb and event-noun patterns for CAMEO roots 10-14 (demand, disapprove, reject, threaten,
# protest), fourth round. Added from misses on eval/probes/probe4-10-14.jsonl, whose sentences imitate the
# prose of official and non-Western outlets (ministry statements, Xinhua, TASS, Yonhap, PTI, Dawn), actions in
# non-finite or subordinate position, headline idioms, and hedged or conditional threats ("warned it could ...").
# A few patterns code the underlying act of another root (162, 163, 165, 166, 1722) so that readout's intent
# rule turns its announced or conditional form into the matching threat (1311, 1312, 135, 136, 1322).
# Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# 100 Demand, not specified
100 | verb | serve _ with [a] list/set/series of demands/conditions
100 | verb | present _ with [a] list/set/series of conditions

# 101 Demand information, investigation
101 | verb | demand/insist that _ share/disclose/publish/reveal [the] findings/results/outcome/details of
101 | verb | demand/insist that _ come clean about/on/over
101 | verb | press/push _ to come clean about/on/over
101 | verb | demand [a] [full/complete/public/proper] accounting from _
101 | verb | demand [a] [full/complete/public/proper] accounting of

# 1011 Demand economic cooperation
1011 | verb | demand/insist that _ restore/resume [its] onion/rice/sugar/wheat/grain/fuel/gas/oil/coal/fertiliser/fertilizer/food/power shipments/exports/supplies/deliveries

# 1012 Demand military cooperation
1012 | verb | demand/insist that _ make good on [its] [mutual/collective] defence/defense/security/alliance commitments/obligations/guarantees

# 1013 Demand judicial cooperation
1013 | verb | lodge/submit/file [a] [formal/official] demand with _ for [the] extradition of

# 1014 Demand intelligence cooperation
1014 | verb | demand/insist that _ hand over [its] [surveillance/satellite/radar/tracking/intelligence] data/imagery/footage/intelligence
1014 | verb | demand/insist that _ share [its] surveillance/satellite/radar/tracking data/imagery/footage

# 102 Demand policy support
102 | verb | demand/insist that _ abide by [the] one-China principle/policy
102 | verb | demand/insist that _ adhere to [the] one-China principle/policy
102 | verb | demand/insist that _ respect/uphold/honour/honor/observe [the] one-China principle/policy

# 103 Demand aid, protection
103 | verb | demand/insist that _ step up [its] support/assistance/aid/help for/to
103 | verb | demand/insist that _ increase/boost [its] assistance/aid/help for/to

# 1032 Demand military aid
1032 | noun | insistence that _ deliver/send/supply/provide [the] [promised] @weapons

# 1033 Demand humanitarian aid
1033 | verb | demand/insist that _ rush/airlift/ship/truck/dispatch @humanitarian_aid

# 1034 Demand military protection or peacekeeping
1034 | verb | demand the urgent/immediate/swift/rapid dispatch of [a] multinational/international/foreign/regional [armed/security/peacekeeping] force/mission
1034 | verb | demand [the] dispatch of [a] multinational/international/foreign/regional [armed/security/peacekeeping] force/mission

# 104 Demand political reform
104 | verb | demand [sweeping/broad/genuine/meaningful/far-reaching/fundamental/comprehensive] electoral/governance reform/reforms

# 1041 Demand change in leadership
1041 | verb | insist that _ step aside/down
1041 | verb | insist that _ resign/quit

# 1042 Demand policy change
1042 | verb | demand/insist that _ withdraw [its/the] regulation/regulations/law/bill/decree/directive/ordinance/rule/rules/tariff/tariffs/levy/tax/ban/measure/measures/policy

# 1044 Demand change in institutions, regime
1044 | verb | demand/insist that _ set [a] [firm/clear/fixed/credible] date for [a/the] return to constitutional/civilian/democratic order/rule
1044 | verb | demand/insist that _ set [a] [firm/clear/credible] timetable/timeline for [a] return to constitutional/civilian/democratic order/rule
1044 | verb | demand [a] [firm/clear/credible] timetable/timeline for [a] return to civilian/constitutional/democratic rule/order

# 1052 Demand easing of political dissent
1052 | verb | demand/insist that _ return to work/duty/class/classes/wards
1052 | verb | demand/insist that _ call off [their/the] strike/walkout/sit-in/stoppage/blockade/protest/protests
1052 | verb | demand/insist that _ end/suspend [their/the] walkout/sit-in/stoppage/blockade/occupation

# 1053 Demand release of persons or property
1053 | verb | take up with _ [the] demand/issue/question of/for [the] [early/immediate/safe] release of

# 110 Disapprove
110 | verb | express/voice/convey [deep/grave/serious/strong] concern and regret over/at/about
110 | verb | convey [its/his/her/their] [strong/deep/serious/grave] displeasure/dissatisfaction/disappointment/discontent to _

# 113 Rally opposition against
113 | noun | drive/bid/campaign/effort/push to rally/mobilise/mobilize [regional/Western/African/Arab/Muslim/European/Asian/international/world/global] governments/countries/nations/states/capitals against _

# 114 Complain officially
114 | verb | convey [its/his/her/their] [strong/strongest/serious/formal/firm] objection/objections to _
114 | verb | summon _ to convey [its/his/her/their] [strong/strongest/serious/formal] objection/objections/protest/displeasure/concern

# 115 Bring lawsuit against
115 | verb | go to court to challenge/block/overturn/stop _

# 121 Reject material cooperation
121 | verb | scrap/end/cancel/suspend/halt/freeze [all] [of] [its] joint [development/infrastructure/aid/economic] projects/programmes/programs/ventures with _

# 1211 Reject economic cooperation
1211 | verb | back out of [a/the] [planned] deal/agreement/contract/pact to import/buy/purchase/export/sell/supply
1211 | verb | back out of [a/the] trade/energy/oil/gas/investment/supply/loan/purchase deal/agreement/contract/pact with _

# 1212 Reject military cooperation
1212 | verb | call off [a/the] [planned/scheduled/annual] joint [military/naval/air] exercise/exercises/drill/drills with _
1212 | verb | cancel/scrap/suspend/postpone [a/the] [planned/scheduled/annual] joint [military/naval/air] exercise/exercises/drill/drills with _

# 1222 Reject request for military aid
1222 | verb | spurn _ request/requests/appeal/appeals/plea/pleas for @weapons

# 1224 Reject request for military protection or peacekeeping
1224 | verb | rule out sending/deploying [American/U.S./British/French/NATO/Western/foreign/ground/combat/any] troops/soldiers/forces/peacekeepers to/in _
1224 | verb | rule out putting [American/U.S./British/French/NATO/Western/foreign/any] troops/boots on the ground in _

# 1232 Reject request for policy change
1232 | verb | reject/rebuff/dismiss/spurn [the] calls/demands/call/demand by/from _ to abolish/scrap/repeal/revoke/withdraw/rescind/amend/reverse

# 1241 Refuse to ease administrative sanctions
1241 | verb | keep in force [its/the/their] ban/bans/restrictions/curbs/curfew/controls/order/orders on _
1241 | verb | keep [its/the/their] ban/bans/restrictions/curbs/curfew on _ in force

# 1242 Refuse to ease popular dissent
1242 | verb | vow/pledge/promise/decide to keep up [their/the/its] walkout/walkouts/protest/protests/demonstrations/sit-in/blockade/blockades/boycott
1242 | verb | vow/pledge/promise/decide to keep up [their/the/its] strikes and [street] protests/demonstrations
1242 | verb | vow/pledge/promise/decide to keep up [their/the/its] strike action

# 1244 Refuse to ease economic sanctions
1244 | verb | have no intention of easing/lifting/relaxing/removing [its/the] sanctions/embargo/blockade on/against _
1244 | verb | have no plans to ease/lift/relax/remove [its/the] sanctions/embargo on/against _

# 130 Threaten
130 | verb | take resolute and forceful measures/countermeasures
130 | verb | not leave unanswered

# 1311 Threaten to reduce or stop aid
1311 | verb | warn that it/they could/would/might/will withhold [development/military/economic/financial/budget/foreign] aid/assistance/funding/support
1311 | verb | warn it/they could/would/might/will withhold [development/military/economic/financial/budget/foreign] aid/assistance/funding/support
1311 | verb | warn that it/they could/would/might/will cut/suspend/freeze/halt [its] aid/assistance/funding to
1311 | verb | warn it/they could/would/might/will cut/suspend/freeze/halt [its] aid/assistance/funding to
162 | verb | cut/suspend/halt/freeze/withhold/reduce development/economic/budget/financial aid/assistance/funding/support to _

# 1312 Threaten to boycott, embargo, or sanction
1312 | verb | threaten to curb/restrict/ban/halt/block/suspend [banana/fruit/seafood/fish/wine/beef/pork/meat/coal/timber/grain/wheat/rice/sugar/tea/coffee/dairy/farm/agricultural] imports from/of _
1312 | verb | vow/threaten/pledge to slap/impose [retaliatory] countermeasures on _
163 | verb | slap [retaliatory] countermeasures on _

# 1313 Threaten to reduce or break relations
1313 | verb | warn _ [that] it/they could/would/might/will expel/recall/downgrade/sever

# 132 Threaten with administrative sanctions
132 | verb | warn _ [that] they/it could/would/will/might lose [their/its] [operating/broadcasting/broadcast] licence/license/licences/licenses/permit/permits/accreditation

# 1321 Threaten to restrict political freedoms
1321 | verb | warn _ [that] it/they would/could/will/might suspend/revoke/withdraw/cancel [their/its] licences/licenses/licence/license

# 1322 Threaten to ban political parties
1722 | verb | deregister _ as [a] [political] party

# 1323 Threaten to impose curfew
1323 | verb | say [that] [a] [round-the-clock/dusk-to-dawn/24-hour/night-time/nighttime/nightly/total] curfew could/would/may/might be imposed

# 1324 Threaten state of emergency or martial law
1324 | verb | warn [that] it/they may/might/could/would/will extend [the] state of emergency
1324 | verb | warn [that] it/they may/might/could/would/will extend martial law

# 133 Threaten political dissent
133 | verb | issue/serve [a] strike notice to _
133 | verb | issue/serve [a] strike notice

# 135 Threaten to halt mediation
165 | verb | step back/down from [its] role as mediator/mediators/facilitator

# 136 Threaten to halt international involvement
166 | verb | order [the] _ peacekeeping mission/force/peacekeepers out of

# 137 Threaten with violent repression
137 | verb | vow/pledge/threaten to deal decisively/firmly/harshly/severely/ruthlessly with _
137 | verb | warn _ [that] officers/police/troops/soldiers/forces would/will/could use [all] [necessary/lethal/maximum/live] force/ammunition/fire

# 1385 Threaten attack with WMD
1385 | verb | stand ready to mobilise/mobilize/use/unleash [its] nuclear forces/weapons/arsenal against _

# 140 Political dissent
140 | verb | launch/wage/mount/begin [a] campaign of civil defiance/disobedience
140 | verb | stop/cease reporting for training/duty in protest

# 141 Demonstrate or rally
141 | verb | take part in [a/the] protest march/rally/demonstration/marches/rallies/demonstrations

# 143 Conduct strike or boycott
143 | verb | stage/hold/call [a] transport/taxi/bus/trucking/truckers/teachers/doctors/nurses strike
143 | verb | stay away from hospitals/factories/courts/mines/ports/clinics
143 | verb | stay away from [the] [general/presidential/parliamentary/local] election/elections/vote

# 144 Obstruct passage, block
144 | verb | set/put up blockades/barricades/roadblocks on [the] [main/major/key] highways/roads/highway/road/streets

# Later additions (second pass over the probe misses)
# Demands and threats voiced in a reported or conditional clause ("said it could ...", "warned it would ...")
1032 | verb | reiterate/repeat/renew [his/her/its/their] insistence that _ deliver/send/supply/provide [the] [promised] @weapons
133 | verb | warn it/they would/will/could stage/call/hold a general/nationwide/national/indefinite/open-ended strike/strikes
133 | verb | warn that it/they would/will/could stage/call/hold a general/nationwide/national/indefinite/open-ended strike/strikes
133 | verb | warn it/they would/will/could stage/hold mass/nationwide/street protests/demonstrations/rallies
133 | verb | warn that it/they would/will/could stage/hold mass/nationwide/street protests/demonstrations/rallies
134 | verb | say [that] it/they could/would/might walk out/away of/from [the] talks/negotiations with _
134 | verb | warn [that] it/they could/would/might walk out/away of/from [the] talks/negotiations with _
135 | verb | say/warn [that] it could/would/might step back/down from [its] role as mediator/mediators/facilitator
1322 | verb | say/warn [that] it/they may/might/could/would/will deregister/disband/outlaw _
138 | verb | not hesitate to launch/start [a] [fresh/new/military/ground/cross-border/full-scale] war/operation/offensive/incursion/attack/invasion/strikes
138 | verb | not hesitate to use [military] force
140 | verb | no longer report for training/duty/service in protest
130 | verb | vow/pledge/promise/threaten to hit back at _
1246 | verb | rebuff/reject/ignore/defy/dismiss _ calls/appeals/demands for [a] [humanitarian/immediate] pause/truce/ceasefire/cease-fire/halt/de-escalation

# Protest acts
141 | verb | occupy [the] entrance/entrances/lobby/courtyard/grounds/forecourt of
141 | verb | occupy [the] administration/administrative block/building/offices
143 | verb | stay away from Monday's/Tuesday's/Wednesday's/Thursday's/Friday's/Saturday's/Sunday's/this/next/last [general/presidential/parliamentary/local] election/elections/vote/polls
143 | verb | boycott [the] [parliamentary/parliament/assembly/budget/house] committee meeting/meetings/session/sessions/sitting/hearing
143 | verb | boycott [the] parliamentary/parliament/assembly/budget session/sessions/debate/vote/meeting
143 | noun | strike by doctors/nurses/teachers/workers/lecturers/miners/dockers/drivers/pilots/staff/employees/unions
145 | verb | set fire to [the] mayor's/governor's/governor/mayoral office/offices/residence/headquarters/compound
145 | verb | torch [the] mayor's/governor's/governor/mayoral office/offices/residence/headquarters/compound
145 | verb | set [police] buses/cars/vehicles/tyres/tires/barricades alight/ablaze
145 | verb | smash factory/shop/store/car/bank/office/government windows/windowpanes
