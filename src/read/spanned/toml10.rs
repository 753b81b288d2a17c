//! TOML 1.0, which the register is (docs/format.md): the parser under the
//! events reader and the `toml` crate reads TOML 1.1, whose files the TOML
//! 1.0 readers that scripts use (Python's `tomllib`) cannot read. What
//! only 1.1 allows is found here, in a document a reader has built, and
//! reported as a syntax error at its place: a second byte order mark, the
//! escapes `\e` and `\xHH`, an inline table over several lines or with a
//! comma after its last entry, a time without seconds; and what the
//! parser takes as a number but no TOML has (`0x`, digits that are not
//! ASCII). The one-pass reader builds none of these, so the files `dvk`
//! writes cost nothing here.

use toml_parser::Source;
use toml_parser::decoder::Encoding;
use toml_parser::parser::{Event, EventKind, RecursionGuard};

/// The place and the message of the first thing in `text` that TOML 1.0
/// does not allow, if any; `text` is a document the parser reads without
/// error.
pub(super) fn first_not_1_0(text: &str) -> Option<(usize, String)> {
    if text.starts_with('\u{feff}') {
        return Some((0, crate::tr!("check-toml-second-bom")));
    }
    let source = Source::new(text);
    let tokens = source.lex().into_vec();
    let mut events: Vec<Event> = Vec::with_capacity(tokens.len());
    let mut error = None;
    {
        let mut guard = RecursionGuard::new(&mut events, super::events::DEPTH);
        toml_parser::parser::parse_document(&tokens, &mut guard, &mut error);
    }
    // Open containers, innermost last: `true` for an inline table. A line
    // break is allowed in an inline table only within a value (an array,
    // a multi-line string).
    let mut open: Vec<bool> = Vec::new();
    // The comma just before, if the last thing in an inline table was one.
    let mut comma: Option<usize> = None;
    for event in &events {
        let at = event.span().start();
        match event.kind() {
            EventKind::InlineTableOpen => open.push(true),
            EventKind::ArrayOpen => open.push(false),
            EventKind::InlineTableClose => {
                if let Some(comma) = comma {
                    return Some((comma, crate::tr!("check-toml-trailing-comma")));
                }
                open.pop();
            }
            EventKind::ArrayClose => {
                open.pop();
            }
            EventKind::Newline | EventKind::Comment if open.last() == Some(&true) => {
                return Some((at, crate::tr!("check-toml-multiline-table")));
            }
            EventKind::Scalar | EventKind::SimpleKey => {
                let raw = text.get(at..event.span().end()).unwrap_or_default();
                if let Some(found) = scalar(raw, event.encoding(), event.kind()) {
                    return Some((at + found.0, found.1));
                }
            }
            _ => {}
        }
        comma = match event.kind() {
            EventKind::ValueSep if open.last() == Some(&true) => Some(at),
            EventKind::Whitespace => comma,
            _ => None,
        };
    }
    None
}

/// What TOML 1.0 does not allow in a key or a value, at its offset in it
/// (the events reader asks too, as it builds each).
pub(super) fn scalar(
    raw: &str,
    encoding: Option<Encoding>,
    kind: EventKind,
) -> Option<(usize, String)> {
    match encoding {
        Some(Encoding::BasicString | Encoding::MlBasicString) => escapes(raw),
        None if kind == EventKind::Scalar => bare_value(raw),
        _ => None,
    }
}

/// `\e` and `\xHH` in a basic string.
fn escapes(raw: &str) -> Option<(usize, String)> {
    let bytes = raw.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\\' {
            match bytes.get(i + 1) {
                Some(b'e') => {
                    return Some((i, crate::tr!("check-toml-escape-e")));
                }
                Some(b'x') => {
                    return Some((i, crate::tr!("check-toml-escape-x")));
                }
                _ => i += 2,
            }
        } else {
            i += 1;
        }
    }
    None
}

/// A bare value: a number, a boolean, a date or a time.
fn bare_value(raw: &str) -> Option<(usize, String)> {
    if let Some(at) = raw.find(|c: char| !c.is_ascii()) {
        return Some((at, crate::tr!("check-toml-not-ascii-digits", raw = raw)));
    }
    for prefix in ["0x", "0o", "0b"] {
        if let Some(digits) = raw.strip_prefix(prefix)
            && !digits.bytes().any(|b| b.is_ascii_alphanumeric())
        {
            return Some((
                0,
                crate::tr!("check-toml-prefix-no-digits", raw = raw, prefix = prefix),
            ));
        }
    }
    // A time: `07:32:00`, alone or after a date; TOML 1.1 allows `07:32`.
    if let Some(colon) = raw.find(':')
        && raw.as_bytes().get(colon + 3) != Some(&b':')
    {
        return Some((
            colon.saturating_sub(2),
            crate::tr!("check-toml-time-no-seconds"),
        ));
    }
    None
}
