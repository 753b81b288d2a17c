//! `--from FILE`: the models a decision's list (its annex) names, read
//! with the import's reader (header row found, encodings, separators,
//! workbooks). A row names a model by its id (`id`, `Mã`) or by its name
//! and unit together, compared ignoring case, diacritics and spacing. All
//! or nothing: every row that names no model or several is reported with
//! its row number and the nearest models.

use std::collections::HashMap;
use std::path::Path;

use crate::error::{Error, Result};
use crate::model::Model;
use crate::query::key::Key;
use crate::read::register::Register;
use crate::text::fold;
use crate::tr;
use crate::write::import::columns::{Headers, Map, letter};
use crate::write::import::sheet::{self, Row};

/// How many near models a row that names none lists.
const NEAREST: usize = 3;

/// The ids of the models the rows of `path` name, in row order, each once.
pub fn ids(register: &Register, path: &Path, sheet_name: Option<&str>) -> Result<Vec<String>> {
    let taxonomy = &register.settings.taxonomy;
    let headers = Headers::new(taxonomy, Map::default());
    let wanted = |key: &Option<Key>| matches!(key, Some(Key::Id | Key::Name | Key::Unit));
    let rows = sheet::read(path, sheet_name, |h| wanted(&headers.key(h)))?;
    let columns = |row: &Row| {
        let mut found: HashMap<&'static str, usize> = HashMap::new();
        for (i, cell) in row.cells.iter().enumerate() {
            let name = match headers.key(&cell.as_text()) {
                Some(Key::Id) => "id",
                Some(Key::Name) => "name",
                Some(Key::Unit) => "unit",
                _ => continue,
            };
            found.entry(name).or_insert(i);
        }
        found
    };
    let Some((at, found)) = rows.iter().enumerate().find_map(|(at, row)| {
        let found = columns(row);
        (found.contains_key("id") || (found.contains_key("name") && found.contains_key("unit")))
            .then_some((at, found))
    }) else {
        return Err(Error::Input(tr!("write-from-no-header", file = path)));
    };
    let (id_at, name_at, unit_at) = (
        found.get("id").copied(),
        found.get("name").copied(),
        found.get("unit").copied(),
    );
    let index = Index::new(&register.models);
    let mut out: Vec<String> = Vec::new();
    let mut problems = Vec::new();
    for row in &rows[at + 1..] {
        let text = |i: Option<usize>| i.map(|i| row.cell(i).as_text().trim().to_owned());
        let (id, name, unit) = (text(id_at), text(name_at), text(unit_at));
        let id = id.filter(|t| !t.is_empty());
        let name = name.filter(|t| !t.is_empty());
        let unit = unit.filter(|t| !t.is_empty());
        let found = match (&id, &name, &unit) {
            (None, None, None) => continue,
            (Some(id), _, _) => {
                if let Some(m) = register.model(id.to_lowercase().as_str()) {
                    Ok(m.id.clone())
                } else {
                    let hint =
                        crate::problem::hint(id, register.models.iter().map(|m| m.id.as_str()));
                    Err(tr!("write-no-model", id = id, hint = hint))
                }
            }
            (None, Some(name), Some(unit)) => index.find(name, unit),
            (None, _, _) => Err(tr!(
                "write-from-names-no-model",
                id = column_name(id_at),
                name = column_name(name_at),
                unit = column_name(unit_at)
            )),
        };
        match found {
            Ok(id) if !out.contains(&id) => out.push(id),
            Ok(_) => {}
            Err(message) => {
                problems.push(tr!(
                    "write-from-row",
                    file = path,
                    row = row.number,
                    problem = message
                ));
            }
        }
    }
    if !problems.is_empty() {
        return Err(Error::Input(tr!(
            "write-from-bad-rows",
            problems = problems.join("\n"),
            count = problems.len(),
            file = path
        )));
    }
    if out.is_empty() {
        return Err(Error::Input(tr!("write-from-no-rows", file = path)));
    }
    Ok(out)
}

