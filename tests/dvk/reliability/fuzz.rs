//! Fuzzing without nightly: valid files of the sample register, mutated
//! thousands of times (bytes flipped, lines duplicated or dropped, values
//! swapped for huge numbers, deep nesting, escapes, invalid UTF-8), and
//! query strings made of token soup. Every input must be answered with a
//! value or located problems: never a panic, never a hang.
//! `bench/fuzz.sh` runs the same targets for a long time.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use dvk::model::date::Date;
use dvk::model::derived::{AsOf, Derived};
use dvk::model::taxonomy::Taxonomy;
use dvk::problem::Problem;
use dvk::query::Query;
use dvk::query::key::{Mode, Row};
use dvk::read::settings::Settings;
use dvk::read::workspace::Workspace;

use super::harness::{iterations, run};
use super::rng::Rng;
use super::text::{WORDS, char_boundary, crlf, nfd};
use super::{assert_located, sample_catalog, sample_texts, with_sorted_outcomes};

/// Mutated files per target in `cargo test` (about a second each in a
/// debug build); `DVK_FUZZ_ITERS` overrides it.
const ITERATIONS: usize = 700;

/// Inputs are cut here: the loader refuses files over 1 MiB, and the
/// parser's cost grows with size, so small inputs find the same bugs faster.
const MAX_INPUT: usize = 64 * 1024;

/// Bytes a TOML parser treats specially, and bytes that are not text.
const SPECIAL: &[u8] = b"\"'[]{}=#\n\r\\,.-:_+0123456789eE \t\x00\x1b\x7f\xff\xfe\xc3\xe1\xcc\x81";

/// Fragments that break files in interesting ways.
const FRAGMENTS: [&str; 40] = [
    "[[event]]\n",
    "[[outcome]]\n",
    "[[assessment]]\n",
    "[event]\n",
    "[outcome.x]\n",
    "[[event.x]]\n",
    "name = \"X\"\n",
    "registered = 2019-03-15\n",
    "date = 2020-02-30\n",
    "date = 1979-05-27T07:32:00Z\n",
    "date = 07:32:00\n",
    "date = \"2020-01-01\"\n",
    "year = 99999999999999999999\n",
    "year = -2147483649\n",
    "year = 0x7fffffffffffffff\n",
    "ngay_cong = 1e999\n",
    "ngay_cong = nan\n",
    "ngay_cong = -inf\n",
    "ngay_cong = -0.0\n",
    "ngay_cong = 1_000_000.5e-3\n",
    "dat_hien_m2 = 123456789012345678901234567890\n",
    "type = \"khen_thuong\"\n",
    "type = \"thu_hoi\"\n",
    "level = \"huyen\"\n",
    "criteria = \"hd-tinh-2021-2025\"\n",
    "results = { huy_dong = 99, lan_toa = -1, x = \"y\" }\n",
    "results = { a = { b = { c = 1 } } }\n",
    "summary = \"\"\"\n\\\n\"\"\"\n",
    "summary = '''\n'''\n",
    "note = \"\\u0000\\u001b[31m\\uD800\"\n",
    "note = \"\\U0010FFFF\"\n",
    "partners = [\"a\", 1, [2], {x = 3}]\n",
    "tags = []\n",
    "a.b.c.d = 1\n",
    "\"quoted key\" = 1\n",
    "= 1\n",
    "x = \n",
    "# a comment \u{1b}]0;title\u{7}\n",
    "\u{feff}",
    "\u{301}\u{303}\u{323}",
];

/// A register's own taxonomy, every table written.
const LOCAL_SETTINGS: &str = r#"name = "Sổ huyện"

[levels]
xa = "Cấp xã"
tinh = "Cấp tỉnh"

[fields]
kinh_te = "Kinh tế"
moi_truong = "Môi trường"

[subjects]
tap_the = "Tập thể"

[kinds]
mo_hinh = "Mô hình"

[forms]
bang_khen = "Bằng khen"

[metrics]
cay_xanh = { label = "Cây xanh", unit = "cây" }
"#;

fn taxonomy() -> Taxonomy {
    Taxonomy::default()
}

/// A value nested `depth` deep, as arrays or inline tables.
fn nested(rng: &mut Rng, depth: usize) -> String {
    if rng.chance(50) {
        format!("{}1{}", "[".repeat(depth), "]".repeat(depth))
    } else {
        format!("{}1{}", "{a = ".repeat(depth), " }".repeat(depth))
    }
}

