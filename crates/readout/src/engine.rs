//! Which coder(s) a command runs: readout's own (built-in lexicon plus `.lex` files) and, when PETRARCH/TABARI
//! dictionaries are given, the PETRARCH-compatible pattern coder; with both, their events are merged.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Result};
use readout_coder::{Coder, CoderOptions, Event};
use readout_petrarch::{DictionariesBuilder, Options, PetrCoder};
use readout_text::Document;

use crate::cmd_lexicon::{LexFormat, LexiconArgs};

/// The coders in use.
pub struct Engine {
    /// readout's coder; `None` with `--no-builtin` and only PETRARCH dictionaries.
    pub builtin: Option<Coder>,
    /// The PETRARCH-compatible coder, when PETRARCH dictionaries were given.
    pub petrarch: Option<PetrCoder>,
    /// PETRARCH options from `--petrarch-option`.
    pub options: BTreeMap<String, String>,
}

/// True when a path is a readout `.lex` file or a directory (of `.lex` files).
fn is_readout_path(p: &Path) -> bool {
    p.is_dir() || p.extension().is_some_and(|e| e == "lex")
}

impl LexiconArgs {
    /// Splits the `--lexicon` paths into readout lexicon files and PETRARCH dictionaries.
    pub fn split_paths<'a>(&'a self, extra: &'a [PathBuf]) -> (Vec<&'a PathBuf>, Vec<&'a PathBuf>) {
        self.lexicon
            .iter()
            .chain(extra)
            .partition(|p| match self.lexicon_format {
                LexFormat::Readout => true,
                LexFormat::Petrarch => false,
                LexFormat::Auto => is_readout_path(p),
            })
    }

    /// Loads the PETRARCH dictionaries among the paths, printing each unusable line as a warning.
    pub fn load_petrarch(&self, extra: &[PathBuf], quiet: bool) -> Result<Option<PetrCoder>> {
        let (_, petr) = self.split_paths(extra);
        if petr.is_empty() {
            return Ok(None);
        }
        let t = Instant::now();
        let mut b = DictionariesBuilder::new();
        for p in petr {
            if p.is_dir() {
                // A directory of dictionaries: every file in it, in name order.
                let mut files: Vec<PathBuf> = std::fs::read_dir(p)?
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|f| f.is_file())
                    .collect();
                files.sort();
                for f in files {
                    b.add_path(&f)?;
                }
            } else {
                b.add_path(p)?;
            }
        }
        let (dicts, warnings) = b.build();
        if !quiet {
            for w in &warnings {
                eprintln!("readout: petrarch dictionary: {w}");
            }
            eprintln!(
                "readout: PETRARCH dictionaries loaded in {} ms with {} warnings",
                t.elapsed().as_millis(),
                warnings.len()
            );
        }
        if !dicts.has_verbs() {
            eprintln!(
                "readout: warning: no PETRARCH verb dictionary was given; it will code nothing"
            );
        }
        Ok(Some(PetrCoder::new(dicts)))
    }

    /// The coders these options ask for.
    pub fn engine(&self, opts: CoderOptions, petrarch_options: &[String]) -> Result<Engine> {
        let petrarch = self.load_petrarch(&[], false)?;
        let (readout_paths, _) = self.split_paths(&[]);
        let builtin = if self.no_builtin && readout_paths.is_empty() && petrarch.is_some() {
            None
        } else {
            Some(crate::cmd_code::coder(self, opts)?)
        };
        let mut options = BTreeMap::new();
        for kv in petrarch_options {
            let Some((k, v)) = kv.split_once('=') else {
                bail!("--petrarch-option wants KEY=VALUE, got {kv:?}");
            };
            options.insert(k.trim().to_string(), v.trim().to_string());
        }
        Ok(Engine {
            builtin,
            petrarch,
            options,
        })
    }
}

impl Engine {
    /// Codes a document with the command-line PETRARCH options.
    pub fn code(&self, doc: &Document) -> Vec<Event> {
        self.code_with(doc, &self.options)
    }

    /// Codes a document, PETRARCH options from `config` (a gold record's) over the command line's.
    pub fn code_with(&self, doc: &Document, config: &BTreeMap<String, String>) -> Vec<Event> {
        let mut events = self
            .builtin
            .as_ref()
            .map(|c| c.code(doc).events)
            .unwrap_or_default();
        if let Some(p) = &self.petrarch {
            let mut merged = self.options.clone();
            merged.extend(config.iter().map(|(k, v)| (k.clone(), v.clone())));
            let more = p.code(doc, &Options::from_config(&merged));
            let key = |e: &Event| {
                (
                    e.sentence_index,
                    e.source.as_ref().map(|a| a.code.clone()),
                    e.target.as_ref().map(|a| a.code.clone()),
                    e.cameo.clone(),
                )
            };
            let have: std::collections::HashSet<_> = events.iter().map(key).collect();
            events.extend(more.into_iter().filter(|e| !have.contains(&key(e))));
            events.sort_by_key(|e| (e.sentence_index, e.evidence.span.start));
        }
        events
    }
}
