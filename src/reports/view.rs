//! The whole of one model as `show` and `list --format json` give it: every
//! stored key and every derived key as of a date, plus `id` and `path`.

use serde_json::{Map, Value as Json, json};

use crate::model::recognition::is_renewal;
use crate::model::schema::EVENT_KEYS;
use crate::model::taxonomy::Taxonomy;
use crate::model::{EventType, Judgement, Model};
use crate::query::key::{Key, Mode, Row, Value, number_json};
use crate::reports::report::{Report, View};
use crate::reports::table::{Cell, Column, Table};
use crate::tr;

/// The json object of a model: stored keys (with `outcome`, `assessment`
/// and `event` as arrays), derived keys, `id` and `path`.
pub fn json(row: &Row<'_>, taxonomy: &Taxonomy) -> Json {
    let m = row.model;
    let mut object = Map::new();
    for key in Key::of_models(taxonomy) {
        object.insert(key.name(Mode::Models).into_owned(), key.value(row).json());
        if key == Key::Summary {
            object.insert("outcome".into(), outcomes(m));
            object.insert("assessment".into(), assessments(m));
            object.insert("event".into(), events(m));
        }
    }
    object.insert(
        "path".into(),
        Json::String(m.path.to_string_lossy().replace('\\', "/")),
    );
    Json::Object(object)
}

fn outcomes(m: &Model) -> Json {
    m.outcomes
        .iter()
        .map(|o| {
            let mut object = Map::new();
            object.insert("year".into(), json!(o.year));
            for (metric, value) in &o.values {
                object.insert(metric.clone(), number_json(*value));
            }
            Json::Object(object)
        })
        .collect()
}

fn assessments(m: &Model) -> Json {
    m.assessments
        .iter()
        .map(|a| {
            let results: Map<String, Json> = a
                .results
                .iter()
                .map(|(id, j)| {
                    let value = match j {
                        Judgement::Met(b) => Json::Bool(*b),
                        Judgement::Points(p) => number_json(*p),
                    };
                    (id.clone(), value)
                })
                .collect();
            let mut object = json!({
                "date": a.date.to_string(),
                "criteria": a.criteria,
                "by": a.by,
                "note": a.note,
                "results": results,
            });
            if !a.files.is_empty() {
                object["files"] = json!(a.files);
            }
            object
        })
        .collect()
}

fn events(m: &Model) -> Json {
    m.events
        .iter()
        .map(|e| {
            let mut object = Map::new();
            object.insert("date".into(), Json::String(e.date.to_string()));
            object.insert("type".into(), Json::String(e.kind.code().to_owned()));
            let texts: Vec<(&str, &str)> = e.texts().collect();
            // In the order of format.md: `until` sits among the texts.
            for key in &EVENT_KEYS[2..] {
                if *key == "until" {
                    if let Some(until) = e.until {
                        object.insert("until".into(), Json::String(until.to_string()));
                    }
                } else if *key == "files" {
                    if !e.files.is_empty() {
                        object.insert("files".into(), json!(e.files));
                    }
                } else if let Some((_, text)) = texts.iter().find(|(k, _)| k == key) {
                    object.insert((*key).into(), Json::String((*text).to_owned()));
                }
            }
            if e.kind == EventType::CongNhan {
                object.insert("renewal".into(), Json::Bool(is_renewal(m, e)));
            }
            Json::Object(object)
        })
        .collect()
}

/// The terminal view of a model: one line a key with a value, labels for
/// codes, then its events.
/// One model as a report: its keys and its events as tables for people,
/// its keys as csv, and json with every key and event.
pub fn report(row: &Row<'_>, taxonomy: &Taxonomy) -> Report {
    let (fields, events) = tables(row, taxonomy);
    let mut people = vec![View::Data];
    if !events.rows.is_empty() {
        people.push(View::Table(events));
    }
    let evidence = evidence(row.model, taxonomy);
    if !evidence.rows.is_empty() {
        people.push(View::Table(evidence));
    }
    Report {
        people,
        data: Some(fields),
        json: Some(json(row, taxonomy)),
        note: None,
    }
}

/// Every evidence file of a model, with the record that names it: the
/// model itself, an assessment, or an event.
pub fn evidence(m: &Model, taxonomy: &Taxonomy) -> Table {
    let mut table = Table::new(vec![
        Column::new("of", tr!("report-show-evidence-of"), false),
        Column::new("file", tr!("report-show-evidence-file"), false),
    ]);
    let mut push = |of: String, files: &[String]| {
        for file in files {
            table
                .rows
                .push(vec![Cell::text(of.clone()), Cell::text(file.clone())]);
        }
    };
    push(tr!("report-show-evidence-model"), &m.files);
    for a in &m.assessments {
        push(
            tr!(
                "report-show-evidence-assessment",
                date = a.date.to_string(),
                criteria = &a.criteria
            ),
            &a.files,
        );
    }
    for e in &m.events {
        push(
            format!("{} {}", e.date, taxonomy.event_types.label(e.kind.code())),
            &e.files,
        );
    }
    table
}

pub fn tables(row: &Row<'_>, taxonomy: &Taxonomy) -> (Table, Table) {
    let mut fields = Table::new(vec![
        Column::new("key", "", false),
        Column::new("value", "", false),
    ]);
    for key in Key::of_models(taxonomy) {
        let value = key.value(row);
        if matches!(value, Value::Null) || (matches!(value, Value::List(l) if l.is_empty())) {
            continue;
        }
        fields.rows.push(vec![
            Cell::text(key.title(taxonomy)),
            Cell::of(&value, key.kind(), taxonomy),
        ]);
    }
    let mut events = Table::new(vec![
        Column::new("date", tr!("report-show-event-date"), false),
        Column::new("type", tr!("report-show-event-type"), false),
        Column::new("level", tr!("report-show-event-detail"), false),
        Column::new("decision", tr!("report-show-event-decision"), false),
        Column::new("authority", tr!("report-show-event-authority"), false),
    ]);
    for e in &row.model.events {
        let detail = e
            .level
            .as_deref()
            .map(|l| taxonomy.levels.label(l).to_owned())
            .into_iter()
            .chain(
                e.form
                    .as_deref()
                    .map(|f| taxonomy.forms.label(f).to_owned()),
            )
            .chain(e.place.clone())
            .chain(
                e.until
                    .map(|u| tr!("report-show-event-until", date = u.to_string())),
            )
            .chain(
                e.number
                    .as_deref()
                    .map(|n| tr!("report-show-event-number", number = n)),
            )
            .chain(is_renewal(row.model, e).then(|| tr!("report-show-event-renewal")))
            .collect::<Vec<_>>()
            .join(", ");
        events.rows.push(vec![
            Cell::text(e.date.to_string()),
            Cell::code(e.kind.code(), taxonomy.event_types.label(e.kind.code())),
            Cell::text(detail),
            Cell::text(e.decision.clone().unwrap_or_default()),
            Cell::text(e.authority.clone().unwrap_or_default()),
        ]);
    }
    (fields, events)
}
