# places.lex — places (cities, provinces, regions) by the state they belong to, written for readout.
# A place named alone stands for its state in CAMEO coding (`Aleppo residents` → SYR) and tells where an event
# happened. Capitals are in countries.lex, not here; names countries.lex already lists are not repeated.
# Format: `ISO3 | Name; Alternate spelling; ...` — common English name first, then spellings used in wire news.
# Contested places follow the usual wire-news/CAMEO convention, noted inline where it applies.
# Names shared by notable places in two states, or that are common words or personal names, are left out.

# ---------------------------------------------------------------- Europe
ALB | Durres; Durrës; Durazzo
ALB | Vlore; Vlorë; Vlora
ALB | Shkoder; Shkodër; Shkodra
ALB | Elbasan
ALB | Korce; Korçë; Korca
AUT | Graz
AUT | Linz
AUT | Salzburg
AUT | Innsbruck
AUT | Klagenfurt
AUT | Tyrol; Tirol
BLR | Gomel; Homel; Homyel
BLR | Mogilev; Mahilyow; Mogilyov
BLR | Vitebsk; Vitsebsk
BLR | Grodno; Hrodna
BEL | Antwerp; Antwerpen; Anvers
BEL | Ghent; Gent; Gand
BEL | Charleroi
BEL | Liege; Liège; Luik
BEL | Bruges; Brugge
BEL | Leuven; Louvain
BEL | Ostend; Oostende
BEL | Molenbeek; Molenbeek-Saint-Jean; Sint-Jans-Molenbeek
BEL | Flanders; Vlaanderen
BEL | Wallonia; Wallonie
BIH | Banja Luka
BIH | Mostar
BIH | Tuzla
BIH | Zenica
BIH | Bihac; Bihać
BIH | Srebrenica
BIH | Gorazde; Goražde
BIH | Brcko; Brčko
BIH | Prijedor
BIH | Foca; Foča
BIH | Republika Srpska
BGR | Plovdiv
BGR | Varna
BGR | Burgas; Bourgas
BGR | Stara Zagora
BGR | Kozloduy
HRV | Rijeka
HRV | Osijek
HRV | Zadar
HRV | Dubrovnik
HRV | Vukovar
HRV | Knin
HRV | Slavonia
HRV | Dalmatia
# Northern Cyprus: places under Turkish Cypriot administration are coded CYP, the recognised state.
CYP | Limassol; Lemesos
CYP | Larnaca; Larnaka
CYP | Paphos; Pafos
CYP | Ayia Napa
CYP | Famagusta; Gazimagusa; Gazimağusa; Ammochostos
CYP | Kyrenia; Girne
CYP | Morphou; Guzelyurt; Güzelyurt
CYP | Varosha
CYP | Northern Cyprus; North Cyprus
CZE | Brno
CZE | Ostrava
CZE | Plzen; Plzeň; Pilsen
CZE | Olomouc
CZE | Karlovy Vary
CZE | Moravia
CZE | Bohemia
DNK | Aarhus; Århus
DNK | Odense
DNK | Aalborg; Ålborg
DNK | Jutland; Jylland
DNK | Bornholm
EST | Tartu
EST | Narva
EST | Parnu; Pärnu
EST | Ida-Viru
EST | Saaremaa
FIN | Espoo
FIN | Tampere
FIN | Vantaa
FIN | Oulu
FIN | Turku; Åbo
FIN | Rovaniemi
FRA | Marseille; Marseilles
FRA | Lyon
FRA | Toulouse
FRA | Nantes
FRA | Bordeaux
FRA | Lille
FRA | Calais
FRA | Dunkirk; Dunkerque
FRA | Biarritz
FRA | Versailles
FRA | Nanterre
FRA | Clichy-sous-Bois
FRA | Corsica; Corse
FRA | Normandy; Normandie
FRA | Alsace
FRA | Ile-de-France; Île-de-France
DEU | Hamburg
DEU | Munich; München
DEU | Cologne; Köln
DEU | Frankfurt; Frankfurt am Main
DEU | Stuttgart
DEU | Dusseldorf; Düsseldorf
DEU | Leipzig
DEU | Dresden
DEU | Hanover; Hannover
DEU | Nuremberg; Nürnberg
DEU | Bonn
DEU | Karlsruhe
DEU | Magdeburg
DEU | Potsdam
DEU | Solingen
DEU | Ramstein
DEU | Schloss Elmau
DEU | Bavaria; Bayern
DEU | Saxony; Sachsen
DEU | Thuringia; Thüringen
DEU | Hesse; Hessen
DEU | North Rhine-Westphalia; Nordrhein-Westfalen
DEU | Baden-Wurttemberg; Baden-Württemberg
GRC | Thessaloniki; Salonika; Salonica
GRC | Patras; Patra
GRC | Piraeus
GRC | Heraklion; Iraklio; Iraklion
GRC | Alexandroupolis; Alexandroupoli
GRC | Pylos
GRC | Idomeni
GRC | Evros
GRC | Crete
GRC | Corfu
GRC | Lesbos; Lesvos
GRC | Mount Athos
HUN | Debrecen
HUN | Szeged
HUN | Miskolc
HUN | Pecs; Pécs
HUN | Gyor; Győr
HUN | Paks
HUN | Roszke; Röszke
ISL | Akureyri
ISL | Keflavik; Keflavík
ISL | Grindavik; Grindavík
IRL | Cork
IRL | Limerick
IRL | Galway
IRL | Waterford
IRL | Donegal
ITA | Milan; Milano
ITA | Naples; Napoli
ITA | Turin; Torino
ITA | Palermo
ITA | Genoa; Genova
ITA | Bologna
ITA | Florence; Firenze
ITA | Bari
ITA | Catania
ITA | Venice; Venezia
ITA | Cutro
ITA | Lampedusa
ITA | Sigonella
ITA | Aviano
ITA | Sicily; Sicilia
ITA | Sardinia; Sardegna
ITA | Calabria
ITA | Lombardy; Lombardia
ITA | Tuscany; Toscana
ITA | South Tyrol; Alto Adige; Trentino-Alto Adige
LVA | Daugavpils
LVA | Liepaja; Liepāja
LVA | Rezekne; Rēzekne
LVA | Latgale
LTU | Kaunas
LTU | Klaipeda; Klaipėda
LTU | Siauliai; Šiauliai
LTU | Rukla
LUX | Esch-sur-Alzette
MLT | Gozo
MDA | Transnistria; Transdniestria; Transdniester; Trans-Dniester; Pridnestrovie
MDA | Tiraspol
MDA | Balti; Bălți; Beltsy
MDA | Comrat
MDA | Gagauzia
MCO | Monte Carlo; Monte-Carlo
MNE | Niksic; Nikšić
MNE | Budva
MNE | Kotor
NLD | Rotterdam
NLD | Utrecht
NLD | Eindhoven
NLD | Groningen
NLD | Maastricht
NLD | Schiphol
MKD | Bitola
MKD | Kumanovo
MKD | Tetovo
MKD | Ohrid
MKD | Prilep
MKD | Kocani; Kočani
NOR | Bergen
NOR | Trondheim
NOR | Stavanger
NOR | Tromso; Tromsø
NOR | Kristiansand
NOR | Kirkenes
NOR | Utoya; Utøya
POL | Krakow; Kraków; Cracow
POL | Lodz; Łódź
POL | Wroclaw; Wrocław; Breslau
POL | Poznan; Poznań
POL | Gdansk; Gdańsk; Danzig
POL | Katowice
POL | Rzeszow; Rzeszów
POL | Przemysl; Przemyśl
POL | Suwalki; Suwałki
POL | Redzikowo
POL | Przewodow; Przewodów
POL | Kuznica; Kuźnica
POL | Oswiecim; Oświęcim; Auschwitz
PRT | Porto; Oporto
PRT | Coimbra
PRT | Faro
PRT | Funchal
PRT | Lajes
PRT | Madeira
PRT | Azores; Açores
PRT | Algarve
ROU | Cluj-Napoca; Cluj
ROU | Timisoara; Timișoara; Timişoara
ROU | Iasi; Iași; Iaşi
ROU | Constanta; Constanța; Constanţa
ROU | Brasov; Brașov; Braşov
ROU | Deveselu
ROU | Transylvania
RUS | Saint Petersburg; St Petersburg; St. Petersburg; Leningrad
RUS | Novosibirsk
RUS | Yekaterinburg; Ekaterinburg; Sverdlovsk
RUS | Kazan
RUS | Nizhny Novgorod; Nizhniy Novgorod
RUS | Chelyabinsk
RUS | Samara
RUS | Rostov-on-Don; Rostov
RUS | Krasnoyarsk
RUS | Voronezh
RUS | Volgograd; Stalingrad
RUS | Krasnodar
RUS | Irkutsk
RUS | Khabarovsk
RUS | Vladivostok
RUS | Makhachkala
RUS | Kaliningrad; Koenigsberg; Königsberg
RUS | Kursk
RUS | Sudzha
RUS | Belgorod
RUS | Bryansk
RUS | Smolensk
RUS | Pskov
RUS | Murmansk
RUS | Arkhangelsk
RUS | Sochi
RUS | Novorossiysk
RUS | Krasnogorsk
RUS | Chechnya; Chechen Republic
RUS | Grozny; Groznyy
RUS | Dagestan; Daghestan
RUS | Ingushetia
RUS | North Ossetia; North Ossetia-Alania
RUS | Vladikavkaz
RUS | Beslan
RUS | North Caucasus
RUS | Tatarstan
RUS | Bashkortostan; Bashkiria
RUS | Siberia
RUS | Sakhalin
# Kuril Islands: administered by Russia; Japan claims the southern four as its Northern Territories.
RUS | Kuril Islands; Kurils; Kuriles
SRB | Novi Sad
SRB | Nis; Niš
SRB | Kragujevac
SRB | Subotica
SRB | Novi Pazar
SRB | Presevo; Preševo
SRB | Bujanovac
SRB | Vojvodina
XKX | Mitrovica; Kosovska Mitrovica; Mitrovicë
XKX | Prizren
XKX | Peja; Pec; Peć
XKX | Gjakova; Djakovica; Đakovica
XKX | Ferizaj; Urosevac; Uroševac
XKX | Gjilan; Gnjilane
XKX | Zvecan; Zvečan
XKX | Leposavic; Leposavić
XKX | Zubin Potok
XKX | Banjska
XKX | Racak; Račak; Reçak
SVK | Kosice; Košice
SVK | Presov; Prešov
SVK | Zilina; Žilina
SVK | Banska Bystrica; Banská Bystrica
SVK | Handlova; Handlová
SVN | Maribor
SVN | Celje
SVN | Koper
ESP | Barcelona
ESP | Seville; Sevilla
ESP | Zaragoza; Saragossa
ESP | Malaga; Málaga
ESP | Palma de Mallorca
ESP | Bilbao
ESP | Vitoria-Gasteiz
ESP | San Sebastian; San Sebastián; Donostia
ESP | Ceuta
ESP | Melilla
ESP | Catalonia; Catalunya; Cataluña
ESP | Basque Country; Euskadi; País Vasco; Pais Vasco
ESP | Andalusia; Andalucía; Andalucia
ESP | Galicia
ESP | Balearic Islands; Balearics; Baleares
ESP | Mallorca; Majorca
ESP | Canary Islands; Canaries
ESP | El Hierro
SWE | Gothenburg; Göteborg; Goteborg
SWE | Malmo; Malmö
SWE | Uppsala
SWE | Kiruna
SWE | Rinkeby
SWE | Gotland
CHE | Geneva; Genève; Geneve; Genf
CHE | Zurich; Zürich
CHE | Basel; Basle; Bâle
CHE | Lausanne
CHE | Lucerne; Luzern
CHE | Lugano
CHE | Davos
CHE | Burgenstock; Bürgenstock
# Crimea, Sevastopol and the occupied parts of Donbas and southern Ukraine are coded UKR (wire-news convention).
UKR | Kharkiv; Kharkov
UKR | Odesa; Odessa
UKR | Dnipro; Dnipropetrovsk; Dnepropetrovsk
UKR | Donetsk
UKR | Zaporizhzhia; Zaporizhia; Zaporizhzhya; Zaporozhye
UKR | Lviv; Lvov; Lemberg
UKR | Kryvyi Rih; Kryvyy Rih; Krivoy Rog
UKR | Mykolaiv; Mykolayiv; Nikolaev; Nikolayev
UKR | Mariupol
UKR | Luhansk; Lugansk
UKR | Vinnytsia; Vinnytsya; Vinnitsa
UKR | Makiivka; Makiyivka; Makeyevka
UKR | Horlivka; Gorlovka
UKR | Kherson
UKR | Poltava
UKR | Chernihiv; Chernigov
UKR | Khmelnytskyi; Khmelnytskyy; Khmelnitsky
UKR | Zhytomyr; Zhitomir
UKR | Sumy
UKR | Rivne; Rovno
UKR | Kremenchuk; Kremenchug
UKR | Kramatorsk
UKR | Sloviansk; Slovyansk; Slavyansk
UKR | Kostiantynivka; Kostyantynivka; Konstantinovka
UKR | Pokrovsk
UKR | Toretsk
UKR | Chasiv Yar
UKR | Bakhmut; Artemivsk; Artyomovsk
UKR | Soledar
UKR | Avdiivka; Avdeyevka
UKR | Marinka; Maryinka
UKR | Vuhledar; Ugledar
UKR | Kurakhove; Kurakhovo
UKR | Debaltseve; Debaltsevo
UKR | Ilovaisk; Ilovaysk
UKR | Olenivka
UKR | Lysychansk; Lisichansk
UKR | Sievierodonetsk; Severodonetsk
UKR | Lyman
UKR | Izium; Izyum
UKR | Kupiansk; Kupyansk
UKR | Vovchansk; Volchansk
UKR | Melitopol
UKR | Berdiansk; Berdyansk
UKR | Enerhodar; Energodar
UKR | Nikopol
UKR | Robotyne; Rabotino
UKR | Nova Kakhovka
UKR | Kakhovka
UKR | Bucha
UKR | Irpin
UKR | Hostomel; Gostomel
UKR | Chernobyl; Chornobyl
UKR | Snake Island; Zmiinyi Island
UKR | Crimea; Crimean Peninsula
UKR | Sevastopol; Sebastopol
UKR | Simferopol
UKR | Kerch
UKR | Yalta
UKR | Feodosia; Feodosiya
UKR | Donbas; Donbass
# Northern Ireland, Scotland, Wales and England are names of GBR in countries.lex and are not repeated here.
GBR | Belfast
GBR | Londonderry; Derry
GBR | Omagh
GBR | Enniskillen
GBR | Edinburgh
GBR | Glasgow
GBR | Lockerbie
GBR | Faslane
GBR | Cardiff
GBR | Manchester
GBR | Birmingham
GBR | Liverpool
GBR | Leeds
GBR | Sheffield
GBR | Bristol
GBR | Newcastle upon Tyne
GBR | Salisbury
GBR | Dover
GBR | Heathrow
GBR | Sellafield
GBR | Yorkshire
GBR | Shetland; Shetland Islands
GBR | Orkney; Orkney Islands

