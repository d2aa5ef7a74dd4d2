# Verb and event-noun patterns for CAMEO roots 01, 02, 06, 07, 09 and 10 (public statements, appeals,
# material cooperation, provide aid, investigate, demand), sixth-round vocabulary sweep. Written for readout from a
# systematic list of wire-news phrasings per sub-code (eval/probes/probe6-sweep-01-02-06-07-09-10.jsonl) and the
# misses of eval/probes/probe6-01-02-06-07-09-10.jsonl. Appeal (02x) and demand (10x) sub-codes are written as
# head + content families: the same content under the appeal heads (urge/call on/appeal to/plead with/... _ to)
# and the demand heads (demand/insist that _, tell/order _ to, say _ must), plus the noun forms (call/appeal/plea
# for, demand for, renewed call for ...). Format as in docs/lexicon.md (`CODE | verb|noun | pattern [| recipient]`).


# 0211 / 1011  appeal / demand for economic cooperation
0211 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to sign/conclude/seal [a] [free] trade/free-trade/investment agreement/deal/pact/accord
0211 | verb | call on/upon _ to sign/conclude/seal [a] [free] trade/free-trade/investment agreement/deal/pact/accord
0211 | verb | appeal to _ to sign/conclude/seal [a] [free] trade/free-trade/investment agreement/deal/pact/accord
0211 | verb | plead with _ to sign/conclude/seal [a] [free] trade/free-trade/investment agreement/deal/pact/accord
0211 | verb | put/pile/increase pressure on _ to sign/conclude/seal [a] [free] trade/free-trade/investment agreement/deal/pact/accord
1011 | verb | demand/insist that _ sign/conclude/seal [a] [free] trade/free-trade/investment agreement/deal/pact/accord
1011 | verb | demand _ sign/conclude/seal [a] [free] trade/free-trade/investment agreement/deal/pact/accord
1011 | verb | tell/order/instruct/require _ to sign/conclude/seal [a] [free] trade/free-trade/investment agreement/deal/pact/accord
1011 | verb | say/insist [that] _ must sign/conclude/seal [a] [free] trade/free-trade/investment agreement/deal/pact/accord
0211 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to expand/deepen/boost/strengthen/increase/broaden [its/their] economic/trade/commercial ties/cooperation/relations
0211 | verb | call on/upon _ to expand/deepen/boost/strengthen/increase/broaden [its/their] economic/trade/commercial ties/cooperation/relations
0211 | verb | appeal to _ to expand/deepen/boost/strengthen/increase/broaden [its/their] economic/trade/commercial ties/cooperation/relations
0211 | verb | plead with _ to expand/deepen/boost/strengthen/increase/broaden [its/their] economic/trade/commercial ties/cooperation/relations
0211 | verb | put/pile/increase pressure on _ to expand/deepen/boost/strengthen/increase/broaden [its/their] economic/trade/commercial ties/cooperation/relations
1011 | verb | demand/insist that _ expand/deepen/boost/strengthen/increase/broaden [its/their] economic/trade/commercial ties/cooperation/relations
1011 | verb | demand _ expand/deepen/boost/strengthen/increase/broaden [its/their] economic/trade/commercial ties/cooperation/relations
1011 | verb | tell/order/instruct/require _ to expand/deepen/boost/strengthen/increase/broaden [its/their] economic/trade/commercial ties/cooperation/relations
1011 | verb | say/insist [that] _ must expand/deepen/boost/strengthen/increase/broaden [its/their] economic/trade/commercial ties/cooperation/relations
0211 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to buy/import/purchase more
0211 | verb | call on/upon _ to buy/import/purchase more
0211 | verb | appeal to _ to buy/import/purchase more
0211 | verb | plead with _ to buy/import/purchase more
0211 | verb | put/pile/increase pressure on _ to buy/import/purchase more
1011 | verb | demand/insist that _ buy/import/purchase more
1011 | verb | demand _ buy/import/purchase more
1011 | verb | tell/order/instruct/require _ to buy/import/purchase more
1011 | verb | say/insist [that] _ must buy/import/purchase more
0211 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to resume oil/gas/grain exports/supplies/shipments
0211 | verb | call on/upon _ to resume oil/gas/grain exports/supplies/shipments
0211 | verb | appeal to _ to resume oil/gas/grain exports/supplies/shipments
0211 | verb | plead with _ to resume oil/gas/grain exports/supplies/shipments
0211 | verb | put/pile/increase pressure on _ to resume oil/gas/grain exports/supplies/shipments
1011 | verb | demand/insist that _ resume oil/gas/grain exports/supplies/shipments
1011 | verb | demand _ resume oil/gas/grain exports/supplies/shipments
1011 | verb | tell/order/instruct/require _ to resume oil/gas/grain exports/supplies/shipments
1011 | verb | say/insist [that] _ must resume oil/gas/grain exports/supplies/shipments
0211 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to set up joint ventures
0211 | verb | call on/upon _ to set up joint ventures
0211 | verb | appeal to _ to set up joint ventures
0211 | verb | plead with _ to set up joint ventures
0211 | verb | put/pile/increase pressure on _ to set up joint ventures
1011 | verb | demand/insist that _ set up joint ventures
1011 | verb | demand _ set up joint ventures
1011 | verb | tell/order/instruct/require _ to set up joint ventures
1011 | verb | say/insist [that] _ must set up joint ventures
0211 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to establish joint ventures
0211 | verb | call on/upon _ to establish joint ventures
0211 | verb | appeal to _ to establish joint ventures
0211 | verb | plead with _ to establish joint ventures
0211 | verb | put/pile/increase pressure on _ to establish joint ventures
1011 | verb | demand/insist that _ establish joint ventures
1011 | verb | demand _ establish joint ventures
1011 | verb | tell/order/instruct/require _ to establish joint ventures
1011 | verb | say/insist [that] _ must establish joint ventures
0211 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to boost/increase/expand trade with
0211 | verb | call on/upon _ to boost/increase/expand trade with
0211 | verb | appeal to _ to boost/increase/expand trade with
0211 | verb | plead with _ to boost/increase/expand trade with
0211 | verb | put/pile/increase pressure on _ to boost/increase/expand trade with
1011 | verb | demand/insist that _ boost/increase/expand trade with
1011 | verb | demand _ boost/increase/expand trade with
1011 | verb | tell/order/instruct/require _ to boost/increase/expand trade with
1011 | verb | say/insist [that] _ must boost/increase/expand trade with
0211 | verb | call/appeal/press/push/plead/ask/lobby for [a] [free] trade/free-trade/investment agreement/deal/pact with _
0211 | verb | seek/urge [a] [free] trade/free-trade/investment agreement/deal/pact with _
0211 | verb | make/issue/launch [a/an] call for [a] [free] trade/free-trade/investment agreement/deal/pact with _
0211 | verb | make/issue/launch [a/an] appeal/plea for [a] [free] trade/free-trade/investment agreement/deal/pact with _
0211 | verb | renew/reiterate/repeat [its/their] call/calls for [a] [free] trade/free-trade/investment agreement/deal/pact with _
0211 | verb | renew/reiterate/repeat [its/their] appeal/appeals for [a] [free] trade/free-trade/investment agreement/deal/pact with _
0211 | noun | call/appeal/plea/request for [a] [free] trade/free-trade/investment agreement/deal/pact with _
1011 | verb | demand [a] [free] trade/free-trade/investment agreement/deal/pact with _
1011 | verb | insist on [a] [free] trade/free-trade/investment agreement/deal/pact with _
1011 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [a] [free] trade/free-trade/investment agreement/deal/pact with _
1011 | noun | demand for [a] [free] trade/free-trade/investment agreement/deal/pact with _
0211 | verb | call/appeal/press/push/plead/ask/lobby for closer/deeper/stronger/greater/expanded economic/trade/commercial ties/cooperation/relations with _
0211 | verb | seek/urge closer/deeper/stronger/greater/expanded economic/trade/commercial ties/cooperation/relations with _
0211 | verb | make/issue/launch [a/an] call/appeal/plea for closer/deeper economic/trade/commercial ties/cooperation/relations with _
0211 | verb | make/issue/launch [a/an] call/appeal/plea for stronger/greater/expanded economic/trade/commercial ties/cooperation/relations with _
0211 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for closer/deeper economic/trade/commercial ties/cooperation/relations with _
0211 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for stronger/greater/expanded economic/trade/commercial ties/cooperation/relations with _
0211 | noun | call/appeal/plea/request for closer/deeper/stronger/greater/expanded economic/trade/commercial ties/cooperation/relations with _
1011 | verb | demand closer/deeper/stronger/greater/expanded economic/trade/commercial ties/cooperation/relations with _
1011 | verb | insist on closer/deeper/stronger/greater/expanded economic/trade/commercial ties/cooperation/relations with _
1011 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for closer/deeper economic/trade/commercial ties/cooperation/relations with _
1011 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for stronger/greater/expanded economic/trade/commercial ties/cooperation/relations with _
1011 | noun | demand for closer/deeper/stronger/greater/expanded economic/trade/commercial ties/cooperation/relations with _
0211 | verb | call/appeal/press/push/plead/ask/lobby for [the] resumption of oil/gas/grain supplies/exports/shipments from _
0211 | verb | seek/urge [the] resumption of oil/gas/grain supplies/exports/shipments from _
0211 | verb | make/issue/launch [a/an] call/appeal/plea for [the] resumption of oil/gas/grain supplies/exports/shipments from _
0211 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [the] resumption of oil/gas/grain supplies/exports/shipments from _
0211 | noun | call/appeal/plea/request for [the] resumption of oil/gas/grain supplies/exports/shipments from _
1011 | verb | demand [the] resumption of oil/gas/grain supplies/exports/shipments from _
1011 | verb | insist on [the] resumption of oil/gas/grain supplies/exports/shipments from _
1011 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [the] resumption of oil/gas/grain supplies/exports/shipments from _
1011 | noun | demand for [the] resumption of oil/gas/grain supplies/exports/shipments from _
0211 | verb | call/appeal/press/push/plead/ask/lobby for increased/greater imports by _
0211 | verb | seek/urge increased/greater imports by _
0211 | verb | make/issue/launch [a/an] call/appeal/plea for increased/greater imports by _
0211 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for increased/greater imports by _
0211 | noun | call/appeal/plea/request for increased/greater imports by _
1011 | verb | demand increased/greater imports by _
1011 | verb | insist on increased/greater imports by _
1011 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for increased/greater imports by _
1011 | noun | demand for increased/greater imports by _
0211 | verb | call/appeal/press/push/plead/ask/lobby for investment by companies/firms from _
0211 | verb | seek/urge investment by companies/firms from _
0211 | verb | make/issue/launch [a/an] call/appeal/plea for investment by companies/firms from _
0211 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for investment by companies/firms from _
0211 | noun | call/appeal/plea/request for investment by companies/firms from _
1011 | verb | demand investment by companies/firms from _
1011 | verb | insist on investment by companies/firms from _
1011 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for investment by companies/firms from _
1011 | noun | demand for investment by companies/firms from _
0211 | verb | call/appeal/press/push/plead/ask/lobby for investment from _
0211 | verb | seek/urge investment from _
0211 | verb | make/issue/launch [a/an] call/appeal/plea for investment from _
0211 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for investment from _
0211 | noun | call/appeal/plea/request for investment from _
1011 | verb | demand investment from _
1011 | verb | insist on investment from _
1011 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for investment from _
1011 | noun | demand for investment from _
0211 | verb | call/appeal/press/push/plead/ask/lobby for access to [the] market/markets of _
0211 | verb | seek/urge access to [the] market/markets of _
0211 | verb | make/issue/launch [a/an] call/appeal/plea for access to [the] market/markets of _
0211 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for access to [the] market/markets of _
0211 | noun | call/appeal/plea/request for access to [the] market/markets of _
1011 | verb | demand access to [the] market/markets of _
1011 | verb | insist on access to [the] market/markets of _
1011 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for access to [the] market/markets of _
1011 | noun | demand for access to [the] market/markets of _

# 0212 / 1012  appeal / demand for military cooperation
0212 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to hold/conduct/stage [more] joint military/naval/air exercises/drills/patrols/manoeuvres/maneuvers
0212 | verb | call on/upon _ to hold/conduct/stage [more] joint military/naval/air exercises/drills/patrols/manoeuvres/maneuvers
0212 | verb | appeal to _ to hold/conduct/stage [more] joint military/naval/air exercises/drills/patrols/manoeuvres/maneuvers
0212 | verb | plead with _ to hold/conduct/stage [more] joint military/naval/air exercises/drills/patrols/manoeuvres/maneuvers
0212 | verb | put/pile/increase pressure on _ to hold/conduct/stage [more] joint military/naval/air exercises/drills/patrols/manoeuvres/maneuvers
1012 | verb | demand/insist that _ hold/conduct/stage [more] joint military/naval/air exercises/drills/patrols/manoeuvres/maneuvers
1012 | verb | demand _ hold/conduct/stage [more] joint military/naval/air exercises/drills/patrols/manoeuvres/maneuvers
1012 | verb | tell/order/instruct/require _ to hold/conduct/stage [more] joint military/naval/air exercises/drills/patrols/manoeuvres/maneuvers
1012 | verb | say/insist [that] _ must hold/conduct/stage [more] joint military/naval/air exercises/drills/patrols/manoeuvres/maneuvers
0212 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to conduct joint patrols/operations
0212 | verb | call on/upon _ to conduct joint patrols/operations
0212 | verb | appeal to _ to conduct joint patrols/operations
0212 | verb | plead with _ to conduct joint patrols/operations
0212 | verb | put/pile/increase pressure on _ to conduct joint patrols/operations
1012 | verb | demand/insist that _ conduct joint patrols/operations
1012 | verb | demand _ conduct joint patrols/operations
1012 | verb | tell/order/instruct/require _ to conduct joint patrols/operations
1012 | verb | say/insist [that] _ must conduct joint patrols/operations
0212 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to carry out joint patrols/operations
0212 | verb | call on/upon _ to carry out joint patrols/operations
0212 | verb | appeal to _ to carry out joint patrols/operations
0212 | verb | plead with _ to carry out joint patrols/operations
0212 | verb | put/pile/increase pressure on _ to carry out joint patrols/operations
1012 | verb | demand/insist that _ carry out joint patrols/operations
1012 | verb | demand _ carry out joint patrols/operations
1012 | verb | tell/order/instruct/require _ to carry out joint patrols/operations
1012 | verb | say/insist [that] _ must carry out joint patrols/operations
0212 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to deepen/expand/strengthen/boost [its/their] defence/defense/military/security cooperation/ties
0212 | verb | call on/upon _ to deepen/expand/strengthen/boost [its/their] defence/defense/military/security cooperation/ties
0212 | verb | appeal to _ to deepen/expand/strengthen/boost [its/their] defence/defense/military/security cooperation/ties
0212 | verb | plead with _ to deepen/expand/strengthen/boost [its/their] defence/defense/military/security cooperation/ties
0212 | verb | put/pile/increase pressure on _ to deepen/expand/strengthen/boost [its/their] defence/defense/military/security cooperation/ties
1012 | verb | demand/insist that _ deepen/expand/strengthen/boost [its/their] defence/defense/military/security cooperation/ties
1012 | verb | demand _ deepen/expand/strengthen/boost [its/their] defence/defense/military/security cooperation/ties
1012 | verb | tell/order/instruct/require _ to deepen/expand/strengthen/boost [its/their] defence/defense/military/security cooperation/ties
1012 | verb | say/insist [that] _ must deepen/expand/strengthen/boost [its/their] defence/defense/military/security cooperation/ties
0212 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to step up [its/their] defence/defense/military/security cooperation/ties
0212 | verb | call on/upon _ to step up [its/their] defence/defense/military/security cooperation/ties
0212 | verb | appeal to _ to step up [its/their] defence/defense/military/security cooperation/ties
0212 | verb | plead with _ to step up [its/their] defence/defense/military/security cooperation/ties
0212 | verb | put/pile/increase pressure on _ to step up [its/their] defence/defense/military/security cooperation/ties
1012 | verb | demand/insist that _ step up [its/their] defence/defense/military/security cooperation/ties
1012 | verb | demand _ step up [its/their] defence/defense/military/security cooperation/ties
1012 | verb | tell/order/instruct/require _ to step up [its/their] defence/defense/military/security cooperation/ties
1012 | verb | say/insist [that] _ must step up [its/their] defence/defense/military/security cooperation/ties
0212 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to grant [its] navy/warships/troops/military access to [its] ports/bases
0212 | verb | call on/upon _ to grant [its] navy/warships/troops/military access to [its] ports/bases
0212 | verb | appeal to _ to grant [its] navy/warships/troops/military access to [its] ports/bases
0212 | verb | plead with _ to grant [its] navy/warships/troops/military access to [its] ports/bases
0212 | verb | put/pile/increase pressure on _ to grant [its] navy/warships/troops/military access to [its] ports/bases
1012 | verb | demand/insist that _ grant [its] navy/warships/troops/military access to [its] ports/bases
1012 | verb | demand _ grant [its] navy/warships/troops/military access to [its] ports/bases
1012 | verb | tell/order/instruct/require _ to grant [its] navy/warships/troops/military access to [its] ports/bases
1012 | verb | say/insist [that] _ must grant [its] navy/warships/troops/military access to [its] ports/bases
0212 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to coordinate [its/their] military operations/actions/strikes/campaign/campaigns with
0212 | verb | call on/upon _ to coordinate [its/their] military operations/actions/strikes/campaign/campaigns with
0212 | verb | appeal to _ to coordinate [its/their] military operations/actions/strikes/campaign/campaigns with
0212 | verb | plead with _ to coordinate [its/their] military operations/actions/strikes/campaign/campaigns with
0212 | verb | put/pile/increase pressure on _ to coordinate [its/their] military operations/actions/strikes/campaign/campaigns with
1012 | verb | demand/insist that _ coordinate [its/their] military operations/actions/strikes/campaign/campaigns with
1012 | verb | demand _ coordinate [its/their] military operations/actions/strikes/campaign/campaigns with
1012 | verb | tell/order/instruct/require _ to coordinate [its/their] military operations/actions/strikes/campaign/campaigns with
1012 | verb | say/insist [that] _ must coordinate [its/their] military operations/actions/strikes/campaign/campaigns with
0212 | verb | call/appeal/press/push/plead/ask/lobby for joint military/naval/air exercises/drills/patrols/manoeuvres/maneuvers with _
0212 | verb | seek/urge joint military/naval/air exercises/drills/patrols/manoeuvres/maneuvers with _
0212 | verb | make/issue/launch [a/an] call/appeal/plea for joint military/naval/air exercises/drills/patrols/manoeuvres/maneuvers with _
0212 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for joint military/naval/air exercises/drills/patrols/manoeuvres/maneuvers with _
0212 | noun | call/appeal/plea/request for joint military/naval/air exercises/drills/patrols/manoeuvres/maneuvers with _
1012 | verb | demand joint military/naval/air exercises/drills/patrols/manoeuvres/maneuvers with _
1012 | verb | insist on joint military/naval/air exercises/drills/patrols/manoeuvres/maneuvers with _
1012 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for joint military/naval/air exercises/drills/patrols/manoeuvres/maneuvers with _
1012 | noun | demand for joint military/naval/air exercises/drills/patrols/manoeuvres/maneuvers with _
0212 | verb | call/appeal/press/push/plead/ask/lobby for joint patrols with _
0212 | verb | seek/urge joint patrols with _
0212 | verb | make/issue/launch [a/an] call/appeal/plea for joint patrols with _
0212 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for joint patrols with _
0212 | noun | call/appeal/plea/request for joint patrols with _
1012 | verb | demand joint patrols with _
1012 | verb | insist on joint patrols with _
1012 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for joint patrols with _
1012 | noun | demand for joint patrols with _
0212 | verb | call/appeal/press/push/plead/ask/lobby for closer/deeper/stronger/greater defence/defense/military/security ties/cooperation with _
0212 | verb | seek/urge closer/deeper/stronger/greater defence/defense/military/security ties/cooperation with _
0212 | verb | make/issue/launch [a/an] call/appeal/plea for closer/deeper defence/defense/military/security ties/cooperation with _
0212 | verb | make/issue/launch [a/an] call/appeal/plea for stronger/greater defence/defense/military/security ties/cooperation with _
0212 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for closer/deeper/stronger/greater defence/defense/military/security ties/cooperation with _
0212 | noun | call/appeal/plea/request for closer/deeper/stronger/greater defence/defense/military/security ties/cooperation with _
1012 | verb | demand closer/deeper/stronger/greater defence/defense/military/security ties/cooperation with _
1012 | verb | insist on closer/deeper/stronger/greater defence/defense/military/security ties/cooperation with _
1012 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for closer/deeper/stronger/greater defence/defense/military/security ties/cooperation with _
1012 | noun | demand for closer/deeper/stronger/greater defence/defense/military/security ties/cooperation with _
0212 | verb | call/appeal/press/push/plead/ask/lobby for access to [its/the] military/air/naval bases/ports in _
0212 | verb | seek/urge access to [its/the] military/air/naval bases/ports in _
0212 | verb | make/issue/launch [a/an] call/appeal/plea for access to [its/the] military/air/naval bases/ports in _
0212 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for access to [its/the] military/air/naval bases/ports in _
0212 | noun | call/appeal/plea/request for access to [its/the] military/air/naval bases/ports in _
1012 | verb | demand access to [its/the] military/air/naval bases/ports in _
1012 | verb | insist on access to [its/the] military/air/naval bases/ports in _
1012 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for access to [its/the] military/air/naval bases/ports in _
1012 | noun | demand for access to [its/the] military/air/naval bases/ports in _

