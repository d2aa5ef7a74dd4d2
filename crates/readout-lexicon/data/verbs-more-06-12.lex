# readout verbs-more-06-12.lex: additional verb and event-noun patterns for CAMEO roots 06-12
# (material cooperation, aid, yield, investigate, demand, disapprove/accuse/sue, reject/defy/veto).
# Written for readout; same format as verbs.lex (see docs/lexicon.md).

# 060 Engage in material cooperation, not specified below
060 | verb | launch [a] joint mission with _
060 | verb | carry out joint research with _
060 | verb | conduct joint research with _
060 | verb | set up [a] joint task force with _
060 | verb | form [a] joint task force with _
060 | noun | joint venture between
060 | noun | joint task force with _

# 061 Cooperate economically
061 | verb | buy/import/purchase LNG/coal/wheat/crude/electricity from _
061 | verb | sell/export/supply LNG/coal/wheat/crude to _
061 | verb | export grain to _
061 | verb | sell grain to _
061 | verb | resume gas/oil/grain/energy supplies/deliveries/shipments/exports to _
061 | verb | restore gas/oil/energy supplies to _
061 | verb | normalise/normalize trade with _
061 | verb | normalise/normalize trade relations with _
061 | verb | restore trade ties with _
061 | verb | grant market access to _
061 | verb | open [its] market to _ goods/products/exports/imports/companies
061 | verb | open [a] shipping route to _
061 | noun | oil/gas/grain/LNG exports to _
061 | noun | oil/gas/grain/LNG imports from _
061 | noun | trade pact with _

# 062 Cooperate militarily
062 | verb | hold/conduct/stage/start/begin military/naval/air exercises/drills with _
062 | verb | hold/conduct/stage bilateral/trilateral/combined/multinational exercises/drills with _
062 | verb | hold/stage/conduct war games with _
062 | verb | take part in joint exercises/drills with _
062 | verb | join _ in military/naval/joint exercises/drills
062 | verb | let _ use [its] bases/airspace/ports
062 | verb | allow _ to use [its] bases/airspace/ports
062 | verb | grant _ access to [its] bases/ports/airspace
062 | verb | grant overflight rights to _
062 | verb | grant _ overflight rights
062 | verb | coordinate airstrikes/strikes with _
062 | verb | conduct joint airstrikes/strikes with _
062 | verb | carry out joint airstrikes/strikes with _
062 | noun | war games with _
062 | noun | naval drills with _
062 | noun | military drills with _
062 | noun | military exercises with _
062 | noun | arms deal with _

# 063 Engage in judicial cooperation
063 | verb | approve/grant [the] extradition request
063 | verb | approve/grant _ extradition request
063 | verb | cooperate with investigators
063 | verb | cooperate with [the] ICC
063 | verb | cooperate with Interpol
063 | verb | assist/help investigators
063 | verb | provide/extend [mutual] legal assistance to _
063 | verb | return/send/repatriate _ to face trial/charges/justice
063 | verb | transfer _ to [the] custody of
063 | verb | arrest _ on [an] Interpol warrant
063 | verb | arrest _ on [an] Interpol red notice
063 | verb | detain _ on [an] Interpol red notice
063 | verb | hand over evidence to _
063 | noun | mutual legal assistance to _

# 064 Share intelligence or information
064 | verb | provide/supply/furnish _ with intelligence/information
064 | verb | give _ intelligence
064 | verb | share classified/sensitive/military/real-time intelligence with _
064 | verb | share radar/satellite/targeting data with _
064 | verb | provide/give targeting data/information to _
064 | verb | exchange data with _
064 | verb | exchange military information with _
064 | verb | pass [the] information to _
064 | verb | pass on [the] information to _
064 | verb | relay [the] information to _
064 | verb | keep _ informed
064 | verb | keep _ updated
064 | verb | keep _ in [the] loop
064 | verb | open [its] archives to _
064 | verb | warn _ of [a] terror/terrorist plot
064 | verb | alert _ to [a] plot
064 | noun | intelligence-sharing with _
064 | noun | intelligence cooperation with _
064 | noun | information exchange with _
064 | noun | data sharing with _

# 070 Provide aid, not specified below
070 | verb | come to [the] aid of _
070 | verb | rush to [the] aid of _
070 | verb | rush aid to _
070 | verb | step up aid to _
070 | verb | boost aid to _
070 | verb | ramp up aid to _
070 | verb | scale up aid to _
070 | verb | step up assistance to _
070 | verb | resume/restore aid to _
070 | verb | resume/restore assistance to _
070 | verb | provide/supply _ with aid/assistance
070 | verb | extend [a] helping hand to _
070 | noun | assistance package for _
070 | noun | support package for _

# 071 Provide economic aid
071 | verb | bankroll _
071 | verb | roll over [the] debt of
071 | verb | reschedule [the] debt of
071 | verb | defer [the] debt repayments of
071 | verb | suspend debt repayments for _
071 | verb | grant [a] debt moratorium to _
071 | verb | fund [the] reconstruction of _
071 | verb | finance [the] reconstruction of _
071 | verb | help _ rebuild
071 | verb | help rebuild _
071 | noun | debt rescheduling for _
071 | noun | reconstruction aid for _
071 | noun | debt moratorium for _

# 072 Provide military aid
072 | verb | order @weapons from _ | recipient
072 | verb | arm and equip _
072 | verb | train and equip _
072 | verb | equip and train _
072 | verb | provide/furnish/equip _ with @weapons
072 | verb | airlift/rush/funnel/lease/lend @weapons to _
072 | verb | train [the] _ army/military/navy/police
072 | verb | send/deploy military instructors/trainers to _
072 | noun | weapons deliveries to _
072 | noun | arms deliveries to _
072 | noun | arms supplies to _
072 | noun | weapons supplies to _
072 | noun | arms transfers to _
072 | noun | weapons shipments to _

# 073 Provide humanitarian aid
073 | verb | send/dispatch/deploy search and rescue teams to _
073 | verb | send/dispatch/deploy search-and-rescue teams to _
073 | verb | send/dispatch/deploy [a] medical team to _
073 | verb | send/dispatch/deploy medical teams to _
073 | verb | send/dispatch doctors to _
073 | verb | send/dispatch/deploy [a] field hospital to _
073 | verb | send/dispatch firefighters to _
073 | verb | send/dispatch firefighting planes/aircraft to _
073 | verb | rush @humanitarian_aid to _
073 | verb | set up [a] refugee camp
073 | verb | open [a] refugee camp
073 | verb | truck aid into _
073 | noun | relief convoy to _
073 | noun | relief flight to _
073 | noun | aid flight to _
073 | noun | aid ship to _

# 074 Provide military protection or peacekeeping
074 | verb | send/deploy troops to defend _
074 | verb | send/deploy warships to protect
074 | verb | dispatch peacekeepers to _
074 | verb | dispatch peacekeeping troops to _
074 | verb | send [a] peacekeeping mission to _
074 | verb | send/deploy [a] stabilisation/stabilization force to _
074 | verb | provide naval escorts for _
074 | verb | escort _ ships/vessels/tankers
074 | verb | shield _ from attack
074 | noun | protection force for _
074 | noun | security guarantee to _
074 | noun | security guarantees to _

# 075 Grant asylum
075 | verb | grant _ refuge
075 | verb | grant _ sanctuary
075 | verb | give _ refuge
075 | verb | give _ sanctuary
075 | verb | grant temporary protection to _
075 | verb | grant temporary protected status to _
075 | verb | accept [the] asylum request/application/bid of
075 | verb | grant [the] asylum request/application of
075 | verb | accept/approve/grant _ asylum request/application/bid
075 | verb | open [its] doors to refugees
075 | verb | open [its] borders to refugees

