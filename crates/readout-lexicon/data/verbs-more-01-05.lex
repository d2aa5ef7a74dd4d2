# readout verbs-more-01-05.lex: additional verb and event-noun patterns for CAMEO roots 01-05
# (public statements except plain 010, appeals, intentions, consultations, diplomatic cooperation).
# Format as verbs.lex (see docs/lexicon.md). Written for readout.

# 011 Decline comment
011 | verb | decline to be drawn on
011 | verb | refuse to be drawn on
011 | verb | decline/refuse to speculate
011 | verb | decline/refuse to reveal
011 | verb | decline/refuse to go into detail/details
011 | verb | decline/refuse to respond/reply/react
011 | verb | decline/refuse to answer
011 | verb | sidestep/dodge/evade/deflect/parry [a] question/questions about/on/over
011 | verb | keep/stay/remain mum
011 | verb | maintain [a] silence on/over/about
011 | noun | refusal to discuss

# 012 Make pessimistic comment
012 | verb | pour cold water on
012 | verb | play down [the] chances/prospects of
012 | verb | downplay [the] chances/prospects of
012 | verb | temper/dampen/lower expectations
012 | verb | paint [a] gloomy/dire/dark/sombre/somber picture
012 | verb | strike/sound [a] gloomy/downbeat/sombre/somber note/tone
012 | verb | describe [the] situation as dire/grim/bleak/desperate/catastrophic
012 | verb | describe [the] talks/negotiations as difficult/deadlocked/stalled
012 | verb | express/voice fears of/that
012 | verb | raise fears of/that
012 | verb | raise doubts about/over
012 | verb | say [it/he/she/they] is/was/are/were not optimistic

# 013 Make optimistic comment
013 | verb | express/voice cautious optimism
013 | verb | remain cautiously optimistic
013 | verb | remain hopeful/upbeat
013 | verb | sound upbeat/optimistic/hopeful/confident
013 | verb | strike/sound [an] upbeat/hopeful/positive note/tone
013 | verb | describe [the] talks/negotiations/meeting/discussions as fruitful/successful/useful/encouraging/substantive/excellent
013 | verb | describe [the] negotiations/meeting/discussions as constructive/productive/positive
013 | verb | hail/report/announce [a] breakthrough
013 | verb | hold out hope
013 | verb | hold out [the] hope/prospect of
013 | verb | say [a/an] [ceasefire/peace/trade] deal/agreement/settlement/ceasefire/truce is/was within reach
013 | verb | say [a/an] [ceasefire/peace/trade] deal/agreement/ceasefire/truce is/was close/imminent
013 | verb | say [it/he/she/they] is/was/are/were optimistic/hopeful/confident
013 | verb | express/voice hopes that

# 014 Consider policy option
014 | verb | weigh/consider/mull its options
014 | verb | keep its options open
014 | verb | weigh/consider/mull/study/examine/assess [the] possibility of
014 | verb | leave/keep [the] door open to
014 | verb | weigh/consider/mull/contemplate [a/its] response to
014 | verb | weigh/consider/mull/contemplate [new/fresh/further/additional/tougher] sanctions against/on _
014 | verb | weigh/consider/mull/contemplate military action/options/strikes against _
014 | verb | give [serious] consideration to
014 | verb | review/reassess/rethink/reconsider/reevaluate/re-evaluate its policy/policies/stance/position toward/towards/on _
014 | verb | decline to rule out
014 | verb | review/reassess/reconsider/re-examine/reexamine [its/the] arms/weapons [export] sales/permits/licences/licenses/exports/deals/contracts to/with _
014 | verb | review/reassess/reconsider/re-examine/reexamine [its/the] agreement/pact/deal/accord/treaty/relations/ties/cooperation with _

# 015 Acknowledge or claim responsibility
015 | verb | claim [the] attacks/bombings/blast/blasts/ambush/raid/raids/shooting/abduction/beheading/explosion/killings/assault
015 | verb | claim [the] suicide bombing/attack/attacks/bombings
015 | verb | take/accept/assume/claim full responsibility
015 | verb | shoulder [the] responsibility/blame
015 | verb | admit/acknowledge/concede wrongdoing
015 | verb | admit/acknowledge/concede [its] failings/shortcomings/lapses
015 | verb | say [it/he/she/they] was/were behind
015 | verb | say [it/he/she/they] carried out
015 | verb | admit/acknowledge/confirm carrying out
015 | verb | admit/acknowledge/concede shooting/killing/firing
015 | noun | acceptance of responsibility

