# persons-other.lex — heads of international organisations, opposition figures, militant and rebel leaders,
# religious leaders and other newsworthy people not covered by the per-country files.
#
# Conventions
#   Roles in an international organisation use the organisation's key from igos.lex as CODE with sector GOV
#   (MIL for NATO's military commander). Where the organisation has an adjective in igos.lex (UN, NATO,
#   IMF, ECB, WTO, IAEA, ICC, ASEAN, OPEC, OSCE, ...) the title is the bare office ("Secretary-General",
#   "Managing Director") and composes as "UN Secretary-General Guterres"; otherwise the title carries the
#   organisation's name ("WHO Director-General", "European Commission President").
#   Leaders of transnational groups without a home country (al-Qaeda, Islamic State) and of international
#   NGOs use the CODE "---", the organisations.lex convention for "no country"; country= is their nationality.
#   A death ends a role: the death date is the range's TO (the range covers FROM through the day before TO).
#   Where only the month or year of a start is known, the date is given at that precision.
#   Some people also hold national offices that the per-country files may list; the same id merges them.

# ---------------------------------------------------------------- United Nations
boutros-boutros-ghali | name=Boutros Boutros-Ghali | family=Boutros-Ghali | given=Boutros | country=EGY | role=IGOUNO GOV 1992-01-01..1997-01-01 Secretary-General
kofi-annan | name=Kofi Annan | family=Annan | given=Kofi | names=Kofi A. Annan | country=GHA | role=IGOUNO GOV 1997-01-01..2007-01-01 Secretary-General | role=IGOUNO GOV 2012-02-23..2012-08-31 UN Syria envoy
ban-ki-moon | name=Ban Ki-moon | family=Ban | given=Ki-moon | names=Ban Ki Moon | country=KOR | role=IGOUNO GOV 2007-01-01..2017-01-01 Secretary-General | role=KOR GOV 2004-01-17..2006-11-10 Foreign Minister
antonio-guterres | name=Antonio Guterres | family=Guterres | given=Antonio | names=António Guterres | country=PRT | role=IGOUNO GOV 2017-01-01.. Secretary-General | role=IGOUNOHCR GOV 2005-06-15..2016-01-01 UN High Commissioner for Refugees | role=PRT GOV 1995-10-28..2002-04-06 Prime Minister
amina-mohammed | name=Amina Mohammed | family=Mohammed | given=Amina | names=Amina J. Mohammed | country=NGA | role=IGOUNO GOV 2017-02.. Deputy Secretary-General
staffan-de-mistura | name=Staffan de Mistura | family=de Mistura | given=Staffan | country=ITA | role=IGOUNO GOV 2014-07-10..2019-01-07 UN Syria envoy | role=IGOUNO GOV 2021-11-01.. UN Western Sahara envoy
lakhdar-brahimi | name=Lakhdar Brahimi | family=Brahimi | given=Lakhdar | country=DZA | role=IGOUNO GOV 2012-09-01..2014-06-01 UN Syria envoy | role=DZA GOV 1991-06..1993-02 Foreign Minister
hans-grundberg | name=Hans Grundberg | family=Grundberg | given=Hans | country=SWE | role=IGOUNO GOV 2021-09-05.. UN Yemen envoy
francesca-albanese | name=Francesca Albanese | family=Albanese | given=Francesca | country=ITA | role=IGOUNOHRC GOV 2022-05-01.. UN special rapporteur
hans-blix | name=Hans Blix | family=Blix | given=Hans | country=SWE | role=IGOUNOIAE GOV 1981-12-01..1997-12-01 Director General | role=IGOUNO GOV 2000-03-01..2003-07-01 UN chief weapons inspector | role=SWE GOV 1978-10..1979-10 Foreign Minister
mohamed-elbaradei | name=Mohamed ElBaradei | family=ElBaradei | given=Mohamed | names=Mohamed El Baradei; Mohammed ElBaradei | country=EGY | role=IGOUNOIAE GOV 1997-12-01..2009-12-01 Director General | role=EGY GOV 2013-07-14..2013-08-14 Vice President
yukiya-amano | name=Yukiya Amano | family=Amano | given=Yukiya | country=JPN | role=IGOUNOIAE GOV 2009-12-01..2019-07-18 Director General
rafael-grossi | name=Rafael Grossi | family=Grossi | given=Rafael | names=Rafael Mariano Grossi | country=ARG | role=IGOUNOIAE GOV 2019-12-03.. Director General
gro-harlem-brundtland | name=Gro Harlem Brundtland | family=Brundtland | given=Gro Harlem | country=NOR | role=IGOUNOWHO GOV 1998-07-21..2003-07-21 WHO Director-General | role=NOR GOV 1990-11-03..1996-10-25 Prime Minister | role=NOR GOV 1986-05-09..1989-10-16 Prime Minister | role=NOR GOV 1981-02-04..1981-10-14 Prime Minister
lee-jong-wook | name=Lee Jong-wook | family=Lee | given=Jong-wook | country=KOR | role=IGOUNOWHO GOV 2003-07-21..2006-05-22 WHO Director-General
margaret-chan | name=Margaret Chan | family=Chan | given=Margaret | country=CHN | role=IGOUNOWHO GOV 2007-01-04..2017-07-01 WHO Director-General
tedros-adhanom-ghebreyesus | name=Tedros Adhanom Ghebreyesus | family=Tedros | names=Tedros Adhanom; Dr Tedros; Tedros Ghebreyesus | country=ETH | role=IGOUNOWHO GOV 2017-07-01.. WHO Director-General | role=ETH GOV 2012-11-29..2016-11-01 Foreign Minister | role=ETH GOV 2005-10..2012-11-29 Health Minister
sadako-ogata | name=Sadako Ogata | family=Ogata | given=Sadako | country=JPN | role=IGOUNOHCR GOV 1991-01-01..2001-01-01 UN High Commissioner for Refugees
ruud-lubbers | name=Ruud Lubbers | family=Lubbers | given=Ruud | country=NLD | role=IGOUNOHCR GOV 2001-01-01..2005-02-20 UN High Commissioner for Refugees | role=NLD GOV 1982-11-04..1994-08-22 Prime Minister
filippo-grandi | name=Filippo Grandi | family=Grandi | given=Filippo | country=ITA | role=IGOUNOHCR GOV 2016-01-01..2026-01-01 UN High Commissioner for Refugees | role=IGOUNOURW GOV 2010-01..2014-04 UNRWA Commissioner-General
barham-salih | name=Barham Salih | family=Salih | given=Barham | names=Barham Saleh | country=IRQ | role=IRQ GOV 2018-10-02..2022-10-17 President | role=IGOUNOHCR GOV 2026-01-01.. UN High Commissioner for Refugees
mary-robinson | name=Mary Robinson | family=Robinson | given=Mary | country=IRL | role=IGOUNOOHC GOV 1997-09-12..2002-09-12 UN High Commissioner for Human Rights | role=IRL GOV 1990-12-03..1997-09-12 President
sergio-vieira-de-mello | name=Sergio Vieira de Mello | family=Vieira de Mello | given=Sergio | names=Sérgio Vieira de Mello | country=BRA | role=IGOUNOOHC GOV 2002-09-12..2003-08-19 UN High Commissioner for Human Rights
louise-arbour | name=Louise Arbour | family=Arbour | given=Louise | country=CAN | role=IGOUNOOHC GOV 2004-07-01..2008-07-01 UN High Commissioner for Human Rights | role=IGOUNOCTY GOV 1996-10..1999-09 ICTY Prosecutor
navi-pillay | name=Navi Pillay | family=Pillay | given=Navi | names=Navanethem Pillay | country=ZAF | role=IGOUNOOHC GOV 2008-09-01..2014-09-01 UN High Commissioner for Human Rights
zeid-raad-al-hussein | name=Zeid Ra'ad Al Hussein | family=Zeid | names=Prince Zeid Ra'ad Al Hussein; Zeid Ra'ad al-Hussein; Zeid bin Ra'ad | country=JOR | role=IGOUNOOHC GOV 2014-09-01..2018-09-01 UN High Commissioner for Human Rights
michelle-bachelet | name=Michelle Bachelet | family=Bachelet | given=Michelle | country=CHL | role=IGOUNOOHC GOV 2018-09-01..2022-09-01 UN High Commissioner for Human Rights | role=IGOUNOWMN GOV 2010-09-14..2013-03-15 UN Women Executive Director | role=CHL GOV 2014-03-11..2018-03-11 President | role=CHL GOV 2006-03-11..2010-03-11 President
volker-turk | name=Volker Turk | family=Turk | given=Volker | names=Volker Türk | country=AUT | role=IGOUNOOHC GOV 2022-10-17.. UN High Commissioner for Human Rights
carla-del-ponte | name=Carla Del Ponte | family=Del Ponte | given=Carla | country=CHE | role=IGOUNOCTY GOV 1999-09-15..2008-01-01 ICTY Prosecutor
anthony-lake | name=Anthony Lake | family=Lake | given=Anthony | country=USA | role=IGOUNOCEF GOV 2010-05-01..2018-01-01 UNICEF Executive Director | role=USA GOV 1993-01-20..1997-03-14 National Security Adviser
henrietta-fore | name=Henrietta Fore | family=Fore | given=Henrietta | country=USA | role=IGOUNOCEF GOV 2018-01-01..2022-01-01 UNICEF Executive Director
catherine-russell | name=Catherine Russell | family=Russell | given=Catherine | country=USA | role=IGOUNOCEF GOV 2022-02-01.. UNICEF Executive Director
david-beasley | name=David Beasley | family=Beasley | given=David | country=USA | role=IGOUNOWFP GOV 2017-04-04..2023-04-05 WFP Executive Director
cindy-mccain | name=Cindy McCain | family=McCain | given=Cindy | country=USA | role=IGOUNOWFP GOV 2023-04-05.. WFP Executive Director
mark-lowcock | name=Mark Lowcock | family=Lowcock | given=Mark | country=GBR | role=IGOUNOOCH GOV 2017-09-01..2021-07-01 UN humanitarian chief
martin-griffiths | name=Martin Griffiths | family=Griffiths | given=Martin | country=GBR | role=IGOUNOOCH GOV 2021-07-19..2024-07-01 UN humanitarian chief | role=IGOUNO GOV 2018-03-11..2021-07-01 UN Yemen envoy
tom-fletcher | name=Tom Fletcher | family=Fletcher | given=Tom | country=GBR | role=IGOUNOOCH GOV 2024-11-18.. UN humanitarian chief
philippe-lazzarini | name=Philippe Lazzarini | family=Lazzarini | given=Philippe | country=CHE | role=IGOUNOURW GOV 2020-04-01.. UNRWA Commissioner-General
irina-bokova | name=Irina Bokova | family=Bokova | given=Irina | country=BGR | role=IGOUNOESC GOV 2009-11-15..2017-11-15 UNESCO Director-General
audrey-azoulay | name=Audrey Azoulay | family=Azoulay | given=Audrey | country=FRA | role=IGOUNOESC GOV 2017-11-15..2025-11-15 UNESCO Director-General | role=FRA GOV 2016-02-11..2017-05-17 Culture Minister
khaled-el-enany | name=Khaled El-Enany | family=El-Enany | given=Khaled | names=Khaled el-Enany; Khaled Anani | country=EGY | role=IGOUNOESC GOV 2025-11-15.. UNESCO Director-General
jose-graziano-da-silva | name=Jose Graziano da Silva | family=Graziano da Silva | given=Jose | names=José Graziano da Silva | country=BRA | role=IGOUNOFAO GOV 2012-01-01..2019-08-01 FAO Director-General
qu-dongyu | name=Qu Dongyu | family=Qu | given=Dongyu | country=CHN | role=IGOUNOFAO GOV 2019-08-01.. FAO Director-General
guy-ryder | name=Guy Ryder | family=Ryder | given=Guy | country=GBR | role=IGOUNOILO GOV 2012-10-01..2022-10-01 ILO Director-General
gilbert-houngbo | name=Gilbert Houngbo | family=Houngbo | given=Gilbert | names=Gilbert F. Houngbo | country=TGO | role=IGOUNOILO GOV 2022-10-01.. ILO Director-General | role=IGOUNOIFD GOV 2017-04-01..2022-10-01 IFAD President | role=TGO GOV 2008-09-08..2012-07-23 Prime Minister
achim-steiner | name=Achim Steiner | family=Steiner | given=Achim | country=DEU | role=IGOUNOUDP GOV 2017-06-19..2025-06 UNDP Administrator | role=IGOUNOUEP GOV 2006-06-15..2016-06-15 UNEP Executive Director
inger-andersen | name=Inger Andersen | family=Andersen | given=Inger | country=DNK | role=IGOUNOUEP GOV 2019-06-15.. UNEP Executive Director
winnie-byanyima | name=Winnie Byanyima | family=Byanyima | given=Winnie | country=UGA | role=IGOUNOAID GOV 2019-11-01.. UNAIDS Executive Director
sima-bahous | name=Sima Bahous | family=Bahous | given=Sima | country=JOR | role=IGOUNOWMN GOV 2021-09-01.. UN Women Executive Director
william-lacy-swing | name=William Lacy Swing | family=Swing | given=William Lacy | country=USA | role=IGOUNOIOM GOV 2008-10-01..2018-10-01 IOM Director General
antonio-vitorino | name=Antonio Vitorino | family=Vitorino | given=Antonio | names=António Vitorino | country=PRT | role=IGOUNOIOM GOV 2018-10-01..2023-10-01 IOM Director General | role=IGOEURCMN GOV 1999-09-16..2004-11-22 European Commissioner
amy-pope | name=Amy Pope | family=Pope | given=Amy | country=USA | role=IGOUNOIOM GOV 2023-10-01.. IOM Director General
supachai-panitchpakdi | name=Supachai Panitchpakdi | family=Supachai | given=Panitchpakdi | country=THA | role=IGOBLKWTO GOV 2002-09-01..2005-09-01 Director-General | role=IGOUNOCTD GOV 2005-09-01..2013-09-01 UNCTAD Secretary-General
rebeca-grynspan | name=Rebeca Grynspan | family=Grynspan | given=Rebeca | country=CRI | role=IGOUNOCTD GOV 2021-09-13.. UNCTAD Secretary-General | role=CRI GOV 1994-05-08..1998-05-08 Vice President
joan-donoghue | name=Joan Donoghue | family=Donoghue | given=Joan | names=Joan E. Donoghue | country=USA | role=IGOUNOICJ GOV 2021-02-08..2024-02-06 ICJ President
nawaf-salam | name=Nawaf Salam | family=Salam | given=Nawaf | country=LBN | role=IGOUNOICJ GOV 2024-02-06..2025-01-14 ICJ President | role=LBN GOV 2025-02-08.. Prime Minister
iwasawa-yuji | name=Iwasawa Yuji | family=Iwasawa | given=Yuji | names=Yuji Iwasawa | country=JPN | role=IGOUNOICJ GOV 2025-03-03.. ICJ President

