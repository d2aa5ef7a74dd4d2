# Verb and event-noun patterns for CAMEO roots 18, 19 and 20 (assault, fight, unconventional mass violence),
# eighth round: a second systematic vocabulary sweep of every sub-code. The phrasings tried are in
# eval/probes/probe8-sweep-2-18-19-20.jsonl (one short sentence each) and eval/probes/probe8-2-18-19-20.jsonl
# (wire-style sentences); both are the regression test of these patterns. Focus: less common synonyms, phrasal
# verbs, verbs whose object or instrument decides the sub-code, adverbs inside the phrase, and corrected forms of
# a few earlier patterns whose `a/b` choices held two-word members (`roadside bomb`, `set off`), which a choice
# between single words cannot hold. Written for readout.
# Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# ---- 180 Unconventional violence: indiscriminate fire, vehicle rammings, soft targets
180 | verb | fire/shoot indiscriminately into/at/on _
180 | verb | fire/shoot indiscriminately into/at [a] crowd/crowds of _
180 | verb | spray gunfire/bullets into/at _
180 | verb | spray gunfire/bullets into [a] crowd/crowds of _
180 | verb | ram/plough/plow [a/his/their/the] [stolen/hired/rented] car/truck/lorry/van/vehicle/SUV into _
180 | verb | drive [a/his/their/the] car/truck/lorry/van/vehicle/SUV into [a] crowd/crowds of _
180 | verb | drive [a/his/their/the] stolen/hired/rented car/truck/lorry/van/vehicle/SUV into [a] crowd/crowds of _
180 | verb | shoot up [a/the] [crowded/packed/busy] nightclub/club/bar/cafe/restaurant/school/church/mosque/synagogue/mall/supermarket/concert
180 | verb | attack [the/two/three] mosques/churches/synagogues/temples/schools/hotels/restaurants/cafes/nightclubs/markets
180 | verb | attack [a/the] bus/minibus/train carrying _
180 | verb | perpetrate [a] terrorist/terror attack/attacks on/against/in _
180 | verb | perpetrate [an] act/acts of terror/terrorism against/in _
180 | verb | unleash [a] wave of violence/terror against/on _
180 | verb | set fire to [a/the] bus/train/minibus/church/mosque/house/hut/home packed/filled/crowded with _
180 | verb | torch [a/the] bus/train/minibus/church/mosque/house/hut/home packed/filled/crowded with _

# ---- 181 Abduct, hijack, take hostage
181 | verb | carry off _
181 | verb | carry away _
181 | verb | bundle _ into [a/an/the] car/SUV/pickup/vehicle/minibus/jeep
181 | verb | bundle _ into [a/an/the] unmarked car/vehicle/van
181 | verb | bundle _ into [a/an/the] pickup truck
181 | verb | march _ into [the] forest/bush/jungle/mountains
181 | verb | lead _ away at gunpoint
181 | verb | march _ away/off at gunpoint
181 | verb | seize/snatch/grab _ workers/sailors/seamen/volunteers/missionaries/fishermen/contractors/nuns/priests/pilgrims/theatregoers/pupils
181 | verb | seize/snatch/grab _ aid/oil/construction workers
181 | verb | seize/snatch/grab _ crew members
181 | verb | seize/snatch/grab _ church volunteers

# ---- 182 Physical assault
182 | verb | pummel/pummell [a/an/the] _ activist/activists/journalist/journalists/reporter/reporters/protester/protesters/lawmaker/politician/student/students/man/woman/teenager/migrant/migrants
182 | verb | bash _ with [a] hammer/bat/brick/stick/rod/club/crowbar/pipe/rock/stone/bottle
182 | verb | shoot and injured _
182 | verb | kneecap _
182 | verb | hack _ with [a] machete/machetes/axe/axes/ax/knife/knives/cleaver/cleavers/sword/swords
182 | verb | slash _ with [a] knife/knives/razor/machete/machetes/blade/box-cutter
182 | verb | hurl/throw/fling/splash acid at/on/over _
182 | verb | douse _ with acid/chemicals/bleach
182 | verb | douse _ with [a] chemical/corrosive/substance/liquid
182 | verb | carry out [a] punishment beating/beatings/shooting/shootings on/of _
182 | noun | punishment beating/beatings/shooting/shootings of/on _
182 | verb | hit/strike/beat _ with batons/clubs/sticks/truncheons/whips/belts/cables/hoses/stones/rocks/bricks/hammers/rods
182 | verb | hit/strike _ with rifle butts
182 | verb | hit/strike _ with iron/metal/wooden bars/rods/sticks/poles
182 | verb | thrash [a/an/the] _ journalist/journalists/reporter/reporters/activist/activists/official/officials/lawmaker/worker/workers/student/students/youth/youths/man/men/woman/women

