//! A new model: the values `register` (and `import`) take, checked against
//! the taxonomy, turned into a file in canonical form with a fresh id.

use std::path::PathBuf;

use chrono::Datelike;
use toml_edit::{ArrayOfTables, DocumentMut, Item, value};

use crate::error::{Error, Result};
use crate::fs::layout::MODELS;
use crate::model::custom::CustomValue;
use crate::model::date::Date;
use crate::model::taxonomy::Taxonomy;
use crate::model::{Outcome, Phase};
use crate::read::register::Register;
use crate::tr;

/// What a registration says, as typed: codes may be labels.
#[derive(Debug, Clone, Default)]
pub struct Draft {
    pub name: String,
    pub unit: String,
    pub subject: String,
    pub field: String,
    pub level: String,
    pub registered: Date,
    pub kind: Option<String>,
    pub phase: Option<String>,
    pub started: Option<Date>,
    pub province: Option<String>,
    pub district: Option<String>,
    pub commune: Option<String>,
    pub summary: Option<String>,
    pub id: Option<String>,
    /// Custom keys of `dvk.toml` (`--set KEY=VALUE`, an import's columns):
    /// `(code, text)`; an empty text is no value.
    pub custom: Vec<(String, String)>,
}

/// A registration whose values are known to be valid.
#[derive(Debug, Clone, PartialEq)]
pub struct Registration {
    pub name: String,
    pub unit: String,
    pub subject: String,
    pub field: String,
    pub level: String,
    pub registered: Date,
    pub kind: Option<String>,
    pub phase: Option<Phase>,
    pub started: Option<Date>,
    pub province: Option<String>,
    pub district: Option<String>,
    pub commune: Option<String>,
    pub summary: Option<String>,
    pub id: Option<String>,
    /// Custom keys, in the order of `[custom]`.
    pub custom: Vec<(String, CustomValue)>,
    /// Measured outcomes (`import` reads them from metric columns), each
    /// with its metrics in taxonomy order.
    pub outcomes: Vec<Outcome>,
}

/// A value of a draft that is not valid: the key it is for, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    pub key: String,
    pub message: String,
}

fn clean(text: &str) -> String {
    crate::text::nfc(text.trim()).into_owned()
}

fn optional(text: Option<&String>) -> Option<String> {
    text.map(|t| clean(t)).filter(|t| !t.is_empty())
}

impl Draft {
    /// Checks every value; the error lists every problem, one a line.
    pub fn validate(&self, taxonomy: &Taxonomy) -> std::result::Result<Registration, Vec<String>> {
        self.check(taxonomy)
            .map_err(|problems| problems.into_iter().map(|p| p.message).collect())
    }

    /// Checks every value; the error names each bad value's key, so that
    /// `import` can point at the column that holds it.
    pub fn check(&self, taxonomy: &Taxonomy) -> std::result::Result<Registration, Vec<Invalid>> {
        let mut problems = Vec::new();
        let mut required = |key: &'static str, text: &str| {
            let text = clean(text);
            if text.is_empty() {
                problems.push(Invalid {
                    key: key.to_owned(),
                    message: tr!("write-required", key = key),
                });
            }
            text
        };
        let name = required("name", &self.name);
        let unit = required("unit", &self.unit);
        let mut code = |list: &crate::model::taxonomy::CodeList, text: &str| {
            if let Some(code) = list.resolve(text) {
                code.to_owned()
            } else {
                let message = if text.trim().is_empty() {
                    tr!("write-required", key = list.name)
                } else {
                    list.unknown(text.trim())
                };
                problems.push(Invalid {
                    key: list.name.to_owned(),
                    message,
                });
                String::new()
            }
        };
        let subject = code(&taxonomy.subjects, &self.subject);
        let field = code(&taxonomy.fields, &self.field);
        let level = code(&taxonomy.levels, &self.level);
        let kind = self.kind.as_deref().map(|k| code(&taxonomy.kinds, k));
        let phase = self.phase.as_deref().and_then(|p| {
            let phase = Phase::parse(p.trim());
            if phase.is_none() {
                problems.push(Invalid {
                    key: "phase".to_owned(),
                    message: tr!("write-bad-phase", phase = p),
                });
            }
            phase
        });
        if let Some(id) = &self.id
            && !crate::model::id::is_valid(id)
        {
            problems.push(Invalid {
                key: "id".to_owned(),
                message: tr!("write-bad-id", id = id, rule = crate::model::id::rule()),
            });
        }
        let custom = custom_values(&self.custom, taxonomy, &mut problems);
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Registration {
            name,
            unit,
            subject,
            field,
            level,
            registered: self.registered,
            kind,
            phase,
            started: self.started,
            province: optional(self.province.as_ref()),
            district: optional(self.district.as_ref()),
            commune: optional(self.commune.as_ref()),
            summary: optional(self.summary.as_ref()),
            id: self.id.clone(),
            custom,
            outcomes: Vec::new(),
        })
    }
}

