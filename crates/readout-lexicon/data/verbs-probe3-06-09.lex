# readout verbs-probe3-06-09.lex: third round of probe-driven verb and event-noun patterns for CAMEO roots
# 06-09 (material cooperation, aid, yield, investigate). Added for vocabulary that the probe sentences in
# eval/probes/probe3-06-09.jsonl (plain everyday verbs and idioms in all tenses and voices, event nouns with
# support verbs and possessives, two-event sentences, long subjects) showed missing.
# Written for readout; format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# 060 Engage in material cooperation, not specified below
060 | verb | work together to build/rebuild/develop/construct/produce/restore/repair/clear/fight/tackle/combat/contain/launch/manufacture
060 | verb | work jointly to build/rebuild/develop/construct/produce/restore/repair/clear/fight/tackle/combat/contain/launch/manufacture
060 | verb | join forces with _ in cleaning/clearing/fighting/building/rebuilding/tackling/combating/developing/producing/restoring/containing
060 | verb | battle/fight/tackle [the] blaze/blazes/fire/fires/wildfire/wildfires/flames/flood/floods alongside _
060 | verb | put out [the] blaze/blazes/fire/fires/wildfire/wildfires alongside _

# 061 Cooperate economically
061 | verb | snap up millions/thousands/record/cargoes/shiploads of barrels/tonnes/tons of [discounted/cheap/cut-price] _ crude/oil/coal/LNG/gas/wheat/grain
061 | verb | buy up millions/thousands/record/cargoes/shiploads of barrels/tonnes/tons of [discounted/cheap/cut-price] _ crude/oil/coal/LNG/gas/wheat/grain
061 | verb | snap up [discounted/cheap/cut-price] _ crude/oil/coal/LNG/gas/wheat/grain/fertiliser/fertilizer
061 | verb | buy up [discounted/cheap/cut-price] _ crude/oil/coal/LNG/gas/wheat/grain/fertiliser/fertilizer
061 | verb | buy/purchase/import record amounts/volumes/quantities of [discounted/cheap] _ crude/oil/coal/LNG/gas/wheat/grain
061 | verb | buy/purchase/import record/huge amounts/volumes/quantities of crude/oil/coal/LNG/gas/wheat/grain/soybeans/rice/corn from _
061 | verb | pour/plough/plow/pump/sink into _ economy/infrastructure/ports/railways/roads/energy/mining/industry
061 | verb | pour/plough/plow/pump/sink into _ struggling/ailing economy
061 | verb | pour/plough/plow/pump/sink investment/investments/money/capital into _
061 | verb | begin/start building/constructing _ first/new nuclear/power/coal/hydroelectric/hydropower/solar plant/station/reactor/dam
061 | verb | build/construct _ first/new nuclear/power/coal/hydroelectric/hydropower/solar plant/station/reactor/dam
061 | verb | ship/export record volumes/amounts/quantities/cargoes/tonnes/tons of soybeans/soya/corn/maize/wheat/rice/sugar/beef/coffee/cotton/oil/crude/coal/LNG/gas/grain to _
061 | verb | sell/supply record volumes/amounts/quantities/cargoes/tonnes/tons of soybeans/soya/corn/maize/wheat/rice/sugar/beef/coffee/cotton/oil/crude/coal/LNG/gas/grain to _
061 | verb | ship/export/sell/supply soybeans/soya/coffee/cotton/copper/crude/LNG/gas/coal to _
061 | verb | ship/export/sell/supply iron ore to _
061 | noun | shipment/shipments/export/exports/delivery/deliveries/supply/supplies of gas/LNG/oil/crude/wheat/grain/coal/soybeans/rice to _
061 | noun | shipment/shipments/export/exports/delivery/deliveries/supply/supplies of liquefied natural gas to _

# 062 Cooperate militarily
062 | verb | sail together through/in/into/across
062 | verb | practise/practice/rehearse [amphibious/beach] landings/assaults/manoeuvres/maneuvers/drills/operations together
062 | verb | practise/practice/rehearse [amphibious/beach] landings/assaults/manoeuvres/maneuvers/drills/operations with _
062 | verb | carry out [their/its] first/second/third/latest joint patrol/patrols
062 | verb | conduct/hold/stage/mount [their/its] first/second/third/latest joint patrol/patrols
062 | verb | carry out [their/its] first/second/third/latest joint air/naval/bomber/ground patrol/patrols
062 | verb | conduct/hold/fly [their/its] first/second/third/latest joint air/naval/bomber patrol/patrols
062 | noun | joint naval/military/air/land/ground/counter-terrorism drill/drills/patrol/patrols/manoeuvres/maneuvers/exercise/exercises with _

