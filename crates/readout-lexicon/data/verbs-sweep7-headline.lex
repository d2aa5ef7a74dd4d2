# Verb and event-noun patterns for headline and tabloid English across all CAMEO roots (seventh round: a
# vocabulary sweep of lively wire verbs, idioms and metaphors: "slams", "nixes", "inks", "jets in", "rolls out the
# red carpet", "pulls the plug on", "cosies up to", "downs tools", "guns down", "pounds" ...). Written for readout
# from a list of such phrasings per sub-code, tried one short sentence each in
# eval/probes/probe7-sweep-headline.jsonl; eval/probes/probe7-headline.jsonl (fresh wire sentences, with
# sports, weather, market and other metaphor distractors) measures generalisation. Both files are the
# regression test of these patterns. Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# ---- 013 Make optimistic comment: "talked up the prospects of a deal with"
013 | verb | talk up [the] prospects/chances of [a] deal/agreement/accord/pact/truce/settlement with _
013 | verb | talk up [the] prospects/chances of [a] trade/peace/nuclear/ceasefire deal/agreement/accord/pact/truce with _
013 | verb | talk up [the] prospects/chances/hopes of/for [a] deal/agreement/accord/pact/truce/settlement/breakthrough
013 | verb | talk up [the] prospects/chances of [a] trade/peace/nuclear/ceasefire deal/agreement/accord/pact/truce
013 | verb | talk up [the] prospects/chances/hopes of/for talks/negotiations with _

# ---- 014 Consider policy option: "is eyeing a return to", "is eyeing a ban on"
014 | verb | is/are/was/were eyeing [a] return to _
014 | verb | is/are/was/were eyeing [a/an] ban/curbs/sanctions/tariffs/levy/tax/restrictions on _
014 | verb | is/are/was/were eyeing [a/an] bid/move/deal/purchase/pact/exit/withdrawal
014 | verb | is/are/was/were mulling [a/an] return to _

# ---- 016 Deny responsibility: laughing, shrugging or pushing off the accusation
016 | verb | laugh/shrug/brush/wave off [the] claims/accusations/allegations/charges/suggestions/reports that
016 | verb | laugh/shrug/brush/wave off [the] claims/accusations/allegations/charges/suggestions/reports of/about
016 | verb | laugh/shrug/wave off [the] claims/accusations/allegations/charges/suggestions/reports
016 | verb | push back against/on [the] claims/accusations/allegations/charges/suggestions/reports
016 | verb | push back against/on [the] claims/accusations/allegations/charges/suggestions/reports that/of

# ---- 0211 Appeal for economic cooperation: the red carpet for investors (a visit is 043)
0211 | verb | roll out [the] red carpet for [foreign/overseas/international/Western/Gulf/Chinese/American/Japanese/global] investors/investment/businesses/companies/firms
0211 | verb | roll out [the] welcome mat for [foreign/overseas/international/Western/Gulf/Chinese/American/Japanese/global] investors/investment/businesses/companies/firms

# ---- 0232 Appeal for military aid: "begged its allies for air defences"
0232 | verb | beg/implore/beseech/entreat _ for @weapons
0232 | verb | go cap in hand to _ for @weapons

# ---- 036 Express intent to meet or negotiate: floating talks (longer than 014 `float the idea of`)
036 | verb | float [the] idea/prospect/possibility of [direct/face-to-face/peace] talks/negotiations/dialogue/summit/meeting with _
036 | verb | float [the] idea/prospect/possibility of [a] [direct/face-to-face/peace] talks/negotiations/dialogue/summit/meeting
036 | verb | float [an] offer of talks/negotiations/dialogue to/with _

# ---- 045 Mediate: go-between, middleman
045 | verb | play/act [the] go-between/intermediary/middleman between/for _
045 | verb | act as [a/an] go-between/intermediary/middleman between/for _
045 | verb | play [the] role of go-between/intermediary/middleman between/for _
045 | verb | play/act [the] honest broker between/for _

# ---- 046 Engage in negotiation: sitting down for talks, hashing out a deal
046 | verb | sit down with _ for talks/negotiations/discussions
046 | verb | hash/thrash/hammer/iron out [the] details/terms/wording/text of [a/the] deal/agreement/accord/pact/treaty with _
046 | verb | hash/thrash/hammer/iron out [the] details/terms/wording/text of [a/the] deal/agreement/accord/pact/treaty
046 | verb | hash/thrash/hammer out [a/an] deal/agreement/accord/pact/compromise with _
046 | verb | haggle/wrangle/bargain with _ over/on/about

