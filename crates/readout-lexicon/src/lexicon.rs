//! The compiled lexicon: every table loaded, merged and compiled into phrase automata once.

use std::collections::HashMap;

use rustc_hash::FxHashMap;
use std::path::Path;

use crate::diag::{Diagnostic, LexiconError};
use crate::entities::{
    parse_agents, parse_countries, parse_igos, parse_organisations, parse_persons, parse_places,
    Agent, Country, Igo, Organisation, Person, Place,
};
use crate::format::parse_lines;
use crate::ontology::Ontology;
use crate::phrases::{phrase_tokens, PhraseIndex, PhraseIndexBuilder};
use crate::verbs::{
    noun_forms, parse_discards, parse_verbs, prefix_lengths, Discard, Element, Irregulars,
    PatternKind, VerbPattern, WordClasses, MAX_EXPANSIONS,
};

/// The files compiled into the binary, in load order (the ontology first: later files are checked against it).
pub const BUILTIN_FILES: &[(&str, &str)] = &[
    ("cameo.lex", include_str!("../data/cameo.lex")),
    ("countries.lex", include_str!("../data/countries.lex")),
    ("places.lex", include_str!("../data/places.lex")),
    ("places-probe.lex", include_str!("../data/places-probe.lex")),
    (
        "places-probe-2.lex",
        include_str!("../data/places-probe-2.lex"),
    ),
    (
        "places-probe-3.lex",
        include_str!("../data/places-probe-3.lex"),
    ),
    ("igos.lex", include_str!("../data/igos.lex")),
    (
        "organisations.lex",
        include_str!("../data/organisations.lex"),
    ),
    (
        "organisations-probe.lex",
        include_str!("../data/organisations-probe.lex"),
    ),
    (
        "organisations-probe-articles.lex",
        include_str!("../data/organisations-probe-articles.lex"),
    ),
    (
        "organisations-probe-2.lex",
        include_str!("../data/organisations-probe-2.lex"),
    ),
    (
        "organisations-probe-3.lex",
        include_str!("../data/organisations-probe-3.lex"),
    ),
    (
        "organisations-probe-articles-3.lex",
        include_str!("../data/organisations-probe-articles-3.lex"),
    ),
    (
        "organisations-probe-articles-5a.lex",
        include_str!("../data/organisations-probe-articles-5a.lex"),
    ),
    (
        "organisations-probe-articles-5b.lex",
        include_str!("../data/organisations-probe-articles-5b.lex"),
    ),
    (
        "organisations-probe-articles-6b.lex",
        include_str!("../data/organisations-probe-articles-6b.lex"),
    ),
    (
        "organisations-probe-articles-7b.lex",
        include_str!("../data/organisations-probe-articles-7b.lex"),
    ),
    (
        "organisations-probe-articles-8b.lex",
        include_str!("../data/organisations-probe-articles-8b.lex"),
    ),
    (
        "organisations-probe-articles-8a.lex",
        include_str!("../data/organisations-probe-articles-8a.lex"),
    ),
    (
        "persons-africa.lex",
        include_str!("../data/persons-africa.lex"),
    ),
    (
        "persons-americas-oceania.lex",
        include_str!("../data/persons-americas-oceania.lex"),
    ),
    ("persons-asia.lex", include_str!("../data/persons-asia.lex")),
    (
        "persons-europe.lex",
        include_str!("../data/persons-europe.lex"),
    ),
    (
        "persons-ministers.lex",
        include_str!("../data/persons-ministers.lex"),
    ),
    (
        "persons-other.lex",
        include_str!("../data/persons-other.lex"),
    ),
    (
        "persons-history.lex",
        include_str!("../data/persons-history.lex"),
    ),
    (
        "persons-probe.lex",
        include_str!("../data/persons-probe.lex"),
    ),
    (
        "persons-probe-articles.lex",
        include_str!("../data/persons-probe-articles.lex"),
    ),
    (
        "persons-probe-2.lex",
        include_str!("../data/persons-probe-2.lex"),
    ),
    (
        "persons-probe-3.lex",
        include_str!("../data/persons-probe-3.lex"),
    ),
    (
        "persons-probe-articles-2.lex",
        include_str!("../data/persons-probe-articles-2.lex"),
    ),
    (
        "persons-probe-articles-3.lex",
        include_str!("../data/persons-probe-articles-3.lex"),
    ),
    (
        "persons-probe-articles-4.lex",
        include_str!("../data/persons-probe-articles-4.lex"),
    ),
    (
        "persons-probe-articles-5a.lex",
        include_str!("../data/persons-probe-articles-5a.lex"),
    ),
    (
        "persons-probe-articles-5b.lex",
        include_str!("../data/persons-probe-articles-5b.lex"),
    ),
    (
        "persons-probe-articles-6b.lex",
        include_str!("../data/persons-probe-articles-6b.lex"),
    ),
    (
        "persons-probe-articles-7a.lex",
        include_str!("../data/persons-probe-articles-7a.lex"),
    ),
    (
        "persons-probe-articles-7b.lex",
        include_str!("../data/persons-probe-articles-7b.lex"),
    ),
    (
        "persons-probe-articles-8b.lex",
        include_str!("../data/persons-probe-articles-8b.lex"),
    ),
    (
        "persons-probe-articles-8a.lex",
        include_str!("../data/persons-probe-articles-8a.lex"),
    ),
    ("agents.lex", include_str!("../data/agents.lex")),
    ("agents-probe.lex", include_str!("../data/agents-probe.lex")),
    (
        "agents-probe-articles.lex",
        include_str!("../data/agents-probe-articles.lex"),
    ),
    (
        "agents-probe-2.lex",
        include_str!("../data/agents-probe-2.lex"),
    ),
    (
        "agents-probe-articles-2.lex",
        include_str!("../data/agents-probe-articles-2.lex"),
    ),
    (
        "agents-probe-articles-3.lex",
        include_str!("../data/agents-probe-articles-3.lex"),
    ),
    (
        "agents-probe-articles-4.lex",
        include_str!("../data/agents-probe-articles-4.lex"),
    ),
    (
        "agents-probe-articles-6b.lex",
        include_str!("../data/agents-probe-articles-6b.lex"),
    ),
    (
        "agents-probe-articles-8b.lex",
        include_str!("../data/agents-probe-articles-8b.lex"),
    ),
    ("modifiers.lex", include_str!("../data/modifiers.lex")),
    ("irregular.lex", include_str!("../data/irregular.lex")),
    ("classes.lex", include_str!("../data/classes.lex")),
    ("verbs.lex", include_str!("../data/verbs.lex")),
    (
        "verbs-more-01-05.lex",
        include_str!("../data/verbs-more-01-05.lex"),
    ),
    (
        "verbs-more-06-12.lex",
        include_str!("../data/verbs-more-06-12.lex"),
    ),
    (
        "verbs-more-13-20.lex",
        include_str!("../data/verbs-more-13-20.lex"),
    ),
    (
        "verbs-probe-01-05.lex",
        include_str!("../data/verbs-probe-01-05.lex"),
    ),
    (
        "verbs-probe-06-09.lex",
        include_str!("../data/verbs-probe-06-09.lex"),
    ),
    (
        "verbs-probe-10-14.lex",
        include_str!("../data/verbs-probe-10-14.lex"),
    ),
    (
        "verbs-probe-15-20.lex",
        include_str!("../data/verbs-probe-15-20.lex"),
    ),
    (
        "verbs-probe2-01-05.lex",
        include_str!("../data/verbs-probe2-01-05.lex"),
    ),
    (
        "verbs-probe2-06-09.lex",
        include_str!("../data/verbs-probe2-06-09.lex"),
    ),
    (
        "verbs-probe2-10-14.lex",
        include_str!("../data/verbs-probe2-10-14.lex"),
    ),
    (
        "verbs-probe2-15-20.lex",
        include_str!("../data/verbs-probe2-15-20.lex"),
    ),
    (
        "verbs-probe3-01-05.lex",
        include_str!("../data/verbs-probe3-01-05.lex"),
    ),
    (
        "verbs-probe3-06-09.lex",
        include_str!("../data/verbs-probe3-06-09.lex"),
    ),
    (
        "verbs-probe3-10-14.lex",
        include_str!("../data/verbs-probe3-10-14.lex"),
    ),
    (
        "verbs-probe3-15-20.lex",
        include_str!("../data/verbs-probe3-15-20.lex"),
    ),
    (
        "verbs-probe4-01-05.lex",
        include_str!("../data/verbs-probe4-01-05.lex"),
    ),
    (
        "verbs-probe4-06-09.lex",
        include_str!("../data/verbs-probe4-06-09.lex"),
    ),
    (
        "verbs-probe4-10-14.lex",
        include_str!("../data/verbs-probe4-10-14.lex"),
    ),
    (
        "verbs-probe4-15-20.lex",
        include_str!("../data/verbs-probe4-15-20.lex"),
    ),
    (
        "verbs-subcodes-01-07.lex",
        include_str!("../data/verbs-subcodes-01-07.lex"),
    ),
    (
        "verbs-subcodes-08-14.lex",
        include_str!("../data/verbs-subcodes-08-14.lex"),
    ),
    (
        "verbs-subcodes-15-20.lex",
        include_str!("../data/verbs-subcodes-15-20.lex"),
    ),
    (
        "verbs-subcodes2-01-07.lex",
        include_str!("../data/verbs-subcodes2-01-07.lex"),
    ),
    (
        "verbs-subcodes2-08-14.lex",
        include_str!("../data/verbs-subcodes2-08-14.lex"),
    ),
    (
        "verbs-subcodes2-15-20.lex",
        include_str!("../data/verbs-subcodes2-15-20.lex"),
    ),
    (
        "verbs-subcodes3-01-07.lex",
        include_str!("../data/verbs-subcodes3-01-07.lex"),
    ),
    (
        "verbs-subcodes3-08-14.lex",
        include_str!("../data/verbs-subcodes3-08-14.lex"),
    ),
    (
        "verbs-subcodes3-15-20.lex",
        include_str!("../data/verbs-subcodes3-15-20.lex"),
    ),
    (
        "verbs-probe5-03-08-15.lex",
        include_str!("../data/verbs-probe5-03-08-15.lex"),
    ),
    (
        "verbs-probe5-12-14-19.lex",
        include_str!("../data/verbs-probe5-12-14-19.lex"),
    ),
    (
        "verbs-probe5-06-07-09-11.lex",
        include_str!("../data/verbs-probe5-06-07-09-11.lex"),
    ),
    (
        "verbs-probe5-13-16-17-18-20.lex",
        include_str!("../data/verbs-probe5-13-16-17-18-20.lex"),
    ),
    (
        "verbs-probe5-01-02-04-05.lex",
        include_str!("../data/verbs-probe5-01-02-04-05.lex"),
    ),
    (
        "verbs-probe-articles.lex",
        include_str!("../data/verbs-probe-articles.lex"),
    ),
    (
        "verbs-probe-articles-2.lex",
        include_str!("../data/verbs-probe-articles-2.lex"),
    ),
    (
        "verbs-probe-articles-3.lex",
        include_str!("../data/verbs-probe-articles-3.lex"),
    ),
    (
        "verbs-probe-articles-4.lex",
        include_str!("../data/verbs-probe-articles-4.lex"),
    ),
    (
        "verbs-probe-articles-5a.lex",
        include_str!("../data/verbs-probe-articles-5a.lex"),
    ),
    (
        "verbs-probe-articles-5b.lex",
        include_str!("../data/verbs-probe-articles-5b.lex"),
    ),
    (
        "verbs-probe-articles-6a.lex",
        include_str!("../data/verbs-probe-articles-6a.lex"),
    ),
    (
        "verbs-probe-articles-6b.lex",
        include_str!("../data/verbs-probe-articles-6b.lex"),
    ),
    (
        "verbs-probe-articles-7a.lex",
        include_str!("../data/verbs-probe-articles-7a.lex"),
    ),
    (
        "verbs-probe-articles-7b.lex",
        include_str!("../data/verbs-probe-articles-7b.lex"),
    ),
    (
        "verbs-probe-articles-8b.lex",
        include_str!("../data/verbs-probe-articles-8b.lex"),
    ),
    (
        "verbs-probe-articles-8a.lex",
        include_str!("../data/verbs-probe-articles-8a.lex"),
    ),
    (
        "verbs-sweep-01-02-06-07-09-10.lex",
        include_str!("../data/verbs-sweep-01-02-06-07-09-10.lex"),
    ),
    (
        "verbs-sweep-04-05-13-16.lex",
        include_str!("../data/verbs-sweep-04-05-13-16.lex"),
    ),
    (
        "verbs-sweep-03-08.lex",
        include_str!("../data/verbs-sweep-03-08.lex"),
    ),
    (
        "verbs-sweep-11-12.lex",
        include_str!("../data/verbs-sweep-11-12.lex"),
    ),
    (
        "verbs-sweep-14-15.lex",
        include_str!("../data/verbs-sweep-14-15.lex"),
    ),
    (
        "verbs-sweep-17-20.lex",
        include_str!("../data/verbs-sweep-17-20.lex"),
    ),
    (
        "verbs-sweep7-nominal-11-20.lex",
        include_str!("../data/verbs-sweep7-nominal-11-20.lex"),
    ),
    (
        "verbs-sweep7-era.lex",
        include_str!("../data/verbs-sweep7-era.lex"),
    ),
    (
        "verbs-sweep7-regional.lex",
        include_str!("../data/verbs-sweep7-regional.lex"),
    ),
    (
        "verbs-sweep7-conflict2.lex",
        include_str!("../data/verbs-sweep7-conflict2.lex"),
    ),
    (
        "verbs-sweep7-nominal-01-10.lex",
        include_str!("../data/verbs-sweep7-nominal-01-10.lex"),
    ),
    (
        "verbs-sweep7-headline.lex",
        include_str!("../data/verbs-sweep7-headline.lex"),
    ),
    (
        "verbs-sweep8-01-02-04-05.lex",
        include_str!("../data/verbs-sweep8-01-02-04-05.lex"),
    ),
    (
        "verbs-sweep8-14-15-16-17.lex",
        include_str!("../data/verbs-sweep8-14-15-16-17.lex"),
    ),
    (
        "verbs-sweep8-18-19-20.lex",
        include_str!("../data/verbs-sweep8-18-19-20.lex"),
    ),
    (
        "verbs-sweep8-09-10-11-12-13.lex",
        include_str!("../data/verbs-sweep8-09-10-11-12-13.lex"),
    ),
    (
        "verbs-sweep8-03-06-07-08.lex",
        include_str!("../data/verbs-sweep8-03-06-07-08.lex"),
    ),
    ("discards.lex", include_str!("../data/discards.lex")),
    (
        "discards-probe-articles-2.lex",
        include_str!("../data/discards-probe-articles-2.lex"),
    ),
    (
        "discards-probe-articles-5b.lex",
        include_str!("../data/discards-probe-articles-5b.lex"),
    ),
];

