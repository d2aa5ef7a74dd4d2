# Verb and event-noun patterns for CAMEO roots 01, 02, 04 and 05 (public statements, appeals, consultations and
# visits, diplomatic cooperation), eighth-round second vocabulary sweep. Written for readout from a list of wire-news
# phrasings per sub-code that the sixth- and seventh-round sweeps and the rest of the built-in lexicon still missed or
# coded with the wrong sub-code (eval/probes/probe8-sweep-2-01-02-04-05.jsonl; natural-sentence probe
# eval/probes/probe8-2-01-02-04-05.jsonl). Appeal contents follow the sixth-round head families
# (urge/press/ask/... _ to, call on/upon _ to, appeal to _ to, plead with _ to).
# Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# 010 Make statement: setting out a position
010 | verb | set out [its] position/stance/views/view on
010 | verb | spell out [its] position/stance/views/view on/of
010 | verb | air [its] views/view/position on

# 011 Decline comment
011 | verb | have nothing to say about/on

# 013 Optimistic comment
013 | verb | sound positive/confident/buoyant about/on

# 015 Claim responsibility: boasts and admissions about own forces
015 | verb | boast of/about [the] attack/attacks/bombing/bombings/ambush/assault/raid/killing/killings/abduction/kidnapping
015 | verb | acknowledge/admit/confess/concede that its troops/soldiers/forces/police/officers/agents

# 016 Deny responsibility
016 | verb | brush off/aside [the] accusations/allegations/charges/claims/suggestions
016 | verb | distance itself from [the] poisoning/killing/killings/attack/attacks/bombing/assassination/murder/plot/massacre/abduction/kidnapping/shooting/hacking/cyberattack
016 | verb | have nothing to do with [the] poisoning/killing/killings/attack/attacks/bombing/assassination/murder/plot/massacre/abduction/kidnapping/shooting/hacking/cyberattack/explosion/blast/coup

# 017 Symbolic act at a memorial
017 | verb | kneel/pray at [the] memorial/grave/tomb/monument/cenotaph/shrine/mausoleum/site/wall
017 | verb | bow [his/her/their] head/heads at [the] memorial/grave/tomb/monument/cenotaph/shrine/mausoleum/site
017 | verb | lay flowers at [the] memorial/grave/tomb/monument/cenotaph/shrine/mausoleum/site
017 | verb | ring [the] peace bell

# 019 Express accord
019 | verb | be of one mind with/on
019 | verb | be on the same page as/with _
019 | verb | be on the same page

# 021 Appeal for material cooperation: joint search operations
021 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to join [the] search/hunt/searches for
021 | verb | call on/upon _ to join [the] search/hunt/searches for
021 | verb | appeal to _ to join [the] search/hunt/searches for
021 | verb | plead with _ to join [the] search/hunt/searches for
021 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to help [in] [the] search/hunt for
021 | verb | call on/upon _ to help [in] [the] search/hunt for
021 | verb | appeal to _ to help [in] [the] search/hunt for
021 | verb | plead with _ to help [in] [the] search/hunt for
021 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to help search/look for
021 | verb | call on/upon _ to help search/look for
021 | verb | appeal to _ to help search/look for
021 | verb | plead with _ to help search/look for
021 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to take part in [the] search/hunt for
021 | verb | call on/upon _ to take part in [the] search/hunt for
021 | verb | appeal to _ to take part in [the] search/hunt for
021 | verb | plead with _ to take part in [the] search/hunt for
021 | noun | request/call/appeal for help in [the] search for

