//! Sentence segmentation over the token stream.
//!
//! The splitter reads tokens one at a time with at most two tokens of look-ahead, so a document is segmented
//! in one pass and only the current sentence is held in memory. A sentence ends at `.`, `!`, `?` or an
//! ellipsis (with any closing quotes and brackets that follow it) when the next token can start a sentence,
//! at an abbreviation that may end a sentence when a typical sentence-starting word follows, at a paragraph
//! break, and at a short heading line.

use std::collections::VecDeque;

use serde::Serialize;

use crate::token::{
    abbreviation_class, is_sentence_starter, tokenize, AbbrevClass, Token, TokenKind, Tokenizer,
};
use crate::Span;

/// Sentences longer than this many tokens are cut, so that one pathological "sentence" (a 50 MB line with no
/// punctuation) cannot make later stages quadratic.
pub const MAX_SENTENCE_TOKENS: usize = 400;

/// A line shorter than this with no final punctuation, followed by a line break and a capitalised word, is a
/// heading and ends its own sentence.
const HEADING_MAX_BYTES: usize = 60;

/// One sentence with its tokens.
#[derive(Debug, Clone, Serialize)]
pub struct Sentence {
    /// 0-based position in the document.
    pub index: usize,
    /// Byte span in the document text, from the first byte of the first token to the end of the last.
    pub span: Span,
    /// The tokens, in order.
    pub tokens: Vec<Token>,
}

impl Sentence {
    /// The sentence's text.
    pub fn text<'t>(&self, doc_text: &'t str) -> &'t str {
        self.span.slice(doc_text).unwrap_or("")
    }
}

/// Splits `text[range]` into sentences. Spans index into `text`.
///
/// ```
/// use readout_text::sentences;
/// let text = "Gen. Mark Milley met Mr. Wang in the U.S. capital. \"It went well,\" he said. Talks go on.";
/// let s: Vec<_> = sentences(text, 0..text.len()).map(|s| s.text(text).to_string()).collect();
/// assert_eq!(s, [
///     "Gen. Mark Milley met Mr. Wang in the U.S. capital.",
///     "\"It went well,\" he said.",
///     "Talks go on.",
/// ]);
/// ```
pub fn sentences(text: &str, range: std::ops::Range<usize>) -> Sentences<'_> {
    Sentences {
        text,
        tokens: tokenize(text, range),
        buf: VecDeque::new(),
        index: 0,
    }
}

/// Iterator over sentences; see [`sentences`].
pub struct Sentences<'t> {
    text: &'t str,
    tokens: Tokenizer<'t>,
    buf: VecDeque<Token>,
    index: usize,
}

impl<'t> Sentences<'t> {
    fn pull(&mut self) -> Option<Token> {
        self.buf.pop_front().or_else(|| self.tokens.next())
    }

    fn peek(&mut self, n: usize) -> Option<&Token> {
        while self.buf.len() <= n {
            let t = self.tokens.next()?;
            self.buf.push_back(t);
        }
        self.buf.get(n)
    }

    fn raw(&self, t: &Token) -> &'t str {
        t.span.slice(self.text).unwrap_or("")
    }

    /// Could `next` (followed by `after`) begin a new sentence after final punctuation?
    fn starts_sentence(&self, next: &Token, after: Option<&Token>) -> bool {
        match next.kind {
            TokenKind::Word => next.cap,
            TokenKind::Number => true,
            TokenKind::Quote => {
                next.space_before && after.is_some_and(|a| a.cap || a.kind == TokenKind::Number)
            }
            TokenKind::Punct => {
                matches!(self.raw(next), "(" | "[" | "—" | "–" | "-" | "•" | "*")
                    && after.is_some_and(|a| a.cap || a.kind == TokenKind::Number)
            }
            TokenKind::Terminal => false,
        }
    }

    /// Is there a sentence break between the last token of `cur` and the next token?
    fn break_after(&mut self, cur: &[Token]) -> bool {
        let Some(last) = cur.last() else {
            return false;
        };
        let Some(next) = self.peek(0).cloned() else {
            return false;
        };
        if next.newlines_before >= 2 {
            return true;
        }
        // The token that may end the sentence, looking past closing quotes and brackets.
        let mut k = cur.len();
        while k > 1 {
            let t = &cur[k - 1];
            let closer =
                !t.space_before && (t.kind == TokenKind::Quote || matches!(self.raw(t), ")" | "]"));
            if !closer {
                break;
            }
            k -= 1;
        }
        let end = &cur[k - 1];
        let after = self.peek(1).cloned();
        let ends = if end.kind == TokenKind::Terminal {
            let raw = self.raw(end);
            if raw.starts_with('.') && raw.len() > 1 || raw == "…" {
                // An ellipsis ends a sentence only before a capitalised word.
                next.cap || next.newlines_before > 0
            } else if next.newlines_before > 0 {
                true
            } else {
                // A lone capitalised word between two periods ("... President Joe. Biden.") is a typo'd name,
                // not a one-word sentence.
                let lone_word = raw == "."
                    && next.kind == TokenKind::Word
                    && after.as_ref().is_some_and(|a| a.is_terminal());
                !lone_word && self.starts_sentence(&next, after.as_ref())
            }
        } else if end.kind == TokenKind::Word && self.raw(end).ends_with('.') {
            match abbreviation_class(self.raw(end)) {
                // A title before a closing quote ("No.") cannot be followed by its name.
                Some(AbbrevClass::Title) => {
                    k < cur.len() && self.starts_sentence(&next, after.as_ref())
                }
                Some(AbbrevClass::Month) | Some(AbbrevClass::Other) => {
                    next.kind == TokenKind::Word && next.cap && is_sentence_starter(self.raw(&next))
                        || next.newlines_before > 0 && next.cap
                }
                None => next.cap,
            }
        } else {
            false
        };
        if ends {
            return true;
        }
        // A short heading line with no final punctuation.
        if next.newlines_before == 1 && next.cap && !matches!(last.kind, TokenKind::Terminal) {
            let line_start = self.text[..last.span.end].rfind('\n').map_or(0, |p| p + 1);
            let first = cur.first().map_or(line_start, |t| t.span.start);
            if last.span.end - line_start.max(first) < HEADING_MAX_BYTES
                && !matches!(self.raw(last), "," | ";" | ":")
            {
                return true;
            }
        }
        false
    }
}

impl<'t> Iterator for Sentences<'t> {
    type Item = Sentence;

    fn next(&mut self) -> Option<Sentence> {
        let mut cur: Vec<Token> = Vec::new();
        while let Some(tok) = self.pull() {
            cur.push(tok);
            if cur.len() >= MAX_SENTENCE_TOKENS || self.break_after(&cur) {
                break;
            }
        }
        let first = cur.first()?;
        let last = cur.last()?;
        let s = Sentence {
            index: self.index,
            span: Span::new(first.span.start, last.span.end),
            tokens: cur,
        };
        self.index += 1;
        Some(s)
    }
}
