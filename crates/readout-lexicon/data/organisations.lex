# organisations.lex — non-state organisations: armed groups, parties, movements, media, NGOs, companies,
# religious bodies.
#
# Conventions
#   code = home country (ISO alpha-3) + sector; transnational bodies have an empty country= and a code
#   starting with ---. Armed non-state groups are REB; groups fighting for secession are SEP; pro-state
#   militias and private military companies are UAF (Iraq's Popular Mobilization Forces, Wagner); cartels
#   and gangs are CRM with kind=armed. Regional branches of transnational jihadist groups take the country
#   where they mainly operate (AQAP -> YEM, ISWAP -> NGA, ISIS-K -> AFG).
#   The Taliban are recorded as an armed group (AFGREB); that they have governed Afghanistan since 2021-08
#   is handled by the coder's dated rules, not here.
#   Acronyms that are ordinary words or clash with a more common meaning (case-insensitive matching) are
#   left out: IS, CCTV, APC, DA, PAN, INC, APP, SPA, MENA, PNA, CARE, PDF, IRA, RN, TPP, Labour/Labor alone,
#   Guardian-style names kept only where unavoidable. Shared acronyms go to one entry only:
#   RSF -> Rapid Support Forces (Reporters Without Borders keeps its full names), PTI -> Pakistan
#   Tehreek-e-Insaf (Press Trust of India keeps its full name), PPP -> Pakistan Peoples Party.

# ---------------------------------------------------------------- Palestinian and Lebanese armed groups
hamas | name=Hamas | names=Islamic Resistance Movement; Harakat al-Muqawama al-Islamiya | code=PSEREB | country=PSE | sector=REB | kind=armed
qassam-brigades | name=Izz ad-Din al-Qassam Brigades | names=Qassam Brigades; al-Qassam Brigades; Ezzedine al-Qassam Brigades; Ezzedine al-Qassam; Izz al-Din al-Qassam Brigades; Hamas's armed wing; Hamas' armed wing; Hamas's military wing; Hamas' military wing | code=PSEREB | country=PSE | sector=REB | kind=armed
palestinian-islamic-jihad | name=Palestinian Islamic Jihad | names=Islamic Jihad; PIJ; Islamic Jihad movement; Al-Quds Brigades; Saraya al-Quds | code=PSEREB | country=PSE | sector=REB | kind=armed
al-aqsa-martyrs-brigades | name=Al-Aqsa Martyrs' Brigades | names=Al-Aqsa Martyrs Brigades; al-Aqsa Martyrs' Brigade | code=PSEREB | country=PSE | sector=REB | kind=armed
pflp | name=Popular Front for the Liberation of Palestine | names=PFLP | code=PSEREB | country=PSE | sector=REB | kind=armed
lions-den | name=Lions' Den | names=Areen al-Usud; Lion's Den | code=PSEREB | country=PSE | sector=REB | kind=armed
hezbollah | name=Hezbollah | names=Hizbollah; Hizballah; Hizbullah; Hizbollah movement; Party of God; Islamic Resistance in Lebanon | code=LBNREB | country=LBN | sector=REB | kind=armed

# ---------------------------------------------------------------- Middle East armed groups
houthis | name=Houthis | names=Houthi; Houthi movement; Ansar Allah; Ansarallah; Huthis; Huthi; Huthi movement; Houthi rebels; Huthi rebels | code=YEMREB | country=YEM | sector=REB | kind=armed
southern-transitional-council | name=Southern Transitional Council | names=STC; Yemen's Southern Transitional Council; southern separatists | code=YEMSEP | country=YEM | sector=SEP | kind=armed
hayat-tahrir-al-sham | name=Hayat Tahrir al-Sham | names=HTS; Hay'at Tahrir al-Sham; Tahrir al-Sham; Hayat Tahrir al-Cham; Organization for the Liberation of the Levant | code=SYRREB | country=SYR | sector=REB | kind=armed
nusra-front | name=Nusra Front | names=al-Nusra Front; Jabhat al-Nusra; Jabhat Fateh al-Sham; al-Nusra; Nusra | code=SYRREB | country=SYR | sector=REB | kind=armed
hurras-al-din | name=Hurras al-Din | names=Hurras al-Deen; Guardians of Religion | code=SYRREB | country=SYR | sector=REB | kind=armed
ahrar-al-sham | name=Ahrar al-Sham | names=Harakat Ahrar al-Sham al-Islamiyya | code=SYRREB | country=SYR | sector=REB | kind=armed
free-syrian-army | name=Free Syrian Army | names=FSA | code=SYRREB | country=SYR | sector=REB | kind=armed
syrian-national-army | name=Syrian National Army | names=Turkish-backed Syrian National Army; Turkey-backed Syrian National Army | code=SYRREB | country=SYR | sector=REB | kind=armed
syrian-democratic-forces | name=Syrian Democratic Forces | names=SDF; Kurdish-led Syrian Democratic Forces; US-backed Syrian Democratic Forces; Kurdish-led SDF | code=SYRREB | country=SYR | sector=REB | kind=armed
ypg | name=People's Protection Units | names=YPG; Kurdish People's Protection Units; Yekineyen Parastina Gel; YPJ; Women's Protection Units | code=SYRREB | country=SYR | sector=REB | kind=armed
pkk | name=Kurdistan Workers' Party | names=PKK; Kurdistan Workers Party; Partiya Karkeren Kurdistane | code=TURREB | country=TUR | sector=REB | kind=armed
pjak | name=Party of Free Life of Kurdistan | names=PJAK; Kurdistan Free Life Party | code=IRNREB | country=IRN | sector=REB | kind=armed
jaish-al-adl | name=Jaish al-Adl | names=Army of Justice; Jaish ul-Adl | code=IRNREB | country=IRN | sector=REB | kind=armed
mek | name=Mujahedin-e Khalq | names=MEK; MKO; People's Mojahedin Organization of Iran; Mujahideen-e-Khalq; People's Mujahedin of Iran; National Council of Resistance of Iran; NCRI | code=IRNOPP | country=IRN | sector=OPP | kind=movement
popular-mobilization-forces | name=Popular Mobilization Forces | names=PMF; Popular Mobilisation Forces; Popular Mobilization Units; PMU; Hashed al-Shaabi; Hashd al-Shaabi; al-Hashd al-Shaabi | code=IRQUAF | country=IRQ | sector=UAF | kind=armed
kataib-hezbollah | name=Kataib Hezbollah | names=Kata'ib Hezbollah; Kataeb Hezbollah; Hezbollah Brigades; Kataib Hizbollah | code=IRQUAF | country=IRQ | sector=UAF | kind=armed
asaib-ahl-al-haq | name=Asaib Ahl al-Haq | names=Asa'ib Ahl al-Haq; League of the Righteous | code=IRQUAF | country=IRQ | sector=UAF | kind=armed
harakat-al-nujaba | name=Harakat al-Nujaba | names=Nujaba; Harakat Hezbollah al-Nujaba; al-Nujaba movement | code=IRQUAF | country=IRQ | sector=UAF | kind=armed
badr-organization | name=Badr Organization | names=Badr Organisation; Badr Brigade; Badr militia | code=IRQUAF | country=IRQ | sector=UAF | kind=armed
islamic-resistance-in-iraq | name=Islamic Resistance in Iraq | names=Islamic Resistance in Iraq umbrella group | code=IRQUAF | country=IRQ | sector=UAF | kind=armed

# ---------------------------------------------------------------- transnational jihadist groups and branches
islamic-state | name=Islamic State | names=ISIS; ISIL; Daesh; Da'esh; Islamic State group; Islamic State of Iraq and the Levant; Islamic State of Iraq and Syria; Islamic State of Iraq and al-Sham; IS group; Islamic State militants | code=---REB | country= | sector=REB | kind=armed
al-qaeda | name=al-Qaeda | names=al-Qaida; al Qaeda; al Qaida; Al-Qa'ida; Qaeda; al-Qaeda core | code=---REB | country= | sector=REB | kind=armed
al-qaeda-in-iraq | name=al-Qaeda in Iraq | names=AQI; Islamic State of Iraq | code=IRQREB | country=IRQ | sector=REB | kind=armed
aqap | name=al-Qaeda in the Arabian Peninsula | names=AQAP; al-Qaida in the Arabian Peninsula; al Qaeda in the Arabian Peninsula | code=YEMREB | country=YEM | sector=REB | kind=armed
aqim | name=al-Qaeda in the Islamic Maghreb | names=AQIM; al-Qaida in the Islamic Maghreb; Salafist Group for Preaching and Combat; GSPC | code=DZAREB | country=DZA | sector=REB | kind=armed
aqis | name=al-Qaeda in the Indian Subcontinent | names=AQIS | code=AFGREB | country=AFG | sector=REB | kind=armed
al-shabaab | name=al-Shabaab | names=al-Shabab; Al Shabaab; Al Shabab; Harakat al-Shabaab al-Mujahideen; Shabaab | code=SOMREB | country=SOM | sector=REB | kind=armed
jnim | name=Jama'at Nusrat al-Islam wal-Muslimin | names=JNIM; Group to Support Islam and Muslims; Group for the Support of Islam and Muslims; GSIM; Jamaat Nusrat al-Islam wal-Muslimeen | code=MLIREB | country=MLI | sector=REB | kind=armed
ansar-dine | name=Ansar Dine | names=Ansar Eddine; Ansar al-Din | code=MLIREB | country=MLI | sector=REB | kind=armed
katiba-macina | name=Katiba Macina | names=Macina Liberation Front; Katiba Massina | code=MLIREB | country=MLI | sector=REB | kind=armed
boko-haram | name=Boko Haram | names=Jama'atu Ahlis Sunna Lidda'awati wal-Jihad; Jamaat Ahl as-Sunnah lid-Dawah wa'l-Jihad | code=NGAREB | country=NGA | sector=REB | kind=armed
iswap | name=Islamic State West Africa Province | names=ISWAP; Islamic State's West Africa Province; Islamic State in West Africa | code=NGAREB | country=NGA | sector=REB | kind=armed
ansaru | name=Ansaru | names=Jama'atu Ansarul Muslimina fi Biladis Sudan | code=NGAREB | country=NGA | sector=REB | kind=armed
lakurawa | name=Lakurawa | names=Lakurawa group | code=NGAREB | country=NGA | sector=REB | kind=armed
islamic-state-sahel | name=Islamic State Sahel Province | names=IS Sahel; Islamic State in the Greater Sahara; ISGS; Islamic State Sahel | code=MLIREB | country=MLI | sector=REB | kind=armed
isis-k | name=Islamic State Khorasan Province | names=ISIS-K; ISKP; IS-K; ISIL-K; Islamic State Khorasan; Islamic State-Khorasan | code=AFGREB | country=AFG | sector=REB | kind=armed
islamic-state-somalia | name=Islamic State Somalia Province | names=Islamic State in Somalia; IS Somalia; ISIS-Somalia | code=SOMREB | country=SOM | sector=REB | kind=armed
allied-democratic-forces | name=Allied Democratic Forces | names=ADF; ADF rebels; Islamic State Central Africa Province; ISCAP | code=CODREB | country=COD | sector=REB | kind=armed
ansar-al-sunna-mozambique | name=Ansar al-Sunna | names=Islamic State Mozambique Province; Ahlu Sunnah Wal Jamaa; Cabo Delgado insurgents | code=MOZREB | country=MOZ | sector=REB | kind=armed
jemaah-islamiyah | name=Jemaah Islamiyah | names=Jemaah Islamiah; JI network | code=IDNREB | country=IDN | sector=REB | kind=armed
abu-sayyaf | name=Abu Sayyaf | names=Abu Sayyaf Group; ASG | code=PHLREB | country=PHL | sector=REB | kind=armed
hizb-ut-tahrir | name=Hizb ut-Tahrir | names=Hizb-ut-Tahrir; Hizb al-Tahrir; Hizbut Tahrir | code=---RAD | country= | sector=RAD | kind=movement

