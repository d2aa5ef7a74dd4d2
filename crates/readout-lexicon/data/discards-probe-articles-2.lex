# Round-2 article probes: phrases that are not events
without warning | idiom ("cut the flows without warning" is no threat)