# 0213 / 1013  appeal / demand for judicial cooperation
0213 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to surrender/deport/repatriate [the] fugitive/fugitives/suspect/suspects
0213 | verb | call on/upon _ to surrender/deport/repatriate [the] fugitive/fugitives/suspect/suspects
0213 | verb | appeal to _ to surrender/deport/repatriate [the] fugitive/fugitives/suspect/suspects
0213 | verb | plead with _ to surrender/deport/repatriate [the] fugitive/fugitives/suspect/suspects
0213 | verb | put/pile/increase pressure on _ to surrender/deport/repatriate [the] fugitive/fugitives/suspect/suspects
1013 | verb | demand/insist that _ surrender/deport/repatriate [the] fugitive/fugitives/suspect/suspects
1013 | verb | demand _ surrender/deport/repatriate [the] fugitive/fugitives/suspect/suspects
1013 | verb | tell/order/instruct/require _ to surrender/deport/repatriate [the] fugitive/fugitives/suspect/suspects
1013 | verb | say/insist [that] _ must surrender/deport/repatriate [the] fugitive/fugitives/suspect/suspects
0213 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to deport/repatriate [the] wanted
0213 | verb | call on/upon _ to deport/repatriate [the] wanted
0213 | verb | appeal to _ to deport/repatriate [the] wanted
0213 | verb | plead with _ to deport/repatriate [the] wanted
0213 | verb | put/pile/increase pressure on _ to deport/repatriate [the] wanted
1013 | verb | demand/insist that _ deport/repatriate [the] wanted
1013 | verb | demand _ deport/repatriate [the] wanted
1013 | verb | tell/order/instruct/require _ to deport/repatriate [the] wanted
1013 | verb | say/insist [that] _ must deport/repatriate [the] wanted
0213 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to freeze [the] assets of
0213 | verb | call on/upon _ to freeze [the] assets of
0213 | verb | appeal to _ to freeze [the] assets of
0213 | verb | plead with _ to freeze [the] assets of
0213 | verb | put/pile/increase pressure on _ to freeze [the] assets of
1013 | verb | demand/insist that _ freeze [the] assets of
1013 | verb | demand _ freeze [the] assets of
1013 | verb | tell/order/instruct/require _ to freeze [the] assets of
1013 | verb | say/insist [that] _ must freeze [the] assets of
0213 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to cooperate with [the] investigation/inquiry/probe
0213 | verb | call on/upon _ to cooperate with [the] investigation/inquiry/probe
0213 | verb | appeal to _ to cooperate with [the] investigation/inquiry/probe
0213 | verb | plead with _ to cooperate with [the] investigation/inquiry/probe
0213 | verb | put/pile/increase pressure on _ to cooperate with [the] investigation/inquiry/probe
1013 | verb | demand/insist that _ cooperate with [the] investigation/inquiry/probe
1013 | verb | demand _ cooperate with [the] investigation/inquiry/probe
1013 | verb | tell/order/instruct/require _ to cooperate with [the] investigation/inquiry/probe
1013 | verb | say/insist [that] _ must cooperate with [the] investigation/inquiry/probe
0213 | verb | call/appeal/press/push/plead/ask/lobby for [the] repatriation/deportation/extradition of [the] fugitive/fugitives/suspect/suspects
0213 | verb | seek/urge [the] repatriation/deportation/extradition of [the] fugitive/fugitives/suspect/suspects
0213 | verb | make/issue/launch [a/an] call/appeal/plea for [the] repatriation/deportation/extradition of [the] fugitive/fugitives
0213 | verb | make/issue/launch [a/an] call/appeal/plea for [the] repatriation/deportation/extradition of [the] suspect/suspects
0213 | verb | renew/reiterate/repeat [its/their] call/calls for [the] repatriation/deportation/extradition of [the] fugitive/fugitives/suspect/suspects
0213 | verb | renew/reiterate/repeat [its/their] appeal/appeals for [the] repatriation/deportation/extradition of [the] fugitive/fugitives/suspect/suspects
0213 | noun | call/appeal/plea/request for [the] repatriation/deportation/extradition of [the] fugitive/fugitives/suspect/suspects
1013 | verb | demand [the] repatriation/deportation/extradition of [the] fugitive/fugitives/suspect/suspects
1013 | verb | insist on [the] repatriation/deportation/extradition of [the] fugitive/fugitives/suspect/suspects
1013 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [the] repatriation/deportation/extradition of [the] fugitive/fugitives
1013 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [the] repatriation/deportation/extradition of [the] suspect/suspects
1013 | noun | demand for [the] repatriation/deportation/extradition of [the] fugitive/fugitives/suspect/suspects
0213 | verb | call/appeal/press/push/plead/ask/lobby for [the] repatriation/deportation/extradition of fugitives/suspects hiding/living in _
0213 | verb | seek/urge [the] repatriation/deportation/extradition of fugitives/suspects hiding/living in _
0213 | verb | make/issue/launch [a/an] call/appeal/plea for [the] repatriation/deportation/extradition of fugitives/suspects hiding/living in _
0213 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [the] repatriation/deportation/extradition of fugitives/suspects hiding/living in _
0213 | noun | call/appeal/plea/request for [the] repatriation/deportation/extradition of fugitives/suspects hiding/living in _
1013 | verb | demand [the] repatriation/deportation/extradition of fugitives/suspects hiding/living in _
1013 | verb | insist on [the] repatriation/deportation/extradition of fugitives/suspects hiding/living in _
1013 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [the] repatriation/deportation/extradition of fugitives/suspects hiding/living in _
1013 | noun | demand for [the] repatriation/deportation/extradition of fugitives/suspects hiding/living in _
0213 | verb | call/appeal/press/push/plead/ask/lobby for judicial/legal cooperation/assistance from _
0213 | verb | seek/urge judicial/legal cooperation/assistance from _
0213 | verb | make/issue/launch [a/an] call/appeal/plea for judicial/legal cooperation/assistance from _
0213 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for judicial/legal cooperation/assistance from _
0213 | noun | call/appeal/plea/request for judicial/legal cooperation/assistance from _
1013 | verb | demand judicial/legal cooperation/assistance from _
1013 | verb | insist on judicial/legal cooperation/assistance from _
1013 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for judicial/legal cooperation/assistance from _
1013 | noun | demand for judicial/legal cooperation/assistance from _
0213 | verb | call/appeal/press/push/plead/ask/lobby for help from _ in tracking down
0213 | verb | seek/urge help from _ in tracking down
0213 | verb | make/issue/launch [a/an] call/appeal/plea for help from _ in tracking down
0213 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for help from _ in tracking down
0213 | noun | call/appeal/plea/request for help from _ in tracking down
1013 | verb | demand help from _ in tracking down
1013 | verb | insist on help from _ in tracking down
1013 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for help from _ in tracking down
1013 | noun | demand for help from _ in tracking down

# 0214 / -  appeal / demand for intelligence
0214 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to share intelligence/information/data on/about/with
0214 | verb | call on/upon _ to share intelligence/information/data on/about/with
0214 | verb | appeal to _ to share intelligence/information/data on/about/with
0214 | verb | plead with _ to share intelligence/information/data on/about/with
0214 | verb | put/pile/increase pressure on _ to share intelligence/information/data on/about/with
0214 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to pass on [any/all] [the] information/intelligence about/on
0214 | verb | call on/upon _ to pass on [any/all] [the] information/intelligence about/on
0214 | verb | appeal to _ to pass on [any/all] [the] information/intelligence about/on
0214 | verb | plead with _ to pass on [any/all] [the] information/intelligence about/on
0214 | verb | put/pile/increase pressure on _ to pass on [any/all] [the] information/intelligence about/on
0214 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to hand over evidence/intelligence about/on
0214 | verb | call on/upon _ to hand over evidence/intelligence about/on
0214 | verb | appeal to _ to hand over evidence/intelligence about/on
0214 | verb | plead with _ to hand over evidence/intelligence about/on
0214 | verb | put/pile/increase pressure on _ to hand over evidence/intelligence about/on
0214 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to share evidence/intelligence about/on
0214 | verb | call on/upon _ to share evidence/intelligence about/on
0214 | verb | appeal to _ to share evidence/intelligence about/on
0214 | verb | plead with _ to share evidence/intelligence about/on
0214 | verb | put/pile/increase pressure on _ to share evidence/intelligence about/on
0214 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to provide intelligence/information on/about
0214 | verb | call on/upon _ to provide intelligence/information on/about
0214 | verb | appeal to _ to provide intelligence/information on/about
0214 | verb | plead with _ to provide intelligence/information on/about
0214 | verb | put/pile/increase pressure on _ to provide intelligence/information on/about
0214 | verb | call/appeal/press/push/plead/ask/lobby for intelligence from _
0214 | verb | seek/urge intelligence from _
0214 | verb | make/issue/launch [a/an] call/appeal/plea for intelligence from _
0214 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for intelligence from _
0214 | noun | call/appeal/plea/request for intelligence from _
0214 | verb | call/appeal/press/push/plead/ask/lobby for information from _ about/on
0214 | verb | seek/urge information from _ about/on
0214 | verb | make/issue/launch [a/an] call/appeal/plea for information from _ about/on
0214 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for information from _ about/on
0214 | noun | call/appeal/plea/request for information from _ about/on
0214 | verb | call/appeal/press/push/plead/ask/lobby for [the] sharing of intelligence/information by _
0214 | verb | seek/urge [the] sharing of intelligence/information by _
0214 | verb | make/issue/launch [a/an] call/appeal/plea for [the] sharing of intelligence/information by _
0214 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [the] sharing of intelligence/information by _
0214 | noun | call/appeal/plea/request for [the] sharing of intelligence/information by _
0214 | verb | call/appeal/press/push/plead/ask/lobby for access to data/intelligence/information held by _
0214 | verb | seek/urge access to data/intelligence/information held by _
0214 | verb | make/issue/launch [a/an] call/appeal/plea for access to data/intelligence/information held by _
0214 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for access to data/intelligence/information held by _
0214 | noun | call/appeal/plea/request for access to data/intelligence/information held by _

# - / 1014  appeal / demand for intelligence (demand)
1014 | verb | demand/insist that _ share intelligence on/about/with
1014 | verb | demand _ share intelligence on/about/with
1014 | verb | tell/order/instruct/require _ to share intelligence on/about/with
1014 | verb | say/insist [that] _ must share intelligence on/about/with
1014 | verb | demand/insist that _ hand over intelligence about/on
1014 | verb | demand _ hand over intelligence about/on
1014 | verb | tell/order/instruct/require _ to hand over intelligence about/on
1014 | verb | say/insist [that] _ must hand over intelligence about/on
1014 | verb | demand intelligence sharing with _
1014 | verb | insist on intelligence sharing with _
1014 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for intelligence sharing with _
1014 | noun | demand for intelligence sharing with _
1014 | verb | demand [the] sharing of intelligence by _
1014 | verb | insist on [the] sharing of intelligence by _
1014 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [the] sharing of intelligence by _
1014 | noun | demand for [the] sharing of intelligence by _

# - / 101  appeal / demand for information (demand)
101 | verb | demand/insist that _ provide information on/about
101 | verb | demand _ provide information on/about
101 | verb | tell/order/instruct/require _ to provide information on/about
101 | verb | say/insist [that] _ must provide information on/about
101 | verb | demand/insist that _ pass on [any/all] [the] information about/on
101 | verb | demand _ pass on [any/all] [the] information about/on
101 | verb | tell/order/instruct/require _ to pass on [any/all] [the] information about/on
101 | verb | say/insist [that] _ must pass on [any/all] [the] information about/on
101 | verb | demand/insist that _ share [all] [its/the] evidence/information/findings/files/records
101 | verb | demand _ share [all] [its/the] evidence/information/findings/files/records
101 | verb | tell/order/instruct/require _ to share [all] [its/the] evidence/information/findings/files/records
101 | verb | say/insist [that] _ must share [all] [its/the] evidence/information/findings/files/records
101 | verb | demand/insist that _ hand over information/data/details/records/files about/on
101 | verb | demand _ hand over information/data/details/records/files about/on
101 | verb | tell/order/instruct/require _ to hand over information/data/details/records/files about/on
101 | verb | say/insist [that] _ must hand over information/data/details/records/files about/on
101 | verb | demand/insist that _ hand over evidence about/on
101 | verb | demand _ hand over evidence about/on
101 | verb | tell/order/instruct/require _ to hand over evidence about/on
101 | verb | say/insist [that] _ must hand over evidence about/on
101 | verb | demand information from _ about/on
101 | verb | insist on information from _ about/on
101 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for information from _ about/on
101 | noun | demand for information from _ about/on
101 | verb | demand access to data/information held by _
101 | verb | insist on access to data/information held by _
101 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for access to data/information held by _
101 | noun | demand for access to data/information held by _

# 022 / 102  appeal / demand for diplomatic support
022 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to restore/re-establish/resume diplomatic relations/ties
022 | verb | call on/upon _ to restore/re-establish/resume diplomatic relations/ties
022 | verb | appeal to _ to restore/re-establish/resume diplomatic relations/ties
022 | verb | plead with _ to restore/re-establish/resume diplomatic relations/ties
022 | verb | put/pile/increase pressure on _ to restore/re-establish/resume diplomatic relations/ties
102 | verb | demand/insist that _ restore/re-establish/resume diplomatic relations/ties
102 | verb | demand _ restore/re-establish/resume diplomatic relations/ties
102 | verb | tell/order/instruct/require _ to restore/re-establish/resume diplomatic relations/ties
102 | verb | say/insist [that] _ must restore/re-establish/resume diplomatic relations/ties
022 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to vote for/against [the] resolution
022 | verb | call on/upon _ to vote for/against [the] resolution
022 | verb | appeal to _ to vote for/against [the] resolution
022 | verb | plead with _ to vote for/against [the] resolution
022 | verb | put/pile/increase pressure on _ to vote for/against [the] resolution
102 | verb | demand/insist that _ vote for/against [the] resolution
102 | verb | demand _ vote for/against [the] resolution
102 | verb | tell/order/instruct/require _ to vote for/against [the] resolution
102 | verb | say/insist [that] _ must vote for/against [the] resolution
022 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to vote in favour/favor of [the] resolution
022 | verb | call on/upon _ to vote in favour/favor of [the] resolution
022 | verb | appeal to _ to vote in favour/favor of [the] resolution
022 | verb | plead with _ to vote in favour/favor of [the] resolution
022 | verb | put/pile/increase pressure on _ to vote in favour/favor of [the] resolution
102 | verb | demand/insist that _ vote in favour/favor of [the] resolution
102 | verb | demand _ vote in favour/favor of [the] resolution
102 | verb | tell/order/instruct/require _ to vote in favour/favor of [the] resolution
102 | verb | say/insist [that] _ must vote in favour/favor of [the] resolution
022 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to back its/their candidate/candidacy/bid
022 | verb | call on/upon _ to back its/their candidate/candidacy/bid
022 | verb | appeal to _ to back its/their candidate/candidacy/bid
022 | verb | plead with _ to back its/their candidate/candidacy/bid
022 | verb | put/pile/increase pressure on _ to back its/their candidate/candidacy/bid
102 | verb | demand/insist that _ back its/their candidate/candidacy/bid
102 | verb | demand _ back its/their candidate/candidacy/bid
102 | verb | tell/order/instruct/require _ to back its/their candidate/candidacy/bid
102 | verb | say/insist [that] _ must back its/their candidate/candidacy/bid
022 | verb | call/appeal/press/push/plead/ask/lobby for diplomatic/political support/backing from _
022 | verb | seek/urge diplomatic/political support/backing from _
022 | verb | make/issue/launch [a/an] call/appeal/plea for diplomatic/political support/backing from _
022 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for diplomatic/political support/backing from _
022 | noun | call/appeal/plea/request for diplomatic/political support/backing from _
102 | verb | demand diplomatic/political support/backing from _
102 | verb | insist on diplomatic/political support/backing from _
102 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for diplomatic/political support/backing from _
102 | noun | demand for diplomatic/political support/backing from _
022 | verb | call/appeal/press/push/plead/ask/lobby for support/backing from _ for
022 | verb | seek/urge support/backing from _ for
022 | verb | make/issue/launch [a/an] call/appeal/plea for support/backing from _ for
022 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for support/backing from _ for
022 | noun | call/appeal/plea/request for support/backing from _ for
102 | verb | demand support/backing from _ for
102 | verb | insist on support/backing from _ for
102 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for support/backing from _ for
102 | noun | demand for support/backing from _ for
022 | verb | call/appeal/press/push/plead/ask/lobby for [the] restoration of diplomatic ties/relations with _
022 | verb | seek/urge [the] restoration of diplomatic ties/relations with _
022 | verb | make/issue/launch [a/an] call/appeal/plea for [the] restoration of diplomatic ties/relations with _
022 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [the] restoration of diplomatic ties/relations with _
022 | noun | call/appeal/plea/request for [the] restoration of diplomatic ties/relations with _
102 | verb | demand [the] restoration of diplomatic ties/relations with _
102 | verb | insist on [the] restoration of diplomatic ties/relations with _
102 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [the] restoration of diplomatic ties/relations with _
102 | noun | demand for [the] restoration of diplomatic ties/relations with _

# 023 / 103  appeal / demand for aid
023 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to provide assistance/help/aid
023 | verb | call on/upon _ to provide assistance/help/aid
023 | verb | appeal to _ to provide assistance/help/aid
023 | verb | plead with _ to provide assistance/help/aid
023 | verb | put/pile/increase pressure on _ to provide assistance/help/aid
103 | verb | demand/insist that _ provide assistance/help/aid
103 | verb | demand _ provide assistance/help/aid
103 | verb | tell/order/instruct/require _ to provide assistance/help/aid
103 | verb | say/insist [that] _ must provide assistance/help/aid
023 | verb | call/appeal/press/push/plead/ask/lobby for help/assistance/aid from _
023 | verb | seek/urge help/assistance/aid from _
023 | verb | make/issue/launch [a/an] call/appeal/plea for help/assistance/aid from _
023 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for help/assistance/aid from _
023 | noun | call/appeal/plea/request for help/assistance/aid from _
103 | verb | demand help/assistance/aid from _
103 | verb | insist on help/assistance/aid from _
103 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for help/assistance/aid from _
103 | noun | demand for help/assistance/aid from _

# 0231 / 1031  appeal / demand for economic aid
0231 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to lend it/them money
0231 | verb | call on/upon _ to lend it/them money
0231 | verb | appeal to _ to lend it/them money
0231 | verb | plead with _ to lend it/them money
0231 | verb | put/pile/increase pressure on _ to lend it/them money
1031 | verb | demand/insist that _ lend it/them money
1031 | verb | demand _ lend it/them money
1031 | verb | tell/order/instruct/require _ to lend it/them money
1031 | verb | say/insist [that] _ must lend it/them money
0231 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to resume [its] aid/funding payments
0231 | verb | call on/upon _ to resume [its] aid/funding payments
0231 | verb | appeal to _ to resume [its] aid/funding payments
0231 | verb | plead with _ to resume [its] aid/funding payments
0231 | verb | put/pile/increase pressure on _ to resume [its] aid/funding payments
1031 | verb | demand/insist that _ resume [its] aid/funding payments
1031 | verb | demand _ resume [its] aid/funding payments
1031 | verb | tell/order/instruct/require _ to resume [its] aid/funding payments
1031 | verb | say/insist [that] _ must resume [its] aid/funding payments
0231 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to resume [its] financial/economic aid/assistance/funding
0231 | verb | call on/upon _ to resume [its] financial/economic aid/assistance/funding
0231 | verb | appeal to _ to resume [its] financial/economic aid/assistance/funding
0231 | verb | plead with _ to resume [its] financial/economic aid/assistance/funding
0231 | verb | put/pile/increase pressure on _ to resume [its] financial/economic aid/assistance/funding
1031 | verb | demand/insist that _ resume [its] financial/economic aid/assistance/funding
1031 | verb | demand _ resume [its] financial/economic aid/assistance/funding
1031 | verb | tell/order/instruct/require _ to resume [its] financial/economic aid/assistance/funding
1031 | verb | say/insist [that] _ must resume [its] financial/economic aid/assistance/funding
0231 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to release [the] frozen aid/funds
0231 | verb | call on/upon _ to release [the] frozen aid/funds
0231 | verb | appeal to _ to release [the] frozen aid/funds
0231 | verb | plead with _ to release [the] frozen aid/funds
0231 | verb | put/pile/increase pressure on _ to release [the] frozen aid/funds
1031 | verb | demand/insist that _ release [the] frozen aid/funds
1031 | verb | demand _ release [the] frozen aid/funds
1031 | verb | tell/order/instruct/require _ to release [the] frozen aid/funds
1031 | verb | say/insist [that] _ must release [the] frozen aid/funds
0231 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to write off/cancel/forgive [its/their] debt/debts
0231 | verb | call on/upon _ to write off/cancel/forgive [its/their] debt/debts
0231 | verb | appeal to _ to write off/cancel/forgive [its/their] debt/debts
0231 | verb | plead with _ to write off/cancel/forgive [its/their] debt/debts
0231 | verb | put/pile/increase pressure on _ to write off/cancel/forgive [its/their] debt/debts
1031 | verb | demand/insist that _ write off/cancel/forgive [its/their] debt/debts
1031 | verb | demand _ write off/cancel/forgive [its/their] debt/debts
1031 | verb | tell/order/instruct/require _ to write off/cancel/forgive [its/their] debt/debts
1031 | verb | say/insist [that] _ must write off/cancel/forgive [its/their] debt/debts
0231 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to provide/give/extend/send @economic_aid
0231 | verb | call on/upon _ to provide/give/extend/send @economic_aid
0231 | verb | appeal to _ to provide/give/extend/send @economic_aid
0231 | verb | plead with _ to provide/give/extend/send @economic_aid
0231 | verb | put/pile/increase pressure on _ to provide/give/extend/send @economic_aid
1031 | verb | demand/insist that _ provide/give/extend/send @economic_aid
1031 | verb | demand _ provide/give/extend/send @economic_aid
1031 | verb | tell/order/instruct/require _ to provide/give/extend/send @economic_aid
1031 | verb | say/insist [that] _ must provide/give/extend/send @economic_aid
0231 | verb | call/appeal/press/push/plead/ask/lobby for @economic_aid from _
0231 | verb | seek/urge @economic_aid from _
0231 | verb | make/issue/launch [a/an] call/appeal/plea for @economic_aid from _
0231 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for @economic_aid from _
0231 | noun | call/appeal/plea/request for @economic_aid from _
1031 | verb | demand @economic_aid from _
1031 | verb | insist on @economic_aid from _
1031 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for @economic_aid from _
1031 | noun | demand for @economic_aid from _

