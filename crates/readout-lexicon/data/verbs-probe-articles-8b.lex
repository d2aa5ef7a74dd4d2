# Patterns from the domestic-politics article probes (eval/probes/probe-articles-8b.jsonl)
# 160: a regional bloc suspends a member state after a coup (the state named right after the verb)
160 | verb | suspend _ over/after/following [the] [military] coup/takeover/putsch/mutiny
160 | verb | suspend _ until [the] restoration/return of
160 | verb | suspend _ with immediate effect
160 | verb | suspend _ indefinitely
# 173: a prosecutor or judge orders people held
173 | verb | order [the] detention/arrest/arrests/detentions of _
# 1053: a demand that detainees be let go
1053 | verb | demand that _ be freed/released/set free
1053 | verb | demand [that] [the] detained _ be freed/released
# 111: reactions that brand a ruling, vote or arrest
111 | verb | call/brand [the] arrest/arrests/detention/detentions [a/an] farce/sham/travesty/mockery/coup
111 | verb | call/brand [the] ruling/verdict/trial/impeachment [a/an] farce/sham/travesty/mockery/coup
111 | verb | call/brand [the] takeover/coup/move/seizure [an] unconstitutional change of government
111 | verb | describe [the] takeover/coup/move/seizure as [an] unconstitutional change of government
# 1621: aid suspended outright
1621 | verb | suspend/freeze/halt/pause [emergency/economic/budget/financial/development] aid/assistance to _
# 191: forces surround an opponent's home
191 | verb | surround/besiege _ home/house/residence
191 | verb | cordon off _ home/house/residence
# 0344: a new ruler promises a vote (the kind of vote named)
0344 | verb | promise/pledge/vow to hold [a] [new/early/fresh/free] presidential/parliamentary/general/legislative election/elections/vote/polls
