//! The canonical form of a model file, as `dvk fmt` writes it: keys in the
//! order of format.md, tables after keys (`[[outcome]]`, `[[assessment]]`,
//! `[[event]]`), `key = value` spacing, NFC text, LF endings. Comments stay
//! with the key or table they precede. Data never changes: the result is
//! parsed again and compared with the original.

use std::cmp::Ordering;

use std::path::PathBuf;

use toml_edit::{DocumentMut, Item, Key, Table};

use crate::fs::files::{read_text, record_files};
use crate::fs::layout::{CRITERIA, FILE, MODELS, shown};
use crate::read::register::Register;
use crate::tr;

use crate::model::schema::{ASSESSMENT_KEYS, EVENT_KEYS, MODEL_KEYS, rank};
use crate::model::taxonomy::Taxonomy;

/// Text as `dvk` writes it: NFC, LF line endings, one final newline.
pub fn normalize(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = nfc_keeping_escapes(text);
    let mut out = text.replace("\r\n", "\n");
    while out.ends_with("\n\n") {
        out.pop();
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// TOML text in NFC, except that the letter of an escape in a basic
/// string (`"\t"`, `"""\n"""`) never composes with a combining mark after
/// it: `"\t\u{323}"` must not become `"\ṭ"`, which is no escape at all.
/// In literal strings, comments and keys a backslash is a plain character.
fn nfc_keeping_escapes(text: &str) -> std::borrow::Cow<'_, str> {
    #[derive(Clone, Copy, PartialEq)]
    enum In {
        Bare,
        Comment,
        Basic,
        MultiBasic,
        Literal,
        MultiLiteral,
    }
    if crate::text::is_normalized(text) {
        return std::borrow::Cow::Borrowed(text);
    }
    let bytes = text.as_bytes();
    let at = |i: usize, s: &str| bytes.get(i..i + s.len()) == Some(s.as_bytes());
    let mut out = String::with_capacity(text.len());
    let mut state = In::Bare;
    let (mut chunk, mut i) = (0, 0);
    // Quotes, `#`, backslashes and newlines are ASCII: they never take part
    // in a composition, so they are safe places to look at bytes.
    while i < bytes.len() {
        let step = match (state, bytes[i]) {
            (In::Bare, b'#') => (In::Comment, 1),
            (In::Bare, b'"') if at(i, "\"\"\"") => (In::MultiBasic, 3),
            (In::Bare, b'"') => (In::Basic, 1),
            (In::Bare, b'\'') if at(i, "\'\'\'") => (In::MultiLiteral, 3),
            (In::Bare, b'\'') => (In::Literal, 1),
            (In::Comment | In::Basic, b'\n') | (In::Basic, b'"') | (In::Literal, b'\'') => {
                (In::Bare, 1)
            }
            (In::MultiBasic, b'"') if at(i, "\"\"\"") => (In::Bare, 3),
            (In::MultiLiteral, b'\'') if at(i, "\'\'\'") => (In::Bare, 3),
            (In::Basic | In::MultiBasic, b'\\') => {
                // The backslash and its letter go out as they are.
                let letter = text[i + 1..].chars().next().map_or(0, char::len_utf8);
                out.push_str(&crate::text::nfc(&text[chunk..i]));
                out.push_str(&text[i..i + 1 + letter]);
                i += 1 + letter;
                chunk = i;
                continue;
            }
            _ => (state, 1),
        };
        state = step.0;
        i += step.1;
    }
    out.push_str(&crate::text::nfc(&text[chunk..]));
    std::borrow::Cow::Owned(out)
}

/// One file of a register as `fmt` finds it: in canonical form already
/// (not listed), to be rewritten, or impossible to format.
#[derive(Debug)]
pub struct Formatting {
    /// Where the file is.
    pub path: PathBuf,
    /// The path as it is shown.
    pub shown: PathBuf,
    /// The canonical text, or why there is none.
    pub result: Result<String, String>,
}

/// What `fmt` would change in a register: `dvk.toml`, the model files and
/// the criteria sets, in that order, each that is not in canonical form.
/// Nothing is written.
pub fn plan(register: &Register) -> Vec<Formatting> {
    let mut problems = Vec::new();
    let mut files: Vec<(PathBuf, bool)> = vec![(FILE.into(), false)];
    for (dir, is_model) in [(MODELS, true), (CRITERIA, false)] {
        files.extend(
            record_files(&register.root, dir, &mut problems)
                .into_iter()
                .map(|p| (p, is_model)),
        );
    }
    let taxonomy = &register.settings.taxonomy;
    files
        .into_iter()
        .filter_map(|(rel, is_model)| {
            let path = register.root.join(&rel);
            let shown = shown(&register.root, &rel);
            let Ok(text) = read_text(&path) else {
                let result = Err(tr!("write-format-unreadable"));
                return Some(Formatting {
                    path,
                    shown,
                    result,
                });
            };
            let formatted = if is_model {
                model(&text, taxonomy)
            } else {
                other(&text)
            };
            let result = formatted.map_err(|e| e.to_string());
            let unchanged = result
                .as_ref()
                .is_ok_and(|f| std::fs::read(&path).is_ok_and(|raw| raw == f.as_bytes()));
            (!unchanged).then_some(Formatting {
                path,
                shown,
                result,
            })
        })
        .collect()
}

/// Rewrites the files a plan formats, each replaced whole.
pub fn apply(plan: &[Formatting]) -> crate::error::Result<()> {
    for file in plan {
        if let Ok(formatted) = &file.result {
            crate::fs::atomic::replace(&file.path, formatted)?;
        }
    }
    Ok(())
}

/// Why a file could not be put in canonical form.
#[derive(Debug, thiserror::Error)]
pub enum FormatError {
    #[error("{}", tr!("write-format-syntax", problem = .0))]
    Syntax(String),
    #[error("{}", tr!("write-format-would-change-data"))]
    WouldChangeData,
}

/// The canonical text of a model file.
pub fn model(text: &str, taxonomy: &Taxonomy) -> Result<String, FormatError> {
    let normalized = normalize(text);
    let (mut doc, before) = document(&normalized)?;
    let root = doc.as_table_mut();
    // The standard keys, then the register's own in the order of
    // `[custom]`, then the tables.
    let tables = MODEL_KEYS.len() - 3;
    let order: Vec<&str> = MODEL_KEYS[..tables]
        .iter()
        .copied()
        .chain(taxonomy.custom.iter().map(|k| k.code.as_str()))
        .chain(MODEL_KEYS[tables..].iter().copied())
        .collect();
    root.sort_values_by(|a, _, b, _| by_rank(&order, a, b));
    tidy_values(root);

    // After every other table (a misspelt `[[evnt]]`, say), which keeps
    // its place: numbering from 1 would tie with them, and a second run
    // would move them again.
    let mut position = last_position(root) + 1;
    for (name, order) in [
        ("outcome", &[][..]),
        ("assessment", &ASSESSMENT_KEYS[..]),
        ("event", &EVENT_KEYS[..]),
    ] {
        let Some(Item::ArrayOfTables(tables)) = root.get_mut(name) else {
            continue;
        };
        for table in tables.iter_mut() {
            renumber(table, &mut position);
            if name == "outcome" {
                table.sort_values_by(|a, _, b, _| outcome_order(a, b, taxonomy));
            } else {
                table.sort_values_by(|a, _, b, _| by_rank(order, a, b));
            }
            tidy_values(table);
            let comments = comment_lines(table.decor().prefix().and_then(|p| p.as_str()));
            table.decor_mut().set_prefix(format!("\n{comments}"));
        }
    }
    let trailing = comment_lines(doc.trailing().as_str());
    doc.set_trailing(trailing);
    same_data(&before, normalize(&doc.to_string()))
}

/// Any other register file (criteria, `dvk.toml`): NFC, LF, spacing.
pub fn other(text: &str) -> Result<String, FormatError> {
    let normalized = normalize(text);
    let (mut doc, before) = document(&normalized)?;
    tidy_values(doc.as_table_mut());
    same_data(&before, normalize(&doc.to_string()))
}

/// The document to edit and its data, of a TOML 1.0 text. The `toml`
/// parser judges the text first: `toml_edit` is given only valid TOML (on some broken input it
/// panics rather than report an error).
fn document(text: &str) -> Result<(DocumentMut, toml::Table), FormatError> {
    use crate::read::spanned::toml_message;
    // The register is TOML 1.0; the parsers here read 1.1 too.
    if let Some((_, message)) = crate::read::spanned::not_toml_1_0(text) {
        return Err(FormatError::Syntax(message));
    }
    let data = text
        .parse::<toml::Table>()
        .map_err(|e| FormatError::Syntax(toml_message(e.message().trim())))?;
    let doc = text
        .parse::<DocumentMut>()
        .map_err(|e| FormatError::Syntax(toml_message(e.message().trim())))?;
    Ok((doc, data))
}

/// The safety net: what fmt writes must hold the same data.
fn same_data(before: &toml::Table, formatted: String) -> Result<String, FormatError> {
    let after = formatted
        .parse::<toml::Table>()
        .map_err(|_| FormatError::WouldChangeData)?;
    if *before == after {
        Ok(formatted)
    } else {
        Err(FormatError::WouldChangeData)
    }
}

/// Numbers the tables of `[[outcome]]`, `[[assessment]]` and `[[event]]`
/// after every other table, in that order and each array in its own
/// order: a document put together from others (a merge) is then written
/// with each table where its array has it.
pub fn place_tables(root: &mut Table) {
    let mut position = last_position(root) + 1;
    for name in ["outcome", "assessment", "event"] {
        if let Some(Item::ArrayOfTables(tables)) = root.get_mut(name) {
            for table in tables.iter_mut() {
                renumber(table, &mut position);
            }
        }
    }
}

/// Numbers `table` from `position` on, then the tables nested in it (an
/// `[assessment.results]`) in their present order, so that they stay
/// under it.
fn renumber(table: &mut Table, position: &mut isize) {
    if table.position().is_some() {
        table.set_position(*position);
        *position += 1;
    }
    let mut nested: Vec<&mut Table> = Vec::new();
    for (_, item) in table.iter_mut() {
        match item {
            Item::Table(t) => nested.push(t),
            Item::ArrayOfTables(a) => nested.extend(a.iter_mut()),
            _ => {}
        }
    }
    nested.sort_by_key(|t| t.position());
    for t in nested {
        renumber(t, position);
    }
}

/// The largest position of a table in `table`, at any depth.
fn last_position(table: &Table) -> isize {
    let mut last = table.position().unwrap_or(0);
    for (_, item) in table {
        let nested: Vec<&Table> = match item {
            Item::Table(t) => vec![t],
            Item::ArrayOfTables(a) => a.iter().collect(),
            _ => Vec::new(),
        };
        for t in nested {
            last = last.max(last_position(t));
        }
    }
    last
}

fn by_rank(order: &[&str], a: &Key, b: &Key) -> Ordering {
    rank(order, a.get()).cmp(&rank(order, b.get()))
}

/// `year` first, then metrics in taxonomy order.
fn outcome_order(a: &Key, b: &Key, taxonomy: &Taxonomy) -> Ordering {
    let place = |k: &Key| match k.get() {
        "year" => 0,
        m => taxonomy
            .metrics
            .iter()
            .position(|x| x.code == m)
            .map_or(usize::MAX, |i| i + 1),
    };
    place(a).cmp(&place(b))
}

/// The comment lines of a decor prefix, each ending in a newline; blank
/// lines and stray spaces dropped.
fn comment_lines(prefix: Option<&str>) -> String {
    let mut out = String::new();
    for line in prefix.unwrap_or_default().lines() {
        let line = line.trim();
        if line.starts_with('#') {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// `key = value` with single spaces; comments before a key kept, a comment
/// after a value kept on its line.
fn tidy_values(table: &mut Table) {
    let mut first = true;
    for (mut key, item) in table.iter_mut() {
        let Some(value) = item.as_value_mut() else {
            continue;
        };
        let comments = comment_lines(key.leaf_decor().prefix().and_then(|p| p.as_str()));
        // A blank line before a commented key, except at the very top.
        let prefix = if comments.is_empty() || first {
            comments
        } else {
            format!("\n{comments}")
        };
        key.leaf_decor_mut().set_prefix(prefix);
        key.leaf_decor_mut().set_suffix(" ");
        let trailing = value
            .decor()
            .suffix()
            .and_then(|s| s.as_str())
            .map(str::trim)
            .filter(|s| s.starts_with('#'))
            .map(|c| format!("  {c}"))
            .unwrap_or_default();
        value.decor_mut().set_prefix(" ");
        value.decor_mut().set_suffix(trailing);
        first = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_keeps_escapes_whole() {
        // A tab then combining marks: the `t` of `\t` must stay a `t`.
        let text = "unit = \"Ho=\\t\u{323}\u{302}i Ta\u{302}n\"\n";
        assert_eq!(normalize(text), "unit = \"Ho=\\t\u{323}\u{302}i Tân\"\n");
        assert_eq!(normalize("a = \"\\\\\"\n"), "a = \"\\\\\"\n");
        // In a literal string `\o` is no escape: the letter composes.
        assert_eq!(normalize("a = 't\\o\u{302}\u{309}'\n"), "a = 't\\ổ'\n");
    }

    #[test]
    fn normalize_makes_lf_nfc_and_one_newline() {
        assert_eq!(
            normalize("\u{feff}a = \"Ta\u{302}n\"\r\nb = 1\r\n\r\n"),
            "a = \"Tân\"\nb = 1\n"
        );
        assert_eq!(normalize("x"), "x\n");
    }

    #[test]
    fn orders_keys_and_tables_and_keeps_comments() {
        let nfd: String = unicode_normalization::UnicodeNormalization::nfd("Vườn mẫu").collect();
        let messy = format!(
            "# Mô hình của xã\r\nunit=\"Hội Nông dân\"\nname   =  \"{nfd}\"  # tên\n\
                     [[event]]\ntype = \"cong_nhan\"\n# quyết định\ndate = 2019-12-20\nlevel = \"huyen\"\n\
                     [[outcome]]\nngay_cong = 3\nyear = 2019\n\n\n"
        );
        let got = model(&messy, &Taxonomy::default()).unwrap();
        assert_eq!(
            got,
            "name = \"Vườn mẫu\"  # tên\n\n# Mô hình của xã\nunit = \"Hội Nông dân\"\n\
             \n[[outcome]]\nyear = 2019\nngay_cong = 3\n\
             \n[[event]]\n# quyết định\ndate = 2019-12-20\ntype = \"cong_nhan\"\nlevel = \"huyen\"\n"
        );
        assert_eq!(
            model(&got, &Taxonomy::default()).unwrap(),
            got,
            "idempotent"
        );
    }
}
