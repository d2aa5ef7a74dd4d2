# Verb and event-noun patterns for CAMEO roots 12 (reject), 14 (protest) and 19 (fight), fifth probe round.
# Written for readout from the misses of eval/probes/probe5-12-14-19.jsonl (longer multi-clause wire reports,
# passives and nominalisations); that file's records are the regression test of these patterns.
# Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# 120 Reject, not specified below
120 | verb | disown

# 1211 Reject economic cooperation
1211 | verb | walk away from _ Belt and Road Initiative/scheme/programme/program/project/pact
1211 | verb | turn [its] back on [a/the] [proposed] [free] trade agreement/deal/pact/accord with _
1211 | verb | pull out of/from [the] [proposed] [free] trade agreement/deal/pact/accord/bloc with _
1211 | verb | turn down [a/an/the] _ offer/bid/proposal to invest in
1211 | verb | reject/rebuff/spurn [a/an/the] _ offer/bid/proposal to invest in
1211 | verb | suspend/shelve/scrap/cancel/freeze [a/the] joint railway/rail/pipeline/infrastructure/energy/gas/oil/mining/investment/development/port project/venture with _
1211 | noun | suspension/cancellation/shelving of [a/the] joint railway/rail/pipeline/infrastructure/energy/gas/oil/mining/investment/development/port project/venture with _

# 1212 Reject military cooperation
1212 | verb | bar/block/stop/prevent/forbid _ from re-exporting/reexporting

# 1221 Reject request for economic aid
1221 | verb | turn down _ request/requests/plea/pleas/appeal/appeals/bid for [an] [emergency] disbursement/tranche/handout
1221 | verb | turn down _ request/requests/plea/pleas/appeal/appeals/bid for [a] budget/balance-of-payments support
1221 | verb | turn down _ request/requests/plea/pleas/appeal/appeals/bid for [a] [financial] rescue package
1221 | verb | reject/rebuff/spurn/dismiss _ request/requests/plea/pleas/appeal/appeals/bid for [an] [emergency] disbursement/tranche/handout
1221 | verb | reject/rebuff/spurn/dismiss _ request/requests/plea/pleas/appeal/appeals/bid for [a] budget/balance-of-payments support
1221 | verb | reject/rebuff/spurn/dismiss _ request/requests/plea/pleas/appeal/appeals/bid for [a] [financial] rescue package
1221 | verb | rule out any [bilateral] bailout/loan/loans
1221 | verb | rule out [any/a] [bilateral] rescue package/deal

# 1224 Reject request for military protection or peacekeeping
1224 | verb | turn down [a/the] request/plea/appeal/call from/by _ to lead/send/deploy/join [a/an/the] [multinational/international/regional] security/peacekeeping/stabilisation/stabilization/police mission/force
1224 | verb | reject/rebuff/spurn/decline [a/the] request/plea/appeal/call from/by _ to lead/send/deploy/join [a/an/the] [multinational/international/regional] security/peacekeeping/stabilisation/stabilization/police mission/force

# 1231 Reject request for change in leadership
1231 | verb | shrug off [the] demands/calls from/by _ that he/she resign/quit/go
1231 | verb | shrug off [the] demands/calls from/by _ that he/she step/stand down
1231 | verb | brush off/aside [the] demands/calls from/by _ that he/she resign/quit/go
1231 | verb | brush off/aside [the] demands/calls from/by _ that he/she step/stand down
1231 | verb | reject/dismiss/rebuff/spurn/ignore [the] demands/calls from/by _ that he/she resign/quit/go
1231 | verb | reject/dismiss/rebuff/spurn/ignore [the] demands/calls from/by _ that he/she step/stand down

# 1233 Reject request for rights
1233 | verb | brush off/aside [repeated] [international] appeals/calls/demands to let girls return/go to [secondary] school/schools
1233 | verb | brush off/aside [repeated] [international] appeals/calls/demands to allow girls to return/go to [secondary] school/schools
1233 | verb | reject/dismiss/rebuff/ignore/spurn [repeated] [international] appeals/calls/demands to let girls return/go to [secondary] school/schools
1233 | verb | reject/dismiss/rebuff/ignore/spurn [repeated] [international] appeals/calls/demands to allow girls to return/go to [secondary] school/schools
1233 | verb | reject/dismiss/rebuff/ignore/spurn [repeated] [international] appeals/calls/demands to let/allow women work/study
1233 | verb | reject/dismiss/rebuff/ignore/spurn [repeated] [international] appeals/calls/demands to lift [the] ban/bans on women/girls

