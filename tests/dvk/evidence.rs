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

/// A register with one model and, outside it, a decision to attach.
fn with_decision() -> (Test, std::path::PathBuf) {
    let r = Test::new().model("a", &model("Vườn mẫu", "kinh_te", "xa", "2019-03-15", ""));
    // Kept in the test's own folder, beside (not in) the register's files.
    let source = r.path().join("tải về").join("Quyết định 123.pdf");
    std::fs::create_dir_all(source.parent().unwrap()).unwrap();
    let bytes: Vec<u8> = (0..300_000u32).map(|i| (i % 253) as u8).collect();
    std::fs::write(&source, bytes).unwrap();
    (r, source)
}

const RECOGNIZE: [&str; 8] = [
    "recognize",
    "a",
    "--level",
    "huyen",
    "--date",
    "2024-06-20",
    "--decision",
    "123-QĐ/HU",
];

fn recognize_with(r: &Test, files: &[&std::path::Path]) -> (String, String, i32) {
    let mut args: Vec<std::ffi::OsString> = RECOGNIZE.iter().map(Into::into).collect();
    for f in files {
        args.push("--file".into());
        args.push(f.as_os_str().to_owned());
    }
    r.run_with(&args)
}

#[test]
fn file_is_copied_byte_for_byte_and_named_by_the_event() {
    let (r, source) = with_decision();
    let (out, err, code) = recognize_with(&r, &[&source]);
    assert_eq!((out.as_str(), code), ("a\n", 0), "{err}");
    let copy = r.path().join("ho-so/2024/Quyết định 123.pdf");
    assert_eq!(
        std::fs::read(&copy).unwrap(),
        std::fs::read(&source).unwrap()
    );
    assert!(
        r.read("models/a.toml")
            .ends_with("decision = \"123-QĐ/HU\"\nfiles = [\"ho-so/2024/Quyết định 123.pdf\"]\n"),
        "{}",
        r.read("models/a.toml")
    );
    // The same bytes again: reused, not copied to another name.
    let (_, err, code) = recognize_with(&r, &[&source]);
    assert_eq!(code, 0, "{err}");
    let names: Vec<_> = std::fs::read_dir(r.path().join("ho-so/2024"))
        .unwrap()
        .collect();
    assert_eq!(names.len(), 1);
    // A file of the register's ho-so/ is named where it is.
    let (_, err, code) = recognize_with(&r, &[&copy]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(r.run_with(&["check"]).2, 0);
    // Other bytes under the same name: refused, nothing written.
    let before = r.read("models/a.toml");
    std::fs::write(&source, "other").unwrap();
    let (out, err, code) = recognize_with(&r, &[&source]);
    assert_eq!((out.as_str(), code), ("", 2));
    assert!(
        err.contains("differ: a different file is there under that name")
            && err.contains("nothing was written"),
        "{err}"
    );
    assert_eq!(r.read("models/a.toml"), before);
}

#[test]
fn assess_takes_files_too() {
    let (r, source) = with_decision();
    let r = r.file(
        "criteria/hd.toml",
        "title = \"T\"\n\n[[criterion]]\nid = \"lan_toa\"\ntext = \"Lan tỏa\"\nrequired = true\n",
    );
    let mut args: Vec<std::ffi::OsString> =
        ["assess", "a", "--criteria", "hd", "--date", "2023-05-02"]
            .iter()
            .map(Into::into)
            .collect();
    args.extend([
        "--file".into(),
        source.as_os_str().to_owned(),
        "lan_toa=true".into(),
    ]);
    let (out, err, code) = r.run_with(&args);
    assert_eq!((out.as_str(), code), ("a\n", 0), "{err}");
    assert!(
        r.read("models/a.toml")
            .contains("files = [\"ho-so/2023/Quyết định 123.pdf\"]")
    );
    assert!(r.path().join("ho-so/2023/Quyết định 123.pdf").is_file());
}

#[cfg(unix)]
#[test]
fn links_and_files_over_the_limit_are_refused() {
    let (r, source) = with_decision();
    let link = source.with_file_name("link.pdf");
    std::os::unix::fs::symlink(&source, &link).unwrap();
    let (_, err, code) = recognize_with(&r, &[&link]);
    assert_eq!(code, 2);
    assert!(
        err.contains("link.pdf: a symbolic link; --file takes a plain file"),
        "{err}"
    );
    let big = source.with_file_name("big.pdf");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(50 * 1024 * 1024 + 1)
        .unwrap();
    let (_, err, code) = recognize_with(&r, &[&big]);
    assert_eq!(code, 2);
    assert!(
        err.contains("52428801 bytes; --file takes files of at most 50 MiB"),
        "{err}"
    );
    assert!(!r.path().join("ho-so").exists());
    assert!(!r.read("models/a.toml").contains("[[event]]"));
}

/// The files under `ho-so/`, relative, sorted: temporary ones included.
fn evidence_files(r: &Test) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![r.path().join("ho-so")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            if entry.file_type().unwrap().is_dir() {
                stack.push(entry.path());
            } else {
                let rel = entry.path().strip_prefix(r.path()).unwrap().to_owned();
                out.push(rel.to_string_lossy().into_owned());
            }
        }
    }
    out.sort();
    out
}

