# readout organisations-probe-articles.lex: names added from the probe articles in eval/probes/probe-articles.jsonl.
# Format as organisations.lex (see docs/lexicon.md); an id already in organisations.lex adds names to that entry.
# Written for readout.
# "the Brotherhood" is how wire copy refers to the Muslim Brotherhood after the first mention.
muslim-brotherhood | name=Muslim Brotherhood | names=Brotherhood | code=EGYOPP | country=EGY | sector=OPP | kind=movement
