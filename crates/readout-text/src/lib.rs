//! # readout-text — the first stage: from bytes to dated documents, sentences and tokens
//!
//! Input: files, directories, JSON Lines or stdin. Output: [`Document`]s with a publication date and a body
//! span, split into [`Sentence`]s of [`Token`]s whose [`Span`]s are byte offsets into the original text, and the
//! [`TimeExpr`]s each sentence contains, resolved against the publication date.
//!
//! Everything here is a single forward pass with bounded look-ahead, so cost is linear in the input and no
//! stage holds more than one document (and, below the document, one sentence) at a time.

pub mod dateline;
pub mod document;
pub mod reader;
pub mod sentence;
pub mod span;
pub mod temporal;
pub mod token;

pub use document::{DateSource, Document, Origin};
pub use reader::{DocumentReader, Input, InputFormat, ReadItem, ReadStats, ReaderOptions};
pub use sentence::{sentences, Sentence};
pub use span::Span;
pub use temporal::{find_times, Granularity, TimeBasis, TimeExpr, TimeValue};
pub use token::{normalize, tokenize, Token, TokenKind};