#[test]
fn a_crash_between_copy_and_record_leaves_neither_once_the_next_writer_runs() {
    let (r, source) = with_decision();
    let before = r.read("models/a.toml");
    let mut cmd =
        r.command_with(&[RECOGNIZE.as_slice(), &["--file", source.to_str().unwrap()]].concat());
    let out = cmd.env("DVK_CRASH_AT", "evidence-staged").output().unwrap();
    assert!(!out.status.success());
    // Killed with the copy under its temporary name, the record unwritten.
    assert_eq!(r.read("models/a.toml"), before);
    let left = evidence_files(&r);
    assert_eq!(left.len(), 1, "{left:?}");
    assert!(left[0].starts_with("ho-so/2024/.dvk-"), "{left:?}");
    // The next writer removes it.
    assert_eq!(r.run_with(&["stop", "a", "--date", "2025-01-02"]).2, 0);
    assert_eq!(evidence_files(&r), Vec::<String>::new());
}

#[test]
fn a_crash_between_record_and_rename_leaves_both_once_the_next_writer_runs() {
    let (r, source) = with_decision();
    let mut cmd =
        r.command_with(&[RECOGNIZE.as_slice(), &["--file", source.to_str().unwrap()]].concat());
    let out = cmd
        .env("DVK_CRASH_AT", "evidence-recorded")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        r.read("models/a.toml")
            .contains("files = [\"ho-so/2024/Quyết định 123.pdf\"]")
    );
    // The next writer puts the copy the record names in place.
    assert_eq!(r.run_with(&["stop", "a", "--date", "2025-01-02"]).2, 0);
    assert_eq!(evidence_files(&r), ["ho-so/2024/Quyết định 123.pdf"]);
    assert_eq!(
        std::fs::read(r.path().join("ho-so/2024/Quyết định 123.pdf")).unwrap(),
        std::fs::read(&source).unwrap()
    );
    assert_eq!(r.run_with(&["check"]).2, 0);
}

/// Four models; two share a name and a unit (only their ids tell them).
fn annex_register() -> Test {
    Test::new()
        .model(
            "vuon",
            &model("Xây dựng vườn mẫu", "kinh_te", "xa", "2019-03-15", ""),
        )
        .model(
            "hoa-giai",
            &model("Tổ hòa giải ở cơ sở", "kinh_te", "xa", "2020-03-15", "")
                .replace("Hội Nông dân xã Quảng Tân", "Chi hội Phụ nữ thôn 2"),
        )
        .model(
            "camera-1",
            &model("Camera an ninh", "kinh_te", "xa", "2021-03-15", ""),
        )
        .model(
            "camera-2",
            &model("Camera an ninh", "kinh_te", "xa", "2021-04-15", ""),
        )
}

