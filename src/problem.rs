//! Problems found in a register: a value, not an error. Each names its file
//! and, where it can, the line and column with the offending line, so that
//! `check` can print them all and other commands can count them.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::tr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// A place in a file: 1-based line and column (in characters), and the text
/// of that line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub line: usize,
    pub column: usize,
    pub line_text: String,
}

impl Location {
    /// The location of a byte offset in a text.
    pub fn of(text: &str, offset: usize) -> Self {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
        let line = text[..line_start].bytes().filter(|&b| b == b'\n').count() + 1;
        let column = text[line_start..offset].chars().count() + 1;
        let line_text = text[line_start..line_end].trim_end_matches('\r').to_owned();
        Self {
            line,
            column,
            line_text,
        }
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file, relative to the register's folder.
    pub path: PathBuf,
    pub severity: Severity,
    pub location: Option<Location>,
    pub message: String,
}

/// `PATH:LINE:COL: error: MESSAGE`, on one line.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // One line, whatever the file's name holds.
        let path = self.path.display().to_string();
        write!(f, "{}", crate::text::printable_line(&path))?;
        if let Some(l) = &self.location {
            write!(f, ":{}:{}", l.line, l.column)?;
        }
        let message = self.message.lines().next().unwrap_or_default();
        write!(f, ": {}: {message}", self.severity)
    }
}

impl Problem {
    pub fn error(path: &Path, location: Option<Location>, message: impl Into<String>) -> Self {
        Self {
            path: path.to_owned(),
            severity: Severity::Error,
            location,
            message: message.into(),
        }
    }

    pub fn warning(path: &Path, location: Option<Location>, message: impl Into<String>) -> Self {
        Self {
            path: path.to_owned(),
            severity: Severity::Warning,
            location,
            message: message.into(),
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The problems one file shows at most. A file with more is no record gone
/// slightly wrong, and each problem holds its line: a hostile file of one
/// long line with a problem every few bytes would fill the memory, and
/// locating each problem costs the length of the text before it.
pub const MAX_PER_FILE: usize = 100;

/// Collects problems for one file, turning byte offsets into locations.
pub struct Sink<'a> {
    pub path: &'a Path,
    pub text: &'a str,
    pub problems: Vec<Problem>,
    /// The text is in NFC and has no `\u` escapes, so every string in it
    /// is in NFC too: checked once for the file, not for each string.
    pub strings_are_nfc: bool,
    /// The text holds a carriage return: only then may a string hold a
    /// CRLF line end to read as LF.
    pub has_cr: bool,
}

impl<'a> Sink<'a> {
    pub fn new(path: &'a Path, text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let escapes = text
            .match_indices('\\')
            .any(|(at, _)| matches!(bytes.get(at + 1), Some(b'u' | b'U')));
        Self {
            path,
            text,
            problems: Vec::new(),
            strings_are_nfc: !escapes && crate::text::is_normalized(text),
            has_cr: bytes.contains(&b'\r'),
        }
    }

    pub fn error_at(&mut self, offset: Option<usize>, message: impl Into<String>) {
        self.push(Severity::Error, offset, message.into());
    }

    pub fn warning_at(&mut self, offset: Option<usize>, message: impl Into<String>) {
        self.push(Severity::Warning, offset, message.into());
    }

    /// Past `MAX_PER_FILE`, one last problem stands for the rest, at the
    /// first of them; it is an error if any of them is.
    fn push(&mut self, severity: Severity, offset: Option<usize>, message: String) {
        let shown = self.problems.len();
        if shown > MAX_PER_FILE {
            if severity == Severity::Error
                && let Some(rest) = self.problems.last_mut()
            {
                rest.severity = Severity::Error;
            }
            return;
        }
        let message = if shown == MAX_PER_FILE {
            tr!("check-too-many", max = MAX_PER_FILE)
        } else {
            message
        };
        self.problems.push(Problem {
            path: self.path.to_owned(),
            severity,
            location: offset.map(|o| Location::of(self.text, o)),
            message,
        });
    }

    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(Problem::is_error)
    }
}

/// `; did you mean `x`?` for a near miss among `choices`, or nothing: the
/// one way every message offers the nearest valid choice. It ends the
/// message it is passed to as an argument (`{ $hint }` in the catalogue).
pub fn hint<'c>(word: &str, choices: impl IntoIterator<Item = &'c str>) -> String {
    hint_of(nearest(word, choices))
}

