//! From a model file's text to a `Model`, reporting every problem on the
//! way (syntax, unknown keys, missing keys, bad codes and dates) instead of
//! stopping at the first. A model with any error is not returned.

use std::path::Path;

use crate::criteria::{Catalog, CriteriaSet};
use crate::model::custom::{CustomType, CustomValue};
use crate::model::schema::{ASSESSMENT_KEYS, EVENT_KEYS, MODEL_KEYS, event_keys};
use crate::model::taxonomy::{CodeList, Taxonomy};
use crate::model::{Assessment, Event, EventType, Judgement, Model, Outcome, Phase};
use crate::problem::{Problem, Sink};
use crate::read::spanned::{self, Table};
use crate::tr;

/// Parses one model file. `path` is relative to the register and is what
/// problems name.
pub fn parse(
    id: &str,
    path: &Path,
    text: &str,
    taxonomy: &Taxonomy,
    criteria: &Catalog,
) -> (Option<Model>, Vec<Problem>) {
    let mut sink = Sink::new(path, text);
    warn_not_nfc(text, &mut sink);
    let model = spanned::parse_document(text, &mut sink).and_then(|table| {
        Reader {
            sink: &mut sink,
            taxonomy,
            criteria,
        }
        .model(id, path, &table)
    });
    let model = if sink.has_errors() { None } else { model };
    (model, sink.problems)
}

struct Reader<'s, 'a> {
    sink: &'s mut Sink<'a>,
    taxonomy: &'s Taxonomy,
    criteria: &'s Catalog,
}

impl Reader<'_, '_> {
    fn model(&mut self, id: &str, path: &Path, t: &Table<'_>) -> Option<Model> {
        if self.taxonomy.custom.is_empty() {
            spanned::reject_unknown(t, &MODEL_KEYS, &tr!("check-in-model"), self.sink);
        } else {
            let mut known: Vec<&str> = MODEL_KEYS.to_vec();
            known.extend(self.taxonomy.custom.iter().map(|k| k.code.as_str()));
            spanned::reject_unknown(t, &known, &tr!("check-in-model"), self.sink);
        }
        let name = self.required_text(t, "name", None);
        let unit = self.required_text(t, "unit", None);
        let subject = self.code(t, "subject", &self.taxonomy.subjects, None);
        let field = self.code(t, "field", &self.taxonomy.fields, None);
        let level = self.code(t, "level", &self.taxonomy.levels, None);
        let registered = self.required_date(t, "registered", None);
        let kind = match t.get("kind") {
            Some(_) => self.code(t, "kind", &self.taxonomy.kinds, None),
            None => Some("mo_hinh".to_owned()),
        };
        let phase = self.phase(t);
        let started = t
            .get("started")
            .and_then(|v| spanned::date(v, "started", self.sink));
        let province = self.text(t, "province");
        let district = self.text(t, "district");
        let commune = self.text(t, "commune");
        let partners = t
            .get("partners")
            .and_then(|v| spanned::strings(v, "partners", self.sink))
            .unwrap_or_default();
        let tags = t
            .get("tags")
            .and_then(|v| spanned::strings(v, "tags", self.sink))
            .unwrap_or_default();
        let summary = self.text(t, "summary");
        let files = self.files(t);
        let custom = self.custom(t);
        let outcomes = self.outcomes(t);
        let assessments = self.assessments(t);
        let events = self.events(t);
        Some(Model {
            id: id.to_owned(),
            path: path.to_owned(),
            name: name?,
            unit: unit?,
            subject: subject?,
            field: field?,
            level: level?,
            registered: registered?,
            kind: kind?,
            phase,
            started,
            province,
            district,
            commune,
            partners,
            tags,
            summary,
            files,
            custom,
            outcomes,
            assessments,
            events,
        })
    }

    /// Where a missing key is reported: the table's header, or the top.
    /// `what` is where it is missing (a `check-in-…` message).
    fn missing(&mut self, key: &str, at: Option<usize>, what: &str) {
        self.sink.error_at(
            Some(at.unwrap_or(0)),
            tr!("check-missing-key", key = key, what = what),
        );
    }

    fn text(&mut self, t: &Table<'_>, key: &str) -> Option<String> {
        t.get(key).and_then(|v| spanned::string(v, key, self.sink))
    }

    fn required_text(&mut self, t: &Table<'_>, key: &str, at: Option<usize>) -> Option<String> {
        let value = self.required(t, key, at)?;
        let text = spanned::string(value, key, self.sink)?;
        if text.trim().is_empty() {
            self.sink
                .error_at(Some(value.span().start), tr!("check-empty", key = key));
            return None;
        }
        Some(text)
    }

