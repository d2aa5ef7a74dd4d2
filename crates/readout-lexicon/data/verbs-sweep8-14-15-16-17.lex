# Verb and event-noun patterns for CAMEO roots 14 (protest), 15 (exhibit force posture), 16 (reduce relations)
# and 17 (coerce), eighth round: a second systematic vocabulary sweep. After the sixth-round sweep
# (verbs-sweep-14-15.lex, verbs-sweep-04-05-13-16.lex, verbs-sweep-17-20.lex) and the seventh-round files
# (verbs-sweep7-*.lex), the rarer synonyms, phrasal verbs, verb + usual object, the adjectives that sit inside
# the phrase and British/American spellings were listed per sub-code and tried one sentence each in
# eval/probes/probe8-sweep-2-14-15-16-17.jsonl; the patterns below fill the gaps it showed.
# eval/probes/probe8-2-14-15-16-17.jsonl (fresh wire sentences written before these patterns) and the sweep
# file are their regression test. The aim sub-codes (1411-1454) come from the coder's aim rule; the few 104x
# patterns here name aims (demands) the rule did not yet recognise.
# Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# ---- 140 Engage in political dissent: symbolic acts, renouncing honours, refusing duty or taxes
140 | verb | wear black/white/yellow armbands/ribbons/sashes in protest
140 | verb | wear black armbands/ribbons/sashes
140 | verb | refuse to stand for [the] [national] anthem
140 | verb | kneel during [the] [national] anthem
140 | verb | hold up/aloft blank sheets
140 | verb | hold up/aloft blank sheets of paper
140 | verb | raise/brandish/wave blank sheets
140 | verb | raise/brandish/wave blank sheets of paper
140 | verb | return [his/her/their] [state/national/official/literary] award/awards/prize/prizes/medal/medals/honours/honors/decorations/titles in protest
140 | verb | hand/give back [his/her/their] [state/national/official/literary] award/awards/prize/prizes/medal/medals/honours/honors/decorations/titles
140 | verb | renounce [his/her/their] [state/national/official] award/awards/prize/prizes/medal/medals/honours/honors/decorations/titles in protest
140 | verb | cut/shave [off] [his/her/their] hair/heads in protest
140 | verb | set himself/herself/themselves on fire
140 | verb | set himself/herself/themselves alight/ablaze
140 | verb | set fire to himself/herself/themselves
140 | verb | douse himself/herself/themselves in petrol/gasoline/fuel
140 | verb | self-immolate
140 | verb | burn himself/herself/themselves to death
140 | noun | self-immolation/self-immolations
140 | verb | switch/turn off [their] lights in protest
140 | verb | stop volunteering for [reserve] duty/service
140 | verb | refuse to serve in protest
140 | verb | refuse to serve in [the] army/military/reserves
140 | verb | refuse to serve in [the] occupied territories
140 | verb | refuse to report for reserve duty
140 | verb | tear up [their/his/her] draft/party/membership cards/card in protest
140 | verb | burn [their/his/her] draft cards/card
140 | verb | tear up [their/his/her] press/party/membership passes/cards/credentials/badges in protest
140 | verb | refuse to pay [the] [poll/council/property/water/income] taxes/tax/charges/levy/levies/rent in protest
140 | verb | refuse to pay [the] poll/council/water tax/charges
140 | verb | withhold [their] taxes/tax payments in protest
140 | verb | sign [a] joint statement/letter/declaration against/opposing/protesting
140 | verb | put [their] names to [a/an] public/open letter/petition/statement
140 | verb | turn [their/his/her] backs/back on _ in protest
140 | verb | resign/quit en bloc
140 | verb | tender/submit [their/his/her] resignation/resignations in protest
140 | verb | hand in [their/his/her] resignation/resignations in protest
140 | verb | desert in protest

