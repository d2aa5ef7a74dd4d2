# readout verbs-probe-06-09.lex: probe-driven verb and event-noun patterns for CAMEO roots 06-09
# (material cooperation, aid, yield, investigate). Added for vocabulary that probe sentences in
# eval/probes/probe-06-09.jsonl showed missing. Written for readout; format as in docs/lexicon.md.

# 060 Engage in material cooperation, not specified below
060 | verb | team up with _ to build/develop/produce/launch
060 | verb | team up to build/develop/produce/launch
060 | verb | launch/begin/start/mount [a] joint effort/initiative/programme/program/venture/undertaking with _
060 | verb | pool [their] vessels/ships/aircraft/assets/expertise/efforts/funds/know-how/equipment
060 | verb | join forces with _ to build/develop/fight/tackle/combat/clear
060 | verb | carry out/conduct [a] joint search-and-rescue/rescue/demining mission/operation
060 | verb | conduct/carry out [a] joint search-and-rescue/rescue/demining mission/operation with _

# 061 Cooperate economically
061 | verb | import/buy/purchase rice/wheat/corn/maize/soybeans/sugar/beef/pork/fertiliser/fertilizer from _
061 | verb | export/sell/ship/supply rice/wheat/corn/maize/soybeans/sugar/beef/pork/fertiliser/fertilizer to _
061 | verb | begin/start importing/buying/purchasing rice/wheat/corn/maize/soybeans/grain/oil/gas/LNG/coal from _
061 | verb | boost/increase/raise/expand [its] crude/oil/gas/LNG/coal/grain/wheat shipments/exports/deliveries/supplies to _
061 | verb | step up [its] crude/oil/gas/LNG/coal/grain/wheat shipments/exports/deliveries/supplies to _
061 | verb | ramp up [its] crude/oil/gas/LNG/coal/grain/wheat shipments/exports/deliveries/supplies to _
061 | verb | open/commission/launch [a] [cross-border] gas/oil pipeline
061 | verb | build/construct [a] railway/railroad/highway/motorway/port/bridge/dam/refinery/airport/stadium in _
061 | verb | build/construct [a] power plant/station in _
061 | verb | begin/start construction of [a] railway/railroad/highway/motorway/port/bridge/dam/refinery/pipeline in _
061 | verb | begin/start work on [a] railway/railroad/highway/motorway/port/bridge/dam/refinery/pipeline in _
061 | verb | begin/start building [a] [high-speed/new/deep-sea/deepwater/cross-border] railway/railroad/highway/motorway/port/bridge/dam/refinery/pipeline in _

# 062 Cooperate militarily
062 | verb | take part in joint [military/naval/air/counter-terrorism/anti-terror] exercises/drills/manoeuvres/maneuvers/patrols with _
062 | verb | participate in joint [military/naval/air/counter-terrorism/anti-terror] exercises/drills/manoeuvres/maneuvers/patrols with _
062 | verb | join [the] joint [military/naval/air] exercises/drills/manoeuvres/maneuvers/patrols
062 | verb | kick off [annual/yearly/regular/large-scale/major] joint [military/naval/air] exercises/drills/manoeuvres/maneuvers/patrols with _
062 | verb | begin/start/launch [annual/yearly/regular/large-scale/major/biennial] joint military/naval/air exercises/drills/manoeuvres/maneuvers with _
062 | verb | hold/stage/conduct [annual/yearly/regular/large-scale/major/biennial] joint military/naval/air exercises/drills/manoeuvres/maneuvers with _
062 | verb | begin/start/launch/hold/stage/conduct annual/yearly/regular/large-scale/major/biennial joint exercises/drills/manoeuvres/maneuvers with _
062 | verb | hold/stage/conduct [a] joint [military/naval/air] exercise/drill with _
062 | verb | conduct/hold/stage [a] joint [air/naval/military/bomber] patrol with _
062 | verb | conduct/mount/stage [a] joint operation/offensive/raid/sweep/mission with _
062 | verb | conduct/mount/stage [a] joint military/counter-terrorism/security operation/offensive with _
062 | verb | fly [a] joint [air/naval/military/bomber] patrol with _
062 | verb | carry out [a] joint [air/naval/military/bomber] patrol with _
062 | verb | carry out [a] joint operation/offensive/raid/sweep/mission with _
062 | verb | carry out [a] joint military/counter-terrorism/security operation/offensive with _

# 063 Engage in judicial cooperation
063 | verb | hand over [a] fugitive/fugitives/suspect/suspects/convict/convicts to _
063 | verb | send _ back to face trial/charges
063 | verb | deport [a] fugitive/fugitives/suspect/suspects to _
063 | verb | surrender [a] fugitive/fugitives/suspect/suspects to _

# 064 Share intelligence or information
064 | verb | provide/supply/furnish _ with intelligence/information/data/imagery/footage
064 | verb | provide/supply/furnish _ with surveillance/satellite/drone/radar/targeting data/imagery/footage/images/information/intelligence
064 | verb | provide/supply/furnish _ with drone surveillance data/imagery/footage/images
064 | verb | pass [on] information/details/data/intelligence/evidence on/about
064 | verb | pass [on] information/details/data/intelligence/evidence to _
064 | verb | begin/start exchanging intelligence/information with _
064 | verb | exchange intelligence/information with _
064 | verb | tip _ off
064 | verb | alert _ to [a] planned/imminent/possible plot/attack
064 | verb | warn _ of [a] planned/imminent plot/attack

