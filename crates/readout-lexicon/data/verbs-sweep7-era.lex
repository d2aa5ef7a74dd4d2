# Verb and event-noun patterns for older-era (1995-2010) diplomatic and conflict reporting across CAMEO roots:
# the Balkans, the Middle East peace process, Northern Ireland, Kashmir, Iraq under inspections and occupation,
# Chechnya, Darfur, West Africa, the Six-Party Talks, Aceh and East Timor. From the seventh-round vocabulary sweep
# (eval/probes/probe7-era.jsonl and eval/probes/probe7-sweep-era.jsonl). Written for readout.
# Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# 036 Express intent to meet or negotiate
036 | verb | agree to resume/restart/revive [the/their/its] composite dialogue with _
036 | verb | agree to resume/restart/revive [the/their/its] dialogue/talks with _

# 042 Make a visit
042 | verb | travel/ride/fly by bus/train/helicopter to _ for talks
042 | verb | travel/fly/go to _ for [a] summit/talks with

# 046 Engage in negotiation
046 | verb | return to [the] talks/negotiations with _
046 | verb | resume/restart/revive [the/their/its] composite dialogue with _
046 | verb | resume/restart/revive [the/their/its] composite dialogue
046 | noun | composite dialogue with _
046 | noun | composite dialogue between _
046 | verb | return to [the] six-party/six-nation/six-way/three-way/four-party/four-way talks with _

# 057 Sign formal agreement: initialling
057 | verb | initial [the/a] peace agreement/accord/deal/treaty/pact with _
057 | verb | initial [the/a] agreement/accord/deal/treaty/pact with _

# 074 Provide military protection or peacekeeping
074 | verb | authorise/authorize/approve [a] [joint/hybrid/multinational/international/U.N./UN] peacekeeping force/mission/operation for/in _
074 | verb | authorise/authorize/approve [a] [joint/hybrid/multinational/international] force of troops for/in _
074 | verb | authorise/authorize/approve [a] [joint/hybrid/multinational/international] force of troops and police for/in _

# 0355 Express intent to allow international involvement
0355 | verb | allow/permit/accept [the] [unconditional/immediate] return of [U.N./UN/weapons/arms/nuclear] inspectors

# 0356 Express intent to de-escalate military engagement
0356 | verb | pledge/promise/vow to end [the] [armed] intifada/uprising
0356 | verb | agree to pull [the] infiltrators/intruders/fighters/militants back across [the] line of control/border

# 035 Express intent to yield: nuclear programmes, settlement outposts
035 | verb | agree/pledge/promise/offer to abandon/dismantle/scrap [all] [its/their] nuclear weapons/programme/program/arsenal
035 | verb | agree/pledge/promise/offer to abandon/dismantle/scrap [all] [its/their] nuclear weapons programme/program
0342 | verb | pledge/promise/vow/agree to dismantle/remove/evacuate [the] [unauthorised/unauthorized/illegal/wildcat] settlement outposts
0342 | verb | pledge/promise/vow/agree to freeze [all] [Jewish] settlement activity/construction/building/expansion

# 0334 Express intent to provide military protection or peacekeeping
0334 | verb | offer to lead/head/join [a/an/the] [international/multinational/U.N./UN] peacekeeping force/mission in/for _

# 087 De-escalate military engagement: withdrawals and redeployments
087 | verb | redeploy out of _
087 | verb | redeploy [its/their] troops/forces/soldiers out of _
087 | verb | redeploy [its/their] troops/forces/soldiers from _
087 | noun | redeployment out of _
087 | noun | redeployment from _
087 | verb | withdraw/pull [its/their] [special] police units/forces from _
087 | verb | pull [its/their] [special] police units/forces out of _

# 0872 Ease military blockade: closures of territories, crossings
0872 | verb | ease/relax/loosen/lift [the/its] closure of/on _
0872 | verb | end [the/its] closure of/on _

# 0873 Demobilize armed forces: decommissioning, weapons handover, standing down
0873 | verb | hand over/in [the] [last] [of] [its/their] weapons/arms/guns/arsenal to _
0873 | verb | surrender [the] [last] [of] [its/their] weapons/arms/guns to _
0873 | noun | weapons/arms handover to _
0873 | noun | handover of [its/their] weapons/arms to _
0873 | verb | put [the] [last] [of] [its/their] weapons/arms beyond use
0873 | verb | finish/complete disarming _ fighters/combatants/rebels/militiamen
0873 | verb | disarm _ fighters/combatants/ex-combatants/militiamen

# 125 Reject proposal to meet, discuss, or negotiate
125 | verb | boycott [the] [peace] talks/negotiations with _
125 | verb | boycott [the] [peace] talks/negotiations/conference

