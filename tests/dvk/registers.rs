//! Registers: how one is found (`-C`, `DVK_REGISTER`, the folders above),
//! how its files are read (BOM, CRLF, the cache), several at once (an id
//! in two of them is an error naming both), and a broken one refused by
//! every command but `check`.

use std::fs;

use crate::support::fixture::{CRITERIA, VUON_MAU, ids, register};
use crate::support::{Test, model};

/// The current folder's register with two models, and `xa-b/`, a second
/// register with one.
fn two_registers(second_id: &str) -> Test {
    Test::new()
        .model("a", &model("A", "kinh_te", "xa", "2024-01-01", ""))
        .model("b", &model("B", "van_hoa_xa_hoi", "xa", "2024-02-01", ""))
        .file("xa-b/dvk.toml", "name = \"Sổ xã B\"\n")
        .file(
            &format!("xa-b/models/{second_id}.toml"),
            &model("C", "kinh_te", "huyen", "2024-03-01", ""),
        )
}

#[test]
fn models_of_all_registers_are_tallied_and_exported_together() {
    let t = two_registers("c");
    t.expect_with(
        &[
            "-C", ".", "-C", "xa-b", "tally", "--by", "field", "--format", "csv",
        ],
        "field,count\nkinh_te,2\nvan_hoa_xa_hoi,1\n",
        "",
        0,
    );
    t.expect_with(
        &["-C", ".", "-C", "xa-b", "export", "--columns", "id,level,path,register"],
        "id,level,path,register\na,xa,models/a.toml,.\nb,xa,models/b.toml,.\nc,huyen,models/c.toml,xa-b\n",
        "",
        0,
    );
    // With several registers, every column includes the register.
    let out = t.ok_with(&["-C", ".", "-C", "xa-b", "export", "id:c"]);
    assert!(
        out.lines().next().unwrap().ends_with(",path,register"),
        "{out}"
    );
    assert!(out.ends_with(",models/c.toml,xa-b\n"), "{out}");
}

#[test]
fn an_id_in_two_registers_is_an_error_naming_both() {
    let t = two_registers("a");
    t.expect_with(
        &["-C", ".", "-C", "xa-b", "check"],
        "models/a.toml:1:1: error: duplicate id `a`: xa-b/models/a.toml has it too\n\
         1 | name = \"A\"\n\
         \x20 | ^\n\
         xa-b/models/a.toml:1:1: error: duplicate id `a`: models/a.toml has it too\n\
         1 | name = \"C\"\n\
         \x20 | ^\n\
         2 errors, 0 warnings in 3 model files\n",
        "",
        1,
    );
    for command in [
        &["tally", "--by", "field"][..],
        &["export"],
        &["report", "--year", "2024"],
    ] {
        let mut args = vec!["-C", ".", "-C", "xa-b"];
        args.extend_from_slice(command);
        t.expect_with(
            &args,
            "",
            "error: the register has 2 errors; run `dvk check` to see them\n\
             first: models/a.toml:1:1: error: duplicate id `a`: xa-b/models/a.toml has it too\n",
            2,
        );
    }
}

#[test]
fn bom_and_crlf_files_are_read() {
    let text = format!("\u{feff}{}", VUON_MAU.replace('\n', "\r\n"));
    let t = Test::new()
        .model("a", &text)
        .args(["list", "--format", "csv", "recognized:huyen"]);
    assert_eq!(t.ok().lines().count(), 2);
}

#[test]
fn a_broken_register_is_refused_by_other_commands() {
    let t = register().model("bad", "name = 1\n").args(["list"]);
    let refused = "error: the register has 6 errors; run `dvk check` to see them\n\
         first: models/bad.toml:1:8: error: `name` must be a string, not an integer\n";
    t.expect("", refused, 2);
    // Commands that read a chunk at a time, and `evaluate`, which makes
    // its csv and json as it reads: nothing on stdout either.
    let t = t.file("criteria/hd-huyen.toml", CRITERIA);
    for format in ["csv", "json", "table"] {
        t.expect_with(
            &["tally", "--by", "level", "--format", format],
            "",
            refused,
            2,
        );
        t.expect_with(
            &["evaluate", "--criteria", "hd-huyen", "--format", format],
            "",
            refused,
            2,
        );
    }
}

#[test]
fn the_register_is_found_from_env_or_above() {
    let t = register();
    fs::create_dir_all(t.path().join("models/2019/sub")).unwrap();
    let mut cmd = t.command();
    cmd.current_dir(t.path().join("models/2019/sub")).args([
        "list",
        "--format",
        "csv",
        "year:2019",
    ]);
    cmd.assert().success().stdout(predicates::str::contains(
        "2019-quang-tan-xay-dung-vuon-mau,",
    ));
    let mut cmd = t.command();
    cmd.current_dir("/")
        .env("DVK_REGISTER", t.path())
        .args(["check"]);
    cmd.assert()
        .code(0)
        .stdout(predicates::str::contains(
            "2021-quang-lam-to-hoa-giai.toml:1:1: warning: text is not in NFC",
        ))
        .stdout(predicates::str::ends_with(
            "  | ^\n0 errors, 1 warning in 4 model files\n",
        ));
    let mut cmd = t.command();
    cmd.current_dir("/").args(["list"]);
    cmd.assert().code(2).stdout("").stderr(
        "error: no register found in . or any folder above it (a register is a folder with dvk.toml)\n\
         hint: create one with `dvk init`, or name one with `-C DIR` or DVK_REGISTER\n",
    );
}

#[test]
fn the_cache_never_serves_a_changed_file() {
    let t = register();
    let file = "models/2025/2025-dam-ha-hien-dat.toml";
    assert_eq!(
        ids(&t, &["field:kinh_te"]),
        ["2019-quang-tan-xay-dung-vuon-mau", "2025-dam-ha-hien-dat"]
    );
    assert!(
        t.path().join(".dvk/cache/models.bin").is_file(),
        "a read writes the cache"
    );
    assert_eq!(
        fs::read_to_string(t.path().join(".dvk/.gitignore")).unwrap(),
        "*\n"
    );
    // Change the field and date the file an hour back, out of the racy window.
    let changed = t.read(file).replace("kinh_te", "van_hoa_xa_hoi");
    fs::write(t.path().join(file), changed).unwrap();
    let status = std::process::Command::new("touch")
        .args(["-d", "1 hour ago"])
        .arg(t.path().join(file))
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(
        ids(&t, &["field:kinh_te"]),
        ["2019-quang-tan-xay-dung-vuon-mau"]
    );
    assert_eq!(
        ids(&t, &["field:kinh_te"]),
        ["2019-quang-tan-xay-dung-vuon-mau"]
    );
    // A broken cache is ignored and rebuilt; a removed one too.
    fs::write(t.path().join(".dvk/cache/models.bin"), b"garbage").unwrap();
    assert_eq!(
        ids(&t, &["field:van_hoa_xa_hoi"]),
        ["2025-dam-ha-hien-dat", "2026-tinh-ca-nhan"]
    );
    fs::remove_dir_all(t.path().join(".dvk")).unwrap();
    assert_eq!(
        ids(&t, &["field:van_hoa_xa_hoi"]),
        ["2025-dam-ha-hien-dat", "2026-tinh-ca-nhan"]
    );
    // A file broken after it was cached is reported, not served.
    fs::write(t.path().join(file), "name = \n").unwrap();
    t.expect_with(
        &["list"],
        "",
        "error: the register has 1 error; run `dvk check` to see it\n\
         first: models/2025/2025-dam-ha-hien-dat.toml:1:8: error: TOML syntax: string values must be quoted, expected literal string\n",
        2,
    );
}
