# Verb and event-noun patterns for CAMEO roots 17, 18, 19 and 20 (coerce, assault, fight, unconventional mass
# violence), from the sixth-round vocabulary sweep (eval/probes/probe6-17-20.jsonl and
# eval/probes/probe6-sweep-17-20.jsonl): for every sub-code, the plain verbs, phrasal verbs, support-verb + noun
# forms, nominalisations and passive-friendly forms English wire reports use. Written for readout.
# Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# 170 Coerce: cyber operations against an actor's systems and accounts
170 | verb | carry out [a] cyber attack/attacks on/against _
170 | verb | launch/stage/conduct/mount [a] cyber attack/attacks on/against _
170 | verb | carry out cyberattacks/cyber-attacks on/against _
170 | verb | launch/stage/conduct/mount cyberattacks/cyber-attacks on/against _
170 | verb | hit _ with [a] wave/series/barrage of cyberattacks/cyber-attacks/cyber attacks
170 | verb | hit _ with cyberattacks/cyber-attacks
170 | verb | target _ with [destructive/sophisticated] malware/ransomware/spyware/cyberattacks/cyber-attacks
170 | verb | infect _ with [destructive/sophisticated] malware/ransomware/spyware
170 | verb | hijack/hack [the] social media accounts of _
170 | verb | hijack [the] Twitter/Facebook/Telegram/YouTube/Instagram/X/email accounts/account of _
170 | verb | take over [the] social media accounts of _
170 | verb | take over [the] Twitter/Facebook/Telegram/YouTube/Instagram/email accounts/account of _
170 | noun | cyber attack on/against _
170 | noun | cyber attacks on/against _
170 | noun | cyberattacks on/against _

# 171 Seize or damage property: trashing and looting named buildings
171 | verb | trash [the] offices/office/headquarters/home/homes/house/studio/studios of _
171 | verb | loot/sack/plunder/pillage/ransack/trash [the] government buildings/offices/ministries
171 | verb | loot/plunder/pillage/ransack [the] warehouses/warehouse/stores/depots/depot of _

# 1711 Confiscate property: requisition, commandeer premises, seizure of assets
1711 | verb | requisition [the] buildings/building/property/properties/land/assets/vehicles/homes/farms/equipment/offices/premises
1711 | verb | commandeer [the] offices/headquarters/premises/building/buildings/property/properties/studios of _
1711 | noun | seizure of _ assets/property/properties/farms/land/shares/stake
1711 | noun | confiscation of _ assets/property/properties/farms/land/shares/stake

# 1712 Destroy property: demolition verbs and idioms
1712 | verb | dynamite _
1712 | verb | reduce [much/most/large/parts/swathes/swaths] [of] _ to rubble/ruins/ashes
1712 | verb | raze _ to [the] ground
1712 | verb | uproot [hundreds/thousands/dozens] [of] [Palestinian] olive trees/trees/orchards/vineyards/crops
1712 | verb | cut down [hundreds/thousands/dozens] [of] [Palestinian] olive trees/orchards
1712 | verb | level/levell [the] homes/houses/buildings/villages/village/neighbourhood/neighborhood/camp/town/mosque/school/hospital of _
1712 | verb | level/levell _ homes/houses/buildings/villages/neighbourhoods/neighborhoods
1712 | verb | level/levell [the] homes/houses/buildings/villages/neighbourhoods/neighborhoods
1712 | verb | gut [a/the] school/building/church/mosque/market/station/office/offices/hotel/homes/houses/courthouse
# 183 Bombing (beside the demolition forms of "blow up"): passenger transport and crowded places
183 | verb | blow up [a/the] passenger train/bus/airliner/plane/ferry
183 | verb | blow up [a/the] crowded bus/train/market

