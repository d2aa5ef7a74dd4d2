# persons-americas-oceania.lex — heads of state and heads of government of the UN member states of the Americas
# and Oceania who held office at any time since 2015-01-01, with their earlier terms and some other major offices.
# The British monarch (head of state of the Commonwealth realms) is not listed here; governors-general are listed
# for Canada, Australia and New Zealand only. Acting and interim heads use the plain title (President, Prime Minister).
# Format: docs/lexicon.md, section persons-*.lex.

# ---------------------------------------------------------------- United States
bill-clinton | name=Bill Clinton | family=Clinton | given=Bill | names=William J. Clinton; William Jefferson Clinton; William Clinton | country=USA | role=USA GOV 1993-01-20..2001-01-20 President
george-w-bush | name=George W. Bush | family=Bush | given=George W. | names=George Walker Bush; George Bush | country=USA | role=USA GOV 2001-01-20..2009-01-20 President
barack-obama | name=Barack Obama | family=Obama | given=Barack | names=Barack H. Obama; Barack Hussein Obama | country=USA | role=USA GOV 2009-01-20..2017-01-20 President | role=USA LEG 2005-01-03..2008-11-16 Senator
donald-trump | name=Donald Trump | family=Trump | given=Donald | names=Donald J. Trump; Donald John Trump | country=USA | role=USA GOV 2017-01-20..2021-01-20 President | role=USA GOV 2025-01-20.. President
joe-biden | name=Joe Biden | family=Biden | given=Joe | names=Joseph R. Biden; Joseph R. Biden Jr.; Joseph Biden; Joseph Robinette Biden | country=USA | role=USA GOV 2021-01-20..2025-01-20 President | role=USA GOV 2009-01-20..2017-01-20 Vice President | role=USA LEG 1973-01-03..2009-01-15 Senator
dick-cheney | name=Dick Cheney | family=Cheney | given=Dick | names=Richard B. Cheney; Richard Cheney; Richard Bruce Cheney | country=USA | role=USA GOV 2001-01-20..2009-01-20 Vice President | role=USA GOV 1989-03-21..1993-01-20 Defense Secretary | role=USA LEG 1979-01-03..1989-03-17 Representative
mike-pence | name=Mike Pence | family=Pence | given=Mike | names=Michael R. Pence; Michael Pence; Michael Richard Pence | country=USA | role=USA GOV 2017-01-20..2021-01-20 Vice President | role=USA LEG 2001-01-03..2013-01-03 Representative
kamala-harris | name=Kamala Harris | family=Harris | given=Kamala | names=Kamala D. Harris; Kamala Devi Harris | country=USA | role=USA GOV 2021-01-20..2025-01-20 Vice President | role=USA LEG 2017-01-03..2021-01-18 Senator
jd-vance | name=JD Vance | family=Vance | given=JD | names=J.D. Vance; J. D. Vance; James David Vance; James D. Vance | country=USA | role=USA GOV 2025-01-20.. Vice President | role=USA LEG 2023-01-03..2025-01-10 Senator
hillary-clinton | name=Hillary Clinton | family=Clinton | given=Hillary | names=Hillary Rodham Clinton; Hillary R. Clinton | country=USA | role=USA GOV 2009-01-21..2013-02-01 Secretary of State | role=USA LEG 2001-01-03..2009-01-21 Senator

# ---------------------------------------------------------------- Canada
stephen-harper | name=Stephen Harper | family=Harper | given=Stephen | names=Stephen Joseph Harper | country=CAN | role=CAN GOV 2006-02-06..2015-11-04 Prime Minister
justin-trudeau | name=Justin Trudeau | family=Trudeau | given=Justin | names=Justin Pierre James Trudeau | country=CAN | role=CAN GOV 2015-11-04..2025-03-14 Prime Minister
mark-carney | name=Mark Carney | family=Carney | given=Mark | names=Mark Joseph Carney | country=CAN | role=CAN GOV 2025-03-14.. Prime Minister | role=CAN GOV 2008-02-01..2013-06-01 Central Bank Governor | role=GBR GOV 2013-07-01..2020-03-16 Central Bank Governor
david-johnston | name=David Johnston | family=Johnston | given=David | names=David Lloyd Johnston | country=CAN | role=CAN GOV 2010-10-01..2017-10-02 Governor General
julie-payette | name=Julie Payette | family=Payette | given=Julie | country=CAN | role=CAN GOV 2017-10-02..2021-01-22 Governor General
mary-simon | name=Mary Simon | family=Simon | given=Mary | names=Mary May Simon | country=CAN | role=CAN GOV 2021-07-26.. Governor General

# ---------------------------------------------------------------- Mexico
enrique-pena-nieto | name=Enrique Pena Nieto | family=Pena Nieto | given=Enrique | names=Enrique Peña Nieto | country=MEX | role=MEX GOV 2012-12-01..2018-12-01 President
andres-manuel-lopez-obrador | name=Andres Manuel Lopez Obrador | family=Lopez Obrador | given=Andres Manuel | names=Andrés Manuel López Obrador; AMLO | country=MEX | role=MEX GOV 2018-12-01..2024-10-01 President
claudia-sheinbaum | name=Claudia Sheinbaum | family=Sheinbaum | given=Claudia | names=Claudia Sheinbaum Pardo | country=MEX | role=MEX GOV 2024-10-01.. President