/// What a phrase in the actor index stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActorTarget {
    /// A country's name (`Russia`).
    CountryName(u32),
    /// A country's adjective (`Russian`).
    CountryAdj(u32),
    /// A country's people (`Russians`).
    Demonym(u32),
    /// A capital (`Moscow`): the government when it acts.
    Capital(u32),
    /// Another place of a country (`Kharkiv`, `Darfur`): the country.
    Place(u32),
    /// A seat of power (`Kremlin`): the government.
    Seat(u32),
    /// An international organisation's name.
    Igo(u32),
    /// An international organisation's adjective (`NATO troops`).
    IgoAdj(u32),
    /// A non-state organisation.
    Org(u32),
    /// A person's full name or a listed variant.
    PersonFull(u32),
    /// A person's family name alone (may be ambiguous).
    PersonFamily(u32),
    /// A role noun.
    Agent {
        /// Index into the agents.
        idx: u32,
        /// Matched its plural.
        plural: bool,
    },
    /// An office title from the people's roles (`President`).
    Title(u32),
    /// A word that may stand between a country and an agent (`senior`, `top`).
    Modifier,
}

/// What the verb index stores: the pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerbHit {
    /// Index into [`Lexicon::verb_patterns`].
    pub pattern: u32,
}

/// Which table a file feeds, from its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// `cameo*.lex`
    Cameo,
    /// `countries*.lex`
    Countries,
    /// `igos*.lex`
    Igos,
    /// `organisations*.lex` / `organizations*.lex`
    Organisations,
    /// `persons*.lex`
    Persons,
    /// `agents*.lex`
    Agents,
    /// `modifiers*.lex`
    Modifiers,
    /// `irregular*.lex`
    Irregular,
    /// `verbs*.lex`
    Verbs,
    /// `discards*.lex`
    Discards,
    /// `places*.lex` / `cities*.lex`
    Places,
    /// `classes*.lex`: word classes for verb patterns
    Classes,
}