# 0211 Appeal for economic cooperation
0211 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to step up investment/investments in
0211 | verb | call on/upon _ to step up investment/investments in
0211 | verb | appeal to _ to step up investment/investments in
0211 | verb | plead with _ to step up investment/investments in
0211 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to boost/increase/expand investment/investments in
0211 | verb | call on/upon _ to boost/increase/expand investment/investments in
0211 | verb | appeal to _ to boost/increase/expand investment/investments in
0211 | verb | plead with _ to boost/increase/expand investment/investments in
0211 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to scrap/remove/lower/dismantle/eliminate/reduce/ease [non-tariff/trade] barriers
0211 | verb | call on/upon _ to scrap/remove/lower/dismantle/eliminate/reduce/ease [non-tariff/trade] barriers
0211 | verb | appeal to _ to scrap/remove/lower/dismantle/eliminate/reduce/ease [non-tariff/trade] barriers
0211 | verb | plead with _ to scrap/remove/lower/dismantle/eliminate/reduce/ease [non-tariff/trade] barriers
0211 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to restore [its] trade privileges/preferences
0211 | verb | call on/upon _ to restore [its] trade privileges/preferences
0211 | verb | appeal to _ to restore [its] trade privileges/preferences
0211 | verb | plead with _ to restore [its] trade privileges/preferences
0211 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to build [a] car/vehicle/battery/steel factory/plant/factories/plants
0211 | verb | call on/upon _ to build [a] car/vehicle/battery/steel factory/plant/factories/plants
0211 | verb | appeal to _ to build [a] car/vehicle/battery/steel factory/plant/factories/plants
0211 | verb | plead with _ to build [a] car/vehicle/battery/steel factory/plant/factories/plants
0211 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to reopen [the] border to trade/cargo/trucks/goods
0211 | verb | call on/upon _ to reopen [the] border to trade/cargo/trucks/goods
0211 | verb | appeal to _ to reopen [the] border to trade/cargo/trucks/goods
0211 | verb | plead with _ to reopen [the] border to trade/cargo/trucks/goods
0211 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to grant duty-free/tariff-free/preferential/quota-free access to
0211 | verb | call on/upon _ to grant duty-free/tariff-free/preferential/quota-free access to
0211 | verb | appeal to _ to grant duty-free/tariff-free/preferential/quota-free access to
0211 | verb | plead with _ to grant duty-free/tariff-free/preferential/quota-free access to
0211 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to give duty-free/tariff-free/preferential/quota-free access to
0211 | verb | call on/upon _ to give duty-free/tariff-free/preferential/quota-free access to
0211 | verb | appeal to _ to give duty-free/tariff-free/preferential/quota-free access to
0211 | verb | plead with _ to give duty-free/tariff-free/preferential/quota-free access to

# 0212 Appeal for military cooperation
0212 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to station/deploy warships/frigates/destroyers alongside
0212 | verb | call on/upon _ to station/deploy warships/frigates/destroyers alongside
0212 | verb | appeal to _ to station/deploy warships/frigates/destroyers alongside
0212 | verb | plead with _ to station/deploy warships/frigates/destroyers alongside
0212 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to hold/conduct/stage joint patrols/exercises/drills/manoeuvres/maneuvers
0212 | verb | call on/upon _ to hold/conduct/stage joint patrols/exercises/drills/manoeuvres/maneuvers
0212 | verb | appeal to _ to hold/conduct/stage joint patrols/exercises/drills/manoeuvres/maneuvers
0212 | verb | plead with _ to hold/conduct/stage joint patrols/exercises/drills/manoeuvres/maneuvers

# 0213 Appeal for judicial cooperation
0213 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to send back [the] fugitive/fugitives/suspect/suspects/drug lord/kingpin/cleric/militant/tycoon/businessman
0213 | verb | call on/upon _ to send back [the] fugitive/fugitives/suspect/suspects/drug lord/kingpin/cleric/militant/tycoon/businessman
0213 | verb | appeal to _ to send back [the] fugitive/fugitives/suspect/suspects/drug lord/kingpin/cleric/militant/tycoon/businessman
0213 | verb | plead with _ to send back [the] fugitive/fugitives/suspect/suspects/drug lord/kingpin/cleric/militant/tycoon/businessman
0213 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to put [the] genocide/terrorism/terror suspects on trial
0213 | verb | call on/upon _ to put [the] genocide/terrorism/terror suspects on trial
0213 | verb | appeal to _ to put [the] genocide/terrorism/terror suspects on trial
0213 | verb | plead with _ to put [the] genocide/terrorism/terror suspects on trial
0213 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to put [the] suspects on trial
0213 | verb | call on/upon _ to put [the] suspects on trial
0213 | verb | appeal to _ to put [the] suspects on trial
0213 | verb | plead with _ to put [the] suspects on trial
0213 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to put [the] war crimes suspects on trial
0213 | verb | call on/upon _ to put [the] war crimes suspects on trial
0213 | verb | appeal to _ to put [the] war crimes suspects on trial
0213 | verb | plead with _ to put [the] war crimes suspects on trial
0213 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to investigate [alleged] war crimes
0213 | verb | call on/upon _ to investigate [alleged] war crimes
0213 | verb | appeal to _ to investigate [alleged] war crimes
0213 | verb | plead with _ to investigate [alleged] war crimes
0213 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to investigate [alleged] atrocities
0213 | verb | call on/upon _ to investigate [alleged] atrocities
0213 | verb | appeal to _ to investigate [alleged] atrocities
0213 | verb | plead with _ to investigate [alleged] atrocities
0213 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to investigate [alleged] crimes against humanity
0213 | verb | call on/upon _ to investigate [alleged] crimes against humanity
0213 | verb | appeal to _ to investigate [alleged] crimes against humanity
0213 | verb | plead with _ to investigate [alleged] crimes against humanity

