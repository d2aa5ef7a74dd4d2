# persons-europe.lex — heads of state and heads of government of European states (plus Kosovo)
# who held office at any time from 2015-01-01 on, with all their head-of-state/government terms
# and, where known, their foreign, defence and finance minister terms.
# Format: see docs/lexicon.md (section persons-*.lex).

# ---------------------------------------------------------------- Russia
vladimir-putin | name=Vladimir Putin | family=Putin | given=Vladimir | names=Vladimir Vladimirovich Putin; Vladimir V. Putin | country=RUS | role=RUS GOV 2000-05-07..2008-05-07 President | role=RUS GOV 2012-05-07.. President | role=RUS GOV 1999-12-31..2000-05-07 Acting President | role=RUS GOV 1999-08-16..2000-05-07 Prime Minister | role=RUS GOV 2008-05-08..2012-05-07 Prime Minister
dmitry-medvedev | name=Dmitry Medvedev | family=Medvedev | given=Dmitry | names=Dmitri Medvedev; Dmitriy Medvedev; Dmitry Anatolyevich Medvedev; Dmitry A. Medvedev | country=RUS | role=RUS GOV 2008-05-07..2012-05-07 President | role=RUS GOV 2012-05-08..2020-01-16 Prime Minister
mikhail-mishustin | name=Mikhail Mishustin | family=Mishustin | given=Mikhail | names=Mikhail Vladimirovich Mishustin | country=RUS | role=RUS GOV 2020-01-16.. Prime Minister

# ---------------------------------------------------------------- Ukraine
petro-poroshenko | name=Petro Poroshenko | family=Poroshenko | given=Petro | names=Petro Oleksiyovych Poroshenko; Pyotr Poroshenko | country=UKR | role=UKR GOV 2014-06-07..2019-05-20 President | role=UKR GOV 2009-10-09..2010-03-11 Foreign Minister
volodymyr-zelensky | name=Volodymyr Zelensky | family=Zelensky | given=Volodymyr | names=Volodymyr Zelenskyy; Zelenskyy; Volodymyr Zelenskiy; Zelenskiy; Vladimir Zelensky; Volodymyr Oleksandrovych Zelensky | country=UKR | role=UKR GOV 2019-05-20.. President
arseniy-yatsenyuk | name=Arseniy Yatsenyuk | family=Yatsenyuk | given=Arseniy | names=Arseny Yatsenyuk; Arsenii Yatseniuk; Arseniy Yatseniuk; Yatseniuk | country=UKR | role=UKR GOV 2014-02-27..2016-04-14 Prime Minister | role=UKR GOV 2007-03..2007-12 Foreign Minister
volodymyr-groysman | name=Volodymyr Groysman | family=Groysman | given=Volodymyr | names=Volodymyr Hroisman; Hroisman; Volodymyr Groisman; Groisman | country=UKR | role=UKR GOV 2016-04-14..2019-08-29 Prime Minister
oleksiy-honcharuk | name=Oleksiy Honcharuk | family=Honcharuk | given=Oleksiy | names=Oleksii Honcharuk; Oleksiy Goncharuk; Goncharuk | country=UKR | role=UKR GOV 2019-08-29..2020-03-04 Prime Minister
denys-shmyhal | name=Denys Shmyhal | family=Shmyhal | given=Denys | names=Denis Shmygal; Shmygal | country=UKR | role=UKR GOV 2020-03-04..2025-07-17 Prime Minister | role=UKR GOV 2025-07-17..2026-01 Defence Minister
yulia-svyrydenko | name=Yulia Svyrydenko | family=Svyrydenko | given=Yulia | names=Yuliia Svyrydenko; Yulia Svyridenko | country=UKR | role=UKR GOV 2025-07-17.. Prime Minister

# ---------------------------------------------------------------- Belarus
alexander-lukashenko | name=Alexander Lukashenko | family=Lukashenko | given=Alexander | names=Alyaksandr Lukashenka; Lukashenka; Aleksandr Lukashenko; Alexander Lukashenka | country=BLR | role=BLR GOV 1994-07-20.. President
andrei-kobyakov | name=Andrei Kobyakov | family=Kobyakov | given=Andrei | names=Andrey Kobyakov; Andrei Kabyakou | country=BLR | role=BLR GOV 2014-12-27..2018-08-18 Prime Minister
sergei-rumas | name=Sergei Rumas | family=Rumas | given=Sergei | names=Sergey Rumas; Siarhei Rumas | country=BLR | role=BLR GOV 2018-08-18..2020-06-03 Prime Minister
roman-golovchenko | name=Roman Golovchenko | family=Golovchenko | given=Roman | names=Raman Halouchanka | country=BLR | role=BLR GOV 2020-06-03..2025-03 Prime Minister
alexander-turchin | name=Alexander Turchin | family=Turchin | given=Alexander | names=Aleksandr Turchin; Alyaksandr Turchyn | country=BLR | role=BLR GOV 2025-03.. Prime Minister

# ---------------------------------------------------------------- Moldova
nicolae-timofti | name=Nicolae Timofti | family=Timofti | given=Nicolae | country=MDA | role=MDA GOV 2012-03-23..2016-12-23 President
igor-dodon | name=Igor Dodon | family=Dodon | given=Igor | country=MDA | role=MDA GOV 2016-12-23..2020-12-24 President
maia-sandu | name=Maia Sandu | family=Sandu | given=Maia | country=MDA | role=MDA GOV 2020-12-24.. President | role=MDA GOV 2019-06-08..2019-11-14 Prime Minister
iurie-leanca | name=Iurie Leanca | family=Leanca | given=Iurie | names=Iurie Leancă; Yuri Leanca | country=MDA | role=MDA GOV 2013-04-25..2015-02-18 Prime Minister | role=MDA GOV 2009-09-25..2013-05-30 Foreign Minister
chiril-gaburici | name=Chiril Gaburici | family=Gaburici | given=Chiril | country=MDA | role=MDA GOV 2015-02-18..2015-06-22 Prime Minister
natalia-gherman | name=Natalia Gherman | family=Gherman | given=Natalia | country=MDA | role=MDA GOV 2015-06-22..2015-07-30 Acting Prime Minister | role=MDA GOV 2013-05-30..2016-01-20 Foreign Minister
valeriu-strelet | name=Valeriu Strelet | family=Strelet | given=Valeriu | names=Valeriu Streleț | country=MDA | role=MDA GOV 2015-07-30..2015-10-30 Prime Minister
gheorghe-brega | name=Gheorghe Brega | family=Brega | given=Gheorghe | country=MDA | role=MDA GOV 2015-10-30..2016-01-20 Acting Prime Minister
pavel-filip | name=Pavel Filip | family=Filip | given=Pavel | country=MDA | role=MDA GOV 2016-01-20..2019-06-08 Prime Minister
ion-chicu | name=Ion Chicu | family=Chicu | given=Ion | country=MDA | role=MDA GOV 2019-11-14..2020-12-31 Prime Minister | role=MDA GOV 2018-07..2019-06-08 Finance Minister
aureliu-ciocoi | name=Aureliu Ciocoi | family=Ciocoi | given=Aureliu | country=MDA | role=MDA GOV 2020-12-31..2021-08-06 Acting Prime Minister | role=MDA GOV 2019-11-14..2021-08-06 Foreign Minister
natalia-gavrilita | name=Natalia Gavrilita | family=Gavrilita | given=Natalia | names=Natalia Gavrilița | country=MDA | role=MDA GOV 2021-08-06..2023-02-16 Prime Minister | role=MDA GOV 2019-06-08..2019-11-14 Finance Minister
dorin-recean | name=Dorin Recean | family=Recean | given=Dorin | country=MDA | role=MDA GOV 2023-02-16..2025-11 Prime Minister
alexandru-munteanu | name=Alexandru Munteanu | family=Munteanu | given=Alexandru | country=MDA | role=MDA GOV 2025-11.. Prime Minister

# ---------------------------------------------------------------- Georgia
giorgi-margvelashvili | name=Giorgi Margvelashvili | family=Margvelashvili | given=Giorgi | country=GEO | role=GEO GOV 2013-11-17..2018-12-16 President
salome-zourabichvili | name=Salome Zourabichvili | family=Zourabichvili | given=Salome | names=Salome Zurabishvili; Zurabishvili | country=GEO | role=GEO GOV 2018-12-16..2024-12-29 President | role=GEO GOV 2004-03-18..2005-10-19 Foreign Minister
mikheil-kavelashvili | name=Mikheil Kavelashvili | family=Kavelashvili | given=Mikheil | names=Mikhail Kavelashvili | country=GEO | role=GEO GOV 2024-12-29.. President
irakli-garibashvili | name=Irakli Garibashvili | family=Garibashvili | given=Irakli | names=Irakli Gharibashvili; Gharibashvili | country=GEO | role=GEO GOV 2013-11-20..2015-12-30 Prime Minister | role=GEO GOV 2021-02-22..2024-02-08 Prime Minister | role=GEO GOV 2019-09-08..2021-02-22 Defence Minister
giorgi-kvirikashvili | name=Giorgi Kvirikashvili | family=Kvirikashvili | given=Giorgi | country=GEO | role=GEO GOV 2015-12-30..2018-06-20 Prime Minister | role=GEO GOV 2015-09-01..2015-12-30 Foreign Minister
mamuka-bakhtadze | name=Mamuka Bakhtadze | family=Bakhtadze | given=Mamuka | country=GEO | role=GEO GOV 2018-06-20..2019-09-08 Prime Minister | role=GEO GOV 2017-11..2018-06-20 Finance Minister
giorgi-gakharia | name=Giorgi Gakharia | family=Gakharia | given=Giorgi | country=GEO | role=GEO GOV 2019-09-08..2021-02-18 Prime Minister
irakli-kobakhidze | name=Irakli Kobakhidze | family=Kobakhidze | given=Irakli | country=GEO | role=GEO GOV 2024-02-08.. Prime Minister

