# countries.lex — ISO 3166-1 states and territories (all alpha-3 codes) plus Kosovo (XKX).
# Format: see docs/lexicon.md. kind=state for UN members plus the Holy See and Palestine (observers).
# Notes:
# - capital is omitted where it is identical to the country name (Singapore, Monaco, Luxembourg, Djibouti, ...)
#   or where the city name is too ambiguous to act as a metonym (Brussels = usually the EU, Male, Victoria,
#   Douglas, Stanley, Hamilton, Kingston for Norfolk Island, Saint-Denis).
# - "Congo" and "Congolese" go to the Democratic Republic of the Congo (as in most wire copy); the Republic
#   of the Congo is matched by its longer names.
# - "Dominican" goes to the Dominican Republic; Dominica has no adjective entry.

# ---------------------------------------------------------------- Europe
ALB | iso2=AL | name=Albania | names=Republic of Albania; Shqipëria | adj=Albanian | demonyms=Albanians | capital=Tirana; Tirane; Tiranë | kind=state
AND | iso2=AD | name=Andorra | names=Principality of Andorra | adj=Andorran | demonyms=Andorrans | capital=Andorra la Vella | kind=state
AUT | iso2=AT | name=Austria | names=Republic of Austria; Österreich | adj=Austrian | demonyms=Austrians | capital=Vienna; Wien | kind=state
BLR | iso2=BY | name=Belarus | names=Republic of Belarus; Byelorussia; Belorussia | adj=Belarusian; Belarussian; Byelorussian | demonyms=Belarusians; Belarussians | capital=Minsk | kind=state
BEL | iso2=BE | name=Belgium | names=Kingdom of Belgium | adj=Belgian | demonyms=Belgians | kind=state
BIH | iso2=BA | name=Bosnia and Herzegovina | names=Bosnia; Bosnia-Herzegovina; Bosnia & Herzegovina; Bosnia and Hercegovina; BiH | adj=Bosnian | demonyms=Bosnians | capital=Sarajevo | kind=state
BGR | iso2=BG | name=Bulgaria | names=Republic of Bulgaria | adj=Bulgarian | demonyms=Bulgarians | capital=Sofia | kind=state
HRV | iso2=HR | name=Croatia | names=Republic of Croatia; Hrvatska | adj=Croatian | demonyms=Croatians; Croats | capital=Zagreb | kind=state
CYP | iso2=CY | name=Cyprus | names=Republic of Cyprus | adj=Cypriot; Cypriote; Greek Cypriot | demonyms=Cypriots; Greek Cypriots | capital=Nicosia | kind=state
CZE | iso2=CZ | name=Czech Republic | names=Czechia; Česko | adj=Czech | demonyms=Czechs | capital=Prague; Praha | kind=state
DNK | iso2=DK | name=Denmark | names=Kingdom of Denmark | adj=Danish | demonyms=Danes | capital=Copenhagen | kind=state
EST | iso2=EE | name=Estonia | names=Republic of Estonia | adj=Estonian | demonyms=Estonians | capital=Tallinn | kind=state
FIN | iso2=FI | name=Finland | names=Republic of Finland; Suomi | adj=Finnish | demonyms=Finns | capital=Helsinki | kind=state
FRA | iso2=FR | name=France | names=French Republic | adj=French | demonyms=French; Frenchmen | capital=Paris | seats=Elysee; Elysee Palace; Élysée; Élysée Palace; Quai d'Orsay; Matignon | kind=state
DEU | iso2=DE | name=Germany | names=Federal Republic of Germany; Deutschland | adj=German | demonyms=Germans | capital=Berlin | seats=Kanzleramt; Bundeskanzleramt | kind=state
GRC | iso2=GR | name=Greece | names=Hellenic Republic; Hellas | adj=Greek; Hellenic | demonyms=Greeks | capital=Athens | kind=state
HUN | iso2=HU | name=Hungary | names=Magyarország | adj=Hungarian | demonyms=Hungarians | capital=Budapest | kind=state
ISL | iso2=IS | name=Iceland | names=Republic of Iceland | adj=Icelandic | demonyms=Icelanders | capital=Reykjavik; Reykjavík | kind=state
IRL | iso2=IE | name=Ireland | names=Republic of Ireland; Eire; Éire | adj=Irish | demonyms=Irish; Irishmen | capital=Dublin | kind=state
ITA | iso2=IT | name=Italy | names=Italian Republic; Italia | adj=Italian | demonyms=Italians | capital=Rome | seats=Palazzo Chigi | kind=state
LVA | iso2=LV | name=Latvia | names=Republic of Latvia | adj=Latvian | demonyms=Latvians | capital=Riga | kind=state
LIE | iso2=LI | name=Liechtenstein | names=Principality of Liechtenstein | demonyms=Liechtensteiners | capital=Vaduz | kind=state
LTU | iso2=LT | name=Lithuania | names=Republic of Lithuania | adj=Lithuanian | demonyms=Lithuanians | capital=Vilnius | kind=state
LUX | iso2=LU | name=Luxembourg | names=Grand Duchy of Luxembourg; Luxemburg | adj=Luxembourgish; Luxembourger | demonyms=Luxembourgers | kind=state
MLT | iso2=MT | name=Malta | names=Republic of Malta | adj=Maltese | demonyms=Maltese | capital=Valletta | kind=state
MDA | iso2=MD | name=Moldova | names=Republic of Moldova; Moldavia | adj=Moldovan | demonyms=Moldovans | capital=Chisinau; Chișinău; Chişinău; Kishinev | kind=state
MCO | iso2=MC | name=Monaco | names=Principality of Monaco | adj=Monegasque; Monacan | demonyms=Monegasques | kind=state
MNE | iso2=ME | name=Montenegro | names=Crna Gora | adj=Montenegrin | demonyms=Montenegrins | capital=Podgorica | kind=state
NLD | iso2=NL | name=Netherlands | names=Kingdom of the Netherlands; Holland | adj=Dutch | demonyms=Dutch; Dutchmen | capital=Amsterdam | kind=state
MKD | iso2=MK | name=North Macedonia | names=Republic of North Macedonia; Macedonia; Former Yugoslav Republic of Macedonia; FYROM | adj=North Macedonian; Macedonian | demonyms=North Macedonians; Macedonians | capital=Skopje | kind=state
NOR | iso2=NO | name=Norway | names=Kingdom of Norway; Norge | adj=Norwegian | demonyms=Norwegians | capital=Oslo | kind=state
POL | iso2=PL | name=Poland | names=Republic of Poland; Polska | adj=Polish | demonyms=Poles | capital=Warsaw | kind=state
PRT | iso2=PT | name=Portugal | names=Portuguese Republic | adj=Portuguese | demonyms=Portuguese | capital=Lisbon; Lisboa | kind=state
ROU | iso2=RO | name=Romania | names=Rumania; Roumania | adj=Romanian | demonyms=Romanians | capital=Bucharest | kind=state
RUS | iso2=RU | name=Russia | names=Russian Federation; Russian Fed.; Rossiya | adj=Russian | demonyms=Russians | capital=Moscow | seats=Kremlin | kind=state
SMR | iso2=SM | name=San Marino | names=Republic of San Marino | adj=Sammarinese | demonyms=Sammarinese | kind=state
SRB | iso2=RS | name=Serbia | names=Republic of Serbia; Srbija | adj=Serbian; Serb | demonyms=Serbians; Serbs | capital=Belgrade | kind=state
SVK | iso2=SK | name=Slovakia | names=Slovak Republic | adj=Slovak; Slovakian | demonyms=Slovaks | capital=Bratislava | kind=state
SVN | iso2=SI | name=Slovenia | names=Republic of Slovenia | adj=Slovenian; Slovene | demonyms=Slovenians; Slovenes | capital=Ljubljana | kind=state
ESP | iso2=ES | name=Spain | names=Kingdom of Spain; España | adj=Spanish | demonyms=Spaniards | capital=Madrid | seats=Moncloa; Moncloa Palace | kind=state
SWE | iso2=SE | name=Sweden | names=Kingdom of Sweden; Sverige | adj=Swedish | demonyms=Swedes | capital=Stockholm | kind=state
CHE | iso2=CH | name=Switzerland | names=Swiss Confederation; Confoederatio Helvetica | adj=Swiss | demonyms=Swiss | capital=Bern; Berne | kind=state
UKR | iso2=UA | name=Ukraine | names=Ukraina; Ukrayina | adj=Ukrainian | demonyms=Ukrainians | capital=Kyiv; Kiev | seats=Bankova | kind=state
GBR | iso2=GB | name=United Kingdom | names=United Kingdom of Great Britain and Northern Ireland; UK; U.K.; Britain; Great Britain; England; Scotland; Wales; Northern Ireland | adj=British; Scottish; Welsh; Northern Irish | demonyms=Britons; British; Brits | capital=London | seats=Downing Street; Number 10; No. 10; No 10; Whitehall | kind=state
VAT | iso2=VA | name=Vatican | names=Holy See; Vatican City; Vatican City State | adj=Vatican; papal | seats=Apostolic Palace | kind=state
XKX | iso2=XK | name=Kosovo | names=Republic of Kosovo; Kosova | adj=Kosovar; Kosovan | demonyms=Kosovars; Kosovans | capital=Pristina; Prishtina; Priština | kind=territory
ALA | iso2=AX | name=Aland Islands | names=Åland Islands; Åland; Aland | demonyms=Alanders; Ålanders | capital=Mariehamn | kind=territory
FRO | iso2=FO | name=Faroe Islands | names=Faroes; Faeroe Islands; Faeroes; Føroyar | adj=Faroese | demonyms=Faroese; Faroe Islanders | capital=Torshavn; Tórshavn | kind=territory
GIB | iso2=GI | name=Gibraltar | adj=Gibraltarian | demonyms=Gibraltarians | kind=territory
GGY | iso2=GG | name=Guernsey | names=Bailiwick of Guernsey | capital=St Peter Port; St. Peter Port; Saint Peter Port | kind=territory
IMN | iso2=IM | name=Isle of Man | adj=Manx | kind=territory
JEY | iso2=JE | name=Jersey | names=Bailiwick of Jersey | capital=St Helier; St. Helier; Saint Helier | kind=territory
SJM | iso2=SJ | name=Svalbard and Jan Mayen | names=Svalbard; Jan Mayen; Svalbard & Jan Mayen | capital=Longyearbyen | kind=territory
GRL | iso2=GL | name=Greenland | names=Kalaallit Nunaat | adj=Greenlandic | demonyms=Greenlanders | capital=Nuuk | kind=territory

