# igos.lex — international (inter-governmental) organisations
#
# Key convention
#   IGO + region (3 letters) + organisation tag (3 letters); the UN itself is the bare code IGOUNO.
#   Regions: UNO = the United Nations system (principal organs, funds, programmes, specialised and related
#   agencies, peacekeeping and political missions, UN tribunals; the IMF and the World Bank Group are UN
#   specialised agencies and so sit here too); EUR = Europe (EU and its institutions, Council of Europe, OSCE,
#   regional European groupings); WST = Western/transatlantic bodies (NATO, G7, OECD, IEA, AUKUS, Paris Club);
#   AFR = Africa south of the Sahara and pan-African bodies; NAF = North Africa/Maghreb; MEA = Middle East
#   and the Arab world; ASA = Asia and the Asia-Pacific (including Pacific island bodies); SEA = South-East
#   Asia; SAS = South Asia and the Indian Ocean; CAS = Central Asia and post-Soviet Eurasia; LAM = Latin
#   America, the Caribbean and inter-American bodies (OAS, IDB); BLK = global or cross-regional blocs and
#   bodies not tied to one region (G20, BRICS, OPEC, OIC, WTO, ICC).
#   Tags: a mnemonic of the organisation's usual acronym, normally the acronym itself when it has three
#   letters (WHO, FAO, ILO, ICJ, WTO) and otherwise three letters of it with any "UN" prefix dropped
#   (UNHCR -> HCR, UNDP -> UDP, UNICEF -> CEF, IAEA -> IAE). Number groups spell their number:
#   G7 -> GSV, G8 -> GEI, G20 -> GTW, G77 -> GSS. Every tag is unique across the whole file, and no tag
#   is a sector code (GOV, MIL, OPP, ...) or an ISO 3166 alpha-3 country code (so NAM -> NAL, ALB -> ABA).
#   UN principal organs: Security Council = USC, General Assembly = GAS, ECOSOC = ECS, Human Rights
#   Council = HRC, ICJ = ICJ; the Secretariat is the UN itself (IGOUNO).
#   parent= gives the key of the organisation a body belongs to.
#
# Names: bare all-capital acronyms that are also ordinary English words are left out because matching is
# case-insensitive: WHO (pronoun), CAN (Andean Community), ECO, PIF (clashes with Saudi Arabia's Public
# Investment Fund), SPA, APP. "Commonwealth" and "General Assembly" alone are left out as too ambiguous
# (US states, Australian federal government, church assemblies).

# ---------------------------------------------------------------- United Nations and principal organs
IGOUNO | name=United Nations | names=UN; U.N.; United Nations Organization; United Nations Secretariat; UN Secretariat; U.N. Secretariat; world body | adj=UN; U.N.
IGOUNOUSC | name=United Nations Security Council | names=UN Security Council; U.N. Security Council; UNSC; Security Council | parent=IGOUNO
IGOUNOGAS | name=United Nations General Assembly | names=UN General Assembly; U.N. General Assembly; UNGA | parent=IGOUNO
IGOUNOECS | name=United Nations Economic and Social Council | names=Economic and Social Council; ECOSOC; UN Economic and Social Council | parent=IGOUNO
IGOUNOICJ | name=International Court of Justice | names=ICJ; World Court; UN's top court; U.N.'s top court | parent=IGOUNO
IGOUNOHRC | name=United Nations Human Rights Council | names=UN Human Rights Council; U.N. Human Rights Council; UNHRC; Human Rights Council | parent=IGOUNO
IGOUNOTRC | name=United Nations Trusteeship Council | names=Trusteeship Council; UN Trusteeship Council | parent=IGOUNO
IGOUNODPA | name=UN Department of Political and Peacebuilding Affairs | names=DPPA; Department of Political and Peacebuilding Affairs; UN Department of Political Affairs | parent=IGOUNO
IGOUNOPKO | name=UN Department of Peace Operations | names=DPKO; DPO; UN peacekeeping; U.N. peacekeeping; UN Department of Peacekeeping Operations; Department of Peacekeeping Operations; Department of Peace Operations; UN peacekeepers; U.N. peacekeepers; blue helmets | parent=IGOUNO
IGOUNOODA | name=UN Office for Disarmament Affairs | names=UNODA; Office for Disarmament Affairs | parent=IGOUNO