# 080 Yield, not specified below
080 | verb | bow to _ demands/pressure
080 | verb | give in to _ demands/pressure
080 | verb | cave in to _ demands/pressure
080 | verb | yield to _ demands/pressure
080 | verb | accede to _ demands/request
080 | verb | meet _ demands
080 | verb | accept _ demands/terms/conditions
080 | verb | comply with _ demands
080 | verb | cave to _
080 | verb | cave to pressure
080 | verb | cave to [the] demands
080 | verb | bend to _
080 | verb | bend to pressure
080 | verb | buckle under pressure
080 | verb | buckle to pressure
080 | verb | heed [the] demands
080 | verb | heed [the] demands of
080 | verb | drop/abandon/soften [its] demand/demands
080 | verb | scale back [its] demands
080 | verb | tone down [its] demands
080 | verb | water down [its] demands
080 | verb | accept [the] conditions
080 | verb | accept [the] conditions of
080 | verb | drop/withdraw/lift [its] objection to
080 | verb | end/abandon/withdraw [its] opposition to
080 | verb | drop [its] insistence on
080 | verb | lift [its] hold on
080 | verb | concede ground to _
080 | verb | give up [its] claim to
080 | verb | waive [its] claim to
080 | verb | renounce [its] claims to
080 | verb | withdraw [its] claim

# 081 Ease administrative sanctions, not specified below
081 | verb | lift/scrap/waive/ease [the] visa requirements for
081 | verb | lift/ease [the] visa restrictions on _
081 | verb | grant visa-free entry to _
081 | verb | introduce visa-free travel for
081 | verb | lift/ease/downgrade/lower [the] travel advisory
081 | verb | lift/ease/downgrade/lower [the] travel warning
081 | verb | withdraw/dismiss [the] charges against
081 | verb | drop [the] case against
081 | verb | drop [the] lawsuit against
081 | verb | drop [the] prosecution of
081 | verb | halt [the] prosecution of
081 | verb | quash/overturn [the] conviction of
081 | verb | lift [the] deportation order
081 | verb | halt/suspend [the] deportation of
081 | verb | ease/relax [the] lockdown
081 | verb | lift/end/ease [the] quarantine
081 | verb | return [the] passport of
081 | verb | grant [an] exit visa to _
081 | verb | issue exit visas to _
081 | verb | allow _ to leave [the] country
081 | noun | lifting of [the] visa requirements for

# 0811 Ease restrictions on political freedoms
0811 | verb | allow [the] rally/march/protest to go ahead
0811 | verb | permit/approve/authorise/authorize [the] rally/march/protest
0811 | verb | grant permission for [the] rally/march/protest
0811 | verb | restore [the] accreditation of
0811 | verb | reinstate [the] accreditation of
0811 | verb | restore [the] press credentials of
0811 | verb | reopen [the] TV/television/radio station
0811 | verb | allow [the] broadcaster to resume
0811 | verb | restore [the] broadcast licence/license
0811 | verb | decriminalise/decriminalize defamation
0811 | verb | repeal/scrap [the] sedition/blasphemy law
0811 | verb | repeal/scrap [the] anti-protest law

# 0812 Ease ban on political parties or politicians
0812 | verb | allow [the] party to register
0812 | verb | register [the] opposition party
0812 | verb | approve/reinstate/restore [the] candidacy of
0812 | verb | reinstate _ candidacy
0812 | verb | allow _ to run for president
0812 | verb | lift [the] disqualification of

# 0813 Ease curfew
0813 | verb | lift/ease/end/relax [the] nightly curfew
0813 | verb | lift/ease/end/relax [the] dusk-to-dawn curfew
0813 | verb | lift/ease/end/relax [the] round-the-clock curfew
0813 | verb | lift/ease/end/relax [the] 24-hour curfew
0813 | verb | relax curfew hours
0813 | verb | push back [the] curfew

# 0814 Ease state of emergency or martial law
0814 | verb | let [the] state of emergency lapse
0814 | verb | allow [the] state of emergency to lapse/expire
0814 | verb | decline to extend [the] state of emergency
0814 | verb | lift/end [the] state of alarm
0814 | verb | repeal [the] emergency decree

# 082 Ease political dissent
082 | verb | call off [the/its/their/a] [planned] rally/rallies/demonstration/demonstrations
082 | verb | postpone [the/its/their] [planned] march/rally
082 | verb | suspend [the/its/their] [planned] march/rally/rallies/sit-in
082 | verb | call off [the] industrial action
082 | verb | suspend/end [the] industrial action
082 | verb | call off [the] general strike
082 | verb | end [the] general strike
082 | verb | suspend/abandon [the] hunger strike
082 | verb | call off [the] hunger strike
082 | verb | end [the] picket
082 | verb | wind down [the] protests
082 | verb | scale back [the] protests
082 | verb | lift [the] sit-in
082 | verb | end [the/its/their] boycott of parliament
082 | verb | end [the/its/their] parliamentary boycott
082 | verb | end [the/its/their] boycott of [the] elections

# 083 Accede to requests or demands for political reform, not specified below
083 | verb | embark on [political/democratic/sweeping] reforms
083 | verb | push through [political/democratic/sweeping] reforms
083 | verb | roll out [political/democratic/sweeping] reforms
083 | verb | usher in [political/democratic/sweeping] reforms
083 | verb | heed [the] calls for reform
083 | verb | heed [the] demands for reform

# 0831 Accede to demands for change in leadership
0831 | verb | relinquish his/her/their post
0831 | verb | vacate [the] presidency
0831 | verb | vacate his/her/their seat
0831 | verb | vacate office
0831 | verb | leave his/her/their post
0831 | verb | give up [the] premiership
0831 | verb | hand over [the] reins to
0831 | verb | remove _ from office
0831 | verb | remove _ from his/her post
0831 | verb | relieve _ of his/her/their duties
0831 | verb | relieve _ of command
0831 | verb | sack [the] government

# 0832 Accede to demands for change in policy
0832 | verb | scrap/drop/abandon/shelve [the] bill
0832 | verb | scrap/drop/abandon/shelve/suspend [the] reform
0832 | verb | scrap/drop/shelve/suspend [the] decree
0832 | verb | shelve/drop/abandon [the] law
0832 | verb | scrap/abandon/drop/reverse [the] policy
0832 | verb | suspend [the] bill
0832 | verb | put [the] bill/reform/law/decree on hold
0832 | verb | put [the] plan on ice
0832 | verb | freeze [the] bill/reform
0832 | verb | row back on
0832 | verb | walk back [the] decision
0832 | verb | end [the] policy of
0832 | verb | scrap/cancel/reverse [the] tax hike
0832 | verb | scrap/reverse [the] fuel price hike
0832 | verb | restore/reinstate [the] fuel subsidy/subsidies

# 0833 Accede to demands for rights
0833 | verb | grant women [the] right to vote
0833 | verb | give women [the] right to vote
0833 | verb | extend [the] franchise to
0833 | verb | legalise/legalize gay marriage
0833 | verb | decriminalise/decriminalize homosexuality
0833 | verb | recognise/recognize same-sex unions
0833 | verb | restore [the] voting rights of

# 0834 Accede to demands for change in institutions, regime
0834 | verb | grant greater/more/wider autonomy to _
0834 | verb | approve/pass [a] constitutional amendment
0834 | verb | adopt constitutional reforms
0834 | verb | establish/convene [a] constituent assembly
0834 | verb | set up [a] constituent assembly
0834 | verb | hand power back to civilians
0834 | verb | transfer power to [a] civilian government
0834 | verb | return [the] country to civilian/constitutional rule
0834 | verb | introduce [a] multiparty system

# 0841 Return, release person(s)
0841 | verb | hand over [the] captured soldiers
0841 | verb | return [the] captured soldiers
0841 | verb | hand over [the] POWs
0841 | verb | return/repatriate [the] POWs
0841 | verb | return/repatriate [the] prisoners of war
0841 | verb | exchange/swap [the] bodies/remains of
0841 | verb | exchange/swap [the] bodies
0841 | verb | send home [the] detainees
0841 | verb | send [the] detainees/prisoners home
0841 | verb | repatriate [the] detainees/fishermen/sailors
0841 | verb | grant [an] early release to
0841 | noun | repatriation of [the] prisoners
0841 | noun | repatriation of prisoners of war

# 0842 Return, release property
0842 | verb | release/return/free [the] cargo/oil/fishing/merchant/container ship/vessel/tanker
0842 | verb | release/return [the] fishing trawler
0842 | verb | hand back [the] embassy
0842 | verb | return [the] embassy compound
0842 | verb | return [the] diplomatic property/properties
0842 | verb | restore [the] property of
0842 | verb | return [the] antiquities/treasures
0842 | noun | handover of [the] territory
0842 | noun | handback of [the] territory

