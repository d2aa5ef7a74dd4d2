# Round-2 article probes: role nouns
gas monopoly | BUS
head of the armed forces | MIL | noplural
commander of the armed forces | MIL | noplural
chief of the armed forces | MIL | noplural