# ---- 1821 Sexual assault
1821 | verb | indecently assault _
1821 | verb | sodomise/sodomize _
1821 | verb | force _ into prostitution/marriage/sexual/sex
1821 | verb | force _ to marry
1821 | verb | sexually molest/attack _

# ---- 1822 Torture
1822 | verb | burn _ with cigarettes/irons/lighters/candles
1822 | verb | burn _ with cigarette butts
1822 | verb | burn _ with hot irons
1822 | verb | hang _ from [the] ceiling/ceilings/hooks/bars/wrists
1822 | verb | extract/force/wring confessions from _ under/through torture
1822 | verb | torture _ to extract/obtain/force [a/their/his/her] confession/confessions
1822 | verb | deprive _ of sleep
1822 | verb | water-board _
1822 | verb | pull out [the] fingernails/nails/toenails/teeth of _
1822 | verb | administer/apply electric shocks to _
1822 | verb | give _ electric shocks
1822 | verb | brutalise/brutalize _ prisoners/detainees/inmates/captives/hostages
1822 | verb | abuse/mistreat/maltreat/ill-treat _ hostages/captives/prisoners/detainees/inmates
1822 | verb | subject _ to [sexual] humiliation/humiliations
1822 | verb | torment [the] _ prisoners/detainees/inmates/captives/hostages

# ---- 1823 Kill by physical assault
1823 | verb | crucify _
1823 | verb | kill _ with machetes/knives/axes/clubs/hoes/spears/hammers/swords/stones/rocks
1823 | verb | kill _ with [a] machete/knife/axe/club/hoe/spear/hammer/sword
1823 | verb | douse _ in/with petrol/gasoline/kerosene/fuel and set
1823 | verb | boil _ alive
1823 | verb | boil _ to death
1823 | verb | dismember _
1823 | verb | bayonet _
1823 | verb | shoot _ in [the] back of [the] head/neck
1823 | noun | honour/honor killing/killings of _
1823 | verb | beat to death _

# ---- 183 Non-military bombing
183 | verb | set off [a] pair of [pressure-cooker/nail/pipe/homemade/crude] bombs/devices at/in/near/outside _
183 | verb | detonate/explode [a] pair of [pressure-cooker/nail/pipe/homemade/crude] bombs/devices at/in/near/outside _
183 | verb | set off [a] nail/pressure-cooker/fertiliser/fertilizer/pipe/petrol/gas-cylinder/cylinder/suitcase/bag bomb/bombs at/in/near/outside/inside _
183 | verb | detonate/explode [a] nail/pressure-cooker/fertiliser/fertilizer/pipe/petrol/gas-cylinder/cylinder/suitcase/bag bomb/bombs at/in/near/outside/inside _
183 | verb | detonate/explode twin/two/three/coordinated/simultaneous/multiple bombs/explosions/blasts at/in/near/outside/on _
183 | verb | set off twin/two/three/coordinated/simultaneous/multiple bombs/explosions/blasts at/in/near/outside/on _
183 | verb | leave/place/hide [a] bomb/bombs on/in/at/outside/near/inside _
183 | verb | leave/place [a] parcel/suitcase/bag/package bomb on/in/at/outside/near/inside _
183 | verb | hide [a] bomb in [a] bicycle/cart/bag/backpack/rucksack/suitcase/box/motorcycle near/at/outside/in _
183 | verb | rig [a/the] bus/train/building/bridge with explosives
183 | verb | carry out [a] series of bomb blasts/bombings/explosions in/across/at _
183 | verb | carry out [a] series of bomb blasts/bombings/explosions
183 | verb | send/mail [a] pipe/package bomb/bombs to _
183 | verb | hurl/throw/lob [a] pipe/homemade/crude bomb at _
183 | verb | blow up [a/the] packed/crowded [commuter/passenger/underground/metro/subway] train/trains/bus/buses

