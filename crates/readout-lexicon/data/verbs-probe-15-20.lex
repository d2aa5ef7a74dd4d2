# Probe-driven verb and event-noun patterns for CAMEO roots 15-20 (exhibit force posture, reduce relations,
# coerce, assault, fight, unconventional mass violence). Added for misses found with eval/probes/probe-15-20.jsonl;
# each pattern is meant to cover a phrase family that other reporters' wording would also hit.
# Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# 150 Demonstrate military or police power
# "combat" as a modifier of drills must not read as the verb "combat"
150 | verb | stage/conduct/hold/launch/begin/start [large-scale/massive/major/joint/live-fire] combat drills/exercises/manoeuvres/maneuvers
150 | verb | stage/conduct/hold/launch/begin/start [large-scale/massive/major/joint] live-fire drills/exercises/manoeuvres/maneuvers
150 | verb | stage/conduct/hold/launch/begin/start large-scale military/naval/air drills/exercises/manoeuvres/maneuvers
150 | verb | stage/conduct/hold/launch/begin/start large-scale war games
150 | noun | display of naval/military/air/armed power/might/strength/muscle
150 | noun | demonstration of naval/military/air power/might/strength
150 | noun | show of naval/military/air power/might/strength/muscle
150 | noun | show of force against/toward/towards/aimed at _
150 | noun | display of force against/toward/towards/aimed at _

# 151 Increase police alert status
151 | verb | raise/heighten/increase/elevate [its/their] state of alert
151 | verb | step up [its/their] state of alert
151 | verb | raise/heighten/increase [its/their] alert status
151 | verb | raise [the] terror/terrorism/security threat level to [its] highest/maximum

# 152 Increase military alert status
152 | verb | put/place _ on combat/high/heightened/full/maximum/highest/top alert
152 | verb | put/place _ on [full/high/heightened/maximum/highest/top] combat/battle readiness
152 | verb | put/place _ on [a] war footing
152 | verb | order _ onto/on [a] war footing
152 | verb | order _ onto/on combat/high/heightened/full/maximum alert
152 | verb | order _ to [full] combat readiness
152 | verb | raise [its/their] readiness level
152 | verb | raise [its/their] level of readiness
152 | verb | raise [its/their] combat/military/defence/defense readiness level/status
152 | verb | raise [its/their] military alert level/status

# 153 Mobilize or increase police power
# (quantity phrases such as "thousands of" are skipped by the matcher; "tens of"/"hundreds of" before them are not)
153 | verb | deploy/send/dispatch/rush [tens/hundreds] [of] police/policemen/officers/gendarmes
153 | verb | deploy/send/dispatch/rush [tens/hundreds] [of] police/security officers
153 | verb | flood [the] streets with [tens/hundreds] [of] police/officers/policemen
153 | verb | flood [the] city/capital/centre/center with [tens/hundreds] [of] police/officers/policemen
153 | verb | increase/boost/strengthen/reinforce/bolster/expand [the] police presence
153 | verb | beef up [the] police presence
153 | verb | step up [the] police presence
153 | verb | ramp up [the] police presence
153 | verb | order [the] [mass] deployment of [tens/hundreds] [of] police/officers/policemen
153 | noun | deployment of [tens/hundreds] [of] police/policemen/officers

# 154 Mobilize or increase armed forces
154 | verb | mass [tens/hundreds] [of] troops/soldiers/forces/tanks near/along/on/at/in/around
154 | verb | amass [tens/hundreds] [of] troops/soldiers/forces/tanks near/along/on/at/in/around
154 | verb | rush/send/move/deploy/dispatch army/military units/divisions/battalions/brigades to _
154 | verb | rush/send/move/deploy/dispatch army/military units/divisions/battalions/brigades
154 | verb | deploy/send/dispatch/rush [tens/hundreds] [of] troops/soldiers/reservists to _
154 | verb | call up [tens/hundreds] [of] reservists/conscripts/troops
154 | verb | call up [its] military reserves/reservists
154 | verb | announce/declare/order [a] general/partial mobilisation/mobilization
154 | noun | general/partial/military mobilisation/mobilization