# 085 Ease economic sanctions, boycott, embargo
085 | verb | scrap/drop/axe/abolish [the] tariffs on _
085 | verb | pause/delay/postpone [the] tariffs on _
085 | verb | exempt _ from [the] tariffs
085 | verb | grant [a] tariff exemption to
085 | verb | grant _ [a] tariff exemption
085 | verb | extend [the] tariff exemption
085 | verb | lift [the] ban on imports from _
085 | verb | lift [the] import ban on _
085 | verb | lift [the] export ban on
085 | verb | ease/relax/lift/loosen [the] export controls on _
085 | verb | grant export licences/licenses to _
085 | verb | remove _ from [the] entity list
085 | verb | take _ off [the] blacklist
085 | verb | take _ off [the] sanctions list
085 | verb | take _ off [the] terrorism list
085 | verb | drop _ from [the] sanctions list
085 | verb | loosen [the] sanctions
085 | verb | loosen [the] sanctions on _
085 | verb | loosen [the] embargo
085 | verb | scale back [the] sanctions
085 | verb | phase out [the] sanctions
085 | verb | wind down [the] sanctions
085 | verb | lift [all] sanctions
085 | verb | lift [the] remaining sanctions
085 | verb | renew/extend [the] sanctions waiver
085 | verb | grant/provide/give sanctions relief to _
085 | verb | lift [the] boycott
085 | verb | return [the] frozen assets
085 | noun | tariff exemption for _
085 | noun | tariff relief for _
085 | noun | exemption from [the] tariffs
085 | noun | lifting of [the] export ban
085 | noun | lifting of [the] import ban

# 086 Allow international involvement, not specified below
086 | verb | allow/grant [the] Red Cross access
086 | verb | allow/grant [the] ICRC access
086 | verb | give [the] Red Cross access to
086 | verb | give [the] ICRC access to
086 | verb | allow [the] Red Cross to visit
086 | verb | allow [the] ICRC to visit
086 | verb | allow/grant consular access to
086 | verb | allow [the] special rapporteur to visit
086 | verb | invite [the] special rapporteur
086 | verb | admit [the] special rapporteur
086 | verb | accept [a] UN monitoring mission
086 | verb | allow [the] monitoring mission
086 | verb | allow [a] UN team
086 | verb | admit [a] UN team
086 | verb | host [a] UN mission

# 0861 Receive deployment of peacekeepers
0861 | verb | accept [the] presence of peacekeepers
0861 | verb | agree to host peacekeepers
0861 | verb | consent to [a] peacekeeping mission
0861 | verb | host [a] peacekeeping mission
0861 | verb | host [a] peacekeeping force

# 0862 Receive inspectors
0862 | verb | let [the] inspectors back in
0862 | verb | allow [the] inspectors to return
0862 | verb | allow [the] inspectors to visit
0862 | verb | open [its] nuclear facilities/sites to
0862 | verb | give [the] IAEA access
0862 | verb | grant [the] IAEA inspectors access
0862 | verb | allow [UN] weapons inspectors
0862 | verb | allow [the] OPCW inspectors
0862 | verb | allow [the] IAEA to inspect

# 0863 Allow delivery of humanitarian aid
0863 | verb | allow aid to flow
0863 | verb | let aid flow
0863 | verb | allow [the] passage of aid
0863 | verb | allow [humanitarian] convoys to pass
0863 | verb | ease [the] restrictions on aid
0863 | verb | lift [the] restrictions on [humanitarian] aid
0863 | verb | allow fuel in
0863 | verb | let fuel in
0863 | verb | let fuel into
0863 | verb | allow fuel deliveries
0863 | verb | permit [the] entry of aid
0863 | verb | open [a] maritime corridor for aid

# 087 De-escalate military engagement
087 | verb | withdraw [its] soldiers
087 | verb | withdraw [its] soldiers from
087 | verb | pull out [its] soldiers
087 | verb | bring [the] troops home
087 | verb | bring home [the] troops
087 | verb | reduce troop levels/numbers
087 | verb | cut troop levels/numbers
087 | verb | reduce [its] troop presence
087 | verb | scale down [its] troop presence
087 | verb | end [its] combat mission
087 | verb | wind down [its] military operations
087 | verb | wind down [its] operations in
087 | verb | halt [the] ground offensive
087 | verb | halt/stop [its] advance
087 | verb | call off [the] offensive/attack
087 | verb | suspend/halt/stop [its] air/missile/drone strikes
087 | verb | suspend/halt [its] attacks on
087 | verb | stop [the] shelling
087 | verb | halt [the] shelling
087 | verb | cease [its] attacks
087 | verb | lower [its] military readiness
087 | verb | lift/end [the] military alert
087 | verb | order [the] troops back to [their] barracks
087 | verb | send [the] troops back to [their] barracks
087 | verb | return troops to [their] barracks
087 | verb | pull troops away from [the] border
087 | verb | move troops away from [the] border
087 | verb | give up [its] nuclear weapons/programme/program
087 | verb | abandon [its] nuclear weapons/programme/program
087 | verb | halt/suspend/cap [its] uranium enrichment
087 | verb | stop enriching uranium
087 | verb | ship out [its] enriched uranium
087 | verb | dismantle [its] centrifuges
087 | verb | declare [a] moratorium on nuclear tests
087 | verb | lower/calm/cool tensions
087 | verb | halt/end [its] incursion into
087 | verb | end [its] military campaign
087 | verb | end/halt [its] offensive
087 | verb | scale back [its] offensive
087 | verb | wind down [its] offensive
087 | verb | withdraw/recall [its] fleet/warships/navy
087 | verb | suspend/halt/end [its] air/bombing campaign
087 | noun | pullback of
087 | noun | pull-back of
087 | noun | troop pullout from _
087 | noun | troop reduction in _
087 | noun | suspension of [the] bombing
087 | noun | suspension of [the] airstrikes

# 0871 Declare truce, ceasefire
0871 | verb | accept [a] ceasefire/cease-fire/truce
0871 | verb | accept [the] ceasefire/cease-fire/truce
0871 | verb | accept [the] ceasefire/cease-fire/truce proposal
0871 | verb | enter into [a] ceasefire/cease-fire/truce
0871 | verb | strike/seal/clinch [a] ceasefire/cease-fire/truce
0871 | verb | strike/seal/clinch [a] ceasefire/cease-fire/truce deal with _
0871 | verb | hammer out [a] ceasefire/cease-fire/truce
0871 | verb | stick/adhere to [the] ceasefire/cease-fire/truce
0871 | verb | uphold/maintain/keep/preserve [the] ceasefire/cease-fire/truce
0871 | verb | prolong [the] ceasefire/cease-fire/truce
0871 | verb | declare/announce [an] Easter/Christmas/Eid/Ramadan/holiday ceasefire/cease-fire/truce
0871 | verb | cease firing

# 0872 Ease military blockade
0872 | verb | ease [the] siege
0872 | verb | ease [the] siege of
0872 | verb | loosen [the] blockade/siege
0872 | verb | allow ships to leave [the] port
0872 | verb | allow/let ships/vessels through
0872 | verb | allow vessels to pass
0872 | verb | reopen [the] shipping lanes
0872 | verb | open/reopen [the] checkpoints
0872 | verb | allow civilians to leave/evacuate
0872 | verb | let civilians leave
0872 | verb | open [an] evacuation corridor
0872 | noun | easing of [the] siege
0872 | noun | loosening of [the] blockade

# 0873 Demobilize armed forces
0873 | verb | disband/dissolve [the] paramilitary
0873 | verb | disband/dissolve [its] paramilitary force/forces
0873 | verb | disband [its] forces
0873 | verb | dissolve [the] militia
0873 | verb | dismantle [its] armed wing
0873 | verb | turn in/over their/its weapons/guns/arms
0873 | verb | hand in their/its guns
0873 | verb | give up their/its guns
0873 | verb | surrender their/its guns
0873 | verb | decommission [its] arsenal
0873 | verb | put [its] weapons beyond use
0873 | verb | put weapons beyond use
0873 | verb | send [the] conscripts home
0873 | verb | discharge/release [the] conscripts
0873 | verb | disarm and demobilise/demobilize
0873 | verb | shrink/reduce [its] army
0873 | noun | disbanding of
0873 | noun | dissolution of [the] militia
0873 | noun | disarmament of [the] rebels

