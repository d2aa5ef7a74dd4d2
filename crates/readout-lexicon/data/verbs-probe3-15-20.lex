# Third-round probe-driven verb and event-noun patterns for CAMEO roots 15-20 (exhibit force posture, reduce
# relations, coerce, assault, fight, unconventional mass violence). Added for misses found with
# eval/probes/probe3-15-20.jsonl (plain everyday verbs and idioms in all tenses and voices, event nouns with
# support verbs and possessives, two-event sentences, long subjects); each pattern is meant to cover a phrase
# family that other reporters' wording would also hit.
# Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# 150 Demonstrate military or police power
# flights into a rival's air defence zone or airspace
150 | verb | fly/send [a] [record] [military] aircraft/warplanes/jets/planes/bombers/drones into _ air defence/defense identification zone
150 | verb | fly/send [a] [record] [military] aircraft/warplanes/jets/planes/bombers/drones into _ ADIZ
150 | noun | incursion/incursions into _ air defence/defense identification zone
# carriers and warships sent somewhere "as a warning" (target: the next actor)
150 | verb | send/dispatch/deploy/move [a] [second] [aircraft] carrier strike group/groups to
150 | verb | send/dispatch/deploy [a] [second] aircraft carrier/carriers to [the] eastern/western Mediterranean
150 | verb | send/dispatch/deploy [a] [second] aircraft carrier/carriers to [the] Gulf/region
# harassment of warships and mock raids
150 | verb | harass [a/an] _ warship/destroyer/frigate/cruiser/ship/vessel/vessels/patrol/aircraft/jet
150 | verb | harass _ warships/destroyers/ships/vessels/aircraft/jets/patrols
150 | verb | stage/carry out/conduct mock raids/attacks/strikes over/on _
150 | verb | break [the] sound barrier over _
150 | noun | mock raids/attacks over/on _
# showing off weapons
150 | verb | show off [its] [huge/new/largest/latest] [intercontinental/ballistic/nuclear-capable/hypersonic] missile/missiles/ICBM/ICBMs/weapons
150 | noun | display of might/strength/power/force aimed at/against/toward/towards _
# rehearsing a blockade
150 | verb | practise/practice/rehearse [a] blockade/encirclement/invasion of _
150 | verb | practise/practice/rehearse sealing off _

# 151 Increase police alert status
151 | verb | raise [its/the] [terrorism/terror/security/national] threat level from
151 | verb | raise [its/the] terror/terrorism/security/threat alert to [its/the] highest/maximum/top
151 | verb | declare [a] state of maximum/high/heightened/full alert among [its] police [forces/units/officers]
151 | verb | put/place every/each police station/unit/officer on [full/high/heightened/maximum/red] alert
151 | verb | put/place police stations/units nationwide/countrywide on [full/high/heightened/maximum/red] alert

# 152 Increase military alert status
152 | verb | put/place _ on alert
152 | verb | put/place _ on standby
152 | verb | order _ onto/on [heightened/high/full/maximum] alert
152 | verb | order _ to be [fully] ready/prepared for war/combat
152 | verb | bring _ to [full/maximum/top] combat readiness
152 | verb | bring _ to [a] state of [full/maximum/top] combat readiness

# 153 Mobilize or increase police power
153 | verb | send/deploy/dispatch/rush [tens/hundreds] [of] anti-riot officers/policemen/troops into/to _
153 | verb | send/deploy/dispatch/rush [tens/hundreds] [of] riot officers/troops into/to _
153 | verb | send/deploy/dispatch/rush [tens/hundreds] [of] anti-riot officers/policemen
153 | verb | fly [tens/hundreds] [of] [extra/additional] gendarmes/police/policemen/officers/reinforcements into/to _
153 | verb | fly in [tens/hundreds] [of] [extra/additional] gendarmes/police/policemen/officers/reinforcements
153 | verb | draft [tens/hundreds] [of] [extra/additional] officers/police/policemen onto/into
153 | verb | authorise/authorize [the] deployment of [the] National Force/Guard to
153 | noun | deployment of [the] National Force to

