# Foreign ministers, defence ministers and central-bank heads of the G20 member states, 2000 to today.
# Format: see docs/lexicon.md (persons-*.lex). Ministers are GOV; other top offices of the same people are added
# where they are well known (heads of state or government, national security posts, legislature, intelligence).
# Ranges run FROM..TO (TO exclusive, empty TO = still in office). Month or year precision where the day is unsure.

# ---------------------------------------------------------------- Argentina
# Foreign ministers
adalberto-rodriguez-giavarini | name=Adalberto Rodriguez Giavarini | family=Rodriguez Giavarini | given=Adalberto | names=Adalberto Rodríguez Giavarini | country=ARG | role=ARG GOV 1999-12-10..2001-12-21 Foreign Minister
jose-maria-vernet | name=Jose Maria Vernet | family=Vernet | given=Jose Maria | names=José María Vernet | country=ARG | role=ARG GOV 2001-12-23..2002-01 Foreign Minister
carlos-ruckauf | name=Carlos Ruckauf | family=Ruckauf | given=Carlos | country=ARG | role=ARG GOV 2002-01..2003-05-25 Foreign Minister
rafael-bielsa | name=Rafael Bielsa | family=Bielsa | given=Rafael | country=ARG | role=ARG GOV 2003-05-25..2005-12 Foreign Minister
jorge-taiana | name=Jorge Taiana | family=Taiana | given=Jorge | country=ARG | role=ARG GOV 2005-12..2010-06-18 Foreign Minister | role=ARG GOV 2021..2023-12-10 Defence Minister
hector-timerman | name=Hector Timerman | family=Timerman | given=Hector | names=Héctor Timerman | country=ARG | role=ARG GOV 2010-06-22..2015-12-10 Foreign Minister
susana-malcorra | name=Susana Malcorra | family=Malcorra | given=Susana | country=ARG | role=ARG GOV 2015-12-10..2017-06-12 Foreign Minister
jorge-faurie | name=Jorge Faurie | family=Faurie | given=Jorge | country=ARG | role=ARG GOV 2017-06-12..2019-12-10 Foreign Minister
felipe-sola | name=Felipe Sola | family=Sola | given=Felipe | names=Felipe Solá | country=ARG | role=ARG GOV 2019-12-10..2021-09-20 Foreign Minister
santiago-cafiero | name=Santiago Cafiero | family=Cafiero | given=Santiago | country=ARG | role=ARG GOV 2021-09-20..2023-12-10 Foreign Minister | role=ARG GOV 2019-12-10..2021-09-20 Cabinet Chief
diana-mondino | name=Diana Mondino | family=Mondino | given=Diana | country=ARG | role=ARG GOV 2023-12-10..2024-10-30 Foreign Minister
gerardo-werthein | name=Gerardo Werthein | family=Werthein | given=Gerardo | country=ARG | role=ARG GOV 2024-10-30..2025-10 Foreign Minister
pablo-quirno | name=Pablo Quirno | family=Quirno | given=Pablo | country=ARG | role=ARG GOV 2025-10.. Foreign Minister
# Defence ministers
ricardo-lopez-murphy | name=Ricardo Lopez Murphy | family=Lopez Murphy | given=Ricardo | names=Ricardo López Murphy | country=ARG | role=ARG GOV 1999-12-10..2001-03 Defence Minister | role=ARG GOV 2001-03..2001-03-20 Economy Minister
horacio-jaunarena | name=Horacio Jaunarena | family=Jaunarena | given=Horacio | country=ARG | role=ARG GOV 2001-03..2001-12-21 Defence Minister | role=ARG GOV 2002-01..2003-05-25 Defence Minister
jose-pampuro | name=Jose Pampuro | family=Pampuro | given=Jose | names=José Pampuro; José Juan Bautista Pampuro | country=ARG | role=ARG GOV 2003-05-25..2005-12 Defence Minister
nilda-garre | name=Nilda Garre | family=Garre | given=Nilda | names=Nilda Garré | country=ARG | role=ARG GOV 2005-12..2010-12-15 Defence Minister | role=ARG GOV 2010-12-15..2013-06 Security Minister
arturo-puricelli | name=Arturo Puricelli | family=Puricelli | given=Arturo | country=ARG | role=ARG GOV 2010-12-15..2013-06 Defence Minister
agustin-rossi | name=Agustin Rossi | family=Rossi | given=Agustin | names=Agustín Rossi | country=ARG | role=ARG GOV 2013-06..2015-12-10 Defence Minister | role=ARG GOV 2019-12-10..2021 Defence Minister | role=ARG GOV 2023-02..2023-12-10 Cabinet Chief
julio-martinez | name=Julio Martinez | family=Martinez | given=Julio | names=Julio Martínez | country=ARG | role=ARG GOV 2015-12-10..2017-07 Defence Minister
oscar-aguad | name=Oscar Aguad | family=Aguad | given=Oscar | country=ARG | role=ARG GOV 2017-07..2019-12-10 Defence Minister
luis-petri | name=Luis Petri | family=Petri | given=Luis | country=ARG | role=ARG GOV 2023-12-10..2025-12 Defence Minister
carlos-presti | name=Carlos Presti | family=Presti | given=Carlos | names=Carlos Alberto Presti | country=ARG | role=ARG GOV 2025-12.. Defence Minister
# Central bank presidents
pedro-pou | name=Pedro Pou | family=Pou | given=Pedro | country=ARG | role=ARG GOV 1996-08..2001-04 Central Bank Governor
roque-maccarone | name=Roque Maccarone | family=Maccarone | given=Roque | country=ARG | role=ARG GOV 2001-04..2002-01 Central Bank Governor
mario-blejer | name=Mario Blejer | family=Blejer | given=Mario | country=ARG | role=ARG GOV 2002-01..2002-06 Central Bank Governor
aldo-pignanelli | name=Aldo Pignanelli | family=Pignanelli | given=Aldo | country=ARG | role=ARG GOV 2002-06..2002-12 Central Bank Governor
alfonso-prat-gay | name=Alfonso Prat-Gay | family=Prat-Gay | given=Alfonso | country=ARG | role=ARG GOV 2002-12..2004-09 Central Bank Governor | role=ARG GOV 2015-12-10..2017-01 Treasury Minister
martin-redrado | name=Martin Redrado | family=Redrado | given=Martin | names=Martín Redrado | country=ARG | role=ARG GOV 2004-09..2010-01 Central Bank Governor
mercedes-marco-del-pont | name=Mercedes Marco del Pont | family=Marco del Pont | given=Mercedes | names=Mercedes Marcó del Pont | country=ARG | role=ARG GOV 2010-02..2013-11 Central Bank Governor
juan-carlos-fabrega | name=Juan Carlos Fabrega | family=Fabrega | given=Juan Carlos | names=Juan Carlos Fábrega | country=ARG | role=ARG GOV 2013-11..2014-10 Central Bank Governor
alejandro-vanoli | name=Alejandro Vanoli | family=Vanoli | given=Alejandro | country=ARG | role=ARG GOV 2014-10..2015-12 Central Bank Governor
federico-sturzenegger | name=Federico Sturzenegger | family=Sturzenegger | given=Federico | country=ARG | role=ARG GOV 2015-12..2018-06 Central Bank Governor | role=ARG GOV 2024-07.. Deregulation Minister
luis-caputo | name=Luis Caputo | family=Caputo | given=Luis | names=Toto Caputo | country=ARG | role=ARG GOV 2018-06..2018-09 Central Bank Governor | role=ARG GOV 2023-12-10.. Economy Minister
guido-sandleris | name=Guido Sandleris | family=Sandleris | given=Guido | country=ARG | role=ARG GOV 2018-09..2019-12 Central Bank Governor
miguel-pesce | name=Miguel Pesce | family=Pesce | given=Miguel | names=Miguel Ángel Pesce | country=ARG | role=ARG GOV 2019-12..2023-12 Central Bank Governor
santiago-bausili | name=Santiago Bausili | family=Bausili | given=Santiago | country=ARG | role=ARG GOV 2023-12.. Central Bank Governor

# ---------------------------------------------------------------- Australia
# Foreign ministers
alexander-downer | name=Alexander Downer | family=Downer | given=Alexander | country=AUS | role=AUS GOV 1996-03-11..2007-12-03 Foreign Minister
stephen-smith | name=Stephen Smith | family=Smith | given=Stephen | country=AUS | role=AUS GOV 2007-12-03..2010-09-14 Foreign Minister | role=AUS GOV 2010-09-14..2013-09-18 Defence Minister
kevin-rudd | name=Kevin Rudd | family=Rudd | given=Kevin | country=AUS | role=AUS GOV 2010-09-14..2012-02-22 Foreign Minister | role=AUS GOV 2007-12-03..2010-06-24 Prime Minister | role=AUS GOV 2013-06-27..2013-09-18 Prime Minister
bob-carr | name=Bob Carr | family=Carr | given=Bob | country=AUS | role=AUS GOV 2012-03-13..2013-09-18 Foreign Minister
julie-bishop | name=Julie Bishop | family=Bishop | given=Julie | country=AUS | role=AUS GOV 2013-09-18..2018-08-28 Foreign Minister
marise-payne | name=Marise Payne | family=Payne | given=Marise | country=AUS | role=AUS GOV 2018-08-28..2022-05-23 Foreign Minister | role=AUS GOV 2015-09-21..2018-08-28 Defence Minister
penny-wong | name=Penny Wong | family=Wong | given=Penny | country=AUS | role=AUS GOV 2022-05-23.. Foreign Minister
# Defence ministers
john-moore-australia | name=John Moore | family=Moore | given=John | country=AUS | role=AUS GOV 1998-10-21..2001-01-30 Defence Minister
peter-reith | name=Peter Reith | family=Reith | given=Peter | country=AUS | role=AUS GOV 2001-01-30..2001-11-26 Defence Minister
robert-hill | name=Robert Hill | family=Hill | given=Robert | country=AUS | role=AUS GOV 2001-11-26..2006-01-27 Defence Minister
brendan-nelson | name=Brendan Nelson | family=Nelson | given=Brendan | country=AUS | role=AUS GOV 2006-01-27..2007-12-03 Defence Minister | role=AUS OPP 2007-11-29..2008-09-16 Opposition Leader
joel-fitzgibbon | name=Joel Fitzgibbon | family=Fitzgibbon | given=Joel | country=AUS | role=AUS GOV 2007-12-03..2009-06-09 Defence Minister
john-faulkner | name=John Faulkner | family=Faulkner | given=John | country=AUS | role=AUS GOV 2009-06-09..2010-09-14 Defence Minister
david-johnston-australia | name=David Johnston | family=Johnston | given=David | country=AUS | role=AUS GOV 2013-09-18..2014-12-23 Defence Minister
kevin-andrews | name=Kevin Andrews | family=Andrews | given=Kevin | country=AUS | role=AUS GOV 2014-12-23..2015-09-21 Defence Minister
christopher-pyne | name=Christopher Pyne | family=Pyne | given=Christopher | country=AUS | role=AUS GOV 2018-08-28..2019-05-29 Defence Minister
linda-reynolds | name=Linda Reynolds | family=Reynolds | given=Linda | country=AUS | role=AUS GOV 2019-05-29..2021-03-30 Defence Minister
peter-dutton | name=Peter Dutton | family=Dutton | given=Peter | country=AUS | role=AUS GOV 2021-03-30..2022-05-23 Defence Minister | role=AUS GOV 2014-12-23..2018-08-24 Immigration Minister | role=AUS GOV 2018-08-28..2021-03-30 Home Affairs Minister | role=AUS OPP 2022-05-30..2025-05-13 Opposition Leader
richard-marles | name=Richard Marles | family=Marles | given=Richard | country=AUS | role=AUS GOV 2022-06-01.. Defence Minister | role=AUS GOV 2022-05-23.. Deputy Prime Minister
# Reserve Bank of Australia governors
ian-macfarlane-rba | name=Ian Macfarlane | family=Macfarlane | given=Ian | country=AUS | role=AUS GOV 1996-09-18..2006-09-18 Central Bank Governor
glenn-stevens | name=Glenn Stevens | family=Stevens | given=Glenn | country=AUS | role=AUS GOV 2006-09-18..2016-09-18 Central Bank Governor
philip-lowe | name=Philip Lowe | family=Lowe | given=Philip | names=Phil Lowe | country=AUS | role=AUS GOV 2016-09-18..2023-09-18 Central Bank Governor
michele-bullock | name=Michele Bullock | family=Bullock | given=Michele | country=AUS | role=AUS GOV 2023-09-18.. Central Bank Governor