# ---------------------------------------------------------------- Armenia
serzh-sargsyan | name=Serzh Sargsyan | family=Sargsyan | given=Serzh | names=Serzh Sargsian; Serzh Sarkisian; Serzh Sarkisyan | country=ARM | role=ARM GOV 2008-04-09..2018-04-09 President | role=ARM GOV 2007-04-04..2008-04-09 Prime Minister | role=ARM GOV 2018-04-17..2018-04-23 Prime Minister | role=ARM GOV 2000-05..2007-04 Defence Minister
armen-sarkissian | name=Armen Sarkissian | family=Sarkissian | given=Armen | names=Armen Sargsyan | country=ARM | role=ARM GOV 2018-04-09..2022-02-01 President | role=ARM GOV 1996-11-04..1997-03-20 Prime Minister
alen-simonyan | name=Alen Simonyan | family=Simonyan | given=Alen | country=ARM | role=ARM GOV 2022-02-01..2022-03-13 Acting President
vahagn-khachaturyan | name=Vahagn Khachaturyan | family=Khachaturyan | given=Vahagn | names=Vahagn Khachaturian | country=ARM | role=ARM GOV 2022-03-13.. President
hovik-abrahamyan | name=Hovik Abrahamyan | family=Abrahamyan | given=Hovik | names=Hovik Abrahamian | country=ARM | role=ARM GOV 2014-04-13..2016-09-13 Prime Minister
karen-karapetyan | name=Karen Karapetyan | family=Karapetyan | given=Karen | names=Karen Karapetian | country=ARM | role=ARM GOV 2016-09-13..2018-04-17 Prime Minister | role=ARM GOV 2018-04-23..2018-05-08 Acting Prime Minister
nikol-pashinyan | name=Nikol Pashinyan | family=Pashinyan | given=Nikol | names=Nikol Pashinian; Pashinian | country=ARM | role=ARM GOV 2018-05-08.. Prime Minister

# ---------------------------------------------------------------- Azerbaijan
ilham-aliyev | name=Ilham Aliyev | family=Aliyev | given=Ilham | names=Ilham Aliev; İlham Əliyev | country=AZE | role=AZE GOV 2003-10-31.. President | role=AZE GOV 2003-08-04..2003-11-04 Prime Minister
artur-rasizade | name=Artur Rasizade | family=Rasizade | given=Artur | names=Artur Rasi-zade | country=AZE | role=AZE GOV 1996-07-26..2003-08-04 Prime Minister | role=AZE GOV 2003-11-04..2018-04-21 Prime Minister
novruz-mammadov | name=Novruz Mammadov | family=Mammadov | given=Novruz | names=Novruz Mamedov | country=AZE | role=AZE GOV 2018-04-21..2019-10-08 Prime Minister
ali-asadov | name=Ali Asadov | family=Asadov | given=Ali | names=Əli Əsədov | country=AZE | role=AZE GOV 2019-10-08.. Prime Minister

# ---------------------------------------------------------------- Turkey
recep-tayyip-erdogan | name=Recep Tayyip Erdogan | family=Erdogan | given=Recep Tayyip | names=Recep Tayyip Erdoğan; Tayyip Erdogan; Tayyip Erdoğan; Erdoğan | country=TUR | role=TUR GOV 2014-08-28.. President | role=TUR GOV 2003-03-14..2014-08-28 Prime Minister
ahmet-davutoglu | name=Ahmet Davutoglu | family=Davutoglu | given=Ahmet | names=Ahmet Davutoğlu; Davutoğlu | country=TUR | role=TUR GOV 2014-08-28..2016-05-24 Prime Minister | role=TUR GOV 2009-05-01..2014-08-29 Foreign Minister
binali-yildirim | name=Binali Yildirim | family=Yildirim | given=Binali | names=Binali Yıldırım; Yıldırım | country=TUR | role=TUR GOV 2016-05-24..2018-07-09 Prime Minister

# ---------------------------------------------------------------- Cyprus
nicos-anastasiades | name=Nicos Anastasiades | family=Anastasiades | given=Nicos | names=Nikos Anastasiadis; Anastasiadis | country=CYP | role=CYP GOV 2013-02-28..2023-02-28 President
nikos-christodoulides | name=Nikos Christodoulides | family=Christodoulides | given=Nikos | names=Nicos Christodoulides | country=CYP | role=CYP GOV 2023-02-28.. President | role=CYP GOV 2018-03-01..2022-01-10 Foreign Minister

# ---------------------------------------------------------------- Greece
karolos-papoulias | name=Karolos Papoulias | family=Papoulias | given=Karolos | country=GRC | role=GRC GOV 2005-03-12..2015-03-13 President | role=GRC GOV 1985-07..1989-07 Foreign Minister | role=GRC GOV 1993-10..1996-01 Foreign Minister
prokopis-pavlopoulos | name=Prokopis Pavlopoulos | family=Pavlopoulos | given=Prokopis | country=GRC | role=GRC GOV 2015-03-13..2020-03-13 President
katerina-sakellaropoulou | name=Katerina Sakellaropoulou | family=Sakellaropoulou | given=Katerina | names=Aikaterini Sakellaropoulou | country=GRC | role=GRC GOV 2020-03-13..2025-03-13 President
konstantinos-tasoulas | name=Konstantinos Tasoulas | family=Tasoulas | given=Konstantinos | names=Kostas Tasoulas | country=GRC | role=GRC GOV 2025-03-13.. President
antonis-samaras | name=Antonis Samaras | family=Samaras | given=Antonis | country=GRC | role=GRC GOV 2012-06-20..2015-01-26 Prime Minister | role=GRC GOV 1990-04..1992-04 Foreign Minister
alexis-tsipras | name=Alexis Tsipras | family=Tsipras | given=Alexis | country=GRC | role=GRC GOV 2015-01-26..2015-08-27 Prime Minister | role=GRC GOV 2015-09-21..2019-07-08 Prime Minister | role=GRC GOV 2018-10..2019-02 Foreign Minister
vassiliki-thanou | name=Vassiliki Thanou | family=Thanou | given=Vassiliki | names=Vassiliki Thanou-Christophilou; Vasiliki Thanou | country=GRC | role=GRC GOV 2015-08-27..2015-09-21 Prime Minister
kyriakos-mitsotakis | name=Kyriakos Mitsotakis | family=Mitsotakis | given=Kyriakos | country=GRC | role=GRC GOV 2019-07-08..2023-05-25 Prime Minister | role=GRC GOV 2023-06-26.. Prime Minister
ioannis-sarmas | name=Ioannis Sarmas | family=Sarmas | given=Ioannis | country=GRC | role=GRC GOV 2023-05-25..2023-06-26 Prime Minister

# ---------------------------------------------------------------- Bulgaria
rosen-plevneliev | name=Rosen Plevneliev | family=Plevneliev | given=Rosen | country=BGR | role=BGR GOV 2012-01-22..2017-01-22 President
rumen-radev | name=Rumen Radev | family=Radev | given=Rumen | country=BGR | role=BGR GOV 2017-01-22..2026-01 President
iliana-iotova | name=Iliana Iotova | family=Iotova | given=Iliana | names=Iliana Yotova; Yotova | country=BGR | role=BGR GOV 2026-01.. President
boyko-borisov | name=Boyko Borisov | family=Borisov | given=Boyko | names=Boiko Borissov; Boyko Borissov | country=BGR | role=BGR GOV 2009-07-27..2013-03-13 Prime Minister | role=BGR GOV 2014-11-07..2017-01-27 Prime Minister | role=BGR GOV 2017-05-04..2021-05-12 Prime Minister
ognyan-gerdzhikov | name=Ognyan Gerdzhikov | family=Gerdzhikov | given=Ognyan | names=Ognian Gerdjikov | country=BGR | role=BGR GOV 2017-01-27..2017-05-04 Prime Minister
stefan-yanev | name=Stefan Yanev | family=Yanev | given=Stefan | country=BGR | role=BGR GOV 2021-05-12..2021-12-13 Prime Minister | role=BGR GOV 2017-01-27..2017-05-04 Defence Minister
kiril-petkov | name=Kiril Petkov | family=Petkov | given=Kiril | country=BGR | role=BGR GOV 2021-12-13..2022-08-02 Prime Minister
galab-donev | name=Galab Donev | family=Donev | given=Galab | country=BGR | role=BGR GOV 2022-08-02..2023-06-06 Prime Minister
nikolai-denkov | name=Nikolai Denkov | family=Denkov | given=Nikolai | names=Nikolay Denkov | country=BGR | role=BGR GOV 2023-06-06..2024-04-09 Prime Minister
dimitar-glavchev | name=Dimitar Glavchev | family=Glavchev | given=Dimitar | country=BGR | role=BGR GOV 2024-04-09..2025-01-16 Prime Minister
rosen-zhelyazkov | name=Rosen Zhelyazkov | family=Zhelyazkov | given=Rosen | country=BGR | role=BGR GOV 2025-01-16..2026-02 Prime Minister

# ---------------------------------------------------------------- Romania
klaus-iohannis | name=Klaus Iohannis | family=Iohannis | given=Klaus | names=Klaus Johannis | country=ROU | role=ROU GOV 2014-12-21..2025-02-12 President
ilie-bolojan | name=Ilie Bolojan | family=Bolojan | given=Ilie | country=ROU | role=ROU GOV 2025-02-12..2025-05-26 Interim President | role=ROU GOV 2025-06-23.. Prime Minister
nicusor-dan | name=Nicusor Dan | family=Dan | given=Nicusor | names=Nicușor Dan | country=ROU | role=ROU GOV 2025-05-26.. President
victor-ponta | name=Victor Ponta | family=Ponta | given=Victor | country=ROU | role=ROU GOV 2012-05-07..2015-11-04 Prime Minister
dacian-ciolos | name=Dacian Ciolos | family=Ciolos | given=Dacian | names=Dacian Cioloș | country=ROU | role=ROU GOV 2015-11-17..2017-01-04 Prime Minister
sorin-grindeanu | name=Sorin Grindeanu | family=Grindeanu | given=Sorin | country=ROU | role=ROU GOV 2017-01-04..2017-06-29 Prime Minister
mihai-tudose | name=Mihai Tudose | family=Tudose | given=Mihai | country=ROU | role=ROU GOV 2017-06-29..2018-01-16 Prime Minister
mihai-fifor | name=Mihai Fifor | family=Fifor | given=Mihai | country=ROU | role=ROU GOV 2018-01-16..2018-01-29 Interim Prime Minister
viorica-dancila | name=Viorica Dancila | family=Dancila | given=Viorica | names=Viorica Dăncilă | country=ROU | role=ROU GOV 2018-01-29..2019-11-04 Prime Minister
ludovic-orban | name=Ludovic Orban | family=Orban | given=Ludovic | country=ROU | role=ROU GOV 2019-11-04..2020-12-07 Prime Minister
nicolae-ciuca | name=Nicolae Ciuca | family=Ciuca | given=Nicolae | names=Nicolae Ciucă | country=ROU | role=ROU GOV 2020-12-07..2020-12-23 Interim Prime Minister | role=ROU GOV 2021-11-25..2023-06-15 Prime Minister | role=ROU GOV 2019-11-04..2021-11-25 Defence Minister
florin-citu | name=Florin Citu | family=Citu | given=Florin | names=Florin Cîțu | country=ROU | role=ROU GOV 2020-12-23..2021-11-25 Prime Minister | role=ROU GOV 2019-11-04..2020-12-23 Finance Minister
marcel-ciolacu | name=Marcel Ciolacu | family=Ciolacu | given=Marcel | country=ROU | role=ROU GOV 2023-06-15..2025-05-06 Prime Minister
catalin-predoiu | name=Catalin Predoiu | family=Predoiu | given=Catalin | names=Cătălin Predoiu | country=ROU | role=ROU GOV 2025-05-06..2025-06-23 Interim Prime Minister

