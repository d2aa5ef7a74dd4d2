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
    let create = |name: &str| -> Result<(PathBuf, BufWriter<File>)> {
        let p = args.out.join(name);
        let f = File::create(&p).with_context(|| format!("cannot create {}", p.display()))?;
        Ok((p, BufWriter::new(f)))
    };
    let (events_path, mut events_out) = create("events.jsonl")?;
    let (quotes_path, mut quotes_out) = create("quotes.jsonl")?;
    let mut total_quotes = 0;
    let (analysis_path, mut analysis) = create("analysis.jsonl")?;
    writeln!(
        o,
        "readout demo: the whole pipeline over {} bundled sample articles\n",
        SAMPLES.len()
    )?;
    let mut total = 0;
    for (name, text) in SAMPLES {
        let Some(doc) = Document::from_text(name, text, None) else {
            eprintln!("readout: rejected {name}: no publication date");
            continue;
        };
        let mut store = Vec::new();
        let view = analyse(&doc, &coder, &mut store, None);
        let tokens: usize = view.sentences.iter().map(|s| s.tokens.len()).sum();
        writeln!(
            o,
            "{name}  published {} (from {:?}), {} sentences, {tokens} tokens",
            view.date,
            view.date_source,
            view.sentences.len()
        )?;
        for s in &view.sentences {
            for e in &s.events {
                total += 1;
                writeln!(
                    o,
                    "  {:<10} {:<5} {:<11} {:<10} {:<11} {}{}",
                    e.source.as_ref().map_or("-", |a| a.code.as_str()),
                    e.cameo,
                    e.plover.as_deref().unwrap_or("-"),
                    e.target.as_ref().map_or("-", |a| a.code.as_str()),
                    e.date.as_deref().unwrap_or("(past)"),
                    e.evidence.trigger,
                    e.attributed_to
                        .as_ref()
                        .map(|a| format!("  [according to {}]", a.code))
                        .unwrap_or_default()
                )?;
                serde_json::to_writer(&mut events_out, e)?;
                events_out.write_all(b"\n")?;
            }
        }
        for q in coder.quotes(&doc) {
            total_quotes += 1;
            writeln!(
                o,
                "  quote      {:<40} {}",
                q.speaker.as_ref().map_or_else(
                    || "(no speaker)".to_string(),
                    |s| format!("{} ({})", s.text, s.code)
                ),
                q.text
            )?;
            serde_json::to_writer(&mut quotes_out, &q)?;
            quotes_out.write_all(b"\n")?;
        }
        serde_json::to_writer(&mut analysis, &view)?;
        analysis.write_all(b"\n")?;
    }
    events_out.flush()?;
    quotes_out.flush()?;
    analysis.flush()?;
    writeln!(
        o,
        "\n{total} events (columns: source, CAMEO, PLOVER, target, date, trigger)."
    )?;
    writeln!(o, "Events (record contract): {}", events_path.display())?;
    writeln!(
        o,
        "Quotes ({total_quotes}, record contract): {}",
        quotes_path.display()
    )?;
    writeln!(
        o,
        "Every layer of the analysis (sentences, tokens, times, actors, triggers): {}",
        analysis_path.display()
    )?;
    writeln!(
        o,
        "See how any sentence was coded: readout explain \"<sentence>\" --date YYYY-MM-DD"
    )?;
    Ok(ExitCode::SUCCESS)
}
