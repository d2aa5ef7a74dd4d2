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
francesca-albanese | name=Francesca Albanese | family=Albanese | given=Francesca | country=ITA | role=IGOUNOHRC GOV 2022-05-01.. UN Special Rapporteur on the occupied Palestinian territories
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
khaled-el-enany | name=Khaled El-Enany | family=El-Enany | given=Khaled | names=Khaled Anani | country=EGY | role=IGOUNOESC GOV 2025-11-15.. UNESCO Director-General
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
supachai-panitchpakdi | name=Supachai Panitchpakdi | family=Panitchpakdi | given=Supachai | names=Supachai | country=THA | role=IGOBLKWTO GOV 2002-09-01..2005-09-01 Director-General | role=IGOUNOCTD GOV 2005-09-01..2013-09-01 UNCTAD Secretary-General
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
agustin-carstens | name=Agustin Carstens | family=Carstens | given=Agustin | names=Agustín Carstens | country=MEX | role=IGOBLKBIS GOV 2017-12-01..2025-07-01 BIS General Manager | role=MEX GOV 2010-01..2017-12-01 Central Bank Governor | role=MEX GOV 2006-12-01..2009-12-09 Finance Minister
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

# ---------------------------------------------------------------- European Union
jacques-santer | name=Jacques Santer | family=Santer | given=Jacques | country=LUX | role=IGOEURCMN GOV 1995-01-23..1999-03-15 European Commission President | role=LUX GOV 1984-07-20..1995-01-20 Prime Minister
romano-prodi | name=Romano Prodi | family=Prodi | given=Romano | country=ITA | role=IGOEURCMN GOV 1999-09-16..2004-11-22 European Commission President | role=ITA GOV 1996-05-17..1998-10-21 Prime Minister | role=ITA GOV 2006-05-17..2008-05-08 Prime Minister
jose-manuel-barroso | name=Jose Manuel Barroso | family=Barroso | given=Jose Manuel | names=José Manuel Barroso; José Manuel Durão Barroso; Jose Manuel Durao Barroso | country=PRT | role=IGOEURCMN GOV 2004-11-22..2014-11-01 European Commission President | role=PRT GOV 2002-04-06..2004-07-17 Prime Minister
jean-claude-juncker | name=Jean-Claude Juncker | family=Juncker | given=Jean-Claude | country=LUX | role=IGOEURCMN GOV 2014-11-01..2019-12-01 European Commission President | role=LUX GOV 1995-01-20..2013-12-04 Prime Minister | role=IGOEUREGR GOV 2005-01-01..2013-01-21 Eurogroup President
ursula-von-der-leyen | name=Ursula von der Leyen | family=von der Leyen | given=Ursula | names=Von der Leyen | country=DEU | role=IGOEURCMN GOV 2019-12-01.. European Commission President | role=DEU GOV 2013-12-17..2019-07-17 Defence Minister
herman-van-rompuy | name=Herman Van Rompuy | family=Van Rompuy | given=Herman | country=BEL | role=IGOEURECN GOV 2009-12-01..2014-12-01 European Council President | role=BEL GOV 2008-12-30..2009-11-25 Prime Minister
donald-tusk | name=Donald Tusk | family=Tusk | given=Donald | country=POL | role=IGOEURECN GOV 2014-12-01..2019-12-01 European Council President | role=POL GOV 2007-11-16..2014-09-22 Prime Minister | role=POL GOV 2023-12-13.. Prime Minister
charles-michel | name=Charles Michel | family=Michel | given=Charles | country=BEL | role=IGOEURECN GOV 2019-12-01..2024-12-01 European Council President | role=BEL GOV 2014-10-11..2019-10-27 Prime Minister
antonio-costa | name=Antonio Costa | family=Costa | given=Antonio | names=António Costa | country=PRT | role=IGOEURECN GOV 2024-12-01.. European Council President | role=PRT GOV 2015-11-26..2024-04-02 Prime Minister
javier-solana | name=Javier Solana | family=Solana | given=Javier | country=ESP | role=IGOWSTNAT GOV 1995-12-05..1999-10-06 Secretary-General | role=IGOEUREEC GOV 1999-10-18..2009-12-01 EU foreign policy chief | role=ESP GOV 1992-07..1995-12 Foreign Minister
catherine-ashton | name=Catherine Ashton | family=Ashton | given=Catherine | names=Baroness Ashton; Lady Ashton | country=GBR | role=IGOEUREEC GOV 2009-12-01..2014-11-01 EU foreign policy chief | role=IGOEURCMN GOV 2008-10-03..2009-12-01 EU trade commissioner
federica-mogherini | name=Federica Mogherini | family=Mogherini | given=Federica | country=ITA | role=IGOEUREEC GOV 2014-11-01..2019-12-01 EU foreign policy chief | role=ITA GOV 2014-02-22..2014-10-31 Foreign Minister
josep-borrell | name=Josep Borrell | family=Borrell | given=Josep | names=Josep Borrell Fontelles | country=ESP | role=IGOEUREEC GOV 2019-12-01..2024-12-01 EU foreign policy chief | role=ESP GOV 2018-06-07..2019-11-30 Foreign Minister | role=IGOEUREPL GOV 2004-07-20..2007-01-16 European Parliament President
kaja-kallas | name=Kaja Kallas | family=Kallas | given=Kaja | country=EST | role=IGOEUREEC GOV 2024-12-01.. EU foreign policy chief | role=EST GOV 2021-01-26..2024-07-23 Prime Minister
martin-schulz | name=Martin Schulz | family=Schulz | given=Martin | country=DEU | role=IGOEUREPL GOV 2012-01-17..2017-01-17 European Parliament President
antonio-tajani | name=Antonio Tajani | family=Tajani | given=Antonio | country=ITA | role=IGOEUREPL GOV 2017-01-17..2019-07-03 European Parliament President | role=ITA GOV 2022-10-22.. Foreign Minister
david-sassoli | name=David Sassoli | family=Sassoli | given=David | country=ITA | role=IGOEUREPL GOV 2019-07-03..2022-01-11 European Parliament President
roberta-metsola | name=Roberta Metsola | family=Metsola | given=Roberta | country=MLT | role=IGOEUREPL GOV 2022-01-18.. European Parliament President
margrethe-vestager | name=Margrethe Vestager | family=Vestager | given=Margrethe | country=DNK | role=IGOEURCMN GOV 2014-11-01..2024-12-01 EU competition commissioner
thierry-breton | name=Thierry Breton | family=Breton | given=Thierry | country=FRA | role=IGOEURCMN GOV 2019-12-01..2024-09-16 EU internal market commissioner
maros-sefcovic | name=Maros Sefcovic | family=Sefcovic | given=Maros | names=Maroš Šefčovič | country=SVK | role=IGOEURCMN GOV 2024-12-01.. EU trade commissioner | role=IGOEURCMN GOV 2010-02-10..2024-12-01 European Commission Vice-President
valdis-dombrovskis | name=Valdis Dombrovskis | family=Dombrovskis | given=Valdis | country=LVA | role=IGOEURCMN GOV 2024-12-01.. EU economy commissioner | role=IGOEURCMN GOV 2014-11-01..2024-12-01 European Commission Vice-President | role=LVA GOV 2009-03-12..2014-01-22 Prime Minister
frans-timmermans | name=Frans Timmermans | family=Timmermans | given=Frans | country=NLD | role=IGOEURCMN GOV 2014-11-01..2023-08-22 European Commission First Vice-President | role=NLD GOV 2012-11-05..2014-11-01 Foreign Minister
teresa-ribera | name=Teresa Ribera | family=Ribera | given=Teresa | country=ESP | role=IGOEURCMN GOV 2024-12-01.. European Commission Executive Vice-President
andrius-kubilius | name=Andrius Kubilius | family=Kubilius | given=Andrius | country=LTU | role=IGOEURCMN GOV 2024-12-01.. EU defence commissioner | role=LTU GOV 2008-12-09..2012-12-13 Prime Minister
michel-barnier | name=Michel Barnier | family=Barnier | given=Michel | country=FRA | role=IGOEURCMN GOV 2016-10-01..2021-04-01 EU Brexit negotiator | role=FRA GOV 2024-09-05..2024-12-13 Prime Minister | role=FRA GOV 2004-03-31..2005-06-02 Foreign Minister
wim-duisenberg | name=Wim Duisenberg | family=Duisenberg | given=Wim | country=NLD | role=IGOEURECB GOV 1998-06-01..2003-11-01 President
jean-claude-trichet | name=Jean-Claude Trichet | family=Trichet | given=Jean-Claude | country=FRA | role=IGOEURECB GOV 2003-11-01..2011-11-01 President
mario-draghi | name=Mario Draghi | family=Draghi | given=Mario | country=ITA | role=IGOEURECB GOV 2011-11-01..2019-11-01 President | role=ITA GOV 2021-02-13..2022-10-22 Prime Minister
catherine-de-bolle | name=Catherine De Bolle | family=De Bolle | given=Catherine | country=BEL | role=IGOEUREPO GOV 2018-05-01.. Europol Executive Director
fabrice-leggeri | name=Fabrice Leggeri | family=Leggeri | given=Fabrice | country=FRA | role=IGOEURFRX GOV 2015-01-16..2022-04-29 Frontex Executive Director
hans-leijtens | name=Hans Leijtens | family=Leijtens | given=Hans | country=NLD | role=IGOEURFRX GOV 2023-03-01.. Frontex Executive Director

