//! The command line, end to end: each test runs `dvk` on a temporary
//! register and asserts stdout, stderr and the exit code together.

mod import;
mod support;

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use support::{Test, model, sample};

fn copy_dir(from: &Path, to: &Path) {
    for entry in fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            fs::create_dir_all(&target).unwrap();
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The error catalogue: every folder under `tests/errors/check` is a small
/// register with one kind of problem, and `expected.out` is the whole of
/// what `dvk check` prints for it. `DVK_BLESS=1` rewrites them.
#[test]
fn error_catalogue_of_check() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/errors/check");
    let mut cases: Vec<_> = fs::read_dir(&root)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    cases.sort();
    assert!(cases.len() >= 20);
    let mut failures = Vec::new();
    let mut doc = String::from(
        "# Error catalogue\n\nEvery problem `dvk check` reports, each with the smallest file that \
         shows it and the whole of what `dvk check` prints for it. This page is written by the \
         test `error_catalogue_of_check` from `tests/errors/check/`, so it cannot drift from the \
         messages (`DVK_BLESS=1 cargo test` rewrites it).\n",
    );
    for case in cases {
        let test = Test::new().args(["check", "--color", "never"]);
        copy_dir(&case, test.path());
        fs::remove_file(test.path().join("expected.out")).ok();
        let (out, err, code) = test.run();
        let expected_path = case.join("expected.out");
        if std::env::var_os("DVK_BLESS").is_some() {
            fs::write(&expected_path, &out).unwrap();
        }
        let expected = fs::read_to_string(&expected_path).unwrap_or_default();
        let want_code = i32::from(expected.lines().any(|l| l.contains(": error: ")));
        if (out.as_str(), err.as_str(), code) != (expected.as_str(), "", want_code) {
            failures.push(format!("{}:\n{out}{err}(exit {code})", case.display()));
        }
        doc.push_str(&catalogue_entry(&case, &out, code));
    }
    let doc_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/errors.md");
    if std::env::var_os("DVK_BLESS").is_some() {
        fs::write(&doc_path, &doc).unwrap();
    }
    if fs::read_to_string(&doc_path).unwrap_or_default() != doc {
        failures.push("docs/errors.md is out of date: run DVK_BLESS=1 cargo test".to_owned());
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// One section of docs/errors.md: the case's files and the output.
fn catalogue_entry(case: &Path, out: &str, code: i32) -> String {
    let name = case.file_name().unwrap().to_string_lossy();
    let mut files = Vec::new();
    let mut stack = vec![case.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap().flatten() {
            if entry.file_type().unwrap().is_dir() {
                stack.push(entry.path());
            } else if entry.file_name() != "expected.out" {
                files.push(entry.path());
            }
        }
    }
    files.sort();
    let mut entry = format!("\n## {name}\n");
    for file in files {
        let rel = file.strip_prefix(case).unwrap().display().to_string();
        let bytes = fs::read(&file).unwrap();
        let text = String::from_utf8(bytes.clone()).map_or_else(
            |_| format!("(not UTF-8: {} bytes)", bytes.len()),
            |t| t.replace('\u{0}', "\\u{0}"),
        );
        write!(entry, "\n`{rel}`:\n```toml\n{}\n```\n", text.trim_end()).unwrap();
    }
    write!(entry, "\n`dvk check` (exit {code}):\n```\n{out}```\n").unwrap();
    entry
}

const VUON_MAU: &str = r#"# Mô hình nêu tên trong bài viết về Đầm Hà
name = "Xây dựng vườn mẫu"
unit = "Hội Nông dân xã Quảng Tân"
subject = "tap_the"
field = "kinh_te"
level = "xa"
registered = 2019-03-15
started = 2019-04-01
district = "Đầm Hà"
commune = "Quảng Tân"

[[outcome]]
year = 2019
dat_hien_m2 = 1250

[[outcome]]
year = 2020
dat_hien_m2 = 750

[[event]]
date = 2019-12-20
type = "cong_nhan"
level = "huyen"
decision = "123-QĐ/HU"

[[event]]
date = 2021-03-01
type = "khen_thuong"
form = "giay_khen"
"#;

/// A small register: NFC and NFD names, dates both sides of 2025-07-01,
/// several levels and years.
fn register() -> Test {
    let nfd: String = unicode_normalization::UnicodeNormalization::nfd(
        model(
            "Tổ hòa giải ở cơ sở",
            "quoc_phong_an_ninh",
            "huyen",
            "2021-06-01",
            "commune = \"Quảng Lâm\"\n",
        )
        .as_str(),
    )
    .collect();
    Test::new()
        .model("2019/2019-quang-tan-xay-dung-vuon-mau", VUON_MAU)
        .model("2021/2021-quang-lam-to-hoa-giai", &nfd)
        .model(
            "2025/2025-dam-ha-hien-dat",
            &model(
                "Hiến đất làm đường",
                "kinh_te",
                "xa",
                "2025-08-01",
                "subject_note = 1\n",
            )
            .replace("subject_note = 1\n", ""),
        )
        .model(
            "2026/2026-tinh-ca-nhan",
            &model("Người uy tín", "van_hoa_xa_hoi", "tinh", "2026-02-01", "")
                .replace("tap_the", "ca_nhan"),
        )
}

fn ids(test: &Test, query: &[&str]) -> Vec<String> {
    let mut args = vec!["list", "--format", "csv"];
    args.extend_from_slice(query);
    let out = test.ok_with(&args);
    out.lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap().to_owned())
        .collect()
}

#[test]
fn list_selects_by_every_query_form() {
    let r = register();
    let all = [
        "2019-quang-tan-xay-dung-vuon-mau",
        "2021-quang-lam-to-hoa-giai",
        "2025-dam-ha-hien-dat",
        "2026-tinh-ca-nhan",
    ];
    assert_eq!(ids(&r, &[]), all);
    assert_eq!(ids(&r, &["field:kinh_te"]), [all[0], all[2]]);
    assert_eq!(ids(&r, &["field:Kinh tế"]), [all[0], all[2]]);
    assert_eq!(ids(&r, &["-field:kinh_te"]), [all[1], all[3]]);
    assert_eq!(
        ids(&r, &["not:field:kinh_te", "level>=huyen"]),
        [all[1], all[3]]
    );
    assert_eq!(ids(&r, &["commune:quảng lâm"]), [all[1]]);
    assert_eq!(ids(&r, &["commune:QUANG"]), [all[0], all[1]]);
    assert_eq!(ids(&r, &["hòa giải"]), [all[1]]);
    assert_eq!(ids(&r, &["registered:2025..2026"]), [all[2], all[3]]);
    assert_eq!(ids(&r, &["registered<2025-07-01"]), [all[0], all[1]]);
    assert_eq!(ids(&r, &["year:2019,2026"]), [all[0], all[3]]);
    assert_eq!(ids(&r, &["recognized:huyen"]), [all[0]]);
    assert_eq!(ids(&r, &["subject:Cá nhân"]), [all[3]]);
    assert_eq!(ids(&r, &["started?"]), [all[0]]);
    assert_eq!(ids(&r, &["outcome.dat_hien_m2>=2000"]), [all[0]]);
    assert_eq!(ids(&r, &["commendations:1"]), [all[0]]);
    assert_eq!(
        ids(&r, &["--sort", "-registered", "level:xa"]),
        [all[2], all[0]]
    );
    // As of a date, a model registered later does not exist yet.
    assert_eq!(ids(&r, &["--as-of", "2020-12-31"]), [all[0]]);
    assert_eq!(ids(&r, &["--year", "2021", "commendations:1"]), [all[0]]);
    assert_eq!(
        ids(&r, &["--year", "2020", "commendations:1"]),
        Vec::<String>::new()
    );
}

#[test]
fn bad_queries_exit_2_naming_the_choices() {
    register().args(["list", "feild:kinh_te"]).expect(
        "",
        "error: unknown key `feild`; did you mean `field`?\n(keys: id, year, name, unit, subject, field, level, registered, kind, phase, started, province, district, commune, partners, tags, summary, status, recognized, proposed, months, commendations, replications, assessed, outcome.dat_hien_m2, outcome.ngay_cong, outcome.tien_dong, outcome.lop_tap_huan, outcome.ho_tham_gia, outcome.duong_km)\n",
        2,
    );
    register().args(["list", "level:huyện", "level:tỉnhh"]).expect(
        "",
        "error: `level`: `tỉnhh` is not a level code; did you mean `tinh`? (choices: xa (Cấp xã), huyen (Cấp huyện), tinh (Cấp tỉnh), trung_uong (Trung ương))\n",
        2,
    );
}

#[test]
fn show_json_has_every_key() {
    let out = register()
        .args([
            "show",
            "2019-quang-tan-xay-dung-vuon-mau",
            "--format",
            "json",
            "--as-of",
            "2020-06-30",
        ])
        .ok();
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["id"], "2019-quang-tan-xay-dung-vuon-mau");
    assert_eq!(
        json["path"],
        "models/2019/2019-quang-tan-xay-dung-vuon-mau.toml"
    );
    assert_eq!(json["registered"], "2019-03-15");
    assert_eq!(json["status"], "cong_nhan");
    assert_eq!(json["recognized"], "huyen");
    assert_eq!(json["proposed"], serde_json::Value::Null);
    assert_eq!(json["months"], 14);
    assert_eq!(json["commendations"], 0);
    assert_eq!(json["outcome.dat_hien_m2"], 2000);
    assert_eq!(json["outcome.ngay_cong"], serde_json::Value::Null);
    assert_eq!(json["event"][0]["decision"], "123-QĐ/HU");
    assert_eq!(json["outcome"][1]["year"], 2020);
    register().args(["show", "2019-quang-tan-xay-dung-vuon-ma"]).expect(
        "",
        "error: no model `2019-quang-tan-xay-dung-vuon-ma` in .; did you mean `2019-quang-tan-xay-dung-vuon-mau`?\n",
        2,
    );
}

