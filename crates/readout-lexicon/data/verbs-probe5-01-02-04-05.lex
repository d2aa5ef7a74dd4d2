# Verb and event-noun patterns for CAMEO roots 01 (make public statement), 02 (appeal), 04 (consult)
# and 05 (engage in diplomatic cooperation), fifth probe round. They come from the misses of
# eval/probes/probe5-01-02-04-05.jsonl (sentences in the style of diplomatic readouts and official news
# agencies, with the action as a noun, a participle or in a subordinate clause); that file is their
# regression test. Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# ---- 011 Decline comment: "were unavailable for comment on", "had nothing to add on"
011 | verb | is/are/was/were unavailable for [immediate] comment
011 | verb | is/are/was/were unavailable for [immediate] comment on/about/regarding _
011 | verb | have nothing [further] to add on/about/regarding _

# ---- 013 Optimistic comment with its topic ("voiced cautious optimism about the chances of a thaw between X and Y")
013 | verb | express/voice/sound/strike [a] [note] [of] [cautious/guarded/measured/renewed] optimism about/over/on/regarding _

# ---- 022 Appeal for diplomatic support, the supporter after "from"
022 | verb | canvass/seek/solicit/enlist/request/court/win/secure [diplomatic/political/international] support/backing from _ for
022 | verb | canvass/solicit/enlist/court [diplomatic/political/international] support/backing from _

# ---- 0211 Appeal for economic cooperation: investment and trade deals asked of the target
0211 | verb | urge/press/ask/implore/exhort _ to expand/increase/boost/raise/deepen [its] investment/investments in
0211 | verb | urge/press/ask/implore/exhort _ to scale up [its] investment/investments in
0211 | verb | urge/press/ask/implore/exhort _ to step up [its] investment/investments in
0211 | verb | call on/upon _ to expand/increase/boost/raise/deepen [its] investment/investments in
0211 | verb | call on/upon _ to scale up [its] investment/investments in
0211 | verb | urge/press/ask _ to conclude/finalise/finalize/seal/ratify [the/a] [long-delayed/long-stalled/stalled/pending/long-awaited] free-trade/trade/investment/economic agreement/deal/pact/accord
0211 | verb | call on/upon _ to conclude/finalise/finalize/seal/ratify [the/a] [long-delayed/long-stalled/stalled/pending/long-awaited] free-trade/trade/investment/economic agreement/deal/pact/accord

# ---- 0234 Appeal for military protection: a standing foreign force or a larger military presence
0234 | verb | ask/urge/press/lobby _ to station/base/deploy [a] [permanent] [rotational/rotating] force/presence/contingent/garrison on/in [its] territory/soil
0234 | verb | call on/upon _ to station/base/deploy [a] [permanent] [rotational/rotating] force/presence/contingent/garrison on/in [its] territory/soil
0234 | verb | ask/urge/press/lobby _ to boost/increase/bolster/strengthen/reinforce/expand [its] military/troop/naval/forward presence
0234 | verb | call on/upon _ to boost/increase/bolster/strengthen/reinforce/expand [its] military/troop/naval/forward presence
0234 | noun | request/call/appeal/plea for [the] swift/rapid/speedy/urgent/immediate/prompt deployment of
0234 | noun | request/call/appeal/plea for [the] deployment of [a/an/the] peacekeeping/security/stabilisation/stabilization/protection/multinational force/mission/troops
0234 | verb | renew/repeat/reiterate [its] request/call/appeal/plea for [the] swift/rapid/speedy/urgent/immediate/prompt deployment of

# ---- 0244 Appeal for change in institutions: calling an election
0244 | verb | urge/press/ask/implore _ to call/hold/organise/organize [a] [fresh/early/snap/new/free/fair/credible/genuine/democratic] election/elections/vote/polls
0244 | verb | call on/upon _ to call/hold/organise/organize [a] [fresh/early/snap/new/free/fair/credible/genuine/democratic] election/elections/vote/polls
0244 | verb | appeal to _ to call/hold/organise/organize [a] [fresh/early/snap/new/free/fair/credible/genuine/democratic] election/elections/vote/polls