# 172 Administrative sanctions: travel bans on nationals, registration, lockdowns, designations
172 | verb | bar/ban/prevent/block/stop _ from leaving [the] country
172 | verb | bar/ban/prevent/block/stop _ from travelling/traveling abroad
172 | verb | cancel/revoke/suspend/withdraw [the] registration/registrations/licence/license/licences/licenses/permit/permits/accreditation of _
172 | verb | place/put _ under lockdown
172 | verb | designate _ as terrorist organisations/organizations/groups/entities
172 | verb | close/shut down _ non-governmental organisations/organizations
172 | verb | close/shut down [hundreds/dozens/thousands] [of] NGOs/charities
172 | verb | close/shut down [hundreds/dozens/thousands] [of] non-governmental organisations/organizations

# 1721 Restrictions on political freedoms: broadcasting, websites, phone networks, religious activity
1721 | verb | take _ off [the] air
1721 | verb | pull/force _ off [the] air
1721 | verb | block [independent/opposition/critical/foreign] news websites/sites/portals
1721 | verb | block [independent/opposition/critical/foreign] websites/sites/portals
1721 | verb | suspend/cut/block/halt/disrupt/restrict mobile/internet/cellphone/telephone/cellular/broadband phone/data/internet services/service/networks/network/access
1721 | verb | suspend/cut/block/halt/disrupt/restrict mobile/internet/cellphone/telephone/cellular/broadband services/service/networks/network/access
1721 | verb | step up restrictions/curbs/controls on religious/political/media/press/internet/civil activities/activity/freedoms/expression/worship/dissent/speech/assembly/gatherings
1721 | verb | tighten/impose/reinforce restrictions/curbs/controls on [the] internet/media/press/web
1721 | verb | tighten/impose restrictions/curbs/controls on religious/political/media/press/internet/civil activities/activity/freedoms/expression/worship/dissent/speech/assembly/gatherings
1721 | verb | order [a] shutdown/blackout of [the] internet
1721 | verb | order [a] shutdown/blackout of [the] social media/networks
1721 | verb | order [a] shutdown/blackout of [the] mobile internet/networks
1721 | noun | shutdown of [the] social media/networks
1721 | noun | shutdown of [the] mobile internet/networks
1721 | verb | close/shut down [a/an/the] reformist/opposition/independent/critical/private/pro-democracy/liberal/Kurdish newspaper/newspapers/daily/weekly/magazine/website
1721 | verb | close/shut down [a/an/the] reformist/opposition/independent/critical/private/pro-democracy/liberal/Kurdish broadcaster/television/TV/radio/station/channel
1721 | verb | close [a/an/the] reformist/opposition/independent/critical/private/pro-democracy/liberal/Kurdish newspaper/newspapers/daily/weekly/magazine/website
1721 | verb | close [a/an/the] reformist/opposition/independent/critical/private/pro-democracy/liberal/Kurdish broadcaster/television/TV/radio/station/channel
1721 | verb | ban [the] [annual] vigil/vigils/commemoration/commemorations/march/marches/parade/parades
1721 | verb | ban/outlaw [the] annual _ vigil/commemoration/march/parade/rally
1721 | verb | outlaw [the] [annual] vigil/vigils/commemoration/commemorations/march/marches/parade/parades
1721 | verb | ban/prohibit/outlaw [the] publication/broadcast/broadcasting/reporting/coverage of

# 1722 Ban political parties or politicians: movements, suspensions, unlawful organisations
1722 | verb | ban/outlaw/dissolve [the] political movement/movements/party/parties/organisation/organization of _
1722 | verb | suspend [the] _ party
1722 | verb | suspend [the] activities of _ party/parties
1722 | verb | declare _ [an] unlawful/illegal/banned organisation/organization/association/group
1722 | verb | outlaw [the] Muslim Brotherhood

# 1724 State of emergency or martial law: suspension of rights under emergency powers
1724 | verb | suspend constitutional rights/guarantees/liberties/freedoms
1724 | verb | rule by emergency decree

