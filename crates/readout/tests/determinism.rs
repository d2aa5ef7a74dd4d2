//! The same input gives byte-identical output whatever the thread count.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

#[test]
fn code_output_is_identical_with_one_and_two_threads() {
    let d = tempfile::tempdir().unwrap();
    let samples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let mut lines = Vec::new();
    for round in 0..60 {
        for entry in std::fs::read_dir(&samples).unwrap() {
            let p = entry.unwrap().path();
            let text = std::fs::read_to_string(&p).unwrap();
            let id = format!("{round}-{}", p.file_name().unwrap().to_string_lossy());
            lines.push(serde_json::json!({"id": id, "text": text}).to_string());
        }
    }
    lines.sort();
    let input = d.path().join("corpus.jsonl");
    std::fs::write(&input, lines.join("\n")).unwrap();
    let run = |threads: &str| {
        let o = Command::new(env!("CARGO_BIN_EXE_readout"))
            .args(["code", "--threads", threads])
            .arg(&input)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        o.stdout
    };
    let one = run("1");
    assert!(!one.is_empty());
    assert_eq!(one, run("2"));
}
