//! Lookup cases with dates across continents and years (`tests/data/lookups.txt`): what a phrase resolves to.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDate;
use readout_lexicon::{Context, Lexicon};
use readout_text::tokenize;

#[test]
fn lookups_resolve_as_expected() {
    let path = format!("{}/tests/data/lookups.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("lookups.txt");
    let lex = Lexicon::builtin();
    let mut n = 0;
    let mut failures = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split(" | ").map(str::trim).collect();
        assert_eq!(f.len(), 5, "lookups.txt:{}: want 5 fields", i + 1);
        n += 1;
        let date = NaiveDate::parse_from_str(f[1], "%Y-%m-%d").expect("date");
        let mut ctx = Context::at(date);
        if f[4] != "-" {
            ctx.countries = f[4].split(',').map(|c| c.trim().to_string()).collect();
        }
        let toks: Vec<_> = tokenize(f[0], 0..f[0].len()).collect();
        let found = lex.actors(&toks, f[0], &ctx);
        let got = match found.as_slice() {
            [] => "NONE".to_string(),
            [m] => m.actor.code.clone().unwrap_or_else(|| "UNRESOLVED".into()),
            many => format!(
                "{} actors: {:?}",
                many.len(),
                many.iter()
                    .map(|m| m.actor.code.clone())
                    .collect::<Vec<_>>()
            ),
        };
        let name_ok =
            f[3] == "-" || found.first().and_then(|m| m.actor.name.as_deref()) == Some(f[3]);
        if got != f[2] || !name_ok {
            let name = found.first().and_then(|m| m.actor.name.clone());
            failures.push(format!(
                "lookups.txt:{}: {:?} at {}: want {} {}, got {got} {name:?}",
                i + 1,
                f[0],
                f[1],
                f[2],
                f[3]
            ));
        }
    }
    assert!(n >= 150, "only {n} cases");
    assert!(
        failures.is_empty(),
        "{} of {n} lookups failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn builtin_lexicon_loads_without_problems_and_meets_its_counts() {
    let (lex, diags) = readout_lexicon::LexiconBuilder::new().build();
    let mut all: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
    all.extend(
        readout_lexicon::check::check(&lex)
            .iter()
            .map(|d| d.to_string()),
    );
    assert!(all.is_empty(), "{}", all.join("\n"));
    let s = lex.stats();
    assert!(s.countries >= 249, "{s:?}");
    assert!(s.igos >= 150, "{s:?}");
    assert!(s.persons >= 1500, "{s:?}");
    assert!(s.organisations >= 150, "{s:?}");
    assert!(s.agents >= 300, "{s:?}");
}
