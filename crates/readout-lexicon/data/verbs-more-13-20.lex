# Additional verb and event-noun patterns for CAMEO roots 13-20 (threaten .. mass violence).
# Written for readout: idioms, support-verb constructions, possessive and adjective variants that the
# main verbs.lex does not reach. Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# 130 Threaten, not specified below
130 | verb | put _ on notice
130 | verb | serve notice on _
130 | verb | issue [a] veiled threat to/against _
130 | verb | make [a] veiled threat against _
130 | noun | veiled threat to/against _
130 | verb | vow to take [its] revenge on _
130 | verb | swear revenge on/against _
130 | verb | vow vengeance
130 | verb | vow retribution
130 | verb | threaten retribution
130 | verb | warn of retribution
130 | verb | promise retribution
130 | verb | promise to retaliate
130 | verb | pledge to retaliate
130 | verb | promise [a] crushing/harsh/tough/strong/fitting/decisive/befitting/appropriate/swift/firm/painful response
130 | verb | vow [a] fitting/befitting/appropriate/swift/firm/resolute/forceful/severe/painful/devastating/proportionate response
130 | verb | warn of [a] fitting/befitting/swift/firm/resolute/forceful/severe/painful/devastating/harsh/crushing/decisive response
130 | verb | threaten [a] fitting/befitting/swift/firm/resolute/forceful/severe/painful/devastating/crushing/decisive response

# 131 Threaten non-force, not specified below
131 | verb | threaten to pull [the] plug on [the] deal/agreement/project
131 | verb | threaten to tear up [the] agreement/accord/treaty/contract

# 1311 Threaten to reduce or stop aid
1311 | verb | threaten to pull [its] funding
1311 | verb | threaten to pull [its] aid
1311 | verb | threaten to slash aid/funding/assistance
1311 | verb | threaten to reduce aid/funding/assistance
1311 | verb | threaten to cut its aid/funding/assistance to _
1311 | verb | warn [that] it/they/he/she/we will/would cut aid/funding/assistance to _

# 1312 Threaten to boycott, embargo, or sanction
1312 | verb | warn of [new/further/tougher/more/fresh] sanctions
1312 | verb | warn _ of [new/further/tougher/more/fresh] sanctions
1312 | verb | raise [the] prospect of [new/further/tougher] sanctions
1312 | verb | hold out [the] threat of sanctions
1312 | verb | brandish [the] threat of sanctions
1312 | verb | wield [the] threat of sanctions
1312 | verb | threaten to hit _ with tariffs/sanctions
1312 | verb | threaten to impose steep/hefty/sweeping/crippling/punitive/retaliatory tariffs on _
1312 | verb | threaten to impose crippling/sweeping/tough/harsh sanctions on _
1312 | verb | threaten to cut _ off from SWIFT

# 1313 Threaten to reduce or break relations
1313 | verb | threaten to kick out _ diplomats
1313 | verb | threaten to kick out [the] ambassador
1313 | verb | threaten to withdraw [its] ambassador/envoy
1313 | verb | threaten to shut [its] embassy
1313 | verb | threaten to declare _ persona non grata
1313 | verb | threaten to end [diplomatic] relations/ties with _
1313 | verb | threaten to freeze [diplomatic] relations/ties with _

# 132 Threaten with administrative sanctions, not specified below
132 | verb | threaten _ with [a] fine/fines

# 1321 Threaten to impose restrictions on political freedoms
1321 | verb | threaten to block Twitter/Facebook/YouTube/WhatsApp/Telegram/Instagram/TikTok
1321 | verb | threaten to ban [the] newspaper/broadcaster/channel

# 133 Threaten political dissent, protest
133 | verb | threaten [a] general/nationwide/national/indefinite strike
133 | verb | threaten strike/industrial action
133 | verb | threaten [mass/nationwide/fresh] protests
133 | verb | threaten [a] boycott of [the] election/elections/vote/polls
133 | verb | warn of [a] general/nationwide/national/indefinite strike
133 | verb | threaten to stay away from [the] polls

# 134 Threaten to halt negotiations
134 | verb | threaten to pull [the] plug on [the] talks/negotiations
134 | verb | threaten to put [the] talks/negotiations on hold

# 137 Threaten with violent repression
137 | verb | threaten to use live fire/rounds against
137 | verb | threaten to use lethal force against
137 | verb | threaten to shoot protesters/demonstrators/looters/rioters
137 | verb | threaten to shoot _ on sight
137 | verb | issue [a] shoot-on-sight order/orders
137 | verb | issue shoot-on-sight orders
137 | verb | threaten [a] harsh/brutal/severe/tough crackdown on
137 | verb | warn of [a] harsh/brutal/severe/tough crackdown on
137 | verb | warn protesters/demonstrators of [a] crackdown

# 138 Threaten to use military force, not specified below
138 | verb | raise [the] spectre/specter of war
138 | verb | raise [the] spectre/specter of military action/intervention
138 | verb | raise [the] prospect of military action/intervention
138 | verb | raise [the] prospect of [a] military strike
138 | verb | threaten fire and fury
138 | verb | warn of fire and fury
138 | verb | threaten _ with fire and fury
138 | verb | stand ready to use force against _
138 | verb | signal [its] readiness to use force
138 | verb | stand ready to intervene militarily

# 1384 Threaten conventional attack
1384 | verb | threaten to bomb _ back to [the] Stone Age
1384 | verb | vow to bomb _ back to [the] Stone Age
1384 | verb | threaten to rain fire on _
1384 | verb | threaten to rain missiles/rockets/bombs on _
1384 | verb | vow to rain fire on _
1384 | verb | warn of [a] pre-emptive/preemptive strike
1384 | verb | warn _ of [a] pre-emptive/preemptive strike

# 1385 Threaten attack with WMD
1385 | verb | vow to wipe _ off [the] map
1385 | verb | vow to turn _ into [a] sea of fire
1385 | verb | vow to reduce _ to ashes
1385 | verb | threaten nuclear Armageddon
1385 | verb | warn of [a] nuclear Armageddon
1385 | verb | hint at [the] use of nuclear weapons
1385 | verb | hint at using nuclear weapons
1385 | verb | raise [the] spectre/specter of nuclear war
1385 | verb | brandish [the] nuclear threat
1385 | verb | threaten to use its nuclear weapons/arsenal

# 139 Give ultimatum
139 | verb | give _ [a] last/final chance to
139 | verb | give _ one last chance to
139 | verb | issue [a] final ultimatum to _
139 | verb | give _ [a] final ultimatum
139 | verb | set [a] final deadline for _
139 | noun | final ultimatum to _
139 | noun | ultimatum demanding

# 140 Engage in political dissent, not specified below
140 | verb | defy [the] ban on protests/rallies/demonstrations/gatherings

