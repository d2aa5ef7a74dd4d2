# persons-asia.lex — heads of state and government of Asian and Middle-Eastern states (and Palestine, Taiwan)
# who held office at any time from 2015 on, with their earlier terms and other major roles.
# Format: see docs/lexicon.md (persons-*.lex). `family` is the second-mention form used in news.

# ---------------------------------------------------------------- China (CHN)
xi-jinping | name=Xi Jinping | family=Xi | given=Jinping | names=Xi Jin-ping | country=CHN | role=CHN GOV 2013-03-14.. President | role=CHN GOV 2012-11-15.. General Secretary | role=CHN MIL 2012-11-15.. Central Military Commission Chairman | role=CHN GOV 2008-03-15..2013-03-14 Vice President
hu-jintao | name=Hu Jintao | family=Hu | given=Jintao | names=Hu Jin-tao | country=CHN | role=CHN GOV 2003-03-15..2013-03-14 President | role=CHN GOV 2002-11-15..2012-11-15 General Secretary | role=CHN MIL 2004-09-19..2012-11-15 Central Military Commission Chairman | role=CHN GOV 1998-03-16..2003-03-15 Vice President
wen-jiabao | name=Wen Jiabao | family=Wen | given=Jiabao | names=Wen Jia-bao | country=CHN | role=CHN GOV 2003-03-16..2013-03-15 Premier | role=CHN GOV 1998-03..2003-03 Vice Premier
li-keqiang | name=Li Keqiang | family=Li | given=Keqiang | names=Li Ke-qiang | country=CHN | role=CHN GOV 2013-03-15..2023-03-11 Premier | role=CHN GOV 2008-03-17..2013-03-16 Vice Premier
li-qiang | name=Li Qiang | family=Li | given=Qiang | country=CHN | role=CHN GOV 2023-03-11.. Premier
li-yuanchao | name=Li Yuanchao | family=Li | given=Yuanchao | country=CHN | role=CHN GOV 2013-03-14..2018-03-17 Vice President
wang-qishan | name=Wang Qishan | family=Wang | given=Qishan | country=CHN | role=CHN GOV 2018-03-17..2023-03-10 Vice President | role=CHN GOV 2008-03..2013-03 Vice Premier
han-zheng | name=Han Zheng | family=Han | given=Zheng | country=CHN | role=CHN GOV 2023-03-10.. Vice President | role=CHN GOV 2018-03-19..2023-03-12 Vice Premier
ding-xuexiang | name=Ding Xuexiang | family=Ding | given=Xuexiang | country=CHN | role=CHN GOV 2023-03-12.. Vice Premier

# ---------------------------------------------------------------- Taiwan (TWN)
ma-ying-jeou | name=Ma Ying-jeou | family=Ma | given=Ying-jeou | names=Ma Yingjiu | country=TWN | role=TWN GOV 2008-05-20..2016-05-20 President
tsai-ing-wen | name=Tsai Ing-wen | family=Tsai | given=Ing-wen | names=Cai Yingwen | country=TWN | role=TWN GOV 2016-05-20..2024-05-20 President
lai-ching-te | name=Lai Ching-te | family=Lai | given=Ching-te | names=William Lai; Lai Qingde | country=TWN | role=TWN GOV 2024-05-20.. President | role=TWN GOV 2020-05-20..2024-05-20 Vice President | role=TWN GOV 2017-09-08..2019-01-14 Premier
wu-den-yih | name=Wu Den-yih | family=Wu | given=Den-yih | country=TWN | role=TWN GOV 2012-05-20..2016-05-20 Vice President | role=TWN GOV 2009-09-10..2012-02-06 Premier
chen-chien-jen | name=Chen Chien-jen | family=Chen | given=Chien-jen | country=TWN | role=TWN GOV 2016-05-20..2020-05-20 Vice President | role=TWN GOV 2023-01-31..2024-05-20 Premier
hsiao-bi-khim | name=Hsiao Bi-khim | family=Hsiao | given=Bi-khim | country=TWN | role=TWN GOV 2024-05-20.. Vice President
jiang-yi-huah | name=Jiang Yi-huah | family=Jiang | given=Yi-huah | country=TWN | role=TWN GOV 2013-02-18..2014-12-08 Premier
mao-chi-kuo | name=Mao Chi-kuo | family=Mao | given=Chi-kuo | country=TWN | role=TWN GOV 2014-12-08..2016-02-01 Premier
chang-san-cheng | name=Chang San-cheng | family=Chang | given=San-cheng | names=Simon Chang | country=TWN | role=TWN GOV 2016-02-01..2016-05-20 Premier
lin-chuan | name=Lin Chuan | family=Lin | given=Chuan | country=TWN | role=TWN GOV 2016-05-20..2017-09-08 Premier
su-tseng-chang | name=Su Tseng-chang | family=Su | given=Tseng-chang | country=TWN | role=TWN GOV 2006-01-25..2007-05-21 Premier | role=TWN GOV 2019-01-14..2023-01-31 Premier
cho-jung-tai | name=Cho Jung-tai | family=Cho | given=Jung-tai | country=TWN | role=TWN GOV 2024-05-20.. Premier

# ---------------------------------------------------------------- Japan (JPN)
akihito | name=Akihito | family=Akihito | country=JPN | role=JPN GOV 1989-01-07..2019-05-01 Emperor
naruhito | name=Naruhito | family=Naruhito | country=JPN | role=JPN GOV 2019-05-01.. Emperor
shinzo-abe | name=Shinzo Abe | family=Abe | given=Shinzo | names=Shinzō Abe | country=JPN | role=JPN GOV 2006-09-26..2007-09-26 Prime Minister | role=JPN GOV 2012-12-26..2020-09-16 Prime Minister | role=JPN GOV 2005-10-31..2006-09-26 Chief Cabinet Secretary
yoshihide-suga | name=Yoshihide Suga | family=Suga | given=Yoshihide | country=JPN | role=JPN GOV 2020-09-16..2021-10-04 Prime Minister | role=JPN GOV 2012-12-26..2020-09-16 Chief Cabinet Secretary
fumio-kishida | name=Fumio Kishida | family=Kishida | given=Fumio | country=JPN | role=JPN GOV 2021-10-04..2024-10-01 Prime Minister | role=JPN GOV 2012-12-26..2017-08-03 Foreign Minister
shigeru-ishiba | name=Shigeru Ishiba | family=Ishiba | given=Shigeru | country=JPN | role=JPN GOV 2024-10-01..2025-10-21 Prime Minister | role=JPN GOV 2007-09-26..2008-08-02 Defence Minister | role=JPN GOV 2002-09-30..2004-09-27 Defence Minister
sanae-takaichi | name=Sanae Takaichi | family=Takaichi | given=Sanae | country=JPN | role=JPN GOV 2025-10-21.. Prime Minister
katsunobu-kato | name=Katsunobu Kato | family=Kato | given=Katsunobu | country=JPN | role=JPN GOV 2020-09-16..2021-10-04 Chief Cabinet Secretary | role=JPN GOV 2024-10-01..2025-10-21 Finance Minister
hirokazu-matsuno | name=Hirokazu Matsuno | family=Matsuno | given=Hirokazu | country=JPN | role=JPN GOV 2021-10-04..2023-12-14 Chief Cabinet Secretary

# ---------------------------------------------------------------- South Korea (KOR)
park-geun-hye | name=Park Geun-hye | family=Park | given=Geun-hye | names=Park Geun-hye; Park Geunhye | country=KOR | role=KOR GOV 2013-02-25..2017-03-10 President
moon-jae-in | name=Moon Jae-in | family=Moon | given=Jae-in | names=Moon Jae In | country=KOR | role=KOR GOV 2017-05-10..2022-05-10 President
yoon-suk-yeol | name=Yoon Suk Yeol | family=Yoon | given=Suk Yeol | names=Yoon Suk-yeol; Yoon Seok-youl | country=KOR | role=KOR GOV 2022-05-10..2025-04-04 President | role=KOR JUD 2019-07-25..2021-03-04 Prosecutor General
lee-jae-myung | name=Lee Jae-myung | family=Lee | given=Jae-myung | names=Lee Jae Myung | country=KOR | role=KOR GOV 2025-06-04.. President | role=KOR OPP 2022-08-28..2025-04-09 Opposition Leader
hwang-kyo-ahn | name=Hwang Kyo-ahn | family=Hwang | given=Kyo-ahn | country=KOR | role=KOR GOV 2015-06-18..2017-05-11 Prime Minister | role=KOR GOV 2016-12-09..2017-05-10 Acting President | role=KOR GOV 2013-03-11..2015-06-18 Justice Minister
han-duck-soo | name=Han Duck-soo | family=Han | given=Duck-soo | names=Han Deok-su | country=KOR | role=KOR GOV 2007-04-03..2008-02-29 Prime Minister | role=KOR GOV 2022-05-21..2025-05-01 Prime Minister | role=KOR GOV 2024-12-14..2024-12-27 Acting President | role=KOR GOV 2025-03-24..2025-05-01 Acting President
choi-sang-mok | name=Choi Sang-mok | family=Choi | given=Sang-mok | country=KOR | role=KOR GOV 2024-12-27..2025-03-24 Acting President | role=KOR GOV 2025-05-01..2025-05-02 Acting President | role=KOR GOV 2023-12-29..2025-05-02 Finance Minister
lee-ju-ho | name=Lee Ju-ho | family=Lee | given=Ju-ho | country=KOR | role=KOR GOV 2025-05-02..2025-06-04 Acting President | role=KOR GOV 2022-11-10..2025-06 Education Minister
kim-min-seok | name=Kim Min-seok | family=Kim | given=Min-seok | country=KOR | role=KOR GOV 2025-07-03.. Prime Minister
chung-hong-won | name=Chung Hong-won | family=Chung | given=Hong-won | country=KOR | role=KOR GOV 2013-02-26..2015-02-17 Prime Minister
lee-wan-koo | name=Lee Wan-koo | family=Lee | given=Wan-koo | country=KOR | role=KOR GOV 2015-02-17..2015-04-27 Prime Minister
choi-kyoung-hwan | name=Choi Kyoung-hwan | family=Choi | given=Kyoung-hwan | names=Choi Kyung-hwan | country=KOR | role=KOR GOV 2015-04-27..2015-06-18 Acting Prime Minister | role=KOR GOV 2014-07-16..2016-01-13 Finance Minister
yoo-il-ho | name=Yoo Il-ho | family=Yoo | given=Il-ho | country=KOR | role=KOR GOV 2017-05-11..2017-05-31 Acting Prime Minister | role=KOR GOV 2016-01-13..2017-06-09 Finance Minister
lee-nak-yon | name=Lee Nak-yon | family=Lee | given=Nak-yon | names=Lee Nak-yeon | country=KOR | role=KOR GOV 2017-05-31..2020-01-14 Prime Minister
chung-sye-kyun | name=Chung Sye-kyun | family=Chung | given=Sye-kyun | country=KOR | role=KOR GOV 2020-01-14..2021-04-16 Prime Minister | role=KOR LEG 2016-06-09..2018-05-29 Speaker
hong-nam-ki | name=Hong Nam-ki | family=Hong | given=Nam-ki | country=KOR | role=KOR GOV 2021-04-16..2021-05-14 Acting Prime Minister | role=KOR GOV 2018-12-10..2021-12 Finance Minister
kim-boo-kyum | name=Kim Boo-kyum | family=Kim | given=Boo-kyum | country=KOR | role=KOR GOV 2021-05-14..2022-05-12 Prime Minister
choo-kyung-ho | name=Choo Kyung-ho | family=Choo | given=Kyung-ho | country=KOR | role=KOR GOV 2022-05-12..2022-05-21 Acting Prime Minister | role=KOR GOV 2022-05-10..2023-12-29 Finance Minister

# ---------------------------------------------------------------- North Korea (PRK)
kim-jong-un | name=Kim Jong Un | family=Kim | given=Jong Un | names=Kim Jong-un; Kim Jong-eun | country=PRK | role=PRK GOV 2011-12-17.. Leader | role=PRK GOV 2016-06-29.. Chairman | role=PRK GOV 2021-01-10.. General Secretary | role=PRK GOV 2012-04-11..2021-01-10 First Secretary | role=PRK MIL 2011-12-30.. Supreme Commander
kim-yong-nam | name=Kim Yong-nam | family=Kim | given=Yong-nam | names=Kim Yong Nam | country=PRK | role=PRK GOV 1998-09-05..2019-04-11 Presidium President
choe-ryong-hae | name=Choe Ryong-hae | family=Choe | given=Ryong-hae | names=Choe Ryong Hae | country=PRK | role=PRK GOV 2019-04-11.. Standing Committee Chairman | role=PRK GOV 2019-04-11.. First Vice Chairman
pak-pong-ju | name=Pak Pong-ju | family=Pak | given=Pong-ju | names=Pak Pong Ju | country=PRK | role=PRK GOV 2003-09-03..2007-04-11 Premier | role=PRK GOV 2013-04-01..2019-04-11 Premier
kim-jae-ryong | name=Kim Jae-ryong | family=Kim | given=Jae-ryong | names=Kim Jae Ryong | country=PRK | role=PRK GOV 2019-04-11..2020-08-13 Premier
kim-tok-hun | name=Kim Tok-hun | family=Kim | given=Tok-hun | names=Kim Tok Hun; Kim Deok-hun | country=PRK | role=PRK GOV 2020-08-13..2023-01 Premier
pak-thae-song | name=Pak Thae-song | family=Pak | given=Thae-song | names=Pak Thae Song | country=PRK | role=PRK GOV 2023-01.. Premier
ri-yong-ho | name=Ri Yong-ho | family=Ri | given=Yong-ho | names=Ri Yong Ho | country=PRK | role=PRK GOV 2016-05..2020-01 Foreign Minister
choe-son-hui | name=Choe Son-hui | family=Choe | given=Son-hui | names=Choe Son Hui | country=PRK | role=PRK GOV 2022-06-11.. Foreign Minister
kim-yo-jong | name=Kim Yo Jong | family=Kim | given=Yo Jong | names=Kim Yo-jong | country=PRK