# ---- 050 Engage in diplomatic cooperation: warming, cosying up, new page
050 | verb | cosy/cozy/cuddle/snuggle up to _
050 | verb | cosy/cozy up with _
050 | verb | turn [a] new page/leaf in their/its relations/ties
050 | verb | patch up [its/their] ties/relations/differences with _
050 | verb | reset [its/their] ties/relations with _
050 | verb | rekindle [its/their] ties/relations/friendship with _

# ---- 051 Praise or endorse: thumbs-up, blessing, getting behind a bid
051 | verb | give [its/the] thumbs-up to _
051 | verb | give [its/the] thumbs up to _
051 | verb | give [its/the] seal/stamp of approval to _
051 | verb | give _ [the] thumbs-up
051 | verb | get behind _ bid/bids/candidacy/candidate/push/plan/proposal/campaign/effort/efforts/initiative
051 | verb | throw/put [its/their/his/her] full weight behind _

# ---- 055 Apologize: mea culpa
055 | verb | issue/offer/make/deliver [a/an] [public/rare/formal/official] mea culpa to/for _
055 | noun | mea culpa to/for _

# ---- 057 Sign formal agreement: clinching and inking free-trade deals
057 | verb | clinch/seal/ink/strike/sign [a] [landmark/historic/long-awaited] free trade agreement/deal/pact/accord with _
057 | verb | clinch/seal/ink/strike/sign [a] [landmark/historic/long-awaited] free-trade agreement/deal/pact/accord with _
057 | verb | clinch/seal/ink [a] [landmark/historic] trade/investment/security/defence/defense/nuclear agreement/deal/pact/accord with _

# ---- 062 Cooperate militarily: teaming up to buy or build weapons (`team up with` alone is 050)
062 | verb | team up with _ to buy/build/develop/produce/acquire/purchase/procure @weapons
062 | verb | join forces/hands with _ to buy/build/develop/produce/acquire/purchase/procure @weapons
062 | verb | team up with _ to buy/build/develop/produce/acquire/purchase/procure [a] warship/warships/submarine/submarines/frigate/frigates/tanks/missiles/drones
062 | verb | join forces/hands with _ to buy/build/develop/produce/acquire/purchase/procure [a] warship/warships/submarine/submarines/frigate/frigates/tanks/missiles/drones

# ---- 071 Provide economic aid: propping up with cash
071 | verb | prop up _ with [billions/millions] [of/in] [dollars/euros] [of/in] cash/loans/deposits/aid/grants/money/funds/credit/handouts
071 | verb | shore up _ with [billions/millions] [of/in] [dollars/euros] [of/in] cash/loans/deposits/aid/grants/money/funds/credit/handouts
071 | verb | throw _ [a] financial lifeline

# ---- 072 Provide military aid: shipping and smuggling weapons
072 | verb | ship/smuggle/ferry/funnel/channel/spirit @weapons to _
072 | verb | ship/smuggle/ferry/funnel/channel rockets/drones/ammunition/munitions/guns/rifles/explosives/weaponry to _

# ---- 0831 Accede to demands for change in leadership: quitting under protest
0831 | verb | quit after/amid/following weeks/months/days/years of [mass/street/deadly/violent/nationwide] protests/demonstrations/unrest
0831 | verb | quit after/amid/following [mass/street/deadly/violent/nationwide] protests/demonstrations/unrest
0831 | verb | quit amid/after mounting/intense/growing pressure
0831 | verb | quit as president/prime minister/premier/chancellor/leader
0831 | verb | quit [his/her] post/office/job/position/presidency/premiership after/amid/following

# ---- 0863 Allow delivery of humanitarian aid: the green light for convoys
0863 | verb | give [the] green light for/to _ aid/relief/humanitarian convoys/deliveries/trucks/lorries/shipments/flights
0863 | verb | give [the] green light for/to [the] aid/relief/humanitarian convoys/deliveries/trucks/lorries/shipments/flights

# ---- 0874 Retreat or surrender militarily: white flags and troop pull-outs
0874 | verb | wave/show/fly [a/the] white flag
0874 | verb | pull [its/their] troops/forces/soldiers/fighters out of _
0874 | verb | pull [its/their] troops/forces/soldiers/fighters back from _
0874 | verb | beat [a] [hasty] retreat from _

