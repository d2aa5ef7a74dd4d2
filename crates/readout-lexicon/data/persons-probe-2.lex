# persons-probe-2.lex — office-holders the second round of actor probes (eval/probes/probe-actors-2.jsonl) found
# missing: ministers, security chiefs, central bank governors, spokespeople and opposition leaders of Africa,
# Latin America, Asia and the Middle East, 2015-2025. Written for readout; format as the other persons-*.lex
# files (see docs/lexicon.md). An id already used elsewhere (lee-jae-myung, rahul-gandhi) only adds a title.

# ---------------------------------------------------------------- Kenya
kithure-kindiki | name=Kithure Kindiki | family=Kindiki | given=Kithure | names=Abraham Kithure Kindiki | country=KEN | role=KEN GOV 2022-10-27..2024-11-01 Interior Minister | role=KEN GOV 2024-11-01.. Deputy President
rigathi-gachagua | name=Rigathi Gachagua | family=Gachagua | given=Rigathi | names=Geoffrey Rigathi Gachagua | country=KEN | role=KEN GOV 2022-09-13..2024-10-18 Deputy President
kipchumba-murkomen | name=Kipchumba Murkomen | family=Murkomen | given=Kipchumba | names=Onesimus Kipchumba Murkomen | country=KEN | role=KEN GOV 2022-10-27..2024-07-11 Transport Minister | role=KEN GOV 2025-01.. Interior Minister

# ---------------------------------------------------------------- Congo, Nigeria, Ghana
moise-katumbi | name=Moise Katumbi | family=Katumbi | given=Moise | names=Moïse Katumbi; Moise Katumbi Chapwe | country=COD | role=COD GOV 2007-02-24..2015-09-29 Katanga Governor | role=COD OPP 2015-09-29.. Opposition Leader
martin-fayulu | name=Martin Fayulu | family=Fayulu | given=Martin | names=Martin Fayulu Madidi | country=COD | role=COD OPP 2018-11-11.. Opposition Leader
atiku-abubakar | name=Atiku Abubakar | family=Atiku | given=Abubakar | country=NGA | role=NGA GOV 1999-05-29..2007-05-29 Vice President | role=NGA OPP 2018-10-07.. Opposition Leader
godwin-emefiele | name=Godwin Emefiele | family=Emefiele | given=Godwin | country=NGA | role=NGA GOV 2014-06-03..2023-09-22 Central Bank Governor
olayemi-cardoso | name=Olayemi Cardoso | family=Cardoso | given=Olayemi | names=Yemi Cardoso | country=NGA | role=NGA GOV 2023-09-22.. Central Bank Governor
taoreed-lagbaja | name=Taoreed Lagbaja | family=Lagbaja | given=Taoreed | country=NGA | role=NGA MIL 2023-06-19..2024-10-30 Chief of Army Staff | role=NGA MIL 2023-06-19..2024-10-30 Army Chief
olufemi-oluyede | name=Olufemi Oluyede | family=Oluyede | given=Olufemi | country=NGA | role=NGA MIL 2024-10-30..2025-10-24 Chief of Army Staff | role=NGA MIL 2024-10-30..2025-10-24 Army Chief | role=NGA MIL 2025-10-24.. Chief of Defence Staff
christopher-musa | name=Christopher Musa | family=Musa | given=Christopher | names=Christopher Gwabin Musa | country=NGA | role=NGA MIL 2023-06-19..2025-10-24 Chief of Defence Staff
mahamudu-bawumia | name=Mahamudu Bawumia | family=Bawumia | given=Mahamudu | country=GHA | role=GHA GOV 2017-01-07..2025-01-07 Vice President

# ---------------------------------------------------------------- Sudan, Ethiopia
malik-agar | name=Malik Agar | family=Agar | given=Malik | names=Malik Agar Eyre | country=SDN | role=SDN GOV 2023-05-19.. Deputy Chairman of the Sovereignty Council | role=SDN REB 2011..2020-10-03 SPLM-N Leader [shared]
birhanu-jula | name=Birhanu Jula | family=Birhanu | given=Jula | names=Berhanu Jula; Field Marshal Birhanu Jula; Field Marshal Berhanu Jula | country=ETH | role=ETH MIL 2020-11-08.. Chief of General Staff | role=ETH MIL 2020-11-08.. Army Chief
gedion-timothewos | name=Gedion Timothewos | family=Gedion | given=Timothewos | names=Gedion Timothewos Hessebon | country=ETH | role=ETH GOV 2021-10-06..2024-10-07 Justice Minister | role=ETH GOV 2024-10-07.. Foreign Minister

