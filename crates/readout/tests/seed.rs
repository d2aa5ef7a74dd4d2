//! The motivating article in `../shared/seed/` (read from there, never copied).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;
use std::process::Command;

fn seed() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/seed/000_3d72e1d09bc74cde.txt");
    if p.exists() {
        Some(p)
    } else {
        eprintln!("SKIPPED: ../shared/seed is absent on this machine");
        None
    }
}

#[test]
fn code_reads_the_seed_with_its_header_date() {
    let Some(seed) = seed() else { return };
    let o = Command::new(env!("CARGO_BIN_EXE_readout"))
        .arg("code")
        .arg(&seed)
        .output()
        .unwrap();
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{e}");
    assert!(e.contains("1 documents read, 1 coded, 0 rejected"), "{e}");
}

#[test]
fn explain_splits_the_seed_with_offsets_that_slice_the_file_and_resolves_its_dates() {
    let Some(seed) = seed() else { return };
    let text = std::fs::read_to_string(&seed).unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_readout"))
        .args(["explain", "--json"])
        .arg(&seed)
        .output()
        .unwrap();
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["date"], "2022-06-16");
    assert_eq!(v["date_source"], "header");
    let sentences = v["sentences"].as_array().unwrap();
    assert!(sentences.len() >= 18, "{} sentences", sentences.len());
    // The header is not part of any sentence.
    assert!(sentences[0]["text"]
        .as_str()
        .unwrap()
        .starts_with("Speaking on his 69th birthday"));
    let mut times = Vec::new();
    for s in sentences {
        let span = s["span"].as_array().unwrap();
        let (a, b) = (
            span[0].as_u64().unwrap() as usize,
            span[1].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[a..b], s["text"].as_str().unwrap());
        for t in s["tokens"].as_array().unwrap() {
            let sp = t["span"].as_array().unwrap();
            let (a, b) = (
                sp[0].as_u64().unwrap() as usize,
                sp[1].as_u64().unwrap() as usize,
            );
            assert_eq!(&text[a..b], t["text"].as_str().unwrap());
        }
        for t in s["times"].as_array().unwrap() {
            times.push((
                t["text"].as_str().unwrap().to_string(),
                t["value"].as_str().unwrap().to_string(),
            ));
        }
    }
    assert!(
        times.contains(&("Wednesday".into(), "2022-06-15".into())),
        "{times:?}"
    );
    assert!(
        times.contains(&("March".into(), "2022-03".into())),
        "{times:?}"
    );
    // "Joe. Biden." is a typo inside a sentence, not a sentence of its own.
    assert!(!sentences.iter().any(|s| s["text"] == "Biden."));
}

fn seed_events() -> Option<Vec<serde_json::Value>> {
    let seed = seed()?;
    let o = Command::new(env!("CARGO_BIN_EXE_readout"))
        .arg("code")
        .arg(&seed)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    Some(
        String::from_utf8_lossy(&o.stdout)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect(),
    )
}

fn country(a: &serde_json::Value) -> &str {
    a["country"].as_str().unwrap_or("")
}

#[test]
fn seed_phone_call_is_041_between_china_and_russia_on_june_15() {
    let Some(events) = seed_events() else { return };
    let call = |from: &str, to: &str| {
        events.iter().any(|e| {
            e["cameo"] == "041"
                && country(&e["source"]) == from
                && country(&e["target"]) == to
                && e["date"] == "2022-06-15"
        })
    };
    assert!(call("CHN", "RUS") && call("RUS", "CHN"), "{events:#?}");
}

#[test]
fn seed_pledge_and_agreement_are_intents_to_cooperate() {
    let Some(events) = seed_events() else { return };
    let intent = |from: &str, to: &str, trigger: &str| {
        events.iter().any(|e| {
            e["cameo_root"] == "03"
                && country(&e["source"]) == from
                && country(&e["target"]) == to
                && e["evidence"]["trigger"]
                    .as_str()
                    .unwrap_or("")
                    .contains(trigger)
        })
    };
    assert!(intent("CHN", "RUS", "pledged"), "Xi's pledge: {events:#?}");
    assert!(
        intent("CHN", "RUS", "agreed") && intent("RUS", "CHN", "agreed"),
        "the agreement: {events:#?}"
    );
    // The pledge is credited to the Chinese Foreign Ministry, the agreement to the Kremlin.
    let pledge = events
        .iter()
        .find(|e| {
            e["evidence"]["trigger"]
                .as_str()
                .unwrap_or("")
                .contains("pledged")
        })
        .unwrap();
    assert_eq!(pledge["attributed_to"]["code"], "CHNGOV");
}