# ---------------------------------------------------------------- Middle East and North Africa
BHR | iso2=BH | name=Bahrain | names=Kingdom of Bahrain | adj=Bahraini | demonyms=Bahrainis | capital=Manama | kind=state
EGY | iso2=EG | name=Egypt | names=Arab Republic of Egypt | adj=Egyptian | demonyms=Egyptians | capital=Cairo | kind=state
IRN | iso2=IR | name=Iran | names=Islamic Republic of Iran; Persia | adj=Iranian | demonyms=Iranians | capital=Tehran; Teheran | kind=state
IRQ | iso2=IQ | name=Iraq | names=Republic of Iraq | adj=Iraqi | demonyms=Iraqis | capital=Baghdad | kind=state
ISR | iso2=IL | name=Israel | names=State of Israel | adj=Israeli | demonyms=Israelis | capital=Jerusalem | kind=state
JOR | iso2=JO | name=Jordan | names=Hashemite Kingdom of Jordan | adj=Jordanian | demonyms=Jordanians | capital=Amman | kind=state
KWT | iso2=KW | name=Kuwait | names=State of Kuwait | adj=Kuwaiti | demonyms=Kuwaitis | capital=Kuwait City | kind=state
LBN | iso2=LB | name=Lebanon | names=Lebanese Republic | adj=Lebanese | demonyms=Lebanese | capital=Beirut | seats=Baabda Palace | kind=state
OMN | iso2=OM | name=Oman | names=Sultanate of Oman | adj=Omani | demonyms=Omanis | capital=Muscat | kind=state
PSE | iso2=PS | name=Palestine | names=State of Palestine; Palestinian territories; Palestinian territory; occupied Palestinian territories; Occupied Palestinian Territory; Gaza Strip; Gaza | adj=Palestinian | demonyms=Palestinians; Gazans | capital=Ramallah | kind=state
QAT | iso2=QA | name=Qatar | names=State of Qatar | adj=Qatari | demonyms=Qataris | capital=Doha | kind=state
SAU | iso2=SA | name=Saudi Arabia | names=Kingdom of Saudi Arabia; KSA | adj=Saudi; Saudi Arabian | demonyms=Saudis; Saudi Arabians | capital=Riyadh | kind=state
SYR | iso2=SY | name=Syria | names=Syrian Arab Republic | adj=Syrian | demonyms=Syrians | capital=Damascus | kind=state
TUR | iso2=TR | name=Turkey | names=Turkiye; Türkiye; Republic of Turkey; Republic of Türkiye; Republic of Turkiye | adj=Turkish | demonyms=Turks | capital=Ankara | kind=state
ARE | iso2=AE | name=United Arab Emirates | names=UAE; U.A.E. | adj=Emirati | demonyms=Emiratis | capital=Abu Dhabi | kind=state
YEM | iso2=YE | name=Yemen | names=Republic of Yemen | adj=Yemeni | demonyms=Yemenis | capital=Sanaa; Sana'a | kind=state
DZA | iso2=DZ | name=Algeria | names=People's Democratic Republic of Algeria | adj=Algerian | demonyms=Algerians | capital=Algiers | kind=state
LBY | iso2=LY | name=Libya | names=State of Libya | adj=Libyan | demonyms=Libyans | capital=Tripoli | kind=state
MAR | iso2=MA | name=Morocco | names=Kingdom of Morocco | adj=Moroccan | demonyms=Moroccans | capital=Rabat | kind=state
TUN | iso2=TN | name=Tunisia | names=Tunisian Republic | adj=Tunisian | demonyms=Tunisians | capital=Tunis | kind=state
SDN | iso2=SD | name=Sudan | names=Republic of the Sudan; Republic of Sudan | adj=Sudanese | demonyms=Sudanese | capital=Khartoum | kind=state
ESH | iso2=EH | name=Western Sahara | names=Sahrawi Arab Democratic Republic; Sahrawi Republic; SADR | adj=Sahrawi; Saharawi | demonyms=Sahrawis; Saharawis | capital=Laayoune; El Aaiun; El Aaiún | kind=territory

