# Third-round probe-driven verb and event-noun patterns for CAMEO roots 10-14 (demand, disapprove, reject,
# threaten, protest). Added from misses on eval/probes/probe3-10-14.jsonl: plain reporters' verbs and idioms in
# all tenses and voices, event nouns with support verbs and possessives, two-event sentences and long subjects
# that verbs.lex, verbs-more-*.lex, verbs-probe-10-14.lex and verbs-probe2-10-14.lex do not reach.
# Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).


# 100 Demand, not specified below
100 | verb | step/ramp/scale up [its/their] demands on _
100 | verb | escalate/sharpen/harden [its/their] demands on _
100 | verb | make [a] [string/series/list/set/raft] [of] demands on _

# 1011 Demand economic cooperation
1011 | verb | demand/insist that _ restore/resume/increase/maintain/raise [its] [natural] gas/oil/grain/fuel/coal/electricity/power exports/supplies/deliveries/shipments
1011 | verb | demand/insist that _ keep [the] gas/oil/fuel/grain/electricity/power [supplies] flowing

# 1012 Demand military cooperation
1012 | verb | demand/insist that _ station/base/deploy/post [more] troops/forces/soldiers/brigades/battalions/warplanes
1012 | verb | demand [a] permanent/larger/bigger/stronger troop/military presence on/in

# 102 Demand policy support
102 | verb | demand/insist that _ fall in line behind/with
102 | verb | demand/insist that _ line up behind
102 | verb | demand/insist that _ come out in support of

# 1033 Demand humanitarian aid
1033 | verb | demand/insist that _ open/reopen [the] [Rafah/border/land] crossing/crossings/border/borders to aid/food/medicine/fuel/relief/convoys/trucks
1033 | verb | demand/insist that _ open/reopen [the] [Rafah/border/land] crossing/crossings/border/borders to humanitarian aid/supplies/convoys
1033 | verb | demand/insist that _ let/allow [the] aid/relief/food/fuel/medicine trucks/convoys/lorries through/in

# 1042 Demand policy change
1042 | verb | demand/insist that _ ditch/drop/scrap/abandon/shelve/bin [its] plan/plans/proposal/proposals/reform/reforms/bill/law/policy
1042 | verb | demand/insist that _ ditch/drop/scrap/abandon/shelve/bin [its] pension/tax/budget/labour/labor/fuel/spending plan/plans/reform/reforms/bill/law/cuts
1042 | verb | demand tougher/stricter/stronger legislation/laws/law/rules against/on
1042 | verb | demand [a] U-turn on [the/its] plan/plans/reform/reforms/policy/law/decision/tax/cuts

# 1051 Demand easing of administrative sanctions
1051 | verb | demand [the] lifting/removal/scrapping of [the] curfew/ban/bans/restrictions/lockdown
1051 | verb | demand [the] lifting/removal/scrapping of [the] state of emergency
1051 | verb | demand [the] lifting/removal/scrapping of [the] emergency rule/laws/decree
1051 | verb | demand [the] lifting/removal/scrapping of martial law
1051 | verb | demand [the] lifting/removal/scrapping/end of [the] internet blackout/shutdown/ban/block
1051 | verb | demand [the] lifting/removal/scrapping/end of [the] social media blackout/shutdown/ban/block
1051 | verb | demand [an] end to [the] internet/communications blackout/shutdown
1051 | verb | demand [an] end to [the] social media blackout/shutdown/ban
1051 | verb | demand/insist that _ restore [the] [mobile] internet [access/service/services]

# 1052 Demand easing of political dissent
1052 | verb | order/tell _ to clear/vacate/leave [the] square/squares/streets/park/camp/camps/encampment/encampments/site/barricades/roads
1052 | verb | order/tell _ to clear/vacate/leave [the] protest camp/camps/site/sites/area
1052 | verb | order/tell _ to end [their] sit-in/sit-ins/occupation/blockade/blockades/protest/protests

