# Verb and event-noun patterns for CAMEO roots 11 (disapprove) and 12 (reject), sixth-round vocabulary sweep.
# Written for readout from a systematic list of wire-news phrasings per sub-code; the sentences of
# eval/probes/probe6-sweep-11-12.jsonl (one per phrasing) and eval/probes/probe6-11-12.jsonl are the regression
# test of these patterns. Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# 110 Disapprove
110 | verb | was/were/is/are [deeply/very/greatly/profoundly/increasingly] dismayed/troubled/disturbed/perturbed by/at/over _
110 | verb | express/voice [its/their/his/her] [deep/profound/strong] dismay at/over/about _
110 | verb | signal/voice/express [its/their/his/her] unease with/over/about/at _
110 | verb | express/voice/register/signal [its/their/his/her] annoyance/irritation/exasperation at/with/over _
110 | verb | voice/express/register [its/their/his/her] [strong] opposition to _
110 | verb | express/voice [its/their/his/her] regret over/at _ decision/decisions/move/plan/refusal/failure

110 | verb | voice/express [serious/grave/deep/strong/growing] misgivings over/about/at _
110 | verb | make plain/clear [its/his/her/their] unhappiness/displeasure/dissatisfaction/irritation/annoyance/frustration with/at/over _

# 111 Criticise or denounce
111 | verb | condemn _ decision/move/plan/attempt/bid/failure/refusal/threat/announcement to
111 | verb | chide _ for
111 | verb | chide _ over
111 | verb | savage _
111 | verb | have [some] harsh/strong/sharp/stern/tough words for _
111 | verb | reserve [its/their/his/her] harshest/sharpest/strongest/harsh/sharp criticism/criticisms/words for _
111 | verb | dress down _
111 | verb | lecture _ on
111 | verb | snipe at _ over/for
111 | verb | come down hard on _
111 | verb | was/were/is/are [sharply/highly/deeply/strongly/very/fiercely/harshly/openly/bitterly/publicly] critical of _
111 | verb | come under fire from _ over/for | recipient
111 | verb | come under [heavy/sharp/intense/fierce/renewed/growing/mounting] fire from _ over/for | recipient
111 | verb | call _ decision/move/actions/remarks/behaviour/behavior shameful/outrageous/disgraceful/unacceptable/deplorable/irresponsible/reprehensible/despicable
111 | verb | describe _ actions/decision/move/remarks/behaviour/behavior as shameful/outrageous/disgraceful/unacceptable/deplorable/irresponsible/reprehensible/despicable

# 112 Accuse, not specified below
112 | verb | attribute [the] [cyber] attack/attacks/hack/hacking/cyberattack/cyberattacks/bombing/bombings/blast/explosion/assassination/sabotage to _

# 1121 Accuse of crime, corruption
1121 | verb | accuse _ of bribing/counterfeiting/forging/extortion/racketeering/plundering/looting/swindling/defrauding
1121 | verb | accuse _ of being corrupt
1121 | verb | level/make/raise/lodge corruption/graft/bribery/fraud/embezzlement allegations/charges/accusations against _

1121 | verb | accuse _ of enriching/self-enrichment/nepotism/cronyism/kickbacks

# 1122 Accuse of human rights abuses
1122 | verb | accuse _ of repressing/suppressing/muzzling/gagging/silencing/persecuting
1122 | verb | accuse _ of [brutal/violent] repression/suppression/persecution

1122 | verb | accuse _ of gunning down

# 1123 Accuse of aggression
1123 | verb | accuse _ of crossing/intruding/encroaching/trespassing
1123 | verb | accuse _ of [repeated/fresh/new] ceasefire/truce/border violations/breaches
1123 | verb | accuse _ of [an] armed/military incursion/incursions/intrusion/intrusions

# 1124 Accuse of war crimes
1124 | verb | accuse _ of using poison/toxic/nerve/chlorine/sarin gas
1124 | verb | accuse _ of gassing

