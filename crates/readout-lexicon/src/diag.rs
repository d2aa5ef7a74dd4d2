//! Problems found while loading or checking a lexicon, always located as `file:line`.

use std::fmt;

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The entry was used, but something about it is doubtful.
    Warning,
    /// The entry (or line) could not be used and was skipped.
    Error,
}

/// One problem in a lexicon file.
///
/// ```
/// use readout_lexicon::{Diagnostic, Severity};
/// let d = Diagnostic::error("verbs.lex", 12, "unknown CAMEO code 999");
/// assert_eq!(d.to_string(), "verbs.lex:12: unknown CAMEO code 999");
/// assert_eq!(d.severity, Severity::Error);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file, as named when it was loaded.
    pub file: String,
    /// 1-based line number (0 when the problem concerns the whole file).
    pub line: usize,
    /// What is wrong.
    pub message: String,
    /// Whether the entry was skipped.
    pub severity: Severity,
}

impl Diagnostic {
    /// An error: the entry was skipped.
    pub fn error(file: &str, line: usize, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file: file.to_string(),
            line,
            message: message.into(),
            severity: Severity::Error,
        }
    }

    /// A warning: the entry was used.
    pub fn warning(file: &str, line: usize, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, line, message)
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// Errors that stop a lexicon from loading at all.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    /// A file could not be read.
    #[error("{path}: cannot read lexicon file: {source}")]
    Io {
        /// The path.
        path: String,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// A file's kind could not be told from its name or content.
    #[error("{0}: cannot tell what kind of lexicon file this is (its name must contain one of: countries, igos, organisations, persons, agents, modifiers, verbs, classes, irregular, discards, places, cameo)")]
    UnknownKind(String),
}
