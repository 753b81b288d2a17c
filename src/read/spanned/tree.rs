//! The parsed document `dvk` reads values from: tables as short lists of
//! entries in file order, every key and value with its byte span. Built in
//! one pass for the files `dvk` writes (`simple`), from the TOML parser's
//! events for other plain ones (`events`), both through `Document`, and
//! from the `toml` crate's `DeTable` for any other.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};
use toml::value::Datetime;

/// A key as written (decoded), with its span.
pub type Key<'i> = Spanned<Cow<'i, str>>;
/// A value with its span.
pub type Value<'i> = Spanned<Node<'i>>;

/// A table: its entries in the order the document gives them. Tables in a
/// record hold a few dozen keys at most, so a lookup is a short scan; a
/// larger table (a `dvk.toml` of 100,000 codes, a hostile file) is also
/// indexed by key, so that building it, which looks up each key before
/// adding it, stays linear.
#[derive(Debug, Clone, Default)]
pub struct Table<'i> {
    entries: Vec<(Key<'i>, Value<'i>)>,
    index: Option<HashMap<Cow<'i, str>, usize, foldhash::fast::RandomState>>,
}

/// How many entries make a table worth indexing.
const INDEX_FROM: usize = 32;

/// Two tables are equal when their entries are: the index is only a way
/// to them.
impl PartialEq for Table<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.entries == other.entries
    }
}

