# Verb and event-noun patterns for CAMEO roots 01-10, seventh round: NOMINALISATIONS AND SUPPORT-VERB
# CONSTRUCTIONS. The action sits in a noun: support verb + noun ("made an appeal to", "issued a call for",
# "gave assurances to", "launched a probe into", "struck a deal with"), or a noun phrase with a possessor or
# a `by` agent ("Japan's pledge of aid to", "the lifting of the curfew by"). They come from the misses of
# eval/probes/probe7-nominal-01-10.jsonl and eval/probes/probe7-sweep-nominal-01-10.jsonl; those files are
# their regression test. Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# ---- 02x appeals written as a support verb + appeal noun, the addressee between the noun and the content:
# "made an appeal to India for help", "issued a plea to Washington for an end to the sanctions"
023 | verb | make/issue/launch/lodge/send/renew/repeat/reiterate/direct [a/an] [urgent/renewed/formal/desperate/emotional/impassioned] appeal/call/plea/request to/with _ for help/aid/assistance/support
023 | noun | appeal/plea/request to/with _ for help/aid/assistance/support
0231 | verb | make/issue/launch/lodge/send/renew/repeat/reiterate/direct [a/an] [urgent/renewed/formal/desperate/emotional/impassioned] appeal/call/plea/request to/with _ for economic/financial/development/budget aid/assistance/support
0231 | verb | make/issue/launch/lodge/send/renew/repeat/reiterate/direct [a/an] [urgent/renewed/formal/desperate/emotional/impassioned] appeal/call/plea/request to/with _ for [a] loan/loans/grant/grants/bailout/funding/funds/credit
0231 | verb | make/issue/launch/lodge/send/renew/repeat/reiterate/direct [a/an] [urgent/renewed/formal/desperate/emotional/impassioned] appeal/call/plea/request to/with _ for [a] rescue/aid/financing package
0231 | noun | appeal/plea/request to/with _ for economic/financial/development/budget aid/assistance/support
0231 | noun | appeal/plea/request to/with _ for [a] loan/loans/grant/grants/bailout/funding/funds/credit
0231 | verb | make/issue/launch/lodge/send/renew/repeat/reiterate/direct [a/an] [urgent/renewed/formal/desperate/emotional/impassioned] appeal/call/plea/request to/with _ for financial/economic help
0232 | verb | make/issue/launch/lodge/send/renew/repeat/reiterate/direct [a/an] [urgent/renewed/formal/desperate/emotional/impassioned] appeal/call/plea/request to/with _ for military help/aid/assistance/support/equipment
0232 | noun | appeal/plea/request to/with _ for military help/aid/assistance/support/equipment
0232 | verb | make/issue/launch/lodge/send/renew/repeat/reiterate/direct [a/an] [urgent/renewed/formal/desperate/emotional/impassioned] appeal/call/plea/request to/with _ for arms/weapons/ammunition/@weapons
0232 | noun | appeal/plea/request to/with _ for arms/weapons/ammunition/@weapons
0233 | verb | make/issue/launch/lodge/send/renew/repeat/reiterate/direct [a/an] [urgent/renewed/formal/desperate/emotional/impassioned] appeal/call/plea/request to/with _ for @humanitarian_aid
0233 | noun | appeal/plea/request to/with _ for @humanitarian_aid
0233 | verb | make/issue/launch/renew/repeat [a/an] [urgent/renewed/formal/desperate/emotional/impassioned] appeal/call/plea to donors/donor for @humanitarian_aid
0234 | verb | make/issue/launch/lodge/send/renew/repeat/reiterate/direct [a/an] [urgent/renewed/formal/desperate/emotional/impassioned] appeal/call/plea/request to/with _ for peacekeepers/peacekeeping/protection
0234 | verb | make/issue/launch/lodge/send/renew/repeat/reiterate/direct [a/an] [urgent/renewed/formal/desperate/emotional/impassioned] appeal/call/plea/request to/with _ for [a] peacekeeping force/mission/troops
0234 | noun | appeal/plea/request to/with _ for peacekeepers/protection
0234 | verb | make/issue/launch/lodge/send/renew/repeat/reiterate/direct [a/an] [urgent/renewed/formal/desperate/emotional/impassioned] appeal/call/plea/request to/with _ for troops/soldiers to protect/guard/secure
0234 | noun | appeal/plea/request to/with _ for troops/soldiers to protect/guard/secure
0213 | verb | make/issue/lodge/send/renew/repeat/reiterate/submit [a/an] [formal/renewed/urgent] appeal/call/plea/request to/with _ for help/assistance in tracking/hunting down
0213 | verb | make/issue/lodge/send/renew/repeat/reiterate/submit [a/an] [formal/renewed/urgent] appeal/call/plea/request to/with _ for help/assistance in finding/arresting/catching
0211 | verb | make/issue/launch/lodge/send/renew/repeat/reiterate/direct [a/an] [urgent/renewed/formal] appeal/call/plea/request to/with _ for investment/investments/investors
0211 | noun | appeal/plea/request to/with _ for investment/investments
0211 | verb | issue/make/launch/renew/repeat [a/an] [urgent/renewed] call/appeal/plea for investment/investments/investors from _
0213 | verb | make/issue/lodge/send/renew/repeat/reiterate/submit/file [a/an] [formal/renewed/fresh] appeal/call/plea/request to/with _ for [the] extradition/handover/repatriation/deportation of
0213 | noun | appeal/plea/request to/with _ for [the] extradition/handover/repatriation/deportation of
0214 | verb | make/issue/lodge/send/renew/repeat/reiterate/submit/direct [a/an] [formal/renewed/urgent] appeal/call/plea/request to/with _ for intelligence/information
0214 | noun | appeal/plea/request to/with _ for intelligence
0214 | verb | make/issue/lodge/send/renew/repeat/reiterate/submit [a/an] [formal/renewed/urgent] request for intelligence assistance/help/support/sharing from _
0214 | noun | request for intelligence assistance/help/support/sharing from _
0241 | verb | make/issue/launch/renew/repeat/reiterate/direct [a/an] [urgent/renewed] appeal/call/plea to _ for [the] resignation of
0243 | verb | make/issue/launch/renew/repeat/reiterate/direct [a/an] [urgent/renewed] appeal/call/plea to _ for respect of/for [human] rights
0243 | verb | make/issue/launch/renew/repeat/reiterate/direct [a/an] [urgent/renewed] appeal/call/plea to _ to respect [the] [human] rights
0252 | verb | make/issue/launch/renew/repeat/reiterate/direct [a/an] [urgent/renewed] appeal/call/plea to _ for calm
0252 | noun | appeal/plea to _ for calm
0253 | verb | make/issue/launch/lodge/renew/repeat/reiterate/direct [a/an] [urgent/renewed/formal] appeal/call/plea/request to/with _ for [the] release/freedom/return of
0253 | noun | appeal/plea/request to/with _ for [the] release/freedom of
0254 | verb | make/issue/launch/lodge/renew/repeat/reiterate/direct [a/an] [urgent/renewed/formal] appeal/call/plea/request to/with _ for [an] end to [the] sanctions/embargo/blockade/boycott
0254 | verb | make/issue/launch/lodge/renew/repeat/reiterate/direct [a/an] [urgent/renewed/formal] appeal/call/plea/request to/with _ for [an] end to [the] trade/economic/oil/arms embargo/blockade/sanctions
0254 | verb | make/issue/launch/lodge/renew/repeat/reiterate/direct [a/an] [urgent/renewed/formal] appeal/call/plea/request to/with _ for [the] lifting/easing/removal of [the] sanctions/embargo/blockade/boycott
0254 | noun | appeal/plea/request to/with _ for [an] end to [the] sanctions/embargo/blockade/boycott
0254 | noun | appeal/plea/request to/with _ for [the] lifting/easing/removal of [the] sanctions/embargo/blockade/boycott
0256 | verb | make/issue/launch/renew/repeat/reiterate/direct [a/an] [urgent/renewed] appeal/call/plea to _ for [an] [immediate] end/halt to [the] fighting/hostilities/violence/bombing/shelling/offensive
0256 | verb | make/issue/launch/renew/repeat/reiterate/direct [a/an] [urgent/renewed] appeal/call/plea to _ for [an] [immediate] ceasefire/truce/de-escalation/restraint
0256 | verb | make/issue/launch/renew/repeat/reiterate/direct [a/an] [urgent/renewed] appeal/call/plea to _ for [a] cessation of hostilities
0256 | noun | appeal/plea to _ for [an] [immediate] end/halt to [the] fighting/hostilities/violence
0256 | noun | appeal/plea to _ for [an] [immediate] ceasefire/truce/restraint
026 | verb | make/issue/launch/renew/repeat/reiterate/direct [a/an] [urgent/renewed] appeal/call/plea to _ for [a] return/resumption to/of [the] talks/negotiations/dialogue
026 | verb | make/issue/launch/renew/repeat/reiterate/direct [a/an] [urgent/renewed] appeal/call/plea to _ for talks/negotiations/dialogue
026 | noun | appeal/plea to _ for [a] return to [the] talks/negotiations/dialogue
026 | noun | appeal/plea to _ for [the] resumption of [the] talks/negotiations/dialogue
026 | noun | appeal/plea to _ for talks/negotiations/dialogue
027 | verb | make/issue/launch/renew/repeat/reiterate/direct [a/an] [urgent/renewed] appeal/call/plea to _ for [a] peaceful settlement/resolution/solution
028 | verb | make/issue/launch/renew/repeat/reiterate/direct [a/an] [urgent/renewed] appeal/call/plea/request to _ for mediation
# addressee named first, "both sides/parties" as the addressee
026 | verb | make/issue/launch/renew/repeat [a/an] appeal/call/plea to both sides/parties for [a] return to talks/negotiations
026 | verb | make/issue/launch/renew/repeat [a/an] appeal/call/plea to both sides/parties for [a] resumption of talks/negotiations

