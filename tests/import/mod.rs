//! `dvk import`, end to end: spreadsheets written by each test (CSV in
//! every encoding and delimiter, workbooks with `rust_xlsxwriter`), and the
//! register compared before and after.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

use crate::support::Test;

const VUON_MAU: &str = "name = \"Xây dựng vườn mẫu\"\nunit = \"Hội Nông dân xã Quảng Tân\"\n\
    subject = \"tap_the\"\nfield = \"kinh_te\"\nlevel = \"xa\"\nregistered = 2019-03-15\n\
    commune = \"Quảng Tân\"\n";

/// Every file of the register with its bytes.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_owned()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if entry.file_type().unwrap().is_dir() {
                stack.push(path);
            } else {
                let bytes = fs::read(&path).unwrap();
                out.insert(path.strip_prefix(root).unwrap().to_owned(), bytes);
            }
        }
    }
    out
}

/// The model files under `models/`, relative to it, sorted.
fn model_files(test: &Test) -> Vec<String> {
    snapshot(&test.path().join("models"))
        .into_keys()
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .collect()
}

fn write_bytes(test: &Test, rel: &str, bytes: &[u8]) {
    fs::write(test.path().join(rel), bytes).unwrap();
}

fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
    let units = text.encode_utf16();
    if little_endian {
        [0xFF, 0xFE]
            .into_iter()
            .chain(units.flat_map(u16::to_le_bytes))
            .collect()
    } else {
        [0xFE, 0xFF]
            .into_iter()
            .chain(units.flat_map(u16::to_be_bytes))
            .collect()
    }
}

