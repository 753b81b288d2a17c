//! The error catalogue: every message a user can get, one folder each under
//! `tests/errors/`, run and compared whole (stdout, stderr, exit code), and
//! `docs/errors.md` written from it. `DVK_BLESS=1` rewrites both.
//!
//! A case is a folder `tests/errors/<command>-<what>/` holding:
//! - `in/`: the folder `dvk` runs in, copied whole (a register's
//!   `dvk.toml`, `models/`, `criteria/`, or a sheet to import);
//! - `cmd`: the arguments, one a line (`--color never` comes first);
//! - `env` (if any): `KEY=VALUE` lines over the defaults below;
//! - `stdout`, `stderr`: what `dvk` prints in English; another language
//!   adds `stdout.<lang>` and `stderr.<lang>` beside them (see `LANGUAGES`);
//! - `code`: the exit code, the same in every language;
//! - `setup` (if any): what git cannot hold, made before the run (`Setup`).
//!
//! A case that exits 1 or 2 must leave `in/` as it was (but for
//! `merge-driver`, which writes OURS on a conflict as git expects).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Component, Path, PathBuf};

use crate::support::Test;

/// The languages the catalogue pins: the suffix of the expected files
/// (empty for English) and the value of `DVK_LANG`; the page of each is
/// `Page::path`.
const LANGUAGES: &[(&str, &str)] = &[("", "en"), ("vi", "vi")];

/// The words of the page written from the catalogue, in its language.
struct Page {
    lang: &'static str,
}

impl Page {
    /// `docs/errors.md`, `docs/vi/loi.md`.
    fn path(&self) -> &'static str {
        if self.lang == "vi" {
            "docs/vi/loi.md"
        } else {
            "docs/errors.md"
        }
    }

    fn vi(&self) -> bool {
        self.lang == "vi"
    }

    fn intro(&self) -> String {
        if self.vi() {
            format!(
                "# Danh mục thông báo lỗi\n\n\
                 Mọi thông báo `dvk` có thể đưa ra cho người dùng: từng vấn đề `dvk check` báo \
                 trong sổ theo dõi, từng lỗi làm một lệnh dừng lại (mã thoát 2), từng câu trả lời \
                 \"không\" (mã thoát 1), và các cảnh báo, ghi chú in ra stderr. Mỗi thông báo đi \
                 kèm dữ liệu nhỏ nhất gây ra nó, câu lệnh, và toàn bộ những gì `dvk` in ra cùng mã \
                 thoát. Trang này do phép kiểm thử `errors::every_message_in_the_catalogue` viết \
                 ra từ `tests/errors/` (mỗi thông báo một thư mục), nên không thể lệch với thông \
                 báo thật: `DVK_BLESS=1 cargo test` viết lại nó. Bản tiếng Anh: \
                 [docs/errors.md](../errors.md).\n\n\
                 Mỗi lệnh chạy trong một bản sao thư mục của trường hợp, với `--color never`, \
                 DVK_TODAY={TODAY} và DVK_LANG=vi.\n"
            )
        } else {
            format!(
                "# Error catalogue\n\n\
                 Every message `dvk` can give a user: each problem `dvk check` reports, each error that \
                 stops a command (exit 2), each \"no\" (exit 1), and the warnings and notes printed on \
                 stderr. Each comes with the smallest input that shows it, the command, and the whole \
                 of what `dvk` prints, with its exit code. This page is written by the test \
                 `errors::every_message_in_the_catalogue` from `tests/errors/` (a folder a message), so \
                 it cannot drift from the messages: `DVK_BLESS=1 cargo test` rewrites it. In \
                 Vietnamese: [docs/vi/loi.md](vi/loi.md).\n\n\
                 Every command runs in a copy of the case's folder with `--color never`, \
                 DVK_TODAY={TODAY} and DVK_LANG=en.\n"
            )
        }
    }

    fn title(&self, group: usize) -> &'static str {
        if self.vi() {
            GROUPS_VI[group]
        } else {
            GROUPS[group].1
        }
    }

    fn input(&self) -> &'static str {
        if self.vi() { "Dữ liệu" } else { "Input" }
    }

    fn link(&self, rel: &str, target: &str) -> String {
        if self.vi() {
            format!("`{rel}`: liên kết tượng trưng tới `{target}`")
        } else {
            format!("`{rel}`: a symbolic link to `{target}`")
        }
    }

    fn workbook(&self) -> &'static str {
        if self.vi() {
            "một bảng tính"
        } else {
            "a workbook"
        }
    }

    fn not_text(&self, bytes: usize) -> String {
        if self.vi() {
            format!("{bytes} byte, không phải văn bản UTF-8")
        } else {
            format!("{bytes} bytes, not UTF-8 text")
        }
    }

    fn before(&self, setup: &Setup) -> String {
        if self.vi() {
            format!("Trước khi lệnh chạy: {}.", setup.shown_vi())
        } else {
            format!("Before the command runs, {}.", setup.shown())
        }
    }

    fn exit(&self, code: i32) -> String {
        if self.vi() {
            format!("Mã thoát {code}.")
        } else {
            format!("Exit {code}.")
        }
    }
}

