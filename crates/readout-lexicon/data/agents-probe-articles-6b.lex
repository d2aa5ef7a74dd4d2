# Role nouns met in eval/probes/probe-articles-6b.jsonl.
rebel alliance | REB
occupier | MIL
paramilitary police | COP | noplural