# ---------------------------------------------------------------- Middle East and North Africa
BHR | Muharraq
BHR | Riffa
BHR | Sitra
BHR | Diraz; Duraz
EGY | Alexandria
EGY | Giza
EGY | Port Said
EGY | Suez
EGY | Suez Canal
EGY | Ismailia
EGY | Luxor
EGY | Aswan
EGY | Asyut; Assiut; Asyout
EGY | Minya; El Minya; Minia
EGY | Hurghada
EGY | Sharm el-Sheikh; Sharm El Sheikh; Sharm al-Sheikh
EGY | Sinai; Sinai Peninsula
EGY | North Sinai
EGY | El Arish; al-Arish; Arish
EGY | Sheikh Zuweid
EGY | Taba
IRN | Mashhad; Meshed
IRN | Isfahan; Esfahan
IRN | Shiraz
IRN | Tabriz
IRN | Qom; Qum
IRN | Ahvaz; Ahwaz
IRN | Kermanshah
IRN | Urmia; Orumiyeh; Urumieh
IRN | Zahedan
IRN | Bandar Abbas
IRN | Arak
IRN | Sanandaj
IRN | Bushehr; Bushire
IRN | Saqqez
IRN | Natanz
IRN | Fordow; Fordo
IRN | Parchin
IRN | Kharg Island; Kharg
IRN | Khuzestan
IRN | Sistan and Baluchestan; Sistan-Baluchestan; Sistan-Baluchistan
IRQ | Basra; Basrah
IRQ | Mosul
IRQ | Erbil; Arbil; Irbil
IRQ | Kirkuk
IRQ | Najaf
IRQ | Karbala; Kerbala
IRQ | Sulaymaniyah; Sulaimaniya; Suleimaniyah; Sulaimaniyah; Slemani
IRQ | Nasiriyah; Nasiriya
IRQ | Fallujah; Falluja; Faluja
IRQ | Ramadi
IRQ | Samarra
IRQ | Tikrit
IRQ | Baqubah; Baquba; Baqouba
IRQ | Dohuk; Duhok; Dahuk
IRQ | Halabja
IRQ | Sinjar
IRQ | Tal Afar; Tel Afar
IRQ | Haditha
IRQ | Qaim; al-Qaim; Al Qaim
IRQ | Abu Ghraib
IRQ | Sadr City
IRQ | Umm Qasr
IRQ | Ain al-Asad; Al Asad Air Base
IRQ | Anbar; al-Anbar
IRQ | Nineveh; Ninawa; Nineveh Province
IRQ | Diyala
IRQ | Salah al-Din; Salah ad-Din
IRQ | Kurdistan Region; Iraqi Kurdistan; Kurdistan Region of Iraq
ISR | Tel Aviv; Tel Aviv-Yafo
ISR | Haifa
ISR | Ashdod
ISR | Netanya
ISR | Beersheba; Beer Sheva; Be'er Sheva
ISR | Ashkelon; Ashqelon
ISR | Nazareth
ISR | Eilat
ISR | Kiryat Shmona
ISR | Sderot
ISR | Dimona
ISR | Kfar Aza
ISR | Be'eri; Beeri
ISR | Nir Oz
ISR | Negev
ISR | Galilee
JOR | Zarqa
JOR | Irbid
JOR | Aqaba
JOR | Mafraq
JOR | Karak; Kerak
JOR | Zaatari
KWT | Jahra
KWT | Ahmadi; Al Ahmadi
KWT | Bubiyan
LBN | Sidon; Saida
LBN | Tyre
LBN | Nabatieh; Nabatiyeh
LBN | Baalbek
LBN | Bint Jbeil
LBN | Khiam
LBN | Naqoura
LBN | Arsal; Ersal
LBN | Bekaa; Bekaa Valley; Beqaa
LBN | Dahiyeh; Dahieh; Dahiya
LBN | Ain al-Hilweh; Ain el-Hilweh
OMN | Salalah
OMN | Sohar; Suhar
OMN | Duqm
OMN | Musandam
OMN | Dhofar; Dhufar
# West Bank, Gaza and East Jerusalem, including settlements there, are coded PSE.
PSE | West Bank
PSE | East Jerusalem
PSE | Gaza City
PSE | Rafah
PSE | Khan Younis; Khan Yunis
PSE | Deir al-Balah; Deir el-Balah
PSE | Jabalia; Jabaliya; Jabalya
PSE | Beit Hanoun; Beit Hanun
PSE | Beit Lahia; Beit Lahiya
PSE | Nuseirat
PSE | Shejaiya; Shujaiya; Shujaiyya; Shuja'iyya
PSE | Mawasi; al-Mawasi
PSE | Philadelphi Corridor; Philadelphi Route
PSE | Jenin
PSE | Nablus
PSE | Hebron; Al-Khalil
PSE | Bethlehem
PSE | Jericho
PSE | Tulkarm; Tulkarem
PSE | Qalqilya; Qalqilyah
PSE | Huwara; Huwwara; Hawara
PSE | Sheikh Jarrah
PSE | Masafer Yatta
PSE | Ma'ale Adumim; Maale Adumim
QAT | Al Wakrah; Al-Wakrah
QAT | Lusail
QAT | Al Rayyan; Ar-Rayyan
QAT | Al Udeid
QAT | Ras Laffan
SAU | Jeddah; Jidda; Jiddah
SAU | Mecca; Makkah
SAU | Madinah; Al-Madinah
SAU | Dammam
SAU | Taif; Ta'if
SAU | Tabuk
SAU | Khobar; Al Khobar; al-Khobar
SAU | Dhahran
SAU | Abha
SAU | Najran
SAU | Jizan; Jazan; Gizan
SAU | Qatif; al-Qatif
SAU | Awamiya; al-Awamiyah
SAU | Jubail; Al Jubail
SAU | Yanbu
SAU | Abqaiq; Buqayq
SAU | Ras Tanura
SAU | AlUla; Al-Ula; Al Ula
SAU | Neom
# Golan Heights and its villages are coded SYR (occupied by Israel; annexation not recognised).
SYR | Aleppo; Halab
SYR | Homs
SYR | Hama
SYR | Latakia; Lattakia; Latakiyah
SYR | Tartus; Tartous
SYR | Deir ez-Zor; Deir al-Zor; Deir el-Zour; Deir ez-Zour; Deir Ezzor; Deir Ezzour
SYR | Raqqa; Raqqah; al-Raqqa
SYR | Idlib; Idleb
SYR | Daraa; Deraa; Dar'a
SYR | Qamishli; Qamishlo; Kamishli
SYR | Hasakah; al-Hasakah; Hassakeh
SYR | Palmyra; Tadmur
SYR | Kobani; Kobane; Ayn al-Arab; Ain al-Arab
SYR | Afrin; Efrin
SYR | Manbij
SYR | Douma
SYR | Ghouta; Eastern Ghouta; East Ghouta
SYR | Yarmouk
SYR | Darayya; Daraya
SYR | Sayyida Zeinab; Sayyida Zaynab
SYR | Qusayr; al-Qusayr
SYR | Khan Sheikhoun; Khan Shaykhun
SYR | Jisr al-Shughur; Jisr ash-Shughur
SYR | Maarat al-Numan; Maarat al-Nuaman; Ma'arrat al-Nu'man
SYR | Saraqeb; Saraqib
SYR | Jableh; Jablah
SYR | Baniyas; Banias
SYR | Suwayda; Sweida; As-Suwayda
SYR | Quneitra
SYR | Golan Heights; Golan
SYR | Majdal Shams
SYR | Tal Abyad; Tell Abyad
SYR | Ras al-Ain; Ras al-Ayn; Serekaniye
SYR | Bukamal; Al-Bukamal; Abu Kamal; Albu Kamal
SYR | Mayadin
SYR | Baghouz
SYR | Tabqa; al-Tabqa
SYR | Al-Hol; al-Hawl; Al Hol
SYR | Tanf; al-Tanf; At-Tanf
SYR | Rukban
SYR | Hmeimim; Khmeimim; Hmeymim
SYR | Shayrat; al-Shayrat
SYR | Azaz; A'zaz
SYR | Jarablus
SYR | Al-Bab
SYR | Tal Rifaat; Tell Rifaat
SYR | Sheikh Maqsoud; Sheikh Maqsood
SYR | Rojava
TUR | Istanbul
TUR | Izmir; İzmir
TUR | Bursa
TUR | Antalya
TUR | Adana
TUR | Konya
TUR | Gaziantep; Antep
TUR | Sanliurfa; Şanlıurfa; Urfa
TUR | Izmit; İzmit
TUR | Mersin
TUR | Diyarbakir; Diyarbakır
TUR | Hatay
TUR | Antakya; Antioch
TUR | Iskenderun; İskenderun; Alexandretta
TUR | Malatya
TUR | Kahramanmaras; Kahramanmaraş
TUR | Adiyaman; Adıyaman
TUR | Canakkale; Çanakkale
TUR | Gallipoli
TUR | Cizre
TUR | Sirnak; Şırnak
TUR | Hakkari
TUR | Kilis
TUR | Reyhanli; Reyhanlı
TUR | Suruc; Suruç
TUR | Incirlik; İncirlik
TUR | Anatolia
TUR | Bosphorus; Bosporus
TUR | Dardanelles
ARE | Dubai
ARE | Sharjah
ARE | Ajman
ARE | Ras al-Khaimah; Ras Al Khaimah
ARE | Fujairah; Fujeirah
ARE | Al Ain
ARE | Jebel Ali
ARE | Al Dhafra
YEM | Aden
YEM | Taiz; Ta'izz; Taizz
YEM | Hodeidah; Hudaydah; Hodeida; Al Hudaydah
YEM | Mukalla; Al Mukalla
YEM | Marib; Ma'rib
YEM | Saada; Sa'dah; Saadah
YEM | Mokha; Al Mokha
YEM | Ras Isa
YEM | Socotra; Soqotra
YEM | Hadramout; Hadramawt; Hadhramaut; Hadramaut
DZA | Oran; Wahran
DZA | Annaba
DZA | Tizi Ouzou
DZA | Kabylie; Kabylia
DZA | Tamanrasset
DZA | Tindouf
DZA | In Amenas
DZA | Hassi Messaoud
LBY | Benghazi; Banghazi
LBY | Misrata; Misurata; Misratah
LBY | Sirte; Surt
LBY | Tobruk; Tubruq
LBY | Derna; Darnah
LBY | Sabha; Sebha
LBY | Zawiya; Zawiyah; Az Zawiyah
LBY | Zintan
LBY | Bani Walid
LBY | Ajdabiya; Ajdabiyah
LBY | Ras Lanuf
LBY | Marsa el-Brega; Marsa al-Brega
LBY | Jufra; al-Jufra
LBY | Fezzan; Fazzan
LBY | Cyrenaica
MAR | Casablanca
MAR | Fez; Fes; Fès
MAR | Marrakesh; Marrakech
MAR | Tangier; Tangiers; Tanger
MAR | Agadir
MAR | Oujda
MAR | Tetouan; Tétouan
MAR | Nador
MAR | Al Hoceima; Al-Hoceima
MAR | Al Haouz
# Western Sahara places are coded ESH (non-self-governing territory; Laayoune is in countries.lex).
ESH | Dakhla; Villa Cisneros
ESH | Smara; Es Semara
ESH | Boujdour
ESH | Guerguerat
ESH | Tifariti
TUN | Sfax
TUN | Sousse
TUN | Kairouan
TUN | Bizerte; Bizerta
TUN | Gabes; Gabès
TUN | Gafsa
TUN | Kasserine
TUN | Sidi Bouzid
TUN | Djerba; Jerba
TUN | Ben Guerdane
SDN | Omdurman
SDN | Port Sudan
SDN | Khartoum North
SDN | Nyala
SDN | El Obeid; Al-Ubayyid
SDN | Kassala
SDN | Wad Madani; Wad Medani
SDN | Gedaref; Al Qadarif; Gadarif
SDN | El Fasher; Al-Fashir; El Fashir; Al Fasher
SDN | Geneina; El Geneina; Al-Junaynah
SDN | El Daein; Ed Daein
SDN | Kadugli
SDN | Heglig
SDN | Darfur
SDN | North Darfur
SDN | South Darfur
SDN | West Darfur
SDN | Kordofan
SDN | South Kordofan
SDN | Nuba Mountains
SDN | Gezira