# ---------------------------------------------------------------- Caucasus and Central Asia
ARM | iso2=AM | name=Armenia | names=Republic of Armenia | adj=Armenian | demonyms=Armenians | capital=Yerevan | kind=state
AZE | iso2=AZ | name=Azerbaijan | names=Republic of Azerbaijan | adj=Azerbaijani; Azeri | demonyms=Azerbaijanis; Azeris | capital=Baku | kind=state
GEO | iso2=GE | name=Georgia | names=Sakartvelo | adj=Georgian | demonyms=Georgians | capital=Tbilisi | kind=state
KAZ | iso2=KZ | name=Kazakhstan | names=Republic of Kazakhstan; Kazakstan | adj=Kazakh; Kazakhstani | demonyms=Kazakhs; Kazakhstanis | capital=Astana; Nur-Sultan | kind=state
KGZ | iso2=KG | name=Kyrgyzstan | names=Kyrgyz Republic; Kirghizia; Kyrgyzia | adj=Kyrgyz; Kirghiz | demonyms=Kyrgyzstanis | capital=Bishkek | kind=state
TJK | iso2=TJ | name=Tajikistan | names=Republic of Tajikistan | adj=Tajik | demonyms=Tajiks | capital=Dushanbe | kind=state
TKM | iso2=TM | name=Turkmenistan | adj=Turkmen | demonyms=Turkmens | capital=Ashgabat; Ashkhabad | kind=state
UZB | iso2=UZ | name=Uzbekistan | names=Republic of Uzbekistan | adj=Uzbek | demonyms=Uzbeks | capital=Tashkent | kind=state
MNG | iso2=MN | name=Mongolia | adj=Mongolian | demonyms=Mongolians | capital=Ulaanbaatar; Ulan Bator | kind=state

# ---------------------------------------------------------------- South Asia
AFG | iso2=AF | name=Afghanistan | names=Islamic Emirate of Afghanistan; Islamic Republic of Afghanistan | adj=Afghan | demonyms=Afghans | capital=Kabul | kind=state
BGD | iso2=BD | name=Bangladesh | names=People's Republic of Bangladesh | adj=Bangladeshi | demonyms=Bangladeshis | capital=Dhaka; Dacca | kind=state
BTN | iso2=BT | name=Bhutan | names=Kingdom of Bhutan | adj=Bhutanese | demonyms=Bhutanese | capital=Thimphu | kind=state
IND | iso2=IN | name=India | names=Republic of India; Bharat | adj=Indian | demonyms=Indians | capital=New Delhi; Delhi | seats=Raisina Hill; South Block | kind=state
MDV | iso2=MV | name=Maldives | names=Republic of Maldives; Maldive Islands | adj=Maldivian | demonyms=Maldivians | kind=state
NPL | iso2=NP | name=Nepal | names=Federal Democratic Republic of Nepal | adj=Nepali; Nepalese | demonyms=Nepalis; Nepalese | capital=Kathmandu | kind=state
PAK | iso2=PK | name=Pakistan | names=Islamic Republic of Pakistan | adj=Pakistani | demonyms=Pakistanis | capital=Islamabad | kind=state
LKA | iso2=LK | name=Sri Lanka | names=Democratic Socialist Republic of Sri Lanka; Ceylon | adj=Sri Lankan | demonyms=Sri Lankans | capital=Colombo; Sri Jayawardenepura Kotte | kind=state
IOT | iso2=IO | name=British Indian Ocean Territory | names=BIOT; Chagos Archipelago; Chagos Islands; Diego Garcia | kind=territory

