# Verb and event-noun patterns for CAMEO roots 11-20 (disapprove .. mass violence), seventh-round vocabulary sweep
# of nominalisations and support-verb constructions ("levelled accusations of ... against", "raised the threat of",
# "announced a suspension of ... aid to", "the expulsion of ... inspectors").
# Written for readout from a systematic list of wire-news phrasings per sub-code; the sentences of
# eval/probes/probe7-sweep-nominal-11-20.jsonl (one per phrasing) and eval/probes/probe7-nominal-11-20.jsonl are the
# regression test of these patterns. Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# 111 Criticise or denounce
111 | verb | launch/mount/unleash [a] blistering/withering/stinging/vitriolic/scorching/excoriating/furious verbal attack/attacks on _
111 | verb | launch/mount/unleash [a] blistering/withering/stinging/vitriolic/scorching/excoriating/furious attack/attacks on _
111 | noun | verbal attack/attacks on _
111 | verb | aim/direct/level [strong/sharp/harsh/fierce/pointed/stinging/scathing/withering] criticism/criticisms at _

# 1121 Accuse of crime, corruption
1121 | verb | bring/hurl/file corruption/graft/bribery/fraud/embezzlement allegations/charges/accusations against _
1121 | verb | level/make/bring/raise/lodge/hurl allegations/accusations of corruption/graft/bribery/fraud/embezzlement against _

# 1122 Accuse of human rights abuses
1122 | verb | level/make/bring/raise/lodge/hurl allegations/accusations of [systematic/widespread/routine/serious] torture/abuse/repression/persecution against _
1122 | verb | level/make/bring/raise/lodge/hurl allegations/accusations of [serious/grave/systematic/widespread] human rights abuses/violations against _

# 1123 Accuse of aggression
1123 | verb | level/make/bring/raise/lodge/hurl allegations/accusations of [armed/military] aggression/incursion/incursions/intrusion/intrusions against _
1123 | verb | trade accusations/allegations of [repeated] ceasefire/truce/border violations/breaches with _
1123 | verb | trade accusations/allegations of breaches/violations of [the] ceasefire/truce

# 1124 Accuse of war crimes
1124 | verb | level/make/bring/raise/lodge/hurl war crimes allegations/accusations/charges against _
1124 | verb | level/make/bring/raise/lodge/hurl allegations/accusations of war crimes/genocide against _
1124 | verb | level/make/bring/raise/lodge/hurl allegations/accusations of crimes against humanity against _

# 1125 Accuse of espionage, treason
1125 | verb | level/make/bring/raise/lodge/hurl spying/espionage/treason allegations/accusations/charges against _

# 113 Rally opposition against
113 | verb | rally [its/their/his/her] Gulf/Arab/Western/regional/African/Muslim/European/Asian/Latin neighbours/neighbors/allies/partners/states/nations against _
113 | noun | campaign to rally [its/their/his/her] [Gulf/Arab/Western/regional/African/Muslim/European/Asian] neighbours/neighbors/allies/partners/states/nations against _

# 115 Bring lawsuit against
115 | verb | initiate/institute/launch/start/open arbitration/legal proceedings against _
115 | verb | institute/initiate [legal] proceedings against _
115 | verb | initiate/launch/start arbitration against _

# 116 Find guilty or liable
116 | verb | hand down/deliver/return [a] verdict of guilty against/on _

# 120 / 122x Reject (a firm no)
120 | verb | give [a] flat/firm/blunt/resounding/emphatic/categorical no to _
1221 | verb | give [a] flat/firm/blunt/resounding/emphatic/categorical no to _ request/requests/appeal/appeals/plea/pleas for [a] loan/loans/bailout/grant/grants/credit/funding/funds/disbursement
1222 | verb | give [a] flat/firm/blunt/resounding/emphatic/categorical no to _ request/requests/appeal/appeals/plea/pleas for @weapons
1222 | verb | give [a] flat/firm/blunt/resounding/emphatic/categorical no to _ request/requests/appeal/appeals/plea/pleas for [long-range] [Taurus/cruise] missiles/weapons/arms/tanks/jets/ammunition
1222 | verb | give [a] flat/firm/blunt/resounding/emphatic/categorical no to _ request/requests/appeal/appeals/plea/pleas for [long-range] [Taurus] cruise missiles

# 1211 Reject economic cooperation
1211 | noun | withdrawal/exit/pullout from _ Belt and Road Initiative/scheme/programme/program/project/pact
1211 | noun | cancellation/suspension/termination/scrapping/shelving of [a/an/the] railway/rail/pipeline/infrastructure/energy/gas/oil/mining/investment/port/dam/hydropower project/deal/contract/venture with _

# 1212 Reject military cooperation
1212 | noun | termination/cancellation/scrapping of [a/an/its/the] defence/defense/security/military pact/agreement/deal/treaty with _

# 1243 Refuse to release persons or property
1243 | verb | reject/rebuff/spurn/dismiss/ignore _ call/calls/demand/demands/appeal/appeals/plea/pleas/request/requests for [the] release of
1243 | verb | brush aside/off _ call/calls/demand/demands/appeal/appeals/plea/pleas/request/requests for [the] release of

# 1245 Refuse to allow international involvement
1245 | verb | deny/refuse/bar entry/access to _ [human] [rights] investigators/inspectors/monitors/observers/rapporteurs

