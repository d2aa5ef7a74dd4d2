# Verb and event-noun patterns for CAMEO roots 14 (protest) and 15 (exhibit force posture), sixth round:
# a systematic vocabulary sweep. For every sub-code the ways wire reporters phrase the act (plain and
# phrasal verbs, support verb + noun, nominalisations, idioms, British and American spellings) were
# listed and tried one sentence each in eval/probes/probe6-sweep-14-15.jsonl; the patterns below fill
# the gaps that sweep showed. eval/probes/probe6-14-15.jsonl and the sweep file are their regression
# test. The aim sub-codes (1411-1454) come from the coder's aim rule; the patterns here give the means.
# Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# ---- 140 Engage in political dissent: quitting, dressing, refusing duty in protest
140 | verb | quit in protest
140 | verb | step down in protest
140 | verb | resign en masse in protest
140 | verb | quit en masse
140 | verb | dress in black in protest
140 | verb | refuse to report for duty/service/training in protest
140 | verb | stage/hold [a] night-long/all-night/day-long/week-long/symbolic/spontaneous/rowdy/token protest
140 | verb | launch/start/begin [a] [nationwide/mass] civil disobedience movement/campaign against _
140 | verb | sign [an] open letter against/protesting/condemning/opposing
140 | verb | observe [a] minute/minutes/moment of silence in protest

# ---- 141 Demonstrate or rally: verbs of crowd movement and support-verb forms
144 | verb | set up [a] protest encampment/encampments
141 | verb | pitch [a] protest camp/camps/tents
141 | verb | march in [the] streets/street
141 | verb | parade through [the] streets/centre/center
141 | verb | parade through [the] streets of
141 | verb | flock to [the] streets/square/squares/rally/rallies/protest/protests/demonstration/demonstrations
141 | verb | swarm into/onto [the] streets/square/squares
141 | verb | swarm into central/downtown _
141 | verb | stream into [the] streets/square/squares
141 | verb | pack [the] streets/squares/square/avenues
141 | verb | mass in [the] streets/square/squares
141 | verb | take part in [a/the] demonstration/demonstrations/rally/rallies/march/marches
141 | verb | join a rally/demonstration/march
141 | verb | join a protest march/rally
141 | verb | join [the] demonstrations/rallies/marches
141 | verb | join [the] protesters/demonstrators/marchers
141 | verb | hold/stage [a] candlelight/candlelit/torchlight/torch-lit rally/rallies/protest/protests/demonstration/procession/march
141 | verb | hold/stage [a] million-man/million-strong/mass/huge/massive march/rally/demonstration
144 | verb | stage/hold sit-ins
141 | verb | stage/hold [a] rally/march/demonstration/protest in front of _
141 | verb | turn out to protest/demonstrate/rally/march
141 | verb | chant slogans
141 | verb | wave banners/placards/flags and chant slogans
141 | verb | brandish placards/banners
141 | verb | demonstrate at [the] airport/airports/embassy/consulate/ministry/parliament
141 | verb | rally at _ Square
141 | verb | rally at [the] square/monument/embassy/consulate/ministry/parliament/memorial/gates
141 | noun | street protests/demonstrations against
141 | noun | protest rally/march/rallies/marches in

# ---- 142 Conduct hunger strike
142 | verb | be on [a/an] [open-ended/indefinite] hunger strike
142 | verb | die on hunger strike
142 | verb | die after [a] [long/lengthy/prolonged] hunger strike/death fast
142 | verb | go on [a] death fast
142 | verb | begin/start/launch/stage [a] death fast
142 | verb | begin/start/launch/stage [a/an] [indefinite/open-ended/protest/week-long/weeklong] fast
142 | verb | go on [a] [indefinite/open-ended/protest] fast
142 | verb | stop eating and drinking
142 | verb | stop drinking water
142 | verb | refuse food and water
142 | verb | refuse [all] food and water/liquids
142 | verb | refuse meals
142 | verb | escalate [his/her/their] hunger strike
142 | verb | extend/continue [his/her/their] [mass/open-ended/indefinite] hunger strike
142 | verb | keep up [his/her/their] [mass/open-ended/indefinite] hunger strike
142 | verb | sew [his/her/their] lips [together/shut]
142 | noun | hunger-strike by

