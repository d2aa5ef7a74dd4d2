# Verb and event-noun patterns for CAMEO roots 06, 07, 09 and 11 (material cooperation, provide aid,
# investigate, disapprove), fifth probe round. Written for readout from the misses of
# eval/probes/probe5-06-07-09-11.jsonl (business, legal and humanitarian desk prose: nominalisations,
# passives, support-verb constructions). Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# 060 Engage in material cooperation, not specified below
060 | verb | work shoulder to shoulder with _
060 | verb | work side by side with _
060 | verb | pool [their/its] engineering/rescue/search/medical/firefighting crews/teams/divers/engineers/experts/resources/equipment/assets with _
060 | verb | pool [their/its] engineering/rescue/search/medical/firefighting crews/teams/divers/engineers/experts/equipment/assets
060 | verb | collaborate/cooperate with _ in [the] search/hunt/rescue/cleanup/clean-up/salvage/recovery/firefighting for/of/operation/operations/effort/efforts
060 | verb | team up with _ in [the] search/hunt/rescue/cleanup/clean-up/salvage/recovery/firefighting for/of/operation/operations/effort/efforts
060 | verb | collaborate/cooperate with _ in [the] search-and-rescue/rescue/recovery/relief/cleanup/clean-up/demining/salvage operation/operations/effort/efforts/mission
060 | verb | team up with _ in [the] search-and-rescue/rescue/recovery/relief/cleanup/clean-up/demining/salvage operation/operations/effort/efforts/mission
060 | verb | team up with _ to rebuild/repair/restore/reopen/clear/contain/extinguish/construct/fight/battle
060 | verb | join/combine forces with _ to rebuild/repair/restore/reopen/clear/contain/extinguish/construct/battle
060 | verb | team up to rebuild/repair/restore/reopen/clear/contain/extinguish
060 | verb | join forces to rebuild/repair/restore/reopen/clear/contain/extinguish/build/construct
060 | verb | carry out [a] joint excavation/excavations/survey/surveys/search/searches/inspection/inspections/demarcation/mapping
060 | verb | conduct/hold [a] joint excavation/excavations/survey/surveys/search/searches/inspection/inspections/demarcation/mapping
060 | verb | carry out [a] joint excavation/excavations/survey/surveys/search/searches/inspection/inspections/demarcation/mapping with _
060 | verb | conduct/hold [a] joint excavation/excavations/survey/surveys/search/searches/inspection/inspections/demarcation/mapping with _

# 061 Cooperate economically
061 | verb | grant/give/offer _ duty-free/tariff-free/quota-free/preferential/unrestricted access to [its] market/markets
061 | verb | grant/give/offer _ shippers/exporters/producers/firms/companies/goods/products duty-free/tariff-free/quota-free/preferential access to [its] market/markets
061 | verb | cut/lower/reduce/slash/scrap/waive/suspend/remove/eliminate import duties/duty/levies/levy/tariffs on _
061 | verb | cut/lower/reduce/slash/scrap/waive/suspend/remove/eliminate [import] duties/duty/levies/levy/tariffs on imports/goods/products from _
061 | verb | break ground on [a] joint industrial/economic/trade/energy/infrastructure/special/free zone/project/venture/plant/park/complex/refinery/port
061 | verb | plough/plow/pour/pump/sink/channel into _ data centres/centers
061 | verb | plough/plow/pour/pump/sink/channel into _ factories/plants/ports/mines/infrastructure/companies/firms/startups/projects
061 | verb | award [a] contract/contracts/concession/concessions/tender/tenders to _

# 062 Cooperate militarily
062 | verb | take part in [their] [first/annual] joint counter-terrorism/military/naval/air/army/border/anti-terror drills/exercises/exercise/manoeuvres/maneuvers/patrols
062 | verb | take part in [their] [first/annual/biennial] joint war games
062 | verb | fly alongside _ jets/aircraft/warplanes/fighters/bombers/planes
062 | verb | fly in formation with _
062 | verb | grant/give/allow _ access to [its] [air/military/naval] bases/ports/airfields/facilities
062 | verb | grant/give/allow _ military access to [its] [air/military/naval] bases/ports/airfields/facilities