# ---------------------------------------------------------------- Brazil
# Foreign ministers
luiz-felipe-lampreia | name=Luiz Felipe Lampreia | family=Lampreia | given=Luiz Felipe | country=BRA | role=BRA GOV 1995-01-01..2001-01-29 Foreign Minister
celso-lafer | name=Celso Lafer | family=Lafer | given=Celso | country=BRA | role=BRA GOV 2001-01-29..2003-01-01 Foreign Minister
celso-amorim | name=Celso Amorim | family=Amorim | given=Celso | country=BRA | role=BRA GOV 2003-01-01..2011-01-01 Foreign Minister | role=BRA GOV 2011-08-08..2015-01-01 Defence Minister
antonio-patriota | name=Antonio Patriota | family=Patriota | given=Antonio | names=Antônio Patriota; Antonio de Aguiar Patriota | country=BRA | role=BRA GOV 2011-01-01..2013-08-28 Foreign Minister
luiz-alberto-figueiredo | name=Luiz Alberto Figueiredo | family=Figueiredo | given=Luiz Alberto | names=Luiz Alberto Figueiredo Machado | country=BRA | role=BRA GOV 2013-08-28..2015-01-01 Foreign Minister
mauro-vieira | name=Mauro Vieira | family=Vieira | given=Mauro | country=BRA | role=BRA GOV 2015-01-01..2016-05-12 Foreign Minister | role=BRA GOV 2023-01-01.. Foreign Minister
jose-serra | name=Jose Serra | family=Serra | given=Jose | names=José Serra | country=BRA | role=BRA GOV 2016-05-12..2017-02-22 Foreign Minister
aloysio-nunes | name=Aloysio Nunes | family=Nunes | given=Aloysio | names=Aloysio Nunes Ferreira | country=BRA | role=BRA GOV 2017-03-07..2019-01-01 Foreign Minister
ernesto-araujo | name=Ernesto Araujo | family=Araujo | given=Ernesto | names=Ernesto Araújo | country=BRA | role=BRA GOV 2019-01-01..2021-03-29 Foreign Minister
carlos-franca | name=Carlos Franca | family=Franca | given=Carlos | names=Carlos França; Carlos Alberto França | country=BRA | role=BRA GOV 2021-03-29..2023-01-01 Foreign Minister
# Defence ministers
elcio-alvares | name=Elcio Alvares | family=Alvares | given=Elcio | names=Élcio Álvares | country=BRA | role=BRA GOV 1999-06..2000-01 Defence Minister
geraldo-quintao | name=Geraldo Quintao | family=Quintao | given=Geraldo | names=Geraldo Quintão; Geraldo Magela da Cruz Quintão | country=BRA | role=BRA GOV 2000-01..2003-01-01 Defence Minister
jose-viegas-filho | name=Jose Viegas Filho | family=Viegas | given=Jose | names=José Viegas Filho; José Viegas | country=BRA | role=BRA GOV 2003-01-01..2004-11 Defence Minister
jose-alencar | name=Jose Alencar | family=Alencar | given=Jose | names=José Alencar | country=BRA | role=BRA GOV 2004-11..2006-03-31 Defence Minister | role=BRA GOV 2003-01-01..2011-01-01 Vice President
waldir-pires | name=Waldir Pires | family=Pires | given=Waldir | country=BRA | role=BRA GOV 2006-03-31..2007-07-25 Defence Minister
nelson-jobim | name=Nelson Jobim | family=Jobim | given=Nelson | country=BRA | role=BRA GOV 2007-07-25..2011-08-04 Defence Minister | role=BRA JUD 2004-06..2006-03 Chief Justice
jaques-wagner | name=Jaques Wagner | family=Wagner | given=Jaques | country=BRA | role=BRA GOV 2015-01-01..2015-10-02 Defence Minister | role=BRA GOV 2015-10-02..2016-05-12 Chief of Staff
aldo-rebelo | name=Aldo Rebelo | family=Rebelo | given=Aldo | country=BRA | role=BRA GOV 2015-10-02..2016-05-12 Defence Minister
raul-jungmann | name=Raul Jungmann | family=Jungmann | given=Raul | country=BRA | role=BRA GOV 2016-05-12..2018-02-26 Defence Minister | role=BRA GOV 2018-02-26..2019-01-01 Public Security Minister
joaquim-silva-e-luna | name=Joaquim Silva e Luna | family=Silva e Luna | given=Joaquim | country=BRA | role=BRA GOV 2018-02-26..2019-01-01 Defence Minister
fernando-azevedo-e-silva | name=Fernando Azevedo e Silva | family=Azevedo e Silva | given=Fernando | country=BRA | role=BRA GOV 2019-01-01..2021-03-29 Defence Minister
walter-braga-netto | name=Walter Braga Netto | family=Braga Netto | given=Walter | country=BRA | role=BRA GOV 2021-03-30..2022-03-31 Defence Minister | role=BRA GOV 2020-02..2021-03-29 Chief of Staff
paulo-sergio-nogueira | name=Paulo Sergio Nogueira | family=Nogueira | given=Paulo Sergio | names=Paulo Sérgio Nogueira; Paulo Sérgio Nogueira de Oliveira | country=BRA | role=BRA GOV 2022-04-01..2023-01-01 Defence Minister
jose-mucio | name=Jose Mucio | family=Mucio | given=Jose | names=José Múcio; José Múcio Monteiro | country=BRA | role=BRA GOV 2023-01-01.. Defence Minister
# Central bank presidents
arminio-fraga | name=Arminio Fraga | family=Fraga | given=Arminio | country=BRA | role=BRA GOV 1999-03-04..2003-01-01 Central Bank Governor
henrique-meirelles | name=Henrique Meirelles | family=Meirelles | given=Henrique | country=BRA | role=BRA GOV 2003-01-01..2011-01-01 Central Bank Governor | role=BRA GOV 2016-05-12..2018-04 Finance Minister
alexandre-tombini | name=Alexandre Tombini | family=Tombini | given=Alexandre | country=BRA | role=BRA GOV 2011-01-01..2016-06-09 Central Bank Governor
ilan-goldfajn | name=Ilan Goldfajn | family=Goldfajn | given=Ilan | country=BRA | role=BRA GOV 2016-06-09..2019-02-28 Central Bank Governor
roberto-campos-neto | name=Roberto Campos Neto | family=Campos Neto | given=Roberto | country=BRA | role=BRA GOV 2019-02-28..2025-01-01 Central Bank Governor
gabriel-galipolo | name=Gabriel Galipolo | family=Galipolo | given=Gabriel | names=Gabriel Galípolo | country=BRA | role=BRA GOV 2025-01-01.. Central Bank Governor

# ---------------------------------------------------------------- Canada
# Foreign ministers
lloyd-axworthy | name=Lloyd Axworthy | family=Axworthy | given=Lloyd | country=CAN | role=CAN GOV 1996-01-25..2000-10-17 Foreign Minister
john-manley | name=John Manley | family=Manley | given=John | country=CAN | role=CAN GOV 2000-10-17..2002-01-15 Foreign Minister | role=CAN GOV 2002-01-15..2003-12-12 Deputy Prime Minister | role=CAN GOV 2002-06-02..2003-12-12 Finance Minister
bill-graham | name=Bill Graham | family=Graham | given=Bill | country=CAN | role=CAN GOV 2002-01-15..2004-07-20 Foreign Minister | role=CAN GOV 2004-07-20..2006-02-06 Defence Minister
pierre-pettigrew | name=Pierre Pettigrew | family=Pettigrew | given=Pierre | country=CAN | role=CAN GOV 2004-07-20..2006-02-06 Foreign Minister
peter-mackay | name=Peter MacKay | family=MacKay | given=Peter | country=CAN | role=CAN GOV 2006-02-06..2007-08-14 Foreign Minister | role=CAN GOV 2007-08-14..2013-07-15 Defence Minister
maxime-bernier | name=Maxime Bernier | family=Bernier | given=Maxime | country=CAN | role=CAN GOV 2007-08-14..2008-05-26 Foreign Minister
david-emerson | name=David Emerson | family=Emerson | given=David | country=CAN | role=CAN GOV 2008-05-26..2008-10-30 Foreign Minister
lawrence-cannon | name=Lawrence Cannon | family=Cannon | given=Lawrence | country=CAN | role=CAN GOV 2008-10-30..2011-05-18 Foreign Minister
john-baird | name=John Baird | family=Baird | given=John | country=CAN | role=CAN GOV 2011-05-18..2015-02-03 Foreign Minister
rob-nicholson | name=Rob Nicholson | family=Nicholson | given=Rob | country=CAN | role=CAN GOV 2015-02-09..2015-11-04 Foreign Minister | role=CAN GOV 2013-07-15..2015-02-09 Defence Minister
stephane-dion | name=Stephane Dion | family=Dion | given=Stephane | names=Stéphane Dion | country=CAN | role=CAN GOV 2015-11-04..2017-01-10 Foreign Minister | role=CAN OPP 2007-01..2008-12-10 Opposition Leader
chrystia-freeland | name=Chrystia Freeland | family=Freeland | given=Chrystia | country=CAN | role=CAN GOV 2017-01-10..2019-11-20 Foreign Minister | role=CAN GOV 2019-11-20..2024-12-16 Deputy Prime Minister | role=CAN GOV 2020-08-18..2024-12-16 Finance Minister
francois-philippe-champagne | name=Francois-Philippe Champagne | family=Champagne | given=Francois-Philippe | names=François-Philippe Champagne | country=CAN | role=CAN GOV 2019-11-20..2021-01-12 Foreign Minister | role=CAN GOV 2025-03-14.. Finance Minister
marc-garneau | name=Marc Garneau | family=Garneau | given=Marc | country=CAN | role=CAN GOV 2021-01-12..2021-10-26 Foreign Minister
melanie-joly | name=Melanie Joly | family=Joly | given=Melanie | names=Mélanie Joly | country=CAN | role=CAN GOV 2021-10-26..2025-05-13 Foreign Minister
anita-anand | name=Anita Anand | family=Anand | given=Anita | country=CAN | role=CAN GOV 2025-05-13.. Foreign Minister | role=CAN GOV 2021-10-26..2023-07-26 Defence Minister
# Defence ministers
art-eggleton | name=Art Eggleton | family=Eggleton | given=Art | country=CAN | role=CAN GOV 1997-06-11..2002-05-26 Defence Minister
john-mccallum | name=John McCallum | family=McCallum | given=John | country=CAN | role=CAN GOV 2002-05-26..2003-12-12 Defence Minister
david-pratt | name=David Pratt | family=Pratt | given=David | country=CAN | role=CAN GOV 2003-12-12..2004-07-20 Defence Minister
gordon-oconnor | name=Gordon O'Connor | family=O'Connor | given=Gordon | country=CAN | role=CAN GOV 2006-02-06..2007-08-14 Defence Minister
jason-kenney | name=Jason Kenney | family=Kenney | given=Jason | country=CAN | role=CAN GOV 2015-02-09..2015-11-04 Defence Minister
harjit-sajjan | name=Harjit Sajjan | family=Sajjan | given=Harjit | country=CAN | role=CAN GOV 2015-11-04..2021-10-26 Defence Minister
bill-blair | name=Bill Blair | family=Blair | given=Bill | country=CAN | role=CAN GOV 2023-07-26..2025-05-13 Defence Minister
david-mcguinty | name=David McGuinty | family=McGuinty | given=David | country=CAN | role=CAN GOV 2025-05-13.. Defence Minister
# Bank of Canada governors
gordon-thiessen | name=Gordon Thiessen | family=Thiessen | given=Gordon | country=CAN | role=CAN GOV 1994-02-01..2001-02-01 Bank of Canada Governor
david-dodge | name=David Dodge | family=Dodge | given=David | country=CAN | role=CAN GOV 2001-02-01..2008-02-01 Bank of Canada Governor
mark-carney | name=Mark Carney | family=Carney | given=Mark | country=CAN | role=CAN GOV 2008-02-01..2013-06-01 Bank of Canada Governor | role=GBR GOV 2013-07-01..2020-03-16 Bank of England Governor | role=CAN GOV 2025-03-14.. Prime Minister
stephen-poloz | name=Stephen Poloz | family=Poloz | given=Stephen | country=CAN | role=CAN GOV 2013-06-03..2020-06-03 Bank of Canada Governor
tiff-macklem | name=Tiff Macklem | family=Macklem | given=Tiff | country=CAN | role=CAN GOV 2020-06-03.. Bank of Canada Governor