# ---- 090-094 Investigate: digging into, grilling, probing strikes
091 | verb | dig/delve into [the] [alleged] bribery/graft/corruption/fraud/embezzlement/kickback/money-laundering claims/allegations/accusations/charges/scandal
092 | verb | dig/delve into [the] reports/allegations/claims/accusations of torture/abuse/abuses/rape/disappearances/killings/executions
092 | verb | dig/delve into [the] reports/allegations/claims/accusations of torture/abuse/abuses/rape/disappearances/killings/executions in/by _
093 | verb | launch/open/order [a] probe/investigation/inquiry into [the] [deadly/fatal/botched/mistaken] airstrike/airstrikes/raid/shelling
093 | verb | launch/open/order [a] probe/investigation/inquiry into [the] [deadly/fatal/botched/mistaken] air/drone strike/strikes
093 | verb | launch/open/order [a] probe/investigation/inquiry into [the] deadly/fatal/botched/mistaken strike/raid
090 | verb | grill _

# ---- 1041 Demand change in leadership: calling for someone's head
1041 | verb | call for/demand _ head
1041 | verb | bay/clamour/clamor/call for [the] head of _

# ---- 111 Criticize or denounce: let rip, hammer over, read the riot act
111 | verb | let rip at/against _
111 | verb | hammer _ over its/their/his/her
111 | verb | read [the] riot act to _
111 | verb | read _ [the] riot act

# ---- 114 Complain officially: stiff protests and carpeted ambassadors
114 | verb | lodge [a] stiff/strong/strongly-worded/formal/official/diplomatic/solemn/firm/vigorous protest with _
114 | verb | lodge [a] stiff/strong/strongly-worded/formal/official/diplomatic/solemn/firm/vigorous protest
114 | verb | haul in _ ambassador/envoy/diplomat
114 | verb | carpet _ ambassador/envoy/diplomat

# ---- 125 Reject proposal to meet: snubbing invitations, cold-shouldering talks offers
125 | verb | snub/spurn/rebuff/decline _ invitation/invitations to
125 | verb | snub/spurn/rebuff _ invitation/invitations
125 | verb | snub/spurn [an] invitation from _
125 | verb | give _ offer/offers of talks/dialogue/negotiations [the] cold shoulder

# ---- 1245 Refuse to allow international involvement: rebuffing a push for an international inquiry
1245 | verb | rebuff/reject/spurn/dismiss/snub/resist _ push/call/calls/demand/demands/bid/request for [an] international/UN inquiry/investigation/probe/tribunal/court
1245 | verb | rebuff/reject/spurn/dismiss/snub/resist [a] push/call/calls/demand/demands/request for [an] international inquiry/investigation/probe/tribunal/court

# ---- 128 Defy norms: cocking a snook
128 | verb | cock [a] snook at _

# ---- 129 Veto: wielding a veto at the Security Council
129 | verb | wield/cast/use [its] veto at/in _

# ---- 138 Threaten to use military force: sabre-rattling as a noun
138 | verb | engage in [nuclear] sabre-rattling/saber-rattling against/toward/towards _
138 | verb | engage in [nuclear] sabre-rattling/saber-rattling

# ---- 144 Obstruct passage: tractors and lorries on motorways
144 | verb | block/blockade/barricade/clog [the] motorways/motorway/highways/highway/roads/expressways with tractors/trucks/lorries/barricades/vehicles
144 | verb | block/blockade/barricade [the] motorways/motorway

# ---- 161 Reduce or break diplomatic relations: ditching Taiwan
161 | verb | ditch/dump/drop/abandon/jilt _ in favour/favor of
161 | verb | switch [its] [diplomatic] recognition/allegiance from _ to

# ---- 162 Reduce or stop aid: axing and pulling the plug on aid
1622 | verb | axe/ax/slash/scrap/cut/freeze [its] military aid/assistance/funding to/for _
1621 | verb | axe/ax/slash/scrap [its] development/economic/budget/budgetary aid/assistance/support to/for _
162 | verb | pull [the] plug on [its] aid/assistance/funding/grants/support to/for _
162 | verb | pull [the] plug on [its] funding of _

