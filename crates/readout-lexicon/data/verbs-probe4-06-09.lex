# readout verbs-probe4-06-09.lex: fourth round of probe-driven verb and event-noun patterns for CAMEO roots
# 06-09 (material cooperation, aid, yield, investigate). Added for vocabulary that the probe sentences in
# eval/probes/probe4-06-09.jsonl (official and non-Western wire prose, actions in non-finite and subordinate
# positions, everyday idioms, hedged and negated forms) showed missing.
# Written for readout; format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# 060 Engage in material cooperation, not specified below
060 | verb | work in tandem with _ to
060 | verb | work in tandem to
060 | verb | act/operate in tandem with _ to
060 | verb | work hand in hand with _ to
060 | verb | work hand in hand to

# 061 Cooperate economically
061 | verb | extend/grant/give/offer zero-tariff/duty-free/tariff-free/zero-duty/preferential/most-favoured-nation/most-favored-nation treatment
061 | verb | switch/turn [the] gas/oil/power/electricity supply/supplies to _ back on
061 | verb | switch/turn [the] gas/oil/power/electricity supply/supplies back on to _

# 062 Cooperate militarily
062 | verb | wrap up [weeks/days] [of] joint [military/naval/counter-terrorism/anti-terror/special-forces] exercises/drills/manoeuvres/maneuvers
062 | verb | wrap up [weeks/days] [of] joint [air/counter-terror/anti-terrorism] exercises/drills/exercise/drill
062 | verb | wrap up [weeks/days] [of] joint special forces exercises/drills/manoeuvres/maneuvers
062 | verb | wrap up [weeks/days] [of] joint [military/naval] exercises/drills/manoeuvres/maneuvers with _
062 | verb | conclude/complete/finish [weeks/days] [of] joint [military/naval/counter-terrorism/anti-terror/special-forces] exercises/drills/manoeuvres/maneuvers
062 | verb | conclude/complete/finish [weeks/days] [of] joint [air/counter-terror/anti-terrorism] exercises/drills/exercise/drill
062 | verb | conclude/complete/finish [weeks/days] [of] joint special forces exercises/drills/manoeuvres/maneuvers
062 | verb | conclude/complete/finish [weeks/days] [of] joint [military/naval] exercises/drills/manoeuvres/maneuvers with _
062 | verb | host _ warships/troops/jets/forces/marines/sailors/soldiers/paratroopers/bombers for [the] [first] [joint/bilateral/combined] [naval/military/air] drills/exercises/manoeuvres/maneuvers/exercise
062 | verb | allow/let/permit _ to use [its/their] territory/soil/airfields/airbases/facilities/ports/airspace
062 | verb | allow/let/permit _ to use [its/their] air/military/naval bases

# 063 Engage in judicial cooperation
063 | verb | repatriate/return/send/deport/transfer _ to stand/face trial
063 | verb | grant/approve/accept/honour/honor [a/the] _ request for [mutual] legal assistance
063 | verb | grant/approve/accept/honour/honor [a/the] request for mutual legal assistance from _
063 | verb | pool [their] evidence/findings/records/files in [a] joint probe/investigation/inquiry

# 064 Share intelligence or information
064 | verb | share details/coordinates/locations/information/intelligence of/on/about [suspected] militant/terrorist/rebel hideouts/camps with _
064 | verb | share details/coordinates/locations/information/intelligence of/on/about [suspected] hideouts/hide-outs with _
064 | verb | credit _ with providing/furnishing/supplying/sharing [crucial/key/vital/critical] leads/intelligence/information/tip-offs/tips | recipient
064 | verb | brief _ on/about [the] movements/whereabouts/location/locations/plans/identity/activities of

# 070 Provide aid, not specified below
070 | verb | reach out to _ with [a] round/package/tranche/consignment of assistance/aid/help/support
070 | verb | reach out to _ with assistance/aid/help/support
070 | verb | render [all] [possible/necessary/every] assistance/help/support to _
070 | verb | render _ [all] [possible/necessary] assistance/help/support

