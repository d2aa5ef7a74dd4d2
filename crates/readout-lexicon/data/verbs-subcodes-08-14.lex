# Sub-code patterns for CAMEO roots 08-14 (yield, investigate, demand, disapprove, reject, threaten, protest).
# Written for readout: longer, more specific phrasings that pick the right sub-code where a shorter pattern
# of the same root would otherwise code the root or a sibling (`accuse _ of spying` 1125 over `accuse _ of` 112).
# Regression test: eval/probes/probe-subcodes-08-14.jsonl. Format as in docs/lexicon.md.

# 0841 Return, release person(s)
0841 | verb | hand over [the] prisoners/detainees/captives/hostages/POWs to _
0841 | verb | hand over [the] prisoners of war to _
0841 | verb | hand over _ prisoners/detainees/captives/hostages/POWs to
0841 | verb | hand over _ prisoners of war to
0841 | verb | hand _ prisoners/detainees/captives/hostages/POWs over to

# 085 Ease economic sanctions, boycott, embargo
085 | verb | ease/relax/loosen/lift [its/the] trade/economic/oil/arms/commercial embargo on/against _
085 | verb | ease/relax/loosen/lift [its/the] decades-old/long-standing/longstanding trade/economic/arms embargo on/against _
085 | verb | ease/relax/loosen/lift [its/the] embargo on/against _

# 0863 Allow delivery of humanitarian aid
0863 | verb | let/allow/permit [foreign/international] aid/relief/humanitarian workers/agencies/groups into
0863 | verb | let/allow/permit [foreign/international] aid/relief/humanitarian workers/agencies/groups to enter

# 0874 Retreat or surrender militarily
0874 | verb | withdraw from [the] [key/strategic/besieged/embattled/southern/northern/eastern/western/central] town/city/region/enclave/stronghold/port/province/district
0874 | verb | withdraw from [the] _ town/city/region/enclave/stronghold/port/province/district of
0874 | verb | withdraw [its/their] troops/forces/soldiers from [the] town/city/region/enclave/stronghold/port/province/district
0874 | verb | pull out of [the] [southern/northern/eastern/western/central] town/city/region/province/district of

# 1012 Demand military cooperation
1012 | verb | demand that _ increase/raise/boost [their/its] military/defence/defense spending/budgets/budget
1012 | verb | demand [that] _ spend more on defence/defense

# 1031 Demand economic aid
1031 | verb | demand [urgent/immediate/emergency] financial/economic assistance/aid/support from _
1031 | verb | demand [urgent/immediate/emergency] [financial] aid/assistance/funding/loans/compensation from _

# 1042 Demand policy change
1042 | verb | demand that _ end/stop/halt/reverse/abandon/change/scrap [its] policy/policies
1042 | verb | demand that _ end/stop/halt/reverse/abandon/change/scrap [its] policy/practice of

# 1043 Demand rights
1043 | verb | demand that _ grant [the] residents/citizens/people/women/minorities/them [the] right/rights to
1043 | verb | demand [equal/full/civil/political/voting/land/minority/marriage/citizenship/language] rights for
1043 | verb | demand equal/full [civil/political/voting/land/minority/marriage/citizenship/language] rights
1043 | verb | demand civil/political/voting/land/minority/marriage/citizenship/language rights
1043 | verb | demand better/improved/humane/decent [prison/living/detention/jail] conditions

# 1052 Demand easing of political dissent
1052 | verb | demand [that] _ end/stop/halt/abandon [their/its] protest/protests/demonstrations/sit-in/sit-ins/strike/strikes/blockade/blockades/boycott/rallies
1052 | verb | demand [that] _ call off [their/its] protest/protests/demonstrations/sit-in/sit-ins/strike/strikes/blockade/blockades/boycott/rallies
1052 | verb | demand [an] end to [the] protests/demonstrations/sit-in/sit-ins/strike/strikes/boycott

# 1054 Demand easing of economic sanctions
1054 | verb | insist [that] _ must [first] lift/ease/remove [all] [its/the] sanctions
1054 | verb | demand [that] _ [first] lift/ease/remove [all] [its/the] sanctions

# 108 Demand meeting, negotiation
108 | verb | demand [urgent/military/high-level/fresh/emergency/peace/security/bilateral/formal/immediate] talks/negotiations with _
108 | verb | demand [urgent/military/high-level/fresh/emergency/peace/security/bilateral/formal/immediate] talks/negotiations

# 1121 Accuse of crime, corruption
1121 | verb | accuse _ of protecting/shielding/coddling drug lords/traffickers/smugglers/barons/cartels
1121 | verb | accuse _ of protecting/shielding criminals/gangs/cartels/smugglers
1121 | verb | accuse _ of colluding with drug lords/traffickers/smugglers/barons/cartels
1121 | verb | accuse _ of colluding with criminals/gangs/cartels/smugglers
1121 | verb | accuse _ of breaking/violating/flouting [the] budget/election/electoral/fiscal/campaign/finance/tax/anti-corruption law/laws/rules
1121 | verb | accuse _ of embezzling/misusing/siphoning/stealing/laundering public/state/government funds/money
1121 | verb | accuse _ of embezzling/embezzlement/fraud/bribery/graft/extortion/racketeering
1121 | verb | accuse _ of taking/accepting/paying/soliciting bribes/kickbacks

