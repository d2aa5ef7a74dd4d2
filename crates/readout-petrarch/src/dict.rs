//! Readers for the TABARI/PETRARCH dictionary formats.
//!
//! Five kinds of file, all line-oriented "flat ASCII" with `#`, `;` and `<!-- … -->` comments:
//!
//! * **verbs** (`CAMEO.2.0.txt`, `CAMEO.verbpatterns.*`, `PETR.Validate.verbs.txt`): synonym sets (`&NAME` and
//!   `+phrase` lines), verb blocks (`--- NAME [CODE] ---`, then verbs with optional irregular forms `{…}` and
//!   codes, multi-word verbs with `+` on the verb word, then `- … * … [CODE]` patterns);
//! * **actors**: a phrase with an optional code, `+` synonyms, and tab-indented date-restricted codes
//!   (`[CODE <YYMMDD]`, `[CODE >YYYYMMDD]`, `[CODE D1-D2]`);
//! * **agents**: `PHRASE {plurals} [~CODE]` (suffix) or `[CODE~]` (prefix), with `!SET! = A, B` substitutions;
//! * **discards**: phrases that stop a sentence (or, with `+`, a whole story) from being coded;
//! * **issues**: `phrase [CODE]` with `n:`/`v:`/`+` expansions and `~` ignore phrases.
//!
//! Nothing here fails a whole load: every line that cannot be used becomes a `file:line: reason`
//! [`Diagnostic`] and is skipped.

use chrono::NaiveDate;
use readout_lexicon::Diagnostic;
use rustc_hash::FxHashMap;

use crate::words::phrase_words;

/// Which kind of dictionary a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DictKind {
    /// Verb blocks, synonym sets and patterns.
    Verbs,
    /// Actor phrases and date-restricted codes.
    Actors,
    /// Agent phrases with prefix or suffix codes.
    Agents,
    /// Sentence and story discards.
    Discards,
    /// Issue phrases.
    Issues,
}

impl DictKind {
    /// Guesses the kind from a file name the way the PETRARCH configuration names them, then from content.
    ///
    /// ```
    /// use readout_petrarch::dict::DictKind;
    /// assert_eq!(DictKind::detect("Phoenix.agents.txt", ""), Some(DictKind::Agents));
    /// assert_eq!(DictKind::detect("CAMEO.2.0.txt", ""), Some(DictKind::Verbs));
    /// assert_eq!(DictKind::detect("mine.txt", "--- SAY [010] ---\nSAY\n"), Some(DictKind::Verbs));
    /// ```
    pub fn detect(name: &str, text: &str) -> Option<DictKind> {
        let n = name.to_ascii_lowercase();
        let by_name = [
            ("verb", DictKind::Verbs),
            ("cameo", DictKind::Verbs),
            ("agent", DictKind::Agents),
            ("discard", DictKind::Discards),
            ("issue", DictKind::Issues),
            ("actor", DictKind::Actors),
        ];
        if let Some((_, k)) = by_name.iter().find(|(k, _)| n.contains(k)) {
            return Some(*k);
        }
        let body: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with("<!"))
            .take(400)
            .collect();
        if body
            .iter()
            .any(|l| l.starts_with("---") && l.ends_with("---"))
        {
            Some(DictKind::Verbs)
        } else if body.iter().any(|l| l.contains("[~") || l.contains("~]")) {
            Some(DictKind::Agents)
        } else if body.iter().any(|l| l.contains('[')) {
            Some(DictKind::Actors)
        } else if body.is_empty() {
            None
        } else {
            Some(DictKind::Discards)
        }
    }
}

/// A line of a dictionary with its comments removed.
struct Line<'a> {
    no: usize,
    text: &'a str,
    indented: bool,
}

/// Strips `<!-- … -->` (possibly over several lines), `#` and legacy `;` comments; keeps blank lines, which
/// end synonym sets and pattern lists.
fn clean_lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut in_comment = false;
    for (i, raw) in text.lines().enumerate() {
        let mut s = raw;
        if in_comment {
            match s.find("-->") {
                Some(p) => {
                    s = &s[p + 3..];
                    in_comment = false;
                }
                None => continue,
            }
        }
        // One comment per line is all the format promises; the common shapes are handled.
        let owned_start;
        if let Some(p) = s.find("<!") {
            match s[p..].find("-->") {
                Some(q) if s[p + q + 3..].trim().is_empty() => s = &s[..p],
                Some(_) => {
                    owned_start = &s[..p];
                    s = owned_start;
                }
                None => {
                    in_comment = true;
                    s = &s[..p];
                }
            }
        }
        if let Some(p) = s.find('#') {
            s = &s[..p];
        }
        if let Some(p) = s.find(';') {
            s = &s[..p];
        }
        let indented = s.starts_with([' ', '\t']);
        out.push(Line {
            no: i + 1,
            text: s.trim_end(),
            indented,
        });
    }
    out
}

/// A phrase element: a word and whether it must directly follow the previous one (`_` in the dictionary)
/// or may have other words between (a blank).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhraseWord {
    /// Upper-cased word.
    pub word: String,
    /// Must be adjacent to the previous word.
    pub joined: bool,
}

