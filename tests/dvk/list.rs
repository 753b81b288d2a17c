//! `dvk list`: models or events as rows (the query forms are in `query`).

use crate::support::fixture::register;

#[test]
fn list_events_gives_a_row_an_event_with_its_model() {
    let t = register();
    t.expect_with(
        &["list", "--events", "--format", "csv", "--sort", "-date"],
        "id,date,type,level,form,place,decision,authority,name,unit,subject,field,model.level\n\
         2019-quang-tan-xay-dung-vuon-mau,2021-03-01,khen_thuong,,giay_khen,,,,Xây dựng vườn mẫu,Hội Nông dân xã Quảng Tân,tap_the,kinh_te,xa\n\
         2019-quang-tan-xay-dung-vuon-mau,2019-12-20,cong_nhan,huyen,,,123-QĐ/HU,,Xây dựng vườn mẫu,Hội Nông dân xã Quảng Tân,tap_the,kinh_te,xa\n",
        "",
        0,
    );
    // `level` is the event's level; the model's is `model.level`.
    let out = t.ok_with(&[
        "list",
        "--events",
        "--format",
        "csv",
        "level:huyen",
        "model.level:xa",
    ]);
    assert_eq!(out.lines().count(), 2, "{out}");
    let out = t.ok_with(&[
        "list",
        "--events",
        "--format",
        "csv",
        "--as-of",
        "2020-12-31",
    ]);
    assert_eq!(
        out.lines().count(),
        2,
        "events after the date are left out: {out}"
    );
    t.expect_with(
        &["list", "--events", "--format", "csv", "form:giay_khen", "date:2021", "type:khen_thuong"],
        "id,date,type,level,form,place,decision,authority,name,unit,subject,field,model.level\n\
         2019-quang-tan-xay-dung-vuon-mau,2021-03-01,khen_thuong,,giay_khen,,,,Xây dựng vườn mẫu,Hội Nông dân xã Quảng Tân,tap_the,kinh_te,xa\n",
        "",
        0,
    );
}
