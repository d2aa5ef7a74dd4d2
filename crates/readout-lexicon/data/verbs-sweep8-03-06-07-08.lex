# Verb and event-noun patterns for CAMEO roots 03 (express intent to cooperate), 06 (material cooperation),
# 07 (provide aid) and 08 (yield), eighth round: a second systematic vocabulary sweep after the sixth
# (verbs-sweep-03-08.lex, verbs-sweep-01-02-06-07-09-10.lex) and seventh (verbs-sweep7-*.lex) rounds.
# Every sub-code's remaining wire-news phrasings (less common synonyms, phrasal verbs, verb + usual object,
# passives and nominal forms, British and American spellings) were written as short test sentences in
# eval/probes/probe8-sweep-2-03-06-07-08.jsonl; the patterns below cover the ones readout missed. Fresh sentences in
# eval/probes/probe8-2-03-06-07-08.jsonl measure generalisation. Both files are their regression test.
# A base code of root 06, 07 or 08 becomes the matching 03x intent when an intent verb governs it
# ("pledged to", "said it would"), so most patterns below are written for the act, not for the intent.
# Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# ---- 030 intent to cooperate: phrases that are prospective by nature (forging, cementing, nurturing ties)
030 | verb | forge/cement/foster/nurture [its] closer/stronger/deeper/special/friendly/better links/ties/relations/relationship/partnership with _
030 | verb | forge/cement/foster/nurture [its] links/ties/relations/relationship/partnership with _
030 | verb | reinvigorate/revitalise/revitalize/rejuvenate/reinforce/redouble/elevate [its] cooperation/ties/relations/relationship/partnership/links with _
030 | verb | intensify/broaden/widen/deepen [its] engagement with _
030 | verb | take [its] relationship/relations/ties/partnership with _ to [a] [higher/next] level/height/heights
030 | verb | express/voice/reiterate [its] desire/wish for closer/deeper/greater/stronger/more cooperation/ties/relations/partnership with _
030 | verb | voice/express/signal/state [its] commitment to [a] closer/deeper/stronger partnership/cooperation/ties/relationship with _
030 | verb | remain [a] reliable/trusted/steadfast/dependable partner for/to _

# ---- 031 intent to cooperate materially (science, space, infrastructure)
031 | verb | pledge/promise/vow/offer/plan/agree to jointly explore/develop/manufacture/produce/build
031 | verb | express/voice/show [its] interest in jointly manufacturing/producing/developing/building
031 | verb | offer/pledge/promise/agree to take part in building/constructing/developing _
031 | verb | offer/pledge/promise/agree/vow to transfer [its] submarine-building/shipbuilding/nuclear/space/satellite/railway/rail/defence/defense technology to _
031 | verb | say [it/he/she/they] will/would transfer [its] submarine-building/shipbuilding/nuclear/space/satellite/railway/rail technology to _

# ---- 061 / 0311 economic cooperation (the intent forms come from the intent verbs)
0311 | verb | fast-track [a/the] [free/free-trade/bilateral] trade deal/agreement/pact/accord/talks with _
0311 | verb | fast-track [a/the] free-trade deal/agreement/pact/accord with _
061 | verb | open [its] market/markets [wider/further/fully] to _
061 | verb | lower/cut/reduce/slash/scrap tariffs/duties on imports from _
061 | verb | scale up [its] investment/investments in _
061 | verb | step up [its] investment/investments in _
061 | verb | ramp up [its] investment/investments in _
061 | verb | court _ investors/investment/companies/firms/businesses
061 | verb | set up [a] currency swap line/deal/agreement/arrangement with _
061 | verb | establish [a] currency swap line/deal/agreement/arrangement with _
061 | verb | extend/renew/expand [its] currency swap/swaps [line/deal/agreement] with _
061 | verb | supply/export/ship [more] grain/gas/LNG/oil/electricity/power to _
061 | verb | buy/import/purchase [more] [liquefied] natural gas from _
061 | verb | buy/import/purchase [more] LNG from _
061 | verb | buy/import/purchase [more] oil/crude/coal/grain/wheat/electricity/power from _
061 | verb | pump/send [natural] gas/oil/crude to _
061 | verb | resume/restart [its] beef/grain/wheat/oil/gas/coal/fruit/seafood/LNG exports/shipments/deliveries to _
061 | verb | upgrade [its] trade/economic/commercial relations/ties/status with _
061 | verb | settle [its] trade with _ in
061 | verb | settle [its] oil/gas/crude/energy purchases/imports from _ in
061 | verb | restore _ to [its] list of preferred/trusted/favoured/favored trading partners
061 | verb | restore _ to [its] trade/export white list/whitelist

