# Fourth-round probe-driven verb and event-noun patterns for CAMEO roots 15-20 (exhibit force posture, reduce
# relations, coerce, assault, fight, unconventional mass violence). Added for misses found with
# eval/probes/probe4-15-20.jsonl (the prose of non-Western and official outlets, actions in non-finite and
# subordinate positions, headline idioms in body text, hedged and negated forms); each pattern is meant to cover a
# phrase family that other reporters' wording would also hit.
# Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# 150 Demonstrate military or police power
# readiness patrols and drills announced by theatre commands ("organised joint combat-readiness patrols around")
150 | verb | organise/organize/conduct/stage/hold/launch [a] [joint] combat-readiness patrol/patrols/drills/exercises
150 | verb | organise/organize/conduct/stage/hold/launch [a] [joint] combat readiness patrol/patrols/drills/exercises
150 | verb | organise/organize/conduct/stage/hold/launch [a] [joint] sea-air/air-sea patrol/patrols/drills/exercises
150 | verb | carry out [a] [joint] combat-readiness/sea-air/air-sea patrol/patrols/drills/exercises
# warplanes crossing the Taiwan Strait median line ("of the Taiwan Strait" names the target)
150 | verb | cross [the] median line of _
# (a modifier is required: bare "flexed its muscles" is also said of companies and parties)
150 | verb | flex [its] naval/military/air/nuclear/missile muscles/muscle
150 | noun | show of muscle against/toward/towards/aimed at _
150 | verb | lob/fire [artillery/rocket/mortar] rounds/shells into [the] waters/sea near/off

# 151 Increase police alert status
151 | verb | cancel [all] leave for/of [all] police/policemen/personnel/officers/constables
151 | verb | reinforce/strengthen/tighten/increase/heighten [its/their] vigilance around/at/near/outside/across

# 152 Increase military alert status
152 | verb | strengthen/bolster/reinforce/tighten/upgrade [its] [military] readiness/alert/defence/defense posture
# ("state of preparedness" is left out: hospitals and relief agencies go into one too)
152 | verb | go into [a] heightened/high/full/maximum/higher state of [combat/military] readiness/alert
152 | verb | order _ to be at full/maximum/top/high/combat readiness
152 | verb | raise [the] combat readiness of [its] forces/troops/army/military/units

# 153 Mobilize or increase police power
# ("deploy in force" is 153 in the built-in files; "deploy heavily" is the same posture)
153 | verb | deploy heavily/massively
153 | verb | rush/send/deploy/dispatch/fly/move [central/federal] paramilitary personnel/police/policemen/units/troopers/companies
153 | verb | order/send/deploy/rush [tactical/riot/anti-riot/police] squads/units into _
153 | verb | send/rush/dispatch/deploy/fly reinforcements of [riot/anti-riot/military] police/policemen/officers/gendarmes

# 160 Reduce relations, not specified below
160 | verb | revoke/terminate/cancel/scrap/denounce/end [its] military/defence/defense/security cooperation accord/accords/agreement/agreements/pact/pacts/deal with _
160 | verb | freeze/suspend/cut/halt/end [all] high-level/official/political/diplomatic/ministerial contacts/exchanges/visits with _

# 161 Reduce or break diplomatic relations
161 | verb | expel _ commissioner
161 | verb | expel _ charge d'affaires
161 | verb | downgrade [diplomatic] ties/relations with _
161 | verb | hand/give _ ambassador/envoy/diplomat/diplomats [his/her/their] marching orders
161 | verb | hand/give [the] _ ambassador/envoy/diplomat/diplomats [his/her/their] marching orders
161 | verb | shutter [its] embassy/embassies/consulate/consulates in _
161 | verb | close/shut [its] embassies in _

# 162 Reduce or stop aid, not specified below
162 | verb | phase out [its/all] [bilateral/foreign/direct/overseas/official/government-to-government] aid/assistance/funding to/for _
162 | verb | turn off [the] aid tap/taps to/for _
162 | verb | turn off [the] aid tap/taps

