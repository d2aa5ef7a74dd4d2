# People met in eval/probes/probe-articles-6b.jsonl.
ali-mohamed-gedi | name=Ali Mohamed Gedi | family=Gedi | given=Ali Mohamed | names=Ali Mohammed Ghedi; Ali Mohamed Ghedi | country=SOM | role=SOM GOV 2004-11-03..2007-10-29 Prime Minister
velupillai-prabhakaran | name=Velupillai Prabhakaran | family=Prabhakaran | given=Velupillai | names=Vellupillai Prabhakaran | country=LKA | role=LKA SEP 1976-05-05..2009-05-19 Leader
alexander-milinkevich | name=Alexander Milinkevich | family=Milinkevich | given=Alexander | names=Alyaksandr Milinkevich; Aleksandr Milinkevich | country=BLR | role=BLR OPP 2005-10-02..2010 Opposition Leader
ibrahim-gambari | name=Ibrahim Gambari | family=Gambari | given=Ibrahim | names=Ibrahim Agboola Gambari | country=NGA | role=IGOUNO GOV 2007-05..2010-01 UN envoy | role=NGA GOV 1984..1985 Foreign Minister
godefroid-niyombare | name=Godefroid Niyombare | family=Niyombare | given=Godefroid | country=BDI | role=BDI MIL 2015-05-13..2015-05-16 Coup Leader
manuel-zelaya | name=Manuel Zelaya | family=Zelaya | given=Manuel | names=Jose Manuel Zelaya; Mel Zelaya | country=HND | role=HND GOV 2006-01-27..2010-01-27 President [shared]
roberto-micheletti | name=Roberto Micheletti | family=Micheletti | given=Roberto | country=HND | role=HND LEG 2006-01-25..2009-06-28 Speaker | role=HND GOV 2009-06-28..2010-01-27 President [shared]
