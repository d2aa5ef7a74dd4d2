//! `readout bench`: how fast the stages are on this machine (load time, throughput, linearity, memory).
//! Timing lives here and in benchmarks, never in tests.

use std::io::Write;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::Result;
use clap::Args;
use readout_lexicon::{Context, LexiconBuilder};
use readout_text::{find_times, Document};

use crate::samples::SAMPLES;

/// Arguments of `readout bench`.
#[derive(Args, Debug)]
pub struct BenchArgs {
    /// Repetitions of each measurement (the median is reported).
    #[arg(long, default_value_t = 5)]
    pub runs: usize,
    /// Size of the synthetic document for the throughput run, in KiB.
    #[arg(long, default_value_t = 1024)]
    pub kib: usize,
    /// PETRARCH/TABARI dictionaries to time as well (load, and coding the same corpus with them).
    #[arg(long = "lexicon", value_name = "PATH")]
    pub petrarch: Vec<std::path::PathBuf>,
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Bodies of the bundled samples, repeated to about `bytes`, as one dated document.
fn corpus(bytes: usize) -> String {
    let mut text = String::from("date 2024-07-03 ");
    while text.len() < bytes {
        for (_, t) in SAMPLES {
            let body_start = readout_text::dateline::read_header(t, None).body_start;
            text.push_str(&t[body_start..]);
            text.push_str("\n\n");
        }
    }
    text
}

/// Peak resident memory of this process, from /proc (Linux), in MiB.
fn peak_rss_mib() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

pub fn run(args: &BenchArgs) -> Result<ExitCode> {
    let mut o = std::io::stdout().lock();
    let runs = args.runs.max(1);
    let mut loads = Vec::new();
    let mut lex = None;
    for _ in 0..runs {
        let t = Instant::now();
        let (l, _) = LexiconBuilder::new().build();
        loads.push(t.elapsed());
        lex = Some(l);
    }
    let Some(lex) = lex else {
        return Ok(ExitCode::FAILURE);
    };
    writeln!(
        o,
        "lexicon load (built-in, {} people, {} patterns): median {:.1} ms over {runs} runs",
        lex.stats().persons,
        lex.stats().verb_patterns,
        median(loads).as_secs_f64() * 1e3
    )?;

    let stages = |text: &str| -> (usize, usize, usize) {
        let Some(doc) = Document::from_text("bench", text, None) else {
            return (0, 0, 0);
        };
        let mut ctx = Context::at(doc.date);
        let (mut sentences, mut tokens, mut actors) = (0, 0, 0);
        for s in doc.sentences() {
            sentences += 1;
            tokens += s.tokens.len();
            let _ = find_times(&s.tokens, &doc.text, doc.date);
            for m in lex.actors(&s.tokens, &doc.text, &ctx) {
                ctx.note(&m.actor);
                actors += 1;
            }
        }
        (sentences, tokens, actors)
    };
    let small = corpus(args.kib * 1024 / 10);
    let big = corpus(args.kib * 1024);
    let mut t_small = Vec::new();
    let mut t_big = Vec::new();
    let mut counts = (0, 0, 0);
    for _ in 0..runs {
        let t = Instant::now();
        stages(&small);
        t_small.push(t.elapsed());
        let t = Instant::now();
        counts = stages(&big);
        t_big.push(t.elapsed());
    }
    let (ts, tb) = (median(t_small), median(t_big));
    let mb = big.len() as f64 / 1e6;
    writeln!(
        o,
        "text + actors on {:.1} MB ({} sentences, {} tokens, {} actor mentions): {:.0} ms, {:.1} MB/s, {:.0} sentences/s",
        mb,
        counts.0,
        counts.1,
        counts.2,
        tb.as_secs_f64() * 1e3,
        mb / tb.as_secs_f64(),
        counts.0 as f64 / tb.as_secs_f64()
    )?;
    writeln!(
        o,
        "linearity: a document 10x longer takes {:.1}x as long ({:.0} ms vs {:.0} ms)",
        tb.as_secs_f64() / ts.as_secs_f64().max(1e-9),
        tb.as_secs_f64() * 1e3,
        ts.as_secs_f64() * 1e3
    )?;
    if !args.petrarch.is_empty() {
        let mut loads = Vec::new();
        let mut built = None;
        for _ in 0..runs {
            let t = Instant::now();
            let mut b = readout_petrarch::DictionariesBuilder::new();
            for p in &args.petrarch {
                b.add_path(p)?;
            }
            let (d, w) = b.build();
            loads.push(t.elapsed());
            built = Some((d, w.len()));
        }
        if let Some((dicts, warnings)) = built {
            let counts = dicts.counts();
            writeln!(
                o,
                "PETRARCH dictionaries ({} actor phrases, {} agent phrases, {} verb patterns): median load {:.1} ms over {runs} runs, {warnings} warnings",
                counts[1].1,
                counts[2].1,
                counts[4].1,
                median(loads).as_secs_f64() * 1e3
            )?;
            let coder = readout_petrarch::PetrCoder::new(dicts);
            let opts = readout_petrarch::Options::default();
            if let Some(doc) = Document::from_text("bench", &big, None) {
                let n = doc.sentences().count();
                let mut times = Vec::new();
                let mut events = 0;
                for _ in 0..runs {
                    let t = Instant::now();
                    events = coder.code(&doc, &opts).len();
                    times.push(t.elapsed());
                }
                let tp = median(times);
                writeln!(
                    o,
                    "PETRARCH-compatible coding on {:.1} MB ({n} sentences, {events} events): {:.0} ms, {:.0} sentences/s on one thread",
                    mb,
                    tp.as_secs_f64() * 1e3,
                    n as f64 / tp.as_secs_f64()
                )?;
            }
        }
    }
    if let Some(m) = peak_rss_mib() {
        writeln!(o, "peak resident memory: {m:.0} MiB")?;
    }
    Ok(ExitCode::SUCCESS)
}
