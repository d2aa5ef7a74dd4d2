//! Table-driven tests: hand-written sentence-boundary and time-expression cases in `tests/data/`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDate;
use readout_text::{find_times, sentences, tokenize};

fn cases(file: &str) -> Vec<(usize, String)> {
    let path = format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|(i, l)| (i + 1, l.to_string()))
        .collect()
}

#[test]
fn sentence_boundaries() {
    let cases = cases("sentences.txt");
    assert!(cases.len() >= 60, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for (line, case) in &cases {
        // `<S>\n` separates with a newline, ` <S> ` with a space; `\n` elsewhere is a newline.
        let expected: Vec<String> = case
            .replace("<S>\\n", "<S>")
            .split("<S>")
            .map(|s| s.trim_matches(' ').replace("\\n", "\n").trim().to_string())
            .collect();
        let input = case
            .replace(" <S> ", " ")
            .replace("<S>\\n", "\n")
            .replace("\\n", "\n");
        let got: Vec<String> = sentences(&input, 0..input.len())
            .map(|s| s.text(&input).to_string())
            .collect();
        if got != expected {
            failures.push(format!(
                "sentences.txt:{line}:\n  expected {expected:?}\n  got      {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn time_expressions() {
    let cases = cases("times.txt");
    assert!(cases.len() >= 40, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for (line, case) in &cases {
        let f: Vec<&str> = case.split(" | ").collect();
        assert_eq!(f.len(), 4, "times.txt:{line}: want 4 fields");
        let date = NaiveDate::parse_from_str(f[0].trim(), "%Y-%m-%d").expect("date");
        let text = f[1];
        let toks: Vec<_> = tokenize(text, 0..text.len()).collect();
        let found: Vec<(String, String)> = find_times(&toks, text, date)
            .iter()
            .map(|t| {
                (
                    t.span.slice(text).unwrap_or("").to_string(),
                    t.value.to_string(),
                )
            })
            .collect();
        let want = (f[2].trim().to_string(), f[3].trim().to_string());
        if !found.contains(&want) {
            failures.push(format!(
                "times.txt:{line}: {text:?} @ {date}: want {want:?}, found {found:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
