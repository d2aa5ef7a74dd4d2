//! Actor mentions: phrase hits composed into actors and resolved at a date.
//!
//! Input: a sentence's tokens, the document text, and a [`Context`] (the publication date, and the countries
//! and people the document has already named). Output: [`ActorMention`]s, each a token range with a resolved
//! actor — or an unresolved one, with its candidates, when the words are ambiguous and context cannot settle
//! them. Composition, not enumeration: `Chinese` + `Foreign Ministry` → `CHNGOV`; `President` + `Biden` on
//! 2022-06-15 → Joe Biden, `USAGOV`.

use chrono::NaiveDate;
use readout_text::{find_times, Token};
use serde::Serialize;

use crate::entities::{Person, Role, Source};
use crate::lexicon::{ActorTarget, Lexicon};

/// What the document has established so far, which settles ambiguous names.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The date roles are resolved at (the event or publication date).
    pub date: Option<NaiveDate>,
    /// Countries named so far (alpha-3), most recent last.
    pub countries: Vec<String>,
    /// People named so far (lexicon ids), most recent last.
    pub persons: Vec<String>,
}

impl Context {
    /// A context at a date with nothing named yet.
    pub fn at(date: NaiveDate) -> Context {
        Context {
            date: Some(date),
            ..Default::default()
        }
    }

    /// Remembers what a mention named, for later sentences.
    pub fn note(&mut self, actor: &ResolvedActor) {
        if let Some(c) = &actor.country {
            self.countries.retain(|x| x != c);
            self.countries.push(c.clone());
        }
        if actor.kind == EntityKind::Person {
            // (Resolved ids carry a kind prefix, `person:kim-jong-un`; the lexicon's people are keyed without it.)
            if let Some(id) = &actor.id {
                let id = id.strip_prefix("person:").unwrap_or(id);
                self.persons.retain(|x| x != id);
                self.persons.push(id.to_string());
            }
        }
    }
}

/// What kind of thing an actor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A state.
    Country,
    /// An international organisation.
    Igo,
    /// A non-state organisation.
    Organisation,
    /// A person.
    Person,
    /// A group named by its role alone (`rebels`, `the president`).
    Agent,
}

/// How a place name resolved to its country is told (`ResolvedActor::how`): a town or region named stands for
/// the state it lies in ("in the city of Manchester" → GBR), which callers may need to tell from an actor.
pub const PLACE_HOW: &str = "a place in the country stands for it";

/// A resolved (or deliberately unresolved) actor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResolvedActor {
    /// What kind of entity.
    pub kind: EntityKind,
    /// Canonical name of a known entity.
    pub name: Option<String>,
    /// Full actor code (`CHNGOV`); `None` when unresolved.
    pub code: Option<String>,
    /// Alpha-3 of the actor's state.
    pub country: Option<String>,
    /// Primary sector.
    pub sector: Option<String>,
    /// Stable lexicon id (`person:xi-jinping`, `country:CHN`).
    pub id: Option<String>,
    /// The entries that decided it, as `file:line`.
    pub rules: Vec<String>,
    /// How it was resolved, in words (for `explain`).
    pub how: String,
    /// Candidates left when it could not be resolved.
    pub candidates: Vec<String>,
}

impl ResolvedActor {
    /// A person mention deliberately left unresolved, with why and who it might have been.
    pub fn unresolved_person(how: String, candidates: Vec<String>) -> ResolvedActor {
        ResolvedActor {
            kind: EntityKind::Person,
            name: None,
            code: None,
            country: None,
            sector: None,
            id: None,
            rules: Vec::new(),
            how,
            candidates,
        }
    }

    /// True when the actor has a code.
    pub fn is_resolved(&self) -> bool {
        self.code.is_some()
    }
}

/// An actor found in a sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorMention {
    /// First token (index into the sentence's tokens).
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The actor.
    pub actor: ResolvedActor,
}

/// What a base piece stands for.
struct BaseInfo {
    kind: EntityKind,
    name: Option<String>,
    code: String,
    id: Option<String>,
    source: Source,
    /// The sector the base implies by itself (a capital: `GOV`; an organisation: its own).
    sector: Option<String>,
    how: String,
}

/// One stretch of tokens the index matched, with every reading of it.
#[derive(Debug, Clone)]
struct Piece {
    start: usize,
    end: usize,
    targets: Vec<ActorTarget>,
}