# 0214 Appeal for intelligence
0214 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to provide/share satellite imagery/images/photos/data
0214 | verb | call on/upon _ to provide/share satellite imagery/images/photos/data
0214 | verb | appeal to _ to provide/share satellite imagery/images/photos/data
0214 | verb | plead with _ to provide/share satellite imagery/images/photos/data
0214 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to hand over satellite imagery/images/photos/data
0214 | verb | call on/upon _ to hand over satellite imagery/images/photos/data
0214 | verb | appeal to _ to hand over satellite imagery/images/photos/data
0214 | verb | plead with _ to hand over satellite imagery/images/photos/data
0214 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to pass on satellite imagery/images/photos/data
0214 | verb | call on/upon _ to pass on satellite imagery/images/photos/data
0214 | verb | appeal to _ to pass on satellite imagery/images/photos/data
0214 | verb | plead with _ to pass on satellite imagery/images/photos/data
0214 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to exchange information/intelligence/data on/about
0214 | verb | call on/upon _ to exchange information/intelligence/data on/about
0214 | verb | appeal to _ to exchange information/intelligence/data on/about
0214 | verb | plead with _ to exchange information/intelligence/data on/about
0214 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to pool intelligence/information/data
0214 | verb | call on/upon _ to pool intelligence/information/data
0214 | verb | appeal to _ to pool intelligence/information/data
0214 | verb | plead with _ to pool intelligence/information/data

# 022 Appeal for diplomatic cooperation
022 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to stop blocking [its] EU/NATO accession/membership/bid/talks
022 | verb | call on/upon _ to stop blocking [its] EU/NATO accession/membership/bid/talks
022 | verb | appeal to _ to stop blocking [its] EU/NATO accession/membership/bid/talks
022 | verb | plead with _ to stop blocking [its] EU/NATO accession/membership/bid/talks
022 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to stop blocking [its] accession/membership/bid
022 | verb | call on/upon _ to stop blocking [its] accession/membership/bid
022 | verb | appeal to _ to stop blocking [its] accession/membership/bid
022 | verb | plead with _ to stop blocking [its] accession/membership/bid
022 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to use [its] leverage over/with
022 | verb | call on/upon _ to use [its] leverage over/with
022 | verb | appeal to _ to use [its] leverage over/with
022 | verb | plead with _ to use [its] leverage over/with
022 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to co-sponsor [the/a] resolution/draft
022 | verb | call on/upon _ to co-sponsor [the/a] resolution/draft
022 | verb | appeal to _ to co-sponsor [the/a] resolution/draft
022 | verb | plead with _ to co-sponsor [the/a] resolution/draft

# 023 Appeal for aid: beg for help
023 | verb | beg _ for support/help/assistance/aid
023 | verb | beg for support/help/assistance

# 0231 Appeal for economic aid: debts, cash, reconstruction money
0231 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to renegotiate/reschedule/restructure/ease [its] debt/debts/repayments
0231 | verb | call on/upon _ to renegotiate/reschedule/restructure/ease [its] debt/debts/repayments
0231 | verb | appeal to _ to renegotiate/reschedule/restructure/ease [its] debt/debts/repayments
0231 | verb | plead with _ to renegotiate/reschedule/restructure/ease [its] debt/debts/repayments
0231 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to roll over [its] debt/debts/loans
0231 | verb | call on/upon _ to roll over [its] debt/debts/loans
0231 | verb | appeal to _ to roll over [its] debt/debts/loans
0231 | verb | plead with _ to roll over [its] debt/debts/loans
0231 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to fund/finance [the] reconstruction/rebuilding
0231 | verb | call on/upon _ to fund/finance [the] reconstruction/rebuilding
0231 | verb | appeal to _ to fund/finance [the] reconstruction/rebuilding
0231 | verb | plead with _ to fund/finance [the] reconstruction/rebuilding
0231 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to pay for [the] reconstruction/rebuilding
0231 | verb | call on/upon _ to pay for [the] reconstruction/rebuilding
0231 | verb | appeal to _ to pay for [the] reconstruction/rebuilding
0231 | verb | plead with _ to pay for [the] reconstruction/rebuilding
0231 | verb | ask/press/beg _ for cash/funds/money/credits/credit/lifeline/loans/loan
0231 | verb | ask/press/beg _ for a lifeline/loan
0231 | verb | plead with _ for cash/funds/money/credits/loans
0231 | verb | appeal to _ for cash/funds/money/credits/loans
0231 | verb | plead/appeal/beg for cash/funds/money/lifeline
0231 | verb | plead/appeal/beg for a lifeline

# 0232 Appeal for military aid
0232 | verb | press/push/implore/beg/lobby _ for @weapons
0232 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to sell [it/them] fighter/attack/combat jets/aircraft/helicopters
0232 | verb | call on/upon _ to sell [it/them] fighter/attack/combat jets/aircraft/helicopters
0232 | verb | appeal to _ to sell [it/them] fighter/attack/combat jets/aircraft/helicopters
0232 | verb | plead with _ to sell [it/them] fighter/attack/combat jets/aircraft/helicopters
0232 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to sell [it/them] F-16/F-35/F-15 fighter/fighters/jets
0232 | verb | call on/upon _ to sell [it/them] F-16/F-35/F-15 fighter/fighters/jets
0232 | verb | appeal to _ to sell [it/them] F-16/F-35/F-15 fighter/fighters/jets
0232 | verb | plead with _ to sell [it/them] F-16/F-35/F-15 fighter/fighters/jets

