# Organisations that probe-articles-8a showed missing.
repsol | name=Repsol | names=Repsol SA | code=ESPBUS | country=ESP | sector=BUS | kind=company
cnpc | name=China National Petroleum Corporation | names=China National Petroleum Corp; China National Petroleum Corp. | code=CHNBUS | country=CHN | sector=BUS | kind=company