# 016 Deny responsibility
016 | verb | deny being behind
016 | verb | deny [it/he/she/they] was/were behind
016 | verb | deny [any] link/links/ties/connection/connections to/with
016 | verb | deny ordering/sending/supplying/arming/funding/backing/orchestrating/masterminding/plotting/staging
016 | verb | rebuff [the] allegations/accusations/claims/charges
016 | verb | reject [any] responsibility/blame for
016 | verb | distance itself/himself/herself/themselves from [the] attack/attacks/bombing/killing/killings
016 | verb | call [the] allegations/accusations/charges/claims/reports/report false/fabricated/unfounded/absurd/ridiculous/groundless/nonsense/slanderous/fake
016 | verb | call [the] charges/claims/reports/report baseless
016 | verb | describe [the] allegations/accusations/charges/claims/reports as false/fabricated/unfounded/absurd/ridiculous/nonsense/slanderous/fake
016 | verb | protest/maintain/proclaim/profess/assert its innocence
016 | verb | say [it/he/she/they] played no role/part in
016 | verb | say [it/he/she/they] was/were not involved/responsible

# 017 Engage in symbolic act
017 | verb | lay [a] bouquet/bouquets at
017 | verb | lay/place [a] wreath on/before
017 | verb | lay/place/leave flowers on/at
017 | verb | visit [the] Yasukuni shrine
017 | verb | visit [the] war memorial/cemetery/cenotaph
017 | verb | declare/proclaim/announce [a] period of [national] mourning
017 | verb | declare/proclaim [a/three] day/days of national mourning
017 | verb | lower [the] flag/flags to half-staff
017 | verb | fly [the] flag/flags at half-staff
017 | verb | hold [a] state funeral for
017 | verb | attend [a/the] commemoration/vigil/wreath-laying
017 | verb | attend [a/the] ceremony marking/commemorating
017 | verb | take part in [a/the] wreath-laying/commemoration/vigil
017 | noun | minute's silence for

# 018 Make empathetic comment
018 | verb | express/offer/extend/convey/send its deepest/heartfelt/sincere/profound/deep condolences to _
018 | verb | express/offer/extend/convey/send deepest/heartfelt/sincere/profound/deep condolences to _
018 | verb | express/offer/extend/convey/send its [deepest/heartfelt/sincere/profound/deep] sympathy/sympathies to _
018 | verb | send [a] condolence message/letter/telegram/cable to _
018 | verb | express/voice/declare/reaffirm/reiterate/show its solidarity with/to _
018 | verb | declare/reaffirm/reiterate/show solidarity with/to _
018 | verb | express/voice its sorrow/grief/sadness
018 | verb | offer/extend its thoughts and prayers
018 | verb | wish _ [a] speedy/quick/full/swift recovery
018 | noun | condolences over
018 | noun | expression of solidarity with

# 019 Express accord
019 | verb | share [the] position/stance/assessment/concerns/views/goal/aim of _
019 | verb | share _ concern/concerns/position/stance/assessment/views
019 | verb | echo [the] concerns/remarks/comments/words/sentiment/sentiments/assessment/stance of _
019 | verb | echo _ remarks/comments/concerns/words/sentiments/view/views/position/stance
019 | verb | share [a/an] common/similar/shared/identical vision/approach/stance/view/views/assessment/understanding
019 | verb | share [the] same view/views/position/stance/goal/concern/concerns/approach
019 | verb | agree on [the] need for/to
019 | verb | agree on [the] importance of
019 | verb | express/voice/signal its agreement with _
019 | verb | see eye to eye on
019 | verb | see eye-to-eye on

# 020 Appeal, not specified below
020 | verb | press/push for
020 | verb | write to _ urging/asking
020 | verb | send [a] letter to _ urging/asking
020 | verb | make/submit/send [a] formal/official request to _
020 | verb | submit/send [a] request to _
020 | verb | issue/make/launch [a/an] renewed/fresh/new/urgent/impassioned/passionate/emotional appeal/plea to _
020 | verb | issue/make/launch [a/an] renewed/fresh/new/urgent/impassioned/passionate/emotional appeal/plea for

