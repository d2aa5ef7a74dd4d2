# Sub-code patterns for CAMEO roots 15-20, second round (exhibit force .. mass violence).
# Written for readout after the second sub-code probe eval/probes/probe-subcodes2-15-20.jsonl (datelines, titles,
# passives, nominalisations, participles): the event and root were usually found, but a shorter, more general
# pattern gave the root, a sibling sub-code or a neighbouring root (062 "drills" for drills encircling Taiwan, 0873
# "pull out of" for quitting talks, 192 "take control of" for a seized tanker, 1245 "block access to" for blocked
# news sites, 182 "slap" for sanctions slapped on). Each line is a longer, more specific phrase family that wins
# over the general one. Format as in docs/lexicon.md.

# 150 Demonstrate military or police power
150 | verb | hold/stage/conduct [large-scale/massive/joint/military/naval] drills/exercises/manoeuvres/maneuvers encircling/surrounding _
150 | verb | hold/stage/conduct live-fire drills/exercises/manoeuvres/maneuvers in/near/off/around _
150 | verb | carry out live-fire drills/exercises/manoeuvres/maneuvers in/near/off/around _
150 | verb | carry out [large-scale/massive/joint/military/naval] drills/exercises/manoeuvres/maneuvers encircling/surrounding _
150 | verb | show off [its] military muscle/might/hardware/prowess
150 | verb | flex [its] military muscle/muscles

# 153 Mobilize or increase police power
153 | verb | boost/increase/bolster/reinforce/strengthen [its/their] police presence
153 | verb | step up [its/their] police presence
153 | verb | beef up [its/their] police presence

# 154 Mobilize or increase armed forces
154 | verb | rush [thousands/hundreds] [of] [troop/military/army] reinforcements to _
154 | verb | rush [thousands/hundreds] [of] troops/soldiers/tanks/armour/armor to _
154 | verb | call up [its] reserves/reservists

# 160 Reduce relations, not specified below
160 | verb | curtail/reduce/downgrade/restrict [its/their] cooperation with _
160 | verb | scale back [its/their] cooperation with _
160 | verb | curtail/reduce/downgrade/restrict [its/their] military/security/economic/cultural/defence/defense/scientific cooperation with _
160 | verb | scale back [its/their] military/security/economic/cultural/defence/defense/scientific cooperation with _

# 1622 Reduce or stop military assistance
1622 | verb | suspend/halt/end/freeze/cancel [its] [military] training programme/program/programmes/programs/mission for/with _

# 1623 Reduce or stop humanitarian assistance
1623 | verb | suspend/halt/freeze/cut/pause/withhold [its/their] funding/funds/contributions for/to [the] UN/U.N. relief/refugee/humanitarian agency
1623 | verb | suspend/halt/freeze/cut/pause/withhold [its/their] funding/funds/contributions for/to UNRWA

# 163 Impose embargo, boycott, or sanctions
163 | verb | slap [a] second/third/fourth/fifth/sixth/seventh/further/fresh/tough/tougher round of sanctions on _
163 | verb | slap [a] round of sanctions on _

# 164 Halt negotiations
164 | verb | pull out of [the] peace/nuclear/disarmament/denuclearization/denuclearisation/ceasefire/trade/border talks/negotiations [with] _
164 | verb | pull out of [the] six-party/multilateral/bilateral peace/nuclear/disarmament/denuclearization/denuclearisation/ceasefire talks/negotiations [with] _
164 | verb | pull out of [the] six-party talks/negotiations [with] _
164 | verb | withdraw from [the] [six-party/multilateral/bilateral] peace/nuclear/disarmament/denuclearization/denuclearisation/ceasefire talks/negotiations [with] _
164 | verb | withdraw from [the] six-party talks/negotiations [with] _

# 165 Halt mediation
165 | verb | end/suspend/abandon/relinquish [its] role as [a] [peace] facilitator/mediator/broker in _
165 | verb | quit/withdraw as [a] [peace] mediator/facilitator in _
165 | verb | step down as [a] [peace] mediator/facilitator in _

# 166 Expel or withdraw, not specified below
166 | verb | order [the] removal/expulsion of _ troops/forces/soldiers/advisers/advisors/personnel/contractors from
166 | verb | order [the] removal/expulsion of _ from [the] country

# 1661 Expel or withdraw peacekeepers
1661 | verb | order [the] _ regional force/forces to leave [the] country
1661 | noun | withdrawal of _ peacekeepers from