# ---------------------------------------------------------------- NATO, OSCE, Council of Europe
george-robertson | name=George Robertson | family=Robertson | given=George | names=Lord Robertson | country=GBR | role=IGOWSTNAT GOV 1999-10-14..2004-01-01 Secretary-General | role=GBR GOV 1997-05-03..1999-10-11 Defence Secretary
jaap-de-hoop-scheffer | name=Jaap de Hoop Scheffer | family=de Hoop Scheffer | given=Jaap | country=NLD | role=IGOWSTNAT GOV 2004-01-01..2009-08-01 Secretary-General | role=NLD GOV 2002-07-22..2003-12-03 Foreign Minister
anders-fogh-rasmussen | name=Anders Fogh Rasmussen | family=Rasmussen | given=Anders Fogh | country=DNK | role=IGOWSTNAT GOV 2009-08-01..2014-10-01 Secretary-General | role=DNK GOV 2001-11-27..2009-04-05 Prime Minister
jens-stoltenberg | name=Jens Stoltenberg | family=Stoltenberg | given=Jens | country=NOR | role=IGOWSTNAT GOV 2014-10-01..2024-10-01 Secretary-General | role=NOR GOV 2025-02-04.. Finance Minister | role=NOR GOV 2005-10-17..2013-10-16 Prime Minister | role=NOR GOV 2000-03-17..2001-10-19 Prime Minister
mark-rutte | name=Mark Rutte | family=Rutte | given=Mark | country=NLD | role=IGOWSTNAT GOV 2024-10-01.. Secretary-General | role=NLD GOV 2010-10-14..2024-07-02 Prime Minister
tod-wolters | name=Tod Wolters | family=Wolters | given=Tod | names=Tod D. Wolters | country=USA | role=IGOWSTNAT MIL 2019-05-03..2022-07-04 Supreme Allied Commander Europe
christopher-cavoli | name=Christopher Cavoli | family=Cavoli | given=Christopher | names=Christopher G. Cavoli | country=USA | role=IGOWSTNAT MIL 2022-07-04..2025-07-01 Supreme Allied Commander Europe
alexus-grynkewich | name=Alexus Grynkewich | family=Grynkewich | given=Alexus | names=Alexus G. Grynkewich | country=USA | role=IGOWSTNAT MIL 2025-07-01.. Supreme Allied Commander Europe
helga-schmid | name=Helga Schmid | family=Schmid | given=Helga | country=DEU | role=IGOEUROSC GOV 2020-12-04..2024-09-04 Secretary General
feridun-sinirlioglu | name=Feridun Sinirlioglu | family=Sinirlioglu | given=Feridun | names=Feridun Sinirlioğlu | country=TUR | role=IGOEUROSC GOV 2024-09-04.. Secretary General | role=TUR GOV 2015-08-28..2015-11-24 Foreign Minister
thorbjorn-jagland | name=Thorbjorn Jagland | family=Jagland | given=Thorbjorn | names=Thorbjørn Jagland | country=NOR | role=IGOEURCOE GOV 2009-10-01..2019-09-18 Council of Europe Secretary General | role=NOR GOV 1996-10-25..1997-10-17 Prime Minister
marija-pejcinovic-buric | name=Marija Pejcinovic Buric | family=Pejcinovic Buric | given=Marija | names=Marija Pejčinović Burić | country=HRV | role=IGOEURCOE GOV 2019-09-18..2024-09-18 Council of Europe Secretary General
alain-berset | name=Alain Berset | family=Berset | given=Alain | country=CHE | role=IGOEURCOE GOV 2024-09-18.. Council of Europe Secretary General | role=CHE GOV 2023-01-01..2024-01-01 President | role=CHE GOV 2018-01-01..2019-01-01 President

