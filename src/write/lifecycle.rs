//! Recording decisions: appending an `[[event]]` (or an `[[assessment]]`)
//! to model files. Every other byte of a file is kept; the new table is
//! written by `toml_edit` and checked by parsing the whole file again. A
//! batch is planned in full before anything is written, so one bad id or
//! file leaves every file untouched.

use std::path::PathBuf;

use toml_edit::{InlineTable, Table, value};

use crate::error::{Error, Result};
use crate::fs::files::read_text;
use crate::fs::layout::shown;
use crate::model::date::Date;
use crate::model::derived::AsOf;
use crate::model::schema::{EVENT_KEYS, event_keys, rank};
use crate::model::taxonomy::{CodeList, Taxonomy};
use crate::model::{Assessment, Event, EventType, Judgement};
use crate::query::Query;
use crate::query::key::Mode;
use crate::read::register::Register;
use crate::read::workspace::Workspace;
use crate::tr;
use crate::write::evidence::{Staged, crash_point};
use crate::write::registration::date_value;

/// A planned change to one model file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub id: String,
    /// The file, as the file system knows it.
    pub path: PathBuf,
    /// The file as shown to the user.
    pub shown: PathBuf,
    /// What is appended.
    pub table: String,
    pub after: String,
}

/// The keys an event has set, besides `date` and `type`.
fn set_keys(event: &Event) -> Vec<&'static str> {
    let mut keys: Vec<&'static str> = event.texts().map(|(key, _)| key).collect();
    if event.until.is_some() {
        keys.push("until");
    }
    keys
}

/// What a lifecycle verb was told on the command line, before it is
/// checked against the register's taxonomy.
#[derive(Debug, Clone, Default)]
pub struct EventRequest<'a> {
    pub level: Option<&'a str>,
    pub form: Option<&'a str>,
    pub place: Option<&'a str>,
    pub decision: Option<&'a str>,
    pub authority: Option<&'a str>,
    pub until: Option<Date>,
    pub number: Option<&'a str>,
    pub note: Option<&'a str>,
}

/// The event a verb appends: codes resolved (a label is taken for its
/// code), empty texts left out, and the event checked.
pub fn build_event(
    kind: EventType,
    date: Date,
    request: &EventRequest<'_>,
    taxonomy: &Taxonomy,
) -> Result<Event> {
    let code = |list: &CodeList, flag: &str, value: &str| {
        list.resolve(value)
            .map(str::to_owned)
            .ok_or_else(|| Error::Input(format!("--{flag}: {}", list.unknown(value))))
    };
    let text = |value: Option<&str>| value.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty());
    let mut event = Event::new(date, kind);
    event.level = request
        .level
        .map(|l| code(&taxonomy.levels, "level", l))
        .transpose()?;
    event.form = request
        .form
        .map(|f| code(&taxonomy.forms, "form", f))
        .transpose()?;
    event.place = request
        .place
        .map(str::to_owned)
        .filter(|p| !p.trim().is_empty());
    event.decision = text(request.decision);
    event.authority = text(request.authority);
    event.until = request.until;
    event.number = text(request.number);
    event.note = text(request.note);
    check_event(&event)?;
    Ok(event)
}

/// What the person recording an event should know: a district-level
/// decision dated after the districts were abolished.
pub fn warning(event: &Event) -> Option<String> {
    (event.level.as_deref() == Some("huyen")
        && event.date >= crate::model::date::district_abolished())
    .then(|| tr!("write-district-abolished"))
}

/// The models a verb names: the ids given, then those a `--where` query
/// selects as of the date.
pub fn targets(
    workspace: &Workspace,
    ids: &[String],
    selection: Option<&str>,
    as_of: &AsOf,
) -> Result<Vec<String>> {
    let mut ids = ids.to_vec();
    if let Some(text) = selection {
        let query = Query::parse(text, Mode::Models, workspace.taxonomy())?;
        ids.extend(
            workspace
                .select(&query, as_of)
                .iter()
                .map(|s| s.model.id.clone()),
        );
    } else if ids.is_empty() {
        return Err(Error::Input(tr!("write-name-the-models")));
    }
    Ok(ids)
}

