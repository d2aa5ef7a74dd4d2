# Verb and event-noun patterns for CAMEO roots 09 (investigate), 10 (demand), 11 (disapprove), 12 (reject) and
# 13 (threaten), eighth-round second vocabulary sweep. Written for readout from a systematic list of wire-news
# phrasings per sub-code that the sixth- and seventh-round sweep files and the rest of the built-in lexicon did not
# cover; the sentences of eval/probes/probe8-sweep-2-09-10-11-12-13.jsonl (one per phrasing) and
# eval/probes/probe8-2-09-10-11-12-13.jsonl are the regression test of these patterns.
# Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# 090 Investigate, not specified below
090 | verb | order [a] [national] [security] review of _
090 | verb | hold [public/parliamentary/congressional/televised] hearings into/on _
090 | verb | put/place _ under scrutiny
090 | verb | carry out [a] [forensic/special/full] audit of _
090 | verb | conduct [a] [forensic/special/full] audit of _
090 | verb | dispatch/send [a] fact-finding team/panel/delegation to _
090 | verb | conduct [an] inspection/inspections of _
090 | verb | carry out [an] inspection/inspections of _
090 | verb | convene/appoint/establish [a] board of inquiry into _
090 | verb | vet _ investment/investments/takeover/takeovers/bid/bids/acquisition/acquisitions

# 091 Investigate crime, corruption
091 | verb | put/place _ under [formal/criminal] investigation
091 | verb | serve [a] notice of suspicion on _
091 | verb | quiz _ over/about/on [alleged] corruption/graft/bribery/fraud/embezzlement/kickbacks/bribes/money-laundering/missing

# 1011 Demand economic cooperation
1011 | verb | demand/insist that _ release [more] water
1011 | verb | demand/insist that _ resume gas/oil [transit] supplies/payments/deliveries/flows/exports
1011 | verb | demand/insist that _ speed/step up investment/investments/imports/purchases
1011 | verb | demand/insist that _ increase/boost investment/investments/imports/purchases
1011 | verb | demand/insist that _ give/grant foreign/European/American/Western/overseas firms/companies/businesses/investors [equal/fair/greater/better/full] access
1011 | verb | demand tariff-free/duty-free/unfettered/frictionless/full/equal access to [the] _ market

# 1012 Demand military cooperation
1012 | verb | demand/insist that _ allow/let [U.S./American/foreign/allied/NATO] warships/troops/forces/aircraft/warplanes/jets/submarines [to] use [its] ports/bases/airspace/airfields

# 1013 Demand judicial cooperation
1013 | verb | demand/insist that _ repatriate [corrupt] officials/fugitives/suspects/fugitive
1013 | verb | demand/insist that _ send back [the] fugitive/fugitives/suspect/suspects/tycoon/businessman/trader
1013 | verb | demand/insist that _ hand over [the] fugitive/fugitives/suspect/suspects/tycoon/businessman/trader/masterminds/accused
1013 | verb | demand/insist that _ surrender [the] fugitive/fugitives/suspect/suspects/tycoon/businessman/trader/masterminds/accused

# 102 Demand policy support
102 | verb | demand/insist that _ align itself/themselves with
102 | verb | demand/insist that _ withdraw/revoke/rescind [its/their] recognition of
102 | verb | demand/insist that _ sever/cut/break [its/their] [diplomatic] ties/relations with

# 103 Demand aid, protection or peacekeeping
103 | verb | demand/insist that _ step up [its/their] assistance/support/help
103 | verb | demand/insist that _ increase [its/their] assistance/support/help

# 1032 Demand military aid
1032 | verb | demand/insist that _ resume/expedite [the] shipments/deliveries/supplies of arms/weapons/ammunition/munitions/bombs/shells/missiles
1032 | verb | demand/insist that _ speed up [the] shipments/deliveries/supplies of arms/weapons/ammunition/munitions/bombs/shells/missiles
1032 | verb | demand/insist that _ resume/expedite [the] shipments/deliveries/supplies of heavy/precision/guided bombs/weapons/munitions

# 1033 Demand humanitarian aid
1033 | verb | demand/insist that _ resume [its/their] humanitarian/relief/food assistance/aid

# 104 Demand political reform
104 | verb | demand/insist that _ press/push/go ahead with [the] democratic/political/electoral reform/reforms
104 | verb | demand/insist that _ restore [the] rule of law

# 1041 Demand change in leadership
1041 | verb | demand/insist that _ relinquish/cede/surrender power
1041 | verb | demand/insist that _ give up power
1041 | verb | demand/insist that _ hand over power