# 071 Provide economic aid
071 | verb | top up [its] deposit/deposits with/in/at _
071 | verb | clear/okay/greenlight/green-light [a] @economic_aid for/to _
071 | verb | approve/clear [a] budget-support/development-policy/concessional credit/loan/financing for/to _
071 | verb | approve/clear [a] budget/development support/policy credit/loan/financing for/to _
071 | verb | wire/inject/transfer/deposit into _ central bank
071 | verb | wire/inject/transfer/deposit into _ treasury/reserves
071 | verb | forgive/waive/cancel _ [interest-free/outstanding/bilateral/matured] loans/debt/debts
071 | verb | write off _ [interest-free/outstanding/bilateral/matured] loans/debt/debts

# 072 Provide military aid
072 | verb | gift/donate/deliver/supply/transfer [a] [offshore] patrol vessel/vessels/boat/boats/craft to _
072 | verb | hand over [a] [offshore] patrol vessel/vessels/boat/boats/craft to _
072 | verb | furnish/supply/provide/equip/arm _ with [ballistic/cruise] missile/drone/rocket/weapons components/parts/technology/kits
072 | verb | roll out [another] [military/defence/defense/weapons/arms/security] aid/assistance package for/to _
072 | verb | roll out [another] package of military aid/assistance/equipment for/to _
072 | verb | roll out [another] package of @weapons for/to _

# 073 Provide humanitarian aid
073 | verb | flag off [a] [relief/aid/humanitarian/medical] consignment/consignments/shipment/shipments to/for _
073 | verb | flag off [a] consignment/consignments/shipment/shipments of @humanitarian_aid
073 | verb | flag off [a] consignment/consignments/shipment/shipments of oxygen concentrators/cylinders/plants
073 | verb | send/ship/deliver/donate/gift/airlift oxygen concentrators/cylinders/plants/ventilators to _
073 | verb | send/dispatch/deploy/fly [a] disaster relief/response team/teams/unit/units/squad/squads
073 | verb | send/dispatch/deploy/fly [an] emergency relief/rescue/response/medical team/teams/unit/units

# 074 Provide military protection or peacekeeping
074 | verb | send/deploy/dispatch [a] contingent of [police] officers/police/policemen/troops/soldiers/peacekeepers to _
074 | verb | contribute [a] battalion/contingent/company/unit/brigade of peacekeepers/troops/police/soldiers to _
074 | verb | contribute peacekeepers/troops/police to _
074 | verb | dispatch/rush/airlift/fly [its] troops/forces/soldiers/paratroopers [and] [police/policemen] to _ to help/protect/defend/restore/secure/support/assist/fight
074 | verb | send/deploy troops/forces/soldiers [and] police/policemen to _ to help/protect/defend/restore/secure/support/assist/fight
074 | verb | rush/airlift/fly peacekeepers to _
074 | verb | rush/airlift/fly peacekeeping troops/forces to _

# 075 Grant asylum
075 | verb | take in _ evacuees/exiles/deserters
075 | verb | take in thousands/hundreds/dozens of _ evacuees/exiles/deserters

# 081 Ease administrative sanctions
081 | verb | restore/resume/reinstate e-visa/visa services/facilities/issuance/processing for/to _

# 0811 Ease restrictions on political freedoms
0811 | verb | unblock [the] social media/messaging platform/platforms/site/sites/app/apps/network/networks
0811 | verb | unblock [the] micro-blogging/microblogging/video-sharing/messaging platform/platforms/site/sites/service/app
0811 | verb | restore [the] access to [the] social media/messaging platform/platforms/site/sites/app/apps/network/networks
0811 | verb | allow/let/permit [the] [banned/suspended/shuttered/closed] newspapers/newspaper/dailies/papers/publications to hit [the] streets/newsstands
0811 | verb | allow/let/permit [the] [banned/suspended/shuttered/closed] newspapers/newspaper/dailies/papers/publications to resume/reappear/publish
0811 | verb | free/open up [the] airwaves
0811 | verb | liberalise/liberalize [the] airwaves
0811 | verb | end/lift/scrap [a/the/its] ban on websites/blogs/newspapers/broadcasters/outlets/channels/publications
0811 | verb | end/lift/scrap [a/the/its] ban on satellite/television/TV/radio/news channels/stations/websites
0811 | verb | end/lift/scrap [a/the/its] ban on independent/opposition/exile/exiled/foreign media/websites/channels/newspapers/outlets

