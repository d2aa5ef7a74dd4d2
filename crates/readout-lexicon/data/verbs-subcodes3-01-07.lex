# Sub-code patterns for CAMEO roots 01-07 (statements .. provide aid), third round.
# Written for readout: longer, more specific phrasings that pick the right sub-code where a shorter pattern
# (`plead with _ to`, `call on _ to end`, `ask _ to scrap`, `promise to assist`, `call for`, `seek [the] help of`)
# would code the root or a sibling. Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).
# Regression test: eval/probes/probe-subcodes3-01-07.jsonl.

# 012 Make pessimistic comment
012 | verb | tell _ [that] he/she/it/they is/was/were/are concerned/worried/alarmed about/by/over

# 014 Consider policy option
014 | verb | say [it/they] is/was/were studying/considering/weighing/mulling/reviewing _ offer/proposal/request/suggestion/plan/idea
014 | verb | study/review/examine _ offer/proposal/request/suggestion/plan/idea
014 | verb | study/review/examine [a/an/the] offer/proposal/request/suggestion/plan/idea by/from _

# 0212 Appeal for military cooperation
0212 | noun | call for joint [coast] [guard] [military/naval/air] patrols/exercises/drills/manoeuvres/maneuvers with _
0212 | verb | call for joint [coast] [guard] [military/naval/air] patrols/exercises/drills/manoeuvres/maneuvers with _
0212 | verb | urge/ask/press _ to send troops/soldiers/forces/warships/jets for joint exercises/drills/manoeuvres/maneuvers
0212 | verb | urge/ask/press _ to help train [its] [local/national/army/security] forces/troops/soldiers/officers/pilots
0212 | verb | ask/urge/press _ to train [its] [local/national/army/security] forces/troops/soldiers/officers/pilots

# 0213 Appeal for judicial cooperation
0213 | verb | seek/enlist/request [the] help/assistance/cooperation of _ to trace/recover/freeze/repatriate/track
0213 | verb | seek/enlist/request [the] help/assistance/cooperation of _ in tracing/recovering/freezing/repatriating/tracking
0213 | verb | ask/urge/press _ to help trace/recover/freeze/repatriate/return [stolen/looted/illicit] funds/assets/money/wealth
0213 | verb | apply/appeal to _ for [the] extradition of
0213 | verb | apply/appeal to _ for [his/her/their] extradition
0213 | verb | file [a] request/application with _ for [the] extradition of
0213 | verb | ask _ for legal/judicial assistance/help/cooperation

# 0214 Appeal for intelligence
0214 | verb | request/seek satellite imagery/images/data/photos from _
0214 | verb | ask _ for satellite imagery/images/data/photos
0214 | verb | request/seek intelligence/information on/about _ from
0214 | noun | call for _ to share [airline] [passenger] data/information/intelligence

# 0241 Appeal for change in leadership (see report: "tell _ to leave office" is coded 1041 by the coder)

# 0244 Appeal for change in institutions, regime
0244 | verb | urge/ask/press/encourage _ to form [an/a] inclusive/broad-based/representative/unity/transitional government
0244 | verb | call on/upon _ to form [an/a] inclusive/broad-based/representative/unity/transitional government

# 0251 Appeal for easing of administrative sanctions
0251 | verb | urge/ask/press/implore _ to end/lift [the] internet/communications shutdown/blackout/ban
0251 | verb | call on/upon _ to end/lift [the] internet/communications shutdown/blackout/ban
0251 | verb | urge/ask/press/implore _ to restore internet/mobile/phone access/services/connections
0251 | verb | call on/upon _ to restore internet/mobile/phone access/services/connections
0251 | verb | plead/appeal with/to _ to ease/relax/lift/end [the] lockdown/curfew
0251 | verb | urge/ask/press/implore _ to ease/relax/lift/end [the] lockdown/curfew
0251 | verb | call on/upon _ to ease/relax/lift/end [the] lockdown/curfew
0251 | verb | urge/ask/press/implore _ to lift/end/revoke/repeal [the] emergency regulations/measures/laws
0251 | verb | call on/upon _ to lift/end/revoke/repeal [the] emergency regulations/measures/laws
0251 | verb | plead/appeal with/to _ to lift/end/revoke/repeal [the] emergency regulations/measures/laws

# 0252 Appeal for easing of popular dissent
0252 | verb | plead/appeal with/to _ to end/halt/suspend/stop [their] strike/walkout/sit-in
0252 | verb | plead/appeal with/to _ to call off [their] strike/walkout/sit-in
0252 | verb | plead/appeal with/to _ to end/halt/suspend/stop [their] industrial action
0252 | verb | plead/appeal with/to _ to return to work/classrooms/class/classes
0252 | verb | urge/ask/press/implore _ to return to [the] classrooms/class/classes
0252 | verb | urge/ask/implore _ to shun/boycott [the] demonstrations/protests/rallies/march/marches
0252 | verb | appeal to _ to shun/boycott [the] demonstrations/protests/rallies/march/marches
0252 | verb | urge/ask/implore _ to stay away from [the] demonstrations/protests/rallies/march/marches
0252 | verb | appeal to _ to stay away from [the] demonstrations/protests/rallies/march/marches
0252 | verb | urge/ask/implore _ to disperse
0252 | verb | call on/upon _ to disperse