# 141 Demonstrate or rally
141 | verb | defy [a/the] protest ban
141 | verb | hit [the] streets
141 | verb | pour onto [the] streets
141 | verb | spill onto [the] streets
141 | verb | march through [the] centre/center of
141 | verb | march towards/toward [the] parliament
141 | verb | march towards/toward [the] presidential palace
141 | verb | march on [the] presidential palace
141 | verb | march on [the] ministry
141 | verb | march on [the] office/offices/headquarters of
141 | verb | mass outside
141 | verb | mass in front of
141 | verb | stage/hold [a] protest march
141 | verb | stage [a] demo
141 | verb | stage/hold [a] die-in
141 | verb | stage/hold [a] street protest
141 | verb | stage/hold street protests
141 | verb | stage/hold [a] day of rage
141 | verb | stage/hold [a] mass/massive/large/huge/fresh/nationwide/angry/noisy/peaceful demonstration/demonstrations/protest/protests/march/marches
141 | verb | organise/organize [a] mass/massive/large/huge/fresh/nationwide/peaceful demonstration/demonstrations/protest/protests/march/marches
141 | verb | bang pots and pans
141 | noun | protest march against/on/to
141 | noun | mass protest against

# 1411 Demonstrate for leadership change
1411 | verb | protest/demonstrate/rally/march calling for [the] resignation/ouster/removal/downfall/impeachment of
1411 | verb | protest/demonstrate/rally/march calling for his/her/their resignation
1411 | verb | march demanding [the] resignation/ouster/removal/downfall/impeachment of
1411 | verb | march to demand [the] resignation/ouster/removal/downfall/impeachment of
1411 | verb | chant slogans demanding [the] resignation/ouster/removal/downfall of
1411 | verb | chant slogans calling for [the] resignation/ouster/removal/downfall of

# 1412 Demonstrate for policy change
1412 | verb | protest/demonstrate/rally/march calling for [the] repeal/scrapping/withdrawal/cancellation of
1412 | verb | protest/demonstrate/rally/march calling for [an] end to [the] war/occupation/blockade/austerity
1412 | verb | protest/demonstrate/rally/march calling for [a] ceasefire/cease-fire

# 1414 Demonstrate for change in institutions, regime
1414 | verb | protest/demonstrate/rally/march calling for democracy/independence/autonomy/self-determination
1414 | verb | protest/demonstrate/rally/march calling for [a] return to civilian rule

# 142 Conduct hunger strike, not specified below
142 | verb | go on [a] fast unto death
142 | verb | begin/start/launch/stage [a] fast unto death
142 | verb | begin/start/launch/stage [a] fast-unto-death
142 | verb | refuse [all] meals
142 | verb | refuse to take food
142 | verb | stage [a] token hunger strike
142 | verb | go on [an] indefinite hunger strike
142 | verb | begin/start/launch/declare [an] indefinite hunger strike

# 143 Conduct strike or boycott, not specified below
143 | verb | boycott [the] presidential/parliamentary/general/local/legislative/municipal/regional/provincial/snap/upcoming/national election/elections/vote/polls
143 | verb | boycott [the] runoff/run-off/ballot/census/summit/hearing/hearings/proceedings/sitting
143 | verb | boycott classes/lectures/exams
143 | verb | boycott [the] courts
143 | verb | stay away from [the] polls
143 | verb | stay away from [the] ballot box/boxes
143 | verb | call in sick en masse
143 | verb | stage/hold/call/declare [an] indefinite/rolling/open-ended/wildcat/warning/token/solidarity/sympathy strike
143 | verb | go on [an] indefinite/open-ended/rolling/wildcat/sympathy/solidarity/token/warning strike
143 | verb | begin/start/launch [an] indefinite/open-ended/wildcat strike
143 | verb | go on [a] go-slow
143 | verb | hold [a] go-slow
143 | verb | strike over unpaid wages/salaries/pay
143 | verb | strike over pensions
143 | verb | strike for higher/better pay/wages
143 | verb | observe [a] hartal
143 | verb | call [a] hartal
143 | verb | enforce [a] hartal
143 | verb | observe [a] bandh
143 | verb | call [a] bandh
143 | verb | observe [a] shutdown
143 | verb | observe [a] complete shutdown
143 | verb | call [a] shutdown
143 | verb | down shutters
143 | verb | keep [their] shops shut/closed
143 | verb | shutter [their] shops
143 | verb | close [their] businesses in protest
143 | noun | strike action by
143 | noun | industrial action by
143 | noun | election boycott by
143 | noun | go-slow by
143 | noun | indefinite strike by

# 144 Obstruct passage, block
144 | verb | block [the] main/national/major/key/busy highway/highways/road/roads/motorway/expressway
144 | verb | block [the] border crossings
144 | verb | blockade [the] border crossing/crossings
144 | verb | block [the] railway/rail/train tracks
144 | verb | block [the] tracks
144 | verb | barricade themselves inside/in
144 | verb | occupy [the] headquarters of
144 | verb | occupy [the] premises of
144 | verb | occupy [the] factory
144 | verb | stage [a] sit-down protest
144 | verb | sit down on [the] road
144 | verb | camp out outside
144 | verb | camp out in front of
144 | verb | pitch tents in front of
144 | verb | block/blockade/paralyse/paralyze [the] airport
144 | noun | sit-down protest outside/in

# 145 Protest violently, riot
145 | verb | torch [the] consulate
145 | verb | set fire to [the] consulate
145 | verb | burn down [the] consulate
145 | verb | torch [the] offices/office/headquarters of
145 | verb | set fire to [the] offices/office/headquarters of
145 | verb | torch [the] town/city hall
145 | verb | torch [the] courthouse
145 | verb | torch [the] _ consulate/embassy
145 | verb | set fire to [the] town/city hall
145 | verb | set fire to [the] courthouse
145 | verb | set fire to [the] _ consulate/embassy
145 | verb | torch police cars/vehicles
145 | verb | set fire to police cars/vehicles
145 | verb | scuffle with [the] police
145 | verb | scuffle with riot police
145 | verb | scuffle with [the] security forces
145 | verb | jostle with [the] police
145 | verb | tussle with [the] police
145 | verb | brawl with [the] police
145 | verb | clash with anti-riot police
145 | verb | clash with [the] gendarmes
145 | verb | pelt _ with rocks/bottles/bricks/projectiles/fireworks
145 | verb | hurl/throw/lob bricks at
145 | verb | hurl/throw/lob fireworks/firecrackers at
145 | verb | lob stones/rocks at
145 | verb | lob petrol bombs at
145 | verb | hurl/throw/lob [a] petrol bomb/firebomb at
145 | verb | hurl/throw/lob [a] Molotov cocktail at
145 | verb | fire fireworks at [the] police
145 | verb | overturn cars/vehicles
145 | verb | overturn police cars/vehicles
145 | verb | go on [a] looting spree
145 | verb | break through police lines/cordons/barricades
145 | verb | break through [the] police cordon
145 | verb | breach [the] police cordon/lines/barricades
145 | verb | ram [the] gates of
145 | verb | break into [the] consulate/compound/building/palace/ministry
145 | verb | break into [the] offices/headquarters of
145 | verb | force [their] way into [the] parliament/embassy/consulate/compound/building/palace

