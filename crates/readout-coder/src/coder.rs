//! The event coder: one document in, event records and an explainable trace out.
//!
//! For each sentence: actor mentions from the lexicon plus pronouns and pair descriptions resolved against what
//! the document named before; verb and event-noun triggers from the verb automaton; for each trigger, its
//! clause (bounded by punctuation, subordinators and reporting verbs), its source (the nearest subject-position
//! actor to the left, or the `by` agent of a passive), its target (the actor in the pattern's slot, or the object
//! or prepositional object after it), negation and refusal, hypotheticals, attribution (`X said …`,
//! `according to X`), and a date (the clause's time expression, else the publication date, and never the
//! publication date for a past event referred back to).

use std::collections::HashMap;

use chrono::NaiveDate;
use readout_lexicon::verbs::{Element, PatternKind};
use readout_lexicon::{Context, EntityKind, Lexicon, ResolvedActor};
use readout_text::{find_times, Document, Granularity, Sentence, Span, TimeExpr, Token, TokenKind};
use serde::Serialize;

use crate::event::{stable_hash, Actor, DateBasis, Event, Evidence};
use crate::words::Words;

/// Settings.
#[derive(Debug, Clone, Default)]
pub struct CoderOptions {
    /// Emit negated and refused actions too, with `negated: true`.
    pub keep_negated: bool,
    /// Emit plain statements (CAMEO 010, "said", "told reporters"). Off by default: every report has a speaker,
    /// and PLOVER does not code statements, so they would swamp the events that matter.
    pub statements: bool,
}

/// How a mention was found.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Via {
    /// Named in the lexicon.
    Lexicon,
    /// A pronoun or description resolved to an earlier actor.
    Coreference {
        /// The earlier words it stands for.
        antecedent: String,
    },
}

/// An actor mention in a sentence (token range) with one or more actors (`the two leaders` names two).
#[derive(Debug, Clone, Serialize)]
pub struct Mention {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The actors it names.
    pub actors: Vec<ResolvedActor>,
    /// How it was found.
    pub via: Via,
    /// Index of the compound (`X and Y`) it belongs to.
    pub group: usize,
}

/// What happened to one trigger, for `explain`.
#[derive(Debug, Clone, Serialize)]
pub struct TriggerTrace {
    /// Trigger words.
    pub text: String,
    /// Byte span.
    pub span: Span,
    /// CAMEO code of the pattern.
    pub code: String,
    /// `file:line` of the pattern.
    pub rule: String,
    /// The pattern as written.
    pub pattern: String,
    /// What was decided, in words.
    pub decision: String,
}

/// The coder's view of one sentence, for `explain`.
#[derive(Debug, Clone, Serialize)]
pub struct SentenceTrace {
    /// Sentence number.
    pub index: usize,
    /// Mentions.
    pub mentions: Vec<MentionView>,
    /// Clause boundaries (token indexes where a clause starts).
    pub clauses: Vec<usize>,
    /// Triggers and decisions.
    pub triggers: Vec<TriggerTrace>,
    /// Every mention with its span, its token range and its resolved actors (after coreference), for later
    /// stages such as quote attribution.
    #[serde(skip)]
    pub resolved: Vec<(Span, usize, usize, Vec<ResolvedActor>)>,
}

/// A mention as shown by explain.
#[derive(Debug, Clone, Serialize)]
pub struct MentionView {
    /// Words.
    pub text: String,
    /// Byte span.
    pub span: Span,
    /// Codes of the actors.
    pub codes: Vec<String>,
    /// How found.
    pub via: Via,
    /// Compound group.
    pub group: usize,
}

/// The coder's output for a document.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CodedDocument {
    /// Events, in sentence and trigger order.
    pub events: Vec<Event>,
    /// Per-sentence traces.
    pub sentences: Vec<SentenceTrace>,
}

/// Codes documents. Immutable once built; share it across threads.
#[derive(Debug)]
pub struct Coder {
    lex: Lexicon,
    words: Words,
    opts: CoderOptions,
    /// Action code prefix → intent code (`data/intent.txt`), longest prefix first.
    intents: Vec<(String, String)>,
    /// Action code prefix → demand code (`data/demand.txt`), longest prefix first.
    demands: Vec<(String, String)>,
    /// Request code prefix → rejection code (`data/rejection.txt`), longest prefix first.
    rejections: Vec<(String, String)>,
    /// Refused action code prefix → refusal code (`data/refusal.txt`), longest prefix first.
    refusals: Vec<(String, String)>,
    /// Appeal or demand code prefix → the digit it adds to a protest's code (`data/protest-aim.txt`).
    protest_aims: Vec<(String, String)>,
    /// (code, sub-code, cues): sub-codes by means or aim (`data/refine.txt`).
    refinements: Vec<(String, String, Vec<Vec<String>>)>,
    /// The lexicon's office titles, lower-cased ("prime minister").
    titles: rustc_hash::FxHashSet<String>,
}

/// Reads `data/refine.txt`: `CODE > SUB | cue; cue`.
fn refinements(text: &str) -> Vec<(String, String, Vec<Vec<String>>)> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (codes, cues) = l.split_once('|')?;
            let (from, to) = codes.split_once('>')?;
            let cues = cues
                .split(';')
                .map(|c| {
                    readout_text::tokenize(c, 0..c.len())
                        .map(|t| t.norm)
                        .collect::<Vec<_>>()
                })
                .filter(|c| !c.is_empty())
                .collect();
            Some((from.trim().to_string(), to.trim().to_string(), cues))
        })
        .collect()
}

/// Tokens a target may stand after its pattern (`called on all parties to`, `held talks in Moscow with`).
const TARGET_WINDOW: usize = 8;

/// (code, the code of one of its parties) of an event.
type EventKey = (String, String);
/// (date, precision) of an event.
type EventDate = (Option<String>, Option<String>);
/// An actor taking part in an event, with the span of the words that named it.
type Party<'a> = (Span, &'a ResolvedActor);

/// How a role-holder called "foreign" is resolved: to no state, which later rules leave alone.
const FOREIGN_HOW: &str = "foreign: of no state the text names";

/// Document memory used for coreference.
#[derive(Debug, Default)]
struct Memory {
    ctx: Context,
    /// Recent resolved actors with their words, most recent last.
    recent: Vec<(String, ResolvedActor)>,
    /// The two people the whole document names most, for "the two leaders" before both are named.
    doc_persons: Vec<(String, ResolvedActor)>,
    /// The two states the whole document names most.
    doc_countries: Vec<(String, ResolvedActor)>,
    /// The state a document is mostly about, when one stands out: role nouns with no country of their own
    /// ("the army", "protesters") belong to it.
    home: Option<ResolvedActor>,
    /// Dated events so far: (code, source code, target code) → (date, precision), for "the call" named again.
    /// Keyed by (code, actor code) for both parties, so the look-up stays constant-time in long documents.
    dated: HashMap<EventKey, EventDate>,
    /// The last plural antecedent for "they": a compound ("Britain and the EU") or a plural role noun.
    last_plural: Option<Vec<(String, ResolvedActor)>>,
    /// The two sides of the last event coded both ways between actors of one state ("Sudan's army and the RSF
    /// signed a declaration"), for "both sides" in a domestic conflict.
    last_domestic_pair: Option<Vec<(String, ResolvedActor)>>,
    /// The subject of each sentence so far, most recent last: a sentence-initial "it" or "he" continues the
    /// subject, not whatever was named last ("China refrained from … Russia's actions. It has also …").
    subjects: Vec<(String, ResolvedActor)>,
    /// Appeals, demands and protest demands so far: (code, who asked, who was asked), most recent last, for
    /// "rejected the appeal" later.
    requests: Vec<(String, ResolvedActor, ResolvedActor)>,
}

