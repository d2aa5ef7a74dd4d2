# People that probe-articles-8a showed missing or incomplete.
# Second references to the Australian trade minister are by family name ("Birmingham said"), not the English city.
simon-birmingham | name=Simon Birmingham | family=Birmingham | given=Simon | country=AUS
cecilia-malmstrom | name=Cecilia Malmstrom | family=Malmstrom | given=Cecilia | names=Cecilia Malmström | country=SWE | role=IGOEURCMN GOV 2014-11-01..2019-12-01 Trade Commissioner | role=IGOEURCMN GOV 2010-02-09..2014-11-01 Home Affairs Commissioner
piyush-goyal | name=Piyush Goyal | family=Goyal | given=Piyush | country=IND | role=IND GOV 2019-05-31.. Commerce Minister | role=IND GOV 2017-09-03..2021-07-07 Railways Minister
