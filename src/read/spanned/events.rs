//! A document built straight from the TOML parser's events (`toml_parser`,
//! the parser under the `toml` crate), without the `toml` crate's general
//! tables: the files `dvk` writes use a small part of TOML (keys, `[table]`
//! and `[[table]]` headers, scalars, arrays and inline tables), and reading
//! a large register is mostly building their tables.
//!
//! This reader gives up, returning `None`, on any error and on everything
//! it leaves to the `toml` crate: dotted keys, a key given twice, a table
//! header reusing a name. The caller then reads the document with the
//! `toml` crate, which reports each problem. So a document read here is one
//! the `toml` crate reads without error, into the same tree (a test holds
//! the two readers to that).

use std::borrow::Cow;

use toml::Spanned;
use toml::value::Datetime;
use toml_parser::decoder::ScalarKind;
use toml_parser::parser::{Event, EventKind, RecursionGuard, ValidateWhitespace};
use toml_parser::{ParseError, Source};

use super::tree::{Document, Header, Key, Node, Table, Value};

/// How deep arrays and inline tables may nest: the `toml` crate's limit.
pub(super) const DEPTH: u32 = 80;

/// The document, when it has no error and uses only what this reader
/// builds; `None` otherwise.
pub fn parse(text: &str) -> Option<Table<'_>> {
    let source = Source::new(text);
    let tokens = source.lex().into_vec();
    let mut events = Vec::with_capacity(tokens.len());
    let mut error: Option<ParseError> = None;
    {
        let mut validate = ValidateWhitespace::new(&mut events, source);
        let mut guard = RecursionGuard::new(&mut validate, DEPTH);
        toml_parser::parser::parse_document(&tokens, &mut guard, &mut error);
    }
    if error.is_some() {
        return None;
    }
    Builder {
        source,
        events: &events,
        at: 0,
    }
    .document()
}

struct Builder<'e, 'i> {
    source: Source<'i>,
    events: &'e [Event],
    at: usize,
}