# ---- 141 Demonstrate or rally
141 | verb | bang [on] pots/pans/saucepans in protest
141 | verb | honk/sound/blare [their] [car] horns in protest
141 | verb | flash/raise/give [the] three-finger salute
141 | verb | stage/hold [a] mock funeral/funerals/burial for
141 | verb | link arms/hands in [a] human chain
141 | verb | join hands in [a] human chain
141 | verb | form [a] human chain/chains around/across/along/outside
141 | noun | human chain/chains
141 | verb | spill into/onto [the] streets/squares/square/roads
141 | verb | spill into/onto [the] streets of
141 | verb | hold/stage [a] counter-demonstration/counter-demonstrations/counter-protests/counterprotest/counterprotests/counter-rally/counter-rallies/counter-march
141 | noun | counter-demonstration/counterprotest/counter-rally against
141 | verb | fill [the] streets/squares/square
141 | verb | fill [the] streets of
141 | verb | fill _ Square
141 | verb | hold/stage [a] motorcade/car/vehicle/caravan protest/protests/rally/rallies
141 | verb | hold/stage [a] car caravan/caravans/cavalcade
141 | verb | hold/stage [a] silent march/marches/procession/processions/rally/rallies
141 | verb | mount [a] protest/demonstration/rally/picket outside/at/near
141 | verb | mount [a] protest/demonstration/rally/picket in front of
141 | verb | rally/gather near
141 | verb | march on [the] state/national television/TV/broadcaster/broadcaster's/radio headquarters/building/offices/station
141 | verb | march on [the] headquarters/offices/office/building/residence/home/palace/parliament of
141 | verb | mobilise/mobilize [tens/hundreds/thousands/millions] [of] workers/supporters/members/protesters/demonstrators/students/farmers/teachers/followers
141 | verb | mobilise/mobilize tens/hundreds of thousands of workers/supporters/members/protesters/demonstrators/students/farmers/teachers/followers
141 | verb | stage/hold [a] flash mob/mobs
141 | verb | stage/hold [a] flash mob protest/protests/rally
141 | noun | flash mob protest/protests
141 | verb | march in _ against
141 | verb | pour into [the] centre/center/heart/squares/square
141 | verb | pour into [the] centre/center/heart of
141 | verb | stream/surge into [the] centre/center/heart of
141 | verb | converge on [the] centre/center/heart of
141 | verb | dump/spray/spread/tip manure/slurry/produce/potatoes/milk outside/on/at
141 | verb | dump/spray/spread/tip manure/slurry/produce/potatoes/milk in front of
141 | verb | turn out in [their] [tens/hundreds] [of] thousands/hundreds/droves

# ---- 1411-1414 aims (the demand a protest is held for; the coder's aim rule refines the protest with them)
1041 | verb | chant for _ to go/quit/resign/leave
1044 | verb | demand [a] transition to civilian/democratic/elected rule/government
1044 | verb | press for [a] transition to civilian/democratic/elected rule/government
1044 | verb | demand [a] new political system
1044 | verb | demand [a] change of/in [the] political system/regime
1044 | verb | demand [an] overhaul of [the] political system
1044 | verb | demand democratic/political/constitutional/electoral reform/reforms
1412 | verb | march/rally/demonstrate/protest against [higher/rising/increased/new/proposed/planned] tuition/university/school fees
1412 | verb | march/rally/demonstrate/protest against [the] [proposed/planned/new/controversial] finance/tax/budget/pension bill/bills/law
1412 | verb | march/rally/demonstrate/protest against [a/the] rise/rises/hike/hikes/increase/increases in
1412 | verb | march/rally/demonstrate/protest against [a/the] [proposed/planned/new] free trade deal/agreement/pact/treaty
1412 | verb | march/rally/demonstrate/protest against [a/the] [proposed/planned/new] trade deal/agreement/pact/treaty
1412 | verb | march/rally/demonstrate/protest to oppose [a/the] [proposed/planned/new/controversial] bill/law/reform/plan/budget/tax/measure/policy/legislation/amendment/deal
1412 | verb | march/rally/demonstrate/protest to oppose [a/the] [proposed/planned/new/controversial] finance/tax/budget/pension/labour/labor/security bill/law/reform
1413 | verb | march/rally/demonstrate/protest against racial/social injustice/inequality/discrimination
1413 | verb | march/rally/demonstrate/protest against racism/discrimination
1413 | verb | march/rally/demonstrate/protest against police brutality/violence/racism

