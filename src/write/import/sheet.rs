//! Reading a spreadsheet into rows of cells, each row numbered as the
//! spreadsheet shows it: CSV (UTF-8 with or without BOM, UTF-16 with BOM,
//! `,` `;` or tab, CRLF, quoted cells over several lines) and workbooks
//! (`.xlsx`, `.xls`, `.ods`, with date cells). Blank rows are left out.

use std::path::Path;

use calamine::{Data, DataType, Reader};

use super::cell::Cell;
use crate::error::{Error, Result};

/// A row that is not blank.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// 1-based, as the spreadsheet shows it.
    pub number: usize,
    /// From column A.
    pub cells: Vec<Cell>,
}

impl Row {
    pub fn cell(&self, index: usize) -> &Cell {
        self.cells.get(index).unwrap_or(&Cell::Empty)
    }
}

/// The kinds of file import reads, by extension.
enum Kind {
    Csv,
    Workbook,
}

fn kind(path: &Path) -> Result<Kind> {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("csv" | "tsv" | "txt") => Ok(Kind::Csv),
        Some("xlsx" | "xlsm" | "xlsb" | "xls" | "ods") => Ok(Kind::Workbook),
        _ => Err(Error::Input(format!(
            "{}: import reads .csv, .xlsx, .xls and .ods files",
            path.display()
        ))),
    }
}

/// The rows of a file. `sheet` names a workbook's sheet (default: the
/// first). `is_header` tells a header a column dvk knows, for finding a
/// CSV file's delimiter.
pub fn read(
    path: &Path,
    sheet: Option<&str>,
    is_header: impl Fn(&str) -> bool,
) -> Result<Vec<Row>> {
    match kind(path)? {
        Kind::Csv => {
            if sheet.is_some() {
                return Err(Error::Input(format!(
                    "--sheet is for workbooks; {} is a CSV file",
                    path.display()
                )));
            }
            let bytes = std::fs::read(path).map_err(|e| Error::io("read", path, e))?;
            let text =
                decode(&bytes).map_err(|m| Error::Input(format!("{}: {m}", path.display())))?;
            Ok(csv_rows(&text, sniff(&text, is_header)))
        }
        Kind::Workbook => workbook_rows(path, sheet),
    }
}

/// The text of a CSV file: UTF-16 with a BOM (Excel's "Unicode text"),
/// else UTF-8 with or without a BOM.
fn decode(bytes: &[u8]) -> std::result::Result<String, String> {
    let utf16 = |rest: &[u8], unit: fn([u8; 2]) -> u16| {
        if !rest.len().is_multiple_of(2) {
            return Err("not UTF-16 text: an odd number of bytes".to_owned());
        }
        let units: Vec<u16> = rest.chunks_exact(2).map(|p| unit([p[0], p[1]])).collect();
        String::from_utf16(&units).map_err(|_| "not UTF-16 text".to_owned())
    };
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, u16::from_be_bytes);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        let good = &bytes[..e.utf8_error().valid_up_to()];
        let line = good.split(|&b| b == b'\n').count();
        format!(
            "line {line} is not UTF-8 text; save the sheet as \"CSV UTF-8\" or \"Unicode text\""
        )
    })
}

const DELIMITERS: [u8; 3] = [b',', b';', b'\t'];

/// The delimiter under which a line among the first hundred names the
/// most known columns: the header line decides, whatever title lines or
/// commas in the data say. Comma when none does.
fn sniff(text: &str, is_header: impl Fn(&str) -> bool) -> u8 {
    let score = |delimiter: u8| {
        text.lines()
            .take(100)
            .map(|line| {
                line.split(char::from(delimiter))
                    .filter(|cell| is_header(cell.trim().trim_matches('"')))
                    .count()
            })
            .max()
            .unwrap_or(0)
    };
    let mut best = (b',', 0);
    for delimiter in DELIMITERS {
        let found = score(delimiter);
        if found > best.1 {
            best = (delimiter, found);
        }
    }
    best.0
}

/// The rows of CSV text. The csv reader skips empty lines, which a
/// spreadsheet shows as rows: the line breaks between one record and the
/// next are counted, so that row numbers match the spreadsheet's.
fn csv_rows(text: &str, delimiter: u8) -> Vec<Row> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let bytes = text.as_bytes();
    let offset = |p: &csv::Position| usize::try_from(p.byte()).unwrap_or(bytes.len());
    let is_break = |b: &&u8| matches!(b, b'\r' | b'\n');
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    // The row number of the last record, and where its content ended.
    let (mut number, mut end) = (0, 0);
    loop {
        let start = offset(reader.position());
        // Reading valid UTF-8 from memory cannot fail; stop if it does.
        if !reader.read_record(&mut record).unwrap_or(false) {
            break;
        }
        let after = offset(reader.position());
        let read = &bytes[start..after];
        let lead = read.iter().take_while(is_break).count();
        let trail = read[lead..].iter().rev().take_while(is_break).count();
        let breaks = line_breaks(&bytes[end..start + lead]);
        number += if number == 0 { breaks + 1 } else { breaks };
        end = after - trail;
        let cells: Vec<Cell> = record.iter().map(Cell::text).collect();
        if cells.iter().any(|c| !c.is_empty()) {
            rows.push(Row { number, cells });
        }
    }
    rows
}

