//! `dvk report`: the pack's tables counted by hand on the synthetic
//! register, golden files of the sample register's packs, byte-identical
//! reruns, the workbook read back, and the charts parsed as XML.

use std::fs;
use std::path::Path;

use calamine::{Data, Reader, Xlsx, open_workbook};

use crate::support::golden::{golden, no_failures};
use crate::support::synthetic::register;
use crate::support::{Test, sample};

const FILES: [&str; 23] = [
    "01-dang-ky-trong-ky.csv",
    "02-luy-ke.csv",
    "03-dang-ky-de-nghi-cong-nhan.csv",
    "04-cong-nhan.csv",
    "05-khen-thuong-hinh-thuc.csv",
    "06-khen-thuong-co-quan.csv",
    "07-nhan-rong.csv",
    "08-danh-sach-nhan-rong.csv",
    "09-ngung-thu-hoi.csv",
    "10-ket-qua.csv",
    "11-ty-le.csv",
    "12-so-sanh-cung-ky.csv",
    "13-dia-ban.csv",
    "14-cong-nhan-co-quan.csv",
    "15-loai-doi-tuong.csv",
    "16-danh-sach-cong-nhan.csv",
    "17-het-han-nam-sau.csv",
    "01-dang-ky-trong-ky.svg",
    "02-luy-ke.svg",
    "03-dang-ky-de-nghi-cong-nhan.svg",
    "bao-cao-2024.xlsx",
    "bao-cao-2024.docx",
    "README.md",
];

fn csv(dir: &Path, name: &str) -> String {
    let text = fs::read_to_string(dir.join(name)).unwrap();
    text.strip_prefix('\u{feff}')
        .unwrap_or_else(|| panic!("{name} begins with a BOM"))
        .to_owned()
}

