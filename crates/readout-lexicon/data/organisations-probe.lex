# organisations-probe.lex — named state bodies, armed and political groups and population groups that the
# actor probes (eval/probes/probe-actors.jsonl) found missing. Written for readout; format as organisations.lex.
#
# Conventions
#   State bodies known by their own names act for their country: intelligence and security agencies are SPY,
#   federal police and border forces COP, armed forces MIL, legislatures LEG, central banks GOV (as the
#   `central bank` role noun in agents.lex), ruling councils GOV, exiled or shadow governments OPP.
#   Population groups tied to one state (Rohingya, Uyghurs, Yazidis) are that state's civilians (CVL), the
#   convention of the existing probes ("Rohingya Muslims" -> MMRCVL); only plural or collective names are
#   listed, so "Uyghur militants" is not turned into civilians.
#   Acronyms that are everyday words or shared by better-known bodies are left out (RAW, NIS, SAC, GNA, UDA,
#   CSIS, MIT, TIP, LAF, SAF, PA).

# ---------------------------------------------------------------- intelligence and security services
cia | name=Central Intelligence Agency | names=CIA; C.I.A.; U.S. Central Intelligence Agency; US Central Intelligence Agency | code=USASPY | country=USA | sector=SPY | kind=other
nsa-usa | name=National Security Agency | names=NSA; U.S. National Security Agency; US National Security Agency | code=USASPY | country=USA | sector=SPY | kind=other
fbi | name=Federal Bureau of Investigation | names=FBI; F.B.I.; U.S. Federal Bureau of Investigation | code=USACOP | country=USA | sector=COP | kind=other
dea | name=Drug Enforcement Administration | names=DEA; U.S. Drug Enforcement Administration | code=USACOP | country=USA | sector=COP | kind=other
ice-usa | name=Immigration and Customs Enforcement | names=ICE; U.S. Immigration and Customs Enforcement; US Immigration and Customs Enforcement | code=USACOP | country=USA | sector=COP | kind=other
cbp | name=Customs and Border Protection | names=CBP; U.S. Customs and Border Protection; US Customs and Border Protection; U.S. Border Patrol; US Border Patrol; Border Patrol | code=USACOP | country=USA | sector=COP | kind=other
mossad | name=Mossad | names=Israel's Mossad; Mossad spy agency; Mossad intelligence agency | code=ISRSPY | country=ISR | sector=SPY | kind=other
shin-bet | name=Shin Bet | names=Shabak; Israel Security Agency; Shin Bet security service; Shin Beth; Israel's Shin Bet | code=ISRSPY | country=ISR | sector=SPY | kind=other
fsb | name=Federal Security Service | names=FSB; Russia's Federal Security Service; Russian Federal Security Service; FSB security service; Russia's FSB | code=RUSSPY | country=RUS | sector=SPY | kind=other
svr | name=SVR | names=Russian Foreign Intelligence Service; Russia's Foreign Intelligence Service; SVR foreign intelligence service; Russia's SVR | code=RUSSPY | country=RUS | sector=SPY | kind=other
gru | name=GRU | names=GRU military intelligence; Russian military intelligence agency GRU; Russia's GRU | code=RUSSPY | country=RUS | sector=SPY | kind=other
mi5 | name=MI5 | names=MI5 security service; Britain's MI5 | code=GBRSPY | country=GBR | sector=SPY | kind=other
mi6 | name=MI6 | names=Secret Intelligence Service; Britain's Secret Intelligence Service; Britain's MI6 | code=GBRSPY | country=GBR | sector=SPY | kind=other
gchq | name=GCHQ | names=Government Communications Headquarters; Britain's GCHQ | code=GBRSPY | country=GBR | sector=SPY | kind=other
isi | name=Inter-Services Intelligence | names=ISI; Pakistan's Inter-Services Intelligence; Inter-Services Intelligence agency; Pakistan's ISI | code=PAKSPY | country=PAK | sector=SPY | kind=other
raw-india | name=Research and Analysis Wing | names=R&AW; India's Research and Analysis Wing | code=INDSPY | country=IND | sector=SPY | kind=other
mss-china | name=MSS | names=China's Ministry of State Security; Chinese Ministry of State Security | code=CHNSPY | country=CHN | sector=SPY | kind=other
sbu | name=Security Service of Ukraine | names=SBU; Ukraine's SBU; SBU security service | code=UKRSPY | country=UKR | sector=SPY | kind=other
hur | name=HUR | names=GUR; Ukraine's military intelligence agency; Main Intelligence Directorate of Ukraine; Ukrainian military intelligence agency; Ukraine's HUR | code=UKRSPY | country=UKR | sector=SPY | kind=other
dgse | name=DGSE | names=Directorate-General for External Security; France's DGSE | code=FRASPY | country=FRA | sector=SPY | kind=other
bnd | name=BND | names=Bundesnachrichtendienst; Germany's BND; German Federal Intelligence Service | code=DEUSPY | country=DEU | sector=SPY | kind=other
asio | name=Australian Security Intelligence Organisation | names=ASIO; Australian Security Intelligence Organization | code=AUSSPY | country=AUS | sector=SPY | kind=other
csis-canada | name=Canadian Security Intelligence Service | names=Canada's spy agency | code=CANSPY | country=CAN | sector=SPY | kind=other
rcmp | name=Royal Canadian Mounted Police | names=RCMP; Mounties; Canada's RCMP | code=CANCOP | country=CAN | sector=COP | kind=other
scotland-yard | name=Scotland Yard | names=Metropolitan Police; Metropolitan Police Service; Met Police; London's Metropolitan Police | code=GBRCOP | country=GBR | sector=COP | kind=other