/// The start of each line of `bytes`, and its end.
fn line_spans(bytes: &[u8]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = 0;
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'\n' {
            spans.push((start, i + 1));
            start = i + 1;
        }
    }
    if start < bytes.len() {
        spans.push((start, bytes.len()));
    }
    spans
}

/// One mutation of a file's bytes, picked at random.
fn mutate_once(rng: &mut Rng, bytes: &mut Vec<u8>, corpus: &[String]) {
    let len = bytes.len();
    let at = rng.below(len + 1);
    match rng.below(10) {
        0 if len > 0 => {
            let i = rng.below(len);
            bytes[i] ^= 1 << rng.below(8);
        }
        1 if len > 0 => {
            let i = rng.below(len);
            bytes[i] = *rng.pick(SPECIAL);
        }
        2 => {
            let n = 1 + rng.below(4);
            for _ in 0..n {
                let b = if rng.chance(50) {
                    *rng.pick(SPECIAL)
                } else {
                    rng.byte()
                };
                bytes.insert(at.min(bytes.len()), b);
            }
        }
        3 if len > 0 => {
            let end = (at + 1 + rng.below(32)).min(len);
            bytes.drain(at.min(end)..end);
        }
        4 => bytes.truncate(at),
        5 | 6 => {
            // A line duplicated, dropped or swapped with another.
            let spans = line_spans(bytes);
            if spans.is_empty() {
                return;
            }
            let (s, e) = *rng.pick(&spans);
            let line = bytes[s..e].to_vec();
            match rng.below(3) {
                0 => {
                    let (to, _) = *rng.pick(&spans);
                    bytes.splice(to..to, line);
                }
                1 => {
                    bytes.drain(s..e);
                }
                _ => {
                    let (s2, e2) = *rng.pick(&spans);
                    if e <= s2 {
                        let other = bytes[s2..e2].to_vec();
                        bytes.splice(s2..e2, line);
                        bytes.splice(s..e, other);
                    }
                }
            }
        }
        7 | 8 => {
            let fragment = rng.pick(&FRAGMENTS).as_bytes();
            let at = line_spans(bytes)
                .get(rng.below(len / 8 + 1))
                .map_or(at, |(s, _)| *s);
            bytes.splice(at..at, fragment.iter().copied());
        }
        _ => mutate_structure(rng, bytes, corpus, at),
    }
}

