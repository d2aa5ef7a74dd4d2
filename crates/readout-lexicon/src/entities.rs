//! Actor entries: countries, international organisations, non-state organisations, people with terms in office,
//! and agents (role nouns). Each parser turns `.lex` lines into entries and reports bad lines.

use chrono::NaiveDate;

use crate::dates::{parse_range, DateRange};
use crate::diag::Diagnostic;
use crate::format::{parse_lines, split_list, Line};

/// Where an entry was defined, for `rule` fields and messages.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Source {
    /// File name.
    pub file: String,
    /// 1-based line.
    pub line: usize,
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// Sector (role) codes the lexicon accepts.
pub const SECTORS: &[&str] = &[
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "SEP", "PTY", "MED", "BUS", "EDU",
    "HLH", "CVL", "REF", "NGO", "IGO", "ELI", "LAB", "AGR", "CRM", "REL", "SPY", "UAF", "MOD",
    "RAD", "ENV", "HRI", "DEV", "SET", "IMG", "MNC", "PRO", "CHR", "MUS", "JEW", "BUD", "HIN",
    "SHI", "SUN",
];

/// True for a known sector code.
pub fn is_sector(s: &str) -> bool {
    SECTORS.contains(&s)
}

fn is_code3(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// A state or territory.
#[derive(Debug, Clone)]
pub struct Country {
    /// ISO 3166-1 alpha-3.
    pub code: String,
    /// ISO alpha-2.
    pub iso2: String,
    /// Canonical name.
    pub name: String,
    /// Other names and short forms.
    pub names: Vec<String>,
    /// Adjectives (`Russian`).
    pub adjectives: Vec<String>,
    /// Plural people nouns (`Russians`).
    pub demonyms: Vec<String>,
    /// Capitals (metonyms for the government).
    pub capitals: Vec<String>,
    /// Seats of power (`Kremlin`).
    pub seats: Vec<String>,
    /// `state`, `territory` or `historical`.
    pub kind: String,
    /// Definition.
    pub source: Source,
}

/// A place (city, province, region) and the state it belongs to.
#[derive(Debug, Clone)]
pub struct Place {
    /// The state's ISO alpha-3 code.
    pub country: String,
    /// Its names, the common English one first.
    pub names: Vec<String>,
    /// Definition.
    pub source: Source,
}

/// An international organisation.
#[derive(Debug, Clone)]
pub struct Igo {
    /// Full actor code (`IGOWSTNAT`).
    pub code: String,
    /// Canonical name.
    pub name: String,
    /// Other names and acronyms.
    pub names: Vec<String>,
    /// Adjectives (`NATO`).
    pub adjectives: Vec<String>,
    /// Definition.
    pub source: Source,
}

/// A non-state organisation (armed group, party, media, NGO, company, …).
#[derive(Debug, Clone)]
pub struct Organisation {
    /// Lexicon id.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Other names.
    pub names: Vec<String>,
    /// Full actor code (`PSEREB`, `---NGO`).
    pub code: String,
    /// Home country, if any.
    pub country: Option<String>,
    /// Sector.
    pub sector: Option<String>,
    /// Kind (`armed`, `party`, `media`, …).
    pub kind: String,
    /// Definition.
    pub source: Source,
}

/// A term in office.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Role {
    /// Country or IGO code.
    pub base: String,
    /// Sector code.
    pub sector: String,
    /// When.
    pub range: DateRange,
    /// Office as written before a name (`President`).
    pub title: String,
    /// `[shared]`: another person may hold the same office at the same time (rival governments, a suspended
    /// president and an acting one); overlaps are expected.
    pub shared: bool,
    /// Definition.
    pub source: Source,
}

impl Role {
    /// The full actor code (`USAGOV`). An office in an international organisation codes as the organisation
    /// itself (the UN Secretary-General is `IGOUNO`), as CAMEO does.
    pub fn code(&self) -> String {
        if self.base.starts_with("IGO") {
            self.base.clone()
        } else {
            format!("{}{}", self.base, self.sector)
        }
    }
}

/// A person with date-bounded roles.
#[derive(Debug, Clone)]
pub struct Person {
    /// Lexicon id (`xi-jinping`).
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Family name (second-mention form).
    pub family: Option<String>,
    /// Given name(s).
    pub given: Option<String>,
    /// Other names.
    pub names: Vec<String>,
    /// Country of the person.
    pub country: Option<String>,
    /// Terms in office.
    pub roles: Vec<Role>,
    /// Definitions (a person may be defined in several files).
    pub sources: Vec<Source>,
}

impl Person {
    /// Roles held on a date, most specific first (the order of the data).
    pub fn roles_at(&self, d: NaiveDate) -> impl Iterator<Item = &Role> {
        self.roles.iter().filter(move |r| r.range.contains(d))
    }
}

/// A role noun that composes with a country or actor (`troops` → `MIL`).
#[derive(Debug, Clone)]
pub struct Agent {
    /// The phrase, singular.
    pub phrase: String,
    /// Plural form, if any.
    pub plural: Option<String>,
    /// Sector codes, primary first.
    pub sectors: Vec<String>,
    /// Definition.
    pub source: Source,
}

