# Role nouns that eval/probes/probe-articles-4.jsonl needed (fourth round of article probes).
military-led government | GOV
military-backed government | GOV
ethnic armed group | REB
ethnic armed organisation | REB
ethnic armed organization | REB