# ---------------------------------------------------------------- armed forces known by their own names
irgc | name=Islamic Revolutionary Guard Corps | names=IRGC; Revolutionary Guards; Revolutionary Guard; Revolutionary Guard Corps; Revolutionary Guards Corps; Islamic Revolutionary Guards Corps; Iran's Revolutionary Guards; Iranian Revolutionary Guards; Pasdaran; Iran's IRGC | code=IRNMIL | country=IRN | sector=MIL | kind=other
quds-force | name=Quds Force | names=Qods Force; IRGC Quds Force; Quds Force of the Revolutionary Guards; Iran's Quds Force | code=IRNMIL | country=IRN | sector=MIL | kind=other
basij | name=Basij | names=Basij militia; Basij paramilitary force; Basij Resistance Force; Basiji militia; Iran's Basij | code=IRNMIL | country=IRN | sector=MIL | kind=other
idf | name=Israel Defense Forces | names=IDF; Israel Defence Forces; Israeli Defense Forces; Israeli Defence Forces | code=ISRMIL | country=ISR | sector=MIL | kind=other
pla | name=People's Liberation Army | names=PLA; Chinese People's Liberation Army; PLA Navy; PLA Air Force; PLA Rocket Force; People's Liberation Army Navy; PLA Eastern Theater Command; PLA Eastern Theatre Command; Eastern Theater Command; Eastern Theatre Command; China's PLA; China's People's Liberation Army | code=CHNMIL | country=CHN | sector=MIL | kind=other
central-military-commission | name=Central Military Commission | names=China's Central Military Commission; CMC | code=CHNMIL | country=CHN | sector=MIL | kind=other
korean-peoples-army | name=Korean People's Army | names=KPA; North Korean People's Army | code=PRKMIL | country=PRK | sector=MIL | kind=other
jsdf | name=Japan Self-Defense Forces | names=JSDF; Self-Defense Forces; Self-Defence Forces; Japan Self-Defence Forces; Japan's Self-Defense Forces; Japan Ground Self-Defense Force; Japan Maritime Self-Defense Force; Japan Air Self-Defense Force; Ground Self-Defense Force; Maritime Self-Defense Force; Air Self-Defense Force | code=JPNMIL | country=JPN | sector=MIL | kind=other
bundeswehr | name=Bundeswehr | names=German Bundeswehr; Germany's Bundeswehr | code=DEUMIL | country=DEU | sector=MIL | kind=other
tatmadaw | name=Tatmadaw | names=Myanmar's Tatmadaw | code=MMRMIL | country=MMR | sector=MIL | kind=other
rosgvardia | name=Rosgvardia | names=Rosgvardiya; National Guard of Russia | code=RUSMIL | country=RUS | sector=MIL | kind=other
syrian-arab-army | name=Syrian Arab Army | names=SAA | code=SYRMIL | country=SYR | sector=MIL | kind=other
peshmerga | name=Peshmerga | names=Kurdish Peshmerga; Peshmerga forces; Kurdish Peshmerga forces; Iraqi Kurdish Peshmerga | code=IRQMIL | country=IRQ | sector=MIL | kind=other
spla | name=Sudan People's Liberation Army | names=SPLA | code=SSDMIL | country=SSD | sector=MIL | kind=other
sspdf | name=South Sudan People's Defence Forces | names=SSPDF; South Sudan People's Defense Forces | code=SSDMIL | country=SSD | sector=MIL | kind=other
splm-io | name=SPLM-IO | names=SPLA-IO; SPLM/A-IO; Sudan People's Liberation Movement-in-Opposition; Sudan People's Liberation Movement in Opposition | code=SSDREB | country=SSD | sector=REB | kind=armed
tplf | name=Tigray People's Liberation Front | names=TPLF; Tigray's TPLF | code=ETHREB | country=ETH | sector=REB | kind=armed
national-thowheeth-jamaath | name=National Thowheeth Jama'ath | names=National Thowheed Jamath; National Tawheed Jamaath; NTJ | code=LKAREB | country=LKA | sector=REB | kind=armed
etim | name=East Turkestan Islamic Movement | names=ETIM; Turkistan Islamic Party | code=CHNREB | country=CHN | sector=REB | kind=armed