# ---- 143 Conduct strike or boycott
143 | verb | begin/start/stage/hold/call/declare/announce/observe/enforce [a] strike
143 | verb | begin/start/stage/hold/call/declare/announce/observe/enforce/launch [a/an] general/nationwide/national/indefinite/wildcat/rolling/political/solidarity/sympathy/token/sit-down/open-ended/one-day/two-day/three-day/four-day/five-day/24-hour/48-hour/72-hour/week-long/weeklong/day-long/all-out strike/strikes
143 | verb | begin/start/stage/hold/call/declare/announce/observe/enforce/launch [a/an] general/nationwide/national/indefinite/rolling/one-day/two-day/three-day/24-hour/48-hour work/labour/labor stoppage/stoppages
143 | verb | begin/start/stage/hold/call/declare/announce/launch [a] [nationwide/national/indefinite] transport/rail/teachers'/doctors'/dockers'/miners' strike/strikes/stoppage
143 | verb | stage/hold [a] [general/nationwide/national] stoppage
143 | verb | stage/hold [a] work/labour/labor stoppage
143 | verb | hold/stage strikes
143 | verb | hold/stage [a] day/days of strike/strikes
143 | verb | hold/stage [a] day/days of industrial/strike action
143 | verb | stay/remain off [the] job/work
143 | verb | stay/remain away from [the] job/work/offices/classes/lectures
143 | verb | stay home from work in protest
143 | verb | walk off [the] job/jobs in protest
143 | verb | lay down [their] tools
143 | verb | withdraw [their] labour/labor
143 | verb | strike over pay/wages/pensions
143 | verb | go out on strike
143 | verb | come out on strike
143 | verb | observe [a] hartal/bandh/shutdown
143 | verb | enforce [a] hartal/bandh/shutdown
143 | verb | call [a] hartal/bandh
143 | verb | shut/close/shutter [their] shops/stores/businesses/markets in protest
143 | verb | boycott [a/the] parliament/parliamentary/assembly/senate session/sessions/sitting/sittings/debate/vote
143 | verb | boycott [a/the] session/sessions/sitting/sittings of parliament/congress/the/its
143 | verb | boycott [the] [general/presidential/parliamentary/legislative/local/municipal/regional] election/elections/poll/polls/vote/ballot/referendum/run-off/runoff
143 | verb | boycott [the] inauguration/swearing-in/celebrations/parade
143 | verb | boycott [the] opening/inauguration/swearing-in/official ceremony
143 | verb | launch/start/stage/organise/organize [a] boycott of
143 | verb | shun [the] [general/presidential/parliamentary/legislative/local] election/elections/poll/polls/vote/ballot/referendum/run-off/runoff
143 | verb | stay away from Sunday's/Saturday's/Monday's/Tuesday's/Wednesday's/Thursday's/Friday's election/elections/poll/polls/vote/ballot/referendum/run-off/runoff
143 | verb | stay away from Sunday's/Saturday's/Monday's/Tuesday's/Wednesday's/Thursday's/Friday's general/presidential/parliamentary/legislative/local election/elections/polls/vote
143 | verb | stay away from [the] [general/presidential/parliamentary/legislative/local] election/elections/poll/polls/vote/ballot/referendum/run-off/runoff
143 | verb | stay away from [the] polling stations/booths
143 | verb | pull out of [the] [presidential/parliamentary] run-off/runoff/election/elections/vote/poll/polls
143 | verb | withdraw from [the] [presidential/parliamentary] run-off/runoff/election/elections/vote/poll/polls in protest
143 | verb | walk out of [the] parliament/session/chamber/assembly
143 | noun | consumer boycott of