# 0874 Retreat or surrender militarily
0874 | verb | beat [a] hasty retreat
0874 | verb | make [a] tactical retreat
0874 | verb | carry out [a] tactical withdrawal
0874 | verb | conduct [a] tactical withdrawal
0874 | verb | abandon [their] posts
0874 | verb | abandon [the] base/airport/village
0874 | verb | pull out of [the] village
0874 | verb | withdraw from [the] village
0874 | verb | cede control of [the] city/town to
0874 | verb | hand [the] city/town over to
0874 | verb | surrender en masse
0874 | noun | tactical retreat from
0874 | noun | tactical withdrawal from

# 090 Investigate, not specified below
090 | verb | conduct [a] probe/inquiry/enquiry into
090 | verb | carry out [a] probe/inquiry/enquiry into
090 | verb | launch/open/order [a] review into
090 | verb | conduct [a] review of
090 | verb | investigate/probe/examine [the] allegations
090 | verb | investigate/probe/examine [the] claims
090 | verb | look into [the] allegations/claims
090 | verb | set up [a] panel to investigate
090 | verb | set up [an] investigative committee
090 | verb | form [an] investigative committee
090 | verb | form [a] committee to investigate
090 | verb | set up [a] fact-finding committee
090 | verb | form [a] fact-finding committee
090 | verb | appoint/name [a] special counsel/prosecutor
090 | verb | open [a] preliminary investigation/inquiry into
090 | verb | launch [a] preliminary investigation/inquiry into
090 | verb | reopen/resume [the] investigation/inquiry/probe into
090 | verb | reopen [the] case
090 | verb | launch/open [an] impeachment inquiry into
090 | verb | launch/open [an] internal investigation into
090 | verb | investigate/probe/examine [the] circumstances of
090 | verb | look into [the] circumstances of
090 | verb | send/dispatch [a] team to investigate
090 | verb | conduct inspections at
090 | verb | carry out inspections at
090 | verb | launch/open [an] anti-dumping investigation/probe into
090 | verb | launch/open [an] anti-subsidy investigation/probe into
090 | verb | launch/open [an] antitrust investigation/probe into
090 | noun | inquest into
090 | noun | review into
090 | noun | impeachment inquiry into
090 | noun | anti-dumping investigation into
090 | noun | anti-dumping probe into

# 091 Investigate crime, corruption
091 | verb | investigate/probe/examine [alleged] wrongdoing/misconduct/irregularities/malfeasance/impropriety
091 | verb | look into [alleged] wrongdoing/misconduct/irregularities
091 | verb | investigate/probe [alleged] financial irregularities
091 | verb | investigate/probe [alleged] misuse of funds
091 | verb | investigate/probe [alleged] abuse of office
091 | verb | investigate/probe [alleged] illegal funding
091 | verb | investigate/probe [alleged] campaign finance violations
091 | verb | investigate/probe [the] hack/hacking/cyberattack
091 | verb | investigate/probe [the] poisoning of
091 | verb | investigate/probe [the] attempted murder/assassination of
091 | verb | investigate/probe [the] shooting of
091 | verb | raid/search [the] residence/premises/apartment/house/office of
091 | verb | call _ in for questioning
091 | verb | summon _ for interrogation
091 | verb | question _ in connection with
091 | verb | interrogate _ over
091 | verb | open/launch [a] money-laundering/tax/embezzlement probe into
091 | noun | investigation/probe/inquiry into [alleged] wrongdoing/misconduct/irregularities
091 | noun | money-laundering investigation into

# 092 Investigate human rights abuses
092 | verb | investigate/probe [the] crackdown on
092 | verb | investigate/probe [the] use of force against _
092 | verb | investigate/probe [the] violence against _
092 | verb | investigate/probe [alleged] enforced/forced disappearances
092 | verb | investigate/probe [alleged] persecution of
092 | verb | investigate/probe [alleged] child labour/labor
092 | verb | investigate/probe [alleged] custodial deaths
092 | verb | investigate/probe [alleged] violations of human rights
092 | verb | investigate/probe [the] conditions in [the] prison/prisons
092 | noun | investigation/probe/inquiry into [the] crackdown on

# 093 Investigate military action
093 | verb | investigate/probe/examine/review [the] airstrikes/strikes/attacks/raids/incidents/explosions/blasts
093 | verb | investigate/probe [the] drone/missile/rocket strikes/attacks
093 | verb | investigate/probe [the] blast/ambush/skirmish/firefight/bombardment/shootdown/interception
093 | verb | investigate/probe [the] mortar/rocket attack
093 | verb | investigate/probe [the] border/naval incident
093 | verb | investigate/probe [the] naval clash
093 | verb | investigate/probe [the] collision
093 | verb | investigate/probe [the] friendly-fire incident
093 | verb | investigate/probe [the] friendly fire incident
093 | verb | investigate/probe [the] friendly fire
093 | verb | investigate/probe [the] airspace violation/violations
093 | verb | investigate/probe [the] deaths/killing of [the] soldiers
093 | verb | investigate/probe [the] conduct of [the] troops/soldiers/forces
093 | verb | launch/open [a] military investigation/probe into
093 | noun | investigation/probe/inquiry into [the] airstrikes/strikes/attacks/raids/blasts/explosions
093 | noun | investigation/probe/inquiry into [the] drone/missile strikes/attacks
093 | noun | military investigation into

# 094 Investigate war crimes
094 | verb | open [a] preliminary examination into/of
094 | verb | open [an] investigation into [the] situation in
094 | verb | collect/gather/document evidence of genocide
094 | verb | collect/gather/document evidence of crimes against humanity
094 | verb | investigate/probe [the] [forced] deportation/deportations of [Ukrainian/Palestinian] children
094 | verb | investigate/probe [alleged] war crimes committed by
094 | verb | investigate/probe [alleged] crimes against civilians
094 | verb | investigate/probe [the] mass killings
094 | noun | preliminary examination into
094 | noun | genocide investigation into
094 | noun | genocide probe into

# 100 Demand, not specified below
100 | verb | lay down conditions
100 | verb | lay down [the] conditions for
100 | verb | set preconditions for
100 | verb | lay down preconditions for
100 | verb | impose conditions on _
100 | verb | present demands to _
100 | verb | present [its] demands to _
100 | verb | set out [its] demands
100 | verb | lay out [its] demands
100 | verb | put forward [its] demands
100 | verb | submit [a] list of demands to _
100 | verb | make demands of _
100 | verb | press [its] demands
100 | verb | press [its] demand for
100 | verb | reiterate/repeat/renew [its] demands
100 | verb | stand by [its] demand/demands
100 | verb | stick to [its] demand/demands
100 | verb | step up [its] demands for
100 | noun | list of demands to _
100 | noun | set of demands

# 101 Demand information, investigation
101 | verb | demand [a/an] urgent/swift/prompt/proper/serious/objective investigation
101 | verb | demand [a/an] urgent/swift/prompt/proper/serious/objective investigation into
101 | verb | demand [a/an] independent/full/thorough/urgent/public/parliamentary/judicial/international inquiry
101 | verb | demand [a/an] independent/full/thorough/urgent/public/parliamentary/judicial/international inquiry into
101 | verb | demand [a/an] independent/full/thorough/urgent/international probe
101 | verb | demand [a/an] independent/full/thorough/urgent/international probe into
101 | verb | demand [a] UN investigation
101 | verb | demand [a] full explanation
101 | verb | demand [a] full explanation from _
101 | verb | demand [an] immediate explanation
101 | verb | demand [an] account of
101 | verb | demand [the] truth about
101 | verb | demand [the] release of [the] report
101 | noun | demand for [a/an] independent/full/thorough/urgent/public/parliamentary/judicial/international inquiry
101 | noun | demand for [a/an] independent/full/thorough/urgent/international probe

# 1011 Demand economic cooperation
1011 | verb | demand [the] removal of [the] trade barriers
1011 | verb | demand [a] fairer trade deal
1011 | verb | demand that _ buy more [American/US] goods

# 1012 Demand military cooperation
1012 | verb | demand that _ pay [its] fair share
1012 | verb | demand that _ meet [the] defence/defense spending target

# 1013 Demand judicial cooperation
1013 | verb | demand justice
1013 | verb | demand that those responsible be held accountable
1013 | verb | demand that those responsible be punished
1013 | verb | demand that those responsible be brought to justice
1013 | verb | demand that [the] perpetrators be brought to justice
1013 | verb | demand that [the] perpetrators be punished
1013 | verb | demand [the] handing over of
1013 | verb | demand _ extradition