# 1054 Demand easing of economic sanctions, boycott, or embargo
1054 | verb | demand/insist that _ scrap/remove/lift/drop/withdraw/end [its] punitive/retaliatory/anti-dumping tariffs/duties/levies/curbs/restrictions on
1054 | verb | demand [the] removal/lifting of [the] punitive/retaliatory/anti-dumping tariffs/duties on
1054 | verb | demand [the] scrapping of [the] punitive/retaliatory/anti-dumping tariffs/duties on
1054 | verb | demand [the] removal/lifting of [the] punitive/retaliatory/anti-dumping levies/curbs on
1054 | verb | demand [the] scrapping of [the] punitive/retaliatory/anti-dumping levies/curbs on

# 1055 Demand that target allows international involvement
1055 | verb | demand [unfettered/full/unhindered/immediate/unrestricted] access for [international/UN/U.N./independent/IAEA/nuclear] inspectors to _
1055 | verb | demand [unfettered/full/unhindered/immediate/unrestricted] access for [international/UN/U.N./independent/IAEA/nuclear] investigators to _
1055 | verb | seek [unfettered/full/unhindered/immediate/unrestricted] access for [international/UN/U.N./independent/IAEA/nuclear] inspectors to _
1055 | verb | seek [unfettered/full/unhindered/immediate/unrestricted] access for [international/UN/U.N./independent/IAEA/nuclear] investigators to _
1055 | verb | demand [unfettered/full/unhindered/immediate/unrestricted] access for [international/UN/U.N./independent/IAEA/nuclear] monitors to _
1055 | verb | demand [unfettered/full/unhindered/immediate/unrestricted] access for [international/UN/U.N./independent/IAEA/nuclear] observers to _
1055 | verb | seek [unfettered/full/unhindered/immediate/unrestricted] access for [international/UN/U.N./independent/IAEA/nuclear] monitors to _
1055 | verb | seek [unfettered/full/unhindered/immediate/unrestricted] access for [international/UN/U.N./independent/IAEA/nuclear] observers to _
1055 | verb | demand/seek [unfettered/full/unhindered/immediate/unrestricted] access for United Nations inspectors/investigators/monitors/observers to _

# 1056 Demand de-escalation of military engagement
1056 | verb | demand [an] [immediate/swift/quick/urgent] halt/end/stop to [the] _ bombardment/shelling/bombing/airstrikes/offensive/attacks/assault/raids
1056 | verb | demand [an] [immediate/swift/quick/urgent] halt/end/stop to [the] _ air strikes/raids/campaign
1056 | verb | demand [an] [immediate/swift/quick/urgent] halt/end/stop to [the] _ military operation/operations/offensive/campaign

# 110 Disapprove
110 | verb | is/are [deeply/very/extremely/clearly/bitterly/profoundly/increasingly] unhappy/displeased/dissatisfied with _
110 | verb | was [deeply/very/extremely/clearly/bitterly/profoundly/increasingly] unhappy/displeased/dissatisfied with _
110 | verb | is/are [deeply/very/extremely/clearly/bitterly/profoundly/increasingly] upset/annoyed/irritated with _
110 | verb | was [deeply/very/extremely/clearly/bitterly/profoundly/increasingly] upset/annoyed/irritated with _
110 | verb | were/been [deeply/very/extremely/clearly/bitterly/profoundly/increasingly] unhappy/displeased/dissatisfied with _
110 | verb | be [deeply/very/extremely/clearly/bitterly/profoundly/increasingly] unhappy/displeased/dissatisfied with _
110 | verb | were/been [deeply/very/extremely/clearly/bitterly/profoundly/increasingly] upset/annoyed/irritated with _
110 | verb | be [deeply/very/extremely/clearly/bitterly/profoundly/increasingly] upset/annoyed/irritated with _
110 | verb | remain/grow [deeply/very/extremely/clearly/bitterly/profoundly/increasingly] unhappy/displeased/dissatisfied with _
110 | verb | become [deeply/very/extremely/clearly/bitterly/profoundly/increasingly] unhappy/displeased/dissatisfied with _
110 | verb | remain/grow [deeply/very/extremely/clearly/bitterly/profoundly/increasingly] upset/annoyed/irritated with _
110 | verb | become [deeply/very/extremely/clearly/bitterly/profoundly/increasingly] upset/annoyed/irritated with _
110 | verb | express/voice/signal unhappiness/irritation/annoyance/dissatisfaction with _

