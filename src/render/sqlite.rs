//! The register as one `SQLite` database (`dvk export --format sqlite`), for
//! analysts who query it with SQL: `models` (the rows of `export`, `id`
//! the primary key), `events`, `assessments` (a row a judgement),
//! `outcomes` (a row a metric of a year) and `criteria`, typed (dates as
//! ISO text, numbers as numbers, lists as `;`-joined text), with an index
//! on `model_id`. Built in memory and returned as bytes, so that the
//! caller writes the file whole and atomically, as every other file.

use rusqlite::types::Value as Sql;
use rusqlite::{Connection, MAIN_DB, params_from_iter};
use serde_json::Value as Json;

use crate::criteria::Catalog;
use crate::error::{Error, Result};
use crate::model::derived::AsOf;
use crate::model::schema::EVENT_KEYS;
use crate::model::taxonomy::Taxonomy;
use crate::reports::table::Table;
use crate::reports::view;
use crate::select::Selected;
use crate::tr;

/// What the database holds.
pub struct Database<'a> {
    /// `export`'s table of the models: a column a key.
    pub models: &'a Table,
    /// The same models, for their events, assessments and outcomes.
    pub selected: &'a [Selected<'a>],
    pub as_of: &'a AsOf,
    pub taxonomy: &'a Taxonomy,
    /// Every register's criteria sets (a set named twice is written once).
    pub criteria: Vec<&'a Catalog>,
}

// i18n: SQL
const SCHEMA: &str = "
CREATE TABLE events (model_id TEXT NOT NULL, seq INTEGER NOT NULL, date TEXT NOT NULL,
  type TEXT NOT NULL, level TEXT, form TEXT, place TEXT, decision TEXT, authority TEXT,
  until TEXT, number TEXT, note TEXT, files TEXT, renewal INTEGER,
  PRIMARY KEY (model_id, seq));
CREATE TABLE assessments (model_id TEXT NOT NULL, date TEXT NOT NULL, criteria TEXT NOT NULL,
  criterion TEXT NOT NULL, value NUMERIC);
CREATE TABLE outcomes (model_id TEXT NOT NULL, year INTEGER NOT NULL, metric TEXT NOT NULL,
  value NUMERIC);
CREATE TABLE criteria (criteria TEXT NOT NULL, title TEXT, criterion TEXT NOT NULL,
  text TEXT, required INTEGER NOT NULL, points NUMERIC, \"check\" TEXT,
  PRIMARY KEY (criteria, criterion));
";

// i18n: SQL
const INDEXES: &str = "
CREATE INDEX events_model_id ON events (model_id);
CREATE INDEX assessments_model_id ON assessments (model_id);
CREATE INDEX outcomes_model_id ON outcomes (model_id);
";

/// The columns of `events` after `model_id` and `seq`: the stored keys of
/// an event in their canonical order, then whether it renews a recognition
/// (derived, as `show --format json` gives it).
fn event_columns() -> impl Iterator<Item = &'static str> {
    EVENT_KEYS.into_iter().chain(["renewal"])
}

/// The database's bytes.
pub fn database(db: &Database<'_>) -> Result<Vec<u8>> {
    build(db).map_err(|e| Error::Input(tr!("render-sqlite-failed", cause = e.to_string())))
}

fn build(db: &Database<'_>) -> rusqlite::Result<Vec<u8>> {
    let mut connection = Connection::open_in_memory()?;
    // i18n: SQL
    connection.execute_batch("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")?;
    let transaction = connection.transaction()?;
    models(&transaction, db.models)?;
    transaction.execute_batch(SCHEMA)?;
    records(&transaction, db)?;
    criteria(&transaction, &db.criteria)?;
    transaction.execute_batch(INDEXES)?;
    transaction.commit()?;
    Ok(connection.serialize(MAIN_DB)?.to_vec())
}

/// A name as SQL quotes it.
fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// A value as SQL stores it: numbers as numbers (whole ones as integers),
/// true and false as 1 and 0, lists joined by `;`, the rest as text.
fn value(json: &Json) -> Sql {
    match json {
        Json::Null => Sql::Null,
        Json::Bool(b) => Sql::Integer(i64::from(*b)),
        Json::Number(n) => n
            .as_i64()
            .map_or_else(|| Sql::Real(n.as_f64().unwrap_or(f64::NAN)), Sql::Integer),
        Json::String(s) => Sql::Text(s.clone()),
        Json::Array(items) => Sql::Text(
            items
                .iter()
                .map(|i| match i {
                    Json::String(s) => s.clone(),
                    other => other.to_string(),
                })
                .collect::<Vec<_>>()
                .join(";"),
        ),
        Json::Object(_) => Sql::Text(json.to_string()),
    }
}