fn column_name(at: Option<usize>) -> String {
    at.map_or_else(
        || tr!("write-from-no-column"),
        |i| tr!("write-from-column", letter = letter(i)),
    )
}

/// Text as rows and models are compared: folded, spaces collapsed.
fn normal(text: &str) -> String {
    fold(text).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The models by their folded name and unit.
struct Index<'a> {
    models: Vec<(&'a Model, String, String)>,
    by_name_unit: HashMap<(String, String), Vec<usize>>,
}

impl<'a> Index<'a> {
    fn new(models: &'a [Model]) -> Self {
        let models: Vec<(&Model, String, String)> = models
            .iter()
            .map(|m| (m, normal(&m.name), normal(&m.unit)))
            .collect();
        let mut by_name_unit: HashMap<(String, String), Vec<usize>> = HashMap::new();
        for (i, (_, name, unit)) in models.iter().enumerate() {
            by_name_unit
                .entry((name.clone(), unit.clone()))
                .or_default()
                .push(i);
        }
        Self {
            models,
            by_name_unit,
        }
    }

    /// The one model of this name and unit; else why not, with the
    /// nearest models.
    fn find(&self, name: &str, unit: &str) -> std::result::Result<String, String> {
        let key = (normal(name), normal(unit));
        match self.by_name_unit.get(&key).map(Vec::as_slice) {
            Some([one]) => Ok(self.models[*one].0.id.clone()),
            Some(several) => {
                let ids: Vec<&str> = several
                    .iter()
                    .map(|&i| self.models[i].0.id.as_str())
                    .collect();
                Err(tr!(
                    "write-from-several-models",
                    name = name,
                    unit = unit,
                    count = ids.len(),
                    ids = ids.join(", ")
                ))
            }
            None => {
                let nearest = self.nearest(&key.0, &key.1);
                Err(if nearest.is_empty() {
                    tr!("write-from-no-such-model", name = name, unit = unit)
                } else {
                    tr!(
                        "write-from-no-such-model-nearest",
                        name = name,
                        unit = unit,
                        nearest = nearest.join(", ")
                    )
                })
            }
        }
    }

    /// The models whose name and unit are nearest, as `id ("name", "unit")`.
    fn nearest(&self, name: &str, unit: &str) -> Vec<String> {
        let mut scored: Vec<(f64, &Model)> = self
            .models
            .iter()
            .map(|(m, n, u)| {
                let score = strsim::normalized_levenshtein(name, n)
                    + strsim::normalized_levenshtein(unit, u);
                (score, *m)
            })
            .filter(|(score, _)| *score > 0.8)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.id.cmp(&b.1.id)));
        scored
            .into_iter()
            .take(NEAREST)
            .map(|(_, m)| format!("{} (\"{}\", \"{}\")", m.id, m.name, m.unit))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixture;
    use unicode_normalization::UnicodeNormalization;

    fn models() -> Vec<Model> {
        let mut a = fixture::model(vec![]);
        a.id = "a".into();
        let mut b = a.clone();
        b.id = "b".into();
        b.unit = "Hội Phụ nữ xã Quảng Tân".into();
        let mut c = a.clone();
        c.id = "c".into();
        vec![a, b, c]
    }

    #[test]
    fn a_name_and_unit_find_one_model_ignoring_case_diacritics_and_nfd() {
        let models = models();
        let index = Index::new(&models);
        let nfd: String = "HỘI PHỤ NỮ  xã Quảng Tân".nfd().collect();
        assert_eq!(index.find("xay dung vuon mau", &nfd), Ok("b".into()));
        let several = index.find("Xây dựng vườn mẫu", "Hội Nông dân xã Quảng Tân");
        assert!(several.unwrap_err().contains("names 2 models: a, c"));
        let none = index
            .find("Xây dựng vườn mẫu", "Hội Phụ nữ xã Quảng Tâm")
            .unwrap_err();
        assert!(none.contains("nearest: b ("), "{none}");
    }
}
