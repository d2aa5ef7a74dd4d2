//! PETRARCH's coding options, as its configuration file and its unit-test records set them.

use std::collections::BTreeMap;

/// PETRARCH's comma rules: a comma-delimited stretch of a sentence whose word count lies within the limits
/// is taken for an aside ("Osgiliath, the state's fiercest foe, …") and dropped before coding. A maximum of
/// 0 turns a rule off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommaLimits {
    /// Stretches between two commas.
    pub min: usize,
    /// Upper limit for stretches between two commas.
    pub max: usize,
    /// The stretch before the first comma.
    pub bmin: usize,
    /// Upper limit for the stretch before the first comma.
    pub bmax: usize,
    /// The stretch after the last comma.
    pub emin: usize,
    /// Upper limit for the stretch after the last comma.
    pub emax: usize,
}

impl Default for CommaLimits {
    /// PETRARCH's shipped defaults (`PETR_config.ini`).
    fn default() -> CommaLimits {
        CommaLimits {
            min: 2,
            max: 8,
            bmin: 0,
            bmax: 0,
            emin: 2,
            emax: 8,
        }
    }
}

/// How to code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Only code events with both a source and a target (PETRARCH's `require_dyad`, default true).
    pub require_dyad: bool,
    /// Noun phrases of at most this many words that no dictionary knows become actors coded with their own
    /// upper-cased words in quotes (PETRARCH's `new_actor_length`; 0, the default, turns it off).
    pub new_actor_length: usize,
    /// Comma rules.
    pub comma: CommaLimits,
    /// Code negated verbs that no pattern covers ("did not attack") as if positive, as PETRARCH does.
    /// readout's default is not to.
    pub code_negated: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            require_dyad: true,
            new_actor_length: 0,
            comma: CommaLimits::default(),
            code_negated: false,
        }
    }
}

impl Options {
    /// Options from PETRARCH configuration keys (`require_dyad`, `new_actor_length`, `comma_min`, …), the
    /// defaults for any key not given; values are read as PETRARCH reads them (`True`, `TRUE`, `true`).
    ///
    /// ```
    /// use std::collections::BTreeMap;
    /// let mut m = BTreeMap::new();
    /// m.insert("require_dyad".to_string(), "FALSE".to_string());
    /// m.insert("comma_emax".to_string(), "0".to_string());
    /// let o = readout_petrarch::Options::from_config(&m);
    /// assert!(!o.require_dyad);
    /// assert_eq!(o.comma.emax, 0);
    /// assert_eq!(o.comma.max, 8);
    /// ```
    pub fn from_config(config: &BTreeMap<String, String>) -> Options {
        let mut o = Options::default();
        let num = |k: &str, d: usize| {
            config
                .get(k)
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(d)
        };
        if let Some(v) = config.get("require_dyad") {
            o.require_dyad = !v.trim().eq_ignore_ascii_case("false");
        }
        o.new_actor_length = num("new_actor_length", 0);
        let c = &mut o.comma;
        c.min = num("comma_min", c.min);
        c.max = num("comma_max", c.max);
        c.bmin = num("comma_bmin", c.bmin);
        c.bmax = num("comma_bmax", c.bmax);
        c.emin = num("comma_emin", c.emin);
        c.emax = num("comma_emax", c.emax);
        o
    }
}