# ---- 03x intents in a noun: support verb + pledge/offer/promise/assurance (+ of ...) + to _
0331 | verb | announce/make/give/unveil/offer/extend [a] pledge/offer/promise of economic/financial/development/budget aid/assistance/support to/for _
0331 | verb | announce/make/give/unveil/offer/extend [a] pledge/offer/promise of [a] loan/loans/grant/grants/funding/funds/credit to/for _
0331 | noun | pledge/offer/promise of economic/financial/development/budget aid/assistance/support to/for _
0331 | noun | pledge/offer/promise of [a] loan/loans/grant/grants/funding/funds/credit to/for _
0331 | verb | announce/make/give/unveil/offer [a] pledge/offer/promise of [economic/financial] assistance/help/support to/for _
0331 | noun | pledge/offer/promise of economic/financial assistance/help/support to/for _
0332 | verb | announce/make/give/unveil/offer/extend [a] pledge/offer/promise of military aid/assistance/help/support/equipment to/for _
0332 | verb | announce/make/give/unveil/offer/extend [a] pledge/offer/promise of arms/weapons/@weapons to/for _
0332 | noun | pledge/offer/promise of arms/weapons/@weapons to/for _
0333 | verb | announce/make/give/unveil/offer/extend [a] pledge/offer/promise of @humanitarian_aid to/for _
0333 | verb | announce/make/give/unveil/offer/extend [a] pledge/offer/promise of emergency humanitarian/relief aid/assistance/supplies to/for _
0333 | noun | pledge/offer/promise of emergency humanitarian/relief aid/assistance/supplies to/for _
0334 | verb | announce/make/give/unveil/offer/extend [a] pledge/offer/promise of [peacekeeping] troops/peacekeepers/soldiers to/for _
0334 | noun | pledge/offer/promise of peacekeeping troops/peacekeepers to/for _
0311 | verb | announce/make/give/unveil/offer [a] pledge/offer/promise of investment/investments in _
0311 | noun | pledge/offer/promise of investment/investments in _
030 | verb | give/offer/provide/extend [an/a] assurance/assurances/pledge/promise of cooperation to _
030 | noun | assurance/assurances/pledge/promise of cooperation to _
032 | verb | give/offer/provide/extend [an] assurance/assurances of [its] [political/full] support/backing to/for _
032 | verb | give/offer/extend [a] pledge/promise of [its] [political/full] support/backing to/for _
032 | noun | assurance/assurances/pledge/promise of [its] [political/diplomatic/full] support/backing to/for _
0313 | verb | give/offer [an/a] assurance/assurances/undertaking to _ that it/they would/will extradite/deport
0313 | verb | give/offer [an/a] assurance/assurances/undertaking to _ that it/they would/will hand over
0313 | verb | give _ assurances/assurance that it/they would/will extradite/deport
0313 | verb | give _ assurances/assurance that it/they would/will hand over
0344 | verb | make/give/announce/offer [a] promise/pledge/commitment of [free/fair/fresh/early/democratic/multiparty/multi-party] elections
0344 | noun | promise/pledge of [free/fair/fresh/early/democratic/multiparty/multi-party] elections
0353 | verb | announce/make/give [a] promise/pledge/commitment/undertaking to release/free
0353 | noun | promise/pledge/commitment/undertaking to release/free
0356 | verb | give/offer/make [an/a] undertaking/assurance/assurances/pledge/commitment to withdraw [its/their] troops/forces/police
0356 | verb | give/offer/make [an/a] undertaking/assurance/assurances/pledge/commitment to pull [its/their] troops/forces/police back
0356 | verb | give _ assurances/assurance of [its/their] intention to withdraw/pull
0356 | noun | undertaking/assurance/assurances/pledge/commitment to withdraw [its/their] troops/forces
036 | verb | put forward/forth [a] proposal for talks/negotiations/dialogue with _
036 | verb | put forward/forth [a] proposal for [a] meeting/summit with _
0312 | verb | put forward/forth [a] proposal for joint military/naval/border patrols/exercises/drills with _
0311 | verb | put forward/forth [a] proposal for [a] free trade/free-trade agreement/deal/zone with _
036 | noun | proposal for talks/negotiations/dialogue with _
038 | verb | announce/express/voice/signal/state [its/his/her/their] readiness/willingness to accept mediation by/from _
038 | noun | readiness/willingness to accept mediation by/from _