# 0233 Appeal for humanitarian aid: medical and rescue help
0233 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to send [in] medical/rescue/search-and-rescue/relief teams/workers/doctors
0233 | verb | call on/upon _ to send [in] medical/rescue/search-and-rescue/relief teams/workers/doctors
0233 | verb | appeal to _ to send [in] medical/rescue/search-and-rescue/relief teams/workers/doctors
0233 | verb | plead with _ to send [in] medical/rescue/search-and-rescue/relief teams/workers/doctors
0233 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to send [in] doctors/medics/nurses/field hospitals
0233 | verb | call on/upon _ to send [in] doctors/medics/nurses/field hospitals
0233 | verb | appeal to _ to send [in] doctors/medics/nurses/field hospitals
0233 | verb | plead with _ to send [in] doctors/medics/nurses/field hospitals
0233 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to help rescue/evacuate
0233 | verb | call on/upon _ to help rescue/evacuate
0233 | verb | appeal to _ to help rescue/evacuate
0233 | verb | plead with _ to help rescue/evacuate
0233 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to help fight/battle/tackle [the] fire/fires/blaze/wildfires
0233 | verb | call on/upon _ to help fight/battle/tackle [the] fire/fires/blaze/wildfires
0233 | verb | appeal to _ to help fight/battle/tackle [the] fire/fires/blaze/wildfires
0233 | verb | plead with _ to help fight/battle/tackle [the] fire/fires/blaze/wildfires
0233 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to help put out [the] fire/fires/blaze/wildfires
0233 | verb | call on/upon _ to help put out [the] fire/fires/blaze/wildfires
0233 | verb | appeal to _ to help put out [the] fire/fires/blaze/wildfires
0233 | verb | plead with _ to help put out [the] fire/fires/blaze/wildfires
0233 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to help fight/battle/tackle [the] forest fires
0233 | verb | call on/upon _ to help fight/battle/tackle [the] forest fires
0233 | verb | appeal to _ to help fight/battle/tackle [the] forest fires
0233 | verb | plead with _ to help fight/battle/tackle [the] forest fires
0233 | verb | ask/press/beg _ for doctors/medics/nurses/gear/oxygen/ventilators
0233 | verb | ask/press/beg _ for protective gear/equipment
0233 | verb | ask/press/beg _ for field hospitals
0233 | verb | appeal to _ for doctors/medics/nurses/gear/oxygen/ventilators
0233 | verb | appeal to _ for protective gear/equipment
0233 | verb | request/seek [international/foreign] rescue/medical teams from _
0233 | verb | request/seek [international/foreign] search and rescue teams from _
0233 | verb | request/seek firefighting planes/aircraft/helicopters from _
0233 | verb | request/seek water bombers from _

# 0234 Appeal for military protection
0234 | verb | call in troops/forces/soldiers/peacekeepers from _
0234 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to close [the] skies/airspace over
0234 | verb | call on/upon _ to close [the] skies/airspace over
0234 | verb | appeal to _ to close [the] skies/airspace over
0234 | verb | plead with _ to close [the] skies/airspace over
0234 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to restore order/security/stability
0234 | verb | call on/upon _ to restore order/security/stability
0234 | verb | appeal to _ to restore order/security/stability
0234 | verb | plead with _ to restore order/security/stability
0234 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to provide/give [it/them] security guarantees
0234 | verb | call on/upon _ to provide/give [it/them] security guarantees
0234 | verb | appeal to _ to provide/give [it/them] security guarantees
0234 | verb | plead with _ to provide/give [it/them] security guarantees
0234 | verb | ask/press _ for security guarantees
0234 | verb | ask/press _ for [military] protection
0234 | verb | appeal to _ for security guarantees
0234 | verb | appeal to _ for [military] protection
0234 | verb | invite _ to restore order/security

