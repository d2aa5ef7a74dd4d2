//! Tokens with byte offsets and a normalised form for matching.
//!
//! The tokenizer is a single forward pass over the text: it never looks back more than a character and never
//! allocates beyond one normalised string per token, so its cost is linear in the input.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::Span;

/// What a token is, as far as the tokenizer can tell without a lexicon.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// Letters, possibly with digits, internal hyphens, apostrophes or periods (`Russia`, `free-trade`, `U.S.`).
    Word,
    /// Starts with a digit (`50,000`, `3.5`, `1.2bn`, `2022-06-15`).
    Number,
    /// A quotation mark, straight or curly.
    Quote,
    /// Sentence-final punctuation: `.`, `!`, `?`, an ellipsis.
    Terminal,
    /// Any other punctuation or symbol (`,`, `;`, `:`, `(`, `—`, `$`, `%`).
    Punct,
}

/// One token of a document.
///
/// ```
/// use readout_text::{tokenize, TokenKind};
/// let text = "Russia’s troops";
/// let toks: Vec<_> = tokenize(text, 0..text.len()).collect();
/// assert_eq!(toks[0].norm, "russia");
/// assert_eq!(toks[1].norm, "'s");
/// assert_eq!(toks[1].span.slice(text), Some("’s"));
/// assert_eq!(toks[2].kind, TokenKind::Word);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Token {
    /// Where the token is in the original text.
    pub span: Span,
    /// Case-folded form with curly quotes and apostrophes straightened, for matching.
    pub norm: String,
    /// Coarse class.
    pub kind: TokenKind,
    /// True when the token starts with an upper-case letter.
    pub cap: bool,
    /// True when white space comes right before the token.
    pub space_before: bool,
    /// Line breaks in the white space right before the token (capped at 2: a paragraph break).
    pub newlines_before: u8,
}

impl Token {
    /// True for a token made of `.`, `!`, `?` or an ellipsis.
    pub fn is_terminal(&self) -> bool {
        self.kind == TokenKind::Terminal
    }
}

/// How an abbreviation behaves at a possible sentence end (see `data/abbreviations.txt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbrevClass {
    /// Comes before a name or number; never ends a sentence.
    Title,
    /// A month abbreviation; does not end a sentence before a number.
    Month,
    /// May end a sentence.
    Other,
}

struct SplitterData {
    abbrevs: HashMap<&'static str, AbbrevClass>,
    starters: Vec<&'static str>,
}

fn data() -> &'static SplitterData {
    static DATA: OnceLock<SplitterData> = OnceLock::new();
    DATA.get_or_init(|| {
        let mut abbrevs = HashMap::new();
        for line in include_str!("../data/abbreviations.txt").lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut parts = line.split_whitespace();
            let (Some(word), Some(class)) = (parts.next(), parts.next()) else {
                continue;
            };
            let class = match class {
                "title" => AbbrevClass::Title,
                "month" => AbbrevClass::Month,
                _ => AbbrevClass::Other,
            };
            abbrevs.insert(word, class);
        }
        let starters = include_str!("../data/sentence_starters.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        SplitterData { abbrevs, starters }
    })
}

/// The class of an abbreviation token such as `Mr.` or `U.S.`, or `None` when the token is not one.
///
/// ```
/// use readout_text::token::{abbreviation_class, AbbrevClass};
/// assert_eq!(abbreviation_class("Gen."), Some(AbbrevClass::Title));
/// assert_eq!(abbreviation_class("U.S."), Some(AbbrevClass::Other));
/// assert_eq!(abbreviation_class("V."), Some(AbbrevClass::Title));
/// assert_eq!(abbreviation_class("Russia"), None);
/// ```
pub fn abbreviation_class(token_text: &str) -> Option<AbbrevClass> {
    let stem = token_text.strip_suffix('.')?;
    if let Some(c) = data().abbrevs.get(stem) {
        return Some(*c);
    }
    let mut chars = stem.chars();
    // A single capital letter is an initial (George W. Bush).
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return Some(AbbrevClass::Title);
        }
    }
    if is_dotted_acronym(stem) {
        return Some(AbbrevClass::Other);
    }
    None
}