# 1125 Accuse of espionage, treason
1125 | verb | accuse _ of gathering/collecting intelligence
1125 | verb | accuse _ of recruiting spies/agents/informants/informers
1125 | verb | accuse _ of recruiting [its] officials/officers/soldiers/diplomats for/as
1125 | verb | accuse _ of being agents/agent/spies/puppets of [a] foreign/the
1125 | verb | accuse _ of being [a/an] foreign agent/agents

# 113 Rally opposition against
113 | verb | rally [its/their/his/her] allies/partners/neighbours/neighbors/supporters/backers/followers against _
113 | verb | rally [international/regional/global/world/public] support/opinion against _
113 | verb | mobilise/mobilize [its/their/his/her] supporters/followers/allies/partners against _
113 | verb | mobilise/mobilize [international/regional/global/world/public] opposition against/to _
113 | verb | line up [international/regional] support/allies/opposition against _
113 | verb | build/forge/form [a] [broad/united/international/regional] coalition/alliance/front against _

# 114 Complain officially
114 | verb | raise/register/file/make/issue/deliver [a] formal/official/diplomatic/strong/strongly-worded protest with/to _
114 | verb | submit/hand/deliver [a] [formal/diplomatic/official] protest note/letter to _
114 | verb | hand [a] [formal/diplomatic/official] protest note to _

# 115 Bring lawsuit against
115 | verb | haul/drag _ before
115 | verb | haul/drag/bring _ before [a/the] court/courts/tribunal/ICJ/WTO/judge/judges
115 | verb | take _ to [the] World Trade Organization/Organisation
115 | verb | take _ to [the] ICJ/WTO/tribunal/arbitration
115 | verb | go to court against _
115 | verb | bring/file/lodge/launch [a] legal case/complaint/challenge/action against _

# 116 Find guilty or liable
116 | verb | hand down/deliver/return [a] guilty verdict/verdicts against/on _
116 | verb | uphold [the] prison/jail/death sentence/sentences of/on/against _
116 | verb | find _ in breach of
116 | verb | find _ in violation of

# 120 Reject, not specified below
120 | verb | knock back _ offer/offers/proposal/proposals/request/requests/bid/bids/plan/plans
120 | verb | sweep aside _ objections/concerns/criticism/demands/calls/proposal/proposals/warnings/protests
120 | verb | ignore _ demands/demand/calls/call/appeals/appeal/pleas/plea/request/requests/warnings/warning/ultimatum
120 | verb | turn [its/their/his/her] back on _ proposal/proposals/offer/offers/plan/request/demands/overtures/initiative
120 | verb | slap down _ proposal/proposals/idea/plan/request/offer/suggestion/suggestions

# 121 Reject material cooperation
121 | verb | reject/rebuff/spurn/dismiss _ offer/offers of help/assistance
121 | verb | turn down _ offer/offers of help/assistance
121 | verb | turn away help/assistance from _
121 | verb | reject/rebuff/spurn _ offer/offers of support
121 | verb | reject/rebuff/spurn/dismiss _ extradition request/requests
121 | verb | turn down _ extradition request/requests
121 | verb | reject/rebuff/spurn/dismiss _ request/requests/demand/demands to extradite/deport
121 | verb | turn down _ request/requests/demand/demands to extradite/deport