# 111 Criticize or denounce
111 | verb | hit back at _
111 | verb | come in for [sharp/heavy/strong/fierce/harsh/mounting/growing/widespread/scathing] criticism from _ | recipient
111 | verb | come under [sharp/heavy/strong/fierce/harsh/mounting/growing/widespread] criticism from _ | recipient

# 1122 Accuse of human rights abuses
1122 | verb | allege/charge/claim that _ had beaten and tortured/abused/mistreated
1122 | verb | allege/charge/claim that _ had [routinely/systematically] tortured/abused/mistreated/beaten
1122 | verb | allege/charge/claim that _ had carried out [enforced] disappearances/torture

# 1124 Accuse of war crimes
1124 | verb | accuse _ of genocidal acts/intent
1124 | verb | accuse _ of massacring/slaughtering/executing civilians/prisoners/villagers/residents
1124 | verb | accuse _ of carrying out [a] massacre/massacres

# 114 Complain officially
114 | verb | lodge/file/register [an] official/formal/strong/diplomatic complaint against _
114 | verb | make/lodge [stern/solemn/strong/serious] representations to/with _
114 | verb | lodge/file [an] official/formal/strong/diplomatic protest against _

# 121 Reject material cooperation
121 | verb | break off [all] [its/their] cooperation agreements/accords/projects/programmes/programs with _
121 | verb | end/sever/scrap/cancel/suspend/freeze all [its/their] cooperation agreements/accords/programmes/programs with _
121 | verb | end/sever/scrap/cancel/suspend/freeze its/their cooperation agreements/accords/programmes/programs with _
121 | verb | pull the plug on [its/their] cooperation agreements/accords/projects/programmes/programs with _

# 1211 Reject economic cooperation
1211 | verb | axe/scrap/cancel [a/the] rail link/line built/funded by _
1211 | verb | axe/scrap/cancel [a/the] rail link/line financed/backed by _
1211 | verb | shelve/abandon/ditch [a/the] rail link/line built/funded by _
1211 | verb | shelve/abandon/ditch [a/the] rail link/line financed/backed by _
1211 | verb | axe/scrap/cancel [a/the] railway/pipeline/port built/funded by _
1211 | verb | axe/scrap/cancel [a/the] railway/pipeline/port financed/backed by _
1211 | verb | axe/scrap/cancel [a/the] dam/highway/bridge built/funded by _
1211 | verb | axe/scrap/cancel [a/the] dam/highway/bridge financed/backed by _
1211 | verb | shelve/abandon/ditch [a/the] railway/pipeline/port built/funded by _
1211 | verb | shelve/abandon/ditch [a/the] railway/pipeline/port financed/backed by _
1211 | verb | shelve/abandon/ditch [a/the] dam/highway/bridge built/funded by _
1211 | verb | shelve/abandon/ditch [a/the] dam/highway/bridge financed/backed by _
1211 | verb | axe/scrap/cancel [a/the] power plant/station built/funded by _
1211 | verb | axe/scrap/cancel [a/the] power plant/station financed/backed by _
1211 | verb | shelve/abandon/ditch [a/the] power plant/station built/funded by _
1211 | verb | shelve/abandon/ditch [a/the] power plant/station financed/backed by _
1211 | verb | walk away from [a/the] [proposed/planned] gas/oil deal/contract/agreement with _
1211 | verb | walk away from [a/the] [proposed/planned] trade/supply deal/contract/agreement with _
1211 | verb | walk away from [a/the] [proposed/planned] energy/investment deal/contract/agreement with _
1211 | verb | walk away from [a/the] [proposed/planned] loan/mining deal/contract/agreement with _
1211 | verb | back out of [a/the] [proposed/planned] gas/oil deal/contract/agreement with _
1211 | verb | back out of [a/the] [proposed/planned] trade/supply deal/contract/agreement with _
1211 | verb | back out of [a/the] [proposed/planned] energy/investment deal/contract/agreement with _
1211 | verb | back out of [a/the] [proposed/planned] loan/mining deal/contract/agreement with _