# 070 Provide aid, not specified below
070 | verb | extend assistance/aid/support worth to _
070 | verb | extend assistance/aid to _
070 | verb | give _ [euros/dollars/pounds/yen] in aid
070 | verb | hand _ [euros/dollars/pounds] in aid

# 071 Provide economic aid
071 | verb | deposit _ into/in/with
071 | verb | cancel/forgive [its] [interest-free/bilateral/outstanding] loans/debt/debts owed by _
071 | verb | write off [its] [interest-free/bilateral/outstanding] loans/debt/debts owed by _
071 | verb | cancel/forgive [the] [interest-free/bilateral/outstanding] loans/debt/debts of _
071 | verb | write off [the] [interest-free/bilateral/outstanding] loans/debt/debts of _
071 | verb | disburse [emergency] financing/funds/loan/loans/aid/tranche to _
071 | verb | approve [a] loan/loans/credit/grant/financing/funding/funds for/to _
071 | verb | approve [a] bailout/rescue package for _

# 072 Provide military aid
072 | verb | hand over/give/donate/transfer [its] [entire] stock/stocks/stockpile of @weapons to _
072 | verb | hand over [its] [entire] stock/stocks/stockpile of @weapons to _
072 | verb | train _ rebels/fighters/militias/recruits/commandos/officers/cadets/militiamen/guerrillas/conscripts
072 | verb | begin/start training _ rebels/fighters/militias/recruits/commandos/troops/soldiers/forces
072 | verb | supply _ with @weapons
072 | verb | send/give/provide _ [a] military aid/assistance/support package
072 | verb | send/give/provide _ [a] package of military aid/assistance
072 | verb | approve [a] military aid/assistance/support package for _
072 | verb | approve [the] transfer of @weapons to _

# 073 Provide humanitarian aid
073 | verb | airlift/fly/ship/truck/send/dispatch/deliver/airdrop food/biscuits/rations/water/medicine/medicines/tents/blankets/flour/rice/supplies to _
073 | verb | airlift/fly/ship/truck/send/dispatch/deliver/airdrop high-energy biscuits to _
073 | verb | airlift/fly/ship/truck/send/dispatch/deliver/airdrop planeloads/shiploads/truckloads/tonnes/tons/consignments/shipments/boxes of @humanitarian_aid to _
073 | verb | send/dispatch/deploy [a] team/teams of rescuers/doctors/medics/paramedics/firefighters to _
073 | verb | send/dispatch/deploy [a] team/teams of rescue/medical specialists/workers/experts to _
073 | verb | air-drop/airdrop food/aid/supplies over/into/to _
073 | verb | air-drop/airdrop/drop food parcels/packages over/into/to _
073 | verb | air-drop/airdrop/drop aid parcels/packages over/into/to _
073 | verb | airlift/fly [in] relief/aid/supplies to _
073 | verb | deliver relief goods/items/materials to _
073 | verb | send/dispatch/ship relief goods/items/materials to _

# 074 Provide military protection or peacekeeping
074 | verb | authorise/authorize/approve/establish/create [a] peacekeeping force/mission/operation for/in _
074 | verb | send/deploy peacekeeping troops/forces/contingent/units to _
074 | verb | send/deploy troops/forces/soldiers/paratroopers to help/protect/defend _
074 | verb | send/deploy troops/forces/soldiers/paratroopers to _ to help/protect/defend/restore

# 075 Grant asylum
075 | verb | give/offer/grant/provide refuge/sanctuary/shelter to _
075 | verb | give/offer/grant/provide _ refuge/sanctuary
075 | verb | give/offer/grant _ political/diplomatic/temporary asylum
075 | verb | give/offer/grant/issue _ [a] humanitarian visa/visas
075 | verb | give/offer/grant/issue [a] humanitarian visa/visas to _

# 080 Yield, not specified below
080 | verb | make concessions/concession to _
080 | verb | offer concessions/concession to _
080 | verb | yield to _ pressure/demands
080 | verb | cave in to _
080 | verb | meet [a/the] key/main/central/core/chief/principal/major/primary/long-standing/longstanding/decades-old/top demand/demands of _
080 | verb | meet [a/the] key/main/central/core/chief/principal/major/primary/long-standing/longstanding/decades-old/top demand/demands
080 | verb | bow to [the] demands/pressure of _
080 | verb | give in to [the] demands/pressure of _

# 081 Ease administrative sanctions
081 | verb | relax/ease/loosen/lift/scrap/remove/drop [the] [its] travel restrictions/curbs on _
081 | verb | relax/ease/loosen/lift [the] [its] entry caps/restrictions/curbs/requirements/rules on/for _
081 | verb | scrap/remove/drop [the] [its] entry caps/restrictions/curbs/requirements/rules on/for _
081 | verb | relax/ease/loosen/lift/scrap/remove [the] [its] visa restrictions/requirements/rules for/on _
081 | verb | restore visa-free entry/travel for/to _
081 | verb | lift [its] ban on charter/passenger flights to _
081 | verb | lift [its] ban on flights to/from _
081 | verb | reopen [its] borders to _
081 | verb | reopen [its] borders to foreign/international tourists/visitors/travellers/travelers

