# readout verbs-probe3-01-05.lex: third round of verb and event-noun patterns for CAMEO roots 01-05
# (statements, appeals, intents and pledges, consultations, diplomatic cooperation), added from the probe
# sentences in eval/probes/probe3-01-05.jsonl (plain everyday verbs and idioms in all tenses and voices,
# event nouns with support verbs and possessives, two-event sentences, long subjects, datelines).
# Format as verbs.lex (see docs/lexicon.md). Written for readout.

# 011 Decline comment
011 | verb | brush off/aside questions/question about/on/over/regarding _
011 | verb | not say whether/if/when/how/why/where/who
011 | verb | not confirm whether/if
011 | verb | decline/refuse to say whether/if/when/how/why/where/who

# 012 Make pessimistic comment
012 | verb | dash [any/the] hopes of/for/that
012 | verb | play down expectations/hopes of/for
012 | verb | downplay/dampen/temper expectations/hopes of/for

# 013 Make optimistic comment
013 | verb | say [real/significant/substantial/good/considerable/some/tangible] progress had/has been made in/on
013 | verb | say [a] deal/agreement/treaty/accord was/is [now] within sight

# 014 Consider policy option
014 | verb | look at/into ways to/of
014 | verb | explore/study/examine/seek ways to
014 | verb | weigh/consider/mull/contemplate/study/discuss [a/an] ban/embargo/curbs/restrictions on _

# 015 Claim responsibility
015 | verb | take/claim credit for
015 | verb | boast of/about hitting/attacking/striking/targeting/downing/bombing/killing/capturing _

# 016 Deny responsibility
016 | verb | is/are/was/were not behind
016 | verb | reject/dismiss/deny/rebuff/refute _ claims/allegations/accusations/charges that

# 017 Engage in symbolic act
017 | verb | kiss [the] feet/hand/hands of _
017 | verb | offer/lay/place floral tributes/tribute at [the] memorial/monument/statue/tomb/grave/mausoleum/shrine/cenotaph to/of/for _
017 | verb | offer/lay/place floral tributes/tribute at
017 | verb | rekindle/relight [the] [eternal] flame at/on/of
017 | verb | unveil [a] plaque/monument/memorial/statue honouring/honoring/to/commemorating

# 019 Express accord
019 | verb | is/are/was/were in line with that/those of _
019 | verb | is/are/was/were in lockstep with _

# 021 Appeal for material cooperation
021 | verb | appeal/turn to _ for joint work/action/efforts/projects/patrols
021 | verb | ask/urge/press _ for joint work/action/efforts/projects

# 0211 Appeal for economic cooperation
0211 | verb | court/woo/lure _ investors/businesses/companies/firms
0211 | verb | invite/encourage/urge/ask/press _ to set up shop/factories/plants/operations/production in
0211 | verb | make [a] pitch for _ investment/investors/capital
0211 | verb | make [a] pitch to _ investors/businesses/companies/firms

# 0212 Appeal for military cooperation
0212 | verb | ask/urge/press/invite/encourage _ to take part in [joint] [naval/military/air/army/coastguard] drills/exercises/patrols/manoeuvres/maneuvers
0212 | verb | ask/urge/press/invite/encourage _ to take part in [joint] coast guard drills/exercises/patrols
0212 | verb | ask/urge/press/invite/encourage _ to participate in [joint] [naval/military/air/army] drills/exercises/patrols/manoeuvres/maneuvers

# 0214 Appeal for intelligence
0214 | verb | ask/urge/press/pressure/push _ to share any/whatever information/intelligence/data/evidence
0214 | verb | call on/upon _ to share any/whatever information/intelligence/data/evidence
0214 | verb | ask/urge/press _ to brief it/them/him on
0214 | verb | ask/urge/press _ to brief it/them/him in detail on