# ---------------------------------------------------------------- East Asia
CHN | iso2=CN | name=China | names=People's Republic of China; PRC; P.R.C.; mainland China | adj=Chinese | demonyms=Chinese | capital=Beijing | seats=Zhongnanhai | kind=state
JPN | iso2=JP | name=Japan | adj=Japanese | demonyms=Japanese | capital=Tokyo | seats=Kantei | kind=state
PRK | iso2=KP | name=North Korea | names=DPRK; D.P.R.K.; Democratic People's Republic of Korea | adj=North Korean | demonyms=North Koreans | capital=Pyongyang | kind=state
KOR | iso2=KR | name=South Korea | names=Republic of Korea; ROK; R.O.K. | adj=South Korean | demonyms=South Koreans | capital=Seoul | seats=Blue House; Cheong Wa Dae | kind=state
TWN | iso2=TW | name=Taiwan | names=Republic of China; ROC; R.O.C.; Chinese Taipei; Formosa | adj=Taiwanese | demonyms=Taiwanese | capital=Taipei | kind=territory
HKG | iso2=HK | name=Hong Kong | names=Hong Kong SAR; Hong Kong Special Administrative Region; HKSAR | adj=Hong Kong | demonyms=Hong Kongers; Hongkongers | kind=territory
MAC | iso2=MO | name=Macau | names=Macao; Macau SAR; Macao SAR; Macao Special Administrative Region | adj=Macanese; Macau; Macao | demonyms=Macanese | kind=territory

# ---------------------------------------------------------------- South-East Asia
BRN | iso2=BN | name=Brunei | names=Brunei Darussalam; Nation of Brunei | adj=Bruneian | demonyms=Bruneians | capital=Bandar Seri Begawan | kind=state
KHM | iso2=KH | name=Cambodia | names=Kingdom of Cambodia; Kampuchea | adj=Cambodian | demonyms=Cambodians | capital=Phnom Penh | kind=state
IDN | iso2=ID | name=Indonesia | names=Republic of Indonesia | adj=Indonesian | demonyms=Indonesians | capital=Jakarta | kind=state
LAO | iso2=LA | name=Laos | names=Lao People's Democratic Republic; Lao PDR | adj=Laotian; Lao | demonyms=Laotians | capital=Vientiane | kind=state
MYS | iso2=MY | name=Malaysia | adj=Malaysian | demonyms=Malaysians | capital=Kuala Lumpur; Putrajaya | kind=state
MMR | iso2=MM | name=Myanmar | names=Burma; Republic of the Union of Myanmar | adj=Myanmar; Burmese | demonyms=Burmese | capital=Naypyidaw; Naypyitaw; Nay Pyi Taw | kind=state
PHL | iso2=PH | name=Philippines | names=Republic of the Philippines | adj=Philippine; Filipino | demonyms=Filipinos | capital=Manila | seats=Malacanang; Malacañang; Malacanang Palace; Malacañang Palace | kind=state
SGP | iso2=SG | name=Singapore | names=Republic of Singapore | adj=Singaporean | demonyms=Singaporeans | kind=state
THA | iso2=TH | name=Thailand | names=Kingdom of Thailand; Siam | adj=Thai | demonyms=Thais | capital=Bangkok | kind=state
TLS | iso2=TL | name=East Timor | names=Timor-Leste; Timor Leste; Democratic Republic of Timor-Leste | adj=East Timorese; Timorese | demonyms=East Timorese; Timorese | capital=Dili | kind=state
VNM | iso2=VN | name=Vietnam | names=Viet Nam; Socialist Republic of Vietnam | adj=Vietnamese | demonyms=Vietnamese | capital=Hanoi; Ha Noi | kind=state

