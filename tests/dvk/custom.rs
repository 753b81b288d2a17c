//! A register's own keys (format.md, "Custom keys"): declared in
//! `[custom]`, held by models, checked, queried, sorted, tallied, shown,
//! listed and exported, and placed by `fmt`; text in NFC and NFD.

use unicode_normalization::UnicodeNormalization;

use crate::support::{Test, model};

const CUSTOM: &str = "name = \"Sổ thử\"\n\n[custom]\n\
    ho_huong_loi = { label = \"Số hộ hưởng lợi\", type = \"number\" }\n\
    chu_tri = { label = \"Đơn vị chủ trì\", type = \"text\" }\n\
    pham_vi = { label = \"Phạm vi\", type = \"code\", codes = { thon = \"Thôn bản\", xa = \"Toàn xã\" } }\n\
    ngay_tong_ket = { label = \"Ngày tổng kết\", type = \"date\" }\n\
    co_kinh_phi = { label = \"Có kinh phí\", type = \"bool\" }\n\
    san_pham = { label = \"Sản phẩm kiểm chứng\", type = \"list\" }\n";

fn register() -> Test {
    let nfd: String = "Hội Phụ nữ xã".nfd().collect();
    Test::new()
        .file("dvk.toml", CUSTOM)
        .model(
            "a",
            &model(
                "Vườn mẫu",
                "kinh_te",
                "xa",
                "2019-03-15",
                "ho_huong_loi = 120\nchu_tri = \"Hội Nông dân xã\"\npham_vi = \"xa\"\n\
                 ngay_tong_ket = 2020-12-01\nco_kinh_phi = true\nsan_pham = [\"Sổ tay\", \"Video\"]\n",
            ),
        )
        .model(
            "b",
            &model(
                "Tổ hòa giải",
                "kinh_te",
                "xa",
                "2020-03-15",
                &format!("ho_huong_loi = 40\nchu_tri = \"{nfd}\"\npham_vi = \"thon\"\n"),
            ),
        )
        .model("c", &model("Camera", "kinh_te", "xa", "2021-03-15", ""))
}

fn ids(r: &Test, query: &[&str]) -> String {
    let mut args = vec!["export", "--columns", "id"];
    args.extend(query);
    r.ok_with(&args).replace('\n', " ")
}

#[test]
fn custom_keys_are_queried_by_their_type() {
    let r = register();
    assert_eq!(ids(&r, &["ho_huong_loi>=100"]), "id a ");
    assert_eq!(ids(&r, &["ho_huong_loi:30..50"]), "id b ");
    assert_eq!(ids(&r, &["chu_tri:hội nông dân"]), "id a ");
    assert_eq!(ids(&r, &["chu_tri:phu nu"]), "id b ");
    assert_eq!(ids(&r, &["pham_vi:thon"]), "id b ");
    assert_eq!(ids(&r, &["pham_vi:Toàn xã"]), "id a ");
    assert_eq!(ids(&r, &["ngay_tong_ket:2020"]), "id a ");
    assert_eq!(ids(&r, &["co_kinh_phi:có"]), "id a ");
    assert_eq!(ids(&r, &["san_pham:video"]), "id a ");
    assert_eq!(ids(&r, &["-ho_huong_loi?"]), "id c ");
    let (_, err, code) = r.run_with(&["list", "pham_vi:huyen"]);
    assert_eq!(code, 2);
    assert!(err.contains("`huyen` is not a pham_vi code"), "{err}");
}

