//! A phrase index: multi-word phrases compiled once into a trie over normalised tokens, matched against a
//! sentence's tokens.
//!
//! Phrases and text are tokenized by the same tokenizer (`readout-text`), so `U.S.`, `Russia’s` and
//! `cease-fire` match exactly as they are written. Matching is case-insensitive, but a phrase can demand
//! capitals where its words have them: a proper name matches only capitalised words, and a short acronym
//! (`US`, `WHO`, `IS`) only an upper-case one, so the pronoun "us" is never the United States.
//!
//! Why a token trie and not an Aho–Corasick automaton over bytes: every match must start and end on a token
//! boundary, so the search walks the trie from each token, and no failure transitions are needed. Building
//! those transitions for the ~100,000 expanded verb patterns was most of the lexicon's load time; the trie
//! builds in a fraction of it and finds every phrase of every length at each token.

use readout_text::{tokenize, Token};
use rustc_hash::FxHashMap;

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
    /// Index into the index's case-rule lists; 0 (an empty list) when every word may be in any case. (An
    /// index, not a boxed list per entry: most of a million verb entries have none.)
    rules: u32,
}

/// Builds a [`PhraseIndex`].
#[derive(Debug)]
pub struct PhraseIndexBuilder<T> {
    /// Inflected form → the head words it may stand for at the start of a phrase (`spoke` → `speak`).
    heads: FxHashMap<u32, Vec<u32>>,
    vocab: FxHashMap<String, u32>,
    edges: FxHashMap<(u32, u32), u32>,
    /// Per trie node, the phrase id ending there.
    terminal: Vec<Option<u32>>,
    /// Number of phrase ids given out.
    phrases: u32,
    /// Case-rule lists of entries; the first is empty.
    rule_lists: Vec<Box<[CaseRule]>>,
    /// Every entry with its phrase id, in the order added. (Not a vector per phrase: a million one-entry
    /// vectors cost four times their contents in spare capacity and allocator headers.)
    entries: Vec<(u32, Entry<T>)>,
}

