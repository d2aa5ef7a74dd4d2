//! Quote extraction edge cases: marks that never close, interrupted quotes, organisations as speakers.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use readout_coder::{Coder, CoderOptions, QuoteKind};
use readout_lexicon::Lexicon;
use readout_text::Document;

fn quotes(text: &str) -> Vec<readout_coder::Quote> {
    let coder = Coder::new(Lexicon::builtin(), CoderOptions::default());
    let doc = Document::from_text("q", text, chrono::NaiveDate::from_ymd_opt(2023, 3, 9)).unwrap();
    coder.quotes(&doc)
}

#[test]
fn an_unclosed_quote_ends_at_its_paragraph_and_does_not_swallow_the_document() {
    let text = "Lavrov said: \"We are ready to talk.\n\nThe next paragraph is the reporter's own. \"Nothing more,\" the Kremlin said.";
    let q = quotes(text);
    assert_eq!(q[0].text, "We are ready to talk.");
    assert!(
        q.iter()
            .any(|x| x.text == "Nothing more,"
                && x.speaker.as_ref().is_some_and(|s| s.code == "RUSGOV")),
        "{q:#?}"
    );
}

#[test]
fn an_interrupted_quote_is_two_quotes_with_one_speaker() {
    let q = quotes("Russian Foreign Minister Sergey Lavrov arrived in Ankara. \"We will not give up,\" he said, \"and we will win.\"");
    let direct: Vec<_> = q.iter().filter(|x| x.kind == QuoteKind::Direct).collect();
    assert_eq!(direct.len(), 2, "{q:#?}");
    assert!(
        direct
            .iter()
            .all(|x| x.speaker.as_ref().is_some_and(|s| s.code == "RUSGOV")),
        "{q:#?}"
    );
}

#[test]
fn organisations_speak_and_partial_quotes_keep_their_speaker() {
    let q = quotes("The Chinese Foreign Ministry said relations were \"at an all-time high\".");
    assert_eq!(q[0].kind, QuoteKind::Partial);
    assert_eq!(q[0].speaker.as_ref().unwrap().code, "CHNGOV");
}

#[test]
fn a_title_in_quotation_marks_with_no_speaker_is_not_a_quote() {
    let q = quotes("Crowds queued for the film \"Oppenheimer\" in Tokyo on Thursday.");
    assert!(q.is_empty(), "{q:#?}");
}