# ---- 0252 Appeal for easing of popular dissent: street demonstrations called off
0252 | verb | urge/press/ask/implore _ to call off [the] [street/mass/anti-government/nationwide/planned/weekly] demonstrations/protests/rallies/marches/sit-in/sit-ins/strike/strikes/walkout
0252 | verb | urge/press/ask/implore _ to end/halt/suspend/stop [the] [street/mass/anti-government/nationwide/planned/weekly] demonstrations/protests/rallies/marches/sit-in/sit-ins/strike/strikes/walkout
0252 | verb | call on/upon _ to call off [the] [street/mass/anti-government/nationwide/planned/weekly] demonstrations/protests/rallies/marches/sit-in/sit-ins/strike/strikes/walkout
0252 | verb | call on/upon _ to end/halt/suspend/stop [the] [street/mass/anti-government/nationwide/planned/weekly] demonstrations/protests/rallies/marches/sit-in/sit-ins/strike/strikes/walkout
0252 | verb | appeal to _ to call off [the] [street/mass/anti-government/nationwide/planned/weekly] demonstrations/protests/rallies/marches/sit-in/sit-ins/strike/strikes/walkout
0252 | verb | appeal to _ to end/halt/suspend/stop [the] [street/mass/anti-government/nationwide/planned/weekly] demonstrations/protests/rallies/marches/sit-in/sit-ins/strike/strikes/walkout
0252 | verb | plead with _ to call off [the] [street/mass/anti-government/nationwide/planned/weekly] demonstrations/protests/rallies/marches/sit-in/sit-ins/strike/strikes/walkout
0252 | verb | plead with _ to end/halt/suspend/stop [the] [street/mass/anti-government/nationwide/planned/weekly] demonstrations/protests/rallies/marches/sit-in/sit-ins/strike/strikes/walkout

# ---- 0251 Appeal for easing of administrative sanctions: border checks and controls
0251 | verb | urge/press/ask/implore _ to ease/lift/relax/scrap/loosen/end [the] border checks/controls/closures
0251 | verb | call on/upon _ to ease/lift/relax/scrap/loosen/end [the] border checks/controls/closures

# ---- 0255 Appeal to allow observers and monitors in
0255 | verb | urge/press/ask/implore _ to allow/admit/let/accept/invite [international/independent/foreign/UN/U.N./impartial/election] observers/monitors/inspectors/investigators
0255 | verb | call on/upon _ to allow/admit/let/accept/invite [international/independent/foreign/UN/U.N./impartial/election] observers/monitors/inspectors/investigators
0255 | verb | plead with _ to allow/admit/let/accept/invite [international/independent/foreign/UN/U.N./impartial/election] observers/monitors/inspectors/investigators
0255 | verb | appeal to _ to allow/admit/let/accept/invite [international/independent/foreign/UN/U.N./impartial/election] observers/monitors/inspectors/investigators

# ---- 041 Phone calls placed ("placed a telephone call to")
041 | verb | place/make [a] telephone/phone call to _

# ---- 042 Visits: "made Moscow his first foreign destination", "touched down in X for a working visit"
042 | verb | make _ [its] first [foreign/overseas/official/international] destination/stop
042 | verb | make _ [its] first [foreign/overseas/official/international] port of call
042 | verb | choose/pick _ as/for [its] first [foreign/overseas/official/international] destination/stop/trip/visit

# ---- 053 Rally support: those rallied in the slot ("rallied EU partners behind its plan")
053 | verb | rally/marshal/unite _ behind
053 | verb | seek/try/attempt/work/move/aim to drum/whip up [international/regional/global/diplomatic/Western/Arab/African/European] support/backing for _

# ---- 057 Sign formal agreement: "inked a protocol", "initialled the agreement"
057 | verb | ink [a/an/the] protocol/memorandum/MoU/MOU/accord/treaty/pact/deal/agreement/charter/declaration/communique
057 | verb | initial/initialled/initialed [a/an/the] [framework/draft/preliminary] agreement/accord/deal/treaty/pact/protocol/text


# ---- 020 Appeal as a noun: "its call on the Taliban to ...", "renewed his request to Germany for ..."
# (without these, "call on X to" as a noun reads as a phone call)
020 | noun | call/calls on/upon _ to
020 | verb | renew/reiterate/repeat/restate/reaffirm [its] call/calls/appeal/appeals on/upon _ to
020 | verb | renew/reiterate/repeat/restate/reaffirm [a/an/its] request/appeal/plea to _ for
020 | verb | renew/reiterate/repeat/restate/reaffirm [a/an/its] request/appeal/plea to _ to

# ---- 018 Condolences sent in writing ("sent a cable of condolences to")
018 | verb | send/dispatch/address [a] cable/message/letter/telegram of condolence/condolences/sympathy to _
018 | noun | cable/message/letter/telegram of condolence/condolences/sympathy to _

# ---- 041 Video links count with telephone calls
041 | verb | speak/talk/confer by/via/over videolink/video-link/videoconference with _
041 | verb | speak/talk/confer by/via/over video link/call/conference with _

