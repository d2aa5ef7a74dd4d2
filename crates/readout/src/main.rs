//! `readout` — the command-line front end. Thin by design: it parses arguments, wires the pipeline crates
//! together and prints; all the work lives in `crates/readout-*`.

mod cmd_bench;
mod cmd_claims;
mod cmd_code;
mod cmd_demo;
mod cmd_eval;
mod cmd_explain;
mod cmd_lexicon;
mod cmd_quotes;
mod engine;
mod ingest;
mod samples;

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

/// Political event data from news text: who did what to whom, when, according to whom.
#[derive(Parser, Debug)]
#[command(name = "readout", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Code documents into CAMEO/PLOVER event records (JSON Lines).
    Code(cmd_code::CodeArgs),
    /// Extract quotes and their speakers (JSON Lines).
    Quotes(cmd_quotes::QuotesArgs),
    /// One document's events and quotes grouped by who asserted them, with the accounts side by side.
    Claims(cmd_claims::ClaimsArgs),
    /// Show how a sentence or document is analysed, layer by layer.
    Explain(cmd_explain::ExplainArgs),
    /// Inspect and check lexicons.
    #[command(subcommand)]
    Lexicon(cmd_lexicon::LexiconCommand),
    /// Score the coder against a gold file.
    Eval(cmd_eval::EvalArgs),
    /// Run the whole pipeline over the bundled sample articles and show what it found.
    Demo(cmd_demo::DemoArgs),
    /// Measure load time, throughput, linearity and memory on this machine.
    Bench(cmd_bench::BenchArgs),
}

/// Input selection shared by the commands that read documents.
#[derive(Args, Debug, Clone)]
pub struct InputArgs {
    /// Files or directories to read (directories recursively, in sorted order); `-` or nothing reads stdin.
    pub inputs: Vec<PathBuf>,
    /// How to read the inputs.
    #[arg(long, value_enum, default_value_t = Format::Auto)]
    pub input_format: Format,
    /// Publication date for documents that carry none (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
}

/// Input formats.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `.jsonl` files as JSON Lines, anything else as plain text.
    Auto,
    /// JSON Lines, one document per line.
    Jsonl,
    /// Plain text, one document per file.
    Text,
}

/// Parses a `YYYY-MM-DD` date argument.
pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|e| format!("{s:?} is not a YYYY-MM-DD date: {e}"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Code(args) => cmd_code::run(&args),
        Command::Explain(args) => cmd_explain::run(&args),
        Command::Claims(args) => cmd_claims::run(&args),
        Command::Demo(args) => cmd_demo::run(&args),
        Command::Bench(args) => cmd_bench::run(&args),
        Command::Quotes(args) => cmd_quotes::run(&args),
        Command::Lexicon(cmd) => cmd_lexicon::run(&cmd),
        Command::Eval(args) => cmd_eval::run(&args),
    };
    match result {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("readout: error: {e:#}");
            ExitCode::from(1)
        }
    }
}

/// A reader that closed our stdout early (`readout ... | head`) is not an error.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
