# readout verbs-probe-01-05.lex: verb and event-noun patterns for CAMEO roots 01-05 (statements, appeals,
# intentions, consultations, diplomatic cooperation), added from probe sentences (eval/probes/probe-01-05.jsonl)
# whose wording the other verb files did not reach. Format as verbs.lex (see docs/lexicon.md). Written for readout.

# 011 Decline comment
011 | verb | have no [immediate] comment on
011 | verb | offer/give no [immediate] comment on
011 | verb | not comment on
011 | verb | not immediately comment on
011 | verb | decline/refuse to confirm or deny
011 | verb | neither confirm nor deny
011 | verb | remain/stay silent on/about/over

# 012 Make pessimistic comment
012 | verb | is/are/were pessimistic about/over/on [the] chances/prospects of/for
012 | verb | say [it/he/she/they] was pessimistic about/over/on [the] chances/prospects of/for
012 | verb | voice/express [deep/growing] pessimism about/over/on
012 | verb | voice/express [deep/growing] doubts about/over [the] chances/prospects of/for
012 | verb | warn that [the] chances/prospects/odds of/for

# 013 Make optimistic comment
013 | verb | is/are/were upbeat/optimistic/hopeful/confident about/on/over [the] chances/prospects of/for
013 | verb | say [it/he/she/they] was upbeat/optimistic/hopeful/confident about [the] chances/prospects of/for
013 | verb | is/are/were encouraged by [the] progress in/of/made
013 | verb | say [it/he/she/they] was encouraged by [the] progress in/of/made
013 | verb | voice/express optimism about/over/on
013 | verb | voice/express [cautious] optimism that

# 014 Consider policy option
014 | verb | explore/examine/study/review/weigh [its/all] options for/to/on
014 | verb | draw up options for

# 015 Acknowledge or claim responsibility
015 | verb | claim [the] attack/bombing/killing/kidnapping/assassination/shelling on/of/against _
015 | verb | admit/accept/acknowledge responsibility/liability for
015 | verb | take/accept [the] blame for
015 | verb | admit/acknowledge [its] role in
015 | verb | admit to carrying out
015 | verb | say [it/he/she/they] was/were responsible for
015 | verb | admit/acknowledge/concede carrying out [air] strike/strikes/airstrike/airstrikes/attack/attacks/raid/raids on/against _
015 | verb | admit/acknowledge/concede [that] its forces/troops/military/army/soldiers/missiles had/have

# 016 Deny responsibility
016 | verb | deny [any] role/involvement/part/hand in
016 | verb | deny [any] responsibility for
016 | verb | disclaim [any] responsibility for
016 | verb | say [it/he/she/they] had nothing to do with
016 | verb | insist [that] it/he/she/they had nothing to do with
016 | verb | disavow [any] role/involvement/part in

# 017 Engage in symbolic act
017 | verb | kneel [silently] at/before [a] memorial/monument/grave/tomb to _
017 | verb | lay/place [a] wreath/wreaths/flowers at [a] memorial/monument/tomb/grave to/for/of _
017 | verb | lay/place [a] wreath/wreaths at
017 | verb | observe [a] minute's/moment's silence for _
017 | verb | observe [a] minute/moment of silence for _
017 | verb | pay [its] respects at [a] memorial/grave/tomb/mausoleum/cemetery
017 | verb | visit [a] memorial/monument/mausoleum/graves/grave to/of _
017 | verb | light [a] candle/candles in memory of _

# 018 Make empathetic comment
018 | verb | say its thoughts/prayers/hearts are/were/go/went with/to _
018 | verb | say its thoughts and prayers are/were with _
018 | verb | express/extend/offer/convey/voice [its] [deep/deepest/heartfelt/sincere] sympathy/sympathies with/for _
018 | verb | send [a] message/messages of condolence/sympathy/solidarity to _
018 | noun | message of condolence/sympathy to _
018 | verb | mourn with _

# 019 Express accord
019 | verb | is/are/were in [full/complete/broad/general] agreement with _
019 | verb | say [it/he/she/they] was in [full/complete/broad/general] agreement with _
019 | verb | see eye to eye with _
019 | verb | see eye-to-eye with _
019 | verb | is/are/were on [the] same page as/with _
019 | verb | is/are/were of [the] same view/opinion as _

