# Verb and event-noun patterns for CAMEO roots 03 (express intent to cooperate, aid, reform, yield, meet,
# settle, mediate) and 08 (yield: ease restrictions and sanctions, ease dissent, accede to reform demands,
# return and release, allow international involvement, de-escalate), sixth round: a systematic vocabulary
# sweep. Every sub-code's wire-news phrasings (plain and phrasal verbs, support verb + noun, nominalisations,
# passives, British and American spellings) were written as short test sentences in
# eval/probes/probe6-sweep-03-08.jsonl; the patterns below cover the ones readout missed. Fresh sentences in
# eval/probes/probe6-03-08.jsonl measure generalisation. Both files are their regression test.
# Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# ---- 030 Express intent to cooperate: an intent verb plus a plain "cooperate/collaborate/partner" verb
# (the bare verbs code 050, which an intent turns into 032, policy support; these say cooperation in general)
030 | verb | offer/promise/vow/pledge/plan/intend/undertake/want/hope to cooperate/collaborate/partner with _
030 | verb | offer/promise/vow/pledge/plan/intend/undertake to work together/jointly/closely with _
030 | verb | plan/intend/aim/want/hope/seek/vow/promise to expand/deepen/boost/strengthen/enhance/broaden/widen [its/their] [bilateral] cooperation/ties/relations/partnership with _
030 | verb | plan/intend/aim/want/hope/seek/vow/promise to step up [bilateral] cooperation/ties/relations/links with _
030 | verb | is/are/was/were keen/eager/ready/determined to strengthen/build/forge/deepen closer/stronger/deeper/better ties/relations/cooperation with _
030 | verb | is/are/was/were open to [closer/deeper/further] cooperation/collaboration with _
030 | verb | express/voice/signal/show/reaffirm [its] readiness/willingness/interest/eagerness for/in [closer/deeper/further/greater] cooperation/collaboration with _
030 | verb | commit itself/themselves to deeper/closer/stronger cooperation/ties/relations with _
030 | verb | reaffirm/reiterate/underline [its] commitment to [closer/deeper/further/bilateral] cooperation/ties/partnership with _
030 | verb | pledge/vow/promise/agree/seek to forge [a] strategic/comprehensive/long-term/special partnership with _
030 | verb | extend [a] hand of friendship/cooperation to _
030 | verb | offer [a] hand of friendship/cooperation to _

# ---- 031 / 0311 / 0312 / 0313 / 0314 material, economic, military, judicial and intelligence cooperation
031 | verb | offer/promise/vow/pledge/plan/intend/undertake/want/hope to cooperate/collaborate/partner/work with _ on building/developing/constructing/producing
031 | verb | offer/promise/vow/pledge/plan/intend/undertake/want/hope to cooperate/collaborate/partner/work with _ on nuclear/space/energy/hydrogen/satellite/railway/infrastructure
031 | verb | say [it/he/she/they] will/would cooperate/collaborate/work with _ on building/developing/nuclear/space/energy/hydrogen/satellite/infrastructure
031 | verb | propose/offer/plan joint projects/ventures with _
031 | verb | propose/offer/plan/pledge [a] joint project/venture with _
0311 | verb | pledge/vow/promise/plan/intend/seek/aim to deepen/boost/expand/strengthen/accelerate economic/trade/commercial integration with _
0311 | verb | is/are/was/were keen/eager/ready/determined to boost/increase/expand/double/deepen [bilateral] trade/investment with _
0311 | verb | plan/intend/pledge/vow/promise/aim/hope to sign/conclude [a] trade/economic/investment/free-trade pact/agreement/deal/accord with _
0311 | verb | plan/intend/pledge/vow/promise/aim/hope to sign/conclude [a] free trade pact/agreement/deal/accord with _
0311 | verb | offer tax breaks/incentives/concessions to investors/companies/firms from _
0311 | verb | offer tax breaks/incentives to _ investors/companies/firms
0312 | verb | express/voice/signal [its] interest/readiness/willingness in/for [closer/deeper] defence/defense/military/security cooperation with _
0312 | verb | vow/pledge/promise/plan/intend/offer to bolster/boost/deepen/expand/strengthen/enhance military/defence/defense/security collaboration/cooperation/ties with _
0312 | verb | vow/pledge/promise/plan/intend/offer to step up military/defence/defense/security collaboration/cooperation/ties with _
062 | verb | step up security/defence/defense/military cooperation/collaboration with _
062 | verb | boost/bolster security/defence/defense/military cooperation/collaboration with _
0312 | verb | offer/agree/plan/pledge/propose to co-produce/co-develop @weapons with _
0312 | verb | offer/agree/plan/pledge/propose to jointly produce/develop/build @weapons with _
0312 | verb | offer/agree/plan/pledge/propose to co-produce/co-develop fighter/combat jets/aircraft with _
0312 | verb | offer/agree/plan/pledge/propose to jointly produce/develop/build fighter/combat jets/aircraft with _
0313 | verb | pledge/promise/offer/vow to work/cooperate with _ on extradition/extraditions/extraditing
0313 | verb | help _ trace/recover/repatriate [stolen/looted/illicit/laundered] funds/assets/money
064 | verb | provide/give intelligence support/assistance to _
0314 | verb | offer/pledge/promise intelligence support/assistance to _
064 | verb | deepen/boost/expand/increase intelligence sharing/exchange/exchanges with _
064 | verb | step up intelligence sharing/exchange/exchanges with _
0314 | verb | vow/pledge/promise/plan/offer to deepen/boost/expand/increase intelligence sharing/cooperation/exchange/exchanges with _
0314 | verb | vow/pledge/promise/plan/offer to step up intelligence sharing/cooperation/exchange/exchanges with _

