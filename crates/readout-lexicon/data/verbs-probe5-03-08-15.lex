# Verb and event-noun patterns for CAMEO roots 03 (express intent to cooperate), 08 (yield) and
# 15 (exhibit force posture), fifth probe round. They come from the misses of
# eval/probes/probe5-03-08-15.jsonl (sentences in the style of non-Western, official and specialist
# outlets, with the action in nominal, non-finite or subordinate position); that file is their
# regression test. Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# ---- 030 Express intent to cooperate: the intent as a noun ("X's readiness to deepen cooperation with Y",
# "voiced his determination to broaden collaboration with Y")
030 | noun | readiness/willingness/eagerness/determination/keenness/resolve/desire to [further] deepen/broaden/intensify/expand/strengthen/enhance/boost [all-round/strategic/bilateral/practical/comprehensive] cooperation/collaboration/partnership with _
030 | noun | readiness/willingness/eagerness/determination/keenness/resolve/desire to [further] deepen/broaden/strengthen/enhance/improve/upgrade [bilateral] ties/relations with _
030 | verb | voice/express/underline/stress/underscore/reaffirm/reiterate/signal/convey [its] readiness/willingness/eagerness/determination/keenness to [further] deepen/broaden/intensify/expand/strengthen cooperation/collaboration with _
030 | verb | voice/express/underline/stress/underscore/reaffirm/reiterate/signal/convey [its] readiness/willingness/determination to deepen/broaden/expand strategic/bilateral/all-round cooperation/collaboration with _
030 | verb | intend/plan/vow/pledge/promise/seek/aim to forge [a] closer/stronger/deeper/broader partnership/relationship with _
030 | verb | is/are/was/were keen/eager/ready/determined to forge [a] closer/stronger/deeper partnership/relationship with _

# ---- 031 / 0311 / 0312 joint projects, investment and market opening
062 | verb | set up [a] joint defence/defense/military/arms production facility/plant/venture
062 | verb | establish/build [a] joint defence/defense/military/arms production facility/plant/venture
031 | noun | offer/proposal/pledge/promise/readiness/willingness to join _ in building/developing/constructing/running/operating
061 | verb | pour into _
061 | verb | pour investment/investments/money/capital into _
0311 | noun | intention/plan/pledge/promise/offer/readiness/commitment to pour into _
0311 | verb | signal/announce/state [its] intention to pour into _
061 | verb | open [up] its/their market/markets/economy/sector/sectors/industry to _
061 | verb | open [up] its/their mining/energy/banking/financial/oil/gas/telecoms/retail/farm/agricultural/nickel/lithium [processing] market/sector/industry to _

# ---- 0312 military cooperation: hosting exercises is cooperation, not a meeting
062 | verb | host joint naval/military/air/army/coast guard manoeuvres/maneuvers/exercises/drills/war games with _
062 | verb | host [the] joint naval/military/air manoeuvres/maneuvers/exercises/drills

# ---- 0314 intelligence sharing
064 | verb | swap/exchange/share [satellite/real-time/radar/missile-warning/surveillance/military/intelligence] [reconnaissance/surveillance/tracking/radar] data with _
064 | verb | swap/exchange/share [real-time] missile warning data with _
064 | verb | swap intelligence/information with _
064 | verb | feed intelligence/information to _

# ---- 033 / 0331 / 0332 aid announced as a noun
033 | noun | promise/pledge/offer of continued/further/ongoing/sustained/continuing assistance/aid/help to/for _
0331 | noun | pledge/promise/offer/commitment to deposit/lend/grant with/to _
0331 | noun | pledge/promise/offer/commitment to write off [part] [of] _ debt
0331 | noun | pledge/promise/offer/commitment to forgive/restructure/reschedule [part] [of] _ debt
0332 | noun | decision/pledge/promise/offer/commitment to supply/send/deliver/provide/transfer @weapons to _
0332 | noun | decision/pledge/promise/offer/commitment to supply/send/deliver/provide/transfer _ with @weapons

