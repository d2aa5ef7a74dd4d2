# Verb and event-noun patterns from the seventh-round vocabulary sweep: the political vocabulary of the
# English-language regional press (South Asia, Africa, South-East Asia and the Pacific, the Gulf and Levant,
# Latin America), all CAMEO roots. Written for readout from a list of regional phrasings per sub-code; the
# sentences of eval/probes/probe7-sweep-regional.jsonl (one per phrasing) and eval/probes/probe7-regional.jsonl
# are the regression test of these patterns. Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).

# 011 Decline comment
011 | verb | maintain [a] studied/stoic/deafening/stony/stoney/calculated/conspicuous silence
011 | verb | maintain [a] studied/stoic/deafening/stony/calculated/conspicuous silence on/over/about _

# 015 Claim responsibility (South Asian "owned responsibility")
015 | verb | own responsibility for
015 | verb | own [the] responsibility for [the] attack/attacks/blast/blasts/bombing/bombings/ambush/killing/killings/explosion/abduction

# 016 Deny responsibility
016 | verb | disown [the] remarks/remark/comments/comment/statement/statements/views/post/tweet/video
016 | verb | distance itself/themselves/himself/herself from [the] attack/attacks/blast/blasts/bombing/bombings/killing/killings/rocket/rockets/shooting/violence/assault/ambush/abduction/kidnapping

# 017 Symbolic act
017 | verb | pay/offer/lay [his/her/their] floral tributes/tribute to _

# 018 Empathetic comment (South Asian "condoled the death of")
018 | verb | condole
018 | verb | condole [the] death/deaths/demise/passing/loss/killing/killings of _
018 | verb | condole with _

# 020 Appeal
020 | verb | impress upon/on _ [the] need/importance/urgency
020 | verb | prevail upon _ to

# 030 / 032 Intent to cooperate
030 | verb | assure _ of [its/his/her/their] [full/complete/total/all] cooperation
032 | verb | assure _ of [its/his/her/their] [full/complete/total/unflinching/unwavering/continued/all] support/backing

# 039 Offer to mediate
039 | verb | offer [its/his/her/their] good offices
039 | verb | offer [its/his/her/their] good offices to mediate
039 | verb | offer [its/his/her/their] good offices to _

# 040 / 046 Meet, negotiate
040 | verb | hold [a] tete-a-tete with _
040 | verb | have [a] tete-a-tete with _
040 | noun | tete-a-tete with _
046 | verb | hold parleys with _
046 | noun | parleys with _

# 042 Visit
042 | verb | embark on [a] [two-day/three-day/four-day/five-day/week-long/multi-nation/regional/official/state] tour of _
042 | verb | embark on [a] [two-nation/three-nation/four-nation/five-nation/six-nation/multi-nation/regional] tour
042 | verb | undertake [a] [two-day/three-day/four-day/five-day/week-long/official/state/working] visit/trip/tour to _
043 | verb | receive _ in audience
043 | verb | receive in audience _

# 051 Praise (South Asian "felicitated")
051 | verb | felicitate _
051 | verb | heap praise on/upon _
051 | verb | shower praise on/upon _
051 | verb | shower _ with praise

# 0811 Ease restrictions on political freedoms
0811 | verb | lift [the] ban/curbs/restrictions on social media [platforms/sites/apps]
0811 | verb | restore internet/mobile/broadband [internet] services/connectivity/access in _
0811 | verb | withdraw/lift/relax [the] prohibitory orders
0811 | verb | withdraw/lift/relax Section in/across/from _

# 0814 Ease state of emergency
0814 | verb | revoke/rescind/withdraw [the] state of emergency/siege/exception
0814 | verb | revoke/rescind/withdraw [the] emergency rule/decree/regulations