# 063 Engage in judicial cooperation
063 | verb | give/grant/provide _ access to bank/financial/court/case/tax/company/phone records/files/documents/accounts/evidence
063 | verb | surrender _ fugitive/fugitives/suspect/suspects/convict/convicts
063 | verb | surrender [a] fugitive/fugitives/suspect/suspects/convict/convicts to _
063 | verb | transfer _ prisoners/convicts/inmates to
063 | verb | transfer [a] [genocide/terror/terrorism/murder/fraud/drug/trafficking] suspect/suspects/fugitive/fugitives to _
063 | verb | execute [a] [European/international] arrest warrant issued by _

# 064 Share intelligence or information
064 | verb | hand/give/send _ satellite imagery/images/photos/photographs
064 | verb | hand/give/send _ [intelligence/radar/drone] targeting/surveillance data/imagery
064 | verb | pass [on] [flight/phone/call/bank/travel/passenger/financial] records/intercepts/logs/recordings to _
064 | verb | pass [on] flight/phone/bank/travel records/intercepts/logs and phone/call/bank records/intercepts/logs to _
064 | verb | disclose/divulge/reveal/pass/present to _ [the] [classified] findings/details/contents/results of [its/their/an/the] intelligence
064 | verb | share [the] findings of [its/their/an/the] intelligence review/assessment/investigation/probe with _
064 | verb | brief _ on [its/their] intelligence assessment/assessments/findings

# 070 Provide aid, not specified below
070 | verb | donate/gift/present laptops/computers/tablets/ambulances/buses/tractors/generators/vehicles/equipment/boats/trucks/motorcycles to _
070 | verb | donate/gift/present laptops/computers/tablets/ambulances/buses/tractors/generators/vehicles/equipment and solar panels/generators/computers/vehicles/equipment to _

# 071 Provide economic aid
071 | verb | come to [the] aid/rescue of _ [battered/ailing/struggling/crisis-hit/cash-strapped/embattled/collapsing] economy/finances/currency/budget/treasury
071 | verb | transfer euros/dollars/funds/money/cash/grants/aid to _
071 | verb | transfer [the] budget support to _
071 | verb | channel/funnel/route/steer grants/loans/funds/money/credit/financing/aid to _
071 | verb | channel/funnel/route/steer budget support to _
071 | verb | write off _ debt/debts
071 | verb | forgive/cancel [the] debt/debts/loans owed by _

# 072 Provide military aid
072 | verb | ship/truck/ferry/transfer/smuggle @weapons to _
072 | verb | ship/truck/ferry/transfer armed/attack/combat/kamikaze drones to _
072 | verb | rush/ship/send/fly/airlift rockets and artillery/ammunition/mortars/missiles to _
072 | verb | rush/ship/send/fly/airlift artillery and rockets/ammunition/mortars/missiles to _
072 | verb | dispatch/send/deploy [military] advisers/advisors/trainers/instructors to help/train/assist/support _

# 073 Provide humanitarian aid
073 | verb | distribute [emergency] @humanitarian_aid to _
073 | verb | distribute [emergency/food/relief/humanitarian] rations/parcels/kits/supplies/items/aid/assistance/cash to _
073 | verb | rush/send/dispatch [a] ship/vessel/plane/aircraft/convoy carrying [tonnes/tons] [of] relief material/materials/supplies/goods to _
073 | verb | rush/send/dispatch [a] naval ship/vessel carrying [tonnes/tons] [of] relief material/materials/supplies/goods to _
073 | verb | rush/send/dispatch [a] ship/vessel/plane/aircraft/convoy carrying [tonnes/tons] [of] humanitarian/emergency aid/supplies to _
073 | verb | land/arrive in _ with relief/aid/supplies/food/medicine/medicines/tents
073 | verb | land/arrive in _ with [humanitarian/emergency/relief/medical] relief/aid/supplies/assistance/material for

