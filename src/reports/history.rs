//! A model's history from git: every commit that changed its file, oldest
//! first, with what changed in words (`added event cong_nhan huyen
//! 2024-06-20`, `unit: A → B`). Versions are compared as data, so a commit
//! that only formats the file changes nothing in words.

use std::path::Path;

use crate::error::Result;
use crate::fs::git::{self, Commit};
use crate::i18n::{Lang, lang};
use crate::reports::report::{Report, View};
use crate::reports::table::{Cell, Column, Table};
use crate::{tr, tr_in};

/// The arrays of records, in the order their changes are told.
const RECORDS: [&str; 3] = ["outcome", "assessment", "event"];

/// One commit of the history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub commit: Commit,
    /// What changed, in English words: what csv and json hold.
    pub changes: Vec<String>,
    /// The same in the language of the run, for the terminal.
    pub shown: Vec<String>,
}

/// The history of the file `file` of the register in `root` (relative to
/// it), oldest first. An error outside a git work tree.
pub fn steps(root: &Path, file: &Path) -> Result<Vec<Step>> {
    git::require_work_tree(root, &tr!("report-history-needs-git"))?;
    let mut commits = git::log_follow(root, file)?;
    commits.reverse();
    commits
        .into_iter()
        .map(|commit| {
            let after = if commit.status.starts_with('D') {
                None
            } else {
                git::show(root, &commit.hash, &commit.after)?
            };
            let before = if commit.status.starts_with('A') {
                None
            } else {
                git::show(root, &format!("{}^", commit.hash), &commit.before)?
            };
            let told = |lang: Lang| {
                let mut changes = Vec::new();
                if commit.status.starts_with('R') {
                    changes.push(tr_in!(
                        lang,
                        "report-history-renamed",
                        path = commit.before.as_str()
                    ));
                }
                changes.extend(words_in(lang, before.as_deref(), after.as_deref()));
                changes
            };
            // csv and json say it in English; the terminal in the run's
            // language, worded again only when that is another.
            let changes = told(Lang::En);
            let shown = if lang() == Lang::En {
                changes.clone()
            } else {
                told(lang())
            };
            Ok(Step {
                commit,
                changes,
                shown,
            })
        })
        .collect()
}

/// The history as a report: a row a commit; csv and json give the whole
/// hash and the author's date and time, the terminal a short hash and the
/// minute.
pub fn report(root: &Path, file: &Path) -> Result<Report> {
    let steps = steps(root, file)?;
    let table = |short: bool| Table {
        columns: vec![
            Column::new("commit", tr!("report-history-commit"), false),
            Column::new("date", tr!("report-history-date"), false),
            Column::new("author", tr!("report-history-author"), false),
            Column::new("email", tr!("report-history-email"), false),
            Column::new("subject", tr!("report-history-subject"), false),
            Column::new("changes", tr!("report-history-changes"), false),
        ],
        rows: steps
            .iter()
            .map(|step| {
                let c = &step.commit;
                let (hash, date) = if short {
                    let minute = c.date.get(..16).unwrap_or(&c.date).replacen('T', " ", 1);
                    (c.hash.get(..7).unwrap_or(&c.hash).to_owned(), minute)
                } else {
                    (c.hash.clone(), c.date.clone())
                };
                vec![
                    Cell::Text(hash),
                    Cell::Text(date),
                    Cell::Text(c.author.clone()),
                    Cell::Text(c.email.clone()),
                    Cell::Text(c.subject.clone()),
                    // A change a line on the terminal: a change may hold commas.
                    Cell::Given {
                        label: step.shown.join("\n"),
                        plain: step.changes.join(";"),
                        json: step.changes.clone().into(),
                    },
                ]
            })
            .collect(),
        footer: None,
    };
    let mut people = table(true);
    // The terminal leaves out the email: the author's name says who.
    people.columns.remove(3);
    for row in &mut people.rows {
        row.remove(3);
    }
    let mut report = Report {
        people: vec![View::Table(people)],
        data: Some(table(false)),
        ..Report::default()
    };
    if steps.is_empty() {
        report.note = Some(tr!("report-history-no-commit", path = file));
    }
    Ok(report)
}

/// What changed from one version of a model file to the next, in
/// English words (what csv and json hold).
pub fn words(before: Option<&str>, after: Option<&str>) -> Vec<String> {
    words_in(Lang::En, before, after)
}

/// What changed from one version of a model file to the next, in words
/// of a language (keys, codes and values as the file has them).
pub fn words_in(lang: Lang, before: Option<&str>, after: Option<&str>) -> Vec<String> {
    let parse = |text: &str| text.parse::<toml::Table>().ok();
    match (before, after) {
        (None, None) => Vec::new(),
        (Some(_), None) => vec![tr_in!(lang, "report-history-deleted")],
        (before, Some(after)) => {
            let Some(new) = parse(after) else {
                return vec![tr_in!(lang, "report-history-not-toml-now")];
            };
            let old = match before {
                None => toml::Table::new(),
                Some(text) => match parse(text) {
                    Some(old) => old,
                    None => return vec![tr_in!(lang, "report-history-not-toml-before")],
                },
            };
            let mut out = Vec::new();
            if before.is_none() {
                out.push(tr_in!(lang, "report-history-created"));
            }
            out.extend(key_words(lang, &old, &new, before.is_none()));
            for name in RECORDS {
                out.extend(record_changes(lang, name, &old, &new));
            }
            out
        }
    }
}