# 160 Reduce relations, not specified below
160 | verb | suspend/halt/freeze/end/scrap/cut/curtail [all] cross-border/bilateral/scientific/cultural/academic/economic/regional cooperation with _
160 | verb | suspend/halt/freeze/end/scrap/cut/curtail [all] [cross-border/bilateral] cooperation projects/programmes/programs with _
160 | verb | suspend/halt/freeze/end/cut/curtail [all] [military] intelligence-sharing with _
160 | verb | suspend/halt/freeze/end/cut/curtail [all] intelligence sharing with _
160 | verb | scale back [its] cooperation/contacts/ties with _
160 | verb | wind down [its] cooperation with _
160 | verb | freeze [all] contacts with _
160 | verb | suspend [all] [official] contacts with _
160 | verb | cut [all] [official] contacts with _
160 | noun | freeze on [all] contacts with _
160 | noun | suspension of [all] cooperation with _

# 161 Reduce or break diplomatic relations
161 | verb | announce [the] rupture/severing/severance/breaking/suspension of [diplomatic] relations/ties with _
161 | verb | announce [a/the] break in [diplomatic] relations/ties with _
161 | verb | declare _ ambassador/envoy/diplomats persona non grata
161 | verb | declare [the] _ ambassador/envoy persona non grata
161 | verb | give _ diplomats/envoy/ambassador 24/48/72 hours to leave
161 | verb | downgrade [its] diplomatic representation in/with _

# 162 Reduce or stop aid, not specified below
162 | verb | put [its/all] aid/assistance/funding to/for _ on hold
162 | verb | put [its] aid/assistance/funding on hold
162 | verb | scale back [its] aid/assistance/funding to/for _
162 | verb | cut back [its] aid/assistance/funding to/for _
162 | verb | wind down [its] aid/assistance to/for _
162 | verb | suspend/halt/freeze/withhold/cut [all] non-humanitarian aid/assistance to _

# 1621 Reduce or stop economic assistance
1621 | verb | halt/suspend/freeze/stop/pause/cut [all] disbursements to/for _
1621 | verb | halt/suspend/freeze/stop/pause/cut [all] lending to/for _
1621 | verb | halt/suspend/freeze/stop/pause/cut/withdraw [all] development aid/assistance/funding/support/cooperation
1621 | verb | halt/suspend/freeze/stop/pause/cut/withdraw [all] budget/budgetary/financial support
1621 | verb | freeze/suspend/halt/cut [all] [yen/concessional/soft] loans to _
1621 | verb | scale back [its] development aid/assistance/funding to/for _
1621 | noun | freeze on disbursements to _

# 1622 Reduce or stop military assistance
1622 | verb | suspend/halt/freeze/withhold/cut/stop/pause/block [all] security aid/assistance to/for _
1622 | verb | suspend/halt/freeze/withhold/cut/stop/pause/block [all] security aid/assistance
1622 | verb | halt/suspend/freeze/stop/pause/block/end future arms/weapons sales/shipments/exports/deliveries/transfers to _
1622 | verb | halt/suspend/freeze/stop/pause/block/end [all] arms/weapons transfers to _
1622 | verb | scale back [its] military aid/assistance/support to/for _
1622 | noun | freeze on security aid/assistance to _

# 1623 Reduce or stop humanitarian assistance
1623 | verb | scale back [its] humanitarian aid/assistance/operations to/in _
1623 | verb | scale back [its] food aid/assistance/rations
1623 | verb | cut back [its] humanitarian/food aid/assistance to/in _
1623 | verb | suspend/halt/pause/stop/cut [its] humanitarian/food aid/assistance/operations in _

# 163 Impose embargo, boycott, or sanctions
163 | verb | freeze/suspend/halt/cut/ban [all] trade with _
163 | verb | freeze/suspend/halt/cut/ban [all] bilateral trade with _
163 | verb | freeze/suspend/halt [all] trade and investment with _
163 | verb | freeze/suspend/halt [all] business/commercial dealings/ties with _
163 | verb | suspend/halt/ban/stop/block [all] imports of coal/oil/gas/crude/grain/wheat/beef/pork/seafood/fish/wine/timber/steel/textiles/goods/products from _
163 | verb | suspend/halt/ban/stop/block [all] exports of oil/gas/fuel/grain/wheat/chips/semiconductors/technology/goods/products to _
163 | verb | add _ to [its/the] blacklist
163 | verb | add _ to [its/the] entity/sanctions list
163 | verb | place/put sanctions on _
163 | verb | place/put _ under sanctions

