# A school's name, not training given: "a military police training school".
training school | noun compound
