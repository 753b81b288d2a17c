//! `dvk import`: new models from a spreadsheet, all or nothing. `plan`
//! reads every row and checks it; a bad cell is a problem (a value, not an
//! error) so that every bad row is reported at once. Only a plan without
//! problems is written, by `commit`, in one rename.

pub mod cell;
pub mod columns;
pub mod sheet;
mod stage;

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::Path;

use crate::error::{Error, Result};
use crate::model::Outcome;
use crate::model::date::Date;
use crate::model::taxonomy::Taxonomy;
use crate::read::register::Register;
use crate::reports::table::{self, Table};
use crate::tr;
use crate::write::registration::{Draft, Registration};

use crate::query::key::{Key, Mode};
use cell::Cell;
use columns::{Headers, Layout, Map, SheetColumn};
use sheet::Row;

pub use stage::commit;

#[derive(Debug, Clone, Copy, Default)]
pub struct Options<'a> {
    /// The workbook's sheet to read; the first when `None`.
    pub sheet: Option<&'a str>,
    /// A TOML file of `"Header" = "key"`.
    pub map: Option<&'a Path>,
    /// Refuse rows that repeat a model, instead of skipping them.
    pub strict: bool,
}

/// What an import would do.
#[derive(Debug)]
pub struct Plan {
    pub layout: Layout,
    /// The models to create, in sheet order.
    pub new: Vec<New>,
    /// Rows skipped because they repeat a model (never with `strict`).
    pub duplicates: Vec<Duplicate>,
    /// Every problem, by row then column. Nothing may be written if any.
    pub problems: Vec<RowProblem>,
}

impl Plan {
    /// How many rows have problems.
    /// What the person importing `file` is told before anything is
    /// written: the columns ignored and the rows skipped as repeats.
    pub fn notes(&self, file: &str) -> Vec<String> {
        let mut notes = Vec::new();
        if !self.layout.ignored.is_empty() {
            let ignored = self.layout.ignored.join(", ");
            notes.push(tr!("write-import-ignored", file = file, columns = ignored));
        }
        for duplicate in &self.duplicates {
            notes.push(tr!(
                "write-import-skipped",
                file = file,
                duplicate = duplicate.to_string()
            ));
        }
        notes
    }

    pub fn bad_rows(&self) -> usize {
        let rows: HashSet<usize> = self.problems.iter().map(|p| p.row).collect();
        rows.len()
    }

    /// What would be created, one row a model: the id first, then name,
    /// field and level.
    pub fn table(&self, taxonomy: &Taxonomy) -> Table {
        let mut out = Table::new(vec![
            table::Column::new("id", Key::Id.title(taxonomy), false),
            table::Column::new("name", Key::Name.title(taxonomy), false),
            table::Column::new("field", Key::Field.title(taxonomy), false),
            table::Column::new("level", Key::Level.title(taxonomy), false),
        ]);
        for new in &self.new {
            let r = &new.registration;
            out.rows.push(vec![
                table::Cell::text(&new.id),
                table::Cell::text(&r.name),
                table::Cell::code(&r.field, taxonomy.fields.label(&r.field)),
                table::Cell::code(&r.level, taxonomy.levels.label(&r.level)),
            ]);
        }
        out
    }
}

/// A model to create, from a row.
#[derive(Debug, Clone, PartialEq)]
pub struct New {
    pub row: usize,
    pub id: String,
    pub registration: Registration,
}

/// A row that repeats a model: same name, unit and day of registration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    pub row: usize,
    pub of: Original,
}

/// What a duplicate repeats.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Original {
    /// A model of the register, by id.
    Model(String),
    /// An earlier row of the sheet.
    Row(usize),
}

impl Duplicate {
    /// `repeats row 5 (same name, unit and registration date)`.
    pub fn what(&self) -> String {
        match &self.of {
            Original::Model(id) => tr!("write-import-repeats-model", id = id),
            Original::Row(row) => tr!("write-import-repeats-row", row = *row),
        }
    }
}

impl fmt::Display for Duplicate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let line = tr!("write-import-row", row = self.row, problem = self.what());
        f.write_str(&line)
    }
}

/// A bad value in a row, or a row that cannot be taken as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    /// As the sheet numbers it.
    pub row: usize,
    pub column: Option<SheetColumn>,
    /// What is wrong and what was expected.
    pub message: String,
}

impl fmt::Display for RowProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.column {
            Some(column) => f.write_str(&tr!(
                "write-import-row-column",
                row = self.row,
                column = column.to_string(),
                problem = self.message.as_str()
            )),
            None => f.write_str(&tr!(
                "write-import-row",
                row = self.row,
                problem = self.message.as_str()
            )),
        }
    }
}