# ---- 062 / 0312 military cooperation
062 | verb | integrate [its] air defences/defenses/forces/militaries/armies/commands with _
062 | verb | build joint defensive/defence/defense lines/fortifications with _
062 | verb | allow/let/permit _ warships/vessels/ships/submarines/aircraft to make port calls
062 | verb | allow/let/permit _ warships/vessels/ships/submarines/aircraft to call at/dock
062 | verb | host _ marines/warplanes/bombers/warships/jets/fighters
062 | verb | open [its] military/air/naval bases/ports/airfields to _
062 | verb | train/exercise/drill/patrol alongside _
0312 | verb | pledge/promise/vow/agree/plan to sign [a] mutual defence/defense/security pact/treaty/agreement with _
0312 | verb | say [it/he/she/they] will/would sign [a] mutual defence/defense pact/treaty/agreement with _

# ---- 063 / 0313 judicial cooperation
063 | verb | share/hand/pass [court/trial/case/key/crucial] evidence with/to _
0313 | verb | pledge/promise/vow/offer/agree to cooperate/work with _ on deporting/deportations/deportation/repatriating/repatriations
063 | verb | assist/help _ prosecutors/investigators/judges/courts
063 | verb | transfer [the] convicted/jailed/imprisoned smuggler/trafficker/man/woman/national/citizen/militant to _
063 | verb | deport/return/send [a/an/the] [suspected/alleged/wanted/fugitive] [drug] lord/lords/kingpin/kingpins/baron/barons to _
063 | verb | send [a/an/the] wanted/fugitive/suspected drug trafficker/smuggler/kingpin/lord/criminal/militant back to _
063 | verb | turn over [suspected/alleged/wanted/fugitive] fugitive/fugitives/suspect/suspects/militant/militants/criminal/criminals to _
063 | verb | turn over [suspected/alleged/wanted] drug lord/lords/kingpin/kingpins/trafficker/traffickers/baron/barons to _

# ---- 064 / 0314 sharing information
064 | verb | exchange [real-time/timely] information/intelligence/data with _
064 | verb | exchange [real-time/timely] information/intelligence on terror/terrorist/militant suspects/groups/threats/movements with _
064 | verb | share [the] audio/video recordings/recording/tapes/footage/findings/images/imagery with _
064 | verb | give/hand/send/pass _ [its] autopsy/investigation/inquiry findings/results/report

# ---- 051 / 032 diplomatic support
051 | verb | stand squarely/firmly/solidly/resolutely/fully/foursquare behind _
051 | verb | throw [its] [full] weight behind _
051 | verb | champion _ bid/candidacy/application/cause/membership
051 | verb | lobby for _ bid/candidacy/membership/seat
051 | verb | vote for _ candidate/candidacy/bid
032 | verb | pledge/promise/vow/offer to stand by _

# ---- 070 / 033 aid in general
070 | verb | announce/unveil/approve/deliver/provide [a] package of support/assistance/aid for/to _
033 | verb | pledge/promise/offer [a] package of support/assistance/aid for/to _
070 | verb | help _ get back on its/their feet

# ---- 071 / 0331 economic aid
071 | verb | double/triple/increase/boost/raise [its] development/economic/budget aid/assistance/support to/for _
071 | verb | help _ ease/reduce/cut/lighten [its] debt/debts/burden/load
071 | verb | reschedule/restructure/forgive/cancel _ debt/debts/loan/loans
071 | verb | write off [part/some/all/most/much] [of] _ debt/debts
071 | verb | roll over [a/the/its] loan/loans/deposit/deposits to/for _
071 | verb | pay/cover/fund [the] salaries/wages of _
071 | verb | sell/supply/provide oil/fuel/crude on credit to _
071 | verb | approve/announce/grant/provide [a] financing/funding/rescue/bailout/support package for/to _
071 | verb | transfer/disburse/release budget support/assistance to _
071 | verb | set aside [funds/money] for _ reconstruction/recovery/rebuilding/budget/economy
071 | verb | earmark/allocate/budget [funds/money] for _ reconstruction/recovery/rebuilding