# 164 Halt negotiations
164 | verb | call off [the] [secret/direct/indirect/bilateral/formal/planned/scheduled] [peace] talks/negotiations with _
164 | verb | call off [the] [secret/direct/indirect/bilateral/formal/planned/scheduled] [peace] talks/negotiations
164 | verb | walk away from [the] [peace/ceasefire/nuclear/trade] talks/negotiations with _
164 | verb | walk away from [the] [peace/ceasefire/nuclear/trade] talks/negotiations
164 | verb | walk out of [the] [peace/ceasefire/nuclear/trade] talks/negotiations/conference
164 | verb | pull out of [the] [peace/ceasefire/nuclear/trade] talks/negotiations
164 | verb | withdraw from [the] [peace/ceasefire/nuclear/trade] talks/negotiations
164 | verb | break off [the] [peace/ceasefire/nuclear/trade] talks/negotiations with _
164 | verb | break off [the] [peace/ceasefire/nuclear/trade] talks/negotiations
164 | verb | suspend [its] participation in [the] [peace/ceasefire] talks/negotiations
164 | verb | freeze [the] [peace/ceasefire/nuclear] talks/negotiations with _

# 165 Halt mediation
165 | verb | put [its] role as [a] [peace] broker/mediator/facilitator/intermediary in _ on hold
165 | verb | put [its] role as [a] [peace] broker/mediator/facilitator/intermediary on hold
165 | verb | put [its] mediation [efforts] on hold
165 | verb | suspend/end/freeze/abandon/halt [its] role as [a] [peace] broker/facilitator/intermediary
165 | verb | suspend/end/freeze/halt/abandon [its] mediation efforts
165 | verb | suspend/end/freeze/halt/abandon [its] peace facilitation role
165 | verb | end/suspend/abandon [its] mediation between _
165 | verb | end/suspend/abandon [its] mediation in _

# 1661 Expel or withdraw peacekeepers
1661 | verb | pull [its] troops/soldiers/contingent out of [the] _ peacekeeping mission/force/operation
1661 | verb | pull [its] troops/soldiers/contingent out of [the] peacekeeping mission/force/operation
1661 | verb | withdraw [its] troops/soldiers/contingent from [the] _ peacekeeping mission/force/operation
1661 | verb | withdraw [its] troops/soldiers/contingent from [the] peacekeeping mission/force/operation
1661 | verb | order [the] [UN] peacekeeping mission/force out
1661 | verb | order [the] [UN] peacekeepers to leave [the] [country]
1661 | verb | order [the] [UN] blue helmets to leave [the] [country]
1661 | verb | end [the] mandate of [the] [UN] peacekeeping mission/force
1661 | verb | terminate [the] [UN] peacekeeping mission/force

# 1662 Expel or withdraw inspectors, observers
1662 | verb | order _ [nuclear/weapons] inspectors/monitors/observers to leave
1662 | verb | order _ [nuclear/weapons] inspectors/monitors/observers out
1662 | verb | order [the] [international] [nuclear/weapons] inspectors/monitors/observers to leave
1662 | verb | withdraw/revoke/cancel [the] accreditation of [several/some] [experienced/senior/veteran] _ inspectors
1662 | verb | withdraw/revoke/cancel [the] accreditation of [several/some] [experienced/senior/veteran] inspectors
1662 | verb | withdraw/revoke/cancel [the] accreditation of [the] [UN/international] monitors/observers
1662 | verb | de-designate/deregister [several/some/two/three] [experienced/senior/veteran] [IAEA/UN] inspectors
1662 | verb | shut down [the] _ monitoring/observer/observation mission
1662 | verb | close [the] _ monitoring/observer/observation mission
1662 | verb | force [the] _ monitoring/observer/observation mission to close/leave/withdraw
1662 | verb | force [the] _ monitoring/observer/observation mission to shut down
1662 | verb | block [an/the] extension of [the] _ monitoring/observer/observation mission
1662 | verb | ban/bar/block [the] _ inspectors/monitors/observers from
1662 | verb | refuse [to] [extend] [the] mandate of [the] _ monitoring/observer mission
1662 | verb | expel/remove [the] _ monitoring/observer/observation mission
1662 | verb | bar/ban [the] _ election observers/monitors

