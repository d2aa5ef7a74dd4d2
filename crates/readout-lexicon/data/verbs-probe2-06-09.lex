# readout verbs-probe2-06-09.lex: second round of probe-driven verb and event-noun patterns for CAMEO roots
# 06-09 (material cooperation, aid, yield, investigate). Added for vocabulary that the probe sentences in
# eval/probes/probe2-06-09.jsonl (wire styles: datelines, titles, reported speech, passives) showed missing.
# Written for readout; format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# 060 Engage in material cooperation, not specified below
060 | verb | work side by side with _ to
060 | verb | work side by side to
060 | verb | join hands with _ to build/rebuild/develop/construct/restore/repair/clear/fight/tackle/combat/contain/produce/launch
060 | verb | join hands to build/rebuild/develop/construct/restore/repair/clear/fight/tackle/combat/contain/produce/launch
060 | verb | partner/collaborate with _ to build/rebuild/develop/construct/produce/launch/manufacture/clear/fight/tackle/combat/contain
060 | verb | partner/collaborate with _ on [a] [joint/cross-border/common] operation/mission/project/venture/programme/program
060 | verb | combine forces with _ to
060 | verb | combine forces to build/rebuild/develop/construct/produce/launch/clear/fight/tackle/combat/contain

# 061 Cooperate economically
061 | verb | resume [its] [palm] oil/gas/grain/wheat/rice/coal/beef/fuel/fertiliser/fertilizer/sugar/LNG shipments/exports/deliveries/supplies to _
061 | verb | restart/restore [its] [palm] oil/gas/grain/wheat/rice/coal shipments/exports/deliveries/supplies to _
061 | verb | restart/restore [its] [palm] beef/fuel/fertiliser/fertilizer/sugar/LNG shipments/exports/deliveries/supplies to _
061 | verb | resume/restart/restore [its] shipments/exports/deliveries/supplies of [palm] oil/gas/grain/wheat to _
061 | verb | resume/restart/restore [its] shipments/exports/deliveries/supplies of [palm] rice/coal/beef/fuel/LNG to _
061 | verb | begin/start pumping [natural] gas/oil/crude to _
061 | verb | grant/give/offer duty-free/tariff-free/quota-free access to _
061 | verb | grant/give/offer duty-free/tariff-free/quota-free access to goods/products/exports/imports from _
061 | verb | grant/give/offer duty-free/tariff-free/quota-free access to most/all goods/products/exports/imports from _
061 | verb | unveil/announce [a] investment/investments in _
061 | verb | unveil/announce [a] investment/investments package for _

# 062 Cooperate militarily
062 | verb | hold/stage/conduct/begin/start/launch [annual/large-scale/major/regular] joint war games with _
062 | verb | hold/stage/conduct/begin/start/launch [annual/large-scale/major/regular] joint war games
062 | verb | take part in joint war games with _
062 | verb | participate in joint war games with _
062 | verb | hold/stage/conduct/begin/start/launch [annual/large-scale/major/regular] joint live-fire drills/exercises with _
062 | verb | hold/stage/conduct/begin/start/launch [annual/large-scale/major/regular] joint live-fire drills/exercises
062 | verb | hold/stage/conduct/begin/start/launch/complete [annual/large-scale/major/regular] combined manoeuvres/maneuvers/drills/exercises with _
062 | verb | hold/stage/conduct/begin/start/launch/complete [annual/large-scale/major/regular] combined manoeuvres/maneuvers/drills/exercises
062 | verb | train together
062 | verb | train alongside _ troops/soldiers/forces/pilots/marines/commandos/sailors/navy/army
062 | verb | exercise together
062 | verb | drill together

# 063 Engage in judicial cooperation
063 | verb | turn over to _ [a] man/woman/suspect/fugitive/businessman/citizen/national wanted
063 | verb | turn over [a] fugitive/fugitives/suspect/suspects/convict/convicts to _
063 | verb | hand over to _ [a] man/woman/suspect/fugitive/businessman/citizen/national wanted
063 | verb | extradite to _ [a] man/woman/suspect/fugitive/businessman/citizen/national wanted
063 | verb | approve/authorise/authorize/clear/grant [the] extradition of _ to
063 | verb | approve/authorise/authorize/clear/grant [the] extradition of [a] [former] _ to
063 | verb | deport _ to face charges/trial/justice

# 064 Share intelligence or information
064 | verb | feed _ intelligence/information/data/imagery
064 | verb | feed _ targeting information/data/coordinates
064 | verb | feed _ detailed/real-time/sensitive/battlefield/crucial/key intelligence/information/data/imagery
064 | verb | feed intelligence/information/data/imagery to _
064 | verb | hand over [a] dossier [of] [evidence] to _
064 | verb | pass [on] [a] dossier [of] [evidence] to _
064 | verb | hand/give/send/present/deliver [a] dossier [of] [evidence] to _
064 | verb | relay/forward/convey [a] warning/warnings/tip/tip-off/information/intelligence to _
064 | verb | share [satellite/drone/surveillance/radar] images/imagery/footage/data/evidence/findings with _
064 | verb | share [satellite/drone/surveillance/radar] intelligence/information with _

# 070 Provide aid, not specified below
070 | verb | lend [a] helping hand to _
070 | verb | give _ [crowns/kroner/kronor/francs/rupees/yuan/riyals/dirhams] worth of assistance/aid/support
070 | verb | give _ worth of assistance/aid/support
070 | verb | send [two/three/several] planes/planeloads/plane-loads/shiploads/truckloads of assistance/aid to _
070 | verb | send [two/three/several] planes/planeloads/plane-loads/shiploads/truckloads of assistance/aid

# 071 Provide economic aid (earmarking money is coded as the pledge 0331, as in probe2-01-05)
071 | verb | sign off on [a] bailout/loan/loans/grant/rescue/programme/program/package/facility for/to _
071 | verb | sign off on [a] @economic_aid for/to _
071 | verb | roll over [a] deposit/deposits/loan/loans/debt with/to/for _
071 | verb | release [a] tranche of [@economic_aid] to/for _
071 | verb | unlock/disburse [a] tranche of [@economic_aid] to/for _
071 | verb | free up [a] tranche of [@economic_aid] to/for _
071 | verb | release/unlock/disburse [a] tranche of macro-financial/budget/economic/financial assistance/support to/for _
071 | verb | free up [a] tranche of macro-financial/budget/economic/financial assistance/support to/for _
0331 | verb | earmark _ in/of development/budget aid/funds/funding/assistance/support for
0331 | verb | earmark _ in/of @economic_aid for
0331 | verb | earmark _ for development/budget/economic aid/funds/funding/assistance/support in/to
071 | verb | extend [a] credit line/facility/loan to _

