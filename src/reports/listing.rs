//! Selected models as rows: sorting by keys, and the table or json that
//! `list` and `export` write.

use std::cmp::Ordering;

use crate::error::{Error, Result};
use crate::model::taxonomy::Taxonomy;
use crate::query::key::{Key, Mode, Row, Value, compare};
use crate::read::workspace::Workspace;
use crate::reports::report::Report;
use crate::reports::table::{Cell, Column, Table};
use crate::select::Selection;
use crate::tr;

/// A sort key; `descending` for `-KEY`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortKey {
    pub key: Key,
    pub descending: bool,
}

/// `KEY[,KEY]`, `-KEY` descending.
pub fn parse_sort(text: &str, mode: Mode, taxonomy: &Taxonomy) -> Result<Vec<SortKey>> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|part| {
            let (name, descending) = match part.strip_prefix('-') {
                Some(name) => (name, true),
                None => (part, false),
            };
            if name.is_empty() {
                return Err(Error::Input(tr!("report-list-sort-needs-key")));
            }
            Ok(SortKey {
                key: Key::parse(name, mode, taxonomy)?,
                descending,
            })
        })
        .collect()
}

/// Sorts rows stably by the keys, then by id (and, for events, date);
/// empty values last either way.
pub fn sort(rows: &mut [Row<'_>], keys: &[SortKey], taxonomy: &Taxonomy) {
    if keys.is_empty() {
        return;
    }
    rows.sort_by(|a, b| {
        for k in keys {
            let (va, vb) = (k.key.value(a), k.key.value(b));
            let nulls = (matches!(va, Value::Null), matches!(vb, Value::Null));
            let order = match nulls {
                (true, false) => Ordering::Greater,
                (false, true) => Ordering::Less,
                _ => {
                    let o = compare(k.key.kind(), &va, &vb, taxonomy);
                    if k.descending { o.reverse() } else { o }
                }
            };
            if order != Ordering::Equal {
                return order;
            }
        }
        a.model
            .id
            .cmp(&b.model.id)
            .then_with(|| a.event.map(|e| e.date).cmp(&b.event.map(|e| e.date)))
    });
}

/// One line a row, the given keys as columns (named as `mode` names them).
pub fn table(rows: &[Row<'_>], keys: &[Key], mode: Mode, taxonomy: &Taxonomy) -> Table {
    let columns = keys
        .iter()
        .map(|k| {
            Column::new(
                k.name(mode),
                k.title(taxonomy),
                k.kind() == crate::query::key::Type::Number,
            )
        })
        .collect();
    let mut table = Table::new(columns);
    table.rows = rows
        .iter()
        .map(|row| {
            keys.iter()
                .map(|k| Cell::of(&k.value(row), k.kind(), taxonomy))
                .collect()
        })
        .collect();
    table
}

/// The columns of `list`: a model a line, or with `--events` an event a
/// line with its model's keys; then the register's own keys (`[custom]`).
pub fn columns(mode: Mode, taxonomy: &Taxonomy) -> Vec<Key> {
    let mut keys = standard_columns(mode);
    keys.extend(Key::custom(taxonomy));
    keys
}

fn standard_columns(mode: Mode) -> Vec<Key> {
    match mode {
        Mode::Models => vec![
            Key::Id,
            Key::Name,
            Key::Unit,
            Key::Field,
            Key::Level,
            Key::Registered,
            Key::Status,
            Key::Recognized,
        ],
        Mode::Events => vec![
            Key::Id,
            Key::EventDate,
            Key::EventType,
            Key::EventLevel,
            Key::EventForm,
            Key::EventPlace,
            Key::EventDecision,
            Key::EventAuthority,
            Key::Name,
            Key::Unit,
            Key::Subject,
            Key::Field,
            Key::Level,
        ],
    }
}

/// What `list` shows: the rows the query selects as of the date (a model
/// each, or with `Mode::Events` an event each), sorted; json of models
/// has every key of each, as `show` gives it; the note counts the rows
/// against every model read.
pub fn report(workspace: &Workspace, selection: Selection<'_>, sort_keys: &[SortKey]) -> Report {
    let Selection { query, mode, as_of } = selection;
    let taxonomy = workspace.taxonomy();
    let (models, events);
    let mut rows: Vec<Row<'_>> = match mode {
        Mode::Events => {
            events = workspace.select_events(query, as_of);
            events.iter().flat_map(|s| s.rows(as_of)).collect()
        }
        Mode::Models => {
            models = workspace.select(query, as_of);
            models.iter().map(|s| s.row(as_of)).collect()
        }
    };
    sort(&mut rows, sort_keys, taxonomy);
    let json = (mode == Mode::Models).then(|| {
        serde_json::Value::Array(
            rows.iter()
                .map(|row| crate::reports::view::json(row, taxonomy))
                .collect(),
        )
    });
    let note = match mode {
        Mode::Events => tr!(
            "report-list-events-of",
            count = rows.len(),
            models = workspace.model_count()
        ),
        Mode::Models => tr!(
            "report-list-models-of",
            count = rows.len(),
            models = workspace.model_count()
        ),
    };
    Report {
        json,
        note: Some(note),
        ..Report::table(table(&rows, &columns(mode, taxonomy), mode, taxonomy))
    }
}
