# agents-probe-2.lex — role nouns the second round of actor probes (eval/probes/probe-actors-2.jsonl) found missing.
# Written for readout; format as agents.lex: `phrase | SECTOR` with optional `plural=X` or `noplural`.
# Compound nouns whose last word is a known role noun of another sector are listed whole, so the head
# does not win ("resident doctor" is a doctor, not a resident; "factory owner" is business, not a factory).

# ---------------------------------------------------------------- health (HLH)
resident doctor | HLH

# ---------------------------------------------------------------- business (BUS)
factory owner | BUS
factory manager | BUS
street vendor | BUS
street trader | BUS
hawker | BUS

# ---------------------------------------------------------------- workers (LAB)
boda boda rider | LAB
okada rider | LAB
motorcycle taxi driver | LAB
seafarer | LAB
airline pilot | LAB

# ---------------------------------------------------------------- police and law enforcement (COP)
anti-corruption commission | COP
anti-corruption agency | COP | plural=anti-corruption agencies
anti-corruption body | COP | plural=anti-corruption bodies
anti-graft agency | COP | plural=anti-graft agencies
anti-graft commission | COP
anti-graft body | COP | plural=anti-graft bodies
immigration officer | COP
immigration police | COP | noplural

# ---------------------------------------------------------------- military (MIL)
republican guard | MIL

# ---------------------------------------------------------------- unaffiliated armed groups (UAF): Venezuela's armed pro-government gangs
colectivo | UAF

# ---------------------------------------------------------------- criminals (CRM)
cybercriminal | CRM
scammer | CRM
cattle raider | CRM
cattle rustler | CRM

# ---------------------------------------------------------------- elites (ELI), as `tribal leader` in agents.lex
traditional ruler | ELI
indigenous leader | ELI

# ---------------------------------------------------------------- civilians (CVL)
indigenous people | CVL | noplural
indigenous community | CVL | plural=indigenous communities

# ---------------------------------------------------------------- human rights bodies (HRI), as `rights group` in agents.lex
human rights commission | HRI
