# Second-round probe-driven verb and event-noun patterns for CAMEO roots 10-14 (demand, disapprove, reject,
# threaten, protest). Added from misses on eval/probes/probe2-10-14.jsonl (wire-news wordings in AP, AFP,
# Al Jazeera and local-press styles) that verbs.lex, verbs-more-*.lex and verbs-probe-10-14.lex do not reach.
# Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# 100 Demand, not specified below
100 | verb | table/present/submit/deliver/hand [a/an] list/set/series/catalogue/catalog of demands to _
100 | verb | table/present/submit/deliver/hand [its/their] demands to _
100 | verb | lay out [its/their] preconditions/conditions for _
100 | verb | set out [its/their] preconditions for _
100 | verb | set down [its/their] preconditions for _

# 101 Demand information, investigation
101 | verb | demand answers/clarification/clarifications/explanations from _
101 | verb | demand [an] urgent/immediate/official answer/clarification/explanation from _
101 | verb | insist that _ account for
101 | verb | demand to know why/whether/how

# 1011 Demand economic cooperation
1011 | verb | press/insist on [greater/wider/better/fairer/full/freer/more] market access for
1011 | verb | demand [greater/wider/better/fairer/full/freer/more] market access for
1011 | verb | press/renew [its/their] demand/demands for [greater/wider/better/fairer/full/freer] market access
1011 | verb | demand [greater/wider/better/fairer/full/freer] market access from/in _
1011 | verb | demand/insist that _ honour/honor/fulfil/fulfill/keep [its] commitments/pledges/promises to buy/purchase/import
1011 | verb | demand/insist that _ live up to [its] commitments/pledges/promises to buy/purchase/import
1011 | verb | demand/insist that _ buy/purchase/import more

# 1012 Demand military cooperation
1012 | verb | demand that _ resume/restore/expand/hold [full-scale/large-scale/regular] joint military/naval exercises/drills/manoeuvres/maneuvers
1012 | verb | demand that _ resume/restore/expand/hold [full-scale/large-scale/regular] joint exercises/drills/manoeuvres/maneuvers

# 102 Demand policy support
102 | verb | demand/insist that _ reaffirm/reiterate [its] adherence/commitment/support/allegiance to
102 | verb | demand/insist that _ take [a] clear/firm/public stand/stance/position against/on
102 | verb | demand/insist that _ distance itself/themselves from

# 1031 Demand economic aid
1031 | verb | demand/insist that _ shoulder/bear/share [a] larger/greater/bigger/fairer share of the cost/costs/burden
1031 | verb | demand/insist that _ shoulder/bear/share more of [the] cost/costs/burden
1031 | verb | demand [war] reparations/compensation from _

# 1033 Demand humanitarian aid
1033 | verb | demand/insist that _ let/allow [the] fuel/food/medicine/aid/supplies/relief/water into
1033 | verb | demand/insist that _ let/allow fuel/food and medical supplies into
1033 | verb | demand/insist that _ let/allow [the] medical supplies into
1033 | verb | demand/insist that _ let @humanitarian_aid into

# 1034 Demand military protection or peacekeeping
1034 | verb | demand/insist that _ dispatch/deploy/send [a] specialised/specialized/multinational/international armed/security/stabilisation/stabilization force
1034 | verb | demand/insist that _ dispatch/deploy/send [a] armed/security/stabilisation/stabilization/intervention force

# 104 Demand political reform
104 | verb | demand/insist that _ implement/enact/undertake [genuine/real/sweeping/meaningful/democratic/political] reforms/reform
104 | verb | demand/insist that _ carry out [genuine/real/sweeping/meaningful/democratic/political] reforms/reform
104 | verb | demand/insist that _ carry out/through [genuine/real/sweeping/meaningful] political/democratic reforms

# 1041 Demand change in leadership
1041 | verb | demand [the] sacking/firing/ouster/impeachment of
1041 | verb | demand that _ sack/dismiss/fire
1041 | verb | chant for _ to resign/quit/go
1041 | verb | chant for _ to step down

