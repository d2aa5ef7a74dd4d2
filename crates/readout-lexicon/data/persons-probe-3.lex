# persons-probe-3.lex — office-holders the third round of actor probes (eval/probes/probe-actors-3.jsonl) found
# missing, mostly from 1991-2015. Written for readout; format as persons-*.lex (see docs/lexicon.md).

# ---------------------------------------------------------------- Russia, 1990s
boris-yeltsin | name=Boris Yeltsin | family=Yeltsin | given=Boris | names=Boris N. Yeltsin; Boris Nikolayevich Yeltsin | country=RUS | role=RUS GOV 1991-07-10..1999-12-31 President
viktor-chernomyrdin | name=Viktor Chernomyrdin | family=Chernomyrdin | given=Viktor | names=Viktor S. Chernomyrdin | country=RUS | role=RUS GOV 1992-12-14..1998-03-23 Prime Minister
sergei-kiriyenko | name=Sergei Kiriyenko | family=Kiriyenko | given=Sergei | names=Sergei Kiriyenko; Sergey Kiriyenko; Sergei Kirienko | country=RUS | role=RUS GOV 1998-03-23..1998-08-23 Prime Minister
yevgeny-primakov | name=Yevgeny Primakov | family=Primakov | given=Yevgeny | names=Yevgeny M. Primakov; Evgeny Primakov | country=RUS | role=RUS GOV 1996-01-09..1998-09-11 Foreign Minister | role=RUS GOV 1998-09-11..1999-05-12 Prime Minister | role=RUS SPY 1991-12..1996-01-09 Foreign Intelligence Service Director
sergei-stepashin | name=Sergei Stepashin | family=Stepashin | given=Sergei | names=Sergey Stepashin | country=RUS | role=RUS GOV 1999-05-12..1999-08-09 Prime Minister | role=RUS GOV 1998-03-30..1999-05-12 Interior Minister
andrei-kozyrev | name=Andrei Kozyrev | family=Kozyrev | given=Andrei | names=Andrey Kozyrev | country=RUS | role=RUS GOV 1990-10-11..1996-01-05 Foreign Minister
alexander-lebed | name=Alexander Lebed | family=Lebed | given=Alexander | names=Aleksandr Lebed; Gen. Alexander Lebed | country=RUS | role=RUS GOV 1996-06-18..1996-10-17 Security Council Secretary
valery-gerasimov | name=Valery Gerasimov | family=Gerasimov | given=Valery | names=Valeriy Gerasimov; Valery V. Gerasimov | country=RUS | role=RUS MIL 2012-11-09.. Chief of the General Staff

