//! Accuracy on readout's own gold set (`eval/gold/`, 75 % development / 25 % held-out split by id) and on the
//! PLOVER development records in `../shared/plover/`. The thresholds are floors just under the scores measured
//! when they were set, so any change that makes coding worse fails here; they are raised as the coder improves
//! (the targets are F1 0.85 on the development split and 0.75 on the held-out one, and PLOVER type 75 %,
//! type+source+target 55 %). The gold set's newest part (`sentences-e`, `articles-3`) was written and reviewed by
//! two annotators who never ran the coder on it; its held-out quarter has never been tuned on, and has a floor of
//! its own.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use readout_coder::eval::{
    read_gold, score_plover, score_triples, GoldRecord, PloverRecord, Split,
};
use readout_coder::{Coder, CoderOptions};
use readout_lexicon::Lexicon;

/// The records of gold-format files, every line read cleanly.
fn read_files(paths: &[PathBuf]) -> Vec<GoldRecord> {
    let mut all = Vec::new();
    for f in paths {
        let (recs, errs) = read_gold(&std::fs::read_to_string(f).unwrap());
        assert!(errs.is_empty(), "{}: {errs:?}", f.display());
        all.extend(recs);
    }
    all
}

/// The named files of one directory under `eval/`.
fn eval_files(dir: &str, names: &[&str]) -> Vec<GoldRecord> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../eval")
        .join(dir);
    read_files(&names.iter().map(|n| dir.join(n)).collect::<Vec<_>>())
}

/// The gold set's newest part, never tuned on in its held-out quarter.
const NEW_PART: [&str; 2] = ["sentences-e.jsonl", "articles-3.jsonl"];

fn gold() -> Vec<GoldRecord> {
    let mut names = vec![
        "sentences-a.jsonl",
        "sentences-b.jsonl",
        "sentences-c.jsonl",
        "sentences-d.jsonl",
        "articles.jsonl",
        "articles-2.jsonl",
    ];
    names.extend(NEW_PART);
    let all = eval_files("gold", &names);
    assert!(all.len() >= 1050, "gold set has {} records", all.len());
    all
}

fn coder() -> Coder {
    Coder::new(Lexicon::builtin(), CoderOptions::default())
}

#[test]
fn gold_development_split_f1_floor() {
    let rep = score_triples(&coder(), &gold(), Split::Train);
    eprintln!(
        "train: F1 {:.3} P {:.3} R {:.3} exact {:.3}",
        rep.f1, rep.precision, rep.recall, rep.exact_rate
    );
    // (0.92 before the newest part joined the set; 0.879 with it.)
    assert!(rep.f1 >= 0.86, "train F1 {:.3}", rep.f1);
}

#[test]
fn gold_held_out_split_f1_floor() {
    let rep = score_triples(&coder(), &gold(), Split::Test);
    eprintln!(
        "test: F1 {:.3} P {:.3} R {:.3} exact {:.3}",
        rep.f1, rep.precision, rep.recall, rep.exact_rate
    );
    assert!(rep.f1 >= 0.76, "held-out F1 {:.3}", rep.f1);
}

/// The held-out quarter of the gold set's newest part: scored only in aggregate (0.804 when it was written, and
/// at the end of the session that added it).
#[test]
fn gold_new_part_held_out_floor() {
    let recs = eval_files("gold", &NEW_PART);
    assert_eq!(recs.len(), 240);
    let rep = score_triples(&coder(), &recs, Split::Test);
    eprintln!(
        "new part held-out: F1 {:.3} over {} records",
        rep.f1, rep.records
    );
    assert!(rep.f1 >= 0.78, "new part held-out F1 {:.3}", rep.f1);
}