# 154 Mobilize or increase armed forces
154 | verb | pour [tens/hundreds] [of] troops/soldiers/reinforcements/forces into _
154 | verb | pour [tens/hundreds] [of] troops and armoured/armored vehicles/armour/armor into _
154 | verb | pour troops/soldiers/reinforcements and armoured/armored vehicles/armour/armor into _
154 | verb | move [tens/hundreds] [of] soldiers/troops toward/towards/to [its] border/frontier with _
154 | verb | call up [a] [record] [tens/hundreds] [of] reservists/reserves/conscripts
154 | verb | double/triple/increase/boost [the] number of troops/soldiers on/along/at [its] border/frontier with _
154 | verb | build up [tens/hundreds] [of] troops/soldiers/forces near/on/along _
154 | verb | begin/start moving troops/soldiers/forces and equipment onto/into/to _
154 | noun | build-up/buildup of [Russian/military] troops/forces on/along/near _

# 160 Reduce relations, not specified below
160 | verb | announce [the] end of [its] [defence/defense/military/security/economic/bilateral] cooperation with _
160 | verb | end [its] defence/defense/military/security cooperation with _
160 | noun | end of [its] [defence/defense/military/security] cooperation with _
160 | verb | scale/cut down [its] cultural/academic/scientific/sporting/educational exchanges/contacts/ties with _
160 | verb | scale/cut down [its] cultural and academic/educational/scientific/sporting exchanges/contacts/ties with _
160 | verb | scale/cut back [its] cultural/academic/scientific/sporting/educational exchanges/contacts/ties with _
160 | verb | halt/suspend/freeze/end [its] cultural/academic/scientific/sporting/educational exchanges/contacts with _
160 | verb | scrap/cancel/end/suspend [an/the/its] intelligence-sharing pact/agreement/deal with _
160 | verb | tear up [a/the/its] security/defence/defense/military/cooperation agreement/pact/accord with _
160 | verb | pull out of UNESCO/WHO/ECOWAS/OAS/UNHRC
160 | verb | pull out of [the] Council of Europe/Commonwealth/International Criminal Court
160 | verb | pull out of [the] UN Human Rights Council
160 | verb | pull out of [the] Organization/Organisation of American States
160 | verb | quit/leave [the] Organization/Organisation of American States
160 | verb | suspend [a/the] plutonium/nuclear/arms control/visa/border/fisheries agreement/accord/treaty/pact with _
160 | verb | suspend [a/the] plutonium disposal agreement/accord/treaty/pact with _
160 | verb | halt [its] cooperation with _ on
160 | verb | suspend [its] membership of/in _

# 161 Reduce or break diplomatic relations
161 | verb | give _ ambassador/envoy/diplomat/diplomats hours/days to leave/get out
161 | verb | pull [its] ambassador/envoy out of _
161 | verb | sever/cut/break [off] [its] ties with _
161 | noun | decision to sever/cut [its] [diplomatic] ties/relations with _

# 162 Reduce or stop aid, not specified below
162 | verb | put [a] stop/end/halt to [all] [its] aid/assistance/funding/payments to/for _
162 | verb | put [a] stop/end/halt to [its] foreign/bilateral/overseas aid/assistance/funding to/for _
162 | verb | put [a] stop/end/halt to all foreign/bilateral/overseas aid/assistance/funding to/for _
1621 | verb | put [a] stop/end/halt to [its] development/economic/budget aid/assistance/support to/for _
1621 | verb | put [a] stop/end/halt to all development/economic/budget aid/assistance/support to/for _
1622 | verb | put [a] stop/end/halt to [its] military/security aid/assistance/support to/for _
1622 | verb | put [a] stop/end/halt to all military/security aid/assistance/support to/for _
1622 | verb | put [a] stop/end/halt to [all] arms/weapons sales/shipments/deliveries/exports to _
162 | verb | put [a] stop/end/halt to [all] [its] aid payments/programmes/programs to/for _
162 | noun | freeze on [nearly/almost/virtually] all [its] [foreign/overseas] aid/assistance
162 | noun | freeze on [all] [its] aid/assistance/funding to/for _
162 | verb | scale down [its] aid/assistance/funding to/for _
162 | verb | cut down [its] aid/assistance/funding to/for _
162 | verb | axe/ax [its] aid/assistance/funding to/for _
162 | verb | pull [its] aid/funding/assistance to/for/from _
162 | noun | cuts/cut to [its] aid/assistance/funding for/to _
162 | noun | cuts/cut in [its] aid/assistance/funding for/to _
162 | verb | stop/cease/halt funding _