# 1042 Demand policy change
1042 | verb | demand/insist that _ rescind/revoke/annul/repeal/overturn/reverse
1042 | verb | demand/insist that _ roll back
1042 | verb | demand [a] rollback/repeal/reversal/withdrawal of [the] law/laws/bill/tax/taxes/decree/reform/reforms/rules/restrictions/measures
1042 | verb | demand rollback/repeal/reversal/withdrawal of the new/proposed/controversial law/laws/bill/tax/taxes/decree/reform/reforms/rules/restrictions/measures
1042 | verb | demand that _ withdraw [the] [controversial/proposed/new] bill/law/decree/budget/reform/reforms/plan/proposal/measure/measures
1042 | verb | demand that _ withdraw [the] finance/budget/tax/pension/security/media bill

# 1043 Demand rights
1043 | verb | demand/insist that _ grant/give Kurds/minorities/women/girls/citizens/refugees/migrants/workers/Muslims/Christians/Uyghurs/Tibetans/Palestinians [the] right/rights to
1043 | verb | demand/insist that _ grant/give [full/equal] [citizenship/voting/land/language] rights to
1043 | verb | demand [an] end to [the] segregation/discrimination/persecution/marginalisation/marginalization of/against
1043 | verb | demand [an] end to [racial/ethnic/religious/gender] segregation/discrimination/persecution

# 1044 Demand change in institutions, regime
1044 | verb | demand/insist that _ reinstate/restore [the] [old/former/original] [1992/1991/previous/democratic] constitution
1044 | verb | demand/insist that _ dissolve [the] parliament/legislature/assembly/senate
1044 | verb | demand [the] dissolution of [the] parliament/legislature/assembly/senate
1044 | verb | demand multiparty/multi-party elections/democracy/politics/system
1044 | verb | demand [an] end to [the] one-party/military/authoritarian/absolute/dictatorial rule/system/monarchy

# 105 Demand mediation
105 | verb | demand/insist that _ mediate/broker/arbitrate
105 | verb | demand/insist that _ act as [a] mediator/broker/arbiter/go-between

# 1051 Demand easing of administrative sanctions
1051 | verb | demand/insist that _ lift/end/revoke [the] state of emergency
1051 | verb | demand/insist that _ lift/end/revoke [the] curfew/ban
1051 | verb | demand/insist that _ lift/end/revoke [the] emergency rule
1051 | verb | demand/insist that _ lift/end/revoke martial law

# 1052 Demand easing of political dissent
1052 | verb | demand/insist that [striking] doctors/workers/teachers/nurses/strikers/miners/drivers return to work
1052 | verb | demand/insist that [striking] doctors/workers/teachers/nurses/strikers/miners/drivers return to their posts/jobs/hospitals/classrooms/workplaces
1052 | verb | demand/insist that _ return to work
1052 | verb | demand/insist that _ return to their posts/jobs/hospitals/classrooms/workplaces
1052 | verb | demand/insist that _ end/halt/suspend [their/the/its] strike/walkout/sit-in/sit-ins/protest/protests/demonstrations
1052 | verb | demand/insist that _ call off [their/the/its] strike/walkout/sit-in/sit-ins/protest/protests/demonstrations

# 1053 Demand release of persons or property
1053 | verb | demand/insist that _ set free
1053 | verb | demand/insist that _ hand/give/send back [the] [seized/detained/captured] tanker/ship/vessel/crew/sailors/soldiers/aircraft/plane

# 1054 Demand easing of economic sanctions, boycott, or embargo
1054 | verb | demand [an] end to [the] [economic/trade/financial/naval] blockade/embargo/sanctions against/on/of
1054 | verb | demand [an] end to the U.S./US/American/Western economic/trade/financial blockade/embargo/sanctions against/on/of
1054 | verb | demand [an] end to the U.S./US/American/Western blockade/embargo/sanctions against/on/of
1054 | verb | demand [an] end to [the] _ [economic/trade/financial] blockade/embargo