# 1234 Reject request for change in institutions, regime
1234 | verb | reject/dismiss/rebuff/spurn/ignore [the] calls/demands/appeals by/from _ for [a] return to civilian/democratic/parliamentary/constitutional rule/order/government
1234 | verb | brush off/aside [the] calls/demands/appeals by/from _ for [a] return to civilian/democratic/parliamentary/constitutional rule/order/government
1234 | verb | reject/dismiss/rebuff/spurn/ignore _ demands/calls to rewrite/amend/redraft/change/scrap [the] [military-drafted/junta-drafted/existing/current] constitution/charter

# 1241 Refuse to ease administrative sanctions
1241 | verb | keep [a/the] [strict/round-the-clock/dusk-to-dawn/night-time/nighttime/nightly/total/partial] curfew/lockdown in force/place

# 1243 Refuse to release persons or property
1243 | verb | turn down [a/an/the] _ request/demand/call/appeal/plea to free/release
1243 | verb | reject/rebuff/spurn/dismiss/ignore [a/an/the] _ request/demand/call/appeal/plea to free/release
1243 | verb | turn down [a/an/the] request/requests/demand/demands/call/calls/appeal/appeals/plea/pleas from/by _ to free/release
1243 | verb | reject/rebuff/spurn/dismiss/ignore [a/an/the] request/requests/demand/demands/call/calls/appeal/appeals/plea/pleas from/by _ to free/release
1243 | verb | brush aside/off [a/an/the] request/requests/demand/demands/call/calls/appeal/appeals/plea/pleas from/by _ to free/release

# 127 Reject plan, agreement to settle dispute
127 | verb | dismiss/reject/spurn/rebuff [a/the] _ [12-point/five-point/10-point/ten-point/six-point/20-point] blueprint/roadmap/plan/formula/proposal for ending/resolving/settling [the] war/conflict/crisis/fighting

# 140 Engage in political dissent
140 | verb | join [a/the] [growing/nationwide/mass] civil disobedience movement/campaign [against]

# 141 Demonstrate or rally
141 | verb | lead [a/the] [mass/protest/silent/peaceful/candlelit/candlelight] march/rally/demonstration/procession
141 | verb | march/rally/demonstrate/protest in several/many/various/numerous/major/other cities/towns

# 143 Conduct strike or boycott
143 | noun | general/nationwide/national/indefinite/wildcat/one-day/two-day/three-day/24-hour/48-hour/72-hour/week-long strike
143 | noun | industrial action against _
143 | verb | join [a] [second/third/fourth/fifth/new] [nationwide/national] day/days of industrial action
143 | verb | join [a] [second/third/fourth/fifth/new] [nationwide/national] day/days of strikes/walkouts

# 145 Protest violently, riot
145 | verb | hurl/throw/lob stones/rocks/bottles/bricks/debris/projectiles at _

# 190 Use conventional military force
190 | verb | press ahead with [its] assault/offensive/attack/attacks/advance on/against _
190 | verb | step up [its] offensive/assault/attacks/bombardment/shelling against/on _
190 | verb | keep up [its] assault/offensive/attacks/bombardment/shelling on/against/of _
190 | verb | send [its] troops/forces/soldiers/tanks across [the] border [into]

# 192 Occupy territory
192 | verb | take [the] [strategic/key/eastern/western/northern/southern/besieged/frontline/embattled/border] town/city/village/port/hub/airport of _
192 | verb | capture/seize [the] strategic/key/besieged/frontline/embattled/border town/city/village/port/hub/crossing [of]
192 | verb | hold/control/occupy square kilometres/kilometers/miles of _

# 194 Fight with artillery and tanks
194 | verb | subject _ to [heavy/intense/relentless/sustained/fierce/indiscriminate] artillery/mortar/tank/rocket bombardment/fire/shelling/barrages
194 | verb | subject _ to [heavy/intense/relentless/sustained/fierce/indiscriminate] shelling
194 | verb | deploy tanks/artillery/howitzers/armour/armor against _
194 | verb | deploy heavy guns/weapons/artillery against _

# 195 Employ aerial weapons
195 | verb | subject _ to [heavy/intense/relentless/sustained/fierce/indiscriminate] air strikes/raids/bombardment
195 | verb | subject _ to [heavy/intense/relentless/sustained/fierce/indiscriminate] airstrikes
195 | verb | subject _ to [heavy/intense/relentless/sustained/fierce/indiscriminate] aerial bombardment/bombing/attacks
195 | verb | fire/fly/send [a] drone/drones at/into/toward/towards _

# 196 Violate ceasefire
196 | noun | breach/violation of [the] week-long/fragile/UN-brokered/US-brokered/Qatari-brokered/Egyptian-brokered/humanitarian/temporary/Easter/Christmas/Ramadan/holiday truce/ceasefire/cease-fire

