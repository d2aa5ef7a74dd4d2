# readout agents-probe-articles.lex: role nouns added from the probe articles in eval/probes/probe-articles.jsonl.
# Format as agents.lex (see docs/lexicon.md). Written for readout.
parent | CVL
