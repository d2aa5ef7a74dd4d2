# People from the domestic-politics article probes (eval/probes/probe-articles-8b.jsonl)
suharto | name=Suharto | family=Suharto | names=Soeharto; Haji Mohammad Suharto | country=IDN | role=IDN GOV 1967-03-12..1998-05-21 President
b-j-habibie | name=B.J. Habibie | family=Habibie | given=Bacharuddin Jusuf | names=BJ Habibie; B. J. Habibie; Bacharuddin Jusuf Habibie | country=IDN | role=IDN GOV 1998-05-21..1999-10-20 President | role=IDN GOV 1998-03-11..1998-05-21 Vice President
amien-rais | name=Amien Rais | family=Rais | given=Amien | names=Mohammad Amien Rais | country=IDN | role=IDN OPP 1995..1999-10-03 Opposition Leader | role=IDN LEG 1999-10-03..2004-10-05 Speaker
wiranto | name=Wiranto | family=Wiranto | country=IDN | role=IDN MIL 1998-02-16..1999-10-26 Armed Forces Commander | role=IDN GOV 1999-10-26..2000-02-15 Security Minister
gyanendra | name=Gyanendra | family=Gyanendra | names=Gyanendra Shah; Gyanendra Bir Bikram Shah Dev; Gyanendra Bir Bikram Shah | country=NPL | role=NPL GOV 2001-06-04..2008-05-28 King
askar-akayev | name=Askar Akayev | family=Akayev | given=Askar | names=Askar Akaev | country=KGZ | role=KGZ GOV 1990-10-27..2005-04-11 President
kurmanbek-bakiyev | name=Kurmanbek Bakiyev | family=Bakiyev | given=Kurmanbek | names=Kurmanbek Bakiev | country=KGZ | role=KGZ GOV 2000-12-21..2002-05-22 Prime Minister | role=KGZ OPP 2002-05-22..2005-03-24 Opposition Leader | role=KGZ GOV 2005-03-24..2005-08-14 Acting President | role=KGZ GOV 2005-08-14..2010-04-15 President
lucio-gutierrez | name=Lucio Gutierrez | family=Gutierrez | given=Lucio | names=Lucio Gutiérrez | country=ECU | role=ECU GOV 2003-01-15..2005-04-20 President
alfredo-palacio | name=Alfredo Palacio | family=Palacio | given=Alfredo | country=ECU | role=ECU GOV 2003-01-15..2005-04-20 Vice President | role=ECU GOV 2005-04-20..2007-01-15 President
robert-kocharyan | name=Robert Kocharyan | family=Kocharyan | given=Robert | names=Robert Kocharian | country=ARM | role=ARM GOV 1998-04-09..2008-04-09 President | role=ARM GOV 1997-03-20..1998-04-09 Prime Minister
levon-ter-petrosyan | name=Levon Ter-Petrosyan | family=Ter-Petrosyan | given=Levon | names=Levon Ter-Petrossian; Levon Ter-Petrosian | country=ARM | role=ARM GOV 1991-10-16..1998-02-03 President | role=ARM OPP 2007-09-21..2017-04 Opposition Leader
marc-ravalomanana | name=Marc Ravalomanana | family=Ravalomanana | given=Marc | country=MDG | role=MDG GOV 2002-05-06..2009-03-17 President
fernando-lugo | name=Fernando Lugo | family=Lugo | given=Fernando | names=Fernando Lugo Méndez | country=PRY | role=PRY GOV 2008-08-15..2012-06-22 President
federico-franco | name=Federico Franco | family=Franco | given=Federico | country=PRY | role=PRY GOV 2008-08-15..2012-06-22 Vice President | role=PRY GOV 2012-06-22..2013-08-15 President
valentin-paniagua | name=Valentin Paniagua | family=Paniagua | given=Valentin | names=Valentín Paniagua | country=PER | role=PER LEG 2000-11-16..2000-11-22 Speaker | role=PER GOV 2000-11-22..2001-07-28 President
merera-gudina | name=Merera Gudina | family=Merera | given=Merera | names=Merera Gudina Jefo | country=ETH | role=ETH OPP 2012..2024 Opposition Leader
cristiana-chamorro | name=Cristiana Chamorro | family=Chamorro | given=Cristiana | names=Cristiana Chamorro Barrios | country=NIC | role=NIC OPP 2021-03..2023-02 Opposition Leader
fethullah-gulen | name=Fethullah Gulen | family=Gulen | given=Fethullah | names=Fethullah Gülen; Muhammed Fethullah Gulen | country=TUR | role=TUR REL 1999..2024-10-20 Cleric
carles-puigdemont | name=Carles Puigdemont | family=Puigdemont | given=Carles | country=ESP | role=ESP GOV 2016-01-12..2017-10-28 Catalan President
guillermo-farinas | name=Guillermo Farinas | family=Farinas | given=Guillermo | names=Guillermo Fariñas | country=CUB | role=CUB OPP 2003.. Dissident
