//! Clause boundaries and verb/event-noun triggers: where each clause starts, and which lexicon patterns match
//! where (with the verb group's auxiliaries, negation and voice).

use super::*;

impl Coder {
    /// Token indexes where clauses start: after `;`, `:`, dashes, brackets, reporting verbs (+ `that`), before
    /// subordinators and relative pronouns.
    pub(super) fn clause_starts(
        &self,
        toks: &[Token],
        mentions: &[Mention],
        triggers: &[Trigger],
    ) -> Vec<usize> {
        let mut starts = vec![0];
        for (i, t) in toks.iter().enumerate() {
            // Words inside an actor's name ("the United States") are not clause cues.
            if mentions.iter().any(|m| m.start <= i && i < m.end) {
                continue;
            }
            // "declared martial law", "announced sanctions": a reporting verb that heads an event pattern of its
            // own reports nothing.
            let heads_event = triggers.iter().any(|tr| {
                tr.start == i
                    && tr.end > i + 1
                    && !self.lex.verb_patterns()[tr.pattern].code.starts_with("01")
            });
            if heads_event {
                continue;
            }
            let w = t.norm.as_str();
            // Brackets hold an appositive ("Hizbollah (Party of God) group declared"), not a clause of their own.
            let punct_break = matches!(w, ";" | ":" | "—" | "–" | "--");
            if punct_break {
                starts.push(i + 1);
            } else if self.words.is("reporting", w)
                // ("Venezuela is said to have expelled": a raising verb, not a report; the subject is the
                // infinitive's.)
                && !(i > 0
                    && self.words.is("be", Self::norm(toks, i - 1))
                    && Self::norm(toks, i + 1) == "to")
            {
                let next = if Self::norm(toks, i + 1) == "that" {
                    i + 2
                } else {
                    i + 1
                };
                starts.push(next);
            } else if (self.words.is("subordinator", w)
                // ("once again" is an adverb, not "once the deal is signed")
                && !(w == "once" && matches!(Self::norm(toks, i + 1), "again" | "more"))
                // ("condemned the incursion as a violation of …": "as a" is a preposition's phrase.)
                && !(w == "as" && matches!(Self::norm(toks, i + 1), "a" | "an"))
                || self.words.is("relative", w) && i > 0 && Self::norm(toks, i - 1) == ",")
                && i > 0
            {
                starts.push(i);
                // ", who resigned in May, accused …": a relative clause of an actor ends at its closing comma;
                // what follows is the main clause again, with its own times and objects.
                if self.words.is("relative_of_actor", w) && Self::norm(toks, i - 1) == "," {
                    if let Some(close) = (i + 1..toks.len()).find(|&j| toks[j].norm == ",") {
                        let main_verb_after = toks.get(close + 1).is_some_and(|t| {
                            t.kind == TokenKind::Word
                                && !t.cap
                                && !self.words.is("determiner", &t.norm)
                        });
                        if main_verb_after {
                            starts.push(close + 1);
                        }
                    }
                }
            }
        }
        // "Hours after Blinken met Netanyahu, Israeli jets attacked Rafah", "As Armenian forces withdrew, …": a
        // subordinate clause opening the sentence ends at its comma; the main clause follows.
        let opener = (0..toks.len().min(4)).find(|&i| {
            self.words.is("subordinator", &toks[i].norm)
                && toks[..i].iter().all(|t| {
                    t.kind == TokenKind::Word && !self.words.is("determiner", &t.norm)
                        || t.kind == TokenKind::Number
                })
        });
        if let Some(o) = opener {
            if let Some(comma) = (o + 1..toks.len()).find(|&j| toks[j].norm == ",") {
                starts.push(comma + 1);
            }
        }
        starts.sort_unstable();
        starts.dedup();
        starts
    }

