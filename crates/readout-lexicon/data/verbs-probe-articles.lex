# readout verbs-probe-articles.lex: verb and event-noun patterns added from the multi-sentence wire-style probe
# articles in eval/probes/probe-articles.jsonl (summits, sanctions rounds, court rulings, aid pledges, recalls of
# envoys, aid freezes, threats of reprisal). Each line covers a phrase family, not one probe sentence.
# Format as verbs.lex (see docs/lexicon.md): CODE | verb|noun | pattern [| recipient]. Written for readout.

# 023 / 0233 Appeal for aid
0233 | verb | appeal to _ for @humanitarian_aid
0233 | verb | appeal to _ for [more] doctors/medics/nurses/paramedics
0233 | verb | appeal to _ for [more] medical teams/staff/personnel

# 0256 Appeal for de-escalation
0256 | verb | urge _ to avoid provocative actions/acts/steps/moves/behaviour/behavior/statements/rhetoric
0256 | verb | urge _ to refrain from provocative actions/acts/steps/moves/behaviour/behavior/statements/rhetoric
0256 | verb | call on _ to avoid provocative actions/acts/steps/moves/behaviour/behavior/statements/rhetoric
0256 | verb | call on _ to refrain from provocative actions/acts/steps/moves/behaviour/behavior/statements/rhetoric
0256 | verb | ask/press _ to avoid provocative actions/acts/steps/moves/behaviour/behavior/statements/rhetoric
0256 | verb | appeal to _ to avoid provocative actions/acts/steps/moves/behaviour/behavior/statements/rhetoric

# 042 Make a visit (attending an event held in another state)
042 | verb | attend [the] [handover/inauguration/swearing-in/signing/farewell/independence] ceremony/ceremonies in _
042 | verb | attend [the] [independence/national/victory] celebrations/festivities in _

# 073 Provide humanitarian aid
073 | verb | release/disburse/allocate/earmark @humanitarian_aid for/to _

# 130 Threaten
130 | verb | say/warn [that] _ will/would pay [a/the] [heavy/high/steep] price
130 | verb | warn _ it/they/he/she will/would pay [a/the] [heavy/high/steep] price

# 161 Reduce or break diplomatic relations
161 | verb | recall [its] [chief/top/senior] military representative/representatives/envoy/envoys/attache/attaches from _
161 | verb | recall [its] [chief/top/senior] representative/representatives/delegate/delegates from _

# 1621 Reduce or stop economic assistance
1621 | verb | cut/slash/suspend/halt/freeze/withhold/stop/pause [its] grant/yen/ODA aid/assistance/loans to/for _
1621 | verb | cut/slash/suspend/halt/freeze/withhold/stop/pause [its] grant/yen/ODA aid/assistance/loans

# 1721 Impose restrictions on political freedoms
1721 | verb | ban [all] political gatherings/assemblies/rallies/meetings
