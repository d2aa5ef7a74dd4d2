# Second-round probe-driven verb and event-noun patterns for CAMEO roots 15-20 (exhibit force posture, reduce
# relations, coerce, assault, fight, unconventional mass violence). Added for misses found with
# eval/probes/probe2-15-20.jsonl (wire styles: datelines, titles, reported speech, passives, British/American
# spellings); each pattern is meant to cover a phrase family that other reporters' wording would also hit.
# Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# 150 Demonstrate military or police power
# rehearsals of an attack or blockade, and simulated strikes, are shows of force
150 | verb | simulate/rehearse [precision/joint/missile/air/amphibious/live-fire] strikes/attacks/assaults on/against _
150 | verb | simulate/rehearse [a/an] [full/naval/air] blockade/encirclement/invasion of _
150 | noun | simulated [precision/joint/missile/air] strikes/attacks on _
150 | noun | simulated blockade/encirclement/invasion of _
# sailing or flying close to a rival's territory
# (numbers are skipped in text, so patterns leave them out: "within 12 nautical miles of")
150 | verb | sail/fly/steam within nautical miles of
150 | verb | sail/fly/steam within [the] 12-nautical-mile/12-mile limit/zone of
150 | verb | conduct/carry out [a] freedom of navigation operation/operations/patrol/patrols near/in/through/around _
150 | noun | freedom of navigation operation/patrol near/in/through/around _
150 | verb | parade [hundreds/dozens] [of] [armed] speedboats/gunboats/warships/tanks/drones
150 | verb | launch [punishing/large/massive/major/sweeping] military/naval/joint drills/exercises around/near/off _
150 | verb | stage/hold [punishing/large/massive/major/sweeping] military/naval/joint drills/exercises around/near/off _
150 | verb | launch [punishing/large/massive/major/sweeping] military/naval/joint manoeuvres/maneuvers around/near/off _
150 | verb | stage/hold [punishing/large/massive/major/sweeping] military/naval/joint manoeuvres/maneuvers around/near/off _
150 | verb | launch/stage/hold/begin/start days of military/naval/joint drills/exercises/manoeuvres/maneuvers around/near/off _
150 | verb | launch/stage/begin/start days of punishing/massive/major/large-scale military/naval/joint drills/exercises around/near _
150 | noun | demonstration of [its] firepower/strength/resolve/might
150 | noun | show of strength/might/firepower against/toward/towards/to _
150 | noun | show of strength/might/firepower aimed at _
150 | noun | show of strength/might/firepower

# 151 Increase police alert status
151 | verb | raise [its/the] anti-terrorism/anti-terror/counterterrorism/counter-terrorism/terrorism/terror alert level/status/rating
151 | verb | raise [its/the] anti-terrorism/anti-terror/counterterrorism/counter-terrorism alert
151 | verb | heighten/increase [its/their] vigilance
151 | verb | step up [its/their] vigilance
151 | verb | tighten/heighten/intensify [the] security around/at/near/outside
151 | verb | step up [the] security around/at/near/outside
151 | verb | put/place [all] police units/stations/officers on [full/high/heightened/maximum/red] alert
151 | verb | put [all] police [units/stations/officers] in/on [a] state of [full/high/heightened/maximum] alert
151 | verb | place [all] police [units/stations/officers] in/on [a] state of [full/high/heightened/maximum] alert

# 152 Increase military alert status
152 | verb | order _ into [a] state of [maximum/full/high/heightened/combat/top] alert/readiness
152 | verb | put/place _ in/on [a] state of [maximum/full/high/heightened/combat/top] alert/readiness
152 | verb | put/place _ on [the] highest level of [combat] readiness/alert
152 | verb | order _ to [the] highest level of [combat] readiness/alert
152 | verb | raise/elevate/increase/heighten [its] [military] readiness/alert/defence/defense posture
152 | verb | step up [its] [military] readiness/alert/defence/defense posture
152 | verb | raise/elevate/increase/heighten [its] military vigilance
152 | verb | step up [its] military vigilance

