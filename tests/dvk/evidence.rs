//! Evidence files (format.md, "Evidence"): `files` on a model, an event
//! and an assessment, checked on disk at each entry, shown, exported,
//! queried, and kept in canonical order by `fmt`; names in NFC and NFD.

use unicode_normalization::UnicodeNormalization;

use crate::support::{Test, model};

const EVENT: &str = "\n[[event]]\ndate = 2019-12-20\ntype = \"cong_nhan\"\nlevel = \"huyen\"\n\
                     decision = \"123-QĐ/HU\"\nfiles = [\"ho-so/2019/123-qd-hu.pdf\"]\n";

/// Two models: `a` with evidence of its own (named in NFD) and on an
/// event, `b` with none.
fn register() -> Test {
    let nfd: String = "ho-so/2019/đăng-ký.pdf".nfd().collect();
    Test::new()
        .file("ho-so/2019/123-qd-hu.pdf", "%PDF-1.4 decision\n")
        .file("ho-so/2019/đăng-ký.pdf", "%PDF-1.4 registration\n")
        .model(
            "a",
            &model(
                "Vườn mẫu",
                "kinh_te",
                "xa",
                "2019-03-15",
                &format!("files = [\"{nfd}\"]\n{EVENT}"),
            ),
        )
        .model(
            "b",
            &model("Tổ hòa giải", "kinh_te", "xa", "2019-03-15", ""),
        )
}

#[test]
fn files_pass_check_and_are_queried_shown_and_exported() {
    let r = register();
    let (out, err, code) = r.run_with(&["check"]);
    assert_eq!((err.as_str(), code), ("", 0));
    // The NFD name is read in NFC, and names the file.
    assert!(
        out.ends_with("0 errors, 1 warning in 2 model files\n"),
        "{out}"
    );
    assert_eq!(
        r.ok_with(&["export", "files?", "--columns", "id"]),
        "id\na\n"
    );
    assert_eq!(
        r.ok_with(&["export", "-files?", "--columns", "id"]),
        "id\nb\n"
    );
    assert_eq!(
        r.ok_with(&[
            "tally",
            "--events",
            "files:123-qd",
            "--by",
            "type",
            "--format",
            "csv",
        ]),
        "type,count\ncong_nhan,1\n"
    );
    let csv = r.ok_with(&["export", "id:a", "--columns", "id,files"]);
    assert_eq!(csv, "id,files\na,ho-so/2019/đăng-ký.pdf\n");
    let json: serde_json::Value =
        serde_json::from_str(&r.ok_with(&["show", "a", "--format", "json"])).unwrap();
    assert_eq!(json["files"], serde_json::json!(["ho-so/2019/đăng-ký.pdf"]));
    assert_eq!(
        json["event"][0]["files"],
        serde_json::json!(["ho-so/2019/123-qd-hu.pdf"])
    );
    let table = r.ok_with(&["show", "a", "--format", "table"]);
    assert!(table.contains("Hồ sơ"), "{table}");
    assert!(table.contains("ho-so/2019/123-qd-hu.pdf"), "{table}");
    assert!(table.contains("ho-so/2019/đăng-ký.pdf"), "{table}");
}

#[test]
fn bad_paths_are_reported_at_their_entries_and_refuse_other_commands() {
    let r = Test::new()
        .file("ho-so/2019/qd.pdf", "x")
        .model(
            "a",
            &model(
                "Vườn mẫu",
                "kinh_te",
                "xa",
                "2019-03-15",
                "files = [\"ho-so/2019/qd.pdf\", \"ho-so/2019/mat.pdf\"]\n\n\
                 [[event]]\ndate = 2019-12-20\ntype = \"ngung\"\nfiles = [\"/tmp/x.pdf\", \"../x.pdf\"]\n",
            ),
        );
    let (out, err, code) = r.run_with(&["check"]);
    assert_eq!((err.as_str(), code), ("", 1));
    let lines: Vec<&str> = out.lines().filter(|l| l.contains(": error: ")).collect();
    assert_eq!(
        lines,
        [
            "models/a.toml:12:10: error: `/tmp/x.pdf` in `files` is absolute: paths are relative to the register's folder",
            "models/a.toml:12:24: error: `../x.pdf` in `files` has `..`: evidence is inside the register",
        ],
        "{out}"
    );
    // Once the syntax is right, the missing file is found at its entry.
    let r = r.model(
        "a",
        &model(
            "Vườn mẫu",
            "kinh_te",
            "xa",
            "2019-03-15",
            "files = [\"ho-so/2019/qd.pdf\", \"ho-so/2019/mat.pdf\"]\n",
        ),
    );
    let (out, _, code) = r.run_with(&["check"]);
    assert_eq!(code, 1);
    assert!(
        out.starts_with(
            "models/a.toml:7:31: error: `ho-so/2019/mat.pdf` in `files` names no file\n"
        ),
        "{out}"
    );
    let (_, err, code) = r.run_with(&["list"]);
    assert_eq!(code, 2, "{err}");
}

#[cfg(unix)]
#[test]
fn a_link_is_never_followed_even_to_a_cached_model() {
    let r = register();
    // A cache is written by a first read; the link made after it must
    // still be found.
    r.ok_with(&["list"]);
    let dir = r.path().join("ho-so/2019");
    std::fs::rename(dir.join("123-qd-hu.pdf"), dir.join("that.pdf")).unwrap();
    std::os::unix::fs::symlink("that.pdf", dir.join("123-qd-hu.pdf")).unwrap();
    let (out, _, code) = r.run_with(&["check"]);
    assert_eq!(code, 1);
    assert!(
        out.contains(
            "models/a.toml:14:10: error: `ho-so/2019/123-qd-hu.pdf` in `files` goes through a symbolic link; links are not followed\n"
        ),
        "{out}"
    );
}

#[test]
fn fmt_puts_files_where_format_md_has_them() {
    let text = "files = [\"ho-so/x.pdf\"]\nname = \"Vườn mẫu\"\nunit = \"U\"\nsubject = \"tap_the\"\n\
                field = \"kinh_te\"\nlevel = \"xa\"\nregistered = 2019-03-15\nsummary = \"S\"\n\n\
                [[event]]\nfiles = [\"ho-so/x.pdf\"]\nnote = \"n\"\ndate = 2019-12-20\ntype = \"ngung\"\n";
    let r = Test::new().file("ho-so/x.pdf", "x").model("a", text);
    assert_eq!(r.run_with(&["fmt"]).2, 0);
    assert_eq!(
        r.read("models/a.toml"),
        "name = \"Vườn mẫu\"\nunit = \"U\"\nsubject = \"tap_the\"\nfield = \"kinh_te\"\nlevel = \"xa\"\n\
         registered = 2019-03-15\nsummary = \"S\"\nfiles = [\"ho-so/x.pdf\"]\n\n\
         [[event]]\ndate = 2019-12-20\ntype = \"ngung\"\nnote = \"n\"\nfiles = [\"ho-so/x.pdf\"]\n"
    );
}
