//! The dictionary readers on lines they cannot use: a warning naming file and line, and the rest loads.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use readout_petrarch::dict::{parse_actors, parse_agents, parse_verbs};
use readout_petrarch::{DictKind, DictionariesBuilder, Options, PetrCoder};

#[test]
fn bad_actor_lines_are_warnings_and_the_rest_loads() {
    let text = "<!-- header\n spanning lines -->\nARNOR_ [ARN]\nGONDOR\n\t[GON 9508223]\n\t[GON]\n[XXX]\nROHAN [ROH 950101-940101]\nBREE [BRE] # comment\n";
    let (a, d) = parse_actors("t.actors.txt", text);
    let names: Vec<&str> = a.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["ARNOR_", "GONDOR", "ROHAN", "BREE"]);
    let msgs: Vec<String> = d.iter().map(ToString::to_string).collect();
    assert!(
        msgs.iter()
            .any(|m| m.starts_with("t.actors.txt:5: cannot read date restriction")),
        "{msgs:?}"
    );
    assert!(
        msgs.iter()
            .any(|m| m.starts_with("t.actors.txt:8: date range ends before")),
        "{msgs:?}"
    );
    assert_eq!(a[1].codes_at(None), ["GON"]);
}

#[test]
fn two_digit_years_and_shared_code_lines() {
    let (a, d) = parse_actors(
        "p.txt",
        "JAMES_BYRNES_\nSECRETARY_BYRNES\n\t[USAELI 18970101-450703]\n\t[USAGOV 450703-470121]\nZIMBABWE\n\t[RHO <790606]\n\t[ZBW]\n",
    );
    assert!(d.is_empty(), "{d:?}");
    let at = |i: usize, s: &str| a[i].codes_at(Some(s.parse().unwrap())).to_vec();
    assert_eq!(at(0, "1946-01-01"), ["USAGOV"]);
    assert_eq!(
        at(1, "1946-01-01"),
        ["USAGOV"],
        "name variants share the code lines after them"
    );
    assert_eq!(at(2, "1978-12-23"), ["RHO"]);
    assert_eq!(at(2, "2001-01-01"), ["ZBW"]);
}

#[test]
fn bad_agent_and_verb_lines_are_warnings() {
    let (ag, d) = parse_agents(
        "a.txt",
        "OFFICIAL [~GOV]\nBROKEN {X [~GOV]\nNOCODE\n!UNDEF!_MINISTER [~GOV]\n",
    );
    assert_eq!(ag.len(), 2, "OFFICIAL and OFFICIALS");
    assert_eq!(d.len(), 3, "{d:?}");
    let (v, d) = parse_verbs(
        "v.txt",
        "--- SAY [010] ---\nSAY {SAID}\n- * NOTHING\n- WITHOUT VERB [020]\n- * FOO [abc]\n- * &NOWHERE [030]\n- * THANKS [041]\n",
    );
    assert_eq!(v.blocks[0].patterns.len(), 2);
    let lines: Vec<usize> = d.iter().map(|x| x.line).collect();
    assert_eq!(lines, [3, 4, 5]);
}

#[test]
fn kinds_are_detected_and_an_empty_verb_set_codes_nothing() {
    assert_eq!(
        DictKind::detect("Phoenix.discards.txt", ""),
        Some(DictKind::Discards)
    );
    assert_eq!(
        DictKind::detect("x.txt", "OFFICIAL [~GOV]\n"),
        Some(DictKind::Agents)
    );
    assert_eq!(
        DictKind::detect("x.txt", "ARNOR [ARN]\n"),
        Some(DictKind::Actors)
    );
    let mut b = DictionariesBuilder::new();
    b.add_text("a.actors.txt", "ARNOR [ARN]\nGONDOR [GON]\n", None);
    let (dicts, _) = b.build();
    assert!(!dicts.has_verbs());
    let coder = PetrCoder::new(dicts);
    let doc = readout_text::Document::from_text(
        "d",
        "Arnor attacked Gondor.",
        chrono::NaiveDate::from_ymd_opt(2000, 1, 1),
    )
    .unwrap();
    assert!(coder.code(&doc, &Options::default()).is_empty());
}

#[test]
fn negation_and_discards() {
    let mut b = DictionariesBuilder::new();
    b.add_text("a.actors.txt", "ARNOR [ARN]\nGONDOR [GON]\n", None);
    b.add_text(
        "v.verbs.txt",
        "--- ATTACK [190] ---\nATTACK\n\n--- CONDEMN [122] ---\nCONDEMN\n- DID N'T * [022]\n",
        None,
    );
    b.add_text("d.discards.txt", "FOOTBALL\n", None);
    let (dicts, w) = b.build();
    assert!(w.is_empty(), "{w:?}");
    let coder = PetrCoder::new(dicts);
    let code = |t: &str| {
        let doc =
            readout_text::Document::from_text("d", t, chrono::NaiveDate::from_ymd_opt(2000, 1, 1))
                .unwrap();
        coder
            .code(&doc, &Options::default())
            .iter()
            .map(|e| {
                format!(
                    "{}>{}:{}",
                    e.source.as_ref().unwrap().code,
                    e.target.as_ref().unwrap().code,
                    e.cameo
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(code("Arnor attacked Gondor."), ["ARN>GON:190"]);
    assert!(
        code("Arnor did not attack Gondor.").is_empty(),
        "a negated verb no pattern covers is not coded"
    );
    assert_eq!(
        code("Arnor didn't condemn Gondor."),
        ["ARN>GON:022"],
        "a pattern for the negation codes it"
    );
    assert!(code("Arnor attacked Gondor in the football final.").is_empty());
}

#[test]
fn a_latin1_dictionary_loads_with_a_warning() {
    let dir = std::env::temp_dir().join(format!("readout-petrarch-latin1-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("old.actors.txt");
    std::fs::write(&f, b"ARNOR [ARN]\nBR\xC9E [BRE]\nGONDOR [GON]\n").unwrap();
    let mut b = DictionariesBuilder::new();
    b.add_path(&f).unwrap();
    let (d, w) = b.build();
    assert_eq!(d.actors.len(), 3);
    assert!(
        w.iter().any(|x| x.line == 2 && x.message.contains("UTF-8")),
        "{w:?}"
    );
    std::fs::remove_dir_all(&dir).ok();
}