# ---- 166 Expel or withdraw: telling them to pack their bags; booting out
166 | verb | tell/order _ to pack their bag/bags
166 | verb | tell _ to pack up and leave
166 | verb | send _ peacekeepers/troops/forces/soldiers packing
1662 | verb | boot out [the] [UN/international/nuclear] [weapons/nuclear] inspectors/monitors/observers
166 | verb | boot out _
161 | verb | boot out _ diplomats/ambassador/envoy/diplomat
1663 | verb | boot out [the] [foreign/international] aid agencies/groups/organisations/organizations/workers/charities/NGOs

# ---- 173 Arrest, detain or charge: slapping with charges, collaring, hauling in
173 | verb | slap _ with [criminal/fresh/new/additional/formal/terrorism/terror/fraud/corruption/treason/murder/defamation/espionage/sedition/extremism/tax/graft] charges/charge
173 | verb | collar _
173 | verb | haul in [dozens/scores/hundreds/thousands] [of] activists/protesters/dissidents/suspects/journalists/opponents/critics/lawyers/students/bloggers

# ---- 174 Expel or deport individuals: sending packing, booting out reporters
174 | verb | send _ reporter/reporters/journalist/journalists/correspondent/correspondents/diplomat/diplomats packing
174 | verb | send _ packing
174 | verb | boot out [a/the] _ reporter/reporters/journalist/journalists/correspondent/correspondents

# ---- 175 Use tactics of violent repression: unleashing tear gas
175 | verb | unleash tear gas on/against _
175 | verb | unleash teargas/batons on/against _
175 | verb | unleash water cannon/cannons on/against _
175 | verb | unleash rubber bullets on/against _
175 | verb | unleash [a] [brutal/violent/bloody] crackdown on/against _

# ---- 1832 Car bombing: ramming a truck bomb
1832 | verb | ram [a] car/truck/lorry bomb into _
1832 | verb | ram [an] explosives-laden/explosive-laden/bomb-laden car/truck/lorry/vehicle into _

# ---- 185 Attempt to assassinate: surviving the attempt (the subject is the target)
185 | verb | survive [an] assassination bid/attempt/plot by _ | recipient
185 | verb | escape [an] assassination bid/attempt/plot by _ | recipient

# ---- 195 Employ aerial weapons: blitzing with air strikes
195 | verb | blitz _ with airstrikes/air strikes/bombs/missiles/drones/rockets
195 | verb | blitz _ positions/targets/bases/strongholds/hideouts/camps


# ---- 053 Rally support on behalf of: rallying leaders behind someone's bid
053 | verb | rally [African/Arab/Asian/European/Latin/regional/world/Western/Gulf/fellow] leaders/states/countries/nations/allies/governments/neighbours/neighbors behind _

# ---- 057 Sign formal agreement: inking a cooperation deal
057 | verb | ink/seal/clinch [a] [civil/civilian] nuclear/energy cooperation deal/agreement/pact/accord with _
057 | verb | ink/seal/clinch [a] [civil/civilian] nuclear/energy cooperation deal/agreement/pact/accord

# ---- 0874 Retreat militarily: pulling out of a city
0874 | verb | pull out of [the] [southern/northern/eastern/western/central/besieged/strategic/key/frontline] _ city/town/village/port/region/province/stronghold
0874 | verb | pull out of [the] [southern/northern/eastern/western/central/besieged/strategic/key/frontline] city/town/village/port/stronghold of _

# ---- 164 Halt negotiations: walking out of brokered talks
164 | verb | walk/pull/storm out of [the] U.N.-brokered/U.S.-brokered/U.S.-backed/EU-backed/AU-brokered/AU-mediated/UN-mediated/U.N.-mediated/Qatari-mediated/Egyptian-mediated [peace] talks/negotiations

# ---- 1711 Confiscate property: grabbing farms by the hundred
1711 | verb | seize/grab hundreds/dozens/thousands [of] white-owned/foreign-owned/private/commercial farms/properties/estates

# ---- 196 Violate ceasefire: shattering a days-old truce
196 | verb | shatter/break/breach/violate [a/the] day-old/days-old/week-old/weeks-old/hours-old/hour-old/month-old/newly-agreed/short-lived/fledgling/tenuous/fragile ceasefire/cease-fire/truce

# ---- 040 Consult: reaching out to a counterpart (help, aid and support after it are 023 and 070)
040 | verb | reach out to _ through/via intermediaries/mediators/envoys/backchannels/back-channels
040 | verb | reach out to _ by phone/telephone/letter