# ---------------------------------------------------------------- Central America
# Guatemala
otto-perez-molina | name=Otto Perez Molina | family=Perez Molina | given=Otto | names=Otto Pérez Molina | country=GTM | role=GTM GOV 2012-01-14..2015-09-03 President
alejandro-maldonado-aguirre | name=Alejandro Maldonado Aguirre | family=Maldonado | given=Alejandro | names=Alejandro Maldonado | country=GTM | role=GTM GOV 2015-09-03..2016-01-14 President | role=GTM GOV 2015-05-14..2015-09-03 Vice President
jimmy-morales | name=Jimmy Morales | family=Morales | given=Jimmy | names=James Ernesto Morales Cabrera | country=GTM | role=GTM GOV 2016-01-14..2020-01-14 President
alejandro-giammattei | name=Alejandro Giammattei | family=Giammattei | given=Alejandro | names=Alejandro Eduardo Giammattei Falla | country=GTM | role=GTM GOV 2020-01-14..2024-01-15 President
bernardo-arevalo | name=Bernardo Arevalo | family=Arevalo | given=Bernardo | names=Bernardo Arévalo; Bernardo Arévalo de León | country=GTM | role=GTM GOV 2024-01-15.. President
jafeth-cabrera | name=Jafeth Cabrera | family=Cabrera | given=Jafeth | names=Jafeth Ernesto Cabrera Franco | country=GTM | role=GTM GOV 2016-01-14..2020-01-14 Vice President
guillermo-castillo-reyes | name=Guillermo Castillo | family=Castillo | given=Guillermo | names=Guillermo Castillo Reyes | country=GTM | role=GTM GOV 2020-01-14..2024-01-15 Vice President
karin-herrera | name=Karin Herrera | family=Herrera | given=Karin | names=Karin Larissa Herrera Aguilar | country=GTM | role=GTM GOV 2024-01-15.. Vice President
# Belize
dean-barrow | name=Dean Barrow | family=Barrow | given=Dean | names=Dean Oliver Barrow | country=BLZ | role=BLZ GOV 2008-02-08..2020-11-12 Prime Minister
johnny-briceno | name=Johnny Briceno | family=Briceno | given=Johnny | names=Johnny Briceño; John Briceño | country=BLZ | role=BLZ GOV 2020-11-12.. Prime Minister
# Honduras
juan-orlando-hernandez | name=Juan Orlando Hernandez | family=Hernandez | given=Juan Orlando | names=Juan Orlando Hernández; JOH | country=HND | role=HND GOV 2014-01-27..2022-01-27 President
xiomara-castro | name=Xiomara Castro | family=Castro | given=Xiomara | names=Iris Xiomara Castro Sarmiento; Xiomara Castro de Zelaya | country=HND | role=HND GOV 2022-01-27..2026-01-27 President
nasry-asfura | name=Nasry Asfura | family=Asfura | given=Nasry | names=Nasry Juan Asfura Zablah; Tito Asfura | country=HND | role=HND GOV 2026-01-27.. President
# El Salvador
salvador-sanchez-ceren | name=Salvador Sanchez Ceren | family=Sanchez Ceren | given=Salvador | names=Salvador Sánchez Cerén | country=SLV | role=SLV GOV 2014-06-01..2019-06-01 President | role=SLV GOV 2009-06-01..2014-06-01 Vice President
nayib-bukele | name=Nayib Bukele | family=Bukele | given=Nayib | names=Nayib Armando Bukele Ortez | country=SLV | role=SLV GOV 2019-06-01..2023-12-01 President | role=SLV GOV 2024-06-01.. President
claudia-rodriguez-de-guevara | name=Claudia Rodriguez de Guevara | family=Rodriguez de Guevara | given=Claudia | names=Claudia Juana Rodríguez de Guevara | country=SLV | role=SLV GOV 2023-12-01..2024-06-01 President
oscar-ortiz-el-salvador | name=Oscar Ortiz | family=Ortiz | given=Oscar | names=Óscar Ortiz; Óscar Samuel Ortiz Ascencio | country=SLV | role=SLV GOV 2014-06-01..2019-06-01 Vice President
felix-ulloa | name=Felix Ulloa | family=Ulloa | given=Felix | names=Félix Ulloa | country=SLV | role=SLV GOV 2019-06-01.. Vice President
# Nicaragua
daniel-ortega | name=Daniel Ortega | family=Ortega | given=Daniel | names=José Daniel Ortega Saavedra; Daniel Ortega Saavedra | country=NIC | role=NIC GOV 1985-01-10..1990-04-25 President | role=NIC GOV 2007-01-10.. President
rosario-murillo | name=Rosario Murillo | family=Murillo | given=Rosario | names=Rosario María Murillo Zambrana | country=NIC | role=NIC GOV 2017-01-10..2025-02 Vice President | role=NIC GOV 2025-02.. Co-President
# Costa Rica
luis-guillermo-solis | name=Luis Guillermo Solis | family=Solis | given=Luis Guillermo | names=Luis Guillermo Solís; Luis Guillermo Solís Rivera | country=CRI | role=CRI GOV 2014-05-08..2018-05-08 President
carlos-alvarado-quesada | name=Carlos Alvarado | family=Alvarado | given=Carlos | names=Carlos Alvarado Quesada | country=CRI | role=CRI GOV 2018-05-08..2022-05-08 President
rodrigo-chaves | name=Rodrigo Chaves | family=Chaves | given=Rodrigo | names=Rodrigo Chaves Robles | country=CRI | role=CRI GOV 2022-05-08..2026-05-08 President
laura-fernandez-delgado | name=Laura Fernandez | family=Fernandez | given=Laura | names=Laura Fernández; Laura Fernández Delgado | country=CRI | role=CRI GOV 2026-05-08.. President
# Panama
juan-carlos-varela | name=Juan Carlos Varela | family=Varela | given=Juan Carlos | names=Juan Carlos Varela Rodríguez | country=PAN | role=PAN GOV 2014-07-01..2019-07-01 President | role=PAN GOV 2009-07-01..2014-07-01 Vice President
laurentino-cortizo | name=Laurentino Cortizo | family=Cortizo | given=Laurentino | names=Nito Cortizo; Laurentino Cortizo Cohen | country=PAN | role=PAN GOV 2019-07-01..2024-07-01 President
jose-raul-mulino | name=Jose Raul Mulino | family=Mulino | given=Jose Raul | names=José Raúl Mulino; Raúl Mulino | country=PAN | role=PAN GOV 2024-07-01.. President
isabel-saint-malo | name=Isabel Saint Malo | family=Saint Malo | given=Isabel | names=Isabel de Saint Malo; Isabel de Saint Malo de Alvarado | country=PAN | role=PAN GOV 2014-07-01..2019-07-01 Vice President
jose-gabriel-carrizo | name=Jose Gabriel Carrizo | family=Carrizo | given=Jose Gabriel | names=José Gabriel Carrizo | country=PAN | role=PAN GOV 2019-07-01..2024-07-01 Vice President