#[test]
fn from_a_decisions_annex_recognises_the_models_it_names() {
    let r = annex_register();
    // A title above the header row; names in NFD and other case; an id.
    let nfd = |s: &str| s.nfd().collect::<String>();
    let csv = format!(
        "DANH SÁCH MÔ HÌNH ĐƯỢC CÔNG NHẬN,,\n\
         STT;Tên mô hình;Đơn vị thực hiện;Mã\n\
         1;{};{};\n2;;;CAMERA-2\n3;xây dựng VƯỜN mẫu;hội nông dân xã quảng tân;\n",
        nfd("TỔ HÒA GIẢI Ở CƠ SỞ"),
        nfd("Chi hội Phụ nữ thôn 2"),
    )
    .replace(",,", "");
    let r = r.file("qd.csv", &csv);
    let before = r.read("models/camera-1.toml");
    let (out, err, code) = r.run_with(&[
        "recognize",
        "--from",
        "qd.csv",
        "--level",
        "huyen",
        "--date",
        "2024-06-20",
        "--dry-run",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("# models/hoa-giai.toml") && out.contains("# models/camera-2.toml"));
    assert!(
        out.contains("# models/vuon.toml") && !out.contains("camera-1"),
        "{out}"
    );
    let (out, err, code) = r.run_with(&[
        "recognize",
        "--from",
        "qd.csv",
        "--level",
        "huyen",
        "--date",
        "2024-06-20",
    ]);
    assert_eq!(
        (out.as_str(), code),
        ("hoa-giai\ncamera-2\nvuon\n", 0),
        "{err}"
    );
    assert_eq!(r.read("models/camera-1.toml"), before);
}

#[test]
fn from_refuses_the_whole_list_when_a_row_names_no_model_or_several() {
    let r = annex_register().file(
        "qd.csv",
        "Tên mô hình,Đơn vị thực hiện\n\
         Xây dựng vườn mẫu,Hội Nông dân xã Quảng Tân\n\
         Camera an ninh,Hội Nông dân xã Quảng Tân\n\
         Tổ hòa giải cơ sở,Chi hội Phụ nữ thôn 2\n",
    );
    let before = r.read("models/vuon.toml");
    let (out, err, code) = r.run_with(&["stop", "--from", "qd.csv", "--date", "2024-06-20"]);
    assert_eq!((out.as_str(), code), ("", 2));
    assert_eq!(
        err,
        "error: qd.csv: row 3: \"Camera an ninh\" of \"Hội Nông dân xã Quảng Tân\" names 2 models: camera-1, camera-2; give their ids (column Mã)\n\
         qd.csv: row 4: no model \"Tổ hòa giải cơ sở\" of \"Chi hội Phụ nữ thôn 2\"; nearest: hoa-giai (\"Tổ hòa giải ở cơ sở\", \"Chi hội Phụ nữ thôn 2\")\n\
         2 rows of qd.csv name no model or several; nothing was written\n"
    );
    assert_eq!(r.read("models/vuon.toml"), before);
}

#[test]
fn from_reads_a_named_sheet_of_a_workbook() {
    let r = annex_register();
    let mut book = rust_xlsxwriter::Workbook::new();
    book.add_worksheet().set_name("Tờ trình").unwrap();
    let sheet = book.add_worksheet().set_name("Phụ lục").unwrap();
    sheet
        .write(0, 0, "PHỤ LỤC KÈM THEO QUYẾT ĐỊNH 123-QĐ/HU")
        .unwrap();
    for (col, header) in ["STT", "Mã", "Tên mô hình"].iter().enumerate() {
        sheet
            .write(2, u16::try_from(col).unwrap(), *header)
            .unwrap();
    }
    sheet.write(3, 0, 1).unwrap();
    sheet.write(3, 1, "camera-1").unwrap();
    sheet.write(3, 2, "Camera an ninh").unwrap();
    book.save(r.path().join("qd.xlsx")).unwrap();
    let (out, err, code) = r.run_with(&[
        "commend",
        "--from",
        "qd.xlsx",
        "--sheet",
        "Phụ lục",
        "--form",
        "giay_khen",
        "--date",
        "2024-06-20",
    ]);
    assert_eq!((out.as_str(), code), ("camera-1\n", 0), "{err}");
}

/// The sample's files, copied (it holds no links): writers take a lock and
/// leave `.dvk/` where they run.
fn sample_copy(to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(crate::support::sample())
        .unwrap()
        .flatten()
    {
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        if entry.file_type().unwrap().is_dir() {
            let mut stack = vec![(entry.path(), to.join(&name))];
            while let Some((from, into)) = stack.pop() {
                std::fs::create_dir_all(&into).unwrap();
                for e in std::fs::read_dir(&from).unwrap().flatten() {
                    if e.file_type().unwrap().is_dir() {
                        stack.push((e.path(), into.join(e.file_name())));
                    } else {
                        std::fs::copy(e.path(), into.join(e.file_name())).unwrap();
                    }
                }
            }
        } else {
            std::fs::copy(entry.path(), to.join(&name)).unwrap();
        }
    }
}

#[test]
fn the_sample_holds_evidence_custom_keys_and_an_annex_recognize_reads() {
    let r = Test::empty();
    sample_copy(r.path());
    let (out, _, code) = r.run_with(&["check"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        r.ok_with(&[
            "export",
            "files?",
            "ho_huong_loi>=100",
            "--columns",
            "id,dia_ban"
        ]),
        "id,dia_ban\n2019-quang-tan-xay-dung-vuon-mau,xa\n"
    );
    let (out, err, code) = r.run_with(&[
        "recognize",
        "--from",
        "phu-luc-qd-210-tu.xlsx",
        "--sheet",
        "Phụ lục",
        "--level",
        "tinh",
        "--date",
        "2026-05-20",
        "--decision",
        "210-QĐ/TU",
    ]);
    assert_eq!(
        (out.as_str(), code),
        (
            "2025-quang-tan-dan-van-kheo-trong-van-hanh-chinh-quyen-dia\n\
             2025-tan-yen-to-cong-nghe-so-cong-dong-ho-tro-nguoi-dan-dung\n\
             2025-dong-le-mot-cua-than-thien-o-xa-moi-sau-sap-xep\n",
            0
        ),
        "{err}"
    );
}

#[test]
fn a_300_row_annex_in_nfd_recognises_exactly_its_models_or_none() {
    let mut r = Test::new();
    let name = |i: usize| format!("Mô hình số {i} về dân vận khéo");
    let unit = |i: usize| format!("Hội Phụ nữ xã Đồng Tâm {}", i % 7);
    for i in 0..320 {
        r = r.model(
            &format!("m-{i:03}"),
            &model(&name(i), "kinh_te", "xa", "2024-01-02", "")
                .replace("Hội Nông dân xã Quảng Tân", &unit(i)),
        );
    }
    let mut csv = String::from("PHỤ LỤC\n\nĐơn vị thực hiện;STT;Tên mô hình\n");
    for i in 0..300 {
        let row = format!("{};{};{}\n", unit(i).to_uppercase(), i + 1, name(i));
        csv.push_str(&row.nfd().collect::<String>());
    }
    let r = r.file("pl.csv", &csv);
    let args = [
        "recognize",
        "--from",
        "pl.csv",
        "--level",
        "huyen",
        "--date",
        "2024-06-20",
    ];
    let (out, err, code) = r.run_with(&args);
    assert_eq!(code, 0, "{err}");
    let expected: Vec<String> = (0..300).map(|i| format!("m-{i:03}")).collect();
    assert_eq!(out.lines().collect::<Vec<_>>(), expected);
    assert!(!r.read("models/m-300.toml").contains("[[event]]"));
    // One more model of the same name and unit as row 1: the whole list is
    // refused, and nothing more is written.
    let r = r.model(
        "m-999",
        &model(&name(0), "kinh_te", "xa", "2024-01-02", "")
            .replace("Hội Nông dân xã Quảng Tân", &unit(0)),
    );
    let before = r.read("models/m-001.toml");
    let (out, err, code) = r.run_with(&args);
    assert_eq!((out.as_str(), code), ("", 2));
    assert!(err.starts_with("error: pl.csv: row 4: "), "{err}");
    assert!(err.contains("names 2 models: m-000, m-999"), "{err}");
    assert_eq!(r.read("models/m-001.toml"), before);
}