# 153 Mobilize or increase police power
153 | verb | dispatch/deploy/send/rush [tens/hundreds] [of] riot squads/units/officers/teams
153 | verb | dispatch/deploy/send/rush [tens/hundreds] [of] police/paramilitary reinforcements
153 | verb | dispatch/deploy/send/rush [tens/hundreds] [of] anti-riot police/squads/units
153 | verb | mobilise/mobilize [tens/hundreds] [of] police/policemen/gendarmes/officers
153 | verb | mobilise/mobilize [tens/hundreds] [of] police officers and gendarmes
153 | verb | increase/intensify/boost [the] police patrols/checks in/across/around _
153 | verb | step up [the] police checks in/across/around _
153 | verb | station/post [tens/hundreds] [of] police/policemen/officers around/at/outside/across

# 154 Mobilize or increase armed forces
154 | verb | move/shift/redeploy/bring [an] [estimated] troops/soldiers/forces/tanks near/toward/towards/to _
154 | verb | move/shift/redeploy/bring tens/hundreds of troops/soldiers/forces/tanks near/toward/towards/to _
154 | verb | move/shift [an] [estimated] [tens/hundreds] [of] troops/soldiers/forces/tanks close to _
154 | verb | redeploy/bring [an] [estimated] [tens/hundreds] [of] troops/soldiers/forces/tanks close to _
154 | verb | move/shift/redeploy/bring [tens/hundreds] [of] troops/soldiers/forces/tanks up to _
154 | verb | concentrate/gather/assemble [tens/hundreds] [of] troops/soldiers near/along/on/at _
154 | verb | concentrate/gather/assemble [tens/hundreds] [of] forces/tanks near/along/on/at _
154 | verb | concentrate/gather/assemble [tens/hundreds] [of] troops/soldiers/forces/tanks close to _
154 | verb | concentrate/gather/assemble troops/soldiers/forces and [heavy] weaponry/equipment/armour/armor near/along/on _
154 | verb | beef up [its] forces/troops/military presence along/near/on/at/in _
154 | verb | build up [its] forces/troops/military presence along/near/on/at/in _
154 | verb | bolster/boost/strengthen/reinforce [its] forces/troops/military presence along/near/on/at _
154 | verb | bring in [a/an] armoured/armored/infantry/reserve division/brigade
154 | verb | station/deploy/position [tens/hundreds] [of] soldiers/troops/tanks along/near/on _
154 | verb | station/deploy/position [tens/hundreds] [of] soldiers/troops and tanks along/near/on _
# troops placed along a border "with" the rival: the rival is the target
154 | verb | beef up [its] forces/troops along [its/the] [disputed/northern/southern/eastern/western] border/frontier with _
154 | verb | build up [its] forces/troops along [its/the] [disputed/northern/southern/eastern/western] border/frontier with _
154 | verb | bolster [its] forces/troops along [its/the] [disputed/northern/southern/eastern/western] border/frontier with _
154 | verb | boost [its] forces/troops along [its/the] [disputed/northern/southern/eastern/western] border/frontier with _
154 | verb | strengthen [its] forces/troops along [its/the] [disputed/northern/southern/eastern/western] border/frontier with _
154 | verb | reinforce [its] forces/troops along [its/the] [disputed/northern/southern/eastern/western] border/frontier with _
154 | verb | station/deploy troops/soldiers along [its/the] [disputed/northern/southern/eastern/western] border/frontier with _
154 | verb | station/deploy forces/tanks along [its/the] [disputed/northern/southern/eastern/western] border/frontier with _
154 | verb | position/mass/amass troops/soldiers along [its/the] [disputed/northern/southern/eastern/western] border/frontier with _
154 | verb | position/mass/amass forces/tanks along [its/the] [disputed/northern/southern/eastern/western] border/frontier with _
154 | verb | station/deploy soldiers/troops and tanks along [its/the] [disputed/northern/southern/eastern/western] border/frontier with _
154 | verb | station tens/hundreds of troops/soldiers along [its/the] [disputed/northern/southern/eastern/western] border/frontier with _
154 | verb | deploy tens/hundreds of troops/soldiers along [its/the] [disputed/northern/southern/eastern/western] border/frontier with _
154 | verb | mass tens/hundreds of troops/soldiers along [its/the] [disputed/northern/southern/eastern/western] border/frontier with _
154 | verb | move/send/rush troops/soldiers to [its/the] [disputed/northern/southern/eastern/western] border/frontier with _
154 | verb | move forces/tanks/reinforcements to [its/the] [disputed/northern/southern/eastern/western] border/frontier with _
154 | verb | send/rush forces/tanks/reinforcements to [its/the] [disputed/northern/southern/eastern/western] border/frontier with _