# ---------------------------------------------------------------- China
# Foreign ministers
tang-jiaxuan | name=Tang Jiaxuan | family=Tang | given=Jiaxuan | country=CHN | role=CHN GOV 1998-03-18..2003-03-17 Foreign Minister | role=CHN GOV 2003-03-17..2008-03-17 State Councilor
li-zhaoxing | name=Li Zhaoxing | family=Li | given=Zhaoxing | country=CHN | role=CHN GOV 2003-03-17..2007-04-27 Foreign Minister
yang-jiechi | name=Yang Jiechi | family=Yang | given=Jiechi | country=CHN | role=CHN GOV 2007-04-27..2013-03-16 Foreign Minister | role=CHN GOV 2013-03-16..2018-03-19 State Councilor
wang-yi | name=Wang Yi | family=Wang | given=Yi | country=CHN | role=CHN GOV 2013-03-16..2022-12-30 Foreign Minister | role=CHN GOV 2023-07-25.. Foreign Minister | role=CHN GOV 2018-03-19..2023-03-12 State Councilor
qin-gang | name=Qin Gang | family=Qin | given=Gang | country=CHN | role=CHN GOV 2022-12-30..2023-07-25 Foreign Minister
# Defence ministers
chi-haotian | name=Chi Haotian | family=Chi | given=Haotian | country=CHN | role=CHN GOV 1993-03..2003-03-17 Defence Minister
cao-gangchuan | name=Cao Gangchuan | family=Cao | given=Gangchuan | country=CHN | role=CHN GOV 2003-03-17..2008-03-17 Defence Minister
liang-guanglie | name=Liang Guanglie | family=Liang | given=Guanglie | country=CHN | role=CHN GOV 2008-03-17..2013-03-16 Defence Minister
chang-wanquan | name=Chang Wanquan | family=Chang | given=Wanquan | country=CHN | role=CHN GOV 2013-03-16..2018-03-19 Defence Minister
wei-fenghe | name=Wei Fenghe | family=Wei | given=Fenghe | country=CHN | role=CHN GOV 2018-03-19..2023-03-12 Defence Minister
li-shangfu | name=Li Shangfu | family=Li | given=Shangfu | country=CHN | role=CHN GOV 2023-03-12..2023-10-24 Defence Minister
dong-jun | name=Dong Jun | family=Dong | given=Jun | country=CHN | role=CHN GOV 2023-12-29.. Defence Minister
# People's Bank of China governors
dai-xianglong | name=Dai Xianglong | family=Dai | given=Xianglong | country=CHN | role=CHN GOV 1995-06..2002-12 Central Bank Governor
zhou-xiaochuan | name=Zhou Xiaochuan | family=Zhou | given=Xiaochuan | country=CHN | role=CHN GOV 2002-12..2018-03-19 Central Bank Governor
yi-gang | name=Yi Gang | family=Yi | given=Gang | country=CHN | role=CHN GOV 2018-03-19..2023-07-25 Central Bank Governor
pan-gongsheng | name=Pan Gongsheng | family=Pan | given=Gongsheng | country=CHN | role=CHN GOV 2023-07-25.. Central Bank Governor

# ---------------------------------------------------------------- France
# Foreign ministers
hubert-vedrine | name=Hubert Vedrine | family=Vedrine | given=Hubert | names=Hubert Védrine | country=FRA | role=FRA GOV 1997-06-04..2002-05-07 Foreign Minister
dominique-de-villepin | name=Dominique de Villepin | family=de Villepin | given=Dominique | names=Villepin | country=FRA | role=FRA GOV 2002-05-07..2004-03-31 Foreign Minister | role=FRA GOV 2004-03-31..2005-05-31 Interior Minister | role=FRA GOV 2005-05-31..2007-05-17 Prime Minister
michel-barnier | name=Michel Barnier | family=Barnier | given=Michel | country=FRA | role=FRA GOV 2004-03-31..2005-06-02 Foreign Minister | role=FRA GOV 2024-09-05..2024-12-13 Prime Minister
philippe-douste-blazy | name=Philippe Douste-Blazy | family=Douste-Blazy | given=Philippe | country=FRA | role=FRA GOV 2005-06-02..2007-05-18 Foreign Minister
bernard-kouchner | name=Bernard Kouchner | family=Kouchner | given=Bernard | country=FRA | role=FRA GOV 2007-05-18..2010-11-14 Foreign Minister
michele-alliot-marie | name=Michele Alliot-Marie | family=Alliot-Marie | given=Michele | names=Michèle Alliot-Marie; MAM | country=FRA | role=FRA GOV 2010-11-14..2011-02-27 Foreign Minister | role=FRA GOV 2002-05-07..2007-05-18 Defence Minister | role=FRA GOV 2007-05-18..2009-06-23 Interior Minister | role=FRA GOV 2009-06-23..2010-11-14 Justice Minister
alain-juppe | name=Alain Juppe | family=Juppe | given=Alain | names=Alain Juppé | country=FRA | role=FRA GOV 2011-02-27..2012-05-16 Foreign Minister | role=FRA GOV 2010-11-14..2011-02-27 Defence Minister
laurent-fabius | name=Laurent Fabius | family=Fabius | given=Laurent | country=FRA | role=FRA GOV 2012-05-16..2016-02-11 Foreign Minister | role=FRA JUD 2016-03-08..2025-03-08 Constitutional Council President
jean-marc-ayrault | name=Jean-Marc Ayrault | family=Ayrault | given=Jean-Marc | country=FRA | role=FRA GOV 2016-02-11..2017-05-17 Foreign Minister | role=FRA GOV 2012-05-15..2014-03-31 Prime Minister
jean-yves-le-drian | name=Jean-Yves Le Drian | family=Le Drian | given=Jean-Yves | country=FRA | role=FRA GOV 2017-05-17..2022-05-20 Foreign Minister | role=FRA GOV 2012-05-16..2017-05-17 Defence Minister
catherine-colonna | name=Catherine Colonna | family=Colonna | given=Catherine | country=FRA | role=FRA GOV 2022-05-20..2024-01-11 Foreign Minister
stephane-sejourne | name=Stephane Sejourne | family=Sejourne | given=Stephane | names=Stéphane Séjourné | country=FRA | role=FRA GOV 2024-01-11..2024-09-21 Foreign Minister
jean-noel-barrot | name=Jean-Noel Barrot | family=Barrot | given=Jean-Noel | names=Jean-Noël Barrot | country=FRA | role=FRA GOV 2024-09-21.. Foreign Minister
# Defence ministers (Minister of the Armed Forces from 2017)
alain-richard | name=Alain Richard | family=Richard | given=Alain | country=FRA | role=FRA GOV 1997-06-04..2002-05-07 Defence Minister
herve-morin | name=Herve Morin | family=Morin | given=Herve | names=Hervé Morin | country=FRA | role=FRA GOV 2007-05-18..2010-11-14 Defence Minister
gerard-longuet | name=Gerard Longuet | family=Longuet | given=Gerard | names=Gérard Longuet | country=FRA | role=FRA GOV 2011-02-27..2012-05-16 Defence Minister
sylvie-goulard | name=Sylvie Goulard | family=Goulard | given=Sylvie | country=FRA | role=FRA GOV 2017-05-17..2017-06-21 Defence Minister
florence-parly | name=Florence Parly | family=Parly | given=Florence | country=FRA | role=FRA GOV 2017-06-21..2022-05-20 Defence Minister
sebastien-lecornu | name=Sebastien Lecornu | family=Lecornu | given=Sebastien | names=Sébastien Lecornu | country=FRA | role=FRA GOV 2022-05-20..2025-10 Defence Minister | role=FRA GOV 2025-09-09.. Prime Minister
catherine-vautrin | name=Catherine Vautrin | family=Vautrin | given=Catherine | country=FRA | role=FRA GOV 2025-10-12.. Defence Minister
# Bank of France governors
jean-claude-trichet | name=Jean-Claude Trichet | family=Trichet | given=Jean-Claude | country=FRA | role=FRA GOV 1993-09..2003-11-01 Bank of France Governor
christian-noyer | name=Christian Noyer | family=Noyer | given=Christian | country=FRA | role=FRA GOV 2003-11-01..2015-11-01 Bank of France Governor
francois-villeroy-de-galhau | name=Francois Villeroy de Galhau | family=Villeroy de Galhau | given=Francois | names=François Villeroy de Galhau | country=FRA | role=FRA GOV 2015-11-01.. Bank of France Governor

# ---------------------------------------------------------------- Germany
# Foreign ministers
joschka-fischer | name=Joschka Fischer | family=Fischer | given=Joschka | country=DEU | role=DEU GOV 1998-10-27..2005-11-22 Foreign Minister | role=DEU GOV 1998-10-27..2005-11-22 Vice Chancellor
frank-walter-steinmeier | name=Frank-Walter Steinmeier | family=Steinmeier | given=Frank-Walter | country=DEU | role=DEU GOV 2005-11-22..2009-10-28 Foreign Minister | role=DEU GOV 2013-12-17..2017-01-27 Foreign Minister | role=DEU GOV 2007-11-21..2009-10-28 Vice Chancellor | role=DEU GOV 2017-03-19.. President
guido-westerwelle | name=Guido Westerwelle | family=Westerwelle | given=Guido | country=DEU | role=DEU GOV 2009-10-28..2013-12-17 Foreign Minister | role=DEU GOV 2009-10-28..2011-05-16 Vice Chancellor
sigmar-gabriel | name=Sigmar Gabriel | family=Gabriel | given=Sigmar | country=DEU | role=DEU GOV 2017-01-27..2018-03-14 Foreign Minister | role=DEU GOV 2013-12-17..2018-03-14 Vice Chancellor | role=DEU GOV 2013-12-17..2017-01-27 Economy Minister
heiko-maas | name=Heiko Maas | family=Maas | given=Heiko | country=DEU | role=DEU GOV 2018-03-14..2021-12-08 Foreign Minister
annalena-baerbock | name=Annalena Baerbock | family=Baerbock | given=Annalena | country=DEU | role=DEU GOV 2021-12-08..2025-05-06 Foreign Minister
johann-wadephul | name=Johann Wadephul | family=Wadephul | given=Johann | country=DEU | role=DEU GOV 2025-05-06.. Foreign Minister
# Defence ministers
rudolf-scharping | name=Rudolf Scharping | family=Scharping | given=Rudolf | country=DEU | role=DEU GOV 1998-10-27..2002-07-19 Defence Minister
peter-struck | name=Peter Struck | family=Struck | given=Peter | country=DEU | role=DEU GOV 2002-07-19..2005-11-22 Defence Minister
franz-josef-jung | name=Franz Josef Jung | family=Jung | given=Franz Josef | country=DEU | role=DEU GOV 2005-11-22..2009-10-28 Defence Minister
karl-theodor-zu-guttenberg | name=Karl-Theodor zu Guttenberg | family=zu Guttenberg | given=Karl-Theodor | names=Guttenberg | country=DEU | role=DEU GOV 2009-10-28..2011-03-03 Defence Minister | role=DEU GOV 2009-02-10..2009-10-28 Economy Minister
thomas-de-maiziere | name=Thomas de Maiziere | family=de Maiziere | given=Thomas | names=Thomas de Maizière | country=DEU | role=DEU GOV 2011-03-03..2013-12-17 Defence Minister | role=DEU GOV 2009-10-28..2011-03-03 Interior Minister | role=DEU GOV 2013-12-17..2018-03-14 Interior Minister
ursula-von-der-leyen | name=Ursula von der Leyen | family=von der Leyen | given=Ursula | country=DEU | role=DEU GOV 2013-12-17..2019-07-17 Defence Minister
annegret-kramp-karrenbauer | name=Annegret Kramp-Karrenbauer | family=Kramp-Karrenbauer | given=Annegret | names=AKK | country=DEU | role=DEU GOV 2019-07-17..2021-12-08 Defence Minister
christine-lambrecht | name=Christine Lambrecht | family=Lambrecht | given=Christine | country=DEU | role=DEU GOV 2021-12-08..2023-01-19 Defence Minister
boris-pistorius | name=Boris Pistorius | family=Pistorius | given=Boris | country=DEU | role=DEU GOV 2023-01-19.. Defence Minister
# Bundesbank presidents
ernst-welteke | name=Ernst Welteke | family=Welteke | given=Ernst | country=DEU | role=DEU GOV 1999-09-01..2004-04-16 Bundesbank President
axel-weber | name=Axel Weber | family=Weber | given=Axel | country=DEU | role=DEU GOV 2004-04-30..2011-05-01 Bundesbank President
jens-weidmann | name=Jens Weidmann | family=Weidmann | given=Jens | country=DEU | role=DEU GOV 2011-05-01..2022-01-01 Bundesbank President
joachim-nagel | name=Joachim Nagel | family=Nagel | given=Joachim | country=DEU | role=DEU GOV 2022-01-01.. Bundesbank President

