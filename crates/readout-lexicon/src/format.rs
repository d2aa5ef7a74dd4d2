//! The line format shared by every `.lex` file (see `docs/lexicon.md`): one entry per line, fields separated by
//! ` | `, the first field the key, later fields either bare values or `name=value`.

/// One parsed entry line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line<'a> {
    /// 1-based line number.
    pub no: usize,
    /// The first field.
    pub key: &'a str,
    /// Later fields without `=`, in order.
    pub bare: Vec<&'a str>,
    /// Later `name=value` fields, in order (names may repeat).
    pub named: Vec<(&'a str, &'a str)>,
}

impl<'a> Line<'a> {
    /// The first value of a named field, if present and not empty.
    pub fn get(&self, name: &str) -> Option<&'a str> {
        self.named
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| *v)
            .filter(|v| !v.is_empty())
    }

    /// Every value of a repeatable named field.
    pub fn all(&self, name: &str) -> impl Iterator<Item = &'a str> + '_ {
        let name = name.to_string();
        self.named
            .iter()
            .filter(move |(n, _)| *n == name)
            .map(|(_, v)| *v)
    }

    /// A `; `-separated list field, split and trimmed; empty items dropped.
    pub fn list(&self, name: &str) -> Vec<&'a str> {
        self.get(name).map(split_list).unwrap_or_default()
    }
}

/// Splits a `; `-separated list.
pub fn split_list(v: &str) -> Vec<&str> {
    v.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// Parses the entry lines of a file; comment and blank lines are skipped.
///
/// ```
/// use readout_lexicon::format::parse_lines;
/// let text = "# comment\nRUS | iso2=RU | name=Russia\nsoldier | MIL\n";
/// let lines: Vec<_> = parse_lines(text).collect();
/// assert_eq!(lines[0].no, 2);
/// assert_eq!(lines[0].get("name"), Some("Russia"));
/// assert_eq!(lines[1].bare, ["MIL"]);
/// ```
pub fn parse_lines(text: &str) -> impl Iterator<Item = Line<'_>> {
    text.lines().enumerate().filter_map(|(i, raw)| {
        let t = raw.trim();
        if t.is_empty() || t.starts_with('#') {
            return None;
        }
        let mut parts = t.split(" | ").map(str::trim);
        let key = parts.next().unwrap_or("");
        let mut bare = Vec::new();
        let mut named = Vec::new();
        for p in parts {
            match p.split_once('=') {
                Some((n, v))
                    if !n.is_empty() && n.chars().all(|c| c.is_ascii_lowercase() || c == '_') =>
                {
                    named.push((n, v.trim()))
                }
                _ => bare.push(p),
            }
        }
        Some(Line {
            no: i + 1,
            key,
            bare,
            named,
        })
    })
}