/// The titles of `GROUPS` in Vietnamese, in the same order.
const GROUPS_VI: &[&str] = &[
    "Mọi lệnh: tùy chọn chung và tìm sổ theo dõi",
    "`dvk init`",
    "`dvk register`",
    "`dvk import`",
    "`dvk absorb`",
    "`dvk show`",
    "`dvk list`",
    "`dvk tally`",
    "`dvk export`",
    "`dvk report`",
    "`dvk annex`: danh sách kèm quyết định và giấy chứng nhận",
    "`dvk check`: các vấn đề của sổ theo dõi",
    "`dvk fmt`",
    "Các lệnh theo dõi quá trình: `propose`, `recognize`, `reject`, `commend`, `replicate`, `stop`, `revoke`",
    "`dvk assess`",
    "`dvk evaluate`",
    "`dvk history`: lịch sử một mô hình trong git",
    "`dvk serve`: trang web xem sổ theo dõi",
    "`dvk merge-driver`: trình hợp nhất tệp mô hình của git, và cách cài đặt",
    "`dvk completions` và `dvk man`",
];

/// The groups of the catalogue, in the order of `dvk --help`: a case's
/// name starts with one of them and a `-`.
const GROUPS: &[(&str, &str)] = &[
    (
        "global",
        "Every command: global options and finding the register",
    ),
    ("init", "`dvk init`"),
    ("register", "`dvk register`"),
    ("import", "`dvk import`"),
    ("absorb", "`dvk absorb`"),
    ("show", "`dvk show`"),
    ("list", "`dvk list`"),
    ("tally", "`dvk tally`"),
    ("export", "`dvk export`"),
    ("report", "`dvk report`"),
    ("annex", "`dvk annex`: a decision's list and certificates"),
    ("check", "`dvk check`: the problems of a register"),
    ("fmt", "`dvk fmt`"),
    (
        "lifecycle",
        "The lifecycle verbs: `propose`, `recognize`, `reject`, `commend`, `replicate`, `stop`, `revoke`",
    ),
    ("assess", "`dvk assess`"),
    ("evaluate", "`dvk evaluate`"),
    ("history", "`dvk history`: a model's history from git"),
    ("serve", "`dvk serve`: the web view"),
    (
        "merge-driver",
        "`dvk merge-driver`: git's merge driver for model files, and its setup",
    ),
    ("completions", "`dvk completions` and `dvk man`"),
];

/// Today for every case (the support builder's too), unless `env` says
/// otherwise.
const TODAY: &str = "2026-11-21";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/errors")
}

fn bless() -> bool {
    std::env::var_os("DVK_BLESS").is_some()
}

/// One folder of the catalogue.
struct Case {
    name: String,
    dir: PathBuf,
    args: Vec<String>,
    env: Vec<(String, String)>,
    setup: Vec<Setup>,
}

