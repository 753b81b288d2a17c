//! Reading values out of a parsed TOML document while keeping their byte
//! spans, so that every problem names its line and column. The raw layer of
//! every file `dvk` reads (models, criteria sets, `dvk.toml`).

mod events;
mod simple;
mod toml10;
mod tree;
mod words;

pub use words::toml_message;

use toml::de::DeTable;

use crate::model::date::Date;
use crate::problem::Sink;
use crate::text::nfc;
use crate::tr;

pub use tree::{Key, Node, Table, Value};

/// Each fast reader alone, as `parse_document` tries them: for the parse
/// benchmark (`bench/parse.rs`), which compares them.
#[doc(hidden)]
pub mod readers {
    pub use super::events::parse as events;
    pub use super::simple::parse as simple;
}

/// Parses a document, reporting every syntax error; `None` when any.
///
/// Three readers, each for more than the one before, build the same tree:
/// the simple documents `dvk` writes, which are nearly all, are read in one
/// pass (`simple`); other plain documents are built from the TOML parser's
/// events (`events`); any other is read by the `toml` crate, whose messages
/// are the ones reported. What only TOML 1.1 allows is a syntax error
/// (`toml10`): the register is TOML 1.0. `text` is a file's without its
/// byte order mark (`fs::files::read_text`).
pub fn parse_document<'i>(text: &'i str, sink: &mut Sink<'_>) -> Option<Table<'i>> {
    // Markers a merge left say more than the TOML errors they cause.
    if crate::read::conflict::report(text, sink) {
        return None;
    }
    // The text comes without the BOM a file may begin with: another is one
    // too many, which the parser would drop.
    if text.starts_with('\u{feff}') {
        sink.error_at(
            Some(0),
            tr!("check-toml-syntax", message = tr!("check-toml-second-bom")),
        );
        return None;
    }
    if let Some(table) = simple::parse(text) {
        return Some(table);
    }
    // The parser under the other two reads TOML 1.1; the register is 1.0.
    let toml_1_0 = |table: Table<'i>, sink: &mut Sink<'_>| match toml10::first_not_1_0(text) {
        None => Some(table),
        Some((at, message)) => {
            sink.error_at(Some(at), tr!("check-toml-syntax", message = message));
            None
        }
    };
    if let Some(table) = events::parse(text) {
        return toml_1_0(table, sink);
    }
    let (table, errors) = DeTable::parse_recoverable(text);
    if errors.is_empty() {
        return toml_1_0(Table::from_detable(table.into_inner()), sink);
    }
    for error in errors {
        let message = error.message().trim().to_owned();
        // The `toml` crate gives no place for a key nested too deep
        // (`a.a.a…`, `[a.a.a…]`): the deepest line is where it is.
        let at = error.span().map_or_else(|| deepest_line(text), |s| s.start);
        // The `toml` crate's own words, in the language of the run.
        let message = words::toml_message(first_line(&message));
        sink.error_at(Some(at), tr!("check-toml-syntax", message = message));
    }
    None
}

/// Where the line that nests deepest begins (past its indent): its depth
/// is the dots of its keys and the brackets open on it, strings and
/// comments left out. 0 for a document of no depth.
fn deepest_line(text: &str) -> usize {
    let (mut best, mut best_depth) = (0, 0);
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let (mut depth, mut open, mut quote) = (0usize, 0usize, None);
        let mut escaped = false;
        for b in line.bytes() {
            match quote {
                Some(q) => {
                    if escaped {
                        escaped = false;
                    } else if b == b'\\' && q == b'"' {
                        escaped = true;
                    } else if b == q {
                        quote = None;
                    }
                }
                None => match b {
                    b'"' | b'\'' => quote = Some(b),
                    b'#' => break,
                    b'.' | b'[' | b'{' => {
                        open += usize::from(b != b'.');
                        depth = depth.max(open) + usize::from(b == b'.');
                    }
                    b']' | b'}' => open = open.saturating_sub(1),
                    _ => {}
                },
            }
        }
        if depth > best_depth {
            best_depth = depth;
            best = start + (line.len() - line.trim_start().len());
        }
        start += line.len();
    }
    best
}