# ---- 144 Obstruct passage, block
144 | verb | sit down on [the] road/roads/motorway/motorways/highway/highways/street/streets/tracks/tarmac/runway
144 | verb | sit down in [the] road/roads/street/streets
144 | verb | sit down in [the] middle of [the] road/street/motorway/highway
144 | verb | glue themselves to [the] road/roads/tarmac/street/streets/motorway/runway
144 | verb | chain themselves to [the] gates/railings/fence/bulldozers/machinery/equipment/trees/doors
144 | verb | chain themselves to [the] construction/mining/drilling equipment/machinery/vehicles
144 | verb | lie down on [the] road/roads/motorway/highway/tracks/runway
144 | verb | block/blockade [a/the] [main/major/key/busy] intersection/intersections/junction/junctions/crossroads/roundabout/roundabouts/square/thoroughfare/thoroughfares
144 | verb | blockade [the] bridge/bridges/tunnel/tunnels/refinery/refineries/depots/mine/mines/plant/factory/campus/university/highway/highways/motorway/motorways/road/roads
144 | verb | erect/build [a] barricade/barricades
144 | verb | throw up barricades/roadblocks
144 | verb | take over [their/the] schools/school/universities/university/campus/campuses/faculties
144 | verb | occupy [a/the] schools/school/universities/university/campus/campuses/faculty/faculties/square/squares
144 | verb | occupy [the] legislature/parliament/congress/assembly/senate
144 | verb | occupy [the] main road/roads/highway/highways/streets/intersection/intersections
144 | verb | occupy [the] city's/capital's main roads/streets/squares/intersections
144 | verb | stage [a] sit-in blocking
144 | verb | encircle/surround [the] parliament/legislature/congress/ministry/assembly/senate
144 | verb | shut down [the] tollgate
144 | verb | shut down [the] [Lekki] toll gate/plaza
144 | verb | paralyse/paralyze [the] traffic/roads/centre/center
144 | verb | bring traffic to [a] standstill/halt
144 | verb | blockade/block/barricade [the] entrance/entrances/gates/gate to
144 | verb | blockade/block/barricade [the] entrance/entrances/gates/gate of
144 | verb | prevent lawmakers/legislators/MPs/deputies/ministers from entering
144 | verb | block lawmakers/legislators/MPs/deputies/ministers from entering
144 | verb | seize [the] city/town hall
144 | noun | blockade of [the] roads/highway/highways/bridge/border crossing/intersection by
144 | noun | road blockade/blockades
144 | noun | road blockades by

# ---- 145 Protest violently, riot: objects that make burning and smashing a riot, not plain destruction
145 | verb | torch/burn/firebomb [a/the] metro/subway/train/railway/bus/petrol/gas/police stations/station
145 | verb | set fire to [a/the] metro/subway/train/railway/bus/petrol/gas/police stations/station
145 | verb | torch/burn/firebomb banks/shops/stores/supermarkets/buses/cars/vehicles/tyres/tires/barricades
145 | verb | set fire to banks/shops/stores/supermarkets/buses/cars/vehicles/tyres/tires/barricades
145 | verb | set banks/shops/stores/supermarkets/buses/cars/vehicles/tyres/tires on fire
145 | verb | set banks/shops/stores/supermarkets/buses/cars/vehicles/tyres/tires/stations ablaze/alight
145 | verb | torch/burn/firebomb [the] [ruling] party/government/state/municipal/regional offices/office/headquarters/buildings/building/ministries/ministry
145 | verb | set fire to [the] [ruling] party/government/state/municipal/regional offices/office/headquarters/buildings/building/ministries/ministry
145 | verb | set [the] [ruling] party/government/state/municipal/regional offices/office/headquarters/buildings/building/ministries ablaze/alight
145 | verb | set [the] [ruling] party/government/state/municipal/regional offices/office/headquarters/buildings/building/ministries on fire
145 | verb | set fire to [the] state broadcaster's/broadcaster/television/TV headquarters/building/station/offices
145 | verb | set fire to [the] parliament/legislature/congress/comptroller's/prosecutor's/tax/customs office/offices/building
145 | verb | set fire to [the] homes/houses/residences of [ruling] [party] politicians/lawmakers/ministers/officials/MPs
145 | verb | torch/burn [the] homes/houses/residences of [ruling] [party] politicians/lawmakers/ministers/officials/MPs
145 | verb | set part of _ ablaze/alight
145 | verb | burn [the] _ consulate/embassy
145 | verb | burn [a] police precinct/station/post
145 | verb | burn shops/cars/vehicles/tyres/tires/barricades
145 | verb | vandalise/vandalize/ransack/trash [the] parliament/legislature/assembly/senate/congress/chamber
145 | verb | vandalise/vandalize/ransack/trash [the] legislative chamber/building/council
145 | verb | smash [shop/bank/store] windows
145 | verb | smash shopfronts/storefronts
145 | verb | smash shop fronts/windows
145 | verb | overturn vehicles/cars/buses
145 | verb | overturn/torch/burn police cars/vans/vehicles
145 | verb | hurl/throw/lob petrol/gasoline bombs at
145 | verb | hurl/throw/lob molotov cocktails at
145 | verb | hurl/throw/lob firebombs/rocks/stones/bottles/fireworks/bricks at
145 | verb | pelt _ with stones/rocks/bottles/bricks
145 | verb | pelt _ with petrol bombs
145 | verb | battle riot police
145 | verb | rampage through [the] streets/city/capital/centre/center/town
145 | verb | riot over/against
145 | verb | loot and burn/torch
145 | verb | loot shops/stores/businesses/supermarkets/warehouses/malls
145 | verb | ransack [the] shops/stores/businesses/offices/headquarters/homes/malls/supermarkets
145 | verb | ransack [the] shopping malls/centres/centers
145 | verb | attack [a] hotel/hotels/hostel/hostels housing asylum seekers
145 | verb | attack [a] hotel/hotels/hostel/hostels housing migrants/refugees
145 | verb | storm [the] congress/legislature/parliament/assembly/ministries
145 | verb | force [their] way into [the] parliament/legislature/congress/ministry
145 | noun | riots in
145 | noun | riot by

