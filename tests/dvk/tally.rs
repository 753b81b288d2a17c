//! `dvk tally`: golden csv/json/table on the sample register, and numbers
//! counted by hand on the synthetic one.

use crate::support::golden::{golden, no_failures};
use crate::support::synthetic::register;
use crate::support::{Test, sample};

#[test]
fn the_synthetic_register_is_clean() {
    register()
        .args(["check"])
        .expect("0 errors, 0 warnings in 6 model files\n", "", 0);
}

#[test]
fn counts_by_field_with_shares_and_sums_of_the_year() {
    let r = register();
    // As of 2024-12-31, e (registered 2025) does not exist; sums cover
    // outcome year 2024 only: a 50, b 30.
    r.expect_with(
        &[
            "tally",
            "--year",
            "2024",
            "--by",
            "field",
            "--percent",
            "--sum",
            "ngay_cong",
            "--format",
            "csv",
        ],
        "field,count,percent,sum_ngay_cong\n\
         kinh_te,2,40.0,80\n\
         van_hoa_xa_hoi,1,20.0,0\n\
         quoc_phong_an_ninh,1,20.0,0\n\
         xay_dung_he_thong_chinh_tri,1,20.0,0\n",
        "",
        0,
    );
    // Without --year or --phase: every outcome year up to the date
    // (a 150, f 10).
    r.expect_with(
        &[
            "tally",
            "--as-of",
            "2024-12-31",
            "--by",
            "field",
            "--sum",
            "Ngày công",
            "--format",
            "csv",
        ],
        "field,count,sum_ngay_cong\n\
         kinh_te,2,180\n\
         van_hoa_xa_hoi,1,0\n\
         quoc_phong_an_ninh,1,0\n\
         xay_dung_he_thong_chinh_tri,1,10\n",
        "",
        0,
    );
    // A phase: as of its last day (e exists), sums over its years.
    r.expect_with(
        &[
            "tally",
            "--phase",
            "2021-2025",
            "--by",
            "field",
            "--sum",
            "ngay_cong,dat_hien_m2",
            "--format",
            "csv",
            "field:kinh_te",
        ],
        "field,count,sum_ngay_cong,sum_dat_hien_m2\nkinh_te,3,180,200.5\n",
        "",
        0,
    );
}

#[test]
fn json_has_codes_numbers_and_null_for_no_value() {
    let out = register().ok_with(&[
        "tally",
        "--year",
        "2024",
        "--by",
        "recognized",
        "--percent",
        "--format",
        "json",
    ]);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    // a and d recognised at huyen; c was recognised at xa but stopped
    // (version 2: a discontinued model no longer counts as recognised),
    // b never, f revoked.
    assert_eq!(
        json,
        serde_json::json!([
            {"recognized": "huyen", "count": 2, "percent": 40.0},
            {"recognized": null, "count": 3, "percent": 60.0},
        ])
    );
    assert!(out.contains("\"percent\": 40.0"), "{out}");
}

#[test]
fn statuses_in_taxonomy_order_and_only_those_that_occur() {
    register()
        .args([
            "tally", "--year", "2024", "--by", "status", "--format", "csv",
        ])
        .expect(
            "status,count\ncong_nhan,2\nkhong_dat,1\nngung,1\nthu_hoi,1\n",
            "",
            0,
        );
}

#[test]
fn list_and_text_keys_group_each_value_and_empty_last() {
    let r = register();
    r.expect_with(
        &[
            "tally",
            "--year",
            "2024",
            "--by",
            "tags",
            "--percent",
            "--format",
            "csv",
        ],
        "tags,count,percent\nx,1,20.0\ny,2,40.0\n,3,60.0\n",
        "",
        0,
    );
    r.expect_with(
        &[
            "tally",
            "--year",
            "2024",
            "--by",
            "district,subject",
            "--format",
            "csv",
        ],
        "district,subject,count\nĐầm Hà,tap_the,1\n,tap_the,2\n,ca_nhan,2\n",
        "",
        0,
    );
}

