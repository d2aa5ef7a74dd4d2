//! `readout lexicon check`: consistency problems that loading alone does not catch.
//!
//! Loading already reports malformed lines and unknown CAMEO codes. The checks here look across entries:
//! role codes that name no known country or IGO, two people holding the same single-holder office at once,
//! duplicate verb patterns, people whose roles name no country.

use std::collections::HashMap;

use crate::diag::Diagnostic;
use crate::lexicon::Lexicon;

/// Offices that several people hold at once by design (legislators, council members, deputies); overlapping
/// terms there are not a problem.
fn collegial(sector: &str, title: &str) -> bool {
    let t = title.to_lowercase();
    if sector == "LEG" && !t.contains("speaker") || sector == "OPP" {
        return true;
    }
    [
        "member",
        "regent",
        "co-",
        "vice",
        "deputy",
        "minister of state",
        "minister without",
        "governor general",
    ]
    .iter()
    .any(|k| t.contains(k))
        || t.is_empty()
}

/// How many days two imprecise terms may share before the overlap is reported.
const IMPRECISE_SLACK_DAYS: i64 = 366;

/// Runs every cross-entry check.
pub fn check(lex: &Lexicon) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    // Role codes must name a known country or IGO.
    for p in lex.persons() {
        for r in &p.roles {
            let known = if r.base == "---" {
                true
            } else if r.base.starts_with("IGO") {
                lex.igo(&r.base).is_some()
            } else {
                lex.country(&r.base).is_some()
            };
            if !known {
                out.push(Diagnostic::error(
                    &r.source.file,
                    r.source.line,
                    format!(
                        "person {}: role code {} is not a known country or IGO",
                        p.id, r.base
                    ),
                ));
            }
        }
        if let Some(c) = &p.country {
            if lex.country(c).is_none() {
                let s = &p.sources[0];
                out.push(Diagnostic::error(
                    &s.file,
                    s.line,
                    format!("person {}: unknown country {c}", p.id),
                ));
            }
        }
    }
    for o in lex.organisations() {
        if let Some(c) = &o.country {
            if lex.country(c).is_none() {
                out.push(Diagnostic::error(
                    &o.source.file,
                    o.source.line,
                    format!("organisation {}: unknown country {c}", o.id),
                ));
            }
        }
    }
    // The same single-holder office held by two people at once.
    let mut offices: HashMap<(String, String, String), Vec<(usize, usize)>> = HashMap::new();
    for (pi, p) in lex.persons().iter().enumerate() {
        for (ri, r) in p.roles.iter().enumerate() {
            if r.shared || collegial(&r.sector, &r.title) {
                continue;
            }
            offices
                .entry((r.base.clone(), r.sector.clone(), r.title.to_lowercase()))
                .or_default()
                .push((pi, ri));
        }
    }
    let mut keys: Vec<_> = offices.keys().cloned().collect();
    keys.sort();
    for k in keys {
        let holders = &offices[&k];
        for (a, &(pa, ra)) in holders.iter().enumerate() {
            for &(pb, rb) in &holders[a + 1..] {
                if pa == pb {
                    continue;
                }
                let (x, y) = (&lex.persons()[pa].roles[ra], &lex.persons()[pb].roles[rb]);
                let days = x.range.overlap_days(&y.range);
                let slack = if x.range.imprecise || y.range.imprecise {
                    IMPRECISE_SLACK_DAYS
                } else {
                    0
                };
                if days > slack {
                    out.push(Diagnostic::warning(
                        &y.source.file,
                        y.source.line,
                        format!(
                            "{} {} {}: {} and {} overlap by {days} days (other at {})",
                            k.0,
                            k.1,
                            x.title,
                            lex.persons()[pa].id,
                            lex.persons()[pb].id,
                            x.source
                        ),
                    ));
                }
            }
        }
    }
    // One person under two ids: the same canonical name twice is almost always a duplicate entry.
    let mut by_name: HashMap<(String, Option<&str>), &str> = HashMap::new();
    for p in lex.persons() {
        let key = (p.name.to_lowercase(), p.country.as_deref());
        match by_name.get(&key) {
            Some(other) => {
                let s = &p.sources[0];
                out.push(Diagnostic::warning(
                    &s.file,
                    s.line,
                    format!("person {} has the same name as {other}: one person under two ids? (give one of them a distinguishing id and name)", p.id),
                ));
            }
            None => {
                by_name.insert(key, &p.id);
            }
        }
    }
    // Duplicate verb patterns.
    let mut seen: HashMap<(String, String), String> = HashMap::new();
    for v in lex.verb_patterns() {
        let key = (format!("{:?}", v.kind), v.text.to_lowercase());
        if let Some(first) = seen.get(&key) {
            out.push(Diagnostic::warning(
                &v.source.file,
                v.source.line,
                format!("duplicate pattern {:?} (first at {first})", v.text),
            ));
        } else {
            seen.insert(key, v.source.to_string());
        }
    }
    out
}