# 074 Provide military protection or peacekeeping
074 | verb | take over [NATO] air policing duties/mission/missions/role over/in _
074 | verb | assume/begin/start [NATO] air policing duties/mission/missions/role over/in _
074 | verb | take over [the] [NATO] air policing of _
074 | verb | assume/begin/start [the] [NATO] air policing of _
074 | verb | guard/patrol/police _ airspace
074 | verb | take over responsibility for protecting/securing/guarding [civilians/people] in _
074 | verb | assume responsibility for protecting/securing/guarding [civilians/people] in _
074 | verb | deploy to _ under [a] [UN-backed/UN-mandated/U.N.-backed/multinational/international/Kenyan-led/African] security/peacekeeping/stabilisation/stabilization/protection mission/force
074 | verb | deploy [blue] helmets/peacekeepers to protect/guard/shield/secure

# 075 Grant asylum
075 | verb | grant/give/award refugee status to _
075 | verb | grant/give/award _ refugee status
075 | verb | admit [former] _ local staff/employees
075 | verb | admit [former] _ interpreters/translators/evacuees
075 | verb | admit [former] _ local staff/employees under [a/its] humanitarian admission programme/program/scheme
075 | verb | admit [former] _ interpreters/translators/evacuees under [a/its] humanitarian admission programme/program/scheme
075 | verb | resettle [thousands/hundreds/dozens] [of] _ survivors/families/evacuees/orphans/victims
075 | verb | offer shelter/refuge/sanctuary to [a] _ [former] dissident/dissidents/minister/ministers/defector/defectors/activist/activists/journalist/journalists
075 | verb | accept [the] asylum application/claim/applications/claims/request/requests of _

# 090 Investigate, not specified below
090 | verb | order/commission/launch/conduct [a/an] [independent/forensic/special/full/comprehensive] audit of
090 | verb | set up [a] [special/parliamentary/independent] commission/committee/panel to scrutinise/scrutinize/review/examine/audit
090 | verb | open [an] in-depth investigation/probe/inquiry into

# 091 Investigate crime, corruption
091 | verb | refer [the] findings/results/case/file/files/report of [its/their] inquiry/investigation/probe into _ to
091 | verb | refer [the] case/cases/file/files of _ to [the] prosecutor/prosecutors/prosecutor-general/attorney-general/prosecution
091 | verb | refer _ to [the] prosecutor/prosecutors/prosecutor-general/prosecution for [a] [criminal] investigation/prosecution
091 | verb | place/put _ under [criminal/formal] investigation for/over
091 | verb | raid [the] offices/headquarters/premises/home/homes/residence of _ as part of [a] bribery/corruption/fraud/graft/embezzlement investigation/probe/inquiry
091 | verb | raid [the] offices/headquarters/premises of _ in [a] bribery/corruption/fraud/graft/embezzlement investigation/probe/inquiry
091 | verb | question _ for [five/several/hours] [hours] over [the] disappearance/misappropriation/embezzlement/theft/diversion of

# 092 Investigate human rights abuses
092 | verb | begin/start examining/investigating allegations of torture/abuse/abuses/ill-treatment/mistreatment/disappearances/killings
092 | verb | seek [a] report from _ on [the] [alleged] abuse/torture/ill-treatment/mistreatment/killing/killings/death/deaths of

# 094 Investigate war crimes
094 | verb | begin/start gathering/collecting/documenting evidence of [possible/alleged] war crimes/atrocities
094 | verb | gather/collect/document evidence of [possible/alleged] war crimes/atrocities committed by _
094 | verb | open [a] pretrial/pre-trial/criminal investigation into war crimes

# 110 Disapprove
110 | verb | voice/express misgivings about/over _
110 | verb | voice/express misgivings
110 | verb | take [a] dim view of _
110 | verb | react coolly to _
110 | verb | respond coolly to _
110 | verb | give [a] cool/frosty/lukewarm reception to _
110 | verb | greet _ coolly/frostily
110 | verb | frown on/upon _

