# persons-africa.lex — heads of state and heads of government of the 54 African UN member states (and the
# president of the Sahrawi Republic, ESH) who held office at any time from 2015-01-01 on, including junta leaders
# and interim/transitional heads, with all their head-of-state/government terms (also those before 2015) and,
# where known, other major offices (foreign, defence, finance ministers; army chiefs as MIL).
# Format: see docs/lexicon.md (section persons-*.lex). Ranges are FROM..TO (TO exclusive, empty TO = in office).
# Month or year precision is used where the exact day is unsure.

# ================================================================ NORTH AFRICA

# ---------------------------------------------------------------- Algeria (DZA)
abdelaziz-bouteflika | name=Abdelaziz Bouteflika | family=Bouteflika | given=Abdelaziz | country=DZA | role=DZA GOV 1999-04-27..2019-04-02 President | role=DZA GOV 1963-09..1979-03 Foreign Minister
abdelkader-bensalah | name=Abdelkader Bensalah | family=Bensalah | given=Abdelkader | names=Abdelkader Bensalah | country=DZA | role=DZA GOV 2019-04-09..2019-12-19 Interim President | role=DZA LEG 2002-07..2019-04-09 Senate President
abdelmadjid-tebboune | name=Abdelmadjid Tebboune | family=Tebboune | given=Abdelmadjid | names=Abdelmajid Tebboune | country=DZA | role=DZA GOV 2019-12-19.. President | role=DZA GOV 2017-05-25..2017-08-15 Prime Minister
abdelmalek-sellal | name=Abdelmalek Sellal | family=Sellal | given=Abdelmalek | country=DZA | role=DZA GOV 2012-09-03..2014-03-13 Prime Minister | role=DZA GOV 2014-04-28..2017-05-25 Prime Minister
ahmed-ouyahia | name=Ahmed Ouyahia | family=Ouyahia | given=Ahmed | country=DZA | role=DZA GOV 1995-12-31..1998-12-15 Prime Minister | role=DZA GOV 2003-05-05..2006-05-24 Prime Minister | role=DZA GOV 2008-06-23..2012-09-03 Prime Minister | role=DZA GOV 2017-08-15..2019-03-11 Prime Minister
noureddine-bedoui | name=Noureddine Bedoui | family=Bedoui | given=Noureddine | country=DZA | role=DZA GOV 2019-03-11..2019-12-19 Prime Minister | role=DZA GOV 2015-05..2019-03-11 Interior Minister
sabri-boukadoum | name=Sabri Boukadoum | family=Boukadoum | given=Sabri | country=DZA | role=DZA GOV 2019-12-19..2019-12-28 Acting Prime Minister | role=DZA GOV 2019-03-31..2021-07-07 Foreign Minister
abdelaziz-djerad | name=Abdelaziz Djerad | family=Djerad | given=Abdelaziz | country=DZA | role=DZA GOV 2019-12-28..2021-06-30 Prime Minister
aymen-benabderrahmane | name=Aymen Benabderrahmane | family=Benabderrahmane | given=Aymen | country=DZA | role=DZA GOV 2021-06-30..2023-11-11 Prime Minister | role=DZA GOV 2020-06..2021-07 Finance Minister | role=DZA GOV 2019-11..2020-06 Central Bank Governor
nadir-larbaoui | name=Nadir Larbaoui | family=Larbaoui | given=Nadir | country=DZA | role=DZA GOV 2023-11-11..2025-08-28 Prime Minister
sifi-ghrieb | name=Sifi Ghrieb | family=Ghrieb | given=Sifi | country=DZA | role=DZA GOV 2025-08-28.. Prime Minister
ramtane-lamamra | name=Ramtane Lamamra | family=Lamamra | given=Ramtane | country=DZA | role=DZA GOV 2013-09-11..2017-05-25 Foreign Minister | role=DZA GOV 2021-07-07..2023-03-16 Foreign Minister
abdelkader-messahel | name=Abdelkader Messahel | family=Messahel | given=Abdelkader | country=DZA | role=DZA GOV 2017-05-25..2019-03-31 Foreign Minister
ahmed-attaf | name=Ahmed Attaf | family=Attaf | given=Ahmed | country=DZA | role=DZA GOV 2023-03-16.. Foreign Minister | role=DZA GOV 1996-01..1999-12 Foreign Minister
ahmed-gaid-salah | name=Ahmed Gaid Salah | family=Gaid Salah | given=Ahmed | names=Ahmed Gaïd Salah | country=DZA | role=DZA MIL 2004-08-03..2019-12-23 Army Chief of Staff | role=DZA GOV 2013-09-11..2019-12-23 Deputy Defence Minister
said-chengriha | name=Said Chengriha | family=Chengriha | given=Said | names=Saïd Chanegriha; Said Chanegriha | country=DZA | role=DZA MIL 2019-12-23.. Army Chief of Staff

# ---------------------------------------------------------------- Egypt (EGY)
abdel-fattah-el-sisi | name=Abdel Fattah el-Sisi | family=Sisi | given=Abdel Fattah | names=Abdel Fattah al-Sisi; Abdel-Fattah el-Sissi; Abdel Fattah al-Sissi; el-Sisi; al-Sisi; Sissi | country=EGY | role=EGY GOV 2014-06-08.. President | role=EGY GOV 2012-08-12..2014-03-26 Defence Minister | role=EGY MIL 2012-08-12..2014-03-26 Commander-in-Chief | role=EGY SPY 2010-01..2012-08-12 Military Intelligence Director
hosni-mubarak | name=Hosni Mubarak | family=Mubarak | given=Hosni | names=Muhammad Hosni Mubarak | country=EGY | role=EGY GOV 1981-10-14..2011-02-11 President | role=EGY GOV 1975-04-15..1981-10-14 Vice President
mohamed-morsi | name=Mohamed Morsi | family=Morsi | given=Mohamed | names=Mohammed Morsi; Mohamed Mursi; Muhammad Mursi | country=EGY | role=EGY GOV 2012-06-30..2013-07-03 President
adly-mansour | name=Adly Mansour | family=Mansour | given=Adly | country=EGY | role=EGY GOV 2013-07-04..2014-06-08 Interim President | role=EGY JUD 2013-07-01..2016-06-30 Chief Justice
ibrahim-mahlab | name=Ibrahim Mahlab | family=Mahlab | given=Ibrahim | country=EGY | role=EGY GOV 2014-03-01..2015-09-19 Prime Minister
sherif-ismail | name=Sherif Ismail | family=Ismail | given=Sherif | country=EGY | role=EGY GOV 2015-09-19..2018-06-14 Prime Minister | role=EGY GOV 2013-07..2015-09-19 Petroleum Minister
mostafa-madbouly | name=Mostafa Madbouly | family=Madbouly | given=Mostafa | names=Moustafa Madbouly; Mustafa Madbouly; Mostafa Madbuly | country=EGY | role=EGY GOV 2018-06-14.. Prime Minister | role=EGY GOV 2014-03..2022-08 Housing Minister
sameh-shoukry | name=Sameh Shoukry | family=Shoukry | given=Sameh | names=Sameh Shukri | country=EGY | role=EGY GOV 2014-06-17..2024-07-03 Foreign Minister
badr-abdelatty | name=Badr Abdelatty | family=Abdelatty | given=Badr | names=Badr Abdel Aty; Badr Abdelaty | country=EGY | role=EGY GOV 2024-07-03.. Foreign Minister
sedki-sobhi | name=Sedki Sobhi | family=Sobhi | given=Sedki | names=Sedki Sobhy | country=EGY | role=EGY GOV 2014-03-26..2018-06-14 Defence Minister | role=EGY MIL 2012-08..2014-03-26 Army Chief of Staff
mohamed-zaki | name=Mohamed Zaki | family=Zaki | given=Mohamed | names=Mohamed Ahmed Zaki | country=EGY | role=EGY GOV 2018-06-14..2024-07-03 Defence Minister
abdel-meguid-saqr | name=Abdel Meguid Saqr | family=Saqr | given=Abdel Meguid | names=Abdel Majid Saqr | country=EGY | role=EGY GOV 2024-07-03.. Defence Minister

# ---------------------------------------------------------------- Libya (LBY)
aguila-saleh | name=Aguila Saleh | family=Saleh | given=Aguila | names=Aguila Saleh Issa; Agila Saleh; Aqila Saleh | country=LBY | role=LBY LEG 2014-08-05.. Parliament Speaker
nouri-abusahmain | name=Nouri Abusahmain | family=Abusahmain | given=Nouri | names=Nouri Abu Sahmain; Nuri Abusahmain | country=LBY | role=LBY LEG 2013-06-25..2016-04-05 General National Congress President
fayez-al-sarraj | name=Fayez al-Sarraj | family=Sarraj | given=Fayez | names=Fayez Serraj; Fayez al-Serraj; Fayez Mustafa al-Sarraj | country=LBY | role=LBY GOV 2016-03-30..2021-03-15 Prime Minister | role=LBY GOV 2016-03-30..2021-03-15 Presidential Council Chairman
mohamed-al-menfi | name=Mohamed al-Menfi | family=Menfi | given=Mohamed | names=Mohammed al-Menfi; Mohamed Younis al-Menfi | country=LBY | role=LBY GOV 2021-03-15.. Presidential Council Chairman
abdul-hamid-dbeibah | name=Abdul Hamid Dbeibah | family=Dbeibah | given=Abdul Hamid | names=Abdulhamid Dbeibah; Abdul Hamid al-Dbeibah; Abdelhamid Dbeibah | country=LBY | role=LBY GOV 2021-03-15.. Prime Minister
abdullah-al-thinni | name=Abdullah al-Thinni | family=Thinni | given=Abdullah | names=Abdullah al-Thani; Abdallah al-Thinni | country=LBY | role=LBY GOV 2014-03-11..2021-03-15 Prime Minister [shared] | role=LBY GOV 2013-08..2014-03-11 Defence Minister
omar-al-hassi | name=Omar al-Hassi | family=Hassi | given=Omar | country=LBY | role=LBY GOV 2014-08-25..2015-03-31 Prime Minister [shared]
khalifa-al-ghwell | name=Khalifa al-Ghwell | family=Ghwell | given=Khalifa | names=Khalifa Ghweil; Khalifa al-Ghweil | country=LBY | role=LBY GOV 2015-03-31..2017-03 Prime Minister [shared]
fathi-bashagha | name=Fathi Bashagha | family=Bashagha | given=Fathi | names=Fathi Bashaga | country=LBY | role=LBY GOV 2022-03-03..2023-05-16 Prime Minister [shared] | role=LBY GOV 2018-10-07..2021-03-15 Interior Minister
osama-hammad | name=Osama Hammad | family=Hammad | given=Osama | names=Usama Hammad | country=LBY | role=LBY GOV 2023-05-16.. Prime Minister [shared]
khalifa-haftar | name=Khalifa Haftar | family=Haftar | given=Khalifa | names=Khalifa Hifter; Khalifa Belqasim Haftar | country=LBY | role=LBY MIL 2015-03-02.. Field Marshal
muammar-gaddafi | name=Muammar Gaddafi | family=Gaddafi | given=Muammar | names=Moammar Gadhafi; Muammar Qaddafi; Muammar al-Gaddafi; Colonel Gaddafi | country=LBY | role=LBY GOV 1969-09-01..2011-08 Leader

# ---------------------------------------------------------------- Morocco (MAR)
mohammed-vi | name=Mohammed VI | family=Mohammed VI | names=Mohammed VI of Morocco; Mohammed the Sixth; Mohamed VI | country=MAR | role=MAR GOV 1999-07-23.. King
abdelilah-benkirane | name=Abdelilah Benkirane | family=Benkirane | given=Abdelilah | names=Abdelilah Benkiran | country=MAR | role=MAR GOV 2011-11-29..2017-04-05 Prime Minister
saadeddine-othmani | name=Saadeddine Othmani | family=Othmani | given=Saadeddine | names=Saad Eddine El Othmani; Saad-Eddine El Othmani; Saadeddine El Othmani | country=MAR | role=MAR GOV 2017-04-05..2021-10-07 Prime Minister | role=MAR GOV 2012-01-03..2013-10-10 Foreign Minister
aziz-akhannouch | name=Aziz Akhannouch | family=Akhannouch | given=Aziz | country=MAR | role=MAR GOV 2021-10-07.. Prime Minister | role=MAR GOV 2007-10..2021-10-07 Agriculture Minister
salaheddine-mezouar | name=Salaheddine Mezouar | family=Mezouar | given=Salaheddine | country=MAR | role=MAR GOV 2013-10-10..2017-04-05 Foreign Minister | role=MAR GOV 2007-10..2012-01 Finance Minister
nasser-bourita | name=Nasser Bourita | family=Bourita | given=Nasser | country=MAR | role=MAR GOV 2017-04-05.. Foreign Minister

