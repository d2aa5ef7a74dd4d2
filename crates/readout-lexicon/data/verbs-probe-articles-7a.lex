# Patterns from the seventh-round article probes (eval/probes/probe-articles-7a.jsonl).
# "signed the deal": "sign [a] deal" does not read a definite article
057 | verb | sign the deal/agreement/accord/treaty/pact/declaration
057 | verb | sign the peace deal/agreement/accord/treaty
# ratification exchanged between two parties
057 | verb | exchange [the] instruments of ratification
057 | noun | exchange of [the] instruments of ratification
# a third party easing talks ("facilitate [the] dialogue" is in verbs.lex)
045 | verb | facilitate [the] [peace] talks/negotiations
# recalling "its own" envoy
161 | verb | recall [its] own ambassador/envoy/ambassadors/envoys from/to _
# sending an envoy back after a row ("send [its] ambassador back to" is 054 in verbs.lex)
054 | verb | send [its] envoy/envoys/ambassadors back to _
054 | verb | send back [its] ambassador/envoy/ambassadors/envoys to _
# lifting objections, plural ("drop [its] objections to" is in verbs-more-06-12.lex)
080 | verb | lift/withdraw [its] objections to
# renouncing force ("agree/pledge/vow/promise not to use force [against]" is in verbs.lex)
0356 | verb | agree/pledge/promise/vow not to threaten or use force against _
0356 | verb | renounce [the] use of force against _
# nominating someone for the peace prize is an endorsement
051 | verb | nominate _ for [the] Nobel Peace Prize
# a meal together is a meeting
040 | verb | dine with _
# initialling an agreed text before signature
057 | verb | initial [the] text of [a/the] [peace] treaty/agreement/deal/accord
# calling another side's ban or move counterproductive (the target is whoever made it)
111 | verb | call _ ban/bans/embargo/move/step/decision/sanctions counterproductive/unjustified/illegal/unacceptable/absurd/regrettable/provocative/reckless/outrageous/abhorrent
