//! The CAMEO event ontology: codes with their root, quad class, Goldstein score and PLOVER mapping.

use std::collections::HashMap;

use crate::diag::Diagnostic;
use crate::format::parse_lines;

/// One CAMEO event code.
#[derive(Debug, Clone, PartialEq)]
pub struct CameoCode {
    /// The code, leading zero kept (`041`).
    pub code: String,
    /// Its first two digits.
    pub root: String,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
    /// Goldstein conflict–cooperation score.
    pub goldstein: f64,
    /// PLOVER event type, when the code has one.
    pub plover: Option<String>,
    /// PLOVER mode.
    pub plover_mode: Option<String>,
    /// PLOVER context(s), `; `-separated.
    pub plover_context: Option<String>,
    /// CAMEO label.
    pub label: String,
}

/// All CAMEO codes, looked up by code in O(1).
///
/// ```
/// let lex = readout_lexicon::Lexicon::builtin();
/// let c = lex.ontology().get("041").unwrap();
/// assert_eq!(c.root, "04");
/// assert_eq!(c.quad_class, 1);
/// assert_eq!(c.plover.as_deref(), Some("CONSULT"));
/// ```
#[derive(Debug, Clone, Default)]
pub struct Ontology {
    codes: HashMap<String, CameoCode>,
}

impl Ontology {
    /// Reads `cameo.lex`-format text; bad lines become diagnostics.
    pub fn parse(file: &str, text: &str, diags: &mut Vec<Diagnostic>) -> Ontology {
        let mut codes = HashMap::new();
        for l in parse_lines(text) {
            let code = l.key;
            if !(2..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()) {
                diags.push(Diagnostic::error(
                    file,
                    l.no,
                    format!("bad CAMEO code {code:?}"),
                ));
                continue;
            }
            let quad = l
                .get("quad")
                .and_then(|q| q.parse::<u8>().ok())
                .filter(|q| (1..=4).contains(q));
            let gold = l
                .get("goldstein")
                .and_then(|g| g.parse::<f64>().ok())
                .filter(|g| (-10.0..=10.0).contains(g));
            let (Some(quad_class), Some(goldstein)) = (quad, gold) else {
                diags.push(Diagnostic::error(
                    file,
                    l.no,
                    format!("code {code}: needs quad=1..4 and goldstein=-10..10"),
                ));
                continue;
            };
            let root = l.get("root").unwrap_or(&code[..2]).to_string();
            if !code.starts_with(&root) {
                diags.push(Diagnostic::error(
                    file,
                    l.no,
                    format!("code {code}: root {root} is not its prefix"),
                ));
                continue;
            }
            let entry = CameoCode {
                code: code.to_string(),
                root,
                quad_class,
                goldstein,
                plover: l.get("plover").map(str::to_string),
                plover_mode: l.get("mode").map(str::to_string),
                plover_context: l.get("context").map(str::to_string),
                label: l.get("label").unwrap_or("").to_string(),
            };
            if codes.insert(code.to_string(), entry).is_some() {
                diags.push(Diagnostic::error(
                    file,
                    l.no,
                    format!("code {code} defined twice"),
                ));
            }
        }
        Ontology { codes }
    }

    /// The built-in CAMEO table (the one the built-in lexicon loads), on its own.
    ///
    /// ```
    /// assert_eq!(readout_lexicon::Ontology::builtin().get("190").unwrap().quad_class, 4);
    /// ```
    pub fn builtin() -> Ontology {
        let mut diags = Vec::new();
        Ontology::parse("cameo.lex", include_str!("../data/cameo.lex"), &mut diags)
    }

    /// The entry for a code.
    pub fn get(&self, code: &str) -> Option<&CameoCode> {
        self.codes.get(code)
    }

    /// True when the code exists.
    pub fn contains(&self, code: &str) -> bool {
        self.codes.contains_key(code)
    }

    /// Number of codes.
    pub fn len(&self) -> usize {
        self.codes.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }

    /// All codes, sorted.
    pub fn codes(&self) -> Vec<&CameoCode> {
        let mut v: Vec<_> = self.codes.values().collect();
        v.sort_by(|a, b| a.code.cmp(&b.code));
        v
    }

    /// Sub-codes (three or four digits): the leaves a verb pattern can code.
    pub fn sub_codes(&self) -> impl Iterator<Item = &CameoCode> {
        self.codes.values().filter(|c| c.code.len() > 2)
    }
}