/// Mutations that change a file's structure rather than its bytes.
fn mutate_structure(rng: &mut Rng, bytes: &mut Vec<u8>, corpus: &[String], at: usize) {
    match rng.below(7) {
        0 => {
            // A value swapped for deep nesting or a huge number.
            let Some(eq) = find_from(bytes, at, b"= ") else {
                return;
            };
            let end = bytes[eq..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(bytes.len(), |i| eq + i);
            let value = match rng.below(4) {
                0 => {
                    let depth = 1 + rng.below(600);
                    nested(rng, depth)
                }
                1 => "9".repeat(1 + rng.below(400)),
                2 => format!(
                    "-{}.{}e{}",
                    "1".repeat(rng.below(50)),
                    "7".repeat(rng.below(50)),
                    rng.between(-400, 400)
                ),
                _ => format!("\"{}\"", "\\u00e1".repeat(rng.below(200))),
            };
            bytes.splice(eq + 2..end, value.into_bytes());
        }
        1 => {
            // A chunk of another file spliced in.
            let other = rng.pick(corpus).as_bytes();
            let from = rng.below(other.len());
            let to = (from + rng.below(400)).min(other.len());
            bytes.splice(at..at, other[from..to].iter().copied());
        }
        2 => {
            // A code or text swapped for a Vietnamese word, maybe NFD.
            let Some(quote) = find_from(bytes, at, b"\"") else {
                return;
            };
            let word = if rng.chance(50) {
                nfd(rng.pick_str(&WORDS))
            } else {
                rng.pick_str(&WORDS).to_owned()
            };
            let at = quote + 1;
            bytes.splice(at..at, word.into_bytes());
        }
        3 => {
            // Overlong, surrogate and truncated UTF-8 sequences.
            let bad: &[&[u8]] = &[
                b"\xc0\xaf",
                b"\xed\xa0\x80",
                b"\xe1\xbb",
                b"\xf4\x90\x80\x80",
                b"\x80",
            ];
            bytes.splice(at..at, rng.pick(bad).iter().copied());
        }
        4 => {
            if let Ok(text) = std::str::from_utf8(bytes) {
                let changed = match rng.below(3) {
                    0 => crlf(text),
                    1 => nfd(text),
                    _ => format!("\u{feff}{text}"),
                };
                *bytes = changed.into_bytes();
            }
        }
        5 => {
            // Many tables: the parser's cost per table.
            let n = 1 + rng.below(300);
            let table = rng.pick(&["[[event]]\n", "[[outcome]]\nyear = 2020\n", "[x]\n"]);
            let block = table.repeat(n);
            bytes.splice(at..at, block.into_bytes());
        }
        _ => {
            // A long line.
            let n = rng.below(20_000);
            let fill = rng.pick(&["x", "á", "\\", "\"", " "]).repeat(n);
            bytes.splice(at..at, fill.into_bytes());
        }
    }
}

fn find_from(bytes: &[u8], at: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(at..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| at + i)
}

/// A file of the corpus with one to eight mutations, at most `MAX_INPUT`.
fn mutated(rng: &mut Rng, corpus: &[String]) -> Vec<u8> {
    let mut bytes = rng.pick(corpus).as_bytes().to_vec();
    for _ in 0..=rng.below(8) {
        mutate_once(rng, &mut bytes, corpus);
    }
    bytes.truncate(MAX_INPUT);
    bytes
}

/// The model parser and `fmt` on mutated model files. A model comes back
/// exactly when there is no error; every problem is located; what `fmt`
/// accepts it puts in a form it leaves alone, holding the same model.
#[test]
fn fuzz_model_files() {
    let taxonomy = taxonomy();
    let catalog = sample_catalog(&taxonomy);
    let corpus = sample_texts("models");
    run("model files", iterations(ITERATIONS), move |rng, input| {
        let bytes = mutated(rng, &corpus);
        input.set(&bytes);
        let text = String::from_utf8_lossy(&bytes);
        let path = Path::new("models/m.toml");
        let (model, problems) = dvk::read::model::parse("m", path, &text, &taxonomy, &catalog);
        assert_located(&problems, path, &text);
        let errors = problems.iter().filter(|p| p.is_error()).count();
        assert_eq!(model.is_some(), errors == 0, "{problems:?}");
        if let Some(model) = &model {
            for s in [&model.name, &model.unit] {
                assert!(!s.trim().is_empty());
                assert_eq!(*s, super::text::nfc(s), "text is read in NFC");
            }
        }
        if let Ok(formatted) = dvk::write::format::model(&text, &taxonomy) {
            assert!(!formatted.contains('\r'), "fmt writes LF");
            assert_eq!(
                dvk::write::format::model(&formatted, &taxonomy)
                    .ok()
                    .as_ref(),
                Some(&formatted),
                "fmt is idempotent"
            );
            if let Some(model) = model {
                let (again, _) =
                    dvk::read::model::parse("m", path, &formatted, &taxonomy, &catalog);
                assert_eq!(
                    again.map(with_sorted_outcomes),
                    Some(with_sorted_outcomes(model)),
                    "fmt keeps the model"
                );
            }
        }
    });
}

/// `dvk.toml` and criteria sets from elsewhere: mutated, they give
/// located problems, never a panic, and `fmt` leaves its own output alone.
#[test]
fn fuzz_settings_and_criteria() {
    let taxonomy = taxonomy();
    let criteria = sample_texts("criteria");
    let settings = vec![
        fs::read_to_string(crate::support::sample().join("dvk.toml")).unwrap(),
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src/write/templates/dvk.toml"
        ))
        .to_owned(),
        LOCAL_SETTINGS.to_owned(),
    ];
    run(
        "settings and criteria",
        iterations(ITERATIONS),
        move |rng, input| {
            let (corpus, is_settings) = if rng.chance(50) {
                (&settings, true)
            } else {
                (&criteria, false)
            };
            let bytes = mutated(rng, corpus);
            input.set(&bytes);
            let text = String::from_utf8_lossy(&bytes);
            if let Ok(formatted) = dvk::write::format::other(&text) {
                assert_eq!(
                    dvk::write::format::other(&formatted).ok().as_ref(),
                    Some(&formatted),
                    "fmt is idempotent"
                );
            }
            if is_settings {
                let path = Path::new("dvk.toml");
                let (_, problems) = Settings::parse(path, &text);
                assert_located(&problems, path, &text);
            } else {
                let path = Path::new("criteria/c.toml");
                let (set, problems) = dvk::read::criteria::parse("c", path, &text, &taxonomy);
                assert_located(&problems, path, &text);
                assert_eq!(set.is_some(), !problems.iter().any(Problem::is_error));
            }
        },
    );
}