# 1663 Expel or withdraw aid agencies
1663 | verb | order [the] [foreign/international] charities/NGOs to leave
1663 | verb | order [the] [foreign/international] aid agencies/groups/organisations/organizations/workers to leave
1663 | verb | suspend [the] operations/activities of [the] [foreign/international] aid agencies/groups/charities/NGOs
1663 | verb | suspend [the] operations/activities/licence/license/licences/licenses of _
1663 | verb | revoke [the] licence/license/licences/licenses/registration of [foreign/international] aid/relief agencies/groups/charities/NGOs

# 172 Impose administrative sanctions, not specified below (and ordering bodies to cease work)
172 | verb | order _ to cease/halt/stop/suspend/end [its/their] activities/operations/work
1721 | verb | designate/brand/label _ [an/a] undesirable organisation/organization/group
1721 | verb | declare/designate/brand/label _ [a] foreign agent/agents
172 | verb | freeze [the] bank accounts of _
172 | verb | freeze _ bank accounts
172 | verb | revoke [the] [permanent/legal] residency/residence/citizenship/licence/license/accreditation of _
172 | verb | revoke [the] residency/residence permits of _
172 | verb | strip _ of [its/their] residency/citizenship/nationality/licence/license/accreditation
172 | verb | cancel [the] residency/residence/visas/permits of _

# 1711 Confiscate property
1711 | verb | take over [the] [local/foreign/Russian/domestic] assets/property/properties/subsidiaries/operations of _
1711 | verb | take control of [the] [local/foreign] assets/property/properties/subsidiaries of _
1711 | verb | seize control of [the] [local/foreign] assets/property/properties/subsidiaries of _
1711 | verb | place/put [the] [local] assets/subsidiaries of _ under temporary/state/government/external management/control
1711 | verb | nationalise/nationalize [the] [local] assets/subsidiary/subsidiaries/unit/operations of _
1711 | verb | expropriate [the] [local] assets/property/properties/land/farms/subsidiary/unit of _
1711 | verb | confiscate [the] [homes/houses/land/property/properties/assets/passports] of _
1711 | verb | seize [the] passports of _
1711 | noun | confiscation of [the] assets/property/properties/land/homes of _
1711 | noun | expropriation of [the] assets/property/properties/land of _

# 1721 Impose restrictions on political freedoms
1721 | verb | halt/suspend/stop [its/the] print/printed edition/editions
1721 | verb | halt/suspend/stop [the] printing of [the] newspaper
1721 | verb | ban [the] wearing of face masks/coverings at [public] gatherings/protests/rallies
1721 | verb | ban face masks/coverings at [public] gatherings/protests/rallies
1721 | verb | ban [public] gatherings of more than
1721 | verb | ban [all] [public] gatherings/assemblies
1721 | verb | ban/prohibit [all] public protests/demonstrations/assemblies/meetings

# 1723 Impose curfew
1723 | verb | impose/declare/order/enforce/announce [a/an] citywide/nationwide/countrywide/statewide/province-wide/indefinite/round-the-clock/dusk-to-dawn/sunset-to-sunrise/night/all-day/24-hour curfew
1723 | verb | clamp/slap/extend/reimpose [a/an] citywide/nationwide/countrywide/statewide/province-wide/indefinite/round-the-clock/dusk-to-dawn/sunset-to-sunrise/night/all-day/24-hour curfew
1723 | verb | clamp/slap [a/an] curfew on/in/across _
1723 | verb | clamp/slap [a/an] curfew
1723 | verb | place/put _ under [a/an] [round-the-clock/indefinite/total/strict/night/nightly/24-hour/dusk-to-dawn] curfew
1723 | verb | extend/reimpose [the] curfew

# 1724 Impose state of emergency or martial law
1724 | verb | introduce/impose/proclaim/declare/announce/enforce [a] martial law
1724 | verb | impose/introduce/proclaim/announce [a] three-month/six-month/one-month/two-month/30-day/60-day/90-day state of emergency
1724 | verb | declare [a] three-month/six-month/one-month/two-month/30-day/60-day/90-day state of emergency
1724 | verb | place/put _ under martial law