# ---- 142 Conduct hunger strike
142 | verb | go on [a] thirst/dry strike
142 | verb | begin/start/launch/stage/declare [a] thirst/dry strike
142 | noun | thirst strike/strikes
142 | verb | stage/hold/begin/launch/start [a] hunger protest
142 | verb | refuse [all] food/meals/nourishment
142 | verb | refuse [their/his/her] meals/food/rations
142 | verb | fast in protest
142 | verb | begin refusing food/meals

# ---- 143 Conduct strike or boycott
143 | verb | observe/stage/hold/call/enforce [a] [national/nationwide/general/one-day/two-day/three-day/mass] stayaway/stay-away
143 | noun | stayaway/stay-away
143 | verb | take/keep [their] vehicles/trucks/lorries/buses/taxis/minibuses/rigs off [the] road/roads
143 | verb | park [their] rigs
143 | verb | park [their] trucks/lorries/taxis/buses/rigs in protest
143 | verb | set up/throw up picket lines/line
143 | verb | man/mount/form/staff [the] picket lines/line
143 | verb | walk off [the] assembly/production line/lines
143 | verb | halt/cease/down work in protest
143 | verb | go on [a] [work/labour/labor] stoppage
143 | verb | begin/start/launch/stage/hold [a/an] [indefinite/nationwide/national/general/one-day/24-hour/48-hour/mass/open-ended] walkout/walkouts
143 | verb | tie up [their] ferries/ships/boats/vessels/trawlers in port
143 | verb | heed [a/the] call/calls to stay at home
143 | verb | heed [a/the] call/calls to stay away from work/school/schools/classes
143 | verb | heed [a/the] call/calls to stay home/away/indoors
143 | verb | heed [a/the] strike call/calls
143 | verb | heed [a/the] call/calls for [a] strike/stayaway/shutdown/boycott/hartal/bandh
143 | verb | refuse to work in protest
143 | verb | keep [their] children away from school/schools/classes
143 | verb | keep [their] children out of school/schools/classes
143 | verb | pull [their] children out of school/schools/classes in protest
143 | verb | stay/remain away from [the] hospitals/clinics/courts/factories/mines/ports/wards

# ---- 144 Obstruct passage, block
144 | verb | block/blockade [the] [main/major/key/busy/federal/national/coastal/state/international] highways/motorways/expressway/expressways/freeway/freeways
144 | verb | block/blockade [a/the] main/major/key/busy/federal/national/coastal/state/international highway/motorway/expressway/freeway
144 | verb | block/blockade [a/the] main coastal/national/federal highway/highways/motorway/road
144 | verb | block/blockade [the] [main/major/key/busy/federal/national/coastal] road/roads/railways/tracks/port/ports
144 | verb | block/blockade [a/the] main/major/key/busy/federal/national/coastal road/railway
144 | verb | block/blockade [a/the] [main/major/key/busy] rail line/lines
144 | verb | block/blockade [the] ring road/roads
144 | verb | block/blockade [the] ring road around/of/into
144 | verb | block/barricade [the] roads/road/highways/routes leading into/to
144 | verb | block/barricade [the] roads/road/highways/routes leading out of
144 | verb | block access to [the] city/capital/town/port/mine/airport/refinery/plant/square
144 | verb | choke/clog/gridlock [the] streets/roads/downtown/centre/center/city with
144 | verb | choke/clog/gridlock downtown/central _
144 | verb | camp [out] on [the] highways/highway/roads/road/motorways/motorway/border/borders/tracks

