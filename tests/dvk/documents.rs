//! The report's Word document read back: unzipped, its XML parsed; the
//! header from `[report]` (or blanks), the tables in the pack's order with
//! STT and column numbers, and every cell equal to its CSV's.

use std::fs;
use std::io::Read;
use std::path::Path;

use crate::support::synthetic::register;

const REPORT: &str = "\n[report]\nparent = \"ĐẢNG BỘ HUYỆN ĐẦM HÀ\"\n\
    issuer = \"BAN TUYÊN GIÁO VÀ DÂN VẬN\"\nplace = \"Đầm Hà\"\n\
    form = \"Biểu số 01-DVK\"\nsigner = \"Nguyễn Văn An\"\n\
    signer_title = \"TRƯỞNG BAN\"\nprepared_by = \"Trần Thị Bình\"\n";

const BLANK: &str = "……………………";

/// One part of the body: a paragraph's text, or a table's rows of cell
/// texts.
#[derive(Debug)]
pub(crate) enum Block {
    Text(String),
    Table(Vec<Vec<String>>),
}

pub(crate) fn unzip(path: &Path, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(fs::File::open(path).unwrap()).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

fn text_of(node: roxmltree::Node<'_, '_>) -> String {
    node.descendants()
        .filter(|n| n.has_tag_name("t"))
        .filter_map(|n| n.text())
        .collect()
}

/// The body of a document: its paragraphs and tables, in order.
pub(crate) fn body(path: &Path) -> Vec<Block> {
    let xml = unzip(path, "word/document.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let body = doc.descendants().find(|n| n.has_tag_name("body")).unwrap();
    body.children()
        .filter_map(|n| {
            if n.has_tag_name("p") {
                Some(Block::Text(text_of(n)))
            } else if n.has_tag_name("tbl") {
                Some(Block::Table(
                    n.children()
                        .filter(|r| r.has_tag_name("tr"))
                        .map(|r| {
                            r.children()
                                .filter(|c| c.has_tag_name("tc"))
                                .map(text_of)
                                .collect()
                        })
                        .collect(),
                ))
            } else {
                None
            }
        })
        .collect()
}

fn tables(blocks: &[Block]) -> Vec<&Vec<Vec<String>>> {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table(t) => Some(t),
            Block::Text(_) => None,
        })
        .collect()
}

fn texts(blocks: &[Block]) -> Vec<&str> {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Text(t) => Some(t.as_str()),
            Block::Table(_) => None,
        })
        .collect()
}

/// A CSV cell as the document writes it: numbers with `.` between
/// thousands and `,` before decimals.
fn vietnamese(cell: &str) -> String {
    if cell.parse::<f64>().is_err() {
        return cell.to_owned();
    }
    let (sign, digits) = cell.strip_prefix('-').map_or(("", cell), |d| ("-", d));
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let mut out = String::from(sign);
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    if !fraction.is_empty() {
        out.push(',');
        out.push_str(fraction);
    }
    out
}

fn csv_rows(path: &Path) -> Vec<Vec<String>> {
    let text = fs::read_to_string(path).unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn the_document_has_the_header_every_table_numbered_and_the_csv_numbers() {
    let r = register();
    let toml = r.path().join("dvk.toml");
    let mut settings = fs::read_to_string(&toml).unwrap_or_default();
    settings.push_str(REPORT);
    fs::write(&toml, settings).unwrap();
    let out = r.path().join("goi");
    r.write_pack("2024", &out);
    let path = out.join("bao-cao-2024.docx");
    let blocks = body(&path);
    let tables = tables(&blocks);

    // The header: the issuing body left, the Party and the date right.
    assert_eq!(
        tables[0][0],
        [
            "ĐẢNG BỘ HUYỆN ĐẦM HÀBAN TUYÊN GIÁO VÀ DÂN VẬN*",
            "ĐẢNG CỘNG SẢN VIỆT NAMĐầm Hà, ngày 31 tháng 12 năm 2024"
        ]
    );
    let texts = texts(&blocks);
    assert!(texts.contains(&"BÁO CÁO"), "{texts:?}");

    // Seventeen tables between the header and the signatures, in the
    // pack's order, each under the form number and its caption.
    let captions: Vec<&str> = texts
        .iter()
        .copied()
        .filter(|t| t.starts_with("Bảng "))
        .collect();
    assert_eq!(captions.len(), 17, "{captions:?}");
    for (i, caption) in captions.iter().enumerate() {
        assert!(
            caption.starts_with(&format!("Bảng {}. ", i + 1)),
            "{caption}"
        );
    }
    assert_eq!(texts.iter().filter(|t| **t == "Biểu số 01-DVK").count(), 17);
    assert_eq!(tables.len(), 17 + 2);
    let signatures = tables.last().unwrap();
    assert_eq!(
        signatures[0],
        [
            "NGƯỜI LẬP BIỂU(Ký, ghi rõ họ tên)Trần Thị Bình",
            "TRƯỞNG BAN(Ký, ghi rõ họ tên, đóng dấu)Nguyễn Văn An"
        ]
    );

    // Each table: STT, the CSV's header, the column numbers, then the
    // CSV's rows numbered (the total row without a number).
    let mut names: Vec<String> = fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| Path::new(n).extension().is_some_and(|e| e == "csv"))
        .collect();
    names.sort();
    assert_eq!(names.len(), 17);
    for (name, table) in names.iter().zip(&tables[1..18]) {
        let csv = csv_rows(&out.join(name));
        let columns = csv[0].len();
        assert_eq!(table[0][0], "STT", "{name}");
        assert_eq!(table[0][1..], csv[0][..], "{name}");
        let numbers: Vec<String> = (1..=columns + 1).map(|i| format!("({i})")).collect();
        assert_eq!(table[1], numbers, "{name}");
        assert_eq!(table.len() - 2, csv.len() - 1, "{name}");
        for (i, (row, csv_row)) in table[2..].iter().zip(&csv[1..]).enumerate() {
            let total = csv_row[0].starts_with("Tổng cộng");
            let stt = if total {
                String::new()
            } else {
                (i + 1).to_string()
            };
            assert_eq!(row[0], stt, "{name} row {i}");
            let expected: Vec<String> = csv_row.iter().map(|c| vietnamese(c)).collect();
            assert_eq!(row[1..], expected[..], "{name} row {i}");
        }
    }
}