# ---------------------------------------------------------------- India
# External affairs ministers
jaswant-singh | name=Jaswant Singh | family=Singh | given=Jaswant | country=IND | role=IND GOV 1998-12-05..2002-07-01 Foreign Minister | role=IND GOV 2001-03-16..2001-10-15 Defence Minister | role=IND GOV 2002-07-01..2004-05-22 Finance Minister
yashwant-sinha | name=Yashwant Sinha | family=Sinha | given=Yashwant | country=IND | role=IND GOV 2002-07-01..2004-05-22 Foreign Minister | role=IND GOV 1998-03-19..2002-07-01 Finance Minister
natwar-singh | name=Natwar Singh | family=Singh | given=Natwar | names=K. Natwar Singh | country=IND | role=IND GOV 2004-05-22..2005-11-07 Foreign Minister
manmohan-singh | name=Manmohan Singh | family=Singh | given=Manmohan | country=IND | role=IND GOV 2004-05-22..2014-05-26 Prime Minister | role=IND GOV 2005-11-07..2006-10-24 Foreign Minister
pranab-mukherjee | name=Pranab Mukherjee | family=Mukherjee | given=Pranab | country=IND | role=IND GOV 2006-10-24..2009-05-22 Foreign Minister | role=IND GOV 2004-05-22..2006-10-24 Defence Minister | role=IND GOV 2009-01-24..2012-06-26 Finance Minister | role=IND GOV 2012-07-25..2017-07-25 President
sm-krishna | name=S. M. Krishna | family=Krishna | given=S. M. | names=SM Krishna; Somanahalli Mallaiah Krishna | country=IND | role=IND GOV 2009-05-22..2012-10-28 Foreign Minister
salman-khurshid | name=Salman Khurshid | family=Khurshid | given=Salman | country=IND | role=IND GOV 2012-10-28..2014-05-26 Foreign Minister
sushma-swaraj | name=Sushma Swaraj | family=Swaraj | given=Sushma | country=IND | role=IND GOV 2014-05-26..2019-05-30 Foreign Minister | role=IND OPP 2009-12-21..2014-05-26 Opposition Leader
subrahmanyam-jaishankar | name=Subrahmanyam Jaishankar | family=Jaishankar | given=Subrahmanyam | names=S. Jaishankar; S Jaishankar | country=IND | role=IND GOV 2019-05-30.. Foreign Minister | role=IND GOV 2015-01-29..2018-01-28 Foreign Secretary
# Defence ministers
george-fernandes | name=George Fernandes | family=Fernandes | given=George | country=IND | role=IND GOV 1998-03-19..2001-03-16 Defence Minister | role=IND GOV 2001-10-15..2004-05-22 Defence Minister
ak-antony | name=A. K. Antony | family=Antony | given=A. K. | names=AK Antony | country=IND | role=IND GOV 2006-10-24..2014-05-26 Defence Minister
arun-jaitley | name=Arun Jaitley | family=Jaitley | given=Arun | country=IND | role=IND GOV 2014-05-26..2014-11-09 Defence Minister | role=IND GOV 2017-03-13..2017-09-03 Defence Minister | role=IND GOV 2014-05-26..2019-05-30 Finance Minister
manohar-parrikar | name=Manohar Parrikar | family=Parrikar | given=Manohar | country=IND | role=IND GOV 2014-11-09..2017-03-13 Defence Minister
nirmala-sitharaman | name=Nirmala Sitharaman | family=Sitharaman | given=Nirmala | country=IND | role=IND GOV 2017-09-03..2019-05-30 Defence Minister | role=IND GOV 2019-05-30.. Finance Minister
rajnath-singh | name=Rajnath Singh | family=Singh | given=Rajnath | country=IND | role=IND GOV 2019-05-30.. Defence Minister | role=IND GOV 2014-05-26..2019-05-30 Home Minister
# Reserve Bank of India governors
bimal-jalan | name=Bimal Jalan | family=Jalan | given=Bimal | country=IND | role=IND GOV 1997-11-22..2003-09-06 Central Bank Governor
yv-reddy | name=Y. V. Reddy | family=Reddy | given=Y. V. | names=YV Reddy; Yaga Venugopal Reddy | country=IND | role=IND GOV 2003-09-06..2008-09-05 Central Bank Governor
duvvuri-subbarao | name=Duvvuri Subbarao | family=Subbarao | given=Duvvuri | names=D. Subbarao | country=IND | role=IND GOV 2008-09-05..2013-09-04 Central Bank Governor
raghuram-rajan | name=Raghuram Rajan | family=Rajan | given=Raghuram | country=IND | role=IND GOV 2013-09-04..2016-09-04 Central Bank Governor
urjit-patel | name=Urjit Patel | family=Patel | given=Urjit | country=IND | role=IND GOV 2016-09-04..2018-12-11 Central Bank Governor
shaktikanta-das | name=Shaktikanta Das | family=Das | given=Shaktikanta | country=IND | role=IND GOV 2018-12-12..2024-12-11 Central Bank Governor
sanjay-malhotra | name=Sanjay Malhotra | family=Malhotra | given=Sanjay | country=IND | role=IND GOV 2024-12-11.. Central Bank Governor

# ---------------------------------------------------------------- Indonesia
# Foreign ministers
alwi-shihab | name=Alwi Shihab | family=Shihab | given=Alwi | country=IDN | role=IDN GOV 1999-10-29..2001-08-09 Foreign Minister
hassan-wirajuda | name=Hassan Wirajuda | family=Wirajuda | given=Hassan | country=IDN | role=IDN GOV 2001-08-09..2009-10-22 Foreign Minister
marty-natalegawa | name=Marty Natalegawa | family=Natalegawa | given=Marty | country=IDN | role=IDN GOV 2009-10-22..2014-10-27 Foreign Minister
retno-marsudi | name=Retno Marsudi | family=Marsudi | given=Retno | names=Retno L.P. Marsudi; Retno LP Marsudi | country=IDN | role=IDN GOV 2014-10-27..2024-10-21 Foreign Minister
sugiono | name=Sugiono | family=Sugiono | country=IDN | role=IDN GOV 2024-10-21.. Foreign Minister
# Defence ministers
juwono-sudarsono | name=Juwono Sudarsono | family=Sudarsono | given=Juwono | country=IDN | role=IDN GOV 1999-10-29..2000-08 Defence Minister | role=IDN GOV 2004-10-21..2009-10-22 Defence Minister
mahfud-md | name=Mahfud MD | family=Mahfud | names=Mohammad Mahfud MD; Mohammad Mahfud | country=IDN | role=IDN GOV 2000-08..2001-07 Defence Minister | role=IDN JUD 2008-08..2013-04 Chief Justice | role=IDN GOV 2019-10-23..2024-02 Security Minister
matori-abdul-djalil | name=Matori Abdul Djalil | family=Djalil | given=Matori Abdul | names=Matori | country=IDN | role=IDN GOV 2001-08-09..2004-10-21 Defence Minister
purnomo-yusgiantoro | name=Purnomo Yusgiantoro | family=Yusgiantoro | given=Purnomo | country=IDN | role=IDN GOV 2009-10-22..2014-10-27 Defence Minister
ryamizard-ryacudu | name=Ryamizard Ryacudu | family=Ryacudu | given=Ryamizard | country=IDN | role=IDN GOV 2014-10-27..2019-10-23 Defence Minister
prabowo-subianto | name=Prabowo Subianto | family=Prabowo | names=Prabowo Subianto Djojohadikusumo | country=IDN | role=IDN GOV 2019-10-23..2024-10-20 Defence Minister | role=IDN GOV 2024-10-20.. President
sjafrie-sjamsoeddin | name=Sjafrie Sjamsoeddin | family=Sjamsoeddin | given=Sjafrie | country=IDN | role=IDN GOV 2024-10-21.. Defence Minister
# Bank Indonesia governors
syahril-sabirin | name=Syahril Sabirin | family=Sabirin | given=Syahril | names=Sjahril Sabirin | country=IDN | role=IDN GOV 1998-02..2003-05 Central Bank Governor
burhanuddin-abdullah | name=Burhanuddin Abdullah | family=Abdullah | given=Burhanuddin | country=IDN | role=IDN GOV 2003-05..2008-05 Central Bank Governor
boediono | name=Boediono | family=Boediono | country=IDN | role=IDN GOV 2008-05..2009-05 Central Bank Governor | role=IDN GOV 2009-10-20..2014-10-20 Vice President
darmin-nasution | name=Darmin Nasution | family=Nasution | given=Darmin | country=IDN | role=IDN GOV 2009-05..2013-05 Central Bank Governor
agus-martowardojo | name=Agus Martowardojo | family=Martowardojo | given=Agus | country=IDN | role=IDN GOV 2013-05..2018-05 Central Bank Governor | role=IDN GOV 2010-05..2013-05 Finance Minister
perry-warjiyo | name=Perry Warjiyo | family=Warjiyo | given=Perry | country=IDN | role=IDN GOV 2018-05.. Central Bank Governor

# ---------------------------------------------------------------- Italy
# Foreign ministers
lamberto-dini | name=Lamberto Dini | family=Dini | given=Lamberto | country=ITA | role=ITA GOV 1996-05-18..2001-06-11 Foreign Minister
renato-ruggiero | name=Renato Ruggiero | family=Ruggiero | given=Renato | country=ITA | role=ITA GOV 2001-06-11..2002-01-06 Foreign Minister
silvio-berlusconi | name=Silvio Berlusconi | family=Berlusconi | given=Silvio | country=ITA | role=ITA GOV 2002-01-06..2002-11-14 Foreign Minister | role=ITA GOV 2001-06-11..2006-05-17 Prime Minister | role=ITA GOV 2008-05-08..2011-11-16 Prime Minister
franco-frattini | name=Franco Frattini | family=Frattini | given=Franco | country=ITA | role=ITA GOV 2002-11-14..2004-11-18 Foreign Minister | role=ITA GOV 2008-05-08..2011-11-16 Foreign Minister
gianfranco-fini | name=Gianfranco Fini | family=Fini | given=Gianfranco | country=ITA | role=ITA GOV 2004-11-18..2006-05-17 Foreign Minister | role=ITA GOV 2001-06-11..2006-05-17 Deputy Prime Minister | role=ITA LEG 2008-04-30..2013-03-15 Speaker
massimo-dalema | name=Massimo D'Alema | family=D'Alema | given=Massimo | names=Massimo DAlema | country=ITA | role=ITA GOV 2006-05-17..2008-05-08 Foreign Minister | role=ITA GOV 1998-10-21..2000-04-26 Prime Minister
giulio-terzi | name=Giulio Terzi | family=Terzi | given=Giulio | names=Giulio Terzi di Sant'Agata | country=ITA | role=ITA GOV 2011-11-16..2013-03-26 Foreign Minister
mario-monti | name=Mario Monti | family=Monti | given=Mario | country=ITA | role=ITA GOV 2013-03-26..2013-04-28 Foreign Minister | role=ITA GOV 2011-11-16..2013-04-28 Prime Minister
emma-bonino | name=Emma Bonino | family=Bonino | given=Emma | country=ITA | role=ITA GOV 2013-04-28..2014-02-22 Foreign Minister
federica-mogherini | name=Federica Mogherini | family=Mogherini | given=Federica | country=ITA | role=ITA GOV 2014-02-22..2014-10-31 Foreign Minister
paolo-gentiloni | name=Paolo Gentiloni | family=Gentiloni | given=Paolo | country=ITA | role=ITA GOV 2014-10-31..2016-12-12 Foreign Minister | role=ITA GOV 2016-12-12..2018-06-01 Prime Minister
angelino-alfano | name=Angelino Alfano | family=Alfano | given=Angelino | country=ITA | role=ITA GOV 2016-12-12..2018-06-01 Foreign Minister | role=ITA GOV 2013-04-28..2016-12-12 Interior Minister
enzo-moavero-milanesi | name=Enzo Moavero Milanesi | family=Moavero Milanesi | given=Enzo | names=Enzo Moavero | country=ITA | role=ITA GOV 2018-06-01..2019-09-05 Foreign Minister
luigi-di-maio | name=Luigi Di Maio | family=Di Maio | given=Luigi | country=ITA | role=ITA GOV 2019-09-05..2022-10-22 Foreign Minister | role=ITA GOV 2018-06-01..2019-09-05 Deputy Prime Minister
antonio-tajani | name=Antonio Tajani | family=Tajani | given=Antonio | country=ITA | role=ITA GOV 2022-10-22.. Foreign Minister | role=ITA GOV 2022-10-22.. Deputy Prime Minister
# Defence ministers
sergio-mattarella | name=Sergio Mattarella | family=Mattarella | given=Sergio | country=ITA | role=ITA GOV 1999-12-22..2001-06-11 Defence Minister | role=ITA GOV 2015-02-03.. President
antonio-martino | name=Antonio Martino | family=Martino | given=Antonio | country=ITA | role=ITA GOV 2001-06-11..2006-05-17 Defence Minister
arturo-parisi | name=Arturo Parisi | family=Parisi | given=Arturo | country=ITA | role=ITA GOV 2006-05-17..2008-05-08 Defence Minister
ignazio-la-russa | name=Ignazio La Russa | family=La Russa | given=Ignazio | country=ITA | role=ITA GOV 2008-05-08..2011-11-16 Defence Minister | role=ITA LEG 2022-10-13.. Senate President
giampaolo-di-paola | name=Giampaolo Di Paola | family=Di Paola | given=Giampaolo | country=ITA | role=ITA GOV 2011-11-16..2013-04-28 Defence Minister
mario-mauro | name=Mario Mauro | family=Mauro | given=Mario | country=ITA | role=ITA GOV 2013-04-28..2014-02-22 Defence Minister
roberta-pinotti | name=Roberta Pinotti | family=Pinotti | given=Roberta | country=ITA | role=ITA GOV 2014-02-22..2018-06-01 Defence Minister
elisabetta-trenta | name=Elisabetta Trenta | family=Trenta | given=Elisabetta | country=ITA | role=ITA GOV 2018-06-01..2019-09-05 Defence Minister
lorenzo-guerini | name=Lorenzo Guerini | family=Guerini | given=Lorenzo | country=ITA | role=ITA GOV 2019-09-05..2022-10-22 Defence Minister
guido-crosetto | name=Guido Crosetto | family=Crosetto | given=Guido | country=ITA | role=ITA GOV 2022-10-22.. Defence Minister
# Bank of Italy governors
antonio-fazio | name=Antonio Fazio | family=Fazio | given=Antonio | country=ITA | role=ITA GOV 1993-05..2005-12-19 Bank of Italy Governor
mario-draghi | name=Mario Draghi | family=Draghi | given=Mario | country=ITA | role=ITA GOV 2006-01-16..2011-11-01 Bank of Italy Governor | role=ITA GOV 2021-02-13..2022-10-22 Prime Minister
ignazio-visco | name=Ignazio Visco | family=Visco | given=Ignazio | country=ITA | role=ITA GOV 2011-11-01..2023-11-01 Bank of Italy Governor
fabio-panetta | name=Fabio Panetta | family=Panetta | given=Fabio | country=ITA | role=ITA GOV 2023-11-01.. Bank of Italy Governor