# ---------------------------------------------------------------- other international organisations
luis-moreno-ocampo | name=Luis Moreno Ocampo | family=Moreno Ocampo | given=Luis | names=Luis Moreno-Ocampo | country=ARG | role=IGOBLKICC GOV 2003-06-16..2012-06-16 Prosecutor
fatou-bensouda | name=Fatou Bensouda | family=Bensouda | given=Fatou | country=GMB | role=IGOBLKICC GOV 2012-06-16..2021-06-16 Prosecutor
karim-khan | name=Karim Khan | family=Khan | given=Karim | names=Karim A.A. Khan; Karim Ahmad Khan | country=GBR | role=IGOBLKICC GOV 2021-06-16.. Prosecutor
tomoko-akane | name=Tomoko Akane | family=Akane | given=Tomoko | country=JPN | role=IGOBLKICC GOV 2024-03-11.. ICC President
alpha-oumar-konare | name=Alpha Oumar Konare | family=Konare | given=Alpha Oumar | names=Alpha Oumar Konaré | country=MLI | role=IGOAFRAUC GOV 2003-09-16..2008-04-28 African Union Commission Chairperson | role=MLI GOV 1992-06-08..2002-06-08 President
jean-ping | name=Jean Ping | family=Ping | given=Jean | country=GAB | role=IGOAFRAUC GOV 2008-04-28..2012-10-15 African Union Commission Chairperson
nkosazana-dlamini-zuma | name=Nkosazana Dlamini-Zuma | family=Dlamini-Zuma | given=Nkosazana | country=ZAF | role=IGOAFRAUC GOV 2012-10-15..2017-03-14 African Union Commission Chairperson | role=ZAF GOV 1999-06-17..2009-05-10 Foreign Minister
moussa-faki-mahamat | name=Moussa Faki Mahamat | family=Faki | given=Moussa | names=Moussa Faki | country=TCD | role=IGOAFRAUC GOV 2017-03-14..2025-02-15 African Union Commission Chairperson | role=TCD GOV 2008-04..2017-01 Foreign Minister | role=TCD GOV 2003-06-24..2005-02-04 Prime Minister
mahmoud-ali-youssouf | name=Mahmoud Ali Youssouf | family=Youssouf | given=Mahmoud Ali | country=DJI | role=IGOAFRAUC GOV 2025-02-15.. African Union Commission Chairperson | role=DJI GOV 2005-07..2025-02 Foreign Minister
omar-alieu-touray | name=Omar Alieu Touray | family=Touray | given=Omar Alieu | names=Omar Touray | country=GMB | role=IGOAFRECW GOV 2022-07.. ECOWAS Commission President
ong-keng-yong | name=Ong Keng Yong | family=Ong | given=Keng Yong | country=SGP | role=IGOSEAASN GOV 2003-01-01..2008-01-01 Secretary-General
surin-pitsuwan | name=Surin Pitsuwan | family=Pitsuwan | given=Surin | country=THA | role=IGOSEAASN GOV 2008-01-01..2013-01-01 Secretary-General | role=THA GOV 1997-11..2001-02 Foreign Minister
le-luong-minh | name=Le Luong Minh | family=Le | given=Luong Minh | names=Lê Lương Minh | country=VNM | role=IGOSEAASN GOV 2013-01-01..2018-01-01 Secretary-General
lim-jock-hoi | name=Lim Jock Hoi | family=Lim | given=Jock Hoi | country=BRN | role=IGOSEAASN GOV 2018-01-01..2023-01-01 Secretary-General
kao-kim-hourn | name=Kao Kim Hourn | family=Kao | given=Kim Hourn | country=KHM | role=IGOSEAASN GOV 2023-01-01.. Secretary-General
amr-moussa | name=Amr Moussa | family=Moussa | given=Amr | country=EGY | role=IGOMEAARL GOV 2001-05-15..2011-07-01 Secretary-General | role=EGY GOV 1991-05-20..2001-05-15 Foreign Minister
nabil-elaraby | name=Nabil Elaraby | family=Elaraby | given=Nabil | names=Nabil al-Arabi; Nabil el-Araby | country=EGY | role=IGOMEAARL GOV 2011-07-01..2016-07-01 Secretary-General | role=EGY GOV 2011-03-06..2011-07-01 Foreign Minister
ahmed-aboul-gheit | name=Ahmed Aboul Gheit | family=Aboul Gheit | given=Ahmed | names=Ahmed Abul Gheit; Ahmed Aboul-Gheit | country=EGY | role=IGOMEAARL GOV 2016-07-01.. Secretary-General | role=EGY GOV 2004-07-14..2011-03-06 Foreign Minister
abdalla-el-badri | name=Abdalla Salem el-Badri | family=el-Badri | given=Abdalla Salem | names=Abdalla el-Badri; Abdullah al-Badri | country=LBY | role=IGOBLKOPC GOV 2007-01-01..2016-08-01 Secretary-General
mohammad-barkindo | name=Mohammad Barkindo | family=Barkindo | given=Mohammad | names=Mohammad Sanusi Barkindo | country=NGA | role=IGOBLKOPC GOV 2016-08-01..2022-07-05 Secretary-General
haitham-al-ghais | name=Haitham al-Ghais | family=al-Ghais | given=Haitham | names=Haitham Al Ghais | country=KWT | role=IGOBLKOPC GOV 2022-08-01.. Secretary-General
jasem-albudaiwi | name=Jasem Albudaiwi | family=Albudaiwi | given=Jasem | names=Jasem Mohamed Albudaiwi; Jassim al-Budaiwi | country=KWT | role=IGOMEAGCC GOV 2023-02-01.. Secretary-General
hissein-brahim-taha | name=Hissein Brahim Taha | family=Taha | given=Hissein Brahim | country=TCD | role=IGOBLKOIC GOV 2021-11.. Secretary-General
jose-miguel-insulza | name=Jose Miguel Insulza | family=Insulza | given=Jose Miguel | names=José Miguel Insulza | country=CHL | role=IGOLAMOAS GOV 2005-05-26..2015-05-26 Secretary General
luis-almagro | name=Luis Almagro | family=Almagro | given=Luis | country=URY | role=IGOLAMOAS GOV 2015-05-26..2025-05-30 Secretary General | role=URY GOV 2010-03-01..2015-03-01 Foreign Minister
albert-ramdin | name=Albert Ramdin | family=Ramdin | given=Albert | country=SUR | role=IGOLAMOAS GOV 2025-05-30.. Secretary General
patricia-scotland | name=Patricia Scotland | family=Scotland | given=Patricia | names=Baroness Scotland | country=GBR | role=IGOBLKCWN GOV 2016-04-01..2025-04-01 Commonwealth Secretary-General
shirley-ayorkor-botchwey | name=Shirley Ayorkor Botchwey | family=Botchwey | given=Shirley Ayorkor | country=GHA | role=IGOBLKCWN GOV 2025-04-01.. Commonwealth Secretary-General | role=GHA GOV 2017-01..2025-01 Foreign Minister
jurgen-stock | name=Jurgen Stock | family=Stock | given=Jurgen | names=Jürgen Stock | country=DEU | role=IGOBLKITP GOV 2014-11-07..2024-11-07 Interpol Secretary General
valdecy-urquiza | name=Valdecy Urquiza | family=Urquiza | given=Valdecy | country=BRA | role=IGOBLKITP GOV 2024-11-07.. Interpol Secretary General