# 160 Reduce relations, not specified below
163 | verb | remove/drop/strike _ from [its] whitelist/white-list
163 | verb | remove/drop/strike _ from [its] white list
163 | verb | remove/drop/strike _ from [its] list of trusted/preferred/favoured/favored/preferential trading/trade partners

# 162 Reduce or stop aid, not specified below
# modifiers of the aid ("its bilateral aid", "all foreign assistance") that the built-in exact phrases do not allow
162 | verb | end [its/all] bilateral/foreign/direct/overseas/official/government-to-government aid/assistance/funding to/for _
162 | verb | halt [its/all] bilateral/foreign/direct/overseas/official/government-to-government aid/assistance/funding to/for _
162 | verb | suspend [its/all] bilateral/foreign/direct/overseas/official/government-to-government aid/assistance/funding to/for _
162 | verb | cut [its/all] bilateral/foreign/direct/overseas/official/government-to-government aid/assistance/funding to/for _
162 | verb | stop [its/all] bilateral/foreign/direct/overseas/official/government-to-government aid/assistance/funding to/for _
162 | verb | freeze [its/all] bilateral/foreign/direct/overseas/official/government-to-government aid/assistance/funding to/for _
162 | verb | withhold [its/all] bilateral/foreign/direct/overseas/official/government-to-government aid/assistance/funding to/for _
162 | verb | terminate/discontinue [its/all] bilateral/foreign/direct/overseas/official/government-to-government aid/assistance/funding to/for _
162 | verb | slash/reduce [its/all] bilateral/foreign/direct/overseas/official/government-to-government aid/assistance/funding to/for _
162 | verb | halt/suspend/freeze/end/stop [nearly/almost/virtually] all foreign/overseas aid/assistance programmes/programs
162 | verb | halt/suspend [nearly/almost/virtually] all [its] aid/assistance programmes/programs in/to/for _
162 | verb | freeze [nearly/almost/virtually] all [its] aid/assistance programmes/programs in/to/for _
162 | verb | end/stop [nearly/almost/virtually] all [its] aid/assistance programmes/programs in/to/for _

# 1621 Reduce or stop economic assistance
1621 | verb | block/freeze/suspend/restrict _ access to [its] [foreign] reserves/funds/financing/loans/credit/lending/resources
1621 | verb | cut off _ access to [its] [foreign] reserves/funds/financing/loans/credit/lending/resources
1621 | verb | suspend/halt/freeze/withhold/cut/delay/stop/pause [its] [general] budget/budgetary payments/support/aid to _
1621 | verb | pause/stop/end/withhold/block/delay [its] loans/lending/credit/grants to/for _
1621 | verb | freeze/suspend/halt/cut [its] lending/credit/grants to/for _

