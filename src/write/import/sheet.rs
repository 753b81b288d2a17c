//! Reading a spreadsheet into rows of cells, each row numbered as the
//! spreadsheet shows it: CSV (UTF-8 with or without BOM, UTF-16 with BOM,
//! `,` `;` or tab, CRLF, quoted cells over several lines) and workbooks
//! (`.xlsx`, `.xls`, `.ods`, with date cells). Blank rows are left out.

use std::path::Path;

use calamine::{Data, DataType, Reader};

use super::cell::Cell;
use crate::error::{Error, IoAction, Result};
use crate::tr;

/// The largest spreadsheet import reads: far more than a list of models
/// ever takes, far less than would exhaust the memory of the machine.
pub const MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;
/// The most a workbook (a zip of XML) may unpack to.
pub const MAX_UNPACKED: u64 = 256 * 1024 * 1024;
/// The most rows a sheet may have, blank ones included.
pub const MAX_ROWS: usize = 100_000;
/// The most cells a sheet may have, empty ones between others included.
pub const MAX_CELLS: usize = 5_000_000;

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
        _ => Err(Error::Input(tr!("write-sheet-kind", file = path))),
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
                return Err(Error::Input(tr!("write-sheet-csv", file = path)));
            }
            let bytes = read_bounded(path)?;
            let text =
                decode(&bytes).map_err(|m| Error::Input(format!("{}: {m}", path.display())))?;
            drop(bytes);
            csv_rows(&text, sniff(&text, is_header))
                .map_err(|m| Error::Input(format!("{}: {m}", path.display())))
        }
        Kind::Workbook => {
            let bytes = read_bounded(path)?;
            check_unpacked(&bytes)
                .and_then(|()| check_ods(&bytes))
                .map_err(|m| Error::Input(format!("{}: {m}", path.display())))?;
            workbook_rows(path, bytes, sheet)
        }
    }
}

/// The bytes of a spreadsheet: a regular file (a pipe or a device is
/// refused without waiting on it) of at most `MAX_FILE_SIZE` bytes.
fn read_bounded(path: &Path) -> Result<Vec<u8>> {
    crate::fs::files::read_bounded(path, MAX_FILE_SIZE).map_err(|e| match e.kind() {
        std::io::ErrorKind::InvalidData => Error::Input(tr!(
            "write-sheet-too-big",
            file = path,
            mib = MAX_FILE_SIZE >> 20
        )),
        std::io::ErrorKind::InvalidInput => Error::Input(tr!(
            "write-sheet-not-regular",
            file = path,
            cause = e.to_string()
        )),
        _ => Error::io(IoAction::Read, path, e),
    })
}

/// Refuses a workbook that would unpack to more than `MAX_UNPACKED`
/// bytes, before any of it is parsed: by the sizes its entries declare,
/// and by unpacking each (into nothing) to see that none holds more than
/// it declares. A workbook that is no zip (`.xls`) is left to its reader:
/// its size is its file's.
fn check_unpacked(bytes: &[u8]) -> std::result::Result<(), String> {
    let Ok(mut archive) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        return Ok(());
    };
    let limit = || tr!("write-sheet-unpacks", mib = MAX_UNPACKED >> 20);
    let mut declared: u64 = 0;
    for i in 0..archive.len() {
        let Ok(entry) = archive.by_index_raw(i) else {
            return Ok(());
        };
        declared = declared.saturating_add(entry.size());
        if declared > MAX_UNPACKED {
            return Err(limit());
        }
    }
    for i in 0..archive.len() {
        let Ok(entry) = archive.by_index(i) else {
            // The workbook's reader reports what is wrong with it.
            return Ok(());
        };
        let size = entry.size();
        let read = std::io::copy(
            &mut std::io::Read::take(entry, size + 1),
            &mut std::io::sink(),
        );
        if read.is_ok_and(|n| n > size) {
            return Err(limit());
        }
    }
    Ok(())
}

