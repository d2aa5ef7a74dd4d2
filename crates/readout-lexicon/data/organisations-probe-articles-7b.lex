# organisations-probe-articles-7b.lex — armed and religious groups the security/conflict article probes named.
association-of-muslim-scholars | name=Association of Muslim Scholars | names=Muslim Scholars Association; Association of Muslim Scholars in Iraq | code=IRQREL | country=IRQ | sector=REL | kind=religious
yarmouk-martyrs-brigade | name=Yarmouk Martyrs Brigade | names=Martyrs of Yarmouk Brigade | code=SYRREB | country=SYR | sector=REB | kind=armed