# ---------------------------------------------------------------- Hungary
janos-ader | name=Janos Ader | family=Ader | given=Janos | names=János Áder; Áder | country=HUN | role=HUN GOV 2012-05-10..2022-05-10 President
katalin-novak | name=Katalin Novak | family=Novak | given=Katalin | names=Katalin Novák; Novák | country=HUN | role=HUN GOV 2022-05-10..2024-02-26 President
tamas-sulyok | name=Tamas Sulyok | family=Sulyok | given=Tamas | names=Tamás Sulyok | country=HUN | role=HUN GOV 2024-03-05.. President
viktor-orban | name=Viktor Orban | family=Orban | given=Viktor | names=Viktor Orbán; Orbán | country=HUN | role=HUN GOV 1998-07-06..2002-05-27 Prime Minister | role=HUN GOV 2010-05-29.. Prime Minister

# ---------------------------------------------------------------- Czech Republic
milos-zeman | name=Milos Zeman | family=Zeman | given=Milos | names=Miloš Zeman | country=CZE | role=CZE GOV 2013-03-08..2023-03-09 President | role=CZE GOV 1998-07-17..2002-07-15 Prime Minister
petr-pavel | name=Petr Pavel | family=Pavel | given=Petr | country=CZE | role=CZE GOV 2023-03-09.. President
bohuslav-sobotka | name=Bohuslav Sobotka | family=Sobotka | given=Bohuslav | country=CZE | role=CZE GOV 2014-01-17..2017-12-06 Prime Minister | role=CZE GOV 2002-07..2006-09 Finance Minister
andrej-babis | name=Andrej Babis | family=Babis | given=Andrej | names=Andrej Babiš; Babiš | country=CZE | role=CZE GOV 2017-12-06..2021-11-28 Prime Minister | role=CZE GOV 2025-12-09.. Prime Minister | role=CZE GOV 2014-01-29..2017-05-24 Finance Minister
petr-fiala | name=Petr Fiala | family=Fiala | given=Petr | country=CZE | role=CZE GOV 2021-11-28..2025-12-09 Prime Minister

# ---------------------------------------------------------------- Slovakia
andrej-kiska | name=Andrej Kiska | family=Kiska | given=Andrej | country=SVK | role=SVK GOV 2014-06-15..2019-06-15 President
zuzana-caputova | name=Zuzana Caputova | family=Caputova | given=Zuzana | names=Zuzana Čaputová; Čaputová | country=SVK | role=SVK GOV 2019-06-15..2024-06-15 President
peter-pellegrini | name=Peter Pellegrini | family=Pellegrini | given=Peter | country=SVK | role=SVK GOV 2024-06-15.. President | role=SVK GOV 2018-03-22..2020-03-21 Prime Minister
robert-fico | name=Robert Fico | family=Fico | given=Robert | country=SVK | role=SVK GOV 2006-07-04..2010-07-08 Prime Minister | role=SVK GOV 2012-04-04..2018-03-22 Prime Minister | role=SVK GOV 2023-10-25.. Prime Minister
igor-matovic | name=Igor Matovic | family=Matovic | given=Igor | names=Igor Matovič; Matovič | country=SVK | role=SVK GOV 2020-03-21..2021-04-01 Prime Minister | role=SVK GOV 2021-04-01..2022-12 Finance Minister
eduard-heger | name=Eduard Heger | family=Heger | given=Eduard | country=SVK | role=SVK GOV 2021-04-01..2023-05-15 Prime Minister | role=SVK GOV 2020-03-21..2021-04-01 Finance Minister
ludovit-odor | name=Ludovit Odor | family=Odor | given=Ludovit | names=Ľudovít Ódor; Ódor | country=SVK | role=SVK GOV 2023-05-15..2023-10-25 Prime Minister

# ---------------------------------------------------------------- Poland
bronislaw-komorowski | name=Bronislaw Komorowski | family=Komorowski | given=Bronislaw | names=Bronisław Komorowski | country=POL | role=POL GOV 2010-08-06..2015-08-06 President | role=POL GOV 2010-04-10..2010-07-08 Acting President | role=POL GOV 2000-06..2001-10 Defence Minister
andrzej-duda | name=Andrzej Duda | family=Duda | given=Andrzej | country=POL | role=POL GOV 2015-08-06..2025-08-06 President
karol-nawrocki | name=Karol Nawrocki | family=Nawrocki | given=Karol | country=POL | role=POL GOV 2025-08-06.. President
ewa-kopacz | name=Ewa Kopacz | family=Kopacz | given=Ewa | country=POL | role=POL GOV 2014-09-22..2015-11-16 Prime Minister
beata-szydlo | name=Beata Szydlo | family=Szydlo | given=Beata | names=Beata Szydło; Szydło | country=POL | role=POL GOV 2015-11-16..2017-12-11 Prime Minister
mateusz-morawiecki | name=Mateusz Morawiecki | family=Morawiecki | given=Mateusz | country=POL | role=POL GOV 2017-12-11..2023-12-13 Prime Minister | role=POL GOV 2016-09-28..2018-01-09 Finance Minister
donald-tusk | name=Donald Tusk | family=Tusk | given=Donald | country=POL | role=POL GOV 2007-11-16..2014-09-22 Prime Minister | role=POL GOV 2023-12-13.. Prime Minister

# ---------------------------------------------------------------- Germany
joachim-gauck | name=Joachim Gauck | family=Gauck | given=Joachim | country=DEU | role=DEU GOV 2012-03-18..2017-03-19 President
frank-walter-steinmeier | name=Frank-Walter Steinmeier | family=Steinmeier | given=Frank-Walter | country=DEU | role=DEU GOV 2017-03-19.. President | role=DEU GOV 2005-11-22..2009-10-28 Foreign Minister | role=DEU GOV 2013-12-17..2017-01-27 Foreign Minister
angela-merkel | name=Angela Merkel | family=Merkel | given=Angela | country=DEU | role=DEU GOV 2005-11-22..2021-12-08 Chancellor
olaf-scholz | name=Olaf Scholz | family=Scholz | given=Olaf | country=DEU | role=DEU GOV 2021-12-08..2025-05-06 Chancellor | role=DEU GOV 2018-03-14..2021-12-08 Finance Minister
friedrich-merz | name=Friedrich Merz | family=Merz | given=Friedrich | country=DEU | role=DEU GOV 2025-05-06.. Chancellor

# ---------------------------------------------------------------- Austria
heinz-fischer | name=Heinz Fischer | family=Fischer | given=Heinz | country=AUT | role=AUT GOV 2004-07-08..2016-07-08 President
alexander-van-der-bellen | name=Alexander Van der Bellen | family=Van der Bellen | given=Alexander | country=AUT | role=AUT GOV 2017-01-26.. President
werner-faymann | name=Werner Faymann | family=Faymann | given=Werner | country=AUT | role=AUT GOV 2008-12-02..2016-05-09 Chancellor
reinhold-mitterlehner | name=Reinhold Mitterlehner | family=Mitterlehner | given=Reinhold | country=AUT | role=AUT GOV 2016-05-09..2016-05-17 Acting Chancellor
christian-kern | name=Christian Kern | family=Kern | given=Christian | country=AUT | role=AUT GOV 2016-05-17..2017-12-18 Chancellor
sebastian-kurz | name=Sebastian Kurz | family=Kurz | given=Sebastian | country=AUT | role=AUT GOV 2017-12-18..2019-05-28 Chancellor | role=AUT GOV 2020-01-07..2021-10-11 Chancellor | role=AUT GOV 2013-12-16..2017-12-18 Foreign Minister
hartwig-loger | name=Hartwig Loger | family=Loger | given=Hartwig | names=Hartwig Löger; Löger | country=AUT | role=AUT GOV 2019-05-28..2019-06-03 Acting Chancellor | role=AUT GOV 2017-12-18..2019-06-03 Finance Minister
brigitte-bierlein | name=Brigitte Bierlein | family=Bierlein | given=Brigitte | country=AUT | role=AUT GOV 2019-06-03..2020-01-07 Chancellor
alexander-schallenberg | name=Alexander Schallenberg | family=Schallenberg | given=Alexander | country=AUT | role=AUT GOV 2021-10-11..2021-12-06 Chancellor | role=AUT GOV 2025-01-10..2025-03-03 Acting Chancellor | role=AUT GOV 2019-06-03..2021-10-11 Foreign Minister | role=AUT GOV 2021-12-06..2025-03-03 Foreign Minister
karl-nehammer | name=Karl Nehammer | family=Nehammer | given=Karl | country=AUT | role=AUT GOV 2021-12-06..2025-01-10 Chancellor
christian-stocker | name=Christian Stocker | family=Stocker | given=Christian | country=AUT | role=AUT GOV 2025-03-03.. Chancellor

