//! Verb and event-noun patterns, and the inflections generated from their lemmas.
//!
//! A pattern is written once in base form (`hold talks/negotiations with _`); loading expands it into every
//! concrete word sequence that can introduce it in text (`held talks with`, `holding negotiations with`, …).
//! The expansions go into one automaton; each remembers the pattern and whether its target slot follows.

use std::collections::HashMap;

use crate::diag::Diagnostic;
use crate::entities::{pluralize, Source};
use crate::format::parse_lines;

/// Definite and possessive determiners fold to `the`, in patterns and in the text they are matched against, so
/// that a pattern written with one reads all of them (`withdraw [the] peacekeeping force` reads "withdraw their
/// peacekeeping force").
///
/// ```
/// assert_eq!(readout_lexicon::verbs::fold_possessive("their"), "the");
/// assert_eq!(readout_lexicon::verbs::fold_possessive("a"), "a");
/// ```
pub fn fold_possessive(w: &str) -> &str {
    match w {
        "the" | "its" | "their" | "his" | "her" | "our" => "the",
        _ => w,
    }
}

/// Verb or event noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PatternKind {
    /// The first word is a verb lemma.
    Verb,
    /// The first word is an event noun.
    Noun,
}

/// One element of a pattern.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Element {
    /// One of these words; optional when `optional`.
    Word {
        /// Alternatives (lower-case).
        alts: Vec<String>,
        /// `[word]`.
        optional: bool,
    },
    /// `_`: where the target stands.
    Slot,
}

/// A verb or event-noun pattern.
#[derive(Debug, Clone)]
pub struct VerbPattern {
    /// CAMEO code it codes.
    pub code: String,
    /// Verb or noun.
    pub kind: PatternKind,
    /// The pattern as written.
    pub text: String,
    /// Parsed elements.
    pub elements: Vec<Element>,
    /// The subject is the one acted on and the slot's actor the one acting (`receive @weapons from _`, marked
    /// `recipient`): "Mali took delivery of helicopters from Russia" is Russia's act toward Mali.
    pub recipient: bool,
    /// The pattern codes only when its subject is people rather than a state organ (marked `people`): a bare
    /// `march`/`rally` is a protest by protesters, students or farmers, not troops marching or markets rallying.
    pub people: bool,
    /// Definition.
    pub source: Source,
}

impl VerbPattern {
    /// The words after the target slot (`for` in `blame _ for`), as alternatives per position.
    pub fn after_slot(&self) -> &[Element] {
        match self.elements.iter().position(|e| *e == Element::Slot) {
            Some(i) => &self.elements[i + 1..],
            None => &[],
        }
    }

    /// True when the pattern has a target slot.
    pub fn has_slot(&self) -> bool {
        self.elements.contains(&Element::Slot)
    }
}

/// Irregular past and participle forms, by lemma.
#[derive(Debug, Clone, Default)]
pub struct Irregulars {
    forms: HashMap<String, (Vec<String>, Vec<String>)>,
}

impl Irregulars {
    /// Parses `irregular.lex`.
    pub fn parse(file: &str, text: &str, diags: &mut Vec<Diagnostic>) -> Irregulars {
        let mut forms = HashMap::new();
        for l in parse_lines(text) {
            let past = l.list("past");
            let part = l.list("participle");
            if past.is_empty() || part.is_empty() {
                diags.push(Diagnostic::error(
                    file,
                    l.no,
                    format!("irregular verb {:?} needs past= and participle=", l.key),
                ));
                continue;
            }
            let own = |v: Vec<&str>| v.into_iter().map(|s| s.to_lowercase()).collect::<Vec<_>>();
            forms.insert(l.key.to_lowercase(), (own(past), own(part)));
        }
        Irregulars { forms }
    }

    /// Merges another table in (later wins).
    pub fn extend(&mut self, other: Irregulars) {
        self.forms.extend(other.forms);
    }

