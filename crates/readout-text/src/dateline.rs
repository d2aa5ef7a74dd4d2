//! Date headers and wire datelines at the top of an article.
//!
//! Two forms are recognised at the start of a text:
//! - a header `date YYYY-MM-DD` (optionally preceded by white space, the article continuing on the same line);
//! - a wire dateline: a place, an optional date, an optional agency in brackets, then a dash
//!   (`MOSCOW, June 15 (Reuters) -`, `WASHINGTON (AP) —`, `Beijing, 16 June 2022 —`).
//!
//! Neither is part of the text that is coded; the body starts after them, and offsets still count from the
//! first byte of the document.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::temporal::month_number;
use crate::Span;

/// What was found at the top of a document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Header {
    /// The bytes of the header and dateline together (empty when there is none).
    pub span: Span,
    /// Where the codable body begins.
    pub body_start: usize,
    /// The date given by a `date` header or a dateline.
    pub date: Option<NaiveDate>,
    /// True when `date` came from a `date YYYY-MM-DD` header rather than a dateline.
    pub dated_by_header: bool,
    /// A dateline date that had no year and could not be completed (so the caller can say why it is unused).
    pub yearless: Option<String>,
    /// The dateline's place (`MOSCOW`).
    pub place: Option<String>,
    /// The dateline's agency (`Reuters`).
    pub agency: Option<String>,
}

/// Longest prefix that is searched for a dateline dash.
const MAX_DATELINE_BYTES: usize = 120;

/// Reads the header and dateline at the start of `text`.
///
/// `default_year_from` completes a dateline date that has no year (`June 15`): the latest such day on or
/// before it.
///
/// ```
/// use readout_text::dateline::read_header;
/// let h = read_header(" date 2022-06-16 Speaking on his birthday, Xi said", None);
/// assert_eq!(h.date.unwrap().to_string(), "2022-06-16");
/// assert_eq!(h.body_start, 17);
/// let h = read_header("Beijing, 16 June 2022 — China said", None);
/// assert_eq!(h.date.unwrap().to_string(), "2022-06-16");
/// assert_eq!(h.place.as_deref(), Some("Beijing"));
/// ```
pub fn read_header(text: &str, default_year_from: Option<NaiveDate>) -> Header {
    let mut h = Header::default();
    let mut pos = text.len() - text.trim_start().len();
    let rest = &text[pos..];
    if let Some(after) = rest.strip_prefix("date ") {
        let cand = after.get(..10).unwrap_or("");
        if let Ok(d) = NaiveDate::parse_from_str(cand, "%Y-%m-%d") {
            h.date = Some(d);
            h.dated_by_header = true;
            pos += 5 + 10;
            pos += text[pos..].len() - text[pos..].trim_start().len();
            h.span = Span::new(text.len() - text.trim_start().len(), pos);
            h.body_start = pos;
        }
    }
    if let Some((end, place, date, yearless, agency)) =
        wire_dateline(&text[pos..], default_year_from.or(h.date))
    {
        let start = pos;
        pos += end;
        pos += text[pos..].len() - text[pos..].trim_start().len();
        h.span = if h.span.is_empty() {
            Span::new(start, pos)
        } else {
            h.span.cover(Span::new(start, pos))
        };
        h.body_start = pos;
        h.place = Some(place);
        h.agency = agency;
        if h.date.is_none() {
            h.date = date;
            h.yearless = yearless;
        }
    }
    h
}

type Dateline = (
    usize,
    String,
    Option<NaiveDate>,
    Option<String>,
    Option<String>,
);