# 111 Criticize or denounce
111 | verb | pour scorn on _
111 | verb | heap scorn on _
111 | verb | rail against _
111 | verb | excoriate _
111 | verb | castigate _
111 | verb | berate _
111 | verb | pillory _
111 | verb | roundly denounce/condemn/criticise/criticize _

# 112 Accuse
112 | verb | lay/put/place/pin [the] blame squarely/firmly/directly/fully/solely/largely on _
112 | verb | hold _ responsible/accountable for
112 | verb | point [the] finger at _


# 1121 Accuse of crime, corruption
1121 | verb | accuse _ of pocketing/skimming/siphoning/misappropriating/embezzling/plundering/looting
1121 | verb | accuse _ of steering/rigging/inflating [public/state/government] contracts/tenders/procurement
1121 | verb | accuse _ of taking/accepting/receiving/demanding/soliciting bribes/kickbacks/backhanders
1121 | verb | accuse _ of presiding over [the] plunder/looting/theft/embezzlement/misappropriation of
1121 | verb | allege that _ had stolen/embezzled/pocketed/siphoned/misappropriated/looted/laundered
1121 | verb | accuse _ of selling state/official gifts
1121 | verb | allege/claim that _ had sold/pocketed/kept state/official gifts
1121 | noun | embezzlement by _

# 1123 Accuse of aggression
1123 | verb | accuse _ of violating/breaching/breaking [the] border agreement/agreements/accords/protocols/treaty
1123 | verb | accuse _ of harassing [its/their] [supply/fishing/patrol/resupply] boats/vessels/ships/aircraft/planes/fishermen/troops
1123 | verb | accuse _ of [an] act/acts of [open/naked/blatant/unprovoked] aggression
1123 | verb | accuse _ of launching [an] [unprovoked] assault/attack/offensive/incursion on/against

# 1124 Accuse of war crimes
1124 | verb | accuse _ of violating/breaching/flouting [international] humanitarian law
1124 | verb | accuse _ of [a] textbook example of ethnic cleansing
1124 | verb | accuse _ of massacring/slaughtering/executing [hundreds/dozens/thousands] [of] civilians/villagers/prisoners/detainees

# 1125 Accuse of espionage, treason
1125 | verb | brand _ [a] traitor/spy/traitors/spies
1125 | verb | allege that _ had been recruited by
1125 | verb | allege that _ had been spying/working for
1125 | verb | accuse _ of passing [state/military/classified] secrets/information/documents to
1125 | verb | accuse _ of colluding with foreign forces

# 113 Rally opposition against
113 | verb | lead [a] push/drive/campaign/effort to isolate _
113 | verb | lead [a] push/drive/campaign/effort at [the] UN/U.N. to isolate _
113 | verb | lead [a] push/drive/campaign/effort at [the] United Nations to isolate _
113 | verb | lead [a] push/drive/campaign/effort at [the] General Assembly to isolate _
113 | verb | enlist allies/neighbours/neighbors/partners in [a] campaign/drive/effort/bid to isolate _
113 | verb | lobby [fellow] _ members/states/governments/allies to build/form/forge [a] [common/united] front against

# 114 Complain officially
114 | verb | hand/deliver/send/present/give [a] [formal/strongly-worded/strong] note verbale to _
114 | verb | hand/deliver/send/present/give [a] [formal/strongly-worded/strong] protest/diplomatic note to _
114 | verb | deliver [a] [stern/strong/formal/firm] demarche to _
114 | verb | lodge [a] [formal/strong/diplomatic] protest with _ over
114 | verb | summon _ to protest
114 | verb | summon _ ambassador/envoy/charge to protest [against]

# 115 Bring lawsuit against
115 | verb | bring suit against _
115 | verb | file suit against _
115 | verb | sue _ for breach/damages/defamation/libel/compensation
115 | verb | haul _ into court

