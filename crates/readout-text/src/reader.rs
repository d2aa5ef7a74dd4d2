//! Reading documents from JSON Lines, plain-text files, directories and stdin.
//!
//! [`DocumentReader`] is an iterator of [`ReadItem`]s: documents, rejections and warnings, in input order. It
//! holds one input line (or one plain-text file) at a time, so memory does not grow with the number of
//! documents — apart from eight bytes per document id, kept to reject duplicates.
//!
//! Nothing is dropped silently: every line of a JSON Lines file is a document, a rejection or a blank line, and
//! [`ReadStats`] counts each.

use std::collections::{HashMap, VecDeque};
use std::fs::File;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde_json::Value;

use crate::dateline::read_header;
use crate::document::{DateSource, Document, Origin};

/// How to read an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputFormat {
    /// `.jsonl` files as JSON Lines, everything else (and stdin) as plain text.
    #[default]
    Auto,
    /// Every input is JSON Lines.
    Jsonl,
    /// Every input is plain text, one document per file.
    Text,
}

/// Reader settings.
#[derive(Debug, Clone, Default)]
pub struct ReaderOptions {
    /// Input format.
    pub format: InputFormat,
    /// Publication date for documents that carry none.
    pub default_date: Option<NaiveDate>,
}

/// One input to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file or a directory (read recursively, in sorted path order).
    Path(PathBuf),
    /// Standard input.
    Stdin,
}

/// A problem with one document or line, for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where.
    pub origin: Origin,
    /// What, in words.
    pub reason: String,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.origin, self.reason)
    }
}

/// What the reader yields.
#[derive(Debug, Clone)]
pub enum ReadItem {
    /// A document to process.
    Document(Box<Document>),
    /// A document or line that could not be read; processing goes on.
    Rejected(Diagnostic),
    /// Something was repaired (invalid UTF-8, NUL bytes); the document is still read.
    Warning(Diagnostic),
}

/// Counts kept by the reader.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct ReadStats {
    /// Files opened (stdin counts as one).
    pub files: usize,
    /// JSON Lines lines read.
    pub lines: usize,
    /// Blank JSON Lines lines (skipped, counted).
    pub blank_lines: usize,
    /// Documents produced.
    pub documents: usize,
    /// Documents, lines or files rejected.
    pub rejected: usize,
    /// Warnings issued.
    pub warnings: usize,
}

/// Bytes sampled to decide whether a file is binary.
const BINARY_SAMPLE: usize = 8192;

/// Streams documents from a list of inputs.
///
/// ```
/// use readout_text::reader::{DocumentReader, Input, ReadItem, ReaderOptions};
/// let dir = std::env::temp_dir().join("readout-doc-reader-example");
/// std::fs::create_dir_all(&dir).unwrap();
/// let f = dir.join("a.jsonl");
/// std::fs::write(&f, "{\"id\":\"1\",\"date\":\"2022-06-16\",\"text\":\"Xi phoned Putin.\"}\nnot json\n").unwrap();
/// let mut r = DocumentReader::new(vec![Input::Path(f)], ReaderOptions::default());
/// assert!(matches!(r.next(), Some(ReadItem::Document(_))));
/// assert!(matches!(r.next(), Some(ReadItem::Rejected(_))));
/// assert!(r.next().is_none());
/// assert_eq!(r.stats().lines, 2);
/// ```
pub struct DocumentReader {
    opts: ReaderOptions,
    inputs: VecDeque<Input>,
    /// Files waiting to be read: (root the id is relative to, path).
    files: VecDeque<(PathBuf, PathBuf)>,
    lines: Option<LineSource>,
    out: VecDeque<ReadItem>,
    seen: HashMap<u64, (u32, u32)>,
    file_names: Vec<String>,
    stats: ReadStats,
}

struct LineSource {
    reader: Box<dyn BufRead>,
    file: String,
    file_index: u32,
    line: usize,
}

impl DocumentReader {
    /// A reader over `inputs`, in order.
    pub fn new(inputs: Vec<Input>, opts: ReaderOptions) -> DocumentReader {
        DocumentReader {
            opts,
            inputs: inputs.into(),
            files: VecDeque::new(),
            lines: None,
            out: VecDeque::new(),
            seen: HashMap::new(),
            file_names: Vec::new(),
            stats: ReadStats::default(),
        }
    }

