//! The one place that chooses how a report is shown: a terminal table (or
//! text) for people, csv, json or a workbook for programs (hledger's
//! `render | fmt==...`). Commands build a `Report` and never look at the
//! format themselves.

use std::io::{self, Write};

use crate::model::date::Date;
use crate::render::xlsx::{self, Sheet};
use crate::render::{Format, Stream, Style, write, write_csv, write_json, write_table};
use crate::reports::report::{Report, View};
use crate::reports::table::{Cell, Column};

/// How csv and a workbook are written, where a command asks for more than
/// the default.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Neutralise formula-like cells, for a spreadsheet (`export`).
    pub for_spreadsheet: bool,
    /// Start csv with a byte-order mark, for Excel.
    pub bom: bool,
    /// The workbook's sheet name and creation date.
    pub sheet: Option<(&'static str, Date)>,
}

/// Writes a report as `format` asks; returns the note to show the
/// person at the terminal (for the terminal format only). An error is
/// an I/O error, so that a closed pipe is still seen as one.
pub fn write_report(
    report: Report,
    format: Format,
    style: Style,
    options: Options,
    out: &mut dyn Write,
) -> io::Result<Option<String>> {
    let shows_people = format == Format::Table || report.data.is_none();
    if shows_people {
        for view in &report.people {
            match view {
                View::Table(table) => write_table(table, style, out)?,
                View::Data => {
                    if let Some(data) = &report.data {
                        write_table(data, style, out)?;
                    }
                }
                View::Text(text) => out.write_all(text.as_bytes())?,
            }
        }
        return Ok(report.note.filter(|_| format == Format::Table));
    }
    let Some(data) = report.data else {
        return Ok(None);
    };
    match format {
        // i18n: never shown (a terminal table is written above)
        Format::Table => unreachable!("a terminal shows the people's views"),
        Format::Json => match &report.json {
            Some(value) => {
                serde_json::to_writer_pretty(&mut *out, value)?;
                writeln!(out)?;
            }
            None => write_json(&data, out)?,
        },
        Format::Csv => {
            if options.bom {
                out.write_all("\u{feff}".as_bytes())?;
            }
            write_csv(&data, options.for_spreadsheet, out)?;
        }
        Format::Xlsx => match options.sheet {
            Some((name, created)) => {
                let sheet = Sheet {
                    name,
                    title: &[],
                    table: &data,
                    shown: false,
                    form: None,
                };
                // A workbook too large is refused with the library's
                // message.
                let bytes = xlsx::workbook(&[sheet], created).map_err(io::Error::other)?;
                out.write_all(&bytes)?;
            }
            None => write(&data, format, style, out)?,
        },
    }
    Ok(None)
}

/// Items made a chunk at a time by a scan of a register too large to hold
/// (`evaluate` of a national register): for csv and json their rows are
/// written to text as they come, so that no table of every row is held;
/// for a terminal table, which sizes its columns from every row, the
/// items are held and made into the people's report at the end.
pub struct Gathered<T> {
    stream: Option<Stream<Vec<u8>>>,
    held: Vec<T>,
    /// The first failure to write; later chunks are dropped.
    failed: Option<io::Error>,
}

impl<T> Gathered<T> {
    /// `columns` are those of the rows that `add` is given.
    pub fn new(format: Format, columns: Vec<Column>) -> io::Result<Self> {
        let stream = match format {
            Format::Table | Format::Xlsx => None,
            Format::Csv => Some(Stream::csv(columns, false, Vec::new())?),
            Format::Json => Some(Stream::json(columns, Vec::new())),
        };
        Ok(Self {
            stream,
            held: Vec::new(),
            failed: None,
        })
    }

    /// Adds a chunk's items; `rows` makes their rows for csv and json.
    pub fn add(&mut self, items: Vec<T>, rows: impl FnOnce(Vec<T>) -> Vec<Vec<Cell>>) {
        match &mut self.stream {
            None => self.held.extend(items),
            Some(stream) if self.failed.is_none() => {
                if let Err(e) = stream.rows(&rows(items)) {
                    self.failed = Some(e);
                }
            }
            Some(_) => {}
        }
    }

    /// The text written, or the report `people` makes of the items held.
    pub fn finish(self, people: impl FnOnce(Vec<T>) -> Report) -> io::Result<Finished> {
        if let Some(e) = self.failed {
            return Err(e);
        }
        Ok(match self.stream {
            Some(stream) => Finished::Text(stream.finish()?),
            None => Finished::Report(people(self.held)),
        })
    }
}

/// What `Gathered` ends with.
pub enum Finished {
    Text(Vec<u8>),
    Report(Report),
}

impl Finished {
    /// Writes it; returns the note for the terminal, as `Report::write`.
    pub fn write(
        self,
        format: Format,
        style: Style,
        out: &mut dyn Write,
    ) -> io::Result<Option<String>> {
        match self {
            Finished::Text(text) => out.write_all(&text).map(|()| None),
            Finished::Report(report) => {
                write_report(report, format, style, Options::default(), out)
            }
        }
    }
}