# 0211 Appeal for economic cooperation
0211 | verb | urge/press/ask/encourage/pressure/push/invite _ to scrap/cut/lower/remove/lift/drop/waive [its] tariffs/duties/levies
0211 | verb | call on _ to scrap/cut/lower/remove/lift/drop/waive [its] tariffs/duties/levies
0211 | verb | urge/press/ask/encourage/pressure/push _ to open [up] [its] market/markets/economy
0211 | verb | call on/upon _ to open [up] [its] market/markets/economy
0211 | verb | invite/urge/encourage/ask _ to take part in building/constructing/developing/financing
0211 | verb | invite/urge/encourage/ask _ to participate in building/constructing/developing/financing
0211 | verb | invite/urge/encourage/ask _ to invest in
0211 | verb | urge/press/ask/encourage _ to boost/expand/increase/deepen trade/investment/economic ties/economic cooperation
0211 | verb | call on/upon _ to boost/expand/increase/deepen trade/investment/economic ties/economic cooperation

# 0212 Appeal for military cooperation
0212 | verb | urge/press/ask/encourage/invite _ to hold/conduct/stage/join [joint] [naval/military/air/army] drills/exercises/patrols
0212 | verb | call on/upon _ to hold/conduct/stage/join [joint] [naval/military/air/army] drills/exercises/patrols
0212 | verb | urge/press/ask/encourage _ to deepen/expand/boost/strengthen/intensify military/defence/defense/security cooperation
0212 | verb | call on/upon _ to deepen/expand/boost/strengthen/intensify military/defence/defense/security cooperation
0212 | verb | urge/press/ask/encourage _ to step up military/defence/defense/security cooperation
0212 | verb | call on/upon _ to step up military/defence/defense/security cooperation

# 0213 Appeal for judicial cooperation
0213 | verb | ask/urge/press _ to issue [an] arrest warrant/warrants for
0213 | verb | ask/urge/press _ to issue [a] red notice/notices for
0213 | verb | urge/press/ask _ to cooperate with [the] investigation/inquiry/probe/prosecutors/court
0213 | verb | call on/upon _ to cooperate with [the] investigation/inquiry/probe/prosecutors/court

# 0214 Appeal for intelligence
0214 | verb | ask/urge/press/pressure/push _ to share/release/disclose/provide [raw/all] data/information/intelligence/evidence/records/details
0214 | verb | call on/upon _ to share/release/disclose/provide [raw/all] data/information/intelligence/evidence/records/details
0214 | verb | ask/urge/press/pressure/push _ to hand over [raw/all] data/information/intelligence/evidence/records/details
0214 | verb | call on/upon _ to hand over [raw/all] data/information/intelligence/evidence/records/details
0214 | verb | ask/urge/press _ to be transparent about
0214 | verb | call on/upon _ to be transparent about

# 023 Appeal for aid, not specified below
023 | verb | appeal to _ for help/assistance/aid/support
023 | verb | appeal to [the] United Nations/UN for help/assistance/aid/support
023 | verb | ask/beg _ for help/assistance
023 | verb | plead with _ for help/assistance/aid
023 | verb | turn to _ for help/aid

# 0231 Appeal for economic aid
0231 | verb | plead/appeal with/to _ for @economic_aid
0231 | verb | call on/upon _ for @economic_aid
0231 | verb | beg/ask/press/lobby _ for [a/an] [$/emergency] @economic_aid

# 0232 Appeal for military aid
0232 | verb | plead with _ to send/supply/provide/deliver/give @weapons
0232 | verb | plead with/to _ for @weapons
0232 | verb | ask/urge/press/plead/implore _ to send/supply/provide/deliver [its] Leopard/Abrams/Challenger tanks
0232 | verb | call on/upon _ to send/supply/provide/deliver [its] Leopard/Abrams/Challenger tanks
0232 | verb | ask/press/urge/beg _ for air strikes/support/cover
0232 | verb | ask/press/urge/beg _ for airstrikes
0232 | verb | call on/upon _ for air strikes/support/cover
0232 | verb | call on/upon _ for airstrikes
0232 | verb | ask/press/urge/beg _ to launch/conduct air strikes
0232 | verb | ask/press/urge/beg _ to carry out air strikes