impl<T> Default for PhraseIndexBuilder<T> {
    fn default() -> Self {
        PhraseIndexBuilder {
            heads: FxHashMap::default(),
            vocab: FxHashMap::default(),
            edges: FxHashMap::default(),
            terminal: vec![None],
            phrases: 0,
            rule_lists: vec![Box::default()],
            entries: Vec::new(),
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
        if words.is_empty() {
            return;
        }
        let ids: Vec<u32> = words.iter().map(|w| self.intern(w)).collect();
        let node = self.walk(0, &ids);
        let rules = if rules.iter().all(|r| *r == CaseRule::Any) {
            0
        } else {
            self.rule_lists.push(rules.into_boxed_slice());
            (self.rule_lists.len() - 1) as u32
        };
        self.mark_with(node, Entry { value, rules });
    }

    /// Number of distinct phrases.
    pub fn len(&self) -> usize {
        self.phrases as usize
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.phrases == 0
    }

    /// The id of a normalised word, adding it to the vocabulary.
    pub fn intern(&mut self, w: &str) -> u32 {
        match self.vocab.get(w) {
            Some(&t) => t,
            None => {
                let t = self.vocab.len() as u32;
                self.vocab.insert(w.to_string(), t);
                t
            }
        }
    }

    /// Lets a phrase whose first word is `head` also start with `form` (an inflection): phrases are stored once,
    /// with their head in base form, and inflected heads are mapped to it when matching.
    pub fn add_head_form(&mut self, form: u32, head: u32) {
        if form == head {
            return;
        }
        let v = self.heads.entry(form).or_default();
        if !v.contains(&head) {
            v.push(head);
        }
    }

    /// Walks (adding what is missing) from trie node `node` along interned word ids; returns the node reached.
    /// Node 0 is the root.
    pub fn walk(&mut self, mut node: u32, ids: &[u32]) -> u32 {
        for &tid in ids {
            let fresh = self.terminal.len() as u32;
            let child = *self.edges.entry((node, tid)).or_insert(fresh);
            if child == fresh {
                self.terminal.push(None);
            }
            node = child;
        }
        node
    }

    /// Adds a phrase given as interned word ids, matching any case.
    pub fn add_ids(&mut self, ids: &[u32], value: T) {
        if ids.is_empty() {
            return;
        }
        let node = self.walk(0, ids);
        self.mark(node, value);
    }

    /// Makes trie node `node` (reached with [`walk`](Self::walk)) the end of a phrase with `value`, matching
    /// any case.
    pub fn mark(&mut self, node: u32, value: T) {
        self.mark_with(node, Entry { value, rules: 0 });
    }

    fn mark_with(&mut self, node: u32, entry: Entry<T>) {
        let pid = match self.terminal[node as usize] {
            Some(p) => p,
            None => {
                let p = self.phrases;
                self.phrases += 1;
                self.terminal[node as usize] = Some(p);
                p
            }
        };
        self.entries.push((pid, entry));
    }

    /// Freezes the trie.
    pub fn build(mut self) -> PhraseIndex<T> {
        // One flat table of entries grouped by phrase, each phrase's range in it; a stable sort keeps a
        // phrase's entries in the order they were added.
        self.entries.sort_by_key(|(pid, _)| *pid);
        let mut offsets = Vec::with_capacity(self.phrases as usize + 1);
        offsets.push(0u32);
        let mut at = 0usize;
        for pid in 0..self.phrases {
            while at < self.entries.len() && self.entries[at].0 == pid {
                at += 1;
            }
            offsets.push(at as u32);
        }
        let entries: Vec<Entry<T>> = self.entries.into_iter().map(|(_, e)| e).collect();
        self.edges.shrink_to_fit();
        self.vocab.shrink_to_fit();
        self.terminal.shrink_to_fit();
        PhraseIndex {
            rule_lists: self.rule_lists,
            heads: self.heads,
            vocab: self.vocab,
            edges: self.edges,
            terminal: self.terminal,
            entries,
            offsets,
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
    rule_lists: Vec<Box<[CaseRule]>>,
    heads: FxHashMap<u32, Vec<u32>>,
    vocab: FxHashMap<String, u32>,
    edges: FxHashMap<(u32, u32), u32>,
    terminal: Vec<Option<u32>>,
    /// Every phrase's entries, phrase after phrase; phrase `p`'s are `entries[offsets[p]..offsets[p + 1]]`.
    entries: Vec<Entry<T>>,
    offsets: Vec<u32>,
}

impl<T> PhraseIndex<T> {
    /// Number of distinct phrases.
    pub fn len(&self) -> usize {
        self.offsets.len() - 1
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every occurrence of every phrase in `tokens` (all lengths, overlapping), whose case rules the text
    /// satisfies; sorted by start, then longest first.
    pub fn find<'a>(&'a self, tokens: &[Token], text: &str) -> Vec<Hit<'a, T>> {
        let ids: Vec<Option<u32>> = tokens
            .iter()
            .map(|t| self.vocab.get(&t.norm).copied())
            .collect();
        let mut hits = Vec::new();
        for start in 0..tokens.len() {
            let Some(first) = ids[start] else { continue };
            let heads = self.heads.get(&first).map_or(&[][..], Vec::as_slice);
            for &head in std::iter::once(&first).chain(heads) {
                self.walk_from(head, start, &ids, tokens, text, &mut hits);
            }
        }
        hits.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        hits
    }

    fn walk_from<'a>(
        &'a self,
        head: u32,
        start: usize,
        ids: &[Option<u32>],
        tokens: &[Token],
        text: &str,
        hits: &mut Vec<Hit<'a, T>>,
    ) {
        {
            let mut node = 0u32;
            for end in start..tokens.len() {
                let tid = if end == start {
                    head
                } else if let Some(t) = ids[end] {
                    t
                } else {
                    break;
                };
                let Some(&child) = self.edges.get(&(node, tid)) else {
                    break;
                };
                node = child;
                let Some(pid) = self.terminal[node as usize] else {
                    continue;
                };
                let (from, to) = (self.offsets[pid as usize], self.offsets[pid as usize + 1]);
                for e in &self.entries[from as usize..to as usize] {
                    let ok = self.rule_lists[e.rules as usize]
                        .iter()
                        .zip(&tokens[start..=end])
                        .all(|(r, t)| r.allows(t.span.slice(text).unwrap_or("")));
                    if ok {
                        hits.push(Hit {
                            start,
                            end: end + 1,
                            value: &e.value,
                        });
                    }
                }
            }
        }
    }
}