# 1042 Demand policy change
1042 | verb | demand/insist that _ dismantle [its] nuclear programme/program/arsenal/weapons
1042 | verb | demand [the] [complete/full/verifiable] denuclearisation/denuclearization of _
1042 | verb | demand/insist that _ freeze [its] settlement construction/building/activity/activities/expansion
1042 | verb | demand/insist that _ ditch/axe/shelve [the] plan/plans/bill/law/reform/reforms/tax/policy/decision/measure

# 1043 Demand rights
1043 | verb | demand/insist that _ let/allow women [to] drive/vote/travel/work
1043 | verb | demand/insist that _ allow/let girls [to] return to school/schools/classrooms/secondary school

# 1044 Demand change in institutions, regime
1044 | verb | demand/insist that _ be disbanded/dissolved/overhauled/restructured/abolished
1044 | verb | demand [the] dismantling of [the] [old] regime/system

# 1051 Demand easing of administrative sanctions
1051 | verb | demand visa-free travel/entry/access from _
1051 | verb | demand visa-free travel/entry/access for [its] citizens from _

# 1054 Demand easing of economic sanctions, boycott or embargo
1054 | verb | demand [the] lifting/removal/easing of [the] _ embargo/sanctions/blockade

# 1055 Demand that target allows international involvement
1055 | verb | demand/insist that _ let/allow [international/foreign/independent] experts/investigators/inspectors/monitors/observers into/in

# 1056 Demand de-escalation of military engagement
1056 | verb | demand/insist that _ scale/wind back/down [its] military operations/operations/offensive/bombing/bombardment
1056 | verb | demand/insist that _ stop/halt/cease/end [its] provocations
1056 | verb | demand/insist that _ stop/halt/cease/end [its] provocative actions/acts/moves
1056 | verb | demand/insist that _ halt/stop/end/cease [its] incursion/offensive/assault/bombardment/shelling/bombing/airstrikes/attacks

# 106 Demand withdrawal
106 | verb | demand/insist that _ remove/evacuate/relocate [its/their] troops/forces/soldiers/bases
106 | verb | demand/insist that _ bring home [its/their] troops/forces/soldiers

# 107 Demand ceasefire
107 | verb | demand/insist that _ silence [the] guns
107 | verb | demand/insist that _ agree [to] [a] [humanitarian] pause/truce/ceasefire/cease-fire

# 108 Demand meeting, negotiation
108 | verb | demand/insist that _ sit down at [the] negotiating table
108 | verb | demand/insist that _ enter [into] talks/negotiations
108 | verb | demand/insist that _ return to [the] talks/negotiations/negotiating table
108 | verb | demand/insist that _ come back to [the] talks/negotiations/negotiating table

# 110 Disapprove
110 | verb | express/voice/register [its/their/his/her] [deep/growing/serious/grave] disquiet over/about/at/with _

# 111 Criticize or denounce
111 | verb | fault _ for

# 1121 Accuse of crime, corruption
1121 | verb | accuse _ of narco-trafficking/narcotrafficking/drug-trafficking
1121 | verb | accuse _ of harbouring/harboring/sheltering/protecting [drug] traffickers/lords/cartels/smugglers/gangs

# 1122 Accuse of human rights abuses
1122 | verb | accuse _ of carrying out [mass] rapes/rape/executions/killings
1122 | verb | accuse _ of committing [mass] rapes/rape/executions/killings
1122 | verb | accuse _ of executing juvenile/child offenders/protesters/dissidents/prisoners/minors/demonstrators
1122 | verb | accuse _ of extrajudicial/summary executions/killings


# 113 Rally opposition against
113 | verb | lobby [its] [Gulf/Arab/Western/African/European/Asian] neighbours/neighbors/allies/partners/states to isolate/shun/boycott _
113 | verb | campaign/work/seek/move to isolate _ [diplomatically]

# 115 Bring lawsuit against
115 | verb | take _ to [the] World Court/ICJ/WTO
115 | verb | refer _ to [the] [EU] [European] Court of Justice
115 | verb | file/lodge [a] complaint against _ at/with [the] World Trade Organization/Organisation
115 | verb | file/lodge [a] complaint against _ at/with [the] WTO

# 1211 Reject economic cooperation
1211 | verb | rule out joining [the] _ customs/trade/economic union/bloc/pact/zone/agreement
1211 | verb | block/veto/bar [the] _ takeover/acquisition/purchase/buyout/merger
1211 | verb | bar/ban/exclude _ from [its] 5G network/networks/rollout

# 1212 Reject military cooperation
1212 | verb | vote down [a/the] motion/bill/proposal/request to let/allow _ troops/forces/warplanes/aircraft [to] use
1212 | verb | reject [a/the] motion/bill/proposal/request to let/allow _ troops/forces/warplanes/aircraft [to] use
1212 | verb | refuse/decline to host _ [military/drone/air/naval] base/bases/troops/forces
1212 | verb | refuse/decline to join [the] _ naval patrols/patrol/coalition/mission
1212 | verb | refuse/decline to join [the] _ task/maritime force
1212 | verb | refuse/decline to send [its] troops/soldiers/forces/warships to [the] _ mission/coalition/operation
1212 | verb | reject/rebuff/spurn _ offer of [a] security/defence/defense/military pact/agreement/deal