/// The values of custom keys given as text, in the order of `[custom]`;
/// an unknown key or a value not of its type is a problem.
fn custom_values(
    given: &[(String, String)],
    taxonomy: &Taxonomy,
    problems: &mut Vec<Invalid>,
) -> Vec<(String, CustomValue)> {
    let mut out: Vec<(usize, String, CustomValue)> = Vec::new();
    for (code, text) in given {
        let code = code.trim();
        let Some(at) = taxonomy.custom.iter().position(|k| k.code == code) else {
            let codes: Vec<&str> = taxonomy.custom.iter().map(|k| k.code.as_str()).collect();
            let message = if codes.is_empty() {
                tr!("write-no-custom-keys", code = code)
            } else {
                let hint = crate::problem::hint(code, codes.iter().copied());
                tr!(
                    "write-not-a-custom-key",
                    code = code,
                    hint = hint,
                    codes = codes.join(", ")
                )
            };
            problems.push(Invalid {
                key: code.to_owned(),
                message,
            });
            continue;
        };
        if text.trim().is_empty() {
            continue;
        }
        match taxonomy.custom[at].read(text) {
            Ok(value) => {
                out.retain(|(i, _, _)| *i != at);
                out.push((at, code.to_owned(), value));
            }
            Err(message) => problems.push(Invalid {
                key: code.to_owned(),
                message,
            }),
        }
    }
    out.sort_by_key(|(i, _, _)| *i);
    out.into_iter()
        .map(|(_, code, value)| (code, value))
        .collect()
}

fn toml_date(date: Date) -> toml_edit::Datetime {
    toml_edit::Datetime {
        date: Some(toml_edit::Date {
            year: u16::try_from(date.year()).unwrap_or_default(),
            month: u8::try_from(date.month()).unwrap_or_default(),
            day: u8::try_from(date.day()).unwrap_or_default(),
        }),
        time: None,
        offset: None,
    }
}

/// A date as a `toml_edit` value, for files `dvk` writes.
pub fn date_value(date: Date) -> toml_edit::Value {
    toml_edit::Value::from(toml_date(date))
}

/// A number as TOML writes it: an integer when whole.
fn number_value(n: f64) -> toml_edit::Value {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        // Whole and well within i64: the cast is exact.
        #[allow(clippy::cast_possible_truncation)]
        toml_edit::Value::from(n as i64)
    } else {
        toml_edit::Value::from(n)
    }
}

impl Registration {
    /// The id this registration gets: its own, or one made from its year,
    /// commune (else unit) and name, unique against `taken`.
    pub fn id(&self, taken: impl Fn(&str) -> bool) -> Result<String> {
        if let Some(id) = &self.id {
            if taken(id) {
                return Err(Error::Input(tr!("write-id-taken", id = id)));
            }
            return Ok(id.clone());
        }
        let place = self.commune.as_deref().unwrap_or(&self.unit);
        let base = crate::model::id::base(self.registered.year(), place, &self.name);
        Ok(crate::model::id::unique(&base, taken))
    }

    /// Where the file goes: `models/<year>/<id>.toml`.
    pub fn path(&self, id: &str) -> PathBuf {
        PathBuf::from(MODELS)
            .join(self.registered.year().to_string())
            .join(format!("{id}.toml"))
    }

    /// The file, in canonical form.
    pub fn to_toml(&self) -> String {
        let mut doc = DocumentMut::new();
        doc["name"] = value(&self.name);
        doc["unit"] = value(&self.unit);
        doc["subject"] = value(&self.subject);
        doc["field"] = value(&self.field);
        doc["level"] = value(&self.level);
        doc["registered"] = value(toml_date(self.registered));
        if let Some(kind) = &self.kind {
            doc["kind"] = value(kind);
        }
        if let Some(phase) = self.phase {
            doc["phase"] = value(phase.to_string());
        }
        if let Some(started) = self.started {
            doc["started"] = value(toml_date(started));
        }
        for (key, text) in [
            ("province", &self.province),
            ("district", &self.district),
            ("commune", &self.commune),
        ] {
            if let Some(text) = text {
                doc[key] = value(text);
            }
        }
        if let Some(summary) = &self.summary {
            doc["summary"] = value(summary);
        }
        for (code, custom) in &self.custom {
            doc[code.as_str()] = value(match custom {
                CustomValue::Text(text) => toml_edit::Value::from(text.as_str()),
                CustomValue::Number(n) => number_value(*n),
                CustomValue::Date(d) => date_value(*d),
                CustomValue::Bool(b) => toml_edit::Value::from(*b),
                CustomValue::List(items) => toml_edit::Value::Array(items.iter().collect()),
            });
        }
        if !self.outcomes.is_empty() {
            let mut tables = ArrayOfTables::new();
            for outcome in &self.outcomes {
                let mut table = toml_edit::Table::new();
                table["year"] = value(i64::from(outcome.year));
                for (metric, n) in &outcome.values {
                    table[metric.as_str()] = value(number_value(*n));
                }
                tables.push(table);
            }
            doc["outcome"] = Item::ArrayOfTables(tables);
        }
        crate::write::format::normalize(&doc.to_string())
    }
}

