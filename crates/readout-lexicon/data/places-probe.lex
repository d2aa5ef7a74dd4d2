# places-probe.lex — places the actor probes (eval/probes/probe-actors.jsonl) found missing. Written for readout;
# format as places.lex: `ISO3 | Name; Alternate spelling`.
#
# The last section lists the adjective (singular) forms of names of population groups or regions of one state.
# They behave like a country adjective: alone they stand for the state, and with a role noun they keep the
# role ("Rohingya refugees" -> MMRREF, "Uyghur activists" -> CHNOPP). The plural and collective names
# ("Rohingya Muslims", "Uyghurs") are in organisations-probe.lex as the state's civilians (CVL).

# ---------------------------------------------------------------- Africa
ETH | Dessie; Dese
ETH | Kombolcha; Kombolch
NGA | Katsina
NGA | Owerri
NGA | Lekki
COD | Kishishe
COD | Minembwe
SDN | Zalingei

# ---------------------------------------------------------------- Middle East and Asia
YEM | Shabwa; Shabwah
IRQ | Tuz Khurmatu; Tuz Khurmato
ISR | Metula
PAK | Turbat
MMR | Hpakant

# ---------------------------------------------------------------- Americas
HTI | Kenscoff
HTI | Mirebalais

# ---------------------------------------------------------------- population groups of one state (adjective forms)
MMR | Rohingya
CHN | Uyghur; Uighur; Uygur
IRQ | Yazidi; Yezidi
UKR | Crimean Tatar
ESP | Catalan
PAK | Baloch; Baluch
