# readout verbs-probe2-01-05.lex: second round of verb and event-noun patterns for CAMEO roots 01-05
# (statements, appeals, intents and pledges, consultations, diplomatic cooperation), added from the probe
# sentences in eval/probes/probe2-01-05.jsonl (wire-news wordings: datelines, titles, reported speech,
# passives, less common verbs, British and American spellings) that the other verb files did not reach.
# Format as verbs.lex (see docs/lexicon.md). Written for readout.

# 011 Decline comment
011 | verb | not be drawn on/over/about/into
011 | verb | decline/refuse to be drawn on/over/about/into
011 | verb | decline to elaborate on/about _
011 | verb | decline to go into details/detail
011 | verb | decline to give/provide/offer details/specifics
011 | verb | remain/stay/keep tight-lipped/mum/silent about/on/over _
011 | verb | say [it/he/she/they] had/has no comment on/about _

# 012 Make pessimistic comment
012 | verb | doubtful/sceptical/skeptical that/about/whether
012 | verb | deeply/highly doubtful/sceptical/skeptical
012 | verb | say [it/he/she/they] was/is/were/are doubtful/sceptical/skeptical
012 | verb | cast doubt/doubts on [the] prospects/chances/likelihood/hopes of/for
012 | verb | throw doubt/doubts on [the] prospects/chances/likelihood/hopes of/for
012 | verb | gloomy/downbeat/pessimistic about/over/on
012 | verb | say [it/he/she/they] is/was/are/were doubtful/sceptical/skeptical about/that/whether/over
012 | verb | say [it/he/she/they] is/was/are/were gloomy/downbeat about/over
012 | verb | voice/express misgivings about/over
012 | verb | see [only] slim/dim/faint/remote/little chance/chances/prospect/prospects of/for
012 | verb | describe [the] chances/prospects/odds as slim/dim/remote/poor
012 | verb | strike/sound [a] gloomy/downbeat/sombre/somber/pessimistic note/tone about/on/over _

# 013 Make optimistic comment
013 | verb | optimistic/hopeful/upbeat that/about/on/over
013 | verb | cautiously optimistic/hopeful/upbeat/confident
013 | verb | say [it/he/she/they] is/was/are/were cautiously optimistic/hopeful/upbeat/confident
013 | verb | say [it/he/she/they] is/was/are/were hopeful/upbeat that/about/on/over
013 | verb | strike/sound [an] upbeat/optimistic/positive/hopeful note/tone about/on/over _
013 | verb | voice/express [growing/renewed/strong] confidence that/in
013 | verb | see light at [the] end of [the] tunnel
013 | verb | say [it/he/she/they] saw/sees light at [the] end of [the] tunnel

# 014 Consider policy option
014 | verb | mull/weigh/consider/contemplate/study [new/tighter] restrictions/curbs/controls/limits on exports/imports to/from _
014 | verb | mull/weigh/consider/contemplate/study retaliatory/punitive tariffs/duties/measures on/against _
014 | verb | mull/weigh/consider/contemplate/study [imposing] tariffs/duties on _

# 015 Claim responsibility
015 | verb | say it/he/she/they had carried out
015 | verb | say it/he/she/they had staged/conducted/launched/mounted/perpetrated/executed
015 | verb | say [it/they] staged/mounted/perpetrated [the] attack/attacks/bombing/bombings/assault/ambush/raid/raids
015 | verb | claim/admit/acknowledge [that] it/he/she/they had carried out
015 | verb | claim/admit/acknowledge [that] it/he/she/they had staged/conducted/launched/mounted/perpetrated
015 | verb | claim/take ownership of [the] attack/attacks/bombing/bombings/assault/ambush/raid/killing/kidnapping

# 016 Deny responsibility
016 | verb | dismiss/reject/deny/rebuff/refute allegations/accusations/claims/suggestions/reports [that] it/he/she/they was/were behind
016 | verb | insist/say/maintain [that] it/he/she/they played/had no part/role/hand in
016 | verb | play no part/role/hand in
016 | verb | distance itself/himself/herself/themselves from [the] kidnapping/abduction/assassination/shooting/massacre/ambush/raid/raids/bombings/assault
016 | verb | say [that] it/he/she/they had no knowledge of
016 | verb | wash its/his/her/their hands of
016 | verb | disown [the] attack/attacks/bombing/killing/killings/kidnapping/assassination

# 017 Engage in symbolic act
017 | verb | pay homage/tribute/respects at [the] mausoleum/memorial/tomb/grave/graves/monument/shrine/cenotaph/cemetery of/to/for _
017 | verb | plant [a] pine/olive/peace/commemorative/friendship tree [together] with _
017 | verb | bow [his/her/their] head/heads at/before [the] memorial/monument/grave/tomb/cenotaph/mausoleum/shrine