# 1211 Reject economic cooperation
1211 | verb | cancel/scrap/shelve/abandon/terminate/freeze/axe [a/an/the] [joint] oil/gas/power/mining/pipeline/railway/rail/port/investment/infrastructure/trade/energy/hydropower/nuclear/construction deal/contract with _
1211 | verb | cancel/scrap/shelve/abandon/terminate/freeze/axe [a/an/the] [joint] oil/gas/power/mining/pipeline/railway/rail/port/investment/infrastructure/trade/energy/hydropower/nuclear/construction project/venture with _
1211 | verb | withdraw from [a/an/the] economic/trade/investment/energy/gas/oil agreement/deal/pact/accord with _
1211 | verb | scrap/cancel/terminate/abandon/suspend/quit [a/an/the] economic/trade/investment cooperation agreement/pact/accord with _
1211 | verb | cancel/scrap/shelve/abandon/terminate/freeze/axe [a/the] power/gas/oil plant/supply/station contract/deal with _
1211 | verb | back out of [a/an/the] investment/trade/oil/gas/energy/mining/infrastructure deal/agreement/contract/project with _
1211 | verb | pull [the] plug on [a/the] hydropower/investment/trade/oil/gas/energy/mining/infrastructure/railway/port/pipeline deal/project/contract with _
1211 | verb | refuse/decline to sign [a/the] [free] trade/investment/economic agreement/deal/pact/accord with _
1211 | verb | reject/rebuff/spurn/dismiss _ offer/offers/bid/bids/proposal to build/finance/fund/invest
1211 | verb | turn down _ offer/offers/bid/bids/proposal to build/finance/fund/invest
1211 | verb | say no to _ offer/offers/bid/bids/proposal to build/finance/fund/invest

# 1212 Reject military cooperation
1212 | verb | scrap/cancel/terminate/abandon/quit/axe [a/the] defence/defense/security/military pact/agreement/deal/treaty with _
1212 | verb | withdraw from [a/the] defence/defense/security/military pact/agreement/deal/treaty with _
1212 | verb | pull out of [a/the] defence/defense/security/military pact/agreement/deal/treaty with _
1212 | verb | suspend [a/the] military/defence/defense/security cooperation agreement/pact with _
1212 | verb | cancel/scrap/reject/axe [a/an/the] arms/weapons/helicopter/jet/fighter/submarine/tank/drone/missile deal/contract/order with/from _
1212 | verb | cancel/scrap [a/an/the] order for @weapons from _
1212 | verb | reject/rebuff/spurn _ offer/offers of military assistance/aid/support/help/training
1212 | verb | turn down _ offer/offers of military assistance/aid/support/help/training
1212 | verb | reject/rebuff/spurn _ offer/offers to train/arm/equip/sell
1212 | verb | turn down _ offer/offers to train/arm/equip/sell
1212 | verb | deny _ permission to fly/overfly/land/dock/refuel
1212 | verb | deny/reject/rebuff/spurn _ request/requests for basing/overflight/landing rights

# 122 Reject request for material aid, not specified below
122 | verb | reject/rebuff/spurn/dismiss/deny/ignore _ request/requests/appeal/appeals/plea/pleas/call/calls for aid/assistance/help
122 | verb | turn down _ request/requests/appeal/appeals/plea/pleas/call/calls for aid/assistance/help
122 | verb | say no to _ request/requests/appeal/appeals/plea/pleas/call/calls for aid/assistance/help
122 | verb | brush aside/off _ request/requests/appeal/appeals/plea/pleas/call/calls for aid/assistance/help

