# readout discards.lex: phrases that look like events (or contain country words) but are not.
# Format: phrase | reason. A sentence is not coded at the place where the phrase occurs.

# --- sport: competitions and tournaments
World Cup | sport
FIFA World Cup | sport
Rugby World Cup | sport
Cricket World Cup | sport
T20 World Cup | sport
Club World Cup | sport
Women's World Cup | sport
World Cup qualifier | sport
World Cup final | sport
China Open | sport
US Open | sport
French Open | sport
Australian Open | sport
Italian Open | sport
Madrid Open | sport
Miami Open | sport
Canadian Open | sport
Japan Open | sport
Korea Open | sport
Qatar Open | sport
Dubai Open | sport
Mexican Open | sport
Malaysia Open | sport
Indonesia Open | sport
India Open | sport
Singapore Open | sport
Thailand Open | sport
Swiss Open | sport
German Open | sport
British Open | sport
Scottish Open | sport
Irish Open | sport
Olympic Games | sport
Winter Olympics | sport
Summer Olympics | sport
Paralympic Games | sport
Commonwealth Games | sport
Asian Games | sport
Pan American Games | sport
Africa Cup of Nations | sport
African Cup of Nations | sport
Copa America | sport
European Championship | sport
Euro 2024 | sport
Euro 2028 | sport
Champions League | sport
Europa League | sport
Conference League | sport
Premier League | sport
La Liga | sport
Serie A | sport
Ligue 1 | sport
Davis Cup | sport
Fed Cup | sport
Billie Jean King Cup | sport
Ryder Cup | sport
Solheim Cup | sport
Stanley Cup | sport
Super Bowl | sport
World Series | sport
NBA Finals | sport
Six Nations | sport
Ashes series | sport
Tour de France | sport
Giro d'Italia | sport
Vuelta a Espana | sport
Grand Prix | sport
Chinese Grand Prix | sport
British Grand Prix | sport
Monaco Grand Prix | sport
Formula One | sport
Formula 1 | sport
Dakar Rally | sport
World Rally Championship | sport
rally driver | sport
Grand Slam | sport
world championship | sport
world championships | sport
world champion | sport
defending champion | sport
national team | sport
football team | sport
soccer team | sport
cricket team | sport
rugby team | sport
basketball team | sport
hockey team | sport
volleyball team | sport
handball team | sport
football club | sport
stormed to victory | sport
Test match | sport
Test series | sport
one-day international | sport
friendly match | sport
international friendly | sport
title fight | sport
heavyweight title | sport
heavyweight bout | sport
boxing match | sport
fight night | sport
prize fight | sport
wrestling match | sport
mixed martial arts | sport

# --- sport: results and match vocabulary
penalty shootout | sport
penalty shoot-out | sport
scored a goal | sport
scored the winner | sport
scored twice | sport
own goal | sport
hat-trick | sport
won the match | sport
won the game | sport
won the final | sport
won the title | sport
lost the match | sport
lost the final | sport
won gold | sport
won silver | sport
won bronze | sport
gold medal | sport
silver medal | sport
bronze medal | sport
medal table | sport
lifted the trophy | sport
clinched the title | sport
knockout stage | sport
group stage | sport
quarter-final | sport
quarter-finals | sport
semi-final | sport
semi-finals | sport
final whistle | sport
extra time | sport
injury time | sport
stoppage time | sport
first half | sport
second half | sport
half-time | sport
red card | sport
yellow card | sport
free kick | sport
penalty kick | sport
corner kick | sport
kick-off | sport
match point | sport
set point | sport
home win | sport
away win | sport
home game | sport
away game | sport
transfer window | sport
head coach | sport
world record | sport
slam dunk | sport
home run | sport
pole position | sport
podium finish | sport
knockout punch | sport