# ---- 1831 Suicide bombing
1831 | verb | detonate/trigger/explode [his/her/an/a] explosives-packed/explosive-packed/explosives-laden/bomb-laden/explosives-filled vest/belt
1831 | verb | trigger his/her/their explosives
1831 | verb | set off his/her/their explosives
1831 | verb | trigger his/her/their suicide vest/belt/vests/belts
1831 | verb | carry out [a] martyrdom operation/attack/mission on/against/in _
1831 | verb | launch/stage/mount [a] suicide assault/raid/strike/operation/mission on/against/in _
1831 | verb | carry out [a] suicide assault/raid/strike/operation/mission on/against/in _
1831 | verb | send/dispatch [a] [female/teenage/child/young] suicide bomber/bombers to/against/into _
1831 | verb | use [female/teenage/child/young] suicide bombers against _
1831 | noun | martyrdom operation/attack against/on _

# ---- 1832 Car bombing
1832 | verb | blow up [a/an] car/truck/van/lorry/vehicle/minibus packed/laden/loaded/filled/rigged with explosives
1832 | verb | blow up [a/an] rented/stolen/parked car/truck/van/lorry packed/laden/filled/rigged with explosives
1832 | verb | blow up [a] car/truck/van/lorry bomb
1832 | verb | drive/ram [a/an] tanker/bulldozer/ambulance/mixer/Humvee/truck/vehicle packed/laden/loaded/filled/rigged with explosives into _
1832 | verb | drive/ram [a/an] cement mixer laden/packed/loaded/filled/rigged with explosives into _
1832 | verb | drive/ram [a/an] water/fuel/oil tanker laden/packed/loaded/filled/rigged with explosives into _
1832 | verb | drive/ram [a/an] armoured/armored bulldozer/vehicle/Humvee/truck packed/laden/loaded/filled/rigged with explosives into _
1832 | verb | detonate/explode [a] minibus/motorcycle/motorbike/tricycle/rickshaw/bicycle/tanker/lorry/van/bus bomb
1832 | verb | set off [a] minibus/motorcycle/motorbike/tricycle/rickshaw/bicycle/tanker/lorry/van/bus bomb
1832 | verb | detonate/explode [a] vehicle-borne bomb/explosive/explosives near/at/in/outside _
1832 | verb | set off [a] vehicle-borne bomb/explosive/explosives near/at/in/outside _
1832 | verb | detonate/explode [a] vehicle-borne bomb
1832 | verb | park [a] car/truck/van/vehicle packed/laden/loaded/filled/rigged with explosives outside/near/at/in _
1832 | verb | rig [a] car/truck/van/vehicle/motorcycle with explosives

# ---- 1833 Roadside bombing (corrected two-word members as separate lines)
1833 | verb | detonate/explode/plant [a] roadside bomb/device/explosive/mine under/beneath/near/against _
1833 | verb | set off [a] roadside bomb/device/explosive/mine under/beneath/near/against/as _
1833 | verb | detonate/trigger [a] landmine/mine/IED under/beneath/near [a] _ vehicle/convoy/truck/patrol/jeep/bus/minibus
1833 | verb | set off [a] landmine/mine/IED under/beneath/near [a] _ vehicle/convoy/truck/patrol/jeep/bus/minibus
1833 | verb | detonate/explode/trigger [a] buried bomb/mine/explosive/device under/beneath/near _
1833 | verb | detonate/explode/trigger [a] remote-controlled/remotely-detonated/radio-controlled roadside bomb/mine/device near/under/beneath/against _
1833 | verb | detonate/explode/trigger [a] culvert bomb/bombs under/beneath _
1833 | verb | detonate/trigger [a] landmine/mine/IED under/beneath _
1833 | verb | detonate/trigger [a] roadside mine under/beneath _
1833 | verb | target/strike/hit _ convoys/convoy/patrols/vehicles with explosively formed penetrators/projectiles
1833 | verb | blow up [a/an] _ truck/jeep/Humvee/bus/vehicle with [a/an] landmine/mine/IED
1833 | verb | blow up [a/an] _ truck/jeep/Humvee/bus/vehicle with [a/an] roadside/improvised bomb/device
1833 | verb | blow up [a/an] _ truck/jeep/Humvee/bus/vehicle with [an] improvised explosive device