# ---------------------------------------------------------------- Mongolia (MNG)
tsakhiagiin-elbegdorj | name=Tsakhiagiin Elbegdorj | family=Elbegdorj | names=Tsakhia Elbegdorj; Elbegdorj Tsakhia | country=MNG | role=MNG GOV 2009-06-18..2017-07-10 President | role=MNG GOV 1998-04-23..1998-12-09 Prime Minister | role=MNG GOV 2004-08-20..2006-01-25 Prime Minister
khaltmaagiin-battulga | name=Khaltmaagiin Battulga | family=Battulga | names=Khaltmaa Battulga; Battulga Khaltmaa | country=MNG | role=MNG GOV 2017-07-10..2021-06-25 President
ukhnaagiin-khurelsukh | name=Ukhnaagiin Khurelsukh | family=Khurelsukh | names=Ukhnaagiin Khürelsükh; Khurelsukh Ukhnaa | country=MNG | role=MNG GOV 2021-06-25.. President | role=MNG GOV 2017-10-04..2021-01-27 Prime Minister
norovyn-altankhuyag | name=Norovyn Altankhuyag | family=Altankhuyag | country=MNG | role=MNG GOV 2012-08-10..2014-11-05 Prime Minister
chimediin-saikhanbileg | name=Chimediin Saikhanbileg | family=Saikhanbileg | country=MNG | role=MNG GOV 2014-11-21..2016-07-07 Prime Minister
jargaltulgyn-erdenebat | name=Jargaltulgyn Erdenebat | family=Erdenebat | country=MNG | role=MNG GOV 2016-07-07..2017-10-04 Prime Minister
luvsannamsrain-oyun-erdene | name=Luvsannamsrain Oyun-Erdene | family=Oyun-Erdene | names=Oyun-Erdene Luvsannamsrai | country=MNG | role=MNG GOV 2021-01-27..2025-06-13 Prime Minister
gombojavyn-zandanshatar | name=Gombojavyn Zandanshatar | family=Zandanshatar | country=MNG | role=MNG GOV 2025-06-13.. Prime Minister | role=MNG LEG 2019-07..2024-07 Speaker

# ---------------------------------------------------------------- Brunei (BRN)
hassanal-bolkiah | name=Hassanal Bolkiah | family=Hassanal Bolkiah | names=Bolkiah; Sultan Haji Hassanal Bolkiah | country=BRN | role=BRN GOV 1967-10-05.. Sultan | role=BRN GOV 1984-01-01.. Prime Minister | role=BRN GOV 1986-10-20.. Defence Minister | role=BRN GOV 2015-10-22.. Foreign Minister

# ---------------------------------------------------------------- Cambodia (KHM)
norodom-sihamoni | name=Norodom Sihamoni | family=Sihamoni | country=KHM | role=KHM GOV 2004-10-14.. King
hun-sen | name=Hun Sen | family=Hun Sen | country=KHM | role=KHM GOV 1985-01-14..2023-08-22 Prime Minister | role=KHM LEG 2024-04-03.. Senate President
hun-manet | name=Hun Manet | family=Hun Manet | country=KHM | role=KHM GOV 2023-08-22.. Prime Minister | role=KHM MIL 2018-09..2023-08 Army Commander
prak-sokhonn | name=Prak Sokhonn | family=Prak Sokhonn | country=KHM | role=KHM GOV 2016-04-04.. Foreign Minister
tea-banh | name=Tea Banh | family=Tea Banh | country=KHM | role=KHM GOV 1987..2023-08-22 Defence Minister
tea-seiha | name=Tea Seiha | family=Tea Seiha | country=KHM | role=KHM GOV 2023-08-22.. Defence Minister

# ---------------------------------------------------------------- Indonesia (IDN)
joko-widodo | name=Joko Widodo | family=Widodo | given=Joko | names=Jokowi | country=IDN | role=IDN GOV 2014-10-20..2024-10-20 President
prabowo-subianto | name=Prabowo Subianto | family=Prabowo | names=Prabowo Subianto Djojohadikusumo | country=IDN | role=IDN GOV 2024-10-20.. President | role=IDN GOV 2019-10-23..2024-10-20 Defence Minister
jusuf-kalla | name=Jusuf Kalla | family=Kalla | given=Jusuf | country=IDN | role=IDN GOV 2004-10-20..2009-10-20 Vice President | role=IDN GOV 2014-10-20..2019-10-20 Vice President
maruf-amin | name=Ma'ruf Amin | family=Amin | given=Ma'ruf | names=Maruf Amin | country=IDN | role=IDN GOV 2019-10-20..2024-10-20 Vice President
gibran-rakabuming-raka | name=Gibran Rakabuming Raka | family=Gibran | names=Gibran Rakabuming | country=IDN | role=IDN GOV 2024-10-20.. Vice President
susilo-bambang-yudhoyono | name=Susilo Bambang Yudhoyono | family=Yudhoyono | names=SBY | country=IDN | role=IDN GOV 2004-10-20..2014-10-20 President

# ---------------------------------------------------------------- Laos (LAO)
choummaly-sayasone | name=Choummaly Sayasone | family=Choummaly | country=LAO | role=LAO GOV 2006-06-08..2016-04-20 President | role=LAO GOV 2006-03..2016-01 General Secretary
bounnhang-vorachith | name=Bounnhang Vorachith | family=Bounnhang | names=Bounnhang Vorachit | country=LAO | role=LAO GOV 2016-04-20..2021-03-22 President | role=LAO GOV 2016-01-22..2021-01-15 General Secretary | role=LAO GOV 2006-06-08..2016-04-20 Vice President | role=LAO GOV 2001-03-27..2006-06-08 Prime Minister
thongloun-sisoulith | name=Thongloun Sisoulith | family=Thongloun | names=Thongloun Sisoulit | country=LAO | role=LAO GOV 2021-03-22.. President | role=LAO GOV 2021-01-15.. General Secretary | role=LAO GOV 2016-04-20..2021-03-22 Prime Minister | role=LAO GOV 2006-06-08..2016-04-20 Foreign Minister
thongsing-thammavong | name=Thongsing Thammavong | family=Thongsing | country=LAO | role=LAO GOV 2010-12-23..2016-04-20 Prime Minister
phankham-viphavanh | name=Phankham Viphavanh | family=Phankham | country=LAO | role=LAO GOV 2021-03-22..2022-12-30 Prime Minister | role=LAO GOV 2016-04-20..2021-03-22 Vice President
sonexay-siphandone | name=Sonexay Siphandone | family=Sonexay | country=LAO | role=LAO GOV 2022-12-30.. Prime Minister
saleumxay-kommasith | name=Saleumxay Kommasith | family=Saleumxay | country=LAO | role=LAO GOV 2016-04-20..2024-01 Foreign Minister

# ---------------------------------------------------------------- Malaysia (MYS)
abdul-halim-of-kedah | name=Abdul Halim Mu'adzam Shah | family=Sultan Abdul Halim | names=Abdul Halim of Kedah; Tuanku Abdul Halim | country=MYS | role=MYS GOV 1970-09-21..1975-09-21 King | role=MYS GOV 2011-12-13..2016-12-13 King
muhammad-v-of-kelantan | name=Muhammad V of Kelantan | family=Sultan Muhammad V | names=Sultan Muhammad V | country=MYS | role=MYS GOV 2016-12-13..2019-01-06 King
abdullah-of-pahang | name=Al-Sultan Abdullah | family=Sultan Abdullah | names=Abdullah of Pahang; Al-Sultan Abdullah Ri'ayatuddin Al-Mustafa Billah Shah; Sultan Abdullah Sultan Ahmad Shah | country=MYS | role=MYS GOV 2019-01-31..2024-01-31 King
ibrahim-iskandar-of-johor | name=Ibrahim Iskandar | family=Sultan Ibrahim | names=Ibrahim Iskandar of Johor; Sultan Ibrahim Iskandar; Sultan Ibrahim Sultan Iskandar | country=MYS | role=MYS GOV 2024-01-31.. King
najib-razak | name=Najib Razak | family=Najib | names=Najib Tun Razak; Mohd Najib Abdul Razak | country=MYS | role=MYS GOV 2009-04-03..2018-05-10 Prime Minister | role=MYS GOV 2004-01-07..2009-04-03 Deputy Prime Minister
mahathir-mohamad | name=Mahathir Mohamad | family=Mahathir | names=Mahathir bin Mohamad | country=MYS | role=MYS GOV 1981-07-16..2003-10-31 Prime Minister | role=MYS GOV 2018-05-10..2020-03-01 Prime Minister
muhyiddin-yassin | name=Muhyiddin Yassin | family=Muhyiddin | country=MYS | role=MYS GOV 2020-03-01..2021-08-16 Prime Minister | role=MYS GOV 2009-04-09..2015-07-28 Deputy Prime Minister
ismail-sabri-yaakob | name=Ismail Sabri Yaakob | family=Ismail Sabri | country=MYS | role=MYS GOV 2021-08-21..2022-11-24 Prime Minister | role=MYS GOV 2021-07-07..2021-08-16 Deputy Prime Minister | role=MYS GOV 2020-03-10..2021-08-16 Defence Minister
anwar-ibrahim | name=Anwar Ibrahim | family=Anwar | country=MYS | role=MYS GOV 2022-11-24.. Prime Minister | role=MYS GOV 1993-12-01..1998-09-02 Deputy Prime Minister | role=MYS OPP 2008-08..2015-03 Opposition Leader | role=MYS OPP 2020-05-18..2022-11-24 Opposition Leader
ahmad-zahid-hamidi | name=Ahmad Zahid Hamidi | family=Zahid | country=MYS | role=MYS GOV 2015-07-28..2018-05-10 Deputy Prime Minister | role=MYS GOV 2022-12-03.. Deputy Prime Minister

# ---------------------------------------------------------------- Myanmar (MMR)
thein-sein | name=Thein Sein | family=Thein Sein | country=MMR | role=MMR GOV 2011-03-30..2016-03-30 President | role=MMR GOV 2007-10-24..2011-03-30 Prime Minister
htin-kyaw | name=Htin Kyaw | family=Htin Kyaw | country=MMR | role=MMR GOV 2016-03-30..2018-03-21 President
win-myint | name=Win Myint | family=Win Myint | country=MMR | role=MMR GOV 2018-03-30..2021-02-01 President | role=MMR LEG 2016-03..2018-03 Speaker
myint-swe | name=Myint Swe | family=Myint Swe | country=MMR | role=MMR GOV 2018-03-21..2018-03-30 Acting President | role=MMR GOV 2021-02-01..2024-07-22 Acting President | role=MMR GOV 2016-03-30..2024-07-22 Vice President
henry-van-thio | name=Henry Van Thio | family=Henry Van Thio | country=MMR | role=MMR GOV 2016-03-30..2021-02-01 Vice President
aung-san-suu-kyi | name=Aung San Suu Kyi | family=Suu Kyi | names=Daw Aung San Suu Kyi | country=MMR | role=MMR GOV 2016-04-06..2021-02-01 State Counsellor | role=MMR GOV 2016-03-30..2021-02-01 Foreign Minister | role=MMR OPP 1988..2016-03-30 Opposition Leader
min-aung-hlaing | name=Min Aung Hlaing | family=Min Aung Hlaing | names=Senior General Min Aung Hlaing | country=MMR | role=MMR MIL 2011-03-30.. Commander-in-Chief | role=MMR GOV 2021-02-02..2025-07-31 State Administration Council Chairman | role=MMR GOV 2021-08-01..2025-07-31 Prime Minister | role=MMR GOV 2024-07-22.. Acting President
nyo-saw | name=Nyo Saw | family=Nyo Saw | country=MMR | role=MMR GOV 2025-07-31.. Prime Minister
soe-win | name=Soe Win | family=Soe Win | country=MMR | role=MMR MIL 2011-03-30.. Deputy Commander-in-Chief | role=MMR GOV 2021-08-01..2025-07-31 Deputy Prime Minister
duwa-lashi-la | name=Duwa Lashi La | family=Duwa Lashi La | country=MMR | role=MMR OPP 2021-04-16.. Acting President
mahn-win-khaing-than | name=Mahn Win Khaing Than | family=Mahn Win Khaing Than | country=MMR | role=MMR OPP 2021-04-16.. Prime Minister

# ---------------------------------------------------------------- Philippines (PHL)
benigno-aquino | name=Benigno Aquino III | family=Aquino | given=Benigno | names=Benigno Aquino; Noynoy Aquino; PNoy | country=PHL | role=PHL GOV 2010-06-30..2016-06-30 President
rodrigo-duterte | name=Rodrigo Duterte | family=Duterte | given=Rodrigo | names=Rody Duterte; Digong | country=PHL | role=PHL GOV 2016-06-30..2022-06-30 President
ferdinand-marcos-jr | name=Ferdinand Marcos Jr. | family=Marcos | given=Ferdinand | names=Ferdinand Marcos Jr; Bongbong Marcos; Ferdinand R. Marcos Jr.; BBM | country=PHL | role=PHL GOV 2022-06-30.. President
jejomar-binay | name=Jejomar Binay | family=Binay | given=Jejomar | country=PHL | role=PHL GOV 2010-06-30..2016-06-30 Vice President
leni-robredo | name=Leni Robredo | family=Robredo | given=Leni | names=Maria Leonor Robredo | country=PHL | role=PHL GOV 2016-06-30..2022-06-30 Vice President
sara-duterte | name=Sara Duterte | family=Duterte | given=Sara | names=Sara Duterte-Carpio | country=PHL | role=PHL GOV 2022-06-30.. Vice President | role=PHL GOV 2022-06-30..2024-07-19 Education Secretary
albert-del-rosario | name=Albert del Rosario | family=del Rosario | given=Albert | country=PHL | role=PHL GOV 2011-02-24..2016-03-07 Foreign Secretary
teodoro-locsin | name=Teodoro Locsin Jr. | family=Locsin | given=Teodoro | names=Teddy Locsin | country=PHL | role=PHL GOV 2018-10-17..2022-06-30 Foreign Secretary
enrique-manalo | name=Enrique Manalo | family=Manalo | given=Enrique | country=PHL | role=PHL GOV 2022-07-01..2025-07 Foreign Secretary
delfin-lorenzana | name=Delfin Lorenzana | family=Lorenzana | given=Delfin | country=PHL | role=PHL GOV 2016-06-30..2022-06-30 Defence Secretary
gilberto-teodoro | name=Gilberto Teodoro | family=Teodoro | given=Gilberto | names=Gibo Teodoro | country=PHL | role=PHL GOV 2023-06-05.. Defence Secretary | role=PHL GOV 2007-08..2009-11 Defence Secretary