# 0812 Ease ban on political parties or politicians
0812 | verb | make/render _ eligible [again] to run/stand/contest
0812 | verb | make/render _ eligible for office/election/re-election

# 0813 Ease curfew
0813 | verb | push [back] [the] start of [the] nationwide/countrywide/national/daily/island-wide/citywide curfew
0813 | verb | push [back] [the] start of [the] nationwide/countrywide/national/daily/island-wide/citywide curfew in/on/for _

# 0814 Ease state of emergency or martial law
0814 | verb | allow/let [the] emergency regulations/powers/laws/measures/rules [to] lapse/expire
0814 | verb | allow/let [the] state of emergency/siege/alarm [to] lapse/expire in/on/for _

# 082 Ease political dissent
082 | verb | wind up [its/their] sit-in/sit-ins/strike/strikes/protest/protests/agitation/blockade/blockades/walkout/boycott/march
082 | verb | wind up [his/her/its/their] hunger strike
082 | verb | wind up [its/their] two-day/three-day/week-long/two-week/month-long/weeks-long/months-long/days-long/indefinite sit-in/strike/protest/agitation/blockade/walkout/boycott
082 | verb | stand down [its/their] [planned] march/rally/rallies/demonstration/demonstrations/sit-in/walkout/blockade
082 | verb | end/call off/abandon/suspend [a/the/their/its] one-day/two-day/three-day/week-long/two-week/three-week/month-long/weeks-long/months-long/days-long/indefinite boycott
082 | verb | end/call off/abandon/suspend [a/the/their/its] boycott of classes/lectures/exams/courts/hearings
082 | verb | end/call off/abandon/suspend [a/the/their/its] class/classroom/exam/court boycott

# 083 Accede to demands for political reform
083 | verb | give [the] nod/go-ahead to [a] [sweeping/broad/wide-ranging] package of [political/democratic/constitutional/electoral] reforms
083 | verb | give [the] green light to [a] [sweeping/broad/wide-ranging] package of [political/democratic/constitutional/electoral] reforms
083 | verb | approve/endorse/adopt [a] [sweeping/broad/wide-ranging] package of political/democratic reforms
083 | verb | embrace/endorse/accept _ demands/calls for [political/democratic/constitutional/electoral] reform/reforms/change
083 | verb | embrace/endorse/accept [the] demands/calls of _ for [political/democratic/constitutional/electoral] reform/reforms/change

# 0832 Accede to demands for change in policy
0832 | verb | scale back/down [the] [job/jobs/government] quota/quotas [system/scheme]
0832 | verb | scale back/down [the] [controversial/contentious] civil service quota/quotas [system/scheme]
0832 | verb | scrap/abolish/slash/trim/reverse [the] [controversial/contentious] [job/jobs/government] quota/quotas system/scheme
0832 | verb | scrap/abolish/slash/trim/reverse [the] [controversial/contentious] civil service quota/quotas [system/scheme]
0832 | verb | revoke/cancel/annul/rescind/scrap [the] [mining] contract/concession/licence/license for [the] copper/gold/lithium/coal/uranium/open-pit mine
0832 | verb | revoke/cancel/annul/rescind/scrap [the] [controversial/contentious] mining contract/concession/licence/license
0832 | verb | reverse/scrap/rescind/suspend [the] [controversial/unpopular] petrol/gasoline/diesel/fuel/food/electricity subsidy removal/cut/cuts
0832 | verb | roll back [the] [controversial/unpopular] petrol/gasoline/diesel/food/electricity subsidy removal/cut/cuts
0832 | verb | put [the] [controversial/planned/proposed] bill/law/plan/reform/reforms/amendments/amendment/project/legislation/policy/proposal on ice
0832 | verb | put [the] mining/tax/labour/labor/media/electoral/land/pension/security law amendments/amendment/bill/reform/changes on ice/hold

