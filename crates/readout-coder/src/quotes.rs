//! Quotes and who said them: direct quotes, quoted fragments inside reported speech, and indirect speech.
//!
//! Input: a document and the coder's analysis of it (its mentions, resolved through coreference). Output:
//! [`Quote`] records in the shape of the record contract. Quotation marks are paired over the whole body, so a
//! quote may run across sentences; an unclosed mark ends at its paragraph and never swallows the rest of the
//! document. The speaker is found from the reporting cue next to the quote (`"…," he said`, `X said: "…"`,
//! `X stressed that … "…"`, `according to X`), and is whoever that cue's subject resolves to.

use readout_lexicon::ResolvedActor;
use readout_text::{Document, Span, Token, TokenKind};
use serde::Serialize;

use crate::coder::{CodedDocument, Coder};
use crate::event::{stable_hash, Actor};

/// What kind of quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A whole quoted utterance.
    Direct,
    /// A quoted fragment inside reported speech.
    Partial,
    /// Reported speech without quotation marks.
    Indirect,
}

/// One quote record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// Input document id.
    pub doc_id: String,
    /// Stable id.
    pub quote_id: String,
    /// Sentence where the quote starts.
    pub sentence_index: usize,
    /// The quoted words without the quotation marks.
    pub text: String,
    /// Their byte span.
    pub span: Span,
    /// Direct, partial or indirect.
    pub kind: QuoteKind,
    /// Who said it, resolved through coreference.
    pub speaker: Option<Actor>,
    /// The reporting words (`said`, `according to`, `stressed`).
    pub cue: Option<String>,
    /// Who reports the speaker's words, when the quote sits inside someone else's report ("a statement from
    /// the Kremlin said the two leaders stressed … "…"").
    pub reported_by: Option<Actor>,
}

fn opening(c: char) -> Option<char> {
    match c {
        '“' => Some('”'),
        '«' => Some('»'),
        '„' => Some('“'),
        '"' => Some('"'),
        _ => None,
    }
}

/// Byte spans of the text inside quotation marks in `body` (offsets into `text`). An unclosed mark ends at the
/// end of its paragraph.
pub fn quoted_spans(text: &str, body: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let b = &text[body.start..body.end];
    let mut it = b.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let Some(close) = opening(c) else { continue };
        // A straight mark right after a letter or digit closes nothing and opens nothing (12" records, inches).
        if c == '"' && b[..i].chars().last().is_some_and(char::is_alphanumeric) {
            continue;
        }
        let start = i + c.len_utf8();
        let mut end = None;
        let mut para_end = b.len();
        let mut newline_seen = false;
        while let Some(&(j, d)) = it.peek() {
            if d == close {
                end = Some(j);
                it.next();
                break;
            }
            if d == '\n' {
                if newline_seen {
                    para_end = j;
                    break;
                }
                newline_seen = true;
            } else if !d.is_whitespace() {
                newline_seen = false;
            }
            // A new opening curly mark before the close: the first quote was never closed.
            if d == '“' && c == '“' {
                para_end = j;
                break;
            }
            it.next();
        }
        let stop = end.unwrap_or(para_end);
        let raw = &b[start..stop];
        let trimmed_start = start + (raw.len() - raw.trim_start().len());
        let trimmed_end = start + raw.trim_end().len();
        if trimmed_end > trimmed_start {
            out.push(Span::new(
                body.start + trimmed_start,
                body.start + trimmed_end,
            ));
        }
    }
    out
}

struct SentenceView {
    index: usize,
    span: Span,
    tokens: Vec<Token>,
    resolved: Vec<(Span, usize, usize, Vec<ResolvedActor>)>,
}

impl Coder {
    /// Extracts the quotes of a document.
    ///
    /// ```
    /// use readout_coder::{Coder, CoderOptions};
    /// use readout_text::Document;
    /// let coder = Coder::new(readout_lexicon::Lexicon::builtin(), CoderOptions::default());
    /// let doc = Document::from_text("d", "date 2023-03-09 Russian Foreign Minister Sergey Lavrov arrived. \"We will not give up,\" he said.", None).unwrap();
    /// let q = coder.quotes(&doc);
    /// assert_eq!(q[0].text, "We will not give up,");
    /// assert_eq!(q[0].speaker.as_ref().unwrap().code, "RUSGOV");
    /// ```
    pub fn quotes(&self, doc: &Document) -> Vec<Quote> {
        let coded = self.code(doc);
        self.quotes_from(doc, &coded)
    }

