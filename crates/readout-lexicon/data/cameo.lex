# cameo.lex — the CAMEO event ontology: every code with its root, quad class, Goldstein score and PLOVER
# type, mode and context. Format: see docs/lexicon.md. Regenerate with tools/cameo_from_tsv.py.
# One deliberate change from the 2021 CAMEO-to-PLOVER table: 163 (impose embargo, boycott or sanctions) is
# SANCTION, as PLOVER's own gold-standard records code it, not COERCE.
01 | root=01 | quad=1 | goldstein=0.0 | plover= | mode= | context= | label=MAKE PUBLIC STATEMENT
010 | root=01 | quad=1 | goldstein=0.0 | plover= | mode= | context= | label=Make statement, not specified below
011 | root=01 | quad=1 | goldstein=-0.1 | plover= | mode= | context= | label=Decline comment
012 | root=01 | quad=1 | goldstein=-0.4 | plover= | mode= | context= | label=Make pessimistic comment
013 | root=01 | quad=1 | goldstein=0.4 | plover= | mode= | context= | label=Make optimistic comment
014 | root=01 | quad=1 | goldstein=0.0 | plover= | mode= | context= | label=Consider policy option
015 | root=01 | quad=1 | goldstein=0.0 | plover= | mode= | context= | label=Acknowledge or claim responsibility
016 | root=01 | quad=1 | goldstein=-2.0 | plover= | mode= | context= | label=Deny responsibility
017 | root=01 | quad=1 | goldstein=0.0 | plover= | mode= | context= | label=Engage in symbolic act
018 | root=01 | quad=1 | goldstein=3.4 | plover= | mode= | context= | label=Make empathetic comment
019 | root=01 | quad=1 | goldstein=3.4 | plover= | mode= | context= | label=Express accord
02 | root=02 | quad=1 | goldstein=3.0 | plover= | mode= | context= | label=APPEAL
020 | root=02 | quad=1 | goldstein=3.0 | plover=REQUEST | mode= | context= | label=Appeal, not specified below
021 | root=02 | quad=1 | goldstein=3.4 | plover=REQUEST | mode= | context= | label=Appeal for material cooperation, not specified below
0211 | root=02 | quad=1 | goldstein=3.4 | plover=REQUEST | mode= | context=economic | label=Appeal for economic cooperation
0212 | root=02 | quad=1 | goldstein=3.4 | plover=REQUEST | mode= | context=military | label=Appeal for military cooperation
0213 | root=02 | quad=1 | goldstein=3.4 | plover=REQUEST | mode= | context=legal | label=Appeal for judicial cooperation
0214 | root=02 | quad=1 | goldstein=3.4 | plover=REQUEST | mode= | context=intelligence | label=Appeal for intelligence
022 | root=02 | quad=1 | goldstein=3.2 | plover=REQUEST | mode= | context=diplomatic | label=Appeal for diplomatic cooperation, such as policy support
023 | root=02 | quad=1 | goldstein=3.4 | plover=REQUEST | mode= | context= | label=Appeal for aid, not specified below
0231 | root=02 | quad=1 | goldstein=3.4 | plover=REQUEST | mode= | context=economic | label=Appeal for economic aid
0232 | root=02 | quad=1 | goldstein=3.4 | plover=REQUEST | mode= | context=military | label=Appeal for military aid
0233 | root=02 | quad=1 | goldstein=3.4 | plover=REQUEST | mode= | context=humanitarian | label=Appeal for humanitarian aid
0234 | root=02 | quad=1 | goldstein=3.4 | plover=REQUEST | mode= | context=peacekeeping | label=Appeal for military protection or peacekeeping
024 | root=02 | quad=1 | goldstein=-0.3 | plover=REQUEST | mode= | context=political_institutions | label=Appeal for political reform, not specified below
0241 | root=02 | quad=1 | goldstein=-0.3 | plover=REQUEST | mode= | context=executive | label=Appeal for change in leadership
0242 | root=02 | quad=1 | goldstein=-0.3 | plover=REQUEST | mode= | context=executive | label=Appeal for policy change
0243 | root=02 | quad=1 | goldstein=-0.3 | plover=REQUEST | mode= | context=rights_freedoms | label=Appeal for rights
0244 | root=02 | quad=1 | goldstein=-0.3 | plover=REQUEST | mode= | context=political_institutions | label=Appeal for change in institutions, regime
025 | root=02 | quad=1 | goldstein=-0.3 | plover=REQUEST | mode= | context= | label=Appeal to yield
0251 | root=02 | quad=1 | goldstein=-0.3 | plover=REQUEST | mode= | context=legal | label=Appeal for easing of administrative sanctions
0252 | root=02 | quad=1 | goldstein=-0.3 | plover=REQUEST | mode= | context=legal | label=Appeal for easing of popular dissent
0253 | root=02 | quad=1 | goldstein=-0.3 | plover=REQUEST | mode= | context=legal | label=Appeal for release of persons or property
0254 | root=02 | quad=1 | goldstein=-0.3 | plover=REQUEST | mode= | context=economic | label=Appeal for easing of economic sanctions, boycott, or embargo
0255 | root=02 | quad=1 | goldstein=-0.3 | plover=REQUEST | mode= | context=diplomatic | label=Appeal for target to allow international involvement (non-mediation)
0256 | root=02 | quad=1 | goldstein=-0.3 | plover=REQUEST | mode= | context=military | label=Appeal for de-escalation of military engagement
026 | root=02 | quad=1 | goldstein=4.0 | plover=REQUEST | mode= | context=diplomatic | label=Appeal to others to meet or negotiate
027 | root=02 | quad=1 | goldstein=4.0 | plover=REQUEST | mode= | context=diplomatic | label=Appeal to others to settle dispute
028 | root=02 | quad=1 | goldstein=4.0 | plover=REQUEST | mode= | context=diplomatic | label=Appeal to others to engage in or accept mediation
03 | root=03 | quad=1 | goldstein=4.0 | plover= | mode= | context= | label=EXPRESS INTENT TO COOPERATE
030 | root=03 | quad=1 | goldstein=4.0 | plover=AGREE | mode= | context=diplomatic | label=Express intent to cooperate, not specified below
031 | root=03 | quad=1 | goldstein=5.2 | plover=AGREE | mode= | context=diplomatic | label=Express intent to engage in material cooperation, not specified below
0311 | root=03 | quad=1 | goldstein=5.2 | plover=AGREE | mode= | context=economic | label=Express intent to cooperate economically
0312 | root=03 | quad=1 | goldstein=5.2 | plover=AGREE | mode= | context=military | label=Express intent to cooperate militarily
0313 | root=03 | quad=1 | goldstein=5.2 | plover=AGREE | mode= | context=legal | label=Express intent to cooperate on judicial matters
0314 | root=03 | quad=1 | goldstein=5.2 | plover=AGREE | mode= | context=intelligence | label=Express intent to cooperate on intelligence
032 | root=03 | quad=1 | goldstein=4.5 | plover=AGREE | mode= | context=diplomatic | label=Express intent to provide diplomatic cooperation such as policy support
033 | root=03 | quad=1 | goldstein=5.2 | plover=AGREE | mode= | context=diplomatic | label=Express intent to provide material aid, not specified below
0331 | root=03 | quad=1 | goldstein=5.2 | plover=AGREE | mode= | context=economic | label=Express intent to provide economic aid
0332 | root=03 | quad=1 | goldstein=5.2 | plover=AGREE | mode= | context=military | label=Express intent to provide military aid
0333 | root=03 | quad=1 | goldstein=5.2 | plover=AGREE | mode= | context=humanitarian | label=Express intent to provide humanitarian aid
0334 | root=03 | quad=1 | goldstein=6.0 | plover=AGREE | mode= | context=peacekeeping | label=Express intent to provide military protection or peacekeeping
034 | root=03 | quad=1 | goldstein=7.0 | plover=AGREE | mode= | context=political_institutions | label=Express intent to institute political reform, not specified below
0341 | root=03 | quad=1 | goldstein=7.0 | plover=AGREE | mode= | context=political_institutions | label=Express intent to change leadership
0342 | root=03 | quad=1 | goldstein=7.0 | plover=AGREE | mode= | context=executive | label=Express intent to change policy
0343 | root=03 | quad=1 | goldstein=7.0 | plover=AGREE | mode= | context=rights_freedoms | label=Express intent to provide rights
0344 | root=03 | quad=1 | goldstein=7.0 | plover=AGREE | mode= | context=political_institutions | label=Express intent to change institutions, regime
035 | root=03 | quad=1 | goldstein=7.0 | plover=AGREE | mode= | context= | label=Express intent to yield, not specified below
0351 | root=03 | quad=1 | goldstein=7.0 | plover=AGREE | mode= | context=rights_freedoms | label=Express intent to ease administrative sanctions
0352 | root=03 | quad=1 | goldstein=7.0 | plover=AGREE | mode= | context= | label=Express intent to ease popular dissent
0353 | root=03 | quad=1 | goldstein=7.0 | plover=AGREE | mode= | context=rights_freedoms | label=Express intent to release persons or property
0354 | root=03 | quad=1 | goldstein=7.0 | plover=AGREE | mode= | context=economic | label=Express intent to ease economic sanctions, boycott, or embargo
0355 | root=03 | quad=1 | goldstein=7.0 | plover=AGREE | mode= | context=diplomatic | label=Express intent to allow international involvement (not mediation)
0356 | root=03 | quad=1 | goldstein=7.0 | plover=AGREE | mode= | context=military | label=Express intent to de-escalate military engagement
036 | root=03 | quad=1 | goldstein=4.0 | plover=AGREE | mode= | context=diplomatic | label=Express intent to meet or negotiate
037 | root=03 | quad=1 | goldstein=5.0 | plover=AGREE | mode= | context=diplomatic | label=Express intent to settle dispute
038 | root=03 | quad=1 | goldstein=7.0 | plover=AGREE | mode= | context=diplomatic | label=Express intent to accept mediation
039 | root=03 | quad=1 | goldstein=5.0 | plover=AGREE | mode= | context=diplomatic | label=Express intent to mediate
04 | root=04 | quad=1 | goldstein=1.0 | plover= | mode= | context= | label=CONSULT
040 | root=04 | quad=1 | goldstein=1.0 | plover=CONSULT | mode= | context= | label=Consult, not specified below
041 | root=04 | quad=1 | goldstein=1.0 | plover=CONSULT | mode=phone | context= | label=Discuss by telephone
042 | root=04 | quad=1 | goldstein=1.9 | plover=CONSULT | mode=visit | context= | label=Make a visit
043 | root=04 | quad=1 | goldstein=2.8 | plover=CONSULT | mode=visit | context= | label=Host a visit
044 | root=04 | quad=1 | goldstein=2.5 | plover=CONSULT | mode=third-party | context= | label=Meet at a third location
045 | root=04 | quad=1 | goldstein=5.0 | plover=CONSULT | mode= | context=diplomatic | label=Mediate
046 | root=04 | quad=1 | goldstein=7.0 | plover=CONSULT | mode= | context=diplomatic | label=Engage in negotiation
05 | root=05 | quad=1 | goldstein=3.5 | plover= | mode= | context= | label=ENGAGE IN DIPLOMATIC COOPERATION
050 | root=05 | quad=1 | goldstein=3.5 | plover=SUPPORT | mode= | context=diplomatic | label=Engage in diplomatic cooperation, not specified below
051 | root=05 | quad=1 | goldstein=3.4 | plover=SUPPORT | mode= | context=diplomatic | label=Praise or endorse
052 | root=05 | quad=1 | goldstein=3.5 | plover=SUPPORT | mode= | context=diplomatic | label=Defend verbally
053 | root=05 | quad=1 | goldstein=3.8 | plover=SUPPORT | mode= | context=diplomatic | label=Rally support on behalf of
054 | root=05 | quad=1 | goldstein=6.0 | plover=SUPPORT | mode= | context=diplomatic | label=Grant diplomatic recognition
055 | root=05 | quad=1 | goldstein=7.0 | plover=SUPPORT | mode= | context=diplomatic | label=Apologize
056 | root=05 | quad=1 | goldstein=7.0 | plover=SUPPORT | mode= | context=diplomatic | label=Forgive
057 | root=05 | quad=1 | goldstein=8.0 | plover=SUPPORT | mode= | context=diplomatic | label=Sign formal agreement
06 | root=06 | quad=2 | goldstein=6.0 | plover= | mode= | context= | label=ENGAGE IN MATERIAL COOPERATION
060 | root=06 | quad=2 | goldstein=6.0 | plover=COOPERATE | mode= | context= | label=Engage in material cooperation, not specified below
061 | root=06 | quad=2 | goldstein=6.4 | plover=COOPERATE | mode= | context=economic | label=Cooperate economically
062 | root=06 | quad=2 | goldstein=7.4 | plover=COOPERATE | mode= | context=military | label=Cooperate militarily
063 | root=06 | quad=2 | goldstein=7.4 | plover=COOPERATE | mode= | context=legal | label=Engage in judicial cooperation
064 | root=06 | quad=2 | goldstein=7.0 | plover=COOPERATE | mode= | context=intelligence | label=Share intelligence or information
07 | root=07 | quad=2 | goldstein=7.0 | plover= | mode= | context= | label=PROVIDE AID
070 | root=07 | quad=2 | goldstein=7.0 | plover=AID | mode= | context= | label=Provide aid, not specified below
071 | root=07 | quad=2 | goldstein=7.4 | plover=AID | mode= | context=economic | label=Provide economic aid
072 | root=07 | quad=2 | goldstein=8.3 | plover=AID | mode= | context=military | label=Provide military aid
073 | root=07 | quad=2 | goldstein=7.4 | plover=AID | mode= | context=humanitarian | label=Provide humanitarian aid
074 | root=07 | quad=2 | goldstein=8.5 | plover=AID | mode= | context=peacekeeping | label=Provide military protection or peacekeeping
075 | root=07 | quad=2 | goldstein=7.0 | plover=AID | mode= | context=asylum | label=Grant asylum
08 | root=08 | quad=2 | goldstein=5.0 | plover= | mode= | context= | label=YIELD
080 | root=08 | quad=2 | goldstein=5.0 | plover=CONCEDE | mode= | context= | label=Yield, not specified below
081 | root=08 | quad=2 | goldstein=5.0 | plover=CONCEDE | mode= | context=legal | label=Ease administrative sanctions, not specified below
0811 | root=08 | quad=2 | goldstein=5.0 | plover=CONCEDE | mode= | context=democracy | label=Ease restrictions on political freedoms
0812 | root=08 | quad=2 | goldstein=5.0 | plover=CONCEDE | mode= | context=democracy | label=Ease ban on political parties or politicians
0813 | root=08 | quad=2 | goldstein=5.0 | plover=RETREAT | mode= | context=legal | label=Ease curfew
0814 | root=08 | quad=2 | goldstein=5.0 | plover=RETREAT | mode= | context=legal | label=Ease state of emergency or martial law
082 | root=08 | quad=2 | goldstein=5.0 | plover=CONCEDE | mode= | context=democracy | label=Ease political dissent
083 | root=08 | quad=2 | goldstein=5.0 | plover=CONCEDE | mode= | context=political_institutions | label=Accede to requests or demands for political reform, not specified below
0831 | root=08 | quad=2 | goldstein=5.0 | plover=CONCEDE | mode= | context=political_institutions | label=Accede to demands for change in leadership
0832 | root=08 | quad=2 | goldstein=5.0 | plover=CONCEDE | mode= | context=executive | label=Accede to demands for change in policy
0833 | root=08 | quad=2 | goldstein=5.0 | plover=CONCEDE | mode= | context=rights_freedoms | label=Accede to demands for rights
0834 | root=08 | quad=2 | goldstein=5.0 | plover=CONCEDE | mode= | context=political_institutions | label=Accede to demands for change in institutions, regime
084 | root=08 | quad=2 | goldstein=7.0 | plover=RETREAT | mode= | context= | label=Return, release, not specified below
0841 | root=08 | quad=2 | goldstein=7.0 | plover=RETREAT | mode=release | context=legal | label=Return, release person(s)
0842 | root=08 | quad=2 | goldstein=7.0 | plover=RETREAT | mode=return | context=legal | label=Return, release property
085 | root=08 | quad=2 | goldstein=7.0 | plover=RETREAT | mode=ease | context=economic | label=Ease economic sanctions, boycott, embargo
086 | root=08 | quad=2 | goldstein=9.0 | plover=RETREAT | mode=access | context=diplomatic | label=Allow international involvement, not specified below
0861 | root=08 | quad=2 | goldstein=9.0 | plover=RETREAT | mode=access | context=peacekeeping | label=Receive deployment of peacekeepers
0862 | root=08 | quad=2 | goldstein=9.0 | plover=RETREAT | mode=access | context=diplomatic | label=Receive inspectors
0863 | root=08 | quad=2 | goldstein=9.0 | plover=RETREAT | mode=access | context=humanitarian | label=Allow delivery of humanitarian aid
087 | root=08 | quad=2 | goldstein=9.0 | plover=RETREAT | mode=disarm | context=military | label=De-escalate military engagement
0871 | root=08 | quad=2 | goldstein=9.0 | plover=RETREAT | mode=ceasefire | context=military | label=Declare truce, ceasefire
0872 | root=08 | quad=2 | goldstein=9.0 | plover=RETREAT | mode=withdraw | context=military | label=Ease military blockade
0873 | root=08 | quad=2 | goldstein=9.0 | plover=RETREAT | mode=disarm | context=military | label=Demobilize armed forces
0874 | root=08 | quad=2 | goldstein=10.0 | plover=RETREAT | mode=disarm | context=military | label=Retreat or surrender militarily
09 | root=09 | quad=3 | goldstein=-2.0 | plover= | mode= | context= | label=INVESTIGATE
090 | root=09 | quad=3 | goldstein=-2.0 | plover=ACCUSE | mode=investigate | context= | label=Investigate, not specified below
091 | root=09 | quad=3 | goldstein=-2.0 | plover=ACCUSE | mode=investigate | context=crime; corruption | label=Investigate crime, corruption
092 | root=09 | quad=3 | goldstein=-2.0 | plover=ACCUSE | mode=investigate | context=human_rights | label=Investigate human rights abuses
093 | root=09 | quad=3 | goldstein=-2.0 | plover=ACCUSE | mode=investigate | context=military | label=Investigate military action
094 | root=09 | quad=3 | goldstein=-2.0 | plover=ACCUSE | mode=investigate | context=military; legal | label=Investigate war crimes
10 | root=10 | quad=3 | goldstein=-5.0 | plover= | mode= | context= | label=DEMAND
100 | root=10 | quad=3 | goldstein=-5.0 | plover=REQUEST | mode= | context= | label=Demand, not specified below
101 | root=10 | quad=3 | goldstein=-5.0 | plover=REQUEST | mode=assist | context= | label=Demand information, investigation
1011 | root=10 | quad=3 | goldstein=-5.0 | plover=REQUEST | mode=assist | context=economic | label=Demand economic cooperation
1012 | root=10 | quad=3 | goldstein=-5.0 | plover=REQUEST | mode=assist | context=military | label=Demand military cooperation
1013 | root=10 | quad=3 | goldstein=-5.0 | plover=REQUEST | mode=assist | context=legal | label=Demand judicial cooperation
1014 | root=10 | quad=3 | goldstein=-5.0 | plover=REQUEST | mode=assist | context=intelligence | label=Demand intelligence cooperation
102 | root=10 | quad=3 | goldstein=-5.0 | plover=REQUEST | mode=assist | context=diplomatic | label=Demand policy support
103 | root=10 | quad=3 | goldstein=-5.0 | plover=REQUEST | mode=assist | context= | label=Demand aid, protection, or peacekeeping
1031 | root=10 | quad=3 | goldstein=-5.0 | plover=REQUEST | mode=assist | context=economic | label=Demand economic aid
1032 | root=10 | quad=3 | goldstein=-5.0 | plover=REQUEST | mode=assist | context=military | label=Demand military aid
1033 | root=10 | quad=3 | goldstein=-5.0 | plover=REQUEST | mode=assist | context=humanitarian | label=Demand humanitarian aid
1034 | root=10 | quad=3 | goldstein=-5.0 | plover=REQUEST | mode=assist | context=peacekeeping | label=Demand military protection or peacekeeping
104 | root=10 | quad=3 | goldstein=-5.0 | plover=REQUEST | mode=change | context=political_institutions | label=Demand political reform, not specified below
1041 | root=10 | quad=3 | goldstein=-5.0 | plover=REQUEST | mode=change | context=executive | label=Demand change in leadership
1042 | root=10 | quad=3 | goldstein=-5.0 | plover=REQUEST | mode=change | context=executive | label=Demand policy change
1043 | root=10 | quad=3 | goldstein=-5.0 | plover=REQUEST | mode=change | context=rights_freedoms | label=Demand rights
1044 | root=10 | quad=3 | goldstein=-5.0 | plover=REQUEST | mode=change | context=political_institutions | label=Demand change in institutions, regime
105 | root=10 | quad=3 | goldstein=-5.0 | plover=REQUEST | mode=change | context=legal | label=Demand mediation
1051 | root=10 | quad=3 | goldstein=-5.0 | plover=REQUEST | mode=yield | context=legal | label=Demand easing of administrative sanctions
1052 | root=10 | quad=3 | goldstein=-5.0 | plover=REQUEST | mode=yield | context=legal | label=Demand easing of political dissent
1053 | root=10 | quad=3 | goldstein=-5.0 | plover=REQUEST | mode=yield | context=legal | label=Demand release of persons or property
1054 | root=10 | quad=3 | goldstein=-5.0 | plover=REQUEST | mode=yield | context=economic | label=Demand easing of economic sanctions, boycott, or embargo
1055 | root=10 | quad=3 | goldstein=-5.0 | plover=REQUEST | mode=yield | context=diplomatic | label=Demand that target allows international involvement (non-mediation)
1056 | root=10 | quad=3 | goldstein=-5.0 | plover=REQUEST | mode=yield | context=military | label=Demand de-escalation of military engagement
106 | root=10 | quad=3 | goldstein=-5.0 | plover=REQUEST | mode=meet | context=diplomatic | label=Demand withdrawal
107 | root=10 | quad=3 | goldstein=-5.0 | plover=REQUEST | mode=meet | context=diplomatic | label=Demand ceasefire
108 | root=10 | quad=3 | goldstein=-5.0 | plover=REQUEST | mode=meet | context=diplomatic | label=Demand meeting, negotiation
11 | root=11 | quad=3 | goldstein=-2.0 | plover= | mode= | context= | label=DISAPPROVE
110 | root=11 | quad=3 | goldstein=-2.0 | plover=ACCUSE | mode=disapprove | context= | label=Disapprove, not specified below
111 | root=11 | quad=3 | goldstein=-2.0 | plover=ACCUSE | mode=disapprove | context= | label=Criticize or denounce
112 | root=11 | quad=3 | goldstein=-2.0 | plover=ACCUSE | mode=disapprove | context= | label=Accuse, not specified below
1121 | root=11 | quad=3 | goldstein=-2.0 | plover=ACCUSE | mode=allege | context=crime; corruption | label=Accuse of crime, corruption
1122 | root=11 | quad=3 | goldstein=-2.0 | plover=ACCUSE | mode=allege | context=human_rights | label=Accuse of human rights abuses
1123 | root=11 | quad=3 | goldstein=-2.0 | plover=ACCUSE | mode=allege | context=military | label=Accuse of aggression
1124 | root=11 | quad=3 | goldstein=-2.0 | plover=ACCUSE | mode=allege | context=military; legal | label=Accuse of war crimes
1125 | root=11 | quad=3 | goldstein=-2.0 | plover=ACCUSE | mode=allege | context=legal | label=Accuse of espionage, treason
113 | root=11 | quad=3 | goldstein=-2.0 | plover=ACCUSE | mode=disapprove | context= | label=Rally opposition against
114 | root=11 | quad=3 | goldstein=-2.0 | plover=ACCUSE | mode=allege | context=diplomatic | label=Complain officially
115 | root=11 | quad=3 | goldstein=-2.0 | plover=ACCUSE | mode=allege | context=legal | label=Bring lawsuit against
116 | root=11 | quad=3 | goldstein=-2.0 | plover=ACCUSE | mode=disapprove | context=legal | label=Find guilty or liable (legally)
12 | root=12 | quad=3 | goldstein=-4.0 | plover= | mode= | context= | label=REJECT
120 | root=12 | quad=3 | goldstein=-4.0 | plover=REJECT | mode= | context= | label=Reject, not specified below
121 | root=12 | quad=3 | goldstein=-4.0 | plover=REJECT | mode=assist | context= | label=Reject material cooperation
1211 | root=12 | quad=3 | goldstein=-4.0 | plover=REJECT | mode=assist | context=economic | label=Reject economic cooperation
1212 | root=12 | quad=3 | goldstein=-4.0 | plover=REJECT | mode=assist | context=military | label=Reject military cooperation
122 | root=12 | quad=3 | goldstein=-4.0 | plover=REJECT | mode=assist | context= | label=Reject request or demand for material aid, not specified below
1221 | root=12 | quad=3 | goldstein=-4.0 | plover=REJECT | mode=assist | context=economic | label=Reject request for economic aid
1222 | root=12 | quad=3 | goldstein=-4.0 | plover=REJECT | mode=assist | context=military | label=Reject request for military aid
1223 | root=12 | quad=3 | goldstein=-4.0 | plover=REJECT | mode=assist | context=humanitarian | label=Reject request for humanitarian aid
1224 | root=12 | quad=3 | goldstein=-4.0 | plover=REJECT | mode=assist | context=peacekeeping | label=Reject request for military protection or peacekeeping
123 | root=12 | quad=3 | goldstein=-4.0 | plover=REJECT | mode=change | context=political_institutions | label=Reject request or demand for political reform, not specified below
1231 | root=12 | quad=3 | goldstein=-4.0 | plover=REJECT | mode=change | context=executive | label=Reject request for change in leadership
1232 | root=12 | quad=3 | goldstein=-4.0 | plover=REJECT | mode=change | context=executive | label=Reject request for policy change
1233 | root=12 | quad=3 | goldstein=-4.0 | plover=REJECT | mode=change | context=rights_freedoms | label=Reject request for rights
1234 | root=12 | quad=3 | goldstein=-4.0 | plover=REJECT | mode=change | context=political_institutions | label=Reject request for change in institutions, regime
124 | root=12 | quad=3 | goldstein=-4.0 | plover=REJECT | mode=change | context= | label=Refuse to yield, not specified below
1241 | root=12 | quad=3 | goldstein=-4.0 | plover=REJECT | mode=change | context=executive | label=Refuse to ease administrative sanctions
1242 | root=12 | quad=3 | goldstein=-4.0 | plover=REJECT | mode=change | context= | label=Refuse to ease popular dissent
1243 | root=12 | quad=3 | goldstein=-4.0 | plover=REJECT | mode=yield | context=legal | label=Refuse to release persons or property
1244 | root=12 | quad=3 | goldstein=-4.0 | plover=REJECT | mode=yield | context=economic | label=Refuse to ease economic sanctions, boycott, or embargo
1245 | root=12 | quad=3 | goldstein=-4.0 | plover=REJECT | mode=yield | context=diplomatic | label=Refuse to allow international involvement (non mediation)
1246 | root=12 | quad=3 | goldstein=-4.0 | plover=REJECT | mode=yield | context=military | label=Refuse to de-escalate military engagement
125 | root=12 | quad=3 | goldstein=-5.0 | plover=REJECT | mode=meet | context=diplomatic | label=Reject proposal to meet, discuss, or negotiate
126 | root=12 | quad=3 | goldstein=-5.0 | plover=REJECT | mode=meet | context=diplomatic | label=Reject mediation
127 | root=12 | quad=3 | goldstein=-5.0 | plover=REJECT | mode=meet | context=diplomatic | label=Reject plan, agreement to settle dispute
128 | root=12 | quad=3 | goldstein=-5.0 | plover=REJECT | mode=yield | context=legal | label=Defy norms, law
129 | root=12 | quad=3 | goldstein=-5.0 | plover=REJECT | mode=yield | context=diplomatic | label=Veto
13 | root=13 | quad=3 | goldstein=-6.0 | plover= | mode= | context= | label=THREATEN
130 | root=13 | quad=3 | goldstein=-4.4 | plover=THREATEN | mode= | context= | label=Threaten, not specified below
131 | root=13 | quad=3 | goldstein=-5.8 | plover=THREATEN | mode= | context= | label=Threaten non-force, not specified below
1311 | root=13 | quad=3 | goldstein=-5.8 | plover=THREATEN | mode=relations | context= | label=Threaten to reduce or stop aid
1312 | root=13 | quad=3 | goldstein=-5.8 | plover=THREATEN | mode=restrict | context=economic | label=Threaten to boycott, embargo, or sanction
1313 | root=13 | quad=3 | goldstein=-5.8 | plover=THREATEN | mode=relations | context=diplomatic | label=Threaten to reduce or break relations
132 | root=13 | quad=3 | goldstein=-5.8 | plover=THREATEN | mode=ban | context=executive | label=Threaten with administrative sanctions, not specified below
1321 | root=13 | quad=3 | goldstein=-5.8 | plover=THREATEN | mode=political | context=human_rights | label=Threaten to impose restrictions on political freedoms
1322 | root=13 | quad=3 | goldstein=-5.8 | plover=THREATEN | mode=ban | context=pro_autocracy | label=Threaten to ban political parties or politicians
1323 | root=13 | quad=3 | goldstein=-5.8 | plover=THREATEN | mode=restrict | context=pro_autocracy | label=Threaten to impose curfew
1324 | root=13 | quad=3 | goldstein=-5.8 | plover=THREATEN | mode=restrict | context=pro_autocracy | label=Threaten to impose state of emergency or martial law
133 | root=13 | quad=3 | goldstein=-5.8 | plover=THREATEN | mode=relations | context= | label=Threaten political dissent, protest
134 | root=13 | quad=3 | goldstein=-5.8 | plover=THREATEN | mode=relations | context=diplomatic | label=Threaten to halt negotiations
135 | root=13 | quad=3 | goldstein=-5.8 | plover=THREATEN | mode=relations | context=diplomatic | label=Threaten to halt mediation
136 | root=13 | quad=3 | goldstein=-7.0 | plover=THREATEN | mode=expel | context=diplomatic | label=Threaten to halt international involvement (non-mediation)
137 | root=13 | quad=3 | goldstein=-7.0 | plover=THREATEN | mode=violence | context=pro_autocracy | label=Threaten with violent repression
138 | root=13 | quad=3 | goldstein=-7.0 | plover=THREATEN | mode=violence | context=military | label=Threaten to use military force, not specified below
1381 | root=13 | quad=3 | goldstein=-7.0 | plover=THREATEN | mode=restrict | context=military | label=Threaten blockade
1382 | root=13 | quad=3 | goldstein=-7.0 | plover=THREATEN | mode=territory | context=military | label=Threaten occupation
1383 | root=13 | quad=3 | goldstein=-7.0 | plover=THREATEN | mode=violence | context=military | label=Threaten unconventional violence
1384 | root=13 | quad=3 | goldstein=-7.0 | plover=THREATEN | mode=violence | context=military | label=Threaten conventional attack
1385 | root=13 | quad=3 | goldstein=-7.0 | plover=THREATEN | mode=violence | context=cbrn | label=Threaten attack with WMD
139 | root=13 | quad=3 | goldstein=-7.0 | plover=THREATEN | mode=relations | context=diplomatic | label=Give ultimatum
14 | root=14 | quad=4 | goldstein=-6.5 | plover= | mode= | context= | label=PROTEST
140 | root=14 | quad=4 | goldstein=-6.5 | plover=PROTEST | mode= | context= | label=Engage in political dissent, not specified below
141 | root=14 | quad=4 | goldstein=-6.5 | plover=PROTEST | mode=demo | context= | label=Demonstrate or rally
1411 | root=14 | quad=4 | goldstein=-6.5 | plover=PROTEST | mode=demo | context=executive | label=Demonstrate for leadership change
1412 | root=14 | quad=4 | goldstein=-6.5 | plover=PROTEST | mode=demo | context=executive | label=Demonstrate for policy change
1413 | root=14 | quad=4 | goldstein=-6.5 | plover=PROTEST | mode=demo | context=rights_freedoms | label=Demonstrate for rights
1414 | root=14 | quad=4 | goldstein=-6.5 | plover=PROTEST | mode=demo | context=political_institutions | label=Demonstrate for change in institutions, regime
142 | root=14 | quad=4 | goldstein=-6.5 | plover=PROTEST | mode=hunger | context= | label=Conduct hunger strike, not specified below
1421 | root=14 | quad=4 | goldstein=-6.5 | plover=PROTEST | mode=hunger | context=executive | label=Conduct hunger strike for leadership change
1422 | root=14 | quad=4 | goldstein=-6.5 | plover=PROTEST | mode=hunger | context=executive | label=Conduct hunger strike for policy change
1423 | root=14 | quad=4 | goldstein=-6.5 | plover=PROTEST | mode=hunger | context=rights_freedoms | label=Conduct hunger strike for rights
1424 | root=14 | quad=4 | goldstein=-6.5 | plover=PROTEST | mode=hunger | context=political_institutions | label=Conduct hunger strike for change in institutions, regime
143 | root=14 | quad=4 | goldstein=-6.5 | plover=PROTEST | mode=boycott | context= | label=Conduct strike or boycott, not specified below
1431 | root=14 | quad=4 | goldstein=-6.5 | plover=PROTEST | mode=boycott | context=executive | label=Conduct strike or boycott for leadership change
1432 | root=14 | quad=4 | goldstein=-6.5 | plover=PROTEST | mode=boycott | context=executive | label=Conduct strike or boycott for policy change
1433 | root=14 | quad=4 | goldstein=-6.5 | plover=PROTEST | mode=boycott | context=rights_freedoms | label=Conduct strike or boycott for rights
1434 | root=14 | quad=4 | goldstein=-6.5 | plover=PROTEST | mode=boycott | context=political_institutions | label=Conduct strike or boycott for change in institutions, regime
144 | root=14 | quad=4 | goldstein=-7.5 | plover=PROTEST | mode=obstruct | context= | label=Obstruct passage, block
1441 | root=14 | quad=4 | goldstein=-7.5 | plover=PROTEST | mode=obstruct | context=executive | label=Obstruct passage to demand leadership change
1442 | root=14 | quad=4 | goldstein=-7.5 | plover=PROTEST | mode=obstruct | context=executive | label=Obstruct passage to demand policy change
1443 | root=14 | quad=4 | goldstein=-7.5 | plover=PROTEST | mode=obstruct | context=rights_freedoms | label=Obstruct passage to demand rights
1444 | root=14 | quad=4 | goldstein=-7.5 | plover=PROTEST | mode=obstruct | context=political_institutions | label=Obstruct passage to demand change in institutions, regime
145 | root=14 | quad=4 | goldstein=-7.5 | plover=PROTEST | mode=riot | context= | label=Protest violently, riot
1451 | root=14 | quad=4 | goldstein=-7.5 | plover=PROTEST | mode=riot | context=executive | label=Engage in violent protest for leadership change
1452 | root=14 | quad=4 | goldstein=-7.5 | plover=PROTEST | mode=riot | context=executive | label=Engage in violent protest for policy change
1453 | root=14 | quad=4 | goldstein=-7.5 | plover=PROTEST | mode=riot | context=rights_freedoms | label=Engage in violent protest for rights
1454 | root=14 | quad=4 | goldstein=-7.5 | plover=PROTEST | mode=riot | context=political_institutions | label=Engage in violent protest for change in institutions, regime
15 | root=15 | quad=4 | goldstein=-7.2 | plover= | mode= | context= | label=EXHIBIT FORCE POSTURE
150 | root=15 | quad=4 | goldstein=-7.2 | plover=MOBILIZE | mode= | context= | label=Demonstrate military or police power, not specified below
151 | root=15 | quad=4 | goldstein=-7.2 | plover=MOBILIZE | mode=police | context= | label=Increase police alert status
152 | root=15 | quad=4 | goldstein=-7.2 | plover=MOBILIZE | mode=troops | context=military | label=Increase military alert status
153 | root=15 | quad=4 | goldstein=-7.2 | plover=MOBILIZE | mode=police | context= | label=Mobilize or increase police power
154 | root=15 | quad=4 | goldstein=-7.2 | plover=MOBILIZE | mode=troops | context=military | label=Mobilize or increase armed forces
16 | root=16 | quad=4 | goldstein=-4.0 | plover= | mode= | context= | label=REDUCE RELATIONS
160 | root=16 | quad=4 | goldstein=-4.0 | plover=SANCTION | mode= | context= | label=Reduce relations, not specified below
161 | root=16 | quad=4 | goldstein=-4.0 | plover=SANCTION | mode=withdraw | context=diplomatic | label=Reduce or break diplomatic relations
162 | root=16 | quad=4 | goldstein=-5.6 | plover=SANCTION | mode=discontinue | context=human_security | label=Reduce or stop aid, not specified below
1621 | root=16 | quad=4 | goldstein=-5.6 | plover=SANCTION | mode=discontinue | context=economic | label=Reduce or stop economic assistance
1622 | root=16 | quad=4 | goldstein=-5.6 | plover=SANCTION | mode=discontinue | context=military | label=Reduce or stop military assistance
1623 | root=16 | quad=4 | goldstein=-5.6 | plover=SANCTION | mode=discontinue | context=humanitarian | label=Reduce or stop humanitarian assistance
163 | root=16 | quad=4 | goldstein=-8.0 | plover=SANCTION | mode=restrict | context=diplomatic | label=Impose embargo, boycott, or sanctions
164 | root=16 | quad=4 | goldstein=-7.0 | plover=SANCTION | mode=withdraw | context=diplomatic | label=Halt negotiations
165 | root=16 | quad=4 | goldstein=-6.5 | plover=SANCTION | mode=withdraw | context=diplomatic | label=Halt mediation
166 | root=16 | quad=4 | goldstein=-7.0 | plover=SANCTION | mode=expel | context=diplomatic | label=Expel or withdraw, not specified below
1661 | root=16 | quad=4 | goldstein=-7.0 | plover=SANCTION | mode=expel | context=military | label=Expel or withdraw peacekeepers
1662 | root=16 | quad=4 | goldstein=-7.0 | plover=SANCTION | mode=expel | context=diplomatic | label=Expel or withdraw inspectors, observers
1663 | root=16 | quad=4 | goldstein=-7.0 | plover=SANCTION | mode=expel | context=human_security | label=Expel or withdraw aid agencies
17 | root=17 | quad=4 | goldstein=-7.0 | plover= | mode= | context= | label=COERCE
170 | root=17 | quad=4 | goldstein=-7.0 | plover=COERCE | mode= | context= | label=Coerce, not specified below
171 | root=17 | quad=4 | goldstein=-9.2 | plover=COERCE | mode=seize | context=human_security | label=Seize or damage property, not specified below
1711 | root=17 | quad=4 | goldstein=-9.2 | plover=COERCE | mode=seize | context=human_security | label=Confiscate property
1712 | root=17 | quad=4 | goldstein=-9.2 | plover=ASSAULT | mode=seize | context=human_security | label=Destroy property
172 | root=17 | quad=4 | goldstein=-5.0 | plover=COERCE | mode=restrict | context=executive | label=Impose administrative sanctions, not specified below
1721 | root=17 | quad=4 | goldstein=-5.0 | plover=COERCE | mode=restrict | context=rights_freedoms | label=Impose restrictions on political freedoms
1722 | root=17 | quad=4 | goldstein=-5.0 | plover=COERCE | mode=ban | context=pro_autocracy | label=Ban political parties or politicians
1723 | root=17 | quad=4 | goldstein=-5.0 | plover=COERCE | mode=curfew | context=pro_autocracy | label=Impose curfew
1724 | root=17 | quad=4 | goldstein=-5.0 | plover=COERCE | mode=martial-law | context=pro_autocracy | label=Impose state of emergency or martial law
173 | root=17 | quad=4 | goldstein=-5.0 | plover=COERCE | mode=arrest | context=legal | label=Arrest, detain, or charge with legal action
174 | root=17 | quad=4 | goldstein=-5.0 | plover=COERCE | mode=deport | context=legal | label=Expel or deport individuals
175 | root=17 | quad=4 | goldstein=-9.0 | plover=ASSAULT | mode=pro_autocracy | context=military | label=Use tactics of violent repression
18 | root=18 | quad=4 | goldstein=-9.0 | plover= | mode= | context= | label=ASSAULT
180 | root=18 | quad=4 | goldstein=-9.0 | plover=ASSAULT | mode= | context= | label=Use unconventional violence, not specified below
181 | root=18 | quad=4 | goldstein=-9.0 | plover=ASSAULT | mode=abduct | context= | label=Abduct, hijack, or take hostage
182 | root=18 | quad=4 | goldstein=-9.5 | plover=ASSAULT | mode=beat | context= | label=Physically assault, not specified below
1821 | root=18 | quad=4 | goldstein=-9.0 | plover=ASSAULT | mode=sexual | context= | label=Sexually assault
1822 | root=18 | quad=4 | goldstein=-9.0 | plover=ASSAULT | mode=torture | context= | label=Torture
1823 | root=18 | quad=4 | goldstein=-10.0 | plover=ASSAULT | mode= | context= | label=Kill by physical assault
183 | root=18 | quad=4 | goldstein=-10.0 | plover=ASSAULT | mode=suicide-attack | context= | label=Conduct suicide, car, or other non-military bombing, not specified below
1831 | root=18 | quad=4 | goldstein=-10.0 | plover=ASSAULT | mode=suicide-attack | context= | label=Carry out suicide bombing
1832 | root=18 | quad=4 | goldstein=-10.0 | plover=ASSAULT | mode=explosives | context= | label=Carry out car bombing
1833 | root=18 | quad=4 | goldstein=-10.0 | plover=ASSAULT | mode=explosives | context= | label=Carry out roadside bombing
184 | root=18 | quad=4 | goldstein=-8.0 | plover=ASSAULT | mode=abduct | context= | label=Use as human shield
185 | root=18 | quad=4 | goldstein=-8.0 | plover=ASSAULT | mode=assassinate | context= | label=Attempt to assassinate
186 | root=18 | quad=4 | goldstein=-10.0 | plover=ASSAULT | mode=assassinate | context= | label=Assassinate
19 | root=19 | quad=4 | goldstein=-10.0 | plover= | mode= | context= | label=FIGHT
190 | root=19 | quad=4 | goldstein=-10.0 | plover=ASSAULT | mode= | context=military | label=Use conventional military force, not specified below
191 | root=19 | quad=4 | goldstein=-9.5 | plover=COERCE | mode=restrict | context=military | label=Impose blockade, restrict movement
192 | root=19 | quad=4 | goldstein=-9.5 | plover=COERCE | mode=seize | context=military | label=Occupy territory
193 | root=19 | quad=4 | goldstein=-10.0 | plover=ASSAULT | mode=firearms | context=military | label=Fight with small arms and light weapons
194 | root=19 | quad=4 | goldstein=-10.0 | plover=ASSAULT | mode=heavy-weapons | context=military | label=Fight with artillery and tanks
195 | root=19 | quad=4 | goldstein=-10.0 | plover=ASSAULT | mode=heavy-weapons | context=military | label=Employ aerial weapons
196 | root=19 | quad=4 | goldstein=-9.5 | plover=ASSAULT | mode= | context=legal; military | label=Violate ceasefire
20 | root=20 | quad=4 | goldstein=-10.0 | plover= | mode= | context= | label=USE UNCONVENTIONAL MASS VIOLENCE
200 | root=20 | quad=4 | goldstein=-10.0 | plover=ASSAULT | mode=massacre | context=military | label=Use unconventional mass violence, not specified below
201 | root=20 | quad=4 | goldstein=-9.5 | plover=ASSAULT | mode=cleansing | context=religion_ethnicity | label=Engage in mass expulsion
202 | root=20 | quad=4 | goldstein=-10.0 | plover=ASSAULT | mode=massacre | context=religion_ethnicity | label=Engage in mass killings
203 | root=20 | quad=4 | goldstein=-10.0 | plover=ASSAULT | mode=cleansing | context=religion_ethnicity | label=Engage in ethnic cleansing
204 | root=20 | quad=4 | goldstein=-10.0 | plover=ASSAULT | mode=unconventional | context=cbrn | label=Use weapons of mass destruction, not specified below
2041 | root=20 | quad=4 | goldstein=-10.0 | plover=ASSAULT | mode=unconventional | context=cbrn | label=Use chemical, biological, or radiological weapons
2042 | root=20 | quad=4 | goldstein=-10.0 | plover=ASSAULT | mode=unconventional | context=cbrn | label=Detonate nuclear weapons