# ---- 184 Human shields
184 | verb | hold/use/keep _ as [a] buffer/buffers/shield/shields
184 | verb | hold/use/keep _ as [a] human buffer/buffers
184 | verb | chain/handcuff/tie _ to ammunition/arms depots/dumps
184 | verb | chain/handcuff/tie _ to bridges/lampposts/targets
184 | verb | chain/handcuff/tie _ to potential/military/likely targets/installations/sites
184 | verb | chain/handcuff/tie _ to radar stations/sites
184 | verb | place/position/station _ around [their/its] positions/bases/headquarters/artillery/launchers
184 | verb | fire [rockets/mortars/missiles/shells] from among/amid _
184 | verb | tie/strap _ to [the] front/bonnet/hood of [a/the/their/an] [army] jeep/vehicle/tank
184 | verb | hide/shelter among/amid _ civilians/residents/villagers/refugees/families
184 | verb | take cover among/amid _ civilians/residents/villagers/refugees/families
184 | verb | shield themselves/itself/himself with _

# ---- 185 Assassination attempts
185 | verb | fire on/at [the] motorcade/convoy/car/helicopter/plane of _
185 | verb | shoot at [the] helicopter/plane/aircraft of _
185 | verb | open fire on [the] helicopter/plane/aircraft of _
185 | verb | open fire on/at [the] _ motorcade
185 | verb | fire on/at [the] _ motorcade
185 | verb | ambush [the] _ motorcade
185 | verb | launch [a] drone/rocket/grenade/bomb attack on [the] residence/home/house/motorcade/convoy/office/plane of _
185 | verb | carry out [a] drone/rocket/grenade/bomb attack on [the] residence/home/house/motorcade/convoy/office/plane of _
185 | noun | drone/rocket/grenade/bomb attack on [the] residence/home/house/motorcade/convoy/office/plane of _
185 | verb | point [a] pistol/gun/handgun/revolver at _ and pulled [the] trigger
185 | verb | plot/try/attempt to blow up [the] motorcade/plane/car/convoy of _
185 | verb | plot/try/attempt to blow up [the] _ motorcade/plane/car/convoy

# ---- 186 Assassinate: killing an office-holder named by title
186 | verb | kill _ president/premier/governor/mayor/senator
186 | verb | kill _ prime/foreign/interior/defence/defense/vice minister/president
186 | verb | stab _ lawmaker/MP/president/minister/mayor to death

# ---- 190 Conventional military force
190 | verb | counter-attack _
190 | verb | counterattack _
190 | verb | beat/fight/fend off [a/an] _ assault/attack/offensive/attacks on/against
190 | verb | beat/fight/fend off [a/an] [jihadist/rebel/militant/insurgent/enemy] assault/attack/offensive/attacks by/on/against
190 | verb | rout _
190 | verb | press [its/their] offensive/assault/advance against/on _
190 | verb | open [a] [second/southern/northern/eastern/western] front against _
190 | verb | engage _ in [close-quarters/close/hand-to-hand/fierce/heavy/street/pitched] combat/fighting/battle/battles
190 | verb | assault _ positions/lines/trenches/defences/defenses/base/bases/stronghold/strongholds/outpost/outposts