/// What git cannot hold, made in the copy of `in/` before the command
/// runs: a line of the case's `setup` file each.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Setup {
    /// `fifo PATH`: a named pipe at PATH.
    Fifo(String),
    /// `lock`: another process holds the register's write lock.
    Lock,
    /// `latin1-name DIR`: a file in DIR whose name is Latin-1, not UTF-8
    /// (`vườn-mẫu` as an old system writes it, `v\xE0n-m\xE3u.toml`).
    Latin1Name(String),
    /// `git`: the folder is a new git repository (`git init`), which git
    /// cannot hold inside its own.
    Git,
}

/// The name `latin1-name` gives its file.
const LATIN1_NAME: &[u8] = b"v\xE0n-m\xE3u.toml";

impl Setup {
    fn parse(line: &str) -> Option<Self> {
        match line.split_once(' ') {
            Some(("fifo", path)) if stays_inside(0, Path::new(path)) => {
                Some(Self::Fifo(path.to_owned()))
            }
            Some(("latin1-name", dir)) if stays_inside(0, Path::new(dir)) => {
                Some(Self::Latin1Name(dir.to_owned()))
            }
            None if line == "lock" => Some(Self::Lock),
            None if line == "git" => Some(Self::Git),
            _ => None,
        }
    }

    /// What the page says was done.
    fn shown(&self) -> String {
        match self {
            Self::Fifo(path) => format!("`{path}` is a named pipe"),
            Self::Lock => "another `dvk` holds the write lock, `.dvk/lock`".to_owned(),
            Self::Latin1Name(dir) => {
                format!("`{dir}/v\\xE0n-m\\xE3u.toml` is a file whose name is Latin-1, not UTF-8")
            }
            Self::Git => "the folder is a new git repository (`git init`)".to_owned(),
        }
    }

    /// What the Vietnamese page says was done.
    fn shown_vi(&self) -> String {
        match self {
            Self::Fifo(path) => format!("`{path}` là một ống có tên (named pipe)"),
            Self::Lock => "một `dvk` khác đang giữ khóa ghi, `.dvk/lock`".to_owned(),
            Self::Latin1Name(dir) => {
                format!(
                    "`{dir}/v\\xE0n-m\\xE3u.toml` là tệp có tên mã hóa Latin-1, không phải UTF-8"
                )
            }
            Self::Git => "thư mục là một kho git mới (`git init`)".to_owned(),
        }
    }
}

impl Case {
    fn read(dir: PathBuf) -> Result<Self, String> {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let cmd = fs::read_to_string(dir.join("cmd"))
            .map_err(|e| format!("{name}: cannot read cmd: {e}"))?;
        let args = cmd.lines().map(str::to_owned).collect();
        let env = match fs::read_to_string(dir.join("env")) {
            Ok(text) => text
                .lines()
                .map(|line| {
                    line.split_once('=')
                        .map(|(k, v)| (k.to_owned(), v.to_owned()))
                        .ok_or_else(|| format!("{name}: env: `{line}` is not KEY=VALUE"))
                })
                .collect::<Result<_, _>>()?,
            Err(_) => Vec::new(),
        };
        let setup = match fs::read_to_string(dir.join("setup")) {
            Ok(text) => text
                .lines()
                .map(|line| {
                    Setup::parse(line).ok_or_else(|| {
                        format!("{name}: setup: `{line}` is not `fifo PATH`, `lock`, `latin1-name DIR` or `git`")
                    })
                })
                .collect::<Result<_, _>>()?,
            Err(_) => Vec::new(),
        };
        Ok(Self {
            name,
            dir,
            args,
            env,
            setup,
        })
    }

    fn group(&self) -> Option<usize> {
        GROUPS
            .iter()
            .position(|(g, _)| self.name.starts_with(&format!("{g}-")))
    }

