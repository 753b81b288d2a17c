//! `dvk.toml`: the register's name and its taxonomy. Every table has the
//! national default; a table written in the file replaces that list whole.

use std::collections::HashMap;
use std::path::Path;

use crate::model::taxonomy::{CodeList, Metric, Taxonomy};
use crate::problem::{Problem, Sink};
use crate::read::spanned::{self, Table};
use crate::text::fold;

const KEYS: [&str; 7] = [
    "name", "levels", "fields", "subjects", "kinds", "forms", "metrics",
];

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settings {
    pub name: Option<String>,
    pub taxonomy: Taxonomy,
}

impl Settings {
    /// Parses `dvk.toml`; problems name `path`. Broken tables keep their
    /// defaults so that the models can still be checked.
    pub fn parse(path: &Path, text: &str) -> (Self, Vec<Problem>) {
        let mut sink = Sink::new(path, text);
        let mut settings = Settings::default();
        if let Some(table) = spanned::parse_document(text, &mut sink) {
            spanned::reject_unknown(&table, &KEYS, "dvk.toml", &mut sink);
            settings.name = table
                .get("name")
                .and_then(|v| spanned::string(v, "name", &mut sink));
            let t = &mut settings.taxonomy;
            for (key, list) in [
                ("levels", &mut t.levels),
                ("fields", &mut t.fields),
                ("subjects", &mut t.subjects),
                ("kinds", &mut t.kinds),
                ("forms", &mut t.forms),
            ] {
                if let Some(entries) = code_table(&table, key, &mut sink) {
                    *list = CodeList {
                        name: list.name,
                        entries,
                    };
                }
            }
            if let Some(metrics) = metrics(&table, &mut sink) {
                t.metrics = metrics;
            }
        }
        (settings, sink.problems)
    }
}

fn valid_code(code: &str) -> bool {
    let mut bytes = code.bytes();
    bytes
        .next()
        .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && code.len() <= 64
}

/// The entries of a code table, or `None` (after problems) to keep the
/// default.
fn code_table(table: &Table<'_>, key: &str, sink: &mut Sink<'_>) -> Option<Vec<(String, String)>> {
    let value = table.get(key)?;
    let entries_table = spanned::table(value, key, sink)?;
    let mut entries: Vec<(String, String)> = Vec::with_capacity(entries_table.len());
    // Each label folded once and looked up, not folded against every
    // label before it: a table of 100,000 codes reads in linear time.
    let mut labels: HashMap<String, usize> = HashMap::with_capacity(entries_table.len());
    let errors_before = sink.problems.len();
    for (code, label) in entries_table {
        let code_text = code.get_ref().as_ref();
        check_code(code_text, code.span().start, key, sink);
        let Some(label_text) = spanned::string(label, code_text, sink) else {
            continue;
        };
        if label_text.trim().is_empty() {
            sink.error_at(
                Some(label.span().start),
                format!("the label of `{code_text}` is empty"),
            );
            continue;
        }
        let folded = fold(&label_text);
        if let Some(&other) = labels.get(&folded) {
            let other = &entries[other].0;
            sink.error_at(
                Some(label.span().start),
                format!("[{key}] `{code_text}` has the same label as `{other}`: \"{label_text}\""),
            );
        }
        labels.entry(folded).or_insert(entries.len());
        entries.push((code_text.to_owned(), label_text));
    }
    if entries_table.is_empty() {
        sink.error_at(
            Some(value.span().start),
            format!("[{key}] is empty; remove it to use the national list"),
        );
    }
    (sink.problems.len() == errors_before && !entries.is_empty()).then_some(entries)
}

fn check_code(code: &str, at: usize, key: &str, sink: &mut Sink<'_>) {
    if !valid_code(code) {
        sink.error_at(
            Some(at),
            format!("[{key}] code `{code}` must be lowercase ASCII letters, digits and `_`"),
        );
    }
}

fn metrics(table: &Table<'_>, sink: &mut Sink<'_>) -> Option<Vec<Metric>> {
    let value = table.get("metrics")?;
    let metrics_table = spanned::table(value, "metrics", sink)?;
    let errors_before = sink.problems.len();
    let mut out = Vec::new();
    for (code, spec) in metrics_table {
        let code_text = code.get_ref().as_ref();
        check_code(code_text, code.span().start, "metrics", sink);
        if code_text == "year" {
            sink.error_at(Some(code.span().start), "a metric cannot be called `year`");
        }
        let Some(spec_table) = spanned::table(spec, code_text, sink) else {
            continue;
        };
        spanned::reject_unknown(spec_table, &["label", "unit"], "a metric", sink);
        let label = if let Some(v) = spec_table.get("label") {
            spanned::string(v, "label", sink)
        } else {
            sink.error_at(
                Some(spec.span().start),
                format!("metric `{code_text}` needs a `label`"),
            );
            None
        };
        let unit = spec_table
            .get("unit")
            .and_then(|v| spanned::string(v, "unit", sink))
            .unwrap_or_default();
        if let Some(label) = label {
            out.push(Metric {
                code: code_text.to_owned(),
                label,
                unit,
            });
        }
    }
    (sink.problems.len() == errors_before && !out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_replaces_its_default_only() {
        let text = "name = \"Sổ\"\n[fields]\nnong_nghiep = \"Nông nghiệp\"\nkhac = \"Khác\"\n";
        let (s, problems) = Settings::parse(Path::new("dvk.toml"), text);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(s.name.as_deref(), Some("Sổ"));
        assert_eq!(
            s.taxonomy.fields.codes().collect::<Vec<_>>(),
            ["nong_nghiep", "khac"]
        );
        assert_eq!(s.taxonomy.levels, Taxonomy::default().levels);
    }

    #[test]
    fn bad_codes_are_reported_at_their_line() {
        let text = "[levels]\nxa = \"Cấp xã\"\n\"Tỉnh\" = \"Cấp tỉnh\"\n";
        let (s, problems) = Settings::parse(Path::new("dvk.toml"), text);
        assert_eq!(problems.len(), 1);
        let loc = problems[0].location.as_ref().unwrap();
        assert_eq!((loc.line, loc.column), (3, 1));
        assert_eq!(s.taxonomy.levels, Taxonomy::default().levels);
    }
}