# ---------------------------------------------------------------- Switzerland (President of the Confederation rotates yearly)
simonetta-sommaruga | name=Simonetta Sommaruga | family=Sommaruga | given=Simonetta | country=CHE | role=CHE GOV 2015-01-01..2016-01-01 President | role=CHE GOV 2020-01-01..2021-01-01 President
johann-schneider-ammann | name=Johann Schneider-Ammann | family=Schneider-Ammann | given=Johann | names=Johann N. Schneider-Ammann | country=CHE | role=CHE GOV 2016-01-01..2017-01-01 President
doris-leuthard | name=Doris Leuthard | family=Leuthard | given=Doris | country=CHE | role=CHE GOV 2010-01-01..2011-01-01 President | role=CHE GOV 2017-01-01..2018-01-01 President
alain-berset | name=Alain Berset | family=Berset | given=Alain | country=CHE | role=CHE GOV 2018-01-01..2019-01-01 President | role=CHE GOV 2023-01-01..2024-01-01 President
ueli-maurer | name=Ueli Maurer | family=Maurer | given=Ueli | country=CHE | role=CHE GOV 2013-01-01..2014-01-01 President | role=CHE GOV 2019-01-01..2020-01-01 President | role=CHE GOV 2009-01-01..2016-01-01 Defence Minister | role=CHE GOV 2016-01-01..2023-01-01 Finance Minister
guy-parmelin | name=Guy Parmelin | family=Parmelin | given=Guy | country=CHE | role=CHE GOV 2021-01-01..2022-01-01 President | role=CHE GOV 2026-01-01..2027-01-01 President | role=CHE GOV 2016-01-01..2019-01-01 Defence Minister
ignazio-cassis | name=Ignazio Cassis | family=Cassis | given=Ignazio | country=CHE | role=CHE GOV 2022-01-01..2023-01-01 President | role=CHE GOV 2017-11-01.. Foreign Minister
viola-amherd | name=Viola Amherd | family=Amherd | given=Viola | country=CHE | role=CHE GOV 2024-01-01..2025-01-01 President | role=CHE GOV 2019-01-01..2025-04-01 Defence Minister
karin-keller-sutter | name=Karin Keller-Sutter | family=Keller-Sutter | given=Karin | country=CHE | role=CHE GOV 2025-01-01..2026-01-01 President | role=CHE GOV 2023-01-01.. Finance Minister

# ---------------------------------------------------------------- Liechtenstein
hans-adam-ii | name=Hans-Adam II | family=Hans-Adam | names=Prince Hans-Adam II of Liechtenstein | country=LIE | role=LIE GOV 1989-11-13.. Prince
alois-of-liechtenstein | name=Alois | family=Alois | names=Hereditary Prince Alois of Liechtenstein; Prince Alois | country=LIE | role=LIE GOV 2004-08-15.. Hereditary Prince
adrian-hasler | name=Adrian Hasler | family=Hasler | given=Adrian | country=LIE | role=LIE GOV 2013-03-27..2021-03-25 Prime Minister
daniel-risch | name=Daniel Risch | family=Risch | given=Daniel | country=LIE | role=LIE GOV 2021-03-25..2025-04-10 Prime Minister
brigitte-haas | name=Brigitte Haas | family=Haas | given=Brigitte | country=LIE | role=LIE GOV 2025-04-10.. Prime Minister

# ---------------------------------------------------------------- Andorra (French co-prince Macron is under France)
joan-enric-vives | name=Joan Enric Vives | family=Vives | given=Joan Enric | names=Joan-Enric Vives i Sicília; Joan Enric Vives Sicilia | country=AND | role=AND GOV 2003-05-12..2025-05 Co-Prince
josep-lluis-serrano-pentinat | name=Josep-Lluis Serrano Pentinat | family=Serrano | given=Josep-Lluis | names=Josep-Lluís Serrano Pentinat; Josep-Lluís Serrano | country=AND | role=AND GOV 2025-05.. Co-Prince
antoni-marti | name=Antoni Marti | family=Marti | given=Antoni | names=Antoni Martí; Antoni Martí Petit | country=AND | role=AND GOV 2011-05-12..2019-05-16 Prime Minister
xavier-espot-zamora | name=Xavier Espot Zamora | family=Espot | given=Xavier | names=Xavier Espot | country=AND | role=AND GOV 2019-05-16.. Prime Minister

# ---------------------------------------------------------------- Monaco
albert-ii-of-monaco | name=Albert II | family=Albert | names=Prince Albert II of Monaco; Albert II of Monaco | country=MCO | role=MCO GOV 2005-04-06.. Prince
michel-roger | name=Michel Roger | family=Roger | given=Michel | country=MCO | role=MCO GOV 2010-03-29..2015-12-16 Minister of State
serge-telle | name=Serge Telle | family=Telle | given=Serge | country=MCO | role=MCO GOV 2016-02-01..2020-09-01 Minister of State
pierre-dartout | name=Pierre Dartout | family=Dartout | given=Pierre | country=MCO | role=MCO GOV 2020-09-01..2024-09-01 Minister of State
didier-guillaume | name=Didier Guillaume | family=Guillaume | given=Didier | country=MCO | role=MCO GOV 2024-09-02..2025-01-17 Minister of State
christophe-mirmand | name=Christophe Mirmand | family=Mirmand | given=Christophe | country=MCO | role=MCO GOV 2025-07.. Minister of State

# ---------------------------------------------------------------- San Marino (two Captains Regent every six months; only terms from 2014-10 listed)
gianfranco-terenzi | name=Gianfranco Terenzi | family=Terenzi | given=Gianfranco | country=SMR | role=SMR GOV 2014-10-01..2015-04-01 Captain Regent
guerrino-zanotti | name=Guerrino Zanotti | family=Zanotti | given=Guerrino | country=SMR | role=SMR GOV 2014-10-01..2015-04-01 Captain Regent
andrea-belluzzi | name=Andrea Belluzzi | family=Belluzzi | given=Andrea | country=SMR | role=SMR GOV 2015-04-01..2015-10-01 Captain Regent
roberto-venturini | name=Roberto Venturini | family=Venturini | given=Roberto | country=SMR | role=SMR GOV 2015-04-01..2015-10-01 Captain Regent
lorella-stefanelli | name=Lorella Stefanelli | family=Stefanelli | given=Lorella | country=SMR | role=SMR GOV 2015-10-01..2016-04-01 Captain Regent
nicola-renzi | name=Nicola Renzi | family=Renzi | given=Nicola | country=SMR | role=SMR GOV 2015-10-01..2016-04-01 Captain Regent | role=SMR GOV 2016-12-27..2020-01-08 Foreign Minister
gian-nicola-berti | name=Gian Nicola Berti | family=Berti | given=Gian Nicola | country=SMR | role=SMR GOV 2016-04-01..2016-10-01 Captain Regent
massimo-andrea-ugolini | name=Massimo Andrea Ugolini | family=Ugolini | given=Massimo Andrea | country=SMR | role=SMR GOV 2016-04-01..2016-10-01 Captain Regent
marino-riccardi | name=Marino Riccardi | family=Riccardi | given=Marino | country=SMR | role=SMR GOV 2016-10-01..2017-04-01 Captain Regent
fabio-berardi | name=Fabio Berardi | family=Berardi | given=Fabio | country=SMR | role=SMR GOV 2016-10-01..2017-04-01 Captain Regent
mimma-zavoli | name=Mimma Zavoli | family=Zavoli | given=Mimma | country=SMR | role=SMR GOV 2017-04-01..2017-10-01 Captain Regent
vanessa-d-ambrosio | name=Vanessa D'Ambrosio | family=D'Ambrosio | given=Vanessa | country=SMR | role=SMR GOV 2017-04-01..2017-10-01 Captain Regent
enrico-carattoni | name=Enrico Carattoni | family=Carattoni | given=Enrico | country=SMR | role=SMR GOV 2017-10-01..2018-04-01 Captain Regent
matteo-fiorini | name=Matteo Fiorini | family=Fiorini | given=Matteo | country=SMR | role=SMR GOV 2017-10-01..2018-04-01 Captain Regent
stefano-palmieri | name=Stefano Palmieri | family=Palmieri | given=Stefano | country=SMR | role=SMR GOV 2018-04-01..2018-10-01 Captain Regent
matteo-ciacci | name=Matteo Ciacci | family=Ciacci | given=Matteo | country=SMR | role=SMR GOV 2018-04-01..2018-10-01 Captain Regent
luca-santolini | name=Luca Santolini | family=Santolini | given=Luca | country=SMR | role=SMR GOV 2018-10-01..2019-04-01 Captain Regent
mirco-tomassoni | name=Mirco Tomassoni | family=Tomassoni | given=Mirco | country=SMR | role=SMR GOV 2018-10-01..2019-04-01 Captain Regent
nicola-selva | name=Nicola Selva | family=Selva | given=Nicola | country=SMR | role=SMR GOV 2019-04-01..2019-10-01 Captain Regent
michele-muratori | name=Michele Muratori | family=Muratori | given=Michele | country=SMR | role=SMR GOV 2019-04-01..2019-10-01 Captain Regent
luca-boschi | name=Luca Boschi | family=Boschi | given=Luca | country=SMR | role=SMR GOV 2019-10-01..2020-04-01 Captain Regent
mariella-mularoni | name=Mariella Mularoni | family=Mularoni | given=Mariella | country=SMR | role=SMR GOV 2019-10-01..2020-04-01 Captain Regent
alessandro-mancini | name=Alessandro Mancini | family=Mancini | given=Alessandro | country=SMR | role=SMR GOV 2020-04-01..2020-10-01 Captain Regent
grazia-zafferani | name=Grazia Zafferani | family=Zafferani | given=Grazia | country=SMR | role=SMR GOV 2020-04-01..2020-10-01 Captain Regent
alessandro-cardelli | name=Alessandro Cardelli | family=Cardelli | given=Alessandro | country=SMR | role=SMR GOV 2020-10-01..2021-04-01 Captain Regent
mirco-dolcini | name=Mirco Dolcini | family=Dolcini | given=Mirco | country=SMR | role=SMR GOV 2020-10-01..2021-04-01 Captain Regent
gian-carlo-venturini | name=Gian Carlo Venturini | family=Venturini | given=Gian Carlo | country=SMR | role=SMR GOV 2021-04-01..2021-10-01 Captain Regent
marco-nicolini | name=Marco Nicolini | family=Nicolini | given=Marco | country=SMR | role=SMR GOV 2021-04-01..2021-10-01 Captain Regent
francesco-mussoni | name=Francesco Mussoni | family=Mussoni | given=Francesco | country=SMR | role=SMR GOV 2021-10-01..2022-04-01 Captain Regent
giacomo-simoncini | name=Giacomo Simoncini | family=Simoncini | given=Giacomo | country=SMR | role=SMR GOV 2021-10-01..2022-04-01 Captain Regent
oscar-mina | name=Oscar Mina | family=Mina | given=Oscar | country=SMR | role=SMR GOV 2022-04-01..2022-10-01 Captain Regent
paolo-rondelli | name=Paolo Rondelli | family=Rondelli | given=Paolo | country=SMR | role=SMR GOV 2022-04-01..2022-10-01 Captain Regent
maria-luisa-berti | name=Maria Luisa Berti | family=Berti | given=Maria Luisa | country=SMR | role=SMR GOV 2022-10-01..2023-04-01 Captain Regent
manuel-ciavatta | name=Manuel Ciavatta | family=Ciavatta | given=Manuel | country=SMR | role=SMR GOV 2022-10-01..2023-04-01 Captain Regent
alessandro-scarano | name=Alessandro Scarano | family=Scarano | given=Alessandro | country=SMR | role=SMR GOV 2023-04-01..2023-10-01 Captain Regent
adele-tonnini | name=Adele Tonnini | family=Tonnini | given=Adele | country=SMR | role=SMR GOV 2023-04-01..2023-10-01 Captain Regent
filippo-tamagnini | name=Filippo Tamagnini | family=Tamagnini | given=Filippo | country=SMR | role=SMR GOV 2023-10-01..2024-04-01 Captain Regent
gaetano-troina | name=Gaetano Troina | family=Troina | given=Gaetano | country=SMR | role=SMR GOV 2023-10-01..2024-04-01 Captain Regent
alessandro-rossi-smr | name=Alessandro Rossi | family=Rossi | given=Alessandro | country=SMR | role=SMR GOV 2024-04-01..2024-10-01 Captain Regent
milena-gasperoni | name=Milena Gasperoni | family=Gasperoni | given=Milena | country=SMR | role=SMR GOV 2024-04-01..2024-10-01 Captain Regent
francesca-civerchia | name=Francesca Civerchia | family=Civerchia | given=Francesca | country=SMR | role=SMR GOV 2024-10-01..2025-04-01 Captain Regent
dalibor-riccardi | name=Dalibor Riccardi | family=Riccardi | given=Dalibor | country=SMR | role=SMR GOV 2024-10-01..2025-04-01 Captain Regent
denise-bronzetti | name=Denise Bronzetti | family=Bronzetti | given=Denise | country=SMR | role=SMR GOV 2025-04-01..2025-10-01 Captain Regent
italo-righi | name=Italo Righi | family=Righi | given=Italo | country=SMR | role=SMR GOV 2025-04-01..2025-10-01 Captain Regent
pasquale-valentini | name=Pasquale Valentini | family=Valentini | given=Pasquale | country=SMR | role=SMR GOV 2012-12..2016-12-27 Foreign Minister
luca-beccari | name=Luca Beccari | family=Beccari | given=Luca | country=SMR | role=SMR GOV 2020-01-08.. Foreign Minister

