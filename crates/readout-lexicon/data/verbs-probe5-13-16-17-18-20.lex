# Verb and event-noun patterns for CAMEO roots 13, 16, 17, 18 and 20 (threaten, reduce relations, coerce,
# assault, unconventional mass violence), from the fifth vocabulary probe round
# (eval/probes/probe5-13-16-17-18-20.jsonl): passive and nominal wire-report phrasings, crime, security and
# human-rights report wording. Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# 130 Threaten, not specified below: conditional consequences and "pay dearly" warnings
130 | verb | warn/caution that _ would/will/could face [grave/serious/severe/dire/dangerous/unpredictable/unspecified] consequences
130 | verb | warn/caution _ [that] it/they would/will/could face [grave/serious/severe/dire/dangerous/unpredictable] consequences
130 | verb | vow/warn/say that _ would/will be made to pay [dearly]
130 | verb | vow/warn/say that _ would/will pay dearly
130 | verb | vow/warn/say that _ would/will pay [a] heavy/high/steep/bitter price

# 131 Threaten non-force: vetoes, nationalisation
131 | verb | threaten to veto [the] budget/bill/package/deal/agreement/accession/law/decision/sanctions/plan
131 | verb | raise [the] prospect/spectre/specter/possibility of nationalising/nationalizing/expropriating/confiscating

# 1311 Threaten to reduce or stop aid: reported conditional aid cuts
1311 | verb | say/warn/signal [that] [military/economic/development/budget/financial] aid/assistance/support/funding to/for _ could/would/will/might be withheld/suspended/cut/frozen/halted/reduced
1311 | verb | make clear [that] [military/economic/development/budget/financial] aid/assistance/support/funding to/for _ could/would/will/might be withheld/suspended/cut/frozen/halted/reduced
1311 | verb | prepare to withhold/cut/suspend/freeze [development/economic/military/budget/financial] aid/assistance/funding from/to _

# 132 Threaten with administrative sanctions
132 | verb | warn _ [that] [their] [executives/staff/employees/managers] could/would/will/may face prosecution/fines/penalties

# 1321 Threaten to impose restrictions on political freedoms
1321 | verb | warn [that] it/they would/will/could block access to _
1321 | verb | threaten to block access to _

# 1322 Threaten to ban political parties or politicians
1322 | verb | warn [that] it/they could/would/will ask/petition [the] constitutional/supreme court to dissolve/ban _
1322 | verb | warn [that] it/they could/would/will ask/petition [the] court to dissolve/ban _
1322 | verb | threaten to seek [the] dissolution/banning of _

# 133 Threaten political dissent, protest
133 | verb | warn of [a] nationwide/national/indefinite/countrywide general strike
133 | verb | threaten [a] nationwide/national/indefinite/countrywide general strike
133 | verb | threaten to call/stage/hold [a] [nationwide/national/indefinite/countrywide] general strike against _

# 134 / 164 Halt negotiations (an announced "would pull out" becomes the threat 134)
164 | verb | pull out of [the] [indirect/direct/peace/ceasefire/truce] talks/negotiations with _
164 | verb | pull out of [the] indirect/direct ceasefire/peace/truce talks/negotiations with _
164 | verb | walk out of [the] [latest/last/final/current] round of negotiations/talks with _

# 135 Threaten to halt mediation
135 | verb | reconsider/reassess/review/re-evaluate [its] role as [a] mediator/mediation

# 136 Threaten to halt international involvement
136 | verb | threaten to pull [its] [police/military] contingent/troops/forces/peacekeepers/personnel out of _
136 | verb | warn [that] it/they would/will/could pull [its] police/military contingent/troops/forces/personnel out of _
136 | verb | warn [that] it/they would/will/could pull [its] contingent/troops/forces/peacekeepers/personnel out of _

# 137 Threaten with violent repression
137 | verb | warn _ [that] [security] forces/police/troops/authorities would/will crush
137 | verb | vow/threaten to crush [the] protests/protesters/demonstrations/demonstrators/dissent/unrest/riots

# 138 Threaten to use military force
138 | verb | say [his/its] army/military/forces/troops is/was/were ready/prepared/willing to use force
138 | verb | say [it/he/she] is/was ready/prepared/willing to use [military] force
138 | verb | warn/say [that] military action/force/intervention could/can not be ruled out

# 1381 Threaten blockade
1381 | verb | vow/threaten/pledge to block _ ships/vessels/shipping

# 1385 Threaten attack with WMD
1385 | verb | raise [the] spectre/specter/prospect of [a] nuclear strike/attack/war on/against _

# 160 Reduce relations
160 | verb | suspend/cut/halt/freeze all contact/contacts with _

# 162 / 1622 Stop aid
1622 | verb | stop/halt/cease/suspend/end providing/supplying military training/aid/assistance/equipment to _
162 | verb | halt/suspend/freeze/cut/stop/pause funding to/for _
1622 | noun | suspension of security/military/defence/defense cooperation with _

# 163 Sanctions
163 | verb | unveil/announce/impose asset freezes/freeze [and] [travel] [bans] targeting/on/against _
163 | verb | bar/ban/block _ coal/oil/gas/steel/gold/diamond/timber/seafood/grain imports

# 165 Halt mediation
165 | verb | adjourn/suspend/halt/pause [its/their] mediation [efforts] between _
165 | verb | adjourn/suspend [its/their] efforts between _

# 1724 State of emergency / martial law
1724 | verb | proclaim [a] state of emergency

# 173 Arrest, detain, charge
173 | verb | arraign _
173 | noun | arraignment of _

# 174 Expel or deport individuals
174 | verb | escort _ out of [the] country/territory
174 | verb | escort _ to [the] border

# 182 Physical assault
182 | verb | beat _ with hammers/bats/pipes/chains/machetes

# 201 Mass expulsion
201 | verb | forcibly deport/expel/transfer tens/hundreds [of] thousands of _
201 | verb | deport tens/hundreds of thousands of _
201 | verb | drive _ out of [the] state/region/province/country

# 202 Mass killings
202 | verb | kill _ in [a] slaughter/massacre

# 2041 Chemical weapons
2041 | verb | use chemical weapons/agents against/on _
2041 | verb | drop/fire/use/deploy mustard/sarin/chlorine/poison/toxic/nerve gas/agent/agents on/against _
2041 | verb | drop/fire/use/deploy mustard/sarin/chlorine/poison/toxic gas and nerve agents/gas on/against _

# 2042 Nuclear weapons
2042 | verb | detonate [an] atomic/nuclear bomb/device/weapon over _
