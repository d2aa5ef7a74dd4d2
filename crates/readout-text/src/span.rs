//! Byte spans into an original text.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into the original document text.
///
/// Every offset readout reports is a byte offset into the text exactly as it was read, so a span always
/// slices the text it came from.
///
/// ```
/// use readout_text::Span;
/// let text = "Xi phoned Putin.";
/// let span = Span::new(3, 9);
/// assert_eq!(span.slice(text), Some("phoned"));
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(into = "[usize; 2]", from = "[usize; 2]")]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (end exclusive). `end` is clamped to be at least `start`.
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// Number of bytes covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text the span covers, or `None` when it does not fall on character boundaries of `text`.
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }

    /// The smallest span covering both.
    ///
    /// ```
    /// use readout_text::Span;
    /// assert_eq!(Span::new(2, 4).cover(Span::new(7, 9)), Span::new(2, 9));
    /// ```
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// True when `other` lies inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl From<Span> for [usize; 2] {
    fn from(s: Span) -> [usize; 2] {
        [s.start, s.end]
    }
}

impl From<[usize; 2]> for Span {
    fn from(a: [usize; 2]) -> Span {
        Span::new(a[0], a[1])
    }
}
