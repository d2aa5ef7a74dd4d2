# Round-2 article probes (eval/probes/probe-articles-2.jsonl): general patterns for gaps the articles showed.

# 0841 release on bail (a court granting bail releases the detainee)
0841 | verb | grant _ bail
0841 | verb | free/release _ on bail

# 036 agreeing to go on negotiating
036 | verb | agree to keep talking/negotiating
036 | verb | agree to continue talking/negotiating

# 1044 / 0244 telling a coup army to hand power back ("return to barracks")
1044 | verb | demand that _ return to [their/its] barracks
0244 | verb | urge/press/ask _ to return to [their/its] barracks
0244 | verb | call on/upon _ to return to [their/its] barracks

# 150 missile tests into the sea near a rival are a show of force, not an attack
150 | verb | fire [short-range/long-range/cruise/ballistic] missiles into [the] waters off/near _

# 138 threats of force
138 | verb | vow/pledge/promise to hunt down _
138 | verb | refuse to renounce [the] use of force against _

# 1622 cutting military links
1622 | verb | suspend/halt/freeze/cut/sever military ties/links/contacts with _

# 144 protesters blockading buildings
144 | verb | blockade/besiege [the] _ buildings/offices/headquarters

# 114 referring a state to the Security Council
# (words after the slot cannot overlap an actor name such as "Security Council", so the vote is the anchor)
114 | verb | vote to report/refer _ to

# 1245 ending international inspections
1245 | verb | order [an] end to [snap/surprise] inspections by _
1245 | verb | end/halt/suspend/stop [snap/surprise] inspections by _

# 111 condemn ... as (keeps "condemned X as a blow to ..." from the court sense "condemn _ to")
111 | verb | condemn/denounce _ as [a] [historic/serious/major/severe/heavy/damaging] blow to

# 163 cutting off energy supplies (as "halt exports of gas to _"; "resume gas supplies to _" is 061)
163 | verb | halt/cut/suspend/stop [all] gas/oil/energy supplies/deliveries/shipments/exports to/through _
163 | verb | cut off [all] gas/oil/energy supplies/deliveries/shipments/exports to/through _

# 1011 demanding that supplies resume (as "demand that _ allow/resume [its] oil/gas exports")
1011 | verb | demand that _ restore/resume [the] [gas/oil/energy/fuel] supplies/deliveries/flows

# 141 marching through a city
141 | verb | march through _

# 0356 leaders agreeing to a truce by telephone
0356 | verb | agree by phone/telephone to [a] ceasefire/truce

# 116 a court annulling someone's election
116 | verb | annul/overturn/nullify/invalidate _ election victory/win

# 1124 deportation of civilians is a war crime
1124 | verb | accuse _ of [the] unlawful/illegal/forced/forcible/mass deportation/deportations of

# 192 capture of a named city in wire apposition ("captured Goma, the main city in ...")
192 | verb | capture/seize/take _ , [the] main/key/strategic/provincial/regional city/town/capital