#[test]
fn nfd_text_is_read_and_shown_in_nfc() {
    let out = register()
        .args(["show", "2021-quang-lam-to-hoa-giai", "--format", "json"])
        .ok();
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["name"], "Tổ hòa giải ở cơ sở");
    assert_eq!(json["commune"], "Quảng Lâm");
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
fn register_makes_an_ascii_id_and_never_overwrites() {
    let t = Test::new().args([
        "register",
        "--name",
        "Xây dựng vườn mẫu",
        "--unit",
        "Hội Nông dân xã Quảng Tân",
        "--subject",
        "Tập thể",
        "--field",
        "kinh te",
        "--level",
        "xa",
        "--commune",
        "Quảng Tân",
        "--registered",
        "2025-08-01",
        "--phase",
        "2021-2025",
    ]);
    t.expect(
        "2025-quang-tan-xay-dung-vuon-mau\n",
        "registered models/2025/2025-quang-tan-xay-dung-vuon-mau.toml\n",
        0,
    );
    t.expect(
        "2025-quang-tan-xay-dung-vuon-mau-2\n",
        "registered models/2025/2025-quang-tan-xay-dung-vuon-mau-2.toml\n",
        0,
    );
    assert_eq!(
        t.read("models/2025/2025-quang-tan-xay-dung-vuon-mau.toml"),
        "name = \"Xây dựng vườn mẫu\"\nunit = \"Hội Nông dân xã Quảng Tân\"\nsubject = \"tap_the\"\nfield = \"kinh_te\"\n\
         level = \"xa\"\nregistered = 2025-08-01\nphase = \"2021-2025\"\ncommune = \"Quảng Tân\"\n"
    );
    t.expect_with(
        &[
            "register",
            "--name",
            "A",
            "--unit",
            "B",
            "--subject",
            "tap_the",
            "--field",
            "kinh_te",
            "--level",
            "xa",
            "--id",
            "2025-quang-tan-xay-dung-vuon-mau",
        ],
        "",
        "error: a model with id `2025-quang-tan-xay-dung-vuon-mau` exists already\n",
        2,
    );
    Test::new()
        .args(["register", "--name", "A", "--unit", "B", "--subject", "tap", "--field", "kinh_tee", "--level", "xa"])
        .expect(
            "",
            "error: `tap` is not a subject code; did you mean `tap_the`? (choices: tap_the (Tập thể), ca_nhan (Cá nhân))\n\
             `kinh_tee` is not a field code; did you mean `kinh_te`? (choices: kinh_te (Kinh tế), van_hoa_xa_hoi (Văn hóa - xã hội), quoc_phong_an_ninh (Quốc phòng - an ninh), xay_dung_he_thong_chinh_tri (Xây dựng hệ thống chính trị))\n\
             nothing was written\n",
            2,
        );
    Test::new()
        .args(["register", "--name", "A", "--unit", "B"])
        .expect(
            "",
            "error: missing --subject, --field, --level; nothing was written\n",
            2,
        );
}