impl Piece {
    fn has(&self, f: impl Fn(&ActorTarget) -> bool) -> bool {
        self.targets.iter().any(f)
    }
    fn is_base(&self) -> bool {
        self.has(|t| {
            matches!(
                t,
                ActorTarget::CountryName(_)
                    | ActorTarget::CountryAdj(_)
                    | ActorTarget::Demonym(_)
                    | ActorTarget::Capital(_)
                    | ActorTarget::Place(_)
                    | ActorTarget::Seat(_)
                    | ActorTarget::Igo(_)
                    | ActorTarget::IgoAdj(_)
                    | ActorTarget::Org(_)
            )
        })
    }
    /// A family name that is also a place (`Jordan`) reads as the place, and one that is also a title or role
    /// (`King`, `General`) as the title.
    fn is_person(&self) -> bool {
        self.has(|t| matches!(t, ActorTarget::PersonFull(_)))
            || self.has(|t| matches!(t, ActorTarget::PersonFamily(_)))
                && !self.is_base()
                && !self.is_role()
    }
    fn is_role(&self) -> bool {
        self.has(|t| matches!(t, ActorTarget::Agent { .. } | ActorTarget::Title(_)))
    }
    fn is_modifier(&self) -> bool {
        self.targets
            .iter()
            .all(|t| matches!(t, ActorTarget::Modifier))
    }
}

/// The `key: value` lines of a `data/rules/` file (comments and blank lines skipped).
fn rule_lines(text: &str) -> impl Iterator<Item = (&str, &str)> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim(), v))
}

/// What may stand between a country word and a role noun in one noun phrase, and which hyphenated country
/// words name a backer rather than a nationality (`data/rules/np-gaps.txt`).
struct NpGaps {
    gap_max: usize,
    stop: std::collections::HashSet<String>,
    patronage: std::collections::HashSet<String>,
}

impl NpGaps {
    fn get() -> &'static NpGaps {
        static R: std::sync::OnceLock<NpGaps> = std::sync::OnceLock::new();
        R.get_or_init(|| {
            let mut r = NpGaps {
                gap_max: 0,
                stop: Default::default(),
                patronage: Default::default(),
            };
            for (key, v) in rule_lines(include_str!("../data/rules/np-gaps.txt")) {
                match key {
                    "gap_max" => r.gap_max = v.trim().parse().unwrap_or(0),
                    "stop" => r.stop.extend(v.split_whitespace().map(str::to_string)),
                    "patronage" => r.patronage.extend(v.split_whitespace().map(str::to_string)),
                    _ => {}
                }
            }
            r
        })
    }

    /// True when `gap` (the tokens between a country word and a role noun) keeps them one noun phrase.
    fn joins(&self, gap: &[Token], after_adjective: bool) -> bool {
        let words = match gap.first() {
            Some(t) if t.norm == "'s" => &gap[1..],
            _ if after_adjective => gap,
            _ => return false,
        };
        !words.is_empty()
            && words.len() <= self.gap_max
            && words.iter().all(|t| {
                t.kind == readout_text::TokenKind::Word
                    && !t.cap
                    && !t.norm.ends_with("ed")
                    && !self.stop.contains(&t.norm)
            })
    }
}

/// Nouns a role noun before them modifies ("official contact", "military operation"): endings of abstract nouns
/// and a list of common nouns, from `data/rules/role-adjectives.txt`.
struct RoleAdjectiveNouns {
    endings: Vec<String>,
    nouns: std::collections::HashSet<String>,
    equipment: std::collections::HashSet<String>,
    common_surnames: std::collections::HashSet<String>,
    envoys: std::collections::HashSet<String>,
}

impl RoleAdjectiveNouns {
    fn get() -> &'static RoleAdjectiveNouns {
        static R: std::sync::OnceLock<RoleAdjectiveNouns> = std::sync::OnceLock::new();
        R.get_or_init(|| {
            let mut r = RoleAdjectiveNouns {
                endings: Vec::new(),
                nouns: std::collections::HashSet::new(),
                equipment: std::collections::HashSet::new(),
                common_surnames: std::collections::HashSet::new(),
                envoys: std::collections::HashSet::new(),
            };
            for (key, v) in rule_lines(include_str!("../data/rules/role-adjectives.txt")) {
                let words = v.split_whitespace().map(str::to_string);
                match key {
                    "ending" => r.endings.extend(words),
                    "noun" => r.nouns.extend(words),
                    "equipment" => r.equipment.extend(words),
                    "common_surname" => r.common_surnames.extend(words),
                    "envoy" => r.envoys.extend(words),
                    _ => {}
                }
            }
            r
        })
    }

    fn matches(&self, w: &str) -> bool {
        self.nouns.contains(w)
            || self
                .endings
                .iter()
                .any(|e| w.len() > e.len() + 2 && w.ends_with(e.as_str()))
    }
}

/// Readings preferred when one stretch of words means several things: a person's full name beats a country
/// name that happens to be spelt the same, and so on.
fn rank(t: &ActorTarget) -> u8 {
    match t {
        ActorTarget::PersonFull(_) => 0,
        ActorTarget::Igo(_) | ActorTarget::Org(_) => 1,
        ActorTarget::CountryName(_) | ActorTarget::Seat(_) | ActorTarget::Capital(_) => 2,
        ActorTarget::CountryAdj(_)
        | ActorTarget::IgoAdj(_)
        | ActorTarget::Demonym(_)
        | ActorTarget::Place(_) => 3,
        ActorTarget::Title(_) | ActorTarget::Agent { .. } => 4,
        ActorTarget::PersonFamily(_) => 5,
        ActorTarget::Modifier => 6,
    }
}