# 1122 Accuse of human rights abuses
1122 | verb | accuse _ of torture/torturing/rape/raping/mistreating/persecuting
1122 | verb | accuse _ of abusing/beating prisoners/detainees/protesters/demonstrators/migrants/civilians/inmates
1122 | verb | accuse _ of mass/arbitrary/unlawful/illegal detention/detentions/arrests
1122 | verb | accuse _ of forced labour/labor/disappearances/sterilisation/sterilization
1122 | verb | accuse _ of extrajudicial/unlawful killings

# 1124 Accuse of war crimes
1124 | verb | accuse _ of launching/using/staging/conducting [a] chemical/poison/toxic attack/attacks/weapons
1124 | verb | accuse _ of launching/using/staging/conducting [a] chemical/poison weapons attack/attacks
1124 | verb | accuse _ of launching/using/staging/conducting [a] nerve/poison gas attack/attacks
1124 | verb | accuse _ of carrying out [a] chemical/poison/toxic attack/attacks
1124 | verb | accuse _ of carrying out [a] chemical/poison weapons attack/attacks
1124 | verb | accuse _ of carrying out [a] nerve/poison gas attack/attacks
1124 | verb | accuse _ of deliberately targeting/shelling/bombing civilians/hospitals/schools

# 0861 Receive deployment of peacekeepers
0861 | verb | allow/let/permit [international/foreign/U.N./UN/regional] peacekeepers/peacekeeping troops to land/deploy/enter/arrive
0861 | verb | allow/let/permit _ peacekeepers to land/deploy/enter/arrive

# 0832 Accede to demands for change in policy
0832 | verb | drop/scrap/abandon/shelve/withdraw [a/the] [controversial/unpopular/planned/proposed] plan/plans to cut/raise/increase/scrap/freeze/reduce

# 113 Rally opposition against
113 | verb | call on [all] citizens/people/supporters/voters/compatriots/opponents/Belarusians/Venezuelans to unite/rally/mobilise/mobilize/stand against _
113 | verb | call for [all] citizens/people/supporters/voters/compatriots/opponents/Belarusians/Venezuelans to unite/rally/mobilise/mobilize/stand against _
113 | verb | urge [all] citizens/people/supporters/voters/compatriots/opponents to unite/rally/mobilise/mobilize/stand against _

# 115 Bring lawsuit against
115 | verb | take _ to [an/the] international/UN/U.N. tribunal/court
115 | verb | haul _ before [an/the] [international] tribunal/court

# 121 Reject material cooperation
121 | verb | reject/rebuff/spurn [a/an/the] _ offer/proposal/call for/of [closer/joint/greater/bilateral] cooperation
121 | verb | turn down [a/an/the] _ offer/proposal/call for/of [closer/joint/greater/bilateral] cooperation

# 1211 Reject economic cooperation
1211 | verb | reject/decline/spurn [an] invitation/offer/bid to join _ Belt and Road
1211 | verb | reject/decline/spurn [an] invitation/offer/bid to join [the] Belt and Road
1211 | verb | reject [a/the] [proposed] free trade agreement/deal/pact with _
1211 | verb | reject [a/the] [proposed] trade agreement/deal/pact with _

# 1212 Reject military cooperation
1212 | verb | reject/rebuff/spurn/decline [a/an/the] _ offer/proposal/invitation of/for joint military exercises/drills/patrols/manoeuvres/maneuvers
1212 | verb | turn down [a/an/the] _ offer/proposal/invitation of/for joint military exercises/drills/patrols
1212 | verb | reject/rebuff [a/an/the] _ proposal/offer/request to keep/station/base/deploy [foreign/American/U.S./US] troops/forces/soldiers

# 122 Reject request or demand for material aid
122 | verb | reject/rebuff/spurn/decline [a/an/the] request/appeal/plea/call from/by _ for material/military/financial support/aid/assistance
# 1221 Reject request for economic aid
1221 | verb | reject/rebuff/spurn/decline [a/an/the] request/appeal/plea/call from/by _ for financial/economic aid/assistance/support
1221 | verb | reject/rebuff/spurn/decline _ request/bid/appeal/plea to extend [its] bailout/loan/loans/credit
1221 | verb | reject/rebuff/spurn/decline _ request/bid/appeal/plea for [a/an] bailout/loan/loans/credit/extension
# 1222 Reject request for military aid
1222 | verb | reject/rebuff/spurn/decline [a/an/the] request/appeal/plea/call from/by _ for @weapons
# 1224 Reject request for military protection or peacekeeping
1224 | verb | reject [a/the] _ plan/proposal/offer/resolution to send/deploy peacekeepers/troops
1224 | verb | reject [a/the] _ plan/proposal/offer/resolution to send/deploy [a] peacekeeping force/mission

