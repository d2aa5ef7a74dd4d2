//! `readout code`: documents in, event records out (JSON Lines).

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use clap::Args;
use readout_coder::{Coder, CoderOptions};

use crate::cmd_lexicon::LexiconArgs;
use crate::ingest::for_each_document_parallel;
use crate::InputArgs;

/// Arguments of `readout code`.
#[derive(Args, Debug)]
pub struct CodeArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Write records here instead of stdout.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Also emit negated and refused actions, with `negated: true`.
    #[arg(long)]
    pub keep_negated: bool,
    /// Also emit plain statements (CAMEO 010: "said", "told reporters").
    #[arg(long)]
    pub statements: bool,
    /// Worker threads (0: one per core). The output is the same whatever the number.
    #[arg(long, default_value_t = 0)]
    pub threads: usize,
    /// A PETRARCH coding option for PETRARCH dictionaries, `KEY=VALUE` as in `PETR_config.ini`
    /// (`require_dyad=false`, `comma_emax=0`, `new_actor_length=4`; repeatable).
    #[arg(long = "petrarch-option", value_name = "KEY=VALUE")]
    pub petrarch_option: Vec<String>,
    #[command(flatten)]
    pub lex: LexiconArgs,
}

/// Builds the coder from command-line lexicon options, reporting lexicon problems on stderr.
pub fn coder(lex: &LexiconArgs, opts: CoderOptions) -> Result<Coder> {
    let (lexicon, diags) = lex.load(&[])?;
    for d in &diags {
        eprintln!("readout: lexicon: {d}");
    }
    Ok(Coder::new(lexicon, opts))
}

pub fn run(args: &CodeArgs) -> Result<ExitCode> {
    let engine = args.lex.engine(
        CoderOptions {
            keep_negated: args.keep_negated,
            statements: args.statements,
        },
        &args.petrarch_option,
    )?;
    let mut out: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(BufWriter::new(
            File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        )),
        None => Box::new(BufWriter::new(std::io::stdout().lock())),
    };
    let summary = for_each_document_parallel(
        &args.input,
        args.threads,
        |doc| engine.code(doc),
        |events| {
            for e in &events {
                serde_json::to_writer(&mut out, e)?;
                out.write_all(b"\n")?;
            }
            Ok(events.len())
        },
    )?;
    out.flush()?;
    summary.print("events");
    Ok(ExitCode::SUCCESS)
}
