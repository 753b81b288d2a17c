//! `export`: one row a model with every stored and derived key, and the
//! events, outcomes and assessments summarised into columns a spreadsheet
//! can use (the recognised level's date, the latest decision, sums of
//! outcomes over the period). Builds the `Table` that csv, json and xlsx
//! are written from.

use std::borrow::Cow;

use crate::error::{Error, Result};
use crate::model::EventType;
use crate::model::derived::{AsOf, outcome_sum};
use crate::model::taxonomy::Taxonomy;
use crate::query::key::{Key, Mode, Type, Value};
use crate::reports::table::{self, Cell, Table};
use crate::select::Selected;
use crate::tr;

/// A column of the export: a key, or a summary that only export has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportColumn {
    Key(Key),
    /// The date of the recognition at the `recognized` level.
    RecognizedDate,
    /// The number of the latest decision among the events up to the date.
    LastDecision,
    /// The date and criteria set of the latest assessment up to the date.
    AssessedDate,
    AssessedCriteria,
    /// A metric summed over the period's outcome years (`AsOf::sums_year`).
    Sum(String),
    /// `<key>_now`: a renamed key's name in force as of the date
    /// (format.md, "Renames"), beside the recorded value.
    Now(Key),
    /// The model's file, relative to its register.
    Path,
    /// The register's folder: a column only when several are exported.
    Register,
}

const SUMMARIES: [(&str, ExportColumn); 6] = [
    ("recognized_date", ExportColumn::RecognizedDate),
    ("last_decision", ExportColumn::LastDecision),
    ("assessed_date", ExportColumn::AssessedDate),
    ("assessed_criteria", ExportColumn::AssessedCriteria),
    ("path", ExportColumn::Path),
    ("register", ExportColumn::Register),
];

impl ExportColumn {
    pub fn name(&self) -> Cow<'static, str> {
        match self {
            ExportColumn::Key(key) => key.name(Mode::Models),
            ExportColumn::Sum(metric) => Cow::Owned(format!("sum_{metric}")),
            ExportColumn::Now(key) => Cow::Owned(format!("{}_now", key.name(Mode::Models))),
            other => SUMMARIES
                .iter()
                .find(|(_, c)| c == other)
                .map_or(Cow::Borrowed("?"), |(n, _)| Cow::Borrowed(*n)),
        }
    }

    fn title(&self, taxonomy: &Taxonomy) -> String {
        match self {
            ExportColumn::Key(key) => key.title(taxonomy),
            ExportColumn::RecognizedDate => tr!("report-export-recognized-date"),
            ExportColumn::LastDecision => tr!("report-export-last-decision"),
            ExportColumn::AssessedDate => tr!("report-export-assessed-date"),
            ExportColumn::AssessedCriteria => tr!("report-export-assessed-criteria"),
            ExportColumn::Sum(metric) => tr!(
                "report-export-sum",
                metric = Key::Outcome(metric.clone()).title(taxonomy)
            ),
            ExportColumn::Now(key) => tr!("report-export-now", key = key.title(taxonomy)),
            ExportColumn::Path => tr!("report-export-path"),
            ExportColumn::Register => tr!("report-export-register"),
        }
    }

    fn header(&self, taxonomy: &Taxonomy) -> table::Column {
        match self {
            ExportColumn::Key(key) => table::Column::of_key(key, Mode::Models, taxonomy),
            ExportColumn::RecognizedDate | ExportColumn::AssessedDate => table::Column {
                date: true,
                ..table::Column::new(self.name(), self.title(taxonomy), false)
            },
            ExportColumn::Sum(_) => table::Column::new(self.name(), self.title(taxonomy), true),
            _ => table::Column::new(self.name(), self.title(taxonomy), false),
        }
    }

    fn cell(&self, s: &Selected<'_>, as_of: &AsOf, taxonomy: &Taxonomy) -> Cell {
        let m = s.model;
        let events = || m.events.iter().filter(|e| e.date <= as_of.date);
        let latest_assessment = || {
            m.assessments
                .iter()
                .filter(|a| a.date <= as_of.date)
                .max_by_key(|a| a.date)
        };
        let value = match self {
            ExportColumn::Key(key) => {
                return Cell::of(&key.value(&s.row(as_of)), key.kind(), taxonomy);
            }
            ExportColumn::Now(key) => {
                let value = key.value_in_force(&s.row(as_of), &taxonomy.renames);
                return Cell::of(&value, key.kind(), taxonomy);
            }
            ExportColumn::RecognizedDate => s.derived.recognized.as_ref().and_then(|level| {
                events()
                    .filter(|e| e.kind == EventType::CongNhan && e.level.as_ref() == Some(level))
                    .map(|e| e.date)
                    .max()
                    .map(Value::Date)
            }),
            ExportColumn::LastDecision => events()
                .filter(|e| e.decision.is_some())
                .max_by_key(|e| e.date)
                .and_then(|e| e.decision.as_deref())
                .map(|d| Value::Text(d.into())),
            ExportColumn::AssessedDate => latest_assessment().map(|a| Value::Date(a.date)),
            ExportColumn::AssessedCriteria => {
                latest_assessment().map(|a| Value::Text(a.criteria.as_str().into()))
            }
            ExportColumn::Sum(metric) => {
                outcome_sum(m, metric, |y| as_of.sums_year(y)).map(Value::Number)
            }
            ExportColumn::Path => Some(Value::Text(
                m.path.to_string_lossy().replace('\\', "/").into(),
            )),
            ExportColumn::Register => Some(Value::Text(
                s.register.root.to_string_lossy().into_owned().into(),
            )),
        };
        Cell::of(&value.unwrap_or(Value::Null), Type::Text, taxonomy)
    }
}