impl Lexicon {
    /// Finds and resolves the actors in one sentence.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use readout_lexicon::{Context, Lexicon};
    /// use readout_text::tokenize;
    /// let lex = Lexicon::builtin();
    /// let text = "Chinese Foreign Ministry said President Biden met Russian troops.";
    /// let toks: Vec<_> = tokenize(text, 0..text.len()).collect();
    /// let ctx = Context::at(NaiveDate::from_ymd_opt(2022, 6, 15).unwrap());
    /// let codes: Vec<_> = lex.actors(&toks, text, &ctx).into_iter().map(|m| m.actor.code.unwrap()).collect();
    /// assert_eq!(codes, ["CHNGOV", "USAGOV", "RUSMIL"]);
    /// ```
    pub fn actors(&self, tokens: &[Token], text: &str, ctx: &Context) -> Vec<ActorMention> {
        let date = ctx.date.unwrap_or(NaiveDate::MAX);
        // Time expressions are never actors ("in May" is not Theresa May).
        let mut blocked = vec![false; tokens.len()];
        if let Some(d) = ctx.date {
            for t in find_times(tokens, text, d) {
                for (i, tok) in tokens.iter().enumerate() {
                    if t.span.contains(tok.span) {
                        blocked[i] = true;
                    }
                }
            }
        }
        let hits = self.actor_index.find(tokens, text);
        // Greedy longest pieces, left to right, keeping every reading of the chosen stretch.
        let mut pieces: Vec<Piece> = Vec::new();
        let mut k = 0;
        let mut pos = 0;
        while k < hits.len() {
            let h = hits[k];
            if h.start < pos || blocked[h.start..h.end].iter().any(|b| *b) {
                k += 1;
                continue;
            }
            let mut targets = Vec::new();
            let mut j = k;
            while j < hits.len() && hits[j].start == h.start {
                if hits[j].end == h.end {
                    targets.push(*hits[j].value);
                }
                j += 1;
            }
            targets.sort_by_key(rank);
            targets.dedup();
            pieces.push(Piece {
                start: h.start,
                end: h.end,
                targets,
            });
            pos = h.end;
            k = j;
        }
        // "British-flagged", "Saudi-led", "U.S.-backed": a country word fused by a hyphen to a participle is an
        // adjective of that country ("pro-Russian" is not: its first part is no country).
        for (i, t) in tokens.iter().enumerate() {
            if blocked[i] || pieces.iter().any(|p| p.start <= i && i < p.end) {
                continue;
            }
            let Some((head, rest)) = t.norm.split_once('-') else {
                continue;
            };
            // "U.S.-backed rebels" are not American: a backer is not a nationality.
            if rest.is_empty() || !t.cap || NpGaps::get().patronage.contains(rest) {
                continue;
            }
            if let Some(&c) = self.hyphen_countries.get(head) {
                pieces.push(Piece {
                    start: i,
                    end: i + 1,
                    targets: vec![ActorTarget::CountryAdj(c)],
                });
            }
        }
        pieces.sort_by_key(|p| p.start);
        // "An official Syrian newspaper": a word that is both a modifier and a role noun is the modifier when
        // another actor word follows it directly.
        for k in 0..pieces.len().saturating_sub(1) {
            if pieces[k].end == pieces[k + 1].start
                && pieces[k].has(|t| matches!(t, ActorTarget::Modifier))
            {
                pieces[k]
                    .targets
                    .retain(|t| matches!(t, ActorTarget::Modifier));
            }
        }
        // Group adjacent pieces ("Chinese" "Foreign Ministry"; "Russia" 's "defence ministry") into runs.
        let mut out = Vec::new();
        let mut i = 0;
        while i < pieces.len() {
            let mut run = vec![pieces[i].clone()];
            let mut j = i + 1;
            while j < pieces.len() {
                let prev = &run[run.len() - 1];
                let gap = &tokens[prev.end..pieces[j].start];
                // "Chinese construction company": plain words between a country word and a role noun.
                let spans_gap = prev.is_base()
                    && pieces[j].is_role()
                    && !pieces[j].is_base()
                    && NpGaps::get().joins(
                        gap,
                        prev.has(|t| {
                            matches!(t, ActorTarget::CountryAdj(_) | ActorTarget::IgoAdj(_))
                        }) || {
                            // "U.S. defence companies", "EU member states": an abbreviated name is used as an
                            // adjective.
                            let w = &tokens[prev.end - 1].norm;
                            prev.end == prev.start + 1
                                && prev.has(|t| matches!(t, ActorTarget::CountryName(_)))
                                && (w.contains('.') || w.len() <= 3 && tokens[prev.end - 1].cap)
                        },
                    );
                let joined = gap.is_empty()
                    || gap.len() == 1 && matches!(gap[0].norm.as_str(), "'s" | "'")
                    || spans_gap;
                // "Russia's UN ambassador", "the Russian U.N. envoy": a state's envoy to an organisation is the
                // state's; the organisation's name only says where the envoy serves.
                let state = prev
                    .has(|t| matches!(t, ActorTarget::CountryName(_) | ActorTarget::CountryAdj(_)));
                let igo =
                    pieces[j].has(|t| matches!(t, ActorTarget::Igo(_) | ActorTarget::IgoAdj(_)));
                let envoy_next = pieces.get(j + 1).is_some_and(|n| {
                    n.start == pieces[j].end
                        && n.is_role()
                        && RoleAdjectiveNouns::get()
                            .envoys
                            .contains(&tokens[n.start].norm)
                });
                if joined && state && igo && envoy_next {
                    run.push(pieces[j + 1].clone());
                    j += 2;
                    continue;
                }
                // ("holding 350 U.N. peacekeepers hostage": a singular role noun right after a plural one
                // begins something else.)
                let plural_before = {
                    let (t, w) = (&tokens[prev.end - 1], &tokens[prev.end - 1].norm);
                    !t.cap && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with('\'')
                };
                let singular_next = pieces[j]
                    .has(|t| matches!(t, ActorTarget::Agent { plural: false, .. }))
                    && !pieces[j].has(|t| matches!(t, ActorTarget::Agent { plural: true, .. }));
                if !joined || !self.can_follow(&run, &pieces[j]) || plural_before && singular_next {
                    break;
                }
                run.push(pieces[j].clone());
                j += 1;
            }
            // "troops from Russia", "the foreign minister of Japan"
            let last = &run[run.len() - 1];
            if last.is_role()
                && !run.iter().any(Piece::is_base)
                && !run.iter().any(Piece::is_person)
            {
                if let Some(next) = pieces.get(j) {
                    let gap = &tokens[last.end..next.start];
                    // "helicopters from Russia" are what Russia supplies, not Russian forces.
                    // ("A suicide bomber from Islamic State" is a person, one of the group's.)
                    let thing = RoleAdjectiveNouns::get()
                        .equipment
                        .contains(&tokens[last.end - 1].norm)
                        && !last.targets.iter().any(|t| match t {
                            ActorTarget::Agent { idx, .. } => self.agents[*idx as usize]
                                .sectors
                                .first()
                                .is_some_and(|s| s == "UAF"),
                            _ => false,
                        });
                    // "government negotiators in Mexico City" are where they meet, not whom they serve; "gunmen
                    // in Niger" are not known to be Nigerien.
                    // ("West African leaders in ECOWAS": members of an organisation are its own.)
                    let official_in = gap.first().is_some_and(|g| g.norm == "in")
                        && !next.has(|t| matches!(t, ActorTarget::Igo(_)))
                        && last.targets.iter().any(|t| match t {
                            ActorTarget::Agent { idx, .. } => self.agents[*idx as usize]
                                .sectors
                                .first()
                                .is_some_and(|s| s == "GOV" || s == "UAF"),
                            _ => false,
                        });
                    // "recalled its ambassadors from Mexico": role nouns owned by a possessive pronoun are the
                    // subject's own; where they come from is no nationality.
                    let owned = run[0].start > 0
                        && matches!(
                            tokens[run[0].start - 1].norm.as_str(),
                            "its" | "their" | "his" | "her" | "our"
                        )
                        && gap.first().is_some_and(|g| g.norm == "from");
                    // ("Gunmen from the Islamic State", "a spokesman for the European Commission": an article may
                    // stand between, and "for" names whom an organisation's people serve.)
                    let organisation =
                        next.has(|t| matches!(t, ActorTarget::Igo(_) | ActorTarget::Org(_)));
                    let prep_ok = match gap.first().map(|g| g.norm.as_str()) {
                        Some("of" | "from" | "in") => true,
                        Some("for") => organisation,
                        _ => false,
                    };
                    let article_ok = gap.len() == 1 || gap.len() == 2 && gap[1].norm == "the";
                    if prep_ok && article_ok && next.is_base() && !thing && !official_in && !owned {
                        run.push(next.clone());
                        j += 1;
                    }
                }
            }
            // "China detained more than a million Uyghurs": modifiers stand before a role noun; with none after
            // them they are not part of the actor (here, the verb).
            while run.len() > 1
                && run[run.len() - 1].is_modifier()
                && !run[..run.len() - 1].iter().any(Piece::is_role)
            {
                run.pop();
                j -= 1;
            }
            // "a special military operation", "military aid": a lone singular role noun right before a noun is an
            // adjective, not an actor ("the military said" keeps it: "said" is no noun).
            let lone_singular_role = run.len() == 1
                && run[0].targets.iter().all(|t| {
                    matches!(
                        t,
                        ActorTarget::Agent { plural: false, .. } | ActorTarget::Modifier
                    )
                })
                && run[0]
                    .targets
                    .iter()
                    .any(|t| matches!(t, ActorTarget::Agent { .. }));
            let before_noun = tokens.get(run[0].end).is_some_and(|t| {
                t.kind == readout_text::TokenKind::Word
                    && !t.cap
                    && RoleAdjectiveNouns::get().matches(&t.norm)
                    && !pieces.iter().any(|p| p.start == run[0].end)
            });
            if lone_singular_role && before_noun {
                i = j;
                continue;
            }
            if !run.iter().all(Piece::is_modifier) {
                let start = run
                    .iter()
                    .find(|p| !p.is_modifier())
                    .map_or(run[0].start, |p| p.start);
                // "spokesperson Mao Ning" when only a different Mao is known: the family name followed by a word
                // the lexicon does not know is not that person; the title takes the whole name instead.
                if run.len() > 1 {
                    let last = &run[run.len() - 1];
                    let family_only =
                        last.is_person() && !last.has(|t| matches!(t, ActorTarget::PersonFull(_)));
                    let next_unknown = tokens.get(last.end).is_some_and(|t| {
                        t.kind == readout_text::TokenKind::Word
                            && t.cap
                            && !pieces
                                .iter()
                                .any(|p| p.start <= last.end && last.end < p.end)
                    });
                    if family_only && next_unknown {
                        run.pop();
                    }
                }
                let mut end = run[run.len() - 1].end;
                // "British Defence Secretary Tom King", "Chinese Foreign Ministry spokesperson Mao Ning": a
                // title or role followed by a name the lexicon does not know is that person, in that office.
                let titled = run.iter().any(Piece::is_role) && !run.iter().any(Piece::is_person);
                if titled {
                    let mut k = end;
                    while k < tokens.len() && k < end + 3 {
                        let t = &tokens[k];
                        let base = pieces.iter().any(|p| {
                            p.start <= k
                                && k < p.end
                                && (p.is_base()
                                    || p.has(|x| matches!(x, ActorTarget::PersonFull(_))))
                        });
                        if t.kind != readout_text::TokenKind::Word || !t.cap || base || blocked[k] {
                            break;
                        }
                        k += 1;
                    }
                    if k > end {
                        end = k;
                        while j < pieces.len() && pieces[j].start < end {
                            j += 1;
                        }
                    }
                }
                if let Some(mut actor) = self.compose(&run, date, ctx) {
                    // "Fidel Castro" when only Raul Castro is known: a family name right after a capitalised
                    // word the lexicon does not know belongs to someone else.
                    let family_only = run.len() == 1
                        && run[0].has(|t| matches!(t, ActorTarget::PersonFamily(_)))
                        && !run[0].has(|t| matches!(t, ActorTarget::PersonFull(_)));
                    // Likewise "Mao Ning" when only Mao Chi-kuo is known: an unknown capitalised word after it.
                    let unknown = |i: usize| {
                        let t = &tokens[i];
                        t.kind == readout_text::TokenKind::Word
                            && t.cap
                            && !pieces.iter().any(|p| p.start <= i && i < p.end)
                            && !blocked[i]
                    };
                    let after_unknown = end < tokens.len() && unknown(end);
                    if family_only && (start > 0 || after_unknown) {
                        let k = if start > 0 && unknown(start - 1) {
                            start - 1
                        } else {
                            end.min(tokens.len() - 1)
                        };
                        let raw = tokens[k].span.slice(text).unwrap_or("");
                        let unknown_given = (k + 1 == start || k == end && after_unknown)
                            && unknown(k)
                            && !(k == 0 && readout_text::token::is_sentence_starter(raw));
                        if unknown_given && actor.kind == EntityKind::Person {
                            actor = ResolvedActor::unresolved_person(
                                format!("{raw:?} before the family name is a given name the lexicon does not know: someone else"),
                                actor.name.into_iter().collect(),
                            );
                        }
                    }
                    out.push(ActorMention { start, end, actor });
                }
            }
            i = j;
        }
        out
    }

