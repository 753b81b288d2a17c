//! `dvk.toml`: the register's name and its taxonomy. Every table has the
//! national default; a table written in the file replaces that list whole.

use std::collections::HashMap;
use std::path::Path;

use crate::model::custom::{CustomKey, CustomType};
use crate::model::issuer::Issuer;
use crate::model::renames::{self, Rename, RenameKey};
use crate::model::taxonomy::{CodeList, Metric, Taxonomy};
use crate::problem::{Problem, Sink};
use crate::read::spanned::{self, Table};
use crate::text::fold;
use crate::tr;

const KEYS: [&str; 11] = [
    "name",
    "levels",
    "fields",
    "subjects",
    "kinds",
    "forms",
    "metrics",
    "recognition",
    "renames",
    "custom",
    "report",
];

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settings {
    pub name: Option<String>,
    pub taxonomy: Taxonomy,
    /// `[report]`: who issues the report's documents.
    pub report: Issuer,
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
            t.recognition_term = recognition_term(&table, &mut sink);
            parse_renames(&table, &mut t.renames, &mut sink);
            t.custom = custom(&table, &mut sink);
            settings.report = parse_report(&table, &mut sink);
        }
        (settings, sink.problems)
    }
}

/// `[recognition] term`: a whole number of years, 1 or more; `None` when
/// absent or wrong (after a problem at its line).
fn recognition_term(table: &Table<'_>, sink: &mut Sink<'_>) -> Option<u32> {
    let value = table.get("recognition")?;
    let recognition = spanned::table(value, "recognition", sink)?;
    spanned::reject_unknown(recognition, &["term"], "[recognition]", sink);
    let term = recognition.get("term")?;
    let years = spanned::number(term, "term", sink)?;
    let whole = (years.fract() == 0.0 && (1.0..=f64::from(u32::MAX)).contains(&years)).then(|| {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let years = years as u32;
        years
    });
    if whole.is_none() {
        sink.error_at(
            Some(term.span().start),
            tr!(
                "check-recognition-term",
                years = crate::query::key::number_text(years)
            ),
        );
    }
    whole
}

/// `[report]`: optional strings; an unknown key or a value of another
/// type is a problem at its line, and that value is left out.
fn parse_report(table: &Table<'_>, sink: &mut Sink<'_>) -> Issuer {
    let mut issuer = Issuer::default();
    let Some(report) = table
        .get("report")
        .and_then(|v| spanned::table(v, "report", sink))
    else {
        return issuer;
    };
    spanned::reject_unknown(report, &Issuer::KEYS, "[report]", sink);
    for (key, value) in report {
        let key = key.get_ref().as_ref();
        if let Some(slot) = issuer.slot(key) {
            *slot = spanned::string(value, key, sink).filter(|s| !s.trim().is_empty());
        }
    }
    issuer
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
                tr!("check-empty-label", code = code_text),
            );
            continue;
        }
        let folded = fold(&label_text);
        if let Some(&other) = labels.get(&folded) {
            let other = &entries[other].0;
            sink.error_at(
                Some(label.span().start),
                tr!(
                    "check-same-label",
                    table = key,
                    code = code_text,
                    other = other,
                    label = &label_text
                ),
            );
        }
        labels.entry(folded).or_insert(entries.len());
        entries.push((code_text.to_owned(), label_text));
    }
    if entries_table.is_empty() {
        sink.error_at(
            Some(value.span().start),
            tr!("check-empty-table", table = key),
        );
    }
    (sink.problems.len() == errors_before && !entries.is_empty()).then_some(entries)
}