# 022 Appeal for diplomatic cooperation
022 | verb | press/urge/ask/lobby/encourage _ to vote for/against
022 | verb | press/urge/ask/lobby/encourage _ to vote in favour/favor of
022 | verb | call on/upon _ to vote for/against
022 | verb | call on/upon _ to vote in favour/favor of

# 0231 Appeal for economic aid
0231 | verb | go cap in hand to _
0231 | verb | apply to _ for @economic_aid
0231 | noun | request/plea/appeal/bid for [a/an] [emergency/standby/fresh] @economic_aid from _

# 0232 Appeal for military aid
0232 | noun | plea/appeal/request to _ for @weapons
0232 | noun | plea/appeal/request to _ for Taurus/Patriot/Leopard/Abrams/ATACMS/Tomahawk @weapons
0232 | verb | submit/send/make/file [a] request to _ to buy/acquire/purchase [advanced/modern/new/more] @weapons

# 0233 Appeal for humanitarian aid
0233 | verb | beg/ask/urge/press/implore _ to let/allow [fuel/water/food] [and] @humanitarian_aid
0233 | verb | plead with _ to let/allow [fuel/water/food] [and] @humanitarian_aid

# 0234 Appeal for military protection or peacekeeping
0234 | verb | lobby/ask/urge/press/push _ to set up [a] [permanent] [U.S./American/NATO] [military] base/bases
0234 | verb | lobby/ask/urge/press/push _ to establish/build/open [a] [permanent] [U.S./American/NATO] [military] base/bases
0234 | verb | ask/urge/press/lobby/push _ to station/base [more/additional] troops/forces/soldiers/warplanes
0234 | verb | call on/upon _ to station/base [more/additional] troops/forces/soldiers/warplanes

# 024 Appeal for political reform
024 | verb | tell/urge/press/ask/push _ to get/put [its] democratic/political house in order
024 | verb | call on/upon _ to get/put [its] democratic/political house in order
024 | verb | nudge/push/prod/steer/press/pressure _ toward/towards political/democratic reform/reforms/change
024 | verb | nudge/push/prod/steer/press/pressure _ toward/towards democracy

# 0241 Appeal for change in leadership
0241 | verb | urge/press/ask/push/pressure _ to fall on [its] sword
0241 | verb | call on/upon _ to fall on [its] sword

# 0242 Appeal for policy change
0242 | verb | urge/press/ask/push/pressure/encourage _ to change course
0242 | verb | call on/upon _ to change course
0242 | verb | lean on _ to drop/scrap/shelve/abandon/rethink/reconsider/reverse/freeze/halt [its] [contested/controversial/planned/proposed/contentious] plan/plans/decision/policy/law/bill/reform
0242 | verb | urge/press/ask/push/pressure _ to drop/scrap/shelve/abandon/freeze/halt [its] contested/controversial/planned/proposed/contentious plan/plans/decision/policy/law/bill/reform

# 0243 Appeal for rights
0243 | verb | urge/press/ask/push/pressure _ to reopen [secondary/high] schools/universities/classrooms for girls/women
0243 | verb | call on/upon _ to reopen [secondary/high] schools/universities/classrooms for girls/women
0243 | verb | urge/press/ask/push/pressure _ to let/allow journalists/reporters/bloggers/activists/media/girls/women [and] [bloggers/activists/journalists/reporters/women] [to] work/operate/report/study
0243 | verb | urge/press/ask/push/pressure _ to let/allow girls/women [to] go back to [secondary/high] school/schools/university/universities/classes/work
0243 | verb | urge/press/ask/push/pressure _ to let/allow girls/women [to] return to [secondary/high] school/schools/university/universities/classes/work

# 0244 Appeal for change in institutions
0244 | verb | urge/press/ask/push/pressure _ to restore/reinstate/reconvene [the] parliament/legislature/assembly
0244 | verb | call on/upon _ to restore/reinstate/reconvene [the] parliament/legislature/assembly

