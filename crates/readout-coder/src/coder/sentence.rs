//! Coding one sentence: for each trigger, its clause, source, target, negation, modality, attribution and
//! date, and the refinements (refusals, answered requests, orders, protest aims …) that change its code.

use super::*;

impl Coder {
    pub(super) fn code_sentence(
        &self,
        doc: &Document,
        s: &Sentence,
        mem: &mut Memory,
    ) -> (Vec<Event>, SentenceTrace) {
        let toks = &s.tokens;
        let text = &doc.text;
        let times = find_times(toks, text, doc.date);
        let mut blocked = vec![false; toks.len()];
        let mut is_time = vec![false; toks.len()];
        for t in &times {
            for (i, tok) in toks.iter().enumerate() {
                if t.span.contains(tok.span) {
                    blocked[i] = true;
                    is_time[i] = true;
                }
            }
        }
        let mut discarded = vec![false; toks.len()];
        // Tokens of discards that silence the triggers near them, not only those inside them.
        let mut near_discarded = vec![false; toks.len()];
        let mut discard_note = None;
        // "Brazil beat Argentina 2-1": a score and a match verb make the whole sentence a sports result.
        let score = toks.iter().any(|t| {
            t.kind == TokenKind::Number
                && t.norm.split_once('-').is_some_and(|(a, b)| {
                    (1..=2).contains(&a.len())
                        && (1..=2).contains(&b.len())
                        && (a.to_owned() + b).bytes().all(|c| c.is_ascii_digit())
                })
        });
        // ("Pakistan hosted New Zealand in the second Test": so do a sports word and a match verb.)
        let norms: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
        let sport_context = (0..toks.len()).any(|i| {
            self.words.is("sport_context", norms[i])
                || self.words.phrase_at("sport_context", &norms[i..]).is_some()
        });
        let match_verb = toks.iter().any(|t| {
            self.words.is("sport_result", &t.norm)
                || sport_context && self.words.is("sport_meeting", &t.norm)
        });
        if (score || sport_context) && match_verb {
            discarded.iter_mut().for_each(|d| *d = true);
            near_discarded.iter_mut().for_each(|d| *d = true);
            blocked.iter_mut().for_each(|b| *b = true);
            discard_note =
                Some("a sports result (a score or sports word, and a match verb)".to_string());
        }
        let found = self.lex.discard_index().find(toks, text);
        let mut mentions = self.mentions(doc, toks, mem);
        for d in found {
            let discard = &self.lex.discards()[*d.value as usize];
            // "riot police": a discard that is an actor's own name only keeps its words from being a trigger;
            // the actor stays, and so do the events around it.
            let actor = mentions
                .iter()
                .any(|m| m.start <= d.start && d.end <= m.end);
            // "toward the Korean Peninsula", "officers in riot gear": a discard that only names a place or a
            // thing holds no actor and no trigger, but the triggers around it stay.
            let naming = self.words.is("naming_discard", &discard.reason);
            for i in d.start..d.end {
                discarded[i] = true;
                blocked[i] |= !actor;
                near_discarded[i] |= !actor && !naming;
            }
            if actor || naming {
                continue;
            }
            if discard_note.is_none() {
                discard_note = Some(format!(
                    "the sentence matches the discard {:?} ({})",
                    discard.phrase, discard.source
                ));
            }
        }
        mentions.retain(|m| !blocked[m.start..m.end].iter().any(|b| *b));
        let mut triggers = self.verb_triggers(toks, text, &mentions, &discarded, &is_time);
        // A bare protest verb that is no protest ("bonds rallied", "planned to march") is no trigger at all, so
        // it takes no clause from the verbs around it.
        triggers.retain(|tr| {
            !self.lex.verb_patterns()[tr.pattern].people
                || self.protest_by_people(toks, &mentions, tr)
        });
        let clauses = self.clause_starts(toks, &mentions, &triggers);
        let question = toks.last().is_some_and(|t| t.norm.ends_with('?'))
            || toks.iter().rev().take(3).any(|t| t.norm == "?");
        let attribution = self.according_to(toks, &mentions);

        let mut events: Vec<Event> = Vec::new();
        // Accusations coded in this sentence: (trigger start, the accused).
        let mut accused_of: Vec<(usize, ResolvedActor)> = Vec::new();
        let mut traces = Vec::new();
        for tr in &triggers {
            let p = &self.lex.verb_patterns()[tr.pattern];
            let span = Span::new(toks[tr.start].span.start, toks[tr.end - 1].span.end);
            let trigger_text = span.slice(text).unwrap_or("").to_string();
            let mut trace = TriggerTrace {
                text: trigger_text.clone(),
                span,
                code: p.code.clone(),
                rule: p.source.to_string(),
                pattern: p.text.clone(),
                decision: String::new(),
            };
            let floor = clause_start(&clauses, tr.start);
            // (A subordinate clause with a verb of its own right after the trigger ends it too: "traded
            // accusations since Eritrean troops occupied Badme" has no target in the since-clause; "called off a
            // strike after deliberations with the government" has no clause there.)
            let clause_here = |c: usize| {
                self.words.is("subordinator", Self::norm(toks, c))
                    && triggers.iter().any(|o| {
                        o.start > c + 1
                            && self.lex.verb_patterns()[o.pattern].kind == PatternKind::Verb
                            && clauses
                                .iter()
                                .find(|&&d| d > c)
                                .is_none_or(|&d| o.start < d)
                    })
            };
            let ceiling = clauses
                .iter()
                .find(|&&c| c > tr.end || c == tr.end && clause_here(c))
                .copied()
                .unwrap_or(toks.len());
            // Acts named without being done: violence to end, that may come or is meant, a modifier, talks that
            // end.
            if let Some(why) = self.named_not_done(toks, &triggers, tr, floor, ceiling) {
                trace.decision = format!("not coded: {why}");
                traces.push(trace);
                continue;
            }
            // A sports result, an idiom or a historical war is not today's political news: no trigger near a
            // discard is coded ("Brazil beat Argentina 2-1 in the World Cup").
            const DISCARD_REACH: usize = 2;
            let near_discard = (tr.start.saturating_sub(DISCARD_REACH)
                ..(tr.end + DISCARD_REACH).min(toks.len()))
                .any(|i| near_discarded[i]);
            if let Some(why) = discard_note.as_ref().filter(|_| near_discard) {
                trace.decision = format!("not coded: {why}");
                traces.push(trace);
                continue;
            }
            // "demanded that Israel ease restrictions": what an appeal, demand, threat or pledge asks for is its
            // content, not an event of its own. So is what a statement, an accusation or a rejection says
            // happened ("denied accusations that its troops were fighting"), the action right after an appeal,
            // pledge, threat or protest ("threatened to crush any further opposition protests"), and an event
            // noun that is another trigger's topic ("negotiations on a trade agreement", "praised Bangladesh
            // for its cooperation").
            let ordered = self.ordered_of_own_forces(toks, &mentions, &triggers, floor, tr);
            // The order itself is not coded apart from what it orders.
            let orders_own = triggers.iter().any(|a| {
                a.start > tr.start
                    && self
                        .ordered_of_own_forces(toks, &mentions, &triggers, floor, a)
                        .is_some_and(|(o, _)| o.start == tr.start)
            });
            if orders_own {
                trace.decision =
                    "not coded: an order to its own forces, coded as what it orders".into();
                traces.push(trace);
                continue;
            }
            // "attacked the Rwandan embassy, setting part of the building on fire", "struck central Gaza, killing
            // dozens": a participle after a comma that tells what an act of violence did is that act, not another.
            let violent = |code: &str| {
                ["145", "18", "19", "20"]
                    .iter()
                    .any(|r| code.starts_with(r))
            };
            let consequence = (toks[tr.start].norm.ends_with("ing")
                && ["17", "18", "19", "20"].iter().any(|r| p.code.starts_with(r)))
            .then(|| {
                triggers.iter().find(|o| {
                    o.start >= floor
                        && o.end < tr.start
                        && violent(&self.lex.verb_patterns()[o.pattern].code)
                        && toks[o.end..tr.start].iter().any(|t| t.norm == ",")
                        && !toks[o.end..tr.start]
                            .iter()
                            .any(|t| matches!(t.norm.as_str(), ";" | ":") || self.words.is("reporting", &t.norm))
                        // (", with the army carrying out air strikes": a participle with a subject of its own.)
                        && !mentions.iter().any(|m| {
                            m.end == tr.start
                                && m.start > o.end
                                && toks[m.start.saturating_sub(3)..m.start].iter().any(|t| t.norm == "with")
                        })
                })
            })
            .flatten();
            if let Some(o) = consequence {
                // "blew himself up on a crowded Jerusalem bus, killing more than 20 Israelis": a bombing or an
                // assault aimed only at a place is aimed at the people it killed there.
                let victims = self
                    .target(toks, &mentions, p, tr, ceiling)
                    .filter(|m| m.actors.len() == 1)
                    .and_then(|m| {
                        let a = &m.actors[0];
                        let people =
                            a.sector.as_deref() == Some("CVL") || a.how == "country (its people)";
                        let c = a.country.clone()?;
                        people.then_some((m, c))
                    });
                let o_span = Span::new(toks[o.start].span.start, toks[o.end - 1].span.end);
                // "detonated a truck bomb at a checkpoint, killing dozens of Somali soldiers": an act of violence
                // with no target at all is aimed at those it killed, whoever they are.
                if let Some(m) = self
                    .target(toks, &mentions, p, tr, ceiling)
                    .filter(|m| m.actors.len() == 1 && m.actors[0].country.is_some())
                {
                    let sp = Span::new(toks[m.start].span.start, toks[m.end - 1].span.end);
                    for e in events.iter_mut().filter(|e| {
                        e.evidence.span == o_span
                            && e.target.is_none()
                            && ["18", "19", "20"].iter().any(|r| e.cameo.starts_with(r))
                    }) {
                        e.target =
                            Actor::from_resolved(&m.actors[0], sp.slice(text).unwrap_or(""), sp);
                    }
                }
                if let Some((m, c)) = victims {
                    for e in events
                        .iter_mut()
                        .filter(|e| e.evidence.span == o_span && e.cameo.starts_with("18"))
                    {
                        let placed = e.target.as_ref().is_some_and(|t| {
                            t.country.as_deref() == Some(c.as_str())
                                && matches!(t.sector.as_deref(), None | Some("GOV"))
                                && t.id.as_deref().is_none_or(|id| id.starts_with("country:"))
                        });
                        if placed {
                            let sp = Span::new(toks[m.start].span.start, toks[m.end - 1].span.end);
                            let mut v = m.actors[0].clone();
                            v.code = Some(format!("{c}CVL"));
                            v.sector = Some("CVL".into());
                            e.target = Actor::from_resolved(&v, sp.slice(text).unwrap_or(""), sp);
                        }
                    }
                }
                trace.decision = "not coded: what the act of violence before it did".into();
                traces.push(trace);
                continue;
            }
            // "accused separatists of shooting down a jet, killing all 298 people on board": a participle after a
            // comma that goes on with what someone is accused of is part of the accusation.
            let accusation = (toks[tr.start].norm.ends_with("ing")
                && tr.start > 0
                && toks[tr.start - 1].norm == ",")
                .then(|| {
                    triggers.iter().find(|o| {
                        o.start >= floor
                            && o.end < tr.start
                            && self.lex.verb_patterns()[o.pattern].code.starts_with("112")
                            && toks[o.start..tr.start].iter().any(|t| t.norm == "of")
                            && !toks[o.end..tr.start].iter().any(|t| {
                                matches!(t.norm.as_str(), ";" | ":" | "and" | "but")
                                    || self.words.is("reporting", &t.norm)
                            })
                    })
                })
                .flatten();
            if let Some(o) = accusation {
                trace.decision = format!(
                    "not coded: part of what {:?} accuses of",
                    Self::words_of(toks, text, o)
                );
                traces.push(trace);
                continue;
            }
            // "allowed aid ships carrying food to dock", "a convoy bringing medicine": a participle right after a
            // common noun, with the clause's verb before it, says what that noun does; it is no act of the subject.
            let reduced_relative = p.kind == PatternKind::Verb
                && toks[tr.start].norm.ends_with("ing")
                && tr.start > floor + 1
                && {
                    let prev = &toks[tr.start - 1];
                    prev.kind == TokenKind::Word
                        && !prev.cap
                        && prev.norm.ends_with('s')
                        && !self.words.is("auxiliary", &prev.norm)
                        && !self.words.is("be", &prev.norm)
                        && !prev.norm.ends_with("ly")
                        && !self.words.is("preposition", &prev.norm)
                        && !self.words.is("reporting", &prev.norm)
                }
                && triggers
                    .iter()
                    .any(|o| o.start >= floor && o.end <= tr.start && o.end + 6 >= tr.start);
            // ("used tear gas to disperse demonstrators protesting election results": when the noun is an actor,
            // the participle is its act.)
            let described = reduced_relative
                .then(|| mentions.iter().find(|m| m.end == tr.start))
                .flatten()
                // (", with the army carrying out air strikes": an absolute clause's participle is its noun's act.)
                .or_else(|| {
                    (p.kind == PatternKind::Verb && toks[tr.start].norm.ends_with("ing"))
                        .then(|| {
                            mentions.iter().find(|m| {
                                m.end == tr.start
                                    && toks[m.start.saturating_sub(3)..m.start]
                                        .iter()
                                        .any(|t| t.norm == "with")
                            })
                        })
                        .flatten()
                });
            // "to help find the schoolgirls abducted from Chibok", "freed three Israeli women held hostage in
            // Gaza": a past participle right after the object of an earlier verb, with no object of its own,
            // says what was done to that object, by no one named; it is no act of the object.
            let head_word = toks[tr.start].norm.as_str();
            let object_participle = p.kind == PatternKind::Verb
                && (head_word.ends_with("ed") || self.words.is("irregular_participle", head_word))
                && mentions.iter().any(|m| {
                    // ("Poland expelled two diplomats and Latvia expelled three": the subject of a second
                    // clause.)
                    let at = self.phrase_start(toks, m.start, floor, 3);
                    m.end == tr.start
                        && !(at > 0 && matches!(Self::norm(toks, at - 1), "and" | "but" | "while"))
                        && triggers.iter().any(|o| {
                            // (The clause may start at the participle: the earlier verb is the one before.)
                            o.end <= m.start
                                && !self.lex.verb_patterns()[o.pattern].code.starts_with("01")
                                && self.lex.verb_patterns()[o.pattern].kind == PatternKind::Verb
                                // (The earlier verb has a subject of its own: "Jailed opposition leader Alexei
                                // Navalny declared" and "a bomb planted by Taliban fighters killed" open with
                                // participles of the subject.)
                                && mentions.iter().any(|s| s.end <= o.start && o.start - s.end <= 4)
                                && !toks[o.end..m.start].iter().any(|t| {
                                    t.norm == "that"
                                        || t.norm == ","
                                        || self.words.is("subordinator", &t.norm)
                                        || self.words.is("reporting", &t.norm)
                                })
                        })
                })
                && toks
                    .get(tr.start + 1)
                    .is_none_or(|t| !self.words.is("determiner", &t.norm))
                && toks.get(tr.end).is_none_or(|t| {
                    // (The pattern's own words after its slot are no object: "held hostage".)
                    let own = p
                        .after_slot()
                        .iter()
                        .any(|e| matches!(e, Element::Word { alts, .. } if alts.contains(&t.norm)));
                    !self.words.is("determiner", &t.norm)
                        && (own || !mentions.iter().any(|m| m.start == tr.end))
                        && t.norm != "by"
                });
            if object_participle {
                trace.decision =
                    "not coded: a participle saying what was done to the object before it".into();
                traces.push(trace);
                continue;
            }
            if reduced_relative && described.is_none() {
                trace.decision = "not coded: a participle describing the noun before it".into();
                traces.push(trace);
                continue;
            }
            if let Some(weigher) = self.considered_by(toks, &triggers, tr) {
                trace.decision = format!(
                    "not coded: an option {:?} weighs",
                    Self::words_of(toks, text, weigher)
                );
                traces.push(trace);
                continue;
            }
            if let Some(protest) = self.protest_of_aim(toks, &triggers, tr, p) {
                trace.decision = format!(
                    "not coded: the aim of the protest {:?}",
                    Self::words_of(toks, text, protest)
                );
                traces.push(trace);
                continue;
            }
            // "condemned the soldiers who seized power and detained the president", "a conflict that killed more
            // than 220,000 people": a relative clause on someone or something the main clause acts on tells
            // background, not the news of the sentence.
            // "sent two fighter jets to the eastern Mediterranean to back up Greece": support or help named as
            // the purpose of a material act is that act's aim, not a second event.
            let purpose_of = (tr.start > 0
                && toks[tr.start - 1].norm == "to"
                && (p.code.starts_with("05") || p.code.starts_with("07")))
            .then(|| {
                triggers.iter().find(|o| {
                    let oc = &self.lex.verb_patterns()[o.pattern].code;
                    o.end < tr.start
                        && o.start >= floor
                        && !toks[o.start].cap
                        && tr.start <= o.end + 14
                        && self.words.has_prefix_of("purposeful_act_code", oc)
                })
            })
            .flatten();
            if let Some(o) = purpose_of {
                trace.decision = format!(
                    "not coded: the purpose of {:?}",
                    Self::words_of(toks, text, o)
                );
                traces.push(trace);
                continue;
            }
            if self.background_relative(toks, &mentions, &triggers, floor, tr) {
                trace.decision = "not coded: background in a relative clause".into();
                traces.push(trace);
                continue;
            }
            // "asked the European Union for financial help": a word that an earlier pattern needs after its
            // target (`ask _ for financial help`) is that pattern's, not an event noun of its own.
            let owned_word = p.kind == PatternKind::Noun
                && triggers.iter().any(|o| {
                    o.start >= floor
                        && o.end <= tr.start
                        && tr.start <= o.end + TARGET_WINDOW + 4
                        && self.lex.verb_patterns()[o.pattern].after_slot().iter().any(|e| {
                            matches!(e, Element::Word { alts, .. } if alts.iter().any(|a| *a == toks[tr.start].norm))
                        })
                });
            if owned_word {
                trace.decision = "not coded: a word of an earlier pattern".into();
                traces.push(trace);
                continue;
            }
            // "warned that soldiers would crush any further protests": the act warned of is the warner's threat,
            // coded in place of the warning.
            let warner = triggers
                .iter()
                .find(|o| self.warned_threat(toks, &mentions, o, tr).is_some());
            if triggers
                .iter()
                .any(|c| self.warned_threat(toks, &mentions, tr, c).is_some())
            {
                trace.decision = "not coded: the threat it warns of is coded instead".into();
                traces.push(trace);
                continue;
            }
            if let Some(gov) = triggers
                .iter()
                .filter(|_| ordered.is_none() && warner.is_none())
                .find(|o| {
                let pc = &self.lex.verb_patterns()[o.pattern].code;
                // "accused the coalition of deliberately targeting civilians", "blamed Kyiv for shelling the
                // plant": what someone is accused of is a claim, not an event of its own (the accusation's
                // code already says what it is about).
                // (The content follows "of"/"for" closely; a finite verb with its auxiliary is the sentence's
                // own: "a ship accused of violating sanctions was seized".)
                let of_for = (o.start..tr.start)
                    .rev()
                    .find(|&j| toks[j].norm == "of" || toks[j].norm == "for");
                let accused = pc.starts_with("11")
                    && o.start < tr.start
                    && tr.start <= o.end.max(o.start + 1) + 6
                    && of_for.is_some_and(|j| tr.start <= j + 3)
                    && !(tr.start > 0 && self.words.is("auxiliary", &toks[tr.start - 1].norm))
                    && !toks[o.start..tr.start]
                        .iter()
                        .any(|t| matches!(t.norm.as_str(), "and" | "," | ";" | "but"));
                // ("Activists calling for an end to military rule were arrested": a finite passive right before
                // the trigger is the sentence's own verb, not what was called for.)
                let finite_passive = tr.start > 0
                    && matches!(toks[tr.start - 1].norm.as_str(), "was" | "were" | "is" | "are")
                    && o.start > 0
                    && toks[o.start].norm.ends_with("ing");
                // ("urged Israel to agree to a truce, while Jordan accused Israel": a contrasting clause with its
                // own subject is no content of the appeal.)
                let contrast = toks[o.end.min(tr.start)..tr.start]
                    .iter()
                    .any(|t| self.words.is("contrast_conjunction", &t.norm));
                // (A denial reaches further into what it denies: "denied on Tuesday a report in an Israeli
                // newspaper that Egyptian and Iranian officials had held secret talks".)
                let reach = if pc.starts_with("016") { 24 } else { 14 };
                accused
                    || !finite_passive
                    && !contrast
                    && o.end <= tr.start
                    && tr.start <= o.end + reach
                    && (["02", "03", "10", "13", "14"]
                        .iter()
                        .any(|r| pc.starts_with(r))
                        && toks[o.end.saturating_sub(1)..tr.start]
                            .iter()
                            .any(|t| t.norm == "that" || t.norm == "to")
                        || !pc.starts_with("01")
                            // ("refused to condemn" is the refused action, decided below)
                            && !self.bare_refusal(toks, o)
                            && tr.start > 0
                            && toks[tr.start - 1].norm == "to"
                            // (a pattern with words after its target, "reject _ offer to mediate", reaches
                            // further: its own words stand between)
                            && tr.start
                                <= o.end
                                    + 8
                                    + 2 * self.lex.verb_patterns()[o.pattern].after_slot().len()
                        || (pc.starts_with("01") && pc != "010"
                            || pc.starts_with("11")
                            || pc.starts_with("12"))
                            && toks[o.end.saturating_sub(1)..tr.start]
                                .iter()
                                .any(|t| t.norm == "that")
                            // ("denied that … and again demanded that NATO halt": a verb after "and" is the
                            // subject's next act, not part of what it denied.)
                            && !(tr.start.saturating_sub(2)..tr.start).any(|j| toks[j].norm == "and")
                        || ["02", "03", "10", "13", "14"]
                            .iter()
                            .any(|r| pc.starts_with(r))
                            && o.start >= floor
                            && tr.start <= o.end + 4
                            && !toks[o.end..tr.start]
                                .iter()
                                .any(|t| t.norm == "," || t.norm == "and")
                            // ("Ukraine's request for fighter jets was rejected by Germany": a passive verb after the
                            // noun phrase is the sentence's own.)
                            && !toks[o.end..tr.start]
                                .iter()
                                .any(|t| self.words.is("be", &t.norm))
                            // ("Protesters demanding early elections blockaded the highway": a participle on the
                            // subject; the verb after its object is the sentence's own.)
                            && !(toks[o.start].norm.ends_with("ing")
                                && mentions.iter().any(|m| m.end == o.start)
                                && tr.start > 0
                                && !toks[tr.start].norm.ends_with("ing")
                                && !self.words.is("auxiliary", Self::norm(toks, tr.start - 1))
                                && Self::norm(toks, tr.start - 1) != "to")
                        || p.kind == PatternKind::Noun
                            && pc != "010"
                            && tr.start <= o.end + 6
                            && (toks[o.end..tr.start]
                                .iter()
                                .take(3)
                                .any(|t| self.words.is("topic_preposition", &t.norm))
                                // ("pessimistic about Turkey's accession talks": the governor may end in
                                // "about"; "the signing of" names the act itself.)
                                || o.end > 0
                                    && matches!(toks[o.end - 1].norm.as_str(), "about" | "over" | "on")))
            }) {
                // What someone is accused of was done by the accused, for a reaction later ("condemned the
                // attack").
                if self.lex.verb_patterns()[gov.pattern].code.starts_with("11") {
                    if let Some((_, t)) = accused_of.iter().rev().find(|(k, _)| *k == gov.start) {
                        mem.acts.push((p.code.clone(), t.clone()));
                    }
                }
                trace.decision = format!(
                    "not coded: what {:?} asks or promises",
                    Self::words_of(toks, text, gov)
                );
                traces.push(trace);
                continue;
            }
            // "urged it to seize", "pledged to work together to enhance": an infinitive governed by another
            // trigger is what that trigger appeals for, pledges or threatens, not an event of its own.
            // "threatened to launch a military offensive against": the same for an event noun a few words after a
            // governing "… to".
            let governor_to = triggers.iter().find(|o| {
                o.start >= floor
                    && o.end <= tr.start
                    && tr.start <= o.end + 4
                    && o.end > 0
                    && Self::norm(toks, o.end - 1) == "to"
                    && !toks[o.end..tr.start]
                        .iter()
                        .any(|t| t.norm == "," || t.norm == "and")
            });
            if let (Some(gov), PatternKind::Noun) = (governor_to, p.kind) {
                trace.decision = format!(
                    "not coded: the complement of {:?}",
                    Self::words_of(toks, text, gov)
                );
                traces.push(trace);
                continue;
            }
            if tr.start > 0 && Self::norm(toks, tr.start - 1) == "to" && ordered.is_none() {
                if let Some(gov) = triggers
                    .iter()
                    .find(|o| o.start >= floor && o.end < tr.start && o.end + 6 >= tr.start)
                {
                    trace.decision = format!(
                        "not coded: the complement of {:?}",
                        Self::words_of(toks, text, gov)
                    );
                    traces.push(trace);
                    continue;
                }
                // "the measures taken by Russia to protect its interests": an infinitive right after a noun phrase
                // is its purpose, not an act of the clause's subject.
                // (A protest is what a rally "in Lagos to protest" is: it stays.)
                // ("dispatched troops to the Central African Republic on Monday to help protect": past a time.)
                let mut np_end = tr.start - 1;
                while np_end > floor && self.words.is("time_word", &toks[np_end - 1].norm) {
                    np_end -= 1;
                }
                // (Unless a pledge or appeal earlier in the clause governs it: "pledged to ECOWAS on Saturday to
                // hand power to civilians".)
                let governed = triggers.iter().any(|o| {
                    o.start >= floor
                        && o.end <= tr.start
                        && ["02", "03", "10", "13"]
                            .iter()
                            .any(|r| self.lex.verb_patterns()[o.pattern].code.starts_with(r))
                }) || toks[floor..tr.start]
                    .iter()
                    .any(|t| self.words.is("future", &t.norm));
                let after_np =
                    !governed && tr.start >= 2 && mentions.iter().any(|m| m.end == np_end);
                if after_np && p.kind == PatternKind::Verb && !p.code.starts_with("14") {
                    trace.decision = "not coded: the purpose of the noun phrase before it".into();
                    traces.push(trace);
                    continue;
                }
            }
            // "condemned the incursion as a violation of Iraqi sovereignty": an event noun after "as a" says what
            // the object is; it is no act of its own.
            if p.kind == PatternKind::Noun {
                let mut j = tr.start;
                while j > floor
                    && tr.start - j < 3
                    && toks[j - 1].kind == TokenKind::Word
                    && !toks[j - 1].cap
                    && !matches!(toks[j - 1].norm.as_str(), "a" | "an")
                {
                    j -= 1;
                }
                let described_as = j >= floor + 2
                    && matches!(Self::norm(toks, j - 1), "a" | "an")
                    && Self::norm(toks, j - 2) == "as";
                if described_as {
                    trace.decision = "not coded: it says what the object is (`as a …`)".into();
                    traces.push(trace);
                    continue;
                }
            }
            // "Qatar, which hosts the political bureau of Hamas, condemned the strike": a present-tense verb in a
            // relative clause after a comma says what its actor habitually does; it is background, not news.
            let habitual = p.kind == PatternKind::Verb
                && floor >= 2
                && self.words.is("relative_of_actor", Self::norm(toks, floor))
                && Self::norm(toks, floor - 1) == ","
                && tr.start == floor + 1
                && {
                    let v = toks[tr.start].norm.as_str();
                    v.ends_with('s') && !v.ends_with("ss") && !v.ends_with("us")
                };
            if habitual {
                trace.decision = "not coded: what the actor habitually does (present tense in a relative clause)".into();
                traces.push(trace);
                continue;
            }
            // "refused to condemn": a bare refusal governing an action is that action refused; it is coded only
            // where a pattern names the refused action with its own code ("refuse to meet").
            if self.bare_refusal(toks, tr)
                && triggers
                    .iter()
                    .any(|o| o.start >= tr.end && o.start <= tr.end + 2)
            {
                trace.decision =
                    "not coded: a refusal of the action that follows, which has no refusal code"
                        .into();
                traces.push(trace);
                continue;
            }
            if p.code == "010" && !self.opts.statements {
                trace.decision =
                    "not coded: a plain statement (use --statements to code 010)".into();
                traces.push(trace);
                continue;
            }
            if question {
                trace.decision = "not coded: a question".into();
                traces.push(trace);
                continue;
            }
            // "Russia said Sudan must return the helicopter": an obligation in reported speech is the speaker's
            // demand of the one who must act.
            let obliged = toks[tr.start.saturating_sub(3).max(floor)..tr.start]
                .iter()
                .any(|t| matches!(t.norm.as_str(), "must" | "should" | "ought"));
            let demander = if obliged {
                self.reporter(toks, &mentions, tr.start, tr.end, floor)
            } else {
                None
            };
            // "A Russian attack on a NATO member would trigger …", "a full-scale war between Israel and Hezbollah
            // could draw in …": an event noun that is the subject of a modal is only imagined.
            // ("A Russian attack": a verb's spelling after an article and an adjective is the noun.)
            let after_article = (tr.start.saturating_sub(3).max(floor)..tr.start)
                .any(|j| matches!(toks[j].norm.as_str(), "a" | "an" | "any"))
                && toks[tr.start.saturating_sub(2).max(floor)..tr.start]
                    .iter()
                    .all(|t| t.kind == TokenKind::Word && !self.words.is("auxiliary", &t.norm));
            let imagined_subject = (p.kind == PatternKind::Noun || after_article)
                .then(|| self.modal_after_noun_phrase(toks, tr.end))
                .flatten()
                .map(|m| format!("hypothetical (the event noun is the subject of {m:?})"));
            if let Some(why) = imagined_subject.or_else(|| {
                self.hypothetical(toks, floor, tr.start)
                    .filter(|_| demander.is_none())
            }) {
                trace.decision = format!("not coded: {why}");
                traces.push(trace);
                continue;
            }
            let mut negated = self.negation(toks, floor, tr.start);
            // Passive: "was attacked by X".
            // ("M23 rebels backed by Rwanda attacked": a participle right after an actor with a "by" agent is a
            // reduced passive.)
            // ("a ceremony hosted by Trump", "talks mediated by Lavrov": a gathering so described is the clause
            // subject's, hosted by the agent.)
            let reduced_passive = p.kind == PatternKind::Verb
                && tr.end == tr.start + 1
                && toks[tr.start].norm.ends_with("ed")
                && Self::norm(toks, tr.end) == "by"
                && (mentions.iter().any(|m| m.end == tr.start)
                    || tr.start > floor
                        && self.words.is("gathering_host_verb", &toks[tr.start].norm)
                        && self.words.is("gathering_noun", &toks[tr.start - 1].norm));
            let fronted_object = p.kind == PatternKind::Verb
                && self
                    .fronted_object_passive(toks, tr.start)
                    .is_some_and(|(_, v)| v < tr.end);
            // (An adverb-led pattern, "ethnically cleanse _", has its verb after the adverb.)
            let verb_at = if tr.end > tr.start + 1 && toks[tr.start].norm.ends_with("ly") {
                tr.start + 1
            } else {
                tr.start
            };
            let passive = p.kind == PatternKind::Verb
                && (self.is_passive(toks, floor, verb_at) || reduced_passive || fronted_object);
            let by_agent = if passive {
                mentions.iter().find(|m| {
                    m.start >= tr.end && m.start <= tr.end + 8 && {
                        let p1 = Self::norm(toks, m.start.saturating_sub(1));
                        let p2 = Self::norm(toks, m.start.saturating_sub(2));
                        // ("by nationalist protesters": plain adjectives may stand between.)
                        let adjectives = (m.start.saturating_sub(3)..m.start).any(|b| {
                            toks[b].norm == "by"
                                && toks[b + 1..m.start].iter().all(|t| {
                                    t.kind == TokenKind::Word
                                        && !t.cap
                                        && !self.words.is("preposition", &t.norm)
                                })
                        });
                        // ("by the country's junta": a possessor may stand between.)
                        let possessed = p1 == "'s"
                            && m.start >= 4
                            && Self::norm(toks, m.start - 4) == "by"
                            && self.words.is("determiner", Self::norm(toks, m.start - 3));
                        // ("by a group of gunmen", "by dozens of protesters": a group noun may stand between.)
                        let group_of = p1 == "of"
                            && m.start >= 4
                            && (m.start.saturating_sub(5)..m.start - 2)
                                .any(|b| toks[b].norm == "by")
                            && self
                                .words
                                .is("group_of_noun", Self::norm(toks, m.start - 2));
                        p1 == "by"
                            || p2 == "by" && self.words.is("determiner", p1)
                            || possessed
                            || adjectives
                            || group_of
                    }
                })
            } else {
                None
            };
            // "He met el-Sisi in Cairo and urged Hamas to …": a verb coordinated with an earlier one shares its
            // subject, the clause's first actor.
            let mut k = tr.start;
            while k > floor && {
                let w = Self::norm(toks, k - 1);
                w.ends_with("ly") || self.words.is("skippable", w) || self.words.is("auxiliary", w)
            } {
                k -= 1;
            }
            // ", cutting off half of Khartoum's oil output": a participle after a comma is the first verb's too.
            let coordinated = p.kind == PatternKind::Verb
                && k > floor + 1
                && (matches!(Self::norm(toks, k - 1), "and" | "but")
                    || Self::norm(toks, k - 1) == "," && toks[tr.start].norm.ends_with("ing"));
            // The first verb's subject stands before the clause's first trigger.
            let first_verb = triggers
                .iter()
                .filter(|o| o.start >= floor && o.start < tr.start)
                .map(|o| o.start)
                .min()
                .unwrap_or(k);
            let first_subject = || {
                mentions.iter().find(|m| {
                    m.start >= floor
                        && m.end <= first_verb
                        && m.end < k
                        && (m.start == floor
                            || !self.words.is("preposition", Self::norm(toks, m.start - 1)))
                })
            };
            // ("… blamed the SLA, but the rebels denied it and accused …": a conjunct with a subject of its own
            // right before its verb lends that subject to the next.)
            let conjunct_subject = || {
                // ("gunmen who had stormed the campus and shot dead 147 people": a verb coordinated inside a
                // relative clause shares the relative's head.)
                // (", and demanded that they return": a comma before the "and" has closed the relative clause;
                // the verb is the main clause's.)
                let comma_and =
                    k >= 2 && Self::norm(toks, k - 1) == "and" && Self::norm(toks, k - 2) == ",";
                let relative = (floor + 1..k).rev().find_map(|r| {
                    if comma_and || !self.words.is("relative_of_actor", Self::norm(toks, r)) {
                        return None;
                    }
                    let head = mentions
                        .iter()
                        .find(|m| m.end == r || m.end + 1 == r && Self::norm(toks, r - 1) == ",")?;
                    let verb_between = triggers.iter().any(|o| {
                        o.start > r
                            && o.start + 1 < k
                            && self.lex.verb_patterns()[o.pattern].kind == PatternKind::Verb
                    });
                    verb_between.then_some(head)
                });
                if relative.is_some() {
                    return relative;
                }
                let prev_verb = triggers
                    .iter()
                    .filter(|o| {
                        o.start > floor
                            && o.start + 1 < k
                            && self.lex.verb_patterns()[o.pattern].kind == PatternKind::Verb
                    })
                    .map(|o| o.start)
                    .max()?;
                let mut v = prev_verb;
                while v > floor && {
                    let w = Self::norm(toks, v - 1);
                    w.ends_with("ly")
                        || self.words.is("skippable", w)
                        || self.words.is("auxiliary", w)
                } {
                    v -= 1;
                }
                mentions.iter().find(|m| {
                    m.end == v
                        && m.start > floor
                        && !self.words.is("preposition", Self::norm(toks, m.start - 1))
                        && !self
                            .words
                            .is("possessive_pronoun", Self::norm(toks, m.start))
                })
            };
            // ("The army seized power, two days after declaring martial law, and detained the leaders": past an
            // adverbial clause, the verb is coordinated with the main clause before it.)
            let before_adverbial = || {
                if !(floor > 0 && self.words.is("subordinator", Self::norm(toks, floor))) {
                    return None;
                }
                let main_floor = clause_before(&clauses, floor);
                let verb = triggers
                    .iter()
                    .filter(|o| {
                        o.start >= main_floor
                            && o.end <= floor
                            && self.lex.verb_patterns()[o.pattern].kind == PatternKind::Verb
                    })
                    .map(|o| o.start)
                    .min()?;
                self.subject(toks, &mentions, main_floor, verb)
            };
            // A coordinated verb's subject in its own clause, else past an adverbial clause (and then its date
            // is the main clause's too, not the adverbial's).
            let own_subject = coordinated
                .then(|| {
                    conjunct_subject()
                        .or_else(first_subject)
                        .or_else(|| self.subject(toks, &mentions, floor, first_verb))
                })
                .flatten();
            let adverbial_subject = (coordinated && own_subject.is_none())
                .then(before_adverbial)
                .flatten();
            let date_floor = if adverbial_subject.is_some() {
                clause_before(&clauses, floor)
            } else {
                floor
            };
            // ("Armenia angered Moscow by meeting NATO officials": a gerund after a preposition is the main
            // clause subject's act, not its object's.)
            let gerund_main = (p.kind == PatternKind::Verb)
                .then(|| self.gerund_main_subject(toks, &mentions, &triggers, &clauses, tr.start))
                .flatten();
            let subject = if gerund_main.is_some() {
                gerund_main
            } else if coordinated {
                own_subject.or(adverbial_subject)
            } else {
                self.subject(toks, &mentions, floor, tr.start)
            };
            // "A roadside bomb planted by Taliban insurgents killed": with no actor for a subject, the agent of a
            // participle inside the subject did the deed.
            let subject = subject.or_else(|| {
                mentions.iter().find(|m| {
                    m.start >= floor + 2
                        && m.end <= tr.start
                        && Self::norm(toks, m.start - 1) == "by"
                        && {
                            let part = Self::norm(toks, m.start - 2);
                            part.ends_with("ed") || self.words.is("irregular_participle", part)
                        }
                })
            });
            // A passive's patient may sit in a prepositional phrase ("a camp for Congolese refugees was
            // attacked"): failing a subject, the nearest actor before the verb in the clause.
            let patient = subject.or_else(|| {
                mentions
                    .iter()
                    .rev()
                    .find(|m| m.end <= tr.start && m.start >= floor)
            });
            let (mut source_m, mut target_m) = if fronted_object {
                // The object stood first; the target is the slot's, the source the "by" agent.
                // ("Ties with Iran were severed by Sudan": the slot's actor may stand inside the fronted words.)
                let in_subject = mentions.iter().find(|m| {
                    m.start > tr.start
                        && m.end <= tr.end
                        && self.words.is("preposition", Self::norm(toks, m.start - 1))
                });
                // ("Azerbaijan's offensive … was halted": with no agent named, the possessor of the object.)
                let possessor = (tr.start >= 2 && toks[tr.start - 1].norm == "'s")
                    .then(|| mentions.iter().find(|m| m.end == tr.start - 1))
                    .flatten();
                (
                    by_agent.or(possessor),
                    in_subject.or_else(|| {
                        self.target(toks, &mentions, p, tr, ceiling)
                            .filter(|t| by_agent.is_none_or(|b| b.start != t.start))
                    }),
                )
            } else if let Some(doer) = described {
                (Some(doer), self.target(toks, &mentions, p, tr, ceiling))
            } else if let Some((_, orderer)) = ordered {
                // What a state orders its own forces to do, it does.
                (Some(orderer), self.target(toks, &mentions, p, tr, ceiling))
            } else if passive && by_agent.is_none() && p.code.starts_with("15") {
                // "Police officers were placed on high alert", "troops were redeployed toward the border": with
                // no one named putting them there, the forces themselves show the force.
                (patient, None)
            } else if passive {
                // "was extradited by Spain to the United States", "were handed over to Afghan authorities by
                // Pakistan": what is handed over goes to the actor after "to", who is the target.
                let to_slot = self.words.is("handover_verb", &toks[tr.start].norm)
                    || p.elements.windows(2).any(|w| {
                        matches!(&w[0], Element::Word { alts, .. } if alts.iter().any(|a| a == "to"))
                            && w[1] == Element::Slot
                    });
                let recipient = to_slot
                    .then(|| {
                        mentions.iter().find(|m| {
                            m.start >= tr.end
                                && m.start < ceiling
                                && by_agent.is_none_or(|b| b.start != m.start)
                                && {
                                    let at = self.phrase_start(toks, m.start, tr.end, 3);
                                    at > 0 && toks[at - 1].norm == "to"
                                }
                        })
                    })
                    .flatten();
                (by_agent, recipient.or(patient))
            } else {
                // "recognised a Palestinian state": a pattern may hold its target inside its own words.
                // People a coercive action is done to may be the pattern's own words ("detained hundreds of
                // protesters"); troops that are deployed or massed are its means, not its target.
                let coercive = self.words.has_prefix_of("coercive_code", &p.code);
                let inside = mentions.iter().find(|m| {
                    m.start > tr.start
                        && m.start < tr.end
                        && !self.determiner_pronoun(toks, m)
                        // ("released two American hostages" with `release [the] American`: an actor that
                        // runs on past the pattern is its object.)
                        // (Not forces sent or massed: "deployed thousands of police officers" are its means.)
                        && (coercive
                            || m.end > tr.end
                                && !p.code.starts_with("15")
                                && m.actors.iter().all(|a| {
                                    !self
                                        .words
                                        .is("force_sector", a.sector.as_deref().unwrap_or(""))
                                })
                            || m.actors.iter().all(|a| a.kind != EntityKind::Agent))
                });
                // "massacred more than 40 civilians at a church in eastern Congo": the people a coercive
                // pattern names are its target before any place after it.
                let slot = if coercive && inside.is_some() {
                    inside
                } else {
                    self.target(toks, &mentions, p, tr, ceiling).or(inside)
                };
                // "deployed troops to the Ladakh border with China", "sent soldiers to the Catatumbo region to
                // confront ELN guerrillas": a show of force goes to a place of the state's own; whom it faces,
                // named later in the sentence, is its target.
                let own_place = |m: &Mention| {
                    m.actors.iter().all(|a| a.sector.is_none())
                        && subject.is_some_and(|s| {
                            s.actors
                                .iter()
                                .any(|b| b.country.is_some() && b.country == m.actors[0].country)
                        })
                };
                // "went on high alert … against possible al-Shabaab attacks", "raised its readiness after North
                // Korea launched a satellite": a show of force with no target faces the next actor the sentence
                // names, the one behind a feared attack first.
                let slot = slot.or_else(|| {
                    if !p.code.starts_with("15") {
                        return None;
                    }
                    let later = |m: &&Mention| {
                        let at = self.phrase_start(toks, m.start, tr.end, 3);
                        // ("aimed at NATO" names whom, not where.)
                        let setting = at > 0
                            && self.words.is("locative", Self::norm(toks, at - 1))
                            && !(at >= 2 && self.words.is("aiming_word", Self::norm(toks, at - 2)));
                        let forces = m.actors.iter().all(|a| {
                            a.country.is_none()
                                && self
                                    .words
                                    .is("force_sector", a.sector.as_deref().unwrap_or(""))
                        });
                        m.start >= tr.end
                            && !own_place(m)
                            && !setting
                            && !forces
                            && !self.words.is("reporting", Self::norm(toks, m.end))
                            && !self.determiner_pronoun(toks, m)
                    };
                    mentions
                        .iter()
                        .filter(later)
                        .find(|m| m.start > 0 && Self::norm(toks, m.start - 1) == "by")
                        .or_else(|| mentions.iter().find(later))
                });
                let slot = match slot {
                    Some(m) if p.code.starts_with("15") && own_place(m) => mentions
                        .iter()
                        .find(|o| {
                            o.start >= m.end
                                && o.start <= m.end + 12
                                && !own_place(o)
                                && !self.words.is("reporting", Self::norm(toks, o.end))
                        })
                        .or(Some(m)),
                    other => other,
                };
                // "condemned India for the strikes … and vowed to retaliate": a coordinated verb with no object
                // of its own acts on the first verb's.
                let slot = slot.or_else(|| {
                    if !coordinated || p.kind != PatternKind::Verb {
                        return None;
                    }
                    let first = triggers
                        .iter()
                        .find(|o| o.start >= floor && o.start < tr.start)?;
                    let fp = &self.lex.verb_patterns()[first.pattern];
                    self.target(toks, &mentions, fp, first, tr.start)
                        .filter(|m| m.end <= tr.start)
                });
                // "threatened to stage protests unless the government called early elections": a threat is aimed
                // at whoever must meet its condition.
                let slot = slot.or_else(|| {
                    if !p.code.starts_with("13") {
                        return None;
                    }
                    // (Or "if": "threatened to put tariffs on Chinese goods if Beijing struck back".)
                    let cond = (tr.end..toks.len()).find(|&i| {
                        self.words.is("threat_condition", &toks[i].norm) || toks[i].norm == "if"
                    })?;
                    mentions
                        .iter()
                        .find(|m| m.start > cond && m.start <= cond + 3)
                });
                // "threatened to carry out bombings in Nairobi": otherwise at the target of the act it names,
                // a place included.
                let slot = slot.or_else(|| {
                    if !(p.code.starts_with("13") && Self::norm(toks, tr.end - 1) == "to") {
                        return None;
                    }
                    let o = triggers.iter().find(|o| {
                        o.start >= tr.end && o.start <= tr.end + 4 && o.start < ceiling
                    })?;
                    let op = &self.lex.verb_patterns()[o.pattern];
                    self.target(toks, &mentions, op, o, ceiling).or_else(|| {
                        mentions.iter().find(|m| {
                            m.start >= o.start
                                && m.start < o.end
                                && m.actors.iter().all(|a| a.kind == EntityKind::Country)
                        })
                    })
                });
                if p.recipient {
                    // "Mali took delivery of helicopters from Russia": the giver acts on the subject.
                    (slot, subject)
                } else {
                    (subject, slot)
                }
            };
            let mut note = String::new();
            let mut demand_code = None;
            // (An event noun whose participant is the subject of the clause a gerund qualifies.)
            let mut gerund_participant = false;
            if let Some(w) = warner {
                let wf = clause_start(&clauses, w.start);
                if let Some(s) = self.subject(toks, &mentions, wf, w.start) {
                    source_m = Some(s);
                    add_note(
                        &mut note,
                        "what a warning says will come: the warner's threat",
                    );
                }
            }
            if let Some(d) = demander {
                target_m = source_m;
                source_m = Some(d);
                let code = self
                    .demands
                    .iter()
                    .find(|(a, _)| p.code.starts_with(a.as_str()))
                    .map_or_else(|| "100".to_string(), |(_, c)| c.clone());
                note = format!("an obligation the speaker lays on the subject: demand {code}");
                demand_code = Some(code);
            }
            // Where the action's verb group is: the trigger, or for an event noun the support verb that carries
            // it ("will provide … food aid").
            let mut anchor = tr.start;
            if p.kind == PatternKind::Noun && demand_code.is_none() {
                // An event noun takes its participants from its own phrase: a possessor ("Russia's invasion"),
                // an adjacent prepositional object ("talks between X and Y", "an attack on X"), or the subject
                // of its clause; a definite consultation noun with none ("Xi said in the phone call") took
                // place with the nearest actor before it.
                // (The preposition may close the pattern itself: `ceasefire between`.)
                // "after meeting Juncker", "after holding talks with Modi": a gerund right after "after",
                // "before" or "while" belongs to the subject of the clause before it.
                let gerund_subject =
                    |k: usize| self.gerund_main_subject(toks, &mentions, &triggers, &clauses, k);
                let prep = match Self::norm(toks, tr.end - 1) {
                    w @ ("between" | "among") => w,
                    _ => Self::norm(toks, tr.end),
                };
                // ("Russia's deadly attack on Kyiv": one or two plain adjectives may stand between.)
                let possessor = mentions.iter().find(|m| {
                    m.end == tr.start
                        || m.end + 1 == tr.start && Self::norm(toks, tr.start - 1) == "'s"
                        || m.end + 2 <= tr.start
                            && tr.start <= m.end + 3
                            && Self::norm(toks, m.end) == "'s"
                            && toks[m.end + 1..tr.start].iter().all(|t| {
                                t.kind == TokenKind::Word
                                    && !t.cap
                                    && !self.words.is("determiner", &t.norm)
                                    && !self.words.is("preposition", &t.norm)
                                    && !mentions
                                        .iter()
                                        .any(|o| o.start < tr.start && tr.start - 1 < o.end)
                            })
                });
                let adjacent = target_m.filter(|m| m.start <= tr.end + 3);
                let definite =
                    tr.start > 0 && matches!(Self::norm(toks, tr.start - 1), "the" | "this" | "'s");
                if let Some(pm) = possessor {
                    source_m = Some(pm);
                    target_m = adjacent;
                    note = "participant: the possessor of the event noun".into();
                } else if let Some((subj, io)) = (tr.start.saturating_sub(8).max(floor)..tr.start)
                    .rev()
                    .find(|&j| self.words.is("support_verb", &toks[j].norm))
                    // (The noun must be the verb's object, not inside an adjunct: "step back from the brink of a
                    // wider war" is no war stepped up, "make concessions in peace talks" holds no talks; "hosted
                    // the minister in Seoul for talks" does.)
                    .filter(|&sv| {
                        toks[sv + 1..tr.start]
                            .iter()
                            .enumerate()
                            .rfind(|(_, t)| self.words.is("preposition", &t.norm))
                            .is_none_or(|(k, t)| {
                                // ("provided $13 billion in assistance": an amount's "in" names what it is.)
                                let amount = k > 0 && {
                                    let before = &toks[sv + k];
                                    before.kind == TokenKind::Number
                                        || self.words.is("amount_word", &before.norm)
                                };
                                !self.words.is("support_noun_breaker", &t.norm)
                                    || t.norm == "in" && amount
                            })
                            && !toks[sv + 1..tr.start].windows(2).any(|w| {
                                w[1].norm == "to" && self.words.is("topic_lead", &w[0].norm)
                            })
                    })
                    .inspect(|&sv| anchor = sv)
                    .and_then(|sv| {
                        // "Moscow and Kyiv held negotiations", "signed a trade agreement": a support verb hands
                        // the event noun to its own subject; an actor between them is the recipient ("Finland
                        // will give Tanzania a grant").
                        let subj = self
                            .subject(toks, &mentions, floor, sv)
                            .or(source_m)
                            .or_else(|| gerund_subject(sv))?;
                        let io = mentions.iter().find(|m| {
                            m.start > sv
                                && m.end <= tr.start
                                && m.group != subj.group
                                && m.via == Via::Lexicon
                                && !same_actor(&m.actors[0], &subj.actors[0])
                        });
                        Some((subj, io))
                    })
                {
                    source_m = Some(subj);
                    target_m = adjacent.or(io);
                    note = "participant: the subject of the support verb".into();
                    if gerund_subject(anchor).is_some() {
                        note = "participant: the subject of the clause the gerund qualifies".into();
                        gerund_participant = true;
                    }
                    // "did not sign the communique of the summit": the support verb's negation is the noun's.
                    if negated.is_none() {
                        negated = self.negation(toks, floor, anchor);
                    }
                } else if let Some(subj) = gerund_subject(tr.start).filter(|_| adjacent.is_some()) {
                    // "announced the truce after meeting Juncker": a gerund after "after" is the main
                    // clause's subject's act.
                    source_m = Some(subj);
                    target_m = adjacent;
                    note = "participant: the subject of the clause the gerund qualifies".into();
                    gerund_participant = true;
                } else if let Some(subj) = (tr.start >= 2
                    && (2..=4).any(|back| {
                        tr.start >= back
                            && matches!(Self::norm(toks, tr.start - back), "as" | "in")
                            && matches!(Self::norm(toks, tr.start - back + 1), "a" | "an")
                    }))
                .then(|| self.subject(toks, &mentions, floor, tr.start))
                .flatten()
                {
                    // "sent a carrier to the Mediterranean as a warning to Iran", "in a show of force against
                    // the United States": an adjunct event noun is what the clause's subject does.
                    source_m = Some(subj);
                    target_m = adjacent;
                    note = "participant: the subject of the clause the event noun qualifies".into();
                } else if let Some(t) = adjacent.filter(|_| matches!(prep, "between" | "among")) {
                    source_m = Some(t);
                    target_m = None;
                    note = "participants after the event noun".into();
                } else if let Some(by) = mentions.iter().find(|m| {
                    // ("by the Nicaraguan government": a determiner may open the agent's phrase.)
                    let at = self.phrase_start(toks, m.start, tr.end, 2);
                    m.start > tr.end
                        && m.start <= tr.end + 8
                        && at > 0
                        && Self::norm(toks, at - 1) == "by"
                }) {
                    // "the invasion of Ukraine by Russia", "the expulsion of the Russian ambassador by Moldova"
                    // ("by Yemen's Houthi movement": the possessed actor.)
                    let by = (Self::norm(toks, by.end) == "'s")
                        .then(|| mentions.iter().find(|m| m.start == by.end + 1))
                        .flatten()
                        .unwrap_or(by);
                    source_m = Some(by);
                    // "the handover of three fugitives by Thailand to Malaysia": whom it goes to, after the agent;
                    // else whom it is done to, before the agent ("the release of forty political prisoners by …":
                    // the pattern may hold them itself).
                    let to_after = mentions.iter().find(|m| {
                        let at = self.phrase_start(toks, m.start, by.end, 2);
                        m.start > by.end
                            && at == by.end + 1
                            && matches!(Self::norm(toks, by.end), "to" | "on" | "against" | "into")
                    });
                    target_m = to_after
                        .or(adjacent.filter(|t| t.start < by.start))
                        .or_else(|| {
                            mentions.iter().find(|m| {
                                m.start > tr.start
                                    && m.start <= tr.end + 3
                                    && m.end < by.start
                                    && !self.determiner_pronoun(toks, m)
                            })
                        });
                    note = "participant: the `by` agent of the event noun".into();
                } else if definite
                    && p.code.starts_with("04")
                    && source_m.is_none()
                    && adjacent.is_none()
                {
                    source_m = mentions.iter().rev().find(|m| m.end <= tr.start);
                    note = "participant: the nearest actor before the event noun".into();
                } else {
                    trace.decision =
                        "not coded: the event noun has no participants of its own".into();
                    traces.push(trace);
                    continue;
                }
            }
            // "freed Palestinian prisoners" (`free [the] Palestinian prisoners`), "accept United Nations
            // peacekeepers": a pattern that spells out whom it acts on holds its target among its own words.
            if target_m.is_none() && p.kind == PatternKind::Verb && demand_code.is_none() {
                target_m = mentions.iter().find(|m| {
                    m.start > tr.start
                        && m.end <= tr.end
                        // (Only a name or a state's adjective: "released hostages", "deployed troops" hold role
                        // nouns that are no one's in particular.)
                        && toks[m.start].cap
                        && source_m.is_none_or(|s| s.group != m.group)
                });
            }
            // "staged military drills around Taiwan", "threatened suicide attacks in Kenya", "fired at targets in
            // Jericho": a show of force or an attack with no other target is aimed at the foreign state where it
            // takes place.
            // (Not for two states' forces fighting each other: "Thai and Cambodian troops exchanged fire near
            // the Preah Vihear temple"; allies striking together still hit the place, "U.S. and British
            // warplanes struck radar sites near Baghdad".)
            let rival_states = source_m.is_some_and(|sm| {
                let mut states: Vec<&str> = mentions
                    .iter()
                    .filter(|m| m.group == sm.group)
                    .flat_map(|m| m.actors.iter().filter_map(|a| a.country.as_deref()))
                    .collect();
                states.sort_unstable();
                states.dedup();
                states.len() >= 2
            }) && (self.words.is("reciprocal", &toks[tr.start].norm)
                || self.words.has_prefix_of("mutual_code", &p.code)
                || p.code.starts_with("196"));
            let aimed_at_place =
                self.words.has_prefix_of("place_target_code", &p.code) && !rival_states;
            if target_m.is_none() && aimed_at_place && demand_code.is_none() {
                let src_country = source_m.and_then(|m| m.actors[0].country.clone());
                // ("Al-Shabaab militants set off a truck bomb in Mogadishu": an armed group's violence at home
                // strikes its own state, as the field codes insurgent attacks.)
                let armed_group = p.kind == PatternKind::Verb
                    && !passive
                    && matches!(&p.code[..2], "18" | "19")
                    && !p.code.starts_with("196")
                    // (Not where the sentence goes on to name the victims: ", killing dozens of soldiers".)
                    && !toks[tr.end..]
                        .iter()
                        .any(|t| self.words.is("casualty_participle", &t.norm))
                    && source_m.is_some_and(|m| {
                        let sector = m.actors[0].sector.as_deref().unwrap_or("");
                        self.words.is("armed_group_sector", sector) || sector == "CRM"
                    });
                let after_place_prep = |m: &Mention| {
                    let at = self.phrase_start(toks, m.start, tr.end, usize::MAX);
                    m.start >= tr.end
                        && m.start < ceiling
                        && at > tr.end
                        && self.words.is("place_preposition", Self::norm(toks, at - 1))
                };
                // "detonated a truck bomb at a Somali government checkpoint": the owner of the place attacked.
                let attack = self.words.has_prefix_of("attack_code", &p.code);
                target_m = mentions
                    .iter()
                    .find(|m| {
                        attack
                            && after_place_prep(m)
                            && m.actors[0].kind == EntityKind::Agent
                            && m.actors[0].country.is_some()
                    })
                    .or_else(|| {
                        mentions.iter().find(|m| {
                            let a = &m.actors[0];
                            after_place_prep(m)
                                && a.kind == EntityKind::Country
                                && a.sector.is_none()
                                && a.country.is_some()
                                && (a.country != src_country || armed_group)
                        })
                    });
            }
            // "A roadside bombing near the town of Samarra killed …": violence by no one named is credited to the
            // state where it happened, as PLOVER codes it.
            // (The nearest such place, in the subject itself: not one in a participle clause before it,
            // "initialled in Ohio, ended a war in Bosnia that had killed", nor in past-perfect background.)
            // ("The 1994 genocide in Rwanda killed": nor violence a year long past names.)
            let long_past = (floor..tr.start).any(|j| {
                toks[j].kind == TokenKind::Number
                    && toks[j].norm.len() == 4
                    && toks[j]
                        .norm
                        .parse::<i32>()
                        .is_ok_and(|y| (1900..chrono::Datelike::year(&doc.date)).contains(&y))
            });
            let background =
                long_past || (tr.start.saturating_sub(2)..tr.start).any(|j| toks[j].norm == "had");
            if source_m.is_none() && !background && self.words.has_prefix_of("attack_code", &p.code)
            {
                source_m = mentions.iter().rev().find(|m| {
                    m.start >= floor
                        && m.end <= tr.start
                        && m.actors.len() == 1
                        && m.actors[0].kind == EntityKind::Country
                        && m.actors[0].sector.is_none()
                        && m.start > 0
                        && matches!(Self::norm(toks, m.start - 1), "of" | "in" | "near")
                        // ("Floods in Slovenia killed six people": nature is no one's violence.)
                        && !toks[floor..m.start]
                            .iter()
                            .any(|t| self.words.is("natural_disaster", &t.norm))
                        // (", killing 79 people": the comma before a participle of consequence is no break.)
                        && !toks[m.end..tr.start].iter().enumerate().any(|(k, t)| {
                            t.norm == ","
                                && !(m.end + k + 1 == tr.start
                                    && toks[tr.start].norm.ends_with("ing"))
                        })
                });
            }
            // "Accusing Moscow of espionage, Lithuania expelled …": a sentence-opening participle clause is done
            // by the main clause's subject, after its comma.
            if source_m.is_none() && tr.start == 0 && toks[0].norm.ends_with("ing") {
                if let Some(c) = (tr.end..toks.len()).find(|&j| toks[j].norm == ",") {
                    source_m = mentions.iter().find(|m| {
                        m.start > c
                            && m.start <= c + 2
                            && toks.get(m.end).is_some_and(|t| {
                                t.kind == TokenKind::Word
                                    && !t.cap
                                    && (t.norm.ends_with("ed")
                                        || self.words.is("auxiliary", &t.norm)
                                        || self.words.is("reporting", &t.norm))
                            })
                    });
                    if target_m.is_some_and(|t| t.start > c) {
                        target_m = None;
                    }
                }
            }
            // "condemned the killing of three aid workers by Israeli forces", "The detention of two journalists
            // by Myanmar police was condemned by the UN": a reaction to an act whose doer is named is aimed at
            // the doer.
            if let Some(agent) = self.event_noun_agent(toks, &mentions, floor, ceiling, tr, &p.code)
            {
                if source_m.is_none_or(|s| s.group != agent.group) {
                    target_m = Some(agent);
                }
            }
            let Some(source_m) = source_m else {
                trace.decision = "not coded: no source actor in the clause".into();
                traces.push(trace);
                continue;
            };
            // "Serbian students marched", "farmers rallied": a bare protest verb codes protest by people, not
            // troops marching into a town or a body rallying support.
            if p.people && !self.is_people(&source_m.actors[0]) {
                trace.decision =
                    "not coded: a bare protest verb needs people, not a state or its organs, as subject".into();
                traces.push(trace);
                continue;
            }
            // "the first Abrams tanks supplied by the United States had arrived in Ukraine": weapons arriving
            // are delivered, not visiting.
            if p.code.starts_with("04")
                && toks[source_m.start..source_m.end]
                    .iter()
                    .any(|t| self.words.is("weapon_noun", &t.norm))
            {
                trace.decision = "not coded: weapons do not visit or meet".into();
                traces.push(trace);
                continue;
            }
            let group = |m: &Mention| -> Vec<(Span, &ResolvedActor)> {
                mentions
                    .iter()
                    .filter(|x| x.group == m.group)
                    .flat_map(|x| {
                        let sp = Span::new(toks[x.start].span.start, toks[x.end - 1].span.end);
                        x.actors.iter().map(move |a| (sp, a))
                    })
                    .collect()
            };
            let sources = group(source_m);
            let targets: Vec<(Span, &ResolvedActor)> = match target_m {
                Some(t) if t.group != source_m.group => group(t),
                Some(t) => vec![(
                    Span::new(toks[t.start].span.start, toks[t.end - 1].span.end),
                    &t.actors[0],
                )]
                .into_iter()
                .filter(|_| false)
                .collect(),
                None => Vec::new(),
            };
            // A definite consultation noun ("the phone call", "Wednesday's call") with one known side is the
            // document's central exchange: the other side is the other member of the document's pair.
            let mut targets = targets;
            let definite =
                tr.start > 0 && matches!(Self::norm(toks, tr.start - 1), "the" | "this" | "'s");
            if p.kind == PatternKind::Noun
                && definite
                && targets.is_empty()
                && sources.len() == 1
                && p.code.starts_with("04")
            {
                let src = sources[0].1;
                let pool = if src.kind == EntityKind::Person {
                    &mem.doc_persons
                } else {
                    &mem.doc_countries
                };
                if pool.len() == 2 && pool.iter().any(|(_, a)| same_actor(a, src)) {
                    if let Some((_, other)) = pool.iter().find(|(_, a)| !same_actor(a, src)) {
                        targets.push((sources[0].0, other));
                        note = format!(
                            "the other party of the document's {} pair",
                            if src.kind == EntityKind::Person {
                                "leader"
                            } else {
                                "country"
                            }
                        );
                    }
                }
            }
            let reported = self.reporter(toks, &mentions, tr.start, tr.end, floor);
            let attributed = reported.or(attribution);
            let attributed_actor = attributed.and_then(|m| {
                let sp = Span::new(toks[m.start].span.start, toks[m.end - 1].span.end);
                Actor::from_resolved(&m.actors[0], sp.slice(text).unwrap_or(""), sp)
            });
            let (mut date, mut precision, mut basis) = self.event_date(
                toks,
                &times,
                &clauses,
                date_floor..ceiling,
                tr.start,
                doc.date,
            );
            // "The call" again, with no date of its own: the date of the same event named before.
            let definite_noun = p.kind == PatternKind::Noun
                && tr.start > 0
                && matches!(
                    Self::norm(toks, tr.start - 1),
                    "the" | "this" | "that" | "'s"
                );
            if basis == DateBasis::Publication && definite_noun {
                let src = sources
                    .first()
                    .and_then(|(_, a)| a.code.clone())
                    .unwrap_or_default();
                let earlier = mem.dated.get(&(p.code.clone(), src));
                if let Some((d, pr)) = earlier {
                    date = d.clone();
                    precision = pr.clone();
                    basis = DateBasis::Antecedent;
                }
            }
            // "will provide aid", "is ready to meet", "offered to hand over": an action announced for the future
            // or offered is an intent to do it (03x).
            let future = toks[anchor.saturating_sub(4).max(floor)..anchor]
                .iter()
                .any(|t| self.words.is("future", &t.norm));
            let mut code_str = demand_code.clone().unwrap_or_else(|| p.code.clone());
            // "threatened to launch a military offensive": a bare threat takes its sub-code from what it threatens.
            if code_str == "130" && tr.end > 0 && Self::norm(toks, tr.end - 1) == "to" {
                if let Some(t) = self.threatened_act(&triggers, tr, ceiling) {
                    add_note(&mut note, format!("threat of what it names: {t}"));
                    code_str = t;
                }
            }
            if future && demand_code.is_none() {
                if let Some((_, intent)) = self
                    .intents
                    .iter()
                    .find(|(a, _)| p.code.starts_with(a.as_str()))
                {
                    add_note(&mut note, format!("announced or offered: intent {intent}"));
                    code_str = intent.clone();
                }
                // "will withdraw its peacekeeping force from Chad unless …": an announced action made to hang on
                // the other side's conduct is a threat.
                let unless = toks[tr.end.min(ceiling)..ceiling]
                    .iter()
                    .any(|t| self.words.is("threat_condition", &t.norm));
                if unless && !code_str.starts_with("13") {
                    add_note(&mut note, "conditional on the other side: threat 130");
                    code_str = "130".into();
                }
            }
            // "Putin and Biden met in Geneva": a meeting in a third state's place is CAMEO's 044.
            if code_str == "040"
                && demand_code.is_none()
                && self.third_state_venue(toks, &mentions, tr, ceiling, &sources, &targets)
            {
                add_note(&mut note, "a meeting in a third state: 044");
                code_str = "044".into();
            }
            // Means and aims pick the sub-code ("warplanes struck" → 195, "marched against the tax" → 1412).
            if let Some(sub) = self
                .refinements
                .iter()
                .find(|r| r.from == code_str && r.cued(&toks[floor..ceiling.min(toks.len())]))
                .map(|r| &r.to)
            {
                add_note(&mut note, format!("sub-code {sub} by its means or aim"));
                code_str = sub.clone();
            }
            // Violence between a state's forces and its protesters is coded by who does it.
            let by_whom = demand_code
                .is_none()
                .then(|| self.forces_and_protesters(&code_str, &sources, &targets))
                .flatten();
            if let Some(c) = by_whom {
                add_note(
                    &mut note,
                    format!("violence between forces and protesters: {c}"),
                );
                code_str = c.to_string();
            }
            // Sub-codes CAMEO distinguishes by who acts or who is acted on: a police alert is 151, a military one
            // 152; people seized are abducted (181), not property (171); a bombing by an armed group with no
            // aircraft named is a bombing (183), not an air strike (195).
            if let Some((c, why)) =
                self.by_parties(&code_str, &sources, &targets, &toks[floor..ceiling])
            {
                add_note(&mut note, format!("{why}: {c}"));
                code_str = c.to_string();
            }
            // "Georgian and American troops launched a military exercise near Tbilisi": a show of force two states
            // stage together is military cooperation between them (062), both ways.
            let mut states: Vec<&str> = sources
                .iter()
                .filter_map(|(_, a)| a.country.as_deref())
                .collect();
            states.sort_unstable();
            states.dedup();
            let joint = code_str.starts_with("15")
                && states.len() >= 2
                && targets.iter().all(|(_, t)| {
                    t.sector.is_none() && t.country.as_deref().is_some_and(|c| states.contains(&c))
                });
            if joint {
                code_str = "062".into();
                targets.clear();
                add_note(&mut note, "staged together: military cooperation 062");
            }
            // "EU leaders agreed on Monday to impose new sanctions on Belarus", "agreed to provide aid to": a bare
            // agreement or decision to act is the intent to do what it names (03x), and a decision to coerce or
            // fight is that act itself; it is aimed at whom the act would be.
            if code_str == "030" && tr.end > 0 && Self::norm(toks, tr.end - 1) == "to" {
                let act = triggers
                    .iter()
                    .find(|o| o.start >= tr.end && o.start <= tr.end + 2 && o.start < ceiling);
                if let Some(o) = act {
                    let op = &self.lex.verb_patterns()[o.pattern];
                    let intent = self
                        .intents
                        .iter()
                        .find(|(a, _)| op.code.starts_with(a.as_str()))
                        .map(|(_, t)| t.clone());
                    let decided = self.words.is("decision_verb", &toks[tr.start].norm);
                    let new_code = match intent {
                        Some(i) if i.starts_with("03") => Some(i),
                        Some(_) if decided => Some(op.code.clone()),
                        _ => None,
                    };
                    if let Some(c) = new_code {
                        let o_ceiling = clauses
                            .iter()
                            .find(|&&c| c > o.end)
                            .copied()
                            .unwrap_or(toks.len());
                        if let Some(t) = self.target(toks, &mentions, op, o, o_ceiling) {
                            let sp = Span::new(toks[t.start].span.start, toks[t.end - 1].span.end);
                            targets = t.actors.iter().map(|a| (sp, a)).collect();
                        }
                        add_note(&mut note, format!("agreed or decided: {c}"));
                        code_str = c;
                    }
                }
            }
            // "Germany is considering sending tanks to Ukraine": weighing an option is aimed at whom the option
            // would be.
            if code_str == "014" {
                let option = triggers.iter().find(|o| {
                    self.considered_by(toks, &triggers, o)
                        .is_some_and(|w| w.start == tr.start)
                });
                if let Some(o) = option {
                    let op = &self.lex.verb_patterns()[o.pattern];
                    let o_ceiling = clauses
                        .iter()
                        .find(|&&c| c > o.end)
                        .copied()
                        .unwrap_or(toks.len());
                    targets = match self.target(toks, &mentions, op, o, o_ceiling) {
                        Some(t) => {
                            let sp = Span::new(toks[t.start].span.start, toks[t.end - 1].span.end);
                            t.actors.iter().map(|a| (sp, a)).collect()
                        }
                        None => Vec::new(),
                    };
                    note = format!("aimed at whom the option {} would be", op.code);
                }
            }
            // "took to the streets … demanding the abolition of a police unit": the aim names the protest's
            // sub-code and, when it names one, whom the protest is against.
            let aim = (code_str.starts_with("14") && demand_code.is_none())
                .then(|| {
                    triggers.iter().find(|d| {
                        let dp = &self.lex.verb_patterns()[d.pattern];
                        self.protest_of_aim(toks, &triggers, d, dp)
                            .is_some_and(|o| o.start == tr.start)
                    })
                })
                .flatten();
            if let Some(d) = aim {
                let dp = &self.lex.verb_patterns()[d.pattern];
                if code_str.len() == 3 {
                    if let Some((_, digit)) = self
                        .protest_aims
                        .iter()
                        .find(|(a, _)| dp.code.starts_with(a.as_str()))
                    {
                        let sub = format!("{code_str}{digit}");
                        if self.lex.ontology().get(&sub).is_some() {
                            code_str = sub;
                        }
                    }
                }
                let aim_ceiling = clauses
                    .iter()
                    .find(|&&c| c > d.end)
                    .copied()
                    .unwrap_or(toks.len());
                // (Only whom the demand is made of: a body of the protesters' own state, "demanding the
                // abolition of a police unit", or a state named with "from"; not what a ban is on.)
                let addressee = |t: &&Mention| {
                    t.start > 0 && toks[t.start - 1].norm == "from"
                        || t.actors.iter().all(|a| {
                            a.sector.is_some()
                                && a.country.is_some()
                                && sources.iter().any(|(_, s)| s.country == a.country)
                        })
                };
                if let Some(t) = self
                    .target(toks, &mentions, dp, d, aim_ceiling)
                    .filter(addressee)
                {
                    let sp = Span::new(toks[t.start].span.start, toks[t.end - 1].span.end);
                    targets = t.actors.iter().map(|a| (sp, a)).collect();
                }
                add_note(&mut note, format!("aim: {}", dp.code));
            }
            // "Kiir rejected the appeal", "Mubarak rejected their demand that he resign": a rejection of a
            // request made earlier answers whoever made it, and rejects what was asked.
            let answered = (code_str.starts_with("12") && targets.is_empty())
                .then(|| self.answered_request(toks, tr, ceiling, &sources, mem))
                .flatten();
            if let Some((asker, asked)) = &answered {
                targets = vec![(span, asker)];
                if code_str == "120" {
                    if let Some((_, c)) = self
                        .rejections
                        .iter()
                        .find(|(a, _)| asked.starts_with(a.as_str()))
                    {
                        code_str = c.clone();
                    }
                }
                add_note(&mut note, format!("answers an earlier request ({asked})"));
            }
            // "The United States and the EU praised the vote": a reaction to an act named before is aimed at
            // whoever performed it.
            // "Russia's defence ministry denied carrying out the strike": a denial with no target answers the
            // last accusation against the denier's state, aimed at the accuser.
            let denied = (targets.is_empty() && answered.is_none() && code_str.starts_with("016"))
                .then(|| {
                    mem.accusations.iter().rev().find_map(|(accuser, accused)| {
                        let own = sources.iter().any(|(_, s)| {
                            same_actor(s, accused)
                                || s.country.is_some() && s.country == accused.country
                        });
                        own.then(|| (accuser.clone(), "accusation".to_string()))
                    })
                })
                .flatten();
            // "Trudeau condemned the killing of John Ridsdel": a reaction to a violent act against a victim named
            // after "of" is aimed at whoever did it, when the document has coded the act ("Abu Sayyaf militants
            // beheaded a Canadian hostage").
            let killer = (targets.len() == 1 && self.reacts(&code_str))
                .then(|| {
                    let t0 = toks
                        .iter()
                        .position(|t| t.span.start == targets[0].0.start)?;
                    let at = self.phrase_start(toks, t0, tr.start, 3);
                    // ("condemned the violence against the opposition": so is one against a victim named after
                    // "against" or "on".)
                    let victim = at >= 2
                        && (toks[at - 1].norm == "of"
                            && self.words.is("victim_noun", &toks[at - 2].norm)
                            || matches!(toks[at - 1].norm.as_str(), "against" | "on")
                                && self.words.is("aimed_violence_noun", &toks[at - 2].norm))
                        && !toks[at..ceiling.min(toks.len())]
                            .iter()
                            .any(|t| t.norm == "by");
                    if !victim {
                        return None;
                    }
                    mem.acts.iter().rev().find_map(|(c, who)| {
                        let violent = ["17", "18", "19", "20"].iter().any(|r| c.starts_with(r));
                        let own = sources
                            .iter()
                            .any(|(_, s)| same_actor(s, who) || s.code == who.code);
                        (violent && !own).then(|| who.clone())
                    })
                })
                .flatten();
            if let Some(k) = &killer {
                targets = vec![(targets[0].0, k)];
                add_note(&mut note, "reacts to the act against the victim");
            }
            let reacted = denied.or_else(|| {
                (targets.is_empty() && answered.is_none())
                    .then(|| self.reacted_act(toks, tr, ceiling, &code_str, &sources, mem))
                    .flatten()
            });
            if let Some((actor, noun)) = &reacted {
                targets = vec![(span, actor)];
                add_note(&mut note, format!("reacts to an earlier act ({noun})"));
            }
            // "The insurgents claimed responsibility for the attack in a telephone call to Reuters": a claim of
            // responsibility is aimed at whoever the claimed act struck, the last act of violence by the claimer
            // (or by no one named).
            let claimed = code_str
                .starts_with("015")
                .then(|| {
                    mem.violence.iter().rev().find(|(doer, _)| {
                        sources.iter().any(|(_, s)| {
                            same_actor(s, doer)
                                || s.code == doer.code
                                || s.country.is_some()
                                    && s.country == doer.country
                                    && s.sector == doer.sector
                        })
                    })
                })
                .flatten()
                .map(|(_, struck)| struck.clone())
                // ("claimed responsibility for Wednesday's suicide attack on a truck carrying police officers":
                // with no act remembered, whoever the sentence names as struck after the claim, not where.)
                .or_else(|| {
                    (code_str.starts_with("015") && targets.is_empty())
                        .then(|| {
                            mentions.iter().find(|m| {
                                let at = self.phrase_start(toks, m.start, tr.end, 3);
                                m.start >= tr.end
                                    && m.start <= tr.end + 12
                                    && m.start < ceiling
                                    && !(at > 0
                                        && self.words.is("locative", Self::norm(toks, at - 1)))
                                    && sources.iter().all(|(_, s)| s.code != m.actors[0].code)
                                    && m.actors[0].how != readout_lexicon::resolve::PLACE_HOW
                            })
                        })
                        .flatten()
                        .map(|m| m.actors[0].clone())
                });
            if let Some(struck) = &claimed {
                targets = vec![(span, struck)];
                add_note(&mut note, "aimed at whoever the claimed act struck");
            }
            // "Indian warplanes struck targets inside Pakistan … Pakistan vowed to retaliate": a threat with no
            // target is aimed at whoever last struck the threatener's state.
            // (So is fire returned with no target, "South Korean forces returned fire", and a show of force
            // with none but the state's own forces: "put its military on high alert", "moved troops to the
            // border".)
            let own_forces_only = !targets.is_empty()
                && targets.iter().all(|(_, t)| {
                    sources
                        .iter()
                        .all(|(_, s)| s.country.is_some() && s.country == t.country)
                });
            let answers_attack = code_str.starts_with("13")
                || code_str.starts_with("19") && code_str != "192"
                || code_str.starts_with("15") && (targets.is_empty() || own_forces_only);
            let retaliation = ((targets.is_empty() || code_str.starts_with("15"))
                && answers_attack
                && demand_code.is_none())
            .then(|| {
                mem.violence.iter().rev().find(|(doer, struck)| {
                    // (Fire and force answer an attack told before, not one in their own sentence: "Hezbollah
                    // fighters captured two Israeli soldiers in a cross-border raid".)
                    let told_before = code_str.starts_with("13")
                        || !mentions
                            .iter()
                            .any(|m| m.actors.iter().any(|a| a.country == doer.country));
                    told_before
                        && sources.iter().any(|(_, s)| {
                            s.country.is_some()
                                && s.country == struck.country
                                && s.country != doer.country
                                && s.sector
                                    .as_deref()
                                    .is_none_or(|x| self.words.is("state_sector", x))
                        })
                })
            })
            .flatten()
            .map(|(doer, _)| {
                // (A state's forces struck for the state: the threat is aimed at the state.)
                let state_arm = self
                    .words
                    .is("state_sector", doer.sector.as_deref().unwrap_or(""));
                state_arm
                    .then(|| country_of(&self.lex, doer))
                    .flatten()
                    .unwrap_or_else(|| doer.clone())
            });
            if let Some(doer) = &retaliation {
                targets = vec![(span, doer)];
                add_note(&mut note, "aimed at whoever last struck the actor's state");
            }
            let Some(mut code) = self.lex.ontology().get(&code_str) else {
                trace.decision = format!("not coded: unknown code {code_str}");
                traces.push(trace);
                continue;
            };
            // "Israel and Hamas agreed to a four-day truce and the release of 50 hostages": what two sides agree
            // on together with no state named in it is between them.
            // (So is one whose only target is one of the two sides: "China and Pakistan launched an economic
            // corridor linking western China to the Arabian Sea".)
            if sources.len() >= 2
                && self.words.has_prefix_of("reciprocal_code", &code_str)
                && !targets.is_empty()
                && targets.iter().all(|(sp, t)| {
                    // (An international body after "with" is a partner of its own: "signed an agreement with the
                    // EU"; "on the sidelines of a G20 gathering" is a venue.)
                    let with_partner = matches!(t.kind, EntityKind::Igo | EntityKind::Organisation)
                        && toks
                            .iter()
                            .position(|k| k.span.start == sp.start)
                            .is_some_and(|at| {
                                let at = self.phrase_start(toks, at, tr.end, 3);
                                at > 0 && toks[at - 1].norm == "with"
                            });
                    // ("Japan and South Korea compared notes on North Korea's missile launch", "reached an
                    // understanding over Sudan": what two sides consult or agree about is their topic.)
                    let topic = toks
                        .iter()
                        .position(|k| k.span.start == sp.start)
                        .is_some_and(|at| {
                            let at = self.phrase_start(toks, at, tr.end.saturating_sub(1), 3);
                            at > 0
                                && matches!(Self::norm(toks, at - 1), "on" | "about" | "over")
                                && at > tr.end.saturating_sub(1)
                        });
                    // (A role noun that took the document's state is as stateless: "agreed to a truce and the
                    // release of 50 hostages".)
                    (t.country.is_none() || t.how.ends_with(HOME_HOW)) && !with_partner
                        || topic
                        || sources.iter().any(|(_, s)| {
                            same_actor(s, t) || s.country == t.country && t.sector.is_none()
                        })
                })
            {
                targets.clear();
            }
            // "accused each other", "met one another": both ways.
            // ("Each side blamed the other": with two sides for a subject, "the other" is each one's other.)
            let each_other = matches!(
                (Self::norm(toks, tr.end), Self::norm(toks, tr.end + 1)),
                ("each", "other") | ("one", "another")
            ) || sources.len() == 2
                && (tr.start..(tr.end + 2).min(toks.len()))
                    .any(|j| toks[j].norm == "the" && Self::norm(toks, j + 1) == "other");
            let reciprocal = joint
                || targets.is_empty()
                    && sources.len() >= 2
                    && (self.words.is("reciprocal", &toks[tr.start].norm)
                        || self.words.has_prefix_of("reciprocal_code", &p.code)
                        || each_other)
                || p.kind == PatternKind::Noun && targets.is_empty() && sources.len() >= 2;
            // A consultation noun with both sides known runs both ways.
            // (Not once it is only intended: "ready to resume talks with the United States" is one side's.)
            // ("after meeting Juncker", "after holding talks with Modi" are the subject's, one way, as "met" and
            // "held talks with" are.)
            // (A visit runs one way: "began a state visit to Russia" is the visitor's.)
            let mut both_ways = p.kind == PatternKind::Noun
                && p.code.starts_with("04")
                && code_str.starts_with("04")
                && !self.words.is("one_way_meeting_code", &code_str)
                && !gerund_participant
                && targets.len() == 1;
            // "clashed with rebels": a mutual action with one partner named runs both ways. (So does any fighting
            // whose pattern takes its partner after "with": "exchanged fire with", "clashed with".)
            let fought_with = self.words.is("fighting_code", &code_str)
                && p.elements.windows(2).any(|w| {
                    matches!(&w[0], Element::Word { alts, .. } if alts.iter().any(|a| a == "with"))
                        && w[1] == Element::Slot
                });
            if targets.len() == 1
                && (self.words.has_prefix_of("mutual_code", &code_str) || fought_with)
            {
                let at = toks
                    .iter()
                    .position(|t| t.span.start == targets[0].0.start)
                    .map(|t| self.phrase_start(toks, t, tr.start, 3));
                both_ways |= at.is_some_and(|a| a > 0 && toks[a - 1].norm == "with");
            }
            // A protest with no target named is against the protesters' own government, as CAMEO and PLOVER code
            // domestic protest ("Kenyan protesters marched against the tax increases" → KENOPP → KENGOV).
            // A state's own action with no target named is domestic: it acts on its own country ("imposed a
            // curfew in Algiers", "outlawed the largest Protestant organisation"), as PLOVER codes it.
            let domestic_codes = self.words.has_prefix_of("domestic_code", &code_str);
            let own_country: Vec<ResolvedActor> = if targets.is_empty()
                && !code_str.starts_with("14")
                && code_str != "133"
                && domestic_codes
                && !reciprocal
            {
                sources
                    .iter()
                    .filter_map(|(_, a)| {
                        let state_actor = self
                            .words
                            .is("state_sector", a.sector.as_deref().unwrap_or(""));
                        if !state_actor {
                            return None;
                        }
                        let mut own = country_of(&self.lex, a)?;
                        own.id = None;
                        own.how =
                            "a state's action with no target named acts on its own country".into();
                        Some(own)
                    })
                    .collect()
            } else {
                Vec::new()
            };
            // "Venezuelans marched in Caracas": a country's people protesting are its opposition, as CAMEO codes
            // protesters.
            let people: Vec<ResolvedActor> = sources
                .iter()
                .filter(|(_, a)| code_str.starts_with("14") && a.how == "country (its people)")
                .map(|(_, a)| {
                    let mut o = (*a).clone();
                    o.code = o.country.as_ref().map(|c| format!("{c}OPP"));
                    o.sector = Some("OPP".into());
                    o.how = "a country's people protesting: its opposition".into();
                    o
                })
                .collect();
            let mut next_person = people.iter();
            let sources: Vec<Party> = sources
                .iter()
                .map(|&(sp, a)| {
                    if code_str.starts_with("14") && a.how == "country (its people)" {
                        (sp, next_person.next().unwrap_or(a))
                    } else {
                        (sp, a)
                    }
                })
                .collect();
            // "protesters marched in Cairo": the protesters' own country, named as a place, is no target either.
            let own_place = !targets.is_empty()
                && targets.iter().all(|(_, t)| {
                    t.sector.is_none()
                        && t.kind == EntityKind::Country
                        && sources.iter().all(|(_, a)| a.country == t.country)
                });
            let domestic: Vec<ResolvedActor> =
                // (A threat of protest, 133, is aimed where the protest would be.)
                if (targets.is_empty() || own_place)
                    && (code_str.starts_with("14") || code_str == "133")
                {
                    sources
                        .iter()
                        .filter_map(|(_, a)| {
                            let c = a.country.as_ref()?;
                            let gov = format!("{c}GOV");
                            if a.code.as_deref() == Some(gov.as_str()) {
                                return None;
                            }
                            let mut own = country_of(&self.lex, a)?;
                            own.id = None;
                            own.code = Some(gov);
                            own.sector = Some("GOV".into());
                            own.how = "a protest's target is the protesters' own government".into();
                            Some(own)
                        })
                        .collect()
                } else {
                    Vec::new()
                };
            // "Bouteflika resigned, bowing to six weeks of mass protests": a concession with no one named that the
            // sentence says gave way to protest yields to the state's opposition.
            let yielded: Vec<ResolvedActor> = if targets.is_empty()
                && code_str.starts_with("08")
                && !reciprocal
                && toks.iter().enumerate().any(|(k, t)| {
                    // (Only where the sentence says it gave way: "bowing to protests", "under pressure from
                    // protesters"; not merely "after protests".)
                    self.words.is("yield_word", &t.norm)
                        && toks[k + 1..toks.len().min(k + 9)]
                            .iter()
                            .any(|t| self.words.is("protest_noun", &t.norm))
                }) {
                sources
                    .iter()
                    .filter_map(|(_, a)| {
                        let c = a.country.clone()?;
                        let mut opp = country_of(&self.lex, a)?;
                        opp.id = None;
                        opp.code = Some(format!("{c}OPP"));
                        opp.sector = Some("OPP".into());
                        opp.how =
                            "a concession put down to protest yields to the opposition".into();
                        Some(opp)
                    })
                    .collect()
            } else {
                Vec::new()
            };
            if !yielded.is_empty() {
                targets = yielded.iter().map(|d| (span, d)).collect();
                add_note(&mut note, "yields to protest");
            } else if !own_country.is_empty() && domestic.is_empty() {
                targets = own_country.iter().map(|d| (span, d)).collect();
                add_note(&mut note, "domestic action");
            }
            if !domestic.is_empty() {
                targets = domestic.iter().map(|d| (span, d)).collect();
                add_note(&mut note, "domestic protest");
            }
            // "Samsung launched an all-out offensive in India's smartphone market": a company waging war is a
            // figure of speech.
            if ["18", "19", "20"].iter().any(|r| code_str.starts_with(r))
                && sources
                    .iter()
                    .all(|(_, a)| a.sector.as_deref() == Some("BUS"))
            {
                trace.decision =
                    "not coded: a business does not wage war (a figure of speech)".into();
                traces.push(trace);
                continue;
            }
            let mut pairs: Vec<(Party, Option<Party>)> = Vec::new();
            if reciprocal {
                for a in &sources {
                    for b in &sources {
                        if !same_actor(a.1, b.1) && a.1.code != b.1.code {
                            pairs.push((*a, Some(*b)));
                        }
                    }
                }
            } else {
                for a in &sources {
                    if targets.is_empty() {
                        pairs.push((*a, None));
                    }
                    if both_ways {
                        pairs.push((targets[0], Some(*a)));
                    }
                    // In a group of targets ("between the two countries") the source's own country is the source
                    // itself; a lone target that is its own country is a domestic event ("promised to democratize
                    // Serbia").
                    let several = targets.len() >= 2;
                    for b in &targets {
                        let own_country = a.1.country.as_ref().is_some_and(|c| {
                            b.1.code.as_deref() == Some(c.as_str()) && b.1.sector.is_none()
                        });
                        if !same_actor(a.1, b.1)
                            && a.1.code != b.1.code
                            && !(several && own_country)
                        {
                            pairs.push((*a, Some(*b)));
                        }
                    }
                }
            }
            // "deployed riot police across Hong Kong", "sent reinforcements to northern Sinai": a show of force
            // on the state's own ground faces no one named; it is still the state's act, with no target.
            if pairs.is_empty() && code_str.starts_with("15") && !targets.is_empty() {
                pairs = sources.iter().map(|a| (*a, None)).collect();
            }
            // "refused on Monday to pull its troops out of a base near Mosul": a refused action that CAMEO has a
            // reject code for is that rejection, with the action's own participants.
            let refused_by = floor.max(tr.start.saturating_sub(6))..tr.start;
            let decision = negated.is_some()
                && toks[refused_by.clone()]
                    .iter()
                    .any(|t| self.words.is("refusal_decision", &t.norm))
                && !toks[refused_by]
                    .iter()
                    .any(|t| self.words.is("negation", &t.norm));
            if decision && !code_str.starts_with("12") {
                if let Some((_, c)) = self
                    .refusals
                    .iter()
                    .find(|(a, _)| code_str.starts_with(a.as_str()))
                {
                    if let Some(rc) = self.lex.ontology().get(c) {
                        add_note(&mut note, format!("refused: reject {c}"));
                        code = rc;
                        negated = None;
                    }
                }
            }
            if negated.is_some() && !self.opts.keep_negated {
                trace.decision = format!("not coded: {}", negated.unwrap_or_default());
                traces.push(trace);
                continue;
            }
            if reciprocal && sources.len() == 2 {
                let (a, b) = (sources[0].1, sources[1].1);
                let person =
                    |a: &ResolvedActor| a.kind == EntityKind::Person && a.country.is_some();
                if person(a) && person(b) && a.country != b.country {
                    let words = |sp: Span| sp.slice(text).unwrap_or("").to_string();
                    mem.last_person_pair = Some(vec![
                        (words(sources[0].0), a.clone()),
                        (words(sources[1].0), b.clone()),
                    ]);
                }
                if a.country.is_some() && a.country == b.country && !same_actor(a, b) {
                    let words = |sp: Span| sp.slice(text).unwrap_or("").to_string();
                    mem.last_domestic_pair = Some(vec![
                        (words(sources[0].0), a.clone()),
                        (words(sources[1].0), b.clone()),
                    ]);
                }
            }
            let mut made = 0;
            for ((ss, sa), t) in pairs {
                let Some(source) = Actor::from_resolved(sa, ss.slice(text).unwrap_or(""), ss)
                else {
                    continue;
                };
                let target = t.and_then(|(ts, ta)| {
                    Actor::from_resolved(ta, ts.slice(text).unwrap_or(""), ts)
                });
                let event_id = stable_hash(&[
                    &doc.id,
                    &s.index.to_string(),
                    &span.start.to_string(),
                    &source.code,
                    target.as_ref().map_or("", |t| t.code.as_str()),
                    &code.code,
                ]);
                if let Some((_, ta)) = t.filter(|_| {
                    code.code.starts_with("02")
                        || code.code.starts_with("10")
                        || code.code.starts_with("14")
                }) {
                    mem.requests
                        .push((code.code.clone(), sa.clone(), ta.clone()));
                    // (Only recent requests are answered; the look-up stays constant-time in long documents.)
                    if mem.requests.len() > 32 {
                        mem.requests.remove(0);
                    }
                }
                // Visits so far, (visitor, host), for "the visitor" and "his host" later.
                if let Some((_, ta)) = t {
                    match code.code.get(..3) {
                        Some("042") => mem.visits.push((sa.clone(), ta.clone())),
                        Some("043") => mem.visits.push((ta.clone(), sa.clone())),
                        _ => {}
                    }
                    if mem.visits.len() > 8 {
                        mem.visits.remove(0);
                    }
                }
                if let Some((_, ta)) =
                    t.filter(|_| ["18", "19", "20"].iter().any(|r| code.code.starts_with(r)))
                {
                    mem.violence.push((sa.clone(), ta.clone()));
                    // (Only recent acts are claimed; the look-up stays constant-time.)
                    if mem.violence.len() > 16 {
                        mem.violence.remove(0);
                    }
                }
                mem.acts.push((code.code.clone(), sa.clone()));
                if let Some((_, ta)) = t.filter(|_| code.code.starts_with("11")) {
                    accused_of.push((tr.start, ta.clone()));
                    mem.accusations.push((sa.clone(), ta.clone()));
                    // (Only recent accusations are answered; the look-up stays constant-time.)
                    if mem.accusations.len() > 16 {
                        mem.accusations.remove(0);
                    }
                }
                // (Only recent acts are reacted to; the look-up stays constant-time in long documents.)
                if mem.acts.len() > 16 {
                    mem.acts.remove(0);
                }
                if basis == DateBasis::Stated {
                    let when = (date.clone(), precision.clone());
                    mem.dated
                        .insert((code.code.clone(), source.code.clone()), when.clone());
                    if let Some(t) = &target {
                        mem.dated.insert((code.code.clone(), t.code.clone()), when);
                    }
                }
                events.push(Event {
                    doc_id: doc.id.clone(),
                    event_id,
                    sentence_index: s.index,
                    sentence_span: s.span,
                    date: date.clone(),
                    date_precision: precision.clone(),
                    date_basis: basis,
                    source: Some(source),
                    target,
                    cameo: code.code.clone(),
                    cameo_root: code.root.clone(),
                    plover: code.plover.clone(),
                    plover_mode: code.plover_mode.clone(),
                    plover_context: code.plover_context.clone(),
                    quad_class: code.quad_class,
                    goldstein: code.goldstein,
                    attributed_to: attributed_actor.clone(),
                    negated: negated.is_some(),
                    evidence: Evidence {
                        span,
                        trigger: trigger_text.clone(),
                        rule: p.source.to_string(),
                    },
                    url: doc.url.clone(),
                    publisher: doc.publisher.clone(),
                    title: doc.title.clone(),
                    lang: doc.lang.clone(),
                    issues: Vec::new(),
                });
                made += 1;
            }
            trace.decision = match (made, negated) {
                (0, _) => "not coded: source and target are the same actor".into(),
                (n, Some(why)) => format!("{n} event(s), kept although {why} (--keep-negated)"),
                (n, None) => format!("{n} event(s)"),
            };
            if !note.is_empty() {
                trace.decision = format!("{}; {note}", trace.decision);
            }
            traces.push(trace);
        }
        // Remember the last plural antecedent: a compound (of two or more), or a plural role noun.
        for m in &mentions {
            let sp = |x: &Mention| Span::new(toks[x.start].span.start, toks[x.end - 1].span.end);
            let words = |x: &Mention| sp(x).slice(text).unwrap_or("").to_string();
            let group: Vec<&Mention> = mentions.iter().filter(|x| x.group == m.group).collect();
            if group.len() >= 2 && group[0].start == m.start && m.via == Via::Lexicon {
                mem.last_plural = Some(
                    group
                        .iter()
                        .map(|x| (words(x), x.actors[0].clone()))
                        .collect(),
                );
            } else if m.via == Via::Lexicon
                && m.actors[0].kind == EntityKind::Agent
                && m.actors[0].country.is_some()
                && toks[m.end - 1].norm.ends_with('s')
                && group.len() == 1
            {
                mem.last_plural = Some(vec![(words(m), m.actors[0].clone())]);
            }
        }
        // Remember this sentence's subject and actors for the next.
        if let Some(m) = mentions.iter().find(|m| {
            m.actors.len() == 1
                && (m.start == 0 || !self.words.is("preposition", Self::norm(toks, m.start - 1)))
        }) {
            let sp = Span::new(toks[m.start].span.start, toks[m.end - 1].span.end);
            if m.actors[0].code.is_some() {
                mem.subjects.push((
                    sp.slice(text).unwrap_or("").to_string(),
                    m.actors[0].clone(),
                ));
                // Only the last few subjects are ever consulted; memory stays flat over long documents.
                if mem.subjects.len() > 8 {
                    mem.subjects.remove(0);
                }
            }
        }
        for m in &mentions {
            if m.via == Via::Lexicon {
                let sp = Span::new(toks[m.start].span.start, toks[m.end - 1].span.end);
                mem.remember(sp.slice(text).unwrap_or(""), &m.actors[0]);
            }
        }
        let views = mentions
            .iter()
            .map(|m| {
                let sp = Span::new(toks[m.start].span.start, toks[m.end - 1].span.end);
                MentionView {
                    text: sp.slice(text).unwrap_or("").to_string(),
                    span: sp,
                    codes: m
                        .actors
                        .iter()
                        .map(|a| a.code.clone().unwrap_or_else(|| "?".into()))
                        .collect(),
                    via: m.via.clone(),
                    group: m.group,
                }
            })
            .collect();
        // One event per (source, target, code) in a sentence, as PETRARCH codes: "signed agreements on trade
        // and climate cooperation" is one agreement however many words name it, and "meet Xi and Li" is two
        // meetings only when the two are different actors.
        let mut seen = std::collections::HashSet::new();
        events.retain(|e| {
            seen.insert((
                e.source.as_ref().map(|a| a.code.clone()),
                e.target.as_ref().map(|a| a.code.clone()),
                e.cameo.clone(),
            ))
        });
        (
            events,
            SentenceTrace {
                index: s.index,
                mentions: views,
                clauses,
                triggers: traces,
                resolved: mentions
                    .iter()
                    .map(|m| {
                        let sp = Span::new(toks[m.start].span.start, toks[m.end - 1].span.end);
                        (sp, m.start, m.end, m.actors.clone())
                    })
                    .collect(),
            },
        )
    }
}