# ---- 01x statements in a noun
016 | verb | issue/make [a] [flat/categorical/firm/strong/swift/strenuous] denial of [any] involvement/role/responsibility/part/complicity in
016 | verb | issue/make [a] [flat/categorical/firm/strong/swift/strenuous] denial of [any] involvement/role/responsibility/part/complicity
016 | verb | issue/make/put out [a] [flat/categorical/firm/strong/swift/strenuous] denial
014 | verb | weigh/consider/study/examine/explore [the] option/options/possibility of
014 | verb | give [serious] thought/consideration to
018 | verb | send/convey/express/offer/extend [a] [deep/deepest/heartfelt/sincere] message/messages of condolence/condolences/sympathy to _
018 | noun | message/messages of condolence/condolences/sympathy to _
019 | verb | voice/express/signal [their/its] [broad/full/complete] agreement/accord on

# ---- 05x in a noun
057 | verb | reach/strike/clinch/seal [an/a] understanding/accord/agreement/deal on [the] exchange/swap of prisoners/detainees/captives
057 | verb | reach/strike [an/a] understanding with _
057 | verb | reach/strike [an/a] understanding on/over
057 | verb | put [their/its] signature/signatures to [a/an] agreement/accord/treaty/deal/pact
052 | verb | come to [the] defence/defense of _
051 | verb | shower/heap/lavish praise on _
051 | verb | express/voice/offer [its/his/her/their] [warm/high/strong] praise for _