# 1221 Reject request for economic aid
1221 | verb | reject/rebuff/spurn/dismiss/deny/ignore _ request/requests/appeal/appeals/plea/pleas/call/calls for [a] loan/loans/bailout/grant/grants/credit/funding/funds
1221 | verb | turn down _ request/requests/appeal/appeals/plea/pleas/call/calls for [a] loan/loans/bailout/grant/grants/credit/funding/funds
1221 | verb | reject/rebuff/spurn/dismiss/deny/ignore _ request/requests/appeal/appeals/plea/pleas/call/calls for economic/financial/development/budget/budgetary aid/assistance/support/help
1221 | verb | turn down _ request/requests/appeal/appeals/plea/pleas/call/calls for economic/financial/development/budget/budgetary aid/assistance/support/help
1221 | verb | reject/rebuff/spurn/dismiss/deny/ignore _ request/requests/appeal/appeals/plea/pleas/call/calls for debt relief/forgiveness/restructuring/write-off/rescheduling
1221 | verb | turn down _ request/requests/appeal/appeals/plea/pleas/call/calls for debt relief/forgiveness/restructuring/write-off/rescheduling
1221 | verb | reject/rebuff/spurn/dismiss/deny/ignore _ request/requests/appeal/appeals/plea/pleas/call/calls for [a/an] rescue/aid/financing/bailout/stimulus package
1221 | verb | turn down _ request/requests/appeal/appeals/plea/pleas/call/calls for [a/an] rescue/aid/financing/bailout/stimulus package
1221 | verb | reject/rebuff/spurn/dismiss/deny/ignore _ request/requests/appeal/appeals/plea/pleas/call/calls for [a] currency swap
1221 | verb | turn down _ request/requests/appeal/appeals/plea/pleas/call/calls for [a] currency swap
1221 | verb | reject/rebuff/spurn/dismiss/deny/ignore _ request/requests/appeal/appeals/plea/pleas/call/calls for [a] credit line
1221 | verb | reject/rebuff/spurn/dismiss/deny/ignore _ request/requests/appeal/appeals/plea/pleas/call/calls for emergency funding/loans/financing/credit
1221 | verb | turn down _ request/requests/appeal/appeals/plea/pleas/call/calls for emergency funding/loans/financing/credit
1221 | verb | reject/rebuff/spurn/dismiss/deny _ request/requests/appeal/appeals/plea/pleas to reschedule/restructure/forgive/write
1221 | verb | turn down _ request/requests/appeal/appeals/plea/pleas to reschedule/restructure/forgive/write

# 1222 Reject request for military aid
1222 | verb | reject/rebuff/spurn/dismiss/deny/ignore _ request/requests/appeal/appeals/plea/pleas/call/calls for @weapons
1222 | verb | turn down _ request/requests/appeal/appeals/plea/pleas/call/calls for @weapons
1222 | verb | say no to _ request/requests/appeal/appeals/plea/pleas/call/calls for @weapons
1222 | verb | reject/rebuff/spurn/dismiss/deny/ignore _ request/requests/appeal/appeals/plea/pleas/call/calls for military aid/assistance/help/equipment/hardware/supplies
1222 | verb | turn down _ request/requests/appeal/appeals/plea/pleas/call/calls for military aid/assistance/help/equipment/hardware/supplies
1222 | verb | reject/rebuff/spurn/dismiss/deny _ request/requests/appeal/appeals/plea/pleas/call/calls for [more/long-range] weapons/arms/missiles/ammunition/drones/tanks/warplanes/jets
1222 | verb | turn down _ request/requests/appeal/appeals/plea/pleas to buy/purchase @weapons
1222 | verb | reject/rebuff/spurn/dismiss/deny _ request/requests/appeal/appeals/plea/pleas to buy/purchase @weapons

# 1223 Reject request for humanitarian aid
1223 | verb | reject/rebuff/spurn/dismiss/deny/ignore _ request/requests/appeal/appeals/plea/pleas/call/calls for @humanitarian_aid
1223 | verb | turn down _ request/requests/appeal/appeals/plea/pleas/call/calls for @humanitarian_aid
1223 | verb | reject/rebuff/spurn/dismiss/deny/ignore _ request/requests/appeal/appeals/plea/pleas/call/calls for humanitarian/emergency/earthquake/flood/disaster help/relief/aid/assistance
1223 | verb | turn down _ request/requests/appeal/appeals/plea/pleas/call/calls for humanitarian/emergency/earthquake/flood/disaster help/relief/aid/assistance
1223 | verb | reject/rebuff/spurn/dismiss/deny _ request/requests/appeal/appeals/plea/pleas/call/calls for help in sheltering/housing/feeding

