# organisations-probe-2.lex — state agencies, armed groups, gangs, parties and movements that the second round of
# actor probes (eval/probes/probe-actors-2.jsonl) found missing. Written for readout; format as organisations.lex.
#
# Conventions (as organisations-probe.lex): agencies known by their own names act for their country.
#   Criminal-investigation and anti-corruption bodies with powers of arrest are police (COP), as the FBI;
#   intelligence and state-security services SPY; armed forces and their media or command units MIL.
#   Pro-state militias and self-defence auxiliaries are UAF, gangs CRM, insurgents REB, secessionists SEP.
#   Acronyms shared with better-known bodies or ordinary words are left out and only the qualified forms kept:
#   CBI (Confederation of British Industry), FIA (motor sport), DCI, ED, CNA, MAC, ESN, Hawks (sports teams).

# ---------------------------------------------------------------- police, investigation and anti-corruption bodies
efcc | name=Economic and Financial Crimes Commission | names=EFCC; Nigeria's EFCC; Nigeria's Economic and Financial Crimes Commission; Nigerian anti-graft agency EFCC | code=NGACOP | country=NGA | sector=COP | kind=other
nia-india | name=National Investigation Agency | names=NIA; India's National Investigation Agency; India's NIA; Indian anti-terror agency NIA | code=INDCOP | country=IND | sector=COP | kind=other
cbi-india | name=Central Bureau of Investigation | names=India's Central Bureau of Investigation; India's CBI; Indian Central Bureau of Investigation | code=INDCOP | country=IND | sector=COP | kind=other
enforcement-directorate | name=Enforcement Directorate | names=India's Enforcement Directorate; Directorate of Enforcement; India's financial crimes agency | code=INDCOP | country=IND | sector=COP | kind=other
nab-pakistan | name=National Accountability Bureau | names=NAB; Pakistan's National Accountability Bureau; Pakistan's anti-graft body NAB | code=PAKCOP | country=PAK | sector=COP | kind=other
fia-pakistan | name=Federal Investigation Agency | names=Pakistan's Federal Investigation Agency; Pakistan's FIA | code=PAKCOP | country=PAK | sector=COP | kind=other
rab-bangladesh | name=Rapid Action Battalion | names=RAB; Bangladesh's Rapid Action Battalion; Bangladesh's elite Rapid Action Battalion | code=BGDCOP | country=BGD | sector=COP | kind=other
dci-kenya | name=Directorate of Criminal Investigations | names=Kenya's Directorate of Criminal Investigations; Kenya's DCI | code=KENCOP | country=KEN | sector=COP | kind=other
eacc-kenya | name=Ethics and Anti-Corruption Commission | names=EACC; Kenya's Ethics and Anti-Corruption Commission | code=KENCOP | country=KEN | sector=COP | kind=other
hawks-south-africa | name=Directorate for Priority Crime Investigation | names=DPCI; South Africa's Hawks; Hawks unit; Hawks police unit; elite Hawks unit | code=ZAFCOP | country=ZAF | sector=COP | kind=other
kpk-indonesia | name=Corruption Eradication Commission | names=KPK; Komisi Pemberantasan Korupsi; Indonesia's Corruption Eradication Commission; Indonesia's KPK | code=IDNCOP | country=IDN | sector=COP | kind=other
densus-88 | name=Densus 88 | names=Detachment 88; Special Detachment 88; Densus 88 counterterrorism squad; Indonesia's Densus 88 | code=IDNCOP | country=IDN | sector=COP | kind=other
macc-malaysia | name=Malaysian Anti-Corruption Commission | names=MACC; Malaysia's Anti-Corruption Commission | code=MYSCOP | country=MYS | sector=COP | kind=other
carabineros | name=Carabineros | names=Carabineros de Chile; Chile's Carabineros; Chilean Carabineros | code=CHLCOP | country=CHL | sector=COP | kind=other

