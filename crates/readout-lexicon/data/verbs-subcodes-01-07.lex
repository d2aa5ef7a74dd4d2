# Sub-code patterns for CAMEO roots 01-07 (statements .. provide aid).
# Written for readout: longer, more specific phrasings that pick the right sub-code where a shorter pattern
# would code the root or a sibling (an appeal for aid as 023 not 020, a phone call as 041 not 040).
# Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`). Regression test:
# eval/probes/probe-subcodes-01-07.jsonl.

# 0211 Appeal for economic cooperation
0211 | verb | press/push/lobby/urge _ for [a] free trade deal/agreement/pact/zone
0211 | verb | press/push/lobby/urge _ for [a] trade deal/agreement/pact
0211 | verb | urge/ask/press/encourage _ to extend/grant/expand/restore duty-free/tariff-free/preferential/market access
0211 | verb | call on/upon _ to extend/grant/expand/restore duty-free/tariff-free/preferential/market access
0211 | verb | urge/ask/press _ to open [its] border/borders/crossings to trade
0211 | verb | call on/upon _ to open [its] border/borders/crossings to trade
0211 | verb | urge/ask/press _ to open [its] border crossings to trade
0211 | verb | call on/upon _ to open [its] border crossings to trade

# 0212 Appeal for military cooperation
0212 | verb | ask/urge/press _ to allow/grant access to [its] air/military/naval bases
0212 | verb | ask/urge/press _ to allow/let/permit @weapons to use [its] [air/military/naval] bases/airspace
0212 | verb | ask/urge/press _ to allow/let/permit troops/forces/warplanes to use [its] [air/military/naval] bases/airspace
0212 | verb | ask/urge/press _ to hold joint military/naval exercises/drills/manoeuvres/maneuvers

# 0231 Appeal for economic aid
0231 | verb | seek/request [emergency] financing from _
0231 | verb | ask _ for [emergency] financing
0231 | verb | appeal/turn to _ for [emergency] financing

# 0232 Appeal for military aid
0232 | verb | seek/request dozens/hundreds/scores of @weapons from _
0232 | verb | ask _ for dozens/hundreds/scores of @weapons

# 0233 Appeal for humanitarian aid
# (words after the target are found in any order, so the kind of aid is spelt out here: "emergency aid" would
# also read "emergency financial aid"; the optional word makes these longer than the economic
# `plead/appeal with/to _ for [economic] aid`, which otherwise reads "for emergency food aid" too)
0233 | verb | plead/appeal with/to _ for [urgent/immediate] food/humanitarian/relief/medical aid/assistance/supplies
0233 | verb | call on/upon _ for [urgent/immediate] food/humanitarian/relief/medical aid/assistance/supplies
0233 | verb | urge/ask/press/implore _ to increase/boost/expand/speed/resume food/aid/relief deliveries/shipments/supplies/convoys
0233 | verb | call on/upon _ to increase/boost/expand/speed/resume food/aid/relief deliveries/shipments/supplies/convoys
0233 | verb | urge/ask/press _ to step up food/aid/relief deliveries/shipments/supplies

# 0234 Appeal for military protection or peacekeeping
0234 | verb | urge/ask/press _ to set up [a] safe/protected zone/zones/haven/havens
0234 | verb | urge/ask/press _ to establish/create [a] safe/protected zone/zones/haven/havens
0234 | verb | call on/upon _ to set up [a] safe/protected zone/zones/haven/havens
0234 | verb | call on/upon _ to establish/create [a] safe/protected zone/zones/haven/havens

# 0242 Appeal for policy change
0242 | verb | urge/ask/press/encourage _ to overhaul/revamp/rethink/revisit [its]
0242 | verb | call on/upon _ to overhaul/revamp/rethink/revisit [its]

# 0243 Appeal for rights
0243 | verb | urge/ask/press _ to allow/let [the] opposition [parties/supporters/candidates] [to] campaign [freely]
0243 | verb | call on/upon _ to allow/let [the] opposition [parties/supporters/candidates] [to] campaign [freely]