#[test]
fn the_pack_of_a_year_counted_by_hand() {
    let r = register();
    let listing: String = FILES.iter().fold(String::new(), |mut out, f| {
        out.push_str("bao-cao-2024/");
        out.push_str(f);
        out.push('\n');
        out
    });
    r.expect_with(
        &["report", "--year", "2024"],
        &listing,
        "wrote 17 tables on 5 models, as of 2024-12-31, to bao-cao-2024\n",
        0,
    );
    let dir = r.path().join("bao-cao-2024");
    // Registered in 2024: b (kinh_te, huyen, ca_nhan) and d
    // (quoc_phong_an_ninh, huyen, tap_the).
    assert_eq!(
        csv(&dir, "01-dang-ky-trong-ky.csv"),
        "Lĩnh vực,Tổng số,Tập thể,Cá nhân,Cấp xã - Tập thể,Cấp xã - Cá nhân,Cấp huyện - Tập thể,\
         Cấp huyện - Cá nhân,Cấp tỉnh - Tập thể,Cấp tỉnh - Cá nhân,Trung ương - Tập thể,Trung ương - Cá nhân\n\
         Kinh tế,1,0,1,0,0,0,1,0,0,0,0\n\
         Văn hóa - xã hội,0,0,0,0,0,0,0,0,0,0,0\n\
         Quốc phòng - an ninh,1,1,0,0,0,1,0,0,0,0,0\n\
         Xây dựng hệ thống chính trị,0,0,0,0,0,0,0,0,0,0,0\n\
         Tổng cộng,2,1,1,0,0,1,1,0,0,0,0\n"
    );
    // Cumulative: a, c (xa, tap_the), b, d, f (tinh, ca_nhan); not e.
    assert_eq!(
        csv(&dir, "02-luy-ke.csv").lines().last(),
        Some("Tổng cộng,5,3,2,2,0,1,1,0,1,0,0")
    );
    // Proposed in 2024: a to huyen, b to tinh; recognised: a and d at
    // huyen; b not passed, with no level: at tinh, where it was proposed.
    assert_eq!(
        csv(&dir, "03-dang-ky-de-nghi-cong-nhan.csv"),
        "Cấp,Đăng ký,Đề nghị,Công nhận,Không đạt\n\
         Cấp xã,0,0,0,0\n\
         Cấp huyện,2,1,2,0\n\
         Cấp tỉnh,0,1,0,1\n\
         Trung ương,0,0,0,0\n\
         Tổng cộng,2,2,2,1\n"
    );
    assert_eq!(
        csv(&dir, "04-cong-nhan.csv"),
        "Cấp công nhận,Tổng số,Tập thể,Cá nhân,Công nhận mới,Công nhận lại\n\
         Cấp xã,0,0,0,0,0\nCấp huyện,2,2,0,2,0\nCấp tỉnh,0,0,0,0,0\nTrung ương,0,0,0,0,0\n\
         Tổng cộng,2,2,0,2,0\n"
    );
    assert_eq!(
        csv(&dir, "05-khen-thuong-hinh-thuc.csv"),
        "Hình thức,Tổng số,Tập thể,Cá nhân\n\
         Bằng khen,1,1,0\nGiấy khen,1,1,0\nGiấy chứng nhận,0,0,0\nBiểu dương,0,0,0\nTổng cộng,2,2,0\n"
    );
    assert_eq!(
        csv(&dir, "06-khen-thuong-co-quan.csv"),
        "Cơ quan khen thưởng,Tổng số,Tập thể,Cá nhân\n\
         UBND huyện Đầm Hà,1,1,0\nUBND tỉnh,1,1,0\nTổng cộng,2,2,0\n"
    );
    assert_eq!(
        csv(&dir, "07-nhan-rong.csv"),
        "Lĩnh vực,Số mô hình được nhân rộng,Số lượt nhân rộng\n\
         Kinh tế,0,0\nVăn hóa - xã hội,0,0\nQuốc phòng - an ninh,1,1\nXây dựng hệ thống chính trị,0,0\n\
         Tổng cộng,1,1\n"
    );
    assert_eq!(
        csv(&dir, "08-danh-sach-nhan-rong.csv"),
        "Ngày,Mã,Tên mô hình,Đơn vị thực hiện,Lĩnh vực,Nơi nhân rộng\n\
         2024-12-01,d,Mô hình 2024-03-03,Đơn vị quoc_phong_an_ninh,Quốc phòng - an ninh,xã B\n"
    );
    assert_eq!(
        csv(&dir, "09-ngung-thu-hoi.csv"),
        "Ngày,Sự kiện,Mã,Tên mô hình,Đơn vị thực hiện,Cấp,Quyết định,Ghi chú\n\
         2024-02-02,Ngừng,c,Mô hình 2022-05-05,Đơn vị van_hoa_xa_hoi,,,Không còn hiệu quả\n\
         2024-04-04,Thu hồi,f,Mô hình 2021-07-07,Đơn vị xay_dung_he_thong_chinh_tri,Cấp tỉnh,9-QĐ/TU,\n"
    );
    // Outcome year 2024 only: a 50 days, b 30 days and 200.5 m².
    assert_eq!(
        csv(&dir, "10-ket-qua.csv"),
        "Lĩnh vực,Đất hiến (m²),Ngày công (ngày),Kinh phí huy động (đồng),Lớp tập huấn (lớp),\
         Hộ tham gia (hộ),Đường giao thông (km)\n\
         Kinh tế,200.5,80,0,0,0,0\n\
         Văn hóa - xã hội,0,0,0,0,0,0\n\
         Quốc phòng - an ninh,0,0,0,0,0,0\n\
         Xây dựng hệ thống chính trị,0,0,0,0,0,0\n\
         Tổng cộng,200.5,80,0,0,0,0\n"
    );
    // Of b and d, d is recognised; of the five, a and d are (c was, but
    // it is discontinued: version 2 no longer counts it); none is
    // assessed; c is discontinued and f revoked.
    assert_eq!(
        csv(&dir, "11-ty-le.csv"),
        "Chỉ tiêu,Số mô hình,Trên tổng số,Tỷ lệ (%)\n\
         Mô hình đăng ký trong năm 2024 được công nhận (đến 31/12/2024) / đăng ký trong năm 2024,1,2,50.0\n\
         \"Mô hình đang được công nhận / đăng ký, lũy kế đến 31/12/2024\",2,5,40.0\n\
         \"Mô hình hiệu quả (đánh giá đạt) / đã đánh giá, đến 31/12/2024\",0,0,\n\
         \"Mô hình đã ngừng hoặc bị thu hồi / đăng ký, lũy kế đến 31/12/2024\",2,5,40.0\n"
    );
    let readme = fs::read_to_string(dir.join("README.md")).unwrap();
    assert!(
        readme.contains("- Số liệu tính đến ngày: 31/12/2024\n"),
        "{readme}"
    );
    assert!(
        readme.contains("| `09-ngung-thu-hoi.csv` | Bảng 9."),
        "{readme}"
    );
}