# 1621 Reduce or stop economic assistance
1621 | verb | put [its/all] budget support to/for _ on ice/hold
1621 | verb | put [its/all] lending/loans/disbursements/financing/credit to _ on ice/hold

# 1622 Reduce or stop military assistance
1622 | verb | block/freeze/suspend/halt/stop/deny [all] arms/weapons export authorisations/authorizations/approvals/permits to/for _
1622 | verb | remove/expel/kick/suspend _ from [the] F-35 [fighter] [jet] programme/program
# (fighters only: "halted deliveries of aircraft to" is also said of Boeing and Airbus)
1622 | verb | halt/suspend/stop/freeze/block/delay [the] deliveries/delivery/transfer/transfers of [the] [stealth] fighters/warplanes to _
1622 | verb | halt/suspend/stop/freeze/block/delay [the] deliveries/delivery/transfer/transfers of [the] [stealth] fighter jets/aircraft to _
1622 | verb | halt/suspend/stop/freeze/block/delay deliveries/delivery/transfer/transfers of [the] F-35/F-16/F-15/Rafale/Eurofighter fighter/fighters/jets/aircraft/warplanes to _
1622 | verb | halt/suspend/stop/freeze/block/delay [the] deliveries/delivery/transfer/transfers of [the] F-35s/F-16s/F-15s to _

# 1623 Reduce or stop humanitarian assistance
1623 | verb | halt/suspend/stop/pause/cut/end [its] food/aid/relief handouts/handout in/to _
1623 | verb | halt/suspend/stop/pause/cut/end [its] handouts of food/aid in/to _

# 163 Impose embargo, boycott, or sanctions
163 | verb | place/put/add _ on/to [its] unreliable entity list
163 | verb | slap/impose visa restrictions/bans on _
163 | verb | slap [a] travel/visa ban/bans on _
# (the goods must follow the supplier's name: "curbed imports of gold" has no target and is not a sanction)
163 | verb | restrict/curb/limit/halt imports of _ wine/wines/fruit/fruits/vegetables/seafood/fish/beef/pork/poultry/meat/dairy/goods/products/grain/wheat/barley/steel/coal/timber/cars/vehicles/chips/potash/fertiliser/fertilizer

# 164 Halt negotiations
164 | verb | call off [the] [planned/scheduled] [foreign] [secretary-level/minister-level/ministerial/high-level/bilateral/composite/peace/strategic/political] dialogue/dialog with _
164 | verb | call off [the] [planned/scheduled] [foreign] secretary-level/minister-level/ministerial/high-level/bilateral/composite/peace/strategic/political dialogue/dialog

# 165 Halt mediation
165 | verb | relinquish/renounce/drop/abandon [its] role as [a/the] [peace] mediator/facilitator/broker between/in _
165 | verb | suspend/halt/end/pause/freeze [its] facilitation of [the] [peace] talks/negotiations between/with _

# 166 Expel or withdraw, not specified below
166 | verb | serve notice on _ to vacate/leave/quit/withdraw
166 | verb | shut/close [all] _ military bases/base on [its] soil/territory

# 1661 Expel or withdraw peacekeepers
1661 | verb | announce [the] withdrawal of [its] troops/soldiers/contingent/peacekeepers/battalion from [the] _ peacekeeping mission/force/operation
1661 | verb | announce [the] withdrawal of [its] troops/soldiers/contingent/peacekeepers/battalion from [the] peacekeeping mission/force/operation
1661 | verb | wind up/down [its] contribution to [the] _ peacekeeping mission/force/operation
1661 | verb | wind up/down [its] contribution to [the] peacekeeping mission/force/operation
1661 | verb | end/terminate [its] contribution to [the] _ peacekeeping mission/force/operation

