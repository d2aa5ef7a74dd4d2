# Phrasings found missing by eval/probes/probe-articles-6b.jsonl (1995-2015 wire news: insurgencies, coups,
# disputed elections, sanctions, humanitarian access).
# Appeals to stop air raids or shelling: "urged both sides to halt the air raids".
0256 | verb | urge/ask/press/implore _ to halt/stop/end/cease [the/their/its] air raids/strikes
0256 | verb | urge/ask/press/implore _ to halt/stop/end/cease [the/their/its] airstrikes/bombing/bombardment/shelling
0256 | verb | call on _ to halt/stop/end/cease [the/their/its] air raids/strikes
0256 | verb | call on _ to halt/stop/end/cease [the/their/its] airstrikes/bombing/bombardment/shelling
# Admitting a foreign force: "agreed to allow international peacekeepers into East Timor".
0861 | verb | allow/let/admit [international/foreign/U.N./UN/regional/multinational] peacekeepers into _
0861 | verb | allow/let/admit [international/foreign/U.N./UN/regional/multinational] peacekeeping troops/forces into _
# Ultimatums: "ordered the militants to surrender or die".
139 | verb | order/tell/give _ to surrender or die
139 | verb | order/tell _ to surrender or face
# Insurgency threatened: "vowed to wage a guerrilla war against the Ethiopian occupiers".
138 | verb | vow/threaten/pledge to wage [a] guerrilla/holy/armed war against _
138 | verb | vow/threaten/pledge to wage [a] guerrilla/armed campaign against _
# Exile by air: "flew him into exile in Costa Rica".
174 | verb | fly/put _ into exile
# Talks suspended outright: "voted to suspend all negotiations with Juba".
164 | verb | suspend/halt [all] [peace] talks/negotiations with _
164 | verb | vote to suspend/halt [all] [peace] talks/negotiations with _
# Demands to end a named army's operation: "demanded an end to French military action in Mali".
1056 | verb | demand [an] end to _ military action/operations/intervention/offensive
# Fighters driven from a place: "drove Islamist fighters out of Mogadishu".
192 | verb | drive _ fighters/militants/rebels/insurgents/militiamen/gunmen/jihadists out of
# Name-calling as condemnation: "branded the rebels as terrorists".
111 | verb | brand/label _ as terrorists/bandits/criminals/murderers