# 1031 Demand economic aid
1031 | verb | demand [the] payment of [the] debt
1031 | verb | demand [a] share of [the] aid
1031 | verb | demand [more] money from _

# 1034 Demand military protection or peacekeeping
1034 | verb | demand [the] protection of [civilians]
1034 | verb | demand [a] security zone
1034 | verb | demand [an] international protection force

# 104 Demand political reform, not specified below
104 | verb | demand [an] election timetable
104 | verb | demand [a] timetable for elections
104 | verb | demand [a] crackdown on graft

# 1041 Demand change in leadership
1041 | verb | demand that _ be removed/sacked/impeached/dismissed/fired/ousted
1041 | verb | demand [the] reinstatement of
1041 | verb | demand [the] resignations of
1041 | verb | demand _ resignation
1041 | verb | demand _ removal/ouster/impeachment/dismissal

# 1042 Demand policy change
1042 | verb | demand [the] withdrawal of [the] reform/reforms/tax/measure/policy/proposal/amendment/regulation/directive/budget/legislation/ban
1042 | verb | demand [the] withdrawal of [the] pension/controversial/proposed/new/labour/labor/security/tax/budget reform/reforms/bill/law
1042 | verb | demand [the] withdrawal of [the] education/citizenship/immigration/judicial/media/fuel reform/reforms/bill/law
1042 | verb | insist on [the] withdrawal of [the] reform/reforms/tax/measure/policy/proposal/amendment/regulation/directive/budget/legislation/ban
1042 | verb | insist on [the] withdrawal of [the] pension/controversial/proposed/new/labour/labor/security/tax/budget reform/reforms/bill/law
1042 | verb | insist on [the] withdrawal of [the] education/citizenship/immigration/judicial/media/fuel reform/reforms/bill/law
1042 | noun | demand for [the] withdrawal of [the] reform/reforms/tax/measure/policy/proposal/amendment/regulation/directive/budget/legislation/ban
1042 | noun | demand for [the] withdrawal of [the] pension/controversial/proposed/new/labour/labor/security/tax/budget reform/bill/law
1042 | noun | demand for [the] withdrawal of [the] education/citizenship/immigration/judicial/media/fuel reform/bill/law
1042 | verb | demand [a] rollback of
1042 | verb | demand [a] rethink of
1042 | verb | demand [a] u-turn on
1042 | verb | demand [the] abolition of
1042 | verb | demand [the] restoration of [the] subsidies
1042 | verb | demand [an] end to [the] practice of
1042 | verb | demand [a] freeze on
1042 | verb | demand [a] minimum wage increase
1042 | verb | demand [a] salary increase
1042 | verb | demand salary increases
1042 | verb | demand pay rises
1042 | verb | demand higher salaries/pensions
1042 | verb | demand better pensions
1042 | verb | demand [unpaid] wages/salaries
1042 | verb | demand [the] payment of [their] [unpaid] wages/salaries/arrears
1042 | verb | demand [a] shorter working week
1042 | verb | demand lower fuel prices
1042 | verb | demand [an] end to [the] fuel price hike

# 1043 Demand rights
1043 | verb | demand respect for [the] rights of
1043 | verb | demand [an] end to [the] persecution of
1043 | verb | demand [the] protection of [the] rights of
1043 | verb | demand gender equality
1043 | verb | demand equal pay

# 1044 Demand change in institutions, regime
1044 | verb | demand [the] return to civilian/constitutional/democratic rule/order
1044 | verb | demand [a] swift return to civilian/constitutional rule/order
1044 | verb | demand [the] restoration of constitutional order
1044 | verb | demand [a] timetable for [a] return to civilian rule
1044 | noun | demand for [the] restoration of constitutional order

# 1051 Demand easing of administrative sanctions
1051 | verb | demand [an] end to [the] media blackout
1051 | verb | demand [the] reopening of [the] newspaper
1051 | verb | demand [the] lifting of [the] lockdown

# 1052 Demand easing of political dissent
1052 | verb | order [the] crowd/crowds/demonstrators/marchers to disperse
1052 | verb | tell [the] crowd/crowds/protesters to disperse
1052 | verb | order [the] strikers/workers back to work
1052 | verb | order _ to vacate

# 1053 Demand release of persons or property
1053 | verb | demand [the] safe return of
1053 | verb | demand [the] swift/speedy/prompt/immediate release of
1053 | verb | demand [the] immediate return of
1053 | verb | demand [the] handover of [the] bodies/remains/hostages
1053 | verb | demand [the] return of [the] abducted/kidnapped
1053 | verb | demand _ release
1053 | verb | demand _ immediate release
1053 | verb | demand _ freedom
1053 | noun | demand for [the] safe return of

# 1054 Demand easing of economic sanctions, boycott, or embargo
1054 | verb | demand [the] release of [the] frozen assets/funds
1054 | verb | demand [the] return of [the] frozen assets/funds
1054 | verb | demand [a] rollback of [the] sanctions
1054 | verb | demand [the] lifting of [the] asset freeze
1054 | verb | demand [the] lifting of [the] export/import ban

# 1055 Demand that target allows international involvement (non-mediation)
1055 | verb | demand consular access
1055 | verb | demand consular access to
1055 | verb | demand access to [the] detainees
1055 | verb | demand [the] deployment of [international] observers/monitors

# 1056 Demand de-escalation of military engagement
1056 | verb | demand [an] immediate end/halt to [the] fighting/attacks/offensive/bombing/shelling/airstrikes/hostilities/violence/strikes
1056 | verb | demand [an] end to [the] aggression/incursions/provocations/escalation/killing/killings/raids
1056 | verb | demand [an] end to [the] military operation/operations
1056 | verb | demand [a] halt to [the] airstrikes/strikes/raids/incursions/hostilities
1056 | verb | demand [a] halt to [the] military operation/operations
1056 | verb | demand that _ stop firing
1056 | verb | demand that _ hold fire
1056 | verb | demand that _ cease hostilities
1056 | verb | demand that _ lay down [their] arms
1056 | noun | demand for [an] immediate end to [the] fighting

# 106 Demand withdrawal
106 | verb | demand [the] departure of [the] peacekeepers/peacekeeping/mission/contingent/soldiers
106 | verb | demand [the] departure of _ troops/forces/soldiers
106 | verb | demand [the] closure of [the] base
106 | verb | demand [the] closure of [foreign] military bases
106 | verb | demand that _ troops/forces/soldiers leave/withdraw/go
106 | verb | order _ troops/forces to leave
106 | noun | demand for [the] departure of _ troops/forces

# 107 Demand ceasefire
107 | verb | demand [an] immediate and unconditional/permanent/lasting/sustainable/sustained/durable/complete ceasefire/cease-fire
107 | verb | demand [a] sustained/full/general/nationwide/mutual ceasefire/cease-fire
107 | verb | demand [an] immediate humanitarian ceasefire/cease-fire/truce/pause
107 | verb | demand [an] immediate halt to hostilities
107 | noun | demand for [an] immediate and unconditional/permanent/lasting ceasefire/cease-fire

# 108 Demand meeting, negotiation
108 | verb | demand [a] place at [the] table
108 | verb | demand [a] seat in [the] talks
108 | verb | demand [an] emergency summit
108 | verb | demand to be consulted

# 110 Disapprove, not specified below
110 | verb | disagree with _
110 | verb | take umbrage at
110 | verb | express/voice strong/firm/fierce/vehement opposition to
110 | verb | reiterate/restate [its] opposition to
110 | verb | make clear [its] opposition to
110 | verb | express/voice [its] objection to
110 | verb | voice objections to
110 | verb | object strongly to
110 | verb | express/voice alarm at/over/about
110 | verb | sound [the] alarm over/about
110 | verb | express/voice dismay at/over/about
110 | verb | express/voice frustration with/at/over
110 | verb | express/voice scepticism/skepticism about/over
110 | verb | express/voice doubts about
110 | verb | raise doubts about
110 | verb | raise questions about
110 | verb | express/voice serious/grave/deep/strong/growing concern about/at/regarding
110 | verb | voice serious/grave/deep/growing concern over
110 | verb | express concern regarding
110 | verb | express/voice concerns over/about/at
110 | verb | raise serious concerns about/over
110 | verb | express [deep/strong] dissatisfaction over/at
110 | verb | express [strong] displeasure with/at/over _
110 | verb | question [the] wisdom of
110 | verb | question [the] legitimacy of
110 | noun | dismay at/over
110 | noun | alarm over
110 | noun | frustration with/over/at
110 | noun | scepticism/skepticism about/over
110 | noun | irritation at/over/with
110 | noun | anger at/over
110 | noun | discontent with/over
110 | noun | unhappiness with/over
110 | noun | distaste for

