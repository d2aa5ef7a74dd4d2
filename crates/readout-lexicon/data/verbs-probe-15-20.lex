# Probe-driven verb and event-noun patterns for CAMEO roots 15-20 (exhibit force posture, reduce relations,
# coerce, assault, fight, unconventional mass violence). Added for misses found with eval/probes/probe-15-20.jsonl;
# each pattern is meant to cover a phrase family that other reporters' wording would also hit.
# Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).