# 024 Appeal for political reform, not specified below
024 | verb | press/urge/push/pressure/encourage/ask _ to move [quickly/swiftly/faster] toward/towards democratic reform/reforms/rule
024 | verb | press/urge/push/pressure/encourage/ask _ to move [quickly/swiftly/faster] toward/towards democracy
024 | verb | call on/upon _ to move [quickly/swiftly/faster] toward/towards democratic reform/reforms/rule
024 | verb | call on/upon _ to move [quickly/swiftly/faster] toward/towards democracy

# 0242 Appeal for policy change
0242 | verb | urge/press/ask/push/pressure/encourage _ to rethink/reconsider/reverse/revisit/revise/review/drop/abandon/scrap its decision/policy/policies/withdrawal/plan/plans/stance/position/move
0242 | verb | call on/upon _ to rethink/reconsider/reverse/revisit/revise/review/drop/abandon/scrap its decision/policy/policies/withdrawal/plan/plans/stance/position/move

# 0243 Appeal for rights
0243 | verb | urge/press/ask/push/pressure/encourage _ to respect/protect/uphold/guarantee/safeguard [the] rights/right/freedoms/freedom of
0243 | verb | call on/upon _ to respect/protect/uphold/guarantee/safeguard [the] rights/right/freedoms/freedom of
0243 | verb | urge/press/ask/push/pressure/encourage _ to respect/protect/uphold/guarantee/safeguard human/minority/women's/civil rights
0243 | verb | call on/upon _ to respect/protect/uphold/guarantee/safeguard human/minority/women's/civil rights

# 0244 Appeal for change in institutions, regime
0244 | verb | urge/press/ask/push/pressure/encourage _ to amend/overhaul/rewrite/reform/change/scrap [its] constitution/charter
0244 | verb | urge/press/ask/push/pressure/encourage _ to amend/overhaul/rewrite/reform/change [its] electoral law/laws/system/code
0244 | verb | call on/upon _ to amend/overhaul/rewrite/reform/change/scrap [its] constitution/charter
0244 | verb | call on/upon _ to amend/overhaul/rewrite/reform/change [its] electoral law/laws/system/code
0244 | verb | urge/press/ask/push/pressure _ to dissolve [the] parliament/assembly/legislature
0244 | verb | urge/press/ask/push/pressure _ to dissolve [the] ruling party
0244 | verb | call on/upon _ to dissolve [the] parliament/assembly/legislature
0244 | verb | call on/upon _ to dissolve [the] ruling party

# 0251 Appeal for easing of administrative sanctions
0251 | verb | urge/press/ask/push/pressure/encourage _ to ease/lift/relax/scrap/loosen [the] quarantine/curfew/lockdown/travel/visa/border/COVID/coronavirus rules/restrictions/curbs/measures/requirements
0251 | verb | call on/upon _ to ease/lift/relax/scrap/loosen [the] quarantine/curfew/lockdown/travel/visa/border/COVID/coronavirus rules/restrictions/curbs/measures/requirements

# 027 Appeal to others to settle dispute
027 | verb | urge/press/ask/encourage _ to find [a] peaceful/political/diplomatic/negotiated settlement/solution
027 | verb | call on/upon _ to find [a] peaceful/political/diplomatic/negotiated settlement/solution
027 | verb | appeal to _ to find [a] peaceful/political/diplomatic/negotiated settlement/solution

# 030 Express intent to cooperate, not specified below
030 | verb | is/are/were keen/eager/determined to strengthen/deepen/expand/boost/develop/enhance/improve [its] partnership/ties/relations/cooperation with _
030 | verb | say it/he/she was keen/eager to strengthen/deepen/expand/boost [its] partnership/ties/relations/cooperation with _
030 | verb | say they were keen/eager to strengthen/deepen/expand/boost [its] partnership/ties/relations/cooperation with _

# 0311 Express intent to cooperate economically
0311 | verb | offer/pledge/promise/vow/agree to help _ develop/exploit/tap/mine [its] lithium/oil/gas/mineral/energy/copper reserves/deposits/resources/fields
0311 | verb | pledge/promise/vow/offer/agree to invest [billions/millions/heavily] [of] [dollars/euros/yuan] in _