/// Splits a dictionary phrase into words: `_` joins, blanks allow gaps; a trailing `_` (TABARI's "whole
/// word only") is dropped.
pub fn parse_phrase(s: &str) -> Vec<PhraseWord> {
    let mut out = Vec::new();
    for seg in s.split_whitespace() {
        let mut first = true;
        for part in seg.split('_').filter(|p| !p.is_empty()) {
            for (k, w) in phrase_words(part).into_iter().enumerate() {
                let joined = !(first && k == 0) || out.is_empty();
                out.push(PhraseWord {
                    word: w,
                    joined: joined && !out.is_empty(),
                });
            }
            first = false;
        }
    }
    out
}

/// When an actor code applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRule {
    /// Always (the default code).
    Always,
    /// On or before the date.
    Before(NaiveDate),
    /// On or after the date.
    After(NaiveDate),
    /// Between the dates, inclusive.
    Between(NaiveDate, NaiveDate),
}

impl DateRule {
    fn holds(&self, d: NaiveDate) -> bool {
        match *self {
            DateRule::Always => true,
            DateRule::Before(x) => d <= x,
            DateRule::After(x) => d >= x,
            DateRule::Between(a, b) => a <= d && d <= b,
        }
    }
}

/// One actor entry: every phrase that names it and its codes over time.
#[derive(Debug, Clone)]
pub struct ActorEntry {
    /// The primary phrase as written (for explanations).
    pub name: String,
    /// The phrases (primary and `+` synonyms).
    pub phrases: Vec<Vec<PhraseWord>>,
    /// Date-restricted codes, in file order; the first that holds wins.
    pub dated: Vec<(Vec<String>, DateRule)>,
    /// The code(s) when no restriction holds (`ELR/GAL` gives two); empty: no code.
    pub default: Vec<String>,
    /// Where it was defined.
    pub origin: (String, usize),
}

impl ActorEntry {
    /// The code(s) at a date.
    ///
    /// ```
    /// use readout_petrarch::dict::parse_actors;
    /// let (a, d) = parse_actors("t.txt", "GOLLUM\n+SMEAGOL\n\t[HOB <950601]\n\t[HOBGOV 19950601-19990815]\n\t[HOBREB >990816]\n");
    /// assert!(d.is_empty());
    /// let at = |s: &str| a[0].codes_at(Some(s.parse().unwrap())).to_vec();
    /// assert_eq!(at("1995-01-01"), ["HOB"]);
    /// assert_eq!(at("1996-01-01"), ["HOBGOV"]);
    /// assert_eq!(at("2001-01-01"), ["HOBREB"]);
    /// ```
    pub fn codes_at(&self, date: Option<NaiveDate>) -> &[String] {
        if let Some(d) = date {
            if let Some((c, _)) = self.dated.iter().find(|(_, r)| r.holds(d)) {
                return c;
            }
        }
        &self.default
    }
}

/// Parses `YYMMDD` or `YYYYMMDD` (two-digit years below 30 are 20xx, as TABARI dictionaries mix both).
fn parse_dict_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (y, rest) = match s.len() {
        6 => {
            let yy: i32 = s[..2].parse().ok()?;
            (if yy < 30 { 2000 + yy } else { 1900 + yy }, &s[2..])
        }
        8 => (s[..4].parse().ok()?, &s[4..]),
        _ => return None,
    };
    NaiveDate::from_ymd_opt(y, rest[..2].parse().ok()?, rest[2..].parse().ok()?)
}

/// Parses the inside of an actor code bracket: `CODE`, `CODE <D`, `CODE >D`, `CODE D1-D2`.
fn parse_code_rule(inner: &str) -> Result<(Vec<String>, DateRule), String> {
    let inner = inner.trim();
    let (code, rest) = match inner.find(char::is_whitespace) {
        Some(p) => (&inner[..p], inner[p..].trim()),
        None => {
            // `[<950601]`-style brackets without a code are a known TABARI slip.
            if inner.starts_with(['<', '>']) || inner.starts_with(|c: char| c.is_ascii_digit()) {
                return Err(format!("date restriction without a code: [{inner}]"));
            }
            (inner, "")
        }
    };
    if code.is_empty() || code.chars().any(|c| c.is_whitespace() || c == '[') {
        return Err(format!("malformed code [{inner}]"));
    }
    let codes: Vec<String> = if code == "---" {
        Vec::new()
    } else {
        code.split('/')
            .filter(|c| !c.is_empty())
            .map(str::to_ascii_uppercase)
            .collect()
    };
    let rest: String = rest.chars().filter(|c| !c.is_whitespace()).collect();
    let rule = if rest.is_empty() {
        DateRule::Always
    } else if let Some(d) = rest.strip_prefix('<') {
        DateRule::Before(parse_dict_date(d).ok_or_else(|| format!("bad date {d:?}"))?)
    } else if let Some(d) = rest.strip_prefix('>') {
        DateRule::After(parse_dict_date(d).ok_or_else(|| format!("bad date {d:?}"))?)
    } else if let Some((a, b)) = rest.split_once('-') {
        let a = parse_dict_date(a).ok_or_else(|| format!("bad date {a:?}"))?;
        let b = parse_dict_date(b).ok_or_else(|| format!("bad date {b:?}"))?;
        if b < a {
            return Err(format!("date range ends before it starts: {rest}"));
        }
        DateRule::Between(a, b)
    } else {
        return Err(format!("cannot read date restriction {rest:?}"));
    };
    Ok((codes, rule))
}