# ---- 034 / 0341 / 0342 / 0344 reform pledges
034 | verb | pledge/promise/vow/announce [sweeping/far-reaching/broad/deep/wide-ranging/bold/major] governance/political/democratic/constitutional/institutional reforms
034 | noun | pledge/promise/vow/commitment of [sweeping/far-reaching/broad/deep/wide-ranging] political/democratic/governance/constitutional reforms
034 | verb | pledge/promise/vow to open up [the] [country's] political system/space
034 | noun | pledge/promise/vow/commitment to open up [the] [country's] political system/space
0341 | verb | pledge/promise/vow/agree to organise/organize/hold elections and cede/hand/return/transfer power to civilians
0341 | verb | pledge/promise/vow/agree to cede/return/transfer power to civilians
0341 | verb | pledge/promise/vow/agree to hand over power to civilians
0341 | verb | say [they/it/he] would organise/organize/hold elections and cede/hand/return/transfer power to civilians
0341 | noun | pledge/promise/vow/commitment to pass/hand/cede [over] the premiership/presidency/leadership/power to _
0342 | verb | declare/announce/signal/state [its] intention to phase out [petrol/fuel/energy/electricity/food] subsidies
0342 | verb | declare/announce/signal/state [its] intention to scrap/remove/end/abolish [petrol/fuel/energy/electricity/food] subsidies
0342 | noun | intention/plan/pledge/promise/decision to phase out [petrol/fuel/energy/electricity/food] subsidies
0342 | noun | intention/plan/pledge/promise/decision to scrap/remove/end/abolish [petrol/fuel/energy/electricity/food] subsidies
0832 | verb | roll back [the] decriminalisation/decriminalization/legalisation/legalization of
0832 | verb | reverse [the] decriminalisation/decriminalization/legalisation/legalization of
0344 | verb | pledge/promise/vow to curb/trim/reduce/limit/cut [the] powers of [the] [executive] presidency/president
0344 | noun | pledge/promise/vow/commitment to curb/trim/reduce/limit/cut [the] powers of [the] [executive] presidency/president
0344 | verb | pledge/promise/vow to abolish [the] executive presidency

# ---- 0351 / 0811 easing administrative restrictions
0811 | verb | restore [postpaid/prepaid/mobile/broadband/fixed-line] phone/internet/data/telephone services/service
0811 | verb | restore [postpaid/prepaid] mobile phone/internet/data services/service
0811 | verb | restore mobile internet [access/services/service]
0811 | verb | lift/ease/relax restrictions on [independent] bloggers/journalists/reporters/media/press/newspapers
0811 | verb | relax/ease/lift [the] ban on [public] gatherings/rallies/demonstrations/protests
081 | verb | lift/ease/remove [the] restrictions/curbs/measures imposed on _
081 | noun | lifting/easing/removal of [a/the] visa/travel ban/bans on _
081 | noun | lifting/easing/removal of [a/the] visa/travel restrictions on _
081 | verb | scrap/waive/abolish visa fees/requirements for _
081 | verb | scrap/waive/abolish visa fees/requirements for visitors/travellers/travelers/tourists/nationals/citizens from _

# ---- 0352 / 082 easing dissent
082 | verb | suspend [its/their] [planned/weekly/twice-weekly/daily/mass/nationwide] [street/anti-government/opposition] protests/demonstrations/rallies/marches
082 | verb | call off [the] [planned/threatened/proposed] [nationwide/national/general/indefinite/mass] strike/strikes/protest/protests/demonstrations
082 | verb | go back to [their] posts/work/jobs/classes/desks

# ---- 0355 / 086 letting foreign envoys in; 0861 stationing of foreign troops
086 | verb | let/allow _ visit [the] country
0861 | verb | consent/agree to [the] stationing/deployment/arrival of _
0861 | noun | consent to [the] stationing/deployment/arrival of _

# ---- 0356 / 087 de-escalation announced or agreed
087 | verb | cut/scale/wind back/down [its] military activity/activities/operations around/in/near _
0356 | noun | pledge/promise/vow/commitment/offer/decision to [drastically/significantly] cut/scale/wind back/down [its] military activity/operations around/in/near _
0356 | noun | pledge/promise/vow/commitment/offer/decision to [drastically/significantly/sharply/dramatically] reduce [its] military activity/activities/operations around/in/near _
087 | verb | halt/stop/suspend/pause [its] air raids/strikes on _
087 | verb | halt/stop/suspend/pause [its] airstrikes/bombing/shelling on/of _
0356 | verb | agree on/to [a] phased/mutual disengagement/pullback of [front-line] troops/forces
0356 | verb | agree on/to [a] [phased/mutual/full/complete] disengagement/pullback/pull-back
0356 | verb | commit/agree to [a] [permanent/lasting/full/complete/immediate] cessation of hostilities
087 | verb | thin out [its] forces/troops
087 | verb | scale down/back [its] [cross-border] exchanges/attacks/hostilities
087 | verb | scale down/back [its] [cross-border] exchanges of fire

# ---- 036 intent to meet
036 | noun | proposal/offer/plan/readiness/willingness/keenness to hold [a] round of consultations/talks/negotiations with _
036 | noun | proposal/offer/plan/readiness/willingness/keenness/eagerness to resume [a] [composite/structured/bilateral] dialogue/talks/negotiations with _
036 | verb | express/voice hope for [a] meeting/talks/summit with _

# ---- 037 intent to settle
037 | verb | settle [its] dispute/differences/row with _ peacefully/amicably
037 | verb | pledge/vow/promise/agree/undertake to resolve/settle [the] status of _ through dialogue/negotiations/peaceful means

# ---- 038 / 039 mediation
038 | verb | allow/let _ to broker/mediate [a] [solution/settlement]
039 | noun | offer/proposal/readiness/willingness to broker/mediate [peace] talks between _
039 | verb | is/are/was/were ready/willing/prepared/eager to play [a] facilitating/mediating/mediation/mediator's/mediatory role between _
039 | verb | offer/volunteer to play [a] facilitating/mediating/mediation/mediator's/mediatory role between _

# ---- 080 yield as a noun
080 | noun | climbdown/climb-down [in] [its] row/dispute/standoff/stand-off with _
080 | noun | climbdown/climb-down

# ---- 085 easing sanctions as a noun
085 | noun | easing/lifting/relaxation/removal of sanctions on/against _

# ---- 0863 letting aid in
0863 | noun | opening/reopening of [the] _ crossing to aid trucks/convoys/deliveries/shipments
0863 | verb | grant/give _ clearance/permission/approval to move/deliver/truck/bring/send [food/fuel/humanitarian/relief] aid/convoys/supplies/food
0863 | verb | grant/give _ clearance/permission/approval to move/deliver/truck/bring/send fuel and food convoys/supplies
0863 | verb | grant/give _ clearance/permission/approval to move/deliver/truck/bring/send food and fuel convoys/supplies

# ---- 153 / 154 / 150 force posture
153 | verb | draft/bring/call in [extra] police/policemen/gendarmes/policewomen
153 | verb | draft/bring/call in [extra] police/riot officers/police
153 | verb | draft/bring/call in thousands/hundreds of [extra] police/policemen/gendarmes
153 | verb | draft/bring/call in thousands/hundreds of [extra] police/riot officers/police
154 | verb | reinforce/bolster/strengthen/boost/increase [its] troop/military presence along/at/on/near [the] border/frontier with _
154 | verb | beef up [its] troop/military presence along/at/on/near [the] border/frontier with _
150 | verb | kick off [large-scale/snap/military/live-fire/combat] drills/exercises/manoeuvres/maneuvers near [the] _ border
150 | verb | begin/launch/stage/hold/start [large-scale/snap/military/live-fire/combat] drills/exercises/manoeuvres/maneuvers near [the] _ border
154 | noun | decision/plan to deploy/redeploy/send/dispatch [a] carrier strike group to _
154 | noun | decision/plan to deploy/redeploy/send/dispatch [an] aircraft carrier to _

# ---- 0832 / 0833 yielding on policy and rights
0832 | verb | shelve/scrap [the] [contested/controversial/disputed/unpopular] [copper/gold/lithium/nickel/uranium] mining contract/deal/concession
0832 | verb | shelve [the] [contested/controversial/disputed/unpopular] bill/law/decree/legislation/reform/reforms/tax/taxes
0833 | verb | grant [the] residency/citizenship/voting/equal rights to _
0332 | noun | decision/pledge/promise/offer/commitment to supply/send/deliver/provide/transfer Leopard/Abrams/Challenger/Patriot/HIMARS/Bradley/Marder/Stryker/Gripen @weapons to _

# ---- 0813 / 0811 easing as a noun ("the lifting of the curfew by ...", "the unblocking of social media sites")
0813 | noun | lifting/easing/relaxation/relaxing/shortening of [the] [nighttime/night-time/dusk-to-dawn/overnight/round-the-clock/24-hour] curfew
0811 | noun | unblocking/restoration of [the] [messaging/news/opposition] sites/websites/platforms/apps
0811 | noun | unblocking/restoration of [the] social media sites/websites/platforms/apps
0811 | noun | restoration of [the] [mobile] internet [access/services/service]

# ---- 035x: a possessed pledge ("X's pledge to free ...", "X's vow to lift sanctions on ...") is an intent,
# not the act
0353 | noun | pledge/promise/vow/undertaking/commitment to free/release _
0353 | noun | pledge/promise/vow/undertaking/commitment to hand back/over _
0353 | noun | pledge/promise/vow/undertaking/commitment to return [the] seized/captured/confiscated _
0354 | noun | pledge/promise/vow/undertaking/commitment to lift/ease/scrap/remove/suspend [its] sanctions/tariffs/embargo on/against _
0356 | noun | pledge/promise/vow/undertaking/commitment to withdraw/pull [back/out] [its] troops/forces from _
0355 | noun | pledge/promise/vow/undertaking/commitment to allow/let [humanitarian/aid/relief/food] aid/convoys/trucks/deliveries/supplies into _
0351 | noun | pledge/promise/vow/undertaking/commitment to lift/end/ease/relax [the] curfew/state of emergency/travel ban
036 | noun | pledge/promise/vow/undertaking/commitment to hold/resume talks/negotiations/dialogue with _
0311 | noun | pledge/promise/vow/undertaking/commitment to invest [heavily] in _
