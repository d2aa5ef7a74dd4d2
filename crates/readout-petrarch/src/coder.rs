//! The shallow pattern coder: one sentence at a time, no parser.
//!
//! 1. **Words** ([`crate::words`]); bracketed asides are dropped, then PETRARCH's comma rules drop short
//!    comma-delimited asides (never a stretch that is only an actor, which is a list item).
//! 2. **Phrases**: actors and agents by longest match (a blank in a dictionary phrase lets up to two words
//!    intervene, `_` does not).
//! 3. **Verbs**: any inflected form of a dictionary verb, unless a determiner or possessive makes it a noun
//!    ("an attack") or it is an auxiliary with a verb after it ("should have acted").
//! 4. **Noun phrases, lists and clauses** from closed word classes (`data/words.txt`): an actor phrase and
//!    its agents make one item (`Arnor's foreign minister` → `ARNGOVFRM`), agents bind to the actors after
//!    `of`/`in`/`from` (`officials in Fornost and Gondor`), lists make compounds, and a clause starts at `;`,
//!    at `, NP VERB` and at `and VERB` (which keeps the subject).
//! 5. **Coding**: within a clause, verbs are tried left to right and the first that yields an event ends the
//!    clause (TABARI's one event per clause). The most specific matching pattern gives the code and may
//!    place source (`$`), target (`+`) and compound (`%`) actors; otherwise the source is the clause's first
//!    actor phrase before the verb and the target the first after it, swapped for a passive with `by`.
//!    Compounds give one event per pair; `A:B` codes add the reverse event.

use std::ops::Range;

use chrono::NaiveDate;
use readout_coder::event::stable_hash;
use readout_coder::{Actor, DateBasis, Event, Evidence, Issue};
use readout_lexicon::Ontology;
use readout_text::{Document, Span};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::dict::{Elem, Pattern, PhraseWord};
use crate::index::{Dictionaries, PhraseOf};
use crate::options::Options;
use crate::words::{words, Word};

/// Closed word classes, from `data/words.txt`.
struct Classes {
    sets: FxHashMap<String, FxHashSet<String>>,
}

impl Classes {
    fn load() -> Classes {
        let mut sets: FxHashMap<String, FxHashSet<String>> = FxHashMap::default();
        for line in include_str!("../data/words.txt").lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((k, v)) = line.split_once(':') else {
                continue;
            };
            let k = k.trim().to_string();
            sets.entry(k)
                .or_default()
                .extend(v.split_whitespace().map(str::to_uppercase));
        }
        Classes { sets }
    }

    fn is(&self, class: &str, w: &str) -> bool {
        self.sets.get(class).is_some_and(|s| s.contains(w))
    }
}

/// The class of one word in context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cls {
    Actor,
    Agent,
    Det,
    Poss,
    Prep,
    Conj,
    Sub,
    Be,
    Aux,
    Neg,
    Punct,
    Verb,
    Other,
}

impl Cls {
    fn in_np(self) -> bool {
        matches!(
            self,
            Cls::Actor | Cls::Agent | Cls::Det | Cls::Poss | Cls::Other
        )
    }
}

/// A dictionary phrase found in the sentence.
#[derive(Debug, Clone, Copy)]
struct PhraseHit {
    start: usize,
    end: usize,
    of: PhraseOf,
}

/// A verb found in the sentence.
#[derive(Debug, Clone, Copy)]
struct VerbHit {
    start: usize,
    end: usize,
    /// Every verb entry with this form (one verb may sit in several blocks).
    entries: [usize; 4],
    n_entries: usize,
}

impl VerbHit {
    fn entries(&self) -> &[usize] {
        &self.entries[..self.n_entries]
    }
}

/// One actor of a noun phrase, before its codes are put together.
#[derive(Debug, Clone, Default)]
struct Item {
    actor: Option<Vec<String>>,
    prefix: Vec<String>,
    suffix: Vec<String>,
    former: bool,
    start: usize,
    end: usize,
}

impl Item {
    fn codes(&self) -> Vec<String> {
        // "former" makes any office-holder an ELI ("Arnor former security officials" → ARNELI).
        let suffix: Vec<String> =
            if self.former && (!self.suffix.is_empty() || self.actor.is_some()) {
                vec!["ELI".to_string()]
            } else {
                self.suffix.clone()
            };
        let bases: Vec<String> = match &self.actor {
            Some(a) => a.clone(),
            None if self.prefix.is_empty() => vec!["---".to_string()],
            None => vec![String::new()],
        };
        bases
            .into_iter()
            .map(|b| {
                let mut c: String = self.prefix.concat();
                c.push_str(&b);
                for s in &suffix {
                    if !c.ends_with(s.as_str()) {
                        c.push_str(s);
                    }
                }
                c
            })
            .collect()
    }
}

/// A noun phrase or a list of them: one or more actors.
#[derive(Debug, Clone)]
struct Group {
    start: usize,
    end: usize,
    items: Vec<Item>,
}

/// How one sentence was analysed.
#[derive(Debug, Clone, Default)]
pub struct SentenceTrace {
    /// The words after asides were dropped.
    pub words: Vec<String>,
    /// What was dropped and why.
    pub dropped: Vec<String>,
    /// Actor and agent phrases found.
    pub phrases: Vec<String>,
    /// Clauses, as word ranges.
    pub clauses: Vec<String>,
    /// Verb decisions.
    pub verbs: Vec<String>,
}

/// Codes documents with PETRARCH/TABARI dictionaries.
pub struct PetrCoder {
    dicts: Dictionaries,
    ontology: Ontology,
    classes: Classes,
}

/// A matched pattern.
#[derive(Debug, Clone)]
struct PatMatch {
    score: usize,
    source: Option<usize>,
    target: Option<usize>,
    compound: Option<usize>,
    start: usize,
}

