# People that eval/probes/probe-articles-5a.jsonl needed (fifth round of article probes).
# Wire copy calls the Cambodian opposition leader "Sokha" on second mention.
kem-sokha | name=Kem Sokha | family=Kem | given=Sokha | names=Sokha | country=KHM
# British opposition leaders (Leader of the Opposition as head of the Labour Party)
jeremy-corbyn | name=Jeremy Corbyn | family=Corbyn | given=Jeremy | country=GBR | role=GBR OPP 2015-09-12..2020-04-04 Labour leader
keir-starmer | name=Keir Starmer | family=Starmer | given=Keir | country=GBR | role=GBR OPP 2020-04-04..2024-07-05 Labour leader