# 0833 Accede to demands for rights
0833 | verb | allow/let/permit women [over/aged] [18/21/25] to obtain/get/hold/renew passports
0833 | verb | allow/let/permit women over/aged 18/21/25 to travel/drive/vote/work/live/register

# 080 Yield (meeting a demand, possessive form)
080 | verb | meet _ main/key/central/core/chief/principal/major/primary/top/long-standing/longstanding demand/demands

# 0834 Accede to demands for change in institutions, regime
0834 | verb | set up [a] drafting/constituent/constitutional assembly/convention/council to rewrite/redraft/draft
0834 | verb | establish/create/form [a] drafting/constituent/constitutional assembly/convention/council to rewrite/redraft/draft
0834 | verb | sign/hand/turn over power to [a] [joint] civilian/civilian-led/civilian-military/interim/transitional/caretaker/sovereign

# 0841 Return, release person(s)
0841 | verb | return/repatriate _ servicemen/soldiers/POWs/prisoners/detainees/captives/sailors/fishermen/hostages
0841 | verb | hand back/over _ servicemen/POWs/captives/sailors/fishermen/hostages

# 085 Ease economic sanctions, boycott, embargo
085 | verb | lift/end/scrap [the/its] blanket/total/outright/sweeping import ban
085 | verb | lift/end/scrap [the/its] blanket/total/outright/sweeping ban on imports
085 | verb | lift/ease/scrap/remove/relax/loosen/end/drop [its/the] curbs/restrictions/controls/limits on exports/shipments/sales of
085 | verb | lift/ease/scrap/remove/relax/loosen/end/drop [its/the] curbs/restrictions/controls/limits on exports/shipments/sales to _

# 086 Allow international involvement
086 | verb | let/allow/permit _ [to] resume/restart its/their work/mission/activities in
086 | verb | invite _ to watch/witness/observe/cover/attend [the] dismantling/destruction/demolition/closure

# 0861 Receive deployment of peacekeepers
0861 | verb | approve/authorise/authorize/endorse/sanction/accept [the] deployment of _ to [the] country/country's
0861 | verb | approve/authorise/authorize/endorse/sanction/accept [the] deployment of _ on [its] soil/territory
0861 | verb | consent/agree to [a/an] contingent/battalion/deployment/detachment of _
0861 | verb | endorse/approve/accept/authorise/authorize [the] presence of _ transition/peacekeeping/stabilisation/stabilization/support mission/force/troops
0861 | verb | welcome _ troops/forces/peacekeepers/soldiers into/to

# 0862 Receive inspectors
0862 | verb | clear/pave [the] way for _ experts/inspectors/monitors/team to visit/inspect/enter/return/tour
0862 | verb | grant/give _ access to [its] [nuclear/military/suspected/undeclared] sites/site

# 0863 Allow delivery of humanitarian aid
0863 | verb | authorise/authorize/approve/allow/order [the] reopening of [the] [Adre/Rafah/Tine/Erez/Zikim/Kissufim] crossing/crossings for aid/relief/humanitarian
0863 | verb | authorise/authorize/approve/allow/order [the] reopening of [the] [Adre/Rafah/Tine/Erez/Zikim/Kissufim] crossing/crossings for U.N. aid/relief/humanitarian
0863 | verb | authorise/authorize/approve/allow/order [the] reopening of [the] [Adre/Rafah/Tine/Erez/Zikim/Kissufim] crossing/crossings for UN aid/relief/humanitarian
0863 | verb | authorise/authorize/approve/allow/order [the] reopening of [the] border crossing/crossings to/for aid/relief/humanitarian
0863 | verb | lift/end [the/a/its] ban on aid/relief/humanitarian flights/convoys/deliveries/shipments/agencies/workers/groups
0863 | verb | let/allow/permit [the] [first] trucks/lorries/convoys carrying water/food/medicine/medicines/fuel/aid/supplies/flour
0863 | verb | grant/give _ convoys/trucks/lorries [safe/free] passage
0863 | verb | grant/give [safe/free] passage to _ convoys/trucks/lorries
0863 | verb | facilitate/allow/permit [the] entry/passage of _ food/aid/relief/humanitarian convoys/trucks/supplies/deliveries
0863 | verb | facilitate [the] entry/passage/delivery of [food/aid/relief/humanitarian] convoys/trucks/supplies/deliveries/aid/assistance

