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
use readout_lexicon::verbs::{Element, Irregulars, PatternKind};
use readout_lexicon::{Context, EntityKind, Lexicon, ResolvedActor};
use readout_text::{find_times, Document, Granularity, Sentence, Span, TimeExpr, Token, TokenKind};
use serde::Serialize;

use crate::event::{stable_hash, Actor, DateBasis, Event, Evidence};
use crate::words::Words;

mod clauses;
mod dates;
mod decisions;
mod mentions;
mod roles;
mod sentence;

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

impl Mention {
    /// A mention resolved to earlier words (a pronoun, a description), not yet in a compound.
    fn coreference(
        start: usize,
        end: usize,
        actors: Vec<ResolvedActor>,
        antecedent: String,
    ) -> Mention {
        Mention {
            start,
            end,
            actors,
            via: Via::Coreference { antecedent },
            group: 0,
        }
    }

    /// The mention's words in the text and its first actor, as coreference memory keeps them.
    fn spelled(&self, toks: &[Token], text: &str) -> (String, ResolvedActor) {
        let sp = Span::new(toks[self.start].span.start, toks[self.end - 1].span.end);
        (
            sp.slice(text).unwrap_or("").to_string(),
            self.actors[0].clone(),
        )
    }
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
    /// Reactions to an act named before (`data/reaction.txt`): the codes that react, and each event noun with
    /// the roots of the acts it can name (empty: any act but a reaction).
    reaction_codes: Vec<String>,
    reaction_nouns: HashMap<String, Vec<String>>,
    /// Sub-codes by means or aim (`data/refine.txt`).
    refinements: Vec<Refinement>,
    /// The lexicon's office titles, lower-cased ("prime minister").
    titles: rustc_hash::FxHashSet<String>,
    /// Definite descriptions of states and the states each can name (`data/country-descriptions.txt`).
    descriptions: Vec<(Vec<String>, Vec<String>)>,
    /// Definite descriptions of international organisations and the code prefixes each can name
    /// (`data/organisation-descriptions.txt`).
    org_descriptions: Vec<(Vec<String>, Vec<String>)>,
    /// What trigger selection asks of each verb pattern, precomputed: a sentence meets many patterns that
    /// share a head (`accuse _ of murder`, `accuse _ of bias`, …), and reading each pattern's own words for
    /// every hit was most of the coder's time.
    gates: PatternGates,
}

/// Per verb pattern, in the lexicon's order: the words it needs after its target, as ids of a small
/// vocabulary, and flags the trigger filters read.
#[derive(Debug, Default)]
struct PatternGates {
    /// Words that occur after some pattern's slot → id.
    vocab: HashMap<String, u32>,
    /// Per pattern, its range in `alts_of`: one entry per required word after the slot.
    required: Vec<std::ops::Range<u32>>,
    /// Per required word, its range in `alts`.
    alts_of: Vec<std::ops::Range<u32>>,
    alts: Vec<u32>,
    /// Per pattern: it names "that" after its slot, so its window may pass one.
    names_that: Vec<bool>,
    /// Per pattern: its code is a material conflict action (`material_code`).
    material: Vec<bool>,
}

impl PatternGates {
    fn new(lex: &Lexicon, words: &Words) -> PatternGates {
        let mut g = PatternGates::default();
        for p in lex.verb_patterns() {
            let after = p.after_slot();
            g.names_that.push(after.iter().any(
                |e| matches!(e, Element::Word { alts, .. } if alts.iter().any(|a| a == "that")),
            ));
            g.material
                .push(words.has_prefix_of("material_code", &p.code));
            let from = g.alts_of.len() as u32;
            for e in after {
                if let Element::Word {
                    alts,
                    optional: false,
                } = e
                {
                    let a0 = g.alts.len() as u32;
                    for a in alts {
                        let next = g.vocab.len() as u32;
                        let id = *g.vocab.entry(a.clone()).or_insert(next);
                        g.alts.push(id);
                    }
                    g.alts_of.push(a0..g.alts.len() as u32);
                }
            }
            g.required.push(from..g.alts_of.len() as u32);
        }
        g
    }

    /// True when every word pattern `p` requires after its slot is among `window` (ids from `vocab`).
    fn after_met(&self, p: usize, window: &[u32]) -> bool {
        let r = &self.required[p];
        self.alts_of[r.start as usize..r.end as usize]
            .iter()
            .all(|a| {
                self.alts[a.start as usize..a.end as usize]
                    .iter()
                    .any(|id| window.contains(id))
            })
    }

    fn has_after(&self, p: usize) -> bool {
        !self.required[p].is_empty()
    }
}

/// A rule of `data/refine.txt`: an event coded `from` whose clause holds any of `cues` is coded `to`.
#[derive(Debug)]
pub(crate) struct Refinement {
    pub(crate) from: String,
    pub(crate) to: String,
    /// Each cue is a word sequence; each word is the set of forms it may take in text.
    cues: Vec<Vec<Vec<String>>>,
}