# 0811 Ease restrictions on political freedoms
0811 | verb | lift/end/revoke [its] suspension/ban/blocking of Twitter/Facebook/YouTube/WhatsApp/Telegram/Instagram/TikTok/X/Wikipedia
0811 | verb | unblock Twitter/Facebook/YouTube/WhatsApp/Telegram/Instagram/TikTok/Wikipedia
0811 | verb | restore access to Twitter/Facebook/YouTube/WhatsApp/Telegram/Instagram/TikTok/Wikipedia
0811 | verb | relax/ease/loosen/lift/end censorship of [the] press/media/internet
0811 | verb | restore internet access for _
0811 | verb | restore internet/mobile/phone service/services/connections
0811 | verb | end/lift [the] internet/online/social media shutdown/blackout/ban
0811 | verb | open up [the] political space
0811 | verb | lift [the] ban on [the] newspaper/broadcaster/channel/station/website

# 0812 Ease ban on political parties or politicians
0812 | verb | reinstate/restore/relegalise/relegalize [a/the] [banned/outlawed/dissolved] party/parties
0812 | verb | lift [a/the] ban on _ holding rallies
0812 | verb | lift [a/the] ban on _ leader
0812 | verb | lift [a/the] ban on opposition leader/leaders/figures/politicians/candidates
0812 | verb | allow [the] [banned/outlawed] party to contest/run/register/field
0812 | verb | allow _ to field candidates
0812 | verb | allow _ to hold rallies/campaign

# 0813 Ease curfew
0813 | verb | ease/relax/lift/shorten/end [the] [nighttime/night-time/overnight/night/nightly/evening] curfew on/in/for _
0813 | verb | shorten/cut/reduce [the] curfew by
0813 | verb | lift/end/ease the curfew imposed on _

# 0814 Ease state of emergency or martial law
0814 | verb | lift/end/revoke/scrap [the] state of emergency/siege in _
0814 | verb | lift/end/revoke/scrap martial law in/across/on _
0814 | verb | end/lift [the] emergency rule/decree imposed by
0814 | verb | vote to lift/end [the] state of emergency/siege
0814 | verb | decline/refuse to renew [the] state of emergency

# 082 Ease political dissent
082 | verb | call off [its/their] [nationwide/national/general/indefinite/planned/week-long/month-long/year-long] strike/strikes/protest/protests/march/rally/boycott/sit-in/blockade
082 | verb | end/suspend/halt [its/their] [nationwide/national/general/indefinite] strike/protest/protests/sit-in
082 | verb | abandon/stop [its/their] [nationwide/national/general/indefinite] strike/protest/protests/sit-in
082 | verb | end/suspend/halt/abandon/stop [its/their] [nationwide/national/general/indefinite] blockade/boycott/walkout
082 | verb | end/suspend/halt [its/their] [planned/week-long/month-long/year-long] strike/protest/protests/sit-in
082 | verb | abandon/stop [its/their] [planned/week-long/month-long/year-long] strike/protest/protests/sit-in
082 | verb | end/suspend/halt/abandon/stop [its/their] [planned/week-long/month-long/year-long] blockade/boycott/walkout
082 | verb | dismantle/clear/lift/remove [its/their] blockade/blockades/barricades/roadblocks/encampment/camps/tents of/on/at
082 | verb | dismantle/clear/lift [its/their] blockade/blockades/barricades/roadblocks/encampment
082 | verb | dismantle/clear/remove [its/their] protest camp/camps/tents/encampment
082 | verb | end/suspend/call off [his/her/their] hunger strike
082 | verb | return to work after [a] strike

# 083 Accede to demands for political reform
083 | verb | accede/agree/bow/yield to [popular/the/their] demands for [political/democratic/constitutional/electoral] reform/reforms
083 | verb | give in to [popular/the/their] demands for [political/democratic/constitutional/electoral] reform/reforms
083 | verb | accede/agree/bow/yield to _ demands for [political/democratic/constitutional/electoral] reform/reforms
083 | verb | bow/yield to popular demands
083 | verb | give in to popular demands
083 | verb | accede to [the] demands of _
083 | verb | accede to _ demands

# 0831 Accede to demands for change in leadership
0831 | verb | hand in [his/her] resignation
0831 | verb | tender/submit/offer/announce [his/her] resignation
0831 | verb | sack/dismiss/fire/dissolve [his/her/the] government/cabinet
0831 | verb | vote to remove/oust/impeach/dismiss [the] president/prime minister
0831 | verb | vote to remove/oust/impeach/dismiss _
0831 | verb | quit as president/leader/premier/chairman
0831 | verb | quit as prime minister
0831 | verb | resign as president/leader/premier/chairman
0831 | verb | resign as prime minister