# 1055 Demand that target allows international involvement
1055 | verb | demand/insist that _ admit/allow/accept/invite [international/foreign/independent] [election] observers/monitors/inspectors/investigators
1055 | verb | demand/insist that _ grant/allow/give access to [international/foreign/independent] [election] observers/monitors/inspectors/investigators
1055 | verb | demand/insist that _ restore [the] [agency's] [inspectors'] access
1055 | verb | demand/insist that _ give/grant [international/independent/UN] inspectors/investigators/monitors/observers [unfettered/unhindered/full/immediate] access

# 1056 Demand de-escalation of military engagement
1056 | verb | demand/insist that _ [immediately] halt/stop/end/cease/suspend [its/the] military operation/operations/campaign/incursion/assault/advance
1056 | verb | demand/insist that _ [immediately] halt/stop/end/cease/suspend what it called [a] [large-scale/military] operation/offensive/campaign/assault

# 106 Demand withdrawal
106 | verb | demand/insist that _ vacate/leave/quit [the] [occupied] plant/territory/territories/region/base/bases/border/area/zone
106 | verb | demand [the] pullout/pull-out of _
106 | verb | demand [the] pullout/pull-out/departure/exit/removal of [all] foreign troops/forces/soldiers
106 | verb | demand/insist that _ vacate

# 107 Demand ceasefire
107 | verb | demand/insist that _ lay down [their/its] arms/weapons
107 | verb | demand/insist that _ stop/halt/end/cease [the] fighting/hostilities

# 108 Demand meeting, negotiation
108 | verb | demand [a] seat at [the] [negotiating] table
108 | verb | demand direct/face-to-face/immediate/unconditional talks/negotiations/dialogue with _

# 110 Disapprove, not specified below
110 | verb | react/respond with irritation/anger/dismay/displeasure/fury/consternation/indignation to _
110 | verb | react/respond angrily/coolly/frostily/furiously to _
110 | verb | bristle at _

# 111 Criticize or denounce
111 | verb | take swipes at _
111 | verb | launch [a] scathing/blistering/stinging/withering attack on _ over/for
111 | verb | excoriate _ for/over

# 112 Accuse, not specified below
112 | verb | point [an] accusing finger at _
112 | verb | lay [the] blame at the door of
112 | verb | lay [the] blame for _ at

# 1123 Accuse of aggression
1123 | verb | charge/allege/claim that _ had [deliberately] rammed/shelled/attacked/bombed/invaded
1123 | verb | charge/allege/claim that _ had [deliberately] fired on/at
1123 | verb | accuse _ of [deliberately] ramming/shelling/bombing/invading/attacking

# 113 Rally opposition against
113 | verb | build/forge/form [a] [regional/international/global/united/broad/common] front/coalition/alliance against _
113 | verb | seek to build/forge [a] [regional/international/global/united/broad/common] front/coalition against _
113 | verb | drum up support among [its] [regional/Southeast/Arab/African/European/Western/Gulf] [Asian] neighbours/neighbors/allies/partners/members against _
113 | verb | muster/rally/marshal support among [its] [regional/Southeast/Arab/African/European/Western/Gulf] [Asian] neighbours/neighbors/allies/partners/members against _
113 | verb | rally/muster/marshal/mobilise/mobilize [international/regional/global/diplomatic] support/opposition against _

# 114 Complain officially
114 | verb | summon _ to register/lodge/file/deliver [a] [formal/strong/official] complaint/protest
114 | verb | register [a] formal/strong/official protest with _

# 115 Bring lawsuit against
115 | verb | file/lodge/bring [a] case/complaint/suit/lawsuit/application at [the] International Court of Justice against _
115 | verb | launch/bring/initiate/start legal proceedings/action against _

