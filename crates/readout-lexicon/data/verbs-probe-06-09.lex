# readout verbs-probe-06-09.lex: probe-driven verb and event-noun patterns for CAMEO roots 06-09
# (material cooperation, aid, yield, investigate). Added for vocabulary that probe sentences in
# eval/probes/probe-06-09.jsonl showed missing. Written for readout; format as in docs/lexicon.md.