# 173 Arrest, detain, or charge with legal action
173 | verb | take into custody _
173 | verb | round up [tens/hundreds] [of] opposition activists/supporters/figures/leaders
173 | verb | sweep up [tens/hundreds] [of] activists/protesters/dissidents
173 | verb | sweep up [tens/hundreds] [of] opposition supporters/activists

# 174 Expel or deport individuals
174 | verb | order [the] deportation/expulsion of _
174 | verb | order _ deported
174 | verb | expel [foreign] journalists/reporters/correspondents
174 | verb | expel _ journalists/reporters/correspondents from
174 | verb | revoke [the] press credentials of _
174 | verb | strip _ journalists/reporters/correspondents of [their] press credentials
174 | noun | forcible/forced return/repatriation/deportation of _

# 175 Use tactics of violent repression
175 | verb | beat _ with batons/truncheons/clubs/sticks/rods/whips
175 | verb | beat [the] protesters/demonstrators/marchers/students with
175 | verb | violently disperse/break/crush
175 | verb | launch [a] brutal/bloody/violent/deadly crackdown on _

# 180 Use unconventional violence, not specified below
180 | verb | go on [a] rampage through/in
180 | verb | go on [a] rampage
180 | verb | go on [a] killing/shooting/stabbing rampage through/in
180 | verb | run amok/amuck

# 182 Physically assault, not specified below
182 | verb | beat _ up
182 | verb | beat _ severely/badly/brutally/savagely
182 | verb | beat _ with sticks/clubs/rods/batons/stones/bats/belts/cables
182 | verb | beat _ with iron bars/rods
182 | verb | beat _ with rifle butts
182 | verb | physically assault/attack _
182 | noun | physical assault/attack on _

# 1821 Sexually assault
1821 | verb | commit [widespread/systematic/mass/rampant] sexual violence against _
1821 | verb | commit [widespread/systematic] rape/rapes against _
1821 | verb | commit [widespread/systematic] sexual abuse against _
1821 | verb | subject _ to sexual violence/abuse/assault
1821 | verb | sexually assault/abuse/violate _
1821 | verb | use rape as [a] weapon of war against _

# 1822 Torture
1822 | verb | subject _ to torture/waterboarding/beatings
1822 | verb | subject _ to electric shocks

# 183 Conduct suicide, car, or other non-military bombing
183 | verb | trigger/detonate [a/an] powerful/massive/huge/large explosion/blast/bomb
183 | verb | set off [a/an] powerful/massive/huge/large explosion/blast/bomb
183 | verb | set off [an] explosion/blast
183 | verb | plant/place [a] bomb/bombs/explosives at/in/on/near/under
183 | verb | carry out [a] bombing/bombings on/in/at/against
183 | verb | carry out [a] bomb attack/attacks on/in/at/against
183 | noun | bomb attack on/in/at/against

# 1831 Carry out suicide bombing
1831 | verb | detonate [his/her] explosives-laden/suicide vest/belt
1831 | verb | carry out [a] suicide bombing/attack on/in/at/against
1831 | verb | carry out [a] suicide bombing/attack
1831 | noun | suicide bombing/attack on/in/at/against

# 1832 Carry out car bombing
1832 | verb | detonate/explode [a] truck/car/van/vehicle/lorry packed/laden/loaded/filled/rigged with explosives
1832 | verb | ram [a] explosives-laden/explosive-laden car/truck/vehicle into
1832 | verb | ram [an] explosives-laden/explosive-laden car/truck/vehicle into
1832 | verb | plant [a/the] car/truck/vehicle bomb
1832 | noun | car bomb attack on/in/at/against
1832 | noun | car bombing in/at/of

# 1833 Carry out roadside bombing
1833 | verb | blow up [an] armoured/armored vehicle/personnel carrier
1833 | verb | blow up [a] patrol vehicle/truck/jeep
1833 | verb | blow up [a] _ convoy/patrol/vehicle
1833 | verb | strike/hit _ convoy/patrol/vehicle with [a/an] roadside bomb/IED/landmine/mine
1833 | verb | strike/hit _ convoy/patrol/vehicle with [a/an] improvised explosive device
1833 | verb | target _ convoy/patrol with [a/an] roadside bomb/IED/landmine
1833 | verb | target _ convoy/patrol with [a/an] improvised explosive device
1833 | verb | plant [a] roadside bomb/IED
1833 | noun | roadside bomb attack/blast/explosion on/in/near
1833 | noun | roadside bombing in/of