# ---- 145 Protest violently, riot
145 | verb | set [a/the] tram/trams/train/trains/bus/truck/lorry/van/car/cars/trucks/lorries/vans on fire
145 | verb | set [a/the] tram/trams/train/trains/bus/truck/lorry/van/car ablaze/alight
145 | verb | set [a/the] tram/train/bus/truck/lorry/van/car on fire
145 | verb | set fire to [a/the] tram/trams/train/trains/bus/truck/lorry/van/car
145 | verb | set [the] parliament/legislature/congress/assembly/courthouse on fire
145 | verb | set [the] parliament/legislature/congress/assembly/courthouse ablaze/alight
145 | verb | set [the] president's/minister's/governor's/mayor's/lawmaker's residence/home/house/office/palace on fire
145 | verb | set [the] prime minister's residence/home/house/office on fire
145 | verb | set [the] president's/minister's/governor's/mayor's/lawmaker's residence/home/house/office/palace ablaze/alight
145 | verb | set [the] prime minister's residence/home/house/office ablaze/alight
145 | verb | set fire to [the] president's/minister's/governor's/mayor's/prefect's/lawmaker's residence/home/house/office/offices/palace
145 | verb | set fire to [the] prime minister's residence/home/house/office/offices
145 | verb | torch/burn/firebomb [the] president's/minister's/governor's/mayor's/prefect's/lawmaker's residence/home/house/office/offices/palace
145 | verb | torch/burn/firebomb [the] prime minister's residence/home/house/office/offices
145 | verb | torch/burn/firebomb [a/the] [regional/provincial/local/state] parliament/legislature/assembly building/buildings/offices/headquarters
145 | verb | torch/burn/firebomb [a/the] regional/provincial/local/state council building/buildings/offices/headquarters
145 | verb | torch/burn/firebomb [a/the] courthouse/courthouses
145 | verb | torch/burn/firebomb [a/the] court building/buildings
145 | verb | torch/burn/firebomb [a/the] town/city hall/halls
145 | verb | torch/burn/firebomb [a/the] police post/posts
145 | verb | set fire to [a/the] courthouse/courthouses
145 | verb | set fire to [a/the] court building/buildings
145 | verb | set fire to [a/the] town/city hall/halls
145 | verb | set fire to [a/the] police post/posts
145 | verb | breach [the] Capitol/parliament/legislature/congress
145 | verb | breach [the] police lines/cordon/cordons/barricades
145 | verb | break into [the] government headquarters/building/buildings/offices/compound
145 | verb | break into [the] legislature/congress/assembly/senate
145 | verb | break into [the] presidential palace/compound/residence
145 | verb | stone [the] police/policemen/officers/troops/soldiers/convoy/motorcade
145 | verb | stone [the] security forces/vehicles
145 | verb | stone [the] police vehicles/cars/vans/stations/station/officers
145 | verb | loot [the] shopping centres/centers/malls/complexes
145 | verb | loot and torch/burn/ransack
145 | verb | smash [the] bank/shop/store facades/fronts/windows/ATMs/frontages
145 | verb | smash [the] cash machines/ATMs

# ---- 150 Demonstrate military or police power
150 | verb | fly into _ air defence/defense zone
150 | verb | fly into _ ADIZ
150 | verb | enter _ ADIZ
150 | verb | fly/send [a] [record] [military] aircraft/warplanes/jets/planes/bombers/drones/fighters into _ ADIZ
150 | verb | sail through [the] English Channel
150 | verb | sail through [the] Bosphorus/Dardanelles
150 | verb | sail through [the] Tsushima/Hormuz/Malacca/Luzon/Bashi/Miyako/Soya/Tsugaru Strait/Straits/Channel
150 | verb | sail through [the] Strait/Straits of
150 | verb | fly [nuclear-capable/strategic/long-range/supersonic] bombers/warplanes/jets/fighters over/near/across
150 | verb | showcase/display/exhibit [its] [new/newest/latest] [hypersonic/nuclear/ballistic/intercontinental/cruise] missiles/weapons/drones/tanks/warplanes/arsenal
150 | verb | stage/hold/conduct/launch/begin/start [tactical/strategic] nuclear drills/exercises
150 | verb | stage/hold/conduct/launch/begin/start [tactical/strategic] nuclear forces drills/exercises