# ---------------------------------------------------------------- Tunisia (TUN)
beji-caid-essebsi | name=Beji Caid Essebsi | family=Essebsi | given=Beji Caid | names=Béji Caïd Essebsi; Beji Caid el Sebsi; Caid Essebsi | country=TUN | role=TUN GOV 2014-12-31..2019-07-25 President | role=TUN GOV 2011-02-27..2011-12-24 Prime Minister | role=TUN GOV 1981-04..1986-09 Foreign Minister
moncef-marzouki | name=Moncef Marzouki | family=Marzouki | given=Moncef | names=Mohamed Moncef Marzouki | country=TUN | role=TUN GOV 2011-12-13..2014-12-31 President
mohamed-ennaceur | name=Mohamed Ennaceur | family=Ennaceur | given=Mohamed | country=TUN | role=TUN GOV 2019-07-25..2019-10-23 Interim President | role=TUN LEG 2014-12-04..2019-11-13 Parliament Speaker
kais-saied | name=Kais Saied | family=Saied | given=Kais | names=Kaïs Saïed; Kais Saeed | country=TUN | role=TUN GOV 2019-10-23.. President
mehdi-jomaa | name=Mehdi Jomaa | family=Jomaa | given=Mehdi | names=Mehdi Jomâa | country=TUN | role=TUN GOV 2014-01-29..2015-02-06 Prime Minister
habib-essid | name=Habib Essid | family=Essid | given=Habib | country=TUN | role=TUN GOV 2015-02-06..2016-08-27 Prime Minister
youssef-chahed | name=Youssef Chahed | family=Chahed | given=Youssef | country=TUN | role=TUN GOV 2016-08-27..2020-02-27 Prime Minister
elyes-fakhfakh | name=Elyes Fakhfakh | family=Fakhfakh | given=Elyes | country=TUN | role=TUN GOV 2020-02-27..2020-09-02 Prime Minister | role=TUN GOV 2012-12..2014-01 Finance Minister
hichem-mechichi | name=Hichem Mechichi | family=Mechichi | given=Hichem | country=TUN | role=TUN GOV 2020-09-02..2021-07-25 Prime Minister | role=TUN GOV 2020-02-27..2020-09-02 Interior Minister
najla-bouden | name=Najla Bouden | family=Bouden | given=Najla | names=Najla Bouden Romdhane | country=TUN | role=TUN GOV 2021-10-11..2023-08-01 Prime Minister
ahmed-hachani | name=Ahmed Hachani | family=Hachani | given=Ahmed | country=TUN | role=TUN GOV 2023-08-01..2024-08-07 Prime Minister
kamel-madouri | name=Kamel Madouri | family=Madouri | given=Kamel | names=Kamel Maddouri | country=TUN | role=TUN GOV 2024-08-07..2025-03-20 Prime Minister
sara-zaafrani-zenzri | name=Sara Zaafrani Zenzri | family=Zaafrani Zenzri | given=Sara | names=Sarra Zaafrani Zenzri; Sara Zaafrani | country=TUN | role=TUN GOV 2025-03-21.. Prime Minister

# ---------------------------------------------------------------- Mauritania (MRT)
mohamed-ould-abdel-aziz | name=Mohamed Ould Abdel Aziz | family=Ould Abdel Aziz | given=Mohamed | names=Mohamed Ould Abdelaziz; Abdel Aziz | country=MRT | role=MRT GOV 2008-08-06..2009-04-15 Junta Leader | role=MRT GOV 2009-08-05..2019-08-01 President
mohamed-ould-ghazouani | name=Mohamed Ould Ghazouani | family=Ghazouani | given=Mohamed | names=Mohamed Ould Cheikh El Ghazouani; Mohamed Ould El-Ghazouani; Mohamed Ould Ghazouani | country=MRT | role=MRT GOV 2019-08-01.. President | role=MRT GOV 2018-11..2019-03 Defence Minister | role=MRT MIL 2008-08..2018-11 Army Chief of Staff
yahya-ould-hademine | name=Yahya Ould Hademine | family=Ould Hademine | given=Yahya | country=MRT | role=MRT GOV 2014-08-21..2018-06-29 Prime Minister
mohamed-salem-ould-bechir | name=Mohamed Salem Ould Bechir | family=Ould Bechir | given=Mohamed Salem | names=Mohamed Salem Ould Béchir | country=MRT | role=MRT GOV 2018-06-29..2019-08-03 Prime Minister
ismail-ould-bedde-ould-cheikh-sidiya | name=Ismail Ould Bedde Ould Cheikh Sidiya | family=Ould Cheikh Sidiya | given=Ismail | names=Ismaël Ould Bedde Ould Cheikh Sidiya | country=MRT | role=MRT GOV 2019-08-03..2020-08-06 Prime Minister
mohamed-ould-bilal | name=Mohamed Ould Bilal | family=Ould Bilal | given=Mohamed | names=Mohamed Ould Bilal Messoud | country=MRT | role=MRT GOV 2020-08-06..2024-08-02 Prime Minister
mokhtar-ould-djay | name=Mokhtar Ould Djay | family=Ould Djay | given=Mokhtar | names=El Moctar Ould Djay; Moctar Ould Diay; Mokhtar Ould Diay | country=MRT | role=MRT GOV 2024-08-02.. Prime Minister

# ---------------------------------------------------------------- Sudan (SDN)
omar-al-bashir | name=Omar al-Bashir | family=Bashir | given=Omar | names=Omar Hassan al-Bashir; Omar Bashir; Omar el-Bashir | country=SDN | role=SDN GOV 1989-06-30..2019-04-11 President
ahmed-awad-ibn-auf | name=Ahmed Awad Ibn Auf | family=Ibn Auf | given=Ahmed Awad | names=Awad Ibn Auf; Awad Mohamed Ahmed Ibn Auf | country=SDN | role=SDN GOV 2019-04-11..2019-04-12 Transitional Military Council Chairman | role=SDN GOV 2015-08..2019-04-11 Defence Minister | role=SDN GOV 2019-02-23..2019-04-11 First Vice President
abdel-fattah-al-burhan | name=Abdel Fattah al-Burhan | family=Burhan | given=Abdel Fattah | names=Abdel Fattah Burhan; Abdel-Fattah al-Burhan; Abdelfattah al-Burhan; Abdel Fattah Abdelrahman al-Burhan | country=SDN | role=SDN GOV 2019-04-12..2019-08-21 Transitional Military Council Chairman | role=SDN GOV 2019-08-21.. Sovereign Council Chairman | role=SDN MIL 2019-04-12.. Army Chief
mohamed-hamdan-dagalo | name=Mohamed Hamdan Dagalo | family=Dagalo | given=Mohamed Hamdan | names=Hemedti; Hemeti; Mohamed Hamdan Daglo; Mohammed Hamdan Dagalo | country=SDN | role=SDN MIL 2013-08..2023-04-15 RSF Commander | role=SDN REB 2023-04-15.. RSF Commander | role=SDN GOV 2019-04-12..2019-08-21 Transitional Military Council Deputy Chairman | role=SDN GOV 2019-08-21..2023-05-19 Sovereign Council Deputy Chairman
bakri-hassan-saleh | name=Bakri Hassan Saleh | family=Saleh | given=Bakri Hassan | country=SDN | role=SDN GOV 2017-03-02..2018-09-09 Prime Minister | role=SDN GOV 2013-12-08..2019-02-23 First Vice President
motazz-moussa | name=Motazz Moussa | family=Moussa | given=Motazz | names=Mutaz Musa; Moutaz Moussa; Motaz Mousa Abdallah | country=SDN | role=SDN GOV 2018-09-09..2019-02-23 Prime Minister
mohamed-tahir-ayala | name=Mohamed Tahir Ayala | family=Ayala | given=Mohamed Tahir | names=Mohamed Taher Ayala; Mohamed Tahir Aila | country=SDN | role=SDN GOV 2019-02-23..2019-04-11 Prime Minister
abdalla-hamdok | name=Abdalla Hamdok | family=Hamdok | given=Abdalla | names=Abdallah Hamdok; Abdullah Hamdok | country=SDN | role=SDN GOV 2019-08-21..2021-10-25 Prime Minister | role=SDN GOV 2021-11-21..2022-01-02 Prime Minister
osman-hussein | name=Osman Hussein | family=Hussein | given=Osman | names=Osman Hussein Osman | country=SDN | role=SDN GOV 2022-01..2025-04 Acting Prime Minister
dafallah-al-haj-ali | name=Dafallah al-Haj Ali | family=al-Haj Ali | given=Dafallah | names=Dafallah Elhaj Ali | country=SDN | role=SDN GOV 2025-04-30..2025-05-19 Acting Prime Minister
kamil-idris | name=Kamil Idris | family=Idris | given=Kamil | names=Kamil el-Tayeb Idris; Kamal Idris | country=SDN | role=SDN GOV 2025-05-19.. Prime Minister
mohamed-hassan-al-taishi | name=Mohamed Hassan al-Taishi | family=Taishi | given=Mohamed Hassan | names=Mohamed Hassan al-Ta'ayshi; Mohammed Hassan al-Taayshi | country=SDN | role=SDN REB 2025-07.. Prime Minister

# ---------------------------------------------------------------- Sahrawi Republic / Western Sahara (ESH)
mohamed-abdelaziz | name=Mohamed Abdelaziz | family=Abdelaziz | given=Mohamed | names=Mohammed Abdelaziz | country=ESH | role=ESH GOV 1976-08-30..2016-05-31 President
khatri-addouh | name=Khatri Addouh | family=Addouh | given=Khatri | names=Khatri Abduhu | country=ESH | role=ESH GOV 2016-05-31..2016-07-09 Interim President
brahim-ghali | name=Brahim Ghali | family=Ghali | given=Brahim | country=ESH | role=ESH GOV 2016-07-09.. President
abdelkader-taleb-omar | name=Abdelkader Taleb Omar | family=Taleb Omar | given=Abdelkader | country=ESH | role=ESH GOV 2003-10-29..2018-02-04 Prime Minister
mohamed-wali-akeik | name=Mohamed Wali Akeik | family=Akeik | given=Mohamed Wali | country=ESH | role=ESH GOV 2018-02-04..2020-01-13 Prime Minister
bouchraya-hammoudi-bayoun | name=Bouchraya Hammoudi Bayoun | family=Bayoun | given=Bouchraya Hammoudi | names=Bouchraya Beyoun | country=ESH | role=ESH GOV 2020-01-13.. Prime Minister

# ================================================================ WEST AFRICA

# ---------------------------------------------------------------- Benin (BEN)
thomas-boni-yayi | name=Thomas Boni Yayi | family=Boni Yayi | given=Thomas | names=Yayi Boni; Boni Yayi | country=BEN | role=BEN GOV 2006-04-06..2016-04-06 President
patrice-talon | name=Patrice Talon | family=Talon | given=Patrice | country=BEN | role=BEN GOV 2016-04-06..2026-05-24 President
romuald-wadagni | name=Romuald Wadagni | family=Wadagni | given=Romuald | country=BEN | role=BEN GOV 2026-05-24.. President | role=BEN GOV 2016-04-06..2026 Finance Minister
lionel-zinsou | name=Lionel Zinsou | family=Zinsou | given=Lionel | country=BEN | role=BEN GOV 2015-06-18..2016-04-06 Prime Minister