# ---------------------------------------------------------------- South Asia armed groups
taliban | name=Taliban | names=Afghan Taliban; Taleban | code=AFGREB | country=AFG | sector=REB | kind=armed
haqqani-network | name=Haqqani network | names=Haqqanis; Haqqani group | code=AFGREB | country=AFG | sector=REB | kind=armed
national-resistance-front | name=National Resistance Front of Afghanistan | names=National Resistance Front; Afghan resistance front | code=AFGREB | country=AFG | sector=REB | kind=armed
tehrik-i-taliban-pakistan | name=Tehrik-i-Taliban Pakistan | names=TTP; Pakistani Taliban; Tehreek-e-Taliban Pakistan; Tehrik-e-Taliban Pakistan; Fitna al-Khawarij | code=PAKREB | country=PAK | sector=REB | kind=armed
lashkar-e-taiba | name=Lashkar-e-Taiba | names=Lashkar-e-Toiba; Lashkar-e-Tayyiba; Jamaat-ud-Dawa; JuD | code=PAKREB | country=PAK | sector=REB | kind=armed
jaish-e-mohammed | name=Jaish-e-Mohammed | names=JeM; Jaish-e-Muhammad; Jaish-e-Mohammad; Army of Mohammed | code=PAKREB | country=PAK | sector=REB | kind=armed
the-resistance-front | name=Resistance Front | names=TRF; Kashmir Resistance | code=INDREB | country=IND | sector=REB | kind=armed
hizbul-mujahideen | name=Hizbul Mujahideen | names=Hizb-ul-Mujahideen | code=INDREB | country=IND | sector=REB | kind=armed
baloch-liberation-army | name=Baloch Liberation Army | names=BLA; Balochistan Liberation Army; Baloch separatists | code=PAKSEP | country=PAK | sector=SEP | kind=armed
cpi-maoist | name=Communist Party of India (Maoist) | names=CPI (Maoist); CPI-Maoist; Naxalites; Naxals; Maoist rebels in India | code=INDREB | country=IND | sector=REB | kind=armed
ulfa | name=United Liberation Front of Asom | names=ULFA; ULFA-I; United Liberation Front of Assam | code=INDSEP | country=IND | sector=SEP | kind=armed
ltte | name=Liberation Tigers of Tamil Eelam | names=LTTE; Tamil Tigers | code=LKASEP | country=LKA | sector=SEP | kind=armed

# ---------------------------------------------------------------- Asia-Pacific armed groups
arakan-army | name=Arakan Army | names=Arakha Army; Rakhine Arakan Army | code=MMRREB | country=MMR | sector=REB | kind=armed
kachin-independence-army | name=Kachin Independence Army | names=Kachin Independence Organisation; KIO | code=MMRREB | country=MMR | sector=REB | kind=armed
karen-national-union | name=Karen National Union | names=KNU; Karen National Liberation Army; KNLA | code=MMRREB | country=MMR | sector=REB | kind=armed
peoples-defence-force | name=People's Defence Force | names=People's Defense Force; People's Defence Forces; People's Defense Forces | code=MMRREB | country=MMR | sector=REB | kind=armed
tnla | name=Ta'ang National Liberation Army | names=TNLA; Taang National Liberation Army | code=MMRREB | country=MMR | sector=REB | kind=armed
mndaa | name=Myanmar National Democratic Alliance Army | names=MNDAA; Kokang army | code=MMRREB | country=MMR | sector=REB | kind=armed
united-wa-state-army | name=United Wa State Army | names=UWSA; Wa army | code=MMRREB | country=MMR | sector=REB | kind=armed
three-brotherhood-alliance | name=Three Brotherhood Alliance | names=Brotherhood Alliance | code=MMRREB | country=MMR | sector=REB | kind=armed
new-peoples-army | name=New People's Army | names=NPA; New Peoples Army; communist rebels in the Philippines | code=PHLREB | country=PHL | sector=REB | kind=armed
milf | name=Moro Islamic Liberation Front | names=MILF | code=PHLREB | country=PHL | sector=REB | kind=armed
west-papua-liberation-army | name=West Papua National Liberation Army | names=TPNPB; Free Papua Movement; Organisasi Papua Merdeka | code=IDNSEP | country=IDN | sector=SEP | kind=armed

# ---------------------------------------------------------------- African armed groups
rapid-support-forces | name=Rapid Support Forces | names=RSF; Sudan's Rapid Support Forces; Sudanese Rapid Support Forces; paramilitary Rapid Support Forces | code=SDNREB | country=SDN | sector=REB | kind=armed
janjaweed | name=Janjaweed | names=Janjaweed militia; Janjawid | code=SDNUAF | country=SDN | sector=UAF | kind=armed
splm-n | name=Sudan People's Liberation Movement-North | names=SPLM-N; SPLM-North; SPLA-North | code=SDNREB | country=SDN | sector=REB | kind=armed
sudan-liberation-movement | name=Sudan Liberation Movement | names=SLM; Sudan Liberation Army; SLA; SLM/A | code=SDNREB | country=SDN | sector=REB | kind=armed
m23 | name=M23 | names=March 23 Movement; Mouvement du 23 mars; M23 rebels; M23 rebel group | code=CODREB | country=COD | sector=REB | kind=armed
congo-river-alliance | name=Congo River Alliance | names=Alliance Fleuve Congo; AFC; AFC/M23 | code=CODREB | country=COD | sector=REB | kind=armed
codeco | name=CODECO | names=Cooperative for the Development of Congo; Coopérative pour le développement du Congo | code=CODREB | country=COD | sector=REB | kind=armed
wazalendo | name=Wazalendo | names=Wazalendo militias; Wazalendo fighters | code=CODUAF | country=COD | sector=UAF | kind=armed
fdlr | name=Democratic Forces for the Liberation of Rwanda | names=FDLR; Forces démocratiques de libération du Rwanda | code=RWAREB | country=RWA | sector=REB | kind=armed
lords-resistance-army | name=Lord's Resistance Army | names=LRA; Lords Resistance Army | code=UGAREB | country=UGA | sector=REB | kind=armed
tigray-defence-forces | name=Tigray Defence Forces | names=TDF; Tigray Defense Forces; Tigrayan forces | code=ETHREB | country=ETH | sector=REB | kind=armed
fano | name=Fano | names=Fano militia; Amhara Fano; Fano militiamen | code=ETHREB | country=ETH | sector=REB | kind=armed
oromo-liberation-army | name=Oromo Liberation Army | names=OLA; Oromo Liberation Front-Shene; OLF-Shene | code=ETHREB | country=ETH | sector=REB | kind=armed
ambazonia-defence-forces | name=Ambazonia Defence Forces | names=Ambazonian separatists; Ambazonia Defense Forces; ADF Ambazonia; Anglophone separatists | code=CMRSEP | country=CMR | sector=SEP | kind=armed
polisario-front | name=Polisario Front | names=Polisario; Frente Polisario; Popular Front for the Liberation of Saguia el-Hamra and Rio de Oro | code=ESHSEP | country=ESH | sector=SEP | kind=armed
azawad-liberation-front | name=Azawad Liberation Front | names=FLA; Front de libération de l'Azawad; Coordination of Azawad Movements; CMA; MNLA; National Movement for the Liberation of Azawad | code=MLISEP | country=MLI | sector=SEP | kind=armed
anti-balaka | name=Anti-balaka | names=anti-Balaka militias | code=CAFUAF | country=CAF | sector=UAF | kind=armed
seleka | name=Seleka | names=Séléka; ex-Seleka | code=CAFREB | country=CAF | sector=REB | kind=armed
libyan-national-army | name=Libyan National Army | names=LNA; Libyan Arab Armed Forces; LAAF; Haftar's forces; eastern-based Libyan National Army | code=LBYMIL | country=LBY | sector=MIL | kind=armed

# ---------------------------------------------------------------- Russian, Ukrainian and European armed groups
wagner-group | name=Wagner Group | names=Wagner; Wagner PMC; PMC Wagner; Wagner private military company; Wagner mercenaries; Wagner mercenary group | code=RUSUAF | country=RUS | sector=UAF | kind=armed
africa-corps | name=Africa Corps | names=Russian Africa Corps | code=RUSMIL | country=RUS | sector=MIL | kind=armed
russian-volunteer-corps | name=Russian Volunteer Corps | names=RVC; RDK | code=RUSREB | country=RUS | sector=REB | kind=armed
freedom-of-russia-legion | name=Freedom of Russia Legion | names=Legion Freedom of Russia; Liberty of Russia Legion | code=RUSREB | country=RUS | sector=REB | kind=armed
azov | name=Azov Brigade | names=Azov; Azov Regiment; Azov Battalion; 12th Special Forces Brigade Azov; Azov Corps | code=UKRMIL | country=UKR | sector=MIL | kind=armed
donetsk-peoples-republic | name=Donetsk People's Republic | names=DPR; DNR; self-proclaimed Donetsk People's Republic; Donetsk separatists | code=UKRSEP | country=UKR | sector=SEP | kind=armed
luhansk-peoples-republic | name=Luhansk People's Republic | names=LPR; LNR; Lugansk People's Republic; self-proclaimed Luhansk People's Republic; Luhansk separatists | code=UKRSEP | country=UKR | sector=SEP | kind=armed
eta | name=ETA | names=Euskadi Ta Askatasuna; Basque separatist group ETA | code=ESPSEP | country=ESP | sector=SEP | kind=armed
provisional-ira | name=Irish Republican Army | names=Provisional IRA; Provisional Irish Republican Army; New IRA; Real IRA | code=GBRREB | country=GBR | sector=REB | kind=armed