# ---------------------------------------------------------------- Caucasus and Central Asia
ARM | Gyumri
ARM | Vanadzor
ARM | Vagharshapat; Etchmiadzin; Echmiadzin
ARM | Kapan
ARM | Goris
ARM | Meghri
ARM | Metsamor
ARM | Syunik; Zangezur
# Nagorno-Karabakh and the districts around it are coded AZE (recognised territory of Azerbaijan).
AZE | Ganja; Gyandzha
AZE | Sumgait; Sumqayit
AZE | Tovuz
AZE | Nakhchivan; Nakhichevan; Naxçıvan
AZE | Nagorno-Karabakh; Nagorny Karabakh; Nagorno Karabakh; Karabakh; Artsakh
AZE | Stepanakert; Khankendi; Xankəndi
AZE | Shusha; Shushi; Şuşa
AZE | Lachin; Berdzor
AZE | Lachin Corridor
AZE | Agdam; Aghdam
AZE | Fizuli; Fuzuli; Füzuli
AZE | Kalbajar; Kelbajar
AZE | Jabrayil; Jebrail
AZE | Khojaly; Khojali; Xocalı
# South Ossetia and Abkhazia are coded GEO (recognised territory of Georgia).
GEO | Batumi
GEO | Kutaisi
GEO | Rustavi
GEO | Gori
GEO | Zugdidi
GEO | Poti
GEO | Ajaria; Adjara; Adjaria
GEO | Pankisi Gorge; Pankisi
GEO | South Ossetia; Tskhinvali Region; Samachablo
GEO | Tskhinvali; Tskhinval
GEO | Akhalgori; Leningor
GEO | Abkhazia
GEO | Sukhumi; Sukhum; Sokhumi
GEO | Kodori Gorge; Kodori
KAZ | Almaty; Alma-Ata
KAZ | Shymkent; Chimkent
KAZ | Karaganda; Karagandy; Qaraghandy
KAZ | Aktobe; Aqtobe
KAZ | Taraz
KAZ | Ust-Kamenogorsk; Oskemen; Öskemen
KAZ | Semey; Semipalatinsk
KAZ | Atyrau
KAZ | Aktau; Aqtau
KAZ | Zhanaozen; Janaozen
KAZ | Mangystau; Mangistau
KAZ | Baikonur; Baykonur
KAZ | Tengiz
KAZ | Kashagan
KGZ | Osh
KGZ | Jalal-Abad
KGZ | Tokmok
KGZ | Batken
KGZ | Issyk-Kul; Issyk Kul; Ysyk-Kol
KGZ | Kumtor
TJK | Khujand; Khodjent; Leninabad
TJK | Kulob; Kulyab
TJK | Bokhtar; Qurghonteppa; Kurgan-Tyube
TJK | Khorog; Khorugh
TJK | Gorno-Badakhshan
TJK | Rogun
TKM | Turkmenabat; Turkmenabad; Chardzhou
TKM | Dashoguz; Dashhowuz; Dashkhovuz
TKM | Balkanabat
TKM | Awaza
TKM | Galkynysh
UZB | Samarkand; Samarqand
UZB | Bukhara; Buxoro
UZB | Namangan
UZB | Andijan; Andijon
UZB | Fergana; Farg'ona
UZB | Nukus
UZB | Karshi; Qarshi
UZB | Kokand; Qo'qon
UZB | Termez; Termiz
UZB | Karshi-Khanabad
UZB | Karakalpakstan; Qoraqalpog'iston
MNG | Erdenet
MNG | Darkhan
MNG | Oyu Tolgoi
MNG | Tavan Tolgoi

