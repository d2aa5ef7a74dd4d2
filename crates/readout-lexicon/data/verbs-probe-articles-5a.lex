# Phrasings that eval/probes/probe-articles-5a.jsonl (fifth round of article probes: diplomacy and domestic
# politics) showed missing. The probe file's records are the regression test of these patterns.

# 111: calling another side's remarks or speech unacceptable, defamatory, insulting ...
111 | verb | call _ remarks/comments/statement/statements/speech/words unacceptable/defamatory/insulting/offensive/outrageous/irresponsible/provocative/regrettable/slanderous

# 042: a leader who "flew into" a country is visiting it
042 | verb | fly into _

# 0356: committing to a ceasefire is an intent to de-escalate
0356 | verb | commit to [a] [full/complete/lasting/comprehensive/permanent] ceasefire

# 057: agreements signed to normalise relations name the other party after "with"
057 | verb | sign [an] agreement/agreements/deal/deals/accord/accords to normalise/normalize relations/ties with _

# 057: a power-sharing deal signed by two sides (compound subject: coded both ways)
057 | verb | sign [a] power-sharing deal/agreement/accord

# 160: suspending another state's membership of an organisation
160 | verb | suspend _ membership

# 054: switching recognition with a possessive
054 | verb | switch its [diplomatic] recognition to _

# 111: calling another side's resolution, vote or ruling unfortunate, counterproductive ...
111 | verb | call _ resolution/vote/ruling/verdict unfortunate/counterproductive/unacceptable/illegal/regrettable/biased/one-sided

# 163: sanctions that are both economic and political
163 | verb | impose economic and political sanctions on _

# 044: a brief exchange on the sidelines of a meeting elsewhere
044 | verb | speak/talk briefly on [the] sidelines

# 085: lifting a ban on arms sales to a country is easing an embargo, not an administrative ban
085 | verb | lift/end/scrap [its/the] ban/embargo on arms sales to _

# 036: agreeing to resume dialogue is an intent to negotiate (the bare "agree to" codes 030)
036 | verb | agree to [gradually] resume/hold [political/security/high-level/bilateral/strategic/direct] dialogue/talks/negotiations with _
036 | verb | agree to [gradually] resume political and security dialogue/talks with _