# ---------------------------------------------------------------- UN funds, programmes and offices
IGOUNOHCR | name=United Nations High Commissioner for Refugees | names=UNHCR; UN refugee agency; U.N. refugee agency; Office of the UN High Commissioner for Refugees; UN High Commissioner for Refugees; U.N. High Commissioner for Refugees | adj=UNHCR | parent=IGOUNO
IGOUNOCEF | name=United Nations Children's Fund | names=UNICEF; UN Children's Fund; U.N. Children's Fund; UN children's agency; U.N. children's agency | parent=IGOUNO
IGOUNOWFP | name=World Food Programme | names=WFP; World Food Program; UN World Food Programme; U.N. World Food Program; UN food agency; U.N. food agency | parent=IGOUNO
IGOUNOUDP | name=United Nations Development Programme | names=UNDP; UN Development Programme; U.N. Development Program; United Nations Development Program | parent=IGOUNO
IGOUNOUEP | name=United Nations Environment Programme | names=UNEP; UN Environment Programme; UN Environment; U.N. Environment Program; United Nations Environment Program | parent=IGOUNO
IGOUNOFPA | name=United Nations Population Fund | names=UNFPA; UN Population Fund; U.N. Population Fund | parent=IGOUNO
IGOUNOOCH | name=UN Office for the Coordination of Humanitarian Affairs | names=OCHA; UNOCHA; Office for the Coordination of Humanitarian Affairs; UN humanitarian office; U.N. humanitarian office; UN humanitarian agency; U.N. humanitarian agency | parent=IGOUNO
IGOUNOURW | name=United Nations Relief and Works Agency for Palestine Refugees | names=UNRWA; UN agency for Palestinian refugees; U.N. agency for Palestinian refugees; UN Relief and Works Agency; United Nations Relief and Works Agency | parent=IGOUNO
IGOUNOCTD | name=United Nations Conference on Trade and Development | names=UNCTAD; UN Conference on Trade and Development; UN Trade and Development | parent=IGOUNO
IGOUNOWMN | name=UN Women | names=United Nations Entity for Gender Equality and the Empowerment of Women; U.N. Women | parent=IGOUNO
IGOUNOAID | name=Joint United Nations Programme on HIV/AIDS | names=UNAIDS; UN AIDS agency | parent=IGOUNO
IGOUNOOHC | name=Office of the United Nations High Commissioner for Human Rights | names=OHCHR; UN human rights office; U.N. human rights office; UN High Commissioner for Human Rights; U.N. High Commissioner for Human Rights; UN human rights agency | parent=IGOUNO
IGOUNOODC | name=United Nations Office on Drugs and Crime | names=UNODC; UN Office on Drugs and Crime; U.N. Office on Drugs and Crime; UN drugs agency; UN drugs and crime agency | parent=IGOUNO
IGOUNOHAB | name=UN-Habitat | names=United Nations Human Settlements Programme; UN Habitat | parent=IGOUNO
IGOUNOFCC | name=United Nations Framework Convention on Climate Change | names=UNFCCC; UN climate body; U.N. climate body; UN Climate Change | parent=IGOUNO
IGOUNOIPC | name=Intergovernmental Panel on Climate Change | names=IPCC; UN climate panel; U.N. climate panel; UN panel on climate change | parent=IGOUNO
IGOUNOCLA | name=Economic Commission for Latin America and the Caribbean | names=ECLAC; CEPAL; UN Economic Commission for Latin America | parent=IGOUNO
IGOUNOSCP | name=Economic and Social Commission for Asia and the Pacific | names=ESCAP; UNESCAP | parent=IGOUNO
IGOUNOECA | name=United Nations Economic Commission for Africa | names=UNECA; Economic Commission for Africa; UN Economic Commission for Africa | parent=IGOUNO
IGOUNOSWA | name=Economic and Social Commission for Western Asia | names=ESCWA; UNESCWA | parent=IGOUNO
IGOUNOECE | name=United Nations Economic Commission for Europe | names=UNECE; UN Economic Commission for Europe; Economic Commission for Europe | parent=IGOUNO

# ---------------------------------------------------------------- UN specialised and related agencies
IGOUNOWHO | name=World Health Organization | names=WHO; World Health Organisation; UN health agency; U.N. health agency; UN's health agency; U.N.'s health agency | parent=IGOUNO
IGOUNOFAO | name=Food and Agriculture Organization | names=FAO; Food and Agriculture Organisation; UN Food and Agriculture Organization; U.N. Food and Agriculture Organization | parent=IGOUNO
IGOUNOESC | name=United Nations Educational, Scientific and Cultural Organization | names=UNESCO; UN cultural agency; U.N. cultural agency; United Nations Educational Scientific and Cultural Organization | parent=IGOUNO
IGOUNOILO | name=International Labour Organization | names=ILO; International Labor Organization; International Labour Organisation; UN labour agency | parent=IGOUNO
IGOUNOIAE | name=International Atomic Energy Agency | names=IAEA; UN nuclear watchdog; U.N. nuclear watchdog; UN atomic watchdog; U.N. atomic watchdog; UN nuclear agency; U.N. nuclear agency | adj=IAEA | parent=IGOUNO
IGOUNOIMO | name=International Maritime Organization | names=IMO; International Maritime Organisation; UN shipping agency; U.N. shipping agency | parent=IGOUNO
IGOUNOICA | name=International Civil Aviation Organization | names=ICAO; UN aviation agency; U.N. aviation agency; International Civil Aviation Organisation | parent=IGOUNO
IGOUNOITU | name=International Telecommunication Union | names=ITU | parent=IGOUNO
IGOUNOUPU | name=Universal Postal Union | names=UPU | parent=IGOUNO
IGOUNOWMO | name=World Meteorological Organization | names=WMO; World Meteorological Organisation; UN weather agency; U.N. weather agency | parent=IGOUNO
IGOUNOWIP | name=World Intellectual Property Organization | names=WIPO; World Intellectual Property Organisation | parent=IGOUNO
IGOUNOIFD | name=International Fund for Agricultural Development | names=IFAD | parent=IGOUNO
IGOUNOIDO | name=United Nations Industrial Development Organization | names=UNIDO; UN Industrial Development Organization | parent=IGOUNO
IGOUNOTOU | name=World Tourism Organization | names=UNWTO; UN Tourism; UN World Tourism Organization | parent=IGOUNO
IGOUNOIOM | name=International Organization for Migration | names=IOM; UN migration agency; U.N. migration agency; International Organisation for Migration | parent=IGOUNO
IGOUNOIMF | name=International Monetary Fund | names=IMF; I.M.F. | adj=IMF | parent=IGOUNO
IGOUNOWBK | name=World Bank | names=World Bank Group; International Bank for Reconstruction and Development; IBRD; International Development Association | adj=World Bank | parent=IGOUNO
IGOUNOIFC | name=International Finance Corporation | names=IFC | parent=IGOUNOWBK
IGOUNOCSD | name=International Centre for Settlement of Investment Disputes | names=ICSID; International Center for Settlement of Investment Disputes | parent=IGOUNOWBK

