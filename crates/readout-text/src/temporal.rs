//! Temporal expressions resolved against a document's publication date.
//!
//! Input: the tokens of one sentence, the text they index, and the publication date. Output: every time
//! expression found, with its span, its resolved value (a day, week, month or year) and the basis of the
//! resolution, so a reader can see *why* "on Wednesday" became 2022-06-15.
//!
//! Conventions, as news is written: a bare weekday means the most recent such day on or before publication
//! (never after); a month named without a year is this year's, unless it is later in the year than the
//! publication month, in which case it is last year's.

use std::fmt;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use serde::{Serialize, Serializer};

use crate::token::{Token, TokenKind};
use crate::Span;

/// How precise a resolved time is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// A single day.
    Day,
    /// The ISO week (Monday to Sunday) that starts on `start`.
    Week,
    /// The calendar month that starts on `start`.
    Month,
    /// The calendar year that starts on `start`.
    Year,
}

/// A resolved time: a start day and how much time it covers.
///
/// ```
/// use chrono::NaiveDate;
/// use readout_text::temporal::{Granularity, TimeValue};
/// let v = TimeValue::new(NaiveDate::from_ymd_opt(2022, 3, 1).unwrap(), Granularity::Month);
/// assert_eq!(v.to_string(), "2022-03");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeValue {
    /// First day covered.
    pub start: NaiveDate,
    /// How much is covered.
    pub granularity: Granularity,
}

impl TimeValue {
    /// A value; `start` is moved to the first day of its week, month or year.
    pub fn new(start: NaiveDate, granularity: Granularity) -> TimeValue {
        let start = match granularity {
            Granularity::Day => start,
            Granularity::Week => {
                start - Days::new(u64::from(start.weekday().num_days_from_monday()))
            }
            Granularity::Month => start.with_day(1).unwrap_or(start),
            Granularity::Year => NaiveDate::from_ymd_opt(start.year(), 1, 1).unwrap_or(start),
        };
        TimeValue { start, granularity }
    }

    /// The last day covered.
    pub fn end(&self) -> NaiveDate {
        let s = self.start;
        match self.granularity {
            Granularity::Day => s,
            Granularity::Week => s + Days::new(6),
            Granularity::Month => (s + Months::new(1)) - Days::new(1),
            Granularity::Year => NaiveDate::from_ymd_opt(s.year(), 12, 31).unwrap_or(s),
        }
    }
}

impl fmt::Display for TimeValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.start;
        match self.granularity {
            Granularity::Day => write!(f, "{}", s.format("%Y-%m-%d")),
            Granularity::Week => {
                let w = s.iso_week();
                write!(f, "{}-W{:02}", w.year(), w.week())
            }
            Granularity::Month => write!(f, "{}", s.format("%Y-%m")),
            Granularity::Year => write!(f, "{}", s.year()),
        }
    }
}

impl Serialize for TimeValue {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        ser.collect_str(self)
    }
}

/// Why an expression resolved as it did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeBasis {
    /// A full date in the text (`March 18, 2022`, `2022-06-15`, `in 2014`).
    Absolute,
    /// A month or day named without a year; the year comes from the publication date.
    YearInferred,
    /// A weekday: the most recent such day on or before publication (`on Wednesday`).
    Weekday,
    /// Relative to the publication day (`yesterday`, `last week`, `three days ago`, `earlier this month`).
    Relative,
    /// After the publication date (`tomorrow`, `next week`).
    Future,
}

/// One temporal expression in a sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimeExpr {
    /// The words, as byte offsets into the document text.
    pub span: Span,
    /// What it resolves to.
    pub value: TimeValue,
    /// How it was resolved.
    pub basis: TimeBasis,
}

fn weekday(norm: &str) -> Option<Weekday> {
    Some(match norm {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    })
}