# 087 De-escalate military engagement
087 | verb | scale down/back [its] military activity/activities/operations
087 | verb | reduce/cut [its] military activity/activities
087 | verb | turn [their/its] convoy/convoys/column/columns/tanks around
087 | verb | head/go/pull back to [their/its] camps/bases/barracks
087 | verb | suspend/cancel/halt/postpone/scrap/call off [its/their/the] [annual/regular/planned/scheduled/routine] live-fire drills/exercises/training


# 0872 Ease military blockade
0872 | verb | let/allow/permit [fuel/grain/cargo/commercial/merchant/aid/food] ships/vessels/tankers [to] dock/berth/unload
0872 | verb | ease/relax/loosen/lift [its] naval/maritime/sea restrictions on _
0872 | verb | allow/let/permit _ fishermen to sail/fish/go

# 0873 Demobilize armed forces
0873 | verb | burn/destroy [their/its] weapons/guns/arms/rifles
0873 | verb | melt down [their/its] weapons/guns/arms/rifles

# 091 Investigate crime, corruption
091 | verb | book _ in [a/the] [corruption/graft/fraud/money-laundering/subsidy/bribery/embezzlement] case/scam/scandal
091 | verb | search [the] homes/offices/premises/properties/residences/houses of [several] _

# 092 Investigate human rights abuses
092 | verb | establish/create/launch/appoint/form [an] [independent] [international] fact-finding mission/commission/panel on/into _ crackdown/abuses/violations/repression
092 | verb | set up [an] [independent] [international] fact-finding mission/commission/panel on/into _ crackdown/abuses/violations/repression
092 | verb | gather/collect/hear/take testimony/testimonies about/on/of [alleged] abuses/torture/killings/disappearances/atrocities committed by _
092 | verb | gather/collect/hear/take testimony/testimonies about/on/of [alleged] abuses/torture/killings/disappearances/atrocities by _

# 093 Investigate military action
093 | verb | launch/open/order/begin/start [an] investigation/inquiry/probe into [the] [cross-border/unprovoked] firing/shelling/shooting by _
093 | verb | investigate/probe [the] [cross-border/unprovoked] firing/shelling/shooting by _

# 094 Investigate war crimes
094 | verb | open/launch/register [a] war crimes case/cases/proceedings/probe
094 | verb | authorise/authorize/approve/open/launch [a] [full/formal] investigation/inquiry/probe into [alleged] crimes against humanity against/in/by _

# 0333 Express intent to provide humanitarian aid (official phrasing)
0333 | verb | reaffirm/reiterate [its] commitment to supply/provide/send _ with [flood/disaster/earthquake/humanitarian/emergency] relief/aid/assistance/supplies
0333 | verb | reaffirm/reiterate [its] commitment to supply/provide/send [flood/disaster/earthquake/humanitarian/emergency] relief/aid/assistance/supplies to _

# --- second pass: variants found by re-wording the probe sentences in official and South Asian wire styles ---