# 025 Appeal to yield
025 | verb | urge/press/ask/push/pressure/encourage _ to give/cede/yield ground
025 | verb | call on/upon _ to give/cede/yield ground

# 0251 Appeal for easing of administrative sanctions
0251 | verb | urge/press/ask/push _ to drop/scrap/ease/lift/relax/end [its] [remaining] entry/COVID/pandemic/coronavirus rules/restrictions/requirements/curbs
0251 | verb | call on/upon _ to drop/scrap/ease/lift/relax/end [its] [remaining] entry/COVID/pandemic/coronavirus rules/restrictions/requirements/curbs
0251 | verb | call/press/push/appeal for [the] lifting/easing/relaxation of [the] curfew/curfews/restrictions/lockdown/quarantine
0251 | verb | call/press/push/appeal for [the] lifting/easing/relaxation of [the] travel/visa/COVID/entry restrictions/curbs/rules

# 0252 Appeal for easing of popular dissent
0252 | verb | urge/press/ask _ to return to [its] hospitals/posts/jobs/classrooms/wards/desks/workplaces
0252 | verb | call on/upon _ to return to [its] hospitals/posts/jobs/classrooms/wards/desks/workplaces

# 0254 Appeal for easing of economic sanctions
0254 | verb | plead/appeal/press/push/ask/beg/lobby/call for relief from _ [oil/economic/financial/trade/banking] sanctions
0254 | verb | plead/appeal/press/push/ask/beg/lobby/call for relief from [the] [oil/economic/financial/trade/banking] sanctions

# 0255 Appeal to allow international involvement
0255 | verb | urge/ask/press/beg/implore _ to let/allow [more] aid trucks/convoys/workers/agencies/groups/deliveries/shipments
0255 | verb | plead with _ to let/allow [more] aid trucks/convoys/workers/agencies/groups/deliveries/shipments
0255 | verb | call on/upon _ to let/allow [more] aid trucks/convoys/workers/agencies/groups/deliveries/shipments
0255 | verb | ask/urge/press _ to let/allow [its] inspectors/monitors/experts/investigators/observers visit/into/in/enter

# 0256 Appeal for de-escalation
0256 | verb | urge/press/ask/implore/push _ to lay down [its] arms/weapons
0256 | verb | call on/upon _ to lay down [its] arms/weapons

# 026 Appeal to meet or negotiate
026 | verb | urge/press/ask/encourage/push _ to get/come/go back to [the] negotiating/negotiation table
026 | verb | call on/upon _ to get/come/go back to [the] negotiating/negotiation table
026 | verb | urge/press/ask/encourage/push _ to keep talking/negotiating
026 | verb | call on/upon _ to keep talking/negotiating

# 027 Appeal to settle dispute
027 | verb | urge/press/ask/encourage/push _ to reach [a/an] deal/agreement/settlement/accord over/on
027 | verb | call on/upon _ to reach [a/an] deal/agreement/settlement/accord over/on

# 028 Appeal to engage in or accept mediation
028 | verb | ask/urge/invite/press _ to broker/mediate/facilitate [peace] talks/negotiations/deal/ceasefire/truce/dialogue
028 | verb | call on/upon _ to broker/mediate/facilitate [peace] talks/negotiations/deal/ceasefire/truce/dialogue
028 | verb | ask/urge/invite/press _ to step in as [a/an] mediator/go-between/intermediary/broker
028 | verb | call on/upon _ to step in as [a/an] mediator/go-between/intermediary/broker

# 030 Express intent to cooperate
030 | verb | vow/pledge/promise/agree/decide/resolve to join hands in/on/to/against
030 | verb | team up with _ on

# 0311 Express intent to cooperate economically (06x with a future cue)
061 | verb | step up purchases/imports of _
061 | verb | ramp up purchases/imports of _
061 | verb | increase/boost/expand purchases/imports of _
061 | verb | buy [more] gas/LNG/oil/grain/wheat/soybeans/coal/crude/beef/rice from _
061 | verb | buy [more] liquefied natural gas from _

