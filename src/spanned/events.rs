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

use super::tree::{Key, Node, Table, Value};

/// How deep arrays and inline tables may nest: the `toml` crate's limit.
const DEPTH: u32 = 80;

/// The document, when it has no error and uses only what this reader
/// builds; `None` otherwise.
pub(super) fn parse(text: &str) -> Option<Table<'_>> {
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

/// A `[name]` or `[[name]]` header, with the span of the whole header.
struct Header<'i> {
    key: Key<'i>,
    span: std::ops::Range<usize>,
    array: bool,
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
        let mut root = Table::default();
        // The root's keys made by `[[name]]` headers, which more such
        // headers extend.
        let mut arrays: Vec<Cow<'i, str>> = Vec::new();
        let mut open: Option<(Header<'i>, Table<'i>)> = None;
        while let Some(event) = self.next() {
            match event.kind() {
                EventKind::Whitespace | EventKind::Comment | EventKind::Newline => {}
                EventKind::SimpleKey => {
                    let (key, value) = self.key_value(event)?;
                    let table = open.as_mut().map_or(&mut root, |(_, table)| table);
                    if table.contains_key(key.get_ref()) {
                        return None;
                    }
                    table.push(key, value);
                }
                EventKind::StdTableOpen | EventKind::ArrayTableOpen => {
                    if let Some((header, table)) = open.take() {
                        close(&mut root, &mut arrays, header, table)?;
                    }
                    let header = self.header(event)?;
                    if !header.array && root.contains_key(header.key.get_ref()) {
                        return None;
                    }
                    open = Some((header, Table::default()));
                }
                _ => return None,
            }
        }
        if let Some((header, table)) = open {
            close(&mut root, &mut arrays, header, table)?;
        }
        Some(root)
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
        loop {
            let event = self.next()?;
            match event.kind() {
                EventKind::Whitespace | EventKind::Comment | EventKind::Newline => {}
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

/// Puts the table under a header into the root, where the `toml` crate
/// would: a `[name]` table at the end, a `[[name]]` table at the end of its
/// array (made where the first such header is).
fn close<'i>(
    root: &mut Table<'i>,
    arrays: &mut Vec<Cow<'i, str>>,
    header: Header<'i>,
    table: Table<'i>,
) -> Option<()> {
    let Header { key, span, array } = header;
    let item = Spanned::new(span.clone(), Node::Table(table));
    if !array {
        if root.contains_key(key.get_ref()) {
            return None;
        }
        root.push(key, item);
        return Some(());
    }
    if let Some(existing) = root.get_mut(key.get_ref()) {
        if !arrays.contains(key.get_ref()) {
            return None;
        }
        let Node::Array(items) = existing.get_mut() else {
            return None;
        };
        items.push(item);
    } else {
        arrays.push(key.get_ref().clone());
        root.push(key, Spanned::new(span, Node::Array(vec![item])));
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use toml::de::DeTable;

    /// What the `toml` crate reads, when it reads it without error.
    fn by_toml(text: &str) -> Option<Table<'_>> {
        let (table, errors) = DeTable::parse_recoverable(text);
        errors
            .is_empty()
            .then(|| Table::from_detable(table.into_inner()))
    }

    /// The rule: what this reader builds, the `toml` crate reads without
    /// error into the same tree, spans and order included.
    fn holds(text: &str) -> bool {
        let fast = parse(text);
        if let Some(fast) = &fast {
            assert_eq!(Some(fast), by_toml(text).as_ref(), "{text:?}");
        }
        fast.is_some()
    }

    #[test]
    fn plain_documents_are_built_as_toml_reads_them() {
        let plain = [
            "",
            "# chỉ một dòng ghi chú\n",
            "name = \"Vườn rau sạch\"\nunit = 'Hội Nông dân'\n",
            "name = \"Tân\\u0302 \\\"Phú\\\"\\n\\t\"\r\nyear = 2024\r\n",
            "summary = \"\"\"\nDòng một\r\nDòng hai \\\n  nối\"\"\"\nraw = '''\nnguyên văn\\n'''\n",
            "n = 1_000\nh = 0xff\no = 0o17\nb = 0b101\nneg = -3\nf = 1.5e3\ni = inf\nm = -nan\nt = true\nf2 = false\n",
            "d = 2025-07-01\ndt = 2025-07-01T08:30:00+07:00\nlocal = 2024-06-30T23:59:59\nclock = 07:45:00\n",
            "tags = [\"môi trường\", \"nông thôn mới\",]\nempty = []\nnested = [[1, 2], [\"a\"], []]\n",
            "multi = [\n  \"một\", # ghi chú\n  \"hai\",\n]\n",
            "\"khóa có dấu\" = 1\n'literal key' = 2\n",
            "results = { c1 = true, c2 = 7.5, \"c 3\" = { x = [1] } }\ne = {}\n",
            "name = \"A\"\n\n[outcomes]\nmembers = 12 # thành viên\n\n[[events]]\ntype = \"dang_ky\"\ndate = 2019-03-15\n\n[[events]]\ntype = \"cong_nhan\"\nlevel = \"xa\"\n[[ assessments ]]\ncriteria = \"hd-thu\"\n",
            "[[events]]\n[[events]]\n[b]\n[[events]]\nx = 1\n",
        ];
        for text in plain {
            assert!(holds(text), "declined: {text:?}");
        }
    }

    #[test]
    fn what_it_leaves_to_the_toml_crate() {
        let declined = [
            "a.b = 1\n",
            "a = 1\na = 2\n",
            "[t]\nx = 1\nx = 2\n",
            "[t]\n[t]\n",
            "t = 1\n[t]\n",
            "t = [1]\n[[t]]\n",
            "[t]\n[[t]]\n",
            "[[t]]\n[t]\n",
            "[a.b]\n",
            "[[a.b]]\n",
            "x = { a = 1, a = 2 }\n",
            "x = { a.b = 1 }\n",
            "x = \n",
            "x = \"open\n",
            "d = 2025-02-30\n",
            "n = 1__0\n",
            "bad = \"\\q\"\n",
            "\u{7}= 1\n",
            "khóa = 3\n",
            "x = 1 # \u{1}\n",
        ];
        for text in declined {
            assert!(!holds(text), "built: {text:?}");
        }
        let deep = format!("x = {}{}\n", "[".repeat(100), "]".repeat(100));
        assert!(!holds(&deep));
    }

    fn files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                files(&path, out);
            } else if path.extension().is_some_and(|e| e == "toml") {
                out.push(path);
            }
        }
    }

    /// Every file the project carries: the sample register (all of it
    /// plain), and the error catalogue's registers.
    #[test]
    fn the_project_s_own_files() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut sample = Vec::new();
        files(&root.join("data-sample"), &mut sample);
        assert!(sample.len() > 50);
        for path in &sample {
            let text = std::fs::read_to_string(path).unwrap();
            assert!(holds(&text), "declined: {}", path.display());
        }
        let mut catalogue = Vec::new();
        files(&root.join("tests"), &mut catalogue);
        for path in &catalogue {
            if let Ok(text) = std::fs::read_to_string(path) {
                holds(&text);
            }
        }
    }

    /// The sample's files, cut, spliced and with bytes changed, many
    /// thousand times: whatever is built must be what `toml` reads.
    #[test]
    fn mutated_files_hold_the_rule() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut paths = Vec::new();
        files(&root.join("data-sample/models"), &mut paths);
        paths.sort();
        let texts: Vec<Vec<u8>> = paths.iter().map(|p| std::fs::read(p).unwrap()).collect();
        let pieces: &[&[u8]] = &[
            b"\n",
            b" ",
            b"=",
            b".",
            b",",
            b"[",
            b"]",
            b"[[",
            b"]]",
            b"{",
            b"}",
            b"\"",
            b"'",
            b"\"\"\"",
            b"#",
            b"\\",
            b"\\u0302",
            b"\r\n",
            b"x = 1\n",
            b"[events]\n",
            b"[[events]]\n",
            b"[outcomes]\n",
            b"type",
            b"2025-07-01",
            b"1_0",
            b"\t",
            b"\x7f",
            "ệ".as_bytes(),
            b"[[event]]\n",
            b"[outcome]\n",
            b"[event]\n",
            b"a.b = 1\n",
            b"x = { a = 1, b = [2] }\n",
            b"\r",
            b"inf",
            b"0x1F",
            b"1979-05-27T07:32:00Z",
            b"'''",
            b"\\\n",
            b"\"\"",
            b"[]",
            b"{}",
            b"= =",
        ];
        let mut seed: u64 = 0x2025_0701;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            usize::try_from(seed % n as u64).unwrap()
        };
        let (mut built, mut tried) = (0, 0);
        for _ in 0..20_000 {
            let mut bytes = texts[next(texts.len())].clone();
            for _ in 0..=next(3) {
                let at = next(bytes.len() + 1);
                match next(3) {
                    0 => {
                        let piece = pieces[next(pieces.len())];
                        bytes.splice(at..at, piece.iter().copied());
                    }
                    1 => {
                        let end = (at + 1 + next(8)).min(bytes.len());
                        bytes.drain(at.min(end)..end);
                    }
                    _ => {
                        // A line of another file, anywhere.
                        let other = &texts[next(texts.len())];
                        let from = next(other.len());
                        let line: Vec<u8> = other[from..]
                            .iter()
                            .copied()
                            .take_while(|b| *b != b'\n')
                            .chain([b'\n'])
                            .collect();
                        bytes.splice(at..at, line);
                    }
                }
            }
            if let Ok(text) = String::from_utf8(bytes) {
                tried += 1;
                built += usize::from(holds(&text));
            }
        }
        // Both ways were taken often: the rule was tested, not skipped.
        assert!(
            built > tried / 10 && built < tried * 9 / 10,
            "{built} of {tried}"
        );
    }
}
