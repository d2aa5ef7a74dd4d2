//! The document: one article, its publication date and where its codable body starts.

use chrono::NaiveDate;
use serde::Serialize;

use crate::dateline::Header;
use crate::sentence::{sentences, Sentences};
use crate::Span;

/// Where the publication date of a document came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// The JSON `date` field.
    Field,
    /// A `date YYYY-MM-DD` header.
    Header,
    /// A wire dateline.
    Dateline,
    /// The `--date` default.
    Default,
}

/// Where a document was read from, for messages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Origin {
    /// The file (`-` for stdin).
    pub file: String,
    /// The 1-based line for JSON Lines input.
    pub line: Option<usize>,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}", self.file, l),
            None => write!(f, "{}", self.file),
        }
    }
}

/// One input article, ready for segmentation.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    /// The document id (unique within the input).
    pub id: String,
    /// The full text exactly as read (after lossy UTF-8 decoding and NUL replacement, which keep lengths).
    pub text: String,
    /// Publication date.
    pub date: NaiveDate,
    /// Where the publication date came from.
    pub date_source: DateSource,
    /// The header and dateline, if any (not coded).
    pub header: Header,
    /// Optional metadata carried through to records.
    pub url: Option<String>,
    /// Publisher.
    pub publisher: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Language tag.
    pub lang: Option<String>,
    /// Where it was read from.
    pub origin: Origin,
}

impl Document {
    /// A document from text alone, with a known publication date; the header and dateline are read from the
    /// text but the given date wins.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use readout_text::Document;
    /// let d = Document::from_text("x", " date 2022-06-16 Xi spoke.", None).unwrap();
    /// assert_eq!(d.date, NaiveDate::from_ymd_opt(2022, 6, 16).unwrap());
    /// assert_eq!(d.body().slice(&d.text), Some("Xi spoke."));
    /// ```
    pub fn from_text(id: &str, text: &str, date: Option<NaiveDate>) -> Option<Document> {
        let header = crate::dateline::read_header(text, date);
        let (date, date_source) = match (date, header.date) {
            (Some(d), _) => (d, DateSource::Default),
            (None, Some(d)) if header.dated_by_header => (d, DateSource::Header),
            (None, Some(d)) => (d, DateSource::Dateline),
            (None, None) => return None,
        };
        Some(Document {
            id: id.to_string(),
            text: text.to_string(),
            date,
            date_source,
            header,
            url: None,
            publisher: None,
            title: None,
            lang: None,
            origin: Origin {
                file: id.to_string(),
                line: None,
            },
        })
    }

    /// The codable part of the text: everything after the header and dateline, trailing white space trimmed.
    pub fn body(&self) -> Span {
        let start = self.header.body_start.min(self.text.len());
        let end = start + self.text[start..].trim_end().len();
        Span::new(start, end)
    }

    /// The sentences of the body.
    pub fn sentences(&self) -> Sentences<'_> {
        let b = self.body();
        sentences(&self.text, b.start..b.end)
    }
}