# ---- 042 A courtesy call paid at the host's office ("called on the prime minister at his official residence")
042 | verb | call on/upon _ at [the] [official] residence/office/palace/headquarters/ministry

# ---- 042 Visits stated with a copula ("is on a three-day state visit to Tanzania", "is in Paris for talks")
042 | verb | is/are/was/were on [a/an] [two-day/three-day/four-day/five-day/week-long/day-long] [official/state/working/private/brief/landmark/historic/maiden/surprise/unannounced] visit to _
042 | verb | is/are/was/were on [a/an] [two-day/three-day/four-day/five-day/week-long/day-long] [official/state/working/regional/foreign] trip/tour to _
042 | verb | is/are/was/were in _ on [a/an] [two-day/three-day/four-day/five-day/week-long/day-long] [official/state/working/private/brief/landmark/historic/maiden/surprise/unannounced] visit

# ---- 043 Greeted on arrival: the host in the slot ("was met at the airport by the vice president")
043 | verb | is/are/was/were met/greeted/welcomed/received at [the] airport by _ | recipient
043 | verb | is/are/was/were met/greeted/welcomed/received on arrival by _ | recipient
043 | verb | is/are/was/were accorded/given [a/an] [warm/red-carpet/ceremonial/grand/rousing/lavish/official/traditional/state/guard-of-honour] welcome by _ | recipient

# ---- 020 Appeals with less common verbs and support-verb phrases
023 | verb | ask _ for [urgent/immediate/international/humanitarian/emergency/technical/logistical] help/assistance/aid/relief
0231 | verb | ask _ for [financial/economic/budgetary/emergency] funds/funding/loan/loans/credit
0231 | verb | ask _ for financial/economic/budgetary help/assistance/aid/support
0232 | verb | ask _ for military/security help/assistance/aid/support
022 | verb | ask _ for [diplomatic/political/international] support/backing
0234 | verb | ask _ for [military/armed/international/naval] protection
028 | verb | ask _ for mediation
0234 | verb | ask _ for [a/an] [specialised/specialized/international/multinational/foreign/armed/military/security/rapid] force/troops/forces/soldiers/peacekeepers/deployment/intervention
0232 | verb | ask _ for [more/military/foreign] weapons/arms/ammunition/instructors/advisers/advisors/trainers/drones/missiles/jets/tanks/helicopters
020 | verb | beseech _ to
020 | verb | put out [a/an] [urgent/international/emergency/desperate/fresh] call/appeal/plea for
0232 | verb | solicit/seek/request/enlist _ military support/assistance/aid/backing/hardware

# ---- 051 / 055 Support and apology phrasings
051 | verb | come out in support/favour/favor of _
055 | verb | beg/seek/implore/ask/request [the] forgiveness of _
055 | verb | beg/seek/implore/request _ 's forgiveness/pardon

# ---- 045 Mediation: honest brokers, facilitated exchanges, back-channel contacts
045 | verb | serve/act as [an/a] honest broker between
045 | verb | serve/act as [an/a] honest broker for
045 | verb | facilitate/broker/arrange/mediate [the/a] prisoner/prisoners/hostage/POW swap/exchange/exchanges between
045 | verb | broker/facilitate/arrange [secret/indirect/back-channel/backchannel/discreet/informal] contacts/meetings/dialogue/channel between

# ---- 046 Negotiation as a state ("are in talks on", "are deadlocked in talks over", "engaged in talks")
046 | verb | is/are/was/were in [advanced/final/direct/indirect/exploratory/intensive/protracted/secret/preliminary/ongoing/fresh/detailed/close] talks/negotiations with _
046 | verb | is/are/was/were locked/deadlocked/embroiled/engaged/mired/stuck in [direct/indirect/protracted/tough/difficult/intensive/marathon/lengthy] talks/negotiations with _
046 | verb | engage in [direct/indirect/EU-facilitated/UN-facilitated/U.N.-facilitated/face-to-face/structured/substantive] talks/negotiations with _

# ---- 057 "struck a security deal": a modified deal noun after "strike" (without these, bare "strike _"
# codes an attack: "China and the Solomon Islands struck a security deal")
057 | verb | strike [a/an] security/trade/defence/defense/border/energy/gas/oil/nuclear/peace/grain/migration deal/agreement/accord/pact/treaty with _
057 | verb | strike [a/an] investment/economic/arms/debt/fishing/fisheries/water/power-sharing/cooperation/military/maritime/ceasefire deal/agreement/accord/pact/treaty with _
057 | verb | strike [a/an] landmark/historic/bilateral/preliminary/comprehensive/strategic/long-awaited/major/provisional/framework deal/agreement/accord/pact/treaty with _
057 | verb | strike [a/an] border/maritime/defence/defense/energy security/demarcation/cooperation deal/agreement/accord/pact/treaty with _