# ---- 151 Increase police alert status
151 | verb | set up [security/police/military] checkpoints
151 | verb | erect/establish [security/police/military] checkpoints
151 | verb | introduce/impose/announce/adopt/implement/enforce enhanced/tighter/stricter/heightened/extra/tougher/beefed-up security measures

# ---- 152 Increase military alert status
152 | verb | cancel [all] leave for [its] [troops/soldiers/officers/personnel/servicemen]
152 | verb | cancel all [military] leave
152 | verb | recall [its] soldiers/troops/servicemen/officers/personnel from leave
152 | verb | ready [its] [missile] interceptors/defences/defenses
152 | verb | ready [its] air/missile defence/defense systems/batteries/units
152 | verb | be on maximum/full/high/combat/heightened/highest/top alert
152 | verb | put/place [its] forces/troops/army/military/navy on [a] war footing

# ---- 153 Mobilize or increase police power
153 | verb | bring [riot/extra/additional] police/policemen/officers into/to _
153 | verb | bring in [extra/additional/more] policemen/officers
153 | verb | bring in police reinforcements
153 | verb | deploy [Basij] militiamen/militia/vigilantes in/to/across _
153 | verb | deploy Basij [militiamen/militia/forces]
153 | verb | deploy plainclothes police/officers/agents/policemen
153 | verb | create/establish/form [a] [new] national guard
153 | verb | set up [a] [new] national guard
153 | verb | create/establish/form [a] [new] gendarmerie
153 | verb | create/establish/form [a] [new] police force/unit
153 | verb | create/establish/form [a] [new] riot police unit
153 | verb | create/establish/form [a] [new] riot squad/unit
153 | verb | increase/boost/raise/double [the] police numbers/presence/force
153 | verb | increase/boost/raise/double [the] number/numbers of police/policemen/officers
153 | verb | increase/boost/raise/double [the] number/numbers of police officers

# ---- 154 Mobilize or increase armed forces
154 | verb | summon/mobilise/mobilize [tens/hundreds/thousands] [of] reservists
154 | verb | summon/mobilise/mobilize [tens/hundreds/thousands] [of] reserve troops/soldiers
154 | verb | summon reservists
154 | verb | bolster/strengthen/boost/reinforce [its] forces/troops on/along/near [the] border/frontier
154 | verb | bolster/strengthen/boost/reinforce [its] forces/troops on/along/near [the] _ border/frontier
154 | verb | bolster/strengthen/boost/reinforce [its] military presence on/along/near [the] border/frontier
154 | verb | bolster/strengthen/boost/reinforce [its] military presence on/along/near [the] _ border/frontier
154 | verb | double/triple/expand/increase [the] size of [its] army/military/navy/fleet
154 | verb | double/triple/expand/increase [the] size of [its] armed forces
154 | verb | double/triple/expand/increase [the] size of [its] air force
154 | verb | build up near/along/on [the] border/frontier
154 | verb | build up near/along/on _ border/frontier
154 | verb | enlarge [its] navy/fleet/army/military
154 | verb | expand [its] navy/fleet
154 | verb | enlarge/expand [its] armed forces
154 | verb | enlarge/expand [its] air force

# ---- 160 Reduce relations
160 | verb | end/cancel/revoke/annul/renounce/denounce [its/the] military/defence/defense/security accords/agreements/pacts/treaties with _
160 | verb | end/cancel/renounce [its/the] military/defence/defense/security accord/agreement/pact/treaty with _
160 | verb | freeze/suspend [all] high-level/political/bilateral/official relations/contacts/ties/visits/exchanges with _
160 | verb | suspend/end/scrap/cancel [the] visa-free travel/regime/entry with/for _
160 | verb | cut off [the] [military/inter-Korean/cross-border] hotline/hotlines with _
160 | verb | sever/disconnect [the] [military/inter-Korean/cross-border] hotline/hotlines with _
160 | verb | cut off [the] [military/inter-Korean/cross-border] communication/communications lines/channels with _
160 | verb | sever/disconnect [the] [military/inter-Korean/cross-border] communication/communications lines/channels with _
160 | verb | suspend/halt/freeze/end [its/all] climate/trade/economic/scientific/cultural/energy/counter-terrorism/counterterrorism/intelligence cooperation with _
160 | verb | suspend/halt/freeze/end [its/all] law enforcement cooperation with _