# 0211 Appeal for economic cooperation
0211 | verb | court/woo/seek/attract investment/investors from _
0211 | verb | invite/encourage/press _ to invest in
0211 | verb | seek [a] free trade agreement/deal/pact with _
0211 | verb | seek [a] trade deal/agreement/pact with _
0211 | verb | seek closer/stronger/deeper economic/trade ties/cooperation with _
0211 | verb | press/push _ to open [its] market/markets

# 0212 Appeal for military cooperation
0212 | verb | apply for NATO membership
0212 | verb | apply to join NATO
0212 | verb | seek NATO membership
0212 | verb | seek [a] defence/defense/security/military pact/alliance/agreement with _
0212 | verb | seek closer/stronger/deeper military/defence/defense/security ties/cooperation with _

# 0213 Appeal for judicial cooperation
0213 | verb | file/submit/send/lodge [an] extradition request
0213 | verb | file/submit/send/lodge [an] extradition request with/to _
0213 | verb | request [the] extradition/handover of
0213 | verb | request mutual legal assistance
0213 | verb | press/push for [the] extradition/handover of

# 0214 Appeal for intelligence
0214 | verb | seek/request clarification from _
0214 | verb | seek/request information from _
0214 | verb | ask _ for information/details/clarification

# 022 Appeal for diplomatic cooperation, such as policy support
022 | verb | seek/request [the] endorsement/blessing of
022 | verb | seek _ endorsement/blessing/backing/support
022 | verb | court/woo _ support/backing
022 | verb | court/woo support/backing for
022 | verb | seek recognition from _
022 | verb | seek [international/diplomatic] recognition
022 | verb | apply for EU/UN/WTO/ASEAN/BRICS/OECD membership
022 | verb | seek EU/UN/WTO/ASEAN/BRICS/OECD membership
022 | verb | turn/look to _ for support/backing

# 023 Appeal for aid, not specified below
023 | verb | turn to _ for help/aid/assistance
023 | verb | reach out to _ for help/aid/assistance
023 | verb | call on _ for help/aid/assistance
023 | verb | appeal/plead/ask for donations
023 | verb | launch [an] appeal for funds/donations

# 0231 Appeal for economic aid
0231 | verb | ask/beg _ for @economic_aid
0231 | verb | seek/request @economic_aid from _
0231 | verb | appeal/plead/beg/press for @economic_aid
0231 | verb | urge/press/implore/encourage/ask _ to provide/extend/grant/lend/disburse @economic_aid
0231 | verb | call on _ to extend/grant/lend/give/disburse @economic_aid
0231 | verb | apply for [a] bailout/grant/grants

# 0232 Appeal for military aid
0232 | verb | ask _ for @weapons
0232 | verb | seek/request @weapons from _
0232 | verb | appeal/plead/beg/press/push for @weapons
0232 | verb | urge/press/implore _ to provide/supply/send/deliver/give @weapons
0232 | verb | encourage/ask/beg _ to provide/supply/send/deliver/give @weapons
0232 | verb | call on _ to provide/supply/send/deliver/give @weapons
0232 | verb | appeal to _ to provide/supply/send/deliver/give @weapons

# 0233 Appeal for humanitarian aid
0233 | verb | ask _ for @humanitarian_aid
0233 | verb | seek/request @humanitarian_aid from _
0233 | verb | appeal/plead/beg/press for @humanitarian_aid
0233 | verb | urge/press/implore/encourage/ask _ to provide/send/deliver/give @humanitarian_aid
0233 | verb | call on _ to provide/send/deliver/give @humanitarian_aid
0233 | verb | launch [an] emergency/urgent/humanitarian appeal

# 0234 Appeal for military protection or peacekeeping
0234 | verb | seek/request security guarantees from _
0234 | verb | seek/request [the] deployment of peacekeepers/troops
0234 | verb | ask for [the] deployment of peacekeepers/troops
0234 | verb | seek/request [the] deployment of [a/an] peacekeeping/international/stabilisation/stabilization force/mission

# 0253 Appeal for release of persons or property
0253 | verb | campaign/lobby for [the] release/freedom of
0253 | verb | seek/request [the] freedom/freeing of

