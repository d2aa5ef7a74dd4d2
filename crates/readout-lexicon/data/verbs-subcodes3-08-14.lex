# Sub-code patterns for CAMEO roots 08-14, third round (yield, investigate, demand, disapprove, reject, threaten,
# protest). Written for readout: longer, more specific phrasings that pick the right sub-code where a shorter
# pattern of the same root (or a sibling sub-code) would otherwise win: what is investigated, demanded, rejected or
# threatened, named in the object. Regression test: eval/probes/probe-subcodes3-08-14.jsonl. Format as in
# docs/lexicon.md.

# 0812 Ease ban on political parties or politicians
0812 | verb | legalise/legalize/unban/register [the] [main/banned/outlawed] opposition _ party
0812 | verb | legalise/legalize/unban [the] [main/banned/outlawed] opposition party/parties

# 0814 Ease state of emergency or martial law
0814 | verb | end/lift [nearly/almost] decades/years of emergency rule
0814 | verb | end/lift [a/the] decades-long/decades-old/years-long emergency rule

# 082 Ease political dissent (strikes called off or suspended; `strike` alone reads as an attack)
082 | verb | suspend/cancel/postpone [a/the/its/their] [planned] national/nationwide/general/indefinite strike
082 | verb | call off [a/the/its/their] [planned] national/nationwide/general/indefinite strike

# 0833 Accede to demands for rights
0833 | verb | grant/give/extend [full/equal] political/voting/civil/citizenship/land/language/cultural/minority rights to _
0833 | verb | grant/give _ [full/equal] political/voting/civil/citizenship/land/language/cultural/minority rights
0833 | verb | recognise/recognize [the] citizenship/land/language/voting/minority/cultural rights of _

# 0841 Return, release person(s) (handing over people rescued or freed, not goods)
0841 | verb | hand over [rescued/freed/released/kidnapped/abducted] women and children to _
0841 | verb | hand over [rescued/freed/released/kidnapped/abducted] girls/schoolgirls/students/children/women/captives/victims/civilians to _

# 085 Ease economic sanctions
085 | verb | revoke/rescind/repeal [its/the] [remaining] [economic/trade/financial/oil] sanctions on/against _
085 | verb | revoke/rescind/repeal most/some/all of [its/the] [remaining] [economic/trade/financial/oil] sanctions on/against _

# 0861 Receive deployment of peacekeepers (approval of a force named by its size or sponsor)
0861 | verb | approve/endorse/accept [the] deployment of [a/an] expanded/enlarged/joint/regional/international/foreign/multinational _ force/mission/peacekeepers

# 0873 Demobilize armed forces
0873 | verb | put [its/their] [entire] arsenal/weapons/arms beyond use

# 091 / 092 / 094 Investigate, by what is investigated
091 | verb | open/launch/begin/order [an] inquiry/investigation/probe into [the] offshore holdings/assets/accounts/companies/wealth of _
091 | verb | open/launch/begin/order [an] inquiry/investigation/probe into [the] offshore holdings/assets/accounts/companies/wealth
092 | verb | open/launch/begin/order [an] investigation/inquiry/probe into [the] killing/killings of protesters/demonstrators/civilians/activists/journalists/detainees/prisoners
092 | verb | open/launch/begin/order [an] investigation/inquiry/probe into [the] killing/killings of protesters/demonstrators/civilians/activists/journalists/detainees/prisoners by _
094 | verb | open/launch/begin/order [a/an] [formal/full/criminal/preliminary] investigation/inquiry/probe into [alleged] war crimes/genocide
094 | verb | open/launch/begin/order [a/an] [formal/full/criminal/preliminary] investigation/inquiry/probe into [alleged] crimes against humanity

# 101 Demand information (recorders and data of a crash)
101 | verb | demand that _ provide/release/share/hand [the] data/recordings from [the] flight recorders
101 | verb | demand that _ provide/release/share/hand [the] data/recordings from [the] black boxes
101 | verb | demand that _ provide/release/share/hand over [the] flight recorders/data
101 | verb | demand that _ provide/release/share/hand over [the] black boxes

# 1011 Demand economic cooperation
1011 | verb | demand [that] _ open [its/their] markets/market to
1011 | verb | demand [that] _ honour/honor [a/the/its] trade/pipeline/supply/gas/oil/investment deal/agreement/contract/commitments

# 1012 Demand military cooperation
1012 | verb | demand that _ join [the] [military] operations/offensive/fight/campaign/war/coalition against

# 1032 Demand military aid
1032 | verb | demand that _ sell/supply/provide/send/deliver it/them/us @weapons

# 1054 Demand easing of economic sanctions (trade and export curbs)
1054 | verb | demand that _ withdraw/lift/scrap/remove/drop [its] curbs/restrictions/controls on exports/imports/trade
1054 | verb | demand that _ withdraw/lift/scrap/remove/drop [its] export/import/trade curbs/restrictions/controls/bans/tariffs