# ---------------------------------------------------------------- South Asia
AFG | Kandahar; Qandahar
AFG | Herat
AFG | Mazar-i-Sharif; Mazar-e-Sharif; Mazar-e Sharif
AFG | Jalalabad
AFG | Kunduz; Konduz; Kondoz
AFG | Lashkar Gah; Lashkargah
AFG | Ghazni
AFG | Khost; Khowst
AFG | Bamiyan; Bamyan; Bamian
AFG | Bagram
AFG | Spin Boldak
AFG | Tora Bora
AFG | Helmand
AFG | Nangarhar
AFG | Kunar
AFG | Paktia; Paktiya
AFG | Wardak; Maidan Wardak
AFG | Panjshir; Panjshir Valley; Panjsher
AFG | Badakhshan
AFG | Balkh
AFG | Uruzgan; Oruzgan
BGD | Chittagong; Chattogram
BGD | Khulna
BGD | Rajshahi
BGD | Sylhet
BGD | Savar
BGD | Cox's Bazar
BGD | Teknaf
BGD | Kutupalong
BGD | Bhasan Char
BGD | Chittagong Hill Tracts
BTN | Phuentsholing; Phuntsholing
BTN | Paro
BTN | Punakha
BTN | Gelephu
# Kashmir: Indian-administered places are coded IND, Pakistani-administered places PAK; bare "Kashmir" is left out.
IND | Mumbai; Bombay
IND | Kolkata; Calcutta
IND | Chennai; Madras
IND | Bengaluru; Bangalore
IND | Ahmedabad; Amdavad
IND | Pune; Poona
IND | Surat
IND | Jaipur
IND | Lucknow
IND | Nagpur
IND | Indore
IND | Bhopal
IND | Patna
IND | Agra
IND | Varanasi; Benares; Banaras
IND | Amritsar
IND | Pathankot
IND | Prayagraj; Allahabad
IND | Guwahati; Gauhati
IND | Chandigarh
IND | Thiruvananthapuram; Trivandrum
IND | Kochi; Cochin
IND | Imphal
IND | Shillong
IND | Tawang
IND | Ayodhya
IND | Godhra
IND | Dantewada
IND | Sukma
# Indian-administered Jammu and Kashmir and Ladakh.
IND | Srinagar
IND | Jammu
IND | Jammu and Kashmir; Jammu & Kashmir
IND | Ladakh
IND | Leh
IND | Kargil
IND | Pulwama
IND | Pahalgam
IND | Uttar Pradesh
IND | Maharashtra
IND | Bihar
IND | West Bengal
IND | Madhya Pradesh
IND | Tamil Nadu
IND | Rajasthan
IND | Karnataka
IND | Gujarat
IND | Andhra Pradesh
IND | Telangana
IND | Odisha; Orissa
IND | Kerala
IND | Jharkhand
IND | Assam
IND | Chhattisgarh
IND | Haryana
IND | Uttarakhand; Uttaranchal
IND | Himachal Pradesh
IND | Manipur
IND | Nagaland
IND | Goa
IND | Arunachal Pradesh
MDV | Addu City; Addu Atoll
MDV | Hulhumale; Hulhumalé
NPL | Pokhara
NPL | Lalitpur
NPL | Bhaktapur
NPL | Biratnagar
NPL | Birgunj
NPL | Lumbini
PAK | Karachi
PAK | Lahore
PAK | Faisalabad; Lyallpur
PAK | Rawalpindi
PAK | Peshawar
PAK | Multan
PAK | Quetta
PAK | Larkana
PAK | Kamra
PAK | Abbottabad
PAK | Mardan
PAK | Bannu
PAK | Lakki Marwat
PAK | Dera Ismail Khan
PAK | Swat Valley
PAK | Chitral
PAK | Gwadar
PAK | Mastung
PAK | Chaman
PAK | Khyber Pakhtunkhwa; North-West Frontier Province
PAK | Balochistan; Baluchistan
PAK | Sindh; Sind
PAK | Federally Administered Tribal Areas; FATA
PAK | Waziristan
PAK | North Waziristan
PAK | South Waziristan
PAK | Miranshah; Miramshah
PAK | Wana
PAK | Bajaur
PAK | Khyber Pass
PAK | Kurram
PAK | Parachinar
# Pakistani-administered Kashmir.
PAK | Muzaffarabad
PAK | Azad Kashmir; Azad Jammu and Kashmir
PAK | Gilgit
PAK | Gilgit-Baltistan
LKA | Kandy
LKA | Galle
LKA | Jaffna
LKA | Trincomalee
LKA | Batticaloa
LKA | Kilinochchi
LKA | Mullaitivu
LKA | Vavuniya
LKA | Hambantota