# 111 Criticize or denounce
111 | verb | tear into _
111 | verb | lay into _
111 | verb | rip into _
111 | verb | speak out against
111 | verb | lash out against
111 | verb | hit out against
111 | verb | take [a] dig/jab at
111 | verb | take potshots at
111 | verb | issue/deliver [a] [rare/sharp/stinging/stern/public/strong/blistering] rebuke to
111 | verb | issue/deliver [a] [rare/sharp/stinging/stern/public/strong/blistering] rebuke of
111 | verb | express/voice strong/sharp/harsh/fierce criticism of
111 | verb | adopt/pass [a] resolution condemning/criticising/criticizing/denouncing _
111 | verb | pass [a] motion of censure against
111 | verb | draw [sharp/strong/harsh/international/widespread/fierce] criticism from _ | recipient
111 | verb | draw [international/widespread/strong] condemnation from _ | recipient
111 | verb | draw [a] [sharp/stern/rare] rebuke from _ | recipient
111 | verb | earn [a] [sharp/stern/rare] rebuke from _ | recipient
111 | verb | face [sharp/strong/harsh/international/widespread/fierce] criticism from _ | recipient
111 | verb | face [international/widespread] condemnation from _ | recipient
111 | verb | face [a] [fierce] backlash from _ | recipient
111 | verb | come under criticism from _ | recipient
111 | verb | draw [the] ire of _ | recipient
111 | verb | incur [the] wrath of _ | recipient
111 | verb | lampoon _
111 | verb | trade barbs with _
111 | noun | barb at
111 | noun | barbs at
111 | noun | jibe at
111 | noun | potshot at
111 | noun | tongue-lashing for
111 | noun | dressing-down for
111 | noun | censure motion against
111 | noun | resolution condemning _

# 112 Accuse, not specified below
112 | verb | blame [the] bombing/explosion/blast/unrest/violence/incident/crash on _
112 | verb | lay [the] blame at _ door
112 | verb | lay [the] blame at [the] door of
112 | verb | lay [the] blame at [the] feet of
112 | verb | hold _ fully/directly/solely/personally responsible
112 | verb | hold _ accountable
112 | verb | make [an] accusation against
112 | verb | level [an] accusation against
112 | verb | level allegations against
112 | verb | make allegations against
112 | verb | hurl accusations at
112 | verb | trade accusations with _
112 | verb | exchange accusations with _
112 | verb | trade blame with _
112 | verb | accuse _ of bad faith
112 | verb | accuse _ of acting in bad faith
112 | verb | accuse _ of bullying
112 | verb | accuse _ of coercion
112 | verb | accuse _ of economic coercion
112 | verb | accuse _ of dumping
112 | verb | accuse _ of currency manipulation
112 | verb | accuse _ of manipulating [its] currency
112 | verb | accuse _ of protectionism
112 | verb | accuse _ of unfair trade practices
112 | verb | accuse _ of colonialism/neo-colonialism/imperialism
112 | verb | accuse _ of double standards
112 | verb | accuse _ of destabilizing
112 | verb | accuse _ of sabotage
112 | verb | accuse _ of blackmail
112 | verb | accuse _ of wrongdoing
112 | verb | accuse _ of blocking aid
112 | verb | accuse _ of weaponising/weaponizing
112 | noun | accusations of bad faith against

# 1121 Accuse of crime, corruption
1121 | verb | accuse _ of harboring terrorists
1121 | verb | accuse _ of sheltering terrorists
1121 | verb | accuse _ of organized crime
1121 | verb | accuse _ of [the] murder of
1121 | verb | accuse _ of [the] assassination of
1121 | verb | accuse _ of assassinating
1121 | verb | accuse _ of ordering [the] killing/murder/assassination of
1121 | verb | accuse _ of poisoning
1121 | verb | accuse _ of illegal fishing
1121 | verb | accuse _ of laundering money
1121 | verb | accuse _ of money-laundering
1121 | verb | accuse _ of taking/accepting/paying/receiving bribes
1121 | verb | accuse _ of embezzling
1121 | verb | accuse _ of defrauding
1121 | verb | accuse _ of misusing [public] funds
1121 | verb | accuse _ of tax fraud
1121 | verb | accuse _ of evading taxes
1121 | verb | accuse _ of abuse of office
1121 | verb | accuse _ of terrorist activities
1121 | verb | accuse _ of rigging
1121 | verb | accuse _ of vote-rigging
1121 | verb | accuse _ of ballot stuffing
1121 | verb | accuse _ of vote buying
1121 | verb | accuse _ of buying votes
1121 | verb | accuse _ of intellectual property theft
1121 | noun | corruption/fraud/bribery/graft/embezzlement allegation/allegations against _
1121 | noun | corruption/fraud/bribery/graft/embezzlement accusation/accusations against _

# 1122 Accuse of human rights abuses
1122 | verb | accuse _ of violating [the] rights of
1122 | verb | accuse _ of trampling on [human] rights
1122 | verb | accuse _ of muzzling [the] press/media
1122 | verb | accuse _ of stifling dissent
1122 | verb | accuse _ of crushing dissent
1122 | verb | accuse _ of unlawful killings
1122 | verb | accuse _ of extra-judicial killings
1122 | verb | accuse _ of forced disappearances
1122 | verb | accuse _ of abductions
1122 | verb | accuse _ of mass arrests
1122 | verb | accuse _ of brutalising/brutalizing
1122 | verb | accuse _ of child labour/labor
1122 | verb | accuse _ of forced sterilization
1122 | verb | accuse _ of widespread/systematic/grave/serious/gross/massive/flagrant human rights abuses/violations
1122 | verb | accuse _ of widespread/systematic/serious/grave abuses
1122 | verb | accuse _ of systematic/systemic/widespread/racial/religious/ethnic discrimination
1122 | verb | accuse _ of religious/ethnic persecution
1122 | verb | accuse _ of abuse
1122 | noun | allegation of abuse

# 1123 Accuse of aggression
1123 | verb | blame [the] attack/attacks/strike/strikes/shelling/airstrike/incursion/raid on _
1123 | verb | attribute [the] attack/attacks/strike/strikes/airstrike on _
1123 | verb | attribute [the] attack/attacks/strike/strikes/airstrike to _
1123 | verb | accuse _ of militarizing
1123 | verb | accuse _ of militarising

# 1124 Accuse of war crimes
1124 | verb | accuse _ of using banned weapons
1124 | verb | accuse _ of using white phosphorus
1124 | verb | accuse _ of using phosphorus/incendiary/thermobaric munitions/bombs/weapons
1124 | verb | accuse _ of forcibly deporting/transferring
1124 | verb | accuse _ of targeting hospitals
1124 | verb | accuse _ of shelling/bombing civilians
1124 | verb | accuse _ of killing children
1124 | verb | accuse _ of using hunger as [a] weapon
1124 | verb | accuse _ of crimes against civilians
1124 | verb | brand/label _ [a] genocidal regime
1124 | noun | war crimes allegations against _
1124 | noun | war crimes accusations against _
1124 | noun | genocide accusations against _

# 1125 Accuse of espionage, treason
1125 | verb | accuse _ of colluding with
1125 | verb | accuse _ of collusion with
1125 | verb | accuse _ of espionage activities
1125 | verb | accuse _ of conducting espionage
1125 | verb | accuse _ of running [a] spy ring/network
1125 | verb | accuse _ of operating [a] spy ring/network
1125 | verb | accuse _ of treachery
1125 | verb | accuse _ of eavesdropping on
1125 | verb | accuse _ of wiretapping
1125 | verb | accuse _ of bugging
1125 | verb | accuse _ of cyber spying
1125 | verb | accuse _ of stealing technology
1125 | verb | accuse _ of recruiting spies