impl FileKind {
    /// The kind of a file, from its file name.
    pub fn of(name: &str) -> Option<FileKind> {
        let base = Path::new(name)
            .file_name()?
            .to_string_lossy()
            .to_lowercase();
        let kinds = [
            ("cameo", FileKind::Cameo),
            ("countries", FileKind::Countries),
            ("igos", FileKind::Igos),
            ("organisations", FileKind::Organisations),
            ("organizations", FileKind::Organisations),
            ("persons", FileKind::Persons),
            ("agents", FileKind::Agents),
            ("modifiers", FileKind::Modifiers),
            ("irregular", FileKind::Irregular),
            ("verbs", FileKind::Verbs),
            ("discards", FileKind::Discards),
            ("places", FileKind::Places),
            ("cities", FileKind::Places),
            ("classes", FileKind::Classes),
        ];
        // The kind word may stand anywhere in the name (`my-agents.lex`, `2024-verbs.lex`); the earliest wins.
        kinds
            .iter()
            .filter_map(|(p, k)| base.find(p).map(|at| (at, *k)))
            .min_by_key(|(at, _)| *at)
            .map(|(_, k)| k)
    }
}

/// Collects lexicon files and compiles them.
///
/// ```
/// use readout_lexicon::LexiconBuilder;
/// let mut b = LexiconBuilder::new();
/// b.add_text("my-agents.lex", "peacekeeper | MIL\n");
/// let (lex, diags) = b.build();
/// assert!(diags.is_empty());
/// assert!(lex.stats().agents > 300);
/// ```
#[derive(Debug, Clone)]
pub struct LexiconBuilder {
    builtin: bool,
    files: Vec<(String, String)>,
}

