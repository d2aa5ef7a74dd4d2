//! Scoring the coder against gold files.
//!
//! Two gold forms:
//! - **triples** (the form of PETRARCH's unit tests and of readout's own gold set): `id`, `date`, `text`,
//!   `expected: [{source, target, code}]`, `noevents`, optional `category`. A record passes when the set of
//!   (source, target, code) triples produced equals the expected set. The form is dyadic, as PETRARCH's
//!   `require_dyad` (default true) makes it: events without a source or a target are left out of the comparison
//!   unless the record's `config` sets `require_dyad` to false.
//! - **PLOVER** (`gsr-dev.jsonl`): `event` (a PLOVER type) with `source`/`target` lists of `{code}`; scored as the
//!   PLOVER README says (type, type+source, full, dyad, wrong-type events).

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use readout_text::Document;
use serde::{Deserialize, Serialize};

use crate::coder::Coder;
use crate::event::{stable_hash, Event};

/// One expected triple.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Triple {
    /// Source actor code.
    pub source: String,
    /// Target actor code (`---` when none).
    pub target: String,
    /// CAMEO code.
    pub code: String,
}

/// A gold record in the triples form.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldRecord {
    /// Id.
    pub id: String,
    /// Publication date.
    pub date: String,
    /// Text.
    pub text: String,
    /// Expected triples.
    #[serde(default)]
    pub expected: Vec<Triple>,
    /// Nothing may be coded.
    #[serde(default)]
    pub noevents: bool,
    /// Category, for per-category rates.
    #[serde(default)]
    pub category: Option<String>,
    /// Per-record coding options (PETRARCH's unit tests set `require_dyad`, comma limits, …).
    #[serde(default)]
    pub config: std::collections::BTreeMap<String, String>,
}

/// Which part of a gold file to score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Split {
    /// Every record.
    All,
    /// The 75 % tuned on.
    Train,
    /// The 25 % held out (records whose id hashes to 0 mod 4).
    Test,
}

impl Split {
    /// True when the record with this id belongs to the split.
    pub fn keeps(self, id: &str) -> bool {
        // FNV's bits are mixed (murmur3's finaliser) so that similar ids ("A-001", "A-002") spread evenly.
        let mut h = u64::from_str_radix(&stable_hash(&[id]), 16).unwrap_or(0);
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        let held_out = h.is_multiple_of(4);
        match self {
            Split::All => true,
            Split::Train => !held_out,
            Split::Test => held_out,
        }
    }
}

/// Precision and recall counts for one root.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct RootScore {
    /// Produced triples with this root that were expected.
    pub true_positives: usize,
    /// Produced triples with this root.
    pub produced: usize,
    /// Expected triples with this root.
    pub expected: usize,
}

/// A failed record, for the report.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    /// Record id.
    pub id: String,
    /// Expected triples.
    pub expected: Vec<Triple>,
    /// Produced triples.
    pub produced: Vec<Triple>,
}

/// The triples report.
#[derive(Debug, Clone, Default, Serialize)]
pub struct TripleReport {
    /// Records scored.
    pub records: usize,
    /// Records whose produced set equals the expected set.
    pub exact: usize,
    /// Exact-record match rate.
    pub exact_rate: f64,
    /// Triple precision.
    pub precision: f64,
    /// Triple recall.
    pub recall: f64,
    /// Triple F1.
    pub f1: f64,
    /// Per root.
    pub roots: BTreeMap<String, RootScore>,
    /// Expected root → produced root (or `none`) for expected triples not produced; `spurious` rows for
    /// produced triples whose dyad was not expected at all.
    pub confusion: BTreeMap<String, BTreeMap<String, usize>>,
    /// Per category: (passed, total).
    pub categories: BTreeMap<String, (usize, usize)>,
    /// F1 under looser matches, to show how far the misses are off: `root` (codes cut to their root),
    /// `countries` (actors cut to their state or
    /// organisation, role codes dropped), `code+source` (target ignored), `code+target` (source ignored) and
    /// `dyad` (code ignored), `root+countries` (both cuts).
    pub relaxed: BTreeMap<String, f64>,
    /// Failed records.
    pub misses: Vec<Miss>,
}