impl Refinement {
    /// True when one of the rule's cues occurs in `toks`: its first word in any inflected form (`lift the
    /// curfew` also matches "lifted the curfew"), a later content word also as a plural. Reporters inflect where
    /// the file lists one form; listing every variant is what made the file brittle. (Letting other words in
    /// between cue words was tried: "a vehicle struck a roadside bomb" became a vehicle bomb, "barred Americans
    /// from adopting" a ban on candidates.)
    pub(crate) fn cued(&self, toks: &[Token]) -> bool {
        self.cues.iter().any(|cue| {
            toks.windows(cue.len())
                .any(|w| w.iter().zip(cue).all(|(t, forms)| forms.contains(&t.norm)))
        })
    }
}

/// Reads `data/refine.txt`: `CODE > SUB | cue; cue`.
fn refinements(text: &str, irregular: &Irregulars, words: &Words) -> Vec<Refinement> {
    let plain = |w: &str| w.len() > 2 && w.chars().all(|c| c.is_ascii_alphabetic());
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (codes, cues) = l.split_once('|')?;
            let (from, to) = codes.split_once('>')?;
            let cues = cues
                .split(';')
                .map(|c| {
                    let toks: Vec<String> = readout_text::tokenize(c, 0..c.len())
                        .map(|t| t.norm)
                        .collect();
                    let n = toks.len();
                    toks.into_iter()
                        .enumerate()
                        .map(|(i, w)| {
                            let function =
                                words.is("preposition", &w) || words.is("determiner", &w);
                            match (plain(&w), i == 0 && n > 1) {
                                (true, true) => irregular.verb_forms(&w),
                                // (the plural: `verb_forms` lists the -s form second)
                                (true, false) if !function => {
                                    irregular.verb_forms(&w).into_iter().take(2).collect()
                                }
                                _ => vec![w],
                            }
                        })
                        .collect::<Vec<_>>()
                })
                .filter(|c| !c.is_empty())
                .collect();
            Some(Refinement {
                from: from.trim().to_string(),
                to: to.trim().to_string(),
                cues,
            })
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
/// How a stateless role noun that took the document's home state says so (the words end every such note).
const HOME_HOW: &str = ", the country the document is about";
/// How armed forces a state moves took its state ("India flew military aircraft"): they are its means, never
/// the target of the move.
const OWN_FORCES_HOW: &str = "armed forces a state moves are the state's";

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
    /// The two people of the last event coded both ways between people of two states ("Pashinyan and Aliyev
    /// signed …"), for "the two leaders" even when a third person was named since.
    last_person_pair: Option<Vec<(String, ResolvedActor)>>,
    /// The subject of each sentence so far, most recent last: a sentence-initial "it" or "he" continues the
    /// subject, not whatever was named last ("China refrained from … Russia's actions. It has also …").
    subjects: Vec<(String, ResolvedActor)>,
    /// Appeals, demands and protest demands so far: (code, who asked, who was asked), most recent last, for
    /// "rejected the appeal" later.
    requests: Vec<(String, ResolvedActor, ResolvedActor)>,
    /// Acts coded so far: (code, who acted), most recent last, for "praised the vote" later.
    acts: Vec<(String, ResolvedActor)>,
    /// Acts of violence coded so far: (doer, struck), most recent last, for "claimed responsibility for the
    /// attack".
    violence: Vec<(ResolvedActor, ResolvedActor)>,
    /// Visits coded so far: (visitor, host), most recent last, for "the visitor" and "his host".
    visits: Vec<(ResolvedActor, ResolvedActor)>,
    /// Accusations so far: (accuser, accused), most recent last, for "denied carrying out the strike".
    accusations: Vec<(ResolvedActor, ResolvedActor)>,
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

/// `data/country-descriptions.txt`: `the description = ISO3 …` lines.
fn descriptions(text: &str) -> Vec<(Vec<String>, Vec<String>)> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (words, codes) = l.split_once('=')?;
            Some((
                words.split_whitespace().map(str::to_string).collect(),
                codes.split_whitespace().map(str::to_string).collect(),
            ))
        })
        .collect()
}

/// `data/reaction.txt`: `code PREFIX` lines and `noun WORD ROOT…` lines (`*` for any act).
fn reactions(text: &str) -> (Vec<String>, HashMap<String, Vec<String>>) {
    let mut codes = Vec::new();
    let mut nouns = HashMap::new();
    for l in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let mut f = l.split_whitespace();
        match (f.next(), f.next()) {
            (Some("code"), Some(c)) => codes.push(c.to_string()),
            (Some("noun"), Some(w)) => {
                let roots: Vec<String> = f.filter(|r| *r != "*").map(str::to_string).collect();
                nouns.insert(w.to_string(), roots);
            }
            _ => {}
        }
    }
    (codes, nouns)
}