    /// Runs the case in a copy of `in/`: (stdout, stderr, code), and
    /// whether the files were left as they were.
    fn run(&self, lang: &str) -> (String, String, i32, bool) {
        let t = Test::empty();
        let input = self.dir.join("in");
        if input.is_dir() {
            copy_dir(&input, t.path(), t.path());
        }
        // Held until the command is done.
        let mut _lock = None;
        for setup in &self.setup {
            match setup {
                Setup::Fifo(path) => {
                    let made = std::process::Command::new("mkfifo")
                        .arg(t.path().join(path))
                        .status()
                        .unwrap();
                    assert!(made.success(), "{}: mkfifo {path}", self.name);
                }
                Setup::Latin1Name(dir) => {
                    use std::os::unix::ffi::OsStrExt as _;
                    let name = std::ffi::OsStr::from_bytes(LATIN1_NAME);
                    fs::write(t.path().join(dir).join(name), "name = \"V\"\n").unwrap();
                }
                Setup::Git => {
                    let made = std::process::Command::new("git")
                        .args(["init", "-q", "-b", "main"])
                        .current_dir(t.path())
                        .env("GIT_CONFIG_GLOBAL", "/dev/null")
                        .env("GIT_CONFIG_NOSYSTEM", "1")
                        .status()
                        .unwrap();
                    assert!(made.success(), "{}: git init", self.name);
                }
                Setup::Lock => {
                    let dir = t.path().join(".dvk");
                    fs::create_dir_all(&dir).unwrap();
                    let file = fs::File::create(dir.join("lock")).unwrap();
                    file.lock().unwrap();
                    _lock = Some(file);
                }
            }
        }
        let before = snapshot(t.path());
        let mut args = vec!["--color".to_owned(), "never".to_owned()];
        args.extend(self.args.iter().cloned());
        let mut cmd = t.command_with(&args);
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            cmd.env_remove(var);
        }
        // git, where a command runs it, reads no config of the machine.
        cmd.env("DVK_TODAY", TODAY)
            .env("DVK_LANG", lang)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1");
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        let unchanged = snapshot(t.path()) == before;
        // What dvk prints is UTF-8: anything else shows as a difference.
        let text = |bytes: Vec<u8>| {
            String::from_utf8(bytes).unwrap_or_else(|e| {
                format!("(not UTF-8) {}", String::from_utf8_lossy(e.as_bytes()))
            })
        };
        (
            text(out.stdout),
            text(out.stderr),
            out.status.code().unwrap_or(-1),
            unchanged,
        )
    }
}

/// Copies a case's input into the test's folder. A symbolic link is
/// copied as a link only when it points inside `root` (the temporary
/// folder): nothing is ever linked to, or written through, outside it.
fn copy_dir(from: &Path, to: &Path, root: &Path) {
    fs::create_dir_all(to).unwrap();
    let mut entries: Vec<_> = fs::read_dir(from).unwrap().flatten().collect();
    entries.sort_by_key(fs::DirEntry::file_name);
    for entry in entries {
        let target = to.join(entry.file_name());
        let kind = entry.file_type().unwrap();
        if kind.is_symlink() {
            let link = fs::read_link(entry.path()).unwrap();
            let depth = to.strip_prefix(root).unwrap().components().count();
            assert!(
                stays_inside(depth, &link),
                "{}: a link out of the case's folder",
                entry.path().display()
            );
            std::os::unix::fs::symlink(&link, &target).unwrap();
        } else if kind.is_dir() {
            copy_dir(&entry.path(), &target, root);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Whether `path`, read from a folder `depth` levels below the test's
/// folder, names a path inside it: relative, and never climbing above it.
fn stays_inside(depth: usize, path: &Path) -> bool {
    let mut depth = depth;
    for part in path.components() {
        match part {
            Component::Normal(_) => depth += 1,
            Component::CurDir => {}
            Component::ParentDir if depth > 0 => depth -= 1,
            _ => return false,
        }
    }
    true
}

/// Every file under `dir` with its bytes (links as their target, pipes
/// unread), but for `.dvk/`, dvk's own cache and lock.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(at) = stack.pop() {
        for entry in fs::read_dir(&at).unwrap().flatten() {
            let path = entry.path();
            let rel = path.strip_prefix(dir).unwrap().to_path_buf();
            let kind = entry.file_type().unwrap();
            if entry.file_name() == ".dvk" {
                continue;
            }
            if kind.is_symlink() {
                let link = fs::read_link(&path).unwrap();
                out.insert(rel, link.into_os_string().into_encoded_bytes());
            } else if kind.is_dir() {
                out.insert(rel, Vec::new());
                stack.push(path);
            } else if kind.is_file() {
                out.insert(rel, fs::read(&path).unwrap());
            } else {
                // A named pipe: reading it would wait for a writer.
                out.insert(rel, b"(not a file)".to_vec());
            }
        }
    }
    out
}

/// Every case of the catalogue, sorted by name.
fn cases() -> Vec<Case> {
    let mut dirs: Vec<PathBuf> = fs::read_dir(root())
        .unwrap()
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .map(|e| e.path())
        .collect();
    dirs.sort();
    dirs.into_iter()
        .map(|dir| Case::read(dir).unwrap_or_else(|e| panic!("{e}")))
        .collect()
}

/// Runs every case, a few at a time (one waits ten seconds for a lock),
/// and returns what each gave, in the order of `cases`.
fn run_all(cases: &[Case], lang: &str) -> Vec<(String, String, i32, bool)> {
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get().clamp(2, 8));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut results: Vec<Option<(String, String, i32, bool)>> = vec![None; cases.len()];
    let done = std::sync::Mutex::new(&mut results);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(case) = cases.get(i) else { break };
                    let result = case.run(lang);
                    done.lock().unwrap()[i] = Some(result);
                }
            });
        }
    });
    results.into_iter().map(Option::unwrap).collect()
}