# ---------------------------------------------------------------- Latin American armed and criminal groups
farc | name=Revolutionary Armed Forces of Colombia | names=FARC; FARC-EP; Fuerzas Armadas Revolucionarias de Colombia; FARC rebels; FARC guerrillas | code=COLREB | country=COL | sector=REB | kind=armed
farc-dissidents-emc | name=Estado Mayor Central | names=EMC; Central General Staff; FARC dissidents; FARC dissident group | code=COLREB | country=COL | sector=REB | kind=armed
segunda-marquetalia | name=Segunda Marquetalia | names=Second Marquetalia | code=COLREB | country=COL | sector=REB | kind=armed
eln | name=National Liberation Army | names=ELN; Ejercito de Liberacion Nacional; Ejército de Liberación Nacional; ELN rebels; ELN guerrillas | code=COLREB | country=COL | sector=REB | kind=armed
clan-del-golfo | name=Clan del Golfo | names=Gulf Clan; Autodefensas Gaitanistas de Colombia; AGC; Urabenos; Urabeños; Ejército Gaitanista de Colombia; EGC | code=COLCRM | country=COL | sector=CRM | kind=armed
shining-path | name=Shining Path | names=Sendero Luminoso; Communist Party of Peru-Shining Path; Sendero | code=PERREB | country=PER | sector=REB | kind=armed
ezln | name=Zapatista Army of National Liberation | names=EZLN; Zapatistas; Ejército Zapatista de Liberación Nacional | code=MEXREB | country=MEX | sector=REB | kind=armed
sinaloa-cartel | name=Sinaloa Cartel | names=Cartel de Sinaloa; Sinaloa drug cartel | code=MEXCRM | country=MEX | sector=CRM | kind=armed
cjng | name=Jalisco New Generation Cartel | names=CJNG; Cartel Jalisco Nueva Generacion; Cártel de Jalisco Nueva Generación; Jalisco cartel | code=MEXCRM | country=MEX | sector=CRM | kind=armed
gulf-cartel | name=Gulf Cartel | names=Cartel del Golfo | code=MEXCRM | country=MEX | sector=CRM | kind=armed
tren-de-aragua | name=Tren de Aragua | names=Tren de Aragua gang | code=VENCRM | country=VEN | sector=CRM | kind=armed
cartel-de-los-soles | name=Cartel de los Soles | names=Cartel of the Suns; Cártel de los Soles | code=VENCRM | country=VEN | sector=CRM | kind=armed
ms-13 | name=MS-13 | names=Mara Salvatrucha; MS13; Mara Salvatrucha gang | code=SLVCRM | country=SLV | sector=CRM | kind=armed
barrio-18 | name=Barrio 18 | names=18th Street gang; Calle 18; Mara 18 | code=SLVCRM | country=SLV | sector=CRM | kind=armed
viv-ansanm | name=Viv Ansanm | names=Viv Ansanm gang coalition; Living Together gang alliance | code=HTICRM | country=HTI | sector=CRM | kind=armed
pcc-brazil | name=Primeiro Comando da Capital | names=First Capital Command; PCC gang | code=BRACRM | country=BRA | sector=CRM | kind=armed
comando-vermelho | name=Comando Vermelho | names=Red Command; CV gang | code=BRACRM | country=BRA | sector=CRM | kind=armed

# ---------------------------------------------------------------- political parties: Americas
democratic-party-usa | name=Democratic Party | names=Democrats; US Democratic Party; U.S. Democratic Party; Democratic National Committee; DNC | code=USAPTY | country=USA | sector=PTY | kind=party
republican-party-usa | name=Republican Party | names=Republicans; GOP; G.O.P.; Grand Old Party; US Republican Party; Republican National Committee; RNC | code=USAPTY | country=USA | sector=PTY | kind=party
liberal-party-canada | name=Liberal Party of Canada | names=Canadian Liberals; Canada's Liberal Party | code=CANPTY | country=CAN | sector=PTY | kind=party
conservative-party-canada | name=Conservative Party of Canada | names=Canadian Conservatives; Canada's Conservative Party | code=CANPTY | country=CAN | sector=PTY | kind=party
morena | name=Morena | names=National Regeneration Movement; Movimiento Regeneracion Nacional; Movimiento Regeneración Nacional | code=MEXPTY | country=MEX | sector=PTY | kind=party
pri-mexico | name=Institutional Revolutionary Party | names=PRI; Partido Revolucionario Institucional | code=MEXPTY | country=MEX | sector=PTY | kind=party
pan-mexico | name=National Action Party | names=Partido Accion Nacional; Partido Acción Nacional | code=MEXPTY | country=MEX | sector=PTY | kind=party
pt-brazil | name=Workers' Party | names=Partido dos Trabalhadores; Brazil's Workers' Party; Brazilian Workers' Party | code=BRAPTY | country=BRA | sector=PTY | kind=party
pl-brazil | name=Liberal Party of Brazil | names=Partido Liberal; Brazil's Liberal Party | code=BRAPTY | country=BRA | sector=PTY | kind=party
justicialist-party | name=Justicialist Party | names=Partido Justicialista; Peronist party; Peronists | code=ARGPTY | country=ARG | sector=PTY | kind=party
la-libertad-avanza | name=La Libertad Avanza | names=Liberty Advances; Freedom Advances | code=ARGPTY | country=ARG | sector=PTY | kind=party
psuv | name=United Socialist Party of Venezuela | names=PSUV; Partido Socialista Unido de Venezuela; Venezuela's ruling socialist party | code=VENPTY | country=VEN | sector=PTY | kind=party
fsln | name=Sandinista National Liberation Front | names=FSLN; Sandinistas; Frente Sandinista de Liberación Nacional | code=NICPTY | country=NIC | sector=PTY | kind=party
communist-party-of-cuba | name=Communist Party of Cuba | names=Cuban Communist Party; Partido Comunista de Cuba; PCC | code=CUBPTY | country=CUB | sector=PTY | kind=party

# ---------------------------------------------------------------- political parties: Europe
labour-party-uk | name=Labour Party | names=British Labour Party; UK Labour Party; UK Labour; Britain's Labour Party | code=GBRPTY | country=GBR | sector=PTY | kind=party
conservative-party-uk | name=Conservative Party | names=Tories; Tory party; British Conservative Party; UK Conservative Party; Conservative and Unionist Party | code=GBRPTY | country=GBR | sector=PTY | kind=party
liberal-democrats-uk | name=Liberal Democrats | names=Lib Dems; LibDems | code=GBRPTY | country=GBR | sector=PTY | kind=party
reform-uk | name=Reform UK | names=Reform UK party; Brexit Party | code=GBRPTY | country=GBR | sector=PTY | kind=party
snp | name=Scottish National Party | names=SNP | code=GBRPTY | country=GBR | sector=PTY | kind=party
dup | name=Democratic Unionist Party | names=DUP | code=GBRPTY | country=GBR | sector=PTY | kind=party
sinn-fein | name=Sinn Fein | names=Sinn Féin | code=IRLPTY | country=IRL | sector=PTY | kind=party
fianna-fail | name=Fianna Fail | names=Fianna Fáil | code=IRLPTY | country=IRL | sector=PTY | kind=party
fine-gael | name=Fine Gael | code=IRLPTY | country=IRL | sector=PTY | kind=party
cdu | name=Christian Democratic Union | names=CDU; German Christian Democrats; Christian Democrats; Christlich Demokratische Union; CDU/CSU; Union bloc | code=DEUPTY | country=DEU | sector=PTY | kind=party
csu | name=Christian Social Union | names=CSU; Christlich-Soziale Union; Bavarian CSU | code=DEUPTY | country=DEU | sector=PTY | kind=party
spd | name=Social Democratic Party of Germany | names=SPD; German Social Democrats; Sozialdemokratische Partei Deutschlands | code=DEUPTY | country=DEU | sector=PTY | kind=party
german-greens | name=Alliance 90/The Greens | names=German Greens; Bündnis 90/Die Grünen; Buendnis 90/Die Gruenen | code=DEUPTY | country=DEU | sector=PTY | kind=party
afd | name=Alternative for Germany | names=AfD; Alternative für Deutschland; Alternative fuer Deutschland | code=DEUPTY | country=DEU | sector=PTY | kind=party
fdp | name=Free Democratic Party | names=FDP; Free Democrats; Freie Demokratische Partei | code=DEUPTY | country=DEU | sector=PTY | kind=party
die-linke | name=Die Linke | names=Left Party; German Left Party | code=DEUPTY | country=DEU | sector=PTY | kind=party
bsw | name=Sahra Wagenknecht Alliance | names=BSW; Bündnis Sahra Wagenknecht; Buendnis Sahra Wagenknecht | code=DEUPTY | country=DEU | sector=PTY | kind=party
national-rally | name=National Rally | names=Rassemblement National; National Front; Front National; French far-right National Rally | code=FRAPTY | country=FRA | sector=PTY | kind=party
renaissance-france | name=Renaissance party | names=La République En Marche; La Republique En Marche; LREM; En Marche; Macron's party | code=FRAPTY | country=FRA | sector=PTY | kind=party
la-france-insoumise | name=La France Insoumise | names=LFI; France Unbowed | code=FRAPTY | country=FRA | sector=PTY | kind=party
les-republicains | name=Les Republicains | names=Les Républicains; LR party; French Republicans | code=FRAPTY | country=FRA | sector=PTY | kind=party
french-socialist-party | name=French Socialist Party | names=Parti Socialiste; France's Socialist Party | code=FRAPTY | country=FRA | sector=PTY | kind=party
brothers-of-italy | name=Brothers of Italy | names=Fratelli d'Italia; FdI | code=ITAPTY | country=ITA | sector=PTY | kind=party
lega | name=Lega | names=League party; Northern League; Lega Nord; Italy's League party | code=ITAPTY | country=ITA | sector=PTY | kind=party
italian-democratic-party | name=Italian Democratic Party | names=Partito Democratico; Italy's Democratic Party | code=ITAPTY | country=ITA | sector=PTY | kind=party
five-star-movement | name=Five Star Movement | names=M5S; Movimento 5 Stelle; 5-Star Movement | code=ITAPTY | country=ITA | sector=PTY | kind=party
forza-italia | name=Forza Italia | code=ITAPTY | country=ITA | sector=PTY | kind=party
psoe | name=Spanish Socialist Workers' Party | names=PSOE; Partido Socialista Obrero Español; Spanish Socialists | code=ESPPTY | country=ESP | sector=PTY | kind=party
partido-popular | name=Partido Popular | names=Spain's People's Party; Spanish People's Party | code=ESPPTY | country=ESP | sector=PTY | kind=party
vox | name=Vox | names=Vox party; Spain's Vox | code=ESPPTY | country=ESP | sector=PTY | kind=party
junts | name=Junts per Catalunya | names=Junts; Together for Catalonia | code=ESPPTY | country=ESP | sector=PTY | kind=party
fidesz | name=Fidesz | names=Fidesz-KDNP; Fidesz party; Hungarian Civic Alliance | code=HUNPTY | country=HUN | sector=PTY | kind=party
tisza-party | name=Tisza party | names=Respect and Freedom Party | code=HUNPTY | country=HUN | sector=PTY | kind=party
law-and-justice | name=Law and Justice | names=PiS; Prawo i Sprawiedliwość; Prawo i Sprawiedliwosc; Law and Justice party | code=POLPTY | country=POL | sector=PTY | kind=party
civic-platform | name=Civic Platform | names=Platforma Obywatelska; Civic Coalition; Koalicja Obywatelska | code=POLPTY | country=POL | sector=PTY | kind=party
fpo | name=Freedom Party of Austria | names=FPO; FPÖ; Austrian Freedom Party; Freiheitliche Partei Österreichs | code=AUTPTY | country=AUT | sector=PTY | kind=party
pvv | name=Party for Freedom | names=PVV; Partij voor de Vrijheid; Dutch Freedom Party | code=NLDPTY | country=NLD | sector=PTY | kind=party
sweden-democrats | name=Sweden Democrats | names=Sverigedemokraterna | code=SWEPTY | country=SWE | sector=PTY | kind=party
new-democracy | name=New Democracy | names=Nea Dimokratia; Greece's New Democracy | code=GRCPTY | country=GRC | sector=PTY | kind=party
syriza | name=Syriza | names=Coalition of the Radical Left | code=GRCPTY | country=GRC | sector=PTY | kind=party
chega | name=Chega | names=Chega party | code=PRTPTY | country=PRT | sector=PTY | kind=party
aur | name=Alliance for the Union of Romanians | names=AUR; Alianța pentru Unirea Românilor | code=ROUPTY | country=ROU | sector=PTY | kind=party
smer | name=Smer | names=Smer-SD; Direction-Social Democracy; Smer party | code=SVKPTY | country=SVK | sector=PTY | kind=party
ano-czech | name=ANO | names=ANO 2011; ANO movement; Babis's ANO | code=CZEPTY | country=CZE | sector=PTY | kind=party
united-russia | name=United Russia | names=Yedinaya Rossiya; ruling United Russia party; Kremlin-backed United Russia | code=RUSPTY | country=RUS | sector=PTY | kind=party
kprf | name=Communist Party of the Russian Federation | names=KPRF; CPRF; Russian Communist Party | code=RUSPTY | country=RUS | sector=PTY | kind=party
ldpr | name=Liberal Democratic Party of Russia | names=LDPR | code=RUSPTY | country=RUS | sector=PTY | kind=party
yabloko | name=Yabloko | names=Yabloko party | code=RUSPTY | country=RUS | sector=PTY | kind=party
servant-of-the-people | name=Servant of the People | names=Servant of the People party; Sluha Narodu | code=UKRPTY | country=UKR | sector=PTY | kind=party
european-solidarity | name=European Solidarity | names=European Solidarity party | code=UKRPTY | country=UKR | sector=PTY | kind=party
georgian-dream | name=Georgian Dream | names=Georgian Dream party; Georgian Dream-Democratic Georgia | code=GEOPTY | country=GEO | sector=PTY | kind=party
united-national-movement | name=United National Movement | names=UNM; Georgia's United National Movement | code=GEOPTY | country=GEO | sector=PTY | kind=party
serbian-progressive-party | name=Serbian Progressive Party | names=SNS; Srpska napredna stranka | code=SRBPTY | country=SRB | sector=PTY | kind=party
pas-moldova | name=Party of Action and Solidarity | names=Moldova's Party of Action and Solidarity | code=MDAPTY | country=MDA | sector=PTY | kind=party