# More phrasings found while probing variants of the records (same codes as above).
120 | verb | nix
120 | verb | stonewall
120 | verb | scupper
120 | verb | balk/baulk at _ demand/demands/request/requests/proposal/proposals/call/calls/plan/offer
120 | verb | torpedo [the/a/an] _ plan/proposal/deal/agreement/bill/resolution/initiative/bid/offer
127 | verb | torpedo [the/a/an] _ peace plan/deal/agreement/accord/initiative/proposal
120 | verb | block _ bid/application/request to join
120 | verb | block _ bid/application/request for membership
1243 | verb | continue to hold/detain/imprison [the] _ citizens/nationals/hostages/captives/detainees/prisoners/journalists/activists
141 | verb | mount/stage/hold [a] protest/demonstration/rally/vigil/picket outside/at [the] _ embassy/consulate
141 | verb | mount/stage/hold [a] protest/demonstration/rally/vigil/picket in front of [the] _ embassy/consulate
190 | noun | fighting erupted/raged/flared/resumed/intensified/escalated between
190 | noun | fighting broke out between
190 | noun | hostilities erupted/resumed/broke between
190 | noun | clash erupted/raged/flared/resumed/intensified between
190 | noun | clash broke out between
193 | noun | gunfight/firefight erupted/broke between
194 | verb | unleash/launch/fire [a] barrage/hail/volley of artillery/mortar/tank/rocket fire on/at/against/into _
194 | verb | unleash/launch/fire [a] barrage/hail/volley of shells/mortars/rockets on/at/against/into _
194 | verb | unleash/launch/fire [a] barrage/hail/volley of artillery/mortar/tank shells/rounds on/at/against/into _
194 | verb | unleash/launch [a] [heavy/fierce/intense/massive] artillery/mortar/rocket barrage on/at/against _
1244 | verb | reject/rebuff/dismiss/spurn/refuse _ demand/demands/request/requests/call/calls/plea/pleas for sanctions relief
1244 | verb | turn down _ demand/demands/request/requests/call/calls/plea/pleas for sanctions relief
1244 | verb | rule out [any] sanctions relief for _
144 | verb | blockade/barricade [the] faculty/faculties/campus/campuses/entrance/entrances/premises
143 | noun | wave/series/spate/round/string of walkouts/stoppages
143 | noun | wave/series/spate/round/string of labour/labor/industrial/public-sector/transport/rail/nationwide/general strikes
192 | verb | seize/capture/overrun/take [a/an/the] _ patrol/border/army/military/observation post/posts/checkpoint/checkpoints
196 | verb | shell/attack/bomb/strike/pound/hit _ in violation of [the] ceasefire/truce/cease-fire/armistice
196 | verb | attack/bomb/strike/pound/hit _ in breach of [the] ceasefire/truce/cease-fire/armistice
120 | verb | shoot down [a/an/the] _ proposal/proposals/idea/plan/bill/request/offer/suggestion/motion/resolution/amendment/initiative
120 | verb | call [the] _ proposal/plan/offer/idea/demand/demands/request/initiative [a] non-starter
120 | verb | dismiss [the] _ proposal/plan/offer/idea/demand/demands/request/initiative as [a] non-starter
125 | verb | slam/shut/close [the] door on/to [any/further] talks/negotiations/dialogue with _
143 | verb | observe [a/the] [nationwide/general/total/complete/day-long] strike/shutdown/bandh/hartal/stay-away
143 | noun | bandh/hartal/stay-away/stayaway
143 | verb | stage/begin/start/launch [a] work-to-rule/go-slow [protest/action/strike]
143 | noun | work-to-rule/go-slow protest/action/strike
145 | verb | set up burning barricades
145 | verb | erect/build/man burning barricades
193 | verb | fire shots across [the] border into/at _
143 | verb | call [a/the] nationwide/general/day-long/dawn-to-dusk/statewide/total bandh/hartal/stay-away
1242 | verb | dismiss/reject/rebuff/ignore/defy [a/an/the] _ appeal/appeals/call/calls/plea/pleas/order/orders to go home/disperse
1242 | verb | brush aside/off [a/an/the] _ appeal/appeals/call/calls/plea/pleas/order/orders to go home/disperse
143 | verb | call [a/an] indefinite/open-ended/nationwide/national general strike
143 | verb | boycott _ national/municipal/regional/provincial/local/snap/upcoming/presidential/parliamentary election/elections/vote/polls/referendum
143 | verb | boycott [the] referendum/plebiscite