/// Splits `text [a] [b]` into the text before the first bracket and the bracket contents.
fn split_brackets(s: &str) -> Result<(&str, Vec<&str>), String> {
    let Some(p) = s.find('[') else {
        return Ok((s, Vec::new()));
    };
    let mut out = Vec::new();
    let mut rest = &s[p..];
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find(']') else {
            return Err("unclosed [".to_string());
        };
        out.push(&rest[open + 1..open + close]);
        rest = &rest[open + close + 1..];
    }
    Ok((&s[..p], out))
}

/// Reads an actor dictionary.
pub fn parse_actors(file: &str, text: &str) -> (Vec<ActorEntry>, Vec<Diagnostic>) {
    let mut out: Vec<ActorEntry> = Vec::new();
    let mut diags = Vec::new();
    let mut open = false;
    // Consecutive entries written without codes share the code lines that follow them (the Phoenix files
    // list a person's name variants one per line, then the terms in office once).
    let mut group_start = 0;
    let mut group_coded = false;
    for l in clean_lines(text) {
        let t = l.text.trim();
        if t.is_empty() {
            continue;
        }
        if t.starts_with('[') {
            if !open || out.is_empty() {
                diags.push(Diagnostic::warning(
                    file,
                    l.no,
                    "code restriction outside an entry",
                ));
                continue;
            }
            match split_brackets(t) {
                Ok((_, bs)) => {
                    for b in bs {
                        match parse_code_rule(b) {
                            Ok((c, rule)) => {
                                for cur in &mut out[group_start..] {
                                    if rule == DateRule::Always {
                                        if cur.default.is_empty() {
                                            cur.default = c.clone();
                                        }
                                    } else {
                                        cur.dated.push((c.clone(), rule));
                                    }
                                }
                            }
                            Err(e) => diags.push(Diagnostic::warning(file, l.no, e)),
                        }
                    }
                }
                Err(e) => diags.push(Diagnostic::warning(file, l.no, e)),
            }
            group_coded = true;
            continue;
        }
        let (synonym, body) = match t.strip_prefix('+') {
            Some(b) => (true, b),
            None => (false, t),
        };
        let (phrase_text, brackets) = match split_brackets(body) {
            Ok(x) => x,
            Err(e) => {
                diags.push(Diagnostic::warning(file, l.no, e));
                continue;
            }
        };
        let phrase = parse_phrase(phrase_text);
        if phrase.is_empty() {
            diags.push(Diagnostic::warning(file, l.no, "entry without a phrase"));
            continue;
        }
        if synonym && open {
            if let Some(cur) = out.last_mut() {
                cur.phrases.push(phrase);
            }
        } else {
            if synonym {
                diags.push(Diagnostic::warning(
                    file,
                    l.no,
                    "synonym with no entry before it; read as an entry",
                ));
            }
            let prev_uncoded = out
                .last()
                .is_some_and(|p| p.default.is_empty() && p.dated.is_empty());
            if group_coded || !prev_uncoded {
                group_start = out.len();
                group_coded = false;
            }
            out.push(ActorEntry {
                name: phrase_text.trim().to_string(),
                phrases: vec![phrase],
                dated: Vec::new(),
                default: Vec::new(),
                origin: (file.to_string(), l.no),
            });
            open = true;
        }
        if !brackets.is_empty() && !synonym {
            group_start = out.len().saturating_sub(1);
            group_coded = true;
        }
        let Some(cur) = out.last_mut() else { continue };
        for b in brackets {
            match parse_code_rule(b) {
                Ok((c, DateRule::Always)) => {
                    if cur.default.is_empty() {
                        cur.default = c;
                    }
                }
                Ok((c, r)) => cur.dated.push((c, r)),
                Err(e) => diags.push(Diagnostic::warning(file, l.no, e)),
            }
        }
        let _ = l.indented;
    }
    for a in &out {
        if a.default.is_empty() && a.dated.is_empty() {
            diags.push(Diagnostic::warning(
                &a.origin.0,
                a.origin.1,
                format!("actor {:?} has no code", a.name),
            ));
        }
    }
    (out, diags)
}

/// One agent phrase.
#[derive(Debug, Clone)]
pub struct AgentEntry {
    /// The phrase.
    pub phrase: Vec<PhraseWord>,
    /// The code without its `~`.
    pub code: String,
    /// `NGO~`: the code goes before the actor's.
    pub prefix: bool,
    /// Where it was defined.
    pub origin: (String, usize),
}