# ---------------------------------------------------------------- intelligence and security services
dss-nigeria | name=Department of State Services | names=DSS; State Security Service; Nigeria's Department of State Services; Nigeria's DSS | code=NGASPY | country=NGA | sector=SPY | kind=other
sebin | name=SEBIN | names=Bolivarian National Intelligence Service; Venezuela's SEBIN; Servicio Bolivariano de Inteligencia Nacional | code=VENSPY | country=VEN | sector=SPY | kind=other
gid-jordan | name=General Intelligence Department | names=Jordan's General Intelligence Department; Jordanian General Intelligence Department; Jordan's GID | code=JORSPY | country=JOR | sector=SPY | kind=other
general-security-lebanon | name=General Directorate of General Security | names=Lebanon's General Security; Lebanese General Security; Lebanon's General Security agency | code=LBNSPY | country=LBN | sector=SPY | kind=other

# ---------------------------------------------------------------- armed forces and military bodies known by their own names
ispr | name=Inter-Services Public Relations | names=ISPR; Pakistan's ISPR; Pakistani military's media wing | code=PAKMIL | country=PAK | sector=MIL | kind=other
nigeria-defence-headquarters | name=Nigeria's Defence Headquarters | names=Nigerian Defence Headquarters; DHQ | code=NGAMIL | country=NGA | sector=MIL | kind=other
fardc | name=Armed Forces of the Democratic Republic of the Congo | names=FARDC; Congo's FARDC; Forces Armées de la République Démocratique du Congo | code=CODMIL | country=COD | sector=MIL | kind=other
endf | name=Ethiopian National Defense Force | names=ENDF; Ethiopian National Defence Force; Ethiopian National Defense Forces; Ethiopian National Defence Forces | code=ETHMIL | country=ETH | sector=MIL | kind=other
updf | name=Uganda People's Defence Force | names=UPDF; Uganda People's Defence Forces; Uganda People's Defense Force; Uganda People's Defense Forces; Ugandan People's Defence Force | code=UGAMIL | country=UGA | sector=MIL | kind=other
rdf-rwanda | name=Rwanda Defence Force | names=RDF; Rwanda Defense Force; Rwandan Defence Force; Rwanda Defence Forces; Rwandan Defence Forces | code=RWAMIL | country=RWA | sector=MIL | kind=other
barkhane | name=Operation Barkhane | names=Barkhane; Barkhane force; Barkhane mission; France's Barkhane force | code=FRAMIL | country=FRA | sector=MIL | kind=other
cogat | name=Coordinator of Government Activities in the Territories | names=COGAT; Israel's COGAT | code=ISRMIL | country=ISR | sector=MIL | kind=other
saudi-led-coalition | name=Saudi-led coalition | names=Saudi-led military coalition; Saudi-led Arab coalition; Coalition to Restore Legitimacy in Yemen | code=SAUMIL | country=SAU | sector=MIL | kind=other

# ---------------------------------------------------------------- government bodies
ofac | name=Office of Foreign Assets Control | names=OFAC; Treasury's Office of Foreign Assets Control; U.S. Office of Foreign Assets Control | code=USAGOV | country=USA | sector=GOV | kind=other
mainland-affairs-council | name=Mainland Affairs Council | names=Taiwan's Mainland Affairs Council | code=TWNGOV | country=TWN | sector=GOV | kind=other

# ---------------------------------------------------------------- pro-state militias and self-defence groups (UAF)
vdp-burkina | name=Volunteers for the Defence of the Homeland | names=VDP; Volunteers for the Defense of the Homeland; Volontaires pour la défense de la patrie; Volontaires pour la defense de la patrie | code=BFAUAF | country=BFA | sector=UAF | kind=armed
dan-na-ambassagou | name=Dan Na Ambassagou | names=Dan Na Amassagou | code=MLIUAF | country=MLI | sector=UAF | kind=armed
civilian-joint-task-force | name=Civilian Joint Task Force | names=CJTF; Civilian JTF | code=NGAUAF | country=NGA | sector=UAF | kind=armed
mai-mai | name=Mai-Mai | names=Mai Mai; Mayi-Mayi; Mayi Mayi | code=CODUAF | country=COD | sector=UAF | kind=armed
al-baraa-bin-malik-brigade | name=al-Baraa bin Malik Brigade | names=al-Baraa Ibn Malik Brigade; al-Bara bin Malik Brigade; al-Baraa bin Malik Battalion; Baraa bin Malik Brigade | code=SDNUAF | country=SDN | sector=UAF | kind=armed