/// A file name in a register: mostly valid ids, some not, some hidden or
/// not records at all, some in sub-folders.
fn file_name(rng: &mut Rng, i: usize) -> String {
    let dir = rng.pick_str(&["", "", "2019/", "a/b/c/", "_drafts/", ".git/"]);
    let stem = match rng.below(10) {
        0 => "Bad Id".to_owned(),
        1 => "x".repeat(65),
        2 => ".dvk-abc".to_owned(),
        3 => "dup".to_owned(),
        _ => format!("m-{i}"),
    };
    let ext = rng.pick_str(&[".toml", ".toml", ".toml", ".tmp", ".TOML", ""]);
    format!("{dir}{stem}{ext}")
}

/// Messages about a whole file, which have no line to point at.
const FILE_LEVEL: [&str; 5] = [
    "cannot be a model id",
    "files over 1 MiB are not read",
    "a symbolic link; links are not followed",
    "duplicate id",
    "cannot read",
];

/// The file that links in the register point at.
const OUTSIDE: &str = "name = \"ngoài sổ\"\n";

/// The loader on a register of mutated files, read from disk: the path
/// of `read_text` (size limit, BOM, invalid UTF-8) and of the cache.
#[test]
fn fuzz_register_loading() {
    let corpus = sample_texts("models");
    let dir = tempfile::tempdir().unwrap();
    // Links point here, beside the register: never at a real file, which
    // a careless write through the link would destroy.
    let outside = dir.path().join("outside.toml");
    fs::write(&outside, OUTSIDE).unwrap();
    let root = dir.path().join("register");
    fs::create_dir_all(&root).unwrap();
    fs::write(root.join("dvk.toml"), "name = \"Sổ thử\"\n").unwrap();
    fs::create_dir_all(root.join("criteria")).unwrap();
    fs::write(
        root.join(format!("criteria/{}.toml", super::SAMPLE_CRITERIA)),
        &sample_texts("criteria")[0],
    )
    .unwrap();
    // Fewer: each one writes files and reads a register.
    let count = iterations(ITERATIONS) / 4;
    run("register loading", count.max(1), move |rng, input| {
        let models = root.join("models");
        let _ = fs::remove_dir_all(&models);
        fs::create_dir_all(&models).unwrap();
        let mut written: Vec<(PathBuf, Vec<u8>)> = Vec::new();
        for i in 0..=rng.below(4) {
            let rel = PathBuf::from("models").join(file_name(rng, i));
            let mut bytes = mutated(rng, &corpus);
            if rng.chance(2) {
                bytes.resize(1024 * 1024 + 1, b'#');
            }
            let path = root.join(&rel);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            // A name drawn twice replaces the first file or link; nothing
            // is ever written through a link.
            let _ = fs::remove_file(&path);
            if rng.chance(3) {
                std::os::unix::fs::symlink(&outside, &path).unwrap();
            } else {
                fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(&path)
                    .and_then(|mut file| file.write_all(&bytes))
                    .unwrap();
            }
            written.push((rel, bytes));
        }
        input.set(&written.iter().fold(Vec::new(), |mut all, (rel, bytes)| {
            all.extend_from_slice(format!("--- {}\n", rel.display()).as_bytes());
            all.extend_from_slice(bytes);
            all
        }));
        let register =
            Workspace::load_with(std::slice::from_ref(&root), rng.chance(50), &mut |_, _| {})
                .unwrap()
                .registers
                .remove(0);
        assert_eq!(fs::read_to_string(&outside).unwrap(), OUTSIDE);
        assert!(register.models.len() <= register.model_files);
        for p in &register.problems {
            let rel = p.path.strip_prefix(&root).unwrap_or_else(|_| {
                panic!("a problem outside the register: {p:?}");
            });
            let located = p.location.is_some();
            let file_level = FILE_LEVEL.iter().any(|m| p.message.contains(m));
            assert!(located || file_level, "a problem without a location: {p:?}");
            if let (Some(location), Some((_, bytes))) =
                (&p.location, written.iter().rev().find(|(r, _)| r == rel))
            {
                // The line shown is the file's (as far as it is text).
                let text = String::from_utf8_lossy(bytes);
                let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
                let line = text.split('\n').nth(location.line - 1).unwrap_or_default();
                let line = line.trim_end_matches('\r');
                assert!(
                    line.starts_with(&location.line_text),
                    "line {} is not {:?}: {p:?}",
                    location.line,
                    location.line_text
                );
            }
        }
        for model in &register.models {
            assert!(
                !register
                    .problems
                    .iter()
                    .any(|p| p.is_error() && p.path == root.join(&model.path)),
                "a model with errors was loaded: {}",
                model.path.display()
            );
        }
    });
}

