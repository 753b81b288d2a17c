//! The query language, end to end through `list`: every form of a term,
//! as of a date, and the errors that name the choices.

use crate::support::fixture::{ids, register};

#[test]
fn list_selects_by_every_query_form() {
    let r = register();
    let all = [
        "2019-quang-tan-xay-dung-vuon-mau",
        "2021-quang-lam-to-hoa-giai",
        "2025-dam-ha-hien-dat",
        "2026-tinh-ca-nhan",
    ];
    assert_eq!(ids(&r, &[]), all);
    assert_eq!(ids(&r, &["field:kinh_te"]), [all[0], all[2]]);
    assert_eq!(ids(&r, &["field:Kinh tế"]), [all[0], all[2]]);
    assert_eq!(ids(&r, &["-field:kinh_te"]), [all[1], all[3]]);
    assert_eq!(
        ids(&r, &["not:field:kinh_te", "level>=huyen"]),
        [all[1], all[3]]
    );
    assert_eq!(ids(&r, &["commune:quảng lâm"]), [all[1]]);
    assert_eq!(ids(&r, &["commune:QUANG"]), [all[0], all[1]]);
    assert_eq!(ids(&r, &["hòa giải"]), [all[1]]);
    assert_eq!(ids(&r, &["registered:2025..2026"]), [all[2], all[3]]);
    assert_eq!(ids(&r, &["registered<2025-07-01"]), [all[0], all[1]]);
    assert_eq!(ids(&r, &["year:2019,2026"]), [all[0], all[3]]);
    assert_eq!(ids(&r, &["recognized:huyen"]), [all[0]]);
    assert_eq!(ids(&r, &["subject:Cá nhân"]), [all[3]]);
    assert_eq!(ids(&r, &["started?"]), [all[0]]);
    assert_eq!(ids(&r, &["outcome.dat_hien_m2>=2000"]), [all[0]]);
    assert_eq!(ids(&r, &["commendations:1"]), [all[0]]);
    assert_eq!(
        ids(&r, &["--sort", "-registered", "level:xa"]),
        [all[2], all[0]]
    );
    // As of a date, a model registered later does not exist yet.
    assert_eq!(ids(&r, &["--as-of", "2020-12-31"]), [all[0]]);
    assert_eq!(ids(&r, &["--year", "2021", "commendations:1"]), [all[0]]);
    assert_eq!(
        ids(&r, &["--year", "2020", "commendations:1"]),
        Vec::<String>::new()
    );
}

#[test]
fn bad_queries_exit_2_naming_the_choices() {
    register().args(["list", "feild:kinh_te"]).expect(
        "",
        "error: unknown key `feild`; did you mean `field`?\n(keys: id, year, name, unit, subject, field, level, registered, kind, phase, started, province, district, commune, partners, tags, summary, files, status, recognized, expires, ever_recognized, proposed, months, commendations, replications, assessed, outcome.dat_hien_m2, outcome.ngay_cong, outcome.tien_dong, outcome.lop_tap_huan, outcome.ho_tham_gia, outcome.duong_km)\n",
        2,
    );
    register().args(["list", "level:huyện", "level:tỉnhh"]).expect(
        "",
        "error: `level`: `tỉnhh` is not a level code; did you mean `tinh`? (choices: xa (Cấp xã), huyen (Cấp huyện), tinh (Cấp tỉnh), trung_uong (Trung ương))\n",
        2,
    );
}