    fn required_date(
        &mut self,
        t: &Table<'_>,
        key: &str,
        at: Option<usize>,
    ) -> Option<crate::model::date::Date> {
        let value = self.required(t, key, at)?;
        spanned::date(value, key, self.sink)
    }

    /// A required key's value; reported missing at the table's header
    /// (`at`) or, for the model's own keys, at the top.
    fn required<'t, 'i>(
        &mut self,
        t: &'t Table<'i>,
        key: &str,
        at: Option<usize>,
    ) -> Option<&'t spanned::Value<'i>> {
        let value = t.get(key);
        if value.is_none() {
            let what = if at.is_some() {
                tr!("check-in-this-table")
            } else {
                tr!("check-in-model")
            };
            self.missing(key, at, &what);
        }
        value
    }

    /// A required code of `list` (`at`: where to report it missing).
    fn code(
        &mut self,
        t: &Table<'_>,
        key: &str,
        list: &CodeList,
        at: Option<usize>,
    ) -> Option<String> {
        let value = self.required(t, key, at)?;
        let text = spanned::string(value, key, self.sink)?;
        if list.contains(&text) {
            Some(text)
        } else {
            self.sink
                .error_at(Some(value.span().start), list.unknown(&text));
            None
        }
    }

    fn optional_code(&mut self, t: &Table<'_>, key: &str, list: &CodeList) -> Option<String> {
        t.get(key)?;
        self.code(t, key, list, None)
    }