# ---------------------------------------------------------------- Italy
giorgio-napolitano | name=Giorgio Napolitano | family=Napolitano | given=Giorgio | country=ITA | role=ITA GOV 2006-05-15..2015-01-14 President
pietro-grasso | name=Pietro Grasso | family=Grasso | given=Pietro | country=ITA | role=ITA GOV 2015-01-14..2015-02-03 Acting President
sergio-mattarella | name=Sergio Mattarella | family=Mattarella | given=Sergio | country=ITA | role=ITA GOV 2015-02-03.. President | role=ITA GOV 1999-12-22..2001-06-11 Defence Minister
matteo-renzi | name=Matteo Renzi | family=Renzi | given=Matteo | country=ITA | role=ITA GOV 2014-02-22..2016-12-12 Prime Minister
paolo-gentiloni | name=Paolo Gentiloni | family=Gentiloni | given=Paolo | country=ITA | role=ITA GOV 2016-12-12..2018-06-01 Prime Minister | role=ITA GOV 2014-10-31..2016-12-12 Foreign Minister
giuseppe-conte | name=Giuseppe Conte | family=Conte | given=Giuseppe | country=ITA | role=ITA GOV 2018-06-01..2021-02-13 Prime Minister
mario-draghi | name=Mario Draghi | family=Draghi | given=Mario | country=ITA | role=ITA GOV 2021-02-13..2022-10-22 Prime Minister
giorgia-meloni | name=Giorgia Meloni | family=Meloni | given=Giorgia | country=ITA | role=ITA GOV 2022-10-22.. Prime Minister

# ---------------------------------------------------------------- France
francois-hollande | name=Francois Hollande | family=Hollande | given=Francois | names=François Hollande | country=FRA | role=FRA GOV 2012-05-15..2017-05-14 President
emmanuel-macron | name=Emmanuel Macron | family=Macron | given=Emmanuel | country=FRA | role=FRA GOV 2017-05-14.. President
manuel-valls | name=Manuel Valls | family=Valls | given=Manuel | country=FRA | role=FRA GOV 2014-03-31..2016-12-06 Prime Minister
bernard-cazeneuve | name=Bernard Cazeneuve | family=Cazeneuve | given=Bernard | country=FRA | role=FRA GOV 2016-12-06..2017-05-15 Prime Minister
edouard-philippe | name=Edouard Philippe | family=Philippe | given=Edouard | names=Édouard Philippe | country=FRA | role=FRA GOV 2017-05-15..2020-07-03 Prime Minister
jean-castex | name=Jean Castex | family=Castex | given=Jean | country=FRA | role=FRA GOV 2020-07-03..2022-05-16 Prime Minister
elisabeth-borne | name=Elisabeth Borne | family=Borne | given=Elisabeth | names=Élisabeth Borne | country=FRA | role=FRA GOV 2022-05-16..2024-01-09 Prime Minister
gabriel-attal | name=Gabriel Attal | family=Attal | given=Gabriel | country=FRA | role=FRA GOV 2024-01-09..2024-09-05 Prime Minister
michel-barnier | name=Michel Barnier | family=Barnier | given=Michel | country=FRA | role=FRA GOV 2024-09-05..2024-12-13 Prime Minister | role=FRA GOV 2004-03-31..2005-06-02 Foreign Minister
francois-bayrou | name=Francois Bayrou | family=Bayrou | given=Francois | names=François Bayrou | country=FRA | role=FRA GOV 2024-12-13..2025-09-09 Prime Minister
sebastien-lecornu | name=Sebastien Lecornu | family=Lecornu | given=Sebastien | names=Sébastien Lecornu | country=FRA | role=FRA GOV 2025-09-09.. Prime Minister | role=FRA GOV 2022-05-20..2025-09-09 Defence Minister

# ---------------------------------------------------------------- Spain
felipe-vi | name=Felipe VI | family=Felipe | names=King Felipe VI of Spain; Felipe VI of Spain | country=ESP | role=ESP GOV 2014-06-19.. King
mariano-rajoy | name=Mariano Rajoy | family=Rajoy | given=Mariano | country=ESP | role=ESP GOV 2011-12-21..2018-06-02 Prime Minister
pedro-sanchez | name=Pedro Sanchez | family=Sanchez | given=Pedro | names=Pedro Sánchez; Sánchez; Pedro Sánchez Pérez-Castejón | country=ESP | role=ESP GOV 2018-06-02.. Prime Minister

# ---------------------------------------------------------------- Portugal
anibal-cavaco-silva | name=Anibal Cavaco Silva | family=Cavaco Silva | given=Anibal | names=Aníbal Cavaco Silva | country=PRT | role=PRT GOV 2006-03-09..2016-03-09 President | role=PRT GOV 1985-11-06..1995-10-28 Prime Minister | role=PRT GOV 1980-01-03..1981-01-09 Finance Minister
marcelo-rebelo-de-sousa | name=Marcelo Rebelo de Sousa | family=Rebelo de Sousa | given=Marcelo | country=PRT | role=PRT GOV 2016-03-09..2026-03-09 President
antonio-jose-seguro | name=Antonio Jose Seguro | family=Seguro | given=Antonio Jose | names=António José Seguro | country=PRT | role=PRT GOV 2026-03-09.. President
pedro-passos-coelho | name=Pedro Passos Coelho | family=Passos Coelho | given=Pedro | country=PRT | role=PRT GOV 2011-06-21..2015-11-26 Prime Minister
antonio-costa | name=Antonio Costa | family=Costa | given=Antonio | names=António Costa | country=PRT | role=PRT GOV 2015-11-26..2024-04-02 Prime Minister
luis-montenegro | name=Luis Montenegro | family=Montenegro | given=Luis | names=Luís Montenegro | country=PRT | role=PRT GOV 2024-04-02.. Prime Minister

# ---------------------------------------------------------------- Ireland
michael-d-higgins | name=Michael D. Higgins | family=Higgins | given=Michael D. | names=Michael D Higgins; Michael Higgins | country=IRL | role=IRL GOV 2011-11-11..2025-11-11 President
catherine-connolly | name=Catherine Connolly | family=Connolly | given=Catherine | country=IRL | role=IRL GOV 2025-11-11.. President
enda-kenny | name=Enda Kenny | family=Kenny | given=Enda | country=IRL | role=IRL GOV 2011-03-09..2017-06-14 Taoiseach | role=IRL GOV 2014-05..2016-05 Defence Minister
leo-varadkar | name=Leo Varadkar | family=Varadkar | given=Leo | country=IRL | role=IRL GOV 2017-06-14..2020-06-27 Taoiseach | role=IRL GOV 2022-12-17..2024-04-09 Taoiseach | role=IRL GOV 2017-06-14..2020-06-27 Defence Minister
micheal-martin | name=Micheal Martin | family=Martin | given=Micheal | names=Micheál Martin; Michael Martin | country=IRL | role=IRL GOV 2020-06-27..2022-12-17 Taoiseach | role=IRL GOV 2025-01-23.. Taoiseach | role=IRL GOV 2008-05-07..2011-01-19 Foreign Minister | role=IRL GOV 2022-12-17..2025-01-23 Foreign Minister | role=IRL GOV 2022-12-17..2025-01-23 Defence Minister
simon-harris | name=Simon Harris | family=Harris | given=Simon | country=IRL | role=IRL GOV 2024-04-09..2025-01-23 Taoiseach | role=IRL GOV 2025-01-23..2025-11 Foreign Minister | role=IRL GOV 2025-01-23..2025-11 Defence Minister | role=IRL GOV 2025-11.. Finance Minister