# ---------------------------------------------------------------- Singapore (SGP)
lee-hsien-loong | name=Lee Hsien Loong | family=Lee | given=Hsien Loong | country=SGP | role=SGP GOV 2004-08-12..2024-05-15 Prime Minister | role=SGP GOV 2024-05-15.. Senior Minister
lawrence-wong | name=Lawrence Wong | family=Wong | given=Lawrence | country=SGP | role=SGP GOV 2024-05-15.. Prime Minister | role=SGP GOV 2022-06-13..2024-05-15 Deputy Prime Minister | role=SGP GOV 2021-05-15.. Finance Minister
tony-tan | name=Tony Tan | family=Tan | given=Tony | names=Tony Tan Keng Yam | country=SGP | role=SGP GOV 2011-09-01..2017-09-01 President
halimah-yacob | name=Halimah Yacob | family=Halimah | country=SGP | role=SGP GOV 2017-09-14..2023-09-14 President | role=SGP LEG 2013-01-14..2017-08-07 Speaker
tharman-shanmugaratnam | name=Tharman Shanmugaratnam | family=Tharman | country=SGP | role=SGP GOV 2023-09-14.. President | role=SGP GOV 2011-05-21..2019-05-01 Deputy Prime Minister
vivian-balakrishnan | name=Vivian Balakrishnan | family=Balakrishnan | given=Vivian | country=SGP | role=SGP GOV 2015-10-01.. Foreign Minister
ng-eng-hen | name=Ng Eng Hen | family=Ng | given=Eng Hen | country=SGP | role=SGP GOV 2011-05-21..2025-05 Defence Minister

# ---------------------------------------------------------------- Thailand (THA)
bhumibol-adulyadej | name=Bhumibol Adulyadej | family=Bhumibol | names=Rama IX | country=THA | role=THA GOV 1946-06-09..2016-10-13 King
maha-vajiralongkorn | name=Maha Vajiralongkorn | family=Vajiralongkorn | names=Vajiralongkorn; Rama X | country=THA | role=THA GOV 2016-10-13.. King
prayut-chan-o-cha | name=Prayuth Chan-ocha | family=Prayuth | names=Prayut Chan-o-cha; Prayut Chan-ocha; Prayut | country=THA | role=THA GOV 2014-08-24..2023-08-22 Prime Minister | role=THA GOV 2014-05-22..2019-07-16 Junta Leader | role=THA MIL 2010-10-01..2014-10-01 Army Chief | role=THA GOV 2019-07-10..2023-08-22 Defence Minister
prawit-wongsuwan | name=Prawit Wongsuwan | family=Prawit | country=THA | role=THA GOV 2022-08-24..2022-09-30 Acting Prime Minister | role=THA GOV 2014-08-31..2023-09-01 Deputy Prime Minister | role=THA GOV 2014-08-31..2019-07-10 Defence Minister
srettha-thavisin | name=Srettha Thavisin | family=Srettha | country=THA | role=THA GOV 2023-08-22..2024-08-14 Prime Minister
phumtham-wechayachai | name=Phumtham Wechayachai | family=Phumtham | country=THA | role=THA GOV 2024-08-14..2024-08-18 Acting Prime Minister | role=THA GOV 2025-07-03..2025-09-07 Acting Prime Minister | role=THA GOV 2024-09..2025-07 Defence Minister
paetongtarn-shinawatra | name=Paetongtarn Shinawatra | family=Paetongtarn | names=Ung Ing | country=THA | role=THA GOV 2024-08-16..2025-08-29 Prime Minister
suriya-juangroongruangkit | name=Suriya Juangroongruangkit | family=Suriya | country=THA | role=THA GOV 2025-07-01..2025-07-03 Acting Prime Minister
anutin-charnvirakul | name=Anutin Charnvirakul | family=Anutin | country=THA | role=THA GOV 2025-09-07.. Prime Minister | role=THA GOV 2019-07-10..2025-06 Deputy Prime Minister
thaksin-shinawatra | name=Thaksin Shinawatra | family=Thaksin | country=THA | role=THA GOV 2001-02-09..2006-09-19 Prime Minister
yingluck-shinawatra | name=Yingluck Shinawatra | family=Yingluck | country=THA | role=THA GOV 2011-08-05..2014-05-07 Prime Minister
don-pramudwinai | name=Don Pramudwinai | family=Don | country=THA | role=THA GOV 2015-08-23..2023-09-01 Foreign Minister

# ---------------------------------------------------------------- Vietnam (VNM) — family= is the second-mention form (last given name)
nguyen-phu-trong | name=Nguyen Phu Trong | family=Trong | names=Nguyễn Phú Trọng | country=VNM | role=VNM GOV 2011-01-19..2024-07-19 General Secretary | role=VNM GOV 2018-10-23..2021-04-05 President | role=VNM LEG 2006-06-26..2011-07-23 National Assembly Chairman
to-lam | name=To Lam | family=Lam | names=Tô Lâm | country=VNM | role=VNM GOV 2024-08-03.. General Secretary | role=VNM GOV 2024-05-22..2024-10-21 President | role=VNM GOV 2016-04-09..2024-06-06 Public Security Minister
truong-tan-sang | name=Truong Tan Sang | family=Sang | names=Trương Tấn Sang | country=VNM | role=VNM GOV 2011-07-25..2016-04-02 President
tran-dai-quang | name=Tran Dai Quang | family=Quang | names=Trần Đại Quang | country=VNM | role=VNM GOV 2016-04-02..2018-09-21 President | role=VNM GOV 2011-08-03..2016-04-09 Public Security Minister
dang-thi-ngoc-thinh | name=Dang Thi Ngoc Thinh | family=Thinh | names=Đặng Thị Ngọc Thịnh | country=VNM | role=VNM GOV 2018-09-21..2018-10-23 Acting President | role=VNM GOV 2016-04-08..2021-04-06 Vice President
nguyen-xuan-phuc | name=Nguyen Xuan Phuc | family=Phuc | names=Nguyễn Xuân Phúc | country=VNM | role=VNM GOV 2021-04-05..2023-01-18 President | role=VNM GOV 2016-04-07..2021-04-05 Prime Minister
vo-thi-anh-xuan | name=Vo Thi Anh Xuan | family=Xuan | names=Võ Thị Ánh Xuân | country=VNM | role=VNM GOV 2023-01-18..2023-03-02 Acting President | role=VNM GOV 2024-03-21..2024-05-22 Acting President | role=VNM GOV 2021-04-06.. Vice President
vo-van-thuong | name=Vo Van Thuong | family=Thuong | names=Võ Văn Thưởng | country=VNM | role=VNM GOV 2023-03-02..2024-03-21 President
luong-cuong | name=Luong Cuong | family=Cuong | names=Lương Cường | country=VNM | role=VNM GOV 2024-10-21.. President
nguyen-tan-dung | name=Nguyen Tan Dung | family=Dung | names=Nguyễn Tấn Dũng | country=VNM | role=VNM GOV 2006-06-27..2016-04-07 Prime Minister
pham-minh-chinh | name=Pham Minh Chinh | family=Chinh | names=Phạm Minh Chính | country=VNM | role=VNM GOV 2021-04-05.. Prime Minister
pham-binh-minh | name=Pham Binh Minh | family=Minh | names=Phạm Bình Minh | country=VNM | role=VNM GOV 2011-08-03..2021-04-08 Foreign Minister | role=VNM GOV 2013-11..2023-01 Deputy Prime Minister
bui-thanh-son | name=Bui Thanh Son | family=Son | names=Bùi Thanh Sơn | country=VNM | role=VNM GOV 2021-04-08.. Foreign Minister

# ---------------------------------------------------------------- Timor-Leste (TLS)
taur-matan-ruak | name=Taur Matan Ruak | family=Ruak | names=José Maria Vasconcelos; Jose Maria Vasconcelos | country=TLS | role=TLS GOV 2012-05-20..2017-05-20 President | role=TLS GOV 2018-06-22..2023-07-01 Prime Minister | role=TLS MIL 2002..2011 Armed Forces Chief
francisco-guterres | name=Francisco Guterres | family=Guterres | given=Francisco | names=Lu-Olo; Lu Olo | country=TLS | role=TLS GOV 2017-05-20..2022-05-20 President
jose-ramos-horta | name=Jose Ramos-Horta | family=Ramos-Horta | given=Jose | names=José Ramos-Horta | country=TLS | role=TLS GOV 2007-05-20..2012-05-20 President | role=TLS GOV 2022-05-20.. President | role=TLS GOV 2006-07-10..2007-05-19 Prime Minister | role=TLS GOV 2002-05-20..2006-06-03 Foreign Minister
xanana-gusmao | name=Xanana Gusmao | family=Gusmao | given=Xanana | names=Xanana Gusmão; Kay Rala Xanana Gusmão | country=TLS | role=TLS GOV 2002-05-20..2007-05-20 President | role=TLS GOV 2007-08-08..2015-02-16 Prime Minister | role=TLS GOV 2023-07-01.. Prime Minister
rui-maria-de-araujo | name=Rui Maria de Araujo | family=Araujo | given=Rui Maria | names=Rui Maria de Araújo | country=TLS | role=TLS GOV 2015-02-16..2017-09-15 Prime Minister
mari-alkatiri | name=Mari Alkatiri | family=Alkatiri | given=Mari | country=TLS | role=TLS GOV 2002-05-20..2006-06-26 Prime Minister | role=TLS GOV 2017-09-15..2018-06-22 Prime Minister

# ---------------------------------------------------------------- India (IND)
narendra-modi | name=Narendra Modi | family=Modi | given=Narendra | names=Narendra Damodardas Modi | country=IND | role=IND GOV 2014-05-26.. Prime Minister
manmohan-singh | name=Manmohan Singh | family=Singh | given=Manmohan | country=IND | role=IND GOV 2004-05-22..2014-05-26 Prime Minister
pranab-mukherjee | name=Pranab Mukherjee | family=Mukherjee | given=Pranab | country=IND | role=IND GOV 2012-07-25..2017-07-25 President | role=IND GOV 2009-01-24..2012-06-26 Finance Minister | role=IND GOV 2006-10-24..2009-05-22 External Affairs Minister | role=IND GOV 2004-05-22..2006-10-24 Defence Minister
ram-nath-kovind | name=Ram Nath Kovind | family=Kovind | given=Ram Nath | country=IND | role=IND GOV 2017-07-25..2022-07-25 President
droupadi-murmu | name=Droupadi Murmu | family=Murmu | given=Droupadi | country=IND | role=IND GOV 2022-07-25.. President
hamid-ansari | name=Hamid Ansari | family=Ansari | given=Hamid | names=Mohammad Hamid Ansari | country=IND | role=IND GOV 2007-08-11..2017-08-11 Vice President
venkaiah-naidu | name=Venkaiah Naidu | family=Naidu | given=Venkaiah | names=M. Venkaiah Naidu | country=IND | role=IND GOV 2017-08-11..2022-08-11 Vice President
jagdeep-dhankhar | name=Jagdeep Dhankhar | family=Dhankhar | given=Jagdeep | country=IND | role=IND GOV 2022-08-11..2025-07-21 Vice President
cp-radhakrishnan | name=C. P. Radhakrishnan | family=Radhakrishnan | names=C.P. Radhakrishnan; Chandrapuram Ponnusamy Radhakrishnan | country=IND | role=IND GOV 2025-09-12.. Vice President
amit-shah | name=Amit Shah | family=Shah | given=Amit | country=IND | role=IND GOV 2019-05-30.. Home Minister
ajit-doval | name=Ajit Doval | family=Doval | given=Ajit | country=IND | role=IND GOV 2014-05-30.. National Security Adviser
dalbir-singh-suhag | name=Dalbir Singh Suhag | family=Suhag | given=Dalbir Singh | country=IND | role=IND MIL 2014-07-31..2016-12-31 Army Chief
bipin-rawat | name=Bipin Rawat | family=Rawat | given=Bipin | country=IND | role=IND MIL 2016-12-31..2019-12-31 Army Chief | role=IND MIL 2020-01-01..2021-12-08 Chief of Defence Staff
manoj-mukund-naravane | name=Manoj Mukund Naravane | family=Naravane | given=Manoj Mukund | names=M. M. Naravane; MM Naravane | country=IND | role=IND MIL 2019-12-31..2022-04-30 Army Chief
manoj-pande | name=Manoj Pande | family=Pande | given=Manoj | country=IND | role=IND MIL 2022-04-30..2024-06-30 Army Chief
upendra-dwivedi | name=Upendra Dwivedi | family=Dwivedi | given=Upendra | country=IND | role=IND MIL 2024-06-30.. Army Chief
anil-chauhan | name=Anil Chauhan | family=Chauhan | given=Anil | country=IND | role=IND MIL 2022-09-30.. Chief of Defence Staff
rahul-gandhi | name=Rahul Gandhi | family=Gandhi | given=Rahul | country=IND | role=IND OPP 2024-06-09.. Opposition Leader