# 072 Provide military aid
072 | verb | ship [a] [another] batch/consignment of @weapons to _
072 | verb | ship [a] [first] batch/consignment of @weapons to _
072 | verb | send [a] [another] batch/consignment of @weapons to _
072 | verb | send [a] [first] batch/consignment of @weapons to _
072 | verb | ship [a] [another] shipment/tranche of @weapons to _
072 | verb | ship [a] [first] shipment/tranche of @weapons to _
072 | verb | send [a] [another] shipment/tranche of @weapons to _
072 | verb | send [a] [first] shipment/tranche of @weapons to _
072 | verb | ship [a] [second] batch/consignment of @weapons to _
072 | verb | send [a] [second] batch/consignment of @weapons to _
072 | verb | ship [a] [third] batch/consignment of @weapons to _
072 | verb | ship [a] [further] batch/consignment of @weapons to _
072 | verb | send [a] [third] batch/consignment of @weapons to _
072 | verb | send [a] [further] batch/consignment of @weapons to _
072 | verb | ship [a] [second] shipment/tranche of @weapons to _
072 | verb | send [a] [second] shipment/tranche of @weapons to _
072 | verb | ship [a] [third] shipment/tranche of @weapons to _
072 | verb | ship [a] [further] shipment/tranche of @weapons to _
072 | verb | send [a] [third] shipment/tranche of @weapons to _
072 | verb | send [a] [further] shipment/tranche of @weapons to _
072 | verb | deliver [a] [another] batch/consignment of @weapons to _
072 | verb | deliver [a] [first] batch/consignment of @weapons to _
072 | verb | supply [a] [another] batch/consignment of @weapons to _
072 | verb | supply [a] [first] batch/consignment of @weapons to _
072 | verb | provide [a] [another] batch/consignment of @weapons to _
072 | verb | provide [a] [first] batch/consignment of @weapons to _
072 | verb | deliver [a] [another] shipment/tranche of @weapons to _
072 | verb | deliver [a] [first] shipment/tranche of @weapons to _
072 | verb | supply [a] [another] shipment/tranche of @weapons to _
072 | verb | supply [a] [first] shipment/tranche of @weapons to _
072 | verb | provide [a] [another] shipment/tranche of @weapons to _
072 | verb | provide [a] [first] shipment/tranche of @weapons to _
072 | verb | deliver [a] [second] batch/consignment of @weapons to _
072 | verb | deliver [a] [third] batch/consignment of @weapons to _
072 | verb | deliver [a] [further] batch/consignment of @weapons to _
072 | verb | supply [a] [second] batch/consignment of @weapons to _
072 | verb | provide [a] [second] batch/consignment of @weapons to _
072 | verb | supply [a] [third] batch/consignment of @weapons to _
072 | verb | supply [a] [further] batch/consignment of @weapons to _
072 | verb | provide [a] [third] batch/consignment of @weapons to _
072 | verb | provide [a] [further] batch/consignment of @weapons to _
072 | verb | deliver [a] [second] shipment/tranche of @weapons to _
072 | verb | deliver [a] [third] shipment/tranche of @weapons to _
072 | verb | deliver [a] [further] shipment/tranche of @weapons to _
072 | verb | supply [a] [second] shipment/tranche of @weapons to _
072 | verb | provide [a] [second] shipment/tranche of @weapons to _
072 | verb | supply [a] [third] shipment/tranche of @weapons to _
072 | verb | supply [a] [further] shipment/tranche of @weapons to _
072 | verb | provide [a] [third] shipment/tranche of @weapons to _
072 | verb | provide [a] [further] shipment/tranche of @weapons to _
072 | verb | ship/send/deliver/supply [a] [another] batch/consignment/shipment of HIMARS/Javelin/Stinger/NASAMS/ATACMS
072 | verb | ship/send HIMARS/Javelin/Stinger/NASAMS/ATACMS [rocket/anti-tank/anti-aircraft] launchers/missiles/systems/batteries to _
072 | verb | deliver/supply/provide HIMARS/Javelin/Stinger/NASAMS/ATACMS [rocket/anti-tank/anti-aircraft] launchers/missiles/systems/batteries to _
072 | verb | gift/donate _ [main] battle tanks to
072 | verb | gift/donate _ tanks/howitzers/jets/helicopters/drones/missiles/rifles/warships/frigates to
072 | verb | gift/donate @weapons to _
072 | verb | smuggle/funnel/channel/ferry @weapons to _
072 | verb | smuggle/funnel/channel/ferry [advanced] missile/drone/weapons/rocket parts/components/technology to _
072 | verb | smuggle/funnel/channel/ferry [advanced] missiles/rockets/drones/explosives to _
072 | verb | train _ soldiers/troops/officers/forces/pilots/police/policemen/commandos in [the] use of

# 073 Provide humanitarian aid
073 | verb | donate/send/ship/deliver/give/gift/airlift _ doses of [the] [Sinopharm/Sinovac/Pfizer/AstraZeneca/Moderna/Sputnik/Covaxin/COVID-19/coronavirus/polio/measles/cholera] vaccine/vaccines to
073 | verb | donate/send/ship/deliver/give/gift/airlift doses of [the] [Sinopharm/Sinovac/Pfizer/AstraZeneca/Moderna/Sputnik] vaccine/vaccines to _
073 | verb | donate/send/ship/deliver/give/gift/airlift doses of [the] [Covaxin/COVID-19/coronavirus/polio/measles/cholera] vaccine/vaccines to _
073 | verb | donate/send/ship/deliver/give/gift/airlift [Sinopharm/Sinovac/Pfizer/AstraZeneca/Moderna/Sputnik] vaccine doses/shots/jabs to _
073 | verb | donate/send/ship/deliver/give/gift/airlift [Covaxin/COVID-19/coronavirus/polio/measles/cholera] vaccine doses/shots/jabs to _
073 | verb | set up [a] field hospital/hospitals/clinic/clinics in _
073 | verb | open/deploy/build/erect [a] field hospital/hospitals/clinic/clinics in _
073 | verb | send/dispatch/fly/airlift [a] field hospital/hospitals to _

# 074 Provide military protection or peacekeeping
074 | verb | police [the] airspace over/of _
074 | verb | begin/start/resume policing [the] airspace over/of _
074 | verb | take over policing [the] airspace over/of _
074 | verb | patrol [the] airspace over/of _
074 | verb | escort [reflagged/commercial/merchant/civilian] _ tankers/ships/vessels/convoys
074 | verb | provide [an] escort/escorts/protection for _ tankers/ships/vessels/convoys
074 | verb | roll into _ to protect/help/defend/guard
074 | verb | send/deploy/dispatch [a] warship/warships/frigate/frigates/destroyer/destroyers to protect/escort/guard _

# 075 Grant asylum
075 | verb | take in _ dissident/dissidents/defector/defectors/athlete/athletes/sprinter/runner/journalist/journalists/activist/activists/refugees/asylum-seekers/whistleblower
075 | verb | take in _ opposition leader/leaders/figure/figures/politician/politicians
075 | verb | take in _ asylum seekers
075 | verb | take in thousands/hundreds/millions/dozens of _ refugees/asylum-seekers
075 | verb | take in thousands/hundreds/millions/dozens of _ asylum seekers
075 | verb | shelter _ in [its] embassy
075 | verb | grant/give/offer [humanitarian/international/temporary/subsidiary] protection/residency/residence to _ dissident/dissidents/defector/defectors/refugees/asylum-seekers/activist/activists/whistleblower
075 | verb | grant/give/offer [humanitarian/international/temporary/subsidiary] protection/residency/residence to _ asylum seekers
075 | verb | give/offer/grant/provide safe haven to _
075 | verb | give/offer/grant/provide _ [a] safe haven

# 080 Yield, not specified below
080 | verb | relent in [the] face of
080 | verb | relent under pressure from _
080 | verb | back down over/on
080 | verb | make [a] climbdown/climb-down/U-turn/u-turn/volte-face over/on
080 | verb | perform/do [a] climbdown/climb-down/U-turn/u-turn/volte-face over/on
080 | verb | bow to pressure from _
080 | verb | bow to [mounting/international/public/popular/domestic/diplomatic] pressure
080 | verb | buckle under [mounting/international/public/popular/domestic/diplomatic] pressure
080 | verb | buckle to [mounting/international/public/popular/domestic/diplomatic] pressure
080 | verb | give ground to _
080 | verb | cede ground to _
080 | verb | acquiesce to/in _ demands
080 | verb | acquiesce to [the] demands of _

# 081 Ease administrative sanctions
081 | verb | resume/restart issuing visas/permits/licences/licenses to _
081 | verb | resume/restart [the] issuing/issuance of visas/permits to _
081 | verb | resume/restart issuing work visas/permits to _
081 | verb | drop/scrap/remove/waive/abolish/lift [the] visa requirement/requirements/regime for/on _
081 | verb | drop/scrap/remove/waive/abolish/lift [the] entry visa/visas/requirement/requirements for/on _
081 | verb | ease/relax/loosen [the] visa requirement/requirements/regime for/on _
081 | verb | introduce/restore/reinstate visa-free travel/entry/access/regime for/to/with _
081 | verb | lift [a/the/its] ban on group tours/tourism/travel to _
081 | verb | lift [a/the/its] ban on [package] tours/tourists to _
081 | verb | resume [group] tours/tourism to _
081 | verb | ease/relax/loosen/lift [the] restrictions/curbs/rules on travellers/travelers/visitors/tourists/arrivals from _
081 | verb | ease/relax [the] entry/travel/quarantine restrictions/curbs/rules on/for travellers/travelers from _
081 | verb | loosen/lift [the] entry/travel/quarantine restrictions/curbs/rules on/for travellers/travelers from _
081 | verb | ease/relax [the] entry/travel/quarantine restrictions/curbs/rules on/for visitors/tourists/arrivals from _
081 | verb | loosen/lift [the] entry/travel/quarantine restrictions/curbs/rules on/for visitors/tourists/arrivals from _
081 | verb | ease/relax/loosen/lift [its] restrictions on travellers/travelers/visitors/tourists/arrivals
081 | verb | ease/relax/loosen/lift [its] restrictions/curbs on travel from/to _