# ---------------------------------------------------------------- IMF, World Bank, WTO and other finance bodies
michel-camdessus | name=Michel Camdessus | family=Camdessus | given=Michel | country=FRA | role=IGOUNOIMF GOV 1987-01-16..2000-02-15 Managing Director
horst-kohler | name=Horst Kohler | family=Kohler | given=Horst | names=Horst Köhler; Horst Koehler; Köhler; Koehler | country=DEU | role=IGOUNOIMF GOV 2000-05-01..2004-03-04 Managing Director | role=DEU GOV 2004-07-01..2010-05-31 President
rodrigo-rato | name=Rodrigo Rato | family=Rato | given=Rodrigo | names=Rodrigo de Rato | country=ESP | role=IGOUNOIMF GOV 2004-06-07..2007-11-01 Managing Director
dominique-strauss-kahn | name=Dominique Strauss-Kahn | family=Strauss-Kahn | given=Dominique | names=DSK | country=FRA | role=IGOUNOIMF GOV 2007-11-01..2011-05-19 Managing Director
christine-lagarde | name=Christine Lagarde | family=Lagarde | given=Christine | country=FRA | role=IGOEURECB GOV 2019-11-01.. President | role=IGOUNOIMF GOV 2011-07-05..2019-09-12 Managing Director | role=FRA GOV 2007-06-19..2011-06-29 Finance Minister
kristalina-georgieva | name=Kristalina Georgieva | family=Georgieva | given=Kristalina | country=BGR | role=IGOUNOIMF GOV 2019-10-01.. Managing Director | role=IGOUNOWBK GOV 2017-01-02..2019-10-01 World Bank CEO | role=IGOEURCMN GOV 2010-02-10..2017-01-01 European Commissioner
james-wolfensohn | name=James Wolfensohn | family=Wolfensohn | given=James | names=James D. Wolfensohn | country=USA | role=IGOUNOWBK GOV 1995-06-01..2005-06-01 President
paul-wolfowitz | name=Paul Wolfowitz | family=Wolfowitz | given=Paul | country=USA | role=IGOUNOWBK GOV 2005-06-01..2007-07-01 President | role=USA GOV 2001-03-02..2005-06-01 Deputy Defense Secretary
robert-zoellick | name=Robert Zoellick | family=Zoellick | given=Robert | names=Robert B. Zoellick | country=USA | role=IGOUNOWBK GOV 2007-07-01..2012-07-01 President | role=USA GOV 2001-02-07..2005-02-22 Trade Representative | role=USA GOV 2005-02-22..2006-07-07 Deputy Secretary of State
jim-yong-kim | name=Jim Yong Kim | family=Kim | given=Jim Yong | country=USA | role=IGOUNOWBK GOV 2012-07-01..2019-02-01 President
david-malpass | name=David Malpass | family=Malpass | given=David | country=USA | role=IGOUNOWBK GOV 2019-04-09..2023-06-02 President
ajay-banga | name=Ajay Banga | family=Banga | given=Ajay | country=USA | role=IGOUNOWBK GOV 2023-06-02.. President
mike-moore | name=Mike Moore | family=Moore | given=Mike | country=NZL | role=IGOBLKWTO GOV 1999-09-01..2002-09-01 Director-General | role=NZL GOV 1990-09-04..1990-11-02 Prime Minister
pascal-lamy | name=Pascal Lamy | family=Lamy | given=Pascal | country=FRA | role=IGOBLKWTO GOV 2005-09-01..2013-09-01 Director-General | role=IGOEURCMN GOV 1999-09-16..2004-11-22 EU trade commissioner
roberto-azevedo | name=Roberto Azevedo | family=Azevedo | given=Roberto | names=Roberto Azevêdo | country=BRA | role=IGOBLKWTO GOV 2013-09-01..2020-09-01 Director-General
ngozi-okonjo-iweala | name=Ngozi Okonjo-Iweala | family=Okonjo-Iweala | given=Ngozi | country=NGA | role=IGOBLKWTO GOV 2021-03-01.. Director-General | role=NGA GOV 2011-08-17..2015-05-29 Finance Minister | role=NGA GOV 2003-07..2006-06 Finance Minister
angel-gurria | name=Angel Gurria | family=Gurria | given=Angel | names=Ángel Gurría | country=MEX | role=IGOWSTOCD GOV 2006-06-01..2021-06-01 Secretary-General | role=MEX GOV 1994-12-01..1998-01-07 Foreign Minister
mathias-cormann | name=Mathias Cormann | family=Cormann | given=Mathias | country=AUS | role=IGOWSTOCD GOV 2021-06-01.. Secretary-General | role=AUS GOV 2013-09-18..2020-10-30 Finance Minister
fatih-birol | name=Fatih Birol | family=Birol | given=Fatih | country=TUR | role=IGOWSTIEA GOV 2015-09-01.. IEA Executive Director
agustin-carstens | name=Agustin Carstens | family=Carstens | given=Agustin | names=Agustín Carstens | country=MEX | role=IGOBLKBIS GOV 2017-12-01..2025-07-01 BIS General Manager | role=MEX GOV 2010-01-01..2017-12-01 Central Bank Governor | role=MEX GOV 2006-12-01..2009-12-09 Finance Minister
pablo-hernandez-de-cos | name=Pablo Hernandez de Cos | family=Hernandez de Cos | given=Pablo | names=Pablo Hernández de Cos | country=ESP | role=IGOBLKBIS GOV 2025-07-01.. BIS General Manager | role=ESP GOV 2018-06-11..2024-06-11 Central Bank Governor
luis-alberto-moreno | name=Luis Alberto Moreno | family=Moreno | given=Luis Alberto | country=COL | role=IGOLAMIDB GOV 2005-10-01..2020-10-01 IDB President
mauricio-claver-carone | name=Mauricio Claver-Carone | family=Claver-Carone | given=Mauricio | country=USA | role=IGOLAMIDB GOV 2020-10-01..2022-09-26 IDB President
ilan-goldfajn | name=Ilan Goldfajn | family=Goldfajn | given=Ilan | country=BRA | role=IGOLAMIDB GOV 2022-12-19.. IDB President | role=BRA GOV 2016-06-09..2019-02-28 Central Bank Governor
akinwumi-adesina | name=Akinwumi Adesina | family=Adesina | given=Akinwumi | country=NGA | role=IGOAFRAFB GOV 2015-09-01..2025-09-01 AfDB President | role=NGA GOV 2011-07..2015-05-29 Agriculture Minister
sidi-ould-tah | name=Sidi Ould Tah | family=Ould Tah | given=Sidi | country=MRT | role=IGOAFRAFB GOV 2025-09-01.. AfDB President
masatsugu-asakawa | name=Masatsugu Asakawa | family=Asakawa | given=Masatsugu | country=JPN | role=IGOASAADB GOV 2020-01-17..2025-02-24 ADB President
masato-kanda | name=Masato Kanda | family=Kanda | given=Masato | country=JPN | role=IGOASAADB GOV 2025-02-24.. ADB President
jin-liqun | name=Jin Liqun | family=Jin | given=Liqun | country=CHN | role=IGOASAAII GOV 2016-01-16..2026-01-16 AIIB President
zou-jiayi | name=Zou Jiayi | family=Zou | given=Jiayi | country=CHN | role=IGOASAAII GOV 2026-01-16.. AIIB President
dilma-rousseff | name=Dilma Rousseff | family=Rousseff | given=Dilma | country=BRA | role=IGOBLKNDB GOV 2023-03-24.. New Development Bank President | role=BRA GOV 2011-01-01..2016-08-31 President
werner-hoyer | name=Werner Hoyer | family=Hoyer | given=Werner | country=DEU | role=IGOEUREIB GOV 2012-01-01..2024-01-01 EIB President
nadia-calvino | name=Nadia Calvino | family=Calvino | given=Nadia | names=Nadia Calviño | country=ESP | role=IGOEUREIB GOV 2024-01-01.. EIB President | role=ESP GOV 2018-06-07..2023-12-29 Economy Minister
odile-renaud-basso | name=Odile Renaud-Basso | family=Renaud-Basso | given=Odile | country=FRA | role=IGOEUREBR GOV 2020-11.. EBRD President