    /// May `next` extend a run of pieces into one actor?
    fn can_follow(&self, run: &[Piece], next: &Piece) -> bool {
        let has_person = run.iter().any(Piece::is_person);
        if has_person {
            return false;
        }
        // Modifiers stand before the role noun ("detained activists"); after it they begin something else
        // ("police detained hundreds").
        if next.is_modifier() {
            return !run.iter().any(Piece::is_role);
        }
        if next.is_person() || next.is_role() {
            return true;
        }
        // A second base only after a modifier-free base of another kind (`NATO member Turkey` is two actors).
        false
    }

    /// Turns a run of pieces into one actor.
    fn compose(&self, run: &[Piece], date: NaiveDate, ctx: &Context) -> Option<ResolvedActor> {
        let base = run.iter().find(|p| p.is_base()).map(|p| p.targets[0]);
        let person_piece = run.iter().rev().find(|p| p.is_person());
        let titles: Vec<&str> = run
            .iter()
            .flat_map(|p| p.targets.iter())
            .filter_map(|t| match t {
                ActorTarget::Title(i) => Some(self.titles[*i as usize].as_str()),
                _ => None,
            })
            .collect();
        let agent_sectors: Vec<(&str, &Source)> = run
            .iter()
            .filter_map(|p| {
                p.targets.iter().find_map(|t| match t {
                    ActorTarget::Agent { idx, .. } => {
                        let a = &self.agents[*idx as usize];
                        a.sectors.first().map(|s| (s.as_str(), &a.source))
                    }
                    _ => None,
                })
            })
            .collect();
        let base_country = base.and_then(|b| self.base_country(b));

        if let Some(pp) = person_piece {
            let mut a = self.resolve_person(pp, &titles, base_country.as_deref(), date, ctx);
            // "Chinese … Mao" cannot be a Taiwanese Mao: a person of another country than the one named with
            // the title is not the one meant.
            let clash = base_country.as_ref().is_some_and(|b| {
                a.country.as_ref().is_some_and(|c| c != b) && a.kind == EntityKind::Person
            });
            if clash && run.iter().any(Piece::is_role) {
                let rest: Vec<Piece> = run.iter().filter(|p| !p.is_person()).cloned().collect();
                return self.compose(&rest, date, ctx);
            }
            // "Opposition leader Chris Hipkins": out of office, the role noun says what he is.
            if a.code.is_some() && a.sector.is_none() {
                if let (Some(sector), Some(country)) =
                    (pick_sector(&agent_sectors), a.country.clone())
                {
                    a.code = Some(format!("{country}{sector}"));
                    a.sector = Some(sector.to_string());
                    a.how = format!("{} as {sector} (the role noun with the name)", a.how);
                }
            }
            return Some(a);
        }

        let sector = pick_sector(&agent_sectors).or_else(|| (!titles.is_empty()).then_some("GOV"));
        let mut rules: Vec<String> = agent_sectors.iter().map(|(_, s)| s.to_string()).collect();
        let Some(b) = base else {
            let sector = sector?;
            return Some(ResolvedActor {
                kind: EntityKind::Agent,
                name: None,
                code: Some(format!("---{sector}")),
                country: None,
                sector: Some(sector.to_string()),
                id: None,
                rules,
                how: "role noun with no country".into(),
                candidates: Vec::new(),
            });
        };
        let BaseInfo {
            kind,
            name,
            code: base_code,
            id,
            source: rule,
            sector: default_sector,
            how,
        } = self.describe_base(b);
        rules.insert(0, rule.to_string());
        let sector = sector.map(str::to_string).or(default_sector);
        let code = match (&sector, kind) {
            // An organisation's code already carries its sector; an IGO's role nouns ("the court", "officials")
            // are the IGO itself, except its troops.
            (_, EntityKind::Organisation) => base_code.clone(),
            (Some(s), EntityKind::Igo) if s != "MIL" => base_code.clone(),
            (Some(s), _) => format!("{base_code}{s}"),
            (None, _) => base_code.clone(),
        };
        let how = if agent_sectors.is_empty() && titles.is_empty() {
            how
        } else {
            format!("{how} + role {}", sector.as_deref().unwrap_or(""))
        };
        Some(ResolvedActor {
            kind: if agent_sectors.is_empty() && titles.is_empty() || kind != EntityKind::Country {
                kind
            } else {
                EntityKind::Agent
            },
            name,
            code: Some(code),
            country: base_country,
            sector,
            id,
            rules,
            how,
            candidates: Vec::new(),
        })
    }