# 0232 / 1032  appeal / demand for military aid
0232 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to provide/supply/send/deliver military equipment/hardware/aid/assistance
0232 | verb | call on/upon _ to provide/supply/send/deliver military equipment/hardware/aid/assistance
0232 | verb | appeal to _ to provide/supply/send/deliver military equipment/hardware/aid/assistance
0232 | verb | plead with _ to provide/supply/send/deliver military equipment/hardware/aid/assistance
0232 | verb | put/pile/increase pressure on _ to provide/supply/send/deliver military equipment/hardware/aid/assistance
1032 | verb | demand/insist that _ provide/supply/send/deliver military equipment/hardware/aid/assistance
1032 | verb | demand _ provide/supply/send/deliver military equipment/hardware/aid/assistance
1032 | verb | tell/order/instruct/require _ to provide/supply/send/deliver military equipment/hardware/aid/assistance
1032 | verb | say/insist [that] _ must provide/supply/send/deliver military equipment/hardware/aid/assistance
0232 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to provide/supply/send/deliver @weapons
0232 | verb | call on/upon _ to provide/supply/send/deliver @weapons
0232 | verb | appeal to _ to provide/supply/send/deliver @weapons
0232 | verb | plead with _ to provide/supply/send/deliver @weapons
0232 | verb | put/pile/increase pressure on _ to provide/supply/send/deliver @weapons
1032 | verb | demand/insist that _ provide/supply/send/deliver @weapons
1032 | verb | demand _ provide/supply/send/deliver @weapons
1032 | verb | tell/order/instruct/require _ to provide/supply/send/deliver @weapons
1032 | verb | say/insist [that] _ must provide/supply/send/deliver @weapons
0232 | verb | call/appeal/press/push/plead/ask/lobby for military equipment/hardware/aid/assistance from _
0232 | verb | seek/urge military equipment/hardware/aid/assistance from _
0232 | verb | make/issue/launch [a/an] call/appeal/plea for military equipment/hardware/aid/assistance from _
0232 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for military equipment/hardware/aid/assistance from _
0232 | noun | call/appeal/plea/request for military equipment/hardware/aid/assistance from _
1032 | verb | demand military equipment/hardware/aid/assistance from _
1032 | verb | insist on military equipment/hardware/aid/assistance from _
1032 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for military equipment/hardware/aid/assistance from _
1032 | noun | demand for military equipment/hardware/aid/assistance from _
0232 | verb | call/appeal/press/push/plead/ask/lobby for @weapons from _
0232 | verb | seek/urge @weapons from _
0232 | verb | make/issue/launch [a/an] call/appeal/plea for @weapons from _
0232 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for @weapons from _
0232 | noun | call/appeal/plea/request for @weapons from _
1032 | verb | demand @weapons from _
1032 | verb | insist on @weapons from _
1032 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for @weapons from _
1032 | noun | demand for @weapons from _

# 0233 / 1033  appeal / demand for humanitarian aid
0233 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to provide/give shelter for/to [the] refugees
0233 | verb | call on/upon _ to provide/give shelter for/to [the] refugees
0233 | verb | appeal to _ to provide/give shelter for/to [the] refugees
0233 | verb | plead with _ to provide/give shelter for/to [the] refugees
0233 | verb | put/pile/increase pressure on _ to provide/give shelter for/to [the] refugees
1033 | verb | demand/insist that _ provide/give shelter for/to [the] refugees
1033 | verb | demand _ provide/give shelter for/to [the] refugees
1033 | verb | tell/order/instruct/require _ to provide/give shelter for/to [the] refugees
1033 | verb | say/insist [that] _ must provide/give shelter for/to [the] refugees
0233 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to send/provide/deliver @humanitarian_aid
0233 | verb | call on/upon _ to send/provide/deliver @humanitarian_aid
0233 | verb | appeal to _ to send/provide/deliver @humanitarian_aid
0233 | verb | plead with _ to send/provide/deliver @humanitarian_aid
0233 | verb | put/pile/increase pressure on _ to send/provide/deliver @humanitarian_aid
1033 | verb | demand/insist that _ send/provide/deliver @humanitarian_aid
1033 | verb | demand _ send/provide/deliver @humanitarian_aid
1033 | verb | tell/order/instruct/require _ to send/provide/deliver @humanitarian_aid
1033 | verb | say/insist [that] _ must send/provide/deliver @humanitarian_aid
0233 | verb | call/appeal/press/push/plead/ask/lobby for @humanitarian_aid from _
0233 | verb | seek/urge @humanitarian_aid from _
0233 | verb | make/issue/launch [a/an] call/appeal/plea for @humanitarian_aid from _
0233 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for @humanitarian_aid from _
0233 | noun | call/appeal/plea/request for @humanitarian_aid from _
1033 | verb | demand @humanitarian_aid from _
1033 | verb | insist on @humanitarian_aid from _
1033 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for @humanitarian_aid from _
1033 | noun | demand for @humanitarian_aid from _

# 0234 / 1034  appeal / demand for military protection
0234 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to station/deploy troops/soldiers/forces on/in [its] territory/soil
0234 | verb | call on/upon _ to station/deploy troops/soldiers/forces on/in [its] territory/soil
0234 | verb | appeal to _ to station/deploy troops/soldiers/forces on/in [its] territory/soil
0234 | verb | plead with _ to station/deploy troops/soldiers/forces on/in [its] territory/soil
0234 | verb | put/pile/increase pressure on _ to station/deploy troops/soldiers/forces on/in [its] territory/soil
1034 | verb | demand/insist that _ station/deploy troops/soldiers/forces on/in [its] territory/soil
1034 | verb | demand _ station/deploy troops/soldiers/forces on/in [its] territory/soil
1034 | verb | tell/order/instruct/require _ to station/deploy troops/soldiers/forces on/in [its] territory/soil
1034 | verb | say/insist [that] _ must station/deploy troops/soldiers/forces on/in [its] territory/soil
0234 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to send/deploy [a] peacekeeping force/troops/mission
0234 | verb | call on/upon _ to send/deploy [a] peacekeeping force/troops/mission
0234 | verb | appeal to _ to send/deploy [a] peacekeeping force/troops/mission
0234 | verb | plead with _ to send/deploy [a] peacekeeping force/troops/mission
0234 | verb | put/pile/increase pressure on _ to send/deploy [a] peacekeeping force/troops/mission
1034 | verb | demand/insist that _ send/deploy [a] peacekeeping force/troops/mission
1034 | verb | demand _ send/deploy [a] peacekeeping force/troops/mission
1034 | verb | tell/order/instruct/require _ to send/deploy [a] peacekeeping force/troops/mission
1034 | verb | say/insist [that] _ must send/deploy [a] peacekeeping force/troops/mission
0234 | verb | call/appeal/press/push/plead/ask/lobby for peacekeepers from _
0234 | verb | seek/urge peacekeepers from _
0234 | verb | make/issue/launch [a/an] call/appeal/plea for peacekeepers from _
0234 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for peacekeepers from _
0234 | noun | call/appeal/plea/request for peacekeepers from _
1034 | verb | demand peacekeepers from _
1034 | verb | insist on peacekeepers from _
1034 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for peacekeepers from _
1034 | noun | demand for peacekeepers from _
0234 | verb | call/appeal/press/push/plead/ask/lobby for peacekeeping troops/forces from _
0234 | verb | seek/urge peacekeeping troops/forces from _
0234 | verb | make/issue/launch [a/an] call/appeal/plea for peacekeeping troops/forces from _
0234 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for peacekeeping troops/forces from _
0234 | noun | call/appeal/plea/request for peacekeeping troops/forces from _
1034 | verb | demand peacekeeping troops/forces from _
1034 | verb | insist on peacekeeping troops/forces from _
1034 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for peacekeeping troops/forces from _
1034 | noun | demand for peacekeeping troops/forces from _
0234 | verb | call/appeal/press/push/plead/ask/lobby for [a] peacekeeping force from _
0234 | verb | seek/urge [a] peacekeeping force from _
0234 | verb | make/issue/launch [a/an] call/appeal/plea for [a] peacekeeping force from _
0234 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [a] peacekeeping force from _
0234 | noun | call/appeal/plea/request for [a] peacekeeping force from _
1034 | verb | demand [a] peacekeeping force from _
1034 | verb | insist on [a] peacekeeping force from _
1034 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [a] peacekeeping force from _
1034 | noun | demand for [a] peacekeeping force from _

# 024 / 104  appeal / demand for political reform
024 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to carry out political reform/reforms
024 | verb | call on/upon _ to carry out political reform/reforms
024 | verb | appeal to _ to carry out political reform/reforms
024 | verb | plead with _ to carry out political reform/reforms
024 | verb | put/pile/increase pressure on _ to carry out political reform/reforms
104 | verb | demand/insist that _ carry out political reform/reforms
104 | verb | demand _ carry out political reform/reforms
104 | verb | tell/order/instruct/require _ to carry out political reform/reforms
104 | verb | say/insist [that] _ must carry out political reform/reforms
024 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to implement/undertake political reform/reforms
024 | verb | call on/upon _ to implement/undertake political reform/reforms
024 | verb | appeal to _ to implement/undertake political reform/reforms
024 | verb | plead with _ to implement/undertake political reform/reforms
024 | verb | put/pile/increase pressure on _ to implement/undertake political reform/reforms
104 | verb | demand/insist that _ implement/undertake political reform/reforms
104 | verb | demand _ implement/undertake political reform/reforms
104 | verb | tell/order/instruct/require _ to implement/undertake political reform/reforms
104 | verb | say/insist [that] _ must implement/undertake political reform/reforms
024 | verb | call/appeal/press/push/plead/ask/lobby for political reform/reforms in _
024 | verb | seek/urge political reform/reforms in _
024 | verb | make/issue/launch [a/an] call/appeal/plea for political reform/reforms in _
024 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for political reform/reforms in _
024 | noun | call/appeal/plea/request for political reform/reforms in _
104 | verb | demand political reform/reforms in _
104 | verb | insist on political reform/reforms in _
104 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for political reform/reforms in _
104 | noun | demand for political reform/reforms in _

# 0241 / 1041  appeal / demand for leadership change
0241 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to sack/dismiss/fire/remove [the] interior/defence/defense/finance/foreign/justice/army minister/chief
0241 | verb | call on/upon _ to sack/dismiss/fire/remove [the] interior/defence/defense/finance/foreign/justice/army minister/chief
0241 | verb | appeal to _ to sack/dismiss/fire/remove [the] interior/defence/defense/finance/foreign/justice/army minister/chief
0241 | verb | plead with _ to sack/dismiss/fire/remove [the] interior/defence/defense/finance/foreign/justice/army minister/chief
0241 | verb | put/pile/increase pressure on _ to sack/dismiss/fire/remove [the] interior/defence/defense/finance/foreign/justice/army minister/chief
1041 | verb | demand/insist that _ sack/dismiss/fire/remove [the] interior/defence/defense/finance/foreign/justice/army minister/chief
1041 | verb | demand _ sack/dismiss/fire/remove [the] interior/defence/defense/finance/foreign/justice/army minister/chief
1041 | verb | tell/order/instruct/require _ to sack/dismiss/fire/remove [the] interior/defence/defense/finance/foreign/justice/army minister/chief
1041 | verb | say/insist [that] _ must sack/dismiss/fire/remove [the] interior/defence/defense/finance/foreign/justice/army minister/chief
0241 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to quit
0241 | verb | call on/upon _ to quit
0241 | verb | plead with _ to quit
0241 | verb | put/pile/increase pressure on _ to quit
1041 | verb | demand/insist that _ quit
1041 | verb | demand _ quit
1041 | verb | tell/order/instruct/require _ to quit
1041 | verb | say/insist [that] _ must quit
0241 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to step down
0241 | verb | call on/upon _ to step down
0241 | verb | plead with _ to step down
0241 | verb | put/pile/increase pressure on _ to step down
1041 | verb | demand/insist that _ step down
1041 | verb | demand _ step down
1041 | verb | tell/order/instruct/require _ to step down
1041 | verb | say/insist [that] _ must step down
0241 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to resign
0241 | verb | call on/upon _ to resign
0241 | verb | plead with _ to resign
0241 | verb | put/pile/increase pressure on _ to resign
1041 | verb | demand/insist that _ resign
1041 | verb | demand _ resign
1041 | verb | tell/order/instruct/require _ to resign
1041 | verb | say/insist [that] _ must resign
0241 | verb | call/appeal/press/push/plead/ask/lobby for [the] dismissal/sacking/removal/ouster/resignation/impeachment of
0241 | verb | seek/urge [the] dismissal/sacking/removal/ouster/resignation/impeachment of
0241 | verb | make/issue/launch [a/an] call/appeal/plea for [the] dismissal/sacking/removal/ouster/resignation/impeachment of
0241 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [the] dismissal/sacking/removal/ouster/resignation/impeachment of
0241 | noun | call/appeal/plea/request for [the] dismissal/sacking/removal/ouster/resignation/impeachment of
1041 | verb | demand [the] dismissal/sacking/removal/ouster/resignation/impeachment of
1041 | verb | insist on [the] dismissal/sacking/removal/ouster/resignation/impeachment of
1041 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [the] dismissal/sacking/removal/ouster/resignation/impeachment of
1041 | noun | demand for [the] dismissal/sacking/removal/ouster/resignation/impeachment of
0241 | verb | call/appeal/press/push/plead/ask/lobby for [a] change of leadership/leader in _
0241 | verb | seek/urge [a] change of leadership/leader in _
0241 | verb | make/issue/launch [a/an] call/appeal/plea for [a] change of leadership/leader in _
0241 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [a] change of leadership/leader in _
0241 | noun | call/appeal/plea/request for [a] change of leadership/leader in _
1041 | verb | demand [a] change of leadership/leader in _
1041 | verb | insist on [a] change of leadership/leader in _
1041 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [a] change of leadership/leader in _
1041 | noun | demand for [a] change of leadership/leader in _