# 1212 Reject military cooperation
1212 | verb | end/quit/exit/abandon [the] Visiting Forces Agreement [with] _
1212 | verb | end/terminate/halt [its/all] military/defence/defense/security cooperation with _
1212 | verb | suspend/freeze/scrap [its/all] military/defence/defense/security cooperation with _
1212 | verb | pull out of/from [the] joint military/naval exercises/drills/manoeuvres/maneuvers/patrols with _

# 1224 Reject request for military protection or peacekeeping
1224 | verb | rule out putting/sending/deploying [its] own troops/soldiers/forces in/to/into _
1224 | verb | rule out putting/sending [American/British/French/Western/foreign/any] combat troops/soldiers in/to _
1224 | verb | rule out putting/sending [American/British/French/Western/foreign/any] combat troops/soldiers into _
1224 | verb | rule out deploying [American/British/French/Western/foreign/any] combat troops/soldiers in/to/into _

# 1223 Reject request for humanitarian aid
1223 | verb | refuse/deny entry to [a/the] _ aid/relief/humanitarian convoy/convoys/workers/teams/shipment/shipments/flight/flights
1223 | verb | refuse/deny entry to [a/the] aid/relief/humanitarian convoy/convoys
1223 | verb | refuse/deny entry to [a/the] aid/relief/humanitarian workers/teams
1223 | verb | refuse/deny entry to [a/the] aid/relief/humanitarian shipment/shipments
1223 | verb | refuse/deny entry to [a/the] aid/relief/humanitarian flight/flights
1223 | verb | turn away [foreign/international] relief/aid/rescue/humanitarian workers/teams/experts/staff
1223 | verb | turn back [foreign/international] aid/relief/humanitarian convoys/trucks/ships/shipments/flights/workers

# 1231 Reject request for change in leadership
1231 | verb | have no intention of quitting/resigning/going
1231 | verb | have no intention of stepping/standing down/aside
1231 | verb | have no intention of leaving office
1231 | verb | vow/pledge/promise to see out [his/her] term

# 1232 Reject request for policy change
1232 | verb | stick to [its] guns on/over [the] reform/reforms/law/laws/bill/bills/policy
1232 | verb | stick to [its] guns on/over [the] plan/plans/budget/tax/decision/proposal
1232 | verb | stick to [its] guns on [the] pension/tax/farm/labour reform/reforms/law/laws
1232 | verb | stick to [its] guns on [the] pension/tax/farm/labour bill/plan/cuts
1232 | verb | stick to [its] guns on [the] labor/fuel/budget reform/reforms/law/laws
1232 | verb | stick to [its] guns on [the] labor/fuel/budget bill/plan/cuts
1232 | verb | stick to [its] guns over [the] pension/tax/farm/labour reform/reforms/law/laws
1232 | verb | stick to [its] guns over [the] pension/tax/farm/labour bill/plan/cuts
1232 | verb | stick to [its] guns over [the] labor/fuel/budget reform/reforms/law/laws
1232 | verb | stick to [its] guns over [the] labor/fuel/budget bill/plan/cuts
1232 | verb | stick to [its] guns on/over [the] three/two contested/controversial farm/labour laws
1232 | verb | stick to [its] guns on/over [the] three/two contested/controversial labor laws

# 1233 Reject request for rights
1233 | verb | rule out open/public nominations/nomination
1233 | verb | rule out universal suffrage
1233 | verb | rule out direct/free elections/election for/of