# ---- 150 Demonstrate military or police power: flights, tests, parades, cyber forces
# (CAMEO's 155, cyber forces, is not in cameo.lex; setting up or enlarging cyber units codes 150)
150 | verb | fly near/close to _ airspace
150 | verb | fly near/close to [the] airspace of
150 | verb | fly off _ coast
150 | verb | fly off [the] coast of
150 | verb | fly into _ air defence/defense identification zone
150 | verb | fly/send [a] [record] [military] aircraft/warplanes/jets/planes/bombers/drones/fighters into _ air defence/defense identification zone
150 | verb | enter _ air defence/defense identification zone
150 | verb | test/test-fire [an] anti-satellite missile/weapon
150 | verb | conduct [an] anti-satellite missile/weapon test
150 | verb | carry out [an] anti-satellite missile/weapon test
150 | verb | parade [its] newest/new/latest/advanced [nuclear/ballistic/intercontinental/hypersonic] missiles/weapons/rockets
150 | verb | parade [its] nuclear/ballistic/intercontinental/hypersonic missiles
150 | verb | show off [its] newest/new/latest [nuclear/ballistic] missiles/weapons/arsenal
150 | verb | set up [a] [new] cyber command/army/force/corps/unit/units/troops
150 | verb | create/establish/form/launch/activate [a] [new] cyber command/army/force/corps/unit/units/troops
150 | verb | create/establish/form/launch/activate/set [up] [a] [new] cyber warfare unit/units/command/troops/force
150 | verb | set up [a] [new] information warfare/operations troops/unit/units/force/command
150 | verb | create/establish/form [a] [new] information warfare/operations troops/unit/units/force/command
150 | verb | create information warfare troops
150 | verb | recruit/enlist [thousands] [of] [volunteer] hackers
150 | verb | enlist [volunteer] hackers into [an] IT army
150 | verb | expand/boost/bolster [its] cyber forces/troops/units/command/capabilities

# ---- 151 Increase police alert status
151 | verb | raise [its] terror/terrorism/security/threat alert level to high/critical/severe/maximum
151 | verb | raise [its] terror/terrorism/threat level to four/five/high/critical/severe/maximum/red
151 | verb | intensify/tighten/boost security checks/checkpoints/screening/controls
151 | verb | step up security checks/checkpoints/screening/controls
151 | verb | tighten/increase/boost/heighten security around/at/in/across
151 | verb | tighten/heighten/increase/boost security measures
151 | verb | step/ramp up security measures
151 | verb | put police on [high/full/maximum/heightened/red] alert
151 | verb | place police on [high/full/maximum/heightened/red] alert
151 | verb | put/place [the] gendarmerie on [a/the] [high/full/maximum/heightened/red] alert
151 | verb | put/place [the] security services/forces on [a/the] [high/full/maximum/heightened/red] alert
151 | verb | raise [the] alert level for police/security forces