# ---------------------------------------------------------------- Pakistan (PAK)
nawaz-sharif | name=Nawaz Sharif | family=Sharif | given=Nawaz | names=Mian Muhammad Nawaz Sharif; Muhammad Nawaz Sharif | country=PAK | role=PAK GOV 1990-11-06..1993-04-18 Prime Minister | role=PAK GOV 1993-05-26..1993-07-18 Prime Minister | role=PAK GOV 1997-02-17..1999-10-12 Prime Minister | role=PAK GOV 2013-06-05..2017-07-28 Prime Minister
shahid-khaqan-abbasi | name=Shahid Khaqan Abbasi | family=Abbasi | given=Shahid Khaqan | country=PAK | role=PAK GOV 2017-08-01..2018-05-31 Prime Minister
nasirul-mulk | name=Nasirul Mulk | family=Mulk | given=Nasirul | names=Nasir-ul-Mulk | country=PAK | role=PAK GOV 2018-06-01..2018-08-18 Caretaker Prime Minister | role=PAK JUD 2014-07-06..2015-08-17 Chief Justice
imran-khan | name=Imran Khan | family=Khan | given=Imran | country=PAK | role=PAK GOV 2018-08-18..2022-04-10 Prime Minister
shehbaz-sharif | name=Shehbaz Sharif | family=Sharif | given=Shehbaz | names=Shahbaz Sharif; Mian Muhammad Shehbaz Sharif | country=PAK | role=PAK GOV 2022-04-11..2023-08-14 Prime Minister | role=PAK GOV 2024-03-04.. Prime Minister | role=PAK OPP 2018-08-20..2022-04-10 Opposition Leader
anwaar-ul-haq-kakar | name=Anwaar-ul-Haq Kakar | family=Kakar | given=Anwaar-ul-Haq | names=Anwarul Haq Kakar | country=PAK | role=PAK GOV 2023-08-14..2024-03-04 Caretaker Prime Minister
mamnoon-hussain | name=Mamnoon Hussain | family=Hussain | given=Mamnoon | country=PAK | role=PAK GOV 2013-09-09..2018-09-09 President
arif-alvi | name=Arif Alvi | family=Alvi | given=Arif | country=PAK | role=PAK GOV 2018-09-09..2024-03-10 President
asif-ali-zardari | name=Asif Ali Zardari | family=Zardari | given=Asif Ali | country=PAK | role=PAK GOV 2008-09-09..2013-09-09 President | role=PAK GOV 2024-03-10.. President
raheel-sharif | name=Raheel Sharif | family=Sharif | given=Raheel | country=PAK | role=PAK MIL 2013-11-29..2016-11-29 Army Chief
qamar-javed-bajwa | name=Qamar Javed Bajwa | family=Bajwa | given=Qamar Javed | country=PAK | role=PAK MIL 2016-11-29..2022-11-29 Army Chief
asim-munir | name=Asim Munir | family=Munir | given=Asim | names=Syed Asim Munir | country=PAK | role=PAK MIL 2022-11-29.. Army Chief | role=PAK MIL 2025-05-20.. Field Marshal | role=PAK SPY 2018-10-25..2019-06-16 ISI Chief
faiz-hameed | name=Faiz Hameed | family=Hameed | given=Faiz | country=PAK | role=PAK SPY 2019-06-16..2021-11-20 ISI Chief
nadeem-anjum | name=Nadeem Anjum | family=Anjum | given=Nadeem | country=PAK | role=PAK SPY 2021-11-20..2024-09-30 ISI Chief
asim-malik | name=Asim Malik | family=Malik | given=Asim | names=Muhammad Asim Malik | country=PAK | role=PAK SPY 2024-09-30.. ISI Chief
shah-mahmood-qureshi | name=Shah Mahmood Qureshi | family=Qureshi | given=Shah Mahmood | country=PAK | role=PAK GOV 2008-03-31..2011-02-11 Foreign Minister | role=PAK GOV 2018-08-20..2022-04-10 Foreign Minister
khawaja-asif | name=Khawaja Asif | family=Asif | given=Khawaja | names=Khawaja Muhammad Asif | country=PAK | role=PAK GOV 2013-06-07..2017-07-28 Defence Minister | role=PAK GOV 2017-08-04..2018-04-26 Foreign Minister | role=PAK GOV 2022-04-19..2023-08-10 Defence Minister | role=PAK GOV 2024-03-11.. Defence Minister
bilawal-bhutto-zardari | name=Bilawal Bhutto Zardari | family=Bhutto Zardari | given=Bilawal | names=Bilawal Bhutto | country=PAK | role=PAK GOV 2022-04-27..2023-08-10 Foreign Minister
ishaq-dar | name=Ishaq Dar | family=Dar | given=Ishaq | country=PAK | role=PAK GOV 2024-03-11.. Foreign Minister | role=PAK GOV 2024-04-28.. Deputy Prime Minister | role=PAK GOV 2013-06-07..2017-11 Finance Minister | role=PAK GOV 2022-09-28..2023-08-10 Finance Minister
sartaj-aziz | name=Sartaj Aziz | family=Aziz | given=Sartaj | country=PAK | role=PAK GOV 2013-06..2017-07 Foreign Affairs Adviser

# ---------------------------------------------------------------- Bangladesh (BGD)
sheikh-hasina | name=Sheikh Hasina | family=Hasina | names=Sheikh Hasina Wajed; Hasina Wajed | country=BGD | role=BGD GOV 1996-06-23..2001-07-15 Prime Minister | role=BGD GOV 2009-01-06..2024-08-05 Prime Minister
muhammad-yunus | name=Muhammad Yunus | family=Yunus | given=Muhammad | country=BGD | role=BGD GOV 2024-08-08.. Chief Adviser
abdul-hamid | name=Abdul Hamid | family=Hamid | given=Abdul | names=Mohammad Abdul Hamid; Md Abdul Hamid | country=BGD | role=BGD GOV 2013-03-14..2023-04-24 President | role=BGD LEG 2009-01-25..2013-04-24 Speaker
mohammed-shahabuddin | name=Mohammed Shahabuddin | family=Shahabuddin | given=Mohammed | names=Mohammed Shahabuddin Chuppu; Md Shahabuddin | country=BGD | role=BGD GOV 2023-04-24.. President
khaleda-zia | name=Khaleda Zia | family=Zia | given=Khaleda | country=BGD | role=BGD GOV 1991-03-20..1996-03-30 Prime Minister | role=BGD GOV 2001-10-10..2006-10-29 Prime Minister | role=BGD OPP 1984.. BNP Chairperson
tarique-rahman | name=Tarique Rahman | family=Rahman | given=Tarique | country=BGD | role=BGD OPP 2018-02-08.. BNP Acting Chairman
waker-uz-zaman | name=Waker-uz-Zaman | family=Waker-uz-Zaman | names=Waker-Uz-Zaman; Waqar-uz-Zaman | country=BGD | role=BGD MIL 2024-06-23.. Army Chief
abul-kalam-abdul-momen | name=AK Abdul Momen | family=Momen | names=A. K. Abdul Momen; Abul Kalam Abdul Momen | country=BGD | role=BGD GOV 2019-01-07..2024-01-11 Foreign Minister

# ---------------------------------------------------------------- Sri Lanka (LKA)
mahinda-rajapaksa | name=Mahinda Rajapaksa | family=Rajapaksa | given=Mahinda | country=LKA | role=LKA GOV 2005-11-19..2015-01-09 President | role=LKA GOV 2004-04-06..2005-11-19 Prime Minister | role=LKA GOV 2018-10-26..2018-12-15 Prime Minister | role=LKA GOV 2019-11-21..2022-05-09 Prime Minister
maithripala-sirisena | name=Maithripala Sirisena | family=Sirisena | given=Maithripala | country=LKA | role=LKA GOV 2015-01-09..2019-11-18 President
gotabaya-rajapaksa | name=Gotabaya Rajapaksa | family=Rajapaksa | given=Gotabaya | country=LKA | role=LKA GOV 2019-11-18..2022-07-14 President | role=LKA GOV 2005-11-25..2015-01-09 Defence Secretary
ranil-wickremesinghe | name=Ranil Wickremesinghe | family=Wickremesinghe | given=Ranil | names=Ranil Wickramasinghe | country=LKA | role=LKA GOV 1993-05-07..1994-08-19 Prime Minister | role=LKA GOV 2001-12-09..2004-04-06 Prime Minister | role=LKA GOV 2015-01-09..2018-10-26 Prime Minister | role=LKA GOV 2018-12-16..2019-11-21 Prime Minister | role=LKA GOV 2022-05-12..2022-07-21 Prime Minister | role=LKA GOV 2022-07-15..2022-07-21 Acting President | role=LKA GOV 2022-07-21..2024-09-23 President
anura-kumara-dissanayake | name=Anura Kumara Dissanayake | family=Dissanayake | given=Anura Kumara | names=AKD; Anura Kumara Dissanayaka | country=LKA | role=LKA GOV 2024-09-23.. President
dm-jayaratne | name=D. M. Jayaratne | family=Jayaratne | names=D.M. Jayaratne; Disanayaka Mudiyanselage Jayaratne | country=LKA | role=LKA GOV 2010-04-21..2015-01-09 Prime Minister
dinesh-gunawardena | name=Dinesh Gunawardena | family=Gunawardena | given=Dinesh | country=LKA | role=LKA GOV 2022-07-22..2024-09-24 Prime Minister
harini-amarasuriya | name=Harini Amarasuriya | family=Amarasuriya | given=Harini | country=LKA | role=LKA GOV 2024-09-24.. Prime Minister
sajith-premadasa | name=Sajith Premadasa | family=Premadasa | given=Sajith | country=LKA | role=LKA OPP 2020-01-03.. Opposition Leader

# ---------------------------------------------------------------- Nepal (NPL)
ram-baran-yadav | name=Ram Baran Yadav | family=Yadav | given=Ram Baran | country=NPL | role=NPL GOV 2008-07-23..2015-10-29 President
bidya-devi-bhandari | name=Bidya Devi Bhandari | family=Bhandari | given=Bidya Devi | country=NPL | role=NPL GOV 2015-10-29..2023-03-13 President
ram-chandra-poudel | name=Ram Chandra Poudel | family=Poudel | given=Ram Chandra | names=Ram Chandra Paudel | country=NPL | role=NPL GOV 2023-03-13.. President
sushil-koirala | name=Sushil Koirala | family=Koirala | given=Sushil | country=NPL | role=NPL GOV 2014-02-11..2015-10-12 Prime Minister
kp-sharma-oli | name=K. P. Sharma Oli | family=Oli | names=KP Sharma Oli; K.P. Sharma Oli; Khadga Prasad Sharma Oli | country=NPL | role=NPL GOV 2015-10-12..2016-08-04 Prime Minister | role=NPL GOV 2018-02-15..2021-07-13 Prime Minister | role=NPL GOV 2024-07-15..2025-09-09 Prime Minister
pushpa-kamal-dahal | name=Pushpa Kamal Dahal | family=Dahal | given=Pushpa Kamal | names=Prachanda | country=NPL | role=NPL GOV 2008-08-18..2009-05-25 Prime Minister | role=NPL GOV 2016-08-04..2017-06-07 Prime Minister | role=NPL GOV 2022-12-26..2024-07-15 Prime Minister
sher-bahadur-deuba | name=Sher Bahadur Deuba | family=Deuba | given=Sher Bahadur | country=NPL | role=NPL GOV 1995-09-12..1997-03-12 Prime Minister | role=NPL GOV 2001-07-26..2002-10-04 Prime Minister | role=NPL GOV 2004-06-04..2005-02-01 Prime Minister | role=NPL GOV 2017-06-07..2018-02-15 Prime Minister | role=NPL GOV 2021-07-13..2022-12-26 Prime Minister
sushila-karki | name=Sushila Karki | family=Karki | given=Sushila | country=NPL | role=NPL GOV 2025-09-12.. Prime Minister | role=NPL JUD 2016-07-11..2017-06-07 Chief Justice

# ---------------------------------------------------------------- Bhutan (BTN)
jigme-khesar-namgyel-wangchuck | name=Jigme Khesar Namgyel Wangchuck | family=Wangchuck | given=Jigme Khesar Namgyel | names=King Jigme Khesar | country=BTN | role=BTN GOV 2006-12-09.. King
tshering-tobgay | name=Tshering Tobgay | family=Tobgay | given=Tshering | country=BTN | role=BTN GOV 2013-07-27..2018-08-09 Prime Minister | role=BTN GOV 2024-01-28.. Prime Minister
lotay-tshering | name=Lotay Tshering | family=Tshering | given=Lotay | country=BTN | role=BTN GOV 2018-11-07..2023-08-09 Prime Minister
tshering-wangchuk | name=Tshering Wangchuk | family=Wangchuk | given=Tshering | country=BTN | role=BTN GOV 2018-08-09..2018-11-07 Chief Adviser
chogyal-dago-rigdzin | name=Chogyal Dago Rigdzin | family=Rigdzin | given=Chogyal Dago | country=BTN | role=BTN GOV 2023-08-09..2024-01-28 Chief Adviser

# ---------------------------------------------------------------- Maldives (MDV)
abdulla-yameen | name=Abdulla Yameen | family=Yameen | given=Abdulla | names=Abdulla Yameen Abdul Gayoom | country=MDV | role=MDV GOV 2013-11-17..2018-11-17 President
ibrahim-mohamed-solih | name=Ibrahim Mohamed Solih | family=Solih | given=Ibrahim Mohamed | names=Ibu Solih | country=MDV | role=MDV GOV 2018-11-17..2023-11-17 President
mohamed-muizzu | name=Mohamed Muizzu | family=Muizzu | given=Mohamed | country=MDV | role=MDV GOV 2023-11-17.. President
mohamed-nasheed | name=Mohamed Nasheed | family=Nasheed | given=Mohamed | country=MDV | role=MDV GOV 2008-11-11..2012-02-07 President | role=MDV LEG 2019-05-28..2023-05-11 Speaker

