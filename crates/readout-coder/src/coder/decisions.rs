//! Small decisions about a trigger's context: answered requests, orders to one's own forces, options weighed,
//! protest aims, fronted objects, refusals, voice, negation and hypotheticals, the act a threat names, meetings in
//! a third state, and violence between a state's forces and its protesters.

use super::*;

impl Coder {
    /// "threatened to launch a military offensive": the threat code (13x) of the act a bare threat names right
    /// after its "to".
    pub(super) fn threatened_act(
        &self,
        triggers: &[Trigger],
        tr: &Trigger,
        ceiling: usize,
    ) -> Option<String> {
        triggers
            .iter()
            .filter(|o| o.start >= tr.end && o.start <= tr.end + 4 && o.start < ceiling)
            .find_map(|o| {
                let pc = &self.lex.verb_patterns()[o.pattern].code;
                self.intents
                    .iter()
                    .find(|(a, _)| pc.starts_with(a.as_str()))
                    .map(|(_, t)| t.clone())
            })
            .filter(|t| t.starts_with("13"))
    }

    /// "warned that soldiers would crush any further protests", "warned that they would strike U.S. bases": a
    /// coercive act a warning says will come is a threat (13x), the warner's. Returns the threat's code when
    /// `content` is such an act of the warning `gov`.
    pub(super) fn warned_threat(
        &self,
        toks: &[Token],
        mentions: &[Mention],
        gov: &Trigger,
        content: &Trigger,
    ) -> Option<String> {
        let pats = self.lex.verb_patterns();
        let g = &pats[gov.pattern];
        if !(g.code.starts_with("01") && self.words.is("warning_verb", &toks[gov.start].norm)) {
            return None;
        }
        if content.start <= gov.end || content.start > gov.end + 10 {
            return None;
        }
        let between = &toks[gov.end.saturating_sub(1)..content.start];
        // (Within the warning's own "that" clause, with the act in the future: "would", "will".)
        if !between.iter().any(|t| t.norm == "that")
            || between.iter().any(|t| matches!(t.norm.as_str(), ";" | ":"))
            || !toks[content.start.saturating_sub(3)..content.start]
                .iter()
                .any(|t| self.words.is("future_modal", &t.norm))
        {
            return None;
        }
        // (An actor does it: "warned that inflation would hit the poor" is no threat.)
        if !mentions
            .iter()
            .any(|m| m.start >= gov.end && m.end <= content.start)
        {
            return None;
        }
        let code = &pats[content.pattern].code;
        self.intents
            .iter()
            .find(|(a, _)| code.starts_with(a.as_str()))
            .map(|(_, t)| t.clone())
            .filter(|t| t.starts_with("13"))
    }

    /// "Putin and Biden met in Geneva": whether a meeting of two states' actors is placed (`in`, `at` …) in a
    /// third state after its trigger, which CAMEO codes 044.
    pub(super) fn third_state_venue(
        &self,
        toks: &[Token],
        mentions: &[Mention],
        tr: &Trigger,
        ceiling: usize,
        sources: &[Party],
        targets: &[Party],
    ) -> bool {
        let parties: Vec<&str> = sources
            .iter()
            .chain(targets.iter())
            .filter_map(|(_, a)| a.country.as_deref())
            .collect();
        parties.len() >= 2
            && mentions.iter().any(|m| {
                let Some(c) = m.actors[0].country.as_deref() else {
                    return false;
                };
                let at = self.phrase_start(toks, m.start, tr.end, usize::MAX);
                m.start >= tr.end
                    && m.start < ceiling
                    && at > tr.end
                    && self.words.is("locative", Self::norm(toks, at - 1))
                    // ("consulted them about the situation in Afghanistan": a topic, not a venue)
                    && !(at >= 2 && self.words.is("topic_head", Self::norm(toks, at - 2)))
                    && !parties.contains(&c)
            })
    }

