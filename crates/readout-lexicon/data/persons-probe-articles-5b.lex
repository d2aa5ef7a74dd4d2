# People met in eval/probes/probe-articles-5b.jsonl.
lal-krishna-advani | name=L.K. Advani | family=Advani | given=Lal Krishna | names=L. K. Advani; Lal Krishna Advani; LK Advani | country=IND | role=IND GOV 1998-03-19..2004-05-22 Home Minister | role=IND GOV 2002-06-29..2004-05-22 Deputy Prime Minister
lai-mohammed | name=Lai Mohammed | family=Mohammed | given=Lai | country=NGA | role=NGA GOV 2015-11-11..2023-05-29 Information Minister
foday-sankoh | name=Foday Sankoh | family=Sankoh | given=Foday | names=Foday Saybana Sankoh | country=SLE | role=SLE REB 1991-03..2000-05-17 Rebel Leader