/// The regular plural of a word: `Y` → `IES` after a consonant, `SS` → `SSES`, otherwise `S`.
pub fn plural(w: &str) -> String {
    let b = w.as_bytes();
    if w.ends_with('Y') && b.len() > 1 && !b"AEIOU".contains(&b[b.len() - 2]) {
        format!("{}IES", &w[..w.len() - 1])
    } else if w.ends_with("SS") || w.ends_with("CH") || w.ends_with("SH") || w.ends_with('X') {
        format!("{w}ES")
    } else {
        format!("{w}S")
    }
}

/// Reads an agent dictionary.
///
/// ```
/// use readout_petrarch::dict::parse_agents;
/// let (a, d) = parse_agents("a.txt", "!P! = MAN, MEN\nCONGRESS!P! [~LEG]\nPOLICE {} [~COP]\nMSF {} [NGO~]\nGOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\n");
/// assert!(d.is_empty(), "{d:?}");
/// let words: Vec<String> = a.iter().map(|e| e.phrase.iter().map(|w| w.word.as_str()).collect::<Vec<_>>().join(" ")).collect();
/// assert_eq!(words, ["CONGRESSMAN", "CONGRESSMEN", "POLICE", "MSF", "GOLDEN GOOSE", "GOLDEN GEESE"]);
/// assert!(a[3].prefix);
/// ```
pub fn parse_agents(file: &str, text: &str) -> (Vec<AgentEntry>, Vec<Diagnostic>) {
    let mut out = Vec::new();
    let mut diags = Vec::new();
    let mut subs: FxHashMap<String, Vec<String>> = FxHashMap::default();
    for l in clean_lines(text) {
        let t = l.text.trim();
        if t.is_empty() {
            continue;
        }
        if t.starts_with('!') {
            if let Some((k, v)) = t.split_once('=') {
                let vals: Vec<String> = v
                    .split(',')
                    .map(|x| x.trim().to_ascii_uppercase())
                    .filter(|x| !x.is_empty())
                    .collect();
                subs.insert(k.trim().to_ascii_uppercase(), vals);
                continue;
            }
        }
        let (head, brackets) = match split_brackets(t) {
            Ok(x) => x,
            Err(e) => {
                diags.push(Diagnostic::warning(file, l.no, e));
                continue;
            }
        };
        let Some(code) = brackets.last().map(|c| c.trim()) else {
            diags.push(Diagnostic::warning(file, l.no, "agent without a [code]"));
            continue;
        };
        let (code, prefix) = if let Some(c) = code.strip_prefix('~') {
            (c.trim(), false)
        } else if let Some(c) = code.strip_suffix('~') {
            (c.trim(), true)
        } else {
            diags.push(Diagnostic::warning(
                file,
                l.no,
                format!("agent code [{code}] has no ~; read as a suffix"),
            ));
            (code, false)
        };
        if code.is_empty() || code.contains(char::is_whitespace) {
            diags.push(Diagnostic::warning(file, l.no, "malformed agent code"));
            continue;
        }
        let (phrase_text, plurals) = match (head.find('{'), head.find('}')) {
            (Some(a), Some(b)) if a < b => (&head[..a], Some(&head[a + 1..b])),
            (None, None) => (head, None),
            _ => {
                diags.push(Diagnostic::warning(file, l.no, "unbalanced { }"));
                continue;
            }
        };
        let phrase_text = phrase_text.trim().to_ascii_uppercase();
        let mut variants: Vec<(String, bool)> = Vec::new();
        if let Some(s) = phrase_text.find('!') {
            let Some(e) = phrase_text[s + 1..].find('!').map(|e| s + 1 + e) else {
                diags.push(Diagnostic::warning(file, l.no, "unclosed !SET! marker"));
                continue;
            };
            let key = &phrase_text[s..=e];
            let Some(vals) = subs.get(key) else {
                diags.push(Diagnostic::warning(
                    file,
                    l.no,
                    format!("substitution set {key} is not defined above"),
                ));
                continue;
            };
            for v in vals {
                variants.push((
                    format!("{}{}{}", &phrase_text[..s], v, &phrase_text[e + 1..]),
                    false,
                ));
            }
        } else {
            variants.push((phrase_text.clone(), true));
        }
        for (v, may_plural) in variants {
            let phrase = parse_phrase(&v);
            if phrase.is_empty() {
                diags.push(Diagnostic::warning(file, l.no, "agent without a phrase"));
                continue;
            }
            let mut forms = vec![phrase.clone()];
            if may_plural {
                match plurals {
                    Some(p) => {
                        for f in p.split_whitespace() {
                            let f = parse_phrase(f);
                            if !f.is_empty() {
                                forms.push(f);
                            }
                        }
                    }
                    None => {
                        let mut p = phrase.clone();
                        if let Some(last) = p.last_mut() {
                            last.word = plural(&last.word);
                        }
                        forms.push(p);
                    }
                }
            }
            for f in forms {
                out.push(AgentEntry {
                    phrase: f,
                    code: code.to_ascii_uppercase(),
                    prefix,
                    origin: (file.to_string(), l.no),
                });
            }
        }
    }
    (out, diags)
}