# ---- 152 Increase military alert status
152 | verb | put/place _ on [a] high/full/maximum/heightened/highest/combat/red alert
152 | verb | put/place _ on [full/high/maximum] combat readiness
152 | verb | put/place _ on full/high/maximum readiness
152 | verb | order [its] [frontline/front-line] units/troops/forces/army to [full/high] combat readiness
152 | verb | order troops to combat readiness
152 | verb | order troops in _ to combat readiness
152 | verb | raise/increase/heighten [its] combat readiness
152 | verb | raise/increase/heighten [its] military readiness
152 | verb | raise _ to DEFCON
152 | verb | raise [the] DEFCON level
152 | verb | order/conduct/launch/hold [a] snap combat readiness check/checks/inspection/inspections/drill/drills
152 | verb | order [a] snap readiness check/checks
152 | verb | put/place _ on special alert
152 | verb | order _ on/onto/to special/high/full/combat alert
152 | noun | combat alert in

# ---- 153 Mobilize or increase police power
153 | verb | deploy [tens/hundreds/thousands] [of] [riot/armed/paramilitary/extra] officers/policemen/gendarmes/troopers
153 | verb | deploy [tens/hundreds/thousands] [of] [riot/armed/extra] police officers
153 | verb | deploy [riot] police officers
153 | verb | deploy [tens/hundreds/thousands] [of] officers in riot gear
153 | verb | post/station [riot/armed/extra] police/policemen/officers/gendarmes
153 | verb | post large numbers of police/policemen/officers
153 | verb | deploy large numbers of [riot] police/policemen/officers
153 | verb | pour [tens/hundreds/thousands] [of] [riot] police/policemen/officers onto [the] streets
153 | verb | put [tens/hundreds/thousands] [of] [riot] police/policemen/officers onto/on [the] streets
153 | verb | rush/send/deploy/dispatch armed/paramilitary/riot police to/into _
153 | verb | rush/send/deploy/dispatch armed/paramilitary/riot police
153 | verb | deploy paramilitary forces/troops/units/police
153 | verb | send/deploy/dispatch [thousands/hundreds] [of] police/policemen/gendarmes to/into _
153 | verb | put [extra/additional] police/officers/policemen on standby
153 | verb | put [thousands/hundreds] [of] [extra/additional] police/officers/policemen on standby
153 | verb | place [extra/additional] police/officers/policemen on standby
153 | verb | put riot police/officers/units on standby
153 | verb | put police units/officers on standby
153 | verb | step up [its] patrols
153 | verb | increase/intensify/boost police patrols
153 | verb | beef up [the] police presence/numbers
153 | verb | bolster/boost/increase/strengthen [the] police presence
153 | verb | flood [the] streets with [riot] police/officers/policemen
153 | verb | call in [the] riot police
153 | verb | call out [the] riot police
153 | noun | deployment of [tens/hundreds/thousands] [of] [riot] police/policemen/officers

# ---- 154 Mobilize or increase armed forces
154 | verb | declare/announce/order [a] partial/general/full military mobilisation/mobilization
154 | verb | build up forces/troops/armour/armor along/near/on [the] border/frontier
154 | verb | build up forces/troops/armour/armor along/near/on [the] _ border/frontier
154 | verb | amass/mass [tens/hundreds/thousands] [of] troops/soldiers/forces/tanks near/along/on/at _
154 | verb | amass/mass troops/soldiers/forces/tanks
154 | verb | move [an] aircraft carrier closer to
154 | verb | move [a] carrier strike group closer to
154 | verb | reinforce [its] air defences/defenses
154 | verb | reinforce [its] air defence/defense systems/network
154 | verb | surge [tens/hundreds/thousands] [of] troops/soldiers/forces into/to _
154 | verb | surge troops/soldiers/forces
154 | verb | send [tens/hundreds/thousands] [of] [more/extra/additional] troops/soldiers to [the] border/frontier
154 | verb | send troops/soldiers to [the] border with _
154 | verb | rush troops/soldiers to [the] border with _
154 | verb | rush [tens/hundreds/thousands] [of] troops/soldiers/reinforcements/forces to _
154 | verb | deploy [tens/hundreds/thousands] [of] troops/soldiers/forces to/in/into _
154 | verb | deploy [the] army/military/troops/soldiers to/in/into _
154 | verb | call up reservists/conscripts/reserves
154 | verb | call up [tens/hundreds/thousands] [of] reservists/conscripts
154 | verb | conscript [tens/hundreds/thousands] [of] [young] men/soldiers/recruits
154 | verb | draft [tens/hundreds/thousands] [of] [young] men/soldiers/recruits/reservists
154 | verb | station [tens/hundreds/thousands] [of] troops/soldiers/battalions/brigade/brigades in _
154 | verb | beef up [its] military presence on/in/near/along
154 | verb | beef up [its] military/troops/forces/garrison/garrisons
154 | verb | strengthen/bolster/boost [its] garrison/garrisons
154 | verb | reinforce [its] garrison/garrisons
154 | verb | reinforce _ with [two/three/more] [army] brigades/battalions/divisions/troops
154 | verb | double [its] troop presence/numbers
154 | noun | troop buildup/build-up along/near/on
154 | noun | military build-up/buildup along/near/on
154 | noun | massing of troops near/along/on
154 | verb | station/deploy/mass [thousands] [of] soldiers/troops [and] [tanks] along [its] [disputed] frontier/border with _
144 | verb | enforce [a] [nationwide/countrywide/road/rail/transport] blockade
153 | verb | put/place [extra/additional] police officers on standby
153 | verb | put/place [thousands/hundreds] [of] [extra/additional] police officers on standby
154 | verb | surge [thousands/hundreds] [of] National Guard troops/soldiers/members into/to _