# 0254 Appeal for easing of economic sanctions, boycott, or embargo
0254 | verb | press/urge/ask _ to ease/lift [the] restrictions/curbs on [its] exports/imports
0254 | verb | ask/urge/press _ to scrap/lift/ease/remove/drop [its/the] [remaining] trade/economic restrictions/curbs/sanctions
0254 | verb | call on/upon _ to scrap/lift/ease/remove/drop [its/the] [remaining] trade/economic restrictions/curbs/sanctions
0254 | noun | call/appeal for [an] end to [the] sanctions/embargo
0254 | noun | call/appeal for [an] end to _ sanctions/embargo
0254 | noun | call/appeal for [an/the] easing/lifting of [the] sanctions/embargo
0254 | noun | call/appeal for [an/the] easing/lifting of _ sanctions/embargo
0254 | noun | call/appeal for [an/the] easing/lifting of _ oil/economic/trade/financial sanctions

# 0255 Appeal for target to allow international involvement
0255 | verb | urge/ask/press _ to accept/allow/permit [the] deployment of
0255 | verb | call on/upon _ to accept/allow/permit [the] deployment of

# 0313 Express intent to cooperate on judicial matters
0313 | verb | pledge/promise/offer/agree to cooperate with _ in/on tracing/tracking/freezing/recovering/repatriating
0313 | verb | pledge/promise/offer/agree to cooperate [fully/closely] with _ in/on [the] investigation/inquiry/probe/case/prosecution
0313 | verb | promise/pledge/offer/agree to assist/help _ in [the] case/investigation/prosecution/inquiry/probe/trial
0313 | verb | agree/promise/pledge/offer to hand over [the] [two/three/four/five/several] suspect/suspects/fugitive/fugitives/convict/convicts
0313 | verb | agree/promise/pledge/offer to extradite/deport [the] [two/three/four/five/several] suspect/suspects/fugitive/fugitives/convict/convicts
0313 | verb | offer/pledge/promise/agree to help _ track down [the] suspects/fugitives/suspect/fugitive
0313 | verb | offer/pledge/promise/agree to help _ trace/arrest/catch/find [the] suspects/fugitives/suspect/fugitive
0313 | verb | say [it/they] will/would return/repatriate [stolen/looted/frozen] funds/assets/money
0313 | verb | pledge/promise/agree/offer to return/repatriate [the] [stolen/looted/frozen] funds/assets/money

# 0314 Express intent to cooperate on intelligence
0314 | verb | tell _ [that] it/he/she/they will/would share/exchange intelligence/information
0314 | verb | tell _ [that] it/he/she/they will/would be willing/ready/prepared to share/exchange intelligence/information

# 0342 Express intent to change policy
0342 | verb | promise/assure/tell _ [that] it/he/she/they will/would review/reconsider/revise/relax/rethink [its/the]
0342 | verb | pledge/promise/vow/agree/offer to review/reconsider/revise/relax/rethink/scrap/shelve [its/the] plan/plans/ban/policy/rules/law/proposal/decision
0342 | verb | say [it/they] will/would revise/review/reconsider/relax its rules/regulations/law/laws/ban/plan/plans
0342 | verb | say [it/they] will/would revise/review/reconsider/relax its immigration/visa rules/regulations/law/laws

# 0343 Express intent to provide rights
0343 | verb | say [it/he/she/they] will/would allow/let _ [to] drive/vote
# (promise/pledge are read by the existing `promise/assure/pledge/tell _ [that] freedom/freedoms/rights of/to`)
0343 | verb | vow/undertake to guarantee/protect/respect/ensure [the] freedom of [the] press/speech/assembly/worship/expression/religion
0343 | verb | vow/undertake to guarantee/protect/respect/ensure press/media freedom

# 0352 Express intent to ease popular dissent
0352 | verb | announce/say he/they will/would suspend/end/halt [weekly/mass] [anti-government] demonstrations/protests/rallies
0352 | verb | announce/say he/it/they will/would call off [the/its/their] [weekly/anti-government] demonstrations/protests/rallies
0352 | verb | pledge/promise/vow/agree to suspend/end/halt/stop [the/its/their] [weekly/mass/nationwide/street/anti-government] demonstrations/protests/rallies
0352 | verb | pledge/promise/vow/agree to call off [the/its/their] [weekly/mass/nationwide/street/anti-government] demonstrations/protests/rallies

# 0354 Express intent to ease economic sanctions, boycott, or embargo
0354 | verb | promise/pledge/vow/offer to lift/remove/scrap/drop [the] [remaining/punitive/retaliatory/anti-dumping] tariffs/duties on _
0354 | verb | agree/pledge/promise/offer/vow to suspend/lift/ease/waive [most/some/all] [of] [its] sanctions

# 038 Express intent to accept mediation
038 | verb | welcome/accept _ offer to mediate

# 053 Rally support on behalf of
053 | verb | rally/mobilise/mobilize [international/regional/global/diplomatic] support among _ for
053 | verb | rally/mobilise/mobilize [international/regional/global/diplomatic] support among _
053 | verb | seek/try/work/move to mobilise/mobilize/rally [international/regional/global] support/backing for _

# 055 Apologize
055 | verb | repeat/reiterate/renew [previous/earlier/past] apology/apologies to _

# 064 Share intelligence or information
064 | verb | hand over [flood/hydrological/weather/river/seismic] data/information to _
064 | verb | pass on [flood/hydrological/weather/river/seismic] data/information to _
064 | verb | hand over to _ [flood/hydrological/weather/river/seismic] data/information
064 | verb | pass on to _ [flood/hydrological/weather/river/seismic] data/information

# 073 Provide humanitarian aid
073 | verb | send/dispatch/fly [military] planes/plane/aircraft/ships/ship/trucks loaded with medical/relief/food supplies/aid
073 | verb | send/dispatch/fly [military] planes/plane/aircraft/ships/ship/trucks carrying medical/relief/food supplies/aid
073 | verb | send/dispatch/fly [military] planes/plane/aircraft/ships/ship/trucks loaded with food/medicine/medicines/tents
