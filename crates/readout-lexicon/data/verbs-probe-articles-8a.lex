# Phrasings that probe-articles-8a (economic and diplomatic wire news) showed missing.
# A trade case brought at the WTO is a legal case (115).
115 | verb | bring/launch/mount [a] WTO challenge/case/complaint against _
# A letter of intent with a lender or partner is a signed commitment.
057 | verb | sign [a] letter of intent with _
057 | verb | sign [a] letter of intent
# Supply and purchase contracts named by their commodity ("a 30-year gas supply contract").
057 | verb | sign/ink [a] gas/oil/LNG/energy/power/uranium supply/purchase/sales contract/deal/agreement with _
057 | verb | sign/ink [a] gas/oil/LNG/energy/power/uranium supply/purchase/sales contract/deal/agreement
057 | verb | sign/ink arms/weapons/defence/defense/energy/investment deals/contracts/agreements worth
# Tariff truces: agreeing to suspend or cut tariffs is intent to ease a trade sanction, not a policy change.
0354 | verb | agree to suspend/pause/freeze [the] [punitive/retaliatory] tariffs/duties/levies
# Anti-dumping measures.
163 | verb | impose [provisional] anti-dumping deposits/duties/tariffs/levies on _
# Refusing to exempt a partner from a trade measure.
1244 | verb | refuse to exempt _ from [the] tariffs/duties/levies/sanctions
# Releasing a loan tranche or installment is economic aid (with "would", an intent), never a prisoner release.
071 | verb | release [a] loan/aid tranche/installment/instalment/disbursement to/for _
071 | verb | release [a] loan/aid tranche/installment/instalment/disbursement
# Negotiators leading rounds of talks ("led three days of talks with").
046 | verb | lead/conduct [the] talks/negotiations with _
046 | verb | lead/hold/conduct days/weeks/months/hours/rounds of talks/negotiations with _
# Agreeing to grow trade is intent to cooperate economically.
0311 | verb | agree to increase/boost/expand/double/triple [bilateral/two-way/annual] trade
# Raising tariffs by a multiple, and announcing new tariffs, impose them.
163 | verb | double/triple/quadruple [the] tariffs/duties/levies on _
163 | verb | announce [higher/steep/steeper/punitive/retaliatory/sweeping] tariffs/duties/levies on _
# Expropriation and nationalisation ordered by a government.
1711 | verb | order [the] expropriation/nationalisation/nationalization/confiscation of _
# Two blocs reaching a free trade agreement.
057 | verb | reach [a] free trade agreement/deal/pact
057 | verb | reach [a] free trade agreement/deal/pact with _