# ---------------------------------------------------------------- Burkina Faso (BFA)
blaise-compaore | name=Blaise Compaore | family=Compaore | given=Blaise | names=Blaise Compaoré | country=BFA | role=BFA GOV 1987-10-15..2014-10-31 President
isaac-zida | name=Isaac Zida | family=Zida | given=Isaac | names=Yacouba Isaac Zida | country=BFA | role=BFA GOV 2014-11-01..2014-11-18 Interim President | role=BFA GOV 2014-11-19..2016-01-06 Prime Minister
michel-kafando | name=Michel Kafando | family=Kafando | given=Michel | country=BFA | role=BFA GOV 2014-11-18..2015-09-17 Transitional President | role=BFA GOV 2015-09-23..2015-12-29 Transitional President | role=BFA GOV 1982..1983 Foreign Minister
gilbert-diendere | name=Gilbert Diendere | family=Diendere | given=Gilbert | names=Gilbert Diendéré | country=BFA | role=BFA GOV 2015-09-17..2015-09-23 Junta Leader
roch-marc-christian-kabore | name=Roch Marc Christian Kabore | family=Kabore | given=Roch Marc Christian | names=Roch Kabore; Roch Marc Christian Kaboré; Roch Kaboré | country=BFA | role=BFA GOV 2015-12-29..2022-01-24 President | role=BFA GOV 1994-03-22..1996-02-06 Prime Minister | role=BFA LEG 2002-06..2012-12 National Assembly President
paul-kaba-thieba | name=Paul Kaba Thieba | family=Thieba | given=Paul Kaba | names=Paul Kaba Thiéba | country=BFA | role=BFA GOV 2016-01-06..2019-01-21 Prime Minister
christophe-dabire | name=Christophe Dabire | family=Dabire | given=Christophe | names=Christophe Joseph Marie Dabiré | country=BFA | role=BFA GOV 2019-01-21..2021-12-10 Prime Minister
lassina-zerbo | name=Lassina Zerbo | family=Zerbo | given=Lassina | country=BFA | role=BFA GOV 2021-12-10..2022-01-24 Prime Minister
paul-henri-sandaogo-damiba | name=Paul-Henri Sandaogo Damiba | family=Damiba | given=Paul-Henri Sandaogo | names=Paul-Henri Damiba; Paul Henri Sandaogo Damiba | country=BFA | role=BFA GOV 2022-01-24..2022-02-16 Junta Leader | role=BFA GOV 2022-02-16..2022-09-30 Transitional President
albert-ouedraogo | name=Albert Ouedraogo | family=Ouedraogo | given=Albert | names=Albert Ouédraogo | country=BFA | role=BFA GOV 2022-03-03..2022-10 Prime Minister
ibrahim-traore | name=Ibrahim Traore | family=Traore | given=Ibrahim | names=Ibrahim Traoré; Captain Ibrahim Traore | country=BFA | role=BFA GOV 2022-09-30..2022-10-21 Junta Leader | role=BFA GOV 2022-10-21.. Transitional President
apollinaire-kyelem-de-tambela | name=Apollinaire Kyelem de Tambela | family=Kyelem de Tambela | given=Apollinaire | names=Apollinaire Joachim Kyélem de Tambèla; Apollinaire Kyelem; Kyelem | country=BFA | role=BFA GOV 2022-10-21..2024-12-06 Prime Minister
rimtalba-jean-emmanuel-ouedraogo | name=Rimtalba Jean Emmanuel Ouedraogo | family=Ouedraogo | given=Rimtalba Jean Emmanuel | names=Jean Emmanuel Ouedraogo; Jean Emmanuel Ouédraogo | country=BFA | role=BFA GOV 2024-12-07.. Prime Minister | role=BFA GOV 2022-10..2024-12 Communication Minister

# ---------------------------------------------------------------- Cape Verde (CPV)
jorge-carlos-fonseca | name=Jorge Carlos Fonseca | family=Fonseca | given=Jorge Carlos | names=Jorge Carlos de Almeida Fonseca | country=CPV | role=CPV GOV 2011-09-09..2021-11-09 President | role=CPV GOV 1991..1993 Foreign Minister
jose-maria-neves | name=Jose Maria Neves | family=Neves | given=Jose Maria | names=José Maria Neves; José Maria Pereira Neves | country=CPV | role=CPV GOV 2021-11-09.. President | role=CPV GOV 2001-02-01..2016-04-22 Prime Minister
ulisses-correia-e-silva | name=Ulisses Correia e Silva | family=Correia e Silva | given=Ulisses | country=CPV | role=CPV GOV 2016-04-22.. Prime Minister

# ---------------------------------------------------------------- Ivory Coast (CIV)
alassane-ouattara | name=Alassane Ouattara | family=Ouattara | given=Alassane | names=Alassane Dramane Ouattara; ADO | country=CIV | role=CIV GOV 2010-12-04.. President | role=CIV GOV 1990-11-07..1993-12-09 Prime Minister
laurent-gbagbo | name=Laurent Gbagbo | family=Gbagbo | given=Laurent | country=CIV | role=CIV GOV 2000-10-26..2011-04-11 President [shared]
daniel-kablan-duncan | name=Daniel Kablan Duncan | family=Duncan | given=Daniel Kablan | country=CIV | role=CIV GOV 1993-12-10..1999-12-24 Prime Minister | role=CIV GOV 2012-11-21..2017-01-10 Prime Minister | role=CIV GOV 2017-01-10..2020-07-13 Vice President | role=CIV GOV 2011-06..2012-11 Foreign Minister
amadou-gon-coulibaly | name=Amadou Gon Coulibaly | family=Coulibaly | given=Amadou Gon | country=CIV | role=CIV GOV 2017-01-10..2020-07-08 Prime Minister
hamed-bakayoko | name=Hamed Bakayoko | family=Bakayoko | given=Hamed | country=CIV | role=CIV GOV 2020-07-08..2021-03-10 Prime Minister | role=CIV GOV 2019-07-19..2021-03-10 Defence Minister | role=CIV GOV 2011-06..2017-07 Interior Minister
patrick-achi | name=Patrick Achi | family=Achi | given=Patrick | country=CIV | role=CIV GOV 2021-03-08..2023-10-06 Prime Minister [shared]
robert-beugre-mambe | name=Robert Beugre Mambe | family=Mambe | given=Robert Beugre | names=Robert Beugré Mambé | country=CIV | role=CIV GOV 2023-10-17.. Prime Minister
guillaume-soro | name=Guillaume Soro | family=Soro | given=Guillaume | names=Guillaume Kigbafori Soro | country=CIV | role=CIV GOV 2007-04-04..2012-03-13 Prime Minister | role=CIV LEG 2012-03-12..2019-02-08 National Assembly President

# ---------------------------------------------------------------- Gambia (GMB)
yahya-jammeh | name=Yahya Jammeh | family=Jammeh | given=Yahya | names=Yahya A. J. J. Jammeh | country=GMB | role=GMB GOV 1994-07-22..2017-01-19 President
adama-barrow | name=Adama Barrow | family=Barrow | given=Adama | country=GMB | role=GMB GOV 2017-01-19.. President

# ---------------------------------------------------------------- Ghana (GHA)
john-dramani-mahama | name=John Dramani Mahama | family=Mahama | given=John Dramani | names=John Mahama | country=GHA | role=GHA GOV 2012-07-24..2017-01-07 President | role=GHA GOV 2025-01-07.. President | role=GHA GOV 2009-01-07..2012-07-24 Vice President
nana-akufo-addo | name=Nana Akufo-Addo | family=Akufo-Addo | given=Nana | names=Nana Addo Dankwa Akufo-Addo; Nana Akufo Addo | country=GHA | role=GHA GOV 2017-01-07..2025-01-07 President | role=GHA GOV 2003-04..2007-07 Foreign Minister

# ---------------------------------------------------------------- Guinea (GIN)
alpha-conde | name=Alpha Conde | family=Conde | given=Alpha | names=Alpha Condé | country=GIN | role=GIN GOV 2010-12-21..2021-09-05 President
mamadi-doumbouya | name=Mamadi Doumbouya | family=Doumbouya | given=Mamadi | names=Mamady Doumbouya | country=GIN | role=GIN GOV 2021-09-05..2021-10-01 Junta Leader | role=GIN GOV 2021-10-01.. Transitional President
moussa-dadis-camara | name=Moussa Dadis Camara | family=Camara | given=Moussa Dadis | country=GIN | role=GIN GOV 2008-12-23..2010-01-15 Junta Leader
mohamed-said-fofana | name=Mohamed Said Fofana | family=Fofana | given=Mohamed Said | names=Mohamed Saïd Fofana | country=GIN | role=GIN GOV 2010-12-24..2015-12-26 Prime Minister
mamady-youla | name=Mamady Youla | family=Youla | given=Mamady | country=GIN | role=GIN GOV 2015-12-26..2018-05-21 Prime Minister
ibrahima-kassory-fofana | name=Ibrahima Kassory Fofana | family=Fofana | given=Ibrahima Kassory | names=Kassory Fofana | country=GIN | role=GIN GOV 2018-05-21..2021-09-05 Prime Minister
mohamed-beavogui | name=Mohamed Beavogui | family=Beavogui | given=Mohamed | names=Mohamed Béavogui | country=GIN | role=GIN GOV 2021-10-06..2022-07-16 Prime Minister
bernard-goumou | name=Bernard Goumou | family=Goumou | given=Bernard | country=GIN | role=GIN GOV 2022-07-16..2024-02-19 Prime Minister
amadou-oury-bah | name=Amadou Oury Bah | family=Bah | given=Amadou Oury | names=Bah Oury | country=GIN | role=GIN GOV 2024-02-27.. Prime Minister

# ---------------------------------------------------------------- Guinea-Bissau (GNB)
jose-mario-vaz | name=Jose Mario Vaz | family=Vaz | given=Jose Mario | names=José Mário Vaz; Jomav | country=GNB | role=GNB GOV 2014-06-23..2020-02-27 President | role=GNB GOV 2009..2012 Finance Minister
umaro-sissoco-embalo | name=Umaro Sissoco Embalo | family=Embalo | given=Umaro Sissoco | names=Umaro Sissoco Embaló; Umaro Embalo | country=GNB | role=GNB GOV 2020-02-27..2025-11-26 President | role=GNB GOV 2016-11-18..2018-01-16 Prime Minister
horta-n-tam | name=Horta N'Tam | family=N'Tam | given=Horta | names=Horta Inta-A; Horta N'Tam; Horta Inta-a Na Man | country=GNB | role=GNB GOV 2025-11-27.. Transitional President | role=GNB MIL 2025-11-26..2025-11-27 Junta Leader
cipriano-cassama | name=Cipriano Cassama | family=Cassama | given=Cipriano | names=Cipriano Cassamá | country=GNB | role=GNB GOV 2020-02-28..2020-03-01 Interim President | role=GNB LEG 2014-06..2022-05 National Assembly President
domingos-simoes-pereira | name=Domingos Simoes Pereira | family=Simoes Pereira | given=Domingos | names=Domingos Simões Pereira | country=GNB | role=GNB GOV 2014-07-03..2015-08-20 Prime Minister | role=GNB LEG 2023-07..2025-11 National Assembly President
baciro-dja | name=Baciro Dja | family=Dja | given=Baciro | country=GNB | role=GNB GOV 2015-08-20..2015-09-09 Prime Minister | role=GNB GOV 2016-05-27..2016-11-18 Prime Minister
carlos-correia | name=Carlos Correia | family=Correia | given=Carlos | country=GNB | role=GNB GOV 2015-09-17..2016-05-12 Prime Minister | role=GNB GOV 1991-12..1994-10 Prime Minister | role=GNB GOV 1997-06..1998-12 Prime Minister | role=GNB GOV 2008-08..2009-01 Prime Minister
artur-silva | name=Artur Silva | family=Silva | given=Artur | country=GNB | role=GNB GOV 2018-01-31..2018-04-16 Prime Minister
aristides-gomes | name=Aristides Gomes | family=Gomes | given=Aristides | country=GNB | role=GNB GOV 2005-11-02..2007-04-13 Prime Minister | role=GNB GOV 2018-04-16..2020-02-28 Prime Minister
nuno-gomes-nabiam | name=Nuno Gomes Nabiam | family=Nabiam | given=Nuno Gomes | country=GNB | role=GNB GOV 2020-02-28..2023-08-07 Prime Minister
geraldo-martins | name=Geraldo Martins | family=Martins | given=Geraldo | names=Geraldo João Martins | country=GNB | role=GNB GOV 2023-08-07..2023-12-20 Prime Minister
rui-duarte-de-barros | name=Rui Duarte de Barros | family=de Barros | given=Rui Duarte | country=GNB | role=GNB GOV 2023-12-20..2025-08-07 Prime Minister | role=GNB GOV 2012-05..2014-07 Prime Minister
braima-camara | name=Braima Camara | family=Camara | given=Braima | names=Braima Camará | country=GNB | role=GNB GOV 2025-08-07..2025-11-26 Prime Minister
ilidio-vieira-te | name=Ilidio Vieira Te | family=Vieira Te | given=Ilidio | names=Ilídio Vieira Té | country=GNB | role=GNB GOV 2025-11-28.. Prime Minister | role=GNB GOV 2023..2025-11 Finance Minister