# ---------------------------------------------------------------- East Asia
# Hong Kong and Macau have codes of their own (HKG, MAC); Taiwan's places are coded TWN.
# Islands disputed at sea (Spratlys, Paracels, Senkaku/Diaoyu, Dokdo/Takeshima, Scarborough Shoal) are left out.
CHN | Shanghai
CHN | Guangzhou; Canton
CHN | Shenzhen
CHN | Chongqing; Chungking
CHN | Tianjin; Tientsin
CHN | Chengdu
CHN | Wuhan
CHN | Nanjing; Nanking
CHN | Xi'an; Xian
CHN | Hangzhou
CHN | Shenyang; Mukden
CHN | Harbin
CHN | Dalian
CHN | Qingdao; Tsingtao
CHN | Jinan
CHN | Zhengzhou
CHN | Changsha
CHN | Kunming
CHN | Urumqi; Ürümqi
CHN | Lhasa
CHN | Xiamen; Amoy
CHN | Fuzhou
CHN | Dandong
CHN | Beidaihe
CHN | Boao
CHN | Xiong'an; Xiongan
CHN | Wukan
CHN | Lop Nur; Lop Nor
CHN | Kashgar; Kashi
CHN | Xinjiang; Xinjiang Uyghur Autonomous Region; Xinjiang Uygur Autonomous Region; East Turkestan; East Turkistan
CHN | Tibet; Tibet Autonomous Region; Xizang
CHN | Inner Mongolia; Nei Mongol
CHN | Ningxia
CHN | Guangxi
CHN | Guangdong; Kwangtung
CHN | Fujian; Fukien
CHN | Zhejiang
CHN | Jiangsu
CHN | Shandong
CHN | Hebei
CHN | Henan
CHN | Hubei
CHN | Hunan
CHN | Gansu
CHN | Sichuan; Szechuan; Szechwan
CHN | Yunnan
CHN | Hainan
CHN | Heilongjiang
CHN | Jilin
CHN | Liaoning
HKG | Kowloon
HKG | Hong Kong Island
HKG | New Territories
HKG | Lantau; Lantau Island
HKG | Mong Kok; Mongkok
HKG | Sha Tin; Shatin
HKG | Yuen Long
MAC | Taipa
MAC | Cotai
JPN | Osaka
JPN | Yokohama
JPN | Nagoya
JPN | Sapporo
JPN | Fukuoka
JPN | Kyoto
JPN | Hiroshima
JPN | Sendai
JPN | Nagasaki
JPN | Yokosuka
JPN | Kadena
JPN | Futenma
JPN | Henoko
JPN | Ishigaki; Ishigaki Island
JPN | Yonaguni
JPN | Okinawa
JPN | Hokkaido
JPN | Fukushima
JPN | Noto Peninsula
PRK | Hamhung; Hamheung
PRK | Chongjin
PRK | Nampo; Nampho
PRK | Wonsan
PRK | Sinuiju
PRK | Kaesong
PRK | Hyesan
PRK | Rason; Rajin
PRK | Sinpo
PRK | Yongbyon; Nyongbyon
PRK | Punggye-ri; Punggyeri
PRK | Sohae
PRK | Tongchang-ri; Tongchang-ni
PRK | Mount Kumgang; Kumgangsan
KOR | Busan; Pusan
KOR | Incheon; Inchon
KOR | Daegu; Taegu
KOR | Gwangju; Kwangju
KOR | Gyeongju
KOR | Muan
KOR | Pyeongtaek
KOR | Osan
KOR | Seongju
KOR | Pyeongchang
KOR | Itaewon
KOR | Jeju; Cheju; Jeju Island
KOR | Yeonpyeong; Yeonpyeong Island
KOR | Baengnyeong; Baengnyeong Island
TWN | Kaohsiung
TWN | Taichung
TWN | Tainan
TWN | Taoyuan
TWN | Hsinchu
TWN | Keelung; Jilong
TWN | Hualien
TWN | New Taipei; New Taipei City
TWN | Kinmen; Quemoy
TWN | Matsu Islands
TWN | Penghu; Pescadores
TWN | Pratas Islands; Dongsha Islands