# 1662 Expel or withdraw inspectors, observers
1662 | verb | strip [several/some] [of] [the] [most] [experienced/senior/veteran] _ inspectors/monitors/observers of [their] accreditation
1662 | verb | shut/close [down] [the] office of [the] _ project coordinator
1662 | verb | shut/close [down] [the] office of [the] _ monitoring/observer/observation mission

# 170 Coerce (cyber operations)
170 | verb | compromise/penetrate [the] networks/systems/servers of _

# 172 Impose administrative sanctions
172 | verb | proscribe [the] [activist/militant/protest/campaign/direct-action] group/groups/network/movement

# 1721 Impose restrictions on political freedoms
1721 | verb | bar/ban/prohibit [television/TV/news/private/satellite] channels/broadcasters/stations/outlets from airing/broadcasting/showing/covering
1721 | verb | slap/impose [a] ban on [all] [weekday/weekend/street/opposition/public/political] demonstrations/protests/rallies/marches/gatherings

# 1723 Impose curfew
# (plural "homes" only: one person barred from leaving his home is house arrest, 173)
1723 | verb | bar/forbid/prohibit _ from leaving [their] homes/houses/dwellings
1723 | verb | impose/declare/order/enforce/announce [a] shoot-on-sight/shoot-at-sight curfew

# 1724 Impose state of emergency or martial law
1724 | verb | impose/invoke/introduce/declare/promulgate [sweeping] emergency regulations
1724 | verb | approve/endorse/ratify/extend [a] [nationwide/countrywide/national/six-month/three-month/one-month] state of emergency

# 174 Expel or deport individuals
174 | verb | dump _ in [a/the] desert
174 | verb | dump _ at/across/near [the] border

# 175 Use tactics of violent repression
175 | verb | scatter [the] protesters/demonstrators/crowd/crowds/marchers/rioters/students
175 | verb | lob/fire tear gas [canisters] to scatter/disperse _
175 | verb | lob/fire teargas [canisters] to scatter/disperse _
175 | verb | wield/swing batons/truncheons/clubs against/at/on _

# 180 Use unconventional violence
180 | verb | swoop on [a/the] village/villages/town/community/communities/market/settlement/camp
180 | verb | shoot their way into [a/an] [upmarket/crowded/busy/luxury] hotel/mall/school/church/mosque/theatre/theater/market/complex

# 181 Abduct, hijack, or take hostage
# ("whisked away" and "carted off" are also said of bodyguards and police, so only "carted away" is listed)
181 | verb | cart away _
181 | verb | make off with [tens/hundreds] [of] passengers/hostages/villagers/students/pupils/schoolchildren/worshippers/travellers/travelers/motorists/farmers

# 182 Physically assault
182 | verb | knock _ to [the] ground

# 1822 Torture
1822 | verb | brutalise/brutalize [political] detainees/prisoners/inmates/captives
1822 | verb | hang _ by [their] wrists/arms/feet

# 183 Bombing
183 | verb | plant by _ militants/rebels/insurgents/jihadists/separatists/fighters/guerrillas/extremists/bombers | recipient

# 1832 Car bombing
1832 | verb | detonate/explode [a/an] explosives-packed/explosive-packed/bomb-packed/explosives-filled car/cars/truck/trucks/vehicle/vehicles/van/vans
1832 | verb | drive/ram [a] motorcycle/motorbike/rickshaw/bicycle packed/laden/loaded/filled/rigged with explosives into _
1832 | verb | drive/ram [an] explosives-laden/explosive-laden/explosives-packed motorcycle/motorbike/rickshaw into _
1832 | verb | set off [a/an] explosives-packed/explosive-packed/bomb-packed/explosives-filled car/cars/truck/trucks/vehicle/vehicles/van/vans

# 1833 Roadside bombing
1833 | verb | mine [the] [main/only/key] road/roads/highway/route

# 184 Human shields
184 | verb | turn/convert _ into human shields
# (a role noun such as "fighters" inside the trigger is read as the target, so only weapons are named here)
184 | verb | embed/hide/store/position [its] weapons/launchers/rockets/arms/munitions among _
184 | verb | embed/hide/store/position [its] rocket launchers among _