# --- food, drink, animals and idioms with country words
French fries | food
French toast | food
French dressing | food
French kiss | idiom
French horn | music
French press | household
French windows | household
French leave | idiom
French bulldog | animal
Russian roulette | idiom
Russian doll | toy
Russian dolls | toy
Russian dressing | food
Russian salad | food
Chinese whispers | idiom
Chinese checkers | game
Chinese New Year | festival
Chinese takeaway | food
Chinese medicine | medicine
Turkish delight | food
Turkish coffee | food
Turkish bath | leisure
Mexican standoff | idiom
Mexican wave | idiom
Trojan horse | idiom
Dutch courage | idiom
Dutch auction | idiom
Dutch oven | household
go Dutch | idiom
double Dutch | idiom
Brazil nut | food
Brazil nuts | food
Swiss cheese | food
Swiss roll | food
Swiss chard | food
Swiss army knife | household
Spanish flu | disease
Spanish omelette | food
Spanish Inquisition | idiom
German measles | disease
German shepherd | animal
Indian summer | idiom
Indian ink | household
Greek yogurt | food
Greek yoghurt | food
Greek salad | food
Danish pastry | food
Brussels sprouts | food
Belgian waffle | food
Belgian waffles | food
Irish coffee | food
Irish stew | food
Irish setter | animal
Scotch egg | food
Scotch whisky | food
Welsh rarebit | food
English breakfast | food
English muffin | food
Canadian bacon | food
Cuban cigar | goods
Cuban cigars | goods
Peking duck | food
Moscow mule | drink
Singapore sling | drink
Cuba libre | drink
Panama hat | clothing
Egyptian cotton | goods
Persian cat | animal
Persian rug | goods
Siamese cat | animal
Siamese twins | idiom
Burmese python | animal
Afghan hound | animal
Maltese dog | animal
Belgian Malinois | animal
Arabian horse | animal
Great Dane | animal
guinea pig | animal
guinea fowl | animal
kiwi fruit | food
chile pepper | food
Georgia peach | food
cold turkey | idiom
talk turkey | idiom
roast turkey | food
turkey dinner | food
Christmas turkey | food
Thanksgiving turkey | food
turkey sandwich | food
wild turkey | animal
fine china | household
bone china | household
china shop | idiom
china cabinet | household
nail polish | cosmetics
shoe polish | household
furniture polish | household
spit and polish | idiom
Michael Jordan | person
Air Jordan | goods

# --- place names that contain another country's name
South China Sea | geography
East China Sea | geography
Sea of Japan | geography
Gulf of Mexico | geography
New Mexico | US state
New Jersey | US state
Indian Ocean | geography
Korean Peninsula | geography
English Channel | geography
Irish Sea | geography
Persian Gulf | geography
Gulf of Oman | geography
Philippine Sea | geography
# (A river's or lake's bank is no business: "withdrew from the west bank of the Dnipro".)
west bank of | geography
east bank of | geography
left bank of | geography
right bank of | geography
northern bank of | geography
southern bank of | geography
eastern bank of | geography
western bank of | geography
northern banks of | geography
southern banks of | geography
eastern banks of | geography
western banks of | geography
bank of the river | geography
banks of the river | geography
river bank | geography
river banks | geography
riverbank | geography

# --- weather and natural disasters
storm hit | weather
storm hits | weather
storm struck | weather
storm battered | weather
storm lashed | weather
hurricane hit | weather
hurricane struck | weather
hurricane slammed | weather
typhoon hit | weather
typhoon struck | weather
cyclone hit | weather
cyclone struck | weather
tornado hit | weather
tornado struck | weather
tornado ripped through | weather
blizzard hit | weather
earthquake struck | disaster
earthquake hit | disaster
quake struck | disaster
quake hit | disaster
tsunami hit | disaster
tsunami struck | disaster
floods hit | disaster
flooding hit | disaster
floods swept | disaster
landslide hit | disaster
volcano erupted | disaster
volcanic eruption | disaster
wildfires swept | disaster
forest fire | disaster
heat wave | weather
cold snap | weather
cold wave | weather
tropical storm | weather
winter storm | weather
storm surge | weather
bomb cyclone | weather
dust storm | weather
lightning strike | weather
lightning struck | weather
drought hit | weather

# --- medicine and accidents
heart attack | medicine
panic attack | medicine
asthma attack | medicine
anxiety attack | medicine
cardiac arrest | medicine
shark attack | animal
dog attack | animal
flu shot | medicine
booster shot | medicine
vaccine shot | medicine
battle with cancer | illness
battle against cancer | illness
fight against cancer | illness