# 018 Make empathetic comment
018 | verb | share [in] [the] grief/pain/sorrow/anguish/suffering of _
018 | verb | saddened/grieved by
018 | verb | deeply/profoundly saddened/grieved/distressed by
018 | verb | say [it/he/she/they] is/was/are/were [deeply/profoundly] saddened/grieved/distressed by
018 | verb | express/voice/convey/offer [his/her/its/their] [spiritual] closeness/nearness to _
018 | verb | stand with _ in [this/its/their] hour/time/moment of grief/sorrow/mourning/need
018 | verb | stand shoulder to shoulder with _ in [this/its/their] hour/time/moment of grief/sorrow/mourning/need
018 | verb | say [that] his/her/its/their heart/hearts go/goes/went out to _

# 019 Express accord
019 | verb | share _ view/views/assessment/conviction/belief/position
019 | verb | concur with _
019 | verb | is/are/was/were of one mind with/on
019 | verb | is/are/was/were on [the] same wavelength as/with _

# 021 Appeal for material cooperation
021 | verb | appeal to _ for closer/greater/more/stronger/increased/deeper cooperation
021 | verb | ask/urge/press _ for closer/greater/more/stronger/increased/deeper cooperation

# 0211 Appeal for economic cooperation
0211 | verb | encourage/urge/invite/ask/press _ to pour/plough/plow investment/money/capital into
0211 | verb | call on/upon _ to pour/plough/plow investment/money/capital into
0211 | verb | ask/urge/press _ to grant/give/allow duty-free/tariff-free/quota-free/preferential access
0211 | verb | call on/upon _ to grant/give/allow duty-free/tariff-free/quota-free/preferential access
0211 | verb | seek/request duty-free/tariff-free/quota-free/preferential access to _

# 0212 Appeal for military cooperation
0212 | verb | request/seek military/defence/defense training [assistance/help/support] from _
0212 | verb | ask _ for military/defence/defense training [assistance/help/support]

# 0213 Appeal for judicial cooperation
0213 | verb | ask _ for judicial/legal assistance/cooperation/help
0213 | verb | request/seek judicial/legal assistance/cooperation/help from _

# 0214 Appeal for intelligence
0214 | verb | request/seek access to _ radar/satellite/surveillance/flight/intelligence data/records/images/information
0214 | verb | ask for access to _ radar/satellite/surveillance/flight/intelligence data/records/images/information

# 022 Appeal for diplomatic cooperation
022 | verb | solicit/seek/request/enlist/court _ [diplomatic/political] support/backing for
022 | verb | solicit/enlist/court _ diplomatic/political support/backing

# 0232 Appeal for military aid
0232 | verb | lobby/press/ask/urge _ for [faster/quicker/speedier/swift/speedy] delivery/deliveries of @weapons
0232 | verb | renew/repeat/reiterate/make [his/her/its/their] plea/appeal/request/call for [long-range/advanced/modern/heavy] @weapons

# 0234 Appeal for military protection or peacekeeping
0234 | verb | ask/urge/press _ to extend [its/the] peacekeeping/stabilisation/stabilization/protection/military/security mission/force/mandate/deployment
0234 | verb | call on/upon _ to extend [its/the] peacekeeping/stabilisation/stabilization/protection/military/security mission/force/mandate/deployment
0234 | verb | appeal to _ for [naval/military/armed/international] protection
0234 | verb | ask/urge/press _ for [naval/military/armed/international] protection
0234 | verb | seek [naval/military/armed/international] protection from _

# 024 Appeal for political reform
024 | verb | urge/press/push/encourage/ask _ to press ahead with political/democratic reform/reforms/liberalisation/liberalization/opening
024 | verb | call on/upon _ to press ahead with political/democratic reform/reforms/liberalisation/liberalization/opening
024 | verb | urge/press/push/encourage/ask _ to open up [the] political space/system
024 | verb | call on/upon _ to open up [the] political space/system

# 0242 Appeal for policy change
020 | verb | advise/counsel _ to
0242 | verb | urge/press/ask/advise _ to rein in [public/government/state] spending/borrowing/deficit
0242 | verb | urge/press/ask/advise _ to scrap/cut/end/slash/reduce [its] [energy/fuel/food] subsidies
0242 | verb | urge/press/ask/advise _ to phase out [its] [energy/fuel/food] subsidies

