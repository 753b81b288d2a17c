//! Writes a `Table` as a terminal table, CSV or JSON: the one renderer
//! behind every read command.

pub mod annex;
pub mod bars;
pub mod docx;
pub mod pack;
pub mod png;
pub mod problems;
pub mod report;
pub mod sqlite;
pub mod svg;
pub mod xlsx;

use std::io::{self, Write};

use comfy_table::{Attribute, CellAlignment, ContentArrangement, presets};

use crate::reports::table::{Cell, Column, Table};
use crate::text::printable;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Csv,
    Json,
    /// A workbook: written by `Report::write`, never as a terminal table.
    Xlsx,
}

/// How the terminal view looks.
#[derive(Debug, Clone, Copy, Default)]
pub struct Style {
    pub color: bool,
    /// The terminal's width; `None` when not a terminal.
    pub width: Option<u16>,
}

/// A spreadsheet runs a cell starting with one of these as a formula.
fn is_formula(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// The cell as csv writes it for a spreadsheet: a formula-like text is
/// prefixed with `'` so that it is shown, not run. Numbers stay numbers.
pub fn neutralize(text: &str, numeric: bool) -> std::borrow::Cow<'_, str> {
    if !numeric && is_formula(text) {
        std::borrow::Cow::Owned(format!("'{text}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

pub fn write(table: &Table, format: Format, style: Style, out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Table => write_table(table, style, out),
        Format::Csv => write_csv(table, false, out),
        Format::Json => write_json(table, out),
        Format::Xlsx => {
            let sheet = xlsx::Sheet {
                name: "Bảng", // i18n: the sheet's name, the same in every language (--format xlsx is data)
                title: &[],
                table,
                shown: false,
                form: None,
            };
            // A workbook too large is refused with the library's message.
            let bytes = xlsx::workbook(&[sheet], crate::model::date::Date::MIN)
                .map_err(io::Error::other)?;
            out.write_all(&bytes)
        }
    }
}

/// CSV with codes; `for_spreadsheet` neutralises formulas.
pub fn write_csv(table: &Table, for_spreadsheet: bool, out: &mut dyn Write) -> io::Result<()> {
    let mut stream = Stream::csv(table.columns.clone(), for_spreadsheet, out)?;
    stream.rows(&table.rows)?;
    stream.finish().map(|_| ())
}

pub fn write_json(table: &Table, out: &mut dyn Write) -> io::Result<()> {
    let mut stream = Stream::json(table.columns.clone(), out);
    stream.rows(&table.rows)?;
    stream.finish().map(|_| ())
}

/// The I/O error inside a csv error, so that a closed pipe is still seen
/// as one (`dvk list | head` must not fail).
fn unwrap_io(error: csv::Error) -> io::Error {
    match error.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// A table written in csv or json a batch of rows at a time, as they are
/// made: a command reading a national register then holds its output as
/// text, not as a table of cells. `write_csv` and `write_json` write
/// through it, so the bytes are the same however the rows come. (A
/// terminal table sizes its columns from every row, so it is written
/// whole.)
pub struct Stream<W: Write> {
    kind: Kind,
    columns: Vec<Column>,
    out: W,
    rows: usize,
}

#[derive(Clone, Copy)]
enum Kind {
    Csv { for_spreadsheet: bool },
    Json,
}

impl<W: Write> Stream<W> {
    /// Csv: the header is written now.
    pub fn csv(columns: Vec<Column>, for_spreadsheet: bool, mut out: W) -> io::Result<Self> {
        let mut csv = csv::Writer::from_writer(&mut out);
        csv.write_record(columns.iter().map(|c| c.name.as_str()))
            .map_err(unwrap_io)?;
        csv.flush()?;
        drop(csv);
        Ok(Self {
            kind: Kind::Csv { for_spreadsheet },
            columns,
            out,
            rows: 0,
        })
    }

    /// Json: an array of objects, each keyed by the column names.
    pub fn json(columns: Vec<Column>, out: W) -> Self {
        Self {
            kind: Kind::Json,
            columns,
            out,
            rows: 0,
        }
    }

    pub fn rows(&mut self, rows: &[Vec<Cell>]) -> io::Result<()> {
        match self.kind {
            Kind::Csv { for_spreadsheet } => {
                let mut csv = csv::Writer::from_writer(&mut self.out);
                for row in rows {
                    let fields: Vec<_> = row
                        .iter()
                        .zip(&self.columns)
                        .map(|(cell, col)| match cell.plain() {
                            text if for_spreadsheet => {
                                std::borrow::Cow::Owned(neutralize(&text, col.numeric).into_owned())
                            }
                            text => text,
                        })
                        .collect();
                    csv.write_record(fields.iter().map(|f| f.as_bytes()))
                        .map_err(unwrap_io)?;
                }
                csv.flush()?;
            }
            Kind::Json => {
                for row in rows {
                    let object: serde_json::Map<String, serde_json::Value> = self
                        .columns
                        .iter()
                        .zip(row)
                        .map(|(col, cell)| (col.name.clone(), cell.json()))
                        .collect();
                    let text = serde_json::to_string_pretty(&object)?;
                    // As an item of the array, one level in: json text
                    // has no line break inside a string, so every line
                    // is indented alike.
                    self.out
                        .write_all(if self.rows == 0 { b"[\n" } else { b",\n" })?;
                    for (i, line) in text.lines().enumerate() {
                        if i > 0 {
                            self.out.write_all(b"\n")?;
                        }
                        write!(self.out, "  {line}")?;
                    }
                    self.rows += 1;
                }
            }
        }
        Ok(())
    }

    /// Closes the json array; returns the writer.
    pub fn finish(mut self) -> io::Result<W> {
        match self.kind {
            Kind::Csv { .. } => self.out.flush()?,
            Kind::Json => self
                .out
                .write_all(if self.rows == 0 { b"[]\n" } else { b"\n]\n" })?,
        }
        Ok(self.out)
    }
}

pub fn write_table(table: &Table, style: Style, out: &mut dyn Write) -> io::Result<()> {
    let mut view = comfy_table::Table::new();
    view.load_preset(presets::UTF8_FULL_CONDENSED)
        .apply_modifier(comfy_table::modifiers::UTF8_ROUND_CORNERS);
    if let Some(width) = style.width {
        view.set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(width);
    } else {
        view.set_content_arrangement(ContentArrangement::Disabled);
    }
    if style.color {
        view.enforce_styling();
    } else {
        view.force_no_tty();
    }
    let headed = table.columns.iter().any(|c| !c.title.is_empty());
    if headed {
        view.set_header(table.columns.iter().map(|c| {
            let cell = comfy_table::Cell::new(printable(&c.title));
            if style.color {
                cell.add_attribute(Attribute::Bold)
            } else {
                cell
            }
        }));
    }
    let align = |numeric: bool| {
        if numeric {
            CellAlignment::Right
        } else {
            CellAlignment::Left
        }
    };
    for row in &table.rows {
        view.add_row(row.iter().zip(&table.columns).map(|(cell, col)| {
            comfy_table::Cell::new(printable(&cell.label())).set_alignment(align(col.numeric))
        }));
    }
    if let Some(footer) = &table.footer {
        view.add_row(footer.iter().zip(&table.columns).map(|(cell, col)| {
            let c =
                comfy_table::Cell::new(printable(&cell.label())).set_alignment(align(col.numeric));
            if style.color {
                c.add_attribute(Attribute::Bold)
            } else {
                c
            }
        }));
    }
    writeln!(out, "{view}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reports::table::{Cell, Column};

    /// Rows streamed in batches of any size give the bytes of the whole
    /// table written at once by the crates themselves.
    #[test]
    fn streamed_rows_are_the_whole_table() {
        let columns = vec![
            Column::new("id", "Mã", false),
            Column::new("score", "Điểm", true),
            Column::new("failed", "Không đạt", false),
        ];
        let rows: Vec<Vec<Cell>> = (0..7)
            .map(|i| {
                vec![
                    Cell::text(format!("2025-quang-tan-{i} \"Tân\u{302}\"\n=SUM")),
                    Cell::number(f64::from(i) * 2.5),
                    Cell::List((0..i % 3).map(|j| format!("tiêu chí {j}")).collect()),
                ]
            })
            .collect();
        let objects: Vec<serde_json::Value> = rows
            .iter()
            .map(|row| {
                let object: serde_json::Map<_, _> = columns
                    .iter()
                    .zip(row)
                    .map(|(c, cell)| (c.name.clone(), cell.json()))
                    .collect();
                serde_json::Value::Object(object)
            })
            .collect();
        for n in [0, 1, 7] {
            let mut expected = serde_json::to_string_pretty(&objects[..n]).unwrap();
            expected.push('\n');
            let mut csv_expected = csv::Writer::from_writer(Vec::new());
            csv_expected
                .write_record(columns.iter().map(|c| c.name.as_str()))
                .unwrap();
            for row in &rows[..n] {
                csv_expected
                    .write_record(row.iter().map(|c| c.plain().into_owned()))
                    .unwrap();
            }
            let csv_expected = csv_expected.into_inner().unwrap();
            for batch in 1..=3 {
                let mut json = Vec::new();
                let mut stream = Stream::json(columns.clone(), &mut json);
                for chunk in rows[..n].chunks(batch) {
                    stream.rows(chunk).unwrap();
                }
                stream.finish().unwrap();
                assert_eq!(String::from_utf8(json).unwrap(), expected, "{n} by {batch}");
                let mut csv = Vec::new();
                let mut stream = Stream::csv(columns.clone(), false, &mut csv).unwrap();
                for chunk in rows[..n].chunks(batch) {
                    stream.rows(chunk).unwrap();
                }
                stream.finish().unwrap();
                assert_eq!(csv, csv_expected, "{n} by {batch}");
            }
        }
    }

    fn sample() -> Table {
        let mut t = Table::new(vec![
            Column::new("field", "Lĩnh vực", false),
            Column::new("count", "Số", true),
        ]);
        t.rows
            .push(vec![Cell::code("kinh_te", "Kinh tế"), Cell::number(3.0)]);
        t.rows.push(vec![Cell::text("=1+1"), Cell::number(0.5)]);
        t
    }

    #[test]
    fn csv_and_json_carry_codes_and_numbers() {
        let mut out = Vec::new();
        write(&sample(), Format::Csv, Style::default(), &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "field,count\nkinh_te,3\n=1+1,0.5\n"
        );
        let mut out = Vec::new();
        write_csv(&sample(), true, &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "field,count\nkinh_te,3\n'=1+1,0.5\n"
        );
        let mut out = Vec::new();
        write(&sample(), Format::Json, Style::default(), &mut out).unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(json[0]["field"], "kinh_te");
        assert_eq!(json[0]["count"], 3);
    }

    #[test]
    fn table_shows_labels_aligned() {
        let mut out = Vec::new();
        write(&sample(), Format::Table, Style::default(), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("│ Kinh tế  ┆   3 │"), "{text}");
    }
}
