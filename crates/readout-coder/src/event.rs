//! The event record, exactly as `../shared/spec/records.md` fixes it (fields may be added, never renamed).

use readout_lexicon::ResolvedActor;
use readout_text::Span;
use serde::Serialize;

/// An actor as it appears in a record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Actor {
    /// The words of this mention (after coreference, e.g. `he`).
    pub text: String,
    /// Their byte offsets in the document.
    pub span: Span,
    /// Canonical name of a known entity.
    pub name: Option<String>,
    /// Full CAMEO-style actor code.
    pub code: String,
    /// Alpha-3 of the actor's state.
    pub country: Option<String>,
    /// Primary role code.
    pub sector: Option<String>,
    /// Stable lexicon id.
    pub id: Option<String>,
}

impl Actor {
    /// A record actor from a resolved lexicon actor and the words that named it.
    pub fn from_resolved(r: &ResolvedActor, text: &str, span: Span) -> Option<Actor> {
        Some(Actor {
            text: text.to_string(),
            span,
            name: r.name.clone(),
            code: r.code.clone()?,
            country: r.country.clone(),
            sector: r.sector.clone(),
            id: r.id.clone(),
        })
    }
}

/// Where an event's date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateBasis {
    /// A time expression in the event's clause or sentence.
    Stated,
    /// No time expression: the publication date.
    Publication,
    /// No time expression, but the same event was named earlier in the document with one ("the call" after
    /// "the call on Wednesday").
    Antecedent,
    /// A past event the text refers back to ("since Russia invaded Ukraine") without giving its date.
    PastUnknown,
}

/// The words and the rule behind an event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    /// Byte span of the trigger words.
    pub span: Span,
    /// The trigger words.
    pub trigger: String,
    /// The lexicon entry that fired, `file:line`.
    pub rule: String,
}

/// One coded event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    /// Input document id.
    pub doc_id: String,
    /// Stable id: the same input always yields the same id.
    pub event_id: String,
    /// 0-based sentence number.
    pub sentence_index: usize,
    /// Byte span of the sentence.
    pub sentence_span: Span,
    /// When the event happened (`YYYY-MM-DD`; the first day of a month or year when only that is known; null
    /// for a past event whose date the text does not give).
    pub date: Option<String>,
    /// How precise `date` is: `day`, `week`, `month`, `year`.
    pub date_precision: Option<String>,
    /// Where the date came from.
    pub date_basis: DateBasis,
    /// Who acts.
    pub source: Option<Actor>,
    /// On whom.
    pub target: Option<Actor>,
    /// CAMEO event code.
    pub cameo: String,
    /// Its root.
    pub cameo_root: String,
    /// PLOVER event type.
    pub plover: Option<String>,
    /// PLOVER mode.
    pub plover_mode: Option<String>,
    /// PLOVER context.
    pub plover_context: Option<String>,
    /// 1–4.
    pub quad_class: u8,
    /// Goldstein score.
    pub goldstein: f64,
    /// Who the report is credited to.
    pub attributed_to: Option<Actor>,
    /// True only with `--keep-negated`, for negated or refused actions.
    pub negated: bool,
    /// The words and rule.
    pub evidence: Evidence,
    /// The input document's `url`, carried through when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The input document's `publisher`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// The input document's `title`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The input document's `lang`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// Issues the sentence raises (PETRARCH issue dictionaries), with how many phrases named each.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub issues: Vec<Issue>,
}

/// An issue code and the number of its phrases in the event's sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Issue {
    /// The issue code (`NUCLEAR_WEAPONS`).
    pub code: String,
    /// How many of its phrases the sentence holds.
    pub count: usize,
}

/// FNV-1a, for stable ids that do not depend on the platform or the standard library's hasher.
pub fn stable_hash(parts: &[&str]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes().chain(std::iter::once(0x1f)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}