# 063 Engage in judicial cooperation
063 | verb | give [the] green light to [the] extradition of _
063 | verb | give [the] go-ahead to [the] extradition of _
063 | verb | hand over evidence/files/records/documents to _
063 | verb | pass [on] evidence/files/records/documents to _

# 064 Share intelligence or information
064 | verb | give _ [a] heads-up/tip-off/tipoff about/on/of
064 | verb | give [a] heads-up/tip-off/tipoff to _
064 | verb | pass along/over intelligence/information/details/data/evidence/warnings on/about
064 | verb | pass along/over intelligence/information/details/data/evidence/warnings to _
064 | verb | inform _ of/about [the] whereabouts/location/movements/identity/plans of
064 | verb | alert _ to [the] whereabouts/location/movements/identity/plans of

# 070 Provide aid, not specified below
070 | verb | come to _ aid
070 | verb | come to [the] aid/assistance/rescue of _
070 | verb | rush to _ aid
070 | verb | rush to [the] aid/assistance of _

# 071 Provide economic aid
071 | verb | throw/offer/extend _ [a] [financial/economic] lifeline
071 | verb | throw/offer/extend [a] [financial/economic] lifeline to _
071 | verb | waive/cancel/forgive [the] debt/debts/loans owed by _
071 | verb | write off [the] debt/debts/loans owed by _
071 | verb | waive/cancel/forgive _ of debt/debts/loans
071 | verb | write off _ of debt/debts/loans
071 | verb | prop up _ economy/currency/finances/budget/reserves/banks
071 | verb | prop up _ banking system
071 | verb | shore up _ economy/currency/finances/budget/reserves
071 | verb | bankroll/underwrite _

# 072 Provide military aid
072 | verb | fly/airlift/airdrop/air-drop/drop rifles/weapons/arms/ammunition/munitions/guns/@weapons to _
072 | verb | take delivery of [a] [first/second/third/new/further/latest] batch/consignment/shipment of _ drones/tanks/jets/helicopters/missiles/howitzers/vehicles/rifles | recipient
072 | verb | take delivery of _ drones/tanks/jets/helicopters/missiles/howitzers/vehicles/rifles/warships/frigates | recipient
072 | noun | shipment/shipments/delivery/deliveries/transfer of @weapons to _

# 073 Provide humanitarian aid
073 | verb | ferry/rush/carry/bring/truck/ship [drinking/fresh/clean/bottled] water to _
073 | verb | ferry/carry/bring @humanitarian_aid to _
073 | verb | drop/airdrop/air-drop [ready-to-eat] meals/rations/food/aid/supplies/parcels/packages over/into/on _
073 | verb | distribute food/aid/rations/tents/blankets/medicine/medicines/supplies/kits to _
073 | verb | hand out food/aid/rations/tents/blankets/medicine/medicines/supplies/kits to _

# 074 Provide military protection or peacekeeping
074 | verb | guard/protect/secure [the] [natural] gas/oil/mining installations/facilities/fields/plants/pipelines/mines/sites in _
074 | noun | dispatch/deployment of [police/troops/soldiers/officers/forces/peacekeepers] to _ to protect/guard/defend/secure/help

# 075 Grant asylum
075 | verb | grant/give/offer/award refugee status to _
075 | verb | grant/give/offer/award _ refugee status

# 080 Yield, not specified below
080 | verb | meet one/some/several/two/many of [the] key/main/central/core/chief/principal/major/primary demands of _
080 | verb | meet one/some/several/two/many of [the] demands of _
080 | verb | meet one/some/several/two/many of _ demands

# 081 Ease administrative sanctions
081 | verb | roll back [the] [Trump-era/Obama-era/Bush-era/pandemic-era/wartime/Soviet-era/colonial-era] restrictions/curbs/limits/rules on _
081 | verb | roll back [the] [Trump-era/Obama-era/Bush-era/pandemic-era/wartime/Soviet-era/colonial-era] travel/visa/entry restrictions/curbs/limits/rules
081 | verb | stop/cease barring/banning/blocking _ from
081 | verb | ease/relax/loosen/lift some/many/most/several of [the] [its] restrictions/curbs/limits/controls on _
081 | verb | remove some/many/most/several of [the] [its] restrictions/curbs/limits/controls on _
081 | verb | ease/relax/lift some/most [of] [the] travel/visa/entry/trade restrictions/curbs on _
081 | verb | lift/end/scrap [a/the/its] ban on travel [abroad] by/for _
081 | verb | lift/end/scrap [a/the/its] travel ban on _
081 | verb | do away with [the] visa requirement/requirements/regime for/on _