# 173 Arrest, detain or charge: pick-ups, swoops, cuffs, bookings, trial in absentia
173 | verb | pick up _ from his/her/their home/homes/house/houses/office/offices/residence/apartment
173 | verb | swoop on _
173 | verb | handcuff _
173 | verb | cuff _
173 | verb | try _ in absentia
173 | verb | book _ on charges/charge of
173 | verb | book _ under [the] anti-terror/anti-terrorism/sedition/security law/act
173 | verb | bring/file/level/lodge/press lese-majeste/sedition/treason/terrorism/terror/espionage/corruption/fraud/murder/blasphemy/defamation/subversion/rioting charges against _

# 174 Expel or deport individuals: pushbacks, escorts back, send home
174 | verb | push back [the] migrant/refugee boats/boat
174 | verb | push back [the] migrants/refugees/asylum-seekers
174 | noun | pushback/pushbacks of _
174 | verb | escort _ back across [the] border
174 | verb | send home [thousands/hundreds/dozens] [of] _ workers/migrants/nationals
174 | verb | send back _ migrants/refugees/asylum-seekers

# 175 Violent repression: breaking up, suppressing, storming protest camps
175 | verb | break up [a/the] _ rally/protest/demonstration/march/sit-in/gathering/vigil
175 | verb | break up [a/the] rally/protest
175 | verb | suppress/crush/quash/quell _ demonstrations/protests/rallies/uprising/unrest/dissent/movement/revolt
175 | verb | brutally/violently suppress [the] _ demonstrations/protests/rallies/uprising/unrest/dissent/movement/revolt
175 | verb | brutally/violently suppress [the] demonstrations/protests/rallies/uprising/unrest/dissent/revolt
175 | verb | storm/raid/clear [a/the] protest camp/camps/encampment/encampments
175 | verb | break up [a/the] protest camp/camps/encampment/encampments
175 | verb | put down [a/an/the] uprising/revolt/protests/protest/unrest/riots/demonstrations/rebellion
175 | verb | crush [the] _ movement
175 | verb | clear [the] protesters/demonstrators from
175 | verb | mow down [the] protesters/demonstrators/marchers/mourners

# 180 Unconventional violence: vehicle rammings and sieges of soft targets
180 | verb | plough/plow/ram/drive [a/his/their] [truck/lorry/car/vehicle/van] into [a] crowd/crowds/pedestrians/shoppers/worshippers/revellers/revelers

# 181 Abduct, hijack: planes, "spirit away"
181 | verb | commandeer [a/the] [passenger] plane/aircraft/jet/airliner/flight/bus
181 | verb | spirit away _
181 | verb | spirit _ away

# 182 Physical assault
182 | verb | maul _
182 | verb | batter _

# 1822 Torture: ill-treatment of people held
1822 | verb | mistreat/ill-treat/abuse/maltreat _ held in detention/custody/prison
1822 | verb | mistreat/ill-treat/abuse/maltreat detained _

# 1823 Kill by physical assault: throats
1823 | verb | slit/cut [the] throat/throats of _

# 183 Non-military bombing: firebombs and explosives attacks
183 | verb | firebomb _
183 | verb | petrol-bomb _
183 | verb | attack _ with explosives/bombs/grenades

# 1832 Car bombing: booby-trapped vehicles
1832 | verb | detonate/explode [a] booby-trapped car/vehicle/truck/lorry/van/motorcycle
1832 | verb | set off [a] booby-trapped car/vehicle/truck/lorry/van/motorcycle

# 1833 Roadside bombing: landmines under convoys
1833 | verb | detonate/explode/plant [a] landmine/mine/IED under/beneath/near/against _
1833 | verb | detonate/explode/plant [a] roadside bomb under/beneath/near/against _
1833 | verb | set off [a] landmine/mine/IED under/beneath/near/against _
1833 | verb | set off [a] roadside bomb under/beneath/near/against _

# 186 Assassinate
186 | verb | take out [a/the] _ commander/leader/chief
186 | noun | targeted killing of _

# 191 Blockade, restrict movement
191 | verb | block/halt/disrupt [all] shipping in/through _
191 | verb | close [the] _ strait/crossing/port to
191 | verb | close [the] strait/crossing/port to _
191 | verb | close [the] _ crossing/crossings

