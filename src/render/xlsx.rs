//! Writes tables as a workbook: one sheet a table, a header row, numbers as
//! numbers, days as real dates, and every text as a string (never a
//! formula, so a name starting with `=` stays a name). Column widths fit
//! the Vietnamese text they hold.

use chrono::Datelike;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};
use unicode_width::UnicodeWidthStr;

use crate::error::{Error, Result};
use crate::model::date::Date;
use crate::reports::table::{Cell, Table};

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
}

/// Widths in Excel's units (about one character each).
const MIN_WIDTH: usize = 6;
const MAX_WIDTH: usize = 60;
const DATE_WIDTH: usize = 12;

/// The workbook's bytes. `created` is written as the workbook's creation
/// date, so that writing the same tables twice gives the same file.
pub fn workbook(sheets: &[Sheet<'_>], created: Date) -> Result<Vec<u8>> {
    build(sheets, created).map_err(|e| match e {
        XlsxError::RowColumnLimitError => Error::Input(
            "too many rows for a workbook (at most 1,048,575); write csv instead".into(),
        ),
        other => Error::Input(format!("cannot write the workbook: {other}")),
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
    let mut row: u32 = 0;
    for line in sheet.title {
        ws.write_string_with_format(row, 0, line, &bold)?;
        row += 1;
    }
    if !sheet.title.is_empty() {
        row += 1;
    }
    let header_row = row;
    let mut widths: Vec<usize> = Vec::with_capacity(table.columns.len());
    for (col, column) in (0u16..).zip(&table.columns) {
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
    let footer = table.footer.as_ref().filter(|_| sheet.shown);
    let body = table.rows.iter().map(|cells| (cells, false));
    for (cells, is_footer) in body.chain(footer.map(|f| (f, true))) {
        for ((col, column), cell) in (0u16..).zip(&table.columns).zip(cells) {
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
    for (col, width) in (0u16..).zip(&widths) {
        #[allow(clippy::cast_precision_loss)]
        let width = (width + 2).clamp(MIN_WIDTH, MAX_WIDTH) as f64;
        ws.set_column_width(col, width)?;
    }
    ws.set_freeze_panes(header_row + 1, 0)?;
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
                    shown: false
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