# 0832 Accede to demands for change in policy
0832 | verb | scrap/reverse/shelve [a/the] [planned/proposed] fuel/tax/price hike/increase/rise
0832 | verb | scrap/reverse/shelve [a/the] [controversial/unpopular] fuel/tax/price hike/increase/rise
0832 | verb | scrap/reverse/shelve [a/the] [planned/proposed] fuel/tax/price rises/hikes
0832 | verb | scrap/reverse/shelve [a/the] [controversial/unpopular] fuel/tax/price rises/hikes
0832 | verb | scrap/reverse/shelve [a/the] [planned/proposed] fare/tariff hike/increase/rise
0832 | verb | scrap/reverse/shelve [a/the] [controversial/unpopular] fare/tariff hike/increase/rise
0832 | verb | scrap/reverse/shelve [a/the] [planned/proposed/controversial/unpopular] fare/tariff rises/hikes
0832 | verb | rescind/withdraw [a/the] [planned/proposed] fuel/tax/price hike/increase/rise
0832 | verb | rescind/withdraw [a/the] [controversial/unpopular] fuel/tax/price hike/increase/rise
0832 | verb | rescind/withdraw [a/the] [planned/proposed/controversial/unpopular] fuel/tax/price rises/hikes
0832 | verb | rescind/withdraw [a/the] [planned/proposed/controversial/unpopular] fare/tariff hike/increase/rise
0832 | verb | rescind/withdraw [a/the] [planned/proposed/controversial/unpopular] fare/tariff rises/hikes
0832 | verb | suspend/drop [a/the] [planned/proposed] fuel/tax/price hike/increase/rise
0832 | verb | suspend/drop [a/the] [controversial/unpopular] fuel/tax/price hike/increase/rise
0832 | verb | abandon/repeal [a/the] [planned/proposed] fuel/tax/price hike/increase/rise
0832 | verb | abandon/repeal [a/the] [controversial/unpopular] fuel/tax/price hike/increase/rise
0832 | verb | suspend/drop [a/the] [planned/proposed/controversial/unpopular] fuel/tax/price rises/hikes
0832 | verb | abandon/repeal [a/the] [planned/proposed/controversial/unpopular] fuel/tax/price rises/hikes
0832 | verb | suspend/drop [a/the] [planned/proposed/controversial/unpopular] fare/tariff hike/increase/rise
0832 | verb | abandon/repeal [a/the] [planned/proposed/controversial/unpopular] fare/tariff hike/increase/rise
0832 | verb | suspend/drop/abandon/repeal [a/the] [planned/proposed/controversial/unpopular] fare/tariff rises/hikes
0832 | verb | scrap/reverse/shelve [a/the] [planned/proposed] fuel tax/price hike/increase/rise
0832 | verb | scrap/reverse/shelve [a/the] [controversial/unpopular] fuel tax/price hike/increase/rise
0832 | verb | rescind/withdraw [a/the] [planned/proposed/controversial/unpopular] fuel tax/price hike/increase/rise
0832 | verb | suspend/drop [a/the] [planned/proposed/controversial/unpopular] fuel tax/price hike/increase/rise
0832 | verb | abandon/repeal [a/the] [planned/proposed/controversial/unpopular] fuel tax/price hike/increase/rise
0832 | verb | scrap/reverse [a/the] [planned/proposed/controversial/unpopular] hike/increase in fuel/tax/taxes
0832 | verb | shelve/rescind [a/the] [planned/proposed/controversial/unpopular] hike/increase in fuel/tax/taxes
0832 | verb | scrap/reverse [a/the] [planned/proposed/controversial/unpopular] hike/increase in prices/fares/tariffs
0832 | verb | shelve/rescind [a/the] [planned/proposed/controversial/unpopular] hike/increase in prices/fares/tariffs
0832 | verb | withdraw/suspend [a/the] [planned/proposed/controversial/unpopular] hike/increase in fuel/tax/taxes
0832 | verb | drop/abandon [a/the] [planned/proposed/controversial/unpopular] hike/increase in fuel/tax/taxes
0832 | verb | withdraw/suspend [a/the] [planned/proposed/controversial/unpopular] hike/increase in prices/fares/tariffs
0832 | verb | drop/abandon [a/the] [planned/proposed/controversial/unpopular] hike/increase in prices/fares/tariffs
0832 | verb | scrap/reverse/shelve/rescind [a/the] [planned/proposed/controversial/unpopular] fuel subsidy cut/cuts/removal
0832 | verb | withdraw/suspend/drop/abandon [a/the] [planned/proposed/controversial/unpopular] fuel subsidy cut/cuts/removal
0832 | verb | scrap/reverse/shelve/rescind [a/the] [planned/proposed/controversial/unpopular] subsidy cut/cuts/removal
0832 | verb | withdraw/suspend/drop/abandon [a/the] [planned/proposed/controversial/unpopular] subsidy cut/cuts/removal
0832 | verb | scrap/reverse/shelve/rescind [a/the] [planned/proposed/controversial/unpopular] austerity measures/plan/package/budget
0832 | verb | withdraw/suspend/drop/abandon [a/the] [planned/proposed/controversial/unpopular] austerity measures/plan/package/budget
0832 | verb | scrap/reverse/shelve [the] contract for [the] [waste/mining/dam] plan/project/scheme
0832 | verb | rescind/withdraw/cancel [the] contract for [the] [waste/mining/dam] plan/project/scheme
0832 | verb | scrap/reverse/shelve/rescind/withdraw/cancel [the] contract for [the] waste management plan/project/scheme
0832 | verb | withdraw/cancel/scrap [the] contract/plan/project after [the] protests
0832 | verb | scrap/shelve/withdraw [the] [controversial/disputed/proposed] extradition/security bill/law/reform
0832 | verb | scrap/shelve/withdraw [the] [controversial/disputed/proposed] labour/labor bill/law/reform
0832 | verb | suspend/drop [the] [controversial/disputed/proposed] extradition/security/labour/labor bill/law/reform
0832 | verb | scrap/shelve/withdraw [the] [controversial/disputed/proposed] pension/education/tax bill/law/reform
0832 | verb | suspend/drop [the] [controversial/disputed/proposed] pension/education/tax bill/law/reform

# 0833 Accede to demands for rights
0833 | verb | grant/give _ [the] right to
0833 | verb | grant/give [the] right to vote/drive/strike/protest/work/assemble to _
0833 | verb | grant [wider/greater/more] powers/autonomy to _
0833 | verb | grant [wider/greater/more] powers/autonomy to _ provinces/regions
0833 | verb | agree to grant/give [wider/greater/more] powers/autonomy/self-rule to
0833 | verb | recognise/recognize [the] rights of _
0833 | verb | legalise/legalize gay/same-sex marriage/unions/partnerships
0833 | verb | decriminalise/decriminalize homosexuality/abortion
0833 | verb | lift/end [the] ban on women driving
0833 | verb | allow women to drive/vote/travel/work