/// `models`: a column a column of the export, typed by what it holds.
fn models(connection: &Connection, table: &Table) -> rusqlite::Result<()> {
    let json: Vec<Vec<Json>> = table
        .rows
        .iter()
        .map(|row| row.iter().map(crate::reports::table::Cell::json).collect())
        .collect();
    let columns: Vec<String> = table
        .columns
        .iter()
        .enumerate()
        .map(|(i, column)| {
            let held = || {
                json.iter()
                    .filter_map(|r| r.get(i))
                    .filter(|v| !v.is_null())
            };
            let kind = if column.numeric {
                "NUMERIC"
            } else if held().next().is_some() && held().all(Json::is_boolean) {
                "INTEGER"
            } else {
                "TEXT"
            };
            let key = if column.name == "id" {
                // i18n: SQL
                " PRIMARY KEY"
            } else {
                ""
            };
            format!("{} {kind}{key}", quoted(&column.name))
        })
        .collect();
    // i18n: SQL
    let create = format!("CREATE TABLE models ({});", columns.join(", "));
    connection.execute_batch(&create)?;
    let marks = vec!["?"; table.columns.len()].join(", ");
    // i18n: SQL
    let mut insert = connection.prepare(&format!("INSERT INTO models VALUES ({marks})"))?;
    for row in &json {
        insert.execute(params_from_iter(row.iter().map(value)))?;
    }
    Ok(())
}

/// `events`, `assessments` and `outcomes` of each model, up to the date
/// (what `tally --events` and `--sum` count), from the json `show` gives.
fn records(connection: &Connection, db: &Database<'_>) -> rusqlite::Result<()> {
    let date = db.as_of.date.to_string();
    let last_year = db.as_of.last_sum_year();
    let marks = vec!["?"; event_columns().count() + 2].join(", ");
    // i18n: SQL
    let mut event = connection.prepare(&format!("INSERT INTO events VALUES ({marks})"))?;
    // i18n: SQL
    let mut judgement = connection.prepare("INSERT INTO assessments VALUES (?, ?, ?, ?, ?)")?;
    // i18n: SQL
    let mut outcome = connection.prepare("INSERT INTO outcomes VALUES (?, ?, ?, ?)")?;
    let until = |item: &Json| item["date"].as_str().is_some_and(|d| *d <= *date);
    for selected in db.selected {
        let model = view::json(&selected.row(db.as_of), db.taxonomy);
        let id = Sql::Text(selected.model.id.clone());
        let items = |key: &str| model[key].as_array().cloned().unwrap_or_default();
        for (seq, item) in items("event").iter().enumerate() {
            if !until(item) {
                continue;
            }
            let mut row = vec![
                id.clone(),
                Sql::Integer(i64::try_from(seq + 1).unwrap_or(0)),
            ];
            row.extend(event_columns().map(|key| value(&item[key])));
            event.execute(params_from_iter(row))?;
        }
        for item in items("assessment").iter().filter(|i| until(i)) {
            for (criterion, result) in item["results"].as_object().into_iter().flatten() {
                judgement.execute(params_from_iter([
                    id.clone(),
                    value(&item["date"]),
                    value(&item["criteria"]),
                    Sql::Text(criterion.clone()),
                    value(result),
                ]))?;
            }
        }
        for item in items("outcome") {
            let Some(year) = item["year"].as_i64().filter(|y| *y <= i64::from(last_year)) else {
                continue;
            };
            for (metric, amount) in item.as_object().into_iter().flatten() {
                if metric != "year" {
                    outcome.execute(params_from_iter([
                        id.clone(),
                        Sql::Integer(year),
                        Sql::Text(metric.clone()),
                        value(amount),
                    ]))?;
                }
            }
        }
    }
    Ok(())
}

/// `criteria`: a row a criterion of every set.
fn criteria(connection: &Connection, catalogs: &[&Catalog]) -> rusqlite::Result<()> {
    let mut insert = connection.prepare(
        // i18n: SQL
        "INSERT OR IGNORE INTO criteria VALUES (?, ?, ?, ?, ?, ?, ?)",
    )?;
    for set in catalogs.iter().flat_map(|c| &c.sets) {
        for criterion in &set.criteria {
            insert.execute(params_from_iter([
                Sql::Text(set.id.clone()),
                Sql::Text(set.title.clone()),
                Sql::Text(criterion.id.clone()),
                Sql::Text(criterion.text.clone()),
                Sql::Integer(i64::from(criterion.required)),
                value(&crate::query::key::number_json(criterion.points)),
                criterion.check_text.clone().map_or(Sql::Null, Sql::Text),
            ]))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_keep_their_types() {
        assert_eq!(value(&json!(3)), Sql::Integer(3));
        assert_eq!(value(&json!(2.5)), Sql::Real(2.5));
        assert_eq!(value(&json!(true)), Sql::Integer(1));
        assert_eq!(value(&json!("2024-06-30")), Sql::Text("2024-06-30".into()));
        assert_eq!(value(&json!(["a", "b"])), Sql::Text("a;b".into()));
        assert_eq!(value(&json!(null)), Sql::Null);
        assert_eq!(quoted("outcome.\"x"), "\"outcome.\"\"x\"");
    }

    #[test]
    fn an_empty_selection_is_a_database_with_every_table() {
        let table = Table::new(vec![crate::reports::table::Column::new("id", "Mã", false)]);
        let as_of = AsOf::date(crate::model::date::parse("2025-06-30").unwrap());
        let taxonomy = Taxonomy::default();
        let bytes = database(&Database {
            models: &table,
            selected: &[],
            as_of: &as_of,
            taxonomy: &taxonomy,
            criteria: Vec::new(),
        })
        .unwrap();
        assert!(bytes.starts_with(b"SQLite format 3\0"));
        let mut db = Connection::open_in_memory().unwrap();
        db.deserialize_bytes(MAIN_DB, Box::leak(bytes.into_boxed_slice()))
            .unwrap();
        let tables: Vec<String> = db
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(
            tables,
            ["assessments", "criteria", "events", "models", "outcomes"]
        );
    }
}