# 024 Appeal for political reform
024 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to push/press ahead with democratic change/reform/reforms
024 | verb | call on/upon _ to push/press ahead with democratic change/reform/reforms
024 | verb | appeal to _ to push/press ahead with democratic change/reform/reforms
024 | verb | plead with _ to push/press ahead with democratic change/reform/reforms
024 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to modernise/modernize [its] political system
024 | verb | call on/upon _ to modernise/modernize [its] political system
024 | verb | appeal to _ to modernise/modernize [its] political system
024 | verb | plead with _ to modernise/modernize [its] political system
024 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to speed up democratisation/democratization
024 | verb | call on/upon _ to speed up democratisation/democratization
024 | verb | appeal to _ to speed up democratisation/democratization
024 | verb | plead with _ to speed up democratisation/democratization
024 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to accelerate democratisation/democratization
024 | verb | call on/upon _ to accelerate democratisation/democratization
024 | verb | appeal to _ to accelerate democratisation/democratization
024 | verb | plead with _ to accelerate democratisation/democratization
024 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to speed up [its] democratic transition
024 | verb | call on/upon _ to speed up [its] democratic transition
024 | verb | appeal to _ to speed up [its] democratic transition
024 | verb | plead with _ to speed up [its] democratic transition
024 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to accelerate [its] democratic transition
024 | verb | call on/upon _ to accelerate [its] democratic transition
024 | verb | appeal to _ to accelerate [its] democratic transition
024 | verb | plead with _ to accelerate [its] democratic transition

# 0241 Appeal for change in leadership
0241 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to make way for [a] civilian/new/transitional government/leader/administration
0241 | verb | call on/upon _ to make way for [a] civilian/new/transitional government/leader/administration
0241 | verb | appeal to _ to make way for [a] civilian/new/transitional government/leader/administration
0241 | verb | plead with _ to make way for [a] civilian/new/transitional government/leader/administration
0241 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to relinquish office/power
0241 | verb | call on/upon _ to relinquish office/power
0241 | verb | appeal to _ to relinquish office/power
0241 | verb | plead with _ to relinquish office/power
0241 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to call it a day
0241 | verb | call on/upon _ to call it a day
0241 | verb | appeal to _ to call it a day
0241 | verb | plead with _ to call it a day
0241 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to bow out
0241 | verb | call on/upon _ to bow out
0241 | verb | appeal to _ to bow out
0241 | verb | plead with _ to bow out
0241 | verb | call for _ to be declared unfit to rule/govern
0241 | verb | call for _ to be sacked/fired/dismissed/removed/ousted

# 0242 Appeal for policy change
0242 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to water down [the] bill/law/legislation/proposal/plan/plans
0242 | verb | call on/upon _ to water down [the] bill/law/legislation/proposal/plan/plans
0242 | verb | appeal to _ to water down [the] bill/law/legislation/proposal/plan/plans
0242 | verb | plead with _ to water down [the] bill/law/legislation/proposal/plan/plans
0242 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to do away with
0242 | verb | call on/upon _ to do away with
0242 | verb | appeal to _ to do away with
0242 | verb | plead with _ to do away with

# 0243 Appeal for rights
0243 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to protect journalists/minorities/reporters/activists
0243 | verb | call on/upon _ to protect journalists/minorities/reporters/activists
0243 | verb | appeal to _ to protect journalists/minorities/reporters/activists
0243 | verb | plead with _ to protect journalists/minorities/reporters/activists
0243 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to protect [its] Christian/Muslim/religious/ethnic minority/minorities
0243 | verb | call on/upon _ to protect [its] Christian/Muslim/religious/ethnic minority/minorities
0243 | verb | appeal to _ to protect [its] Christian/Muslim/religious/ethnic minority/minorities
0243 | verb | plead with _ to protect [its] Christian/Muslim/religious/ethnic minority/minorities
0243 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to stop persecuting
0243 | verb | call on/upon _ to stop persecuting
0243 | verb | appeal to _ to stop persecuting
0243 | verb | plead with _ to stop persecuting
0243 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to end [the] persecution of
0243 | verb | call on/upon _ to end [the] persecution of
0243 | verb | appeal to _ to end [the] persecution of
0243 | verb | plead with _ to end [the] persecution of
0243 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to improve conditions for [the] migrant workers/prisoners/detainees/workers
0243 | verb | call on/upon _ to improve conditions for [the] migrant workers/prisoners/detainees/workers
0243 | verb | appeal to _ to improve conditions for [the] migrant workers/prisoners/detainees/workers
0243 | verb | plead with _ to improve conditions for [the] migrant workers/prisoners/detainees/workers
0243 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to improve [the] treatment of [the] migrant workers/prisoners/detainees/workers
0243 | verb | call on/upon _ to improve [the] treatment of [the] migrant workers/prisoners/detainees/workers
0243 | verb | appeal to _ to improve [the] treatment of [the] migrant workers/prisoners/detainees/workers
0243 | verb | plead with _ to improve [the] treatment of [the] migrant workers/prisoners/detainees/workers
0243 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to end [the] torture of [the] detainees/prisoners
0243 | verb | call on/upon _ to end [the] torture of [the] detainees/prisoners
0243 | verb | appeal to _ to end [the] torture of [the] detainees/prisoners
0243 | verb | plead with _ to end [the] torture of [the] detainees/prisoners