# ---- 072 / 0332 military aid
072 | verb | resupply/rearm/re-arm/restock _ with
072 | verb | donate/gift/transfer/send/deliver/supply [its] MiG/MiG-29/F-16/Mirage/Gripen/Rafale/Su-25/Soviet-era [fighter/combat] jets/fighters/warplanes/aircraft/planes to _
072 | verb | hand over [its] MiG/MiG-29/F-16/Mirage/Gripen/Soviet-era [fighter/combat] jets/fighters/warplanes/aircraft/planes to _
072 | verb | donate/gift/transfer/send/deliver [its] [first/last/remaining] F-16s/MiGs/MiG-29s/Mirages/Gripens to _
072 | verb | beef up _ army/military/forces/navy/defences/defenses/arsenal with
072 | verb | replenish/restock/refill _ arsenal/arsenals/stockpile/stockpiles/stocks/ammunition
072 | verb | kit out/up _ with
072 | verb | kit out/up _ troops/soldiers/forces/army/commandos/police
072 | verb | hand/give/donate/gift/deliver _ patrol vessels/boats/ships/aircraft/planes
072 | verb | donate/gift/deliver/transfer/supply patrol vessels/boats/ships/aircraft/planes to _
072 | verb | send/dispatch/deploy military advisers/advisors/instructors/trainers to _
072 | verb | arm _ with [attack/armed/kamikaze/suicide] drones/missiles/rockets/weapons/rifles/guns/tanks/ammunition
072 | verb | rush/airlift/fly munitions/ammunition/weapons/arms/interceptors/shells to _

# ---- 073 / 0333 humanitarian aid
073 | verb | airlift/fly/rush/truck medicines/medicine/food/water/tents/blankets/vaccines to _
073 | verb | airlift/fly/rush/truck medical supplies/teams/aid to _
073 | verb | airlift/fly/rush/truck drinking water to _
073 | verb | donate/send/deliver/supply/provide/airlift/fly/ship tents and blankets to _
073 | verb | donate/send/deliver/supply/provide/airlift/fly/ship blankets and tents to _
073 | verb | earmark/allocate emergency/humanitarian relief/aid/assistance for/to _
073 | verb | earmark/allocate relief for/to _
073 | verb | earmark/allocate for [emergency/humanitarian] relief/aid in/to/for _
073 | verb | step up [its] relief/humanitarian efforts/operations/work in _
073 | verb | scale up [its] relief/humanitarian efforts/operations/work in _
073 | verb | dispatch/send medical teams/workers/personnel to _
073 | verb | ship/send/donate wheat/grain/flour/rice to _ as humanitarian aid

# ---- 074 / 0334 military protection
074 | verb | post/station/deploy/send warships/frigates/destroyers/ships off _ to protect/guard/defend/escort
074 | verb | send/deploy/dispatch troops/soldiers/forces to protect/guard/secure gas/oil/energy/mining projects/facilities/installations/fields/sites in _
074 | verb | send/deploy/dispatch police/policemen/officers/troops/soldiers to help maintain/restore/keep order/security/peace/stability in _
074 | verb | station/deploy Patriot batteries/systems in _ to protect
074 | verb | escort _ tankers/ships/vessels/convoys

# ---- 034 / 0344 / 0834 political reform
034 | verb | broaden/widen/expand/increase political participation
034 | verb | clean up politics
034 | verb | clean up [the] political system
034 | verb | usher in [a] new democratic era
034 | verb | usher in [multiparty/multi-party] democracy
0834 | verb | hand/give/transfer/devolve [more/greater/broader/wider/some/new/executive] powers to [the] parliament/legislature/regions/provinces
0834 | verb | hand/give/transfer/devolve [more/greater/broader/wider/some/new/executive] powers to [an/the] [elected] prime minister
0834 | verb | restore [the] independence of [the] judiciary/courts
0834 | verb | abolish/scrap [the] race-based/communal/sectarian voting/quota/quotas/rolls
0834 | verb | create/establish [an] independent anti-corruption unit/agency/commission/body/court
0834 | verb | set up [an] independent anti-corruption unit/agency/commission/body/court
0834 | verb | give up [its] absolute/executive powers
0834 | verb | dissolve [the] secret/political police
0834 | verb | dissolve [the] [feared] security services/service/apparatus
0834 | verb | return power to [an/the] elected/civilian government/administration/parliament

