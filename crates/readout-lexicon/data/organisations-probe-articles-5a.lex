# Organisations that eval/probes/probe-articles-5a.jsonl needed (fifth round of article probes).
cambodia-national-rescue-party | name=Cambodia National Rescue Party | names=CNRP; Cambodian National Rescue Party | code=KHMOPP | country=KHM | sector=OPP | kind=party
