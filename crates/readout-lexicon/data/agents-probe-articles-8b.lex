# Role nouns from the domestic-politics article probes (eval/probes/probe-articles-8b.jsonl)
opposition alliance | OPP