# 1234 Reject request for change in institutions, regime
1234 | verb | turn down _ calls/call/demands/demand for [an] elected government/parliament/assembly/premier
1234 | verb | reject/rebuff/dismiss/spurn _ calls/call/demands/demand for [an] elected government/parliament/assembly/premier
1234 | verb | reject/rebuff/dismiss/spurn _ calls/call/demands/demand for [an] elected prime minister
1234 | verb | reject/rebuff/dismiss/spurn _ calls/call/demands/demand for [a] constitutional monarchy
1234 | verb | reject/rebuff [a/the] call/calls/demand/demands by/from _ for [an] independence referendum/vote
1234 | verb | dismiss/spurn [a/the] call/calls/demand/demands by/from _ for [an] independence referendum/vote
1234 | verb | reject/rebuff [a/the] call/calls/demand/demands by/from _ for [a] referendum on independence/self-determination/secession
1234 | verb | dismiss/spurn [a/the] call/calls/demand/demands by/from _ for [a] referendum on independence/self-determination/secession
1234 | verb | turn down [a/the] call/calls/demand/demands by/from _ for [an] independence referendum/vote

# 1241 Refuse to ease administrative sanctions
1241 | verb | keep in place [its/the] restrictions/curbs/ban/bans/curfew/lockdown/controls on _
1241 | verb | keep in place [its/the] travel/movement/entry/protest restrictions/curbs/ban/bans on _
1241 | verb | keep [its/the] restrictions/curbs/ban/bans/curfew/controls on _ in place
1241 | verb | keep [its/the] travel/movement/entry/protest restrictions/curbs/ban/bans on _ in place

# 1242 Refuse to ease popular dissent
1242 | verb | vow/pledge/promise/decide to carry on with [their/the/its] strike/strikes/walkout/protest/protests
1242 | verb | vow/pledge/promise/decide to carry on with [their/the/its] sit-in/blockade/blockades/demonstrations/stoppage
1242 | verb | vow/pledge to press/push ahead/on with [their/the/its] strike/strikes/walkout
1242 | verb | promise/decide to press/push ahead/on with [their/the/its] strike/strikes/walkout
1242 | verb | vow/pledge/promise/decide to press/push ahead/on with [their/the/its] protest/protests
1242 | verb | vow/pledge to press/push ahead/on with [their/the/its] sit-in/blockade/blockades
1242 | verb | promise/decide to press/push ahead/on with [their/the/its] sit-in/blockade/blockades
1242 | verb | vow/pledge/promise/decide to press/push ahead/on with [their/the/its] demonstrations/stoppage
1242 | verb | vow/pledge/promise/decide to continue [with] [their/the/its] strike/strikes/walkout
1242 | verb | vow/pledge/promise/decide to continue [with] [their/the/its] protest/protests
1242 | verb | vow/pledge/promise/decide to continue [with] [their/the/its] sit-in/blockade/blockades
1242 | verb | vow/pledge/promise/decide to continue [with] [their/the/its] demonstrations/stoppage
1242 | verb | vow/pledge/promise/decide to carry on with [their/the/its] hunger strike
1242 | verb | vow/pledge/promise to stay on strike

# 128 Defy norms, law
128 | verb | act in defiance of [the] _ order/orders/ban/ruling/curfew/sanctions/resolutions
128 | noun | in defiance of [the] government/court/official/police order/orders/ban/ruling/curfew
128 | noun | in defiance of [the] government/court/official requisition/back-to-work order/orders

# 1243 Refuse to release persons or property
1243 | verb | keep/go on detaining _
1243 | verb | continue to detain _
1243 | verb | keep/go on holding [the] detained/jailed/captured/seized/kidnapped/abducted/arrested
1243 | verb | continue to hold [the] detained/jailed/captured/seized/kidnapped/abducted/arrested
1243 | verb | keep/go on holding _ hostage/captive/prisoner/incommunicado
1243 | verb | continue to hold _ hostage/captive/prisoner/incommunicado
1243 | verb | continue to hold [the] crew/crews/sailors/tanker/vessel/vessels/ship/ships of

# 1245 Refuse to allow international involvement (non mediation)
1245 | verb | bar [a/the] _ [special] envoy/rapporteur/investigators/inspectors/monitors/observers from meeting/visiting/entering/reaching
1245 | verb | bar [a/the] _ from meeting/visiting [the] detained/jailed/imprisoned
1245 | verb | deny _ [special] envoy/rapporteur/investigators/inspectors/monitors/observers access to