# ---------------------------------------------------------------- South Africa, Zimbabwe
julius-malema | name=Julius Malema | family=Malema | given=Julius | names=Julius Sello Malema | country=ZAF | role=ZAF OPP 2013-07-26.. Opposition Leader | role=ZAF OPP 2013-07-26.. EFF Leader
john-steenhuisen | name=John Steenhuisen | family=Steenhuisen | given=John | country=ZAF | role=ZAF OPP 2019-05-28..2024-06-14 Opposition Leader | role=ZAF OPP 2019-11-17..2025-04-13 Democratic Alliance Leader | role=ZAF GOV 2024-07-03.. Agriculture Minister
bheki-cele | name=Bheki Cele | family=Cele | given=Bheki | names=Bhekokwakhe Cele | country=ZAF | role=ZAF GOV 2018-02-27..2024-07-03 Police Minister | role=ZAF COP 2009-07-31..2011-10-24 National Police Commissioner
enoch-godongwana | name=Enoch Godongwana | family=Godongwana | given=Enoch | country=ZAF | role=ZAF GOV 2021-08-05.. Finance Minister
mthuli-ncube | name=Mthuli Ncube | family=Ncube | given=Mthuli | country=ZWE | role=ZWE GOV 2018-09-07.. Finance Minister

# ---------------------------------------------------------------- Brazil, Colombia, Mexico, Argentina, Bolivia, Guatemala
fernando-haddad | name=Fernando Haddad | family=Haddad | given=Fernando | country=BRA | role=BRA GOV 2023-01-01.. Finance Minister | role=BRA GOV 2013-01-01..2017-01-01 Sao Paulo Mayor
flavio-dino | name=Flavio Dino | family=Dino | given=Flavio | names=Flávio Dino | country=BRA | role=BRA GOV 2023-01-01..2024-02-01 Justice Minister | role=BRA JUD 2024-02-22.. Supreme Court Justice [shared]
ricardo-lewandowski | name=Ricardo Lewandowski | family=Lewandowski | given=Ricardo | country=BRA | role=BRA GOV 2024-02-01.. Justice Minister | role=BRA JUD 2006-03-16..2023-04-11 Supreme Court Justice [shared]
ivan-velasquez | name=Ivan Velasquez | family=Velasquez | given=Ivan | names=Iván Velásquez; Ivan Velasquez Gomez | country=COL | role=COL GOV 2022-08-07..2025-02-28 Defence Minister
alvaro-leyva | name=Alvaro Leyva | family=Leyva | given=Alvaro | names=Álvaro Leyva | country=COL | role=COL GOV 2022-08-07..2024-04 Foreign Minister
omar-garcia-harfuch | name=Omar Garcia Harfuch | family=Garcia Harfuch | given=Omar | names=Omar García Harfuch; Harfuch | country=MEX | role=MEX GOV 2024-10-01.. Security Secretary | role=MEX COP 2019-10-04..2023-10-04 Police Chief
patricia-bullrich | name=Patricia Bullrich | family=Bullrich | given=Patricia | country=ARG | role=ARG GOV 2015-12-10..2019-12-10 Security Minister | role=ARG GOV 2023-12-10..2025-12 Security Minister
juan-jose-zuniga | name=Juan Jose Zuniga | family=Zuniga | given=Juan Jose | names=Juan José Zúñiga | country=BOL | role=BOL MIL 2022-11..2024-06-26 Army Commander
consuelo-porras | name=Consuelo Porras | family=Porras | given=Consuelo | names=María Consuelo Porras; Maria Consuelo Porras | country=GTM | role=GTM JUD 2018-05-17.. Attorney General

# ---------------------------------------------------------------- South Asia
mallikarjun-kharge | name=Mallikarjun Kharge | family=Kharge | given=Mallikarjun | country=IND | role=IND PTY 2022-10-26.. Congress President | role=IND OPP 2021-02-16.. Opposition Leader
rahul-gandhi | name=Rahul Gandhi | role=IND OPP 2024-06-09.. Leader of the Opposition
mohsin-naqvi | name=Mohsin Naqvi | family=Naqvi | given=Mohsin | names=Syed Mohsin Raza Naqvi | country=PAK | role=PAK GOV 2024-03-11.. Interior Minister | role=PAK GOV 2023-01-22..2024-02-26 Chief Minister
rana-sanaullah | name=Rana Sanaullah | family=Sanaullah | given=Rana | names=Rana Sanaullah Khan | country=PAK | role=PAK GOV 2022-04-19..2023-08-14 Interior Minister
manzoor-pashteen | name=Manzoor Pashteen | family=Pashteen | given=Manzoor | names=Manzoor Ahmad Pashteen | country=PAK | role=PAK OPP 2014.. PTM Leader
ali-sabry | name=Ali Sabry | family=Sabry | given=Ali | names=Mohamed Ali Sabry | country=LKA | role=LKA GOV 2022-07-22..2024-09-23 Foreign Minister | role=LKA GOV 2020-08-12..2022-04-04 Justice Minister
vijitha-herath | name=Vijitha Herath | family=Herath | given=Vijitha | country=LKA | role=LKA GOV 2024-09-24.. Foreign Minister