    pub(super) fn verb_triggers(
        &self,
        toks: &[Token],
        text: &str,
        mentions: &[Mention],
        blocked: &[bool],
        is_time: &[bool],
    ) -> Vec<Trigger> {
        let pats = self.lex.verb_patterns();
        // Patterns are matched over the sentence without its time expressions and loose adverbs, so "agreed on
        // Thursday to revive" is "agree to revive"; hits are mapped back to the full token positions.
        let before_time = |i: usize| {
            is_time.get(i + 1).copied().unwrap_or(false)
                && !is_time[i]
                && matches!(
                    toks[i].norm.as_str(),
                    "on" | "in"
                        | "at"
                        | "during"
                        | "since"
                        | "until"
                        | "by"
                        | "from"
                        | "earlier"
                        | "late"
                        | "early"
                )
        };
        // Also skipped: quotation marks (`called on Arabs to ``mobilize''`) and counted modifiers ("a four-day
        // strike", "a 30-day ceasefire").
        let counted = |w: &str| {
            w.split_once('-').is_some_and(|(n, _)| {
                n.bytes().all(|b| b.is_ascii_digit()) || self.words.is("number_word", n)
            })
        };
        // And numbers before a noun ("massed more than 100,000 troops", "deployed 400 police officers"), so
        // that `mass troops` still matches. ("Hundreds of" stays: patterns such as `kill hundreds of` use it.)
        // ("up" and "at" only in "up to" and "at least": "called up 300,000 reservists" keeps its particle.)
        let quantifier = |k: usize| {
            let w = toks[k].norm.as_str();
            self.words.is("quantifier", w)
                && match w {
                    "up" => Self::norm(toks, k + 1) == "to",
                    "at" => Self::norm(toks, k + 1) == "least",
                    "to" => k > 0 && toks[k - 1].norm == "up",
                    "least" => k > 0 && toks[k - 1].norm == "at",
                    _ => true,
                }
        };
        // Where the words that lead into a count or sum at `i` begin: "more than", "at least", "up to", "nearly",
        // then its article and filler ("an additional 4,000 troops", "another 500 police").
        let lead_in = |i: usize| {
            let mut j = i;
            while j > 0 && quantifier(j - 1) && i - j < 2 {
                j -= 1;
            }
            while j > 0
                && i - j < 3
                && (readout_lexicon::verbs::is_filler(&toks[j - 1].norm)
                    || self.words.is("count_article", &toks[j - 1].norm))
            {
                j -= 1;
            }
            j
        };
        let mut quantity = vec![false; toks.len()];
        for i in 0..toks.len() {
            let is_num = |k: usize| {
                toks.get(k).is_some_and(|t| {
                    t.kind == TokenKind::Number || self.words.is("number_word", &t.norm)
                })
            };
            let next_is_word = |k: usize| toks.get(k).is_some_and(|t| t.kind == TokenKind::Word);
            if is_num(i) && next_is_word(i + 1) {
                quantity[i] = true;
                quantity[lead_in(i)..i].iter_mut().for_each(|q| *q = true);
            }
            // "pledged nearly $1.85 billion in new military aid to": a sum of money is left out too, with the
            // "in"/"of"/"worth of" that hands it to the thing bought, so `pledge military aid to _` matches.
            let currency = |k: usize| self.words.is("currency_symbol", &toks[k].norm);
            let money_start = currency(i) || is_num(i);
            if money_start && (i == 0 || !quantity[i - 1]) {
                let mut j = i;
                let mut money = currency(i);
                while j < toks.len()
                    && (currency(j) || is_num(j) || self.words.is("money_word", &toks[j].norm))
                {
                    money |= self.words.is("money_word", &toks[j].norm);
                    j += 1;
                }
                if money && j > i + 1 {
                    if matches!(Self::norm(toks, j), "in" | "of") && next_is_word(j + 1) {
                        j += 1;
                    } else if Self::norm(toks, j) == "worth" && Self::norm(toks, j + 1) == "of" {
                        j += 2;
                    }
                    if next_is_word(j) {
                        // ("approved an additional $1.49 billion in financing for")
                        quantity[lead_in(i)..j].iter_mut().for_each(|q| *q = true);
                    }
                }
            }
            // "sent thousands of troops": a count of forces, not of victims ("killed hundreds of civilians" keeps
            // its words, which patterns of mass killing use).
            if self.words.is("quantity_noun", &toks[i].norm)
                && toks.get(i + 1).is_some_and(|t| t.norm == "of")
                && mentions.iter().any(|m| {
                    m.start == i + 2
                        && m.actors.iter().any(|a| {
                            self.words
                                .is("force_sector", a.sector.as_deref().unwrap_or(""))
                        })
                })
            {
                quantity[i] = true;
                quantity[i + 1] = true;
            }
        }
        // And a place where the action happens between a verb and its complement ("marched in Nairobi against",
        // "rallied in Minsk demanding"): "in"/"at" and capitalised words, when a preposition or participle follows.
        let mut place = vec![false; toks.len()];
        for i in 0..toks.len() {
            if !matches!(toks[i].norm.as_str(), "in" | "at" | "through" | "across") {
                continue;
            }
            // "arrived in Egypt on Monday": after a verb of arrival the place is where it goes.
            if i > 0 && self.words.is("destination_verb", &toks[i - 1].norm) {
                continue;
            }
            let mut j = i + 1;
            while j < toks.len() && toks[j].cap && toks[j].kind == TokenKind::Word {
                j += 1;
            }
            // ("rallied in Caracas on Saturday.": a time after the place is looked past.)
            let mut j2 = j;
            while j2 < toks.len() && (is_time[j2] || before_time(j2)) {
                j2 += 1;
            }
            let next = toks.get(j2).map_or("", |t| t.norm.as_str());
            // "lashed out at Hungary on Friday": a state after "at" is whom something is aimed at, not where.
            let state_at = toks[i].norm == "at"
                && mentions.iter().any(|m| {
                    m.start == i + 1
                        && m.actors.iter().all(|a| {
                            a.kind == EntityKind::Country
                                && (a.how == "country"
                                    || a.how.starts_with("capital")
                                    || a.how.starts_with("a capital"))
                        })
                });
            if j > i + 1
                && !state_at
                && (self.words.is("preposition", next) && next != "of" || next.ends_with("ing"))
            {
                place[i..j].iter_mut().for_each(|p| *p = true);
            }
        }
        // Capitalised words inside actors' names, which a pattern's own words never are.
        // (A role noun closing a country's actor is no name: "expelled the Indian Ambassador" is `expel _
        // ambassador`.)
        let mut name_word = vec![false; toks.len()];
        for m in mentions {
            let role = m.actors.iter().all(|a| a.how.starts_with("country + role"));
            for i in m.start..m.end {
                name_word[i] = toks[i].cap && !(role && i + 1 == m.end && i > m.start);
            }
        }
        // "fired missiles and drones at", "sent medical teams and relief supplies to": a second plural object
        // joined by "and" before the slot's preposition is left out, so the pattern reads the first.
        let mut joined = vec![false; toks.len()];
        for i in 1..toks.len() {
            if toks[i].norm != "and" || toks[i - 1].cap || toks[i - 1].kind != TokenKind::Word {
                continue;
            }
            let mut j = i + 1;
            while j < toks.len()
                && j <= i + 3
                && toks[j].kind == TokenKind::Word
                && !toks[j].cap
                && !self.words.is("preposition", &toks[j].norm)
                && !self.words.is("determiner", &toks[j].norm)
            {
                j += 1;
            }
            // ("burned cars and threw stones at police": a verb after "and" starts a second act, not an object.)
            let verb_next = toks.get(i + 1).is_some_and(|t| {
                t.norm.ends_with("ed")
                    || self.words.is("irregular_past", &t.norm)
                    || self.words.is("irregular_participle", &t.norm)
            });
            let plural = j > i + 1
                && !verb_next
                && toks[j - 1].norm.ends_with('s')
                && toks[i - 1].norm.ends_with('s');
            if plural
                && matches!(
                    Self::norm(toks, j),
                    "at" | "on" | "to" | "into" | "against" | "from"
                )
            {
                joined[i..j].iter_mut().for_each(|x| *x = true);
            }
        }
        let view: Vec<usize> = (0..toks.len())
            .filter(|&i| {
                !joined[i]
                    && !is_time[i]
                    && !before_time(i)
                    && !place[i]
                    && !self.words.is("skippable", &toks[i].norm)
                    && !(i > 0
                        && readout_lexicon::verbs::is_filler(&toks[i].norm)
                        && toks
                            .get(i + 1)
                            .is_some_and(|t| t.kind == TokenKind::Word && t.norm != "than"))
                    && toks[i].kind != TokenKind::Quote
                    && !counted(&toks[i].norm)
                    && !quantity[i]
            })
            .collect();
        let viewed: Vec<Token> = view
            .iter()
            .enumerate()
            .map(|(k, &i)| {
                let mut t = toks[i].clone();
                let folded = readout_lexicon::verbs::fold_possessive(&t.norm);
                if folded != t.norm {
                    t.norm = folded.to_string();
                }
                // "refused Hungary's request", "declined an invitation": a refusal of a noun phrase is a
                // rejection of it, matched as such.
                let object_next = view.get(k + 1).is_some_and(|&n| {
                    toks[n].cap && toks[n].kind == TokenKind::Word
                        || self.words.is("determiner", &toks[n].norm)
                });
                if object_next && self.words.is("refusal_of_object", &t.norm) {
                    t.norm = rejection_form(&t.norm).to_string();
                }
                t
            })
            .collect();
        let hits: Vec<_> = self
            .lex
            .verb_index()
            .find(&viewed, text)
            .into_iter()
            .map(|h| (view[h.start], view[h.end - 1] + 1, *h.value))
            .collect();
        // "Sanctions were imposed on North Korea by Japan", "The curfew was lifted by the president": a passive
        // whose subject is the pattern's own object is matched with the object put back after the verb; the
        // trigger spans from the object to the end of the pattern.
        let mut fronted: Vec<Trigger> = Vec::new();
        for i in 0..toks.len().saturating_sub(2) {
            let Some((b, v)) = self.fronted_object_passive(toks, i) else {
                continue;
            };
            // The verb, then the subject's words, then what follows the verb; `at` maps each back.
            let mut at: Vec<usize> = vec![v];
            at.extend(i..b);
            at.extend(v + 1..toks.len().min(v + 8));
            let mini: Vec<Token> = at.iter().map(|&k| toks[k].clone()).collect();
            for h in self.lex.verb_index().find(&mini, text) {
                let pat = &pats[h.value.pattern as usize];
                let inside = mentions.iter().any(|m| m.start <= i && i < m.end);
                // (A pattern with words after its slot needs the active order.)
                if h.start == 0
                    && h.end >= 2
                    && pat.kind == PatternKind::Verb
                    && pat.after_slot().is_empty()
                    // (Every word of the fronted object is the pattern's, unless its slot takes the rest: "a
                    // convoy of Ukrainian troops was attacked" is no `attack [the] convoy of`.)
                    && (pat.elements.contains(&Element::Slot) || h.end > b - i)
                    // (A reaction to an event noun with words of its own, "Israel's attack on Jenin was
                    // condemned", is left to the event noun's own participants.)
                    && (b == i + 1 || !self.reacts(&pat.code))
                    && !blocked.get(i).is_some_and(|b| *b)
                    && !inside
                {
                    let end = at[..h.end]
                        .iter()
                        .max()
                        .map_or(v + 1, |&k| k + 1)
                        .max(v + 1);
                    fronted.push(Trigger {
                        start: i,
                        end,
                        pattern: h.value.pattern as usize,
                    });
                }
            }
        }
        let mut cands: Vec<Trigger> = Vec::new();
        let mut windows: [Vec<Option<Vec<u32>>>; 2] =
            [vec![None; toks.len() + 1], vec![None; toks.len() + 1]];
        for (start, end, value) in hits {
            let h = Trigger {
                start,
                end,
                pattern: value.pattern as usize,
            };
            if blocked[h.start..h.end].iter().any(|b| *b) {
                continue;
            }
            if mentions
                .iter()
                .any(|m| m.start <= h.start && h.start < m.end)
            {
                continue;
            }
            // ("The Kuwait Fund for Arab Economic Development expressed …": a capitalised word after another one
            // inside the sentence is part of a name the lexicon does not know, not a verb.)
            if pats[h.pattern].kind == PatternKind::Verb
                && h.start > 0
                && toks[h.start].cap
                && toks[h.start - 1].cap
                && toks[h.start - 1].kind == TokenKind::Word
            {
                continue;
            }
            // Words required after the slot (`blame _ for`) must follow within the window. (Checked first: most
            // hits are patterns sharing a head whose later words are absent.)
            if self.gates.has_after(h.pattern) {
                // (Capitalised words of an actor's name are not the pattern's: "expel _ community" is not
                // "expelled the East African Community's force".)
                // (Not past a "that": "told Zelensky that Beijing would send an envoy to Kyiv" is no `tell _ to`.)
                let names_that = self.gates.names_that[h.pattern];
                // (Many patterns share a head, `urge _ to …`: the window after a head is built once per place.)
                let window = windows[usize::from(names_that)][h.end].get_or_insert_with(|| {
                    self.after_slot_window(toks, h.end, names_that, &name_word)
                });
                if !self.gates.after_met(h.pattern, window) {
                    continue;
                }
            }
            let p = &pats[h.pattern];
            let prev = if h.start > 0 {
                Self::norm(toks, h.start - 1)
            } else {
                ""
            };
            let prev_is_det = self.words.is("determiner", prev) && prev != "that" || prev == "'s";
            // "Protesting Canadian truck drivers blocked …", "the striking doctors": a participle that opens a
            // noun phrase describes the actor after it.
            if p.kind == PatternKind::Verb
                && h.end == h.start + 1
                && toks[h.start].norm.ends_with("ing")
                && (h.start == 0 || prev_is_det)
                // (the actor is the clause's subject, a verb follows it: not "Accusing Moscow of …, Lithuania")
                && mentions.iter().any(|m| {
                    m.start == h.end
                        && toks.get(m.end).is_some_and(|t| {
                            t.kind == TokenKind::Word
                                && !t.cap
                                && !self.words.is("preposition", &t.norm)
                        })
                })
            {
                continue;
            }
            match p.kind {
                // "the attack" is a noun, not the verb.
                PatternKind::Verb if prev_is_det => continue,
                // "he talks" is a verb, not the noun.
                PatternKind::Noun
                    if self.words.is("pronoun_person", prev)
                        || self.words.is("pronoun_plural", prev)
                        || mentions.iter().any(|m| m.end == h.start) && !prev_is_det =>
                {
                    continue
                }
                _ => {}
            }
            // "Libya's internationally recognised government", "the newly elected parliament": a participle after
            // an adverb that follows a determiner is an adjective.
            if p.kind == PatternKind::Verb
                && h.start >= 2
                && toks[h.start].norm.ends_with("ed")
                && toks[h.start - 1].norm.ends_with("ly")
                && {
                    let w = Self::norm(toks, h.start - 2);
                    w == "'s" || self.words.is("determiner", w)
                }
            {
                continue;
            }
            // "a law banning the portrayal": a participle after a noun phrase describes it; the law does not act.
            // (A statement "demanding that …" does speak, so only material actions are dropped.)
            if p.kind == PatternKind::Verb
                && self.gates.material[h.pattern]
                && toks[h.start].norm.ends_with("ing")
                && h.start >= 2
                && toks[h.start - 1].kind == TokenKind::Word
                && !toks[h.start - 1].cap
                && self.words.is("determiner", Self::norm(toks, h.start - 2))
                && !mentions.iter().any(|m| m.end == h.start)
            {
                continue;
            }
            // "attack drones", "a carrier strike group": an event noun before one of these nouns names a kind of
            // thing, not an event.
            if h.end - h.start == 1 && self.words.is("modified_head", Self::norm(toks, h.end)) {
                continue;
            }
            // "possible Islamic State attacks", "a potential strike": an event only imagined did not happen.
            // "warplanes struck Houthi targets": right after another verb and its object, a word like "targets" is
            // the object's noun, not a second verb.
            // (A participle there is a real action: "disperse demonstrators protesting election results".)
            let head = toks[h.start].norm.as_str();
            if p.kind == PatternKind::Verb
                && head.ends_with('s')
                && !head.ends_with("ss")
                && mentions
                    .iter()
                    .any(|m| m.end == h.start && cands.iter().any(|c| c.end == m.start))
            {
                continue;
            }
            // "drone strikes", "the talks": a verb's -s form after a determiner or a plain lower-case word that is
            // no subject is a plural noun. (A subject, a pronoun, an adverb or "who" before it keeps it a verb.)
            if p.kind == PatternKind::Verb
                && head.ends_with('s')
                && !head.ends_with("ss")
                && h.start > 0
            {
                let prev_tok = &toks[h.start - 1];
                let w = prev_tok.norm.as_str();
                let subject_before = mentions.iter().any(|m| m.end == h.start);
                let verb_friendly = self.words.is("pronoun_person", w)
                    || self.words.is("pronoun_thing", w)
                    || self.words.is("pronoun_plural", w)
                    || self.words.is("relative", w)
                    || self.words.is("skippable", w)
                    || w.ends_with("ly")
                    || matches!(w, "," | "and" | "also" | "now" | "that");
                let noun_before = self.words.is("determiner", w)
                    || prev_tok.kind == TokenKind::Word && !prev_tok.cap && !verb_friendly;
                if noun_before && !subject_before {
                    continue;
                }
            }
            // A noun pattern is read only from its noun forms: "according to" is no "accord".
            if p.kind == PatternKind::Noun {
                // (Nouns inflect only for number, so a head in -ing or -ed that is not the noun itself is a verb.)
                if let Some(Element::Word { alts, .. }) = p.elements.first() {
                    let verbal = (head.ends_with("ing") || head.ends_with("ed"))
                        && !alts.iter().any(|a| a == head);
                    if verbal {
                        continue;
                    }
                }
            }
            let imagined = toks[h.start.saturating_sub(4)..h.start]
                .iter()
                .any(|t| self.words.is("hypothetical_modifier", &t.norm));
            // "amid fears of further attacks", "little hope of a swift thaw": an event noun that is only feared or
            // hoped for.
            // (A verb cannot follow "of": "attacks" there is the noun, whatever pattern matched it. And "amid
            // fears of" is the setting, no one's comment.)
            let feared = (h.start.saturating_sub(4)..h.start).any(|j| {
                toks[j].norm == "of"
                    && j > 0
                    && self.words.is("hypothetical_head", &toks[j - 1].norm)
            }) || (h.start > 0
                && toks[h.start - 1].norm == "amid"
                && self.words.is("hypothetical_head", &toks[h.start].norm));
            if imagined || feared {
                continue;
            }
            // A verb in its base form needs something that licenses a verb before it ("to", a modal, a subject);
            // otherwise it is a noun or adjective spelt the same ("energy, finance and manufacturing").
            // Right after a preposition a word is a noun ("into alleged war crimes", "with sanctions").
            // (But "responded by expelling two diplomats": a gerund after "by" is the means, the subject's own
            // act; not after a passive, "were killed by shelling".)
            let means = prev == "by"
                && toks[h.start].norm.ends_with("ing")
                && h.start >= 2
                && !self.is_passive(toks, h.start.saturating_sub(4), h.start - 2);
            if p.kind == PatternKind::Verb
                && prev != "to"
                && self.words.is("preposition", prev)
                && !means
            {
                continue;
            }
            if p.kind == PatternKind::Verb {
                let head = toks[h.start].norm.as_str();
                let bare = matches!(p.elements.first(), Some(Element::Word { alts, .. }) if alts.iter().any(|a| a == head));
                // (A lone lower-case modifier such as "multinational" or "police" before the word makes it a
                // noun: "a multinational force", "the police force".)
                // ("were hit with sanctions": after a form of "be" the base-form spelling is a participle.)
                let licensed = self.words.is("verb_premodifier", prev)
                    // (Not a verb spelt as an adverb of place: "they were back" is no "backed".)
                    || self.words.is("be", prev) && !self.words.is("adverb_spelt_verb", head)
                    || self.words.is("perfect_auxiliary", prev)
                    || prev.ends_with("ly")
                    || mentions.iter().any(|m| {
                        m.end == h.start
                            && !(m.end == m.start + 1
                                && !toks[m.start].cap
                                && !toks[m.start].norm.ends_with('s'))
                            // ("buy more Russian gas": after a country's adjective, a word that names a
                            // thing is a noun; "the Israeli attack" stays an event.)
                            && !(m.end == m.start + 1
                                && self.words.is("thing_noun", head)
                                && self.country_adjective(&toks[m.start], m))
                    });
                if bare && !licensed {
                    continue;
                }
            }
            cands.push(h);
        }
        // Longest first; then the pattern that demands more words after its target (`call _ friend` over
        // `call _`), which the check above has already found. (Preferring a pattern whose slot an actor fills
        // right after it, `threaten to strike _` over `threaten to strike`, was tried: it lost more than it won.)
        cands.extend(fronted);
        let after_len = |t: &Trigger| pats[t.pattern].after_slot().len();
        // Length in the words a pattern matched, not the times it stepped over ("allegations on Wednesday that"
        // is no longer than "dismissed allegations").
        let mut in_view = vec![0usize; toks.len() + 1];
        for i in 0..toks.len() {
            in_view[i + 1] = usize::from(!is_time[i] && !before_time(i));
        }
        for k in 1..in_view.len() {
            in_view[k] += in_view[k - 1];
        }
        let len = |t: &Trigger| in_view[t.end] - in_view[t.start];
        cands.sort_by(|a, b| {
            len(b)
                .cmp(&len(a))
                .then(after_len(b).cmp(&after_len(a)))
                .then(a.start.cmp(&b.start))
                .then(a.pattern.cmp(&b.pattern))
        });
        let mut chosen: Vec<Trigger> = Vec::new();
        for c in cands {
            if !chosen.iter().any(|x| x.start < c.end && c.start < x.end) {
                chosen.push(c);
            }
        }
        chosen.sort_by_key(|t| t.start);
        // "to free jailed opposition figures", "the release of detained journalists": a lone participle between
        // a verb, determiner or preposition and an actor describes the actor.
        let adjectival = |t: &Trigger| {
            t.end == t.start + 1
                && t.start > 0
                && pats[t.pattern].kind == PatternKind::Verb
                // ("promised striking doctors", "the invading troops")
                && (toks[t.start].norm.ends_with("ed")
                    || self.words.is("adjectival_participle", &toks[t.start].norm))
                && mentions.iter().any(|m| m.start == t.end)
                && {
                    let prev = toks[t.start - 1].norm.as_str();
                    // ("freed five detained Americans", "freed 15 jailed activists")
                    self.words.is("determiner", prev)
                        || toks[t.start - 1].kind == TokenKind::Number
                        || self.words.is("number_word", prev)
                        || self.words.is("preposition", prev) && prev != "by"
                        || chosen.iter().any(|o| o.end == t.start)
                        || self.words.is("adjectival_participle", &toks[t.start].norm)
                            && prev.ends_with("ed")
                }
        };
        let drop: Vec<bool> = chosen.iter().map(adjectival).collect();
        let mut k = 0;
        chosen.retain(|_| {
            k += 1;
            !drop[k - 1]
        });
        chosen
    }
}