# ---- 06x / 07x material cooperation and aid in a noun
063 | verb | carry out [the] extradition/handover/deportation of _ to
063 | verb | complete [the] extradition/handover/deportation of _ to
071 | verb | announce/approve/extend/give/award/provide [a] grant/grants of
071 | verb | announce/approve/extend/give/award/provide [a] grant/grants to _
071 | verb | announce/approve/extend/give/award/provide [a] loan/loans of
072 | verb | complete/begin/announce/confirm [the] delivery/deliveries/transfer/shipment of @weapons to _
073 | verb | send/dispatch/airlift/fly [planeloads/shiploads/shipments/consignments/tonnes/tons] of @humanitarian_aid to _
073 | verb | send/dispatch/airlift/fly planeloads/shiploads/shipments/consignments/tonnes/tons of food and medicine to _
073 | verb | send/dispatch/airlift/fly planeloads/shiploads/shipments/consignments/tonnes/tons of food/medicine/tents/blankets to _
074 | verb | announce/approve/order/complete/extend [the] deployment of [its] [peacekeeping] troops/peacekeepers/soldiers to _

# ---- 08x yielding announced or carried out as a noun: "announced the lifting of the curfew"
0811 | verb | announce/order/approve/decree [an/the] easing/relaxation/lifting of [the] restrictions on
0811 | verb | announce/order/approve/decree [an/the] easing/relaxation/lifting of [the] press/media/internet/travel restrictions
0812 | verb | announce/order/approve/decree [the] lifting/removal of [the] ban on [the] opposition/political
0812 | verb | announce/order/approve/decree [the] legalisation/legalization/unbanning of [the] opposition
0813 | verb | announce/order/approve/decree [the] lifting/easing/relaxation/end of [the] curfew
0814 | verb | announce/order/approve/decree [the] lifting/end of [the] state of emergency
0814 | verb | vote for/to [the] lifting/end of [the] state of emergency
0814 | verb | announce/order/approve/decree [the] lifting/end of [the] emergency rule/law
0814 | verb | announce/order/approve/decree [the] lifting/end of [the] martial law
0832 | verb | vote for/to [the] repeal/scrapping/withdrawal of [the] law/laws/bill/decree
0832 | verb | vote for/to [the] repeal/scrapping/withdrawal of [the] anti-protest/controversial law/laws
0841 | verb | announce/order/confirm/approve/secure [the] release/freeing of [the] [jailed/detained] prisoners/detainees/activists/hostages/captives/sailors/journalists/dissidents
0841 | verb | announce/order/confirm/approve/secure [the] release/freeing of [the] political prisoners/detainees
0841 | verb | announce/order/confirm/approve [the] release/freeing of _
0842 | verb | announce/order/confirm/complete [the] return/handover of [the] seized/captured/confiscated
085 | verb | announce/order/approve [the] lifting/easing/removal of [the] sanctions/embargo on/against _
0861 | verb | give/announce/signal [its] acceptance of/to [the] deployment of
0861 | verb | give/announce/signal [its] consent/approval/agreement to [the] deployment of
0861 | verb | give/announce/signal [its] acceptance of/to [a/the] peacekeeping force/mission
0862 | verb | give/grant/allow [the] inspectors access to
0862 | verb | give/grant/allow [chemical] weapons inspectors access to
0862 | verb | give/grant/allow access to [the] inspectors
0862 | verb | give/grant/allow access to [UN/international/chemical] weapons/nuclear inspectors
0863 | verb | give/grant permission for aid/relief/humanitarian convoys/trucks/deliveries/shipments
0863 | verb | give/grant access to aid/relief/humanitarian agencies/workers/groups/convoys
0863 | verb | allow [the] delivery/deliveries of humanitarian/relief aid/supplies/assistance
086 | verb | give/grant permission for international/foreign/independent monitors/observers
0871 | verb | announce/declare [a] [unilateral] truce/ceasefire/cease-fire
0873 | verb | announce/begin/complete [the] demobilisation/demobilization/disarmament of
0812 | noun | lifting/removal of [the] ban on [the] _ party/parties/movement
0861 | verb | announce/give/signal [its] acceptance of [a] joint _ peacekeeping force/mission