# 186 Assassinate
186 | verb | order/orchestrate/commission [the] murder/assassination of _
186 | verb | eliminate [the] _ [top/senior] commander/leader/chief
186 | verb | gun down [a/the] mayoral/presidential/parliamentary/gubernatorial/congressional/legislative/opposition candidate/hopeful
186 | verb | shoot dead [a/the] mayoral/presidential/parliamentary/gubernatorial/congressional/legislative/opposition candidate/hopeful
# (with the candidate's nationality between: "gunned down a Mexican mayoral candidate")
186 | verb | gun down _ mayoral/presidential/parliamentary/gubernatorial/congressional/legislative/opposition candidate/hopeful
186 | verb | shoot dead _ mayoral/presidential/parliamentary/gubernatorial/congressional/legislative/opposition candidate/hopeful

# 190 Conventional military force
190 | verb | unleash/mount/open/begin [a] [major/large-scale/new] ground/land/military offensive against/on/in/to _
190 | verb | push/drive/beat back _ forces/troops/fighters/rebels/militants/insurgents
190 | verb | open up on _ positions/forces/troops

# 191 Blockade
191 | verb | halt/block/stop/bar/suspend [the] entry of [all] [humanitarian] goods/supplies/aid/food/fuel into/to _
191 | verb | halt/block/stop/bar/suspend [the] entry of [all] goods/food/fuel and supplies/aid/fuel/medicine into/to _
191 | verb | block/obstruct [a/the] _ resupply mission/missions/convoy/convoys/boat/boats

# 192 Occupy territory
192 | verb | take up positions inside [the] _
# (bare "swept into" is also said of election winners: "swept into parliament")
192 | verb | sweep/storm into [the] [central/northern/southern/eastern/western/strategic/key/rebel-held] city/town/village/capital/stronghold of _

# 195 Aerial weapons
195 | verb | rain [ballistic/cruise/guided/hypersonic] missiles/bombs/drones [down] on _

# 196 Violate ceasefire
196 | verb | renege on [the/a] [week-long/24-hour/48-hour/72-hour/temporary/humanitarian/fragile] truce/ceasefire/cease-fire
196 | verb | violate/breach/break/flout [the/a] Malaysia-brokered/Malaysian-brokered/Turkish-brokered/Saudi-brokered/Qatar-brokered/AU-brokered/Chinese-brokered/China-brokered/Kenyan-brokered/Angolan-brokered/Egypt-brokered/Russia-brokered/Iran-brokered/Trump-brokered ceasefire/truce/cease-fire

# 200 Unconventional mass violence
200 | verb | wage/conduct/pursue [a] scorched-earth campaign/policy/offensive against/in _
200 | verb | wage/conduct/pursue [a] scorched earth campaign/policy/offensive against/in _
200 | verb | carry out [a] scorched-earth campaign/policy/offensive against/in _

# 201 Mass expulsion
201 | verb | forcibly evict [tens/hundreds] [of] _

# 204 Weapons of mass destruction
204 | verb | employ weapons of mass destruction against/on _
204 | verb | resort to weapons of mass destruction against/on _

# 2041 Chemical weapons
2041 | verb | drop/fire/release [a] canisters/canister/cylinders/cylinder/barrels/barrel of chlorine/sarin [gas] on/over/into _
2041 | verb | drop/fire/release [a] canisters/canister/cylinders/cylinder of poison/toxic/nerve gas on/over/into _

# 2042 Nuclear weapons
2042 | verb | detonate/explode [a/its] [first/second/third/fourth/fifth/sixth/seventh] nuclear/atomic/thermonuclear device
2042 | verb | conduct/stage [a] underground/atmospheric nuclear test/tests/explosion/explosions
2042 | verb | carry out [a] underground/atmospheric nuclear test/tests/explosion/explosions
