# Verb and event-noun patterns for CAMEO roots 12 (reject), 14 (protest) and 19 (fight), fifth probe round.
# Written for readout from the misses of eval/probes/probe5-12-14-19.jsonl (longer multi-clause wire reports,
# passives and nominalisations); that file's records are the regression test of these patterns.
# Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).