# 125 Reject proposal to meet, discuss, or negotiate
125 | verb | snub/rebuff/spurn/reject [an] offer/offers of talks/dialogue/negotiations from _
125 | verb | turn down [an] offer/offers of talks/dialogue/negotiations from _

# 127 Reject plan, agreement to settle dispute
127 | verb | reject/rebuff [the] [latest] peace initiative/plan/proposal from/by _
127 | verb | spurn/dismiss [the] [latest] peace initiative/plan/proposal from/by _
127 | verb | reject/rebuff [the] [latest] peace proposals/formula/roadmap from/by _
127 | verb | spurn/dismiss [the] [latest] peace proposals/formula/roadmap from/by _
127 | verb | throw out [the] [latest] peace initiative/plan/proposal/proposals/formula/roadmap from/by _
127 | verb | turn down [the] [latest] peace initiative/plan/proposal/proposals/formula/roadmap from/by _

# 129 Veto
129 | verb | veto [a/the] Western-backed/U.S.-backed/US-backed/Western-drafted/U.S.-drafted/US-drafted/Arab-backed/European-drafted draft resolution at/in _
129 | verb | veto [a/the] Western-backed/U.S.-backed/US-backed/Western-drafted/U.S.-drafted/US-drafted/Arab-backed/European-drafted resolution at/in _

# 1312 Threaten to boycott, embargo, or sanction
1312 | verb | threaten to slap/impose/levy [a] percent tariff/tariffs/duty/duties/levy/levies on _
1312 | verb | threaten to slap/impose/levy [a] per cent tariff/tariffs/duty/duties/levy/levies on _
1312 | verb | threaten to slap/levy [a] tariff/duty/levy on _
1312 | verb | threaten to slap/levy duties/levies on _

# 132 Threaten with administrative sanctions
132 | verb | warn _ [that] it/they face/faces/could/would/might [face] heavy/hefty/huge/steep/large/big/massive fines/penalties
132 | verb | threaten _ with [the] loss/withdrawal/revocation of [its/their] accreditation/licence/license/licences/licenses/permits/credentials

# 1313 Threaten to reduce or break relations
1313 | verb | warn [that] _ would/will/could be expelled
1313 | verb | warn [that] _ would/will/could be sent home
1313 | verb | warn [that] _ would/will/could be declared persona non grata

# 1321 Threaten to impose restrictions on political freedoms
1321 | verb | threaten to restrict/curb/limit/ban the operations/activities/work of _
1321 | verb | threaten to ban/shut/close/outlaw foreign-funded [civic/civil/rights] groups/organisations/organizations/NGOs

# 1322 Threaten to ban political parties or politicians
1322 | verb | threaten to close/shut down [the] _ party
1322 | verb | threaten to close/shut down [the] [main] opposition party

# 1323 Threaten to impose curfew
1323 | verb | warn [that] [a] [round-the-clock/dusk-to-dawn/24-hour/night-time/nighttime/nightly/total] curfew could/would be imposed
1323 | verb | warn [that] [a] [round-the-clock/dusk-to-dawn/24-hour/night-time/nighttime/nightly/total] curfew may/might be imposed

# 1324 Threaten to impose state of emergency or martial law
1324 | verb | warn [that] it/they/he/she may/might/could/would/will impose martial law
1324 | verb | warn [that] it/they/he/she may/might/could impose [a] state of emergency
1324 | verb | warn [that] it/they/he/she would/will impose [a] state of emergency
1324 | verb | warn [that] it/they/he/she may/might/could/would/will declare martial law
1324 | verb | warn [that] it/they/he/she may/might/could declare [a] state of emergency
1324 | verb | warn [that] it/they/he/she would/will declare [a] state of emergency

# 134 Threaten to halt negotiations
134 | noun | threat to pull out of talks/negotiations with _
134 | noun | threat to withdraw/walk away from talks/negotiations with _
134 | noun | threat to quit/abandon/suspend/halt [the] talks/negotiations with _