    fn base_country(&self, t: ActorTarget) -> Option<String> {
        match t {
            ActorTarget::CountryName(i)
            | ActorTarget::CountryAdj(i)
            | ActorTarget::Demonym(i)
            | ActorTarget::Capital(i)
            | ActorTarget::Place(i)
            | ActorTarget::Seat(i) => Some(self.countries[i as usize].code.clone()),
            ActorTarget::Org(i) => self.orgs[i as usize].country.clone(),
            _ => None,
        }
    }

    /// What a base piece (a country word, an IGO, an organisation) stands for.
    fn describe_base(&self, t: ActorTarget) -> BaseInfo {
        let country = |i: u32, sector: Option<&str>, how: &str| {
            let c = &self.countries[i as usize];
            BaseInfo {
                kind: EntityKind::Country,
                name: Some(c.name.clone()),
                code: c.code.clone(),
                id: Some(format!("country:{}", c.code)),
                source: c.source.clone(),
                sector: sector.map(str::to_string),
                how: how.to_string(),
            }
        };
        match t {
            ActorTarget::CountryName(i) | ActorTarget::CountryAdj(i) => country(i, None, "country"),
            ActorTarget::Demonym(i) => country(i, None, "country (its people)"),
            ActorTarget::Place(i) => country(i, None, PLACE_HOW),
            ActorTarget::Capital(i) | ActorTarget::Seat(i) => country(
                i,
                Some("GOV"),
                "capital or seat of power stands for the government",
            ),
            ActorTarget::Igo(i) | ActorTarget::IgoAdj(i) => {
                let g = &self.igos[i as usize];
                BaseInfo {
                    kind: EntityKind::Igo,
                    name: Some(g.name.clone()),
                    code: g.code.clone(),
                    id: Some(format!("igo:{}", g.code)),
                    source: g.source.clone(),
                    sector: None,
                    how: "international organisation".into(),
                }
            }
            ActorTarget::Org(i) => {
                let o = &self.orgs[i as usize];
                BaseInfo {
                    kind: EntityKind::Organisation,
                    name: Some(o.name.clone()),
                    code: o.code.clone(),
                    id: Some(format!("org:{}", o.id)),
                    source: o.source.clone(),
                    sector: o.sector.clone(),
                    how: format!("organisation ({})", o.kind),
                }
            }
            _ => BaseInfo {
                kind: EntityKind::Agent,
                name: None,
                code: "---".into(),
                id: None,
                source: Source {
                    file: String::new(),
                    line: 0,
                },
                sector: None,
                how: String::new(),
            },
        }
    }

