//! The small registers that several modules run commands on: four models
//! with NFC and NFD names and dates both sides of 2025-07-01, and the same
//! with a criteria set for the lifecycle verbs, `assess` and `evaluate`.

use super::{Test, model};

pub(crate) const VUON_MAU: &str = r#"# Mô hình nêu tên trong bài viết về Đầm Hà
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
pub(crate) fn register() -> Test {
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

pub(crate) fn ids(test: &Test, query: &[&str]) -> Vec<String> {
    let mut args = vec!["list", "--format", "csv"];
    args.extend_from_slice(query);
    let out = test.ok_with(&args);
    out.lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap().to_owned())
        .collect()
}

pub(crate) const CRITERIA: &str = r#"title = "Tiêu chí công nhận mô hình cấp huyện"
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

pub(crate) fn lifecycle_register() -> Test {
    register().file("criteria/hd-huyen.toml", CRITERIA)
}