# 082 Ease political dissent (agitation, stir, dharna, hartal, bandh, fast)
082 | verb | call off [the/its/their/a] agitation/stir/dharna/hartal/bandh/stayaway/stay-away/gherao/blockade/fast/sit-in/protest/protests
082 | verb | call off [the/its/their] [indefinite/week-long/weeks-long/month-long/nationwide/statewide/planned/proposed] agitation/stir/dharna/hartal/bandh/stayaway/stay-away/blockade/fast/sit-in/protest/protests
082 | verb | call off [the/its/their] [weekly/daily/planned/street/mass/nationwide/anti-government] street/mass/weekly protests/demonstrations/rallies/marches
082 | verb | suspend/end/withdraw [the/its/their] agitation/stir/dharna/hartal/bandh/gherao/stayaway/stay-away
082 | verb | suspend/end/withdraw [the/its/their] [indefinite/week-long/weeks-long/month-long/nationwide/statewide] agitation/stir/dharna/hartal/bandh/stayaway/stay-away
082 | verb | break [his/her/their] [indefinite/hunger/13-day/12-day] fast
082 | verb | lift [the/its/their] road/highway blockade/blockades
082 | verb | lift [the/its/their] blockade of [the] road/roads/highway/highways/bridge

# 0831 Resign (South Asian "put in his papers")
0831 | verb | put in [his/her] papers

# 0841 Release
0841 | verb | hand over [the] captured _ pilot/soldier/soldiers/fishermen/sailors/prisoners/prisoner/jawan

# 0842 Return property
0842 | verb | hand back [the] seized/detained/impounded/captured tanker/vessel/ship/boat/boats/trawler/trawlers/aircraft/plane/truck/trucks/cargo
0842 | verb | return [the] seized/detained/impounded/captured tanker/vessel/ship/boat/boats/trawler/trawlers/aircraft/plane/truck/trucks/cargo

# 0873 Demobilise (militants who lay down arms)
0873 | verb | lay down [their/its] arms/weapons

# 090 Investigate (South Asian "constituted a commission")
090 | verb | constitute/form [a] [judicial/high-level/special/fact-finding] commission/committee/panel to probe/investigate/examine/look into
090 | verb | set up [a] [judicial/high-level/special/fact-finding] commission/committee/panel to probe/investigate/examine/look into
090 | verb | constitute/form [a] three-member/five-member/two-member/one-man/one-member commission/committee/panel to probe/investigate/examine/look into
090 | verb | constitute [a] [judicial/high-level/three-member/five-member/special/fact-finding] commission/committee/panel/inquiry/probe

# 091 Investigate crime
091 | verb | quiz _
091 | verb | quiz _ over/about/on/in/for
091 | verb | haul up _ for questioning
091 | verb | grill _ for/over/about/in [the] [alleged]

# 092 Investigate human-rights abuses
092 | verb | order [a] [judicial/magisterial/independent] probe/inquiry/investigation into [the] custodial death/deaths/torture/killing/killings
092 | verb | order [a] CBI/CID probe/inquiry/investigation into [the] custodial death/deaths/torture/killing/killings
092 | verb | order [a] [judicial/magisterial/independent] probe/inquiry/investigation into [the] extrajudicial/extra-judicial killing/killings
092 | verb | order [a] [judicial/magisterial/CBI/CID/independent] probe/inquiry/investigation into [the] fake encounter/encounters
092 | verb | order [a] [judicial/magisterial/CBI/CID/independent] probe/inquiry/investigation into [the] police firing

# 101 Demand information (South Asian "show-cause notice")
101 | verb | issue/serve/slap [a] show-cause notice/notices to/on _
101 | verb | issue/serve/slap [a] show cause notice/notices to/on _
101 | verb | serve/slap _ with [a] show-cause notice/notices
101 | noun | show-cause notice to _

# 110 Disapprove
110 | verb | express/voice/have reservations over/on _
110 | verb | convey [its/his/her/their] [serious/deep/grave/strong] concern/concerns/displeasure/reservations to _

# 111 Criticise (regional press verbs)
111 | verb | flay _
111 | verb | flay _ for/over
111 | verb | come down heavily/heavy on _
111 | verb | come down heavily/heavy upon _
111 | verb | lash out at _

# 112 Accuse
112 | verb | point [an] accusing finger/fingers at _
112 | verb | point fingers/finger at _

# 114 Complain officially
114 | verb | hand/handed [a] [strong/stern/formal] demarche to _
114 | verb | hand over [a] [strong/stern/formal] demarche to _
114 | verb | lodge [a] [strong/stern/formal] demarche with _