/// Month number for a month name or abbreviation (`march`, `sept.`).
pub fn month_number(norm: &str) -> Option<u32> {
    let n = norm.strip_suffix('.').unwrap_or(norm);
    Some(match n {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

fn small_number(norm: &str) -> Option<u32> {
    if let Ok(n) = norm.parse::<u32>() {
        return Some(n);
    }
    Some(match norm {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "several" | "few" => return None,
        _ => return None,
    })
}

/// Day of month from `18`, `18th`, `1st`.
fn day_number(norm: &str) -> Option<u32> {
    let digits = norm.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &norm[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.is_empty() || digits.len() > 2 {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year_number(norm: &str) -> Option<i32> {
    if norm.len() != 4 {
        return None;
    }
    norm.parse().ok().filter(|y| (1800..=2100).contains(y))
}

/// Words before a bare month name or year that mark it as a time (`in March`, `since 2014`).
fn time_preposition(norm: &str) -> bool {
    matches!(
        norm,
        "in" | "since"
            | "until"
            | "till"
            | "by"
            | "during"
            | "from"
            | "early"
            | "late"
            | "mid"
            | "before"
            | "after"
            | "through"
            | "throughout"
            | "of"
            | "last"
            | "next"
            | "this"
            | "to"
            | "between"
            | "and"
            | "on"
    )
}

fn part_of_day(norm: &str) -> bool {
    matches!(norm, "morning" | "afternoon" | "evening" | "night")
}

/// Words in the few tokens before a month name that put it in the future (`will meet in September`).
fn future_cue(tokens: &[Token], i: usize) -> bool {
    const WINDOW: usize = 10;
    tokens[i.saturating_sub(WINDOW)..i].iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "will"
                | "would"
                | "could"
                | "shall"
                | "'ll"
                | "due"
                | "expected"
                | "scheduled"
                | "planned"
                | "plans"
                | "next"
        )
    })
}

/// Resolves a month without a year: this year's, or last year's if it is later than the publication month.
fn infer_year(month: u32, pub_date: NaiveDate) -> i32 {
    if month > pub_date.month() {
        pub_date.year() - 1
    } else {
        pub_date.year()
    }
}

/// Finds and resolves the temporal expressions in one sentence's tokens.
///
/// ```
/// use chrono::NaiveDate;
/// use readout_text::{tokenize, temporal::find_times};
/// let text = "During the call on Wednesday, Xi recalled a March call.";
/// let toks: Vec<_> = tokenize(text, 0..text.len()).collect();
/// let pub_date = NaiveDate::from_ymd_opt(2022, 6, 16).unwrap();
/// let found = find_times(&toks, text, pub_date);
/// assert_eq!(found[0].value.to_string(), "2022-06-15");
/// assert_eq!(found[0].span.slice(text), Some("Wednesday"));
/// assert_eq!(found[1].value.to_string(), "2022-03");
/// ```
pub fn find_times(tokens: &[Token], text: &str, pub_date: NaiveDate) -> Vec<TimeExpr> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some((expr, next)) = match_at(tokens, text, i, pub_date) {
            out.push(expr);
            i = next;
        } else {
            i += 1;
        }
    }
    out
}

fn match_at(
    tokens: &[Token],
    text: &str,
    i: usize,
    pub_date: NaiveDate,
) -> Option<(TimeExpr, usize)> {
    let norm = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let span = |a: usize, b: usize| Span::new(tokens[a].span.start, tokens[b - 1].span.end);
    let prev = if i > 0 { norm(i - 1) } else { "" };
    let t = &tokens[i];
    let w = t.norm.as_str();
    let day = |d: NaiveDate| TimeValue::new(d, Granularity::Day);

    // yesterday / today / tonight / tomorrow
    let simple = match w {
        "yesterday" => Some((pub_date - Days::new(1), TimeBasis::Relative)),
        "today" | "tonight" => Some((pub_date, TimeBasis::Relative)),
        "tomorrow" => Some((pub_date + Days::new(1), TimeBasis::Future)),
        _ => None,
    };
    if let Some((d, basis)) = simple {
        let mut end = i + 1;
        if w == "yesterday" && part_of_day(norm(i + 1)) {
            end += 1;
        }
        return Some((
            TimeExpr {
                span: span(i, end),
                value: day(d),
                basis,
            },
            end,
        ));
    }

    // Weekdays, with an optional modifier before and part of day after.
    if let Some(wd) = weekday(w).filter(|_| t.cap) {
        let (start, modifier) = match prev {
            "last" | "this" | "next" | "past" => (i - 1, prev),
            _ => (i, ""),
        };
        let mut end = i + 1;
        if part_of_day(norm(end)) {
            end += 1;
        }
        let back = (7 + pub_date.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
        let (d, basis) = match modifier {
            "next" => {
                let ahead = if back == 0 { 7 } else { 7 - back };
                (pub_date + Days::new(u64::from(ahead)), TimeBasis::Future)
            }
            "last" | "past" => {
                let back = if back == 0 { 7 } else { back };
                (pub_date - Days::new(u64::from(back)), TimeBasis::Weekday)
            }
            _ => (pub_date - Days::new(u64::from(back)), TimeBasis::Weekday),
        };
        return Some((
            TimeExpr {
                span: span(start, end),
                value: day(d),
                basis,
            },
            end,
        ));
    }

    // last night, this morning
    if matches!(w, "last" | "this") && part_of_day(norm(i + 1)) {
        let d = if w == "last" {
            pub_date - Days::new(1)
        } else {
            pub_date
        };
        return Some((
            TimeExpr {
                span: span(i, i + 2),
                value: day(d),
                basis: TimeBasis::Relative,
            },
            i + 2,
        ));
    }

    // last/this/next/earlier this/later this + week/month/year/weekend
    {
        let (start, modifier, unit_at) = match (w, norm(i + 1)) {
            ("earlier" | "later", "this") => (i, w, i + 2),
            ("last" | "this" | "next" | "past", _) => (i, w, i + 1),
            _ => (i, "", usize::MAX),
        };
        let unit = if unit_at == usize::MAX {
            ""
        } else {
            norm(unit_at)
        };
        let gran = match unit {
            "week" | "weekend" => Some(Granularity::Week),
            "month" => Some(Granularity::Month),
            "year" => Some(Granularity::Year),
            _ => None,
        };
        if let Some(g) = gran {
            let shift = |d: NaiveDate, forward: bool| -> Option<NaiveDate> {
                match (g, forward) {
                    (Granularity::Week, false) => d.checked_sub_days(Days::new(7)),
                    (Granularity::Week, true) => d.checked_add_days(Days::new(7)),
                    (Granularity::Month, false) => d.checked_sub_months(Months::new(1)),
                    (Granularity::Month, true) => d.checked_add_months(Months::new(1)),
                    (_, false) => d.checked_sub_months(Months::new(12)),
                    (_, true) => d.checked_add_months(Months::new(12)),
                }
            };
            let (d, basis) = match modifier {
                "last" | "past" => (shift(pub_date, false)?, TimeBasis::Relative),
                "next" => (shift(pub_date, true)?, TimeBasis::Future),
                "later" => (pub_date, TimeBasis::Future),
                _ => (pub_date, TimeBasis::Relative),
            };
            if unit == "weekend" {
                // The weekend before publication: the Saturday on or before it.
                let back = (pub_date.weekday().num_days_from_monday() + 2) % 7;
                let sat = pub_date
                    - Days::new(u64::from(if modifier == "last" && back == 0 {
                        7
                    } else {
                        back
                    }));
                return Some((
                    TimeExpr {
                        span: span(start, unit_at + 1),
                        value: day(sat),
                        basis: TimeBasis::Relative,
                    },
                    unit_at + 1,
                ));
            }
            return Some((
                TimeExpr {
                    span: span(start, unit_at + 1),
                    value: TimeValue::new(d, g),
                    basis,
                },
                unit_at + 1,
            ));
        }
    }

    // N days/weeks/months/years ago
    if let Some(n) = small_number(w) {
        let unit = norm(i + 1);
        if norm(i + 2) == "ago" {
            let d = match unit {
                "day" | "days" => pub_date.checked_sub_days(Days::new(u64::from(n))).map(day),
                "week" | "weeks" => pub_date
                    .checked_sub_days(Days::new(7 * u64::from(n)))
                    .map(|d| TimeValue::new(d, Granularity::Week)),
                "month" | "months" => pub_date
                    .checked_sub_months(Months::new(n))
                    .map(|d| TimeValue::new(d, Granularity::Month)),
                "year" | "years" => pub_date
                    .checked_sub_months(Months::new(12 * n))
                    .map(|d| TimeValue::new(d, Granularity::Year)),
                _ => None,
            };
            if let Some(value) = d {
                return Some((
                    TimeExpr {
                        span: span(i, i + 3),
                        value,
                        basis: TimeBasis::Relative,
                    },
                    i + 3,
                ));
            }
        }
    }

    // ISO dates: 2022-06-15 or 2022/06/15.
    if t.kind == TokenKind::Number && w.len() == 10 {
        let iso = w.replace('/', "-");
        if let Ok(d) = NaiveDate::parse_from_str(&iso, "%Y-%m-%d") {
            return Some((
                TimeExpr {
                    span: span(i, i + 1),
                    value: day(d),
                    basis: TimeBasis::Absolute,
                },
                i + 1,
            ));
        }
    }

    // Month names: March 18, 2022 / March 18 / March 2022 / in March / last March.
    let raw_first = t.span.slice(text).and_then(|s| s.chars().next());
    if let Some(m) = month_number(w).filter(|_| raw_first.is_some_and(char::is_uppercase)) {
        let mut end = i + 1;
        let mut dnum = None;
        let mut year = None;
        if let Some(d) = day_number(norm(end)) {
            dnum = Some(d);
            end += 1;
            let mut j = end;
            if norm(j) == "," {
                j += 1;
            }
            if let Some(y) = year_number(norm(j)) {
                year = Some(y);
                end = j + 1;
            }
        } else if let Some(y) = year_number(norm(end)) {
            year = Some(y);
            end += 1;
        }
        let modifier = match prev {
            "last" | "next" | "this" => prev,
            _ => "",
        };
        let cued = dnum.is_some()
            || year.is_some()
            || time_preposition(prev)
            || matches!(prev, "a" | "an" | "the" | "its" | "his" | "her" | "their");
        // "May" is a modal verb far more often than a month; other month names need a cue too.
        if cued {
            let start = if modifier.is_empty() { i } else { i - 1 };
            let (y, basis) = match (year, modifier) {
                (Some(y), _) => (y, TimeBasis::Absolute),
                (None, "last") => {
                    let y = if m >= pub_date.month() {
                        pub_date.year() - 1
                    } else {
                        pub_date.year()
                    };
                    (y, TimeBasis::YearInferred)
                }
                (None, "next") => {
                    let y = if m <= pub_date.month() {
                        pub_date.year() + 1
                    } else {
                        pub_date.year()
                    };
                    (y, TimeBasis::Future)
                }
                (None, "this") => (pub_date.year(), TimeBasis::YearInferred),
                (None, _) if m > pub_date.month() && future_cue(tokens, i) => {
                    (pub_date.year(), TimeBasis::Future)
                }
                (None, _) => (infer_year(m, pub_date), TimeBasis::YearInferred),
            };
            let value = match dnum {
                Some(d) => day(NaiveDate::from_ymd_opt(y, m, d)?),
                None => TimeValue::new(NaiveDate::from_ymd_opt(y, m, 1)?, Granularity::Month),
            };
            return Some((
                TimeExpr {
                    span: span(start, end),
                    value,
                    basis,
                },
                end,
            ));
        }
    }

    // 18 March [2022] / 18th of March
    if let Some(d) = day_number(w).filter(|_| t.kind == TokenKind::Number) {
        let mut j = i + 1;
        if norm(j) == "of" {
            j += 1;
        }
        let cap = tokens
            .get(j)
            .and_then(|t| t.span.slice(text))
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_uppercase);
        if let Some(m) = month_number(norm(j)).filter(|_| cap) {
            let mut end = j + 1;
            let (y, basis) = match year_number(norm(end)) {
                Some(y) => {
                    end += 1;
                    (y, TimeBasis::Absolute)
                }
                None => (infer_year(m, pub_date), TimeBasis::YearInferred),
            };
            return Some((
                TimeExpr {
                    span: span(i, end),
                    value: day(NaiveDate::from_ymd_opt(y, m, d)?),
                    basis,
                },
                end,
            ));
        }
    }

    // in 2014, since 2014, mid-2014
    let year_tok = w
        .strip_prefix("mid-")
        .or_else(|| w.strip_prefix("early-"))
        .or_else(|| w.strip_prefix("late-"));
    if let Some(y) = year_tok.and_then(year_number) {
        return Some((
            TimeExpr {
                span: span(i, i + 1),
                value: TimeValue::new(NaiveDate::from_ymd_opt(y, 1, 1)?, Granularity::Year),
                basis: TimeBasis::Absolute,
            },
            i + 1,
        ));
    }
    if let Some(y) =
        year_number(w).filter(|_| t.kind == TokenKind::Number && time_preposition(prev))
    {
        return Some((
            TimeExpr {
                span: span(i, i + 1),
                value: TimeValue::new(NaiveDate::from_ymd_opt(y, 1, 1)?, Granularity::Year),
                basis: TimeBasis::Absolute,
            },
            i + 1,
        ));
    }
    None
}
