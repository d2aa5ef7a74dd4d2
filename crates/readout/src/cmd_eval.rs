//! `readout eval`: score the coder against gold files.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use clap::{Args, ValueEnum};
use readout_coder::eval::{read_gold, score_plover, score_triples_with, PloverRecord, Split};

use crate::cmd_lexicon::LexiconArgs;

/// Which records of a gold file to score.
#[derive(ValueEnum, Debug, Clone, Copy)]
pub enum SplitArg {
    /// All records.
    All,
    /// The 75 % development split.
    Train,
    /// The 25 % held-out split.
    Test,
}

/// Arguments of `readout eval`.
#[derive(Args, Debug)]
pub struct EvalArgs {
    /// Gold files (JSON Lines).
    #[arg(required = true)]
    pub gold: Vec<PathBuf>,
    /// The files are PLOVER gold-standard records (`gsr-dev.jsonl` form).
    #[arg(long)]
    pub plover: bool,
    /// The files are quote gold records (`id`, `date`, `text`, `quotes: [{text, kind, speaker}]`).
    #[arg(long, conflicts_with = "plover")]
    pub quotes: bool,
    /// Which split of a triples gold file to score.
    #[arg(long, value_enum, default_value_t = SplitArg::All)]
    pub split: SplitArg,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    /// List the records that failed.
    #[arg(long)]
    pub misses: bool,
    /// A PETRARCH coding option (`KEY=VALUE`), under any a gold record sets itself.
    #[arg(long = "petrarch-option", value_name = "KEY=VALUE")]
    pub petrarch_option: Vec<String>,
    #[command(flatten)]
    pub lex: LexiconArgs,
}