#[test]
fn the_workbook_has_a_sheet_a_table_with_titles_and_numbers() {
    let r = register();
    let out = r.path().join("goi");
    r.write_pack("2024", &out);
    let mut book: Xlsx<_> = open_workbook(out.join("bao-cao-2024.xlsx")).unwrap();
    let names = book.sheet_names();
    assert_eq!(names.len(), 17);
    assert_eq!(names[0], "01 Đăng ký trong kỳ");
    assert_eq!(names[10], "11 Tỷ lệ");
    let funnel = book.worksheet_range("03 Đề nghị, công nhận").unwrap();
    let rows: Vec<Vec<Data>> = funnel.rows().map(<[Data]>::to_vec).collect();
    let text = |s: &str| Data::String(s.into());
    // The Party header (blank where [report] is missing), the form number.
    let blank = "……………………";
    assert_eq!(rows[0][0], text(blank));
    assert_eq!(rows[0][3], text("ĐẢNG CỘNG SẢN VIỆT NAM"));
    assert_eq!(rows[1][0], text(blank));
    assert_eq!(
        rows[1][3],
        text(&format!("{blank}, ngày 31 tháng 12 năm 2024"))
    );
    assert_eq!(rows[3][3], text(blank));
    assert_eq!(
        rows[5][0],
        text("Bảng 3. Đăng ký, đề nghị, công nhận và không đạt theo cấp trong năm 2024")
    );
    assert_eq!(
        rows[6][0],
        text("Số liệu tính đến ngày 31/12/2024 (năm 2024)")
    );
    // STT, the heading, the column numbers, then rows numbered, numbers as
    // numbers.
    assert_eq!(rows[8][..2], [text("STT"), text("Cấp")]);
    assert_eq!(
        rows[9],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"].map(text)
    );
    assert_eq!(
        rows[11],
        [
            Data::Float(2.0),
            text("Cấp huyện"),
            Data::Float(2.0),
            Data::Float(1.0),
            Data::Float(2.0),
            Data::Float(0.0),
        ]
    );
    let total = rows.iter().position(|r| r[1] == text("Tổng cộng")).unwrap();
    assert_eq!(total, 14);
    assert_eq!(rows[total][0], Data::Empty);
    // The signature block under the table.
    assert_eq!(rows[total + 2][0], text("NGƯỜI LẬP BIỂU"));
    assert_eq!(rows[total + 2][3], text(blank));
    assert_eq!(rows[total + 3][3], text("(Ký, ghi rõ họ tên, đóng dấu)"));
    let shares = book.worksheet_range("11 Tỷ lệ").unwrap();
    assert_eq!(shares.get_value((11, 4)), Some(&Data::Float(40.0)));
}

#[test]
fn the_new_tables_agree_with_the_others_and_the_year_before() {
    let r = register();
    let out = r.path().join("goi");
    let before = r.path().join("truoc");
    for (year, dir) in [("2024", &out), ("2023", &before)] {
        r.write_pack(year, dir);
    }
    let rows = |dir: &Path, name: &str| -> Vec<Vec<String>> {
        csv(dir, name)
            .lines()
            .map(|l| l.split(',').map(str::to_owned).collect())
            .collect()
    };
    let comparison = rows(&out, "12-so-sanh-cung-ky.csv");
    assert_eq!(
        comparison[0],
        [
            "Chỉ tiêu",
            "Kỳ này (2024)",
            "Cùng kỳ (2023)",
            "Tăng (+) giảm (-)",
            "Tỷ lệ tăng giảm (%)"
        ]
    );
    // "This" is table 1's and table 4's total of 2024; "before" those of
    // the pack of 2023; the difference and the change follow.
    let total = |dir: &Path, name: &str| rows(dir, name).last().unwrap()[1].clone();
    assert_eq!(comparison[1][1], total(&out, "01-dang-ky-trong-ky.csv"));
    assert_eq!(comparison[1][2], total(&before, "01-dang-ky-trong-ky.csv"));
    let recognitions = rows(&out, "04-cong-nhan.csv");
    let recognitions_before = rows(&before, "04-cong-nhan.csv");
    for (i, level) in recognitions[1..recognitions.len() - 1].iter().enumerate() {
        let row = &comparison[2 + i];
        assert_eq!(
            row[0],
            format!("Lượt công nhận {}", level[0].to_lowercase())
        );
        assert_eq!(row[1], level[1]);
        assert_eq!(row[2], recognitions_before[1 + i][1]);
    }
    for row in &comparison[1..] {
        let n = |i: usize| row[i].parse::<i64>().unwrap();
        assert_eq!(n(3), n(1) - n(2), "{row:?}");
        if n(2) == 0 {
            assert_eq!(row[4], "", "{row:?}");
        } else {
            assert_eq!(
                row[4],
                format!(
                    "{:.1}",
                    f64::from(i32::try_from(n(3)).unwrap()) * 100.0
                        / f64::from(i32::try_from(n(2)).unwrap())
                ),
                "{row:?}"
            );
        }
    }
    // The list of recognitions has a row per recognition of table 4.
    let list = rows(&out, "16-danh-sach-cong-nhan.csv");
    assert_eq!(
        list.len() - 1,
        recognitions.last().unwrap()[1].parse::<usize>().unwrap()
    );
    // By locality and by kind: every model once.
    let models = total(&out, "02-luy-ke.csv");
    assert_eq!(total(&out, "13-dia-ban.csv"), models);
    assert_eq!(total(&out, "15-loai-doi-tuong.csv"), models);
}