# 1622 Reduce or stop military assistance
1622 | verb | suspend/halt/freeze/delay/block/stop [the] delivery/deliveries/sale/sales/shipment/shipments/transfer/transfers of @weapons to _
1622 | verb | put on hold [the] delivery/deliveries/sale/sales/shipment/shipments/transfer/transfers of @weapons to _
1622 | verb | stop/halt/suspend approving/issuing/granting [its] arms/weapons export licences/licenses/permits for/to _
# numbers are skipped, so "suspended 30 of its 350 licences" reads "suspended of its licences"
1622 | verb | suspend/revoke [some/dozens/several/part] [of] [its] arms/weapons export licences for/to _
1622 | verb | suspend [some/dozens/several/part] [of] [its] arms/weapons export licenses/permits for/to _
1622 | verb | revoke [some/dozens/several/part] [of] [its] arms/weapons export licenses/permits for/to _
1622 | verb | freeze [some/dozens/several/part] [of] [its] arms/weapons export licences/licenses/permits for/to _
1622 | verb | halt/cancel [some/dozens/several/part] [of] [its] arms/weapons export licences for/to _
1622 | verb | halt [some/dozens/several/part] [of] [its] arms/weapons export licenses/permits for/to _
1622 | verb | cancel [some/dozens/several/part] [of] [its] arms/weapons export licenses/permits for/to _
1622 | verb | freeze [nearly/almost/virtually] all [its] military/security aid/assistance/support to/for _
1622 | verb | suspend/halt [nearly/almost/virtually] all [its] military/security aid/assistance/support to/for _
1622 | verb | cut/withhold [nearly/almost/virtually] all [its] military/security aid/assistance/support to/for _
1622 | verb | stop/end [nearly/almost/virtually] all [its] military/security aid/assistance/support to/for _

# 1623 Reduce or stop humanitarian assistance
1623 | verb | pause/halt [all] [its] food/relief/humanitarian/aid deliveries/shipments to/into/in _
1623 | verb | pause/halt [all] [its] food/relief convoys/distributions/flights to/into/in _
1623 | verb | pause/halt [all] [its] humanitarian/aid convoys/distributions/flights to/into/in _
1623 | verb | suspend/stop/end [all] [its] food/relief deliveries/shipments to/into/in _
1623 | verb | suspend/stop/end [all] [its] humanitarian/aid deliveries/shipments to/into/in _
1623 | verb | suspend/stop/end [all] [its] food/relief convoys/distributions/flights to/into/in _
1623 | verb | suspend/stop/end [all] [its] humanitarian/aid convoys/distributions/flights to/into/in _
1623 | verb | cut off [all] [its] food/relief/humanitarian/aid deliveries/shipments/convoys/distributions to/into/in _
1623 | verb | cut/reduce/slash/halve/trim [its] [food] rations for/to _

# 163 Impose embargo, boycott, or sanctions
163 | verb | designate _ under [its/the] sanctions/counterterrorism/counter-terrorism programme/program/regime/authorities/authority
163 | verb | pull/remove/clear _ products/goods from [its/their] shelves
163 | noun | boycott of _ goods/products/brands
# coordination ("travel bans and asset freezes on") is read by the matcher itself
163 | verb | impose/slap/place [a] travel ban/bans on _
163 | verb | impose/slap/place [an] asset freeze/freezes on _
163 | verb | withdraw/suspend/revoke/remove [part] [of] _ duty-free/tariff-free/preferential trade privileges/preferences/benefits/access
163 | verb | withdraw/suspend/revoke/remove [part] [of] _ trade privileges/preferences
163 | verb | strip _ of [its] [duty-free/tariff-free/preferential] trade privileges/preferences/benefits

# 164 Halt negotiations
164 | verb | abandon/scrap/shelve/scuttle/drop [the] [planned/proposed/scheduled/upcoming] talks/negotiations with _
164 | verb | abandon/scrap/shelve/scuttle [the] [planned/proposed/scheduled/upcoming] [peace] talks/negotiations
164 | verb | put [its/the] [peace] talks/negotiations with _ on ice/hold
164 | verb | put [its/the] peace talks/negotiations/process on ice/hold
164 | verb | pull [the] plug on [a/the] [planned/proposed/scheduled] summit/talks/negotiations/meeting with _
164 | verb | pull [the] plug on [a/the] [planned/proposed/scheduled] [peace] summit/talks/negotiations