# ---- 0342 policy changes (intent verbs; the plain past has no CAMEO code unless demanded, 0832)
0342 | verb | pledge/promise/vow/plan/intend/undertake to overhaul/revamp/reform [its] immigration/pension/tax/labour/labor/asylum/visa/education/health/welfare rules/laws/system
0342 | verb | pledge/promise/vow/plan/intend/undertake to let [the] pound/currency/peso/naira/rupee/lira/rouble/ruble float
0342 | verb | say [it/he/she/they] will/would let [the] pound/currency/peso/naira/rupee/lira float
0342 | verb | pledge/promise/vow/plan/intend/undertake to privatise/privatize [the] national/state airline/carrier/railways
0342 | verb | say [it/he/she/they] will/would privatise/privatize [the] national/state airline/carrier/railways
0342 | verb | pledge/promise/vow/plan/intend/undertake to devalue [the] currency/peso/pound/naira/rupee
0342 | verb | say [it/he/she/they] will/would devalue [the] currency/peso/pound/naira/rupee
0342 | verb | pledge/promise/vow/plan/intend/undertake to outlaw/ban [military-style] semi-automatic/assault weapons/rifles/guns
0342 | verb | pledge/promise/vow/plan/intend/undertake to outlaw/ban military-style weapons/rifles/guns
0342 | verb | pledge/promise/vow/plan/intend/undertake to push back [the] retirement/pension age
0342 | verb | pledge/promise/vow/plan/intend/undertake to raise/lift/increase [the] retirement/pension age
0342 | verb | say [it/he/she/they] will/would push back [the] retirement/pension age
0342 | verb | say [it/he/she/they] will/would raise [the] retirement/pension age
0342 | verb | pledge/promise/vow/plan/intend/undertake to do away with [the] [petrol/fuel/energy/food] subsidy/subsidies
0342 | verb | pledge/promise/vow/plan/intend/undertake to cut/reduce/slash [its] carbon emissions
0342 | verb | pledge/promise/vow/plan/intend/undertake to cut/reduce/slash [its] greenhouse gas emissions
0342 | verb | pledge/promise/vow/plan/intend/undertake to ban [the] export/exports of
0342 | verb | say [it/he/she/they] will/would ban [the] export/exports of

# ---- 0832 policy reversals (an intent verb makes them 0342)
0832 | verb | drop/scrap/shelve/ditch/abandon [several/some/the/planned/proposed] tax hikes/increases/rises
0832 | verb | shelve/ditch/withdraw/drop/abandon [the] [controversial/contentious/unpopular] finance/budget/tax/extradition/security/media bill
0832 | verb | ditch/abandon/shelve [its] plan/plans/proposal to
0832 | verb | roll back [the] electricity/power/fuel/gas/water/tariff/price tariff/tariffs/increases/hikes/rises
0832 | verb | scrap [the] coal/oil/gas/mining/export plan/plans/policy
0832 | verb | suspend/freeze/reverse/scrap [the] petrol/fuel/electricity price hike/increase/rise

# ---- 0343 / 0833 rights
0833 | verb | enshrine [an/the] Indigenous/indigenous/minority voice/rights in [the] constitution
0833 | verb | recognise/recognize _ as [an] indigenous people/peoples/minority
0833 | verb | guarantee [the] right to peaceful/free assembly/protest/expression
0833 | verb | allow/permit Kurdish-language/minority-language/mother-tongue lessons/classes/schools/education/broadcasts
0833 | verb | decriminalise/decriminalize homosexuality/same-sex relations/abortion
0833 | verb | legalise/legalize same-sex unions/partnerships/civil unions

# ---- 035 intent to yield
035 | verb | shelve/freeze [its] territorial/sovereignty/maritime claims/claim with/to/against _
035 | verb | set aside [its] territorial/sovereignty/maritime claims/claim with/to/against _
080 | verb | recognise/recognize _ territorial integrity
035 | verb | abide by [the] [border/boundary/court/arbitration] ruling/verdict/decision/award

# ---- 081 / 0351 easing administrative sanctions
081 | verb | suspend/halt/stop deportations of [rejected] asylum seekers to _
081 | verb | suspend/halt/stop deportations of [rejected] migrants/refugees to _
081 | verb | suspend/halt/stop deportations to _
081 | verb | drop/scrap/end/lift [its] quarantine/testing/isolation requirement/requirements/rules for travellers/travelers/arrivals/visitors from _
081 | verb | take _ off [its] travel red list
081 | verb | take _ off [its] red list
081 | verb | let/allow _ citizens/nationals/residents/travellers/travelers/tourists enter/into
081 | verb | scrap/lift/end/remove [its] entry restrictions/curbs/bans on _
081 | verb | waive visa fees/requirements for _

# ---- 082 / 0352 easing dissent
082 | verb | shelve/suspend/postpone [the/their/its] [planned/threatened/proposed] general/nationwide/national strike
082 | verb | call off [the/their/its] [planned/threatened/proposed] general/nationwide/national strike
082 | verb | shelve/suspend [their/its] strike/strikes/walkout/walkouts
082 | verb | end/suspend [its/their] campaign of civil disobedience
082 | verb | call off [its/their] campaign of civil disobedience
082 | verb | leave/vacate/quit [the] occupied campus/building/square/parliament/university
082 | verb | withdraw from [the] highways/barricades
082 | verb | end/lift [their] blockade of [the] faculties/universities/campus/campuses/schools/highway/bridge
082 | verb | call off [their] blockade of [the] faculties/universities/campus/campuses/schools/highway/bridge
082 | verb | clear [their] encampment/encampments/protest camp/protest camps