# 116 Find guilty or liable (legally)
116 | verb | convict in absentia _
116 | verb | uphold [the] conviction of _
116 | verb | uphold _ conviction
116 | verb | hand [a] life/prison/jail/death sentence to _
116 | verb | hand _ [a] life/prison/jail/death sentence
116 | verb | rule that _ was/were guilty of
116 | verb | fine _ for abusing/breaching/violating/flouting

# Nominalisations and named systems found by spot checks beyond the probe sentences
072 | verb | deliver/supply/send/ship/transfer [the] [first] Leopard/Abrams/Challenger/Bradley/Marder/Stryker [1/2] tanks/vehicles to _
072 | noun | delivery/deliveries/shipment/shipments/transfer of [the] [first] Leopard/Abrams/Challenger/Bradley/Marder/Stryker [1/2] tanks/vehicles to _
073 | noun | airlift/airlifts/airdrop/airdrops of @humanitarian_aid to _
075 | noun | granting of [political/diplomatic/temporary/humanitarian] asylum to _
075 | noun | grant of [political/diplomatic/temporary/humanitarian] asylum to _
071 | noun | disbursement of @economic_aid to _
073 | verb | donate/gift/airlift/airdrop [tonnes/tons] [of] rice/wheat/flour/grain/maize/lentils/dates/sugar to _
073 | verb | send/dispatch/ship/rush [tonnes/tons] [of] rice/wheat/flour/grain/maize/food to flood-hit/quake-hit/earthquake-hit/drought-hit/cyclone-hit _
073 | verb | send/dispatch/ship/rush [tonnes/tons] [of] rice/wheat/flour/grain/maize/food to storm-hit/famine-hit/disaster-hit/flood-ravaged/quake-stricken _
113 | verb | form/forge/launch [a/an] [opposition/united/broad] alliance/coalition/front/movement to oust/topple/unseat/remove/defeat _
113 | verb | unite/band together to oust/topple/unseat/remove/defeat _
113 | verb | join forces to oust/topple/unseat/remove _
061 | verb | sign [a] [supply/purchase/import/export] contract/contracts/deal/deals with _ suppliers/exporters/traders/producers/firms/companies/manufacturers
072 | verb | deliver/supply/send/ship/transfer/hand [the] [first] F-16/F-35/Mirage/Gripen/MiG-29/Su-27/Rafale [fighter] jets/fighters/aircraft/warplanes to _
072 | noun | delivery/deliveries/shipment/transfer of [the] [first] F-16/F-35/Mirage/Gripen/MiG-29/Su-27/Rafale [fighter] jets/fighters/aircraft/warplanes to _
074 | verb | deploy/send/dispatch [its] troops/soldiers/police/policemen/forces/peacekeepers to _ as part of [a/the] [UN/U.N./AU/EU/ECOWAS/SADC/regional/international/multinational] peacekeeping/stabilisation/stabilization/protection mission/force/operation
074 | verb | deploy/send/dispatch [its] troops/soldiers/police/policemen/forces/peacekeepers to _ as part of [a/the] UN/U.N./AU/EU/ECOWAS/SADC/multinational security/stabilisation/stabilization/protection mission/force/operation
074 | verb | deploy/send/dispatch [its] troops/soldiers/police/policemen/forces/peacekeepers to _ as part of [the] African Union mission/force/operation
062 | verb | wrap up [a/their] [week-long/two-week/month-long/annual] joint exercise/exercises/drills/manoeuvres/maneuvers
062 | verb | wrap up [a/their] [week-long/two-week/month-long/annual] joint naval/military/air exercise/exercises/drills/manoeuvres/maneuvers
062 | verb | conclude/complete/finish [a/their] [week-long/two-week/month-long/annual] joint exercise/exercises/drills/manoeuvres/maneuvers
062 | verb | conclude/complete/finish [a/their] [week-long/two-week/month-long/annual] joint naval/military/air exercise/exercises/drills/manoeuvres/maneuvers
