//! Reading inputs and reporting on them: the part every document-reading command shares.

use std::path::Path;

use anyhow::Result;
use readout_text::{
    Document, DocumentReader, Input, InputFormat, ReadItem, ReadStats, ReaderOptions,
};

use crate::{Format, InputArgs};

/// Totals for the final summary line.
#[derive(Debug, Default, Clone, Copy)]
pub struct Summary {
    /// What the reader counted.
    pub read: ReadStats,
    /// Documents processed to the end.
    pub coded: usize,
    /// Records written.
    pub records: usize,
}

impl Summary {
    /// Prints the summary line to stderr; every document, line and file read is accounted for.
    pub fn print(&self, what: &str) {
        let r = &self.read;
        eprintln!(
            "readout: {} documents read, {} coded, {} rejected; {} {what} written \
             ({} files, {} JSON lines of which {} blank, {} warnings)",
            r.documents + r.rejected,
            self.coded,
            r.rejected,
            self.records,
            r.files,
            r.lines,
            r.blank_lines,
            r.warnings
        );
    }
}

/// Reader options from the command line.
pub fn reader(args: &InputArgs) -> DocumentReader {
    let inputs: Vec<Input> = if args.inputs.is_empty() {
        vec![Input::Stdin]
    } else {
        args.inputs
            .iter()
            .map(|p| {
                if p == Path::new("-") {
                    Input::Stdin
                } else {
                    Input::Path(p.clone())
                }
            })
            .collect()
    };
    let format = match args.input_format {
        Format::Auto => InputFormat::Auto,
        Format::Jsonl => InputFormat::Jsonl,
        Format::Text => InputFormat::Text,
    };
    DocumentReader::new(
        inputs,
        ReaderOptions {
            format,
            default_date: args.date,
        },
    )
}

/// Runs `each` on every document, printing rejections and warnings to stderr as they come.
/// `each` returns the number of records it wrote.
pub fn for_each_document(
    args: &InputArgs,
    mut each: impl FnMut(&Document) -> Result<usize>,
) -> Result<Summary> {
    let mut rd = reader(args);
    let mut summary = Summary::default();
    for item in rd.by_ref() {
        match item {
            ReadItem::Document(doc) => {
                summary.records += each(&doc)?;
                summary.coded += 1;
            }
            ReadItem::Rejected(d) => eprintln!("readout: rejected {d}"),
            ReadItem::Warning(d) => eprintln!("readout: warning {d}"),
        }
    }
    summary.read = rd.stats();
    Ok(summary)
}

/// Documents coded together; bounds memory while keeping both cores busy.
const BATCH: usize = 256;

/// Like [`for_each_document`], but `work` runs on `threads` threads (0: one per core) over batches of
/// documents, and `emit` receives the results in input order — so the output is byte-identical whatever the
/// thread count.
pub fn for_each_document_parallel<T: Send>(
    args: &InputArgs,
    threads: usize,
    work: impl Fn(&Document) -> T + Sync,
    mut emit: impl FnMut(T) -> Result<usize>,
) -> Result<Summary> {
    use rayon::prelude::*;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()?;
    let mut rd = reader(args);
    let mut summary = Summary::default();
    let mut batch: Vec<Document> = Vec::with_capacity(BATCH);
    let mut flush = |batch: &mut Vec<Document>, summary: &mut Summary| -> Result<()> {
        let results: Vec<T> = pool.install(|| batch.par_iter().map(&work).collect());
        for r in results {
            summary.records += emit(r)?;
            summary.coded += 1;
        }
        batch.clear();
        Ok(())
    };
    for item in rd.by_ref() {
        match item {
            ReadItem::Document(doc) => {
                batch.push(*doc);
                if batch.len() == BATCH {
                    flush(&mut batch, &mut summary)?;
                }
            }
            ReadItem::Rejected(d) => eprintln!("readout: rejected {d}"),
            ReadItem::Warning(d) => eprintln!("readout: warning {d}"),
        }
    }
    flush(&mut batch, &mut summary)?;
    summary.read = rd.stats();
    Ok(summary)
}