# ---------------------------------------------------------------- Japan
# Foreign ministers
yohei-kono | name=Yohei Kono | family=Kono | given=Yohei | names=Yōhei Kōno | country=JPN | role=JPN GOV 1999-10-05..2001-04-26 Foreign Minister | role=JPN LEG 2003-11-19..2009-07-21 Speaker
makiko-tanaka | name=Makiko Tanaka | family=Tanaka | given=Makiko | country=JPN | role=JPN GOV 2001-04-26..2002-01-30 Foreign Minister
yoriko-kawaguchi | name=Yoriko Kawaguchi | family=Kawaguchi | given=Yoriko | country=JPN | role=JPN GOV 2002-02-01..2004-09-27 Foreign Minister
nobutaka-machimura | name=Nobutaka Machimura | family=Machimura | given=Nobutaka | country=JPN | role=JPN GOV 2004-09-27..2005-10-31 Foreign Minister | role=JPN GOV 2007-08-27..2007-09-26 Foreign Minister | role=JPN GOV 2007-09-26..2008-09-24 Chief Cabinet Secretary
taro-aso | name=Taro Aso | family=Aso | given=Taro | names=Tarō Asō | country=JPN | role=JPN GOV 2005-10-31..2007-08-27 Foreign Minister | role=JPN GOV 2008-09-24..2009-09-16 Prime Minister | role=JPN GOV 2012-12-26..2021-10-04 Deputy Prime Minister | role=JPN GOV 2012-12-26..2021-10-04 Finance Minister
masahiko-komura | name=Masahiko Komura | family=Komura | given=Masahiko | names=Masahiko Koumura; Masahiko Kōmura | country=JPN | role=JPN GOV 2007-09-26..2008-09-24 Foreign Minister | role=JPN GOV 2007-08-27..2007-09-26 Defence Minister
hirofumi-nakasone | name=Hirofumi Nakasone | family=Nakasone | given=Hirofumi | country=JPN | role=JPN GOV 2008-09-24..2009-09-16 Foreign Minister
katsuya-okada | name=Katsuya Okada | family=Okada | given=Katsuya | country=JPN | role=JPN GOV 2009-09-16..2010-09-17 Foreign Minister
seiji-maehara | name=Seiji Maehara | family=Maehara | given=Seiji | country=JPN | role=JPN GOV 2010-09-17..2011-03-07 Foreign Minister
takeaki-matsumoto | name=Takeaki Matsumoto | family=Matsumoto | given=Takeaki | country=JPN | role=JPN GOV 2011-03-09..2011-09-02 Foreign Minister
koichiro-gemba | name=Koichiro Gemba | family=Gemba | given=Koichiro | names=Kōichirō Genba; Koichiro Genba | country=JPN | role=JPN GOV 2011-09-02..2012-12-26 Foreign Minister
fumio-kishida | name=Fumio Kishida | family=Kishida | given=Fumio | country=JPN | role=JPN GOV 2012-12-26..2017-08-03 Foreign Minister | role=JPN GOV 2017-07-28..2017-08-03 Defence Minister | role=JPN GOV 2021-10-04..2024-10-01 Prime Minister
taro-kono | name=Taro Kono | family=Kono | given=Taro | names=Tarō Kōno | country=JPN | role=JPN GOV 2017-08-03..2019-09-11 Foreign Minister | role=JPN GOV 2019-09-11..2020-09-16 Defence Minister
toshimitsu-motegi | name=Toshimitsu Motegi | family=Motegi | given=Toshimitsu | country=JPN | role=JPN GOV 2019-09-11..2021-11-10 Foreign Minister | role=JPN GOV 2025-10-21.. Foreign Minister
yoshimasa-hayashi | name=Yoshimasa Hayashi | family=Hayashi | given=Yoshimasa | country=JPN | role=JPN GOV 2021-11-10..2023-09-13 Foreign Minister | role=JPN GOV 2008-08-02..2008-09-24 Defence Minister | role=JPN GOV 2023-12-14..2025-10-21 Chief Cabinet Secretary
yoko-kamikawa | name=Yoko Kamikawa | family=Kamikawa | given=Yoko | names=Yōko Kamikawa | country=JPN | role=JPN GOV 2023-09-13..2024-10-01 Foreign Minister
takeshi-iwaya | name=Takeshi Iwaya | family=Iwaya | given=Takeshi | country=JPN | role=JPN GOV 2024-10-01..2025-10-21 Foreign Minister | role=JPN GOV 2018-10-02..2019-09-11 Defence Minister
# Defence ministers (heads of the Japan Defense Agency until 2007-01-09)
tsutomu-kawara | name=Tsutomu Kawara | family=Kawara | given=Tsutomu | country=JPN | role=JPN GOV 1999-10-05..2000-07-04 Defence Minister
kazuo-torashima | name=Kazuo Torashima | family=Torashima | given=Kazuo | country=JPN | role=JPN GOV 2000-07-04..2000-12-05 Defence Minister
toshitsugu-saito | name=Toshitsugu Saito | family=Saito | given=Toshitsugu | country=JPN | role=JPN GOV 2000-12-05..2001-04-26 Defence Minister
gen-nakatani | name=Gen Nakatani | family=Nakatani | given=Gen | country=JPN | role=JPN GOV 2001-04-26..2002-09-30 Defence Minister | role=JPN GOV 2014-12-24..2016-08-03 Defence Minister | role=JPN GOV 2024-10-01..2025-10-21 Defence Minister
shigeru-ishiba | name=Shigeru Ishiba | family=Ishiba | given=Shigeru | country=JPN | role=JPN GOV 2002-09-30..2004-09-27 Defence Minister | role=JPN GOV 2007-09-26..2008-08-02 Defence Minister | role=JPN GOV 2024-10-01..2025-10-21 Prime Minister
yoshinori-ohno | name=Yoshinori Ohno | family=Ohno | given=Yoshinori | names=Yoshinori Ono | country=JPN | role=JPN GOV 2004-09-27..2005-10-31 Defence Minister
fukushiro-nukaga | name=Fukushiro Nukaga | family=Nukaga | given=Fukushiro | country=JPN | role=JPN GOV 2005-10-31..2006-09-26 Defence Minister
fumio-kyuma | name=Fumio Kyuma | family=Kyuma | given=Fumio | country=JPN | role=JPN GOV 2006-09-26..2007-07-04 Defence Minister
yuriko-koike | name=Yuriko Koike | family=Koike | given=Yuriko | country=JPN | role=JPN GOV 2007-07-04..2007-08-27 Defence Minister | role=JPN GOV 2016-08-02.. Tokyo Governor
yasukazu-hamada | name=Yasukazu Hamada | family=Hamada | given=Yasukazu | country=JPN | role=JPN GOV 2008-09-24..2009-09-16 Defence Minister | role=JPN GOV 2022-08-10..2023-09-13 Defence Minister
toshimi-kitazawa | name=Toshimi Kitazawa | family=Kitazawa | given=Toshimi | country=JPN | role=JPN GOV 2009-09-16..2011-09-02 Defence Minister
yasuo-ichikawa | name=Yasuo Ichikawa | family=Ichikawa | given=Yasuo | country=JPN | role=JPN GOV 2011-09-02..2012-01-13 Defence Minister
naoki-tanaka | name=Naoki Tanaka | family=Tanaka | given=Naoki | country=JPN | role=JPN GOV 2012-01-13..2012-06-04 Defence Minister
satoshi-morimoto | name=Satoshi Morimoto | family=Morimoto | given=Satoshi | country=JPN | role=JPN GOV 2012-06-04..2012-12-26 Defence Minister
itsunori-onodera | name=Itsunori Onodera | family=Onodera | given=Itsunori | country=JPN | role=JPN GOV 2012-12-26..2014-09-03 Defence Minister | role=JPN GOV 2017-08-03..2018-10-02 Defence Minister
akinori-eto | name=Akinori Eto | family=Eto | given=Akinori | country=JPN | role=JPN GOV 2014-09-03..2014-12-24 Defence Minister
tomomi-inada | name=Tomomi Inada | family=Inada | given=Tomomi | country=JPN | role=JPN GOV 2016-08-03..2017-07-28 Defence Minister
nobuo-kishi | name=Nobuo Kishi | family=Kishi | given=Nobuo | country=JPN | role=JPN GOV 2020-09-16..2022-08-10 Defence Minister
minoru-kihara | name=Minoru Kihara | family=Kihara | given=Minoru | country=JPN | role=JPN GOV 2023-09-13..2024-10-01 Defence Minister | role=JPN GOV 2025-10-21.. Chief Cabinet Secretary
shinjiro-koizumi | name=Shinjiro Koizumi | family=Koizumi | given=Shinjiro | country=JPN | role=JPN GOV 2025-10-21.. Defence Minister | role=JPN GOV 2019-09-11..2021-10-04 Environment Minister | role=JPN GOV 2025-05-21..2025-10-21 Agriculture Minister
# Bank of Japan governors
masaru-hayami | name=Masaru Hayami | family=Hayami | given=Masaru | country=JPN | role=JPN GOV 1998-03-20..2003-03-20 Bank of Japan Governor
toshihiko-fukui | name=Toshihiko Fukui | family=Fukui | given=Toshihiko | country=JPN | role=JPN GOV 2003-03-20..2008-03-20 Bank of Japan Governor
masaaki-shirakawa | name=Masaaki Shirakawa | family=Shirakawa | given=Masaaki | country=JPN | role=JPN GOV 2008-04-09..2013-03-20 Bank of Japan Governor
haruhiko-kuroda | name=Haruhiko Kuroda | family=Kuroda | given=Haruhiko | country=JPN | role=JPN GOV 2013-03-20..2023-04-09 Bank of Japan Governor
kazuo-ueda | name=Kazuo Ueda | family=Ueda | given=Kazuo | country=JPN | role=JPN GOV 2023-04-09.. Bank of Japan Governor

# ---------------------------------------------------------------- Mexico
# Foreign ministers (Secretaries of Foreign Affairs)
rosario-green | name=Rosario Green | family=Green | given=Rosario | country=MEX | role=MEX GOV 1998-01-07..2000-12-01 Foreign Minister
jorge-castaneda | name=Jorge Castaneda | family=Castaneda | given=Jorge | names=Jorge Castañeda; Jorge G. Castañeda | country=MEX | role=MEX GOV 2000-12-01..2003-01-10 Foreign Minister
luis-ernesto-derbez | name=Luis Ernesto Derbez | family=Derbez | given=Luis Ernesto | country=MEX | role=MEX GOV 2003-01-10..2006-12-01 Foreign Minister | role=MEX GOV 2000-12-01..2003-01-10 Economy Secretary
patricia-espinosa | name=Patricia Espinosa | family=Espinosa | given=Patricia | names=Patricia Espinosa Cantellano | country=MEX | role=MEX GOV 2006-12-01..2012-12-01 Foreign Minister
jose-antonio-meade | name=Jose Antonio Meade | family=Meade | given=Jose Antonio | names=José Antonio Meade | country=MEX | role=MEX GOV 2012-12-01..2015-08-27 Foreign Minister | role=MEX GOV 2011-09..2012-12-01 Finance Secretary | role=MEX GOV 2016-09-07..2017-11-27 Finance Secretary
claudia-ruiz-massieu | name=Claudia Ruiz Massieu | family=Ruiz Massieu | given=Claudia | country=MEX | role=MEX GOV 2015-08-27..2017-01-04 Foreign Minister
luis-videgaray | name=Luis Videgaray | family=Videgaray | given=Luis | country=MEX | role=MEX GOV 2017-01-04..2018-12-01 Foreign Minister | role=MEX GOV 2012-12-01..2016-09-07 Finance Secretary
marcelo-ebrard | name=Marcelo Ebrard | family=Ebrard | given=Marcelo | country=MEX | role=MEX GOV 2018-12-01..2023-06-12 Foreign Minister | role=MEX GOV 2024-10-01.. Economy Secretary | role=MEX GOV 2006-12-05..2012-12-05 Mexico City Mayor
alicia-barcena | name=Alicia Barcena | family=Barcena | given=Alicia | names=Alicia Bárcena | country=MEX | role=MEX GOV 2023-07-03..2024-10-01 Foreign Minister | role=MEX GOV 2024-10-01.. Environment Secretary
juan-ramon-de-la-fuente | name=Juan Ramon de la Fuente | family=de la Fuente | given=Juan Ramon | names=Juan Ramón de la Fuente | country=MEX | role=MEX GOV 2024-10-01.. Foreign Minister
# Defence ministers (Secretaries of National Defence)
enrique-cervantes-aguirre | name=Enrique Cervantes Aguirre | family=Cervantes | given=Enrique | names=Enrique Cervantes | country=MEX | role=MEX GOV 1994-12-01..2000-12-01 Defence Minister
clemente-vega-garcia | name=Clemente Vega Garcia | family=Vega | given=Clemente | names=Gerardo Clemente Ricardo Vega García; Clemente Vega García; Clemente Vega | country=MEX | role=MEX GOV 2000-12-01..2006-12-01 Defence Minister
guillermo-galvan-galvan | name=Guillermo Galvan Galvan | family=Galvan | given=Guillermo | names=Guillermo Galván Galván; Guillermo Galván | country=MEX | role=MEX GOV 2006-12-01..2012-12-01 Defence Minister
salvador-cienfuegos | name=Salvador Cienfuegos | family=Cienfuegos | given=Salvador | names=Salvador Cienfuegos Zepeda | country=MEX | role=MEX GOV 2012-12-01..2018-12-01 Defence Minister
luis-cresencio-sandoval | name=Luis Cresencio Sandoval | family=Sandoval | given=Luis Cresencio | names=Luis Crescencio Sandoval | country=MEX | role=MEX GOV 2018-12-01..2024-10-01 Defence Minister
ricardo-trevilla-trejo | name=Ricardo Trevilla Trejo | family=Trevilla | given=Ricardo | names=Ricardo Trevilla | country=MEX | role=MEX GOV 2024-10-01.. Defence Minister
# Bank of Mexico governors
guillermo-ortiz | name=Guillermo Ortiz | family=Ortiz | given=Guillermo | names=Guillermo Ortiz Martínez | country=MEX | role=MEX GOV 1998-01-01..2010-01-01 Central Bank Governor
agustin-carstens | name=Agustin Carstens | family=Carstens | given=Agustin | names=Agustín Carstens | country=MEX | role=MEX GOV 2010-01-01..2017-12-01 Central Bank Governor | role=MEX GOV 2006-12-01..2009-12 Finance Secretary
alejandro-diaz-de-leon | name=Alejandro Diaz de Leon | family=Diaz de Leon | given=Alejandro | names=Alejandro Díaz de León | country=MEX | role=MEX GOV 2017-12-01..2022-01-01 Central Bank Governor
victoria-rodriguez-ceja | name=Victoria Rodriguez Ceja | family=Rodriguez Ceja | given=Victoria | names=Victoria Rodríguez Ceja; Victoria Rodríguez | country=MEX | role=MEX GOV 2022-01-01.. Central Bank Governor

