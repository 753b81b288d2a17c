//! `dvk evaluate`: verdicts and scores as of a date, `--strict`'s exit
//! code, and `assessed` read back by `list` and `tally`.

use crate::support::fixture::{ids, lifecycle_register};

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
