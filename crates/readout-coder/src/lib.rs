//! # readout-coder — who did what to whom
//!
//! The third stage. Input: a [`readout_text::Document`] (sentences and tokens with byte offsets) and a
//! [`readout_lexicon::Lexicon`]. Output: a [`CodedDocument`] — [`Event`] records in the shape of the record
//! contract, and a per-sentence trace (mentions, clauses, triggers and every decision) that `readout explain`
//! shows. No external parser: the shallow syntax (clauses, subjects, objects, passives, negation) is rules over
//! tokens and closed-class word lists (`data/words.txt`).

pub mod claims;
pub mod coder;
pub mod eval;
pub mod event;
pub mod quotes;
pub mod words;

pub use coder::{CodedDocument, Coder, CoderOptions, Mention, SentenceTrace, TriggerTrace, Via};
pub use event::{Actor, DateBasis, Event, Evidence, Issue};
pub use quotes::{Quote, QuoteKind};
