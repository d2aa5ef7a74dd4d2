# readout verbs-probe4-01-05.lex: fourth round of verb and event-noun patterns for CAMEO roots 01-05
# (statements, appeals, intents and pledges, consultations, diplomatic cooperation), added from the probe
# sentences in eval/probes/probe4-01-05.jsonl (the prose of official and non-Western outlets, actions in
# non-finite and subordinate positions, headline idioms in body text, hedged and negated forms).
# Format as verbs.lex (see docs/lexicon.md). Written for readout.

# 010 Make statement
010 | verb | weigh in on _

# 011 Decline comment
011 | verb | refrain from commenting on/about _
011 | verb | not respond/reply to [repeated/several/multiple/written] requests/request/calls for comment on/about _
011 | verb | not return/answer calls/messages/emails seeking comment on/about _

# 012 Make pessimistic comment
012 | verb | hold out little/no/scant hope of/for
012 | verb | say [that] there was/is no [realistic/real/immediate] prospect/chance/hope of/for
012 | verb | see no [realistic/real/immediate] prospect/chance of/for
012 | verb | not expect [a/any] breakthrough/deal/agreement/progress in/on/with/from

# 013 Make optimistic comment
013 | verb | is/are/was/were bullish/sanguine about/on/over
013 | verb | expect [a/an] deal/agreement/accord/breakthrough/settlement with _
013 | verb | say [that] [a/an/the] deal/agreement/accord/settlement/breakthrough was/is within reach/grasp
013 | verb | say [that] [a/an/the] deal/agreement/accord/settlement/breakthrough with _ was/is within reach/grasp

# 014 Consider policy option
014 | verb | look into [the] possibility/feasibility of
014 | verb | look at [the] possibility/feasibility of
014 | verb | explore/study/examine/consider/weigh/assess [the] possibility/feasibility of
014 | verb | review/consider/weigh/debate/study/discuss/ponder whether to

# 016 Deny responsibility
016 | verb | brand/dismiss/describe/reject as absurd/baseless/groundless/unfounded/false/ridiculous/preposterous/fabricated _ allegations/accusations/charges/claims
016 | verb | reject/deny/dismiss/rebuff/refute suggestions/claims/allegations/accusations/charges [that] it/he/she/they was/were/is/are complicit
016 | verb | deny [any] complicity in
016 | verb | brand/dismiss/describe/reject as absurd/baseless/groundless/unfounded/false/ridiculous allegations/accusations/charges that it/he/she/they

# 017 Engage in symbolic act
017 | verb | sign [the/a] book/books/register of condolence/condolences at [the] _
017 | verb | sign [the/a] condolence book/books/register at [the] _
017 | verb | sign [the/a] book/books/register of condolence/condolences
017 | verb | sign [the/a] condolence book/books/register
017 | verb | bow [his/her/their] head/heads in [silent] tribute/prayer/respect at/before/to

# 018 Make empathetic comment
018 | verb | convey/express/voice/offer [his/her/its/their] [deep/deepest/profound/great] sorrow/grief/sadness to _
018 | verb | deeply/profoundly pained/anguished by
018 | verb | say [it/he/she/they] is/was/are/were [deeply/profoundly] pained/anguished by

# 019 Express accord
019 | verb | is/are/was/were in total/absolute/perfect agreement with _
019 | verb | say [it/he/she/they] is/was/are/were in total/absolute/perfect agreement with _

# 021 Appeal for material cooperation
021 | verb | seek/request stronger/closer/greater/deeper/increased/more cooperation from _

# 0211 Appeal for economic cooperation
0211 | verb | invite/urge/encourage/ask/press _ to pump/sink/inject investment/investments/money/capital into
0211 | verb | call on/upon _ to pump/sink/inject investment/investments/money/capital into
0211 | verb | seek/court/woo _ investment/investments in