# 1621 Reduce or stop economic assistance
1621 | verb | withhold/hold back/delay/freeze/suspend [the] [latest/next] tranche of
1621 | verb | block _ from drawing on/accessing [its] [emergency/foreign] reserves/funds
1621 | verb | stop/halt/cease/suspend funding [development] projects in _
1621 | noun | suspension of [new] financing/lending/loans/funding/disbursements for/to _
1621 | verb | axe/ax/cut/end/suspend [its] budget/budgetary support to/for _
1621 | noun | suspension of [its] budget/budgetary support to/for _

# 1622 Reduce or stop military assistance
1622 | verb | hold up/back [a] shipment/shipments/delivery/deliveries of
1622 | verb | hold up/back [a] shipment/shipments/delivery/deliveries of @weapons to _
1622 | verb | hold up/back [a] shipment/shipments/delivery/deliveries of [laser-guided/precision-guided/guided] bombs/munitions to _
1622 | verb | hold up/back [a] shipment/shipments/delivery/deliveries of F-35s/F-16s to _
1622 | verb | hold up/back [a] shipment/shipments/delivery/deliveries of F-35/F-16 jets/fighters to _
1622 | verb | cancel [the] sale/sales/delivery/deliveries/shipment/shipments of @weapons to _
1622 | verb | cancel [the] sale/sales of [laser-guided/precision-guided/guided] bombs/munitions to _
1622 | verb | stop/halt/cease/suspend sending/supplying/delivering @weapons to _
1622 | verb | put [a] hold on [new] arms/weapons export approvals/licences/licenses/permits for/to _
1622 | verb | put [a] hold on [new] arms/weapons sales/shipments/deliveries/exports to _
1622 | verb | freeze/halt/suspend [new] arms/weapons export approvals for/to _

# 1623 Reduce or stop humanitarian assistance
1623 | verb | stop/halt/cease/suspend handing out food/aid/rations to _
1623 | verb | stop/halt/cease/suspend distributing food/aid/rations to _
1623 | verb | pull [its] funding for [emergency] food kitchens/programmes/programs/aid in _
1623 | noun | suspension of [its] food/humanitarian aid/assistance/deliveries/distributions in/to _
1623 | noun | partial suspension of [its] food/humanitarian aid/assistance/deliveries/distributions in/to _

# 163 Impose embargo, boycott, or sanctions
163 | verb | impose [a] ban on [the] import/imports/export/exports of
163 | verb | ban [most/all] food/agricultural imports from _
163 | verb | hit _ with [a] [sweeping/punishing] trade embargo/boycott/ban/sanctions
163 | verb | hit _ with [a] de facto embargo/boycott/ban
163 | noun | restrictions/curbs/controls on chip/chips/semiconductor/technology/tech exports to _
163 | noun | curbs/restrictions/controls on exports of [key] chemicals/chips/semiconductors/materials/technology/goods to _
163 | verb | shun _ goods/products/brands/cheese/cosmetics

# 164 Halt negotiations
164 | verb | cancel [a/the] [planned/scheduled] round of talks/negotiations with _
164 | verb | storm out of [the] EU-mediated/EU-brokered/US-brokered/UN-brokered talks/negotiations with _
164 | verb | end [the] negotiations/talks with _
164 | verb | freeze [its] negotiations/talks with _

# 165 Halt mediation
165 | verb | shelve/abandon/suspend/halt/end/drop [its] efforts to mediate between/in _
165 | verb | pause/suspend/freeze [its] role as [a] mediator/facilitator/broker between/in _
165 | verb | pause/suspend/freeze [its] role as [a] mediator/facilitator/broker
165 | verb | give up [its] mediation/mediating [role] between/in _
165 | verb | give up [its] role as [a] mediator/facilitator/broker