# ---------------------------------------------------------------- Caribbean
# Antigua and Barbuda
gaston-browne | name=Gaston Browne | family=Browne | given=Gaston | names=Gaston Alphonso Browne | country=ATG | role=ATG GOV 2014-06-13.. Prime Minister
# Bahamas
perry-christie | name=Perry Christie | family=Christie | given=Perry | names=Perry Gladstone Christie | country=BHS | role=BHS GOV 2002-05-03..2007-05-04 Prime Minister | role=BHS GOV 2012-05-08..2017-05-11 Prime Minister
hubert-minnis | name=Hubert Minnis | family=Minnis | given=Hubert | names=Hubert Alexander Minnis | country=BHS | role=BHS GOV 2017-05-11..2021-09-17 Prime Minister
philip-davis | name=Philip Davis | family=Davis | given=Philip | names=Philip Brave Davis; Philip Edward Davis; Brave Davis | country=BHS | role=BHS GOV 2021-09-17.. Prime Minister
# Barbados
freundel-stuart | name=Freundel Stuart | family=Stuart | given=Freundel | names=Freundel Jerome Stuart | country=BRB | role=BRB GOV 2010-10-23..2018-05-25 Prime Minister
mia-mottley | name=Mia Mottley | family=Mottley | given=Mia | names=Mia Amor Mottley | country=BRB | role=BRB GOV 2018-05-25.. Prime Minister
sandra-mason | name=Sandra Mason | family=Mason | given=Sandra | names=Sandra Prunella Mason | country=BRB | role=BRB GOV 2021-11-30..2025-11-30 President | role=BRB GOV 2018-01-08..2021-11-30 Governor General
jeffrey-bostic | name=Jeffrey Bostic | family=Bostic | given=Jeffrey | country=BRB | role=BRB GOV 2025-11-30.. President
# Cuba
raul-castro | name=Raul Castro | family=Castro | given=Raul | names=Raúl Castro; Raúl Castro Ruz; Raul Castro Ruz | country=CUB | role=CUB GOV 2006-07-31..2018-04-19 President | role=CUB PTY 2011-04-19..2021-04-19 First Secretary | role=CUB GOV 1959-10..2008-02-24 Defence Minister
miguel-diaz-canel | name=Miguel Diaz-Canel | family=Diaz-Canel | given=Miguel | names=Miguel Díaz-Canel; Miguel Díaz-Canel Bermúdez; Miguel Diaz-Canel Bermudez | country=CUB | role=CUB GOV 2018-04-19.. President | role=CUB GOV 2013-02-24..2018-04-19 First Vice President | role=CUB PTY 2021-04-19.. First Secretary
manuel-marrero-cruz | name=Manuel Marrero Cruz | family=Marrero | given=Manuel | names=Manuel Marrero | country=CUB | role=CUB GOV 2019-12-21.. Prime Minister
salvador-valdes-mesa | name=Salvador Valdes Mesa | family=Valdes Mesa | given=Salvador | names=Salvador Valdés Mesa | country=CUB | role=CUB GOV 2018-04-19..2019-10-10 First Vice President | role=CUB GOV 2019-10-10.. Vice President
# Dominica
roosevelt-skerrit | name=Roosevelt Skerrit | family=Skerrit | given=Roosevelt | country=DMA | role=DMA GOV 2004-01-08.. Prime Minister
charles-savarin | name=Charles Savarin | family=Savarin | given=Charles | names=Charles Angelo Savarin | country=DMA | role=DMA GOV 2013-10-02..2023-10-02 President
sylvanie-burton | name=Sylvanie Burton | family=Burton | given=Sylvanie | country=DMA | role=DMA GOV 2023-10-02.. President
# Dominican Republic
danilo-medina | name=Danilo Medina | family=Medina | given=Danilo | names=Danilo Medina Sánchez | country=DOM | role=DOM GOV 2012-08-16..2020-08-16 President
luis-abinader | name=Luis Abinader | family=Abinader | given=Luis | names=Luis Rodolfo Abinader Corona | country=DOM | role=DOM GOV 2020-08-16.. President
margarita-cedeno | name=Margarita Cedeno | family=Cedeno | given=Margarita | names=Margarita Cedeño; Margarita Cedeño de Fernández | country=DOM | role=DOM GOV 2012-08-16..2020-08-16 Vice President
raquel-pena | name=Raquel Pena | family=Pena | given=Raquel | names=Raquel Peña; Raquel Peña Rodríguez | country=DOM | role=DOM GOV 2020-08-16.. Vice President
# Grenada
keith-mitchell | name=Keith Mitchell | family=Mitchell | given=Keith | names=Keith Claudius Mitchell | country=GRD | role=GRD GOV 1995-06-22..2008-07-09 Prime Minister | role=GRD GOV 2013-02-20..2022-06-24 Prime Minister
dickon-mitchell | name=Dickon Mitchell | family=Mitchell | given=Dickon | names=Dickon Amiss Mitchell | country=GRD | role=GRD GOV 2022-06-24.. Prime Minister
# Haiti
michel-martelly | name=Michel Martelly | family=Martelly | given=Michel | names=Michel Joseph Martelly; Sweet Micky | country=HTI | role=HTI GOV 2011-05-14..2016-02-07 President
jocelerme-privert | name=Jocelerme Privert | family=Privert | given=Jocelerme | country=HTI | role=HTI GOV 2016-02-14..2017-02-07 President
jovenel-moise | name=Jovenel Moise | family=Moise | given=Jovenel | names=Jovenel Moïse | country=HTI | role=HTI GOV 2017-02-07..2021-07-07 President
edgard-leblanc-fils | name=Edgard Leblanc Fils | family=Leblanc Fils | given=Edgard | names=Edgard Leblanc | country=HTI | role=HTI GOV 2024-04-30..2024-10-07 President
leslie-voltaire | name=Leslie Voltaire | family=Voltaire | given=Leslie | country=HTI | role=HTI GOV 2024-10-07..2025-03-07 President
fritz-alphonse-jean | name=Fritz Alphonse Jean | family=Jean | given=Fritz Alphonse | names=Fritz Jean | country=HTI | role=HTI GOV 2025-03-07..2025-08-07 President
laurent-saint-cyr | name=Laurent Saint-Cyr | family=Saint-Cyr | given=Laurent | names=Laurent Saint Cyr | country=HTI | role=HTI GOV 2025-08-07..2026-02-07 President
florence-duperval-guillaume | name=Florence Duperval Guillaume | family=Duperval Guillaume | given=Florence | country=HTI | role=HTI GOV 2014-12-20..2015-01-16 Prime Minister
evans-paul | name=Evans Paul | family=Paul | given=Evans | country=HTI | role=HTI GOV 2015-01-16..2016-02-26 Prime Minister
enex-jean-charles | name=Enex Jean-Charles | family=Jean-Charles | given=Enex | names=Enex Jean Charles | country=HTI | role=HTI GOV 2016-03-28..2017-03-21 Prime Minister
jack-guy-lafontant | name=Jack Guy Lafontant | family=Lafontant | given=Jack Guy | country=HTI | role=HTI GOV 2017-03-21..2018-09-17 Prime Minister
jean-henry-ceant | name=Jean-Henry Ceant | family=Ceant | given=Jean-Henry | names=Jean-Henry Céant; Jean Henry Ceant | country=HTI | role=HTI GOV 2018-09-17..2019-03-21 Prime Minister
jean-michel-lapin | name=Jean-Michel Lapin | family=Lapin | given=Jean-Michel | names=Jean Michel Lapin | country=HTI | role=HTI GOV 2019-03-21..2020-03-04 Prime Minister
joseph-jouthe | name=Joseph Jouthe | family=Jouthe | given=Joseph | country=HTI | role=HTI GOV 2020-03-04..2021-04-14 Prime Minister
claude-joseph | name=Claude Joseph | family=Joseph | given=Claude | country=HTI | role=HTI GOV 2021-04-14..2021-07-20 Prime Minister
ariel-henry | name=Ariel Henry | family=Henry | given=Ariel | country=HTI | role=HTI GOV 2021-07-20..2024-04-25 Prime Minister
michel-patrick-boisvert | name=Michel Patrick Boisvert | family=Boisvert | given=Michel Patrick | country=HTI | role=HTI GOV 2024-04-25..2024-06-03 Prime Minister
garry-conille | name=Garry Conille | family=Conille | given=Garry | country=HTI | role=HTI GOV 2011-10-18..2012-05-16 Prime Minister | role=HTI GOV 2024-06-03..2024-11-11 Prime Minister
alix-didier-fils-aime | name=Alix Didier Fils-Aime | family=Fils-Aime | given=Alix Didier | names=Alix Didier Fils-Aimé; Didier Fils-Aimé | country=HTI | role=HTI GOV 2024-11-11.. Prime Minister
# Jamaica
portia-simpson-miller | name=Portia Simpson-Miller | family=Simpson-Miller | given=Portia | names=Portia Simpson Miller; Portia Lucretia Simpson-Miller | country=JAM | role=JAM GOV 2006-03-30..2007-09-11 Prime Minister | role=JAM GOV 2012-01-05..2016-03-03 Prime Minister
andrew-holness | name=Andrew Holness | family=Holness | given=Andrew | names=Andrew Michael Holness | country=JAM | role=JAM GOV 2011-10-23..2012-01-05 Prime Minister | role=JAM GOV 2016-03-03.. Prime Minister
# Saint Kitts and Nevis
denzil-douglas | name=Denzil Douglas | family=Douglas | given=Denzil | names=Denzil Llewellyn Douglas | country=KNA | role=KNA GOV 1995-07-07..2015-02-18 Prime Minister
timothy-harris | name=Timothy Harris | family=Harris | given=Timothy | names=Timothy Sylvester Harris | country=KNA | role=KNA GOV 2015-02-18..2022-08-06 Prime Minister
terrance-drew | name=Terrance Drew | family=Drew | given=Terrance | names=Terrance Michael Drew | country=KNA | role=KNA GOV 2022-08-06.. Prime Minister
# Saint Lucia
kenny-anthony | name=Kenny Anthony | family=Anthony | given=Kenny | names=Kenny Davis Anthony; Kenny D. Anthony | country=LCA | role=LCA GOV 1997-05-24..2006-12-15 Prime Minister | role=LCA GOV 2011-11-30..2016-06-07 Prime Minister
allen-chastanet | name=Allen Chastanet | family=Chastanet | given=Allen | names=Allen Michael Chastanet | country=LCA | role=LCA GOV 2016-06-07..2021-07-28 Prime Minister
philip-j-pierre | name=Philip J. Pierre | family=Pierre | given=Philip | names=Philip Joseph Pierre; Philip Pierre | country=LCA | role=LCA GOV 2021-07-28.. Prime Minister
# Saint Vincent and the Grenadines
ralph-gonsalves | name=Ralph Gonsalves | family=Gonsalves | given=Ralph | names=Ralph Everard Gonsalves | country=VCT | role=VCT GOV 2001-03-29..2025-11 Prime Minister
godwin-friday | name=Godwin Friday | family=Friday | given=Godwin | names=Godwin Leonard Friday | country=VCT | role=VCT GOV 2025-11.. Prime Minister
# Trinidad and Tobago
kamla-persad-bissessar | name=Kamla Persad-Bissessar | family=Persad-Bissessar | given=Kamla | names=Kamla Persad Bissessar | country=TTO | role=TTO GOV 2010-05-26..2015-09-09 Prime Minister | role=TTO GOV 2025-05-01.. Prime Minister
keith-rowley | name=Keith Rowley | family=Rowley | given=Keith | names=Keith Christopher Rowley | country=TTO | role=TTO GOV 2015-09-09..2025-03-17 Prime Minister
stuart-young | name=Stuart Young | family=Young | given=Stuart | names=Stuart Richard Young | country=TTO | role=TTO GOV 2025-03-17..2025-05-01 Prime Minister
anthony-carmona | name=Anthony Carmona | family=Carmona | given=Anthony | names=Anthony Thomas Aquinas Carmona | country=TTO | role=TTO GOV 2013-03-18..2018-03-19 President
paula-mae-weekes | name=Paula-Mae Weekes | family=Weekes | given=Paula-Mae | names=Paula Mae Weekes | country=TTO | role=TTO GOV 2018-03-19..2023-03-20 President
christine-kangaloo | name=Christine Kangaloo | family=Kangaloo | given=Christine | names=Christine Carla Kangaloo | country=TTO | role=TTO GOV 2023-03-20.. President