    /// Number of irregular verbs.
    pub fn len(&self) -> usize {
        self.forms.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }

    /// Every inflected form of a verb lemma, the lemma first.
    ///
    /// ```
    /// use readout_lexicon::verbs::Irregulars;
    /// let mut d = Vec::new();
    /// let irr = Irregulars::parse("irregular.lex", "speak | past=spoke | participle=spoken", &mut d);
    /// let f = irr.verb_forms("speak");
    /// for w in ["speak", "speaks", "spoke", "spoken", "speaking"] { assert!(f.contains(&w.to_string()), "{w}"); }
    /// let f = irr.verb_forms("ban");
    /// for w in ["bans", "banned", "banning"] { assert!(f.contains(&w.to_string()), "{w}"); }
    /// let f = irr.verb_forms("agree");
    /// for w in ["agrees", "agreed", "agreeing"] { assert!(f.contains(&w.to_string()), "{w}"); }
    /// ```
    pub fn verb_forms(&self, lemma: &str) -> Vec<String> {
        let l = lemma.to_lowercase();
        let mut out = vec![l.clone(), third_person(&l)];
        if let Some((past, part)) = self.forms.get(&l) {
            out.extend(past.iter().cloned());
            out.extend(part.iter().cloned());
        } else {
            out.extend(regular_past(&l));
        }
        out.extend(present_participle(&l));
        let mut seen = std::collections::HashSet::new();
        out.retain(|w| seen.insert(w.clone()));
        out
    }
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Ends consonant–vowel–consonant, so the final consonant may double (`ban` → `banned`).
fn cvc(w: &str) -> bool {
    let b = w.as_bytes();
    let n = b.len();
    n >= 3
        && !is_vowel(b[n - 1])
        && !matches!(b[n - 1], b'w' | b'x' | b'y')
        && is_vowel(b[n - 2])
        && !is_vowel(b[n - 3])
}

fn third_person(w: &str) -> String {
    let b = w.as_bytes();
    if w == "have" {
        return "has".into();
    }
    if w.ends_with('y') && b.len() >= 2 && !is_vowel(b[b.len() - 2]) {
        return format!("{}ies", &w[..w.len() - 1]);
    }
    if ["s", "x", "z", "ch", "sh", "o"]
        .iter()
        .any(|e| w.ends_with(e))
    {
        return format!("{w}es");
    }
    format!("{w}s")
}

fn regular_past(w: &str) -> Vec<String> {
    let b = w.as_bytes();
    if w.ends_with('e') {
        return vec![format!("{w}d")];
    }
    if w.ends_with('y') && b.len() >= 2 && !is_vowel(b[b.len() - 2]) {
        return vec![format!("{}ied", &w[..w.len() - 1])];
    }
    if w.ends_with('c') {
        return vec![format!("{w}ked"), format!("{w}ed")];
    }
    let mut v = vec![format!("{w}ed")];
    // Doubling depends on stress (ban → banned, visit → visited); both spellings are generated and the one
    // that does not exist simply never matches.
    if cvc(w) {
        v.push(format!("{w}{}ed", &w[w.len() - 1..]));
    }
    v
}

fn present_participle(w: &str) -> Vec<String> {
    if let Some(stem) = w.strip_suffix("ie") {
        return vec![format!("{stem}ying")];
    }
    if w.ends_with('e')
        && !w.ends_with("ee")
        && !w.ends_with("ye")
        && !w.ends_with("oe")
        && w.len() > 2
    {
        return vec![format!("{}ing", &w[..w.len() - 1])];
    }
    if w.ends_with('c') {
        return vec![format!("{w}king")];
    }
    let mut v = vec![format!("{w}ing")];
    if cvc(w) {
        v.push(format!("{w}{}ing", &w[w.len() - 1..]));
    }
    v
}

/// Forms of an event noun: itself and its plural (pluralia tantum such as `talks` stay as they are).
pub fn noun_forms(noun: &str) -> Vec<String> {
    let n = noun.to_lowercase();
    let plural_already =
        n.ends_with('s') && !n.ends_with("ss") && !n.ends_with("us") && !n.ends_with("is");
    if plural_already {
        vec![n]
    } else {
        let p = pluralize(&n);
        vec![n, p]
    }
}

/// True for a word that may stand before a pattern's object without changing the event ("additional troops",
/// "new sanctions"; `data/rules/pattern-fillers.txt`): patterns leave it out, and so does matching.
///
/// ```
/// assert!(readout_lexicon::verbs::is_filler("additional"));
/// assert!(!readout_lexicon::verbs::is_filler("troops"));
/// ```
pub fn is_filler(w: &str) -> bool {
    static FILLERS: std::sync::OnceLock<std::collections::HashSet<String>> =
        std::sync::OnceLock::new();
    FILLERS
        .get_or_init(|| {
            include_str!("../data/rules/pattern-fillers.txt")
                .lines()
                .map(str::trim)
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| l.strip_prefix("filler:"))
                .flat_map(str::split_whitespace)
                .map(str::to_string)
                .collect()
        })
        .contains(w)
}