/// The model keys that `export` gives a `<key>_now` column (an event's
/// `authority`, the fifth renamed key, is no column of a model's row).
const NOW_KEYS: [Key; 4] = [Key::Unit, Key::Province, Key::District, Key::Commune];

/// Every column, in the order export writes them: the keys `show` lists
/// with the summaries beside the keys they explain, the period's sums,
/// the register's own keys (`[custom]`), the path, and the register when
/// there are several.
pub fn columns(taxonomy: &Taxonomy, registers: usize) -> Vec<ExportColumn> {
    let mut out = Vec::new();
    for key in Key::of_models(taxonomy) {
        if matches!(key, Key::Custom(..)) {
            continue;
        }
        let after = match key {
            Key::Recognized => vec![ExportColumn::RecognizedDate],
            Key::Proposed => vec![ExportColumn::LastDecision],
            Key::Assessed => vec![ExportColumn::AssessedDate, ExportColumn::AssessedCriteria],
            ref k if NOW_KEYS.contains(k) => vec![ExportColumn::Now(key.clone())],
            _ => vec![],
        };
        out.push(ExportColumn::Key(key));
        out.extend(after);
    }
    out.extend(
        taxonomy
            .metrics
            .iter()
            .map(|m| ExportColumn::Sum(m.code.clone())),
    );
    out.extend(Key::custom(taxonomy).map(ExportColumn::Key));
    out.push(ExportColumn::Path);
    if registers > 1 {
        out.push(ExportColumn::Register);
    }
    out
}

/// The columns `--columns` names, or every column when it names none.
pub fn chosen_columns<S: AsRef<str>>(
    names: &[S],
    taxonomy: &Taxonomy,
    registers: usize,
) -> Result<Vec<ExportColumn>> {
    if names.is_empty() {
        Ok(columns(taxonomy, registers))
    } else {
        parse_columns(names, taxonomy)
    }
}

/// `--columns`: names of keys or of export's summaries, in the order
/// given.
pub fn parse_columns<S: AsRef<str>>(names: &[S], taxonomy: &Taxonomy) -> Result<Vec<ExportColumn>> {
    let mut columns: Vec<ExportColumn> = Vec::new();
    for name in names
        .iter()
        .flat_map(|n| n.as_ref().split(','))
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        let column = parse_column(name, taxonomy)?;
        if columns.contains(&column) {
            return Err(Error::Input(tr!("report-export-column-twice", name = name)));
        }
        columns.push(column);
    }
    Ok(columns)
}

fn parse_column(name: &str, taxonomy: &Taxonomy) -> Result<ExportColumn> {
    if let Some((_, c)) = SUMMARIES.iter().find(|(n, _)| *n == name) {
        return Ok(c.clone());
    }
    if let Some(metric) = name.strip_prefix("sum_")
        && let Some(m) = taxonomy.resolve_metric(metric)
    {
        return Ok(ExportColumn::Sum(m.code.clone()));
    }
    if let Ok(key) = Key::parse(name, Mode::Models, taxonomy) {
        return Ok(ExportColumn::Key(key));
    }
    if let Some(key) = name
        .strip_suffix("_now")
        .and_then(|k| Key::parse(k, Mode::Models, taxonomy).ok())
        .filter(|k| k.renamed().is_some())
    {
        return Ok(ExportColumn::Now(key));
    }
    let mut names: Vec<String> = Key::names(Mode::Models, taxonomy);
    names.extend(
        NOW_KEYS
            .iter()
            .map(|k| format!("{}_now", k.name(Mode::Models))),
    );
    names.extend(SUMMARIES.iter().map(|(n, _)| (*n).to_owned()));
    names.extend(taxonomy.metrics.iter().map(|m| format!("sum_{}", m.code)));
    let hint = crate::problem::hint(name, names.iter().map(String::as_str));
    Err(Error::Input(tr!(
        "report-export-column-unknown",
        name = name,
        hint = hint,
        columns = names.join(", ")
    )))
}

/// One row a model, in the order given.
pub fn table(
    selected: &[Selected<'_>],
    columns: &[ExportColumn],
    as_of: &AsOf,
    taxonomy: &Taxonomy,
) -> Table {
    let mut table = Table::new(columns.iter().map(|c| c.header(taxonomy)).collect());
    table.rows = selected
        .iter()
        .map(|s| columns.iter().map(|c| c.cell(s, as_of, taxonomy)).collect())
        .collect();
    table
}