# 0254 Appeal for easing of economic sanctions, boycott, or embargo
0254 | verb | seek/request sanctions relief
0254 | verb | press/push/lobby/campaign for sanctions relief
0254 | verb | lobby/campaign for [the] lifting/easing of sanctions
0254 | verb | seek/request [a] sanctions waiver/exemption

# 028 Appeal to others to engage in or accept mediation
028 | verb | seek/request [the] mediation of
028 | verb | seek/request _ mediation
028 | verb | turn to _ to mediate
028 | verb | ask/invite _ to act as [a] mediator

# 03 intent frames: "express/signal/reaffirm/reiterate [its] readiness/willingness to ..." for every sub-code, and
# "say it is ready/willing to ...", "say it will/would ..." where the plain action is not already read as an intent.
# Alternatives are kept small: one written line expands to at most 4,096 patterns.

# 030 Express intent to cooperate, not specified below
030 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to cooperate/work with _
030 | verb | say [it/he/she] is/was ready/willing/prepared to cooperate/work with
030 | verb | say [it/he/she/they] will/would cooperate/work with
030 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to strengthen/deepen/boost/expand/improve ties/relations with _
030 | verb | pledge/vow/promise/agree to deepen/strengthen/expand/boost/enhance/broaden its cooperation/ties/relations
037 | verb | pledge/vow/promise/agree to resolve/settle its dispute/differences through dialogue/talks/negotiations
030 | verb | say [it/he/she] is/was ready/willing/prepared to strengthen/deepen/boost/expand/improve ties/relations with
030 | verb | say [it/he/she/they] will/would strengthen/deepen/boost/expand/improve ties/relations with

# 0311 Express intent to cooperate economically
0311 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to boost/expand/increase/double trade with _
0311 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to deepen/strengthen/boost economic/trade ties/cooperation with _

# 0312 Express intent to cooperate militarily
0312 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to hold/conduct/stage joint exercises/drills with _
0312 | verb | say [it/he/she] is/was ready/willing/prepared to hold/conduct/stage joint exercises/drills with
0312 | verb | say [it/he/she/they] will/would hold/conduct/stage joint exercises/drills with
0312 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to deepen/strengthen military/defence/defense/security cooperation/ties with _

# 0313 Express intent to cooperate on judicial matters
0313 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to extradite
0313 | verb | say [it/he/she] is/was ready/willing/prepared to extradite
0313 | verb | say [it/he/she/they] will/would extradite
0313 | verb | say [it/he/she] is/was ready/willing/prepared to cooperate with the investigation/probe
0313 | verb | say [it/he/she/they] will/would cooperate with [the] investigation/inquiry/probe/court

# 0314 Express intent to cooperate on intelligence
0314 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to share/exchange intelligence/information with _

# 032 Express intent to provide diplomatic cooperation such as policy support
032 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to support/back/endorse
032 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to recognise/recognize _
032 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to normalise/normalize relations/ties with _
032 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to establish/restore diplomatic relations/ties with _
032 | verb | assure _ of [its] support/backing/solidarity

# 033 Express intent to provide material aid, not specified below
033 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to provide/send/give/offer assistance/help/support to _

# 0331 Express intent to provide economic aid
0331 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to provide/extend/offer loans/credit/funding/grants to _
0331 | verb | earmark/commit/allocate @economic_aid for/to _

# 0332 Express intent to provide military aid
0332 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to provide/supply/send/deliver weapons/arms/tanks/missiles to _
0332 | verb | commit @weapons to _

# 0333 Express intent to provide humanitarian aid
0333 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to provide/send/deliver humanitarian aid/assistance/relief/supplies to _

# 0334 Express intent to provide military protection or peacekeeping
0334 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to send/deploy/contribute/commit troops/peacekeepers/soldiers/forces to _
0334 | verb | say [it/he/she] is/was ready/willing/prepared to send/deploy troops/peacekeepers/forces to
0334 | verb | say [it/he/she/they] will/would send/deploy/contribute/commit troops/peacekeepers/soldiers/forces to
0334 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to defend/protect _
0334 | verb | say [it/he/she] is/was ready/willing/prepared to defend/protect
0334 | verb | say [it/he/she/they] will/would defend/protect
0334 | verb | commit/pledge/promise/offer troops/peacekeepers/soldiers to _
0334 | verb | offer to send/deploy/contribute troops/peacekeepers/soldiers to _