impl Default for LexiconBuilder {
    fn default() -> Self {
        LexiconBuilder {
            builtin: true,
            files: Vec::new(),
        }
    }
}

impl LexiconBuilder {
    /// A builder that starts from the built-in lexicon.
    pub fn new() -> LexiconBuilder {
        LexiconBuilder::default()
    }

    /// Whether to include the built-in files (on by default).
    pub fn builtin(&mut self, yes: bool) -> &mut Self {
        self.builtin = yes;
        self
    }

    /// Adds a file's text under a name (its kind comes from the name).
    pub fn add_text(&mut self, name: &str, text: &str) -> &mut Self {
        self.files.push((name.to_string(), text.to_string()));
        self
    }

    /// Adds a file, or every `.lex` file in a directory (sorted).
    ///
    /// # Errors
    /// When a file cannot be read or its kind cannot be told from its name.
    pub fn add_path(&mut self, path: &Path) -> Result<&mut Self, LexiconError> {
        let io = |e| LexiconError::Io {
            path: path.display().to_string(),
            source: e,
        };
        if path.is_dir() {
            let mut paths: Vec<_> = std::fs::read_dir(path)
                .map_err(io)?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "lex"))
                .collect();
            paths.sort();
            for p in paths {
                self.add_path(&p)?;
            }
            return Ok(self);
        }
        let name = path.display().to_string();
        if FileKind::of(&name).is_none() {
            return Err(LexiconError::UnknownKind(name));
        }
        let text = std::fs::read_to_string(path).map_err(io)?;
        self.files.push((name, text));
        Ok(self)
    }

    /// Loads, merges and compiles. Lines that cannot be used are skipped and reported.
    pub fn build(&self) -> (Lexicon, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let mut raw = RawLexicon::default();
        let builtin = BUILTIN_FILES
            .iter()
            .filter(|_| self.builtin)
            .map(|(n, t)| (*n, *t));
        let user = self.files.iter().map(|(n, t)| (n.as_str(), t.as_str()));
        let files: Vec<(&str, &str)> = builtin.chain(user).collect();
        let is_verbs = |name: &str| FileKind::of(name) == Some(FileKind::Verbs);
        let is_classes = |name: &str| FileKind::of(name) == Some(FileKind::Classes);
        // Word classes come first, whatever the file order: any verb file may use any class.
        let mut classes = WordClasses::default();
        for (name, text) in files.iter().filter(|(n, _)| is_classes(n)) {
            raw.files.push(name.to_string());
            classes.extend(WordClasses::parse(name, text, &mut diags));
        }
        let classes = &classes;
        // Verb files are the bulk of the text; they parse on a second thread while the rest loads.
        let parsed_verbs = std::thread::scope(|s| {
            let verbs = s.spawn(|| {
                files
                    .iter()
                    .filter(|(n, _)| is_verbs(n))
                    .map(|(n, t)| {
                        let mut d = Vec::new();
                        let v = parse_verbs(n, t, classes, &mut d);
                        (*n, v, d)
                    })
                    .collect::<Vec<_>>()
            });
            for (name, text) in &files {
                if is_classes(name) {
                    continue;
                }
                if is_verbs(name) {
                    raw.files.push(name.to_string());
                } else {
                    raw.load(name, text, &mut diags);
                }
            }
            verbs.join().unwrap_or_default()
        });
        for (name, patterns, d) in parsed_verbs {
            diags.extend(d);
            raw.add_verbs(name, patterns, &mut diags);
        }
        let lex = raw.compile(&mut diags);
        (lex, diags)
    }
}

