//! A phrase index: multi-word phrases compiled once into an Aho–Corasick automaton over normalised tokens,
//! matched against a sentence's tokens in one pass.
//!
//! Phrases and text are tokenized by the same tokenizer (`readout-text`), so `U.S.`, `Russia’s` and
//! `cease-fire` match exactly as they are written. Matching is case-insensitive, but a phrase can demand
//! capitals where its words have them: a proper name matches only capitalised words, and a short acronym
//! (`US`, `WHO`, `IS`) only an upper-case one, so the pronoun "us" is never the United States.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use readout_text::{tokenize, Token};

/// What the text must look like at one word of a phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseRule {
    /// Any case.
    Any,
    /// Starts with a capital.
    Cap,
    /// No lower-case letters (short acronyms).
    Upper,
}

impl CaseRule {
    /// The rule a proper-name word imposes on text.
    pub fn for_name_word(raw: &str) -> CaseRule {
        let letters = raw.chars().filter(|c| c.is_alphabetic()).count();
        let upper = raw.chars().filter(|c| c.is_uppercase()).count();
        match raw.chars().next() {
            Some(c) if c.is_uppercase() => {
                if (2..=3).contains(&letters) && upper == letters {
                    CaseRule::Upper
                } else {
                    CaseRule::Cap
                }
            }
            _ => CaseRule::Any,
        }
    }

    fn allows(self, raw: &str) -> bool {
        match self {
            CaseRule::Any => true,
            CaseRule::Cap => raw
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()),
            CaseRule::Upper => !raw.chars().any(char::is_lowercase),
        }
    }
}

/// One value of a phrase, with the case rules of the entry that gave it.
#[derive(Debug, Clone)]
struct Entry<T> {
    value: T,
    rules: Vec<CaseRule>,
}

/// Builds a [`PhraseIndex`].
#[derive(Debug)]
pub struct PhraseIndexBuilder<T> {
    ids: HashMap<String, usize>,
    keys: Vec<String>,
    entries: Vec<Vec<Entry<T>>>,
    lens: Vec<usize>,
}

impl<T> Default for PhraseIndexBuilder<T> {
    fn default() -> Self {
        PhraseIndexBuilder {
            ids: HashMap::new(),
            keys: Vec::new(),
            entries: Vec::new(),
            lens: Vec::new(),
        }
    }
}

/// Tokenizes a phrase as text would be: normalised words and their raw forms.
pub fn phrase_tokens(phrase: &str) -> Vec<(String, String)> {
    tokenize(phrase, 0..phrase.len())
        .map(|t| {
            (
                t.norm.clone(),
                t.span.slice(phrase).unwrap_or("").to_string(),
            )
        })
        .collect()
}

impl<T> PhraseIndexBuilder<T> {
    /// An empty builder.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a phrase written as in text. With `proper`, capitalised words must be capitalised in text.
    /// Returns false when the phrase has no tokens.
    pub fn add(&mut self, phrase: &str, value: T, proper: bool) -> bool {
        let toks = phrase_tokens(phrase);
        if toks.is_empty() {
            return false;
        }
        let rules = toks
            .iter()
            .map(|(_, raw)| {
                if proper {
                    CaseRule::for_name_word(raw)
                } else {
                    CaseRule::Any
                }
            })
            .collect();
        let words: Vec<String> = toks.into_iter().map(|(n, _)| n).collect();
        self.add_words(&words, value, rules);
        true
    }

    /// Adds a phrase given as normalised words with explicit case rules.
    pub fn add_words(&mut self, words: &[String], value: T, rules: Vec<CaseRule>) {
        let key = format!(" {} ", words.join(" "));
        let id = match self.ids.get(&key) {
            Some(&id) => id,
            None => {
                let id = self.keys.len();
                self.ids.insert(key.clone(), id);
                self.keys.push(key);
                self.entries.push(Vec::new());
                self.lens.push(words.len());
                id
            }
        };
        self.entries[id].push(Entry { value, rules });
    }

    /// Number of distinct phrases.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Compiles the automaton.
    pub fn build(self) -> PhraseIndex<T> {
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&self.keys)
            .ok();
        PhraseIndex {
            ac,
            entries: self.entries,
            lens: self.lens,
        }
    }
}

/// A phrase found in a sentence.
#[derive(Debug, Clone, Copy)]
pub struct Hit<'a, T> {
    /// First token (index into the slice searched).
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The value stored with the phrase.
    pub value: &'a T,
}

/// Compiled phrases; see the module docs.
///
/// ```
/// use readout_lexicon::phrases::PhraseIndexBuilder;
/// use readout_text::tokenize;
/// let mut b = PhraseIndexBuilder::new();
/// b.add("United States", "USA", true);
/// b.add("US", "USA", true);
/// b.add("foreign ministry", "GOV", false);
/// let idx = b.build();
/// let text = "The US and the Foreign Ministry told us that the united states agreed.";
/// let toks: Vec<_> = tokenize(text, 0..text.len()).collect();
/// let hits: Vec<_> = idx.find(&toks, text).iter().map(|h| (h.start, *h.value)).collect();
/// assert_eq!(hits, [(1, "USA"), (4, "GOV")]);
/// ```
#[derive(Debug)]
pub struct PhraseIndex<T> {
    ac: Option<AhoCorasick>,
    entries: Vec<Vec<Entry<T>>>,
    lens: Vec<usize>,
}

impl<T> PhraseIndex<T> {
    /// Number of distinct phrases.
    pub fn len(&self) -> usize {
        self.lens.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.lens.is_empty()
    }

    /// Every occurrence of every phrase in `tokens` (all lengths, overlapping), whose case rules the text
    /// satisfies; sorted by start, then longest first.
    pub fn find<'a>(&'a self, tokens: &[Token], text: &str) -> Vec<Hit<'a, T>> {
        let Some(ac) = &self.ac else {
            return Vec::new();
        };
        let mut hay =
            String::with_capacity(tokens.iter().map(|t| t.norm.len() + 1).sum::<usize>() + 1);
        let mut starts = Vec::with_capacity(tokens.len() + 1);
        for t in tokens {
            starts.push(hay.len());
            hay.push(' ');
            hay.push_str(&t.norm);
        }
        starts.push(hay.len());
        hay.push(' ');
        let mut hits = Vec::new();
        for m in ac.find_overlapping_iter(&hay) {
            let Ok(start) = starts.binary_search(&m.start()) else {
                continue;
            };
            let pid = m.pattern().as_usize();
            let end = start + self.lens[pid];
            for e in &self.entries[pid] {
                let ok = e
                    .rules
                    .iter()
                    .zip(&tokens[start..end])
                    .all(|(r, t)| r.allows(t.span.slice(text).unwrap_or("")));
                if ok {
                    hits.push(Hit {
                        start,
                        end,
                        value: &e.value,
                    });
                }
            }
        }
        hits.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        hits
    }
}
