//! Date headers and wire datelines: what they give, and that the body starts after them.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDate;
use readout_text::dateline::read_header;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

#[test]
fn seed_style_header_with_the_article_on_the_same_line() {
    let text = " date 2022-06-16 Speaking on his 69th birthday, Xi pledged";
    let h = read_header(text, None);
    assert_eq!(h.date, Some(d("2022-06-16")));
    assert!(h.dated_by_header);
    assert_eq!(
        &text[h.body_start..],
        "Speaking on his 69th birthday, Xi pledged"
    );
}

#[test]
fn reuters_dateline_without_a_year_takes_it_from_the_default_date() {
    let text = "MOSCOW, June 15 (Reuters) - Russia said on Wednesday";
    let h = read_header(text, Some(d("2022-06-16")));
    assert_eq!(h.date, Some(d("2022-06-15")));
    assert_eq!(h.place.as_deref(), Some("MOSCOW"));
    assert_eq!(h.agency.as_deref(), Some("Reuters"));
    assert_eq!(&text[h.body_start..], "Russia said on Wednesday");
    // A dateline day later in the year than the default date belongs to the year before.
    let h = read_header("MOSCOW, Dec. 30 (Reuters) - x", Some(d("2023-01-02")));
    assert_eq!(h.date, Some(d("2022-12-30")));
}

#[test]
fn reuters_dateline_without_a_year_or_default_gives_no_date_but_says_why() {
    let h = read_header("MOSCOW, June 15 (Reuters) - Russia said", None);
    assert_eq!(h.date, None);
    assert_eq!(h.yearless.as_deref(), Some("June 15"));
}

#[test]
fn ap_dateline_without_a_date_marks_the_body_but_gives_no_date() {
    let text = "WASHINGTON (AP) — The Senate voted on Tuesday";
    let h = read_header(text, None);
    assert_eq!(h.date, None);
    assert_eq!(h.place.as_deref(), Some("WASHINGTON"));
    assert_eq!(h.agency.as_deref(), Some("AP"));
    assert_eq!(&text[h.body_start..], "The Senate voted on Tuesday");
}

#[test]
fn day_month_year_dateline_with_an_em_dash() {
    let text = "Beijing, 16 June 2022 — China said";
    let h = read_header(text, None);
    assert_eq!(h.date, Some(d("2022-06-16")));
    assert_eq!(&text[h.body_start..], "China said");
}

#[test]
fn month_day_year_dateline_with_region_and_double_hyphen() {
    let text = "SAN FRANCISCO, Calif., March 3, 2021 (AP) -- Officials said";
    let h = read_header(text, None);
    assert_eq!(h.date, Some(d("2021-03-03")));
    assert_eq!(h.place.as_deref(), Some("SAN FRANCISCO"));
    assert_eq!(&text[h.body_start..], "Officials said");
}

#[test]
fn ordinary_sentences_with_dashes_are_not_datelines() {
    for text in [
        "Xi - the Chinese leader - said on Wednesday that talks would go on.",
        "China has refrained from condemning Russia – echoing its March stance.",
        "In a statement, the ministry said — without evidence — that the strike was justified.",
    ] {
        let h = read_header(text, None);
        assert_eq!(h.body_start, 0, "{text}");
        assert_eq!(h.place, None, "{text}");
    }
}

#[test]
fn a_header_followed_by_a_dateline_uses_the_header_date_and_skips_both() {
    let text = "date 2024-01-10 KYIV, Jan. 9 (Reuters) - Ukraine said";
    let h = read_header(text, None);
    assert_eq!(h.date, Some(d("2024-01-10")));
    assert_eq!(&text[h.body_start..], "Ukraine said");
}

#[test]
fn a_place_in_capitals_before_a_dash_is_a_dateline_without_date_or_agency() {
    let text = "BURGOS, Spain - ETA militants detonated a car bomb.";
    let h = read_header(text, None);
    assert_eq!(h.place.as_deref(), Some("BURGOS"));
    assert_eq!(h.date, None);
    assert_eq!(&text[h.body_start..], "ETA militants detonated a car bomb.");
    // (A two-letter acronym is no place.)
    let h = read_header("UN - backed talks resumed.", None);
    assert_eq!(h.place, None);
}
