//! Who plays which role: the reporter of reported speech, a trigger's subject (source) and its object or
//! prepositional target.

use super::*;

impl Coder {
    /// `according to X` anywhere in the sentence.
    pub(super) fn according_to<'m>(
        &self,
        toks: &[Token],
        mentions: &'m [Mention],
    ) -> Option<&'m Mention> {
        (0..toks.len().saturating_sub(1))
            .find(|&i| toks[i].norm == "according" && Self::norm(toks, i + 1) == "to")
            .and_then(|i| {
                mentions
                    .iter()
                    .find(|m| m.start >= i + 2 && m.start <= i + 6)
            })
    }

    /// The speaker when the trigger sits in reported speech: `X said (that) … trigger` or `trigger …, X said`.
    pub(super) fn reporter<'m>(
        &self,
        toks: &[Token],
        mentions: &'m [Mention],
        start: usize,
        end: usize,
        floor: usize,
    ) -> Option<&'m Mention> {
        // Reporting verb before the trigger, whose complement holds it.
        if floor > 0 {
            let r = if Self::norm(toks, floor - 1) == "that" {
                floor - 2
            } else {
                floor - 1
            };
            if self.words.is("reporting", Self::norm(toks, r)) {
                // "It is believed that", "was reported": a report with no speaker.
                if r > 0 && self.words.is("be", Self::norm(toks, r - 1))
                    || r > 1
                        && self.words.is("be", Self::norm(toks, r - 2))
                        && Self::norm(toks, r - 1).ends_with("ly")
                {
                    return None;
                }
                // Speaker: nearest actor before the reporting verb (a statement from X, X's readout), or just after
                // it for an inverted "said X".
                // ("The bloc demanded the release of Conde and said it would …": after "and" the speaker is the
                // subject of the verb before, not its object.)
                if r > 0 && Self::norm(toks, r - 1) == "and" {
                    let cfloor = (0..r - 1)
                        .rev()
                        .find(|&j| matches!(toks[j].norm.as_str(), ";" | ":"))
                        .map_or(0, |j| j + 1);
                    if let Some(v) = (cfloor..r - 1).find(|&j| {
                        toks[j].kind == TokenKind::Word
                            && !toks[j].cap
                            && toks[j].norm.ends_with("ed")
                            && mentions.iter().any(|m| m.end == j)
                    }) {
                        return self.subject(toks, mentions, cfloor, v);
                    }
                }
                let before = mentions.iter().rev().find(|m| m.end <= r && m.end + 6 >= r);
                return before.or_else(|| mentions.iter().find(|m| m.start == r + 1));
            }
        }
        // "…, X said." after the trigger.
        for i in end..toks.len() {
            if self.words.is("reporting", &toks[i].norm) {
                let comma_before = toks[end..i].iter().any(|t| t.norm == ",");
                // ("rejected the appeal, saying Hong Kong's affairs …": a participle clause is the subject's own
                // further statement, and what follows it is its content, not a speaker.)
                if !comma_before || toks[i].norm.ends_with("ing") {
                    return None;
                }
                let m = mentions
                    .iter()
                    .rev()
                    .find(|m| m.end <= i && m.start > start)
                    .filter(|m| {
                        toks[m.end..i].iter().all(|t| {
                            t.kind == TokenKind::Word && !self.words.is("reporting", &t.norm)
                                || t.norm == "also"
                        })
                    })
                    .or_else(|| mentions.iter().find(|m| m.start == i + 1));
                return m;
            }
        }
        None
    }

    /// The subject: the nearest actor to the left in the clause that is not the object of a preposition.
    pub(super) fn subject<'m>(
        &self,
        toks: &[Token],
        mentions: &'m [Mention],
        floor: usize,
        start: usize,
    ) -> Option<&'m Mention> {
        // "Pakistan, a key U.S. ally in the war on terror, has refused": an appositive between two commas right
        // before the verb group describes the subject before it; its own actors are not the subject.
        let verb_group = |w: &str| {
            self.words.is("auxiliary", w)
                || self.words.is("negation", w)
                || self.words.is("skippable", w)
                || w.ends_with("ly")
        };
        // ", who chairs the East African Community, urged" / ", who spoke with Mubarak": a relative clause after
        // a comma belongs to the actor right before it, and so does the verb after the clause's closing comma.
        // (Only relatives of persons and things: ", where he held talks" has its own subject.)
        let relative_head = (floor >= 2
            && self.words.is("relative_of_actor", Self::norm(toks, floor))
            && Self::norm(toks, floor - 1) == ",")
            // ("the truck bombing in Mogadishu, which killed": a place where something happened is not what
            // the clause describes; "Huawei in Shanghai, which Washington has placed under sanctions": the
            // actor the place follows is.)
            .then(|| {
                let m = mentions.iter().find(|m| m.end == floor - 1)?;
                let at = self.phrase_start(toks, m.start, 0, 3);
                if at > 0 && self.words.is("locative", Self::norm(toks, at - 1)) {
                    mentions.iter().find(|x| x.end == at - 1)
                } else {
                    Some(m)
                }
            })
            .flatten()
            .map(|m| {
                let g = m.group;
                mentions.iter().find(|x| x.group == g).unwrap_or(m)
            });
        let mut c2 = start;
        while c2 > floor && verb_group(Self::norm(toks, c2 - 1)) {
            c2 -= 1;
        }
        // "Putin, who resigned in May, accused Georgia": right after a relative clause closed by a comma, the
        // subject is the actor the clause described.
        if c2 == floor && floor >= 2 && Self::norm(toks, floor - 1) == "," {
            let rel = (0..floor - 1)
                .rev()
                .take_while(|&j| toks[j].norm != ",")
                .last();
            if let Some(r) = rel.filter(|&r| {
                r >= 2
                    && self.words.is("relative_of_actor", Self::norm(toks, r))
                    && Self::norm(toks, r - 1) == ","
            }) {
                if let Some(head) = mentions.iter().find(|m| m.end == r - 1) {
                    let g = head.group;
                    return Some(mentions.iter().find(|x| x.group == g).unwrap_or(head));
                }
            }
        }
        if let Some(head) = relative_head {
            let closed = c2 > floor && Self::norm(toks, c2 - 1) == ",";
            let own_subject = mentions.iter().any(|m| {
                m.start > floor + 1 && m.end <= c2 && Self::norm(toks, m.start - 1) != "with"
            });
            if closed || c2 == floor + 1 || !own_subject {
                return Some(head);
            }
        }
        if c2 > floor && Self::norm(toks, c2 - 1) == "," {
            let c2 = c2 - 1;
            if let Some(c1) = (floor..c2).rev().find(|&i| toks[i].norm == ",") {
                if let Some(head) = mentions.iter().find(|m| m.end == c1 && m.start >= floor) {
                    return Some(head);
                }
            }
        }
        // "The U.S. senator who met Taiwan's president in Taipei was sanctioned by China", "The Taliban official
        // who met Pakistan's foreign minister praised Islamabad": a restrictive relative clause on an actor
        // ("who"/"that" and then its verb) keeps its objects; the actor it describes is the subject of its verb
        // and of the main verb after it.
        let restrictive = (floor + 1..start).rev().find_map(|r| {
            let w = Self::norm(toks, r);
            if !(self.words.is("relative_of_actor", w) || w == "that")
                || Self::norm(toks, r - 1) == ","
            {
                return None;
            }
            let head = mentions.iter().find(|m| m.end == r && m.start >= floor)?;
            // ("an air strike on a bus in northern Yemen that killed dozens", "a war in Bosnia that had
            // killed": a place where something happened is not what the relative clause describes.)
            let at = self.phrase_start(toks, head.start, floor, 3);
            if at > floor && self.words.is("locative", Self::norm(toks, at - 1)) {
                return None;
            }
            let mut v = r + 1;
            while v < start
                && (Self::norm(toks, v).ends_with("ly")
                    || self.words.is("skippable", Self::norm(toks, v)))
            {
                v += 1;
            }
            let verb_next = toks.get(v).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && !t.cap
                    && !self.words.is("determiner", &t.norm)
                    && !self.words.is("preposition", &t.norm)
            }) && !mentions.iter().any(|m| m.start == v);
            verb_next.then_some(head)
        });
        if let Some(head) = restrictive {
            let g = head.group;
            return Some(mentions.iter().find(|x| x.group == g).unwrap_or(head));
        }
        let in_clause: Vec<&Mention> = mentions
            .iter()
            .filter(|m| m.start >= floor && m.end <= start)
            .collect();
        let not_pp = |m: &&&Mention| {
            let prev = if m.start > 0 {
                Self::norm(toks, m.start - 1)
            } else {
                ""
            };
            let prev2 = if m.start > 1 {
                Self::norm(toks, m.start - 2)
            } else {
                ""
            };
            // A subordinator opening the clause ("since Russia invaded") is not a preposition here.
            let opener = m.start > 0 && m.start - 1 == floor && self.words.is("subordinator", prev);
            let pp = |w: &str| self.words.is("preposition", w);
            // "from the defeated Fatah Party": a preposition, an article and one plain word.
            let prev3 = if m.start > 2 {
                Self::norm(toks, m.start - 3)
            } else {
                ""
            };
            // (Not a time: "Earlier in the day Lula accused …".)
            let adjective_pp = pp(prev3)
                && self.words.is("determiner", prev2)
                && toks[m.start - 1].kind == TokenKind::Word
                && !toks[m.start - 1].cap
                && !self.words.is("auxiliary", prev)
                && !self.words.is("time_noun", prev);
            // ("Floods in western Kenya killed …": a plain adjective after the preposition.)
            let adjective_after_pp = pp(prev2)
                && m.start >= 2
                && toks[m.start - 1].kind == TokenKind::Word
                && !toks[m.start - 1].cap
                && self.words.is("direction_adjective", prev);
            // ("Police in Russia's Dagestan region": a possessed name after an actor that ends in a
            // prepositional phrase is inside that phrase.)
            let possessed_in_pp = prev == "'s"
                && mentions.iter().any(|p| {
                    p.end + 1 == m.start
                        && toks[p.start..p.end]
                            .iter()
                            .skip(1)
                            .any(|t| matches!(t.norm.as_str(), "in" | "of" | "from"))
                });
            // ("Nigerien protesters backing the junta attacked": the object of a participle right after
            // another actor is inside that actor's phrase.)
            let participle_object = m.start >= 2 && {
                let ing = if self.words.is("determiner", prev) {
                    m.start - 2
                } else {
                    m.start - 1
                };
                toks[ing].norm.ends_with("ing")
                    && !toks[ing].cap
                    && mentions.iter().any(|p| p.end == ing)
            };
            opener
                || !(possessed_in_pp
                    || participle_object
                    || pp(prev)
                    || self.words.is("determiner", prev) && pp(prev2)
                    || adjective_pp
                    || adjective_after_pp)
        };
        // The head of a compound subject is its first member; take the nearest non-PP mention, else one inside
        // an `of` phrase that opens the clause ("A convoy of Ukrainian troops was attacked").
        // ("The board of the IAEA voted": an article may come between.)
        let of_phrase = |m: &&&Mention| {
            let of = if m.start >= 3 && self.words.is("determiner", Self::norm(toks, m.start - 1)) {
                m.start - 2
            } else {
                m.start.saturating_sub(1)
            };
            // ("The expulsion of the ambassador by Moldova was condemned": an event noun with its own agent.)
            of >= 1
                && Self::norm(toks, of) == "of"
                && of - 1 <= floor + 2
                && !toks[m.end..start].iter().any(|t| t.norm == "by")
        };
        in_clause
            .iter()
            .rev()
            .find(not_pp)
            .or_else(|| in_clause.iter().find(of_phrase))
            .map(|m| {
                let g = m.group;
                mentions.iter().find(|x| x.group == g).unwrap_or(m)
            })
    }

    /// The target: the actor in the pattern's slot, or the first actor after the pattern that is its object or
    /// prepositional object, within the clause.
    pub(super) fn target<'m>(
        &self,
        toks: &[Token],
        mentions: &'m [Mention],
        p: &readout_lexicon::verbs::VerbPattern,
        tr: &Trigger,
        ceiling: usize,
    ) -> Option<&'m Mention> {
        let limit = ceiling.min(tr.end + TARGET_WINDOW);
        // Words the pattern wants after its target ("give _ fighter jets"): a mention made of them is the
        // object, not the target.
        let after: Vec<&str> = p
            .after_slot()
            .iter()
            .filter_map(|e| match e {
                Element::Word { alts, .. } => Some(alts.iter().map(String::as_str)),
                Element::Slot => None,
            })
            .flatten()
            .filter(|w| !self.words.is("preposition", w))
            .collect();
        // ("send a squadron of Challenger 2 battle tanks to Ukraine" for `send _ battle tanks`: the window runs on
        // from the pattern's last word after its slot.)
        let limit = (tr.end..ceiling.min(tr.end + TARGET_WINDOW + 4))
            .rev()
            .find(|&i| after.contains(&toks[i].norm.as_str()))
            .map_or(limit, |i| ceiling.min(limit.max(i + 1 + TARGET_WINDOW / 2)));
        // ("extradited drug lord Joaquin Guzman, known as El Chapo, to the United States": a handover's "to"
        // may stand past the window; the window runs to the actor after it.)
        let limit = if self.words.is("handover_verb", &toks[tr.start].norm) {
            // (Not past the clause's own verb, "… was conveyed to Yerevan", nor "according to"; across an
            // appositive between commas, ", known as El Chapo,".)
            let mut commas = 0;
            let mut appositive = true;
            (tr.end..toks.len().min(tr.end + 2 * TARGET_WINDOW))
                .take_while(|&i| !self.words.is("be", &toks[i].norm))
                .inspect(|&i| {
                    if toks[i].norm == "," {
                        commas += 1;
                        appositive &= commas % 2 == 0
                            || self.words.is("appositive_opener", Self::norm(toks, i + 1));
                    }
                })
                .find(|&i| {
                    toks[i].norm == "to" && !self.words.is("to_compound", Self::norm(toks, i - 1))
                })
                .filter(|&i| i < ceiling || commas % 2 == 0 && appositive)
                .map_or(limit, |i| limit.max(toks.len().min(i + 4)))
        } else {
            limit
        };
        let object_included = !p.elements.contains(&Element::Slot)
            && p.elements.len() >= 2
            && self.reacts(&p.code)
            && !self.words.is("preposition", &toks[tr.end - 1].norm);
        let candidates: Vec<&'m Mention> = mentions
            .iter()
            .filter(|m| {
                // "conducted its sixth nuclear test": a possessive determiner is no target; nor is a pronoun that
                // opens a clause of its own ("lifted the sanctions it had imposed").
                if self.determiner_pronoun(toks, m) {
                    return false;
                }
                if m.end == m.start + 1
                    && matches!(m.via, Via::Coreference { .. })
                    && self.words.is("auxiliary", Self::norm(toks, m.end))
                {
                    return false;
                }
                // "blockaded border crossings with the United States to protest government mandates": a protest
                // at a border is aimed at its own side, not at the state across it.
                if p.code.starts_with("14") && m.start >= 2 {
                    let at = self.phrase_start(toks, m.start, tr.end, 3);
                    if at >= 2
                        && Self::norm(toks, at - 1) == "with"
                        && self.words.is("border_noun", Self::norm(toks, at - 2))
                    {
                        return false;
                    }
                }
                // "refused to pull back its troops from the border with Ukraine": the forces moved are the
                // means.
                let possessed =
                    m.start > 0 && self.words.is("possessive_pronoun", &toks[m.start - 1].norm);
                let means = self.words.has_prefix_of("force_means_code", &p.code)
                    && m.actors.iter().all(|a| {
                        a.kind == EntityKind::Agent
                            && (a.country.is_none() || possessed || a.how == OWN_FORCES_HOW)
                            && self
                                .words
                                .is("force_sector", a.sector.as_deref().unwrap_or(""))
                    });
                if means {
                    return false;
                }
                // (Nor forces given or sent, named by a bare role noun that took its state from elsewhere: "send a
                // squadron of battle tanks to Ukraine" for `send _ battle tanks`.)
                let stateless = m
                    .actors
                    .iter()
                    .all(|a| a.country.is_none() || a.how == OWN_FORCES_HOW)
                    || !p.recipient
                        && (p.code.starts_with("07") || p.code.starts_with("033"))
                        && toks[m.start..m.end].iter().all(|t| !t.cap)
                        && m.actors.iter().all(|a| {
                            self.words
                                .is("force_sector", a.sector.as_deref().unwrap_or(""))
                        });
                if stateless
                    && !after.is_empty()
                    && toks[m.start..m.end]
                        .iter()
                        .any(|t| after.contains(&t.norm.as_str()))
                {
                    return false;
                }
                // "fought with tanks and mortars": weapons no state is named for are the means.
                if m.actors.iter().all(|a| a.country.is_none())
                    && m.start > 0
                    && toks[m.start - 1].norm == "with"
                    && toks[m.start..m.end]
                        .iter()
                        .any(|t| self.words.is("weapon_noun", &t.norm))
                {
                    return false;
                }
                // "held talks in Budapest": a place where something happens is not its target.
                // (A preposition that belongs to the pattern, as in "seek refuge in _", is the slot's own; "in East
                // Jerusalem" looks past the capitalised word.)
                // "in the Saudi city of Jeddah" looks past the article and the capitalised word too.
                let at = self.phrase_start(toks, m.start, tr.end + 1, 3);
                let mut locative = at > 0
                    && at != tr.end
                    && self.words.is("locative", Self::norm(toks, at - 1))
                    && !(at >= 2
                        && Self::norm(toks, at - 1) == "in"
                        && self.words.is("in_object_noun", Self::norm(toks, at - 2)));
                // "in the Ukrainian town of Bucha": a place named after "of" in a locative phrase is still the place.
                if !locative && at > tr.end + 1 && Self::norm(toks, at - 1) == "of" {
                    let from = at.saturating_sub(6).max(tr.end);
                    locative = (from..at - 1).rev().any(|j| {
                        self.words.is("locative", &toks[j].norm) && j != tr.end.saturating_sub(1)
                    }) && toks[from..at - 1].iter().all(|t| t.kind == TokenKind::Word);
                }
                // ", witnesses said": the speaker of a report is never the target.
                let speaker = self.words.is("reporting", Self::norm(toks, m.end));
                // "fought for control of Khartoum": what is fought over is not the target.
                let contested = at >= 2
                    && Self::norm(toks, at - 1) == "of"
                    && self.words.is("contention_noun", Self::norm(toks, at - 2));
                // "began sharing real-time data on North Korean missile launches": what shared work is about is
                // its topic; the partners are elsewhere (or each other).
                let topic = (p.code.starts_with("06") || p.code.starts_with("031"))
                    && at > tr.end
                    && self.words.is("topic_preposition", Self::norm(toks, at - 1))
                    && !matches!(Self::norm(toks, at - 1), "for" | "of")
                    && !p.elements.contains(&Element::Slot);
                !locative
                    && !speaker
                    && !contested
                    && !topic
                    && m.start >= tr.end
                    && m.start < limit
                    && !toks[tr.end..m.start].iter().any(|t| {
                        matches!(t.norm.as_str(), ";" | ":" | "—" | "–")
                            || self.words.is("reporting", &t.norm)
                    })
                    // ("signed the accord at a ceremony hosted by Trump", "agreed to normalise relations in a deal
                    // brokered by the United States": whoever hosts or brokers is no party to it.)
                    && !(at >= tr.end + 2
                        && Self::norm(toks, at - 1) == "by"
                        && at - 2 >= tr.end
                        && self.words.is("gathering_host_verb", Self::norm(toks, at - 2))
                        && (at - 3 >= tr.end
                            && self.words.is("gathering_noun", Self::norm(toks, at - 3))
                            // (Or any adjunct so described, "in a deal brokered by"; not "a ceremony attended
                            // by Duterte", whose guest may be the one acted on.)
                            || (tr.end..at - 2)
                                .rev()
                                .take(4)
                                .any(|j| self.words.is("adjunct_preposition", &toks[j].norm))))
                    // ("held indirect talks in Oman, with Omani Foreign Minister Badr Albusaidi carrying messages":
                    // the actor of an absolute "with" clause acts in it.)
                    && !(m.start >= 2
                        && Self::norm(toks, m.start - 1) == "with"
                        && Self::norm(toks, m.start - 2) == ","
                        && toks[m.end..toks.len().min(m.end + 2)]
                            .iter()
                            .any(|t| t.norm.ends_with("ing")))
                    // ("condemned the coup and urged the generals to restore civilian rule", "condemned the coup,
                    // and France said": a pattern that holds its own object takes a target only through a
                    // preposition, not from the clause coordinated after it.)
                    && !(object_included
                        && (tr.end..m.start).any(|j| {
                            toks[j].norm == ","
                                || matches!(toks[j].norm.as_str(), "and" | "but")
                                && (toks.get(j + 1).is_some_and(|t| {
                                    t.kind == TokenKind::Word
                                        && !t.cap
                                        && !self.words.is("determiner", &t.norm)
                                }) || Self::norm(toks, j.saturating_sub(1)) == ",")
                        }))
                    // ("condemned the incursion as a violation of Iraqi sovereignty": what follows "as a" says
                    // what the object is.)
                    && !(tr.end..m.start).any(|j| {
                        toks[j].norm == "as" && matches!(Self::norm(toks, j + 1), "a" | "an")
                    })
                    // ("released 39 Palestinian prisoners and Hamas released 24 hostages": the subject of a clause
                    // joined by "and" is no target.)
                    && !(m.start > 0
                        && Self::norm(toks, m.start - 1) == "and"
                        && toks.get(m.end).is_some_and(|t| {
                            t.kind == TokenKind::Word && !t.cap && t.norm.ends_with("ed")
                        }))
                    // ("declared martial law and expelled two U.S. diplomats": past a second verb joined by "and",
                    // its direct object is that verb's; "… and surrendered to Nigerian troops" may be shared.)
                    && !(tr.end..m.start).any(|j| {
                        toks[j].norm == "and"
                            && toks.get(j + 1).is_some_and(|t| {
                                t.kind == TokenKind::Word
                                    && !t.cap
                                    && t.norm.ends_with("ed")
                                    && !t.norm.contains('-')
                            })
                            && !toks[(j + 2).min(m.start)..m.start]
                                .iter()
                                .any(|t| self.words.is("preposition", &t.norm))
                    })
            })
            .collect();
        // The slot's own preposition, when the trigger stopped short of it ("passed intelligence on Boko Haram
        // hideouts to Cameroonian forces" for `pass intelligence to _`): the actor it introduces is the target.
        // ("extradited 14 paramilitary leaders to the United States", "handed over a suspected militant to
        // German authorities": who receives what is handed over is the target, not the people handed over, even
        // where the verb's particle stands before the slot.)
        let slot_prep = self
            .words
            .is("handover_verb", &toks[tr.start].norm)
            .then(|| vec!["to".to_string()])
            .or_else(|| {
                p.elements
                    .iter()
                    .position(|e| *e == Element::Slot)
                    .and_then(|i| i.checked_sub(1))
                    .and_then(|i| match &p.elements[i] {
                        Element::Word { alts, .. } => Some(alts),
                        Element::Slot => None,
                    })
                    .filter(|alts| alts.iter().all(|a| self.words.is("preposition", a)))
                    .cloned()
            });
        let consumed = slot_prep
            .as_ref()
            .is_some_and(|alts| alts.contains(&toks[tr.end - 1].norm));
        let introduced = |m: &Mention| {
            let at = self.phrase_start(toks, m.start, tr.end, 3);
            slot_prep
                .as_ref()
                .is_some_and(|alts| at > 0 && alts.contains(&toks[at - 1].norm))
        };
        let chosen = match slot_prep {
            Some(_) if !consumed => candidates
                .iter()
                .find(|m| introduced(m))
                .or(candidates.first())
                .copied(),
            _ => candidates.first().copied(),
        }?;
        // "threatened to seek U.N. Security Council sanctions against the Islamic Republic": an actor that only
        // says whose measure it is gives way to the one the measure is against.
        // (Only for an act that wields the measure: "called for an end to U.S. sanctions on Iran" is aimed at
        // their owner.)
        let wields = self.words.has_prefix_of("measure_wielding_code", &p.code);
        if wields && self.words.is("measure_noun", Self::norm(toks, chosen.end)) {
            let against = candidates.iter().find(|m| {
                let at = self.phrase_start(toks, m.start, chosen.end, 3);
                m.start > chosen.end
                    && at <= chosen.end + 2
                    && at > chosen.end + 1
                    && matches!(Self::norm(toks, at - 1), "against" | "on")
            });
            if let Some(m) = against {
                return Some(m);
            }
        }
        // "lodged a formal complaint with the U.N. Security Council over Ethiopia's plans": a complaint's forum
        // gives way to whom it is about.
        let forum = (p.code.starts_with("114") || p.code.starts_with("115"))
            && chosen.actors[0].kind == EntityKind::Igo
            && {
                let at = self.phrase_start(toks, chosen.start, tr.end, 3);
                at > 0 && matches!(Self::norm(toks, at - 1), "with" | "to" | "at" | "before")
            };
        if forum {
            let about = candidates.iter().find(|m| {
                let at = self.phrase_start(toks, m.start, chosen.end, 3);
                m.start > chosen.end
                    && at > chosen.end
                    // ("… Security Council on Friday over Ethiopia's plans": a time may stand between.)
                    && toks[chosen.end..at - 1].iter().all(|t| {
                        self.words.is("time_word", &t.norm) || t.norm == "on" || t.cap
                    })
                    && matches!(Self::norm(toks, at - 1), "over" | "against" | "about")
            });
            if let Some(m) = about {
                return Some(m);
            }
        }
        // "the killing of protesters by police": who did the deed is the one the reaction is aimed at.
        let of_before = chosen.start >= 2 && {
            let at = self.phrase_start(toks, chosen.start, tr.end, 3);
            at > 0 && Self::norm(toks, at - 1) == "of"
        };
        if of_before && Self::norm(toks, chosen.end) == "by" {
            if let Some(agent) = mentions.iter().find(|m| {
                m.start > chosen.end
                    && m.start <= chosen.end + 3
                    && m.start < limit.max(chosen.end + 4)
            }) {
                return Some(agent);
            }
        }
        Some(chosen)
    }

    /// A possessive pronoun standing before a noun ("its sixth test"): it determines the noun, and is not an
    /// actor acted on.
    pub(super) fn determiner_pronoun(&self, toks: &[Token], m: &Mention) -> bool {
        m.end == m.start + 1
            && self.words.is("possessive_pronoun", &toks[m.start].norm)
            && toks.get(m.end).is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// Where the noun phrase ending in the actor at `start` begins: back over capitalised words and
    /// determiners ("in *the Saudi* city", "in *East* Jerusalem"), at most `max_steps` of them, never before
    /// `floor`. The word before it is the phrase's preposition, if any.
    pub(super) fn phrase_start(
        &self,
        toks: &[Token],
        start: usize,
        floor: usize,
        max_steps: usize,
    ) -> usize {
        let mut at = start;
        let mut steps = 0;
        while at > floor
            && steps < max_steps
            && (toks[at - 1].cap && toks[at - 1].kind == TokenKind::Word
                || self.words.is("determiner", &toks[at - 1].norm)
                || self.words.is("direction_adjective", &toks[at - 1].norm)
                // ("in rebel-held Idlib", "the Russian-occupied city of Kherson")
                || ["-held", "-controlled", "-occupied"]
                    .iter()
                    .any(|e| toks[at - 1].norm.ends_with(e)))
        {
            at -= 1;
            steps += 1;
        }
        at
    }
}