# 192 Occupy territory
192 | verb | seize [the] town/city/village/airport/airbase/base/port/bridge/dam/territory/region/province/district/capital/hill/hilltop/island/oilfield
192 | verb | seize [the] _ nuclear power plant/station
192 | verb | seize [the] nuclear power plant/station
192 | verb | seize [the] _ power plant/station/airport/dam
192 | verb | fall to _ troops/forces/rebels/fighters/militants/insurgents/militiamen | recipient
192 | noun | capture of [the] town/city/village/capital/airport/base/port/region/province/district
192 | verb | move/push into _ territory

# 196 Violate ceasefire
196 | verb | violate/break/breach [the] _ truce/ceasefire/cease-fire/armistice

# 201 Mass expulsion
201 | verb | force/cause/trigger/spark [the] [mass] exodus of _

# --- second pass of the sweep ---
# 170 Cyber: data theft and surveillance by hackers
170 | verb | steal [sensitive/classified/secret/confidential/personal] data/information/files/documents/secrets/emails from _
170 | verb | hack into [the] phones/emails/email accounts/computers/devices of _
170 | verb | spy on [the] email accounts/emails/communications/phones of _

# 171 Seize property: theft of goods by forces, ransacking homes and shops
171 | verb | steal/loot/plunder _ grain/artworks/artefacts/artifacts/livestock/cattle/machinery/equipment
171 | verb | steal/loot/plunder grain/artworks/artefacts/artifacts/livestock/cattle/machinery/equipment
171 | verb | ransack [the] homes/home/houses/house/shops/shop/stores/businesses/villages of _

# 1711 Confiscate: takeovers of plants, attachment of property, trusteeship
1711 | verb | take over [a/the] _ factory/plant/plants/factories/mine/mines/refinery/refineries/farm/farms/oilfield/oilfields
1711 | verb | take over [a/the] factory/plant/plants/factories/mine/mines/refinery/refineries/farm/farms/oilfield/oilfields
1711 | verb | attach [the] properties/property/assets/bank accounts of _
1711 | verb | place/put _ under state/government/court trusteeship/receivership/control
1711 | verb | place/put _ under trusteeship/receivership

# 172 Administrative sanctions: permits, credentials, dissolution of associations
172 | verb | revoke/cancel/suspend/withdraw [the] work/travel/residence/residency/entry/press permits/permit/visas/visa/credentials/cards of _
172 | verb | revoke/cancel/suspend/withdraw [the] press credentials/accreditation/accreditations of _
172 | verb | liquidate [the] _ group/organisation/organization/NGO/association/foundation
172 | verb | liquidate [dozens/hundreds] [of] _ groups/organisations/organizations/NGOs/associations/foundations/charities

# 1721 Political freedoms: blocking named platforms, closing newspapers without an adjective
1721 | verb | block/restrict/suspend access to Wikipedia/Twitter/X/Facebook/Instagram/YouTube/WhatsApp/Telegram/Signal/TikTok/Google/Skype/Viber/Bluesky
1721 | verb | block/restrict access to [the] social media/networking/messaging site/sites/platform/platforms/app/apps/websites/website
1721 | verb | block/ban Wikipedia/Twitter/Facebook/Instagram/YouTube/WhatsApp/Telegram/Signal/TikTok/Skype/Viber/Bluesky
1721 | verb | close/shut down [a/an/the] newspaper/newspapers/daily/dailies/broadcaster/broadcasters/magazine/magazines
1721 | verb | close [a/an/the] newspaper/newspapers/daily/dailies/broadcaster/broadcasters/magazine/magazines

# 1723 Curfew: other support verbs
1723 | verb | introduce/decree/announce/reimpose/re-impose [a] [night/nightly/nighttime/night-time/nationwide/dusk-to-dawn/24-hour/round-the-clock/indefinite/total/strict/overnight/weekend] curfew