# 0244 Appeal for change in institutions, regime
0244 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to return to democracy
0244 | verb | call on/upon _ to return to democracy
0244 | verb | appeal to _ to return to democracy
0244 | verb | plead with _ to return to democracy
0244 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to return to democratic/civilian/constitutional rule/order
0244 | verb | call on/upon _ to return to democratic/civilian/constitutional rule/order
0244 | verb | appeal to _ to return to democratic/civilian/constitutional rule/order
0244 | verb | plead with _ to return to democratic/civilian/constitutional rule/order
0244 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to restore [the] constitution
0244 | verb | call on/upon _ to restore [the] constitution
0244 | verb | appeal to _ to restore [the] constitution
0244 | verb | plead with _ to restore [the] constitution
0244 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to switch to [a] parliamentary/presidential system
0244 | verb | call on/upon _ to switch to [a] parliamentary/presidential system
0244 | verb | appeal to _ to switch to [a] parliamentary/presidential system
0244 | verb | plead with _ to switch to [a] parliamentary/presidential system
0244 | verb | call for [a] switch to [a] parliamentary/presidential system

# 025 Appeal to yield
025 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to climb down
025 | verb | call on/upon _ to climb down
025 | verb | appeal to _ to climb down
025 | verb | plead with _ to climb down
025 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to back off
025 | verb | call on/upon _ to back off
025 | verb | appeal to _ to back off
025 | verb | plead with _ to back off
025 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to bow to [the] demands/pressure
025 | verb | call on/upon _ to bow to [the] demands/pressure
025 | verb | appeal to _ to bow to [the] demands/pressure
025 | verb | plead with _ to bow to [the] demands/pressure

# 0251 Appeal for easing administrative sanctions
0251 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to lift/end/reverse/overturn [the] ban on rallies/protests/demonstrations/gatherings
0251 | verb | call on/upon _ to lift/end/reverse/overturn [the] ban on rallies/protests/demonstrations/gatherings
0251 | verb | appeal to _ to lift/end/reverse/overturn [the] ban on rallies/protests/demonstrations/gatherings
0251 | verb | plead with _ to lift/end/reverse/overturn [the] ban on rallies/protests/demonstrations/gatherings
0251 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to lift/end/reverse/overturn [the] ban on [the] newspaper/station/opposition
0251 | verb | call on/upon _ to lift/end/reverse/overturn [the] ban on [the] newspaper/station/opposition
0251 | verb | appeal to _ to lift/end/reverse/overturn [the] ban on [the] newspaper/station/opposition
0251 | verb | plead with _ to lift/end/reverse/overturn [the] ban on [the] newspaper/station/opposition
0251 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to allow [the] [independent] television/TV/radio station/newspaper/channel to reopen
0251 | verb | call on/upon _ to allow [the] [independent] television/TV/radio station/newspaper/channel to reopen
0251 | verb | appeal to _ to allow [the] [independent] television/TV/radio station/newspaper/channel to reopen
0251 | verb | plead with _ to allow [the] [independent] television/TV/radio station/newspaper/channel to reopen

# 0252 Appeal for easing of popular dissent
0252 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to leave/vacate/clear [the] airport/square/streets/roads/buildings/parliament/camp/encampment
0252 | verb | call on/upon _ to leave/vacate/clear [the] airport/square/streets/roads/buildings/parliament/camp/encampment
0252 | verb | appeal to _ to leave/vacate/clear [the] airport/square/streets/roads/buildings/parliament/camp/encampment
0252 | verb | plead with _ to leave/vacate/clear [the] airport/square/streets/roads/buildings/parliament/camp/encampment
0252 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to leave/vacate/clear [the] government buildings
0252 | verb | call on/upon _ to leave/vacate/clear [the] government buildings
0252 | verb | appeal to _ to leave/vacate/clear [the] government buildings
0252 | verb | plead with _ to leave/vacate/clear [the] government buildings

# 0253 Appeal for release of persons
0253 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to repatriate [the] [detained/jailed] fishermen/prisoners/detainees/sailors/crew/crewmen
0253 | verb | call on/upon _ to repatriate [the] [detained/jailed] fishermen/prisoners/detainees/sailors/crew/crewmen
0253 | verb | appeal to _ to repatriate [the] [detained/jailed] fishermen/prisoners/detainees/sailors/crew/crewmen
0253 | verb | plead with _ to repatriate [the] [detained/jailed] fishermen/prisoners/detainees/sailors/crew/crewmen
0253 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to send home [the] [detained/jailed] fishermen/prisoners/detainees/sailors/crew/crewmen
0253 | verb | call on/upon _ to send home [the] [detained/jailed] fishermen/prisoners/detainees/sailors/crew/crewmen
0253 | verb | appeal to _ to send home [the] [detained/jailed] fishermen/prisoners/detainees/sailors/crew/crewmen
0253 | verb | plead with _ to send home [the] [detained/jailed] fishermen/prisoners/detainees/sailors/crew/crewmen