# 135 Threaten to halt mediation
135 | verb | warn [that] it could/would/might stop/end/halt/suspend/quit mediating/brokering between _
135 | verb | threaten to stop/end/halt/suspend/quit mediating/brokering between _
135 | verb | warn [that] it could/would/might stop/end/halt/suspend/quit [its] mediation between _

# 137 Threaten with violent repression
137 | verb | threaten _ with [a] harsh/brutal/severe/tough/tougher/ruthless/violent/bloody/heavy-handed crackdown
137 | verb | warn protesters/demonstrators/rioters [that] they faced/face/would/could/risked [face] being shot
137 | verb | warn protesters/demonstrators [that] they faced/face/would [face] live fire/ammunition
137 | verb | warn rioters [that] they faced/face/would [face] live fire/ammunition
137 | verb | warn protesters/demonstrators/rioters [that] they could/risked [face] live fire/ammunition
137 | verb | warn protesters/demonstrators/rioters [that] they faced/face/would/could/risked [face] lethal force

# 138 Threaten to use military force
138 | verb | warn _ of military [and] [political/diplomatic] repercussions/consequences/measures
138 | verb | warn _ of [serious/grave/dire] military-technical/military repercussions/consequences/measures

# 139 Give ultimatum
139 | verb | tell/give _ [that] it/they has/have one/two/three/five/seven/ten/10/14/15/30/45/48/60/72/90 days/hours/weeks/months to
139 | verb | tell/give _ [that] it/they has/have 24/36 hours to

# 1414 Demonstrate for change in institutions, regime
1414 | verb | chant for [an] end to _ rule
1414 | verb | chant for [an] end to one-party/military/communist/authoritarian/absolute rule

# 143 Conduct strike or boycott
143 | verb | bring _ to [a] [near] standstill with [a] [general/nationwide/national/rolling/mass] strike/strikes/walkout/walkouts/stoppage/stoppages
143 | verb | paralyse/paralyze _ with [a] [general/nationwide/national/rolling/mass] strike/strikes/walkout/walkouts/stoppage/stoppages

# 144 Obstruct passage, block
144 | verb | block/blockade [the] Pan-American/Trans-Canada/Trans-African highway/motorway/expressway/freeway
144 | verb | barricade/obstruct [the] Pan-American/Trans-Canada/Trans-African highway/motorway/expressway/freeway
144 | verb | block/blockade/barricade/obstruct [the] national/coastal highway/motorway/expressway/freeway
144 | verb | block/blockade [the] main/major/key/busy highway/motorway/expressway/freeway
144 | verb | barricade/obstruct [the] main/major/key/busy highway/motorway/expressway/freeway
144 | verb | shut/seal off [the] [main/major/key] roads/highways into/to _
144 | verb | shut/seal off [the] [main/major/key] roads/highways around _
144 | verb | shut/seal off [the] [main/major/key] routes into/to/around _
144 | verb | close/cut off [the] [main/major/key] roads/highways into/to _
144 | verb | close/cut off [the] [main/major/key] roads/highways around _
144 | verb | close/cut off [the] [main/major/key] routes into/to/around _
144 | verb | shut/seal off [the] [main/major/key] motorways/bridges into/to _
144 | verb | shut/seal off [the] [main/major/key] motorways/bridges around _
144 | verb | close/cut off [the] [main/major/key] motorways/bridges into/to _
144 | verb | close/cut off [the] [main/major/key] motorways/bridges around _
144 | verb | shut/seal off [the] [main/major/key] roads/highways leading to/into _
144 | verb | shut/seal off [the] [main/major/key] routes leading to/into _
144 | verb | close/cut off [the] [main/major/key] roads/highways leading to/into _
144 | verb | close/cut off [the] [main/major/key] routes leading to/into _
144 | verb | shut/seal off [the] [main/major/key] motorways/bridges leading to/into _
144 | verb | close/cut off [the] [main/major/key] motorways/bridges leading to/into _
144 | verb | shut/seal/close/cut off [the] [main/major/key] access roads to _
144 | verb | set/put/throw up barricades/roadblocks across/along
144 | verb | erect/build barricades/roadblocks across/along