/// True for `U.S`, `U.N`, `a.m`, `e.g` — letters separated by single periods.
fn is_dotted_acronym(stem: &str) -> bool {
    stem.contains('.')
        && stem.split('.').all(|seg| {
            !seg.is_empty() && seg.chars().count() <= 2 && seg.chars().all(char::is_alphabetic)
        })
}

/// True when `word` is a capitalised word that often starts a sentence (`The`, `He`, `But`).
pub fn is_sentence_starter(word: &str) -> bool {
    data().starters.contains(&word)
}

fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' | '„' | '‟' | '`'
    )
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '―' | '‒')
}

/// Tokenizes `text[range]`, yielding tokens whose spans index into `text` itself.
///
/// `range` must fall on character boundaries; if it does not, it is widened to the nearest ones.
pub fn tokenize(text: &str, range: std::ops::Range<usize>) -> Tokenizer<'_> {
    let mut start = range.start.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = range.end.min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    Tokenizer {
        text,
        pos: start,
        end,
        pending: None,
        newlines: 0,
        space: false,
    }
}

/// Iterator over the tokens of a text; see [`tokenize`].
pub struct Tokenizer<'t> {
    text: &'t str,
    pos: usize,
    end: usize,
    /// A token already cut (the `'s` or `n't` split off a word) waiting to be returned.
    pending: Option<Token>,
    newlines: u8,
    space: bool,
}

impl<'t> Tokenizer<'t> {
    fn peek_char(&self, at: usize) -> Option<char> {
        if at >= self.end {
            return None;
        }
        self.text[at..self.end].chars().next()
    }

    fn make(&mut self, start: usize, end: usize, kind: TokenKind) -> Token {
        let raw = &self.text[start..end];
        let cap = raw.chars().next().is_some_and(char::is_uppercase);
        let tok = Token {
            span: Span::new(start, end),
            norm: normalize(raw),
            kind,
            cap,
            space_before: self.space,
            newlines_before: self.newlines,
        };
        self.space = false;
        self.newlines = 0;
        tok
    }

    /// Scans a word or number starting at `start`; returns its end (before any split-off clitic).
    fn scan_word(&self, start: usize) -> usize {
        let mut i = start;
        while let Some(c) = self.peek_char(i) {
            let next_at = i + c.len_utf8();
            if c.is_alphanumeric() {
                i = next_at;
                continue;
            }
            let next = self.peek_char(next_at);
            let prev_digit = self.text[start..i]
                .chars()
                .last()
                .is_some_and(|p| p.is_ascii_digit());
            let joins = match c {
                // U.S, 3.5, a.m — a period followed directly by a letter or digit stays inside.
                '.' => next.is_some_and(char::is_alphanumeric),
                // 50,000 — a comma between digits.
                ',' => prev_digit && next.is_some_and(|n| n.is_ascii_digit()),
                '-' | '/' | '&' => next.is_some_and(char::is_alphanumeric),
                '\'' | '’' => next.is_some_and(char::is_alphabetic),
                '\u{00AD}' => true,
                _ => false,
            };
            if !joins {
                break;
            }
            i = next_at;
        }
        i
    }
}

/// Case-folds and straightens quotes and apostrophes.
///
/// ```
/// assert_eq!(readout_text::normalize("Russia’s “Special”"), "russia's \"special\"");
/// assert_eq!(readout_text::normalize("Chávez Erdoğan Schröder Wałęsa"), "chavez erdogan schroder walesa");
/// ```
pub fn normalize(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    if raw.is_ascii() {
        out.extend(raw.chars().map(|c| {
            if c == '`' {
                '\''
            } else {
                c.to_ascii_lowercase()
            }
        }));
        return out;
    }
    // Accents are folded (Chávez, Schröder, Erdoğan match Chavez, Schroder, Erdogan): news spells the same
    // names both ways. Decomposition keeps the base letter and drops the combining mark.
    for c in raw.nfkd() {
        match c {
            '’' | '‘' | '`' | '′' => out.push('\''),
            '“' | '”' | '«' | '»' | '„' | '‟' | '″' => out.push('"'),
            '\u{00AD}' => {}
            c if is_combining_mark(c) => {}
            'ı' => out.push('i'),
            'ł' | 'Ł' => out.push('l'),
            'ø' | 'Ø' => out.push('o'),
            'đ' | 'Đ' => out.push('d'),
            'ß' => out.push_str("ss"),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

impl<'t> Iterator for Tokenizer<'t> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        if let Some(t) = self.pending.take() {
            return Some(t);
        }
        // Skip white space, counting line breaks.
        loop {
            let c = self.peek_char(self.pos)?;
            if c.is_whitespace() || c == '\0' || c == '\u{FEFF}' {
                if c == '\n' {
                    self.newlines = (self.newlines + 1).min(2);
                }
                self.space = true;
                self.pos += c.len_utf8();
            } else {
                break;
            }
        }
        let start = self.pos;
        let c = self.peek_char(start)?;
        let after = start + c.len_utf8();

        if c.is_alphanumeric() {
            let mut end = self.scan_word(start);
            let kind = if c.is_numeric() {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            // Keep the period of an abbreviation, an initial or a dotted acronym with the word.
            if kind == TokenKind::Word && self.peek_char(end) == Some('.') {
                let with_dot = &self.text[start..end + 1];
                if abbreviation_class(with_dot).is_some() {
                    end += 1;
                    // "U.S.-backed" stays one word.
                    let next = self.peek_char(end + 1);
                    if self.peek_char(end) == Some('-') && next.is_some_and(char::is_alphanumeric) {
                        end = self.scan_word(end + 1);
                    }
                }
            }
            // Split clitics: Russia's → Russia + 's; didn't → did + n't.
            let word = &self.text[start..end];
            let mut split_at = None;
            if let Some(pos) = word.rfind(is_apostrophe) {
                let tail = &word[pos..];
                let tail_rest = &tail[tail.chars().next().map_or(1, char::len_utf8)..];
                if matches!(
                    tail_rest.to_ascii_lowercase().as_str(),
                    "s" | "re" | "ve" | "ll" | "d" | "m"
                ) {
                    split_at = Some(pos);
                } else if tail_rest.eq_ignore_ascii_case("t")
                    && word[..pos].to_ascii_lowercase().ends_with('n')
                    && pos >= 2
                {
                    split_at = Some(pos - 1);
                }
            }
            if let Some(rel) = split_at.filter(|&r| r > 0) {
                let first = self.make(start, start + rel, kind);
                self.space = false;
                let second = self.make(start + rel, end, TokenKind::Word);
                self.pending = Some(second);
                self.pos = end;
                return Some(first);
            }
            self.pos = end;
            return Some(self.make(start, end, kind));
        }

        // Punctuation and symbols.
        let (end, kind) = match c {
            '.' => {
                let mut e = after;
                while self.peek_char(e) == Some('.') {
                    e += 1;
                }
                (e, TokenKind::Terminal)
            }
            '…' | '!' | '?' => {
                let mut e = after;
                while matches!(self.peek_char(e), Some('!' | '?')) {
                    e += 1;
                }
                (e, TokenKind::Terminal)
            }
            '-' if self.peek_char(after) == Some('-') => (after + 1, TokenKind::Punct),
            c if is_quote_char(c) => (after, TokenKind::Quote),
            c if is_dash(c) => (after, TokenKind::Punct),
            _ => (after, TokenKind::Punct),
        };
        self.pos = end;
        Some(self.make(start, end, kind))
    }
}
