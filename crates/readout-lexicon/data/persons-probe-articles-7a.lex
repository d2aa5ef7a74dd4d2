# People from the seventh-round article probes (eval/probes/probe-articles-7a.jsonl).
zalmay-khalilzad | name=Zalmay Khalilzad | family=Khalilzad | given=Zalmay | country=USA | role=USA GOV 2018-09-04..2021-10-19 Special Envoy for Afghanistan Reconciliation | role=USA GOV 2007-04-30..2009-01-22 UN Ambassador | role=USA GOV 2005-06-21..2007-03-26 Ambassador to Iraq | role=USA GOV 2003-11-27..2005-06-20 Ambassador to Afghanistan
murad-ebrahim | name=Murad Ebrahim | family=Murad | given=Ebrahim | names=Al Haj Murad Ebrahim; Ahod Balawag Ebrahim; Murad Ebrahim | country=PHL | role=PHL REB 2003-07..2019-02-26 MILF chairman | role=PHL GOV 2019-02-26..2025-03-10 Bangsamoro Chief Minister
muse-bihi-abdi | name=Muse Bihi Abdi | family=Bihi | given=Muse | names=Muse Bihi; Musa Bihi Abdi | country=SOM
nikos-kotzias | name=Nikos Kotzias | family=Kotzias | given=Nikos | country=GRC | role=GRC GOV 2015-01-27..2015-08-28 Foreign Minister | role=GRC GOV 2015-09-23..2018-10-01 Foreign Minister
nikola-dimitrov | name=Nikola Dimitrov | family=Dimitrov | given=Nikola | country=MKD | role=MKD GOV 2017-06-01..2020-08-31 Foreign Minister | role=MKD GOV 2020-08-31..2022-01-17 Deputy Prime Minister for European Affairs
urmas-reinsalu | name=Urmas Reinsalu | family=Reinsalu | given=Urmas | country=EST | role=EST GOV 2019-04-29..2021-01-26 Foreign Minister | role=EST GOV 2022-07-18..2023-04-17 Foreign Minister
osman-dubbe | name=Osman Dubbe | family=Dubbe | given=Osman | names=Osman Abokor Dubbe; Osman Abukar Dubbe | country=SOM | role=SOM GOV 2020-03..2022-08 Information Minister
george-kordahi | name=George Kordahi | family=Kordahi | given=George | names=George Kurdahi; Georges Kordahi | country=LBN | role=LBN GOV 2021-09-10..2021-12-03 Information Minister
miroslav-lajcak | name=Miroslav Lajcak | family=Lajcak | given=Miroslav | names=Miroslav Lajčák | country=SVK | role=IGOEUREEC GOV 2020-04-03..2024-12-01 EU special envoy
matthew-nimetz | name=Matthew Nimetz | family=Nimetz | given=Matthew | country=USA | role=IGOUNO GOV 1994..2019 UN mediator
musaed-al-aiban | name=Musaed al-Aiban | family=Aiban | given=Musaed | names=Musaed Al-Aiban; Musaad al-Aiban; Mosaed al-Aiban | country=SAU | role=SAU GOV 2017..2025 National Security Adviser
erywan-yusof | name=Erywan Yusof | family=Erywan | names=Erywan Pehin Yusof; Dato Erywan Yusof | country=BRN | role=BRN GOV 2018-01-30.. Second Foreign Minister
abderaman-koulamallah | name=Abderaman Koulamallah | family=Koulamallah | given=Abderaman | country=TCD | role=TCD GOV 2024-02..2025-01 Foreign Minister