# 0312 Express intent to cooperate militarily
062 | verb | open [four/two/three/several/nine] [of] [its] [military] bases to _

# 0314 Express intent to cooperate on intelligence
064 | verb | restore/resume/revive [its] [military] intelligence-sharing pact/agreement/deal/arrangement/accord
0314 | verb | plan to restore/resume/revive [its] [military] intelligence-sharing pact/agreement/deal/arrangement/accord

# 032 Express intent to provide diplomatic cooperation
032 | verb | stand/stood behind _ on

# 0331 Express intent to provide economic aid
0331 | verb | offer/agree/promise/pledge/decide to roll over
071 | verb | roll over _ 's debt/debts/loans/loan

# 0332 Express intent to provide military aid
0332 | verb | give [the] green light for/to [the] delivery/export/transfer/sale/shipment/supply of @weapons
0332 | verb | give [the] green light for/to [Leopard/Abrams/Challenger/Patriot] [2] @weapons
0332 | noun | offer/pledge/promise of @weapons to _
0332 | noun | offer/pledge/promise of Challenger/Leopard/Abrams/Patriot/HIMARS/Bradley/Marder @weapons to _

# 0333 Express intent to provide humanitarian aid
0333 | noun | pledge/offer/promise of @humanitarian_aid to _
0333 | noun | pledge/offer/promise of food/medical/emergency/humanitarian aid/assistance/supplies/relief to _
0333 | noun | pledge/offer/promise of food and medical/humanitarian/emergency aid/assistance/supplies/relief to _

# 0334 Express intent to provide military protection
0334 | verb | come to _ 's aid/defence/defense/rescue if/should
0334 | verb | come to _ ' aid/defence/defense/rescue if/should

# 034 Express intent to institute political reform
034 | verb | press/push ahead with [the] modernisation/modernization/reform/overhaul/liberalisation/liberalization of _ political system/life
034 | verb | press/push ahead with [the] modernisation/modernization/reform/overhaul/liberalisation/liberalization of [its] political system/life
034 | verb | unveil/announce/outline [a] raft/package/series/set/slew of [sweeping/far-reaching/wide-ranging] political/democratic/constitutional reforms

# 0341 Express intent to change leadership
0831 | verb | make way for [a] caretaker/interim/transitional/technocratic/national/unity government/administration/cabinet/council/successor
0831 | verb | make way for [a] new leader/president/prime minister/successor
0341 | verb | say [he/she/it/they] will/would hand over the reins
0341 | verb | offer/pledge/promise/agree to hand over the reins

# 0342 Express intent to change policy
0342 | verb | do/make/perform [an] about-turn/U-turn/about-face/volte-face on/over

# 0343 Express intent to provide rights
0343 | verb | promise/pledge/vow/agree/offer to let/allow girls/women [to] go back to [secondary/high] school/schools/classes
0343 | verb | promise/pledge/vow/agree/offer to let/allow girls/women [to] return to [secondary/high] school/schools/classes
0343 | verb | promise/pledge/vow/agree/offer to let/allow girls/women [to] return to university/universities/work

# 035 Express intent to yield
035 | verb | show/display/demonstrate [a/some] willingness/readiness/flexibility to compromise

# 0351 Express intent to ease administrative sanctions (081 with a future cue)
081 | verb | scrap/drop/end/abandon/dismantle [its] zero-COVID/COVID/pandemic/coronavirus/quarantine rules/restrictions/curbs/measures
081 | verb | scrap/drop/end/abandon/dismantle [its] zero-COVID/COVID policy/policies
081 | verb | scrap/drop/end/lift most of [its] zero-COVID/COVID/pandemic/quarantine rules/restrictions/curbs/measures

# 0352 Express intent to ease popular dissent (082 with a future cue)
082 | verb | pull [its] tractors/trucks/lorries off [the] roads/motorways/highways/streets