/// Adds one decision to an event's note, the notes `readout explain` prints after the rule that fired.
fn add_note(note: &mut String, why: impl std::fmt::Display) {
    use std::fmt::Write;
    if !note.is_empty() {
        note.push_str("; ");
    }
    let _ = write!(note, "{why}");
}

impl Coder {
    /// Whether an actor is people who protest rather than a state, its organs or a person.
    fn is_people(&self, a: &ResolvedActor) -> bool {
        a.how == "country (its people)"
            || a.kind != EntityKind::Person
                && self
                    .words
                    .is("protesting_sector", a.sector.as_deref().unwrap_or(""))
    }

    /// Whether a bare protest verb (a pattern flagged `people`) is a protest: a finite past or plain verb right
    /// after people ("Serbian students marched", "thousands of farmers have rallied"). "Protesters marching in
    /// Lome" describes a crowd police broke up, "planned to march" is a plan, "ahead of planned rallies" a noun.
    fn protest_by_people(&self, toks: &[Token], mentions: &[Mention], tr: &Trigger) -> bool {
        let w = toks[tr.start].norm.as_str();
        let third_person = w.ends_with('s') && !w.ends_with("ss");
        let infinitive = tr.start > 0 && toks[tr.start - 1].norm == "to";
        let finite = !(w.ends_with("ing") || third_person || infinitive);
        let mut at = tr.start;
        while at > 0
            && (self.words.is("auxiliary", &toks[at - 1].norm) || toks[at - 1].norm.ends_with("ly"))
            && tr.start - at < 2
        {
            at -= 1;
        }
        finite
            && mentions
                .iter()
                .any(|m| m.end == at && m.actors.iter().all(|a| self.is_people(a)))
    }
}