# ---------------------------------------------------------------- United States
william-perry | name=William Perry | family=Perry | given=William | names=William J. Perry | country=USA | role=USA GOV 1994-02-03..1997-01-24 Defense Secretary
al-gore | name=Al Gore | family=Gore | given=Al | names=Albert Gore; Albert Gore Jr. | country=USA | role=USA GOV 1993-01-20..2001-01-20 Vice President
strobe-talbott | name=Strobe Talbott | family=Talbott | given=Strobe | country=USA | role=USA GOV 1994-02-22..2001-01-20 Deputy Secretary of State
richard-holbrooke | name=Richard Holbrooke | family=Holbrooke | given=Richard | names=Richard C. Holbrooke | country=USA | role=USA GOV 1999-08-25..2001-01-20 UN Ambassador | role=USA GOV 2009-01-22..2010-12-13 Special Representative for Afghanistan and Pakistan | role=USA GOV 1994-09-13..1996-02-21 Assistant Secretary of State
sandy-berger | name=Sandy Berger | family=Berger | given=Sandy | names=Samuel Berger; Samuel R. Berger | country=USA | role=USA GOV 1997-03-14..2001-01-20 National Security Adviser
stephen-hadley | name=Stephen Hadley | family=Hadley | given=Stephen | names=Stephen J. Hadley | country=USA | role=USA GOV 2005-01-26..2009-01-20 National Security Adviser
tommy-franks | name=Tommy Franks | family=Franks | given=Tommy | names=Tommy R. Franks | country=USA | role=USA MIL 2000-07-06..2003-07-07 Central Command Commander
wesley-clark | name=Wesley Clark | family=Clark | given=Wesley | names=Wesley K. Clark | country=USA | role=IGOWSTNAT MIL 1997-07-11..2000-05-03 Supreme Allied Commander Europe
david-petraeus | name=David Petraeus | family=Petraeus | given=David | names=David H. Petraeus | country=USA | role=USA MIL 2007-02-10..2008-09-16 Multi-National Force Iraq Commander | role=USA MIL 2008-10-31..2010-06-30 Central Command Commander | role=USA MIL 2010-07-04..2011-07-18 ISAF Commander | role=USA SPY 2011-09-06..2012-11-09 CIA Director
stanley-mcchrystal | name=Stanley McChrystal | family=McChrystal | given=Stanley | names=Stanley A. McChrystal | country=USA | role=USA MIL 2009-06-15..2010-06-23 ISAF Commander
janet-reno | name=Janet Reno | family=Reno | given=Janet | country=USA | role=USA JUD 1993-03-12..2001-01-20 Attorney General
john-ashcroft | name=John Ashcroft | family=Ashcroft | given=John | country=USA | role=USA JUD 2001-02-02..2005-02-03 Attorney General
alberto-gonzales | name=Alberto Gonzales | family=Gonzales | given=Alberto | names=Alberto R. Gonzales | country=USA | role=USA JUD 2005-02-03..2007-09-17 Attorney General
michael-mukasey | name=Michael Mukasey | family=Mukasey | given=Michael | names=Michael B. Mukasey | country=USA | role=USA JUD 2007-11-09..2009-01-20 Attorney General
eric-holder | name=Eric Holder | family=Holder | given=Eric | names=Eric H. Holder; Eric Holder Jr. | country=USA | role=USA JUD 2009-02-03..2015-04-27 Attorney General
loretta-lynch | name=Loretta Lynch | family=Lynch | given=Loretta | names=Loretta E. Lynch | country=USA | role=USA JUD 2015-04-27..2017-01-20 Attorney General
jeff-sessions | name=Jeff Sessions | family=Sessions | given=Jeff | names=Jefferson Beauregard Sessions | country=USA | role=USA JUD 2017-02-09..2018-11-07 Attorney General | role=USA LEG 1997-01-03..2017-02-08 Senator
william-barr | name=William Barr | family=Barr | given=William | names=William P. Barr; Bill Barr | country=USA | role=USA JUD 2019-02-14..2020-12-23 Attorney General | role=USA JUD 1991-11-26..1993-01-20 Attorney General
merrick-garland | name=Merrick Garland | family=Garland | given=Merrick | names=Merrick B. Garland | country=USA | role=USA JUD 2021-03-11..2025-01-20 Attorney General

# ---------------------------------------------------------------- Europe, 1990s-2000s
john-major | name=John Major | family=Major | given=John | country=GBR | role=GBR GOV 1990-11-28..1997-05-02 Prime Minister
malcolm-rifkind | name=Malcolm Rifkind | family=Rifkind | given=Malcolm | country=GBR | role=GBR GOV 1995-07-05..1997-05-02 Foreign Secretary | role=GBR GOV 1992-04-10..1995-07-05 Defence Secretary
helmut-kohl | name=Helmut Kohl | family=Kohl | given=Helmut | country=DEU | role=DEU GOV 1982-10-01..1998-10-27 Chancellor
klaus-kinkel | name=Klaus Kinkel | family=Kinkel | given=Klaus | country=DEU | role=DEU GOV 1992-05-18..1998-10-27 Foreign Minister
volker-ruehe | name=Volker Ruehe | family=Ruehe | given=Volker | names=Volker Rühe; Volker Ruhe; Rühe | country=DEU | role=DEU GOV 1992-04-01..1998-10-26 Defence Minister
ibrahim-rugova | name=Ibrahim Rugova | family=Rugova | given=Ibrahim | country=XKX | role=XKX GOV 2002-03-04..2006-01-21 President