# 0811 Ease restrictions on political freedoms
0811 | verb | order access to Wikipedia/Twitter/Facebook/YouTube/WhatsApp/Telegram/Instagram/TikTok restored
0811 | verb | order [the] unblocking of Wikipedia/Twitter/Facebook/YouTube/WhatsApp/Telegram/Instagram/TikTok
0811 | verb | lift [the] block/blocking/ban on Wikipedia/Twitter/Facebook/YouTube/WhatsApp/Telegram/Instagram/TikTok
0811 | verb | restore [mobile] internet/data/phone/telephone/broadband service/services/access/connection/connections/connectivity in/to _
0811 | verb | restore [mobile] internet/data/phone/telephone/broadband service/services/access/connection/connections/connectivity
0811 | verb | switch [the] internet/phones back on
0811 | verb | turn [the] internet/phones back on
0811 | verb | allow/let/permit _ to reopen [its] bureau/office/offices/newsroom/station
0811 | verb | allow/let/permit _ to resume broadcasting/publishing/publication/broadcasts/operations
0811 | verb | repeal/scrap/abolish/annul [the] [colonial-era] sedition/blasphemy/defamation/insult/censorship law/laws
0811 | verb | repeal/scrap/abolish/annul [the] [colonial-era] criminal defamation law/laws
0811 | verb | decriminalise/decriminalize defamation/libel/blasphemy/sedition
0811 | verb | lift [the] ban on public/political gatherings/rallies/protests/demonstrations/meetings
0811 | verb | lift [the] ban on [public] gatherings/rallies/protests/demonstrations/meetings
0811 | verb | reopen/unblock [the] independent/opposition newspaper/newspapers/broadcaster/channel/station/website/websites/radio
0811 | verb | unblock [the] newspaper/newspapers/website/websites/channel/broadcaster

# 0812 Ease ban on political parties or politicians
0812 | verb | unban [political/opposition] rallies/parties/party/activities/meetings
0812 | verb | unban [the] opposition/banned/outlawed party/parties/movement/group
0812 | verb | unban _ party/parties/leader/leaders
0812 | verb | overturn/quash/lift/revoke/end/annul/rescind [the] political ban on _
0812 | verb | overturn/quash/revoke/annul/rescind [the] [political] ban on _ politician/politicians/leader/leaders/candidate/candidates/lawmaker/lawmakers/party/parties
0812 | verb | lift [a/the] ban on opposition/political rallies/activities/meetings
0812 | verb | clear _ leader/candidate/politician to stand/run/contest
0812 | verb | clear _ to stand/run in/for
0812 | verb | allow _ to stand/run in/for [the] [presidential/parliamentary/general] election/elections/polls/vote
0812 | verb | restore [the] political rights of _
0812 | verb | lift [the] ban on _ from politics/office/standing
0812 | verb | lift [the] ban on _ holding [public] office

# 0813 Ease curfew
0813 | verb | relax/ease/lift/loosen [the] curfew restrictions/rules/hours/measures in/on/for _
0813 | verb | relax/ease/lift/loosen [the] curfew restrictions/rules/hours/measures
0813 | verb | scale back/down [the] [nighttime/night-time/overnight/night/nightly/evening/dusk-to-dawn/round-the-clock/24-hour] curfew in/on/for _
0813 | verb | scale back/down [the] [nighttime/night-time/overnight/night/nightly/evening/dusk-to-dawn/round-the-clock/24-hour] curfew
0813 | verb | ease/relax/lift/shorten/end/suspend/revoke [the] dusk-to-dawn/round-the-clock/24-hour/weekend/daytime curfew in/on/for _
0813 | verb | ease/relax/lift/shorten/end/suspend/revoke [the] dusk-to-dawn/round-the-clock/24-hour/weekend/daytime curfew
0813 | verb | scrap/cancel/drop/rescind [a/the] [planned] [weekend/nighttime/night-time/dusk-to-dawn] curfew
0813 | verb | call off [a/the] [planned] [weekend/nighttime/night-time/dusk-to-dawn] curfew
0813 | verb | push back [the] start of [the] curfew
0813 | verb | cut [the] curfew hours
0813 | verb | reduce [the] curfew hours

# 0814 Ease state of emergency or martial law
0814 | verb | allow/let [the] state of emergency/siege [to] lapse/expire
0814 | verb | allow/let martial law [to] lapse/expire
0814 | verb | allow/let [the] emergency decree/rule/law [to] lapse/expire
0814 | verb | repeal/rescind/revoke/end/lift/terminate [the] [six-month/three-month/nationwide/countrywide] state of emergency/siege
0814 | verb | repeal/rescind/revoke/terminate [the] state of emergency/siege in _
0814 | verb | repeal/rescind/terminate martial law in/across/on _
0814 | verb | repeal/rescind/terminate martial law
0814 | verb | not renew/extend [the] state of emergency
0814 | verb | decide against extending/renewing [the] state of emergency/siege

# 082 Ease political dissent
082 | verb | go back to work after [a/the/their] strike/walkout/stoppage
082 | verb | go back to work after [a/the/their] one-day/two-day/three-day/four-day/five-day/week-long/two-week/three-week/four-week/month-long/two-month/three-month/weeks-long/months-long/days-long/indefinite/nationwide/national/general strike/walkout/stoppage
082 | verb | return to work after [a/the/their] one-day/two-day/three-day/four-day/five-day/week-long/two-week/three-week/four-week/month-long/two-month/three-month/weeks-long/months-long/days-long/indefinite/nationwide/national/general strike/walkout/stoppage
082 | verb | return to work after [a/the/their] walkout/stoppage
082 | verb | return to [their] classrooms/classes/wards/posts/jobs after [a/the/their] strike/walkout/stoppage
082 | verb | go back to [their] classrooms/classes/wards/posts/jobs after [a/the/their] strike/walkout/stoppage
082 | verb | end/call off/suspend/abandon [their] occupation of [the] parliament/legislature/campus/university/square/ministry/building/chamber/assembly/headquarters
082 | verb | end/leave/vacate/quit [their] sit-in/occupation at/in/outside
082 | verb | vacate [the] parliament/legislature/square/campus/building/chamber/assembly/headquarters/ministry
082 | verb | suspend/end/halt/stop/abandon [their/its] demonstrations/rallies/marches
082 | verb | suspend/end/halt/stop/abandon [their/its] street protests
082 | verb | suspend/end/halt/stop/abandon [their/its] protest campaign/movement
082 | verb | suspend/end [their/its] weekly/daily/nightly/mass/anti-government demonstrations/rallies/marches/protests
082 | verb | halt/stop/abandon [their/its] weekly/daily/nightly/mass/anti-government demonstrations/rallies/marches/protests
082 | verb | call off [their/its] weekly/daily/nightly/mass/anti-government demonstrations/rallies/marches/protests
082 | verb | call off [their/its] demonstrations/rallies/marches
082 | verb | end/suspend/call off/lift [their/its] boycott of [the] parliament/legislature/assembly/elections/polls/talks/vote
082 | verb | end/suspend [their/its] boycott of _
082 | verb | disperse peacefully
082 | verb | stand down [their/its] protest/protests/strike