/// A discard phrase.
#[derive(Debug, Clone)]
pub struct Discard {
    /// The words; the last one is a stem unless `exact`.
    pub words: Vec<String>,
    /// The last word must be whole (the phrase ended with `_`).
    pub exact: bool,
    /// `+`: the whole story is skipped, not only the sentence.
    pub story: bool,
    /// Where it was defined.
    pub origin: (String, usize),
}

/// Reads a discard list.
pub fn parse_discards(file: &str, text: &str) -> (Vec<Discard>, Vec<Diagnostic>) {
    let mut out = Vec::new();
    let mut diags = Vec::new();
    for l in clean_lines(text) {
        let t = l.text.trim();
        if t.is_empty() {
            continue;
        }
        let (story, body) = match t.strip_prefix('+') {
            Some(b) => (true, b.trim()),
            None => (false, t),
        };
        let body = body.split('[').next().unwrap_or("").trim();
        let exact = body.ends_with('_');
        let words: Vec<String> = parse_phrase(body).into_iter().map(|w| w.word).collect();
        if words.is_empty() {
            diags.push(Diagnostic::warning(file, l.no, "empty discard phrase"));
            continue;
        }
        out.push(Discard {
            words,
            exact,
            story,
            origin: (file.to_string(), l.no),
        });
    }
    (out, diags)
}

/// An issue phrase (one expanded variant).
#[derive(Debug, Clone)]
pub struct IssuePhrase {
    /// Consecutive words.
    pub words: Vec<String>,
    /// The issue code; `None` for an ignore phrase (`~`), whose presence cancels issue coding.
    pub code: Option<String>,
}

/// Reads an issues list, expanding `n:` (singular and plural), `v:` (regular verb forms) and `+` (blank or
/// hyphen).
pub fn parse_issues(file: &str, text: &str) -> (Vec<IssuePhrase>, Vec<Diagnostic>) {
    let mut out = Vec::new();
    let mut diags = Vec::new();
    // A phrase written without a code takes the category of the `<ISSUE CATEGORY="…">` block around it.
    let mut category: Option<String> = None;
    for l in clean_lines(text) {
        let t = l.text.trim();
        if t.starts_with("</ISSUE") {
            category = None;
            continue;
        }
        if let Some(rest) = t.strip_prefix("<ISSUE") {
            category = rest
                .split("CATEGORY=\"")
                .nth(1)
                .and_then(|r| r.split('"').next())
                .map(str::to_string);
            continue;
        }
        if t.is_empty() || t.starts_with('<') {
            continue;
        }
        let (ignore, body) = match t.strip_prefix('~') {
            Some(b) => (true, b.trim_start_matches('~')),
            None => (false, t),
        };
        let (phrase, brackets) = match split_brackets(body) {
            Ok(x) => x,
            Err(e) => {
                diags.push(Diagnostic::warning(file, l.no, e));
                continue;
            }
        };
        let code = if ignore {
            None
        } else {
            match brackets.last() {
                Some(c) if !c.trim().is_empty() => Some(c.trim().to_string()),
                None if category.is_some() => category.clone(),
                _ => {
                    diags.push(Diagnostic::warning(
                        file,
                        l.no,
                        "issue phrase without a [code]",
                    ));
                    continue;
                }
            }
        };
        let mut variants: Vec<Vec<String>> = vec![Vec::new()];
        for tok in phrase.split_whitespace() {
            let tok = tok.to_ascii_uppercase();
            let alts: Vec<String> = if let Some(n) = tok.strip_prefix("N:") {
                vec![n.to_string(), plural(n)]
            } else if let Some(v) = tok.strip_prefix("V:") {
                verb_forms(v)
            } else if tok.contains('+') {
                vec![tok.replace('+', " "), tok.replace('+', "-")]
            } else {
                vec![tok]
            };
            let mut next = Vec::new();
            for v in &variants {
                for a in &alts {
                    let mut n = v.clone();
                    n.extend(phrase_words(a));
                    next.push(n);
                }
            }
            variants = next;
        }
        for words in variants.into_iter().filter(|w| !w.is_empty()) {
            out.push(IssuePhrase {
                words,
                code: code.clone(),
            });
        }
    }
    (out, diags)
}