impl Memory {
    fn remember(&mut self, words: &str, a: &ResolvedActor) {
        if a.code.is_none() || a.kind == EntityKind::Agent && a.country.is_none() {
            return;
        }
        self.ctx.note(a);
        self.recent
            .retain(|(_, x)| x.code != a.code || x.id != a.id);
        self.recent.push((words.to_string(), a.clone()));
        if self.recent.len() > 24 {
            self.recent.remove(0);
        }
    }

    fn last(&self, f: impl Fn(&ResolvedActor) -> bool) -> Option<&(String, ResolvedActor)> {
        self.recent.iter().rev().find(|(_, a)| f(a))
    }

    /// The last two distinct actors satisfying `f`, older first.
    fn last_two(&self, f: impl Fn(&ResolvedActor) -> bool) -> Vec<(String, ResolvedActor)> {
        let mut out: Vec<(String, ResolvedActor)> = Vec::new();
        for (w, a) in self.recent.iter().rev() {
            if f(a) && !out.iter().any(|(_, b)| same_actor(a, b)) {
                out.push((w.clone(), a.clone()));
                if out.len() == 2 {
                    break;
                }
            }
        }
        out.reverse();
        out
    }
}

fn same_actor(a: &ResolvedActor, b: &ResolvedActor) -> bool {
    match (&a.id, &b.id) {
        // One person under two codes is one actor; one country's police and its protesters are two.
        (Some(x), Some(y)) if x.starts_with("country:") => x == y && a.code == b.code,
        (Some(x), Some(y)) => x == y,
        _ => a.code == b.code,
    }
}

/// The country-level actor for a person or agent (`Xi` → China), for `the two countries`.
fn country_of(lex: &Lexicon, a: &ResolvedActor) -> Option<ResolvedActor> {
    let c = a.country.as_ref()?;
    let country = lex.country(c)?;
    Some(ResolvedActor {
        kind: EntityKind::Country,
        name: Some(country.name.clone()),
        code: Some(c.clone()),
        country: Some(c.clone()),
        sector: None,
        id: Some(format!("country:{c}")),
        rules: vec![country.source.to_string()],
        how: format!(
            "the country of {}",
            a.name.as_deref().unwrap_or("an earlier actor")
        ),
        candidates: Vec::new(),
    })
}

struct Trigger {
    start: usize,
    end: usize,
    pattern: usize,
}

impl Coder {
    /// A coder over a lexicon.
    pub fn new(lex: Lexicon, opts: CoderOptions) -> Coder {
        let table = |text: &str| {
            let mut t: Vec<(String, String)> = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .filter_map(|l| {
                    let (a, b) = l.split_once(char::is_whitespace)?;
                    Some((a.to_string(), b.trim().to_string()))
                })
                .collect();
            t.sort_by_key(|(a, _)| std::cmp::Reverse(a.len()));
            t
        };
        let titles = lex.titles().iter().map(|t| t.to_lowercase()).collect();
        Coder {
            titles,
            lex,
            words: Words::builtin(),
            opts,
            intents: table(include_str!("../data/intent.txt")),
            demands: table(include_str!("../data/demand.txt")),
            rejections: table(include_str!("../data/rejection.txt")),
            refusals: table(include_str!("../data/refusal.txt")),
            protest_aims: table(include_str!("../data/protest-aim.txt")),
            refinements: refinements(include_str!("../data/refine.txt")),
        }
    }

