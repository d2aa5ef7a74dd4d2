# People that eval/probes/probe-articles-3.jsonl needed.
alberto-fujimori | name=Alberto Fujimori | family=Fujimori | given=Alberto | country=PER | role=PER GOV 1990-07-28..2000-11-22 President
sixto-duran-ballen | name=Sixto Duran Ballen | family=Duran Ballen | given=Sixto | names=Sixto Durán Ballén | country=ECU | role=ECU GOV 1992-08-10..1996-08-10 President
christophe-castaner | name=Christophe Castaner | family=Castaner | given=Christophe | country=FRA | role=FRA GOV 2018-10-16..2020-07-06 Interior Minister
simon-birmingham | name=Simon Birmingham | given=Simon | country=AUS | role=AUS GOV 2018-08-28..2020-12-30 Trade Minister | role=AUS GOV 2020-12-30..2022-05-23 Finance Minister
john-bolton | name=John Bolton | family=Bolton | given=John | names=John R. Bolton | country=USA | role=USA GOV 2018-04-09..2019-09-10 National Security Adviser | role=USA GOV 2005-08-01..2006-12-09 Ambassador to the United Nations
guillermo-botero | name=Guillermo Botero | family=Botero | given=Guillermo | country=COL | role=COL GOV 2018-08-07..2019-11-06 Defence Minister
jan-hamacek | name=Jan Hamacek | family=Hamacek | given=Jan | names=Jan Hamáček | country=CZE | role=CZE GOV 2019-06-13..2021-12-17 Interior Minister | role=CZE GOV 2021-04-12..2021-04-21 Foreign Minister [shared]
steven-mnuchin | name=Steven Mnuchin | family=Mnuchin | given=Steven | names=Steve Mnuchin | country=USA | role=USA GOV 2017-02-13..2021-01-20 Treasury Secretary