/// Writes a new model into the register; never overwrites. Returns its id.
pub fn create(register: &Register, registration: &Registration) -> Result<String> {
    let id = registration.id(|id| register.model(id).is_some())?;
    let path = register.root.join(registration.path(&id));
    crate::fs::atomic::create_new(&path, &registration.to_toml())?;
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_with_labels_becomes_a_canonical_file() {
        let draft = Draft {
            name: " Xây dựng vườn mẫu ".into(),
            unit: "Hội Nông dân xã Quảng Tân".into(),
            subject: "Tập thể".into(),
            field: "kinh te".into(),
            level: "xa".into(),
            registered: crate::model::date::parse("2019-03-15").unwrap(),
            commune: Some("Quảng Tân".into()),
            district: Some("  ".into()),
            ..Draft::default()
        };
        let reg = draft.validate(&Taxonomy::default()).unwrap();
        assert_eq!(
            reg.id(|_| false).unwrap(),
            "2019-quang-tan-xay-dung-vuon-mau"
        );
        assert_eq!(
            reg.id(|id| id == "2019-quang-tan-xay-dung-vuon-mau")
                .unwrap(),
            "2019-quang-tan-xay-dung-vuon-mau-2"
        );
        assert_eq!(
            reg.to_toml(),
            "name = \"Xây dựng vườn mẫu\"\nunit = \"Hội Nông dân xã Quảng Tân\"\nsubject = \"tap_the\"\n\
             field = \"kinh_te\"\nlevel = \"xa\"\nregistered = 2019-03-15\ncommune = \"Quảng Tân\"\n"
        );
    }

    #[test]
    fn every_bad_value_is_named() {
        let draft = Draft {
            subject: "tap".into(),
            field: "kinh_te".into(),
            level: "tinhh".into(),
            id: Some("Bad Id".into()),
            ..Draft::default()
        };
        let problems = draft.validate(&Taxonomy::default()).unwrap_err();
        assert_eq!(problems.len(), 5, "{problems:?}");
        assert_eq!(problems[0], "`name` is required");
        assert!(problems[3].starts_with("`tinhh` is not a level code; did you mean `tinh`?"));
    }

    #[test]
    fn outcomes_are_written_after_the_keys_year_first() {
        let draft = Draft {
            name: "Hiến đất".into(),
            unit: "Chi hội".into(),
            subject: "tap_the".into(),
            field: "kinh_te".into(),
            level: "xa".into(),
            registered: crate::model::date::parse("2024-05-02").unwrap(),
            summary: Some("Dòng một\ndòng hai".into()),
            ..Draft::default()
        };
        let mut reg = draft.validate(&Taxonomy::default()).unwrap();
        reg.outcomes = vec![Outcome {
            year: 2024,
            values: vec![("dat_hien_m2".into(), 1250.0), ("duong_km".into(), 1.5)],
        }];
        assert_eq!(
            reg.to_toml(),
            "name = \"Hiến đất\"\nunit = \"Chi hội\"\nsubject = \"tap_the\"\nfield = \"kinh_te\"\n\
             level = \"xa\"\nregistered = 2024-05-02\nsummary = \"\"\"\nDòng một\ndòng hai\"\"\"\n\n\
             [[outcome]]\nyear = 2024\ndat_hien_m2 = 1250\nduong_km = 1.5\n"
        );
    }

    #[test]
    fn problems_name_their_key() {
        let draft = Draft {
            name: "A".into(),
            unit: "B".into(),
            subject: "tap_the".into(),
            field: "kinh".into(),
            level: "xa".into(),
            phase: Some("2021".into()),
            ..Draft::default()
        };
        let keys: Vec<String> = draft
            .check(&Taxonomy::default())
            .unwrap_err()
            .into_iter()
            .map(|p| p.key)
            .collect();
        assert_eq!(keys, ["field", "phase"]);
        let empty = Draft {
            subject: " ".into(),
            ..draft
        };
        assert_eq!(
            empty.check(&Taxonomy::default()).unwrap_err()[0].message,
            "`subject` is required"
        );
    }
}