# 0254 Appeal for easing economic sanctions
0254 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to end/lift/ease [the] [economic/trade] blockade
0254 | verb | call on/upon _ to end/lift/ease [the] [economic/trade] blockade
0254 | verb | appeal to _ to end/lift/ease [the] [economic/trade] blockade
0254 | verb | plead with _ to end/lift/ease [the] [economic/trade] blockade
0254 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to waive/suspend sanctions
0254 | verb | call on/upon _ to waive/suspend sanctions
0254 | verb | appeal to _ to waive/suspend sanctions
0254 | verb | plead with _ to waive/suspend sanctions

# 0255 Appeal to allow international involvement
0255 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to accept [a/an] [international] monitoring/observer/observation/fact-finding mission
0255 | verb | call on/upon _ to accept [a/an] [international] monitoring/observer/observation/fact-finding mission
0255 | verb | appeal to _ to accept [a/an] [international] monitoring/observer/observation/fact-finding mission
0255 | verb | plead with _ to accept [a/an] [international] monitoring/observer/observation/fact-finding mission
0255 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to admit [an/a] [international] investigation/inquiry/inspectors/investigators
0255 | verb | call on/upon _ to admit [an/a] [international] investigation/inquiry/inspectors/investigators
0255 | verb | appeal to _ to admit [an/a] [international] investigation/inquiry/inspectors/investigators
0255 | verb | plead with _ to admit [an/a] [international] investigation/inquiry/inspectors/investigators

# 0256 Appeal for de-escalation
0256 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to disengage [its] troops/forces
0256 | verb | call on/upon _ to disengage [its] troops/forces
0256 | verb | appeal to _ to disengage [its] troops/forces
0256 | verb | plead with _ to disengage [its] troops/forces
0256 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to wind down [its] offensive/operations/campaign
0256 | verb | call on/upon _ to wind down [its] offensive/operations/campaign
0256 | verb | appeal to _ to wind down [its] offensive/operations/campaign
0256 | verb | plead with _ to wind down [its] offensive/operations/campaign
0256 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to wind down [its] military campaign/operations
0256 | verb | call on/upon _ to wind down [its] military campaign/operations
0256 | verb | appeal to _ to wind down [its] military campaign/operations
0256 | verb | plead with _ to wind down [its] military campaign/operations
0256 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to stop/halt/end [its] incursion/offensive/operation into/in
0256 | verb | call on/upon _ to stop/halt/end [its] incursion/offensive/operation into/in
0256 | verb | appeal to _ to stop/halt/end [its] incursion/offensive/operation into/in
0256 | verb | plead with _ to stop/halt/end [its] incursion/offensive/operation into/in
0256 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to scale back [its] military operations/offensive/operations
0256 | verb | call on/upon _ to scale back [its] military operations/offensive/operations
0256 | verb | appeal to _ to scale back [its] military operations/offensive/operations
0256 | verb | plead with _ to scale back [its] military operations/offensive/operations

# 027 Appeal to settle dispute
027 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to patch up [its] rift/differences/quarrel/row/dispute
027 | verb | call on/upon _ to patch up [its] rift/differences/quarrel/row/dispute
027 | verb | appeal to _ to patch up [its] rift/differences/quarrel/row/dispute
027 | verb | plead with _ to patch up [its] rift/differences/quarrel/row/dispute
027 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to normalise/normalize relations/ties
027 | verb | call on/upon _ to normalise/normalize relations/ties
027 | verb | appeal to _ to normalise/normalize relations/ties
027 | verb | plead with _ to normalise/normalize relations/ties
027 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to mend ties/relations/fences
027 | verb | call on/upon _ to mend ties/relations/fences
027 | verb | appeal to _ to mend ties/relations/fences
027 | verb | plead with _ to mend ties/relations/fences

# 028 Appeal to mediate
028 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to intercede with
028 | verb | call on/upon _ to intercede with
028 | verb | appeal to _ to intercede with
028 | verb | plead with _ to intercede with
028 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to intercede on behalf of
028 | verb | call on/upon _ to intercede on behalf of
028 | verb | appeal to _ to intercede on behalf of
028 | verb | plead with _ to intercede on behalf of
028 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to act as [an/a] intermediary/go-between/broker
028 | verb | call on/upon _ to act as [an/a] intermediary/go-between/broker
028 | verb | appeal to _ to act as [an/a] intermediary/go-between/broker
028 | verb | plead with _ to act as [an/a] intermediary/go-between/broker

# 040 Consult
040 | verb | sound out _
040 | verb | touch base with _
040 | verb | have/hold [a] one-on-one/tete-a-tete/tête-à-tête with _
040 | verb | hold [a] working session with _
040 | verb | converse with _
040 | verb | sit down together
040 | verb | come face to face with _
040 | verb | come face to face