# ---------------------------------------------------------------- UN peacekeeping and political missions
IGOUNOMON | name=United Nations Organization Stabilization Mission in the Democratic Republic of the Congo | names=MONUSCO; MONUC; UN mission in Congo; U.N. mission in Congo; UN mission in the DRC | parent=IGOUNOPKO
IGOUNOIFL | name=United Nations Interim Force in Lebanon | names=UNIFIL; UN Interim Force in Lebanon; UN peacekeepers in Lebanon; U.N. peacekeepers in Lebanon | parent=IGOUNOPKO
IGOUNOMSM | name=United Nations Multidimensional Integrated Stabilization Mission in Mali | names=MINUSMA; UN mission in Mali; U.N. mission in Mali | parent=IGOUNOPKO
IGOUNOMSS | name=United Nations Mission in South Sudan | names=UNMISS; UN Mission in South Sudan; U.N. mission in South Sudan | parent=IGOUNOPKO
IGOUNOAMA | name=United Nations Assistance Mission in Afghanistan | names=UNAMA; UN Assistance Mission in Afghanistan; UN mission in Afghanistan; U.N. mission in Afghanistan | parent=IGOUNO
IGOUNOFCY | name=United Nations Peacekeeping Force in Cyprus | names=UNFICYP; UN peacekeeping force in Cyprus; UN peacekeepers in Cyprus | parent=IGOUNOPKO
IGOUNODOF | name=United Nations Disengagement Observer Force | names=UNDOF; UN Disengagement Observer Force | parent=IGOUNOPKO
IGOUNOTSO | name=United Nations Truce Supervision Organization | names=UNTSO | parent=IGOUNOPKO
IGOUNOMCA | name=United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic | names=MINUSCA; UN mission in the Central African Republic | parent=IGOUNOPKO
IGOUNOMIK | name=United Nations Interim Administration Mission in Kosovo | names=UNMIK; UN mission in Kosovo | parent=IGOUNOPKO
IGOUNOISF | name=United Nations Interim Security Force for Abyei | names=UNISFA; UN force in Abyei | parent=IGOUNOPKO
IGOUNOMRS | name=United Nations Mission for the Referendum in Western Sahara | names=MINURSO; UN mission in Western Sahara | parent=IGOUNOPKO
IGOUNOMGP | name=United Nations Military Observer Group in India and Pakistan | names=UNMOGIP | parent=IGOUNOPKO
IGOUNOSML | name=United Nations Support Mission in Libya | names=UNSMIL; UN Support Mission in Libya; UN mission in Libya; U.N. mission in Libya | parent=IGOUNO
IGOUNOAMI | name=United Nations Assistance Mission for Iraq | names=UNAMI; UN Assistance Mission for Iraq; UN mission in Iraq | parent=IGOUNO
IGOUNOITM | name=United Nations Integrated Transition Assistance Mission in Sudan | names=UNITAMS | parent=IGOUNO
IGOUNOMHA | name=United Nations Mission to Support the Hodeidah Agreement | names=UNMHA | parent=IGOUNO
IGOUNOUSM | name=United Nations Assistance Mission in Somalia | names=UNSOM; UN Transitional Assistance Mission in Somalia; UNTMIS; UN mission in Somalia | parent=IGOUNO
IGOUNOBNH | name=United Nations Integrated Office in Haiti | names=BINUH; UN office in Haiti | parent=IGOUNO
IGOUNOVMC | name=United Nations Verification Mission in Colombia | names=UN Verification Mission in Colombia; UN mission in Colombia; U.N. mission in Colombia | parent=IGOUNO
IGOUNOAMD | name=African Union-United Nations Hybrid Operation in Darfur | names=UNAMID; UN-AU mission in Darfur; joint UN-African Union mission in Darfur | parent=IGOUNOPKO
IGOUNOMNH | name=United Nations Stabilisation Mission in Haiti | names=MINUSTAH; UN Stabilization Mission in Haiti | parent=IGOUNOPKO
IGOUNOUML | name=United Nations Mission in Liberia | names=UNMIL; UN Mission in Liberia | parent=IGOUNOPKO
IGOUNOOCI | name=United Nations Operation in Cote d'Ivoire | names=UNOCI; United Nations Operation in Côte d'Ivoire; UN mission in Ivory Coast | parent=IGOUNOPKO