# ---------------------------------------------------------------- opposition leaders, dissidents and activists
alexei-navalny | name=Alexei Navalny | family=Navalny | given=Alexei | names=Alexey Navalny; Aleksei Navalny; Navalnyy | country=RUS | role=RUS OPP 2011..2024-02-16 opposition leader
yulia-navalnaya | name=Yulia Navalnaya | family=Navalnaya | given=Yulia | country=RUS | role=RUS OPP 2024-02-19.. opposition leader
vladimir-kara-murza | name=Vladimir Kara-Murza | family=Kara-Murza | given=Vladimir | country=RUS | role=RUS OPP 2011.. opposition politician
ilya-yashin | name=Ilya Yashin | family=Yashin | given=Ilya | country=RUS | role=RUS OPP 2005.. opposition politician
mikhail-khodorkovsky | name=Mikhail Khodorkovsky | family=Khodorkovsky | given=Mikhail | country=RUS | role=RUS OPP 2013-12-20.. Kremlin critic | role=RUS BUS 1997..2003-10-25 Yukos chief
boris-nemtsov | name=Boris Nemtsov | family=Nemtsov | given=Boris | country=RUS | role=RUS OPP 2000..2015-02-27 opposition leader | role=RUS GOV 1997-03-17..1998-08-28 First Deputy Prime Minister
garry-kasparov | name=Garry Kasparov | family=Kasparov | given=Garry | country=RUS | role=RUS OPP 2005.. opposition activist
svetlana-tsikhanouskaya | name=Svetlana Tsikhanouskaya | family=Tsikhanouskaya | given=Svetlana | names=Sviatlana Tsikhanouskaya; Svetlana Tikhanovskaya; Tikhanovskaya | country=BLR | role=BLR OPP 2020-07.. opposition leader
maria-kalesnikava | name=Maria Kalesnikava | family=Kalesnikava | given=Maria | names=Maria Kolesnikova; Kolesnikova | country=BLR | role=BLR OPP 2020-07.. opposition activist
ales-bialiatski | name=Ales Bialiatski | family=Bialiatski | given=Ales | names=Ales Byalyatski; Ales Belyatsky | country=BLR | role=BLR HRI 1996.. human rights activist
juan-guaido | name=Juan Guaido | family=Guaido | given=Juan | names=Juan Guaidó | country=VEN | role=VEN OPP 2019-01-23..2023-01-05 opposition leader | role=VEN LEG 2019-01-05..2023-01-05 National Assembly President
maria-corina-machado | name=Maria Corina Machado | family=Machado | given=Maria Corina | names=María Corina Machado | country=VEN | role=VEN OPP 2002.. opposition leader | role=VEN LEG 2011-01-05..2014-03-24 lawmaker
edmundo-gonzalez-urrutia | name=Edmundo Gonzalez Urrutia | family=Gonzalez | given=Edmundo | names=Edmundo González Urrutia; Edmundo González; Edmundo Gonzalez | country=VEN | role=VEN OPP 2024-04-19.. opposition leader
leopoldo-lopez | name=Leopoldo Lopez | family=Lopez | given=Leopoldo | names=Leopoldo López | country=VEN | role=VEN OPP 2009.. opposition leader
aung-san-suu-kyi | name=Aung San Suu Kyi | family=Suu Kyi | given=Aung San | names=Daw Aung San Suu Kyi | country=MMR | role=MMR OPP 1988-09..2016-03-30 opposition leader | role=MMR GOV 2016-03-30..2021-02-01 Foreign Minister | role=MMR GOV 2016-04-06..2021-02-01 State Counsellor
imran-khan | name=Imran Khan | family=Khan | given=Imran | country=PAK | role=PAK OPP 1996-04-25..2018-08-18 opposition leader | role=PAK GOV 2018-08-18..2022-04-10 Prime Minister | role=PAK OPP 2022-04-10.. opposition leader
raila-odinga | name=Raila Odinga | family=Odinga | given=Raila | country=KEN | role=KEN GOV 2008-04-17..2013-04-09 Prime Minister | role=KEN OPP 2013-04-09..2025-03-07 opposition leader
bobi-wine | name=Bobi Wine | family=Wine | given=Bobi | names=Robert Kyagulanyi; Robert Kyagulanyi Ssentamu; Kyagulanyi | country=UGA | role=UGA OPP 2017.. opposition leader
kizza-besigye | name=Kizza Besigye | family=Besigye | given=Kizza | country=UGA | role=UGA OPP 2000.. opposition leader
morgan-tsvangirai | name=Morgan Tsvangirai | family=Tsvangirai | given=Morgan | country=ZWE | role=ZWE OPP 1999-09..2009-02-11 opposition leader | role=ZWE GOV 2009-02-11..2013-09-15 Prime Minister | role=ZWE OPP 2013-09-15..2018-02-14 opposition leader
nelson-chamisa | name=Nelson Chamisa | family=Chamisa | given=Nelson | country=ZWE | role=ZWE OPP 2018-02-15..2024-01-25 opposition leader
tundu-lissu | name=Tundu Lissu | family=Lissu | given=Tundu | country=TZA | role=TZA OPP 2017.. opposition leader
venancio-mondlane | name=Venancio Mondlane | family=Mondlane | given=Venancio | names=Venâncio Mondlane | country=MOZ | role=MOZ OPP 2024-10.. opposition leader
ousmane-sonko | name=Ousmane Sonko | family=Sonko | given=Ousmane | country=SEN | role=SEN OPP 2014..2024-04-02 opposition leader | role=SEN GOV 2024-04-02.. Prime Minister
kemal-kilicdaroglu | name=Kemal Kilicdaroglu | family=Kilicdaroglu | given=Kemal | names=Kemal Kılıçdaroğlu; Kılıçdaroğlu | country=TUR | role=TUR OPP 2010-05-22..2023-11-05 opposition leader
ozgur-ozel | name=Ozgur Ozel | family=Ozel | given=Ozgur | names=Özgür Özel; Özel | country=TUR | role=TUR OPP 2023-11-05.. opposition leader
ekrem-imamoglu | name=Ekrem Imamoglu | family=Imamoglu | given=Ekrem | names=Ekrem İmamoğlu; İmamoğlu | country=TUR | role=TUR OPP 2019-06-27..2025-03-23 Istanbul Mayor | role=TUR OPP 2025-03-23.. opposition leader
selahattin-demirtas | name=Selahattin Demirtas | family=Demirtas | given=Selahattin | names=Selahattin Demirtaş; Demirtaş | country=TUR | role=TUR OPP 2014-06-22..2018-02-11 opposition leader
rahul-gandhi | name=Rahul Gandhi | family=Gandhi | given=Rahul | country=IND | role=IND OPP 2024-06.. opposition leader | role=IND PTY 2017-12-16..2019-08-10 Congress party president
sam-rainsy | name=Sam Rainsy | family=Rainsy | given=Sam | country=KHM | role=KHM OPP 1995.. opposition leader
kem-sokha | name=Kem Sokha | family=Kem | given=Sokha | country=KHM | role=KHM OPP 2012.. opposition leader
pita-limjaroenrat | name=Pita Limjaroenrat | family=Limjaroenrat | given=Pita | country=THA | role=THA OPP 2020-03-14..2024-08-07 opposition leader
mir-hossein-mousavi | name=Mir Hossein Mousavi | family=Mousavi | given=Mir Hossein | names=Mir-Hossein Mousavi | country=IRN | role=IRN OPP 2009-06.. opposition leader | role=IRN GOV 1981-10-31..1989-08-03 Prime Minister
narges-mohammadi | name=Narges Mohammadi | family=Mohammadi | given=Narges | country=IRN | role=IRN HRI 2003.. human rights activist
reza-pahlavi | name=Reza Pahlavi | family=Pahlavi | given=Reza | country=IRN | role=IRN OPP 1979.. exiled crown prince
mikheil-saakashvili | name=Mikheil Saakashvili | family=Saakashvili | given=Mikheil | names=Mikhail Saakashvili | country=GEO | role=GEO GOV 2004-01-25..2007-11-25 President | role=GEO GOV 2008-01-20..2013-11-17 President | role=UKR GOV 2015-05-30..2016-11-09 Odesa governor | role=GEO OPP 2013-11-17.. opposition leader
bidzina-ivanishvili | name=Bidzina Ivanishvili | family=Ivanishvili | given=Bidzina | country=GEO | role=GEO GOV 2012-10-25..2013-11-20 Prime Minister | role=GEO PTY 2012-04-21.. Georgian Dream founder
yair-lapid | name=Yair Lapid | family=Lapid | given=Yair | country=ISR | role=ISR OPP 2020-05-17..2021-06-13 opposition leader | role=ISR GOV 2021-06-13..2022-07-01 Foreign Minister | role=ISR GOV 2022-07-01..2022-12-29 Prime Minister | role=ISR OPP 2022-12-29.. opposition leader
marwan-barghouti | name=Marwan Barghouti | family=Barghouti | given=Marwan | country=PSE | role=PSE PTY 1994.. Fatah leader
jimmy-lai | name=Jimmy Lai | family=Lai | given=Jimmy | names=Lai Chee-ying | country=HKG | role=HKG MED 1995-06..2021-06-24 Apple Daily founder
joshua-wong | name=Joshua Wong | family=Wong | given=Joshua | country=HKG | role=HKG OPP 2011.. pro-democracy activist
liu-xiaobo | name=Liu Xiaobo | family=Liu | given=Xiaobo | country=CHN | role=CHN OPP 1989..2017-07-13 dissident
ai-weiwei | name=Ai Weiwei | family=Ai | given=Weiwei | country=CHN | role=CHN OPP 2008.. dissident artist
alaa-abd-el-fattah | name=Alaa Abd el-Fattah | family=Abd el-Fattah | given=Alaa | names=Alaa Abdel Fattah; Alaa Abd El Fattah | country=EGY | role=EGY HRI 2011.. pro-democracy activist
loujain-al-hathloul | name=Loujain al-Hathloul | family=al-Hathloul | given=Loujain | names=Loujain Alhathloul | country=SAU | role=SAU HRI 2013.. women's rights activist
malala-yousafzai | name=Malala Yousafzai | family=Yousafzai | given=Malala | country=PAK | role=PAK EDU 2009.. education activist
maria-ressa | name=Maria Ressa | family=Ressa | given=Maria | country=PHL | role=PHL MED 2012.. Rappler chief executive
dmitry-muratov | name=Dmitry Muratov | family=Muratov | given=Dmitry | names=Dmitri Muratov | country=RUS | role=RUS MED 1995-11..2017-11 Novaya Gazeta editor | role=RUS MED 2019-11.. Novaya Gazeta editor
denis-mukwege | name=Denis Mukwege | family=Mukwege | given=Denis | country=COD | role=COD HLH 1999.. Nobel laureate
nadia-murad | name=Nadia Murad | family=Murad | given=Nadia | country=IRQ | role=IRQ HRI 2015.. Yazidi activist
greta-thunberg | name=Greta Thunberg | family=Thunberg | given=Greta | country=SWE | role=SWE CVL 2018-08-20.. climate activist
julian-assange | name=Julian Assange | family=Assange | given=Julian | country=AUS | role=AUS MED 2006-10-04.. WikiLeaks founder
edward-snowden | name=Edward Snowden | family=Snowden | given=Edward | country=USA | role=USA SPY 2009..2013-06 NSA contractor
evan-gershkovich | name=Evan Gershkovich | family=Gershkovich | given=Evan | country=USA | role=USA MED 2022-01.. Wall Street Journal reporter