# 1662 Expel or withdraw inspectors, observers
1662 | verb | suspend/end/halt/terminate/withdraw [its] observer/monitoring/monitor mission in/to/from _
1662 | verb | order [the] American/US/U.S./British members of [the] _ [weapons/nuclear/arms] inspection team/teams to leave [the] country

# 171 Seize or damage property (a seized ship is property, not a territory)
171 | verb | take control of [a/an] [oil] tanker/supertanker/ship/vessel/freighter
171 | verb | take control of [a/an] _ [oil] tanker/supertanker/ship/vessel/freighter

# 1711 Confiscate property
1711 | verb | seize/impound [a/the] yacht/yachts/superyacht/superyachts belonging to _
1711 | verb | seize/impound [a/the] yacht/yachts/superyacht/superyachts owned by _
1711 | verb | seize/impound [a/the] yacht/yachts/superyacht/superyachts

# 1721 Restrictions on political freedoms
1721 | verb | suspend/ban/block/restrict Twitter/Facebook/WhatsApp/YouTube/TikTok/Telegram/Instagram/Signal
1721 | verb | block/restrict access to Twitter/Facebook/WhatsApp/YouTube/TikTok/Telegram/Instagram/Signal
1721 | verb | block access to [independent/opposition/foreign/critical] news websites/sites/outlets/portals
1721 | verb | seize control of [the] [opposition/independent/critical] newspaper/daily/broadcaster/television/TV/channel/magazine
1721 | verb | take over [the] [opposition/independent/critical] newspaper/daily/broadcaster/channel
1721 | verb | take control of [the] [opposition/independent/critical] newspaper/daily/broadcaster/channel
1721 | verb | shut down [the] [pro-democracy/independent/opposition/critical/online] news outlet/website/site/portal

# 1722 Ban political parties or politicians
1722 | verb | dissolve/disband/ban/outlaw [the] [main] opposition _

# 1821 Sexually assault
1821 | verb | sexually exploit _

# 1822 Torture
1822 | verb | abuse/mistreat/maltreat [the] prisoners/detainees/inmates/captives
1822 | verb | abuse/mistreat/maltreat _ prisoners/detainees/inmates/captives

# 1823 Kill by physical assault
1823 | verb | beat suspected _ to death
1823 | verb | club/stone/hack suspected _ to death

# 182 Physically assault
182 | verb | club _

# 186 Assassinate
186 | verb | gun down _ ambassador/president/minister/governor/mayor/envoy

# 191 Blockade, restrict movement
191 | verb | block/bar/prevent _ from leaving/crossing

# 201 Mass expulsion
201 | verb | drive tens/hundreds of thousands of _ out of
201 | verb | drive tens/hundreds of thousands of _ from
201 | verb | drive thousands of _ out of
201 | verb | drive thousands of _ from

# 2042 Detonate nuclear weapons (tests coded as in the earlier probe files)
2042 | verb | carry out/conduct [its] [first/second/third/fourth/fifth/sixth/seventh] nuclear test/tests
2042 | verb | carry out/conduct [its] [first/second/third/fourth/fifth/sixth/seventh] and most powerful nuclear test

# 162x Passive cuts of aid ("Aid to Uganda was suspended by Norway"): the `by` agent is the donor
162 | noun | aid/assistance to _ was/were suspended/cut/frozen/halted/withheld/slashed/stopped
162 | noun | aid/assistance to _ has/have been suspended/cut/frozen/halted/withheld/slashed/stopped
1621 | noun | economic/development/budget/financial aid/assistance/support to _ was/were suspended/cut/frozen/halted/withheld/slashed/stopped
1621 | noun | economic/development/budget/financial aid/assistance/support to _ has/have been suspended/cut/frozen/halted/withheld/slashed/stopped
1622 | noun | military/security aid/assistance to _ was/were suspended/cut/frozen/halted/withheld/slashed/stopped
1622 | noun | military/security aid/assistance to _ has/have been suspended/cut/frozen/halted/withheld/slashed/stopped
1623 | noun | humanitarian/food/emergency aid/assistance to _ was/were suspended/cut/frozen/halted/withheld/slashed/stopped
1623 | noun | humanitarian/food/emergency aid/assistance to _ has/have been suspended/cut/frozen/halted/withheld/slashed/stopped
