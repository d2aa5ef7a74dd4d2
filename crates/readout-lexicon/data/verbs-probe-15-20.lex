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
153 | noun | heavy/massive police/security presence

# 154 Mobilize or increase armed forces
154 | verb | mass [tens/hundreds] [of] troops/soldiers/forces/tanks near/along/on/at/in/around
154 | verb | amass [tens/hundreds] [of] troops/soldiers/forces/tanks near/along/on/at/in/around
154 | verb | rush/send/move/deploy/dispatch army/military units/divisions/battalions/brigades to
154 | verb | rush/send/move/deploy/dispatch army/military units/divisions/battalions/brigades
154 | verb | deploy/send/dispatch/rush [tens/hundreds] [of] troops/soldiers/reservists to
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
163 | verb | add _ to [its/the] blacklist/entity list/sanctions list
163 | verb | place/put sanctions on _
163 | verb | place/put _ under sanctions

# 164 Halt negotiations
164 | verb | call off [the] [secret/direct/indirect/bilateral/formal/planned/scheduled] [peace] talks/negotiations with _
164 | verb | call off [the] [secret/direct/indirect/bilateral/formal/planned/scheduled] [peace] talks/negotiations
164 | verb | walk away from [the] [peace/ceasefire/nuclear/trade] talks/negotiations with _
164 | verb | walk away from [the] [peace/ceasefire/nuclear/trade] talks/negotiations/negotiating table
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
1661 | verb | order [the] [UN] peacekeepers/blue helmets to leave [the] [country]
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
1662 | verb | shut down/close [the] _ monitoring/observer/observation mission
1662 | verb | force [the] _ monitoring/observer/observation mission to close/leave/withdraw
1662 | verb | force [the] _ monitoring/observer/observation mission to shut down
1662 | verb | block [an] extension of [the] _ monitoring/observer/observation mission
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
172 | verb | revoke [the] [Jerusalem/permanent/legal] residency/residence/citizenship/licence/license/accreditation of _
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
1723 | noun | dusk-to-dawn/round-the-clock/nightly/citywide/nationwide curfew