/// The regular forms of an English verb (base, `-s`, `-ed`, `-ing`, with the spelling variants a regular
/// verb can take); irregular forms come from the dictionary's `{…}`.
///
/// ```
/// use readout_petrarch::dict::verb_forms;
/// let f = verb_forms("DEPART");
/// assert!(f.contains(&"DEPARTS".to_string()) && f.contains(&"DEPARTED".to_string()));
/// assert!(!f.contains(&"DEPARTES".to_string()));
/// assert!(verb_forms("STAB").contains(&"STABBED".to_string()));
/// assert!(verb_forms("ARRIVE").contains(&"ARRIVING".to_string()));
/// assert!(verb_forms("CRITICIZE").contains(&"CRITICIZED".to_string()));
/// ```
pub fn verb_forms(v: &str) -> Vec<String> {
    let mut out = vec![v.to_string()];
    let b = v.as_bytes();
    let n = b.len();
    if n == 0 {
        return out;
    }
    let vowel = |c: u8| b"AEIOU".contains(&c);
    let last = b[n - 1];
    out.push(plural(v));
    if last == b'E' {
        out.push(format!("{v}D"));
        if !v.ends_with("EE") {
            out.push(format!("{}ING", &v[..n - 1]));
        } else {
            out.push(format!("{v}ING"));
        }
    } else if last == b'Y' && n > 1 && !vowel(b[n - 2]) {
        out.push(format!("{}IED", &v[..n - 1]));
        out.push(format!("{v}ING"));
    } else {
        out.push(format!("{v}ED"));
        out.push(format!("{v}ING"));
        // Consonant-vowel-consonant endings double in short verbs (STAB → STABBED); both spellings are
        // generated because the rule depends on stress, which a dictionary line does not record.
        if n >= 3 && !vowel(last) && vowel(b[n - 2]) && !vowel(b[n - 3]) && !b"WXY".contains(&last)
        {
            let c = last as char;
            out.push(format!("{v}{c}ED"));
            out.push(format!("{v}{c}ING"));
        }
    }
    out
}

/// An element of a verb pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Elem {
    /// A literal word.
    Word(String),
    /// A synonym set, by name (`&CURRENCY`).
    Synset(String),
    /// `$`: the source actor.
    Source,
    /// `+`: the target actor.
    Target,
    /// `%`: a compound actor that is both source and target.
    Compound,
    /// `^`: skip one noun phrase.
    Skip,
    /// `*`: where the verb is.
    Verb,
}

/// A pattern element and whether it must be adjacent to the element before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatElem {
    /// What to match.
    pub elem: Elem,
    /// Joined by `_` to the previous element.
    pub joined: bool,
}

/// An event code of a verb dictionary: `CODE`, `CODE:CODE` (the second for the reverse direction), or the
/// null code `---`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbCode {
    /// Source → target code; `None` for `---`.
    pub forward: Option<String>,
    /// Target → source code, when the entry gives one.
    pub reverse: Option<String>,
}

fn valid_event_code(c: &str) -> bool {
    let digits = c.bytes().take_while(u8::is_ascii_digit).count();
    (2..=4).contains(&digits)
        && c.len() - digits <= 1
        && c[digits..].bytes().all(|b| b.is_ascii_alphabetic())
}

/// Parses the inside of a verb code bracket.
fn parse_verb_code(s: &str) -> Result<VerbCode, String> {
    let s = s.trim();
    let one = |c: &str| -> Result<Option<String>, String> {
        let c = c.trim().trim_end_matches('?');
        if c.is_empty() || c == "---" {
            Ok(None)
        } else if valid_event_code(c) {
            Ok(Some(c.to_string()))
        } else {
            Err(format!("not an event code: [{s}]"))
        }
    };
    match s.split_once(':') {
        Some((a, b)) => Ok(VerbCode {
            forward: one(a)?,
            reverse: one(b)?,
        }),
        None => Ok(VerbCode {
            forward: one(s)?,
            reverse: None,
        }),
    }
}

/// A verb pattern.
#[derive(Debug, Clone)]
pub struct Pattern {
    /// Elements in text order, `Elem::Verb` among them.
    pub elems: Vec<PatElem>,
    /// The code it assigns.
    pub code: VerbCode,
    /// The pattern as written.
    pub text: String,
    /// Where it was defined.
    pub origin: (String, usize),
}

impl Pattern {
    /// Position of `*`.
    pub fn verb_at(&self) -> usize {
        self.elems
            .iter()
            .position(|e| e.elem == Elem::Verb)
            .unwrap_or(0)
    }
}

/// A verb block: synonymous verbs sharing patterns.
#[derive(Debug, Clone)]
pub struct VerbBlock {
    /// The block's label.
    pub name: String,
    /// The code of a verb matched by no pattern.
    pub code: VerbCode,
    /// Patterns, in file order.
    pub patterns: Vec<Pattern>,
    /// Where it was defined.
    pub origin: (String, usize),
}

/// One verb of a block: its words (more than one for `BREAK_DOWN`, `WIRE_TAP`), which of them is the
/// inflected verb, and its forms.
#[derive(Debug, Clone)]
pub struct VerbEntry {
    /// Index of the block.
    pub block: usize,
    /// Each form as a word sequence.
    pub forms: Vec<Vec<String>>,
    /// Index of the verb word within each form.
    pub head: usize,
    /// A code of this verb's own, overriding the block's.
    pub code: Option<VerbCode>,
    /// Where it was defined.
    pub origin: (String, usize),
}

/// A parsed verb dictionary.
#[derive(Debug, Clone, Default)]
pub struct VerbDict {
    /// Synonym sets: name → phrases (each phrase a word sequence; members may name other sets).
    pub synsets: FxHashMap<String, Vec<Vec<String>>>,
    /// Blocks.
    pub blocks: Vec<VerbBlock>,
    /// Verbs.
    pub verbs: Vec<VerbEntry>,
}