# 083 Accede to demands for political reform
083 | verb | give up/cede/surrender/relinquish some of [his/her/its/their] powers/power/prerogatives to _
083 | verb | give up/cede/surrender/relinquish some of [his/her/its/their] powers/power/prerogatives
083 | verb | concede/accede to [popular/the/their/public] demands/calls for [political/democratic/constitutional/electoral] reform/reforms
083 | verb | agree/bow/yield to [popular/the] demands/calls for [political/democratic/constitutional/electoral] reform/reforms
083 | verb | agree/bow/yield to [their/public] demands/calls for [political/democratic/constitutional/electoral] reform/reforms
083 | verb | give in to [popular/the/their/public] demands/calls for [political/democratic/constitutional/electoral] reform/reforms
083 | verb | concede/accede/agree/bow/yield to _ demands/calls for [political/democratic/constitutional/electoral] reform/reforms
083 | verb | give in to _ demands/calls for [political/democratic/constitutional/electoral] reform/reforms
083 | verb | accede/concede to [popular/the/their/public] calls for [political/democratic/constitutional/electoral] change/changes/reform/reforms
083 | verb | accede/concede to _ calls for [political/democratic/constitutional/electoral] change/changes/reform/reforms
083 | verb | concede to _ demands
083 | verb | concede to [the] demands of _

# 0831 Accede to demands for change in leadership
0831 | verb | email/send/deliver/fax/submit/present/tender [his/her] resignation letter
0831 | verb | email/send/deliver/fax [his/her] resignation
0831 | verb | announce [the] resignation of [his/her/the] government/cabinet
0831 | verb | announce [his/her] government's/cabinet's resignation
0831 | verb | bow out as president/leader/premier/chairman/chancellor/head
0831 | verb | bow out as prime minister
0831 | verb | step aside as president/leader/premier/chairman/chancellor/head
0831 | verb | step aside as prime minister
0831 | verb | stand down as president/leader/premier/chairman/chancellor/head
0831 | verb | stand down as prime minister
0831 | verb | relinquish/surrender/cede power
0831 | verb | relinquish/surrender/cede [the] presidency/premiership/leadership/throne
0831 | verb | give up [the] presidency/premiership/leadership/throne
0831 | verb | relinquish/surrender/cede [his/her] post/office/seat/position
0831 | verb | give up [his/her] post/office/seat/position

# 0832 Accede to demands for change in policy
0832 | verb | drop/withdraw/scrap/shelve/abandon/rescind/suspend [the/a] finance/budget/tax bill/bills
0832 | verb | drop/withdraw/scrap/shelve/abandon/rescind/suspend [the/a] controversial/unpopular/proposed finance/budget bill
0832 | verb | drop/withdraw/scrap [the/a] [controversial/unpopular] tax reform/overhaul bill/plan/proposal
0832 | verb | drop/withdraw/scrap [his/her/its] [controversial/unpopular] tax reform/overhaul bill/plan/proposal
0832 | verb | shelve/abandon/rescind [the/a] [controversial/unpopular] tax reform/overhaul bill/plan/proposal
0832 | verb | shelve/abandon/rescind [his/her/its] [controversial/unpopular] tax reform/overhaul bill/plan/proposal
0832 | verb | drop/withdraw/scrap/shelve/abandon/rescind/suspend [the/a/his/her/its] [controversial/unpopular] tax reform/overhaul
0832 | verb | drop/withdraw/scrap/shelve/abandon [the/his/her/its] pension/labour/labor/health reform/overhaul
0832 | verb | reinstate/restore [part] [of] [the] fuel/petrol/gasoline/diesel/food/bread subsidy/subsidies
0832 | verb | backtrack/back-pedal/backpedal on [the] [planned/proposed] fuel/tax/price/fare hike/hikes/increase
0832 | verb | backtrack/back-pedal/backpedal on [the] [controversial/unpopular] fuel/tax/price/fare hike/hikes/increase
0832 | verb | backtrack/back-pedal/backpedal on [the] [planned/proposed] fuel/tax/price/fare increases/rise/rises
0832 | verb | backtrack/back-pedal/backpedal on [the] [controversial/unpopular] fuel/tax/price/fare increases/rise/rises
0832 | verb | backtrack/back-pedal/backpedal on [the] [planned/proposed/controversial/unpopular] fuel tax hike/hikes/increase/increases/rise/rises
0832 | verb | backtrack/back-pedal on [the/its/his/her] [planned/proposed/controversial/unpopular] plan/plans/policy/decision
0832 | verb | backpedal/U-turn on [the/its/his/her] [planned/proposed/controversial/unpopular] plan/plans/policy/decision
0832 | verb | backtrack/back-pedal on [the/its/his/her] [planned/proposed/controversial/unpopular] reform/reforms/law/bill
0832 | verb | backpedal/U-turn on [the/its/his/her] [planned/proposed/controversial/unpopular] reform/reforms/law/bill
0832 | verb | reverse course on
0832 | verb | put [the] [controversial/unpopular/planned/proposed] bill/law/plan/project/reform/measure on hold
0832 | verb | put on hold [the] [controversial/unpopular/planned/proposed] bill/law/plan/project/reform/measure
0832 | verb | freeze/pause [the] [controversial/unpopular/planned/proposed] legislation/bill/overhaul/reform/project/plan

# 0833 Accede to demands for rights
0833 | verb | abolish/scrap/end [the] exit permit/permits/visa/visas
0833 | verb | abolish/scrap/end [the] kafala/sponsorship system
0833 | verb | allow/let women to attend/enter/watch/open/run/own
0833 | verb | allow/let women into [the] stadium/stadiums/stadia/football/sports/arena/arenas
0833 | verb | strike down [a/the] [colonial-era] law/laws/ban/provision/section that criminalised/criminalized/banned/outlawed/prohibited
0833 | verb | strike down [a/the] [colonial-era] law/laws/ban/provision/section criminalising/criminalizing/banning/outlawing/prohibiting
0833 | verb | strike down [a/the] [colonial-era] ban on gay/same-sex/homosexual sex/relations/marriage/acts
0833 | verb | decriminalise/decriminalize gay/same-sex/homosexual sex/relations/acts
0833 | verb | grant/restore citizenship/nationality to _
0833 | verb | restore [the] voting rights of _
0833 | verb | grant/give/extend voting/land/language/citizenship rights to _
0833 | verb | recognise/recognize [the] land/language/cultural/voting rights of _

# 0834 Accede to demands for change in institutions, regime
0834 | verb | reinstate/restore/recall [the] [dissolved/suspended/disbanded] parliament/legislature/assembly/congress
0834 | verb | hand/transfer [over] power to [a] civilian/civilian-led/interim/transitional/caretaker
0834 | verb | reinstate/restore/recall _ dissolved/suspended/disbanded parliament/legislature/assembly/congress
0834 | verb | agree to [a] transition/return to civilian/democratic/constitutional rule/government
0834 | verb | agree on [a] transition/return to civilian/democratic/constitutional rule/government
0834 | verb | agree to [a] timetable/roadmap/road map for [a] transition/return to civilian/democratic/constitutional rule
0834 | verb | commit to [a] transition/return to civilian/democratic/constitutional rule
0834 | verb | lift [the] ban on [multiparty/multi-party] politics
0834 | verb | legalise/legalize/introduce/allow/restore multiparty/multi-party politics/democracy/elections
0834 | verb | allow/agree to direct elections of/for
0834 | verb | approve [the] constitutional amendments/changes/reforms demanded by _

# 0841 Return, release person(s)
0841 | verb | grant/give [an] amnesty/clemency/pardons/pardon to _
0841 | verb | amnesty _
0841 | verb | turn over [the] [abducted/kidnapped/captured/detained/seized/missing] hostages/captives/prisoners/detainees/schoolgirls/girls/students/abductees/sailors/fishermen/crew/soldiers to _
0841 | verb | turn over _ of [the] [abducted/kidnapped/captured/detained/seized/missing] hostages/captives/prisoners/detainees/schoolgirls/girls/students/abductees/sailors/soldiers
0841 | verb | hand over _ of [the] [abducted/kidnapped/captured/detained/seized/missing] hostages/captives/prisoners/detainees/schoolgirls/girls/students/abductees/sailors/soldiers
0841 | verb | hand [over] _ kidnapped/abducted/captured/detained/seized soldiers/hostages/captives/policemen/civilians/sailors/fishermen/journalists/workers to
0841 | verb | hand [over] [two/three/four/five/six/seven/eight/nine/ten/several/dozens/hundreds/the] kidnapped/abducted/captured/detained/seized _ to
0841 | verb | order [the] release on bail of _
0841 | verb | release/free _ on bail
0841 | verb | release _ from detention/custody/prison/jail/captivity
0841 | verb | allow _ to walk free
0841 | verb | commute [the] death sentence/sentences of _ and free/release

