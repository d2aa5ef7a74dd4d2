# Round-2 article probes: people and offices missing at the dates the articles use
lee-teng-hui | name=Lee Teng-hui | family=Lee | given=Teng-hui | names=Lee Teng-Hui | country=TWN | role=TWN GOV 1988-01-13..2000-05-20 President
don-mckinnon | name=Don McKinnon | family=McKinnon | given=Don | names=Donald McKinnon | country=NZL | role=IGOBLKCWN GOV 2000-04-01..2008-04-01 Commonwealth Secretary-General | role=NZL GOV 1990-11-02..1999-12-10 Foreign Minister
laisenia-qarase | name=Laisenia Qarase | family=Qarase | given=Laisenia | country=FJI | role=FJI GOV 2000-07-04..2006-12-05 Prime Minister
frank-bainimarama | name=Frank Bainimarama | family=Bainimarama | given=Frank | country=FJI | role=FJI MIL 1999-03-01..2014-03-05 Military Commander
viktor-yanukovych | name=Viktor Yanukovych | family=Yanukovych | given=Viktor | names=Yanukovich | country=UKR
viktor-yushchenko | name=Viktor Yushchenko | family=Yushchenko | given=Viktor | country=UKR | role=UKR OPP 2001-05-29..2005-01-23 Opposition Leader