impl<'i> Builder<'_, 'i> {
    fn next(&mut self) -> Option<Event> {
        let event = self.events.get(self.at).copied();
        self.at += 1;
        event
    }

    /// The next event, past one run of whitespace.
    fn next_past_space(&mut self) -> Option<Event> {
        let event = self.next()?;
        if event.kind() == EventKind::Whitespace {
            self.next()
        } else {
            Some(event)
        }
    }

    fn document(mut self) -> Option<Table<'i>> {
        let mut document = Document::new();
        while let Some(event) = self.next() {
            match event.kind() {
                EventKind::Whitespace | EventKind::Comment | EventKind::Newline => {}
                EventKind::SimpleKey => {
                    let (key, value) = self.key_value(event)?;
                    document.entry(key, value)?;
                }
                EventKind::StdTableOpen | EventKind::ArrayTableOpen => {
                    let header = self.header(event)?;
                    document.header(header)?;
                }
                _ => return None,
            }
        }
        document.finish()
    }

    /// `[name]` or `[[name]]`, from its opening bracket on.
    fn header(&mut self, open: Event) -> Option<Header<'i>> {
        let array = open.kind() == EventKind::ArrayTableOpen;
        let name = self.next_past_space()?;
        if name.kind() != EventKind::SimpleKey {
            return None;
        }
        let key = self.key(name)?;
        let shut = self.next_past_space()?;
        let expected = if array {
            EventKind::ArrayTableClose
        } else {
            EventKind::StdTableClose
        };
        (shut.kind() == expected).then(|| Header {
            key,
            span: open.span().start()..shut.span().end(),
            array,
        })
    }

    /// `key = value`, from the key on.
    fn key_value(&mut self, first: Event) -> Option<(Key<'i>, Value<'i>)> {
        let key = self.key(first)?;
        if self.next_past_space()?.kind() != EventKind::KeyValSep {
            return None;
        }
        let start = self.next_past_space()?;
        Some((key, self.value(start)?))
    }

    fn key(&self, event: Event) -> Option<Key<'i>> {
        let raw = self.source.get(event)?;
        if super::toml10::scalar(raw.as_str(), event.encoding(), event.kind()).is_some() {
            return None;
        }
        let mut decoded = Cow::Borrowed("");
        let mut error: Option<ParseError> = None;
        raw.decode_key(&mut decoded, &mut error);
        error
            .is_none()
            .then(|| Spanned::new(event.span().start()..event.span().end(), decoded))
    }

    fn value(&mut self, start: Event) -> Option<Value<'i>> {
        match start.kind() {
            EventKind::Scalar => self.scalar(start),
            EventKind::ArrayOpen => self.array(start),
            EventKind::InlineTableOpen => self.inline_table(start),
            _ => None,
        }
    }

    fn scalar(&self, event: Event) -> Option<Value<'i>> {
        let raw = self.source.get(event)?;
        if super::toml10::scalar(raw.as_str(), event.encoding(), event.kind()).is_some() {
            return None;
        }
        let mut decoded = Cow::Borrowed("");
        let mut error: Option<ParseError> = None;
        let kind = raw.decode_scalar(&mut decoded, &mut error);
        if error.is_some() {
            return None;
        }
        let node = match kind {
            ScalarKind::String => Node::String(decoded),
            ScalarKind::Boolean(b) => Node::Boolean(b),
            ScalarKind::DateTime => Node::Datetime(decoded.parse::<Datetime>().ok()?),
            ScalarKind::Float => Node::Float(decoded),
            ScalarKind::Integer(radix) => Node::Integer {
                text: decoded,
                radix: radix.value(),
            },
        };
        Some(Spanned::new(event.span().start()..event.span().end(), node))
    }

    fn array(&mut self, open: Event) -> Option<Value<'i>> {
        let mut items = Vec::new();
        let mut item = None;
        loop {
            let event = self.next()?;
            match event.kind() {
                EventKind::Whitespace | EventKind::Comment | EventKind::Newline => {}
                EventKind::Scalar | EventKind::ArrayOpen | EventKind::InlineTableOpen => {
                    if item.is_some() {
                        return None;
                    }
                    item = Some(self.value(event)?);
                }
                EventKind::ValueSep => items.push(item.take()?),
                EventKind::ArrayClose => {
                    items.extend(item);
                    return Some(Spanned::new(
                        open.span().start()..event.span().end(),
                        Node::Array(items),
                    ));
                }
                _ => return None,
            }
        }
    }

    fn inline_table(&mut self, open: Event) -> Option<Value<'i>> {
        let mut table = Table::default();
        let mut key = None;
        let mut value = None;
        let mut separated = false;
        // After a comma: TOML 1.0 has none after the last entry.
        let mut comma = false;
        loop {
            let event = self.next()?;
            if event.kind() == EventKind::InlineTableClose && comma {
                return None;
            }
            comma = match event.kind() {
                EventKind::ValueSep => true,
                EventKind::Whitespace => comma,
                _ => false,
            };
            match event.kind() {
                // TOML 1.0: an inline table is one line, but for its values.
                EventKind::Whitespace => {}
                EventKind::SimpleKey if key.is_none() => key = Some(self.key(event)?),
                EventKind::KeyValSep if key.is_some() && !separated => separated = true,
                EventKind::Scalar | EventKind::ArrayOpen | EventKind::InlineTableOpen
                    if separated && value.is_none() =>
                {
                    value = Some(self.value(event)?);
                }
                EventKind::ValueSep | EventKind::InlineTableClose => {
                    match (key.take(), value.take()) {
                        (Some(k), Some(v)) if !table.contains_key(k.get_ref()) => {
                            table.push(k, v);
                        }
                        (None, None) => {}
                        _ => return None,
                    }
                    separated = false;
                    if event.kind() == EventKind::InlineTableClose {
                        return Some(Spanned::new(
                            open.span().start()..event.span().end(),
                            Node::Table(table),
                        ));
                    }
                }
                _ => return None,
            }
        }
    }
}