# 034 Express intent to institute political reform, not specified below
034 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to implement/introduce/pursue/undertake [political/democratic] reforms
034 | verb | say [it/he/she] is/was ready/willing/prepared to implement/introduce/pursue [political/democratic] reforms
034 | verb | say [it/he/she/they] will/would implement/introduce/pursue/undertake [political/democratic] reforms
034 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to hold [free/fresh/early/democratic] elections
034 | verb | say [it/he/she] is/was ready/willing/prepared to hold [free/fresh/early/democratic] elections
034 | verb | say [it/he/she/they] will/would hold [free/fresh/early/democratic] elections

# 0341 Express intent to change leadership
0341 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to step down/aside
0341 | verb | say [it/he/she] is/was ready/willing/prepared to step down/aside
0341 | verb | say [it/he/she/they] will/would step down/aside
0341 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to resign/quit
0341 | verb | say [it/he/she] is/was ready/willing/prepared to resign/quit
0341 | verb | say [it/he/she/they] will/would resign/quit
0341 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to hand over power
0341 | verb | say [it/he/she] is/was ready/willing/prepared to hand over power
0341 | verb | say [it/he/she/they] will/would hand over power
0341 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to cede/relinquish power

# 0342 Express intent to change policy
0342 | verb | say [it/he/she/they] will/would change/rethink its policy toward/towards
0342 | verb | say [it/he/she] is/was ready/willing/prepared to change/rethink its policy
0342 | verb | say [it/he/she] is/was ready/willing/prepared to scrap/shelve the plan
0342 | verb | say [it/he/she/they] will/would scrap/shelve the plan/plans

# 0343 Express intent to provide rights
0343 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to respect/protect/uphold/guarantee human rights
0343 | verb | say [it/he/she] is/was ready/willing/prepared to respect/protect/uphold/guarantee human rights
0343 | verb | say [it/he/she/they] will/would respect/protect/uphold/guarantee human rights

# 0344 Express intent to change institutions, regime
0344 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to amend/rewrite the constitution
0344 | verb | say [it/he/she] is/was ready/willing/prepared to amend/rewrite the constitution
0344 | verb | say [it/he/she/they] will/would amend/change/rewrite [the] constitution
0344 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to hold [a] referendum
0344 | verb | say [it/he/she] is/was ready/willing/prepared to hold [a] referendum
0344 | verb | say [it/he/she/they] will/would hold [a] referendum

# 035 Express intent to yield, not specified below
035 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to compromise
035 | verb | say [it/he/she] is/was ready/willing/prepared to compromise
035 | verb | say [it/he/she/they] will/would compromise
035 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to make concessions
035 | verb | say [it/he/she] is/was ready/willing/prepared to make concessions
035 | verb | say [it/he/she/they] will/would make concessions

# 0351 Express intent to ease administrative sanctions
0351 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to lift/ease/relax restrictions/curbs
0351 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to lift/end [the] state of emergency

# 0352 Express intent to ease popular dissent
0352 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to call off the strike/protests
0352 | verb | say [it/he/she] is/was ready/willing/prepared to call off the strike/protests
0352 | verb | say [it/he/she/they] will/would call off [the] protest/protests/strike/sit-in

# 0353 Express intent to release persons or property
0353 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to release/free hostages/prisoners/detainees
0353 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to release/free _

# 0354 Express intent to ease economic sanctions, boycott, or embargo
0354 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to lift/ease/remove/suspend sanctions on/against _

# 0355 Express intent to allow international involvement (not mediation)
0355 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to allow/admit/accept inspectors/monitors/observers
0355 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to allow/grant/permit [humanitarian/unhindered] access

# 0356 Express intent to de-escalate military engagement
0356 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to withdraw its troops/forces from _
0356 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to halt/stop/end attacks/strikes/airstrikes/hostilities/fighting
0356 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to observe/respect the ceasefire
0356 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to accept [a] ceasefire/truce
0356 | verb | say [it/he/she/they] will/would observe/respect the ceasefire/truce
0356 | verb | say [it/he/she] is/was ready/willing/prepared to observe/respect the ceasefire