#[test]
fn events_are_counted_by_the_events_year_and_level() {
    let r = register();
    // Recognitions by level and year: e's (2025) is left out as of 2024.
    r.expect_with(
        &[
            "tally",
            "--events",
            "type:cong_nhan",
            "--by",
            "level,year",
            "--year",
            "2024",
            "--format",
            "csv",
        ],
        "level,year,count\nxa,2022,1\nxa,2023,1\nhuyen,2024,2\ntinh,2021,1\n",
        "",
        0,
    );
    r.expect_with(
        &[
            "tally",
            "--events",
            "type:cong_nhan",
            "--by",
            "level,year",
            "--as-of",
            "2025-12-31",
            "--format",
            "csv",
        ],
        "level,year,count\nxa,2022,1\nxa,2023,1\nxa,2025,1\nhuyen,2024,2\ntinh,2021,1\n",
        "",
        0,
    );
    // The model's own level and year of registration, by their names.
    r.expect_with(
        &[
            "tally", "--events", "type:khen_thuong", "--by", "form,model.level,model.year",
            "--year", "2024", "--format", "json",
        ],
        "[\n  {\n    \"form\": \"bang_khen\",\n    \"model.level\": \"huyen\",\n    \"model.year\": 2024,\n    \"count\": 1\n  },\n  \
         {\n    \"form\": \"giay_khen\",\n    \"model.level\": \"xa\",\n    \"model.year\": 2023,\n    \"count\": 1\n  }\n]\n",
        "",
        0,
    );
    // An events query on the event's year.
    r.expect_with(
        &["tally", "--events", "year:2024", "--by", "type", "--year", "2024", "--format", "csv"],
        "type,count\nde_nghi,2\ncong_nhan,2\nkhong_dat,1\nkhen_thuong,2\nnhan_rong,1\nngung,1\nthu_hoi,1\n",
        "",
        0,
    );
}

#[test]
fn the_table_is_a_cross_tab_with_totals() {
    let r = register();
    r.expect_with(
        &[
            "tally",
            "--year",
            "2024",
            "--by",
            "level,subject",
            "--format",
            "table",
            "--color",
            "never",
        ],
        "╭─────────────────┬─────────┬─────────┬──────╮\n\
         │ Cấp \\ Đối tượng ┆ Tập thể ┆ Cá nhân ┆ Tổng │\n\
         ╞═════════════════╪═════════╪═════════╪══════╡\n\
         │ Cấp xã          ┆       2 ┆       0 ┆    2 │\n\
         │ Cấp huyện       ┆       1 ┆       1 ┆    2 │\n\
         │ Cấp tỉnh        ┆       0 ┆       1 ┆    1 │\n\
         │ Tổng cộng       ┆       3 ┆       2 ┆    5 │\n\
         ╰─────────────────┴─────────┴─────────┴──────╯\n",
        "",
        0,
    );
    // With --percent, each cell shows its share of all counted; with
    // --sum, a second cross-tab of the sums (a: 50 days, b: 30).
    r.expect_with(
        &[
            "tally",
            "--year",
            "2024",
            "--by",
            "level,subject",
            "--percent",
            "--sum",
            "ngay_cong",
            "--format",
            "table",
            "--color",
            "never",
        ],
        "╭─────────────────┬───────────┬───────────┬────────────╮\n\
         │ Cấp \\ Đối tượng ┆ Tập thể   ┆ Cá nhân   ┆ Tổng       │\n\
         ╞═════════════════╪═══════════╪═══════════╪════════════╡\n\
         │ Cấp xã          ┆ 2 (40.0%) ┆  0 (0.0%) ┆  2 (40.0%) │\n\
         │ Cấp huyện       ┆ 1 (20.0%) ┆ 1 (20.0%) ┆  2 (40.0%) │\n\
         │ Cấp tỉnh        ┆  0 (0.0%) ┆ 1 (20.0%) ┆  1 (20.0%) │\n\
         │ Tổng cộng       ┆ 3 (60.0%) ┆ 2 (40.0%) ┆ 5 (100.0%) │\n\
         ╰─────────────────┴───────────┴───────────┴────────────╯\n\
         ╭───────────────────────────────────┬─────────┬─────────┬──────╮\n\
         │ Cấp \\ Đối tượng: Ngày công (ngày) ┆ Tập thể ┆ Cá nhân ┆ Tổng │\n\
         ╞═══════════════════════════════════╪═════════╪═════════╪══════╡\n\
         │ Cấp xã                            ┆      50 ┆       0 ┆   50 │\n\
         │ Cấp huyện                         ┆       0 ┆      30 ┆   30 │\n\
         │ Cấp tỉnh                          ┆       0 ┆       0 ┆    0 │\n\
         │ Tổng cộng                         ┆      50 ┆      30 ┆   80 │\n\
         ╰───────────────────────────────────┴─────────┴─────────┴──────╯\n",
        "",
        0,
    );
    // One key: labels, then a total row.
    r.expect_with(
        &[
            "tally", "--year", "2024", "--by", "tags", "--format", "table", "--color", "never",
        ],
        "╭────────────┬──────────╮\n\
         │ Nhãn       ┆ Số lượng │\n\
         ╞════════════╪══════════╡\n\
         │ x          ┆        1 │\n\
         │ y          ┆        2 │\n\
         │ (không có) ┆        3 │\n\
         │ Tổng cộng  ┆        5 │\n\
         ╰────────────┴──────────╯\n",
        "",
        0,
    );
}