fn parse_pattern(body: &str) -> Result<Vec<PatElem>, String> {
    let mut elems = Vec::new();
    for seg in body
        .split(|c: char| c.is_whitespace() || "(){}".contains(c))
        .filter(|s| !s.is_empty())
    {
        let parts: Vec<&str> = seg.split('_').collect();
        let mut prev_nonempty = false;
        for (k, part) in parts.iter().enumerate() {
            if part.is_empty() {
                continue;
            }
            let joined = k > 0 && prev_nonempty && !elems.is_empty();
            prev_nonempty = true;
            // `*SCEPTICAL`: a verb marker written against its word.
            if part.len() > 1 && part.starts_with('*') && !part.starts_with("**") {
                elems.push(PatElem {
                    elem: Elem::Verb,
                    joined,
                });
                for w in phrase_words(&part[1..]) {
                    elems.push(PatElem {
                        elem: Elem::Word(w),
                        joined: true,
                    });
                }
                continue;
            }
            let elem = match *part {
                "*" | "**" => Some(Elem::Verb),
                "$" => Some(Elem::Source),
                "+" => Some(Elem::Target),
                "%" => Some(Elem::Compound),
                "^" => Some(Elem::Skip),
                p if p.starts_with('&') => Some(Elem::Synset(p.to_ascii_uppercase())),
                _ => None,
            };
            match elem {
                Some(e) => elems.push(PatElem { elem: e, joined }),
                None => {
                    if part.contains(['|', '\\']) {
                        return Err(format!("disjunctive set {part:?} is not supported"));
                    }
                    for (j, w) in phrase_words(part).into_iter().enumerate() {
                        elems.push(PatElem {
                            elem: Elem::Word(w),
                            joined: joined || j > 0,
                        });
                    }
                }
            }
        }
    }
    match elems.iter().filter(|e| e.elem == Elem::Verb).count() {
        1 => Ok(elems),
        0 => Err("pattern without *".to_string()),
        _ => Err("pattern with more than one *".to_string()),
    }
}

