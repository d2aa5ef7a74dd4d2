//! # readout-lexicon — what readout knows
//!
//! The knowledge base every later stage consults: the CAMEO event ontology, countries, international and
//! non-state organisations, people with date-bounded terms in office, role nouns (agents), verb and event-noun
//! patterns, and discards. It is data, not code: plain-text `.lex` files in `data/` (format in
//! `docs/lexicon.md`), compiled into the binary and, with `--lexicon PATH`, extended by the user's own.
//!
//! Loading parses every file, merges people defined in several files, and compiles the phrases into
//! Aho–Corasick automata over normalised tokens ([`phrases`]). The result, [`Lexicon`], is immutable and
//! shared; all cost is at load time. [`Lexicon::actors`] finds and resolves the actors in a sentence at a
//! date; [`check`] reports what is wrong with a set of files as `file:line: problem`.

pub mod check;
pub mod dates;
pub mod diag;
pub mod entities;
pub mod format;
pub mod lexicon;
pub mod ontology;
pub mod phrases;
pub mod resolve;
pub mod verbs;

pub use diag::{Diagnostic, LexiconError, Severity};
pub use lexicon::{
    ActorTarget, FileKind, Lexicon, LexiconBuilder, LexiconStats, VerbHit, BUILTIN_FILES,
};
pub use ontology::{CameoCode, Ontology};
pub use resolve::{ActorMention, Context, EntityKind, ResolvedActor};