/// The form of "reject" that stands in for a refusal verb's form (`refused` → `rejected`).
fn rejection_form(refusal: &str) -> &'static str {
    if refusal.ends_with('d') {
        "rejected"
    } else if refusal.ends_with("ing") {
        "rejecting"
    } else if refusal.ends_with('s') {
        "rejects"
    } else {
        "reject"
    }
}

impl Coder {
    /// The words a pattern's after-slot words may be found among, from `from`: up to the target window, not
    /// past a "that" (unless the pattern names it) or a second clause, and without the capitalised words of
    /// actors' names. As ids of the words patterns require there; other words are left out.
    fn after_slot_window(
        &self,
        toks: &[Token],
        from: usize,
        names_that: bool,
        name_word: &[bool],
    ) -> Vec<u32> {
        let upto = toks.len().min(from + TARGET_WINDOW + 4);
        // (Not past a second clause: "condemned Hungary and called on the EU to act" is no `condemn _ to`,
        // "accused Canada of bias, and Canada accused India of murder" no `accuse _ of murder`.)
        let second_clause = |i: usize| {
            matches!(toks[i].norm.as_str(), "and" | "but")
                && (Self::norm(toks, i.saturating_sub(1)) == ","
                    || toks.get(i + 1).is_some_and(|t| {
                        t.norm.ends_with("ed") || self.words.is("auxiliary", &t.norm)
                    }))
                || toks[i].norm == ";"
        };
        let upto = (from..upto)
            .find(|&i| toks[i].norm == "that" && !names_that || second_clause(i))
            .unwrap_or(upto);
        (from..upto)
            .filter(|&i| !name_word[i])
            .filter_map(|i| self.gates.vocab.get(toks[i].norm.as_str()).copied())
            .collect()
    }
}