# 041 Discuss by telephone or video link
041 | verb | hold/have [a] virtual meeting/summit/talks with _
041 | verb | hold/have [a] video summit/conference/meeting with _
041 | noun | video summit with _

# 042 Make a visit
042 | verb | swing through _

# 043 Host a visit
043 | verb | fete _
043 | verb | welcome _ with [full] military/state honours/honors

# 045 Mediate
045 | verb | referee [the] talks/negotiations between

# 046 Negotiate
046 | verb | wrangle with _ over
046 | verb | sit down for negotiations/talks
046 | verb | go into talks/negotiations with _
046 | verb | go into talks/negotiations

# 050 Diplomatic cooperation
050 | verb | forge [a] strategic/comprehensive partnership/alliance with _
050 | verb | forge [a] strategic/comprehensive partnership/alliance
050 | verb | raise/elevate/upgrade [its] diplomatic ties/relations to ambassador/ambassadorial level
050 | verb | elevate/upgrade [its] ties/relations/partnership with _
050 | verb | deepen/cement/bolster [its] ties/relations/partnership with _
050 | verb | deepen/cement/bolster [its] ties/relations/partnership

# 051 Praise or endorse
051 | verb | heap/shower compliments on _
051 | verb | honour/honor _ with [the] order/medal/award/prize
051 | verb | award [the] medal/order/prize/honour/honor to _

# 052 Defend verbally
052 | verb | rally to [the] defence/defense of _

# 053 Rally support on behalf of
053 | verb | galvanise/galvanize/mobilise/mobilize/rally allies/countries/nations/leaders/governments in support of _
053 | verb | galvanise/galvanize/mobilise/mobilize allies/countries/nations/leaders/governments behind _
053 | verb | galvanise/galvanize/mobilise/mobilize support for _

# 055 Apologize
055 | verb | ask for pardon/forgiveness from _
055 | verb | ask _ for pardon

# 057 Sign formal agreement
057 | verb | ink/initial/initialled/initialed/pen [a/an/the] peace/defence/defense/security/military/trade/maritime/border agreement/accord/deal/pact/treaty
057 | verb | ink/initial/initialled/initialed/pen [a/an/the] energy/water/gas/nuclear/migration/fisheries/cooperation/investment agreement/accord/deal/pact/treaty
057 | verb | ink/initial/initialled/initialed/pen [a/an/the] ceasefire/economic/strategic/partnership/framework/landmark/historic/bilateral agreement/accord/deal/pact/treaty
057 | verb | ink/initial/initialled/initialed/pen [a/an/the] free trade agreement/accord/deal/pact/treaty
057 | verb | ink/initial/initialled/initialed/pen its peace/defence/defense/security/military/trade/maritime/border agreement/accord/deal/pact/treaty
057 | verb | ink/initial/initialled/initialed/pen its energy/water/gas/nuclear/migration/fisheries/cooperation/investment agreement/accord/deal/pact/treaty
057 | verb | ink/initial/initialled/initialed/pen its ceasefire/economic/strategic/partnership/framework/landmark/historic/bilateral agreement/accord/deal/pact/treaty
057 | verb | ink/initial/initialled/initialed/pen its free trade agreement/accord/deal/pact/treaty
057 | verb | formalise/formalize/finalise/finalize [a/an/the] peace/defence/defense/security/military/trade/maritime/border agreement/accord/deal/pact/treaty
057 | verb | formalise/formalize/finalise/finalize [a/an/the] energy/water/gas/nuclear/migration/fisheries/cooperation/investment agreement/accord/deal/pact/treaty
057 | verb | formalise/formalize/finalise/finalize [a/an/the] ceasefire/economic/strategic/partnership/framework/landmark/historic/bilateral agreement/accord/deal/pact/treaty
057 | verb | formalise/formalize/finalise/finalize [a/an/the] free trade agreement/accord/deal/pact/treaty
057 | verb | formalise/formalize/finalise/finalize its peace/defence/defense/security/military/trade/maritime/border agreement/accord/deal/pact/treaty
057 | verb | formalise/formalize/finalise/finalize its energy/water/gas/nuclear/migration/fisheries/cooperation/investment agreement/accord/deal/pact/treaty
057 | verb | formalise/formalize/finalise/finalize its ceasefire/economic/strategic/partnership/framework/landmark/historic/bilateral agreement/accord/deal/pact/treaty
057 | verb | formalise/formalize/finalise/finalize its free trade agreement/accord/deal/pact/treaty
057 | verb | pen [a/an/the] agreement/accord/deal/pact/treaty
057 | verb | sign off on [a/an/the] [peace/trade/grain/security/defence/defense] agreement/accord/deal/pact/treaty
