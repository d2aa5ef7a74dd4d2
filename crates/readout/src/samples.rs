//! The bundled sample corpus used by `readout demo`: short wire-style articles written for this project.

/// (file name, text) of each bundled sample article.
pub const SAMPLES: &[(&str, &str)] = &[
    (
        "01-lavrov-ankara.txt",
        include_str!("../samples/01-lavrov-ankara.txt"),
    ),
    (
        "02-sahel-attack.txt",
        include_str!("../samples/02-sahel-attack.txt"),
    ),
    (
        "03-korea-talks.txt",
        include_str!("../samples/03-korea-talks.txt"),
    ),
    (
        "04-eu-sanctions.txt",
        include_str!("../samples/04-eu-sanctions.txt"),
    ),
    (
        "05-sudan-ceasefire.txt",
        include_str!("../samples/05-sudan-ceasefire.txt"),
    ),
    (
        "06-pacific-visit.txt",
        include_str!("../samples/06-pacific-visit.txt"),
    ),
];
