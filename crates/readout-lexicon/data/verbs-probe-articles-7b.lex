# verbs-probe-articles-7b.lex — phrasings the security/conflict article probes (eval/probes/probe-articles-7b.jsonl)
# showed missing.
# Summoning a chargé d'affaires is the same protest as summoning an ambassador: "summoned Pakistan's charge d'affaires".
114 | verb | summon _ charge d'affaires
114 | verb | summon [the] charge d'affaires of _
# Blame put in the past tense: "said Kiev bore responsibility", "Washington said Russia bore responsibility for the strike".
112 | verb | say _ bore/bears [full] responsibility
# A captive handed back with the person between the verb and the particle: "handed a captured pilot back to India"
# (the participle keeps "handing power back to" out).
0841 | verb | hand [a/the] captured/abducted/kidnapped/detained/downed/seized _ back to
# Accusations of sending forces across a border are accusations of aggression.
1123 | verb | accuse _ of sending troops/soldiers/fighters/militants/infiltrators/mercenaries across/into
# A condolence call: "called Putin to offer his condolences".
041 | verb | call _ to offer/express [his/her/their] condolences/sympathy
# Holding people at gunpoint is holding them hostage: "held its staff at gunpoint".
181 | verb | hold _ at gunpoint
# Bringing killers to justice, in the words news uses besides "perpetrators" and "those responsible".
0213 | verb | urge/ask _ to bring [the] killers/attackers/assailants/culprits/bombers to justice
0213 | verb | call on _ to bring [the] killers/attackers/assailants/culprits/bombers to justice
# Demands that a government find and punish the culprits: "demanded that the Sudanese government find those responsible".
1013 | verb | demand that _ find/punish/arrest/prosecute those responsible
1013 | verb | demand that _ find/punish/arrest/prosecute [the] killers/perpetrators/attackers/culprits
# A vague count with a filler before the weapon: "fired dozens more rockets into northern Israel".
194 | verb | fire/launch hundreds/dozens/scores/thousands more rockets/mortars/shells at/into _
