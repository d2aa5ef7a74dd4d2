# Armed groups met in eval/probes/probe-articles-5b.jsonl.
maute-group | name=Maute group | names=Maute Group; Dawlah Islamiyah; Islamic State of Lanao | code=PHLREB | country=PHL | sector=REB | kind=armed
fact-chad | name=Front for Change and Concord in Chad | names=FACT; Front pour l'Alternance et la Concorde au Tchad | code=TCDREB | country=TCD | sector=REB | kind=armed