/// An event before it becomes a record.
struct Coded {
    source: (String, Range<usize>),
    target: Option<(String, Range<usize>)>,
    code: String,
    verb: Range<usize>,
    /// How the code was found, for explanations.
    rule: String,
    /// `file:line` of the pattern or verb block, for the record's `evidence.rule`.
    origin: String,
}

/// `file:line` with the file's name only, as readout's own rules are cited.
fn cite(origin: &(String, usize)) -> String {
    let name = std::path::Path::new(&origin.0)
        .file_name()
        .map_or_else(|| origin.0.clone(), |n| n.to_string_lossy().into_owned());
    format!("{name}:{}", origin.1)
}

impl PetrCoder {
    /// A coder over loaded dictionaries; event codes are described (root, quad class, Goldstein, PLOVER)
    /// from readout's CAMEO table, falling back to the code's root for codes the table lacks (`174K`).
    pub fn new(dicts: Dictionaries) -> PetrCoder {
        PetrCoder {
            dicts,
            ontology: Ontology::builtin(),
            classes: Classes::load(),
        }
    }

    /// The dictionaries in use.
    pub fn dictionaries(&self) -> &Dictionaries {
        &self.dicts
    }

    /// Codes a document.
    pub fn code(&self, doc: &Document, opts: &Options) -> Vec<Event> {
        let body = doc.body();
        let all = words(&doc.text, body.start..body.end);
        if self.discarded(&all, true).is_some() {
            return Vec::new();
        }
        let mut out = Vec::new();
        for s in doc.sentences() {
            let ws = words(&doc.text, s.span.start..s.span.end);
            let issues = if self.dicts.issues.is_empty() {
                Vec::new()
            } else {
                self.issues(&ws)
            };
            let (coded, _) = self.code_words(ws, Some(doc.date), opts);
            for c in coded {
                out.push(self.record(doc, s.index, s.span, c, issues.clone()));
            }
        }
        out
    }

    /// Analyses one sentence of `text` (all of it), for `readout explain`.
    pub fn explain(
        &self,
        text: &str,
        date: Option<NaiveDate>,
        opts: &Options,
    ) -> (Vec<String>, SentenceTrace) {
        let ws = words(text, 0..text.len());
        let (coded, trace) = self.code_words(ws, date, opts);
        let lines = coded
            .iter()
            .map(|c| {
                format!(
                    "{} -> {} : {}   ({})",
                    c.source.0,
                    c.target.as_ref().map_or("---", |t| t.0.as_str()),
                    c.code,
                    c.rule
                )
            })
            .collect();
        (lines, trace)
    }

    fn record(
        &self,
        doc: &Document,
        index: usize,
        sspan: Span,
        c: Coded,
        issues: Vec<Issue>,
    ) -> Event {
        // CAMEO codes put the state first and the role after it (`USAGOV`); international and transnational
        // prefixes (`IGO…`, `NGO…`) and unknown ones (`---`) name no state.
        let actor = |(code, r): &(String, Range<usize>)| {
            let head: String = code.chars().take(3).collect();
            let state = head.len() == 3
                && head.chars().all(|c| c.is_ascii_uppercase())
                && !matches!(head.as_str(), "IGO" | "NGO" | "NGM" | "IMG" | "MNC" | "UAF");
            let role = code.get(3..6).filter(|r| r.len() == 3).map(str::to_string);
            Actor {
                text: doc.text.get(r.start..r.end).unwrap_or("").to_string(),
                span: Span::new(r.start, r.end),
                name: None,
                code: code.clone(),
                country: state.then_some(head),
                sector: role,
                id: None,
            }
        };
        let source = actor(&c.source);
        let target = c.target.as_ref().map(actor);
        let root: String = c.code.chars().take(2).collect();
        let info = self
            .ontology
            .get(&c.code)
            .or_else(|| {
                self.ontology
                    .get(&c.code.chars().take(3).collect::<String>())
            })
            .or_else(|| self.ontology.get(&format!("{root}0")));
        Event {
            doc_id: doc.id.clone(),
            event_id: stable_hash(&[
                &doc.id,
                &index.to_string(),
                &c.verb.start.to_string(),
                &source.code,
                target.as_ref().map_or("", |t| t.code.as_str()),
                &c.code,
            ]),
            sentence_index: index,
            sentence_span: sspan,
            date: Some(doc.date.format("%Y-%m-%d").to_string()),
            date_precision: Some("day".to_string()),
            date_basis: DateBasis::Publication,
            source: Some(source),
            target,
            cameo: c.code.clone(),
            cameo_root: root,
            plover: info.and_then(|i| i.plover.clone()),
            plover_mode: info.and_then(|i| i.plover_mode.clone()),
            plover_context: info.and_then(|i| i.plover_context.clone()),
            quad_class: info.map_or(0, |i| i.quad_class),
            goldstein: info.map_or(0.0, |i| i.goldstein),
            attributed_to: None,
            negated: false,
            evidence: Evidence {
                span: Span::new(c.verb.start, c.verb.end),
                trigger: doc
                    .text
                    .get(c.verb.start..c.verb.end)
                    .unwrap_or("")
                    .to_string(),
                rule: c.origin,
            },
            url: doc.url.clone(),
            publisher: doc.publisher.clone(),
            title: doc.title.clone(),
            lang: doc.lang.clone(),
            issues,
        }
    }

    /// Issue codes named in the words, with counts; none when an ignore phrase (`~…`) is present.
    fn issues(&self, ws: &[Word]) -> Vec<Issue> {
        let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
        for i in 0..ws.len() {
            let Some(cands) = self.dicts.issue_index.get(&ws[i].text) else {
                continue;
            };
            for &k in cands {
                let p = &self.dicts.issues[k];
                let n = p.words.len();
                if i + n <= ws.len() && (0..n).all(|j| ws[i + j].text == p.words[j]) {
                    match &p.code {
                        Some(c) => *counts.entry(c.as_str()).or_default() += 1,
                        None => return Vec::new(),
                    }
                }
            }
        }
        counts
            .into_iter()
            .map(|(code, count)| Issue {
                code: code.to_string(),
                count,
            })
            .collect()
    }