# ---------------------------------------------------------------- Oceania
AUS | iso2=AU | name=Australia | names=Commonwealth of Australia | adj=Australian | demonyms=Australians | capital=Canberra | kind=state
NZL | iso2=NZ | name=New Zealand | names=Aotearoa | adj=New Zealand | demonyms=New Zealanders; Kiwis | capital=Wellington | kind=state
FJI | iso2=FJ | name=Fiji | names=Republic of Fiji | adj=Fijian | demonyms=Fijians | capital=Suva | kind=state
PNG | iso2=PG | name=Papua New Guinea | names=Independent State of Papua New Guinea | adj=Papua New Guinean | demonyms=Papua New Guineans | capital=Port Moresby | kind=state
SLB | iso2=SB | name=Solomon Islands | names=Solomons | adj=Solomon Islands | demonyms=Solomon Islanders | capital=Honiara | kind=state
VUT | iso2=VU | name=Vanuatu | names=Republic of Vanuatu | adj=Vanuatuan; Ni-Vanuatu | demonyms=Ni-Vanuatu | capital=Port Vila | kind=state
WSM | iso2=WS | name=Samoa | names=Independent State of Samoa; Western Samoa | adj=Samoan | demonyms=Samoans | capital=Apia | kind=state
TON | iso2=TO | name=Tonga | names=Kingdom of Tonga | adj=Tongan | demonyms=Tongans | capital=Nuku'alofa; Nukualofa | kind=state
TUV | iso2=TV | name=Tuvalu | adj=Tuvaluan | demonyms=Tuvaluans | capital=Funafuti | kind=state
KIR | iso2=KI | name=Kiribati | names=Republic of Kiribati | adj=I-Kiribati | demonyms=I-Kiribati | capital=Tarawa; South Tarawa | kind=state
MHL | iso2=MH | name=Marshall Islands | names=Republic of the Marshall Islands | adj=Marshallese | demonyms=Marshallese | capital=Majuro | kind=state
FSM | iso2=FM | name=Micronesia | names=Federated States of Micronesia; FSM | adj=Micronesian | demonyms=Micronesians | capital=Palikir | kind=state
PLW | iso2=PW | name=Palau | names=Republic of Palau; Belau | adj=Palauan | demonyms=Palauans | capital=Ngerulmud; Melekeok | kind=state
NRU | iso2=NR | name=Nauru | names=Republic of Nauru | adj=Nauruan | demonyms=Nauruans | capital=Yaren | kind=state
COK | iso2=CK | name=Cook Islands | adj=Cook Islands | demonyms=Cook Islanders | capital=Avarua | kind=territory
NIU | iso2=NU | name=Niue | adj=Niuean | demonyms=Niueans | capital=Alofi | kind=territory
TKL | iso2=TK | name=Tokelau | adj=Tokelauan | demonyms=Tokelauans | kind=territory
NCL | iso2=NC | name=New Caledonia | names=Nouvelle-Calédonie; Kanaky | adj=New Caledonian; Kanak | demonyms=New Caledonians; Kanaks | capital=Noumea; Nouméa | kind=territory
PYF | iso2=PF | name=French Polynesia | names=Polynésie française; Tahiti | adj=French Polynesian; Tahitian | demonyms=French Polynesians; Tahitians | capital=Papeete | kind=territory
WLF | iso2=WF | name=Wallis and Futuna | names=Wallis & Futuna; Wallis-et-Futuna | capital=Mata-Utu; Mata Utu | kind=territory
GUM | iso2=GU | name=Guam | adj=Guamanian | demonyms=Guamanians | capital=Hagatna; Hagåtña | kind=territory
MNP | iso2=MP | name=Northern Mariana Islands | names=Northern Marianas; Commonwealth of the Northern Mariana Islands; CNMI | demonyms=Northern Mariana Islanders | capital=Saipan | kind=territory
ASM | iso2=AS | name=American Samoa | adj=American Samoan | demonyms=American Samoans | capital=Pago Pago | kind=territory
PCN | iso2=PN | name=Pitcairn Islands | names=Pitcairn; Pitcairn Island | demonyms=Pitcairn Islanders; Pitcairners | capital=Adamstown | kind=territory
NFK | iso2=NF | name=Norfolk Island | demonyms=Norfolk Islanders | kind=territory
CXR | iso2=CX | name=Christmas Island | capital=Flying Fish Cove | kind=territory
CCK | iso2=CC | name=Cocos (Keeling) Islands | names=Cocos Islands; Keeling Islands; Cocos Keeling Islands | capital=West Island | kind=territory
HMD | iso2=HM | name=Heard Island and McDonald Islands | names=Heard Island; McDonald Islands; Heard and McDonald Islands | kind=territory
UMI | iso2=UM | name=United States Minor Outlying Islands | names=U.S. Minor Outlying Islands; US Minor Outlying Islands; Wake Island; Midway Atoll; Johnston Atoll; Baker Island; Howland Island; Jarvis Island; Kingman Reef; Palmyra Atoll; Navassa Island | kind=territory

# ---------------------------------------------------------------- Antarctic and South Atlantic
ATA | iso2=AQ | name=Antarctica | kind=territory
BVT | iso2=BV | name=Bouvet Island | names=Bouvetøya; Bouvetoya | kind=territory
ATF | iso2=TF | name=French Southern and Antarctic Lands | names=French Southern Territories; TAAF; Kerguelen Islands; Crozet Islands | capital=Port-aux-Français; Port-aux-Francais | kind=territory
SGS | iso2=GS | name=South Georgia and the South Sandwich Islands | names=South Georgia; South Sandwich Islands; South Georgia and South Sandwich Islands | capital=King Edward Point | kind=territory
FLK | iso2=FK | name=Falkland Islands | names=Falklands; Malvinas; Islas Malvinas; Malvinas Islands | adj=Falklands; Falkland Islands | demonyms=Falkland Islanders; Falklanders | capital=Port Stanley | kind=territory
SHN | iso2=SH | name=Saint Helena, Ascension and Tristan da Cunha | names=Saint Helena; St Helena; St. Helena; Ascension Island; Tristan da Cunha | adj=Saint Helenian; St Helenian | demonyms=Saint Helenians; St Helenians | capital=Jamestown | kind=territory