# ---------------------------------------------------------------- political parties: Asia, Middle East, Africa
chinese-communist-party | name=Chinese Communist Party | names=Communist Party of China; CPC; CCP; China's Communist Party; China's ruling Communist Party | code=CHNPTY | country=CHN | sector=PTY | kind=party
kuomintang | name=Kuomintang | names=KMT; Chinese Nationalist Party; Guomindang | code=TWNPTY | country=TWN | sector=PTY | kind=party
dpp-taiwan | name=Democratic Progressive Party | names=DPP; Taiwan's Democratic Progressive Party; Taiwan's ruling Democratic Progressive Party | code=TWNPTY | country=TWN | sector=PTY | kind=party
taiwan-peoples-party | name=Taiwan People's Party | code=TWNPTY | country=TWN | sector=PTY | kind=party
workers-party-of-korea | name=Workers' Party of Korea | names=WPK; Korean Workers' Party; North Korea's ruling Workers' Party | code=PRKPTY | country=PRK | sector=PTY | kind=party
democratic-party-of-korea | name=Democratic Party of Korea | names=DPK; South Korea's Democratic Party; Minjoo Party | code=KORPTY | country=KOR | sector=PTY | kind=party
people-power-party | name=People Power Party | names=South Korea's People Power Party | code=KORPTY | country=KOR | sector=PTY | kind=party
ldp-japan | name=Liberal Democratic Party | names=LDP; Japan's Liberal Democratic Party; Japan's ruling Liberal Democratic Party | code=JPNPTY | country=JPN | sector=PTY | kind=party
cdp-japan | name=Constitutional Democratic Party of Japan | names=CDPJ; Constitutional Democratic Party | code=JPNPTY | country=JPN | sector=PTY | kind=party
komeito | name=Komeito | names=New Komeito | code=JPNPTY | country=JPN | sector=PTY | kind=party
bjp | name=Bharatiya Janata Party | names=BJP; India's ruling Bharatiya Janata Party | code=INDPTY | country=IND | sector=PTY | kind=party
indian-national-congress | name=Indian National Congress | names=Congress party; India's Congress party | code=INDPTY | country=IND | sector=PTY | kind=party
aam-aadmi-party | name=Aam Aadmi Party | names=AAP | code=INDPTY | country=IND | sector=PTY | kind=party
trinamool-congress | name=Trinamool Congress | names=All India Trinamool Congress; TMC; AITC | code=INDPTY | country=IND | sector=PTY | kind=party
rss | name=Rashtriya Swayamsevak Sangh | names=RSS | code=INDREL | country=IND | sector=REL | kind=movement
pti-pakistan | name=Pakistan Tehreek-e-Insaf | names=PTI; Tehreek-e-Insaf; Pakistan Tehrik-e-Insaf; Tehrik-e-Insaf | code=PAKPTY | country=PAK | sector=PTY | kind=party
pml-n | name=Pakistan Muslim League-Nawaz | names=PML-N; Pakistan Muslim League (Nawaz); PMLN | code=PAKPTY | country=PAK | sector=PTY | kind=party
ppp-pakistan | name=Pakistan Peoples Party | names=PPP; Pakistan People's Party | code=PAKPTY | country=PAK | sector=PTY | kind=party
jamaat-e-islami-pakistan | name=Jamaat-e-Islami Pakistan | names=Pakistan's Jamaat-e-Islami | code=PAKPTY | country=PAK | sector=PTY | kind=party
tehreek-e-labbaik | name=Tehreek-e-Labbaik Pakistan | names=TLP; Tehrik-e-Labbaik Pakistan | code=PAKRAD | country=PAK | sector=RAD | kind=party
awami-league | name=Awami League | names=Bangladesh Awami League | code=BGDPTY | country=BGD | sector=PTY | kind=party
bnp | name=Bangladesh Nationalist Party | names=BNP | code=BGDPTY | country=BGD | sector=PTY | kind=party
jamaat-e-islami-bangladesh | name=Bangladesh Jamaat-e-Islami | names=Jamaat-e-Islami Bangladesh; Bangladesh's Jamaat-e-Islami | code=BGDPTY | country=BGD | sector=PTY | kind=party
nld-myanmar | name=National League for Democracy | names=NLD; Myanmar's National League for Democracy | code=MMRPTY | country=MMR | sector=PTY | kind=party
usdp | name=Union Solidarity and Development Party | names=USDP; military-backed Union Solidarity and Development Party | code=MMRPTY | country=MMR | sector=PTY | kind=party
cambodian-peoples-party | name=Cambodian People's Party | names=CPP; Cambodia's ruling party | code=KHMPTY | country=KHM | sector=PTY | kind=party
communist-party-of-vietnam | name=Communist Party of Vietnam | names=Vietnamese Communist Party; Vietnam's Communist Party; CPV | code=VNMPTY | country=VNM | sector=PTY | kind=party
peoples-action-party | name=People's Action Party | names=PAP; Singapore's People's Action Party | code=SGPPTY | country=SGP | sector=PTY | kind=party
umno | name=United Malays National Organisation | names=UMNO; United Malays National Organization | code=MYSPTY | country=MYS | sector=PTY | kind=party
pheu-thai | name=Pheu Thai | names=Pheu Thai Party | code=THAPTY | country=THA | sector=PTY | kind=party
move-forward | name=Move Forward Party | names=Move Forward; Future Forward Party; People's Party of Thailand | code=THAPTY | country=THA | sector=PTY | kind=party
akp | name=Justice and Development Party | names=AKP; AK Party; AK Parti; Adalet ve Kalkınma Partisi; Turkey's ruling AK Party | code=TURPTY | country=TUR | sector=PTY | kind=party
chp | name=Republican People's Party | names=CHP; Cumhuriyet Halk Partisi; Turkey's main opposition party | code=TURPTY | country=TUR | sector=PTY | kind=party
mhp | name=Nationalist Movement Party | names=MHP; Milliyetçi Hareket Partisi | code=TURPTY | country=TUR | sector=PTY | kind=party
dem-party | name=Peoples' Equality and Democracy Party | names=DEM Party; Peoples' Democratic Party; HDP; pro-Kurdish DEM Party; pro-Kurdish HDP | code=TURPTY | country=TUR | sector=PTY | kind=party
likud | name=Likud | names=Likud party | code=ISRPTY | country=ISR | sector=PTY | kind=party
yesh-atid | name=Yesh Atid | names=Yesh Atid party | code=ISRPTY | country=ISR | sector=PTY | kind=party
shas | name=Shas | names=Shas party | code=ISRPTY | country=ISR | sector=PTY | kind=party
otzma-yehudit | name=Otzma Yehudit | names=Jewish Power; Jewish Power party; Otzma Yehudit party | code=ISRPTY | country=ISR | sector=PTY | kind=party
religious-zionist-party | name=Religious Zionist Party | names=Religious Zionism; Religious Zionism party | code=ISRPTY | country=ISR | sector=PTY | kind=party
yisrael-beiteinu | name=Yisrael Beiteinu | names=Yisrael Beytenu; Israel Our Home | code=ISRPTY | country=ISR | sector=PTY | kind=party
national-unity-israel | name=National Unity party | names=Blue and White; Benny Gantz's National Unity | code=ISRPTY | country=ISR | sector=PTY | kind=party
fatah | name=Fatah | names=Fateh; Palestinian National Liberation Movement; Harakat al-Tahrir al-Watani al-Filastini | code=PSEPTY | country=PSE | sector=PTY | kind=party
plo | name=Palestine Liberation Organization | names=PLO; Palestine Liberation Organisation; PLO Executive Committee | code=PSEGOV | country=PSE | sector=GOV | kind=other
muslim-brotherhood | name=Muslim Brotherhood | names=Society of the Muslim Brothers; Ikhwan; al-Ikhwan al-Muslimun; Egypt's Muslim Brotherhood | code=EGYOPP | country=EGY | sector=OPP | kind=movement
amal-movement | name=Amal Movement | names=Harakat Amal | code=LBNPTY | country=LBN | sector=PTY | kind=party
lebanese-forces | name=Lebanese Forces | names=Lebanese Forces party | code=LBNPTY | country=LBN | sector=PTY | kind=party
free-patriotic-movement | name=Free Patriotic Movement | names=FPM | code=LBNPTY | country=LBN | sector=PTY | kind=party
sadrist-movement | name=Sadrist Movement | names=Sadrists; Sadr movement; Shiite National Movement; Saraya al-Salam | code=IRQPTY | country=IRQ | sector=PTY | kind=party
kdp-iraq | name=Kurdistan Democratic Party | names=KDP | code=IRQPTY | country=IRQ | sector=PTY | kind=party
puk | name=Patriotic Union of Kurdistan | names=PUK | code=IRQPTY | country=IRQ | sector=PTY | kind=party
ennahda | name=Ennahda | names=Ennahdha; Ennahda party; Ennahda movement | code=TUNPTY | country=TUN | sector=PTY | kind=party
anc | name=African National Congress | names=ANC; South Africa's ruling ANC | code=ZAFPTY | country=ZAF | sector=PTY | kind=party
democratic-alliance-sa | name=Democratic Alliance | names=South Africa's Democratic Alliance | code=ZAFPTY | country=ZAF | sector=PTY | kind=party
eff | name=Economic Freedom Fighters | names=EFF | code=ZAFPTY | country=ZAF | sector=PTY | kind=party
mk-party | name=uMkhonto weSizwe party | names=MK party; uMkhonto we Sizwe party | code=ZAFPTY | country=ZAF | sector=PTY | kind=party
zanu-pf | name=ZANU-PF | names=Zimbabwe African National Union-Patriotic Front; ruling ZANU-PF | code=ZWEPTY | country=ZWE | sector=PTY | kind=party
mdc | name=Movement for Democratic Change | names=MDC; MDC Alliance; MDC-T | code=ZWEPTY | country=ZWE | sector=PTY | kind=party
ccc-zimbabwe | name=Citizens Coalition for Change | names=CCC; Zimbabwe's Citizens Coalition for Change | code=ZWEPTY | country=ZWE | sector=PTY | kind=party
odm | name=Orange Democratic Movement | names=ODM | code=KENPTY | country=KEN | sector=PTY | kind=party
nup-uganda | name=National Unity Platform | names=NUP | code=UGAPTY | country=UGA | sector=PTY | kind=party
pdp-nigeria | name=Peoples Democratic Party | names=Nigeria's Peoples Democratic Party | code=NGAPTY | country=NGA | sector=PTY | kind=party
apc-nigeria | name=All Progressives Congress | names=Nigeria's ruling All Progressives Congress | code=NGAPTY | country=NGA | sector=PTY | kind=party
chadema | name=Chadema | names=Chama cha Demokrasia na Maendeleo; Party for Democracy and Progress | code=TZAPTY | country=TZA | sector=PTY | kind=party
ccm-tanzania | name=Chama Cha Mapinduzi | names=CCM; Tanzania's ruling CCM | code=TZAPTY | country=TZA | sector=PTY | kind=party
pastef | name=PASTEF | names=African Patriots of Senegal for Work, Ethics and Fraternity | code=SENPTY | country=SEN | sector=PTY | kind=party