# 0834 Accede to demands for change in institutions, regime
0834 | verb | agree to hold snap/early/fresh elections/polls/election
0834 | verb | agree to hand/transfer power to [a] civilian/civilian-led/transitional government/administration/council
0834 | verb | hand/transfer power to [a] civilian/civilian-led/transitional government/administration/council
0834 | verb | agree to [a/the] new constitution
0834 | verb | agree to [a] referendum on [a] new constitution
0834 | verb | accept [a] power-sharing deal/agreement/arrangement with _
0834 | verb | dissolve parliament/legislature/assembly and call [snap/early] elections

# 084 Return, release, not specified below
0841 | verb | repatriate/return [the] remains/bodies of
0841 | verb | hand back [the] [abducted/kidnapped/captured/detained/seized/missing] hostages/captives/prisoners/detainees/schoolgirls/girls/students/abductees/sailors/fishermen/crew/soldiers
0841 | verb | hand back [the] [abducted/kidnapped/captured/detained/seized/missing] hostages/captives/prisoners/detainees/schoolgirls/girls/students/abductees/sailors/fishermen/crew/soldiers to _
0841 | verb | hand back _ of [the] [abducted/kidnapped/captured/detained/seized/missing] hostages/captives/prisoners/detainees/schoolgirls/girls/students/abductees
0841 | verb | let go [of] [the] [abducted/kidnapped/captured/detained/seized] _
0841 | verb | exchange/swap/trade hundreds/dozens/thousands/scores of prisoners/captives/detainees/POWs
0841 | verb | exchange/swap/trade [the] prisoners/captives/detainees/POWs of war
0841 | verb | exchange/swap/trade hundreds/dozens/thousands/scores of prisoners/captives of war
0841 | verb | pardon and free/release _
0841 | verb | pardon _ and free/release
0841 | verb | release/free jailed/detained bloggers/journalists/reporters/activists/dissidents
0841 | verb | set free [the] [jailed/detained] political prisoners
0841 | noun | freeing of _
0842 | verb | hand back/over _ vessels/ships/warships/boats/tanker/tankers/aircraft/planes
0842 | verb | return/release _ vessels/ships/warships/boats/tanker/tankers/aircraft/planes
0842 | verb | return/restitute/repatriate [the] looted/stolen/plundered bronzes/treasures/artefacts/artifacts/antiquities/relics/sculptures/manuscripts to _
0842 | verb | hand back [the] looted/stolen/plundered bronzes/treasures/artefacts/artifacts/antiquities/relics/sculptures/manuscripts to _
0842 | verb | restitute/return [the] [royal/looted/stolen/plundered/colonial-era] treasures/bronzes/artefacts/artifacts/antiquities/relics to _
0842 | verb | release [the] seized _ tanker/ship/vessel to
0842 | verb | release [the] seized [British-flagged/foreign-flagged/foreign/oil] tanker/ship/vessel
0842 | verb | hand over/back [the] keys/control of [the] base/airport/port/embassy to _

# 085 Ease economic sanctions, boycott, embargo
085 | verb | ease/lift/relax/loosen/suspend/waive [the] [its] oil/energy/financial/banking/trade sanctions on/against _
085 | verb | ease/lift/relax/loosen/suspend/waive [the] [its] export/import/sectoral/gold/mining sanctions on/against _
085 | verb | ease/lift/relax/loosen/suspend/waive most/some/many/several/all sanctions on/against _
085 | verb | ease/lift/relax most/some/many/several/all [of] [the] [its] [economic] sanctions
085 | verb | loosen/suspend/waive most/some/many/several/all [of] [the] [its] [economic] sanctions
085 | verb | end/lift/drop [its] [trade/economic/diplomatic] boycott/blockade/embargo of/on/against _
085 | verb | call off [its] [trade/economic/diplomatic] boycott/embargo of/on/against _
085 | verb | lift/end/ease [its] import/export ban on _
085 | verb | lift/end/ease [its] import/export ban on _ beef/wine/barley/coal/timber/lobster/seafood/fruit/goods/products
085 | verb | lift/end/ease [its] ban on imports of _
085 | verb | unfreeze [the] frozen assets/funds/reserves of _
085 | verb | unlock/release [the] frozen funds/assets/reserves
085 | verb | unlock [the] [billion] in frozen funds/assets/reserves
085 | verb | remove/drop/strike _ from [its] trade/sanctions/export/entity blacklist/list
085 | verb | scrap/drop/lift/end [its] punitive/retaliatory tariffs on _
085 | noun | lifting of [the] import ban on _
085 | noun | easing of sanctions on/against _

# 086 Allow international involvement
086 | verb | allow/let/admit/permit [a] team/delegation/group/mission of _ into
086 | verb | allow/let/admit/permit _ investigators/monitors/observers/experts/officials into
086 | verb | allow/let/admit/permit _ into [the] country
086 | verb | allow/permit _ to enter [the] country
086 | verb | open [its] doors to _
086 | verb | invite _ [election] observers/monitors to
086 | verb | invite _ [election] observers/monitors
086 | verb | accept/welcome [an] international/U.N./UN/foreign observer/monitoring/fact-finding mission