# ---------------------------------------------------------------- South America
# Argentina
cristina-fernandez-de-kirchner | name=Cristina Fernandez de Kirchner | family=Kirchner | given=Cristina | names=Cristina Fernández de Kirchner; Cristina Kirchner; Cristina Fernandez; CFK | country=ARG | role=ARG GOV 2007-12-10..2015-12-10 President | role=ARG GOV 2019-12-10..2023-12-10 Vice President
mauricio-macri | name=Mauricio Macri | family=Macri | given=Mauricio | country=ARG | role=ARG GOV 2015-12-10..2019-12-10 President
alberto-fernandez | name=Alberto Fernandez | family=Fernandez | given=Alberto | names=Alberto Fernández; Alberto Ángel Fernández | country=ARG | role=ARG GOV 2019-12-10..2023-12-10 President | role=ARG GOV 2003-05-25..2008-07-23 Cabinet Chief
javier-milei | name=Javier Milei | family=Milei | given=Javier | names=Javier Gerardo Milei | country=ARG | role=ARG GOV 2023-12-10.. President
amado-boudou | name=Amado Boudou | family=Boudou | given=Amado | country=ARG | role=ARG GOV 2011-12-10..2015-12-10 Vice President
gabriela-michetti | name=Gabriela Michetti | family=Michetti | given=Gabriela | country=ARG | role=ARG GOV 2015-12-10..2019-12-10 Vice President
victoria-villarruel | name=Victoria Villarruel | family=Villarruel | given=Victoria | names=Victoria Eugenia Villarruel | country=ARG | role=ARG GOV 2023-12-10.. Vice President
# Bolivia
evo-morales | name=Evo Morales | family=Morales | given=Evo | names=Juan Evo Morales Ayma; Evo Morales Ayma | country=BOL | role=BOL GOV 2006-01-22..2019-11-10 President
jeanine-anez | name=Jeanine Anez | family=Anez | given=Jeanine | names=Jeanine Áñez; Jeanine Áñez Chávez | country=BOL | role=BOL GOV 2019-11-12..2020-11-08 President
luis-arce | name=Luis Arce | family=Arce | given=Luis | names=Luis Alberto Arce Catacora; Luis Arce Catacora | country=BOL | role=BOL GOV 2020-11-08..2025-11-08 President | role=BOL GOV 2006-01..2017-06 Economy Minister | role=BOL GOV 2019-01..2019-11-10 Economy Minister
rodrigo-paz | name=Rodrigo Paz | family=Paz | given=Rodrigo | names=Rodrigo Paz Pereira | country=BOL | role=BOL GOV 2025-11-08.. President
alvaro-garcia-linera | name=Alvaro Garcia Linera | family=Garcia Linera | given=Alvaro | names=Álvaro García Linera | country=BOL | role=BOL GOV 2006-01-22..2019-11-10 Vice President
david-choquehuanca | name=David Choquehuanca | family=Choquehuanca | given=David | names=David Choquehuanca Céspedes | country=BOL | role=BOL GOV 2020-11-08..2025-11-08 Vice President | role=BOL GOV 2006-01-23..2017-01-23 Foreign Minister
edmand-lara | name=Edmand Lara | family=Lara | given=Edmand | names=Edman Lara; Edmand Lara Montaño | country=BOL | role=BOL GOV 2025-11-08.. Vice President
# Brazil
luiz-inacio-lula-da-silva | name=Luiz Inacio Lula da Silva | family=Lula | given=Luiz Inacio | names=Luiz Inácio Lula da Silva; Lula da Silva | country=BRA | role=BRA GOV 2003-01-01..2011-01-01 President | role=BRA GOV 2023-01-01.. President
dilma-rousseff | name=Dilma Rousseff | family=Rousseff | given=Dilma | names=Dilma Vana Rousseff | country=BRA | role=BRA GOV 2011-01-01..2016-08-31 President [shared] | role=BRA GOV 2005-06-21..2010-03-31 Chief of Staff
michel-temer | name=Michel Temer | family=Temer | given=Michel | names=Michel Miguel Elias Temer Lulia | country=BRA | role=BRA GOV 2016-05-12..2019-01-01 President | role=BRA GOV 2011-01-01..2016-05-12 Vice President
jair-bolsonaro | name=Jair Bolsonaro | family=Bolsonaro | given=Jair | names=Jair Messias Bolsonaro | country=BRA | role=BRA GOV 2019-01-01..2023-01-01 President
hamilton-mourao | name=Hamilton Mourao | family=Mourao | given=Hamilton | names=Hamilton Mourão; Antônio Hamilton Mourão | country=BRA | role=BRA GOV 2019-01-01..2023-01-01 Vice President
geraldo-alckmin | name=Geraldo Alckmin | family=Alckmin | given=Geraldo | names=Geraldo José Rodrigues Alckmin Filho | country=BRA | role=BRA GOV 2023-01-01.. Vice President
# Chile
michelle-bachelet | name=Michelle Bachelet | family=Bachelet | given=Michelle | names=Verónica Michelle Bachelet Jeria; Michelle Bachelet Jeria | country=CHL | role=CHL GOV 2006-03-11..2010-03-11 President | role=CHL GOV 2014-03-11..2018-03-11 President | role=CHL GOV 2002-01-07..2004-10-01 Defence Minister
sebastian-pinera | name=Sebastian Pinera | family=Pinera | given=Sebastian | names=Sebastián Piñera; Sebastián Piñera Echenique; Miguel Juan Sebastián Piñera Echenique | country=CHL | role=CHL GOV 2010-03-11..2014-03-11 President | role=CHL GOV 2018-03-11..2022-03-11 President
gabriel-boric | name=Gabriel Boric | family=Boric | given=Gabriel | names=Gabriel Boric Font | country=CHL | role=CHL GOV 2022-03-11..2026-03-11 President
jose-antonio-kast | name=Jose Antonio Kast | family=Kast | given=Jose Antonio | names=José Antonio Kast; José Antonio Kast Rist | country=CHL | role=CHL GOV 2026-03-11.. President
# Colombia
juan-manuel-santos | name=Juan Manuel Santos | family=Santos | given=Juan Manuel | names=Juan Manuel Santos Calderón | country=COL | role=COL GOV 2010-08-07..2018-08-07 President | role=COL GOV 2006-07-19..2009-05-18 Defence Minister
ivan-duque | name=Ivan Duque | family=Duque | given=Ivan | names=Iván Duque; Iván Duque Márquez | country=COL | role=COL GOV 2018-08-07..2022-08-07 President
gustavo-petro | name=Gustavo Petro | family=Petro | given=Gustavo | names=Gustavo Francisco Petro Urrego | country=COL | role=COL GOV 2022-08-07..2026-08-07 President
german-vargas-lleras | name=German Vargas Lleras | family=Vargas Lleras | given=German | names=Germán Vargas Lleras | country=COL | role=COL GOV 2014-08-07..2017-03-15 Vice President
oscar-naranjo | name=Oscar Naranjo | family=Naranjo | given=Oscar | names=Óscar Naranjo; Óscar Adolfo Naranjo Trujillo | country=COL | role=COL GOV 2017-03-29..2018-08-07 Vice President
marta-lucia-ramirez | name=Marta Lucia Ramirez | family=Ramirez | given=Marta Lucia | names=Marta Lucía Ramírez | country=COL | role=COL GOV 2018-08-07..2022-08-07 Vice President
francia-marquez | name=Francia Marquez | family=Marquez | given=Francia | names=Francia Márquez; Francia Elena Márquez Mina | country=COL | role=COL GOV 2022-08-07..2026-08-07 Vice President
# Ecuador
rafael-correa | name=Rafael Correa | family=Correa | given=Rafael | names=Rafael Vicente Correa Delgado | country=ECU | role=ECU GOV 2007-01-15..2017-05-24 President
lenin-moreno | name=Lenin Moreno | family=Moreno | given=Lenin | names=Lenín Moreno; Lenín Boltaire Moreno Garcés | country=ECU | role=ECU GOV 2017-05-24..2021-05-24 President | role=ECU GOV 2007-01-15..2013-05-24 Vice President
guillermo-lasso | name=Guillermo Lasso | family=Lasso | given=Guillermo | names=Guillermo Alberto Santiago Lasso Mendoza | country=ECU | role=ECU GOV 2021-05-24..2023-11-23 President
daniel-noboa | name=Daniel Noboa | family=Noboa | given=Daniel | names=Daniel Noboa Azín; Daniel Roy Gilchrist Noboa Azín | country=ECU | role=ECU GOV 2023-11-23.. President
jorge-glas | name=Jorge Glas | family=Glas | given=Jorge | names=Jorge David Glas Espinel | country=ECU | role=ECU GOV 2013-05-24..2018-01-03 Vice President
maria-alejandra-vicuna | name=Maria Alejandra Vicuna | family=Vicuna | given=Maria Alejandra | names=María Alejandra Vicuña | country=ECU | role=ECU GOV 2018-01-06..2018-12-04 Vice President
otto-sonnenholzner | name=Otto Sonnenholzner | family=Sonnenholzner | given=Otto | country=ECU | role=ECU GOV 2018-12-11..2020-07-07 Vice President
maria-alejandra-munoz | name=Maria Alejandra Munoz | family=Munoz | given=Maria Alejandra | names=María Alejandra Muñoz | country=ECU | role=ECU GOV 2020-07..2021-05-24 Vice President
alfredo-borrero | name=Alfredo Borrero | family=Borrero | given=Alfredo | names=Alfredo Borrero Vega | country=ECU | role=ECU GOV 2021-05-24..2023-11-23 Vice President
veronica-abad | name=Veronica Abad | family=Abad | given=Veronica | names=Verónica Abad; Verónica Abad Rojas | country=ECU | role=ECU GOV 2023-11-23..2025-05-24 Vice President
maria-jose-pinto | name=Maria Jose Pinto | family=Pinto | given=Maria Jose | names=María José Pinto | country=ECU | role=ECU GOV 2025-05-24.. Vice President
# Guyana
donald-ramotar | name=Donald Ramotar | family=Ramotar | given=Donald | names=Donald Rabindranauth Ramotar | country=GUY | role=GUY GOV 2011-12-03..2015-05-16 President
david-granger | name=David Granger | family=Granger | given=David | names=David Arthur Granger | country=GUY | role=GUY GOV 2015-05-16..2020-08-02 President
irfaan-ali | name=Irfaan Ali | family=Ali | given=Irfaan | names=Mohamed Irfaan Ali | country=GUY | role=GUY GOV 2020-08-02.. President
bharrat-jagdeo | name=Bharrat Jagdeo | family=Jagdeo | given=Bharrat | country=GUY | role=GUY GOV 1999-08-11..2011-12-03 President | role=GUY GOV 2020-08-02.. Vice President
sam-hinds | name=Sam Hinds | family=Hinds | given=Sam | names=Samuel Hinds; Samuel Archibald Anthony Hinds | country=GUY | role=GUY GOV 1992-10..1997-03 Prime Minister | role=GUY GOV 1997-03..1997-12 President | role=GUY GOV 1997-12..2015-05-20 Prime Minister
moses-nagamootoo | name=Moses Nagamootoo | family=Nagamootoo | given=Moses | names=Moses Veerasammy Nagamootoo | country=GUY | role=GUY GOV 2015-05-20..2020-08-02 Prime Minister
mark-phillips-guyana | name=Mark Phillips | family=Phillips | given=Mark | names=Mark Anthony Phillips | country=GUY | role=GUY GOV 2020-08-02.. Prime Minister
# Paraguay
horacio-cartes | name=Horacio Cartes | family=Cartes | given=Horacio | names=Horacio Manuel Cartes Jara | country=PRY | role=PRY GOV 2013-08-15..2018-08-15 President
mario-abdo-benitez | name=Mario Abdo Benitez | family=Abdo | given=Mario | names=Mario Abdo Benítez; Mario Abdo; Marito | country=PRY | role=PRY GOV 2018-08-15..2023-08-15 President
santiago-pena | name=Santiago Pena | family=Pena | given=Santiago | names=Santiago Peña; Santiago Peña Palacios | country=PRY | role=PRY GOV 2023-08-15.. President
# Peru (presidents; prime ministers = presidents of the Council of Ministers)
ollanta-humala | name=Ollanta Humala | family=Humala | given=Ollanta | names=Ollanta Moisés Humala Tasso | country=PER | role=PER GOV 2011-07-28..2016-07-28 President
pedro-pablo-kuczynski | name=Pedro Pablo Kuczynski | family=Kuczynski | given=Pedro Pablo | names=PPK; Pedro Pablo Kuczynski Godard | country=PER | role=PER GOV 2016-07-28..2018-03-23 President | role=PER GOV 2005-08..2006-07-28 Prime Minister
martin-vizcarra | name=Martin Vizcarra | family=Vizcarra | given=Martin | names=Martín Vizcarra; Martín Alberto Vizcarra Cornejo | country=PER | role=PER GOV 2018-03-23..2020-11-10 President | role=PER GOV 2016-07-28..2018-03-23 Vice President
manuel-merino | name=Manuel Merino | family=Merino | given=Manuel | names=Manuel Arturo Merino de Lama | country=PER | role=PER GOV 2020-11-10..2020-11-15 President
francisco-sagasti | name=Francisco Sagasti | family=Sagasti | given=Francisco | names=Francisco Rafael Sagasti Hochhausler | country=PER | role=PER GOV 2020-11-17..2021-07-28 President
pedro-castillo | name=Pedro Castillo | family=Castillo | given=Pedro | names=José Pedro Castillo Terrones | country=PER | role=PER GOV 2021-07-28..2022-12-07 President
dina-boluarte | name=Dina Boluarte | family=Boluarte | given=Dina | names=Dina Ercilia Boluarte Zegarra | country=PER | role=PER GOV 2022-12-07..2025-10-10 President | role=PER GOV 2021-07-28..2022-12-07 Vice President
jose-jeri | name=Jose Jeri | family=Jeri | given=Jose | names=José Jerí; José Enrique Jerí Oré | country=PER | role=PER GOV 2025-10-10..2026-02 President | role=PER LEG 2025-07-26..2025-10-10 President of Congress
jose-maria-balcazar | name=Jose Maria Balcazar | family=Balcazar | given=Jose Maria | names=José María Balcázar | country=PER | role=PER GOV 2026-02..2026-07-28 President
ana-jara | name=Ana Jara | family=Jara | given=Ana | names=Ana Jara Velásquez | country=PER | role=PER GOV 2014-07-22..2015-04-02 Prime Minister
pedro-cateriano | name=Pedro Cateriano | family=Cateriano | given=Pedro | names=Pedro Cateriano Bellido | country=PER | role=PER GOV 2015-04-02..2016-07-28 Prime Minister | role=PER GOV 2020-07-15..2020-08-06 Prime Minister
fernando-zavala | name=Fernando Zavala | family=Zavala | given=Fernando | names=Fernando Zavala Lombardi | country=PER | role=PER GOV 2016-07-28..2017-09-17 Prime Minister
mercedes-araoz | name=Mercedes Araoz | family=Araoz | given=Mercedes | names=Mercedes Aráoz; Mercedes Rosalba Aráoz Fernández | country=PER | role=PER GOV 2017-09-17..2018-04-02 Prime Minister | role=PER GOV 2016-07-28..2020-05 Vice President
cesar-villanueva | name=Cesar Villanueva | family=Villanueva | given=Cesar | names=César Villanueva; César Villanueva Arévalo | country=PER | role=PER GOV 2013-10-31..2014-02-24 Prime Minister | role=PER GOV 2018-04-02..2019-03-11 Prime Minister
salvador-del-solar | name=Salvador del Solar | family=del Solar | given=Salvador | names=Salvador del Solar Labarthe | country=PER | role=PER GOV 2019-03-11..2019-09-30 Prime Minister
vicente-zeballos | name=Vicente Zeballos | family=Zeballos | given=Vicente | names=Vicente Antonio Zeballos Salinas | country=PER | role=PER GOV 2019-10..2020-07-15 Prime Minister
walter-martos | name=Walter Martos | family=Martos | given=Walter | names=Walter Roger Martos Ruiz | country=PER | role=PER GOV 2020-08-06..2020-11-10 Prime Minister
antero-flores-araoz | name=Antero Flores-Araoz | family=Flores-Araoz | given=Antero | names=Antero Flores Aráoz; Antero Flores-Aráoz | country=PER | role=PER GOV 2020-11-12..2020-11-18 Prime Minister
violeta-bermudez | name=Violeta Bermudez | family=Bermudez | given=Violeta | names=Violeta Bermúdez | country=PER | role=PER GOV 2020-11-18..2021-07-29 Prime Minister
guido-bellido | name=Guido Bellido | family=Bellido | given=Guido | names=Guido Bellido Ugarte | country=PER | role=PER GOV 2021-07-29..2021-10-06 Prime Minister
mirtha-vasquez | name=Mirtha Vasquez | family=Vasquez | given=Mirtha | names=Mirtha Vásquez | country=PER | role=PER GOV 2021-10-06..2022-02-01 Prime Minister
hector-valer | name=Hector Valer | family=Valer | given=Hector | names=Héctor Valer | country=PER | role=PER GOV 2022-02-01..2022-02-08 Prime Minister
anibal-torres | name=Anibal Torres | family=Torres | given=Anibal | names=Aníbal Torres | country=PER | role=PER GOV 2022-02-08..2022-11-25 Prime Minister
betssy-chavez | name=Betssy Chavez | family=Chavez | given=Betssy | names=Betssy Chávez | country=PER | role=PER GOV 2022-11-25..2022-12-07 Prime Minister
pedro-angulo | name=Pedro Angulo | family=Angulo | given=Pedro | names=Pedro Angulo Arana | country=PER | role=PER GOV 2022-12-10..2022-12-21 Prime Minister
alberto-otarola | name=Alberto Otarola | family=Otarola | given=Alberto | names=Alberto Otárola | country=PER | role=PER GOV 2022-12-21..2024-03-06 Prime Minister
gustavo-adrianzen | name=Gustavo Adrianzen | family=Adrianzen | given=Gustavo | names=Gustavo Adrianzén | country=PER | role=PER GOV 2024-03-06..2025-05-14 Prime Minister
eduardo-arana | name=Eduardo Arana | family=Arana | given=Eduardo | names=Eduardo Arana Ysa | country=PER | role=PER GOV 2025-05-14..2025-10-10 Prime Minister
ernesto-alvarez-miranda | name=Ernesto Alvarez | family=Alvarez | given=Ernesto | names=Ernesto Álvarez; Ernesto Álvarez Miranda | country=PER | role=PER GOV 2025-10..2026-02 Prime Minister
# Suriname (the vice president leads the cabinet; listed with the presidents)
desi-bouterse | name=Desi Bouterse | family=Bouterse | given=Desi | names=Dési Bouterse; Desiré Delano Bouterse | country=SUR | role=SUR GOV 2010-08-12..2020-07-16 President
chan-santokhi | name=Chan Santokhi | family=Santokhi | given=Chan | names=Chandrikapersad Santokhi | country=SUR | role=SUR GOV 2020-07-16..2025-07-16 President
jennifer-geerlings-simons | name=Jennifer Geerlings-Simons | family=Simons | given=Jennifer | names=Jennifer Simons; Jenny Simons; Jennifer Geerlings Simons | country=SUR | role=SUR GOV 2025-07-16.. President
ashwin-adhin | name=Ashwin Adhin | family=Adhin | given=Ashwin | country=SUR | role=SUR GOV 2015-08-12..2020-07-16 Vice President
ronnie-brunswijk | name=Ronnie Brunswijk | family=Brunswijk | given=Ronnie | names=Ronnie Brunswick | country=SUR | role=SUR GOV 2020-07-16..2025-07-16 Vice President
gregory-rusland | name=Gregory Rusland | family=Rusland | given=Gregory | country=SUR | role=SUR GOV 2025-07-16.. Vice President
# Uruguay
jose-mujica | name=Jose Mujica | family=Mujica | given=Jose | names=José Mujica; Pepe Mujica; José Alberto Mujica Cordano | country=URY | role=URY GOV 2010-03-01..2015-03-01 President
tabare-vazquez | name=Tabare Vazquez | family=Vazquez | given=Tabare | names=Tabaré Vázquez; Tabaré Ramón Vázquez Rosas | country=URY | role=URY GOV 2005-03-01..2010-03-01 President | role=URY GOV 2015-03-01..2020-03-01 President
luis-lacalle-pou | name=Luis Lacalle Pou | family=Lacalle Pou | given=Luis | names=Luis Alberto Lacalle Pou | country=URY | role=URY GOV 2020-03-01..2025-03-01 President
yamandu-orsi | name=Yamandu Orsi | family=Orsi | given=Yamandu | names=Yamandú Orsi; Yamandú Ramón Antonio Orsi Martínez | country=URY | role=URY GOV 2025-03-01.. President
raul-sendic | name=Raul Sendic | family=Sendic | given=Raul | names=Raúl Sendic; Raúl Fernando Sendic Rodríguez | country=URY | role=URY GOV 2015-03-01..2017-09-13 Vice President
lucia-topolansky | name=Lucia Topolansky | family=Topolansky | given=Lucia | names=Lucía Topolansky | country=URY | role=URY GOV 2017-09-13..2020-03-01 Vice President
beatriz-argimon | name=Beatriz Argimon | family=Argimon | given=Beatriz | names=Beatriz Argimón | country=URY | role=URY GOV 2020-03-01..2025-03-01 Vice President
carolina-cosse | name=Carolina Cosse | family=Cosse | given=Carolina | names=Carolina Cosse Garrido | country=URY | role=URY GOV 2025-03-01.. Vice President
# Venezuela
nicolas-maduro | name=Nicolas Maduro | family=Maduro | given=Nicolas | names=Nicolás Maduro; Nicolás Maduro Moros; Nicolas Maduro Moros | country=VEN | role=VEN GOV 2013-03-05..2013-04-19 President | role=VEN GOV 2013-04-19..2026-01-03 President | role=VEN GOV 2012-10-13..2013-03-05 Vice President | role=VEN GOV 2006-08-09..2013-01-15 Foreign Minister
delcy-rodriguez | name=Delcy Rodriguez | family=Rodriguez | given=Delcy | names=Delcy Rodríguez; Delcy Eloína Rodríguez Gómez | country=VEN | role=VEN GOV 2026-01-03.. President | role=VEN GOV 2018-06-14..2026-01-03 Vice President | role=VEN GOV 2014-12-26..2017-06-21 Foreign Minister
juan-guaido | name=Juan Guaido | family=Guaido | given=Juan | names=Juan Guaidó; Juan Gerardo Guaidó Márquez | country=VEN | role=VEN OPP 2019-01-23..2023-01-05 Interim President | role=VEN LEG 2019-01-05..2023-01-05 National Assembly President
jorge-arreaza | name=Jorge Arreaza | family=Arreaza | given=Jorge | names=Jorge Alberto Arreaza Montserrat | country=VEN | role=VEN GOV 2013-04..2016-01-06 Vice President | role=VEN GOV 2017-08..2021-08 Foreign Minister
aristobulo-isturiz | name=Aristobulo Isturiz | family=Isturiz | given=Aristobulo | names=Aristóbulo Istúriz | country=VEN | role=VEN GOV 2016-01-06..2017-01-04 Vice President
tareck-el-aissami | name=Tareck El Aissami | family=El Aissami | given=Tareck | names=Tareck Zaidan El Aissami Maddah | country=VEN | role=VEN GOV 2017-01-04..2018-06-14 Vice President

