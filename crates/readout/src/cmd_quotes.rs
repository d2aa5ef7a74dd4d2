//! `readout quotes`: documents in, quote records out (JSON Lines).

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use clap::Args;
use readout_coder::CoderOptions;

use crate::cmd_code::coder;
use crate::cmd_lexicon::LexiconArgs;
use crate::ingest::for_each_document;
use crate::InputArgs;

/// Arguments of `readout quotes`.
#[derive(Args, Debug)]
pub struct QuotesArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Write records here instead of stdout.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub lex: LexiconArgs,
}

pub fn run(args: &QuotesArgs) -> Result<ExitCode> {
    let coder = coder(&args.lex, CoderOptions::default())?;
    let mut out: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(BufWriter::new(
            File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        )),
        None => Box::new(BufWriter::new(std::io::stdout().lock())),
    };
    let summary = for_each_document(&args.input, |doc| {
        let quotes = coder.quotes(doc);
        for q in &quotes {
            serde_json::to_writer(&mut out, q)?;
            out.write_all(b"\n")?;
        }
        Ok(quotes.len())
    })?;
    out.flush()?;
    summary.print("quotes");
    Ok(ExitCode::SUCCESS)
}