# ---- additions after the second sweep pass
145 | verb | torch/burn [hundreds/dozens/scores/thousands] [of] cars/vehicles/buses
145 | verb | set [a/the] petrol/gas/police/metro/subway/train/bus stations/station alight/ablaze
145 | verb | set [a/the] petrol/gas/police/metro/subway/train/bus stations/station on fire
150 | verb | begin/launch/start/stage/hold/conduct live-fire military/naval/air exercises/drills/manoeuvres/maneuvers
150 | verb | stage/hold [its] [annual] Victory Day [military] parade
150 | verb | unveil [a] [new/advanced] air defence/defense missile/radar system
150 | verb | unveil [a] new/advanced missile system
151 | verb | tighten security on/around/across/in
152 | verb | raise [its] military alert
152 | verb | raise [its] military alert level/status
154 | verb | beef up [its] navy/army/fleet/military
154 | verb | beef up [its] air force/defences/defenses
154 | verb | reinforce [its] forces/troops/garrison in _ with
141 | verb | stage/hold [a] solo/one-person/single-person picket/pickets
141 | verb | stage/hold solo/one-person/single-person pickets
141 | verb | come out onto/on/into [the] streets
141 | verb | hold/stage [an] unsanctioned/unauthorised/unauthorized/illegal/banned rally/rallies/protest/protests/march/marches/demonstration/demonstrations
143 | verb | strike work
143 | verb | hold/stage [a] nationwide/national day/days of strikes/strike
143 | verb | hold/stage [a] nationwide/national day/days of industrial/strike action
144 | verb | drive [their] tractors onto/on/into [the] motorways/motorway/highways/highway/roads/streets
145 | verb | set fire to [the] state/regional/provincial/local government/parliament offices/office/headquarters/building/buildings
145 | verb | set [the] state/regional/provincial/local government/parliament offices/office/headquarters/building/buildings ablaze/alight
145 | verb | set [the] state/regional/provincial/local government/parliament offices/office/headquarters/building/buildings on fire
150 | verb | begin/hold/stage/conduct/launch/start [tactical] nuclear weapons drills/exercises
150 | verb | stage/conduct naval/air drills
150 | verb | fire [short-range/long-range/ballistic] projectiles/rockets/missiles into [the] sea
150 | verb | surround/encircle _ with warships/ships/vessels/aircraft/jets/warplanes
153 | verb | mobilise/mobilize [thousands/hundreds] [of] [extra] officers/police/policemen
153 | verb | mass paramilitary/riot/armed police/policemen
154 | verb | move tanks and artillery/troops/armour/armor toward/towards/to
154 | verb | call up [two/three/several] reserve brigades/divisions/battalions/units
154 | verb | reintroduce/restore/reinstate [military] conscription
154 | verb | reintroduce/restore/reinstate compulsory military service