# ---------------------------------------------------------------- Oceania
# Australia
tony-abbott | name=Tony Abbott | family=Abbott | given=Tony | names=Anthony John Abbott; Anthony Abbott | country=AUS | role=AUS GOV 2013-09-18..2015-09-15 Prime Minister
malcolm-turnbull | name=Malcolm Turnbull | family=Turnbull | given=Malcolm | names=Malcolm Bligh Turnbull | country=AUS | role=AUS GOV 2015-09-15..2018-08-24 Prime Minister
scott-morrison | name=Scott Morrison | family=Morrison | given=Scott | names=Scott John Morrison; ScoMo | country=AUS | role=AUS GOV 2018-08-24..2022-05-23 Prime Minister | role=AUS GOV 2015-09-21..2018-08-24 Treasurer
anthony-albanese | name=Anthony Albanese | family=Albanese | given=Anthony | names=Anthony Norman Albanese; Albo | country=AUS | role=AUS GOV 2022-05-23.. Prime Minister | role=AUS GOV 2013-06-27..2013-09-18 Deputy Prime Minister
peter-cosgrove | name=Peter Cosgrove | family=Cosgrove | given=Peter | names=Peter John Cosgrove; Sir Peter Cosgrove | country=AUS | role=AUS GOV 2014-03-28..2019-07-01 Governor General
david-hurley | name=David Hurley | family=Hurley | given=David | names=David John Hurley | country=AUS | role=AUS GOV 2019-07-01..2024-07-01 Governor General
sam-mostyn | name=Sam Mostyn | family=Mostyn | given=Sam | names=Samantha Mostyn; Samantha Joy Mostyn | country=AUS | role=AUS GOV 2024-07-01.. Governor General
# New Zealand
john-key | name=John Key | family=Key | given=John | names=John Phillip Key; Sir John Key | country=NZL | role=NZL GOV 2008-11-19..2016-12-12 Prime Minister
bill-english | name=Bill English | family=English | given=Bill | names=Simon William English; Sir Bill English | country=NZL | role=NZL GOV 2016-12-12..2017-10-26 Prime Minister | role=NZL GOV 2008-11-19..2016-12-12 Deputy Prime Minister
jacinda-ardern | name=Jacinda Ardern | family=Ardern | given=Jacinda | names=Jacinda Kate Laurell Ardern; Dame Jacinda Ardern | country=NZL | role=NZL GOV 2017-10-26..2023-01-25 Prime Minister
chris-hipkins | name=Chris Hipkins | family=Hipkins | given=Chris | names=Christopher John Hipkins; Chippy | country=NZL | role=NZL GOV 2023-01-25..2023-11-27 Prime Minister
christopher-luxon | name=Christopher Luxon | family=Luxon | given=Christopher | names=Christopher Mark Luxon; Chris Luxon | country=NZL | role=NZL GOV 2023-11-27.. Prime Minister
jerry-mateparae | name=Jerry Mateparae | family=Mateparae | given=Jerry | names=Sir Jerry Mateparae; Jerakeriah Mateparae | country=NZL | role=NZL GOV 2011-08-31..2016-08-31 Governor General
patsy-reddy | name=Patsy Reddy | family=Reddy | given=Patsy | names=Dame Patsy Reddy; Patricia Lee Reddy | country=NZL | role=NZL GOV 2016-09-28..2021-09-28 Governor General
cindy-kiro | name=Cindy Kiro | family=Kiro | given=Cindy | names=Dame Cindy Kiro; Cynthia Kiro | country=NZL | role=NZL GOV 2021-10-21.. Governor General
# Papua New Guinea
peter-oneill | name=Peter O'Neill | family=O'Neill | given=Peter | names=Peter Charles Paire O'Neill; Peter ONeill | country=PNG | role=PNG GOV 2011-08-02..2019-05-30 Prime Minister
james-marape | name=James Marape | family=Marape | given=James | country=PNG | role=PNG GOV 2019-05-30.. Prime Minister
# Fiji
frank-bainimarama | name=Frank Bainimarama | family=Bainimarama | given=Frank | names=Josaia Voreqe Bainimarama; Voreqe Bainimarama; Josaia Voreqe Frank Bainimarama | country=FJI | role=FJI GOV 2007-01-05..2022-12-24 Prime Minister
sitiveni-rabuka | name=Sitiveni Rabuka | family=Rabuka | given=Sitiveni | names=Sitiveni Ligamamada Rabuka | country=FJI | role=FJI GOV 1992-06-02..1999-05-19 Prime Minister | role=FJI GOV 2022-12-24.. Prime Minister
epeli-nailatikau | name=Epeli Nailatikau | family=Nailatikau | given=Epeli | names=Ratu Epeli Nailatikau | country=FJI | role=FJI GOV 2009-07-30..2015-11-12 President
jioji-konrote | name=Jioji Konrote | family=Konrote | given=Jioji | names=George Konrote; Jioji Konousi Konrote | country=FJI | role=FJI GOV 2015-11-12..2021-11-12 President
wiliame-katonivere | name=Wiliame Katonivere | family=Katonivere | given=Wiliame | names=Ratu Wiliame Katonivere; Ratu Wiliame Maivalili Katonivere | country=FJI | role=FJI GOV 2021-11-12..2024-11-12 President
naiqama-lalabalavu | name=Naiqama Lalabalavu | family=Lalabalavu | given=Naiqama | names=Ratu Naiqama Lalabalavu; Ratu Naiqama Tawake Lalabalavu | country=FJI | role=FJI GOV 2024-11-12.. President
# Solomon Islands
manasseh-sogavare | name=Manasseh Sogavare | family=Sogavare | given=Manasseh | names=Manasseh Damukana Sogavare | country=SLB | role=SLB GOV 2000-06-30..2001-12-17 Prime Minister | role=SLB GOV 2006-05-04..2007-12-20 Prime Minister | role=SLB GOV 2014-12-09..2017-11-06 Prime Minister | role=SLB GOV 2019-04-24..2024-05-02 Prime Minister
rick-houenipwela | name=Rick Houenipwela | family=Houenipwela | given=Rick | names=Rick Hou; Rick Nelson Houenipwela | country=SLB | role=SLB GOV 2017-11-15..2019-04-24 Prime Minister
jeremiah-manele | name=Jeremiah Manele | family=Manele | given=Jeremiah | country=SLB | role=SLB GOV 2024-05-02.. Prime Minister
# Vanuatu
joe-natuman | name=Joe Natuman | family=Natuman | given=Joe | names=Joe Iautim Natuman | country=VUT | role=VUT GOV 2014-05-15..2015-06-11 Prime Minister
sato-kilman | name=Sato Kilman | family=Kilman | given=Sato | names=Meltek Sato Kilman Livtuvanu | country=VUT | role=VUT GOV 2010-12-02..2011-04-24 Prime Minister | role=VUT GOV 2011-04-26..2011-05-13 Prime Minister | role=VUT GOV 2011-06-26..2013-03-23 Prime Minister | role=VUT GOV 2015-06-11..2016-02-11 Prime Minister | role=VUT GOV 2023-09-04..2023-10-06 Prime Minister
charlot-salwai | name=Charlot Salwai | family=Salwai | given=Charlot | names=Charlot Salwai Tabimasmas | country=VUT | role=VUT GOV 2016-02-11..2020-04-20 Prime Minister | role=VUT GOV 2023-10-06..2025-02-11 Prime Minister
bob-loughman | name=Bob Loughman | family=Loughman | given=Bob | names=Bob Loughman Weibur | country=VUT | role=VUT GOV 2020-04-20..2022-11-04 Prime Minister
ishmael-kalsakau | name=Ishmael Kalsakau | family=Kalsakau | given=Ishmael | names=Alatoi Ishmael Kalsakau | country=VUT | role=VUT GOV 2022-11-04..2023-09-04 Prime Minister
jotham-napat | name=Jotham Napat | family=Napat | given=Jotham | country=VUT | role=VUT GOV 2025-02-11.. Prime Minister
baldwin-lonsdale | name=Baldwin Lonsdale | family=Lonsdale | given=Baldwin | names=Baldwin Jacobson Lonsdale | country=VUT | role=VUT GOV 2014-09-22..2017-06-17 President
esmon-saimon | name=Esmon Saimon | family=Saimon | given=Esmon | country=VUT | role=VUT GOV 2017-06-17..2017-07-06 President
tallis-obed-moses | name=Tallis Obed Moses | family=Moses | given=Tallis Obed | names=Obed Moses Tallis | country=VUT | role=VUT GOV 2017-07-06..2022-07-23 President
nikenike-vurobaravu | name=Nikenike Vurobaravu | family=Vurobaravu | given=Nikenike | country=VUT | role=VUT GOV 2022-07-23.. President
# Samoa
tuilaepa-sailele-malielegaoi | name=Tuilaepa Sailele Malielegaoi | family=Tuilaepa | given=Sailele Malielegaoi | names=Tuilaʻepa Saʻilele Malielegaoi; Tuila'epa Sa'ilele Malielegaoi; Tuilaepa Aiono Sailele Malielegaoi | country=WSM | role=WSM GOV 1998-11-23..2021-07-24 Prime Minister
fiame-naomi-mataafa | name=Fiame Naomi Mataafa | family=Mataafa | given=Fiame Naomi | names=Fiamē Naomi Mataʻafa; Fiame Naomi Mata'afa; Fiame | country=WSM | role=WSM GOV 2021-07-24..2025-09-16 Prime Minister
laauli-leuatea-schmidt | name=La'auli Leuatea Schmidt | family=Schmidt | given=La'auli Leuatea | names=Laʻauli Leuatea Polataivao Schmidt; Laauli Leuatea Schmidt; La'auli Leuatea Polataivao Fosi Schmidt | country=WSM | role=WSM GOV 2025-09-16.. Prime Minister
tui-atua-tupua-tamasese-efi | name=Tui Atua Tupua Tamasese Efi | family=Tamasese | given=Tui Atua Tupua | names=Tupua Tamasese Tupuola Tufuga Efi; Tui Atua Tupua Tamasese Tupuola Tufuga Efi | country=WSM | role=WSM GOV 2007-06-20..2017-07-21 Head of State | role=WSM GOV 1976-03-24..1982-04-13 Prime Minister
vaaletoa-sualauvi-ii | name=Tuimalealiifano Vaaletoa Sualauvi II | family=Tuimalealiifano | given=Vaaletoa Sualauvi II | names=Tuimaleali'ifano Va'aletoa Sualauvi II; Tuimalealiʻifano Vaʻaletoa Sualauvi II | country=WSM | role=WSM GOV 2017-07-21.. Head of State
# Tonga (the King is head of state)
tupou-vi | name=Tupou VI | family=Tupou VI | given=Aho'eitu | names=King Tupou VI; Aho'eitu Tupou VI; Ahoʻeitu ʻUnuakiʻotonga Tukuʻaho Tupou VI; Lavaka Ata Ulukalala | country=TON | role=TON GOV 2012-03-18.. King | role=TON GOV 2000-01-03..2006-02-11 Prime Minister
akilisi-pohiva | name=Akilisi Pohiva | family=Pohiva | given=Akilisi | names=ʻAkilisi Pōhiva; Samuela 'Akilisi Pohiva | country=TON | role=TON GOV 2014-12-30..2019-09-12 Prime Minister
semisi-sika | name=Semisi Sika | family=Sika | given=Semisi | country=TON | role=TON GOV 2019-09-12..2019-10-08 Prime Minister
pohiva-tuionetoa | name=Pohiva Tuionetoa | family=Tuionetoa | given=Pohiva | names=Pōhiva Tuʻiʻonetoa; Pohiva Tu'i'onetoa | country=TON | role=TON GOV 2019-10-08..2021-12-27 Prime Minister
siaosi-sovaleni | name=Siaosi Sovaleni | family=Sovaleni | given=Siaosi | names=Hu'akavameiliku Siaosi Sovaleni; Huʻakavameiliku | country=TON | role=TON GOV 2021-12-27..2024-12-09 Prime Minister
aisake-eke | name=Aisake Eke | family=Eke | given=Aisake | names=ʻAisake Valu Eke; Aisake Valu Eke | country=TON | role=TON GOV 2024-12-24..2025-12 Prime Minister
lord-fakafanua | name=Lord Fakafanua | family=Fakafanua | given=Fatafehi | names=Fatafehi Fakafanua; Lord Fakafanua | country=TON | role=TON GOV 2025-12.. Prime Minister
# Kiribati
anote-tong | name=Anote Tong | family=Tong | given=Anote | country=KIR | role=KIR GOV 2003-07-10..2016-03-11 President
taneti-maamau | name=Taneti Maamau | family=Maamau | given=Taneti | names=Taneti Mamau | country=KIR | role=KIR GOV 2016-03-11.. President
# Tuvalu
enele-sopoaga | name=Enele Sopoaga | family=Sopoaga | given=Enele | names=Enele Sosene Sopoaga | country=TUV | role=TUV GOV 2013-08-05..2019-09-19 Prime Minister
kausea-natano | name=Kausea Natano | family=Natano | given=Kausea | country=TUV | role=TUV GOV 2019-09-19..2024-02-26 Prime Minister
feleti-teo | name=Feleti Teo | family=Teo | given=Feleti | names=Feleti Penitala Teo | country=TUV | role=TUV GOV 2024-02-26.. Prime Minister
# Nauru
baron-waqa | name=Baron Waqa | family=Waqa | given=Baron | names=Baron Divavesi Waqa | country=NRU | role=NRU GOV 2013-06-11..2019-08-27 President
lionel-aingimea | name=Lionel Aingimea | family=Aingimea | given=Lionel | names=Lionel Rouwen Aingimea | country=NRU | role=NRU GOV 2019-08-27..2022-09-29 President
russ-kun | name=Russ Kun | family=Kun | given=Russ | names=Russ Joseph Kun | country=NRU | role=NRU GOV 2022-09-29..2023-10-30 President
david-adeang | name=David Adeang | family=Adeang | given=David | names=David Waiau Adeang | country=NRU | role=NRU GOV 2011-11-10..2011-11-15 President | role=NRU GOV 2023-10-30.. President
# Marshall Islands
christopher-loeak | name=Christopher Loeak | family=Loeak | given=Christopher | names=Christopher Jorebon Loeak | country=MHL | role=MHL GOV 2012-01-10..2016-01-11 President
casten-nemra | name=Casten Nemra | family=Nemra | given=Casten | names=Casten Ned Nemra | country=MHL | role=MHL GOV 2016-01-11..2016-01-28 President
hilda-heine | name=Hilda Heine | family=Heine | given=Hilda | names=Hilda Cathy Heine | country=MHL | role=MHL GOV 2016-01-28..2020-01-13 President | role=MHL GOV 2024-01-03.. President
david-kabua | name=David Kabua | family=Kabua | given=David | names=David Paul Kabua | country=MHL | role=MHL GOV 2020-01-13..2024-01-03 President
# Micronesia
manny-mori | name=Manny Mori | family=Mori | given=Manny | names=Emanuel Mori; Emanuel Manny Mori | country=FSM | role=FSM GOV 2007-05-11..2015-05-11 President
peter-christian | name=Peter Christian | family=Christian | given=Peter | names=Peter M. Christian | country=FSM | role=FSM GOV 2015-05-11..2019-05-11 President
david-panuelo | name=David Panuelo | family=Panuelo | given=David | names=David W. Panuelo | country=FSM | role=FSM GOV 2019-05-11..2023-05-11 President
wesley-simina | name=Wesley Simina | family=Simina | given=Wesley | names=Wesley W. Simina | country=FSM | role=FSM GOV 2023-05-11.. President
# Palau
tommy-remengesau | name=Tommy Remengesau | family=Remengesau | given=Tommy | names=Tommy Remengesau Jr.; Tommy E. Remengesau Jr.; Thomas Esang Remengesau Jr. | country=PLW | role=PLW GOV 2001-01-01..2009-01-15 President | role=PLW GOV 2013-01-17..2021-01-21 President
surangel-whipps-jr | name=Surangel Whipps Jr. | family=Whipps | given=Surangel | names=Surangel Whipps; Surangel S. Whipps Jr. | country=PLW | role=PLW GOV 2021-01-21.. President