# 113 Rally opposition against
113 | verb | build [an] international coalition against
113 | verb | assemble [a] coalition against
113 | verb | lead [an] international campaign against
113 | verb | lobby [the] international community against
113 | verb | lobby allies against
113 | verb | rally support for sanctions against
113 | verb | mobilise/mobilize [international] support against
113 | verb | galvanise/galvanize opposition to/against
113 | verb | galvanise/galvanize [international] support against
113 | verb | drum up support against
113 | verb | whip up sentiment against
113 | verb | form [a] bloc against
113 | verb | join forces against
113 | verb | band together against
113 | verb | close ranks against
113 | noun | campaign/drive/bid to isolate _

# 114 Complain officially
114 | verb | lodge/file/submit [a] formal/official/written complaint with/to/against
114 | verb | lodge [a] written protest
114 | verb | file [a] protest with
114 | verb | send/write [a] letter of complaint to
114 | verb | make [a] complaint to
114 | verb | summon [the] ambassadors/envoys/diplomats of
114 | verb | summon _ diplomats/ambassadors
114 | verb | summon [the] acting ambassador
114 | verb | summon [the] head of [the] mission
114 | verb | hand [a] note of protest to
114 | verb | hand over [a] protest note to
114 | verb | send/issue [a] strongly worded protest/letter to
114 | verb | raise [a] formal objection
114 | verb | take [the] matter up with
114 | verb | take up [the] issue/matter with
114 | verb | take [the] issue up with
114 | verb | register [its] displeasure with
114 | verb | register [a] complaint with
114 | verb | complain to [the] WTO/UN
114 | noun | complaint against _
114 | noun | letter of protest to _
114 | noun | letter of complaint to _

# 115 Bring lawsuit against
115 | verb | lodge [a] lawsuit/case against
115 | verb | launch [a] lawsuit against
115 | verb | bring [a] claim against
115 | verb | slap/hit _ with [a] lawsuit
115 | verb | refer _ to [the] International Criminal Court
115 | verb | refer _ to [the] ICC/ICJ/WTO
115 | verb | refer [the] situation in _ to [the] International Criminal Court
115 | verb | refer [the] situation in _ to [the] ICC
115 | verb | refer [the] case to [the] ICJ/ICC/WTO
115 | verb | take [the] dispute/case to [the] WTO/ICJ
115 | verb | take [the] matter to court
115 | verb | challenge _ at [the] WTO
115 | verb | file [a] WTO case/complaint against
115 | verb | file [an] ICJ case against
115 | verb | bring/file [a] genocide case against
115 | verb | file [an] arbitration claim against
115 | verb | file for arbitration against
115 | verb | seek arbitration against
115 | verb | file [a] criminal complaint against
115 | verb | lodge [a] criminal complaint against
115 | noun | legal case against _
115 | noun | court case against _
115 | noun | genocide case against _
115 | noun | arbitration case against _
115 | noun | WTO case against _

# 116 Find guilty or liable (legally)
116 | verb | hand _ [a] jail/prison term
116 | verb | give _ [a] prison/jail sentence/term
116 | verb | slap _ with [a] fine
116 | verb | slap [a] fine on _
116 | verb | find/hold _ in contempt
116 | verb | declare _ liable
116 | verb | send _ to prison/jail for
116 | verb | uphold [the] verdict against
116 | verb | uphold [the] death sentence of/against
116 | verb | uphold [the] ruling against
116 | noun | jail term for _
116 | noun | prison term for _
116 | noun | jail sentence for _
116 | noun | life sentence for _

# 120 Reject, not specified below
120 | verb | dismiss _ out of hand
120 | verb | shoot down [the] proposal/idea/suggestion
120 | verb | give [the] cold shoulder to
120 | verb | cold-shoulder _
120 | verb | turn [its] back on _
120 | verb | decline [the] offer/request/proposal
120 | verb | decline/refuse/reject/rebuff/spurn [a/an/the] offer/request/proposal/invitation/appeal/plea/call from/by _
120 | verb | turn down [a/an/the] offer/request/proposal/invitation/appeal/plea/call from/by _
120 | verb | reject [the] bid by
120 | verb | reject [the] application/nomination/appointment/candidacy of
120 | verb | refuse to endorse
120 | verb | refuse to back/support _
120 | verb | withhold [its] approval
120 | verb | withhold consent
120 | verb | deny/refuse permission for
120 | verb | deny/refuse [a] visa to
120 | verb | block [the] appointment/nomination/candidacy/bill/measure/legislation/request/application/initiative/package
120 | verb | torpedo [the] deal/talks/agreement/plan/proposal/bill/bid/accord/negotiations
120 | noun | rebuff to _
120 | noun | rebuff of

# 121 Reject material cooperation
121 | verb | refuse to hand over _ to
121 | verb | reject/deny [the] extradition of
121 | verb | rule out extraditing _
121 | verb | rule out [the] extradition of
121 | verb | refuse to surrender _ to
121 | verb | refuse to share [the] data/intelligence/evidence
121 | verb | refuse to provide information
121 | verb | withhold information/intelligence from _
121 | verb | refuse to cooperate with investigators
121 | verb | refuse to testify
121 | noun | refusal to extradite _

# 1211 Reject economic cooperation
1211 | verb | refuse to do business with _
1211 | verb | rule out [a] trade deal with _
1211 | verb | rule out [a] free trade agreement
1211 | verb | refuse to grant market access
1211 | verb | deny market access to _
1211 | verb | refuse to renew [the] gas/oil/transit/supply contract/agreement

# 1212 Reject military cooperation
1212 | verb | refuse/decline to join [the] naval/maritime/multinational/international mission/force/operation/coalition
1212 | verb | refuse to allow [foreign] troops
1212 | verb | reject [the] stationing of
1212 | verb | rule out hosting [foreign] troops/bases
1212 | verb | rule out joining [the] alliance
1212 | verb | rule out [a] military alliance with _
1212 | verb | rule out military cooperation with _
1212 | verb | deny overflight rights to _
1212 | verb | refuse overflight rights
1212 | verb | cancel/scrap [the] purchase of @weapons

# 122 Reject request or demand for material aid, not specified below
122 | verb | reject/rebuff _ request/appeal/plea for aid/help/assistance/support
122 | verb | turn down _ request/appeal/plea for aid/help/assistance/support
122 | verb | refuse to come to [the] aid of _

# 1221 Reject request for economic aid
1221 | verb | refuse to fund/finance _
1221 | verb | refuse to provide funding
1221 | verb | refuse to extend [the] loan
1221 | verb | refuse to roll over [the] debt/loan
1221 | verb | rule out [a] bailout for/of
1221 | verb | rule out debt relief/forgiveness
1221 | verb | rule out [a] debt write-off
1221 | verb | refuse/reject debt forgiveness
1221 | verb | rule out paying reparations/compensation
1221 | verb | reject [the] calls/demands/claims for reparations/compensation
1221 | verb | reject [the] calls/demands for debt relief
1221 | verb | refuse to compensate _

# 1222 Reject request for military aid
1222 | verb | rule out delivering @weapons
1222 | verb | refuse to ship @weapons

# 1223 Reject request for humanitarian aid
1223 | verb | refuse/deny entry to [the] migrants/refugees
1223 | verb | turn away refugees/migrants
1223 | verb | turn back [the] migrants/refugees/boats
1223 | verb | push back [the] migrants/refugees/boats
1223 | verb | reject/deny/refuse _ asylum request/application/bid/claim
1223 | verb | close [its] borders to refugees/migrants
1223 | verb | refuse to let [the] migrants/refugees disembark
1223 | verb | refuse to allow [the] rescue ship to dock

# 1224 Reject request for military protection or peacekeeping
1224 | verb | rule out [putting] boots on [the] ground
1224 | verb | refuse to put boots on [the] ground
1224 | verb | rule out [direct] military involvement
1224 | verb | rule out [a] direct military intervention
1224 | verb | refuse to get involved militarily
1224 | verb | refuse to guarantee [the] security of

# 1231 Reject request for change in leadership
1231 | verb | vow to stay on
1231 | verb | vow to complete his/her term
1231 | verb | rule out [a] transfer of power

# 1232 Reject request for policy change
1232 | verb | vow to go ahead with
1232 | verb | press/push/forge/plough/plow ahead with [the] bill/law/policy/project/legislation
1232 | verb | forge/plough/plow ahead with [the] plan/reform
1232 | verb | refuse to withdraw [the] reform/decree/measure/policy
1232 | verb | refuse to reverse [the] ban/policy/hike
1232 | verb | refuse to rescind/revoke [the] decision/decree/order
1232 | verb | refuse to shelve