# --- entertainment and culture
box office | entertainment
box-office hit | entertainment
film festival | entertainment
Cannes Film Festival | entertainment
Venice Film Festival | entertainment
Berlin Film Festival | entertainment
Toronto International Film Festival | entertainment
Eurovision | entertainment
Eurovision Song Contest | entertainment
Miss Universe | entertainment
Miss World | entertainment
Academy Awards | entertainment
Golden Globes | entertainment
Grammy Awards | entertainment
Emmy Awards | entertainment
Booker Prize | literature
Fashion Week | entertainment
Paris Fashion Week | entertainment
Met Gala | entertainment
reality show | entertainment
talent show | entertainment
talk show | entertainment
chat show | entertainment
soap opera | entertainment
world premiere | entertainment
world tour | entertainment
concert tour | entertainment
farewell tour | entertainment
book tour | entertainment
guided tour | leisure
hit song | entertainment
hit single | entertainment
hit record | entertainment
hit show | entertainment
smash hit | entertainment
photo shoot | entertainment
video game | entertainment
Call of Duty | video game
Counter-Strike | video game
Assassin's Creed | video game
Game of Thrones | television
House of Cards | television
Star Wars | film
Hunger Games | film
Fight Club | film
Kill Bill | film
Top Gun | film
war of the worlds | fiction
Model United Nations | education
Model UN | education
mock trial | education

# --- markets and business
stocks fell | markets
stocks rose | markets
stocks plunged | markets
stocks rallied | markets
shares fell | markets
shares rose | markets
shares jumped | markets
shares slumped | markets
shares plunged | markets
markets rallied | markets
market rally | markets
relief rally | markets
stock market rally | markets
oil prices | markets
oil prices fell | markets
oil prices rose | markets
gold prices | markets
bond yields | markets
dollar rose | markets
dollar fell | markets
euro fell | markets
yen weakened | markets
sell-off | markets
bear market | markets
bull market | markets
hostile takeover | business
hostile bid | business
takeover bid | business
price war | business
bidding war | business
fire sale | business
war chest | idiom
war room | idiom
talent war | business
hit a record high | markets
hit an all-time high | markets
hit rock bottom | idiom
hit the shelves | business
hit the market | business
hit the headlines | idiom
hit the road | idiom
hit the jackpot | idiom
strike a pose | idiom
strike a chord | idiom
strike a balance | idiom
struck gold | idiom
strike gold | idiom

# --- other idioms and non-events
culture war | idiom
revolted by | disgust, not revolt
culture wars | idiom
price war | economic metaphor
price wars | economic metaphor
currency war | economic metaphor
currency wars | economic metaphor
tech war | economic metaphor
chip war | economic metaphor
patent war | economic metaphor
patent wars | economic metaphor
bidding war | economic metaphor
talent war | economic metaphor
war on drugs | policy metaphor
war on poverty | policy metaphor
war on cancer | policy metaphor
war on inflation | policy metaphor
war against inflation | policy metaphor
war on corruption | policy metaphor
war against corruption | policy metaphor
war on waste | policy metaphor
fight inflation | policy metaphor
fight against inflation | policy metaphor
battle inflation | policy metaphor
battle against inflation | policy metaphor
fight corruption | policy metaphor
fight against corruption | policy metaphor
fight poverty | policy metaphor
fight against poverty | policy metaphor
fight climate change | policy metaphor
fight against climate change | policy metaphor
battle against climate change | policy metaphor
attack waste | policy metaphor
invasion of privacy | idiom
killer whale | animal
make a killing | idiom
kill time | idiom
killing time | idiom
shot in the arm | idiom
long shot | idiom
big shot | idiom
parting shot | idiom
mug shot | idiom
shooting star | astronomy
seize the opportunity | idiom
seize the moment | idiom
seize the day | idiom
carbon capture | technology
riot gear | equipment
strike force | agent noun
hail a taxi | idiom
hail a cab | idiom
Hail Mary | idiom
poetry slam | entertainment
blast from the past | idiom
fire drill | drill
fire alarm | safety
fire brigade | agent noun
fire station | building
attack ad | politics advertising
attack ads | politics advertising
March Madness | sport
Cold War | historical period
World War II | historical period
World War Two | historical period
World War One | historical period
First World War | historical period
Second World War | historical period
Vietnam War | historical period
Korean War | historical period
Gulf War | historical period
American Civil War | historical period
Six-Day War | historical period
Yom Kippur War | historical period
Napoleonic Wars | historical period