/// Parses `PLACE[, REGION][, DATE] [(AGENCY)] DASH` at the start of `s`. Returns the end of the dash.
fn wire_dateline(s: &str, default_year_from: Option<NaiveDate>) -> Option<Dateline> {
    let limit = s
        .char_indices()
        .take_while(|(i, _)| *i < MAX_DATELINE_BYTES)
        .last()?
        .0;
    let head = &s[..limit];
    let line_end = head.find('\n').unwrap_or(head.len());
    let head = &head[..line_end];
    // The dash: " - ", " — ", " – ", " -- ", or an em dash without spaces after a closing bracket.
    let mut best: Option<(usize, usize)> = None;
    for pat in [" -- ", " - ", " — ", " – ", "—", "–", ") -"] {
        if let Some(p) = head.find(pat) {
            let (ds, de) = if pat == ") -" {
                (p + 1, p + 3)
            } else {
                (p, p + pat.len())
            };
            if best.is_none_or(|(b, _)| ds < b) {
                best = Some((ds, de));
            }
        }
    }
    let (dash_start, dash_end) = best?;
    let prefix = head[..dash_start].trim_end();
    let (prefix, agency) = match prefix.rfind('(') {
        Some(open) if prefix.ends_with(')') => {
            let ag = prefix[open + 1..prefix.len() - 1].trim();
            (
                prefix[..open].trim_end(),
                (!ag.is_empty()).then(|| ag.to_string()),
            )
        }
        _ => (prefix, None),
    };
    let mut parts = prefix.split(',').map(str::trim);
    let place = parts.next()?;
    if !looks_like_place(place) {
        return None;
    }
    let rest: Vec<&str> = parts.collect();
    // Without an agency, a dateline must carry a date (below), or "Xi - the leader" would be a dateline.
    let mut date = None;
    let mut yearless = None;
    let mut saw_date = false;
    for k in 0..rest.len() {
        let joined = rest[k..].join(" ");
        if let Some((m, d, y)) = parse_day_month(&joined) {
            saw_date = true;
            match y {
                Some(y) => date = NaiveDate::from_ymd_opt(y, m, d),
                None => match default_year_from {
                    Some(dflt) => {
                        let mut y = dflt.year();
                        if (m, d) > (dflt.month(), dflt.day()) {
                            y -= 1;
                        }
                        date = NaiveDate::from_ymd_opt(y, m, d);
                    }
                    None => yearless = Some(joined.clone()),
                },
            }
            break;
        }
        if !looks_like_place(rest[k]) {
            return None;
        }
    }
    // Or its place in capitals, as wire services write it ("LJUBLJANA - ", "BURGOS, Spain - "): a name in
    // ordinary case before a dash may be the sentence's subject.
    let capitals = place.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !place.chars().any(char::is_lowercase);
    if agency.is_none() && !saw_date && !capitals {
        return None;
    }
    Some((dash_end, place.to_string(), date, yearless, agency))
}

fn looks_like_place(s: &str) -> bool {
    let s = s.trim();
    !s.is_empty()
        && s.len() <= 40
        && s.chars().next().is_some_and(char::is_uppercase)
        && s.split_whitespace().count() <= 4
        && s.chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '.' || c == '-' || c == '\'' || c == '’')
}

/// `June 15`, `June 15, 2022`, `16 June 2022`, `15 June` → (month, day, year).
fn parse_day_month(s: &str) -> Option<(u32, u32, Option<i32>)> {
    let words: Vec<&str> = s
        .split_whitespace()
        .map(|w| w.trim_end_matches(','))
        .collect();
    let year = |w: Option<&&str>| {
        w.and_then(|w| w.parse::<i32>().ok())
            .filter(|y| (1800..=2100).contains(y))
    };
    let day = |w: &str| {
        w.trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .parse::<u32>()
            .ok()
            .filter(|d| (1..=31).contains(d))
    };
    match words.as_slice() {
        [m, d, rest @ ..]
            if month_number(&m.to_lowercase()).is_some() && day(d).is_some() && rest.len() <= 1 =>
        {
            Some((
                month_number(&m.to_lowercase())?,
                day(d)?,
                year(rest.first()),
            ))
        }
        [d, m, rest @ ..]
            if day(d).is_some() && month_number(&m.to_lowercase()).is_some() && rest.len() <= 1 =>
        {
            Some((
                month_number(&m.to_lowercase())?,
                day(d)?,
                year(rest.first()),
            ))
        }
        _ => None,
    }
}