/// Reads a spreadsheet and works out what importing it would create:
/// every row checked, duplicates found, ids made. Fails (writing nothing)
/// when the file cannot be read or its header row does not name the
/// columns a model needs; bad rows are the plan's `problems`.
pub fn plan(register: &Register, path: &Path, options: &Options<'_>) -> Result<Plan> {
    let taxonomy = &register.settings.taxonomy;
    let map = match options.map {
        Some(map) => Map::load(map, taxonomy)?,
        None => Map::default(),
    };
    let headers = Headers::new(taxonomy, map);
    let rows = sheet::read(path, options.sheet, |h| headers.key(h).is_some())?;
    let texts = |row: &Row| row.cells.iter().map(Cell::as_text).collect::<Vec<_>>();
    let Some(at) = rows.iter().position(|r| headers.is_header_row(&texts(r))) else {
        let names: Vec<String> = columns::REQUIRED
            .iter()
            .map(|k| k.title(taxonomy))
            .collect();
        return Err(Error::Input(tr!(
            "write-import-no-header",
            file = path,
            columns = names.join(", ")
        )));
    };
    let layout = headers
        .layout(rows[at].number, &texts(&rows[at]))
        .map_err(|message| Error::Input(format!("{}: {message}", path.display())))?;

    let mut problems = Vec::new();
    let mut read = Vec::new();
    for row in &rows[at + 1..] {
        // A row whose only content is in ignored columns (a number in
        // `STT`, say) is as blank as an empty one.
        if layout.columns.iter().all(|c| row.cell(c.index).is_empty()) {
            continue;
        }
        let mut cells = Cells {
            row,
            layout: &layout,
            problems: Vec::new(),
        };
        let registration = cells.registration(taxonomy);
        problems.extend(cells.problems);
        read.extend(registration.map(|r| (row.number, r)));
    }
    let mut plan = Plan {
        layout,
        new: Vec::new(),
        duplicates: Vec::new(),
        problems,
    };
    plan.add(register, read, options.strict);
    plan.problems
        .sort_by_key(|p| (p.row, p.column.as_ref().map(|c| c.index)));
    Ok(plan)
}

/// The identity of a model for finding duplicates: name, unit and day of
/// registration, after trimming and NFC.
fn identity(name: &str, unit: &str, registered: Date) -> (String, String, Date) {
    let clean = |t: &str| crate::text::nfc(t.trim()).into_owned();
    (clean(name), clean(unit), registered)
}

impl Plan {
    /// Takes the valid rows: duplicates are skipped (or refused when
    /// `strict`), the others get ids unique in the register and the sheet.
    fn add(&mut self, register: &Register, read: Vec<(usize, Registration)>, strict: bool) {
        let fresh = self.skip_duplicates(register, read, strict);
        let mut taken: HashSet<String> = register.models.iter().map(|m| m.id.clone()).collect();
        let id_problem = |row: usize, message: String| RowProblem {
            row,
            column: self.layout.column(&Key::Id).cloned(),
            message,
        };
        // Ids the sheet gives are taken first, so that an id made for one
        // row never takes the id a later row gives.
        let mut given: HashMap<String, usize> = HashMap::new();
        let mut accepted = Vec::new();
        let mut problems = Vec::new();
        for (row, registration) in fresh {
            if let Some(id) = &registration.id {
                if let Some(first) = given.get(id) {
                    problems.push(id_problem(
                        row,
                        tr!("write-import-id-twice", first = *first, id = id),
                    ));
                    continue;
                }
                if let Err(e) = registration.id(|id| taken.contains(id)) {
                    problems.push(id_problem(row, e.to_string()));
                    continue;
                }
                given.insert(id.clone(), row);
            }
            accepted.push((row, registration));
        }
        taken.extend(given.into_keys());
        for (row, registration) in accepted {
            let own = registration.id.is_some();
            match registration.id(|id| !own && taken.contains(id)) {
                Ok(id) => {
                    taken.insert(id.clone());
                    self.new.push(New {
                        row,
                        id,
                        registration,
                    });
                }
                Err(e) => problems.push(id_problem(row, e.to_string())),
            }
        }
        self.problems.extend(problems);
    }

    /// The rows that repeat no model of the register and no earlier row;
    /// the others are noted as duplicates, or as problems when `strict`.
    fn skip_duplicates(
        &mut self,
        register: &Register,
        read: Vec<(usize, Registration)>,
        strict: bool,
    ) -> Vec<(usize, Registration)> {
        let existing: HashMap<_, &str> = register
            .models
            .iter()
            .map(|m| (identity(&m.name, &m.unit, m.registered), m.id.as_str()))
            .collect();
        let mut seen = HashMap::new();
        let mut fresh = Vec::new();
        for (row, registration) in read {
            let key = identity(
                &registration.name,
                &registration.unit,
                registration.registered,
            );
            let original = existing
                .get(&key)
                .map(|id| Original::Model((*id).to_owned()))
                .or_else(|| seen.get(&key).map(|r| Original::Row(*r)));
            let Some(of) = original else {
                seen.insert(key, row);
                fresh.push((row, registration));
                continue;
            };
            let duplicate = Duplicate { row, of };
            if strict {
                self.problems.push(RowProblem {
                    row,
                    column: None,
                    message: tr!("write-import-strict", duplicate = duplicate.what()),
                });
            } else {
                self.duplicates.push(duplicate);
            }
        }
        fresh
    }
}