# ---------------------------------------------------------------- United Kingdom
elizabeth-ii | name=Elizabeth II | family=Elizabeth | names=Queen Elizabeth II; Queen Elizabeth | country=GBR | role=GBR GOV 1952-02-06..2022-09-08 Queen
charles-iii | name=Charles III | family=Charles | names=King Charles III; Prince Charles; Charles, Prince of Wales | country=GBR | role=GBR GOV 2022-09-08.. King
david-cameron | name=David Cameron | family=Cameron | given=David | names=Lord Cameron | country=GBR | role=GBR GOV 2010-05-11..2016-07-13 Prime Minister | role=GBR GOV 2023-11-13..2024-07-05 Foreign Secretary
theresa-may | name=Theresa May | family=May | given=Theresa | country=GBR | role=GBR GOV 2016-07-13..2019-07-24 Prime Minister
boris-johnson | name=Boris Johnson | family=Johnson | given=Boris | names=Alexander Boris de Pfeffel Johnson | country=GBR | role=GBR GOV 2019-07-24..2022-09-06 Prime Minister | role=GBR GOV 2016-07-13..2018-07-09 Foreign Secretary
liz-truss | name=Liz Truss | family=Truss | given=Liz | names=Elizabeth Truss | country=GBR | role=GBR GOV 2022-09-06..2022-10-25 Prime Minister | role=GBR GOV 2021-09-15..2022-09-06 Foreign Secretary
rishi-sunak | name=Rishi Sunak | family=Sunak | given=Rishi | country=GBR | role=GBR GOV 2022-10-25..2024-07-05 Prime Minister | role=GBR GOV 2020-02-13..2022-07-05 Chancellor
keir-starmer | name=Keir Starmer | family=Starmer | given=Keir | names=Sir Keir Starmer | country=GBR | role=GBR GOV 2024-07-05.. Prime Minister

# ---------------------------------------------------------------- Netherlands
willem-alexander | name=Willem-Alexander | family=Willem-Alexander | names=King Willem-Alexander of the Netherlands; Willem Alexander | country=NLD | role=NLD GOV 2013-04-30.. King
mark-rutte | name=Mark Rutte | family=Rutte | given=Mark | country=NLD | role=NLD GOV 2010-10-14..2024-07-02 Prime Minister
dick-schoof | name=Dick Schoof | family=Schoof | given=Dick | country=NLD | role=NLD GOV 2024-07-02..2026-02 Prime Minister
rob-jetten | name=Rob Jetten | family=Jetten | given=Rob | country=NLD | role=NLD GOV 2026-02.. Prime Minister

# ---------------------------------------------------------------- Belgium
king-philippe | name=Philippe | family=Philippe | names=King Philippe of Belgium; Philippe of Belgium; King Filip | country=BEL | role=BEL GOV 2013-07-21.. King
charles-michel | name=Charles Michel | family=Michel | given=Charles | country=BEL | role=BEL GOV 2014-10-11..2019-10-27 Prime Minister
sophie-wilmes | name=Sophie Wilmes | family=Wilmes | given=Sophie | names=Sophie Wilmès; Wilmès | country=BEL | role=BEL GOV 2019-10-27..2020-10-01 Prime Minister | role=BEL GOV 2020-10-01..2022-07-15 Foreign Minister
alexander-de-croo | name=Alexander De Croo | family=De Croo | given=Alexander | country=BEL | role=BEL GOV 2020-10-01..2025-02-03 Prime Minister | role=BEL GOV 2018-12..2020-10-01 Finance Minister
bart-de-wever | name=Bart De Wever | family=De Wever | given=Bart | country=BEL | role=BEL GOV 2025-02-03.. Prime Minister

# ---------------------------------------------------------------- Luxembourg
grand-duke-henri | name=Henri | family=Henri | names=Grand Duke Henri of Luxembourg; Henri of Luxembourg | country=LUX | role=LUX GOV 2000-10-07..2025-10-03 Grand Duke
grand-duke-guillaume | name=Guillaume | family=Guillaume | names=Grand Duke Guillaume of Luxembourg; Guillaume of Luxembourg; Hereditary Grand Duke Guillaume | country=LUX | role=LUX GOV 2025-10-03.. Grand Duke
xavier-bettel | name=Xavier Bettel | family=Bettel | given=Xavier | country=LUX | role=LUX GOV 2013-12-04..2023-11-17 Prime Minister | role=LUX GOV 2023-11-17.. Foreign Minister
luc-frieden | name=Luc Frieden | family=Frieden | given=Luc | country=LUX | role=LUX GOV 2023-11-17.. Prime Minister | role=LUX GOV 2009-07-23..2013-12-04 Finance Minister

# ---------------------------------------------------------------- Denmark
margrethe-ii | name=Margrethe II | family=Margrethe | names=Queen Margrethe II of Denmark; Queen Margrethe | country=DNK | role=DNK GOV 1972-01-14..2024-01-14 Queen
frederik-x | name=Frederik X | family=Frederik | names=King Frederik X of Denmark; Crown Prince Frederik | country=DNK | role=DNK GOV 2024-01-14.. King
helle-thorning-schmidt | name=Helle Thorning-Schmidt | family=Thorning-Schmidt | given=Helle | country=DNK | role=DNK GOV 2011-10-03..2015-06-28 Prime Minister
lars-lokke-rasmussen | name=Lars Lokke Rasmussen | family=Rasmussen | given=Lars Lokke | names=Lars Løkke Rasmussen; Lars Loekke Rasmussen; Løkke Rasmussen; Lokke Rasmussen | country=DNK | role=DNK GOV 2009-04-05..2011-10-03 Prime Minister | role=DNK GOV 2015-06-28..2019-06-27 Prime Minister | role=DNK GOV 2022-12-15.. Foreign Minister | role=DNK GOV 2007-11-23..2009-04-05 Finance Minister
mette-frederiksen | name=Mette Frederiksen | family=Frederiksen | given=Mette | country=DNK | role=DNK GOV 2019-06-27.. Prime Minister

# ---------------------------------------------------------------- Sweden
carl-xvi-gustaf | name=Carl XVI Gustaf | family=Carl Gustaf | names=King Carl XVI Gustaf of Sweden; Carl Gustaf | country=SWE | role=SWE GOV 1973-09-15.. King
stefan-lofven | name=Stefan Lofven | family=Lofven | given=Stefan | names=Stefan Löfven; Löfven | country=SWE | role=SWE GOV 2014-10-03..2021-11-30 Prime Minister
magdalena-andersson | name=Magdalena Andersson | family=Andersson | given=Magdalena | country=SWE | role=SWE GOV 2021-11-30..2022-10-18 Prime Minister | role=SWE GOV 2014-10-03..2021-11-30 Finance Minister
ulf-kristersson | name=Ulf Kristersson | family=Kristersson | given=Ulf | country=SWE | role=SWE GOV 2022-10-18.. Prime Minister

# ---------------------------------------------------------------- Norway
harald-v | name=Harald V | family=Harald | names=King Harald V of Norway; King Harald | country=NOR | role=NOR GOV 1991-01-17.. King
erna-solberg | name=Erna Solberg | family=Solberg | given=Erna | country=NOR | role=NOR GOV 2013-10-16..2021-10-14 Prime Minister
jonas-gahr-store | name=Jonas Gahr Store | family=Store | given=Jonas Gahr | names=Jonas Gahr Støre; Støre; Gahr Store | country=NOR | role=NOR GOV 2021-10-14.. Prime Minister | role=NOR GOV 2005-10-17..2012-09-21 Foreign Minister

# ---------------------------------------------------------------- Finland
sauli-niinisto | name=Sauli Niinisto | family=Niinisto | given=Sauli | names=Sauli Niinistö; Niinistö | country=FIN | role=FIN GOV 2012-03-01..2024-03-01 President | role=FIN GOV 1996-02..2003-04 Finance Minister
alexander-stubb | name=Alexander Stubb | family=Stubb | given=Alexander | country=FIN | role=FIN GOV 2024-03-01.. President | role=FIN GOV 2014-06-24..2015-05-29 Prime Minister | role=FIN GOV 2008-04-04..2011-06-22 Foreign Minister | role=FIN GOV 2015-05-29..2016-06-22 Finance Minister
juha-sipila | name=Juha Sipila | family=Sipila | given=Juha | names=Juha Sipilä; Sipilä | country=FIN | role=FIN GOV 2015-05-29..2019-06-06 Prime Minister
antti-rinne | name=Antti Rinne | family=Rinne | given=Antti | country=FIN | role=FIN GOV 2019-06-06..2019-12-10 Prime Minister | role=FIN GOV 2014-06-06..2015-05-29 Finance Minister
sanna-marin | name=Sanna Marin | family=Marin | given=Sanna | country=FIN | role=FIN GOV 2019-12-10..2023-06-20 Prime Minister
petteri-orpo | name=Petteri Orpo | family=Orpo | given=Petteri | country=FIN | role=FIN GOV 2023-06-20.. Prime Minister | role=FIN GOV 2016-06-22..2019-06-06 Finance Minister

# ---------------------------------------------------------------- Estonia
toomas-hendrik-ilves | name=Toomas Hendrik Ilves | family=Ilves | given=Toomas Hendrik | country=EST | role=EST GOV 2006-10-09..2016-10-10 President | role=EST GOV 1996-12..1998-10 Foreign Minister | role=EST GOV 1999-03..2002-01 Foreign Minister
kersti-kaljulaid | name=Kersti Kaljulaid | family=Kaljulaid | given=Kersti | country=EST | role=EST GOV 2016-10-10..2021-10-11 President
alar-karis | name=Alar Karis | family=Karis | given=Alar | country=EST | role=EST GOV 2021-10-11.. President
taavi-roivas | name=Taavi Roivas | family=Roivas | given=Taavi | names=Taavi Rõivas; Rõivas | country=EST | role=EST GOV 2014-03-26..2016-11-23 Prime Minister
juri-ratas | name=Juri Ratas | family=Ratas | given=Juri | names=Jüri Ratas | country=EST | role=EST GOV 2016-11-23..2021-01-26 Prime Minister
kaja-kallas | name=Kaja Kallas | family=Kallas | given=Kaja | country=EST | role=EST GOV 2021-01-26..2024-07-23 Prime Minister
kristen-michal | name=Kristen Michal | family=Michal | given=Kristen | country=EST | role=EST GOV 2024-07-23.. Prime Minister