# ---------------------------------------------------------------- East and South-East Asia
zhao-lijian | name=Zhao Lijian | family=Zhao | given=Lijian | country=CHN | role=CHN GOV 2020-02-24..2023-01-09 Foreign Ministry Spokesman [shared]
wang-wenbin | name=Wang Wenbin | family=Wang | given=Wenbin | country=CHN | role=CHN GOV 2020-07-20..2024-01 Foreign Ministry Spokesman [shared]
mao-ning | name=Mao Ning | family=Mao | given=Ning | country=CHN | role=CHN GOV 2022-09-05.. Foreign Ministry Spokeswoman
lin-jian | name=Lin Jian | family=Lin | given=Jian | country=CHN | role=CHN GOV 2024-01.. Foreign Ministry Spokesman [shared]
han-kuo-yu | name=Han Kuo-yu | family=Han | given=Kuo-yu | names=Han Kuo-yu; Daniel Han | country=TWN | role=TWN LEG 2024-02-01.. Legislative Speaker | role=TWN LEG 2024-02-01.. Speaker | role=TWN GOV 2018-12-25..2020-06-12 Kaohsiung Mayor
ko-wen-je | name=Ko Wen-je | family=Ko | given=Wen-je | country=TWN | role=TWN GOV 2014-12-25..2022-12-25 Taipei Mayor | role=TWN OPP 2019-08-06..2025-01-01 Taiwan People's Party Chairman
lee-jae-myung | name=Lee Jae-myung | role=KOR OPP 2022-08-28..2025-04-09 Democratic Party Leader
zaw-min-tun | name=Zaw Min Tun | family=Zaw Min Tun | names=Major General Zaw Min Tun | country=MMR | role=MMR GOV 2021-02-01.. Junta Spokesman
syahrul-yasin-limpo | name=Syahrul Yasin Limpo | family=Limpo | given=Syahrul Yasin | country=IDN | role=IDN GOV 2019-10-23..2023-10-06 Agriculture Minister