# ---- 161 Reduce or break diplomatic relations
161 | verb | order _ to cut/reduce/slash [its] diplomatic staff/presence/personnel/mission

# ---- 162 Reduce or stop aid
162 | verb | pause/halt/suspend/freeze [most/all/some] [of] [its] economic and security/military assistance/aid to/for _
162 | verb | pause [most/all/some] [of] [its] assistance/aid/funding to/for _

# ---- 1621 Reduce or stop economic assistance
1621 | verb | freeze/withhold/pause [its] financial/budget/budgetary/economic support/assistance to/for/from _

# ---- 1622 Reduce or stop military assistance
1622 | verb | withhold/delay [the] delivery/deliveries/shipment/shipments/transfer/transfers/sale/sales of @weapons to _
1622 | verb | halt/suspend/stop/freeze/pause/block [its/all] arms/weapons/military supplies/shipments/deliveries to _
1622 | verb | stop/halt/cease/suspend selling weapons/arms/munitions to _

# ---- 163 Impose embargo, boycott, or sanctions
163 | verb | close/shut [its] airspace/ports to _
163 | verb | exclude/expel/disconnect/ban _ from [the] SWIFT system/network
163 | verb | cut _ off from [the] SWIFT system/network
163 | verb | block/bar/suspend/restrict imports from _
163 | verb | hike/raise/increase/impose customs duties/duty/levies on _

# ---- 164 Halt negotiations
164 | verb | walk away from [the] working-level/nuclear/peace/trade/ceasefire/truce/border/security/climate/post-Brexit/normalisation/normalization/bilateral/direct/indirect/high-level talks/negotiations with _
164 | verb | call off [the] working-level/nuclear/peace/trade/ceasefire/truce/border/security/climate/post-Brexit/bilateral/direct/indirect/high-level talks/negotiations with _
164 | verb | abandon [the] working-level/nuclear/peace/trade/ceasefire/truce/border/security/climate/post-Brexit/bilateral/direct/indirect/high-level talks/negotiations
164 | verb | abandon [the] working-level/nuclear/peace/trade/ceasefire/truce/border/security/climate/post-Brexit/bilateral/direct/indirect/high-level talks/negotiations with _
164 | verb | quit/exit [the] [working-level/nuclear/peace/trade/ceasefire/truce/border/security/climate/post-Brexit/bilateral/direct/indirect/high-level] talks/negotiations with _

# ---- 166 Expel or withdraw
166 | verb | order [the] closure of _ military bases/base
166 | verb | order [the] closure of [the] foreign military bases/base

# ---- 1661 peacekeepers
1661 | verb | send home _ peacekeepers
1661 | verb | send _ peacekeepers home
1661 | verb | end/terminate [the] mandate of [the] _ peacekeeping force/mission/operation
1661 | verb | end/terminate [the] mandate of [the] U.N./UN peacekeeping force/mission/operation

# ---- 1662 inspectors, observers
1662 | verb | bar/ban/block _ [nuclear/weapons] inspectors/monitors [from]
1662 | verb | bar/ban/block [the] [nuclear/chemical/weapons] [weapons] inspectors/monitors
1662 | verb | deny entry/access to _ [nuclear/weapons] inspectors/monitors/observers
1662 | verb | deny entry/access to [the] [nuclear/chemical/weapons] [weapons] inspectors/monitors/observers

# ---- 1663 aid agencies