    /// Extracts quotes from a document the coder has already analysed.
    pub fn quotes_from(&self, doc: &Document, coded: &CodedDocument) -> Vec<Quote> {
        let text = &doc.text;
        let sentences: Vec<SentenceView> = doc
            .sentences()
            .zip(&coded.sentences)
            .map(|(s, t)| SentenceView {
                index: s.index,
                span: s.span,
                tokens: s.tokens,
                resolved: t.resolved.clone(),
            })
            .collect();
        let sentence_of = |at: usize| {
            sentences
                .iter()
                .position(|s| s.span.start <= at && at < s.span.end.max(s.span.start + 1))
                .or_else(|| sentences.iter().rposition(|s| s.span.start <= at))
        };
        let mut out = Vec::new();
        let quoted = quoted_spans(text, doc.body());
        // The last quote with a known speaker: a quote with no tag of its own in the next sentence or the same
        // one continues it ("…," he said. "We account for every shell.").
        let mut last_spoken: Option<(usize, Actor, Option<String>)> = None;
        for q in &quoted {
            let Some(si) = sentence_of(q.start) else {
                continue;
            };
            let s = &sentences[si];
            let (mut speaker, mut cue) = self.speaker_for(text, &sentences, si, *q);
            if speaker.is_none() {
                if let Some((at, who, c)) = last_spoken.as_ref().filter(|(at, _, _)| si <= at + 1) {
                    let _ = at;
                    speaker = Some(who.clone());
                    cue = c.clone();
                }
            }
            if let Some(sp) = &speaker {
                last_spoken = Some((si, sp.clone(), cue.clone()));
            }
            let before: Vec<&Token> = s.tokens.iter().filter(|t| t.span.end <= q.start).collect();
            let inner_last = text[..q.end].chars().last();
            let opens_sentence = before.iter().all(|t| t.kind == TokenKind::Quote)
                || before
                    .iter()
                    .rev()
                    .find(|t| t.kind != TokenKind::Quote)
                    .is_some_and(|t| matches!(t.norm.as_str(), ":" | ","));
            let whole =
                opens_sentence || inner_last.is_some_and(|c| matches!(c, '.' | ',' | '?' | '!'));
            let kind = if whole {
                QuoteKind::Direct
            } else {
                QuoteKind::Partial
            };
            // A partial quote with no one reported as saying it is a scare quote or a title, not a quote.
            if kind == QuoteKind::Partial && speaker.is_none() {
                continue;
            }
            let mut rec = self.record(doc, s.index, *q, kind, speaker, cue);
            rec.reported_by = self.outer_reporter(text, s, q.start, rec.speaker.as_ref());
            out.push(rec);
        }
        // Indirect speech: "X said that …", "X told reporters …" with no quotation marks in the clause.
        let times_of = |s: &SentenceView| {
            let mut mask = vec![false; s.tokens.len()];
            for t in readout_text::find_times(&s.tokens, text, doc.date) {
                for (i, tok) in s.tokens.iter().enumerate() {
                    if t.span.contains(tok.span) {
                        mask[i] = true;
                    }
                }
            }
            // "on Monday": the preposition goes with its time.
            for i in 0..mask.len().saturating_sub(1) {
                if mask[i + 1]
                    && !mask[i]
                    && matches!(s.tokens[i].norm.as_str(), "on" | "in" | "at" | "last")
                {
                    mask[i] = true;
                }
            }
            mask
        };
        for s in &sentences {
            for (k, t) in s.tokens.iter().enumerate() {
                if !self.words().is("reporting", &t.norm)
                    || t.norm == "reported" && k > 0 && self.words().is("be", &s.tokens[k - 1].norm)
                {
                    continue;
                }
                // `"…," said X` and `"…," X said` are tags of a direct quote, not reported speech.
                let tag = s.tokens[..k]
                    .iter()
                    .rev()
                    .take(8)
                    .any(|x| x.kind == TokenKind::Quote && !x.space_before);
                if tag {
                    continue;
                }
                let Some(start) = self.complement_start(&s.tokens, &s.resolved, &times_of(s), k)
                else {
                    continue;
                };
                let Some(first) = s.tokens.get(start) else {
                    continue;
                };
                let mut last = s.tokens.len();
                while last > start
                    && matches!(
                        s.tokens[last - 1].kind,
                        TokenKind::Terminal | TokenKind::Quote | TokenKind::Punct
                    )
                {
                    last -= 1;
                }
                if last <= start + 2 {
                    continue;
                }
                let span = Span::new(first.span.start, s.tokens[last - 1].span.end);
                if quoted
                    .iter()
                    .any(|q| q.start < span.end && span.start < q.end)
                {
                    continue;
                }
                let (speaker, sp) = self.reporting_subject(&s.tokens, &s.resolved, k);
                let speaker = speaker.map(|mut a| {
                    if let Some(sp) = sp {
                        a.text = sp.slice(text).unwrap_or("").to_string();
                    }
                    a
                });
                if speaker.is_none() {
                    continue;
                }
                let cue = t.span.slice(text).map(str::to_string);
                out.push(self.record(doc, s.index, span, QuoteKind::Indirect, speaker, cue));
                break;
            }
        }
        out.sort_by_key(|q| q.span.start);
        out
    }