# 1233 Reject request for rights
1233 | verb | refuse to reopen schools for girls
1233 | verb | refuse to reopen girls' schools
1233 | verb | refuse to restore [the] rights of
1233 | verb | refuse to lift [the] ban on women

# 1234 Reject request for change in institutions, regime
1234 | verb | refuse to set [a] date for elections
1234 | verb | refuse to return to civilian rule
1234 | verb | refuse to restore constitutional order
1234 | verb | reject [the] transition timetable
1234 | verb | rule out [a] return to civilian rule
1234 | verb | reject [the] calls for [a] return to civilian rule

# 124 Refuse to yield, not specified below
124 | verb | refuse to blink
124 | verb | refuse to bend
124 | verb | refuse to relent
124 | verb | refuse to accede to
124 | verb | refuse to heed [the] calls/demands
124 | verb | refuse to soften [its] stance/position
124 | verb | hold out against
124 | verb | stand by [its] position
124 | verb | stick to [its] position
124 | verb | harden/toughen [its] stance/position
124 | verb | resist [the] demands
124 | verb | resist [the] demands for
124 | verb | resist [the] calls for
124 | verb | ignore [the] demands
124 | verb | ignore [the] demands of
124 | verb | shrug off [the] demands
124 | verb | brush aside [the] demands
124 | verb | brush off [the] demands
124 | verb | dismiss [the] demands
124 | verb | rebuff [the] pressure
124 | verb | shrug off [the] pressure
124 | verb | defy [the] demands of
124 | noun | refusal to yield/budge/bow/compromise

# 1241 Refuse to ease administrative sanctions
1241 | verb | refuse to restore internet access
1241 | verb | refuse to reopen [the] newspaper
1241 | verb | refuse to return [the] passport of
1241 | verb | refuse to renew [the] licence/license of
1241 | verb | refuse to lift [the] house arrest of
1241 | verb | refuse to grant [an] exit visa to

# 1242 Refuse to ease popular dissent
1242 | verb | refuse to call off [the] rally/rallies/march/boycott
1242 | verb | vow to keep up [the] protests/strike
1242 | verb | vow to extend [the] strike

# 1243 Refuse to release persons or property
1243 | verb | refuse to let _ go
1243 | verb | refuse to repatriate
1243 | verb | refuse to release [the] bodies/remains
1243 | verb | refuse to return [the] remains
1243 | verb | refuse to grant bail to _
1243 | verb | reject [the] bail request/application/plea of
1243 | verb | reject _ bail request/application/plea
1243 | verb | deny parole to
1243 | verb | deny _ parole
1243 | verb | refuse to return [the] seized ship/tanker/vessel
1243 | verb | refuse to return [the] territory/islands

# 1244 Refuse to ease economic sanctions, boycott, or embargo
1244 | verb | refuse to remove _ from [the] blacklist/list
1244 | verb | refuse to delist
1244 | verb | keep _ on [the] blacklist
1244 | verb | keep _ on [the] terror/terrorism list
1244 | verb | keep _ on [the] list of state sponsors of terrorism
1244 | verb | uphold [the] embargo
1244 | verb | refuse to roll back [the] tariffs
1244 | verb | rule out lifting [the] embargo/tariffs

# 1245 Refuse to allow international involvement (non mediation)
1245 | verb | refuse to let [the] Red Cross visit
1245 | verb | refuse to let [the] ICRC visit
1245 | verb | deny [the] Red Cross access
1245 | verb | deny [the] ICRC access
1245 | verb | deny/refuse consular access to
1245 | verb | refuse consular access
1245 | verb | deny entry to [the] special rapporteur
1245 | verb | refuse to cooperate with [the] special rapporteur
1245 | verb | refuse to cooperate with [the] commission of inquiry
1245 | verb | refuse to cooperate with [the] fact-finding mission
1245 | verb | refuse to admit [the] inspectors/monitors/observers/investigators/journalists/peacekeepers
1245 | verb | refuse to accept [a] fact-finding mission
1245 | verb | reject [a] fact-finding mission
1245 | verb | refuse to allow peacekeepers
1245 | verb | reject [the] presence of peacekeepers
1245 | verb | reject [the] deployment of [a] peacekeeping force
1245 | verb | reject [the] deployment of [an] international force
1245 | verb | reject [international] observers/monitors
1245 | verb | bar foreign journalists
1245 | verb | block [the] entry of aid
1245 | verb | block aid deliveries to
1245 | verb | impede/hinder/restrict humanitarian access
1245 | verb | impede/hinder/restrict aid deliveries
1245 | verb | choke off aid

# 1246 Refuse to de-escalate military engagement
1246 | verb | refuse to retreat
1246 | verb | refuse to cede
1246 | verb | refuse to give up [the] territory
1246 | verb | vow to hold [the] city
1246 | verb | vow to defend [the] city
1246 | verb | vow never to surrender
1246 | verb | vow to keep up [the] attacks/strikes
1246 | verb | vow to continue [its] attacks/strikes/raids/airstrikes
1246 | verb | vow to continue [its] military operations
1246 | verb | press on with [its] attacks/strikes/campaign/offensive
1246 | verb | push on with [the] offensive
1246 | verb | refuse to halt [its] strikes/airstrikes/operations
1246 | verb | refuse to lay down their/its weapons
1246 | verb | refuse to hand over their/its weapons
1246 | verb | refuse to give up their/its arms
1246 | verb | rule out [a] pullout/pull-out/retreat
1246 | verb | rule out surrender
1246 | verb | reject [the] calls for [a] truce/pause
1246 | verb | reject [a] humanitarian pause
1246 | verb | reject [the] humanitarian pause
1246 | verb | rule out [a] humanitarian pause

# 125 Reject proposal to meet, discuss, or negotiate
125 | verb | reject/rebuff/spurn [the] overtures
125 | verb | reject/rebuff/spurn [the] overtures of
125 | verb | reject/rebuff/spurn _ overtures
125 | verb | refuse to receive _
125 | verb | decline to receive _
125 | verb | refuse to take _ call/calls
125 | verb | refuse to speak with/to _

# 126 Reject mediation
126 | verb | reject _ as [an] honest broker
126 | verb | refuse to accept _ mediation

# 127 Reject plan, agreement to settle dispute
127 | verb | reject [the] proposed/new/latest/revised deal/agreement/plan/accord/settlement/framework
127 | verb | vote down [the] deal/agreement/accord/treaty
127 | verb | refuse to sign on/up to
127 | verb | refuse to join [the] agreement/accord/treaty/deal/pact
127 | verb | withdraw from [the] _ [nuclear] deal/agreement/accord/treaty/pact
127 | verb | pull out of [the] _ [nuclear] deal/agreement/accord/treaty/pact
127 | verb | tear up [the] _ [nuclear] deal/agreement/treaty
127 | verb | quit/exit/scrap/abandon [the] _ [nuclear] deal/agreement/treaty
127 | verb | walk away from [the] _ [nuclear] deal/agreement
127 | verb | renege on [the] _ [nuclear] deal/agreement

# 128 Defy norms, law
128 | verb | thumb [its] nose at
128 | verb | fly in [the] face of
128 | verb | ignore/defy/flout/disregard [the] court order/orders/ruling
128 | verb | refuse to honour/honor [the] ruling/agreement/commitments
128 | verb | renege on [its] promise/promises/pledge/pledges
128 | verb | go back on [its] word/promise/pledge/commitment/commitments
128 | verb | break [its] word/pledge
128 | verb | backtrack on [its] commitments/promises/pledges
128 | verb | refuse to pay [the] fine
128 | verb | disregard [the] warnings/calls
128 | verb | ignore [the] appeals/pleas
128 | verb | shrug off [the] warnings
128 | noun | defiance of [the] ruling

# 129 Veto
129 | verb | block [a] joint statement
129 | verb | block [the] adoption of
129 | verb | use [its] veto to block
129 | verb | cast [the] lone veto
129 | noun | veto of [the] resolution

064 | verb | share [real-time/military/classified/sensitive] data/intelligence/information

# Joint undertakings of a compound subject with no partner named: between the two ("Serbia and Croatia launched a
# joint search for the remains …").
060 | noun | joint search/campaign/effort/venture/initiative/project/programme/program/mission/study/inquiry
087 | verb | disengage [from]
087 | verb | begin/start disengaging [from]