# ---------------------------------------------------------------- Liberia (LBR)
ellen-johnson-sirleaf | name=Ellen Johnson Sirleaf | family=Sirleaf | given=Ellen Johnson | names=Ellen Johnson-Sirleaf; Johnson Sirleaf | country=LBR | role=LBR GOV 2006-01-16..2018-01-22 President | role=LBR GOV 1979..1980 Finance Minister
george-weah | name=George Weah | family=Weah | given=George | names=George Manneh Weah; George M. Weah | country=LBR | role=LBR GOV 2018-01-22..2024-01-22 President | role=LBR LEG 2015-01..2018-01 Senator
joseph-boakai | name=Joseph Boakai | family=Boakai | given=Joseph | names=Joseph Nyuma Boakai; Joseph N. Boakai | country=LBR | role=LBR GOV 2024-01-22.. President | role=LBR GOV 2006-01-16..2018-01-22 Vice President

# ---------------------------------------------------------------- Mali (MLI)
ibrahim-boubacar-keita | name=Ibrahim Boubacar Keita | family=Keita | given=Ibrahim Boubacar | names=Ibrahim Boubacar Keïta; IBK | country=MLI | role=MLI GOV 2013-09-04..2020-08-18 President | role=MLI GOV 1994-02-04..2000-02-15 Prime Minister | role=MLI LEG 2002-09..2007-09 National Assembly President
assimi-goita | name=Assimi Goita | family=Goita | given=Assimi | names=Assimi Goïta; Colonel Assimi Goita | country=MLI | role=MLI GOV 2020-08-18..2020-09-25 Junta Leader | role=MLI GOV 2020-09-25..2021-05-24 Vice President | role=MLI GOV 2021-05-24.. Transitional President
bah-ndaw | name=Bah Ndaw | family=Ndaw | given=Bah | names=Bah N'Daw | country=MLI | role=MLI GOV 2020-09-25..2021-05-24 Transitional President | role=MLI GOV 2014-05..2015-01 Defence Minister
moussa-mara | name=Moussa Mara | family=Mara | given=Moussa | country=MLI | role=MLI GOV 2014-04-05..2015-01-08 Prime Minister
modibo-keita | name=Modibo Keita | family=Keita | given=Modibo | names=Modibo Keïta | country=MLI | role=MLI GOV 2002-03..2002-06 Prime Minister | role=MLI GOV 2015-01-08..2017-04-08 Prime Minister
abdoulaye-idrissa-maiga | name=Abdoulaye Idrissa Maiga | family=Maiga | given=Abdoulaye Idrissa | names=Abdoulaye Idrissa Maïga | country=MLI | role=MLI GOV 2017-04-08..2017-12-29 Prime Minister | role=MLI GOV 2016-09..2017-04-08 Defence Minister
soumeylou-boubeye-maiga | name=Soumeylou Boubeye Maiga | family=Maiga | given=Soumeylou Boubeye | names=Soumeylou Boubèye Maïga | country=MLI | role=MLI GOV 2017-12-30..2019-04-18 Prime Minister | role=MLI GOV 2011-04..2012-03 Foreign Minister | role=MLI GOV 2013-09..2014-05 Defence Minister
boubou-cisse | name=Boubou Cisse | family=Cisse | given=Boubou | names=Boubou Cissé | country=MLI | role=MLI GOV 2019-04-22..2020-08-18 Prime Minister | role=MLI GOV 2016-07..2020-08 Finance Minister
moctar-ouane | name=Moctar Ouane | family=Ouane | given=Moctar | country=MLI | role=MLI GOV 2020-09-27..2021-05-24 Prime Minister | role=MLI GOV 2004-05..2011-04 Foreign Minister
choguel-kokalla-maiga | name=Choguel Kokalla Maiga | family=Maiga | given=Choguel Kokalla | names=Choguel Maïga; Choguel Kokalla Maïga | country=MLI | role=MLI GOV 2021-06-07..2022-08-21 Prime Minister | role=MLI GOV 2022-12-05..2024-11-20 Prime Minister
abdoulaye-maiga | name=Abdoulaye Maiga | family=Maiga | given=Abdoulaye | names=Abdoulaye Maïga; Colonel Abdoulaye Maiga | country=MLI | role=MLI GOV 2022-08-21..2022-12-05 Acting Prime Minister | role=MLI GOV 2024-11-21.. Prime Minister | role=MLI GOV 2021-06..2024-11 Territorial Administration Minister
sadio-camara | name=Sadio Camara | family=Camara | given=Sadio | country=MLI | role=MLI GOV 2020-10-05..2021-05-24 Defence Minister | role=MLI GOV 2021-06-11.. Defence Minister
abdoulaye-diop | name=Abdoulaye Diop | family=Diop | given=Abdoulaye | country=MLI | role=MLI GOV 2014-04..2017-04 Foreign Minister | role=MLI GOV 2021-06-11.. Foreign Minister

# ---------------------------------------------------------------- Niger (NER)
mahamadou-issoufou | name=Mahamadou Issoufou | family=Issoufou | given=Mahamadou | country=NER | role=NER GOV 2011-04-07..2021-04-02 President | role=NER GOV 1993-04-17..1994-09-28 Prime Minister
mohamed-bazoum | name=Mohamed Bazoum | family=Bazoum | given=Mohamed | country=NER | role=NER GOV 2021-04-02..2023-07-26 President | role=NER GOV 2011-04..2015-02-25 Foreign Minister | role=NER GOV 2016-04-11..2020-06-29 Interior Minister | role=NER GOV 1995..1996 Foreign Minister
abdourahamane-tchiani | name=Abdourahamane Tchiani | family=Tchiani | given=Abdourahamane | names=Abdourahamane Tiani; Abdourahmane Tchiani; Omar Tchiani; General Tchiani; Tiani | country=NER | role=NER GOV 2023-07-26..2025-03-26 Junta Leader | role=NER GOV 2025-03-26.. President | role=NER MIL 2011..2023-07-26 Presidential Guard Commander
brigi-rafini | name=Brigi Rafini | family=Rafini | given=Brigi | country=NER | role=NER GOV 2011-04-07..2021-04-03 Prime Minister
ouhoumoudou-mahamadou | name=Ouhoumoudou Mahamadou | family=Mahamadou | given=Ouhoumoudou | country=NER | role=NER GOV 2021-04-03..2023-07-26 Prime Minister
ali-lamine-zeine | name=Ali Lamine Zeine | family=Zeine | given=Ali Lamine | names=Ali Mahaman Lamine Zeine | country=NER | role=NER GOV 2023-08-08.. Prime Minister | role=NER GOV 2002..2010-02 Finance Minister
salifou-mody | name=Salifou Mody | family=Mody | given=Salifou | country=NER | role=NER GOV 2023-08-10.. Defence Minister | role=NER MIL 2020..2023-04 Army Chief of Staff

# ---------------------------------------------------------------- Nigeria (NGA)
goodluck-jonathan | name=Goodluck Jonathan | family=Jonathan | given=Goodluck | names=Goodluck Ebele Jonathan | country=NGA | role=NGA GOV 2010-02-09..2010-05-06 Acting President | role=NGA GOV 2010-05-06..2015-05-29 President | role=NGA GOV 2007-05-29..2010-05-06 Vice President
muhammadu-buhari | name=Muhammadu Buhari | family=Buhari | given=Muhammadu | country=NGA | role=NGA GOV 2015-05-29..2023-05-29 President | role=NGA GOV 1983-12-31..1985-08-27 Head of State
bola-tinubu | name=Bola Tinubu | family=Tinubu | given=Bola | names=Bola Ahmed Tinubu; Bola Ahmed Adekunle Tinubu | country=NGA | role=NGA GOV 2023-05-29.. President | role=NGA GOV 1999-05-29..2007-05-29 Governor
yemi-osinbajo | name=Yemi Osinbajo | family=Osinbajo | given=Yemi | names=Oluyemi Osinbajo | country=NGA | role=NGA GOV 2015-05-29..2023-05-29 Vice President | role=NGA GOV 2017-01-19..2017-03-10 Acting President | role=NGA GOV 2017-05-07..2017-08-19 Acting President
kashim-shettima | name=Kashim Shettima | family=Shettima | given=Kashim | country=NGA | role=NGA GOV 2023-05-29.. Vice President
geoffrey-onyeama | name=Geoffrey Onyeama | family=Onyeama | given=Geoffrey | country=NGA | role=NGA GOV 2015-11-11..2023-05-29 Foreign Minister
yusuf-tuggar | name=Yusuf Tuggar | family=Tuggar | given=Yusuf | names=Yusuf Maitama Tuggar | country=NGA | role=NGA GOV 2023-08-21.. Foreign Minister
tukur-buratai | name=Tukur Buratai | family=Buratai | given=Tukur | names=Tukur Yusuf Buratai | country=NGA | role=NGA MIL 2015-07-13..2021-01-26 Army Chief

# ---------------------------------------------------------------- Senegal (SEN)
macky-sall | name=Macky Sall | family=Sall | given=Macky | country=SEN | role=SEN GOV 2012-04-02..2024-04-02 President | role=SEN GOV 2004-04-21..2007-06-19 Prime Minister
bassirou-diomaye-faye | name=Bassirou Diomaye Faye | family=Faye | given=Bassirou Diomaye | names=Diomaye Faye | country=SEN | role=SEN GOV 2024-04-02.. President
ousmane-sonko | name=Ousmane Sonko | family=Sonko | given=Ousmane | country=SEN | role=SEN GOV 2024-04-02.. Prime Minister
mahammed-boun-abdallah-dionne | name=Mahammed Boun Abdallah Dionne | family=Dionne | given=Mahammed Boun Abdallah | names=Mahammad Boun Abdallah Dionne; Mahammed Dionne | country=SEN | role=SEN GOV 2014-07-04..2019-05-14 Prime Minister
amadou-ba | name=Amadou Ba | family=Ba | given=Amadou | country=SEN | role=SEN GOV 2022-09-17..2024-03-06 Prime Minister | role=SEN GOV 2019-04..2020-11 Foreign Minister | role=SEN GOV 2013-09..2019-04 Finance Minister
sidiki-kaba | name=Sidiki Kaba | family=Kaba | given=Sidiki | country=SEN | role=SEN GOV 2024-03-06..2024-04-02 Prime Minister | role=SEN GOV 2017-09..2019-04 Foreign Minister | role=SEN GOV 2019-04..2022-09 Defence Minister
aminata-toure | name=Aminata Toure | family=Toure | given=Aminata | names=Aminata Touré; Mimi Toure | country=SEN | role=SEN GOV 2013-09-01..2014-07-04 Prime Minister

