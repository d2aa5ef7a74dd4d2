# Phrasings that eval/probes/probe-articles-3.jsonl (round-3 wire articles) showed missing.
# Each pattern is general wire usage; the probe records are its regression test.

# 057 signing a declaration with a modifier between the article and the noun ("signed a peace declaration")
057 | verb | sign [a] peace/joint/bilateral declaration
057 | verb | sign [a] peace/joint/bilateral declaration with _

# 160 suspending cooperation described as "practical" or "civilian and military" (NATO-Russia, 2014)
160 | verb | suspend/halt/freeze/end [all] practical cooperation with _
160 | verb | suspend/halt/freeze/end [all] [practical] civilian and military cooperation with _

# 116 a court ruling that a party is liable
116 | verb | rule that _ was/is/were liable
116 | verb | rule that _ was/is/were liable for

# 163 suspending or halting imports of a named good from a country or firm
163 | verb | suspend/halt/ban [all] beef/meat/pork/poultry/coal/wine/barley/timber/seafood/lobster/cotton imports from _

# 130 promising a response (retaliation) after an expulsion or sanction
130 | verb | promise/vow/pledge [a] [firm/tough/strong/appropriate/adequate/reciprocal] response

# 111 calling another side's act hostile or unfriendly
111 | verb | call _ [an/a] [unprecedented] hostile/unfriendly step/act/move

# 073 announcing humanitarian aid for a country ("announced $30 million in humanitarian aid for Pakistan")
073 | verb | announce @humanitarian_aid for/to _

# 0213 asking another state to arrest people (judicial cooperation)
0213 | verb | ask/urge _ to arrest
0213 | verb | call on _ to arrest

# 0253 calling for someone's release with adjectives between ("his immediate and unconditional release")
0253 | verb | call for _ immediate [and] [unconditional] release
0253 | verb | call for _ unconditional release

# 026 calling for an emergency summit or meeting of a body
026 | verb | call for [an/a] emergency/extraordinary/urgent summit/meeting of _

# 194 rocket fire counted with a vague quantity ("fired hundreds of rockets at")
194 | verb | fire/launch hundreds/dozens/scores/thousands of rockets at/into _

# 071 money given for a country's reconstruction ("give 1 billion euros for Turkey's reconstruction")
071 | verb | give/contribute/provide/donate/pledge/commit for _ reconstruction

# 175 tear gas fired at a named crowd, also with water cannon coordinated in
175 | verb | fire/use tear gas at/on/against _
175 | verb | fire/use tear gas and water cannon/cannons at/on/against _