# 150 Demonstrate military or police power, not specified below
150 | verb | conduct/stage naval exercises
150 | verb | stage naval drills
150 | verb | conduct/stage/hold amphibious drills/exercises
150 | verb | conduct/stage/hold amphibious landing drills/exercises
150 | verb | conduct/hold air drills
150 | verb | conduct/stage/hold air exercises
150 | verb | conduct/stage/hold missile drills/exercises
150 | verb | conduct/stage/hold artillery drills/exercises
150 | verb | conduct/stage/hold massive/major/fresh/new/extensive/large military/naval drills/exercises
150 | verb | conduct/stage/hold [a] strategic nuclear exercise/exercises/drill/drills
150 | verb | simulate [an] attack on
150 | verb | rehearse [an] attack on
150 | verb | simulate [a] blockade of
150 | verb | rehearse [a] blockade of
150 | verb | practise/practice strikes on
150 | verb | fly warplanes/jets/aircraft/bombers into _ air defence/defense [identification] zone
150 | verb | send warplanes/jets/aircraft/bombers into _ air defence/defense [identification] zone
150 | verb | enter _ air defence/defense [identification] zone
150 | verb | intrude into _ airspace
150 | verb | breach _ airspace
150 | verb | sail [a] destroyer/destroyers/carrier/frigate through
150 | verb | send/dispatch [a] carrier strike group to
150 | verb | send/dispatch [a] destroyer/destroyers/frigate/frigates to
150 | verb | send/dispatch [a] nuclear-powered submarine to
150 | verb | send/fly B-52 bombers to/over
150 | verb | send/fly strategic/nuclear-capable bombers to/over
150 | verb | shadow [a] _ warship/warships/destroyer/vessel
150 | verb | make [an] unsafe intercept of
150 | verb | carry out [an] unsafe intercept of
150 | verb | lock [its] fire-control radar on/onto _
150 | verb | direct [its] fire-control radar at _
150 | verb | fire flares near/at
150 | verb | fire [a] ballistic missile over _
150 | verb | launch [a] ballistic missile over _
150 | verb | fire [a] missile over _
150 | verb | fire short-range/long-range/cruise/ballistic/intercontinental/hypersonic missiles into [the] sea
150 | verb | fire [a] short-range/long-range/cruise/intercontinental/hypersonic missile into [the] sea
150 | verb | fire artillery shells/rounds into [the] sea
150 | verb | fire artillery into [the] sea
150 | verb | fire artillery shells/rounds into [the] buffer zone
150 | verb | parade [its] new/latest/nuclear-capable/intercontinental missiles/weapons/ICBMs/tanks/drones
150 | verb | show off [its] new/latest/nuclear-capable/intercontinental missiles/weapons/ICBMs/tanks/drones
150 | verb | show off [its] military hardware/might
150 | verb | stage/hold [a] massive/huge/grand/large military parade
150 | noun | war games near/around/off
150 | noun | naval drill near/around/off
150 | noun | live-fire drill near/around/off
150 | noun | live-fire exercise near/around/off

# 151 Increase police alert status
151 | verb | put/place police on maximum/highest/red/heightened/full alert
151 | verb | put/place [the] police on maximum/highest/red/heightened/full alert
151 | verb | put/place security forces on maximum/highest/red/heightened/full alert
151 | verb | raise [the] national threat level
151 | verb | raise [the] security threat level
151 | verb | heighten security measures
151 | verb | ramp up security measures

# 152 Increase military alert status
152 | verb | put/place its army/military/forces/troops/navy on [a] war footing
152 | verb | put/place its armed forces on [a] war footing
152 | verb | put/place [its] troops/forces/army/military on maximum/highest/heightened/red/top alert
152 | verb | put/place [its] missile defences/defenses on [high] alert
152 | verb | put/place [its] forces/troops/army on [a] state of readiness
152 | verb | put/place [its] forces/troops/army on combat readiness
152 | verb | put/place [its] forces/army/soldiers/paratroopers/units on standby
152 | verb | order/conduct/launch snap combat readiness checks/inspections
152 | verb | order [a] surprise combat readiness check
152 | verb | order [its] troops/army/military/forces on [high] alert
152 | verb | declare [a] state of war readiness

# 153 Mobilize or increase police power
153 | verb | deploy in force
153 | verb | deploy [a] heavy police presence
153 | verb | mount [a] heavy police presence
153 | verb | draft in [extra/additional] police
153 | verb | draft in police reinforcements
153 | verb | send/rush police reinforcements to
153 | verb | bring in [extra/additional] police
153 | verb | send [extra/additional] police/officers to
153 | verb | deploy [extra/additional] officers
153 | verb | mobilise/mobilize [riot] police officers
153 | verb | mobilise/mobilize security forces
153 | verb | flood [the] streets with security forces
153 | verb | intensify [police] patrols
153 | verb | beef up police patrols
153 | noun | police reinforcements to

# 154 Mobilize or increase armed forces
154 | verb | call up [its] reservists/conscripts
154 | verb | call out [the] army/troops/military
154 | verb | bring in [the] army
154 | verb | announce/declare/order [a] full/total/military/nationwide mobilisation/mobilization
154 | verb | send/dispatch/rush additional/extra/fresh troops/soldiers/forces
154 | verb | deploy additional/extra/fresh soldiers/forces
154 | verb | deploy/send/dispatch soldiers/paratroopers/marines/commandos
154 | verb | send special forces
154 | verb | redeploy troops/forces/soldiers
154 | verb | move tanks/armour/armor/artillery/missiles toward/towards/to
154 | verb | move [its] troops/forces toward/towards
154 | verb | pour troops into
154 | verb | surge troops to/into
154 | verb | boost/increase/bolster/expand/double/strengthen [its] troop presence
154 | verb | strengthen [its] military presence
154 | verb | ramp up [its] military presence
154 | verb | step up [its] military presence
154 | verb | increase/boost [its] troop numbers/levels
154 | verb | garrison troops in
154 | verb | bolster/reinforce/strengthen [its] eastern flank
154 | verb | bolster/reinforce/strengthen [its] border defences/defenses
154 | noun | call-up of
154 | noun | troop surge in/to
154 | noun | military buildup near/along/on/in/around
154 | noun | military build-up near/along/on/in/around
154 | noun | troop deployment to/in/near
154 | noun | deployment of additional troops

# 160 Reduce relations, not specified below
160 | verb | put [its] relations with _ on hold/ice
160 | verb | put [its] ties with _ on hold/ice
160 | verb | put relations/ties on ice

