//! A one-pass reader for the simple documents nearly every record is: the
//! layout `dvk` writes, one `key = value` or header a line. Reading a large
//! register is mostly reading such files, and a general TOML parser spends
//! most of its time on what they never hold.
//!
//! It reads, line by line: blank lines and comments; `[name]` and
//! `[[name]]` headers with bare names; `name = value` with a bare key,
//! where a value is a basic string (one line or `"""` multi-line), a
//! literal string on one line, a decimal integer, a plain decimal number
//! (`7.5`), `true` or `false`, a date (`2025-07-01`), an array of such
//! values (over several lines if need be) or an inline table of them on
//! one line. Lines end with LF.
//!
//! It gives up, returning `None`, on anything else, however valid (CRLF,
//! quoted or dotted keys, times, hex, exponents, underscores, nesting,
//! `'''`, a line-ending backslash, a key given twice, a reused header), and
//! on every error; `events` then reads the document. So what this reader
//! builds, the `toml` crate reads without error into the same tree, spans
//! and order included: a test holds it to that rule (see `tests`).

use std::borrow::Cow;

use toml::Spanned;
use toml::value::Datetime;

use super::tree::{Document, Header, Key, Node, Table, Value};

/// The document, when it is simple and has no error; `None` otherwise.
pub fn parse(text: &str) -> Option<Table<'_>> {
    Reader {
        text,
        bytes: text.as_bytes(),
        at: 0,
    }
    .document()
}

struct Reader<'i> {
    text: &'i str,
    bytes: &'i [u8],
    at: usize,
}

/// A byte TOML allows in no string or comment: a control character other
/// than tab (the line feed included, which only ends lines here).
fn is_control(b: u8) -> bool {
    (b < 0x20 && b != b'\t') || b == 0x7f
}