# ---------------------------------------------------------------- UN and UN-backed tribunals
IGOUNOCTY | name=International Criminal Tribunal for the former Yugoslavia | names=ICTY; UN war crimes tribunal for the former Yugoslavia; Yugoslav war crimes tribunal | parent=IGOUNO
IGOUNOCTR | name=International Criminal Tribunal for Rwanda | names=ICTR; UN Rwanda tribunal; Rwanda genocide tribunal | parent=IGOUNO
IGOUNOMCT | name=International Residual Mechanism for Criminal Tribunals | names=IRMCT; UN Residual Mechanism; Mechanism for International Criminal Tribunals | parent=IGOUNO
IGOUNOSTL | name=Special Tribunal for Lebanon | names=STL; UN-backed tribunal for Lebanon; Hariri tribunal | parent=IGOUNO

# ---------------------------------------------------------------- European Union and its institutions
IGOEUREEC | name=European Union | names=EU; E.U.; Union of 27; EU27; EU-27; European Community; European Communities | adj=EU; E.U.
IGOEURCMN | name=European Commission | names=EU Commission; E.U. Commission; EU executive; E.U. executive; EU's executive arm; Commission of the European Communities | parent=IGOEUREEC
IGOEUREPL | name=European Parliament | names=EU Parliament; E.U. Parliament; European Parliament in Strasbourg | parent=IGOEUREEC
IGOEURECN | name=European Council | names=EU summit; E.U. summit; EU leaders' summit | parent=IGOEUREEC
IGOEURCEU | name=Council of the European Union | names=Council of the EU; EU Council; E.U. Council; Council of Ministers of the European Union; Council of the European Union presidency; EU Council presidency; rotating EU presidency; EU presidency | parent=IGOEUREEC
IGOEURECB | name=European Central Bank | names=ECB; Eurosystem; euro zone central bank; eurozone central bank | adj=ECB | parent=IGOEUREEC
IGOEURCJE | name=Court of Justice of the European Union | names=European Court of Justice; ECJ; CJEU; EU Court of Justice; EU's top court; E.U.'s top court; General Court of the European Union; EU General Court | parent=IGOEUREEC
IGOEURFRX | name=Frontex | names=European Border and Coast Guard Agency; EU border agency; E.U. border agency; EU border and coast guard agency | parent=IGOEUREEC
IGOEUREEA | name=European External Action Service | names=EEAS; EU diplomatic service; E.U. diplomatic service; EU foreign service | parent=IGOEUREEC
IGOEUREPO | name=Europol | names=European Union Agency for Law Enforcement Cooperation; European Police Office; EU police agency; E.U. police agency; EU law enforcement agency | parent=IGOEUREEC
IGOEUREJU | name=Eurojust | names=European Union Agency for Criminal Justice Cooperation; EU judicial cooperation agency | parent=IGOEUREEC
IGOEUREPP | name=European Public Prosecutor's Office | names=EPPO; EU prosecutor's office; EU public prosecutor's office; European Public Prosecutor | parent=IGOEUREEC
IGOEUROLF | name=European Anti-Fraud Office | names=OLAF; EU anti-fraud office; E.U. anti-fraud office | parent=IGOEURCMN
IGOEUREIB | name=European Investment Bank | names=EIB; EU's lending arm; EU bank | parent=IGOEUREEC
IGOEUREMA | name=European Medicines Agency | names=EMA; EU drug regulator; E.U. drug regulator; EU medicines regulator; European drug regulator | parent=IGOEUREEC
IGOEURAUD | name=European Court of Auditors | names=EU auditors; European auditors; EU Court of Auditors | parent=IGOEUREEC
IGOEUREGR | name=Eurogroup | names=euro zone finance ministers; eurozone finance ministers; Euro Group | parent=IGOEUREEC
IGOEURESM | name=European Stability Mechanism | names=ESM; euro zone bailout fund; eurozone bailout fund | parent=IGOEUREEC
IGOEUREFA | name=EUFOR Althea | names=EUFOR; European Union Force in Bosnia and Herzegovina; EU force in Bosnia; EU peacekeeping force in Bosnia | parent=IGOEUREEC
IGOEURELX | name=European Union Rule of Law Mission in Kosovo | names=EULEX; EU rule of law mission in Kosovo | parent=IGOEUREEC
IGOEURASP | name=EUNAVFOR Aspides | names=Operation Aspides; EU naval mission in the Red Sea; EU Red Sea naval mission | parent=IGOEUREEC
IGOEURATL | name=EUNAVFOR Atalanta | names=Operation Atalanta; EU Naval Force Somalia; EU anti-piracy mission | parent=IGOEUREEC
IGOEUREMM | name=EU Military Assistance Mission in support of Ukraine | names=EUMAM Ukraine; EUMAM | parent=IGOEUREEC