# ---------------------------------------------------------------- Sub-Saharan Africa
AGO | iso2=AO | name=Angola | names=Republic of Angola | adj=Angolan | demonyms=Angolans | capital=Luanda | kind=state
BEN | iso2=BJ | name=Benin | names=Republic of Benin; Dahomey | adj=Beninese; Beninois | demonyms=Beninese | capital=Porto-Novo; Porto Novo; Cotonou | kind=state
BWA | iso2=BW | name=Botswana | names=Republic of Botswana | adj=Botswanan; Motswana | demonyms=Batswana; Botswanans | capital=Gaborone | kind=state
BFA | iso2=BF | name=Burkina Faso | names=Burkina; Upper Volta | adj=Burkinabe; Burkinabè | demonyms=Burkinabes; Burkinabe | capital=Ouagadougou | kind=state
BDI | iso2=BI | name=Burundi | names=Republic of Burundi | adj=Burundian | demonyms=Burundians | capital=Gitega; Bujumbura | kind=state
CPV | iso2=CV | name=Cape Verde | names=Cabo Verde; Republic of Cabo Verde | adj=Cape Verdean; Cabo Verdean | demonyms=Cape Verdeans; Cabo Verdeans | capital=Praia | kind=state
CMR | iso2=CM | name=Cameroon | names=Republic of Cameroon; Cameroun | adj=Cameroonian | demonyms=Cameroonians | capital=Yaounde; Yaoundé | kind=state
CAF | iso2=CF | name=Central African Republic | names=Centrafrique; Central African Rep. | adj=Central African | demonyms=Central Africans | capital=Bangui | kind=state
TCD | iso2=TD | name=Chad | names=Republic of Chad; Tchad | adj=Chadian | demonyms=Chadians | capital=N'Djamena; Ndjamena; N'Djaména | kind=state
COM | iso2=KM | name=Comoros | names=Union of the Comoros; Comoro Islands | adj=Comorian | demonyms=Comorians | capital=Moroni | kind=state
COG | iso2=CG | name=Republic of the Congo | names=Republic of Congo; Congo Republic; Congo-Brazzaville; Congo Brazzaville | capital=Brazzaville | kind=state
COD | iso2=CD | name=Democratic Republic of the Congo | names=Democratic Republic of Congo; DR Congo; D.R. Congo; DRC; D.R.C.; Congo-Kinshasa; Congo Kinshasa; Congo; Zaire | adj=Congolese | demonyms=Congolese | capital=Kinshasa | kind=state
CIV | iso2=CI | name=Ivory Coast | names=Cote d'Ivoire; Côte d'Ivoire; Republic of Cote d'Ivoire | adj=Ivorian; Ivoirian | demonyms=Ivorians; Ivoirians | capital=Yamoussoukro; Abidjan | kind=state
DJI | iso2=DJ | name=Djibouti | names=Republic of Djibouti | adj=Djiboutian | demonyms=Djiboutians | kind=state
GNQ | iso2=GQ | name=Equatorial Guinea | names=Republic of Equatorial Guinea | adj=Equatorial Guinean; Equatoguinean | demonyms=Equatorial Guineans; Equatoguineans | capital=Malabo | kind=state
ERI | iso2=ER | name=Eritrea | names=State of Eritrea | adj=Eritrean | demonyms=Eritreans | capital=Asmara | kind=state
SWZ | iso2=SZ | name=Eswatini | names=Kingdom of Eswatini; Swaziland | adj=Swazi; Eswatini | demonyms=Swazis; Emaswati | capital=Mbabane; Lobamba | kind=state
ETH | iso2=ET | name=Ethiopia | names=Federal Democratic Republic of Ethiopia | adj=Ethiopian | demonyms=Ethiopians | capital=Addis Ababa | kind=state
GAB | iso2=GA | name=Gabon | names=Gabonese Republic | adj=Gabonese | demonyms=Gabonese | capital=Libreville | kind=state
GMB | iso2=GM | name=Gambia | names=Republic of The Gambia | adj=Gambian | demonyms=Gambians | capital=Banjul | kind=state
GHA | iso2=GH | name=Ghana | names=Republic of Ghana | adj=Ghanaian | demonyms=Ghanaians | capital=Accra | kind=state
GIN | iso2=GN | name=Guinea | names=Republic of Guinea; Guinea-Conakry; Guinea Conakry | adj=Guinean | demonyms=Guineans | capital=Conakry | kind=state
GNB | iso2=GW | name=Guinea-Bissau | names=Guinea Bissau; Republic of Guinea-Bissau | adj=Bissau-Guinean | demonyms=Bissau-Guineans | capital=Bissau | kind=state
KEN | iso2=KE | name=Kenya | names=Republic of Kenya | adj=Kenyan | demonyms=Kenyans | capital=Nairobi | kind=state
LSO | iso2=LS | name=Lesotho | names=Kingdom of Lesotho | adj=Basotho; Mosotho | demonyms=Basotho | capital=Maseru | kind=state
LBR | iso2=LR | name=Liberia | names=Republic of Liberia | adj=Liberian | demonyms=Liberians | capital=Monrovia | kind=state
MDG | iso2=MG | name=Madagascar | names=Republic of Madagascar | adj=Malagasy | demonyms=Malagasy | capital=Antananarivo | kind=state
MWI | iso2=MW | name=Malawi | names=Republic of Malawi | adj=Malawian | demonyms=Malawians | capital=Lilongwe | kind=state
MLI | iso2=ML | name=Mali | names=Republic of Mali | adj=Malian | demonyms=Malians | capital=Bamako | kind=state
MRT | iso2=MR | name=Mauritania | names=Islamic Republic of Mauritania | adj=Mauritanian | demonyms=Mauritanians | capital=Nouakchott | kind=state
MUS | iso2=MU | name=Mauritius | names=Republic of Mauritius | adj=Mauritian | demonyms=Mauritians | capital=Port Louis | kind=state
MOZ | iso2=MZ | name=Mozambique | names=Republic of Mozambique | adj=Mozambican | demonyms=Mozambicans | capital=Maputo | kind=state
NAM | iso2=NA | name=Namibia | names=Republic of Namibia | adj=Namibian | demonyms=Namibians | capital=Windhoek | kind=state
NER | iso2=NE | name=Niger | names=Republic of the Niger; Republic of Niger | adj=Nigerien | demonyms=Nigeriens | capital=Niamey | kind=state
NGA | iso2=NG | name=Nigeria | names=Federal Republic of Nigeria | adj=Nigerian | demonyms=Nigerians | capital=Abuja | kind=state
RWA | iso2=RW | name=Rwanda | names=Republic of Rwanda | adj=Rwandan | demonyms=Rwandans | capital=Kigali | kind=state
STP | iso2=ST | name=Sao Tome and Principe | names=São Tomé and Príncipe; Sao Tome & Principe | adj=Santomean; Sao Tomean | demonyms=Santomeans | capital=Sao Tome; São Tomé | kind=state
SEN | iso2=SN | name=Senegal | names=Republic of Senegal | adj=Senegalese | demonyms=Senegalese | capital=Dakar | kind=state
SYC | iso2=SC | name=Seychelles | names=Republic of Seychelles | adj=Seychellois | demonyms=Seychellois | kind=state
SLE | iso2=SL | name=Sierra Leone | names=Republic of Sierra Leone | adj=Sierra Leonean | demonyms=Sierra Leoneans | capital=Freetown | kind=state
SOM | iso2=SO | name=Somalia | names=Federal Republic of Somalia | adj=Somali; Somalian | demonyms=Somalis; Somalians | capital=Mogadishu | kind=state
ZAF | iso2=ZA | name=South Africa | names=Republic of South Africa; RSA | adj=South African | demonyms=South Africans | capital=Pretoria | kind=state
SSD | iso2=SS | name=South Sudan | names=Republic of South Sudan | adj=South Sudanese | demonyms=South Sudanese | capital=Juba | kind=state
TZA | iso2=TZ | name=Tanzania | names=United Republic of Tanzania | adj=Tanzanian | demonyms=Tanzanians | capital=Dodoma; Dar es Salaam | kind=state
TGO | iso2=TG | name=Togo | names=Togolese Republic | adj=Togolese | demonyms=Togolese | capital=Lome; Lomé | kind=state
UGA | iso2=UG | name=Uganda | names=Republic of Uganda | adj=Ugandan | demonyms=Ugandans | capital=Kampala | kind=state
ZMB | iso2=ZM | name=Zambia | names=Republic of Zambia | adj=Zambian | demonyms=Zambians | capital=Lusaka | kind=state
ZWE | iso2=ZW | name=Zimbabwe | names=Republic of Zimbabwe | adj=Zimbabwean | demonyms=Zimbabweans | capital=Harare | kind=state
MYT | iso2=YT | name=Mayotte | adj=Mahoran | demonyms=Mahorais; Mahorans | capital=Mamoudzou | kind=territory
REU | iso2=RE | name=Reunion | names=Réunion; La Réunion; La Reunion; Reunion Island | adj=Reunionese | demonyms=Reunionese | kind=territory

