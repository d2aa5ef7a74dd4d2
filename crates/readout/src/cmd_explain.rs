//! `readout explain`: every layer of the analysis of a sentence or a document, for people and for debugging.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Result};
use chrono::NaiveDate;
use clap::Args;
use readout_coder::Coder;
use readout_lexicon::Context;
use readout_text::{
    find_times, Document, DocumentReader, Input, ReadItem, ReaderOptions, Span, TimeExpr, Token,
};
use serde::Serialize;

use crate::parse_date;

/// Arguments of `readout explain`.
#[derive(Args, Debug)]
pub struct ExplainArgs {
    /// A sentence or text to analyse, or the path of a file.
    pub target: String,
    /// Publication date (YYYY-MM-DD); defaults to the document's own, else today.
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// Only this sentence (0-based).
    #[arg(long)]
    pub sentence: Option<usize>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// A PETRARCH coding option (`KEY=VALUE`) for PETRARCH dictionaries (repeatable).
    #[arg(long = "petrarch-option", value_name = "KEY=VALUE")]
    pub petrarch_option: Vec<String>,
    #[command(flatten)]
    pub lex: crate::cmd_lexicon::LexiconArgs,
}

/// One actor mention as shown by explain.
#[derive(Serialize)]
pub struct ActorView<'a> {
    pub span: Span,
    pub text: &'a str,
    #[serde(flatten)]
    pub actor: readout_lexicon::ResolvedActor,
}

/// One token as shown by explain.
#[derive(Serialize)]
pub struct TokenView<'a> {
    pub span: Span,
    pub text: &'a str,
    pub norm: &'a str,
    pub kind: readout_text::TokenKind,
}

/// One time expression as shown by explain.
#[derive(Serialize)]
pub struct TimeView<'a> {
    pub span: Span,
    pub text: &'a str,
    pub value: String,
    pub granularity: readout_text::Granularity,
    pub basis: readout_text::TimeBasis,
}

/// One sentence with its layers.
#[derive(Serialize)]
pub struct SentenceView<'a> {
    pub index: usize,
    pub span: Span,
    pub text: &'a str,
    pub tokens: Vec<TokenView<'a>>,
    pub times: Vec<TimeView<'a>>,
    pub actors: Vec<ActorView<'a>>,
    pub coder: Option<readout_coder::SentenceTrace>,
    pub events: Vec<readout_coder::Event>,
}

/// A document with its layers.
#[derive(Serialize)]
pub struct DocumentView<'a> {
    pub id: &'a str,
    pub date: NaiveDate,
    pub date_source: readout_text::DateSource,
    pub header: Option<&'a str>,
    pub body: Span,
    pub sentences: Vec<SentenceView<'a>>,
}

fn token_view<'a>(doc: &'a Document, t: &'a Token) -> TokenView<'a> {
    TokenView {
        span: t.span,
        text: t.span.slice(&doc.text).unwrap_or(""),
        norm: &t.norm,
        kind: t.kind,
    }
}

fn time_view<'a>(doc: &'a Document, t: &TimeExpr) -> TimeView<'a> {
    TimeView {
        span: t.span,
        text: t.span.slice(&doc.text).unwrap_or(""),
        value: t.value.to_string(),
        granularity: t.value.granularity,
        basis: t.basis,
    }
}

/// Analyses a whole document (or one sentence of it) into its explain view.
pub fn analyse<'a>(
    doc: &'a Document,
    coder: &Coder,
    tokens: &'a mut Vec<Vec<Token>>,
    only: Option<usize>,
) -> DocumentView<'a> {
    let mut spans = Vec::new();
    for s in doc.sentences() {
        spans.push((s.index, s.span));
        tokens.push(s.tokens);
    }
    // Every sentence is read, so that the context (who has been named) is the same as in a full run; only the
    // selected one is shown.
    let lex = coder.lexicon();
    let coded = coder.code(doc);
    let mut ctx = Context::at(doc.date);
    let mut sentences = Vec::new();
    for ((index, span), toks) in spans.into_iter().zip(tokens.iter()) {
        let mut actors = Vec::new();
        for m in lex.actors(toks, &doc.text, &ctx) {
            let span = Span::new(toks[m.start].span.start, toks[m.end - 1].span.end);
            ctx.note(&m.actor);
            actors.push(ActorView {
                span,
                text: span.slice(&doc.text).unwrap_or(""),
                actor: m.actor,
            });
        }
        if only.is_some_and(|n| n != index) {
            continue;
        }
        sentences.push(SentenceView {
            index,
            span,
            text: span.slice(&doc.text).unwrap_or(""),
            tokens: toks.iter().map(|t| token_view(doc, t)).collect(),
            times: find_times(toks, &doc.text, doc.date)
                .iter()
                .map(|t| time_view(doc, t))
                .collect(),
            actors,
            coder: coded.sentences.iter().find(|t| t.index == index).cloned(),
            events: coded
                .events
                .iter()
                .filter(|e| e.sentence_index == index)
                .cloned()
                .collect(),
        });
    }
    DocumentView {
        id: &doc.id,
        date: doc.date,
        date_source: doc.date_source,
        header: (!doc.header.span.is_empty())
            .then(|| doc.header.span.slice(&doc.text).unwrap_or("")),
        body: doc.body(),
        sentences,
    }
}