# ---------------------------------------------------------------- militant, rebel and armed-group leaders
hassan-nasrallah | name=Hassan Nasrallah | family=Nasrallah | given=Hassan | names=Sayyed Hassan Nasrallah; Hasan Nasrallah | country=LBN | role=LBN REB 1992-02-16..2024-09-27 Hezbollah leader
naim-qassem | name=Naim Qassem | family=Qassem | given=Naim | names=Naim Kassem; Naim Qasim; Sheikh Naim Qassem | country=LBN | role=LBN REB 1991..2024-10-29 Hezbollah deputy leader | role=LBN REB 2024-10-29.. Hezbollah leader
ahmed-yassin | name=Ahmed Yassin | family=Yassin | given=Ahmed | names=Sheikh Ahmed Yassin | country=PSE | role=PSE REB 1987-12..2004-03-22 Hamas founder
khaled-meshaal | name=Khaled Meshaal | family=Meshaal | given=Khaled | names=Khaled Mashaal; Khalid Mishal; Khaled Mashal | country=PSE | role=PSE REB 1996..2017-05-06 Hamas leader
ismail-haniyeh | name=Ismail Haniyeh | family=Haniyeh | given=Ismail | names=Ismail Haniya; Ismail Haniye | country=PSE | role=PSE GOV 2006-03-29..2007-06-14 Prime Minister | role=PSE REB 2017-05-06..2024-07-31 Hamas leader
yahya-sinwar | name=Yahya Sinwar | family=Sinwar | given=Yahya | names=Yehya Sinwar; Yahya al-Sinwar | country=PSE | role=PSE REB 2017-02-13..2024-08-06 Hamas Gaza chief | role=PSE REB 2024-08-06..2024-10-16 Hamas leader
mohammed-deif | name=Mohammed Deif | family=Deif | given=Mohammed | names=Mohammed Dief; Mohammed al-Deif; Mohammed Diab Ibrahim al-Masri | country=PSE | role=PSE REB 2002..2024-07-13 Hamas military chief
khalil-al-hayya | name=Khalil al-Hayya | family=Hayya | given=Khalil | names=Khalil al-Hayyah; Khalil Hayya | country=PSE | role=PSE REB 2024-10.. Hamas Gaza chief
ramadan-shallah | name=Ramadan Shallah | family=Shallah | given=Ramadan | names=Ramadan Abdullah Shallah | country=PSE | role=PSE REB 1995-10..2018-09-28 Islamic Jihad leader
ziyad-al-nakhalah | name=Ziyad al-Nakhalah | family=Nakhalah | given=Ziyad | names=Ziad al-Nakhala; Ziyad Nakhalah; Ziad Nakhaleh | country=PSE | role=PSE REB 2018-09-28.. Islamic Jihad leader
abdul-malik-al-houthi | name=Abdul-Malik al-Houthi | family=Houthi | given=Abdul-Malik | names=Abdul Malik al-Houthi; Abdulmalik al-Houthi; Abdul Malik Badreddin al-Houthi | country=YEM | role=YEM REB 2004-09.. Houthi leader
mohammed-abdulsalam | name=Mohammed Abdulsalam | family=Abdulsalam | given=Mohammed | names=Mohammed Abdul Salam | country=YEM | role=YEM REB 2015.. Houthi spokesman
mahdi-al-mashat | name=Mahdi al-Mashat | family=Mashat | given=Mahdi | country=YEM | role=YEM REB 2018-04-25.. Houthi political chief
osama-bin-laden | name=Osama bin Laden | family=bin Laden | given=Osama | names=Usama bin Laden; Usama bin Ladin; Osama bin Ladin | country=SAU | role=--- REB 1988-08..2011-05-02 al-Qaeda leader
ayman-al-zawahiri | name=Ayman al-Zawahiri | family=Zawahiri | given=Ayman | names=Ayman Zawahiri; Ayman al-Zawahri | country=EGY | role=--- REB 2011-06-16..2022-07-31 al-Qaeda leader
abu-bakr-al-baghdadi | name=Abu Bakr al-Baghdadi | family=Baghdadi | given=Abu Bakr | names=Ibrahim Awad Ibrahim al-Badri; Abu Bakr Baghdadi | country=IRQ | role=--- REB 2010-05-16..2019-10-27 Islamic State leader
abu-musab-al-zarqawi | name=Abu Musab al-Zarqawi | family=Zarqawi | given=Abu Musab | names=Abu Mus'ab al-Zarqawi | country=JOR | role=IRQ REB 2004-10..2006-06-07 al-Qaeda in Iraq leader
anwar-al-awlaki | name=Anwar al-Awlaki | family=al-Awlaki | given=Anwar | names=Anwar al-Aulaqi | country=USA | role=YEM REB 2009..2011-09-30 al-Qaeda preacher
nasser-al-wuhayshi | name=Nasser al-Wuhayshi | family=al-Wuhayshi | given=Nasser | names=Nasir al-Wuhayshi | country=YEM | role=YEM REB 2009-01..2015-06-12 AQAP leader
khalid-batarfi | name=Khalid Batarfi | family=Batarfi | given=Khalid | names=Khaled Batarfi | country=SAU | role=YEM REB 2020-02..2024-03-10 AQAP leader
saad-al-awlaki | name=Saad bin Atef al-Awlaki | family=al-Awlaki | given=Saad | names=Saad al-Awlaki | country=YEM | role=YEM REB 2024-03-10.. AQAP leader
ahmed-abdi-godane | name=Ahmed Abdi Godane | family=Godane | given=Ahmed Abdi | names=Mukhtar Abu Zubair | country=SOM | role=SOM REB 2008..2014-09-01 al-Shabaab leader
ahmed-diriye | name=Ahmed Diriye | family=Diriye | given=Ahmed | names=Ahmad Umar; Abu Ubaidah; Ahmed Umar Abu Ubaidah | country=SOM | role=SOM REB 2014-09-06.. al-Shabaab leader
iyad-ag-ghaly | name=Iyad Ag Ghaly | family=Ag Ghaly | given=Iyad | names=Iyad ag Ghali | country=MLI | role=MLI REB 2012..2017-03-02 Ansar Dine leader | role=MLI REB 2017-03-02.. JNIM leader
amadou-koufa | name=Amadou Koufa | family=Koufa | given=Amadou | country=MLI | role=MLI REB 2015-01.. Katiba Macina leader
abdelmalek-droukdel | name=Abdelmalek Droukdel | family=Droukdel | given=Abdelmalek | names=Abu Musab Abdel Wadoud; Abdelmalek Droukdal | country=DZA | role=DZA REB 2004..2020-06-03 AQIM leader
mohammed-yusuf | name=Mohammed Yusuf | family=Yusuf | given=Mohammed | country=NGA | role=NGA REB 2002..2009-07-30 Boko Haram founder
abubakar-shekau | name=Abubakar Shekau | family=Shekau | given=Abubakar | country=NGA | role=NGA REB 2009-07-30..2021-05-19 Boko Haram leader
mullah-omar | name=Mullah Mohammad Omar | family=Omar | given=Mohammad | names=Mullah Omar; Mohammed Omar | country=AFG | role=AFG REB 1994..1996-09-27 Taliban leader | role=AFG GOV 1996-09-27..2001-11-13 Taliban leader | role=AFG REB 2001-11-13..2013-04-23 Taliban leader
akhtar-mansour | name=Akhtar Mohammad Mansour | family=Mansour | given=Akhtar Mohammad | names=Mullah Akhtar Mansour; Akhtar Mansour; Mullah Mansour | country=AFG | role=AFG REB 2015-07-29..2016-05-21 Taliban leader
hibatullah-akhundzada | name=Hibatullah Akhundzada | family=Akhundzada | given=Hibatullah | names=Haibatullah Akhundzada; Mullah Hibatullah; Mawlawi Hibatullah Akhundzada | country=AFG | role=AFG REB 2016-05-25..2021-08-15 Taliban leader | role=AFG GOV 2021-08-15.. Supreme Leader
sirajuddin-haqqani | name=Sirajuddin Haqqani | family=Haqqani | given=Sirajuddin | names=Siraj Haqqani | country=AFG | role=AFG REB 2015-07-30..2021-08-15 Taliban deputy leader | role=AFG GOV 2021-09-07.. Interior Minister
abdul-ghani-baradar | name=Abdul Ghani Baradar | family=Baradar | given=Abdul Ghani | names=Mullah Baradar; Mullah Abdul Ghani Baradar | country=AFG | role=AFG REB 2019-01-24..2021-08-15 Taliban political chief | role=AFG GOV 2021-09-07.. Deputy Prime Minister
zabihullah-mujahid | name=Zabihullah Mujahid | family=Mujahid | given=Zabihullah | names=Zabiullah Mujahid | country=AFG | role=AFG REB 2007..2021-08-15 Taliban spokesman | role=AFG GOV 2021-08-15.. Taliban spokesman
ahmad-shah-massoud | name=Ahmad Shah Massoud | family=Massoud | given=Ahmad Shah | names=Ahmed Shah Massoud; Lion of Panjshir | country=AFG | role=AFG REB 1996-09..2001-09-09 Northern Alliance commander
ahmad-massoud | name=Ahmad Massoud | family=Massoud | given=Ahmad | country=AFG | role=AFG REB 2021-08.. National Resistance Front leader
baitullah-mehsud | name=Baitullah Mehsud | family=Mehsud | given=Baitullah | country=PAK | role=PAK REB 2007-12..2009-08-05 Pakistani Taliban leader
hakimullah-mehsud | name=Hakimullah Mehsud | family=Mehsud | given=Hakimullah | country=PAK | role=PAK REB 2009-08..2013-11-01 Pakistani Taliban leader
noor-wali-mehsud | name=Noor Wali Mehsud | family=Mehsud | given=Noor Wali | names=Mufti Noor Wali Mehsud | country=PAK | role=PAK REB 2018-06-22.. Pakistani Taliban leader
hafiz-saeed | name=Hafiz Saeed | family=Saeed | given=Hafiz | names=Hafiz Muhammad Saeed; Hafiz Mohammad Saeed | country=PAK | role=PAK REB 1990.. Lashkar-e-Taiba founder
masood-azhar | name=Masood Azhar | family=Azhar | given=Masood | names=Maulana Masood Azhar; Masood Azhar Alvi | country=PAK | role=PAK REB 2000-01.. Jaish-e-Mohammed chief
ahmed-al-sharaa | name=Ahmed al-Sharaa | family=Sharaa | given=Ahmed | names=Ahmad al-Sharaa; Ahmed Hussein al-Sharaa; Abu Mohammad al-Julani; Abu Mohammed al-Jolani; Abu Mohammad al-Golani; al-Julani; Julani; Jolani | country=SYR | role=SYR REB 2012-01-23..2024-12-08 HTS leader | role=SYR GOV 2024-12-08..2025-01-29 de facto leader | role=SYR GOV 2025-01-29.. President
mazloum-abdi | name=Mazloum Abdi | family=Abdi | given=Mazloum | names=Mazlum Abdi; Mazloum Kobani; Mazloum Kobane Abdi | country=SYR | role=SYR REB 2015-10.. SDF commander
abdullah-ocalan | name=Abdullah Ocalan | family=Ocalan | given=Abdullah | names=Abdullah Öcalan; Öcalan | country=TUR | role=TUR REB 1978-11-27..2025-05-12 PKK leader
murat-karayilan | name=Murat Karayilan | family=Karayilan | given=Murat | names=Murat Karayılan | country=TUR | role=TUR REB 1999..2025-05-12 PKK commander
cemil-bayik | name=Cemil Bayik | family=Bayik | given=Cemil | names=Cemil Bayık | country=TUR | role=TUR REB 1978..2025-05-12 PKK co-leader
mohamed-hamdan-dagalo | name=Mohamed Hamdan Dagalo | family=Dagalo | given=Mohamed Hamdan | names=Hemedti; Hemeti; Mohamed Hamdan Daglo; Mohammed Hamdan Dagalo | country=SDN | role=SDN MIL 2013-08..2023-04-15 RSF commander | role=SDN GOV 2019-04-12..2019-08-21 Transitional Military Council deputy chairman | role=SDN GOV 2019-08-21..2023-05-19 Sovereign Council deputy chairman | role=SDN REB 2023-04-15.. RSF commander
abdel-fattah-al-burhan | name=Abdel Fattah al-Burhan | family=Burhan | given=Abdel Fattah | names=Abdel-Fattah al-Burhan; Abdel Fattah Burhan | country=SDN | role=SDN MIL 2019-04-12.. army chief | role=SDN GOV 2019-04-12..2019-08-21 Transitional Military Council head | role=SDN GOV 2019-08-21.. Sovereign Council Chairman
abdelaziz-al-hilu | name=Abdelaziz al-Hilu | family=al-Hilu | given=Abdelaziz | names=Abdel Aziz al-Hilu; Abdelaziz Adam al-Hilu | country=SDN | role=SDN REB 2017-06.. SPLM-N leader
abdel-wahid-al-nur | name=Abdel Wahid al-Nur | family=al-Nur | given=Abdel Wahid | names=Abdel Wahid Mohamed al-Nur; Abdul Wahid al-Nur | country=SDN | role=SDN REB 2001.. Sudan Liberation Movement leader
khalifa-haftar | name=Khalifa Haftar | family=Haftar | given=Khalifa | names=Khalifa Hifter; Khalifa Belqasim Haftar; Field Marshal Haftar | country=LBY | role=LBY MIL 2014-05-16.. LNA commander
yevgeny-prigozhin | name=Yevgeny Prigozhin | family=Prigozhin | given=Yevgeny | names=Evgeny Prigozhin; Yevgeniy Prigozhin | country=RUS | role=RUS UAF 2014..2023-08-23 Wagner chief
dmitry-utkin | name=Dmitry Utkin | family=Utkin | given=Dmitry | country=RUS | role=RUS UAF 2014..2023-08-23 Wagner commander
ramzan-kadyrov | name=Ramzan Kadyrov | family=Kadyrov | given=Ramzan | country=RUS | role=RUS GOV 2007-03-02.. Chechen leader
igor-girkin | name=Igor Girkin | family=Girkin | given=Igor | names=Igor Strelkov; Strelkov | country=RUS | role=RUS UAF 2014-04..2014-08-14 separatist commander
alexander-zakharchenko | name=Alexander Zakharchenko | family=Zakharchenko | given=Alexander | names=Oleksandr Zakharchenko | country=UKR | role=UKR SEP 2014-08-07..2018-08-31 Donetsk separatist leader
denis-pushilin | name=Denis Pushilin | family=Pushilin | given=Denis | country=UKR | role=UKR SEP 2018-09-07.. Donetsk separatist leader
leonid-pasechnik | name=Leonid Pasechnik | family=Pasechnik | given=Leonid | country=UKR | role=UKR SEP 2017-11-24.. Luhansk separatist leader
vadim-krasnoselsky | name=Vadim Krasnoselsky | family=Krasnoselsky | given=Vadim | country=MDA | role=MDA SEP 2016-12-16.. Transnistrian leader
ersin-tatar | name=Ersin Tatar | family=Tatar | given=Ersin | country=CYP | role=CYP SEP 2020-10-23..2025-10-24 Turkish Cypriot leader
tufan-erhurman | name=Tufan Erhurman | family=Erhurman | given=Tufan | names=Tufan Erhürman | country=CYP | role=CYP SEP 2025-10-24.. Turkish Cypriot leader
brahim-ghali | name=Brahim Ghali | family=Ghali | given=Brahim | country=ESH | role=ESH SEP 2016-07-09.. Polisario leader
twan-mrat-naing | name=Twan Mrat Naing | family=Twan Mrat Naing | names=Tun Myat Naing | country=MMR | role=MMR REB 2009-04-10.. Arakan Army commander
joseph-kony | name=Joseph Kony | family=Kony | given=Joseph | country=UGA | role=UGA REB 1987.. LRA leader
sultani-makenga | name=Sultani Makenga | family=Makenga | given=Sultani | country=COD | role=COD REB 2013-03.. M23 military chief
bertrand-bisimwa | name=Bertrand Bisimwa | family=Bisimwa | given=Bertrand | country=COD | role=COD REB 2013-11.. M23 leader
corneille-nangaa | name=Corneille Nangaa | family=Nangaa | given=Corneille | country=COD | role=COD REB 2023-12-15.. Congo River Alliance leader
debretsion-gebremichael | name=Debretsion Gebremichael | family=Debretsion | country=ETH | role=ETH GOV 2018-01..2020-11-04 Tigray regional president | role=ETH REB 2020-11-04..2023-03 TPLF leader
rodrigo-londono | name=Rodrigo Londono | family=Londono | given=Rodrigo | names=Rodrigo Londoño; Timochenko; Timoleon Jimenez; Timoleón Jiménez | country=COL | role=COL REB 2011-11-15..2017-08 FARC leader | role=COL PTY 2017-09-01.. Comunes party leader
manuel-marulanda | name=Manuel Marulanda | family=Marulanda | given=Manuel | names=Tirofijo; Pedro Antonio Marin | country=COL | role=COL REB 1964..2008-03-26 FARC leader
ivan-marquez | name=Ivan Marquez | family=Marquez | given=Ivan | names=Iván Márquez; Luciano Marin Arango | country=COL | role=COL REB 2019-08-29.. Segunda Marquetalia leader
abimael-guzman | name=Abimael Guzman | family=Guzman | given=Abimael | names=Abimael Guzmán; Presidente Gonzalo; Chairman Gonzalo | country=PER | role=PER REB 1980-05-17..1992-09-12 Shining Path leader
joaquin-guzman | name=Joaquin Guzman | family=Guzman | given=Joaquin | names=El Chapo; Joaquín Guzmán; Joaquin Guzman Loera; El Chapo Guzman | country=MEX | role=MEX CRM 1989..2016-01-08 Sinaloa Cartel leader
ismael-zambada | name=Ismael Zambada | family=Zambada | given=Ismael | names=El Mayo; Ismael Zambada Garcia; El Mayo Zambada | country=MEX | role=MEX CRM 1989..2024-07-25 Sinaloa Cartel leader [shared]
nemesio-oseguera | name=Nemesio Oseguera | family=Oseguera | given=Nemesio | names=El Mencho; Nemesio Oseguera Cervantes | country=MEX | role=MEX CRM 2009.. CJNG leader
jimmy-cherizier | name=Jimmy Cherizier | family=Cherizier | given=Jimmy | names=Jimmy Barbecue Cherizier | country=HTI | role=HTI CRM 2020.. gang leader
qasem-soleimani | name=Qasem Soleimani | family=Soleimani | given=Qassem | names=Qasem Soleimani; Ghasem Soleimani; Qassim Suleimani | country=IRN | role=IRN MIL 1998..2020-01-03 Quds Force commander
esmail-qaani | name=Esmail Qaani | family=Qaani | given=Esmail | names=Esmail Ghaani; Ismail Qaani | country=IRN | role=IRN MIL 2020-01-03.. Quds Force commander
hossein-salami | name=Hossein Salami | family=Salami | given=Hossein | country=IRN | role=IRN MIL 2019-04-21..2025-06-13 IRGC commander
mohammad-pakpour | name=Mohammad Pakpour | family=Pakpour | given=Mohammad | names=Mohammad Pakpur | country=IRN | role=IRN MIL 2025-06-13.. IRGC commander
mohammad-bagheri | name=Mohammad Bagheri | family=Bagheri | given=Mohammad | country=IRN | role=IRN MIL 2016-06-28..2025-06-13 armed forces chief of staff
abdolrahim-mousavi | name=Abdolrahim Mousavi | family=Mousavi | given=Abdolrahim | country=IRN | role=IRN MIL 2017-08-21..2025-06-13 army commander | role=IRN MIL 2025-06-13.. armed forces chief of staff
amir-ali-hajizadeh | name=Amir Ali Hajizadeh | family=Hajizadeh | given=Amir Ali | country=IRN | role=IRN MIL 2009-10..2025-06-13 IRGC Aerospace Force commander
abu-mahdi-al-muhandis | name=Abu Mahdi al-Muhandis | family=al-Muhandis | given=Abu Mahdi | names=Jamal Jaafar Mohammed Ali al-Ibrahim | country=IRQ | role=IRQ UAF 2014-06..2020-01-03 PMF deputy chief
qais-al-khazali | name=Qais al-Khazali | family=al-Khazali | given=Qais | names=Qais Khazali | country=IRQ | role=IRQ UAF 2007.. Asaib Ahl al-Haq leader
faleh-al-fayyadh | name=Faleh al-Fayyadh | family=al-Fayyadh | given=Faleh | names=Falih al-Fayyadh | country=IRQ | role=IRQ UAF 2014.. PMF chairman