# 184 Use as human shield
184 | verb | hold _ as [a] human shield/shields
184 | verb | use _ as [a] shield/shields
184 | verb | use [tens/hundreds] [of] civilians as [a] human shield/shields
184 | verb | hold [tens/hundreds] [of] civilians as [a] human shield/shields
184 | verb | hide among civilians
184 | verb | shield themselves/itself with civilians

# 185 Attempt to assassinate
185 | verb | try/attempt/plot to assassinate _
185 | verb | try/attempt/plot to kill _
185 | verb | be behind [a/the] [failed/foiled] attempt on _ life
185 | verb | be behind [a/the] [failed/foiled] assassination attempt/plot against/on _

# 190 Use conventional military force, not specified below
190 | verb | launch/begin/start/conduct military operations against/in _
190 | verb | carry out military operations against/in _
190 | verb | launch/begin/start/mount [a] military offensive against/on/in _
190 | verb | launch [a] large-scale/full-scale/major offensive against/on/in _
190 | verb | launch [an] all-out offensive/assault against/on _

# 191 Impose blockade, restrict movement
191 | verb | close [all] land/sea/air ports/crossings/borders to _
191 | verb | close [all] ports and airports to _
191 | verb | seal [all] [land/sea] borders/crossings/ports with/to _
191 | verb | seal off [the] [entire] city/town/region/territory/enclave/strip
191 | verb | impose [a] land/sea/air/total/economic blockade on _
191 | verb | impose [an] air and sea blockade on
191 | verb | block/halt/stop [all] aid/food/fuel/humanitarian deliveries/convoys/shipments into/to _
191 | verb | cut off [all] food, water and electricity to

# 196 Violate ceasefire
196 | verb | violate [a/an] humanitarian/temporary/fragile/24-hour/48-hour/72-hour/week-long/three-day/seven-day/nationwide/brokered/unilateral ceasefire/truce/cease-fire
196 | verb | break [a/an] humanitarian/temporary/fragile/24-hour/48-hour/72-hour/week-long/three-day/seven-day/nationwide/brokered/unilateral ceasefire/truce/cease-fire
196 | verb | breach [a/an] humanitarian/temporary/fragile/24-hour/48-hour/72-hour/week-long/three-day/seven-day/nationwide/brokered/unilateral ceasefire/truce/cease-fire
196 | verb | breach [a/the] ceasefire/truce/cease-fire
196 | verb | break [a] ceasefire/truce/cease-fire

# 201 Engage in mass expulsion
201 | verb | drive [tens/hundreds] [of] _ from [their] homes/villages/land
201 | verb | drive [tens/hundreds] [of] _ out of [their] homes/villages/land
201 | verb | expel [tens/hundreds] [of] _ from [their] homes/villages/land
201 | verb | forcibly displace/expel [tens/hundreds] [of] _
201 | noun | mass expulsion/expulsions/deportation/deportations of _
201 | noun | forced displacement/expulsion of _

# 202 Engage in mass killings
202 | verb | carry out [a] massacre/massacres of/against/in _
202 | verb | commit [a] massacre/massacres of/against/in _
202 | verb | commit mass killings/atrocities against _
202 | verb | kill [tens/hundreds] [of] civilians in [a] massacre
202 | verb | slaughter [tens/hundreds] [of] _

# 203 Engage in ethnic cleansing
203 | verb | conduct/wage [a] campaign of ethnic cleansing against/in _
203 | verb | carry out [a] campaign of ethnic cleansing against/in _
203 | verb | conduct/wage [a] campaign of ethnic cleansing
203 | verb | ethnically cleanse _

# 204 Use weapons of mass destruction, not specified below
204 | verb | use/unleash/deploy weapons of mass destruction against/on _
204 | verb | use/unleash/deploy weapons of mass destruction
204 | noun | use of weapons of mass destruction against/on _

