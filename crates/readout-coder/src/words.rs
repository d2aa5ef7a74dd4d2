//! Closed-class words and cue words (`data/words.txt`): determiners, pronouns, auxiliaries, negation, refusal
//! and reporting verbs, subordinators. Data, not code, so the classes can be read and extended in one place.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Word classes by name.
#[derive(Debug, Clone, Default)]
pub struct Words {
    classes: HashMap<String, HashSet<String>>,
    /// Multi-word entries by class, as word lists.
    phrases: HashMap<String, Vec<Vec<String>>>,
}

impl Words {
    /// The built-in classes.
    pub fn builtin() -> Words {
        Words::parse(include_str!("../data/words.txt"))
    }

    /// Parses the `[class]` / one-entry-per-line format.
    pub fn parse(text: &str) -> Words {
        let mut w = Words::default();
        let mut class = String::new();
        for line in text.lines() {
            let l = line.trim();
            if l.is_empty() || l.starts_with('#') {
                continue;
            }
            if let Some(c) = l.strip_prefix('[').and_then(|c| c.strip_suffix(']')) {
                class = c.to_string();
                continue;
            }
            let words: Vec<String> = l.split_whitespace().map(str::to_string).collect();
            if words.len() == 1 {
                w.classes
                    .entry(class.clone())
                    .or_default()
                    .insert(words[0].clone());
            } else {
                w.phrases.entry(class.clone()).or_default().push(words);
            }
        }
        w
    }

    /// True when the single word is in the class.
    pub fn is(&self, class: &str, norm: &str) -> bool {
        self.classes.get(class).is_some_and(|s| s.contains(norm))
    }

    /// True when some entry of the class is a prefix of `code` (`04` covers `041`).
    pub fn has_prefix_of(&self, class: &str, code: &str) -> bool {
        self.classes
            .get(class)
            .is_some_and(|s| s.iter().any(|p| code.starts_with(p.as_str())))
    }

    /// The length of a multi-word entry of `class` starting at `norms[0]`, if any (longest first).
    pub fn phrase_at(&self, class: &str, norms: &[&str]) -> Option<usize> {
        let list = self.phrases.get(class)?;
        list.iter()
            .filter(|p| p.len() <= norms.len() && p.iter().zip(norms).all(|(a, b)| a == b))
            .map(Vec::len)
            .max()
    }
}