# 106 Demand withdrawal
106 | verb | demand [that] _ set [a] timetable/deadline/date for [the] withdrawal/pullout/pulling/withdrawing

# 1123 Accuse of aggression
1123 | verb | accuse _ of orchestrating/masterminding/staging [the] seizure/invasion/incursion/takeover/annexation/attack/attacks/offensive

# 113 Rally opposition against
113 | verb | call on/upon _ to join [the] protests/demonstrations/rallies/marches/uprising against
113 | verb | urge _ to join [the] protests/demonstrations/rallies/marches/uprising against
113 | verb | urge _ to resist [the] [military] junta/regime/coup/dictatorship/occupation

# 1211 Reject economic cooperation
1211 | verb | turn down/reject/decline/spurn [an/the] invitation/offer/bid to join _ Belt and Road Initiative
1211 | verb | reject/rebuff/spurn [a/an/the] _ offer/proposal/bid to jointly operate/build/develop/run/finance/manage
1211 | verb | turn down [a/an/the] _ offer/proposal/bid to jointly operate/build/develop/run/finance/manage

# 1212 Reject military cooperation
1212 | verb | reject/rebuff/spurn [a/an/the] _ proposal/offer/request/invitation for/of joint naval/military/air/maritime patrols/exercises/drills/manoeuvres/maneuvers/operations
1212 | verb | turn down [a/an/the] _ proposal/offer/request/invitation for/of joint naval/military/air/maritime patrols/exercises/drills/manoeuvres/maneuvers/operations
1212 | verb | reject/rebuff/spurn [a/an/the] defence/defense/military/security cooperation agreement/pact/deal/accord with _
1212 | verb | turn down [a/an/the] defence/defense/military/security cooperation agreement/pact/deal/accord with _

# 1223 Reject request for humanitarian aid
1223 | verb | reject/rebuff/spurn [a/an/the] _ appeal/request/plea/call to take in [more] refugees/migrants/asylum-seekers
1223 | verb | turn down [a/an/the] _ appeal/request/plea/call to take in [more] refugees/migrants/asylum-seekers
1223 | verb | reject/rebuff/spurn [a/an/the] _ appeal/request/plea/call for food/humanitarian/emergency/relief aid/assistance
1223 | verb | turn down [a/an/the] _ appeal/request/plea/call for food/humanitarian/emergency/relief aid/assistance

# 1224 Reject request for military protection or peacekeeping
1224 | verb | reject/rebuff/spurn [a/an/the] _ plea/request/appeal/call/calls/demand/demands for [a] no-fly zone
1224 | verb | turn down [a/an/the] _ plea/request/appeal/call/calls/demand/demands for [a] no-fly zone
1224 | verb | reject/rebuff/spurn [a/an/the] _ plea/request/appeal/call/calls for peacekeepers
1224 | verb | turn down [a/an/the] _ plea/request/appeal/call/calls for peacekeepers
1224 | verb | reject/rebuff/spurn [a/an/the] _ plea/request/appeal/call/calls for [a] peacekeeping force/troops/mission
1224 | verb | turn down [a/an/the] _ plea/request/appeal/call/calls for [a] peacekeeping force/troops/mission

# 1231 Reject request for change in leadership
1231 | verb | reject/rebuff/dismiss/defy/ignore [the] _ demand/demands/call/calls that he/she step aside/down/resign/quit

# 1232 Reject request for policy change (demands for free public services)
1232 | verb | reject/rebuff/dismiss/spurn [the] _ demand/demands/call/calls for free education/tuition/healthcare/schooling/transport
1232 | verb | reject/rebuff/dismiss/spurn [the] _ demand/demands/call/calls for free university/public education/tuition

# 1234 Reject request for change in institutions, regime
1234 | verb | reject/rebuff/dismiss/spurn [the] _ demand/demands/call/calls to restore civilian/democratic/constitutional rule/order
1234 | verb | reject/rebuff/dismiss/spurn [the] demand/demands/call/calls to restore civilian/democratic/constitutional rule/order
1234 | verb | reject/rebuff/dismiss/spurn [the] _ demand/demands/call/calls for [a] return to civilian/democratic/constitutional rule

# 1241 Refuse to ease administrative sanctions
1241 | verb | reject/rebuff/dismiss/spurn [the] calls/demands/appeals from _ to lift/ease/end/relax [the] curfew/curfews/restrictions
1241 | verb | reject/rebuff/dismiss/spurn [the] calls/demands/appeals from _ to lift/ease/end/relax [the] curfew restrictions
1241 | verb | reject/rebuff/dismiss/spurn [the] calls/demands/appeals from _ to lift/end [the] state of emergency
1241 | verb | reject/rebuff/dismiss/spurn [the] calls/demands/appeals from _ to lift/end [the] emergency/martial law
1241 | verb | reject/rebuff/dismiss/spurn [the] calls/demands/appeals to lift/ease/end/relax [the] curfew/curfews/curfew restrictions
1241 | verb | reject/rebuff/dismiss/spurn [the] calls/demands/appeals to lift/end [the] state of emergency
1241 | verb | reject/rebuff/dismiss/spurn [the] calls/demands/appeals to lift/end [the] emergency/martial law