# ---------------------------------------------------------------- Afghanistan (AFG)
hamid-karzai | name=Hamid Karzai | family=Karzai | given=Hamid | country=AFG | role=AFG GOV 2001-12-22..2014-09-29 President
ashraf-ghani | name=Ashraf Ghani | family=Ghani | given=Ashraf | names=Mohammad Ashraf Ghani; Ashraf Ghani Ahmadzai | country=AFG | role=AFG GOV 2014-09-29..2021-08-15 President
abdullah-abdullah | name=Abdullah Abdullah | family=Abdullah | given=Abdullah | country=AFG | role=AFG GOV 2014-09-29..2020-05-17 Chief Executive | role=AFG GOV 2020-05-17..2021-08-15 High Council for National Reconciliation Chairman | role=AFG GOV 2001-12-22..2006-03 Foreign Minister
abdul-rashid-dostum | name=Abdul Rashid Dostum | family=Dostum | given=Abdul Rashid | country=AFG | role=AFG GOV 2014-09-29..2020-02-19 Vice President | role=AFG MIL 2020-07..2021-08 Marshal
amrullah-saleh | name=Amrullah Saleh | family=Saleh | given=Amrullah | country=AFG | role=AFG GOV 2020-02-19..2021-08-15 Vice President | role=AFG SPY 2004..2010-06 Intelligence Chief | role=AFG OPP 2021-08-17.. Resistance Leader
mohammad-hanif-atmar | name=Mohammad Hanif Atmar | family=Atmar | given=Mohammad Hanif | names=Hanif Atmar | country=AFG | role=AFG GOV 2020-04..2021-08-15 Foreign Minister | role=AFG GOV 2014-09..2018-08 National Security Adviser
salahuddin-rabbani | name=Salahuddin Rabbani | family=Rabbani | given=Salahuddin | country=AFG | role=AFG GOV 2015-01..2019-12 Foreign Minister
akhtar-mansour | name=Akhtar Mohammad Mansour | family=Mansour | names=Mullah Akhtar Mansour; Akhtar Mansoor | country=AFG | role=AFG REB 2015-07-29..2016-05-21 Taliban Leader
hibatullah-akhundzada | name=Hibatullah Akhundzada | family=Akhundzada | given=Hibatullah | names=Haibatullah Akhundzada; Mullah Hibatullah; Mawlawi Hibatullah Akhundzada | country=AFG | role=AFG GOV 2021-08-15.. Supreme Leader | role=AFG REB 2016-05-25..2021-08-15 Taliban Leader
mohammad-hassan-akhund | name=Mohammad Hassan Akhund | family=Akhund | given=Mohammad Hassan | names=Mullah Mohammad Hassan Akhund; Hasan Akhund | country=AFG | role=AFG GOV 2021-09-07.. Prime Minister
abdul-ghani-baradar | name=Abdul Ghani Baradar | family=Baradar | given=Abdul Ghani | names=Mullah Baradar; Mullah Abdul Ghani Baradar | country=AFG | role=AFG GOV 2021-09-07.. Deputy Prime Minister | role=AFG REB 2019-01..2021-08-15 Taliban Political Chief
amir-khan-muttaqi | name=Amir Khan Muttaqi | family=Muttaqi | given=Amir Khan | country=AFG | role=AFG GOV 2021-09-07.. Foreign Minister
sirajuddin-haqqani | name=Sirajuddin Haqqani | family=Haqqani | given=Sirajuddin | country=AFG | role=AFG GOV 2021-09-07.. Interior Minister | role=AFG REB 2015-07..2021-08-15 Taliban Deputy Leader
mohammad-yaqoob | name=Mohammad Yaqoob | family=Yaqoob | given=Mohammad | names=Mullah Yaqoob; Mohammad Yaqoob Mujahid | country=AFG | role=AFG GOV 2021-09-07.. Defence Minister
zabihullah-mujahid | name=Zabihullah Mujahid | family=Mujahid | given=Zabihullah | country=AFG | role=AFG GOV 2021-09.. Government Spokesman | role=AFG REB 2007..2021-08-15 Taliban Spokesman

# ---------------------------------------------------------------- Kazakhstan (KAZ)
nursultan-nazarbayev | name=Nursultan Nazarbayev | family=Nazarbayev | given=Nursultan | names=Nursultan Nazarbaev | country=KAZ | role=KAZ GOV 1990-04-24..2019-03-20 President | role=KAZ GOV 2019-03-20..2022-01-05 Security Council Chairman
kassym-jomart-tokayev | name=Kassym-Jomart Tokayev | family=Tokayev | given=Kassym-Jomart | names=Kassym-Zhomart Tokayev; Qasym-Jomart Toqaev; Kasym-Jomart Tokayev | country=KAZ | role=KAZ GOV 2019-03-20.. President | role=KAZ GOV 1999-10-01..2002-01-28 Prime Minister | role=KAZ GOV 1994-10..1999-10 Foreign Minister | role=KAZ GOV 2002-01-28..2007-01-11 Foreign Minister | role=KAZ LEG 2007-01-11..2011-04-15 Senate Chairman | role=KAZ LEG 2013-10-16..2019-03-20 Senate Chairman
karim-massimov | name=Karim Massimov | family=Massimov | given=Karim | names=Karim Masimov | country=KAZ | role=KAZ GOV 2007-01-10..2012-09-24 Prime Minister | role=KAZ GOV 2014-04-02..2016-09-08 Prime Minister | role=KAZ SPY 2016-09-08..2022-01-06 National Security Committee Chairman
serik-akhmetov | name=Serik Akhmetov | family=Akhmetov | given=Serik | country=KAZ | role=KAZ GOV 2012-09-24..2014-04-02 Prime Minister
bakhytzhan-sagintayev | name=Bakhytzhan Sagintayev | family=Sagintayev | given=Bakhytzhan | names=Bakytzhan Sagintayev | country=KAZ | role=KAZ GOV 2016-09-08..2019-02-21 Prime Minister
askar-mamin | name=Askar Mamin | family=Mamin | given=Askar | country=KAZ | role=KAZ GOV 2019-02-25..2022-01-05 Prime Minister
alikhan-smailov | name=Alikhan Smailov | family=Smailov | given=Alikhan | country=KAZ | role=KAZ GOV 2022-01-05..2024-02-05 Prime Minister
olzhas-bektenov | name=Olzhas Bektenov | family=Bektenov | given=Olzhas | country=KAZ | role=KAZ GOV 2024-02-06.. Prime Minister

# ---------------------------------------------------------------- Kyrgyzstan (KGZ)
almazbek-atambayev | name=Almazbek Atambayev | family=Atambayev | given=Almazbek | names=Almazbek Atambaev | country=KGZ | role=KGZ GOV 2011-12-01..2017-11-24 President | role=KGZ GOV 2010-12-17..2011-12-01 Prime Minister
sooronbay-jeenbekov | name=Sooronbay Jeenbekov | family=Jeenbekov | given=Sooronbay | names=Sooronbai Jeenbekov; Sooronbay Zheenbekov | country=KGZ | role=KGZ GOV 2017-11-24..2020-10-15 President | role=KGZ GOV 2016-04-13..2017-08-22 Prime Minister
sadyr-japarov | name=Sadyr Japarov | family=Japarov | given=Sadyr | names=Sadyr Zhaparov | country=KGZ | role=KGZ GOV 2020-10-16..2020-11-14 Acting President | role=KGZ GOV 2021-01-28.. President | role=KGZ GOV 2020-10-10..2020-11-14 Prime Minister
talant-mamytov | name=Talant Mamytov | family=Mamytov | given=Talant | country=KGZ | role=KGZ GOV 2020-11-14..2021-01-28 Acting President | role=KGZ LEG 2020-11-04..2021-05 Speaker
djoomart-otorbaev | name=Djoomart Otorbaev | family=Otorbaev | given=Djoomart | names=Joomart Otorbayev | country=KGZ | role=KGZ GOV 2014-04-03..2015-04-24 Prime Minister
temir-sariyev | name=Temir Sariyev | family=Sariyev | given=Temir | names=Temir Sariev | country=KGZ | role=KGZ GOV 2015-05-01..2016-04-13 Prime Minister
sapar-isakov | name=Sapar Isakov | family=Isakov | given=Sapar | country=KGZ | role=KGZ GOV 2017-08-26..2018-04-20 Prime Minister
mukhammedkalyi-abylgaziev | name=Mukhammedkalyi Abylgaziev | family=Abylgaziev | given=Mukhammedkalyi | country=KGZ | role=KGZ GOV 2018-04-20..2020-06-15 Prime Minister
kubatbek-boronov | name=Kubatbek Boronov | family=Boronov | given=Kubatbek | country=KGZ | role=KGZ GOV 2020-06-17..2020-10-06 Prime Minister
artem-novikov | name=Artem Novikov | family=Novikov | given=Artem | country=KGZ | role=KGZ GOV 2020-11-14..2021-02-03 Acting Prime Minister
ulukbek-maripov | name=Ulukbek Maripov | family=Maripov | given=Ulukbek | country=KGZ | role=KGZ GOV 2021-02-03..2021-10-12 Prime Minister
akylbek-japarov | name=Akylbek Japarov | family=Japarov | given=Akylbek | names=Akylbek Zhaparov | country=KGZ | role=KGZ GOV 2021-10-12..2024-12-16 Prime Minister
adylbek-kasymaliev | name=Adylbek Kasymaliev | family=Kasymaliev | given=Adylbek | country=KGZ | role=KGZ GOV 2024-12-16.. Prime Minister
kamchybek-tashiev | name=Kamchybek Tashiev | family=Tashiev | given=Kamchybek | country=KGZ | role=KGZ SPY 2020-10-14.. National Security Committee Chairman

# ---------------------------------------------------------------- Tajikistan (TJK)
emomali-rahmon | name=Emomali Rahmon | family=Rahmon | given=Emomali | names=Emomali Rakhmon; Emomali Rahmonov | country=TJK | role=TJK GOV 1994-11-16.. President | role=TJK GOV 1992-11-19..1994-11-16 Supreme Council Chairman
oqil-oqilov | name=Oqil Oqilov | family=Oqilov | given=Oqil | names=Akil Akilov | country=TJK | role=TJK GOV 1999-12-20..2013-11-23 Prime Minister
kokhir-rasulzoda | name=Kokhir Rasulzoda | family=Rasulzoda | given=Kokhir | names=Qohir Rasulzoda | country=TJK | role=TJK GOV 2013-11-23.. Prime Minister
rustam-emomali | name=Rustam Emomali | family=Emomali | given=Rustam | country=TJK | role=TJK LEG 2020-04-17.. Senate Chairman

# ---------------------------------------------------------------- Turkmenistan (TKM)
gurbanguly-berdimuhamedow | name=Gurbanguly Berdimuhamedow | family=Berdimuhamedow | given=Gurbanguly | names=Gurbanguly Berdimukhamedov; Gurbanguly Berdymukhammedov | country=TKM | role=TKM GOV 2006-12-21..2007-02-14 Acting President | role=TKM GOV 2007-02-14..2022-03-19 President | role=TKM GOV 2021-04-14.. Halk Maslahaty Chairman | role=TKM GOV 2023-01-21.. National Leader
serdar-berdimuhamedow | name=Serdar Berdimuhamedow | family=Berdimuhamedow | given=Serdar | names=Serdar Berdimukhamedov; Serdar Berdymukhammedov | country=TKM | role=TKM GOV 2022-03-19.. President | role=TKM GOV 2021-02..2022-03-19 Deputy Prime Minister
rashid-meredov | name=Rashid Meredov | family=Meredov | given=Rashid | country=TKM | role=TKM GOV 2001-07.. Foreign Minister

# ---------------------------------------------------------------- Uzbekistan (UZB)
islam-karimov | name=Islam Karimov | family=Karimov | given=Islam | country=UZB | role=UZB GOV 1990-03-24..2016-09-02 President
nigmatilla-yuldashev | name=Nigmatilla Yuldashev | family=Yuldashev | given=Nigmatilla | country=UZB | role=UZB GOV 2016-09-02..2016-09-08 Acting President | role=UZB LEG 2015-01..2019-06 Senate Chairman
shavkat-mirziyoyev | name=Shavkat Mirziyoyev | family=Mirziyoyev | given=Shavkat | names=Shavkat Mirziyaev | country=UZB | role=UZB GOV 2016-09-08..2016-12-14 Acting President | role=UZB GOV 2016-12-14.. President | role=UZB GOV 2003-12-12..2016-12-14 Prime Minister
abdulla-aripov | name=Abdulla Aripov | family=Aripov | given=Abdulla | country=UZB | role=UZB GOV 2016-12-14.. Prime Minister
abdulaziz-kamilov | name=Abdulaziz Kamilov | family=Kamilov | given=Abdulaziz | country=UZB | role=UZB GOV 2012-01..2022-07 Foreign Minister