# 115 Bring lawsuit (South Asian "moved court", "PIL")
115 | verb | move [the] court/courts against _
115 | verb | move [the] High/Supreme Court against _
115 | verb | move [the] High/Supreme/Federal/Constitutional court challenging _
115 | verb | file [a] public interest litigation/petition against _
115 | verb | file [a] PIL against _
115 | noun | public interest litigation against _

# 125 Reject proposal to meet (boycotting a meeting)
125 | verb | boycott [the] all-party meeting/meetings/conference/talks called/convened by _
125 | verb | boycott [the] all party meeting/meetings/conference/talks called/convened by _
125 | verb | boycott [the] all-party meeting/meetings/conference/talks
125 | verb | boycott [the] all party meeting/meetings/conference/talks
125 | verb | spurn/snub/decline/reject [an/the] invitation to [the] summit/talks/meeting/conference

# 128 Defy norms, law
128 | verb | defy/flout/violate [the] prohibitory orders/order
128 | verb | defy/flout/violate Section of [the] CrPC
128 | verb | defy/flout [the] curfew/lockdown

# 133 Threaten dissent (agitation, bandh, mass action)
133 | verb | threaten to launch/start/intensify/resume [an/the/their] agitation/stir/dharna/hartal/bandh/stayaway/stay-away
133 | verb | threaten to launch/start/intensify/resume [an/the/their] indefinite/nationwide/statewide/mass/massive/state-wide agitation/stir/stayaway
133 | verb | threaten [a] [nationwide/national/countrywide/general/provincial] stayaway/stay-away/shutdown/bandh/hartal
133 | verb | threaten mass action
133 | verb | threaten to call [a] bandh/hartal/stayaway/stay-away/shutdown
133 | verb | threaten to embark on mass action

# 139 Ultimatum
139 | verb | serve [a/an] [24-hour/48-hour/72-hour/seven-day/one-week/two-week/final] ultimatum on/to _

# 141 Demonstrate (dharna, procession, black flags, toyi-toyi, cacerolazo)
141 | verb | sit on [a] dharna
141 | verb | sit on [a] [indefinite/day-long/relay] dharna
141 | verb | stage/hold/launch/begin [a/an] [indefinite/day-long/relay/sit-in] dharna
141 | noun | dharna outside/at/in front of
141 | verb | take out [a] [candlelight/candle-light/torchlight/silent/protest/mass/massive/huge] march/procession/rally/rallies/marches/processions
141 | verb | show black flags to _
141 | verb | wave black flags at _
141 | verb | toyi-toyi
141 | verb | toyi-toyi outside/at/in
141 | verb | stage/hold [a] cacerolazo/cacerolazos
141 | noun | cacerolazo/cacerolazos against _
141 | verb | burn/burnt [an] effigy/effigies of _
141 | verb | intensify [its/their] agitation
1412 | verb | march to _ to press for/demand

# 142 Hunger strike
142 | verb | sit on [a/an] [indefinite/relay] hunger strike/fast
142 | verb | begin/start/launch [a/an] [indefinite] fast unto death
142 | verb | begin/start/launch [an] indefinite fast

# 143 Strike or boycott (South Asian strike types, Argentine paro)
143 | verb | observe/call/stage/hold/enforce [a] [complete/total/partial/day-long/countrywide/nationwide/citywide] shutter-down/wheel-jam/pen-down/tool-down strike
143 | verb | observe/call/stage/hold/enforce [a] [complete/total/partial/day-long/countrywide/nationwide/citywide] shutter/wheel/pen down/jam strike
143 | noun | shutter-down/wheel-jam/pen-down/tool-down strike against/in/across
143 | verb | go on [a/an] [indefinite/day-long] shutter-down/wheel-jam/pen-down/tool-down strike
143 | verb | stage/hold/call [a] [nationwide/national/general/24-hour/36-hour] paro

