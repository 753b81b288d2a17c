//! Writes tables as a workbook: one sheet a table, a header row, numbers as
//! numbers, days as real dates, and every text as a string (never a
//! formula, so a name starting with `=` stays a name). Column widths fit
//! the Vietnamese text they hold.

use chrono::Datelike;
use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, Worksheet, XlsxError,
};
use unicode_width::UnicodeWidthStr;

use crate::error::{Error, Result};
use crate::model::date::Date;
use crate::model::issuer::Issuer;
use crate::render::docx::{BLANK, words_of};
use crate::reports::table::{Cell, Table};
use crate::tr;

/// One sheet of a workbook.
#[derive(Debug, Clone, Copy)]
pub struct Sheet<'a> {
    /// The sheet's tab (cut to Excel's 31 characters).
    pub name: &'a str,
    /// Lines above the table (a title, the as-of date); none for a sheet
    /// that is data only.
    pub title: &'a [String],
    pub table: &'a Table,
    /// As people read it: titles as the header, labels in the cells, the
    /// total row last. Otherwise as csv: names, codes, no total.
    pub shown: bool,
    /// A sheet to print and sign: the Party header, an STT column, a row of
    /// column numbers, the signature block, A4 landscape.
    pub form: Option<Form<'a>>,
}

/// Who issues a printed sheet, and its date.
#[derive(Debug, Clone, Copy)]
pub struct Form<'a> {
    pub issuer: &'a Issuer,
    pub date: Date,
}

/// Widths in Excel's units (about one character each).
const MIN_WIDTH: usize = 6;
const MAX_WIDTH: usize = 60;
const DATE_WIDTH: usize = 12;

