//! Actor mentions of a sentence: lexicon actors, pronouns, titles, surnames and pair descriptions resolved
//! against what the document named before, and compound actors.

use super::*;

impl Coder {
    /// Lexicon mentions plus pronouns and pair descriptions, grouped into compounds.
    pub(super) fn mentions(
        &self,
        doc: &Document,
        toks: &[Token],
        mem: &mut Memory,
    ) -> Vec<Mention> {
        let text = &doc.text;
        let home = mem.home.clone();
        let mut ms: Vec<Mention> = self
            .lex
            .actors(toks, text, &mem.ctx)
            .into_iter()
            .filter(|m| m.actor.code.is_some())
            // "called on all parties to push for a settlement": the parties to a conflict are no political
            // party of any state.
            .filter(|m| {
                !(m.end == m.start + 1
                    && m.actor.kind == EntityKind::Agent
                    && m.actor.country.is_none()
                    && m.start > 0
                    && self
                        .words
                        .is("conflict_parties_before", &toks[m.start - 1].norm)
                    && matches!(toks[m.start].norm.as_str(), "parties" | "sides"))
            })
            .map(|mut m| {
                // "13 foreign aid agencies from Darfur": foreign role-holders are of no state the text names.
                let foreign = m.start > 0
                    && toks[m.start - 1].norm == "foreign"
                    && m.actor.kind == EntityKind::Agent;
                if foreign {
                    if let Some(sector) = m.actor.sector.clone() {
                        m.actor.country = None;
                        m.actor.code = Some(format!("---{sector}"));
                        m.actor.how = FOREIGN_HOW.to_string();
                    }
                    return m;
                }
                if let (Some(h), Some(sector)) = (&home, m.actor.sector.clone()) {
                    if m.actor.kind == EntityKind::Agent
                        && m.actor.country.is_none()
                        && !self.words.is("unidentified_sector", &sector)
                    {
                        m.actor.country = h.country.clone();
                        m.actor.code = h.country.as_ref().map(|c| format!("{c}{sector}"));
                        m.actor.how = format!(
                            "{} of {}{HOME_HOW}",
                            m.actor.how,
                            h.name.as_deref().unwrap_or("")
                        );
                    }
                }
                m
            })
            .map(|mut m| {
                // "arrived in Kyiv", "a visit to Moscow": a capital one goes to or is in is the place, its
                // country, not the government seated there.
                let prev = if m.start > 0 {
                    toks[m.start - 1].norm.as_str()
                } else {
                    ""
                };
                let before = if m.start > 1 {
                    toks[m.start - 2].norm.as_str()
                } else {
                    ""
                };
                // ("the Eritrean capital Asmara", "the Ukrainian capital, Kyiv": a capital so introduced is a
                // place too.)
                // ("visited Athens": the capital a visit goes to is the place too.)
                let place = self.words.is("locative", prev)
                    || prev == "into"
                    || prev == "to" && self.words.is("travel_word", before)
                    || self.words.is("visit_verb", prev)
                    || prev == "capital"
                    || prev == "," && before == "capital";
                // ("fired tear gas at protesters in Nairobi": a role noun the capital only places keeps its
                // role.)
                if place && m.actor.how.starts_with("capital") && toks[m.start].cap {
                    if let Some(c) = m.actor.country.clone() {
                        m.actor.code = Some(c);
                        m.actor.sector = None;
                        m.actor.how = "a capital as a place stands for its country".into();
                    }
                }
                m
            })
            // "the South African rand", "Chinese stocks": a country word that only says where a thing is from.
            // (Goods a measure falls on are the state's: "tariffs on $34 billion of Chinese imports".)
            .filter(|m| {
                let goods_of_measure = self.words.is("traded_goods_noun", Self::norm(toks, m.end))
                    && (m.start.saturating_sub(6)..m.start)
                        .any(|j| matches!(toks[j].norm.as_str(), "on" | "against"));
                !(m.actor.kind == EntityKind::Country
                    && m.actor.sector.is_none()
                    && self.words.is("inanimate_noun", Self::norm(toks, m.end))
                    && !goods_of_measure)
            })
            .map(|m| Mention {
                start: m.start,
                end: m.end,
                actors: vec![m.actor],
                via: Via::Lexicon,
                group: 0,
            })
            .collect();
        // "the Russian-led Collective Security Treaty Organization": the organisation acts, not its leader.
        let led_org: Vec<usize> = (0..ms.len().saturating_sub(1))
            .filter(|&k| {
                toks[ms[k].end - 1].norm.ends_with("-led")
                    && ms[k + 1].start == ms[k].end
                    && matches!(
                        ms[k + 1].actors[0].kind,
                        EntityKind::Igo | EntityKind::Organisation
                    )
            })
            .collect();
        for k in led_org.into_iter().rev() {
            ms.remove(k);
        }
        self.envoys_of_states(toks, &mut ms);
        self.owned_businesses(toks, &mut ms);
        self.opening_place(toks, &mut ms);
        self.protest_crowds(toks, &mut ms, mem);
        self.followers_out_of_power(toks, &mut ms);
        self.forces_a_state_moves(toks, &mut ms);
        Self::people_keep_their_roles(&mut ms, mem);
        // "the Trump administration", "the Modi government", "the Putin regime": a leader's name before a
        // government noun names that leader's government, one mention.
        let mut k = 0;
        while k + 1 < ms.len() {
            let (p, g) = (&ms[k].actors[0], &ms[k + 1].actors[0]);
            let merge = p.kind == EntityKind::Person
                && ms[k + 1].start == ms[k].end
                && ms[k + 1].end == ms[k + 1].start + 1
                && g.kind == EntityKind::Agent
                && (g.country.is_none() || g.how.ends_with(HOME_HOW))
                && g.sector.as_deref() == Some("GOV")
                && p.country.is_some();
            if merge {
                let c = p.country.clone().unwrap_or_default();
                let mut a = g.clone();
                a.code = Some(format!("{c}GOV"));
                a.country = Some(c);
                a.how = format!(
                    "{}; the government of {}",
                    a.how,
                    p.name.as_deref().unwrap_or("")
                );
                ms[k].end = ms[k + 1].end;
                ms[k].actors = vec![a];
                ms.remove(k + 1);
            }
            k += 1;
        }
        // A role noun with no country in a sentence whose other actors all belong to one state belongs to it
        // ("Ugandan police arrested opposition supporters": the supporters are Ugandan).
        let countries: Vec<&str> = ms
            .iter()
            .filter_map(|m| m.actors[0].country.as_deref())
            .collect();
        if let Some(&only) = countries
            .first()
            .filter(|c| countries.iter().all(|x| x == *c))
        {
            let only = only.to_string();
            for m in ms.iter_mut() {
                let a = &mut m.actors[0];
                // Unidentified gunmen are not known to be of the country they strike in.
                let unidentified = self
                    .words
                    .is("unidentified_sector", a.sector.as_deref().unwrap_or(""));
                if a.kind == EntityKind::Agent
                    && a.country.is_none()
                    && !unidentified
                    && a.how != FOREIGN_HOW
                {
                    if let Some(sector) = a.sector.clone() {
                        a.code = Some(format!("{only}{sector}"));
                        a.country = Some(only.clone());
                        a.how = format!("{} of {only}, the sentence's only state", a.how);
                    }
                }
            }
        }
        // "Venezuela's opposition refused to meet government negotiators": a government with no state named, in
        // a sentence about a state's own opposition or rebels, is that state's.
        let domestic_state = ms
            .iter()
            .find(|m| {
                self.words.is(
                    "domestic_sector",
                    m.actors[0].sector.as_deref().unwrap_or(""),
                ) && m.actors[0].country.is_some()
            })
            .and_then(|m| m.actors[0].country.clone());
        if let Some(c) = domestic_state {
            for m in ms.iter_mut() {
                let a = &mut m.actors[0];
                if a.kind == EntityKind::Agent
                    && a.country.is_none()
                    && a.sector.as_deref() == Some("GOV")
                {
                    a.code = Some(format!("{c}GOV"));
                    a.country = Some(c.clone());
                    a.how = format!("{} of {c}, whose own opposition the sentence names", a.how);
                }
            }
        }
        // "the foreign ministers of Armenia and Azerbaijan", "the leaders of France and Germany": a plural role
        // noun before `of` and a list of states is each state's.
        // (All of a longer list: "the foreign ministers of Brazil, India, China and South Africa".)
        let mut list_sector: Option<String> = None;
        for k in 1..ms.len() {
            if let Some(sector) = list_sector.clone() {
                let gap: Vec<&str> = toks[ms[k - 1].end..ms[k].start.max(ms[k - 1].end)]
                    .iter()
                    .map(|t| t.norm.as_str())
                    .collect();
                let cur = &mut ms[k].actors[0];
                if matches!(gap.as_slice(), ["and"] | [","] | [",", "and"])
                    && cur.kind == EntityKind::Country
                    && cur.sector.is_none()
                {
                    if let Some(c) = cur.country.clone() {
                        cur.code = Some(format!("{c}{sector}"));
                        cur.sector = Some(sector.clone());
                        cur.how = format!("{}; {sector} like the list's first state", cur.how);
                    }
                    continue;
                }
                list_sector = None;
            }
            let (head, rest) = ms.split_at_mut(k);
            let prev = &head[k - 1];
            let cur = &mut rest[0];
            let between: Vec<&str> = toks[prev.end..cur.start]
                .iter()
                .map(|t| t.norm.as_str())
                .collect();
            let of_at = (prev.start..prev.end).find(|&i| toks[i].norm == "of");
            let plural_role =
                of_at.is_some_and(|o| o > prev.start && toks[o - 1].norm.ends_with('s'));
            let (Some(sector), Some(_)) = (
                prev.actors[0].sector.clone(),
                prev.actors[0].country.as_ref(),
            ) else {
                continue;
            };
            let bare_state =
                cur.actors[0].kind == EntityKind::Country && cur.actors[0].sector.is_none();
            if plural_role
                && bare_state
                && matches!(between.as_slice(), ["and"] | [","] | [",", "and"])
            {
                let a = &mut cur.actors[0];
                if let Some(c) = a.country.clone() {
                    a.code = Some(format!("{c}{sector}"));
                    a.sector = Some(sector.clone());
                    a.how = format!("{}; {sector} like the list's first state", a.how);
                }
                list_sector = Some(sector);
            }
        }
        // "President Mohamed Bazoum … Blinken spoke with Bazoum": a person named again keeps the role the
        // document gave them first, when the bare name alone gives none.
        for m in ms.iter_mut() {
            let a = &m.actors[0];
            if a.kind == EntityKind::Person && a.sector.is_none() && a.id.is_some() {
                if let Some((_, p)) = mem
                    .recent
                    .iter()
                    .rev()
                    .find(|(_, p)| p.id == a.id && p.sector.is_some())
                {
                    m.actors[0] = p.clone();
                }
            }
        }
        // "the prime minister said", "the new president": a title with no country after "the" is the person
        // last named.
        for m in ms.iter_mut() {
            let a = &m.actors[0];
            let after_the = m.start > 0 && matches!(toks[m.start - 1].norm.as_str(), "the" | "new");
            let words: Vec<&str> = toks[m.start..m.end]
                .iter()
                .map(|t| t.norm.as_str())
                .collect();
            let title = self.titles.contains(&words.join(" "));
            // "U.S. Secretary of State Antony Blinken … The secretary of state": the person last named with
            // these very words.
            let phrase = words.join(" ");
            // (A country lent by the document's home state is no country of the phrase's own.)
            let stateless = a.country.is_none() || a.how.ends_with(HOME_HOW);
            let named_so = (a.kind == EntityKind::Agent && stateless && after_the)
                .then(|| {
                    // (One in office before a former holder so named.)
                    let named = |w: &String, p: &ResolvedActor| {
                        p.kind == EntityKind::Person && w.to_lowercase().contains(&phrase)
                    };
                    mem.recent
                        .iter()
                        .rev()
                        .find(|(w, p)| named(w, p) && p.sector.as_deref() != Some("ELI"))
                        .or_else(|| mem.recent.iter().rev().find(|(w, p)| named(w, p)))
                })
                .flatten()
                .cloned();
            if let Some((w, p)) = named_so {
                m.via = Via::Coreference { antecedent: w };
                m.actors = vec![p];
                continue;
            }
            // "The paramilitary group shelled army positions", "the militia": a definite armed group with no
            // name is the armed organisation named last.
            let armed = |x: &ResolvedActor| {
                self.words
                    .is("armed_group_sector", x.sector.as_deref().unwrap_or(""))
            };
            // "The International Criminal Court … The court also sought": a court with no state of its own is the
            // international court named last.
            let court = a.kind == EntityKind::Agent
                && a.sector.as_deref() == Some("JUD")
                && toks[m.start..m.end]
                    .iter()
                    .any(|t| matches!(t.norm.as_str(), "court" | "tribunal"));
            if court && after_the && m.end == m.start + 1 {
                let igo_court = |x: &ResolvedActor| {
                    x.kind == EntityKind::Igo
                        && x.name
                            .as_deref()
                            .is_some_and(|n| n.contains("Court") || n.contains("Tribunal"))
                };
                if let Some((w, p)) = mem.last(igo_court) {
                    m.via = Via::Coreference {
                        antecedent: w.clone(),
                    };
                    m.actors = vec![p.clone()];
                    continue;
                }
            }
            // ("pro-Russian separatists … the rebels", "Chechen militants … the attackers": failing a named
            // organisation, the armed group named last, whatever its word.)
            let lent = stateless || a.how.ends_with("the sentence's only state");
            if a.kind == EntityKind::Agent && lent && after_the && armed(a) && !title {
                let named = mem.last(|x| x.kind == EntityKind::Organisation && armed(x));
                let any = || mem.last(|x| x.kind == EntityKind::Agent && armed(x));
                if let Some((w, p)) = named.or_else(any) {
                    m.via = Via::Coreference {
                        antecedent: w.clone(),
                    };
                    m.actors = vec![p.clone()];
                    continue;
                }
            }
            // "The first Italian troops landed … Berisha welcomed the soldiers": troops named again with no
            // state are the state's troops named last, not the home state's.
            let force_noun = m.end == m.start + 1
                && self.words.is("definite_force_noun", &toks[m.start].norm)
                && m.start > 0
                && toks[m.start - 1].norm == "the";
            if a.kind == EntityKind::Agent
                && (stateless || a.how.ends_with("the sentence's only state"))
                && force_noun
            {
                let sector = a.sector.clone();
                if let Some((w, p)) = mem.last(|x| {
                    x.sector == sector && x.country.is_some() && x.kind != EntityKind::Person
                }) {
                    m.via = Via::Coreference {
                        antecedent: w.clone(),
                    };
                    m.actors = vec![p.clone()];
                    continue;
                }
            }
            if a.kind == EntityKind::Agent && stateless && after_the && title {
                // "Chinese Premier Li Qiang … Starmer … The prime minister urged": the person last named who holds
                // that very title, before anyone last named.
                // (One in office before a former holder: "President Yameen … former President Nasheed … the
                // president".)
                let holds = |x: &ResolvedActor| {
                    x.kind == EntityKind::Person
                        && x.id
                            .as_deref()
                            .and_then(|id| id.strip_prefix("person:"))
                            .and_then(|id| self.lex.person(id))
                            .is_some_and(|p| {
                                p.roles.iter().any(|r| r.title.to_lowercase() == phrase)
                            })
                };
                let in_office = |x: &ResolvedActor| x.sector.as_deref() != Some("ELI");
                let titled = mem
                    .recent
                    .iter()
                    .rev()
                    .find(|(w, x)| in_office(x) && w.to_lowercase().starts_with(&phrase));
                let holder = mem
                    .last(|x| holds(x) && in_office(x))
                    .or(titled)
                    .or_else(|| mem.last(holds));
                // (Failing a holder, the last person in that title's branch: "the army chief" is no opposition
                // leader.)
                let sector = a.sector.clone();
                let same_branch = |x: &ResolvedActor| {
                    x.kind == EntityKind::Person
                        && (sector.is_none() || x.sector.is_none() || x.sector == sector)
                };
                if let Some((w, p)) = holder.or_else(|| mem.last(same_branch)) {
                    m.via = Via::Coreference {
                        antecedent: w.clone(),
                    };
                    m.actors = vec![p.clone()];
                }
            }
        }
        let covered = |ms: &[Mention], i: usize| ms.iter().any(|m| m.start <= i && i < m.end);
        let mut extra = Vec::new();
        let mut owners: Vec<(usize, String, ResolvedActor)> = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if covered(&ms, i) {
                i += 1;
                continue;
            }
            // "Egyptian President Mohamed Mursi mediated … Clinton praised Mursi": the surname of someone named
            // earlier in full, with a title the lexicon resolved though it does not know the name, is that person.
            let raw = toks[i].span.slice(text).unwrap_or("");
            if toks[i].cap
                && toks[i].kind == TokenKind::Word
                && raw.len() >= 3
                && !toks
                    .get(i + 1)
                    .is_some_and(|t| t.cap && t.kind == TokenKind::Word)
            {
                // (A person, so the last word is a name: "the Kenyan Foreign Minister" names no "Minister".)
                let named = mem.recent.iter().rev().find(|(w, a)| {
                    a.kind == EntityKind::Person
                        && a.country.is_some()
                        && w.split_whitespace().count() >= 3
                        && w.rsplit(' ').next() == Some(raw)
                        && w.split_whitespace()
                            .rev()
                            .nth(1)
                            .is_some_and(|g| g.starts_with(char::is_uppercase))
                });
                if let Some((w, a)) = named {
                    extra.push(Mention::coreference(i, i + 1, vec![a.clone()], w.clone()));
                    i += 1;
                    continue;
                }
            }
            // "the Liberation Tigers of Tamil Eelam … The Tigers accused": "the" and one capitalised word of an
            // organisation's name named earlier is that organisation.
            let short_name = (toks[i].norm == "the")
                .then(|| toks.get(i + 1))
                .flatten()
                .filter(|t| {
                    t.cap
                        && t.kind == TokenKind::Word
                        && t.norm.len() >= 4
                        && !covered(&ms, i + 1)
                        && toks
                            .get(i + 2)
                            .is_none_or(|n| !n.cap || n.kind != TokenKind::Word)
                })
                .and_then(|t| {
                    let word = t.span.slice(text).unwrap_or("");
                    mem.recent.iter().rev().find(|(w, a)| {
                        a.kind == EntityKind::Organisation
                            && w.split_whitespace().count() >= 2
                            && w.split_whitespace().skip(1).any(|x| x == word)
                    })
                });
            if let Some((w, a)) = short_name {
                extra.push(Mention::coreference(i, i + 2, vec![a.clone()], w.clone()));
                i += 2;
                continue;
            }
            let norms: Vec<&str> = toks[i..toks.len().min(i + 6)]
                .iter()
                .map(|t| t.norm.as_str())
                .collect();
            // "vowed to hunt down those responsible", "the attackers fled": whoever did the last act of
            // violence the story told.
            if let Some(n) = self.words.phrase_at("perpetrator_anaphor", &norms) {
                if let Some((doer, _)) = mem.violence.last() {
                    let ante = doer
                        .name
                        .clone()
                        .or_else(|| doer.code.clone())
                        .unwrap_or_default();
                    extra.push(Mention::coreference(i, i + n, vec![doer.clone()], ante));
                    i += n;
                    continue;
                }
            }
            // "freed by the country's junta", "closed its borders with the country", "the bloc said": a
            // definite description of a state or an organisation is the last one named.
            // ("Congo refused to negotiate with the group": an armed group or other organisation named before.)
            // ("the kingdom", "the tiny Gulf state": a description that says which kind of state is the last
            // state of that kind.)
            let described = self.description_at(&toks[i..]);
            let country_np = self
                .words
                .phrase_at("country_anaphor", &norms)
                .max(described.map(|(n, _)| n));
            // ("the fund", "the bloc": a description that says which kind of body is the last of that kind.)
            let described_org = self.org_description_at(&toks[i..]);
            let org_np = self
                .words
                .phrase_at("organisation_anaphor", &norms)
                .max(described_org.map(|(n, _)| n));
            let group_np = self.words.phrase_at("group_anaphor", &norms);
            if let Some(n) = country_np.or(org_np).or(group_np) {
                let fits = |a: &ResolvedActor| {
                    if let Some((_, codes)) = described {
                        // (Any actor of such a state names it: "Lithuanian officials … the Baltic state".)
                        a.country.as_ref().is_some_and(|c| codes.contains(c))
                    } else if country_np.is_some() {
                        a.kind == EntityKind::Country
                    } else if org_np.is_some() {
                        a.kind == EntityKind::Igo
                            && described_org.is_none_or(|(_, prefixes)| {
                                a.code.as_deref().is_some_and(|c| {
                                    prefixes.iter().any(|p| c.starts_with(p.as_str()))
                                })
                            })
                    } else {
                        a.kind == EntityKind::Organisation
                            || self
                                .words
                                .is("armed_group_sector", a.sector.as_deref().unwrap_or(""))
                    }
                };
                // "since Russia invaded the country": a description in the object of a clause whose subject is
                // the nearest fitting actor is someone else (the same one would be "itself").
                // ("Riyadh also closed its land border with the emirate": its own possessive may stand between,
                // and a relational preposition may introduce it; "in the country" may be the subject's own.)
                // ("Hamas officials said the group welcomed …": after a reporting verb it is the speaker.)
                let own_subject = |m: &Mention| {
                    let before = Self::norm(toks, i.saturating_sub(1));
                    m.end + 10 >= i
                        && !toks[m.end..i]
                            .iter()
                            .any(|t| self.words.is("reporting", &t.norm))
                        && toks[m.end..i].iter().all(|t| t.kind == TokenKind::Word)
                        && toks[m.end..i]
                            .iter()
                            .any(|t| !self.words.is("preposition", &t.norm) && t.norm != "the")
                        && !ms.iter().any(|o| {
                            o.start >= m.end
                                && o.end <= i
                                && !self.words.is("possessive_pronoun", &toks[o.start].norm)
                        })
                        // ("cooperate with the ICC now that it has joined the court": a pronoun between is the
                        // clause's own subject.)
                        && !toks[m.end..i].iter().any(|t| {
                            !self.words.is("possessive_pronoun", &t.norm)
                                && (self.words.is("pronoun_person", &t.norm)
                                    || self.words.is("pronoun_thing", &t.norm)
                                    || self.words.is("pronoun_plural", &t.norm))
                        })
                        && (!self.words.is("preposition", before)
                            || matches!(before, "with" | "against" | "on" | "to" | "into"))
                };
                let mut skipped: Option<ResolvedActor> = None;
                let here = ms
                    .iter()
                    .rev()
                    .filter(|m| m.end <= i && m.actors.len() == 1)
                    .filter(|m| fits(&m.actors[0]))
                    .find(|m| {
                        if skipped.is_none() && own_subject(m) {
                            skipped = Some(m.actors[0].clone());
                            return false;
                        }
                        skipped
                            .as_ref()
                            .is_none_or(|s| !same_actor(s, &m.actors[0]))
                    })
                    .map(|m| m.spelled(toks, text));
                let ante = here.or_else(|| {
                    mem.last(|a| fits(a) && skipped.as_ref().is_none_or(|s| !same_actor(s, a)))
                        .cloned()
                });
                if let Some((w, mut a)) = ante {
                    if described.is_some() && a.kind != EntityKind::Country {
                        if let Some(c) = country_of(&self.lex, &a) {
                            a = c;
                        }
                    }
                    let possessive = Self::norm(toks, i + n) == "'s";
                    let owned = possessive
                        .then(|| {
                            ms.iter_mut().find(|m| {
                                m.start == i + n + 1
                                    && m.actors[0].kind == EntityKind::Agent
                                    && m.actors[0].country.is_none()
                            })
                        })
                        .flatten();
                    if let Some(m) = owned {
                        // "the country's junta": the role of the state named before.
                        if let (Some(c), Some(sector)) =
                            (a.country.clone(), m.actors[0].sector.clone())
                        {
                            m.actors[0].code = Some(format!("{c}{sector}"));
                            m.actors[0].country = Some(c);
                            m.via = Via::Coreference { antecedent: w };
                        }
                    } else if !possessive {
                        extra.push(Mention::coreference(i, i + n, vec![a], w));
                    }
                }
                i += n;
                continue;
            }
            // "The mediator had met the two rivals separately": whoever mediated last.
            if let Some(n) = self.words.phrase_at("mediator_description", &norms) {
                let mediator = mem
                    .acts
                    .iter()
                    .rev()
                    .find(|(c, _)| c.starts_with("045") || c.starts_with("039"))
                    .map(|(_, a)| a.clone());
                if let Some(a) = mediator {
                    extra.push(Mention::coreference(
                        i,
                        i + n,
                        vec![a],
                        "the mediator of the last mediation".into(),
                    ));
                    i += n;
                    continue;
                }
            }
            // "The visitor dined with the monarch", "his host": the two sides of the last visit coded.
            let visit_role = self
                .words
                .phrase_at("visitor_description", &norms)
                .map(|n| (n, true))
                .or_else(|| {
                    self.words
                        .phrase_at("host_description", &norms)
                        .map(|n| (n, false))
                });
            if let Some((n, visitor)) = visit_role {
                if let Some((v, h)) = mem.visits.last() {
                    let mut a = if visitor { v.clone() } else { h.clone() };
                    // (A host is the state's government that received the visitor, not the place.)
                    if a.kind == EntityKind::Country && a.sector.is_none() {
                        if let Some(c) = a.country.clone() {
                            a.code = Some(format!("{c}GOV"));
                            a.sector = Some("GOV".into());
                        }
                    }
                    let role = if visitor { "visitor" } else { "host" };
                    extra.push(Mention::coreference(
                        i,
                        i + n,
                        vec![a],
                        format!("the {role} of the last visit"),
                    ));
                    i += n;
                    continue;
                }
            }
            // "recalled its ambassadors from the three countries": the last three states named (or leaders).
            let many = match norms.get(1).copied() {
                Some("three") => 3,
                Some("four") => 4,
                Some("five") => 5,
                _ => 0,
            };
            let plural_noun = norms.get(2).copied().unwrap_or("");
            if many > 0
                && matches!(norms[0], "the" | "all")
                && self.words.is("group_description_noun", plural_noun)
            {
                let persons = plural_noun == "leaders";
                let mut v: Vec<(String, ResolvedActor)> = Vec::new();
                // (The last list of that many named together first: "Egypt, Jordan and the UAE … The three
                // nations".)
                let listed = mem.last_plural.iter().flatten().rev();
                for (w, a) in listed.chain(mem.recent.iter().rev()) {
                    let one = if persons {
                        (a.kind == EntityKind::Person).then(|| a.clone())
                    } else {
                        country_of(&self.lex, a)
                    };
                    if let Some(c) = one {
                        if !v.iter().any(|(_, b)| same_actor(b, &c)) {
                            v.push((w.clone(), c));
                        }
                    }
                    if v.len() == many {
                        break;
                    }
                }
                if v.len() == many {
                    v.reverse();
                    let names: Vec<&str> = v.iter().map(|(w, _)| w.as_str()).collect();
                    extra.push(Mention::coreference(
                        i,
                        i + 3,
                        v.iter().map(|(_, a)| a.clone()).collect(),
                        names.join(", "),
                    ));
                    i += 3;
                    continue;
                }
            }
            if let Some(n) = self
                .words
                .phrase_at("pair", &norms)
                .or_else(|| self.modified_pair(&norms))
            {
                let persons = norms
                    .iter()
                    .any(|w| matches!(*w, "leaders" | "presidents" | "men" | "ministers"));
                // The article's protagonists (the pair it names most) are meant, once one of them has been named;
                // otherwise the last two named.
                let protagonists = |pool: &Vec<(String, ResolvedActor)>| {
                    pool.len() == 2
                        && pool
                            .iter()
                            .any(|(_, p)| mem.recent.iter().any(|(_, r)| same_actor(r, p)))
                };
                let sides = norms.iter().any(|w| matches!(*w, "sides" | "parties"));
                // "Both sides": the last two actors named, whatever they are (the army and the RSF), as long as
                // one is not part of the other (China and the Chinese government are one side).
                let last_sides = || {
                    let mut v: Vec<(String, ResolvedActor)> = Vec::new();
                    for (w, a) in mem.recent.iter().rev() {
                        let code = a.code.as_deref().unwrap_or("");
                        let related = v.iter().any(|(_, b)| {
                            let c = b.code.as_deref().unwrap_or("");
                            c.starts_with(code) || code.starts_with(c)
                        });
                        if !related && !code.is_empty() {
                            v.push((w.clone(), a.clone()));
                        }
                        if v.len() == 2 {
                            break;
                        }
                    }
                    v.reverse();
                    v
                };
                let country_protagonists = mem.doc_countries.len() == 2
                    && mem.doc_countries.iter().any(|(_, p)| {
                        mem.recent.iter().any(|(_, r)| {
                            country_of(&self.lex, r).is_some_and(|c| same_actor(&c, p))
                        })
                    });
                // "Both groups denied involvement": the last two armed groups or organisations named.
                let groups = norms.iter().any(|w| self.words.is("group_plural", w));
                let last_groups = || {
                    let mut v: Vec<(String, ResolvedActor)> = Vec::new();
                    for (w, a) in mem.recent.iter().rev() {
                        let group = a.kind == EntityKind::Organisation
                            || self
                                .words
                                .is("armed_group_sector", a.sector.as_deref().unwrap_or(""));
                        if group && !v.iter().any(|(_, b)| same_actor(a, b)) {
                            v.push((w.clone(), a.clone()));
                        }
                        if v.len() == 2 {
                            break;
                        }
                    }
                    v.reverse();
                    v
                };
                // "halted gas supplies to Poland and Bulgaria after the two countries refused to pay": a pair named
                // together earlier in the same sentence comes first.
                let same_sentence = || {
                    let before: Vec<&Mention> = ms
                        .iter()
                        .filter(|m| m.end <= i && m.actors.len() == 1)
                        .collect();
                    before.windows(2).rev().find_map(|w| {
                        let gap: Vec<&str> = toks[w[0].end..w[1].start]
                            .iter()
                            .map(|t| t.norm.as_str())
                            .collect();
                        let fits = |a: &ResolvedActor| {
                            if persons {
                                a.kind == EntityKind::Person
                            } else if sides {
                                true
                            } else {
                                a.kind == EntityKind::Country
                            }
                        };
                        (matches!(gap.as_slice(), ["and"] | [",", "and"] | ["and", "the"])
                            && fits(&w[0].actors[0])
                            && fits(&w[1].actors[0])
                            && !same_actor(&w[0].actors[0], &w[1].actors[0]))
                        .then(|| w.iter().map(|m| m.spelled(toks, text)).collect::<Vec<_>>())
                    })
                };
                // "The two sides" in a story about two states are those states; otherwise the last two actors.
                let pair = if let Some(p) = same_sentence().filter(|_| !groups) {
                    p
                } else if groups {
                    last_groups()
                } else if let Some(p) = mem.last_domestic_pair.clone().filter(|_| sides) {
                    p
                } else if let Some(pl) = mem.last_plural.clone().filter(|pl| {
                    // "The EU and Japan signed a trade deal … The two sides also signed": the two just named
                    // together, whatever they are.
                    // (Two states' forces are the two states: "Pakistani troops and Indian forces exchanged
                    // fire … China urged both sides", below.)
                    sides
                        && pl.len() == 2
                        && !same_actor(&pl[0].1, &pl[1].1)
                        && !(pl.iter().all(|(_, a)| a.country.is_some())
                            && pl[0].1.country != pl[1].1.country)
                }) {
                    pl
                } else if sides && !country_protagonists && last_sides().len() == 2 {
                    last_sides()
                } else if let Some(p) = mem.last_person_pair.clone().filter(|_| persons) {
                    // ("Pashinyan and Aliyev signed … Trump mediated between the two leaders": the two who acted
                    // together, not whoever was named last.)
                    p
                } else if persons && protagonists(&mem.doc_persons) {
                    mem.doc_persons.clone()
                } else if let Some(pl) = mem.last_plural.as_ref().filter(|pl| {
                    // "Saudi Arabia and the UAE cut ties … The two countries also ordered": the two states just
                    // named together.
                    !persons
                        && !sides
                        && pl.len() == 2
                        && pl.iter().all(|(_, a)| a.kind == EntityKind::Country)
                }) {
                    pl.clone()
                } else if let Some(p) = mem.last_person_pair.as_ref().filter(|_| !persons && !sides)
                {
                    // ("Aliyev and Pashinyan signed … Russia, which brokered a ceasefire between the two former
                    // Soviet republics": the states of the two who last acted together.)
                    p.iter()
                        .filter_map(|(w, a)| Some((w.clone(), country_of(&self.lex, a)?)))
                        .collect()
                } else if !persons
                    && mem.doc_countries.len() == 2
                    && mem.doc_countries.iter().any(|(_, p)| {
                        mem.recent.iter().any(|(_, r)| {
                            country_of(&self.lex, r).is_some_and(|c| same_actor(&c, p))
                        })
                    })
                {
                    mem.doc_countries.clone()
                } else if persons {
                    let v = mem.last_two(|a| a.kind == EntityKind::Person && a.code.is_some());
                    if v.len() == 2 {
                        v
                    } else {
                        mem.doc_persons.clone()
                    }
                } else {
                    // Countries: the last two distinct states, from any actor that has one.
                    let mut v: Vec<(String, ResolvedActor)> = Vec::new();
                    for (w, a) in mem.recent.iter().rev() {
                        if let Some(c) = country_of(&self.lex, a) {
                            if !v.iter().any(|(_, b)| same_actor(b, &c)) {
                                v.push((w.clone(), c));
                            }
                        }
                        if v.len() == 2 {
                            break;
                        }
                    }
                    v.reverse();
                    if v.len() == 2 {
                        v
                    } else {
                        mem.doc_countries.clone()
                    }
                };
                // "Hezbollah fighters … Israeli troops … as the two sides fought": a side whose state has only an
                // armed group in the story is that group, not the state.
                let armed = |a: &ResolvedActor| {
                    self.words
                        .is("armed_group_sector", a.sector.as_deref().unwrap_or(""))
                };
                let pair: Vec<(String, ResolvedActor)> = if sides {
                    pair.into_iter()
                        .map(|(w, a)| {
                            if a.kind != EntityKind::Country {
                                return (w, a);
                            }
                            let state_side = mem.recent.iter().any(|(_, r)| {
                                r.country == a.country
                                    && matches!(r.sector.as_deref(), Some("GOV" | "MIL" | "COP"))
                            });
                            let group = mem
                                .recent
                                .iter()
                                .rev()
                                .find(|(_, r)| r.country == a.country && armed(r));
                            match group {
                                Some(g) if !state_side => g.clone(),
                                _ => (w, a),
                            }
                        })
                        .collect()
                } else {
                    pair
                };
                if pair.len() == 2 {
                    extra.push(Mention::coreference(
                        i,
                        i + n,
                        pair.iter().map(|(_, a)| a.clone()).collect(),
                        format!("{} and {}", pair[0].0, pair[1].0),
                    ));
                }
                i += n;
                continue;
            }
            let w = toks[i].norm.as_str();
            // "met his Jordanian counterpart": a possessive before a named actor only determines it; before a
            // role noun with no state of its own ("Kiir said his troops would remain") it lends its owner's.
            let owned_role = self
                .words
                .is("possessive_pronoun", w)
                .then(|| ms.iter().position(|m| m.start == i + 1))
                .flatten();
            if let Some(k) = owned_role {
                let a = &ms[k].actors[0];
                let stateless = a.kind == EntityKind::Agent
                    && (a.country.is_none() || a.how.ends_with(HOME_HOW));
                if !stateless {
                    i += 1;
                    continue;
                }
            }
            // "It is believed", "it was reported": an expletive, not a reference.
            let be_next =
                self.words.is("be", Self::norm(toks, i + 1)) || Self::norm(toks, i + 1) == "'s";
            let expletive = w == "it"
                && be_next
                && (self.words.is("expletive_follow", Self::norm(toks, i + 2))
                    || self.words.is("expletive_follow", Self::norm(toks, i + 3)));
            let person = |a: &ResolvedActor| a.kind == EntityKind::Person;
            let thing = |a: &ResolvedActor| {
                matches!(
                    a.kind,
                    EntityKind::Country | EntityKind::Igo | EntityKind::Organisation
                ) || a.kind == EntityKind::Agent && a.country.is_some()
            };
            let initial = i <= 1;
            let from_subject = |f: &dyn Fn(&ResolvedActor) -> bool| {
                mem.subjects
                    .iter()
                    .rev()
                    .take(2)
                    .find(|(_, a)| f(a))
                    .cloned()
            };
            // Within the sentence: "Japan's finance minister said he was …" — after a reporting verb the pronoun
            // is the speaker (the sentence's first actor of its kind), elsewhere the nearest one before it.
            let person_like = |a: &ResolvedActor| {
                person(a)
                    || a.kind == EntityKind::Agent
                        && a.sector.as_deref() == Some("GOV")
                        && a.country.is_some()
            };
            let prev = if i > 0 { toks[i - 1].norm.as_str() } else { "" };
            // "said on Friday they would": look past a time between the reporting verb and the pronoun.
            let mut r = i;
            while r > 0 && i - r < 4 && self.words.is("time_word", &toks[r - 1].norm) {
                r -= 1;
            }
            let before_time = if r > 0 { toks[r - 1].norm.as_str() } else { "" };
            // "Kim Jong Il greeted him": an object pronoun is not the subject of its own verb; nor, after a
            // reporting verb, the speaker ("urged him to stop", "told them").
            // ("would impose sanctions on it": "it" after a preposition is an object too.)
            let object_pronoun = self.words.is("object_pronoun", w)
                || w == "it"
                    && i > 0
                    && self.words.is("preposition", prev)
                    && !matches!(prev, "that" | "as");
            // ("Jordan recalled its ambassador from Israel, and it also condemned …": the subject of a second
            // clause joined by "and" continues the first clause's subject, as after a reporting verb.)
            // ("demanded that they return to their barracks": whoever a demand asks to act is no speaker.)
            let asked =
                prev == "that" && i >= 2 && self.words.is("demand_that_verb", &toks[i - 2].norm);
            let after_report = !object_pronoun
                && !asked
                && (self.words.is("reporting", prev)
                    || prev == "that"
                    || matches!(prev, "and" | "but") && i >= 2 && toks[i - 2].norm == ","
                    || r < i && (self.words.is("reporting", before_time) || before_time == "that"));
            let own_subject_of = |m: &Mention| {
                object_pronoun
                    && m.end < i
                    && i - m.end <= 4
                    && toks[m.end..i].iter().all(|t| {
                        t.kind == TokenKind::Word
                            && !t.cap
                            // ("spoke with Aliyev and urged him": the object of a first verb is no subject)
                            && !matches!(t.norm.as_str(), "and" | "but" | "then")
                    })
                    // ("telephoned Sheinbaum to congratulate her": the object of a verb with a purpose clause is
                    // not its subject; "urged Aliyev to release him" is, for an appeal's addressee acts.)
                    && !(toks[m.end..i].iter().any(|t| t.norm == "to")
                        && !(m.start > 0 && self.words.is("object_control", &toks[m.start - 1].norm)))
                    && !ms.iter().any(|o| o.start >= m.end && o.end <= i)
            };
            // (All of a compound subject: "the United States and the European Union would impose sanctions on
            // it".)
            let mut own_subjects: Vec<usize> = Vec::new();
            if let Some(k) = ms.iter().rposition(&own_subject_of) {
                own_subjects.push(ms[k].start);
                let mut k = k;
                while k > 0
                    && toks[ms[k - 1].end..ms[k].start]
                        .iter()
                        .all(|t| matches!(t.norm.as_str(), "and" | "," | "the"))
                    && ms[k - 1].end < ms[k].start
                {
                    k -= 1;
                    own_subjects.push(ms[k].start);
                }
            }
            // (Descriptions resolved earlier in the sentence count too: "The bloc demanded … and said it would".)
            let here = |f: &dyn Fn(&ResolvedActor) -> bool| {
                let before = ms.iter().chain(extra.iter()).filter(|m| {
                    m.end <= i
                        && m.actors.len() == 1
                        && f(&m.actors[0])
                        && !own_subjects.contains(&m.start)
                        && !(after_report && Self::norm(toks, m.end) == "'s")
                });
                let pick = if after_report {
                    before.min_by_key(|m| m.start)
                } else {
                    before.max_by_key(|m| m.start)
                };
                pick.map(|m| m.spelled(toks, text))
            };
            let found = if expletive {
                None
            } else if self.words.is("pronoun_person", w) {
                here(&person_like)
                    .or_else(|| initial.then(|| from_subject(&person)).flatten())
                    .or_else(|| mem.last(person).cloned())
            } else if self.words.is("pronoun_thing", w) {
                // ("The army said it had arrested militants": in its own sentence a body with no state is "it".)
                let body = |a: &ResolvedActor| {
                    thing(a)
                        || a.kind == EntityKind::Agent
                            && !self
                                .words
                                .is("people_sector", a.sector.as_deref().unwrap_or(""))
                };
                here(&body)
                    .or_else(|| initial.then(|| from_subject(&thing)).flatten())
                    .or_else(|| mem.last(thing).cloned())
            } else if self.words.is("pronoun_first", w) {
                // "'Our forces attacked Hezbollah positions,' the Israeli army said": in quoted words, "we" and
                // "our" are the speaker the sentence names after its reporting verb.
                let quoted = toks[..i].iter().any(|t| t.kind == TokenKind::Quote);
                (i + 1..toks.len())
                    .find(|&j| self.words.is("reporting", &toks[j].norm))
                    .filter(|_| quoted)
                    .and_then(|r| {
                        // (After "told" comes the audience: "…,' Bessent told reporters".)
                        let audience = matches!(toks[r].norm.as_str(), "told" | "tells" | "tell");
                        ms.iter()
                            .find(|m| m.end == r || m.start == r + 1 && !audience)
                            .filter(|m| m.actors.len() == 1)
                    })
                    .map(|m| m.spelled(toks, text))
            } else {
                None
            };
            // ("Russia and its ally Belarus": "its" only relates the name to the state before; the two are one
            // compound.)
            if self.words.is("possessive_pronoun", w)
                && i > 0
                && toks[i - 1].norm == "and"
                && self.words.is("relation_noun", Self::norm(toks, i + 1))
                && ms.iter().any(|m| m.start == i + 2)
            {
                i += 1;
                continue;
            }
            // "Mnangagwa called on his rival to join hands": a rival is the last other person or party named.
            if self.words.is("possessive_pronoun", w)
                && self.words.is("rival_noun", Self::norm(toks, i + 1))
                && !ms.iter().any(|m| m.start == i + 1)
            {
                if let Some((_, owner)) = &found {
                    let rival = mem.last(|x| {
                        (x.kind == EntityKind::Person
                            || matches!(x.sector.as_deref(), Some("OPP" | "PTY" | "GOV")))
                            && !same_actor(x, owner)
                            && x.code != owner.code
                    });
                    if let Some((ante, a)) = rival {
                        extra.push(Mention::coreference(
                            i,
                            i + 2,
                            vec![a.clone()],
                            ante.clone(),
                        ));
                        i += 2;
                        continue;
                    }
                }
            }
            // "fired tear gas at his supporters": the followers of an opposition leader, a party or an armed
            // group share its role; anyone else's are civilians of its state.
            if self.words.is("possessive_pronoun", w)
                && self.words.is("supporter_noun", Self::norm(toks, i + 1))
                && !ms.iter().any(|m| m.start == i + 1)
            {
                if let Some((ante, owner)) = &found {
                    if let Some(c) = owner.country.clone() {
                        let sector = match owner.sector.as_deref() {
                            Some(s @ ("OPP" | "PTY" | "REB" | "SEP" | "INS" | "REL")) => {
                                s.to_string()
                            }
                            _ => "CVL".to_string(),
                        };
                        let mut a = owner.clone();
                        a.kind = EntityKind::Agent;
                        a.id = None;
                        a.name = None;
                        a.code = Some(format!("{c}{sector}"));
                        a.sector = Some(sector);
                        a.how = format!("the supporters of {ante}");
                        extra.push(Mention::coreference(i, i + 2, vec![a], ante.clone()));
                        i += 2;
                        continue;
                    }
                }
            }
            if let Some(k) = owned_role {
                if let Some((ante, a)) = found.filter(|(_, a)| a.country.is_some()) {
                    owners.push((k, ante, a));
                }
                i += 1;
                continue;
            }
            if let Some((ante, a)) = found {
                extra.push(Mention::coreference(i, i + 1, vec![a], ante));
            } else if self.words.is("pronoun_plural", w) {
                // "They": the last group named (a compound, or a plural role noun such as "prosecutors"), else
                // the last two people.
                // "Palestinian leaders said they would …": after a reporting verb, the speaker.
                // (Not a possessor: "Somalia's al Shabaab militants said they …" are the militants.)
                let speaker = after_report
                    .then(|| {
                        ms.iter()
                            .filter(|m| {
                                m.end <= i && m.actors.len() == 1 && Self::norm(toks, m.end) != "'s"
                            })
                            .min_by_key(|m| m.start)
                    })
                    .flatten()
                    .map(|m| vec![m.spelled(toks, text)]);
                // "Dutch prosecutors said … authorities had shared information with them": a plural role
                // named earlier in the sentence, other than the clause's own subject right before.
                let plural_here = || {
                    ms.iter()
                        .filter(|m| {
                            m.end + 1 < i
                                && m.actors.len() == 1
                                && toks[m.end - 1].norm.ends_with('s')
                                && !toks[m.end - 1].cap
                        })
                        .min_by_key(|m| m.start)
                        .map(|m| vec![m.spelled(toks, text)])
                };
                // "spoke with his Armenian and Azerbaijani counterparts and urged them", "abducted 38 AU staff
                // … and freed most of them": an object pronoun is the nearest pair or plural group named before it
                // in its own sentence, other than the sentence's first actor.
                let object_here = || {
                    let first = ms.iter().map(|m| m.start).min();
                    let spelled = |m: &Mention| m.spelled(toks, text);
                    let mut before: Vec<&Mention> = ms
                        .iter()
                        .filter(|m| m.end < i && m.actors.len() == 1 && Some(m.start) != first)
                        .collect();
                    // ("authorities had shared information with them": not the subject of its own verb.)
                    if let Some(l) = before.iter().max_by_key(|m| m.start).copied() {
                        let joined = toks[l.end..i]
                            .iter()
                            .any(|t| matches!(t.norm.as_str(), "and" | "," | "but"));
                        if !joined {
                            before.retain(|m| m.start != l.start);
                        }
                    }
                    let last = before.iter().max_by_key(|m| m.start)?;
                    let pair = before.iter().rev().find(|m| {
                        m.end < last.start
                            && matches!(
                                toks[m.end..last.start]
                                    .iter()
                                    .map(|t| t.norm.as_str())
                                    .collect::<Vec<_>>()
                                    .as_slice(),
                                ["and"] | [",", "and"]
                            )
                    });
                    match pair {
                        Some(p) if !same_actor(&p.actors[0], &last.actors[0]) => {
                            Some(vec![spelled(p), spelled(last)])
                        }
                        _ => {
                            let plural = toks[last.end - 1].norm.ends_with('s')
                                || self.words.is("group_plural", &toks[last.end - 1].norm);
                            (plural && last.actors[0].kind != EntityKind::Person)
                                .then(|| vec![spelled(last)])
                        }
                    }
                };
                let object_here = if w == "them" { object_here() } else { None };
                let mut pair = match (speaker, &mem.last_plural) {
                    (_, _) if object_here.is_some() => object_here.unwrap_or_default(),
                    (Some(s), _) => s,
                    (None, Some(p)) => p.clone(),
                    (None, None) => plural_here()
                        .unwrap_or_else(|| mem.last_two(|a| a.kind == EntityKind::Person)),
                };
                // "The rebels freed 139 of them": an object pronoun is not its own clause's subject. It is whom
                // the subject's last act of violence struck (the hostages they took), or else the last group
                // named with a plural noun that is someone else ("U.N. peacekeepers", not "the United Nations").
                let subject = ms.iter().filter(|m| m.end < i).min_by_key(|m| m.start);
                if let (true, Some(subj)) = (w == "them", subject.filter(|s| s.actors.len() == 1)) {
                    let sa = &subj.actors[0];
                    let struck = mem
                        .violence
                        .iter()
                        .rev()
                        .find(|(d, _)| same_actor(d, sa))
                        .map(|(_, s)| {
                            let w = s
                                .name
                                .clone()
                                .or_else(|| s.code.clone())
                                .unwrap_or_default();
                            (w, s.clone())
                        });
                    let is_subject = matches!(pair.as_slice(), [(_, p)] if same_actor(p, sa));
                    let other = || {
                        mem.recent
                            .iter()
                            .rev()
                            .find(|(w, a)| {
                                let last = w.rsplit(' ').next().unwrap_or("");
                                !same_actor(a, sa)
                                    && !matches!(a.kind, EntityKind::Person | EntityKind::Country)
                                    && last.ends_with('s')
                                    && last.starts_with(|c: char| c.is_lowercase())
                            })
                            .cloned()
                    };
                    if let Some(o) = struck.or_else(|| is_subject.then(other).flatten()) {
                        pair = vec![o];
                    }
                }
                if pair.len() == 1 {
                    extra.push(Mention::coreference(
                        i,
                        i + 1,
                        vec![pair[0].1.clone()],
                        pair[0].0.clone(),
                    ));
                } else if pair.len() == 2 {
                    extra.push(Mention::coreference(
                        i,
                        i + 1,
                        pair.iter().map(|(_, a)| a.clone()).collect(),
                        format!("{} and {}", pair[0].0, pair[1].0),
                    ));
                }
            }
            i += 1;
        }
        for (k, ante, owner) in owners {
            let m = &mut ms[k];
            // "Yudhoyono met Abbott … criticised his counterpart": a counterpart is the other side's official,
            // the last one named from another state, not the possessor's own.
            if m.end == m.start + 1 && self.words.is("relational_role", &toks[m.start].norm) {
                let other = mem.last(|x| {
                    (x.kind == EntityKind::Person || x.sector.as_deref() == Some("GOV"))
                        && x.country.is_some()
                        && x.country != owner.country
                });
                if let Some((w, p)) = other {
                    m.actors = vec![p.clone()];
                    m.via = Via::Coreference {
                        antecedent: w.clone(),
                    };
                }
                continue;
            }
            let role = &mut m.actors[0];
            if let (Some(c), Some(sector)) = (owner.country.clone(), role.sector.clone()) {
                role.code = Some(format!("{c}{sector}"));
                role.country = Some(c);
                role.how = format!("{}; of its possessor's state", role.how);
                m.via = Via::Coreference { antecedent: ante };
            }
        }
        // A pair description ("the two leaders") replaces the role noun inside it.
        ms.retain(|m| !extra.iter().any(|x| x.start < m.end && m.start < x.end));
        ms.extend(extra);
        ms.sort_by_key(|m| m.start);
        // Compounds: mentions joined by `and`, `,`, `as well as`.
        // A comma alone joins only in a list that an `and` closes ("Spain, Ireland and Norway"); otherwise it
        // separates ("… between the two countries, the White House announced").
        let gap_of = |ms: &[Mention], k: usize| -> Vec<String> {
            let (a, b) = (ms[k - 1].end, ms[k].start.max(ms[k - 1].end));
            toks[a..b].iter().map(|t| t.norm.clone()).collect()
        };
        let join_kind = |gap: &[String]| -> u8 {
            let g: Vec<&str> = gap.iter().map(String::as_str).collect();
            match g.as_slice() {
                ["and"]
                | [",", "and"]
                | ["as", "well", "as"]
                | ["and", "the" | "a" | "an" | "its" | "their"]
                | [",", "and", "the" | "a" | "an"] => 2,
                [","] | [",", "the"] => 1,
                // ("Russia and its ally Belarus", "Hungary and its neighbour Slovakia")
                ["and", "its" | "their" | "his" | "her", rel]
                | ["and", "its" | "their" | "his" | "her", "close" | "key" | "main" | "old", rel]
                    if self.words.is("relation_noun", rel) =>
                {
                    2
                }
                _ => 0,
            }
        };
        let joins: Vec<u8> = (0..ms.len())
            .map(|k| {
                if k == 0 {
                    return 0;
                }
                let gap = gap_of(&ms, k);
                // "Czech Prime Minister Petr Fiala and his Slovak counterpart Eduard Heger": the relation noun
                // is inside the second name's mention. (Not any "and his": "the president and his wife".)
                let relation_inside = matches!(
                    gap.iter().map(String::as_str).collect::<Vec<_>>()[..],
                    ["and", "his" | "her" | "its" | "their"]
                ) && toks[ms[k].start..ms[k].end]
                    .iter()
                    .any(|t| self.words.is("relation_noun", &t.norm));
                // ("the Rapid Support Forces and allied Arab militias": an adjective of alliance or kind after
                // the "and".)
                let (a, b) = (ms[k - 1].end, ms[k].start.max(ms[k - 1].end));
                let adjective_and = b >= a + 2
                    && b <= a + 4
                    && gap[0] == "and"
                    && self.words.is("compound_adjective", &gap[1])
                    && toks[a + 2..b]
                        .iter()
                        .all(|t| t.cap && t.kind == TokenKind::Word);
                // ("Israel and the Islamist group Hamas": a description of what the second member is.)
                let described_and = b >= a + 3
                    && b <= a + 5
                    && gap[0] == "and"
                    && gap[1] == "the"
                    && self
                        .words
                        .is("organisation_descriptor", &gap[gap.len() - 1]);
                if relation_inside || adjective_and || described_and {
                    2
                } else {
                    join_kind(&gap)
                }
            })
            .collect();
        let mut group = 0;
        for k in 0..ms.len() {
            if k > 0 {
                let closes_with_and = joins[k] == 2
                    || joins[k] == 1
                        && joins[k + 1..]
                            .iter()
                            .take_while(|j| **j > 0)
                            .any(|j| *j == 2);
                // ("the summit between the two Koreas, and North Korean leader Kim Jong Il greeted him": a pair
                // description is a whole group of its own.)
                let pair = ms[k - 1].actors.len() > 1 || ms[k].actors.len() > 1;
                // "Poland expelled two Russian diplomats and Latvia expelled three Belarusian diplomats": an object
                // and the next clause's subject are no compound.
                let verb_at = |j: usize| {
                    toks.get(j).is_some_and(|t| {
                        t.kind == TokenKind::Word
                            && !t.cap
                            && (t.norm.ends_with("ed")
                                || self.words.is("auxiliary", &t.norm)
                                || self.words.is("reporting", &t.norm))
                    })
                };
                let mut after = ms[k].end;
                while toks
                    .get(after)
                    .is_some_and(|t| t.norm.ends_with("ly") || self.words.is("skippable", &t.norm))
                {
                    after += 1;
                }
                let clause_after = verb_at(after);
                // (Not a verb whose "that" clause the first member opens: "said that the Rapid Support Forces
                // and allied Arab militias had killed".)
                let object_before = (ms[k - 1].start.saturating_sub(6)..ms[k - 1].start).any(|j| {
                    verb_at(j)
                        && !self.words.is("auxiliary", &toks[j].norm)
                        && !toks[j..ms[k - 1].start].iter().any(|t| t.norm == "that")
                });
                let clauses_joined = joins[k] == 2 && clause_after && object_before;
                if !closes_with_and || pair || clauses_joined {
                    group += 1;
                }
            }
            ms[k].group = group;
        }
        // "Senior Hungarian and Romanian officials": the bare adjective takes the role of the noun it shares.
        for k in 0..ms.len().saturating_sub(1) {
            // (Only where nothing but "and" stands between: "the United States and other donors" are two.)
            let bare_and = toks[ms[k].end..ms[k + 1].start.max(ms[k].end)]
                .iter()
                .all(|t| matches!(t.norm.as_str(), "and" | ","));
            if ms[k].group == ms[k + 1].group
                && bare_and
                && ms[k].actors.len() == 1
                && ms[k].actors[0].kind == EntityKind::Country
                && ms[k].actors[0].sector.is_none()
            {
                // "Israeli and Hamas leaders": the shared noun's own role when the second member is a named
                // group.
                let shared_noun = toks
                    .get(ms[k + 1].end.saturating_sub(1))
                    .filter(|t| self.words.is("leader_noun", &t.norm))
                    .map(|_| "GOV".to_string());
                let sector = ms[k + 1].actors[0]
                    .sector
                    .clone()
                    .filter(|_| ms[k + 1].actors[0].kind == EntityKind::Agent)
                    .or(shared_noun);
                if let Some(sector) = sector {
                    let a = &mut ms[k].actors[0];
                    a.code = a.code.as_ref().map(|c| format!("{c}{sector}"));
                    a.sector = Some(sector);
                    a.kind = EntityKind::Agent;
                }
            }
        }
        // "Norwegian, Danish, Swedish and Finnish diplomats": bare country adjectives listed before a country's
        // role noun share that role.
        for k in (1..ms.len()).rev() {
            if ms[k].group != ms[k - 1].group
                || ms[k].actors.len() != 1
                || ms[k - 1].actors.len() != 1
            {
                continue;
            }
            let next = ms[k].actors[0].clone();
            let (Some(sector), true) = (next.sector.clone(), next.country.is_some()) else {
                continue;
            };
            let one_word = ms[k - 1].end == ms[k - 1].start + 1;
            let adjective = one_word && self.country_adjective(&toks[ms[k - 1].start], &ms[k - 1]);
            let a = &mut ms[k - 1].actors[0];
            if adjective && a.kind == EntityKind::Country && a.sector.is_none() {
                if let Some(c) = a.country.clone() {
                    a.code = Some(format!("{c}{sector}"));
                    a.sector = Some(sector);
                    a.how = format!("{}; the role of the list's last noun", a.how);
                }
            }
        }
        // "Ukrainian women and girls", "Israeli tanks and infantry": a role noun with no country of its own (or
        // only the document's) after a list member that has one shares it.
        for k in 1..ms.len() {
            if ms[k].group != ms[k - 1].group
                || ms[k].actors.len() != 1
                || ms[k - 1].actors.len() != 1
            {
                continue;
            }
            let prev = ms[k - 1].actors[0].clone();
            let a = &mut ms[k].actors[0];
            let stateless = a.country.is_none() || a.how.ends_with(HOME_HOW);
            if a.kind == EntityKind::Agent
                && stateless
                && a.how != FOREIGN_HOW
                && prev.kind == EntityKind::Agent
            {
                if let (Some(c), Some(sector)) = (prev.country, a.sector.clone()) {
                    a.code = Some(format!("{c}{sector}"));
                    a.country = Some(c);
                    // (Forces a state moves stay its means: "massed tanks and troops".)
                    if prev.how == OWN_FORCES_HOW {
                        a.how = OWN_FORCES_HOW.into();
                    }
                }
            }
        }
        // "civilians in the Ukrainian town of Bucha": a role noun with no country takes the state of the place
        // right after it.
        for k in 0..ms.len().saturating_sub(1) {
            let (end, next_start) = (ms[k].end, ms[k + 1].start);
            let gap: Vec<&str> = toks[end..next_start]
                .iter()
                .map(|t| t.norm.as_str())
                .collect();
            let linked = matches!(gap.first(), Some(&"in")) && gap.len() <= 2;
            let place = ms[k + 1].actors.len() == 1
                && ms[k + 1].actors[0].kind == EntityKind::Country
                && ms[k + 1].actors[0].sector.is_none();
            if !linked || !place || ms[k].actors.len() != 1 {
                continue;
            }
            let c = ms[k + 1].actors[0].country.clone();
            // Gunmen are not known to be of the country they strike in.
            let unidentified = self.words.is(
                "unidentified_sector",
                ms[k].actors[0].sector.as_deref().unwrap_or(""),
            );
            let a = &mut ms[k].actors[0];
            // "government negotiators in Mexico City" are where they meet, not whom they serve.
            if a.kind == EntityKind::Agent
                && a.country.is_none()
                && a.sector.as_deref() != Some("GOV")
                && !unidentified
                && a.how != FOREIGN_HOW
            {
                if let (Some(c), Some(sector)) = (c, a.sector.clone()) {
                    a.code = Some(format!("{c}{sector}"));
                    a.country = Some(c);
                }
            }
        }
        ms
    }

    /// "the two nuclear-armed neighbours", "both former Soviet republics": "the two" or "both", at most three
    /// modifiers and a noun of [pair_head]; the words it spans.
    /// "drug lord Joaquin Guzman, known as El Chapo … Guzman": a person who holds no listed office keeps the
    /// role the story gave them with a role noun, at every later mention of them (the lexicon alone knows only
    /// their state).
    fn people_keep_their_roles(ms: &mut [Mention], mem: &Memory) {
        for k in 0..ms.len() {
            let a = &ms[k].actors[0];
            if a.kind != EntityKind::Person || a.sector.is_some() || a.id.is_none() {
                continue;
            }
            let earlier = ms[..k]
                .iter()
                .map(|m| &m.actors[0])
                .rev()
                .chain(mem.recent.iter().rev().map(|(_, x)| x))
                .find(|x| x.id == a.id && x.sector.is_some() && x.country == a.country)
                .cloned();
            if let Some(e) = earlier {
                let a = &mut ms[k].actors[0];
                a.code = e.code;
                a.sector = e.sector;
                a.how = format!("{}; keeps the role the story gave them before", a.how);
            }
        }
    }

    fn modified_pair(&self, norms: &[&str]) -> Option<usize> {
        let open = match norms {
            ["the", "two", ..] => 2,
            ["both", ..] => 1,
            _ => return None,
        };
        (open..norms.len().min(open + 4)).find_map(|k| {
            let modifiers_only = norms[open..k].iter().all(|w| {
                w.chars().all(|c| c.is_alphanumeric() || c == '-')
                    && !self.words.is("pair_head", w)
                    && !matches!(*w, "and" | "or" | "of" | "the")
            });
            (modifiers_only && k > open && self.words.is("pair_head", norms[k])).then_some(k + 1)
        })
    }

    /// A state's envoy to an organisation speaks for the state ("Pyongyang's U.N. ambassador").
    fn envoys_of_states(&self, toks: &[Token], ms: &mut [Mention]) {
        // "Pyongyang's U.N. ambassador", "Iran's envoy to the IAEA": a state's envoy to an organisation speaks for
        // the state, not for the organisation.
        for k in 1..ms.len() {
            let envoy = ms[k].actors[0].kind == EntityKind::Igo
                && self.words.is("envoy_noun", &toks[ms[k].end - 1].norm)
                && ms[k].start == ms[k - 1].end + 1
                && toks[ms[k - 1].end].norm == "'s";
            let owner = &ms[k - 1].actors[0];
            if let (true, Some(c)) = (envoy, owner.country.clone()) {
                let mut a = owner.clone();
                a.code = Some(format!("{c}GOV"));
                a.sector = Some("GOV".into());
                a.kind = EntityKind::Agent;
                a.id = None;
                a.how = "a state's envoy to an organisation speaks for the state".into();
                ms[k].actors = vec![a];
            }
        }
    }

    /// In a story of protest, crowds are the protesters.
    fn protest_crowds(&self, toks: &[Token], ms: &mut [Mention], mem: &Memory) {
        // "Protesters poured onto the streets … police fired tear gas at the crowds": in a story of protest, the
        // crowds are the protesters.
        let protest_story = mem
            .recent
            .iter()
            .any(|(_, a)| a.sector.as_deref() == Some("OPP"))
            || ms
                .iter()
                .any(|m| m.actors[0].sector.as_deref() == Some("OPP"));
        if protest_story {
            for m in ms.iter_mut() {
                let a = &mut m.actors[0];
                // (Not "pro-government mobs".)
                let loyalist = toks[m.start.saturating_sub(1)..m.end]
                    .iter()
                    .any(|t| t.norm.starts_with("pro-"));
                if a.sector.as_deref() == Some("CVL")
                    && !loyalist
                    && toks[m.start..m.end]
                        .iter()
                        .any(|t| self.words.is("crowd_noun", &t.norm))
                {
                    a.sector = Some("OPP".into());
                    a.code = Some(format!("{}OPP", a.country.as_deref().unwrap_or("---")));
                    a.how = format!("{}; a crowd in a story of protest", a.how);
                }
            }
        }
    }

    /// Followers of someone out of power are the opposition ("supporters of former president Bolsonaro").
    fn followers_out_of_power(&self, toks: &[Token], ms: &mut [Mention]) {
        // "supporters of former president Jair Bolsonaro stormed Congress": the followers of someone out of power
        // are the state's opposition, and they are the ones who act.
        for m in ms.iter_mut() {
            let follower = m.start >= 2
                && toks[m.start - 1].norm == "of"
                && self.words.is("follower_noun", &toks[m.start - 2].norm);
            let a = &m.actors[0];
            let out_of_power = matches!(a.sector.as_deref(), Some("ELI" | "OPP" | "PTY"));
            if let (true, true, Some(c)) = (follower, out_of_power, a.country.clone()) {
                let mut o = a.clone();
                o.kind = EntityKind::Agent;
                o.id = None;
                o.code = Some(format!("{c}OPP"));
                o.sector = Some("OPP".into());
                o.how = format!(
                    "followers of {}: the opposition",
                    a.name.as_deref().unwrap_or("them")
                );
                m.actors = vec![o];
                m.start -= 2;
            }
        }
    }

    /// Armed forces with no state of their own that a state moves are its own ("India flew military aircraft").
    fn forces_a_state_moves(&self, toks: &[Token], ms: &mut [Mention]) {
        // "India flew military aircraft", "Russia deployed 400 troops": armed forces with no state of their own
        // that a state moves are that state's (not those it welcomes or denies sending).
        for k in 1..ms.len() {
            let (prev, cur) = (&ms[k - 1].actors[0], &ms[k].actors[0]);
            let gap = &toks[ms[k - 1].end..ms[k].start];
            let own_forces = self
                .words
                .is("force_sector", cur.sector.as_deref().unwrap_or(""))
                && cur.kind == EntityKind::Agent
                && (cur.country.is_none() || cur.how.ends_with(HOME_HOW))
                && cur.how != FOREIGN_HOW
                && toks[ms[k].start..ms[k].end].iter().all(|t| !t.cap)
                && (prev.kind == EntityKind::Country || prev.sector.as_deref() == Some("GOV"))
                && !gap.is_empty()
                && gap.len() <= 3
                && gap[0].kind == TokenKind::Word
                && !gap[0].cap
                && self.words.is("force_moving_verb", &gap[0].norm)
                && gap[1..].iter().all(|t| {
                    t.kind == TokenKind::Number
                        || self.words.is("determiner", &t.norm)
                        || self.words.is("number_word", &t.norm)
                        || readout_lexicon::verbs::is_filler(&t.norm)
                });
            if let (true, Some(c), Some(sector)) =
                (own_forces, prev.country.clone(), cur.sector.clone())
            {
                let a = &mut ms[k].actors[0];
                a.code = Some(format!("{c}{sector}"));
                a.country = Some(c);
                a.how = OWN_FORCES_HOW.into();
            }
        }
    }

    /// What a state's people own is its business ("looted Japanese-owned shops").
    fn owned_businesses(&self, toks: &[Token], ms: &mut [Mention]) {
        for m in ms.iter_mut() {
            let owned = ["-owned", "-run", "-operated"]
                .iter()
                .any(|e| toks[m.end - 1].norm.ends_with(e));
            let a = &mut m.actors[0];
            if owned
                && a.kind == EntityKind::Country
                && a.sector.is_none()
                && self.words.is("business_noun", Self::norm(toks, m.end))
            {
                if let Some(c) = a.country.clone() {
                    a.code = Some(format!("{c}BUS"));
                    a.sector = Some("BUS".into());
                    a.how = format!("{}; its people's business", a.how);
                }
            }
        }
    }

    /// "In Cairo, demonstrators looted …": a place that opens the sentence before a comma is where the stateless
    /// role noun that follows it is.
    fn opening_place(&self, toks: &[Token], ms: &mut [Mention]) {
        let Some(place) = ms.first().filter(|m| {
            Self::norm(toks, 0) == "in"
                && (m.start == 1 || m.start == 2 && Self::norm(toks, 1) == "the")
                && Self::norm(toks, m.end) == ","
                && m.actors.len() == 1
                && m.actors[0].kind == EntityKind::Country
                && m.actors[0].sector.is_none()
        }) else {
            return;
        };
        let Some(c) = place.actors[0].country.clone() else {
            return;
        };
        // (Only the subject right after the comma: "In Beijing, the Affairs Office accused the protesters" says
        // nothing of where the protesters are.)
        let after = place.end;
        for m in ms
            .iter_mut()
            .filter(|m| m.start > after)
            .take(1)
            .filter(|m| m.start <= after + 4)
        {
            let a = &mut m.actors[0];
            let stateless = a.country.is_none() || a.how.ends_with(HOME_HOW);
            if a.kind == EntityKind::Agent && stateless && a.how != FOREIGN_HOW {
                if let Some(sector) = a.sector.clone() {
                    a.code = Some(format!("{c}{sector}"));
                    a.country = Some(c.clone());
                    a.how = format!("{}; where the sentence opens", a.how);
                }
            }
        }
    }
}
