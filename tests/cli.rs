//! The command line, end to end: each test runs `dvk` on a temporary
//! register and asserts stdout, stderr and the exit code together.

mod import;
mod support;

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
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
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
    t.expect(
        "",
        "error: the register has 6 errors; run `dvk check` to see them\n",
        2,
    );
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
    use std::io::Read;
    use std::process::{Command, Stdio};
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("dvk"))
        .args(["-C", sample().to_str().unwrap(), "list", "--format", "json"])
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