/// The workbook's bytes. `created` is written as the workbook's creation
/// date, so that writing the same tables twice gives the same file.
pub fn workbook(sheets: &[Sheet<'_>], created: Date) -> Result<Vec<u8>> {
    build(sheets, created).map_err(|e| match e {
        XlsxError::RowColumnLimitError => Error::Input(tr!("render-xlsx-too-many-rows")),
        other => Error::Input(tr!("render-xlsx-cannot-write", cause = other.to_string())),
    })
}

fn build(sheets: &[Sheet<'_>], created: Date) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    book.set_properties(&DocProperties::new().set_creation_datetime(&excel_date(created)?));
    for sheet in sheets {
        let ws = book.add_worksheet();
        ws.set_name(sheet_name(sheet.name))?;
        write_sheet(ws, sheet)?;
    }
    book.save_to_buffer()
}

fn excel_date(d: Date) -> Result<ExcelDateTime, XlsxError> {
    // Months and days fit in a u8; years outside 1900..=9999 do not exist
    // for Excel and are refused by `from_ymd`.
    #[allow(clippy::cast_possible_truncation)]
    ExcelDateTime::from_ymd(
        u16::try_from(d.year()).unwrap_or(0),
        d.month() as u8,
        d.day() as u8,
    )
}

/// A name Excel accepts: without `[]:*?/\`, at most 31 characters.
fn sheet_name(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(31)
        .collect()
}

/// The number format that shows a number as csv writes it: as many
/// decimals as its text has, thousands grouped.
fn number_format(plain: &str) -> Format {
    let decimals = plain.split_once('.').map_or(0, |(_, d)| d.len());
    let pattern = if decimals == 0 {
        "#,##0".to_owned()
    } else {
        format!("#,##0.{}", "0".repeat(decimals))
    };
    Format::new().set_num_format(pattern)
}

fn write_sheet(ws: &mut Worksheet, sheet: &Sheet<'_>) -> Result<(), XlsxError> {
    let table = sheet.table;
    let bold = Format::new().set_bold();
    let header = Format::new().set_bold().set_text_wrap();
    let date_format = Format::new().set_num_format(if sheet.shown {
        "dd/mm/yyyy"
    } else {
        "yyyy-mm-dd"
    });
    let form = sheet.form;
    // With a form, column 0 is STT and the table starts at column 1.
    let offset = u16::from(form.is_some());
    let columns = u16::try_from(table.columns.len()).unwrap_or(u16::MAX) + offset;
    let mut row = match form {
        Some(form) => form_header(ws, &form, columns)?,
        None => 0,
    };
    row = titles(ws, sheet.title, row)?;
    let header_row = row;
    let mut widths: Vec<usize> = Vec::with_capacity(table.columns.len() + 1);
    if form.is_some() {
        ws.write_string_with_format(row, 0, "STT", &header)?;
        widths.push(4);
    }
    for (col, column) in (offset..).zip(&table.columns) {
        let text = if sheet.shown {
            &column.title
        } else {
            &column.name
        };
        ws.write_string_with_format(row, col, text, &header)?;
        widths.push(if column.date {
            DATE_WIDTH
        } else {
            text.width()
        });
    }
    row += 1;
    if form.is_some() {
        column_numbers(ws, row, columns)?;
        row += 1;
    }
    let last_heading = row - 1;
    let footer = table.footer.as_ref().filter(|_| sheet.shown);
    let body = table.rows.iter().map(|cells| (cells, false));
    for (n, (cells, is_footer)) in body.chain(footer.map(|f| (f, true))).enumerate() {
        if form.is_some() && !is_footer {
            #[allow(clippy::cast_precision_loss)]
            ws.write_number(row, 0, (n + 1) as f64)?;
        }
        for ((col, column), cell) in (offset..).zip(&table.columns).zip(cells) {
            let text = if sheet.shown {
                cell.label()
            } else {
                cell.plain()
            };
            if text.is_empty() {
                continue;
            }
            let width = &mut widths[usize::from(col)];
            *width = (*width).max(text.width());
            let day = column
                .date
                .then(|| crate::model::date::parse(&cell.plain()))
                .flatten()
                // A day a workbook cannot hold (Excel's begin in 1900) is text.
                .filter(|d| crate::model::date::in_range(*d));
            if let (true, Some(n)) = (column.numeric, number(cell)) {
                let mut format = number_format(&cell.plain());
                if is_footer {
                    format = format.set_bold();
                }
                ws.write_number_with_format(row, col, n, &format)?;
            } else if let Some(day) = day {
                ws.write_datetime_with_format(row, col, excel_date(day)?, &date_format)?;
            } else if is_footer {
                ws.write_string_with_format(row, col, &*text, &bold)?;
            } else {
                ws.write_string(row, col, &*text)?;
            }
        }
        row += 1;
    }
    set_widths(ws, &widths)?;
    ws.set_freeze_panes(last_heading + 1, 0)?;
    if let Some(form) = form {
        signatures(ws, form.issuer, row + 1, columns)?;
        print_setup(ws, header_row, last_heading)?;
    }
    if !sheet.shown && !table.columns.is_empty() {
        let last_col = u16::try_from(table.columns.len() - 1).unwrap_or(u16::MAX);
        ws.autofilter(
            header_row,
            0,
            row.saturating_sub(1).max(header_row),
            last_col,
        )?;
    }
    Ok(())
}

/// The title lines from `row`, then a blank row; returns the next row.
fn titles(ws: &mut Worksheet, lines: &[String], mut row: u32) -> Result<u32, XlsxError> {
    let bold = Format::new().set_bold();
    for line in lines {
        ws.write_string_with_format(row, 0, line, &bold)?;
        row += 1;
    }
    Ok(if lines.is_empty() { row } else { row + 1 })
}

fn set_widths(ws: &mut Worksheet, widths: &[usize]) -> Result<(), XlsxError> {
    for (col, width) in (0u16..).zip(widths) {
        #[allow(clippy::cast_precision_loss)]
        let width = (width + 2).clamp(MIN_WIDTH, MAX_WIDTH) as f64;
        ws.set_column_width(col, width)?;
    }
    Ok(())
}

/// The row of column numbers under a form's heading: `(1)`, `(2)`, ….
fn column_numbers(ws: &mut Worksheet, row: u32, columns: u16) -> Result<(), XlsxError> {
    let italic = Format::new().set_italic().set_align(FormatAlign::Center);
    for col in 0..columns {
        ws.write_string_with_format(row, col, format!("({})", col + 1), &italic)?;
    }
    Ok(())
}

/// A4 landscape, one page wide, centred, the heading rows on every page,
/// the page's number in the footer.
fn print_setup(ws: &mut Worksheet, first: u32, last: u32) -> Result<(), XlsxError> {
    ws.set_footer("&CTrang &P/&N");
    ws.set_landscape();
    ws.set_paper_size(9);
    ws.set_print_fit_to_pages(1, 0);
    ws.set_print_center_horizontally(true);
    ws.set_repeat_rows(first, last)?;
    Ok(())
}

/// Writes `text` across columns `first..=last` of a row (merged when
/// they are more than one).
fn across(
    ws: &mut Worksheet,
    row: u32,
    (first, last): (u16, u16),
    text: &str,
    format: &Format,
) -> Result<(), XlsxError> {
    if first >= last {
        ws.write_string_with_format(row, first, text, format)?;
    } else {
        ws.merge_range(row, first, row, last, text, format)?;
    }
    Ok(())
}

/// The two halves of a sheet's columns, for the header and signatures.
fn halves(columns: u16) -> ((u16, u16), (u16, u16)) {
    let columns = columns.max(2);
    let split = columns / 2;
    ((0, split - 1), (split, columns - 1))
}

fn value(v: Option<&String>) -> &str {
    v.map_or(BLANK, String::as_str)
}

/// The Party header over the sheet's columns; returns the next row.
fn form_header(ws: &mut Worksheet, form: &Form<'_>, columns: u16) -> Result<u32, XlsxError> {
    let (left, right) = halves(columns);
    let center = Format::new().set_align(FormatAlign::Center);
    let bold = center.clone().set_bold();
    let party = bold
        .clone()
        .set_underline(rust_xlsxwriter::FormatUnderline::Single);
    let italic = center.clone().set_italic();
    let issuer = form.issuer;
    across(ws, 0, left, value(issuer.parent.as_ref()), &center)?;
    across(ws, 0, right, "ĐẢNG CỘNG SẢN VIỆT NAM", &party)?; // i18n: document text, Vietnamese in every language (cli.md report)
    across(ws, 1, left, value(issuer.issuer.as_ref()), &bold)?;
    let place = format!("{}, {}", value(issuer.place.as_ref()), words_of(form.date));
    across(ws, 1, right, &place, &italic)?;
    across(ws, 2, left, "*", &center)?;
    let form_number = Format::new().set_italic().set_align(FormatAlign::Right);
    across(ws, 3, right, value(issuer.form.as_ref()), &form_number)?;
    Ok(5)
}

/// The signature block from `row`: who prepared it left, the signer right.
fn signatures(
    ws: &mut Worksheet,
    issuer: &Issuer,
    row: u32,
    columns: u16,
) -> Result<(), XlsxError> {
    let (left, right) = halves(columns);
    let bold = Format::new().set_align(FormatAlign::Center).set_bold();
    let italic = Format::new().set_align(FormatAlign::Center).set_italic();
    across(ws, row, left, "NGƯỜI LẬP BIỂU", &bold)?; // i18n: document text, Vietnamese in every language (cli.md report)
    across(ws, row, right, value(issuer.signer_title.as_ref()), &bold)?;
    // i18n: document text, Vietnamese in every language (cli.md report)
    across(ws, row + 1, left, "(Ký, ghi rõ họ tên)", &italic)?;
    // i18n: document text, Vietnamese in every language (cli.md report)
    across(ws, row + 1, right, "(Ký, ghi rõ họ tên, đóng dấu)", &italic)?;
    across(ws, row + 5, left, value(issuer.prepared_by.as_ref()), &bold)?;
    across(ws, row + 5, right, value(issuer.signer.as_ref()), &bold)?;
    Ok(())
}

/// The cell's number, when it is one.
fn number(cell: &Cell) -> Option<f64> {
    match cell {
        Cell::Number(n) => Some(*n),
        other => other.json().as_f64(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reports::table::Column;
    use calamine::{Data, Reader, Xlsx};

    fn read(bytes: Vec<u8>) -> Vec<(String, Vec<Vec<Data>>)> {
        let mut book = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        book.worksheets()
            .into_iter()
            .map(|(name, range)| (name, range.rows().map(<[Data]>::to_vec).collect()))
            .collect()
    }

    #[test]
    fn numbers_dates_and_formula_like_text_keep_their_type() {
        let mut t = Table::new(vec![
            Column::new("name", "Tên", false),
            Column {
                date: true,
                ..Column::new("registered", "Ngày", false)
            },
            Column::new("count", "Số", true),
        ]);
        t.rows.push(vec![
            Cell::text("=HYPERLINK(\"x\")"),
            Cell::text("2023-05-17"),
            Cell::number(1250.5),
        ]);
        t.rows.push(vec![
            Cell::text("Tổ hòa giải"),
            Cell::null(),
            Cell::number(3.0),
        ]);
        t.footer = Some(vec![
            Cell::text("Tổng cộng"),
            Cell::null(),
            Cell::number(1253.5),
        ]);
        let date = crate::model::date::parse("2024-12-31").unwrap();
        let bytes = workbook(
            &[Sheet {
                name: "Mô hình: [1]",
                title: &[],
                table: &t,
                shown: false,
                form: None,
            }],
            date,
        )
        .unwrap();
        assert_eq!(
            bytes,
            workbook(
                &[Sheet {
                    name: "Mô hình: [1]",
                    title: &[],
                    table: &t,
                    shown: false,
                    form: None,
                }],
                date
            )
            .unwrap()
        );
        let sheets = read(bytes);
        assert_eq!(sheets[0].0, "Mô hình 1");
        let rows = &sheets[0].1;
        assert_eq!(rows.len(), 3, "no total row in a data sheet");
        assert_eq!(rows[0][0], Data::String("name".into()));
        assert_eq!(rows[1][0], Data::String("=HYPERLINK(\"x\")".into()));
        assert!(matches!(rows[1][1], Data::DateTime(_)), "{:?}", rows[1][1]);
        assert_eq!(rows[1][2], Data::Float(1250.5));
        assert_eq!(rows[2][1], Data::Empty);
    }

    #[test]
    fn a_shown_sheet_has_a_title_labels_and_the_total() {
        let mut t = Table::new(vec![
            Column::new("field", "Lĩnh vực", false),
            Column::new("count", "Số", true),
        ]);
        t.rows
            .push(vec![Cell::code("kinh_te", "Kinh tế"), Cell::number(2.0)]);
        t.footer = Some(vec![Cell::text("Tổng cộng"), Cell::number(2.0)]);
        let title = ["Bảng 1".to_owned()];
        let bytes = workbook(
            &[Sheet {
                name: "Bảng 1",
                title: &title,
                table: &t,
                shown: true,
                form: None,
            }],
            crate::model::date::parse("2024-12-31").unwrap(),
        )
        .unwrap();
        let rows = &read(bytes)[0].1;
        assert_eq!(rows[0][0], Data::String("Bảng 1".into()));
        assert_eq!(rows[2][0], Data::String("Lĩnh vực".into()));
        assert_eq!(rows[3][0], Data::String("Kinh tế".into()));
        assert_eq!(
            rows[4],
            [Data::String("Tổng cộng".into()), Data::Float(2.0)]
        );
    }
}
