//! The date of an event: the clause's own time expression, the sentence's only one, a past reference with no
//! date, else the publication date.

use super::*;

impl Coder {
    pub(super) fn event_date(
        &self,
        toks: &[Token],
        times: &[TimeExpr],
        clauses: &[usize],
        clause: std::ops::Range<usize>,
        start: usize,
        pub_date: NaiveDate,
    ) -> (Option<String>, Option<String>, DateBasis) {
        let (floor, ceiling) = (clause.start, clause.end);
        let lo = toks.get(floor).map_or(0, |t| t.span.start);
        let hi = toks
            .get(ceiling.saturating_sub(1))
            .map_or(usize::MAX, |t| t.span.end);
        let in_clause = times
            .iter()
            .find(|t| t.span.start >= lo && t.span.end <= hi);
        // "will hold an emergency meeting on Tuesday": a weekday in a clause about the future is the next one,
        // not the last.
        let ahead = toks[floor.min(start)..start]
            .iter()
            .any(|t| self.words.is("future_date_cue", &t.norm));
        // (Only a weekday inside that clause: in "said on Monday it would respond", Monday is the saying's.)
        let fmt = |t: &TimeExpr, own_clause: bool| {
            let mut t = t.clone();
            if ahead
                && own_clause
                && t.basis == readout_text::TimeBasis::Weekday
                && t.value.start < pub_date
            {
                t.value.start += chrono::TimeDelta::days(7);
            }
            let p = match t.value.granularity {
                Granularity::Day => "day",
                Granularity::Week => "week",
                Granularity::Month => "month",
                Granularity::Year => "year",
            };
            (
                Some(t.value.start.format("%Y-%m-%d").to_string()),
                Some(p.to_string()),
            )
        };
        if let Some(t) = in_clause {
            // ("said on Monday it would expel": a time right at the start of a reported clause is the saying's.)
            let at = toks
                .iter()
                .position(|k| k.span.start >= t.span.start)
                .unwrap_or(0);
            let (d, p) = fmt(t, at > floor + 1);
            return (d, p, DateBasis::Stated);
        }
        // A past event referred back to in a subordinate clause: "since Russia invaded Ukraine".
        let opener = toks.get(floor).map_or("", |t| t.norm.as_str());
        let head = toks.get(start).map_or("", |t| t.norm.as_str());
        if floor > 0
            && matches!(opener, "since" | "after" | "before" | "when" | "until")
            && head.ends_with("ed")
        {
            return (None, None, DateBasis::PastUnknown);
        }
        // The one time expression outside any other clause of the sentence (not "Putin, who resigned in May,
        // accused …": a time inside a dependent clause is that clause's).
        let dependent = |t: &TimeExpr| {
            let at = toks
                .iter()
                .position(|k| k.span.start >= t.span.start)
                .unwrap_or(0);
            clauses.iter().rev().find(|&&c| c <= at).is_some_and(|&c| {
                c > 0
                    && c != floor
                    && (self.words.is("relative", Self::norm(toks, c))
                        || self.words.is("subordinator", Self::norm(toks, c)))
            })
        };
        if times.len() == 1 && !dependent(&times[0]) {
            let (d, p) = fmt(&times[0], false);
            return (d, p, DateBasis::Stated);
        }
        (
            Some(pub_date.format("%Y-%m-%d").to_string()),
            Some("day".into()),
            DateBasis::Publication,
        )
    }
}