# 0811 Ease restrictions on political freedoms
0811 | verb | ease/relax/lift [the] rules/restrictions/curbs on holding [street/public] protests/rallies/demonstrations/gatherings
0811 | verb | ease/relax/lift [the] rules/restrictions/curbs on street/public/political protests/rallies/demonstrations/gatherings
0811 | verb | abolish/end/scrap/lift [the] [pre-publication/prior/state/official/media/press] censorship of/on _
0811 | verb | abolish/end/scrap/lift [the] pre-publication/prior/state/official/media/press censorship
0811 | verb | end/lift [its/the] [nightly/nationwide/countrywide] internet/mobile/data shutdown/shutdowns/blackout
0811 | verb | end/lift [its/the] weeks-long/months-long/days-long internet/mobile/data shutdown/shutdowns/blackout/blackouts
0811 | verb | switch/turn [the] [mobile] internet/data/phone/phones/network/networks/broadband back on
0811 | verb | switch/turn [mobile] internet/data/phone/network/broadband services/access back on
0811 | verb | loosen/relax/ease [its] grip on [the] media/press/internet/airwaves

# 0812 Ease ban on political parties or politicians
0812 | verb | re-register/reregister _
0812 | verb | re-register/reregister [the] [main] [opposition/banned/dissolved/outlawed] party/parties/movement
0812 | verb | relegalise/relegalize/legalise/legalize [the] [main] [opposition/banned/dissolved/outlawed] party/parties/movement
0812 | verb | restore [the] registration/licence/license of [the] [opposition/banned/dissolved] party/parties/movement
0812 | verb | restore [his/her/their] right to run/stand/contest
0812 | verb | restore _ right to run/stand/contest
0812 | verb | restore [the] eligibility of _
0812 | verb | reinstate [the] candidacy/candidature/registration of _

# 0813 Ease curfew
0813 | verb | do away with [the] [nighttime/night-time/overnight/night/nightly/evening/dusk-to-dawn/weekend] curfew in/on/for _
0813 | verb | do away with [the] [nighttime/night-time/overnight/night/nightly/evening/dusk-to-dawn/weekend] curfew
0813 | verb | push back [the] [nighttime/night-time/overnight/night/nightly/evening/dusk-to-dawn] curfew in/on/for _
0813 | verb | push back [the] start of [the] [nighttime/night-time/overnight/night/nightly/evening/dusk-to-dawn] curfew in/on/for _
0813 | verb | push [back] [the] start of [the] [nighttime/night-time/overnight/night/nightly/evening/dusk-to-dawn] curfew
0813 | verb | ease/relax/lift/shorten/end/suspend/scrap [the] nationwide/countrywide/national/island-wide/citywide/statewide curfew in/on/for _
0813 | verb | ease/relax/lift/shorten/end/suspend/scrap [the] nationwide/countrywide/national/island-wide/citywide/statewide curfew
0813 | verb | trim/shorten/reduce/cut [the] curfew hours in/on/for _
0813 | verb | trim [the] curfew hours

# 0814 Ease state of emergency or martial law
0814 | verb | choose/decide/opt not to renew/extend [the] emergency law/laws/decree/rule/powers
0814 | verb | choose/decide/opt not to renew/extend [the] state of emergency/siege
0814 | verb | revoke/repeal/rescind/lift/scrap/end/abolish [the] emergency regulations/laws/law/powers/decree/decrees/rule/measures
0814 | verb | do away with [the] emergency regulations/laws/law/powers/decree/rule
0814 | verb | do away with [the] state of emergency/siege
0814 | verb | do away with martial law
0814 | verb | call off/end [the] state of emergency/siege in/on/for _
0814 | verb | call off/end [the] state of emergency/siege

