//! A register from elsewhere trying to get out of it: text that would
//! drive the terminal, links and ids that point outside. Each test is named
//! in docs/threat-model.md; the first two pinned bugs found while writing it.

use std::fmt::Write as _;
use std::fs;
use std::os::unix::fs::symlink;

use crate::support::{Test, model};

/// Escape sequences in a file reached the terminal through `check`'s
/// messages and paths, the table views, charts and error messages (only
/// `check`'s excerpt of the line was escaped).
#[test]
fn nothing_from_a_file_drives_the_terminal() {
    let esc = "\\u001b]0;pwned\\u0007\\u001b[2J";
    let t = Test::new()
        .file(
            "dvk.toml",
            &format!("[levels]\nxa = \"Cấp xã{esc}\"\ntinh = \"Cấp tỉnh\"\n"),
        )
        .model(
            "ok",
            &model(
                &format!("Vườn{esc}"),
                "kinh_te",
                "xa",
                "2019-03-15",
                &format!("commune = \"Tân{esc}\"\n"),
            ),
        );
    let run = |args: &[&str]| {
        let (out, err, code) = t.run_with(args);
        assert!(
            !out.contains(['\u{1b}', '\u{7}']) && !err.contains(['\u{1b}', '\u{7}']),
            "dvk {}: {out:?} {err:?}",
            args.join(" ")
        );
        (out, err, code)
    };
    let (out, _, code) = run(&["list", "--format", "table"]);
    assert_eq!(code, 0);
    assert!(out.contains("Vườn\\u{1b}]0;pwned\\u{7}\\u{1b}[2J"), "{out}");
    run(&["show", "ok", "--format", "table"]);
    run(&["tally", "--by", "commune", "--chart"]);
    let (_, err, code) = run(&["list", "level:zz"]);
    assert_eq!(code, 2);
    assert!(err.contains("Cấp xã\\u{1b}]0;pwned"), "{err}");

    // Now broken: a bad code and an unknown key quoting the file, and a
    // file whose very name holds an escape.
    let t = t
        .model(
            "bad",
            &model(
                "x",
                &format!("kinh_te{esc}"),
                "xa",
                "2019-03-15",
                &format!("\"{esc}\" = 1\n"),
            ),
        )
        .file("models/x\u{1b}[2Jy.toml", "");
    let (out, _, code) = t.run_with(&["check"]);
    assert_eq!(code, 1);
    assert!(!out.contains(['\u{1b}', '\u{7}']), "{out:?}");
    for expected in [
        "`kinh_te\\u{1b}]0;pwned\\u{7}\\u{1b}[2J` is not a field code",
        "unknown key `\\u{1b}]0;pwned\\u{7}\\u{1b}[2J` in a model",
        "models/x\\u{1b}[2Jy.toml: error: `x\\u{1b}[2Jy` cannot be a model id",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }
}