# 0842 Return, release property
0842 | verb | free/release/return [the] [seized/detained/impounded/captured] _ supertanker/tanker/tankers/ship/ships/vessel/vessels/trawler/trawlers/boat/boats/aircraft/plane/planes
0842 | verb | hand back [the] [seized/detained/impounded/captured] _ supertanker/tanker/tankers/ship/ships/vessel/vessels/trawler/trawlers/boat/boats/aircraft/plane/planes
0842 | verb | free/release [the] [seized/detained/impounded/captured] supertanker/tanker/tankers/ship/ships/vessel/vessels/trawler/trawlers
0842 | verb | give back [the] [looted/stolen/plundered/colonial-era/seized] artefacts/artifacts/antiquities/treasures/bronzes/relics/statues/statue/sculptures/manuscripts/remains/skulls/objects to _
0842 | verb | give back _ of [the] [looted/stolen/plundered/colonial-era/seized] artefacts/artifacts/antiquities/treasures/bronzes/relics/statues/sculptures/manuscripts/objects to
0842 | verb | return/repatriate/restitute _ of [the] [looted/stolen/plundered/colonial-era/seized] artefacts/artifacts/antiquities/treasures/bronzes/relics/statues/sculptures/manuscripts/objects to
0842 | verb | hand over _ of [the] [looted/stolen/plundered/colonial-era/seized] artefacts/artifacts/antiquities/treasures/bronzes/relics/statues/sculptures/manuscripts/objects to
0842 | verb | repatriate/restitute [the] [looted/stolen/plundered/colonial-era/seized] artefacts/artifacts/antiquities/treasures/bronzes/relics/statues/sculptures/manuscripts/objects to _
0842 | verb | repatriate/restitute _ looted/stolen/plundered/colonial-era/smuggled artefacts/artifacts/antiquities/treasures/bronzes/relics/statues/sculptures/manuscripts/objects to
0842 | verb | hand back/over [the] [seized/confiscated/expropriated/nationalised/nationalized] farms/land/property/properties/assets/companies/mines/factories to _
0842 | verb | return [the] [seized/confiscated/expropriated/nationalised/nationalized] farms/land/property/properties/assets/companies/mines/factories to _
0842 | verb | return [the] seized/confiscated/expropriated/nationalised/nationalized farms/land/property/properties/assets/companies/mines/factories
0842 | verb | hand back/return [the] [national] archives to _

# 085 Ease economic sanctions, boycott, embargo
085 | verb | remove sanctions from/on _
085 | verb | remove/take _ from [its] sanctions list/blacklist
085 | verb | vote to end/lift/ease sanctions/embargo on/against _
085 | verb | vote to end/lift/ease [the] sanctions/embargo on/against _
085 | verb | end/lift [an/the/its] arms embargo on/against _
085 | verb | issue/grant [a] sanctions waiver/waivers/exemption/exemptions to/for _
085 | verb | issue/grant [a] waiver allowing/permitting/letting _
085 | verb | issue/grant [a] waiver/waivers/exemption/exemptions from sanctions to/for _
085 | verb | loosen/relax [the] sanctions on/against _
085 | verb | scale back [the] sanctions on/against _
085 | verb | unfreeze [the] assets/funds/accounts/reserves of _
085 | verb | unfreeze _ assets/funds/accounts/reserves
085 | verb | release [the] frozen assets/funds/reserves of _
085 | verb | release _ frozen assets/funds/reserves
085 | verb | lift [its] import/export ban on _ goods/products/beef/wine/coal/barley/timber/lobster/seafood/grain

# 086 Allow international involvement, not specified below
086 | verb | allow/let/permit [foreign/international/independent] journalists/reporters/media/observers/monitors into _
086 | verb | allow/let/permit [foreign/international/independent] journalists/reporters/media/observers/monitors to enter/visit/access _
086 | verb | let/allow/permit _ establish/open [a] [permanent] presence/office/mission in
086 | verb | let/allow/permit _ set up [a] [permanent] presence/office/mission in
086 | verb | let/allow/permit _ to establish/open [a] [permanent] presence/office/mission in
086 | verb | let/allow/permit _ to set up [a] [permanent] presence/office/mission in
086 | verb | allow/let/permit _ to resume/conduct/make [its] prison visits/visits
086 | verb | allow/let/permit _ to visit [the] prisons/detainees/prisoners/camps
086 | verb | allow/let/permit _ to visit [the] detention centres/centers/camps/facilities
086 | verb | grant _ access to [the] prisons/detainees/prisoners/camps
086 | verb | open [its] doors to [foreign/international] journalists/observers/monitors/investigators/experts

# 0861 Receive deployment of peacekeepers
0861 | verb | approve/authorise/authorize/endorse/sanction [the] deployment of _ troops/soldiers/peacekeepers/forces/police
0861 | verb | approve/authorise/authorize/endorse/sanction [the] deployment of _ and
0861 | verb | receive/welcome [the] [first/second] _ peacekeepers/blue helmets/peacekeeping troops
0861 | verb | receive/welcome [the] [first/second] _ peacekeepers
0861 | verb | receive/welcome [the] first batch/contingent/detachment/wave of _
0861 | verb | host [a] [U.N./UN/AU/regional/foreign] peacekeeping force/mission/contingent
0861 | verb | agree to host [a] peacekeeping force/mission/contingent

# 0862 Receive inspectors
0862 | verb | let/allow/permit [a] team of _ inspectors/experts/monitors into
0862 | verb | let/allow/permit [a] team of [U.N./UN/international/nuclear/weapons/chemical] inspectors/experts/monitors into
0862 | verb | let/allow/permit _ inspectors/monitors to reinstall/install/restore/replace [the] [surveillance/monitoring] cameras/equipment/seals
0862 | verb | permit/allow/let [the] [IAEA/U.N./UN] inspectors/monitors to reinstall/install/restore/replace
0862 | verb | permit/allow/let [the] [nuclear/international/OPCW/weapons] inspectors/monitors to reinstall/install/restore/replace
0862 | verb | grant _ inspectors/monitors [full/unfettered/unrestricted] access to
0862 | verb | give/grant [the] [IAEA/U.N./UN/nuclear/international/OPCW/weapons] inspectors/monitors [full/unfettered/unrestricted] access to
0862 | verb | open [its] [nuclear/military/weapons] sites/facilities/plants to [international/IAEA] inspectors/inspection/inspections
0862 | verb | open [its] [nuclear/military/weapons] sites/facilities/plants to U.N./UN inspectors/inspection/inspections
0862 | verb | open _ to [international/U.N./UN/IAEA] inspectors/inspection/inspections
0862 | verb | host/welcome [a] team of [U.N./UN/international/nuclear/weapons/chemical] inspectors/experts/monitors
0862 | verb | submit to [international/U.N./UN/IAEA/snap/surprise] inspections