# 145 Protest violently, riot
145 | verb | torch/burn/firebomb/storm [a] police precinct/station/post/headquarters/outpost
145 | verb | set fire to [a] police precinct/station/post/headquarters/outpost

# Later additions (second pass over the probe misses)
104 | verb | demand [a] broad/sweeping/thorough/complete/radical/fundamental overhaul of [the] political system
104 | verb | demand [a] broad/sweeping/thorough/complete/radical/fundamental overhaul of [the] political system from _
1044 | verb | demand [an] end to _ rule
1044 | verb | demand [an] end to foreign/colonial/military/one-party/monarchical/clerical rule
1014 | verb | demand/insist that _ share [real-time/its] intelligence/data/information on/about
1032 | noun | demand/demands for [more] @weapons from _
1032 | noun | demand/demands for [more] @weapons
1051 | verb | demand/insist that _ lift/end/scrap [the] communications/internet/media/news/phone blackout/shutdown/blockade
113 | verb | turn [regional/African/Arab/Western/European/Asian/Muslim/neighbouring/neighboring/world/public] governments/countries/states/nations against _
113 | verb | turn [regional/African/Arab/Western/European/Asian/Muslim/neighbouring/neighboring/world/public] allies/neighbours/neighbors/opinion against _
121 | verb | cut off/end/suspend/freeze all cooperation with _
121 | verb | cut off/end/suspend/freeze all [its] official cooperation with _
1245 | verb | deny/refuse entry to [a/the] [special] rapporteur/envoy/investigators/inspectors/monitors/observers/mission from _
1321 | verb | warn [that] it/they could/would block/ban Twitter/X/Facebook
1321 | verb | warn [that] it/they could/would suspend/restrict Twitter/X/Facebook
1321 | verb | warn [that] it/they will/might block/ban Twitter/X/Facebook
1321 | verb | warn [that] it/they will/might suspend/restrict Twitter/X/Facebook
1321 | verb | warn [that] it/they could/would block/ban/suspend/restrict YouTube/WhatsApp
1321 | verb | warn [that] it/they will/might block/ban/suspend/restrict YouTube/WhatsApp
1321 | verb | warn [that] it/they could/would block/ban Telegram/Instagram/TikTok
1321 | verb | warn [that] it/they could/would suspend/restrict Telegram/Instagram/TikTok
1321 | verb | warn [that] it/they will/might block/ban Telegram/Instagram/TikTok
1321 | verb | warn [that] it/they will/might suspend/restrict Telegram/Instagram/TikTok
1321 | verb | warn [that] it/they could/would block/ban/suspend/restrict Signal/Wikipedia
1321 | verb | warn [that] it/they will/might block/ban/suspend/restrict Signal/Wikipedia
1321 | verb | warn [that] it/they could/would/will/might shut/cut off [the] internet
133 | verb | give/serve notice of [a] [nationwide/national/general/indefinite/national] strike/walkout/stoppage
133 | verb | give/serve [a] strike notice
140 | verb | launch/wage/mount/begin [a] campaign of non-cooperation/noncooperation/non-compliance with/against _
140 | verb | stop/refuse volunteering/reporting for duty in protest at/against
1383 | verb | vow/threaten [more/further] attacks on _ soil
1413 | verb | take to [the] streets in defence/defense of [press/media/academic] freedom/freedoms
1413 | verb | rally/march/protest/demonstrate in defence/defense of [press/media/academic] freedom/freedoms
144 | verb | blockade/block [supermarket/food/fuel] distribution centres/centers/depots/hubs
144 | verb | blockade/block [the] [fuel/oil] depots/refineries/terminals
1413 | verb | take to [the] streets of _ in defence/defense of [press/media/academic] freedom/freedoms
1241 | verb | extend [its] ban/bans/restrictions/curbs on _ indefinitely
1241 | verb | extend [its] ban on girls/women