# 1724 State of emergency: extensions of emergency rule
1724 | verb | extend [the] emergency rule
1724 | verb | extend [the] martial law
1724 | verb | extend [the] state of emergency/siege

# 173 Arrest: holding in custody
173 | verb | hold _ in prison/jail
173 | verb | keep _ in prison/jail/custody

# 174 Expel individuals: workers and migrants
174 | verb | expel _ workers/migrants/nationals/refugees/asylum-seekers/correspondent/correspondents

# 175 Violent repression: shootings of protesters, crackdowns on protests
175 | verb | shoot dead _ protesters/demonstrators/marchers/mourners
175 | verb | shoot [dead] [the] protesters/demonstrators/marchers
175 | verb | crack down on [the] protesters/demonstrators/protests/demonstrations/dissent/dissidents/unrest/rallies
175 | verb | crack down on _ protesters/demonstrators/protests/demonstrations/supporters/dissidents


# 182 Beatings of named groups
182 | verb | beat [the] _ lawmaker/lawmakers/journalist/journalists/inmates/prisoners/detainees/protesters/demonstrators/activists/students/reporter/reporters/supporters/villagers/migrants/refugees/civilians/worshippers
182 | verb | beat [the] lawmaker/lawmakers/journalist/journalists/inmates/prisoners/detainees/protesters/demonstrators/activists/students/reporter/reporters/supporters/villagers/migrants/refugees/civilians/worshippers

# 201 Mass expulsion: driving populations across borders
201 | verb | drive tens/hundreds/thousands of [thousands] [of] _ into/across/from

# --- third pass: phrasings from the probe sentences ---
170 | verb | launch/mount/stage/unleash [a] wave/series/spate/barrage of ransomware/cyber/hacking/DDoS/denial-of-service attacks on/against _
170 | verb | launch/mount/stage/unleash [a] wave/series/spate/barrage of cyberattacks/cyber-attacks on/against _
170 | verb | carry out [a] wave/series/spate/barrage of ransomware/cyber/hacking/DDoS/denial-of-service attacks on/against _
170 | verb | carry out [a] wave/series/spate/barrage of cyberattacks/cyber-attacks on/against _
170 | verb | paralyse/paralyze/cripple/disrupt [the] computer networks/systems/servers of _
170 | verb | knock out [the] computer networks/systems/servers of _
1712 | verb | smash/destroy/demolish/wreck/raze/bulldoze/desecrate [the] tombs/shrines/statues/monuments/graves/mausoleums/tombstones/gravestones/cemeteries of _
1712 | verb | smash/destroy/demolish/wreck/raze/bulldoze [the] ancient/historic/Sufi tombs/shrines/statues/monuments/mausoleums/temples/churches/mosques
1721 | verb | criminalise/criminalize dissent/protest/protests/criticism/opposition/demonstrations/homosexuality/blasphemy/journalism
1723 | verb | impose/clamp/declare/order/enforce [a] nationwide/citywide/countrywide overnight/night/nightly/dusk-to-dawn/24-hour/round-the-clock/indefinite curfew
1723 | verb | order residents/people/citizens off the streets
1723 | verb | order _ off the streets
183 | verb | set off [a] powerful/huge/massive/large/small/homemade/home-made/crude/makeshift bomb/bombs/device/devices
183 | verb | detonate/explode [a] powerful/huge/massive/large/small/homemade/home-made/crude/makeshift bomb/bombs/device/devices
2041 | verb | fire/launch/drop mustard/sarin/chlorine/poison/toxic/nerve gas/agent shells/rockets/bombs/munitions/canisters/barrels at/on/into _