fn root(code: &str) -> String {
    code.get(..2).unwrap_or(code).to_string()
}

/// The triples an event list yields.
pub fn triples(events: &[Event]) -> BTreeSet<Triple> {
    events
        .iter()
        .filter_map(|e| {
            Some(Triple {
                source: e.source.as_ref()?.code.clone(),
                target: e
                    .target
                    .as_ref()
                    .map_or_else(|| "---".to_string(), |t| t.code.clone()),
                code: e.cameo.clone(),
            })
        })
        .collect()
}

/// Parses a triples gold file; bad lines are returned as `line: reason`.
pub fn read_gold(text: &str) -> (Vec<GoldRecord>, Vec<String>) {
    let mut recs = Vec::new();
    let mut errs = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<GoldRecord>(line) {
            Ok(r) => recs.push(r),
            Err(e) => errs.push(format!("{}: {e}", i + 1)),
        }
    }
    (recs, errs)
}

impl GoldRecord {
    /// Whether only events with both a source and a target count (PETRARCH's `require_dyad`, true unless the
    /// record's `config` says `false` in any case).
    ///
    /// ```
    /// let r: readout_coder::eval::GoldRecord =
    ///     serde_json::from_str(r#"{"id":"x","date":"2000-01-01","text":"t","config":{"require_dyad":"False"}}"#).unwrap();
    /// assert!(!r.requires_dyad());
    /// ```
    pub fn requires_dyad(&self) -> bool {
        self.config
            .get("require_dyad")
            .is_none_or(|v| !v.eq_ignore_ascii_case("false"))
    }
}

/// Scores the coder on triples gold records.
pub fn score_triples(coder: &Coder, records: &[GoldRecord], split: Split) -> TripleReport {
    score_triples_with(records, split, |_, doc| coder.code(doc).events)
}