# 0863 Allow delivery of humanitarian aid
0863 | verb | reopen/open [the] _ crossing to aid/humanitarian/relief trucks/convoys/deliveries/shipments/supplies/lorries
0863 | verb | reopen/open [the] _ crossing for aid/humanitarian/relief trucks/convoys/deliveries/shipments/supplies/lorries
0863 | verb | reopen/open [the] crossing/crossings/border to aid/humanitarian/relief trucks/convoys/deliveries/shipments/supplies/lorries
0863 | verb | reopen/open [the] crossing/crossings/border for aid/humanitarian/relief trucks/convoys/deliveries/shipments/supplies/lorries
0863 | verb | let/allow/permit [the] [first] aid/relief convoy/convoys into/to/through
0863 | verb | let/allow/permit [the] [first] aid/relief trucks/lorries into/to/through
0863 | verb | let/allow/permit [the] [first] humanitarian/food convoy/convoys into/to/through
0863 | verb | let/allow/permit [the] [first] humanitarian/food trucks/lorries into/to/through
0863 | verb | let/allow/permit [the] [first] aid/relief shipments/flights into/to/through
0863 | verb | let/allow/permit [the] [first] humanitarian/food shipments/flights into/to/through
0863 | verb | let/allow/permit [a/the] _ convoy/convoys into/to/through
0863 | verb | let/allow/permit [a/the] [first] _ aid/relief/food convoy/convoys/trucks/flights into/to/through
0863 | verb | let/allow/permit [a/the] _ aid/relief/food ship/ships to dock
0863 | verb | let/allow/permit [the] [first] aid/relief ship/ships/flights to dock/land
0863 | verb | let/allow/permit [the] [first] humanitarian/food ship/ships/flights to dock/land
0863 | verb | clear/open [the] way for [a/the] [U.N./UN] aid/relief/humanitarian convoy/convoys
0863 | verb | clear/open [the] way for [a/the] [U.N./UN] aid/relief/humanitarian deliveries/shipments
0863 | verb | give/grant [aid/relief/humanitarian] agencies/groups/workers access to _
0863 | verb | give/grant humanitarian access to _
0863 | verb | give/grant [the] U.N./UN/ICRC/Red Cross [unimpeded/unhindered/full/safe] access to _

# 087 De-escalate military engagement
087 | verb | move/pull [some/most/all] [of] [its/their] forces/troops away from [the] _ border/frontier
087 | verb | move/pull [some/most/all] [of] [its/their] soldiers/units away from [the] _ border/frontier
087 | verb | move/pull [some] [of] [its/their] forces/troops away from [the] border/frontier with _
087 | verb | move [most/all] [of] [its/their] forces/troops away from [the] border/frontier with _
087 | verb | pull [most/all] [of] [its/their] forces/troops away from [the] border/frontier with _
087 | verb | move/pull [some] [of] [its/their] soldiers/units away from [the] border/frontier with _
087 | verb | move [most/all] [of] [its/their] soldiers/units away from [the] border/frontier with _
087 | verb | pull [most/all] [of] [its/their] soldiers/units away from [the] border/frontier with _
087 | verb | move/pull [some/most/all] [of] [its/their] forces/troops back from [the] _ border/frontier
087 | verb | move/pull [some/most/all] [of] [its/their] soldiers/units back from [the] _ border/frontier
087 | verb | scale back/down [its/their] military/troop/armed/naval/combat presence in _
087 | verb | reduce/cut/trim/shrink/downsize [its/their] military/troop/armed/naval/combat presence in _
087 | verb | scale back/down [its/their] military/troop/armed/naval/combat presence
087 | verb | reduce/cut/trim/shrink/downsize [its/their] military/troop/armed/naval/combat presence
087 | verb | complete [the] disengagement of [their/its] troops/forces
087 | verb | complete [the] pullback/pull-back/withdrawal of [their/its] troops/forces from _
087 | verb | remove [its/their/the] artillery/weapons/tanks from [a/the] buffer/demilitarised/demilitarized zone
087 | verb | withdraw/pull [its/their/the] artillery/weapons/tanks from [a/the] buffer/demilitarised/demilitarized zone
087 | verb | remove [its/their/the] guns/troops/forces from [a/the] buffer/demilitarised/demilitarized zone
087 | verb | withdraw/pull [its/their/the] guns/troops/forces from [a/the] buffer/demilitarised/demilitarized zone
087 | verb | remove/withdraw/pull [its/their/the] artillery/weapons/tanks/guns/troops/forces from [a/the] DMZ
087 | verb | remove/withdraw/pull [its/their/the] heavy weapons/artillery from [a/the] buffer/demilitarised/demilitarized zone
087 | verb | dismantle [its/their] guard posts/outposts in/along [a/the] buffer/demilitarised/demilitarized zone
087 | verb | thin out [its/their] forces/troops/deployment along/on/near
087 | verb | stand down [its/their] forces/troops/units
087 | verb | recall/withdraw [its/their/an/the] aircraft carrier/warship/warships/destroyer/destroyers/frigate from _

# 0871 Declare truce, ceasefire
0871 | verb | proclaim/announce [a/an] Christmas/Easter/Eid/Ramadan/Diwali/Tet/holiday/festive/New-Year/Lunar truce/ceasefire/cease-fire
0871 | verb | declare/call/order [a/an] Christmas/Easter/Eid/Ramadan/Diwali/Tet/festive/New-Year/Lunar truce/ceasefire/cease-fire
0871 | verb | proclaim [a] [unilateral/temporary/permanent/humanitarian/immediate/complete/nationwide/indefinite] truce/ceasefire/cease-fire
0871 | verb | proclaim [a] [unilateral/temporary/permanent/humanitarian/immediate/complete/nationwide/indefinite] halt/end/cessation to/of hostilities/fighting
0871 | verb | stop/halt/cease/end fighting with/against _
0871 | verb | stop/halt/cease fighting
0871 | verb | cease/halt/suspend/stop [all] military/combat/offensive operations/hostilities/attacks in/against _
0871 | verb | cease/halt/suspend/stop [all] military/combat/offensive operations/hostilities/attacks
0871 | verb | cease/halt/suspend/stop [all] hostilities/attacks against/in _
0871 | verb | hold/put [its/their] fire
0871 | verb | lay down [its/their] arms/weapons for/during [the] truce/ceasefire/holiday
0871 | verb | call [a] halt to [the] fighting/hostilities/offensive/attacks

# 0872 Ease military blockade
0872 | verb | end/lift/ease/relax/break/raise [their/its] [43-month/months-long/years-long/long/long-running] siege of/on _
0872 | verb | end/lift/ease/relax/raise [their/its] siege
0872 | verb | partially lift/ease [a/the/its] [naval/sea/maritime/air/military/land] blockade on/of _
0872 | verb | lift/ease/relax/loosen [a] [naval/sea/maritime/air/military/land] blockade on/of _
0872 | verb | reopen [the] strait/straits/canal/waterway/corridor/channel to [commercial/international/civilian/foreign] shipping/ships/traffic/vessels
0872 | verb | reopen [the] sea lane/lanes to [commercial/international/civilian/foreign] shipping/ships/traffic/vessels
0872 | verb | reopen [the] Kerch/Hormuz/Bab/Lachin strait/straits/corridor/road
0872 | verb | unblock [the] Lachin/humanitarian corridor/road
0872 | verb | allow ships/vessels/tankers to leave/enter/dock/sail [at/from/in]

# 0873 Demobilize armed forces
0873 | verb | decommission _ fighters/guerrillas/combatants/rebels/militiamen/insurgents
0873 | verb | decommission [its/their] fighters/guerrillas/combatants/rebels/militiamen/insurgents
0873 | verb | turn in [their/its] guns/weapons/arms/rifles
0873 | verb | turn in [their/its] guns/weapons/arms/rifles to _
0873 | verb | hand [their/its] [last/remaining] weapons/arms/guns/rifles to _
0873 | verb | begin/start handing [over] [their/its] [last/remaining] weapons/arms/guns/rifles to _
0873 | verb | give up [their/its] [last/remaining] weapons/arms/guns/rifles to _
0873 | verb | canton [their/its] fighters/troops/combatants
0873 | verb | move [their/its] fighters/combatants into cantonment/cantonments/camps

# 0874 Retreat or surrender militarily
0874 | verb | give themselves/himself/herself up to _
0874 | verb | lay down [their/its] weapons/arms and give themselves up to _
0874 | verb | hand over [the] _ district/region/province/town/city/territory/area to
0874 | verb | cede [the] _ district/region/province/town/city/territory/area to
0874 | verb | return [the] _ district/region/province to
0874 | verb | pull out of [the] [besieged/embattled/key/strategic] town/city/region/enclave/stronghold/base/port of
0874 | verb | beat [a] [hasty] retreat from
0874 | verb | be forced to retreat/withdraw from
0874 | verb | abandon [the] [besieged/embattled/key/strategic] town/city/base/stronghold/enclave/port of
0874 | verb | abandon [their/its] [last] strongholds/stronghold/bases/base/garrison in _
0874 | verb | hoist [a/the] white flag