# ---- 191 Blockade, siege, restricted movement
191 | verb | bar/block/stop/prevent [merchant/commercial/cargo] vessels/ships from entering/leaving/reaching _
191 | verb | impose [a] [naval] quarantine on/around _
191 | verb | choke off [the] fuel/food/water/aid/medical/medicine/electricity/humanitarian supplies/supply/deliveries/shipments to _
191 | verb | choke off supplies to _
191 | verb | hem in _
191 | verb | order/declare/announce/impose [a] naval blockade of/on/against _

# ---- 192 Occupy territory
192 | verb | absorb _ peninsula/region/territory/province/enclave into
192 | verb | plant/raise/hoist [its/their/the] flag/flags over/in _
192 | verb | move/push into [the] _ buffer zone
192 | verb | establish/gain/secure/win [a] foothold/bridgehead/beachhead in/on/across _
192 | verb | take over [the] _ crossing/crossings/airport/port/base/palace
192 | verb | take over [the] _ border crossing/crossings
192 | verb | claw back [the] territory/ground/land in/from _
192 | verb | wrest [the] _ heights/hills/hilltops/peaks/ridge/ridges/pass from
192 | verb | take/capture/seize [the] eastern/western/northern/southern/central/key/strategic _ town/city/village/port/hub/region of
192 | verb | seize/capture/occupy [the] _ Islands/islands/island/islets/peninsula

# ---- 193 Small arms
193 | verb | fire [assault] rifles/Kalashnikovs at/on _
193 | verb | fire small arms/weapons at/on _
193 | verb | fire automatic weapons/rifles at/on _
193 | verb | fire machine guns at/on _
193 | verb | fire machine-guns at/on _
193 | verb | trade/exchange shots with _
193 | verb | fire small-arms/automatic/machine-gun/rifle fire at/on _

# ---- 194 Artillery and tanks
194 | verb | fire/launch [multiple-launch/Grad/Katyusha/Smerch/Uragan/artillery] rockets into/on _
194 | verb | fire/launch multiple-launch/Grad/Katyusha/Smerch/Uragan/artillery rockets at _

# ---- 195 Aerial weapons
195 | verb | fly/conduct [combat/bombing] sorties against/over/on _
195 | verb | carry out [combat/bombing] sorties against/over/on _
195 | verb | launch/fire Tomahawk/cruise/hypersonic/Kalibr/Kinzhal/Iskander missiles at/on/against _
195 | verb | unleash [cruise/ballistic/hypersonic] missiles/drones/rockets/airstrikes on/at/against _
195 | verb | unleash air strikes on/at/against _
195 | verb | launch/fire/drop [a] barrage/wave of glide bombs on/at/against _
195 | verb | launch/fire/drop [a] barrage of missiles/drones/rockets/bombs on/at/against _

# ---- 196 Violate ceasefire
196 | verb | flout [a/the] [Russian-backed/Turkish-backed/US-backed/UN-backed/internationally-backed/Russian-brokered/UN-brokered] ceasefire/truce/cease-fire/armistice
196 | verb | flout [the] _ ceasefire/truce/cease-fire/armistice
196 | verb | trample on/over [the] truce/ceasefire/cease-fire/armistice
196 | verb | resort to [unprovoked] ceasefire violation/violations
196 | noun | unprovoked ceasefire violation/violations by _

# ---- 200 Unconventional mass violence
200 | verb | commit [widespread/systematic/untold/grave/horrific/numerous/countless] atrocities against/on _
200 | verb | perpetrate [widespread/systematic/untold/grave/horrific/numerous/countless/mass] atrocities against/on/in _

# ---- 201 Mass expulsion
201 | verb | expel thousands of _
201 | verb | drive/push/herd tens/hundreds/thousands of [thousands] [of] _ across [the] border
201 | verb | herd _ across [the] border
201 | verb | forcibly displace _
201 | verb | uproot tens/hundreds/thousands of [thousands] [of] _
201 | verb | force tens/hundreds/thousands of [thousands] [of] _ to flee/leave
201 | verb | force tens/hundreds/thousands of [thousands] [of] _ out of

# ---- 203 Ethnic cleansing
203 | verb | pursue/conduct/wage [a] policy of ethnic cleansing against/in _
203 | verb | pursue/conduct/wage [a] policy of genocide against/in _
203 | verb | carry out [a] policy of ethnic cleansing against/in _
203 | verb | conduct [an] ethnic purge of/against _
203 | verb | carry out [an] ethnic purge of/against _
203 | noun | ethnic purge of/against _

