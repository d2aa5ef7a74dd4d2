# persons-history.lex — heads of state and heads of government (presidents, prime ministers, chancellors,
# monarchs, supreme leaders, junta and transitional leaders) who held office at any time from 2000-01-01 to
# 2014-12-31 and who are not listed in the other persons files: the G20 states, the five permanent members of the
# UN Security Council and a set of states often in the news in those years. Each person carries all his or her
# head-of-state/government terms (also those before 2000) and, where well known, a few other major offices.
# People already listed elsewhere appear here only to add a missing role: same id, name= and the missing role(s)
# (entries with the same id are merged).
# Format: see docs/lexicon.md (section persons-*.lex). Ranges are FROM..TO (TO exclusive, empty TO = in office).
# Month or year precision is used where the exact day is unsure.

# ---------------------------------------------------------------- United Kingdom
tony-blair | name=Tony Blair | family=Blair | given=Tony | names=Anthony Blair; Anthony Charles Lynton Blair | country=GBR | role=GBR GOV 1997-05-02..2007-06-27 Prime Minister | role=GBR OPP 1994-07-21..1997-05-02 Opposition Leader | role=IGOBLKQRT GOV 2007-06-27..2015-05-27 Quartet Envoy
gordon-brown | name=Gordon Brown | family=Brown | given=Gordon | names=James Gordon Brown | country=GBR | role=GBR GOV 2007-06-27..2010-05-11 Prime Minister | role=GBR GOV 1997-05-02..2007-06-27 Chancellor of the Exchequer
# ---------------------------------------------------------------- France
jacques-chirac | name=Jacques Chirac | family=Chirac | given=Jacques | names=Jacques René Chirac | country=FRA | role=FRA GOV 1995-05-17..2007-05-16 President | role=FRA GOV 1974-05-27..1976-08-27 Prime Minister | role=FRA GOV 1986-03-20..1988-05-10 Prime Minister | role=FRA GOV 1977-03-25..1995-05-16 Mayor of Paris
nicolas-sarkozy | name=Nicolas Sarkozy | family=Sarkozy | given=Nicolas | names=Nicolas Paul Stéphane Sarközy de Nagy-Bocsa | country=FRA | role=FRA GOV 2007-05-16..2012-05-15 President | role=FRA GOV 2002-05-07..2004-03-31 Interior Minister | role=FRA GOV 2005-06-02..2007-03-26 Interior Minister | role=FRA GOV 2004-03-31..2004-11-29 Finance Minister
lionel-jospin | name=Lionel Jospin | family=Jospin | given=Lionel | country=FRA | role=FRA GOV 1997-06-02..2002-05-06 Prime Minister
jean-pierre-raffarin | name=Jean-Pierre Raffarin | family=Raffarin | given=Jean-Pierre | country=FRA | role=FRA GOV 2002-05-06..2005-05-31 Prime Minister
francois-fillon | name=Francois Fillon | family=Fillon | given=Francois | names=François Fillon | country=FRA | role=FRA GOV 2007-05-17..2012-05-15 Prime Minister
# ---------------------------------------------------------------- Germany
gerhard-schroeder | name=Gerhard Schroeder | family=Schroeder | given=Gerhard | names=Gerhard Schröder; Gerhard Schroder; Schröder | country=DEU | role=DEU GOV 1998-10-27..2005-11-22 Chancellor
johannes-rau | name=Johannes Rau | family=Rau | given=Johannes | country=DEU | role=DEU GOV 1999-07-01..2004-07-01 President
christian-wulff | name=Christian Wulff | family=Wulff | given=Christian | country=DEU | role=DEU GOV 2010-06-30..2012-02-17 President
# ---------------------------------------------------------------- Italy
carlo-azeglio-ciampi | name=Carlo Azeglio Ciampi | family=Ciampi | given=Carlo Azeglio | country=ITA | role=ITA GOV 1999-05-18..2006-05-15 President | role=ITA GOV 1993-04-28..1994-05-10 Prime Minister
giuliano-amato | name=Giuliano Amato | family=Amato | given=Giuliano | country=ITA | role=ITA GOV 2000-04-26..2001-06-11 Prime Minister | role=ITA GOV 1992-06-28..1993-04-28 Prime Minister
silvio-berlusconi | name=Silvio Berlusconi | role=ITA GOV 1994-05-10..1995-01-17 Prime Minister
enrico-letta | name=Enrico Letta | family=Letta | given=Enrico | country=ITA | role=ITA GOV 2013-04-28..2014-02-22 Prime Minister
# ---------------------------------------------------------------- Japan
keizo-obuchi | name=Keizo Obuchi | family=Obuchi | given=Keizo | country=JPN | role=JPN GOV 1998-07-30..2000-04-05 Prime Minister
yoshiro-mori | name=Yoshiro Mori | family=Mori | given=Yoshiro | country=JPN | role=JPN GOV 2000-04-05..2001-04-26 Prime Minister
junichiro-koizumi | name=Junichiro Koizumi | family=Koizumi | given=Junichiro | names=Jun'ichirō Koizumi | country=JPN | role=JPN GOV 2001-04-26..2006-09-26 Prime Minister
yasuo-fukuda | name=Yasuo Fukuda | family=Fukuda | given=Yasuo | country=JPN | role=JPN GOV 2007-09-26..2008-09-24 Prime Minister | role=JPN GOV 2000-10-27..2004-05-07 Chief Cabinet Secretary
yukio-hatoyama | name=Yukio Hatoyama | family=Hatoyama | given=Yukio | country=JPN | role=JPN GOV 2009-09-16..2010-06-08 Prime Minister
naoto-kan | name=Naoto Kan | family=Kan | given=Naoto | country=JPN | role=JPN GOV 2010-06-08..2011-09-02 Prime Minister
yoshihiko-noda | name=Yoshihiko Noda | family=Noda | given=Yoshihiko | country=JPN | role=JPN GOV 2011-09-02..2012-12-26 Prime Minister
# ---------------------------------------------------------------- South Korea
kim-dae-jung | name=Kim Dae-jung | family=Kim | given=Dae-jung | names=Kim Dae Jung | country=KOR | role=KOR GOV 1998-02-25..2003-02-25 President
roh-moo-hyun | name=Roh Moo-hyun | family=Roh | given=Moo-hyun | names=Roh Moo Hyun; No Mu-hyeon | country=KOR | role=KOR GOV 2003-02-25..2008-02-25 President
lee-myung-bak | name=Lee Myung-bak | family=Lee | given=Myung-bak | names=Lee Myung Bak; Lee Myung-back | country=KOR | role=KOR GOV 2008-02-25..2013-02-25 President | role=KOR GOV 2002-07-01..2006-06-30 Seoul Mayor
lee-han-dong | name=Lee Han-dong | family=Lee | given=Han-dong | names=Lee Han Dong | country=KOR | role=KOR GOV 2000-06-29..2002-07-11 Prime Minister
goh-kun | name=Goh Kun | family=Goh | given=Kun | names=Koh Kun; Go Geon | country=KOR | role=KOR GOV 2003-02-27..2004-05-25 Prime Minister | role=KOR GOV 2004-03-12..2004-05-14 Acting President | role=KOR GOV 1997-03..1997-08 Prime Minister | role=KOR GOV 1998-07-01..2002-06-30 Seoul Mayor
lee-hae-chan | name=Lee Hae-chan | family=Lee | given=Hae-chan | names=Lee Hae Chan | country=KOR | role=KOR GOV 2004-06-30..2006-03-15 Prime Minister
han-myeong-sook | name=Han Myeong-sook | family=Han | given=Myeong-sook | names=Han Myung-sook; Han Myung Sook | country=KOR | role=KOR GOV 2006-04-20..2007-03-07 Prime Minister
chung-un-chan | name=Chung Un-chan | family=Chung | given=Un-chan | names=Chung Woon-chan | country=KOR | role=KOR GOV 2009-09-29..2010-08-11 Prime Minister
kim-hwang-sik | name=Kim Hwang-sik | family=Kim | given=Hwang-sik | names=Kim Hwang Sik | country=KOR | role=KOR GOV 2010-10-01..2013-02-26 Prime Minister
# ---------------------------------------------------------------- China
jiang-zemin | name=Jiang Zemin | family=Jiang | given=Zemin | names=Chiang Tse-min | country=CHN | role=CHN GOV 1993-03-27..2003-03-15 President | role=CHN GOV 1989-06-24..2002-11-15 General Secretary | role=CHN MIL 1989-11-09..2004-09-19 Central Military Commission Chairman
zhu-rongji | name=Zhu Rongji | family=Zhu | given=Rongji | names=Chu Jung-chi | country=CHN | role=CHN GOV 1998-03-17..2003-03-16 Premier | role=CHN GOV 1993-03..1998-03 Vice Premier
# ---------------------------------------------------------------- India
atal-bihari-vajpayee | name=Atal Bihari Vajpayee | family=Vajpayee | given=Atal Bihari | names=A. B. Vajpayee; A.B. Vajpayee | country=IND | role=IND GOV 1998-03-19..2004-05-22 Prime Minister | role=IND GOV 1996-05-16..1996-06-01 Prime Minister
k-r-narayanan | name=K. R. Narayanan | family=Narayanan | given=K. R. | names=K.R. Narayanan; Kocheril Raman Narayanan | country=IND | role=IND GOV 1997-07-25..2002-07-25 President
apj-abdul-kalam | name=A. P. J. Abdul Kalam | family=Kalam | given=A. P. J. Abdul | names=A.P.J. Abdul Kalam; Abdul Kalam; APJ Abdul Kalam | country=IND | role=IND GOV 2002-07-25..2007-07-25 President
pratibha-patil | name=Pratibha Patil | family=Patil | given=Pratibha | names=Pratibha Devisingh Patil | country=IND | role=IND GOV 2007-07-25..2012-07-25 President
# ---------------------------------------------------------------- Canada
jean-chretien | name=Jean Chretien | family=Chretien | given=Jean | names=Jean Chrétien | country=CAN | role=CAN GOV 1993-11-04..2003-12-12 Prime Minister
paul-martin | name=Paul Martin | family=Martin | given=Paul | names=Paul Edgar Philippe Martin | country=CAN | role=CAN GOV 2003-12-12..2006-02-06 Prime Minister | role=CAN GOV 1993-11-04..2002-06-02 Finance Minister
adrienne-clarkson | name=Adrienne Clarkson | family=Clarkson | given=Adrienne | country=CAN | role=CAN GOV 1999-10-07..2005-09-27 Governor General
michaelle-jean | name=Michaelle Jean | family=Jean | given=Michaelle | names=Michaëlle Jean | country=CAN | role=CAN GOV 2005-09-27..2010-10-01 Governor General
# ---------------------------------------------------------------- Mexico
ernesto-zedillo | name=Ernesto Zedillo | family=Zedillo | given=Ernesto | names=Ernesto Zedillo Ponce de León | country=MEX | role=MEX GOV 1994-12-01..2000-12-01 President
vicente-fox | name=Vicente Fox | family=Fox | given=Vicente | names=Vicente Fox Quesada | country=MEX | role=MEX GOV 2000-12-01..2006-12-01 President
felipe-calderon | name=Felipe Calderon | family=Calderon | given=Felipe | names=Felipe Calderón; Felipe Calderón Hinojosa | country=MEX | role=MEX GOV 2006-12-01..2012-12-01 President
# ---------------------------------------------------------------- Brazil
fernando-henrique-cardoso | name=Fernando Henrique Cardoso | family=Cardoso | given=Fernando Henrique | names=FHC | country=BRA | role=BRA GOV 1995-01-01..2003-01-01 President | role=BRA GOV 1993-05..1994-03 Finance Minister
# ---------------------------------------------------------------- Argentina
fernando-de-la-rua | name=Fernando de la Rua | family=de la Rua | given=Fernando | names=Fernando de la Rúa; De la Rúa | country=ARG | role=ARG GOV 1999-12-10..2001-12-21 President
ramon-puerta | name=Ramon Puerta | family=Puerta | given=Ramon | names=Ramón Puerta | country=ARG | role=ARG GOV 2001-12-21..2001-12-23 Acting President
adolfo-rodriguez-saa | name=Adolfo Rodriguez Saa | family=Rodriguez Saa | given=Adolfo | names=Adolfo Rodríguez Saá | country=ARG | role=ARG GOV 2001-12-23..2001-12-31 President
eduardo-camano | name=Eduardo Camano | family=Camano | given=Eduardo | names=Eduardo Camaño | country=ARG | role=ARG GOV 2001-12-31..2002-01-02 Acting President
eduardo-duhalde | name=Eduardo Duhalde | family=Duhalde | given=Eduardo | country=ARG | role=ARG GOV 2002-01-02..2003-05-25 President | role=ARG GOV 1989-07-08..1991-12-10 Vice President
nestor-kirchner | name=Nestor Kirchner | family=Kirchner | given=Nestor | names=Néstor Kirchner; Néstor Carlos Kirchner | country=ARG | role=ARG GOV 2003-05-25..2007-12-10 President | role=IGOLAMUNA GOV 2010-05-04..2010-10-27 UNASUR Secretary-General
# ---------------------------------------------------------------- Australia
john-howard | name=John Howard | family=Howard | given=John | names=John Winston Howard | country=AUS | role=AUS GOV 1996-03-11..2007-12-03 Prime Minister
julia-gillard | name=Julia Gillard | family=Gillard | given=Julia | names=Julia Eileen Gillard | country=AUS | role=AUS GOV 2010-06-24..2013-06-27 Prime Minister | role=AUS GOV 2007-12-03..2010-06-24 Deputy Prime Minister
william-deane | name=William Deane | family=Deane | given=William | names=Sir William Deane | country=AUS | role=AUS GOV 1996-02-16..2001-06-29 Governor General
peter-hollingworth | name=Peter Hollingworth | family=Hollingworth | given=Peter | country=AUS | role=AUS GOV 2001-06-29..2003-05-28 Governor General
michael-jeffery | name=Michael Jeffery | family=Jeffery | given=Michael | country=AUS | role=AUS GOV 2003-08-11..2008-09-05 Governor General
quentin-bryce | name=Quentin Bryce | family=Bryce | given=Quentin | country=AUS | role=AUS GOV 2008-09-05..2014-03-28 Governor General
# ---------------------------------------------------------------- Indonesia
abdurrahman-wahid | name=Abdurrahman Wahid | family=Wahid | given=Abdurrahman | names=Gus Dur | country=IDN | role=IDN GOV 1999-10-20..2001-07-23 President
megawati-sukarnoputri | name=Megawati Sukarnoputri | family=Megawati | names=Megawati Soekarnoputri; Diah Permata Megawati Setiawati Sukarnoputri | country=IDN | role=IDN GOV 2001-07-23..2004-10-20 President | role=IDN GOV 1999-10-21..2001-07-23 Vice President
# ---------------------------------------------------------------- Saudi Arabia
fahd-bin-abdulaziz | name=Fahd bin Abdulaziz | family=Fahd | names=King Fahd; Fahd bin Abdulaziz Al Saud; Fahd ibn Abdulaziz | country=SAU | role=SAU GOV 1982-06-13..2005-08-01 King | role=SAU GOV 1982-06-13..2005-08-01 Prime Minister | role=SAU GOV 1975-03-25..1982-06-13 Crown Prince
# ---------------------------------------------------------------- South Africa
kgalema-motlanthe | name=Kgalema Motlanthe | family=Motlanthe | given=Kgalema | names=Kgalema Petrus Motlanthe | country=ZAF | role=ZAF GOV 2008-09-25..2009-05-09 President | role=ZAF GOV 2009-05-09..2014-05-26 Deputy President
# ---------------------------------------------------------------- Turkey
suleyman-demirel | name=Suleyman Demirel | family=Demirel | given=Suleyman | names=Süleyman Demirel | country=TUR | role=TUR GOV 1993-05-16..2000-05-16 President
ahmet-necdet-sezer | name=Ahmet Necdet Sezer | family=Sezer | given=Ahmet Necdet | country=TUR | role=TUR GOV 2000-05-16..2007-08-28 President
bulent-ecevit | name=Bulent Ecevit | family=Ecevit | given=Bulent | names=Bülent Ecevit | country=TUR | role=TUR GOV 1999-01-11..2002-11-18 Prime Minister | role=TUR GOV 1974-01-26..1974-11-17 Prime Minister | role=TUR GOV 1978-01-05..1979-11-12 Prime Minister
# ---------------------------------------------------------------- Russia
mikhail-kasyanov | name=Mikhail Kasyanov | family=Kasyanov | given=Mikhail | names=Mikhail Kasianov | country=RUS | role=RUS GOV 2000-05-17..2004-02-24 Prime Minister | role=RUS GOV 1999-05..2000-05 Finance Minister
viktor-khristenko | name=Viktor Khristenko | family=Khristenko | given=Viktor | country=RUS | role=RUS GOV 2004-02-24..2004-03-05 Acting Prime Minister
mikhail-fradkov | name=Mikhail Fradkov | family=Fradkov | given=Mikhail | country=RUS | role=RUS GOV 2004-03-05..2007-09-14 Prime Minister | role=RUS SPY 2007-10-06..2016-10-05 Foreign Intelligence Service Director
viktor-zubkov | name=Viktor Zubkov | family=Zubkov | given=Viktor | country=RUS | role=RUS GOV 2007-09-14..2008-05-07 Prime Minister | role=RUS GOV 2008-05-12..2012-05-21 First Deputy Prime Minister
dmitry-medvedev | name=Dmitry Medvedev | role=RUS GOV 2020-01-16.. Security Council Deputy Chairman
emmanuel-macron | name=Emmanuel Macron | role=FRA GOV 2014-08-26..2016-08-30 Economy Minister
# ---------------------------------------------------------------- Iran
mohammad-khatami | name=Mohammad Khatami | family=Khatami | given=Mohammad | names=Mohammed Khatami; Seyyed Mohammad Khatami | country=IRN | role=IRN GOV 1997-08-03..2005-08-03 President
# ---------------------------------------------------------------- Iraq
saddam-hussein | name=Saddam Hussein | family=Saddam | names=Saddam Hussein al-Tikriti; Saddam Husayn | country=IRQ | role=IRQ GOV 1979-07-16..2003-04-09 President | role=IRQ GOV 1979-07-16..1991-03-23 Prime Minister | role=IRQ GOV 1994-05-29..2003-04-09 Prime Minister
jay-garner | name=Jay Garner | family=Garner | given=Jay | names=Jay M. Garner | country=USA | role=IRQ GOV 2003-04-21..2003-05-12 Director of Reconstruction and Humanitarian Assistance
paul-bremer | name=Paul Bremer | family=Bremer | given=Paul | names=L. Paul Bremer; Lewis Paul Bremer III; Jerry Bremer | country=USA | role=IRQ GOV 2003-05-12..2004-06-28 Coalition Provisional Authority Administrator
ghazi-al-yawer | name=Ghazi al-Yawer | family=al-Yawer | given=Ghazi | names=Ghazi Mashal Ajil al-Yawer; Ghazi al-Yawar; Yawer | country=IRQ | role=IRQ GOV 2004-06-28..2005-04-07 President | role=IRQ GOV 2005-04-07..2006-04-22 Vice President
ayad-allawi | name=Ayad Allawi | family=Allawi | given=Ayad | names=Iyad Allawi | country=IRQ | role=IRQ GOV 2004-06-28..2005-05-03 Prime Minister | role=IRQ GOV 2014-09-09..2015-08-11 Vice President
# ---------------------------------------------------------------- Syria
hafez-al-assad | name=Hafez al-Assad | family=Assad | given=Hafez | names=Hafez Assad; Hafiz al-Assad | country=SYR | role=SYR GOV 1971-03-14..2000-06-10 President | role=SYR GOV 1970-11-21..1971-04-03 Prime Minister
abdul-halim-khaddam | name=Abdul Halim Khaddam | family=Khaddam | given=Abdul Halim | names=Abdel Halim Khaddam | country=SYR | role=SYR GOV 2000-06-10..2000-07-17 Acting President | role=SYR GOV 1984-03-11..2005-06 Vice President | role=SYR GOV 1970..1984 Foreign Minister
mahmoud-zuabi | name=Mahmoud Zuabi | family=Zuabi | given=Mahmoud | names=Mahmoud al-Zoubi; Mahmud al-Zu'bi | country=SYR | role=SYR GOV 1987-11-01..2000-03-07 Prime Minister
muhammad-mustafa-mero | name=Muhammad Mustafa Mero | family=Mero | given=Muhammad Mustafa | names=Mustafa Miro; Muhammad Mustafa Miro | country=SYR | role=SYR GOV 2000-03-07..2003-09-10 Prime Minister
muhammad-naji-al-otari | name=Muhammad Naji al-Otari | family=Otari | given=Muhammad Naji | names=Naji al-Otari; Mohammad Naji Otri; Naji Otri | country=SYR | role=SYR GOV 2003-09-10..2011-04-14 Prime Minister
adel-safar | name=Adel Safar | family=Safar | given=Adel | country=SYR | role=SYR GOV 2011-04-14..2012-06-23 Prime Minister
riyad-hijab | name=Riyad Hijab | family=Hijab | given=Riyad | names=Riyad Farid Hijab; Riad Hijab | country=SYR | role=SYR GOV 2012-06-23..2012-08-06 Prime Minister | role=SYR OPP 2015-12..2017-11 High Negotiations Committee Coordinator
omar-ghalawanji | name=Omar Ghalawanji | family=Ghalawanji | given=Omar | names=Omar Ibrahim Ghalawanji | country=SYR | role=SYR GOV 2012-08-06..2012-08-09 Acting Prime Minister
# ---------------------------------------------------------------- Israel
ehud-barak | name=Ehud Barak | family=Barak | given=Ehud | country=ISR | role=ISR GOV 1999-07-06..2001-03-07 Prime Minister | role=ISR GOV 2007-06-18..2013-03-18 Defence Minister | role=ISR MIL 1991-04..1995-01 Chief of Staff
ariel-sharon | name=Ariel Sharon | family=Sharon | given=Ariel | names=Arik Sharon | country=ISR | role=ISR GOV 2001-03-07..2006-04-14 Prime Minister [shared] | role=ISR GOV 1981-08-05..1983-02-14 Defence Minister | role=ISR GOV 1998-10-13..1999-07-06 Foreign Minister
ezer-weizman | name=Ezer Weizman | family=Weizman | given=Ezer | names=Ezer Weizmann | country=ISR | role=ISR GOV 1993-05-13..2000-07-13 President
moshe-katsav | name=Moshe Katsav | family=Katsav | given=Moshe | names=Moshe Katzav | country=ISR | role=ISR GOV 2000-08-01..2007-07-01 President
dalia-itzik | name=Dalia Itzik | family=Itzik | given=Dalia | country=ISR | role=ISR GOV 2007-01-25..2007-07-15 Acting President | role=ISR LEG 2006-05-04..2009-03-30 Knesset Speaker
# ---------------------------------------------------------------- Palestine
yasser-arafat | name=Yasser Arafat | family=Arafat | given=Yasser | names=Yasir Arafat; Abu Ammar; Mohammed Abdel Rahman Abdel Raouf Arafat al-Qudwa al-Husseini | country=PSE | role=PSE GOV 1994-07-05..2004-11-11 President | role=PSE GOV 1969-02-04..2004-11-11 PLO Chairman
rawhi-fattouh | name=Rawhi Fattouh | family=Fattouh | given=Rawhi | names=Rawhi Fattuh | country=PSE | role=PSE GOV 2004-11-11..2005-01-15 Acting President | role=PSE LEG 2004-01..2006-02 Legislative Council Speaker
ahmed-qurei | name=Ahmed Qurei | family=Qurei | given=Ahmed | names=Ahmed Qureia; Abu Alaa; Ahmad Qurei | country=PSE | role=PSE GOV 2003-10-07..2006-03-29 Prime Minister | role=PSE LEG 1996-03..2003-10 Legislative Council Speaker
salam-fayyad | name=Salam Fayyad | family=Fayyad | given=Salam | country=PSE | role=PSE GOV 2007-06-15..2013-06-06 Prime Minister | role=PSE GOV 2002-06..2005-11 Finance Minister | role=PSE GOV 2007-03..2012-05 Finance Minister
# ---------------------------------------------------------------- Egypt
atef-ebeid | name=Atef Ebeid | family=Ebeid | given=Atef | names=Atef Obeid | country=EGY | role=EGY GOV 1999-10-05..2004-07-14 Prime Minister
ahmed-nazif | name=Ahmed Nazif | family=Nazif | given=Ahmed | country=EGY | role=EGY GOV 2004-07-14..2011-01-29 Prime Minister
ahmed-shafik | name=Ahmed Shafik | family=Shafik | given=Ahmed | names=Ahmed Shafiq | country=EGY | role=EGY GOV 2011-01-29..2011-03-03 Prime Minister | role=EGY GOV 2002-09..2011-01-29 Civil Aviation Minister
essam-sharaf | name=Essam Sharaf | family=Sharaf | given=Essam | country=EGY | role=EGY GOV 2011-03-03..2011-12-07 Prime Minister
kamal-ganzouri | name=Kamal Ganzouri | family=Ganzouri | given=Kamal | names=Kamal el-Ganzouri; Kamal al-Ganzouri; Kamal Al-Ganzuri | country=EGY | role=EGY GOV 2011-12-07..2012-08-02 Prime Minister | role=EGY GOV 1996-01-04..1999-10-05 Prime Minister
hesham-qandil | name=Hesham Qandil | family=Qandil | given=Hesham | names=Hisham Qandil; Hesham Kandil | country=EGY | role=EGY GOV 2012-08-02..2013-07-16 Prime Minister
hazem-el-beblawi | name=Hazem el-Beblawi | family=Beblawi | given=Hazem | names=Hazem al-Beblawi; Hazem Beblawi | country=EGY | role=EGY GOV 2013-07-16..2014-03-01 Prime Minister
mohamed-hussein-tantawi | name=Mohamed Hussein Tantawi | family=Tantawi | given=Mohamed Hussein | names=Hussein Tantawi; Mohamed Tantawi; Field Marshal Tantawi | country=EGY | role=EGY GOV 2011-02-11..2012-06-30 Supreme Council of the Armed Forces Chairman | role=EGY GOV 1991-05-20..2012-08-12 Defence Minister | role=EGY MIL 1991-05-20..2012-08-12 Commander-in-Chief
# ---------------------------------------------------------------- Libya
mubarak-al-shamikh | name=Mubarak al-Shamikh | family=Shamikh | given=Mubarak | names=Mubarak Abdullah al-Shamikh | country=LBY | role=LBY GOV 2000-03..2003-06 Prime Minister
shukri-ghanem | name=Shukri Ghanem | family=Ghanem | given=Shukri | names=Shokri Ghanem | country=LBY | role=LBY GOV 2003-06-14..2006-03-05 Prime Minister | role=LBY BUS 2006-03..2011-05 National Oil Corporation Chairman
baghdadi-mahmudi | name=Baghdadi Mahmudi | family=Mahmudi | given=Baghdadi | names=Al-Baghdadi Ali al-Mahmudi; Baghdadi al-Mahmoudi | country=LBY | role=LBY GOV 2006-03-05..2011-08-23 Prime Minister
mustafa-abdul-jalil | name=Mustafa Abdul Jalil | family=Abdul Jalil | given=Mustafa | names=Mustafa Abdel Jalil; Mustafa Abd al-Jalil | country=LBY | role=LBY GOV 2011-03-05..2012-08-08 National Transitional Council Chairman | role=LBY GOV 2007-01..2011-02 Justice Minister
mahmoud-jibril | name=Mahmoud Jibril | family=Jibril | given=Mahmoud | names=Mahmoud Jebril | country=LBY | role=LBY GOV 2011-03-23..2011-10-23 Prime Minister [shared]
ali-tarhouni | name=Ali Tarhouni | family=Tarhouni | given=Ali | country=LBY | role=LBY GOV 2011-10-23..2011-11-24 Acting Prime Minister
abdurrahim-el-keib | name=Abdurrahim El-Keib | family=El-Keib | given=Abdurrahim | names=Abdel Rahim al-Kib; Abdurrahim al-Keib | country=LBY | role=LBY GOV 2011-11-24..2012-11-14 Prime Minister
mohammed-magariaf | name=Mohammed Magariaf | family=Magariaf | given=Mohammed | names=Mohamed Yousef el-Magariaf; Mohammed al-Megarif; Mohammed el-Megarif | country=LBY | role=LBY LEG 2012-08-09..2013-05-28 General National Congress President
ali-zeidan | name=Ali Zeidan | family=Zeidan | given=Ali | names=Ali Zidan | country=LBY | role=LBY GOV 2012-11-14..2014-03-11 Prime Minister
ahmed-maiteeq | name=Ahmed Maiteeq | family=Maiteeq | given=Ahmed | names=Ahmed Mitig; Ahmed Meiteeq | country=LBY | role=LBY GOV 2014-05-25..2014-06-09 Prime Minister [shared]
# ---------------------------------------------------------------- Tunisia
zine-el-abidine-ben-ali | name=Zine El Abidine Ben Ali | family=Ben Ali | given=Zine El Abidine | names=Zine el-Abidine Ben Ali; Zine al-Abidine Ben Ali | country=TUN | role=TUN GOV 1987-11-07..2011-01-14 President | role=TUN GOV 1987-10-02..1987-11-07 Prime Minister
mohamed-ghannouchi | name=Mohamed Ghannouchi | family=Ghannouchi | given=Mohamed | names=Mohammed Ghannouchi | country=TUN | role=TUN GOV 1999-11-17..2011-02-27 Prime Minister | role=TUN GOV 2011-01-14..2011-01-15 Acting President
fouad-mebazaa | name=Fouad Mebazaa | family=Mebazaa | given=Fouad | names=Foued Mebazaa | country=TUN | role=TUN GOV 2011-01-15..2011-12-13 Acting President | role=TUN LEG 1997-10..2011-01-15 Chamber of Deputies President
hamadi-jebali | name=Hamadi Jebali | family=Jebali | given=Hamadi | names=Hamadi Jbeli | country=TUN | role=TUN GOV 2011-12-24..2013-03-14 Prime Minister
ali-laarayedh | name=Ali Laarayedh | family=Laarayedh | given=Ali | names=Ali Larayedh; Ali Laaridh | country=TUN | role=TUN GOV 2013-03-14..2014-01-29 Prime Minister | role=TUN GOV 2011-12-24..2013-03-14 Interior Minister
# ---------------------------------------------------------------- Yemen
abdul-karim-al-iryani | name=Abdul Karim al-Iryani | family=Iryani | given=Abdul Karim | names=Abd al-Karim al-Iryani; Abdulkarim al-Eryani | country=YEM | role=YEM GOV 1998-04-29..2001-04-04 Prime Minister
abdul-qadir-bajamal | name=Abdul Qadir Bajamal | family=Bajamal | given=Abdul Qadir | names=Abdulqader Bajamal; Abd al-Qadir Ba Jamal | country=YEM | role=YEM GOV 2001-04-04..2007-04-07 Prime Minister
ali-muhammad-mujawar | name=Ali Muhammad Mujawar | family=Mujawar | given=Ali Muhammad | names=Ali Mohammed Mujawar | country=YEM | role=YEM GOV 2007-04-07..2011-12-07 Prime Minister
mohammed-basindawa | name=Mohammed Basindawa | family=Basindawa | given=Mohammed | names=Mohammed Salem Basindwa; Mohammed Basindwa | country=YEM | role=YEM GOV 2011-12-07..2014-11-09 Prime Minister
# ---------------------------------------------------------------- Jordan
abdul-raouf-al-rawabdeh | name=Abdul Raouf al-Rawabdeh | family=Rawabdeh | given=Abdul Raouf | names=Abdul Rauf Rawabdeh | country=JOR | role=JOR GOV 1999-03-04..2000-06-19 Prime Minister
ali-abu-al-ragheb | name=Ali Abu al-Ragheb | family=Abu al-Ragheb | given=Ali | names=Ali Abul Ragheb | country=JOR | role=JOR GOV 2000-06-19..2003-10-25 Prime Minister
faisal-al-fayez | name=Faisal al-Fayez | family=Fayez | given=Faisal | names=Faisal Fayez | country=JOR | role=JOR GOV 2003-10-25..2005-04-07 Prime Minister
adnan-badran | name=Adnan Badran | family=Badran | given=Adnan | country=JOR | role=JOR GOV 2005-04-07..2005-11-27 Prime Minister
marouf-al-bakhit | name=Marouf al-Bakhit | family=Bakhit | given=Marouf | names=Maarouf al-Bakhit; Marouf Bakhit | country=JOR | role=JOR GOV 2005-11-27..2007-11-25 Prime Minister | role=JOR GOV 2011-02-09..2011-10-24 Prime Minister
nader-al-dahabi | name=Nader al-Dahabi | family=Dahabi | given=Nader | names=Nader Dahabi | country=JOR | role=JOR GOV 2007-11-25..2009-12-14 Prime Minister
samir-al-rifai | name=Samir al-Rifai | family=Rifai | given=Samir | names=Samir Rifai | country=JOR | role=JOR GOV 2009-12-14..2011-02-09 Prime Minister
awn-khasawneh | name=Awn Khasawneh | family=Khasawneh | given=Awn | names=Awn Shawkat Al-Khasawneh | country=JOR | role=JOR GOV 2011-10-24..2012-05-02 Prime Minister | role=IGOUNOICJ JUD 2000-02..2011-10 ICJ Judge
fayez-al-tarawneh | name=Fayez al-Tarawneh | family=Tarawneh | given=Fayez | names=Fayez Tarawneh | country=JOR | role=JOR GOV 2012-05-02..2012-10-11 Prime Minister | role=JOR GOV 1998-08-20..1999-03-04 Prime Minister
# ---------------------------------------------------------------- Lebanon
emile-lahoud | name=Emile Lahoud | family=Lahoud | given=Emile | names=Émile Lahoud | country=LBN | role=LBN GOV 1998-11-24..2007-11-24 President | role=LBN MIL 1989-11..1998-11 Army Commander
selim-hoss | name=Selim Hoss | family=Hoss | given=Selim | names=Salim al-Hoss; Selim al-Hoss | country=LBN | role=LBN GOV 1998-12-04..2000-10-26 Prime Minister
rafic-hariri | name=Rafic Hariri | family=Hariri | given=Rafic | names=Rafik Hariri; Rafiq Hariri; Rafiq al-Hariri | country=LBN | role=LBN GOV 1992-10-31..1998-12-04 Prime Minister | role=LBN GOV 2000-10-26..2004-10-21 Prime Minister
omar-karami | name=Omar Karami | family=Karami | given=Omar | country=LBN | role=LBN GOV 2004-10-26..2005-04-19 Prime Minister | role=LBN GOV 1990-12-24..1992-05-16 Prime Minister
fouad-siniora | name=Fouad Siniora | family=Siniora | given=Fouad | names=Fouad Saniora; Fuad Siniora | country=LBN | role=LBN GOV 2005-07-19..2009-11-09 Prime Minister
# ---------------------------------------------------------------- Afghanistan
burhanuddin-rabbani | name=Burhanuddin Rabbani | family=Rabbani | given=Burhanuddin | country=AFG | role=AFG GOV 1992-06-28..2001-12-22 President | role=AFG GOV 2010-10..2011-09-20 High Peace Council Chairman
# ---------------------------------------------------------------- Pakistan
rafiq-tarar | name=Rafiq Tarar | family=Tarar | given=Rafiq | names=Muhammad Rafiq Tarar | country=PAK | role=PAK GOV 1998-01-01..2001-06-20 President
pervez-musharraf | name=Pervez Musharraf | family=Musharraf | given=Pervez | names=Parvez Musharraf | country=PAK | role=PAK GOV 2001-06-20..2008-08-18 President | role=PAK GOV 1999-10-12..2002-11-23 Chief Executive | role=PAK MIL 1998-10-07..2007-11-28 Army Chief
muhammad-mian-soomro | name=Muhammad Mian Soomro | family=Soomro | given=Muhammad Mian | names=Mohammedmian Soomro | country=PAK | role=PAK GOV 2008-08-18..2008-09-09 Acting President | role=PAK GOV 2007-11-16..2008-03-25 Prime Minister | role=PAK LEG 2003-03..2009-03 Senate Chairman
zafarullah-khan-jamali | name=Zafarullah Khan Jamali | family=Jamali | given=Zafarullah Khan | names=Mir Zafarullah Khan Jamali | country=PAK | role=PAK GOV 2002-11-23..2004-06-26 Prime Minister
chaudhry-shujaat-hussain | name=Chaudhry Shujaat Hussain | family=Hussain | given=Chaudhry Shujaat | names=Shujaat Hussain | country=PAK | role=PAK GOV 2004-06-30..2004-08-28 Prime Minister
shaukat-aziz | name=Shaukat Aziz | family=Aziz | given=Shaukat | country=PAK | role=PAK GOV 2004-08-28..2007-11-16 Prime Minister | role=PAK GOV 1999-11..2007-11 Finance Minister
yousaf-raza-gilani | name=Yousaf Raza Gilani | family=Gilani | given=Yousaf Raza | names=Yusuf Raza Gilani; Syed Yousaf Raza Gillani | country=PAK | role=PAK GOV 2008-03-25..2012-06-19 Prime Minister | role=PAK LEG 1993-10..1997-02 National Assembly Speaker | role=PAK LEG 2024-04-09.. Senate Chairman
raja-pervaiz-ashraf | name=Raja Pervaiz Ashraf | family=Ashraf | given=Raja Pervaiz | names=Raja Pervez Ashraf | country=PAK | role=PAK GOV 2012-06-22..2013-03-25 Prime Minister | role=PAK LEG 2022-04-16..2024-03 National Assembly Speaker
mir-hazar-khan-khoso | name=Mir Hazar Khan Khoso | family=Khoso | given=Mir Hazar Khan | country=PAK | role=PAK GOV 2013-03-25..2013-06-05 Prime Minister
# ---------------------------------------------------------------- North Korea
kim-jong-il | name=Kim Jong-il | family=Kim | given=Jong-il | names=Kim Jong Il | country=PRK | role=PRK GOV 1994-07-08..2011-12-17 Leader | role=PRK GOV 1997-10-08..2011-12-17 General Secretary | role=PRK GOV 1993-04-09..2011-12-17 National Defence Commission Chairman | role=PRK MIL 1991-12-24..2011-12-17 Supreme Commander
hong-song-nam | name=Hong Song-nam | family=Hong | given=Song-nam | names=Hong Song Nam | country=PRK | role=PRK GOV 1997-02-21..2003-09-03 Premier
kim-yong-il | name=Kim Yong-il | family=Kim | given=Yong-il | names=Kim Yong Il | country=PRK | role=PRK GOV 2007-04-11..2010-06-07 Premier
choe-yong-rim | name=Choe Yong-rim | family=Choe | given=Yong-rim | names=Choe Yong Rim; Choi Yong-rim | country=PRK | role=PRK GOV 2010-06-07..2013-04-01 Premier
# ---------------------------------------------------------------- Ukraine
leonid-kuchma | name=Leonid Kuchma | family=Kuchma | given=Leonid | names=Leonid Danylovych Kuchma | country=UKR | role=UKR GOV 1994-07-19..2005-01-23 President | role=UKR GOV 1992-10-13..1993-09-22 Prime Minister
viktor-yushchenko | name=Viktor Yushchenko | family=Yushchenko | given=Viktor | names=Victor Yushchenko; Viktor Andriyovych Yushchenko | country=UKR | role=UKR GOV 2005-01-23..2010-02-25 President | role=UKR GOV 1999-12-22..2001-05-29 Prime Minister | role=UKR GOV 1993-01..1999-12 Central Bank Governor
viktor-yanukovych | name=Viktor Yanukovych | family=Yanukovych | given=Viktor | names=Viktor Yanukovich; Victor Yanukovych; Viktor Fedorovych Yanukovych | country=UKR | role=UKR GOV 2010-02-25..2014-02-22 President | role=UKR GOV 2002-11-21..2005-01-05 Prime Minister | role=UKR GOV 2006-08-04..2007-12-18 Prime Minister
oleksandr-turchynov | name=Oleksandr Turchynov | family=Turchynov | given=Oleksandr | names=Oleksandr Turchinov; Alexander Turchynov; Olexander Turchynov | country=UKR | role=UKR GOV 2014-02-23..2014-06-07 Acting President | role=UKR GOV 2010-03-04..2010-03-11 Acting Prime Minister | role=UKR LEG 2014-02-22..2014-11-27 Verkhovna Rada Chairman | role=UKR GOV 2014-12-16..2019-05 National Security and Defence Council Secretary
valeriy-pustovoitenko | name=Valeriy Pustovoitenko | family=Pustovoitenko | given=Valeriy | names=Valery Pustovoitenko | country=UKR | role=UKR GOV 1997-07-16..1999-12-22 Prime Minister
anatoliy-kinakh | name=Anatoliy Kinakh | family=Kinakh | given=Anatoliy | names=Anatoly Kinakh | country=UKR | role=UKR GOV 2001-05-29..2002-11-21 Prime Minister
mykola-azarov | name=Mykola Azarov | family=Azarov | given=Mykola | names=Nikolai Azarov; Nikolay Azarov | country=UKR | role=UKR GOV 2010-03-11..2014-01-28 Prime Minister | role=UKR GOV 2005-01-05..2005-01-24 Acting Prime Minister
yulia-tymoshenko | name=Yulia Tymoshenko | family=Tymoshenko | given=Yulia | names=Yuliya Tymoshenko; Yulia Timoshenko | country=UKR | role=UKR GOV 2005-01-24..2005-09-08 Prime Minister | role=UKR GOV 2007-12-18..2010-03-04 Prime Minister
yuriy-yekhanurov | name=Yuriy Yekhanurov | family=Yekhanurov | given=Yuriy | names=Yuri Yekhanurov | country=UKR | role=UKR GOV 2005-09-22..2006-08-04 Prime Minister | role=UKR GOV 2007-12-18..2009-06-05 Defence Minister
serhiy-arbuzov | name=Serhiy Arbuzov | family=Arbuzov | given=Serhiy | names=Sergei Arbuzov | country=UKR | role=UKR GOV 2014-01-28..2014-02-27 Acting Prime Minister | role=UKR GOV 2010-12..2012-12 Central Bank Governor
# ---------------------------------------------------------------- Georgia
eduard-shevardnadze | name=Eduard Shevardnadze | family=Shevardnadze | given=Eduard | country=GEO | role=GEO GOV 1995-11-26..2003-11-23 President | role=GEO GOV 1992-03-10..1995-11-26 Head of State
nino-burjanadze | name=Nino Burjanadze | family=Burjanadze | given=Nino | country=GEO | role=GEO GOV 2003-11-23..2004-01-25 Acting President | role=GEO GOV 2007-11-25..2008-01-20 Acting President | role=GEO LEG 2001-11-09..2008-06-07 Parliament Speaker
avtandil-jorbenadze | name=Avtandil Jorbenadze | family=Jorbenadze | given=Avtandil | country=GEO | role=GEO GOV 2001-12..2003-11 State Minister
zurab-zhvania | name=Zurab Zhvania | family=Zhvania | given=Zurab | country=GEO | role=GEO GOV 2004-02-17..2005-02-03 Prime Minister | role=GEO GOV 2003-11..2004-02-17 State Minister | role=GEO LEG 1995-11..2001-11 Parliament Speaker
zurab-nogaideli | name=Zurab Nogaideli | family=Nogaideli | given=Zurab | country=GEO | role=GEO GOV 2005-02-17..2007-11-16 Prime Minister
lado-gurgenidze | name=Lado Gurgenidze | family=Gurgenidze | given=Lado | names=Vladimer Gurgenidze | country=GEO | role=GEO GOV 2007-11-22..2008-11-01 Prime Minister
grigol-mgaloblishvili | name=Grigol Mgaloblishvili | family=Mgaloblishvili | given=Grigol | country=GEO | role=GEO GOV 2008-11-01..2009-02-06 Prime Minister
nika-gilauri | name=Nika Gilauri | family=Gilauri | given=Nika | country=GEO | role=GEO GOV 2009-02-06..2012-07-04 Prime Minister
vano-merabishvili | name=Vano Merabishvili | family=Merabishvili | given=Vano | names=Ivane Merabishvili | country=GEO | role=GEO GOV 2012-07-04..2012-10-25 Prime Minister | role=GEO GOV 2004-12..2012-07-04 Interior Minister
# ---------------------------------------------------------------- Belarus
vladimir-yermoshin | name=Vladimir Yermoshin | family=Yermoshin | given=Vladimir | names=Uladzimir Yermoshyn | country=BLR | role=BLR GOV 2000-02-18..2001-10-10 Prime Minister
gennady-novitsky | name=Gennady Novitsky | family=Novitsky | given=Gennady | names=Henadz Navitski | country=BLR | role=BLR GOV 2001-10-10..2003-07-10 Prime Minister
sergei-sidorsky | name=Sergei Sidorsky | family=Sidorsky | given=Sergei | names=Syarhei Sidorski; Sergey Sidorsky | country=BLR | role=BLR GOV 2003-07-10..2010-12-28 Prime Minister
mikhail-myasnikovich | name=Mikhail Myasnikovich | family=Myasnikovich | given=Mikhail | names=Mikhas Myasnikovich | country=BLR | role=BLR GOV 2010-12-28..2014-12-27 Prime Minister | role=BLR LEG 2015-01..2019-12 Council of the Republic Chairman
# ---------------------------------------------------------------- Serbia (and FR Yugoslavia / Serbia and Montenegro)
slobodan-milosevic | name=Slobodan Milosevic | family=Milosevic | given=Slobodan | names=Slobodan Milošević | country=SRB | role=SRB GOV 1997-07-23..2000-10-07 Yugoslav President | role=SRB GOV 1989-05-08..1997-07-23 President
vojislav-kostunica | name=Vojislav Kostunica | family=Kostunica | given=Vojislav | names=Vojislav Koštunica | country=SRB | role=SRB GOV 2000-10-07..2003-03-07 Yugoslav President | role=SRB GOV 2004-03-03..2008-07-07 Prime Minister
svetozar-marovic | name=Svetozar Marovic | family=Marovic | given=Svetozar | names=Svetozar Marović | country=MNE | role=SRB GOV 2003-03-07..2006-06-03 Serbia and Montenegro President
milan-milutinovic | name=Milan Milutinovic | family=Milutinovic | given=Milan | names=Milan Milutinović | country=SRB | role=SRB GOV 1997-12-29..2002-12-29 President
natasa-micic | name=Natasa Micic | family=Micic | given=Natasa | names=Nataša Mićić | country=SRB | role=SRB GOV 2002-12-29..2004-02-04 Acting President | role=SRB LEG 2001-12..2004-02 Parliament Speaker
predrag-markovic | name=Predrag Markovic | family=Markovic | given=Predrag | names=Predrag Marković | country=SRB | role=SRB GOV 2004-03-04..2004-07-11 Acting President | role=SRB LEG 2004-02..2007-02 Parliament Speaker
boris-tadic | name=Boris Tadic | family=Tadic | given=Boris | names=Boris Tadić | country=SRB | role=SRB GOV 2004-07-11..2012-04-05 President | role=SRB GOV 2003-03..2004-03 Defence Minister
slavica-djukic-dejanovic | name=Slavica Djukic Dejanovic | family=Djukic Dejanovic | given=Slavica | names=Slavica Đukić Dejanović | country=SRB | role=SRB GOV 2012-04-05..2012-05-31 Acting President | role=SRB LEG 2008-07..2012-07 Parliament Speaker
mirko-marjanovic | name=Mirko Marjanovic | family=Marjanovic | given=Mirko | names=Mirko Marjanović | country=SRB | role=SRB GOV 1994-03-18..2000-10-24 Prime Minister
milomir-minic | name=Milomir Minic | family=Minic | given=Milomir | names=Milomir Minić | country=SRB | role=SRB GOV 2000-10-24..2001-01-25 Prime Minister
zoran-djindjic | name=Zoran Djindjic | family=Djindjic | given=Zoran | names=Zoran Đinđić; Zoran Dindic | country=SRB | role=SRB GOV 2001-01-25..2003-03-12 Prime Minister
zoran-zivkovic | name=Zoran Zivkovic | family=Zivkovic | given=Zoran | names=Zoran Živković | country=SRB | role=SRB GOV 2003-03-18..2004-03-03 Prime Minister
mirko-cvetkovic | name=Mirko Cvetkovic | family=Cvetkovic | given=Mirko | names=Mirko Cvetković | country=SRB | role=SRB GOV 2008-07-07..2012-07-27 Prime Minister
# ---------------------------------------------------------------- Spain
juan-carlos-i | name=Juan Carlos I | family=Juan Carlos | names=King Juan Carlos; Juan Carlos de Borbón | country=ESP | role=ESP GOV 1975-11-22..2014-06-19 King
jose-maria-aznar | name=Jose Maria Aznar | family=Aznar | given=Jose Maria | names=José María Aznar | country=ESP | role=ESP GOV 1996-05-05..2004-04-17 Prime Minister
jose-luis-rodriguez-zapatero | name=Jose Luis Rodriguez Zapatero | family=Zapatero | given=Jose Luis | names=José Luis Rodríguez Zapatero; Rodriguez Zapatero; Rodríguez Zapatero | country=ESP | role=ESP GOV 2004-04-17..2011-12-21 Prime Minister
# ---------------------------------------------------------------- Poland
aleksander-kwasniewski | name=Aleksander Kwasniewski | family=Kwasniewski | given=Aleksander | names=Aleksander Kwaśniewski | country=POL | role=POL GOV 1995-12-23..2005-12-23 President
lech-kaczynski | name=Lech Kaczynski | family=Kaczynski | given=Lech | names=Lech Kaczyński | country=POL | role=POL GOV 2005-12-23..2010-04-10 President | role=POL GOV 2002-11..2005-12 Warsaw Mayor
jerzy-buzek | name=Jerzy Buzek | family=Buzek | given=Jerzy | country=POL | role=POL GOV 1997-10-31..2001-10-19 Prime Minister | role=IGOEUREPL GOV 2009-07-14..2012-01-17 European Parliament President
leszek-miller | name=Leszek Miller | family=Miller | given=Leszek | country=POL | role=POL GOV 2001-10-19..2004-05-02 Prime Minister
marek-belka | name=Marek Belka | family=Belka | given=Marek | country=POL | role=POL GOV 2004-05-02..2005-10-31 Prime Minister | role=POL GOV 2010-06-11..2016-06-20 Central Bank Governor
kazimierz-marcinkiewicz | name=Kazimierz Marcinkiewicz | family=Marcinkiewicz | given=Kazimierz | country=POL | role=POL GOV 2005-10-31..2006-07-14 Prime Minister
jaroslaw-kaczynski | name=Jaroslaw Kaczynski | family=Kaczynski | given=Jaroslaw | names=Jarosław Kaczyński | country=POL | role=POL GOV 2006-07-14..2007-11-16 Prime Minister | role=POL PTY 2003-01.. Law and Justice Leader | role=POL GOV 2020-10-06..2022-06-21 Deputy Prime Minister
# ---------------------------------------------------------------- Netherlands
beatrix | name=Beatrix | family=Beatrix | names=Queen Beatrix; Beatrix of the Netherlands | country=NLD | role=NLD GOV 1980-04-30..2013-04-30 Queen
wim-kok | name=Wim Kok | family=Kok | given=Wim | country=NLD | role=NLD GOV 1994-08-22..2002-07-22 Prime Minister
jan-peter-balkenende | name=Jan Peter Balkenende | family=Balkenende | given=Jan Peter | country=NLD | role=NLD GOV 2002-07-22..2010-10-14 Prime Minister
# ---------------------------------------------------------------- Greece
konstantinos-stephanopoulos | name=Konstantinos Stephanopoulos | family=Stephanopoulos | given=Konstantinos | names=Kostis Stephanopoulos; Costis Stephanopoulos | country=GRC | role=GRC GOV 1995-03-10..2005-03-12 President
costas-simitis | name=Costas Simitis | family=Simitis | given=Costas | names=Konstantinos Simitis; Kostas Simitis | country=GRC | role=GRC GOV 1996-01-22..2004-03-10 Prime Minister
kostas-karamanlis | name=Kostas Karamanlis | family=Karamanlis | given=Kostas | names=Costas Karamanlis; Konstantinos Karamanlis | country=GRC | role=GRC GOV 2004-03-10..2009-10-06 Prime Minister
george-papandreou | name=George Papandreou | family=Papandreou | given=George | names=Georgios Papandreou; Giorgos Papandreou; George A. Papandreou | country=GRC | role=GRC GOV 2009-10-06..2011-11-11 Prime Minister | role=GRC GOV 1999-02-18..2004-02-13 Foreign Minister
lucas-papademos | name=Lucas Papademos | family=Papademos | given=Lucas | names=Loukas Papadimos | country=GRC | role=GRC GOV 2011-11-11..2012-05-16 Prime Minister | role=IGOEURECB GOV 2002-06-01..2010-06-01 Vice President | role=GRC GOV 1994-10..2002-05 Central Bank Governor
panagiotis-pikrammenos | name=Panagiotis Pikrammenos | family=Pikrammenos | given=Panagiotis | names=Panayiotis Pikrammenos | country=GRC | role=GRC GOV 2012-05-16..2012-06-20 Prime Minister
# ---------------------------------------------------------------- Portugal
jorge-sampaio | name=Jorge Sampaio | family=Sampaio | given=Jorge | country=PRT | role=PRT GOV 1996-03-09..2006-03-09 President
pedro-santana-lopes | name=Pedro Santana Lopes | family=Santana Lopes | given=Pedro | country=PRT | role=PRT GOV 2004-07-17..2005-03-12 Prime Minister
jose-socrates | name=Jose Socrates | family=Socrates | given=Jose | names=José Sócrates | country=PRT | role=PRT GOV 2005-03-12..2011-06-21 Prime Minister
# ---------------------------------------------------------------- Venezuela
hugo-chavez | name=Hugo Chavez | family=Chavez | given=Hugo | names=Hugo Chávez; Hugo Rafael Chávez Frías; Hugo Chavez Frias | country=VEN | role=VEN GOV 1999-02-02..2013-03-05 President
pedro-carmona | name=Pedro Carmona | family=Carmona | given=Pedro | names=Pedro Carmona Estanga | country=VEN | role=VEN GOV 2002-04-12..2002-04-13 Interim President [shared] | role=VEN BUS 2001-07..2002-04 Fedecamaras President
diosdado-cabello | name=Diosdado Cabello | family=Cabello | given=Diosdado | names=Diosdado Cabello Rondón | country=VEN | role=VEN GOV 2002-04-13..2002-04-14 Acting President | role=VEN LEG 2012-01-05..2016-01-05 National Assembly President | role=VEN GOV 2024-08-27.. Interior Minister
# ---------------------------------------------------------------- Cuba
fidel-castro | name=Fidel Castro | family=Castro | given=Fidel | names=Fidel Castro Ruz; Fidel Alejandro Castro Ruz | country=CUB | role=CUB GOV 1976-12-02..2008-02-24 President [shared] | role=CUB GOV 1959-02-16..1976-12-02 Prime Minister | role=CUB PTY 1965-10-03..2011-04-19 First Secretary
# ---------------------------------------------------------------- Colombia
andres-pastrana | name=Andres Pastrana | family=Pastrana | given=Andres | names=Andrés Pastrana; Andrés Pastrana Arango | country=COL | role=COL GOV 1998-08-07..2002-08-07 President
alvaro-uribe | name=Alvaro Uribe | family=Uribe | given=Alvaro | names=Álvaro Uribe; Álvaro Uribe Vélez; Alvaro Uribe Velez | country=COL | role=COL GOV 2002-08-07..2010-08-07 President | role=COL LEG 2014-07-20..2020-08-18 Senator
# ---------------------------------------------------------------- Nigeria
olusegun-obasanjo | name=Olusegun Obasanjo | family=Obasanjo | given=Olusegun | names=Olusegun Mathew Okikiola Aremu Obasanjo | country=NGA | role=NGA GOV 1999-05-29..2007-05-29 President | role=NGA GOV 1976-02-13..1979-10-01 Head of State
umaru-yaradua | name=Umaru Yar'Adua | family=Yar'Adua | given=Umaru | names=Umaru Musa Yar'Adua; Umaru Yaradua; Yaradua | country=NGA | role=NGA GOV 2007-05-29..2010-05-06 President
# ---------------------------------------------------------------- Kenya
daniel-arap-moi | name=Daniel arap Moi | family=Moi | given=Daniel | names=Daniel Toroitich arap Moi; Daniel Moi | country=KEN | role=KEN GOV 1978-10-14..2002-12-30 President | role=KEN GOV 1967-01..1978-08-22 Vice President
# ---------------------------------------------------------------- Ethiopia
negasso-gidada | name=Negasso Gidada | family=Negasso | names=Negaso Gidada | country=ETH | role=ETH GOV 1995-08-22..2001-10-08 President
girma-wolde-giorgis | name=Girma Wolde-Giorgis | family=Girma | names=Girma Woldegiorgis; Girma Wolde-Giyorgis | country=ETH | role=ETH GOV 2001-10-08..2013-10-07 President
# ---------------------------------------------------------------- Ivory Coast
henri-konan-bedie | name=Henri Konan Bedie | family=Bedie | given=Henri Konan | names=Henri Konan Bédié; Konan Bédié | country=CIV | role=CIV GOV 1993-12-07..1999-12-24 President
robert-guei | name=Robert Guei | family=Guei | given=Robert | names=Robert Guéï | country=CIV | role=CIV GOV 1999-12-24..2000-10-26 President
seydou-diarra | name=Seydou Diarra | family=Diarra | given=Seydou | names=Seydou Elimane Diarra | country=CIV | role=CIV GOV 2000-01..2000-10 Prime Minister | role=CIV GOV 2003-02-10..2005-12-07 Prime Minister
pascal-affi-nguessan | name=Pascal Affi N'Guessan | family=Affi N'Guessan | given=Pascal | names=Pascal Affi Nguessan; Affi N'Guessan | country=CIV | role=CIV GOV 2000-10-27..2003-02-10 Prime Minister
charles-konan-banny | name=Charles Konan Banny | family=Banny | given=Charles Konan | names=Konan Banny | country=CIV | role=CIV GOV 2005-12-07..2007-04-04 Prime Minister
gilbert-ake | name=Gilbert Ake | family=Ake | given=Gilbert | names=Gilbert Aké; Gilbert Marie N'gbo Aké | country=CIV | role=CIV GOV 2010-12-05..2011-04-11 Prime Minister [shared]
jeannot-ahoussou-kouadio | name=Jeannot Ahoussou-Kouadio | family=Ahoussou-Kouadio | given=Jeannot | names=Jeannot Kouadio-Ahoussou; Jeannot Ahoussou Kouadio | country=CIV | role=CIV GOV 2012-03-13..2012-11-21 Prime Minister
# ---------------------------------------------------------------- Thailand (family= is the second-mention form, the given name)
chuan-leekpai | name=Chuan Leekpai | family=Chuan | country=THA | role=THA GOV 1997-11-09..2001-02-09 Prime Minister | role=THA GOV 1992-09-23..1995-07-13 Prime Minister | role=THA LEG 2019-05-28..2023-07-04 House Speaker
sonthi-boonyaratglin | name=Sonthi Boonyaratglin | family=Sonthi | names=Sonthi Boonyaratkalin | country=THA | role=THA GOV 2006-09-19..2007-10 Junta Leader | role=THA MIL 2005-10..2007-10 Army Chief
surayud-chulanont | name=Surayud Chulanont | family=Surayud | names=Surayud Chulanond | country=THA | role=THA GOV 2006-10-01..2008-01-29 Prime Minister | role=THA MIL 1998-10..2002-10 Army Chief
samak-sundaravej | name=Samak Sundaravej | family=Samak | country=THA | role=THA GOV 2008-01-29..2008-09-09 Prime Minister
somchai-wongsawat | name=Somchai Wongsawat | family=Somchai | country=THA | role=THA GOV 2008-09-18..2008-12-02 Prime Minister
chaovarat-chanweerakul | name=Chaovarat Chanweerakul | family=Chaovarat | names=Chavarat Charnvirakul | country=THA | role=THA GOV 2008-12-02..2008-12-17 Acting Prime Minister
abhisit-vejjajiva | name=Abhisit Vejjajiva | family=Abhisit | country=THA | role=THA GOV 2008-12-17..2011-08-05 Prime Minister
niwatthamrong-boonsongpaisan | name=Niwatthamrong Boonsongpaisan | family=Niwatthamrong | names=Niwattumrong Boonsongpaisan | country=THA | role=THA GOV 2014-05-07..2014-05-22 Acting Prime Minister
# ---------------------------------------------------------------- Philippines
joseph-estrada | name=Joseph Estrada | family=Estrada | given=Joseph | names=Joseph Ejercito Estrada; Erap | country=PHL | role=PHL GOV 1998-06-30..2001-01-20 President | role=PHL GOV 1992-06-30..1998-06-30 Vice President | role=PHL GOV 2013-06-30..2019-06-30 Manila Mayor
gloria-macapagal-arroyo | name=Gloria Macapagal Arroyo | family=Arroyo | given=Gloria | names=Gloria Macapagal-Arroyo; Gloria Arroyo; GMA | country=PHL | role=PHL GOV 2001-01-20..2010-06-30 President | role=PHL GOV 1998-06-30..2001-01-20 Vice President | role=PHL LEG 2018-07-23..2019-06-30 House Speaker
# ---------------------------------------------------------------- Myanmar
than-shwe | name=Than Shwe | family=Than Shwe | names=Senior General Than Shwe | country=MMR | role=MMR GOV 1992-04-23..2011-03-30 State Peace and Development Council Chairman | role=MMR GOV 1992-04-24..2003-08-25 Prime Minister | role=MMR MIL 1992-04..2011-03-30 Commander-in-Chief
khin-nyunt | name=Khin Nyunt | family=Khin Nyunt | country=MMR | role=MMR GOV 2003-08-25..2004-10-19 Prime Minister | role=MMR SPY 1983..2004-10 Military Intelligence Chief
soe-win-pm | name=General Soe Win | family=Soe Win | names=Soe Win; Lieutenant General Soe Win | country=MMR | role=MMR GOV 2004-10-19..2007-10-12 Prime Minister
# ---------------------------------------------------------------- Vietnam (family= is the second-mention form, the last given name)
le-kha-phieu | name=Le Kha Phieu | family=Phieu | names=Lê Khả Phiêu | country=VNM | role=VNM GOV 1997-12-26..2001-04-22 General Secretary
nong-duc-manh | name=Nong Duc Manh | family=Manh | names=Nông Đức Mạnh | country=VNM | role=VNM GOV 2001-04-22..2011-01-19 General Secretary | role=VNM LEG 1992-09..2001-06 National Assembly Chairman
tran-duc-luong | name=Tran Duc Luong | family=Luong | names=Trần Đức Lương | country=VNM | role=VNM GOV 1997-09-24..2006-06-27 President
nguyen-minh-triet | name=Nguyen Minh Triet | family=Triet | names=Nguyễn Minh Triết | country=VNM | role=VNM GOV 2006-06-27..2011-07-25 President
phan-van-khai | name=Phan Van Khai | family=Khai | names=Phan Văn Khải | country=VNM | role=VNM GOV 1997-09-25..2006-06-27 Prime Minister
# ---------------------------------------------------------------- additions to earlier sections
kim-suk-soo | name=Kim Suk-soo | family=Kim | given=Suk-soo | names=Kim Suk Soo; Kim Seok-su | country=KOR | role=KOR GOV 2002-10-04..2003-02-27 Prime Minister
avraham-burg | name=Avraham Burg | family=Burg | given=Avraham | names=Avrum Burg | country=ISR | role=ISR GOV 2000-07-13..2000-08-01 Acting President | role=ISR LEG 1999-07-06..2003-02-17 Knesset Speaker
mohammad-rabbani | name=Mohammad Rabbani | family=Rabbani | given=Mohammad | names=Mullah Mohammad Rabbani; Mullah Rabbani | country=AFG | role=AFG GOV 1996-09-27..2001-04-16 Council of Ministers Chairman
giorgi-arsenishvili | name=Giorgi Arsenishvili | family=Arsenishvili | given=Giorgi | country=GEO | role=GEO GOV 2000-05..2001-12 State Minister