# 161 Reduce or break diplomatic relations
161 | verb | sever/cut/break/end/suspend/freeze/downgrade/rupture/terminate its [diplomatic] ties/relations with _
161 | verb | break/cut off its [diplomatic] ties/relations with _
161 | verb | sever/cut/break/end [its] [diplomatic] links with _
161 | verb | recall [its] ambassadors/envoys from _
161 | verb | recall [its] top diplomat from _
161 | verb | recall [its] charge d'affaires from _
161 | verb | withdraw [its] envoy/envoys/ambassadors from _
161 | verb | pull [its] envoy/ambassador out of
161 | verb | pull [its] envoy/ambassador from _
161 | verb | summon home [its] ambassador/envoy
161 | verb | call home [its] envoy
161 | verb | bring home [its] ambassador/envoy
161 | verb | close [its] consulate/consulates in _
161 | verb | shut [its] consulate in _
161 | verb | shut down [the] _ consulate/embassy
161 | verb | close [the] _ consulate/embassy
161 | verb | order [the] closure of [the] _ consulate/embassy
161 | verb | reduce [its] embassy staff in _
161 | verb | slash [its] embassy staff
161 | verb | order _ to cut [its] embassy staff
161 | verb | kick out _ diplomats/ambassador/envoy
161 | verb | throw out _ diplomats
161 | verb | order out _ diplomats
161 | noun | expulsion of _ diplomats
161 | noun | closure of [the] _ consulate/embassy
161 | noun | severance of [diplomatic] relations with _
161 | noun | suspension of [diplomatic] relations/ties with _
161 | noun | diplomatic rupture with _

# 162 Reduce or stop aid, not specified below
162 | verb | cut/slash/suspend/halt/freeze/withhold/reduce/end/stop/pause foreign/bilateral/direct/overseas aid/assistance to _
162 | verb | cut/slash/suspend/halt/freeze/withhold/reduce/end/stop/pause all aid/assistance/funding to _
162 | verb | cut/slash/suspend/halt/freeze/withhold/reduce/end/stop/pause its aid/assistance/funding to/for _
162 | noun | aid freeze on _
162 | noun | freeze on funding for/to _
162 | noun | suspension of assistance to _
162 | noun | aid cutoff to _

# 1621 Reduce or stop economic assistance
1621 | verb | withhold [a] loan tranche from _
1621 | verb | withhold [the] next tranche of
1621 | verb | suspend/halt/freeze [a] loan tranche to/for _
1621 | verb | suspend/freeze/halt its budget support to _

# 1622 Reduce or stop military assistance
1622 | verb | halt/suspend/freeze/stop/pause/restrict/curb arms sales/exports to _
1622 | verb | halt/suspend/freeze/stop/pause weapons sales/exports to _
1622 | verb | suspend/revoke arms export licences/licenses for _
1622 | verb | suspend/halt/freeze/end/cut military cooperation with _

# 1623 Reduce or stop humanitarian assistance
1623 | verb | suspend/halt/pause/stop/cut/freeze food deliveries/distributions/shipments/rations
1623 | verb | suspend/halt/pause/stop humanitarian deliveries/convoys/flights
1623 | verb | suspend/halt/stop/pause aid convoys/flights/shipments to
1623 | verb | halt/suspend [its] humanitarian work/activities/programmes/programs in
1623 | verb | halve/slash food rations

# 163 Impose embargo, boycott, or sanctions
163 | verb | tighten/expand/broaden export controls on _
163 | verb | impose/tighten/expand/broaden export restrictions on _
163 | verb | restrict/curb/ban chip/technology/semiconductor exports to _
163 | verb | impose [a] ban on exports to _
163 | verb | put _ on [the] entity list
163 | verb | suspend [the] trade preferences for/of _
163 | verb | revoke [the] trade preferences of _
163 | verb | strip _ of [its] trade preferences
163 | verb | revoke [the] most-favoured-nation/most-favored-nation status of _
163 | verb | strip _ of [its] most-favoured-nation/most-favored-nation status
163 | verb | impose countervailing duties on _
163 | verb | slap anti-dumping duties on _
163 | verb | slap duties on _
163 | verb | levy tariffs/duties on _
163 | verb | raise duties on _
163 | verb | impose [an] import ban on _
163 | verb | impose [an] export ban on _
163 | verb | suspend imports of/from _
163 | verb | halt imports of
163 | verb | ban _ imports
163 | verb | hit _ with tariffs
163 | verb | slap _ with sanctions/tariffs
163 | verb | hit _ with fresh/further/more/tough/tougher/sweeping/punitive/crippling sanctions
163 | verb | impose tough/tougher/crippling/harsh/harsher/severe/stringent/additional/broad/wide-ranging/sectoral/financial/personal sanctions on/against _
163 | verb | slap tough/tougher/crippling/harsh/additional/sweeping/punitive sanctions on _
163 | verb | broaden/widen sanctions on/against _
163 | verb | adopt/approve/agree/unveil/impose [a] [new] sanctions package against/on _
163 | verb | adopt/approve/agree/unveil/impose its sanctions package against/on _
163 | verb | freeze [the] foreign/overseas/personal assets of
163 | verb | freeze [the] central bank assets of
163 | verb | cut _ off from [the] global financial system
163 | verb | exclude _ from [the] global financial system
163 | verb | slap [an] embargo on _
163 | verb | slap [an] arms embargo on _
163 | verb | close [its] airspace to _ aircraft/flights/planes
163 | verb | ban _ aircraft/planes/flights from [its] airspace
163 | verb | close [its] ports to _ vessels
163 | noun | export controls on _
163 | noun | export restrictions on _
163 | noun | import ban on _
163 | noun | trade restrictions on _
163 | noun | sanctions targeting _
163 | noun | restrictions on exports to _

# 164 Halt negotiations
164 | verb | put [the] talks/negotiations on hold/ice
164 | verb | put [the] talks/negotiations with _ on hold/ice
164 | verb | pull [the] plug on [the] talks/negotiations
164 | verb | suspend [its] participation in [the] talks/negotiations
164 | verb | shelve [the] talks/negotiations
164 | verb | scrap [the] talks/negotiations
164 | verb | torpedo [the] talks/negotiations/dialogue
164 | verb | torpedo [the] peace talks/process
164 | verb | scuttle [the] talks/negotiations/dialogue
164 | verb | scuttle [the] peace talks/process
164 | verb | derail [the] talks/negotiations/dialogue
164 | verb | derail [the] peace talks/process
164 | verb | kill [the] talks/negotiations
164 | verb | sink [the] talks/negotiations

# 165 Halt mediation
165 | verb | withdraw from [its] role as mediator
165 | verb | pull out as mediator
165 | verb | step aside as mediator
165 | verb | bow out as mediator
165 | verb | end/suspend/quit/freeze/abandon [its] mediating role
165 | verb | end/suspend/quit/abandon [its] role as [a] mediator

# 166 Expel or withdraw, not specified below
166 | verb | ask _ to leave [the] country
166 | verb | tell _ to leave [the] country
166 | verb | order _ out of [the] country
166 | verb | expel [the] UN envoy/representative/rapporteur
166 | verb | expel [the] UN human rights team/office
166 | verb | expel [senior] UN officials/staff

# 1661 Expel or withdraw peacekeepers
1661 | verb | order [the] withdrawal of [the] [UN] peacekeepers
1661 | verb | order [the] withdrawal of [the] [UN] peacekeeping force/mission/troops
1661 | verb | order [the] peacekeepers out
1661 | verb | withdraw [its] contingent from
1661 | verb | pull [its] contingent out of
1661 | verb | withdraw [its] blue helmets
1661 | verb | expel [the] blue helmets

