# Phrasings found missing by eval/probes/probe-articles-5b.jsonl (conflict and security articles).
# Threats to defeat an armed group: "vowed to defeat the group", "pledged to crush the militants".
138 | verb | vow/threaten to crush/destroy _
138 | verb | vow/pledge/promise to defeat _ group/militants/insurgents/rebels/terrorists/jihadists/militia/militias/insurgency/rebellion
138 | verb | vow/threaten to wipe out _
138 | verb | vow/threaten to march on _
# Hostages and abductees handed back: "returned 101 of the 110 schoolgirls".
0841 | verb | return _ hostages/captives/schoolgirls/schoolchildren/abductees/detainees/prisoners
# Ground taken from an enemy: "captured several strategic heights from the separatists".
192 | verb | capture/seize/take [several/some/two/three/key] [strategic/key] heights/hilltops/hills/villages/positions/territory from _
# Appeals to stop shooting.
0256 | verb | urge/ask/tell _ to stop shooting/firing
0256 | verb | call on _ to stop shooting/firing
# Holding someone to account ahead of time: "said the Lebanese government would bear responsibility".
112 | verb | say _ would bear [full] responsibility
# Revenge vowed with an adjective: "vowed severe revenge".
130 | verb | vow severe/harsh/swift/crushing/fierce/forceful/bloody revenge
130 | verb | vow severe/harsh/swift/crushing/fierce/forceful/bloody revenge against/on _
# Retaliation named by its weapon: "Israel responded with air strikes on bridges and roads in southern Lebanon".
195 | verb | respond/retaliate with [an] air strike/strikes/raid/raids
195 | verb | respond/retaliate with [an] airstrike/airstrikes
195 | verb | respond/retaliate with [a] missile strike/strikes
195 | verb | respond/retaliate with [an] air strike/strikes/raid/raids on/against _
195 | verb | respond/retaliate with [an] airstrike/airstrikes on/against _
195 | verb | respond/retaliate with [a] missile strike/strikes on/against _
194 | verb | respond/retaliate with artillery fire/shelling
194 | verb | respond/retaliate with artillery fire/shelling on/against _