# 120 Reject, not specified below
120 | verb | give short shrift to _
120 | verb | give short shrift on _
120 | verb | turn [a] deaf ear to _
120 | verb | wave aside/away _ objections/concerns/demands/criticism
120 | verb | pour cold water on _ proposal/proposals/idea/suggestion/demand/demands

# 121 Reject material cooperation
121 | verb | revoke/terminate/annul/denounce [a/the] [series/raft/number] [of] cooperation agreements/accords/deals with _
121 | verb | tear up [a/the] [series/raft/number] [of] cooperation agreements/accords/deals with _
121 | verb | revoke/terminate/annul/denounce [a/the] [series/raft/number] [of] security and development cooperation agreements/accords with _
121 | verb | revoke/terminate/annul/denounce [a/the] [series/raft/number] [of] [military/security/defence/defense] cooperation agreements/accords with _
121 | verb | tear up [a/the] [series/raft/number] [of] [military/security/defence/defense] cooperation agreements/accords with _

# 1211 Reject economic cooperation
1211 | verb | scrap/cancel/terminate/axe/shelve [a/the] loan/trade/investment/financing/gas/oil/mining/energy/supply deal/contract/agreement with _
1211 | verb | tear up [a/the] loan/trade/investment/financing/gas/oil/mining/energy/supply deal/contract/agreement with _
1211 | verb | cancel/scrap/shelve/axe/suspend [two/three/several/the] Chinese-backed/China-backed/Chinese-funded/China-funded pipeline/rail/railway/port/dam/infrastructure projects
1211 | verb | pull out of/from [a/the] loan/trade/investment/financing/gas/oil/mining deal/contract/agreement with _

# 1212 Reject military cooperation
1212 | verb | terminate/scrap/abrogate [the] Visiting Forces Agreement with _
1212 | verb | terminate/scrap/abrogate [the] Visiting Forces Agreement
1212 | verb | tear up [the] Visiting Forces Agreement
1212 | verb | terminate/scrap/end/abrogate/suspend [its/the] [military] intelligence-sharing pact/agreement/accord with _
1212 | verb | tear up [its/the] [military] intelligence-sharing pact/agreement/accord with _
1212 | verb | terminate/scrap/abrogate/suspend [its/the] military/defence/defense/security pact/agreement/accord/treaty with _
1212 | verb | tear up [its/the] military/defence/defense/security pact/agreement/accord/treaty with _
1212 | verb | cancel/scrap/suspend [its/the] joint military/naval exercises/drills/manoeuvres/maneuvers/patrols with _
1212 | verb | call off [its/the] joint military/naval exercises/drills/manoeuvres/maneuvers/patrols with _

# 1221 Reject request for economic aid
1221 | verb | turn [a] deaf ear to _ pleas/appeals/requests/calls for financial/economic help/aid/assistance/support
1221 | verb | say no to _ request/requests/plea/pleas/appeal/appeals for [a] bailout/loan/loans
1221 | verb | say no to _ request/requests/plea/pleas/appeal/appeals for debt relief
1221 | verb | say no to _ request/requests/plea/pleas/appeal/appeals for financial/economic aid/help/assistance
1221 | verb | say no to _ request/requests/plea/pleas/appeal/appeals for [an] extension of [its/the] bailout/loan/programme/program
1221 | verb | reject/rebuff/spurn _ request/requests/plea/pleas/appeal/appeals for [an] extension of [its/the] bailout/loan/programme/program

# 1222 Reject request for military aid
1222 | verb | say no to _ request/requests/plea/pleas/appeal/appeals for @weapons
1222 | verb | say no to _ request/requests/plea/pleas/appeal/appeals for long-range missiles/weapons/rockets

# 1223 Reject request for humanitarian aid
1223 | verb | decline/refuse/reject/rebuff/spurn [the] offers/offer of search-and-rescue/rescue/relief/medical/emergency teams/workers/help/assistance from _
1223 | verb | decline/refuse/reject/rebuff/spurn [the] offers/offer of search-and-rescue/rescue/relief teams/workers
1223 | verb | spurn/rebuff/reject/refuse _ humanitarian/relief/emergency/food aid/assistance/supplies/shipments