#[test]
fn seed_praise_of_putin_is_051_from_china_to_russia() {
    let Some(events) = seed_events() else { return };
    assert!(
        events.iter().any(|e| e["cameo"] == "051"
            && country(&e["source"]) == "CHN"
            && country(&e["target"]) == "RUS"),
        "{events:#?}"
    );
}

#[test]
fn seed_blame_targets_the_united_states_and_nato() {
    let Some(events) = seed_events() else { return };
    let blame: Vec<_> = events.iter().filter(|e| e["cameo_root"] == "11").collect();
    let targets: Vec<&str> = blame
        .iter()
        .map(|e| e["target"]["code"].as_str().unwrap_or(""))
        .collect();
    assert!(targets.contains(&"USA"), "{blame:#?}");
    assert!(
        targets.iter().any(|t| t.starts_with("IGOWSTNAT")),
        "{blame:#?}"
    );
    assert!(blame.iter().any(|e| e["cameo"] == "112"), "{blame:#?}");
}

#[test]
fn seed_has_no_conflict_event_from_china_to_russia() {
    let Some(events) = seed_events() else { return };
    let conflict: Vec<_> = events
        .iter()
        .filter(|e| {
            e["quad_class"].as_u64().unwrap_or(0) >= 3
                && country(&e["source"]) == "CHN"
                && country(&e["target"]) == "RUS"
        })
        .collect();
    assert!(
        conflict.is_empty(),
        "China refused to condemn Russia: {conflict:#?}"
    );
}

#[test]
fn seed_invasion_is_not_stamped_with_the_publication_date() {
    let Some(events) = seed_events() else { return };
    for e in events.iter().filter(|e| e["cameo_root"] == "19") {
        assert_ne!(e["date"], "2022-06-16", "{e:#}");
    }
}

#[test]
fn seed_quotes_are_attributed_to_xi_and_to_the_kremlin() {
    let Some(seed) = seed() else { return };
    let o = Command::new(env!("CARGO_BIN_EXE_readout"))
        .arg("quotes")
        .arg(&seed)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let quotes: Vec<serde_json::Value> = String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let text = std::fs::read_to_string(&seed).unwrap();
    let speaker_of = |fragment: &str| -> String {
        let q = quotes
            .iter()
            .find(|q| q["text"].as_str().unwrap_or("").contains(fragment))
            .unwrap_or_else(|| panic!("no quote containing {fragment:?}: {quotes:#?}"));
        // Spans slice the file to the quoted words.
        let sp = q["span"].as_array().unwrap();
        let (a, b) = (
            sp[0].as_u64().unwrap() as usize,
            sp[1].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[a..b], q["text"].as_str().unwrap());
        q["speaker"]["country"]
            .as_str()
            .unwrap_or("none")
            .to_string()
    };
    for xi in [
        "independently assessed the situation",
        "ready to continue playing its role",
        "Since the beginning of this year",
        "best friend and bosom",
    ] {
        assert_eq!(speaker_of(xi), "CHN", "{xi}");
    }
    for kremlin in [
        "taking into account the global economic situation",
        "referred to the legitimacy",
        "traditional, friendly and warm atmosphere",
    ] {
        assert_eq!(speaker_of(kremlin), "RUS", "{kremlin}");
    }
}

#[test]
fn seed_claims_show_the_two_readouts_side_by_side_with_the_kremlin_claim_as_its_own() {
    let Some(seed) = seed() else { return };
    let o = Command::new(env!("CARGO_BIN_EXE_readout"))
        .args(["claims", "--json"])
        .arg(&seed)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let accounts = v["accounts"].as_array().unwrap();
    let account = |key: &str| {
        accounts
            .iter()
            .find(|a| a["key"] == key)
            .unwrap_or_else(|| panic!("no {key} account: {v:#}"))
    };
    let china = account("CHN");
    let russia = account("RUS");
    let has_quote = |a: &serde_json::Value, fragment: &str| {
        a["items"].as_array().unwrap().iter().any(|i| {
            i["type"] == "quote" && i["quote"]["text"].as_str().unwrap_or("").contains(fragment)
        })
    };
    assert!(
        has_quote(russia, "referred to the legitimacy"),
        "{russia:#}"
    );
    assert!(!has_quote(china, "referred to the legitimacy"));
    assert!(has_quote(china, "independently assessed the situation"));
    // The pledge, credited to the Chinese Foreign Ministry, is China's account of the cooperation the Kremlin also reports.
    let pledge = china["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["type"] == "event" && i["event"]["cameo_root"] == "03")
        .expect("China's pledge");
    assert!(
        pledge["also_by"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s == "Russia"),
        "{pledge:#}"
    );
}