    /// Violence between a state's forces and its protesters is coded by who does it: security forces firing on
    /// their own state's protesters is repression (175); protesters blockading or occupying obstruct (144), other
    /// force by them is a violent protest (145). `None` when the code is no violence or the sides are others.
    pub(super) fn forces_and_protesters(
        &self,
        code: &str,
        sources: &[Party],
        targets: &[Party],
    ) -> Option<&'static str> {
        if !self.words.has_prefix_of("violence_code", code)
            || self.words.is("violence_code_exception", code)
        {
            return None;
        }
        let sector = |a: &ResolvedActor| a.sector.clone().unwrap_or_default();
        let protesters = |a: &ResolvedActor| self.words.is("protester_sector", &sector(a));
        let forces = |a: &ResolvedActor| self.words.is("security_sector", &sector(a));
        let same_state = sources.iter().all(|(_, s)| {
            targets
                .iter()
                .all(|(_, t)| s.country.is_some() && s.country == t.country)
        });
        if !targets.is_empty()
            && same_state
            && sources.iter().all(|(_, a)| forces(a))
            && targets.iter().all(|(_, a)| protesters(a))
        {
            Some("175")
        } else if !sources.is_empty() && sources.iter().all(|(_, a)| protesters(a)) {
            Some(if matches!(code, "191" | "192") {
                "144"
            } else {
                "145"
            })
        } else {
            None
        }
    }

    /// Whether a trigger's code can react to an act named before (`data/reaction.txt`).
    pub(super) fn reacts(&self, code: &str) -> bool {
        self.reaction_codes
            .iter()
            .any(|c| code.starts_with(c.as_str()))
    }

    /// A definite noun right after a trigger (or inside its pattern) that `is_noun` accepts: only a determiner
    /// and plain modifiers stand between ("the latest appeal", "their demand"), and the determiner is definite
    /// ("a move" names no act made before).
    fn definite_object(
        &self,
        toks: &[Token],
        tr: &Trigger,
        ceiling: usize,
        is_noun: impl Fn(&str) -> bool,
    ) -> Option<usize> {
        let end = ceiling.min(tr.end + 4).min(toks.len());
        let noun = (tr.start + 1..end).find(|&i| is_noun(&toks[i].norm))?;
        if (tr.start + 1..noun).any(|i| toks[i].kind != TokenKind::Word || toks[i].cap) {
            return None;
        }
        let det = (tr.start + 1..noun)
            .rev()
            .find(|&i| self.words.is("determiner", &toks[i].norm))?;
        (!self.words.is("indefinite_determiner", &toks[det].norm)).then_some(noun)
    }

    /// For a rejection whose object is a request noun ("the appeal", "their demand"), the most recent request
    /// in the document made of one of the rejecting sources: (who asked, the request's code).
    pub(super) fn answered_request(
        &self,
        toks: &[Token],
        tr: &Trigger,
        ceiling: usize,
        sources: &[Party],
        mem: &Memory,
    ) -> Option<(ResolvedActor, String)> {
        // ("the appeal", "their demand"; not "rejected calls for his resignation", requests in general)
        self.definite_object(toks, tr, ceiling, |w| self.words.is("request_noun", w))?;
        mem.requests.iter().rev().find_map(|(code, asker, asked)| {
            let addressed = sources.iter().any(|(_, s)| {
                same_actor(s, asked)
                    || s.country.is_some()
                        && s.country == asked.country
                        && (s.sector.is_none()
                            || asked.sector.is_none()
                            || s.sector == asked.sector)
            });
            addressed.then(|| (asker.clone(), code.clone()))
        })
    }

    /// For a reaction with no target of its own whose object is a definite event noun ("praised the vote",
    /// "called the expulsions unfriendly"): the one who performed the last act the noun can name, and the noun.
    pub(super) fn reacted_act(
        &self,
        toks: &[Token],
        tr: &Trigger,
        ceiling: usize,
        code: &str,
        sources: &[Party],
        mem: &Memory,
    ) -> Option<(ResolvedActor, String)> {
        if !self.reacts(code) {
            return None;
        }
        // (The pattern may hold the noun itself: `condemn [the] attack`.) The noun ends its phrase: "the attack on
        // Kyiv" names its own target, "the vote count" is another thing.
        let noun =
            self.definite_object(toks, tr, ceiling, |w| self.reaction_nouns.contains_key(w))?;
        // ("the killing of John Ridsdel" names its victim, not its doer: it still refers back to the act.)
        let of_victim = self.words.is("victim_noun", &toks[noun].norm)
            && Self::norm(toks, noun + 1) == "of"
            && !toks[noun..ceiling.min(toks.len())]
                .iter()
                .any(|t| t.norm == "by");
        if self.words.is("noun_complement", Self::norm(toks, noun + 1)) && !of_victim {
            return None;
        }
        let listed = &self.reaction_nouns[&toks[noun].norm];
        // (`@JUD`: only an act of that sector, "the ruling" is a court's.)
        let (sectors, roots): (Vec<&String>, Vec<&String>) =
            listed.iter().partition(|r| r.starts_with('@'));
        let reaction = |c: &str| self.words.has_prefix_of("reaction_root", c);
        mem.acts.iter().rev().find_map(|(c, who)| {
            let fits = if roots.is_empty() {
                !reaction(c)
            } else {
                roots.iter().any(|r| c.starts_with(r.as_str()))
            } && (sectors.is_empty()
                // (International courts and tribunals are organisations of their own.)
                || who.kind == EntityKind::Igo
                || sectors
                    .iter()
                    .any(|s| who.sector.as_deref() == Some(&s[1..])));
            // (Nor its own state's act: "Pyongyang's envoy rejected the resolution" after North Korea's test; a
            // state's opposition or courts may react to it, "the opposition welcomed the releases".)
            let own = sources.iter().any(|(_, s)| {
                same_actor(s, who)
                    || s.code == who.code
                    || s.country.is_some()
                        && s.country == who.country
                        && [s, who]
                            .iter()
                            .all(|a| matches!(a.sector.as_deref(), None | Some("GOV")))
            });
            (fits && !own).then(|| (who.clone(), toks[noun].norm.clone()))
        })
    }

    /// For a reaction, the named doer of the act it reacts to: `NOUN of … by DOER` or `NOUN claimed by DOER`,
    /// with NOUN an event noun of `data/reaction.txt`, in the trigger's clause.
    pub(super) fn event_noun_agent<'m>(
        &self,
        toks: &[Token],
        mentions: &'m [Mention],
        floor: usize,
        ceiling: usize,
        tr: &Trigger,
        code: &str,
    ) -> Option<&'m Mention> {
        if !self.reacts(code) {
            return None;
        }
        let end = ceiling.min(toks.len());
        // ("The arrest in Moscow on Thursday of a French researcher", "the expulsion last week of": a time or
        // place may stand between the noun and its "of".)
        let of_after = |k: usize| {
            let mut j = k + 1;
            while j < end
                && j <= k + 5
                && (self.words.is("time_word", &toks[j].norm)
                    || self.words.is("noun_of_gap", &toks[j].norm)
                    || toks[j].cap)
            {
                j += 1;
            }
            j < end && toks[j].norm == "of"
        };
        // ("condemned the drone attacks claimed by Yemen's Houthi movement": a participle of doing names the
        // doer after its "by".)
        // (Only for disapproval: "apologised to Indonesia for the violence committed by Dutch troops" stays
        // aimed at Indonesia.)
        let done_by = |k: usize| {
            (code.starts_with("11") || code.starts_with("12"))
                && toks
                    .get(k + 1)
                    .is_some_and(|t| self.words.is("doing_participle", &t.norm))
        };
        let noun = (floor..end).find(|&k| {
            self.reaction_nouns.contains_key(&toks[k].norm)
                && (k + 2 < end && of_after(k) || done_by(k))
        })?;
        // The doer's "by" comes before the trigger's own ("… by Myanmar police was condemned by the UN").
        // (A participle of doing opens a clause of its own; its "by" is still the noun's.)
        let stop = if noun < tr.start {
            tr.start
        } else if done_by(noun) {
            toks.len()
        } else {
            end
        };
        let by = (noun + 1..stop.min(noun + 12))
            .take_while(|&j| toks[j].kind == TokenKind::Word || toks[j].norm == "'s")
            .find(|&j| toks[j].norm == "by")?;
        let doer = mentions.iter().find(|m| {
            m.start == by + 1
                || m.start == by + 2 && self.words.is("determiner", Self::norm(toks, by + 1))
        })?;
        // ("by Yemen's Houthi movement": the possessed actor is the doer.)
        let possessed = (Self::norm(toks, doer.end) == "'s")
            .then(|| mentions.iter().find(|m| m.start == doer.end + 1))
            .flatten();
        Some(possessed.unwrap_or(doer))
    }

    /// Whether a one-word mention is its country's adjective (`Russian`), not a name or a people.
    pub(super) fn country_adjective(&self, tok: &Token, m: &Mention) -> bool {
        m.actors.iter().all(|a| {
            a.kind == EntityKind::Country
                && a.code
                    .as_deref()
                    .and_then(|c| self.lex.country(c))
                    .is_some_and(|c| {
                        c.adjectives
                            .iter()
                            .any(|j| j.eq_ignore_ascii_case(&tok.norm))
                    })
        })
    }

    /// A sub-code that depends on the parties rather than the words: 151/152 by the sector put on alert, 181
    /// for people seized, 183 for a bombing by an armed group with no aircraft in the clause.
    pub(super) fn by_parties(
        &self,
        code: &str,
        sources: &[Party],
        targets: &[Party],
        clause: &[Token],
    ) -> Option<(&'static str, &'static str)> {
        let sector = |a: &ResolvedActor| a.sector.clone().unwrap_or_default();
        let all_sources = |f: &dyn Fn(&ResolvedActor) -> bool| {
            !sources.is_empty() && sources.iter().all(|(_, a)| f(a))
        };
        match code {
            "151" | "152" => {
                if all_sources(&|a| sector(a) == "COP") && code != "151" {
                    Some(("151", "police put on alert"))
                } else if all_sources(&|a| sector(a) == "MIL") && code != "152" {
                    Some(("152", "the military put on alert"))
                } else {
                    None
                }
            }
            "171" => {
                let people = !targets.is_empty()
                    && targets.iter().all(|(_, t)| {
                        t.kind == EntityKind::Person
                            || self.words.is("seized_people_sector", &sector(t))
                    });
                people.then_some(("181", "people seized are abducted"))
            }
            // "Russian special forces stormed the building": state forces do not riot; their assault is force
            // (the army's) or repression (the police's).
            "145" => {
                if all_sources(&|a| sector(a) == "MIL") {
                    Some(("190", "an assault by the military is force, not a riot"))
                } else if all_sources(&|a| sector(a) == "COP") {
                    Some(("175", "an assault by police is repression, not a riot"))
                } else {
                    None
                }
            }
            "195" => {
                let armed = all_sources(&|a| self.words.is("armed_group_sector", &sector(a)));
                let aircraft = clause
                    .iter()
                    .any(|t| self.words.is("aircraft_word", &t.norm));
                (armed && !aircraft).then_some(("183", "a bombing by an armed group"))
            }
            // "urged Afghanistan and Pakistan to stay calm": calm asked of states at odds is de-escalation;
            // easing popular dissent is asked of protesters and their leaders.
            "0252" | "1052" => {
                let states = !targets.is_empty()
                    && targets.iter().all(|(_, t)| {
                        t.kind == EntityKind::Country
                            && matches!(sector(t).as_str(), "" | "GOV" | "MIL")
                    });
                let dissent = clause
                    .iter()
                    .any(|t| self.words.is("dissent_word", &t.norm));
                let de_escalate = if code == "0252" { "0256" } else { "1056" };
                (states && !dissent)
                    .then_some((de_escalate, "calm asked of states is de-escalation"))
            }
            _ => None,
        }
    }

    /// Why a trigger names an act without reporting it done, if it does: violence named as what is to end ("aimed
    /// at ending fighting"), what may come ("the brink of a wider war"), what a deployment is meant for
    /// ("mobilised reservists to fight in Ukraine") or as a modifier ("combat drills"), and talks named as ending
    /// ("peace talks were suspended").
    pub(super) fn named_not_done(
        &self,
        toks: &[Token],
        triggers: &[Trigger],
        tr: &Trigger,
        floor: usize,
        ceiling: usize,
    ) -> Option<&'static str> {
        let p = &self.lex.verb_patterns()[tr.pattern];
        let noun = p.kind == PatternKind::Noun;
        if noun
            && p.code.starts_with("04")
            && (tr.start.saturating_sub(4).max(floor)..ceiling.min(toks.len()))
                .any(|j| self.words.is("talks_end_word", &toks[j].norm))
        {
            return Some("talks named as ending are not held");
        }
        // ("condemned the military for seizing power and detaining elected leaders", "praised the government for
        // its efforts to carry out the peace accord": what a reaction is for is the reason it names, not news of
        // its own; a finite verb after it is.)
        let gerund_or_noun = noun || toks[tr.start].norm.ends_with("ing");
        let for_reaction = gerund_or_noun
            && triggers.iter().any(|o| {
                o.end <= tr.start
                    && tr.start - o.end <= 12
                    && self.reacts(&self.lex.verb_patterns()[o.pattern].code)
                    // (A claim of responsibility "for Sunday's attack" reports the attack.)
                    && !self.lex.verb_patterns()[o.pattern].code.starts_with("01")
                    && (o.end.saturating_sub(1)..tr.start).any(|j| {
                        toks[j].norm == "for" && !toks[j..tr.start].iter().any(|t| t.norm == ",")
                    })
                    && !triggers
                        .iter()
                        .any(|x| x.start > o.start && x.start < tr.start)
            });
        if for_reaction {
            return Some("what a reaction is for, named as its reason");
        }
        if !self.words.has_prefix_of("attack_code", &p.code) {
            return None;
        }
        let ended = toks[tr.start].norm.ends_with("ing")
            && (1..=2).any(|back| {
                tr.start >= back
                    && self.words.is("cessation_word", &toks[tr.start - back].norm)
                    && (back == 1 || self.words.is("determiner", &toks[tr.start - 1].norm))
            });
        if ended {
            return Some("violence named as what is to end");
        }
        let prospect = noun
            && (tr.start.saturating_sub(4)..tr.start).any(|j| {
                self.words.is("prospect_noun", &toks[j].norm) && Self::norm(toks, j + 1) == "of"
            });
        if prospect {
            return Some("violence named as what may come");
        }
        let purpose = tr.start >= 2
            && toks[tr.start - 1].norm == "to"
            && toks[tr.start - 2].kind == TokenKind::Word
            && triggers.iter().any(|o| {
                o.end < tr.start
                    && self
                        .words
                        .has_prefix_of("deployment_code", &self.lex.verb_patterns()[o.pattern].code)
            });
        if purpose {
            return Some("violence named as what a deployment is meant for");
        }
        let attributive = noun
            && tr.end == tr.start + 1
            && self.words.is("attributive_head", Self::norm(toks, tr.end));
        attributive.then_some("an event noun that only qualifies the noun after it")
    }

    /// For an action a leader orders its own forces to take ("ordered the army to deploy troops along the
    /// border", "ordered the military to launch an offensive"): the order's trigger and the one who gave it. The
    /// state acts through its forces, so the action is the orderer's (CAMEO codes the action, not a demand).
    pub(super) fn ordered_of_own_forces<'t, 'm>(
        &self,
        toks: &[Token],
        mentions: &'m [Mention],
        triggers: &'t [Trigger],
        floor: usize,
        tr: &Trigger,
    ) -> Option<(&'t Trigger, &'m Mention)> {
        if tr.start == 0 || toks[tr.start - 1].norm != "to" {
            return None;
        }
        let o = triggers.iter().find(|o| {
            o.start >= floor
                && o.end <= tr.start
                && tr.start <= o.end + 8
                && self.words.is("command_verb", &toks[o.start].norm)
        })?;
        let orderer = self.subject(toks, mentions, floor, o.start)?;
        let own_forces = mentions.iter().any(|m| {
            m.start >= o.start
                && m.end < tr.start
                && m.actors.iter().all(|a| {
                    a.kind == EntityKind::Agent
                        && self
                            .words
                            .is("force_sector", a.sector.as_deref().unwrap_or(""))
                        && (a.country.is_none() || a.country == orderer.actors[0].country)
                })
        });
        (own_forces && orderer.actors[0].country.is_some()).then_some((o, orderer))
    }

    /// For an action weighed as an option ("considering sending tanks", "weighing whether to impose"), the
    /// trigger that weighs it (CAMEO 014).
    pub(super) fn considered_by<'t>(
        &self,
        toks: &[Token],
        triggers: &'t [Trigger],
        tr: &Trigger,
    ) -> Option<&'t Trigger> {
        triggers.iter().find(|o| {
            o.end <= tr.start
                && tr.start <= o.end + 2
                && self.lex.verb_patterns()[o.pattern].code == "014"
                && (toks[tr.start].norm.ends_with("ing") && tr.start == o.end
                    || toks[o.end..tr.start]
                        .iter()
                        .all(|t| matches!(t.norm.as_str(), "whether" | "to" | "how")))
        })
    }

    /// For an appeal or demand that states a protest's aim ("marched …, demanding", "rallied … to demand"), the
    /// protest it belongs to.
    pub(super) fn protest_of_aim<'t>(
        &self,
        toks: &[Token],
        triggers: &'t [Trigger],
        tr: &Trigger,
        p: &readout_lexicon::verbs::VerbPattern,
    ) -> Option<&'t Trigger> {
        if !(p.code.starts_with("02") || p.code.starts_with("10")) {
            return None;
        }
        let head = toks[tr.start].norm.as_str();
        let linked = head.ends_with("ing") || tr.start > 0 && toks[tr.start - 1].norm == "to";
        if !linked {
            return None;
        }
        triggers.iter().rev().find(|o| {
            o.end <= tr.start
                && tr.start <= o.end + 14
                && self.lex.verb_patterns()[o.pattern].code.starts_with("14")
                && !toks[o.end..tr.start]
                    .iter()
                    .any(|t| matches!(t.norm.as_str(), ";" | ":" | "but" | "while" | "as"))
                // ("marched and demanded" is a second act; "the streets of Lagos and Abuja" joins names.)
                && !(o.end..tr.start).any(|k| {
                    toks[k].norm == "and" && toks.get(k + 1).is_some_and(|t| !t.cap)
                })
                && !toks[o.end..tr.start].iter().any(|t| self.words.is("reporting", &t.norm))
        })
    }

    /// For a noun at `i` that is the subject of a passive ("sanctions were imposed", "the curfew has been
    /// lifted", "ties with Iran were severed", "martial law was proclaimed"), the position of the be-verb and of
    /// the participle. The subject may run on a few words (an adjective, a prepositional phrase) before the verb.
    pub(super) fn fronted_object_passive(
        &self,
        toks: &[Token],
        i: usize,
    ) -> Option<(usize, usize)> {
        let n = &toks[i];
        let not_object = |t: &Token| {
            t.kind != TokenKind::Word
                || self.words.is("determiner", &t.norm)
                || self.words.is("be", &t.norm)
                || self.words.is("reporting", &t.norm)
                || self.words.is("pronoun_person", &t.norm)
                || self.words.is("pronoun_plural", &t.norm)
                || t.norm == "it"
        };
        // (Not a noun inside another noun's phrase: "The lifting of United Nations sanctions … was agreed".)
        let in_phrase = i > 0 && self.words.is("preposition", &toks[i - 1].norm);
        if not_object(n) || self.words.is("preposition", &n.norm) || in_phrase {
            return None;
        }
        const SUBJECT_WORDS: usize = 5;
        let mut b = i + 1;
        while b < toks.len()
            && b <= i + SUBJECT_WORDS
            && !matches!(
                toks[b].norm.as_str(),
                "was" | "were" | "is" | "are" | "been" | "has" | "have" | "had"
            )
        {
            let t = &toks[b];
            // ("a cargo ship accused of violating sanctions was seized": a participle is a clause of its own.)
            let participle = t.norm.ends_with("ed") && !t.cap;
            let plain = !not_object(t)
                && !participle
                && t.kind == TokenKind::Word
                && !self.words.is("relative", &t.norm)
                && !self.words.is("subordinator", &t.norm)
                && !self.words.is("reporting", &t.norm)
                && !self.words.is("auxiliary", &t.norm)
                && !matches!(t.norm.as_str(), "and" | "or" | "but");
            if !plain {
                return None;
            }
            b += 1;
        }
        let mut v = b;
        if matches!(Self::norm(toks, v), "has" | "have" | "had")
            && Self::norm(toks, v + 1) == "been"
        {
            v += 2;
        } else if matches!(Self::norm(toks, v), "was" | "were" | "is" | "are" | "been") {
            v += 1;
        } else {
            return None;
        }
        let part = Self::norm(toks, v);
        (part.ends_with("ed") || self.words.is("irregular_participle", part)).then_some((b, v))
    }

    /// For a gerund at `k` right after "after", "before", "while", "by" or "without" ("flew home after
    /// meeting Modi", "angered Moscow by meeting NATO officials"), the subject of the verb before it: the gerund is
    /// that subject's act.
    pub(super) fn gerund_main_subject<'m>(
        &self,
        toks: &[Token],
        mentions: &'m [Mention],
        triggers: &[Trigger],
        clauses: &[usize],
        k: usize,
    ) -> Option<&'m Mention> {
        if !(k >= 2
            && toks[k].norm.ends_with("ing")
            && self.words.is("gerund_preposition", &toks[k - 1].norm))
        {
            return None;
        }
        let verb = triggers
            .iter()
            .filter(|o| o.end < k && self.lex.verb_patterns()[o.pattern].kind == PatternKind::Verb)
            .map(|o| o.start)
            .max();
        if let Some(verb) = verb {
            let vfloor = clause_start(clauses, verb);
            return self.subject(toks, mentions, vfloor, verb);
        }
        // (A main verb the lexicon does not know, "angered": the clause's first actor not in a phrase.)
        let floor = clause_before(clauses, k - 1);
        mentions.iter().find(|m| {
            m.start >= floor
                && m.end < k - 1
                && (m.start == 0 || !self.words.is("preposition", Self::norm(toks, m.start - 1)))
        })
    }

    /// A trigger made of a refusal verb and its `to`/`from` only, perhaps with a time between ("refused on
    /// Monday to"): it governs the action that follows.
    pub(super) fn bare_refusal(&self, toks: &[Token], tr: &Trigger) -> bool {
        // ("refused Hungary's request for assistance": a pattern that goes on past its target names what is
        // refused itself; the refusal is no bare one even though its matched words before the target are.)
        let past_slot = self.lex.verb_patterns()[tr.pattern]
            .elements
            .iter()
            .skip_while(|e| !matches!(e, Element::Slot))
            .any(|e| {
                matches!(
                    e,
                    Element::Word {
                        optional: false,
                        ..
                    }
                )
            });
        !past_slot
            && toks[tr.start..tr.end].iter().all(|t| {
                self.words.is("refusal_governing", &t.norm)
                    || self.words.is("time_word", &t.norm)
                    || matches!(t.norm.as_str(), "to" | "from")
            })
            && self.words.is("refusal_governing", &toks[tr.start].norm)
    }

    pub(super) fn is_passive(&self, toks: &[Token], floor: usize, start: usize) -> bool {
        let head = &toks[start].norm;
        let participle = head.ends_with("ed")
            || head.ends_with("en")
            || self.words.is("irregular_participle", head);
        if !participle || start == 0 {
            return false;
        }
        // "were pardoned and freed by": a participle joined by "and" to a passive one is passive too.
        if start >= 2 && toks[start - 1].norm == "and" && self.is_passive(toks, floor, start - 2) {
            return true;
        }
        // "was arrested by police in the town of Mbinga on Wednesday and later charged with treason": so is one
        // joined to it after its agent and setting, where no other verb stands between.
        let mut and = start;
        while and > floor && {
            let w = Self::norm(toks, and - 1);
            w.ends_with("ly") || self.words.is("skippable", w) || self.words.is("passive_adverb", w)
        } {
            and -= 1;
        }
        if and > floor + 2 && toks[and - 1].norm == "and" {
            let and = and - 1;
            let earlier = (floor.max(and.saturating_sub(16))..and).rev().find(|&j| {
                let w = toks[j].norm.as_str();
                toks[j].kind == TokenKind::Word
                    && !toks[j].cap
                    && (w.ends_with("ed") || self.words.is("irregular_participle", w))
            });
            if let Some(j) = earlier {
                let plain_between = toks[j + 1..and].iter().all(|t| {
                    !self.words.is("be", &t.norm)
                        && !self.words.is("auxiliary", &t.norm)
                        && t.norm != ","
                        && !self.words.is("relative", &t.norm)
                });
                if plain_between && j + 1 < and && self.is_passive(toks, floor, j) {
                    return true;
                }
            }
        }
        let mut i = start;
        while i > floor {
            i -= 1;
            let w = toks[i].norm.as_str();
            if self.words.is("be", w) {
                return true;
            }
            if !(w.ends_with("ly")
                || self.words.is("negation", w)
                || self.words.is("passive_adverb", w))
            {
                return false;
            }
        }
        false
    }

    pub(super) fn negation(&self, toks: &[Token], floor: usize, start: usize) -> Option<String> {
        // "Never before had the crown prince met an Israeli minister", "Nowhere did China condemn Russia", "No
        // member of the opposition was released": a negative word opening the clause negates its verb.
        // ("Never before had …": "before" opens no clause of its own there.)
        let floor = if floor == 1 && toks[0].norm == "never" {
            0
        } else {
            floor
        };
        let opener: Vec<&str> = toks[floor..toks.len().min(floor + 2)]
            .iter()
            .map(|t| t.norm.as_str())
            .collect();
        let fronted = opener
            .first()
            .is_some_and(|w| self.words.is("negative_opener", w))
            || self.words.phrase_at("negative_opener", &opener).is_some();
        if fronted
            && floor < start
            && !toks[floor..start]
                .iter()
                .any(|t| matches!(t.norm.as_str(), "," | "and" | "but"))
        {
            return Some(format!(
                "negated by {:?} opening the clause",
                opener.join(" ")
            ));
        }
        let from = start.saturating_sub(6).max(floor);
        let mut past_comma = false;
        for i in (from..start).rev() {
            let w = toks[i].norm.as_str();
            // ("did not criticise the judges and called for calm": a negation does not reach past "and".)
            if matches!(w, "and" | "but") {
                return None;
            }
            past_comma |= w == ",";
            // ("Not only did Britain condemn Iran": no negation. "Without consulting its allies, Hungary
            // signed": "without" denies its own gerund, not the clause after its comma.)
            if w == "not" && Self::norm(toks, i + 1) == "only" || w == "without" && past_comma {
                continue;
            }
            // ("made no commitment to free": "no" right before an event noun denies it.)
            if self.words.is("negation", w)
                || w == "no" && (Self::norm(toks, i + 1) == "longer" || i + 1 == start)
            {
                return Some(format!("negated by {w:?}"));
            }
            if self.words.is("refusal", w) {
                return Some(format!("refused or avoided ({w:?})"));
            }
            let norms: Vec<&str> = toks[i..start].iter().map(|t| t.norm.as_str()).collect();
            if self.words.phrase_at("refusal", &norms).is_some() {
                return Some(format!("refused or avoided ({:?})", norms.join(" ")));
            }
        }
        None
    }

    /// The modal ("would", "could", "might") that follows the noun phrase ending at `from`, within a few
    /// words of it and with nothing verbal or clause-ending between.
    pub(super) fn modal_after_noun_phrase<'t>(
        &self,
        toks: &'t [Token],
        from: usize,
    ) -> Option<&'t str> {
        for t in toks.iter().skip(from).take(8) {
            let w = t.norm.as_str();
            if matches!(w, "would" | "could" | "might") {
                return Some(w);
            }
            // (No verb, relative or clause opener: a lower-case -ed word is a verb.)
            let verbal = self.words.is("auxiliary", w)
                || self.words.is("relative", w)
                || self.words.is("reporting", w)
                || w.ends_with("ed") && !t.cap
                || w == "that";
            let np_word = t.kind == TokenKind::Word && !verbal || w == "'s";
            if !np_word {
                return None;
            }
        }
        None
    }

    pub(super) fn hypothetical(
        &self,
        toks: &[Token],
        floor: usize,
        start: usize,
    ) -> Option<String> {
        // "Should Moscow strike a NATO member, the alliance would respond": an inverted condition, and the
        // consequence it hangs over.
        let inverted = matches!(Self::norm(toks, 0), "should" | "were" | "had")
            && toks.last().is_none_or(|t| t.norm != "?");
        if inverted {
            let comma = toks
                .iter()
                .position(|t| t.norm == ",")
                .unwrap_or(toks.len());
            let modal = toks[start.saturating_sub(3)..start]
                .iter()
                .any(|t| matches!(t.norm.as_str(), "would" | "could" | "might"));
            if start < comma || modal {
                return Some(format!("conditional (inverted {:?})", Self::norm(toks, 0)));
            }
        }
        for t in &toks[floor..start] {
            let w = t.norm.as_str();
            if self.words.is("conditional", w) {
                return Some(format!("conditional ({w:?})"));
            }
        }
        // "ruled out any easing until Moscow withdraws its forces": an "until" clause in the present is a
        // condition still to be met.
        let head = Self::norm(toks, start);
        if Self::norm(toks, floor) == "until" && head.ends_with('s') && !head.ends_with("ss") {
            return Some("conditional (\"until\")".into());
        }
        let from = start.saturating_sub(3).max(floor);
        for (k, t) in toks.iter().enumerate().take(start).skip(from) {
            let w = t.norm.as_str();
            // ("in May", ", who stepped down in May,": the month, capitalised, is no modal.)
            let month = w == "may" && t.cap && k > 0;
            if self.words.is("modal_hypothetical", w) && w != "would" && !month {
                return Some(format!("hypothetical ({w:?})"));
            }
        }
        // "the two countries are expected to sign a treaty": what a reporter expects is not yet done, nor
        // promised by anyone.
        let expected = (start.saturating_sub(6).max(floor)..start).any(|k| {
            toks[k].norm == "expected"
                && Self::norm(toks, k + 1) == "to"
                && (1..=2).any(|b| k >= b && self.words.is("auxiliary", &toks[k - b].norm))
        });
        if expected {
            return Some("hypothetical (\"expected to\")".into());
        }
        None
    }

    /// Whether a trigger sits in a relative clause (`who`/`which`/`that` right after an actor or a noun) that
    /// follows a main clause with an event of its own: background, not the sentence's news.
    pub(super) fn background_relative(
        &self,
        toks: &[Token],
        mentions: &[Mention],
        triggers: &[Trigger],
        floor: usize,
        tr: &Trigger,
    ) -> bool {
        // ("to hold back Islamic State militants advancing on Arbil": a participle right after the object of an
        // earlier event says what that object was doing.)
        // (Protest is what the crowd is doing then and there: "fired tear gas at demonstrators protesting the
        // election results" codes the protest too.)
        let protest = self.lex.verb_patterns()[tr.pattern].code.starts_with("14");
        let participle_on_object = toks[tr.start].norm.ends_with("ing")
            && !protest
            && mentions.iter().any(|m| {
                // (Not an absolute "with" clause: "fighting continued, with the army carrying out air strikes".)
                let at = self.phrase_start(toks, m.start, floor, 3);
                m.end == tr.start
                    && !(at > 0 && toks[at - 1].norm == "with")
                    && triggers.iter().any(|o| {
                        o.end <= m.start
                            && o.start >= floor
                            && !self.lex.verb_patterns()[o.pattern].code.starts_with("01")
                    })
            });
        if participle_on_object {
            return true;
        }
        // ("returned the three navy vessels seized off Crimea", "gas pumped into a theatre seized by rebels": a
        // past participle right after a thing an earlier event names says what was once done to it.)
        let w = toks[tr.start].norm.as_str();
        let noun_before = tr.start > floor && {
            let b = &toks[tr.start - 1];
            b.kind == TokenKind::Word
                && !b.cap
                && !mentions.iter().any(|m| m.end == tr.start)
                && !self.words.is("auxiliary", &b.norm)
                && !self.words.is("preposition", &b.norm)
                && !self.words.is("determiner", &b.norm)
                && !self.words.is("negation", &b.norm)
                && !matches!(
                    b.norm.as_str(),
                    "and" | "or" | "but" | "then" | "also" | "who" | "which" | "that"
                )
                && !b.norm.ends_with("ly")
                && !b.norm.ends_with("ed")
                && !self.words.is("skippable", &b.norm)
                && !self.words.is("time_word", &b.norm)
                // ("a ceremony hosted by Trump": a gathering so described is hosted then and there.)
                && !(self.words.is("gathering_noun", &b.norm)
                    && self.words.is("gathering_host_verb", w))
        };
        // (A reduced relative has no object of its own: "seized by", "seized off Crimea", not "torched villages"
        // or "later released eight officers".)
        let no_object = toks.get(tr.start + 1).is_none_or(|n| {
            n.kind != TokenKind::Word
                || self.words.is("preposition", &n.norm) && !self.words.is("quantifier", &n.norm)
        });
        let past_participle =
            (w.ends_with("ed") || self.words.is("irregular_participle", w)) && no_object;
        let earlier_event = triggers.iter().any(|o| {
            o.end <= tr.start
                && o.start < tr.start
                && o.start >= floor
                && !self.lex.verb_patterns()[o.pattern].code.starts_with("01")
        });
        if past_participle && noun_before && earlier_event && !protest {
            return true;
        }
        // The relative pronoun: a few words back in the clause, with no comma between ("the soldiers who seized
        // power in Niger and detained the president").
        let Some(r) = (floor.max(1)..tr.start)
            .rev()
            .take(14)
            .take_while(|&j| toks[j].norm != ",")
            .find(|&j| matches!(toks[j].norm.as_str(), "who" | "which" | "that"))
        else {
            return false;
        };
        let before = &toks[r - 1];
        let after_noun = before.kind == TokenKind::Word
            && !self.words.is("reporting", &before.norm)
            && !self.words.is("preposition", &before.norm)
            && !self.words.is("auxiliary", &before.norm)
            && !before.norm.ends_with("ed");
        // ("told state radio that …", "said in a statement that …": a report's "that" opens what it says.)
        let reported = (r.saturating_sub(6)..r).any(|j| self.words.is("reporting", &toks[j].norm));
        let relative = match toks[r].norm.as_str() {
            "that" => {
                !reported && (mentions.iter().any(|m| m.end == r) || after_noun && !before.cap)
            }
            _ => true,
        };
        // (The main clause's own event, not a statement.)
        let main_event = triggers.iter().any(|o| {
            o.end <= r
                && o.start != tr.start
                && !self.lex.verb_patterns()[o.pattern].code.starts_with("01")
        });
        relative && after_noun && main_event
    }
}