/// A workbook cell for the tests' sheets.
enum X {
    S(&'static str),
    N(f64),
    /// A real date cell, shown as dd/mm/yyyy.
    D(u16, u8, u8),
}

fn xlsx(path: &Path, sheets: &[(&str, Vec<Vec<X>>)]) {
    let mut workbook = Workbook::new();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    for (name, rows) in sheets {
        let sheet = workbook.add_worksheet();
        sheet.set_name(*name).unwrap();
        for (row_at, row) in rows.iter().enumerate() {
            let row_at = u32::try_from(row_at).unwrap();
            for (column, cell) in row.iter().enumerate() {
                let column = u16::try_from(column).unwrap();
                match cell {
                    X::S("") => {}
                    X::S(text) => {
                        sheet.write_string(row_at, column, *text).unwrap();
                    }
                    X::N(n) => {
                        sheet.write_number(row_at, column, *n).unwrap();
                    }
                    X::D(year, month, day) => {
                        let day = ExcelDateTime::from_ymd(*year, *month, *day).unwrap();
                        sheet
                            .write_datetime_with_format(row_at, column, &day, &date)
                            .unwrap();
                    }
                }
            }
        }
    }
    workbook.save(path).unwrap();
}

/// Two good rows, in the form `body` gives each: the register gets the
/// same two files whatever the encoding, delimiter or line ending.
const TWO_MODELS: [&str; 2] = [
    "2019-quang-tan-xay-dung-vuon-mau",
    "2020-chi-bo-thon-3-hien-dat-lam-duong",
];

const HIEN_DAT: &str = "name = \"Hiến đất làm đường\"\nunit = \"Chi bộ thôn 3\"\nsubject = \"tap_the\"\n\
    field = \"van_hoa_xa_hoi\"\nlevel = \"huyen\"\nregistered = 2020-05-01\nkind = \"dien_hinh\"\n\
    phase = \"2016-2020\"\nstarted = 2020-06-01\nprovince = \"Quảng Bình\"\ndistrict = \"Tuyên Hóa\"\n\
    summary = \"\"\"\nVận động nhân dân\nhiến đất\"\"\"\n";

/// Asserts that `dvk ARGS` imports the two models into a register that
/// had none, with `notes` on stderr first.
#[track_caller]
fn imports_the_two_models(test: &Test, args: &[&str], notes: &str) {
    test.expect_with(
        args,
        &format!("{}\n{}\n", TWO_MODELS[0], TWO_MODELS[1]),
        &format!("{notes}imported 2 models into models/import-2026-11-21\n"),
        0,
    );
    assert_eq!(
        model_files(test),
        [
            "import-2026-11-21/2019/2019-quang-tan-xay-dung-vuon-mau.toml",
            "import-2026-11-21/2020/2020-chi-bo-thon-3-hien-dat-lam-duong.toml"
        ]
    );
    assert_eq!(
        test.read("models/import-2026-11-21/2019/2019-quang-tan-xay-dung-vuon-mau.toml"),
        VUON_MAU
    );
    assert_eq!(
        test.read("models/import-2026-11-21/2020/2020-chi-bo-thon-3-hien-dat-lam-duong.toml"),
        HIEN_DAT
    );
    test.expect_with(&["check"], "0 errors, 0 warnings in 2 model files\n", "", 0);
    test.expect_with(&["fmt", "--check"], "", "0 files would be formatted\n", 0);
}

/// The two models' rows, cells joined by `sep`, lines by `newline`, under
/// a title block and with blank rows between.
fn two_models_text(sep: &str, newline: &str) -> String {
    let rows = [
        "DANH SÁCH MÔ HÌNH DÂN VẬN KHÉO NĂM 2019 - 2020".to_owned(),
        String::new(),
        [
            "STT",
            "Tên mô hình",
            "Đơn vị thực hiện",
            "Đối tượng",
            "Lĩnh vực",
            "Cấp",
            "Ngày đăng ký",
            "Xã",
            "Loại",
            "Giai đoạn",
            "Ngày bắt đầu",
            "Tỉnh",
            "Huyện",
            "Tóm tắt",
        ]
        .join(sep),
        [
            "1",
            "Xây dựng vườn mẫu",
            "Hội Nông dân xã Quảng Tân",
            "Tập thể",
            "Kinh tế",
            "xã",
            "15/03/2019",
            "Quảng Tân",
            "",
            "",
            "",
            "",
            "",
            "",
        ]
        .join(sep),
        String::new(),
        [
            "2",
            " Hiến đất làm đường ",
            "Chi bộ thôn 3",
            "tap_the",
            "VĂN HÓA - XÃ HỘI",
            "Cấp huyện",
            "2020-05-01",
            "",
            "Điển hình",
            "2016-2020",
            "1/6/2020",
            "Quảng Bình",
            "Tuyên Hóa",
            &format!("\"Vận động nhân dân{newline}hiến đất\""),
        ]
        .join(sep),
        String::new(),
    ];
    rows.join(newline)
}

#[test]
fn csv_utf8_with_commas_and_lf() {
    let t = Test::new().file("ds.csv", &two_models_text(",", "\n"));
    imports_the_two_models(&t, &["import", "ds.csv"], "ds.csv: ignored columns: STT\n");
}

#[test]
fn csv_utf8_with_bom_semicolons_and_crlf() {
    let t = Test::new();
    let text = format!("\u{feff}{}", two_models_text(";", "\r\n"));
    write_bytes(&t, "ds.csv", text.as_bytes());
    imports_the_two_models(&t, &["import", "ds.csv"], "ds.csv: ignored columns: STT\n");
}

#[test]
fn csv_utf16_with_tabs_as_excel_saves_unicode_text() {
    let t = Test::new();
    write_bytes(&t, "ds.txt", &utf16(&two_models_text("\t", "\r\n"), true));
    imports_the_two_models(&t, &["import", "ds.txt"], "ds.txt: ignored columns: STT\n");
    let t = Test::new();
    write_bytes(&t, "ds.csv", &utf16(&two_models_text(",", "\n"), false));
    imports_the_two_models(&t, &["import", "ds.csv"], "ds.csv: ignored columns: STT\n");
}

/// The two models in a workbook, under a title block: real date cells,
/// and one date as a bare serial number.
fn two_models_rows() -> Vec<Vec<X>> {
    use X::{D, N, S};
    vec![
        vec![S("DANH SÁCH MÔ HÌNH DÂN VẬN KHÉO")],
        vec![S("Huyện Tuyên Hóa")],
        vec![],
        vec![
            S("STT"),
            S("Tên mô hình"),
            S("Đơn vị thực hiện"),
            S("Đối tượng"),
            S("Lĩnh vực"),
            S("Cấp"),
            S("Ngày đăng ký"),
            S("Xã"),
            S("Loại"),
            S("Giai đoạn"),
            S("Ngày bắt đầu"),
            S("Tỉnh"),
            S("Huyện"),
            S("Tóm tắt"),
        ],
        vec![
            N(1.0),
            S("Xây dựng vườn mẫu"),
            S("Hội Nông dân xã Quảng Tân"),
            S("Tập thể"),
            S("Kinh tế"),
            S("xã"),
            D(2019, 3, 15),
            S("Quảng Tân"),
        ],
        vec![],
        vec![
            N(2.0),
            S("Hiến đất làm đường"),
            S("Chi bộ thôn 3"),
            S("tap_the"),
            S("Văn hóa - xã hội"),
            S("huyen"),
            // 2020-05-01 as a serial in a cell without a date format.
            N(43952.0),
            S(""),
            S("dien_hinh"),
            S("2016-2020"),
            D(2020, 6, 1),
            S("Quảng Bình"),
            S("Tuyên Hóa"),
            S("Vận động nhân dân\nhiến đất"),
        ],
    ]
}

#[test]
fn xlsx_named_sheet_among_others_with_date_cells() {
    let t = Test::new();
    xlsx(
        &t.path().join("ds.xlsx"),
        &[
            ("Hướng dẫn", vec![vec![X::S("Điền danh sách ở trang sau")]]),
            ("Năm 2019-2020", two_models_rows()),
            ("Khác", vec![vec![X::S("Tên mô hình"), X::S("Cấp")]]),
        ],
    );
    t.expect_with(
        &["import", "ds.xlsx", "--sheet", "nam 2019-2020", "--dry-run", "--format", "csv"],
        "id,name,field,level\n\
         2019-quang-tan-xay-dung-vuon-mau,Xây dựng vườn mẫu,kinh_te,xa\n\
         2020-chi-bo-thon-3-hien-dat-lam-duong,Hiến đất làm đường,van_hoa_xa_hoi,huyen\n",
        "ds.xlsx: ignored columns: STT\n2 models would be created; nothing was written (--dry-run)\n",
        0,
    );
    assert_eq!(
        model_files(&t),
        Vec::<String>::new(),
        "--dry-run writes nothing"
    );
    imports_the_two_models(
        &t,
        &["import", "ds.xlsx", "--sheet", "Năm 2019-2020"],
        "ds.xlsx: ignored columns: STT\n",
    );
}

#[test]
fn xlsx_first_sheet_by_default() {
    let t = Test::new();
    xlsx(
        &t.path().join("ds.xlsx"),
        &[("Sheet1", two_models_rows()), ("Sheet2", vec![])],
    );
    imports_the_two_models(
        &t,
        &["import", "ds.xlsx"],
        "ds.xlsx: ignored columns: STT\n",
    );
}
