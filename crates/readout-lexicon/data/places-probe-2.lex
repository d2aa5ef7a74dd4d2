# places-probe-2.lex — places and population-group names the second round of actor probes
# (eval/probes/probe-actors-2.jsonl) found missing. Written for readout; format as places.lex.
# The last section lists adjective forms of population groups of one state, as in places-probe.lex.

# ---------------------------------------------------------------- Africa and the Americas
ETH | Axum; Aksum
SOM | Hiran; Hiraan
HTI | Pont-Sonde; Pont-Sondé; Pont Sonde

# ---------------------------------------------------------------- population groups of one state (adjective forms)
COD | Lendu
COD | Hema