# ---- 171 / 1711 / 1712 property
171 | verb | detain/seize [a/the] _ tanker/tankers/ship/ships/vessel/vessels/trawler/trawlers
171 | verb | detain [a/the] [oil/cargo/fishing] tanker/tankers/ship/ships/vessel/vessels/trawler/trawlers
1711 | verb | commandeer [private] homes/houses/buildings/vehicles/offices/property/properties/land/schools
1711 | verb | seize [a/an/the] [independent/opposition/critical/pro-Kurdish/private] newspaper/newspapers/daily/broadcaster
1711 | verb | seize [a/an/the] [independent/opposition/critical/private] television station
1711 | verb | seize [a/an/the] [independent/opposition/critical/private] media group/outlet
1711 | verb | take over [a/an/the] [independent/opposition/critical/pro-Kurdish/private] newspaper/newspapers/daily/broadcaster

# ---- 172 / 1721 / 1722 / 1723 / 1724 administrative sanctions
172 | verb | revoke/cancel/suspend/withdraw [the] student visas/visa of _
1721 | verb | declare/designate/brand/label _ undesirable
1721 | verb | declare/designate/brand/label [an/the] [independent] news site/website/outlet/outlets/media/newspaper/broadcaster undesirable
1721 | verb | suspend/revoke [the] licence/license of [an/the] opposition/independent/critical television/TV/radio channel/station
1721 | verb | suspend/halt [the] broadcasts of [an/the] opposition/independent/critical television/TV/radio channel/station
1721 | verb | suspend [a/an/the] opposition/independent/critical/private television/TV/radio channel/station/broadcaster
1721 | verb | block/ban/restrict/outlaw VPN/VPNs [services/apps/providers]
1721 | verb | block/ban/restrict/outlaw VPN services/apps/providers
1721 | verb | snap/sever/disable [the] internet/mobile/phone/telephone/broadband services/service/connections/links/access
1721 | verb | disable [the] mobile internet/networks
1721 | verb | switch/shut/turn off [the] internet
1721 | verb | switch/shut/turn off [the] mobile internet/networks
1721 | verb | force [a/an/the] [pro-democracy/independent/opposition/critical/liberal] newspaper/daily/broadcaster/magazine/website/outlet to close
1722 | verb | expel _ lawmakers/legislators/MPs/deputies
1722 | verb | oust/disqualify/unseat _ lawmakers/legislators/MPs
1723 | verb | impose/declare/clamp/order/enforce/introduce/reimpose [a/an] island-wide/islandwide/statewide/state-wide/province-wide/territory-wide/city-wide/nation-wide curfew
1724 | verb | suspend [the] civil liberties/rights
1724 | verb | suspend [the] basic freedoms
1724 | verb | suspend [the] fundamental rights/freedoms

# ---- 173 Arrest, detain, or charge
173 | verb | haul away _
173 | verb | haul _ away
173 | verb | pick up [dozens/scores/hundreds] [of] _ activists/supporters/protesters/dissidents/journalists/critics/students/leaders

# ---- 174 Expel or deport individuals
174 | verb | ship _ nationals/migrants/refugees/workers/asylum-seekers home/back
174 | verb | ship [the] asylum seekers home/back
174 | verb | ship [the] migrants/refugees home/back
174 | verb | send _ migrants/refugees/asylum-seekers/workers/nationals back
174 | verb | fly [the] asylum seekers to _
174 | verb | fly [the] asylum-seekers/migrants/deportees to _
174 | verb | repatriate _ men/women/migrants/refugees/asylum-seekers/nationals/workers

# ---- 175 Use tactics of violent repression
175 | verb | spray/douse _ with water cannon/cannons
175 | verb | spray/douse _ with tear gas
175 | verb | spray/douse _ with teargas
175 | verb | spray/douse _ with pepper spray

# ---- additions after the second pass over the probe file
164 | verb | walk away from [the] working-level nuclear/peace/trade/denuclearisation/denuclearization talks/negotiations with _
143 | verb | stay/remain away from [the] public/state/government/state-run hospitals/clinics