# ---------------------------------------------------------------- other European bodies
IGOEURCOE | name=Council of Europe | names=CoE; Strasbourg-based Council of Europe; Europe's human rights watchdog
IGOEURECH | name=European Court of Human Rights | names=ECHR; ECtHR; Strasbourg court; European rights court; Europe's human rights court; European human rights court | parent=IGOEURCOE
IGOEURPCE | name=Parliamentary Assembly of the Council of Europe | names=PACE; Council of Europe's Parliamentary Assembly | parent=IGOEURCOE
IGOEURVNC | name=Venice Commission | names=European Commission for Democracy through Law | parent=IGOEURCOE
IGOEUROSC | name=Organization for Security and Co-operation in Europe | names=OSCE; Organisation for Security and Co-operation in Europe; Organization for Security and Cooperation in Europe; Conference on Security and Co-operation in Europe; CSCE | adj=OSCE
IGOEURODH | name=OSCE Office for Democratic Institutions and Human Rights | names=ODIHR; OSCE's election monitoring office; OSCE election monitors | parent=IGOEUROSC
IGOEURMNS | name=OSCE Minsk Group | names=Minsk Group | parent=IGOEUROSC
IGOEURSMM | name=OSCE Special Monitoring Mission to Ukraine | names=OSCE monitoring mission in Ukraine; OSCE monitors in Ukraine | parent=IGOEUROSC
IGOEUREBR | name=European Bank for Reconstruction and Development | names=EBRD
IGOEUREFT | name=European Free Trade Association | names=EFTA
IGOEURNOC | name=Nordic Council | names=Nordic Council of Ministers
IGOEURBNL | name=Benelux Union | names=Benelux; Benelux Economic Union; Benelux countries
IGOEURVIS | name=Visegrad Group | names=Visegrad Four; V4; Visegrád Group; Visegrad countries
IGOEURBAL | name=Baltic Council | names=Baltic Assembly; Baltic Council of Ministers
IGOEURCBS | name=Council of the Baltic Sea States | names=CBSS
IGOEURBSE | name=Organization of the Black Sea Economic Cooperation | names=BSEC; Black Sea Economic Cooperation
IGOEURGUA | name=GUAM Organization for Democracy and Economic Development | names=GUAM group; GUAM bloc; Organization for Democracy and Economic Development
IGOEUREPC | name=European Political Community | names=EPC; European Political Community summit
IGOEURUST | name=Union State of Russia and Belarus | names=Union State; Russia-Belarus Union State
IGOEURCRN | name=European Organization for Nuclear Research | names=CERN
IGOEURESA | name=European Space Agency | names=ESA
IGOEUROHR | name=Office of the High Representative in Bosnia and Herzegovina | names=Office of the High Representative; OHR; international high representative in Bosnia
IGOEURENC | name=Energy Community | names=Energy Community Secretariat

# ---------------------------------------------------------------- Western and transatlantic bodies
IGOWSTNAT | name=North Atlantic Treaty Organization | names=NATO; N.A.T.O.; North Atlantic Alliance; Atlantic alliance; Western military alliance; North Atlantic Council | adj=NATO
IGOWSTSHP | name=Supreme Headquarters Allied Powers Europe | names=NATO's military command; Allied Command Operations | parent=IGOWSTNAT
IGOWSTNPA | name=NATO Parliamentary Assembly | names=NATO PA | parent=IGOWSTNAT
IGOWSTKFR | name=Kosovo Force | names=KFOR; NATO-led Kosovo Force; NATO peacekeepers in Kosovo; NATO-led peacekeeping force in Kosovo | parent=IGOWSTNAT
IGOWSTSAF | name=International Security Assistance Force | names=ISAF; NATO-led International Security Assistance Force; NATO-led force in Afghanistan | parent=IGOWSTNAT
IGOWSTRSM | name=Resolute Support Mission | names=Resolute Support; NATO's Resolute Support mission | parent=IGOWSTNAT
IGOWSTGSV | name=Group of Seven | names=G7; G-7; G7 nations; Group of 7; G7 countries | adj=G7; G-7
IGOWSTGEI | name=Group of Eight | names=G8; G-8; Group of 8
IGOWSTOCD | name=Organisation for Economic Co-operation and Development | names=OECD; Organization for Economic Cooperation and Development; Organisation for Economic Cooperation and Development | adj=OECD
IGOWSTIEA | name=International Energy Agency | names=IEA; Paris-based International Energy Agency; West's energy watchdog
IGOWSTPCL | name=Paris Club | names=Paris Club of creditor nations; Paris Club of creditors
IGOWSTAUK | name=AUKUS | names=AUKUS alliance; AUKUS pact; AUKUS security pact; AUKUS partnership; Australia-UK-US security pact
IGOWSTFVE | name=Five Eyes | names=Five Eyes alliance; Five Eyes intelligence alliance; Five Eyes intelligence-sharing alliance; Five Eyes network
IGOWSTUDC | name=Ukraine Defense Contact Group | names=Ukraine Defence Contact Group; Ramstein group; Ramstein format; UDCG
IGOWSTGCD | name=Global Coalition to Defeat ISIS | names=Global Coalition Against Daesh; anti-ISIS coalition; anti-IS coalition; anti-Islamic State coalition; US-led anti-ISIS coalition; U.S.-led coalition against Islamic State; Combined Joint Task Force-Operation Inherent Resolve; Operation Inherent Resolve
IGOWSTCOW | name=Coalition of the Willing for Ukraine | names=coalition of the willing