# ---------------------------------------------------------------- movements and labour
black-lives-matter | name=Black Lives Matter | names=Black Lives Matter movement | code=USAHRI | country=USA | sector=HRI | kind=movement
extinction-rebellion | name=Extinction Rebellion | names=XR; Extinction Rebellion activists | code=---ENV | country= | sector=ENV | kind=movement
fridays-for-future | name=Fridays for Future | names=school strike for climate; Skolstrejk for klimatet | code=---ENV | country= | sector=ENV | kind=movement
just-stop-oil | name=Just Stop Oil | names=Just Stop Oil activists | code=GBRENV | country=GBR | sector=ENV | kind=movement
last-generation | name=Last Generation | names=Letzte Generation; Last Generation climate activists | code=DEUENV | country=DEU | sector=ENV | kind=movement
yellow-vests | name=Yellow Vests | names=gilets jaunes; yellow vest movement; yellow vest protesters | code=FRACVL | country=FRA | sector=CVL | kind=movement
solidarity-poland | name=Solidarity trade union | names=Solidarnosc; Solidarność; NSZZ Solidarność; Solidarity movement; Independent Self-Governing Trade Union Solidarity | code=POLLAB | country=POL | sector=LAB | kind=movement
otpor | name=Otpor | names=Otpor!; Otpor movement | code=SRBOPP | country=SRB | sector=OPP | kind=movement
gulen-movement | name=Gulen movement | names=Gülen movement; Hizmet; Hizmet movement; FETO; Fethullahist Terrorist Organisation; Gulenists | code=TUROPP | country=TUR | sector=OPP | kind=movement
proud-boys | name=Proud Boys | names=Proud Boys group | code=USARAD | country=USA | sector=RAD | kind=movement
oath-keepers | name=Oath Keepers | names=Oath Keepers militia | code=USARAD | country=USA | sector=RAD | kind=movement
anti-corruption-foundation | name=Anti-Corruption Foundation | names=FBK; Fund for Combating Corruption; Navalny's Anti-Corruption Foundation; Navalny's team | code=RUSOPP | country=RUS | sector=OPP | kind=movement
tibetan-government-in-exile | name=Central Tibetan Administration | names=Tibetan government-in-exile; Tibetan government in exile | code=CHNOPP | country=CHN | sector=OPP | kind=other
falun-gong | name=Falun Gong | names=Falun Dafa | code=CHNREL | country=CHN | sector=REL | kind=religious
afl-cio | name=AFL-CIO | names=American Federation of Labor and Congress of Industrial Organizations | code=USALAB | country=USA | sector=LAB | kind=other
uaw | name=United Auto Workers | names=UAW; United Automobile Workers | code=USALAB | country=USA | sector=LAB | kind=other
teamsters | name=International Brotherhood of Teamsters | names=Teamsters; Teamsters union | code=USALAB | country=USA | sector=LAB | kind=other
tuc | name=Trades Union Congress | names=TUC | code=GBRLAB | country=GBR | sector=LAB | kind=other
ig-metall | name=IG Metall | names=IG Metall union | code=DEULAB | country=DEU | sector=LAB | kind=other
cgt-france | name=General Confederation of Labour | names=CGT; Confédération générale du travail; CGT union | code=FRALAB | country=FRA | sector=LAB | kind=other
cosatu | name=Congress of South African Trade Unions | names=COSATU | code=ZAFLAB | country=ZAF | sector=LAB | kind=other
ituc | name=International Trade Union Confederation | names=ITUC | code=---LAB | country= | sector=LAB | kind=other