# --- fourth pass ---
1711 | verb | seize/confiscate _ tax revenues/revenues/funds/assets/property/properties/land/farmland/farms
1711 | verb | seize/confiscate [the] tax revenues/funds/farmland
1711 | verb | seize [the] passport/passports of _
1711 | verb | forfeit [the] assets/property/properties/wealth of _
1711 | noun | forfeiture of [the] assets/property/properties/wealth of _
1711 | verb | take over [the] oil fields/wells/installations/concessions of _
1712 | verb | pull/tear/take down [the] crosses/cross/statues/statue/monuments/monument/minarets/minaret/domes from/of _
1712 | verb | set _ houses/homes/buildings/shops/cars/vehicles/huts/villages alight/ablaze
1712 | verb | set [the] houses/homes/buildings/shops/cars/vehicles/huts/villages alight
1712 | verb | burn _ homes/houses/villages/huts to the ground
1712 | verb | burn [the] homes/houses/villages/huts to the ground
172 | verb | put/place _ under [a] travel ban
1721 | verb | block hundreds/dozens/thousands of [independent/opposition/news] websites/sites/news
1722 | verb | dissolve/disband [the] [main] _ party/parties/movement/bloc
1722 | verb | dissolve/disband [the] [main] _ opposition group
1724 | verb | place/put _ under military rule/administration
1724 | verb | place/put _ under [a] state of siege/emergency
174 | verb | expel [a/an] _ imam/imams/cleric/clerics/preacher/preachers/nun/nuns/monk/monks/blogger/academic/scholar/businessman/tourist/tourists/national/nationals
174 | verb | repatriate/return _ defectors
174 | verb | send back _ defectors
181 | verb | forcibly disappear _
181 | noun | enforced disappearance of _
181 | noun | forced disappearance of _
1832 | verb | drive/ram [an/a] explosives-packed/explosives-laden/explosive-laden/bomb-laden/booby-trapped car/truck/vehicle/lorry/van/tanker into _
192 | verb | capture/seize/take/overrun [the] provincial/regional/district/state/rebel/strategic capital/town/city/stronghold of _

# --- fifth pass: nominal and passive forms ---
196 | noun | ceasefire violation/violations by _
196 | noun | truce violation/violations by _
196 | noun | violation/violations of [the] ceasefire/truce/cease-fire/armistice by _
1722 | noun | dissolution of [the] _ party/parties/movement
1823 | noun | lynching/lynchings of _
1823 | noun | beheading/beheadings of _
1823 | noun | murder of _
173 | verb | capture [a/the] [senior/top/wanted/notorious/suspected] _ commander/commanders/leader/leaders/chief/militant/militants/suspect/suspects/fugitive/fugitives/kingpin/gunman/gunmen/bomber

# --- sixth pass ---
180 | verb | carry out [a] terror attack/attacks on/against _
180 | verb | launch/stage/mount [a] terror/terrorist attack/attacks on/against _
193 | verb | rake _ with gunfire/bullets/machine-gun
195 | verb | drop cluster/incendiary/guided/glide bombs/munitions on _
192 | verb | overrun/seize/capture [a/the] military/army/air/naval/police base/outpost/post/garrison/barracks
203 | verb | carry out [the] genocide against/of _
203 | verb | perpetrate [the] genocide against/of _
1832 | verb | detonate/explode [a] vehicle-borne explosive/improvised device/IED
1832 | verb | set off [a] vehicle-borne explosive/improvised device/IED
1833 | verb | bury/plant/lay explosives/mines/landmines/IEDs/bombs along/on/beside/under [a/the] road/roads/highway/route
183 | verb | send/mail [a] letter/parcel/mail bomb/bombs to _
182 | verb | attack _ with clubs/sticks/knives/machetes/batons/stones/rods/acid/hammers/axes/bats
175 | verb | fire live bullets/rounds/ammunition at/on/into [the] protesters/demonstrators/crowd/crowds/marchers/mourners
175 | verb | fire live bullets/rounds/ammunition at/on/into _ protesters/demonstrators
1722 | verb | ban/outlaw _ political organisations/organizations/movement/movements/party/parties
1721 | verb | block/restrict access to [the] [independent/opposition/critical/foreign] news sites/websites/outlets/portals

