# Organisations from the domestic-politics article probes (eval/probes/probe-articles-8b.jsonl)
oromo-federalist-congress | name=Oromo Federalist Congress | names=OFC | code=ETHOPP | country=ETH | sector=OPP | kind=party
cnsp-mali | name=National Committee for the Salvation of the People | names=CNSP; Comite National pour le Salut du Peuple | code=MLIMIL | country=MLI | sector=MIL | kind=armed