# ---------------------------------------------------------------- Iran (IRN)
ali-khamenei | name=Ali Khamenei | family=Khamenei | given=Ali | names=Ayatollah Ali Khamenei; Sayyid Ali Khamenei; Ayatollah Khamenei | country=IRN | role=IRN GOV 1989-06-04.. Supreme Leader | role=IRN GOV 1981-10-13..1989-08-03 President
mahmoud-ahmadinejad | name=Mahmoud Ahmadinejad | family=Ahmadinejad | given=Mahmoud | country=IRN | role=IRN GOV 2005-08-03..2013-08-03 President
hassan-rouhani | name=Hassan Rouhani | family=Rouhani | given=Hassan | names=Hassan Rohani | country=IRN | role=IRN GOV 2013-08-03..2021-08-03 President | role=IRN GOV 1989..2005 Supreme National Security Council Secretary
ebrahim-raisi | name=Ebrahim Raisi | family=Raisi | given=Ebrahim | names=Ebrahim Raeisi; Ibrahim Raisi | country=IRN | role=IRN GOV 2021-08-03..2024-05-19 President | role=IRN JUD 2019-03-07..2021-07-01 Chief Justice
mohammad-mokhber | name=Mohammad Mokhber | family=Mokhber | given=Mohammad | country=IRN | role=IRN GOV 2024-05-20..2024-07-28 Acting President | role=IRN GOV 2021-08-08..2024-07-28 First Vice President
masoud-pezeshkian | name=Masoud Pezeshkian | family=Pezeshkian | given=Masoud | names=Massoud Pezeshkian | country=IRN | role=IRN GOV 2024-07-28.. President | role=IRN GOV 2001..2005 Health Minister
eshaq-jahangiri | name=Eshaq Jahangiri | family=Jahangiri | given=Eshaq | country=IRN | role=IRN GOV 2013-08-05..2021-08-03 First Vice President
mohammad-reza-aref | name=Mohammad Reza Aref | family=Aref | given=Mohammad Reza | country=IRN | role=IRN GOV 2024-07-29.. First Vice President | role=IRN GOV 2001..2005 First Vice President
mohammad-javad-zarif | name=Mohammad Javad Zarif | family=Zarif | given=Mohammad Javad | names=Javad Zarif | country=IRN | role=IRN GOV 2013-08-15..2021-08-25 Foreign Minister | role=IRN GOV 2024-08-01..2025-03 Vice President for Strategic Affairs
hossein-amir-abdollahian | name=Hossein Amir-Abdollahian | family=Amir-Abdollahian | given=Hossein | names=Hossein Amirabdollahian | country=IRN | role=IRN GOV 2021-08-25..2024-05-19 Foreign Minister
ali-bagheri-kani | name=Ali Bagheri Kani | family=Bagheri Kani | given=Ali | names=Ali Bagheri | country=IRN | role=IRN GOV 2024-05-20..2024-08-21 Acting Foreign Minister
abbas-araghchi | name=Abbas Araghchi | family=Araghchi | given=Abbas | names=Abbas Araqchi | country=IRN | role=IRN GOV 2024-08-21.. Foreign Minister
ali-larijani | name=Ali Larijani | family=Larijani | given=Ali | country=IRN | role=IRN LEG 2008-05-28..2020-05-28 Speaker | role=IRN GOV 2005..2007 Supreme National Security Council Secretary | role=IRN GOV 2025-08-05.. Supreme National Security Council Secretary
mohammad-bagher-ghalibaf | name=Mohammad Bagher Ghalibaf | family=Ghalibaf | given=Mohammad Bagher | names=Mohammad Baqer Qalibaf; Mohammad Bagher Qalibaf | country=IRN | role=IRN LEG 2020-05-28.. Speaker
qasem-soleimani | name=Qasem Soleimani | family=Soleimani | given=Qasem | names=Qassem Soleimani; Ghasem Soleimani | country=IRN | role=IRN MIL 1998..2020-01-03 Quds Force Commander
esmail-qaani | name=Esmail Qaani | family=Qaani | given=Esmail | names=Esmail Ghaani; Ismail Qaani | country=IRN | role=IRN MIL 2020-01-03.. Quds Force Commander
mohammad-ali-jafari | name=Mohammad Ali Jafari | family=Jafari | given=Mohammad Ali | country=IRN | role=IRN MIL 2007-09-01..2019-04-21 Revolutionary Guards Commander
hossein-salami | name=Hossein Salami | family=Salami | given=Hossein | country=IRN | role=IRN MIL 2019-04-21..2025-06-13 Revolutionary Guards Commander
mohammad-pakpour | name=Mohammad Pakpour | family=Pakpour | given=Mohammad | country=IRN | role=IRN MIL 2025-06-13.. Revolutionary Guards Commander
mohammad-bagheri | name=Mohammad Bagheri | family=Bagheri | given=Mohammad | country=IRN | role=IRN MIL 2016-06-28..2025-06-13 Armed Forces Chief of Staff
abdolrahim-mousavi | name=Abdolrahim Mousavi | family=Mousavi | given=Abdolrahim | names=Abdolrahim Mousavi | country=IRN | role=IRN MIL 2025-06-13.. Armed Forces Chief of Staff | role=IRN MIL 2017-08..2025-06-13 Army Commander
ali-shamkhani | name=Ali Shamkhani | family=Shamkhani | given=Ali | country=IRN | role=IRN GOV 2013-09..2023-05-22 Supreme National Security Council Secretary

# ---------------------------------------------------------------- Iraq (IRQ)
jalal-talabani | name=Jalal Talabani | family=Talabani | given=Jalal | country=IRQ | role=IRQ GOV 2005-04-07..2014-07-24 President
fuad-masum | name=Fuad Masum | family=Masum | given=Fuad | names=Fouad Massoum; Fuad Maasum | country=IRQ | role=IRQ GOV 2014-07-24..2018-10-02 President
barham-salih | name=Barham Salih | family=Salih | given=Barham | names=Barham Saleh | country=IRQ | role=IRQ GOV 2018-10-02..2022-10-17 President
abdul-latif-rashid | name=Abdul Latif Rashid | family=Rashid | given=Abdul Latif | names=Abdul Latif Jamal Rashid; Abdullatif Rashid | country=IRQ | role=IRQ GOV 2022-10-17.. President
nouri-al-maliki | name=Nouri al-Maliki | family=Maliki | given=Nouri | names=Nuri al-Maliki; Nouri Maliki | country=IRQ | role=IRQ GOV 2006-05-20..2014-09-08 Prime Minister | role=IRQ GOV 2014-09-09..2015-08-11 Vice President | role=IRQ GOV 2016-10..2018-11 Vice President
haider-al-abadi | name=Haider al-Abadi | family=Abadi | given=Haider | names=Haidar al-Abadi; Haider Abadi | country=IRQ | role=IRQ GOV 2014-09-08..2018-10-25 Prime Minister
adil-abdul-mahdi | name=Adil Abdul-Mahdi | family=Abdul-Mahdi | given=Adil | names=Adel Abdul Mahdi; Adel Abdel Mahdi | country=IRQ | role=IRQ GOV 2018-10-25..2020-05-07 Prime Minister | role=IRQ GOV 2005-04..2011-07 Vice President
mustafa-al-kadhimi | name=Mustafa al-Kadhimi | family=Kadhimi | given=Mustafa | names=Mustafa Kadhimi; Mustafa al-Kazemi | country=IRQ | role=IRQ GOV 2020-05-07..2022-10-27 Prime Minister | role=IRQ SPY 2016-06..2020-05-07 Intelligence Chief
mohammed-shia-al-sudani | name=Mohammed Shia al-Sudani | family=Sudani | given=Mohammed Shia | names=Mohammed Shia Sudani; Mohammed al-Sudani; Mohammed Shiaa al-Sudani | country=IRQ | role=IRQ GOV 2022-10-27.. Prime Minister
fuad-hussein | name=Fuad Hussein | family=Hussein | given=Fuad | names=Fouad Hussein | country=IRQ | role=IRQ GOV 2020-06-06.. Foreign Minister
ibrahim-al-jaafari | name=Ibrahim al-Jaafari | family=Jaafari | given=Ibrahim | country=IRQ | role=IRQ GOV 2005-05-03..2006-05-20 Prime Minister | role=IRQ GOV 2014-09-08..2018-10-25 Foreign Minister
masoud-barzani | name=Masoud Barzani | family=Barzani | given=Masoud | names=Massoud Barzani | country=IRQ | role=IRQ GOV 2005-06-13..2017-11-01 Kurdistan Region President
nechirvan-barzani | name=Nechirvan Barzani | family=Barzani | given=Nechirvan | country=IRQ | role=IRQ GOV 2019-06-10.. Kurdistan Region President | role=IRQ GOV 2006-03..2009-09 Kurdistan Region Prime Minister | role=IRQ GOV 2012-03..2019-07-10 Kurdistan Region Prime Minister
masrour-barzani | name=Masrour Barzani | family=Barzani | given=Masrour | country=IRQ | role=IRQ GOV 2019-07-10.. Kurdistan Region Prime Minister
muqtada-al-sadr | name=Muqtada al-Sadr | family=Sadr | given=Muqtada | names=Moqtada al-Sadr; Moqtada Sadr | country=IRQ | role=IRQ REL 2003.. Shiite Cleric

# ---------------------------------------------------------------- Syria (SYR)
bashar-al-assad | name=Bashar al-Assad | family=Assad | given=Bashar | names=Bashar Assad | country=SYR | role=SYR GOV 2000-07-17..2024-12-08 President
wael-al-halqi | name=Wael al-Halqi | family=Halqi | given=Wael | names=Wael Nader al-Halqi | country=SYR | role=SYR GOV 2012-08-09..2016-07-03 Prime Minister
imad-khamis | name=Imad Khamis | family=Khamis | given=Imad | country=SYR | role=SYR GOV 2016-07-03..2020-06-11 Prime Minister
hussein-arnous | name=Hussein Arnous | family=Arnous | given=Hussein | country=SYR | role=SYR GOV 2020-06-11..2024-09-14 Prime Minister
mohammad-ghazi-al-jalali | name=Mohammad Ghazi al-Jalali | family=Jalali | given=Mohammad Ghazi | names=Mohammed Ghazi al-Jalali | country=SYR | role=SYR GOV 2024-09-14..2024-12-10 Prime Minister
mohammed-al-bashir | name=Mohammed al-Bashir | family=Bashir | given=Mohammed | names=Mohammad al-Bashir | country=SYR | role=SYR GOV 2024-12-10..2025-03-29 Caretaker Prime Minister
ahmed-al-sharaa | name=Ahmed al-Sharaa | family=Sharaa | given=Ahmed | names=Ahmad al-Sharaa; Abu Mohammed al-Jolani; Abu Mohammad al-Julani; Abu Mohammed al-Golani | country=SYR | role=SYR GOV 2025-01-29.. President | role=SYR GOV 2024-12-08..2025-01-29 De Facto Leader | role=SYR REB 2017-01..2025-01-29 Hayat Tahrir al-Sham Leader | role=SYR REB 2012-01..2017-01 Nusra Front Leader
asaad-al-shaibani | name=Asaad al-Shaibani | family=Shaibani | given=Asaad | names=Asaad Hassan al-Shibani; Assad al-Shaibani | country=SYR | role=SYR GOV 2024-12-21.. Foreign Minister
walid-muallem | name=Walid Muallem | family=Muallem | given=Walid | names=Walid al-Moualem; Walid al-Muallem | country=SYR | role=SYR GOV 2006-02-11..2020-11-16 Foreign Minister
faisal-mekdad | name=Faisal Mekdad | family=Mekdad | given=Faisal | names=Faisal Miqdad | country=SYR | role=SYR GOV 2020-11-22..2024-12-08 Foreign Minister

# ---------------------------------------------------------------- Lebanon (LBN)
michel-suleiman | name=Michel Suleiman | family=Suleiman | given=Michel | names=Michel Sleiman | country=LBN | role=LBN GOV 2008-05-25..2014-05-25 President | role=LBN MIL 1998-12-21..2008-05-25 Army Commander
michel-aoun | name=Michel Aoun | family=Aoun | given=Michel | country=LBN | role=LBN GOV 2016-10-31..2022-10-31 President | role=LBN GOV 1988-09-22..1990-10-13 Prime Minister | role=LBN MIL 1984-06-23..1989-11-27 Army Commander
joseph-aoun | name=Joseph Aoun | family=Aoun | given=Joseph | country=LBN | role=LBN GOV 2025-01-09.. President | role=LBN MIL 2017-03-08..2025-01-09 Army Commander
tammam-salam | name=Tammam Salam | family=Salam | given=Tammam | country=LBN | role=LBN GOV 2014-02-15..2016-12-18 Prime Minister
saad-hariri | name=Saad Hariri | family=Hariri | given=Saad | names=Saad al-Hariri; Saad el-Din al-Hariri | country=LBN | role=LBN GOV 2009-11-09..2011-06-13 Prime Minister | role=LBN GOV 2016-12-18..2020-01-21 Prime Minister
hassan-diab | name=Hassan Diab | family=Diab | given=Hassan | country=LBN | role=LBN GOV 2020-01-21..2021-09-10 Prime Minister
najib-mikati | name=Najib Mikati | family=Mikati | given=Najib | country=LBN | role=LBN GOV 2005-04-19..2005-07-19 Prime Minister | role=LBN GOV 2011-06-13..2014-02-15 Prime Minister | role=LBN GOV 2021-09-10..2025-02-08 Prime Minister
nawaf-salam | name=Nawaf Salam | family=Salam | given=Nawaf | country=LBN | role=LBN GOV 2025-02-08.. Prime Minister
nabih-berri | name=Nabih Berri | family=Berri | given=Nabih | country=LBN | role=LBN LEG 1992-10-20.. Speaker
gebran-bassil | name=Gebran Bassil | family=Bassil | given=Gebran | names=Gibran Bassil | country=LBN | role=LBN GOV 2014-02-15..2020-01-21 Foreign Minister
hassan-nasrallah | name=Hassan Nasrallah | family=Nasrallah | given=Hassan | names=Sayyed Hassan Nasrallah | country=LBN | role=LBN REB 1992-02-16..2024-09-27 Hezbollah Leader
naim-qassem | name=Naim Qassem | family=Qassem | given=Naim | names=Naim Kassem; Sheikh Naim Qassem | country=LBN | role=LBN REB 2024-10-29.. Hezbollah Leader | role=LBN REB 1991..2024-10-29 Hezbollah Deputy Leader

# ---------------------------------------------------------------- Jordan (JOR)
abdullah-ii-of-jordan | name=Abdullah II | family=Abdullah | names=Abdullah II bin Al-Hussein; King Abdullah II; King Abdullah II of Jordan | country=JOR | role=JOR GOV 1999-02-07.. King
hussein-bin-abdullah | name=Hussein bin Abdullah | family=Hussein | names=Prince Hussein bin Abdullah; Al Hussein bin Abdullah II | country=JOR | role=JOR GOV 2009-07-02.. Crown Prince
abdullah-ensour | name=Abdullah Ensour | family=Ensour | given=Abdullah | names=Abdullah al-Nsour; Abdullah Nsour | country=JOR | role=JOR GOV 2012-10-11..2016-06-01 Prime Minister
hani-mulki | name=Hani Mulki | family=Mulki | given=Hani | names=Hani al-Mulki; Hani Al-Mulki | country=JOR | role=JOR GOV 2016-06-01..2018-06-14 Prime Minister
omar-razzaz | name=Omar Razzaz | family=Razzaz | given=Omar | names=Omar al-Razzaz | country=JOR | role=JOR GOV 2018-06-14..2020-10-12 Prime Minister
bisher-khasawneh | name=Bisher Khasawneh | family=Khasawneh | given=Bisher | names=Bisher al-Khasawneh | country=JOR | role=JOR GOV 2020-10-12..2024-09-18 Prime Minister
jafar-hassan | name=Jafar Hassan | family=Hassan | given=Jafar | names=Jaafar Hassan | country=JOR | role=JOR GOV 2024-09-18.. Prime Minister
ayman-safadi | name=Ayman Safadi | family=Safadi | given=Ayman | names=Ayman al-Safadi | country=JOR | role=JOR GOV 2017-01-15.. Foreign Minister
nasser-judeh | name=Nasser Judeh | family=Judeh | given=Nasser | country=JOR | role=JOR GOV 2009-02-23..2017-01-15 Foreign Minister

