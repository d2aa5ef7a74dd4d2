//! Behaviour the coder must keep: passives, negation and refusal, questions, conditionals, hypotheticals,
//! reported speech, compounds, coreference, discards (`tests/data/behaviour.jsonl`). Each line is checked on its
//! own, so a failure names the behaviour that broke.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use readout_coder::eval::{read_gold, score_triples, Split};
use readout_coder::{Coder, CoderOptions};
use readout_lexicon::Lexicon;

#[test]
fn behaviour_cases() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/behaviour.jsonl"
    ))
    .unwrap();
    let (records, errs) = read_gold(&text);
    assert!(errs.is_empty(), "{errs:?}");
    let coder = Coder::new(Lexicon::builtin(), CoderOptions::default());
    let rep = score_triples(&coder, &records, Split::All);
    let misses: Vec<String> = rep
        .misses
        .iter()
        .map(|m| {
            format!(
                "{}: expected {:?}\n    produced {:?}",
                m.id, m.expected, m.produced
            )
        })
        .collect();
    assert!(
        misses.is_empty(),
        "{} of {} cases failed:\n{}",
        misses.len(),
        rep.records,
        misses.join("\n")
    );
}

#[test]
fn negated_events_are_kept_only_when_asked() {
    let coder = Coder::new(
        Lexicon::builtin(),
        CoderOptions {
            keep_negated: true,
            statements: false,
        },
    );
    let doc = readout_text::Document::from_text(
        "n",
        "China refused to condemn Russia's actions.",
        chrono::NaiveDate::from_ymd_opt(2022, 3, 2),
    )
    .unwrap();
    let events = coder.code(&doc).events;
    assert!(events.iter().all(|e| e.negated), "{events:#?}");
    assert!(!events.is_empty());
}

/// Dates the coder must give: a main clause after a fronted "Hours after …," clause keeps the publication date
/// (not "unknown past"); a verb coordinated past an adverbial clause takes the main clause's stated day; weekdays
/// in future clauses.
#[test]
fn main_clause_dates() {
    let coder = Coder::new(Lexicon::builtin(), CoderOptions::default());
    let date_of = |text: &str, code: &str| {
        let doc = readout_text::Document::from_text("d", text, None).unwrap();
        let coded = coder.code(&doc);
        coded
            .events
            .iter()
            .find(|e| e.cameo == code)
            .and_then(|e| e.date.clone())
            .unwrap_or_default()
    };
    assert_eq!(
        date_of(
            "date 2024-02-13\n\nHours after Blinken met Netanyahu on Monday, Israeli jets attacked targets in Rafah.",
            "195"
        ),
        "2024-02-13"
    );
    assert_eq!(
        date_of(
            "date 2014-05-23\n\nThailand's army seized power on Thursday, two days after declaring martial law, and detained the leaders of rival political factions.",
            "173"
        ),
        "2014-05-22"
    );
    // A weekday in a clause about the future is the coming one; right after "said" it is the saying's.
    assert_eq!(
        date_of(
            "date 2021-09-08\n\nECOWAS said it would send a high-level mission to Conakry on Thursday.",
            "036"
        ),
        "2021-09-09"
    );
    assert_eq!(
        date_of(
            "date 2021-09-08\n\nRussia said on Monday it would expel two Estonian diplomats.",
            "1313"
        ),
        "2021-09-06"
    );
}