# 144 Obstruct passage (gherao, rail roko, rasta roko, chakka jam)
144 | verb | gherao _
144 | verb | gherao
144 | noun | gherao of _
144 | verb | stage/hold/observe/launch/call [a] rail/rasta roko
144 | verb | stage/hold/observe/launch/call [a] rail-roko/rasta-roko
144 | verb | stage/hold/observe/launch/call [a] chakka jam
144 | noun | rail/rasta roko
144 | noun | rail-roko/rasta-roko
144 | noun | chakka jam

# 145 Riot
145 | verb | run amok/amuck in/through
145 | verb | go on [a/the] rampage in/through/at

# 150 Show of force
150 | verb | stage/hold/conduct [a] flag/route march
150 | verb | carry out [a] flag/route march
150 | noun | flag/route march in/through

# 153 Mobilise police
153 | verb | deploy [central/additional/extra] paramilitary forces/personnel/troopers/companies in/to _
153 | verb | deploy [central/additional/extra] paramilitary forces/personnel/troopers/companies

# 161 Break diplomatic relations
161 | verb | snap [diplomatic/all/bilateral] ties/relations with _

# 1711 Confiscate (South Asian "attached the properties")
1711 | verb | attach [the] properties/property/assets of _
1711 | verb | provisionally attach [the] properties/property/assets of _

# 1712 Destroy property
1712 | verb | raze [the] homes/houses/shops/property/properties of _

# 1721 Restrict political freedoms (Section 144, prohibitory orders)
1721 | verb | impose/clamp/promulgate/enforce/invoke Section in/across/against/on _
1721 | verb | impose/clamp/promulgate/enforce/invoke Section of [the] CrPC
1721 | verb | impose/clamp/promulgate/enforce [the] prohibitory orders in/across _
1721 | verb | impose/clamp/promulgate/enforce [the] prohibitory orders
1721 | verb | gag [the] media/press

# 1724 State of emergency
1724 | verb | declare/impose [a] state of exception in _
1724 | verb | declare/impose [a] state of exception
1724 | verb | impose emergency rule in _

# 173 Arrest, detain, charge (South Asian and Malaysian courtroom phrasing)
173 | verb | file [a] chargesheet/charge-sheet against _
173 | verb | file [a] charge sheet against _
173 | verb | chargesheet _
173 | verb | charge-sheet _
173 | verb | slap [sedition/terror/murder/graft/corruption/treason/criminal/fresh] charges on/against _
173 | verb | extend [the] judicial/police custody of _
173 | verb | arraign before _ | recipient
173 | verb | remand _ in judicial/police custody

# 174 Expel or deport individuals (South Asian externment)
174 | verb | serve [an] externment order/notice on _
174 | verb | issue [an] externment order/notice against _
174 | verb | extern _

# 175 Violent repression (South African sjambok)
175 | verb | sjambok _
175 | verb | sjambok

# 182 Assault
182 | verb | thrash [a/the] journalist/journalists/reporter/reporters/activist/activists/cameraman/photographer/worker/workers/official/officials/policeman/legislator/lawmaker/MLA/MP

# 1823 Kill by physical assault (South African "necklaced")
1823 | verb | necklace _
1823 | verb | hack to death _

# 1833 Roadside bombing
1833 | verb | detonate [an] IED/IEDs
1833 | verb | trigger [an] IED/IEDs

# 190 Conventional force (South Asian "encounter", Nigerian "sacked a camp")
190 | noun | encounter with security forces/police/troops/army/soldiers
190 | verb | sack _ camp/camps/enclave/enclaves/hideout/hideouts/den/dens/stronghold/strongholds/base/bases

# 194 Artillery
194 | verb | lob [a] mortar/mortars/shells/mortar shells at _

# additions after the first sweep run
0252 | verb | appeal to _ for calm/restraint
072 | verb | gift/donate/hand over [a] submarine/warship/frigate/corvette/submarines/warships/frigates/corvettes to _
0832 | verb | roll back [the] [planned/proposed/new/controversial/unpopular] tax/taxes/levy/levies on
141 | verb | flash [the] three-finger salute at/to _
0842 | verb | hand back [the] seized/detained/impounded/captured tanker/vessel/ship/boat/trawler/aircraft/plane to _