# ---------------------------------------------------------------- South-East Asia
BRN | Kuala Belait
BRN | Seria
KHM | Siem Reap
KHM | Battambang
KHM | Sihanoukville; Kampong Som
KHM | Poipet
KHM | Anlong Veng
KHM | Preah Vihear
KHM | Angkor; Angkor Wat
IDN | Surabaya
IDN | Bandung
IDN | Medan
IDN | Makassar; Ujung Pandang
IDN | Yogyakarta; Jogjakarta; Jogja
IDN | Ambon
IDN | Jayapura
IDN | Nusa Kambangan
IDN | Banda Aceh
IDN | Poso
IDN | Palu
IDN | Wamena
IDN | Nduga
IDN | Natuna; Natuna Islands
IDN | Aceh
IDN | Sumatra
IDN | Java
IDN | Bali
IDN | Sulawesi; Celebes
IDN | Kalimantan
IDN | Papua
IDN | West Papua; Irian Jaya
IDN | Maluku; Moluccas
LAO | Luang Prabang
LAO | Savannakhet
LAO | Pakse; Pakxe
LAO | Boten
LAO | Bokeo
LAO | Attapeu
MYS | Penang; Pulau Pinang
MYS | Johor Bahru; Johor Baharu
MYS | Johor; Johore
MYS | Ipoh
MYS | Kota Kinabalu
MYS | Kuching
MYS | Malacca; Melaka
MYS | Lahad Datu
MYS | Sarawak
MYS | Selangor
MMR | Yangon; Rangoon
MMR | Mandalay
MMR | Mawlamyine; Moulmein
MMR | Sittwe; Akyab
MMR | Myitkyina
MMR | Lashio
MMR | Kyaukphyu; Kyaukpyu
MMR | Maungdaw
MMR | Buthidaung
MMR | Myawaddy
MMR | Tachileik
MMR | Laukkai; Laukkaing
MMR | Rakhine; Rakhine State; Arakan
MMR | Shan State
MMR | Kachin State
MMR | Karen State; Kayin State
MMR | Kayah State; Karenni State
MMR | Chin State
MMR | Mon State
MMR | Sagaing
PHL | Quezon City
PHL | Davao City; Davao
PHL | Cebu; Cebu City
PHL | Zamboanga; Zamboanga City
PHL | Cagayan de Oro
PHL | General Santos
PHL | Cotabato; Cotabato City
PHL | Marawi
PHL | Jolo
PHL | Tacloban
PHL | Subic Bay; Subic
PHL | Mamasapano
PHL | Mindanao
PHL | Luzon
PHL | Visayas
PHL | Palawan
PHL | Basilan
PHL | Sulu
PHL | Tawi-Tawi
PHL | Lanao del Sur
PHL | Maguindanao
PHL | Bangsamoro
SGP | Jurong
SGP | Changi
SGP | Sentosa
THA | Chiang Mai
THA | Chiang Rai
THA | Phuket
THA | Pattaya
THA | Hat Yai
THA | Nakhon Ratchasima; Korat
THA | Khon Kaen
THA | U-Tapao
THA | Songkhla
THA | Pattani
THA | Yala
THA | Narathiwat
THA | Tak Bai
THA | Mae Sot
THA | Isan; Isaan
TLS | Baucau
TLS | Suai
TLS | Oecusse; Oecussi
VNM | Ho Chi Minh City; Saigon
VNM | Haiphong; Hai Phong
VNM | Da Nang; Danang
VNM | Can Tho
VNM | Nha Trang
VNM | Ha Long; Halong
VNM | Cam Ranh; Cam Ranh Bay
VNM | Dien Bien Phu
VNM | Phu Quoc
VNM | Mekong Delta

# ---------------------------------------------------------------- Oceania
AUS | Sydney
AUS | Melbourne
AUS | Brisbane
AUS | Perth
AUS | Adelaide
AUS | Gold Coast
AUS | Hobart
AUS | Alice Springs
AUS | Pine Gap
AUS | New South Wales
AUS | Queensland
AUS | Tasmania
AUS | South Australia
AUS | Western Australia
AUS | Northern Territory
AUS | Australian Capital Territory
NZL | Auckland
NZL | Christchurch
NZL | Dunedin
NZL | Whakaari
NZL | Chatham Islands
FJI | Lautoka
FJI | Nadi
FJI | Viti Levu
FJI | Vanua Levu
PNG | Lae
PNG | Mount Hagen
PNG | Madang
PNG | Rabaul
PNG | Porgera
PNG | Enga
PNG | Manus; Manus Island
PNG | Bougainville
PNG | Arawa
PNG | Buka
PNG | Panguna
SLB | Guadalcanal
SLB | Malaita
VUT | Luganville
VUT | Espiritu Santo
WSM | Savaii; Savai'i
WSM | Upolu
TON | Vava'u; Vavau
TON | Ha'apai; Haapai
KIR | Kiritimati
KIR | Banaba
MHL | Kwajalein; Kwajalein Atoll
MHL | Bikini Atoll
MHL | Enewetak; Eniwetok
FSM | Pohnpei; Ponape
FSM | Chuuk; Truk
FSM | Yap
FSM | Kosrae
PLW | Koror
PLW | Peleliu
PYF | Mururoa; Moruroa