# ---- 0841 / 0842 / 084 return and release
0841 | verb | release/free _ from detention/custody/prison/jail
0842 | verb | hand _ back to
0842 | verb | hand/give [the] Sinai/territory/enclave/district/islands/island/land back to _
0842 | verb | hand [the] _ palace/embassy/building/compound/base back to

# ---- 085 easing economic sanctions
085 | verb | lift/end/scrap/ease [its] ban/embargo/restrictions on _ salmon/beef/wine/barley/lobster/timber/coal/seafood/pork/poultry/fruit/goods/imports
085 | verb | end/lift [its] [trade/economic/diplomatic] blockade/boycott of _
085 | verb | issue [a] licence/license allowing oil/gas trade/transactions/exports with _
085 | verb | review/cut/scrap/drop [its] duties/tariffs on _ barley/wine/steel/whiskey/whisky/beef/coal/timber/goods/imports
085 | verb | lift/ease restrictions on _ food/farm/agricultural imports/products

# ---- 086 / 0355 international involvement
086 | verb | open [its] prisons/jails/detention centres/detention centers/camps to _
086 | verb | let _ investigators/monitors/observers/experts into
086 | verb | let/allow/permit [the] _ human rights office/team/mission monitor/investigate/document
086 | verb | admit [a] _ fact-finding mission/team
0355 | verb | say [it/he/she/they] will/would welcome [a] _ fact-finding/investigation/inquiry mission/team
0355 | verb | agree/pledge/promise/offer to admit _ observers/monitors/inspectors/investigators

# ---- 0861 / 0862 / 0863
0861 | verb | receive/welcome [a] [first] contingent/batch of _ peacekeepers/troops/soldiers/police
0861 | verb | take in [a] [first] contingent/batch of _ peacekeepers/troops/soldiers/police
0861 | verb | receive/welcome [the] [first] _ peacekeepers
0861 | verb | take in [the] [first] _ peacekeepers
0861 | verb | welcome [the] arrival of _ police/officers/policemen
0861 | verb | accept _ troops/soldiers/police
0862 | verb | receive [a] team of _ inspectors
0862 | verb | let _ inspectors visit/enter/inspect
0862 | verb | open [its] weapons/nuclear/missile sites/facilities to [international/UN/U.N./IAEA] inspectors
0863 | verb | let/allow/permit [the] food/aid/relief/humanitarian trucks/lorries/convoys enter
0863 | verb | reopen/open [the] _ crossing for [humanitarian] aid/relief
0863 | verb | let _ aid trucks/lorries/convoys into
0863 | verb | permit/allow/let [the] _ to deliver aid/relief/assistance
0863 | verb | allow/let/permit aid/relief flights to land

# ---- 087 / 0871 / 0872 / 0873 / 0874
087 | verb | recall [its] ships/vessels/warships/boats/coast guard ships from _
087 | verb | move [its] troops/forces/units/tanks back from _
087 | verb | move back from [the] face-off/standoff/stand-off site/point/points
087 | verb | disengage from [the] front line/frontline
087 | verb | lower/reduce [its] military alert level/status
0871 | verb | call [a] halt to hostilities/fighting
0871 | verb | announce [a] halt to hostilities/fighting
0871 | noun | halt to hostilities
0871 | verb | begin/start/observe [a] [four-day/three-day/two-day/temporary/humanitarian] pause in fighting/hostilities with _
0871 | verb | silence [its] guns
0871 | verb | stop fighting for Eid/Ramadan/Christmas/Easter/Nowruz/Tet
0872 | verb | allow [the] ships/vessels to leave _ ports
0873 | verb | enter cantonment sites/camps
0873 | verb | dissolve/disband [its] armed wing
0873 | verb | destroy [its] weapons/arms/arsenal
0874 | verb | evacuate [the] town/city/village/base of _
0874 | verb | hand [the] _ district/region/town/city/province to
0874 | verb | flee [its] base/bases/barracks/positions in _
0874 | verb | give themselves up to _

# ---- later additions: talks, disputes
036 | verb | agree to reconvene/hold/convene/open talks/negotiations/dialogue with _
037 | verb | offer/seek/want/hope to end [its] feud/rift/quarrel/spat/row/dispute/standoff with _
037 | verb | pledge/vow/promise/agree/commit to end [its] feud/rift/spat/standoff with _
0331 | verb | pledge/promise/vow/offer to help _ ease/reduce/cut/lighten [its] debt/debts/burden
