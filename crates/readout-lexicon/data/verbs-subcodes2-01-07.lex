# Sub-code patterns for CAMEO roots 01-07 (statements .. provide aid), second round.
# Written for readout: longer, more specific phrasings that pick the right sub-code where a shorter pattern
# (`appeal for`, `call on _ to`, `urge _ to`, `appeal to _ to stop`) would code the root or a sibling.
# Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`). Regression test:
# eval/probes/probe-subcodes2-01-07.jsonl.

# 023 Appeal for aid, not specified below
023 | verb | appeal/plead/ask/call for international/foreign/outside/global help/assistance/aid
023 | verb | appeal to [the] international community for help/assistance/aid
023 | noun | appeal for international/foreign/outside/global help/assistance/aid

# 0233 Appeal for humanitarian aid
0233 | verb | appeal/turn/call to [the] international community for @humanitarian_aid
0233 | verb | appeal/turn/call to [the] international community for food/water/medicine/medicines/shelter/doctors
0233 | verb | appeal to _ for food/water/medicine/medicines/shelter/doctors
0233 | verb | appeal/ask/call for [international/foreign] rescue teams/rescuers
0233 | verb | appeal/ask/call for [international/foreign] search and rescue teams
0233 | noun | appeal for [international/foreign] rescue teams/rescuers
0233 | noun | appeal for [international/foreign] search and rescue teams
0233 | noun | appeal for [international/foreign] @humanitarian_aid

# 0234 Appeal for military protection or peacekeeping
0234 | verb | ask/urge/press/lobby _ to station/base/deploy [permanent/more] troops/forces/soldiers/division/brigade/battalion on/in/to its territory/soil
0234 | verb | call on/upon _ to station/base/deploy [permanent/more] troops/forces/soldiers/division/brigade/battalion on/in/to its territory/soil

# 023 (continued): asking for outside help without naming the kind
023 | verb | seek/request/ask for international/foreign/outside help/assistance

# 0212 Appeal for military cooperation
0212 | verb | ask/urge/press _ to open [its] airspace [and] [air] [bases] to
0212 | verb | call on/upon _ to open [its] airspace [and] [air] [bases] to

# 0242 Appeal for policy change
0242 | verb | urge/ask/press _ to change/alter/modify/adjust [its] [economic/foreign/fiscal/monetary/trade/energy/immigration/migration] policy/policies
0242 | verb | call on/upon _ to change/alter/modify/adjust [its] [economic/foreign/fiscal/monetary/trade/energy/immigration/migration] policy/policies

# 0244 Appeal for change in institutions, regime
0244 | verb | urge/ask/press _ to restore [the] [democratically] elected/civilian/constitutional government/rule
0244 | verb | call on/upon _ to restore [the] [democratically] elected/civilian/constitutional government/rule
0244 | verb | urge/ask/press _ to restore democracy [and] [civilian] [rule/government]
0244 | verb | call on/upon _ to restore democracy [and] [civilian] [rule/government]
0244 | verb | call for [the] reform/overhaul/restructuring of _

# 0251 Appeal for easing of administrative sanctions
0251 | verb | urge/ask/press _ to lift/end/revoke/repeal [the] state of emergency
0251 | verb | urge/ask/press _ to lift/end/revoke/repeal [the] emergency decree/powers/law/rule
0251 | verb | call on/upon _ to lift/end/revoke/repeal [the] emergency decree/powers/law
0251 | verb | urge/ask/press _ to lift/end/revoke/repeal [the] emergency powers decree
0251 | verb | call on/upon _ to lift/end/revoke/repeal [the] emergency powers decree

# 0252 Appeal for easing of popular dissent
0252 | verb | appeal to _ to stop/end/halt/suspend [the/their] demonstrations/protests/protest/strike/rallies
0252 | verb | urge/ask/press _ to leave [the] streets
0252 | verb | call on/upon _ to leave [the] streets

# 0253 Appeal for release of persons or property
0253 | verb | appeal to _ for [the/their] release
0253 | verb | appeal/plead with _ for [the/their] release
0253 | verb | appeal/call/press/plead for [the/their] release of _
0253 | noun | appeal for [the/their] release of _

# 0313 Express intent to cooperate on judicial matters
0313 | verb | say [it/he/she/they] will/would cooperate [fully/closely] with _ in/on [the] investigation/inquiry/probe/case
0313 | verb | say [it/he/she/they] is/was/were ready/willing/prepared to cooperate [fully/closely] with _ in/on [the] investigation/inquiry/probe/case

# 0355 Express intent to allow international involvement (not mediation)
0355 | verb | agree/offer/promise/pledge to allow/let [foreign/international/UN] aid workers/agencies/groups/organisations/organizations into
0355 | verb | agree/offer/promise/pledge to allow/let [foreign/international/UN] aid workers/agencies/groups/organisations/organizations to enter

# 0356 Express intent to de-escalate military engagement
0356 | verb | promise/pledge/agree/offer/vow to withdraw/remove [its/their] heavy weapons/artillery
0356 | verb | promise/pledge/agree/offer/vow to pull back [its/their] heavy weapons/artillery
# (with the front line spelt out, longer than the 0332 `promise/pledge/offer _ [heavy] @weapons`, whose slot
# would otherwise swallow "to withdraw")
0356 | verb | promise/pledge/agree/offer/vow to withdraw/remove [its/their] heavy weapons/artillery/tanks from [the] front/contact line
0356 | verb | promise/pledge/agree/offer/vow to pull back [its/their] heavy weapons/artillery/tanks from [the] front/contact line
0356 | verb | say [it/they] will/would withdraw/remove [its/their] heavy weapons/artillery
0356 | verb | say [it/they] will/would pull back [its/their] heavy weapons/artillery

# 073 Provide humanitarian aid
073 | verb | donate ventilators/masks/vaccines/medicines/tents/blankets
073 | verb | donate medical/protective equipment/supplies
073 | verb | donate [protective] face masks

# 026 Appeal to others to meet or negotiate
026 | verb | appeal to _ for dialogue/talks/negotiations
026 | verb | renew/repeat/reiterate [his/its/her/their] appeal/call to _ for dialogue/talks/negotiations
026 | noun | appeal for dialogue/talks/negotiations with _

# 0344 Express intent to change institutions, regime
0344 | verb | pledge/promise/vow/agree/offer to hand/return power back to [an] [elected] civilian government/rule/administration/authorities
0344 | verb | pledge/promise/vow/agree/offer to hand/return power back to civilians