    /// The discard phrase found in the words, if any (`story`: only story-level discards).
    fn discarded(&self, ws: &[Word], story: bool) -> Option<String> {
        for d in self.dicts.discards.iter().filter(|d| d.story == story) {
            let n = d.words.len();
            for i in 0..ws.len().saturating_sub(n - 1) {
                let ok = (0..n).all(|k| {
                    let w = &ws[i + k].text;
                    if k + 1 == n && !d.exact {
                        w.starts_with(d.words[k].as_str())
                    } else {
                        *w == d.words[k]
                    }
                });
                if ok {
                    return Some(format!(
                        "{} ({}:{})",
                        d.words.join(" "),
                        d.origin.0,
                        d.origin.1
                    ));
                }
            }
        }
        None
    }

    fn code_words(
        &self,
        all: Vec<Word>,
        date: Option<NaiveDate>,
        opts: &Options,
    ) -> (Vec<Coded>, SentenceTrace) {
        let mut trace = SentenceTrace::default();
        if let Some(d) = self
            .discarded(&all, false)
            .or_else(|| self.discarded(&all, true))
        {
            trace.dropped.push(format!("sentence discarded: {d}"));
            return (Vec::new(), trace);
        }
        // Bracketed asides ("the European Union (EU)") go first.
        let mut keep = vec![true; all.len()];
        let mut open: Option<usize> = None;
        for (i, w) in all.iter().enumerate() {
            if w.text == "(" {
                open = Some(i);
            } else if w.text == ")" {
                if let Some(o) = open.take() {
                    keep[o..=i].iter_mut().for_each(|k| *k = false);
                }
            }
        }
        let ws: Vec<Word> = all
            .into_iter()
            .zip(&keep)
            .filter(|(_, k)| **k)
            .map(|(w, _)| w)
            .collect();
        let ws = self.drop_comma_asides(ws, opts, &mut trace);
        trace.words = ws.iter().map(|w| w.text.clone()).collect();
        let s = self.analyse(&ws);
        for h in &s.hits {
            let what = match h.of {
                PhraseOf::Actor(a) => format!("actor {:?}", self.dicts.actors[a].name),
                PhraseOf::Agent(a) => format!("agent {}", self.dicts.agents[a].code),
            };
            trace
                .phrases
                .push(format!("{} = {what}", s.text(h.start..h.end)));
        }
        let mut out = Vec::new();
        let mut prev_source: Option<Group> = None;
        for (ci, clause) in s.clauses.iter().enumerate() {
            let (r, coordinated) = (clause.0.clone(), clause.1);
            trace.clauses.push(format!(
                "{}{}",
                if coordinated { "(and) " } else { "" },
                s.text(r.clone())
            ));
            let groups = s.groups(self, r.clone(), date, opts.new_actor_length);
            let mut clause_source: Option<Group> = None;
            for v in s
                .verbs
                .iter()
                .filter(|v| v.start >= r.start && v.end <= r.end)
            {
                let inherited = if coordinated {
                    prev_source.clone()
                } else {
                    None
                };
                let (coded, note, src) =
                    self.code_verb(&s, &ws, r.clone(), v, &groups, inherited, opts);
                trace
                    .verbs
                    .push(format!("clause {ci}: {} — {note}", s.text(v.start..v.end)));
                if clause_source.is_none() {
                    clause_source = src;
                }
                if !coded.is_empty() {
                    out.extend(coded);
                    break;
                }
            }
            if clause_source.is_some() {
                prev_source = clause_source;
            } else if !coordinated {
                prev_source = groups
                    .iter()
                    .find(|g| g.items.iter().any(|i| i.actor.is_some()))
                    .cloned();
            }
        }
        // The same triple from two verbs of one sentence is one event.
        let mut seen = FxHashSet::default();
        out.retain(|c| {
            seen.insert((
                c.source.0.clone(),
                c.target.as_ref().map(|t| t.0.clone()),
                c.code.clone(),
            ))
        });
        (out, trace)
    }

    /// PETRARCH's comma rules: drop comma-delimited asides whose length is within the limits, but never a
    /// stretch that is a bare actor phrase (an item of a list).
    fn drop_comma_asides(
        &self,
        ws: Vec<Word>,
        opts: &Options,
        trace: &mut SentenceTrace,
    ) -> Vec<Word> {
        let c = opts.comma;
        let mut end = ws.len();
        while end > 0 && ws[end - 1].punct && ws[end - 1].text != "," {
            end -= 1;
        }
        let commas: Vec<usize> = (0..end).filter(|&i| ws[i].text == ",").collect();
        if commas.is_empty() {
            return ws;
        }
        let s = self.analyse(&ws);
        let mut drop = vec![false; ws.len()];
        let count = |r: Range<usize>| ws[r].iter().filter(|w| !w.punct).count();
        let protected = |r: Range<usize>| {
            s.hits.iter().any(|h| h.start >= r.start && h.end <= r.end)
                && !s.verbs.iter().any(|v| v.start >= r.start && v.end <= r.end)
        };
        let within = |n: usize, lo: usize, hi: usize| hi > 0 && n >= lo && n <= hi;
        // The end first: when a final ", officials said" goes, an aside before it is no longer followed by
        // a comma.
        let last = *commas.last().unwrap_or(&0);
        if within(count(last + 1..end), c.emin, c.emax) && !protected(last + 1..end) {
            drop[last..end].iter_mut().for_each(|d| *d = true);
        }
        let first = commas[0];
        // A first stretch with an actor before a verb is the main clause, not an aside.
        let main_clause = s
            .hits
            .iter()
            .any(|h| h.end <= first && s.verbs.iter().any(|v| v.start >= h.end && v.end <= first));
        if within(count(0..first), c.bmin, c.bmax) && !protected(0..first) && !main_clause {
            drop[0..=first].iter_mut().for_each(|d| *d = true);
        }
        for w in commas.windows(2) {
            let r = w[0] + 1..w[1];
            if within(count(r.clone()), c.min, c.max) && !protected(r.clone()) {
                // Keep the closing comma unless the aside ended the sentence's kept part.
                let close_dropped = drop[w[1]];
                drop[w[0]..w[1]].iter_mut().for_each(|d| *d = true);
                if close_dropped {
                    drop[w[1]] = true;
                }
            }
        }
        let mut out = Vec::with_capacity(ws.len());
        let mut run: Vec<&str> = Vec::new();
        for (w, d) in ws.iter().zip(&drop) {
            if *d {
                run.push(&w.text);
            } else {
                if !run.is_empty() {
                    trace
                        .dropped
                        .push(format!("comma aside: {}", run.join(" ")));
                    run.clear();
                }
                out.push(w.clone());
            }
        }
        if !run.is_empty() {
            trace
                .dropped
                .push(format!("comma aside: {}", run.join(" ")));
        }
        out
    }