# ---------------------------------------------------------------- Sierra Leone (SLE)
ernest-bai-koroma | name=Ernest Bai Koroma | family=Koroma | given=Ernest Bai | names=Ernest Koroma | country=SLE | role=SLE GOV 2007-09-17..2018-04-04 President
julius-maada-bio | name=Julius Maada Bio | family=Bio | given=Julius Maada | names=Julius Bio; Maada Bio | country=SLE | role=SLE GOV 2018-04-04.. President | role=SLE GOV 1996-01-16..1996-03-29 Head of State
david-francis | name=David Francis | family=Francis | given=David | names=David J. Francis | country=SLE | role=SLE GOV 2018-05..2021-07 Chief Minister | role=SLE GOV 2021-07..2023-07 Foreign Minister
jacob-jusu-saffa | name=Jacob Jusu Saffa | family=Saffa | given=Jacob Jusu | country=SLE | role=SLE GOV 2021-07..2023-07 Chief Minister
david-moinina-sengeh | name=David Moinina Sengeh | family=Sengeh | given=David Moinina | names=David Sengeh | country=SLE | role=SLE GOV 2023-07-12.. Chief Minister

# ---------------------------------------------------------------- Togo (TGO)
faure-gnassingbe | name=Faure Gnassingbe | family=Gnassingbe | given=Faure | names=Faure Gnassingbé; Faure Essozimna Gnassingbé | country=TGO | role=TGO GOV 2005-02-05..2005-02-25 President | role=TGO GOV 2005-05-04..2025-05-03 President | role=TGO GOV 2025-05-03.. President of the Council of Ministers
jean-lucien-savi-de-tove | name=Jean-Lucien Savi de Tove | family=Savi de Tove | given=Jean-Lucien | names=Jean-Lucien Savi de Tové | country=TGO | role=TGO GOV 2025-05-03.. President
kwesi-ahoomey-zunu | name=Kwesi Ahoomey-Zunu | family=Ahoomey-Zunu | given=Kwesi | names=Kwesi Séléagodji Ahoomey-Zunu | country=TGO | role=TGO GOV 2012-07-23..2015-06-05 Prime Minister
komi-selom-klassou | name=Komi Selom Klassou | family=Klassou | given=Komi Selom | names=Komi Sélom Klassou | country=TGO | role=TGO GOV 2015-06-05..2020-09-28 Prime Minister
victoire-tomegah-dogbe | name=Victoire Tomegah Dogbe | family=Tomegah Dogbe | given=Victoire | names=Victoire Tomégah Dogbé; Victoire Dogbe | country=TGO | role=TGO GOV 2020-09-28..2025-05 Prime Minister
robert-dussey | name=Robert Dussey | family=Dussey | given=Robert | country=TGO | role=TGO GOV 2013-09.. Foreign Minister

# ================================================================ CENTRAL AFRICA

# ---------------------------------------------------------------- Cameroon (CMR)
paul-biya | name=Paul Biya | family=Biya | given=Paul | names=Paul Barthélemy Biya | country=CMR | role=CMR GOV 1982-11-06.. President | role=CMR GOV 1975-06-30..1982-11-06 Prime Minister
philemon-yang | name=Philemon Yang | family=Yang | given=Philemon | names=Philémon Yang | country=CMR | role=CMR GOV 2009-06-30..2019-01-04 Prime Minister
joseph-dion-ngute | name=Joseph Dion Ngute | family=Ngute | given=Joseph Dion | names=Joseph Ngute | country=CMR | role=CMR GOV 2019-01-04.. Prime Minister

# ---------------------------------------------------------------- Central African Republic (CAF)
catherine-samba-panza | name=Catherine Samba-Panza | family=Samba-Panza | given=Catherine | names=Catherine Samba Panza | country=CAF | role=CAF GOV 2014-01-23..2016-03-30 Transitional President
faustin-archange-touadera | name=Faustin-Archange Touadera | family=Touadera | given=Faustin-Archange | names=Faustin Archange Touadéra; Faustin-Archange Touadéra; Faustin Touadera | country=CAF | role=CAF GOV 2016-03-30.. President | role=CAF GOV 2008-01-22..2013-01-17 Prime Minister
francois-bozize | name=Francois Bozize | family=Bozize | given=Francois | names=François Bozizé | country=CAF | role=CAF GOV 2003-03-15..2013-03-24 President | role=CAF REB 2020-12.. Rebel Leader
michel-djotodia | name=Michel Djotodia | family=Djotodia | given=Michel | country=CAF | role=CAF GOV 2013-03-24..2014-01-10 President
mahamat-kamoun | name=Mahamat Kamoun | family=Kamoun | given=Mahamat | country=CAF | role=CAF GOV 2014-08-10..2016-04-02 Prime Minister
simplice-sarandji | name=Simplice Sarandji | family=Sarandji | given=Simplice | names=Simplice Mathieu Sarandji | country=CAF | role=CAF GOV 2016-04-02..2019-02-25 Prime Minister | role=CAF LEG 2021-05.. National Assembly President
firmin-ngrebada | name=Firmin Ngrebada | family=Ngrebada | given=Firmin | names=Firmin Ngrébada | country=CAF | role=CAF GOV 2019-02-25..2021-06-10 Prime Minister
henri-marie-dondra | name=Henri-Marie Dondra | family=Dondra | given=Henri-Marie | country=CAF | role=CAF GOV 2021-06-11..2022-02-07 Prime Minister | role=CAF GOV 2016-04..2021-06 Finance Minister
felix-moloua | name=Felix Moloua | family=Moloua | given=Felix | names=Félix Moloua | country=CAF | role=CAF GOV 2022-02-07.. Prime Minister

# ---------------------------------------------------------------- Chad (TCD)
idriss-deby | name=Idriss Deby | family=Deby | given=Idriss | names=Idriss Déby; Idriss Deby Itno; Idriss Déby Itno | country=TCD | role=TCD GOV 1990-12-02..2021-04-20 President
mahamat-idriss-deby | name=Mahamat Idriss Deby | family=Deby | given=Mahamat Idriss | names=Mahamat Deby; Mahamat Idriss Déby; Mahamat Déby; Mahamat Idriss Deby Itno; Mahamat Kaka | country=TCD | role=TCD GOV 2021-04-20..2022-10-10 Transitional Military Council President | role=TCD GOV 2022-10-10..2024-05-23 Transitional President | role=TCD GOV 2024-05-23.. President
kalzeube-pahimi-deubet | name=Kalzeube Pahimi Deubet | family=Deubet | given=Kalzeube Pahimi | names=Kalzeubé Pahimi Deubet | country=TCD | role=TCD GOV 2013-11-21..2016-02-13 Prime Minister
albert-pahimi-padacke | name=Albert Pahimi Padacke | family=Padacke | given=Albert Pahimi | names=Albert Pahimi Padacké; Pahimi Padacke | country=TCD | role=TCD GOV 2016-02-13..2018-05-03 Prime Minister | role=TCD GOV 2021-04-26..2022-10-12 Prime Minister
saleh-kebzabo | name=Saleh Kebzabo | family=Kebzabo | given=Saleh | country=TCD | role=TCD GOV 2022-10-12..2024-01-01 Prime Minister
succes-masra | name=Succes Masra | family=Masra | given=Succes | names=Succès Masra | country=TCD | role=TCD GOV 2024-01-01..2024-05-22 Prime Minister
allamaye-halina | name=Allamaye Halina | family=Halina | given=Allamaye | names=Allah-Maye Halina; Allamaye Halina | country=TCD | role=TCD GOV 2024-05-23.. Prime Minister
moussa-faki-mahamat | name=Moussa Faki Mahamat | family=Faki | given=Moussa | names=Moussa Faki | country=TCD | role=TCD GOV 2003-06-24..2005-02-04 Prime Minister | role=TCD GOV 2008-04..2017-01 Foreign Minister | role=IGOAFRAUC IGO 2017-03-14..2025-02-15 Commission Chairperson

# ---------------------------------------------------------------- Republic of the Congo (COG)
denis-sassou-nguesso | name=Denis Sassou Nguesso | family=Sassou Nguesso | given=Denis | names=Denis Sassou-Nguesso; Sassou | country=COG | role=COG GOV 1979-02-08..1992-08-31 President | role=COG GOV 1997-10-25.. President
clement-mouamba | name=Clement Mouamba | family=Mouamba | given=Clement | names=Clément Mouamba | country=COG | role=COG GOV 2016-04-23..2021-05-12 Prime Minister
anatole-collinet-makosso | name=Anatole Collinet Makosso | family=Makosso | given=Anatole Collinet | country=COG | role=COG GOV 2021-05-12.. Prime Minister
jean-claude-gakosso | name=Jean-Claude Gakosso | family=Gakosso | given=Jean-Claude | country=COG | role=COG GOV 2015-08.. Foreign Minister

# ---------------------------------------------------------------- Democratic Republic of the Congo (COD)
joseph-kabila | name=Joseph Kabila | family=Kabila | given=Joseph | names=Joseph Kabila Kabange | country=COD | role=COD GOV 2001-01-26..2019-01-24 President
felix-tshisekedi | name=Felix Tshisekedi | family=Tshisekedi | given=Felix | names=Félix Tshisekedi; Felix Antoine Tshisekedi; Félix Antoine Tshisekedi Tshilombo; Fatshi | country=COD | role=COD GOV 2019-01-24.. President
augustin-matata-ponyo | name=Augustin Matata Ponyo | family=Matata Ponyo | given=Augustin | names=Matata Ponyo Mapon | country=COD | role=COD GOV 2012-04-18..2016-11-17 Prime Minister | role=COD GOV 2010-02..2012-04 Finance Minister
samy-badibanga | name=Samy Badibanga | family=Badibanga | given=Samy | country=COD | role=COD GOV 2016-11-17..2017-05-17 Prime Minister
bruno-tshibala | name=Bruno Tshibala | family=Tshibala | given=Bruno | country=COD | role=COD GOV 2017-05-17..2019-05-20 Prime Minister
sylvestre-ilunga | name=Sylvestre Ilunga | family=Ilunga | given=Sylvestre | names=Sylvestre Ilunga Ilunkamba | country=COD | role=COD GOV 2019-05-20..2021-02-15 Prime Minister
jean-michel-sama-lukonde | name=Jean-Michel Sama Lukonde | family=Sama Lukonde | given=Jean-Michel | names=Sama Lukonde; Jean-Michel Sama Lukonde Kyenge | country=COD | role=COD GOV 2021-02-15..2024-06-12 Prime Minister
judith-suminwa | name=Judith Suminwa | family=Suminwa | given=Judith | names=Judith Suminwa Tuluka | country=COD | role=COD GOV 2024-06-12.. Prime Minister
corneille-nangaa | name=Corneille Nangaa | family=Nangaa | given=Corneille | country=COD | role=COD REB 2023-12.. Rebel Leader

# ---------------------------------------------------------------- Equatorial Guinea (GNQ)
teodoro-obiang-nguema-mbasogo | name=Teodoro Obiang Nguema Mbasogo | family=Obiang | given=Teodoro | names=Teodoro Obiang; Teodoro Obiang Nguema; Obiang Nguema | country=GNQ | role=GNQ GOV 1979-08-03.. President
teodoro-nguema-obiang-mangue | name=Teodoro Nguema Obiang Mangue | family=Obiang Mangue | given=Teodoro Nguema | names=Teodorin Obiang; Teodorín Nguema Obiang; Teodorin | country=GNQ | role=GNQ GOV 2012-05-21.. Vice President
vicente-ehate-tomi | name=Vicente Ehate Tomi | family=Ehate Tomi | given=Vicente | country=GNQ | role=GNQ GOV 2012-05-21..2016-06-23 Prime Minister
francisco-pascual-obama-asue | name=Francisco Pascual Obama Asue | family=Obama Asue | given=Francisco Pascual | names=Pascual Obama Asue | country=GNQ | role=GNQ GOV 2016-06-23..2023-02-01 Prime Minister
manuela-roka-botey | name=Manuela Roka Botey | family=Roka Botey | given=Manuela | names=Manuela Roka | country=GNQ | role=GNQ GOV 2023-02-01..2024-08-16 Prime Minister
manuel-osa-nsue-nsua | name=Manuel Osa Nsue Nsua | family=Osa Nsue | given=Manuel | names=Manuel Osa Nsue | country=GNQ | role=GNQ GOV 2024-08-16.. Prime Minister

