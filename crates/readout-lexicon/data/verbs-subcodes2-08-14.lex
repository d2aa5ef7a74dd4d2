# Sub-code patterns for CAMEO roots 08-14, second round (yield, investigate, demand, disapprove, reject, threaten,
# protest). Written for readout: longer, more specific phrasings (participles, passives, nominalisations, support
# verbs) that pick the right sub-code where a shorter pattern of the same root would code the root or a sibling.
# Regression test: eval/probes/probe-subcodes2-08-14.jsonl. Format as in docs/lexicon.md.

# 0811 Ease restrictions on political freedoms (restrictions named by what they restrict; bare `ease restrictions` stays 081)
0811 | verb | ease/relax/loosen/lift [the] curbs/restrictions on [the] internet/free speech/assembly/protests/rallies/demonstrations/gatherings
0811 | verb | ease/relax/loosen/lift [the] curbs/restrictions on [the] public gatherings/meetings/protests/demonstrations
0811 | verb | ease/relax/loosen/lift [the] curbs/restrictions on _ opposition/groups/parties/activists/dissidents/journalists/media/newspapers/NGOs/charities
0811 | verb | unblock [the] [independent/opposition/foreign/news] websites/blogs/sites/newspapers/channels

# 0812 Ease ban on political parties or politicians
0812 | verb | lift [a/the] [political] ban barring/preventing _ from holding/seeking/running/contesting
0812 | verb | lift [a/the] [political] ban on _ holding/seeking/running for [public] office
0812 | verb | lift [a/the] ban on political activity/activities/parties/party activities

# 0813 Ease curfew (article and scope words the earlier patterns do not allow)
0813 | verb | lift/ease/end/relax/loosen/shorten [a/the] [nationwide/citywide/countrywide/statewide/province-wide/indefinite/military/weekend/daytime] curfew
0813 | verb | lift/ease/end/relax/loosen/shorten [a/the] nationwide/citywide/countrywide/statewide dusk-to-dawn/overnight/night/nightly/night-time/nighttime/round-the-clock/24-hour/evening curfew
0813 | verb | partially lift/ease/relax [a/the] [nationwide/citywide/dusk-to-dawn/overnight/night/nightly/round-the-clock/24-hour] curfew
0813 | verb | lift/ease/end/relax/loosen/shorten [a/the] curfew on/in/for/across _
0813 | verb | partially lift/ease/relax [a/the] curfew on/in/for/across _

# 0814 Ease state of emergency or martial law
0814 | verb | lift/end/revoke/scrap/rescind [a/the] [nationwide/two-year/decades-old/months-long] state of emergency/siege
0814 | verb | partially lift/end [a/the] [nationwide/decades-old] state of emergency
0814 | verb | vote to lift/end/revoke [a/the] state of emergency/siege
0814 | verb | lift/end [a/the] emergency rule
0814 | verb | lift/end/revoke [a/the] martial law

# 0842 Return, release property
0842 | verb | hand back/return [the] [looted/stolen/seized/plundered/confiscated] artworks/artefacts/artifacts/treasures/bronzes/relics/antiquities/statues/manuscripts to _
0842 | verb | hand [a/the] seized/captured/impounded/confiscated/detained _ [fishing] vessel/vessels/boat/boats/ship/ships/tanker/trawler/trawlers/aircraft/plane back
0842 | verb | hand [a/the] seized/captured/impounded/confiscated [fishing] vessel/boat/ship/tanker/trawler back to _

# 0863 Allow delivery of humanitarian aid
0863 | verb | let/allow/permit [foreign/international/humanitarian/emergency] aid/relief/supplies/convoys into _
0863 | verb | let/allow/permit [the] [first] shipment/shipments/convoy/convoys/delivery/deliveries/trucks/lorries of aid/food/supplies/relief to reach/enter _
0863 | verb | let/allow/permit [the] shipment/shipments/convoy/convoys/delivery/deliveries/trucks/lorries of food/humanitarian/relief/medical aid/supplies to reach/enter _
0863 | verb | let/allow/permit [the] shipment/shipments/convoy/convoys/delivery/deliveries/trucks/lorries of [food/humanitarian/relief/medical] aid/supplies into _
0863 | verb | let/allow/permit [a] convoy of [U.N./UN] aid/relief trucks/lorries to enter _
0863 | verb | open [a] road/corridor/route to let relief/aid convoys/trucks/supplies into _

# 0871 Declare truce, ceasefire (adjectives between the article and the noun)
0871 | verb | declare/announce [a/an] definitive/unilateral/permanent/indefinite/temporary/bilateral/nationwide/humanitarian/three-day/holiday ceasefire/truce with _
0871 | verb | declare/announce [a/an] definitive/unilateral/permanent/indefinite/temporary/bilateral/nationwide/humanitarian/three-day/holiday ceasefire/truce
0871 | verb | order [a] halt to [its/their] offensive/operations/airstrikes/bombing/attacks

# 0874 Retreat or surrender militarily
0874 | verb | pull back/out from/of [the] area/areas/town/city/region/outskirts/suburbs around/of _
0874 | verb | pull back from [the] [key/strategic/besieged/southern/northern/eastern/western/central] town/city/region/enclave/stronghold/port/province/district
0874 | verb | pull out of [the] [key/strategic/besieged] town/city/region/enclave/stronghold/port/province/district
0874 | verb | retreat from [the] [key/strategic/besieged/southern/northern/eastern/western/central] area/town/city/region/enclave/stronghold/port/province/district
0874 | verb | admit/concede [military] defeat