# ---------------------------------------------------------------- Russia
# Foreign ministers
igor-ivanov | name=Igor Ivanov | family=Ivanov | given=Igor | names=Igor S. Ivanov | country=RUS | role=RUS GOV 1998-09-11..2004-03-09 Foreign Minister | role=RUS GOV 2004-03-09..2007-07-09 Security Council Secretary
sergey-lavrov | name=Sergey Lavrov | family=Lavrov | given=Sergey | names=Sergei Lavrov; Sergei V. Lavrov | country=RUS | role=RUS GOV 2004-03-09.. Foreign Minister
# Defence ministers
igor-sergeyev | name=Igor Sergeyev | family=Sergeyev | given=Igor | names=Igor Sergeev | country=RUS | role=RUS GOV 1997-05-22..2001-03-28 Defence Minister
sergei-ivanov | name=Sergei Ivanov | family=Ivanov | given=Sergei | names=Sergey Ivanov; Sergei B. Ivanov | country=RUS | role=RUS GOV 2001-03-28..2007-02-15 Defence Minister | role=RUS GOV 1999-11-15..2001-03-28 Security Council Secretary | role=RUS GOV 2005-11-14..2007-02-15 Deputy Prime Minister | role=RUS GOV 2007-02-15..2008-05-12 First Deputy Prime Minister | role=RUS GOV 2008-05-12..2011-12-22 Deputy Prime Minister | role=RUS GOV 2011-12-22..2016-08-12 Kremlin Chief of Staff
anatoly-serdyukov | name=Anatoly Serdyukov | family=Serdyukov | given=Anatoly | names=Anatoliy Serdyukov | country=RUS | role=RUS GOV 2007-02-15..2012-11-06 Defence Minister
sergei-shoigu | name=Sergei Shoigu | family=Shoigu | given=Sergei | names=Sergey Shoigu; Sergei Shoygu; Sergey Shoygu | country=RUS | role=RUS GOV 2012-11-06..2024-05-12 Defence Minister | role=RUS GOV 2024-05-12.. Security Council Secretary | role=RUS GOV 1994-01..2012-05-11 Emergencies Minister | role=RUS GOV 2012-05..2012-11-06 Moscow Region Governor
andrei-belousov | name=Andrei Belousov | family=Belousov | given=Andrei | names=Andrey Belousov | country=RUS | role=RUS GOV 2024-05-14.. Defence Minister | role=RUS GOV 2020-01-21..2024-05-14 First Deputy Prime Minister | role=RUS GOV 2012-05-21..2013-06-24 Economy Minister
# Central Bank of Russia governors
viktor-gerashchenko | name=Viktor Gerashchenko | family=Gerashchenko | given=Viktor | country=RUS | role=RUS GOV 1998-09-11..2002-03-20 Central Bank Governor
sergey-ignatyev | name=Sergey Ignatyev | family=Ignatyev | given=Sergey | names=Sergei Ignatyev; Sergei Ignatiev; Sergey Ignatiev | country=RUS | role=RUS GOV 2002-03-20..2013-06-24 Central Bank Governor
elvira-nabiullina | name=Elvira Nabiullina | family=Nabiullina | given=Elvira | country=RUS | role=RUS GOV 2013-06-24.. Central Bank Governor | role=RUS GOV 2007-09-24..2012-05-21 Economy Minister

# ---------------------------------------------------------------- Saudi Arabia
# Foreign ministers
saud-al-faisal | name=Saud al-Faisal | family=Saud al-Faisal | names=Prince Saud al-Faisal; Prince Saud; Saud Al Faisal | country=SAU | role=SAU GOV 1975-10..2015-04-29 Foreign Minister
adel-al-jubeir | name=Adel al-Jubeir | family=al-Jubeir | given=Adel | names=Adel Jubeir; Adel Aljubeir | country=SAU | role=SAU GOV 2015-04-29..2018-12-27 Foreign Minister | role=SAU GOV 2018-12-27.. Minister of State for Foreign Affairs
ibrahim-al-assaf | name=Ibrahim al-Assaf | family=al-Assaf | given=Ibrahim | names=Ibrahim Alassaf; Ibrahim Abdulaziz al-Assaf | country=SAU | role=SAU GOV 2018-12-27..2019-10-23 Foreign Minister | role=SAU GOV 1996..2016-11 Finance Minister
faisal-bin-farhan | name=Faisal bin Farhan | family=Faisal bin Farhan | names=Prince Faisal bin Farhan; Faisal bin Farhan Al Saud; Prince Faisal | country=SAU | role=SAU GOV 2019-10-23.. Foreign Minister
# Defence ministers
sultan-bin-abdulaziz | name=Sultan bin Abdulaziz | family=Sultan bin Abdulaziz | names=Prince Sultan; Crown Prince Sultan; Sultan bin Abdul Aziz | country=SAU | role=SAU GOV 1962..2011-10-22 Defence Minister | role=SAU GOV 2005-08-01..2011-10-22 Crown Prince
salman-bin-abdulaziz | name=Salman bin Abdulaziz | family=Salman bin Abdulaziz | names=King Salman; Salman bin Abdulaziz Al Saud; Salman bin Abdul Aziz | country=SAU | role=SAU GOV 2011-11-05..2015-01-23 Defence Minister | role=SAU GOV 2012-06-18..2015-01-23 Crown Prince | role=SAU GOV 2015-01-23.. King
mohammed-bin-salman | name=Mohammed bin Salman | family=Mohammed bin Salman | names=MBS; Mohammad bin Salman; Prince Mohammed bin Salman; Mohammed bin Salman Al Saud | country=SAU | role=SAU GOV 2015-01-23..2022-09-27 Defence Minister | role=SAU GOV 2015-04-29..2017-06-21 Deputy Crown Prince | role=SAU GOV 2017-06-21.. Crown Prince | role=SAU GOV 2022-09-27.. Prime Minister
khalid-bin-salman | name=Khalid bin Salman | family=Khalid bin Salman | names=Prince Khalid bin Salman; Khalid bin Salman Al Saud | country=SAU | role=SAU GOV 2022-09-27.. Defence Minister | role=SAU GOV 2019-02..2022-09-27 Deputy Defence Minister
# Central bank (SAMA) governors
hamad-al-sayari | name=Hamad al-Sayari | family=al-Sayari | given=Hamad | names=Hamad Saud al-Sayari; Hamad Alsayari | country=SAU | role=SAU GOV 1983..2009-02 Central Bank Governor
muhammad-al-jasser | name=Muhammad al-Jasser | family=al-Jasser | given=Muhammad | names=Mohammed al-Jasser; Muhammad Aljasser | country=SAU | role=SAU GOV 2009-02..2011-12 Central Bank Governor | role=SAU GOV 2011-12..2015-01 Economy Minister
fahad-al-mubarak | name=Fahad al-Mubarak | family=al-Mubarak | given=Fahad | names=Fahad Almubarak | country=SAU | role=SAU GOV 2011-12..2016-05 Central Bank Governor | role=SAU GOV 2021-02..2023 Central Bank Governor
ahmed-alkholifey | name=Ahmed Alkholifey | family=Alkholifey | given=Ahmed | names=Ahmed al-Kholifey | country=SAU | role=SAU GOV 2016-05..2021-02 Central Bank Governor
ayman-al-sayari | name=Ayman al-Sayari | family=al-Sayari | given=Ayman | names=Ayman Alsayari | country=SAU | role=SAU GOV 2023.. Central Bank Governor

# ---------------------------------------------------------------- South Africa
# Foreign ministers (International Relations and Cooperation from 2009)
nkosazana-dlamini-zuma | name=Nkosazana Dlamini-Zuma | family=Dlamini-Zuma | given=Nkosazana | names=Nkosazana Dlamini Zuma | country=ZAF | role=ZAF GOV 1999-06-17..2009-05-10 Foreign Minister | role=ZAF GOV 2009-05-10..2012-10 Home Affairs Minister
maite-nkoana-mashabane | name=Maite Nkoana-Mashabane | family=Nkoana-Mashabane | given=Maite | names=Maite Nkoana Mashabane | country=ZAF | role=ZAF GOV 2009-05-10..2018-02-27 Foreign Minister
lindiwe-sisulu | name=Lindiwe Sisulu | family=Sisulu | given=Lindiwe | country=ZAF | role=ZAF GOV 2018-02-27..2019-05-30 Foreign Minister | role=ZAF GOV 2009-05-10..2012-06-12 Defence Minister
naledi-pandor | name=Naledi Pandor | family=Pandor | given=Naledi | country=ZAF | role=ZAF GOV 2019-05-30..2024-07-03 Foreign Minister
ronald-lamola | name=Ronald Lamola | family=Lamola | given=Ronald | country=ZAF | role=ZAF GOV 2024-07-03.. Foreign Minister | role=ZAF GOV 2019-05-30..2024-07-03 Justice Minister
# Defence ministers
mosiuoa-lekota | name=Mosiuoa Lekota | family=Lekota | given=Mosiuoa | names=Terror Lekota; Patrick Lekota | country=ZAF | role=ZAF GOV 1999-06-17..2008-09-25 Defence Minister
charles-nqakula | name=Charles Nqakula | family=Nqakula | given=Charles | country=ZAF | role=ZAF GOV 2008-09-25..2009-05-10 Defence Minister | role=ZAF GOV 2002-01..2008-09-25 Safety and Security Minister
nosiviwe-mapisa-nqakula | name=Nosiviwe Mapisa-Nqakula | family=Mapisa-Nqakula | given=Nosiviwe | names=Nosiviwe Mapisa Nqakula | country=ZAF | role=ZAF GOV 2012-06-12..2021-08-05 Defence Minister | role=ZAF LEG 2021-08-19..2024-04-03 Speaker
thandi-modise | name=Thandi Modise | family=Modise | given=Thandi | country=ZAF | role=ZAF GOV 2021-08-05..2024-07-03 Defence Minister | role=ZAF LEG 2019-05-22..2021-08-05 Speaker
angie-motshekga | name=Angie Motshekga | family=Motshekga | given=Angie | country=ZAF | role=ZAF GOV 2024-07-03.. Defence Minister | role=ZAF GOV 2009-05-10..2024-07-03 Basic Education Minister
# South African Reserve Bank governors
tito-mboweni | name=Tito Mboweni | family=Mboweni | given=Tito | country=ZAF | role=ZAF GOV 1999-08-08..2009-11-09 Central Bank Governor | role=ZAF GOV 2018-10-09..2021-08-05 Finance Minister
gill-marcus | name=Gill Marcus | family=Marcus | given=Gill | country=ZAF | role=ZAF GOV 2009-11-09..2014-11-09 Central Bank Governor
lesetja-kganyago | name=Lesetja Kganyago | family=Kganyago | given=Lesetja | country=ZAF | role=ZAF GOV 2014-11-09.. Central Bank Governor

