//! The two catalogues (`i18n/vi/`, `i18n/en/`) and the code that speaks
//! through them: the same messages with the same arguments in both, every
//! message the code names present, none unused, and no sentence written in
//! the code outside them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use dvk::i18n::{Lang, PARTS, sources};

/// Each message of a catalogue part with the variables it uses.
fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current = None;
    for line in source.lines() {
        if line.starts_with('#') || line.trim().is_empty() && current.is_none() {
            continue;
        }
        let head = line.split('=').next().unwrap_or_default().trim_end();
        let is_id = head.starts_with(|c: char| c.is_ascii_alphabetic())
            && head
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        if is_id && line.contains('=') {
            let id = head.to_owned();
            found.entry(id.clone()).or_default();
            current = Some(id);
        }
        if let Some(id) = &current {
            let vars = found.entry(id.clone()).or_default();
            let mut rest = line;
            while let Some(at) = rest.find('$') {
                rest = &rest[at + 1..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                if !name.is_empty() {
                    vars.insert(name);
                }
            }
        }
    }
    found
}

#[test]
fn the_catalogues_parse_and_hold_the_same_messages_with_the_same_arguments() {
    let mut differences = Vec::new();
    let (vi, en) = (sources(Lang::Vi), sources(Lang::En));
    for (part, (vi, en)) in PARTS.iter().zip(vi.iter().zip(en.iter())) {
        for (lang, text) in [("vi", vi), ("en", en)] {
            if let Err((_, errors)) = fluent_syntax::parser::parse(*text) {
                differences.push(format!("i18n/{lang}/{part}.ftl does not parse: {errors:?}"));
            }
        }
        let (vi, en) = (messages(vi), messages(en));
        for id in en.keys().filter(|id| !vi.contains_key(*id)) {
            differences.push(format!("{part}: `{id}` is in en, not in vi"));
        }
        for id in vi.keys().filter(|id| !en.contains_key(*id)) {
            differences.push(format!("{part}: `{id}` is in vi, not in en"));
        }
    }
    assert!(differences.is_empty(), "{differences:#?}");
}

#[test]
fn every_part_of_the_catalogues_is_built_in() {
    for lang in Lang::ALL {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("i18n")
            .join(lang.code());
        let mut files: Vec<String> = std::fs::read_dir(&dir)
            .expect("the catalogue's folder")
            .map(|e| {
                e.expect("an entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        files.sort();
        let mut parts: Vec<String> = PARTS.iter().map(|p| format!("{p}.ftl")).collect();
        parts.sort();
        assert_eq!(files, parts, "i18n/{}/ and i18n::PARTS differ", lang.code());
    }
}

/// Every `.rs` file under `src/`, with its text up to its unit tests.
fn library_sources() -> Vec<(PathBuf, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = Vec::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src/ is readable") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs")
                // Unit tests and their fixtures, in files of their own.
                && !path.ends_with("tests.rs")
                && !path.ends_with("fixture.rs")
            {
                let text = std::fs::read_to_string(&path).expect("a source file");
                let code = match text.find("\n#[cfg(test)]\nmod ") {
                    Some(at) => text[..at].to_owned(),
                    None => text,
                };
                let rel = path.strip_prefix(&src).expect("under src/").to_path_buf();
                out.push((rel, code));
            }
        }
    }
    out.sort();
    out
}

/// The string literals of Rust code, with their line numbers (comments,
/// characters and lifetimes skipped).
fn string_literals(code: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && at(i + 1) == '/') {
                line += usize::from(chars[i] == '\n');
                i += 1;
            }
            i += 2;
        } else if c == '\'' {
            // A character ('x', '\n', '\u{1F}') or a lifetime ('a).
            if at(i + 1) == '\\' {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if at(i + 2) == '\'' {
                i += 3;
            } else {
                i += 1;
            }
        } else if c == '"'
            || (c == 'r' && (at(i + 1) == '"' || at(i + 1) == '#'))
                && !at(i.wrapping_sub(1)).is_alphanumeric()
        {
            let start_line = line;
            let raw = c == 'r';
            let mut hashes = 0;
            if raw {
                i += 1;
                while at(i) == '#' {
                    hashes += 1;
                    i += 1;
                }
                if at(i) != '"' {
                    continue;
                }
            }
            i += 1;
            let mut text = String::new();
            loop {
                let d = at(i);
                if d == '\0' {
                    break;
                }
                if !raw && d == '\\' {
                    text.push(d);
                    text.push(at(i + 1));
                    line += usize::from(at(i + 1) == '\n');
                    i += 2;
                    continue;
                }
                if d == '"' && (0..hashes).all(|h| at(i + 1 + h) == '#') {
                    i += 1 + hashes;
                    break;
                }
                line += usize::from(d == '\n');
                text.push(d);
                i += 1;
            }
            out.push((start_line, text));
        } else {
            i += 1;
        }
    }
    out
}