# ---------------------------------------------------------------- Sub-Saharan Africa
AGO | Huambo
AGO | Lobito
AGO | Benguela
AGO | Lubango
AGO | Cabinda
AGO | Cuito Cuanavale
BEN | Parakou
BEN | Abomey
BEN | Natitingou
BEN | Ouidah
BWA | Francistown
BWA | Maun
BWA | Kasane
BFA | Bobo-Dioulasso
BFA | Ouahigouya
BFA | Banfora
BFA | Dori
BFA | Djibo
BFA | Fada N'Gourma; Fada Ngourma
BFA | Arbinda
BFA | Barsalogho
BFA | Solhan
BFA | Seytenga
BDI | Cibitoke
BDI | Gatumba
CPV | Mindelo
CMR | Douala
CMR | Bamenda
CMR | Maroua
CMR | Buea; Buéa
CMR | Kumba
CMR | Kousseri
CMR | Kolofata
CMR | Bakassi; Bakassi Peninsula
CMR | Ambazonia
CAF | Bambari
CAF | Bangassou
CAF | Bria
CAF | Kaga-Bandoro
CAF | Bossangoa
CAF | Ndele; Ndélé
CAF | Birao
TCD | Moundou
TCD | Abeche; Abéché
TCD | Faya-Largeau; Faya
TCD | Adre; Adré
TCD | Goz Beida; Goz Beïda
TCD | Tibesti
TCD | Ennedi
TCD | Aouzou; Aozou Strip
COM | Anjouan; Nzwani
COM | Moheli; Mohéli; Mwali
COM | Grande Comore; Ngazidja
COG | Pointe-Noire; Pointe Noire
COG | Dolisie
COD | Lubumbashi
COD | Mbuji-Mayi; Mbuji Mayi
COD | Kisangani
COD | Goma
COD | Bukavu
COD | Bunia
COD | Butembo
COD | Uvira
COD | Kolwezi
COD | Rutshuru
COD | Minova
COD | Bunagana
COD | Nyiragongo
COD | North Kivu; Nord-Kivu
COD | South Kivu; Sud-Kivu
COD | Ituri
COD | Kasai; Kasaï
COD | Katanga
CIV | Bouake; Bouaké
CIV | Daloa
CIV | Korhogo
CIV | Duekoue; Duékoué
CIV | Grand-Bassam; Grand Bassam
CIV | Kafolo
DJI | Tadjourah; Tadjoura
DJI | Doraleh
DJI | Camp Lemonnier
GNQ | Bata
GNQ | Bioko
GNQ | Rio Muni; Río Muni
ERI | Massawa; Mitsiwa
ERI | Assab
ERI | Keren
SWZ | Manzini
SWZ | Matsapha
ETH | Dire Dawa
ETH | Mekelle; Mek'ele; Makelle; Mekele
ETH | Gondar; Gonder
ETH | Bahir Dar
ETH | Hawassa; Awassa
ETH | Harar; Harer
ETH | Humera
ETH | Mai Kadra; Mai-Kadra
ETH | Lalibela
ETH | Tigray
ETH | Western Tigray
ETH | Amhara
ETH | Oromia
ETH | Afar
ETH | Ogaden
ETH | Benishangul-Gumuz
GAB | Port-Gentil; Port Gentil
GAB | Franceville
GMB | Serekunda
GMB | Brikama
GHA | Kumasi
GHA | Tamale
GHA | Sekondi-Takoradi; Takoradi
GHA | Tema
GHA | Bawku
GHA | Ashanti Region
GIN | Nzerekore; Nzérékoré
GIN | Kankan
GIN | Boke; Boké
GIN | Gueckedou; Guéckédou
GIN | Simandou
GNB | Bafata; Bafatá
GNB | Bijagos Islands; Bissagos Islands
KEN | Mombasa
KEN | Kisumu
KEN | Nakuru
KEN | Eldoret
KEN | Garissa
KEN | Wajir
KEN | Mandera
KEN | Lamu
KEN | Dadaab
KEN | Kakuma
KEN | Mpeketoni
KEN | Manda Bay
KEN | Kibera
KEN | Turkana
LSO | Mafeteng
LSO | Leribe
LBR | Gbarnga
LBR | Nimba
LBR | Lofa
MDG | Toamasina; Tamatave
MDG | Mahajanga; Majunga
MDG | Toliara; Tulear; Toliary
MDG | Antsiranana; Diego-Suarez
MWI | Blantyre
MWI | Mzuzu
MWI | Zomba
MWI | Dzaleka
MLI | Timbuktu; Tombouctou
MLI | Kidal
MLI | Mopti
MLI | Segou; Ségou
MLI | Sikasso
MLI | Kayes
MLI | Koulikoro
MLI | Menaka; Ménaka
MLI | Tessalit
MLI | Tinzaouaten; Tin Zaouatene; Tinzawatene
MLI | Azawad
MRT | Nouadhibou
MRT | Bassikounou
MRT | Mbera; M'bera
MUS | Curepipe
MUS | Agalega; Agaléga
MOZ | Beira
MOZ | Nampula
MOZ | Tete
MOZ | Nacala
MOZ | Cabo Delgado
MOZ | Mocimboa da Praia; Mocímboa da Praia
MOZ | Afungi
MOZ | Gorongosa
NAM | Walvis Bay
NAM | Swakopmund
NAM | Caprivi; Caprivi Strip
NER | Zinder
NER | Maradi
NER | Agadez; Agades
NER | Tahoua
NER | Diffa
NER | Tillaberi; Tillabéri; Tillabery
NER | Arlit
NER | Tongo Tongo
NER | Assamaka
NGA | Lagos
NGA | Kano
NGA | Ibadan
NGA | Port Harcourt
NGA | Benin City
NGA | Kaduna
NGA | Maiduguri
NGA | Aba
NGA | Jos
NGA | Enugu
NGA | Sokoto
NGA | Chibok
NGA | Baga
NGA | Dapchi
NGA | Tudun Biri
NGA | Sambisa Forest; Sambisa
NGA | Borno
NGA | Yobe
NGA | Adamawa
NGA | Zamfara
NGA | Niger State
NGA | Benue
NGA | Plateau State
NGA | Bayelsa
NGA | Rivers State
NGA | Delta State
NGA | Niger Delta
NGA | Ogoniland; Ogoni
NGA | Biafra
RWA | Huye; Butare
RWA | Rubavu; Gisenyi
RWA | Musanze; Ruhengeri
RWA | Rusizi; Cyangugu
RWA | Murambi
RWA | Kibeho
STP | Principe; Príncipe
SEN | Touba
SEN | Thies; Thiès
SEN | Kaolack
SEN | Ziguinchor
SEN | Goree; Gorée; Goree Island
SEN | Casamance
SYC | Mahe; Mahé
SYC | Assumption Island
SLE | Kenema
SLE | Makeni
SLE | Koidu
SLE | Kailahun
SLE | Lungi
# Somaliland and Puntland are coded SOM (not recognised as states).
SOM | Somaliland
SOM | Hargeisa; Hargeysa
SOM | Berbera
SOM | Burao; Burco
SOM | Las Anod; Laascaanood; Lasanod
SOM | Puntland
SOM | Bosaso; Bosasso; Boosaaso
SOM | Garowe
SOM | Galkayo; Galkacyo; Gaalkacyo
SOM | Kismayo; Kismaayo; Kismayu
SOM | Baidoa; Baydhabo
SOM | Beledweyne; Beledweyn; Belet Weyne
SOM | Merca; Marka
SOM | Jowhar
SOM | Barawe; Barawa
SOM | Baledogle; Balidogle
SOM | Galmudug
SOM | Jubaland
SOM | Lower Shabelle
SOM | Lower Juba
ZAF | Johannesburg; Jo'burg; Joburg
ZAF | Cape Town
ZAF | Durban
ZAF | Gqeberha; Port Elizabeth
ZAF | Bloemfontein
ZAF | Pietermaritzburg
ZAF | Soweto
ZAF | Polokwane; Pietersburg
ZAF | Mbombela; Nelspruit
ZAF | Rustenburg
ZAF | Marikana
ZAF | Sharpeville
ZAF | Khayelitsha
ZAF | Sandton
ZAF | Qunu
ZAF | Nkandla
ZAF | Robben Island
ZAF | KwaZulu-Natal; KwaZulu Natal
ZAF | Gauteng
ZAF | Western Cape
ZAF | Eastern Cape
ZAF | Mpumalanga
SSD | Malakal
SSD | Wau
SSD | Bor
SSD | Bentiu
SSD | Yei
SSD | Rumbek
SSD | Renk
SSD | Akobo
SSD | Pibor
SSD | Jonglei
SSD | Unity State
SSD | Upper Nile; Upper Nile State
TZA | Mwanza
TZA | Arusha
TZA | Zanzibar
TZA | Kigoma
TZA | Mtwara
TZA | Kilimanjaro
TZA | Ngorongoro
TZA | Serengeti
TZA | Loliondo
TGO | Sokode; Sokodé
TGO | Dapaong; Dapango
UGA | Gulu
UGA | Mbarara
UGA | Jinja
UGA | Mbale
UGA | Arua
UGA | Kasese
UGA | Entebbe
UGA | Mpondwe
UGA | Karamoja
ZMB | Kitwe
ZMB | Ndola
ZMB | Barotseland
ZWE | Bulawayo
ZWE | Mutare; Umtali
ZWE | Gweru; Gwelo
ZWE | Beitbridge
ZWE | Victoria Falls
ZWE | Marange
ZWE | Matabeleland
ZWE | Mashonaland