/// Scores any coder, given as a function from a gold record and its document to events.
pub fn score_triples_with(
    records: &[GoldRecord],
    split: Split,
    code: impl Fn(&GoldRecord, &Document) -> Vec<Event>,
) -> TripleReport {
    let mut rep = TripleReport::default();
    let (mut tp, mut produced_n, mut expected_n) = (0usize, 0usize, 0usize);
    let mut loose: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    for r in records.iter().filter(|r| split.keeps(&r.id)) {
        let date = NaiveDate::parse_from_str(&r.date, "%Y-%m-%d").ok();
        let produced = match Document::from_text(&r.id, &r.text, date) {
            Some(doc) => {
                let mut events = code(r, &doc);
                if r.requires_dyad() {
                    events.retain(|e| e.source.is_some() && e.target.is_some());
                }
                triples(&events)
            }
            None => BTreeSet::new(),
        };
        let expected: BTreeSet<Triple> = if r.noevents {
            BTreeSet::new()
        } else {
            r.expected.iter().cloned().collect()
        };
        rep.records += 1;
        let ok = produced == expected;
        if ok {
            rep.exact += 1;
        } else {
            rep.misses.push(Miss {
                id: r.id.clone(),
                expected: expected.iter().cloned().collect(),
                produced: produced.iter().cloned().collect(),
            });
        }
        let cat = r
            .category
            .clone()
            .unwrap_or_else(|| r.id.split('-').next().unwrap_or("").to_string());
        let c = rep.categories.entry(cat).or_default();
        c.1 += 1;
        if ok {
            c.0 += 1;
        }
        for t in &produced {
            let s = rep.roots.entry(root(&t.code)).or_default();
            s.produced += 1;
            if expected.contains(t) {
                s.true_positives += 1;
                tp += 1;
            }
        }
        for t in &expected {
            rep.roots.entry(root(&t.code)).or_default().expected += 1;
            if !produced.contains(t) {
                let got = produced
                    .iter()
                    .find(|p| p.source == t.source && p.target == t.target)
                    .map_or_else(|| "none".to_string(), |p| root(&p.code));
                *rep.confusion
                    .entry(root(&t.code))
                    .or_default()
                    .entry(got)
                    .or_default() += 1;
            }
        }
        for p in &produced {
            if !expected
                .iter()
                .any(|t| t.source == p.source && t.target == p.target)
            {
                *rep.confusion
                    .entry("spurious".into())
                    .or_default()
                    .entry(root(&p.code))
                    .or_default() += 1;
            }
        }
        produced_n += produced.len();
        expected_n += expected.len();
        for (name, project) in RELAXED {
            let p: BTreeSet<Triple> = produced.iter().map(project).collect();
            let e: BTreeSet<Triple> = expected.iter().map(project).collect();
            let c = loose.entry(name).or_default();
            c.0 += p.intersection(&e).count();
            c.1 += p.len();
            c.2 += e.len();
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    rep.exact_rate = ratio(rep.exact, rep.records);
    rep.precision = ratio(tp, produced_n);
    rep.recall = ratio(tp, expected_n);
    let f1 = |p: f64, r: f64| {
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    };
    rep.f1 = f1(rep.precision, rep.recall);
    for (name, (t, p, e)) in loose {
        rep.relaxed
            .insert(name.to_string(), f1(ratio(t, p), ratio(t, e)));
    }
    rep
}

/// An actor code cut to its state or organisation: `USAGOV` → `USA`, `IGOUNOIAE` → `IGO`, `---GOV` → `---`.
fn state_of(code: &str) -> String {
    code.get(..3).unwrap_or(code).to_string()
}

type Projection = fn(&Triple) -> Triple;

/// The looser matches of [`TripleReport::relaxed`].
const RELAXED: [(&str, Projection); 6] = [
    ("root", |t| Triple {
        code: root(&t.code),
        ..t.clone()
    }),
    ("countries", |t| Triple {
        source: state_of(&t.source),
        target: state_of(&t.target),
        code: t.code.clone(),
    }),
    ("code+source", |t| Triple {
        target: String::new(),
        ..t.clone()
    }),
    ("code+target", |t| Triple {
        source: String::new(),
        ..t.clone()
    }),
    ("dyad", |t| Triple {
        code: String::new(),
        ..t.clone()
    }),
    ("root+countries", |t| Triple {
        source: state_of(&t.source),
        target: state_of(&t.target),
        code: root(&t.code),
    }),
];

/// A PLOVER gold actor.
#[derive(Debug, Clone, Deserialize)]
pub struct PloverActor {
    /// ISO alpha-3 or `IGO`.
    pub code: String,
}

/// A PLOVER gold record.
#[derive(Debug, Clone, Deserialize)]
pub struct PloverRecord {
    /// Id.
    pub id: String,
    /// Date.
    pub date: String,
    /// Sentence.
    pub text: String,
    /// PLOVER event type.
    pub event: String,
    /// Gold sources.
    #[serde(default)]
    pub source: Vec<PloverActor>,
    /// Gold targets.
    #[serde(default)]
    pub target: Vec<PloverActor>,
}

/// The PLOVER report.
#[derive(Debug, Clone, Default, Serialize)]
pub struct PloverReport {
    /// Records.
    pub records: usize,
    /// Type accuracy.
    pub type_acc: f64,
    /// Type + source.
    pub type_source: f64,
    /// Type + source + target.
    pub full: f64,
    /// Any event with the gold dyad.
    pub dyad: f64,
    /// Events of another type than the gold one.
    pub wrong_type_events: usize,
    /// Per gold type: (type hits, records).
    pub per_type: BTreeMap<String, (usize, usize)>,
    /// Records whose type was missed: id, gold type, produced types.
    pub misses: Vec<(String, String, Vec<String>)>,
    /// Records with the right type but not the right actors: id, gold `sources -> targets`, produced
    /// `source -> target` of the events of that type.
    pub actor_misses: Vec<(String, String, Vec<String>)>,
}

fn actor_key(a: &crate::event::Actor) -> String {
    if a.code.starts_with("IGO") {
        "IGO".into()
    } else {
        a.country
            .clone()
            .unwrap_or_else(|| a.code.chars().take(3).collect())
    }
}

/// Scores the coder on PLOVER gold records.
pub fn score_plover(coder: &Coder, records: &[PloverRecord]) -> PloverReport {
    let mut rep = PloverReport::default();
    let (mut ty, mut ts, mut full, mut dyad) = (0, 0, 0, 0);
    for r in records {
        rep.records += 1;
        let date = NaiveDate::parse_from_str(&r.date, "%Y-%m-%d").ok();
        let events = Document::from_text(&r.id, &r.text, date)
            .map(|d| coder.code(&d).events)
            .unwrap_or_default();
        let srcs: Vec<&str> = r.source.iter().map(|a| a.code.as_str()).collect();
        let tgts: Vec<&str> = r.target.iter().map(|a| a.code.as_str()).collect();
        let typed: Vec<&Event> = events
            .iter()
            .filter(|e| e.plover.as_deref() == Some(r.event.as_str()))
            .collect();
        rep.wrong_type_events += events
            .iter()
            .filter(|e| e.plover.as_deref() != Some(r.event.as_str()))
            .count();
        let src_ok = |e: &&Event| {
            e.source
                .as_ref()
                .is_some_and(|s| srcs.contains(&actor_key(s).as_str()))
        };
        let tgt_ok = |e: &&Event| {
            tgts.is_empty()
                || e.target
                    .as_ref()
                    .is_some_and(|t| tgts.contains(&actor_key(t).as_str()))
        };
        let entry = rep.per_type.entry(r.event.clone()).or_default();
        entry.1 += 1;
        if !typed.is_empty() {
            ty += 1;
            entry.0 += 1;
        } else {
            rep.misses.push((
                r.id.clone(),
                r.event.clone(),
                events.iter().filter_map(|e| e.plover.clone()).collect(),
            ));
        }
        if typed.iter().any(src_ok) {
            ts += 1;
        }
        if typed.iter().any(|e| src_ok(e) && tgt_ok(e)) {
            full += 1;
        } else if !typed.is_empty() {
            let side = |e: Option<&crate::event::Actor>| e.map_or("-".to_string(), actor_key);
            rep.actor_misses.push((
                r.id.clone(),
                format!("{} -> {}", srcs.join("+"), tgts.join("+")),
                typed
                    .iter()
                    .map(|e| format!("{} -> {}", side(e.source.as_ref()), side(e.target.as_ref())))
                    .collect(),
            ));
        }
        if events.iter().any(|e| {
            let e = &e;
            src_ok(e) && tgt_ok(e)
        }) {
            dyad += 1;
        }
    }
    let n = rep.records.max(1) as f64;
    rep.type_acc = ty as f64 / n;
    rep.type_source = ts as f64 / n;
    rep.full = full as f64 / n;
    rep.dyad = dyad as f64 / n;
    rep
}

/// A gold quote.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldQuote {
    /// The quoted words without the marks.
    pub text: String,
    /// `direct`, `partial` or `indirect`.
    #[serde(default)]
    pub kind: Option<String>,
    /// Actor code of the speaker, or null.
    #[serde(default)]
    pub speaker: Option<String>,
}

/// A gold record for quotes.
#[derive(Debug, Clone, Deserialize)]
pub struct QuoteGoldRecord {
    /// Id.
    pub id: String,
    /// Publication date.
    pub date: String,
    /// Passage.
    pub text: String,
    /// Every quote in it.
    #[serde(default)]
    pub quotes: Vec<GoldQuote>,
}

/// (text, speaker code) of a quote.
pub type QuoteBrief = (String, Option<String>);
/// A record whose quotes were not all found with the right speaker: id, gold, produced.
pub type QuoteMiss = (String, Vec<QuoteBrief>, Vec<QuoteBrief>);

/// The quotes report.
#[derive(Debug, Clone, Default, Serialize)]
pub struct QuoteReport {
    /// Records.
    pub records: usize,
    /// Gold quotes.
    pub gold: usize,
    /// Produced quotes.
    pub produced: usize,
    /// Produced quotes whose text matches a gold quote.
    pub matched: usize,
    /// Quote-span precision, recall and F1.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
    /// Matched quotes whose speaker code equals the gold one (null equals null).
    pub speaker_accuracy: f64,
    /// Matched quotes whose kind equals the gold one.
    pub kind_accuracy: f64,
    /// Misses: id, gold (text, speaker), produced (text, speaker).
    pub misses: Vec<QuoteMiss>,
}

/// Quote texts compare without surrounding white space and closing punctuation, which guides place inside or
/// outside the marks by house style.
fn quote_key(s: &str) -> String {
    s.trim()
        .trim_end_matches(['.', ',', ';', ':'])
        .trim()
        .to_string()
}

/// Scores quote extraction.
pub fn score_quotes(coder: &Coder, records: &[QuoteGoldRecord]) -> QuoteReport {
    let mut rep = QuoteReport::default();
    let (mut speaker_ok, mut kind_ok) = (0usize, 0usize);
    for r in records {
        rep.records += 1;
        let date = NaiveDate::parse_from_str(&r.date, "%Y-%m-%d").ok();
        let produced = Document::from_text(&r.id, &r.text, date)
            .map(|d| coder.quotes(&d))
            .unwrap_or_default();
        rep.gold += r.quotes.len();
        rep.produced += produced.len();
        let mut used = vec![false; produced.len()];
        let mut all_ok = produced.len() == r.quotes.len();
        for g in &r.quotes {
            let key = quote_key(&g.text);
            let hit = produced
                .iter()
                .enumerate()
                .find(|(i, p)| !used[*i] && quote_key(&p.text) == key);
            match hit {
                Some((i, p)) => {
                    used[i] = true;
                    rep.matched += 1;
                    let got = p.speaker.as_ref().map(|a| a.code.clone());
                    if got == g.speaker {
                        speaker_ok += 1;
                    } else {
                        all_ok = false;
                    }
                    let kind = match p.kind {
                        crate::quotes::QuoteKind::Direct => "direct",
                        crate::quotes::QuoteKind::Partial => "partial",
                        crate::quotes::QuoteKind::Indirect => "indirect",
                    };
                    if g.kind.as_deref().is_none_or(|k| k == kind) {
                        kind_ok += 1;
                    }
                }
                None => all_ok = false,
            }
        }
        if !all_ok {
            rep.misses.push((
                r.id.clone(),
                r.quotes
                    .iter()
                    .map(|g| (g.text.clone(), g.speaker.clone()))
                    .collect(),
                produced
                    .iter()
                    .map(|p| (p.text.clone(), p.speaker.as_ref().map(|a| a.code.clone())))
                    .collect(),
            ));
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    rep.precision = ratio(rep.matched, rep.produced);
    rep.recall = ratio(rep.matched, rep.gold);
    rep.f1 = if rep.precision + rep.recall > 0.0 {
        2.0 * rep.precision * rep.recall / (rep.precision + rep.recall)
    } else {
        0.0
    };
    rep.speaker_accuracy = ratio(speaker_ok, rep.matched);
    rep.kind_accuracy = ratio(kind_ok, rep.matched);
    rep
}