/// Tables as loaded, before compiling.
#[derive(Default)]
struct RawLexicon {
    ontology: Option<Ontology>,
    countries: Vec<Country>,
    places: Vec<Place>,
    igos: Vec<Igo>,
    orgs: Vec<Organisation>,
    persons: Vec<Person>,
    person_ids: HashMap<String, usize>,
    agents: Vec<Agent>,
    modifiers: Vec<String>,
    irregular: Irregulars,
    verbs: Vec<VerbPattern>,
    discards: Vec<Discard>,
    files: Vec<String>,
}

impl RawLexicon {
    fn load(&mut self, name: &str, text: &str, diags: &mut Vec<Diagnostic>) {
        self.files.push(name.to_string());
        let Some(kind) = FileKind::of(name) else {
            diags.push(Diagnostic::error(name, 0, "unknown kind of lexicon file"));
            return;
        };
        match kind {
            FileKind::Cameo => {
                let o = Ontology::parse(name, text, diags);
                self.ontology = Some(o);
            }
            FileKind::Countries => self.countries.extend(parse_countries(name, text, diags)),
            FileKind::Places => self.places.extend(parse_places(name, text, diags)),
            FileKind::Igos => self.igos.extend(parse_igos(name, text, diags)),
            FileKind::Organisations => self.orgs.extend(parse_organisations(name, text, diags)),
            FileKind::Persons => {
                for p in parse_persons(name, text, diags) {
                    self.merge_person(p);
                }
            }
            FileKind::Agents => self.agents.extend(parse_agents(name, text, diags)),
            FileKind::Modifiers => self
                .modifiers
                .extend(parse_lines(text).map(|l| l.key.to_string())),
            FileKind::Irregular => self.irregular.extend(Irregulars::parse(name, text, diags)),
            FileKind::Verbs => {
                let patterns = parse_verbs(name, text, &WordClasses::default(), diags);
                self.add_verbs(name, patterns, diags);
            }
            FileKind::Discards => self.discards.extend(parse_discards(name, text)),
            // Read before every other file, in `build`.
            FileKind::Classes => {}
        }
    }

    /// Keeps the patterns whose code the ontology knows.
    fn add_verbs(&mut self, name: &str, patterns: Vec<VerbPattern>, diags: &mut Vec<Diagnostic>) {
        let ontology = self.ontology.as_ref();
        for p in patterns {
            if ontology.is_some_and(|o| !o.contains(&p.code)) {
                diags.push(Diagnostic::error(
                    name,
                    p.source.line,
                    format!("unknown CAMEO code {:?}", p.code),
                ));
                continue;
            }
            self.verbs.push(p);
        }
    }