# 1662 Expel or withdraw inspectors, observers
1662 | verb | bar [the] [UN/IAEA] inspectors from
1662 | verb | bar [the] monitors/observers from
1662 | verb | deny access to [the] inspectors/monitors/observers
1662 | verb | deny entry to [the] inspectors/monitors/observers
1662 | verb | refuse entry to [the] inspectors/monitors/observers

# 1663 Expel or withdraw aid agencies
1663 | verb | suspend [the] work of [the] aid agencies/groups/organisations/organizations
1663 | verb | suspend [the] work of NGOs
1663 | verb | deregister aid groups/agencies/organisations/organizations/NGOs
1663 | verb | bar aid agencies/groups/workers from
1663 | verb | expel [the] humanitarian coordinator

# 170 Coerce, not specified below
170 | verb | target _ in [a] cyberattack/cyber-attack
170 | verb | target _ in [a] cyber attack
170 | verb | target _ with [a] cyberattack/cyber-attack
170 | verb | hit _ with [a] cyberattack/cyber-attack
170 | verb | launch [a] cyber-attack on/against
170 | verb | carry out [a] cyber-attack on/against
170 | verb | mount [a] cyberattack/cyber-attack on/against
170 | verb | mount [a] cyber attack on/against
170 | verb | launch [a] ransomware/denial-of-service/DDoS/hacking attack on/against
170 | verb | carry out [a] ransomware/denial-of-service/DDoS/hacking attack on/against
170 | verb | breach [the] networks/servers/systems of
170 | verb | breach [the] computer systems/networks of
170 | verb | infiltrate [the] computer networks/systems of
170 | verb | plant malware in/on
170 | verb | launch [a] cyber espionage campaign against
170 | noun | cyber-attack on/against
170 | noun | ransomware attack on/against
170 | noun | hacking attack on/against
170 | noun | denial-of-service attack on/against
170 | noun | DDoS attack on/against
170 | noun | cyberattack targeting _
170 | noun | hacking of

# 1712 Destroy property
1712 | verb | uproot olive trees
1712 | verb | uproot [the] olive trees of
1712 | verb | cut/chop down olive trees
1712 | verb | cut/chop down [the] olive trees of
1712 | verb | destroy [the] olive trees/groves

# 172 Impose administrative sanctions, not specified below
172 | verb | declare/designate/list/label/brand _ [an] extremist organisation/organization/group
172 | verb | ban _ as [an] extremist organisation/organization/group
172 | verb | ban _ as [a] terrorist organisation/organization/group

# 1721 Impose restrictions on political freedoms
1721 | verb | block/restrict access to Twitter/Facebook/YouTube/WhatsApp/Telegram/Instagram/TikTok/Wikipedia/Signal
1721 | verb | ban Twitter/Facebook/Instagram/WhatsApp/Telegram/YouTube/Wikipedia
1721 | verb | throttle Twitter/Facebook/YouTube/Telegram/WhatsApp/Instagram
1721 | verb | cut [off] mobile internet
1721 | verb | suspend mobile internet [services]
1721 | verb | shut down mobile internet [services]
1721 | verb | cut [off] phone lines/communications/telecommunications
1721 | verb | cut [off] mobile phone services/networks
1721 | verb | impose [a] communications blackout
1721 | verb | suspend internet services/access
1721 | verb | force _ off [the] air
1721 | verb | suspend [the] broadcasts of
1721 | verb | suspend [the] broadcasting licence/license of
1721 | verb | ban [the] broadcasts of
1721 | verb | shutter [the] newspaper/broadcaster/channel
1721 | verb | shutter [the] TV/radio/television station
1721 | verb | close down [the] newspaper/channel/station/broadcaster
1721 | verb | suspend [the] publication of
1721 | verb | suspend [the] newspaper
1721 | verb | bar/ban [foreign] journalists/reporters from
1721 | verb | deny visas to [foreign] journalists
1721 | verb | ban/suspend [all] political activity/activities
1721 | verb | ban [the] opposition/planned/proposed rally/march/protest/demonstration/gathering
1721 | verb | ban [the] Pride march/parade
1721 | verb | ban/prohibit/outlaw street protests/demonstrations/rallies/marches
1721 | verb | add _ to [the] foreign agents registry/register/list
1721 | verb | list _ as [a] foreign agent
1721 | noun | ban on [the] opposition rally/march/protest
1721 | noun | ban on political activity

# 1722 Ban political parties or politicians
1722 | verb | dissolve/ban/outlaw/suspend/deregister [the] main/largest/biggest/leading/principal opposition party/parties
1722 | verb | order [the] dissolution of [the] party
1722 | verb | order [the] dissolution of [the] opposition party
1722 | verb | declare [the] party unconstitutional
1722 | verb | strip _ of [its] parliamentary seat/mandate/seats
1722 | verb | expel _ from [the] legislature/assembly/senate/congress

# 1723 Impose curfew
1723 | verb | impose/declare/order/enforce/announce [an/a] overnight/night-time/nightly/weekend/total/strict/full/daytime/new/fresh/evening/military curfew
1723 | verb | order residents to stay indoors
1723 | noun | curfew across/over

# 1724 Impose state of emergency or martial law
1724 | verb | declare/impose [a] nationwide/countrywide/national/partial/fresh/new state of emergency
1724 | verb | declare [a] state of national emergency
1724 | verb | place/put _ under [a] state of emergency
1724 | verb | place/put _ under emergency rule
1724 | verb | invoke [the] emergency law/laws
1724 | verb | invoke martial law

# 173 Arrest, detain, or charge with legal action
173 | verb | haul _ in for questioning
173 | verb | bring _ in for questioning
173 | verb | take _ in for questioning
173 | verb | hold _ for questioning
173 | verb | throw _ in/into jail/prison
173 | verb | throw _ behind bars
173 | verb | put _ in jail/prison
173 | verb | remand _ in prison/detention/jail
173 | verb | hold _ incommunicado
173 | verb | hold _ in pretrial/pre-trial detention
173 | verb | place _ in pretrial/pre-trial detention
173 | verb | place/put _ in custody
173 | verb | extend [the] pretrial/pre-trial detention of
173 | verb | confine _ to [its] home
173 | verb | file/bring/level/lodge criminal charges against
173 | verb | level charges against
173 | verb | slap charges on
173 | verb | launch/initiate/start/open criminal proceedings against
173 | verb | launch [a] wave of arrests
173 | verb | conduct/make mass arrests
173 | verb | carry out mass arrests
173 | noun | jailing of
173 | noun | imprisonment of
173 | noun | incarceration of
173 | noun | criminal case against _
173 | noun | criminal proceedings against _

# 174 Expel or deport individuals
174 | verb | repatriate _ against [their] will
174 | verb | push back refugees/boats
174 | verb | push back asylum seekers
174 | verb | turn away refugees/migrants/boats
174 | verb | turn away asylum seekers
174 | verb | turn back boats
174 | verb | drive _ into exile