/// Links inside a register were refused for record files, but not for
/// the `models` and `criteria` folders themselves (read, echoed by
/// `check`, written to) nor for `.dvk`, where the cache was written.
#[test]
fn a_pipe_among_the_records_is_refused_without_waiting() {
    let t = Test::new().model(
        "vuon-rau",
        &model("Vườn rau sạch", "kinh_te", "xa", "2024-03-15", ""),
    );
    let fifo = t.path().join("models/ong.toml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    // Opening a pipe for reading waits for a writer; nobody writes here, so
    // this returns only if `dvk` does not wait.
    t.expect_with(
        &["check"],
        "models/ong.toml: error: not a regular file\n\
         1 error, 0 warnings in 2 model files\n",
        "",
        1,
    );
}

#[test]
fn links_out_of_the_register_are_not_followed() {
    let outside = tempfile::tempdir().unwrap();
    let elsewhere = outside.path().join("models");
    fs::create_dir_all(&elsewhere).unwrap();
    fs::write(elsewhere.join("leak.toml"), "name = \"bí mật\"\n").unwrap();
    let t = Test::new();
    fs::remove_dir(t.path().join("models")).unwrap();
    symlink(&elsewhere, t.path().join("models")).unwrap();
    symlink(&elsewhere, t.path().join("criteria")).unwrap();
    t.expect_with(
        &["check"],
        "criteria: error: a symbolic link; links are not followed\n\
         models: error: a symbolic link; links are not followed\n\
         2 errors, 0 warnings in 0 model files\n",
        "",
        1,
    );

    // `.dvk` linked elsewhere: reading works without a cache; writing,
    // which needs the lock, is refused; nothing lands outside.
    let own = outside.path().join("dvk");
    fs::create_dir_all(&own).unwrap();
    let t = Test::new().model("ok", &model("Vườn mẫu", "kinh_te", "xa", "2019-03-15", ""));
    symlink(&own, t.path().join(".dvk")).unwrap();
    let listed = t.ok_with(&["list", "--format", "csv"]);
    assert!(
        listed.lines().nth(1).is_some_and(|l| l.starts_with("ok,")),
        "{listed}"
    );
    t.expect_with(
        &["commend", "ok", "--form", "giay_khen"],
        "",
        "error: .dvk is a symbolic link; dvk keeps its lock there and follows no link \
         out of the register\n",
        2,
    );
    assert_eq!(fs::read_dir(&own).unwrap().count(), 0, "nothing written");
}

/// Ids come from the command line or from file names; neither can name a
/// path: an id is checked against its pattern before any file is touched.
#[test]
fn ids_cannot_name_a_path() {
    let t = Test::new().model("ok", &model("Vườn mẫu", "kinh_te", "xa", "2019-03-15", ""));
    let rule = "an id is 1 to 64 lowercase ASCII letters, digits and `-`, starting with a \
                letter or digit";
    t.expect_with(
        &[
            "register",
            "--name",
            "a",
            "--unit",
            "b",
            "--subject",
            "tap_the",
            "--field",
            "kinh_te",
            "--level",
            "xa",
            "--id",
            "../../evil",
        ],
        "",
        &format!("error: `../../evil` cannot be an id: {rule}\nnothing was written\n"),
        2,
    );
    t.expect_with(
        &["show", "../ok"],
        "",
        &format!("error: `../ok` is not a model id: {rule}\n"),
        2,
    );
    t.expect_with(
        &["recognize", "ok/../../../x", "--level", "xa"],
        "",
        &format!("error: `ok/../../../x` is not a model id: {rule}\nnothing was written\n"),
        2,
    );
    // A file whose stem is no id is reported, never read.
    let t = t.file("models/x.y.toml", "name = \"x\"\n");
    let (out, _, code) = t.run_with(&["check"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("models/x.y.toml: error: `x.y` cannot be a model id"),
        "{out}"
    );
    let names: Vec<String> = fs::read_dir(t.path().join("models"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "nothing was written: {names:?}");
}

/// A value near the size limit is quoted by the message about it: that
/// message is cut in `check`, and no near miss is looked for (comparing a
/// 1 MB value with every code took half a second per file, in release).
#[test]
fn a_huge_value_is_cut_and_costs_no_suggestion() {
    let huge = "x".repeat(1_000_000);
    let mut t = Test::new();
    for i in 0..4 {
        t = t
            .model(
                &format!("field-{i}"),
                &model("Vườn mẫu", &huge, "xa", "2019-03-15", ""),
            )
            .model(&format!("key-{i}"), &format!("\"{huge}\" = 1\n"));
    }
    let start = std::time::Instant::now();
    let (out, err, code) = t.run_with(&["check"]);
    let took = start.elapsed();
    assert_eq!((err.as_str(), code), ("", 1));
    assert!(
        out.lines().all(|l| l.chars().count() <= 1100),
        "long lines are cut"
    );
    assert!(
        out.contains(&format!("error: `{}…\n", "x".repeat(999))),
        "{}",
        &out[..300]
    );
    assert!(took.as_secs() < 10, "{took:?}");
    assert_eq!(dvk::problem::nearest(&huge, ["kinh_te", "xxxxxxx"]), None);
}

/// A file of a problem a line: each problem held its whole line and was
/// located from the start of the text, so memory and time grew with the
/// square of the file (80 000 lines took 19 s in release; one line of
/// 80 000 unknown criteria, 80 GB). A file shows at most 100 problems.
#[test]
fn a_file_of_many_problems_shows_a_hundred() {
    let mut lines = String::new();
    for i in 0..5000 {
        let _ = writeln!(lines, "k{i} = 1");
    }
    let t = Test::new().model("many", &lines);
    let (out, err, code) = t.run_with(&["check"]);
    assert_eq!((err.as_str(), code), ("", 1));
    assert!(
        out.contains(
            "models/many.toml:101:1: error: more problems from here on; a file shows at most 100\n\
             101 | k100 = 1\n"
        ),
        "{out}"
    );
    assert!(
        out.ends_with("101 errors, 0 warnings in 1 model file\n"),
        "{out}"
    );
}
