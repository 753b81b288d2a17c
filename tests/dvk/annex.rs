//! `dvk annex`: a decision's list, its rows the events that carry the
//! decision (compared ignoring case, diacritics and spaces), as CSV, a
//! workbook and a Word document; its certificates one page a model.

use crate::documents::{Block, body, unzip};
use crate::support::Test;

const MODEL_A: &str = "name = \"Xây dựng vườn mẫu\"\nunit = \"Hội Nông dân xã Quảng Tân\"\n\
    subject = \"tap_the\"\nfield = \"kinh_te\"\nlevel = \"xa\"\nregistered = 2023-02-01\n\n\
    [[event]]\ntype = \"cong_nhan\"\ndate = 2024-09-09\nlevel = \"huyen\"\n\
    decision = \"123-QĐ/HU\"\nauthority = \"Ban Thường vụ Huyện ủy Đầm Hà\"\nnumber = \"GCN-01\"\n";
const MODEL_B: &str = "name = \"Bếp ấm tình thương\"\nunit = \"Chi hội Phụ nữ thôn Đông\"\n\
    subject = \"ca_nhan\"\nfield = \"van_hoa_xa_hoi\"\nlevel = \"xa\"\nregistered = 2023-01-10\n\n\
    [[event]]\ntype = \"cong_nhan\"\ndate = 2024-09-09\nlevel = \"huyen\"\n\
    decision = \"123 - qđ/hu\"\nuntil = 2027-12-31\n\n\
    [[event]]\ntype = \"de_nghi\"\ndate = 2024-05-01\nlevel = \"huyen\"\ndecision = \"45-TTr/ĐU\"\n";
const MODEL_C: &str = "name = \"Dân vận khéo ở khu dân cư\"\nunit = \"Mặt trận xã\"\n\
    subject = \"tap_the\"\nfield = \"van_hoa_xa_hoi\"\nlevel = \"xa\"\nregistered = 2022-03-15\n\n\
    [[event]]\ntype = \"khen_thuong\"\ndate = 2024-09-10\nform = \"giay_khen\"\n\
    decision = \"124-QĐ/HU\"\n";

fn register() -> Test {
    Test::new()
        .file(
            "dvk.toml",
            "name = \"Sổ xã Quảng Tân\"\n\n[report]\nissuer = \"BAN TUYÊN GIÁO VÀ DÂN VẬN\"\n\
             place = \"Đầm Hà\"\nsigner = \"Nguyễn Văn An\"\n",
        )
        .model("2023-vuon-mau", MODEL_A)
        .model("2023-bep-am", MODEL_B)
        .model("2022-dan-van", MODEL_C)
}

#[test]
fn the_list_has_a_row_per_event_carrying_the_decision() {
    register().args(["annex", "123-qd/HU"]).expect(
        "\u{feff}Mã,Tên mô hình,Đơn vị thực hiện,Lĩnh vực,Đối tượng,Cấp,Hình thức,Số\n\
         2023-bep-am,Bếp ấm tình thương,Chi hội Phụ nữ thôn Đông,Văn hóa - xã hội,Cá nhân,Cấp huyện,,\n\
         2023-vuon-mau,Xây dựng vườn mẫu,Hội Nông dân xã Quảng Tân,Kinh tế,Tập thể,Cấp huyện,,GCN-01\n",
        "",
        0,
    );
    register().args(["annex", "125-QĐ/HU"]).expect(
        "",
        "error: no event carries the decision `125-QĐ/HU`; the nearest: `123 - qđ/hu`, `124-QĐ/HU`, `45-TTr/ĐU`\n",
        2,
    );
}

#[test]
fn the_document_and_the_workbook_carry_the_header_and_the_rows() {
    let t = register();
    let out = t.path().join("ds.docx");
    t.expect_with(
        &["annex", "123-QĐ/HU", "--out", out.to_str().unwrap()],
        &format!("{}\n", out.display()),
        &format!("wrote 2 rows of decision 123-QĐ/HU to {}\n", out.display()),
        0,
    );
    let blocks = body(&out);
    let tables: Vec<&Vec<Vec<String>>> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table(t) => Some(t),
            Block::Text(_) => None,
        })
        .collect();
    assert_eq!(tables.len(), 3);
    assert_eq!(
        tables[0][0][1],
        "ĐẢNG CỘNG SẢN VIỆT NAMĐầm Hà, ngày 09 tháng 9 năm 2024"
    );
    let list = tables[1];
    assert_eq!(list[0][0], "STT");
    assert_eq!(list[1].len(), 9);
    assert_eq!(list[2][..3], ["1", "2023-bep-am", "Bếp ấm tình thương"]);
    assert_eq!(list[3][..3], ["2", "2023-vuon-mau", "Xây dựng vườn mẫu"]);
    let texts: Vec<&str> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Text(t) => Some(t.as_str()),
            Block::Table(_) => None,
        })
        .collect();
    assert!(
        texts.contains(
            &"(Kèm theo Quyết định số 123-QĐ/HU ngày 09/09/2024 của Ban Thường vụ Huyện ủy Đầm Hà)"
        ),
        "{texts:?}"
    );
    let book = t.path().join("ds.xlsx");
    t.ok_with(&["-q", "annex", "123-QĐ/HU", "--out", book.to_str().unwrap()]);
    let sheet = unzip(&book, "xl/sharedStrings.xml");
    assert!(sheet.contains("Bếp ấm tình thương") && sheet.contains("DANH SÁCH"));
}

#[test]
fn certificates_are_one_page_per_model_recognised_or_commended() {
    let t = register();
    let out = t.path().join("cn.docx");
    t.ok_with(&[
        "-q",
        "annex",
        "123-QĐ/HU",
        "--certificates",
        "--out",
        out.to_str().unwrap(),
    ]);
    let xml = unzip(&out, "word/document.xml");
    assert_eq!(xml.matches("GIẤY CHỨNG NHẬN").count(), 2);
    assert_eq!(xml.matches("w:pageBreakBefore").count(), 1);
    let texts: Vec<String> = body(&out)
        .into_iter()
        .filter_map(|b| match b {
            Block::Text(t) => Some(t),
            Block::Table(_) => None,
        })
        .collect();
    for expected in [
        "“Bếp ấm tình thương”",
        "Thời hạn công nhận: từ ngày 09/09/2024 đến ngày 31/12/2027",
        "“Xây dựng vườn mẫu”",
        "Năm 2024",
        "Số: GCN-01",
        "(Theo Quyết định số 123-QĐ/HU ngày 09/09/2024 của Ban Thường vụ Huyện ủy Đầm Hà)",
    ] {
        assert!(texts.iter().any(|t| t == expected), "{expected}: {texts:?}");
    }
    let commended = t.path().join("kt.docx");
    t.ok_with(&[
        "-q",
        "annex",
        "124-QĐ/HU",
        "--certificates",
        "--out",
        commended.to_str().unwrap(),
    ]);
    let xml = unzip(&commended, "word/document.xml");
    assert_eq!(xml.matches("GIẤY CHỨNG NHẬN").count(), 1);
    assert!(xml.contains("Được tặng Giấy khen"), "{xml}");
    // A proposal is no certificate.
    t.expect_with(
        &["annex", "45-TTr/ĐU", "--certificates", "--out", "x.docx"],
        "",
        "error: the decision `45-TTr/ĐU` recognises or commends no model: no certificate to write\n",
        2,
    );
}
