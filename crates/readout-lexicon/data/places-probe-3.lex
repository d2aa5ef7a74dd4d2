# places-probe-3.lex — places and population-group names the third round of actor probes
# (eval/probes/probe-actors-3.jsonl) found missing. Written for readout; format as places.lex.
#
# Yugoslavia: countries.lex has no entry for the Federal Republic of Yugoslavia (1992-2003) or Serbia and
# Montenegro (2003-2006); wire news of those years names them constantly. Until a historical country entry
# exists they stand for Serbia, their successor state and the usual code for them in CAMEO-style data.

# ---------------------------------------------------------------- former state names
SRB | Yugoslavia; Federal Republic of Yugoslavia; Serbia and Montenegro; Serbia-Montenegro

# ---------------------------------------------------------------- population groups of one state (adjective forms)
ETH | Tigrayan; Tigrean
CHN | Han Chinese