/// The text of a CSV file: UTF-16 with a BOM (Excel's "Unicode text"),
/// else UTF-8 with or without a BOM.
fn decode(bytes: &[u8]) -> std::result::Result<String, String> {
    let utf16 = |rest: &[u8], unit: fn([u8; 2]) -> u16| {
        if !rest.len().is_multiple_of(2) {
            return Err(tr!("write-sheet-utf16-odd"));
        }
        let units: Vec<u16> = rest.chunks_exact(2).map(|p| unit([p[0], p[1]])).collect();
        String::from_utf16(&units).map_err(|_| tr!("write-sheet-utf16"))
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
        tr!("write-sheet-utf8", line = line)
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
fn csv_rows(text: &str, delimiter: u8) -> std::result::Result<Vec<Row>, String> {
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
    let mut seen = 0;
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
        seen += record.len();
        check_size(number, seen)?;
        let cells: Vec<Cell> = record.iter().map(Cell::text).collect();
        if cells.iter().any(|c| !c.is_empty()) {
            rows.push(Row { number, cells });
        }
    }
    Ok(rows)
}

/// Refuses a sheet past `MAX_ROWS` rows or `MAX_CELLS` cells, naming the
/// limit: `row` is the number of the row reached, `cells` the cells so far.
fn check_size(row: usize, cells: usize) -> std::result::Result<(), String> {
    if row > MAX_ROWS {
        return Err(tr!("write-sheet-rows", max = MAX_ROWS));
    }
    if cells > MAX_CELLS {
        return Err(tr!("write-sheet-cells", max = MAX_CELLS));
    }
    Ok(())
}

/// How many line breaks there are: `\r\n`, a lone `\n` or a lone `\r`.
fn line_breaks(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
        .count()
}

fn workbook_rows(path: &Path, bytes: Vec<u8>, sheet: Option<&str>) -> Result<Vec<Row>> {
    let unreadable = |e: &dyn std::fmt::Display| {
        Error::Input(tr!(
            "write-sheet-unreadable",
            file = path,
            cause = e.to_string()
        ))
    };
    let mut workbook = open_workbook(path, bytes).map_err(|e| unreadable(&e))?;
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
                Error::Input(tr!(
                    "write-sheet-no-such-sheet",
                    file = path,
                    sheet = wanted,
                    hint = hint,
                    sheets = names.join(", ")
                ))
            })?,
        None => names
            .first()
            .ok_or_else(|| Error::Input(tr!("write-sheet-no-sheet", file = path)))?,
    }
    .clone();
    if let Some(rows) = streamed_rows(&mut workbook, &name) {
        return rows.map_err(|e| Error::Input(format!("{}: {e}", path.display())));
    }
    let range = workbook
        .worksheet_range(&name)
        .map_err(|e| unreadable(&e))?;
    let (height, width) = range.get_size();
    check_size(height, height.saturating_mul(width))
        .map_err(|m| Error::Input(format!("{}: {m}", path.display())))?;
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

/// A workbook read from its bytes, by the reader its extension names (as
/// `calamine::open_workbook_auto` chooses), never opened again by path.
fn open_workbook(
    path: &Path,
    bytes: Vec<u8>,
) -> std::result::Result<calamine::Sheets<std::io::Cursor<Vec<u8>>>, calamine::Error> {
    use calamine::{Error as E, Ods, Sheets, Xls, Xlsb, Xlsx, open_workbook_from_rs};
    let data = std::io::Cursor::new(bytes);
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    Ok(match extension.as_deref() {
        Some("xls") => Sheets::Xls(open_workbook_from_rs::<Xls<_>, _>(data).map_err(E::Xls)?),
        Some("xlsb") => Sheets::Xlsb(open_workbook_from_rs::<Xlsb<_>, _>(data).map_err(E::Xlsb)?),
        Some("ods") => Sheets::Ods(open_workbook_from_rs::<Ods<_>, _>(data).map_err(E::Ods)?),
        _ => Sheets::Xlsx(open_workbook_from_rs::<Xlsx<_>, _>(data).map_err(E::Xlsx)?),
    })
}

