//! Writes a `Table` as a terminal table, CSV or JSON: the one renderer
//! behind every read command.

use std::io::{self, Write};

use comfy_table::{Attribute, CellAlignment, ContentArrangement, presets};

use crate::table::{Cell, Table};
use crate::text::printable;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Csv,
    Json,
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
    }
}

/// CSV with codes; `for_spreadsheet` neutralises formulas.
pub fn write_csv(table: &Table, for_spreadsheet: bool, out: &mut dyn Write) -> io::Result<()> {
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(table.columns.iter().map(|c| c.name.as_str()))
        .map_err(unwrap_io)?;
    for row in &table.rows {
        if for_spreadsheet {
            csv.write_record(
                row.iter()
                    .zip(&table.columns)
                    .map(|(cell, col)| neutralize(&cell.plain(), col.numeric).into_owned()),
            )
            .map_err(unwrap_io)?;
        } else {
            let plain: Vec<_> = row.iter().map(Cell::plain).collect();
            csv.write_record(plain.iter().map(|c| c.as_bytes()))
                .map_err(unwrap_io)?;
        }
    }
    csv.flush()
}

/// The I/O error inside a csv error, so that a closed pipe is still seen
/// as one (`dvk list | head` must not fail).
fn unwrap_io(error: csv::Error) -> io::Error {
    match error.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

pub fn write_json(table: &Table, out: &mut dyn Write) -> io::Result<()> {
    let rows: Vec<serde_json::Value> = table
        .rows
        .iter()
        .map(|row| {
            let object: serde_json::Map<String, serde_json::Value> = table
                .columns
                .iter()
                .zip(row)
                .map(|(col, cell)| (col.name.clone(), cell.json()))
                .collect();
            serde_json::Value::Object(object)
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &rows)?;
    writeln!(out)
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
    use crate::table::{Cell, Column};

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