# 0213 Appeal for judicial cooperation
0213 | verb | seek/request _ help/assistance/cooperation in tracking down
0213 | verb | seek/request _ help/assistance/cooperation in tracing/arresting/locating/apprehending/extraditing
0213 | verb | ask _ for help/assistance/cooperation in tracking down
0213 | verb | ask _ for help/assistance/cooperation in tracing/arresting/locating/apprehending/extraditing
0213 | verb | ask/urge/press/request _ to send back former/ousted/deposed/fugitive/exiled

# 0214 Appeal for intelligence
0214 | verb | ask/urge/press/request _ to share [real-time] satellite/surveillance/radar/drone/reconnaissance imagery/images/footage/data
0214 | verb | call on/upon _ to share [real-time] satellite/surveillance/radar/drone/reconnaissance imagery/images/footage/data
0214 | verb | ask/urge/press/pressure _ to disclose/reveal [the] whereabouts of
0214 | verb | call on/upon _ to disclose/reveal [the] whereabouts of

# 022 Appeal for diplomatic cooperation
022 | verb | ask/urge/press/lobby/encourage _ to throw its/their weight behind
022 | verb | call on/upon _ to throw its/their weight behind
022 | verb | lobby/petition/pressure/push _ to back/support/endorse

# 023 Appeal for aid
023 | verb | urge/ask/implore/beg/call on/upon _ to lend [a] helping hand
023 | verb | appeal to _ to lend [a] helping hand

# 0231 Appeal for economic aid
0231 | verb | approach/tap _ for [a/an] @economic_aid
0231 | verb | approach/tap _ for [an] increase/top-up/augmentation in/of [the] [size] [of] [its] bailout/loan/loans/programme/program/financing

# 0232 Appeal for military aid
0232 | verb | turn to _ for @weapons
0232 | verb | turn to _ for arms/weapons/ammunition/munitions/drones
0232 | verb | request/seek _ help/assistance/support in/with training and equipping
0232 | verb | ask _ for help/assistance/support in/with training and equipping

# 024 Appeal for political reform
024 | verb | urge/press/ask/push/encourage _ to embark on/upon [genuine/meaningful/real/sweeping/far-reaching] democratic/political reform/reforms
024 | verb | urge/press/ask/push/encourage _ to undertake/implement/initiate/enact/pursue [genuine/meaningful/real/sweeping/far-reaching] democratic/political reform/reforms
024 | verb | call on/upon _ to embark on/upon [genuine/meaningful/real/sweeping/far-reaching] democratic/political reform/reforms
024 | verb | call on/upon _ to undertake/implement/initiate/enact/pursue [genuine/meaningful/real/sweeping/far-reaching] democratic/political reform/reforms

# 0242 Appeal for policy change
0242 | verb | urge/press/ask/push/pressure _ to roll back [its] ban/decision/policy/law/laws/measure/measures/curbs/restrictions
0242 | verb | urge/press/ask/push/pressure _ to rescind/revoke/repeal [its] ban/decision/policy/law/laws/measure/measures/curbs/restrictions
0242 | verb | call on/upon _ to roll back [its] ban/decision/policy/law/laws/measure/measures/curbs/restrictions
0242 | verb | call on/upon _ to rescind/revoke/repeal [its] ban/decision/policy/law/laws/measure/measures/curbs/restrictions

# 0243 Appeal for rights
0243 | verb | urge/press/ask/push/pressure _ to restore [the] [fundamental/basic/civil/political/democratic/constitutional/human] rights/freedoms/liberties
0243 | verb | call on/upon _ to restore [the] [fundamental/basic/civil/political/democratic/constitutional/human] rights/freedoms/liberties

# 0244 Appeal for change in institutions, regime
0244 | verb | urge/press/ask/push/pressure _ to return [the] country to constitutional/civilian order/rule
0244 | verb | call on/upon _ to return [the] country to constitutional/civilian order/rule
0244 | verb | urge/press/ask/push/pressure _ to restore constitutional order/rule
0244 | verb | urge/press/ask/push/pressure _ to hand/return/transfer power [back] to civilians
0244 | verb | urge/press/ask/push/pressure _ to hand/return/transfer power [back] to [a] civilian government/authorities/administration
0244 | verb | call on/upon _ to hand/return/transfer power [back] to civilians
0244 | verb | call on/upon _ to hand/return/transfer power [back] to [a] civilian government/authorities/administration