#[test]
fn init_then_register_then_show() {
    let t = Test::new();
    let dir = t.path().join("so-moi");
    let dir_text = dir.to_str().unwrap();
    let init = ["init", dir_text, "--name", "Sổ xã Quảng Tân"];
    let (_, err, code) = t.run_with(&init);
    assert_eq!(code, 0, "{err}");
    assert!(err.starts_with("Created a register in "), "{err}");
    let (_, err, code) = t.run_with(&init);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("is a register already"), "{err}");
    assert!(
        fs::read_to_string(dir.join("dvk.toml"))
            .unwrap()
            .starts_with("name = \"Sổ xã Quảng Tân\"\n")
    );
    assert!(dir.join("criteria/hd-tinh-2021-2025.toml").is_file());
    let id = Test::new()
        .args([
            "-C",
            dir_text,
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
        ])
        .run()
        .0;
    assert_eq!(id, "2026-hoi-nong-dan-vuon-mau\n");
    let out = Test::new()
        .args(["-C", dir_text, "show", id.trim(), "--format", "csv"])
        .ok();
    assert!(out.contains("Tên mô hình,Vườn mẫu\n"), "{out}");
    Test::new().args(["-C", dir_text, "check"]).expect(
        "0 errors, 0 warnings in 1 model file\n",
        "",
        0,
    );
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
fn fmt_orders_keys_keeps_comments_and_check_exits_1() {
    let messy = "# đầu tệp\r\nunit=\"Hội Nông dân\"\nname  =  \"Vườn mẫu\"   # tên\nsubject = \"tap_the\"\nfield = \"kinh_te\"\n\
                 registered = 2019-03-15\nlevel = \"xa\"\n[[event]]\ntype = \"cong_nhan\"\n# quyết định số\ndate = 2019-12-20\nlevel = \"huyen\"\n";
    let t = Test::new().model("a", messy).args(["fmt", "--check"]);
    t.expect("models/a.toml\n", "1 file would be formatted\n", 1);
    assert_eq!(t.read("models/a.toml"), messy, "--check changes nothing");
    let t = t.args(["fmt"]);
    t.expect("models/a.toml\n", "1 file formatted\n", 0);
    assert_eq!(
        t.read("models/a.toml"),
        "name = \"Vườn mẫu\"  # tên\n\n# đầu tệp\nunit = \"Hội Nông dân\"\nsubject = \"tap_the\"\nfield = \"kinh_te\"\n\
         level = \"xa\"\nregistered = 2019-03-15\n\n[[event]]\n# quyết định số\ndate = 2019-12-20\ntype = \"cong_nhan\"\nlevel = \"huyen\"\n"
    );
    t.args(["fmt", "--check"])
        .expect("", "0 files would be formatted\n", 0);
}