/// The cells of one row, read by the layout; problems are gathered.
struct Cells<'a> {
    row: &'a Row,
    layout: &'a Layout,
    problems: Vec<RowProblem>,
}

impl Cells<'_> {
    fn problem(&mut self, column: &SheetColumn, message: String) {
        self.problems.push(RowProblem {
            row: self.row.number,
            column: Some(column.clone()),
            message,
        });
    }

    fn column(&self, key: &Key) -> Option<(&SheetColumn, &Cell)> {
        let column = self.layout.column(key)?;
        Some((column, self.row.cell(column.index)))
    }

    /// The text of a key's cell; `None` when there is no such column or
    /// the cell is empty.
    fn text(&self, key: &Key) -> Option<String> {
        self.column(key)
            .map(|(_, cell)| cell.as_text())
            .filter(|t| !t.is_empty())
    }

    /// The day in a key's cell; `None` (after a problem, when bad or when
    /// `required` and empty) when there is none.
    fn date(&mut self, key: &Key, required: bool) -> Option<Date> {
        let (column, cell) = self.column(key)?;
        let (column, cell) = (column.clone(), cell.clone());
        if cell.is_empty() {
            if required {
                let message = tr!("write-required", key = columns::name(key));
                self.problem(&column, message);
            }
            return None;
        }
        cell.as_date().map_err(|m| self.problem(&column, m)).ok()
    }

    /// The row's outcome: its year and the metrics it has values for.
    fn outcome(&mut self, taxonomy: &Taxonomy) -> Option<Outcome> {
        let filled: Vec<(SheetColumn, Cell, String)> = self
            .layout
            .metrics(taxonomy)
            .map(|(c, code)| (c.clone(), self.row.cell(c.index).clone(), code.to_owned()))
            .filter(|(_, cell, _)| !cell.is_empty())
            .collect();
        if filled.is_empty() {
            return None;
        }
        // A layout with outcome columns always has a year column.
        let year_column = self.layout.column(&Key::Year)?.clone();
        let year = self
            .row
            .cell(year_column.index)
            .as_year()
            .map_err(|m| self.problem(&year_column, m))
            .ok();
        let mut values = Vec::new();
        for (column, cell, code) in filled {
            match cell.as_amount() {
                Ok(n) => values.push((code, n)),
                Err(m) => self.problem(&column, m),
            }
        }
        Some(Outcome {
            year: year?,
            values,
        })
    }

    /// The row's cells of custom keys, as text; a date cell as its day.
    fn custom(&mut self, taxonomy: &Taxonomy) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for key in Key::custom(taxonomy) {
            let Key::Custom(code, kind) = &key else {
                continue;
            };
            if self.layout.column(&key).is_none() {
                continue;
            }
            let text = if *kind == crate::query::key::Type::Date {
                self.date(&key, false).map(|d| d.to_string())
            } else {
                self.text(&key)
            };
            if let Some(text) = text {
                out.push((code.clone(), text));
            }
        }
        out
    }

    /// The row as a registration, or `None` when it has problems.
    fn registration(&mut self, taxonomy: &Taxonomy) -> Option<Registration> {
        let registered = self.date(&Key::Registered, true);
        let started = self.date(&Key::Started, false);
        let outcome = self.outcome(taxonomy);
        let draft = Draft {
            name: self.text(&Key::Name).unwrap_or_default(),
            unit: self.text(&Key::Unit).unwrap_or_default(),
            subject: self.text(&Key::Subject).unwrap_or_default(),
            field: self.text(&Key::Field).unwrap_or_default(),
            level: self.text(&Key::Level).unwrap_or_default(),
            registered: registered.unwrap_or_default(),
            kind: self.text(&Key::Kind),
            phase: self.text(&Key::Phase),
            started,
            province: self.text(&Key::Province),
            district: self.text(&Key::District),
            commune: self.text(&Key::Commune),
            summary: self.text(&Key::Summary),
            id: self.text(&Key::Id),
            custom: self.custom(taxonomy),
        };
        match draft.check(taxonomy) {
            Ok(mut registration) if self.problems.is_empty() => {
                registration.outcomes.extend(outcome);
                Some(registration)
            }
            Ok(_) => None,
            Err(invalid) => {
                for invalid in invalid {
                    let column = Key::parse(&invalid.key, Mode::Models, taxonomy)
                        .ok()
                        .and_then(|k| self.layout.column(&k));
                    self.problems.push(RowProblem {
                        row: self.row.number,
                        column: column.cloned(),
                        message: invalid.message,
                    });
                }
                None
            }
        }
    }
}