#[test]
fn the_chart_draws_aligned_bars() {
    // Not a terminal: 80 columns. Labels are cut at a third of them, the
    // texts take 9, and 43 are left for bars: 1 of 2 is 21.5 columns.
    register()
        .args([
            "tally",
            "--year",
            "2024",
            "--by",
            "field",
            "--chart",
            "--percent",
        ])
        .expect(
            "Kinh tế                    ███████████████████████████████████████████ 2 (40.0%)\n\
             Văn hóa - xã hội           █████████████████████▌                      1 (20.0%)\n\
             Quốc phòng - an ninh       █████████████████████▌                      1 (20.0%)\n\
             Xây dựng hệ thống chính t… █████████████████████▌                      1 (20.0%)\n",
            "",
            0,
        );
    register()
        .args(["tally", "--by", "field", "--chart", "--format", "json"])
        .expect(
            "",
            "error: --chart draws bars for people; it cannot be written as csv or json\n",
            2,
        );
}

#[test]
fn bad_tallies_exit_2_saying_why() {
    let r = register();
    r.expect_with(
        &["tally", "--events", "--by", "type", "--sum", "ngay_cong"],
        "",
        "error: --sum cannot be used with --events: outcomes belong to a model, not to an event, \
         so a model would be summed once for each of its events; tally the models instead \
         (leave out --events)\n",
        2,
    );
    r.expect_with(
        &["tally", "--by", "field", "--sum", "gio"],
        "",
        "error: --sum: unknown metric `gio` (metrics: dat_hien_m2 (Đất hiến), ngay_cong (Ngày công), \
         tien_dong (Kinh phí huy động), lop_tap_huan (Lớp tập huấn), ho_tham_gia (Hộ tham gia), \
         duong_km (Đường giao thông))\n",
        2,
    );
    let (out, err, code) = r.run_with(&["tally", "--by", "feild"]);
    assert_eq!((out.as_str(), code), ("", 2));
    assert!(
        err.starts_with("error: unknown key `feild`; did you mean `field`?"),
        "{err}"
    );
    let (_, err, code) = r.run_with(&["tally"]);
    assert_eq!(code, 2);
    assert!(err.contains("--by"), "{err}");
}

/// Golden csv, json and table views of tallies of the sample register.
#[test]
fn golden_tallies_of_the_sample_register() {
    let sample = sample();
    let dir = sample.to_str().unwrap();
    let cases: [(&str, &[&str]); 9] = [
        (
            "field-level.csv",
            &["--by", "field,level", "--format", "csv"],
        ),
        (
            "field-level-percent-sums-phase.json",
            &[
                "--by",
                "field,level",
                "--percent",
                "--sum",
                "ngay_cong,dat_hien_m2",
                "--phase",
                "2021-2025",
                "--format",
                "json",
            ],
        ),
        (
            "field-subject-sums-2020.csv",
            &[
                "--by",
                "field,subject",
                "--sum",
                "dat_hien_m2,ngay_cong,tien_dong,ho_tham_gia",
                "--year",
                "2020",
                "--format",
                "csv",
            ],
        ),
        (
            "recognitions-level-year.csv",
            &[
                "--events",
                "type:cong_nhan",
                "--by",
                "level,year",
                "--format",
                "csv",
            ],
        ),
        (
            "commendations-form-subject.json",
            &[
                "--events",
                "type:khen_thuong",
                "--by",
                "form,subject",
                "--format",
                "json",
            ],
        ),
        (
            "status-2022.csv",
            &[
                "--by",
                "status",
                "--year",
                "2022",
                "--percent",
                "--format",
                "csv",
            ],
        ),
        ("district.json", &["--by", "district", "--format", "json"]),
        (
            "field-level.table",
            &[
                "--by",
                "field,level",
                "--format",
                "table",
                "--color",
                "never",
            ],
        ),
        ("kind.chart", &["--by", "kind", "--chart", "--percent"]),
    ];
    let mut failures = Vec::new();
    for (name, args) in cases {
        let mut all = vec!["-C", dir, "tally"];
        all.extend_from_slice(args);
        let out = Test::new().ok_with(&all);
        failures.extend(golden(&format!("tally/{name}"), out.as_bytes()));
    }
    no_failures(&failures);
}