# ---------------------------------------------------------------- South Korea
# Foreign ministers
hong-soon-young | name=Hong Soon-young | family=Hong | given=Soon-young | country=KOR | role=KOR GOV 1998-08..2000-01-14 Foreign Minister
lee-joung-binn | name=Lee Joung-binn | family=Lee | given=Joung-binn | names=Lee Jung-bin | country=KOR | role=KOR GOV 2000-01-14..2001-03-26 Foreign Minister
han-seung-soo | name=Han Seung-soo | family=Han | given=Seung-soo | country=KOR | role=KOR GOV 2001-03-26..2002-02-04 Foreign Minister | role=KOR GOV 2008-02-29..2009-09-29 Prime Minister
choi-sung-hong | name=Choi Sung-hong | family=Choi | given=Sung-hong | country=KOR | role=KOR GOV 2002-02-04..2003-02-27 Foreign Minister
yoon-young-kwan | name=Yoon Young-kwan | family=Yoon | given=Young-kwan | country=KOR | role=KOR GOV 2003-02-27..2004-01-16 Foreign Minister
ban-ki-moon | name=Ban Ki-moon | family=Ban | given=Ki-moon | country=KOR | role=KOR GOV 2004-01-17..2006-11 Foreign Minister
song-min-soon | name=Song Min-soon | family=Song | given=Min-soon | country=KOR | role=KOR GOV 2006-12-01..2008-02-29 Foreign Minister
yu-myung-hwan | name=Yu Myung-hwan | family=Yu | given=Myung-hwan | country=KOR | role=KOR GOV 2008-02-29..2010-09-04 Foreign Minister
kim-sung-hwan | name=Kim Sung-hwan | family=Kim | given=Sung-hwan | country=KOR | role=KOR GOV 2010-10-08..2013-03-11 Foreign Minister
yun-byung-se | name=Yun Byung-se | family=Yun | given=Byung-se | names=Yun Byung-say | country=KOR | role=KOR GOV 2013-03-11..2017-06-18 Foreign Minister
kang-kyung-wha | name=Kang Kyung-wha | family=Kang | given=Kyung-wha | country=KOR | role=KOR GOV 2017-06-18..2021-02-09 Foreign Minister
chung-eui-yong | name=Chung Eui-yong | family=Chung | given=Eui-yong | country=KOR | role=KOR GOV 2021-02-09..2022-05-12 Foreign Minister | role=KOR GOV 2017-05-21..2020-07-03 National Security Adviser
park-jin | name=Park Jin | family=Park | given=Jin | country=KOR | role=KOR GOV 2022-05-12..2024-01-10 Foreign Minister
cho-tae-yul | name=Cho Tae-yul | family=Cho | given=Tae-yul | country=KOR | role=KOR GOV 2024-01-10..2025-07 Foreign Minister
cho-hyun | name=Cho Hyun | family=Cho | given=Hyun | country=KOR | role=KOR GOV 2025-07.. Foreign Minister
# Defence ministers
cho-seong-tae | name=Cho Seong-tae | family=Cho | given=Seong-tae | names=Cho Sung-tae | country=KOR | role=KOR GOV 1999-05..2001-03-26 Defence Minister
kim-dong-shin | name=Kim Dong-shin | family=Kim | given=Dong-shin | country=KOR | role=KOR GOV 2001-03-26..2003-02-27 Defence Minister
cho-young-kil | name=Cho Young-kil | family=Cho | given=Young-kil | country=KOR | role=KOR GOV 2003-02-27..2004-07-29 Defence Minister
yoon-kwang-ung | name=Yoon Kwang-ung | family=Yoon | given=Kwang-ung | country=KOR | role=KOR GOV 2004-07-29..2006-11-23 Defence Minister
kim-jang-soo | name=Kim Jang-soo | family=Kim | given=Jang-soo | country=KOR | role=KOR GOV 2006-11-23..2008-02-29 Defence Minister
lee-sang-hee | name=Lee Sang-hee | family=Lee | given=Sang-hee | country=KOR | role=KOR GOV 2008-02-29..2009-09-21 Defence Minister
kim-tae-young | name=Kim Tae-young | family=Kim | given=Tae-young | country=KOR | role=KOR GOV 2009-09-21..2010-12-04 Defence Minister
kim-kwan-jin | name=Kim Kwan-jin | family=Kim | given=Kwan-jin | country=KOR | role=KOR GOV 2010-12-04..2014-06-30 Defence Minister | role=KOR GOV 2014-06..2017-05 National Security Adviser
han-min-koo | name=Han Min-koo | family=Han | given=Min-koo | country=KOR | role=KOR GOV 2014-06-30..2017-07-14 Defence Minister
song-young-moo | name=Song Young-moo | family=Song | given=Young-moo | country=KOR | role=KOR GOV 2017-07-14..2018-09-21 Defence Minister
jeong-kyeong-doo | name=Jeong Kyeong-doo | family=Jeong | given=Kyeong-doo | names=Jeong Kyung-doo | country=KOR | role=KOR GOV 2018-09-21..2020-09-18 Defence Minister
suh-wook | name=Suh Wook | family=Suh | given=Wook | country=KOR | role=KOR GOV 2020-09-18..2022-05-10 Defence Minister
lee-jong-sup | name=Lee Jong-sup | family=Lee | given=Jong-sup | country=KOR | role=KOR GOV 2022-05-10..2023-10-07 Defence Minister
shin-won-sik | name=Shin Won-sik | family=Shin | given=Won-sik | country=KOR | role=KOR GOV 2023-10-07..2024-09-06 Defence Minister | role=KOR GOV 2024-08..2025-06 National Security Adviser
kim-yong-hyun | name=Kim Yong-hyun | family=Kim | given=Yong-hyun | country=KOR | role=KOR GOV 2024-09-06..2024-12-05 Defence Minister
ahn-gyu-back | name=Ahn Gyu-back | family=Ahn | given=Gyu-back | names=Ahn Gyu-baek | country=KOR | role=KOR GOV 2025-07.. Defence Minister
# Bank of Korea governors
jeon-chol-hwan | name=Jeon Chol-hwan | family=Jeon | given=Chol-hwan | names=Chun Chol-hwan | country=KOR | role=KOR GOV 1998-04..2002-04 Central Bank Governor
park-seung | name=Park Seung | family=Park | given=Seung | country=KOR | role=KOR GOV 2002-04..2006-04 Central Bank Governor
lee-seong-tae | name=Lee Seong-tae | family=Lee | given=Seong-tae | names=Lee Sung-tae | country=KOR | role=KOR GOV 2006-04..2010-04 Central Bank Governor
kim-choong-soo | name=Kim Choong-soo | family=Kim | given=Choong-soo | country=KOR | role=KOR GOV 2010-04-01..2014-04-01 Central Bank Governor
lee-ju-yeol | name=Lee Ju-yeol | family=Lee | given=Ju-yeol | country=KOR | role=KOR GOV 2014-04-01..2022-04-01 Central Bank Governor
rhee-chang-yong | name=Rhee Chang-yong | family=Rhee | given=Chang-yong | country=KOR | role=KOR GOV 2022-04-21.. Central Bank Governor

# ---------------------------------------------------------------- Turkey
# Foreign ministers
ismail-cem | name=Ismail Cem | family=Cem | given=Ismail | names=İsmail Cem | country=TUR | role=TUR GOV 1997-06-30..2002-07-11 Foreign Minister
sukru-sina-gurel | name=Sukru Sina Gurel | family=Gurel | given=Sukru Sina | names=Şükrü Sina Gürel | country=TUR | role=TUR GOV 2002-07-11..2002-11-18 Foreign Minister
yasar-yakis | name=Yasar Yakis | family=Yakis | given=Yasar | names=Yaşar Yakış | country=TUR | role=TUR GOV 2002-11-18..2003-03-14 Foreign Minister
abdullah-gul | name=Abdullah Gul | family=Gul | given=Abdullah | names=Abdullah Gül | country=TUR | role=TUR GOV 2003-03-14..2007-08-28 Foreign Minister | role=TUR GOV 2002-11-18..2003-03-14 Prime Minister | role=TUR GOV 2003-03-14..2007-08-28 Deputy Prime Minister | role=TUR GOV 2007-08-28..2014-08-28 President
ali-babacan | name=Ali Babacan | family=Babacan | given=Ali | country=TUR | role=TUR GOV 2007-08-29..2009-05-01 Foreign Minister | role=TUR GOV 2002-11-18..2007-08-29 Economy Minister | role=TUR GOV 2009-05-01..2015-11-24 Deputy Prime Minister
ahmet-davutoglu | name=Ahmet Davutoglu | family=Davutoglu | given=Ahmet | names=Ahmet Davutoğlu | country=TUR | role=TUR GOV 2009-05-01..2014-08-29 Foreign Minister | role=TUR GOV 2014-08-28..2016-05-24 Prime Minister
mevlut-cavusoglu | name=Mevlut Cavusoglu | family=Cavusoglu | given=Mevlut | names=Mevlüt Çavuşoğlu | country=TUR | role=TUR GOV 2014-08-29..2015-08-28 Foreign Minister | role=TUR GOV 2015-11-24..2023-06-04 Foreign Minister
feridun-sinirlioglu | name=Feridun Sinirlioglu | family=Sinirlioglu | given=Feridun | names=Feridun Sinirlioğlu | country=TUR | role=TUR GOV 2015-08-28..2015-11-24 Foreign Minister
hakan-fidan | name=Hakan Fidan | family=Fidan | given=Hakan | country=TUR | role=TUR GOV 2023-06-04.. Foreign Minister | role=TUR SPY 2010-05-27..2023-06-04 Intelligence Chief
# Defence ministers
sabahattin-cakmakoglu | name=Sabahattin Cakmakoglu | family=Cakmakoglu | given=Sabahattin | names=Sabahattin Çakmakoğlu | country=TUR | role=TUR GOV 1999-05-28..2002-11-18 Defence Minister
vecdi-gonul | name=Vecdi Gonul | family=Gonul | given=Vecdi | names=Vecdi Gönül | country=TUR | role=TUR GOV 2002-11-18..2011-07-06 Defence Minister | role=TUR GOV 2015-08-28..2015-11-24 Defence Minister
ismet-yilmaz | name=Ismet Yilmaz | family=Yilmaz | given=Ismet | names=İsmet Yılmaz | country=TUR | role=TUR GOV 2011-07-06..2015-07-01 Defence Minister | role=TUR GOV 2015-11-24..2016-05-24 Defence Minister | role=TUR LEG 2015-07-01..2015-11-22 Speaker | role=TUR GOV 2016-05-24..2018-07-10 Education Minister
fikri-isik | name=Fikri Isik | family=Isik | given=Fikri | names=Fikri Işık | country=TUR | role=TUR GOV 2016-05-24..2017-07-19 Defence Minister
nurettin-canikli | name=Nurettin Canikli | family=Canikli | given=Nurettin | country=TUR | role=TUR GOV 2017-07-19..2018-07-10 Defence Minister
hulusi-akar | name=Hulusi Akar | family=Akar | given=Hulusi | country=TUR | role=TUR GOV 2018-07-10..2023-06-04 Defence Minister | role=TUR MIL 2015-08-18..2018-07-10 Chief of General Staff
yasar-guler | name=Yasar Guler | family=Guler | given=Yasar | names=Yaşar Güler | country=TUR | role=TUR GOV 2023-06-04.. Defence Minister | role=TUR MIL 2018-07-10..2023-06-04 Chief of General Staff
# Central Bank of the Republic of Turkey governors
gazi-ercel | name=Gazi Ercel | family=Ercel | given=Gazi | names=Gazi Erçel | country=TUR | role=TUR GOV 1998-02..2001-03 Central Bank Governor
sureyya-serdengecti | name=Sureyya Serdengecti | family=Serdengecti | given=Sureyya | names=Süreyya Serdengeçti | country=TUR | role=TUR GOV 2001-03..2006-03 Central Bank Governor
durmus-yilmaz | name=Durmus Yilmaz | family=Yilmaz | given=Durmus | names=Durmuş Yılmaz | country=TUR | role=TUR GOV 2006-04-18..2011-04-19 Central Bank Governor
erdem-basci | name=Erdem Basci | family=Basci | given=Erdem | names=Erdem Başçı | country=TUR | role=TUR GOV 2011-04-19..2016-04-19 Central Bank Governor
murat-cetinkaya | name=Murat Cetinkaya | family=Cetinkaya | given=Murat | names=Murat Çetinkaya | country=TUR | role=TUR GOV 2016-04-19..2019-07-06 Central Bank Governor
murat-uysal | name=Murat Uysal | family=Uysal | given=Murat | country=TUR | role=TUR GOV 2019-07-06..2020-11-07 Central Bank Governor
naci-agbal | name=Naci Agbal | family=Agbal | given=Naci | names=Naci Ağbal | country=TUR | role=TUR GOV 2020-11-07..2021-03-20 Central Bank Governor | role=TUR GOV 2015-08-28..2018-07-10 Finance Minister
sahap-kavcioglu | name=Sahap Kavcioglu | family=Kavcioglu | given=Sahap | names=Şahap Kavcıoğlu | country=TUR | role=TUR GOV 2021-03-20..2023-06-09 Central Bank Governor
hafize-gaye-erkan | name=Hafize Gaye Erkan | family=Erkan | given=Hafize Gaye | country=TUR | role=TUR GOV 2023-06-09..2024-02-03 Central Bank Governor
fatih-karahan | name=Fatih Karahan | family=Karahan | given=Fatih | country=TUR | role=TUR GOV 2024-02-03.. Central Bank Governor