# ---- 10x demands in a noun whose content a shorter pattern codes with the wrong sub-code
1042 | noun | demand for [the] withdrawal/repeal/scrapping/annulment of [the] constitutional amendment/amendments
1042 | noun | demand for [the] withdrawal/repeal/scrapping/annulment of [the] [controversial] law/laws/bill/decree/amendment/reform/policy
1051 | noun | demand for [the] lifting/easing/end of [the] emergency measures/rule/law/laws
1051 | noun | demand for [the] lifting/easing/end of [the] state of emergency
1051 | noun | demand for [the] lifting/easing/end of [the] curfew/martial law
1044 | noun | demand for [the] reform of [the] monarchy/constitution/judiciary/electoral system
1044 | noun | demand for [the] dissolution of [the] parliament/assembly/legislature
1044 | noun | demand for free/fresh/early/democratic elections
1042 | verb | make/issue/renew/repeat/reiterate/press/voice [a/its/their] demand for [the] withdrawal/repeal/scrapping/annulment of [the] constitutional amendment/amendments
1051 | verb | make/issue/renew/repeat/reiterate/press/voice [a/its/their] demand for [the] lifting/easing/end of [the] emergency measures/rule/law/laws
1051 | verb | make/issue/renew/repeat/reiterate/press/voice [a/its/their] demand for [the] lifting/easing/end of [the] state of emergency
1051 | verb | make/issue/renew/repeat/reiterate/press/voice [a/its/their] demand for [the] lifting/easing/end of [the] curfew/martial law
1044 | verb | make/issue/renew/repeat/reiterate/press/voice [a/its/their] demand for [the] reform of [the] monarchy/constitution/judiciary/electoral system
1044 | verb | make/issue/renew/repeat/reiterate/press/voice [a/its/their] demand for [the] dissolution of [the] parliament/assembly/legislature
1044 | verb | make/issue/renew/repeat/reiterate/press/voice [a/its/their] demand for free/fresh/early/democratic elections