# 175 Use tactics of violent repression
175 | verb | break up [the] demonstration/demonstrations/gathering/march/sit-in/vigil/protests/rallies
175 | verb | disperse [the] demonstration/demonstrations/gathering/march/sit-in/vigil/protests/rallies/mob
175 | verb | fire live rounds at/into
175 | verb | fire live rounds
175 | verb | use live rounds against
175 | verb | fire birdshot/pellets/buckshot at
175 | verb | fire pellet guns at
175 | verb | fire stun grenades at
175 | verb | fire flash-bang grenades at
175 | verb | lob tear gas at
175 | verb | lob tear gas canisters at
175 | verb | lob teargas at
175 | verb | pepper-spray protesters/demonstrators
175 | verb | use pepper spray on/against
175 | verb | spray _ with pepper spray
175 | verb | turn water cannon on _
175 | verb | use water cannon against
175 | verb | use batons/clubs/truncheons against
175 | verb | baton-charge
175 | verb | baton-charge _
175 | verb | lathi-charge
175 | verb | lathi-charge _
175 | verb | charge at [the] protesters/demonstrators/crowd
175 | verb | kettle [the] protesters/demonstrators
175 | verb | put down [the] unrest/riots/demonstrations/strike/mutiny
175 | verb | suppress [the] riots/strike/mutiny
175 | verb | crush [the] strike/mutiny/unrest/riots
175 | verb | stamp out [the] protests/dissent/unrest/uprising/rebellion
175 | verb | snuff out [the] protests/dissent/uprising
175 | verb | clamp down on [the] protesters/protests/demonstrations/demonstrators/dissent
175 | verb | unleash [the] army/troops/police/militia on protesters/demonstrators
175 | verb | unleash [the] security forces on protesters/demonstrators
175 | verb | clear [the] protest site/sit-in/encampment
175 | verb | clear [the] protest camps
175 | verb | raid [the] protest camp/site/sit-in
175 | verb | storm [the] sit-in/encampment
175 | verb | storm [the] protest site
175 | verb | bulldoze [the] protest camp
175 | noun | violent dispersal of
175 | noun | dispersal of [the] demonstration/rally/crowd/march/gathering
175 | noun | use of force against protesters/demonstrators
175 | noun | use of live ammunition against
175 | noun | use of excessive force against
175 | noun | police brutality against
175 | noun | police violence against

# 180 Use unconventional violence, not specified below
180 | verb | go on [a] shooting/killing/stabbing spree
180 | verb | go on [a] shooting rampage
180 | verb | open fire indiscriminately on
180 | verb | open fire on [a] bus/market/wedding/funeral/congregation/school/church/mosque
180 | verb | open fire on villagers/pilgrims/mourners/tourists/churchgoers/commuters/bystanders
180 | verb | open fire on wedding guests
180 | verb | spray [the] crowd with bullets/gunfire
180 | verb | spray _ with bullets/gunfire
180 | verb | riddle _ with bullets
180 | verb | lob [a] grenade into
180 | verb | toss [a] grenade at/into
180 | verb | plough/plow [a] truck/car/van/vehicle into
180 | verb | ram [a] van into
180 | verb | drive [a] van into [the] crowd
180 | verb | kill unarmed/innocent civilians/villagers/people
180 | verb | attack [a] wedding [party]
180 | verb | attack [a] funeral
180 | verb | attack [a] refugee camp
180 | verb | attack [a] displacement camp
180 | verb | attack [a] camp for [the] displaced
180 | verb | shoot _ in [the] head
180 | noun | jihadist attack on/in
180 | noun | Islamist attack on/in
180 | noun | extremist attack on/in
180 | noun | shooting spree in/at
180 | noun | killing spree in
180 | noun | shooting attack on/in/at
180 | noun | gun attack on/in/at/against
180 | noun | grenade attack in/at

# 181 Abduct, hijack, or take hostage
181 | verb | take _ as hostage/hostages
181 | verb | seize _ as hostage/hostages
181 | verb | hold _ as hostage/hostages
181 | verb | hold _ in captivity
181 | verb | keep _ in captivity
181 | verb | hold _ prisoner
181 | verb | subject _ to enforced disappearance/disappearances
181 | verb | carry out enforced disappearances
181 | verb | commandeer [a] plane/aircraft/bus/ship/vessel/airliner
181 | noun | enforced disappearance of
181 | noun | forced disappearance of

# 182 Physically assault, not specified below
182 | verb | set upon _
182 | verb | attack _ with [a] hammer/axe/ax/crowbar
182 | verb | attack _ with axes/clubs/bats/batons/rocks/stones/rods/crowbars
182 | verb | assault _ with [a] hammer/axe/knife/machete
182 | verb | beat _ unconscious/senseless
182 | verb | bludgeon _
182 | verb | shoot and wound _
182 | verb | stab and wound _
182 | verb | inflict [serious] injuries on
182 | noun | physical assault on/against
182 | noun | stabbing attack on/in
182 | noun | machete attack on/in

# 1821 Sexually assault
1821 | verb | subject _ to rape
1821 | verb | commit sexual assault/assaults
1821 | verb | commit acts of sexual violence
1821 | verb | use sexual violence as [a] weapon
1821 | verb | use sexual violence as [a] weapon of war
1821 | verb | force _ into sexual slavery
1821 | verb | hold _ as sex slaves
1821 | verb | take _ as sex slaves
1821 | noun | sexual slavery of
1821 | noun | gang rape of

# 1822 Torture
1822 | verb | subject _ to waterboarding/beatings
1822 | verb | subject _ to sleep deprivation
1822 | verb | subject _ to mock executions
1822 | verb | subject _ to stress positions
1822 | verb | subject _ to inhumane/cruel/degrading treatment
1822 | verb | inflict torture on
1822 | verb | mistreat/ill-treat [the] prisoners/detainees/inmates/captives
1822 | verb | abuse [the] inmates/captives
1822 | verb | use electric shocks on
1822 | noun | mistreatment of prisoners/detainees/inmates
1822 | noun | abuse of inmates/captives

# 1823 Kill by physical assault
1823 | verb | kill _ in custody
1823 | verb | execute _ extrajudicially
1823 | verb | carry out [an] extrajudicial killing/execution
1823 | verb | carry out extrajudicial killings/executions
1823 | verb | commit extrajudicial killings
1823 | verb | carry out [the] execution of
1823 | verb | carry out executions
1823 | noun | extrajudicial killing of
1823 | noun | extrajudicial execution of
1823 | noun | summary execution of
1823 | noun | execution-style killing of

# 183 Conduct suicide, car, or other non-military bombing, not specified below
183 | verb | detonate/explode/plant [a] powerful/homemade/crude/remote-controlled/magnetic/sticky/pipe/time bomb
183 | verb | set off [a] powerful/homemade/crude/remote-controlled/magnetic/sticky/pipe/time bomb
183 | verb | attach [a] magnetic/sticky bomb to
183 | verb | hurl/throw [a] bomb at/into
183 | verb | plant [a] bomb under
183 | noun | pipe bomb attack on
183 | noun | bomb attack targeting