/// What `--dry-run` prints: each file that would change, and the table
/// that would be appended to it.
pub fn write_preview(edits: &[Edit], out: &mut dyn std::io::Write) -> std::io::Result<()> {
    for edit in edits {
        writeln!(out, "# {}\n{}", edit.shown.display(), edit.table)?;
    }
    Ok(())
}

/// Checks that an event has the keys its type needs and no others.
pub fn check_event(event: &Event) -> Result<()> {
    let (required, optional) = event_keys(event.kind);
    let set = set_keys(event);
    let mut problems = Vec::new();
    for key in required {
        if !set.contains(key) {
            problems.push(tr!(
                "write-event-needs",
                kind = event.kind.code(),
                key = *key
            ));
        }
    }
    for key in &set {
        if !required.contains(key) && !optional.contains(key) {
            problems.push(tr!(
                "write-event-has-no",
                kind = event.kind.code(),
                key = *key
            ));
        }
    }
    if let Some(until) = event.until.filter(|until| *until < event.date) {
        problems.push(tr!(
            "write-until-before-date",
            until = until.to_string(),
            date = event.date.to_string()
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::Input(problems.join("\n")))
    }
}

/// `[[event]]` with its keys in canonical order.
pub fn event_table(event: &Event) -> String {
    let mut table = Table::new();
    table["date"] = value(date_value(event.date));
    table["type"] = value(event.kind.code());
    for (key, text) in event.texts() {
        table[key] = value(crate::text::nfc(text).as_ref());
    }
    if let Some(until) = event.until {
        table["until"] = value(date_value(until));
    }
    if !event.files.is_empty() {
        table["files"] = value(paths(&event.files));
    }
    // Keys in the order of format.md, `until` among them.
    table.sort_values_by(|a, _, b, _| rank(&EVENT_KEYS, a).cmp(&rank(&EVENT_KEYS, b)));
    array_table("event", table)
}

/// `[[assessment]]` with its results as an inline table.
pub fn assessment_table(assessment: &Assessment) -> String {
    let mut table = Table::new();
    table["date"] = value(date_value(assessment.date));
    table["criteria"] = value(&assessment.criteria);
    if let Some(by) = &assessment.by {
        table["by"] = value(crate::text::nfc(by).as_ref());
    }
    let mut results = InlineTable::new();
    for (id, judgement) in &assessment.results {
        let v: toml_edit::Value = match judgement {
            Judgement::Met(b) => (*b).into(),
            Judgement::Points(p) if p.fract() == 0.0 && p.abs() < 1e15 => {
                #[allow(clippy::cast_possible_truncation)]
                let whole = *p as i64;
                whole.into()
            }
            Judgement::Points(p) => (*p).into(),
        };
        results.insert(id, v);
    }
    table["results"] = value(results);
    if let Some(note) = &assessment.note {
        table["note"] = value(crate::text::nfc(note).as_ref());
    }
    if !assessment.files.is_empty() {
        table["files"] = value(paths(&assessment.files));
    }
    array_table("assessment", table)
}

/// `files` as written: an array of paths on one line, in NFC.
fn paths(files: &[String]) -> toml_edit::Array {
    files
        .iter()
        .map(|f| crate::text::nfc(f).into_owned())
        .collect()
}

fn array_table(name: &str, table: Table) -> String {
    let mut doc = toml_edit::DocumentMut::new();
    let mut array = toml_edit::ArrayOfTables::new();
    array.push(table);
    doc.insert(name, toml_edit::Item::ArrayOfTables(array));
    doc.to_string()
}

/// The file with `table` appended after a blank line, in the file's own
/// line endings.
pub fn append(text: &str, table: &str) -> String {
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let mut out = text.to_owned();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push_str(newline);
    }
    if !out.is_empty() {
        out.push_str(newline);
    }
    out.push_str(&table.replace('\n', newline));
    out
}