    /// Counts so far.
    pub fn stats(&self) -> ReadStats {
        self.stats
    }

    fn reject(&mut self, file: &str, line: Option<usize>, reason: String) {
        self.stats.rejected += 1;
        self.out.push_back(ReadItem::Rejected(Diagnostic {
            origin: Origin {
                file: file.to_string(),
                line,
            },
            reason,
        }));
    }

    fn warn(&mut self, file: &str, line: Option<usize>, reason: String) {
        self.stats.warnings += 1;
        self.out.push_back(ReadItem::Warning(Diagnostic {
            origin: Origin {
                file: file.to_string(),
                line,
            },
            reason,
        }));
    }

    /// Decodes bytes as UTF-8, lossily, warning about the first bad byte; replaces NUL bytes with spaces.
    fn decode(&mut self, bytes: Vec<u8>, file: &str, line: Option<usize>) -> String {
        let text = match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let bytes = e.into_bytes();
                let s = String::from_utf8_lossy(&bytes).into_owned();
                self.warn(
                    file,
                    line,
                    format!("invalid UTF-8 at byte {at}; decoded with replacement characters (offsets refer to the decoded text)"),
                );
                s
            }
        };
        if memchr::memchr(0, text.as_bytes()).is_some() {
            let n = text.bytes().filter(|&b| b == 0).count();
            let first = memchr::memchr(0, text.as_bytes()).unwrap_or(0);
            self.warn(
                file,
                line,
                format!("{n} NUL byte(s), first at byte {first}; replaced by spaces"),
            );
            return text.replace('\0', " ");
        }
        text
    }

    fn check_id(&mut self, id: &str, file_index: u32, line: usize) -> Result<(), String> {
        let mut h = DefaultHasher::new();
        id.hash(&mut h);
        let key = h.finish();
        if let Some(&(fi, l)) = self.seen.get(&key) {
            let f = self
                .file_names
                .get(fi as usize)
                .cloned()
                .unwrap_or_default();
            let at = if l == 0 { f } else { format!("{f}:{l}") };
            return Err(format!("duplicate id {id:?} (first seen at {at})"));
        }
        self.seen.insert(key, (file_index, line as u32));
        Ok(())
    }

    fn register_file(&mut self, name: &str) -> u32 {
        self.stats.files += 1;
        self.file_names.push(name.to_string());
        (self.file_names.len() - 1) as u32
    }

    /// Expands one input into files (directories recursively, sorted).
    fn expand(&mut self, input: Input) {
        match input {
            Input::Stdin => self.read_stdin(),
            Input::Path(p) => {
                if p.is_dir() {
                    let mut found = Vec::new();
                    walk(&p, &mut found, &mut |path, err| {
                        self.stats.rejected += 1;
                        self.out.push_back(ReadItem::Rejected(Diagnostic {
                            origin: Origin {
                                file: path.display().to_string(),
                                line: None,
                            },
                            reason: format!("cannot read directory: {err}"),
                        }));
                    });
                    for f in found {
                        self.files.push_back((p.clone(), f));
                    }
                } else {
                    let root = p.parent().map(Path::to_path_buf).unwrap_or_default();
                    self.files.push_back((root, p));
                }
            }
        }
    }

    fn read_stdin(&mut self) {
        let mut bytes = Vec::new();
        let idx = self.register_file("-");
        if let Err(e) = std::io::stdin().lock().read_to_end(&mut bytes) {
            self.reject("-", None, format!("cannot read stdin: {e}"));
            return;
        }
        if self.opts.format == InputFormat::Jsonl {
            self.lines = Some(LineSource {
                reader: Box::new(std::io::Cursor::new(bytes)),
                file: "-".into(),
                file_index: idx,
                line: 0,
            });
        } else {
            self.text_document(bytes, "-", "stdin", idx);
        }
    }

    fn open_file(&mut self, root: &Path, path: &Path) {
        let name = path.display().to_string();
        let idx = self.register_file(&name);
        let jsonl = match self.opts.format {
            InputFormat::Jsonl => true,
            InputFormat::Text => false,
            InputFormat::Auto => path.extension().is_some_and(|e| e == "jsonl"),
        };
        if jsonl {
            match File::open(path) {
                Ok(f) => {
                    self.lines = Some(LineSource {
                        reader: Box::new(BufReader::with_capacity(1 << 16, f)),
                        file: name,
                        file_index: idx,
                        line: 0,
                    })
                }
                Err(e) => self.reject(&name, None, format!("cannot open file: {e}")),
            }
            return;
        }
        match std::fs::read(path) {
            Ok(bytes) => {
                let id = path
                    .strip_prefix(root)
                    .unwrap_or(path)
                    .to_string_lossy()
                    .replace('\\', "/");
                self.text_document(bytes, &name, &id, idx);
            }
            Err(e) => self.reject(&name, None, format!("cannot read file: {e}")),
        }
    }

    fn text_document(&mut self, bytes: Vec<u8>, file: &str, id: &str, idx: u32) {
        if let Some(why) = binary_reason(&bytes) {
            self.reject(file, None, format!("binary file ({why}); not read"));
            return;
        }
        let text = self.decode(bytes, file, None);
        if text.trim().is_empty() {
            self.reject(file, None, "empty document".into());
            return;
        }
        if let Err(why) = self.check_id(id, idx, 0) {
            self.reject(file, None, why);
            return;
        }
        let header = read_header(&text, self.opts.default_date);
        let (date, source) = match (header.date, self.opts.default_date) {
            (Some(d), _) if header.dated_by_header => (d, DateSource::Header),
            (Some(d), _) => (d, DateSource::Dateline),
            (None, Some(d)) => (d, DateSource::Default),
            (None, None) => {
                let why = match &header.yearless {
                    Some(y) => format!(
                        "no publication date: the dateline date {y:?} has no year; give --date"
                    ),
                    None => {
                        "no publication date: no `date` header or dateline in the text; give --date"
                            .into()
                    }
                };
                self.reject(file, None, why);
                return;
            }
        };
        if text[header.body_start..].trim().is_empty() {
            self.reject(
                file,
                None,
                "empty document (nothing after the header)".into(),
            );
            return;
        }
        self.stats.documents += 1;
        self.out.push_back(ReadItem::Document(Box::new(Document {
            id: id.to_string(),
            text,
            date,
            date_source: source,
            header,
            url: None,
            publisher: None,
            title: None,
            lang: None,
            origin: Origin {
                file: file.to_string(),
                line: None,
            },
        })));
    }

    /// Reads the next line of the current JSON Lines source; false at its end.
    fn next_line(&mut self) -> bool {
        let Some(src) = self.lines.as_mut() else {
            return false;
        };
        let mut buf = Vec::new();
        let n = match src.reader.read_until(b'\n', &mut buf) {
            Ok(n) => n,
            Err(e) => {
                let (file, line) = (src.file.clone(), src.line + 1);
                self.lines = None;
                self.reject(
                    &file,
                    Some(line),
                    format!("read error: {e}; rest of file skipped"),
                );
                return false;
            }
        };
        if n == 0 {
            self.lines = None;
            return false;
        }
        src.line += 1;
        let (file, line, idx) = (src.file.clone(), src.line, src.file_index);
        self.stats.lines += 1;
        if buf.iter().all(u8::is_ascii_whitespace) {
            self.stats.blank_lines += 1;
            return true;
        }
        let text = self.decode(buf, &file, Some(line));
        self.json_document(&text, &file, line, idx);
        true
    }

    fn json_document(&mut self, line_text: &str, file: &str, line: usize, idx: u32) {
        let v: Value = match serde_json::from_str(line_text) {
            Ok(v) => v,
            Err(e) => {
                self.reject(file, Some(line), format!("malformed JSON: {e}"));
                return;
            }
        };
        let Value::Object(obj) = v else {
            self.reject(file, Some(line), "not a JSON object".into());
            return;
        };
        let id = match obj.get("id") {
            Some(Value::String(s)) if !s.is_empty() => s.clone(),
            Some(Value::Number(n)) => n.to_string(),
            Some(_) => {
                self.reject(
                    file,
                    Some(line),
                    "field `id` must be a non-empty string".into(),
                );
                return;
            }
            None => {
                self.reject(file, Some(line), "missing required field `id`".into());
                return;
            }
        };
        let text = match obj.get("text") {
            Some(Value::String(s)) => s.clone(),
            Some(_) => {
                self.reject(
                    file,
                    Some(line),
                    format!("document {id:?}: field `text` must be a string"),
                );
                return;
            }
            None => {
                self.reject(
                    file,
                    Some(line),
                    format!("document {id:?}: missing required field `text`"),
                );
                return;
            }
        };
        if text.trim().is_empty() {
            self.reject(file, Some(line), format!("document {id:?}: empty text"));
            return;
        }
        let text = if text.contains('\0') {
            self.warn(
                file,
                Some(line),
                format!("document {id:?}: NUL bytes replaced by spaces"),
            );
            text.replace('\0', " ")
        } else {
            text
        };
        let field_date = match obj.get("date") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => {
                match NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d") {
                    Ok(d) => Some(d),
                    Err(_) => {
                        self.reject(
                            file,
                            Some(line),
                            format!("document {id:?}: field `date` {s:?} is not YYYY-MM-DD"),
                        );
                        return;
                    }
                }
            }
            Some(_) => {
                self.reject(
                    file,
                    Some(line),
                    format!("document {id:?}: field `date` must be a string YYYY-MM-DD"),
                );
                return;
            }
        };
        if let Err(why) = self.check_id(&id, idx, line) {
            self.reject(file, Some(line), why);
            return;
        }
        let header = read_header(&text, field_date.or(self.opts.default_date));
        let (date, source) = match (field_date, header.date, self.opts.default_date) {
            (Some(d), _, _) => (d, DateSource::Field),
            (None, Some(d), _) if header.dated_by_header => (d, DateSource::Header),
            (None, Some(d), _) => (d, DateSource::Dateline),
            (None, None, Some(d)) => (d, DateSource::Default),
            (None, None, None) => {
                self.reject(
                    file,
                    Some(line),
                    format!("document {id:?}: no publication date (no `date` field, header or dateline; give --date)"),
                );
                return;
            }
        };
        let get = |k: &str| obj.get(k).and_then(Value::as_str).map(str::to_string);
        self.stats.documents += 1;
        self.out.push_back(ReadItem::Document(Box::new(Document {
            id,
            date,
            date_source: source,
            header,
            url: get("url"),
            publisher: get("publisher"),
            title: get("title"),
            lang: get("lang"),
            text,
            origin: Origin {
                file: file.to_string(),
                line: Some(line),
            },
        })));
    }
}