    /// Where the reported clause of the reporting verb at `k` begins: after `that` when it comes within a few
    /// words ("said in a statement that"), else after the verb, its time expression and, for `told`, its
    /// listener ("told reporters in Rome he …"). `None` when what follows is no clause.
    fn complement_start(
        &self,
        toks: &[Token],
        resolved: &[(Span, usize, usize, Vec<ResolvedActor>)],
        times: &[bool],
        k: usize,
    ) -> Option<usize> {
        const THAT_REACH: usize = 10;
        let reach = toks.len().min(k + 1 + THAT_REACH);
        if let Some(that) = toks[k + 1..reach]
            .iter()
            .position(|x| x.norm == "that" || x.norm == ",")
        {
            if toks[k + 1 + that].norm == "that" {
                return Some(k + 2 + that);
            }
        }
        let mut i = k + 1;
        while i < toks.len() && times[i] {
            i += 1;
        }
        if matches!(toks[k].norm.as_str(), "told" | "tells" | "tell" | "telling") {
            // The listener: an actor, or one word ("reporters", "aides"), then perhaps "in Rome".
            match resolved.iter().find(|r| r.1 == i) {
                Some(r) => i = r.2,
                None => i += 1,
            }
            if i + 1 < toks.len() && matches!(toks[i].norm.as_str(), "in" | "at") && toks[i + 1].cap
            {
                i += 2;
                while i < toks.len() && toks[i].cap && toks[i].kind == TokenKind::Word {
                    i += 1;
                }
            }
            while i < toks.len() && times[i] {
                i += 1;
            }
        }
        let t = toks.get(i)?;
        let opens = t.kind == TokenKind::Word || t.kind == TokenKind::Number;
        let function_word = self.words().is("preposition", &t.norm)
            && !matches!(t.norm.as_str(), "since" | "after" | "before")
            || matches!(
                t.norm.as_str(),
                "to" | "and" | "or" | "but" | "so" | "as" | "by"
            );
        (opens && !function_word).then_some(i)
    }

    fn record(
        &self,
        doc: &Document,
        sentence_index: usize,
        span: Span,
        kind: QuoteKind,
        speaker: Option<Actor>,
        cue: Option<String>,
    ) -> Quote {
        Quote {
            doc_id: doc.id.clone(),
            quote_id: stable_hash(&[
                &doc.id,
                "quote",
                &span.start.to_string(),
                &span.end.to_string(),
            ]),
            sentence_index,
            text: span.slice(&doc.text).unwrap_or("").to_string(),
            span,
            kind,
            speaker,
            cue,
            reported_by: None,
        }
    }

    /// The subject of the first reporting verb of the sentence, when it comes before the quote and is someone
    /// other than the speaker.
    fn outer_reporter(
        &self,
        text: &str,
        s: &SentenceView,
        before: usize,
        speaker: Option<&Actor>,
    ) -> Option<Actor> {
        let k = s
            .tokens
            .iter()
            .position(|t| t.span.end <= before && self.words().is("reporting", &t.norm))?;
        let (a, sp) = self.reporting_subject(&s.tokens, &s.resolved, k);
        let mut a = a?;
        if speaker.is_some_and(|sp| sp.code == a.code) {
            return None;
        }
        if let Some(sp) = sp {
            a.text = sp.slice(text).unwrap_or("").to_string();
        }
        Some(a)
    }

    /// The speaker of a reporting verb at token `k`: the nearest actor before it (`the Kremlin said`, `X's
    /// summary … saying`), or right after it (`said Lavrov`).
    fn reporting_subject(
        &self,
        toks: &[Token],
        resolved: &[(Span, usize, usize, Vec<ResolvedActor>)],
        k: usize,
    ) -> (Option<Actor>, Option<Span>) {
        let pick = |r: &(Span, usize, usize, Vec<ResolvedActor>),
                    doc_text: Option<&str>|
         -> Option<Actor> {
            let a = r.3.first()?;
            Actor::from_resolved(a, doc_text.unwrap_or(""), r.0)
        };
        // The nearest actor before the verb that is not the object of a preposition ("the situation in
        // Ukraine, and called"), within the clause; failing that, the sentence's first actor.
        let pp = |r: &&(Span, usize, usize, Vec<ResolvedActor>)| {
            r.1 > 0 && self.words().is("preposition", &toks[r.1 - 1].norm)
        };
        // "Lavrov met his Turkish counterpart … and said": a verb coordinated with an earlier one shares its
        // subject, the first actor of the sentence.
        let coordinated = k > 0 && toks[k - 1].norm == "and";
        let before = if coordinated {
            resolved.iter().find(|r| r.2 <= k && !pp(r))
        } else {
            resolved
                .iter()
                .filter(|r| r.2 <= k && r.2 + 16 >= k && !pp(r))
                .max_by_key(|r| r.2)
                .or_else(|| resolved.iter().find(|r| r.2 <= k))
        };
        let after = resolved.iter().find(|r| {
            r.1 == k + 1 || r.1 == k + 2 && toks.get(k + 1).is_some_and(|t| t.norm == "the")
        });
        let chosen = match (before, after) {
            // "…," said Lavrov: the speaker follows when the verb comes straight after the quote.
            (_, Some(a))
                if k > 0 && matches!(toks[k - 1].kind, TokenKind::Quote | TokenKind::Punct) =>
            {
                Some(a)
            }
            (Some(b), _) => Some(b),
            (None, a) => a,
        };
        (chosen.and_then(|r| pick(r, None)), chosen.map(|r| r.0))
    }

