//! Claims by source: one document's events and quotes grouped by who asserted them, with the accounts of the
//! same event lined up across sources.
//!
//! Who asserts an item: a quote's speaker; an event's `attributed_to`; otherwise the publisher (the article's
//! own voice). Sources are grouped by state (Xi and the Chinese Foreign Ministry are one account, China's), or
//! by organisation for IGOs and non-state actors. Two events are accounts of the same thing when they share a
//! CAMEO root, the same pair of parties (in either direction, by state) and a date within a week; an item no
//! other source states is marked as that source's alone.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use readout_text::Document;
use serde::Serialize;

use crate::coder::Coder;
use crate::event::{Actor, Event};
use crate::quotes::Quote;

/// One item of an account.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Item {
    /// A coded event.
    Event {
        /// The event.
        event: Box<Event>,
        /// Other sources that give an account of the same event.
        also_by: Vec<String>,
    },
    /// A quote.
    Quote {
        /// The quote.
        quote: Box<Quote>,
    },
}

/// Everything one source asserts.
#[derive(Debug, Clone, Serialize)]
pub struct Account {
    /// Grouping key (`CHN`, `IGOUNO`, `publisher`).
    pub key: String,
    /// Human name (`China`, `the article`).
    pub label: String,
    /// Items in document order.
    pub items: Vec<Item>,
}

/// An event that several sources, or only one, give an account of.
#[derive(Debug, Clone, Serialize)]
pub struct AlignedEvent {
    /// CAMEO root.
    pub root: String,
    /// The two parties, by state, sorted.
    pub parties: Vec<String>,
    /// The earliest date given.
    pub date: Option<String>,
    /// Sources (account labels) that state it.
    pub sources: Vec<String>,
    /// Trigger words, per source.
    pub triggers: Vec<String>,
}

/// The claims view of a document.
#[derive(Debug, Clone, Serialize)]
pub struct Claims {
    /// Document id.
    pub doc_id: String,
    /// One account per source.
    pub accounts: Vec<Account>,
    /// Events lined up across sources.
    pub aligned: Vec<AlignedEvent>,
}

const PUBLISHER: &str = "publisher";
/// Days within which two accounts of the same kind of event between the same parties are the same event.
const SAME_EVENT_DAYS: i64 = 7;

fn party(a: Option<&Actor>) -> String {
    match a {
        Some(a) => a.country.clone().unwrap_or_else(|| a.code.clone()),
        None => "-".into(),
    }
}

fn source_key(a: Option<&Actor>) -> (String, String) {
    match a {
        Some(a) => {
            let key = a.country.clone().unwrap_or_else(|| a.code.clone());
            let label = match (&a.country, &a.name) {
                (Some(_), Some(n))
                    if a.id.as_deref().is_some_and(|i| i.starts_with("country:")) =>
                {
                    n.clone()
                }
                _ => a.name.clone().unwrap_or_else(|| key.clone()),
            };
            (key, label)
        }
        None => (PUBLISHER.into(), "the article itself".into()),
    }
}

impl Coder {
    /// Groups a document's events and quotes by source and lines up the accounts of the same event.
    pub fn claims(&self, doc: &Document) -> Claims {
        let coded = self.code(doc);
        let quotes = self.quotes_from(doc, &coded);
        let mut accounts: BTreeMap<String, Account> = BTreeMap::new();
        let mut order: Vec<String> = Vec::new();
        let mut add =
            |key: String, label: String, item: Item, at: usize, order: &mut Vec<String>| {
                let acc = accounts.entry(key.clone()).or_insert_with(|| {
                    order.push(key.clone());
                    Account {
                        key: key.clone(),
                        label: if key == PUBLISHER {
                            label
                        } else {
                            country_label(self, &key, label)
                        },
                        items: Vec::new(),
                    }
                });
                let _ = at;
                acc.items.push(item);
            };
        // Line up events: same root, same parties by state (either direction), dates within a week.
        let mut aligned: Vec<AlignedEvent> = Vec::new();
        let mut event_group: Vec<usize> = Vec::new();
        for e in &coded.events {
            let mut parties = vec![party(e.source.as_ref()), party(e.target.as_ref())];
            parties.sort();
            let date = e
                .date
                .as_deref()
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
            let (_, label) = source_key(e.attributed_to.as_ref());
            let found = aligned.iter().position(|a| {
                a.root == e.cameo_root
                    && a.parties == parties
                    && match (
                        a.date
                            .as_deref()
                            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
                        date,
                    ) {
                        (Some(x), Some(y)) => (x - y).num_days().abs() <= SAME_EVENT_DAYS,
                        _ => true,
                    }
            });
            let label = country_label(self, &source_key(e.attributed_to.as_ref()).0, label);
            match found {
                Some(k) => {
                    let a = &mut aligned[k];
                    if !a.sources.contains(&label) {
                        a.sources.push(label);
                    }
                    a.triggers.push(e.evidence.trigger.clone());
                    event_group.push(k);
                }
                None => {
                    aligned.push(AlignedEvent {
                        root: e.cameo_root.clone(),
                        parties,
                        date: e.date.clone(),
                        sources: vec![label],
                        triggers: vec![e.evidence.trigger.clone()],
                    });
                    event_group.push(aligned.len() - 1);
                }
            }
        }
        for (e, g) in coded.events.iter().zip(&event_group) {
            let (key, label) = source_key(e.attributed_to.as_ref());
            let mine = country_label(self, &key, label.clone());
            let also_by = aligned[*g]
                .sources
                .iter()
                .filter(|s| **s != mine)
                .cloned()
                .collect();
            add(
                key,
                label,
                Item::Event {
                    event: Box::new(e.clone()),
                    also_by,
                },
                e.evidence.span.start,
                &mut order,
            );
        }
        for q in quotes {
            let (key, label) = source_key(q.reported_by.as_ref().or(q.speaker.as_ref()));
            let at = q.span.start;
            add(
                key,
                label,
                Item::Quote { quote: Box::new(q) },
                at,
                &mut order,
            );
        }
        let mut accounts: Vec<Account> = order
            .into_iter()
            .filter_map(|k| accounts.remove(&k))
            .collect();
        for a in &mut accounts {
            a.items.sort_by_key(|i| match i {
                Item::Event { event, .. } => event.evidence.span.start,
                Item::Quote { quote } => quote.span.start,
            });
        }
        Claims {
            doc_id: doc.id.clone(),
            accounts,
            aligned,
        }
    }
}

/// "China" for `CHN`; an organisation's name otherwise.
fn country_label(coder: &Coder, key: &str, fallback: String) -> String {
    if key == PUBLISHER {
        return "the article itself".into();
    }
    coder
        .lexicon()
        .country(key)
        .map_or(fallback, |c| c.name.clone())
}