    /// Finds phrases, verbs, classes and clauses.
    fn analyse<'w>(&self, ws: &'w [Word]) -> Sent<'w> {
        let n = ws.len();
        let text = |i: usize| ws[i].text.as_str();
        // Phrases: longest match left to right.
        let mut hits: Vec<PhraseHit> = Vec::new();
        let mut in_hit: Vec<Option<usize>> = vec![None; n];
        let mut i = 0;
        while i < n {
            let mut best: Option<(usize, PhraseOf)> = None;
            if let Some(cands) = self.dicts.phrases.get(text(i)) {
                for (p, of) in cands {
                    if let Some(end) = match_phrase(ws, i, p) {
                        if best.is_none_or(|(e, _)| end > e) {
                            best = Some((end, *of));
                        }
                    }
                }
            }
            match best {
                Some((end, of)) => {
                    for slot in in_hit.iter_mut().take(end).skip(i) {
                        *slot = Some(hits.len());
                    }
                    hits.push(PhraseHit { start: i, end, of });
                    i = end;
                }
                None => i += 1,
            }
        }
        // Verbs.
        let mut verbs: Vec<VerbHit> = Vec::new();
        let mut is_verb = vec![false; n];
        for i in 0..n {
            if in_hit[i].is_some() || ws[i].punct {
                continue;
            }
            let Some(cands) = self.dicts.verb_index.get(text(i)) else {
                continue;
            };
            let mut best: Option<VerbHit> = None;
            for &(e, f) in cands {
                let v = &self.dicts.verbs.verbs[e];
                let form = &v.forms[f];
                let Some(start) = i.checked_sub(v.head) else {
                    continue;
                };
                if start + form.len() > n
                    || (0..form.len())
                        .any(|k| ws[start + k].text != form[k] || in_hit[start + k].is_some())
                {
                    continue;
                }
                let len = form.len();
                let same = best.is_some_and(|b| b.start == start && b.end == start + len);
                if same {
                    if let Some(b) = best.as_mut() {
                        if b.n_entries < b.entries.len() && !b.entries().contains(&e) {
                            b.entries[b.n_entries] = e;
                            b.n_entries += 1;
                        }
                    }
                } else if best.is_none_or(|b| len > b.end - b.start) {
                    best = Some(VerbHit {
                        start,
                        end: start + len,
                        entries: [e, 0, 0, 0],
                        n_entries: 1,
                    });
                }
            }
            let Some(b) = best else { continue };
            // A determiner or possessive before it makes it a noun: "an attack", "his march".
            if b.start > 0 {
                let p = text(b.start - 1);
                if self.classes.is("determiner", p) || self.classes.is("possessive", p) {
                    continue;
                }
            }
            if verbs.last().is_some_and(|l| l.end > b.start) {
                continue;
            }
            is_verb[b.start..b.end].iter_mut().for_each(|x| *x = true);
            verbs.push(b);
        }
        // Auxiliaries that have a verb after them are not the event ("should have acted").
        let aux_word = |w: &str| self.classes.is("auxiliary", w) || self.classes.is("be", w);
        let mut keep_verb = vec![true; verbs.len()];
        for (k, v) in verbs.iter().enumerate() {
            if v.end - v.start == 1 && aux_word(text(v.start)) {
                let next = verbs.get(k + 1);
                if next.is_some_and(|nv| {
                    nv.start <= v.end + 3 && !(v.end..nv.start).any(|j| ws[j].punct)
                }) {
                    keep_verb[k] = false;
                    is_verb[v.start] = false;
                }
            }
        }
        let verbs: Vec<VerbHit> = verbs
            .into_iter()
            .zip(keep_verb)
            .filter(|(_, k)| *k)
            .map(|(v, _)| v)
            .collect();
        let cls: Vec<Cls> = (0..n)
            .map(|i| {
                let w = text(i);
                if let Some(h) = in_hit[i] {
                    match hits[h].of {
                        PhraseOf::Actor(_) => Cls::Actor,
                        PhraseOf::Agent(_) => Cls::Agent,
                    }
                } else if is_verb[i] {
                    Cls::Verb
                } else if ws[i].punct {
                    Cls::Punct
                } else if self.classes.is("possessive", w) {
                    Cls::Poss
                } else if self.classes.is("determiner", w) {
                    Cls::Det
                } else if self.classes.is("negation", w) {
                    Cls::Neg
                } else if self.classes.is("be", w) {
                    Cls::Be
                } else if self.classes.is("auxiliary", w) {
                    Cls::Aux
                } else if self.classes.is("conjunction", w) {
                    Cls::Conj
                } else if self.classes.is("subordinator", w) {
                    Cls::Sub
                } else if self.classes.is("preposition", w) {
                    Cls::Prep
                } else {
                    Cls::Other
                }
            })
            .collect();
        // "and" between two plain words joins modifiers inside one noun phrase ("awful and evil minister").
        let mut np_and = vec![false; n];
        for i in 1..n.saturating_sub(1) {
            if cls[i] == Cls::Conj && cls[i - 1] == Cls::Other && cls[i + 1] == Cls::Other {
                np_and[i] = true;
            }
        }
        // Clauses.
        let mut starts: Vec<(usize, bool)> = vec![(0, false)];
        for i in 0..n {
            let w = text(i);
            if w == ";" || w == ":" || w == "--" {
                starts.push((i + 1, false));
            } else if w == "," {
                let mut j = i + 1;
                let mut np = 0;
                while j < n && cls[j].in_np() && !np_and[j] {
                    j += 1;
                    np += 1;
                }
                if (1..=8).contains(&np)
                    && j < n
                    && matches!(cls[j], Cls::Verb | Cls::Be | Cls::Aux)
                {
                    starts.push((i + 1, false));
                }
            } else if cls[i] == Cls::Conj && !np_and[i] && (w == "AND" || w == "BUT") {
                let mut j = i + 1;
                while j < n && cls[j] == Cls::Other && text(j).ends_with("LY") {
                    j += 1;
                }
                if j < n && matches!(cls[j], Cls::Verb | Cls::Aux) && i > 0 {
                    starts.push((i + 1, true));
                }
            }
        }
        starts.dedup_by_key(|s| s.0);
        let clauses: Vec<(Range<usize>, bool)> = starts
            .iter()
            .enumerate()
            .map(|(k, &(s, coord))| {
                let e = starts.get(k + 1).map_or(n, |x| x.0);
                (s..e, coord)
            })
            .filter(|(r, _)| !r.is_empty())
            .collect();
        Sent {
            ws,
            hits,
            in_hit,
            verbs,
            cls,
            np_and,
            clauses,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn code_verb(
        &self,
        s: &Sent<'_>,
        ws: &[Word],
        clause: Range<usize>,
        v: &VerbHit,
        groups: &[Group],
        inherited: Option<Group>,
        opts: &Options,
    ) -> (Vec<Coded>, String, Option<Group>) {
        // The most specific matching pattern, over every block the verb belongs to.
        let mut best: Option<(PatMatch, &Pattern)> = None;
        for &e in v.entries() {
            let block = &self.dicts.verbs.blocks[self.dicts.verbs.verbs[e].block];
            for p in &block.patterns {
                if let Some(m) = s.match_pattern(&self.dicts, clause.clone(), v, p, groups) {
                    if best.as_ref().is_none_or(|(b, _)| m.score > b.score) {
                        best = Some((m, p));
                    }
                }
            }
        }
        // Without a pattern, the first entry with a code of its own or of its block.
        let entry = v
            .entries()
            .iter()
            .map(|&e| &self.dicts.verbs.verbs[e])
            .find(|en| {
                en.code
                    .as_ref()
                    .unwrap_or(&self.dicts.verbs.blocks[en.block].code)
                    .forward
                    .is_some()
            })
            .unwrap_or(&self.dicts.verbs.verbs[v.entries()[0]]);
        let block = &self.dicts.verbs.blocks[entry.block];
        let (code, rule, origin, pm) = match &best {
            Some((m, p)) => (
                p.code.clone(),
                format!("pattern \"- {}\" ({})", p.text, cite(&p.origin)),
                cite(&p.origin),
                Some(m.clone()),
            ),
            None => {
                let c = entry.code.clone().unwrap_or_else(|| block.code.clone());
                (
                    c,
                    format!("verb block {} ({})", block.name, cite(&block.origin)),
                    cite(&block.origin),
                    None,
                )
            }
        };
        let Some(forward) = code.forward.clone() else {
            let why = if code.reverse.is_some() {
                "reverse-only code"
            } else {
                "null code ---"
            };
            return (Vec::new(), format!("{why} from {rule}"), None);
        };
        if pm.is_none() && !opts.code_negated && s.negated_before(v.start) {
            return (Vec::new(), format!("negated; {rule} not applied"), None);
        }
        // Actors.
        let before = |g: &Group| g.end <= v.start;
        let pm_src = pm.as_ref().and_then(|m| m.source);
        let pm_tgt = pm.as_ref().and_then(|m| m.target);
        // A `%` after the verb is a compound object ("agrees with % …"); before it, a compound subject that acts
        // on itself ("% have delayed their meeting").
        let pm_cmp_raw = pm.as_ref().and_then(|m| m.compound);
        let cmp_after = pm_cmp_raw.filter(|&g| groups[g].start >= v.end);
        let pm_cmp = pm_cmp_raw.filter(|_| cmp_after.is_none());
        let pm_tgt = pm_tgt.or(cmp_after);
        let pattern_start = pm.as_ref().map_or(v.start, |m| m.start.min(v.start));
        let used: Vec<usize> = [pm_src, pm_tgt, pm_cmp].into_iter().flatten().collect();
        let passive_by = if pm_src.is_none() && pm_tgt.is_none() && pm_cmp.is_none() {
            s.passive_agent(v, groups)
        } else {
            None
        };
        let mut source: Option<Group> = None;
        let mut target: Option<Group> = None;
        let mut compound: Option<Group> = pm_cmp.map(|g| groups[g].clone());
        if let Some(g) = pm_src {
            source = Some(groups[g].clone());
        }
        if let Some(g) = pm_tgt {
            target = Some(groups[g].clone());
        }
        if let Some(by) = passive_by {
            source = Some(groups[by].clone());
            target = groups
                .iter()
                .enumerate()
                .find(|(k, g)| before(g) && *k != by)
                .map(|(_, g)| g.clone());
        }
        if source.is_none() && compound.is_none() {
            // In a subordinate clause ("after Calenardhon crowds burned …") the subject follows the
            // subordinator; otherwise it is the clause's first actor.
            let sub = (clause.start..pattern_start.min(v.start))
                .rev()
                .find(|&j| self.classes.is("clause_opener", &ws[j].text));
            if let Some(j) = sub {
                source = groups
                    .iter()
                    .enumerate()
                    .find(|(k, g)| {
                        g.start > j
                            && g.start < v.start
                            && g.start <= pattern_start
                            && !used.contains(k)
                    })
                    .map(|(_, g)| g.clone());
            }
        }
        if source.is_none() && compound.is_none() {
            source = groups
                .iter()
                .enumerate()
                .find(|(k, g)| {
                    g.start <= pattern_start.max(clause.start)
                        && g.start < v.start
                        && !used.contains(k)
                        && g.start >= clause.start
                })
                .map(|(_, g)| g.clone())
                .or(inherited);
        }
        if target.is_none() && passive_by.is_none() && compound.is_none() {
            let src_start = source.as_ref().map(|g| g.start);
            target = groups
                .iter()
                .enumerate()
                .find(|(k, g)| g.start >= v.end && !used.contains(k) && Some(g.start) != src_start)
                .map(|(_, g)| g.clone());
        }
        // A compound subject with no other target, under a reciprocal code, acts on itself pairwise.
        if compound.is_none()
            && target.is_none()
            && code.reverse.is_some()
            && source.as_ref().is_some_and(|g| g.items.len() > 1)
        {
            compound = source.take();
        }
        let mut out = Vec::new();
        let span_of = |it: &Item| ws[it.start].span.start..ws[it.end - 1].span.end;
        let verb_span = ws[v.start].span.start..ws[v.end - 1].span.end;
        let mut push = |s: (String, Range<usize>), t: Option<(String, Range<usize>)>, c: &str| {
            if t.as_ref().is_some_and(|t| t.0 == s.0) {
                return;
            }
            if t.is_none() && opts.require_dyad {
                return;
            }
            out.push(Coded {
                source: s,
                target: t,
                code: c.to_string(),
                verb: verb_span.clone(),
                rule: rule.clone(),
                origin: origin.clone(),
            });
        };
        if let Some(cg) = &compound {
            let members: Vec<(String, Range<usize>)> = cg
                .items
                .iter()
                .flat_map(|it| it.codes().into_iter().map(move |c| (c, it)))
                .map(|(c, it)| (c, span_of(it)))
                .collect();
            let others: Vec<(String, Range<usize>)> = match (&source, &target) {
                (Some(g), _) | (None, Some(g)) => g
                    .items
                    .iter()
                    .flat_map(|it| it.codes().into_iter().map(move |c| (c, it)))
                    .map(|(c, it)| (c, span_of(it)))
                    .collect(),
                _ => Vec::new(),
            };
            if others.is_empty() {
                for a in &members {
                    for b in &members {
                        if a.0 != b.0 {
                            push(a.clone(), Some(b.clone()), &forward);
                        }
                    }
                }
            } else {
                let compound_is_source = source.is_none();
                for a in &members {
                    for b in &others {
                        if compound_is_source {
                            push(a.clone(), Some(b.clone()), &forward);
                        } else {
                            push(b.clone(), Some(a.clone()), &forward);
                        }
                    }
                }
            }
        } else if let Some(sg) = &source {
            let srcs: Vec<(String, Range<usize>)> = sg
                .items
                .iter()
                .flat_map(|it| it.codes().into_iter().map(move |c| (c, it)))
                .map(|(c, it)| (c, span_of(it)))
                .collect();
            let tgts: Vec<(String, Range<usize>)> = target
                .iter()
                .flat_map(|g| g.items.iter())
                .flat_map(|it| it.codes().into_iter().map(move |c| (c, it)))
                .map(|(c, it)| (c, span_of(it)))
                .collect();
            for a in &srcs {
                if tgts.is_empty() {
                    push(a.clone(), None, &forward);
                }
                for b in &tgts {
                    push(a.clone(), Some(b.clone()), &forward);
                    if let Some(r) = &code.reverse {
                        push(b.clone(), Some(a.clone()), r);
                    }
                }
            }
        }
        let note = if out.is_empty() {
            format!(
                "{rule} gives {forward}, but {}",
                if source.is_none() && compound.is_none() {
                    "no source actor"
                } else {
                    "no target actor (require_dyad)"
                }
            )
        } else {
            format!("{} event(s) by {rule}", out.len())
        };
        (out, note, source)
    }
}