/// Keys, operators and values of the query language, and near misses.
const KEYS: [&str; 36] = [
    "name",
    "unit",
    "subject",
    "field",
    "level",
    "registered",
    "kind",
    "phase",
    "started",
    "province",
    "district",
    "commune",
    "partners",
    "tags",
    "summary",
    "status",
    "recognized",
    "proposed",
    "months",
    "commendations",
    "replications",
    "assessed",
    "id",
    "year",
    "outcome.ngay_cong",
    "outcome.dat_hien_m2",
    "outcome.x",
    "outcome.",
    "date",
    "type",
    "form",
    "place",
    "model.level",
    "model.year",
    "feild",
    "tỉnh",
];
const OPERATORS: [&str; 12] = [
    ":", ":", ":", "!=", ">=", "<=", ">", "<", "?", "", "=", "::",
];
const VALUES: [&str; 40] = [
    "kinh_te",
    "Kinh tế",
    "\"Kinh tế\"",
    "'Cấp huyện'",
    "xa..tinh",
    "tinh..xa",
    "..",
    "2019..",
    "..2020",
    "2019..2020-05",
    "2019-02-29",
    "2020-02-29",
    "2019-13",
    "0000",
    "9999-12-31",
    "2019",
    "-1",
    "1e309",
    "NaN",
    "inf",
    "-0",
    "99999999999999999999999",
    "0x10",
    "a,b,,c",
    ",",
    "kinh_te,",
    "cong_nhan,thu_hoi",
    "\"",
    "'",
    "\"a b\"",
    "\"unclosed",
    "quảng tân",
    "",
    " ",
    "-",
    "not:",
    "😀",
    "\u{301}",
    "\u{1b}[2J",
    "a\u{0}b",
];
const PREFIXES: [&str; 7] = ["", "", "", "-", "not:", "--", "not:-"];

/// A query string of `1..=8` terms made of the language's pieces, or of
/// random characters.
fn token_soup(rng: &mut Rng) -> String {
    let mut text = String::new();
    for _ in 0..=rng.below(8) {
        if !text.is_empty() || rng.chance(10) {
            text.push_str(rng.pick_str(&[" ", " ", "  ", "\t", "\u{a0}", ""]));
        }
        match rng.below(10) {
            0 => text.push_str(rng.pick_str(&WORDS)),
            1 => {
                for _ in 0..rng.below(12) {
                    let c = char::from_u32(u32::try_from(rng.below(0x3000)).unwrap_or(0))
                        .unwrap_or('?');
                    text.push(c);
                }
            }
            _ => {
                text.push_str(rng.pick_str(&PREFIXES));
                text.push_str(rng.pick_str(&KEYS));
                text.push_str(rng.pick_str(&OPERATORS));
                text.push_str(rng.pick_str(&VALUES));
                if rng.chance(20) {
                    text.push_str(rng.pick_str(&[",", "..", ",,"]));
                    text.push_str(rng.pick_str(&VALUES));
                }
            }
        }
    }
    if rng.chance(20) {
        text = nfd(&text);
    }
    if rng.chance(10) {
        let at = char_boundary(&text, rng.below(text.len() + 1));
        text.truncate(at);
    }
    text
}