# ---------------------------------------------------------------- Gabon (GAB)
ali-bongo-ondimba | name=Ali Bongo Ondimba | family=Bongo | given=Ali | names=Ali Bongo; Ali Ben Bongo | country=GAB | role=GAB GOV 2009-10-16..2023-08-30 President | role=GAB GOV 1999-01..2009-07 Defence Minister | role=GAB GOV 1989..1991 Foreign Minister
brice-oligui-nguema | name=Brice Oligui Nguema | family=Oligui Nguema | given=Brice | names=Brice Clotaire Oligui Nguema; General Oligui Nguema | country=GAB | role=GAB GOV 2023-08-30..2025-05-03 Transitional President | role=GAB GOV 2025-05-03.. President | role=GAB MIL 2020..2023-08-30 Republican Guard Commander
daniel-ona-ondo | name=Daniel Ona Ondo | family=Ona Ondo | given=Daniel | country=GAB | role=GAB GOV 2014-01-24..2016-09-28 Prime Minister
emmanuel-issoze-ngondet | name=Emmanuel Issoze-Ngondet | family=Issoze-Ngondet | given=Emmanuel | names=Emmanuel Issozé-Ngondet | country=GAB | role=GAB GOV 2016-09-28..2019-01-12 Prime Minister | role=GAB GOV 2012..2016 Foreign Minister
julien-nkoghe-bekale | name=Julien Nkoghe Bekale | family=Nkoghe Bekale | given=Julien | names=Julien Nkoghé Békalé | country=GAB | role=GAB GOV 2019-01-12..2020-07-16 Prime Minister
rose-christiane-raponda | name=Rose Christiane Raponda | family=Raponda | given=Rose Christiane | names=Rose Christiane Ossouka Raponda | country=GAB | role=GAB GOV 2020-07-16..2023-01-09 Prime Minister | role=GAB GOV 2023-01-09..2023-08-30 Vice President | role=GAB GOV 2019-02..2020-07-16 Defence Minister
alain-claude-bilie-by-nze | name=Alain-Claude Bilie-By-Nze | family=Bilie-By-Nze | given=Alain-Claude | names=Alain Claude Bilie By Nze | country=GAB | role=GAB GOV 2023-01-09..2023-08-30 Prime Minister
raymond-ndong-sima | name=Raymond Ndong Sima | family=Ndong Sima | given=Raymond | country=GAB | role=GAB GOV 2012-02-27..2014-01-24 Prime Minister | role=GAB GOV 2023-09-07..2025-05 Prime Minister

# ---------------------------------------------------------------- Sao Tome and Principe (STP)
manuel-pinto-da-costa | name=Manuel Pinto da Costa | family=Pinto da Costa | given=Manuel | country=STP | role=STP GOV 1975-07-12..1991-04-03 President | role=STP GOV 2011-09-03..2016-09-03 President
evaristo-carvalho | name=Evaristo Carvalho | family=Carvalho | given=Evaristo | country=STP | role=STP GOV 2016-09-03..2021-10-02 President | role=STP GOV 1994-07..1994-10 Prime Minister | role=STP GOV 2001-09..2002-03 Prime Minister
carlos-vila-nova | name=Carlos Vila Nova | family=Vila Nova | given=Carlos | country=STP | role=STP GOV 2021-10-02.. President
patrice-trovoada | name=Patrice Trovoada | family=Trovoada | given=Patrice | country=STP | role=STP GOV 2008-02..2008-06 Prime Minister | role=STP GOV 2010-08-14..2012-12-10 Prime Minister | role=STP GOV 2014-11-29..2018-12-03 Prime Minister | role=STP GOV 2022-11-11..2025-01-06 Prime Minister
jorge-bom-jesus | name=Jorge Bom Jesus | family=Bom Jesus | given=Jorge | country=STP | role=STP GOV 2018-12-03..2022-11-11 Prime Minister
ilza-amado-vaz | name=Ilza Amado Vaz | family=Amado Vaz | given=Ilza | country=STP | role=STP GOV 2025-01-09..2025-01-12 Prime Minister
americo-ramos | name=Americo Ramos | family=Ramos | given=Americo | names=Américo Ramos | country=STP | role=STP GOV 2025-01-12.. Prime Minister

# ================================================================ EAST AFRICA

# ---------------------------------------------------------------- Burundi (BDI)
pierre-nkurunziza | name=Pierre Nkurunziza | family=Nkurunziza | given=Pierre | country=BDI | role=BDI GOV 2005-08-26..2020-06-08 President
evariste-ndayishimiye | name=Evariste Ndayishimiye | family=Ndayishimiye | given=Evariste | names=Évariste Ndayishimiye | country=BDI | role=BDI GOV 2020-06-18.. President
alain-guillaume-bunyoni | name=Alain-Guillaume Bunyoni | family=Bunyoni | given=Alain-Guillaume | names=Alain Guillaume Bunyoni | country=BDI | role=BDI GOV 2020-06-23..2022-09-07 Prime Minister | role=BDI GOV 2015..2020-06 Public Security Minister
gervais-ndirakobuca | name=Gervais Ndirakobuca | family=Ndirakobuca | given=Gervais | country=BDI | role=BDI GOV 2022-09-07..2025-08-05 Prime Minister | role=BDI GOV 2020-06..2022-09 Interior Minister
nestor-ntahontuye | name=Nestor Ntahontuye | family=Ntahontuye | given=Nestor | country=BDI | role=BDI GOV 2025-08-05.. Prime Minister

# ---------------------------------------------------------------- Comoros (COM)
ikililou-dhoinine | name=Ikililou Dhoinine | family=Dhoinine | given=Ikililou | country=COM | role=COM GOV 2011-05-26..2016-05-26 President
azali-assoumani | name=Azali Assoumani | family=Assoumani | given=Azali | names=Azali | country=COM | role=COM GOV 1999-04-30..2002-01-21 President | role=COM GOV 2002-05-26..2006-05-26 President | role=COM GOV 2016-05-26.. President

# ---------------------------------------------------------------- Djibouti (DJI)
ismail-omar-guelleh | name=Ismail Omar Guelleh | family=Guelleh | given=Ismail Omar | names=Ismaïl Omar Guelleh; IOG | country=DJI | role=DJI GOV 1999-05-08.. President
abdoulkader-kamil-mohamed | name=Abdoulkader Kamil Mohamed | family=Kamil Mohamed | given=Abdoulkader | country=DJI | role=DJI GOV 2013-04-01.. Prime Minister
mahmoud-ali-youssouf | name=Mahmoud Ali Youssouf | family=Youssouf | given=Mahmoud Ali | country=DJI | role=DJI GOV 2005-07..2025-02 Foreign Minister | role=IGOAFRAUC IGO 2025-02-15.. Commission Chairperson

# ---------------------------------------------------------------- Eritrea (ERI)
isaias-afwerki | name=Isaias Afwerki | family=Afwerki | given=Isaias | names=Isaias Afewerki; Isayas Afewerki | country=ERI | role=ERI GOV 1991-05-24.. President
osman-saleh | name=Osman Saleh | family=Saleh | given=Osman | names=Osman Saleh Mohammed | country=ERI | role=ERI GOV 2007-04.. Foreign Minister

# ---------------------------------------------------------------- Ethiopia (ETH)
hailemariam-desalegn | name=Hailemariam Desalegn | family=Hailemariam | names=Hailemariam Dessalegn; Haile Mariam Desalegn | country=ETH | role=ETH GOV 2012-08-20..2018-04-02 Prime Minister | role=ETH GOV 2010-10..2012-09 Foreign Minister
abiy-ahmed | name=Abiy Ahmed | family=Abiy | names=Abiy Ahmed Ali | country=ETH | role=ETH GOV 2018-04-02.. Prime Minister
mulatu-teshome | name=Mulatu Teshome | family=Mulatu | names=Mulatu Teshome Wirtu | country=ETH | role=ETH GOV 2013-10-07..2018-10-25 President
sahle-work-zewde | name=Sahle-Work Zewde | family=Sahle-Work | names=Sahle-Work Zewde; Sahlework Zewde | country=ETH | role=ETH GOV 2018-10-25..2024-10-07 President
taye-atske-selassie | name=Taye Atske Selassie | family=Taye | names=Taye Atske-Selassie; Taye Atske Selassie Amde | country=ETH | role=ETH GOV 2024-10-07.. President | role=ETH GOV 2023-02..2024-10-07 Foreign Minister
demeke-mekonnen | name=Demeke Mekonnen | family=Demeke | names=Demeke Mekonnen Hassen | country=ETH | role=ETH GOV 2012-11..2024-02 Deputy Prime Minister | role=ETH GOV 2020-11..2023-02 Foreign Minister
workneh-gebeyehu | name=Workneh Gebeyehu | family=Workneh | country=ETH | role=ETH GOV 2016-11..2019-04 Foreign Minister
debretsion-gebremichael | name=Debretsion Gebremichael | family=Debretsion | names=Debretsion Gebre-Michael | country=ETH | role=ETH GOV 2018-01..2020-11 Tigray Regional President | role=ETH REB 2020-11..2023-03 TPLF Leader
getachew-reda | name=Getachew Reda | family=Getachew | country=ETH | role=ETH GOV 2023-03..2025-04 Tigray Interim Administration President
meles-zenawi | name=Meles Zenawi | family=Meles | country=ETH | role=ETH GOV 1991-05-28..1995-08-22 President | role=ETH GOV 1995-08-23..2012-08-20 Prime Minister

# ---------------------------------------------------------------- Kenya (KEN)
uhuru-kenyatta | name=Uhuru Kenyatta | family=Kenyatta | given=Uhuru | names=Uhuru Muigai Kenyatta | country=KEN | role=KEN GOV 2013-04-09..2022-09-13 President | role=KEN GOV 2008-04-17..2013-04-09 Deputy Prime Minister | role=KEN GOV 2009-01..2012-01 Finance Minister
william-ruto | name=William Ruto | family=Ruto | given=William | names=William Samoei Ruto | country=KEN | role=KEN GOV 2022-09-13.. President | role=KEN GOV 2013-04-09..2022-09-13 Deputy President
raila-odinga | name=Raila Odinga | family=Odinga | given=Raila | names=Raila Amolo Odinga | country=KEN | role=KEN GOV 2008-04-17..2013-04-09 Prime Minister
mwai-kibaki | name=Mwai Kibaki | family=Kibaki | given=Mwai | country=KEN | role=KEN GOV 2002-12-30..2013-04-09 President
musalia-mudavadi | name=Musalia Mudavadi | family=Mudavadi | given=Musalia | names=Wycliffe Musalia Mudavadi | country=KEN | role=KEN GOV 2022-10-27.. Prime Cabinet Secretary | role=KEN GOV 2024-07.. Foreign Minister

# ---------------------------------------------------------------- Rwanda (RWA)
paul-kagame | name=Paul Kagame | family=Kagame | given=Paul | country=RWA | role=RWA GOV 2000-03-24..2000-04-22 Acting President | role=RWA GOV 2000-04-22.. President | role=RWA GOV 1994-07-19..2000-04-22 Vice President | role=RWA GOV 1994-07-19..2000-04-22 Defence Minister
anastase-murekezi | name=Anastase Murekezi | family=Murekezi | given=Anastase | country=RWA | role=RWA GOV 2014-07-24..2017-08-30 Prime Minister
edouard-ngirente | name=Edouard Ngirente | family=Ngirente | given=Edouard | names=Édouard Ngirente | country=RWA | role=RWA GOV 2017-08-30..2025-07-23 Prime Minister
justin-nsengiyumva | name=Justin Nsengiyumva | family=Nsengiyumva | given=Justin | country=RWA | role=RWA GOV 2025-07-23.. Prime Minister
louise-mushikiwabo | name=Louise Mushikiwabo | family=Mushikiwabo | given=Louise | country=RWA | role=RWA GOV 2009-12..2018-10 Foreign Minister
richard-sezibera | name=Richard Sezibera | family=Sezibera | given=Richard | country=RWA | role=RWA GOV 2018-10..2019-11 Foreign Minister
vincent-biruta | name=Vincent Biruta | family=Biruta | given=Vincent | country=RWA | role=RWA GOV 2019-11..2024-06 Foreign Minister
olivier-nduhungirehe | name=Olivier Nduhungirehe | family=Nduhungirehe | given=Olivier | country=RWA | role=RWA GOV 2024-06.. Foreign Minister

