# Probe-driven verb and event-noun patterns for CAMEO roots 15-20 (exhibit force posture, reduce relations,
# coerce, assault, fight, unconventional mass violence). Added for misses found with eval/probes/probe-15-20.jsonl;
# each pattern is meant to cover a phrase family that other reporters' wording would also hit.
# Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# 150 Demonstrate military or police power
# "combat" as a modifier of drills must not read as the verb "combat"
150 | verb | stage/conduct/hold/launch/begin/start [large-scale/massive/major/joint/live-fire] combat drills/exercises/manoeuvres/maneuvers
150 | verb | stage/conduct/hold/launch/begin/start [large-scale/massive/major/joint] live-fire drills/exercises/manoeuvres/maneuvers
150 | verb | stage/conduct/hold/launch/begin/start large-scale military/naval/air drills/exercises/manoeuvres/maneuvers
150 | verb | stage/conduct/hold/launch/begin/start large-scale war games
150 | noun | display of naval/military/air/armed power/might/strength/muscle
150 | noun | demonstration of naval/military/air power/might/strength
150 | noun | show of naval/military/air power/might/strength/muscle
150 | noun | show of force against/toward/towards/aimed at _
150 | noun | display of force against/toward/towards/aimed at _

# 151 Increase police alert status
151 | verb | raise/heighten/increase/elevate [its/their] state of alert
151 | verb | step up [its/their] state of alert
151 | verb | raise/heighten/increase [its/their] alert status
151 | verb | raise [the] terror/terrorism/security threat level to [its] highest/maximum

# 152 Increase military alert status
152 | verb | put/place _ on combat/high/heightened/full/maximum/highest/top alert
152 | verb | put/place _ on [full/high/heightened/maximum/highest/top] combat/battle readiness
152 | verb | put/place _ on [a] war footing
152 | verb | order _ onto/on [a] war footing
152 | verb | order _ onto/on combat/high/heightened/full/maximum alert
152 | verb | order _ to [full] combat readiness
152 | verb | raise [its/their] readiness level
152 | verb | raise [its/their] level of readiness
152 | verb | raise [its/their] combat/military/defence/defense readiness level/status
152 | verb | raise [its/their] military alert level/status

# 153 Mobilize or increase police power
# (quantity phrases such as "thousands of" are skipped by the matcher; "tens of"/"hundreds of" before them are not)
153 | verb | deploy/send/dispatch/rush [tens/hundreds] [of] police/policemen/officers/gendarmes
153 | verb | deploy/send/dispatch/rush [tens/hundreds] [of] police/security officers
153 | verb | flood [the] streets with [tens/hundreds] [of] police/officers/policemen
153 | verb | flood [the] city/capital/centre/center with [tens/hundreds] [of] police/officers/policemen
153 | verb | increase/boost/strengthen/reinforce/bolster/expand [the] police presence
153 | verb | beef up [the] police presence
153 | verb | step up [the] police presence
153 | verb | ramp up [the] police presence
153 | verb | order [the] [mass] deployment of [tens/hundreds] [of] police/officers/policemen
153 | noun | deployment of [tens/hundreds] [of] police/policemen/officers
153 | noun | heavy/massive police/security presence

# 154 Mobilize or increase armed forces
154 | verb | mass [tens/hundreds] [of] troops/soldiers/forces/tanks near/along/on/at/in/around
154 | verb | amass [tens/hundreds] [of] troops/soldiers/forces/tanks near/along/on/at/in/around
154 | verb | rush/send/move/deploy/dispatch army/military units/divisions/battalions/brigades to
154 | verb | rush/send/move/deploy/dispatch army/military units/divisions/battalions/brigades
154 | verb | deploy/send/dispatch/rush [tens/hundreds] [of] troops/soldiers/reservists to
154 | verb | call up [tens/hundreds] [of] reservists/conscripts/troops
154 | verb | call up [its] military reserves/reservists
154 | verb | announce/declare/order [a] general/partial mobilisation/mobilization
154 | noun | general/partial/military mobilisation/mobilization