/// The place and the message of the first thing in a document that TOML
/// 1.0 does not allow (a TOML 1.1 escape, an inline table over several
/// lines, ...), if any: for `fmt`, which edits with a TOML 1.1 parser.
pub fn not_toml_1_0(text: &str) -> Option<(usize, String)> {
    toml10::first_not_1_0(text)
}

fn first_line(message: &str) -> &str {
    message.lines().next().unwrap_or(message)
}

/// Reports every key of `table` that is not in `known`, suggesting the
/// nearest known one, else listing them. `what` says where the key is, as
/// the catalogue's `check-in-…` messages name it ("a model", "[report]").
pub fn reject_unknown(table: &Table<'_>, known: &[&str], what: &str, sink: &mut Sink<'_>) {
    for (key, _) in table {
        let name = key.get_ref().as_ref();
        if known.contains(&name) {
            continue;
        }
        let hint = crate::problem::hint(name, known.iter().copied());
        let message = if hint.is_empty() {
            tr!(
                "check-unknown-key-listed",
                key = name,
                what = what,
                keys = known.join(", ")
            )
        } else {
            tr!("check-unknown-key", key = name, what = what, hint = hint)
        };
        sink.error_at(Some(key.span().start), message);
    }
}

pub fn get<'t, 'i>(table: &'t Table<'i>, key: &str) -> Option<&'t Value<'i>> {
    table.get(key)
}

/// The offset of a key in its table, for messages about its value.
pub fn key_offset(table: &Table<'_>, key: &str) -> Option<usize> {
    table
        .iter()
        .find(|(k, _)| k.get_ref().as_ref() == key)
        .map(|(k, _)| k.span().start)
}

fn type_name(value: &Node<'_>) -> String {
    match value {
        Node::String(_) => tr!("check-type-string"),
        Node::Integer { .. } => tr!("check-type-integer"),
        Node::Float(_) => tr!("check-type-number"),
        Node::Boolean(_) => tr!("check-type-boolean"),
        Node::Datetime(_) => tr!("check-type-date"),
        Node::Array(_) => tr!("check-type-array"),
        Node::Table(_) => tr!("check-type-table"),
    }
}

/// `expected` is what the key takes, as the catalogue's `check-type-…`
/// messages name it ("a string", "a table").
pub fn wrong_type(value: &Value<'_>, key: &str, expected: &str, sink: &mut Sink<'_>) {
    sink.error_at(
        Some(value.span().start),
        tr!(
            "check-wrong-type",
            key = key,
            expected = expected,
            found = type_name(value.get_ref())
        ),
    );
}

/// A string, in NFC. A multi-line string holds the file's own line ends:
/// those of a file saved with CRLF are read as LF, so that it holds the
/// same text as its LF twin (`\r\n` written as escapes stays). `None`
/// (after a problem) when it is of another type.
pub fn string(value: &Value<'_>, key: &str, sink: &mut Sink<'_>) -> Option<String> {
    if let Node::String(s) = value.get_ref() {
        // One check of the whole file stands for its strings, when it can.
        let s = if sink.strings_are_nfc {
            std::borrow::Cow::Borrowed(s.as_ref())
        } else {
            nfc(s)
        };
        let crlf = sink.has_cr
            && s.contains("\r\n")
            && sink
                .text
                .get(value.span())
                .is_some_and(|raw| raw.contains("\r\n"));
        Some(if crlf {
            s.replace("\r\n", "\n")
        } else {
            s.into_owned()
        })
    } else {
        wrong_type(value, key, &tr!("check-type-string"), sink);
        None
    }
}