# 071 Provide economic aid (donated infrastructure, disbursements, deposits)
071 | verb | hand over [a/the] [newly-built/donated/completed] hospital/school/stadium/bridge/building/port/terminal/highway/railway/dam/clinic/library/university to _
071 | verb | hand over [a/the] [newly-built/donated/completed] parliament/conference/government/office/convention building/centre/center/complex to _
071 | verb | approve [the] disbursement/release of [a/the] [next/first/second/third/latest/final] tranche to/for _
071 | verb | approve [the] disbursement/release of [the] [next/latest] tranche of @economic_aid to/for _
071 | verb | approve [the] disbursement of [@economic_aid] to/for _
071 | verb | extend/renew [the] [maturity] [of] [its] deposit/deposits with/in/at _
071 | verb | extend/provide/give [a/an] grant aid [of] to _
073 | verb | extend/provide/give [a/an] emergency grant aid [of] to _

# 073 Provide humanitarian aid
073 | verb | hand over [tonnes/tons] [of] humanitarian cargo/cargoes/consignment/consignments to _
073 | verb | deliver/send/ship/airlift/donate/fly [tonnes/tons] [of] humanitarian cargo/cargoes/consignment/consignments to _
073 | verb | hand over [tonnes/tons] [of] relief materials/goods/items/supplies/consignments/consignment to _
073 | verb | hand over [tonnes/tons] [of] @humanitarian_aid to _
073 | verb | send/dispatch/deploy/rush/fly [a] aid/relief/humanitarian trucks/lorries/convoy/convoys/ships/planes/flights to/into _
073 | verb | send/dispatch/rush/deliver trucks/lorries/truckloads/convoys/ships/planes/aircraft/flights of @humanitarian_aid to/into _

# 075 Grant asylum
075 | verb | accept/admit/receive/welcome [thousands/hundreds/dozens/millions] [of] _ refugees/asylum-seekers/evacuees
075 | verb | accept/admit/receive/welcome [thousands/hundreds/dozens/millions] [of] _ asylum seekers
075 | verb | resettle [thousands/hundreds/dozens] [of] _ refugees/asylum-seekers/evacuees

# 081 Ease administrative sanctions
081 | verb | lift/end/revoke [the] suspension of visas for/to _
081 | verb | lift/end/revoke [the] suspension of visa services/issuance for/to _
081 | verb | issue/grant/restore/reinstate work/entry/travel/exit permits to _
081 | verb | stop/cease requiring visas/visa for/from _

# 0811 Ease restrictions on political freedoms
0811 | verb | unblock access to
0811 | verb | lift/end/revoke [the] suspension of [the] [opposition/independent/private] newspaper/newspapers/broadcaster/channel/station/website/radio/daily/paper/weekly
0811 | verb | grant/give _ permission to hold/stage [a] rally/rallies/march/marches/protest/protests/demonstration/demonstrations
0811 | verb | allow/let/permit _ to hold/stage [a] rally/march/protest/demonstration/sit-in/gathering
0811 | verb | allow/let/permit _ to stage rallies/marches/protests/demonstrations
0811 | verb | allow/let/permit _ to hold marches/protests/demonstrations
0811 | verb | allow/let/permit [the] _ rally/march/protest/demonstration/procession to go ahead/proceed

# 0832 Accede to demands for change in policy
0832 | verb | withdraw/drop/scrap/remove/delete [the] controversial/contentious/disputed/offending clause/clauses/provision/provisions/article/section
0832 | verb | scrap/suspend/reverse/shelve/rescind/withdraw/drop/freeze [the] [planned/proposed] electricity/power/water/bread/transport tariff/price hike/hikes/increase
0832 | verb | scrap/suspend/reverse/shelve/rescind/withdraw/drop/freeze [the] [controversial/unpopular] electricity/power/water/bread/transport tariff/price hike/hikes/increase

# 0834 Accede to demands for change in institutions, regime
0834 | verb | hand/transfer/return power to [a/an] elected/democratically-elected/democratically elected government/administration/president/parliament/civilian

# 0841 Return, release person(s)
0841 | verb | grant [a] special/presidential/general/royal/mass amnesty to _
0841 | verb | grant [a] special/presidential/general/royal/mass amnesty to [thousands/hundreds/dozens] [of] prisoners/inmates/detainees
0841 | verb | grant pardons to [thousands/hundreds/dozens] [of] prisoners/inmates/detainees