/// Reads a verb dictionary.
///
/// ```
/// use readout_petrarch::dict::parse_verbs;
/// let (v, d) = parse_verbs("v.txt", "&CURRENCY\n+DOLLARS\n+SWISS FRANCS\n\n--- GRANT [070] ---\nGRANT\nGIVE {GAVE GIVEN}\n- * &CURRENCY [903]\n- * RUPEES [071]\n");
/// assert!(d.is_empty(), "{d:?}");
/// assert_eq!(v.blocks[0].patterns.len(), 2);
/// assert!(v.verbs[1].forms.iter().any(|f| f == &["GAVE"]));
/// assert_eq!(v.synsets["&CURRENCY"].len(), 4); // with plurals
/// ```
pub fn parse_verbs(file: &str, text: &str) -> (VerbDict, Vec<Diagnostic>) {
    let mut d = VerbDict::default();
    let mut diags = Vec::new();
    enum State {
        None,
        Synset(String, bool),
        Block,
    }
    let mut state = State::None;
    for l in clean_lines(text) {
        let t = l.text.trim();
        if t.is_empty() {
            if matches!(state, State::Synset(..)) {
                state = State::None;
            }
            continue;
        }
        if t.starts_with("---") {
            let inner = t.trim_matches('-').trim();
            let (name, brackets) = match split_brackets(inner) {
                Ok(x) => x,
                Err(e) => {
                    diags.push(Diagnostic::warning(file, l.no, e));
                    continue;
                }
            };
            let code = match brackets.first().map(|b| parse_verb_code(b)) {
                Some(Ok(c)) => c,
                Some(Err(e)) => {
                    diags.push(Diagnostic::warning(
                        file,
                        l.no,
                        format!("{e}; the block's verbs code nothing on their own"),
                    ));
                    VerbCode {
                        forward: None,
                        reverse: None,
                    }
                }
                None => VerbCode {
                    forward: None,
                    reverse: None,
                },
            };
            d.blocks.push(VerbBlock {
                name: name.trim().to_string(),
                code,
                patterns: Vec::new(),
                origin: (file.to_string(), l.no),
            });
            state = State::Block;
            continue;
        }
        if t.starts_with('&') {
            let name = t
                .split_whitespace()
                .next()
                .unwrap_or(t)
                .to_ascii_uppercase();
            let no_plural = name.ends_with('_');
            let name = name.trim_end_matches('_').to_string();
            d.synsets.entry(name.clone()).or_default();
            state = State::Synset(name, no_plural);
            continue;
        }
        if let State::Synset(name, no_plural) = &state {
            let Some(body) = t.strip_prefix('+') else {
                diags.push(Diagnostic::warning(
                    file,
                    l.no,
                    "synonym-set member must start with +",
                ));
                continue;
            };
            let body = body.trim();
            let exact = body.ends_with('_');
            let words: Vec<String> = if body.starts_with('&') {
                vec![body.trim_end_matches('_').to_ascii_uppercase()]
            } else {
                parse_phrase(body).into_iter().map(|w| w.word).collect()
            };
            if words.is_empty() {
                continue;
            }
            let set = d.synsets.entry(name.clone()).or_default();
            if !exact && !no_plural && !words[0].starts_with('&') {
                let mut p = words.clone();
                if let Some(last) = p.last_mut() {
                    *last = plural(last);
                }
                set.push(words);
                set.push(p);
            } else {
                set.push(words);
            }
            continue;
        }
        if let Some(body) = t.strip_prefix('-') {
            let Some(block) = d.blocks.len().checked_sub(1) else {
                diags.push(Diagnostic::warning(
                    file,
                    l.no,
                    "pattern outside a verb block",
                ));
                continue;
            };
            let (pat, brackets) = match split_brackets(body) {
                Ok(x) => x,
                Err(e) => {
                    diags.push(Diagnostic::warning(file, l.no, e));
                    continue;
                }
            };
            let Some(code) = brackets.last() else {
                diags.push(Diagnostic::warning(file, l.no, "pattern without a [code]"));
                continue;
            };
            let code = match parse_verb_code(code) {
                Ok(c) => c,
                Err(e) => {
                    diags.push(Diagnostic::warning(
                        file,
                        l.no,
                        format!("{e}; pattern skipped"),
                    ));
                    continue;
                }
            };
            match parse_pattern(pat) {
                Ok(elems) => d.blocks[block].patterns.push(Pattern {
                    elems,
                    code,
                    text: pat.trim().to_string(),
                    origin: (file.to_string(), l.no),
                }),
                Err(e) => diags.push(Diagnostic::warning(
                    file,
                    l.no,
                    format!("{e}; pattern skipped"),
                )),
            }
            continue;
        }
        // A verb line: `VERB {FORMS} [CODE]`, `+MULTI_WORD {…}`, `WIRE_+TAP {…}`.
        let (head, brackets) = match split_brackets(t) {
            Ok(x) => x,
            Err(e) => {
                diags.push(Diagnostic::warning(file, l.no, e));
                continue;
            }
        };
        let code = match brackets.first().map(|b| parse_verb_code(b)) {
            Some(Ok(c)) => Some(c),
            Some(Err(e)) => {
                diags.push(Diagnostic::warning(file, l.no, e));
                None
            }
            None => None,
        };
        let (verb_text, irregular) = match (head.find('{'), head.find('}')) {
            (Some(a), Some(b)) if a < b => (&head[..a], Some(&head[a + 1..b])),
            (None, None) => (head, None),
            _ => {
                diags.push(Diagnostic::warning(file, l.no, "unbalanced { }"));
                continue;
            }
        };
        if d.blocks.is_empty() || !matches!(state, State::Block) {
            // A verb with no block header starts its own block (the documentation's `GRANT [070]` style).
            d.blocks.push(VerbBlock {
                name: verb_text.trim().to_string(),
                code: code.clone().unwrap_or(VerbCode {
                    forward: None,
                    reverse: None,
                }),
                patterns: Vec::new(),
                origin: (file.to_string(), l.no),
            });
            state = State::Block;
        }
        let verb_text = verb_text.trim();
        let Some((words, head_idx)) = verb_words(verb_text) else {
            diags.push(Diagnostic::warning(
                file,
                l.no,
                format!("cannot read verb {verb_text:?}"),
            ));
            continue;
        };
        let mut forms: Vec<Vec<String>> = Vec::new();
        for f in verb_forms(&words[head_idx]) {
            let mut w = words.clone();
            w[head_idx] = f;
            forms.push(w);
        }
        if let Some(irr) = irregular {
            for f in irr.split_whitespace() {
                if let Some((w, h)) = verb_words(f) {
                    if w.len() == words.len() && h == head_idx {
                        forms.push(w);
                    } else if w.len() == 1 && words.len() > 1 {
                        let mut x = words.clone();
                        x[head_idx] = w[0].clone();
                        forms.push(x);
                    } else {
                        diags.push(Diagnostic::warning(
                            file,
                            l.no,
                            format!("irregular form {f:?} does not line up with {verb_text:?}"),
                        ));
                    }
                }
            }
        }
        forms.sort();
        forms.dedup();
        d.verbs.push(VerbEntry {
            block: d.blocks.len() - 1,
            forms,
            head: head_idx,
            code,
            origin: (file.to_string(), l.no),
        });
    }
    (d, diags)
}

/// Splits a verb entry into words and finds the verb word (marked with `+` in multi-word entries, the
/// first word otherwise).
fn verb_words(s: &str) -> Option<(Vec<String>, usize)> {
    let mut words = Vec::new();
    let mut head = None;
    for part in s.split(['_', ' ']).filter(|p| !p.is_empty()) {
        let (marked, p) = match part.strip_prefix('+') {
            Some(p) => (true, p),
            None => (false, part),
        };
        for w in phrase_words(p) {
            if marked && head.is_none() {
                head = Some(words.len());
            }
            words.push(w);
        }
    }
    if words.is_empty() {
        return None;
    }
    Some((words, head.unwrap_or(0)))
}