# 134 Threaten to halt negotiations
134 | verb | threaten to pull out of [the] peace process/talks/negotiations with _
134 | verb | threaten to pull out of [the] peace process/talks/negotiations
134 | verb | threaten to quit/abandon/leave [the] peace process/talks/negotiations with _
134 | verb | threaten to quit/abandon/leave [the] peace process/talks/negotiations
134 | verb | threaten to withdraw from [the] peace process/talks/negotiations with _
134 | verb | threaten to withdraw from [the] peace process/talks/negotiations

# 161 Reduce or break diplomatic relations
161 | verb | recall [its] high commissioner from _
161 | verb | recall [its] high commissioner
161 | verb | withdraw [its] high commissioner from _

# 1245 Refuse to allow international involvement: inspectors kept out
1245 | verb | turn away [the] _ inspectors/monitors/observers
1245 | verb | bar/block/prevent [the] _ inspectors/monitors/observers from entering/visiting/inspecting/reaching/searching
1245 | verb | bar/block/prevent [the] _ [weapons] inspectors from entering/visiting/inspecting/reaching/searching
1245 | verb | deny [the] _ inspectors/monitors/observers access to
1245 | verb | deny [the] _ [weapons] inspectors access to

# 1245 barring inspectors from named kinds of sites
1245 | verb | bar/block/ban [the] _ [weapons] inspectors from [a/the] [suspected/sensitive/military/presidential] site/sites/palace/palaces/facility/facilities/building/buildings/base/bases/compound/compounds

# 0863 Allow delivery of humanitarian aid, with the convoys' sender in the slot
0863 | verb | let/allow/permit _ aid/relief convoys/convoy into/to/through

# 1711 Confiscate property: land
1711 | verb | seize/expropriate/confiscate/grab _ land/farmland

# 1832 car bombs set off at a place named by its occupant
1832 | verb | set off [a] car bomb outside/near/at _
1832 | verb | detonate/explode [a] car bomb outside/near/at _

# 1662 Expel or withdraw inspectors, observers
1662 | verb | pull [its/the] [weapons/arms/nuclear] inspectors/monitors/observers out of _
1662 | verb | withdraw [its/the] [weapons/arms/nuclear] inspectors/monitors/observers from _

# 182 Physically assault: mutilation
182 | verb | hack off [the] hands/arms/limbs/feet/ears of _
182 | verb | chop/cut off [the] hands/arms/limbs/feet/ears of _
182 | verb | amputate [the] hands/arms/limbs of _

# 191 Impose blockade, restrict movement: closures, cordons
191 | verb | impose/reimpose/tighten/extend [a/the/its] [total/full/complete/general/blanket/strict/tight] closure on/of _
191 | verb | carry out [a] cordon-and-search operation/operations/raid/raids in _
191 | verb | conduct/launch/mount [a] cordon-and-search operation/operations/raid/raids in _
191 | noun | cordon-and-search operation/operations/raid/raids in _

# 0871 Declare truce, ceasefire: a ceasefire reinstated or restored
0871 | verb | reinstate/restore/renew/reinstitute/reimpose [its/their] ceasefire/truce with _
0871 | verb | reinstate/restore/renew/reinstitute [its/their] ceasefire/truce

# 057 Sign formal agreement: legislatures approving a pact
057 | verb | approve/ratify [a/the] security/defence/defense/status-of-forces/withdrawal pact/agreement/accord/treaty with _

# 064 Share intelligence or information: declarations of weapons programmes
064 | verb | hand over [a/the/its] [nuclear] declaration/inventory of/on [its] nuclear programme/program/activities/facilities to _
064 | verb | hand over [a/the/its] [long-awaited] declaration/inventory of/on [its] weapons programme/program/activities/facilities to _
064 | verb | submit/deliver/present [a/the/its] [nuclear] declaration/inventory of/on [its] nuclear programme/program/activities/facilities to _
064 | verb | submit/deliver/present [a/the/its] [long-awaited] declaration/inventory of/on [its] weapons programme/program/activities/facilities to _

# 190 Use conventional military force: mopping up
190 | verb | mop up [the] [last/remaining] _ fighters/rebels/militants/insurgents/guerrillas
190 | verb | mop up [the] [last/remaining] pockets of _

# 087 De-escalate: handing a town's security control back (redeployment)
087 | verb | hand/turn [security] control of _ back to
087 | verb | hand/turn back [security] control of _ to

# 1723 Impose curfew: informal verbs
1723 | verb | slap/clamp [a] [round-the-clock/24-hour/dusk-to-dawn/shoot-on-sight/total/strict/indefinite] curfew on _