# 036 Express intent to meet or negotiate
036 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to resume/hold/begin/start talks/negotiations with _
036 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to open/resume/continue/start [a] dialogue with _
036 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to meet [with] _
036 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to negotiate with _
036 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to attend the summit/talks
036 | verb | say [it/he/she] is/was ready/willing/prepared to attend the summit/talks
036 | verb | say [it/he/she/they] will/would attend [the] summit/talks/conference
036 | verb | issue/send [an] invitation to _
036 | verb | accept [an] invitation to attend
036 | verb | accept _ invitation to
036 | verb | leave/keep [the] door open to/for talks/dialogue/negotiations

# 037 Express intent to settle dispute
037 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to settle/resolve the dispute
037 | verb | say [it/he/she] is/was ready/willing/prepared to settle/resolve the dispute
037 | verb | say [it/he/she/they] will/would settle/resolve the dispute/conflict
037 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to make peace with _
037 | verb | say [it/he/she] is/was ready/willing/prepared to make peace with
037 | verb | say [it/he/she/they] will/would make peace with
037 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to find/seek [a] peaceful/political/diplomatic solution
037 | verb | say [it/he/she] is/was ready/willing/prepared to find/seek [a] peaceful/political solution
037 | verb | say [it/he/she/they] will/would find/seek [a] peaceful/political/diplomatic solution/settlement
037 | verb | extend/offer [an] olive branch to _
037 | verb | hold out [an] olive branch to _

# 038 Express intent to accept mediation
038 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to accept mediation/arbitration

# 039 Express intent to mediate
039 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to mediate [between]
039 | verb | say [it/he/she] is/was ready/willing/prepared to mediate [between]
039 | verb | say [it/he/she/they] will/would mediate [between]
039 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to act/serve as [a/an] mediator/intermediary
039 | verb | say [it/he/she] is/was ready/willing/prepared to act as [a/an] mediator/intermediary
039 | verb | say [it/he/she/they] will/would act/serve as [a/an] mediator/intermediary
039 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to broker/facilitate [a] deal/ceasefire/truce/talks
039 | verb | say [it/he/she] is/was ready/willing/prepared to broker/facilitate [a] deal/ceasefire
039 | verb | say [it/he/she/they] will/would broker/facilitate [a] deal/ceasefire/truce/talks

# 040 Consult, not specified below
040 | verb | hold/have [a/an] one-on-one/face-to-face/private/rare/brief/lengthy/separate/informal meeting with _
040 | verb | have [a] bilateral meeting with _
040 | verb | hold [a] trilateral/three-way/quadrilateral/multilateral meeting/summit with _
040 | verb | meet one-on-one/face-to-face/virtually/online with _
040 | verb | huddle with _
040 | verb | convene/call [an] emergency meeting/session of
040 | verb | stay/keep/remain in [close/regular/constant] contact/touch with _
040 | verb | maintain [close/regular] contact/contacts with _

# 041 Discuss by telephone
041 | verb | speak/talk by phone/telephone to _
041 | verb | speak/talk on [the] phone/telephone to _
041 | verb | have [a] video call/conference with _
041 | verb | speak/talk by/via videoconference/video-conference with _
041 | verb | talk by/via video link with _
041 | noun | call with _
041 | noun | call between

# 042 Make a visit
042 | verb | touch down in _
042 | verb | embark on [a] trip to _
042 | verb | embark on [a] state/official/working visit to _
042 | verb | begin/start [a] tour of _
042 | verb | conclude/end [a] tour of _
042 | verb | conclude/end [a] trip to _
042 | verb | wrap up [a] tour of _
042 | verb | wrap up [a] trip to _
042 | verb | pay/make [a/its] rare/historic/landmark/first/maiden/brief/short/one-day/four-day/five-day/week-long/weeklong/whirlwind/high-profile/two-nation/regional visit to _
042 | verb | make [a/its] rare/historic/landmark/first/maiden/brief/short/whirlwind/high-profile trip to _
042 | verb | arrive in _ for [a] visit/summit/meeting
042 | verb | send/dispatch [an] envoy/emissary/delegation to _
042 | verb | send/dispatch [a] special envoy/delegation to _

# 043 Host a visit
043 | verb | give/accord _ [a] warm/red-carpet/rousing/lavish welcome
043 | verb | extend [a] warm welcome to _
043 | verb | hold talks with visiting
043 | verb | host/give/hold [a] banquet/dinner/lunch/luncheon/reception in honour/honor of _
043 | verb | host/give/hold [a] lunch/luncheon/reception for _
043 | verb | receive [a/an] delegation/envoy/emissary from _

