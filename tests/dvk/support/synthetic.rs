//! A small register whose numbers are counted by hand in the tests: six
//! models, one registered after 2024, with events of every type.
//!
//! | id | field | level | subject | registered | as of 2024-12-31 |
//! |---|---|---|---|---|---|
//! | a | kinh_te | xa | tap_the | 2023-02-01 | recognised huyen 2024-06-01, commended (giấy khen) |
//! | b | kinh_te | huyen | ca_nhan | 2024-01-10 | proposed tinh, not passed (no level) |
//! | c | van_hoa_xa_hoi | xa | tap_the | 2022-05-05 | recognised xa 2022, discontinued 2024 |
//! | d | quoc_phong_an_ninh | huyen | tap_the | 2024-03-03 | recognised huyen 2024, replicated, bằng khen |
//! | e | kinh_te | xa | tap_the | 2025-01-05 | does not exist yet |
//! | f | xay_dung_he_thong_chinh_tri | tinh | ca_nhan | 2021-07-07 | recognised tinh 2021, revoked 2024 |

use crate::support::Test;

fn model(field: &str, level: &str, subject: &str, registered: &str, rest: &str) -> String {
    format!(
        "name = \"Mô hình {registered}\"\nunit = \"Đơn vị {field}\"\nsubject = \"{subject}\"\n\
         field = \"{field}\"\nlevel = \"{level}\"\nregistered = {registered}\n{rest}"
    )
}

fn event(date: &str, kind: &str, extra: &str) -> String {
    format!("\n[[event]]\ndate = {date}\ntype = \"{kind}\"\n{extra}")
}

fn outcome(year: u32, values: &str) -> String {
    format!("\n[[outcome]]\nyear = {year}\n{values}")
}

// The bindings are named after the ids in the table above.
#[allow(clippy::many_single_char_names)]
pub(crate) fn register() -> Test {
    let a = model(
        "kinh_te",
        "xa",
        "tap_the",
        "2023-02-01",
        &[
            "district = \"Đầm Hà\"\ntags = [\"x\", \"y\"]\n".to_owned(),
            outcome(2023, "ngay_cong = 100\n"),
            outcome(2024, "ngay_cong = 50\n"),
            event(
                "2023-12-01",
                "cong_nhan",
                "level = \"xa\"\ndecision = \"1-QĐ/ĐU\"\n",
            ),
            event("2024-03-01", "de_nghi", "level = \"huyen\"\n"),
            event(
                "2024-06-01",
                "cong_nhan",
                "level = \"huyen\"\ndecision = \"2-QĐ/HU\"\n",
            ),
            event(
                "2024-07-01",
                "khen_thuong",
                "form = \"giay_khen\"\nauthority = \"UBND huyện Đầm Hà\"\n",
            ),
        ]
        .concat(),
    );
    let b = model(
        "kinh_te",
        "huyen",
        "ca_nhan",
        "2024-01-10",
        &[
            outcome(2024, "ngay_cong = 30\ndat_hien_m2 = 200.5\n"),
            event("2024-05-01", "de_nghi", "level = \"tinh\"\n"),
            event("2024-09-01", "khong_dat", ""),
        ]
        .concat(),
    );
    let c = model(
        "van_hoa_xa_hoi",
        "xa",
        "tap_the",
        "2022-05-05",
        &[
            event("2022-12-01", "cong_nhan", "level = \"xa\"\n"),
            event("2024-02-02", "ngung", "note = \"Không còn hiệu quả\"\n"),
        ]
        .concat(),
    );
    let d = model(
        "quoc_phong_an_ninh",
        "huyen",
        "tap_the",
        "2024-03-03",
        &[
            "tags = [\"y\"]\n".to_owned(),
            event("2024-11-11", "cong_nhan", "level = \"huyen\"\n"),
            event("2024-12-01", "nhan_rong", "place = \"xã B\"\n"),
            event(
                "2024-12-12",
                "khen_thuong",
                "form = \"bang_khen\"\nauthority = \"UBND tỉnh\"\n",
            ),
        ]
        .concat(),
    );
    let e = model(
        "kinh_te",
        "xa",
        "tap_the",
        "2025-01-05",
        &event("2025-06-01", "cong_nhan", "level = \"xa\"\n"),
    );
    let f = model(
        "xay_dung_he_thong_chinh_tri",
        "tinh",
        "ca_nhan",
        "2021-07-07",
        &[
            outcome(2021, "ngay_cong = 10\n"),
            event("2021-12-12", "cong_nhan", "level = \"tinh\"\n"),
            event(
                "2024-04-04",
                "thu_hoi",
                "level = \"tinh\"\ndecision = \"9-QĐ/TU\"\n",
            ),
        ]
        .concat(),
    );
    Test::new()
        .model("a", &a)
        .model("b", &b)
        .model("c", &c)
        .model("d", &d)
        .model("e", &e)
        .model("f", &f)
}