/// A date without time.
pub fn date(value: &Value<'_>, key: &str, sink: &mut Sink<'_>) -> Option<Date> {
    match value.get_ref() {
        Node::Datetime(dt) => {
            if let (Some(d), None, None) = (dt.date, dt.time, dt.offset) {
                let day =
                    Date::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day));
                if let Some(day) = day
                    && !crate::model::date::in_range(day)
                {
                    let (first, last) = crate::model::date::range();
                    sink.warning_at(
                        Some(value.span().start),
                        tr!(
                            "check-date-out-of-range",
                            key = key,
                            day = day.to_string(),
                            first = first,
                            last = last
                        ),
                    );
                }
                day.or_else(|| {
                    sink.error_at(
                        Some(value.span().start),
                        tr!("check-not-a-real-day", key = key),
                    );
                    None
                })
            } else {
                sink.error_at(
                    Some(value.span().start),
                    tr!("check-date-with-time", key = key),
                );
                None
            }
        }
        Node::String(s) => {
            let message = if crate::model::date::parse(s).is_some() {
                tr!("check-date-quoted", key = key, date = s.as_ref())
            } else {
                tr!("check-date-string", key = key)
            };
            sink.error_at(Some(value.span().start), message);
            None
        }
        _ => {
            wrong_type(value, key, &tr!("check-type-date-like"), sink);
            None
        }
    }
}

pub fn integer(value: &Value<'_>, key: &str, sink: &mut Sink<'_>) -> Option<i64> {
    if let Node::Integer { text, radix } = value.get_ref() {
        if let Ok(n) = i64::from_str_radix(&text.replace('_', ""), *radix) {
            return Some(n);
        }
        too_large(value, key, sink);
        return None;
    }
    wrong_type(value, key, &tr!("check-type-whole-number"), sink);
    None
}

/// A whole number past 64 bits, which TOML does not hold.
fn too_large(value: &Value<'_>, key: &str, sink: &mut Sink<'_>) {
    sink.error_at(
        Some(value.span().start),
        tr!(
            "check-too-large",
            key = key,
            min = i64::MIN.to_string(),
            max = i64::MAX.to_string()
        ),
    );
}

/// An integer or a float, as `f64`.
pub fn number(value: &Value<'_>, key: &str, sink: &mut Sink<'_>) -> Option<f64> {
    match value.get_ref() {
        Node::Integer { text, radix } => {
            if let Ok(n) = i64::from_str_radix(&text.replace('_', ""), *radix) {
                #[allow(clippy::cast_precision_loss)]
                let f = n as f64;
                Some(f)
            } else {
                too_large(value, key, sink);
                None
            }
        }
        Node::Float(text) => {
            let f = text.replace('_', "").parse::<f64>().ok();
            if f.is_some_and(f64::is_finite) {
                f
            } else {
                sink.error_at(
                    Some(value.span().start),
                    tr!("check-not-finite", key = key, text = text.as_ref()),
                );
                None
            }
        }
        _ => {
            wrong_type(value, key, &tr!("check-type-number"), sink);
            None
        }
    }
}

pub fn boolean(value: &Value<'_>, key: &str, sink: &mut Sink<'_>) -> Option<bool> {
    if let Node::Boolean(b) = value.get_ref() {
        Some(*b)
    } else {
        wrong_type(value, key, &tr!("check-type-true-false"), sink);
        None
    }
}

/// An array of strings, in NFC.
pub fn strings(value: &Value<'_>, key: &str, sink: &mut Sink<'_>) -> Option<Vec<String>> {
    let Node::Array(items) = value.get_ref() else {
        wrong_type(value, key, &tr!("check-type-strings"), sink);
        return None;
    };
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        out.push(string(item, key, sink)?);
    }
    Some(out)
}

/// An array of tables (`[[key]]`), each with the offset of its header.
pub fn tables<'t, 'i>(
    value: &'t Value<'i>,
    key: &str,
    sink: &mut Sink<'_>,
) -> Vec<(&'t Table<'i>, usize)> {
    let Node::Array(items) = value.get_ref() else {
        wrong_type(value, key, &tr!("check-type-tables", key = key), sink);
        return Vec::new();
    };
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        if let Node::Table(t) = item.get_ref() {
            out.push((t, item.span().start));
        } else {
            wrong_type(item, key, &tr!("check-type-table"), sink);
        }
    }
    out
}

/// A table (`[key]` or an inline table).
pub fn table<'t, 'i>(
    value: &'t Value<'i>,
    key: &str,
    sink: &mut Sink<'_>,
) -> Option<&'t Table<'i>> {
    if let Node::Table(t) = value.get_ref() {
        Some(t)
    } else {
        wrong_type(value, key, &tr!("check-type-table"), sink);
        None
    }
}

#[cfg(test)]
mod tests;