#[test]
fn the_sample_register_is_clean_and_canonical() {
    let t = Test::new().args(["-C", sample().to_str().unwrap(), "check"]);
    let (out, err, code) = t.run();
    assert_eq!((err.as_str(), code), ("", 0));
    assert!(
        out.starts_with("0 errors, 0 warnings in 54 model files"),
        "{out}"
    );
    Test::new()
        .args(["-C", sample().to_str().unwrap(), "fmt", "--check"])
        .expect("", "0 files would be formatted\n", 0);
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    for format in ["json", "csv", "table"] {
        closed_pipe(format);
    }
}

fn closed_pipe(format: &str) {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("dvk"))
        .args([
            "-q",
            "-C",
            sample().to_str().unwrap(),
            "list",
            "--format",
            format,
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 1];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    let status = child.wait().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert_eq!((status.code(), err.as_str()), (Some(0), ""));
}

// ---- Lifecycle verbs, assessments and evaluation ----

const CRITERIA: &str = r#"title = "Tiêu chí công nhận mô hình cấp huyện"
issuer = "Ban Dân vận Huyện ủy"
issued = 2022-05-10
applies = "subject:tap_the"
min_score = 60

[[criterion]]
id = "dia_chi"
text = "Có tên, địa chỉ cụ thể"
check = "commune? unit?"
required = true
points = 10

[[criterion]]
id = "lan_toa"
text = "Có sức lan tỏa lớn"
required = true
points = 40

[[criterion]]
id = "hieu_qua"
text = "Mang lại hiệu quả thiết thực"
points = 30

[[criterion]]
id = "ben_vung"
text = "Duy trì từ 6 tháng"
check = "months>=6"
points = 20
"#;

fn lifecycle_register() -> Test {
    register().file("criteria/hd-huyen.toml", CRITERIA)
}