# 1224 Reject request for military protection or peacekeeping
1224 | verb | rule out putting/deploying/sending [American/U.S./US/British/French/NATO/Western/foreign/its/any] troops/soldiers/boots on the ground in _
1224 | verb | balk at sending/deploying [the] peacekeepers/troops to _
1224 | verb | balk at sending/deploying [a/the] peacekeeping/stabilisation/stabilization/protection force/mission to _
1224 | verb | balk at sending/deploying [the] peacekeepers/troops
1224 | verb | balk at sending/deploying [a/the] peacekeeping/stabilisation/stabilization/protection force/mission

# 123 Reject request for political reform
123 | verb | spurn/rebuff/dismiss _ demands/demand/calls/call for political/democratic change/reform/reforms/opening/liberalisation/liberalization
123 | verb | brush aside/off _ demands/demand/calls/call for political/democratic change/reform/reforms/opening/liberalisation/liberalization

# 1231 Reject request for change in leadership
1231 | verb | vow/pledge/insist/promise to stay/remain in office/power/post
1231 | verb | rebuff/reject/dismiss/spurn/defy _ demands/calls that he/she resign/quit
1231 | verb | brush aside/off _ demands/calls that he/she resign/quit
1231 | verb | rebuff/reject/dismiss/spurn/defy _ demands/calls for him/her to resign/quit
1231 | verb | brush aside/off _ demands/calls for him/her to resign/quit
1231 | verb | cling [on] to power/office

# 1232 Reject request for policy change
1232 | verb | stand firm on [its/his/her/their/the] budget/plan/plans/reform/reforms/policy/policies/law/bill/decision/proposal
1232 | verb | stand firm over [its/his/her/their/the] budget/plan/plans/reform/reforms/policy/policies/law/bill/decision/proposal
1232 | verb | rebuff/dismiss/spurn _ demands/calls/demand/call to amend/scrap/withdraw/repeal/drop/change/revise/rewrite/reverse/abandon
1232 | verb | shrug/brush off _ demands/calls/demand/call to amend/scrap/withdraw/repeal/drop/change/revise/rewrite/reverse/abandon
1232 | verb | brush aside _ demands/calls/demand/call to amend/scrap/withdraw/repeal/drop/change/revise/rewrite/reverse/abandon

# 1233 Reject request for rights
1233 | verb | reject/rebuff/dismiss/spurn _ demands/demand/calls/call for universal suffrage
1233 | verb | reject/rebuff/dismiss/spurn _ demands/demand/calls/call for voting rights
1233 | verb | reject/rebuff/dismiss/spurn _ demands/demand/calls/call for self-determination
1233 | verb | reject/rebuff/dismiss/spurn demands/calls for universal suffrage

# 1234 Reject request for change in institutions, regime
1234 | verb | rule out devolving/transferring/ceding power/powers/autonomy to
1234 | verb | rule out [a/any] devolution of power/powers to
1234 | verb | reject/rebuff/dismiss/spurn _ demand/demands/call/calls for [a] referendum on independence/self-determination/secession
1234 | verb | reject/rebuff/dismiss/spurn _ demand/demands/call/calls for [an] independence referendum/vote

# 124 Refuse to yield
124 | verb | refuse to budge over/on _
124 | verb | stand [its/his/her/their] ground over/on/against _
124 | verb | dig in [its/his/her/their] heels over/on

# 1242 Refuse to ease popular dissent
1242 | verb | vow/pledge/promise to stay put in [the] [presidential] square/streets/camp/residence/palace/park/building/parliament/compound until _
1242 | verb | vow/pledge/promise to stay put in [the] [presidential] square/streets/camp/residence/palace/park/building/parliament/compound
1242 | verb | vow/pledge/promise to remain in [the] [presidential] square/streets/camp/residence/palace/park/building/parliament/compound until _
1242 | verb | vow/pledge/promise to stay put
1242 | verb | vow/pledge/promise to stay [on] in [the] streets/square/camp until

