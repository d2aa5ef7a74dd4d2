//! `readout claims FILE`: a document's events and quotes grouped by who asserted them, side by side.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Result};
use chrono::NaiveDate;
use clap::Args;
use readout_coder::claims::Item;
use readout_coder::CoderOptions;
use readout_text::{DocumentReader, Input, ReadItem, ReaderOptions};

use crate::cmd_code::coder;
use crate::cmd_lexicon::LexiconArgs;
use crate::parse_date;

/// Arguments of `readout claims`.
#[derive(Args, Debug)]
pub struct ClaimsArgs {
    /// The document (a text file, or the first document of a JSON Lines file).
    pub file: PathBuf,
    /// Publication date, if the document has none.
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub lex: LexiconArgs,
}

pub fn run(args: &ClaimsArgs) -> Result<ExitCode> {
    let coder = coder(&args.lex, CoderOptions::default())?;
    let mut rd = DocumentReader::new(
        vec![Input::Path(args.file.clone())],
        ReaderOptions {
            default_date: args.date,
            ..Default::default()
        },
    );
    let doc = loop {
        match rd.next() {
            Some(ReadItem::Document(d)) => break d,
            Some(ReadItem::Warning(w)) => eprintln!("readout: warning {w}"),
            Some(ReadItem::Rejected(r)) => bail!("{r}"),
            None => bail!("{}: no document", args.file.display()),
        }
    };
    let claims = coder.claims(&doc);
    let mut o = std::io::stdout().lock();
    if args.json {
        writeln!(o, "{}", serde_json::to_string_pretty(&claims)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(
        o,
        "Claims in {} (published {}), by who asserts them\n",
        claims.doc_id, doc.date
    )?;
    let short = |s: &str, n: usize| {
        if s.chars().count() > n {
            format!("{}…", s.chars().take(n).collect::<String>())
        } else {
            s.to_string()
        }
    };
    for a in &claims.accounts {
        writeln!(o, "== {} ({} items)", a.label, a.items.len())?;
        for item in &a.items {
            match item {
                Item::Event { event: e, also_by } => {
                    let only = if also_by.is_empty() {
                        format!("  [{} only]", a.label)
                    } else {
                        format!("  [also: {}]", also_by.join(", "))
                    };
                    writeln!(
                        o,
                        "  event  {} {} -> {} {} ({}){only}",
                        e.cameo,
                        e.source.as_ref().map_or("-", |x| x.code.as_str()),
                        e.target.as_ref().map_or("-", |x| x.code.as_str()),
                        short(&e.evidence.trigger, 40),
                        e.date.as_deref().unwrap_or("past"),
                    )?;
                }
                Item::Quote { quote: q } => {
                    writeln!(
                        o,
                        "  quote  {:?}  ({} {})  [{} only]",
                        short(&q.text, 90),
                        q.speaker.as_ref().map_or("-", |s| s.text.as_str()),
                        q.cue.as_deref().unwrap_or(""),
                        a.label
                    )?;
                }
            }
        }
        writeln!(o)?;
    }
    let shared: Vec<_> = claims
        .aligned
        .iter()
        .filter(|x| x.sources.len() > 1)
        .collect();
    if !shared.is_empty() {
        writeln!(o, "Events more than one source gives an account of:")?;
        for x in shared {
            writeln!(
                o,
                "  root {} between {} on {}: {}",
                x.root,
                x.parties.join(" and "),
                x.date.as_deref().unwrap_or("?"),
                x.sources.join(", ")
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