# 0251 Appeal for easing of administrative sanctions
0251 | verb | urge/press/ask/push _ to lift/end/scrap/ease [its] moratorium/freeze on
0251 | verb | call on/upon _ to lift/end/scrap/ease [its] moratorium/freeze on

# 0252 Appeal for easing of popular dissent
0252 | verb | urge/ask/press/implore _ to resume work/duty/duties
0252 | verb | appeal to _ to resume work/duty/duties
0252 | verb | call on/upon _ to resume work/duty/duties

# 0253 Appeal for release of persons or property
0253 | verb | urge/press/ask/pressure _ to let go [of]
0253 | verb | call on/upon _ to let go [of]

# 0254 Appeal for easing of economic sanctions
0254 | verb | urge/press/ask/push _ to do away with [the/its] sanctions/embargo/blockade
0254 | verb | call on/upon _ to do away with [the/its] sanctions/embargo/blockade

# 0255 Appeal to allow international involvement
0255 | verb | ask/urge/press _ to let/allow [a/an/the] [international/UN/U.N./IAEA/independent] mission/delegation/team/inspectors/monitors/observers/experts/investigators
0255 | verb | call on/upon _ to let/allow [a/an/the] [international/UN/U.N./IAEA/independent] mission/delegation/team/inspectors/monitors/observers/experts/investigators

# 0256 Appeal for de-escalation
0256 | verb | urge/press/ask/implore _ to silence [the] guns
0256 | verb | call on/upon _ to silence [the] guns
0256 | verb | urge/press/ask _ to pull [its/their] troops/forces/soldiers back/out
0256 | verb | call on/upon _ to pull [its/their] troops/forces/soldiers back/out

# 026 Appeal to meet or negotiate
026 | verb | urge/encourage/ask/press _ to sit down together
026 | verb | call on/upon _ to sit down together

# 027 Appeal to settle dispute
027 | verb | urge/press/ask/encourage _ to iron out [their/its] differences
027 | verb | call on/upon _ to iron out [their/its] differences

# 028 Appeal to engage in or accept mediation
028 | verb | invite/ask/urge _ to oversee/supervise/sponsor [the] negotiations/talks

# 030 Express intent to cooperate
030 | verb | reaffirm/reiterate/renew/underline/underscore [its] commitment to strengthening/deepening/expanding/enhancing/boosting/developing/improving [its] ties/relations/cooperation/partnership with _
030 | verb | reaffirm/reiterate/renew/underline/underscore [its] strong/firm/full/unwavering commitment to strengthening/deepening/expanding/enhancing/boosting/developing/improving ties/relations/cooperation/partnership with _
030 | verb | work tirelessly with _

# 0311 Express intent to cooperate economically
0311 | verb | pledge/promise/vow/agree/decide/resolve to double/triple/quadruple [bilateral/two-way/annual/their] trade

# 0312 Express intent to cooperate militarily
0312 | verb | agree to restore/resume [high-level] military-to-military communication/communications/contacts/dialogue

# 0313 Express intent to cooperate on judicial matters
0313 | verb | pledge/promise/vow/agree/offer/undertake to speed up [the] extradition/deportation/handover/repatriation of
0313 | verb | pledge/promise/vow/agree/offer/undertake to expedite/fast-track/hasten [the] extradition/deportation/handover/repatriation of
0313 | verb | promise/pledge/vow/agree/offer/undertake to cooperate [fully/closely] with _ in [the] case/investigation/probe/inquiry/trial/prosecution

# 0314 Express intent to cooperate on intelligence
0314 | verb | pledge/promise/agree/vow/offer/decide to share [real-time] [missile] warning data/intelligence/information

# 033 Express intent to provide material aid (070 with a future cue)
070 | verb | lend [a] hand to _

