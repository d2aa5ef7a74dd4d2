# persons-probe.lex — office-holders the actor probes (eval/probes/probe-actors.jsonl) found missing.
# Written for readout; format as the other persons-*.lex files (see docs/lexicon.md).

# ---------------------------------------------------------------- Brazil
alexandre-de-moraes | name=Alexandre de Moraes | family=Moraes | given=Alexandre | country=BRA | role=BRA JUD 2017-03-22.. Supreme Court Justice | role=BRA GOV 2016-05-12..2017-02-22 Justice Minister
sergio-moro | name=Sergio Moro | family=Moro | given=Sergio | names=Sérgio Moro | country=BRA | role=BRA GOV 2019-01-01..2020-04-24 Justice Minister | role=BRA JUD 1996..2018-11-16 Judge | role=BRA LEG 2023-02-01.. Senator

# ---------------------------------------------------------------- Israel
avichai-mandelblit | name=Avichai Mandelblit | family=Mandelblit | given=Avichai | country=ISR | role=ISR JUD 2016-02-01..2022-02-01 Attorney General | role=ISR GOV 2013-05..2016-02-01 Cabinet Secretary
gali-baharav-miara | name=Gali Baharav-Miara | family=Baharav-Miara | given=Gali | country=ISR | role=ISR JUD 2022-02-08.. Attorney General

# ---------------------------------------------------------------- United States Congress leaders
nancy-pelosi | name=Nancy Pelosi | family=Pelosi | given=Nancy | names=Nancy Patricia Pelosi | country=USA | role=USA LEG 2007-01-04..2011-01-05 House Speaker | role=USA LEG 2019-01-03..2023-01-03 House Speaker | role=USA LEG 2007-01-04..2011-01-05 Speaker | role=USA LEG 2019-01-03..2023-01-03 Speaker | role=USA LEG 2003-01-03..2007-01-04 House Minority Leader | role=USA LEG 2011-01-05..2019-01-03 House Minority Leader | role=USA LEG 1987-06-09.. Representative
john-boehner | name=John Boehner | family=Boehner | given=John | names=John A. Boehner | country=USA | role=USA LEG 2011-01-05..2015-10-29 House Speaker | role=USA LEG 2011-01-05..2015-10-29 Speaker | role=USA LEG 2007-01-04..2011-01-05 House Republican Leader | role=USA LEG 1991-01-03..2015-10-31 Representative
paul-ryan | name=Paul Ryan | family=Ryan | given=Paul | names=Paul D. Ryan | country=USA | role=USA LEG 2015-10-29..2019-01-03 House Speaker | role=USA LEG 2015-10-29..2019-01-03 Speaker | role=USA LEG 1999-01-03..2019-01-03 Representative
kevin-mccarthy | name=Kevin McCarthy | family=McCarthy | given=Kevin | country=USA | role=USA LEG 2023-01-07..2023-10-03 House Speaker | role=USA LEG 2023-01-07..2023-10-03 Speaker | role=USA LEG 2019-01-03..2023-01-03 House Minority Leader | role=USA LEG 2007-01-03..2023-12-31 Representative
mike-johnson-usa | name=Mike Johnson | family=Johnson | given=Mike | names=James Michael Johnson | country=USA | role=USA LEG 2023-10-25.. House Speaker | role=USA LEG 2023-10-25.. Speaker
hakeem-jeffries | name=Hakeem Jeffries | family=Jeffries | given=Hakeem | country=USA | role=USA LEG 2023-01-03.. House Minority Leader | role=USA LEG 2013-01-03.. Representative
mitch-mcconnell | name=Mitch McConnell | family=McConnell | given=Mitch | names=Addison Mitchell McConnell | country=USA | role=USA LEG 2007-01-04..2015-01-06 Senate Minority Leader | role=USA LEG 2015-01-06..2021-01-20 Senate Majority Leader | role=USA LEG 2021-01-20..2025-01-03 Senate Minority Leader | role=USA LEG 1985-01-03.. Senator
chuck-schumer | name=Chuck Schumer | family=Schumer | given=Chuck | names=Charles Schumer; Charles E. Schumer | country=USA | role=USA LEG 2017-01-03..2021-01-20 Senate Minority Leader | role=USA LEG 2021-01-20..2025-01-03 Senate Majority Leader | role=USA LEG 2025-01-03.. Senate Minority Leader | role=USA LEG 1999-01-03.. Senator
harry-reid | name=Harry Reid | family=Reid | given=Harry | country=USA | role=USA LEG 2005-01-03..2007-01-04 Senate Minority Leader | role=USA LEG 2007-01-04..2015-01-06 Senate Majority Leader | role=USA LEG 2015-01-06..2017-01-03 Senate Minority Leader | role=USA LEG 1987-01-03..2017-01-03 Senator
john-thune | name=John Thune | family=Thune | given=John | country=USA | role=USA LEG 2025-01-03.. Senate Majority Leader | role=USA LEG 2005-01-03.. Senator
lindsey-graham | name=Lindsey Graham | family=Graham | given=Lindsey | names=Lindsey O. Graham | country=USA | role=USA LEG 2003-01-03.. Senator
bernie-sanders | name=Bernie Sanders | family=Sanders | given=Bernie | names=Bernard Sanders | country=USA | role=USA LEG 2007-01-03.. Senator
ted-cruz | name=Ted Cruz | family=Cruz | given=Ted | names=Rafael Edward Cruz | country=USA | role=USA LEG 2013-01-03.. Senator
elizabeth-warren | name=Elizabeth Warren | family=Warren | given=Elizabeth | country=USA | role=USA LEG 2013-01-03.. Senator
bob-menendez | name=Bob Menendez | family=Menendez | given=Bob | names=Robert Menendez | country=USA | role=USA LEG 2006-01-18..2024-08-20 Senator
