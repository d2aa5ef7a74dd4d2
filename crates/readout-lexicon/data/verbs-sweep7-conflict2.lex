# Verb and event-noun patterns for CAMEO roots 14 (protest), 15 (force posture), 18 (assault) and 19 (fight),
# seventh round: a second vocabulary sweep. The phrasings tried are in eval/probes/probe7-sweep-conflict2.jsonl
# (one short sentence each) and eval/probes/probe7-conflict2.jsonl (wire-style sentences); both are the
# regression test of these patterns. Focus: protest aims phrased through "over", "against", "calling for",
# "to demand", "in protest at", "to denounce"; posture verbs with their objects; assault verbs by who does
# them; fighting verbs with places and sides. Written for readout.
# Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# ---- 141 Demonstrate or rally: "over", "to denounce" (the built-in "protest over" family, for the other verbs)
141 | verb | demonstrate/rally/march over
141 | verb | demonstrate/rally/march/protest/gather to denounce
141 | verb | take to [the] streets to denounce
1411 | verb | demonstrate/rally/march over [the] re-election of
1411 | verb | demonstrate/rally/march over [the] election result/results
1411 | verb | demonstrate/rally/march/protest against [a] second/third/fourth/fifth/sixth term for/of
1411 | verb | demonstrate/rally/march/protest against [the] president's/premier's/king's/junta's/regime's rule
1411 | verb | demonstrate/rally/march/protest against [the] prime minister's rule
1412 | verb | demonstrate/rally/march over [the] [proposed/planned/new] law/laws/bill/bills/plan/plans/decision/policy/policies/reform/reforms/budget/deal/agreement/project/dam/mine/pipeline/lockdown/verdict/war
1412 | verb | demonstrate/rally/march over [the] pension/labour/labor/tax/education/health/fuel/austerity/budget cuts/reform/reforms/measures/hikes/increases/law/bill
1412 | verb | demonstrate/rally/march over [the] [proposed/planned] subsidy/spending/job/pay/wage cuts/reform/reforms/measures
1412 | verb | demonstrate/rally/march over [a/the] rise/rises/hike/hikes/increase/increases in
1452 | verb | riot over [a/the] rise/rises/hike/hikes/increase/increases in
1412 | verb | take to [the] streets over [a/the] rise/rises/hike/hikes/increase/increases in
1412 | verb | demonstrate/rally/march over austerity/taxes/pay/wages/pensions/prices/fares/fees/tuition/unemployment/privatisation/privatization/corruption
1412 | verb | demonstrate/rally/march over [the] fuel/food/bread/electricity/gas/petrol/water/tuition/metro/bus prices/shortages/tariffs/fees/fares
1412 | verb | take to [the] streets over [the] [proposed/planned/new] law/laws/bill/plan/decision/policy/reform/reforms/budget/austerity/taxes
1413 | verb | demonstrate/rally/march over discrimination/racism/censorship
1413 | verb | demonstrate/rally/march over police brutality/violence/racism
1412 | verb | march/rally/demonstrate/protest [to] [protest] against rising/higher/soaring [fuel/diesel/petrol/food/energy/electricity/living] costs/prices
1412 | verb | march/rally/demonstrate/protest against [the] education/health/pension/labour/labor/tax/welfare overhaul/changes
1412 | verb | march/rally/demonstrate/protest calling for/demanding higher/better wages/pay/salaries/pensions
1412 | verb | march/rally/demonstrate/protest calling for/demanding free [public] education/healthcare/tuition
1413 | verb | march/rally/demonstrate/protest calling for/demanding freedom of speech/expression/assembly/religion/worship/the
1413 | verb | march/rally/demonstrate/protest to defend [abortion/women's/gay/minority/voting/land/workers'/human/civil/LGBT/LGBTQ] rights
1413 | verb | march/rally/demonstrate/protest in defence/defense of [abortion/women's/gay/minority/voting/land/workers'/human/civil/LGBT/LGBTQ] rights
1414 | verb | march/rally/demonstrate/protest calling for/demanding [an] end to _ rule
1414 | verb | march/rally/demonstrate/protest calling for/demanding [an] end to junta/one-party rule
1414 | verb | march/rally/demonstrate/protest calling for/demanding [a] return to civilian/democratic rule

# demands that give the aim of a protest (and stand alone as 104x demands)
1042 | verb | demand lower/cheaper fuel/diesel/petrol/food/electricity/energy/gas/bread prices
1042 | verb | demand higher/better wages/pay/salaries/pensions
1042 | verb | demand free [public] education/healthcare/tuition


# ---- 150 Demonstrate military power: warships and bombers sent as a show of force
150 | verb | send/dispatch/deploy [an/a] aircraft carrier [strike] [group] to/toward/towards/into _
150 | verb | send/dispatch/deploy [an/a] aircraft carrier [strike] [group] and bombers to/toward/towards/into _
150 | verb | send/dispatch/deploy [a/an] navy/naval/carrier strike group/groups/flotilla/armada to/toward/towards/into _
150 | verb | send/dispatch [a/the] warships/warship/destroyers/destroyer/bombers to/toward/towards/into _
150 | verb | scramble [fighter] jets/fighters/warplanes/aircraft to shadow/intercept/track _