# 044 Meet at a third location
044 | verb | meet [with] _ on [the] margins/fringes/fringe of
044 | verb | hold talks with _ on [the] margins/fringes/fringe of
044 | verb | hold [a] meeting on [the] margins/fringes/fringe of
044 | verb | hold [a] meeting with _ on [the] sidelines/margins of
044 | verb | meet [with] _ at [the] G20/G7/G-20/G-7/APEC/ASEAN/BRICS/NATO/SCO/UN/EU/CHOGM summit
044 | verb | meet at [the] G20/G7/G-20/G-7/APEC/ASEAN/BRICS/NATO/SCO/UN/EU/CHOGM summit
044 | verb | hold talks at [the] G20/G7/G-20/G-7/APEC/ASEAN/BRICS/NATO/SCO/UN/EU/CHOGM summit
044 | verb | meet [with] _ in [a] third/neutral country

# 045 Mediate
045 | verb | broker [a] hostage deal/release/exchange
045 | verb | broker [an] end to
045 | verb | broker [a/an] settlement/accord/compromise/agreement between
045 | verb | help mediate
045 | verb | help negotiate [a] deal/agreement/truce/ceasefire/cease-fire between
045 | verb | mediate [a] truce/ceasefire/cease-fire/settlement/agreement/compromise
045 | verb | mediate [the] release/return/exchange of
045 | verb | play [a] key/pivotal/central/leading/crucial role in brokering/mediating
045 | verb | act/serve as [a] conduit/channel/bridge between
045 | verb | host [a] round of talks between
045 | verb | host indirect/proximity talks between
045 | verb | facilitate [a/an] meeting/contacts/exchange/deal/agreement between
045 | verb | bring together [the] two/warring/rival sides/parties/factions

# 046 Engage in negotiation
046 | verb | restart/reopen talks/negotiations with _
046 | verb | kick off talks/negotiations with _
046 | verb | sit down for talks with _
046 | verb | negotiate [the] release/return/withdrawal/exchange of
046 | verb | negotiate [an] end to
046 | verb | negotiate [a] truce/treaty/pact/accord/compromise/withdrawal
046 | verb | negotiate [a] peace/trade deal/agreement
046 | verb | negotiate [a] prisoner swap/exchange
046 | verb | hold ceasefire/cease-fire/truce/hostage/disarmament/denuclearisation/denuclearization/normalisation/normalization/reconciliation talks with _
046 | verb | go/get/head back to [the] negotiating table

# 050 Engage in diplomatic cooperation, not specified below
050 | verb | mend fences with _
050 | verb | build bridges with _
050 | verb | turn [a] new page/leaf in relations/ties with _
050 | verb | open [a] new chapter in relations/ties with _
050 | verb | rebuild ties/relations/trust with _
050 | verb | cement/solidify relations/cooperation with _
050 | verb | bolster/foster/nurture relations/cooperation with _
050 | verb | forge ties/relations with _
050 | verb | forge closer relations/cooperation with _
050 | verb | forge/build [a] closer relationship with _
050 | verb | warm/thaw relations/ties with _
050 | verb | intensify/broaden/step up cooperation/ties/contacts with _
050 | verb | work closely with _
050 | verb | coordinate closely with _
050 | verb | join hands with _
050 | verb | align/ally itself/themselves with _
050 | verb | adopt/sign [a] joint communique/communiqué
050 | verb | adopt/sign [a] joint communique/communiqué with _

