# Role nouns that eval/probes/probe-articles-3.jsonl needed.
subsidiary | BUS | plural=subsidiaries
meatpacker | BUS