# 166 Expel or withdraw, not specified below
166 | verb | expel _ troops/forces/soldiers from [the] [country]
166 | verb | kick _ troops/forces/soldiers out [of] [the] [country]
166 | verb | order _ troops/forces/soldiers out [of] [the] [country/base]

# 1661 Expel or withdraw peacekeepers
1661 | verb | force [the] [UN] peacekeeping mission/force _ out [of] [the] [country]
1661 | verb | force [the] [UN] peacekeepers/peacekeeping mission/force out of _
1661 | verb | bring [its] troops/soldiers/peacekeepers home from [the] UN/peacekeeping force/mission
1661 | verb | pull [its] [last] blue helmets/peacekeepers out of _

# 1662 Expel or withdraw inspectors, observers
1662 | verb | kick/throw out [the] [UN/international/nuclear] [weapons/nuclear] inspectors/monitors/observers
1662 | verb | kick/throw out [the] _ human rights monitors/observers/investigators/team/office
1662 | verb | kick/throw out [the] _ [weapons/nuclear/election] inspectors/monitors/observers
1662 | verb | withdraw/rescind/revoke [its] invitation to [the] _ [election] observers/monitors
1662 | verb | withdraw/rescind/revoke [its] invitation to [the] [election] observers/monitors

# 1663 Expel or withdraw aid agencies
1663 | verb | kick/throw out [the] [foreign/international] aid agencies/groups/organisations/organizations/workers/charities/NGOs
1663 | noun | ban on _ operating
1663 | verb | ban _ from operating in/on

# 170 Coerce, not specified below (cyber operations)
170 | verb | burrow/break/get into [the] [computer] networks/systems/servers of _
170 | verb | sabotage [the] [computerised/computerized/computer] control systems of _

# 171 Seize or damage property
171 | verb | take [a/an] _ tanker/ship/vessel/boat/trawler into custody
171 | verb | take _ tanker/ship/vessel/boat/trawler into custody

# 1711 Confiscate property
1711 | verb | order [the] seizure/confiscation of [the] assets/property/properties/funds of/belonging to _
1711 | verb | order [the] seizure/confiscation of [the] _ assets/property/properties/funds
1711 | noun | seizure/confiscation of assets/property/properties/funds belonging to _
1711 | verb | appoint [a] trustees/trustee/administrators/administrator to run/manage/take over _

# 1712 Destroy property
1712 | verb | dynamite/demolish [the] [giant/ancient/historic] [Buddha/Buddhist] statues/statue/shrine/shrines
1712 | verb | dynamite/demolish [the] [ancient/historic] tombs/monuments/temple/mosque/church
1712 | verb | tear down [a/the] [Palestinian/family] home/homes/house/houses/village/villages/shop/shops of _
1712 | verb | tear down _ home/homes/house/houses
1712 | verb | knock down _ home/homes/house/houses

# 172 Impose administrative sanctions
172 | verb | cancel/revoke/invalidate/annul [the] passports of _
172 | verb | order [the] liquidation of _
172 | verb | order [the] closure of _ , [the] [country's/nation's] [oldest/largest/leading/main] human rights group/organisation/organization

# 1721 Impose restrictions on political freedoms
1721 | verb | pull [the] plug on [the] internet
1721 | verb | throttle/restrict/slow [down] access to Twitter/Facebook/YouTube/WhatsApp/Telegram/Instagram/TikTok
1721 | verb | throttle/restrict/slow [down] access to social media/networks
1721 | noun | ban on [opposition] rallies/protests/demonstrations/marches/gatherings
1721 | verb | block [the] website/websites/site of [the] [independent/opposition] _
1721 | verb | cut [off] phone/telephone/mobile and internet links/lines/services/access
1721 | verb | cut [off] internet and phone/telephone/mobile links/lines/services/access
1721 | verb | suspend [the] right to assembly/protest
1721 | verb | suspending [the] right to assembly/protest

# 1722 Ban political parties or politicians
1722 | verb | ban _ from holding [public] office
1722 | verb | disqualify _ from holding [public] office