# 1232 Reject request for policy change
1232 | verb | reject [the] demands/calls to withdraw/scrap/shelve/repeal [the] bill/law/legislation/reform/reforms/plan/policy
1232 | verb | reject [the] demands/calls to withdraw/scrap [the] extradition/security/pension/labour/labor/tax bill/law
1232 | verb | reject [the] demands/calls to shelve/repeal [the] extradition/security/pension/labour/labor/tax bill/law
1232 | verb | refuse to reinstate/restore/reintroduce/scrap/drop/withdraw/repeal [the] wealth/fuel/carbon tax/taxes/subsidy/subsidies/levy

# 1234 Reject request for change in institutions, regime
1234 | verb | reject [the] demands/calls for open/free/democratic/direct/genuine elections/polls/nominations
1234 | verb | reject [the] demands/calls for universal suffrage
1234 | verb | reject [the] demands/calls for [a] new constitution
1234 | verb | reject [the] demands/calls for [a] constitutional monarchy
1234 | verb | reject [the] demands/calls for constitutional reform/reforms/change/changes

# 1321 Threaten to impose restrictions on political freedoms
1321 | verb | threaten to shut down [the] [independent/opposition/private/foreign] news/media outlets/organisations/organizations/websites
1321 | verb | threaten to shut down [the] [independent/opposition/private/foreign] newspapers/newspaper/broadcasters/broadcaster/websites
1321 | verb | threaten to shut down [the] [independent/opposition/private/foreign] television/TV/radio stations/station/channels/channel
1321 | verb | threaten to close/ban/block [the] [independent/opposition/private/foreign] news/media outlets/organisations/organizations/websites
1321 | verb | threaten to close/ban/block [the] [independent/opposition/private/foreign] newspapers/newspaper/broadcasters/broadcaster/websites
1321 | verb | threaten to close/ban/block [the] [independent/opposition/private/foreign] television/TV/radio stations/channels

# 1322 Threaten to ban political parties or politicians
1322 | verb | threaten to dissolve/ban/outlaw/disband/deregister [the] [main/largest/biggest] opposition

# 135 Threaten to halt mediation
135 | verb | threaten to reject/quit/abandon/boycott/end [the] _ mediation
135 | verb | threaten to reject/boycott [the] mediation

# 137 Threaten with violent repression
137 | verb | threaten to crush/quash [the] protests/protesters/demonstrators/demonstrations/uprising/dissent/unrest
137 | verb | threaten that [the] army/police/military/troops would crush/quash/suppress

# 1384 Threaten conventional attack
1384 | verb | threaten to strike/hit/bomb/attack _ sites/facilities/installations/targets

# 142 Conduct hunger strike
142 | verb | step up [their/its] hunger strike
142 | verb | intensify/escalate/widen/expand [their/its] hunger strike

# 143 Conduct strike or boycott
143 | verb | stage/hold/launch/observe [a] general/nationwide strike
143 | verb | shut banks/shops/schools/businesses [and] [banks/shops/schools/businesses] in [a] general/nationwide strike

# 144 Obstruct passage, block
144 | verb | blockade/block _ [main/international/key] airport/airports
144 | verb | blockade/block [the] [main/international/key] airport/airports
144 | verb | block/blockade [a/the] key/main/major/vital/strategic bridge/bridges/road/roads/highway/crossing/railway/railways

# 0862 Receive inspectors
0862 | verb | allow/let/admit/permit _ inspectors into
0862 | verb | allow/let/admit/permit _ inspectors to visit/inspect/enter

# 1123 Accuse of aggression
1123 | verb | accuse _ of violating/breaching/breaking [the] ceasefire/truce/armistice
1123 | verb | accuse _ of violating/breaching/breaking [the] [fragile/shaky] ceasefire/truce/armistice agreement/deal

# 1211 Reject economic cooperation
1211 | verb | reject/rebuff/spurn _ trade/economic/investment proposal/offer/deal/pact
1211 | verb | turn down _ trade/economic/investment proposal/offer/deal/pact

# 1233 Reject request for rights
1233 | verb | reject [the] calls/demands for [equal/full] language/minority/land/voting/citizenship/equal/civil/political rights
1233 | verb | reject [the] calls/demands for _ language/minority/land/voting/citizenship/equal/civil/political rights

# 137 Threaten with violent repression
137 | verb | threaten to use force to disperse/clear/break up

# 139 Give ultimatum
139 | verb | give _ [a/an] two-day/three-day/five-day/ten-day/10-day/14-day/15-day/60-day/90-day/12-hour/six-hour/one-year/two-month/three-month ultimatum
139 | verb | issue [a/an] two-day/three-day/five-day/ten-day/10-day/14-day/15-day/60-day/90-day/12-hour/six-hour/one-year/two-month/three-month ultimatum to _
