//! PETRARCH/TABARI compatibility: read the field's existing dictionaries and code raw text with them.
//!
//! **Input:** dictionary files in the TABARI/PETRARCH formats ([`dict`]) and [`readout_text::Document`]s.
//! **Output:** [`readout_coder::Event`] records whose actor and event codes are exactly the dictionaries'
//! (`174K`, `ORCHOB`, `NGOARNGOV` pass through unchanged), each pointing at its verb and the pattern or verb
//! block that fired.
//!
//! PETRARCH2 needs a constituency parse of every sentence; this stage needs none. It cuts the sentence into
//! noun phrases, compound lists and clauses with closed word classes (`data/words.txt`), finds actors and
//! agents by longest phrase match, and applies the verb patterns the way TABARI did: words before `*` are
//! sought leftwards from the verb, words after it rightwards, `_` demands adjacency, `$`/`+`/`%` take the
//! nearest actor phrase, `^` skips a noun phrase, and the most specific matching pattern wins.
//!
//! ```
//! use readout_petrarch::{DictKind, DictionariesBuilder, Options, PetrCoder};
//! let mut b = DictionariesBuilder::new();
//! b.add_text("a.actors.txt", "ARNOR [ARN]\nGONDOR [GON]\n+MINAS_TIRITH\n", Some(DictKind::Actors));
//! b.add_text("v.verbs.txt", "--- RESTORE [064] ---\nRESTORE\n- * DIPLOMATIC [064]\n", Some(DictKind::Verbs));
//! let (dicts, warnings) = b.build();
//! assert!(warnings.is_empty());
//! let coder = PetrCoder::new(dicts);
//! let date = chrono::NaiveDate::from_ymd_opt(1995, 1, 1);
//! let doc = readout_text::Document::from_text("d", "Arnor restored ties with Minas Tirith.", date).unwrap();
//! let ev = coder.code(&doc, &Options::default());
//! assert_eq!(ev.len(), 1);
//! assert_eq!(ev[0].source.as_ref().unwrap().code, "ARN");
//! assert_eq!(ev[0].target.as_ref().unwrap().code, "GON");
//! assert_eq!(ev[0].cameo, "064");
//! ```

pub mod coder;
pub mod dict;
mod index;
mod options;
pub mod words;

use std::path::Path;

pub use coder::{PetrCoder, SentenceTrace};
pub use dict::DictKind;
pub use index::Dictionaries;
pub use options::{CommaLimits, Options};
use readout_lexicon::Diagnostic;

/// A dictionary file could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum PetrError {
    /// The file could not be opened or is not text.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// The kind of dictionary could not be told from the name or the content.
    #[error("{0}: cannot tell which kind of PETRARCH dictionary this is (name it *verbs*, *actors*, *agents*, *discards* or *issues*)")]
    UnknownKind(String),
}

/// Collects dictionary files, then compiles them into [`Dictionaries`].
#[derive(Default)]
pub struct DictionariesBuilder {
    files: Vec<(String, String, Option<DictKind>)>,
    warnings: Vec<Diagnostic>,
}

impl DictionariesBuilder {
    /// An empty builder.
    pub fn new() -> DictionariesBuilder {
        DictionariesBuilder::default()
    }

    /// Adds a dictionary's text; `kind` `None` detects it from the name and content.
    pub fn add_text(&mut self, name: &str, text: &str, kind: Option<DictKind>) -> &mut Self {
        self.files.push((name.to_string(), text.to_string(), kind));
        self
    }

    /// Reads a dictionary file; its kind is detected from its name and content.
    pub fn add_path(&mut self, path: &Path) -> Result<&mut Self, PetrError> {
        let name = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|source| PetrError::Io {
            path: name.clone(),
            source,
        })?;
        // Old dictionaries are often Latin-1: decode what can be decoded and say so, rather than refuse the file.
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
                self.warnings.push(Diagnostic::warning(
                    &name,
                    line,
                    "not valid UTF-8; undecodable bytes were replaced",
                ));
                String::from_utf8_lossy(e.as_bytes()).into_owned()
            }
        };
        let file_name = path
            .file_name()
            .map(|f| f.to_string_lossy().to_string())
            .unwrap_or_default();
        let kind =
            DictKind::detect(&file_name, &text).ok_or(PetrError::UnknownKind(name.clone()))?;
        self.files.push((name, text, Some(kind)));
        Ok(self)
    }

    /// Parses and indexes everything added; every unusable line is a warning, never a failure.
    pub fn build(&self) -> (Dictionaries, Vec<Diagnostic>) {
        let (d, mut w) = index::build(&self.files);
        w.splice(0..0, self.warnings.iter().cloned());
        (d, w)
    }
}