# ---------------------------------------------------------------- Israel (ISR)
benjamin-netanyahu | name=Benjamin Netanyahu | family=Netanyahu | given=Benjamin | names=Bibi; Bibi Netanyahu; Binyamin Netanyahu | country=ISR | role=ISR GOV 1996-06-18..1999-07-06 Prime Minister | role=ISR GOV 2009-03-31..2021-06-13 Prime Minister | role=ISR GOV 2022-12-29.. Prime Minister | role=ISR OPP 2021-06-13..2022-12-29 Opposition Leader | role=ISR GOV 2003-02-28..2005-08-09 Finance Minister | role=ISR GOV 2002-11-06..2003-02-28 Foreign Minister
naftali-bennett | name=Naftali Bennett | family=Bennett | given=Naftali | country=ISR | role=ISR GOV 2021-06-13..2022-06-30 Prime Minister | role=ISR GOV 2022-07-01..2022-12-29 Alternate Prime Minister | role=ISR GOV 2019-11-12..2020-05-17 Defence Minister | role=ISR GOV 2015-05-14..2019-06-02 Education Minister
yair-lapid | name=Yair Lapid | family=Lapid | given=Yair | country=ISR | role=ISR GOV 2022-07-01..2022-12-29 Prime Minister | role=ISR GOV 2021-06-13..2022-07-01 Alternate Prime Minister | role=ISR GOV 2021-06-13..2022-12-29 Foreign Minister | role=ISR GOV 2013-03-18..2014-12-02 Finance Minister | role=ISR OPP 2020-05-17..2021-06-13 Opposition Leader | role=ISR OPP 2022-12-29.. Opposition Leader
reuven-rivlin | name=Reuven Rivlin | family=Rivlin | given=Reuven | names=Ruby Rivlin | country=ISR | role=ISR GOV 2014-07-24..2021-07-07 President | role=ISR LEG 2003-02-28..2006-04-17 Knesset Speaker | role=ISR LEG 2009-03-30..2013-03-18 Knesset Speaker
isaac-herzog | name=Isaac Herzog | family=Herzog | given=Isaac | names=Yitzhak Herzog; Bougie Herzog | country=ISR | role=ISR GOV 2021-07-07.. President | role=ISR OPP 2013-11-22..2018-08-21 Opposition Leader
shimon-peres | name=Shimon Peres | family=Peres | given=Shimon | country=ISR | role=ISR GOV 2007-07-15..2014-07-24 President | role=ISR GOV 1984-09-13..1986-10-20 Prime Minister | role=ISR GOV 1995-11-04..1996-06-18 Prime Minister
ehud-olmert | name=Ehud Olmert | family=Olmert | given=Ehud | country=ISR | role=ISR GOV 2006-01-04..2009-03-31 Prime Minister
benny-gantz | name=Benny Gantz | family=Gantz | given=Benny | names=Benjamin Gantz | country=ISR | role=ISR MIL 2011-02-14..2015-02-16 Chief of Staff | role=ISR GOV 2020-05-17..2022-12-29 Defence Minister | role=ISR GOV 2020-05-17..2021-06-13 Alternate Prime Minister
moshe-yaalon | name=Moshe Ya'alon | family=Ya'alon | given=Moshe | names=Moshe Yaalon; Bogie Ya'alon | country=ISR | role=ISR GOV 2013-03-18..2016-05-30 Defence Minister | role=ISR MIL 2002-07-09..2005-06-01 Chief of Staff
avigdor-lieberman | name=Avigdor Lieberman | family=Lieberman | given=Avigdor | names=Avigdor Liberman | country=ISR | role=ISR GOV 2016-05-30..2018-11-18 Defence Minister | role=ISR GOV 2009-03-31..2012-12-18 Foreign Minister | role=ISR GOV 2013-11-11..2015-05-14 Foreign Minister | role=ISR GOV 2021-06-13..2022-12-29 Finance Minister
yoav-gallant | name=Yoav Gallant | family=Gallant | given=Yoav | country=ISR | role=ISR GOV 2022-12-29..2024-11-05 Defence Minister
israel-katz | name=Israel Katz | family=Katz | given=Israel | country=ISR | role=ISR GOV 2024-11-05.. Defence Minister | role=ISR GOV 2019-02-17..2020-05-17 Foreign Minister | role=ISR GOV 2024-01-01..2024-11-05 Foreign Minister
eli-cohen-israel | name=Eli Cohen | family=Cohen | given=Eli | country=ISR | role=ISR GOV 2022-12-29..2024-01-01 Foreign Minister
gideon-saar | name=Gideon Sa'ar | family=Sa'ar | given=Gideon | names=Gideon Saar | country=ISR | role=ISR GOV 2024-11-05.. Foreign Minister | role=ISR GOV 2021-06-13..2022-12-29 Justice Minister
gabi-ashkenazi | name=Gabi Ashkenazi | family=Ashkenazi | given=Gabi | country=ISR | role=ISR GOV 2020-05-17..2021-06-13 Foreign Minister | role=ISR MIL 2007-02-14..2011-02-14 Chief of Staff
itamar-ben-gvir | name=Itamar Ben-Gvir | family=Ben-Gvir | given=Itamar | names=Itamar Ben Gvir | country=ISR | role=ISR GOV 2022-12-29..2025-01-19 National Security Minister | role=ISR GOV 2025-03-19.. National Security Minister
bezalel-smotrich | name=Bezalel Smotrich | family=Smotrich | given=Bezalel | country=ISR | role=ISR GOV 2022-12-29.. Finance Minister
gadi-eisenkot | name=Gadi Eisenkot | family=Eisenkot | given=Gadi | country=ISR | role=ISR MIL 2015-02-16..2019-01-15 Chief of Staff
aviv-kochavi | name=Aviv Kochavi | family=Kochavi | given=Aviv | country=ISR | role=ISR MIL 2019-01-15..2023-01-16 Chief of Staff
herzi-halevi | name=Herzi Halevi | family=Halevi | given=Herzi | country=ISR | role=ISR MIL 2023-01-16..2025-03-05 Chief of Staff
eyal-zamir | name=Eyal Zamir | family=Zamir | given=Eyal | country=ISR | role=ISR MIL 2025-03-05.. Chief of Staff
yossi-cohen | name=Yossi Cohen | family=Cohen | given=Yossi | country=ISR | role=ISR SPY 2016-01-06..2021-06-01 Mossad Director
david-barnea | name=David Barnea | family=Barnea | given=David | country=ISR | role=ISR SPY 2021-06-01.. Mossad Director
ronen-bar | name=Ronen Bar | family=Bar | given=Ronen | country=ISR | role=ISR SPY 2021-10-13..2025-06-15 Shin Bet Director

# ---------------------------------------------------------------- Palestine (PSE)
mahmoud-abbas | name=Mahmoud Abbas | family=Abbas | given=Mahmoud | names=Abu Mazen | country=PSE | role=PSE GOV 2005-01-15.. President | role=PSE GOV 2004-11-11.. PLO Chairman | role=PSE GOV 2003-03-19..2003-10-07 Prime Minister
rami-hamdallah | name=Rami Hamdallah | family=Hamdallah | given=Rami | names=Rami Hamdalla | country=PSE | role=PSE GOV 2013-06-06..2019-04-14 Prime Minister
mohammad-shtayyeh | name=Mohammad Shtayyeh | family=Shtayyeh | given=Mohammad | names=Mohammad Shtayyah; Mohammed Shtayyeh; Mohammad Ishtayeh | country=PSE | role=PSE GOV 2019-04-14..2024-03-31 Prime Minister
mohammad-mustafa | name=Mohammad Mustafa | family=Mustafa | given=Mohammad | names=Mohammed Mustafa | country=PSE | role=PSE GOV 2024-03-31.. Prime Minister | role=PSE GOV 2024-03-31.. Foreign Minister
hussein-al-sheikh | name=Hussein al-Sheikh | family=Sheikh | given=Hussein | names=Hussein Sheikh | country=PSE | role=PSE GOV 2025-04-26.. Vice President | role=PSE GOV 2022-05..2025-04-26 PLO Secretary-General
riyad-al-maliki | name=Riyad al-Maliki | family=Maliki | given=Riyad | names=Riad Malki; Riyad Malki | country=PSE | role=PSE GOV 2007-05..2024-03-31 Foreign Minister
ismail-haniyeh | name=Ismail Haniyeh | family=Haniyeh | given=Ismail | names=Ismail Haniya; Ismail Hanieh | country=PSE | role=PSE GOV 2006-03-29..2007-06-14 Prime Minister | role=PSE REB 2017-05-06..2024-07-31 Hamas Leader
yahya-sinwar | name=Yahya Sinwar | family=Sinwar | given=Yahya | names=Yehya Sinwar | country=PSE | role=PSE REB 2017-02-13..2024-10-16 Hamas Gaza Chief | role=PSE REB 2024-08-06..2024-10-16 Hamas Leader
khaled-meshaal | name=Khaled Meshaal | family=Meshaal | given=Khaled | names=Khaled Mashal; Khalid Mishal | country=PSE | role=PSE REB 1996..2017-05-06 Hamas Leader
mohammed-deif | name=Mohammed Deif | family=Deif | given=Mohammed | names=Mohammed Dief; Mohammed al-Deif | country=PSE | role=PSE REB 2002..2024-07-13 Qassam Brigades Commander
khalil-al-hayya | name=Khalil al-Hayya | family=Hayya | given=Khalil | names=Khalil al-Haya | country=PSE | role=PSE REB 2017.. Hamas Official

# ---------------------------------------------------------------- Saudi Arabia (SAU)
abdullah-bin-abdulaziz | name=Abdullah bin Abdulaziz | family=Abdullah | names=Abdullah bin Abdulaziz Al Saud; King Abdullah of Saudi Arabia | country=SAU | role=SAU GOV 2005-08-01..2015-01-23 King | role=SAU GOV 2005-08-01..2015-01-23 Prime Minister | role=SAU GOV 1982-06-13..2005-08-01 Crown Prince
salman-bin-abdulaziz | name=Salman bin Abdulaziz | family=Salman bin Abdulaziz | names=King Salman; Salman bin Abdulaziz Al Saud; Salman bin Abdul Aziz | country=SAU | role=SAU GOV 2015-01-23.. King | role=SAU GOV 2015-01-23..2022-09-27 Prime Minister | role=SAU GOV 2012-06-18..2015-01-23 Crown Prince | role=SAU GOV 2011-11-05..2015-01-23 Defence Minister
mohammed-bin-salman | name=Mohammed bin Salman | family=Mohammed bin Salman | names=MBS; Mohammad bin Salman; Mohammed bin Salman Al Saud; Prince Mohammed bin Salman | country=SAU | role=SAU GOV 2017-06-21.. Crown Prince | role=SAU GOV 2022-09-27.. Prime Minister | role=SAU GOV 2015-04-29..2017-06-21 Deputy Crown Prince | role=SAU GOV 2015-01-23..2022-09-27 Defence Minister
muhammad-bin-nayef | name=Mohammed bin Nayef | family=Mohammed bin Nayef | names=Muhammad bin Nayef; MBN; Prince Mohammed bin Nayef | country=SAU | role=SAU GOV 2015-04-29..2017-06-21 Crown Prince | role=SAU GOV 2015-01-23..2015-04-29 Deputy Crown Prince | role=SAU GOV 2012-11-05..2017-06-21 Interior Minister
muqrin-bin-abdulaziz | name=Muqrin bin Abdulaziz | family=Muqrin | names=Prince Muqrin; Muqrin bin Abdulaziz Al Saud | country=SAU | role=SAU GOV 2015-01-23..2015-04-29 Crown Prince | role=SAU GOV 2014-03-27..2015-01-23 Deputy Crown Prince | role=SAU SPY 2005-10..2012-07 Intelligence Chief

# ---------------------------------------------------------------- Yemen (YEM)
ali-abdullah-saleh | name=Ali Abdullah Saleh | family=Saleh | given=Ali Abdullah | country=YEM | role=YEM GOV 1990-05-22..2012-02-25 President | role=YEM GOV 1978-07-18..1990-05-22 North Yemen President
abdrabbuh-mansur-hadi | name=Abd Rabbuh Mansur Hadi | family=Hadi | names=Abdrabbuh Mansur Hadi; Abed Rabbo Mansour Hadi; Abd-Rabbu Mansour Hadi | country=YEM | role=YEM GOV 2012-02-25..2022-04-07 President | role=YEM GOV 1994-10-03..2012-02-25 Vice President
rashad-al-alimi | name=Rashad al-Alimi | family=Alimi | given=Rashad | names=Rashad Muhammad al-Alimi; Rashad Alimi | country=YEM | role=YEM GOV 2022-04-07.. Presidential Council Chairman | role=YEM GOV 2001..2008 Interior Minister
ali-mohsen-al-ahmar | name=Ali Mohsen al-Ahmar | family=Ahmar | given=Ali Mohsen | names=Ali Muhsin al-Ahmar | country=YEM | role=YEM GOV 2016-04-03..2022-04-07 Vice President
khaled-bahah | name=Khaled Bahah | family=Bahah | given=Khaled | names=Khaled Mahfoudh Bahah | country=YEM | role=YEM GOV 2014-11-09..2016-04-03 Prime Minister | role=YEM GOV 2015-04-12..2016-04-03 Vice President
ahmed-obeid-bin-daghr | name=Ahmed Obeid bin Daghr | family=bin Daghr | names=Ahmed bin Dagher; Ahmed Obaid bin Dagher | country=YEM | role=YEM GOV 2016-04-04..2018-10-15 Prime Minister
maeen-abdulmalik | name=Maeen Abdulmalik | family=Abdulmalik | given=Maeen | names=Maeen Abdulmalik Saeed; Maeen Abdulmalek | country=YEM | role=YEM GOV 2018-10-15..2024-02-05 Prime Minister
ahmed-awad-bin-mubarak | name=Ahmed Awad bin Mubarak | family=bin Mubarak | names=Ahmed bin Mubarak | country=YEM | role=YEM GOV 2024-02-05..2025-05-03 Prime Minister | role=YEM GOV 2020-12-18..2024-02-05 Foreign Minister
salem-bin-breik | name=Salem bin Breik | family=bin Breik | names=Salem Saleh bin Braik; Salem bin Buraik | country=YEM | role=YEM GOV 2025-05-06.. Prime Minister | role=YEM GOV 2019..2025-05 Finance Minister
aidarous-al-zubaidi | name=Aidarous al-Zubaidi | family=Zubaidi | given=Aidarous | names=Aidarus al-Zubaidi; Aidaroos al-Zubaidi | country=YEM | role=YEM SEP 2017-05-11.. Southern Transitional Council President | role=YEM GOV 2022-04-07.. Presidential Council Member
abdul-malik-al-houthi | name=Abdul-Malik al-Houthi | family=Houthi | given=Abdul-Malik | names=Abdulmalik al-Houthi; Abdel-Malek al-Houthi | country=YEM | role=YEM REB 2004-09.. Houthi Leader
saleh-al-sammad | name=Saleh al-Sammad | family=Sammad | given=Saleh | names=Saleh Ali al-Sammad | country=YEM | role=YEM REB 2016-08-15..2018-04-19 Supreme Political Council President
mahdi-al-mashat | name=Mahdi al-Mashat | family=Mashat | given=Mahdi | names=Mahdi al-Mashat; Mahdi Mashat | country=YEM | role=YEM REB 2018-04-25.. Supreme Political Council President
abdulaziz-bin-habtour | name=Abdulaziz bin Habtour | family=bin Habtour | names=Abdel-Aziz bin Habtoor | country=YEM | role=YEM REB 2016-11-28..2024-08-10 Houthi Prime Minister
ahmed-al-rahawi | name=Ahmed al-Rahawi | family=Rahawi | given=Ahmed | names=Ahmed Ghaleb al-Rahawi | country=YEM | role=YEM REB 2024-08-10..2025-08-28 Houthi Prime Minister
mohammed-miftah | name=Mohammed Miftah | family=Miftah | given=Mohammed | names=Mohammed Ahmed Miftah | country=YEM | role=YEM REB 2025-08.. Houthi Acting Prime Minister
mohammed-abdulsalam | name=Mohammed Abdulsalam | family=Abdulsalam | given=Mohammed | names=Mohammed Abdul-Salam | country=YEM | role=YEM REB 2015.. Houthi Spokesman
yahya-saree | name=Yahya Saree | family=Saree | given=Yahya | names=Yahya Sarea; Yahya Sare'e | country=YEM | role=YEM REB 2019.. Houthi Military Spokesman

