//! Date ranges of terms in office: `FROM..TO`, each end `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, `TO` empty while the
//! term lasts.

use chrono::{Datelike, Months, NaiveDate};

/// A half-open date range `[from, to)`; `to` is `None` while the term lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateRange {
    /// First day.
    pub from: NaiveDate,
    /// First day no longer covered, or `None` for "still in office".
    pub to: Option<NaiveDate>,
    /// True when either end was given to the month or year only.
    pub imprecise: bool,
}

impl DateRange {
    /// True when `d` falls in the range.
    pub fn contains(&self, d: NaiveDate) -> bool {
        self.from <= d && self.to.is_none_or(|t| d < t)
    }

    /// Days the two ranges share.
    pub fn overlap_days(&self, other: &DateRange) -> i64 {
        let start = self.from.max(other.from);
        let far = NaiveDate::MAX;
        let end = self.to.unwrap_or(far).min(other.to.unwrap_or(far));
        (end - start).num_days().max(0)
    }
}

/// Parses one end of a range. `end` selects the first day *after* an imprecise period (`2019` as an end means
/// the term ran into 2019, so it is covered through 2019-12-31).
fn parse_end(s: &str, end: bool) -> Result<(NaiveDate, bool), String> {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str| p.parse::<u32>().map_err(|_| format!("bad date {s:?}"));
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 => NaiveDate::from_ymd_opt(num(y)? as i32, num(m)?, num(d)?)
            .map(|d| (d, false))
            .ok_or_else(|| format!("no such date {s:?}")),
        [y, m] if y.len() == 4 => {
            let first = NaiveDate::from_ymd_opt(num(y)? as i32, num(m)?, 1)
                .ok_or_else(|| format!("no such month {s:?}"))?;
            Ok((if end { first + Months::new(1) } else { first }, true))
        }
        [y] if y.len() == 4 => {
            let first = NaiveDate::from_ymd_opt(num(y)? as i32, 1, 1)
                .ok_or_else(|| format!("bad year {s:?}"))?;
            Ok((
                if end {
                    first.with_year(first.year() + 1).unwrap_or(first)
                } else {
                    first
                },
                true,
            ))
        }
        _ => Err(format!("bad date {s:?} (want YYYY-MM-DD, YYYY-MM or YYYY)")),
    }
}

/// Parses `FROM..TO`.
///
/// ```
/// use readout_lexicon::dates::parse_range;
/// use chrono::NaiveDate;
/// let r = parse_range("2013-03-14..").unwrap();
/// assert!(r.contains(NaiveDate::from_ymd_opt(2022, 6, 15).unwrap()));
/// let r = parse_range("2017-01-20..2021-01-20").unwrap();
/// assert!(!r.contains(NaiveDate::from_ymd_opt(2021, 1, 20).unwrap()));
/// let r = parse_range("2008..2012").unwrap();
/// assert!(r.contains(NaiveDate::from_ymd_opt(2012, 6, 1).unwrap()));
/// ```
pub fn parse_range(s: &str) -> Result<DateRange, String> {
    let (a, b) = s
        .split_once("..")
        .ok_or_else(|| format!("bad range {s:?} (want FROM..TO)"))?;
    let (from, i1) = parse_end(a.trim(), false)?;
    let (to, i2) = match b.trim() {
        "" | "present" => (None, false),
        t => {
            let (d, i) = parse_end(t, true)?;
            (Some(d), i)
        }
    };
    if to.is_some_and(|t| t <= from) {
        return Err(format!("range {s:?} ends before it starts"));
    }
    Ok(DateRange {
        from,
        to,
        imprecise: i1 || i2,
    })
}
