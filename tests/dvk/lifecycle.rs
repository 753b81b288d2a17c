//! The lifecycle verbs (`propose`, `recognize`, `reject`, `commend`,
//! `replicate`, `stop`, `revoke`): one event appended a model, every byte
//! kept, a bad batch writing nothing, and status over time.

use crate::support::fixture::{lifecycle_register, register};

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