# ---- 204 Weapons of mass destruction
204 | verb | attack _ with weapons of mass destruction
204 | verb | attack _ with unconventional weapons

# ---- 2041 Chemical, biological, radiological weapons
2041 | verb | use/detonate/explode [a] dirty/radiological bomb/device against/in/at _
2041 | verb | set off [a] dirty/radiological bomb/device against/in/at _
2041 | verb | mail/send [a] letter/letters/envelope/envelopes/parcel/package laced with/containing anthrax/ricin to _
2041 | verb | mail/send [a] letter/letters/envelope/envelopes/parcel/package containing anthrax/ricin to _
2041 | verb | use toxic chemicals/gas/agents against/on _
2041 | verb | use chemical agents against/on _
2041 | verb | use poison/nerve gas/agents against/on _
2041 | verb | spread plague/anthrax/cholera/typhoid [bacteria/germs/fleas] among _

# ---- 2042 Nuclear detonations
2042 | verb | set off [a/an] nuclear/atomic/thermonuclear blast/blasts/explosion/explosions
2042 | verb | carry out [a/an] [underground/peaceful] nuclear/atomic explosion/explosions/blast/blasts
2042 | verb | conduct [a/an] [underground/peaceful] nuclear/atomic explosion/explosions/blast/blasts
2042 | verb | carry out [an] atomic test/tests
2042 | verb | conduct [an] atomic test/tests
2042 | verb | set off [a/an] hydrogen/atomic/atom/nuclear/thermonuclear bomb/device/weapon
2042 | verb | explode/detonate/test its [first] atomic/atom/hydrogen/nuclear/thermonuclear bomb/device/weapon

# ---- second pass: office-holders as targets, buildings blown up, pushes to retake
185 | verb | shoot at _ president/premier/governor/mayor/senator/candidate/minister
185 | verb | shoot at _ prime minister
185 | verb | shoot and wounded _ president/premier/governor/mayor/senator/candidate/minister
185 | verb | shoot and wounded _ prime minister
185 | verb | shoot at/fire on [the] helicopter/plane/aircraft/car/motorcade carrying _
185 | verb | throw/hurl/lob [a] grenade/bomb at _ president/premier/governor/minister
185 | verb | throw/hurl/lob [a] grenade/bomb at _ prime minister
186 | verb | gun down _ leader/politician/lawmaker/MP/senator/governor/mayor/minister/president/candidate/judge/prosecutor
186 | verb | gun down _ opposition leader
186 | verb | shoot dead _ leader/politician/lawmaker/MP/senator/governor/mayor/minister/president/candidate/judge/prosecutor
186 | verb | shoot dead _ opposition leader
186 | verb | shoot dead _ prime minister
186 | verb | murder _ president/premier/governor/mayor/senator/candidate/hopeful/politician/lawmaker/minister
186 | verb | murder _ prime minister
186 | verb | kill _ politician/lawmaker/MP
183 | verb | blow up [a/the] synagogue/church/mosque/hotel/cafe/restaurant/nightclub/market/embassy
183 | verb | blow up [a/the] [Jewish] community centre/center
190 | verb | launch [a] push/drive/bid/offensive to retake/recapture

# ---- third pass
186 | verb | shoot dead _ member of parliament
186 | verb | gun down _ member of parliament
186 | verb | stab _ foreign/prime/defence/defense/interior minister to death
1833 | verb | ambush _ with roadside explosives/mines/IEDs/bombs
183 | verb | blow up [a/the] _ metro/subway/underground/commuter/passenger train/trains/bus/buses
1832 | verb | blow up [a/an] rented/stolen car/truck/van/lorry packed/laden/filled with explosives outside/near/at _
1832 | verb | blow up [a/an] car/truck/van/lorry packed/laden/filled/rigged with explosives outside/near/at/in _
2041 | verb | use/detonate/explode [a] radiological dirty bomb against/in/at _