# 1224 Reject request for military protection or peacekeeping
1224 | verb | reject/rebuff/spurn/dismiss/deny/ignore _ request/requests/appeal/appeals/plea/pleas/call/calls for [more] troops/peacekeepers/soldiers/protection/escorts/reinforcements
1224 | verb | turn down _ request/requests/appeal/appeals/plea/pleas/call/calls for [more] troops/peacekeepers/soldiers/protection/escorts/reinforcements
1224 | verb | reject/rebuff/spurn/dismiss/deny/ignore _ request/requests/appeal/appeals/plea/pleas/call/calls for [a/an] [international/multinational/regional/foreign] peacekeeping/stabilisation/stabilization/security/protection/intervention force/mission/troops
1224 | verb | turn down _ request/requests/appeal/appeals/plea/pleas/call/calls for [a/an] [international/multinational/regional/foreign] peacekeeping/stabilisation/stabilization/security/protection/intervention force/mission/troops
1224 | verb | reject/rebuff/spurn/dismiss/deny/ignore _ request/requests/appeal/appeals/plea/pleas/call/calls for [a] no-fly zone
1224 | verb | reject/rebuff/spurn/dismiss/deny/ignore _ request/requests/appeal/appeals/plea/pleas/call/calls for military/armed/naval/international protection/escorts/escort
1224 | verb | reject/rebuff/spurn/dismiss/deny/ignore _ request/requests/appeal/appeals/plea/pleas/call/calls for security guarantees/guarantee/assurances
1224 | verb | turn down _ request/requests/appeal/appeals/plea/pleas/call/calls for [a] no-fly zone
1224 | verb | turn down _ request/requests/appeal/appeals/plea/pleas/call/calls for military/armed/naval/international protection/escorts/escort
1224 | verb | turn down _ request/requests/appeal/appeals/plea/pleas/call/calls for security guarantees/guarantee/assurances
1224 | verb | reject/rebuff/spurn/dismiss/deny/ignore _ request/requests/appeal/appeals/plea/pleas/call/calls for [an] international/multinational/foreign force/forces
1224 | verb | turn down _ request/requests/appeal/appeals/plea/pleas/call/calls for [an] international/multinational/foreign force/forces
1224 | verb | reject/rebuff/spurn/dismiss/deny/ignore _ request/requests/appeal/appeals/plea/pleas/call/calls to send/deploy/dispatch troops/soldiers/peacekeepers/forces
1224 | verb | turn down _ request/requests/appeal/appeals/plea/pleas/call/calls to send/deploy/dispatch troops/soldiers/peacekeepers/forces
1224 | verb | turn down [a/the] request/plea/appeal/call from/by _ to send/deploy/dispatch [more] troops/soldiers/peacekeepers/forces
1224 | verb | reject/rebuff/spurn [a/the] request/plea/appeal/call from/by _ to send/deploy/dispatch [more] troops/soldiers/peacekeepers/forces

# 123 Reject request or demand for political reform
123 | verb | reject/rebuff/spurn/dismiss/ignore _ demands/demand/calls/call for [sweeping/political/democratic/constitutional] reform/reforms/change/democratisation/democratization
123 | verb | turn down _ demands/demand/calls/call for [sweeping/political/democratic/constitutional] reform/reforms/change/democratisation/democratization
123 | verb | brush aside/off _ demands/demand/calls/call for [sweeping/political/democratic/constitutional] reform/reforms/change/democratisation/democratization
123 | verb | shrug off _ demands/demand/calls/call for [sweeping/political/democratic/constitutional] reform/reforms/change/democratisation/democratization

# 1231 Reject request for change in leadership
1231 | verb | reject/rebuff/spurn/dismiss/ignore _ demands/demand/calls/call for him/her to resign/quit/go/leave/step/stand
1231 | verb | brush aside/off _ demands/demand/calls/call for him/her to resign/quit/go/leave/step/stand
1231 | verb | shrug off _ demands/demand/calls/call for him/her to resign/quit/go/leave/step/stand
1231 | verb | reject/rebuff/spurn/dismiss/ignore _ demands/demand/calls/call that he/she hand/give/cede/relinquish [over/up] power
1231 | verb | ignore _ demands/demand/calls/call for his/her resignation/removal/ouster/departure
1231 | verb | reject/rebuff/spurn/dismiss/ignore _ demands/demand/calls/call for his/her government/cabinet to resign/quit/go/step/stand
1231 | verb | brush aside/off _ demands/demand/calls/call for his/her government/cabinet to resign/quit/go/step/stand
1231 | verb | ignore _ demands/demand/calls/call that he/she resign/quit/go
1231 | verb | ignore _ demands/demand/calls/call that he/she step/stand down