# 1723 Impose curfew
1723 | verb | order _ to stay indoors/inside/home
1723 | verb | confine [tens/hundreds/millions] [of] _ to their homes
1723 | verb | confine [millions/thousands] [of] people to their homes

# 1724 Impose state of emergency or martial law
1724 | verb | declare [a] nationwide/national/countrywide emergency
1724 | verb | invoke/impose/declare/introduce emergency rule
1724 | verb | impose [a] state of siege on/in _
1724 | verb | declare [a] state of siege in/on _

# 173 Arrest, detain, or charge with legal action
173 | verb | lock up [a/an] _
173 | verb | drag _ out of [a/the] court/courtroom/house/home and
1711 | verb | order [the] seizure of [the] group's/party's/movement's funds/assets

# 174 Expel or deport individuals
174 | verb | kick out [tens/hundreds] [of] _ workers/nationals/migrants/refugees/citizens
174 | verb | bus/truck/fly [tens/hundreds] [of] _ back to/across [the] border/frontier
174 | verb | put [tens/hundreds] [of] _ on buses/trucks/planes/flights back to

# 175 Use tactics of violent repression
175 | verb | turn tear gas/tear-gas/batons/stun grenades/rubber bullets/plastic bullets/pepper spray on _
175 | verb | turn @riot_weapons and live ammunition/rounds/fire on _
175 | verb | turn live ammunition/rounds/fire on _
175 | verb | tear-gas/teargas _
175 | verb | charge at/into [the] protesters/demonstrators/crowds/crowd/marchers/students with [@riot_weapons]
175 | verb | charge at/into [the] protesters/demonstrators/crowds/crowd/marchers/students

# 180 Use unconventional violence, not specified below
180 | verb | go on [a] killing/shooting/stabbing/murder spree in/through/across
180 | verb | go on [a] killing/shooting/stabbing/murder spree
180 | noun | killing/shooting/stabbing spree in/at/through _

# 181 Abduct, hijack, or take hostage
181 | noun | abduction/kidnapping of [tens/hundreds] [of] _ by
181 | noun | abduction/kidnapping of [tens/hundreds] [of] _

# 182 Physically assault, not specified below
182 | verb | lay into _ with
182 | verb | lay into [tens/hundreds] [of] _

# 1821 Sexually assault
1821 | verb | force [tens/hundreds] [of] _ into sexual slavery
1821 | verb | sexually enslave [tens/hundreds] [of] _
1821 | verb | rape and sexually enslave _

# 1822 Torture
1822 | verb | subject _ to mock executions/sleep deprivation/stress positions/beatings and mock executions
1822 | verb | subject _ to beatings, electric shocks and mock executions

# 1823 Kill by physical assault
1823 | verb | burn [a/the] [captured] _ alive

# 183 Conduct suicide, car, or other non-military bombing
183 | verb | detonate/explode [a] bomb/device hidden in [a] backpack/bag/motorcycle outside/near/at/inside/in
183 | verb | detonate/explode [a] bomb/device hidden in [a] bicycle/cart/rickshaw outside/near/at/inside/in
183 | verb | hurl/lob/throw [a] grenade/grenades/explosives at/into _
183 | verb | hurl/lob/throw [a] hand grenade/grenades at/into _
183 | noun | bombing of [a/the] mosque/church/market/temple/shrine/school/hotel/cafe/bus/train/rally/procession in _
183 | noun | bombing of [a/the] [crowded/busy] Shi'ite/Shiite/Sufi/Ahmadi/Sunni/Hazara/Coptic/Catholic mosque/church/shrine in _
183 | noun | bombing of [a/the] [crowded/busy] mosque/church/market/temple/shrine/school/hotel/cafe
183 | noun | bombing of [a/the] [crowded/busy] Shi'ite/Shiite/Sufi/Ahmadi/Sunni/Hazara/Coptic/Catholic mosque/church/shrine

# 1832 Carry out car bombing
1832 | noun | car bombings at/in/on _
1832 | noun | twin car bombings/bombing