/// Matches a dictionary phrase at `i`; returns the end of the match.
fn match_phrase(ws: &[Word], i: usize, p: &[PhraseWord]) -> Option<usize> {
    let mut pos = i;
    for (k, pw) in p.iter().enumerate() {
        if k == 0 {
            if ws.get(pos)?.text != pw.word {
                return None;
            }
            pos += 1;
            continue;
        }
        if pw.joined {
            if ws.get(pos)?.text != pw.word {
                return None;
            }
            pos += 1;
        } else {
            // A blank lets up to two words (not punctuation) intervene.
            let mut found = None;
            for (j, w) in ws
                .iter()
                .enumerate()
                .take((pos + 3).min(ws.len()))
                .skip(pos)
            {
                if w.text == pw.word {
                    found = Some(j);
                    break;
                }
                if w.punct {
                    break;
                }
            }
            pos = found? + 1;
        }
    }
    Some(pos)
}

/// One analysed sentence.
struct Sent<'w> {
    ws: &'w [Word],
    hits: Vec<PhraseHit>,
    in_hit: Vec<Option<usize>>,
    verbs: Vec<VerbHit>,
    cls: Vec<Cls>,
    np_and: Vec<bool>,
    clauses: Vec<(Range<usize>, bool)>,
}

impl Sent<'_> {
    fn text(&self, r: Range<usize>) -> String {
        self.ws[r]
            .iter()
            .map(|w| w.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Noun-phrase chunks within a range: runs of noun-phrase words.
    fn chunks(&self, r: Range<usize>) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut i = r.start;
        while i < r.end {
            if self.cls[i].in_np() {
                let s = i;
                while i < r.end && (self.cls[i].in_np() || self.np_and[i]) {
                    i += 1;
                }
                out.push(s..i);
            } else {
                i += 1;
            }
        }
        out
    }

    /// The actor item of a chunk, if it holds an actor or an agent.
    fn item(
        &self,
        coder: &PetrCoder,
        r: Range<usize>,
        date: Option<NaiveDate>,
        new_actor_length: usize,
    ) -> Option<Item> {
        let mut it = Item {
            start: r.start,
            end: r.end,
            ..Item::default()
        };
        let mut seen = FxHashSet::default();
        let mut any = false;
        for i in r.clone() {
            if coder.classes.is("former", &self.ws[i].text) {
                it.former = true;
            }
            let Some(h) = self.in_hit[i] else { continue };
            if !seen.insert(h) {
                continue;
            }
            match self.hits[h].of {
                PhraseOf::Actor(a) => {
                    let codes = coder.dicts.actors[a].codes_at(date);
                    if it.actor.is_none() && !codes.is_empty() {
                        it.actor = Some(codes.to_vec());
                        any = true;
                    }
                }
                PhraseOf::Agent(a) => {
                    let ag = &coder.dicts.agents[a];
                    if ag.prefix && it.actor.is_none() {
                        it.prefix.push(ag.code.clone());
                    } else if !it.suffix.contains(&ag.code) {
                        it.suffix.push(ag.code.clone());
                    }
                    any = true;
                }
            }
        }
        if !any && new_actor_length > 0 {
            // PETRARCH's `new_actor_length`: a short capitalised noun phrase no dictionary knows becomes an
            // actor coded with its own words.
            let words: Vec<&Word> = self.ws[r.clone()]
                .iter()
                .filter(|w| !w.punct && !coder.classes.is("possessive", &w.text))
                .collect();
            if !words.is_empty() && words.len() <= new_actor_length && words.iter().any(|w| w.cap) {
                let name: Vec<&str> = words.iter().map(|w| w.text.as_str()).collect();
                it.actor = Some(vec![format!("\"{}\"", name.join(" "))]);
                any = true;
            }
        }
        any.then_some(it)
    }

    /// Actor groups of a clause: items joined into lists, agents bound to the actors after `of`/`in`/`from`.
    fn groups(
        &self,
        coder: &PetrCoder,
        r: Range<usize>,
        date: Option<NaiveDate>,
        new_actor_length: usize,
    ) -> Vec<Group> {
        let mut groups: Vec<Group> = Vec::new();
        let mut last_end: Option<usize> = None;
        let mut chunks = self.chunks(r);
        if new_actor_length > 0 {
            // "the Ministry of Magic" is one name.
            let unknown_name = |c: &Range<usize>| {
                c.clone().all(|i| self.in_hit[i].is_none()) && c.clone().any(|i| self.ws[i].cap)
            };
            let mut k = 0;
            while k + 1 < chunks.len() {
                let (a, b) = (chunks[k].clone(), chunks[k + 1].clone());
                if b.start == a.end + 1
                    && self.ws[a.end].text == "OF"
                    && unknown_name(&a)
                    && unknown_name(&b)
                {
                    chunks[k] = a.start..b.end;
                    chunks.remove(k + 1);
                } else {
                    k += 1;
                }
            }
        }
        for c in chunks {
            let Some(item) = self.item(coder, c.clone(), date, new_actor_length) else {
                continue;
            };
            let joins = last_end.is_some_and(|e| {
                e < c.start
                    && (e..c.start).all(|j| coder.classes.is("list_joiner", &self.ws[j].text))
            }) || last_end == Some(c.start);
            match groups.last_mut() {
                Some(g) if joins => {
                    g.end = c.end;
                    g.items.push(item);
                }
                _ => groups.push(Group {
                    start: c.start,
                    end: c.end,
                    items: vec![item],
                }),
            }
            last_end = Some(c.end);
        }
        // Agents of actors: "the ambassadors of Arnor, Osgiliath and Gondor".
        let mut k = 0;
        while k + 1 < groups.len() {
            let (a, b) = (&groups[k], &groups[k + 1]);
            let agent_only = a
                .items
                .iter()
                .all(|i| i.actor.is_none() && !i.suffix.is_empty());
            let link = b.start == a.end + 1 && coder.classes.is("agent_link", &self.ws[a.end].text);
            if agent_only && link && b.items.iter().any(|i| i.actor.is_some()) {
                let mut items = Vec::new();
                for ag in &a.items {
                    for ac in &b.items {
                        let mut it = ac.clone();
                        it.prefix = [ag.prefix.clone(), ac.prefix.clone()].concat();
                        for s in &ag.suffix {
                            if !it.suffix.contains(s) {
                                it.suffix.push(s.clone());
                            }
                        }
                        it.former |= ag.former;
                        it.start = ag.start.min(ac.start);
                        it.end = ac.end.max(ag.end);
                        items.push(it);
                    }
                }
                let merged = Group {
                    start: a.start,
                    end: b.end,
                    items,
                };
                groups[k] = merged;
                groups.remove(k + 1);
            } else {
                k += 1;
            }
        }
        // Agent-only items of a list borrow the actor of a neighbour ("Danish media and government").
        for g in &mut groups {
            if g.items.len() < 2 {
                continue;
            }
            let actors: Vec<Option<Vec<String>>> =
                g.items.iter().map(|i| i.actor.clone()).collect();
            for (k, it) in g.items.iter_mut().enumerate() {
                if it.actor.is_none() {
                    let prev = actors[..k].iter().rev().flatten().next();
                    let next = actors[k + 1..].iter().flatten().next();
                    it.actor = prev.or(next).cloned();
                }
            }
        }
        groups
    }

    /// True when a negation stands among the auxiliaries and adverbs right before `i`.
    fn negated_before(&self, i: usize) -> bool {
        let mut j = i;
        let mut steps = 0;
        while j > 0 && steps < 4 {
            j -= 1;
            steps += 1;
            match self.cls[j] {
                Cls::Neg => return true,
                Cls::Aux | Cls::Be => {}
                Cls::Other if self.ws[j].text.ends_with("LY") || self.ws[j].text == "EVER" => {}
                _ => return false,
            }
        }
        false
    }

    /// For a passive verb ("was opposed by X"), the group after `by`.
    fn passive_agent(&self, v: &VerbHit, groups: &[Group]) -> Option<usize> {
        let mut j = v.start;
        let mut passive = false;
        for _ in 0..3 {
            if j == 0 {
                break;
            }
            j -= 1;
            match self.cls[j] {
                Cls::Be => {
                    passive = true;
                    break;
                }
                Cls::Other if self.ws[j].text.ends_with("LY") => {}
                _ => break,
            }
        }
        if !passive {
            return None;
        }
        let mut k = v.end;
        for _ in 0..2 {
            if k < self.ws.len() && self.ws[k].text == "BY" {
                return groups.iter().position(|g| g.start == k + 1);
            }
            if k < self.ws.len() && self.cls[k] == Cls::Other {
                k += 1;
            } else {
                break;
            }
        }
        None
    }

    /// Does a synonym-set phrase or word occur at `p` (forwards)?
    fn phrase_len_at(&self, dicts: &Dictionaries, e: &Elem, p: usize, end: usize) -> Option<usize> {
        match e {
            Elem::Word(w) => (p < end && self.ws[p].text == *w).then_some(1),
            Elem::Synset(name) => dicts
                .synsets
                .get(name)?
                .iter()
                .filter_map(|ph| {
                    let n = ph.len();
                    (p + n <= end && (0..n).all(|k| self.ws[p + k].text == ph[k])).then_some(n)
                })
                .max(),
            _ => None,
        }
    }

    /// Matches a pattern around a verb; `None` when it does not apply.
    fn match_pattern(
        &self,
        dicts: &Dictionaries,
        clause: Range<usize>,
        v: &VerbHit,
        p: &Pattern,
        groups: &[Group],
    ) -> Option<PatMatch> {
        let k = p.verb_at();
        let mut m = PatMatch {
            score: 0,
            source: None,
            target: None,
            compound: None,
            start: v.start,
        };
        // After the verb, left to right.
        let mut pos = v.end;
        for e in &p.elems[k + 1..] {
            let adjacent = e.joined;
            match &e.elem {
                Elem::Word(_) | Elem::Synset(_) => {
                    let (at, n) = if adjacent {
                        (pos, self.phrase_len_at(dicts, &e.elem, pos, clause.end)?)
                    } else {
                        (pos..clause.end).find_map(|q| {
                            self.phrase_len_at(dicts, &e.elem, q, clause.end)
                                .map(|n| (q, n))
                        })?
                    };
                    m.score += n;
                    pos = at + n;
                }
                Elem::Source | Elem::Target | Elem::Compound => {
                    let g = groups.iter().position(|g| {
                        if adjacent {
                            g.start == pos
                        } else {
                            g.start >= pos
                        }
                    })?;
                    if groups[g].end > clause.end {
                        return None;
                    }
                    match e.elem {
                        Elem::Source => m.source = Some(g),
                        Elem::Target => m.target = Some(g),
                        _ => m.compound = Some(g),
                    }
                    pos = groups[g].end;
                }
                Elem::Skip => {
                    // Skip the rest of the noun phrase at `pos`, or the next one.
                    let ch = self.chunks(pos..clause.end);
                    let c = ch.first()?;
                    pos = c.end;
                }
                Elem::Verb => return None,
            }
        }
        // Before the verb, right to left.
        let mut pos = v.start;
        for j in (0..k).rev() {
            let e = &p.elems[j];
            let adjacent = p.elems[j + 1].joined;
            match &e.elem {
                Elem::Word(_) | Elem::Synset(_) => {
                    let found = (clause.start..pos).rev().find_map(|q| {
                        let n = self.phrase_len_at(dicts, &e.elem, q, pos)?;
                        (!adjacent || q + n == pos).then_some((q, n))
                    });
                    let (at, n) = found?;
                    if adjacent && at + n != pos {
                        return None;
                    }
                    m.score += n;
                    pos = at;
                }
                Elem::Source | Elem::Target | Elem::Compound => {
                    let g = groups.iter().rposition(|g| {
                        g.start >= clause.start
                            && if adjacent { g.end == pos } else { g.end <= pos }
                    })?;
                    match e.elem {
                        Elem::Source => m.source = Some(g),
                        Elem::Target => m.target = Some(g),
                        _ => m.compound = Some(g),
                    }
                    pos = groups[g].start;
                }
                Elem::Skip => {
                    let ch = self.chunks(clause.start..pos);
                    pos = ch.last()?.start;
                }
                Elem::Verb => return None,
            }
        }
        m.start = pos;
        // A pattern that only repeats the verb still outranks the block's default code.
        m.score += 1;
        Some(m)
    }
}