/// Parses one pattern text into elements.
pub fn parse_pattern(text: &str) -> Result<Vec<Element>, String> {
    let mut els = Vec::new();
    for w in text.split_whitespace() {
        if w == "_" {
            if els.contains(&Element::Slot) {
                return Err("more than one `_` slot".into());
            }
            els.push(Element::Slot);
            continue;
        }
        let (inner, optional) = match w.strip_prefix('[').and_then(|x| x.strip_suffix(']')) {
            Some(x) => (x, true),
            None => (w, false),
        };
        if inner.is_empty() || inner.contains('[') || inner.contains(']') || inner.contains('_') {
            return Err(format!("bad word {w:?}"));
        }
        let alts: Vec<String> = inner
            .split('/')
            .filter(|a| !a.is_empty())
            .map(str::to_lowercase)
            .collect();
        if alts.is_empty() {
            return Err(format!("bad word {w:?}"));
        }
        // Definite and possessive determiners are one word to patterns: `withdraw [its] peacekeepers` also reads
        // "withdraw their peacekeepers" (the coder folds them in the text the same way).
        let mut alts: Vec<String> = alts
            .into_iter()
            .map(|a| fold_possessive(&a).to_string())
            .collect();
        alts.dedup();
        // Fillers ("new", "additional") are left out after the head: matching skips them in text too.
        // (A word with a filler among its choices may be that filler, which the text leaves out: `first/second
        // joint patrol` reads "their first joint patrol" as "their joint patrol".)
        let mut optional = optional;
        if !els.is_empty() {
            let had_filler = alts.iter().any(|a| is_filler(a));
            alts.retain(|a| !is_filler(a));
            if alts.is_empty() {
                continue;
            }
            optional |= had_filler;
        }
        els.push(Element::Word { alts, optional });
    }
    match els.first() {
        None => Err("empty pattern".into()),
        Some(Element::Slot) => Err("a pattern cannot start with `_`".into()),
        Some(Element::Word { optional: true, .. }) => {
            Err("the first word cannot be optional".into())
        }
        _ => Ok(els),
    }
}

/// Word classes for patterns: `@weapons` in a pattern stands for each member of the class `weapons`.
///
/// ```
/// use readout_lexicon::verbs::{parse_verbs, WordClasses};
/// let mut diags = Vec::new();
/// let classes = WordClasses::parse("classes.lex", "weapons | tanks\nweapons | armoured/armored vehicles\n", &mut diags);
/// let pats = parse_verbs("verbs.lex", "072 | verb | provide [new] @weapons to _\n", &classes, &mut diags);
/// assert!(diags.is_empty());
/// assert_eq!(pats.len(), 2);
/// assert_eq!(pats[1].text, "provide [new] armoured/armored vehicles to _");
/// ```
#[derive(Debug, Clone, Default)]
pub struct WordClasses {
    members: HashMap<String, Vec<String>>,
}