# 0332 Express intent to provide military aid (072 with a future cue)
072 | verb | keep arms/weapons/munitions/ammunition/ammo flowing to _
072 | verb | keep [the] military aid/assistance/support flowing to _

# 0333 Express intent to provide humanitarian aid
0333 | verb | pledge/promise/offer/earmark [emergency] humanitarian/relief/disaster aid/assistance/relief for [the] victims of
0333 | verb | pledge/promise/offer/earmark [emergency] humanitarian/relief/disaster aid/assistance/relief for [the] earthquake/quake/flood/cyclone/typhoon/hurricane/disaster victims in _

# 0334 Express intent to provide military protection or peacekeeping
074 | verb | lead [a/the] [multinational/international/UN-backed/U.N.-backed/regional] security/peacekeeping/stabilisation/stabilization/police mission/force to _
0334 | verb | reaffirm/reiterate/renew/underline/underscore [its] commitment to defend/defending/protect/protecting _
0334 | verb | reaffirm/reiterate/renew/underline/underscore [its] ironclad/iron-clad/unwavering/steadfast/firm/strong/unshakeable/unshakable commitment to defend/defending/protect/protecting _

# 034 Express intent to institute political reform
034 | verb | pledge/promise/vow/undertake to usher in [sweeping/far-reaching/wide-ranging/broad/genuine/major] political/democratic/constitutional reform/reforms
034 | verb | pledge/promise/vow/undertake to introduce/implement/enact [sweeping/far-reaching/wide-ranging/broad/genuine/major] political/democratic/constitutional reform/reforms
034 | verb | pledge/promise/vow/undertake to push through [sweeping/far-reaching/wide-ranging/broad/genuine/major] political/democratic/constitutional reform/reforms

# 0341 Express intent to change leadership
0341 | verb | signal/indicate/hint [that] he/she/it/they would/will step down/aside
0341 | verb | signal/indicate/hint [that] he/she/it/they would/will stand down/aside
0341 | verb | signal/indicate/hint [that] he/she/it/they would/will resign/quit

# 0342 Express intent to change policy
0342 | verb | pledge/promise/vow/agree/offer/decide to roll back [the] [contentious/controversial/disputed/unpopular] law/laws/policy/policies/measure/measures/rules
0342 | verb | pledge/promise/vow/agree/offer/decide to repeal/scrap/withdraw/rescind/revoke [the] contentious/controversial/unpopular law/laws/policy/policies/measures
0342 | verb | pledge/promise/vow/agree/offer/decide to roll back [the] [contentious/controversial/unpopular] farm/labour/labor/land/tax/citizenship laws/law/reforms
0342 | verb | pledge/promise/vow/agree/offer/decide to repeal/scrap/rescind/revoke [the] contentious/controversial farm/labour/labor/land/citizenship laws/law
0342 | verb | say [it/he/she/they] would/will relax/ease/raise [its] cash withdrawal limits/limit
0342 | verb | say [it/he/she/they] would/will relax/ease/loosen its withdrawal/lending limits/limit
0342 | verb | say [it/he/she/they] would/will relax/ease/loosen withdrawal/lending limits/limit

# 0343 Express intent to provide rights
0343 | verb | promise/pledge/vow/agree/undertake to allow/let _ [to] campaign/operate/work/report/protest/assemble freely
0343 | verb | promise/pledge/vow/agree/undertake to allow/let opposition parties/candidates/groups/activists/journalists/media/protesters [to] campaign/operate/work/report/protest/assemble/organise/organize freely

# 0344 Express intent to change institutions, regime
0344 | verb | announce/unveil/outline [a] plan/plans to put [a/the] [new/draft] constitution/charter to [a] referendum/vote
0344 | verb | announce/unveil/outline [a] plan/plans to put [a/the] draft constitution to [a] nationwide/national/popular referendum/vote
0344 | verb | announce/unveil/outline [a] plan/plans to put [a/the] constitution to [a] nationwide/national/popular referendum/vote
0344 | verb | pledge/promise/vow/agree/decide to put [a/the] [new/draft/revised/amended] constitution/charter to [a] referendum/vote
0344 | verb | pledge/promise/vow/agree/decide to put [a/the] [new/draft] constitution/charter to [a] nationwide/national/popular referendum/vote