# 1244 Refuse to ease economic sanctions, boycott, or embargo
1244 | verb | keep/leave [the] [decades-old/longstanding/long-standing] [trade/economic/arms] embargo/sanctions/blockade against/on _ in place
1244 | verb | keep/leave [the] [decades-old/longstanding/long-standing] [trade/economic/arms] embargo/sanctions/blockade in place
1244 | verb | rebuff/reject/spurn/dismiss _ demand/demands/call/calls to ease/lift/relax [the] sanctions/embargo

# 1245 Refuse to allow international involvement (non mediation)
1245 | verb | bar [the] _ special rapporteur/envoy/investigators/inspectors/monitors/observers from entering
1245 | verb | refuse/decline to give/share/release [the] [raw] data/records/samples/information to _
1245 | verb | refuse/decline to give _ [the] [raw] data/records/samples/information

# 1246 Refuse to de-escalate military engagement
1246 | verb | rule out [a/any] ceasefire/cease-fire/truce/pause/halt in [the] [fighting] with _
1246 | verb | rule out [a/any] ceasefire/cease-fire/truce with _
1246 | verb | press/push on with [its/their/the] assault/offensive/attack/attacks/bombardment/siege on/against _

# 125 Reject proposal to meet, discuss, or negotiate
125 | verb | spurn/reject/rebuff/decline/snub [an/the] invitation from _ to resume/hold/join/open dialogue/talks/negotiations
125 | verb | spurn/reject/rebuff/decline/snub [an/the] invitation to resume/hold/join/open dialogue/talks/negotiations with _
125 | verb | turn down [an/the] invitation from _ to resume/hold/join/open dialogue/talks/negotiations

# 126 Reject mediation
126 | verb | reject/rebuff/spurn/decline [a/an/the] _ offer to broker/mediate/arbitrate
126 | verb | turn down [a/an/the] _ offer to broker/mediate/arbitrate
126 | verb | reject/rebuff/spurn/decline _ offer to broker/mediate/arbitrate
126 | verb | rebuff/reject/spurn [the] _ attempts/attempt/efforts/effort/bid/bids to mediate/broker
126 | verb | rebuff/reject/spurn _ attempts/attempt/efforts/effort/bid/bids to mediate/broker

# 127 Reject plan, agreement to settle dispute
127 | verb | spurn/rebuff/dismiss/reject [a/the] [12-point/five-point/10-point/ten-point/six-point/20-point] peace plan/proposal/formula/initiative/blueprint put forward by _
127 | verb | refuse/decline to implement [the] [five-point/peace] plan/consensus/agreement/accord/deal/roadmap

# 128 Defy norms, law
128 | verb | flout [the] _ rules/law/laws/ruling/rulings/sanctions/resolutions
128 | verb | thumb [its/their/his/her] nose at _

# 129 Veto
129 | verb | issue/cast/use/exercise [the/his/her/its] [first/second/third/lone/sole] veto of his/her/its presidency/tenure/term
129 | verb | issue/cast [the/his/her/its] first/second/third/lone/sole veto

# 130 Threaten, not specified below
130 | verb | warn [that] it/they/he/she/Moscow/Beijing/Tehran would be forced to take retaliatory/counter/reciprocal steps/measures/action
130 | verb | warn _ [that] it would be forced to take retaliatory/counter/reciprocal steps/measures/action
130 | verb | threaten/vow/promise retaliatory/reciprocal steps/measures/action against _

# 131 Threaten non-force
131 | verb | threaten to take _ to court/arbitration
131 | verb | threaten to sue _
131 | verb | threaten to haul/drag _ before/to [the] court/courts/tribunal/judges
131 | verb | threaten [a] lawsuit against _
131 | verb | threaten legal action/proceedings against _
131 | verb | threaten [a] legal challenge against _