# ---- 032 diplomatic support, 033 / 0333 / 0334 aid and protection
032 | verb | offer/pledge/promise [its] [full] diplomatic/political support to/for _
0333 | verb | promise/pledge/offer [emergency] food/humanitarian/relief/medical aid/assistance/supplies to/for _
0333 | verb | promise/pledge/offer emergency aid/assistance/relief to/for _
0334 | verb | reaffirm/reiterate/renew [its] pledge/commitment/vow to defend/protect _
0334 | verb | pledge/promise/offer/agree/vow to deploy/send police officers to _
0334 | verb | pledge/promise/offer/agree/vow to deploy/send policemen/officers/police to _
0331 | verb | agree/offer/pledge/promise to restructure/reschedule/forgive/cancel _ debt/debts
0331 | verb | agree/offer/pledge/promise to write off _ debt/debts
0331 | verb | offer/pledge/promise/announce [a] credit line/lines to/for _
0331 | verb | offer/pledge/promise/announce [a] line of credit to/for _
071 | verb | extend/provide/grant/open [a] credit line/lines to/for _
071 | verb | extend/provide/grant/open [a] line of credit to/for _

# ---- 034 / 0342 / 0344 reform intents
034 | verb | vow/pledge/promise to press/push/forge ahead with [political/democratic/constitutional] reform/reforms
034 | verb | announce/unveil [a] plan/plans/package/programme/program/roadmap/blueprint for political/democratic/constitutional reform/reforms
034 | verb | commit/pledge/promise/vow to overhaul/reform/liberalise/liberalize/democratise/democratize [the/its] political system
034 | verb | commit to overhauling/reforming/liberalising/liberalizing/democratising/democratizing [the/its] political system
034 | verb | signal/express [its] readiness/willingness to reform/overhaul/liberalise/liberalize [the/its] political system
034 | verb | promise/pledge/vow far-reaching/sweeping/wide-ranging/broad/deep/bold reform/reforms
0342 | verb | promise/pledge/vow/plan/intend/undertake to overhaul/reform/tighten/toughen/change [the] [country's] gun/firearms/firearm laws/law/rules
0342 | verb | promise/pledge/vow/plan/intend/undertake to scrap/remove/end/abolish/axe [the] [costly] petrol/fuel/energy/food subsidy/subsidies
0342 | verb | promise/pledge/vow/plan/intend/undertake to phase out [the] [costly] petrol/fuel/energy/electricity/food subsidy/subsidies
0342 | verb | say [it/he/she/they] will/would scrap/remove [the] petrol/fuel subsidy/subsidies
0342 | verb | say [it/he/she/they] will/would end/abolish [the] petrol/fuel subsidy/subsidies
0342 | verb | say [it/he/she/they] will/would phase out [the] petrol/fuel/energy/food subsidy/subsidies
0342 | verb | promise/pledge/vow/plan/agree to review/scrap/drop/reverse/withdraw/repeal [the] [controversial/contentious/unpopular] tax/levy/bill/decree/hike
0342 | verb | promise/pledge/vow/plan/agree to raise/increase [the] minimum wage
0342 | verb | plan/pledge/promise/vow/intend to lift/scrap/remove/ease [its/the] currency/capital/exchange controls
0342 | verb | promise/signal [a] U-turn on
0344 | verb | propose/announce/unveil constitutional amendments/changes/reforms
0344 | verb | pledge/promise/vow/plan/intend/agree to draft/write/adopt [a] new constitution
0344 | verb | say [it/he/she/they] will/would draft/write/adopt [a] new constitution
0344 | verb | pledge/promise/vow/agree to set up [an/a] independent electoral/election commission/body
0344 | verb | pledge/promise/vow/agree to create/establish [an/a] independent electoral/election commission/body

# ---- 035 intent to yield
035 | verb | signal/say [it/he/she/they] could/would/will/might compromise with _
035 | verb | signal/show/express [its] willingness/readiness to compromise with _
035 | verb | promise/pledge/offer/vow/agree to meet _ halfway
035 | verb | signal/show/display [its] flexibility in [its] talks/negotiations with _
035 | verb | signal/show/display [new/more/greater] flexibility

# ---- 0352 intent to end a boycott of an institution (a form of dissent, not an economic boycott)
0352 | verb | pledge/promise/vow/agree/decide/offer to end [its/their] boycott of parliament/elections/sessions/talks

# ---- 0353 intent to return property
0353 | verb | promise/pledge/vow/agree/offer/undertake to return/repatriate [a/the] [looted/stolen/colonial-era] statue/statues/artefacts/antiquities/treasures/bronzes to _
0353 | verb | promise/pledge/vow/agree/offer/undertake to restitute [a/the] [looted/stolen/colonial-era] statue/statues/artefacts/artifacts/antiquities/treasures/bronzes/relics to _
0353 | verb | promise/pledge/vow/agree/offer/undertake to hand/give back [a/the] [looted/stolen/colonial-era] statue/statues/artefacts/artifacts/antiquities/treasures/bronzes/relics/objects to _

# ---- 0354 / 085 easing economic sanctions and boycotts
085 | verb | lift/scrap/ease/remove/end/suspend [its/the] remaining/long-standing/longstanding/decades-old/crippling/punishing/punitive [economic/trade/financial] sanctions on/against _
085 | verb | lift/scrap/ease/remove/drop/suspend/relax most/some/part/all of [its/the] [economic/trade/financial] sanctions on/against _
0354 | verb | pledge/promise/vow/offer/agree/plan to lift/scrap/ease/remove/end [its/the] remaining/long-standing/longstanding/decades-old [economic/trade] sanctions on/against _
085 | verb | resume/restart imports of _
085 | verb | lift/end/scrap/ease [its/the] ban/embargo on _ tomatoes/beef/wine/barley/coal/timber/lobster/seafood/fruit/poultry/pork/grain/wheat/rice/fish/cars/goods/products
085 | verb | lift/ease/relax/remove [its/the] curbs/restrictions/ban on [palm] oil/beef/wheat/rice/grain/poultry/seafood/coal/wine/sugar imports from _
085 | verb | unfreeze in _ assets/funds/reserves
085 | verb | release in frozen _ assets/funds/reserves
085 | verb | unfreeze in frozen _ assets/funds/reserves

# ---- 0355 / 086 allowing international involvement
086 | verb | allow/let/permit/invite/admit/accept/accredit _ [election/international/foreign] observers/monitors to monitor/observe/watch/oversee
086 | verb | allow/admit/accept/accredit _ election observers/monitors
086 | verb | allow/let/permit _ office/mission/agency/team/monitors to resume [its/their] work/operations/activities
086 | verb | grant/give _ human rights chief/commissioner/envoy/office/team/investigators/experts [full/unfettered/unhindered] access to
086 | verb | let/allow/permit _ commission of inquiry to enter/visit
086 | verb | let _ commission of inquiry enter/visit
086 | verb | let _ envoy/envoys/rapporteur/delegation/mission/team/investigators/monitors/observers/experts visit/enter/tour
0355 | verb | agree/offer/promise/pledge to let/allow [a/the] _ team/investigators/inspectors/experts/monitors/observers investigate/inspect/visit/monitor/enter
0355 | verb | agree/offer/promise/pledge to let/allow [a/the] _ to investigate/inspect/visit/monitor/enter
0355 | verb | agree/offer/promise/pledge to let/allow [the] _ reinstall/install [surveillance/monitoring] cameras
0355 | verb | say [it/he/she/they] will/would allow _ [election/international/foreign] observers/monitors

# ---- 0861 receive peacekeepers
0861 | verb | accept/welcome/allow/admit troops/soldiers/peacekeepers/police from _
0861 | verb | allow/let/admit/permit _ peacekeepers into/to
0861 | verb | allow/let/admit/permit _ peacekeeping troops/force/forces into/to
0861 | verb | allow/let/permit _ peacekeepers to deploy/enter/land/operate
0861 | verb | accept/allow/admit/welcome _ peacekeepers
0861 | verb | accept/allow/admit/welcome _ peacekeeping force/mission/troops
0861 | verb | welcome [the] deployment of _ troops/peacekeepers/police/forces/officers

# ---- 0862 receive inspectors
0862 | verb | allow/let/permit _ to reinstall/install/restore [the] [surveillance/monitoring] cameras/equipment
0862 | verb | readmit [the] [expelled] _ inspectors/monitors/experts

# ---- 0863 humanitarian access
0863 | verb | allow/let/permit _ to resume/restart/begin food/aid distribution/distributions/deliveries/operations
0863 | verb | accept [food/humanitarian/emergency/relief] aid/assistance/supplies/shipments from _
0863 | verb | allow/let/permit _ aid agencies/workers/groups/organisations/organizations/convoys into/to
0863 | verb | grant/give [the] _ humanitarian access to

# ---- 036 intent to meet or negotiate
036 | verb | propose/offer/suggest [indirect/direct/fresh/bilateral/peace/direct] talks/negotiations/dialogue with _
036 | verb | express/voice/signal/show [its] readiness/willingness/openness for/to [direct/indirect/peace] talks/negotiations/dialogue with _
036 | verb | agree to resume [exploratory/peace/direct/indirect/bilateral] talks/negotiations/dialogue with _

# ---- 037 intent to settle a dispute
037 | verb | is/are/was/were ready/prepared/willing to sign [a] peace treaty/deal/agreement/accord with _
037 | verb | pledge/promise/vow/offer/plan/intend/hope to sign [a] peace treaty/deal/agreement/accord with _
037 | verb | vow/pledge/promise/seek/agree/offer/want/hope/undertake to settle/resolve [its/the] [maritime/border/territorial/trade/land/water/boundary] dispute/disputes/differences/row/quarrel with _
037 | verb | express/signal/voice [its] willingness/readiness to settle/resolve [its/the] [maritime/border/territorial] dispute/disputes/differences with _
037 | verb | commit/pledge/vow/promise/agree to ending/end [its/the] [maritime/border/territorial/trade/land/water] dispute/row/quarrel with _
037 | verb | pledge/vow/promise/seek/agree to find [a] negotiated/peaceful/diplomatic/amicable solution to [its/the] [maritime/border/territorial] dispute/row/standoff with _

# ---- 038 / 039 mediation
038 | verb | welcome/accept _ offer of/to mediation/mediate
038 | verb | welcome/accept the _ offer of/to mediation/mediate
039 | verb | offer/propose/pledge/volunteer to broker [a] truce/ceasefire/deal/agreement/peace between _ and
045 | verb | help negotiate/broker [a] peace/truce/ceasefire/deal between _ and
039 | verb | express/voice/signal [its] readiness/willingness to help negotiate/broker [a] peace/truce/ceasefire/deal between _ and
039 | verb | propose/offer/volunteer to mediate in

# ---- 080 / 081 / 0811 / 0812 / 0813 / 0814 yielding and easing restrictions
080 | verb | compromise with _
083 | verb | meet _ demands for [political] reform/reforms
081 | verb | restore/resume/reinstate [electronic/tourist/business/student] visas/e-visas for/to _
081 | verb | restore/resume/reinstate visa services for/to _
081 | verb | remove _ from [its/the] [travel] red list
081 | verb | rescind/revoke/repeal/scrap visa restrictions/curbs/bans on/for _
081 | verb | reverse/rescind/revoke/overturn/repeal [its/the] ban on _
0833 | verb | lift/end [the/a] ban/restrictions on Kurdish-language/minority-language/mother-tongue broadcasting/broadcasts/education/teaching/publications
0811 | verb | unblock [independent/opposition/foreign/exiled] [news] websites/sites/portals/outlets/blogs
0811 | verb | lift [the] block/blocking/ban on [independent/opposition/foreign] [news] websites/sites/outlets/blogs
0811 | verb | allow/let/permit [independent/opposition] newspapers/media/outlets/journalists/broadcasters to resume/reopen/operate/publish/print/work
0812 | verb | lift/overturn/quash/end [the] [lifetime/political] disqualification of _
0812 | verb | register/legalise/legalize/recognise/recognize [an/the] opposition party/parties/movement
0813 | verb | call off [the] [night/nightly/overnight/nighttime/night-time/evening/daytime/round-the-clock/24-hour] curfew
0813 | verb | cancel/rescind/revoke [the] [night/nightly/overnight/nighttime/night-time/evening/daytime/round-the-clock/24-hour] curfew
0814 | verb | lift/end/repeal/scrap/revoke/rescind [its/the] [decades-old] emergency law/laws/rule/powers/decree

# ---- 082 easing dissent: ending an occupation by protesters (the plain `end the occupation of` is military, 087)
082 | verb | end [their/its] occupation of [the] parliament/airport/airports/square/university/campus/building/offices/ministry/legislature/roads/highway

# ---- 0831 / 0832 / 0834 acceding to demands
0831 | verb | stand down/aside as president/premier/leader/chancellor/minister/chairman/head
0831 | verb | stand down/aside as prime minister
0831 | verb | quit as president/premier/leader/chancellor/minister/chairman/head
0832 | verb | suspend/freeze/cancel/rescind/postpone [the] [planned/proposed] metro/bus/transport/fuel/petrol/electricity/bread fare/price/tax increase/hike
0832 | verb | suspend/freeze/cancel/rescind/postpone [the] [planned/proposed] fare/price/tax/tariff/toll increase/increases/hike/hikes/rise
0832 | verb | roll back [the] cut/cuts in/to [bread/fuel/food/energy/electricity] subsidies/pensions
0832 | verb | reverse [the] cut/cuts in/to [bread/fuel/food/energy/electricity] subsidies/pensions
0834 | verb | restore/reinstate/reintroduce [a/the] [presidential] term limit/limits
0834 | verb | restore/reinstate/reintroduce [a/the] limit on [the] presidency/presidential terms
0834 | verb | adopt/introduce [a] parliamentary system/democracy
0834 | verb | curb/trim/reduce/limit/clip [the] powers of [the] president/presidency/executive/king/monarch

# ---- 084 / 0841 / 0842 return and release
0841 | verb | repatriate _ soldier/soldiers/serviceman/servicemen/detainee/detainees/prisoner/prisoners/citizen/citizens/national/nationals/sailor/sailors/pilot
0841 | verb | grant/give parole/bail/clemency to _
0841 | verb | pardon/amnesty [the] jailed/imprisoned/detained/convicted _
0841 | verb | pardon/amnesty [thousands/hundreds/dozens] of [jailed] prisoners/inmates/detainees
0842 | verb | transfer/release [the] withheld/frozen tax revenues/revenue/funds to _
0842 | verb | hand over [the] withheld/frozen tax revenues/revenue/funds to _
0842 | verb | hand/give/loan back [the] [looted/stolen/colonial-era/royal/plundered] treasures/artefacts/artifacts/antiquities/bronzes/relics/statues/objects/sculptures to _
0842 | verb | return/restitute/repatriate [the] [looted/stolen/colonial-era/royal/plundered] treasures/artefacts/artifacts/antiquities/bronzes/relics/statues/objects/sculptures to _
0842 | verb | hand/give/loan back [the] looted/stolen/plundered gold/bronze/royal artefacts/artifacts/objects/treasures to _
0842 | verb | return/restitute/repatriate [the] looted/stolen/plundered gold/bronze/royal artefacts/artifacts/objects/treasures to _

# ---- 087 / 0871 / 0873 / 0874 de-escalation
087 | verb | halt/stop/cease/suspend/end [its/their] [missile/drone/rocket/cross-border/air] attacks/raids/shelling/bombardment on/against _
0356 | verb | offer/pledge/promise/agree/vow to halt/stop/cease/suspend [its/their] [missile/drone/rocket] attacks/raids/shelling/strikes on/against _
087 | verb | stop/cease/halt firing rockets/missiles/mortars/shells at/into _
0356 | verb | vow/pledge/promise/agree/offer to stop/cease/halt firing rockets/missiles/mortars/shells at/into _
087 | verb | withdraw [its/their] fighters/militants/guerrillas/gunmen from _
087 | verb | pull [its/their] fighters/militants/guerrillas/gunmen out of _
0356 | verb | offer/propose [a] [bilateral/unilateral/temporary/permanent/humanitarian/nationwide/mutual/comprehensive/immediate] ceasefire/truce/cease-fire to _
087 | verb | reduce/cut/halve/lower/trim/shrink [its] troop numbers/levels/presence/contingent in _
087 | verb | scale back/down [its] military/troop presence in _
087 | verb | dismantle/demolish/remove [its] guard/border/military posts
087 | verb | dismantle/demolish/remove [its] outposts/fortifications
087 | verb | draw down [its] forces/troops in/from _
0871 | verb | halt/stop/cease/hold [its/their] fire on/at/against _
0873 | verb | hand [over/in] [its/their] heavy/remaining/last weapons/arms/guns/rifles/arsenal to _
0873 | verb | hand [its/their] weapons/arms/guns/rifles/arsenal to _
0873 | verb | decommission [its/their] arsenal/arsenals/weapons/arms
0874 | verb | abandon/vacate [its/their] [last] stronghold/strongholds/base/bases/enclave in/of _

# ---- 0863 an aid convoy named by its agency ("allowed a food convoy of the World Food Programme into ...")
0863 | verb | allow/let/permit [a/the] [first] food/aid/relief/humanitarian convoy/convoys of [the] _

# ---- second sweep pass: de-escalation and ceasefire phrasings
087 | verb | end [its] combat role/mission/operations in _
087 | verb | wind down/up [its] military drills/exercises/manoeuvres/maneuvers around/near/in/off _
087 | verb | scale back/down [its] military drills/exercises/manoeuvres/maneuvers around/near/in/off _
087 | verb | pause/halt/suspend [its] military operations/offensive in/against _
0356 | verb | agree/pledge/offer/promise/vow to pause/halt/suspend/end [its] military operations/offensive in/against _
087 | verb | withdraw [its/their] tanks/armour/armor/artillery/warships/jets from _
087 | verb | withdraw [its/their] last/remaining/final soldiers/troops/forces from _
0871 | verb | declare/announce/call [a] unilateral/temporary/humanitarian/nationwide/holiday/festive/Christmas/Ramadan/Eid/Easter [humanitarian] truce/ceasefire/cease-fire
0871 | verb | begin/start [a] [unilateral/temporary/humanitarian/nationwide] ceasefire/cease-fire/truce
085 | verb | end/lift/ease/remove [its] trade restrictions/curbs/barriers on/against _
085 | verb | end/lift [its/the] boycott of _ goods/products/imports/companies/firms
085 | verb | call off [its/the] boycott of _ goods/products/imports/companies/firms

# ---- third sweep pass: resignations, party bans, censorship, climb-downs, blockades
0831 | verb | submit/tender/announce [the] resignation of [his/her/the] cabinet/government
0831 | verb | hand in [the] resignation of [his/her/the] cabinet/government
0831 | verb | vacate [his/her] post/office/position/seat
0812 | verb | restore [the] legal status/registration of [the] opposition party/parties/movement
0812 | verb | lift/end [its/the] ban on opposition/political parties/party/activity
0811 | verb | relax/ease/lift/end/scrap/abolish [the] [press/media/internet] censorship
0811 | verb | relax/ease/lift/end [the] censorship of [the] press/media/internet
0811 | verb | ease/relax/loosen/lift [the] controls/restrictions/curbs on [the] internet
0811 | verb | lift/ease/relax [the] restrictions/curbs on [foreign] NGOs/charities/civil society
0811 | verb | allow/permit [peaceful] protests/demonstrations/rallies/gatherings
082 | verb | disband/dismantle/clear [their] protest camp/camps/encampment/encampments
0832 | verb | back down on/over [the/its] plan/plans/policy/decision/proposal/reform/law/bill/tax
0832 | verb | back down on/over [the] metro/bus/fuel/fare/tax/price/tariff fare/price/tax hike/increase/rise
0832 | verb | cave on/over [the/its] plan/plans/policy/decision/proposal/reform/law/bill/tax
0832 | verb | cave on/over [the] metro/bus/fuel/fare/tax/price/tariff fare/price/tax hike/increase/rise
0872 | verb | reopen [the] _ port/ports/seaport
0872 | verb | restore/reopen road/land/rail access to _