    /// The same id in several files is one person: names and roles are united.
    fn merge_person(&mut self, p: Person) {
        match self.person_ids.get(&p.id) {
            Some(&i) => {
                let q = &mut self.persons[i];
                for n in p.names {
                    if !q.names.contains(&n) && n != q.name {
                        q.names.push(n);
                    }
                }
                if p.name != q.name && !q.names.contains(&p.name) {
                    q.names.push(p.name);
                }
                q.family = q.family.take().or(p.family);
                q.given = q.given.take().or(p.given);
                q.country = q.country.take().or(p.country);
                for r in p.roles {
                    let dup = q.roles.iter().any(|x| {
                        x.base == r.base
                            && x.sector == r.sector
                            && x.title == r.title
                            && x.range == r.range
                    });
                    if !dup {
                        q.roles.push(r);
                    }
                }
                q.sources.extend(p.sources);
            }
            None => {
                self.person_ids.insert(p.id.clone(), self.persons.len());
                self.persons.push(p);
            }
        }
    }

    /// The actor phrase index and the office titles gathered from the roles.
    fn compile_actors(&self) -> (PhraseIndex<ActorTarget>, Vec<String>) {
        let mut actors: PhraseIndexBuilder<ActorTarget> = PhraseIndexBuilder::new();
        for (i, c) in self.countries.iter().enumerate() {
            let i = i as u32;
            for n in std::iter::once(&c.name).chain(&c.names) {
                actors.add(n, ActorTarget::CountryName(i), true);
            }
            for a in &c.adjectives {
                actors.add(a, ActorTarget::CountryAdj(i), true);
            }
            for d in &c.demonyms {
                actors.add(d, ActorTarget::Demonym(i), true);
            }
            for cap in &c.capitals {
                actors.add(cap, ActorTarget::Capital(i), true);
            }
            for s in &c.seats {
                actors.add(s, ActorTarget::Seat(i), true);
            }
        }
        let by_code: HashMap<&str, u32> = self
            .countries
            .iter()
            .enumerate()
            .map(|(i, c)| (c.code.as_str(), i as u32))
            .collect();
        for p in &self.places {
            if let Some(&i) = by_code.get(p.country.as_str()) {
                for n in &p.names {
                    actors.add(n, ActorTarget::Place(i), true);
                }
            }
        }
        for (i, g) in self.igos.iter().enumerate() {
            for n in std::iter::once(&g.name).chain(&g.names) {
                actors.add(n, ActorTarget::Igo(i as u32), true);
            }
            for a in &g.adjectives {
                actors.add(a, ActorTarget::IgoAdj(i as u32), true);
            }
        }
        for (i, o) in self.orgs.iter().enumerate() {
            for n in std::iter::once(&o.name).chain(&o.names) {
                actors.add(n, ActorTarget::Org(i as u32), true);
            }
        }
        let mut titles: Vec<String> = Vec::new();
        let mut title_ids: HashMap<String, u32> = HashMap::new();
        for (i, p) in self.persons.iter().enumerate() {
            let i = i as u32;
            for n in std::iter::once(&p.name).chain(&p.names) {
                actors.add(n, ActorTarget::PersonFull(i), true);
            }
            if let (Some(g), Some(f)) = (&p.given, &p.family) {
                actors.add(&format!("{g} {f}"), ActorTarget::PersonFull(i), true);
            }
            if let Some(f) = &p.family {
                actors.add(f, ActorTarget::PersonFamily(i), true);
            }
            for r in &p.roles {
                let t = r.title.trim();
                if t.is_empty() {
                    continue;
                }
                let key = t.to_lowercase();
                if let std::collections::hash_map::Entry::Vacant(e) = title_ids.entry(key) {
                    e.insert(titles.len() as u32);
                    actors.add(t, ActorTarget::Title(titles.len() as u32), false);
                    titles.push(t.to_string());
                }
            }
        }
        for (i, a) in self.agents.iter().enumerate() {
            let i = i as u32;
            actors.add(
                &a.phrase,
                ActorTarget::Agent {
                    idx: i,
                    plural: false,
                },
                false,
            );
            if let Some(pl) = &a.plural {
                actors.add(
                    pl,
                    ActorTarget::Agent {
                        idx: i,
                        plural: true,
                    },
                    false,
                );
            }
        }
        for m in &self.modifiers {
            actors.add(m, ActorTarget::Modifier, false);
        }

        (actors.build(), titles)
    }