# 0861 Receive deployment of peacekeepers
0861 | verb | accept/welcome/allow/permit [the] deployment of [a] [joint/regional/international/foreign/multinational] _
0861 | verb | agree to [the] deployment of [a] [joint/regional/international/foreign/multinational] _
0861 | verb | welcome/receive/greet [the] arrival of _ peacekeepers/troops/soldiers/forces/contingent
0861 | verb | welcome/receive/greet/host [the] [first] contingent/batch/battalion of _
0861 | verb | host _ peacekeepers/peacekeeping [troops]
0861 | verb | host [thousands/hundreds] of _ peacekeepers

# 0862 Receive inspectors
0862 | verb | admit/allow/let/permit _ inspectors/inspector/monitors/experts
0862 | verb | admit/allow/let/permit _ inspection team/teams
0862 | verb | give/grant _ inspectors [daily/full/unfettered/unrestricted/immediate] access
0862 | verb | let/allow _ weapons inspectors
0862 | verb | let/allow _ [weapons] inspectors resume/return/begin/start
0862 | verb | let/allow/permit _ team tour/visit/inspect
0862 | verb | allow [chemical] weapons inspectors from _
0862 | verb | allow/let [chemical] weapons inspectors
0862 | verb | grant/give [the] inspectors access to

# 0863 Allow delivery of humanitarian aid
0863 | verb | allow/let/permit aid ships/convoys/trucks/flights/deliveries/workers/agencies
0863 | verb | allow/let/permit [U.N./UN] relief/aid/humanitarian convoys/trucks/supplies/deliveries
0863 | verb | allow/let/permit _ relief/aid/humanitarian convoys/trucks/supplies/deliveries
0863 | verb | open [the] crossing/border/border crossing to let [the] aid/convoy/convoys/trucks
0863 | verb | open [the] _ crossing to let [the] aid/convoy/convoys/trucks/humanitarian
0863 | verb | grant humanitarian access to _
0863 | verb | let food/aid/relief convoys through
0863 | verb | allow food/aid/relief convoys through

# 087 De-escalate military engagement
087 | verb | pull back/out [some/most/part] of [its/their] troops/forces/units/soldiers from [the] border with _
087 | verb | pull back/out [all/thousands/hundreds] of [its/their] troops/forces/units/soldiers from [the] border with _
087 | verb | pull back/out [its/their] troops/forces/units/soldiers from [the] border with _
087 | verb | withdraw [some/most/part/all/thousands/hundreds] of [its/their] troops/forces/units/soldiers from [the] border with _
087 | verb | withdraw [its/their] troops/forces/units/soldiers from [the] border with _
087 | verb | move [its/their] troops/forces back from [the] border with _
087 | verb | suspend/cancel [their] [large-scale/joint/annual/summer] [military] drills/exercises/manoeuvres/maneuvers
087 | verb | halt/postpone [their] [large-scale/joint/annual/summer] [military] drills/exercises/manoeuvres/maneuvers
087 | verb | lower [its/the] [military/combat] alert level/status along/on [the] border/frontier with _
087 | verb | reduce [its/the] [military/combat] alert level/status along/on [the] border/frontier with _
087 | verb | lower/reduce [its/the] [military/combat] alert level/status
087 | verb | withdraw/remove [its/the] [heavy] weapons/artillery/tanks from [the] front/contact line
087 | verb | withdraw/remove [its/the] [heavy] weapons/artillery/tanks from [the] frontline/frontlines
087 | verb | withdraw/remove [its/the] [heavy] weapons/artillery/tanks from [the] buffer/demilitarised/demilitarized zone
087 | verb | pull back [its/the] [heavy] weapons/artillery/tanks from [the] front/contact line
087 | verb | pull back [its/the] [heavy] weapons/artillery/tanks from [the] frontline/frontlines
087 | verb | pull back [its/the] [heavy] weapons/artillery/tanks from [the] buffer/demilitarised/demilitarized zone
087 | verb | dismantle [its] military posts/outposts/checkpoints along [the] border