fn load(args: &ExplainArgs) -> Result<Document> {
    let path = PathBuf::from(&args.target);
    if path.is_file() {
        let mut rd = DocumentReader::new(
            vec![Input::Path(path)],
            ReaderOptions {
                default_date: args.date,
                ..Default::default()
            },
        );
        for item in rd.by_ref() {
            match item {
                ReadItem::Document(d) => return Ok(*d),
                ReadItem::Warning(w) => eprintln!("readout: warning {w}"),
                ReadItem::Rejected(r) => bail!("{r}"),
            }
        }
        bail!("{}: no document in file", args.target);
    }
    let today = chrono::Utc::now().date_naive();
    match Document::from_text("text", &args.target, args.date) {
        Some(d) => Ok(d),
        None => {
            eprintln!("readout: note: no --date given and none in the text; resolving dates against today ({today})");
            Document::from_text("text", &args.target, Some(today))
                .ok_or_else(|| anyhow::anyhow!("cannot read text"))
        }
    }
}

pub fn run(args: &ExplainArgs) -> Result<ExitCode> {
    let mut o = std::io::stdout().lock();
    let doc = load(args)?;
    let coder = crate::cmd_code::coder(
        &args.lex,
        readout_coder::CoderOptions {
            keep_negated: true,
            statements: false,
        },
    )?;
    let petrarch = args.lex.load_petrarch(&[], false)?;
    let petr_opts = {
        let mut m = std::collections::BTreeMap::new();
        for kv in &args.petrarch_option {
            if let Some((k, v)) = kv.split_once('=') {
                m.insert(k.trim().to_string(), v.trim().to_string());
            }
        }
        readout_petrarch::Options::from_config(&m)
    };
    let mut store = Vec::new();
    let view = analyse(&doc, &coder, &mut store, args.sentence);
    if let Some(n) = args.sentence {
        if view.sentences.is_empty() {
            bail!("the document has no sentence {n}");
        }
    }
    if args.json {
        writeln!(o, "{}", serde_json::to_string_pretty(&view)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(
        o,
        "document {}  published {} (from {:?})",
        view.id, view.date, view.date_source
    )?;
    if let Some(h) = view.header {
        writeln!(o, "header   {:?} (not coded)", h.trim())?;
    }
    writeln!(o, "body     bytes {}..{}", view.body.start, view.body.end)?;
    for s in &view.sentences {
        writeln!(o)?;
        writeln!(o, "sentence {} [{}..{}]", s.index, s.span.start, s.span.end)?;
        writeln!(o, "  {}", s.text)?;
        writeln!(o, "  tokens:")?;
        for t in &s.tokens {
            writeln!(
                o,
                "    {:>6}..{:<6} {:<9} {:<20} {}",
                t.span.start,
                t.span.end,
                format!("{:?}", t.kind).to_lowercase(),
                t.text,
                t.norm
            )?;
        }
        if !s.actors.is_empty() {
            writeln!(o, "  actors:")?;
            for a in &s.actors {
                let r = &a.actor;
                writeln!(
                    o,
                    "    {:>6}..{:<6} {:<28} {:<10} {} [{}]",
                    a.span.start,
                    a.span.end,
                    format!("{:?}", a.text),
                    r.code.as_deref().unwrap_or("?"),
                    r.how,
                    r.rules.first().map(String::as_str).unwrap_or("")
                )?;
            }
        }
        if let Some(c) = &s.coder {
            if !c.mentions.is_empty() {
                writeln!(o, "  mentions (with coreference and compounds):")?;
                for m in &c.mentions {
                    let via = match &m.via {
                        readout_coder::Via::Lexicon => String::new(),
                        readout_coder::Via::Coreference { antecedent } => {
                            format!(" <- {antecedent}")
                        }
                    };
                    writeln!(
                        o,
                        "    {:>6}..{:<6} {:<28} {} group {}{via}",
                        m.span.start,
                        m.span.end,
                        format!("{:?}", m.text),
                        m.codes.join("+"),
                        m.group
                    )?;
                }
            }
            for t in &c.triggers {
                writeln!(
                    o,
                    "  trigger {:?} [{}..{}] {} `{}` ({}): {}",
                    t.text, t.span.start, t.span.end, t.code, t.pattern, t.rule, t.decision
                )?;
            }
        }
        for e in &s.events {
            writeln!(
                o,
                "  EVENT {} {} -> {} on {} ({:?}){}{}",
                e.cameo,
                e.source.as_ref().map_or("-", |a| a.code.as_str()),
                e.target.as_ref().map_or("-", |a| a.code.as_str()),
                e.date.as_deref().unwrap_or("unknown date"),
                e.date_basis,
                e.attributed_to
                    .as_ref()
                    .map(|a| format!(" according to {}", a.code))
                    .unwrap_or_default(),
                if e.negated { " NEGATED" } else { "" }
            )?;
        }
        if let Some(p) = &petrarch {
            let (events, t) = p.explain(s.text, Some(doc.date), &petr_opts);
            writeln!(o, "  petrarch words: {}", t.words.join(" "))?;
            for d in &t.dropped {
                writeln!(o, "  petrarch dropped {d}")?;
            }
            for ph in &t.phrases {
                writeln!(o, "  petrarch phrase  {ph}")?;
            }
            for c in &t.clauses {
                writeln!(o, "  petrarch clause  {c}")?;
            }
            for v in &t.verbs {
                writeln!(o, "  petrarch verb    {v}")?;
            }
            for e in &events {
                writeln!(o, "  PETRARCH EVENT {e}")?;
            }
        }
        if !s.times.is_empty() {
            writeln!(o, "  times:")?;
            for t in &s.times {
                writeln!(
                    o,
                    "    {:>6}..{:<6} {:<24} -> {} ({:?})",
                    t.span.start,
                    t.span.end,
                    format!("{:?}", t.text),
                    t.value,
                    t.basis
                )?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