/// Where the clause holding token `at` starts, given the sentence's clause starts in order.
fn clause_start(clauses: &[usize], at: usize) -> usize {
    clauses
        .iter()
        .rev()
        .find(|&&c| c <= at)
        .copied()
        .unwrap_or(0)
}

/// Where the clause before the one starting at `start` starts.
fn clause_before(clauses: &[usize], start: usize) -> usize {
    clauses
        .iter()
        .rev()
        .find(|&&c| c < start)
        .copied()
        .unwrap_or(0)
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
        let reactions = reactions(include_str!("../../data/reaction.txt"));
        let words = Words::builtin();
        let gates = PatternGates::new(&lex, &words);
        let refinements = refinements(
            include_str!("../../data/refine.txt"),
            lex.irregulars(),
            &words,
        );
        Coder {
            titles,
            lex,
            words,
            opts,
            intents: table(include_str!("../../data/intent.txt")),
            demands: table(include_str!("../../data/demand.txt")),
            rejections: table(include_str!("../../data/rejection.txt")),
            refusals: table(include_str!("../../data/refusal.txt")),
            reaction_codes: reactions.0,
            reaction_nouns: reactions.1,
            protest_aims: table(include_str!("../../data/protest-aim.txt")),
            refinements,
            descriptions: descriptions(include_str!("../../data/country-descriptions.txt")),
            org_descriptions: descriptions(include_str!(
                "../../data/organisation-descriptions.txt"
            )),
            gates,
        }
    }

    /// The longest description of a state at the start of `toks` ("the baltic state"), with the states it can
    /// name. An adjective after "the" is looked past ("the tiny gulf state"): the length counts it. A word the
    /// file writes capitalised must be capitalised in the text ("the North" is North Korea; "the north" is not).
    fn description_at(&self, toks: &[Token]) -> Option<(usize, &[String])> {
        self.described(&self.descriptions, toks)
    }

    /// The longest description of an international organisation at the start of `toks` ("the fund"), with the
    /// code prefixes it can name.
    fn org_description_at(&self, toks: &[Token]) -> Option<(usize, &[String])> {
        self.described(&self.org_descriptions, toks)
    }

    fn described<'d>(
        &self,
        table: &'d [(Vec<String>, Vec<String>)],
        toks: &[Token],
    ) -> Option<(usize, &'d [String])> {
        // (Every description opens with "the"; most words do not.)
        if toks.first().is_none_or(|t| t.norm != "the") {
            return None;
        }
        let fits = |w: &str, t: &Token| {
            w.eq_ignore_ascii_case(&t.norm) && (!w.starts_with(char::is_uppercase) || t.cap)
        };
        let at = |toks: &[&Token]| {
            table
                .iter()
                .filter(|(w, _)| {
                    w.len() <= toks.len() && w.iter().zip(toks).all(|(a, b)| fits(a, b))
                })
                .max_by_key(|(w, _)| w.len())
                .map(|(w, c)| (w.len(), c.as_slice()))
        };
        let all: Vec<&Token> = toks.iter().take(6).collect();
        // ("The South Korean president", "the Baltic state Estonia": a name goes on; the name is the mention.)
        let name_goes_on = |n: usize| {
            toks.get(n)
                .is_some_and(|t| t.kind == TokenKind::Word && t.cap)
        };
        at(&all).filter(|(n, _)| !name_goes_on(*n)).or_else(|| {
            if all.len() > 2
                && all[0].norm == "the"
                && self.words.is("description_adjective", &all[1].norm)
            {
                let mut rest = vec![all[0]];
                rest.extend_from_slice(&all[2..]);
                at(&rest)
                    .map(|(n, c)| (n + 1, c))
                    .filter(|(n, _)| !name_goes_on(*n))
            } else {
                None
            }
        })
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
            last_person_pair: None,
            requests: Vec::new(),
            acts: Vec::new(),
            visits: Vec::new(),
            violence: Vec::new(),
            accusations: Vec::new(),
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
        // ("CARACAS, Jan 23 - … Trump … Maduro … Police fired tear gas": with no state named most, the
        // dateline's state, when the story names it as often as any other and more than once (or names no other
        // state), is where its stateless police and protesters are; not a host named once, "DOHA - … Israel and
        // Hamas".)
        let home = home.or_else(|| {
            let place = doc.header.place.as_deref()?;
            let toks: Vec<Token> = readout_text::tokenize(place, 0..place.len()).collect();
            let at = self
                .lex
                .actors(&toks, place, &Context::at(doc.date))
                .into_iter()
                .filter_map(|m| country_of(&self.lex, &m.actor))
                .next_back()?;
            let top = ranked.first().map_or(0, |e| e.0);
            ranked
                .iter()
                .find(|(n, _, a)| (*n == top && *n >= 2 || ranked.len() == 1) && same_actor(a, &at))
                .map(|(_, _, a)| a.clone())
        });
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
}