    /// The role a person holds at `date` that best fits the title used, if any.
    pub fn role_at<'a>(&self, p: &'a Person, date: NaiveDate, titles: &[&str]) -> Option<&'a Role> {
        let mut active: Vec<&Role> = p.roles_at(date).collect();
        // On the day a term ends its holder is still named by it: the news of that day is of the president who
        // resigned or was deposed ("Morales resigned on Sunday", "the military detained Aung San Suu Kyi").
        if active.is_empty() {
            active = p
                .roles
                .iter()
                .filter(|r| r.range.to == Some(date) && !r.range.imprecise)
                .collect();
        }
        let titled = active
            .iter()
            .find(|r| titles.iter().any(|t| title_matches(&r.title, t)))
            .copied();
        titled
            .or_else(|| active.iter().find(|r| r.sector == "GOV").copied())
            .or_else(|| active.first().copied())
    }

    fn resolve_person(
        &self,
        piece: &Piece,
        titles: &[&str],
        base_country: Option<&str>,
        date: NaiveDate,
        ctx: &Context,
    ) -> ResolvedActor {
        let full: Vec<u32> = piece
            .targets
            .iter()
            .filter_map(|t| match t {
                ActorTarget::PersonFull(i) => Some(*i),
                _ => None,
            })
            .collect();
        let family_only = full.is_empty();
        let cands: Vec<u32> = if family_only {
            piece
                .targets
                .iter()
                .filter_map(|t| match t {
                    ActorTarget::PersonFamily(i) => Some(*i),
                    _ => None,
                })
                .collect()
        } else {
            full
        };
        let score = |p: &Person| -> i32 {
            let mut s = 0;
            let active: Vec<&Role> = p.roles_at(date).collect();
            if !active.is_empty() {
                s += 2;
            }
            if !titles.is_empty() {
                if active
                    .iter()
                    .any(|r| titles.iter().any(|t| title_matches(&r.title, t)))
                {
                    s += 4;
                } else if p
                    .roles
                    .iter()
                    .any(|r| titles.iter().any(|t| title_matches(&r.title, t)))
                {
                    s += 1;
                }
            }
            let pc = p.country.as_deref();
            if let Some(bc) = base_country {
                if pc == Some(bc) || active.iter().any(|r| r.base == bc) {
                    s += 3;
                }
            }
            if ctx.persons.contains(&p.id) {
                s += 6;
            }
            if pc.is_some_and(|c| ctx.countries.iter().any(|x| x == c)) {
                s += 1;
            }
            s
        };
        // Between people who fit equally, the one whose time in office is nearest the date is meant ("Assad" in
        // 2025 is Bashar, not his father).
        let distance = |p: &Person| -> i64 {
            p.roles
                .iter()
                .map(|r| {
                    if r.range.contains(date) {
                        0
                    } else if date < r.range.from {
                        (r.range.from - date).num_days()
                    } else {
                        r.range.to.map_or(0, |t| (date - t).num_days())
                    }
                })
                .min()
                .unwrap_or(i64::MAX)
        };
        let mut scored: Vec<(i32, i64, u32)> = cands
            .iter()
            .map(|&i| {
                let p = &self.persons[i as usize];
                (score(p), distance(p), i)
            })
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        scored.dedup_by_key(|x| x.2);
        let tie = scored.len() > 1 && scored[0].0 == scored[1].0 && scored[0].1 == scored[1].1;
        let Some(&(_, _, best)) = scored.first().filter(|_| !tie) else {
            return ResolvedActor::unresolved_person(
                format!(
                    "ambiguous name: {} people fit equally and context does not settle it",
                    scored.len()
                ),
                scored
                    .iter()
                    .map(|(_, _, i)| self.persons[*i as usize].name.clone())
                    .collect(),
            );
        };
        let p = &self.persons[best as usize];
        // A bare family name dated before the person ever held office, with nothing in the document pointing to
        // them, is a common word or someone else ("A Christian missionary" in 2000 is not Peter Christian).
        // People are in the news for some years before they take office (Zelensky in 2018), not for decades.
        const NEWS_BEFORE_OFFICE_DAYS: i64 = 8 * 365;
        let before_career = p
            .roles
            .iter()
            .map(|r| r.range.from)
            .min()
            .is_some_and(|first| (first - date).num_days() > NEWS_BEFORE_OFFICE_DAYS);
        let supported = !titles.is_empty()
            || base_country.is_some()
            || ctx.persons.contains(&p.id)
            || p.country
                .as_ref()
                .is_some_and(|c| ctx.countries.contains(c));
        // Nor is one long out of every office ("Christian residents" in 2022, years after Peter Christian's term).
        const NEWS_AFTER_OFFICE_DAYS: i64 = 4 * 365;
        let after_career = !p.roles.is_empty()
            && p.roles.iter().all(|r| {
                r.range
                    .to
                    .is_some_and(|t| (date - t).num_days() > NEWS_AFTER_OFFICE_DAYS)
            });
        let common_word = p.family.as_ref().is_some_and(|f| {
            RoleAdjectiveNouns::get()
                .common_surnames
                .contains(&f.to_lowercase())
        });
        if family_only && (after_career || common_word) && !supported {
            return ResolvedActor::unresolved_person(
                format!(
                    "{} left office long before and nothing in the text points to them",
                    p.name
                ),
                vec![p.name.clone()],
            );
        }
        if family_only && before_career && !supported {
            return ResolvedActor::unresolved_person(
                format!(
                    "{} took office only later and nothing in the text points to them",
                    p.name
                ),
                vec![p.name.clone()],
            );
        }
        let role = self.role_at(p, date, titles);
        let mut rules: Vec<String> = p.sources.iter().map(Source::to_string).collect();
        let (code, country, sector, how) = match role {
            Some(r) => {
                rules.insert(0, r.source.to_string());
                let country = if r.base.starts_with("IGO") {
                    None
                } else {
                    Some(r.base.clone())
                };
                (
                    r.code(),
                    country,
                    Some(r.sector.clone()),
                    format!("{} holds {} ({}) on {date}", p.name, r.title, r.code()),
                )
            }
            None => {
                let c = p.country.clone().unwrap_or_else(|| "---".into());
                // "French President Nicolas Sarkozy" in 2023: named by an office left long before, a former
                // office-holder, as CAMEO codes them (ELI). (Not in the months after a fall or a coup, when news
                // still names the deposed leader by the office.)
                const FORMER_AFTER_DAYS: i64 = 365;
                let named = |r: &&Role| titles.iter().any(|t| title_matches(&r.title, t));
                // (The latest such term counts: a prime minister who falls today after an earlier term decades
                // ago is not yet "former".)
                let latest = p
                    .roles
                    .iter()
                    .filter(named)
                    .filter(|r| r.range.from <= date)
                    .max_by_key(|r| r.range.from);
                let former = latest.filter(|r| {
                    r.range
                        .to
                        .is_some_and(|t| (date - t).num_days() > FORMER_AFTER_DAYS)
                });
                match (former, p.country.clone()) {
                    (Some(r), Some(country)) => (
                        format!("{country}ELI"),
                        Some(country),
                        Some("ELI".to_string()),
                        format!(
                            "{} holds no listed office on {date}; a former {} (ELI)",
                            p.name, r.title
                        ),
                    ),
                    _ => (
                        c.clone(),
                        p.country.clone(),
                        None,
                        format!("{} holds no listed office on {date}", p.name),
                    ),
                }
            }
        };
        ResolvedActor {
            kind: EntityKind::Person,
            name: Some(p.name.clone()),
            code: Some(code),
            country,
            sector,
            id: Some(format!("person:{}", p.id)),
            rules,
            how,
            candidates: Vec::new(),
        }
    }
}

/// Does an office title match the title used in text (`President` fits `President`; `Premier` fits `Premier`;
/// `Minister` does not fit `Prime Minister`)?
fn title_matches(role_title: &str, used: &str) -> bool {
    role_title.eq_ignore_ascii_case(used)
}

/// The sector of a run of role nouns: the first, except that a government role before an armed or police one
/// yields the latter (`government troops` → MIL).
fn pick_sector<'a>(sectors: &[(&'a str, &Source)]) -> Option<&'a str> {
    let first = sectors.first()?.0;
    if first == "GOV" {
        if let Some((s, _)) = sectors
            .iter()
            .skip(1)
            .find(|(s, _)| matches!(*s, "MIL" | "COP" | "SPY"))
        {
            return Some(s);
        }
    }
    Some(first)
}