impl Iterator for DocumentReader {
    type Item = ReadItem;

    fn next(&mut self) -> Option<ReadItem> {
        loop {
            if let Some(item) = self.out.pop_front() {
                return Some(item);
            }
            if self.lines.is_some() {
                self.next_line();
                continue;
            }
            if let Some((root, path)) = self.files.pop_front() {
                self.open_file(&root, &path);
                continue;
            }
            let input = self.inputs.pop_front()?;
            self.expand(input);
        }
    }
}

/// Why `bytes` look like a binary file, if they do.
fn binary_reason(bytes: &[u8]) -> Option<String> {
    let sample = &bytes[..bytes.len().min(BINARY_SAMPLE)];
    if sample.is_empty() {
        return None;
    }
    let nul = sample.iter().filter(|&&b| b == 0).count();
    let control = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    if nul > 0 && control * 10 > sample.len() {
        return Some(format!(
            "{control} control bytes in the first {} bytes",
            sample.len()
        ));
    }
    let lossy = String::from_utf8_lossy(sample);
    let bad = lossy
        .chars()
        .filter(|&c| c == char::REPLACEMENT_CHARACTER)
        .count();
    if bad * 4 > sample.len() {
        return Some(format!(
            "{bad} invalid UTF-8 sequences in the first {} bytes",
            sample.len()
        ));
    }
    None
}

/// Collects the files under `dir`, depth first, each directory's entries in sorted order.
fn walk(dir: &Path, out: &mut Vec<PathBuf>, on_error: &mut dyn FnMut(&Path, std::io::Error)) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            on_error(dir, e);
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            walk(&p, out, on_error);
        } else {
            out.push(p);
        }
    }
}