/// Most concrete patterns one written pattern may stand for once its classes are filled in.
pub const MAX_CLASS_EXPANSIONS: usize = 4096;

impl WordClasses {
    /// Parses a `classes.lex` file: `NAME | member`, one member per line (a member is pattern words: `a/b`
    /// choices and `[optional]` words allowed).
    pub fn parse(file: &str, text: &str, diags: &mut Vec<Diagnostic>) -> WordClasses {
        let mut c = WordClasses::default();
        for l in parse_lines(text) {
            let name = l.key.trim_start_matches('@');
            let ok_name = !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
            match (ok_name, l.bare.as_slice()) {
                (false, _) => diags.push(Diagnostic::error(
                    file,
                    l.no,
                    format!(
                        "class name {:?} must be lower-case letters, digits and `_`",
                        l.key
                    ),
                )),
                (true, [member]) => match parse_fragment(member) {
                    Ok(()) => c
                        .members
                        .entry(name.to_string())
                        .or_default()
                        .push(member.to_string()),
                    Err(e) => diags.push(Diagnostic::error(
                        file,
                        l.no,
                        format!("member {member:?}: {e}"),
                    )),
                },
                _ => diags.push(Diagnostic::error(file, l.no, "want `NAME | member words`")),
            }
        }
        c
    }

    /// Adds the members of another file's classes.
    pub fn extend(&mut self, other: WordClasses) {
        for (k, v) in other.members {
            self.members.entry(k).or_default().extend(v);
        }
    }

    /// The members of a class.
    pub fn members(&self, name: &str) -> Option<&[String]> {
        self.members.get(name).map(Vec::as_slice)
    }

    /// Number of classes.
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// The pattern texts a written pattern stands for: each `@class` (or optional `[@class]`) replaced by each
    /// member in turn.
    pub fn fill(&self, pattern: &str) -> Result<Vec<String>, String> {
        let mut out = vec![String::new()];
        for w in pattern.split_whitespace() {
            let (name, optional) = match w.strip_prefix("[@").and_then(|x| x.strip_suffix(']')) {
                Some(n) => (Some(n), true),
                None => (w.strip_prefix('@'), false),
            };
            let choices: Vec<&str> = match name {
                None => vec![w],
                Some(n) => {
                    let m = self
                        .members(n)
                        .ok_or_else(|| format!("unknown word class @{n}"))?;
                    let mut v: Vec<&str> = m.iter().map(String::as_str).collect();
                    if optional {
                        v.insert(0, "");
                    }
                    v
                }
            };
            let mut next = Vec::with_capacity(out.len() * choices.len());
            for o in &out {
                for c in &choices {
                    let mut t = o.clone();
                    if !c.is_empty() {
                        if !t.is_empty() {
                            t.push(' ');
                        }
                        t.push_str(c);
                    }
                    next.push(t);
                }
            }
            if next.len() > MAX_CLASS_EXPANSIONS {
                return Err(format!(
                    "its word classes make more than {MAX_CLASS_EXPANSIONS} patterns"
                ));
            }
            out = next;
        }
        Ok(out)
    }
}

/// A class member: pattern words, none of them a slot.
fn parse_fragment(text: &str) -> Result<(), String> {
    if text.split_whitespace().any(|w| w == "_" || w.contains('@')) {
        return Err("a member cannot hold `_` or another class".into());
    }
    // A member may start with an optional word; it is checked as if something came before it.
    parse_pattern(&format!("x {text}")).map(|_| ())
}