# 090 Investigate, not specified below
090 | verb | probe [the] crash/collapse/explosion/blast/fire/sinking/derailment/disappearance/death/deaths of
090 | verb | probe [the] cause/causes of
090 | verb | look into [the] circumstances/cause/causes of
090 | verb | look into [the] allegations/claims/accusations/reports against _
090 | verb | open/launch/begin/start [an] inquiry/investigation/probe into [the] cause/causes/circumstances of
090 | verb | examine/analyse/analyze/test [the] samples/wreckage/debris/remains/black boxes/flight recorders
090 | verb | exhume [the] bodies/remains

# 091 Investigate crime, corruption
091 | verb | question _ over/about/in/on [the] [alleged] scandal/corruption/bribery/fraud/embezzlement/graft/kickbacks/money laundering
091 | verb | question _ for [several/four/five/six/eight/ten/nine/three/two/many] hours over/about/on
091 | verb | summon _ for questioning over/about/on/in
091 | verb | place/put _ under investigation for/over
091 | verb | place/put _ under [formal] investigation
091 | verb | put/place _ under [a] corruption/fraud/bribery/criminal investigation/probe
091 | verb | probe _ over/for [alleged] corruption/bribery/fraud/embezzlement/graft/kickbacks/tax evasion/money laundering
091 | verb | investigate _ over [an/the] arms deal/kickbacks

# 092 Investigate human rights abuses
092 | verb | probe [alleged] abuses/atrocities/torture/killings/disappearances by _
092 | verb | probe [alleged] [human] rights abuses/violations by _
092 | verb | document [the] mass/extrajudicial/summary/unlawful killings/executions/rapes/arrests/disappearances by _
092 | verb | document [alleged] [human] rights abuses/violations by _
092 | verb | investigate [alleged] [human] rights abuses/violations by _
092 | verb | open/launch/begin/start [an] inquiry/investigation/probe into [the] disappearance/disappearances/abduction/abductions of _
092 | verb | open/launch [an] inquiry into [the] [alleged] extrajudicial/mass/summary killings/executions
092 | verb | open/launch [an] investigation/probe into [the] [alleged] extrajudicial/mass/summary killings/executions
092 | verb | begin/start [an] inquiry into [the] [alleged] extrajudicial/mass/summary killings/executions
092 | verb | begin/start [an] investigation/probe into [the] [alleged] extrajudicial/mass/summary killings/executions
092 | verb | open/launch/begin/start [an] inquiry/investigation/probe into [alleged] [human] rights abuses/violations