fn src(file: &str, l: &Line) -> Source {
    Source {
        file: file.to_string(),
        line: l.no,
    }
}

fn owned(v: Vec<&str>) -> Vec<String> {
    v.into_iter().map(str::to_string).collect()
}

/// The `name=` of an entry whose key is valid; otherwise the problem is reported and `None` returned.
fn named<'a>(
    file: &str,
    l: &Line<'a>,
    diags: &mut Vec<Diagnostic>,
    what: &str,
    key_ok: bool,
    key_rule: &str,
) -> Option<&'a str> {
    if !key_ok {
        diags.push(Diagnostic::error(
            file,
            l.no,
            format!("{what} key {:?} {key_rule}", l.key),
        ));
        return None;
    }
    let name = l.get("name");
    if name.is_none() {
        diags.push(Diagnostic::error(
            file,
            l.no,
            format!("{what} {} has no name=", l.key),
        ));
    }
    name
}

/// Parses `countries.lex`.
pub fn parse_countries(file: &str, text: &str, diags: &mut Vec<Diagnostic>) -> Vec<Country> {
    let mut out = Vec::new();
    for l in parse_lines(text) {
        let Some(name) = named(
            file,
            &l,
            diags,
            "country",
            is_code3(l.key),
            "is not an ISO alpha-3 code",
        ) else {
            continue;
        };
        out.push(Country {
            code: l.key.to_string(),
            iso2: l.get("iso2").unwrap_or("").to_string(),
            name: name.to_string(),
            names: owned(l.list("names")),
            adjectives: owned(l.list("adj")),
            demonyms: owned(l.list("demonyms")),
            capitals: owned(l.list("capital")),
            seats: owned(l.list("seats")),
            kind: l.get("kind").unwrap_or("state").to_string(),
            source: src(file, &l),
        });
    }
    out
}

/// Parses `places.lex`: `ISO3 | Name; Alternate; …`.
///
/// ```
/// let mut d = Vec::new();
/// let p = readout_lexicon::entities::parse_places("places.lex", "UKR | Kharkiv; Kharkov\nxx | Nowhere\n", &mut d);
/// assert_eq!(p.len(), 1);
/// assert_eq!(p[0].names, ["Kharkiv", "Kharkov"]);
/// assert_eq!(d.len(), 1);
/// ```
pub fn parse_places(file: &str, text: &str, diags: &mut Vec<Diagnostic>) -> Vec<Place> {
    let mut out = Vec::new();
    for l in parse_lines(text) {
        if !is_code3(l.key) {
            diags.push(Diagnostic::error(
                file,
                l.no,
                format!("place: {:?} is not an ISO alpha-3 code", l.key),
            ));
            continue;
        }
        let names: Vec<String> = l
            .bare
            .iter()
            .flat_map(|b| crate::format::split_list(b))
            .map(str::to_string)
            .collect();
        if names.is_empty() {
            diags.push(Diagnostic::error(file, l.no, "place without a name"));
            continue;
        }
        out.push(Place {
            country: l.key.to_string(),
            names,
            source: src(file, &l),
        });
    }
    out
}

