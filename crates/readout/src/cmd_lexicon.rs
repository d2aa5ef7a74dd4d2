//! `readout lexicon`: check, count and query lexicons.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};
use readout_lexicon::{check::check, Context, Lexicon, LexiconBuilder};
use readout_text::tokenize;
use serde::Serialize;

use crate::parse_date;

/// Which lexicon to load.
#[derive(Args, Debug, Clone, Default)]
pub struct LexiconArgs {
    /// Add a lexicon: a `.lex` file or directory of them, or a PETRARCH/TABARI dictionary file (repeatable).
    #[arg(long = "lexicon", value_name = "PATH")]
    pub lexicon: Vec<PathBuf>,
    /// Do not load the built-in lexicon.
    #[arg(long)]
    pub no_builtin: bool,
    /// Format of the `--lexicon` files: `auto` reads `.lex` files and directories as readout lexicons and
    /// any other file as a PETRARCH/TABARI dictionary.
    #[arg(long, value_enum, default_value_t = LexFormat::Auto)]
    pub lexicon_format: LexFormat,
}

/// Lexicon file formats.
#[derive(clap::ValueEnum, Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum LexFormat {
    /// By file name: `.lex` and directories are readout's, anything else PETRARCH's.
    #[default]
    Auto,
    /// readout's own `.lex` format.
    Readout,
    /// PETRARCH/TABARI dictionaries (verbs, actors, agents, discards, issues; kind from the file name).
    Petrarch,
}

impl LexiconArgs {
    /// Loads the lexicon, printing load problems to stderr.
    pub fn load(&self, extra: &[PathBuf]) -> Result<(Lexicon, Vec<readout_lexicon::Diagnostic>)> {
        let mut b = LexiconBuilder::new();
        b.builtin(!self.no_builtin);
        let (readout_paths, _) = self.split_paths(extra);
        for p in readout_paths {
            b.add_path(p)?;
        }
        Ok(b.build())
    }
}

/// `readout lexicon …`
#[derive(Subcommand, Debug)]
pub enum LexiconCommand {
    /// Report `file:line: problem` for every malformed entry, unknown code, overlapping term or duplicate.
    Check {
        /// Files or directories to check together with the built-in lexicon.
        paths: Vec<PathBuf>,
        #[command(flatten)]
        lex: LexiconArgs,
    },
    /// Count what the lexicon holds.
    Stats {
        /// Print JSON.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        lex: LexiconArgs,
    },
    /// Show what a phrase resolves to at a date.
    Lookup {
        /// The phrase (`President Biden`, `Chinese Foreign Ministry`).
        phrase: String,
        /// The date to resolve terms in office at.
        #[arg(long, value_parser = parse_date)]
        date: Option<NaiveDate>,
        /// Countries the surrounding document is about (alpha-3, repeatable), to settle ambiguous names.
        #[arg(long = "context-country")]
        context_country: Vec<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        lex: LexiconArgs,
    },
}

#[derive(Serialize)]
struct LookupRow<'a> {
    text: &'a str,
    span: [usize; 2],
    #[serde(flatten)]
    actor: &'a readout_lexicon::ResolvedActor,
}

