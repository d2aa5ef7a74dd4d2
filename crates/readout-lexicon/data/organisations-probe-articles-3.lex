# Organisations that eval/probes/probe-articles-3.jsonl needed.
nippon-steel | name=Nippon Steel | names=Nippon Steel Corp; Nippon Steel & Sumitomo Metal; Nippon Steel and Sumitomo Metal | code=JPNBUS | country=JPN | sector=BUS | kind=company