# ---------------------------------------------------------------- religious leaders and rulers
pope-john-paul-ii | name=Pope John Paul II | family=John Paul | names=John Paul II; Karol Wojtyla; Karol Wojtyła | country=POL | role=VAT GOV 1978-10-16..2005-04-02 Pope
pope-benedict-xvi | name=Pope Benedict XVI | family=Benedict | names=Benedict XVI; Joseph Ratzinger; Ratzinger; Pope Emeritus Benedict | country=DEU | role=VAT GOV 2005-04-19..2013-02-28 Pope
pope-francis | name=Pope Francis | family=Francis | names=Jorge Mario Bergoglio; Bergoglio | country=ARG | role=VAT GOV 2013-03-13..2025-04-21 Pope
pope-leo-xiv | name=Pope Leo XIV | family=Leo | names=Leo XIV; Robert Prevost; Robert Francis Prevost; Cardinal Prevost | country=USA | role=VAT GOV 2025-05-08.. Pope
pietro-parolin | name=Pietro Parolin | family=Parolin | given=Pietro | names=Cardinal Pietro Parolin; Cardinal Parolin | country=ITA | role=VAT GOV 2013-10-15.. Secretary of State
dalai-lama | name=Dalai Lama | family=Gyatso | given=Tenzin | names=Tenzin Gyatso; 14th Dalai Lama | country=CHN | role=CHN REL 1940-02-22.. Dalai Lama
patriarch-kirill | name=Patriarch Kirill | family=Kirill | names=Kirill of Moscow; Vladimir Gundyayev; Patriarch Kirill of Moscow and All Russia | country=RUS | role=RUS REL 2009-02-01.. Patriarch
patriarch-bartholomew | name=Ecumenical Patriarch Bartholomew | family=Bartholomew | names=Patriarch Bartholomew; Bartholomew I; Bartholomew I of Constantinople | country=TUR | role=TUR REL 1991-11-02.. Ecumenical Patriarch
metropolitan-epiphanius | name=Metropolitan Epiphanius | family=Epiphanius | names=Metropolitan Epifaniy; Serhiy Dumenko | country=UKR | role=UKR REL 2018-12-15.. Metropolitan
justin-welby | name=Justin Welby | family=Welby | given=Justin | country=GBR | role=GBR REL 2013-02-04..2025-01-06 Archbishop of Canterbury
sarah-mullally | name=Sarah Mullally | family=Mullally | given=Sarah | country=GBR | role=GBR REL 2026-01.. Archbishop of Canterbury
ahmed-el-tayeb | name=Ahmed el-Tayeb | family=el-Tayeb | given=Ahmed | names=Ahmed al-Tayeb; Ahmed al-Tayyeb; Sheikh Ahmed el-Tayeb | country=EGY | role=EGY REL 2010-03-19.. Grand Imam of Al-Azhar
ali-al-sistani | name=Ali al-Sistani | family=Sistani | given=Ali | names=Grand Ayatollah Ali al-Sistani; Ayatollah Ali al-Sistani; Ali Sistani | country=IRQ | role=IRQ REL 1992-08.. Grand Ayatollah
muqtada-al-sadr | name=Muqtada al-Sadr | family=Sadr | given=Muqtada | names=Moqtada al-Sadr; Moqtada Sadr; Muqtada Sadr | country=IRQ | role=IRQ REL 2003.. Shiite cleric
ruhollah-khomeini | name=Ruhollah Khomeini | family=Khomeini | given=Ruhollah | names=Ayatollah Khomeini; Ayatollah Ruhollah Khomeini; Imam Khomeini | country=IRN | role=IRN GOV 1979-12-03..1989-06-03 Supreme Leader
ali-khamenei | name=Ali Khamenei | family=Khamenei | given=Ali | names=Ayatollah Ali Khamenei; Ayatollah Khamenei; Sayyed Ali Khamenei; Seyed Ali Khamenei | country=IRN | role=IRN GOV 1989-06-04.. Supreme Leader | role=IRN GOV 1981-10-13..1989-08-03 President
mohammed-bin-salman | name=Mohammed bin Salman | family=Mohammed bin Salman | names=MBS; Mohammad bin Salman; Mohammed bin Salman Al Saud; Prince Mohammed bin Salman | country=SAU | role=SAU GOV 2015-01-23..2022-09-27 Defence Minister | role=SAU GOV 2015-04-29..2017-06-21 Deputy Crown Prince | role=SAU GOV 2017-06-21.. Crown Prince | role=SAU GOV 2022-09-27.. Prime Minister
kim-yo-jong | name=Kim Yo Jong | family=Kim | given=Yo Jong | names=Kim Yo-jong | country=PRK | role=PRK GOV 2014.. senior official
masoud-barzani | name=Masoud Barzani | family=Barzani | given=Massoud | names=Masoud Barzani | country=IRQ | role=IRQ GOV 2005-06-13..2017-11-01 Kurdistan Region President | role=IRQ PTY 1979.. Kurdistan Democratic Party leader