/// How many line breaks there are: `\r\n`, a lone `\n` or a lone `\r`.
fn line_breaks(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
        .count()
}

fn workbook_rows(path: &Path, sheet: Option<&str>) -> Result<Vec<Row>> {
    let unreadable =
        |e: &dyn std::fmt::Display| Error::Input(format!("cannot read {}: {e}", path.display()));
    let mut workbook = calamine::open_workbook_auto(path).map_err(|e| unreadable(&e))?;
    let names = workbook.sheet_names();
    let name = match sheet {
        Some(wanted) => names
            .iter()
            .find(|n| *n == wanted)
            .or_else(|| {
                names
                    .iter()
                    .find(|n| crate::text::fold(n) == crate::text::fold(wanted))
            })
            .ok_or_else(|| {
                let hint = crate::problem::hint(wanted, names.iter().map(String::as_str));
                Error::Input(format!(
                    "{} has no sheet `{wanted}`{hint} (sheets: {})",
                    path.display(),
                    names.join(", ")
                ))
            })?,
        None => names
            .first()
            .ok_or_else(|| Error::Input(format!("{} has no sheet", path.display())))?,
    }
    .clone();
    let range = workbook
        .worksheet_range(&name)
        .map_err(|e| unreadable(&e))?;
    let (first_row, first_column) = range.start().unwrap_or((0, 0));
    let (first_row, first_column) = (first_row as usize, first_column as usize);
    let mut rows = Vec::new();
    for (i, cells) in range.rows().enumerate() {
        let mut row = Row {
            number: first_row + i + 1,
            cells: vec![Cell::Empty; first_column],
        };
        row.cells.extend(cells.iter().map(cell));
        if row.cells.iter().any(|c| !c.is_empty()) {
            rows.push(row);
        }
    }
    Ok(rows)
}

/// A workbook cell as import sees it.
fn cell(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(text) | Data::DurationIso(text) => Cell::text(text),
        Data::Float(n) => Cell::Number(*n),
        #[allow(clippy::cast_precision_loss)] // Whole numbers of a sheet are far below 2^53.
        Data::Int(n) => Cell::Number(*n as f64),
        Data::Bool(b) => Cell::text(if *b { "TRUE" } else { "FALSE" }),
        Data::DateTime(_) | Data::DateTimeIso(_) => data
            .as_date()
            .map_or_else(|| Cell::text(&data.to_string()), Cell::Date),
        Data::Error(e) => Cell::text(&e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(rows: &[Row]) -> Vec<(usize, Vec<String>)> {
        rows.iter()
            .map(|r| (r.number, r.cells.iter().map(Cell::as_text).collect()))
            .collect()
    }

    fn known(header: &str) -> bool {
        ["Tên mô hình", "Cấp", "Xã"].contains(&header)
    }

    #[test]
    fn the_header_line_decides_the_delimiter() {
        assert_eq!(sniff("Tên mô hình,Cấp\na;b;c;d\n", known), b',');
        assert_eq!(
            sniff(
                "DANH SÁCH, NĂM 2024\nTên mô hình;Cấp;Xã\nA, B, C, D, E;xa;Q\n",
                known
            ),
            b';'
        );
        assert_eq!(sniff("\"Tên mô hình\"\t\"Cấp\"\n", known), b'\t');
        assert_eq!(sniff("x;y\n", known), b',');
    }

    #[test]
    fn rows_are_numbered_as_the_sheet_shows_them() {
        let text = "DANH SÁCH\r\n\r\nTên mô hình,Cấp\r\n\"Vườn\r\nmẫu\",xa\r\n,,\r\n\r\nB,huyen";
        assert_eq!(
            texts(&csv_rows(text, b',')),
            [
                (1, vec!["DANH SÁCH".to_owned()]),
                (3, vec!["Tên mô hình".into(), "Cấp".into()]),
                (4, vec!["Vườn\nmẫu".into(), "xa".into()]),
                (7, vec!["B".into(), "huyen".into()]),
            ]
        );
    }

    #[test]
    fn row_numbers_with_any_line_ending() {
        for newline in ["\n", "\r\n", "\r"] {
            let text = ["", "a", "", "", "\"b", "c\"", "d", ""].join(newline);
            let numbers: Vec<usize> = csv_rows(&text, b',').iter().map(|r| r.number).collect();
            assert_eq!(numbers, [2, 5, 6], "{newline:?}");
        }
    }

    #[test]
    fn text_in_every_encoding() {
        assert_eq!(decode(b"\xEF\xBB\xBFa\xC3\xA2").unwrap(), "aâ");
        assert_eq!(decode("aâ".as_bytes()).unwrap(), "aâ");
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("a\tâ".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&le).unwrap(), "a\tâ");
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Xã".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&be).unwrap(), "Xã");
        assert_eq!(
            decode(b"a\nb\xFFc").unwrap_err(),
            "line 2 is not UTF-8 text; save the sheet as \"CSV UTF-8\" or \"Unicode text\""
        );
        assert!(decode(b"\xFF\xFEa").is_err());
    }
}