#[test]
fn custom_keys_are_sorted_tallied_listed_shown_and_exported() {
    let r = register();
    assert_eq!(
        r.ok_with(&["list", "--sort", "-ho_huong_loi", "--format", "csv"]),
        "id,name,unit,field,level,registered,status,recognized,ho_huong_loi,chu_tri,pham_vi,ngay_tong_ket,co_kinh_phi,san_pham\n\
         a,Vườn mẫu,Hội Nông dân xã Quảng Tân,kinh_te,xa,2019-03-15,dang_ky,,120,Hội Nông dân xã,xa,2020-12-01,true,Sổ tay; Video\n\
         b,Tổ hòa giải,Hội Nông dân xã Quảng Tân,kinh_te,xa,2020-03-15,dang_ky,,40,Hội Phụ nữ xã,thon,,,\n\
         c,Camera,Hội Nông dân xã Quảng Tân,kinh_te,xa,2021-03-15,dang_ky,,,,,,,\n"
    );
    assert_eq!(
        r.ok_with(&["tally", "--by", "pham_vi", "--format", "csv"]),
        "pham_vi,count\nthon,1\nxa,1\n,1\n"
    );
    let header = r.ok_with(&["export", "id:a"]);
    assert!(
        header.contains(
            ",sum_duong_km,ho_huong_loi,chu_tri,pham_vi,ngay_tong_ket,co_kinh_phi,san_pham,path\n"
        ),
        "{header}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&r.ok_with(&["show", "a", "--format", "json"])).unwrap();
    assert_eq!(json["ho_huong_loi"], 120);
    assert_eq!(json["co_kinh_phi"], true);
    assert_eq!(json["san_pham"], serde_json::json!(["Sổ tay", "Video"]));
}

#[test]
fn fmt_puts_custom_keys_after_the_standard_ones_in_the_order_of_custom() {
    let r = Test::new().file("dvk.toml", CUSTOM).model(
        "a",
        "san_pham = [\"x\"]\nho_huong_loi = 1\nname = \"A\"\nunit = \"U\"\nsubject = \"tap_the\"\n\
         field = \"kinh_te\"\nlevel = \"xa\"\nregistered = 2019-03-15\nsummary = \"S\"\n",
    );
    assert_eq!(r.run_with(&["fmt"]).2, 0);
    assert_eq!(
        r.read("models/a.toml"),
        "name = \"A\"\nunit = \"U\"\nsubject = \"tap_the\"\nfield = \"kinh_te\"\nlevel = \"xa\"\n\
         registered = 2019-03-15\nsummary = \"S\"\nho_huong_loi = 1\nsan_pham = [\"x\"]\n"
    );
}

#[test]
fn register_set_and_import_take_custom_keys_by_code_or_label() {
    let r = Test::new().file("dvk.toml", CUSTOM);
    let (out, err, code) = r.run_with(&[
        "register",
        "--name",
        "Nhà văn hóa",
        "--unit",
        "Chi đoàn thôn 3",
        "--subject",
        "tap_the",
        "--field",
        "kinh_te",
        "--level",
        "xa",
        "--registered",
        "2024-05-02",
        "--id",
        "nvh",
        "--set",
        "san_pham=Ảnh; Biên bản",
        "--set",
        "ho_huong_loi=35",
        "--set",
        "pham_vi=Thôn bản",
        "--set",
        "co_kinh_phi=không",
        "--set",
        "ngay_tong_ket=02/12/2025",
        "--set",
        "chu_tri=Chi đoàn",
    ]);
    assert_eq!((out.as_str(), code), ("nvh\n", 0), "{err}");
    assert_eq!(
        r.read("models/2024/nvh.toml"),
        "name = \"Nhà văn hóa\"\nunit = \"Chi đoàn thôn 3\"\nsubject = \"tap_the\"\nfield = \"kinh_te\"\n\
         level = \"xa\"\nregistered = 2024-05-02\nho_huong_loi = 35\nchu_tri = \"Chi đoàn\"\n\
         pham_vi = \"thon\"\nngay_tong_ket = 2025-12-02\nco_kinh_phi = false\n\
         san_pham = [\"Ảnh\", \"Biên bản\"]\n"
    );
    // A sheet names them by label (in NFD) or code; exported, they read the same.
    let label: String = "Số hộ hưởng lợi".nfd().collect();
    let r = r.file(
        "s.csv",
        &format!(
            "Tên mô hình,Đơn vị thực hiện,Đối tượng,Lĩnh vực,Cấp,Ngày đăng ký,{label},pham_vi,Ngày tổng kết,Có kinh phí\n\
             A1,U1,tap_the,kinh_te,xa,2024-01-02,12,Toàn xã,15/01/2025,có\n"
        ),
    );
    let (out, err, code) = r.run_with(&["import", "s.csv"]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(
        r.ok_with(&[
            "export",
            "name:A1",
            "--columns",
            "ho_huong_loi,pham_vi,ngay_tong_ket,co_kinh_phi"
        ]),
        "ho_huong_loi,pham_vi,ngay_tong_ket,co_kinh_phi\n12,xa,2025-01-15,true\n"
    );
    assert_eq!(
        r.ok_with(&["tally", "--by", "pham_vi", "--format", "csv"]),
        "pham_vi,count\nthon,1\nxa,1\n"
    );
}