# 082 Ease political dissent
082 | verb | end [a/the/their] two-day/three-day/week-long/two-week/three-week/month-long/two-month/three-month/weeks-long/months-long/days-long/year-long sit-in/occupation/encampment
082 | verb | end [a/the/their] two-day/three-day/week-long/two-week/three-week/month-long/two-month/three-month/weeks-long/months-long/days-long/year-long strike/walkout/stoppage
082 | verb | call off [a/the/their] two-day/three-day/week-long/two-week/three-week/month-long/two-month/three-month/weeks-long/months-long/days-long/year-long sit-in/occupation/encampment
082 | verb | call off [a/the/their] two-day/three-day/week-long/two-week/three-week/month-long/two-month/three-month/weeks-long/months-long/days-long/year-long strike/walkout/stoppage
082 | verb | abandon [a/the/their] two-day/three-day/week-long/two-week/three-week/month-long/two-month/three-month/weeks-long/months-long/days-long/year-long sit-in/occupation/encampment
082 | verb | abandon [a/the/their] two-day/three-day/week-long/two-week/three-week/month-long/two-month/three-month/weeks-long/months-long/days-long/year-long strike/walkout/stoppage
082 | verb | end [a/the] sit-in/walkout/stoppage
082 | verb | pack up [their] tents/camp/camps/encampment
082 | verb | pack up [their] protest camp/camps/tents
082 | verb | return to [the] pits/mines/docks/factory/factories after
082 | verb | go back to [the] pits/mines/docks/factory/factories after
082 | verb | return to [the] pits/mines/docks
082 | verb | go back to [the] pits/mines/docks
082 | verb | call off [its/their] parliament/parliamentary/election/poll/legislative/assembly/electoral boycott
082 | verb | end/lift/abandon [its/their] parliament/parliamentary/election/poll/legislative/assembly/electoral boycott
082 | verb | suspend/end/halt [its/their] industrial action
082 | verb | call off [its/their] industrial action

# 083 Accede to demands for political reform
083 | verb | heed [the] calls/demands for [political/democratic/economic] reform/reforms/change
083 | verb | heed _ calls/demands for [political/democratic/economic] reform/reforms/change
0834 | verb | heed [the] calls/demands for constitutional reform/reforms/change
0834 | verb | yield/bow/accede/agree to calls/demands for constitutional change/changes/reform/reforms
0834 | verb | give in to calls/demands for constitutional change/changes/reform/reforms

# 0831 Accede to demands for change in leadership
0831 | verb | hand over [the] presidency/premiership/reins/leadership/throne to _
0831 | verb | hand [the] presidency/premiership/reins/leadership/throne over to _
0831 | verb | hand [over] [the] reins of power to _
0831 | verb | pass/cede [the] presidency/premiership/reins/throne to _

# 0832 Accede to demands for change in policy
0832 | verb | pull [its/the/his/her] [controversial/unpopular] tax/pension/labour/labor/budget reform/bill/overhaul
0832 | verb | pull [its/the/his/her] controversial/unpopular/proposed/contested bill/law/plan/reform/legislation
0832 | verb | pull [its/the] controversial/unpopular housing/health/education/media/security/immigration/citizenship/extradition/electoral/mining bill/law/reform
0832 | verb | roll back [the] [planned/proposed/controversial/unpopular] fuel/tax/price/fare hike/hikes/increase/increases/rise/rises
0832 | verb | roll back [the] [planned/proposed/controversial/unpopular] fuel subsidy cut/cuts/removal
0832 | verb | roll back [the] [planned/proposed/controversial/unpopular] subsidy cut/cuts/removal
0832 | verb | roll back [the] [planned/proposed/controversial/unpopular] austerity measures/cuts/reforms
081 | verb | drop/scrap/lift/end [its/the] vaccine/vaccination/mask mandate/mandates/passport/passports/requirement
081 | verb | drop/scrap/lift/end [the] province's/country's/state's vaccine/vaccination/mask mandate/passport

# 0833 Accede to demands for rights
0833 | verb | give/grant women the vote/franchise
0833 | verb | give/grant/extend [the] vote/franchise to women
0833 | verb | give/grant/extend [the] right to vote to women
0833 | verb | scrap/abolish/drop/lift/end [the] rule/rules/requirement/law/laws requiring women to
0833 | verb | scrap/abolish/drop/lift/end [the] male guardianship rule/rules/system/requirement
0833 | verb | lift/end/scrap [its/the] ban on women wearing
0833 | verb | lift/end/scrap [its/the] headscarf/hijab/veil/burqa/niqab ban

