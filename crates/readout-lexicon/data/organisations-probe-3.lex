# organisations-probe-3.lex — organisations the third round of actor probes (eval/probes/probe-actors-3.jsonl)
# found missing. Written for readout; format as organisations.lex.

# ---------------------------------------------------------------- legislatures named by their chamber
house-of-commons | name=House of Commons | names=British House of Commons; UK House of Commons; U.K. House of Commons | code=GBRLEG | country=GBR | sector=LEG | kind=other
national-diet | name=National Diet | names=Diet; Japanese Diet; Japan's Diet | code=JPNLEG | country=JPN | sector=LEG | kind=other
# party caucuses in a chamber are the legislature, not the party
house-republicans | name=House Republicans | names=Senate Republicans; congressional Republicans; Republican lawmakers; Republican senators; Republican congressmen | code=USALEG | country=USA | sector=LEG | kind=other
house-democrats | name=House Democrats | names=Senate Democrats; congressional Democrats; Democratic lawmakers; Democratic senators; Democratic congressmen | code=USALEG | country=USA | sector=LEG | kind=other

# ---------------------------------------------------------------- police forces
guardia-civil | name=Guardia Civil | names=Civil Guard; Spain's Civil Guard; Spanish Civil Guard | code=ESPCOP | country=ESP | sector=COP | kind=other
carabinieri | name=Carabinieri | names=Arma dei Carabinieri; Italian Carabinieri | code=ITACOP | country=ITA | sector=COP | kind=other

# ---------------------------------------------------------------- armed groups
kla | name=Kosovo Liberation Army | names=KLA; UCK; Ushtria Clirimtare e Kosoves | code=XKXREB | country=XKX | sector=REB | kind=armed

# ---------------------------------------------------------------- seats of power countries.lex lacks (the presidency they stand for)
aso-rock | name=Aso Rock | names=Aso Rock Villa; Aso Villa; Aso Rock Presidential Villa | code=NGAGOV | country=NGA | sector=GOV | kind=other

# ---------------------------------------------------------------- armed forces written in lower case
# organisations-probe.lex lists the capitalised "Peshmerga" (IRQMIL); news as often writes the word in lower
# case ("Iraqi Kurdish peshmerga", "peshmerga fighters"), which a capitalised name does not match.
peshmerga-forces | name=peshmerga | names=Kurdish peshmerga; peshmerga forces; peshmerga fighters; Kurdish peshmerga forces; Kurdish peshmerga fighters | code=IRQMIL | country=IRQ | sector=MIL | kind=armed
