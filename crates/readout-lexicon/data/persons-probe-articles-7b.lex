# persons-probe-articles-7b.lex — office-holders and armed-group leaders that the security/conflict article probes
# (eval/probes/probe-articles-7b.jsonl) named and the lexicon did not know.
tansu-ciller | name=Tansu Ciller | family=Ciller | given=Tansu | names=Tansu Çiller | country=TUR | role=TUR GOV 1993-06-25..1996-03-06 Prime Minister | role=TUR GOV 1996-06-28..1997-06-30 Foreign Minister
bertie-ahern | name=Bertie Ahern | family=Ahern | given=Bertie | country=IRL | role=IRL GOV 1997-06-26..2008-05-07 Taoiseach
gerry-adams | name=Gerry Adams | family=Adams | given=Gerry | country=IRL | role=IRL PTY 1983-11-13..2018-02-10 Sinn Fein leader
warren-christopher | name=Warren Christopher | family=Christopher | given=Warren | country=USA | role=USA GOV 1993-01-20..1997-01-17 Secretary of State
aslan-maskhadov | name=Aslan Maskhadov | family=Maskhadov | given=Aslan | country=RUS | role=RUS SEP 1999-10..2005-03-08 Chechen separatist leader
shamil-basayev | name=Shamil Basayev | family=Basayev | given=Shamil | country=RUS | role=RUS REB 1995..2006-07-10 Chechen rebel commander
akhmed-zakayev | name=Akhmed Zakayev | family=Zakayev | given=Akhmed | names=Ahmed Zakayev | country=RUS | role=RUS SEP 2000..2007 Chechen separatist envoy
abu-bakar-bashir | name=Abu Bakar Bashir | family=Ba'asyir | given=Abu Bakar | names=Abu Bakar Ba'asyir; Abu Bakar Baasyir | country=IDN | role=IDN REB 1993..2011 Jemaah Islamiah spiritual leader
redwan-hussien | name=Redwan Hussien | family=Redwan | given=Hussien | names=Redwan Hussein | country=ETH | role=ETH GOV 2021-11..2024-01 National Security Adviser
