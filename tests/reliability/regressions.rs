//! Bugs that fuzzing found, each pinned by the smallest input that shows
//! it.

use std::path::Path;

use dvk::criteria::Catalog;
use dvk::model::Model;
use dvk::taxonomy::Taxonomy;

fn crlf(text: &str) -> String {
    text.replace('\n', "\r\n")
}

fn read(text: &str) -> Model {
    let (model, problems) = dvk::model::parse::parse(
        "m",
        Path::new("models/m.toml"),
        text,
        &Taxonomy::default(),
        &Catalog::default(),
    );
    assert!(problems.is_empty(), "{problems:#?}");
    model.unwrap()
}

/// The summary of a file saved with CRLF held `\r\n`, so the model
/// changed when `fmt` wrote the file with LF.
#[test]
fn a_crlf_file_holds_the_same_text_as_its_lf_twin() {
    let lf = "name = \"Vườn mẫu\"\nunit = \"Hội Nông dân\"\nsubject = \"tap_the\"\n\
              field = \"kinh_te\"\nlevel = \"xa\"\nregistered = 2019-03-15\n\
              summary = \"\"\"\nDòng một\nDòng hai\n\"\"\"\nprovince = \"a\\r\\nb\"\n";
    let from_lf = read(lf);
    assert_eq!(read(&crlf(lf)), from_lf);
    assert_eq!(from_lf.summary.as_deref(), Some("Dòng một\nDòng hai\n"));
    assert_eq!(
        from_lf.province.as_deref(),
        Some("a\r\nb"),
        "escapes are the user's"
    );
    let formatted = dvk::format::model(&crlf(lf), &Taxonomy::default()).unwrap();
    assert_eq!(read(&formatted), from_lf);
}

/// A table that is no part of a model (a misspelt `[[evnt]]`) tied with
/// the events' new places, so a second `fmt` moved it again and
/// `fmt --check` never passed.
#[test]
fn fmt_leaves_a_misspelt_table_where_it_put_it() {
    let taxonomy = Taxonomy::default();
    let text = "name = \"x\"\n\n[[evnt]]\ndate = 2018-12-20\n\n[[event]]\ndate = 2018-12-28\n\n\
                [[event]]\ndate = 2020-10-15\n";
    let once = dvk::format::model(text, &taxonomy).unwrap();
    assert_eq!(once, text);
    assert_eq!(dvk::format::model(&once, &taxonomy).unwrap(), once);
}

/// An `[assessment.results]` sub-table stays under its assessment when
/// the tables are put in order (it used to land after the events, where
/// only TOML's rules still tied it to its assessment).
#[test]
fn fmt_keeps_a_sub_table_under_its_table() {
    let taxonomy = Taxonomy::default();
    let text = "name = \"x\"\n\n[[event]]\ndate = 2018-12-28\n\n[[assessment]]\ndate = 2019-01-02\n\
                criteria = \"a\"\n[assessment.results]\ny = 1\n";
    let once = dvk::format::model(text, &taxonomy).unwrap();
    assert_eq!(
        once,
        "name = \"x\"\n\n[[assessment]]\ndate = 2019-01-02\ncriteria = \"a\"\n\
         [assessment.results]\ny = 1\n\n[[event]]\ndate = 2018-12-28\n"
    );
    assert_eq!(dvk::format::model(&once, &taxonomy).unwrap(), once);
}

/// Escape sequences in a file reached the terminal through `check`'s
/// messages and paths, the table views, charts and error messages (only
/// `check`'s excerpt of the line was escaped).
#[test]
fn nothing_from_a_file_drives_the_terminal() {
    let esc = "\\u001b]0;pwned\\u0007\\u001b[2J";
    let t = crate::support::Test::new()
        .file(
            "dvk.toml",
            &format!("[levels]\nxa = \"Cấp xã{esc}\"\ntinh = \"Cấp tỉnh\"\n"),
        )
        .model(
            "ok",
            &crate::support::model(
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
            &crate::support::model(
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
fn links_out_of_the_register_are_not_followed() {
    let outside = tempfile::tempdir().unwrap();
    let elsewhere = outside.path().join("models");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::write(elsewhere.join("leak.toml"), "name = \"bí mật\"\n").unwrap();
    let t = crate::support::Test::new();
    std::fs::remove_dir(t.path().join("models")).unwrap();
    std::os::unix::fs::symlink(&elsewhere, t.path().join("models")).unwrap();
    std::os::unix::fs::symlink(&elsewhere, t.path().join("criteria")).unwrap();
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
    std::fs::create_dir_all(&own).unwrap();
    let t = crate::support::Test::new().model(
        "ok",
        &crate::support::model("Vườn mẫu", "kinh_te", "xa", "2019-03-15", ""),
    );
    std::os::unix::fs::symlink(&own, t.path().join(".dvk")).unwrap();
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
    assert_eq!(
        std::fs::read_dir(&own).unwrap().count(),
        0,
        "nothing written"
    );
}