# ---------------------------------------------------------------- Seychelles (SYC)
james-michel | name=James Michel | family=Michel | given=James | names=James Alix Michel | country=SYC | role=SYC GOV 2004-04-14..2016-10-16 President
danny-faure | name=Danny Faure | family=Faure | given=Danny | country=SYC | role=SYC GOV 2016-10-16..2020-10-26 President | role=SYC GOV 2010-07..2016-10-16 Vice President
wavel-ramkalawan | name=Wavel Ramkalawan | family=Ramkalawan | given=Wavel | country=SYC | role=SYC GOV 2020-10-26..2025-10-26 President
patrick-herminie | name=Patrick Herminie | family=Herminie | given=Patrick | country=SYC | role=SYC GOV 2025-10-26.. President | role=SYC LEG 2007..2016 National Assembly Speaker

# ---------------------------------------------------------------- Somalia (SOM)
hassan-sheikh-mohamud | name=Hassan Sheikh Mohamud | family=Mohamud | given=Hassan Sheikh | names=Hassan Sheikh Mohamoud; Hassan Sheikh | country=SOM | role=SOM GOV 2012-09-16..2017-02-16 President | role=SOM GOV 2022-05-23.. President
mohamed-abdullahi-mohamed | name=Mohamed Abdullahi Mohamed | family=Farmaajo | given=Mohamed Abdullahi | names=Farmaajo; Farmajo; Mohamed Abdullahi Farmaajo; Mohamed Abdullahi Farmajo | country=SOM | role=SOM GOV 2017-02-16..2022-05-23 President | role=SOM GOV 2010-11-01..2011-06-19 Prime Minister
omar-abdirashid-ali-sharmarke | name=Omar Abdirashid Ali Sharmarke | family=Sharmarke | given=Omar Abdirashid Ali | names=Omar Sharmarke | country=SOM | role=SOM GOV 2009-02-14..2010-09-21 Prime Minister | role=SOM GOV 2014-12-24..2017-03-01 Prime Minister
hassan-ali-khaire | name=Hassan Ali Khaire | family=Khaire | given=Hassan Ali | country=SOM | role=SOM GOV 2017-03-01..2020-07-25 Prime Minister
mahdi-mohammed-gulaid | name=Mahdi Mohammed Gulaid | family=Gulaid | given=Mahdi Mohammed | names=Mahdi Guled | country=SOM | role=SOM GOV 2020-07-25..2020-09-23 Acting Prime Minister
mohamed-hussein-roble | name=Mohamed Hussein Roble | family=Roble | given=Mohamed Hussein | country=SOM | role=SOM GOV 2020-09-23..2022-06-25 Prime Minister
hamza-abdi-barre | name=Hamza Abdi Barre | family=Barre | given=Hamza Abdi | country=SOM | role=SOM GOV 2022-06-25.. Prime Minister

# ---------------------------------------------------------------- South Sudan (SSD)
salva-kiir-mayardit | name=Salva Kiir Mayardit | family=Kiir | given=Salva | names=Salva Kiir | country=SSD | role=SSD GOV 2011-07-09.. President | role=SSD GOV 2005-08-11..2011-07-09 President of Southern Sudan | role=SDN GOV 2005-08-11..2011-07-09 First Vice President
riek-machar | name=Riek Machar | family=Machar | given=Riek | names=Riek Machar Teny | country=SSD | role=SSD GOV 2011-07-09..2013-07-23 Vice President | role=SSD GOV 2016-04-26..2016-07-25 First Vice President | role=SSD GOV 2020-02-22..2025-09 First Vice President | role=SSD REB 2013-12..2016-04-26 SPLM-IO Leader | role=SSD REB 2016-07-25..2020-02-22 SPLM-IO Leader
taban-deng-gai | name=Taban Deng Gai | family=Deng Gai | given=Taban | names=Taban Deng | country=SSD | role=SSD GOV 2016-07-26..2020-02-22 First Vice President
james-wani-igga | name=James Wani Igga | family=Wani Igga | given=James | country=SSD | role=SSD GOV 2013-08-23..2020-02-22 Vice President

# ---------------------------------------------------------------- Tanzania (TZA)
jakaya-kikwete | name=Jakaya Kikwete | family=Kikwete | given=Jakaya | names=Jakaya Mrisho Kikwete | country=TZA | role=TZA GOV 2005-12-21..2015-11-05 President | role=TZA GOV 1995-11..2006-01 Foreign Minister
john-magufuli | name=John Magufuli | family=Magufuli | given=John | names=John Pombe Magufuli; John Pombe Joseph Magufuli | country=TZA | role=TZA GOV 2015-11-05..2021-03-17 President
samia-suluhu-hassan | name=Samia Suluhu Hassan | family=Hassan | given=Samia Suluhu | names=Samia Suluhu; Samia Hassan | country=TZA | role=TZA GOV 2021-03-19.. President | role=TZA GOV 2015-11-05..2021-03-19 Vice President
mizengo-pinda | name=Mizengo Pinda | family=Pinda | given=Mizengo | country=TZA | role=TZA GOV 2008-02-09..2015-11-20 Prime Minister
kassim-majaliwa | name=Kassim Majaliwa | family=Majaliwa | given=Kassim | names=Kassim Majaliwa Majaliwa | country=TZA | role=TZA GOV 2015-11-20..2025-11 Prime Minister
mwigulu-nchemba | name=Mwigulu Nchemba | family=Nchemba | given=Mwigulu | names=Mwigulu Lameck Nchemba | country=TZA | role=TZA GOV 2025-11.. Prime Minister | role=TZA GOV 2021-03..2025-11 Finance Minister

# ---------------------------------------------------------------- Uganda (UGA)
yoweri-museveni | name=Yoweri Museveni | family=Museveni | given=Yoweri | names=Yoweri Kaguta Museveni; Yoweri K. Museveni | country=UGA | role=UGA GOV 1986-01-29.. President
ruhakana-rugunda | name=Ruhakana Rugunda | family=Rugunda | given=Ruhakana | country=UGA | role=UGA GOV 2014-09-18..2021-06-14 Prime Minister
robinah-nabbanja | name=Robinah Nabbanja | family=Nabbanja | given=Robinah | names=Robina Nabbanja | country=UGA | role=UGA GOV 2021-06-14.. Prime Minister
amama-mbabazi | name=Amama Mbabazi | family=Mbabazi | given=Amama | names=John Patrick Amama Mbabazi | country=UGA | role=UGA GOV 2011-05-24..2014-09-18 Prime Minister | role=UGA GOV 2001..2006 Defence Minister
muhoozi-kainerugaba | name=Muhoozi Kainerugaba | family=Kainerugaba | given=Muhoozi | country=UGA | role=UGA MIL 2024-03-21.. Chief of Defence Forces | role=UGA MIL 2021-06..2022-10 Land Forces Commander
sam-kutesa | name=Sam Kutesa | family=Kutesa | given=Sam | names=Sam Kahamba Kutesa | country=UGA | role=UGA GOV 2005-01..2021-06 Foreign Minister

# ================================================================ SOUTHERN AFRICA

# ---------------------------------------------------------------- Angola (AGO)
jose-eduardo-dos-santos | name=Jose Eduardo dos Santos | family=dos Santos | given=Jose Eduardo | names=José Eduardo dos Santos | country=AGO | role=AGO GOV 1979-09-21..2017-09-26 President
joao-lourenco | name=Joao Lourenco | family=Lourenco | given=Joao | names=João Lourenço; João Manuel Gonçalves Lourenço | country=AGO | role=AGO GOV 2017-09-26.. President | role=AGO GOV 2014-04..2017-09 Defence Minister

# ---------------------------------------------------------------- Botswana (BWA)
ian-khama | name=Ian Khama | family=Khama | given=Ian | names=Seretse Khama Ian Khama | country=BWA | role=BWA GOV 2008-04-01..2018-04-01 President | role=BWA GOV 1998-07-13..2008-04-01 Vice President | role=BWA MIL 1989..1998 Defence Force Commander
mokgweetsi-masisi | name=Mokgweetsi Masisi | family=Masisi | given=Mokgweetsi | names=Mokgweetsi Eric Keabetswe Masisi; Eric Masisi | country=BWA | role=BWA GOV 2018-04-01..2024-11-01 President | role=BWA GOV 2014-11-12..2018-04-01 Vice President
duma-boko | name=Duma Boko | family=Boko | given=Duma | names=Duma Gideon Boko | country=BWA | role=BWA GOV 2024-11-01.. President

# ---------------------------------------------------------------- Eswatini (SWZ)
mswati-iii | name=Mswati III | family=Mswati | names=King Mswati; Mswati | country=SWZ | role=SWZ GOV 1986-04-25.. King
barnabas-sibusiso-dlamini | name=Barnabas Sibusiso Dlamini | family=Dlamini | given=Barnabas Sibusiso | names=Sibusiso Dlamini | country=SWZ | role=SWZ GOV 1996-07..2003-11 Prime Minister | role=SWZ GOV 2008-10-23..2018-09 Prime Minister
themba-masuku | name=Themba Masuku | family=Masuku | given=Themba | country=SWZ | role=SWZ GOV 2018-09..2018-10-29 Acting Prime Minister | role=SWZ GOV 2020-12-13..2021-07-16 Acting Prime Minister | role=SWZ GOV 2008..2018 Deputy Prime Minister
ambrose-mandvulo-dlamini | name=Ambrose Mandvulo Dlamini | family=Dlamini | given=Ambrose Mandvulo | names=Ambrose Dlamini | country=SWZ | role=SWZ GOV 2018-10-29..2020-12-13 Prime Minister
cleopas-dlamini | name=Cleopas Dlamini | family=Dlamini | given=Cleopas | names=Cleopas Sipho Dlamini | country=SWZ | role=SWZ GOV 2021-07-16..2023-10 Prime Minister
russell-dlamini | name=Russell Dlamini | family=Dlamini | given=Russell | names=Russell Mmiso Dlamini | country=SWZ | role=SWZ GOV 2023-11-03.. Prime Minister

# ---------------------------------------------------------------- Lesotho (LSO)
letsie-iii | name=Letsie III | family=Letsie | names=King Letsie; Letsie | country=LSO | role=LSO GOV 1990-11-12..1995-01-25 King | role=LSO GOV 1996-02-07.. King
tom-thabane | name=Tom Thabane | family=Thabane | given=Tom | names=Thomas Motsoahae Thabane; Motsoahae Thomas Thabane | country=LSO | role=LSO GOV 2012-06-08..2015-03-17 Prime Minister | role=LSO GOV 2017-06-16..2020-05-19 Prime Minister
pakalitha-mosisili | name=Pakalitha Mosisili | family=Mosisili | given=Pakalitha | names=Bethuel Pakalitha Mosisili | country=LSO | role=LSO GOV 1998-05-23..2012-06-08 Prime Minister | role=LSO GOV 2015-03-17..2017-06-16 Prime Minister
moeketsi-majoro | name=Moeketsi Majoro | family=Majoro | given=Moeketsi | country=LSO | role=LSO GOV 2020-05-20..2022-10-28 Prime Minister | role=LSO GOV 2017-06..2020-05 Finance Minister
sam-matekane | name=Sam Matekane | family=Matekane | given=Sam | names=Samuel Ntsokoane Matekane | country=LSO | role=LSO GOV 2022-10-28.. Prime Minister