# ---------------------------------------------------------------- North and Central America
# "Georgia" and "Washington" are left out (a country of their own and the US capital in countries.lex).
USA | New York
USA | New York City; NYC
USA | Manhattan
USA | Los Angeles
USA | Chicago
USA | Houston
USA | Phoenix
USA | Philadelphia
USA | San Antonio
USA | San Diego
USA | Dallas
USA | San Francisco
USA | Seattle
USA | Portland
USA | Denver
USA | Boston
USA | Detroit
USA | Nashville
USA | Memphis
USA | Baltimore
USA | Milwaukee
USA | Minneapolis
USA | Albuquerque
USA | Tucson
USA | Las Vegas
USA | Sacramento
USA | Atlanta
USA | Miami
USA | Mar-a-Lago
USA | New Orleans
USA | Pittsburgh
USA | Cincinnati
USA | Kansas City
USA | St. Louis; St Louis
USA | Indianapolis
USA | Louisville
USA | Oklahoma City
USA | Salt Lake City
USA | El Paso
USA | Uvalde
USA | Honolulu
USA | Pearl Harbor
USA | Anchorage
USA | Charlottesville
USA | Camp David
USA | Fort Bragg; Fort Liberty
USA | Fort Hood; Fort Cavazos
USA | Alabama
USA | Alaska
USA | Arizona
USA | Arkansas
USA | California
USA | Colorado
USA | Connecticut
USA | Delaware
USA | Florida
USA | Hawaii; Hawai'i
USA | Idaho
USA | Illinois
USA | Indiana
USA | Iowa
USA | Kansas
USA | Kentucky
USA | Louisiana
USA | Maine
USA | Maryland
USA | Massachusetts
USA | Michigan
USA | Minnesota
USA | Mississippi
USA | Missouri
USA | Montana
USA | Nebraska
USA | Nevada
USA | New Hampshire
USA | New Jersey
USA | New Mexico
USA | North Carolina
USA | North Dakota
USA | Ohio
USA | Oklahoma
USA | Oregon
USA | Pennsylvania
USA | Rhode Island
USA | South Carolina
USA | South Dakota
USA | Tennessee
USA | Texas
USA | Utah
USA | Vermont
USA | Virginia
USA | West Virginia
USA | Wisconsin
USA | Wyoming
USA | District of Columbia
CAN | Toronto
CAN | Montreal; Montréal
CAN | Vancouver
CAN | Calgary
CAN | Edmonton
CAN | Winnipeg
CAN | Quebec City; Québec City
CAN | Quebec; Québec
CAN | Ontario
CAN | Alberta
CAN | British Columbia
CAN | Manitoba
CAN | Saskatchewan
CAN | Nova Scotia
CAN | Newfoundland and Labrador; Newfoundland
CAN | Nunavut
MEX | Guadalajara
MEX | Monterrey
MEX | Puebla
MEX | Tijuana
MEX | Ciudad Juarez; Ciudad Juárez
MEX | Cancun; Cancún
MEX | Acapulco
MEX | Iguala
MEX | Ayotzinapa
MEX | Culiacan; Culiacán
MEX | Nuevo Laredo
MEX | Reynosa
MEX | Tapachula
MEX | Chihuahua
MEX | Sinaloa
MEX | Michoacan; Michoacán
MEX | Jalisco
MEX | Tamaulipas
MEX | Sonora
MEX | Baja California
MEX | Oaxaca
MEX | Chiapas
MEX | Veracruz
GTM | Quetzaltenango; Xela
GTM | Huehuetenango
GTM | Antigua Guatemala
GTM | Quiche; Quiché
GTM | Peten; Petén
GTM | Tecun Uman; Tecún Umán
BLZ | Belize City
SLV | Soyapango
SLV | Ilopango
SLV | El Mozote
SLV | Tecoluca
HND | San Pedro Sula
HND | La Ceiba
HND | Olancho
HND | Soto Cano; Palmerola
NIC | Masaya
NIC | Matagalpa
NIC | Esteli; Estelí
NIC | Bluefields
NIC | Puerto Cabezas; Bilwi
CRI | Puerto Limon; Puerto Limón
CRI | Alajuela
CRI | Guanacaste
PAN | Panama Canal
PAN | Darien; Darién; Darien Gap
PAN | Bocas del Toro
PAN | Chiriqui; Chiriquí
PAN | Guna Yala; Kuna Yala

# ---------------------------------------------------------------- Caribbean
CUB | Santiago de Cuba
CUB | Camaguey; Camagüey
CUB | Holguin; Holguín
CUB | Pinar del Rio; Pinar del Río
CUB | Matanzas
CUB | Varadero
CUB | Mariel
CUB | Bay of Pigs; Playa Giron; Playa Girón
HTI | Cap-Haitien; Cap-Haïtien; Cap Haitien
HTI | Gonaives; Gonaïves
HTI | Les Cayes
HTI | Petion-Ville; Pétion-Ville; Petionville
HTI | Cite Soleil; Cité Soleil
HTI | Croix-des-Bouquets
HTI | Ouanaminthe
HTI | Artibonite
DOM | Santiago de los Caballeros
DOM | Puerto Plata
DOM | Punta Cana
DOM | Dajabon; Dajabón
JAM | Montego Bay
JAM | Ocho Rios
BHS | Grand Bahama
BHS | Abaco; Abaco Islands
BRB | Speightstown
TTO | Tobago
TTO | Chaguanas
GRD | Carriacou
LCA | Vieux Fort; Vieux-Fort
VCT | Mustique
ATG | Barbuda
KNA | Nevis
PRI | Ponce
PRI | Mayaguez; Mayagüez
PRI | Bayamon; Bayamón
PRI | Vieques
VIR | St. Croix; St Croix; Saint Croix
VGB | Tortola
CYM | Grand Cayman
TCA | Providenciales
GLP | Pointe-a-Pitre; Pointe-à-Pitre
GUF | Kourou
GUF | Saint-Laurent-du-Maroni

# ---------------------------------------------------------------- South America
VEN | Maracaibo
VEN | Barquisimeto
VEN | Maracay
VEN | Ciudad Guayana; Puerto Ordaz
VEN | Maturin; Maturín
VEN | Ciudad Bolivar; Ciudad Bolívar
VEN | Barinas
VEN | La Guaira
VEN | Fuerte Tiuna
VEN | Zulia
VEN | Tachira; Táchira
VEN | Margarita Island; Isla Margarita
COL | Medellin; Medellín
COL | Cali
COL | Barranquilla
COL | Cucuta; Cúcuta
COL | Bucaramanga
COL | Santa Marta
COL | Popayan; Popayán
COL | Arauca
COL | Tumaco
COL | Buenaventura
COL | San Vicente del Caguan; San Vicente del Caguán
COL | Catatumbo
COL | Uraba; Urabá
COL | Antioquia
COL | Cauca
COL | Choco; Chocó
COL | Putumayo
COL | Caqueta; Caquetá
COL | Norte de Santander
COL | La Guajira
ECU | Guayaquil
ECU | Machala
ECU | Esmeraldas
ECU | Tulcan; Tulcán
ECU | Nueva Loja; Lago Agrio
ECU | Galapagos; Galápagos; Galapagos Islands; Galápagos Islands
ECU | Sucumbios; Sucumbíos
PER | Arequipa
PER | Iquitos
PER | Cusco; Cuzco
PER | Juliaca
PER | Puno
PER | Ayacucho
PER | Callao
PER | Puerto Maldonado
PER | Andahuaylas
PER | Bagua
PER | Las Bambas
PER | Machu Picchu
BOL | Santa Cruz de la Sierra
BOL | Cochabamba
BOL | El Alto
BOL | Oruro
BOL | Potosi; Potosí
BOL | Tarija
BOL | Chapare
CHL | Valparaiso; Valparaíso
CHL | Vina del Mar; Viña del Mar
CHL | Antofagasta
CHL | Temuco
CHL | Arica
CHL | Iquique
CHL | Punta Arenas
CHL | Araucania; Araucanía
CHL | Biobio; Biobío; Bio Bio
CHL | Atacama
CHL | Easter Island; Rapa Nui
ARG | Tucuman; Tucumán; San Miguel de Tucuman; San Miguel de Tucumán
ARG | Mar del Plata
ARG | Salta
ARG | Neuquen; Neuquén
ARG | Jujuy
ARG | Ushuaia
ARG | Bariloche; San Carlos de Bariloche
ARG | Vaca Muerta
URY | Paysandu; Paysandú
URY | Punta del Este
URY | Colonia del Sacramento
URY | Fray Bentos
PRY | Ciudad del Este
PRY | Encarnacion; Encarnación
PRY | Curuguaty
PRY | Alto Parana; Alto Paraná
BRA | Sao Paulo; São Paulo
BRA | Rio de Janeiro
BRA | Fortaleza
BRA | Belo Horizonte
BRA | Manaus
BRA | Curitiba
BRA | Recife
BRA | Belem; Belém
BRA | Porto Alegre
BRA | Juiz de Fora
BRA | Brumadinho
BRA | Eldorado do Carajas; Eldorado do Carajás; Eldorado dos Carajás
BRA | Pacaraima
BRA | Javari Valley; Vale do Javari
BRA | Roraima
BRA | Bahia
BRA | Minas Gerais
BRA | Rio Grande do Sul
# Essequibo: administered by Guyana, claimed by Venezuela; coded GUY.
GUY | Essequibo
GUY | Lethem
GUY | Rupununi
SUR | Nieuw Nickerie; Nickerie