pub fn run(cmd: &LexiconCommand) -> Result<ExitCode> {
    let mut o = std::io::stdout().lock();
    match cmd {
        LexiconCommand::Check { paths, lex } => {
            let t = Instant::now();
            let (readout_paths, _) = lex.split_paths(paths);
            let only_petrarch = lex.no_builtin && readout_paths.is_empty();
            let (lexicon, mut diags) = lex.load(paths)?;
            let loaded = t.elapsed();
            if only_petrarch {
                diags.clear();
            } else {
                diags.extend(check(&lexicon));
            }
            // PETRARCH dictionaries: every line the reader could not use.
            let (_, petr) = lex.split_paths(paths);
            if !petr.is_empty() {
                let mut b = readout_petrarch::DictionariesBuilder::new();
                for p in petr {
                    b.add_path(p)?;
                }
                diags.extend(b.build().1);
            }
            for d in &diags {
                writeln!(o, "{d}")?;
            }
            let s = lexicon.stats();
            eprintln!(
                "readout: {} problems in {} files ({} people, {} patterns; loaded in {} ms)",
                diags.len(),
                lexicon.files().len(),
                s.persons,
                s.verb_patterns,
                loaded.as_millis()
            );
            Ok(if diags.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        LexiconCommand::Stats { json, lex } => {
            let (lexicon, diags) = lex.load(&[])?;
            for d in &diags {
                eprintln!("readout: {d}");
            }
            if let Some(p) = lex.load_petrarch(&[], true)? {
                let counts = p.dictionaries().counts();
                if *json {
                    let m: std::collections::BTreeMap<&str, usize> = counts.into_iter().collect();
                    writeln!(o, "{}", serde_json::to_string_pretty(&m)?)?;
                } else {
                    for (k, n) in counts {
                        writeln!(o, "petrarch {k:<16} {n}")?;
                    }
                }
                if lex.no_builtin {
                    return Ok(ExitCode::SUCCESS);
                }
            }
            let s = lexicon.stats();
            if *json {
                writeln!(o, "{}", serde_json::to_string_pretty(&s)?)?;
            } else {
                writeln!(o, "countries            {}", s.countries)?;
                writeln!(o, "places               {}", s.places)?;
                writeln!(o, "igos                 {}", s.igos)?;
                writeln!(
                    o,
                    "persons              {} ({} terms in office)",
                    s.persons, s.roles
                )?;
                writeln!(o, "organisations        {}", s.organisations)?;
                writeln!(o, "agents               {}", s.agents)?;
                writeln!(o, "verb_patterns        {}", s.verb_patterns)?;
                writeln!(
                    o,
                    "cameo_codes_covered  {} of {} sub-codes",
                    s.cameo_codes_covered,
                    lexicon.ontology().sub_codes().count()
                )?;
                writeln!(o, "discards             {}", s.discards)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        LexiconCommand::Lookup {
            phrase,
            date,
            context_country,
            json,
            lex,
        } => {
            let (lexicon, diags) = lex.load(&[])?;
            for d in &diags {
                eprintln!("readout: {d}");
            }
            let date = date.unwrap_or_else(|| chrono::Utc::now().date_naive());
            let toks: Vec<_> = tokenize(phrase, 0..phrase.len()).collect();
            let mut ctx = Context::at(date);
            ctx.countries = context_country.iter().map(|c| c.to_uppercase()).collect();
            let found = lexicon.actors(&toks, phrase, &ctx);
            let rows: Vec<LookupRow> = found
                .iter()
                .map(|m| {
                    let (a, b) = (toks[m.start].span.start, toks[m.end - 1].span.end);
                    LookupRow {
                        text: &phrase[a..b],
                        span: [a, b],
                        actor: &m.actor,
                    }
                })
                .collect();
            if *json {
                writeln!(o, "{}", serde_json::to_string_pretty(&rows)?)?;
            } else if rows.is_empty() {
                writeln!(o, "{phrase:?}: nothing in the lexicon at {date}")?;
            } else {
                for r in &rows {
                    let a = r.actor;
                    writeln!(o, "{:?} at {date}", r.text)?;
                    writeln!(
                        o,
                        "  code     {}",
                        a.code.as_deref().unwrap_or("(unresolved)")
                    )?;
                    writeln!(
                        o,
                        "  entity   {:?} {}",
                        a.kind,
                        a.name.as_deref().unwrap_or("")
                    )?;
                    writeln!(o, "  country  {}", a.country.as_deref().unwrap_or("-"))?;
                    writeln!(o, "  sector   {}", a.sector.as_deref().unwrap_or("-"))?;
                    writeln!(o, "  id       {}", a.id.as_deref().unwrap_or("-"))?;
                    writeln!(o, "  how      {}", a.how)?;
                    if !a.rules.is_empty() {
                        writeln!(o, "  entries  {}", a.rules.join(", "))?;
                    }
                    if !a.candidates.is_empty() {
                        writeln!(o, "  could be {}", a.candidates.join("; "))?;
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