# 085 Ease economic sanctions, boycott, embargo
085 | verb | lift/end/scrap/ease [the/its] ban on _ imports/exports/goods/products/produce
085 | verb | lift/end/scrap/ease [the/its] ban on _ wine/beef/fruit/seafood/grain/coal/timber/poultry/pork/meat/lobster/barley imports/exports

# 086 Allow international involvement
086 | verb | allow/let/permit _ envoy/envoys/rapporteur/rapporteurs/delegation/mission to meet/visit/enter/travel/tour

# 0862 Receive inspectors
0862 | verb | allow/let/permit _ inspectors/monitors/experts to return/resume/visit/enter/inspect/access
0862 | verb | let _ inspectors/monitors/experts visit/inspect/return/enter

# 0863 Allow delivery of humanitarian aid
0863 | verb | allow/permit/facilitate [the] entry of fuel/aid/food/medicine/medicines/supplies/relief/flour
0863 | verb | allow/permit/facilitate [the] entry of humanitarian aid/supplies/assistance/relief
0863 | verb | allow/let/permit [the] humanitarian/aid/relief corridor/corridors [to] open/operate

# 0874 Retreat or surrender militarily
0874 | verb | turn themselves/himself/herself in to _
0874 | verb | hand themselves/himself/herself over to _
0874 | verb | vacate [their/its] positions/base/bases/stronghold/strongholds/trenches/posts

# 087 De-escalate military engagement
087 | verb | declare/observe/announce/impose [a] moratorium on strikes/attacks/airstrikes/shelling
087 | noun | moratorium on strikes/attacks/airstrikes/shelling

# 090 Investigate, not specified below
090 | verb | initiate [an] [formal/official/independent/full/thorough] inquiry/investigation/probe/enquiry into
090 | verb | order [a/an] [independent/full/thorough/urgent/immediate/high-level/judicial] probe/investigation/inquiry/enquiry into
090 | verb | summon _ to testify
090 | verb | summon _ to appear before

# 091 Investigate crime, corruption
091 | verb | initiate/open/launch/begin/start [an] inquiry/investigation/probe/enquiry against _
091 | verb | register/file/lodge [a/an] [criminal/corruption/graft/fraud/money-laundering/bribery/murder] case/FIR against _
091 | verb | register/file/lodge [a] first information report against _
091 | verb | name _ [as] [a] graft/corruption/bribery/fraud/murder/money-laundering suspect/suspects
091 | verb | name _ [as] [a] suspect/suspects in [a/the] graft/corruption/bribery/fraud/murder/money-laundering case/probe/investigation/scandal
091 | verb | conduct search/searches/raid/raids/survey at/on [the] _ offices/office/premises/homes/home/headquarters/residence/residences
091 | verb | carry out search/searches/raid/raids/survey at/on [the] _ offices/office/premises/homes/home/headquarters/residence/residences
091 | verb | conduct search/searches/raid/raids/survey at/on [the] offices/office/premises/homes/home/headquarters/residence/residences of _
091 | verb | carry out search/searches/raid/raids/survey at/on [the] offices/office/premises/homes/home/headquarters/residence/residences of _
091 | verb | question/interrogate _ for [several/many/nearly/about/over] hours
091 | verb | open/launch/initiate criminal proceedings against _

# third pass
093 | verb | order/open/launch [a] probe into [the] deaths/killing/killings of civilians in [the] [air/drone] strike/strikes/raid
093 | verb | order/open/launch [a] probe into [the] deaths/killing/killings of civilians in [the] airstrike/airstrikes/bombing/shelling
093 | verb | order/open/launch [an] investigation/inquiry into [the] deaths/killings of civilians in [the] air/drone strike/strikes/raid
093 | verb | order/open/launch [an] investigation/inquiry into [the] deaths/killing/killings of civilians in [the] airstrike/airstrikes/bombing/shelling