# ---------------------------------------------------------------- Latvia
andris-berzins | name=Andris Berzins | family=Berzins | given=Andris | names=Andris Bērziņš | country=LVA | role=LVA GOV 2011-07-08..2015-07-08 President
raimonds-vejonis | name=Raimonds Vejonis | family=Vejonis | given=Raimonds | names=Raimonds Vējonis; Vējonis | country=LVA | role=LVA GOV 2015-07-08..2019-07-08 President | role=LVA GOV 2014-01-22..2015-07-08 Defence Minister
egils-levits | name=Egils Levits | family=Levits | given=Egils | country=LVA | role=LVA GOV 2019-07-08..2023-07-08 President
edgars-rinkevics | name=Edgars Rinkevics | family=Rinkevics | given=Edgars | names=Edgars Rinkēvičs; Rinkēvičs | country=LVA | role=LVA GOV 2023-07-08.. President | role=LVA GOV 2011-10-25..2023-07-08 Foreign Minister
laimdota-straujuma | name=Laimdota Straujuma | family=Straujuma | given=Laimdota | country=LVA | role=LVA GOV 2014-01-22..2016-02-11 Prime Minister
maris-kucinskis | name=Maris Kucinskis | family=Kucinskis | given=Maris | names=Māris Kučinskis; Kučinskis | country=LVA | role=LVA GOV 2016-02-11..2019-01-23 Prime Minister
krisjanis-karins | name=Krisjanis Karins | family=Karins | given=Krisjanis | names=Krišjānis Kariņš; Kariņš | country=LVA | role=LVA GOV 2019-01-23..2023-09-15 Prime Minister | role=LVA GOV 2023-09-15..2024-03 Foreign Minister
evika-silina | name=Evika Silina | family=Silina | given=Evika | names=Evika Siliņa; Siliņa | country=LVA | role=LVA GOV 2023-09-15.. Prime Minister

# ---------------------------------------------------------------- Lithuania
dalia-grybauskaite | name=Dalia Grybauskaite | family=Grybauskaite | given=Dalia | names=Dalia Grybauskaitė; Grybauskaitė | country=LTU | role=LTU GOV 2009-07-12..2019-07-12 President | role=LTU GOV 2001-07-12..2004-05-01 Finance Minister
gitanas-nauseda | name=Gitanas Nauseda | family=Nauseda | given=Gitanas | names=Gitanas Nausėda; Nausėda | country=LTU | role=LTU GOV 2019-07-12.. President
algirdas-butkevicius | name=Algirdas Butkevicius | family=Butkevicius | given=Algirdas | names=Algirdas Butkevičius | country=LTU | role=LTU GOV 2012-12-13..2016-12-13 Prime Minister
saulius-skvernelis | name=Saulius Skvernelis | family=Skvernelis | given=Saulius | country=LTU | role=LTU GOV 2016-12-13..2020-12-11 Prime Minister
ingrida-simonyte | name=Ingrida Simonyte | family=Simonyte | given=Ingrida | names=Ingrida Šimonytė; Šimonytė | country=LTU | role=LTU GOV 2020-12-11..2024-12-12 Prime Minister | role=LTU GOV 2009-07-07..2012-12-13 Finance Minister
gintautas-paluckas | name=Gintautas Paluckas | family=Paluckas | given=Gintautas | country=LTU | role=LTU GOV 2024-12-12..2025-08 Prime Minister
inga-ruginiene | name=Inga Ruginiene | family=Ruginiene | given=Inga | names=Inga Ruginienė | country=LTU | role=LTU GOV 2025-08.. Prime Minister

# ---------------------------------------------------------------- Slovenia
borut-pahor | name=Borut Pahor | family=Pahor | given=Borut | country=SVN | role=SVN GOV 2012-12-22..2022-12-23 President | role=SVN GOV 2008-11-21..2012-02-10 Prime Minister
natasa-pirc-musar | name=Natasa Pirc Musar | family=Pirc Musar | given=Natasa | names=Nataša Pirc Musar | country=SVN | role=SVN GOV 2022-12-23.. President
miro-cerar | name=Miro Cerar | family=Cerar | given=Miro | country=SVN | role=SVN GOV 2014-09-18..2018-09-13 Prime Minister | role=SVN GOV 2018-09-13..2020-03-13 Foreign Minister
marjan-sarec | name=Marjan Sarec | family=Sarec | given=Marjan | names=Marjan Šarec; Šarec | country=SVN | role=SVN GOV 2018-09-13..2020-03-13 Prime Minister | role=SVN GOV 2022-06-01..2024-07 Defence Minister
janez-jansa | name=Janez Jansa | family=Jansa | given=Janez | names=Janez Janša; Janša | country=SVN | role=SVN GOV 2004-12-03..2008-11-21 Prime Minister | role=SVN GOV 2012-02-10..2013-03-20 Prime Minister | role=SVN GOV 2020-03-13..2022-06-01 Prime Minister | role=SVN GOV 1990-05-16..1994-03-29 Defence Minister | role=SVN GOV 2000-06..2000-11 Defence Minister
robert-golob | name=Robert Golob | family=Golob | given=Robert | country=SVN | role=SVN GOV 2022-06-01.. Prime Minister

# ---------------------------------------------------------------- Croatia
ivo-josipovic | name=Ivo Josipovic | family=Josipovic | given=Ivo | names=Ivo Josipović | country=HRV | role=HRV GOV 2010-02-18..2015-02-19 President
kolinda-grabar-kitarovic | name=Kolinda Grabar-Kitarovic | family=Grabar-Kitarovic | given=Kolinda | names=Kolinda Grabar-Kitarović; Grabar-Kitarović | country=HRV | role=HRV GOV 2015-02-19..2020-02-19 President | role=HRV GOV 2005-02-17..2008-01-12 Foreign Minister
zoran-milanovic | name=Zoran Milanovic | family=Milanovic | given=Zoran | names=Zoran Milanović; Milanović | country=HRV | role=HRV GOV 2020-02-19.. President | role=HRV GOV 2011-12-23..2016-01-22 Prime Minister
tihomir-oreskovic | name=Tihomir Oreskovic | family=Oreskovic | given=Tihomir | names=Tihomir Orešković; Orešković | country=HRV | role=HRV GOV 2016-01-22..2016-10-19 Prime Minister
andrej-plenkovic | name=Andrej Plenkovic | family=Plenkovic | given=Andrej | names=Andrej Plenković; Plenković | country=HRV | role=HRV GOV 2016-10-19.. Prime Minister

# ---------------------------------------------------------------- Malta
marie-louise-coleiro-preca | name=Marie-Louise Coleiro Preca | family=Coleiro Preca | given=Marie-Louise | country=MLT | role=MLT GOV 2014-04-04..2019-04-04 President
george-vella | name=George Vella | family=Vella | given=George | country=MLT | role=MLT GOV 2019-04-04..2024-04-04 President | role=MLT GOV 1996-10-28..1998-09-06 Foreign Minister | role=MLT GOV 2013-03-13..2017-06-09 Foreign Minister
myriam-spiteri-debono | name=Myriam Spiteri Debono | family=Spiteri Debono | given=Myriam | country=MLT | role=MLT GOV 2024-04-04.. President
joseph-muscat | name=Joseph Muscat | family=Muscat | given=Joseph | country=MLT | role=MLT GOV 2013-03-11..2020-01-13 Prime Minister
robert-abela | name=Robert Abela | family=Abela | given=Robert | country=MLT | role=MLT GOV 2020-01-13.. Prime Minister

# ---------------------------------------------------------------- Iceland
olafur-ragnar-grimsson | name=Olafur Ragnar Grimsson | family=Grimsson | given=Olafur Ragnar | names=Ólafur Ragnar Grímsson; Grímsson | country=ISL | role=ISL GOV 1996-08-01..2016-08-01 President | role=ISL GOV 1988-09-28..1991-04-30 Finance Minister
gudni-johannesson | name=Gudni Johannesson | family=Johannesson | given=Gudni | names=Guðni Th. Jóhannesson; Gudni Th. Johannesson; Gudni Thorlacius Johannesson | country=ISL | role=ISL GOV 2016-08-01..2024-08-01 President
halla-tomasdottir | name=Halla Tomasdottir | family=Tomasdottir | given=Halla | names=Halla Tómasdóttir; Tómasdóttir | country=ISL | role=ISL GOV 2024-08-01.. President
sigmundur-david-gunnlaugsson | name=Sigmundur David Gunnlaugsson | family=Gunnlaugsson | given=Sigmundur David | names=Sigmundur Davíð Gunnlaugsson | country=ISL | role=ISL GOV 2013-05-23..2016-04-07 Prime Minister
sigurdur-ingi-johannsson | name=Sigurdur Ingi Johannsson | family=Johannsson | given=Sigurdur Ingi | names=Sigurður Ingi Jóhannsson | country=ISL | role=ISL GOV 2016-04-07..2017-01-11 Prime Minister | role=ISL GOV 2024-04-09..2024-12-21 Finance Minister
bjarni-benediktsson | name=Bjarni Benediktsson | family=Benediktsson | given=Bjarni | country=ISL | role=ISL GOV 2017-01-11..2017-11-30 Prime Minister | role=ISL GOV 2024-04-09..2024-12-21 Prime Minister | role=ISL GOV 2013-05-23..2017-01-11 Finance Minister | role=ISL GOV 2017-11-30..2023-10-14 Finance Minister | role=ISL GOV 2023-10-14..2024-04-09 Foreign Minister
katrin-jakobsdottir | name=Katrin Jakobsdottir | family=Jakobsdottir | given=Katrin | names=Katrín Jakobsdóttir; Jakobsdóttir | country=ISL | role=ISL GOV 2017-11-30..2024-04-09 Prime Minister
kristrun-frostadottir | name=Kristrun Frostadottir | family=Frostadottir | given=Kristrun | names=Kristrún Frostadóttir; Frostadóttir | country=ISL | role=ISL GOV 2024-12-21.. Prime Minister

# ---------------------------------------------------------------- Albania
bujar-nishani | name=Bujar Nishani | family=Nishani | given=Bujar | country=ALB | role=ALB GOV 2012-07-24..2017-07-24 President
ilir-meta | name=Ilir Meta | family=Meta | given=Ilir | country=ALB | role=ALB GOV 2017-07-24..2022-07-24 President | role=ALB GOV 1999-10-29..2002-02-22 Prime Minister | role=ALB GOV 2002-07..2003-07 Foreign Minister | role=ALB GOV 2009-09..2010-09 Foreign Minister
bajram-begaj | name=Bajram Begaj | family=Begaj | given=Bajram | country=ALB | role=ALB GOV 2022-07-24.. President
edi-rama | name=Edi Rama | family=Rama | given=Edi | country=ALB | role=ALB GOV 2013-09-15.. Prime Minister