# ---------------------------------------------------------------- North and Central America
USA | iso2=US | name=United States | names=United States of America; US; U.S.; USA; U.S.A.; America | adj=American | demonyms=Americans | capital=Washington; Washington, D.C.; Washington D.C.; Washington DC | seats=White House; Oval Office | kind=state
CAN | iso2=CA | name=Canada | adj=Canadian | demonyms=Canadians | capital=Ottawa | kind=state
MEX | iso2=MX | name=Mexico | names=United Mexican States; México | adj=Mexican | demonyms=Mexicans | capital=Mexico City | seats=Los Pinos | kind=state
GTM | iso2=GT | name=Guatemala | names=Republic of Guatemala | adj=Guatemalan | demonyms=Guatemalans | capital=Guatemala City | kind=state
BLZ | iso2=BZ | name=Belize | adj=Belizean | demonyms=Belizeans | capital=Belmopan | kind=state
SLV | iso2=SV | name=El Salvador | names=Republic of El Salvador | adj=Salvadoran; Salvadorean | demonyms=Salvadorans; Salvadoreans | capital=San Salvador | kind=state
HND | iso2=HN | name=Honduras | names=Republic of Honduras | adj=Honduran | demonyms=Hondurans | capital=Tegucigalpa | kind=state
NIC | iso2=NI | name=Nicaragua | names=Republic of Nicaragua | adj=Nicaraguan | demonyms=Nicaraguans | capital=Managua | kind=state
CRI | iso2=CR | name=Costa Rica | names=Republic of Costa Rica | adj=Costa Rican | demonyms=Costa Ricans | capital=San Jose; San José | kind=state
PAN | iso2=PA | name=Panama | names=Republic of Panama; Panamá | adj=Panamanian | demonyms=Panamanians | capital=Panama City | kind=state
BMU | iso2=BM | name=Bermuda | adj=Bermudian; Bermudan | demonyms=Bermudians | kind=territory
SPM | iso2=PM | name=Saint Pierre and Miquelon | names=St Pierre and Miquelon; St. Pierre and Miquelon; Saint-Pierre-et-Miquelon | kind=territory