# 1311 Threaten to reduce or stop aid
1311 | verb | threaten to suspend/cut/freeze/halt/withhold/withdraw budget/development/financial/military/economic support/aid/assistance to/from _
1311 | verb | threaten to cut off budget/development/financial/military/economic support/aid/assistance/funding to/for/from _

# 1312 Threaten to boycott, embargo, or sanction
1312 | verb | threaten to put/place/add _ on/to [its] list of unreliable entities
1312 | verb | threaten to put/place/add _ on/to [its] unreliable entity/entities list
1312 | verb | threaten to put/place/add _ on/to [its] sanctions/trade/export blacklist/list
1312 | verb | warn [that] _ could/would/might face secondary/punitive/economic/financial sanctions
1312 | verb | warn _ [that] they/it could/would/might face secondary/punitive/economic/financial sanctions

# 1321 Threaten to impose restrictions on political freedoms
1321 | verb | threaten to pull the plug on [three/two/several/the] [private/independent/opposition] television/TV/radio stations/channels
1321 | verb | threaten to pull the plug on [the] [private/independent/opposition] newspapers/broadcasters/broadcaster/newspaper/station/channel
1321 | verb | threaten to switch/shut/cut off [the] [mobile] internet [access/service/services]
1321 | verb | threaten to shut down [the] [mobile] internet [access/service/services]

# 1322 Threaten to ban political parties or politicians
1322 | verb | threaten to seek [the] disbanding/dissolution/banning of [the] [main] [opposition] _
1322 | verb | threaten to seek [the] disbanding/dissolution/banning of [the] [main] [opposition] party

# 1323 Threaten to impose curfew
1323 | verb | warn [that] it/they/police/authorities would/will/could impose [a] [dusk-to-dawn/night-time/24-hour] curfew
1323 | verb | threaten [a] [dusk-to-dawn/night-time/nighttime/24-hour/round-the-clock] curfew

# 133 Threaten political dissent, protest
133 | verb | warn of [an/a] open-ended/all-out/indefinite/nationwide/general/national strike/strikes/walkout/walkouts/shutdown
133 | verb | threaten [an/a] open-ended/all-out/indefinite/nationwide/general/national strike/walkout/shutdown
133 | verb | threaten [a] mass/nationwide/street protests/demonstrations/rallies/action
133 | verb | threaten to take to the streets
133 | verb | threaten to bring [the] country/city/capital to a standstill

# 134 Threaten to halt negotiations
134 | verb | threaten to walk away from _ talks/negotiations/dialogue
134 | verb | threaten to walk away from [the] [EU-brokered/US-brokered/UN-brokered/Union-brokered] talks/negotiations/dialogue
134 | verb | threaten to walk away from [the] European Union-brokered talks/negotiations/dialogue
134 | verb | threaten to suspend/halt/quit/abandon [the/its/their] talks/negotiations/dialogue with _
134 | verb | threaten to break off [the/its/their] talks/negotiations/dialogue with _

# 135 Threaten to halt mediation
135 | verb | warn [that] it could/would/might quit/abandon/end/reassess/reconsider its role as mediator/go-between/intermediary/broker
135 | verb | warn [that] it could/would/might quit/abandon/end/reassess/reconsider its role as a mediator/go-between/intermediary/broker
135 | verb | threaten to quit/abandon/end/reassess/reconsider its role as [a] mediator/go-between/intermediary/broker/facilitator
135 | verb | warn [that] it could/would/might quit/abandon/end/reassess/reconsider its mediation/mediating role