# 0354 Express intent to ease economic sanctions, boycott, or embargo
0354 | verb | agree/pledge/promise/offer/decide to lift/ease/end/scrap [its] ban/bans/restrictions/curbs on imports/exports of
0354 | verb | say [it/they] would/will lift/ease/end/scrap its ban/bans/restrictions/curbs on imports/exports of
0354 | verb | say [it/they] would/will lift/ease/end/scrap ban/bans/restrictions/curbs on imports/exports of

# 0355 Express intent to allow international involvement (086 with a future cue)
086 | verb | grant/give/allow [the] _ investigators/inspectors/monitors/observers/experts/envoy/mission [full/unfettered/unhindered/unrestricted/immediate] access to

# 0356 Express intent to de-escalate military engagement
0356 | verb | commit/agree [itself] to [a] [temporary/humanitarian/brief] pause/halt/lull in [the] fighting/hostilities
0356 | verb | commit/agree [itself] to [a] [temporary/humanitarian/brief] truce/ceasefire/cease-fire

# 036 Express intent to meet or negotiate
036 | verb | propose/suggest/offer holding [working-level/high-level/direct/fresh/new/military/official] talks/negotiations/dialogue/meeting/meetings/summit with _
036 | verb | propose/suggest/offer to hold [working-level/high-level/direct/fresh/new/military/official] talks/negotiations/dialogue/meeting/meetings/summit with _

# 037 Express intent to settle dispute
037 | verb | reaffirm/reiterate/renew its commitment to [a] peaceful/negotiated settlement/resolution/solution of/to its dispute/controversy/differences/conflict/row with _
037 | verb | reaffirm/reiterate/renew its commitment to [a] peaceful/negotiated settlement/resolution/solution of/to [the] dispute/controversy/differences/conflict/row with _
037 | verb | reaffirm/reiterate/renew its commitment to [a] peaceful/negotiated settlement/resolution/solution of/to its border/territorial/maritime dispute/controversy/row with _
037 | verb | committed to resolving/settling [its/their] [border/territorial/maritime/boundary] dispute/controversy/differences/row/feud amicably/peacefully

# 038 Express intent to accept mediation
038 | verb | welcome [a/an] _ role in mediating/brokering/facilitating

# 042 Make a visit
042 | verb | is/are/was/were on [a/an] visit/trip/tour to _

# 043 Host a visit
043 | verb | extend [a] warm/hearty/cordial welcome to _
043 | verb | accord/give/extend [a] ceremonial/grand/rousing/red-carpet/lavish/traditional/official welcome to _

# 045 Mediate
045 | verb | broker [a/the] [short-term/temporary/humanitarian/fragile/week-long/limited] truce/ceasefire/cease-fire between _
045 | verb | help negotiate/broker/mediate [the] truce/ceasefire/cease-fire/deal/agreement/accord
045 | verb | play [the] role of intermediary/mediator/go-between/broker/facilitator between _

# 046 Engage in negotiation
046 | verb | bargain [hard] with _
046 | verb | haggle [hard] with _

# 050 Engage in diplomatic cooperation
050 | verb | reopen [its/their] embassy/embassies in _
050 | verb | agree to reopen [its/their] embassy/embassies/missions
050 | verb | upgrade/elevate/raise [its/their] relationship/relations/ties to [a] comprehensive/strategic

# 052 Defend verbally
052 | verb | go to bat for _

# 053 Rally support on behalf of
053 | verb | marshal/muster/rally/canvass backing for _

# 054 Grant diplomatic recognition
054 | verb | open [formal] diplomatic ties/relations with _
054 | verb | open [formal] diplomatic ties/relations

# 057 Sign formal agreement
057 | verb | put/affix [its/their] signature/signatures to
057 | verb | exchange signed documents/agreements/memorandums/memoranda/accords