# 0243 Appeal for rights
0243 | verb | urge/press/ask _ to ensure/guarantee/respect/uphold due process
0243 | verb | call on/upon _ to ensure/guarantee/respect/uphold due process
0243 | verb | urge/press/ask _ to ensure/guarantee [a] fair trial/trials
0243 | verb | call on/upon _ to ensure/guarantee [a] fair trial/trials

# 0251 Appeal for easing of administrative sanctions
0251 | verb | urge/press/ask/push _ to scrap/end/lift/ease/drop [the] [mandatory/compulsory/hotel] quarantine [rules/requirement/requirements/period]
0251 | verb | call on/upon _ to scrap/end/lift/ease/drop [the] [mandatory/compulsory/hotel] quarantine [rules/requirement/requirements/period]

# 0252 Appeal for easing of popular dissent
0252 | verb | urge/press/ask _ to lift/end/remove/clear/dismantle [the/their] [road] blockades/blockade/barricades/roadblocks
0252 | verb | appeal to _ to lift/end/remove/clear/dismantle [the/their] [road] blockades/blockade/barricades/roadblocks
0252 | verb | call on/upon _ to lift/end/remove/clear/dismantle [the/their] [road] blockades/blockade/barricades/roadblocks
0252 | verb | urge/press/ask _ to call off [the/their] blockades/blockade/protests/protest/strike/march/sit-in
0252 | verb | appeal to _ to call off [the/their] blockades/blockade/protests/protest/strike/march/sit-in
0252 | verb | call on/upon _ to call off [the/their] blockades/blockade/protests/protest/strike/march/sit-in

# 0253 Appeal for release of persons or property
0253 | verb | press/urge/ask/pressure _ to set free/loose
0253 | verb | call on/upon _ to set free/loose

# 0254 Appeal for easing of economic sanctions
0254 | verb | renew/repeat/reiterate [his/her/its/their] call/calls for _ to remove/lift/ease/scrap/end [the] sanctions
0254 | verb | ask/urge/press _ to unfreeze [its/the] [frozen] assets/funds/money/revenue/revenues/reserves
0254 | verb | call on/upon _ to unfreeze [its/the] [frozen] assets/funds/money/revenue/revenues/reserves
0254 | verb | ask/urge/press _ to unfreeze
0354 | verb | agree/pledge/promise/offer to unfreeze
085 | verb | unfreeze [its/the] [frozen] assets/funds/money/revenue/revenues/reserves

# 0255 Appeal to allow international involvement
0255 | verb | ask/urge/press _ for unfettered/unhindered/unimpeded/full/free/independent/meaningful access to
0255 | verb | call on/upon _ for unfettered/unhindered/unimpeded/full/free/independent/meaningful access to

# 027 Appeal to settle dispute
027 | verb | exhort/urge/press/ask/encourage _ to bury the hatchet
027 | verb | call on/upon _ to bury the hatchet
027 | verb | exhort/urge/press/ask/encourage _ to defuse/end/settle/resolve [their/the/its] [border] row/feud/quarrel/spat/standoff/stand-off
027 | verb | call on/upon _ to defuse/end/settle/resolve [their/the/its] [border] row/feud/quarrel/spat/standoff/stand-off
027 | verb | exhort/urge/press/ask/encourage _ to patch up [their/its] differences/quarrel/relations/ties
027 | verb | call on/upon _ to patch up [their/its] differences/quarrel/relations/ties

# 030 Express intent to cooperate
030 | verb | ready/willing/prepared to work [closely/together] with _
030 | verb | ready/willing/prepared to work hand in hand with _
030 | verb | say [it/he/she/they] is/was/are/were ready/willing/prepared to work hand in hand with _
030 | verb | say [it/he/she/they] is/was/are/were willing/prepared to work [closely/together] with _
030 | verb | say [it/he/she/they] is/was/are/were ready to work closely/together with _
030 | verb | stand ready to partner/work/cooperate/collaborate with _

# 031 Express intent to engage in material cooperation (as 060 with a future cue)
060 | verb | step up practical cooperation with _
060 | verb | expand/boost/deepen/broaden/intensify practical cooperation with _

# 0311 Express intent to cooperate economically
0311 | verb | announce/unveil [a] plan/plans to pour/invest/plough/plow into/in _
0311 | verb | pledge/promise/vow/offer to pour/plough/plow into _

# 0313 Express intent to cooperate on judicial matters
0313 | verb | assure/tell/promise _ [that] it/he/she/they will/would extradite/deport
0313 | verb | assure/tell/promise _ [that] it/he/she/they will/would hand over
0313 | verb | cooperate [fully/closely] with _ investigators/prosecutors/investigation/probe/inquiry