# 137 Threaten with violent repression
137 | verb | warn [that] they/it/he/she/police/troops/soldiers would/will deal ruthlessly/harshly/firmly/decisively/severely with
137 | verb | threaten to deal ruthlessly/harshly/firmly/decisively/severely with _
137 | verb | vow to deal ruthlessly/harshly/severely with _
137 | verb | threaten [a] harsh/brutal/severe/tough/ruthless/violent/bloody crackdown on _
137 | verb | warn protesters/demonstrators/rioters to stay off the streets
137 | verb | threaten to crush/suppress [any/the] [further] protests/demonstrations/unrest/protesters/demonstrators

# 138 Threaten to use military force
138 | verb | warn _ of [a] military response/retaliation/reprisals
138 | verb | threaten to send _ back to the Stone Age

# 1381 Threaten blockade
1381 | verb | threaten to block/stop/bar [all] [Israeli-linked/Israeli/commercial] ships/vessels/tankers from passing/sailing/transiting
1381 | verb | threaten to close/shut [the] Strait/straits/waterway/port/ports

# 1383 Threaten unconventional violence
1383 | verb | threaten to abduct/kidnap more

# 1384 Threaten conventional attack
1384 | verb | threaten to target _ warships/ships/bases/forces/troops/vessels/cities

# 1385 Threaten attack with WMD
1385 | verb | warn _ of [a] nuclear apocalypse/war/catastrophe/holocaust/strike/response/Armageddon
1385 | verb | threaten [a] nuclear apocalypse/war/catastrophe/holocaust/response against _

# 139 Give ultimatum
139 | verb | give _ [a] one-week/two-week/one-month/seven-day/30-day/72-hour/48-hour/24-hour ultimatum
139 | verb | issue [a] one-week/two-week/one-month/seven-day/30-day/72-hour/48-hour/24-hour ultimatum to _
139 | verb | give _ one/two/three/seven/30/48/72 day/days/week/weeks/month/months/hours to leave/withdraw/comply/quit

# 140 Engage in political dissent
140 | verb | mount/wage [a] campaign of civil disobedience against _
140 | verb | mount/wage [a] civil disobedience campaign against _

# 141 Demonstrate or rally
141 | verb | hold/stage [a] [silent/candlelight/candlelit/peaceful/protest] vigil outside/at _
141 | verb | hold/stage [a] [silent/candlelight/candlelit/peaceful/protest] vigil in front of _
141 | verb | pack/throng _ Square
141 | verb | rally/demonstrate/protest across _
141 | verb | march/rally/demonstrate/protest across the country/nation

# 1412 Demonstrate for policy change
1412 | verb | march/rally/protest/demonstrate against _ plan/plans/proposal/proposals/decision/move to

# 142 Hunger strike
142 | verb | refuse food for [more] [than] [a/two/three/four] week/weeks/days/months

# 143 Conduct strike or boycott
143 | verb | sit out [the] _ election/elections/vote/polls/referendum
143 | verb | sit out [the] presidential/parliamentary/legislative/general/local election/elections/vote/polls
143 | verb | paralyse/paralyze _ with [a] [general/nationwide/national/indefinite] strike/strikes/shutdown
143 | verb | stage/hold [a] walkout
143 | verb | walk out over/for

# 144 Obstruct passage, block
144 | verb | choke [the] roads/streets/highways/motorways/bridges/avenues around/into/in/of _
144 | verb | choke [the] roads/streets/highways/motorways/bridges/avenues with tractors/trucks/lorries/barricades
144 | verb | obstruct/barricade [the] [main/major/key] avenues/roads/streets/highways/intersections/junctions/bridges

# 145 Protest violently, riot
145 | verb | storm and set fire to
145 | verb | set part of _ on fire
145 | verb | torch police vehicles/cars/stations/vans/trucks
145 | verb | torch [the] patrol cars
144 | verb | blockade/block/barricade highways/roads/motorways/bridges/streets across/around/in/into _
144 | verb | blockade/block/barricade [the] highways/roads/motorways/bridges/streets leading to/into _
103 | verb | demand urgent/immediate/emergency international/foreign help/assistance/support from _