# 1831 Carry out suicide bombing
1831 | verb | detonate/trigger/explode its explosives/suicide/explosive vest/belt
1831 | verb | set off its explosives/suicide/explosive vest/belt
1831 | verb | detonate [an] explosives vest/belt
1831 | verb | set off [an] explosives vest/belt

# 1832 Carry out car bombing
1832 | verb | ram [an] explosives-laden car/truck/vehicle/boat into
1832 | verb | crash [an] explosives-laden car/truck/vehicle into
1832 | verb | drive [a] car bomb into

# 1833 Carry out roadside bombing
1833 | verb | bury [an] IED/IEDs/landmine/landmines/mines
1833 | verb | lay [an] IED/IEDs
1833 | verb | lay [a] roadside bomb
1833 | verb | lay roadside bombs
1833 | noun | IED strike on
1833 | noun | landmine attack on

# 184 Use as human shield
184 | verb | use children/women/villagers/patients/families/detainees as human shields
184 | verb | use children/women/villagers/patients/families/detainees as [a] human shield
184 | verb | hide among civilians/residents
184 | verb | hide among [the] civilian population
184 | verb | use hospitals/schools/mosques/homes as cover

# 185 Attempt to assassinate
185 | verb | survive [an] assassination attempt by _ | recipient
185 | verb | escape [an] assassination attempt by _ | recipient
185 | verb | survive [an] attempt on [its] life by _ | recipient
185 | verb | attempt/try/seek/plot to poison _
185 | verb | open fire on [the] motorcade/car/convoy of
185 | verb | ambush [the] motorcade/convoy of
185 | verb | target [the] motorcade/car/residence of
185 | verb | bomb [the] motorcade of
185 | verb | plant [a] bomb under [the] car of
185 | noun | assassination bid on/against
185 | noun | bid to assassinate _
185 | noun | bid to kill _
185 | noun | attempted murder of

# 186 Assassinate
186 | verb | carry out [the] assassination of
186 | verb | kill [a/the] top/senior commander/leader/official/member/figure of
186 | verb | gun down [a/the] mayor/governor/lawmaker/judge/prosecutor/candidate/politician/legislator/senator/minister
186 | verb | shoot dead [a/the] mayor/governor/lawmaker/judge/prosecutor/candidate/politician/legislator/senator/minister
186 | noun | killing of [a] top/senior commander/leader/official of

# 190 Use conventional military force, not specified below
190 | verb | come under attack from _ | recipient
190 | verb | come under [heavy] fire from _ | recipient
190 | verb | suffer [heavy] losses at [the] hands of _ | recipient
190 | verb | close in on [the] city/town/capital
190 | verb | flush out [the] militants/rebels/insurgents/fighters/jihadists/gunmen
190 | verb | flush _ out of
190 | verb | fire across [the] border into/at
190 | verb | fight pitched/fierce/heavy/bloody battles/battle with _
190 | noun | military action against _
190 | noun | raid into _

# 191 Impose blockade, restrict movement
191 | verb | cordon off
191 | verb | cordon off _
191 | verb | shut [the] border crossing/crossings/borders
191 | verb | close/shut/seal [the] borders to _
191 | verb | impose movement restrictions on
191 | verb | impose restrictions on [the] movement of
191 | verb | impose/enforce/declare [a] no-fly zone over
191 | verb | block humanitarian aid/access/deliveries to
191 | verb | block [the] delivery/entry of [humanitarian] aid
191 | verb | prevent aid from entering
191 | verb | deny humanitarian access to
191 | verb | obstruct [the] delivery of [humanitarian] aid
191 | verb | restrict [the] entry of aid into
191 | verb | starve _ into submission/surrender
191 | verb | surround [the] village/base/airport/camp/hospital/compound/district/garrison/port
191 | verb | put/place/keep/hold _ under siege
191 | noun | no-fly zone over

# 192 Occupy territory
192 | verb | come under [the] control of _ | recipient
192 | verb | fall under [the] control of _ | recipient
192 | verb | lose control of [the] town/city/village/base/airport/port/area/region to _ | recipient
192 | verb | wrest control of [the] town/city/village/area/region/territory/airport/base/border/port/province
192 | verb | wrest [the] city/town/village/region/territory/area from
192 | verb | regain control of [the] town/city/village/area/region/territory/airport/base/border/port/province
192 | verb | retake control of [the] town/city/village/area/region/territory/airport/base/border/port/province
192 | verb | reassert control over [the] town/city/village/area/region/territory/airport/base/border/port/province
192 | verb | establish control over [the] town/city/village/area/region/territory/airport/base/border/port/province
192 | verb | seize/capture/take/overrun [the/a] _ stronghold/bastion/base/positions/outpost/garrison
192 | verb | drive _ out of [the] city/town/village/stronghold
192 | verb | drive _ from [the] city/town/village/stronghold
192 | verb | push _ out of [the] city/town/village/stronghold
192 | verb | oust _ from [the] city/town/village/stronghold
192 | verb | expel _ from [the] city/town/village/stronghold
192 | verb | clear _ from [the] city/town/village
192 | verb | dislodge _ from
192 | verb | push deep/deeper/further into
192 | verb | advance deep/deeper/further into
192 | verb | drive deep/deeper into
192 | verb | penetrate deep/deeper into
192 | verb | press deeper into
192 | verb | reoccupy
192 | verb | reoccupy _
192 | verb | set up [a] buffer zone
192 | verb | carve out [a] buffer zone
192 | verb | create [a] buffer/security zone in/inside
192 | verb | establish [a] security zone in/inside
192 | noun | takeover of [the] town/village/region/province/base/airport
192 | noun | seizure of [the] airport/base/village/port/region/province/capital
192 | noun | recapture of
192 | noun | liberation of [the] city/town/village/region

# 193 Fight with small arms and light weapons
193 | verb | come under sniper fire from _ | recipient
193 | verb | come under [heavy] gunfire from _ | recipient
193 | verb | exchange/trade heavy/intense/sporadic/fierce/automatic fire/gunfire with _
193 | verb | engage _ in [a] firefight/gunfight/shootout
193 | verb | engage _ in [a] gun battle
193 | verb | engage in [a] shootout with
193 | verb | get into [a] gunfight/firefight/shootout with
193 | noun | small-arms fire on/at
193 | noun | machine-gun fire on/at