    /// The verb phrase index.
    fn compile_verbs(&self) -> PhraseIndex<VerbHit> {
        let mut verbs: PhraseIndexBuilder<VerbHit> = PhraseIndexBuilder::new();
        // Expansions are built as sequences of token ids: pattern words are tokenized like text (so `cease-fire`
        // or `U.N.` line up with text tokens) and interned once, and a head's inflections are generated once per
        // lemma, however many patterns share it.
        let mut word_ids: FxHashMap<String, Vec<u32>> = FxHashMap::default();
        let mut head_forms: FxHashMap<(String, bool), Vec<Vec<u32>>> = FxHashMap::default();
        let mut ids_of = |verbs: &mut PhraseIndexBuilder<VerbHit>, w: &str| -> Vec<u32> {
            if let Some(ids) = word_ids.get(w) {
                return ids.clone();
            }
            let ids: Vec<u32> = phrase_tokens(w)
                .iter()
                .map(|(n, _)| verbs.intern(n))
                .collect();
            word_ids.insert(w.to_string(), ids.clone());
            ids
        };
        // Each pattern is inserted by walking a frontier of trie nodes element by element, so the prefixes its
        // expansions share ("held talks", "held negotiations") are walked once, and no expansion is materialised.
        for (i, p) in self.verbs.iter().enumerate() {
            let adverb_led = crate::verbs::adverb_led(p);
            // The check counts the word sequences after the head; each of the head's choices has its own.
            let cap = MAX_EXPANSIONS * crate::verbs::head_choices(p);
            for upto in prefix_lengths(p) {
                let mut frontier: Vec<u32> = vec![0];
                for (k, e) in p.elements[..upto].iter().enumerate() {
                    let Element::Word { alts, optional } = e else {
                        continue;
                    };
                    let mut options: Vec<Vec<u32>> = Vec::new();
                    for a in alts {
                        if k == 1 && adverb_led {
                            // ("forcibly transferred": the verb after the adverb, in each of its forms.)
                            for f in self.irregular.verb_forms(a) {
                                options.push(ids_of(&mut verbs, &f));
                            }
                        } else if k == 0 && !adverb_led {
                            // The head is stored once, in base form; its inflections map to it at match time.
                            let key = (a.clone(), p.kind == PatternKind::Verb);
                            if !head_forms.contains_key(&key) {
                                let lemma = ids_of(&mut verbs, a);
                                if let [head] = lemma[..] {
                                    let forms = match p.kind {
                                        PatternKind::Verb => self.irregular.verb_forms(a),
                                        PatternKind::Noun => noun_forms(a),
                                    };
                                    for f in forms {
                                        if let [form] = ids_of(&mut verbs, &f)[..] {
                                            verbs.add_head_form(form, head);
                                        }
                                    }
                                }
                                head_forms.insert(key.clone(), vec![lemma]);
                            }
                            options.extend(head_forms[&key].iter().cloned());
                        } else {
                            options.push(ids_of(&mut verbs, a));
                        }
                    }
                    let mut next = if *optional {
                        frontier.clone()
                    } else {
                        Vec::new()
                    };
                    for &node in &frontier {
                        for o in &options {
                            next.push(verbs.walk(node, o));
                        }
                    }
                    next.sort_unstable();
                    next.dedup();
                    next.truncate(cap);
                    frontier = next;
                }
                for node in frontier.into_iter().filter(|&n| n != 0) {
                    verbs.mark(node, VerbHit { pattern: i as u32 });
                }
            }
        }
        verbs.build()
    }

    fn compile(self, diags: &mut Vec<Diagnostic>) -> Lexicon {
        for p in &self.places {
            if !self.countries.iter().any(|c| c.code == p.country) {
                diags.push(Diagnostic::error(
                    &p.source.file,
                    p.source.line,
                    format!("place {:?}: no country {}", p.names[0], p.country),
                ));
            }
        }
        // The two indexes are independent; on a machine with two cores they build side by side.
        let ((actor_index, titles), verb_index) = std::thread::scope(|s| {
            let verbs = s.spawn(|| self.compile_verbs());
            let actors = self.compile_actors();
            (
                actors,
                verbs.join().unwrap_or_else(|_| self.compile_verbs()),
            )
        });
        let mut discards: PhraseIndexBuilder<u32> = PhraseIndexBuilder::new();
        for (i, d) in self.discards.iter().map(|d| &d.phrase).enumerate() {
            discards.add(d, i as u32, false);
        }
        let ontology = self.ontology.unwrap_or_else(|| {
            diags.push(Diagnostic::error(
                "cameo.lex",
                0,
                "no CAMEO ontology loaded",
            ));
            Ontology::default()
        });
        let mut hyphen_countries = HashMap::new();
        for (i, c) in self.countries.iter().enumerate() {
            for w in std::iter::once(&c.name)
                .chain(&c.names)
                .chain(&c.adjectives)
            {
                if let [(norm, _)] = phrase_tokens(w).as_slice() {
                    hyphen_countries.entry(norm.clone()).or_insert(i as u32);
                }
            }
        }
        let country_codes = self
            .countries
            .iter()
            .enumerate()
            .map(|(i, c)| (c.code.clone(), i as u32))
            .collect();
        let igo_codes = self
            .igos
            .iter()
            .enumerate()
            .map(|(i, g)| (g.code.clone(), i as u32))
            .collect();
        Lexicon {
            ontology,
            countries: self.countries,
            places: self.places,
            country_codes,
            igos: self.igos,
            igo_codes,
            orgs: self.orgs,
            persons: self.persons,
            person_ids: self.person_ids,
            agents: self.agents,
            titles,
            irregular: self.irregular,
            verbs: self.verbs,
            discards: self.discards,
            actor_index,
            verb_index,
            discard_index: discards.build(),
            files: self.files,
            hyphen_countries,
        }
    }
}

