//! Recognition over time (format.md version 2): terms that end, renewals,
//! revocations and discontinuations, as `show`, `list`, `tally` and the
//! verbs see them on both sides of 2025-07-01.

use crate::support::{Test, model};

/// A commune register with a three-year term and four models:
/// - `vuon-mau` recognised at the district in 2019 (term to 2021-12-31),
///   re-recognised there in 2022 with `until` 2025-06-30, then at the
///   province in 2025 with `until` 2027-12-31;
/// - `bep-am` (NFD in the file) recognised at the commune in 2023 and
///   discontinued in 2024;
/// - `hoa-giai` recognised at the district in 2021 (term to 2023-12-31)
///   and not renewed;
/// - `dan-van` recognised at the commune and the district in 2024, the
///   district's revoked in 2025.
fn register() -> Test {
    Test::new()
        .file(
            "dvk.toml",
            "name = \"Sổ theo dõi xã Quảng Tân\"\n\n[recognition]\nterm = 3\n",
        )
        .model(
            "2019-quang-tan-vuon-mau",
            &model(
                "Xây dựng vườn mẫu",
                "kinh_te",
                "xa",
                "2019-03-15",
                "province = \"Quảng Ninh\"\n\n\
                 [[event]]\ndate = 2019-12-20\ntype = \"cong_nhan\"\nlevel = \"huyen\"\n\
                 decision = \"123-QĐ/HU\"\n\n\
                 [[event]]\ndate = 2022-01-10\ntype = \"cong_nhan\"\nlevel = \"huyen\"\n\
                 until = 2025-06-30\nnumber = \"GCN-045\"\n\n\
                 [[event]]\ndate = 2025-08-15\ntype = \"cong_nhan\"\nlevel = \"tinh\"\n\
                 until = 2027-12-31\n",
            ),
        )
        .model(
            "2023-quang-tan-bep-am",
            &model(
                "Be\u{302}\u{301}p a\u{302}\u{301}m ti\u{300}nh thu\u{31b}o\u{31b}ng",
                "van_hoa_xa_hoi",
                "xa",
                "2023-01-05",
                "\n[[event]]\ndate = 2023-06-01\ntype = \"cong_nhan\"\nlevel = \"xa\"\n\n\
                 [[event]]\ndate = 2024-09-30\ntype = \"ngung\"\n",
            ),
        )
        .model(
            "2021-quang-lam-hoa-giai",
            &model(
                "Tổ hòa giải ở cơ sở",
                "van_hoa_xa_hoi",
                "xa",
                "2021-02-02",
                "\n[[event]]\ndate = 2021-05-05\ntype = \"cong_nhan\"\nlevel = \"huyen\"\n",
            ),
        )
        .model(
            "2024-quang-tan-dan-van",
            &model(
                "Dân vận khéo ở khu dân cư",
                "xay_dung_he_thong_chinh_tri",
                "xa",
                "2024-01-15",
                "\n[[event]]\ndate = 2024-03-01\ntype = \"cong_nhan\"\nlevel = \"xa\"\n\n\
                 [[event]]\ndate = 2024-10-01\ntype = \"cong_nhan\"\nlevel = \"huyen\"\n\n\
                 [[event]]\ndate = 2025-03-01\ntype = \"thu_hoi\"\nlevel = \"huyen\"\n",
            ),
        )
}

/// `id,status,recognized,expires,ever_recognized` of every model, as of a
/// day.
fn derived(t: &Test, as_of: &str) -> String {
    t.ok_with(&[
        "export",
        "--as-of",
        as_of,
        "--columns",
        "id,status,recognized,expires,ever_recognized",
    ])
}

#[test]
fn terms_revocations_and_discontinuations_as_of_several_days() {
    let t = register();
    let header = "id,status,recognized,expires,ever_recognized\n";
    assert_eq!(
        derived(&t, "2021-12-31"),
        format!(
            "{header}2019-quang-tan-vuon-mau,cong_nhan,huyen,2021-12-31,huyen\n\
             2021-quang-lam-hoa-giai,cong_nhan,huyen,2023-12-31,huyen\n"
        )
    );
    // The first term is over, the renewal not yet given.
    assert_eq!(
        derived(&t, "2022-01-09"),
        format!(
            "{header}2019-quang-tan-vuon-mau,het_han,,,huyen\n\
             2021-quang-lam-hoa-giai,cong_nhan,huyen,2023-12-31,huyen\n"
        )
    );
    // Before 2025-07-01: the renewal holds to 2025-06-30; the kitchen
    // stopped; the mediators' term ended; the district revoked its own.
    assert_eq!(
        derived(&t, "2025-06-30"),
        format!(
            "{header}2019-quang-tan-vuon-mau,cong_nhan,huyen,2025-06-30,huyen\n\
             2021-quang-lam-hoa-giai,het_han,,,huyen\n\
             2023-quang-tan-bep-am,ngung,,,xa\n\
             2024-quang-tan-dan-van,thu_hoi,xa,2026-12-31,huyen\n"
        )
    );
    // After it: between the district's end and the province's decision.
    assert_eq!(
        derived(&t, "2025-07-01").lines().nth(1),
        Some("2019-quang-tan-vuon-mau,het_han,,,huyen")
    );
    assert_eq!(
        derived(&t, "2026-12-31").lines().nth(1),
        Some("2019-quang-tan-vuon-mau,cong_nhan,tinh,2027-12-31,tinh")
    );
}