# ---------------------------------------------------------------- North Macedonia
gjorge-ivanov | name=Gjorge Ivanov | family=Ivanov | given=Gjorge | names=Gjorgje Ivanov; George Ivanov | country=MKD | role=MKD GOV 2009-05-12..2019-05-12 President
stevo-pendarovski | name=Stevo Pendarovski | family=Pendarovski | given=Stevo | country=MKD | role=MKD GOV 2019-05-12..2024-05-12 President
gordana-siljanovska-davkova | name=Gordana Siljanovska-Davkova | family=Siljanovska-Davkova | given=Gordana | names=Gordana Siljanovska Davkova | country=MKD | role=MKD GOV 2024-05-12.. President
nikola-gruevski | name=Nikola Gruevski | family=Gruevski | given=Nikola | country=MKD | role=MKD GOV 2006-08-27..2016-01-18 Prime Minister | role=MKD GOV 1999-12..2002-11 Finance Minister
emil-dimitriev | name=Emil Dimitriev | family=Dimitriev | given=Emil | country=MKD | role=MKD GOV 2016-01-18..2017-05-31 Prime Minister
zoran-zaev | name=Zoran Zaev | family=Zaev | given=Zoran | country=MKD | role=MKD GOV 2017-05-31..2020-01-03 Prime Minister | role=MKD GOV 2020-08-31..2022-01-16 Prime Minister
oliver-spasovski | name=Oliver Spasovski | family=Spasovski | given=Oliver | country=MKD | role=MKD GOV 2020-01-03..2020-08-31 Prime Minister
dimitar-kovacevski | name=Dimitar Kovacevski | family=Kovacevski | given=Dimitar | names=Dimitar Kovačevski | country=MKD | role=MKD GOV 2022-01-16..2024-01-28 Prime Minister
talat-xhaferi | name=Talat Xhaferi | family=Xhaferi | given=Talat | country=MKD | role=MKD GOV 2024-01-28..2024-06-23 Prime Minister
hristijan-mickoski | name=Hristijan Mickoski | family=Mickoski | given=Hristijan | country=MKD | role=MKD GOV 2024-06-23.. Prime Minister

# ---------------------------------------------------------------- Serbia
tomislav-nikolic | name=Tomislav Nikolic | family=Nikolic | given=Tomislav | names=Tomislav Nikolić; Nikolić | country=SRB | role=SRB GOV 2012-05-31..2017-05-31 President
aleksandar-vucic | name=Aleksandar Vucic | family=Vucic | given=Aleksandar | names=Aleksandar Vučić; Vučić | country=SRB | role=SRB GOV 2017-05-31.. President | role=SRB GOV 2014-04-27..2017-05-31 Prime Minister | role=SRB GOV 2012-07-27..2013-09-02 Defence Minister
ivica-dacic | name=Ivica Dacic | family=Dacic | given=Ivica | names=Ivica Dačić; Dačić | country=SRB | role=SRB GOV 2012-07-27..2014-04-27 Prime Minister | role=SRB GOV 2017-05-31..2017-06-29 Acting Prime Minister | role=SRB GOV 2014-04-27..2020-10-28 Foreign Minister | role=SRB GOV 2022-10-26..2024-05-02 Foreign Minister
ana-brnabic | name=Ana Brnabic | family=Brnabic | given=Ana | names=Ana Brnabić; Brnabić | country=SRB | role=SRB GOV 2017-06-29..2024-05-02 Prime Minister
milos-vucevic | name=Milos Vucevic | family=Vucevic | given=Milos | names=Miloš Vučević; Vučević | country=SRB | role=SRB GOV 2024-05-02..2025-04-16 Prime Minister | role=SRB GOV 2022-10-26..2024-05-02 Defence Minister
djuro-macut | name=Djuro Macut | family=Macut | given=Djuro | names=Đuro Macut; Duro Macut | country=SRB | role=SRB GOV 2025-04-16.. Prime Minister

# ---------------------------------------------------------------- Montenegro
filip-vujanovic | name=Filip Vujanovic | family=Vujanovic | given=Filip | names=Filip Vujanović | country=MNE | role=MNE GOV 2003-05-22..2018-05-20 President | role=MNE GOV 1998-02-05..2002-11-08 Prime Minister
milo-djukanovic | name=Milo Djukanovic | family=Djukanovic | given=Milo | names=Milo Đukanović; Đukanović; Milo Dukanovic | country=MNE | role=MNE GOV 2018-05-20..2023-05-20 President | role=MNE GOV 1998-01-15..2002-11-25 President | role=MNE GOV 1991-02-15..1998-02-05 Prime Minister | role=MNE GOV 2003-01-08..2006-11-24 Prime Minister | role=MNE GOV 2008-02-29..2010-12-29 Prime Minister | role=MNE GOV 2012-12-04..2016-11-28 Prime Minister
jakov-milatovic | name=Jakov Milatovic | family=Milatovic | given=Jakov | names=Jakov Milatović; Milatović | country=MNE | role=MNE GOV 2023-05-20.. President
dusko-markovic | name=Dusko Markovic | family=Markovic | given=Dusko | names=Duško Marković | country=MNE | role=MNE GOV 2016-11-28..2020-12-04 Prime Minister
zdravko-krivokapic | name=Zdravko Krivokapic | family=Krivokapic | given=Zdravko | names=Zdravko Krivokapić; Krivokapić | country=MNE | role=MNE GOV 2020-12-04..2022-04-28 Prime Minister
dritan-abazovic | name=Dritan Abazovic | family=Abazovic | given=Dritan | names=Dritan Abazović; Abazović | country=MNE | role=MNE GOV 2022-04-28..2023-10-31 Prime Minister
milojko-spajic | name=Milojko Spajic | family=Spajic | given=Milojko | names=Milojko Spajić; Spajić | country=MNE | role=MNE GOV 2023-10-31.. Prime Minister | role=MNE GOV 2020-12-04..2022-04-28 Finance Minister

# ---------------------------------------------------------------- Bosnia and Herzegovina (three-member Presidency; chairs of the Council of Ministers)
bakir-izetbegovic | name=Bakir Izetbegovic | family=Izetbegovic | given=Bakir | names=Bakir Izetbegović; Izetbegović | country=BIH | role=BIH GOV 2010-11-10..2018-11-20 Presidency Member
dragan-covic | name=Dragan Covic | family=Covic | given=Dragan | names=Dragan Čović; Čović | country=BIH | role=BIH GOV 2002-11-28..2005-03-29 Presidency Member | role=BIH GOV 2014-11-17..2018-11-20 Presidency Member
mladen-ivanic | name=Mladen Ivanic | family=Ivanic | given=Mladen | names=Mladen Ivanić; Ivanić | country=BIH | role=BIH GOV 2014-11-17..2018-11-20 Presidency Member | role=BIH GOV 2003..2007 Foreign Minister
zeljko-komsic | name=Zeljko Komsic | family=Komsic | given=Zeljko | names=Željko Komšić; Komšić | country=BIH | role=BIH GOV 2006-11-06..2014-11-17 Presidency Member | role=BIH GOV 2018-11-20.. Presidency Member
sefik-dzaferovic | name=Sefik Dzaferovic | family=Dzaferovic | given=Sefik | names=Šefik Džaferović; Džaferović | country=BIH | role=BIH GOV 2018-11-20..2022-11-16 Presidency Member
milorad-dodik | name=Milorad Dodik | family=Dodik | given=Milorad | country=BIH | role=BIH GOV 2018-11-20..2022-11-16 Presidency Member | role=BIH GOV 2010-11-15..2018-11-19 President of Republika Srpska | role=BIH GOV 2022-11-15..2025-08 President of Republika Srpska | role=BIH GOV 1998-01-18..2001-01-16 Prime Minister of Republika Srpska | role=BIH GOV 2006-02-28..2010-11-15 Prime Minister of Republika Srpska
denis-becirovic | name=Denis Becirovic | family=Becirovic | given=Denis | names=Denis Bećirović; Bećirović | country=BIH | role=BIH GOV 2022-11-16.. Presidency Member
zeljka-cvijanovic | name=Zeljka Cvijanovic | family=Cvijanovic | given=Zeljka | names=Željka Cvijanović; Cvijanović | country=BIH | role=BIH GOV 2022-11-16.. Presidency Member | role=BIH GOV 2018-11-19..2022-11-15 President of Republika Srpska | role=BIH GOV 2013-03-12..2018-11-18 Prime Minister of Republika Srpska
vjekoslav-bevanda | name=Vjekoslav Bevanda | family=Bevanda | given=Vjekoslav | country=BIH | role=BIH GOV 2012-01-12..2015-02-11 Prime Minister | role=BIH GOV 2015-03..2019-12 Finance Minister
denis-zvizdic | name=Denis Zvizdic | family=Zvizdic | given=Denis | names=Denis Zvizdić; Zvizdić | country=BIH | role=BIH GOV 2015-02-11..2019-12-23 Prime Minister
zoran-tegeltija | name=Zoran Tegeltija | family=Tegeltija | given=Zoran | country=BIH | role=BIH GOV 2019-12-23..2023-01-25 Prime Minister
borjana-kristo | name=Borjana Kristo | family=Kristo | given=Borjana | names=Borjana Krišto; Krišto | country=BIH | role=BIH GOV 2023-01-25.. Prime Minister

# ---------------------------------------------------------------- Kosovo
atifete-jahjaga | name=Atifete Jahjaga | family=Jahjaga | given=Atifete | country=XKX | role=XKX GOV 2011-04-07..2016-04-07 President
hashim-thaci | name=Hashim Thaci | family=Thaci | given=Hashim | names=Hashim Thaçi; Thaçi | country=XKX | role=XKX GOV 2016-04-07..2020-11-05 President | role=XKX GOV 2008-01-09..2014-12-09 Prime Minister | role=XKX GOV 2014-12..2016-04 Foreign Minister
vjosa-osmani | name=Vjosa Osmani | family=Osmani | given=Vjosa | names=Vjosa Osmani-Sadriu | country=XKX | role=XKX GOV 2020-11-05..2021-03-22 Acting President | role=XKX GOV 2021-04-04.. President
glauk-konjufca | name=Glauk Konjufca | family=Konjufca | given=Glauk | country=XKX | role=XKX GOV 2021-03-22..2021-04-04 Acting President
isa-mustafa | name=Isa Mustafa | family=Mustafa | given=Isa | country=XKX | role=XKX GOV 2014-12-09..2017-09-09 Prime Minister
ramush-haradinaj | name=Ramush Haradinaj | family=Haradinaj | given=Ramush | country=XKX | role=XKX GOV 2004-12-03..2005-03-08 Prime Minister | role=XKX GOV 2017-09-09..2020-02-03 Prime Minister
albin-kurti | name=Albin Kurti | family=Kurti | given=Albin | country=XKX | role=XKX GOV 2020-02-03..2020-06-03 Prime Minister | role=XKX GOV 2021-03-22.. Prime Minister
avdullah-hoti | name=Avdullah Hoti | family=Hoti | given=Avdullah | country=XKX | role=XKX GOV 2020-06-03..2021-03-22 Prime Minister
