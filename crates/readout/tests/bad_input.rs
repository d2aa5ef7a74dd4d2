//! Bad input never stops a run: each case gets a clear stderr line naming the file, line and reason, the run
//! goes on, and the summary accounts for everything read.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Output};

fn readout(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_readout"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run readout")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write fixture");
    p.display().to_string()
}

const DATED: &str = "date 2022-06-16 Russia and China held talks in Beijing on Wednesday.";

#[test]
fn invalid_utf8_is_decoded_lossily_with_a_warning_naming_the_byte() {
    let d = tempfile::tempdir().unwrap();
    let mut bytes = DATED.as_bytes().to_vec();
    bytes.splice(20..20, [0xff, 0xfe]);
    let f = write(d.path(), "bad.txt", &bytes);
    let o = readout(&["code", &f], d.path());
    let e = stderr(&o);
    assert!(o.status.success(), "{e}");
    assert!(e.contains("bad.txt: invalid UTF-8 at byte 20"), "{e}");
    assert!(e.contains("1 documents read, 1 coded, 0 rejected"), "{e}");
}

#[test]
fn nul_bytes_are_replaced_with_a_warning() {
    let d = tempfile::tempdir().unwrap();
    let mut bytes = DATED.as_bytes().to_vec();
    bytes.insert(30, 0);
    let f = write(d.path(), "nul.txt", &bytes);
    let o = readout(&["code", &f], d.path());
    let e = stderr(&o);
    assert!(o.status.success(), "{e}");
    assert!(
        e.contains("nul.txt: 1 NUL byte(s), first at byte 30"),
        "{e}"
    );
    assert!(e.contains("1 coded"), "{e}");
}

#[test]
fn a_50_mb_single_line_document_is_read_and_segmented() {
    let d = tempfile::tempdir().unwrap();
    let sentence = "Officials in Kyiv said on Monday that talks with Warsaw would resume, ";
    let mut text = String::from("date 2024-01-10 ");
    while text.len() < 50 * 1024 * 1024 {
        text.push_str(sentence);
    }
    let f = write(d.path(), "huge.txt", text.as_bytes());
    let o = readout(&["code", &f], d.path());
    let e = stderr(&o);
    assert!(o.status.success(), "{e}");
    assert!(e.contains("1 documents read, 1 coded, 0 rejected"), "{e}");
}

#[test]
fn an_empty_document_is_rejected() {
    let d = tempfile::tempdir().unwrap();
    let f = write(d.path(), "empty.txt", b"  \n\n ");
    let o = readout(&["code", &f], d.path());
    let e = stderr(&o);
    assert!(o.status.success(), "{e}");
    assert!(
        e.contains("rejected") && e.contains("empty.txt: empty document"),
        "{e}"
    );
    assert!(e.contains("1 documents read, 0 coded, 1 rejected"), "{e}");
}

#[test]
fn bad_json_lines_are_rejected_with_file_line_and_reason_and_the_run_goes_on() {
    let d = tempfile::tempdir().unwrap();
    let lines = [
        r#"{"id":"a","date":"2022-06-16","text":"China and Russia held talks."}"#,
        r#"{"id":"b","date":"2022-06-16","text":"Unclosed"#,
        r#"{"date":"2022-06-16","text":"No id here."}"#,
        r#"{"id":"c","date":"2022-06-16"}"#,
        r#"{"id":"a","date":"2022-06-16","text":"Same id again."}"#,
        "",
        r#"{"id":"d","text":"No date anywhere."}"#,
        r#"{"id":"e","date":"16/06/2022","text":"Bad date."}"#,
        r#"["not","an","object"]"#,
        r#"{"id":"f","date":"2022-06-16","text":"Fine again."}"#,
    ];
    let f = write(d.path(), "in.jsonl", lines.join("\n").as_bytes());
    let o = readout(&["code", &f], d.path());
    let e = stderr(&o);
    assert!(o.status.success(), "{e}");
    assert!(e.contains("in.jsonl:2: malformed JSON"), "{e}");
    assert!(e.contains("in.jsonl:3: missing required field `id`"), "{e}");
    assert!(
        e.contains("in.jsonl:4: document \"c\": missing required field `text`"),
        "{e}"
    );
    assert!(
        e.contains("in.jsonl:5: duplicate id \"a\" (first seen at"),
        "{e}"
    );
    assert!(
        e.contains("in.jsonl:7: document \"d\": no publication date"),
        "{e}"
    );
    assert!(
        e.contains("in.jsonl:8: document \"e\": field `date`"),
        "{e}"
    );
    assert!(e.contains("in.jsonl:9: not a JSON object"), "{e}");
    // 10 lines: 2 documents, 7 rejected, 1 blank — every line accounted for.
    assert!(e.contains("9 documents read, 2 coded, 7 rejected"), "{e}");
    assert!(e.contains("10 JSON lines of which 1 blank"), "{e}");
}

#[test]
fn an_unreadable_file_is_rejected_and_later_inputs_are_still_read() {
    let d = tempfile::tempdir().unwrap();
    let good = write(d.path(), "good.txt", DATED.as_bytes());
    let missing = d.path().join("missing.txt").display().to_string();
    let o = readout(&["code", &missing, &good], d.path());
    let e = stderr(&o);
    assert!(o.status.success(), "{e}");
    assert!(e.contains("missing.txt: cannot read file"), "{e}");
    assert!(e.contains("2 documents read, 1 coded, 1 rejected"), "{e}");
}

#[test]
fn a_directory_with_binary_files_rejects_them_and_reads_the_rest_in_sorted_order() {
    let d = tempfile::tempdir().unwrap();
    let sub = d.path().join("corpus");
    std::fs::create_dir_all(sub.join("nested")).unwrap();
    write(&sub, "b.txt", DATED.as_bytes());
    write(&sub, "a.txt", DATED.as_bytes());
    write(&sub.join("nested"), "c.txt", DATED.as_bytes());
    let mut bin: Vec<u8> = (0u8..=255).cycle().take(4096).collect();
    bin[0] = 0x89;
    write(&sub, "image.png", &bin);
    let o = readout(&["code", sub.to_str().unwrap()], d.path());
    let e = stderr(&o);
    assert!(o.status.success(), "{e}");
    assert!(e.contains("image.png: binary file"), "{e}");
    assert!(e.contains("4 documents read, 3 coded, 1 rejected"), "{e}");
}

#[test]
fn a_text_file_without_any_date_is_rejected_unless_date_is_given() {
    let d = tempfile::tempdir().unwrap();
    let f = write(d.path(), "nodate.txt", b"China and Russia held talks.");
    let o = readout(&["code", &f], d.path());
    assert!(
        stderr(&o).contains("nodate.txt: no publication date"),
        "{}",
        stderr(&o)
    );
    let o = readout(&["code", "--date", "2022-06-16", &f], d.path());
    assert!(stderr(&o).contains("1 coded, 0 rejected"), "{}", stderr(&o));
}

#[test]
fn stdin_is_one_plain_text_document() {
    use std::io::Write;
    let d = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_readout"))
        .args(["code", "-"])
        .current_dir(d.path())
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(DATED.as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(
        stderr(&o).contains("1 documents read, 1 coded"),
        "{}",
        stderr(&o)
    );
}
