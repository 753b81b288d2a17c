//! Criteria sets (`criteria/<id>.toml`): the checklist of a guidance
//! (hướng dẫn), each criterion either checked automatically by a query or
//! judged by an appraisal team in an `[[assessment]]`.

pub mod evaluate;

use std::path::Path;

use crate::model::Judgement;
use crate::model::date::Date;
use crate::model::taxonomy::Taxonomy;
use crate::problem::{Problem, Sink};
use crate::query::Query;
use crate::query::key::Mode;
use crate::read::spanned::{self, Table};

const SET_KEYS: [&str; 6] = [
    "title",
    "issuer",
    "issued",
    "applies",
    "min_score",
    "criterion",
];
const CRITERION_KEYS: [&str; 6] = ["id", "text", "check", "required", "points", "note"];

#[derive(Debug, Clone)]
pub struct CriteriaSet {
    /// The file stem.
    pub id: String,
    pub title: String,
    pub issuer: Option<String>,
    pub issued: Option<Date>,
    /// Models outside it are not applicable (`khong_ap_dung`).
    pub applies: Option<Query>,
    pub min_score: Option<f64>,
    pub criteria: Vec<Criterion>,
}

#[derive(Debug, Clone)]
pub struct Criterion {
    pub id: String,
    pub text: String,
    /// Met when the record matches; `None`: the team's judgement.
    pub check: Option<Query>,
    pub check_text: Option<String>,
    pub required: bool,
    pub points: f64,
}

impl CriteriaSet {
    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.id == id)
    }

    /// Whether an assessment may judge this criterion (and, given a
    /// judgement, whether the value fits it): the message if not.
    pub fn admits(&self, id: &str, judgement: Option<Judgement>) -> Result<(), String> {
        let Some(criterion) = self.criterion(id) else {
            let hint = crate::problem::nearest(id, self.criteria.iter().map(|c| c.id.as_str()))
                .map(|n| format!("; did you mean `{n}`?"))
                .unwrap_or_default();
            let judged: Vec<&str> = self
                .criteria
                .iter()
                .filter(|c| c.check.is_none())
                .map(|c| c.id.as_str())
                .collect();
            return Err(format!(
                "`{id}` is not a criterion of `{}`{hint} (judged criteria: {})",
                self.id,
                judged.join(", ")
            ));
        };
        if let Some(Judgement::Points(p)) = judgement
            && p > criterion.points
        {
            return Err(format!(
                "{} points for `{id}`: it is worth at most {}",
                crate::query::key::number_text(p),
                crate::query::key::number_text(criterion.points)
            ));
        }
        Ok(())
    }

    /// The message for a judgement of a criterion that is checked
    /// automatically, if `id` is one.
    pub fn automatic(&self, id: &str) -> Option<String> {
        let check = self.criterion(id)?.check_text.as_ref()?;
        Some(format!(
            "`{id}` is checked automatically (`{check}`); a judgement of it is not read"
        ))
    }

    pub fn max_score(&self) -> f64 {
        self.criteria.iter().map(|c| c.points).sum()
    }

    /// Parses a criteria set; `path` is what problems name.
    pub fn parse(
        id: &str,
        path: &Path,
        text: &str,
        taxonomy: &Taxonomy,
    ) -> (Option<Self>, Vec<Problem>) {
        let mut sink = Sink::new(path, text);
        let set = spanned::parse_document(text, &mut sink)
            .and_then(|t| read_set(id, &t, taxonomy, &mut sink));
        let set = if sink.has_errors() { None } else { set };
        (set, sink.problems)
    }
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
                format!("`{key}` is not a valid query: {e}"),
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
    spanned::reject_unknown(t, &SET_KEYS, "a criteria set", sink);
    let title = if let Some(v) = t.get("title") {
        spanned::string(v, "title", sink)
    } else {
        sink.error_at(Some(0), "missing required key `title` in a criteria set");
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
            sink.error_at(Some(v.span().start), "`min_score` must not be negative");
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
                        sink.error_at(
                            Some(at),
                            format!("criterion id `{}` is used twice in this set", c.id),
                        );
                    }
                    criteria.push(c);
                }
            }
        }
        None => sink.error_at(Some(0), "a criteria set needs at least one [[criterion]]"),
    }
    if let Some(min) = min_score.filter(|_| all_read) {
        let max: f64 = criteria.iter().map(|c| c.points).sum();
        if min > max {
            let at = spanned::key_offset(t, "min_score");
            sink.error_at(
                at,
                format!("`min_score` {min} is more than all the points together ({max})"),
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
    spanned::reject_unknown(t, &CRITERION_KEYS, "a [[criterion]]", sink);
    let mut required_text = |key: &str| {
        if let Some(v) = t.get(key) {
            spanned::string(v, key, sink)
        } else {
            sink.error_at(
                Some(at),
                format!("missing required key `{key}` in a [[criterion]]"),
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
        sink.error_at(
            Some(v.span().start),
            format!("criterion id `{id}` must be lowercase ASCII letters, digits and `_`"),
        );
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
                sink.error_at(Some(v.span().start), "`points` must not be negative");
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

/// The criteria sets of a register, with the ids of those that could not
/// be read (so that assessments naming them are not reported twice).
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    pub sets: Vec<CriteriaSet>,
    pub broken: Vec<String>,
}

impl Catalog {
    pub fn get(&self, id: &str) -> Option<&CriteriaSet> {
        self.sets.iter().find(|s| s.id == id)
    }

    pub fn knows(&self, id: &str) -> bool {
        self.get(id).is_some() || self.broken.iter().any(|b| b == id)
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.sets
            .iter()
            .map(|s| s.id.as_str())
            .chain(self.broken.iter().map(String::as_str))
    }

    /// The message for a set id that is not in the register.
    pub fn unknown(&self, id: &str) -> String {
        let hint = crate::problem::nearest(id, self.ids())
            .map(|n| format!("; did you mean `{n}`?"))
            .unwrap_or_default();
        let ids: Vec<&str> = self.ids().collect();
        let choices = if ids.is_empty() {
            "there is none in criteria/".to_owned()
        } else {
            format!("sets: {}", ids.join(", "))
        };
        format!("no criteria set `{id}`{hint} ({choices})")
    }
}