# 093 Investigate military action
093 | verb | review/examine/probe [the] _ drone/air strike/strikes
093 | verb | look into [the] _ drone/air strike/strikes
093 | verb | review/examine/probe [the] _ strike/strikes/airstrike/airstrikes/raid/raids/bombing/shelling
093 | verb | look into [the] _ strike/strikes/airstrike/airstrikes/raid/raids/bombing/shelling
093 | verb | review/examine/probe [the] drone/air strike/strikes by/on/in
093 | verb | review/examine/probe [the] airstrike/airstrikes/raid/bombing/shelling by/on/in
093 | verb | open/launch [an] investigation/inquiry/probe into [the] bombing of [a] hospital/school/market
093 | verb | begin/start/order [an] investigation/inquiry/probe into [the] bombing of [a] hospital/school/market
093 | verb | open/launch [an] investigation/inquiry/probe into [the] bombing of [a] wedding/convoy/clinic
093 | verb | begin/start/order [an] investigation/inquiry/probe into [the] bombing of [a] wedding/convoy/clinic
093 | verb | open/launch [an] investigation into [the] [deadly] bombing/shelling of/on [a/the] hospital
093 | verb | open [an] investigation into [the] [deadly] bombing/shelling of/on [a/the] school/market
093 | verb | launch [an] investigation into [the] [deadly] bombing/shelling of/on [a/the] school/market
093 | verb | open [an] inquiry/probe into [the] [deadly] bombing/shelling of/on [a/the] hospital
093 | verb | launch [an] inquiry/probe into [the] [deadly] bombing/shelling of/on [a/the] hospital
093 | verb | open [an] inquiry into [the] [deadly] bombing/shelling of/on [a/the] school/market
093 | verb | open [an] probe into [the] [deadly] bombing/shelling of/on [a/the] school/market
093 | verb | launch [an] inquiry into [the] [deadly] bombing/shelling of/on [a/the] school/market
093 | verb | launch [an] probe into [the] [deadly] bombing/shelling of/on [a/the] school/market
093 | verb | open/launch [an] investigation into [the] [deadly] strike/airstrike of/on [a/the] hospital
093 | verb | open [an] investigation into [the] [deadly] strike/airstrike of/on [a/the] school/market
093 | verb | launch [an] investigation into [the] [deadly] strike/airstrike of/on [a/the] school/market
093 | verb | open [an] inquiry/probe into [the] [deadly] strike/airstrike of/on [a/the] hospital
093 | verb | launch [an] inquiry/probe into [the] [deadly] strike/airstrike of/on [a/the] hospital
093 | verb | open [an] inquiry into [the] [deadly] strike/airstrike of/on [a/the] school/market
093 | verb | open [an] probe into [the] [deadly] strike/airstrike of/on [a/the] school/market
093 | verb | launch [an] inquiry into [the] [deadly] strike/airstrike of/on [a/the] school/market
093 | verb | launch [an] probe into [the] [deadly] strike/airstrike of/on [a/the] school/market
093 | verb | begin [an] investigation into [the] [deadly] bombing/shelling of/on [a/the] hospital
093 | verb | begin [an] investigation into [the] [deadly] bombing/shelling of/on [a/the] school/market
093 | verb | begin [an] inquiry/probe into [the] [deadly] bombing/shelling of/on [a/the] hospital
093 | verb | begin [an] inquiry into [the] [deadly] bombing/shelling of/on [a/the] school/market
093 | verb | begin [an] probe into [the] [deadly] bombing/shelling of/on [a/the] school/market
093 | verb | start/order [an] investigation into [the] [deadly] bombing/shelling of/on [a/the] hospital
093 | verb | start [an] investigation into [the] [deadly] bombing/shelling of/on [a/the] school/market
093 | verb | order [an] investigation into [the] [deadly] bombing/shelling of/on [a/the] school/market
093 | verb | start [an] inquiry/probe into [the] [deadly] bombing/shelling of/on [a/the] hospital
093 | verb | order [an] inquiry/probe into [the] [deadly] bombing/shelling of/on [a/the] hospital
093 | verb | start [an] inquiry into [the] [deadly] bombing/shelling of/on [a/the] school/market
093 | verb | start [an] probe into [the] [deadly] bombing/shelling of/on [a/the] school/market
093 | verb | order [an] inquiry into [the] [deadly] bombing/shelling of/on [a/the] school/market
093 | verb | order [an] probe into [the] [deadly] bombing/shelling of/on [a/the] school/market
093 | verb | begin [an] investigation into [the] [deadly] strike/airstrike of/on [a/the] hospital
093 | verb | begin [an] investigation into [the] [deadly] strike/airstrike of/on [a/the] school/market
093 | verb | begin [an] inquiry/probe into [the] [deadly] strike/airstrike of/on [a/the] hospital
093 | verb | begin [an] inquiry into [the] [deadly] strike/airstrike of/on [a/the] school/market
093 | verb | begin [an] probe into [the] [deadly] strike/airstrike of/on [a/the] school/market
093 | verb | start/order [an] investigation into [the] [deadly] strike/airstrike of/on [a/the] hospital
093 | verb | start [an] investigation into [the] [deadly] strike/airstrike of/on [a/the] school/market
093 | verb | order [an] investigation into [the] [deadly] strike/airstrike of/on [a/the] school/market
093 | verb | start [an] inquiry/probe into [the] [deadly] strike/airstrike of/on [a/the] hospital
093 | verb | order [an] inquiry/probe into [the] [deadly] strike/airstrike of/on [a/the] hospital
093 | verb | start [an] inquiry into [the] [deadly] strike/airstrike of/on [a/the] school/market
093 | verb | start [an] probe into [the] [deadly] strike/airstrike of/on [a/the] school/market
093 | verb | order [an] inquiry into [the] [deadly] strike/airstrike of/on [a/the] school/market
093 | verb | order [an] probe into [the] [deadly] strike/airstrike of/on [a/the] school/market
093 | verb | open/launch [an] investigation into [the] [deadly] bombing/shelling of/on [a/the] wedding
093 | verb | open [an] investigation into [the] [deadly] bombing/shelling of/on [a/the] convoy/clinic
093 | verb | launch [an] investigation into [the] [deadly] bombing/shelling of/on [a/the] convoy/clinic
093 | verb | open [an] inquiry/probe into [the] [deadly] bombing/shelling of/on [a/the] wedding
093 | verb | launch [an] inquiry/probe into [the] [deadly] bombing/shelling of/on [a/the] wedding
093 | verb | open [an] inquiry into [the] [deadly] bombing/shelling of/on [a/the] convoy/clinic
093 | verb | open [an] probe into [the] [deadly] bombing/shelling of/on [a/the] convoy/clinic
093 | verb | launch [an] inquiry into [the] [deadly] bombing/shelling of/on [a/the] convoy/clinic
093 | verb | launch [an] probe into [the] [deadly] bombing/shelling of/on [a/the] convoy/clinic
093 | verb | open/launch [an] investigation into [the] [deadly] strike/airstrike of/on [a/the] wedding
093 | verb | open [an] investigation into [the] [deadly] strike/airstrike of/on [a/the] convoy/clinic
093 | verb | launch [an] investigation into [the] [deadly] strike/airstrike of/on [a/the] convoy/clinic
093 | verb | open [an] inquiry/probe into [the] [deadly] strike/airstrike of/on [a/the] wedding
093 | verb | launch [an] inquiry/probe into [the] [deadly] strike/airstrike of/on [a/the] wedding
093 | verb | open [an] inquiry into [the] [deadly] strike/airstrike of/on [a/the] convoy/clinic
093 | verb | open [an] probe into [the] [deadly] strike/airstrike of/on [a/the] convoy/clinic
093 | verb | launch [an] inquiry into [the] [deadly] strike/airstrike of/on [a/the] convoy/clinic
093 | verb | launch [an] probe into [the] [deadly] strike/airstrike of/on [a/the] convoy/clinic
093 | verb | begin [an] investigation into [the] [deadly] bombing/shelling of/on [a/the] wedding
093 | verb | begin [an] investigation into [the] [deadly] bombing/shelling of/on [a/the] convoy/clinic
093 | verb | begin [an] inquiry/probe into [the] [deadly] bombing/shelling of/on [a/the] wedding
093 | verb | begin [an] inquiry into [the] [deadly] bombing/shelling of/on [a/the] convoy/clinic
093 | verb | begin [an] probe into [the] [deadly] bombing/shelling of/on [a/the] convoy/clinic
093 | verb | start/order [an] investigation into [the] [deadly] bombing/shelling of/on [a/the] wedding
093 | verb | start [an] investigation into [the] [deadly] bombing/shelling of/on [a/the] convoy/clinic
093 | verb | order [an] investigation into [the] [deadly] bombing/shelling of/on [a/the] convoy/clinic
093 | verb | start [an] inquiry/probe into [the] [deadly] bombing/shelling of/on [a/the] wedding
093 | verb | order [an] inquiry/probe into [the] [deadly] bombing/shelling of/on [a/the] wedding
093 | verb | start [an] inquiry into [the] [deadly] bombing/shelling of/on [a/the] convoy/clinic
093 | verb | start [an] probe into [the] [deadly] bombing/shelling of/on [a/the] convoy/clinic
093 | verb | order [an] inquiry into [the] [deadly] bombing/shelling of/on [a/the] convoy/clinic
093 | verb | order [an] probe into [the] [deadly] bombing/shelling of/on [a/the] convoy/clinic
093 | verb | begin [an] investigation into [the] [deadly] strike/airstrike of/on [a/the] wedding
093 | verb | begin [an] investigation into [the] [deadly] strike/airstrike of/on [a/the] convoy/clinic
093 | verb | begin [an] inquiry/probe into [the] [deadly] strike/airstrike of/on [a/the] wedding
093 | verb | begin [an] inquiry into [the] [deadly] strike/airstrike of/on [a/the] convoy/clinic
093 | verb | begin [an] probe into [the] [deadly] strike/airstrike of/on [a/the] convoy/clinic
093 | verb | start/order [an] investigation into [the] [deadly] strike/airstrike of/on [a/the] wedding
093 | verb | start [an] investigation into [the] [deadly] strike/airstrike of/on [a/the] convoy/clinic
093 | verb | order [an] investigation into [the] [deadly] strike/airstrike of/on [a/the] convoy/clinic
093 | verb | start [an] inquiry/probe into [the] [deadly] strike/airstrike of/on [a/the] wedding
093 | verb | order [an] inquiry/probe into [the] [deadly] strike/airstrike of/on [a/the] wedding
093 | verb | start [an] inquiry into [the] [deadly] strike/airstrike of/on [a/the] convoy/clinic
093 | verb | start [an] probe into [the] [deadly] strike/airstrike of/on [a/the] convoy/clinic
093 | verb | order [an] inquiry into [the] [deadly] strike/airstrike of/on [a/the] convoy/clinic
093 | verb | order [an] probe into [the] [deadly] strike/airstrike of/on [a/the] convoy/clinic
093 | verb | investigate [the] [deadly] bombing/shelling of/on [a/the] hospital/school/market
093 | verb | investigate [the] [deadly] strike/airstrike of/on [a/the] hospital/school/market
093 | verb | investigate [the] [deadly] bombing/shelling of/on [a/the] wedding/convoy/clinic
093 | verb | investigate [the] [deadly] strike/airstrike of/on [a/the] wedding/convoy/clinic

# 094 Investigate war crimes
094 | verb | document [possible/alleged/suspected] war crimes by/committed by _
094 | verb | document [possible/alleged/suspected] war crimes
094 | verb | gather/collect/preserve evidence of [possible/alleged/suspected] war crimes by _
094 | verb | gather/collect/preserve evidence of [possible/alleged/suspected] war crimes committed by _
094 | verb | launch/open/begin/start [an] inquiry/investigation/probe into [alleged/possible/suspected] war crimes by/committed by _
094 | verb | launch/open/begin/start [an] inquiry/investigation/probe into [alleged/possible/suspected] war crimes
094 | verb | probe [alleged/possible/suspected] war crimes by/committed by _
094 | verb | probe [alleged/possible/suspected] war crimes
094 | verb | investigate [alleged/possible/suspected] war crimes
094 | verb | open/launch/begin/start [a/an] probe/investigation/inquiry into _ as [a] [possible] war crime
0841 | verb | turn over _ of [the] kidnapped/abducted/captured/detained/seized/missing
0841 | verb | hand over _ of [the] kidnapped/abducted/captured/detained/seized/missing

# second pass: variants found by re-wording the probe sentences
063 | verb | turn over _ wanted for/in/on/over/by
0832 | verb | put [the] pension/tax/labour/labor/education/health/security/media/electoral reform/overhaul bill/plan/law on hold
0832 | verb | put [the] pension/tax/labour/labor/education/health/security/media/electoral bill/plan/law/reform/reforms on hold
0842 | verb | give back [a/the] [looted/stolen/plundered/colonial-era/seized] statue/sculpture/mask/throne/crown/manuscript/relic/skull/artefact/artifact to _
0842 | verb | return/repatriate/restitute [a/the] colonial-era/looted/stolen/plundered statue/sculpture/mask/throne/crown to _
0842 | verb | return/repatriate/restitute [a/the] colonial-era/looted/stolen/plundered manuscript/relic/skull/artefact/artifact to _
085 | verb | unfroze _ assets/funds/accounts/reserves
085 | verb | unfroze [the] assets/funds/accounts/reserves of _