    /// `files`: paths relative to the register, each reported at its
    /// place when it could not name a file inside it. Whether the file is
    /// there is the register's to check (`read::register`): it needs the
    /// disk, and a cached model is not parsed again.
    fn files(&mut self, t: &Table<'_>) -> Vec<String> {
        let Some(value) = t.get("files") else {
            return Vec::new();
        };
        let spanned::Node::Array(items) = value.get_ref() else {
            spanned::wrong_type(value, "files", &tr!("check-type-paths"), self.sink);
            return Vec::new();
        };
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            let Some(path) = spanned::string(item, "files", self.sink) else {
                continue;
            };
            if let Err(why) = crate::model::evidence::check_path(&path) {
                let message = if path.trim().is_empty() {
                    tr!("check-files-empty-path")
                } else {
                    why.in_files(&crate::text::printable_line(&path))
                };
                self.sink.error_at(Some(item.span().start), message);
                continue;
            }
            out.push(path);
        }
        out
    }

    /// The values of `[custom]` keys, each of its declared type.
    fn custom(&mut self, t: &Table<'_>) -> Vec<(String, CustomValue)> {
        let mut out = Vec::new();
        for key in &self.taxonomy.custom {
            let Some(v) = t.get(key.code.as_str()) else {
                continue;
            };
            let code = key.code.as_str();
            let value = match &key.kind {
                CustomType::Text => spanned::string(v, code, self.sink).map(CustomValue::Text),
                CustomType::Number => spanned::number(v, code, self.sink).map(CustomValue::Number),
                CustomType::Date => spanned::date(v, code, self.sink).map(CustomValue::Date),
                CustomType::Bool => spanned::boolean(v, code, self.sink).map(CustomValue::Bool),
                CustomType::List => spanned::strings(v, code, self.sink).map(CustomValue::List),
                CustomType::Code(list) => spanned::string(v, code, self.sink).and_then(|text| {
                    if list.contains(&text) {
                        Some(CustomValue::Text(text))
                    } else {
                        self.sink
                            .error_at(Some(v.span().start), list.unknown(&text));
                        None
                    }
                }),
            };
            if let Some(value) = value {
                out.push((key.code.clone(), value));
            }
        }
        out
    }

    fn phase(&mut self, t: &Table<'_>) -> Option<Phase> {
        let value = t.get("phase")?;
        let text = spanned::string(value, "phase", self.sink)?;
        let phase = Phase::parse(&text);
        if phase.is_none() {
            self.sink
                .error_at(Some(value.span().start), tr!("check-phase", text = &text));
        }
        phase
    }

    fn outcomes(&mut self, t: &Table<'_>) -> Vec<Outcome> {
        let Some(value) = t.get("outcome") else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (table, at) in spanned::tables(value, "outcome", self.sink) {
            let known = |key: &str| key == "year" || self.taxonomy.metric(key).is_some();
            if !table.iter().all(|(key, _)| known(key.get_ref())) {
                let mut known: Vec<&str> = vec!["year"];
                known.extend(self.taxonomy.metrics.iter().map(|m| m.code.as_str()));
                spanned::reject_unknown(table, &known, &tr!("check-in-outcome-metrics"), self.sink);
            }
            let year = if let Some(v) = table.get("year") {
                spanned::integer(v, "year", self.sink).and_then(|y| {
                    let year = i32::try_from(y).ok().filter(|y| (1900..=2999).contains(y));
                    if year.is_none() {
                        self.sink.error_at(
                            Some(v.span().start),
                            tr!("check-not-a-year", year = y.to_string()),
                        );
                    }
                    year
                })
            } else {
                self.missing("year", Some(at), &tr!("check-in-outcome"));
                None
            };
            let mut values = Vec::new();
            for (key, v) in table {
                let key = key.get_ref().as_ref();
                if key == "year" || self.taxonomy.metric(key).is_none() {
                    continue;
                }
                if let Some(n) = spanned::number(v, key, self.sink) {
                    if n < 0.0 {
                        self.sink
                            .error_at(Some(v.span().start), tr!("check-negative", key = key));
                    } else {
                        values.push((key.to_owned(), n));
                    }
                }
            }
            if let Some(year) = year {
                out.push(Outcome { year, values });
            }
        }
        out
    }

    fn assessments(&mut self, t: &Table<'_>) -> Vec<Assessment> {
        let Some(value) = t.get("assessment") else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (table, at) in spanned::tables(value, "assessment", self.sink) {
            let in_assessment = tr!("check-in-assessment");
            spanned::reject_unknown(table, &ASSESSMENT_KEYS, &in_assessment, self.sink);
            let date = self.required_date(table, "date", Some(at));
            let criteria = if let Some(v) = table.get("criteria") {
                spanned::string(v, "criteria", self.sink).filter(|id| {
                    let known = self.criteria.knows(id);
                    if !known {
                        self.sink
                            .error_at(Some(v.span().start), self.criteria.unknown(id));
                    }
                    known
                })
            } else {
                self.missing("criteria", Some(at), &in_assessment);
                None
            };
            let by = self.text(table, "by");
            let note = self.text(table, "note");
            let files = self.files(table);
            let set = criteria.as_deref().and_then(|id| self.criteria.get(id));
            let results = if let Some(v) = table.get("results") {
                self.results(v, set)
            } else {
                self.missing("results", Some(at), &in_assessment);
                None
            };
            if let (Some(date), Some(criteria), Some(results)) = (date, criteria, results) {
                out.push(Assessment {
                    date,
                    criteria,
                    by,
                    note,
                    results,
                    files,
                });
            }
        }
        out
    }

    fn results(
        &mut self,
        value: &spanned::Value<'_>,
        set: Option<&CriteriaSet>,
    ) -> Option<Vec<(String, Judgement)>> {
        let table = spanned::table(value, "results", self.sink)?;
        let mut out = Vec::new();
        for (key, v) in table {
            let id = key.get_ref().as_ref();
            if let Some(Err(message)) = set.map(|s| s.admits(id, None)) {
                self.sink.error_at(Some(key.span().start), message);
                continue;
            }
            if let Some(message) = set.and_then(|s| s.automatic(id)) {
                self.sink.warning_at(Some(key.span().start), message);
            }
            let judgement = match v.get_ref() {
                spanned::Node::Boolean(b) => Judgement::Met(*b),
                spanned::Node::Integer { .. } | spanned::Node::Float(_) => {
                    let n = spanned::number(v, id, self.sink)?;
                    if n < 0.0 {
                        self.sink
                            .error_at(Some(v.span().start), tr!("check-negative-points", id = id));
                        continue;
                    }
                    Judgement::Points(n)
                }
                _ => {
                    spanned::wrong_type(v, id, &tr!("check-type-judgement"), self.sink);
                    continue;
                }
            };
            if let Some(Err(message)) = set.map(|s| s.admits(id, Some(judgement))) {
                self.sink.error_at(Some(v.span().start), message);
                continue;
            }
            out.push((id.to_owned(), judgement));
        }
        Some(out)
    }

    fn events(&mut self, t: &Table<'_>) -> Vec<Event> {
        let Some(value) = t.get("event") else {
            return Vec::new();
        };
        let mut out: Vec<Event> = Vec::new();
        for (table, at) in spanned::tables(value, "event", self.sink) {
            let Some(event) = self.event(table, at) else {
                continue;
            };
            if let Some(before) = out.last().filter(|before| before.date > event.date) {
                self.sink.warning_at(
                    Some(at),
                    tr!(
                        "check-events-order",
                        date = event.date.to_string(),
                        before = before.date.to_string()
                    ),
                );
            }
            if event.level.as_deref() == Some("huyen")
                && event.date >= crate::model::date::district_abolished()
            {
                self.sink.warning_at(
                    Some(at),
                    tr!(
                        "check-district-event",
                        kind = event.kind.code(),
                        date = event.date.to_string()
                    ),
                );
            }
            out.push(event);
        }
        out
    }

    fn event(&mut self, t: &Table<'_>, at: usize) -> Option<Event> {
        let date = self.required_date(t, "date", Some(at));
        let kind = self.code(t, "type", &self.taxonomy.event_types, Some(at))?;
        let kind = EventType::from_code(&kind)?;
        let (required, optional) = event_keys(kind);
        for (key, _) in t {
            let name = key.get_ref().as_ref();
            if ["date", "type", "files"].contains(&name)
                || required.contains(&name)
                || optional.contains(&name)
            {
                continue;
            }
            let allowed: Vec<&str> = ["date", "type"]
                .iter()
                .chain(required)
                .chain(optional)
                .chain(&["files"])
                .copied()
                .collect();
            let hint = crate::problem::hint(name, allowed.iter().copied());
            let keys = allowed.join(", ");
            let message = if EVENT_KEYS.contains(&name) {
                tr!(
                    "check-event-key",
                    kind = kind.code(),
                    key = name,
                    keys = keys
                )
            } else if hint.is_empty() {
                tr!(
                    "check-event-unknown-key-listed",
                    kind = kind.code(),
                    key = name,
                    keys = keys
                )
            } else {
                tr!(
                    "check-event-unknown-key",
                    kind = kind.code(),
                    key = name,
                    hint = hint
                )
            };
            self.sink.error_at(Some(key.span().start), message);
        }
        for key in required {
            if t.get(key).is_none() {
                self.sink.error_at(
                    Some(at),
                    tr!("check-event-needs", kind = kind.code(), key = *key),
                );
            }
        }
        let mut event = Event::new(date?, kind);
        event.level = self.optional_code(t, "level", &self.taxonomy.levels);
        event.form = self.optional_code(t, "form", &self.taxonomy.forms);
        event.place = self.text(t, "place");
        event.decision = self.text(t, "decision");
        event.authority = self.text(t, "authority");
        event.until = t
            .get("until")
            .and_then(|v| spanned::date(v, "until", self.sink));
        if let Some(until) = event.until.filter(|until| *until < event.date) {
            let at = spanned::key_offset(t, "until");
            self.sink.error_at(
                at,
                tr!(
                    "check-until-before",
                    until = until.to_string(),
                    date = event.date.to_string()
                ),
            );
        }
        event.number = self.text(t, "number");
        event.note = self.text(t, "note");
        event.files = self.files(t);
        Some(event)
    }
}