# 0354 Express intent to ease economic sanctions (085 with a future cue)
085 | verb | ease/lift/relax/loosen trade/economic/banking/financial/export/import curbs/restrictions on _
085 | verb | ease/lift/relax/loosen trade and banking/financial/travel/investment curbs/restrictions on _
085 | verb | ease/lift/relax/loosen economic and financial curbs/restrictions on _

# 0355 Express intent to allow international involvement (086 with a future cue)
086 | verb | allow/let/permit [a/an/the] envoy/delegation/mission/team/monitors/observers/inspectors from _ to visit/enter

# 0356 Express intent to de-escalate (087 with a future cue)
087 | verb | wind down [its] ground/military/air operation/operations/offensive/campaign
087 | verb | scale down/back [its] ground/military/air operation/operations/offensive/campaign
087 | verb | stop/halt/cease attacking/targeting/shelling/bombing _

# 036 Express intent to meet or negotiate
036 | verb | signal/express/show/indicate [its] openness to [direct/face-to-face] talks/negotiations/dialogue/contacts with _

# 037 Express intent to settle dispute
037 | verb | settle/resolve [its] [territorial/border/maritime] dispute/disputes/differences through/by peaceful means

# 038 Express intent to accept mediation
038 | verb | agree to _ talks/negotiations
038 | verb | accept _ talks/negotiations

# 039 Express intent to mediate
039 | verb | stand ready to help broker/mediate
039 | verb | is/are/was/were ready/willing/prepared to help broker/mediate
039 | verb | put itself/himself/herself forward as [a/an] mediator/go-between/intermediary/broker

# 041 Discuss by telephone
041 | verb | get on the phone with _
041 | verb | dial _
041 | verb | dialled _

# 042 Make a visit
042 | verb | jet into/to _
042 | verb | touch down at _

# 045 Mediate
045 | verb | ferry/shuttle/carry/pass proposals/messages/offers/drafts between

# 046 Engage in negotiation
046 | verb | is/are/was/were locked in talks/negotiations with _
046 | verb | is/are/was/were locked in talks/negotiations

# 050 Engage in diplomatic cooperation
050 | verb | patch up [its] differences/ties/relations/quarrel/rift/feud

# 052 Defend verbally
052 | verb | shield _ from [the] [toughest/tough/further/harsh/harsher] sanctions/criticism/censure/condemnation

# 053 Rally support on behalf of
053 | verb | campaign hard for _ 's candidacy/bid/membership/admission/accession/application/entry/inclusion

# 054 Grant diplomatic recognition
054 | verb | recognise/recognize [a/the] _ state

# 056 Forgive

# "agree to" + action: verbs.lex codes a bare "agree to" as 030 and leaves the agreed action uncoded, so the
# intent code of the actions above is written out for it.
0312 | verb | agree to open [its] [military] bases to _
0314 | verb | agree to restore/resume/revive [its] [military] intelligence-sharing pact/agreement/deal/arrangement
0311 | verb | agree to step up purchases/imports of _
0311 | verb | agree to increase/boost/expand/resume purchases/imports of _
0354 | verb | agree to ease/lift/relax/loosen trade/economic/banking/financial/export/import curbs/restrictions on _
0355 | verb | agree to allow/let/permit [a/an/the] envoy/delegation/mission/team/monitors/observers/inspectors from _ to visit/enter
0356 | verb | agree to stop/halt/cease attacking/targeting/shelling/bombing _
0356 | verb | agree to wind down [its] ground/military/air operation/operations/offensive/campaign
0352 | verb | agree to pull [its] tractors/trucks/lorries off [the] roads/motorways/highways/streets
0351 | verb | agree to scrap/drop/end/lift [its] zero-COVID/COVID/pandemic/coronavirus/quarantine rules/restrictions/curbs/measures
031 | verb | agree/pledge/vow/promise/decide/resolve to join forces to/in/on