# ---------------------------------------------------------------- legislatures known by their own names
bundestag | name=Bundestag | names=German Bundestag; Germany's Bundestag | code=DEULEG | country=DEU | sector=LEG | kind=other
knesset | name=Knesset | names=Israel's Knesset; Israeli Knesset | code=ISRLEG | country=ISR | sector=LEG | kind=other
state-duma | name=State Duma | names=Duma; Russian State Duma; Russia's State Duma; Russian Duma; Russia's Duma | code=RUSLEG | country=RUS | sector=LEG | kind=other
federation-council | name=Federation Council | names=Russia's Federation Council; Russian Federation Council | code=RUSLEG | country=RUS | sector=LEG | kind=other
verkhovna-rada | name=Verkhovna Rada | names=Rada; Ukraine's Rada; Ukrainian Rada | code=UKRLEG | country=UKR | sector=LEG | kind=other
lok-sabha | name=Lok Sabha | names=India's Lok Sabha | code=INDLEG | country=IND | sector=LEG | kind=other
rajya-sabha | name=Rajya Sabha | names=India's Rajya Sabha | code=INDLEG | country=IND | sector=LEG | kind=other
national-peoples-congress | name=National People's Congress | names=NPC; NPC Standing Committee; China's National People's Congress; Standing Committee of the National People's Congress | code=CHNLEG | country=CHN | sector=LEG | kind=other
supreme-peoples-assembly | name=Supreme People's Assembly | names=North Korea's Supreme People's Assembly | code=PRKLEG | country=PRK | sector=LEG | kind=other
house-of-lords | name=House of Lords | names=Britain's House of Lords | code=GBRLEG | country=GBR | sector=LEG | kind=other
sejm | name=Sejm | names=Poland's Sejm; Polish Sejm | code=POLLEG | country=POL | sector=LEG | kind=other
grand-national-assembly-of-turkey | name=Grand National Assembly of Turkey | names=Turkish Grand National Assembly; Turkey's Grand National Assembly | code=TURLEG | country=TUR | sector=LEG | kind=other
legislative-council-hong-kong | name=Legislative Council | names=LegCo; Hong Kong's Legislative Council | code=HKGLEG | country=HKG | sector=LEG | kind=other
capitol-hill | name=Capitol Hill | code=USALEG | country=USA | sector=LEG | kind=other

# ---------------------------------------------------------------- central banks (GOV, as `central bank` in agents.lex)
federal-reserve | name=Federal Reserve | names=Fed; U.S. Federal Reserve; US Federal Reserve; Federal Reserve Board; Federal Open Market Committee; FOMC; U.S. Fed; US Fed | code=USAGOV | country=USA | sector=GOV | kind=other
bank-of-england | name=Bank of England | names=BoE; BOE | code=GBRGOV | country=GBR | sector=GOV | kind=other
bank-of-japan | name=Bank of Japan | names=BOJ; BoJ | code=JPNGOV | country=JPN | sector=GOV | kind=other
peoples-bank-of-china | name=People's Bank of China | names=PBOC; PBoC | code=CHNGOV | country=CHN | sector=GOV | kind=other
reserve-bank-of-india | name=Reserve Bank of India | names=RBI | code=INDGOV | country=IND | sector=GOV | kind=other
reserve-bank-of-australia | name=Reserve Bank of Australia | names=RBA | code=AUSGOV | country=AUS | sector=GOV | kind=other
reserve-bank-of-new-zealand | name=Reserve Bank of New Zealand | names=RBNZ | code=NZLGOV | country=NZL | sector=GOV | kind=other
bank-of-canada | name=Bank of Canada | code=CANGOV | country=CAN | sector=GOV | kind=other
swiss-national-bank | name=Swiss National Bank | names=SNB | code=CHEGOV | country=CHE | sector=GOV | kind=other
bundesbank | name=Bundesbank | names=Deutsche Bundesbank; German Bundesbank | code=DEUGOV | country=DEU | sector=GOV | kind=other
bank-of-russia | name=Bank of Russia | names=Central Bank of Russia; Russian central bank | code=RUSGOV | country=RUS | sector=GOV | kind=other
bank-of-korea | name=Bank of Korea | names=BOK | code=KORGOV | country=KOR | sector=GOV | kind=other
bank-of-israel | name=Bank of Israel | code=ISRGOV | country=ISR | sector=GOV | kind=other
state-bank-of-pakistan | name=State Bank of Pakistan | names=SBP | code=PAKGOV | country=PAK | sector=GOV | kind=other
central-bank-of-nigeria | name=Central Bank of Nigeria | names=CBN | code=NGAGOV | country=NGA | sector=GOV | kind=other
south-african-reserve-bank | name=South African Reserve Bank | names=SARB | code=ZAFGOV | country=ZAF | sector=GOV | kind=other

