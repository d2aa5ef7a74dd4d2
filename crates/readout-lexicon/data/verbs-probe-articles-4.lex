# Verb and event-noun patterns that eval/probes/probe-articles-4.jsonl (fourth round of article probes) showed
# missing. Each pattern is general wire phrasing; the probe records are its regression test.

# 173: a judge orders someone to give themselves up (an arrest order, not a bare demand)
173 | verb | order _ to turn himself/herself/themselves in
173 | verb | order _ to surrender to police/authorities/prosecutors

# 163: tariffs and travel bans ordered or announced (the bare nouns have no participants of their own)
163 | verb | order [sweeping/punitive/retaliatory/emergency] tariffs on _
163 | verb | announce [a/an] [sweeping/punitive/retaliatory/emergency] [percent] tariff/tariffs on _
163 | verb | announce [a/an] travel ban on _

# 163: dropping a country from a list of trusted trading partners (export-control preference lists)
163 | verb | remove/drop/strike _ from [a/its] list of trusted trading partners
163 | verb | approve/order/announce [the] removal of _ from [a/its/the] list of trusted trading partners
163 | verb | approve/order/announce [the] removal of _ from [a/its/the] whitelist/white-list

# 112: abusing diplomatic immunity is a plain accusation, not a human-rights abuse (1122)
112 | verb | accuse _ of abusing [its/their/his/her] diplomatic immunity/status/privileges

# 0841: freeing a ship's captain releases a person, not property
0841 | verb | free/release [the] captain/skipper/master of

# 033: offers of "all possible help" to a named recipient
033 | verb | promise/pledge/offer _ all possible help/assistance/support

# 0355: a government agreeing to let outsiders (aid workers, monitors, inspectors) into the country: intent to
# allow international involvement; the admitted group is the target
0355 | verb | agree to allow/admit/let _ into [the] country

# 111: "condemned the takeover and threatened to ..." is criticism; without this the court sense
# "condemn _ to" reaches across the conjunction to a later "to"
111 | verb | condemn/denounce [the] takeover/raid/coup/crackdown/seizure/killings/violence

# 108: a demand that another side open talks is a demand for negotiation, not a bare demand
108 | verb | demand/insist that _ open/hold/start/begin/resume [direct] talks/negotiations
# 111: calling another side's decision reckless
111 | verb | call _ decision/move/policy reckless/irresponsible/unacceptable/illegal/absurd/provocative/regrettable