# 0242 / 1042  appeal / demand for policy change
0242 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to drop/abandon/scrap/shelve [its/their] plans/plan for/to
0242 | verb | call on/upon _ to drop/abandon/scrap/shelve [its/their] plans/plan for/to
0242 | verb | appeal to _ to drop/abandon/scrap/shelve [its/their] plans/plan for/to
0242 | verb | plead with _ to drop/abandon/scrap/shelve [its/their] plans/plan for/to
0242 | verb | put/pile/increase pressure on _ to drop/abandon/scrap/shelve [its/their] plans/plan for/to
1042 | verb | demand/insist that _ drop/abandon/scrap/shelve [its/their] plans/plan for/to
1042 | verb | demand _ drop/abandon/scrap/shelve [its/their] plans/plan for/to
1042 | verb | tell/order/instruct/require _ to drop/abandon/scrap/shelve [its/their] plans/plan for/to
1042 | verb | say/insist [that] _ must drop/abandon/scrap/shelve [its/their] plans/plan for/to
0242 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to reconsider/rethink/repeal/withdraw/amend/scrap [the] [controversial] security/tax/media/citizenship/labour/labor/land/press law/bill/legislation
0242 | verb | call on/upon _ to reconsider/rethink/repeal/withdraw/amend/scrap [the] [controversial] security/tax/media/citizenship/labour/labor/land/press law/bill/legislation
0242 | verb | appeal to _ to reconsider/rethink/repeal/withdraw/amend/scrap [the] [controversial] security/tax/media/citizenship/labour/labor/land/press law/bill/legislation
0242 | verb | plead with _ to reconsider/rethink/repeal/withdraw/amend/scrap [the] [controversial] security/tax/media/citizenship/labour/labor/land/press law/bill/legislation
0242 | verb | put/pile/increase pressure on _ to reconsider/rethink/repeal/withdraw/amend/scrap [the] [controversial] security/tax/media/citizenship/labour/labor/land/press law/bill/legislation
1042 | verb | demand/insist that _ reconsider/rethink/repeal/withdraw/amend/scrap [the] [controversial] security/tax/media/citizenship/labour/labor/land/press law/bill/legislation
1042 | verb | demand _ reconsider/rethink/repeal/withdraw/amend/scrap [the] [controversial] security/tax/media/citizenship/labour/labor/land/press law/bill/legislation
1042 | verb | tell/order/instruct/require _ to reconsider/rethink/repeal/withdraw/amend/scrap [the] [controversial] security/tax/media/citizenship/labour/labor/land/press law/bill/legislation
1042 | verb | say/insist [that] _ must reconsider/rethink/repeal/withdraw/amend/scrap [the] [controversial] security/tax/media/citizenship/labour/labor/land/press law/bill/legislation
0242 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to reverse [its/their] decision/policy
0242 | verb | call on/upon _ to reverse [its/their] decision/policy
0242 | verb | appeal to _ to reverse [its/their] decision/policy
0242 | verb | plead with _ to reverse [its/their] decision/policy
0242 | verb | put/pile/increase pressure on _ to reverse [its/their] decision/policy
1042 | verb | demand/insist that _ reverse [its/their] decision/policy
1042 | verb | demand _ reverse [its/their] decision/policy
1042 | verb | tell/order/instruct/require _ to reverse [its/their] decision/policy
1042 | verb | say/insist [that] _ must reverse [its/their] decision/policy
0242 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to remove/scrap/cut/end/abolish [its/their] [costly] fuel/food/energy/farm/electricity subsidies/subsidy
0242 | verb | call on/upon _ to remove/scrap/cut/end/abolish [its/their] [costly] fuel/food/energy/farm/electricity subsidies/subsidy
0242 | verb | appeal to _ to remove/scrap/cut/end/abolish [its/their] [costly] fuel/food/energy/farm/electricity subsidies/subsidy
0242 | verb | plead with _ to remove/scrap/cut/end/abolish [its/their] [costly] fuel/food/energy/farm/electricity subsidies/subsidy
0242 | verb | put/pile/increase pressure on _ to remove/scrap/cut/end/abolish [its/their] [costly] fuel/food/energy/farm/electricity subsidies/subsidy
1042 | verb | demand/insist that _ remove/scrap/cut/end/abolish [its/their] [costly] fuel/food/energy/farm/electricity subsidies/subsidy
1042 | verb | demand _ remove/scrap/cut/end/abolish [its/their] [costly] fuel/food/energy/farm/electricity subsidies/subsidy
1042 | verb | tell/order/instruct/require _ to remove/scrap/cut/end/abolish [its/their] [costly] fuel/food/energy/farm/electricity subsidies/subsidy
1042 | verb | say/insist [that] _ must remove/scrap/cut/end/abolish [its/their] [costly] fuel/food/energy/farm/electricity subsidies/subsidy
0242 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to phase out [its/their] [costly] fuel/food/energy/farm/electricity subsidies/subsidy
0242 | verb | call on/upon _ to phase out [its/their] [costly] fuel/food/energy/farm/electricity subsidies/subsidy
0242 | verb | appeal to _ to phase out [its/their] [costly] fuel/food/energy/farm/electricity subsidies/subsidy
0242 | verb | plead with _ to phase out [its/their] [costly] fuel/food/energy/farm/electricity subsidies/subsidy
0242 | verb | put/pile/increase pressure on _ to phase out [its/their] [costly] fuel/food/energy/farm/electricity subsidies/subsidy
1042 | verb | demand/insist that _ phase out [its/their] [costly] fuel/food/energy/farm/electricity subsidies/subsidy
1042 | verb | demand _ phase out [its/their] [costly] fuel/food/energy/farm/electricity subsidies/subsidy
1042 | verb | tell/order/instruct/require _ to phase out [its/their] [costly] fuel/food/energy/farm/electricity subsidies/subsidy
1042 | verb | say/insist [that] _ must phase out [its/their] [costly] fuel/food/energy/farm/electricity subsidies/subsidy
0242 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to push/press/go ahead with [the] removal/scrapping/abolition/reform/reforms/privatisation/privatization
0242 | verb | call on/upon _ to push/press/go ahead with [the] removal/scrapping/abolition/reform/reforms/privatisation/privatization
0242 | verb | appeal to _ to push/press/go ahead with [the] removal/scrapping/abolition/reform/reforms/privatisation/privatization
0242 | verb | plead with _ to push/press/go ahead with [the] removal/scrapping/abolition/reform/reforms/privatisation/privatization
0242 | verb | put/pile/increase pressure on _ to push/press/go ahead with [the] removal/scrapping/abolition/reform/reforms/privatisation/privatization
1042 | verb | demand/insist that _ push/press/go ahead with [the] removal/scrapping/abolition/reform/reforms/privatisation/privatization
1042 | verb | demand _ push/press/go ahead with [the] removal/scrapping/abolition/reform/reforms/privatisation/privatization
1042 | verb | tell/order/instruct/require _ to push/press/go ahead with [the] removal/scrapping/abolition/reform/reforms/privatisation/privatization
1042 | verb | say/insist [that] _ must push/press/go ahead with [the] removal/scrapping/abolition/reform/reforms/privatisation/privatization
0242 | verb | call/appeal/press/push/plead/ask/lobby for [a] change/changes in/to [the] policy/policies of _
0242 | verb | seek/urge [a] change/changes in/to [the] policy/policies of _
0242 | verb | make/issue/launch [a/an] call for [a] change/changes in/to [the] policy/policies of _
0242 | verb | make/issue/launch [a/an] appeal/plea for [a] change/changes in/to [the] policy/policies of _
0242 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [a] change/changes in/to [the] policy/policies of _
0242 | noun | call/appeal/plea/request for [a] change/changes in/to [the] policy/policies of _
1042 | verb | demand [a] change/changes in/to [the] policy/policies of _
1042 | verb | insist on [a] change/changes in/to [the] policy/policies of _
1042 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [a] change/changes in/to [the] policy/policies of _
1042 | noun | demand for [a] change/changes in/to [the] policy/policies of _
0242 | verb | call/appeal/press/push/plead/ask/lobby for [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law/bill/legislation
0242 | verb | call/appeal/press/push/plead/ask/lobby for [the] withdrawal/reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
0242 | verb | call/appeal/press/push/plead/ask/lobby for [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill/legislation
0242 | verb | call/appeal/press/push/plead/ask/lobby for [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill/legislation
0242 | verb | seek/urge [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law/bill/legislation
0242 | verb | seek/urge [the] withdrawal/reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
0242 | verb | seek/urge [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill/legislation
0242 | verb | seek/urge [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill/legislation
0242 | verb | make/issue/launch [a/an] call for [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
0242 | verb | make/issue/launch [a/an] call for [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill
0242 | verb | make/issue/launch [a/an] call for [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] legislation
0242 | verb | make/issue/launch [a/an] call for [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
0242 | verb | make/issue/launch [a/an] call for [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
0242 | verb | make/issue/launch [a/an] call for [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill
0242 | verb | make/issue/launch [a/an] call for [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] legislation
0242 | verb | make/issue/launch [a/an] call for [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill
0242 | verb | make/issue/launch [a/an] call for [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] legislation
0242 | verb | make/issue/launch [a/an] appeal for [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
0242 | verb | make/issue/launch [a/an] plea for [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
0242 | verb | make/issue/launch [a/an] appeal for [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill
0242 | verb | make/issue/launch [a/an] appeal for [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] legislation
0242 | verb | make/issue/launch [a/an] plea for [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill
0242 | verb | make/issue/launch [a/an] plea for [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] legislation
0242 | verb | make/issue/launch [a/an] appeal for [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
0242 | verb | make/issue/launch [a/an] appeal for [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
0242 | verb | make/issue/launch [a/an] plea for [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
0242 | verb | make/issue/launch [a/an] plea for [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
0242 | verb | make/issue/launch [a/an] appeal for [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill
0242 | verb | make/issue/launch [a/an] appeal for [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] legislation
0242 | verb | make/issue/launch [a/an] appeal for [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill
0242 | verb | make/issue/launch [a/an] appeal for [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] legislation
0242 | verb | make/issue/launch [a/an] plea for [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill
0242 | verb | make/issue/launch [a/an] plea for [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] legislation
0242 | verb | make/issue/launch [a/an] plea for [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill
0242 | verb | make/issue/launch [a/an] plea for [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] legislation
0242 | verb | renew/reiterate/repeat [its/their] call for [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
0242 | verb | renew/reiterate/repeat [its/their] calls for [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
0242 | verb | renew/reiterate/repeat [its/their] call for [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill
0242 | verb | renew/reiterate/repeat [its/their] call for [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] legislation
0242 | verb | renew/reiterate/repeat [its/their] calls for [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill
0242 | verb | renew/reiterate/repeat [its/their] calls for [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] legislation
0242 | verb | renew/reiterate/repeat [its/their] call for [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
0242 | verb | renew/reiterate/repeat [its/their] call for [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
0242 | verb | renew/reiterate/repeat [its/their] calls for [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
0242 | verb | renew/reiterate/repeat [its/their] calls for [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
0242 | verb | renew/reiterate/repeat [its/their] call for [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill
0242 | verb | renew/reiterate/repeat [its/their] call for [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] legislation
0242 | verb | renew/reiterate/repeat [its/their] call for [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill
0242 | verb | renew/reiterate/repeat [its/their] call for [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] legislation
0242 | verb | renew/reiterate/repeat [its/their] calls for [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill
0242 | verb | renew/reiterate/repeat [its/their] calls for [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] legislation
0242 | verb | renew/reiterate/repeat [its/their] calls for [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill
0242 | verb | renew/reiterate/repeat [its/their] calls for [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] legislation
0242 | verb | renew/reiterate/repeat [its/their] appeal for [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
0242 | verb | renew/reiterate/repeat [its/their] appeals for [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
0242 | verb | renew/reiterate/repeat [its/their] appeal for [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill
0242 | verb | renew/reiterate/repeat [its/their] appeal for [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] legislation
0242 | verb | renew/reiterate/repeat [its/their] appeals for [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill
0242 | verb | renew/reiterate/repeat [its/their] appeals for [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] legislation
0242 | verb | renew/reiterate/repeat [its/their] appeal for [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
0242 | verb | renew/reiterate/repeat [its/their] appeal for [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
0242 | verb | renew/reiterate/repeat [its/their] appeals for [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
0242 | verb | renew/reiterate/repeat [its/their] appeals for [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
0242 | verb | renew/reiterate/repeat [its/their] appeal for [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill
0242 | verb | renew/reiterate/repeat [its/their] appeal for [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] legislation
0242 | verb | renew/reiterate/repeat [its/their] appeal for [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill
0242 | verb | renew/reiterate/repeat [its/their] appeal for [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] legislation
0242 | verb | renew/reiterate/repeat [its/their] appeals for [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill
0242 | verb | renew/reiterate/repeat [its/their] appeals for [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] legislation
0242 | verb | renew/reiterate/repeat [its/their] appeals for [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill
0242 | verb | renew/reiterate/repeat [its/their] appeals for [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] legislation
0242 | noun | call/appeal/plea/request for [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law/bill/legislation
0242 | noun | call/appeal/plea/request for [the] withdrawal/reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
0242 | noun | call/appeal/plea/request for [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill/legislation
0242 | noun | call/appeal/plea/request for [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill/legislation
1042 | verb | demand [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law/bill/legislation
1042 | verb | demand [the] withdrawal/reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
1042 | verb | demand [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill/legislation
1042 | verb | demand [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill/legislation
1042 | verb | insist on [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law/bill/legislation
1042 | verb | insist on [the] withdrawal/reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
1042 | verb | insist on [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill/legislation
1042 | verb | insist on [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill/legislation
1042 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand for [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
1042 | verb | renew/reiterate/repeat/issue/make [its/their/a] demands for [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
1042 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand for [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill
1042 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand for [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] legislation
1042 | verb | renew/reiterate/repeat/issue/make [its/their/a] demands for [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill
1042 | verb | renew/reiterate/repeat/issue/make [its/their/a] demands for [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] legislation
1042 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand for [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
1042 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand for [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
1042 | verb | renew/reiterate/repeat/issue/make [its/their/a] demands for [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
1042 | verb | renew/reiterate/repeat/issue/make [its/their/a] demands for [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
1042 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand for [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill
1042 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand for [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] legislation
1042 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand for [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill
1042 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand for [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] legislation
1042 | verb | renew/reiterate/repeat/issue/make [its/their/a] demands for [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill
1042 | verb | renew/reiterate/repeat/issue/make [its/their/a] demands for [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] legislation
1042 | verb | renew/reiterate/repeat/issue/make [its/their/a] demands for [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill
1042 | verb | renew/reiterate/repeat/issue/make [its/their/a] demands for [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] legislation
1042 | noun | demand for [the] repeal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law/bill/legislation
1042 | noun | demand for [the] withdrawal/reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] law
1042 | noun | demand for [the] withdrawal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill/legislation
1042 | noun | demand for [the] reversal of [the] [controversial] [tax/security/media/citizenship/labour/labor/land/press] bill/legislation
0242 | verb | call/appeal/press/push/plead/ask/lobby for [the] reversal of [the] decision by _
0242 | verb | seek/urge [the] reversal of [the] decision by _
0242 | verb | make/issue/launch [a/an] call/appeal/plea for [the] reversal of [the] decision by _
0242 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [the] reversal of [the] decision by _
0242 | noun | call/appeal/plea/request for [the] reversal of [the] decision by _
1042 | verb | demand [the] reversal of [the] decision by _
1042 | verb | insist on [the] reversal of [the] decision by _
1042 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [the] reversal of [the] decision by _
1042 | noun | demand for [the] reversal of [the] decision by _
0242 | verb | call/appeal/press/push/plead/ask/lobby for [a] rethink of [the] policy of _
0242 | verb | seek/urge [a] rethink of [the] policy of _
0242 | verb | make/issue/launch [a/an] call/appeal/plea for [a] rethink of [the] policy of _
0242 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [a] rethink of [the] policy of _
0242 | noun | call/appeal/plea/request for [a] rethink of [the] policy of _
1042 | verb | demand [a] rethink of [the] policy of _
1042 | verb | insist on [a] rethink of [the] policy of _
1042 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [a] rethink of [the] policy of _
1042 | noun | demand for [a] rethink of [the] policy of _

# 0243 / 1043  appeal / demand for rights
0243 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to uphold/respect/protect/guarantee [the] rights of
0243 | verb | call on/upon _ to uphold/respect/protect/guarantee [the] rights of
0243 | verb | appeal to _ to uphold/respect/protect/guarantee [the] rights of
0243 | verb | plead with _ to uphold/respect/protect/guarantee [the] rights of
0243 | verb | put/pile/increase pressure on _ to uphold/respect/protect/guarantee [the] rights of
1043 | verb | demand/insist that _ uphold/respect/protect/guarantee [the] rights of
1043 | verb | demand _ uphold/respect/protect/guarantee [the] rights of
1043 | verb | tell/order/instruct/require _ to uphold/respect/protect/guarantee [the] rights of
1043 | verb | say/insist [that] _ must uphold/respect/protect/guarantee [the] rights of
0243 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to stop/end persecuting/harassing/targeting [religious/ethnic] minorities/Christians/Muslims/dissidents/journalists/activists/gays
0243 | verb | call on/upon _ to stop/end persecuting/harassing/targeting [religious/ethnic] minorities/Christians/Muslims/dissidents/journalists/activists/gays
0243 | verb | appeal to _ to stop/end persecuting/harassing/targeting [religious/ethnic] minorities/Christians/Muslims/dissidents/journalists/activists/gays
0243 | verb | plead with _ to stop/end persecuting/harassing/targeting [religious/ethnic] minorities/Christians/Muslims/dissidents/journalists/activists/gays
0243 | verb | put/pile/increase pressure on _ to stop/end persecuting/harassing/targeting [religious/ethnic] minorities/Christians/Muslims/dissidents/journalists/activists/gays
1043 | verb | demand/insist that _ stop/end persecuting/harassing/targeting [religious/ethnic] minorities/Christians/Muslims/dissidents/journalists/activists/gays
1043 | verb | demand _ stop/end persecuting/harassing/targeting [religious/ethnic] minorities/Christians/Muslims/dissidents/journalists/activists/gays
1043 | verb | tell/order/instruct/require _ to stop/end persecuting/harassing/targeting [religious/ethnic] minorities/Christians/Muslims/dissidents/journalists/activists/gays
1043 | verb | say/insist [that] _ must stop/end persecuting/harassing/targeting [religious/ethnic] minorities/Christians/Muslims/dissidents/journalists/activists/gays
0243 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to guarantee/respect/allow freedom of [the] speech/expression/assembly/worship/religion/press
0243 | verb | call on/upon _ to guarantee/respect/allow freedom of [the] speech/expression/assembly/worship/religion/press
0243 | verb | appeal to _ to guarantee/respect/allow freedom of [the] speech/expression/assembly/worship/religion/press
0243 | verb | plead with _ to guarantee/respect/allow freedom of [the] speech/expression/assembly/worship/religion/press
0243 | verb | put/pile/increase pressure on _ to guarantee/respect/allow freedom of [the] speech/expression/assembly/worship/religion/press
1043 | verb | demand/insist that _ guarantee/respect/allow freedom of [the] speech/expression/assembly/worship/religion/press
1043 | verb | demand _ guarantee/respect/allow freedom of [the] speech/expression/assembly/worship/religion/press
1043 | verb | tell/order/instruct/require _ to guarantee/respect/allow freedom of [the] speech/expression/assembly/worship/religion/press
1043 | verb | say/insist [that] _ must guarantee/respect/allow freedom of [the] speech/expression/assembly/worship/religion/press
0243 | verb | call/appeal/press/push/plead/ask/lobby for [the] protection of minority/human/civil rights in _
0243 | verb | seek/urge [the] protection of minority/human/civil rights in _
0243 | verb | make/issue/launch [a/an] call/appeal/plea for [the] protection of minority/human/civil rights in _
0243 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [the] protection of minority/human/civil rights in _
0243 | noun | call/appeal/plea/request for [the] protection of minority/human/civil rights in _
1043 | verb | demand [the] protection of minority/human/civil rights in _
1043 | verb | insist on [the] protection of minority/human/civil rights in _
1043 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [the] protection of minority/human/civil rights in _
1043 | noun | demand for [the] protection of minority/human/civil rights in _
0243 | verb | call/appeal/press/push/plead/ask/lobby for equal rights for women/minorities in _
0243 | verb | seek/urge equal rights for women/minorities in _
0243 | verb | make/issue/launch [a/an] call/appeal/plea for equal rights for women/minorities in _
0243 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for equal rights for women/minorities in _
0243 | noun | call/appeal/plea/request for equal rights for women/minorities in _
1043 | verb | demand equal rights for women/minorities in _
1043 | verb | insist on equal rights for women/minorities in _
1043 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for equal rights for women/minorities in _
1043 | noun | demand for equal rights for women/minorities in _
0243 | verb | call/appeal/press/push/plead/ask/lobby for [the] right/rights to/of
0243 | verb | seek/urge [the] right/rights to/of
0243 | verb | make/issue/launch [a/an] call/appeal/plea for [the] right/rights to/of
0243 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [the] right/rights to/of
0243 | noun | call/appeal/plea/request for [the] right/rights to/of
1043 | verb | demand [the] right/rights to/of
1043 | verb | insist on [the] right/rights to/of
1043 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [the] right/rights to/of
1043 | noun | demand for [the] right/rights to/of

# 0244 / 1044  appeal / demand for institutional change
0244 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to amend/rewrite/change [the] constitution
0244 | verb | call on/upon _ to amend/rewrite/change [the] constitution
0244 | verb | appeal to _ to amend/rewrite/change [the] constitution
0244 | verb | plead with _ to amend/rewrite/change [the] constitution
0244 | verb | put/pile/increase pressure on _ to amend/rewrite/change [the] constitution
1044 | verb | demand/insist that _ amend/rewrite/change [the] constitution
1044 | verb | demand _ amend/rewrite/change [the] constitution
1044 | verb | tell/order/instruct/require _ to amend/rewrite/change [the] constitution
1044 | verb | say/insist [that] _ must amend/rewrite/change [the] constitution
0244 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to hand/transfer/return power to civilians
0244 | verb | call on/upon _ to hand/transfer/return power to civilians
0244 | verb | appeal to _ to hand/transfer/return power to civilians
0244 | verb | plead with _ to hand/transfer/return power to civilians
0244 | verb | put/pile/increase pressure on _ to hand/transfer/return power to civilians
1044 | verb | demand/insist that _ hand/transfer/return power to civilians
1044 | verb | demand _ hand/transfer/return power to civilians
1044 | verb | tell/order/instruct/require _ to hand/transfer/return power to civilians
1044 | verb | say/insist [that] _ must hand/transfer/return power to civilians
0244 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to hand/transfer/return power to [a] civilian/elected government/authority/administration
0244 | verb | call on/upon _ to hand/transfer/return power to [a] civilian/elected government/authority/administration
0244 | verb | appeal to _ to hand/transfer/return power to [a] civilian/elected government/authority/administration
0244 | verb | plead with _ to hand/transfer/return power to [a] civilian/elected government/authority/administration
0244 | verb | put/pile/increase pressure on _ to hand/transfer/return power to [a] civilian/elected government/authority/administration
1044 | verb | demand/insist that _ hand/transfer/return power to [a] civilian/elected government/authority/administration
1044 | verb | demand _ hand/transfer/return power to [a] civilian/elected government/authority/administration
1044 | verb | tell/order/instruct/require _ to hand/transfer/return power to [a] civilian/elected government/authority/administration
1044 | verb | say/insist [that] _ must hand/transfer/return power to [a] civilian/elected government/authority/administration
0244 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to restore democracy
0244 | verb | call on/upon _ to restore democracy
0244 | verb | plead with _ to restore democracy
0244 | verb | put/pile/increase pressure on _ to restore democracy
1044 | verb | demand/insist that _ restore democracy
1044 | verb | demand _ restore democracy
1044 | verb | tell/order/instruct/require _ to restore democracy
1044 | verb | say/insist [that] _ must restore democracy
0244 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to restore democratic/constitutional rule/order
0244 | verb | call on/upon _ to restore democratic/constitutional rule/order
0244 | verb | appeal to _ to restore democratic/constitutional rule/order
0244 | verb | plead with _ to restore democratic/constitutional rule/order
0244 | verb | put/pile/increase pressure on _ to restore democratic/constitutional rule/order
1044 | verb | demand/insist that _ restore democratic/constitutional rule/order
1044 | verb | demand _ restore democratic/constitutional rule/order
1044 | verb | tell/order/instruct/require _ to restore democratic/constitutional rule/order
1044 | verb | say/insist [that] _ must restore democratic/constitutional rule/order
0244 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to reform [the] judiciary/constitution
0244 | verb | call on/upon _ to reform [the] judiciary/constitution
0244 | verb | appeal to _ to reform [the] judiciary/constitution
0244 | verb | plead with _ to reform [the] judiciary/constitution
0244 | verb | put/pile/increase pressure on _ to reform [the] judiciary/constitution
1044 | verb | demand/insist that _ reform [the] judiciary/constitution
1044 | verb | demand _ reform [the] judiciary/constitution
1044 | verb | tell/order/instruct/require _ to reform [the] judiciary/constitution
1044 | verb | say/insist [that] _ must reform [the] judiciary/constitution
0244 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to reform [the] electoral system/law/code
0244 | verb | call on/upon _ to reform [the] electoral system/law/code
0244 | verb | appeal to _ to reform [the] electoral system/law/code
0244 | verb | plead with _ to reform [the] electoral system/law/code
0244 | verb | put/pile/increase pressure on _ to reform [the] electoral system/law/code
1044 | verb | demand/insist that _ reform [the] electoral system/law/code
1044 | verb | demand _ reform [the] electoral system/law/code
1044 | verb | tell/order/instruct/require _ to reform [the] electoral system/law/code
1044 | verb | say/insist [that] _ must reform [the] electoral system/law/code
0244 | verb | call/appeal/press/push/plead/ask/lobby for [the] restoration of democracy in _
0244 | verb | seek/urge [the] restoration of democracy in _
0244 | verb | make/issue/launch [a/an] call/appeal/plea for [the] restoration of democracy in _
0244 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [the] restoration of democracy in _
0244 | noun | call/appeal/plea/request for [the] restoration of democracy in _
1044 | verb | demand [the] restoration of democracy in _
1044 | verb | insist on [the] restoration of democracy in _
1044 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [the] restoration of democracy in _
1044 | noun | demand for [the] restoration of democracy in _
0244 | verb | call/appeal/press/push/plead/ask/lobby for [the] restoration of democratic/constitutional rule/order in _
0244 | verb | seek/urge [the] restoration of democratic/constitutional rule/order in _
0244 | verb | make/issue/launch [a/an] call/appeal/plea for [the] restoration of democratic/constitutional rule/order in _
0244 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [the] restoration of democratic/constitutional rule/order in _
0244 | noun | call/appeal/plea/request for [the] restoration of democratic/constitutional rule/order in _
1044 | verb | demand [the] restoration of democratic/constitutional rule/order in _
1044 | verb | insist on [the] restoration of democratic/constitutional rule/order in _
1044 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [the] restoration of democratic/constitutional rule/order in _
1044 | noun | demand for [the] restoration of democratic/constitutional rule/order in _
0244 | verb | call/appeal/press/push/plead/ask/lobby for free elections in _
0244 | verb | seek/urge free elections in _
0244 | verb | make/issue/launch [a/an] call/appeal/plea for free elections in _
0244 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for free elections in _
0244 | noun | call/appeal/plea/request for free elections in _
1044 | verb | demand free elections in _
1044 | verb | insist on free elections in _
1044 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for free elections in _
1044 | noun | demand for free elections in _
0244 | verb | call/appeal/press/push/plead/ask/lobby for reform of [the] judiciary/constitution in _
0244 | verb | seek/urge reform of [the] judiciary/constitution in _
0244 | verb | make/issue/launch [a/an] call/appeal/plea for reform of [the] judiciary/constitution in _
0244 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for reform of [the] judiciary/constitution in _
0244 | noun | call/appeal/plea/request for reform of [the] judiciary/constitution in _
1044 | verb | demand reform of [the] judiciary/constitution in _
1044 | verb | insist on reform of [the] judiciary/constitution in _
1044 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for reform of [the] judiciary/constitution in _
1044 | noun | demand for reform of [the] judiciary/constitution in _
0244 | verb | call/appeal/press/push/plead/ask/lobby for reform of [the] electoral system/law/code in _
0244 | verb | seek/urge reform of [the] electoral system/law/code in _
0244 | verb | make/issue/launch [a/an] call/appeal/plea for reform of [the] electoral system/law/code in _
0244 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for reform of [the] electoral system/law/code in _
0244 | noun | call/appeal/plea/request for reform of [the] electoral system/law/code in _
1044 | verb | demand reform of [the] electoral system/law/code in _
1044 | verb | insist on reform of [the] electoral system/law/code in _
1044 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for reform of [the] electoral system/law/code in _
1044 | noun | demand for reform of [the] electoral system/law/code in _
0244 | verb | call/appeal/press/push/plead/ask/lobby for democratic reform/reforms in _
0244 | verb | seek/urge democratic reform/reforms in _
0244 | verb | make/issue/launch [a/an] call/appeal/plea for democratic reform/reforms in _
0244 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for democratic reform/reforms in _
0244 | noun | call/appeal/plea/request for democratic reform/reforms in _
1044 | verb | demand democratic reform/reforms in _
1044 | verb | insist on democratic reform/reforms in _
1044 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for democratic reform/reforms in _
1044 | noun | demand for democratic reform/reforms in _

# 025 / -  appeal / demand for yield
025 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to back down
025 | verb | call on/upon _ to back down
025 | verb | plead with _ to back down
025 | verb | put/pile/increase pressure on _ to back down
025 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to make concessions
025 | verb | call on/upon _ to make concessions
025 | verb | plead with _ to make concessions
025 | verb | put/pile/increase pressure on _ to make concessions
025 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to show flexibility
025 | verb | call on/upon _ to show flexibility
025 | verb | plead with _ to show flexibility
025 | verb | put/pile/increase pressure on _ to show flexibility
025 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to compromise
025 | verb | call on/upon _ to compromise
025 | verb | plead with _ to compromise
025 | verb | put/pile/increase pressure on _ to compromise
025 | verb | call/appeal/press/push/plead/ask/lobby for concessions from _
025 | verb | seek/urge concessions from _
025 | verb | make/issue/launch [a/an] call/appeal/plea for concessions from _
025 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for concessions from _
025 | noun | call/appeal/plea/request for concessions from _
025 | verb | call/appeal/press/push/plead/ask/lobby for [a] compromise from _
025 | verb | seek/urge [a] compromise from _
025 | verb | make/issue/launch [a/an] call/appeal/plea for [a] compromise from _
025 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [a] compromise from _
025 | noun | call/appeal/plea/request for [a] compromise from _
025 | verb | call/appeal/press/push/plead/ask/lobby for flexibility from _
025 | verb | seek/urge flexibility from _
025 | verb | make/issue/launch [a/an] call/appeal/plea for flexibility from _
025 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for flexibility from _
025 | noun | call/appeal/plea/request for flexibility from _

# 0251 / 1051  appeal / demand for administrative sanctions
0251 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to lift/end/ease [the] travel/visa ban/bans
0251 | verb | call on/upon _ to lift/end/ease [the] travel/visa ban/bans
0251 | verb | appeal to _ to lift/end/ease [the] travel/visa ban/bans
0251 | verb | plead with _ to lift/end/ease [the] travel/visa ban/bans
0251 | verb | put/pile/increase pressure on _ to lift/end/ease [the] travel/visa ban/bans
1051 | verb | demand/insist that _ lift/end/ease [the] travel/visa ban/bans
1051 | verb | demand _ lift/end/ease [the] travel/visa ban/bans
1051 | verb | tell/order/instruct/require _ to lift/end/ease [the] travel/visa ban/bans
1051 | verb | say/insist [that] _ must lift/end/ease [the] travel/visa ban/bans
0251 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to lift/end [the] curfew
0251 | verb | call on/upon _ to lift/end [the] curfew
0251 | verb | appeal to _ to lift/end [the] curfew
0251 | verb | plead with _ to lift/end [the] curfew
0251 | verb | put/pile/increase pressure on _ to lift/end [the] curfew
1051 | verb | demand/insist that _ lift/end [the] curfew
1051 | verb | demand _ lift/end [the] curfew
1051 | verb | tell/order/instruct/require _ to lift/end [the] curfew
1051 | verb | say/insist [that] _ must lift/end [the] curfew
0251 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to lift/end martial law
0251 | verb | call on/upon _ to lift/end martial law
0251 | verb | appeal to _ to lift/end martial law
0251 | verb | plead with _ to lift/end martial law
0251 | verb | put/pile/increase pressure on _ to lift/end martial law
1051 | verb | demand/insist that _ lift/end martial law
1051 | verb | demand _ lift/end martial law
1051 | verb | tell/order/instruct/require _ to lift/end martial law
1051 | verb | say/insist [that] _ must lift/end martial law
0251 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to lift/end [the] state of emergency
0251 | verb | call on/upon _ to lift/end [the] state of emergency
0251 | verb | appeal to _ to lift/end [the] state of emergency
0251 | verb | plead with _ to lift/end [the] state of emergency
0251 | verb | put/pile/increase pressure on _ to lift/end [the] state of emergency
1051 | verb | demand/insist that _ lift/end [the] state of emergency
1051 | verb | demand _ lift/end [the] state of emergency
1051 | verb | tell/order/instruct/require _ to lift/end [the] state of emergency
1051 | verb | say/insist [that] _ must lift/end [the] state of emergency
0251 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to restore internet/phone/mobile access/service/services
0251 | verb | call on/upon _ to restore internet/phone/mobile access/service/services
0251 | verb | appeal to _ to restore internet/phone/mobile access/service/services
0251 | verb | plead with _ to restore internet/phone/mobile access/service/services
0251 | verb | put/pile/increase pressure on _ to restore internet/phone/mobile access/service/services
1051 | verb | demand/insist that _ restore internet/phone/mobile access/service/services
1051 | verb | demand _ restore internet/phone/mobile access/service/services
1051 | verb | tell/order/instruct/require _ to restore internet/phone/mobile access/service/services
1051 | verb | say/insist [that] _ must restore internet/phone/mobile access/service/services
0251 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to ease/lift [the] travel/movement restrictions
0251 | verb | call on/upon _ to ease/lift [the] travel/movement restrictions
0251 | verb | appeal to _ to ease/lift [the] travel/movement restrictions
0251 | verb | plead with _ to ease/lift [the] travel/movement restrictions
0251 | verb | put/pile/increase pressure on _ to ease/lift [the] travel/movement restrictions
1051 | verb | demand/insist that _ ease/lift [the] travel/movement restrictions
1051 | verb | demand _ ease/lift [the] travel/movement restrictions
1051 | verb | tell/order/instruct/require _ to ease/lift [the] travel/movement restrictions
1051 | verb | say/insist [that] _ must ease/lift [the] travel/movement restrictions
0251 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to ease/lift [the] restrictions on movement
0251 | verb | call on/upon _ to ease/lift [the] restrictions on movement
0251 | verb | appeal to _ to ease/lift [the] restrictions on movement
0251 | verb | plead with _ to ease/lift [the] restrictions on movement
0251 | verb | put/pile/increase pressure on _ to ease/lift [the] restrictions on movement
1051 | verb | demand/insist that _ ease/lift [the] restrictions on movement
1051 | verb | demand _ ease/lift [the] restrictions on movement
1051 | verb | tell/order/instruct/require _ to ease/lift [the] restrictions on movement
1051 | verb | say/insist [that] _ must ease/lift [the] restrictions on movement
0251 | verb | call/appeal/press/push/plead/ask/lobby for [the] lifting/easing of [the] travel/visa ban/bans/restrictions [imposed] by/in _
0251 | verb | seek/urge [the] lifting/easing of [the] travel/visa ban/bans/restrictions [imposed] by/in _
0251 | verb | make/issue/launch [a/an] call for [the] lifting/easing of [the] travel/visa ban [imposed] by/in _
0251 | verb | make/issue/launch [a/an] call for [the] lifting of [the] travel/visa bans/restrictions [imposed] by/in _
0251 | verb | make/issue/launch [a/an] call for [the] easing of [the] travel/visa bans/restrictions [imposed] by/in _
0251 | verb | make/issue/launch [a/an] appeal for [the] lifting/easing of [the] travel/visa ban [imposed] by/in _
0251 | verb | make/issue/launch [a/an] plea for [the] lifting/easing of [the] travel/visa ban [imposed] by/in _
0251 | verb | make/issue/launch [a/an] appeal for [the] lifting of [the] travel/visa bans/restrictions [imposed] by/in _
0251 | verb | make/issue/launch [a/an] appeal for [the] easing of [the] travel/visa bans/restrictions [imposed] by/in _
0251 | verb | make/issue/launch [a/an] plea for [the] lifting of [the] travel/visa bans/restrictions [imposed] by/in _
0251 | verb | make/issue/launch [a/an] plea for [the] easing of [the] travel/visa bans/restrictions [imposed] by/in _
0251 | verb | renew/reiterate/repeat [its/their] call/calls for [the] lifting/easing of [the] travel/visa ban [imposed] by/in _
0251 | verb | renew/reiterate/repeat [its/their] call for [the] lifting/easing of [the] travel/visa bans/restrictions [imposed] by/in _
0251 | verb | renew/reiterate/repeat [its/their] calls for [the] lifting/easing of [the] travel/visa bans/restrictions [imposed] by/in _
0251 | verb | renew/reiterate/repeat [its/their] appeal/appeals for [the] lifting/easing of [the] travel/visa ban [imposed] by/in _
0251 | verb | renew/reiterate/repeat [its/their] appeal for [the] lifting/easing of [the] travel/visa bans/restrictions [imposed] by/in _
0251 | verb | renew/reiterate/repeat [its/their] appeals for [the] lifting/easing of [the] travel/visa bans/restrictions [imposed] by/in _
0251 | noun | call/appeal/plea/request for [the] lifting/easing of [the] travel/visa ban/bans/restrictions [imposed] by/in _
1051 | verb | demand [the] lifting/easing of [the] travel/visa ban/bans/restrictions [imposed] by/in _
1051 | verb | insist on [the] lifting/easing of [the] travel/visa ban/bans/restrictions [imposed] by/in _
1051 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand for [the] lifting/easing of [the] travel/visa ban [imposed] by/in _
1051 | verb | renew/reiterate/repeat/issue/make [its/their/a] demands for [the] lifting/easing of [the] travel/visa ban [imposed] by/in _
1051 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand for [the] lifting of [the] travel/visa bans/restrictions [imposed] by/in _
1051 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand for [the] easing of [the] travel/visa bans/restrictions [imposed] by/in _
1051 | verb | renew/reiterate/repeat/issue/make [its/their/a] demands for [the] lifting of [the] travel/visa bans/restrictions [imposed] by/in _
1051 | verb | renew/reiterate/repeat/issue/make [its/their/a] demands for [the] easing of [the] travel/visa bans/restrictions [imposed] by/in _
1051 | noun | demand for [the] lifting/easing of [the] travel/visa ban/bans/restrictions [imposed] by/in _
0251 | verb | call/appeal/press/push/plead/ask/lobby for [the] lifting of martial law in _
0251 | verb | seek/urge [the] lifting of martial law in _
0251 | verb | make/issue/launch [a/an] call/appeal/plea for [the] lifting of martial law in _
0251 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [the] lifting of martial law in _
0251 | noun | call/appeal/plea/request for [the] lifting of martial law in _
1051 | verb | demand [the] lifting of martial law in _
1051 | verb | insist on [the] lifting of martial law in _
1051 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [the] lifting of martial law in _
1051 | noun | demand for [the] lifting of martial law in _
0251 | verb | call/appeal/press/push/plead/ask/lobby for [the] restoration of internet/phone access/service in _
0251 | verb | seek/urge [the] restoration of internet/phone access/service in _
0251 | verb | make/issue/launch [a/an] call/appeal/plea for [the] restoration of internet/phone access/service in _
0251 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [the] restoration of internet/phone access/service in _
0251 | noun | call/appeal/plea/request for [the] restoration of internet/phone access/service in _
1051 | verb | demand [the] restoration of internet/phone access/service in _
1051 | verb | insist on [the] restoration of internet/phone access/service in _
1051 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [the] restoration of internet/phone access/service in _
1051 | noun | demand for [the] restoration of internet/phone access/service in _
0251 | verb | call/appeal/press/push/plead/ask/lobby for [the] lifting of [the] ban on [political/opposition] parties/rallies/protests/demonstrations
0251 | verb | seek/urge [the] lifting of [the] ban on [political/opposition] parties/rallies/protests/demonstrations
0251 | verb | make/issue/launch [a/an] call/appeal/plea for [the] lifting of [the] ban on [political/opposition] parties/rallies
0251 | verb | make/issue/launch [a/an] call/appeal/plea for [the] lifting of [the] ban on [political/opposition] protests/demonstrations
0251 | verb | renew/reiterate/repeat [its/their] call/calls for [the] lifting of [the] ban on [political/opposition] parties/rallies/protests/demonstrations
0251 | verb | renew/reiterate/repeat [its/their] appeal/appeals for [the] lifting of [the] ban on [political/opposition] parties/rallies/protests/demonstrations
0251 | noun | call/appeal/plea/request for [the] lifting of [the] ban on [political/opposition] parties/rallies/protests/demonstrations
1051 | verb | demand [the] lifting of [the] ban on [political/opposition] parties/rallies/protests/demonstrations
1051 | verb | insist on [the] lifting of [the] ban on [political/opposition] parties/rallies/protests/demonstrations
1051 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [the] lifting of [the] ban on [political/opposition] parties/rallies
1051 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [the] lifting of [the] ban on [political/opposition] protests/demonstrations
1051 | noun | demand for [the] lifting of [the] ban on [political/opposition] parties/rallies/protests/demonstrations

# 0252 / 1052  appeal / demand for easing of dissent
0252 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to stop/end/halt/cease demonstrating/protesting
0252 | verb | call on/upon _ to stop/end/halt/cease demonstrating/protesting
0252 | verb | appeal to _ to stop/end/halt/cease demonstrating/protesting
0252 | verb | plead with _ to stop/end/halt/cease demonstrating/protesting
0252 | verb | put/pile/increase pressure on _ to stop/end/halt/cease demonstrating/protesting
1052 | verb | demand/insist that _ stop/end/halt/cease demonstrating/protesting
1052 | verb | demand _ stop/end/halt/cease demonstrating/protesting
1052 | verb | tell/order/instruct/require _ to stop/end/halt/cease demonstrating/protesting
1052 | verb | say/insist [that] _ must stop/end/halt/cease demonstrating/protesting
0252 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to call off [its/their] boycott of parliament/elections/polls
0252 | verb | call on/upon _ to call off [its/their] boycott of parliament/elections/polls
0252 | verb | appeal to _ to call off [its/their] boycott of parliament/elections/polls
0252 | verb | plead with _ to call off [its/their] boycott of parliament/elections/polls
0252 | verb | put/pile/increase pressure on _ to call off [its/their] boycott of parliament/elections/polls
1052 | verb | demand/insist that _ call off [its/their] boycott of parliament/elections/polls
1052 | verb | demand _ call off [its/their] boycott of parliament/elections/polls
1052 | verb | tell/order/instruct/require _ to call off [its/their] boycott of parliament/elections/polls
1052 | verb | say/insist [that] _ must call off [its/their] boycott of parliament/elections/polls
0252 | verb | call/appeal/press/push/plead/ask/lobby for [an] end to [the] protests/strike/strikes/demonstrations/sit-in/unrest/riots in _
0252 | verb | seek/urge [an] end to [the] protests/strike/strikes/demonstrations/sit-in/unrest/riots in _
0252 | verb | make/issue/launch [a/an] call/appeal/plea for [an] end to [the] protests/strike/strikes/demonstrations/sit-in/unrest/riots in _
0252 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [an] end to [the] protests/strike/strikes/demonstrations/sit-in/unrest/riots in _
0252 | noun | call/appeal/plea/request for [an] end to [the] protests/strike/strikes/demonstrations/sit-in/unrest/riots in _
1052 | verb | demand [an] end to [the] protests/strike/strikes/demonstrations/sit-in/unrest/riots in _
1052 | verb | insist on [an] end to [the] protests/strike/strikes/demonstrations/sit-in/unrest/riots in _
1052 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [an] end to [the] protests/strike/strikes/demonstrations/sit-in/unrest/riots in _
1052 | noun | demand for [an] end to [the] protests/strike/strikes/demonstrations/sit-in/unrest/riots in _
0252 | verb | call/appeal/press/push/plead/ask/lobby for [the] end of [the] sit-in/protests/strike in _
0252 | verb | seek/urge [the] end of [the] sit-in/protests/strike in _
0252 | verb | make/issue/launch [a/an] call/appeal/plea for [the] end of [the] sit-in/protests/strike in _
0252 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [the] end of [the] sit-in/protests/strike in _
0252 | noun | call/appeal/plea/request for [the] end of [the] sit-in/protests/strike in _
1052 | verb | demand [the] end of [the] sit-in/protests/strike in _
1052 | verb | insist on [the] end of [the] sit-in/protests/strike in _
1052 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [the] end of [the] sit-in/protests/strike in _
1052 | noun | demand for [the] end of [the] sit-in/protests/strike in _

# 0252 / 1052  appeal / demand for clearing the streets
0252 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to clear/leave [the] streets/squares/roads
0252 | verb | call on/upon _ to clear/leave [the] streets/squares/roads
0252 | verb | appeal to _ to clear/leave [the] streets/squares/roads
0252 | verb | plead with _ to clear/leave [the] streets/squares/roads
0252 | verb | put/pile/increase pressure on _ to clear/leave [the] streets/squares/roads
1052 | verb | demand/insist that _ clear/leave [the] streets/squares/roads
1052 | verb | demand _ clear/leave [the] streets/squares/roads
1052 | verb | tell/order/instruct/require _ to clear/leave [the] streets/squares/roads
1052 | verb | say/insist [that] _ must clear/leave [the] streets/squares/roads
0252 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to go home
0252 | verb | call on/upon _ to go home
0252 | verb | plead with _ to go home
0252 | verb | put/pile/increase pressure on _ to go home
1052 | verb | demand/insist that _ go home
1052 | verb | demand _ go home
1052 | verb | tell/order/instruct/require _ to go home
1052 | verb | say/insist [that] _ must go home
0252 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to disperse peacefully
0252 | verb | call on/upon _ to disperse peacefully
0252 | verb | appeal to _ to disperse peacefully
0252 | verb | plead with _ to disperse peacefully
0252 | verb | put/pile/increase pressure on _ to disperse peacefully
1052 | verb | demand/insist that _ disperse peacefully
1052 | verb | demand _ disperse peacefully
1052 | verb | tell/order/instruct/require _ to disperse peacefully
1052 | verb | say/insist [that] _ must disperse peacefully
0252 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to end [their/its] occupation of [the] streets/roads/squares/square
0252 | verb | call on/upon _ to end [their/its] occupation of [the] streets/roads/squares/square
0252 | verb | appeal to _ to end [their/its] occupation of [the] streets/roads/squares/square
0252 | verb | plead with _ to end [their/its] occupation of [the] streets/roads/squares/square
0252 | verb | put/pile/increase pressure on _ to end [their/its] occupation of [the] streets/roads/squares/square
1052 | verb | demand/insist that _ end [their/its] occupation of [the] streets/roads/squares/square
1052 | verb | demand _ end [their/its] occupation of [the] streets/roads/squares/square
1052 | verb | tell/order/instruct/require _ to end [their/its] occupation of [the] streets/roads/squares/square
1052 | verb | say/insist [that] _ must end [their/its] occupation of [the] streets/roads/squares/square

# 0253 / 1053  appeal / demand for release
0253 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to return/release [the] seized/captured/detained tanker/ship/vessel/boat/aircraft/property/assets
0253 | verb | call on/upon _ to return/release [the] seized/captured/detained tanker/ship/vessel/boat/aircraft/property/assets
0253 | verb | appeal to _ to return/release [the] seized/captured/detained tanker/ship/vessel/boat/aircraft/property/assets
0253 | verb | plead with _ to return/release [the] seized/captured/detained tanker/ship/vessel/boat/aircraft/property/assets
0253 | verb | put/pile/increase pressure on _ to return/release [the] seized/captured/detained tanker/ship/vessel/boat/aircraft/property/assets
1053 | verb | demand/insist that _ return/release [the] seized/captured/detained tanker/ship/vessel/boat/aircraft/property/assets
1053 | verb | demand _ return/release [the] seized/captured/detained tanker/ship/vessel/boat/aircraft/property/assets
1053 | verb | tell/order/instruct/require _ to return/release [the] seized/captured/detained tanker/ship/vessel/boat/aircraft/property/assets
1053 | verb | say/insist [that] _ must return/release [the] seized/captured/detained tanker/ship/vessel/boat/aircraft/property/assets
0253 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to hand/give back [the] [seized/confiscated/captured] tanker/ship/vessel/property/land/assets
0253 | verb | call on/upon _ to hand/give back [the] [seized/confiscated/captured] tanker/ship/vessel/property/land/assets
0253 | verb | appeal to _ to hand/give back [the] [seized/confiscated/captured] tanker/ship/vessel/property/land/assets
0253 | verb | plead with _ to hand/give back [the] [seized/confiscated/captured] tanker/ship/vessel/property/land/assets
0253 | verb | put/pile/increase pressure on _ to hand/give back [the] [seized/confiscated/captured] tanker/ship/vessel/property/land/assets
1053 | verb | demand/insist that _ hand/give back [the] [seized/confiscated/captured] tanker/ship/vessel/property/land/assets
1053 | verb | demand _ hand/give back [the] [seized/confiscated/captured] tanker/ship/vessel/property/land/assets
1053 | verb | tell/order/instruct/require _ to hand/give back [the] [seized/confiscated/captured] tanker/ship/vessel/property/land/assets
1053 | verb | say/insist [that] _ must hand/give back [the] [seized/confiscated/captured] tanker/ship/vessel/property/land/assets
0253 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to pardon [the] jailed/imprisoned/detained
0253 | verb | call on/upon _ to pardon [the] jailed/imprisoned/detained
0253 | verb | appeal to _ to pardon [the] jailed/imprisoned/detained
0253 | verb | plead with _ to pardon [the] jailed/imprisoned/detained
0253 | verb | put/pile/increase pressure on _ to pardon [the] jailed/imprisoned/detained
1053 | verb | demand/insist that _ pardon [the] jailed/imprisoned/detained
1053 | verb | demand _ pardon [the] jailed/imprisoned/detained
1053 | verb | tell/order/instruct/require _ to pardon [the] jailed/imprisoned/detained
1053 | verb | say/insist [that] _ must pardon [the] jailed/imprisoned/detained
0253 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to return [the] bodies/remains
0253 | verb | call on/upon _ to return [the] bodies/remains
0253 | verb | appeal to _ to return [the] bodies/remains
0253 | verb | plead with _ to return [the] bodies/remains
0253 | verb | put/pile/increase pressure on _ to return [the] bodies/remains
1053 | verb | demand/insist that _ return [the] bodies/remains
1053 | verb | demand _ return [the] bodies/remains
1053 | verb | tell/order/instruct/require _ to return [the] bodies/remains
1053 | verb | say/insist [that] _ must return [the] bodies/remains
0253 | verb | call/appeal/press/push/plead/ask/lobby for [the] return of [the] bodies/remains [held] by _
0253 | verb | seek/urge [the] return of [the] bodies/remains [held] by _
0253 | verb | make/issue/launch [a/an] call/appeal/plea for [the] return of [the] bodies/remains [held] by _
0253 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [the] return of [the] bodies/remains [held] by _
0253 | noun | call/appeal/plea/request for [the] return of [the] bodies/remains [held] by _
1053 | verb | demand [the] return of [the] bodies/remains [held] by _
1053 | verb | insist on [the] return of [the] bodies/remains [held] by _
1053 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [the] return of [the] bodies/remains [held] by _
1053 | noun | demand for [the] return of [the] bodies/remains [held] by _
0253 | verb | call/appeal/press/push/plead/ask/lobby for [the] return of [the] seized/captured ship/tanker/vessel/property by _
0253 | verb | seek/urge [the] return of [the] seized/captured ship/tanker/vessel/property by _
0253 | verb | make/issue/launch [a/an] call/appeal/plea for [the] return of [the] seized/captured ship/tanker by _
0253 | verb | make/issue/launch [a/an] call/appeal/plea for [the] return of [the] seized/captured vessel/property by _
0253 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [the] return of [the] seized/captured ship/tanker/vessel/property by _
0253 | noun | call/appeal/plea/request for [the] return of [the] seized/captured ship/tanker/vessel/property by _
1053 | verb | demand [the] return of [the] seized/captured ship/tanker/vessel/property by _
1053 | verb | insist on [the] return of [the] seized/captured ship/tanker/vessel/property by _
1053 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [the] return of [the] seized/captured ship/tanker/vessel/property by _
1053 | noun | demand for [the] return of [the] seized/captured ship/tanker/vessel/property by _
0253 | verb | call/appeal/press/push/plead/ask/lobby for [the] return of property seized by _
0253 | verb | seek/urge [the] return of property seized by _
0253 | verb | make/issue/launch [a/an] call/appeal/plea for [the] return of property seized by _
0253 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [the] return of property seized by _
0253 | noun | call/appeal/plea/request for [the] return of property seized by _
1053 | verb | demand [the] return of property seized by _
1053 | verb | insist on [the] return of property seized by _
1053 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [the] return of property seized by _
1053 | noun | demand for [the] return of property seized by _

# 0254 / 1054  appeal / demand for economic sanctions
0254 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to lift/ease/end/scrap [the] sanctions/embargo
0254 | verb | call on/upon _ to lift/ease/end/scrap [the] sanctions/embargo
0254 | verb | appeal to _ to lift/ease/end/scrap [the] sanctions/embargo
0254 | verb | plead with _ to lift/ease/end/scrap [the] sanctions/embargo
0254 | verb | put/pile/increase pressure on _ to lift/ease/end/scrap [the] sanctions/embargo
1054 | verb | demand/insist that _ lift/ease/end/scrap [the] sanctions/embargo
1054 | verb | demand _ lift/ease/end/scrap [the] sanctions/embargo
1054 | verb | tell/order/instruct/require _ to lift/ease/end/scrap [the] sanctions/embargo
1054 | verb | say/insist [that] _ must lift/ease/end/scrap [the] sanctions/embargo
0254 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to lift/ease/end [the] trade/oil/economic embargo/blockade
0254 | verb | call on/upon _ to lift/ease/end [the] trade/oil/economic embargo/blockade
0254 | verb | appeal to _ to lift/ease/end [the] trade/oil/economic embargo/blockade
0254 | verb | plead with _ to lift/ease/end [the] trade/oil/economic embargo/blockade
0254 | verb | put/pile/increase pressure on _ to lift/ease/end [the] trade/oil/economic embargo/blockade
1054 | verb | demand/insist that _ lift/ease/end [the] trade/oil/economic embargo/blockade
1054 | verb | demand _ lift/ease/end [the] trade/oil/economic embargo/blockade
1054 | verb | tell/order/instruct/require _ to lift/ease/end [the] trade/oil/economic embargo/blockade
1054 | verb | say/insist [that] _ must lift/ease/end [the] trade/oil/economic embargo/blockade
0254 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to lift/end [the] blockade of/on
0254 | verb | call on/upon _ to lift/end [the] blockade of/on
0254 | verb | appeal to _ to lift/end [the] blockade of/on
0254 | verb | plead with _ to lift/end [the] blockade of/on
0254 | verb | put/pile/increase pressure on _ to lift/end [the] blockade of/on
1054 | verb | demand/insist that _ lift/end [the] blockade of/on
1054 | verb | demand _ lift/end [the] blockade of/on
1054 | verb | tell/order/instruct/require _ to lift/end [the] blockade of/on
1054 | verb | say/insist [that] _ must lift/end [the] blockade of/on
0254 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to unfreeze [the] assets/funds
0254 | verb | call on/upon _ to unfreeze [the] assets/funds
0254 | verb | appeal to _ to unfreeze [the] assets/funds
0254 | verb | plead with _ to unfreeze [the] assets/funds
0254 | verb | put/pile/increase pressure on _ to unfreeze [the] assets/funds
1054 | verb | demand/insist that _ unfreeze [the] assets/funds
1054 | verb | demand _ unfreeze [the] assets/funds
1054 | verb | tell/order/instruct/require _ to unfreeze [the] assets/funds
1054 | verb | say/insist [that] _ must unfreeze [the] assets/funds
0254 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to scrap/lift/remove/drop/cut/abolish [the] punitive/retaliatory tariffs/duties/levies
0254 | verb | call on/upon _ to scrap/lift/remove/drop/cut/abolish [the] punitive/retaliatory tariffs/duties/levies
0254 | verb | appeal to _ to scrap/lift/remove/drop/cut/abolish [the] punitive/retaliatory tariffs/duties/levies
0254 | verb | plead with _ to scrap/lift/remove/drop/cut/abolish [the] punitive/retaliatory tariffs/duties/levies
0254 | verb | put/pile/increase pressure on _ to scrap/lift/remove/drop/cut/abolish [the] punitive/retaliatory tariffs/duties/levies
1054 | verb | demand/insist that _ scrap/lift/remove/drop/cut/abolish [the] punitive/retaliatory tariffs/duties/levies
1054 | verb | demand _ scrap/lift/remove/drop/cut/abolish [the] punitive/retaliatory tariffs/duties/levies
1054 | verb | tell/order/instruct/require _ to scrap/lift/remove/drop/cut/abolish [the] punitive/retaliatory tariffs/duties/levies
1054 | verb | say/insist [that] _ must scrap/lift/remove/drop/cut/abolish [the] punitive/retaliatory tariffs/duties/levies
0254 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to call off [the] boycott of goods/products
0254 | verb | call on/upon _ to call off [the] boycott of goods/products
0254 | verb | appeal to _ to call off [the] boycott of goods/products
0254 | verb | plead with _ to call off [the] boycott of goods/products
0254 | verb | put/pile/increase pressure on _ to call off [the] boycott of goods/products
1054 | verb | demand/insist that _ call off [the] boycott of goods/products
1054 | verb | demand _ call off [the] boycott of goods/products
1054 | verb | tell/order/instruct/require _ to call off [the] boycott of goods/products
1054 | verb | say/insist [that] _ must call off [the] boycott of goods/products
0254 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to end [the] boycott of goods/products
0254 | verb | call on/upon _ to end [the] boycott of goods/products
0254 | verb | appeal to _ to end [the] boycott of goods/products
0254 | verb | plead with _ to end [the] boycott of goods/products
0254 | verb | put/pile/increase pressure on _ to end [the] boycott of goods/products
1054 | verb | demand/insist that _ end [the] boycott of goods/products
1054 | verb | demand _ end [the] boycott of goods/products
1054 | verb | tell/order/instruct/require _ to end [the] boycott of goods/products
1054 | verb | say/insist [that] _ must end [the] boycott of goods/products
0254 | verb | call/appeal/press/push/plead/ask/lobby for [the] lifting/easing of [the] sanctions/embargo [imposed] on/against _
0254 | verb | seek/urge [the] lifting/easing of [the] sanctions/embargo [imposed] on/against _
0254 | verb | make/issue/launch [a/an] call for [the] lifting/easing of [the] sanctions/embargo [imposed] on/against _
0254 | verb | make/issue/launch [a/an] appeal for [the] lifting/easing of [the] sanctions/embargo [imposed] on/against _
0254 | verb | make/issue/launch [a/an] plea for [the] lifting/easing of [the] sanctions/embargo [imposed] on/against _
0254 | verb | renew/reiterate/repeat [its/their] call/calls for [the] lifting/easing of [the] sanctions/embargo [imposed] on/against _
0254 | verb | renew/reiterate/repeat [its/their] appeal/appeals for [the] lifting/easing of [the] sanctions/embargo [imposed] on/against _
0254 | noun | call/appeal/plea/request for [the] lifting/easing of [the] sanctions/embargo [imposed] on/against _
1054 | verb | demand [the] lifting/easing of [the] sanctions/embargo [imposed] on/against _
1054 | verb | insist on [the] lifting/easing of [the] sanctions/embargo [imposed] on/against _
1054 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand for [the] lifting/easing of [the] sanctions/embargo [imposed] on/against _
1054 | verb | renew/reiterate/repeat/issue/make [its/their/a] demands for [the] lifting/easing of [the] sanctions/embargo [imposed] on/against _
1054 | noun | demand for [the] lifting/easing of [the] sanctions/embargo [imposed] on/against _
0254 | verb | call/appeal/press/push/plead/ask/lobby for [a/an] easing of sanctions against/on _
0254 | verb | seek/urge [a/an] easing of sanctions against/on _
0254 | verb | make/issue/launch [a/an] call/appeal/plea for [a/an] easing of sanctions against/on _
0254 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [a/an] easing of sanctions against/on _
0254 | noun | call/appeal/plea/request for [a/an] easing of sanctions against/on _
1054 | verb | demand [a/an] easing of sanctions against/on _
1054 | verb | insist on [a/an] easing of sanctions against/on _
1054 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [a/an] easing of sanctions against/on _
1054 | noun | demand for [a/an] easing of sanctions against/on _
0254 | verb | call/appeal/press/push/plead/ask/lobby for [the] lifting of [the] blockade of/on _
0254 | verb | seek/urge [the] lifting of [the] blockade of/on _
0254 | verb | make/issue/launch [a/an] call/appeal/plea for [the] lifting of [the] blockade of/on _
0254 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [the] lifting of [the] blockade of/on _
0254 | noun | call/appeal/plea/request for [the] lifting of [the] blockade of/on _
1054 | verb | demand [the] lifting of [the] blockade of/on _
1054 | verb | insist on [the] lifting of [the] blockade of/on _
1054 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [the] lifting of [the] blockade of/on _
1054 | noun | demand for [the] lifting of [the] blockade of/on _
0254 | verb | call/appeal/press/push/plead/ask/lobby for [the] lifting/removal/easing of [all] _ sanctions
0254 | verb | seek/urge [the] lifting/removal/easing of [all] _ sanctions
0254 | verb | make/issue/launch [a/an] call/appeal/plea for [the] lifting/removal/easing of [all] _ sanctions
0254 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [the] lifting/removal/easing of [all] _ sanctions
0254 | noun | call/appeal/plea/request for [the] lifting/removal/easing of [all] _ sanctions
1054 | verb | demand [the] lifting/removal/easing of [all] _ sanctions
1054 | verb | insist on [the] lifting/removal/easing of [all] _ sanctions
1054 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [the] lifting/removal/easing of [all] _ sanctions
1054 | noun | demand for [the] lifting/removal/easing of [all] _ sanctions
0254 | verb | call/appeal/press/push/plead/ask/lobby for [an] end to [the] embargo/blockade/sanctions/boycott on/of/against _
0254 | verb | seek/urge [an] end to [the] embargo/blockade/sanctions/boycott on/of/against _
0254 | verb | make/issue/launch [a/an] call/appeal/plea for [an] end to [the] embargo/blockade on/of/against _
0254 | verb | make/issue/launch [a/an] call/appeal/plea for [an] end to [the] sanctions/boycott on/of/against _
0254 | verb | renew/reiterate/repeat [its/their] call/calls for [an] end to [the] embargo/blockade/sanctions/boycott on/of/against _
0254 | verb | renew/reiterate/repeat [its/their] appeal/appeals for [an] end to [the] embargo/blockade/sanctions/boycott on/of/against _
0254 | noun | call/appeal/plea/request for [an] end to [the] embargo/blockade/sanctions/boycott on/of/against _
1054 | verb | demand [an] end to [the] embargo/blockade/sanctions/boycott on/of/against _
1054 | verb | insist on [an] end to [the] embargo/blockade/sanctions/boycott on/of/against _
1054 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [an] end to [the] embargo/blockade on/of/against _
1054 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [an] end to [the] sanctions/boycott on/of/against _
1054 | noun | demand for [an] end to [the] embargo/blockade/sanctions/boycott on/of/against _
0254 | verb | call/appeal/press/push/plead/ask/lobby for [the] unfreezing of [the] assets/funds belonging to/of _
0254 | verb | seek/urge [the] unfreezing of [the] assets/funds belonging to/of _
0254 | verb | make/issue/launch [a/an] call/appeal/plea for [the] unfreezing of [the] assets/funds belonging to/of _
0254 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [the] unfreezing of [the] assets/funds belonging to/of _
0254 | noun | call/appeal/plea/request for [the] unfreezing of [the] assets/funds belonging to/of _
1054 | verb | demand [the] unfreezing of [the] assets/funds belonging to/of _
1054 | verb | insist on [the] unfreezing of [the] assets/funds belonging to/of _
1054 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [the] unfreezing of [the] assets/funds belonging to/of _
1054 | noun | demand for [the] unfreezing of [the] assets/funds belonging to/of _
0254 | verb | call/appeal/press/push/plead/ask/lobby for sanctions relief for _
0254 | verb | seek/urge sanctions relief for _
0254 | verb | make/issue/launch [a/an] call/appeal/plea for sanctions relief for _
0254 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for sanctions relief for _
0254 | noun | call/appeal/plea/request for sanctions relief for _
1054 | verb | demand sanctions relief for _
1054 | verb | insist on sanctions relief for _
1054 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for sanctions relief for _
1054 | noun | demand for sanctions relief for _

# 0255 / 1055  appeal / demand for international involvement
0255 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to let/allow [the] [aid] workers/agencies/journalists/inspectors/observers/monitors/investigators into
0255 | verb | call on/upon _ to let/allow [the] [aid] workers/agencies/journalists/inspectors/observers/monitors/investigators into
0255 | verb | appeal to _ to let/allow [the] [aid] workers/agencies/journalists/inspectors/observers/monitors/investigators into
0255 | verb | plead with _ to let/allow [the] [aid] workers/agencies/journalists/inspectors/observers/monitors/investigators into
0255 | verb | put/pile/increase pressure on _ to let/allow [the] [aid] workers/agencies/journalists/inspectors/observers/monitors/investigators into
1055 | verb | demand/insist that _ let/allow [the] [aid] workers/agencies/journalists/inspectors/observers/monitors/investigators into
1055 | verb | demand _ let/allow [the] [aid] workers/agencies/journalists/inspectors/observers/monitors/investigators into
1055 | verb | tell/order/instruct/require _ to let/allow [the] [aid] workers/agencies/journalists/inspectors/observers/monitors/investigators into
1055 | verb | say/insist [that] _ must let/allow [the] [aid] workers/agencies/journalists/inspectors/observers/monitors/investigators into
0255 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to admit/accept [international/election/UN/foreign/independent] observers/monitors/inspectors
0255 | verb | call on/upon _ to admit/accept [international/election/UN/foreign/independent] observers/monitors/inspectors
0255 | verb | appeal to _ to admit/accept [international/election/UN/foreign/independent] observers/monitors/inspectors
0255 | verb | plead with _ to admit/accept [international/election/UN/foreign/independent] observers/monitors/inspectors
0255 | verb | put/pile/increase pressure on _ to admit/accept [international/election/UN/foreign/independent] observers/monitors/inspectors
1055 | verb | demand/insist that _ admit/accept [international/election/UN/foreign/independent] observers/monitors/inspectors
1055 | verb | demand _ admit/accept [international/election/UN/foreign/independent] observers/monitors/inspectors
1055 | verb | tell/order/instruct/require _ to admit/accept [international/election/UN/foreign/independent] observers/monitors/inspectors
1055 | verb | say/insist [that] _ must admit/accept [international/election/UN/foreign/independent] observers/monitors/inspectors
0255 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to grant [the] access to international/independent/UN/foreign observers/monitors/inspectors/investigators/journalists
0255 | verb | call on/upon _ to grant [the] access to international/independent/UN/foreign observers/monitors/inspectors/investigators/journalists
0255 | verb | appeal to _ to grant [the] access to international/independent/UN/foreign observers/monitors/inspectors/investigators/journalists
0255 | verb | plead with _ to grant [the] access to international/independent/UN/foreign observers/monitors/inspectors/investigators/journalists
0255 | verb | put/pile/increase pressure on _ to grant [the] access to international/independent/UN/foreign observers/monitors/inspectors/investigators/journalists
1055 | verb | demand/insist that _ grant [the] access to international/independent/UN/foreign observers/monitors/inspectors/investigators/journalists
1055 | verb | demand _ grant [the] access to international/independent/UN/foreign observers/monitors/inspectors/investigators/journalists
1055 | verb | tell/order/instruct/require _ to grant [the] access to international/independent/UN/foreign observers/monitors/inspectors/investigators/journalists
1055 | verb | say/insist [that] _ must grant [the] access to international/independent/UN/foreign observers/monitors/inspectors/investigators/journalists
0255 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to accept [an] international/independent investigation/inquiry/probe
0255 | verb | call on/upon _ to accept [an] international/independent investigation/inquiry/probe
0255 | verb | appeal to _ to accept [an] international/independent investigation/inquiry/probe
0255 | verb | plead with _ to accept [an] international/independent investigation/inquiry/probe
0255 | verb | put/pile/increase pressure on _ to accept [an] international/independent investigation/inquiry/probe
1055 | verb | demand/insist that _ accept [an] international/independent investigation/inquiry/probe
1055 | verb | demand _ accept [an] international/independent investigation/inquiry/probe
1055 | verb | tell/order/instruct/require _ to accept [an] international/independent investigation/inquiry/probe
1055 | verb | say/insist [that] _ must accept [an] international/independent investigation/inquiry/probe
0255 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to accept [an] international/independent monitoring mission
0255 | verb | call on/upon _ to accept [an] international/independent monitoring mission
0255 | verb | appeal to _ to accept [an] international/independent monitoring mission
0255 | verb | plead with _ to accept [an] international/independent monitoring mission
0255 | verb | put/pile/increase pressure on _ to accept [an] international/independent monitoring mission
1055 | verb | demand/insist that _ accept [an] international/independent monitoring mission
1055 | verb | demand _ accept [an] international/independent monitoring mission
1055 | verb | tell/order/instruct/require _ to accept [an] international/independent monitoring mission
1055 | verb | say/insist [that] _ must accept [an] international/independent monitoring mission
0255 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to open [its] doors/borders/country to [UN/international/foreign/independent] inspectors/observers/monitors/investigators/journalists
0255 | verb | call on/upon _ to open [its] doors/borders/country to [UN/international/foreign/independent] inspectors/observers/monitors/investigators/journalists
0255 | verb | appeal to _ to open [its] doors/borders/country to [UN/international/foreign/independent] inspectors/observers/monitors/investigators/journalists
0255 | verb | plead with _ to open [its] doors/borders/country to [UN/international/foreign/independent] inspectors/observers/monitors/investigators/journalists
0255 | verb | put/pile/increase pressure on _ to open [its] doors/borders/country to [UN/international/foreign/independent] inspectors/observers/monitors/investigators/journalists
1055 | verb | demand/insist that _ open [its] doors/borders/country to [UN/international/foreign/independent] inspectors/observers/monitors/investigators/journalists
1055 | verb | demand _ open [its] doors/borders/country to [UN/international/foreign/independent] inspectors/observers/monitors/investigators/journalists
1055 | verb | tell/order/instruct/require _ to open [its] doors/borders/country to [UN/international/foreign/independent] inspectors/observers/monitors/investigators/journalists
1055 | verb | say/insist [that] _ must open [its] doors/borders/country to [UN/international/foreign/independent] inspectors/observers/monitors/investigators/journalists
0255 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to open [its] doors/borders/country to [aid] agencies/workers
0255 | verb | call on/upon _ to open [its] doors/borders/country to [aid] agencies/workers
0255 | verb | appeal to _ to open [its] doors/borders/country to [aid] agencies/workers
0255 | verb | plead with _ to open [its] doors/borders/country to [aid] agencies/workers
0255 | verb | put/pile/increase pressure on _ to open [its] doors/borders/country to [aid] agencies/workers
1055 | verb | demand/insist that _ open [its] doors/borders/country to [aid] agencies/workers
1055 | verb | demand _ open [its] doors/borders/country to [aid] agencies/workers
1055 | verb | tell/order/instruct/require _ to open [its] doors/borders/country to [aid] agencies/workers
1055 | verb | say/insist [that] _ must open [its] doors/borders/country to [aid] agencies/workers
0255 | verb | call/appeal/press/push/plead/ask/lobby for access for [UN/international/foreign/independent] inspectors/observers/monitors/journalists/investigators to/in _
0255 | verb | seek/urge access for [UN/international/foreign/independent] inspectors/observers/monitors/journalists/investigators to/in _
0255 | verb | make/issue/launch [a/an] call/appeal/plea for access for [UN/international/foreign/independent] inspectors/observers to/in _
0255 | verb | make/issue/launch [a/an] call for access for [UN/international/foreign/independent] monitors/journalists/investigators to/in _
0255 | verb | make/issue/launch [a/an] appeal/plea for access for [UN/international/foreign/independent] monitors/journalists/investigators to/in _
0255 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for access for [UN/international/foreign/independent] inspectors/observers to/in _
0255 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for access for [UN/international/foreign/independent] monitors/journalists/investigators to/in _
0255 | noun | call/appeal/plea/request for access for [UN/international/foreign/independent] inspectors/observers/monitors/journalists/investigators to/in _
1055 | verb | demand access for [UN/international/foreign/independent] inspectors/observers/monitors/journalists/investigators to/in _
1055 | verb | insist on access for [UN/international/foreign/independent] inspectors/observers/monitors/journalists/investigators to/in _
1055 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for access for [UN/international/foreign/independent] inspectors/observers to/in _
1055 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for access for [UN/international/foreign/independent] monitors/journalists/investigators to/in _
1055 | noun | demand for access for [UN/international/foreign/independent] inspectors/observers/monitors/journalists/investigators to/in _
0255 | verb | call/appeal/press/push/plead/ask/lobby for access for aid agencies/workers/groups to/in _
0255 | verb | seek/urge access for aid agencies/workers/groups to/in _
0255 | verb | make/issue/launch [a/an] call/appeal/plea for access for aid agencies/workers/groups to/in _
0255 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for access for aid agencies/workers/groups to/in _
0255 | noun | call/appeal/plea/request for access for aid agencies/workers/groups to/in _
1055 | verb | demand access for aid agencies/workers/groups to/in _
1055 | verb | insist on access for aid agencies/workers/groups to/in _
1055 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for access for aid agencies/workers/groups to/in _
1055 | noun | demand for access for aid agencies/workers/groups to/in _
0255 | verb | call/appeal/press/push/plead/ask/lobby for [an] international/independent inquiry/investigation in/into _
0255 | verb | seek/urge [an] international/independent inquiry/investigation in/into _
0255 | verb | make/issue/launch [a/an] call/appeal/plea for [an] international/independent inquiry/investigation in/into _
0255 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [an] international/independent inquiry/investigation in/into _
0255 | noun | call/appeal/plea/request for [an] international/independent inquiry/investigation in/into _
1055 | verb | demand [an] international/independent inquiry/investigation in/into _
1055 | verb | insist on [an] international/independent inquiry/investigation in/into _
1055 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [an] international/independent inquiry/investigation in/into _
1055 | noun | demand for [an] international/independent inquiry/investigation in/into _
0255 | verb | call/appeal/press/push/plead/ask/lobby for international involvement/observers/monitors in _
0255 | verb | seek/urge international involvement/observers/monitors in _
0255 | verb | make/issue/launch [a/an] call/appeal/plea for international involvement/observers/monitors in _
0255 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for international involvement/observers/monitors in _
0255 | noun | call/appeal/plea/request for international involvement/observers/monitors in _
1055 | verb | demand international involvement/observers/monitors in _
1055 | verb | insist on international involvement/observers/monitors in _
1055 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for international involvement/observers/monitors in _
1055 | noun | demand for international involvement/observers/monitors in _

# 0256 / 1056  appeal / demand for de-escalation
0256 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to stop/halt/end/cease [the] offensive/bombing/shelling/airstrikes/attacks/raids
0256 | verb | call on/upon _ to stop/halt/end/cease [the] offensive/bombing/shelling/airstrikes/attacks/raids
0256 | verb | appeal to _ to stop/halt/end/cease [the] offensive/bombing/shelling/airstrikes/attacks/raids
0256 | verb | plead with _ to stop/halt/end/cease [the] offensive/bombing/shelling/airstrikes/attacks/raids
0256 | verb | put/pile/increase pressure on _ to stop/halt/end/cease [the] offensive/bombing/shelling/airstrikes/attacks/raids
1056 | verb | demand/insist that _ stop/halt/end/cease [the] offensive/bombing/shelling/airstrikes/attacks/raids
1056 | verb | demand _ stop/halt/end/cease [the] offensive/bombing/shelling/airstrikes/attacks/raids
1056 | verb | tell/order/instruct/require _ to stop/halt/end/cease [the] offensive/bombing/shelling/airstrikes/attacks/raids
1056 | verb | say/insist [that] _ must stop/halt/end/cease [the] offensive/bombing/shelling/airstrikes/attacks/raids
0256 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to stop/halt/end/cease [the] air strikes
0256 | verb | call on/upon _ to stop/halt/end/cease [the] air strikes
0256 | verb | appeal to _ to stop/halt/end/cease [the] air strikes
0256 | verb | plead with _ to stop/halt/end/cease [the] air strikes
0256 | verb | put/pile/increase pressure on _ to stop/halt/end/cease [the] air strikes
1056 | verb | demand/insist that _ stop/halt/end/cease [the] air strikes
1056 | verb | demand _ stop/halt/end/cease [the] air strikes
1056 | verb | tell/order/instruct/require _ to stop/halt/end/cease [the] air strikes
1056 | verb | say/insist [that] _ must stop/halt/end/cease [the] air strikes
0256 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to lay down [their/its] arms/weapons
0256 | verb | call on/upon _ to lay down [their/its] arms/weapons
0256 | verb | appeal to _ to lay down [their/its] arms/weapons
0256 | verb | plead with _ to lay down [their/its] arms/weapons
0256 | verb | put/pile/increase pressure on _ to lay down [their/its] arms/weapons
1056 | verb | demand _ lay down [their/its] arms/weapons
1056 | verb | tell/order/instruct/require _ to lay down [their/its] arms/weapons
1056 | verb | say/insist [that] _ must lay down [their/its] arms/weapons
0256 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to exercise/show restraint
0256 | verb | call on/upon _ to exercise/show restraint
0256 | verb | appeal to _ to exercise/show restraint
0256 | verb | plead with _ to exercise/show restraint
0256 | verb | put/pile/increase pressure on _ to exercise/show restraint
1056 | verb | demand/insist that _ exercise/show restraint
1056 | verb | demand _ exercise/show restraint
1056 | verb | tell/order/instruct/require _ to exercise/show restraint
1056 | verb | say/insist [that] _ must exercise/show restraint
0256 | verb | call/appeal/press/push/plead/ask/lobby for [a/an] end/halt to [the] fighting/offensive/bombing/shelling/airstrikes [by/with/in] _
0256 | verb | seek/urge [a/an] end/halt to [the] fighting/offensive/bombing/shelling/airstrikes [by/with/in] _
0256 | verb | make/issue/launch [a/an] call for [a/an] end to [the] fighting/offensive [by/with/in] _
0256 | verb | make/issue/launch [a/an] call for [a/an] halt to [the] fighting/offensive [by/with/in] _
0256 | verb | make/issue/launch [a/an] appeal for [a/an] end to [the] fighting/offensive [by/with/in] _
0256 | verb | make/issue/launch [a/an] appeal for [a/an] halt to [the] fighting/offensive [by/with/in] _
0256 | verb | make/issue/launch [a/an] plea for [a/an] end to [the] fighting/offensive [by/with/in] _
0256 | verb | make/issue/launch [a/an] plea for [a/an] halt to [the] fighting/offensive [by/with/in] _
0256 | verb | make/issue/launch [a/an] call for [a/an] end/halt to [the] bombing [by/with/in] _
0256 | verb | make/issue/launch [a/an] call for [a/an] end to [the] shelling/airstrikes [by/with/in] _
0256 | verb | make/issue/launch [a/an] call for [a/an] halt to [the] shelling/airstrikes [by/with/in] _
0256 | verb | make/issue/launch [a/an] appeal for [a/an] end/halt to [the] bombing [by/with/in] _
0256 | verb | make/issue/launch [a/an] plea for [a/an] end/halt to [the] bombing [by/with/in] _
0256 | verb | make/issue/launch [a/an] appeal for [a/an] end to [the] shelling/airstrikes [by/with/in] _
0256 | verb | make/issue/launch [a/an] appeal for [a/an] halt to [the] shelling/airstrikes [by/with/in] _
0256 | verb | make/issue/launch [a/an] plea for [a/an] end to [the] shelling/airstrikes [by/with/in] _
0256 | verb | make/issue/launch [a/an] plea for [a/an] halt to [the] shelling/airstrikes [by/with/in] _
0256 | verb | renew/reiterate/repeat [its/their] call for [a/an] end/halt to [the] fighting/offensive [by/with/in] _
0256 | verb | renew/reiterate/repeat [its/their] calls for [a/an] end/halt to [the] fighting/offensive [by/with/in] _
0256 | verb | renew/reiterate/repeat [its/their] appeal for [a/an] end/halt to [the] fighting/offensive [by/with/in] _
0256 | verb | renew/reiterate/repeat [its/their] appeals for [a/an] end/halt to [the] fighting/offensive [by/with/in] _
0256 | verb | renew/reiterate/repeat [its/their] call/calls for [a/an] end/halt to [the] bombing [by/with/in] _
0256 | verb | renew/reiterate/repeat [its/their] call for [a/an] end/halt to [the] shelling/airstrikes [by/with/in] _
0256 | verb | renew/reiterate/repeat [its/their] calls for [a/an] end/halt to [the] shelling/airstrikes [by/with/in] _
0256 | verb | renew/reiterate/repeat [its/their] appeal/appeals for [a/an] end/halt to [the] bombing [by/with/in] _
0256 | verb | renew/reiterate/repeat [its/their] appeal for [a/an] end/halt to [the] shelling/airstrikes [by/with/in] _
0256 | verb | renew/reiterate/repeat [its/their] appeals for [a/an] end/halt to [the] shelling/airstrikes [by/with/in] _
0256 | noun | call/appeal/plea/request for [a/an] end/halt to [the] fighting/offensive/bombing/shelling/airstrikes [by/with/in] _
1056 | verb | demand [a/an] end/halt to [the] fighting/offensive/bombing/shelling/airstrikes [by/with/in] _
1056 | verb | insist on [a/an] end/halt to [the] fighting/offensive/bombing/shelling/airstrikes [by/with/in] _
1056 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand for [a/an] end to [the] fighting/offensive [by/with/in] _
1056 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand for [a/an] halt to [the] fighting/offensive [by/with/in] _
1056 | verb | renew/reiterate/repeat/issue/make [its/their/a] demands for [a/an] end to [the] fighting/offensive [by/with/in] _
1056 | verb | renew/reiterate/repeat/issue/make [its/their/a] demands for [a/an] halt to [the] fighting/offensive [by/with/in] _
1056 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand for [a/an] end/halt to [the] bombing [by/with/in] _
1056 | verb | renew/reiterate/repeat/issue/make [its/their/a] demands for [a/an] end/halt to [the] bombing [by/with/in] _
1056 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand for [a/an] end to [the] shelling/airstrikes [by/with/in] _
1056 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand for [a/an] halt to [the] shelling/airstrikes [by/with/in] _
1056 | verb | renew/reiterate/repeat/issue/make [its/their/a] demands for [a/an] end to [the] shelling/airstrikes [by/with/in] _
1056 | verb | renew/reiterate/repeat/issue/make [its/their/a] demands for [a/an] halt to [the] shelling/airstrikes [by/with/in] _
1056 | noun | demand for [a/an] end/halt to [the] fighting/offensive/bombing/shelling/airstrikes [by/with/in] _
0256 | verb | call/appeal/press/push/plead/ask/lobby for [a/an] end/halt to [the] air strikes/raids [by/with/in] _
0256 | verb | seek/urge [a/an] end/halt to [the] air strikes/raids [by/with/in] _
0256 | verb | make/issue/launch [a/an] call for [a/an] end to [the] air strikes/raids [by/with/in] _
0256 | verb | make/issue/launch [a/an] call for [a/an] halt to [the] air strikes/raids [by/with/in] _
0256 | verb | make/issue/launch [a/an] appeal for [a/an] end to [the] air strikes/raids [by/with/in] _
0256 | verb | make/issue/launch [a/an] appeal for [a/an] halt to [the] air strikes/raids [by/with/in] _
0256 | verb | make/issue/launch [a/an] plea for [a/an] end to [the] air strikes/raids [by/with/in] _
0256 | verb | make/issue/launch [a/an] plea for [a/an] halt to [the] air strikes/raids [by/with/in] _
0256 | verb | renew/reiterate/repeat [its/their] call for [a/an] end/halt to [the] air strikes/raids [by/with/in] _
0256 | verb | renew/reiterate/repeat [its/their] calls for [a/an] end/halt to [the] air strikes/raids [by/with/in] _
0256 | verb | renew/reiterate/repeat [its/their] appeal for [a/an] end/halt to [the] air strikes/raids [by/with/in] _
0256 | verb | renew/reiterate/repeat [its/their] appeals for [a/an] end/halt to [the] air strikes/raids [by/with/in] _
0256 | noun | call/appeal/plea/request for [a/an] end/halt to [the] air strikes/raids [by/with/in] _
1056 | verb | demand [a/an] end/halt to [the] air strikes/raids [by/with/in] _
1056 | verb | insist on [a/an] end/halt to [the] air strikes/raids [by/with/in] _
1056 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand for [a/an] end to [the] air strikes/raids [by/with/in] _
1056 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand for [a/an] halt to [the] air strikes/raids [by/with/in] _
1056 | verb | renew/reiterate/repeat/issue/make [its/their/a] demands for [a/an] end to [the] air strikes/raids [by/with/in] _
1056 | verb | renew/reiterate/repeat/issue/make [its/their/a] demands for [a/an] halt to [the] air strikes/raids [by/with/in] _
1056 | noun | demand for [a/an] end/halt to [the] air strikes/raids [by/with/in] _
0256 | verb | call/appeal/press/push/plead/ask/lobby for [a/an] end/halt to [the] attacks [by/with/in] _
0256 | verb | seek/urge [a/an] end/halt to [the] attacks [by/with/in] _
0256 | verb | make/issue/launch [a/an] call for [a/an] end/halt to [the] attacks [by/with/in] _
0256 | verb | make/issue/launch [a/an] appeal for [a/an] end/halt to [the] attacks [by/with/in] _
0256 | verb | make/issue/launch [a/an] plea for [a/an] end/halt to [the] attacks [by/with/in] _
0256 | verb | renew/reiterate/repeat [its/their] call/calls for [a/an] end/halt to [the] attacks [by/with/in] _
0256 | verb | renew/reiterate/repeat [its/their] appeal/appeals for [a/an] end/halt to [the] attacks [by/with/in] _
0256 | noun | call/appeal/plea/request for [a/an] end/halt to [the] attacks [by/with/in] _
1056 | verb | demand [a/an] end/halt to [the] attacks [by/with/in] _
1056 | verb | insist on [a/an] end/halt to [the] attacks [by/with/in] _
1056 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand for [a/an] end/halt to [the] attacks [by/with/in] _
1056 | verb | renew/reiterate/repeat/issue/make [its/their/a] demands for [a/an] end/halt to [the] attacks [by/with/in] _
1056 | noun | demand for [a/an] end/halt to [the] attacks [by/with/in] _
0256 | verb | call/appeal/press/push/plead/ask/lobby for [a] halt to attacks by _
0256 | verb | seek/urge [a] halt to attacks by _
0256 | verb | make/issue/launch [a/an] call/appeal/plea for [a] halt to attacks by _
0256 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [a] halt to attacks by _
0256 | noun | call/appeal/plea/request for [a] halt to attacks by _
1056 | verb | demand [a] halt to attacks by _
1056 | verb | insist on [a] halt to attacks by _
1056 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [a] halt to attacks by _
1056 | noun | demand for [a] halt to attacks by _

# 0256 / 107  appeal / demand for cessation of hostilities
0256 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to end/cease [the] hostilities
0256 | verb | call on/upon _ to end/cease [the] hostilities
0256 | verb | appeal to _ to end/cease [the] hostilities
0256 | verb | plead with _ to end/cease [the] hostilities
0256 | verb | put/pile/increase pressure on _ to end/cease [the] hostilities
107 | verb | demand/insist that _ end/cease [the] hostilities
107 | verb | demand _ end/cease [the] hostilities
107 | verb | tell/order/instruct/require _ to end/cease [the] hostilities
107 | verb | say/insist [that] _ must end/cease [the] hostilities
0256 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to agree to [a] ceasefire/truce
0256 | verb | call on/upon _ to agree to [a] ceasefire/truce
0256 | verb | appeal to _ to agree to [a] ceasefire/truce
0256 | verb | plead with _ to agree to [a] ceasefire/truce
0256 | verb | put/pile/increase pressure on _ to agree to [a] ceasefire/truce
107 | verb | demand/insist that _ agree to [a] ceasefire/truce
107 | verb | demand _ agree to [a] ceasefire/truce
107 | verb | tell/order/instruct/require _ to agree to [a] ceasefire/truce
107 | verb | say/insist [that] _ must agree to [a] ceasefire/truce
0256 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to observe [the] ceasefire/truce
0256 | verb | call on/upon _ to observe [the] ceasefire/truce
0256 | verb | appeal to _ to observe [the] ceasefire/truce
0256 | verb | plead with _ to observe [the] ceasefire/truce
0256 | verb | put/pile/increase pressure on _ to observe [the] ceasefire/truce
107 | verb | demand/insist that _ observe [the] ceasefire/truce
107 | verb | demand _ observe [the] ceasefire/truce
107 | verb | tell/order/instruct/require _ to observe [the] ceasefire/truce
107 | verb | say/insist [that] _ must observe [the] ceasefire/truce
0256 | verb | call/appeal/press/push/plead/ask/lobby for [a/an] end/halt to [the] hostilities [by/with/in] _
0256 | verb | seek/urge [a/an] end/halt to [the] hostilities [by/with/in] _
0256 | verb | make/issue/launch [a/an] call for [a/an] end/halt to [the] hostilities [by/with/in] _
0256 | verb | make/issue/launch [a/an] appeal for [a/an] end/halt to [the] hostilities [by/with/in] _
0256 | verb | make/issue/launch [a/an] plea for [a/an] end/halt to [the] hostilities [by/with/in] _
0256 | verb | renew/reiterate/repeat [its/their] call/calls for [a/an] end/halt to [the] hostilities [by/with/in] _
0256 | verb | renew/reiterate/repeat [its/their] appeal/appeals for [a/an] end/halt to [the] hostilities [by/with/in] _
0256 | noun | call/appeal/plea/request for [a/an] end/halt to [the] hostilities [by/with/in] _
107 | verb | demand [a/an] end/halt to [the] hostilities [by/with/in] _
107 | verb | insist on [a/an] end/halt to [the] hostilities [by/with/in] _
107 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand for [a/an] end/halt to [the] hostilities [by/with/in] _
107 | verb | renew/reiterate/repeat/issue/make [its/their/a] demands for [a/an] end/halt to [the] hostilities [by/with/in] _
107 | noun | demand for [a/an] end/halt to [the] hostilities [by/with/in] _
0256 | verb | call/appeal/press/push/plead/ask/lobby for [a] cessation of hostilities [by/with/in] _
0256 | verb | seek/urge [a] cessation of hostilities [by/with/in] _
0256 | verb | make/issue/launch [a/an] call/appeal/plea for [a] cessation of hostilities [by/with/in] _
0256 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [a] cessation of hostilities [by/with/in] _
0256 | noun | call/appeal/plea/request for [a] cessation of hostilities [by/with/in] _
107 | verb | demand [a] cessation of hostilities [by/with/in] _
107 | verb | insist on [a] cessation of hostilities [by/with/in] _
107 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [a] cessation of hostilities [by/with/in] _
107 | noun | demand for [a] cessation of hostilities [by/with/in] _

# - / 106  appeal / demand for withdrawal
106 | verb | demand/insist that _ pull [its/their] troops/forces/soldiers out
106 | verb | demand _ pull [its/their] troops/forces/soldiers out
106 | verb | tell/order/instruct/require _ to pull [its/their] troops/forces/soldiers out
106 | verb | say/insist [that] _ must pull [its/their] troops/forces/soldiers out
106 | verb | demand/insist that _ pull out [its/their] troops/forces/soldiers
106 | verb | demand _ pull out [its/their] troops/forces/soldiers
106 | verb | tell/order/instruct/require _ to pull out [its/their] troops/forces/soldiers
106 | verb | say/insist [that] _ must pull out [its/their] troops/forces/soldiers
106 | verb | demand/insist that _ withdraw [its/their] troops/forces/soldiers
106 | verb | demand _ withdraw [its/their] troops/forces/soldiers
106 | verb | tell/order/instruct/require _ to withdraw [its/their] troops/forces/soldiers
106 | verb | say/insist [that] _ must withdraw [its/their] troops/forces/soldiers
106 | verb | demand/insist that _ pull back [its/their] troops/forces/soldiers
106 | verb | demand _ pull back [its/their] troops/forces/soldiers
106 | verb | tell/order/instruct/require _ to pull back [its/their] troops/forces/soldiers
106 | verb | say/insist [that] _ must pull back [its/their] troops/forces/soldiers

# 026 / 108  appeal / demand for meeting, negotiation
026 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to engage in dialogue/talks/negotiations
026 | verb | call on/upon _ to engage in dialogue/talks/negotiations
026 | verb | appeal to _ to engage in dialogue/talks/negotiations
026 | verb | plead with _ to engage in dialogue/talks/negotiations
026 | verb | put/pile/increase pressure on _ to engage in dialogue/talks/negotiations
108 | verb | demand/insist that _ engage in dialogue/talks/negotiations
108 | verb | demand _ engage in dialogue/talks/negotiations
108 | verb | tell/order/instruct/require _ to engage in dialogue/talks/negotiations
108 | verb | say/insist [that] _ must engage in dialogue/talks/negotiations
026 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to sit down with
026 | verb | call on/upon _ to sit down with
026 | verb | plead with _ to sit down with
026 | verb | put/pile/increase pressure on _ to sit down with
108 | verb | demand/insist that _ sit down with
108 | verb | demand _ sit down with
108 | verb | tell/order/instruct/require _ to sit down with
108 | verb | say/insist [that] _ must sit down with
026 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to come/return to [the] [negotiating] table
026 | verb | call on/upon _ to come/return to [the] [negotiating] table
026 | verb | appeal to _ to come/return to [the] [negotiating] table
026 | verb | plead with _ to come/return to [the] [negotiating] table
026 | verb | put/pile/increase pressure on _ to come/return to [the] [negotiating] table
108 | verb | demand/insist that _ come/return to [the] [negotiating] table
108 | verb | demand _ come/return to [the] [negotiating] table
108 | verb | tell/order/instruct/require _ to come/return to [the] [negotiating] table
108 | verb | say/insist [that] _ must come/return to [the] [negotiating] table
026 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to resume talks/negotiations/dialogue
026 | verb | call on/upon _ to resume talks/negotiations/dialogue
026 | verb | appeal to _ to resume talks/negotiations/dialogue
026 | verb | plead with _ to resume talks/negotiations/dialogue
026 | verb | put/pile/increase pressure on _ to resume talks/negotiations/dialogue
108 | verb | demand/insist that _ resume talks/negotiations/dialogue
108 | verb | demand _ resume talks/negotiations/dialogue
108 | verb | tell/order/instruct/require _ to resume talks/negotiations/dialogue
108 | verb | say/insist [that] _ must resume talks/negotiations/dialogue
026 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to hold talks
026 | verb | call on/upon _ to hold talks
026 | verb | plead with _ to hold talks
026 | verb | put/pile/increase pressure on _ to hold talks
108 | verb | demand/insist that _ hold talks
108 | verb | demand _ hold talks
108 | verb | tell/order/instruct/require _ to hold talks
108 | verb | say/insist [that] _ must hold talks
026 | verb | call/appeal/press/push/plead/ask/lobby for [the] resumption of talks/negotiations/dialogue with _
026 | verb | seek/urge [the] resumption of talks/negotiations/dialogue with _
026 | verb | make/issue/launch [a/an] call/appeal/plea for [the] resumption of talks/negotiations/dialogue with _
026 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [the] resumption of talks/negotiations/dialogue with _
026 | noun | call/appeal/plea/request for [the] resumption of talks/negotiations/dialogue with _
108 | verb | demand [the] resumption of talks/negotiations/dialogue with _
108 | verb | insist on [the] resumption of talks/negotiations/dialogue with _
108 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [the] resumption of talks/negotiations/dialogue with _
108 | noun | demand for [the] resumption of talks/negotiations/dialogue with _
026 | verb | call/appeal/press/push/plead/ask/lobby for dialogue/talks/negotiations/summit with _
026 | verb | seek/urge dialogue/talks/negotiations/summit with _
026 | verb | make/issue/launch [a/an] call/appeal/plea for dialogue/talks/negotiations/summit with _
026 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for dialogue/talks/negotiations/summit with _
026 | noun | call/appeal/plea/request for dialogue/talks/negotiations/summit with _
108 | verb | demand dialogue/talks/negotiations/summit with _
108 | verb | insist on dialogue/talks/negotiations/summit with _
108 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for dialogue/talks/negotiations/summit with _
108 | noun | demand for dialogue/talks/negotiations/summit with _
026 | verb | call/appeal/press/push/plead/ask/lobby for [a] summit with _
026 | verb | seek/urge [a] summit with _
026 | verb | make/issue/launch [a/an] call/appeal/plea for [a] summit with _
026 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [a] summit with _
026 | noun | call/appeal/plea/request for [a] summit with _
108 | verb | demand [a] summit with _
108 | verb | insist on [a] summit with _
108 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for [a] summit with _
108 | noun | demand for [a] summit with _

# 027 / -  appeal / demand for settle dispute
027 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to reach [a] settlement/compromise
027 | verb | call on/upon _ to reach [a] settlement/compromise
027 | verb | appeal to _ to reach [a] settlement/compromise
027 | verb | plead with _ to reach [a] settlement/compromise
027 | verb | put/pile/increase pressure on _ to reach [a] settlement/compromise
027 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to make peace
027 | verb | call on/upon _ to make peace
027 | verb | plead with _ to make peace
027 | verb | put/pile/increase pressure on _ to make peace
027 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to resolve [the/their/its] dispute/differences
027 | verb | call on/upon _ to resolve [the/their/its] dispute/differences
027 | verb | appeal to _ to resolve [the/their/its] dispute/differences
027 | verb | plead with _ to resolve [the/their/its] dispute/differences
027 | verb | put/pile/increase pressure on _ to resolve [the/their/its] dispute/differences
027 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to settle [the/their/its] dispute/differences
027 | verb | call on/upon _ to settle [the/their/its] dispute/differences
027 | verb | appeal to _ to settle [the/their/its] dispute/differences
027 | verb | plead with _ to settle [the/their/its] dispute/differences
027 | verb | put/pile/increase pressure on _ to settle [the/their/its] dispute/differences
027 | verb | call/appeal/press/push/plead/ask/lobby for [a] peaceful/negotiated/political resolution/settlement/solution of/to [the] conflict/dispute with _
027 | verb | seek/urge [a] peaceful/negotiated/political resolution/settlement/solution of/to [the] conflict/dispute with _
027 | verb | make/issue/launch [a/an] call for [a] peaceful resolution/settlement/solution of/to [the] conflict/dispute with _
027 | verb | make/issue/launch [a/an] call for [a] negotiated/political resolution of/to [the] conflict/dispute with _
027 | verb | make/issue/launch [a/an] call for [a] negotiated/political settlement/solution of/to [the] conflict/dispute with _
027 | verb | make/issue/launch [a/an] appeal/plea for [a] peaceful resolution of/to [the] conflict/dispute with _
027 | verb | make/issue/launch [a/an] appeal/plea for [a] peaceful settlement/solution of/to [the] conflict/dispute with _
027 | verb | make/issue/launch [a/an] appeal/plea for [a] negotiated/political resolution of/to [the] conflict/dispute with _
027 | verb | make/issue/launch [a/an] appeal for [a] negotiated/political settlement/solution of/to [the] conflict/dispute with _
027 | verb | make/issue/launch [a/an] plea for [a] negotiated/political settlement/solution of/to [the] conflict/dispute with _
027 | verb | renew/reiterate/repeat [its/their] call/calls for [a] peaceful resolution/settlement/solution of/to [the] conflict/dispute with _
027 | verb | renew/reiterate/repeat [its/their] call/calls for [a] negotiated/political resolution of/to [the] conflict/dispute with _
027 | verb | renew/reiterate/repeat [its/their] call/calls for [a] negotiated/political settlement/solution of/to [the] conflict/dispute with _
027 | verb | renew/reiterate/repeat [its/their] appeal/appeals for [a] peaceful resolution/settlement/solution of/to [the] conflict/dispute with _
027 | verb | renew/reiterate/repeat [its/their] appeal/appeals for [a] negotiated/political resolution of/to [the] conflict/dispute with _
027 | verb | renew/reiterate/repeat [its/their] appeal/appeals for [a] negotiated/political settlement/solution of/to [the] conflict/dispute with _
027 | noun | call/appeal/plea/request for [a] peaceful/negotiated/political resolution/settlement/solution of/to [the] conflict/dispute with _
027 | verb | call/appeal/press/push/plead/ask/lobby for [a] peaceful/negotiated/political resolution/settlement/solution with _
027 | verb | seek/urge [a] peaceful/negotiated/political resolution/settlement/solution with _
027 | verb | make/issue/launch [a/an] call/appeal/plea for [a] peaceful/negotiated/political resolution/settlement/solution with _
027 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for [a] peaceful/negotiated/political resolution/settlement/solution with _
027 | noun | call/appeal/plea/request for [a] peaceful/negotiated/political resolution/settlement/solution with _
027 | verb | call/appeal/press/push/plead/ask/lobby for reconciliation with _
027 | verb | seek/urge reconciliation with _
027 | verb | make/issue/launch [a/an] call/appeal/plea for reconciliation with _
027 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for reconciliation with _
027 | noun | call/appeal/plea/request for reconciliation with _

# 028 / 105  appeal / demand for mediation
028 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to agree to [international/foreign/regional] mediation/arbitration
028 | verb | call on/upon _ to agree to [international/foreign/regional] mediation/arbitration
028 | verb | appeal to _ to agree to [international/foreign/regional] mediation/arbitration
028 | verb | plead with _ to agree to [international/foreign/regional] mediation/arbitration
028 | verb | put/pile/increase pressure on _ to agree to [international/foreign/regional] mediation/arbitration
105 | verb | demand/insist that _ agree to [international/foreign/regional] mediation/arbitration
105 | verb | demand _ agree to [international/foreign/regional] mediation/arbitration
105 | verb | tell/order/instruct/require _ to agree to [international/foreign/regional] mediation/arbitration
105 | verb | say/insist [that] _ must agree to [international/foreign/regional] mediation/arbitration
028 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to accept [international/foreign/regional] mediation/arbitration
028 | verb | call on/upon _ to accept [international/foreign/regional] mediation/arbitration
028 | verb | appeal to _ to accept [international/foreign/regional] mediation/arbitration
028 | verb | plead with _ to accept [international/foreign/regional] mediation/arbitration
028 | verb | put/pile/increase pressure on _ to accept [international/foreign/regional] mediation/arbitration
105 | verb | demand/insist that _ accept [international/foreign/regional] mediation/arbitration
105 | verb | demand _ accept [international/foreign/regional] mediation/arbitration
105 | verb | tell/order/instruct/require _ to accept [international/foreign/regional] mediation/arbitration
105 | verb | say/insist [that] _ must accept [international/foreign/regional] mediation/arbitration
028 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to accept [the] mediation offer
028 | verb | call on/upon _ to accept [the] mediation offer
028 | verb | appeal to _ to accept [the] mediation offer
028 | verb | plead with _ to accept [the] mediation offer
028 | verb | put/pile/increase pressure on _ to accept [the] mediation offer
105 | verb | demand/insist that _ accept [the] mediation offer
105 | verb | demand _ accept [the] mediation offer
105 | verb | tell/order/instruct/require _ to accept [the] mediation offer
105 | verb | say/insist [that] _ must accept [the] mediation offer
028 | verb | urge/press/ask/implore/exhort/beg/encourage/push/lobby/prod/nudge/request/pressure/beseech/entreat _ to take/refer/submit [the/their/its] dispute to [international] arbitration/mediation
028 | verb | call on/upon _ to take/refer/submit [the/their/its] dispute to [international] arbitration/mediation
028 | verb | appeal to _ to take/refer/submit [the/their/its] dispute to [international] arbitration/mediation
028 | verb | plead with _ to take/refer/submit [the/their/its] dispute to [international] arbitration/mediation
028 | verb | put/pile/increase pressure on _ to take/refer/submit [the/their/its] dispute to [international] arbitration/mediation
105 | verb | demand/insist that _ take/refer/submit [the/their/its] dispute to [international] arbitration/mediation
105 | verb | demand _ take/refer/submit [the/their/its] dispute to [international] arbitration/mediation
105 | verb | tell/order/instruct/require _ to take/refer/submit [the/their/its] dispute to [international] arbitration/mediation
105 | verb | say/insist [that] _ must take/refer/submit [the/their/its] dispute to [international] arbitration/mediation
028 | verb | call/appeal/press/push/plead/ask/lobby for arbitration of [the] dispute with _
028 | verb | seek/urge arbitration of [the] dispute with _
028 | verb | make/issue/launch [a/an] call/appeal/plea for arbitration of [the] dispute with _
028 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for arbitration of [the] dispute with _
028 | noun | call/appeal/plea/request for arbitration of [the] dispute with _
105 | verb | demand arbitration of [the] dispute with _
105 | verb | insist on arbitration of [the] dispute with _
105 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for arbitration of [the] dispute with _
105 | noun | demand for arbitration of [the] dispute with _
028 | verb | call/appeal/press/push/plead/ask/lobby for international/foreign/regional mediation in _
028 | verb | seek/urge international/foreign/regional mediation in _
028 | verb | make/issue/launch [a/an] call/appeal/plea for international/foreign/regional mediation in _
028 | verb | renew/reiterate/repeat [its/their] call/calls/appeal/appeals for international/foreign/regional mediation in _
028 | noun | call/appeal/plea/request for international/foreign/regional mediation in _
105 | verb | demand international/foreign/regional mediation in _
105 | verb | insist on international/foreign/regional mediation in _
105 | verb | renew/reiterate/repeat/issue/make [its/their/a] demand/demands for international/foreign/regional mediation in _
105 | noun | demand for international/foreign/regional mediation in _

# ---- hand-written patterns for statements, cooperation, aid and investigation ----

# 011 Decline comment
011 | verb | is/are/was/were not available for [immediate] comment
011 | verb | is/are/was/were not available for [immediate] comment on/about/regarding _
011 | verb | could/can not be reached for comment
011 | verb | could/can not be reached for comment on/about/regarding _
011 | verb | could/can not immediately be reached for comment
011 | verb | would/will neither confirm nor deny
011 | verb | stay/remain/keep tight-lipped about/on/over _
011 | verb | sidestep/dodge/deflect/duck questions about/on/over _
011 | verb | decline/refuse to elaborate on _
011 | verb | decline to discuss _

011 | verb | do not [immediately] respond to [a] request/requests for comment
011 | verb | do not [immediately] respond to [a] request/requests for comment on/about/regarding _
011 | verb | do not [immediately] return calls/messages seeking comment

# 012 Make pessimistic comment
012 | verb | voice/express scepticism/skepticism/doubt/doubts about/over [the] chances/prospects/likelihood of
012 | verb | voice/express [deep/strong/considerable/serious/grave/growing/profound] scepticism/skepticism/doubt/doubts that
012 | verb | voice/express scepticism/skepticism/doubt/doubts about/over [a/the] deal/agreement/accord/breakthrough/settlement with _
012 | verb | voice/express scepticism/skepticism/doubt/doubts about/over [the] talks/negotiations with _
012 | verb | say [that] there is/was little/no hope of/for
012 | verb | see/saw little/no hope of/for
012 | verb | is/are/was/were pessimistic about/over/on _
012 | verb | is/are/was/were gloomy about/over/on _
012 | verb | dampen hopes of/for
012 | verb | lower expectations for/of _
012 | verb | play down [the] chances/prospects/hopes of
012 | verb | downplay [the] chances/prospects/hopes of

# 013 Make optimistic comment
013 | verb | sound/strike [a] positive/upbeat/optimistic/hopeful note on/about/over _
013 | verb | is/are/was/were upbeat about/on/over _
013 | verb | is/are/was/were confident that [the] dispute/deal/talks/agreement/accord with _
013 | verb | is/are/was/were optimistic about/over/on _
013 | verb | is/are/was/were hopeful about/over/on _
013 | verb | say [that] [a] deal/agreement/breakthrough/settlement with _ was/is within reach
013 | verb | predict [a] breakthrough in/on

# 014 Consider policy option
014 | verb | keep/leave [the] option/options of _
014 | verb | keep [the] possibility of

# 016 Deny responsibility
016 | verb | wash [its/their/his/her] hands of _

# 018 Make empathetic comment
018 | verb | pay [a] tribute to [the] victims/dead
018 | verb | pay [a] tribute to [the] victims of [the] attack/bombing/earthquake/floods/disaster/fire/crash/tragedy in _
018 | verb | offer/send/express [its/their/his/her] sympathies to _
018 | verb | share [the] grief of _

# 019 Express accord
019 | verb | is/are/was/were on [the] same page as/with _
019 | verb | is/are/was/were in [full/complete/broad/general] agreement with _
019 | verb | is/are/was/were in [full/complete/broad/general] agreement on/over
019 | verb | is/are/was/were of one mind on/about
019 | verb | voice/express [its/their] agreement with _

# 060 Engage in material cooperation
060 | verb | work together with _ to
060 | verb | coordinate [its/their] efforts with _ to
060 | verb | cooperate/collaborate with _ on [the] search/hunt/rescue/recovery/cleanup/clean-up/salvage
060 | verb | cooperate/collaborate with _ on [the] search for
060 | verb | cooperate/collaborate with _ to clear/rebuild/repair/restore/contain/fight/tackle/combat/build

# 061 Cooperate economically
061 | verb | resume [direct] flights/flight to _
061 | verb | launch/open [direct] flights to _
061 | verb | increase/boost/raise [its] imports of
061 | verb | increase/boost/raise [its] imports from _
061 | verb | step up [its] imports of
061 | verb | step up [its] imports from _
061 | verb | deepen/strengthen/expand/boost [its] trade/economic/commercial ties with _
061 | verb | deepen/strengthen/expand/boost [its] trade/economic/commercial relations with _
061 | verb | sign [a] currency swap deal/agreement/line with _

# 062 Cooperate militarily
062 | verb | grant/give/allow access to [its] military/air/naval bases/ports/airfields to _
062 | verb | conduct joint counter-terrorism/counterterrorism/anti-terror/anti-terrorism/military/security operations/operation/offensive with _
062 | verb | carry out joint counter-terrorism/counterterrorism/anti-terror/anti-terrorism/military/security operations/operation/offensive with _
062 | verb | launch joint counter-terrorism/counterterrorism/anti-terror/anti-terrorism/military/security operations/operation/offensive with _

062 | verb | host warships/frigates/destroyers/submarines/bombers/aircraft from _
062 | verb | host [a] port call by _
062 | verb | host [a] visit by [a/an] warship/frigate/destroyer/submarine/aircraft carrier from _

# 063 Engage in judicial cooperation
063 | verb | deport/repatriate/return [a/an/the] wanted/fugitive [former] businessman/banker/minister/tycoon/official/militant/militants/suspect/suspects/man/men/fugitive/fugitives/executive to _
063 | verb | deport/repatriate/return [a/an/the] suspected/alleged fraudster/fraudsters/militant/militants/trafficker/traffickers/smuggler/smugglers/terrorist/terrorists to _
063 | verb | repatriate/return [a/an/the] fugitive/fugitives/suspect/suspects to _
063 | verb | repatriate/return [a/an/the] fugitive [former] banker/businessman/minister/tycoon/official/executive to _

# 064 Share intelligence or information
064 | verb | provide/give/pass/supply information to _
064 | verb | provide/give/pass/supply _ with information
064 | verb | hand/give/send/pass _ [a] dossier on/about
064 | verb | hand/give/send/pass [a] dossier on/about
064 | verb | hand/give/send/pass [a] dossier to _

# 071 Provide economic aid
071 | verb | inject/pump/pour into [the] economy/treasury/coffers/budget/banks of _
071 | verb | inject/pump/pour into [the] central bank of _

# 072 Provide military aid
072 | verb | arm [the] forces/army/military/troops/rebels/militia/militias/fighters of _

# 073 Provide humanitarian aid

# 074 Provide military protection or peacekeeping
074 | verb | provide security for [the] elections/election/vote/polls/summit in _
074 | verb | send/dispatch/deploy [a/an] peacekeeping/stabilisation/stabilization/protection force/mission/contingent to/in _
074 | verb | send/dispatch/deploy [a/an] multinational/international peacekeeping force/mission/contingent to/in _

# 093 Investigate military action
093 | verb | investigate/probe [the] cross-border/military/naval/border raid/clash/incursion/skirmish/operation/offensive
093 | noun | investigation/inquiry/probe into [the] naval/border/cross-border/military clash/clashes/raid/incursion/skirmish/operation

# 1043 Demand rights
1043 | verb | demand from _ [the] right/rights to/of

# 0231 Appeal for economic aid (help with paying)
0231 | verb | plead with _ for help/assistance/support in/with financing/funding/paying
0231 | verb | appeal to _ for help/assistance/support in/with financing/funding/paying
0231 | verb | ask/press/urge/implore _ for help/assistance/support in/with financing/funding/paying

# 061 Cooperate economically (investment into a country's sectors)
061 | verb | pour/plough/plow/pump/sink/channel into _ power/energy/infrastructure/transport/mining/oil/gas plants/stations/projects/sector/sectors
061 | verb | pour/plough/plow/pump/sink/channel into _ motorways/highways/railways/ports/roads/mines/oilfields/refineries
061 | verb | pour/plough/plow/pump/sink/channel into _ power/energy/infrastructure/transport projects
061 | verb | pour/plough/plow/pump/sink/channel billions/millions [of] [dollars/euros/yuan/pounds] into _ power/energy/infrastructure/transport/mining/oil/gas plants/stations/projects/sector/sectors
061 | verb | pour/plough/plow/pump/sink/channel billions/millions [of] [dollars/euros/yuan/pounds] into _ motorways/highways/railways/ports/roads/mines/oilfields/refineries/economy
061 | verb | invest in _ power/energy/infrastructure/transport/mining/oil/gas plants/stations/projects/sector/sectors

# 072 Provide military aid (named systems)
072 | verb | hand over [its] @weapons to _
072 | verb | hand over [its] S-300/S-400/Patriot/NASAMS/IRIS-T/Hawk/Crotale air defence/defense system/systems/battery/batteries to _
072 | verb | transfer/give/donate/send/deliver [its] S-300/S-400/Patriot/NASAMS/IRIS-T/Hawk/Crotale air defence/defense system/systems/battery/batteries to _
072 | verb | hand over [its] air defence/defense system/battery to _

# 073 Provide humanitarian aid (pandemic and medical supplies)
073 | verb | ship/send/deliver/airlift/donate/fly [tonnes/tons] [of] masks/ventilators/respirators/PPE
073 | verb | ship/send/deliver/airlift/donate/fly [tonnes/tons] [of] protective equipment/gear
073 | verb | ship/send/deliver/airlift/donate/fly [tonnes/tons] [of] test kits

# 091 Investigate crime, corruption
091 | verb | launch/open [a/an] probe/investigation/inquiry into [the] [alleged] theft/embezzlement/misappropriation/looting
091 | verb | launch/open [a/an] probe/investigation/inquiry into [the] [alleged] fraud/bribery/graft/corruption
091 | verb | launch/open [a/an] corruption/graft/fraud/bribery/embezzlement probe/investigation/inquiry into

# 092 Investigate human rights abuses
092 | verb | set up [a/an] commission/panel to investigate/probe [alleged] abuses/violations/atrocities/torture by/in _
092 | verb | set up [a/an] mission/inquiry to investigate/probe [alleged] abuses/violations/atrocities/torture by/in _
092 | verb | establish/create/appoint [a/an] commission/panel to investigate/probe [alleged] abuses/violations/atrocities/torture by/in _
092 | verb | establish/create/appoint [a/an] mission/inquiry to investigate/probe [alleged] abuses/violations/atrocities/torture by/in _
092 | verb | set up [a/an] commission/panel/mission/inquiry to investigate/probe [alleged] human rights abuses/violations by/in _
092 | verb | establish/create/appoint [a/an] commission/panel/mission/inquiry to investigate/probe [alleged] human rights abuses/violations by/in _


# ---- second sweep batch ----
012 | verb | say [that] [the] talks/negotiations with _ are/were unlikely to succeed
012 | verb | describe [the] prospects/chances of/for [a] deal/agreement/settlement/peace with _ as bleak/dim/poor/slim/remote/grim
012 | verb | voice/express [deep/strong/considerable/serious/grave/growing/profound] scepticism/skepticism about/over [the] ceasefire/truce/peace with _
012 | verb | voice/express [deep/strong/considerable/serious/grave/growing/profound] doubt/doubts about/over [the] ceasefire/truce/peace with _
013 | verb | say [that] [the] talks/negotiations with _ are/were on [the] right track
013 | verb | welcome/hail signs of progress in/on [the] talks/negotiations with _
013 | verb | say [that] it/he/she/they believed [a] deal/agreement/settlement with _ was/is close/near
018 | verb | is/are/was/were [deeply] saddened/grieved by [the] loss of life/lives in _
019 | verb | support/share/endorse [the] view/views/position/stance of _
020 | verb | come under [growing/mounting/intense/strong/increasing/heavy] pressure from _ to | recipient
0233 | verb | make/issue/launch [a/an] [urgent/emergency/desperate] appeal/plea to _ for @humanitarian_aid
0231 | verb | make/issue/launch [a/an] [urgent/emergency/desperate] appeal/plea to _ for @economic_aid
0232 | verb | make/issue/launch [a/an] [urgent/emergency/desperate] appeal/plea to _ for @weapons
0232 | verb | seek/request/solicit military help/aid/assistance/support/equipment from _
060 | verb | join _ in [the] effort/efforts/search/fight/operation/campaign to
060 | verb | launch/conduct [a] joint clean-up/cleanup/search/rescue/salvage of
061 | verb | open [its] airspace to airlines/carriers/flights/planes from _
062 | verb | deploy troops/soldiers/forces alongside [the] forces/troops/army/soldiers of _
062 | verb | fight alongside [the] forces/troops/army/soldiers of _
063 | verb | send [a/the] fugitive/fugitives/suspect/suspects back to _
063 | verb | return/send/hand [a/the] [suspected/alleged/convicted] war criminal/criminals [back] to _
063 | verb | transfer [a/the] prisoner/prisoners/convict/convicts/inmate/inmates to _ to serve
064 | verb | hand/give/send/pass/provide _ [the] flight/phone/bank/travel/passenger/radar/tracking data/records/logs
064 | verb | give/hand/pass/provide _ details of [the] plot/attack/plan/operation/network/suspects/cell
072 | verb | hand/give/send/deliver _ [a] batch/shipment/consignment of @weapons
074 | verb | send/deploy/dispatch troops/soldiers/marines/forces to guard/protect
071 | verb | provide/give/extend budgetary support/assistance/aid to _
071 | verb | top up [the] reserves of [the] central bank of _
092 | verb | probe/investigate [reports/allegations/claims] of torture/abuse/abuses/ill-treatment/mistreatment/rape/disappearances
093 | verb | investigate/probe [a/the] cross-border/border attack/raid/strike/incursion/shelling
094 | verb | send/dispatch/deploy war crimes investigators/experts/team/teams/prosecutors to _
060 | verb | carry out [a] joint clean-up/cleanup/search/rescue/salvage of

# 020 Appeal with a that-clause (the complement's action refines the sub-code)
020 | verb | ask/request/urge that _

# ---- third sweep batch: support verbs and nominal objects ----
063 | verb | order [the] extradition of
073 | verb | deliver/send/ship/fly [a] consignment/shipment/cargo/planeload/convoy of @humanitarian_aid to _
073 | verb | organise/organize/launch/mount/begin [an] airlift of @humanitarian_aid to _
073 | verb | organise/organize/launch/mount/begin [an] airlift of supplies/aid to _
073 | noun | airlift of @humanitarian_aid to _
091 | verb | bring in anti-corruption/anti-graft/fraud investigators/auditors
092 | verb | commission/order [an/a] inquiry/investigation/probe into [alleged] abuses/torture/violations/atrocities [by/in] _