# 1031 Demand economic aid
1031 | verb | demand [that] _ release/disburse/unlock/pay [the] [next/delayed/frozen] tranche/tranches/loan/loans/funds/funding/aid/payment/payments
1031 | verb | demand [that] _ provide/offer/grant [the] debt relief/financing/bailout/loans/funding
1031 | verb | demand [that] _ pay [the] reparations/compensation

# 1034 Demand military protection or peacekeeping
1034 | verb | demand [that] _ close/shut [the] skies/airspace over
1034 | verb | demand [that] _ impose/enforce [a] no-fly zone
1034 | verb | demand [that] _ protect [the] civilians/city/town/population

# 1121 Accuse of crime, corruption
1121 | verb | accuse _ of profiting from [the] drug/heroin/opium/cocaine/narcotics trade/trafficking/smuggling
1121 | verb | accuse _ of involvement in [the] drug/heroin/opium/cocaine/narcotics trade/trafficking/smuggling
1121 | verb | accuse _ of drug/narcotics/arms/weapons/human/people trafficking/smuggling
1121 | verb | accuse _ of receiving/accepting illicit/illegal benefits/payments/donations/gifts/funds
1121 | verb | accuse _ of covering up [a] graft/corruption/bribery/fraud scandal/case/cases

# 1125 Accuse of espionage, treason
1125 | verb | accuse _ of engaging in activities that endanger/endangered/threaten/threatened/harm/harmed [its/the] national/state security
1125 | verb | accuse _ of endangering/harming/undermining/threatening [its/the] national/state security
1125 | verb | accuse _ of collaborating/colluding with foreign/enemy/hostile/Western intelligence services/agencies/agents

# 113 Rally opposition against
113 | verb | call on/upon [his/her/their] supporters/followers/citizens/people/voters/compatriots to take to [the] streets against _
113 | verb | call on/upon [his/her/their] supporters/followers/citizens/people/voters/compatriots to rise up/rally/unite/mobilise/mobilize against _
113 | verb | urge [his/her/their] supporters/followers/citizens/people/voters/compatriots to take to [the] streets against _
113 | verb | urge [his/her/their] supporters/followers/citizens/people/voters/compatriots to rise up/rally/unite/mobilise/mobilize against _

# 1231 Reject request for change in leadership
1231 | verb | defy/reject/dismiss/ignore/rebuff/brush aside [the] _ demands/calls that he/she step down/resign/quit
1231 | verb | defy/reject/dismiss/ignore/rebuff/brush aside [the] _ demands/calls for him/her to step down/resign/quit
1231 | verb | defy/reject/dismiss/ignore/rebuff/brush aside [the] _ demands/calls for his/her resignation/ouster/removal

# 125 Reject proposal to meet, discuss, or negotiate
125 | verb | reject/rebuff/spurn/dismiss [a/an/the] _ proposal/offer/call/invitation for [a] dialogue/talks/negotiations/meeting
125 | verb | reject/rebuff/spurn/dismiss [a/an/the] proposal/offer/call/invitation for [a] dialogue/talks/negotiations/meeting with _

# 127 Reject plan, agreement to settle dispute
127 | verb | vote down/reject [the] _ Brexit/withdrawal/peace/divorce deal/agreement/accord/plan/treaty
127 | verb | vote down [the] _ deal/agreement/accord/plan

# 129 Veto
129 | verb | block [a/the] _ resolution
129 | verb | use [its] veto [power] at/in _

# 1311 Threaten to reduce or stop aid
1311 | verb | threaten to review/suspend/freeze/cut/withhold/halt [its] aid/assistance/funding to _
1311 | verb | threaten to review/suspend/freeze/cut/withhold/halt [its] billions/millions of euros/dollars/pounds in aid/assistance/funding to _
1311 | verb | warn _ [that] it could/would/will/may suspend/cut/halt/freeze/withhold [new] lending/aid/funding/assistance/loans/disbursements
1311 | verb | threaten to withhold/suspend/freeze [its] military/economic/financial aid/assistance from/to _

# 1312 Threaten to boycott, embargo, or sanction
1312 | verb | threaten to raise/impose/slap tariffs/duties on _ goods/imports/products/exports/steel/cars

# 1313 Threaten to reduce or break relations
1313 | verb | threaten to expel [the] ambassador/ambassadors/envoy/envoys/diplomats of _
1313 | verb | threaten to expel _ ambassador/ambassadors/envoy/envoys/diplomats
1313 | verb | threaten to sever/cut/break off [diplomatic] ties/relations with _

# 1384 Threaten conventional attack
1384 | verb | threaten to destroy/sink/strike/hit/bomb/shell _ warships/ships/vessels/bases/positions/aircraft carriers/troops
1384 | verb | threaten to sink/torpedo _
1384 | verb | threaten to destroy/sink/strike/hit/bomb/shell _ targets/sites/facilities across

# 1385 Threaten attack with WMD
1385 | verb | warn [that] it is/was considering [a] strike with nuclear/nuclear-capable missiles/weapons on _

# 144 / 1412 / 1414 protests by aim
144 | verb | surround/encircle/besiege [the] _ legislature/parliament
1412 | verb | protest/rally/march/demonstrate against [the] _ plan/plans/bill/law/reform/reforms/policy/policies/decision/taxes/tax/cuts/austerity
1412 | verb | protest/rally/march/demonstrate across [the] country/nation against [the] _ plan/plans/bill/law/reform/reforms/policy/policies/decision
1414 | verb | demonstrate/march/rally/protest for [sweeping/democratic/political] constitutional reform/reforms/change/changes
1414 | verb | demonstrate/march/rally/protest for [full/genuine] democracy/democratic reform/democratic reforms/free elections/universal suffrage
1414 | verb | demonstrate/march/rally/protest for [a] new constitution