/// Compares one expected file with what was got, or writes it when
/// blessing; returns a failure, if any.
fn compare(case: &Case, file: &str, got: &str) -> Option<String> {
    let path = case.dir.join(file);
    if bless() {
        fs::write(&path, got).unwrap();
        return None;
    }
    let want = fs::read_to_string(&path).unwrap_or_default();
    (want != got).then(|| {
        format!(
            "{}/{file} differs (DVK_BLESS=1 rewrites it):\n--- want\n{want}--- got\n{got}",
            case.name
        )
    })
}

#[test]
fn every_message_in_the_catalogue() {
    let cases = cases();
    assert!(cases.len() >= 150, "{} cases", cases.len());
    let mut failures = Vec::new();
    let mut docs: Vec<String> = vec![String::new(); LANGUAGES.len()];
    for (lang_index, (suffix, lang)) in LANGUAGES.iter().enumerate() {
        let page = Page { lang };
        let dot = if suffix.is_empty() {
            String::new()
        } else {
            format!(".{suffix}")
        };
        let mut sections: Vec<(String, usize)> = vec![(String::new(), 0); GROUPS.len()];
        for (case, (out, err, code, unchanged)) in cases.iter().zip(run_all(&cases, lang)) {
            let Some(group) = case.group() else {
                failures.push(format!(
                    "{}: the name starts with no group of GROUPS",
                    case.name
                ));
                continue;
            };
            failures.extend(compare(case, &format!("stdout{dot}"), &out));
            failures.extend(compare(case, &format!("stderr{dot}"), &err));
            failures.extend(compare(case, "code", &format!("{code}\n")));
            // The merge driver writes OURS on a conflict too: git reads it.
            if code != 0 && !unchanged && !case.name.starts_with("merge-driver-") {
                failures.push(format!("{}: exit {code}, and a file changed", case.name));
            }
            if out.is_empty() && err.is_empty() {
                failures.push(format!("{}: no message at all", case.name));
            }
            sections[group]
                .0
                .push_str(&entry(&page, case, &out, &err, code));
            sections[group].1 += 1;
        }
        for ((group, _), (_, count)) in GROUPS.iter().zip(&sections) {
            if *count == 0 {
                failures.push(format!("no case of the group `{group}`"));
            }
        }
        docs[lang_index] = document(&page, &sections);
    }
    for ((_, lang), doc) in LANGUAGES.iter().zip(&docs) {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(Page { lang }.path());
        if bless() {
            fs::write(&path, doc).unwrap();
        }
        if fs::read_to_string(&path).unwrap_or_default() != *doc {
            failures.push(format!(
                "{} is out of date: run DVK_BLESS=1 cargo test",
                path.display()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The tests run as root: a link of the catalogue may only point inside
/// the test's own folder, or the case is refused before anything is made.
#[test]
fn links_of_the_catalogue_stay_in_the_test_folder() {
    for (depth, path, inside) in [
        (1, "2019-mo-hinh.toml", true),
        (1, "../ghi-chu.txt", true),
        (2, "./../../dvk.toml", true),
        (1, "../../etc/passwd", false),
        (0, "..", false),
        (3, "/etc/passwd", false),
    ] {
        assert_eq!(stays_inside(depth, Path::new(path)), inside, "{path}");
    }
    assert_eq!(Setup::parse("fifo ../ong.toml"), None);
    assert_eq!(Setup::parse("fifo /tmp/ong.toml"), None);
    assert_eq!(
        Setup::parse("fifo models/ong.toml"),
        Some(Setup::Fifo("models/ong.toml".into()))
    );
}

/// The page: a heading a group, in the order of `GROUPS`.
fn document(page: &Page, sections: &[(String, usize)]) -> String {
    let mut doc = page.intro();
    doc.push('\n');
    for (group, (_, count)) in sections.iter().enumerate() {
        if *count > 0 {
            let title = page.title(group);
            writeln!(doc, "- [{title}](#{}): {count}", anchor(title)).unwrap();
        }
    }
    for (group, (section, count)) in sections.iter().enumerate() {
        if *count > 0 {
            write!(doc, "\n## {}\n{section}", page.title(group)).unwrap();
        }
    }
    doc
}

/// The anchor GitHub gives a heading: lowercase, spaces as `-`, and
/// nothing but letters, digits, `-` and `_`.
fn anchor(title: &str) -> String {
    title
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// One case on the page: its input files, the command, what it prints.
fn entry(page: &Page, case: &Case, out: &str, err: &str, code: i32) -> String {
    let mut text = format!("\n### {}\n", case.name);
    let input = case.dir.join("in");
    let mut files = Vec::new();
    let mut stack = vec![input.clone()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).into_iter().flatten().flatten() {
            let kind = entry.file_type().unwrap();
            if kind.is_dir() {
                stack.push(entry.path());
            } else {
                files.push((entry.path(), kind.is_symlink()));
            }
        }
    }
    // The files of the folder first, then those of `criteria/`, `models/`.
    files.sort_by_key(|(path, _)| (path.components().count(), path.clone()));
    let mut inputs = String::new();
    let mut names = Vec::new();
    for (file, link) in files {
        let rel = file.strip_prefix(&input).unwrap().display().to_string();
        names.push(format!("<code>{}</code>", html(&rel)));
        let text = &mut inputs;
        if link {
            let target = fs::read_link(&file).unwrap();
            writeln!(text, "\n{}", page.link(&rel, &target.display().to_string())).unwrap();
            continue;
        }
        let bytes = fs::read(&file).unwrap();
        match String::from_utf8(bytes.clone()) {
            Ok(body) if !body.contains('\u{0}') => {
                let lang = match file.extension().and_then(|e| e.to_str()) {
                    Some("toml") => "toml",
                    Some("csv") => "csv",
                    _ => "text",
                };
                write!(text, "\n`{rel}`:\n{}", fenced(lang, &shortened(&body))).unwrap();
            }
            _ => match workbook(&file) {
                Some(sheets) => write!(text, "\n`{rel}`: {}{sheets}", page.workbook()).unwrap(),
                None => write!(
                    text,
                    "\n`{rel}`: {}: {}\n",
                    page.not_text(bytes.len()),
                    escaped(&bytes)
                )
                .unwrap(),
            },
        }
    }
    // The input folds away: what the command prints quotes the line that
    // matters, and the page stays readable.
    if !names.is_empty() {
        write!(
            text,
            "\n<details><summary>{}: {}</summary>\n{inputs}\n</details>\n",
            page.input(),
            names.join(", ")
        )
        .unwrap();
    }
    for setup in &case.setup {
        writeln!(text, "\n{}", page.before(setup)).unwrap();
    }
    let mut env = String::new();
    for (k, v) in &case.env {
        write!(env, "{k}={} ", quoted(v)).unwrap();
    }
    let args: Vec<String> = case.args.iter().map(|a| quoted(a)).collect();
    write!(
        text,
        "\n```console\n$ {env}{}\n```\n\n{}\n",
        std::iter::once("dvk".to_owned())
            .chain(args)
            .collect::<Vec<_>>()
            .join(" "),
        page.exit(code)
    )
    .unwrap();
    for (stream, body) in [("stdout", out), ("stderr", err)] {
        if !body.is_empty() {
            write!(text, "\n{stream}:\n{}", fenced("text", body)).unwrap();
        }
    }
    text
}

/// A workbook's sheets, each with its rows as CSV, or `None` when the
/// file is no workbook that calamine reads.
fn workbook(path: &Path) -> Option<String> {
    use calamine::Reader as _;
    let mut book = calamine::open_workbook_auto(path).ok()?;
    let names = book.sheet_names();
    if names.is_empty() {
        return Some(" with no sheet.\n".to_owned());
    }
    let mut out = String::from(":\n");
    for name in names {
        let range = book.worksheet_range(&name).ok()?;
        let mut rows = String::new();
        for row in range.rows() {
            let cells: Vec<String> = row.iter().map(ToString::to_string).collect();
            writeln!(rows, "{}", cells.join(",")).unwrap();
        }
        if rows.is_empty() {
            writeln!(out, "\nsheet `{name}`: empty").unwrap();
        } else {
            write!(out, "\nsheet `{name}`:\n{}", fenced("csv", &rows)).unwrap();
        }
    }
    Some(out)
}

/// A long file as its first lines, each cut, and its size: the page shows
/// what the case holds, not a mebibyte of it.
fn shortened(body: &str) -> String {
    const BYTES: usize = 8192;
    const LINES: usize = 20;
    const CHARS: usize = 100;
    if body.len() <= BYTES {
        return body.to_owned();
    }
    let mut out = String::new();
    for line in body.lines().take(LINES) {
        match line.char_indices().nth(CHARS) {
            Some((at, _)) => writeln!(out, "{}…", &line[..at]).unwrap(),
            None => writeln!(out, "{line}").unwrap(),
        }
    }
    writeln!(out, "… ({} bytes in all)", body.len()).unwrap();
    out
}

/// Text for HTML: `&`, `<` and `>` escaped.
fn html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A code block that no line of `body` can close.
fn fenced(lang: &str, body: &str) -> String {
    let mut fence = "```".to_owned();
    while body.contains(&fence) {
        fence.push('`');
    }
    let body = body.trim_end_matches('\n');
    format!("{fence}{lang}\n{body}\n{fence}\n")
}

/// Bytes shown as text, with what is not printable ASCII escaped; a long
/// file is cut (a workbook, say).
fn escaped(bytes: &[u8]) -> String {
    const SHOWN: usize = 80;
    let mut out = String::from("`");
    for &b in bytes.iter().take(SHOWN) {
        if b.is_ascii_graphic() && b != b'`' || b == b' ' {
            out.push(char::from(b));
        } else {
            write!(out, "\\x{b:02X}").unwrap();
        }
    }
    out.push('`');
    if bytes.len() > SHOWN {
        out.push_str(" and more");
    }
    out
}

/// An argument as a shell reads it back.
fn quoted(arg: &str) -> String {
    if !arg.is_empty()
        && arg
            .chars()
            .all(|c| c.is_alphanumeric() || "-_./:=,@+%".contains(c))
    {
        arg.to_owned()
    } else {
        format!("'{}'", arg.replace('\'', r"'\''"))
    }
}