# ---- 057 Signing in other words ("put their names to a declaration", "formalised their trade pact", "became a signatory to")
057 | verb | put [its] names/name/signature/signatures to [a/an/the] declaration/agreement/accord/deal/treaty/pact/protocol/memorandum
057 | verb | formalise/formalize [the/a] [trade/security/defence/defense/peace/border/strategic/economic] pact/agreement/accord/deal/treaty/partnership/alliance
057 | verb | become [a] signatory/signatories to

# ---- 0241 Appeal for change in leadership, the office-holder as possessor ("called for the president's impeachment")
0241 | verb | call/press/push/appeal for _ 's impeachment/resignation/ouster/dismissal/sacking
0241 | verb | call/press/push/appeal for [the] [immediate/swift/prompt] impeachment/resignation/ouster/dismissal/sacking of _

# ---- 0244 Appeal for change in institutions: banned parties, constitutional order
0244 | verb | urge/press/ask/implore _ to reinstate/restore/unban/legalise/legalize/re-register/reregister [the] [main/dissolved/banned] opposition party/parties
0244 | verb | call on/upon _ to reinstate/restore/unban/legalise/legalize/re-register/reregister [the] [main/dissolved/banned] opposition party/parties
0244 | verb | call/press/push/appeal for [a/an] [swift/rapid/speedy/quick/prompt/immediate/early/orderly] return to constitutional/civilian/democratic order/rule in _

# ---- 0253 Appeal for the return or release of people, the one asked after "with"/"to"
0253 | verb | plead with _ for [the] [safe/immediate/swift/prompt/unconditional] return/release of
0253 | verb | appeal to _ for [the] [safe/immediate/swift/prompt/unconditional] return/release of
0253 | verb | press/urge/ask _ for [the] [safe/immediate/swift/prompt/unconditional] return/release of

# ---- 0256 Appeal for de-escalation in idiom ("to lower the temperature", "to dial down tensions")
0256 | verb | urge/press/ask/implore _ to lower/cool [the] temperature/tensions/tension
0256 | verb | urge/press/ask/implore _ to dial down [the] temperature/tensions/tension/rhetoric
0256 | verb | call on/upon _ to lower/cool [the] temperature/tensions/tension
0256 | verb | call on/upon _ to dial down [the] temperature/tensions/tension/rhetoric

# ---- 0213 Appeal for judicial cooperation with a that-clause ("formally requested that Mexico hand over ...")
0213 | verb | request/ask/urge that _ extradite/surrender/deport
0213 | verb | request/ask/urge that _ hand over
0213 | verb | formally request/ask that _ extradite/surrender/deport
0213 | verb | formally request/ask that _ hand over

# ---- 022 Appeal for diplomatic backing ("appealed for international backing against Kosovo's independence")
022 | verb | appeal/call/press/lobby for [international/diplomatic/political/regional/global/Western/Arab/African/European] backing

# ---- 052 Defend verbally, the defended as possessor ("rose to Russia's defence")
052 | verb | rise/rush/jump/leap/spring/come/hasten to _ 's defence/defense

# ---- 054 Recognition received (the recogniser in the slot) and recognition switched to Beijing
054 | verb | gain/secure/obtain/receive/earn [formal/diplomatic/official/full] recognition from _ | recipient
054 | verb | switch/shift/transfer [its] [diplomatic] recognition/ties/allegiance from Taiwan/Taipei to _

# ---- 0256 / 028 less common appeal verbs ("counselled restraint on", "proposed that China mediate")
0256 | verb | counsel/preach/advise restraint on/to _
028 | verb | propose/suggest/request/ask that _ mediate/arbitrate/facilitate

# ---- 017 Symbolic act: bowing before a memorial (with [its], which reads any possessive)
017 | verb | bow [its] head/heads at/before [a/the] memorial/monument/grave/tomb/cenotaph/mausoleum/shrine/statue/plaque

# ---- 025 Appeal to yield: flexibility exercised or displayed
025 | verb | urge/press/ask/implore _ to exercise/display/demonstrate [more/greater/maximum] flexibility
025 | verb | call on/upon _ to exercise/display/demonstrate [more/greater/maximum] flexibility
025 | verb | appeal to _ to exercise/display/demonstrate [more/greater/maximum] flexibility

# ---- 0252 Roadblocks lifted on appeal, less common appeal verbs
0252 | verb | implore/beseech/exhort/entreat _ to lift/end/remove/clear/dismantle [the] [road] blockades/blockade/barricades/roadblocks