# 1221 Reject request for economic aid
1221 | verb | turn down _ plea/request/appeal/bid for [EU] money/funds/funding/cash/loans/credit
1221 | verb | reject/rebuff/spurn/decline _ plea/request/appeal/bid for [EU] money/funds/funding/cash/loans/credit
1221 | verb | turn down _ plea/request/appeal/bid for budget flexibility
1221 | verb | reject/rebuff/spurn/decline _ plea/request/appeal/bid for budget flexibility
1221 | verb | turn down _ plea/request/appeal/bid for debt relief
1221 | verb | reject/rebuff/spurn/decline _ plea/request/appeal/bid for debt relief
1221 | verb | refuse/decline to release/disburse [the] [next] loan/aid/bailout tranche/tranches/payment/funds to _

# 1223 Reject request for humanitarian aid
1223 | verb | decline/refuse/reject food/humanitarian/emergency/flood/relief aid/assistance from _

# 1232 Reject request for policy change
1232 | verb | reject/rebuff/dismiss _ calls/demands/call/demand for [a] settlement freeze
1232 | verb | refuse/decline to halt/suspend/stop/freeze/abandon [its] [uranium] enrichment
1232 | verb | refuse/decline to revalue/float [its] currency/yuan

# 1233 Reject request for rights
1233 | verb | reject/dismiss/rebuff [the] calls/demands for [greater/more] religious/press/media/political freedom/freedoms
1233 | verb | reject/dismiss/rebuff [the] calls/demands to let/allow women [to] drive/vote
1233 | verb | deny _ [the] right to strike/vote/protest/assemble/worship

# 1234 Reject request for change in institutions, regime
1234 | verb | reject/dismiss/rebuff _ demands/calls for [a] civilian council/government/administration/rule
1234 | verb | reject/dismiss/rebuff _ demands/calls for [a] civilian-led council/government/administration/transition
1234 | verb | reject/dismiss/rebuff _ demands/calls for [a] transitional council/government/administration

# 1241 Refuse to ease administrative sanctions
1241 | verb | refuse/decline to lift/ease/end [the] closure/closures/curfew/lockdown of/on

# 1245 Refuse to allow international involvement
1245 | verb | decline/refuse to invite _ [election] monitors/observers

# 127 Reject plan, agreement to settle dispute
127 | verb | reject/spurn/repudiate [the] nuclear/peace/interim deal/agreement/accord with _

# 129 Veto
129 | verb | block [a/the] [draft] _ statement/resolution/declaration

# 1312 Threaten to boycott, embargo or sanction
1312 | verb | threaten to boycott _ goods/products/imports/exports/firms/companies

# 133 Threaten political dissent, protest
133 | verb | threaten to bring/put [hundreds/thousands/millions] [of] [thousands/people/supporters] onto/into [the] streets

# 134 Threaten to halt negotiations
134 | verb | threaten to pull/walk out of [its/the] [peace/border/maritime/nuclear] [border] talks/negotiations with _
134 | verb | threaten to withdraw from [its/the] [peace/border/maritime/nuclear] [border] talks/negotiations with _
134 | verb | threaten to quit/abandon/suspend [its/the] [peace/border/maritime/nuclear] [border] talks/negotiations with _

# 135 Threaten to halt mediation
135 | verb | warn _ [that] it/he/she/they would/will abandon/end/suspend/halt/quit [its/their] mediation
135 | verb | warn _ [that] it/he/she/they would/will abandon/end/quit [its/their] role as mediator

# 137 Threaten with violent repression
137 | verb | threaten to deal firmly/harshly/decisively/severely/ruthlessly with [the] protesters/demonstrators/rioters/protests/demonstrations

# 1384 Threaten conventional attack
1384 | verb | threaten to strike/hit/bomb/shell [the] government/military/command/decision-making buildings/targets/centres/centers/headquarters/installations/infrastructure/facilities in _

# Additions from the misses of eval/probes/probe8-2-09-10-11-12-13.jsonl
1012 | verb | demand/insist that _ step up joint operations/patrols/exercises/raids with
133 | verb | threaten to bring hundreds of thousands of people onto [the] streets
133 | verb | threaten to bring thousands/millions of people/supporters onto [the] streets
137 | verb | threaten to hunt down [the] protesters/demonstrators/opponents/rebels/dissidents
1384 | verb | threaten to launch [further] drone/missile/rocket [and] [drone/missile/rocket] strikes/attacks on _