087 | verb | suspend/cancel [their/the] [large-scale/joint] [summer/spring] [military] drills/exercises
087 | verb | halt [their/the] [large-scale/joint] [summer/spring] [military] drills/exercises
087 | verb | suspend/cancel [their/the] [large-scale/joint] [autumn/winter] [military] drills/exercises
087 | verb | halt [their/the] [large-scale/joint] [autumn/winter] [military] drills/exercises
087 | verb | suspend/cancel [their/the] [annual/regular] [summer/spring] [military] drills/exercises
087 | verb | halt [their/the] [annual/regular] [summer/spring] [military] drills/exercises
087 | verb | suspend/cancel [their/the] [annual/regular] [autumn/winter] [military] drills/exercises
087 | verb | halt [their/the] [annual/regular] [autumn/winter] [military] drills/exercises
087 | verb | suspend/cancel [their/the] [large-scale/joint] [summer/spring] [military] manoeuvres/maneuvers
087 | verb | halt [their/the] [large-scale/joint] [summer/spring] [military] manoeuvres/maneuvers
087 | verb | suspend/cancel [their/the] [large-scale/joint] [autumn/winter] [military] manoeuvres/maneuvers
087 | verb | halt [their/the] [large-scale/joint] [autumn/winter] [military] manoeuvres/maneuvers
087 | verb | suspend/cancel [their/the] [annual/regular] [summer/spring] [military] manoeuvres/maneuvers
087 | verb | halt [their/the] [annual/regular] [summer/spring] [military] manoeuvres/maneuvers
087 | verb | suspend/cancel [their/the] [annual/regular] [autumn/winter] [military] manoeuvres/maneuvers
087 | verb | halt [their/the] [annual/regular] [autumn/winter] [military] manoeuvres/maneuvers
087 | verb | postpone/shelve [their/the] [large-scale/joint] [summer/spring] [military] drills/exercises
087 | verb | postpone/shelve [their/the] [large-scale/joint] [autumn/winter] [military] drills/exercises
087 | verb | postpone/shelve [their/the] [annual/regular] [summer/spring] [military] drills/exercises
087 | verb | postpone/shelve [their/the] [annual/regular] [autumn/winter] [military] drills/exercises
087 | verb | postpone/shelve [their/the] [large-scale/joint] [summer/spring] [military] manoeuvres/maneuvers
087 | verb | postpone/shelve [their/the] [large-scale/joint] [autumn/winter] [military] manoeuvres/maneuvers
087 | verb | postpone/shelve [their/the] [annual/regular] [summer/spring] [military] manoeuvres/maneuvers
087 | verb | postpone/shelve [their/the] [annual/regular] [autumn/winter] [military] manoeuvres/maneuvers
087 | verb | scale back/down [their/the] [large-scale/joint] [summer/spring] [military] drills/exercises
087 | verb | scale back/down [their/the] [large-scale/joint] [autumn/winter] [military] drills/exercises
087 | verb | scale back/down [their/the] [annual/regular] [summer/spring] [military] drills/exercises
087 | verb | scale back/down [their/the] [annual/regular] [autumn/winter] [military] drills/exercises
087 | verb | scale back/down [their/the] [large-scale/joint] [summer/spring] [military] manoeuvres/maneuvers
087 | verb | scale back/down [their/the] [large-scale/joint] [autumn/winter] [military] manoeuvres/maneuvers
087 | verb | scale back/down [their/the] [annual/regular] [summer/spring] [military] manoeuvres/maneuvers
087 | verb | scale back/down [their/the] [annual/regular] [autumn/winter] [military] manoeuvres/maneuvers

# 0871 Declare truce, ceasefire
0871 | verb | halt/cease/stop fire
0871 | verb | halt/cease/stop firing
0871 | verb | silence [their/its] guns
0871 | verb | announce/declare/order/call [a] [unilateral/temporary/permanent/humanitarian] truce/ceasefire/cease-fire
0871 | verb | announce/declare/order/call [a] [immediate/complete/nationwide/holiday] truce/ceasefire/cease-fire
0871 | verb | announce/declare [a] [unilateral/temporary/permanent/humanitarian] halt/end/cessation to/of hostilities/fighting
0871 | verb | order/call [a] [unilateral/temporary/permanent/humanitarian] halt/end/cessation to/of hostilities/fighting
0871 | verb | announce/declare [a] [immediate/complete/nationwide/holiday] halt/end/cessation to/of hostilities/fighting
0871 | verb | order/call [a] [immediate/complete/nationwide/holiday] halt/end/cessation to/of hostilities/fighting
0871 | verb | order [a] [unilateral/temporary/permanent/humanitarian/immediate/complete] halt/end/cessation to/of hostilities/fighting against
0871 | verb | begin/start observing [a] [four-day/temporary/humanitarian] truce/ceasefire/cease-fire/pause
0871 | verb | observe [a] [four-day/temporary] humanitarian pause
0871 | verb | pause fighting/hostilities
0873 | verb | lay down [their/its] guns

# 0872 Ease military blockade
0872 | verb | end/lift/ease/relax/loosen [its] [naval/sea/maritime/air/military/land] blockade of/on _
0872 | verb | end/lift/ease/relax/loosen [its] [naval/sea/maritime] blockade of _ port/ports/coast/harbour/harbor
0872 | verb | end/lift/ease/relax/loosen [its] [air/military/land] blockade of _ port/ports/coast/harbour/harbor
0872 | verb | reopen [the] port/ports/harbour/harbor/airport/sea lanes to shipping/ships/traffic

# 0873 Demobilize armed forces
0873 | verb | demobilise/demobilize _
0873 | verb | demobilise/demobilize [thousands/hundreds/dozens] of [former] _
0873 | verb | hand over/in [their/its] [last/remaining] weapons/arms/guns/rifles to _
0873 | verb | hand over/in [their/its] [last/remaining] weapons/arms/guns/rifles
0873 | verb | surrender/give up [their/its] [last/remaining] weapons/arms/guns/rifles
0873 | verb | put [all] [of] [its/their] weapons/arms/arsenal beyond use
0873 | verb | decommission [its/their] weapons/arms/arsenal
0873 | verb | begin/start disarming [its/their] fighters/combatants/militiamen/troops
0873 | verb | disband [its/their] militia/militias/brigades/units
0873 | verb | disband [its/their] armed wing
0873 | verb | disband [its/their] paramilitary forces/units
0873 | verb | complete [its/their] disarmament

# 0874 Retreat or surrender militarily
0874 | verb | order [its] troops/forces/soldiers to retreat/withdraw from
0874 | verb | give up [their/its] [last] strongholds/stronghold/positions/bastion/enclave in/to
0874 | verb | cede [their/its] [last] strongholds/stronghold/positions/territory/bastion/enclave to _
0874 | verb | hand over [their/its] [last] strongholds/stronghold/positions/bastion/enclave to _
0874 | verb | lay down [their/its] arms and surrender to _
0874 | verb | capitulate to _
0874 | verb | abandon [their/its] positions in/to