# --- seventh pass: quick-test phrasings ---
173 | verb | cart off/away _
173 | verb | cart _ off/away
173 | verb | bundle _ into [police/unmarked/waiting] vans/van/cars/car/vehicles/trucks/buses
173 | verb | place/put _ under residential surveillance
174 | verb | kick out [a/an/the] _ reporter/journalist/correspondent/researcher/activist/missionary/priest/imam/diplomat/worker/workers/official/officials
174 | verb | expel [a/an] _ worker/workers/official/officials
174 | verb | send back [the] asylum seekers/asylum-seekers/migrants/refugees to _
175 | verb | charge [at] [the] protesters/demonstrators/crowd/marchers with batons/clubs/truncheons/sticks
175 | verb | charge _ with batons/truncheons
175 | verb | fire/shoot into [a/the] crowd/crowds of protesters/demonstrators/marchers/mourners
175 | verb | quash/quell/crush/suppress [a/an/the] rebellion/uprising/revolt/mutiny/insurrection
182 | verb | beat [a/the] _ farmer/farmers/man/men/woman/women/boy/boys/teenager/teenagers/priest/monk/cleric/worker/workers
192 | verb | seize/capture/take/grab [large/vast/huge] swathes/swaths/parts/chunks/areas of _

# --- eighth pass ---
1711 | verb | take over [dozens/hundreds/scores] [of] companies/businesses/firms/schools/hospitals linked/belonging/tied/connected to _
1711 | verb | seize [dozens/hundreds/scores] [of] companies/businesses/firms/schools/hospitals linked/belonging/tied/connected to _
172 | verb | revoke/cancel/withdraw/strip [the] legal status/registration of _
1721 | verb | ban/outlaw [the] Pride/gay/LGBT/LGBTQ/opposition/anti-government/anti-war/street march/marches/parade/parades/rally/rallies/protest/protests/gatherings/demonstrations
1822 | verb | subject _ to flogging/floggings/electrocution/ill-treatment/mistreatment
1831 | verb | detonate/explode/trigger [a/an/his/her] vest/belt packed/laden/filled/rigged with explosives
1832 | verb | detonate/explode [a] car/truck/vehicle/van/lorry/minibus packed/laden/filled/loaded/rigged with explosives
196 | verb | violate/breach [the] Easter/Christmas/Orthodox/holiday/Ramadan/Eid/Olympic/humanitarian/temporary/fragile/UN-brokered/US-brokered ceasefire/truce/cease-fire
200 | verb | commit [mass] atrocities/massacres in _
200 | verb | commit war crimes in _
2041 | verb | drop [barrel] bombs/barrels/canisters/munitions filled/laden/loaded/packed with chlorine/sarin/chemicals/gas/toxins on _
2042 | verb | detonate/explode [a] hydrogen/nuclear/atomic bomb/device/weapon

# --- ninth pass: support verbs and idioms ---
173 | verb | make [dozens/hundreds/scores/several/mass/multiple] [of] arrests
173 | verb | conduct [a] sweep/wave/series/round of arrests against/of/targeting _
173 | verb | carry out [a] sweep/wave/series/round of arrests against/of/targeting _
1721 | verb | shutter [a/an/the] [independent/opposition/critical/pro-democracy] newspaper/newspapers/broadcaster/radio/channel/magazine/website
172 | verb | padlock/seal [the] offices/office/headquarters/premises of _
182 | verb | beat [a/the] [detained/jailed/handcuffed/arrested] protester/demonstrator/detainee/prisoner/inmate/student/activist/journalist
192 | verb | seize/capture [a/the] [main/key/strategic/vital] border crossing/crossings
203 | verb | wage/conduct/launch [a] campaign of ethnic cleansing against/in _
1724 | verb | invoke/impose/declare/issue/enforce [an/a/the] emergency decree/law/laws
1724 | verb | invoke/impose/declare/issue/enforce [an/a/the] [severe/sweeping/special/internal] security/emergency act/decree
1721 | verb | jam [the] [foreign/satellite/independent/opposition/Western] broadcasts/signals/transmissions/broadcast/broadcasters
1721 | verb | close/shut [down] [the] _ bureau/bureaus