/// Parses `verbs.lex`, filling in word classes. Unknown codes are checked by the caller, which holds the
/// ontology.
pub fn parse_verbs(
    file: &str,
    text: &str,
    classes: &WordClasses,
    diags: &mut Vec<Diagnostic>,
) -> Vec<VerbPattern> {
    let mut out = Vec::new();
    for l in parse_lines(text) {
        let code = l.key;
        let (Some(kind), Some(pat)) = (l.bare.first(), l.bare.get(1)) else {
            diags.push(Diagnostic::error(
                file,
                l.no,
                "want `CODE | verb|noun | pattern [| recipient]`",
            ));
            continue;
        };
        let kind = match *kind {
            "verb" => PatternKind::Verb,
            "noun" => PatternKind::Noun,
            k => {
                diags.push(Diagnostic::error(
                    file,
                    l.no,
                    format!("kind {k:?} must be `verb` or `noun`"),
                ));
                continue;
            }
        };
        let (recipient, people) = match l.bare.get(2) {
            None => (false, false),
            Some(&"recipient") => (true, false),
            Some(&"people") => (false, true),
            Some(other) => {
                diags.push(Diagnostic::error(
                    file,
                    l.no,
                    format!("unknown flag {other:?} (only `recipient` or `people`)"),
                ));
                continue;
            }
        };
        let texts = if pat.contains('@') {
            match classes.fill(pat) {
                Ok(t) => t,
                Err(e) => {
                    diags.push(Diagnostic::error(
                        file,
                        l.no,
                        format!("pattern {pat:?}: {e}"),
                    ));
                    continue;
                }
            }
        } else {
            vec![pat.to_string()]
        };
        for t in texts {
            match parse_pattern(&t) {
                Ok(elements) if word_sequences(&elements) > MAX_EXPANSIONS => {
                    diags.push(Diagnostic::error(
                        file,
                        l.no,
                        format!(
                            "pattern {t:?}: its choices and optional words make more than {MAX_EXPANSIONS} word \
                             sequences, and the rest would be dropped; split it"
                        ),
                    ));
                }
                Ok(elements) => out.push(VerbPattern {
                    code: code.to_string(),
                    kind,
                    text: t,
                    elements,
                    recipient,
                    people,
                    source: Source {
                        file: file.to_string(),
                        line: l.no,
                    },
                }),
                Err(e) => diags.push(Diagnostic::error(file, l.no, format!("pattern {t:?}: {e}"))),
            }
        }
    }
    out
}

/// Expansion limit per pattern, so one over-general pattern cannot blow up the automaton.
pub const MAX_EXPANSIONS: usize = 256;

/// How many word sequences a pattern's words stand for before its slot (each choice, and each optional word
/// present or not), not counting the head's inflections, which are stored once.
fn word_sequences(elements: &[Element]) -> usize {
    elements
        .iter()
        .take_while(|e| **e != Element::Slot)
        .skip(1)
        .map(|e| match e {
            Element::Word { alts, optional } => alts.len() + usize::from(*optional),
            Element::Slot => 1,
        })
        .fold(1usize, |acc, n| acc.saturating_mul(n))
}

/// The concrete word sequences that introduce a pattern: its words up to the slot (or all words when there is
/// none), the head inflected. Each is a list of lower-case words.
pub fn expand(p: &VerbPattern, irregular: &Irregulars) -> Vec<Vec<String>> {
    prefix_lengths(p)
        .into_iter()
        .flat_map(|upto| expand_upto(p, irregular, upto))
        .collect()
}