# ---------------------------------------------------------------- Africa
IGOAFRAFU | name=African Union | names=AU; A.U.; Organisation of African Unity; Organization of African Unity; OAU | adj=AU; A.U.
IGOAFRAUC | name=African Union Commission | names=AU Commission; AUC | parent=IGOAFRAFU
IGOAFRPSC | name=African Union Peace and Security Council | names=AU Peace and Security Council; AU PSC | parent=IGOAFRAFU
IGOAFRPAP | name=Pan-African Parliament | names=Pan African Parliament | parent=IGOAFRAFU
IGOAFRAMS | name=African Union Support and Stabilization Mission in Somalia | names=AUSSOM; African Union Transition Mission in Somalia; ATMIS; African Union Mission in Somalia; AMISOM; AU mission in Somalia; AU force in Somalia; AU peacekeepers in Somalia | parent=IGOAFRAFU
IGOAFRACH | name=African Court on Human and Peoples' Rights | names=African Court; AfCHPR | parent=IGOAFRAFU
IGOAFRECW | name=Economic Community of West African States | names=ECOWAS; CEDEAO; West African bloc; West African regional bloc; ECOWAS Commission | adj=ECOWAS
IGOAFRECM | name=ECOWAS Standby Force | names=ECOWAS Monitoring Group; ECOMOG | parent=IGOAFRECW
IGOAFRSAD | name=Southern African Development Community | names=SADC; Southern African bloc; SADC Mission in Mozambique; SAMIM; SADC Mission in the DRC; SAMIDRC | adj=SADC
IGOAFREAC | name=East African Community | names=EAC; East African bloc; East African Community Regional Force; EACRF | adj=EAC
IGOAFRIGD | name=Intergovernmental Authority on Development | names=IGAD; East African regional bloc IGAD
IGOAFRECC | name=Economic Community of Central African States | names=ECCAS; CEEAC
IGOAFRCMS | name=Common Market for Eastern and Southern Africa | names=COMESA
IGOAFRAES | name=Alliance of Sahel States | names=AES; Confederation of Sahel States; Sahel alliance; Alliance des Etats du Sahel
IGOAFRGFS | name=G5 Sahel | names=G5 Sahel Joint Force; Group of Five for the Sahel; G5 Sahel force
IGOAFRLCB | name=Lake Chad Basin Commission | names=LCBC
IGOAFRMJT | name=Multinational Joint Task Force | names=MNJTF; regional Multinational Joint Task Force
IGOAFRWAE | name=West African Economic and Monetary Union | names=WAEMU; UEMOA
IGOAFRCEM | name=Economic and Monetary Community of Central Africa | names=CEMAC; Central African Economic and Monetary Community
IGOAFRAFB | name=African Development Bank | names=AfDB; African Development Bank Group
IGOAFRAXB | name=African Export-Import Bank | names=Afreximbank
IGOAFRSAC | name=Southern African Customs Union | names=SACU
IGOAFRAFT | name=African Continental Free Trade Area | names=AfCFTA; African Continental Free Trade Area Secretariat
IGONAFAMU | name=Arab Maghreb Union | names=AMU; Maghreb Union; UMA

# ---------------------------------------------------------------- Middle East and the Arab world
IGOMEAARL | name=Arab League | names=League of Arab States; Arab League secretariat; Cairo-based Arab League; 22-member Arab League | adj=Arab League
IGOMEAGCC | name=Gulf Cooperation Council | names=GCC; Cooperation Council for the Arab States of the Gulf; Gulf Co-operation Council | adj=GCC
IGOMEAPSF | name=Peninsula Shield Force | names=Peninsula Shield; GCC joint force | parent=IGOMEAGCC
IGOMEAAMF | name=Arab Monetary Fund | names=Abu Dhabi-based Arab Monetary Fund
IGOMEAOAP | name=Organization of Arab Petroleum Exporting Countries | names=OAPEC
IGOMEAISD | name=Islamic Development Bank | names=IsDB; Jeddah-based Islamic Development Bank
IGOMEAARP | name=Arab Parliament | names=Arab League parliament | parent=IGOMEAARL

