//! Problems as `check` prints them: `PATH:LINE:COL: error|warning:
//! MESSAGE` with the offending line under it and a caret at the column,
//! every text from a file escaped, and the closing count.

use std::io::Write;

use crate::problem::{Problem, Severity};

/// Writes every problem, sorted by path, line and severity; returns how
/// many are errors.
pub fn write_problems<'a>(
    problems: impl Iterator<Item = &'a Problem>,
    color: bool,
    out: &mut dyn Write,
) -> std::io::Result<usize> {
    let mut problems: Vec<&Problem> = problems.collect();
    problems.sort_by(|a, b| {
        a.path
            .cmp(&b.path)
            .then_with(|| line(a).cmp(&line(b)))
            .then_with(|| a.severity.cmp(&b.severity))
    });
    for problem in &problems {
        write_problem(problem, color, out)?;
    }
    Ok(problems.iter().filter(|p| p.is_error()).count())
}

fn line(p: &Problem) -> (usize, usize) {
    p.location.as_ref().map_or((0, 0), |l| (l.line, l.column))
}

/// `2 errors, 1 warning in 31 model files`.
pub fn summary(errors: usize, warnings: usize, files: usize) -> String {
    crate::tr!(
        "render-check-summary",
        errors = errors,
        warnings = warnings,
        files = files
    )
}

/// PATH:LINE:COL: error: MESSAGE, then the line with a caret under the
/// column.
pub fn write_problem(p: &Problem, color: bool, out: &mut dyn Write) -> std::io::Result<()> {
    let (severity, bold, reset) = match (color, p.severity) {
        (false, s) => (s.to_string(), "", ""),
        (true, Severity::Error) => ("\x1b[1;31merror\x1b[0m".to_owned(), "\x1b[1m", "\x1b[0m"),
        (true, Severity::Warning) => ("\x1b[1;33mwarning\x1b[0m".to_owned(), "\x1b[1m", "\x1b[0m"),
    };
    // Paths and messages may hold text from a file: escaped like the line.
    let path = p.path.display().to_string();
    let path = crate::text::printable_line(&path);
    let message = cut(&crate::text::printable(&p.message), MESSAGE);
    match &p.location {
        Some(l) => {
            writeln!(
                out,
                "{bold}{path}:{}:{}{reset}: {severity}: {}",
                l.line, l.column, message
            )?;
            let gutter = l.line.to_string();
            let (text, caret) = excerpt(&l.line_text, l.column);
            writeln!(out, "{gutter} | {text}")?;
            writeln!(out, "{} | {}^", " ".repeat(gutter.len()), " ".repeat(caret))
        }
        None => writeln!(out, "{bold}{path}{reset}: {severity}: {message}"),
    }
}

/// How many characters of a message are shown: one quoting a huge value
/// is cut (the line under it shows where the value is).
const MESSAGE: usize = 1000;

fn cut(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

/// How many characters of an offending line are shown around the column.
const EXCERPT: usize = 100;

/// The line as it can be shown safely: control characters escaped (a file
/// from elsewhere must not drive the terminal), tabs as spaces, and a long
/// line cut to a window around the column. Returns the text and the number
/// of characters before the caret.
fn excerpt(line: &str, column: usize) -> (String, usize) {
    let chars: Vec<char> = line.chars().collect();
    let at = column.saturating_sub(1).min(chars.len());
    let start = at.saturating_sub(EXCERPT / 2);
    let end = (start + EXCERPT).min(chars.len());
    let mut text = String::new();
    let mut caret = 0;
    if start > 0 {
        text.push('…');
        caret += 1;
    }
    for (i, &c) in chars.iter().enumerate().take(end).skip(start) {
        let shown = match c {
            '\t' => " ".to_owned(),
            c if c.is_control() => format!("\\u{{{:x}}}", u32::from(c)),
            c => c.to_string(),
        };
        if i < at {
            caret += shown.chars().count();
        }
        text.push_str(&shown);
    }
    if end < chars.len() {
        text.push('…');
    }
    (text, caret)
}

#[cfg(test)]
mod tests {
    use super::excerpt;

    #[test]
    fn excerpts_escape_control_characters_and_cut_long_lines() {
        assert_eq!(excerpt("a\u{1b}[31mb", 3), ("a\\u{1b}[31mb".to_owned(), 7));
        assert_eq!(excerpt("\tx = 1", 2), (" x = 1".to_owned(), 1));
        let long = "x".repeat(300);
        let (text, caret) = excerpt(&long, 200);
        assert_eq!(text.chars().count(), 102);
        assert_eq!(caret, 51);
    }
}