# 090 Investigate, not specified below
090 | verb | search [the] _ consulate/embassy/residence/offices/office/headquarters
090 | verb | order/launch/commission [an] independent/international/impartial review/inquiry/investigation of/into
090 | verb | begin/start examining/inspecting/investigating [the] wreckage/debris/remains
090 | verb | begin/start examining/inspecting/investigating [the] crash site
090 | verb | set up [a] commission/committee/panel/body to investigate/probe/examine/look into
090 | verb | carry out [a] forensic examination/investigation/inquiry

# 091 Investigate crime, corruption
091 | verb | launch/open/begin/start [a] criminal probe/investigation/inquiry into/against _
091 | verb | raid [the] offices/homes/headquarters of _ in [a] corruption/fraud/money-laundering/bribery/tax investigation/probe/case
091 | verb | raid [the] premises/properties of _ in [a] corruption/fraud/money-laundering/bribery/tax investigation/probe/case
091 | verb | raid [the] offices/homes/headquarters/premises/properties of _
091 | verb | open/launch [an] inquiry/investigation/probe into _ over [alleged] irregularities/corruption/bribery/fraud/embezzlement/graft
091 | verb | investigate _ for/over [alleged] corruption/bribery/fraud/embezzlement/graft/kickbacks
091 | verb | investigate _ for/over [alleged] tax evasion
091 | verb | investigate _ for/over [alleged] money laundering
091 | verb | investigate _ for/over [alleged] abuse of power
091 | verb | appoint [a] special counsel/prosecutor to investigate
091 | verb | search [the] homes/offices/properties of _ in [a] corruption/fraud/bribery investigation/probe

# 092 Investigate human rights abuses
092 | verb | begin/open [a] [formal/full/independent] investigation/probe/inquiry into [alleged] abuses/atrocities
092 | verb | begin/open [a] [formal/full/independent] investigation/probe/inquiry into [alleged] torture/killings
092 | verb | launch/start [a] [formal/full/independent] investigation/probe/inquiry into [alleged] abuses/atrocities
092 | verb | launch/start [a] [formal/full/independent] investigation/probe/inquiry into [alleged] torture/killings
092 | verb | set up [a] body/mechanism/commission/panel/team to gather/collect/preserve evidence of [alleged] atrocities/abuses/torture/killings
092 | verb | document [the] killings/torture/abuses/atrocities/disappearances of [civilians] by _
092 | verb | document [the] killings/torture/abuses/atrocities/disappearances by _
092 | verb | gather/collect evidence of [alleged] abuses/torture/killings/atrocities by _

# 093 Investigate military action
093 | verb | open/launch/begin/start/order [an] investigation/inquiry/probe into [the] shooting down of
093 | verb | open/launch/begin/start/order [an] investigation/inquiry/probe into [the] downing of
093 | verb | open/launch/begin/start/order [an] investigation/inquiry/probe into [the] _ air/drone strike/strikes
093 | verb | open/launch/begin [an] investigation/inquiry/probe into [the] _ airstrike/airstrikes/shelling/bombing/raid
093 | verb | start/order [an] investigation/inquiry/probe into [the] _ airstrike/airstrikes/shelling/bombing/raid
093 | verb | open/launch/begin/start/order [an] investigation/inquiry/probe into [the] air/drone strike/strikes by _
093 | verb | open/launch/begin [an] investigation/inquiry/probe into [the] airstrike/airstrikes/shelling/bombing/raid by _
093 | verb | start/order [an] investigation/inquiry/probe into [the] airstrike/airstrikes/shelling/bombing/raid by _
093 | verb | investigate [the] air/drone strike/strikes by _
093 | verb | investigate [the] airstrike/airstrikes/shelling/bombing by _

# 094 Investigate war crimes
094 | verb | open/launch/begin/start [a] war crimes investigation/probe/inquiry into _
094 | verb | examine/gather/collect/document evidence of war crimes by _
094 | verb | examine/gather/collect/document evidence of war crimes
094 | verb | investigate [alleged] war crimes committed/perpetrated by _
094 | verb | begin/start investigating [alleged] war crimes committed/perpetrated by _
094 | verb | investigate [alleged] war crimes by _
094 | noun | war crimes investigation/probe/inquiry into _

# 0863 (aid crossings)
0863 | verb | open [a] aid crossing/corridor/route into/to _
0863 | verb | open [a] humanitarian crossing/corridor/route into/to _
092 | verb | begin/open [a] [formal/full/independent] investigation/probe into [alleged] abuses/atrocities in/by _
092 | verb | begin/open [a] [formal/full/independent] investigation/probe into [alleged] abuses/atrocities against _
092 | verb | begin/open [a] [formal/full/independent] inquiry into [alleged] abuses/atrocities in/by/against _
092 | verb | begin/open [a] [formal/full/independent] investigation/probe into [alleged] torture/killings in/by _
092 | verb | begin/open [a] [formal/full/independent] investigation/probe into [alleged] torture/killings against _
092 | verb | begin/open [a] [formal/full/independent] inquiry into [alleged] torture/killings in/by/against _
092 | verb | launch/start [a] [formal/full/independent] investigation/probe into [alleged] abuses/atrocities in/by _
092 | verb | launch/start [a] [formal/full/independent] investigation/probe into [alleged] abuses/atrocities against _
092 | verb | launch/start [a] [formal/full/independent] inquiry into [alleged] abuses/atrocities in/by/against _
092 | verb | launch/start [a] [formal/full/independent] investigation/probe into [alleged] torture/killings in/by _
092 | verb | launch/start [a] [formal/full/independent] investigation/probe into [alleged] torture/killings against _
092 | verb | launch/start [a] [formal/full/independent] inquiry into [alleged] torture/killings in/by/against _


