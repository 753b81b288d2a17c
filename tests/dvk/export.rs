//! `dvk export`: the summary columns, csv for Excel, json, and workbooks
//! read back with calamine.

use std::fs;
use std::path::Path;

use calamine::{Data, Reader, Xlsx, open_workbook};

use crate::support::synthetic::register;
use crate::support::{Test, model, sample};

/// Runs and returns stdout as bytes (a workbook is not text).
fn bytes(test: &Test, args: &[&str]) -> Vec<u8> {
    let out = test.command_with(args).output().unwrap();
    assert_eq!(
        (
            String::from_utf8_lossy(&out.stderr).as_ref(),
            out.status.code()
        ),
        ("", Some(0)),
        "dvk {}",
        args.join(" ")
    );
    out.stdout
}

/// Every sheet of a workbook: its name and its cells.
fn sheets(path: &Path) -> Vec<(String, Vec<Vec<Data>>)> {
    let mut book: Xlsx<_> = open_workbook(path).unwrap();
    book.worksheets()
        .into_iter()
        .map(|(name, range)| (name, range.rows().map(<[Data]>::to_vec).collect()))
        .collect()
}

/// The spreadsheet serial number of a day.
fn serial(day: &str) -> f64 {
    let day = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
    let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).unwrap();
    #[allow(clippy::cast_precision_loss)]
    let days = (day - epoch).num_days() as f64;
    days
}

#[test]
fn summaries_of_events_and_outcomes_as_of_the_year() {
    let out = register().ok_with(&[
        "export",
        "--year",
        "2024",
        "--format",
        "json",
        "--columns",
        "id,status,recognized,recognized_date,last_decision,commendations,outcome.ngay_cong,sum_ngay_cong",
    ]);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let null = serde_json::Value::Null;
    let row = |id, status, level, date, decision, commendations, all, year| {
        serde_json::json!({
            "id": id, "status": status, "recognized": level, "recognized_date": date,
            "last_decision": decision, "commendations": commendations,
            "outcome.ngay_cong": all, "sum_ngay_cong": year,
        })
    };
    assert_eq!(
        json,
        serde_json::json!([
            row(
                "a",
                "cong_nhan",
                "huyen".into(),
                "2024-06-01".into(),
                "2-QĐ/HU".into(),
                1,
                150.into(),
                50.into()
            ),
            row(
                "b",
                "khong_dat",
                null.clone(),
                null.clone(),
                null.clone(),
                0,
                30.into(),
                30.into()
            ),
            // Stopped: version 2 no longer counts it as recognised.
            row(
                "c",
                "ngung",
                null.clone(),
                null.clone(),
                null.clone(),
                0,
                null.clone(),
                null.clone()
            ),
            row(
                "d",
                "cong_nhan",
                "huyen".into(),
                "2024-11-11".into(),
                null.clone(),
                1,
                null.clone(),
                null.clone()
            ),
            row(
                "f",
                "thu_hoi",
                null.clone(),
                null.clone(),
                "9-QĐ/TU".into(),
                0,
                10.into(),
                null.clone()
            ),
        ])
    );
}

#[test]
fn every_column_by_default() {
    let header = "id,name,unit,unit_now,subject,field,level,registered,kind,phase,started,province,\
                  province_now,district,district_now,commune,commune_now,partners,tags,summary,files,status,\
                  recognized,recognized_date,expires,ever_recognized,proposed,\
                  last_decision,months,commendations,replications,assessed,assessed_date,\
                  assessed_criteria,outcome.dat_hien_m2,outcome.ngay_cong,outcome.tien_dong,\
                  outcome.lop_tap_huan,outcome.ho_tham_gia,outcome.duong_km,sum_dat_hien_m2,\
                  sum_ngay_cong,sum_tien_dong,sum_lop_tap_huan,sum_ho_tham_gia,sum_duong_km,path";
    let r = register();
    let out = r.ok_with(&["export", "--year", "2024", "id:a"]);
    assert_eq!(
        out,
        format!(
            "{header}\na,Mô hình 2023-02-01,Đơn vị kinh_te,Đơn vị kinh_te,tap_the,kinh_te,xa,2023-02-01,\
             mo_hinh,,,,,Đầm Hà,Đầm Hà,,,,x; y,,,cong_nhan,huyen,2024-06-01,,huyen,huyen,2-QĐ/HU,22,1,0,,,,,150,,,,,,50,,,,,models/a.toml\n"
        )
    );
    // An assessment's date and set.
    let sample = sample();
    let out = Test::new().ok_with(&[
        "-C",
        sample.to_str().unwrap(),
        "export",
        "--columns",
        "id,assessed_date,assessed_criteria",
        "id:2019-quang-lam-van-dong-nhan-dan-hien-dat-gop-cong-xay-dung-nong",
    ]);
    assert_eq!(
        out,
        "id,assessed_date,assessed_criteria\n\
         2019-quang-lam-van-dong-nhan-dan-hien-dat-gop-cong-xay-dung-nong,2022-10-18,hd-tinh-2021-2025\n"
    );
}