    /// The lexicon.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lex
    }

    /// The closed-class word lists.
    pub fn words(&self) -> &Words {
        &self.words
    }

    /// Codes a document.
    ///
    /// ```
    /// use readout_coder::{Coder, CoderOptions};
    /// use readout_text::Document;
    /// let coder = Coder::new(readout_lexicon::Lexicon::builtin(), CoderOptions::default());
    /// let doc = Document::from_text("d", "date 2022-03-02 Russian troops shelled Kharkiv on Tuesday.", None).unwrap();
    /// let _coded = coder.code(&doc);
    /// ```
    pub fn code(&self, doc: &Document) -> CodedDocument {
        let (doc_persons, doc_countries, home) = self.document_pairs(doc);
        let mut mem = Memory {
            ctx: Context::at(doc.date),
            recent: Vec::new(),
            doc_persons,
            doc_countries,
            home,
            dated: HashMap::new(),
            subjects: Vec::new(),
            last_plural: None,
            last_domestic_pair: None,
            requests: Vec::new(),
        };
        let mut out = CodedDocument::default();
        for s in doc.sentences() {
            let (events, trace) = self.code_sentence(doc, &s, &mut mem);
            out.events.extend(events);
            out.sentences.push(trace);
        }
        out
    }

    /// The two people and the two states a document names most (first mention breaks ties), so that a pair
    /// description can be resolved even before both members have been named ("the two countries" in a lede).
    #[allow(clippy::type_complexity)]
    fn document_pairs(
        &self,
        doc: &Document,
    ) -> (
        Vec<(String, ResolvedActor)>,
        Vec<(String, ResolvedActor)>,
        Option<ResolvedActor>,
    ) {
        let mut ctx = Context::at(doc.date);
        let mut persons: Vec<(usize, String, ResolvedActor)> = Vec::new();
        let mut countries: Vec<(usize, String, ResolvedActor)> = Vec::new();
        // States named as actors, not as where something happened ("signed a declaration in Jeddah"): the pair
        // "both sides" and "the two countries" may stand for.
        let mut parties: Vec<(usize, String, ResolvedActor)> = Vec::new();
        let bump = |v: &mut Vec<(usize, String, ResolvedActor)>, w: &str, a: ResolvedActor| match v
            .iter_mut()
            .find(|(_, _, b)| same_actor(b, &a))
        {
            Some(e) => e.0 += 1,
            None => v.push((1, w.to_string(), a)),
        };
        for s in doc.sentences() {
            for m in self.lex.actors(&s.tokens, &doc.text, &ctx) {
                if m.actor.code.is_none() {
                    continue;
                }
                ctx.note(&m.actor);
                let w = Span::new(s.tokens[m.start].span.start, s.tokens[m.end - 1].span.end)
                    .slice(&doc.text)
                    .unwrap_or("")
                    .to_string();
                if m.actor.kind == EntityKind::Person {
                    bump(&mut persons, &w, m.actor.clone());
                }
                if let Some(c) = country_of(&self.lex, &m.actor) {
                    let placed = m.start > 0
                        && self.words.is("locative", &s.tokens[m.start - 1].norm)
                        && (m.actor.how.starts_with("a place")
                            || m.actor.how.starts_with("capital"));
                    if !placed {
                        bump(&mut parties, &w, c.clone());
                    }
                    bump(&mut countries, &w, c);
                }
            }
        }
        let top2 = |mut v: Vec<(usize, String, ResolvedActor)>| {
            // Stable sort keeps first-mention order among equals.
            v.sort_by_key(|e| std::cmp::Reverse(e.0));
            v.into_iter()
                .take(2)
                .map(|(_, w, a)| (w, a))
                .collect::<Vec<_>>()
        };
        // The home country: named at least twice, and more often than any other.
        let mut ranked = countries.clone();
        ranked.sort_by_key(|e| std::cmp::Reverse(e.0));
        let home = match ranked.as_slice() {
            [(n, _, a)] if *n >= 2 => Some(a.clone()),
            [(n, _, a), (m, _, _), ..] if *n >= 2 && n > m => Some(a.clone()),
            _ => None,
        };
        (top2(persons), top2(parties), home)
    }

    /// The words of a trigger, as they stand in the text (for trace notes).
    fn words_of<'t>(toks: &[Token], text: &'t str, t: &Trigger) -> &'t str {
        Span::new(toks[t.start].span.start, toks[t.end - 1].span.end)
            .slice(text)
            .unwrap_or("")
    }

    fn norm(toks: &[Token], i: usize) -> &str {
        toks.get(i).map_or("", |t| t.norm.as_str())
    }

    /// Lexicon mentions plus pronouns and pair descriptions, grouped into compounds.
    fn mentions(&self, doc: &Document, toks: &[Token], mem: &mut Memory) -> Vec<Mention> {
        let text = &doc.text;
        let home = mem.home.clone();
        let mut ms: Vec<Mention> = self
            .lex
            .actors(toks, text, &mem.ctx)
            .into_iter()
            .filter(|m| m.actor.code.is_some())
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
                            "{} of {}, the country the document is about",
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
                let place = self.words.is("locative", prev)
                    || prev == "into"
                    || prev == "to" && self.words.is("travel_word", before);
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
            .filter(|m| {
                !(m.actor.kind == EntityKind::Country
                    && m.actor.sector.is_none()
                    && self.words.is("inanimate_noun", Self::norm(toks, m.end)))
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
        for k in 1..ms.len() {
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
            let stateless =
                a.country.is_none() || a.how.ends_with("the country the document is about");
            let named_so = (a.kind == EntityKind::Agent && stateless && after_the)
                .then(|| {
                    mem.recent.iter().rev().find(|(w, p)| {
                        p.kind == EntityKind::Person && w.to_lowercase().contains(&phrase)
                    })
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
            if a.kind == EntityKind::Agent && stateless && after_the && armed(a) && !title {
                if let Some((w, p)) = mem.last(|x| x.kind == EntityKind::Organisation && armed(x)) {
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
                let holder = mem.last(|x| {
                    x.kind == EntityKind::Person
                        && x.id
                            .as_deref()
                            .and_then(|id| id.strip_prefix("person:"))
                            .and_then(|id| self.lex.person(id))
                            .is_some_and(|p| {
                                p.roles.iter().any(|r| r.title.to_lowercase() == phrase)
                            })
                });
                if let Some((w, p)) = holder.or_else(|| mem.last(|x| x.kind == EntityKind::Person))
                {
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
            let norms: Vec<&str> = toks[i..toks.len().min(i + 4)]
                .iter()
                .map(|t| t.norm.as_str())
                .collect();
            // "freed by the country's junta", "closed its borders with the country", "the bloc said": a
            // definite description of a state or an organisation is the last one named.
            let country_np = self.words.phrase_at("country_anaphor", &norms);
            let org_np = self.words.phrase_at("organisation_anaphor", &norms);
            if let Some(n) = country_np.or(org_np) {
                let want_igo = country_np.is_none();
                let fits = |a: &ResolvedActor| {
                    if want_igo {
                        a.kind == EntityKind::Igo
                    } else {
                        a.kind == EntityKind::Country
                    }
                };
                // "since Russia invaded the country": a description in the object of a clause whose subject is
                // the nearest fitting actor is someone else (the same one would be "itself").
                // ("Riyadh also closed its land border with the emirate": its own possessive may stand between,
                // and a relational preposition may introduce it; "in the country" may be the subject's own.)
                let own_subject = |m: &Mention| {
                    let before = Self::norm(toks, i.saturating_sub(1));
                    m.end + 10 >= i
                        && toks[m.end..i].iter().all(|t| t.kind == TokenKind::Word)
                        && toks[m.end..i]
                            .iter()
                            .any(|t| !self.words.is("preposition", &t.norm) && t.norm != "the")
                        && !ms.iter().any(|o| {
                            o.start >= m.end
                                && o.end <= i
                                && !self.words.is("possessive_pronoun", &toks[o.start].norm)
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
                    .map(|m| {
                        let sp = Span::new(toks[m.start].span.start, toks[m.end - 1].span.end);
                        (
                            sp.slice(text).unwrap_or("").to_string(),
                            m.actors[0].clone(),
                        )
                    });
                let ante = here.or_else(|| {
                    mem.last(|a| fits(a) && skipped.as_ref().is_none_or(|s| !same_actor(s, a)))
                        .cloned()
                });
                if let Some((w, a)) = ante {
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
                        extra.push(Mention {
                            start: i,
                            end: i + n,
                            actors: vec![a],
                            via: Via::Coreference { antecedent: w },
                            group: 0,
                        });
                    }
                }
                i += n;
                continue;
            }
            if let Some(n) = self.words.phrase_at("pair", &norms) {
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
                // "The two sides" in a story about two states are those states; otherwise the last two actors.
                let pair = if let Some(p) = mem.last_domestic_pair.clone().filter(|_| sides) {
                    p
                } else if sides && !country_protagonists && last_sides().len() == 2 {
                    last_sides()
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
                if pair.len() == 2 {
                    extra.push(Mention {
                        start: i,
                        end: i + n,
                        actors: pair.iter().map(|(_, a)| a.clone()).collect(),
                        via: Via::Coreference {
                            antecedent: format!("{} and {}", pair[0].0, pair[1].0),
                        },
                        group: 0,
                    });
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
                    && (a.country.is_none()
                        || a.how.ends_with("the country the document is about"));
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
            let after_report = self.words.is("reporting", prev)
                || prev == "that"
                || r < i && (self.words.is("reporting", before_time) || before_time == "that");
            // "Kim Jong Il greeted him": an object pronoun is not the subject of its own verb.
            let object_pronoun = self.words.is("object_pronoun", w);
            let own_subject_of = |m: &Mention| {
                object_pronoun
                    && m.end < i
                    && i - m.end <= 4
                    && toks[m.end..i]
                        .iter()
                        .all(|t| t.kind == TokenKind::Word && !t.cap)
                    && !ms.iter().any(|o| o.start >= m.end && o.end <= i)
            };
            let here = |f: &dyn Fn(&ResolvedActor) -> bool| {
                let before = ms.iter().filter(|m| {
                    m.end <= i
                        && m.actors.len() == 1
                        && f(&m.actors[0])
                        && !own_subject_of(m)
                        && !(after_report && Self::norm(toks, m.end) == "'s")
                });
                let pick = if after_report {
                    before.min_by_key(|m| m.start)
                } else {
                    before.max_by_key(|m| m.start)
                };
                pick.map(|m| {
                    let sp = Span::new(toks[m.start].span.start, toks[m.end - 1].span.end);
                    (
                        sp.slice(text).unwrap_or("").to_string(),
                        m.actors[0].clone(),
                    )
                })
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
                        ms.iter()
                            .find(|m| m.end == r || m.start == r + 1)
                            .filter(|m| m.actors.len() == 1)
                    })
                    .map(|m| {
                        let sp = Span::new(toks[m.start].span.start, toks[m.end - 1].span.end);
                        (
                            sp.slice(text).unwrap_or("").to_string(),
                            m.actors[0].clone(),
                        )
                    })
            } else {
                None
            };
            if let Some(k) = owned_role {
                if let Some((ante, a)) = found.filter(|(_, a)| a.country.is_some()) {
                    owners.push((k, ante, a));
                }
                i += 1;
                continue;
            }
            if let Some((ante, a)) = found {
                extra.push(Mention {
                    start: i,
                    end: i + 1,
                    actors: vec![a],
                    via: Via::Coreference { antecedent: ante },
                    group: 0,
                });
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
                    .map(|m| {
                        let sp = Span::new(toks[m.start].span.start, toks[m.end - 1].span.end);
                        vec![(
                            sp.slice(text).unwrap_or("").to_string(),
                            m.actors[0].clone(),
                        )]
                    });
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
                        .map(|m| {
                            let sp = Span::new(toks[m.start].span.start, toks[m.end - 1].span.end);
                            vec![(
                                sp.slice(text).unwrap_or("").to_string(),
                                m.actors[0].clone(),
                            )]
                        })
                };
                let pair = match (speaker, &mem.last_plural) {
                    (Some(s), _) => s,
                    (None, Some(p)) => p.clone(),
                    (None, None) => plural_here()
                        .unwrap_or_else(|| mem.last_two(|a| a.kind == EntityKind::Person)),
                };
                if pair.len() == 1 {
                    extra.push(Mention {
                        start: i,
                        end: i + 1,
                        actors: vec![pair[0].1.clone()],
                        via: Via::Coreference {
                            antecedent: pair[0].0.clone(),
                        },
                        group: 0,
                    });
                } else if pair.len() == 2 {
                    extra.push(Mention {
                        start: i,
                        end: i + 1,
                        actors: pair.iter().map(|(_, a)| a.clone()).collect(),
                        via: Via::Coreference {
                            antecedent: format!("{} and {}", pair[0].0, pair[1].0),
                        },
                        group: 0,
                    });
                }
            }
            i += 1;
        }
        for (k, ante, owner) in owners {
            let m = &mut ms[k];
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
                _ => 0,
            }
        };
        let joins: Vec<u8> = (0..ms.len())
            .map(|k| {
                if k == 0 {
                    0
                } else {
                    join_kind(&gap_of(&ms, k))
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
                let object_before = (ms[k - 1].start.saturating_sub(6)..ms[k - 1].start)
                    .any(|j| verb_at(j) && !self.words.is("auxiliary", &toks[j].norm));
                let clauses_joined = joins[k] == 2 && clause_after && object_before;
                if !closes_with_and || pair || clauses_joined {
                    group += 1;
                }
            }
            ms[k].group = group;
        }
        // "Senior Hungarian and Romanian officials": the bare adjective takes the role of the noun it shares.
        for k in 0..ms.len().saturating_sub(1) {
            if ms[k].group == ms[k + 1].group
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
        // "Ukrainian women and girls": a role noun with no country after a list member that has one shares it.
        for k in 1..ms.len() {
            if ms[k].group != ms[k - 1].group
                || ms[k].actors.len() != 1
                || ms[k - 1].actors.len() != 1
            {
                continue;
            }
            let (prev_kind, prev_country) = (
                ms[k - 1].actors[0].kind,
                ms[k - 1].actors[0].country.clone(),
            );
            let a = &mut ms[k].actors[0];
            if a.kind == EntityKind::Agent && a.country.is_none() && prev_kind == EntityKind::Agent
            {
                if let (Some(c), Some(sector)) = (prev_country, a.sector.clone()) {
                    a.code = Some(format!("{c}{sector}"));
                    a.country = Some(c);
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

    /// Token indexes where clauses start: after `;`, `:`, dashes, brackets, reporting verbs (+ `that`), before
    /// subordinators and relative pronouns.
    fn clause_starts(
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
            } else if self.words.is("reporting", w) {
                let next = if Self::norm(toks, i + 1) == "that" {
                    i + 2
                } else {
                    i + 1
                };
                starts.push(next);
            } else if (self.words.is("subordinator", w)
                // ("once again" is an adverb, not "once the deal is signed")
                && !(w == "once" && matches!(Self::norm(toks, i + 1), "again" | "more"))
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
        starts.sort_unstable();
        starts.dedup();
        starts
    }

    fn verb_triggers(
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
        let mut name_word = vec![false; toks.len()];
        for m in mentions {
            for i in m.start..m.end {
                name_word[i] = toks[i].cap;
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
            let plural =
                j > i + 1 && toks[j - 1].norm.ends_with('s') && toks[i - 1].norm.ends_with('s');
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
            .map(|&i| {
                let mut t = toks[i].clone();
                let folded = readout_lexicon::verbs::fold_possessive(&t.norm);
                if folded != t.norm {
                    t.norm = folded.to_string();
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
            let Some(v) = self.fronted_object_participle(toks, i) else {
                continue;
            };
            let mut mini: Vec<Token> = vec![toks[v].clone(), toks[i].clone()];
            mini.extend(toks[v + 1..toks.len().min(v + 8)].iter().cloned());
            for h in self.lex.verb_index().find(&mini, text) {
                let pat = &pats[h.value.pattern as usize];
                let inside = mentions.iter().any(|m| m.start <= i && i < m.end);
                if h.start == 0
                    && h.end >= 2
                    && pat.kind == PatternKind::Verb
                    && !blocked[i]
                    && !inside
                {
                    fronted.push(Trigger {
                        start: i,
                        end: v + (h.end - 1),
                        pattern: h.value.pattern as usize,
                    });
                }
            }
        }
        let mut cands: Vec<Trigger> = Vec::new();
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
            // "a law banning the portrayal": a participle after a noun phrase describes it; the law does not act.
            // (A statement "demanding that …" does speak, so only material actions are dropped.)
            if p.kind == PatternKind::Verb
                && self.words.has_prefix_of("material_code", &p.code)
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
            let feared = p.kind == PatternKind::Noun
                && (h.start.saturating_sub(4)..h.start).any(|j| {
                    toks[j].norm == "of"
                        && j > 0
                        && self.words.is("hypothetical_head", &toks[j - 1].norm)
                });
            if imagined || feared {
                continue;
            }
            // A verb in its base form needs something that licenses a verb before it ("to", a modal, a subject);
            // otherwise it is a noun or adjective spelt the same ("energy, finance and manufacturing").
            // Right after a preposition a word is a noun ("into alleged war crimes", "with sanctions").
            if p.kind == PatternKind::Verb && prev != "to" && self.words.is("preposition", prev) {
                continue;
            }
            if p.kind == PatternKind::Verb {
                let head = toks[h.start].norm.as_str();
                let bare = matches!(p.elements.first(), Some(Element::Word { alts, .. }) if alts.iter().any(|a| a == head));
                // (A lone lower-case modifier such as "multinational" or "police" before the word makes it a
                // noun: "a multinational force", "the police force".)
                // ("were hit with sanctions": after a form of "be" the base-form spelling is a participle.)
                let licensed = self.words.is("verb_premodifier", prev)
                    || self.words.is("be", prev)
                    || self.words.is("perfect_auxiliary", prev)
                    || prev.ends_with("ly")
                    || mentions.iter().any(|m| {
                        m.end == h.start
                            && !(m.end == m.start + 1
                                && !toks[m.start].cap
                                && !toks[m.start].norm.ends_with('s'))
                    });
                if bare && !licensed {
                    continue;
                }
            }
            // Words required after the slot (`blame _ for`) must follow within the window.
            let after = p.after_slot();
            if !after.is_empty() {
                // (Capitalised words of an actor's name are not the pattern's: "expel _ community" is not
                // "expelled the East African Community's force".)
                // (Not past a "that": "told Zelensky that Beijing would send an envoy to Kyiv" is no `tell _ to`.)
                let names_that = after.iter().any(
                    |e| matches!(e, Element::Word { alts, .. } if alts.iter().any(|a| a == "that")),
                );
                let upto = toks.len().min(h.end + TARGET_WINDOW + 4);
                let upto = (h.end..upto)
                    .find(|&i| toks[i].norm == "that" && !names_that)
                    .unwrap_or(upto);
                let window: Vec<&str> = (h.end..upto)
                    .filter(|&i| !name_word[i])
                    .map(|i| toks[i].norm.as_str())
                    .collect();
                let need: Vec<&Element> = after
                    .iter()
                    .filter(|e| {
                        matches!(
                            e,
                            Element::Word {
                                optional: false,
                                ..
                            }
                        )
                    })
                    .collect();
                let ok = need.iter().all(|e| match e {
                    Element::Word { alts, .. } => {
                        window.iter().any(|w| alts.iter().any(|a| a == w))
                    }
                    Element::Slot => true,
                });
                if !ok {
                    continue;
                }
            }
            cands.push(h);
        }
        // Longest first; a pattern with more words after its head is more specific.
        // Longest first; then the pattern that demands more words after its target (`call _ friend` over
        // `call _`), which the check above has already found.
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
                    self.words.is("determiner", prev)
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

    fn code_sentence(
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
        if score && toks.iter().any(|t| self.words.is("sport_result", &t.norm)) {
            discarded.iter_mut().for_each(|d| *d = true);
            near_discarded.iter_mut().for_each(|d| *d = true);
            blocked.iter_mut().for_each(|b| *b = true);
            discard_note = Some("a sports result (a score and a match verb)".to_string());
        }
        let found = self.lex.discard_index().find(toks, text);
        let mut mentions = self.mentions(doc, toks, mem);
        for d in found {
            // "riot police": a discard that is an actor's own name only keeps its words from being a trigger;
            // the actor stays, and so do the events around it.
            let actor = mentions
                .iter()
                .any(|m| m.start <= d.start && d.end <= m.end);
            for i in d.start..d.end {
                discarded[i] = true;
                if !actor {
                    blocked[i] = true;
                    near_discarded[i] = true;
                }
            }
            if actor {
                continue;
            }
            if discard_note.is_none() {
                let (phrase, src) = &self.lex.discards()[*d.value as usize];
                discard_note = Some(format!(
                    "the sentence matches the discard {phrase:?} ({src})"
                ));
            }
        }
        mentions.retain(|m| !blocked[m.start..m.end].iter().any(|b| *b));
        let triggers = self.verb_triggers(toks, text, &mentions, &discarded, &is_time);
        let clauses = self.clause_starts(toks, &mentions, &triggers);
        let question = toks.last().is_some_and(|t| t.norm.ends_with('?'))
            || toks.iter().rev().take(3).any(|t| t.norm == "?");
        let attribution = self.according_to(toks, &mentions);

        let mut events: Vec<Event> = Vec::new();
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
            let floor = clauses
                .iter()
                .rev()
                .find(|&&c| c <= tr.start)
                .copied()
                .unwrap_or(0);
            let ceiling = clauses
                .iter()
                .find(|&&c| c > tr.end)
                .copied()
                .unwrap_or(toks.len());
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
            if let Some(gov) = triggers.iter().filter(|_| ordered.is_none()).find(|o| {
                let pc = &self.lex.verb_patterns()[o.pattern].code;
                o.end <= tr.start
                    && tr.start <= o.end + 14
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
                                    + 6
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
                        || p.kind == PatternKind::Noun
                            && pc != "010"
                            && tr.start <= o.end + 6
                            && toks[o.end..tr.start]
                                .iter()
                                .take(3)
                                .any(|t| self.words.is("topic_preposition", &t.norm)))
            }) {
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
            if let Some(why) = self
                .hypothetical(toks, floor, tr.start)
                .filter(|_| demander.is_none())
            {
                trace.decision = format!("not coded: {why}");
                traces.push(trace);
                continue;
            }
            let mut negated = self.negation(toks, floor, tr.start);
            // Passive: "was attacked by X".
            // ("M23 rebels backed by Rwanda attacked": a participle right after an actor with a "by" agent is a
            // reduced passive.)
            let reduced_passive = p.kind == PatternKind::Verb
                && tr.end == tr.start + 1
                && toks[tr.start].norm.ends_with("ed")
                && Self::norm(toks, tr.end) == "by"
                && mentions.iter().any(|m| m.end == tr.start);
            let fronted_object = p.kind == PatternKind::Verb
                && self
                    .fronted_object_participle(toks, tr.start)
                    .is_some_and(|v| v < tr.end);
            let passive = p.kind == PatternKind::Verb
                && (self.is_passive(toks, floor, tr.start) || reduced_passive || fronted_object);
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
                        p1 == "by"
                            || p2 == "by" && self.words.is("determiner", p1)
                            || possessed
                            || adjectives
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
            let subject = if coordinated {
                first_subject().or_else(|| self.subject(toks, &mentions, floor, first_verb))
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
                (
                    by_agent,
                    self.target(toks, &mentions, p, tr, ceiling)
                        .filter(|t| by_agent.is_none_or(|b| b.start != t.start)),
                )
            } else if let Some(doer) = described {
                (Some(doer), self.target(toks, &mentions, p, tr, ceiling))
            } else if let Some((_, orderer)) = ordered {
                // What a state orders its own forces to do, it does.
                (Some(orderer), self.target(toks, &mentions, p, tr, ceiling))
            } else if passive {
                (by_agent, patient)
            } else {
                // "recognised a Palestinian state": a pattern may hold its target inside its own words.
                // People a coercive action is done to may be the pattern's own words ("detained hundreds of
                // protesters"); troops that are deployed or massed are its means, not its target.
                let coercive = self.words.has_prefix_of("coercive_code", &p.code);
                let inside = mentions.iter().find(|m| {
                    m.start > tr.start
                        && m.start < tr.end
                        && !self.determiner_pronoun(toks, m)
                        && (coercive || m.actors.iter().all(|a| a.kind != EntityKind::Agent))
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
                    let cond = (tr.end..toks.len())
                        .find(|&i| self.words.is("threat_condition", &toks[i].norm))?;
                    mentions
                        .iter()
                        .find(|m| m.start > cond && m.start <= cond + 3)
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
                    .inspect(|&sv| anchor = sv)
                    .and_then(|sv| {
                        // "Moscow and Kyiv held negotiations", "signed a trade agreement": a support verb hands
                        // the event noun to its own subject; an actor between them is the recipient ("Finland
                        // will give Tanzania a grant").
                        let subj = self.subject(toks, &mentions, floor, sv).or(source_m)?;
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
                    // "did not sign the communique of the summit": the support verb's negation is the noun's.
                    if negated.is_none() {
                        negated = self.negation(toks, floor, anchor);
                    }
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
                    m.start > tr.end
                        && m.start <= tr.end + 8
                        && Self::norm(toks, m.start - 1) == "by"
                }) {
                    // "the invasion of Ukraine by Russia", "the expulsion of the Russian ambassador by Moldova"
                    source_m = Some(by);
                    target_m = adjacent.filter(|t| t.start < by.start).or_else(|| {
                        mentions.iter().find(|m| {
                            m.start >= tr.end
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
            // "staged military drills around Taiwan", "threatened suicide attacks in Kenya", "fired at targets in
            // Jericho": a show of force or an attack with no other target is aimed at the foreign state where it
            // takes place.
            let aimed_at_place = self.words.has_prefix_of("place_target_code", &p.code);
            if target_m.is_none() && aimed_at_place && demand_code.is_none() {
                let src_country = source_m.and_then(|m| m.actors[0].country.clone());
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
                                && a.country != src_country
                        })
                    });
            }
            // "A roadside bombing near the town of Samarra killed …": violence by no one named is credited to the
            // state where it happened, as PLOVER codes it.
            if source_m.is_none() && self.words.has_prefix_of("attack_code", &p.code) {
                source_m = mentions.iter().find(|m| {
                    m.start >= floor
                        && m.end <= tr.start
                        && m.actors.len() == 1
                        && m.actors[0].kind == EntityKind::Country
                        && m.actors[0].sector.is_none()
                        && m.start > 0
                        && matches!(Self::norm(toks, m.start - 1), "of" | "in" | "near")
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
            let Some(source_m) = source_m else {
                trace.decision = "not coded: no source actor in the clause".into();
                traces.push(trace);
                continue;
            };
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
            let (mut date, mut precision, mut basis) =
                self.event_date(toks, &times, &clauses, floor..ceiling, tr.start, doc.date);
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
                let threatened = triggers
                    .iter()
                    .filter(|o| o.start >= tr.end && o.start <= tr.end + 4 && o.start < ceiling)
                    .find_map(|o| {
                        let pc = &self.lex.verb_patterns()[o.pattern].code;
                        self.intents
                            .iter()
                            .find(|(a, _)| pc.starts_with(a.as_str()))
                            .map(|(_, t)| t.clone())
                    })
                    .filter(|t| t.starts_with("13"));
                if let Some(t) = threatened {
                    note = if note.is_empty() {
                        format!("threat of what it names: {t}")
                    } else {
                        format!("{note}; threat of what it names: {t}")
                    };
                    code_str = t;
                }
            }
            if future && demand_code.is_none() {
                if let Some((_, intent)) = self
                    .intents
                    .iter()
                    .find(|(a, _)| p.code.starts_with(a.as_str()))
                {
                    note = if note.is_empty() {
                        format!("announced or offered: intent {intent}")
                    } else {
                        format!("{note}; announced or offered: intent {intent}")
                    };
                    code_str = intent.clone();
                }
                // "will withdraw its peacekeeping force from Chad unless …": an announced action made to hang on
                // the other side's conduct is a threat.
                let unless = toks[tr.end.min(ceiling)..ceiling]
                    .iter()
                    .any(|t| self.words.is("threat_condition", &t.norm));
                if unless && !code_str.starts_with("13") {
                    note = format!("{note}; conditional on the other side: threat 130");
                    code_str = "130".into();
                }
            }
            // "Putin and Biden met in Geneva": a meeting in a third state's place is CAMEO's 044.
            if code_str == "040" && demand_code.is_none() {
                let parties: Vec<&str> = sources
                    .iter()
                    .chain(targets.iter())
                    .filter_map(|(_, a)| a.country.as_deref())
                    .collect();
                let third = mentions.iter().find(|m| {
                    let Some(c) = m.actors[0].country.as_deref() else {
                        return false;
                    };
                    let at = self.phrase_start(toks, m.start, tr.end, usize::MAX);
                    m.start >= tr.end
                        && m.start < ceiling
                        && at > tr.end
                        && self.words.is("locative", Self::norm(toks, at - 1))
                        && parties.len() >= 2
                        && !parties.contains(&c)
                });
                if third.is_some() {
                    note = if note.is_empty() {
                        "a meeting in a third state: 044".to_string()
                    } else {
                        format!("{note}; a meeting in a third state: 044")
                    };
                    code_str = "044".into();
                }
            }
            // Means and aims pick the sub-code ("warplanes struck" → 195, "marched against the tax" → 1412).
            if let Some((_, sub, _)) = self.refinements.iter().find(|(from, _, cues)| {
                *from == code_str
                    && cues.iter().any(|c| {
                        toks[floor..ceiling.min(toks.len())]
                            .windows(c.len())
                            .any(|w| w.iter().zip(c).all(|(t, n)| t.norm == *n))
                    })
            }) {
                note = if note.is_empty() {
                    format!("sub-code {sub} by its means or aim")
                } else {
                    format!("{note}; sub-code {sub} by its means or aim")
                };
                code_str = sub.clone();
            }
            // Violence between a state's forces and its protesters is coded by who does it: security forces firing
            // on protesters is repression (175), protesters storming or clashing is a violent protest (145).
            let violent = self.words.has_prefix_of("violence_code", &code_str)
                && !self.words.is("violence_code_exception", &code_str);
            if violent && demand_code.is_none() {
                let sector = |a: &ResolvedActor| a.sector.clone().unwrap_or_default();
                let protesters = |a: &ResolvedActor| self.words.is("protester_sector", &sector(a));
                let forces = |a: &ResolvedActor| self.words.is("security_sector", &sector(a));
                let same_state = sources.iter().all(|(_, s)| {
                    targets
                        .iter()
                        .all(|(_, t)| s.country.is_some() && s.country == t.country)
                });
                let new = if !targets.is_empty()
                    && same_state
                    && sources.iter().all(|(_, a)| forces(a))
                    && targets.iter().all(|(_, a)| protesters(a))
                {
                    Some("175")
                } else if !sources.is_empty() && sources.iter().all(|(_, a)| protesters(a)) {
                    Some("145")
                } else {
                    None
                };
                if let Some(c) = new {
                    note = if note.is_empty() {
                        format!("violence between forces and protesters: {c}")
                    } else {
                        format!("{note}; violence between forces and protesters: {c}")
                    };
                    code_str = c.to_string();
                }
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
                note = if note.is_empty() {
                    "staged together: military cooperation 062".into()
                } else {
                    format!("{note}; staged together: military cooperation 062")
                };
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
                        note = if note.is_empty() {
                            format!("agreed or decided: {c}")
                        } else {
                            format!("{note}; agreed or decided: {c}")
                        };
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
                note = if note.is_empty() {
                    format!("aim: {}", dp.code)
                } else {
                    format!("{note}; aim: {}", dp.code)
                };
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
                note = if note.is_empty() {
                    format!("answers an earlier request ({asked})")
                } else {
                    format!("{note}; answers an earlier request ({asked})")
                };
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
                && targets.iter().all(|(_, t)| {
                    t.country.is_none()
                        || sources.iter().any(|(_, s)| {
                            same_actor(s, t) || s.country == t.country && t.sector.is_none()
                        })
                })
            {
                targets.clear();
            }
            // "accused each other", "met one another": both ways.
            let each_other = matches!(
                (Self::norm(toks, tr.end), Self::norm(toks, tr.end + 1)),
                ("each", "other") | ("one", "another")
            );
            let reciprocal = joint
                || targets.is_empty()
                    && sources.len() >= 2
                    && (self.words.is("reciprocal", &toks[tr.start].norm)
                        || self.words.has_prefix_of("reciprocal_code", &p.code)
                        || each_other)
                || p.kind == PatternKind::Noun && targets.is_empty() && sources.len() >= 2;
            // A consultation noun with both sides known runs both ways.
            // (Not once it is only intended: "ready to resume talks with the United States" is one side's.)
            let mut both_ways = p.kind == PatternKind::Noun
                && p.code.starts_with("04")
                && code_str.starts_with("04")
                && !note.is_empty()
                && targets.len() == 1;
            // "clashed with rebels": a mutual action with one partner named runs both ways.
            if targets.len() == 1 && self.words.has_prefix_of("mutual_code", &code_str) {
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
            if !own_country.is_empty() && domestic.is_empty() {
                targets = own_country.iter().map(|d| (span, d)).collect();
                note = if note.is_empty() {
                    "domestic action".into()
                } else {
                    format!("{note}; domestic action")
                };
            }
            if !domestic.is_empty() {
                targets = domestic.iter().map(|d| (span, d)).collect();
                note = if note.is_empty() {
                    "domestic protest".into()
                } else {
                    format!("{note}; domestic protest")
                };
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
                        note = if note.is_empty() {
                            format!("refused: reject {c}")
                        } else {
                            format!("{note}; refused: reject {c}")
                        };
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
        // Remember the last plural antecedent: a compound of two, or a plural role noun.
        for m in &mentions {
            let sp = |x: &Mention| Span::new(toks[x.start].span.start, toks[x.end - 1].span.end);
            let words = |x: &Mention| sp(x).slice(text).unwrap_or("").to_string();
            let group: Vec<&Mention> = mentions.iter().filter(|x| x.group == m.group).collect();
            if group.len() == 2 && group[0].start == m.start && m.via == Via::Lexicon {
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

    /// `according to X` anywhere in the sentence.
    fn according_to<'m>(&self, toks: &[Token], mentions: &'m [Mention]) -> Option<&'m Mention> {
        (0..toks.len().saturating_sub(1))
            .find(|&i| toks[i].norm == "according" && Self::norm(toks, i + 1) == "to")
            .and_then(|i| {
                mentions
                    .iter()
                    .find(|m| m.start >= i + 2 && m.start <= i + 6)
            })
    }

    /// The speaker when the trigger sits in reported speech: `X said (that) … trigger` or `trigger …, X said`.
    fn reporter<'m>(
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
    fn subject<'m>(
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
            .then(|| mentions.iter().find(|m| m.end == floor - 1))
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
            let adjective_pp = pp(prev3)
                && self.words.is("determiner", prev2)
                && toks[m.start - 1].kind == TokenKind::Word
                && !toks[m.start - 1].cap
                && !self.words.is("auxiliary", prev);
            opener || !(pp(prev) || self.words.is("determiner", prev) && pp(prev2) || adjective_pp)
        };
        // The head of a compound subject is its first member; take the nearest non-PP mention, else one inside
        // an `of` phrase that opens the clause ("A convoy of Ukrainian troops was attacked").
        let of_phrase = |m: &&&Mention| {
            m.start >= 2 && Self::norm(toks, m.start - 1) == "of" && m.start - 2 <= floor + 2
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
    fn target<'m>(
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
                            && (a.country.is_none() || possessed)
                            && self
                                .words
                                .is("force_sector", a.sector.as_deref().unwrap_or(""))
                    });
                if means {
                    return false;
                }
                let stateless = m.actors.iter().all(|a| a.country.is_none());
                if stateless
                    && !after.is_empty()
                    && toks[m.start..m.end]
                        .iter()
                        .any(|t| after.contains(&t.norm.as_str()))
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
        let slot_prep = p
            .elements
            .iter()
            .position(|e| *e == Element::Slot)
            .and_then(|i| i.checked_sub(1))
            .and_then(|i| match &p.elements[i] {
                Element::Word { alts, .. } => Some(alts),
                Element::Slot => None,
            })
            .filter(|alts| alts.iter().all(|a| self.words.is("preposition", a)))
            .cloned()
            // "extradited 14 paramilitary leaders to the United States": who receives what is handed over is
            // the target, not the people handed over.
            .or_else(|| {
                self.words
                    .is("handover_verb", &toks[tr.start].norm)
                    .then(|| vec!["to".to_string()])
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
    fn determiner_pronoun(&self, toks: &[Token], m: &Mention) -> bool {
        m.end == m.start + 1
            && self.words.is("possessive_pronoun", &toks[m.start].norm)
            && toks.get(m.end).is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// Where the noun phrase ending in the actor at `start` begins: back over capitalised words and
    /// determiners ("in *the Saudi* city", "in *East* Jerusalem"), at most `max_steps` of them, never before
    /// `floor`. The word before it is the phrase's preposition, if any.
    fn phrase_start(&self, toks: &[Token], start: usize, floor: usize, max_steps: usize) -> usize {
        let mut at = start;
        let mut steps = 0;
        while at > floor
            && steps < max_steps
            && (toks[at - 1].cap && toks[at - 1].kind == TokenKind::Word
                || self.words.is("determiner", &toks[at - 1].norm)
                || self.words.is("direction_adjective", &toks[at - 1].norm))
        {
            at -= 1;
            steps += 1;
        }
        at
    }

    /// For a rejection whose object is a request noun ("the appeal", "their demand"), the most recent request
    /// in the document made of one of the rejecting sources: (who asked, the request's code).
    fn answered_request(
        &self,
        toks: &[Token],
        tr: &Trigger,
        ceiling: usize,
        sources: &[Party],
        mem: &Memory,
    ) -> Option<(ResolvedActor, String)> {
        let end = ceiling.min(tr.end + 4).min(toks.len());
        let noun = (tr.start + 1..end).find(|&i| self.words.is("request_noun", &toks[i].norm))?;
        // Only a determiner or a modifier may stand between ("the latest appeal"), not another clause.
        if (tr.end.min(noun)..noun).any(|i| toks[i].kind != TokenKind::Word || toks[i].cap) {
            return None;
        }
        // A definite request names one made before ("the appeal", "their demand"); "rejected calls for his
        // resignation" is about requests in general.
        let det = (tr.start + 1..noun)
            .rev()
            .find(|&i| self.words.is("determiner", &toks[i].norm))?;
        if matches!(
            toks[det].norm.as_str(),
            "a" | "an" | "some" | "any" | "no" | "every" | "each" | "another" | "such"
        ) {
            return None;
        }
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

    /// For an action a leader orders its own forces to take ("ordered the army to deploy troops along the
    /// border", "ordered the military to launch an offensive"): the order's trigger and the one who gave it. The
    /// state acts through its forces, so the action is the orderer's (CAMEO codes the action, not a demand).
    fn ordered_of_own_forces<'t, 'm>(
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
    fn considered_by<'t>(
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
    fn protest_of_aim<'t>(
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
    /// lifted"), the position of the participle.
    fn fronted_object_participle(&self, toks: &[Token], i: usize) -> Option<usize> {
        let n = &toks[i];
        if n.kind != TokenKind::Word
            || self.words.is("determiner", &n.norm)
            || self.words.is("be", &n.norm)
        {
            return None;
        }
        let mut v = i + 1;
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
        (part.ends_with("ed") || self.words.is("irregular_participle", part)).then_some(v)
    }

    /// A trigger made of a refusal verb and its `to`/`from` only, perhaps with a time between ("refused on
    /// Monday to"): it governs the action that follows.
    fn bare_refusal(&self, toks: &[Token], tr: &Trigger) -> bool {
        toks[tr.start..tr.end].iter().all(|t| {
            self.words.is("refusal_governing", &t.norm)
                || self.words.is("time_word", &t.norm)
                || matches!(t.norm.as_str(), "to" | "from")
        }) && self.words.is("refusal_governing", &toks[tr.start].norm)
    }

    fn is_passive(&self, toks: &[Token], floor: usize, start: usize) -> bool {
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

    fn negation(&self, toks: &[Token], floor: usize, start: usize) -> Option<String> {
        let from = start.saturating_sub(6).max(floor);
        for i in (from..start).rev() {
            let w = toks[i].norm.as_str();
            // ("did not criticise the judges and called for calm": a negation does not reach past "and".)
            if matches!(w, "and" | "but") {
                return None;
            }
            if self.words.is("negation", w) || w == "no" && Self::norm(toks, i + 1) == "longer" {
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

    fn hypothetical(&self, toks: &[Token], floor: usize, start: usize) -> Option<String> {
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
        None
    }

    fn event_date(
        &self,
        toks: &[Token],
        times: &[TimeExpr],
        clauses: &[usize],
        clause: std::ops::Range<usize>,
        start: usize,
        pub_date: NaiveDate,
    ) -> (Option<String>, Option<String>, DateBasis) {
        let (floor, ceiling) = (clause.start, clause.end);
        let lo = toks.get(floor).map_or(0, |t| t.span.start);
        let hi = toks
            .get(ceiling.saturating_sub(1))
            .map_or(usize::MAX, |t| t.span.end);
        let in_clause = times
            .iter()
            .find(|t| t.span.start >= lo && t.span.end <= hi);
        let fmt = |t: &TimeExpr| {
            let p = match t.value.granularity {
                Granularity::Day => "day",
                Granularity::Week => "week",
                Granularity::Month => "month",
                Granularity::Year => "year",
            };
            (
                Some(t.value.start.format("%Y-%m-%d").to_string()),
                Some(p.to_string()),
            )
        };
        if let Some(t) = in_clause {
            let (d, p) = fmt(t);
            return (d, p, DateBasis::Stated);
        }
        // A past event referred back to in a subordinate clause: "since Russia invaded Ukraine".
        let opener = toks.get(floor).map_or("", |t| t.norm.as_str());
        let head = toks.get(start).map_or("", |t| t.norm.as_str());
        if floor > 0
            && matches!(opener, "since" | "after" | "before" | "when" | "until")
            && head.ends_with("ed")
        {
            return (None, None, DateBasis::PastUnknown);
        }
        // The one time expression outside any other clause of the sentence (not "Putin, who resigned in May,
        // accused …": a time inside a dependent clause is that clause's).
        let dependent = |t: &TimeExpr| {
            let at = toks
                .iter()
                .position(|k| k.span.start >= t.span.start)
                .unwrap_or(0);
            clauses.iter().rev().find(|&&c| c <= at).is_some_and(|&c| {
                c > 0
                    && c != floor
                    && (self.words.is("relative", Self::norm(toks, c))
                        || self.words.is("subordinator", Self::norm(toks, c)))
            })
        };
        if times.len() == 1 && !dependent(&times[0]) {
            let (d, p) = fmt(&times[0]);
            return (d, p, DateBasis::Stated);
        }
        (
            Some(pub_date.format("%Y-%m-%d").to_string()),
            Some("day".into()),
            DateBasis::Publication,
        )
    }
}