# ---------------------------------------------------------------- Oman (OMN)
qaboos-bin-said | name=Qaboos bin Said | family=Qaboos | names=Qaboos bin Said Al Said | country=OMN | role=OMN GOV 1970-07-23..2020-01-10 Sultan | role=OMN GOV 1972-01..2020-01-10 Prime Minister
haitham-bin-tariq | name=Haitham bin Tariq | family=Haitham | names=Haitham bin Tarik; Haitham bin Tariq Al Said | country=OMN | role=OMN GOV 2020-01-11.. Sultan | role=OMN GOV 2020-01-11.. Prime Minister | role=OMN GOV 2002..2020-01-11 Heritage and Culture Minister
theyazin-bin-haitham | name=Theyazin bin Haitham | family=Theyazin | names=Sayyid Theyazin bin Haitham | country=OMN | role=OMN GOV 2021-01-12.. Crown Prince
yusuf-bin-alawi | name=Yusuf bin Alawi | family=bin Alawi | names=Yusuf bin Alawi bin Abdullah; Yousef bin Alawi | country=OMN | role=OMN GOV 1997..2020-08-18 Foreign Minister
badr-albusaidi | name=Badr Albusaidi | family=Albusaidi | given=Badr | names=Badr al-Busaidi; Sayyid Badr bin Hamad Albusaidi | country=OMN | role=OMN GOV 2020-08-18.. Foreign Minister

# ---------------------------------------------------------------- United Arab Emirates (ARE)
khalifa-bin-zayed | name=Khalifa bin Zayed Al Nahyan | family=Khalifa | names=Khalifa bin Zayed; Sheikh Khalifa | country=ARE | role=ARE GOV 2004-11-03..2022-05-13 President
mohamed-bin-zayed | name=Mohamed bin Zayed Al Nahyan | family=Mohamed bin Zayed | names=Mohamed bin Zayed; Mohammed bin Zayed; MBZ; Sheikh Mohamed bin Zayed | country=ARE | role=ARE GOV 2022-05-14.. President | role=ARE GOV 2004-11-03..2022-05-14 Crown Prince | role=ARE MIL 2005-01..2022-05-14 Deputy Supreme Commander
mohammed-bin-rashid | name=Mohammed bin Rashid Al Maktoum | family=Mohammed bin Rashid | names=Mohammed bin Rashid; Sheikh Mohammed bin Rashid; MBR | country=ARE | role=ARE GOV 2006-01-05.. Vice President | role=ARE GOV 2006-01-05.. Prime Minister | role=ARE GOV 1971-12-09.. Defence Minister
mansour-bin-zayed | name=Mansour bin Zayed Al Nahyan | family=Mansour bin Zayed | names=Mansour bin Zayed; Sheikh Mansour | country=ARE | role=ARE GOV 2023-03-29.. Vice President | role=ARE GOV 2009-05.. Deputy Prime Minister
abdullah-bin-zayed | name=Abdullah bin Zayed Al Nahyan | family=Abdullah bin Zayed | names=Abdullah bin Zayed; Sheikh Abdullah bin Zayed | country=ARE | role=ARE GOV 2006-02-09.. Foreign Minister
tahnoun-bin-zayed | name=Tahnoun bin Zayed Al Nahyan | family=Tahnoun bin Zayed | names=Tahnoun bin Zayed; Sheikh Tahnoun | country=ARE | role=ARE GOV 2016-02.. National Security Adviser
khaled-bin-mohamed-bin-zayed | name=Khaled bin Mohamed bin Zayed | family=Khaled bin Mohamed | names=Sheikh Khaled bin Mohamed bin Zayed Al Nahyan | country=ARE | role=ARE GOV 2023-03-29.. Crown Prince
anwar-gargash | name=Anwar Gargash | family=Gargash | given=Anwar | names=Anwar bin Mohammed Gargash | country=ARE | role=ARE GOV 2008-02..2021-02 Minister of State for Foreign Affairs | role=ARE GOV 2021-02.. Diplomatic Adviser

# ---------------------------------------------------------------- Qatar (QAT)
tamim-bin-hamad | name=Tamim bin Hamad Al Thani | family=Tamim | names=Tamim bin Hamad; Sheikh Tamim; Sheikh Tamim bin Hamad Al Thani | country=QAT | role=QAT GOV 2013-06-25.. Emir | role=QAT GOV 2003-08-05..2013-06-25 Crown Prince
hamad-bin-khalifa | name=Hamad bin Khalifa Al Thani | family=Hamad bin Khalifa | names=Hamad bin Khalifa; Sheikh Hamad bin Khalifa | country=QAT | role=QAT GOV 1995-06-27..2013-06-25 Emir
hamad-bin-jassim | name=Hamad bin Jassim Al Thani | family=Hamad bin Jassim | names=Hamad bin Jassim; Sheikh Hamad bin Jassim; HBJ | country=QAT | role=QAT GOV 2007-04-03..2013-06-26 Prime Minister | role=QAT GOV 1992-09..2013-06-26 Foreign Minister
abdullah-bin-nasser | name=Abdullah bin Nasser bin Khalifa Al Thani | family=Abdullah bin Nasser | names=Abdullah bin Nasser; Sheikh Abdullah bin Nasser | country=QAT | role=QAT GOV 2013-06-26..2020-01-28 Prime Minister | role=QAT GOV 2013-06-26..2020-01-28 Interior Minister
khalid-bin-khalifa | name=Khalid bin Khalifa bin Abdulaziz Al Thani | family=Khalid bin Khalifa | names=Khalid bin Khalifa; Sheikh Khalid bin Khalifa | country=QAT | role=QAT GOV 2020-01-28..2023-03-07 Prime Minister | role=QAT GOV 2020-01-28..2023-03-07 Interior Minister
mohammed-bin-abdulrahman | name=Mohammed bin Abdulrahman Al Thani | family=Mohammed bin Abdulrahman | names=Mohammed bin Abdulrahman; Sheikh Mohammed bin Abdulrahman; Mohammed bin Abdulrahman bin Jassim Al Thani | country=QAT | role=QAT GOV 2023-03-07.. Prime Minister | role=QAT GOV 2016-01-27.. Foreign Minister | role=QAT GOV 2017-11..2023-03-07 Deputy Prime Minister
khalid-bin-mohammad-al-attiyah | name=Khalid bin Mohammad Al Attiyah | family=Attiyah | names=Khalid al-Attiyah | country=QAT | role=QAT GOV 2013-06-26..2016-01-27 Foreign Minister | role=QAT GOV 2016-01-27..2024-11 Defence Minister

# ---------------------------------------------------------------- Bahrain (BHR)
hamad-bin-isa | name=Hamad bin Isa Al Khalifa | family=Hamad | names=Hamad bin Isa | country=BHR | role=BHR GOV 2002-02-14.. King | role=BHR GOV 1999-03-06..2002-02-14 Emir
khalifa-bin-salman | name=Khalifa bin Salman Al Khalifa | family=Khalifa bin Salman | names=Khalifa bin Salman; Sheikh Khalifa bin Salman; Prince Khalifa bin Salman | country=BHR | role=BHR GOV 1970-01-10..2020-11-11 Prime Minister
salman-bin-hamad | name=Salman bin Hamad Al Khalifa | family=Salman bin Hamad | names=Salman bin Hamad; Crown Prince Salman; Sheikh Salman bin Hamad | country=BHR | role=BHR GOV 2020-11-11.. Prime Minister | role=BHR GOV 1999-03-09.. Crown Prince | role=BHR GOV 2013-03-11..2020-11-11 Deputy Prime Minister
khalid-bin-ahmed-al-khalifa | name=Khalid bin Ahmed Al Khalifa | family=Khalid bin Ahmed | names=Sheikh Khalid bin Ahmed | country=BHR | role=BHR GOV 2005-09..2020-02-11 Foreign Minister
abdullatif-al-zayani | name=Abdullatif Al Zayani | family=Zayani | given=Abdullatif | names=Abdullatif bin Rashid Al Zayani; Abdul Latif al-Zayani | country=BHR | role=BHR GOV 2020-02-11.. Foreign Minister

# ---------------------------------------------------------------- Kuwait (KWT)
sabah-al-ahmad | name=Sabah al-Ahmad al-Jaber al-Sabah | family=Sabah al-Ahmad | names=Sheikh Sabah al-Ahmad; Sabah Al-Ahmad Al-Jaber Al-Sabah; Sheikh Sabah | country=KWT | role=KWT GOV 2006-01-29..2020-09-29 Emir | role=KWT GOV 2003-07-13..2006-01-29 Prime Minister | role=KWT GOV 1963..2003-07-13 Foreign Minister
nawaf-al-ahmad | name=Nawaf al-Ahmad al-Jaber al-Sabah | family=Nawaf | names=Sheikh Nawaf al-Ahmad; Nawaf Al-Ahmad Al-Jaber Al-Sabah; Sheikh Nawaf | country=KWT | role=KWT GOV 2020-09-29..2023-12-16 Emir | role=KWT GOV 2006-02-07..2020-09-29 Crown Prince
mishal-al-ahmad | name=Mishal al-Ahmad al-Jaber al-Sabah | family=Mishal | names=Sheikh Mishal al-Ahmad; Meshal al-Ahmad al-Jaber al-Sabah; Sheikh Meshal; Sheikh Mishal | country=KWT | role=KWT GOV 2023-12-16.. Emir | role=KWT GOV 2020-10-08..2023-12-16 Crown Prince
sabah-al-khalid | name=Sabah al-Khalid al-Sabah | family=Sabah al-Khalid | names=Sheikh Sabah al-Khalid; Sabah Al-Khalid Al-Hamad Al-Sabah | country=KWT | role=KWT GOV 2024-06-01.. Crown Prince | role=KWT GOV 2019-11-19..2022-07-24 Prime Minister | role=KWT GOV 2011-10..2019-11-19 Foreign Minister
jaber-al-mubarak | name=Jaber al-Mubarak al-Hamad al-Sabah | family=Jaber al-Mubarak | names=Sheikh Jaber al-Mubarak; Jaber Al-Mubarak Al-Hamad Al-Sabah | country=KWT | role=KWT GOV 2011-11-30..2019-11-19 Prime Minister
ahmad-nawaf-al-ahmad | name=Ahmad Nawaf al-Ahmad al-Sabah | family=Ahmad Nawaf | names=Sheikh Ahmad Nawaf; Ahmad Nawaf Al-Ahmad Al-Sabah | country=KWT | role=KWT GOV 2022-07-24..2024-01-04 Prime Minister
mohammad-sabah-al-salem | name=Mohammad Sabah al-Salem al-Sabah | family=Mohammad Sabah al-Salem | names=Sheikh Mohammad Sabah al-Salem; Mohammed Sabah Al-Salem Al-Sabah | country=KWT | role=KWT GOV 2024-01-04..2024-05-15 Prime Minister | role=KWT GOV 2003..2011 Foreign Minister
ahmad-abdullah-al-ahmad | name=Ahmad Abdullah al-Ahmad al-Sabah | family=Ahmad Abdullah | names=Sheikh Ahmad Abdullah; Ahmad Abdullah Al-Ahmad Al-Sabah | country=KWT | role=KWT GOV 2024-05-15.. Prime Minister

# ---------------------------------------------------------------- Hong Kong (HKG), territory
leung-chun-ying | name=Leung Chun-ying | family=Leung | given=Chun-ying | names=CY Leung; C.Y. Leung | country=HKG | role=HKG GOV 2012-07-01..2017-07-01 Chief Executive
carrie-lam | name=Carrie Lam | family=Lam | given=Carrie | names=Carrie Lam Cheng Yuet-ngor | country=HKG | role=HKG GOV 2017-07-01..2022-07-01 Chief Executive | role=HKG GOV 2012-07-01..2017-01-16 Chief Secretary
john-lee-ka-chiu | name=John Lee | family=Lee | given=John | names=John Lee Ka-chiu | country=HKG | role=HKG GOV 2022-07-01.. Chief Executive | role=HKG GOV 2021-06-25..2022-04-07 Chief Secretary | role=HKG GOV 2017-07-01..2021-06-25 Security Secretary
