//! `readout demo`: the whole pipeline over the bundled sample corpus, as a first run for a new user.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Args;
use readout_text::Document;

use crate::cmd_explain::analyse;
use crate::samples::SAMPLES;

/// Arguments of `readout demo`.
#[derive(Args, Debug)]
pub struct DemoArgs {
    /// Where to write the JSON output.
    #[arg(long, default_value = "readout-demo-output")]
    pub out: PathBuf,
}

pub fn run(args: &DemoArgs) -> Result<ExitCode> {
    let mut o = std::io::stdout().lock();
    let coder = readout_coder::Coder::new(readout_lexicon::Lexicon::builtin(), Default::default());
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("cannot create {}", args.out.display()))?;
    let analysis_path = args.out.join("analysis.jsonl");
    let mut analysis = BufWriter::new(
        File::create(&analysis_path)
            .with_context(|| format!("cannot create {}", analysis_path.display()))?,
    );
    writeln!(
        o,
        "readout demo: {} bundled sample articles\n",
        SAMPLES.len()
    )?;
    writeln!(
        o,
        "{:<24} {:<10} {:<9} {:>9} {:>7}  time expressions",
        "document", "published", "from", "sentences", "tokens"
    )?;
    for (name, text) in SAMPLES {
        let Some(doc) = Document::from_text(name, text, None) else {
            eprintln!("readout: rejected {name}: no publication date");
            continue;
        };
        let mut store = Vec::new();
        let view = analyse(&doc, &coder, &mut store, None);
        let tokens: usize = view.sentences.iter().map(|s| s.tokens.len()).sum();
        let times: Vec<String> = view
            .sentences
            .iter()
            .flat_map(|s| s.times.iter().map(|t| format!("{} → {}", t.text, t.value)))
            .collect();
        writeln!(
            o,
            "{:<24} {:<10} {:<9} {:>9} {:>7}  {}",
            name,
            view.date.to_string(),
            format!("{:?}", view.date_source).to_lowercase(),
            view.sentences.len(),
            tokens,
            times.join("; ")
        )?;
        serde_json::to_writer(&mut analysis, &view)?;
        analysis.write_all(b"\n")?;
    }
    analysis.flush()?;
    writeln!(
        o,
        "\nStages run: reading, datelines, sentences, tokens, time expressions."
    )?;
    writeln!(
        o,
        "Not built yet: actor resolution, event coding, quotes (see README, \"Status\")."
    )?;
    writeln!(o, "JSON output: {}", analysis_path.display())?;
    Ok(ExitCode::SUCCESS)
}