/// The vocabulary probes (`eval/probes/`): sentences written to find phrasings the lexicon missed, tuned on
/// openly, so they guard the patterns they led to against regressions rather than measure generalisation.
#[test]
fn vocabulary_probe_floor() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../eval/probes");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let recs = read_files(&files);
    // (The set grows with each probe round, and fresh rounds are harder than the ones already tuned on: the floor
    // was 0.75 over 5,697 records, then 0.72 over 7,644; with the sweep rounds' short one-phrasing sentences it is
    // 0.76 over 19,631, then 0.77.)
    assert!(recs.len() >= 19600, "probe records {}", recs.len());
    let rep = score_triples(&coder(), &recs, Split::All);
    eprintln!("probes: F1 {:.3}", rep.f1);
    assert!(rep.f1 >= 0.77, "probe F1 {:.3}", rep.f1);
}

/// The fresh development sets (`eval/fresh/`): 645 wire sentences coded by helpers who never saw readout's output,
/// then tuned on openly for structure (not vocabulary). They guard those rules; the blind sets
/// (`eval/blind/`) are scored only in aggregate and have no floor here, so that no test tunes on them.
#[test]
fn fresh_development_floor() {
    let recs = eval_files(
        "fresh",
        &["fresh-1.jsonl", "fresh-2.jsonl", "fresh-3.jsonl"],
    );
    assert_eq!(recs.len(), 645);
    let rep = score_triples(&coder(), &recs, Split::All);
    eprintln!("fresh: F1 {:.3}", rep.f1);
    // (0.598 when the sets were written, before any rule was tuned on them.)
    assert!(rep.f1 >= 0.66, "fresh F1 {:.3}", rep.f1);
}

/// The later fresh sets: short articles (`fresh-4-articles`, `fresh-5-articles`, coreference and reactions across
/// sentences) and `fresh-6` (diplomacy, aid, arms, sanctions), written the same way and tuned on for structure.
#[test]
fn fresh_articles_and_sixth_set_floors() {
    let articles = eval_files(
        "fresh",
        &["fresh-4-articles.jsonl", "fresh-5-articles.jsonl"],
    );
    assert_eq!(articles.len(), 68);
    let rep = score_triples(&coder(), &articles, Split::All);
    eprintln!("fresh articles: F1 {:.3}", rep.f1);
    // (0.538 and 0.470 as written.)
    assert!(rep.f1 >= 0.59, "fresh articles F1 {:.3}", rep.f1);
    let sixth = eval_files("fresh", &["fresh-6.jsonl"]);
    assert_eq!(sixth.len(), 209);
    let rep = score_triples(&coder(), &sixth, Split::All);
    eprintln!("fresh-6: F1 {:.3}", rep.f1);
    // (0.713 as written.)
    assert!(rep.f1 >= 0.73, "fresh-6 F1 {:.3}", rep.f1);
}

#[test]
fn plover_development_records_floor() {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/plover/gsr-dev.jsonl");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("SKIPPED: {} is absent", path.display());
        return;
    };
    let recs: Vec<PloverRecord> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let rep = score_plover(&coder(), &recs);
    eprintln!(
        "PLOVER: type {:.3} type+source {:.3} full {:.3} wrong-type {}",
        rep.type_acc, rep.type_source, rep.full, rep.wrong_type_events
    );
    assert!(rep.type_acc >= 0.84, "type {:.3}", rep.type_acc);
    assert!(rep.full >= 0.67, "full {:.3}", rep.full);
    assert!(
        rep.wrong_type_events < rep.records,
        "{} wrong-type events for {} records",
        rep.wrong_type_events,
        rep.records
    );
}

#[test]
fn quote_gold_set_meets_its_targets() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../eval/gold/quotes.jsonl");
    let text = std::fs::read_to_string(&path).unwrap();
    let recs: Vec<readout_coder::eval::QuoteGoldRecord> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(recs.iter().map(|r| r.quotes.len()).sum::<usize>() >= 200);
    let rep = readout_coder::eval::score_quotes(&coder(), &recs);
    eprintln!(
        "quotes: span F1 {:.3} speaker {:.3} kind {:.3}",
        rep.f1, rep.speaker_accuracy, rep.kind_accuracy
    );
    assert!(rep.f1 >= 0.90, "quote-span F1 {:.3}", rep.f1);
    assert!(
        rep.speaker_accuracy >= 0.90,
        "speaker accuracy {:.3}",
        rep.speaker_accuracy
    );
}