# 0312 Express intent to cooperate militarily
0312 | verb | pledge/promise/vow/offer closer/deeper/stronger/greater military/defence/defense/security cooperation/ties with _
0312 | verb | pledge/promise/vow/offer/agree to conduct/hold/stage joint [naval/military] patrols/drills/exercises/manoeuvres/maneuvers with _

# 0313 Express intent to cooperate on judicial matters
0313 | verb | offer/pledge/promise/agree to help _ investigate/probe/solve
0313 | verb | offer/pledge/promise/agree to assist _ in/with [the] investigation/probe/inquiry

# 0331 Express intent to provide economic aid
0331 | verb | promise/pledge/offer/agree to provide/extend/give/lend financing/funding/loans/credit/grants to _

# 0333 Express intent to provide humanitarian aid
0333 | verb | say [it/he/she/they] will/would send/dispatch/airlift/fly/deliver/provide @humanitarian_aid to _
0333 | verb | say it/they will/would send/dispatch/airlift/fly/deliver/provide medical/emergency/relief aid/assistance to _
0333 | verb | say he/she will/would send/dispatch/airlift/fly/deliver/provide medical/emergency/relief aid/assistance to _
0333 | verb | pledge/promise/vow/offer to send/dispatch/airlift/fly/deliver/provide medical/emergency/relief aid/assistance to _

# 034 Express intent to institute political reform, not specified below
034 | verb | promise/pledge/offer _ [sweeping/far-reaching/wide-ranging/broad/genuine] political/democratic reform/reforms
034 | verb | promise/pledge/announce/offer sweeping/far-reaching/wide-ranging/broad/genuine political/democratic reform/reforms
034 | verb | promise/pledge/assure/tell [to] _ [that] it/they/he/she will/would hold [free/fresh/early/democratic] elections

# 0341 Express intent to change leadership
0341 | verb | tell _ [that] it/he/she/they will/would resign
0341 | verb | tell _ [that] it/he/she/they will/would step down/aside
0341 | verb | tell _ [that] it/he/she/they will/would stand down
0341 | verb | announce [that] it/he/she/they will/would resign
0341 | verb | announce [that] it/he/she/they will/would step down/aside
0341 | verb | announce [that] it/he/she/they will/would stand down

# 0342 Express intent to change policy
0342 | verb | pledge/promise/vow to revise/review/change/rethink/reverse/overhaul/adjust/relax its policy/policies toward/towards/on/for _
0342 | verb | agree/offer to revise/review/change/rethink/reverse/overhaul/adjust/relax its policy/policies toward/towards/on/for _
0342 | verb | say [it/he/she/they] will/would abandon/scrap/drop/reverse/change/revise/overhaul its policy/policies

# 0343 Express intent to provide rights
0343 | verb | pledge/promise/vow/agree/undertake to respect/protect/uphold/guarantee/safeguard [the] rights/right/freedoms of _
0343 | verb | pledge/promise/vow/agree/undertake to respect/protect/uphold/guarantee/safeguard women's/minority/human/civil rights

# 0344 Express intent to change institutions, regime
0344 | verb | promise/pledge/assure/tell [to] _ [that] it/they/he/she will/would overhaul/amend/rewrite/reform/change [the] constitution/electoral/election
0344 | verb | agree with _ to hold [a] referendum
0344 | verb | pledge/promise/vow/agree to overhaul/amend/rewrite/reform [the] electoral system/law/laws/code

# 0352 Express intent to ease popular dissent
0352 | verb | say it/they will/would suspend/end/halt/stop [the] sit-in/sit-ins/protest/protests/strike/demonstrations
0352 | verb | pledge/promise/vow/agree to return to work
0352 | verb | pledge/promise/assure/tell [to] _ [that] they/he/she/it will/would return to work

# 0354 Express intent to ease economic sanctions, boycott, or embargo
0354 | verb | say it/they will/would lift/ease/end [its] arms/trade/economic/oil embargo on/against _
0354 | verb | say it/they will/would lift/ease [its] long-standing/decades-old arms/trade/economic embargo on/against _
0354 | verb | pledge/promise/vow to lift/ease/suspend [its] [long-standing] arms/trade/economic embargo on/against _
0354 | verb | agree/offer to lift/ease/suspend [its] [long-standing] arms/trade/economic embargo on/against _