# 0834 Accede to demands for change in institutions, regime
0344 | verb | agree to return [the] country to constitutional order/rule/democracy
0344 | verb | agree to return [the] country to civilian rule
0834 | verb | return [the] country to constitutional order/rule
0834 | verb | return [the] country to civilian rule
0834 | verb | return [the] country to democracy
0834 | verb | amend [the] constitution to allow contested/multi-candidate/multiparty/multi-party/direct/free elections
0834 | verb | amend [the] constitution to allow [for] contested/multi-candidate/multiparty/multi-party/direct/free elections/polls

# 0841 Return, release person(s)
0841 | verb | send home [the] [captured/detained/seized/kidnapped/abducted] _ crew/sailors/hostages/captives/prisoners/detainees/fishermen/seafarers
0841 | verb | send [the] [captured/detained/seized/kidnapped/abducted] _ crew/sailors/hostages/captives/prisoners/detainees/fishermen/seafarers home
0841 | verb | let _ walk free
0841 | verb | let _ go free
0841 | verb | let _ go home
0841 | verb | pardon [hundreds/thousands/dozens/scores] [of] prisoners/inmates/detainees/convicts/protesters/activists/dissidents
0841 | verb | pardon [hundreds/thousands/dozens/scores] [of] political prisoners/detainees

# 0842 Return, release property
0842 | verb | let/allow [the] [seized/detained/impounded/captured] _ tanker/tankers/ship/ships/vessel/vessels/trawler/trawlers/boat/boats/aircraft/plane/planes sail/leave/go/depart
0842 | verb | let/allow [the] seized/detained/impounded tanker/tankers/ship/ships/vessel/vessels sail/leave/go
0842 | verb | give back [the] _ drone/drones/helicopter/helicopters/jet/jets/aircraft/plane/planes/warship/boat/boats/tanker/vessel/ship
0842 | verb | return [the] _ drone/drones/helicopter/helicopters/jet/jets/aircraft/plane/planes/warship/boat/boats/tanker/vessel/ship
0842 | verb | give back [the] _ military/navy/naval/underwater/surveillance drone/drones/helicopter/helicopters/aircraft/vessel/vessels/boat/boats
0842 | verb | return [the] _ military/navy/naval/underwater/surveillance drone/drones/helicopter/helicopters/aircraft/vessel/vessels/boat/boats
0842 | verb | hand back [the] _ military/navy/naval/underwater/surveillance drone/drones/helicopter/helicopters/aircraft/vessel/vessels/boat/boats

# 085 Ease economic sanctions, boycott, embargo
085 | verb | ease/lift/relax some/most [of] [the] oil/energy/financial/banking/trade sanctions on/against _
085 | verb | loosen/suspend/waive some/most [of] [the] oil/energy/financial/banking/trade sanctions on/against _
085 | verb | let/allow _ goods/products/imports/exports/tomatoes/beef/wine/fruit/vegetables/produce/grain/wheat/barley/coal back into/onto
085 | verb | scrap/drop/lift/end/remove [its] punishing/hefty/steep/anti-dumping/crippling/prohibitive tariffs/duties on _
085 | verb | scrap/drop/lift/end/remove [its] punitive/retaliatory duties on _
085 | verb | reopen [its] market/markets to _
085 | noun | lifting/easing/removal of [the] [economic/international/trade] sanctions on/against _

# 086 Allow international involvement
086 | verb | give _ [the] go-ahead to set up/open/establish [an] office/presence/mission/base
086 | verb | give _ [the] green light to set up/open/establish [an] office/presence/mission/base
086 | verb | allow/let/permit [foreign/international/independent/election] observers/monitors to monitor/observe/watch/oversee
086 | verb | open [the] country/borders to foreign/international/independent journalists/reporters/observers/monitors/investigators/experts

# 0861 Receive deployment of peacekeepers
0861 | verb | accept/welcome/host/receive _ on [its] soil/territory
0861 | verb | agree to [the] arrival of [the] [first] _
0861 | verb | accept/approve/allow [the] arrival of [the] [first] _
0861 | verb | give [the] green light to [the] deployment of _
0861 | verb | give [the] go-ahead to [the] deployment of _