#[test]
fn missing_report_values_are_left_blank_and_reruns_are_identical() {
    let r = register();
    let out = r.path().join("goi");
    let again = r.path().join("lai");
    for dir in [&out, &again] {
        r.write_pack("2024", dir);
    }
    let path = out.join("bao-cao-2024.docx");
    assert_eq!(
        fs::read(&path).unwrap(),
        fs::read(again.join("bao-cao-2024.docx")).unwrap()
    );
    let blocks = body(&path);
    let tables = tables(&blocks);
    assert_eq!(
        tables[0][0],
        [
            format!("{BLANK}{BLANK}*"),
            format!("ĐẢNG CỘNG SẢN VIỆT NAM{BLANK}, ngày 31 tháng 12 năm 2024")
        ]
    );
    assert_eq!(
        tables.last().unwrap()[0],
        [
            format!("NGƯỜI LẬP BIỂU(Ký, ghi rõ họ tên){BLANK}"),
            format!("{BLANK}(Ký, ghi rõ họ tên, đóng dấu){BLANK}")
        ]
    );
    // Page and font: A4, Times New Roman.
    let xml = unzip(&path, "word/document.xml");
    // The heading and the column numbers of each of the 17 tables repeat
    // on every page the table runs over.
    assert_eq!(xml.matches("<w:tblHeader").count(), 17 * 2);
    assert!(!xml.contains("w:trHeight"));
    assert!(
        xml.contains("w:w=\"11906\"") && xml.contains("w:h=\"16838\""),
        "A4"
    );
    let styles = unzip(&path, "word/styles.xml");
    assert!(styles.contains("Times New Roman"));
}

#[test]
fn the_workbook_prints_on_a4_landscape_fitted_to_width_with_headings_repeated() {
    let r = register();
    let out = r.path().join("goi");
    r.write_pack("2024", &out);
    let path = out.join("bao-cao-2024.xlsx");
    let sheet = unzip(&path, "xl/worksheets/sheet1.xml");
    let doc = roxmltree::Document::parse(&sheet).unwrap();
    let setup = doc
        .descendants()
        .find(|n| n.has_tag_name("pageSetup"))
        .unwrap();
    assert_eq!(setup.attribute("orientation"), Some("landscape"));
    assert_eq!(setup.attribute("paperSize"), Some("9"));
    assert_eq!(setup.attribute("fitToHeight"), Some("0"));
    let footer = doc
        .descendants()
        .find(|n| n.has_tag_name("oddFooter"))
        .and_then(|n| n.text());
    assert_eq!(footer, Some("&CTrang &P/&N"));
    assert!(
        doc.descendants()
            .any(|n| n.has_tag_name("pageSetUpPr") && n.attribute("fitToPage") == Some("1"))
    );
    let book = unzip(&path, "xl/workbook.xml");
    let doc = roxmltree::Document::parse(&book).unwrap();
    let titles: Vec<&str> = doc
        .descendants()
        .filter(|n| n.attribute("name") == Some("_xlnm.Print_Titles"))
        .filter_map(|n| n.text())
        .collect();
    assert_eq!(titles.len(), 17, "{titles:?}");
    // The heading and the row of column numbers: rows 9 and 10.
    assert!(titles[0].ends_with("!$9:$10"), "{titles:?}");
}

#[test]
fn the_charts_are_images_under_their_tables() {
    let r = register();
    let out = r.path().join("goi");
    r.write_pack("2024", &out);
    let path = out.join("bao-cao-2024.docx");
    let mut zip = zip::ZipArchive::new(fs::File::open(&path).unwrap()).unwrap();
    let mut images = Vec::new();
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).unwrap();
        if file.name().starts_with("word/media/")
            && Path::new(file.name())
                .extension()
                .is_some_and(|e| e == "png")
        {
            let mut bytes = Vec::new();
            file.read_to_end(&mut bytes).unwrap();
            assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "{}", file.name());
            images.push(file.name().to_owned());
        }
    }
    assert_eq!(images.len(), 3, "{images:?}");
    // Each drawing is in the paragraph right after tables 1, 2 and 3.
    let xml = unzip(&path, "word/document.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let body = doc.descendants().find(|n| n.has_tag_name("body")).unwrap();
    let blocks: Vec<roxmltree::Node<'_, '_>> = body
        .children()
        .filter(roxmltree::Node::is_element)
        .collect();
    let mut after = Vec::new();
    let mut tables = 0;
    for pair in blocks.windows(2) {
        if pair[0].has_tag_name("tbl") {
            tables += 1;
            if pair[1].descendants().any(|n| n.has_tag_name("drawing")) {
                after.push(tables - 1);
            }
        }
    }
    assert_eq!(after, [1, 2, 3]);
}