/// Counts for `readout lexicon stats`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct LexiconStats {
    /// States and territories.
    pub countries: usize,
    /// Cities, provinces and regions.
    pub places: usize,
    /// International organisations.
    pub igos: usize,
    /// People.
    pub persons: usize,
    /// Non-state organisations.
    pub organisations: usize,
    /// Role nouns.
    pub agents: usize,
    /// Verb and noun patterns.
    pub verb_patterns: usize,
    /// CAMEO sub-codes (3–4 digits) with at least one pattern.
    pub cameo_codes_covered: usize,
    /// Terms in office over all people.
    pub roles: usize,
    /// Discard phrases.
    pub discards: usize,
    /// CAMEO codes in the ontology.
    pub cameo_codes: usize,
}

/// The compiled lexicon: immutable, `Send + Sync`, built once and shared.
#[derive(Debug)]
pub struct Lexicon {
    pub(crate) ontology: Ontology,
    pub(crate) countries: Vec<Country>,
    pub(crate) places: Vec<Place>,
    pub(crate) country_codes: HashMap<String, u32>,
    pub(crate) igos: Vec<Igo>,
    pub(crate) igo_codes: HashMap<String, u32>,
    pub(crate) orgs: Vec<Organisation>,
    pub(crate) persons: Vec<Person>,
    pub(crate) person_ids: HashMap<String, usize>,
    pub(crate) agents: Vec<Agent>,
    pub(crate) titles: Vec<String>,
    pub(crate) irregular: Irregulars,
    pub(crate) verbs: Vec<VerbPattern>,
    pub(crate) discards: Vec<Discard>,
    pub(crate) actor_index: PhraseIndex<ActorTarget>,
    pub(crate) verb_index: PhraseIndex<VerbHit>,
    pub(crate) discard_index: PhraseIndex<u32>,
    pub(crate) files: Vec<String>,
    /// Single-word country names and adjectives, normalised, for hyphenated forms ("British-flagged").
    pub(crate) hyphen_countries: HashMap<String, u32>,
}

impl Lexicon {
    /// The built-in lexicon alone. Its files are part of the binary and checked by the test suite, so loading
    /// them yields no diagnostics.
    pub fn builtin() -> Lexicon {
        LexiconBuilder::new().build().0
    }

    /// The CAMEO ontology.
    pub fn ontology(&self) -> &Ontology {
        &self.ontology
    }

    /// All countries.
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// A country by alpha-3 code.
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.country_codes
            .get(code)
            .map(|&i| &self.countries[i as usize])
    }

    /// All IGOs.
    pub fn igos(&self) -> &[Igo] {
        &self.igos
    }

    /// An IGO by code.
    pub fn igo(&self, code: &str) -> Option<&Igo> {
        self.igo_codes.get(code).map(|&i| &self.igos[i as usize])
    }

    /// All non-state organisations.
    pub fn organisations(&self) -> &[Organisation] {
        &self.orgs
    }

    /// All people.
    pub fn persons(&self) -> &[Person] {
        &self.persons
    }

    /// A person by id.
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.person_ids.get(id).map(|&i| &self.persons[i])
    }

    /// All agents.
    pub fn agents(&self) -> &[Agent] {
        &self.agents
    }

    /// Office titles gathered from the roles.
    pub fn titles(&self) -> &[String] {
        &self.titles
    }

    /// All verb and noun patterns.
    pub fn verb_patterns(&self) -> &[VerbPattern] {
        &self.verbs
    }

    /// Irregular verb forms.
    pub fn irregulars(&self) -> &Irregulars {
        &self.irregular
    }

    /// Discard phrases with their sources.
    pub fn discards(&self) -> &[Discard] {
        &self.discards
    }

    /// The actor phrase index.
    pub fn actor_index(&self) -> &PhraseIndex<ActorTarget> {
        &self.actor_index
    }

    /// The verb phrase index.
    pub fn verb_index(&self) -> &PhraseIndex<VerbHit> {
        &self.verb_index
    }

    /// The discard phrase index.
    pub fn discard_index(&self) -> &PhraseIndex<u32> {
        &self.discard_index
    }

    /// The files loaded, in order.
    pub fn files(&self) -> &[String] {
        &self.files
    }

    /// Counts.
    pub fn stats(&self) -> LexiconStats {
        let mut covered: Vec<&str> = self
            .verbs
            .iter()
            .map(|v| v.code.as_str())
            .filter(|c| c.len() > 2)
            .collect();
        covered.sort_unstable();
        covered.dedup();
        LexiconStats {
            countries: self.countries.len(),
            places: self.places.len(),
            igos: self.igos.len(),
            persons: self.persons.len(),
            organisations: self.orgs.len(),
            agents: self.agents.len(),
            verb_patterns: self.verbs.len(),
            cameo_codes_covered: covered.len(),
            roles: self.persons.iter().map(|p| p.roles.len()).sum(),
            discards: self.discards.len(),
            cameo_codes: self.ontology.len(),
        }
    }
}
