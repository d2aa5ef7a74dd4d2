# People that eval/probes/probe-articles-4.jsonl needed (fourth round of article probes).
pierre-buyoya | name=Pierre Buyoya | family=Buyoya | given=Pierre | country=BDI | role=BDI GOV 1996-07-25..2003-04-30 President | role=BDI GOV 1987-09-03..1993-07-10 President
mustafa-akinci | name=Mustafa Akinci | family=Akinci | given=Mustafa | names=Mustafa Akıncı | country=CYP | role=CYP SEP 2015-04-30..2020-10-23 Turkish Cypriot leader
kamisese-mara | name=Kamisese Mara | family=Mara | given=Kamisese | names=Ratu Sir Kamisese Mara; Ratu Mara | country=FJI | role=FJI GOV 1994-01-18..2000-05-29 President | role=FJI GOV 1987-12-05..1992-06-02 Prime Minister | role=FJI GOV 1970-10-10..1987-04-13 Prime Minister
mahendra-chaudhry | name=Mahendra Chaudhry | family=Chaudhry | given=Mahendra | country=FJI | role=FJI GOV 1999-05-19..2000-05-27 Prime Minister
george-speight | name=George Speight | family=Speight | given=George | country=FJI | role=FJI REB 2000-05-19..2000-07-27 Coup Leader
ali-ahmeti | name=Ali Ahmeti | family=Ahmeti | given=Ali | country=MKD | role=MKD REB 2001-01..2001-09-27 National Liberation Army Leader | role=MKD PTY 2002-06-05.. Democratic Union for Integration Leader
boris-trajkovski | name=Boris Trajkovski | family=Trajkovski | given=Boris | country=MKD | role=MKD GOV 1999-12-15..2004-02-26 President
benjamin-mkapa | name=Benjamin Mkapa | family=Mkapa | given=Benjamin | country=TZA | role=TZA GOV 1995-11-23..2005-12-21 President
geng-shuang | name=Geng Shuang | family=Geng | given=Shuang | country=CHN | role=CHN GOV 2016-04..2020-08 Foreign Ministry Spokesman
mikheil-saakashvili | name=Mikheil Saakashvili | family=Saakashvili | given=Mikheil | country=GEO | role=GEO OPP 2001-10..2004-01-25 Opposition Leader