# ---------------------------------------------------------------- Asia, Asia-Pacific and Eurasia
IGOSEAASN | name=Association of Southeast Asian Nations | names=ASEAN; Association of South East Asian Nations; Southeast Asian bloc; South-East Asian bloc; ASEAN Secretariat | adj=ASEAN
IGOSEAARF | name=ASEAN Regional Forum | names=ARF | parent=IGOSEAASN
IGOSEAMRC | name=Mekong River Commission | names=MRC
IGOASAEAS | name=East Asia Summit | names=EAS
IGOASAAPC | name=Asia-Pacific Economic Cooperation | names=APEC; Asia Pacific Economic Cooperation; APEC forum | adj=APEC
IGOASAPIF | name=Pacific Islands Forum | names=Pacific Islands Forum Secretariat; South Pacific Forum
IGOASASPC | name=Pacific Community | names=Secretariat of the Pacific Community
IGOASAQUD | name=Quadrilateral Security Dialogue | names=Quad; Quad grouping; Quad alliance; Quad partnership; Quad countries
IGOASAADB | name=Asian Development Bank | names=ADB; Manila-based Asian Development Bank
IGOASAAII | name=Asian Infrastructure Investment Bank | names=AIIB; Beijing-based Asian Infrastructure Investment Bank
IGOASASCO | name=Shanghai Cooperation Organisation | names=SCO; Shanghai Cooperation Organization; Shanghai Five | adj=SCO
IGOASATCS | name=Trilateral Cooperation Secretariat | names=China-Japan-South Korea Trilateral Cooperation Secretariat
IGOCASCIS | name=Commonwealth of Independent States | names=CIS; C.I.S.
IGOCASCST | name=Collective Security Treaty Organization | names=CSTO; Collective Security Treaty Organisation; Russian-led military alliance; Russia-led security bloc | adj=CSTO
IGOCASEEU | name=Eurasian Economic Union | names=EAEU; EEU; Eurasian Union; Eurasian Economic Commission
IGOCASOTS | name=Organization of Turkic States | names=OTS; Turkic Council; Cooperation Council of Turkic Speaking States; Organisation of Turkic States
IGOCASECO | name=Economic Cooperation Organization | names=Economic Cooperation Organisation
IGOCASCIC | name=Conference on Interaction and Confidence-Building Measures in Asia | names=CICA
IGOCASCRC | name=Central Asia Regional Economic Cooperation Program | names=CAREC
IGOSASSAR | name=South Asian Association for Regional Cooperation | names=SAARC; South Asian Association for Regional Co-operation
IGOSASBIM | name=Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation | names=BIMSTEC
IGOSASIOR | name=Indian Ocean Rim Association | names=IORA
IGOSASICL | name=International Centre for Integrated Mountain Development | names=ICIMOD

# ---------------------------------------------------------------- Latin America, the Caribbean and inter-American bodies
IGOLAMOAS | name=Organization of American States | names=OAS; Organisation of American States; OEA | adj=OAS
IGOLAMIAC | name=Inter-American Commission on Human Rights | names=IACHR; CIDH; Inter-American Human Rights Commission | parent=IGOLAMOAS
IGOLAMICH | name=Inter-American Court of Human Rights | names=Inter-American Court; IACtHR
IGOLAMCEL | name=Community of Latin American and Caribbean States | names=CELAC
IGOLAMCAR | name=Caribbean Community | names=CARICOM; Caribbean Community and Common Market
IGOLAMOES | name=Organisation of Eastern Caribbean States | names=OECS; Organization of Eastern Caribbean States
IGOLAMMER | name=Mercosur | names=Mercosul; Southern Common Market; Mercado Común del Sur; South American trade bloc | adj=Mercosur
IGOLAMABA | name=Bolivarian Alliance for the Peoples of Our America | names=ALBA; ALBA-TCP; Bolivarian Alliance
IGOLAMACN | name=Andean Community | names=Andean Community of Nations; Comunidad Andina; CAN bloc; Andean Pact
IGOLAMPAL | name=Pacific Alliance | names=Alianza del Pacifico; Alianza del Pacífico
IGOLAMSIC | name=Central American Integration System | names=SICA; Sistema de la Integración Centroamericana
IGOLAMPAR | name=Central American Parliament | names=PARLACEN | parent=IGOLAMSIC
IGOLAMUNA | name=Union of South American Nations | names=UNASUR
IGOLAMPRO | name=Forum for the Progress and Development of South America | names=PROSUR
IGOLAMLIM | name=Lima Group | names=Grupo de Lima
IGOLAMIDB | name=Inter-American Development Bank | names=IDB; IADB; Inter-American Development Bank Group
IGOLAMCDF | name=Development Bank of Latin America and the Caribbean | names=Andean Development Corporation; CAF development bank
IGOLAMACT | name=Amazon Cooperation Treaty Organization | names=ACTO; Amazon Cooperation Treaty Organisation; OTCA