# 051 Praise or endorse
051 | verb | heap/shower/lavish praise on _
051 | verb | sing [the] praises of _
051 | verb | speak glowingly/warmly of _
051 | verb | pay [a] glowing/warm tribute to _
051 | verb | praise/commend/hail/laud/applaud _ over
051 | verb | commend _ on
051 | verb | extend/convey/offer its thanks/gratitude/appreciation to _
051 | verb | praise/commend/applaud/hail/laud/welcome [the] role/contribution/contributions/leadership/commitment/work of _
051 | verb | appreciate [the] efforts/role/support/position/contribution of _
051 | verb | appreciate _ efforts/role/support/position/contribution
051 | verb | welcome/hail/praise/applaud/commend/laud _ decision/move/initiative/efforts/role/proposal/offer/announcement/commitment/contribution/leadership/response/stance
051 | verb | welcome/hail/praise/applaud/commend/laud _ decision/move/initiative/offer/commitment/pledge/readiness/willingness/efforts to
051 | verb | give/lend its endorsement/approval/blessing to _
051 | verb | send/extend/offer/convey its congratulations to _
051 | verb | send/extend/offer/convey congratulations to _
051 | verb | send [a] congratulatory message/letter/telegram/cable to _
051 | verb | describe _ as [a] reliable/trusted/true/valued/great/good partner/friend/ally
051 | verb | credit _ with/for
051 | verb | renew/restate/confirm/underline/underscore/stress/emphasise/emphasize its support for _
051 | verb | express/voice/reaffirm/reiterate [its] strong/unwavering/firm/steadfast/unconditional/continued/staunch/solid/unstinting support for _
051 | verb | reaffirm/reiterate/voice/declare [its] full support for _
051 | noun | congratulatory message/letter/telegram/call to _

# 052 Defend verbally
052 | verb | stick up for _
052 | verb | come out in defence/defense of
052 | verb | speak in defence/defense of _
052 | verb | reject/dismiss/rebuff criticism of _
052 | verb | brush off/aside criticism of _
052 | verb | come/rush/leap/spring/jump/run to _ defence/defense
052 | verb | shield/protect _ from censure/condemnation/scrutiny

# 053 Rally support on behalf of
053 | verb | make/press [the] case for _
053 | verb | rally [the] world/West/region/nations/countries/partners/Europe behind _
053 | verb | mobilise/mobilize/galvanise/galvanize [the] international community
053 | noun | lobbying for

# 054 Grant diplomatic recognition
054 | verb | grant/extend/accord formal/official/full [diplomatic] recognition to _
054 | verb | establish formal/full/official diplomatic relations/ties with _
054 | verb | restore/resume/re-establish/reestablish full diplomatic relations/ties with _
054 | verb | normalise/normalize diplomatic relations/ties with _
054 | verb | recognise/recognize/acknowledge _ sovereignty/independence
054 | noun | normalisation/normalization deal/agreement/pact with _

# 055 Apologize
055 | verb | issue/offer/make/extend/deliver/tender [a/an] official/written/rare/heartfelt/sincere/personal/belated/historic/profuse apology to _
055 | verb | issue/offer/make/extend/deliver/tender [a/an] official/written/rare/heartfelt/sincere/personal/belated/historic/profuse apology for
055 | verb | convey/offer its regrets to _
055 | verb | express/offer its apologies to _

# 056 Forgive
056 | verb | hold/bear/harbour/harbor no grudge/grudges against _
056 | verb | accept [the] apologies of/from _
056 | verb | accept _ apologies

# 057 Sign formal agreement
057 | verb | sign/ink [a/an] landmark/historic/new/bilateral/comprehensive/major/preliminary/strategic agreement/deal/treaty/accord/pact with _
057 | verb | seal/conclude/clinch [a/an] landmark/historic/new/bilateral/comprehensive/major/preliminary/strategic deal/agreement with _
057 | verb | sign/ink/conclude [a] series/raft/slew/number/host/package of agreements/deals/accords/documents/memorandums/memoranda with _
057 | verb | sign/ink/conclude several/multiple/two/three/four/five/numerous agreements/deals/accords/documents/memorandums/memoranda/MoUs/MOUs with _
057 | verb | sign/ink several/multiple/two/three/numerous cooperation/trade/economic/investment agreements/deals/documents with _
057 | verb | sign/ink [a/an] ceasefire/cease-fire/truce/armistice with _
057 | verb | sign [a] strategic partnership with _
057 | verb | put pen to paper on
057 | verb | reach [a/an] landmark/historic/tentative/preliminary/framework/final/comprehensive/interim/provisional deal/agreement/accord with _
057 | verb | strike/cut [a] bargain/deal with _
057 | verb | join [the] accord/pact/convention
057 | verb | accede to [the] accord/pact/agreement
057 | verb | renew/extend [the] deal/accord
057 | noun | landmark/historic deal/agreement/accord/pact/treaty with _