# ---- 153 Mobilize police
153 | verb | draft in [tens/hundreds/thousands] [of] [extra/additional] officers/policemen/gendarmes
153 | verb | draft in [tens/hundreds/thousands] [of] [extra/additional] police officers
153 | verb | mobilise/mobilize [tens/hundreds/thousands] [of] [extra] police officers/gendarmes/troopers

# ---- 154 Mobilize armed forces
154 | verb | deploy [tens/hundreds/thousands] [of] National Guard troops/soldiers/members
154 | verb | move [tens/hundreds/thousands] [of] troops/soldiers/forces closer to/toward/towards _
154 | verb | move [tens/hundreds/thousands] [of] troops/soldiers/forces and [heavy] armour/armor/tanks/weaponry closer to _

# ---- 181 Abduct, take hostage
181 | verb | seize/snatch/grab [the] soldiers/hostages/civilians/journalists/tourists/engineers/villagers/schoolgirls/schoolchildren/students/passengers

# ---- 180 Unconventional violence: gunmen firing on people in public places
180 | verb | open fire on [the] diners/worshippers/worshipers/shoppers/revellers/revelers/concertgoers/concert-goers/partygoers/churchgoers/pilgrims/passengers/beachgoers/tourists/pupils/schoolchildren/clubbers/commuters/guests/bathers

# ---- 190 Conventional military force: repelling, infiltrating
190 | verb | repel/repulse [a/an] _ assault/attack/offensive/attacks on/against
190 | verb | repel/repulse [a/an] assault/attack/offensive/attacks by _
190 | verb | infiltrate [a/an/the] _ army/military base/camp/post/garrison/positions
190 | verb | infiltrate [a/an/the] army/military base/camp/post/garrison/positions
190 | verb | infiltrate into _


# ---- second pass of the sweep
# 141x: support verbs with an aim, joining and gathering in protest
1412 | verb | stage/hold [a] protest against/over [bus/metro/transport] fare/fuel/price/tax rises/hikes/increases
1412 | verb | stage/hold protests against/over [bus/metro/transport] fare/fuel/price/tax rises/hikes/increases
1412 | verb | stage/hold [a] rally against/over [bus/metro/transport] fare/fuel/price/tax rises/hikes/increases
1412 | verb | stage/hold [a] demonstration against/over [bus/metro/transport] fare/fuel/price/tax rises/hikes/increases
1412 | verb | stage/hold rallies/demonstrations against/over [bus/metro/transport] fare/fuel/price/tax rises/hikes/increases
141 | verb | join [the] protests/demonstrations/rallies against/over
141 | verb | gather/assemble in protest at/against/over
1412 | verb | demonstrate/rally/march/gather/protest in protest at/against [a/the] new/proposed/planned tax/taxes/levy/levies/law/bill/budget
141 | verb | camp out to denounce/protest
# 150: missile defences, large exercises, air and naval patrols
150 | verb | deploy [its] [missile] interceptors/interceptor
150 | verb | deploy [its] Patriot/THAAD/Aegis [missile] batteries/battery/systems/system/interceptors
150 | verb | begin/hold/stage/launch/conduct/start [its] largest/biggest/massive/large-scale military/naval/air exercises/drills/manoeuvres/maneuvers
150 | verb | begin/hold/stage/launch/conduct/start [its] largest/biggest/massive/large-scale war games/exercises/drills
150 | verb | step up/increase/intensify [its] air/naval/military patrols
150 | verb | step up/increase/intensify [its] patrols over [the] Baltic/Black/Mediterranean/Arctic
# 151: security levels
151 | verb | raise [the] security level/levels at/in/across/around
151 | verb | raise [its] security alert/level to
# 152: troops on standby
152 | verb | put/place [its] troops/forces/army/soldiers/units on standby
# 1823: torture ending in death
1823 | verb | torture [the] detainees/prisoners/inmates/suspects/captives/protesters/activists to death
# 183: bombings of trains and buses
183 | verb | blow up [a/the] [underground/subway/metro/commuter/passenger] trains/train/buses/bus
# 186: gunning down officials
186 | verb | gun down [a/the] [village/district/local/tribal] chief/mayor/governor/judge/prosecutor/lawmaker/MP/minister
# 191: sieges
191 | verb | tighten [the] noose around/on _
# 193: exchanges of fire
193 | verb | engage in [heavy/intense/fierce/sporadic] exchanges/exchange of fire/gunfire

# ---- third pass: curfew defiance, ordinal strikes
141 | verb | defy [a/the] [night/nightly/military/government/dusk-to-dawn] curfew
143 | verb | stage/hold/begin/launch [the] first/second/third/biggest/largest [ever] [all-out/general/nationwide/national] strike/strikes

# Protest verbs whose place was stepped over ("demonstrated in Bucharest for a fifth day over pay", "marched in
# Khartoum on Sunday to demand …"): the matcher leaves out "in <place>" before a preposition, so the verb meets
# its complement directly; the aim, when named, refines the code (data/protest-aim.txt, data/refine.txt).
141 | verb | demonstrate/rally/march for
141 | verb | demonstrate/rally/march/protest to demand
141 | verb | demonstrate/rally/march/protest to call for