fn is_bare(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

impl<'i> Reader<'i> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.at += 1;
        }
    }

    /// Spaces, blank lines and comments, as between an array's items.
    fn skip_blank(&mut self) -> Option<()> {
        loop {
            match self.peek() {
                Some(b' ' | b'\t' | b'\n') => self.at += 1,
                Some(b'#') => self.comment()?,
                _ => return Some(()),
            }
        }
    }

    /// From `#` to the end of the line, not taking the line feed.
    fn comment(&mut self) -> Option<()> {
        self.at += 1;
        while let Some(b) = self.peek() {
            if b == b'\n' {
                break;
            }
            if is_control(b) {
                return None;
            }
            self.at += 1;
        }
        Some(())
    }

    /// The rest of a line after its key and value or header: spaces, a
    /// comment, then the line feed or the end of the text.
    fn end_of_line(&mut self) -> Option<()> {
        self.skip_space();
        if self.peek() == Some(b'#') {
            self.comment()?;
        }
        match self.peek() {
            None => Some(()),
            Some(b'\n') => {
                self.at += 1;
                Some(())
            }
            Some(_) => None,
        }
    }

    fn expect(&mut self, b: u8) -> Option<()> {
        (self.peek() == Some(b)).then(|| self.at += 1)
    }

    fn document(mut self) -> Option<Table<'i>> {
        let mut document = Document::new();
        loop {
            self.skip_space();
            match self.peek() {
                None => break,
                Some(b'\n') => self.at += 1,
                Some(b'#') => self.comment()?,
                Some(b'[') => {
                    let header = self.header()?;
                    document.header(header)?;
                    self.end_of_line()?;
                }
                Some(_) => {
                    let key = self.key()?;
                    self.skip_space();
                    self.expect(b'=')?;
                    self.skip_space();
                    let value = self.value(true)?;
                    document.entry(key, value)?;
                    self.end_of_line()?;
                }
            }
        }
        document.finish()
    }

    /// `[name]` or `[[name]]`, from its first bracket on.
    fn header(&mut self) -> Option<Header<'i>> {
        let start = self.at;
        self.at += 1;
        let array = self.peek() == Some(b'[');
        if array {
            self.at += 1;
        }
        self.skip_space();
        let key = self.key()?;
        self.skip_space();
        self.expect(b']')?;
        if array {
            self.expect(b']')?;
        }
        Some(Header {
            key,
            span: start..self.at,
            array,
        })
    }

    /// A bare key.
    fn key(&mut self) -> Option<Key<'i>> {
        let start = self.at;
        while self.peek().is_some_and(is_bare) {
            self.at += 1;
        }
        (self.at > start)
            .then(|| Spanned::new(start..self.at, Cow::Borrowed(&self.text[start..self.at])))
    }

    /// A value; an array or an inline table only when `nest` (their items
    /// are scalars).
    fn value(&mut self, nest: bool) -> Option<Value<'i>> {
        let start = self.at;
        let node = match self.peek()? {
            b'"' if self.bytes[start..].starts_with(b"\"\"\"") => {
                Node::String(self.multi_line_string()?)
            }
            b'"' => Node::String(self.basic_string()?),
            b'\'' if !self.bytes[start..].starts_with(b"'''") => {
                Node::String(self.literal_string()?)
            }
            b'[' if nest => Node::Array(self.array()?),
            b'{' if nest => Node::Table(self.inline_table()?),
            _ => self.bare_scalar()?,
        };
        Some(Spanned::new(start..self.at, node))
    }

    /// `"…"` on one line, from its opening quote on.
    fn basic_string(&mut self) -> Option<Cow<'i, str>> {
        self.at += 1;
        self.string_until(false)
    }

    /// `"""…"""`, from its opening quotes on. A line feed right after the
    /// opening quotes is not part of the string.
    fn multi_line_string(&mut self) -> Option<Cow<'i, str>> {
        self.at += 3;
        if self.peek() == Some(b'\n') {
            self.at += 1;
        }
        self.string_until(true)
    }

    /// The text of a basic string, up to and past its closing quote(s),
    /// with its escapes decoded; borrowed when it has none.
    fn string_until(&mut self, multi_line: bool) -> Option<Cow<'i, str>> {
        let start = self.at;
        let mut owned: Option<String> = None;
        let mut run = start;
        loop {
            // Past the run of bytes that need no look.
            let run_length = self.bytes[self.at..]
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || is_control(b))?;
            self.at += run_length;
            let b = self.bytes[self.at];
            match b {
                b'"' if !multi_line => {
                    let text = self.finish(owned, run, start);
                    self.at += 1;
                    return Some(text);
                }
                b'"' if self.bytes[self.at..].starts_with(b"\"\"\"") => {
                    // Quotes just before the closing ones belong to the
                    // string; leave that to the general reader.
                    if self.bytes.get(self.at + 3) == Some(&b'"') {
                        return None;
                    }
                    let text = self.finish(owned, run, start);
                    self.at += 3;
                    return Some(text);
                }
                b'\\' => {
                    let out = owned.get_or_insert_with(String::new);
                    out.push_str(&self.text[run..self.at]);
                    out.push(self.escape()?);
                    run = self.at;
                }
                b'\n' | b'"' if multi_line => self.at += 1,
                _ => return None,
            }
        }
    }

    fn finish(&self, owned: Option<String>, run: usize, start: usize) -> Cow<'i, str> {
        match owned {
            Some(mut out) => {
                out.push_str(&self.text[run..self.at]);
                Cow::Owned(out)
            }
            None => Cow::Borrowed(&self.text[start..self.at]),
        }
    }

    /// An escape, from its backslash on: the ones TOML has always had.
    fn escape(&mut self) -> Option<char> {
        let b = *self.bytes.get(self.at + 1)?;
        self.at += 2;
        let c = match b {
            b'b' => '\u{8}',
            b't' => '\t',
            b'n' => '\n',
            b'f' => '\u{c}',
            b'r' => '\r',
            b'"' => '"',
            b'\\' => '\\',
            b'u' => self.hex(4)?,
            b'U' => self.hex(8)?,
            _ => return None,
        };
        Some(c)
    }

    fn hex(&mut self, digits: usize) -> Option<char> {
        let hex = self.text.get(self.at..self.at + digits)?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        self.at += digits;
        char::from_u32(u32::from_str_radix(hex, 16).ok()?)
    }

    /// `'…'` on one line, from its opening quote on.
    fn literal_string(&mut self) -> Option<Cow<'i, str>> {
        self.at += 1;
        let start = self.at;
        loop {
            match self.peek()? {
                b'\'' => {
                    self.at += 1;
                    return Some(Cow::Borrowed(&self.text[start..self.at - 1]));
                }
                b if is_control(b) => return None,
                _ => self.at += 1,
            }
        }
    }

    /// A date, a decimal integer or number, `true` or `false`: a run of
    /// letters, digits and `-`, `.`, which must end where a value may.
    fn bare_scalar(&mut self) -> Option<Node<'i>> {
        let start = self.at;
        while self
            .peek()
            .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.'))
        {
            self.at += 1;
        }
        if !matches!(
            self.peek(),
            None | Some(b' ' | b'\t' | b'\n' | b'#' | b',' | b']' | b'}')
        ) {
            return None;
        }
        let word = &self.text[start..self.at];
        match word {
            "true" => return Some(Node::Boolean(true)),
            "false" => return Some(Node::Boolean(false)),
            _ => {}
        }
        if is_date(word) {
            return word.parse::<Datetime>().ok().map(Node::Datetime);
        }
        let digits = word.strip_prefix('-').unwrap_or(word);
        let (whole, fraction) = match digits.split_once('.') {
            Some((whole, fraction)) => (whole, Some(fraction)),
            None => (digits, None),
        };
        // No leading zero, and few enough digits to be any integer's.
        if !is_decimal(whole) || (whole.len() > 1 && whole.starts_with('0')) || whole.len() > 18 {
            return None;
        }
        let text = Cow::Borrowed(word);
        match fraction {
            None => Some(Node::Integer { text, radix: 10 }),
            Some(fraction) if is_decimal(fraction) => Some(Node::Float(text)),
            Some(_) => None,
        }
    }

    /// `[a, b, …]`, from its bracket on: items over any number of lines,
    /// with comments and a comma after the last allowed.
    fn array(&mut self) -> Option<Vec<Value<'i>>> {
        self.at += 1;
        let mut items = Vec::new();
        loop {
            self.skip_blank()?;
            if self.peek()? == b']' {
                self.at += 1;
                return Some(items);
            }
            items.push(self.value(false)?);
            self.skip_blank()?;
            match self.peek()? {
                b',' => self.at += 1,
                b']' => {}
                _ => return None,
            }
        }
    }

    /// `{ a = 1, b = true }` on one line, from its brace on.
    fn inline_table(&mut self) -> Option<Table<'i>> {
        self.at += 1;
        let mut table = Table::default();
        self.skip_space();
        if self.peek()? == b'}' {
            self.at += 1;
            return Some(table);
        }
        loop {
            let key = self.key()?;
            self.skip_space();
            self.expect(b'=')?;
            self.skip_space();
            let value = self.value(false)?;
            if table.contains_key(key.get_ref()) {
                return None;
            }
            table.push(key, value);
            self.skip_space();
            match self.peek()? {
                b',' => {
                    self.at += 1;
                    self.skip_space();
                }
                b'}' => {
                    self.at += 1;
                    return Some(table);
                }
                _ => return None,
            }
        }
    }
}

fn is_decimal(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// `YYYY-MM-DD`; whether it is a real day, `Datetime` decides.
fn is_date(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && [0, 1, 2, 3, 5, 6, 8, 9]
            .iter()
            .all(|&i| b[i].is_ascii_digit())
}
