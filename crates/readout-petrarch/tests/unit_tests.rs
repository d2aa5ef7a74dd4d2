//! PETRARCH's own unit-test records, coded from their raw text (never their parse trees) with the four
//! `PETR.Validate.*` dictionaries from `../shared/petrarch/`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use readout_coder::eval::{read_gold, score_triples_with, Split};
use readout_petrarch::{DictionariesBuilder, Options, PetrCoder};

fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/petrarch");
    p.is_dir().then_some(p)
}

#[test]
fn petrarch_unit_tests_pass_rate() {
    let Some(dir) = shared() else {
        eprintln!(
            "SKIPPED: ../shared/petrarch is not present; the PETRARCH unit-test check did not run"
        );
        return;
    };
    let mut b = DictionariesBuilder::new();
    for f in ["verbs", "actors", "agents", "discards"] {
        b.add_path(&dir.join(format!("dictionaries/PETR.Validate.{f}.txt")))
            .unwrap();
    }
    let (dicts, warnings) = b.build();
    for w in &warnings {
        eprintln!("warning: {w}");
    }
    let coder = PetrCoder::new(dicts);
    let text = std::fs::read_to_string(dir.join("unit-tests.jsonl")).unwrap();
    let (records, errs) = read_gold(&text);
    assert!(errs.is_empty(), "{errs:?}");
    let rep = score_triples_with(&records, Split::All, |r, doc| {
        coder.code(doc, &Options::from_config(&r.config))
    });
    for m in &rep.misses {
        eprintln!(
            "MISS {}: expected {:?} produced {:?}",
            m.id, m.expected, m.produced
        );
    }
    for (c, (p, n)) in &rep.categories {
        eprintln!("{c:<10} {p:>3} / {n:<3}");
    }
    eprintln!(
        "passed {} of {} ({:.1} %)",
        rep.exact,
        rep.records,
        rep.exact_rate * 100.0
    );
    assert_eq!(rep.records, 284);
    assert!(
        rep.exact_rate >= 0.85,
        "pass rate {:.3} below 0.85",
        rep.exact_rate
    );
}