# 1232 Reject request for policy change
1232 | verb | reject/rebuff/spurn/dismiss/ignore _ demands/demand/calls/call to change/reverse/scrap/repeal/withdraw/abandon/drop/halt/cancel/rethink/rescind/overturn/revoke/shelve/suspend [its/the/this] policy/policies/decision/law/laws/bill/plan/project/ban/tariffs/reform/reforms/course
1232 | verb | turn down _ demands/demand/calls/call to change/reverse/scrap/repeal/withdraw/abandon/drop/halt/cancel/rethink/rescind/overturn/revoke/shelve/suspend [its/the/this] policy/policies/decision/law/laws/bill/plan/project/ban/tariffs/reform/reforms/course
1232 | verb | brush aside/off _ demands/demand/calls/call to change/reverse/scrap/repeal/withdraw/abandon/drop/halt/cancel/rethink/rescind/overturn/revoke/shelve/suspend [its/the/this] policy/policies/decision/law/laws/bill/plan/project/ban/tariffs/reform/reforms/course
1232 | verb | shrug off _ demands/demand/calls/call to change/reverse/scrap/repeal/withdraw/abandon/drop/halt/cancel/rethink/rescind/overturn/revoke/shelve/suspend [its/the/this] policy/policies/decision/law/laws/bill/plan/project/ban/tariffs/reform/reforms/course
1232 | verb | reject/rebuff/spurn/dismiss/ignore _ demands/demand/calls/call for [a] policy change/shift/U-turn/rethink
1232 | verb | reject/rebuff/spurn/dismiss/ignore _ demands/demand/calls/call for [a] change of policy/course/direction

# 1233 Reject request for rights
1233 | verb | reject/rebuff/spurn/dismiss/ignore _ demands/demand/calls/call for [greater/more/full/basic] freedom/freedoms/rights/liberties
1233 | verb | reject/rebuff/spurn/dismiss/ignore _ demands/demand/calls/call for press/religious/media/academic/political freedom/freedoms
1233 | verb | reject/rebuff/spurn/dismiss/ignore _ demands/demand/calls/call for minority/civil/human/women's/voting/land/language rights/liberties
1233 | verb | brush aside/off _ demands/demand/calls/call for minority/civil/human/women's/voting/land/language rights/liberties
1233 | verb | brush aside/off _ demands/demand/calls/call for [greater/more/full/basic] freedom/freedoms/rights/liberties
1233 | verb | reject/rebuff/spurn/dismiss/ignore _ demands/demand/calls/call to respect/protect/guarantee/restore [human/civil/minority/basic] rights/freedoms/liberties
1233 | verb | turn down _ demands/demand/calls/call to respect/protect/guarantee/restore/allow [human/civil/minority/basic] rights/freedoms/liberties/freedom
1233 | verb | reject/rebuff/spurn/dismiss/ignore _ demands/demand/calls/call to allow/grant freedom/freedoms/rights/voting

# 1234 Reject request for change in institutions, regime
1234 | verb | reject/rebuff/spurn/dismiss/ignore _ demands/demand/calls/call for [free/early/fresh/democratic/multiparty/multi-party/snap/direct] elections
1234 | verb | turn down _ demands/demand/calls/call for [free/early/fresh/democratic/multiparty/multi-party/snap/direct] elections
1234 | verb | brush aside/off _ demands/demand/calls/call for [free/early/fresh/democratic/multiparty/multi-party/snap/direct] elections
1234 | verb | reject/rebuff/spurn/dismiss/ignore _ demands/demand/calls/call for [a] [federal/transitional/interim/power-sharing/unity/caretaker] constitution/system/government/charter
1234 | verb | reject/rebuff/spurn/dismiss/ignore _ demands/demand/calls/call for [a] transition/return to democracy/democratic/civilian
1234 | verb | reject/rebuff/spurn/dismiss/ignore _ demands/demand/calls/call for regime change
1234 | verb | reject/rebuff/spurn/dismiss/ignore _ demands/demand/calls/call for [greater/more/full/regional] autonomy/self-rule/independence/secession/federalism/self-determination
1234 | verb | reject/rebuff/spurn/dismiss/ignore _ demands/demand/calls/call for [a] constitutional/independence referendum/convention/assembly
1234 | verb | reject/rebuff/spurn/dismiss/ignore _ demands/demand/calls/call to restore democracy/democratic/civilian/constitutional