# ---------------------------------------------------------------- Caribbean
CUB | iso2=CU | name=Cuba | names=Republic of Cuba | adj=Cuban | demonyms=Cubans | capital=Havana; La Habana | kind=state
HTI | iso2=HT | name=Haiti | names=Republic of Haiti; Haïti | adj=Haitian | demonyms=Haitians | capital=Port-au-Prince | kind=state
DOM | iso2=DO | name=Dominican Republic | adj=Dominican | demonyms=Dominicans | capital=Santo Domingo | kind=state
JAM | iso2=JM | name=Jamaica | adj=Jamaican | demonyms=Jamaicans | capital=Kingston | kind=state
BHS | iso2=BS | name=Bahamas | names=Commonwealth of The Bahamas | adj=Bahamian | demonyms=Bahamians | capital=Nassau | kind=state
BRB | iso2=BB | name=Barbados | adj=Barbadian; Bajan | demonyms=Barbadians; Bajans | capital=Bridgetown | kind=state
TTO | iso2=TT | name=Trinidad and Tobago | names=Trinidad & Tobago; Republic of Trinidad and Tobago; Trinidad | adj=Trinidadian; Trinbagonian | demonyms=Trinidadians; Trinbagonians | capital=Port of Spain; Port-of-Spain | kind=state
GRD | iso2=GD | name=Grenada | adj=Grenadian | demonyms=Grenadians | capital=St. George's; St George's; Saint George's | kind=state
LCA | iso2=LC | name=Saint Lucia | names=St Lucia; St. Lucia | adj=Saint Lucian; St Lucian | demonyms=Saint Lucians; St Lucians | capital=Castries | kind=state
VCT | iso2=VC | name=Saint Vincent and the Grenadines | names=St Vincent and the Grenadines; St. Vincent and the Grenadines; Saint Vincent; St Vincent; St. Vincent | adj=Vincentian | demonyms=Vincentians | capital=Kingstown | kind=state
DMA | iso2=DM | name=Dominica | names=Commonwealth of Dominica | capital=Roseau | kind=state
ATG | iso2=AG | name=Antigua and Barbuda | names=Antigua & Barbuda; Antigua | adj=Antiguan | demonyms=Antiguans | capital=St. John's; St John's; Saint John's | kind=state
KNA | iso2=KN | name=Saint Kitts and Nevis | names=St Kitts and Nevis; St. Kitts and Nevis; St Kitts & Nevis; Federation of Saint Christopher and Nevis; St Kitts; St. Kitts | adj=Kittitian; Nevisian | demonyms=Kittitians; Nevisians | capital=Basseterre | kind=state
AIA | iso2=AI | name=Anguilla | adj=Anguillan | demonyms=Anguillans | kind=territory
ABW | iso2=AW | name=Aruba | adj=Aruban | demonyms=Arubans | capital=Oranjestad | kind=territory
BES | iso2=BQ | name=Caribbean Netherlands | names=Bonaire, Sint Eustatius and Saba; Bonaire; Sint Eustatius; Saba; BES islands | capital=Kralendijk | kind=territory
CYM | iso2=KY | name=Cayman Islands | names=Caymans | adj=Caymanian | demonyms=Caymanians | capital=George Town | kind=territory
CUW | iso2=CW | name=Curacao | names=Curaçao | adj=Curacaoan; Curaçaoan | demonyms=Curacaoans; Curaçaoans | capital=Willemstad | kind=territory
GLP | iso2=GP | name=Guadeloupe | adj=Guadeloupean | demonyms=Guadeloupeans | capital=Basse-Terre | kind=territory
MTQ | iso2=MQ | name=Martinique | adj=Martinican; Martiniquais | demonyms=Martinicans | capital=Fort-de-France | kind=territory
MSR | iso2=MS | name=Montserrat | adj=Montserratian | demonyms=Montserratians | capital=Brades | kind=territory
PRI | iso2=PR | name=Puerto Rico | names=Commonwealth of Puerto Rico | adj=Puerto Rican | demonyms=Puerto Ricans | capital=San Juan | kind=territory
BLM | iso2=BL | name=Saint Barthelemy | names=Saint Barthélemy; Saint-Barthélemy; St Barts; St. Barts; St Barths; St Barth | capital=Gustavia | kind=territory
MAF | iso2=MF | name=Saint Martin | names=Saint-Martin; St Martin; St. Martin; Collectivity of Saint Martin | capital=Marigot | kind=territory
SXM | iso2=SX | name=Sint Maarten | adj=Sint Maarten | capital=Philipsburg | kind=territory
TCA | iso2=TC | name=Turks and Caicos Islands | names=Turks and Caicos; Turks & Caicos | capital=Cockburn Town | kind=territory
VGB | iso2=VG | name=British Virgin Islands | names=BVI; Virgin Islands (British) | demonyms=British Virgin Islanders | capital=Road Town | kind=territory
VIR | iso2=VI | name=United States Virgin Islands | names=U.S. Virgin Islands; US Virgin Islands; USVI; Virgin Islands of the United States | demonyms=U.S. Virgin Islanders; US Virgin Islanders | capital=Charlotte Amalie | kind=territory

# ---------------------------------------------------------------- South America
VEN | iso2=VE | name=Venezuela | names=Bolivarian Republic of Venezuela | adj=Venezuelan | demonyms=Venezuelans | capital=Caracas | seats=Miraflores; Miraflores Palace | kind=state
COL | iso2=CO | name=Colombia | names=Republic of Colombia | adj=Colombian | demonyms=Colombians | capital=Bogota; Bogotá | seats=Casa de Nariño; Casa de Narino | kind=state
ECU | iso2=EC | name=Ecuador | names=Republic of Ecuador | adj=Ecuadorian; Ecuadorean | demonyms=Ecuadorians; Ecuadoreans | capital=Quito | kind=state
PER | iso2=PE | name=Peru | names=Republic of Peru; Perú | adj=Peruvian | demonyms=Peruvians | capital=Lima | kind=state
BOL | iso2=BO | name=Bolivia | names=Plurinational State of Bolivia | adj=Bolivian | demonyms=Bolivians | capital=La Paz; Sucre | kind=state
CHL | iso2=CL | name=Chile | names=Republic of Chile | adj=Chilean | demonyms=Chileans | capital=Santiago | seats=La Moneda; Moneda Palace | kind=state
ARG | iso2=AR | name=Argentina | names=Argentine Republic | adj=Argentine; Argentinian; Argentinean | demonyms=Argentines; Argentinians; Argentineans | capital=Buenos Aires | seats=Casa Rosada | kind=state
URY | iso2=UY | name=Uruguay | names=Oriental Republic of Uruguay | adj=Uruguayan | demonyms=Uruguayans | capital=Montevideo | kind=state
PRY | iso2=PY | name=Paraguay | names=Republic of Paraguay | adj=Paraguayan | demonyms=Paraguayans | capital=Asuncion; Asunción | kind=state
BRA | iso2=BR | name=Brazil | names=Federative Republic of Brazil; Brasil | adj=Brazilian | demonyms=Brazilians | capital=Brasilia; Brasília | seats=Planalto; Planalto Palace | kind=state
GUY | iso2=GY | name=Guyana | names=Co-operative Republic of Guyana | adj=Guyanese | demonyms=Guyanese | capital=Georgetown | kind=state
SUR | iso2=SR | name=Suriname | names=Surinam; Republic of Suriname | adj=Surinamese | demonyms=Surinamese | capital=Paramaribo | kind=state
GUF | iso2=GF | name=French Guiana | names=Guyane | adj=French Guianese | demonyms=French Guianese | capital=Cayenne | kind=territory