# 1242 Refuse to ease popular dissent (protesters rejecting calls to stop)
1242 | verb | reject/rebuff/dismiss/spurn/defy [the] _ call/calls/appeal/appeals/demand/demands to end/halt/stop [their/its] occupation/sit-in/sit-ins/protest/protests/strike/strikes/blockade/blockades/rallies/demonstrations
1242 | verb | reject/rebuff/dismiss/spurn/defy [the] _ call/calls/appeal/appeals/demand/demands to call off [their/its] occupation/sit-in/sit-ins/protest/protests/strike/strikes/blockade/blockades/rallies/demonstrations
1242 | verb | reject/rebuff/dismiss/spurn/defy [the] _ call/calls/appeal/appeals/demand/demands to leave/clear/vacate [the] streets/square/squares/camp/camps

# 1245 Refuse to allow international involvement
1245 | verb | reject/rebuff/spurn [the] _ request/demand/call/bid to open [a/an] [permanent] office/offices/presence/mission in
1245 | verb | turn down [the] _ request/demand/call/bid to open [a/an] [permanent] office/offices/presence/mission in
1245 | verb | reject/rebuff/dismiss [the] calls/demands for [an] international/independent/U.N./UN investigation/inquiry/probe

# 1246 Refuse to de-escalate military engagement
1246 | verb | reject/rebuff/dismiss/spurn [the] _ demand/demands/call/calls for [a] halt/end to [its/the] offensive/bombing/bombardment/operations/strikes/airstrikes/fighting/assault
1246 | verb | reject/rebuff/dismiss/spurn [the] calls/demands to pull [heavy] weapons/troops/forces back

# 126 Reject mediation
126 | verb | reject/rebuff/spurn/refuse _ mediation in/between/over
126 | verb | reject/rebuff/spurn [the] _ mediation

# 133 Threaten political dissent
133 | verb | threaten to take [his/her/their/its] supporters/followers/members onto/to/into [the] streets

# 135 Threaten to halt mediation
135 | verb | threaten to walk/pull out of [the] _ mediation
135 | verb | threaten to withdraw from [the] _ mediation
135 | verb | threaten to quit/leave/abandon [the] _ mediation
135 | verb | threaten to withdraw from [the] talks/negotiations mediated/brokered by _
135 | verb | threaten to pull out of [the] talks/negotiations mediated/brokered by _
135 | verb | threaten to quit/leave/boycott [the] talks/negotiations mediated/brokered by _

# 136 Threaten to halt international involvement
136 | verb | threaten to end/suspend/halt/cut [its] cooperation with [the] _ mission/agency/inspectors/tribunal/court/watchdog
136 | verb | threaten to end/expel/close [the] _ humanitarian/peacekeeping/monitoring/observer mission
136 | verb | threaten to shut down [the] _ humanitarian/peacekeeping/monitoring/observer mission

# 137 Threaten with violent repression
137 | verb | threaten to send [the] riot police/troops/army/soldiers against
137 | verb | warn that [the] security forces/police/army/troops would deal ruthlessly/firmly/decisively/harshly/mercilessly with

# 141 Demonstrate (marches on seats of power)
141 | verb | march on [the] government/presidential/parliament headquarters/offices/palace/building

# 1414 Demonstrate for change in institutions, regime
1414 | verb | march/rally/demonstrate/protest demanding electoral/political/democratic/constitutional reform/reforms
1414 | verb | march/rally/demonstrate/protest for [an] overhaul of [the] political system

# 1422 Conduct hunger strike for policy change
1422 | verb | begin/start/launch/stage/hold [a/an] [indefinite] hunger strike against [the] _ law/bill/ordinance/policy/plan/decision/reform/tax
1422 | verb | go on [a/an] [indefinite] hunger strike against [the] _ law/bill/ordinance/policy/plan/decision/reform/tax

# 1043 / 1044 demands that name the aim of hunger strikes and strikes
1043 | verb | demand [the] right to self-determination
1043 | verb | demand [the] right of _ to self-determination
1044 | verb | demand [the] creation/establishment of [an] [independent] anti-corruption/anti-graft ombudsman/body/agency/commission

# 143 Conduct strike (support verbs; `strike` alone reads as an attack)
143 | verb | begin/start/launch/call/hold [a] nationwide/national/general/indefinite strike