    /// The speaker of the quote at `q` in sentence `si`, and the cue.
    fn speaker_for(
        &self,
        text: &str,
        sentences: &[SentenceView],
        si: usize,
        q: Span,
    ) -> (Option<Actor>, Option<String>) {
        let fill = |a: Option<Actor>, sp: Option<Span>| {
            a.map(|mut a| {
                if let Some(sp) = sp {
                    a.text = sp.slice(text).unwrap_or("").to_string();
                }
                a
            })
        };
        // A quote that runs on past its first sentence is attributed in the sentence where it ends.
        let end_si = sentences
            .iter()
            .rposition(|s| s.span.start < q.end)
            .unwrap_or(si);
        for &sj in &[end_si, si] {
            let s = &sentences[sj];
            // After the quote: `"…," he said` / `"…," said X` / `"…," the Kremlin said on Monday` — the cue comes
            // straight after the closing mark, with at most the speaker's words before it.
            let after: Vec<usize> = (0..s.tokens.len())
                .filter(|&k| s.tokens[k].span.start >= q.end)
                .skip_while(|&k| matches!(s.tokens[k].kind, TokenKind::Quote | TokenKind::Punct))
                .collect();
            // (past a leading article: `"…," the Kremlin said`)
            let first_after = after
                .iter()
                .copied()
                .find(|&k| !matches!(s.tokens[k].norm.as_str(), "the" | "a" | "an"));
            for &k in after.iter().take(12) {
                let speaker_between = first_after
                    .is_some_and(|f| f == k || s.resolved.iter().any(|r| r.1 <= f && r.2 == k));
                if self.words().is("reporting", &s.tokens[k].norm) && speaker_between {
                    let (a, sp) = self.reporting_subject(&s.tokens, &s.resolved, k);
                    if a.is_some() {
                        return (
                            fill(a, sp),
                            s.tokens[k].span.slice(text).map(str::to_string),
                        );
                    }
                }
            }
            // Before the quote: `X said: "…"`, `X stressed that … "…"`, `saying: "…"`.
            let before: Vec<usize> = (0..s.tokens.len())
                .filter(|&k| s.tokens[k].span.end <= q.start)
                .collect();
            for &k in before.iter().rev() {
                let w = s.tokens[k].norm.as_str();
                if self.words().is("reporting", w)
                    || matches!(
                        w,
                        "saying" | "adding" | "calling" | "describing" | "referring"
                    )
                {
                    let (a, sp) = self.reporting_subject(&s.tokens, &s.resolved, k);
                    if a.is_some() {
                        return (
                            fill(a, sp),
                            s.tokens[k].span.slice(text).map(str::to_string),
                        );
                    }
                }
                // "in which Xi called Putin his "best friend"": a verb of speech with its subject.
                let appeal = s
                    .tokens
                    .get(k + 1)
                    .is_some_and(|n| matches!(n.norm.as_str(), "on" | "for" | "upon"));
                if matches!(w, "called" | "described" | "dubbed" | "termed" | "branded") && !appeal
                {
                    let (a, sp) = self.reporting_subject(&s.tokens, &s.resolved, k);
                    if a.is_some() {
                        return (
                            fill(a, sp),
                            s.tokens[k].span.slice(text).map(str::to_string),
                        );
                    }
                }
            }
            // `according to X` anywhere in the sentence.
            if let Some(k) = (0..s.tokens.len().saturating_sub(1))
                .find(|&k| s.tokens[k].norm == "according" && s.tokens[k + 1].norm == "to")
            {
                if let Some(r) = s.resolved.iter().find(|r| r.1 >= k + 2 && r.1 <= k + 6) {
                    let a = r
                        .3
                        .first()
                        .and_then(|a| Actor::from_resolved(a, r.0.slice(text).unwrap_or(""), r.0));
                    return (a, Some("according to".into()));
                }
            }
            if sj == si {
                break;
            }
        }
        (None, None)
    }
}