# 0355 Express intent to allow international involvement (not mediation)
0355 | verb | tell/assure/promise _ [that] it/they will/would allow/admit/let [international/UN/IAEA/independent/foreign] inspectors/investigators/monitors/observers
0355 | verb | say [it/he/she/they] will/would let/allow/admit _ inspectors/investigators/monitors/observers/experts into/to
0355 | verb | say it/they will/would allow/admit/let [international/independent/foreign] inspectors/investigators/monitors/observers
0355 | verb | promise/pledge/assure/tell _ [that] it/they will/would grant/allow/give [humanitarian/aid] agencies/groups/workers/organisations/organizations [full/unhindered/unfettered] access

# 0356 Express intent to de-escalate military engagement
0356 | verb | pledge/promise/vow/agree/offer to scale back/down [its] military activity/activities/operations/presence
0356 | verb | pledge/promise/vow/agree/offer to scale back/down [its] military activity/activities/operations/presence around/near/in _
0356 | verb | pledge/promise/vow/agree/offer to wind down [its] military activity/activities/operations/presence
0356 | verb | pledge/promise/vow/agree/offer to cut back [its] military activity/activities/operations/presence

# 036 Express intent to meet or negotiate
036 | verb | is/are/were open to [holding] talks/negotiations/dialogue/discussions with _
036 | verb | say it/he/she/they was/were open to [holding] talks/negotiations/dialogue with _
036 | verb | remain open to [holding] talks/negotiations/dialogue/discussions with _
036 | verb | hope/expect/want/wish to hold/resume/start/open [direct] talks/negotiations/dialogue with _
036 | verb | hope/expect/want/wish to meet [with] _

# 037 Express intent to settle dispute
037 | verb | pledge to settle/resolve [its] [bitter/long-running/long-standing] [border/boundary/maritime/territorial] dispute/row/differences with _
037 | verb | promise to settle/resolve [its] [bitter/long-running/long-standing] [border/boundary/maritime/territorial] dispute/row/differences with _
037 | verb | vow to settle/resolve [its] [bitter/long-running/long-standing] [border/boundary/maritime/territorial] dispute/row/differences with _
037 | verb | offer to settle/resolve [its] [bitter/long-running/long-standing] [border/boundary/maritime/territorial] dispute/row/differences with _
037 | verb | agree to settle/resolve [its] [bitter/long-running/long-standing] [border/boundary/maritime/territorial] dispute/row/differences with _
037 | verb | pledge/promise/vow/offer/agree to settle/resolve [its] maritime/land/sea boundary/border dispute with _

# 038 Express intent to accept mediation
038 | verb | accept/welcome _ mediation
038 | verb | say [it/he/she/they] will/would accept/welcome _ mediation
038 | verb | accept _ as [a/an] mediator/intermediary/go-between
038 | verb | agree to _ mediation

# 039 Express intent to mediate
039 | verb | volunteer/offer to broker/mediate/facilitate [peace] talks/negotiations/dialogue between
039 | verb | volunteer to mediate/broker [between]
039 | verb | offer to act/serve as [a/an] mediator/go-between/intermediary/facilitator/broker
039 | verb | express/signal/reaffirm/reiterate [its] readiness/willingness to host [peace] talks/negotiations between
039 | verb | say [it/he/she] is/was ready/willing/prepared to host [peace] talks/negotiations between
039 | verb | say [it/he/she] is/was ready/willing/prepared to act as [a] go-between/facilitator/broker

# 050 Engage in diplomatic cooperation, not specified below
050 | verb | take [a] step/steps toward/towards mending/improving/repairing/normalizing/normalising/restoring [its] ties/relations
050 | verb | take [a] major/first/big/significant step toward/towards mending/improving/repairing [its] ties/relations
050 | verb | move/work to improve/mend/repair/restore/normalise/normalize [its] ties/relations with _

# 054 Grant diplomatic recognition
054 | verb | switch [diplomatic] recognition/ties/allegiance from Taiwan to _
054 | verb | switch [diplomatic] recognition/ties/allegiance to _

# 055 Apologize
055 | verb | express/voice/show [deep/profound/sincere/heartfelt] remorse/contrition to _