#[test]
fn recognize_appends_one_event_and_keeps_every_byte() {
    let t = lifecycle_register();
    let path = "models/2019/2019-quang-tan-xay-dung-vuon-mau.toml";
    let before = t.read(path);
    t.expect_with(
        &[
            "recognize",
            "2019-quang-tan-xay-dung-vuon-mau",
            "2021-quang-lam-to-hoa-giai",
            "--level",
            "Cấp tỉnh",
            "--date",
            "2024-12-20",
            "--decision",
            "1835-QĐ/TU",
            "--authority",
            "Ban Thường vụ Tỉnh ủy",
        ],
        "2019-quang-tan-xay-dung-vuon-mau\n2021-quang-lam-to-hoa-giai\n",
        "recorded `cong_nhan` for 2 models\n",
        0,
    );
    assert_eq!(
        t.read(path),
        format!(
            "{before}\n[[event]]\ndate = 2024-12-20\ntype = \"cong_nhan\"\nlevel = \"tinh\"\n\
             decision = \"1835-QĐ/TU\"\nauthority = \"Ban Thường vụ Tỉnh ủy\"\n"
        )
    );
    let json: serde_json::Value = serde_json::from_str(&t.ok_with(&[
        "show",
        "2019-quang-tan-xay-dung-vuon-mau",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(
        (json["status"].as_str(), json["recognized"].as_str()),
        (Some("cong_nhan"), Some("tinh"))
    );
    // The NFD file keeps its bytes too; only the table is added.
    let nfd_before = register().read("models/2021/2021-quang-lam-to-hoa-giai.toml");
    assert!(
        t.read("models/2021/2021-quang-lam-to-hoa-giai.toml")
            .starts_with(&nfd_before)
    );
}

#[test]
fn a_bad_batch_changes_no_file() {
    let t = lifecycle_register();
    let files = [
        "models/2019/2019-quang-tan-xay-dung-vuon-mau.toml",
        "models/2025/2025-dam-ha-hien-dat.toml",
    ];
    let before: Vec<String> = files.iter().map(|f| t.read(f)).collect();
    t.expect_with(
        &["propose", "2019-quang-tan-xay-dung-vuon-mau", "2025-dam-ha-hien-da", "--level", "tinh"],
        "",
        "error: no model `2025-dam-ha-hien-da`; did you mean `2025-dam-ha-hien-dat`?\nnothing was written\n",
        2,
    );
    t.expect_with(
        &["propose", "2019-quang-tan-xay-dung-vuon-mau", "--level", "tinhh"],
        "",
        "error: --level: `tinhh` is not a level code; did you mean `tinh`? (choices: xa (Cấp xã), huyen (Cấp huyện), tinh (Cấp tỉnh), trung_uong (Trung ương))\n",
        2,
    );
    t.expect_with(
        &[
            "replicate",
            "2019-quang-tan-xay-dung-vuon-mau",
            "--place",
            "xã Dực Yên",
            "--decision",
            "1/QĐ",
        ],
        "",
        "error: a `nhan_rong` event has no decision; drop --decision\n",
        2,
    );
    t.expect_with(&["commend", "../../etc/passwd", "--form", "giay_khen"], "", "error: `../../etc/passwd` is not a model id: an id is 1 to 64 lowercase ASCII letters, digits and `-`, starting with a letter or digit\nnothing was written\n", 2);
    t.expect_with(
        &["stop"],
        "",
        "error: name the models: give their ids, or --where QUERY\n",
        2,
    );
    let after: Vec<String> = files.iter().map(|f| t.read(f)).collect();
    assert_eq!(before, after);
}

#[test]
fn where_selects_as_of_the_decision_date_and_dry_run_writes_nothing() {
    let t = lifecycle_register();
    let before = t.read("models/2025/2025-dam-ha-hien-dat.toml");
    t.expect_with(
        &["commend", "--where", "level:xa registered>=2025", "--form", "Giấy khen", "--date", "2026-01-15", "--dry-run"],
        "# models/2025/2025-dam-ha-hien-dat.toml\n[[event]]\ndate = 2026-01-15\ntype = \"khen_thuong\"\nform = \"giay_khen\"\n\n",
        "1 file(s) would change; nothing was written\n",
        0,
    );
    assert_eq!(t.read("models/2025/2025-dam-ha-hien-dat.toml"), before);
    // As of 2025-07-31 the model registered on 2025-08-01 does not exist yet.
    t.expect_with(
        &[
            "commend",
            "--where",
            "level:xa registered>=2025",
            "--form",
            "giay_khen",
            "--date",
            "2025-07-31",
        ],
        "",
        "no model matches --where; nothing was written\n",
        0,
    );
}

#[test]
fn revoke_undoes_recognition_over_time() {
    let t = lifecycle_register();
    let id = "2019-quang-tan-xay-dung-vuon-mau";
    t.ok_with(&[
        "-q",
        "propose",
        id,
        "--level",
        "tinh",
        "--date",
        "2022-03-01",
    ]);
    t.ok_with(&[
        "-q",
        "recognize",
        id,
        "--level",
        "tinh",
        "--date",
        "2022-09-01",
    ]);
    t.ok_with(&[
        "-q",
        "revoke",
        id,
        "--level",
        "tinh",
        "--date",
        "2024-01-10",
        "--decision",
        "7-QĐ/TU",
    ]);
    let status = |date: &str| {
        let out = t.ok_with(&["show", id, "--format", "json", "--as-of", date]);
        let json: serde_json::Value = serde_json::from_str(&out).unwrap();
        (
            json["status"].as_str().unwrap().to_owned(),
            json["recognized"].as_str().map(str::to_owned),
            json["proposed"].as_str().map(str::to_owned),
        )
    };
    assert_eq!(
        status("2022-06-01"),
        ("de_nghi".into(), Some("huyen".into()), Some("tinh".into()))
    );
    assert_eq!(
        status("2023-01-01"),
        ("cong_nhan".into(), Some("tinh".into()), Some("tinh".into()))
    );
    assert_eq!(
        status("2024-06-01"),
        ("thu_hoi".into(), Some("huyen".into()), Some("tinh".into()))
    );
    t.ok_with(&["-q", "revoke", id, "--date", "2025-01-10"]);
    assert_eq!(
        status("2025-06-01"),
        ("thu_hoi".into(), None, Some("tinh".into()))
    );
}

#[test]
fn assess_appends_and_refuses_bad_judgements() {
    let t = lifecycle_register();
    let id = "2019-quang-tan-xay-dung-vuon-mau";
    let path = "models/2019/2019-quang-tan-xay-dung-vuon-mau.toml";
    let before = t.read(path);
    t.expect_with(
        &["assess", id, "--criteria", "hd-huyen", "lan_toa=45", "dia_chi=có", "hieu_qu=true", "ben_vung=x"],
        "",
        "error: 45 points for `lan_toa`: it is worth at most 40\n\
         `dia_chi` is checked automatically (`commune? unit?`); a judgement of it is not read; leave it out\n\
         `hieu_qu` is not a criterion of `hd-huyen`; did you mean `hieu_qua`? (judged criteria: lan_toa, hieu_qua)\n\
         `ben_vung=x`: the value must be true, false, có, không or a number of points\nnothing was written\n",
        2,
    );
    t.expect_with(
        &["assess", id, "--criteria", "hd-huyenn", "lan_toa=true"],
        "",
        "error: no criteria set `hd-huyenn`; did you mean `hd-huyen`? (sets: hd-huyen)\n",
        2,
    );
    assert_eq!(t.read(path), before);
    t.expect_with(
        &[
            "assess",
            id,
            "--criteria",
            "hd-huyen",
            "--by",
            "Tổ thẩm định số 1",
            "--date",
            "2021-11-20",
            "lan_toa=có",
            "hieu_qua=15",
        ],
        &format!("{id}\n"),
        "recorded an assessment under `hd-huyen`\n",
        0,
    );
    assert_eq!(
        t.read(path),
        format!(
            "{before}\n[[assessment]]\ndate = 2021-11-20\ncriteria = \"hd-huyen\"\nby = \"Tổ thẩm định số 1\"\n\
             results = {{ lan_toa = true, hieu_qua = 15 }}\n"
        )
    );
}

#[test]
fn evaluate_gives_verdicts_scores_and_exit_codes() {
    let t = lifecycle_register();
    let vuon_mau = "2019-quang-tan-xay-dung-vuon-mau";
    t.ok_with(&[
        "-q",
        "assess",
        vuon_mau,
        "--criteria",
        "hd-huyen",
        "--date",
        "2021-11-20",
        "lan_toa=có",
        "hieu_qua=15",
    ]);
    t.ok_with(&[
        "-q",
        "assess",
        "2021-quang-lam-to-hoa-giai",
        "--criteria",
        "hd-huyen",
        "--date",
        "2023-01-05",
        "lan_toa=false",
    ]);
    t.expect_with(
        &[
            "evaluate",
            "--criteria",
            "hd-huyen",
            "--format",
            "csv",
            "--as-of",
            "2026-06-30",
        ],
        "id,name,verdict,score,max_score,failed,pending\n\
         2019-quang-tan-xay-dung-vuon-mau,Xây dựng vườn mẫu,dat,85,100,,\n\
         2021-quang-lam-to-hoa-giai,Tổ hòa giải ở cơ sở,khong_dat,30,100,lan_toa,hieu_qua\n\
         2025-dam-ha-hien-dat,Hiến đất làm đường,khong_dat,20,100,dia_chi,lan_toa;hieu_qua\n\
         2026-tinh-ca-nhan,Người uy tín,khong_ap_dung,0,100,,\n",
        "",
        0,
    );
    // Before the 2021 assessment the judgement is missing.
    t.expect_with(
        &["evaluate", "--criteria", "hd-huyen", "--format", "csv", "--as-of", "2021-06-30", "--strict"],
        "id,name,verdict,score,max_score,failed,pending\n\
         2019-quang-tan-xay-dung-vuon-mau,Xây dựng vườn mẫu,cho_danh_gia,30,100,,lan_toa;hieu_qua\n\
         2021-quang-lam-to-hoa-giai,Tổ hòa giải ở cơ sở,cho_danh_gia,10,100,ben_vung,lan_toa;hieu_qua\n",
        "",
        1,
    );
    t.expect_with(&["evaluate", "id:2019-quang-tan-xay-dung-vuon-mau", "--criteria", "hd-huyen", "--strict", "--format", "csv"],
        "id,name,verdict,score,max_score,failed,pending\n2019-quang-tan-xay-dung-vuon-mau,Xây dựng vườn mẫu,dat,85,100,,\n", "", 0);
    let json: serde_json::Value = serde_json::from_str(&t.ok_with(&[
        "evaluate",
        "--criteria",
        "hd-huyen",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(json[2]["failed"], serde_json::json!(["dia_chi"]));
    assert_eq!(
        json[2]["pending"],
        serde_json::json!(["lan_toa", "hieu_qua"])
    );
    assert_eq!(json[0]["score"], 85);
    // `assessed` is the verdict under the latest assessment's set.
    assert_eq!(ids(&t, &["assessed:dat"]), [vuon_mau]);
    assert_eq!(
        ids(&t, &["assessed:khong_dat"]),
        ["2021-quang-lam-to-hoa-giai"]
    );
    assert_eq!(ids(&t, &["assessed?", "--as-of", "2022-12-31"]), [vuon_mau]);
    // Counting reads `assessed` only when asked, and then as `list` does:
    // grouped by it, or tested by the query.
    t.expect_with(
        &["tally", "--by", "assessed", "--format", "csv"],
        "assessed,count\ndat,1\nkhong_dat,1\n,2\n",
        "",
        0,
    );
    t.expect_with(
        &[
            "tally",
            "--by",
            "level",
            "assessed:khong_dat",
            "--format",
            "csv",
        ],
        "level,count\nhuyen,1\n",
        "",
        0,
    );
    let (_, err, code) = t.run_with(&["evaluate", "--criteria", "hd-huyen", "--format", "table"]);
    assert_eq!(
        (code, err.as_str()),
        (
            0,
            "4 models: 1 dat, 2 khong_dat, 0 cho_danh_gia, 1 khong_ap_dung\n"
        )
    );
}

#[test]
fn concurrent_writers_lose_nothing() {
    let t = register();
    let writers: Vec<_> = (0..12)
        .map(|i| {
            let mut register = t.command_with(&[
                "-q",
                "register",
                "--name",
                "Xây dựng vườn mẫu",
                "--unit",
                "Hội Nông dân",
                "--subject",
                "tap_the",
                "--field",
                "kinh_te",
                "--level",
                "xa",
                "--commune",
                "Quảng Tân",
                "--registered",
                "2026-03-01",
            ]);
            let mut commend = t.command_with(&[
                "-q",
                "commend",
                "2019-quang-tan-xay-dung-vuon-mau",
                "--form",
                "giay_khen",
                "--date",
                "2026-03-01",
                "--note",
                &format!("lần {i}"),
            ]);
            std::thread::spawn(move || (register.output().unwrap(), commend.output().unwrap()))
        })
        .collect();
    let mut ids = Vec::new();
    for writer in writers {
        let (registered, commended) = writer.join().unwrap();
        assert!(
            registered.status.success(),
            "{}",
            String::from_utf8_lossy(&registered.stderr)
        );
        assert!(
            commended.status.success(),
            "{}",
            String::from_utf8_lossy(&commended.stderr)
        );
        ids.push(String::from_utf8(registered.stdout).unwrap());
    }
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 12, "every registration has its own id");
    let out = t.ok_with(&["list", "--format", "csv", "registered:2026-03-01"]);
    assert_eq!(out.lines().count(), 13);
    let text = t.read("models/2019/2019-quang-tan-xay-dung-vuon-mau.toml");
    assert_eq!(
        text.matches("[[event]]").count(),
        2 + 12,
        "every event landed"
    );
    let (out, err, code) = t.run_with(&["check"]);
    assert_eq!((err.as_str(), code), ("", 0));
    assert!(
        out.ends_with("0 errors, 1 warning in 16 model files\n"),
        "{out}"
    );
}

/// `--help` of `dvk` and of every command, pinned in `tests/help/` so that
/// a change of the help shows as a diff (`DVK_BLESS=1` rewrites them).
#[test]
fn help_of_every_command_is_pinned() {
    let t = Test::new();
    let top = t.ok_with(&["--help"]);
    let mut commands: Vec<String> = top
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| !l.is_empty())
        .filter(|l| l.starts_with("  ") && !l.starts_with("    "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_owned))
        .filter(|c| c != "help")
        .collect();
    assert!(commands.len() >= 17, "{commands:?}");
    commands.insert(0, String::new());
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/help");
    fs::create_dir_all(&dir).unwrap();
    let mut failures = Vec::new();
    for command in commands {
        let args: Vec<&str> = if command.is_empty() {
            vec!["--help"]
        } else {
            vec![command.as_str(), "--help"]
        };
        let help = t.ok_with(&args);
        let file = dir.join(format!(
            "{}.txt",
            if command.is_empty() { "dvk" } else { &command }
        ));
        if std::env::var_os("DVK_BLESS").is_some() {
            fs::write(&file, &help).unwrap();
        }
        if fs::read_to_string(&file).unwrap_or_default() != help {
            failures.push(format!("{}:\n{help}", file.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "help changed:\n{}",
        failures.join("\n")
    );
}

#[test]
fn completions_and_man_page_are_generated() {
    let t = Test::new();
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = t.ok_with(&["completions", shell]);
        assert!(
            out.contains("recognize") && out.contains("evaluate"),
            "{shell}"
        );
    }
    let man = t.ok_with(&["man"]);
    assert!(man.starts_with(".ie \\n(.g .ds Aq \\(aq"), "{man}");
    assert!(man.contains(".TH dvk 1"));
    t.expect_with(&["completions", "tcsh"], "", "error: invalid value 'tcsh' for '<SHELL>'\n  [possible values: bash, elvish, fish, powershell, zsh]\n\n  tip: a similar value exists: 'zsh'\n\nFor more information, try '--help'.\n", 2);
}

#[test]
fn hostile_files_are_reported_never_followed_or_echoed() {
    let t = register()
        .file("models/bin.toml", "\u{0}\u{1b}[2Jbinary")
        .file("models/empty.toml", "")
        .file(
            "models/deep.toml",
            &format!("a = {}{}\n", "[".repeat(100_000), "]".repeat(100_000)),
        )
        .file(
            "models/big.toml",
            &format!("name = \"{}\"\n", "x".repeat(2 * 1024 * 1024)),
        );
    // A file outside the register (a decoy, never a system file: the tests
    // may run as root, and nothing must be written through a link).
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("passwd");
    fs::write(&secret, "root:x:0:0:root:/root:/bin/bash\n").unwrap();
    std::os::unix::fs::symlink(&secret, t.path().join("models/secret.toml")).unwrap();
    fs::create_dir_all(t.path().join("models/loop")).unwrap();
    std::os::unix::fs::symlink("..", t.path().join("models/loop/up")).unwrap();
    fs::write(t.path().join("models/invalid.toml"), b"name = \"V\xff\"\n").unwrap();
    let (out, err, code) = t.run_with(&["check"]);
    assert_eq!((err.as_str(), code), ("", 1));
    for expected in [
        "models/bin.toml:1:1: error: TOML syntax: ",
        "1 | \\u{0}\\u{1b}[2Jbinary\n",
        "models/empty.toml:1:1: error: missing required key `name` in a model\n",
        "models/deep.toml:1:",
        ": error: TOML syntax: cannot recurse further; max recursion depth met\n",
        "models/big.toml: error: 2097162 bytes; files over 1 MiB are not read\n",
        "models/secret.toml: error: a symbolic link; links are not followed\n",
        "models/loop/up: error: a symbolic link; links are not followed\n",
        "models/invalid.toml:1:10: error: not UTF-8 text\n",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }
    assert!(
        !out.contains("root:"),
        "nothing outside the register is printed"
    );
    assert!(
        !out.contains('\u{1b}'),
        "no terminal escape from a file reaches the terminal"
    );
    assert!(
        out.lines().all(|l| l.chars().count() < 200),
        "long lines are cut"
    );
    t.expect_with(
        &["list"],
        "",
        "error: the register has 13 errors; run `dvk check` to see them\n\
         first: models/big.toml: error: 2097162 bytes; files over 1 MiB are not read\n",
        2,
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
/// A closed pipe is success (`dvk completions bash | head -1`), for the
/// completions that clap writes too. The reading end is closed before the
/// child has started, so its first write fails.
#[test]
fn a_closed_pipe_is_success_for_completions_and_man() {
    for args in [
        &["completions", "fish"][..],
        &["completions", "bash"],
        &["man"],
    ] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("dvk"))
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            (
                out.status.code(),
                String::from_utf8_lossy(&out.stderr).as_ref()
            ),
            (Some(0), ""),
            "dvk {}",
            args.join(" ")
        );
    }
}

// `tally`, `export`, `report` and several registers: tests/cases/.
mod cases;

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let t = register().model("bad", "name = 1\n");
    let (out, _, code) = t.run_with(&["check", "--color", "always"]);
    assert_eq!(code, 1);
    assert!(out.contains("\u{1b}[1;31merror\u{1b}[0m"), "{out}");
    // Not a terminal: no colour, with or without NO_COLOR.
    let (out, _, _) = t.run_with(&["check"]);
    assert!(!out.contains('\u{1b}'), "{out}");
    let mut cmd = t.command_with(&["check", "--color", "auto"]);
    let out = cmd.env("NO_COLOR", "1").output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains('\u{1b}'));
    let (_, err, _) = t.run_with(&["list", "--color", "always"]);
    assert!(
        err.starts_with("\u{1b}[1;31merror\u{1b}[0m: the register has"),
        "{err}"
    );
    let (out, _, _) = t.run_with(&[
        "--color", "never", "tally", "--by", "field", "--format", "table",
    ]);
    assert!(!out.contains('\u{1b}'));
}

// Fuzzing, property tests and crash safety: tests/reliability/.
mod reliability;

#[test]
fn list_events_gives_a_row_an_event_with_its_model() {
    let t = register();
    t.expect_with(
        &["list", "--events", "--format", "csv", "--sort", "-date"],
        "id,date,type,level,form,place,decision,authority,name,unit,subject,field,model.level\n\
         2019-quang-tan-xay-dung-vuon-mau,2021-03-01,khen_thuong,,giay_khen,,,,Xây dựng vườn mẫu,Hội Nông dân xã Quảng Tân,tap_the,kinh_te,xa\n\
         2019-quang-tan-xay-dung-vuon-mau,2019-12-20,cong_nhan,huyen,,,123-QĐ/HU,,Xây dựng vườn mẫu,Hội Nông dân xã Quảng Tân,tap_the,kinh_te,xa\n",
        "",
        0,
    );
    // `level` is the event's level; the model's is `model.level`.
    let out = t.ok_with(&[
        "list",
        "--events",
        "--format",
        "csv",
        "level:huyen",
        "model.level:xa",
    ]);
    assert_eq!(out.lines().count(), 2, "{out}");
    let out = t.ok_with(&[
        "list",
        "--events",
        "--format",
        "csv",
        "--as-of",
        "2020-12-31",
    ]);
    assert_eq!(
        out.lines().count(),
        2,
        "events after the date are left out: {out}"
    );
    t.expect_with(
        &["list", "--events", "--format", "csv", "form:giay_khen", "date:2021", "type:khen_thuong"],
        "id,date,type,level,form,place,decision,authority,name,unit,subject,field,model.level\n\
         2019-quang-tan-xay-dung-vuon-mau,2021-03-01,khen_thuong,,giay_khen,,,,Xây dựng vườn mẫu,Hội Nông dân xã Quảng Tân,tap_the,kinh_te,xa\n",
        "",
        0,
    );
}
