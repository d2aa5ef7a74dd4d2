# Patterns that the article probe eval/probes/probe-articles-6a.jsonl showed missing.

# Agreeing to restart a peace dialogue is an intent to negotiate.
036 | verb | agree to resume/restart/revive [a/the] [formal/structured/comprehensive/composite/bilateral] peace dialogue/talks/process/negotiations with _

# Signing deals (plural, with a value) is a formal agreement.
057 | verb | sign/ink deals/agreements/contracts/accords/pacts worth
057 | verb | sign/ink deals/contracts/pacts with _

# Calling an act by a condemning adjective is criticism.
111 | verb | call _ expulsion/expulsions/remark/remarks/comments/visit/action/actions/measure/measures abhorrent/deplorable/outrageous/unjustified/unjustifiable/regrettable/unacceptable/irresponsible/provocative/reckless/illegal/absurd
111 | verb | call _ decision/move/policy abhorrent/deplorable/outrageous/unjustified/unjustifiable

# Cutting aid with the donor's adjective between verb and noun ("froze US aid to").
162 | verb | cut/slash/suspend/halt/freeze/withhold/reduce/end/stop/pause US/U.S./American/British/EU/European/German/French/Japanese/Australian/Canadian aid/assistance/funding to/for _

# Releasing a numbered tranche of a loan, and approving a numbered or standby loan.
071 | verb | release [a/the] first/second/third/fourth/initial/final/latest tranche of
071 | verb | release [a/the] first/second/third/fourth/initial/final/latest tranche to/for _
071 | verb | approve [a] second/third/fourth/fifth bailout/loan/loans for/to _
071 | verb | approve [a] standby/stand-by arrangement/facility/loan/credit for/to _

# Agreeing to release a loan or tranche is an intent to give economic aid, not a prisoner release.
0331 | verb | agree to release [a/the] [first/second/third/initial/next/latest] loan/loans/tranche/funds/funding/installment/instalment

# Trying to reach an agreement or compromise with someone is an intent to settle, not the agreement itself.
039 | verb | try/seek/hope/work to reach [a] [broad/comprehensive/final/lasting/negotiated/political] agreement/compromise/settlement with _
