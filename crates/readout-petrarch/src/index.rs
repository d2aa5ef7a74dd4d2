//! Parsed dictionaries, indexed for matching: phrases by their first word, verbs by their inflected word,
//! synonym sets expanded.

use readout_lexicon::Diagnostic;
use rustc_hash::FxHashMap;

use crate::dict::{
    parse_actors, parse_agents, parse_discards, parse_issues, parse_verbs, ActorEntry, AgentEntry,
    DictKind, Discard, Elem, IssuePhrase, PhraseWord, VerbDict,
};

/// What a phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhraseOf {
    /// An actor entry.
    Actor(usize),
    /// An agent entry.
    Agent(usize),
}

/// Everything loaded, ready to code with.
#[derive(Debug, Default)]
pub struct Dictionaries {
    /// Actor entries.
    pub actors: Vec<ActorEntry>,
    /// Agent entries.
    pub agents: Vec<AgentEntry>,
    /// Verb blocks, verbs and synonym sets.
    pub verbs: VerbDict,
    /// Discards.
    pub discards: Vec<Discard>,
    /// Issue phrases.
    pub issues: Vec<IssuePhrase>,
    /// The files, in load order.
    pub files: Vec<(String, DictKind)>,
    /// First word → phrases starting with it (longest first).
    pub(crate) phrases: FxHashMap<String, Vec<(Vec<PhraseWord>, PhraseOf)>>,
    /// Inflected verb word → (verb entry, form).
    pub(crate) verb_index: FxHashMap<String, Vec<(usize, usize)>>,
    /// Synonym sets with nested sets expanded.
    pub(crate) synsets: FxHashMap<String, Vec<Vec<String>>>,
    /// First word → issue phrases starting with it.
    pub(crate) issue_index: FxHashMap<String, Vec<usize>>,
}

impl Dictionaries {
    /// Counts for reports: actor entries, actor phrases, agents, verbs, patterns, discards, issues.
    pub fn counts(&self) -> [(&'static str, usize); 7] {
        [
            ("actor entries", self.actors.len()),
            (
                "actor phrases",
                self.actors.iter().map(|a| a.phrases.len()).sum(),
            ),
            ("agent phrases", self.agents.len()),
            ("verbs", self.verbs.verbs.len()),
            (
                "verb patterns",
                self.verbs.blocks.iter().map(|b| b.patterns.len()).sum(),
            ),
            ("discards", self.discards.len()),
            ("issue phrases", self.issues.len()),
        ]
    }

    /// True when no verb dictionary was loaded (nothing can be coded).
    pub fn has_verbs(&self) -> bool {
        !self.verbs.verbs.is_empty()
    }
}

pub(crate) fn build(
    files: &[(String, String, Option<DictKind>)],
) -> (Dictionaries, Vec<Diagnostic>) {
    let mut d = Dictionaries::default();
    let mut diags = Vec::new();
    for (name, text, kind) in files {
        let Some(kind) = kind.or_else(|| DictKind::detect(name, text)) else {
            diags.push(Diagnostic::error(
                name,
                0,
                "cannot tell which kind of PETRARCH dictionary this is",
            ));
            continue;
        };
        d.files.push((name.clone(), kind));
        match kind {
            DictKind::Actors => {
                let (a, w) = parse_actors(name, text);
                d.actors.extend(a);
                diags.extend(w);
            }
            DictKind::Agents => {
                let (a, w) = parse_agents(name, text);
                d.agents.extend(a);
                diags.extend(w);
            }
            DictKind::Discards => {
                let (a, w) = parse_discards(name, text);
                d.discards.extend(a);
                diags.extend(w);
            }
            DictKind::Issues => {
                let (a, w) = parse_issues(name, text);
                d.issues.extend(a);
                diags.extend(w);
            }
            DictKind::Verbs => {
                let (v, w) = parse_verbs(name, text);
                diags.extend(w);
                let offset = d.verbs.blocks.len();
                d.verbs.blocks.extend(v.blocks);
                for mut e in v.verbs {
                    e.block += offset;
                    d.verbs.verbs.push(e);
                }
                for (k, s) in v.synsets {
                    d.verbs.synsets.entry(k).or_default().extend(s);
                }
            }
        }
    }
    for (i, a) in d.actors.iter().enumerate() {
        for p in &a.phrases {
            d.phrases
                .entry(p[0].word.clone())
                .or_default()
                .push((p.clone(), PhraseOf::Actor(i)));
        }
    }
    for (i, a) in d.agents.iter().enumerate() {
        d.phrases
            .entry(a.phrase[0].word.clone())
            .or_default()
            .push((a.phrase.clone(), PhraseOf::Agent(i)));
    }
    for v in d.phrases.values_mut() {
        // Longest first; among equals, actors before agents, then dictionary order (stable sort).
        v.sort_by_key(|(p, of)| (std::cmp::Reverse(p.len()), matches!(of, PhraseOf::Agent(_))));
    }
    for (i, p) in d.issues.iter().enumerate() {
        d.issue_index.entry(p.words[0].clone()).or_default().push(i);
    }
    for (i, v) in d.verbs.verbs.iter().enumerate() {
        for (j, f) in v.forms.iter().enumerate() {
            d.verb_index
                .entry(f[v.head].clone())
                .or_default()
                .push((i, j));
        }
    }
    // Expand nested sets (`+&TIETYPES` inside `&ACCORDSYN`), guarding against cycles.
    let names: Vec<String> = d.verbs.synsets.keys().cloned().collect();
    for n in names {
        let mut out = Vec::new();
        expand(&d.verbs.synsets, &n, &mut out, 0);
        d.synsets.insert(n, out);
    }
    for b in &d.verbs.blocks {
        for p in &b.patterns {
            for e in &p.elems {
                if let Elem::Synset(s) = &e.elem {
                    if !d.synsets.contains_key(s) {
                        diags.push(Diagnostic::warning(
                            &p.origin.0,
                            p.origin.1,
                            format!("synonym set {s} is not defined; the pattern can never match"),
                        ));
                    }
                }
            }
        }
    }
    (d, diags)
}

fn expand(
    sets: &FxHashMap<String, Vec<Vec<String>>>,
    name: &str,
    out: &mut Vec<Vec<String>>,
    depth: usize,
) {
    let Some(set) = sets.get(name) else { return };
    for p in set {
        if p.len() == 1 && p[0].starts_with('&') {
            if depth < 8 {
                expand(sets, &p[0], out, depth + 1);
            }
        } else {
            out.push(p.clone());
        }
    }
}