# ---- 111 Criticize: turning up the heat on someone over something
111 | verb | turn/ratchet/crank up [the] heat on _ over

# ---- 124 Refuse to yield: dragging one's feet
124 | verb | drag its/their feet on/over

# ---- 130 Threaten: a warning of retaliation as a noun
130 | noun | warning/warnings of retaliation/reprisals/retribution/revenge to/against _

# ---- 175 Violent repression: cracking the whip
175 | verb | crack the whip on/against _
175 | verb | crack the whip on/against dissent/dissenters/protesters/protests/critics/opponents

# ---- 0354 Express intent to ease economic sanctions: dangling relief
0354 | verb | dangle [the] prospect/promise of sanctions relief before/to _
0354 | verb | dangle [the] prospect/promise of sanctions relief
0354 | verb | dangle [the] prospect/promise of [an] easing/lifting of sanctions

# ---- 042 Make a visit: breezing in
042 | verb | breeze into _

# ---- 051 Praise or endorse: giving the nod
051 | verb | give [its/the] nod to _

# ---- 071 / 073 Provide aid: doling out, showering with aid
071 | verb | dole out billions/millions [of] [dollars/euros] [in] [aid/loans/cash/grants] to _
071 | verb | dole out [economic] aid/loans/cash/grants to _
073 | verb | shower _ with aid/relief/supplies/assistance

# ---- 080 Yield: blinking first
080 | verb | blink first

# ---- 090 Investigate: under the microscope
090 | verb | put _ under [the] microscope

# ---- 1041 Demand change in leadership: calling for a scalp
1041 | verb | call for/demand [the] scalp of _
1041 | verb | call for/demand _ scalp

# ---- 111 Criticize: branding, hauling over the coals, dressing-downs
111 | verb | brand _ [a] rogue/pariah/terrorist/criminal/failed state/regime/nation
111 | verb | haul _ over the coals
111 | verb | give _ [a] dressing-down/tongue-lashing
111 | verb | give _ [a] dressing down

# ---- 120 Reject: the long grass
120 | verb | kick [the] plan/plans/proposal/proposals/idea/issue/reform/reforms/bill/question/decision/deal into [the] long grass

# ---- 130 Threaten: red lines
130 | verb | draw [a] red line for/on/over/with _

# ---- 161 Reduce or break diplomatic relations: yanking envoys, sending diplomats home
161 | verb | yank [its/their] ambassador/envoy/ambassadors/envoys from _
161 | verb | send home _ diplomats/envoys/ambassador

# ---- 173 / 182 Arrest; physically assault
173 | verb | frog-march/frogmarch _
182 | verb | pistol-whip _

# ---- 194 Fight with artillery: lobbing mortars
194 | verb | lob mortars/shells/mortar bombs at _

# ---- 190 / 202 Fight; mass killings: laying waste, wiping out villages
190 | verb | lay waste to _
202 | verb | wipe out [an/the] entire/whole village/villages/town/community/communities/family/families
202 | verb | wipe out [a] village/villages/town/community/communities

# ---- 042 / 046 Visit; negotiate: flying in for talks, sitting across the table
042 | verb | fly/jet in for talks with _
046 | verb | sit across the table from _

# ---- 050 / 051 / 052 Diplomatic cooperation, praise, verbal defence
050 | verb | make nice with/to _
051 | verb | pat _ on the back
052 | verb | close ranks behind/around _

# ---- 071 Provide economic aid: forking out
071 | verb | fork out billions/millions [of] [dollars/euros] [in] [aid/loans/cash/grants] for/to _
071 | verb | fork out [economic] aid/loans/cash/grants for/to _

# ---- 074 Provide military protection: troops rushed to defend a state
074 | verb | rush/send/dispatch/deploy troops/soldiers/forces/warships to defend/protect _

# ---- 111 Criticize: naming and shaming, singling out, trashing reports
111 | verb | name and shame/shamed/shaming/shames _
111 | verb | single out _ for criticism/blame/condemnation
111 | verb | trash/rubbish _ report/reports/findings/statement/criticism/accusations

# ---- 120 Reject: the brush-off
120 | verb | give [the] brush-off to _
120 | verb | give _ [the] brush-off

# ---- 173 Arrest: hauling off
173 | verb | haul off [dozens/scores/hundreds/thousands] [of] activists/protesters/dissidents/suspects/journalists/opponents/critics/lawyers/students/bloggers