# ---------------------------------------------------------------- United Kingdom
# Foreign secretaries
robin-cook | name=Robin Cook | family=Cook | given=Robin | country=GBR | role=GBR GOV 1997-05-02..2001-06-08 Foreign Secretary | role=GBR GOV 2001-06-08..2003-03-17 Leader of the House of Commons
jack-straw | name=Jack Straw | family=Straw | given=Jack | country=GBR | role=GBR GOV 2001-06-08..2006-05-05 Foreign Secretary | role=GBR GOV 1997-05-02..2001-06-08 Home Secretary | role=GBR GOV 2007-06-28..2010-05-11 Justice Secretary
margaret-beckett | name=Margaret Beckett | family=Beckett | given=Margaret | country=GBR | role=GBR GOV 2006-05-05..2007-06-28 Foreign Secretary
david-miliband | name=David Miliband | family=Miliband | given=David | country=GBR | role=GBR GOV 2007-06-28..2010-05-11 Foreign Secretary
william-hague | name=William Hague | family=Hague | given=William | country=GBR | role=GBR GOV 2010-05-12..2014-07-15 Foreign Secretary | role=GBR OPP 1997-06-19..2001-09-13 Opposition Leader | role=GBR GOV 2010-05-12..2015-05-08 First Secretary of State
philip-hammond | name=Philip Hammond | family=Hammond | given=Philip | country=GBR | role=GBR GOV 2014-07-15..2016-07-13 Foreign Secretary | role=GBR GOV 2011-10-14..2014-07-15 Defence Secretary | role=GBR GOV 2016-07-13..2019-07-24 Chancellor of the Exchequer
boris-johnson | name=Boris Johnson | family=Johnson | given=Boris | names=Alexander Boris de Pfeffel Johnson | country=GBR | role=GBR GOV 2016-07-13..2018-07-09 Foreign Secretary | role=GBR GOV 2019-07-24..2022-09-06 Prime Minister | role=GBR GOV 2008-05-04..2016-05-09 Mayor of London
jeremy-hunt | name=Jeremy Hunt | family=Hunt | given=Jeremy | country=GBR | role=GBR GOV 2018-07-09..2019-07-24 Foreign Secretary | role=GBR GOV 2022-10-14..2024-07-05 Chancellor of the Exchequer | role=GBR GOV 2012-09-04..2018-07-09 Health Secretary
dominic-raab | name=Dominic Raab | family=Raab | given=Dominic | country=GBR | role=GBR GOV 2019-07-24..2021-09-15 Foreign Secretary | role=GBR GOV 2021-09-15..2023-04-21 Deputy Prime Minister | role=GBR GOV 2021-09-15..2023-04-21 Justice Secretary
liz-truss | name=Liz Truss | family=Truss | given=Liz | names=Elizabeth Truss | country=GBR | role=GBR GOV 2021-09-15..2022-09-06 Foreign Secretary | role=GBR GOV 2022-09-06..2022-10-25 Prime Minister
james-cleverly | name=James Cleverly | family=Cleverly | given=James | country=GBR | role=GBR GOV 2022-09-06..2023-11-13 Foreign Secretary | role=GBR GOV 2023-11-13..2024-07-05 Home Secretary
david-cameron | name=David Cameron | family=Cameron | given=David | names=Lord Cameron | country=GBR | role=GBR GOV 2023-11-13..2024-07-05 Foreign Secretary | role=GBR GOV 2010-05-11..2016-07-13 Prime Minister | role=GBR OPP 2005-12-06..2010-05-11 Opposition Leader
david-lammy | name=David Lammy | family=Lammy | given=David | country=GBR | role=GBR GOV 2024-07-05..2025-09-05 Foreign Secretary | role=GBR GOV 2025-09-05.. Deputy Prime Minister | role=GBR GOV 2025-09-05.. Justice Secretary
yvette-cooper | name=Yvette Cooper | family=Cooper | given=Yvette | country=GBR | role=GBR GOV 2025-09-05.. Foreign Secretary | role=GBR GOV 2024-07-05..2025-09-05 Home Secretary
# Defence secretaries
geoff-hoon | name=Geoff Hoon | family=Hoon | given=Geoff | country=GBR | role=GBR GOV 1999-10-11..2005-05-06 Defence Secretary
john-reid | name=John Reid | family=Reid | given=John | country=GBR | role=GBR GOV 2005-05-06..2006-05-05 Defence Secretary | role=GBR GOV 2006-05-05..2007-06-28 Home Secretary
des-browne | name=Des Browne | family=Browne | given=Des | country=GBR | role=GBR GOV 2006-05-05..2008-10-03 Defence Secretary
john-hutton | name=John Hutton | family=Hutton | given=John | country=GBR | role=GBR GOV 2008-10-03..2009-06-05 Defence Secretary
bob-ainsworth | name=Bob Ainsworth | family=Ainsworth | given=Bob | country=GBR | role=GBR GOV 2009-06-05..2010-05-11 Defence Secretary
liam-fox | name=Liam Fox | family=Fox | given=Liam | country=GBR | role=GBR GOV 2010-05-12..2011-10-14 Defence Secretary | role=GBR GOV 2016-07-13..2019-07-24 International Trade Secretary
michael-fallon | name=Michael Fallon | family=Fallon | given=Michael | country=GBR | role=GBR GOV 2014-07-15..2017-11-02 Defence Secretary
gavin-williamson | name=Gavin Williamson | family=Williamson | given=Gavin | country=GBR | role=GBR GOV 2017-11-02..2019-05-01 Defence Secretary | role=GBR GOV 2019-07-24..2021-09-15 Education Secretary
penny-mordaunt | name=Penny Mordaunt | family=Mordaunt | given=Penny | country=GBR | role=GBR GOV 2019-05-01..2019-07-24 Defence Secretary | role=GBR GOV 2022-09-06..2024-07-05 Leader of the House of Commons
ben-wallace | name=Ben Wallace | family=Wallace | given=Ben | country=GBR | role=GBR GOV 2019-07-24..2023-08-31 Defence Secretary
grant-shapps | name=Grant Shapps | family=Shapps | given=Grant | country=GBR | role=GBR GOV 2023-08-31..2024-07-05 Defence Secretary | role=GBR GOV 2019-07-24..2022-09-06 Transport Secretary
john-healey | name=John Healey | family=Healey | given=John | country=GBR | role=GBR GOV 2024-07-05.. Defence Secretary
# Bank of England governors
eddie-george | name=Eddie George | family=George | given=Eddie | names=Edward George | country=GBR | role=GBR GOV 1993-07-01..2003-07-01 Bank of England Governor
mervyn-king | name=Mervyn King | family=King | given=Mervyn | country=GBR | role=GBR GOV 2003-07-01..2013-07-01 Bank of England Governor
andrew-bailey | name=Andrew Bailey | family=Bailey | given=Andrew | country=GBR | role=GBR GOV 2020-03-16.. Bank of England Governor

# ---------------------------------------------------------------- United States
# Secretaries of State
madeleine-albright | name=Madeleine Albright | family=Albright | given=Madeleine | country=USA | role=USA GOV 1997-01-23..2001-01-20 Secretary of State
colin-powell | name=Colin Powell | family=Powell | given=Colin | names=Colin L. Powell | country=USA | role=USA GOV 2001-01-26..2005-01-26 Secretary of State
condoleezza-rice | name=Condoleezza Rice | family=Rice | given=Condoleezza | names=Condi Rice | country=USA | role=USA GOV 2005-01-26..2009-01-21 Secretary of State | role=USA GOV 2001-01-20..2005-01-26 National Security Adviser
hillary-clinton | name=Hillary Clinton | family=Clinton | given=Hillary | names=Hillary Rodham Clinton | country=USA | role=USA GOV 2009-01-21..2013-02-01 Secretary of State | role=USA LEG 2001-01-03..2009-01-21 Senator
john-kerry | name=John Kerry | family=Kerry | given=John | names=John F. Kerry | country=USA | role=USA GOV 2013-02-01..2017-01-20 Secretary of State | role=USA LEG 1985-01-03..2013-02-01 Senator | role=USA GOV 2021-01-20..2024-03-06 Climate Envoy
rex-tillerson | name=Rex Tillerson | family=Tillerson | given=Rex | country=USA | role=USA GOV 2017-02-01..2018-03-31 Secretary of State | role=USA BUS 2006-01-01..2017-01-01 Exxon Mobil Chief Executive
mike-pompeo | name=Mike Pompeo | family=Pompeo | given=Mike | names=Michael Pompeo; Michael R. Pompeo | country=USA | role=USA GOV 2018-04-26..2021-01-20 Secretary of State | role=USA SPY 2017-01-23..2018-04-26 CIA Director
antony-blinken | name=Antony Blinken | family=Blinken | given=Antony | names=Tony Blinken; Antony J. Blinken | country=USA | role=USA GOV 2021-01-26..2025-01-20 Secretary of State | role=USA GOV 2015-01-09..2017-01-20 Deputy Secretary of State
marco-rubio | name=Marco Rubio | family=Rubio | given=Marco | country=USA | role=USA GOV 2025-01-21.. Secretary of State | role=USA GOV 2025-05-01.. National Security Adviser | role=USA LEG 2011-01-03..2025-01-20 Senator
# Secretaries of Defense (Department of War from 2025)
william-cohen | name=William Cohen | family=Cohen | given=William | names=William S. Cohen | country=USA | role=USA GOV 1997-01-24..2001-01-20 Defense Secretary
donald-rumsfeld | name=Donald Rumsfeld | family=Rumsfeld | given=Donald | country=USA | role=USA GOV 2001-01-20..2006-12-18 Defense Secretary
robert-gates | name=Robert Gates | family=Gates | given=Robert | names=Robert M. Gates | country=USA | role=USA GOV 2006-12-18..2011-07-01 Defense Secretary
leon-panetta | name=Leon Panetta | family=Panetta | given=Leon | country=USA | role=USA GOV 2011-07-01..2013-02-27 Defense Secretary | role=USA SPY 2009-02-13..2011-06-30 CIA Director
chuck-hagel | name=Chuck Hagel | family=Hagel | given=Chuck | country=USA | role=USA GOV 2013-02-27..2015-02-17 Defense Secretary | role=USA LEG 1997-01-03..2009-01-03 Senator
ash-carter | name=Ash Carter | family=Carter | given=Ash | names=Ashton Carter | country=USA | role=USA GOV 2015-02-17..2017-01-20 Defense Secretary | role=USA GOV 2011-10-06..2013-12-03 Deputy Defense Secretary
jim-mattis | name=Jim Mattis | family=Mattis | given=Jim | names=James Mattis; James N. Mattis | country=USA | role=USA GOV 2017-01-20..2019-01-01 Defense Secretary
patrick-shanahan | name=Patrick Shanahan | family=Shanahan | given=Patrick | country=USA | role=USA GOV 2019-01-01..2019-06-24 Defense Secretary | role=USA GOV 2017-07-19..2019-01-01 Deputy Defense Secretary
mark-esper | name=Mark Esper | family=Esper | given=Mark | names=Mark T. Esper | country=USA | role=USA GOV 2019-06-24..2020-11-09 Defense Secretary | role=USA GOV 2017-11-20..2019-07-23 Army Secretary
christopher-miller | name=Christopher Miller | family=Miller | given=Christopher | names=Christopher C. Miller; Chris Miller | country=USA | role=USA GOV 2020-11-09..2021-01-20 Defense Secretary
lloyd-austin | name=Lloyd Austin | family=Austin | given=Lloyd | names=Lloyd J. Austin | country=USA | role=USA GOV 2021-01-22..2025-01-20 Defense Secretary
pete-hegseth | name=Pete Hegseth | family=Hegseth | given=Pete | names=Peter Hegseth | country=USA | role=USA GOV 2025-01-25.. Defense Secretary
# Federal Reserve chairs
alan-greenspan | name=Alan Greenspan | family=Greenspan | given=Alan | country=USA | role=USA GOV 1987-08-11..2006-02-01 Fed Chair
ben-bernanke | name=Ben Bernanke | family=Bernanke | given=Ben | names=Ben S. Bernanke | country=USA | role=USA GOV 2006-02-01..2014-02-01 Fed Chair
janet-yellen | name=Janet Yellen | family=Yellen | given=Janet | country=USA | role=USA GOV 2014-02-03..2018-02-03 Fed Chair | role=USA GOV 2021-01-26..2025-01-20 Treasury Secretary
jerome-powell | name=Jerome Powell | family=Powell | given=Jerome | names=Jay Powell; Jerome H. Powell | country=USA | role=USA GOV 2018-02-05.. Fed Chair
