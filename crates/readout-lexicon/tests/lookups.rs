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

#[test]
fn word_classes_fill_patterns_and_report_unknown_classes() {
    let mut b = readout_lexicon::LexiconBuilder::new();
    b.add_text(
        "my-classes.lex",
        "gifts | [prize] cattle\ngifts | camels\nBad Name | x\n",
    );
    b.add_text(
        "my-verbs.lex",
        "072 | verb | gift @gifts to _\n072 | verb | gift @nothing to _\n072 | verb | gift goats to _ | backwards\n073 | verb | get @gifts from _ | recipient\n",
    );
    let (lex, diags) = b.build();
    let msgs: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
    assert!(
        msgs.iter().any(|m| m.starts_with("my-classes.lex:3:")),
        "{msgs:?}"
    );
    assert!(
        msgs.iter()
            .any(|m| m.starts_with("my-verbs.lex:2:") && m.contains("@nothing")),
        "{msgs:?}"
    );
    assert!(
        msgs.iter()
            .any(|m| m.starts_with("my-verbs.lex:3:") && m.contains("backwards")),
        "{msgs:?}"
    );
    let mine: Vec<_> = lex
        .verb_patterns()
        .iter()
        .filter(|p| p.source.file == "my-verbs.lex")
        .collect();
    let texts: Vec<&str> = mine.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "gift [prize] cattle to _",
            "gift camels to _",
            "get [prize] cattle from _",
            "get camels from _"
        ]
    );
    assert!(mine.iter().all(|p| p.recipient == (p.code == "073")));
}