# 165 Halt mediation
165 | verb | step back/down/aside as [a/the] [peace] mediator/facilitator/broker/intermediary
165 | verb | withdraw/resign/quit as [a/the] [peace] mediator/facilitator/broker/intermediary

# 1661 Expel or withdraw peacekeepers
1661 | verb | pull [its] soldiers/troops/contingent/peacekeepers out of [the] _ force/mission
1661 | verb | recall/withdraw [its] peacekeepers/peacekeeping [troops/contingent] from _
1661 | verb | recall/withdraw [its] blue helmets from _
1661 | verb | bring home [its] peacekeepers from _

# 1662 Expel or withdraw inspectors, observers
1662 | verb | remove/dismantle/disconnect [the] _ surveillance/monitoring cameras/equipment
1662 | verb | switch/turn off [the] _ surveillance/monitoring cameras/equipment
1662 | verb | deny/refuse/withhold accreditation to [the] [foreign/Western/international/EU/European/independent] [election] monitors/observers

# 1663 Expel or withdraw aid agencies
1663 | verb | suspend [the] work of _

# 170 Coerce, not specified below (cyber operations)
170 | verb | unleash/deploy/plant [destructive/malicious] malware/ransomware/spyware on/against _
170 | verb | unleash/launch [a] [destructive/massive] cyberattack/cyber-attack on/against _
170 | verb | unleash/launch [a] [destructive/massive] cyber attack on/against _

# 1722 Ban political parties or politicians
1722 | verb | order/decree/approve [the] dissolution of [the] [main/largest/biggest] opposition party/parties/movement
1722 | verb | order/decree/approve [the] dissolution of [the] [main/largest/biggest] _ party/parties
1722 | noun | dissolution of [the] [main/largest/biggest] opposition party/parties/movement

# 1723 Impose curfew
1723 | verb | decree/declare/order/impose/announce/enforce/institute/introduce [a] nightly/overnight/night-time/nighttime/weekend/partial/total/strict/daytime/evening curfew
1723 | verb | decree [a/an] curfew
1723 | verb | place/put _ under [a] nightly/overnight/night-time/weekend/partial curfew

# 1724 Impose state of emergency or martial law
1724 | verb | invoke _ Emergencies/Emergency Act/Acts
1724 | verb | invoke [the] Emergencies/Emergency Act/Acts
1724 | verb | invoke [sweeping/special/extraordinary/wartime] emergency powers/law/laws
1724 | verb | declare/impose/decree [a] [nationwide/countrywide/partial] state of exception/siege

# 173 Arrest, detain, or charge with legal action
173 | verb | issue/order detention/arrest warrants for _
173 | verb | issue/order [a] detention warrant for _

# 174 Expel or deport individuals
174 | verb | repatriate [tens/hundreds] [of] _ nationals/citizens/migrants/refugees/asylum-seekers/workers
174 | verb | forcibly return/repatriate/deport [tens/hundreds] [of] _

# 175 Use tactics of violent repression
175 | verb | crack down hard/harshly/violently/brutally/heavily/forcefully on _

# 1823 Kill by physical assault
1823 | verb | choke/strangle/suffocate/smother/asphyxiate/bludgeon/club/kick/stone/burn _ to death

# 183 Conduct suicide, car, or other non-military bombing
183 | verb | target _ with [a/twin/coordinated/simultaneous] bombing/bombings/bombs/explosives
183 | verb | target _ with [a/twin/coordinated/simultaneous] bomb attack/attacks/blasts
183 | verb | detonate/explode [a/an] bomb/bombs/explosives near/in/at/outside/inside
183 | verb | detonate/explode [an] explosive device/devices near/in/at/outside/inside
183 | verb | set off [a] bomb/bombs near/in/at/outside/inside
183 | verb | set off [an] explosive device/devices near/in/at/outside/inside