/// A value, as TOML has them. Integers and floats keep their text (without
/// sign handling or underscores removed), as the `toml` crate does: what a
/// number must be is the reader's business.
#[derive(Debug, Clone, PartialEq)]
pub enum Node<'i> {
    String(Cow<'i, str>),
    Integer { text: Cow<'i, str>, radix: u32 },
    Float(Cow<'i, str>),
    Boolean(bool),
    Datetime(Datetime),
    Array(Vec<Value<'i>>),
    Table(Table<'i>),
}

/// Room for a record's keys and for an event's, so that reading one
/// seldom grows a table.
const ROOT_ROOM: usize = 16;
const TABLE_ROOM: usize = 8;

impl<'i> Table<'i> {
    pub fn with_capacity(capacity: usize) -> Self {
        Self {
            entries: Vec::with_capacity(capacity),
            index: None,
        }
    }

    fn position(&self, key: &str) -> Option<usize> {
        match &self.index {
            Some(index) => index.get(key).copied(),
            None => self.entries.iter().position(|(k, _)| k.get_ref() == key),
        }
    }

    pub fn get(&self, key: &str) -> Option<&Value<'i>> {
        self.position(key).map(|i| &self.entries[i].1)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value<'i>> {
        self.position(key).map(|i| &mut self.entries[i].1)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Adds an entry at the end; the caller has checked the key is new.
    pub fn push(&mut self, key: Key<'i>, value: Value<'i>) {
        if let Some(index) = &mut self.index {
            // The first of a key given twice is the one found, as by a scan.
            index
                .entry(key.get_ref().clone())
                .or_insert(self.entries.len());
        }
        self.entries.push((key, value));
        if self.index.is_none() && self.entries.len() >= INDEX_FROM {
            self.build_index();
        }
    }

    fn build_index(&mut self) {
        let mut index = HashMap::with_capacity_and_hasher(
            self.entries.len() * 2,
            foldhash::fast::RandomState::default(),
        );
        for (i, (key, _)) in self.entries.iter().enumerate() {
            index.entry(key.get_ref().clone()).or_insert(i);
        }
        self.index = Some(index);
    }

    pub fn iter(&self) -> impl Iterator<Item = (&Key<'i>, &Value<'i>)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The same document as the `toml` crate read it.
    pub fn from_detable(table: DeTable<'i>) -> Self {
        let mut out = Self {
            entries: table
                .into_iter()
                .map(|(k, v)| (k, from_devalue(v)))
                .collect(),
            index: None,
        };
        if out.entries.len() >= INDEX_FROM {
            out.build_index();
        }
        out
    }
}

impl<'a, 'i> IntoIterator for &'a Table<'i> {
    type Item = (&'a Key<'i>, &'a Value<'i>);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (Key<'i>, Value<'i>)>,
        fn(&'a (Key<'i>, Value<'i>)) -> (&'a Key<'i>, &'a Value<'i>),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

fn from_devalue(value: Spanned<DeValue<'_>>) -> Value<'_> {
    let span: Range<usize> = value.span();
    let node = match value.into_inner() {
        DeValue::String(s) => Node::String(s),
        DeValue::Integer(i) => Node::Integer {
            text: Cow::Owned(i.as_str().to_owned()),
            radix: i.radix(),
        },
        DeValue::Float(f) => Node::Float(Cow::Owned(f.as_str().to_owned())),
        DeValue::Boolean(b) => Node::Boolean(b),
        DeValue::Datetime(d) => Node::Datetime(d),
        DeValue::Array(items) => Node::Array(items.into_iter().map(from_devalue).collect()),
        DeValue::Table(t) => Node::Table(Table::from_detable(t)),
    };
    Spanned::new(span, node)
}

/// A `[name]` or `[[name]]` header, with the span of the whole header.
pub(super) struct Header<'i> {
    pub key: Key<'i>,
    pub span: Range<usize>,
    pub array: bool,
}

/// A document as a reader goes through it: the root, the table the last
/// header opened, and the root's keys made by `[[name]]` headers (which
/// more such headers extend). What both fast readers share: where a key or
/// a header's table goes, and what they leave to the `toml` crate (a key
/// given twice, a header reusing a name), for which each step is `None`.
pub(super) struct Document<'i> {
    root: Table<'i>,
    arrays: std::collections::HashSet<Cow<'i, str>, foldhash::fast::RandomState>,
    open: Option<(Header<'i>, Table<'i>)>,
}

impl<'i> Document<'i> {
    pub(super) fn new() -> Self {
        Self {
            root: Table::with_capacity(ROOT_ROOM),
            arrays: std::collections::HashSet::default(),
            open: None,
        }
    }

    /// `key = value`, in the table the last header opened, or the root.
    pub(super) fn entry(&mut self, key: Key<'i>, value: Value<'i>) -> Option<()> {
        let table = self.open.as_mut().map_or(&mut self.root, |(_, t)| t);
        if table.contains_key(key.get_ref()) {
            return None;
        }
        table.push(key, value);
        Some(())
    }

    /// A header: the table the last one opened is put in place, and a new
    /// one opened.
    pub(super) fn header(&mut self, header: Header<'i>) -> Option<()> {
        self.close()?;
        if !header.array && self.root.contains_key(header.key.get_ref()) {
            return None;
        }
        self.open = Some((header, Table::with_capacity(TABLE_ROOM)));
        Some(())
    }

    pub(super) fn finish(mut self) -> Option<Table<'i>> {
        self.close()?;
        Some(self.root)
    }

    /// Puts the table the last header opened into the root, where the
    /// `toml` crate would: a `[name]` table at the end, a `[[name]]` table
    /// at the end of its array (made where the first such header is).
    fn close(&mut self) -> Option<()> {
        let Some((Header { key, span, array }, table)) = self.open.take() else {
            return Some(());
        };
        let item = Spanned::new(span.clone(), Node::Table(table));
        if !array {
            if self.root.contains_key(key.get_ref()) {
                return None;
            }
            self.root.push(key, item);
            return Some(());
        }
        if let Some(existing) = self.root.get_mut(key.get_ref()) {
            if !self.arrays.contains(key.get_ref()) {
                return None;
            }
            let Node::Array(items) = existing.get_mut() else {
                return None;
            };
            items.push(item);
        } else {
            self.arrays.insert(key.get_ref().clone());
            self.root
                .push(key, Spanned::new(span, Node::Array(vec![item])));
        }
        Some(())
    }
}