/// Refuses an `.ods` workbook whose sheets would take more than
/// `MAX_ROWS` rows or `MAX_CELLS` cells once their repeats are spread out
/// (`table:number-rows-repeated`, `table:number-columns-repeated`): a few
/// bytes can ask `calamine` for a billion cells. Counted as `calamine`
/// spreads them: a run of empty cells or rows costs nothing unless a cell
/// with content follows it. Not an `.ods` (no `content.xml`): nothing to do.
fn check_ods(bytes: &[u8]) -> std::result::Result<(), String> {
    use quick_xml::events::Event;
    let Ok(mut archive) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        return Ok(());
    };
    let Ok(content) = archive.by_name("content.xml") else {
        return Ok(());
    };
    let mut reader = quick_xml::Reader::from_reader(std::io::BufReader::new(content));
    let repeats = |e: &quick_xml::events::BytesStart<'_>, name: &[u8]| -> u64 {
        e.try_get_attribute(name)
            .ok()
            .flatten()
            .and_then(|a| std::str::from_utf8(&a.value).ok()?.parse().ok())
            .unwrap_or(1)
    };
    // Of the sheet being read: rows from its first with content, the empty
    // rows since its last with content, and its widest row.
    let (mut rows, mut empty_rows, mut width) = (0u64, 0u64, 0u64);
    // Of the row being read: its repeats, cells up to its last with
    // content, and the empty ones since.
    let (mut row_repeats, mut row_cells, mut empty_cells) = (1u64, 0u64, 0u64);
    let mut buf = Vec::new();
    loop {
        let (element, empty) = match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) => (Some(e.into_owned()), false),
            Ok(Event::Empty(e)) => (Some(e.into_owned()), true),
            Ok(Event::End(e)) => {
                match e.name().as_ref() {
                    b"table:table-row" if row_cells > 0 => {
                        if rows > 0 {
                            rows = rows.saturating_add(empty_rows);
                        }
                        rows = rows.saturating_add(row_repeats);
                        empty_rows = 0;
                        width = width.max(row_cells);
                    }
                    b"table:table-row" if rows > 0 => {
                        empty_rows = empty_rows.saturating_add(row_repeats);
                    }
                    b"table:table" => (rows, empty_rows, width) = (0, 0, 0),
                    _ => {}
                }
                (None, false)
            }
            // The workbook's reader reports what is wrong with it.
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => (None, false),
        };
        if let Some(e) = element {
            match e.name().as_ref() {
                b"table:table-row" => {
                    (row_repeats, row_cells, empty_cells) =
                        (repeats(&e, b"table:number-rows-repeated"), 0, 0);
                    if empty && rows > 0 {
                        empty_rows = empty_rows.saturating_add(row_repeats);
                    }
                }
                b"table:table-cell" | b"table:covered-table-cell" => {
                    let n = repeats(&e, b"table:number-columns-repeated");
                    let valued = !empty
                        || e.try_get_attribute(b"office:value-type")
                            .ok()
                            .flatten()
                            .is_some();
                    if valued {
                        row_cells = row_cells.saturating_add(empty_cells).saturating_add(n);
                        empty_cells = 0;
                    } else {
                        empty_cells = empty_cells.saturating_add(n);
                    }
                }
                _ => {}
            }
        }
        let cells = rows.saturating_mul(width).max(row_cells);
        check_size(
            usize::try_from(rows).unwrap_or(usize::MAX),
            usize::try_from(cells).unwrap_or(usize::MAX),
        )?;
        buf.clear();
    }
    Ok(())
}

/// The rows of an xlsx or xlsb sheet, read a cell at a time: a sheet
/// whose few cells lie far apart costs its cells, not the rectangle
/// around them (which `worksheet_range` would allocate).
fn streamed_rows(
    workbook: &mut calamine::Sheets<std::io::Cursor<Vec<u8>>>,
    name: &str,
) -> Option<std::result::Result<Vec<Row>, String>> {
    let unreadable =
        |e: &dyn std::fmt::Display| tr!("write-sheet-sheet-unreadable", cause = e.to_string());
    Some(match workbook {
        calamine::Sheets::Xlsx(xlsx) => match xlsx.worksheet_cells_reader(name) {
            Ok(mut reader) => cell_rows(|| reader.next_cell().map_err(|e| unreadable(&e))),
            Err(e) => Err(unreadable(&e)),
        },
        calamine::Sheets::Xlsb(xlsb) => match xlsb.worksheet_cells_reader(name) {
            Ok(mut reader) => cell_rows(|| reader.next_cell().map_err(|e| unreadable(&e))),
            Err(e) => Err(unreadable(&e)),
        },
        _ => return None,
    })
}

/// Rows from the cells `next` gives, in any order.
fn cell_rows<'a>(
    mut next: impl FnMut() -> std::result::Result<Option<calamine::Cell<calamine::DataRef<'a>>>, String>,
) -> std::result::Result<Vec<Row>, String> {
    let mut by_row: std::collections::BTreeMap<u32, Vec<(u32, Cell)>> =
        std::collections::BTreeMap::new();
    let mut seen = 0;
    while let Some(found) = next()? {
        let (row, column) = found.get_position();
        let value = cell(&Data::from(found.get_value().clone()));
        if value.is_empty() {
            continue;
        }
        seen += 1;
        check_size(row as usize + 1, seen)?;
        if column as usize >= MAX_CELLS {
            return Err(tr!("write-sheet-cell-too-far", max = MAX_CELLS));
        }
        by_row.entry(row).or_default().push((column, value));
    }
    Ok(by_row
        .into_iter()
        .map(|(row, cells)| {
            let width = cells
                .iter()
                .map(|(c, _)| *c as usize + 1)
                .max()
                .unwrap_or(0);
            let mut row = Row {
                number: row as usize + 1,
                cells: vec![Cell::Empty; width],
            };
            for (column, value) in cells {
                row.cells[column as usize] = value;
            }
            row
        })
        .collect())
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
            texts(&csv_rows(text, b',').unwrap()),
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
            let numbers: Vec<usize> = csv_rows(&text, b',')
                .unwrap()
                .iter()
                .map(|r| r.number)
                .collect();
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