# ---------------------------------------------------------------- business and media figures
elon-musk | name=Elon Musk | family=Musk | given=Elon | country=USA | role=USA BUS 2008-10.. Tesla CEO | role=USA GOV 2025-01-20..2025-05-30 DOGE head
jeff-bezos | name=Jeff Bezos | family=Bezos | given=Jeff | country=USA | role=USA BUS 1994-07..2021-07-05 Amazon CEO | role=USA BUS 2021-07-05.. Amazon executive chairman
mark-zuckerberg | name=Mark Zuckerberg | family=Zuckerberg | given=Mark | country=USA | role=USA BUS 2004-07.. Meta CEO
bill-gates | name=Bill Gates | family=Gates | given=Bill | names=William H. Gates | country=USA | role=USA BUS 1975-04..2000-01-13 Microsoft CEO | role=USA NGO 2000.. Gates Foundation chair
warren-buffett | name=Warren Buffett | family=Buffett | given=Warren | country=USA | role=USA BUS 1970..2026-01-01 Berkshire Hathaway CEO
george-soros | name=George Soros | family=Soros | given=George | country=USA | role=USA BUS 1970.. financier
tim-cook | name=Tim Cook | family=Cook | given=Tim | country=USA | role=USA BUS 2011-08-24.. Apple CEO
sundar-pichai | name=Sundar Pichai | family=Pichai | given=Sundar | country=USA | role=USA BUS 2015-10-02.. Google CEO
satya-nadella | name=Satya Nadella | family=Nadella | given=Satya | country=USA | role=USA BUS 2014-02-04.. Microsoft CEO
jensen-huang | name=Jensen Huang | family=Huang | given=Jensen | country=USA | role=USA BUS 1993-04.. Nvidia CEO
sam-altman | name=Sam Altman | family=Altman | given=Sam | country=USA | role=USA BUS 2019.. OpenAI CEO
rupert-murdoch | name=Rupert Murdoch | family=Murdoch | given=Rupert | country=USA | role=USA MED 1952..2023-11-16 News Corp chairman
tucker-carlson | name=Tucker Carlson | family=Carlson | given=Tucker | country=USA | role=USA MED 2016-11-14..2023-04-24 Fox News host
jack-ma | name=Jack Ma | family=Ma | given=Jack | names=Ma Yun | country=CHN | role=CHN BUS 1999..2019-09-10 Alibaba chairman
ren-zhengfei | name=Ren Zhengfei | family=Ren | given=Zhengfei | country=CHN | role=CHN BUS 1987.. Huawei founder
meng-wanzhou | name=Meng Wanzhou | family=Meng | given=Wanzhou | names=Sabrina Meng | country=CHN | role=CHN BUS 2011-04.. Huawei chief financial officer
mukesh-ambani | name=Mukesh Ambani | family=Ambani | given=Mukesh | country=IND | role=IND BUS 2002.. Reliance Industries chairman
gautam-adani | name=Gautam Adani | family=Adani | given=Gautam | country=IND | role=IND BUS 1988.. Adani Group chairman
alexei-miller | name=Alexei Miller | family=Miller | given=Alexei | names=Alexey Miller; Aleksei Miller | country=RUS | role=RUS BUS 2001-05-30.. Gazprom CEO
igor-sechin | name=Igor Sechin | family=Sechin | given=Igor | country=RUS | role=RUS BUS 2012-05-23.. Rosneft CEO | role=RUS GOV 2008-05-12..2012-05-21 Deputy Prime Minister
roman-abramovich | name=Roman Abramovich | family=Abramovich | given=Roman | country=RUS | role=RUS BUS 1995.. billionaire
oleg-deripaska | name=Oleg Deripaska | family=Deripaska | given=Oleg | country=RUS | role=RUS BUS 2000.. Rusal founder
amin-nasser | name=Amin Nasser | family=Nasser | given=Amin | names=Amin H. Nasser | country=SAU | role=SAU BUS 2015-05.. Aramco CEO