# ---- nouns carried by a `by` agent: "the handover of the suspects by Colombia to the United States",
# "the declaration of a truce by the rebels", "the easing of the embargo on Cuba by Washington"
063 | noun | handover/extradition of [the] [drug/terror/terrorism/fraud/murder/graft/corruption] suspect/suspects/fugitive/fugitives
0871 | noun | declaration/announcement of [a/an] [unilateral/temporary/humanitarian/immediate] truce/ceasefire/cease-fire
085 | noun | easing/lifting/relaxation/removal of [the] [trade/economic/oil/arms] embargo on/against _
0334 | noun | offer of [peacekeeping] troops to [the] peacekeeping/UN mission/force in _
039 | noun | offer of mediation in [the] conflict/crisis/war/dispute in _
039 | verb | make/extend/renew [an] offer of mediation in [the] conflict/crisis/war/dispute in _
1044 | verb | make/issue/renew/repeat/reiterate/press/voice [a/its/their] demand for [the] reform/overhaul of _
1044 | noun | demand for [the] reform/overhaul of _

# ---- overtures and debt relief asked for in a noun
030 | verb | make/extend [a/an] [friendly/conciliatory/diplomatic] overture/overtures to _
030 | noun | overture/overtures to _
0231 | verb | make/issue/launch/renew/repeat/reiterate [a/an] call/appeal/plea for [the] cancellation/write-off/forgiveness of [the] debt/debts
0231 | verb | make/issue/launch/renew/repeat/reiterate [a/an] call/appeal/plea for debt relief/cancellation/forgiveness
0231 | verb | make/issue/launch/renew/repeat/reiterate [a/an] appeal/call/plea/request to _ for debt relief/cancellation/forgiveness
0231 | noun | appeal/call/plea for [the] cancellation/write-off/forgiveness of [the] debt/debts

# ---- a bare "call to _" under a support verb is an appeal, not a telephone call
020 | verb | make/issue/launch/renew/repeat/reiterate/direct [a/an] [urgent/renewed/fresh/formal/impassioned] call to _ for
020 | verb | issue/launch/renew/repeat/reiterate/direct [a/an] [urgent/renewed/fresh/formal/impassioned] call to _ to
# ---- thanks and appreciation (the thing thanked for is not a second event)
051 | verb | express/voice [its/his/her/their] [deep/sincere/profound] appreciation/thanks to _
# ---- political reform promised in a noun
0344 | verb | make/give/announce/reaffirm [a/its] commitment/pledge/promise to [a] transition/return to civilian/democratic/constitutional rule
0344 | noun | commitment/pledge/promise to [a] [swift/speedy/peaceful] transition/return to civilian/democratic/constitutional rule
# ---- money given as a contribution or donation ("made a contribution of $5 million to")
070 | verb | make/announce [a] contribution/donation of to _
# ---- a withdrawal announced as a noun (087, the project's code for pulling troops back)
087 | verb | announce/begin/complete/order [a/the] pullback/pull-back/withdrawal/pullout/pull-out of [its/their] troops/forces/soldiers
# ---- 045 a reconciliation or deal brokered between two parties ("brokered a reconciliation between Hamas and Fatah")
045 | verb | broker/mediate/facilitate [a/an] reconciliation/rapprochement/deal/pact/understanding between _
045 | verb | broker/mediate/facilitate [a/an] [historic/landmark/fragile/power-sharing/peace] reconciliation/rapprochement/deal/pact between _