# ---------------------------------------------------------------- executive, ruling and shadow councils
home-office-uk | name=Home Office | names=Britain's Home Office; UK Home Office; British Home Office | code=GBRGOV | country=GBR | sector=GOV | kind=other
us-dhs | name=Department of Homeland Security | names=DHS; U.S. Department of Homeland Security; US Department of Homeland Security; Homeland Security Department | code=USAGOV | country=USA | sector=GOV | kind=other
us-doj | name=DOJ | names=U.S. Justice Department; US Justice Department; U.S. Department of Justice; US Department of Justice | code=USAGOV | country=USA | sector=GOV | kind=other
kurdistan-regional-government | name=Kurdistan Regional Government | names=KRG; Iraqi Kurdish regional government | code=IRQGOV | country=IRQ | sector=GOV | kind=other
government-of-national-accord | name=Government of National Accord | names=Libya's Government of National Accord; Tripoli-based Government of National Accord | code=LBYGOV | country=LBY | sector=GOV | kind=other
presidential-leadership-council | name=Presidential Leadership Council | names=Yemen's Presidential Leadership Council; Presidential Council | code=YEMGOV | country=YEM | sector=GOV | kind=other
islamic-emirate-of-afghanistan | name=Islamic Emirate of Afghanistan | names=Islamic Emirate | code=AFGGOV | country=AFG | sector=GOV | kind=other
sovereignty-council | name=Sovereignty Council | names=Sovereign Council; Transitional Sovereignty Council; Sudan's Sovereignty Council; Sudan's Sovereign Council | code=SDNGOV | country=SDN | sector=GOV | kind=other
state-administration-council | name=State Administration Council | names=Myanmar's State Administration Council | code=MMRGOV | country=MMR | sector=GOV | kind=other
cnsp-niger | name=National Council for the Safeguard of the Homeland | names=CNSP; National Council for the Safeguarding of the Homeland | code=NERGOV | country=NER | sector=GOV | kind=other
national-unity-government-myanmar | name=National Unity Government | names=NUG; Myanmar's National Unity Government; shadow National Unity Government | code=MMROPP | country=MMR | sector=OPP | kind=other
world-uyghur-congress | name=World Uyghur Congress | names=World Uighur Congress | code=CHNOPP | country=CHN | sector=OPP | kind=other

# ---------------------------------------------------------------- parties and coalitions
azimio | name=Azimio la Umoja | names=Azimio; Azimio coalition; Azimio la Umoja-One Kenya; Azimio la Umoja coalition | code=KENPTY | country=KEN | sector=PTY | kind=party
kenya-kwanza | name=Kenya Kwanza | names=Kenya Kwanza coalition; Kenya Kwanza Alliance | code=KENPTY | country=KEN | sector=PTY | kind=party
uda-kenya | name=United Democratic Alliance | names=UDA party; Kenya's United Democratic Alliance | code=KENPTY | country=KEN | sector=PTY | kind=party
prosperity-party | name=Prosperity Party | names=Ethiopia's Prosperity Party; ruling Prosperity Party | code=ETHPTY | country=ETH | sector=PTY | kind=party

# ---------------------------------------------------------------- population groups tied to one state (CVL)
rohingya | name=Rohingyas | names=Rohingya Muslims; Rohingya minority; Rohingya people; Rohingya community | code=MMRCVL | country=MMR | sector=CVL | kind=other
uyghurs | name=Uyghurs | names=Uighurs; Uygurs; Uyghur Muslims; Uighur Muslims; Uyghur minority; Uighur minority; Uyghur people; Uyghur community | code=CHNCVL | country=CHN | sector=CVL | kind=other
yazidis | name=Yazidis | names=Yezidis; Ezidis; Yazidi minority; Yazidi community | code=IRQCVL | country=IRQ | sector=CVL | kind=other
hazaras | name=Hazaras | names=Hazara minority; Hazara Shiites; Hazara community | code=AFGCVL | country=AFG | sector=CVL | kind=other
crimean-tatars | name=Crimean Tatars | names=Crimean Tatar minority; Crimean Tatar community | code=UKRCVL | country=UKR | sector=CVL | kind=other
