#!/usr/bin/env python3
"""Regenerates crates/readout-lexicon/data/cameo.lex from a CAMEO code table in TSV form
(columns: code, root, quad_class, goldstein, plover_event, plover_mode, plover_context, name).

Usage: python3 tools/cameo_from_tsv.py ../shared/cameo/cameo_event_codes.tsv > crates/readout-lexicon/data/cameo.lex
"""
import csv
import sys

rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8"), delimiter="\t"))
print("# cameo.lex — the CAMEO event ontology: every code with its root, quad class, Goldstein score and PLOVER")
print("# type, mode and context. Format: see docs/lexicon.md. Regenerate with tools/cameo_from_tsv.py.")
print("# One deliberate change from the 2021 CAMEO-to-PLOVER table: 163 (impose embargo, boycott or sanctions) is")
print("# SANCTION, as PLOVER's own gold-standard records code it, not COERCE.")
OVERRIDES = {"163": "SANCTION"}
for r in rows:
    fields = [
        r["code"],
        "root=" + r["root"],
        "quad=" + r["quad_class"],
        "goldstein=" + r["goldstein"],
        "plover=" + OVERRIDES.get(r["code"], r["plover_event"]),
        "mode=" + r["plover_mode"],
        "context=" + r["plover_context"].replace(";", "; "),
        "label=" + r["name"].replace(" | ", " / "),
    ]
    print(" | ".join(fields))