# 2041 Use chemical, biological, or radiological weapons
2041 | verb | use [a] [military-grade/Soviet-era/banned/deadly] nerve agent/agents/gas against/on _
2041 | verb | use [a] [military-grade/Soviet-era/banned/deadly] nerve agent/agents/gas
2041 | verb | use sarin/chlorine/mustard/VX [nerve/poison] gas/agent against/on _
2041 | verb | use sarin/chlorine/mustard/VX [nerve/poison] gas/agent
2041 | verb | attack _ with sarin/chlorine/mustard/VX/poison/nerve gas/agent
2041 | verb | drop/fire [a] chlorine/sarin/chemical/poison gas bombs/barrels/shells/rockets/munitions on _
2041 | verb | carry out [a] chemical/gas/sarin/chlorine attack on/against/in _
2041 | verb | poison _ with [a] [military-grade/Soviet-era/deadly] nerve agent
2041 | noun | chemical/gas/sarin/chlorine attack on/against/in _

# 2042 Detonate nuclear weapons
2042 | verb | drop [a] [second/third] nuclear/atomic weapon/bomb on _
2042 | verb | drop [a] [second/third] atom/hydrogen bomb on _
2042 | verb | use [a] nuclear/atomic weapon/bomb against/on _
2042 | noun | atomic/nuclear bombing of _

# --- second pass: wider phrase families for the same roots ---

# 150
150 | verb | stage/conduct/hold/launch/order snap military/combat/naval/air exercises/drills
150 | verb | stage/conduct/hold/launch/order snap exercises/drills
150 | verb | test-fire [a] [new] ballistic/cruise/hypersonic/short-range/long-range/intercontinental missile/missiles
# 151 / 152
151 | verb | raise [its] [terrorism/terror/security/national] threat level to critical/severe/red/highest/maximum
152 | verb | raise [the] alert level of [its] forces/troops/army/military/units/navy
152 | verb | raise [the] alert status of [its] forces/troops/army/military/units/navy
# 153
153 | verb | deploy [armoured/armored] police vehicles/trucks
153 | verb | deploy water cannon/cannons/trucks
# 154
154 | verb | deploy/send/dispatch/move/station battlegroups/brigades/battalions/divisions to _
154 | verb | deploy/send/dispatch/move/station battlegroups/brigades/battalions/divisions
154 | verb | deploy/send/dispatch/move/station battle groups to _
154 | verb | order [tens/hundreds] [of] troops/soldiers/forces/reinforcements to _
154 | verb | begin/start/launch [a] [massive/major/rapid] military buildup/build-up
154 | verb | begin/start/launch [a] [massive/major/rapid] troop buildup/build-up
154 | verb | send [in] reinforcements to _
# 160
160 | verb | quit/leave/exit [the] International Criminal Court
160 | verb | withdraw from [the] International Criminal Court
160 | verb | quit/leave/exit [the] Commonwealth
160 | verb | withdraw from [the] Commonwealth
160 | verb | quit/leave/exit [the] UN Human Rights Council
160 | verb | withdraw from [the] UN Human Rights Council
# 161
161 | verb | close/shut [the] _ consulates/embassies
161 | verb | order [the] closure of [the] _ consulates/embassies
# 162
162 | verb | halve [its] [foreign/bilateral/overseas] aid/assistance/funding to/for _
162 | verb | slash [its] [foreign/bilateral/overseas] aid/assistance/funding to/for _
# 163
163 | verb | tighten/impose/expand/broaden export curbs/controls on chips/semiconductors/technology to _
163 | verb | tighten/impose/expand/broaden export curbs on _
163 | verb | bar/ban _ ships/vessels/aircraft/planes/flights/airlines from [its] ports/airspace/waters
163 | verb | close [its] ports/airspace/waters to _ ships/vessels/aircraft/planes/flights
# 164
164 | verb | pull/withdraw/recall [its] delegation/negotiators from [the]
164 | verb | pull/withdraw/recall [its] negotiating team from [the]
164 | verb | pull [its] delegation/negotiators out of [the] talks/negotiations
# 165
165 | verb | step back from [its] mediating/mediation/mediator role
165 | verb | step away from [its] mediating/mediation/mediator role
165 | verb | withdraw from [its] mediating/mediation/mediator role
# 166
166 | verb | order _ troops/forces/soldiers to leave [the] [country]
166 | verb | order [the] withdrawal of _ troops/forces/soldiers
166 | verb | tell _ troops/forces/soldiers to leave [the] [country]
# 170
170 | verb | attack/hit/target/cripple/disable/deface _ websites/networks/servers
170 | verb | knock out _ websites/networks/servers
170 | verb | attack/hit/target/cripple/disable _ computer systems/networks
170 | verb | hack into [the] [computer] systems/networks/servers of _
170 | verb | hack into [the] email accounts of _
170 | verb | break into [the] [computer] systems/networks/servers of _
170 | verb | break into [the] email accounts of _
170 | verb | break into [critical] infrastructure/computer/government networks/systems
170 | verb | hack _ servers/networks
170 | verb | hack _ email accounts
# 1711
1711 | verb | seize [the] assets/property/properties/farms/land/homes of _
1711 | verb | seize/grab [white-owned/foreign-owned/private] farms/land/property/properties
1711 | verb | take over [white-owned/foreign-owned/private] farms/land/property/properties
# 1721
1721 | verb | ban [a/an/the] [planned/proposed] opposition rally/march/protest/demonstration/gathering
1721 | verb | ban [a/an/the] planned/proposed rally/march/protest/demonstration/gathering
# 173
173 | verb | detain/hold/arrest _ over [the] attack/bombing/killing/murder/shooting/protests/riots
173 | verb | detain/hold/arrest _ in connection with [the]