#[test]
fn a_report_needs_a_period() {
    register().args(["report"]).expect(
        "",
        "error: report needs the period it covers: --year Y or --phase A-B\n",
        2,
    );
    register().args(["report", "--as-of", "2024-06-30"]).expect(
        "",
        "error: report needs the period it covers: --year Y or --phase A-B\n",
        2,
    );
}

/// The packs of the sample register, for a year and a phase, as golden
/// files; a second run gives the same bytes, workbook included.
#[test]
fn golden_packs_of_the_sample_register_and_byte_identical_reruns() {
    let sample = sample();
    let t = Test::new();
    let mut failures = Vec::new();
    for period in [["--year", "2022"], ["--phase", "2021-2025"]] {
        let label = period[1];
        let runs: Vec<_> = ["first", "second"]
            .iter()
            .map(|run| {
                let dir = t.path().join(run).join(label);
                t.ok_with(&[
                    "-q",
                    "-C",
                    sample.to_str().unwrap(),
                    "report",
                    period[0],
                    period[1],
                    "--out",
                    dir.to_str().unwrap(),
                ]);
                dir
            })
            .collect();
        let mut names: Vec<String> = fs::read_dir(&runs[0])
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(names.len(), 23, "{names:?}");
        for name in names {
            let first = fs::read(runs[0].join(&name)).unwrap();
            let second = fs::read(runs[1].join(&name)).unwrap();
            assert!(first == second, "{label}/{name} differs between runs");
            if Path::new(&name)
                .extension()
                .is_none_or(|e| e != "xlsx" && e != "docx")
            {
                failures.extend(golden(&format!("report-{label}/{name}"), &first));
            }
        }
    }
    no_failures(&failures);
}

/// What a chart shows, read back from its SVG: per group of bars, its
/// label and the numbers written at the bars' ends.
struct Drawn {
    title: String,
    legend: Vec<String>,
    groups: Vec<(String, Vec<String>)>,
}

/// Parses an SVG with a real XML parser (roxmltree: a hand-made checker
/// would share the blind spots of the hand-made writer) and checks what
/// every chart must have: the SVG namespace, a size matching its viewBox,
/// fonts with Vietnamese letters.
fn drawn(path: &Path) -> Drawn {
    let text = fs::read_to_string(path).unwrap();
    let doc = roxmltree::Document::parse(&text)
        .unwrap_or_else(|e| panic!("{} is not well-formed XML: {e}", path.display()));
    let svg = doc.root_element();
    assert_eq!(
        svg.tag_name().namespace(),
        Some("http://www.w3.org/2000/svg")
    );
    assert_eq!(svg.tag_name().name(), "svg");
    let (width, height) = (
        svg.attribute("width").unwrap(),
        svg.attribute("height").unwrap(),
    );
    assert_eq!(
        svg.attribute("viewBox"),
        Some(format!("0 0 {width} {height}").as_str())
    );
    assert!(
        svg.attribute("font-family")
            .is_some_and(|f| f.contains("Noto Sans") && f.ends_with("sans-serif"))
    );
    let texts = |node: roxmltree::Node<'_, '_>, anchored: bool| -> Vec<String> {
        node.children()
            .filter(|n| n.has_tag_name("text"))
            .filter(|n| (n.attribute("text-anchor") == Some("end")) == anchored)
            .map(|n| n.text().unwrap_or_default().to_owned())
            .collect()
    };
    let class = |name: &'static str| {
        move |n: &roxmltree::Node<'_, '_>| n.has_tag_name("g") && n.attribute("class") == Some(name)
    };
    Drawn {
        title: svg
            .children()
            .find(|n| n.has_tag_name("title"))
            .and_then(|n| n.text())
            .unwrap()
            .to_owned(),
        legend: svg
            .children()
            .find(class("legend"))
            .map(|g| texts(g, false))
            .unwrap(),
        groups: svg
            .children()
            .filter(class("group"))
            .map(|g| (texts(g, true).join(" "), texts(g, false)))
            .collect(),
    }
}