# 0314 Express intent to cooperate on intelligence (as 064 with a future cue)
064 | verb | pool intelligence/information with _

# 0331 Express intent to provide economic aid
0331 | verb | earmark/allocate/commit/pledge/promise/offer concessional/soft/low-interest/interest-free/preferential loans/credit/financing/credits for/to _
0331 | verb | announce/unveil/approve [a/an] package of assistance/aid/support/loans/grants for/to _
0331 | verb | announce/unveil [a/an] aid/assistance/financial/rescue/support/economic package for/to _

# 0332 Express intent to provide military aid
072 | verb | deliver/supply/send/provide [a] Patriot [air] [defence/defense] battery/batteries/system/systems to _
0332 | verb | clear/approve/authorise/authorize [the] [possible/potential/proposed] sale of @weapons to _
0332 | verb | clear/approve/authorise/authorize [a/an/the] [possible/potential/proposed] arms sale/sales/deal to/with _

# 0333 Express intent to provide humanitarian aid
0333 | verb | earmark/allocate/commit @humanitarian_aid for/to _

# 0334 Express intent to provide peacekeeping (as 074 with a future cue)
074 | verb | lead/head/command [a/the] [United] [Nations] peacekeeping/stabilisation/stabilization force/mission in _
074 | verb | lead/head/command a/the UN/U.N./multinational/international/regional/African peacekeeping/stabilisation/stabilization force/mission in _

# 034 Express intent to institute political reform (as 083 with a future cue)
083 | verb | open up [the] political system/process/arena

# 0342 Express intent to change policy
0342 | verb | signal/flag/announce [a] U-turn/reversal/about-turn/climbdown on/over
0342 | verb | hint at [a] U-turn/reversal/about-turn/climbdown on/over

# 0343 Express intent to provide rights
0343 | verb | commit [itself] to guaranteeing/respecting/protecting/ensuring/upholding [the] freedom/freedoms/rights
0343 | verb | commit [itself] to ending forced/child labour/labor
0343 | verb | promise/assure/pledge/tell _ [that] freedom/freedoms/rights of/to

# 0344 Express intent to change institutions
0344 | verb | commit/recommit [itself] to returning/handing/restoring/transferring power to
0344 | verb | commit/recommit [itself] to handing/giving power back to
0344 | verb | commit/recommit [itself] to holding [free/fresh/early/democratic] elections/polls
0834 | verb | curb/limit/trim/reduce/cut/dilute [the] presidential powers/power

# 035 Express intent to yield (as 080 with a future cue)
080 | verb | meet _ halfway

# 0352 Express intent to ease popular dissent (as 082 with a future cue)
082 | verb | end/halt/suspend/stop [its/their] street/mass/weekly/daily/anti-government protests/protest/demonstrations/rallies

# 0354 Express intent to ease economic sanctions (as 085 with a future cue)
085 | verb | remove/scrap/drop/lift [the] punitive/retaliatory/anti-dumping tariffs/duties on _

# 0355 Express intent to allow international involvement (as 086 with a future cue)
086 | verb | permit/allow/admit/accept [a/an] _ monitoring/observer/verification/fact-finding team/mission/force

# 036 Express intent to meet or negotiate
036 | verb | look forward to [a/the] [face-to-face/first/direct/personal] meeting/talks/summit/encounter with _

# 037 Express intent to settle dispute
037 | verb | determined/committed to resolve/settle/resolving/settling [its/their] dispute/differences/issue/row with _
037 | verb | determine/commit to resolve/settle/resolving/settling [its/their] maritime/border/boundary/territorial dispute/issue/row with _
037 | verb | determined/committed to iron out [its/their] differences
037 | verb | say [it/he/she/they] is/was/are/were determined/committed to iron out [its/their] differences
037 | verb | say [it/they] is/was/are/were determined to resolve/settle [its/their] dispute/differences/row with _

# 038 Express intent to accept mediation
038 | verb | welcome/accept [an/the] offer from/by _ to mediate/broker/facilitate
038 | verb | open/receptive to _ mediation
038 | verb | say [it/he/she/they] is/was/are/were open/receptive to _ mediation
038 | verb | is/are/was/were open/receptive to _ mediation

# 053 Rally support on behalf of
053 | verb | canvass/rally/mobilise/mobilize/marshal/garner/build support on behalf of _
053 | verb | drum up support on behalf of _

# 055 Apologize
055 | verb | express/voice/convey/offer [his/her/its/their] [deepest/deep/profound/sincere/heartfelt] regret/regrets to _