# ---------------------------------------------------------------- insurgent and separatist groups
arsa | name=Arakan Rohingya Salvation Army | names=ARSA; Harakah al-Yaqin | code=MMRREB | country=MMR | sector=REB | kind=armed
kndf | name=Karenni Nationalities Defence Force | names=KNDF; Karenni Nationalities Defense Force; Karenni Army | code=MMRREB | country=MMR | sector=REB | kind=armed
chin-national-army | name=Chin National Army | names=Chin National Front; Chinland Council; Chin Brotherhood | code=MMRREB | country=MMR | sector=REB | kind=armed
red-tabara | name=RED-Tabara | names=Red Tabara; RED Tabara; Resistance for the Rule of Law in Burundi | code=BDIREB | country=BDI | sector=REB | kind=armed
ipob | name=Indigenous People of Biafra | names=IPOB; Biafra separatist group IPOB | code=NGASEP | country=NGA | sector=SEP | kind=armed
biff | name=Bangsamoro Islamic Freedom Fighters | names=BIFF; Bangsamoro Islamic Freedom Movement | code=PHLREB | country=PHL | sector=REB | kind=armed
brn-thailand | name=Barisan Revolusi Nasional | names=BRN; National Revolutionary Front; BRN-C | code=THAREB | country=THA | sector=REB | kind=armed

# ---------------------------------------------------------------- gangs (CRM)
g9-haiti | name=G9 an Fanmi | names=G9; G9 gang alliance; G9 Family and Allies; G9 coalition; G9 federation | code=HTICRM | country=HTI | sector=CRM | kind=armed
gran-grif | name=Gran Grif | names=Gran Grif gang; Grand Grif | code=HTICRM | country=HTI | sector=CRM | kind=armed
400-mawozo | name=400 Mawozo | names=400 Mawozo gang | code=HTICRM | country=HTI | sector=CRM | kind=armed
los-choneros | name=Los Choneros | names=Los Choneros gang; Choneros | code=ECUCRM | country=ECU | sector=CRM | kind=armed
los-lobos | name=Los Lobos | names=Los Lobos gang | code=ECUCRM | country=ECU | sector=CRM | kind=armed

# ---------------------------------------------------------------- parties, movements, unions, companies
renamo | name=Renamo | names=RENAMO; Mozambican National Resistance; Resistência Nacional Moçambicana; Resistencia Nacional Mocambicana | code=MOZPTY | country=MOZ | sector=PTY | kind=party
frelimo | name=Frelimo | names=FRELIMO; Mozambique Liberation Front; Frente de Libertação de Moçambique; ruling Frelimo party | code=MOZPTY | country=MOZ | sector=PTY | kind=party
ptm-pakistan | name=Pashtun Tahafuz Movement | names=PTM; Pashtun Protection Movement | code=PAKOPP | country=PAK | sector=OPP | kind=movement
cgt-argentina | name=Confederación General del Trabajo | names=Confederacion General del Trabajo; Argentina's CGT; Argentine CGT; Argentina's CGT union; Argentina's General Confederation of Labour; Argentina's largest union | code=ARGLAB | country=ARG | sector=LAB | kind=other
kenya-airways | name=Kenya Airways | code=KENBUS | country=KEN | sector=BUS | kind=company
eskom | name=Eskom | names=South Africa's Eskom; state power utility Eskom | code=ZAFBUS | country=ZAF | sector=BUS | kind=company