# 0863 Allow delivery of humanitarian aid
0863 | verb | give _ [the] green light to send/deliver/bring/truck/move relief/aid/humanitarian/food
0863 | verb | give _ [the] go-ahead to send/deliver/bring/truck/move relief/aid/humanitarian/food
0863 | verb | let/allow/permit some/more aid/relief/food/humanitarian convoys/trucks/deliveries into/to/through _
0863 | verb | let/allow/permit some/more aid/relief/food/humanitarian into _

# 087 De-escalate military engagement
087 | noun | withdrawal/pullout of [its/their] troops/forces from [the] city/town/region/province/port of _
087 | noun | withdrawal/pullout/pull-out of [its/their] [remaining/last] troops/forces/soldiers from _
087 | verb | pull [its/their] [remaining/last/all] [combat] troops/forces/soldiers/units out of _
087 | verb | take [its/their] [remaining/last/all] [combat] troops/forces/soldiers/units out of _
087 | verb | pull/take all [of] [its/their] [combat] troops/forces/soldiers/units out of _
087 | verb | reduce/lower/downgrade [the] combat readiness/alert of [its/their] troops/forces/army/units
087 | verb | complete/finish [its/their] withdrawal/pullout/pull-out/drawdown from _
087 | verb | move/pull [its/their] warships/ships/vessels/troops/forces/units/tanks away from _
087 | verb | order [its/the] [police/military/combat] troops/forces/units back to [their] bases/barracks/garrisons
087 | verb | send [its/the] troops/forces/units back to [their] bases/barracks/garrisons
087 | verb | stop/halt/suspend/end [its/their] offensive/operations/attacks against/on _
087 | verb | stop/halt/suspend/end [its/their] military operations/offensive against/on _

# 0871 Declare truce, ceasefire
0871 | verb | stop/cease/halt attacking/shelling _
0871 | verb | halt/cease/end/stop hostilities/fighting
0356 | verb | agree to halt/cease/end/stop [the] hostilities/fighting
0871 | verb | bring [an] end to [the] fighting/hostilities

# 0872 Ease military blockade
0872 | verb | let/allow [grain/cargo/merchant/commercial] ships/vessels leave/sail from _
0872 | verb | let/allow [grain/cargo/merchant/commercial] ships/vessels leave/sail

# 0873 Demobilize armed forces
0873 | verb | dump [their/its] arms/weapons

# 0874 Retreat or surrender militarily
0874 | verb | give up [the] [last] districts/neighbourhoods/neighborhoods/areas/parts/towns of _
0874 | verb | abandon/cede [the] [last] districts/neighbourhoods/neighborhoods/areas/parts/towns of _
0874 | verb | hand [the] _ district/region/province/area/territory/town back to

# 090 Investigate, not specified below
090 | verb | sift/comb through [the] wreckage/debris
090 | verb | sift [through] [the] wreckage/debris for [clues/evidence]

# 091 Investigate crime, corruption
091 | verb | grill _ over/about/on/for
091 | verb | open/launch/start [a/an] fraud/corruption/bribery/graft/embezzlement/money-laundering probe/investigation/inquiry into _
091 | verb | raid/search [the] properties/homes/offices/premises/residences linked to _
091 | verb | raid/search [the] properties/homes/offices/premises/residences belonging to _
091 | verb | raid/search [the] properties/homes/offices/premises/residences owned by _

# 092 Investigate human rights abuses
092 | verb | investigate/probe [the] reports/allegations of mass graves/killings/torture/abuses/executions/rapes/disappearances
092 | verb | look into [the] reports/allegations of mass graves/killings/torture/abuses/executions/rapes/disappearances
092 | verb | investigate/probe [the] killing/killings/massacre of civilians/protesters/demonstrators
092 | verb | investigate/probe [the] killing/killings/massacre of hundreds/dozens/thousands/scores of _
092 | verb | look into [the] killing/killings/massacre of hundreds/dozens/thousands/scores of _
092 | verb | look into [the] killing/killings/massacre of civilians/protesters/demonstrators

# 093 Investigate military action
093 | verb | examine/review/probe/investigate [the] circumstances of [the] _ air/drone attack/strike/raid/strikes/attacks
093 | verb | examine/review/probe/investigate [the] circumstances of [the] _ airstrike/airstrikes/shelling/bombing/raid
093 | verb | look into [the] circumstances of [the] _ air/drone attack/strike/raid/strikes/attacks

# 094 Investigate war crimes
094 | verb | register/record/log [than] [suspected/alleged/possible] war crimes committed by _
094 | verb | register/record/log [than] [suspected/alleged/possible] war crimes by _