# ---------------------------------------------------------------- ministers and security chiefs found by surname-only tests
# (a second mention by family name alone resolves only to a listed person)
bashir-magashi | name=Bashir Magashi | family=Magashi | given=Bashir | names=Bashir Salihi Magashi | country=NGA | role=NGA GOV 2019-08-21..2023-05-29 Defence Minister
mohammed-badaru-abubakar | name=Mohammed Badaru Abubakar | family=Badaru | given=Mohammed | names=Badaru Abubakar | country=NGA | role=NGA GOV 2023-08-21..2025-12 Defence Minister
nuhu-ribadu | name=Nuhu Ribadu | family=Ribadu | given=Nuhu | country=NGA | role=NGA GOV 2023-06-19.. National Security Adviser | role=NGA COP 2003-04..2007-12 EFCC Chairman
fred-matiangi | name=Fred Matiang'i | family=Matiang'i | given=Fred | names=Fred Matiangi | country=KEN | role=KEN GOV 2017-07-08..2022-10-27 Interior Minister
jeje-odongo | name=Jeje Odongo | family=Odongo | given=Jeje | names=Abubakhar Jeje Odongo | country=UGA | role=UGA GOV 2021-06-08.. Foreign Minister
christophe-lutundula | name=Christophe Lutundula | family=Lutundula | given=Christophe | names=Christophe Lutundula Apala | country=COD | role=COD GOV 2021-04-12..2024-05-29 Foreign Minister
therese-kayikwamba-wagner | name=Therese Kayikwamba Wagner | family=Kayikwamba Wagner | given=Therese | names=Thérèse Kayikwamba Wagner | country=COD | role=COD GOV 2024-05-29.. Foreign Minister
najla-mangoush | name=Najla Mangoush | family=Mangoush | given=Najla | names=Najla el-Mangoush | country=LBY | role=LBY GOV 2021-03-15..2023-08-28 Foreign Minister
nabil-ammar | name=Nabil Ammar | family=Ammar | given=Nabil | country=TUN | role=TUN GOV 2023-02-07..2024-08-25 Foreign Minister
abdelouafi-laftit | name=Abdelouafi Laftit | family=Laftit | given=Abdelouafi | country=MAR | role=MAR GOV 2017-04-05.. Interior Minister
maurice-kamto | name=Maurice Kamto | family=Kamto | given=Maurice | country=CMR | role=CMR OPP 2018.. Opposition Leader
sibusiso-moyo | name=Sibusiso Moyo | family=Moyo | given=Sibusiso | names=Sibusiso Busi Moyo | country=ZWE | role=ZWE GOV 2017-11-30..2021-01-20 Foreign Minister
tete-antonio | name=Tete Antonio | family=Antonio | given=Tete | names=Téte António | country=AGO | role=AGO GOV 2020-04.. Foreign Minister
alberto-van-klaveren | name=Alberto van Klaveren | family=van Klaveren | given=Alberto | country=CHL | role=CHL GOV 2023-03-10.. Foreign Minister
gabriela-sommerfeld | name=Gabriela Sommerfeld | family=Sommerfeld | given=Gabriela | country=ECU | role=ECU GOV 2023-11-23.. Foreign Minister
yvan-gil | name=Yvan Gil | family=Gil | given=Yvan | names=Yván Gil; Yvan Gil Pinto | country=VEN | role=VEN GOV 2023-01.. Foreign Minister
bruno-rodriguez-parrilla | name=Bruno Rodriguez | family=Rodriguez | given=Bruno | names=Bruno Rodríguez; Bruno Rodriguez Parrilla; Bruno Rodríguez Parrilla | country=CUB | role=CUB GOV 2009-03-02.. Foreign Minister
enrique-reina | name=Enrique Reina | family=Reina | given=Enrique | country=HND | role=HND GOV 2022-01-27.. Foreign Minister
touhid-hossain | name=Touhid Hossain | family=Hossain | given=Touhid | names=Md Touhid Hossain; Mohammad Touhid Hossain | country=BGD | role=BGD GOV 2024-08-16.. Foreign Adviser
wunna-maung-lwin | name=Wunna Maung Lwin | family=Wunna Maung Lwin | country=MMR | role=MMR GOV 2021-02-01..2023-02-01 Foreign Minister | role=MMR GOV 2011-03-30..2016-03-30 Foreign Minister
parnpree-bahiddha-nukara | name=Parnpree Bahiddha-Nukara | family=Parnpree | given=Bahiddha-Nukara | country=THA | role=THA GOV 2023-09-01..2024-04-28 Foreign Minister
maris-sangiampongsa | name=Maris Sangiampongsa | family=Maris | given=Sangiampongsa | country=THA | role=THA GOV 2024-04-30..2025-09 Foreign Minister
zambry-abdul-kadir | name=Zambry Abdul Kadir | family=Zambry | names=Zambry Abd Kadir | country=MYS | role=MYS GOV 2022-12-03..2023-12-12 Foreign Minister
eduardo-ano | name=Eduardo Ano | family=Ano | given=Eduardo | names=Eduardo Año | country=PHL | role=PHL GOV 2023-01.. National Security Adviser | role=PHL GOV 2018-11-05..2022-06-30 Interior Secretary
prak-sokhonn | name=Prak Sokhonn | family=Sokhonn | given=Prak | country=KHM | role=KHM GOV 2016-04-04..2023-08-22 Foreign Minister
joseph-wu | name=Joseph Wu | family=Wu | given=Joseph | names=Wu Jaushieh; Jaushieh Joseph Wu | country=TWN | role=TWN GOV 2018-02-26..2024-05-20 Foreign Minister | role=TWN GOV 2024-05-20.. National Security Council Secretary-General
lin-chia-lung | name=Lin Chia-lung | family=Lin | given=Chia-lung | country=TWN | role=TWN GOV 2024-05-20.. Foreign Minister
bakhtiyor-saidov | name=Bakhtiyor Saidov | family=Saidov | given=Bakhtiyor | country=UZB | role=UZB GOV 2022-07.. Foreign Minister
abdallah-bou-habib | name=Abdallah Bou Habib | family=Bou Habib | given=Abdallah | names=Abdullah Bou Habib | country=LBN | role=LBN GOV 2021-09-10..2025-02-08 Foreign Minister
tzachi-hanegbi | name=Tzachi Hanegbi | family=Hanegbi | given=Tzachi | country=ISR | role=ISR GOV 2023-01..2025-10 National Security Adviser
suleyman-soylu | name=Suleyman Soylu | family=Soylu | given=Suleyman | names=Süleyman Soylu | country=TUR | role=TUR GOV 2016-08-31..2023-06-03 Interior Minister
ali-yerlikaya | name=Ali Yerlikaya | family=Yerlikaya | given=Ali | country=TUR | role=TUR GOV 2023-06-03.. Interior Minister
ibrahim-kalin | name=Ibrahim Kalin | family=Kalin | given=Ibrahim | names=İbrahim Kalın | country=TUR | role=TUR SPY 2023-06-05.. Intelligence Chief | role=TUR GOV 2014-12..2023-06-05 Presidential Spokesman