# ---------------------------------------------------------------- Madagascar (MDG)
hery-rajaonarimampianina | name=Hery Rajaonarimampianina | family=Rajaonarimampianina | given=Hery | country=MDG | role=MDG GOV 2014-01-25..2018-09-07 President | role=MDG GOV 2011..2013 Finance Minister
rivo-rakotovao | name=Rivo Rakotovao | family=Rakotovao | given=Rivo | country=MDG | role=MDG GOV 2018-09-07..2019-01-19 Interim President | role=MDG LEG 2017-02..2019-01 Senate President
andry-rajoelina | name=Andry Rajoelina | family=Rajoelina | given=Andry | names=Andry Nirina Rajoelina | country=MDG | role=MDG GOV 2009-03-17..2014-01-25 High Transitional Authority President | role=MDG GOV 2019-01-19..2023-09-09 President | role=MDG GOV 2023-12-16..2025-10-14 President
michael-randrianirina | name=Michael Randrianirina | family=Randrianirina | given=Michael | names=Colonel Michael Randrianirina | country=MDG | role=MDG GOV 2025-10-14.. President
roger-kolo | name=Roger Kolo | family=Kolo | given=Roger | country=MDG | role=MDG GOV 2014-04-16..2015-01-17 Prime Minister
jean-ravelonarivo | name=Jean Ravelonarivo | family=Ravelonarivo | given=Jean | country=MDG | role=MDG GOV 2015-01-17..2016-04-10 Prime Minister
olivier-mahafaly-solonandrasana | name=Olivier Mahafaly Solonandrasana | family=Mahafaly | given=Olivier | names=Olivier Mahafaly | country=MDG | role=MDG GOV 2016-04-10..2018-06-06 Prime Minister
christian-ntsay | name=Christian Ntsay | family=Ntsay | given=Christian | country=MDG | role=MDG GOV 2018-06-06..2025-09-29 Prime Minister
ruphin-zafisambo | name=Ruphin Zafisambo | family=Zafisambo | given=Ruphin | names=Ruphin Fortunat Zafisambo; Ruphin Fortunat Dimbisoa Zafisambo | country=MDG | role=MDG GOV 2025-10-06..2025-10-14 Prime Minister
herintsalama-rajaonarivelo | name=Herintsalama Rajaonarivelo | family=Rajaonarivelo | given=Herintsalama | country=MDG | role=MDG GOV 2025-10-20.. Prime Minister

# ---------------------------------------------------------------- Malawi (MWI)
peter-mutharika | name=Peter Mutharika | family=Mutharika | given=Peter | names=Arthur Peter Mutharika; Peter Mutharika | country=MWI | role=MWI GOV 2014-05-31..2020-06-28 President | role=MWI GOV 2025-10-04.. President | role=MWI GOV 2011-09..2012-04 Foreign Minister
lazarus-chakwera | name=Lazarus Chakwera | family=Chakwera | given=Lazarus | names=Lazarus McCarthy Chakwera | country=MWI | role=MWI GOV 2020-06-28..2025-10-04 President
joyce-banda | name=Joyce Banda | family=Banda | given=Joyce | country=MWI | role=MWI GOV 2012-04-07..2014-05-31 President

# ---------------------------------------------------------------- Mauritius (MUS)
rajkeswur-purryag | name=Rajkeswur Purryag | family=Purryag | given=Rajkeswur | names=Kailash Purryag | country=MUS | role=MUS GOV 2012-07-21..2015-05-29 President
monique-ohsan-bellepeau | name=Monique Ohsan Bellepeau | family=Ohsan Bellepeau | given=Monique | names=Monique Ohsan-Bellepeau | country=MUS | role=MUS GOV 2015-05-29..2015-06-05 Acting President | role=MUS GOV 2012-03-31..2012-07-21 Acting President
ameenah-gurib-fakim | name=Ameenah Gurib-Fakim | family=Gurib-Fakim | given=Ameenah | names=Ameenah Gurib Fakim | country=MUS | role=MUS GOV 2015-06-05..2018-03-23 President
barlen-vyapoory | name=Barlen Vyapoory | family=Vyapoory | given=Barlen | country=MUS | role=MUS GOV 2018-03-23..2019-12-02 Acting President
prithvirajsing-roopun | name=Prithvirajsing Roopun | family=Roopun | given=Prithvirajsing | names=Pradeep Roopun; Prithvirajsing Roopun | country=MUS | role=MUS GOV 2019-12-02..2024-12-06 President
dharam-gokhool | name=Dharam Gokhool | family=Gokhool | given=Dharam | names=Dharambeer Gokhool | country=MUS | role=MUS GOV 2024-12-06.. President
navin-ramgoolam | name=Navin Ramgoolam | family=Ramgoolam | given=Navin | names=Navinchandra Ramgoolam | country=MUS | role=MUS GOV 1995-12-27..2000-09-17 Prime Minister | role=MUS GOV 2005-07-05..2014-12-17 Prime Minister | role=MUS GOV 2024-11-13.. Prime Minister
anerood-jugnauth | name=Anerood Jugnauth | family=Jugnauth | given=Anerood | names=Sir Anerood Jugnauth; SAJ | country=MUS | role=MUS GOV 1982-06-30..1995-12-27 Prime Minister | role=MUS GOV 2000-09-17..2003-09-30 Prime Minister | role=MUS GOV 2003-10-07..2012-03-31 President | role=MUS GOV 2014-12-17..2017-01-23 Prime Minister
pravind-jugnauth | name=Pravind Jugnauth | family=Jugnauth | given=Pravind | names=Pravind Kumar Jugnauth | country=MUS | role=MUS GOV 2017-01-23..2024-11-13 Prime Minister | role=MUS GOV 2016-03..2017-01 Finance Minister

# ---------------------------------------------------------------- Mozambique (MOZ)
armando-guebuza | name=Armando Guebuza | family=Guebuza | given=Armando | names=Armando Emílio Guebuza | country=MOZ | role=MOZ GOV 2005-02-02..2015-01-15 President
filipe-nyusi | name=Filipe Nyusi | family=Nyusi | given=Filipe | names=Filipe Jacinto Nyusi | country=MOZ | role=MOZ GOV 2015-01-15..2025-01-15 President | role=MOZ GOV 2008-03..2014-03 Defence Minister
daniel-chapo | name=Daniel Chapo | family=Chapo | given=Daniel | names=Daniel Francisco Chapo | country=MOZ | role=MOZ GOV 2025-01-15.. President
alberto-vaquina | name=Alberto Vaquina | family=Vaquina | given=Alberto | country=MOZ | role=MOZ GOV 2012-10-08..2015-01-17 Prime Minister
carlos-agostinho-do-rosario | name=Carlos Agostinho do Rosario | family=do Rosario | given=Carlos Agostinho | names=Carlos Agostinho do Rosário | country=MOZ | role=MOZ GOV 2015-01-17..2022-03-03 Prime Minister
adriano-maleiane | name=Adriano Maleiane | family=Maleiane | given=Adriano | country=MOZ | role=MOZ GOV 2022-03-03..2025-01 Prime Minister | role=MOZ GOV 2015-01..2022-03-03 Finance Minister
maria-benvinda-levi | name=Maria Benvinda Levi | family=Levi | given=Maria Benvinda | names=Benvinda Levi | country=MOZ | role=MOZ GOV 2025-01-17.. Prime Minister

# ---------------------------------------------------------------- Namibia (NAM)
hifikepunye-pohamba | name=Hifikepunye Pohamba | family=Pohamba | given=Hifikepunye | country=NAM | role=NAM GOV 2005-03-21..2015-03-21 President
hage-geingob | name=Hage Geingob | family=Geingob | given=Hage | names=Hage Gottfried Geingob | country=NAM | role=NAM GOV 2015-03-21..2024-02-04 President | role=NAM GOV 1990-03-21..2002-08-28 Prime Minister | role=NAM GOV 2012-12-04..2015-03-21 Prime Minister
nangolo-mbumba | name=Nangolo Mbumba | family=Mbumba | given=Nangolo | country=NAM | role=NAM GOV 2024-02-04..2025-03-21 President | role=NAM GOV 2018-02-08..2024-02-04 Vice President
netumbo-nandi-ndaitwah | name=Netumbo Nandi-Ndaitwah | family=Nandi-Ndaitwah | given=Netumbo | names=Netumbo Nandi Ndaitwah; NNN | country=NAM | role=NAM GOV 2025-03-21.. President | role=NAM GOV 2024-02-04..2025-03-21 Vice President | role=NAM GOV 2012-12..2024-02 Foreign Minister
saara-kuugongelwa-amadhila | name=Saara Kuugongelwa-Amadhila | family=Kuugongelwa-Amadhila | given=Saara | names=Saara Kuugongelwa | country=NAM | role=NAM GOV 2015-03-21..2025-03-21 Prime Minister | role=NAM GOV 2003..2015 Finance Minister
elijah-ngurare | name=Elijah Ngurare | family=Ngurare | given=Elijah | country=NAM | role=NAM GOV 2025-03-21.. Prime Minister

# ---------------------------------------------------------------- South Africa (ZAF)
jacob-zuma | name=Jacob Zuma | family=Zuma | given=Jacob | names=Jacob Gedleyihlekisa Zuma | country=ZAF | role=ZAF GOV 2009-05-09..2018-02-14 President | role=ZAF GOV 1999-06-14..2005-06-14 Deputy President
cyril-ramaphosa | name=Cyril Ramaphosa | family=Ramaphosa | given=Cyril | names=Matamela Cyril Ramaphosa | country=ZAF | role=ZAF GOV 2018-02-15.. President | role=ZAF GOV 2014-05-26..2018-02-15 Deputy President
thabo-mbeki | name=Thabo Mbeki | family=Mbeki | given=Thabo | country=ZAF | role=ZAF GOV 1999-06-14..2008-09-25 President | role=ZAF GOV 1994-05-10..1999-06-14 Deputy President
david-mabuza | name=David Mabuza | family=Mabuza | given=David | names=DD Mabuza | country=ZAF | role=ZAF GOV 2018-02-27..2023-03-07 Deputy President
paul-mashatile | name=Paul Mashatile | family=Mashatile | given=Paul | country=ZAF | role=ZAF GOV 2023-03-07.. Deputy President

# ---------------------------------------------------------------- Zambia (ZMB)
guy-scott | name=Guy Scott | family=Scott | given=Guy | country=ZMB | role=ZMB GOV 2014-10-29..2015-01-25 Acting President | role=ZMB GOV 2011-09-29..2014-10-29 Vice President
edgar-lungu | name=Edgar Lungu | family=Lungu | given=Edgar | names=Edgar Chagwa Lungu | country=ZMB | role=ZMB GOV 2015-01-25..2021-08-24 President | role=ZMB GOV 2013-12..2015-01 Defence Minister
hakainde-hichilema | name=Hakainde Hichilema | family=Hichilema | given=Hakainde | names=HH | country=ZMB | role=ZMB GOV 2021-08-24.. President
michael-sata | name=Michael Sata | family=Sata | given=Michael | names=Michael Chilufya Sata | country=ZMB | role=ZMB GOV 2011-09-23..2014-10-28 President

# ---------------------------------------------------------------- Zimbabwe (ZWE)
robert-mugabe | name=Robert Mugabe | family=Mugabe | given=Robert | names=Robert Gabriel Mugabe | country=ZWE | role=ZWE GOV 1980-04-18..1987-12-31 Prime Minister | role=ZWE GOV 1987-12-31..2017-11-21 President
emmerson-mnangagwa | name=Emmerson Mnangagwa | family=Mnangagwa | given=Emmerson | names=Emmerson Dambudzo Mnangagwa; ED Mnangagwa | country=ZWE | role=ZWE GOV 2017-11-24.. President | role=ZWE GOV 2014-12-12..2017-11-06 Vice President | role=ZWE GOV 2009-02..2013-09 Defence Minister | role=ZWE GOV 2013-09..2017-10 Justice Minister
constantino-chiwenga | name=Constantino Chiwenga | family=Chiwenga | given=Constantino | names=Constantino Guveya Dominic Nyikadzino Chiwenga | country=ZWE | role=ZWE GOV 2017-12-28.. Vice President | role=ZWE MIL 2004-01..2017-12-18 Defence Forces Commander
morgan-tsvangirai | name=Morgan Tsvangirai | family=Tsvangirai | given=Morgan | country=ZWE | role=ZWE GOV 2009-02-11..2013-09-15 Prime Minister
nelson-chamisa | name=Nelson Chamisa | family=Chamisa | given=Nelson | country=ZWE | role=ZWE OPP 2018-02..2024-01 Opposition Leader