/// How many leading elements of a pattern introduce it in text: those before the slot, and — since "held
/// talks" codes like "held talks with _" when the target is not there — also those before the prepositions
/// that precede the slot, as long as what remains says something (two words for a verb phrase; an event noun
/// alone is enough). "call on _ to" does not shrink to "call".
pub fn prefix_lengths(p: &VerbPattern) -> Vec<usize> {
    let upto = p
        .elements
        .iter()
        .position(|e| *e == Element::Slot)
        .unwrap_or(p.elements.len());
    let mut out = vec![upto];
    let is_prep = |e: &Element| matches!(e, Element::Word { alts, .. } if alts.iter().all(|a| SLOT_PREPOSITIONS.contains(&a.as_str())));
    if upto < p.elements.len() {
        let mut core = upto;
        while core > 1 && is_prep(&p.elements[core - 1]) {
            core -= 1;
        }
        let min = if p.kind == PatternKind::Noun { 1 } else { 2 };
        // (A bare phrasal verb says too little: `set off for _` does not shrink to "set off", which also sets off
        // waves of violence.)
        let bare_particle = p.kind == PatternKind::Verb
            && core == 2
            && matches!(&p.elements[1], Element::Word { alts, .. } if alts.iter().all(|a| PARTICLES.contains(&a.as_str())));
        if core < upto && core >= min && !bare_particle {
            out.push(core);
        }
    }
    out
}

/// Particles of phrasal verbs ("set off", "break up").
const PARTICLES: &[&str] = &[
    "off", "out", "up", "down", "away", "back", "over", "in", "on", "around",
];

/// Prepositions that introduce a target slot and may be left out when the target is.
const SLOT_PREPOSITIONS: &[&str] = &[
    "with", "to", "on", "against", "between", "among", "from", "for", "at", "into", "in", "toward",
    "towards", "over", "about",
];

/// How many choices a pattern's head has (`provide/supply/send` has three).
pub fn head_choices(p: &VerbPattern) -> usize {
    let head = usize::from(adverb_led(p));
    match p.elements.get(head) {
        Some(Element::Word { alts, .. }) => alts.len().max(1),
        _ => 1,
    }
}

/// True for a verb pattern led by an adverb ("sexually abuse", "forcibly transfer"): its second word is the verb
/// that is inflected.
pub fn adverb_led(p: &VerbPattern) -> bool {
    p.kind == PatternKind::Verb
        && matches!(p.elements.first(), Some(Element::Word { alts, .. }) if alts.iter().all(|a| a.ends_with("ly")))
        && matches!(
            p.elements.get(1),
            Some(Element::Word {
                optional: false,
                ..
            })
        )
}

fn expand_upto(p: &VerbPattern, irregular: &Irregulars, upto: usize) -> Vec<Vec<String>> {
    let head = usize::from(adverb_led(p));
    let mut seqs: Vec<Vec<String>> = vec![Vec::new()];
    for (i, e) in p.elements[..upto].iter().enumerate() {
        let Element::Word { alts, optional } = e else {
            continue;
        };
        let words: Vec<String> = if i == head {
            alts.iter()
                .flat_map(|a| match p.kind {
                    PatternKind::Verb => irregular.verb_forms(a),
                    PatternKind::Noun => noun_forms(a),
                })
                .collect()
        } else {
            alts.clone()
        };
        let mut next = Vec::new();
        for s in &seqs {
            if *optional {
                next.push(s.clone());
            }
            for w in &words {
                let mut t = s.clone();
                t.push(w.clone());
                next.push(t);
            }
        }
        next.truncate(MAX_EXPANSIONS * head_choices(p));
        seqs = next;
    }
    seqs
}

/// Parses `discards.lex`: phrases that suppress coding.
pub fn parse_discards(file: &str, text: &str) -> Vec<Discard> {
    parse_lines(text)
        .map(|l| Discard {
            phrase: l.key.to_string(),
            reason: l.bare.first().copied().unwrap_or("").to_lowercase(),
            source: Source {
                file: file.to_string(),
                line: l.no,
            },
        })
        .collect()
}

/// A phrase that looks like an event or an actor but is neither (`World Cup`, `South China Sea`).
#[derive(Debug, Clone)]
pub struct Discard {
    /// The phrase as written.
    pub phrase: String,
    /// Why it is no event (`sport`, `idiom`, `geography` …), the file's second field, lower-cased.
    pub reason: String,
    /// Where it is written.
    pub source: Source,
}