# ---------------------------------------------------------------- state and national news agencies and broadcasters
xinhua | name=Xinhua News Agency | names=Xinhua; New China News Agency; China's official Xinhua news agency | code=CHNMED | country=CHN | sector=MED | kind=media
cctv | name=China Central Television | names=Chinese state broadcaster CCTV; state broadcaster CCTV; CCTV-13 | code=CHNMED | country=CHN | sector=MED | kind=media
cgtn | name=CGTN | names=China Global Television Network | code=CHNMED | country=CHN | sector=MED | kind=media
global-times | name=Global Times | names=China's Global Times | code=CHNMED | country=CHN | sector=MED | kind=media
peoples-daily | name=People's Daily | names=Renmin Ribao | code=CHNMED | country=CHN | sector=MED | kind=media
china-daily | name=China Daily | code=CHNMED | country=CHN | sector=MED | kind=media
tass | name=TASS | names=ITAR-TASS; TASS news agency; Russian News Agency TASS | code=RUSMED | country=RUS | sector=MED | kind=media
ria-novosti | name=RIA Novosti | names=RIA; RIA news agency | code=RUSMED | country=RUS | sector=MED | kind=media
interfax | name=Interfax | names=Interfax news agency | code=RUSMED | country=RUS | sector=MED | kind=media
sputnik | name=Sputnik | names=Sputnik news agency; Sputnik News | code=RUSMED | country=RUS | sector=MED | kind=media
rt | name=RT | names=Russia Today; RT television; RT network | code=RUSMED | country=RUS | sector=MED | kind=media
kommersant | name=Kommersant | names=Kommersant newspaper | code=RUSMED | country=RUS | sector=MED | kind=media
izvestia | name=Izvestia | names=Izvestiya | code=RUSMED | country=RUS | sector=MED | kind=media
novaya-gazeta | name=Novaya Gazeta | names=Novaya Gazeta Europe | code=RUSMED | country=RUS | sector=MED | kind=media
meduza | name=Meduza | names=Meduza news site | code=RUSMED | country=RUS | sector=MED | kind=media
kcna | name=Korean Central News Agency | names=KCNA; North Korea's official KCNA | code=PRKMED | country=PRK | sector=MED | kind=media
rodong-sinmun | name=Rodong Sinmun | names=Rodong Sinmun newspaper | code=PRKMED | country=PRK | sector=MED | kind=media
yonhap | name=Yonhap News Agency | names=Yonhap | code=KORMED | country=KOR | sector=MED | kind=media
kyodo | name=Kyodo News | names=Kyodo; Kyodo news agency | code=JPNMED | country=JPN | sector=MED | kind=media
jiji-press | name=Jiji Press | names=Jiji | code=JPNMED | country=JPN | sector=MED | kind=media
nhk | name=NHK | names=Japan Broadcasting Corporation; public broadcaster NHK | code=JPNMED | country=JPN | sector=MED | kind=media
nikkei | name=Nihon Keizai Shimbun | names=Nikkei Asia; Nikkei newspaper; Nikkei business daily | code=JPNMED | country=JPN | sector=MED | kind=media
irna | name=Islamic Republic News Agency | names=IRNA | code=IRNMED | country=IRN | sector=MED | kind=media
fars | name=Fars News Agency | names=Fars | code=IRNMED | country=IRN | sector=MED | kind=media
tasnim | name=Tasnim News Agency | names=Tasnim | code=IRNMED | country=IRN | sector=MED | kind=media
mehr | name=Mehr News Agency | names=Mehr | code=IRNMED | country=IRN | sector=MED | kind=media
isna | name=Iranian Students' News Agency | names=ISNA | code=IRNMED | country=IRN | sector=MED | kind=media
press-tv | name=Press TV | names=PressTV | code=IRNMED | country=IRN | sector=MED | kind=media
anadolu | name=Anadolu Agency | names=Anadolu; Anadolu Ajansi; AA news agency | code=TURMED | country=TUR | sector=MED | kind=media
trt | name=TRT | names=Turkish Radio and Television Corporation; TRT World | code=TURMED | country=TUR | sector=MED | kind=media
daily-sabah | name=Daily Sabah | code=TURMED | country=TUR | sector=MED | kind=media
sana | name=Syrian Arab News Agency | names=SANA | code=SYRMED | country=SYR | sector=MED | kind=media
wafa | name=WAFA | names=WAFA news agency; Palestinian News and Information Agency | code=PSEMED | country=PSE | sector=MED | kind=media
mena | name=Middle East News Agency | names=Egypt's Middle East News Agency | code=EGYMED | country=EGY | sector=MED | kind=media
al-ahram | name=Al-Ahram | names=Al Ahram; Ahram Online | code=EGYMED | country=EGY | sector=MED | kind=media
spa | name=Saudi Press Agency | names=Saudi state news agency | code=SAUMED | country=SAU | sector=MED | kind=media
arab-news | name=Arab News | code=SAUMED | country=SAU | sector=MED | kind=media
asharq-al-awsat | name=Asharq Al-Awsat | names=Asharq Al Awsat | code=SAUMED | country=SAU | sector=MED | kind=media
al-arabiya | name=Al Arabiya | names=Al-Arabiya; Al Arabiya TV; Al Hadath | code=SAUMED | country=SAU | sector=MED | kind=media
wam | name=Emirates News Agency | names=WAM | code=AREMED | country=ARE | sector=MED | kind=media
qna | name=Qatar News Agency | names=QNA | code=QATMED | country=QAT | sector=MED | kind=media
al-jazeera | name=Al Jazeera | names=Al-Jazeera; Al Jazeera English; Al Jazeera Arabic; Aljazeera | code=QATMED | country=QAT | sector=MED | kind=media
kuna | name=Kuwait News Agency | names=KUNA | code=KWTMED | country=KWT | sector=MED | kind=media
ina-iraq | name=Iraqi News Agency | names=INA | code=IRQMED | country=IRQ | sector=MED | kind=media
al-manar | name=Al-Manar | names=Al Manar; Al-Manar TV; Hezbollah's Al-Manar | code=LBNMED | country=LBN | sector=MED | kind=media
al-mayadeen | name=Al Mayadeen | names=Al-Mayadeen | code=LBNMED | country=LBN | sector=MED | kind=media
al-masirah | name=Al-Masirah | names=Al Masirah; Houthi-run Al-Masirah TV; Al-Masirah TV | code=YEMMED | country=YEM | sector=MED | kind=media
saba | name=Saba news agency | names=Houthi-run Saba news agency; Yemen News Agency | code=YEMMED | country=YEM | sector=MED | kind=media
petra | name=Jordan News Agency | names=Petra news agency | code=JORMED | country=JOR | sector=MED | kind=media
aps-algeria | name=Algeria Press Service | names=APS; Algerie Presse Service | code=DZAMED | country=DZA | sector=MED | kind=media
map-morocco | name=Maghreb Arabe Presse | names=Moroccan news agency MAP; MAP news agency | code=MARMED | country=MAR | sector=MED | kind=media
press-trust-of-india | name=Press Trust of India | names=PTI news agency | code=INDMED | country=IND | sector=MED | kind=media
ani | name=Asian News International | names=ANI; ANI news agency | code=INDMED | country=IND | sector=MED | kind=media
times-of-india | name=Times of India | code=INDMED | country=IND | sector=MED | kind=media
hindustan-times | name=Hindustan Times | code=INDMED | country=IND | sector=MED | kind=media
app-pakistan | name=Associated Press of Pakistan | names=APP news agency | code=PAKMED | country=PAK | sector=MED | kind=media
dawn | name=Dawn newspaper | names=Dawn News; Pakistan's Dawn newspaper | code=PAKMED | country=PAK | sector=MED | kind=media
bernama | name=Bernama | names=Malaysian National News Agency | code=MYSMED | country=MYS | sector=MED | kind=media
antara | name=Antara | names=Antara news agency; Antara News | code=IDNMED | country=IDN | sector=MED | kind=media
pna-philippines | name=Philippine News Agency | names=PNA news agency | code=PHLMED | country=PHL | sector=MED | kind=media
vna | name=Vietnam News Agency | names=VNA | code=VNMMED | country=VNM | sector=MED | kind=media
scmp | name=South China Morning Post | names=SCMP | code=HKGMED | country=HKG | sector=MED | kind=media
straits-times | name=Straits Times | code=SGPMED | country=SGP | sector=MED | kind=media
ukrinform | name=Ukrinform | names=Ukrinform news agency | code=UKRMED | country=UKR | sector=MED | kind=media
ukrainska-pravda | name=Ukrainska Pravda | names=Ukrainian Pravda | code=UKRMED | country=UKR | sector=MED | kind=media
kyiv-independent | name=Kyiv Independent | code=UKRMED | country=UKR | sector=MED | kind=media
belta | name=BelTA | names=Belarusian Telegraph Agency | code=BLRMED | country=BLR | sector=MED | kind=media
haaretz | name=Haaretz | code=ISRMED | country=ISR | sector=MED | kind=media
times-of-israel | name=Times of Israel | code=ISRMED | country=ISR | sector=MED | kind=media
jerusalem-post | name=Jerusalem Post | names=JPost | code=ISRMED | country=ISR | sector=MED | kind=media
kan | name=Kan public broadcaster | names=Kan 11; Israeli public broadcaster Kan | code=ISRMED | country=ISR | sector=MED | kind=media
prensa-latina | name=Prensa Latina | code=CUBMED | country=CUB | sector=MED | kind=media
granma | name=Granma | names=Granma newspaper | code=CUBMED | country=CUB | sector=MED | kind=media
telesur | name=Telesur | code=VENMED | country=VEN | sector=MED | kind=media
sabc | name=South African Broadcasting Corporation | names=SABC | code=ZAFMED | country=ZAF | sector=MED | kind=media

# ---------------------------------------------------------------- international and Western news media
reuters | name=Reuters | names=Reuters news agency; Thomson Reuters | code=GBRMED | country=GBR | sector=MED | kind=media
associated-press | name=Associated Press | names=AP; A.P.; AP news agency | code=USAMED | country=USA | sector=MED | kind=media
afp | name=Agence France-Presse | names=AFP; Agence France Presse; French news agency AFP | code=FRAMED | country=FRA | sector=MED | kind=media
dpa | name=Deutsche Presse-Agentur | names=dpa; DPA news agency; German Press Agency | code=DEUMED | country=DEU | sector=MED | kind=media
efe | name=EFE | names=Agencia EFE; EFE news agency | code=ESPMED | country=ESP | sector=MED | kind=media
ansa | name=ANSA | names=Agenzia Nazionale Stampa Associata; ANSA news agency | code=ITAMED | country=ITA | sector=MED | kind=media
bloomberg | name=Bloomberg News | names=Bloomberg; Bloomberg L.P.; Bloomberg TV | code=USAMED | country=USA | sector=MED | kind=media
bbc | name=BBC | names=British Broadcasting Corporation; BBC News; BBC World Service | code=GBRMED | country=GBR | sector=MED | kind=media
sky-news | name=Sky News | code=GBRMED | country=GBR | sector=MED | kind=media
financial-times | name=Financial Times | code=GBRMED | country=GBR | sector=MED | kind=media
guardian | name=Guardian | names=Guardian newspaper; Guardian Media Group; Observer newspaper | code=GBRMED | country=GBR | sector=MED | kind=media
times-london | name=Times of London | names=London Times; Sunday Times | code=GBRMED | country=GBR | sector=MED | kind=media
telegraph | name=Daily Telegraph | names=Telegraph newspaper | code=GBRMED | country=GBR | sector=MED | kind=media
economist | name=Economist magazine | names=Economist newspaper | code=GBRMED | country=GBR | sector=MED | kind=media
cnn | name=CNN | names=Cable News Network; CNN International | code=USAMED | country=USA | sector=MED | kind=media
fox-news | name=Fox News | names=Fox News Channel; Fox News Network | code=USAMED | country=USA | sector=MED | kind=media
cbs-news | name=CBS News | names=CBS | code=USAMED | country=USA | sector=MED | kind=media
nbc-news | name=NBC News | names=NBC | code=USAMED | country=USA | sector=MED | kind=media
npr | name=NPR | names=National Public Radio | code=USAMED | country=USA | sector=MED | kind=media
new-york-times | name=New York Times | names=NYT; N.Y. Times; NYTimes | code=USAMED | country=USA | sector=MED | kind=media
washington-post | name=Washington Post | names=WaPo | code=USAMED | country=USA | sector=MED | kind=media
wall-street-journal | name=Wall Street Journal | names=WSJ | code=USAMED | country=USA | sector=MED | kind=media
politico | name=Politico | names=Politico Europe | code=USAMED | country=USA | sector=MED | kind=media
axios | name=Axios | code=USAMED | country=USA | sector=MED | kind=media
voice-of-america | name=Voice of America | names=VOA | code=USAMED | country=USA | sector=MED | kind=media
rferl | name=Radio Free Europe/Radio Liberty | names=RFE/RL; Radio Free Europe; Radio Liberty; Radio Svoboda | code=USAMED | country=USA | sector=MED | kind=media
radio-free-asia | name=Radio Free Asia | names=RFA | code=USAMED | country=USA | sector=MED | kind=media
le-monde | name=Le Monde | code=FRAMED | country=FRA | sector=MED | kind=media
le-figaro | name=Le Figaro | names=Figaro | code=FRAMED | country=FRA | sector=MED | kind=media
france-24 | name=France 24 | names=France24 | code=FRAMED | country=FRA | sector=MED | kind=media
rfi | name=Radio France Internationale | names=RFI | code=FRAMED | country=FRA | sector=MED | kind=media
der-spiegel | name=Der Spiegel | names=Spiegel; Spiegel magazine | code=DEUMED | country=DEU | sector=MED | kind=media
deutsche-welle | name=Deutsche Welle | names=DW; DW News | code=DEUMED | country=DEU | sector=MED | kind=media
bild | name=Bild | names=Bild newspaper; Bild-Zeitung | code=DEUMED | country=DEU | sector=MED | kind=media
el-pais | name=El Pais | names=El País | code=ESPMED | country=ESP | sector=MED | kind=media
corriere-della-sera | name=Corriere della Sera | code=ITAMED | country=ITA | sector=MED | kind=media
euronews | name=Euronews | code=FRAMED | country=FRA | sector=MED | kind=media
wikileaks | name=WikiLeaks | code=---MED | country= | sector=MED | kind=media
bellingcat | name=Bellingcat | code=---MED | country= | sector=MED | kind=media