fn check_code(code: &str, at: usize, key: &str, sink: &mut Sink<'_>) {
    if !valid_code(code) {
        sink.error_at(Some(at), tr!("check-bad-code", table = key, code = code));
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
            sink.error_at(Some(code.span().start), tr!("check-metric-year"));
        }
        let Some(spec_table) = spanned::table(spec, code_text, sink) else {
            continue;
        };
        spanned::reject_unknown(
            spec_table,
            &["label", "unit"],
            &tr!("check-in-metric"),
            sink,
        );
        let label = if let Some(v) = spec_table.get("label") {
            spanned::string(v, "label", sink)
        } else {
            sink.error_at(
                Some(spec.span().start),
                tr!("check-metric-needs-label", code = code_text),
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

/// `[custom]`: the register's own keys, each `code = { label, type }`
/// (and `codes` for `type = "code"`). A key with a problem is left out.
fn custom(table: &Table<'_>, sink: &mut Sink<'_>) -> Vec<CustomKey> {
    let Some(value) = table.get("custom") else {
        return Vec::new();
    };
    let Some(keys) = spanned::table(value, "custom", sink) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (code, spec) in keys {
        let code_text = code.get_ref().as_ref();
        let at = code.span().start;
        if !valid_code(code_text) {
            check_code(code_text, at, "custom", sink);
            continue;
        }
        if is_standard_key(code_text) {
            sink.error_at(Some(at), tr!("check-custom-standard", code = code_text));
            continue;
        }
        let Some(spec_table) = spanned::table(spec, code_text, sink) else {
            continue;
        };
        spanned::reject_unknown(
            spec_table,
            &["label", "type", "codes"],
            &tr!("check-in-custom-key"),
            sink,
        );
        let needs = |field: &str, sink: &mut Sink<'_>| {
            let found = spec_table.get(field);
            if found.is_none() {
                sink.error_at(
                    Some(spec.span().start),
                    tr!("check-custom-needs", code = code_text, key = field),
                );
            }
            found
        };
        let label = needs("label", sink).and_then(|v| spanned::string(v, "label", sink));
        let Some(type_value) = needs("type", sink) else {
            continue;
        };
        let Some(type_name) = spanned::string(type_value, "type", sink) else {
            continue;
        };
        let kind = match type_name.as_str() {
            "text" => CustomType::Text,
            "number" => CustomType::Number,
            "date" => CustomType::Date,
            "bool" => CustomType::Bool,
            "list" => CustomType::List,
            "code" => {
                if spec_table.get("codes").is_none() {
                    sink.error_at(
                        Some(type_value.span().start),
                        tr!("check-custom-needs-codes", code = code_text),
                    );
                    continue;
                }
                let Some(entries) = code_table(spec_table, "codes", sink) else {
                    continue;
                };
                // A code list names itself in messages with a `'static`
                // name; `dvk.toml` is read once a run, so the few bytes of
                // each custom code are kept for the run.
                let name: &'static str = Box::leak(code_text.to_owned().into_boxed_str());
                CustomType::Code(CodeList { name, entries })
            }
            other => {
                let hint = crate::problem::hint(other, CustomType::NAMES.iter().copied());
                sink.error_at(
                    Some(type_value.span().start),
                    tr!(
                        "check-custom-type",
                        code = code_text,
                        kind = other,
                        hint = hint,
                        kinds = CustomType::NAMES.join(", ")
                    ),
                );
                continue;
            }
        };
        if kind.name() != "code"
            && let Some(codes) = spec_table.get("codes")
        {
            sink.error_at(
                Some(codes.span().start),
                tr!(
                    "check-custom-codes-type",
                    code = code_text,
                    kind = &type_name
                ),
            );
        }
        if let Some(label) = label {
            out.push(CustomKey {
                code: code_text.to_owned(),
                label,
                kind,
            });
        }
    }
    out
}

/// Whether a code is the name of a key of format.md: stored, derived, or
/// one a query names (`id`, `year`).
fn is_standard_key(code: &str) -> bool {
    crate::model::schema::MODEL_KEYS.contains(&code)
        || crate::query::key::Key::parse(
            code,
            crate::query::key::Mode::Models,
            &Taxonomy::default(),
        )
        .is_ok()
        || crate::query::key::Key::parse(
            code,
            crate::query::key::Mode::Events,
            &Taxonomy::default(),
        )
        .is_ok()
}

/// `[renames]`: each sub-table written replaces that key's list (the
/// built-in merger of provinces included); a broken sub-table keeps its
/// default.
fn parse_renames(table: &Table<'_>, out: &mut renames::Renames, sink: &mut Sink<'_>) {
    let Some(value) = table.get("renames") else {
        return;
    };
    let Some(keys) = spanned::table(value, "renames", sink) else {
        return;
    };
    let names: Vec<&str> = RenameKey::ALL.iter().map(|k| k.name()).collect();
    spanned::reject_unknown(keys, &names, "[renames]", sink);
    for (key_name, list) in keys {
        let Some(key) = RenameKey::parse(key_name.get_ref().as_ref()) else {
            continue;
        };
        if let Some(entries) = rename_list(key, list, sink) {
            out.set(key, entries);
        }
    }
}

/// The entries of `[renames.<key>]`, or `None` (after problems).
fn rename_list(
    key: RenameKey,
    value: &spanned::Value<'_>,
    sink: &mut Sink<'_>,
) -> Option<Vec<Rename>> {
    let what = format!("renames.{}", key.name());
    let entries_table = spanned::table(value, &what, sink)?;
    let errors_before = sink.problems.len();
    let mut entries: Vec<Rename> = Vec::new();
    let mut at: Vec<usize> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for (name, spec) in entries_table {
        let name_text = crate::text::nfc(name.get_ref().as_ref()).into_owned();
        let Some(spec_table) = spanned::table(spec, &name_text, sink) else {
            continue;
        };
        spanned::reject_unknown(spec_table, &["to", "from"], &tr!("check-in-rename"), sink);
        let field = |field: &str, sink: &mut Sink<'_>| {
            let found = spec_table.get(field);
            if found.is_none() {
                sink.error_at(
                    Some(spec.span().start),
                    tr!(
                        "check-rename-needs",
                        table = &what,
                        name = &name_text,
                        key = field
                    ),
                );
            }
            found
        };
        let to = field("to", sink).and_then(|v| spanned::string(v, "to", sink));
        let from = field("from", sink).and_then(|v| spanned::date(v, "from", sink));
        if let Some(other) = seen
            .iter()
            .find(|n| renames::Renames::same(key, n, &name_text))
        {
            sink.error_at(
                Some(name.span().start),
                tr!(
                    "check-renamed-twice",
                    table = &what,
                    name = &name_text,
                    other = other
                ),
            );
            continue;
        }
        seen.push(name_text.clone());
        if let (Some(to), Some(from)) = (to, from) {
            if to.trim().is_empty() {
                let at = spec_table.get("to").map(|v| v.span().start);
                sink.error_at(
                    at,
                    tr!("check-rename-empty-to", table = &what, name = &name_text),
                );
                continue;
            }
            entries.push(Rename {
                name: name_text,
                to,
                from,
            });
            at.push(name.span().start);
        }
    }
    if let Some(round) = renames::find_loop(key, &entries) {
        let chain: Vec<&str> = round
            .iter()
            .map(|&i| entries[i].name.as_str())
            .chain(std::iter::once(entries[round[0]].name.as_str()))
            .collect();
        sink.error_at(
            Some(at[round[0]]),
            tr!(
                "check-rename-loop",
                table = &what,
                chain = chain.join(" → ")
            ),
        );
    }
    (sink.problems.len() == errors_before).then_some(entries)
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

    fn at(problems: &[Problem]) -> Vec<(usize, usize, String)> {
        problems
            .iter()
            .map(|p| {
                let loc = p.location.as_ref().unwrap();
                (loc.line, loc.column, p.message.clone())
            })
            .collect()
    }

    #[test]
    fn renames_replace_their_own_list_only() {
        use crate::model::date::parse as day;
        let text = "[renames.commune]\n\"Quảng Lợi\" = { to = \"Quảng Tân\", from = 2025-07-01 }\n";
        let (s, problems) = Settings::parse(Path::new("dvk.toml"), text);
        assert!(problems.is_empty(), "{problems:?}");
        let r = &s.taxonomy.renames;
        let when = day("2025-07-01").unwrap();
        assert_eq!(
            r.name_in_force(RenameKey::Commune, "Quảng Lợi", when),
            "Quảng Tân"
        );
        assert_eq!(
            r.name_in_force(RenameKey::Province, "Bắc Giang", when),
            "Bắc Ninh"
        );
        let text = "[renames.province]\n\"Bắc Giang\" = { to = \"Hà Bắc\", from = 2030-01-01 }\n";
        let (s, problems) = Settings::parse(Path::new("dvk.toml"), text);
        assert!(problems.is_empty(), "{problems:?}");
        let r = &s.taxonomy.renames;
        assert_eq!(
            r.name_in_force(RenameKey::Province, "Bắc Giang", when),
            "Bắc Giang"
        );
        assert_eq!(
            r.name_in_force(RenameKey::Province, "Yên Bái", when),
            "Yên Bái"
        );
        // An empty table: no renames of that key, not even the built-in ones.
        let (s, problems) = Settings::parse(Path::new("dvk.toml"), "[renames.province]\n");
        assert!(problems.is_empty(), "{problems:?}");
        assert!(s.taxonomy.renames.list(RenameKey::Province).is_empty());
    }

    #[test]
    fn rename_problems_are_reported_at_their_line() {
        let text = "[renames]\nward = {}\n[renames.commune]\n\
                    A = { to = \"B\", from = 2020-01-01 }\n\
                    B = { to = \"a\", from = 2021-01-01 }\n\
                    C = { to = \"D\", from = \"2025-07-01\" }\n\
                    E = { to = \"F\", from = 2025-07-01, note = \"x\" }\n\
                    G = { to = \"H\" }\n\
                    \"c\" = { to = \"D\", from = 2025-07-01 }\n";
        let (s, problems) = Settings::parse(Path::new("dvk.toml"), text);
        let found = at(&problems);
        let lines: Vec<(usize, usize)> = found.iter().map(|(l, c, _)| (*l, *c)).collect();
        assert_eq!(
            lines,
            [(2, 1), (6, 24), (7, 36), (8, 5), (9, 1), (4, 1)],
            "{found:?}"
        );
        assert!(
            found[0].2.starts_with("unknown key `ward` in [renames]"),
            "{found:?}"
        );
        assert!(found[1].2.contains("not a string"), "{found:?}");
        assert!(
            found[2].2.starts_with("unknown key `note` in a rename"),
            "{found:?}"
        );
        assert_eq!(found[3].2, "[renames.commune] `G` needs `from`");
        assert_eq!(
            found[4].2,
            "[renames.commune] `c` is renamed twice: it is the same name as `C`"
        );
        assert_eq!(
            found[5].2,
            "[renames.commune] the renames go round in a loop: A → B → A"
        );
        assert!(s.taxonomy.renames.list(RenameKey::Commune).is_empty());
    }

    #[test]
    fn report_values_are_optional_strings() {
        let text = "[report]\nparent = \"ĐẢNG BỘ TỈNH QUẢNG NINH\"\nplace = \"Quảng Ninh\"\n\
                    signer = \"\"\nform = 1\nsigned = \"x\"\n";
        let (s, problems) = Settings::parse(Path::new("dvk.toml"), text);
        let found = at(&problems);
        let lines: Vec<(usize, usize)> = found.iter().map(|(l, c, _)| (*l, *c)).collect();
        assert_eq!(lines, [(6, 1), (5, 8)], "{found:?}");
        assert!(found[0].2.starts_with("unknown key `signed` in [report]"));
        assert_eq!(s.report.parent.as_deref(), Some("ĐẢNG BỘ TỈNH QUẢNG NINH"));
        assert_eq!(s.report.place.as_deref(), Some("Quảng Ninh"));
        // Empty, wrong or missing: blank, to be filled by hand.
        assert_eq!(
            (s.report.signer.as_ref(), s.report.form.as_ref()),
            (None, None)
        );
        assert_eq!(s.report.issuer, None);
    }
}