pub fn run(args: &EvalArgs) -> Result<ExitCode> {
    let engine = args.lex.engine(Default::default(), &args.petrarch_option)?;
    let builtin = || {
        engine
            .builtin
            .as_ref()
            .context("quote and PLOVER scoring need readout's own lexicon (drop --no-builtin)")
    };
    let mut o = std::io::stdout().lock();
    let mut texts = Vec::new();
    for g in &args.gold {
        texts.push((
            g.display().to_string(),
            std::fs::read_to_string(g).with_context(|| format!("cannot read {}", g.display()))?,
        ));
    }
    if args.quotes {
        let mut recs = Vec::new();
        for (name, t) in &texts {
            for (i, line) in t.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
                match serde_json::from_str::<readout_coder::eval::QuoteGoldRecord>(line) {
                    Ok(r) => recs.push(r),
                    Err(e) => eprintln!("readout: rejected {name}:{}: {e}", i + 1),
                }
            }
        }
        let rep = readout_coder::eval::score_quotes(builtin()?, &recs);
        if args.json {
            writeln!(o, "{}", serde_json::to_string_pretty(&rep)?)?;
            return Ok(ExitCode::SUCCESS);
        }
        writeln!(o, "quote records         {}", rep.records)?;
        writeln!(o, "gold / produced       {} / {}", rep.gold, rep.produced)?;
        writeln!(o, "quote-span precision  {:.3}", rep.precision)?;
        writeln!(o, "quote-span recall     {:.3}", rep.recall)?;
        writeln!(o, "quote-span F1         {:.3}", rep.f1)?;
        writeln!(
            o,
            "speaker accuracy      {:.3} (of matched quotes)",
            rep.speaker_accuracy
        )?;
        writeln!(
            o,
            "kind accuracy         {:.3} (of matched quotes)",
            rep.kind_accuracy
        )?;
        if args.misses {
            for (id, gold, got) in &rep.misses {
                writeln!(o, "MISS {id}: gold {gold:?}\n     produced {got:?}")?;
            }
        }
        return Ok(ExitCode::SUCCESS);
    }
    if args.plover {
        let mut recs = Vec::new();
        for (name, t) in &texts {
            for (i, line) in t.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
                match serde_json::from_str::<PloverRecord>(line) {
                    Ok(r) => recs.push(r),
                    Err(e) => eprintln!("readout: rejected {name}:{}: {e}", i + 1),
                }
            }
        }
        let rep = score_plover(builtin()?, &recs);
        if args.json {
            writeln!(o, "{}", serde_json::to_string_pretty(&rep)?)?;
            return Ok(ExitCode::SUCCESS);
        }
        writeln!(o, "PLOVER records        {}", rep.records)?;
        writeln!(o, "type                  {:.1} %", rep.type_acc * 100.0)?;
        writeln!(o, "type+source           {:.1} %", rep.type_source * 100.0)?;
        writeln!(o, "type+source+target    {:.1} %", rep.full * 100.0)?;
        writeln!(o, "dyad (any type)       {:.1} %", rep.dyad * 100.0)?;
        writeln!(
            o,
            "wrong-type events     {} ({:.2} per record)",
            rep.wrong_type_events,
            rep.wrong_type_events as f64 / rep.records.max(1) as f64
        )?;
        writeln!(o, "\nper type (hits / records):")?;
        for (t, (h, n)) in &rep.per_type {
            writeln!(o, "  {t:<12} {h:>3} / {n:<3}")?;
        }
        if args.misses {
            for (id, gold, got) in &rep.misses {
                writeln!(o, "MISS {id}: gold {gold}, produced {got:?}")?;
            }
            for (id, gold, got) in &rep.actor_misses {
                writeln!(o, "ACTORS {id}: gold {gold}, produced {got:?}")?;
            }
        }
        return Ok(ExitCode::SUCCESS);
    }
    // Listing misses over a whole gold file shows the held-out records too; say so, since a split tuned on by
    // reading its misses is no longer held out.
    if args.misses && matches!(args.split, SplitArg::All) {
        eprintln!(
            "readout: --misses lists every record, the held-out split's included; use --split train to see only \
             the development split"
        );
    }
    let split = match args.split {
        SplitArg::All => Split::All,
        SplitArg::Train => Split::Train,
        SplitArg::Test => Split::Test,
    };
    let mut recs = Vec::new();
    for (name, t) in &texts {
        let (r, errs) = read_gold(t);
        for e in errs {
            eprintln!("readout: rejected {name}:{e}");
        }
        recs.extend(r);
    }
    let rep = score_triples_with(&recs, split, |r, doc| engine.code_with(doc, &r.config));
    if args.json {
        writeln!(o, "{}", serde_json::to_string_pretty(&rep)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(o, "records               {}", rep.records)?;
    writeln!(
        o,
        "exact-record match    {} ({:.1} %)",
        rep.exact,
        rep.exact_rate * 100.0
    )?;
    writeln!(o, "triple precision      {:.3}", rep.precision)?;
    writeln!(o, "triple recall         {:.3}", rep.recall)?;
    writeln!(o, "triple F1             {:.3}", rep.f1)?;
    let loose: Vec<String> = rep
        .relaxed
        .iter()
        .map(|(k, v)| format!("{k} {v:.3}"))
        .collect();
    writeln!(o, "relaxed F1            {}", loose.join(", "))?;
    writeln!(o, "\nper root      P      R   (tp/produced/expected)")?;
    for (r, s) in &rep.roots {
        let p = if s.produced == 0 {
            0.0
        } else {
            s.true_positives as f64 / s.produced as f64
        };
        let rc = if s.expected == 0 {
            0.0
        } else {
            s.true_positives as f64 / s.expected as f64
        };
        writeln!(
            o,
            "  {r}       {p:.2}   {rc:.2}   ({}/{}/{})",
            s.true_positives, s.produced, s.expected
        )?;
    }
    writeln!(
        o,
        "\nroot confusion (expected root -> produced root for missed triples):"
    )?;
    for (r, row) in &rep.confusion {
        let cells: Vec<String> = row.iter().map(|(k, v)| format!("{k}:{v}")).collect();
        writeln!(o, "  {r:<9} {}", cells.join("  "))?;
    }
    if rep.categories.len() > 1 {
        writeln!(o, "\nper category (passed / records):")?;
        for (c, (p, n)) in &rep.categories {
            writeln!(
                o,
                "  {c:<16} {p:>4} / {n:<4} ({:.0} %)",
                *p as f64 * 100.0 / (*n).max(1) as f64
            )?;
        }
    }
    if args.misses {
        for m in &rep.misses {
            writeln!(
                o,
                "MISS {}: expected {:?} produced {:?}",
                m.id, m.expected, m.produced
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