# ---------------------------------------------------------------- NGOs, humanitarian bodies and think tanks
amnesty-international | name=Amnesty International | names=Amnesty International USA; Amnesty International UK | code=---NGO | country= | sector=NGO | kind=ngo
human-rights-watch | name=Human Rights Watch | names=HRW | code=---NGO | country= | sector=NGO | kind=ngo
icrc | name=International Committee of the Red Cross | names=ICRC; Red Cross; International Red Cross | code=---NGO | country= | sector=NGO | kind=ngo
ifrc | name=International Federation of Red Cross and Red Crescent Societies | names=IFRC; Red Cross and Red Crescent | code=---NGO | country= | sector=NGO | kind=ngo
red-crescent | name=Red Crescent | names=Red Crescent Society | code=---NGO | country= | sector=NGO | kind=ngo
palestine-red-crescent | name=Palestine Red Crescent Society | names=Palestinian Red Crescent; PRCS; Palestinian Red Crescent Society | code=PSENGO | country=PSE | sector=NGO | kind=ngo
syrian-arab-red-crescent | name=Syrian Arab Red Crescent | names=SARC; Syrian Red Crescent | code=SYRNGO | country=SYR | sector=NGO | kind=ngo
magen-david-adom | name=Magen David Adom | names=MDA; Israel's Magen David Adom | code=ISRNGO | country=ISR | sector=NGO | kind=ngo
msf | name=Doctors Without Borders | names=Médecins Sans Frontières; Medecins Sans Frontieres; MSF | code=---NGO | country= | sector=NGO | kind=ngo
oxfam | name=Oxfam | names=Oxfam International | code=---NGO | country= | sector=NGO | kind=ngo
save-the-children | name=Save the Children | names=Save the Children International | code=---NGO | country= | sector=NGO | kind=ngo
greenpeace | name=Greenpeace | names=Greenpeace International | code=---NGO | country= | sector=NGO | kind=ngo
wwf | name=World Wide Fund for Nature | names=WWF; World Wildlife Fund | code=---NGO | country= | sector=NGO | kind=ngo
transparency-international | name=Transparency International | code=---NGO | country= | sector=NGO | kind=ngo
reporters-without-borders | name=Reporters Without Borders | names=Reporters sans frontières; Reporters sans frontieres | code=---NGO | country= | sector=NGO | kind=ngo
cpj | name=Committee to Protect Journalists | names=CPJ | code=---NGO | country= | sector=NGO | kind=ngo
international-crisis-group | name=International Crisis Group | names=Crisis Group; ICG | code=---NGO | country= | sector=NGO | kind=ngo
international-rescue-committee | name=International Rescue Committee | names=IRC | code=---NGO | country= | sector=NGO | kind=ngo
norwegian-refugee-council | name=Norwegian Refugee Council | code=NORNGO | country=NOR | sector=NGO | kind=ngo
care-international | name=CARE International | names=CARE charity | code=---NGO | country= | sector=NGO | kind=ngo
world-vision | name=World Vision | names=World Vision International | code=---NGO | country= | sector=NGO | kind=ngo
mercy-corps | name=Mercy Corps | code=---NGO | country= | sector=NGO | kind=ngo
islamic-relief | name=Islamic Relief | names=Islamic Relief Worldwide | code=---NGO | country= | sector=NGO | kind=ngo
actionaid | name=ActionAid | names=ActionAid International | code=---NGO | country= | sector=NGO | kind=ngo
ican | name=International Campaign to Abolish Nuclear Weapons | names=ICAN | code=---NGO | country= | sector=NGO | kind=ngo
freedom-house | name=Freedom House | code=USANGO | country=USA | sector=NGO | kind=ngo
memorial | name=Memorial human rights group | names=Memorial Human Rights Centre; Memorial International; Memorial rights group | code=RUSNGO | country=RUS | sector=NGO | kind=ngo
ovd-info | name=OVD-Info | names=OVD Info | code=RUSNGO | country=RUS | sector=NGO | kind=ngo
btselem | name=B'Tselem | names=BTselem; B’Tselem | code=ISRNGO | country=ISR | sector=NGO | kind=ngo
peace-now | name=Peace Now | names=Shalom Achshav | code=ISRNGO | country=ISR | sector=NGO | kind=ngo
al-haq | name=Al-Haq | names=Al Haq | code=PSENGO | country=PSE | sector=NGO | kind=ngo
sohr | name=Syrian Observatory for Human Rights | names=SOHR; Britain-based Syrian Observatory for Human Rights; Syrian Observatory | code=SYRNGO | country=SYR | sector=NGO | kind=ngo
white-helmets | name=White Helmets | names=Syria Civil Defence; Syrian Civil Defence | code=SYRNGO | country=SYR | sector=NGO | kind=ngo
gates-foundation | name=Gates Foundation | names=Bill & Melinda Gates Foundation; Bill and Melinda Gates Foundation | code=USANGO | country=USA | sector=NGO | kind=ngo
open-society-foundations | name=Open Society Foundations | names=Open Society Foundation; Soros foundation | code=USANGO | country=USA | sector=NGO | kind=ngo
gavi | name=Gavi | names=Gavi, the Vaccine Alliance; Vaccine Alliance | code=---NGO | country= | sector=NGO | kind=other
global-fund | name=Global Fund to Fight AIDS, Tuberculosis and Malaria | names=Global Fund | code=---NGO | country= | sector=NGO | kind=other
world-economic-forum | name=World Economic Forum | names=WEF; Davos forum | code=---NGO | country= | sector=NGO | kind=other
international-olympic-committee | name=International Olympic Committee | names=IOC | code=---NGO | country= | sector=NGO | kind=other
fifa | name=FIFA | names=Fédération Internationale de Football Association; world football's governing body | code=---NGO | country= | sector=NGO | kind=other
uefa | name=UEFA | names=Union of European Football Associations | code=---NGO | country= | sector=NGO | kind=other
wada | name=World Anti-Doping Agency | names=WADA | code=---NGO | country= | sector=NGO | kind=other
norwegian-nobel-committee | name=Norwegian Nobel Committee | names=Nobel Committee | code=NORNGO | country=NOR | sector=NGO | kind=other
sipri | name=Stockholm International Peace Research Institute | names=SIPRI | code=SWENGO | country=SWE | sector=NGO | kind=other
iiss | name=International Institute for Strategic Studies | names=IISS | code=GBRNGO | country=GBR | sector=NGO | kind=other
chatham-house | name=Chatham House | names=Royal Institute of International Affairs | code=GBRNGO | country=GBR | sector=NGO | kind=other
institute-for-the-study-of-war | name=Institute for the Study of War | names=ISW; Washington-based Institute for the Study of War | code=USANGO | country=USA | sector=NGO | kind=other
atlantic-council | name=Atlantic Council | code=USANGO | country=USA | sector=NGO | kind=other
council-on-foreign-relations | name=Council on Foreign Relations | names=CFR | code=USANGO | country=USA | sector=NGO | kind=other
heritage-foundation | name=Heritage Foundation | code=USANGO | country=USA | sector=NGO | kind=other
brookings | name=Brookings Institution | names=Brookings | code=USANGO | country=USA | sector=NGO | kind=other
rand | name=RAND Corporation | names=RAND think tank | code=USANGO | country=USA | sector=NGO | kind=other
carnegie-endowment | name=Carnegie Endowment for International Peace | names=Carnegie Endowment | code=USANGO | country=USA | sector=NGO | kind=other
acled | name=Armed Conflict Location and Event Data | names=ACLED; Armed Conflict Location & Event Data Project | code=USANGO | country=USA | sector=NGO | kind=other