# ---- additions after the third sweep pass (nominal and support-verb forms)
141 | verb | hold/stage [a/an] first/second/third/fourth/fifth/sixth/seventh/eighth/ninth/tenth/11th/12th/13th/14th/15th day of protests/demonstrations/rallies/marches
143 | verb | hold/stage [a/an] first/second/third/fourth/fifth/sixth/seventh/eighth/ninth/tenth/11th/12th/13th/14th/15th day of strikes/strike
143 | verb | hold/stage [a/an] first/second/third/fourth/fifth/sixth/seventh/eighth/ninth/tenth day of industrial/strike action
141 | verb | lead [a/the] huge/massive/large/big/giant/nationwide/peaceful rally/march/demonstration/protest
141 | verb | organise/organize marches/rallies/demonstrations/protests
143 | verb | embark on [a/an] [indefinite/open-ended/nationwide/general/warning/all-out/fresh] strike
143 | verb | embark on [a/an] [indefinite/open-ended/nationwide/general/warning/all-out] industrial action
143 | verb | stage [mass] walkouts
143 | verb | stage [a] mass walkout
144 | verb | keep up [their] blockade/blockades/roadblocks/barricades/sit-in
144 | verb | maintain [their] blockade/blockades/roadblocks/barricades/sit-in
145 | verb | plunder warehouses/shops/stores/supermarkets/malls/businesses
150 | verb | test-launch/test-fire/launch [a/an] [new] [solid-fuel/solid-fuelled/solid-fueled] ICBM/ICBMs
150 | verb | launch/conduct/hold/stage [joint] combat readiness patrol/patrols
150 | verb | move/shift [additional] warships/destroyers/ships to
154 | verb | extend [compulsory] military service
154 | verb | extend [the] period of [compulsory] military service
145 | verb | vandalise/vandalize/ransack [the] prime minister's/president's residence/office/palace
145 | verb | vandalise/vandalize/ransack [the] presidential residence/office/palace
150 | verb | stage/conduct/hold naval/military/air/live-fire exercises/drills in [the] Baltic/Black/Mediterranean/Red/Arabian/Yellow/Caspian/Barents Sea
150 | verb | stage/conduct/hold exercises/drills in [the] Baltic/Black/Mediterranean/Red/Arabian/Yellow/Caspian/Barents Sea
150 | verb | carry out [naval/military/air/live-fire] exercises/drills in [the] Baltic/Black/Mediterranean/Red/Arabian/Yellow/Caspian/Barents Sea

# ---- additions after the fourth sweep pass
150 | verb | test/test-fire/launch [a] [new] hypersonic missile/missiles/weapon/weapons
150 | verb | test/launch [a] [new] hypersonic glide vehicle
151 | verb | tighten/boost/strengthen border controls/checks
151 | verb | step up border controls/checks
151 | verb | step up checks at [its/the] borders/border/airports/stations
152 | verb | put/place [its] air defences/defenses on alert
152 | verb | put/place [its] missile defence/defense units/systems/batteries on [high/full] alert
153 | verb | send/deploy/dispatch federal agents/officers to/into _
153 | verb | flood central/downtown _ with [riot] police/officers/policemen
153 | verb | flood [the] city/capital/centre/center with [riot] police/officers/policemen
154 | verb | boost/raise/increase [its] defence/defense budget/spending
154 | verb | expand [its] army/military
154 | verb | expand [its] armed forces
154 | verb | order thousands [of] [more] troops/soldiers/forces/reinforcements to _
143 | verb | stay/remain on strike
143 | verb | boycott [the] parliamentary/congressional/committee hearing/hearings
144 | verb | block [the] government/ministry/parliament buildings/building/offices
145 | verb | burn/torch/firebomb [police] patrol cars/vehicles/vans
142 | verb | remain/stay on [a/an] [open-ended/indefinite/mass] hunger strike
143 | verb | stage/hold [a] sick-out/sickout
143 | verb | begin/start/stage [a] work-to-rule/go-slow
152 | verb | ready [its] troops/forces/army/military/soldiers for combat/war
152 | verb | put/place _ in [a] state of [full/high/maximum] combat readiness/alert
152 | verb | put/place _ in [a] state of full/high/maximum readiness/alert
151 | verb | raise [the] national terrorism/terror threat/alert level
154 | verb | deploy [its] navy/fleet to/in _