# 057 Sign formal agreement
057 | verb | sign/ink [a] memorandum of understanding/cooperation with _
057 | verb | sign/ink [a/an] MoU/MOU with _

# "agree to" + action: verbs.lex codes a bare "agree to" as 030 and leaves the action uncoded, so the agreed
# action's intent code is written out here.
0332 | verb | agree to deliver/supply/send/provide/give @weapons to _
0332 | verb | agree to deliver/supply/send/provide [a] Patriot [air] [defence/defense] battery/batteries/system/systems to _
0352 | verb | agree to end/halt/suspend its/their street/mass/nationwide/weekly/anti-government protests/protest/demonstrations/rallies/strike/sit-in/blockade
0352 | verb | agree to end/halt/suspend/stop [the/its/their] protests/protest/demonstrations/strike/strikes/sit-in/sit-ins/blockade
0352 | verb | agree to call off [the/its/their] protests/protest/demonstrations/strike/strikes/sit-in/sit-ins/blockade
0355 | verb | agree to give/grant/allow inspectors/monitors/investigators/observers of _ access
0355 | verb | agree to give/grant _ inspectors/monitors/investigators/observers [full/unfettered/unhindered/immediate] access
0355 | verb | agree to permit/allow/admit/accept [a/an] _ monitoring/observer/verification/fact-finding team/mission/force
0354 | verb | agree to remove/lift/scrap/drop/ease [the] [punitive/retaliatory/anti-dumping] tariffs/duties on _
0344 | verb | agree to curb/limit/trim/reduce [the] presidential powers/power
0356 | verb | agree to disengage [its/their] troops/forces

# Second pass: wordings from paraphrase checks of the families above.
015 | verb | say [that] its/their fighters/militants/forces/members/men/gunmen/units was/were behind
0256 | verb | urge/press/ask/implore _ to hold [its/their] fire
0256 | verb | call on/upon _ to hold [its/their] fire
030 | verb | offer [its/his/her/their] [full/complete/total] cooperation to _
0311 | verb | offer _ [a] free trade deal/agreement/pact/zone
0332 | verb | announce/unveil/approve/pledge [a/an] package of military aid/assistance for/to _
0332 | verb | announce/unveil/approve/pledge [a/an] military aid/assistance package for/to _
086 | verb | welcome/accept/receive _ inspectors/monitors/observers/investigators
036 | verb | ready/prepared/willing for talks/negotiations/dialogue with _
036 | verb | say [it/he/she/they] is/was/are/were ready/prepared/willing for talks/negotiations/dialogue with _
0341 | verb | not seek re-election/reelection
0341 | verb | not seek [a] another/second/third/fourth/fifth/new term
0341 | verb | not run/stand for re-election/reelection
0341 | verb | not run/stand for [a] another/second/third/fourth/fifth/new term

# "committed to" + action: "committed" is no future cue, so the commitment's intent code is written out.
0331 | verb | commit/recommit [itself] to providing/extending/lending/giving @economic_aid to _
0332 | verb | commit/recommit [itself] to sending/supplying/providing/delivering @weapons to _
0333 | verb | commit/recommit [itself] to sending/providing/delivering @humanitarian_aid to _
0334 | verb | commit/recommit [itself] to sending/deploying/contributing [its] peacekeepers/troops to _
0353 | verb | commit/recommit [itself] to releasing/freeing [all] [the/its] hostages/prisoners/detainees/captives
0354 | verb | commit/recommit [itself] to lifting/easing [the/its] sanctions/embargo on _
0355 | verb | commit/recommit [itself] to allowing/admitting [the] _ inspectors/monitors/observers/investigators
0356 | verb | commit/recommit [itself] to withdrawing/removing [its/their] troops/forces
0356 | verb | commit/recommit [itself] to pulling [its/their] troops/forces out/back
0356 | verb | commit/recommit [itself] to pulling back/out [its/their] troops/forces
036 | verb | commit/recommit [itself] to holding/resuming talks/negotiations/dialogue with _
030 | verb | commit/recommit [itself] to cooperating/working with _

# Negated optimism is pessimism ("said Moscow was not optimistic about talks with Kyiv").
012 | verb | not optimistic/hopeful/upbeat/confident about/that/on/over

# Claims and admissions in other words.
015 | verb | claim [the] drone/rocket/missile/mortar/grenade/bomb/car/truck attack/attacks/strike/strikes/bombing on/against _
015 | verb | admit/acknowledge/concede [that] it/they had mistakenly/accidentally/inadvertently/wrongly
017 | verb | pray at [the] memorial/grave/tomb/shrine/cenotaph/monument/mausoleum
