//! The word stream both the dictionaries and the text are cut into, so that a dictionary phrase and the
//! sentence it should match are tokenized by the same rules.
//!
//! It is readout's own tokenizer (byte offsets, Treebank-style `did` + `n't`, `Gondor` + `'s`) with three
//! adjustments for the TABARI/PETRARCH conventions: words are upper-cased, a `_` is a word separator (the
//! dictionaries write `MINAS_TIRITH`, and test sentences sometimes do too), and a hyphen that ends a word
//! (`anti- Gondor`) stays on it, as `ANTI-`, the way the dictionaries spell such prefixes.

use readout_text::{tokenize, Span, TokenKind};

/// One word of a sentence or of a dictionary phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Upper-cased, accent-folded form.
    pub text: String,
    /// Where it is in the text it came from.
    pub span: Span,
    /// Punctuation (commas, brackets, quotes, sentence ends) rather than a word or number.
    pub punct: bool,
    /// Written with a capital letter.
    pub cap: bool,
}

/// Cuts `text[range]` into [`Word`]s.
///
/// ```
/// use readout_petrarch::words::words;
/// let t = "Gondor's anti- Arnor parade didn't_happen";
/// let w: Vec<String> = words(t, 0..t.len()).into_iter().map(|w| w.text).collect();
/// assert_eq!(w, ["GONDOR", "'S", "ANTI-", "ARNOR", "PARADE", "DID", "N'T", "HAPPEN"]);
/// ```
pub fn words(text: &str, range: std::ops::Range<usize>) -> Vec<Word> {
    let toks: Vec<_> = tokenize(text, range).collect();
    let mut out: Vec<Word> = Vec::with_capacity(toks.len());
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if t.norm == "_" {
            i += 1;
            continue;
        }
        let punct = matches!(
            t.kind,
            TokenKind::Punct | TokenKind::Quote | TokenKind::Terminal
        );
        if t.norm == "-" && !t.space_before {
            let followed_by_space = toks.get(i + 1).is_none_or(|n| n.space_before);
            if let Some(prev) = out.last_mut() {
                if followed_by_space && !prev.punct && prev.span.end == t.span.start {
                    prev.text.push('-');
                    prev.span = Span::new(prev.span.start, t.span.end);
                    i += 1;
                    continue;
                }
            }
        }
        out.push(Word {
            text: t.norm.to_uppercase(),
            span: t.span,
            punct,
            cap: t.cap,
        });
        i += 1;
    }
    out
}

/// The upper-cased words of a dictionary phrase segment (no `_`, no blanks).
pub fn phrase_words(segment: &str) -> Vec<String> {
    words(segment, 0..segment.len())
        .into_iter()
        .map(|w| w.text)
        .collect()
}
