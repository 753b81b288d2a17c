//! The rule both fast readers keep: whatever document they build, the
//! `toml` crate reads without error into the same tree, spans and order
//! included. They may decline any document (the next reader then reads
//! it), but never build one differently.

use std::path::{Path, PathBuf};

use toml::de::DeTable;

use super::tree::Table;
use super::{events, simple};

type Read = fn(&str) -> Option<Table<'_>>;

const READERS: [(&str, Read); 2] = [("simple", simple::parse), ("events", events::parse)];

/// What the `toml` crate reads, when it reads it without error.
fn by_toml(text: &str) -> Option<Table<'_>> {
    let (table, errors) = DeTable::parse_recoverable(text);
    errors
        .is_empty()
        .then(|| Table::from_detable(table.into_inner()))
}

/// Whether `read` built the document; panics if it built it otherwise
/// than the `toml` crate does.
fn holds(name: &str, read: Read, text: &str) -> bool {
    let fast = read(text);
    if let Some(fast) = &fast {
        assert_eq!(Some(fast), by_toml(text).as_ref(), "{name}: {text:?}");
    }
    fast.is_some()
}

/// What `dvk` writes, and what a person typing a record writes: both
/// readers build all of it.
const SIMPLE: &[&str] = &[
    "",
    "\n\n",
    "# chỉ một dòng ghi chú\n",
    "name = \"Vườn rau sạch\"\nunit = 'Hội Nông dân'\n",
    "name = \"Tân\\u0302 \\\"Phú\\\"\\n\\t\\\\ \\U0001F33F \\b\\f\\r\"\n",
    "name = \"Tân Phú\"",
    "  name=\"thụt lề\"   # ghi chú: ## \"\n\tunit\t=\t\"tab\"\t\n",
    "summary = \"\"\"\nDòng một\nDòng hai \"trích\" và \"\"hai\"\"\n\"\"\"\n",
    "summary = \"\"\"Không xuống dòng \\\"\\u00e9\\\"\"\"\"\nx = 1\n",
    "summary = \"\"\"\"\"\"\ne = \"\"\nl = ''\n",
    "n = 0\nm = -0\nbig = 123456789012345678\nneg = -3\nf = 7.5\ng = -0.25\nz = 0.0\nt = true\nf2 = false\n",
    "d = 2025-07-01\nleap = 2024-02-29\nold = 1945-09-02\n",
    "tags = [\"môi trường\", \"nông thôn mới\",]\nempty = []\nn = [1, 2.5, true, 2025-06-30, 'a']\n",
    "multi = [\n  \"một\", # ghi chú\n  # cả dòng\n  \"hai\",\n\n]\n",
    "results = { gan_lanh_dao = true, huy_dong = false, hieu_qua = 15, diem = 7.5 }\ne = {}\nsp = {a=1,b='x'}\n",
    "name = \"A\"\n\n[outcomes]\nmembers = 12 # thành viên\n\n[[events]]\ntype = \"dang_ky\"\ndate = 2019-03-15\n\n[[events]]\ntype = \"cong_nhan\"\nlevel = \"xa\"\n[[ assessments ]] # ghi chú\ncriteria = \"hd-thu\"\n",
    "[[events]]\n[[events]]\n[b]\n[[events]]\nx = 1\n[ c ]\n",
    "1 = 2\ntrue = false\n-_- = \"khóa trần\"\n",
];

#[test]
fn simple_documents_are_built_as_toml_reads_them() {
    for text in SIMPLE {
        for (name, read) in READERS {
            assert!(holds(name, read, text), "{name} declined: {text:?}");
        }
    }
}

/// Valid TOML the simple reader leaves to the events reader, which builds
/// it.
#[test]
fn plain_documents_beyond_the_simple_ones() {
    let plain = [
        "name = \"A\"\r\nyear = 2024\r\n",
        "summary = \"\"\"\nDòng một \\\n  nối\"\"\"\n",
        "summary = \"\"\"a\"\"\"\"\n",
        "raw = '''\nnguyên văn\\n'''\n",
        "h = 0xff\no = 0o17\nb = 0b101\nu = 1_000\np = +3\ne = 1.5e3\ni = inf\nm = -nan\n",
        "dt = 2025-07-01T08:30:00+07:00\nlocal = 2024-06-30T23:59:59\nclock = 07:45:00\nsp = 2025-07-01 08:30:00\n",
        "nested = [[1, 2], [\"a\"], []]\nt = [{ a = 1 }]\n",
        "x = { a = [1], b = { c = 2 } }\n",
        "n = 1234567890123456789012\n",
        "\"khóa có dấu\" = 1\n'literal key' = 2\n",
        "[\"quoted\"]\nx = 1\n",
        "\u{feff}x = 1\n",
    ];
    for text in plain {
        assert!(
            !holds("simple", simple::parse, text),
            "simple built: {text:?}"
        );
        assert!(
            holds("events", events::parse, text),
            "events declined: {text:?}"
        );
    }
}

/// What only TOML 1.1 allows: neither fast reader builds it (issue 20;
/// the register is TOML 1.0, `toml10`), whatever the parser under them
/// reads.
#[test]
fn toml_1_1_syntax_is_built_by_neither() {
    for text in [
        "x = { a = 1, }\n",
        "x = { a = 1,\n b = 2 }\n",
        "x = { a = 1 # note\n}\n",
        "s = \"\\e[0m\"\n",
        "s = \"\\x41\"\n",
        "\"\\x41\" = 1\n",
        "t = 07:32\n",
        "t = 2024-06-30T23:59Z\n",
        "h = 0x\n",
        "n = 1_0\u{660}\n",
    ] {
        for (name, read) in READERS {
            assert!(read(text).is_none(), "{name} built: {text:?}");
        }
    }
}

