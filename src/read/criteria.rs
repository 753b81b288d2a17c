//! A criteria set's file (`criteria/<id>.toml`) read into a
//! `CriteriaSet`, every problem at its line and column.

use std::path::Path;

use crate::criteria::{CriteriaSet, Criterion};
use crate::model::taxonomy::Taxonomy;
use crate::problem::{Problem, Sink};
use crate::query::Query;
use crate::query::key::Mode;
use crate::read::spanned::{self, Table};
use crate::tr;

const SET_KEYS: [&str; 6] = [
    "title",
    "issuer",
    "issued",
    "applies",
    "min_score",
    "criterion",
];
const CRITERION_KEYS: [&str; 6] = ["id", "text", "check", "required", "points", "note"];

/// Parses a criteria set; `path` is what problems name.
pub fn parse(
    id: &str,
    path: &Path,
    text: &str,
    taxonomy: &Taxonomy,
) -> (Option<CriteriaSet>, Vec<Problem>) {
    let mut sink = Sink::new(path, text);
    let set = spanned::parse_document(text, &mut sink)
        .and_then(|t| read_set(id, &t, taxonomy, &mut sink));
    let set = if sink.has_errors() { None } else { set };
    (set, sink.problems)
}

fn query(
    value: &spanned::Value<'_>,
    key: &str,
    taxonomy: &Taxonomy,
    sink: &mut Sink<'_>,
) -> Option<(Query, String)> {
    let text = spanned::string(value, key, sink)?;
    match Query::parse(&text, Mode::Models, taxonomy) {
        Ok(q) => Some((q, text)),
        Err(e) => {
            sink.error_at(
                Some(value.span().start),
                tr!("check-bad-query", key = key, problem = e.to_string()),
            );
            None
        }
    }
}

fn read_set(
    id: &str,
    t: &Table<'_>,
    taxonomy: &Taxonomy,
    sink: &mut Sink<'_>,
) -> Option<CriteriaSet> {
    let in_set = tr!("check-in-criteria-set");
    spanned::reject_unknown(t, &SET_KEYS, &in_set, sink);
    let title = if let Some(v) = t.get("title") {
        spanned::string(v, "title", sink)
    } else {
        sink.error_at(
            Some(0),
            tr!("check-missing-key", key = "title", what = &in_set),
        );
        None
    };
    let issuer = t
        .get("issuer")
        .and_then(|v| spanned::string(v, "issuer", sink));
    let issued_on = t
        .get("issued")
        .and_then(|v| spanned::date(v, "issued", sink));
    let applies = t
        .get("applies")
        .and_then(|v| query(v, "applies", taxonomy, sink))
        .map(|(q, _)| q);
    let min_score = t.get("min_score").and_then(|v| {
        let n = spanned::number(v, "min_score", sink)?;
        if n < 0.0 {
            sink.error_at(
                Some(v.span().start),
                tr!("check-negative", key = "min_score"),
            );
        }
        Some(n)
    });
    let mut criteria: Vec<Criterion> = Vec::new();
    let mut all_read = true;
    match t.get("criterion") {
        Some(value) => {
            for (table, at) in spanned::tables(value, "criterion", sink) {
                let c = read_criterion(table, at, taxonomy, sink);
                all_read &= c.is_some();
                if let Some(c) = c {
                    if criteria.iter().any(|other| other.id == c.id) {
                        let at = spanned::key_offset(table, "id").unwrap_or(at);
                        sink.error_at(Some(at), tr!("check-criterion-twice", id = &c.id));
                    }
                    criteria.push(c);
                }
            }
        }
        None => sink.error_at(Some(0), tr!("check-no-criterion")),
    }
    if let Some(min) = min_score.filter(|_| all_read) {
        let max: f64 = criteria.iter().map(|c| c.points).sum();
        if min > max {
            let at = spanned::key_offset(t, "min_score");
            sink.error_at(
                at,
                tr!(
                    "check-min-score",
                    min = min.to_string(),
                    max = max.to_string()
                ),
            );
        }
    }
    Some(CriteriaSet {
        id: id.to_owned(),
        title: title?,
        issuer,
        issued: issued_on,
        applies,
        min_score,
        criteria,
    })
}

fn read_criterion(
    t: &Table<'_>,
    at: usize,
    taxonomy: &Taxonomy,
    sink: &mut Sink<'_>,
) -> Option<Criterion> {
    let in_criterion = tr!("check-in-criterion");
    spanned::reject_unknown(t, &CRITERION_KEYS, &in_criterion, sink);
    let mut required_text = |key: &str| {
        if let Some(v) = t.get(key) {
            spanned::string(v, key, sink)
        } else {
            sink.error_at(
                Some(at),
                tr!("check-missing-key", key = key, what = &in_criterion),
            );
            None
        }
    };
    let id = required_text("id");
    let text = required_text("text");
    if let (Some(id), Some(v)) = (&id, t.get("id"))
        && !id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    {
        sink.error_at(Some(v.span().start), tr!("check-bad-criterion-id", id = id));
    }
    let check = t
        .get("check")
        .and_then(|v| query(v, "check", taxonomy, sink));
    let required = t
        .get("required")
        .and_then(|v| spanned::boolean(v, "required", sink))
        .unwrap_or(false);
    let points = t
        .get("points")
        .and_then(|v| {
            let n = spanned::number(v, "points", sink)?;
            if n < 0.0 {
                sink.error_at(Some(v.span().start), tr!("check-negative", key = "points"));
            }
            Some(n)
        })
        .unwrap_or(0.0);
    let (check, check_text) = match check {
        Some((q, text)) => (Some(q), Some(text)),
        None => (None, None),
    };
    Some(Criterion {
        id: id?,
        text: text?,
        check,
        check_text,
        required,
        points,
    })
}