/// The query parser on token soup, as one string and as arguments, in
/// both modes; what parses is matched against the sample's models and
/// events without a panic.
#[test]
fn fuzz_queries() {
    let taxonomy = taxonomy();
    let register = Workspace::load_with(&[crate::support::sample()], false, &mut |_, _| {})
        .unwrap()
        .registers
        .remove(0);
    let as_of = AsOf::date(Date::from_ymd_opt(2024, 6, 30).unwrap());
    // A few models, with every kind of event: matching is not what is
    // fuzzed, only that it never fails on what parsed.
    let mut models = register.models;
    models.truncate(6);
    let derived: Vec<Derived> = models
        .iter()
        .map(|m| Derived::of(m, as_of.date, &taxonomy))
        .collect();
    // More: a query is short.
    run("queries", iterations(ITERATIONS) * 3, move |rng, input| {
        let text = token_soup(rng);
        input.set(text.as_bytes());
        let mode = if rng.chance(70) {
            Mode::Models
        } else {
            Mode::Events
        };
        let parsed = Query::parse(&text, mode, &taxonomy);
        let args: Vec<&str> = text.split(' ').collect();
        let from_args = Query::from_args(&args, mode, &taxonomy);
        for result in [&parsed, &from_args] {
            if let Err(e) = result {
                assert!(!e.to_string().trim().is_empty(), "an empty message");
            }
        }
        for query in [parsed, from_args].into_iter().flatten() {
            let _ = query.keys().count();
            for (model, derived) in models.iter().zip(&derived) {
                if mode == Mode::Events {
                    for event in &model.events {
                        let row = Row {
                            model,
                            derived,
                            event: Some(event),
                            as_of: &as_of,
                        };
                        let _ = query.matches(&row);
                    }
                } else {
                    let row = Row {
                        model,
                        derived,
                        event: None,
                        as_of: &as_of,
                    };
                    let _ = query.matches(&row);
                }
            }
        }
    });
}

/// Spreadsheets to import, as commissions make them: CSV with `,`, `;` or
/// tabs, a BOM, CRLF, a title block, quoted cells with line breaks.
fn sheet_corpus() -> Vec<String> {
    let header =
        "Tên mô hình,Đơn vị thực hiện,Đối tượng,Lĩnh vực,Cấp,Ngày đăng ký,Xã,Năm,Đất hiến (m²)";
    let rows = [
        "Xây dựng vườn mẫu,Hội Nông dân xã Quảng Tân,Tập thể,Kinh tế,Cấp xã,15/03/2019,Quảng Tân,2019,1250",
        "\"Tổ hòa giải, ở cơ sở\",Công an xã,tap_the,quoc_phong_an_ninh,huyen,2021-06-01,Quảng Lâm,,",
        "\"Hiến đất\nlàm đường\",Nguyễn Văn Hùng,Cá nhân,Kinh tế,xa,1/8/2025,Đầm Hà,2025,300",
    ];
    let plain = format!("{header}\n{}\n", rows.join("\n"));
    vec![
        plain.clone(),
        format!("\u{feff}{}", plain.replace('\n', "\r\n")),
        plain.replace(',', ";"),
        plain.replace(',', "\t"),
        format!("DANH SÁCH MÔ HÌNH DÂN VẬN KHÉO\n\n{plain}"),
    ]
}

/// The CSV reader of `import` on mutated sheets: a plan or an error, never
/// a panic; what it plans to create is valid.
#[test]
fn fuzz_import_sheets() {
    let register_dir = tempfile::tempdir().unwrap();
    fs::write(register_dir.path().join("dvk.toml"), "name = \"Sổ thử\"\n").unwrap();
    let register = Workspace::load_with(&[register_dir.path().to_owned()], false, &mut |_, _| {})
        .unwrap()
        .registers
        .remove(0);
    let corpus = sheet_corpus();
    let sheet = register_dir.path().join("danh-sach.csv");
    run(
        "import sheets",
        iterations(ITERATIONS / 4),
        move |rng, input| {
            let bytes = mutated(rng, &corpus);
            input.set(&bytes);
            fs::write(&sheet, &bytes).unwrap();
            if let Ok(plan) =
                dvk::write::import::plan(&register, &sheet, &dvk::write::import::Options::default())
            {
                for new in &plan.new {
                    assert!(dvk::model::id::is_valid(&new.id), "{}", new.id);
                    let text = new.registration.to_toml();
                    let (model, problems) = dvk::read::model::parse(
                        &new.id,
                        Path::new("m.toml"),
                        &text,
                        &register.settings.taxonomy,
                        &register.criteria,
                    );
                    assert!(
                        model.is_some(),
                        "an import writes valid models: {problems:?}\n{text}"
                    );
                }
            }
        },
    );
}