/// Words a person reads: two words of letters with a space between, or a
/// word beside a value put in by `format!` (`first: {p}`, `line {n}`).
fn is_prose(text: &str) -> bool {
    let is_word = |w: &str| w.chars().count() >= 2 && w.chars().all(char::is_alphabetic);
    let pieces: Vec<&str> = text.split(' ').collect();
    let two_words = pieces
        .windows(2)
        .any(|pair| pair.iter().all(|w| is_word(w)));
    let word_and_value = pieces.windows(2).any(|pair| {
        let word = pair[0].trim_end_matches(':');
        word.chars().count() >= 3 && is_word(word) && pair[1].starts_with('{')
            || pair[0].ends_with('}') && is_word(pair[1]) && pair[1].chars().count() >= 3
    });
    two_words || word_and_value
}

/// A line that says why its text is not a message: `// i18n: REASON`
/// on the line or the one before (data a person typed or a file format
/// names, a text whose language the format fixes).
fn excused(code: &str, line: usize) -> bool {
    let lines: Vec<&str> = code.lines().collect();
    let near = |n: usize| n >= 1 && lines.get(n - 1).is_some_and(|l| l.contains("// i18n: "));
    near(line) || near(line - 1)
}

#[test]
fn no_sentence_is_written_in_the_code_outside_the_catalogues() {
    let mut found = Vec::new();
    for (path, code) in library_sources() {
        for (line, text) in string_literals(&code) {
            if is_prose(&text) && !excused(&code, line) {
                found.push(format!("src/{}:{line}: \"{text}\"", path.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} texts outside the catalogues (move each to i18n/, or say why it is not a message with `// i18n: REASON`):\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn every_message_the_code_names_exists_and_every_message_is_named() {
    // Each message the code names, with the arguments it passes.
    let mut named: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (_, code) in library_sources() {
        for (at, _) in code
            .match_indices("tr!(")
            .chain(code.match_indices("tr_in!("))
        {
            if code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let (id, arguments) = macro_call(&code[at..]);
            named.entry(id).or_default().extend(arguments);
        }
    }
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let all: BTreeSet<String> = sources(lang)
            .iter()
            .flat_map(|s| messages(s).into_keys())
            .collect();
        let all_vars: BTreeMap<String, BTreeSet<String>> =
            sources(lang).iter().flat_map(|s| messages(s)).collect();
        for (id, passed) in &named {
            if let Some(used) = all_vars.get(id) {
                for var in used.difference(passed) {
                    problems.push(format!(
                        "{}: `{id}` uses ${var}, which the code does not pass",
                        lang.code()
                    ));
                }
            }
            if !all.contains(id) {
                problems.push(format!(
                    "{}: `{id}` is named in the code, not in the catalogue",
                    lang.code()
                ));
            }
        }
        // The help's texts are named by the command tree (cmd/help.rs).
        for id in all.iter().filter(|id| {
            !id.starts_with("dvk-") && !id.starts_with("cmd-") && !id.starts_with("arg-")
        }) {
            if !named.contains_key(id) {
                problems.push(format!(
                    "{}: `{id}` is in the catalogue, never named in the code",
                    lang.code()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// A macro call from its name to its closing parenthesis: the id (its
/// first string) and the names of its arguments (`name = value` at its top
/// level).
fn macro_call(text: &str) -> (String, BTreeSet<String>) {
    let (mut depth, mut in_string, mut escaped) = (0, false, false);
    let (mut id, mut strings) = (String::new(), 0);
    let mut top_level = String::new();
    for c in text.chars() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => {
                    in_string = false;
                    strings += 1;
                }
                _ if strings == 0 => id.push(c),
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            _ if depth == 1 => top_level.push(c),
            _ => {}
        }
    }
    let names = top_level
        .split(',')
        .filter_map(|piece| piece.split_once('='))
        .map(|(name, _)| name.trim())
        .filter(|name| !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_'))
        .map(str::to_owned)
        .collect();
    (id, names)
}