/// Every entry of `files` in a model's text, in the order of
/// `model::evidence::all` (the model's, then each assessment's, then each
/// event's), with its offset: where a file found missing is reported.
pub fn evidence_offsets(text: &str) -> Vec<(String, usize)> {
    let mut sink = Sink::new(Path::new(""), text);
    let Some(table) = spanned::parse_document(text, &mut sink) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut entries = |t: &Table<'_>| {
        if let Some(spanned::Node::Array(items)) = t.get("files").map(spanned::Value::get_ref) {
            for item in items {
                if let spanned::Node::String(s) = item.get_ref() {
                    out.push((crate::text::nfc(s).into_owned(), item.span().start));
                }
            }
        }
    };
    entries(&table);
    for key in ["assessment", "event"] {
        if let Some(value) = table.get(key) {
            for (t, _) in spanned::tables(value, key, &mut sink) {
                entries(t);
            }
        }
    }
    out
}

/// Warns once, at the first line whose text is not in NFC.
fn warn_not_nfc(text: &str, sink: &mut Sink<'_>) {
    if sink.strings_are_nfc || crate::text::is_normalized(text) {
        return;
    }
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if !crate::text::is_normalized(line) {
            sink.warning_at(Some(offset), tr!("check-not-nfc"));
            return;
        }
        offset += line.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaped_combining_marks_are_held_in_nfc() {
        // The file is ASCII, but its escape decodes to a decomposed letter.
        let text = "name = \"Ta\\u0302n\"\nunit = \"U\"\nsubject = \"tap_the\"\nfield = \"kinh_te\"\n\
                    level = \"xa\"\nregistered = 2019-03-15\n";
        let (model, problems) = parse(
            "m",
            Path::new("m.toml"),
            text,
            &Taxonomy::default(),
            &Catalog::default(),
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(model.unwrap().name, "Tân");
    }
}