#[test]
fn formula_like_text_is_neutralised_in_csv_and_a_string_in_xlsx() {
    let t = Test::new().model(
        "x",
        &model(
            // Escaped for TOML: the name is =HYPERLINK("http://x.vn","bấm").
            "=HYPERLINK(\\\"http://x.vn\\\",\\\"bấm\\\")",
            "kinh_te",
            "xa",
            "2024-01-01",
            "commune = \"@Quảng Tân\"\nsummary = \"-1 hộ\"\n",
        )
        .replace("Hội Nông dân xã Quảng Tân", "+84 912 345 678"),
    );
    let out = t.ok_with(&["export", "--columns", "name,unit,commune,summary,months"]);
    assert_eq!(
        out,
        "name,unit,commune,summary,months\n\
         \"'=HYPERLINK(\"\"http://x.vn\"\",\"\"bấm\"\")\",'+84 912 345 678,'@Quảng Tân,'-1 hộ,34\n"
    );
    let file = t.path().join("x.xlsx");
    t.ok_with(&[
        "-q",
        "export",
        "--columns",
        "name,unit,commune,summary,months",
        "--out",
        file.to_str().unwrap(),
    ]);
    let rows = &sheets(&file)[0].1;
    assert_eq!(
        rows[1],
        [
            Data::String("=HYPERLINK(\"http://x.vn\",\"bấm\")".into()),
            Data::String("+84 912 345 678".into()),
            Data::String("@Quảng Tân".into()),
            Data::String("-1 hộ".into()),
            Data::Float(34.0),
        ]
    );
    let mut book: Xlsx<_> = open_workbook(&file).unwrap();
    let formulas = book.worksheet_formula("Mô hình").unwrap();
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "no cell is a formula"
    );
}

#[test]
fn a_workbook_has_typed_cells_and_is_written_atomically() {
    let r = register();
    let file = r.path().join("out/mo-hinh.xlsx");
    fs::create_dir_all(file.parent().unwrap()).unwrap();
    // The format follows --out's extension.
    r.expect_with(
        &["export", "--year", "2024", "--out", file.to_str().unwrap()],
        "",
        &format!("exported 5 models to {}\n", file.display()),
        0,
    );
    let names: Vec<_> = fs::read_dir(file.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["mo-hinh.xlsx"], "no temporary file is left");
    let sheets = sheets(&file);
    assert_eq!(sheets.len(), 1);
    let (name, rows) = &sheets[0];
    assert_eq!(name, "Mô hình");
    assert_eq!(rows.len(), 6, "a header and five models");
    let column = |name: &str| {
        rows[0]
            .iter()
            .position(|c| *c == Data::String(name.into()))
            .unwrap()
    };
    let b = &rows[2];
    assert_eq!(b[column("id")], Data::String("b".into()));
    assert_eq!(b[column("subject")], Data::String("ca_nhan".into()));
    match &b[column("registered")] {
        Data::DateTime(d) => assert!((d.as_f64() - serial("2024-01-10")).abs() < 1e-9),
        other => panic!("registered is a date, not {other:?}"),
    }
    assert_eq!(b[column("sum_dat_hien_m2")], Data::Float(200.5));
    assert_eq!(b[column("months")], Data::Float(11.0));
    assert_eq!(b[column("recognized")], Data::Empty);
    // A workbook to a pipe is written as it is.
    let stdout = bytes(&r, &["export", "--format", "xlsx", "id:a"]);
    assert!(stdout.starts_with(b"PK\x03\x04"), "a zip file");
}

#[test]
fn csv_with_a_bom_for_excel() {
    let r = register();
    let out = bytes(&r, &["export", "--bom", "--columns", "id,name", "id:a"]);
    assert_eq!(
        String::from_utf8(out).unwrap(),
        "\u{feff}id,name\na,Mô hình 2023-02-01\n"
    );
    let file = r.path().join("a.json");
    r.ok_with(&[
        "-q",
        "export",
        "--columns",
        "id,tags",
        "id:a",
        "--out",
        file.to_str().unwrap(),
    ]);
    assert_eq!(
        fs::read_to_string(file).unwrap(),
        "[\n  {\n    \"id\": \"a\",\n    \"tags\": [\n      \"x\",\n      \"y\"\n    ]\n  }\n]\n"
    );
}

#[test]
fn bad_exports_exit_2() {
    let r = register();
    r.expect_with(
        &["--format", "table", "export"],
        "",
        "error: export writes csv, json or xlsx; `dvk list` shows a table\n",
        2,
    );
    r.expect_with(
        &["export", "--bom", "--format", "json"],
        "",
        "error: --bom is for csv only\n",
        2,
    );
    let (out, err, code) = r.run_with(&["export", "--columns", "id,nmae"]);
    assert_eq!((out.as_str(), code), ("", 2));
    assert!(
        err.starts_with("error: --columns: unknown column `nmae`; did you mean `name`?\n(columns: id, year, name,"),
        "{err}"
    );
    r.expect_with(
        &["export", "--columns", "id,name,id"],
        "",
        "error: --columns names `id` twice\n",
        2,
    );
    // Only export writes workbooks.
    let (out, err, code) = r.run_with(&["list", "--format", "xlsx"]);
    assert_eq!((out.as_str(), code), ("", 2));
    assert!(
        err.contains("invalid value 'xlsx' for '--format <FORMAT>'"),
        "{err}"
    );
}