# ---------------------------------------------------------------- global and cross-regional blocs and bodies
IGOBLKBRC | name=BRICS | names=BRICS group; BRICS bloc; BRICS nations; BRICS countries; BRICS grouping; BRIC | adj=BRICS
IGOBLKGTW | name=Group of 20 | names=G20; G-20; Group of Twenty; G20 nations; G20 countries; G20 major economies | adj=G20; G-20
IGOBLKGSS | name=Group of 77 | names=G77; G-77; Group of 77 and China; G77 and China
IGOBLKNAL | name=Non-Aligned Movement | names=NAM; Non Aligned Movement; Nonaligned Movement
IGOBLKCWN | name=Commonwealth of Nations | names=Commonwealth Secretariat; British Commonwealth; Commonwealth Heads of Government Meeting; CHOGM; 56-nation Commonwealth; 56-member Commonwealth
IGOBLKOIF | name=International Organisation of La Francophonie | names=Francophonie; La Francophonie; OIF; Organisation internationale de la Francophonie; International Organization of La Francophonie
IGOBLKCPL | name=Community of Portuguese Language Countries | names=CPLP; Community of Portuguese-Speaking Countries
IGOBLKOIC | name=Organisation of Islamic Cooperation | names=OIC; Organization of Islamic Cooperation; Organisation of the Islamic Conference; Organization of the Islamic Conference | adj=OIC
IGOBLKOPC | name=Organization of the Petroleum Exporting Countries | names=OPEC; Organisation of the Petroleum Exporting Countries; oil cartel | adj=OPEC
IGOBLKOPL | name=OPEC+ | names=OPEC Plus; OPEC-plus; OPEC and its allies; OPEC+ group | adj=OPEC+
IGOBLKNDB | name=New Development Bank | names=NDB; BRICS bank; BRICS development bank; Shanghai-based New Development Bank | parent=IGOBLKBRC
IGOBLKOFD | name=OPEC Fund for International Development | names=OPEC Fund
IGOBLKGEC | name=Gas Exporting Countries Forum | names=GECF
IGOBLKWTO | name=World Trade Organization | names=WTO; World Trade Organisation; global trade body | adj=WTO
IGOBLKICC | name=International Criminal Court | names=ICC; Hague-based International Criminal Court; ICC Prosecutor's Office; Office of the Prosecutor of the International Criminal Court | adj=ICC
IGOBLKPCA | name=Permanent Court of Arbitration | names=PCA; Hague-based Permanent Court of Arbitration
IGOBLKLOS | name=International Tribunal for the Law of the Sea | names=ITLOS; Hamburg-based International Tribunal for the Law of the Sea; Law of the Sea tribunal
IGOBLKISB | name=International Seabed Authority | names=seabed authority; UN seabed authority
IGOBLKOPW | name=Organisation for the Prohibition of Chemical Weapons | names=OPCW; Organization for the Prohibition of Chemical Weapons; chemical weapons watchdog; global chemical weapons watchdog
IGOBLKCTB | name=Comprehensive Nuclear-Test-Ban Treaty Organization | names=CTBTO; Comprehensive Nuclear Test Ban Treaty Organization; nuclear test ban organisation
IGOBLKBIS | name=Bank for International Settlements | names=BIS; central bank for central banks; Basel-based Bank for International Settlements
IGOBLKFTF | name=Financial Action Task Force | names=FATF; global financial crime watchdog; global money laundering watchdog; anti-money laundering watchdog
IGOBLKFSB | name=Financial Stability Board
IGOBLKITP | name=Interpol | names=International Criminal Police Organization; ICPO-Interpol; International Criminal Police Organisation; global police organisation
IGOBLKREN | name=International Renewable Energy Agency | names=IRENA
IGOBLKISA | name=International Solar Alliance | names=Solar Alliance
IGOBLKATS | name=Antarctic Treaty System | names=Antarctic Treaty; Antarctic Treaty Consultative Meeting; Antarctic Treaty Secretariat; ATCM
IGOBLKARC | name=Arctic Council
IGOBLKNSG | name=Nuclear Suppliers Group | names=NSG
IGOBLKMTC | name=Missile Technology Control Regime | names=MTCR
IGOBLKWAS | name=Wassenaar Arrangement
IGOBLKWCO | name=World Customs Organization | names=WCO; World Customs Organisation
IGOBLKIWC | name=International Whaling Commission | names=IWC
IGOBLKQRT | name=Middle East Quartet | names=Quartet on the Middle East; Middle East peace Quartet
IGOBLKMFO | name=Multinational Force and Observers | names=MFO; Sinai peacekeeping force; Multinational Force and Observers in Sinai
IGOBLKIPU | name=Inter-Parliamentary Union | names=IPU
IGOBLKIDE | name=International Institute for Democracy and Electoral Assistance | names=International IDEA
IGOBLKHCC | name=Hague Conference on Private International Law | names=HCCH
IGOBLKCDS | name=Conference on Disarmament | names=UN Conference on Disarmament; Geneva Conference on Disarmament
