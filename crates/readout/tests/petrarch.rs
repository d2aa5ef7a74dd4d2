//! PETRARCH/TABARI dictionaries end to end through the command line, read from `../shared/petrarch/`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;
use std::process::Command;

fn dir() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/petrarch");
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("SKIPPED: ../shared/petrarch is absent on this machine");
        None
    }
}

fn validate_args(d: &std::path::Path) -> Vec<String> {
    let mut a = vec!["--no-builtin".to_string()];
    for f in ["verbs", "actors", "agents", "discards"] {
        a.push("--lexicon".into());
        a.push(
            d.join(format!("dictionaries/PETR.Validate.{f}.txt"))
                .display()
                .to_string(),
        );
    }
    a
}

#[test]
fn eval_passes_petrarchs_own_unit_tests_from_raw_text() {
    let Some(d) = dir() else { return };
    let o = Command::new(env!("CARGO_BIN_EXE_readout"))
        .arg("eval")
        .arg(d.join("unit-tests.jsonl"))
        .args(validate_args(&d))
        .arg("--json")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let rep: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(rep["records"], 284);
    let rate = rep["exact_rate"].as_f64().unwrap();
    assert!(rate >= 0.85, "pass rate {rate}");
    // Every category is reported.
    let cats = rep["categories"].as_object().unwrap();
    for c in [
        "DEMO", "SYNSET", "COMPOUND", "DATE", "AGENT", "VERB", "PATTERN", "MODIFY",
    ] {
        assert!(cats.contains_key(c), "{c} missing from {cats:?}");
    }
}

#[test]
fn phoenix_dictionaries_load_and_code_wire_sentences() {
    let Some(d) = dir() else { return };
    let dicts = d.join("dictionaries");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_readout"));
    cmd.arg("code")
        .arg(d.join("gigaword-sample.jsonl"))
        .arg("--no-builtin");
    for f in [
        "CAMEO.2.0.txt",
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
        "Phoenix.agents.txt",
        "Phoenix.discards.txt",
        "Phoenix.IssueCoding.txt",
    ] {
        cmd.arg("--lexicon").arg(dicts.join(f));
    }
    let o = cmd.output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    // Bad dictionary lines are warnings with file and line, never a failed load.
    assert!(err.contains("PETRARCH dictionaries loaded in"), "{err}");
    assert!(
        err.contains("Phoenix.Countries.actors.txt:2039: bad date"),
        "{err}"
    );
    // Every input line is accounted for.
    assert!(
        err.contains("76 documents read, 66 coded, 10 rejected"),
        "{err}"
    );
    let events: Vec<serde_json::Value> = String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(events.len() >= 40, "{} events", events.len());
    // Codes pass through as the dictionaries write them, and each event names its rule.
    for e in &events {
        let rule = e["evidence"]["rule"].as_str().unwrap();
        assert!(rule.contains("CAMEO.2.0.txt:"), "{rule}");
        assert!(e["cameo"]
            .as_str()
            .unwrap()
            .chars()
            .all(|c| c.is_ascii_alphanumeric()));
    }
    assert!(events.iter().any(|e| e["source"]["code"] == "USAGOV"));
}

#[test]
fn petrarch_and_builtin_lexicons_combine() {
    let Some(d) = dir() else { return };
    let dicts = d.join("dictionaries");
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("a.txt");
    std::fs::write(
        &doc,
        " date 1995-01-04\nArnor is about to restore full diplomatic ties with Gondor.\n",
    )
    .unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_readout"))
        .arg("code")
        .arg(&doc)
        .arg("--lexicon")
        .arg(dicts.join("PETR.Validate.verbs.txt"))
        .arg("--lexicon")
        .arg(dicts.join("PETR.Validate.actors.txt"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("\"code\":\"ARN\"") && out.contains("\"cameo\":\"064\""),
        "{out}"
    );
}