/// `key: old → new` for each top-level key that differs (none when the
/// file is created: its keys are its first version, not changes).
fn key_words(lang: Lang, old: &toml::Table, new: &toml::Table, created: bool) -> Vec<String> {
    if created {
        return Vec::new();
    }
    let mut keys: Vec<&String> = old.keys().collect();
    keys.extend(new.keys().filter(|k| !old.contains_key(*k)));
    keys.into_iter()
        .filter(|k| !RECORDS.contains(&k.as_str()))
        .filter(|k| old.get(*k) != new.get(*k))
        .map(|k| {
            let shown = |v: Option<&toml::Value>| {
                v.map_or_else(|| tr_in!(lang, "report-history-none"), value_words)
            };
            format!("{k}: {} → {}", shown(old.get(k)), shown(new.get(k)))
        })
        .collect()
}

/// The records of one array added, removed or changed (one removed and
/// one added with the same words).
fn record_changes(lang: Lang, name: &str, old: &toml::Table, new: &toml::Table) -> Vec<String> {
    let list = |t: &toml::Table| -> Vec<toml::Table> {
        match t.get(name) {
            Some(toml::Value::Array(items)) => {
                items.iter().filter_map(|i| i.as_table().cloned()).collect()
            }
            _ => Vec::new(),
        }
    };
    let (mut removed, mut added) = (list(old), list(new));
    // What both hold is no change.
    let mut i = 0;
    while i < removed.len() {
        if let Some(j) = added.iter().position(|a| *a == removed[i]) {
            added.remove(j);
            removed.remove(i);
        } else {
            i += 1;
        }
    }
    let mut out = Vec::new();
    let mut added_words: Vec<Option<String>> =
        added.iter().map(|t| Some(record_words(name, t))).collect();
    for table in &removed {
        let words = record_words(name, table);
        if let Some(slot) = added_words
            .iter_mut()
            .find(|w| w.as_deref() == Some(&words))
        {
            *slot = None;
            out.push(tr_in!(
                lang,
                "report-history-record-changed",
                record = words
            ));
        } else {
            out.push(tr_in!(
                lang,
                "report-history-record-removed",
                record = words
            ));
        }
    }
    out.extend(
        added_words
            .into_iter()
            .flatten()
            .map(|w| tr_in!(lang, "report-history-record-added", record = w)),
    );
    out
}

/// A record in words: `event cong_nhan huyen 2024-06-20`, `assessment
/// hd08-2022 2024-05-10`, `outcome 2024`.
pub fn record_words(name: &str, record: &toml::Table) -> String {
    let get = |key: &str| record.get(key).map(value_words);
    let parts: Vec<String> = match name {
        "event" => [get("type"), get("level"), get("date")]
            .into_iter()
            .flatten()
            .collect(),
        "assessment" => [get("criteria"), get("date")]
            .into_iter()
            .flatten()
            .collect(),
        _ => get("year").into_iter().collect(),
    };
    let mut words = name.to_owned();
    for part in parts {
        words.push(' ');
        words.push_str(&part);
    }
    words
}

/// A value as a person reads it: text without quotes, a list in brackets,
/// anything longer than 60 letters cut.
fn value_words(value: &toml::Value) -> String {
    let text = match value {
        toml::Value::String(s) => s.split_whitespace().collect::<Vec<_>>().join(" "),
        toml::Value::Array(items) => {
            let items: Vec<String> = items.iter().map(value_words).collect();
            format!("[{}]", items.join(", "))
        }
        other => other.to_string(),
    };
    if text.chars().count() > 60 {
        let cut: String = text.chars().take(59).collect();
        format!("{cut}…")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MODEL: &str = "name = \"Vườn mẫu\"\nunit = \"Hội Nông dân\"\n";

    #[test]
    fn tells_keys_and_records_changed() {
        let before =
            format!("{MODEL}[[event]]\ndate = 2024-01-05\ntype = \"de_nghi\"\nlevel = \"huyen\"\n");
        let after = format!(
            "{}tags = [\"a\", \"b\"]\n[[outcome]]\nyear = 2024\nngay_cong = 3\n\
             [[event]]\ndate = 2024-06-20\ntype = \"cong_nhan\"\nlevel = \"huyen\"\n",
            MODEL.replace("Hội Nông dân", "Hội Phụ nữ")
        );
        assert_eq!(
            words(Some(&before), Some(&after)),
            [
                "unit: Hội Nông dân → Hội Phụ nữ",
                "tags: (none) → [a, b]",
                "added outcome 2024",
                "removed event de_nghi huyen 2024-01-05",
                "added event cong_nhan huyen 2024-06-20",
            ]
        );
    }

    #[test]
    fn a_new_file_is_created_with_its_records_and_formatting_is_no_change() {
        let text = format!(
            "{MODEL}[[assessment]]\ndate = 2024-05-10\ncriteria = \"hd\"\nresults = {{ a = true }}\n"
        );
        assert_eq!(
            words(None, Some(&text)),
            ["created", "added assessment hd 2024-05-10"]
        );
        let spaced = text.replace(" = ", "   =   ");
        assert!(words(Some(&text), Some(&spaced)).is_empty());
        let noted = text.replace("results", "note = \"x\"\nresults");
        assert_eq!(
            words(Some(&text), Some(&noted)),
            ["changed assessment hd 2024-05-10"]
        );
        assert_eq!(words(Some(&text), None), ["deleted"]);
    }
}
