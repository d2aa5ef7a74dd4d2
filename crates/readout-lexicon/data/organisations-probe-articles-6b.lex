# Armed groups, parties and movements met in eval/probes/probe-articles-6b.jsonl.
free-aceh-movement | name=Free Aceh Movement | names=Gerakan Aceh Merdeka; Aceh Freedom Movement; Free Aceh rebels | code=IDNSEP | country=IDN | sector=SEP | kind=armed
islamic-courts-union | name=Islamic Courts Union | names=Union of Islamic Courts; Supreme Islamic Courts Council; Council of Islamic Courts | code=SOMREB | country=SOM | sector=REB | kind=armed
mrta | name=Tupac Amaru Revolutionary Movement | names=MRTA; Movimiento Revolucionario Tupac Amaru; Tupac Amaru rebels; Tupac Amaru guerrillas | code=PERREB | country=PER | sector=REB | kind=armed
peoples-alliance-for-democracy | name=People's Alliance for Democracy | names=Peoples Alliance for Democracy; yellow shirts | code=THAOPP | country=THA | sector=OPP | kind=movement
coalition-for-unity-and-democracy | name=Coalition for Unity and Democracy | names=CUD; Kinijit | code=ETHOPP | country=ETH | sector=OPP | kind=party