/// Plans appending `table(id)` to each model's file; fails, planning
/// nothing, if any id is unknown or any result would not be a valid model.
pub fn plan(
    register: &Register,
    ids: &[String],
    table: impl Fn(&str) -> String,
) -> Result<Vec<Edit>> {
    let mut unknown = Vec::new();
    let mut edits = Vec::new();
    for id in ids {
        if !crate::model::id::is_valid(id) {
            unknown.push(tr!(
                "write-not-a-model-id",
                id = id,
                rule = crate::model::id::rule()
            ));
            continue;
        }
        let Some(model) = register.model(id) else {
            let hint = crate::problem::hint(id, register.models.iter().map(|m| m.id.as_str()));
            unknown.push(tr!("write-no-model", id = id, hint = hint));
            continue;
        };
        if edits.iter().any(|e: &Edit| e.id == *id) {
            continue;
        }
        let path = register.file(model);
        let shown = shown(&register.root, &model.path);
        let text = read_text(&path)
            .map_err(|(_, message)| Error::Input(format!("{}: {message}", shown.display())))?;
        let new_table = table(id);
        let after = append(&text, &new_table);
        let (parsed, problems) = crate::read::model::parse(
            id,
            &model.path,
            &after,
            &register.settings.taxonomy,
            &register.criteria,
        );
        if parsed.is_none() {
            let message = match problems.iter().find(|p| p.is_error()) {
                Some(p) => tr!(
                    "write-append-invalid-at",
                    file = &shown,
                    line = p.location.as_ref().map_or(0, |l| l.line),
                    problem = p.message.as_str()
                ),
                None => tr!("write-append-invalid", file = &shown),
            };
            return Err(Error::Input(message));
        }
        edits.push(Edit {
            id: id.clone(),
            path,
            shown,
            table: new_table,
            after,
        });
    }
    if !unknown.is_empty() {
        return Err(Error::Input(tr!(
            "write-nothing-written",
            problems = unknown.join("\n")
        )));
    }
    Ok(edits)
}

/// Writes the planned edits, each atomically.
pub fn apply(edits: &[Edit]) -> Result<()> {
    for edit in edits {
        crate::fs::atomic::replace(&edit.path, &edit.after)?;
    }
    Ok(())
}

/// Writes the planned edits, then puts the evidence they name in place
/// (`write::evidence`): if no edit can be written, no copy stays; once one
/// is, the copies go in place, so that what it names is there.
pub fn apply_with_evidence(edits: &[Edit], staged: Staged) -> Result<()> {
    crash_point("evidence-staged");
    for (i, edit) in edits.iter().enumerate() {
        if let Err(e) = crate::fs::atomic::replace(&edit.path, &edit.after) {
            if i > 0 {
                staged.finish()?;
            }
            return Err(e);
        }
    }
    crash_point("evidence-recorded");
    staged.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EventType;

    #[test]
    fn event_tables_are_canonical() {
        let mut e = Event::new(
            crate::model::date::parse("2020-06-18").unwrap(),
            EventType::CongNhan,
        );
        e.level = Some("huyen".into());
        e.decision = Some("123-QĐ/HU".into());
        e.authority = Some("Ban Thường vụ Huyện ủy".into());
        assert_eq!(
            event_table(&e),
            "[[event]]\ndate = 2020-06-18\ntype = \"cong_nhan\"\nlevel = \"huyen\"\n\
             decision = \"123-QĐ/HU\"\nauthority = \"Ban Thường vụ Huyện ủy\"\n"
        );
        check_event(&e).unwrap();
        e.place = Some("xã Dực Yên".into());
        e.level = None;
        assert_eq!(
            check_event(&e).unwrap_err().to_string(),
            "a `cong_nhan` event needs --level\na `cong_nhan` event has no place; drop --place"
        );
    }

    #[test]
    fn append_keeps_every_byte_and_line_endings() {
        assert_eq!(
            append("a = 1 # x", "[[event]]\nb = 2\n"),
            "a = 1 # x\n\n[[event]]\nb = 2\n"
        );
        assert_eq!(
            append("a = 1\r\n", "[[event]]\nb = 2\n"),
            "a = 1\r\n\r\n[[event]]\r\nb = 2\r\n"
        );
    }
}
