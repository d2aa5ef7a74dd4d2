//! The motivating article in `../shared/seed/` (read from there, never copied).

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