/// Parses `igos.lex`.
pub fn parse_igos(file: &str, text: &str, diags: &mut Vec<Diagnostic>) -> Vec<Igo> {
    let mut out = Vec::new();
    for l in parse_lines(text) {
        let key_ok = l.key.starts_with("IGO")
            && l.key.len() >= 6
            && l.key.bytes().all(|b| b.is_ascii_uppercase());
        let Some(name) = named(
            file,
            &l,
            diags,
            "IGO",
            key_ok,
            "must be IGO + upper-case letters",
        ) else {
            continue;
        };
        out.push(Igo {
            code: l.key.to_string(),
            name: name.to_string(),
            names: owned(l.list("names")),
            adjectives: owned(l.list("adj")),
            source: src(file, &l),
        });
    }
    out
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Parses `organisations.lex`.
pub fn parse_organisations(
    file: &str,
    text: &str,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Organisation> {
    let mut out = Vec::new();
    for l in parse_lines(text) {
        if !valid_id(l.key) {
            diags.push(Diagnostic::error(
                file,
                l.no,
                format!(
                    "organisation id {:?} must be lower-case ASCII with hyphens",
                    l.key
                ),
            ));
            continue;
        }
        let (Some(name), Some(code)) = (l.get("name"), l.get("code")) else {
            diags.push(Diagnostic::error(
                file,
                l.no,
                format!("organisation {} needs name= and code=", l.key),
            ));
            continue;
        };
        let sector = l.get("sector").map(str::to_string);
        if let Some(s) = &sector {
            if !is_sector(s) {
                diags.push(Diagnostic::error(
                    file,
                    l.no,
                    format!("organisation {}: unknown sector {s}", l.key),
                ));
                continue;
            }
        }
        out.push(Organisation {
            id: l.key.to_string(),
            name: name.to_string(),
            names: owned(l.list("names")),
            code: code.to_string(),
            country: l.get("country").map(str::to_string),
            sector,
            kind: l.get("kind").unwrap_or("other").to_string(),
            source: src(file, &l),
        });
    }
    out
}

/// Parses one `role=` value: `CODE SECTOR FROM..TO Title`.
pub fn parse_role(v: &str, source: Source) -> Result<Role, String> {
    let mut parts = v.splitn(4, ' ');
    let (Some(base), Some(sector), Some(range), title) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(format!("role {v:?}: want `CODE SECTOR FROM..TO Title`"));
    };
    let igo = base.starts_with("IGO") && base.bytes().all(|b| b.is_ascii_uppercase());
    if !(is_code3(base) || igo || base == "---") {
        return Err(format!("role {v:?}: {base:?} is not a country or IGO code"));
    }
    if !is_sector(sector) {
        return Err(format!("role {v:?}: unknown sector {sector:?}"));
    }
    let range = parse_range(range).map_err(|e| format!("role {v:?}: {e}"))?;
    let mut title = title.unwrap_or("").trim();
    let mut shared = false;
    while let Some(open) = title.rfind(" [").filter(|_| title.ends_with(']')) {
        match &title[open + 2..title.len() - 1] {
            "shared" => shared = true,
            flag => return Err(format!("role {v:?}: unknown flag [{flag}]")),
        }
        title = title[..open].trim_end();
    }
    Ok(Role {
        base: base.to_string(),
        sector: sector.to_string(),
        range,
        title: title.to_string(),
        shared,
        source,
    })
}

/// Parses a `persons-*.lex` file.
pub fn parse_persons(file: &str, text: &str, diags: &mut Vec<Diagnostic>) -> Vec<Person> {
    let mut out = Vec::new();
    for l in parse_lines(text) {
        let Some(name) = named(
            file,
            &l,
            diags,
            "person",
            valid_id(l.key),
            "must be lower-case ASCII with hyphens",
        ) else {
            continue;
        };
        let mut roles = Vec::new();
        for r in l.all("role") {
            match parse_role(r, src(file, &l)) {
                Ok(role) => roles.push(role),
                Err(e) => diags.push(Diagnostic::error(
                    file,
                    l.no,
                    format!("person {}: {e}", l.key),
                )),
            }
        }
        let country = l.get("country").map(str::to_string);
        if let Some(c) = &country {
            if !is_code3(c) {
                diags.push(Diagnostic::error(
                    file,
                    l.no,
                    format!("person {}: country {c:?} is not an alpha-3 code", l.key),
                ));
            }
        }
        out.push(Person {
            id: l.key.to_string(),
            name: name.to_string(),
            family: l.get("family").map(str::to_string),
            given: l.get("given").map(str::to_string),
            names: l
                .get("names")
                .map(split_list)
                .map(owned)
                .unwrap_or_default(),
            country,
            roles,
            sources: vec![src(file, &l)],
        });
    }
    out
}

/// Parses `agents.lex`.
pub fn parse_agents(file: &str, text: &str, diags: &mut Vec<Diagnostic>) -> Vec<Agent> {
    let mut out = Vec::new();
    for l in parse_lines(text) {
        let mut sectors = Vec::new();
        let mut noplural = false;
        for b in &l.bare {
            for s in b.split_whitespace() {
                if s == "noplural" {
                    noplural = true;
                } else if is_sector(s) {
                    sectors.push(s.to_string());
                } else {
                    diags.push(Diagnostic::error(
                        file,
                        l.no,
                        format!("agent {:?}: unknown sector or flag {s:?}", l.key),
                    ));
                }
            }
        }
        if sectors.is_empty() {
            diags.push(Diagnostic::error(
                file,
                l.no,
                format!("agent {:?} has no sector code", l.key),
            ));
            continue;
        }
        let plural = if noplural {
            None
        } else {
            Some(
                l.get("plural")
                    .map(str::to_string)
                    .unwrap_or_else(|| pluralize(l.key)),
            )
        };
        out.push(Agent {
            phrase: l.key.to_string(),
            plural,
            sectors,
            source: src(file, &l),
        });
    }
    out
}

/// Regular English plural of a phrase's last word (`militia` → `militias`, `party` → `parties`).
///
/// ```
/// use readout_lexicon::entities::pluralize;
/// assert_eq!(pluralize("foreign ministry"), "foreign ministries");
/// assert_eq!(pluralize("soldier"), "soldiers");
/// assert_eq!(pluralize("witness"), "witnesses");
/// assert_eq!(pluralize("attorney"), "attorneys");
/// ```
pub fn pluralize(phrase: &str) -> String {
    let (head, last) = match phrase.rfind(' ') {
        Some(i) => (&phrase[..=i], &phrase[i + 1..]),
        None => ("", phrase),
    };
    let lower = last.to_ascii_lowercase();
    let vowel_before_y = lower.len() >= 2
        && matches!(
            lower.as_bytes()[lower.len() - 2],
            b'a' | b'e' | b'i' | b'o' | b'u'
        );
    let p = if lower.ends_with('y') && !vowel_before_y {
        format!("{}ies", &last[..last.len() - 1])
    } else if ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|e| lower.ends_with(e))
    {
        format!("{last}es")
    } else {
        format!("{last}s")
    };
    format!("{head}{p}")
}
