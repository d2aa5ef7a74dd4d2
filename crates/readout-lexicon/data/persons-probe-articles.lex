# readout persons-probe-articles.lex: office-holders named in the probe articles in eval/probes/probe-articles.jsonl
# that the built-in person files did not list. Format as persons-*.lex (see docs/lexicon.md). Written for readout.
alija-izetbegovic | name=Alija Izetbegovic | family=Izetbegovic | given=Alija | names=Alija Izetbegović | country=BIH | role=BIH GOV 1990-12-20..1996-10-05 President | role=BIH GOV 1996-10-05..2000-10-14 Presidency Member
franjo-tudjman | name=Franjo Tudjman | family=Tudjman | given=Franjo | names=Franjo Tuđman; Tuđman; Franjo Tudman | country=HRV | role=HRV GOV 1990-05-30..1999-12-10 President
charles-taylor | name=Charles Taylor | family=Taylor | given=Charles | names=Charles Ghankay Taylor | country=LBR | role=LBR GOV 1997-08-02..2003-08-11 President | role=LBR REB 1989..1997-08-02 Rebel Leader
moses-blah | name=Moses Blah | family=Blah | given=Moses | names=Moses Zeh Blah | country=LBR | role=LBR GOV 2000-07..2003-08-11 Vice President | role=LBR GOV 2003-08-11..2003-10-14 President
john-kufuor | name=John Kufuor | family=Kufuor | given=John | names=John Agyekum Kufuor; J.A. Kufuor | country=GHA | role=GHA GOV 2001-01-07..2009-01-07 President
rene-preval | name=Rene Preval | family=Preval | given=Rene | names=René Préval; Rene Garcia Preval | country=HTI | role=HTI GOV 1996-02-07..2001-02-07 President | role=HTI GOV 2006-05-14..2011-05-14 President | role=HTI GOV 1991-02-13..1991-10-11 Prime Minister
vladimir-padrino | name=Vladimir Padrino | family=Padrino | given=Vladimir | names=Vladimir Padrino Lopez; Vladimir Padrino López; Padrino Lopez | country=VEN | role=VEN GOV 2014-10-24.. Defence Minister
perfecto-yasay | name=Perfecto Yasay | family=Yasay | given=Perfecto | names=Perfecto Yasay Jr.; Perfecto Jr. Yasay | country=PHL | role=PHL GOV 2016-06-30..2017-03-08 Foreign Secretary
abdul-salam-zaeef | name=Abdul Salam Zaeef | family=Zaeef | given=Abdul Salam | names=Mullah Abdul Salam Zaeef; Abdul Salam Zaif | country=AFG | role=AFG REB 2000..2002-01 Ambassador
andriy-yermak | name=Andriy Yermak | family=Yermak | given=Andriy | names=Andrii Yermak; Andriy Yermak | country=UKR | role=UKR GOV 2020-02-11..2025-11-28 Head of the Presidential Office