# ---------------------------------------------------------------- Asia
li-peng | name=Li Peng | family=Li | given=Peng | country=CHN | role=CHN GOV 1988-04-09..1998-03-17 Premier | role=CHN LEG 1998-03-16..2003-03-15 National People's Congress Chairman
qian-qichen | name=Qian Qichen | family=Qian | given=Qichen | country=CHN | role=CHN GOV 1988-04-09..1998-03-18 Foreign Minister | role=CHN GOV 1993-03-29..2003-03-17 Vice Premier
ak-antony | name=A.K. Antony | family=Antony | given=A.K. | names=A. K. Antony; Arakkaparambil Kurian Antony | country=IND | role=IND GOV 2006-10-26..2014-05-26 Defence Minister
benazir-bhutto | name=Benazir Bhutto | family=Bhutto | given=Benazir | country=PAK | role=PAK GOV 1988-12-02..1990-08-06 Prime Minister | role=PAK GOV 1993-10-19..1996-11-05 Prime Minister
khurshid-kasuri | name=Khurshid Mahmud Kasuri | family=Kasuri | given=Khurshid Mahmud | names=Khurshid Kasuri; Khurshid Mehmood Kasuri | country=PAK | role=PAK GOV 2002-11-23..2007-11-16 Foreign Minister
ashfaq-kayani | name=Ashfaq Parvez Kayani | family=Kayani | given=Ashfaq Parvez | names=Ashfaq Kayani; Ashfaq Pervez Kayani | country=PAK | role=PAK MIL 2007-11-28..2013-11-29 Army Chief | role=PAK SPY 2004-10..2007-10 Inter-Services Intelligence Director-General

# ---------------------------------------------------------------- Middle East and Africa
tariq-aziz | name=Tariq Aziz | family=Aziz | given=Tariq | names=Tareq Aziz | country=IRQ | role=IRQ GOV 1979-07-16..2003-04-09 Deputy Prime Minister | role=IRQ GOV 1983..1991 Foreign Minister
naji-sabri | name=Naji Sabri | family=Sabri | given=Naji | names=Naji Sabri al-Hadithi | country=IRQ | role=IRQ GOV 2001-04..2003-04-09 Foreign Minister
abdel-rahman-shalgham | name=Abdel Rahman Shalgham | family=Shalgham | given=Abdel Rahman | names=Abdulrahman Shalgam; Abdel-Rahman Shalgham; Abdurrahman Shalgham | country=LBY | role=LBY GOV 2000-03..2009-03-04 Foreign Minister
omar-suleiman | name=Omar Suleiman | family=Suleiman | given=Omar | names=Omar Soliman | country=EGY | role=EGY SPY 1993-01-22..2011-01-29 Intelligence Chief | role=EGY GOV 2011-01-29..2011-02-11 Vice President
saeb-erekat | name=Saeb Erekat | family=Erekat | given=Saeb | names=Saeb Erakat; Saeb Ereikat | country=PSE | role=PSE GOV 1996..2020-11-10 Chief Negotiator
shaul-mofaz | name=Shaul Mofaz | family=Mofaz | given=Shaul | country=ISR | role=ISR MIL 1998-07-09..2002-07-09 Chief of Staff | role=ISR GOV 2002-11-04..2006-05-04 Defence Minister
tzipi-livni | name=Tzipi Livni | family=Livni | given=Tzipi | country=ISR | role=ISR GOV 2006-01-18..2009-03-31 Foreign Minister | role=ISR OPP 2009-03-31..2012-03-27 Opposition Leader | role=ISR GOV 2013-03-18..2014-12-03 Justice Minister
silvan-shalom | name=Silvan Shalom | family=Shalom | given=Silvan | country=ISR | role=ISR GOV 2003-02-28..2006-01-16 Foreign Minister
amir-peretz | name=Amir Peretz | family=Peretz | given=Amir | country=ISR | role=ISR GOV 2006-05-04..2007-06-18 Defence Minister
kamal-kharrazi | name=Kamal Kharrazi | family=Kharrazi | given=Kamal | names=Kamal Kharazi | country=IRN | role=IRN GOV 1997-08-20..2005-08-24 Foreign Minister
manouchehr-mottaki | name=Manouchehr Mottaki | family=Mottaki | given=Manouchehr | names=Manuchehr Mottaki | country=IRN | role=IRN GOV 2005-08-24..2010-12-13 Foreign Minister
nelson-mandela | name=Nelson Mandela | family=Mandela | given=Nelson | names=Nelson Rolihlahla Mandela | country=ZAF | role=ZAF GOV 1994-05-10..1999-06-14 President
laurent-kabila | name=Laurent Kabila | family=Kabila | given=Laurent | names=Laurent-Desire Kabila; Laurent Desire Kabila; Laurent-Désiré Kabila | country=COD | role=COD GOV 1997-05-17..2001-01-16 President
mobutu-sese-seko | name=Mobutu Sese Seko | family=Mobutu | given=Sese Seko | names=Mobutu Sese Seko Kuku Ngbendu wa Za Banga | country=COD | role=COD GOV 1965-11-24..1997-05-16 President