1234 | verb | reject/rebuff/spurn/dismiss/ignore [the] calls/demands/appeals by/from _ for [a] return to democracy
1234 | verb | brush aside/off [the] calls/demands/appeals by/from _ for [a] return to democracy

# 124 Refuse to yield
124 | verb | defy [international/mounting/growing/strong] pressure from _

# 1241 Refuse to ease administrative sanctions
1241 | verb | reject/rebuff/spurn/dismiss/ignore _ demands/demand/calls/call/request/requests/appeal/appeals to lift/ease/end/relax [the] [travel/entry/visa] ban/curfew/lockdown/quarantine/restrictions/curbs/rules
1241 | verb | turn down _ demands/demand/calls/call/request/requests/appeal/appeals to lift/ease/end/relax [the] [travel/entry/visa] ban/curfew/lockdown/quarantine/restrictions/curbs/rules
1241 | verb | reject/rebuff/spurn/dismiss/ignore _ demands/demand/calls/call/request/requests/appeal/appeals to lift/end [the] state of emergency
1241 | verb | reject/rebuff/spurn/dismiss/ignore _ demands/demand/calls/call/request/requests/appeal/appeals to reopen [the] border/borders/crossing/crossings

# 1242 Refuse to ease popular dissent
1242 | verb | reject/rebuff/spurn/dismiss/ignore/defy _ demands/demand/calls/call/appeal/appeals/order/orders to end/suspend/stop/halt/abandon/call [off] [their/the/its] strike/strikes/protest/protests/sit-in/blockade/blockades/roadblocks/occupation/demonstration/demonstrations/walkout/boycott
1242 | verb | reject/rebuff/spurn/dismiss/ignore/defy _ demands/demand/calls/call/appeal/appeals/order/orders to lift/clear/dismantle [their/the/its] roadblocks/barricades/camp/camps/encampment
1242 | verb | reject/rebuff/spurn/dismiss/ignore/defy _ demands/demand/calls/call/appeal/appeals/order/orders to clear/leave/vacate [the] streets/street/square/squares/roads
1242 | verb | refuse to leave/vacate/clear [the] square/streets/street/roads/camp/encampment
1242 | verb | refuse to return to work/classes/class/school/lectures
1242 | verb | refuse to end/lift [their] occupation/sit-in/blockade/boycott/walkout

# 1243 Refuse to release persons or property
1243 | verb | reject/rebuff/spurn/dismiss/ignore _ demands/demand/calls/call/request/requests/appeal/appeals/plea/pleas to release/free
1243 | verb | turn down _ demands/demand/calls/call/request/requests/appeal/appeals/plea/pleas to release/free
1243 | verb | refuse to hand/give back [the] seized/detained/captured ship/ships/vessel/vessels/tanker/tankers/aircraft/plane/boats
1243 | verb | refuse to give/hand back [the] artefacts/artifacts/antiquities/treasures/remains/bodies
1243 | verb | refuse to return [the] seized/detained/captured ship/ships/vessel/vessels/tanker/tankers/aircraft/plane/boats/artefacts/artifacts/antiquities/treasures