0243 | verb | urge/ask/press _ to give/grant/extend [equal] [access] [to] citizenship [rights]
0243 | verb | call on/upon _ to give/grant/extend [equal] [access] [to] citizenship [rights]

# 0252 Appeal for easing of popular dissent
# (words after the target slot are found anywhere in a short window, in any order, and "their" also reads "its":
# so "end its crackdown on protests" would read as a call to end the protests; protests are left to `call off`)
0252 | verb | urge/ask/press/implore _ to end/halt/suspend/stop their sit-in/sit-ins/walkout
0252 | verb | call on/upon _ to end/halt/suspend/stop their sit-in/sit-ins/walkout
0252 | verb | urge/ask/press/implore _ to call off their sit-in/sit-ins/walkout/strike/demonstrations/protest/protests
0252 | verb | call on/upon _ to call off their sit-in/sit-ins/walkout/strike/demonstrations/protest/protests
0252 | verb | urge/ask/press/implore _ to return to work
# (longer than `urge _ to end [the] occupation`, the 0256 call to end a military occupation)
0252 | verb | urge/ask/press/implore _ to end/halt their occupation of [the] airport/airports/square/parliament/buildings/building/campus/offices/streets/roads
0252 | verb | call on/upon _ to end/halt their occupation of [the] airport/airports/square/parliament/buildings/building/campus/offices/streets/roads
0252 | verb | call on/upon _ to return to work

# 0255 Appeal to allow international involvement
0255 | verb | ask/urge/press _ to send/deploy monitors/observers/inspectors/investigators
0255 | verb | call on/upon _ to send/deploy monitors/observers/inspectors/investigators

# 0256 Appeal for de-escalation of military engagement
0256 | verb | call on/upon _ to stop/halt/end/cease/suspend [its/their] military operations/offensive/operation/campaign
0256 | verb | urge/ask/press _ to stop/halt/end/cease/suspend [its/their] military operations/offensive/operation/campaign

# 0313 Express intent to cooperate on judicial matters
0313 | verb | offer/pledge/promise/agree to help _ recover/repatriate/trace [stolen/looted] funds/assets/money/wealth

# 0334 Express intent to provide military protection or peacekeeping
0334 | verb | offer/pledge/promise/agree to help _ patrol/guard/secure/protect [its] [territorial] waters/borders/border/coast/coastline/airspace

# 0341 Express intent to change leadership
0341 | verb | assure/tell/promise _ [that] it/he/she/they will/would hand over power
0341 | verb | offer/pledge/promise/agree to hand over power
0341 | verb | offer/pledge/promise/agree to hand power to

# 0344 Express intent to change institutions, regime
0344 | verb | promise/pledge/offer _ constitutional changes/reforms/amendments
0344 | verb | promise/pledge/offer constitutional changes/reforms/amendments

# 037 Express intent to settle dispute
037 | verb | say [it/they] will/would settle [its] [border/territorial/maritime] dispute with _
037 | verb | say [it/they] will/would resolve [its] [border/territorial/maritime] dispute with _
037 | verb | say [it/they] will/would settle/resolve [its] differences with _
037 | verb | say it/they is/was/were willing/ready/prepared to settle [its] dispute with _
037 | verb | say it/they is/was/were willing/ready/prepared to resolve [its] dispute with _
037 | verb | say it/they is/was willing/ready/prepared to settle/resolve [its] border dispute with _
037 | verb | say it/they is/was/were willing/ready/prepared to settle/resolve [its] differences with _

# 045 Mediate
045 | verb | broker/mediate/facilitate negotiations/talks/dialogue between

# 050 Engage in diplomatic cooperation
050 | verb | take steps/step to repair/mend/improve/normalise/normalize [their/its] [strained/frayed/damaged/tense] ties/relations

# 053 Rally support on behalf of
053 | verb | drum up [international/regional/Arab/African/European/Western] support for _
053 | verb | drum up [international/regional/Arab/African/European/Western] backing for _

# 057 Sign formal agreement
057 | verb | sign [a] normalisation/normalization agreement/deal/accord/pact/treaty

# 072 Provide military aid
072 | verb | hand over @weapons to _
072 | verb | hand over military trucks [and] [@weapons] to _