/// The hint for a choice found (`; did you mean `x`?`), or nothing.
pub fn hint_of(choice: Option<&str>) -> String {
    choice
        .map(|c| tr!("read-did-you-mean", choice = c))
        .unwrap_or_default()
}

/// `did you mean` for a near miss among `choices`, if one is near enough.
/// Word and choices are compared folded (`tỉnhh` is near `tinh`, `Nam
/// 2042` near `Năm 2024`); the choice is returned as given.
pub fn nearest<'c>(word: &str, choices: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
    // A longer word is no near miss of a code, key or id (64 characters at
    // most), and comparing a value of a huge file costs its length times
    // theirs.
    if word.chars().nth(80).is_some() {
        return None;
    }
    // Words and choices are compared folded (`tỉnhh`, `Cấp tỉnh`, `tinh`).
    let choices: Vec<(&str, String)> = choices
        .into_iter()
        .map(|c| (c, crate::text::fold(c)))
        .collect();
    let word = &crate::text::fold(word);
    if word.chars().count() >= 3
        && let Some((prefixed, _)) = choices.iter().find(|(_, c)| c.starts_with(word.as_str()))
    {
        return Some(prefixed);
    }
    choices
        .into_iter()
        .map(|(choice, c)| (strsim::damerau_levenshtein(word, &c), choice, c))
        .filter(|(distance, _, c)| *distance <= 2.max(c.chars().count() / 3))
        .min_by_key(|&(distance, _, _)| distance)
        .map(|(_, choice, _)| choice)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn location_counts_lines_and_characters() {
        let text = "a = 1\nname = \"Tân\" x\n";
        let at = text.find('x').unwrap();
        let loc = Location::of(text, at);
        assert_eq!((loc.line, loc.column), (2, 14));
        assert_eq!(loc.line_text, "name = \"Tân\" x");
        assert_eq!(Location::of(text, 0).line, 1);
    }

    #[test]
    fn a_file_shows_at_most_max_problems_and_keeps_its_errors() {
        let text = "x\n".repeat(MAX_PER_FILE + 50);
        let mut sink = Sink::new(Path::new("m.toml"), &text);
        for i in 0..MAX_PER_FILE + 50 {
            if i == MAX_PER_FILE + 20 {
                sink.error_at(Some(2 * i), "bad");
            } else {
                sink.warning_at(Some(2 * i), "odd");
            }
        }
        assert_eq!(sink.problems.len(), MAX_PER_FILE + 1);
        let rest = &sink.problems[MAX_PER_FILE];
        assert_eq!(
            rest.location.as_ref().map(|l| l.line),
            Some(MAX_PER_FILE + 1)
        );
        assert_eq!(
            rest.message,
            "more problems from here on; a file shows at most 100"
        );
        assert!(sink.has_errors(), "a dropped error still counts");
    }

    #[test]
    fn nearest_suggests_close_words_only() {
        assert_eq!(nearest("feild", ["field", "name"]), Some("field"));
        assert_eq!(nearest("zzzzzz", ["field", "name"]), None);
        assert_eq!(nearest("tỉnhh", ["xa", "tinh"]), Some("tinh"));
        assert_eq!(nearest("tap", ["ca_nhan", "tap_the"]), Some("tap_the"));
        assert_eq!(
            nearest("Cấp tỉnhh", ["Cấp xã", "Cấp tỉnh"]),
            Some("Cấp tỉnh")
        );
        assert_eq!(nearest("Nam 2042", ["Năm 2024"]), Some("Năm 2024"));
    }
}