# 1244 Refuse to ease economic sanctions, boycott, or embargo
1244 | verb | reject/rebuff/spurn/dismiss/ignore _ demands/demand/calls/call/request/requests/appeal/appeals to lift/ease/end/relax [the] sanctions/embargo/blockade/boycott/siege
1244 | verb | turn down _ demands/demand/calls/call/request/requests/appeal/appeals to lift/ease/end/relax [the] sanctions/embargo/blockade/boycott
1244 | verb | refuse to lift/end/ease [the] trade/import/export/oil/arms ban/bans/embargo on _
1244 | verb | reject/rebuff/spurn/dismiss/ignore _ request/requests/demand/demands/call/calls for sanctions relief
1244 | verb | turn down _ request/requests/demand/demands/call/calls for sanctions relief

1244 | verb | decline/refuse to lift/ease/end [the] arms/oil/trade embargo/sanctions on/against _

# 1245 Refuse to allow international involvement (non mediation)
1245 | verb | reject [an/the] international/outside/foreign/UN inquiry/investigation/probe/inquiries/investigations
1245 | verb | reject/rebuff/spurn/dismiss/ignore _ demands/demand/calls/call/request/requests/proposal for [an] international/UN/outside inquiry/investigation/probe
1245 | verb | reject outside/foreign/international interference/involvement/intervention
1245 | verb | deny entry to [a/the] fact-finding/UN/international/investigation mission/team/teams/inspectors/investigators/monitors/observers
1245 | verb | refuse entry to [a/the] fact-finding/UN/international/investigation mission/team/teams

# 1246 Refuse to de-escalate military engagement
1246 | verb | reject/rebuff/spurn/dismiss/ignore _ demands/demand/calls/call to withdraw/pull/remove [back/out] [its/their] troops/forces/soldiers/warships/tanks
1246 | verb | turn down _ demands/demand/calls/call to withdraw/pull/remove [back/out] [its/their] troops/forces/soldiers/warships/tanks

# 125 Reject proposal to meet, discuss, or negotiate
125 | verb | reject/rebuff/spurn/dismiss/ignore _ offer/offers/call/calls/proposal/proposals/invitation/invitations of/for dialogue/talks/negotiations/discussions
125 | verb | turn down _ offer/offers/call/calls/proposal/proposals/invitation/invitations of/for dialogue/talks/negotiations/discussions
125 | verb | reject/rebuff/spurn/dismiss/ignore _ offer/offers/proposal/proposals/invitation/invitations/request/requests to meet/talk/negotiate
125 | verb | turn down _ offer/offers/proposal/proposals/invitation/invitations/request/requests to meet/talk/negotiate

# 126 Reject mediation
126 | verb | reject/rebuff/spurn/dismiss/ignore _ offer/offers/proposal to arbitrate/facilitate/broker/mediate
126 | verb | turn down _ offer/offers/proposal to arbitrate/facilitate/broker/mediate
126 | verb | reject/rebuff/spurn/dismiss/ignore _ offer/offers of good offices
126 | verb | turn down _ offer/offers of good offices
126 | verb | reject/rebuff/spurn/dismiss/ignore _ offer/offers to host [peace] talks/negotiations

# 127 Reject plan, agreement to settle dispute
127 | verb | reject/rebuff/spurn/dismiss/ignore _ peace proposal/proposals/offer/offers/initiative/overture/overtures/plan/formula/blueprint/framework
127 | verb | turn down _ peace proposal/proposals/offer/offers/initiative/overture/overtures/plan/formula/blueprint/framework
127 | verb | reject/rebuff/spurn/dismiss/ignore _ compromise proposal/proposals/offer/plan/formula
127 | verb | turn down _ compromise proposal/proposals/offer/plan/formula
127 | verb | reject/rebuff/spurn/dismiss _ roadmap/road-map/blueprint for peace
127 | verb | reject/rebuff/spurn/dismiss/turn _ proposal/proposals/plan/plans to end/settle/resolve [the] conflict/war/fighting/dispute/crisis
127 | verb | refuse/decline to sign/ratify [the] peace/border/ceasefire/truce deal/agreement/accord/treaty

# 128 Defy norms, law
128 | verb | break/breach [the] ban/bans on
128 | verb | refuse to comply with [the] _ ruling/rulings/verdict/judgment/judgement/order/orders/resolution/resolutions