# 1311 Threaten to reduce or stop aid
1311 | verb | raise/brandish/wield [the] threat of [an] aid cut/cuts/freeze/suspension to _
1311 | noun | threat of [an] aid cut/cuts/freeze/suspension to _

# 1313 Threaten to reduce or break relations
1313 | noun | threat/threats to expel _ ambassador/envoy/diplomats
1313 | noun | threat/threats to expel [the] ambassador/envoy/diplomats

# 1321 Threaten to impose restrictions on political freedoms
1321 | verb | issue warnings/warning of closure to _
1321 | verb | warn _ of closure

# 1322 Threaten to ban political parties or politicians
1322 | verb | raise/hold out [the] threat of dissolution against/for _
1322 | noun | threat of dissolution against/for _
1322 | verb | threaten _ with dissolution

# 1323 Threaten to impose curfew
1323 | verb | warn _ of [a] [possible] nighttime/night-time/dusk-to-dawn/round-the-clock/24-hour curfew
1323 | verb | warn _ of [a] possible curfew
1323 | verb | raise [the] threat/prospect of [a] [nighttime/night-time/dusk-to-dawn/round-the-clock/24-hour] curfew

# 1324 Threaten to impose state of emergency or martial law
1324 | verb | raise [the] prospect/threat/spectre/specter of martial law
1324 | verb | raise [the] prospect/threat/spectre/specter of [a] state of emergency

# 133 Threaten political dissent, protest
133 | verb | issue/make [a] strike threat/threats to _
133 | verb | issue/make [a] strike threat/threats
133 | noun | strike threat/threats by

# 134 Threaten to halt negotiations
134 | noun | threat to quit/leave/abandon [the] talks/negotiations with _
134 | noun | threat to walk out of [the] talks/negotiations with _

# 137 Threaten with violent repression
137 | verb | issue [a] warning of [a] [forceful/violent/harsh/brutal/tough/bloody] crackdown on _
137 | noun | warning/warnings/threat/threats of [a] [forceful/violent/harsh/brutal/tough/bloody] crackdown on _

# 138 Threaten to use military force
138 | noun | warning/warnings/threat/threats of military action against _
138 | verb | issue [a] threat of military action against _

# 1381 Threaten blockade
1381 | verb | raise [the] threat of [a] [naval] blockade of/against _

# 1383 Threaten unconventional violence
1383 | noun | threat/threats of bomb/terror/terrorist/suicide attacks against/on _
1383 | verb | issue [a] threat of bomb/terror/terrorist/suicide attacks against/on _

# 1384 Threaten conventional attack
1384 | noun | threat/threats of military/air strikes/airstrikes on/against _
1384 | noun | threat/threats of [a] military/air strike on/against _

# 143 Conduct strike or boycott
143 | noun | consumer boycott of _

# 145 Protest violently, riot
145 | noun | rioting by

# 1622 / 1621 / 1623 Reduce or stop aid
1622 | noun | suspension/halt/freeze/cutoff of [much/most/part] [of] [its] military aid/assistance to _
1621 | noun | halt/suspension/freeze/cutoff to/of/in [its] funding/financing/lending for/to _
1623 | noun | pause/halt/suspension/cutoff in/of/to [its] food/humanitarian aid [deliveries] to _

# 164 Halt negotiations
164 | noun | suspension of [climate/trade/peace/nuclear/security/border] talks/negotiations/dialogue with _

# 1661 / 1662 Expel peacekeepers, inspectors
1661 | noun | expulsion of _ peacekeepers
1662 | noun | expulsion of _ [nuclear/weapons] inspectors/monitors
1662 | noun | expulsion of [the] [nuclear/weapons] inspectors/monitors

# 161 Expel ambassador
161 | noun | expulsion of _ ambassador/envoy

# 1721 Impose restrictions on political freedoms
1721 | verb | impose/place restrictions/curbs on access to _

# 184 Use as human shield
184 | noun | use of _ as human shields
184 | noun | use of [the] residents/civilians/villagers/children/women/hostages as human shields

# 195 Employ aerial weapons
195 | noun | aerial bombardment/bombardments of _
195 | noun | bombardment of _ from the air

# 2041 Use chemical, biological or radiological weapons
2041 | noun | chemical weapons attack/attacks on _

# Support verb + event noun: "announced a suspension of military aid to", "ordered the expulsion of"
1622 | verb | announce [a/the] suspension/halt/freeze/cutoff of [its] military aid/assistance to _
1622 | verb | announce [a/the] suspension/halt/freeze/cutoff of much/most/part of [its] military aid/assistance to _
1621 | verb | announce [a/the] halt/suspension/freeze to/of/in [its] funding/financing for/to _
1623 | verb | announce [a/the] pause/halt/suspension in/of [its] food/humanitarian aid [deliveries] to _
164 | verb | announce/order [a/the] suspension of [climate/trade/peace/nuclear/security/border] talks/negotiations/dialogue with _
1661 | verb | announce/order [the] expulsion of _ peacekeepers
1662 | verb | announce/order [the] expulsion of _ [nuclear/weapons] inspectors/monitors
161 | verb | announce/order [the] expulsion of _ ambassador/envoy
1211 | verb | announce [the] cancellation/suspension/termination of [a/the] railway/rail/pipeline/infrastructure/energy/mining/port project/deal with _
1212 | verb | announce [the] termination/cancellation/scrapping of [a/its/the] defence/defense/security/military pact/agreement/treaty with _