# --- third pass ---
150 | verb | send/sail/dispatch/deploy [an] aircraft carrier [group] through/into/near _
150 | verb | send/sail/dispatch [a/an] carrier group through/into/near _
150 | verb | sail warships/destroyers/frigates through/into/near _
150 | verb | unveil [a] [new] long-range/ballistic/cruise/hypersonic/intercontinental missile/missiles
150 | verb | parade [its] [new] intercontinental/nuclear-capable/hypersonic ballistic missiles
150 | verb | enter _ territorial waters
150 | verb | intrude into _ territorial waters
150 | verb | sail into _ territorial waters
152 | verb | declare [a] state of heightened/high/maximum/full alert
154 | verb | reinforce/strengthen/bolster [its] garrison/garrisons in _
154 | verb | reinforce/strengthen/bolster [its] troops/positions in _
154 | verb | deploy [nuclear-capable] Iskander/ballistic/cruise missiles to _
154 | verb | move [nuclear-capable] Iskander/ballistic/cruise missiles to _
160 | verb | quit/leave UNESCO/WHO/ECOWAS/OAS
160 | verb | withdraw from UNESCO/WHO/ECOWAS/OAS
160 | verb | quit/leave [the] Council of Europe
160 | verb | withdraw from [the] Council of Europe
161 | verb | order _ ambassador/envoy/diplomats/diplomat to leave
161 | verb | tell _ ambassador/envoy/diplomats to leave
1622 | verb | suspend/halt/end/freeze [its] joint military operations/exercises/patrols/drills with _
163 | verb | agree/approve/adopt/impose [a/an] ban/embargo on _ coal/oil/gas/crude/steel/gold/diamond/diamonds/seafood/grain/timber imports
163 | verb | agree/approve/adopt/impose [a/an] ban/embargo on _ imports
163 | verb | place/put/impose export restrictions/controls on _
164 | verb | suspend/halt/freeze [the] nuclear/trade/accession/partnership/membership/border talks/negotiations with _
164 | verb | cancel [the] [scheduled/planned] talks/negotiations with _
164 | verb | cancel [the] [scheduled/planned] round of talks/negotiations with _
172 | verb | order [the] closure of [the] _ offices/office
1721 | verb | revoke/suspend/cancel [the] broadcasting/broadcast/operating licence/license of _
1721 | verb | shut down [the] [independent/opposition] newspaper/channel/station/broadcaster/website
1721 | verb | close [the] [independent/opposition] newspaper/channel/broadcaster
1721 | verb | shut down [the] [independent/opposition] TV/television/radio station/channel
174 | verb | expel [a/an] _ reporter/journalist/correspondent/researcher/activist/missionary/priest
201 | verb | expel/drive/force ethnic _ from
201 | verb | drive ethnic _ out of