# 057 Sign formal agreement
057 | verb | sign/ink [a] defence/defense/security/military/border/maritime pact/agreement/deal/accord/treaty with _
057 | verb | sign/ink [a] trade/economic/energy/nuclear/investment/cooperation pact/agreement/deal/accord/treaty with _
057 | verb | seal/conclude/clinch [a] defence/defense/security/military/trade/economic pact/agreement/deal/accord/treaty with _

# Appeals with less common appeal verbs (pressure, push, lobby, exhort, prod, nudge, petition, call upon) and
# "call for _ to": the sub-codes that verbs.lex gives to urge/ask/call on.
0231 | verb | pressure/push/lobby/exhort/petition _ to provide/extend/grant/lend/disburse @economic_aid
0231 | verb | call upon _ to provide/extend/grant/lend/disburse @economic_aid
0231 | verb | call for _ to provide/extend/grant/lend/disburse @economic_aid
0232 | verb | pressure/push/lobby/exhort/prod/nudge/petition _ to provide/supply/send/deliver/give @weapons
0232 | verb | call upon _ to provide/supply/send/deliver/give @weapons
0232 | verb | call for _ to provide/supply/send/deliver/give @weapons
0233 | verb | pressure/push/lobby/exhort/petition _ to provide/send/deliver/give/allow @humanitarian_aid
0233 | verb | call upon _ to provide/send/deliver/give @humanitarian_aid
0233 | verb | call for _ to provide/send/deliver/give @humanitarian_aid
0241 | verb | pressure/push/lobby/exhort/petition _ to resign
0241 | verb | pressure/push/lobby/exhort/petition _ to step down/aside
0241 | verb | call upon _ to resign
0241 | verb | call upon _ to step down/aside
0241 | verb | call for _ to resign
0241 | verb | call for _ to step down/aside
0253 | verb | pressure/push/lobby/exhort/prod/petition _ to release/free
0253 | verb | call upon _ to release/free
0253 | verb | call for _ to release/free
0254 | verb | pressure/push/lobby/exhort/petition _ to lift/ease/scrap/remove/end [its] sanctions/embargo/blockade
0254 | verb | call upon _ to lift/ease/scrap/remove/end [its] sanctions/embargo
0254 | verb | call for _ to lift/ease/scrap/remove/end [its] sanctions/embargo
0256 | verb | pressure/push/exhort/prod/nudge _ to halt/stop/end/cease [the] fighting/hostilities/attacks/offensive/strikes/airstrikes/bombing/shelling
0256 | verb | call upon _ to halt/stop/end/cease [the] fighting/hostilities/attacks/offensive/strikes/airstrikes/bombing/shelling
0256 | verb | call for _ to halt/stop/end/cease [the] fighting/hostilities/attacks/offensive/strikes/airstrikes/bombing/shelling
0256 | verb | pressure/push/exhort/prod/nudge _ to accept/observe/respect [a/the] ceasefire/cease-fire/truce
0256 | verb | pressure/push/exhort/prod/nudge _ to agree to [a/the] ceasefire/cease-fire/truce
0256 | verb | call upon _ to accept/observe/respect [a/the] ceasefire/cease-fire/truce
0256 | verb | call upon _ to agree to [a/the] ceasefire/cease-fire/truce
0256 | verb | pressure/push/exhort/prod/nudge _ to show restraint
0256 | verb | call upon _ to show/exercise restraint
0256 | verb | call for _ to show/exercise restraint
026 | verb | pressure/push/exhort/prod/nudge/lobby _ to resume/hold/open/start/restart talks/negotiations/dialogue
026 | verb | call upon _ to resume/hold/open/start/restart talks/negotiations/dialogue
026 | verb | call for _ to resume/hold/open/start/restart talks/negotiations/dialogue
026 | verb | pressure/push/exhort/prod/nudge _ to return to [the] negotiating table
026 | verb | call upon _ to return to [the] negotiating table
026 | verb | call for _ to return to [the] negotiating table
027 | verb | pressure/push/exhort/prod/nudge _ to settle/resolve [its] dispute/differences/conflict
027 | verb | call upon _ to settle/resolve [its] dispute/differences/conflict
027 | verb | call for _ to settle/resolve [its] dispute/differences/conflict