/// What both leave to the `toml` crate: errors, and what only it can tell
/// apart from one.
#[test]
fn what_both_leave_to_the_toml_crate() {
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
        "[ [t]]\n",
        "[[t] ]\n",
        "[]\n",
        "x = { a = 1, a = 2 }\n",
        "x = { a.b = 1 }\n",
        "x = \n",
        "x = 1 2\n",
        "x = 1]\n",
        "x = \"open\n",
        "x = \"\"\"never closed\n",
        "x = 'open\n",
        "x = [1, 2\n",
        "x = [1 2]\n",
        "x = [,]\n",
        "d = 2025-02-30\n",
        "d = 2025-13-01\n",
        "n = 1__0\n",
        "n = 01\n",
        "n = 1.\n",
        "n = .5\n",
        "n = 1.2.3\n",
        "n = -\n",
        "t = truex\n",
        "t = True\n",
        "bad = \"\\q\"\n",
        "bad = \"\\uD800\"\n",
        "bad = \"\\u12\"\n",
        "bad = \"tab\u{1}\"\n",
        "bad = \"\u{7f}\"\n",
        "\u{7}= 1\n",
        "khóa = 3\n",
        "x = 1 # \u{1}\n",
        "= 1\n",
    ];
    for text in declined {
        for (name, read) in READERS {
            assert!(!holds(name, read, text), "{name} built: {text:?}");
        }
    }
    let deep = format!("x = {}{}\n", "[".repeat(100), "]".repeat(100));
    for (name, read) in READERS {
        assert!(!holds(name, read, &deep), "{name} built the deep array");
    }
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
}

/// Every file the project carries: the sample register (all of it simple,
/// but for its `dvk.toml`, whose `[renames.commune]` names places in
/// quoted keys under a dotted header, which only the `toml` crate reads),
/// and the error catalogue's registers.
#[test]
fn the_project_s_own_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sample = Vec::new();
    files(&root.join("data-sample"), &mut sample);
    assert!(sample.len() > 50);
    for path in &sample {
        let text = std::fs::read_to_string(path).unwrap();
        if text.contains("\n[renames.") {
            assert!(by_toml(&text).is_some(), "{}", path.display());
            continue;
        }
        for (name, read) in READERS {
            assert!(
                holds(name, read, &text),
                "{name} declined: {}",
                path.display()
            );
        }
    }
    let mut catalogue = Vec::new();
    files(&root.join("tests"), &mut catalogue);
    for path in &catalogue {
        if let Ok(text) = std::fs::read_to_string(path) {
            for (name, read) in READERS {
                holds(name, read, &text);
            }
        }
    }
}

/// What the mutations insert: TOML's punctuation, escapes, line ends,
/// whole lines, and pieces of what the simple reader leaves alone.
const PIECES: &[&[u8]] = &[
    b"\n",
    b" ",
    b"=",
    b".",
    b",",
    b"-",
    b"0",
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
    b"\\U0001F33F",
    b"\\\"",
    b"\\n",
    b"\r\n",
    b"x = 1\n",
    b"[events]\n",
    b"[[events]]\n",
    b"[outcomes]\n",
    b"type",
    b"2025-07-01",
    b"1_0",
    b"7.5",
    b"-0",
    b"true",
    b"\t",
    b"\x7f",
    "ệ".as_bytes(),
    "e\u{302}".as_bytes(),
    b"[[event]]\n",
    b"[outcome]\n",
    b"[event]\n",
    b"a.b = 1\n",
    b"x = { a = 1, b = [2] }\n",
    b"y = { c = 2.5, d = false }\n",
    b"z = [\n 'a', # b\n]\n",
    b"\r",
    b"inf",
    b"0x1F",
    b"1979-05-27T07:32:00Z",
    b" 07:32:00",
    b"'''",
    b"\\\n",
    b"\"\"",
    b"[]",
    b"{}",
    b"= =",
];

/// The sample's files, cut, spliced and with bytes changed, many thousand
/// times: whatever either reader builds must be what `toml` reads.
#[test]
fn mutated_files_hold_the_rule() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    files(&root.join("data-sample/models"), &mut paths);
    paths.sort();
    let texts: Vec<Vec<u8>> = paths.iter().map(|p| std::fs::read(p).unwrap()).collect();
    let mut seed: u64 = 0x2025_0701;
    let mut next = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        usize::try_from(seed % n as u64).unwrap()
    };
    let mut built = [0; READERS.len()];
    let mut tried = 0;
    // `DVK_MUTATIONS=600000 cargo test --release --lib mutated` for a
    // deeper run than every test run makes.
    let rounds = std::env::var("DVK_MUTATIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(20_000);
    for _ in 0..rounds {
        let mut bytes = texts[next(texts.len())].clone();
        for _ in 0..=next(3) {
            let at = next(bytes.len() + 1);
            match next(3) {
                0 => {
                    let piece = PIECES[next(PIECES.len())];
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
            for ((name, read), built) in READERS.iter().zip(&mut built) {
                *built += usize::from(holds(name, *read, &text));
            }
        }
    }
    // Both ways were taken often, by each reader: the rule was tested, not
    // skipped.
    for ((name, _), built) in READERS.iter().zip(built) {
        assert!(
            built > tried / 10 && built < tried * 9 / 10,
            "{name}: {built} of {tried}"
        );
    }
}