# ---------------------------------------------------------------- companies often in political news
gazprom | name=Gazprom | names=Gazprom PJSC; Russian gas giant Gazprom | code=RUSBUS | country=RUS | sector=BUS | kind=company
gazprom-neft | name=Gazprom Neft | code=RUSBUS | country=RUS | sector=BUS | kind=company
rosneft | name=Rosneft | names=Rosneft Oil Company | code=RUSBUS | country=RUS | sector=BUS | kind=company
lukoil | name=Lukoil | code=RUSBUS | country=RUS | sector=BUS | kind=company
novatek | name=Novatek | code=RUSBUS | country=RUS | sector=BUS | kind=company
rosatom | name=Rosatom | names=Russian state nuclear corporation Rosatom; Rosatom State Atomic Energy Corporation | code=RUSBUS | country=RUS | sector=BUS | kind=company
sberbank | name=Sberbank | names=Sber | code=RUSBUS | country=RUS | sector=BUS | kind=company
vtb | name=VTB Bank | names=VTB | code=RUSBUS | country=RUS | sector=BUS | kind=company
rusal | name=Rusal | names=United Company Rusal; En+ Group | code=RUSBUS | country=RUS | sector=BUS | kind=company
rosoboronexport | name=Rosoboronexport | code=RUSBUS | country=RUS | sector=BUS | kind=company
nord-stream-ag | name=Nord Stream AG | names=Nord Stream 2 AG; Nord Stream operator | code=RUSBUS | country=RUS | sector=BUS | kind=company
naftogaz | name=Naftogaz | names=Naftogaz of Ukraine; Naftogaz Ukrainy | code=UKRBUS | country=UKR | sector=BUS | kind=company
ukrenergo | name=Ukrenergo | code=UKRBUS | country=UKR | sector=BUS | kind=company
saudi-aramco | name=Saudi Aramco | names=Aramco; Saudi Arabian Oil Company | code=SAUBUS | country=SAU | sector=BUS | kind=company
public-investment-fund | name=Public Investment Fund | names=PIF; Saudi Public Investment Fund; Saudi sovereign wealth fund | code=SAUBUS | country=SAU | sector=BUS | kind=company
adnoc | name=Abu Dhabi National Oil Company | names=ADNOC | code=AREBUS | country=ARE | sector=BUS | kind=company
qatarenergy | name=QatarEnergy | names=Qatar Petroleum; Qatar Energy | code=QATBUS | country=QAT | sector=BUS | kind=company
qatar-investment-authority | name=Qatar Investment Authority | names=QIA | code=QATBUS | country=QAT | sector=BUS | kind=company
nioc | name=National Iranian Oil Company | names=NIOC | code=IRNBUS | country=IRN | sector=BUS | kind=company
pdvsa | name=Petroleos de Venezuela | names=PDVSA; Petróleos de Venezuela; Venezuelan state oil company | code=VENBUS | country=VEN | sector=BUS | kind=company
pemex | name=Pemex | names=Petroleos Mexicanos; Petróleos Mexicanos | code=MEXBUS | country=MEX | sector=BUS | kind=company
petrobras | name=Petrobras | names=Petroleo Brasileiro; Petróleo Brasileiro | code=BRABUS | country=BRA | sector=BUS | kind=company
sinopec | name=Sinopec | names=China Petroleum & Chemical Corporation; China Petrochemical Corporation | code=CHNBUS | country=CHN | sector=BUS | kind=company
cnpc | name=China National Petroleum Corporation | names=CNPC; PetroChina | code=CHNBUS | country=CHN | sector=BUS | kind=company
cnooc | name=CNOOC | names=China National Offshore Oil Corporation | code=CHNBUS | country=CHN | sector=BUS | kind=company
huawei | name=Huawei | names=Huawei Technologies | code=CHNBUS | country=CHN | sector=BUS | kind=company
zte | name=ZTE | names=ZTE Corporation; ZTE Corp | code=CHNBUS | country=CHN | sector=BUS | kind=company
bytedance | name=ByteDance | code=CHNBUS | country=CHN | sector=BUS | kind=company
tiktok | name=TikTok | names=Douyin | code=CHNBUS | country=CHN | sector=BUS | kind=company
tencent | name=Tencent | names=Tencent Holdings | code=CHNBUS | country=CHN | sector=BUS | kind=company
alibaba | name=Alibaba | names=Alibaba Group | code=CHNBUS | country=CHN | sector=BUS | kind=company
smic | name=Semiconductor Manufacturing International Corporation | names=SMIC | code=CHNBUS | country=CHN | sector=BUS | kind=company
catl | name=CATL | names=Contemporary Amperex Technology | code=CHNBUS | country=CHN | sector=BUS | kind=company
byd | name=BYD | names=BYD Auto | code=CHNBUS | country=CHN | sector=BUS | kind=company
dji | name=DJI | names=DJI drone maker | code=CHNBUS | country=CHN | sector=BUS | kind=company
hikvision | name=Hikvision | code=CHNBUS | country=CHN | sector=BUS | kind=company
deepseek | name=DeepSeek | code=CHNBUS | country=CHN | sector=BUS | kind=company
norinco | name=Norinco | names=China North Industries Group | code=CHNBUS | country=CHN | sector=BUS | kind=company
cosco | name=COSCO | names=COSCO Shipping; China COSCO Shipping | code=CHNBUS | country=CHN | sector=BUS | kind=company
evergrande | name=Evergrande | names=China Evergrande; China Evergrande Group | code=CHNBUS | country=CHN | sector=BUS | kind=company
ck-hutchison | name=CK Hutchison | names=CK Hutchison Holdings; Hutchison Ports | code=HKGBUS | country=HKG | sector=BUS | kind=company
tsmc | name=Taiwan Semiconductor Manufacturing Company | names=TSMC; Taiwan Semiconductor Manufacturing Co | code=TWNBUS | country=TWN | sector=BUS | kind=company
samsung | name=Samsung | names=Samsung Electronics; Samsung Group | code=KORBUS | country=KOR | sector=BUS | kind=company
adani-group | name=Adani Group | names=Adani Enterprises | code=INDBUS | country=IND | sector=BUS | kind=company
reliance-industries | name=Reliance Industries | names=Reliance Industries Ltd | code=INDBUS | country=IND | sector=BUS | kind=company
tata-group | name=Tata Group | names=Tata Sons | code=INDBUS | country=IND | sector=BUS | kind=company
nvidia | name=Nvidia | code=USABUS | country=USA | sector=BUS | kind=company
apple | name=Apple Inc | names=Apple Inc.; iPhone maker Apple | code=USABUS | country=USA | sector=BUS | kind=company
microsoft | name=Microsoft | names=Microsoft Corp | code=USABUS | country=USA | sector=BUS | kind=company
alphabet | name=Google | names=Alphabet; Alphabet Inc; Google LLC | code=USABUS | country=USA | sector=BUS | kind=company
meta | name=Meta Platforms | names=Meta; Facebook parent Meta; Facebook Inc | code=USABUS | country=USA | sector=BUS | kind=company
tesla | name=Tesla | names=Tesla Inc | code=USABUS | country=USA | sector=BUS | kind=company
spacex | name=SpaceX | names=Space Exploration Technologies | code=USABUS | country=USA | sector=BUS | kind=company
openai | name=OpenAI | names=Open AI | code=USABUS | country=USA | sector=BUS | kind=company
palantir | name=Palantir | names=Palantir Technologies | code=USABUS | country=USA | sector=BUS | kind=company
boeing | name=Boeing | names=Boeing Co | code=USABUS | country=USA | sector=BUS | kind=company
lockheed-martin | name=Lockheed Martin | names=Lockheed | code=USABUS | country=USA | sector=BUS | kind=company
rtx | name=RTX | names=Raytheon; RTX Corp; Raytheon Technologies | code=USABUS | country=USA | sector=BUS | kind=company
northrop-grumman | name=Northrop Grumman | code=USABUS | country=USA | sector=BUS | kind=company
exxonmobil | name=ExxonMobil | names=Exxon Mobil; Exxon | code=USABUS | country=USA | sector=BUS | kind=company
chevron | name=Chevron | names=Chevron Corp | code=USABUS | country=USA | sector=BUS | kind=company
blackrock | name=BlackRock | code=USABUS | country=USA | sector=BUS | kind=company
bp | name=BP | names=BP plc; British Petroleum | code=GBRBUS | country=GBR | sector=BUS | kind=company
shell | name=Shell plc | names=Royal Dutch Shell; oil major Shell | code=GBRBUS | country=GBR | sector=BUS | kind=company
bae-systems | name=BAE Systems | code=GBRBUS | country=GBR | sector=BUS | kind=company
totalenergies | name=TotalEnergies | names=French oil major Total | code=FRABUS | country=FRA | sector=BUS | kind=company
airbus | name=Airbus | code=FRABUS | country=FRA | sector=BUS | kind=company
dassault-aviation | name=Dassault Aviation | names=Dassault | code=FRABUS | country=FRA | sector=BUS | kind=company
rheinmetall | name=Rheinmetall | code=DEUBUS | country=DEU | sector=BUS | kind=company
equinor | name=Equinor | names=Statoil | code=NORBUS | country=NOR | sector=BUS | kind=company
eni | name=Eni | code=ITABUS | country=ITA | sector=BUS | kind=company
maersk | name=Maersk | names=A.P. Moller-Maersk; AP Moller-Maersk | code=DNKBUS | country=DNK | sector=BUS | kind=company
swift | name=SWIFT banking network | names=Society for Worldwide Interbank Financial Telecommunication; SWIFT network; SWIFT system; SWIFT payment system; SWIFT international payments system | code=BELBUS | country=BEL | sector=BUS | kind=company

# ---------------------------------------------------------------- religious bodies
catholic-church | name=Catholic Church | names=Roman Catholic Church | code=---REL | country= | sector=REL | kind=religious
russian-orthodox-church | name=Russian Orthodox Church | names=Moscow Patriarchate | code=RUSREL | country=RUS | sector=REL | kind=religious
orthodox-church-of-ukraine | name=Orthodox Church of Ukraine | names=OCU; independent Orthodox Church of Ukraine | code=UKRREL | country=UKR | sector=REL | kind=religious
ukrainian-orthodox-church | name=Ukrainian Orthodox Church | names=Ukrainian Orthodox Church of the Moscow Patriarchate; UOC-MP; UOC | code=UKRREL | country=UKR | sector=REL | kind=religious
ukrainian-greek-catholic-church | name=Ukrainian Greek Catholic Church | names=UGCC | code=UKRREL | country=UKR | sector=REL | kind=religious
ecumenical-patriarchate | name=Ecumenical Patriarchate of Constantinople | names=Ecumenical Patriarchate | code=TURREL | country=TUR | sector=REL | kind=religious
serbian-orthodox-church | name=Serbian Orthodox Church | code=SRBREL | country=SRB | sector=REL | kind=religious
georgian-orthodox-church | name=Georgian Orthodox Church | names=Georgian Patriarchate | code=GEOREL | country=GEO | sector=REL | kind=religious
armenian-apostolic-church | name=Armenian Apostolic Church | names=Armenian Church | code=ARMREL | country=ARM | sector=REL | kind=religious
church-of-england | name=Church of England | names=C of E | code=GBRREL | country=GBR | sector=REL | kind=religious
anglican-communion | name=Anglican Communion | code=---REL | country= | sector=REL | kind=religious
world-council-of-churches | name=World Council of Churches | names=WCC | code=---REL | country= | sector=REL | kind=religious
coptic-orthodox-church | name=Coptic Orthodox Church | names=Coptic Church; Coptic Orthodox Church of Alexandria | code=EGYREL | country=EGY | sector=REL | kind=religious
maronite-church | name=Maronite Church | names=Maronite Patriarchate | code=LBNREL | country=LBN | sector=REL | kind=religious
al-azhar | name=Al-Azhar | names=Al Azhar; Al-Azhar University; Al-Azhar mosque | code=EGYREL | country=EGY | sector=REL | kind=religious
chief-rabbinate-of-israel | name=Chief Rabbinate of Israel | names=Chief Rabbinate; Israel's Chief Rabbinate | code=ISRREL | country=ISR | sector=REL | kind=religious
nahdlatul-ulama | name=Nahdlatul Ulama | names=Nahdlatul Ulama organisation | code=IDNREL | country=IDN | sector=REL | kind=religious
muhammadiyah | name=Muhammadiyah | code=IDNREL | country=IDN | sector=REL | kind=religious
unification-church | name=Unification Church | names=Family Federation for World Peace and Unification; Moonies | code=KORREL | country=KOR | sector=REL | kind=religious
shincheonji | name=Shincheonji Church of Jesus | names=Shincheonji | code=KORREL | country=KOR | sector=REL | kind=religious
jehovahs-witnesses | name=Jehovah's Witnesses | code=---REL | country= | sector=REL | kind=religious

# Departments known by their own names or buildings; they act for their country's government or armed forces.
pentagon | name=Pentagon | names=U.S. Department of Defense; US Department of Defense; Department of Defense; Defense Department; Department of War; War Department | code=USAMIL | country=USA | sector=MIL | kind=other
us-state-department | name=State Department | names=U.S. State Department; US State Department; Department of State; Foggy Bottom | code=USAGOV | country=USA | sector=GOV | kind=other