# 1833 Carry out roadside bombing
1833 | verb | trigger/detonate [a] landmine/IED/mine under [a] _ vehicle/convoy/truck/patrol
1833 | verb | set off [a] landmine/IED/mine under [a] _ vehicle/convoy/truck/patrol
1833 | verb | trigger/detonate/plant [an] improvised explosive device under [a] _ vehicle/convoy/truck/patrol
1833 | verb | set off [an] improvised explosive device under [a] _ vehicle/convoy/truck/patrol

# 184 Use as human shield
184 | verb | force [tens/hundreds] [of] _ to walk/march ahead of
184 | verb | force [tens/hundreds] [of] _ to walk/march in front of
184 | verb | hide/shelter behind women and children
184 | verb | hide/shelter behind civilians
184 | verb | hide/shelter behind [tens/hundreds] [of] [trapped/local] civilians/residents/villagers

# 185 Attempt to assassinate
185 | verb | plot to murder _
185 | verb | open fire on [the] motorcade/convoy of _ in [a] bid/attempt to kill

# 186 Assassinate

# 190 Use conventional military force
190 | verb | go on [the] offensive against _
190 | verb | strike back at _
190 | verb | hit back at _ positions/forces/troops/targets

# 191 Impose blockade, restrict movement
191 | noun | closure/blockade of [the] Lachin corridor
191 | verb | bottle up _ ports/ships/fleet/navy
191 | verb | bottle up [the] _ ports/ships/fleet/navy
191 | verb | close [its] borders with _

# 192 Occupy territory
192 | verb | move/push into [the] [demilitarised/demilitarized] buffer zone

# 193 Fight with small arms and light weapons
# ("trade fire with" is 190 in verbs.lex; the bare forms follow "exchange gunfire", 193)
193 | verb | trade/exchange fire
193 | verb | trade gunfire
193 | verb | fight running/pitched/street/gun battles with _
193 | verb | fight running/pitched/street/gun battles

# 194 Fight with artillery and tanks
194 | noun | shelling of _ by

# 195 Employ aerial weapons

# 196 Violate ceasefire
196 | verb | shell _ in breach of [the] ceasefire/truce

# 200-2042 Unconventional mass violence
202 | verb | butcher [tens/hundreds] [of] [thousands] [of] _
202 | verb | wipe out [entire] villages/communities/families
201 | verb | force [tens/hundreds] [of] _ to flee into/across/to
201 | verb | drive out [almost/nearly/virtually] [the] entire _ population
203 | noun | campaign of extermination/annihilation against _
200 | noun | reign of terror against/over _
2041 | verb | gas [tens/hundreds] [of] _ to death
2041 | verb | rain poison/toxic/chemical gas/gases/agents on _
2041 | verb | rain poison/toxic/chemical gas/gases/agents down on _
2042 | verb | drop [a] [second] atomic/nuclear bomb on _

# --- second pass (thin sub-codes) ---
196 | verb | shatter [a/the] [fragile/humanitarian/Easter/Christmas/Eid/Ramadan/Orthodox/holiday/temporary] truce/ceasefire/cease-fire
196 | verb | shatter [the] Orthodox Easter truce/ceasefire
200 | verb | wage/conduct/unleash [a] campaign of terror against _
200 | noun | campaign of terror against _
203 | verb | rid/purge/cleanse _ of its [ethnic] Muslim/Christian/Albanian/Armenian/Serb/Croat/Bosniak/Tutsi/Rohingya/Masalit/Kurdish/Yazidi/Arab/Jewish population/inhabitants
203 | verb | rid/purge/cleanse _ of its non-Serb/non-Arab/non-Muslim/non-Christian/minority population/inhabitants
204 | verb | unleash [its] arsenal of weapons of mass destruction on/against _
170 | verb | paralyse/paralyze/cripple [the] websites/networks/servers/systems of _
180 | verb | spray _ with automatic/gun/machine-gun/machinegun fire/bullets
192 | verb | take over [the] town/city/village/district/capital/province of _
1832 | verb | detonate/explode [a] bomb-laden/explosives-laden/explosive-laden/booby-trapped car/truck/vehicle/van/lorry
184 | verb | use [tens/hundreds] [of] _ as cover against