# 194 Fight with artillery and tanks
194 | verb | come under [heavy] shelling from _ | recipient
194 | verb | come under [heavy] artillery/mortar/rocket/tank fire from _ | recipient
194 | verb | come under [heavy] bombardment from _ | recipient
194 | verb | trade artillery/mortar/rocket/tank fire with _
194 | verb | exchange mortar/rocket/tank fire with _
194 | verb | pound _ with mortars/rockets/shells/shellfire/howitzers
194 | verb | pound _ with rocket/mortar fire
194 | verb | hit _ with mortars/shells/shellfire
194 | verb | hit _ with mortar/tank fire
194 | verb | target _ with mortars/shells
194 | verb | target _ with mortar/tank fire
194 | verb | fire mortar bombs at/into
194 | verb | lob mortar rounds/shells/bombs at/into
194 | verb | lob shells at/into
194 | verb | rain artillery/mortar shells on
194 | verb | rain mortars/rockets on
194 | verb | fire [a] volley of rockets/shells at
194 | verb | unleash [a] barrage of artillery/rockets/shells on/at
194 | verb | unleash [a] rocket barrage on/at
194 | verb | fire/launch [a] rocket barrage at/on
194 | verb | fire Katyusha/Qassam/homemade/short-range/long-range rockets at/into
194 | verb | fire anti-tank missiles at
194 | verb | fire [an] anti-tank missile at
194 | noun | rocket barrage on/at/against
194 | noun | mortar barrage on/at
194 | noun | artillery bombardment of
194 | noun | shellfire on

# 195 Employ aerial weapons
195 | verb | come under air attack from _ | recipient
195 | verb | come under drone/missile attack from _ | recipient
195 | verb | drop glide/guided/cluster/incendiary bombs on
195 | verb | drop cluster munitions on
195 | verb | drop [a] guided/glide bomb on
195 | verb | fire [a] cruise/ballistic/hypersonic/guided/air-to-surface/surface-to-surface/anti-ship missile at/into/on
195 | verb | launch [a] cruise/ballistic/hypersonic/guided/air-to-surface/surface-to-surface/anti-ship missile at/on
195 | verb | fire/launch [a] volley/salvo/barrage of missiles at/on/into
195 | verb | fire [cruise/ballistic/hypersonic/guided/air-to-surface/surface-to-surface/anti-ship] missiles at/into/on
195 | verb | launch [cruise/ballistic/hypersonic/guided/air-to-surface/surface-to-surface/anti-ship] missiles at/on
195 | verb | fire/launch [a] rocket/missile/drone at/into
195 | verb | launch [attack/kamikaze/suicide/explosive] drones at/into/on
194 | verb | fire [artillery/mortar/tank] rockets/shells/rounds/mortars/grenades at/into/on
194 | verb | lob [artillery/mortar/tank] rockets/shells/rounds/mortars/grenades at/into/on
195 | verb | launch [a] volley/salvo/barrage of drones at/on
195 | verb | launch/send [a] swarm of drones at/into
195 | verb | crash/slam/ram [a] drone into
195 | verb | pound/hit/attack/target/strike _ from [the] air
195 | verb | fly bombing sorties over/against
195 | noun | sortie against
195 | noun | air campaign against
195 | noun | aerial bombing of/on
195 | noun | air attack on/against
195 | noun | airstrike targeting _
195 | noun | missile strike targeting _
195 | noun | drone strike targeting _

# 196 Violate ceasefire
196 | verb | violate [the] humanitarian/fragile/UN-brokered/US-brokered/Russian-brokered/Egyptian-brokered/Qatari-brokered/shaky/temporary/unilateral/Easter/Christmas/Ramadan/Eid/holiday/week-old ceasefire/cease-fire/truce
196 | verb | break [the] humanitarian/fragile/UN-brokered/US-brokered/Russian-brokered/Egyptian-brokered/Qatari-brokered/shaky/temporary/unilateral/Easter/Christmas/Ramadan/Eid/holiday/week-old ceasefire/cease-fire/truce
196 | verb | breach [the] humanitarian/fragile/UN-brokered/US-brokered/Russian-brokered/Egyptian-brokered/Qatari-brokered/shaky/temporary/unilateral/Easter/Christmas/Ramadan/Eid/holiday/week-old ceasefire/cease-fire/truce
196 | verb | flout [the] humanitarian/fragile/UN-brokered/US-brokered/Russian-brokered/Egyptian-brokered/Qatari-brokered/shaky/temporary/unilateral/Easter/Christmas/Ramadan/Eid/holiday/week-old ceasefire/cease-fire/truce
196 | verb | violate/break/breach [the] humanitarian pause
196 | verb | violate [the] de-escalation agreement
196 | noun | truce violation by
196 | noun | truce breach by

# 200 Use unconventional mass violence, not specified below
200 | verb | use hunger as [a] weapon
200 | verb | use hunger as [a] weapon of war
200 | verb | weaponise/weaponize hunger/starvation/food

# 201 Engage in mass expulsion
201 | verb | drive _ out of [the] country
201 | verb | displace [the] residents/inhabitants of
201 | verb | uproot [the] population/residents/inhabitants/families
201 | verb | uproot _ from [their] homes/lands/land
201 | verb | force _ to flee [their] homes/villages/land
201 | verb | force residents/villagers/families/minorities to flee
201 | verb | evict [the] residents/villagers/inhabitants of
201 | verb | expel [the] _ minority/population/community
201 | verb | deport [the] _ minority/population/community
201 | verb | carry out [a] population transfer
201 | noun | forced expulsion of
201 | noun | forcible displacement of
201 | noun | mass eviction of

# 202 Engage in mass killings
202 | verb | commit mass murder
202 | verb | carry out [a] mass murder
202 | verb | murder hundreds/thousands of
202 | verb | wage [a] war of extermination
202 | noun | mass murder of
202 | noun | extermination of

# 203 Engage in ethnic cleansing
203 | verb | wage genocide against
203 | verb | commit genocidal acts against
203 | verb | commit acts of genocide
203 | noun | ethnic cleansing campaign against/in
203 | noun | campaign of ethnic cleansing against/in

# 204 Use weapons of mass destruction, not specified below
204 | verb | unleash weapons of mass destruction

# 2041 Use chemical, biological, or radiological weapons
2041 | verb | unleash poison/toxic/nerve gas
2041 | verb | unleash sarin/chlorine
2041 | verb | unleash mustard gas
2041 | verb | deploy chemical weapons against
2041 | verb | deploy [a] nerve agent against
2041 | verb | deploy poison gas against
2041 | verb | fire chemical shells/rockets/munitions at/into
2041 | verb | drop chlorine-filled barrel bombs on
2041 | verb | drop chlorine-filled bombs on
2041 | verb | poison _ with polonium/ricin
2041 | verb | poison _ with radioactive polonium
2041 | verb | use anthrax/ricin
2041 | verb | release sarin/chlorine
2041 | verb | release poison/toxic gas

# 2042 Detonate nuclear weapons
2042 | verb | conduct [a] first/second/third/fourth/fifth/sixth/seventh/new/fresh nuclear test
2042 | verb | carry out [a] first/second/third/fourth/fifth/sixth/seventh/new/fresh nuclear test
2042 | verb | conduct [a] hydrogen bomb test
2042 | verb | explode/detonate [an] atomic/atom bomb/device
2042 | noun | atomic test by/in
2042 | noun | hydrogen bomb test by


# 192 Occupy territory: captured strategic places
192 | verb | capture/seize/take [the] [strategic] oil field/airport/airbase/base/port/harbour/harbor/bridge/crossing
192 | verb | capture/seize/take [the] provincial capital/regional capital/district capital/border town/border crossing
192 | verb | capture/seize/take [the] province/district/region/stronghold/enclave/territory
