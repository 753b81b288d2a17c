//! `dvk show`: one model with every key, its derived keys as of a date,
//! and a near miss of an id.

use crate::support::fixture::register;

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