#[test]
fn queries_and_tallies_see_the_new_keys() {
    let t = register();
    assert_eq!(
        t.ok_with(&[
            "list",
            "--as-of",
            "2026-06-01",
            "expires:2026",
            "--format",
            "csv"
        ])
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap_or_default().to_owned())
        .collect::<Vec<_>>(),
        ["2024-quang-tan-dan-van"]
    );
    assert_eq!(
        t.ok_with(&[
            "tally",
            "--as-of",
            "2025-06-30",
            "--by",
            "status",
            "--format",
            "csv"
        ]),
        "status,count\ncong_nhan,1\nhet_han,1\nngung,1\nthu_hoi,1\n"
    );
    // Renewals among the recognitions: the district's second one only.
    assert_eq!(
        t.ok_with(&[
            "list",
            "--events",
            "type:cong_nhan",
            "renewal:true",
            "--format",
            "csv"
        ])
        .lines()
        .count(),
        2
    );
    assert_eq!(
        t.ok_with(&[
            "tally",
            "--events",
            "type:cong_nhan",
            "--by",
            "renewal",
            "--format",
            "csv"
        ]),
        "renewal,count\nfalse,6\ntrue,1\n"
    );
    let (_, err, code) = t.run_with(&["list", "--events", "renewal:maybe"]);
    assert_eq!(
        (err.as_str(), code),
        (
            "error: `renewal` takes true or false (có or không), not `maybe`\n",
            2
        )
    );
}

#[test]
fn recognize_writes_until_and_number_and_refuses_an_end_before_the_day() {
    let t = register();
    let path = "models/2021-quang-lam-hoa-giai.toml";
    let before = t.read(path);
    t.expect_with(
        &[
            "recognize",
            "2021-quang-lam-hoa-giai",
            "--level",
            "huyen",
            "--date",
            "2025-02-10",
            "--until",
            "2027-12-31",
            "--number",
            "GCN-112",
            "--decision",
            "45-QĐ/HU",
        ],
        "2021-quang-lam-hoa-giai\n",
        "recorded `cong_nhan` for 1 model\n",
        0,
    );
    assert_eq!(
        t.read(path),
        format!(
            "{before}\n[[event]]\ndate = 2025-02-10\ntype = \"cong_nhan\"\nlevel = \"huyen\"\n\
             decision = \"45-QĐ/HU\"\nuntil = 2027-12-31\nnumber = \"GCN-112\"\n"
        )
    );
    let json: serde_json::Value = serde_json::from_str(&t.ok_with(&[
        "show",
        "2021-quang-lam-hoa-giai",
        "--as-of",
        "2026-01-01",
        "--format",
        "json",
    ]))
    .expect("json");
    assert_eq!(json["status"], "cong_nhan");
    assert_eq!(json["expires"], "2027-12-31");
    assert_eq!(json["event"][1]["renewal"], true);
    assert_eq!(json["event"][1]["number"], "GCN-112");
    // An end before the decision's day, and a number on a proposal.
    let after = t.read(path);
    t.expect_with(
        &[
            "recognize",
            "2021-quang-lam-hoa-giai",
            "--level",
            "huyen",
            "--date",
            "2025-02-10",
            "--until",
            "2024-12-31",
        ],
        "",
        "error: --until 2024-12-31 is before the decision's date 2025-02-10: a recognition ends \
         on or after the day it is given\n",
        2,
    );
    t.expect_with(
        &[
            "commend",
            "2021-quang-lam-hoa-giai",
            "--form",
            "giay_khen",
            "--number",
            "GK-07",
            "--date",
            "2025-03-01",
        ],
        "2021-quang-lam-hoa-giai\n",
        "recorded `khen_thuong` for 1 model\n",
        0,
    );
    assert!(
        t.read(path)
            .ends_with("form = \"giay_khen\"\nnumber = \"GK-07\"\n")
    );
    assert!(t.read(path).starts_with(&after));
}

#[test]
fn check_rejects_an_until_before_its_day_and_a_bad_term() {
    let t = register()
        .file("dvk.toml", "[recognition]\nterm = 2.5\n")
        .model(
            "2020-x",
            &model(
                "Mô hình",
                "kinh_te",
                "xa",
                "2020-01-01",
                "\n[[event]]\ndate = 2020-05-05\ntype = \"cong_nhan\"\nlevel = \"xa\"\n\
                 until = 2020-05-04\n",
            ),
        );
    let (out, _, code) = t.run_with(&["check", "--color", "never"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(
            "dvk.toml:2:8: error: [recognition] `term` must be a whole number of years, 1 or \
             more, not 2.5"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "models/2020-x.toml:12:1: error: `until` (2020-05-04) is before the event's date \
             (2020-05-05)"
        ),
        "{out}"
    );
}