# 1832 Carry out car bombing
1832 | verb | drive/ram [a] truck/car/van laden/packed/loaded/filled/rigged with explosives into/at/toward/towards
1832 | verb | drive/ram [a] vehicle/lorry/minibus laden/packed/loaded/filled/rigged with explosives into/at/toward/towards
1832 | verb | detonate [a] van/lorry/minibus/bus bomb
1832 | verb | set off [a] car/truck bomb
1832 | verb | detonate/explode [a] booby-trapped vehicle/truck/van/lorry

# 1833 Carry out roadside bombing
1833 | verb | ambush _ with [a/an] IED/IEDs/landmine/mine/mines
1833 | verb | ambush _ with [a/an] roadside bomb/bombs/device
1833 | verb | ambush _ with [a/an] improvised explosive device/devices
1833 | verb | plant [a] roadside mine/landmine/explosive/device
1833 | verb | plant [a] landmine/IED

# 184 Use as human shield
184 | verb | use [tens/hundreds] [of] trapped/fleeing/local civilians as [a] buffer/cover/shield
184 | verb | use _ as [a] human buffer/cover

# 186 Assassinate
186 | verb | carry out [the] assassination of _
186 | verb | carry out [the] targeted killing of _

# 191 Impose blockade, restrict movement
191 | verb | close/shut/seal _ [only] land border/borders/crossing/crossings
191 | verb | place/put _ under [a] [total/naval/economic/land/sea/air/full] blockade/siege

# 201 Engage in mass expulsion
201 | verb | forcibly transfer/relocate/remove [tens/hundreds] [of] _
201 | noun | forcible/forced transfer/transfers of _

# 2041 Use chemical, biological, or radiological weapons
2041 | verb | drop/fire [a] chlorine-filled/sarin-filled/gas-filled/toxic barrel bomb/bombs/shells/rockets/munitions on _
2041 | verb | drop/fire [a] chlorine/sarin/poison/toxic barrel bomb/bombs on _

# 2042 Detonate nuclear weapons
2042 | verb | obliterate/destroy/flatten/level/devastate _ with [a] [single] atomic/nuclear bomb/weapon
1832 | verb | set off [a] van/lorry/minibus/bus bomb

# --- second pass (coverage records) ---
# 200 Use unconventional mass violence, not specified below
200 | verb | wage/conduct [a] campaign of mass terror/violence/killing/killings against _
200 | verb | carry out [a] campaign of mass terror/violence/killing/killings against _
200 | verb | commit atrocities on [a] massive/mass/huge/vast scale against _
200 | verb | commit large-scale/mass-scale atrocities against _
# 160 leaving a forum or grouping led by the target
160 | verb | quit/leave/exit _ [cooperation/regional] forum/format/grouping/initiative
160 | verb | withdraw from _ [cooperation/regional] forum/format/grouping/initiative
# 170 cyber operations
170 | verb | breach/hack/infiltrate/compromise [the] email/computer accounts/systems/networks/servers of _
170 | verb | knock [the] websites/servers/networks of _ offline
170 | verb | knock _ websites/servers offline
170 | verb | take down [the] websites/servers of _
# 185 Attempt to assassinate
185 | verb | make [a] [failed/botched/unsuccessful/foiled] bid/attempt to assassinate/kill _
# 166 telling foreign forces to leave
166 | verb | tell/order _ to pack up and leave/go
# 1623 winding down relief programmes ("wound down" is read through the irregular past of "wind")
1623 | verb | wind down [its] nutrition/relief/humanitarian/aid/food programmes/programs/operations in _
# 174 returning people across a border
174 | verb | send [tens/hundreds] [of] _ back across [the] border/frontier
174 | verb | push [tens/hundreds] [of] _ back across [the] border/frontier