/// A CSV of the pack as rows of cells, header first.
fn cells(dir: &Path, name: &str) -> Vec<Vec<String>> {
    let text = csv(dir, name);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes());
    reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

/// Each chart is an SVG document that carries, as text, the numbers of
/// the same run's CSV: models by field and level (the table's level ×
/// subject columns added up), and the funnel per level.
#[test]
fn the_charts_carry_the_numbers_of_their_tables() {
    let sample = sample();
    let t = Test::new();
    let dir = t.path().join("pack");
    t.ok_with(&[
        "-q",
        "-C",
        sample.to_str().unwrap(),
        "report",
        "--phase",
        "2021-2025",
        "--out",
        dir.to_str().unwrap(),
    ]);
    let levels = ["Cấp xã", "Cấp huyện", "Cấp tỉnh", "Trung ương"];
    for stem in ["01-dang-ky-trong-ky", "02-luy-ke"] {
        let chart = drawn(&dir.join(format!("{stem}.svg")));
        assert!(
            chart.title.ends_with("theo lĩnh vực và cấp"),
            "{}",
            chart.title
        );
        assert_eq!(chart.legend, levels);
        let table = cells(&dir, &format!("{stem}.csv"));
        let expected: Vec<(String, Vec<String>)> = table[1..table.len() - 1]
            .iter()
            .map(|row| {
                let by_level = levels.iter().map(|level| {
                    let prefix = format!("{level} - ");
                    let sum: u64 = table[0]
                        .iter()
                        .zip(row)
                        .filter(|(title, _)| title.starts_with(&prefix))
                        .map(|(_, n)| n.parse::<u64>().unwrap())
                        .sum();
                    sum.to_string()
                });
                (row[0].clone(), by_level.collect())
            })
            .collect();
        assert_eq!(chart.groups, expected, "{stem}");
    }
    // Counted from the CSV: the cumulative models of kinh_te at xa.
    let luy_ke = drawn(&dir.join("02-luy-ke.svg"));
    assert_eq!(luy_ke.groups[0].0, "Kinh tế");
    assert!(luy_ke.groups[0].1[0].parse::<u64>().unwrap() > 0);

    let funnel = drawn(&dir.join("03-dang-ky-de-nghi-cong-nhan.svg"));
    let table = cells(&dir, "03-dang-ky-de-nghi-cong-nhan.csv");
    assert_eq!(
        funnel.legend,
        ["Đăng ký", "Đề nghị", "Công nhận", "Không đạt"]
    );
    assert_eq!(funnel.legend, table[0][1..]);
    let expected: Vec<(String, Vec<String>)> = table[1..table.len() - 1]
        .iter()
        .map(|row| (row[0].clone(), row[1..].to_vec()))
        .collect();
    assert_eq!(funnel.groups, expected);
    assert!(
        funnel
            .groups
            .iter()
            .any(|(_, n)| n.iter().any(|n| n != "0"))
    );
}

/// Labels from the register's own taxonomy reach the chart escaped, and
/// read back as they were written.
#[test]
fn chart_labels_are_escaped() {
    let r = Test::new()
        .file(
            "dvk.toml",
            "name = \"Sổ thử\"\n[fields]\nkt = \"Kinh tế & <dịch vụ> \\\"mới\\\" 'A'\"\nvh = \"Văn hóa\"\n",
        )
        .model(
            "a",
            &crate::support::model("A", "kt", "xa", "2024-01-01", ""),
        );
    r.ok_with(&["-q", "report", "--year", "2024"]);
    let dir = r.path().join("bao-cao-2024");
    let svg = fs::read_to_string(dir.join("01-dang-ky-trong-ky.svg")).unwrap();
    assert!(
        svg.contains(">Kinh tế &amp; &lt;dịch vụ&gt; &quot;mới&quot; &apos;A&apos;</text>"),
        "{svg}"
    );
    let chart = drawn(&dir.join("01-dang-ky-trong-ky.svg"));
    assert_eq!(
        chart.groups[0],
        (
            "Kinh tế & <dịch vụ> \"mới\" 'A'".to_owned(),
            vec![
                "1".to_owned(),
                "0".to_owned(),
                "0".to_owned(),
                "0".to_owned()
            ]
        )
    );
}
