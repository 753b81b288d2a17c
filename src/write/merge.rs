//! The three-way merge of one model file, which `dvk merge-driver` does
//! for git: top-level keys merged key by key (lists as sets), the tables of
//! `[[outcome]]`, `[[assessment]]` and `[[event]]` as records added,
//! changed or removed, in date order; only what both sides changed
//! differently is a conflict, marked with git's markers around its lines.
//! Also the driver's setup in a repository (`--install`, `dvk init`).

use std::path::{Path, PathBuf};

use toml_edit::{Array, ArrayOfTables, DocumentMut, Item, Table};

use crate::error::{Error, IoAction, Result};
use crate::model::taxonomy::Taxonomy;
use crate::reports::history::record_words;
use crate::tr;
use crate::write::format;

/// The tables merged as records, with the key that orders them.
const RECORDS: [(&str, &str); 3] = [
    ("outcome", "year"),
    ("assessment", "date"),
    ("event", "date"),
];

/// What `.gitattributes` says for the driver, and the driver's command.
pub const ATTRIBUTES_LINE: &str = "models/**/*.toml merge=dvk";
pub const DRIVER: &str = "dvk merge-driver %O %A %B %P";
// i18n: a value written into git's config, compared on each install
const DRIVER_NAME: &str = "dvk: merges the records of Dân vận khéo models";

/// A merged model: its text (in canonical form, with conflict markers
/// where there are conflicts) and what conflicts, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    pub text: String,
    pub conflicts: Vec<String>,
}

/// One side of the merge: the document to edit and its data.
struct Side {
    doc: DocumentMut,
    data: toml::Table,
}

impl Side {
    /// A model's text read for merging, or `None` when it is no model:
    /// not TOML, a table other than the three arrays of records, or a
    /// record without its `date` (`year` for an outcome).
    fn read(text: &str) -> Option<Self> {
        let text = format::normalize(text);
        // `toml` judges the text first: on some broken input `toml_edit`
        // panics rather than report an error (as in `format`).
        let data: toml::Table = text.parse().ok()?;
        let doc: DocumentMut = text.parse().ok()?;
        for (key, item) in doc.iter() {
            match (RECORDS.iter().find(|(name, _)| *name == key), item) {
                (Some((name, order)), Item::ArrayOfTables(_)) => {
                    let dated = |t: &toml::Table| match t.get(*order) {
                        Some(toml::Value::Datetime(d)) => d.date.is_some(),
                        Some(toml::Value::Integer(_)) => *order == "year",
                        _ => false,
                    };
                    if !records(&data, name).into_iter().all(dated) {
                        return None;
                    }
                }
                (None, Item::Value(_)) => {}
                _ => return None,
            }
        }
        Some(Self { doc, data })
    }

    fn tables(&self, name: &str) -> Vec<&Table> {
        match self.doc.get(name) {
            Some(Item::ArrayOfTables(tables)) => tables.iter().collect(),
            _ => Vec::new(),
        }
    }
}

/// The records of one array, as data.
fn records<'a>(data: &'a toml::Table, name: &str) -> Vec<&'a toml::Table> {
    match data.get(name) {
        Some(toml::Value::Array(items)) => items.iter().filter_map(toml::Value::as_table).collect(),
        _ => Vec::new(),
    }
}

/// Where a record goes: outcomes by year, the others by date.
fn order(name: &str, record: &toml::Table) -> (i64, String) {
    if name == "outcome" {
        (
            record
                .get("year")
                .and_then(toml::Value::as_integer)
                .unwrap_or(0),
            String::new(),
        )
    } else {
        (
            0,
            record
                .get("date")
                .map(ToString::to_string)
                .unwrap_or_default(),
        )
    }
}

/// What makes a record the same one after an edit: an event's date and
/// type, an assessment's date and criteria set, an outcome's year.
fn identity<'a>(name: &str, record: &'a toml::Table) -> [Option<&'a toml::Value>; 2] {
    let keys = match name {
        "event" => ["date", "type"],
        "assessment" => ["date", "criteria"],
        _ => ["year", "year"],
    };
    keys.map(|k| record.get(k))
}

/// What one side did to a record of the base.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fate {
    /// Kept as it was: the side's record at this index.
    Same(usize),
    /// Edited: the side's record at this index has the same identity.
    Changed(usize),
    Removed,
}

/// Pairs the base's records with a side's: equal ones first, then those
/// of the same identity; returns each base record's fate and the indices
/// of the side's records the base did not have (added).
fn fates(name: &str, base: &[&toml::Table], side: &[&toml::Table]) -> (Vec<Fate>, Vec<usize>) {
    let mut used = vec![false; side.len()];
    let mut out = vec![Fate::Removed; base.len()];
    for (i, record) in base.iter().enumerate() {
        if let Some(j) = (0..side.len()).find(|&j| !used[j] && side[j] == *record) {
            used[j] = true;
            out[i] = Fate::Same(j);
        }
    }
    for (i, record) in base.iter().enumerate() {
        if out[i] != Fate::Removed {
            continue;
        }
        let id = identity(name, record);
        if let Some(j) = (0..side.len()).find(|&j| !used[j] && identity(name, side[j]) == id) {
            used[j] = true;
            out[i] = Fate::Changed(j);
        }
    }
    let added = (0..side.len()).filter(|&j| !used[j]).collect();
    (out, added)
}

/// Which record goes into the result.
#[derive(Debug, Clone, Copy)]
enum Pick {
    Ours(usize),
    Theirs(usize),
    /// Theirs's edit of a record ours kept: theirs's record, ours's place
    /// and comments.
    TheirsOnOurs(usize, usize),
    /// Both changed it differently (or one removed what the other changed).
    Conflict(Option<usize>, Option<usize>),
}

/// Where a conflict is in the merged document, and the text of the side
/// that is not written there (`None`: that side has nothing).
struct Conflict {
    what: String,
    place: Place,
    /// Ours is written in the document; else theirs is, and ours has none.
    ours_written: bool,
    other: Option<String>,
}

enum Place {
    Key(String),
    Record(&'static str, usize),
}

/// Merges three versions of a model file: `None` when one of them is no
/// model (git's own merge is then the way).
pub fn merge(base: &str, ours: &str, theirs: &str, taxonomy: &Taxonomy) -> Option<Merged> {
    let (base, ours, theirs) = (Side::read(base)?, Side::read(ours)?, Side::read(theirs)?);
    let mut doc = ours.doc.clone();
    let mut conflicts = Vec::new();
    merge_keys(&base, &ours, &theirs, &mut doc, &mut conflicts, taxonomy);
    for (name, _) in RECORDS {
        merge_records(
            name,
            &base,
            &ours,
            &theirs,
            &mut doc,
            &mut conflicts,
            taxonomy,
        );
    }
    format::place_tables(doc.as_table_mut());
    let text = format::model(&doc.to_string(), taxonomy).ok()?;
    if conflicts.is_empty() {
        return Some(Merged {
            text,
            conflicts: Vec::new(),
        });
    }
    let marked = mark(&text, &conflicts)?;
    Some(Merged {
        text: marked,
        conflicts: conflicts.into_iter().map(|c| c.what).collect(),
    })
}

/// The top-level keys: ours's, then those theirs added, then the base's.
fn merge_keys(
    base: &Side,
    ours: &Side,
    theirs: &Side,
    doc: &mut DocumentMut,
    conflicts: &mut Vec<Conflict>,
    taxonomy: &Taxonomy,
) {
    let mut keys: Vec<&str> = Vec::new();
    for side in [ours, theirs, base] {
        for (key, _) in &side.data {
            if !keys.contains(&key.as_str()) && !RECORDS.iter().any(|(n, _)| n == key) {
                keys.push(key);
            }
        }
    }
    for key in keys {
        let (b, o, t) = (base.data.get(key), ours.data.get(key), theirs.data.get(key));
        if o == t || t == b {
            continue;
        }
        let root = doc.as_table_mut();
        if o == b {
            put(root, key, theirs);
            continue;
        }
        if let Some(list) = merge_lists(b, o, t, ours, theirs, key) {
            if list.is_empty() && (o.is_none() || t.is_none()) {
                root.remove(key);
            } else {
                put_value(root, key, toml_edit::Value::Array(list), theirs);
            }
            continue;
        }
        if o.is_none() {
            put(root, key, theirs);
        }
        let other = if o.is_some() {
            theirs
                .doc
                .get(key)
                .and_then(|item| lone(key, item.clone(), taxonomy))
        } else {
            None
        };
        conflicts.push(Conflict {
            what: format!("`{key}`"),
            place: Place::Key(key.to_owned()),
            ours_written: o.is_some(),
            other,
        });
    }
}

/// Sets `key` as theirs has it (removed when theirs has none), keeping
/// ours's comments on it.
fn put(root: &mut Table, key: &str, theirs: &Side) {
    match theirs.doc.get(key) {
        Some(Item::Value(value)) => put_value(root, key, value.clone(), theirs),
        Some(item) => {
            root.insert(key, item.clone());
        }
        None => {
            root.remove(key);
        }
    }
}

fn put_value(root: &mut Table, key: &str, mut value: toml_edit::Value, theirs: &Side) {
    if let Some(Item::Value(old)) = root.get_mut(key) {
        *value.decor_mut() = old.decor().clone();
        *old = value;
    } else if let Some(theirs_key) = theirs.doc.as_table().key(key) {
        // A key theirs added comes with theirs's comments.
        root.insert_formatted(theirs_key, Item::Value(value));
    } else {
        root.insert(key, Item::Value(value));
    }
}

/// A list changed on both sides, merged as a set: ours's items in ours's
/// order but those theirs removed, then the items theirs added. `None`
/// when a side holds something other than a list of plain values.
fn merge_lists(
    base: Option<&toml::Value>,
    ours: Option<&toml::Value>,
    theirs: Option<&toml::Value>,
    ours_side: &Side,
    theirs_side: &Side,
    key: &str,
) -> Option<Array> {
    let items = |v: Option<&toml::Value>| -> Option<Vec<toml::Value>> {
        match v {
            None => Some(Vec::new()),
            Some(toml::Value::Array(items))
                if items
                    .iter()
                    .all(|i| !matches!(i, toml::Value::Table(_) | toml::Value::Array(_))) =>
            {
                Some(items.clone())
            }
            Some(_) => None,
        }
    };
    let (b, o, t) = (items(base)?, items(ours)?, items(theirs)?);
    let edit = |side: &Side, i: usize| {
        side.doc
            .get(key)
            .and_then(Item::as_array)
            .and_then(|a| a.get(i))
            .cloned()
    };
    let mut kept: Vec<toml::Value> = Vec::new();
    let mut out = Array::new();
    let keep = |value: &toml::Value, kept: &mut Vec<toml::Value>| {
        let new = !kept.contains(value);
        if new {
            kept.push(value.clone());
        }
        new
    };
    for (i, item) in o.iter().enumerate() {
        let removed_by_theirs = b.contains(item) && !t.contains(item);
        if !removed_by_theirs && keep(item, &mut kept) {
            out.push_formatted(plain(edit(ours_side, i)?));
        }
    }
    for (i, item) in t.iter().enumerate() {
        if !b.contains(item) && !o.contains(item) && keep(item, &mut kept) {
            out.push_formatted(plain(edit(theirs_side, i)?));
        }
    }
    out.fmt();
    Some(out)
}

/// A value without the spacing and comments it had in its list.
fn plain(mut value: toml_edit::Value) -> toml_edit::Value {
    value.decor_mut().clear();
    value
}

/// One array of records: those of the base each side kept, changed or
/// removed, and those either added (the same addition once), in date
/// order, ours first on a tie.
fn merge_records(
    name: &'static str,
    base: &Side,
    ours: &Side,
    theirs: &Side,
    doc: &mut DocumentMut,
    conflicts: &mut Vec<Conflict>,
    taxonomy: &Taxonomy,
) {
    let (base_records, o, t) = (
        records(&base.data, name),
        records(&ours.data, name),
        records(&theirs.data, name),
    );
    if o == t || t == base_records {
        return;
    }
    let (ours_fates, ours_added) = fates(name, &base_records, &o);
    let (theirs_fates, theirs_added) = fates(name, &base_records, &t);
    let mut picks = Vec::new();
    for (fo, ft) in ours_fates.into_iter().zip(theirs_fates) {
        let pick = match (fo, ft) {
            (Fate::Same(mine) | Fate::Changed(mine), Fate::Same(_)) => Pick::Ours(mine),
            (Fate::Same(mine), Fate::Changed(other)) => Pick::TheirsOnOurs(other, mine),
            (Fate::Changed(mine), Fate::Changed(other)) if o[mine] == t[other] => Pick::Ours(mine),
            (Fate::Changed(mine), Fate::Changed(other)) => Pick::Conflict(Some(mine), Some(other)),
            (Fate::Changed(mine), Fate::Removed) => Pick::Conflict(Some(mine), None),
            (Fate::Removed, Fate::Changed(other)) => Pick::Conflict(None, Some(other)),
            (Fate::Removed | Fate::Same(_), Fate::Removed) | (Fate::Removed, Fate::Same(_)) => {
                continue;
            }
        };
        picks.push(pick);
    }
    let mut matched = vec![false; o.len()];
    picks.extend(ours_added.iter().map(|&j| Pick::Ours(j)));
    for k in theirs_added {
        let same = ours_added.iter().find(|&&j| !matched[j] && o[j] == t[k]);
        if let Some(&j) = same {
            matched[j] = true;
        } else {
            picks.push(Pick::Theirs(k));
        }
    }
    // Date order; on a tie ours first, each side in its own order.
    let place = |pick: &Pick| match *pick {
        Pick::Ours(j) | Pick::TheirsOnOurs(_, j) | Pick::Conflict(Some(j), _) => {
            (order(name, o[j]), 0, j)
        }
        Pick::Theirs(k) | Pick::Conflict(None, Some(k)) => (order(name, t[k]), 1, k),
        Pick::Conflict(None, None) => ((0, String::new()), 2, 0),
    };
    picks.sort_by_key(place);

    let (ours_tables, theirs_tables) = (ours.tables(name), theirs.tables(name));
    let mut merged = ArrayOfTables::new();
    for pick in picks {
        let table = match pick {
            Pick::Ours(j) | Pick::Conflict(Some(j), _) => ours_tables[j].clone(),
            Pick::Theirs(k) | Pick::Conflict(None, Some(k)) => theirs_tables[k].clone(),
            Pick::TheirsOnOurs(other, mine) => {
                let mut table = theirs_tables[other].clone();
                *table.decor_mut() = ours_tables[mine].decor().clone();
                table
            }
            Pick::Conflict(None, None) => continue,
        };
        if let Pick::Conflict(mine, other) = pick {
            let shown = mine.map_or_else(|| t[other.unwrap_or(0)], |j| o[j]);
            let other = match (mine, other) {
                (Some(_), Some(k)) => {
                    let mut table = theirs_tables[k].clone();
                    table.decor_mut().clear();
                    let mut array = ArrayOfTables::new();
                    array.push(table);
                    lone(name, Item::ArrayOfTables(array), taxonomy)
                }
                _ => None,
            };
            conflicts.push(Conflict {
                what: record_words(name, shown),
                place: Place::Record(name, merged.len()),
                ours_written: mine.is_some(),
                other,
            });
        }
        merged.push(table);
    }
    let root = doc.as_table_mut();
    if merged.is_empty() {
        root.remove(name);
    } else {
        root.insert(name, Item::ArrayOfTables(merged));
    }
}

/// One key (or one array of one record) alone, in canonical form: the
/// side of a conflict that is not in the merged document.
fn lone(key: &str, item: Item, taxonomy: &Taxonomy) -> Option<String> {
    let mut doc = DocumentMut::new();
    doc.insert(key, item);
    format::place_tables(doc.as_table_mut());
    let text = format::model(&doc.to_string(), taxonomy).ok()?;
    Some(text.trim_start_matches('\n').to_owned())
}

/// The merged text with git's conflict markers around the lines of each
/// conflict: ours's lines (as written), then theirs's.
fn mark(text: &str, conflicts: &[Conflict]) -> Option<String> {
    let parsed = toml_edit::Document::parse(text.to_owned()).ok()?;
    let root = parsed.as_table();
    let line_of = |offset: usize| text[..offset].matches('\n').count();
    let mut spans: Vec<(usize, usize, &Conflict)> = Vec::new();
    for conflict in conflicts {
        let (start, end) = match &conflict.place {
            Place::Key(key) => {
                let (k, item) = root.get_key_value(key)?;
                (k.span()?.start, item.span()?.end)
            }
            Place::Record(name, i) => {
                let table = root.get(name)?.as_array_of_tables()?.get(*i)?;
                (table.span()?.start, last_end(table)?)
            }
        };
        spans.push((
            line_of(start),
            line_of(end.saturating_sub(1).max(start)),
            conflict,
        ));
    }
    spans.sort_by_key(|s| s.0);
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut out = String::with_capacity(text.len() + 64);
    let mut next = 0;
    for (first, last, conflict) in spans {
        for line in lines.get(next..first)? {
            out.push_str(line);
        }
        let written: String = lines.get(first..=last)?.concat();
        let other = conflict.other.clone().unwrap_or_default();
        let (ours, theirs) = if conflict.ours_written {
            (written, other)
        } else {
            (String::new(), written)
        };
        out.push_str("<<<<<<< ours\n");
        out.push_str(&ours);
        out.push_str("=======\n");
        out.push_str(&theirs);
        out.push_str(">>>>>>> theirs\n");
        next = last + 1;
    }
    for line in lines.get(next..)? {
        out.push_str(line);
    }
    Some(out)
}

/// Where the last value of a table (or of a table nested in it) ends.
fn last_end(table: &Table) -> Option<usize> {
    let mut end = table.span()?.end;
    for (_, item) in table {
        let at = match item {
            Item::Table(t) => last_end(t),
            Item::ArrayOfTables(a) => a.iter().filter_map(last_end).max(),
            other => other.span().map(|s| s.end),
        };
        end = end.max(at.unwrap_or(0));
    }
    Some(end)
}

/// What `merge_files` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Merged as a model, without conflicts.
    Clean,
    /// Merged as a model; these conflict, marked in the file.
    Conflicts(Vec<String>),
    /// Some side is no model: git's own merge of the text, clean or not.
    Textual { clean: bool },
}

/// The merge driver: merges the files `base`, `ours` and `theirs` and
/// writes the result to `ours`. `path` is the file's place in the
/// repository (git's `%P`): the register above it gives the taxonomy
/// (the order of an outcome's metrics), else the national one.
pub fn merge_files(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    path: Option<&Path>,
) -> Result<Outcome> {
    let read = |p: &Path| std::fs::read(p).map_err(|e| Error::io(IoAction::Read, p, e));
    let texts = (read(base)?, read(ours)?, read(theirs)?);
    let taxonomy = path
        .and_then(Path::parent)
        .map(|dir| {
            if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir
            }
        })
        .and_then(|dir| crate::read::workspace::Workspace::taxonomy_of(&[dir.to_owned()]).ok())
        .unwrap_or_default();
    let text = |bytes: &[u8]| std::str::from_utf8(bytes).ok().map(str::to_owned);
    let merged = match (text(&texts.0), text(&texts.1), text(&texts.2)) {
        (Some(b), Some(o), Some(t)) => merge(&b, &o, &t, &taxonomy),
        _ => None,
    };
    let Some(merged) = merged else {
        let clean = crate::fs::git::merge_file(Path::new("."), base, ours, theirs)?;
        return Ok(Outcome::Textual { clean });
    };
    crate::fs::atomic::replace(ours, &merged.text)?;
    Ok(if merged.conflicts.is_empty() {
        Outcome::Clean
    } else {
        Outcome::Conflicts(merged.conflicts)
    })
}

/// What `install` found and did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Installed {
    /// The `.gitattributes` of the register, as it is shown.
    pub attributes: PathBuf,
    /// Whether its line was added now (else it was there).
    pub added_line: bool,
    /// Whether the config was set now (else it was set so already).
    pub set_config: bool,
}

impl std::fmt::Display for Installed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let file = &self.attributes;
        let text = if self.added_line || self.set_config {
            tr!("write-merge-installed", file = file, line = ATTRIBUTES_LINE)
        } else {
            tr!("write-merge-installed-already", file = file)
        };
        f.write_str(&text)
    }
}

/// Sets the merge driver up for the register in `root`: the line of
/// `.gitattributes` beside `dvk.toml` (added once), `merge.dvk.driver` and
/// `merge.dvk.name` in the repository's config. An error when `root` is in
/// no git work tree.
pub fn install(root: &Path) -> Result<Installed> {
    crate::fs::git::require_work_tree(root, &tr!("write-merge-needs-git"))?;
    let shown = crate::fs::layout::shown(root, Path::new(".gitattributes"));
    let attributes = root.join(".gitattributes");
    let old = if attributes.symlink_metadata().is_ok() {
        crate::fs::files::read_text(&attributes)
            .map_err(|(_, message)| Error::Input(format!("{}: {message}", shown.display())))?
    } else {
        String::new()
    };
    let added_line = !old.lines().any(|line| line.trim() == ATTRIBUTES_LINE);
    if added_line {
        let mut new = old.clone();
        if !new.is_empty() && !new.ends_with('\n') {
            new.push('\n');
        }
        new.push_str(ATTRIBUTES_LINE);
        new.push('\n');
        crate::fs::atomic::replace(&attributes, &new)?;
    }
    let mut set_config = false;
    for (key, value) in [
        ("merge.dvk.driver", DRIVER),
        ("merge.dvk.name", DRIVER_NAME),
    ] {
        if crate::fs::git::config_get(root, key)?.as_deref() != Some(value) {
            crate::fs::git::config_set(root, key, value)?;
            set_config = true;
        }
    }
    Ok(Installed {
        attributes: shown,
        added_line,
        set_config,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOP: &str = "name = \"Vườn mẫu\"\nunit = \"Hội Nông dân\"\nsubject = \"tap_the\"\n\
                       field = \"kinh_te\"\nlevel = \"xa\"\nregistered = 2019-03-15\n";

    fn event(date: &str, kind: &str) -> String {
        format!("\n[[event]]\ndate = {date}\ntype = \"{kind}\"\nlevel = \"huyen\"\n")
    }

    fn merged(base: &str, ours: &str, theirs: &str) -> Merged {
        merge(base, ours, theirs, &Taxonomy::default()).expect("models on every side")
    }

    #[test]
    fn records_added_on_both_sides_are_kept_in_date_order_ours_first_on_a_tie() {
        let base = format!("{TOP}{}", event("2020-01-01", "de_nghi"));
        let ours = format!(
            "{base}{}{}",
            event("2021-05-01", "cong_nhan"),
            event("2022-01-01", "ngung")
        );
        let theirs = format!(
            "{base}{}{}",
            event("2020-06-01", "khong_dat"),
            event("2021-05-01", "de_nghi")
        );
        let m = merged(&base, &ours, &theirs);
        assert!(m.conflicts.is_empty());
        let dates: Vec<&str> = m
            .text
            .lines()
            .filter(|l| l.starts_with("date") || l.starts_with("type"))
            .collect();
        assert_eq!(
            dates,
            [
                "date = 2020-01-01",
                "type = \"de_nghi\"",
                "date = 2020-06-01",
                "type = \"khong_dat\"",
                "date = 2021-05-01",
                "type = \"cong_nhan\"",
                "date = 2021-05-01",
                "type = \"de_nghi\"",
                "date = 2022-01-01",
                "type = \"ngung\"",
            ]
        );
    }

    #[test]
    fn the_same_addition_on_both_sides_is_kept_once() {
        let added = event("2021-05-01", "cong_nhan");
        let m = merged(TOP, &format!("{TOP}{added}"), &format!("{TOP}{added}"));
        assert_eq!(m.text.matches("[[event]]").count(), 1);
        // Two of the same on one side are two records.
        let m = merged(
            TOP,
            &format!("{TOP}{added}{added}"),
            &format!("{TOP}{added}"),
        );
        assert_eq!(m.text.matches("[[event]]").count(), 2);
    }

    #[test]
    fn a_record_removed_on_one_side_and_unchanged_on_the_other_is_removed() {
        let kept = event("2020-01-01", "de_nghi");
        let gone = event("2020-02-01", "khong_dat");
        let base = format!("{TOP}{kept}{gone}");
        let m = merged(
            &base,
            &format!("{TOP}{kept}"),
            &format!("{base}{}", event("2021-01-01", "de_nghi")),
        );
        assert!(m.conflicts.is_empty());
        assert!(!m.text.contains("khong_dat"), "{}", m.text);
        assert!(m.text.contains("2021-01-01"));
    }

    #[test]
    fn keys_merge_one_by_one_and_lists_as_sets() {
        let base = format!("{TOP}tags = [\"a\", \"b\"]\n");
        let ours = base
            .replace("Hội Nông dân", "Hội Phụ nữ")
            .replace("\"a\", \"b\"", "\"o\", \"a\", \"b\"");
        let theirs = base
            .replace("level = \"xa\"", "level = \"huyen\"\nchu_tri = \"UBND\"")
            .replace("\"a\", \"b\"", "\"a\", \"t\"");
        let m = merged(&base, &ours, &theirs);
        assert!(m.conflicts.is_empty());
        assert!(m.text.contains("unit = \"Hội Phụ nữ\""));
        assert!(m.text.contains("level = \"huyen\""));
        // A key the parser does not know (a custom key) is kept.
        assert!(m.text.contains("chu_tri = \"UBND\""));
        assert!(
            m.text.contains("tags = [\"o\", \"a\", \"t\"]"),
            "{}",
            m.text
        );
    }

    #[test]
    fn a_key_changed_on_both_sides_is_marked_alone_and_ours_comments_stay() {
        let base = format!("# Mô hình\n{TOP}");
        let ours = base.replace("name = \"Vườn mẫu\"", "name = \"Vườn A\"  # tên");
        let theirs = base.replace("name = \"Vườn mẫu\"", "name = \"Vườn B\"");
        let m = merged(&base, &ours, &theirs);
        assert_eq!(m.conflicts, ["`name`"]);
        assert!(
            m.text.starts_with(
                "# Mô hình\n<<<<<<< ours\nname = \"Vườn A\"  # tên\n=======\nname = \"Vườn B\"\n>>>>>>> theirs\nunit = "
            ),
            "{}",
            m.text
        );
    }

    #[test]
    fn a_record_changed_differently_is_a_conflict_around_that_record() {
        let base = format!("{TOP}{}", event("2020-01-01", "de_nghi"));
        let ours = base.replace("level = \"huyen\"\n", "level = \"huyen\"\nnote = \"a\"\n");
        let theirs = base.replace("level = \"huyen\"\n", "level = \"huyen\"\nnote = \"b\"\n");
        let m = merged(&base, &ours, &theirs);
        assert_eq!(m.conflicts, ["event de_nghi huyen 2020-01-01"]);
        assert!(m.text.ends_with(
            "\n<<<<<<< ours\n[[event]]\ndate = 2020-01-01\ntype = \"de_nghi\"\nlevel = \"huyen\"\nnote = \"a\"\n\
             =======\n[[event]]\ndate = 2020-01-01\ntype = \"de_nghi\"\nlevel = \"huyen\"\nnote = \"b\"\n>>>>>>> theirs\n"
        ), "{}", m.text);
        // Changed on one side only: that side's record, no conflict.
        let m = merged(&base, &base, &theirs);
        assert!(m.conflicts.is_empty() && m.text.contains("note = \"b\""));
    }

    #[test]
    fn a_record_one_side_removed_and_the_other_changed_is_a_conflict() {
        let base = format!("{TOP}{}", event("2020-01-01", "de_nghi"));
        let theirs = base.replace("level = \"huyen\"\n", "level = \"huyen\"\nnote = \"b\"\n");
        let m = merged(&base, TOP, &theirs);
        assert_eq!(m.conflicts, ["event de_nghi huyen 2020-01-01"]);
        assert!(
            m.text.ends_with(
                "\n<<<<<<< ours\n=======\n[[event]]\ndate = 2020-01-01\ntype = \"de_nghi\"\n\
                 level = \"huyen\"\nnote = \"b\"\n>>>>>>> theirs\n"
            ),
            "{}",
            m.text
        );
        // A key removed on one side and changed on the other, likewise.
        let phased = format!("{TOP}phase = \"2021-2025\"\n");
        let m = merged(&phased, &phased.replace("2021-2025", "2016-2020"), TOP);
        assert_eq!(m.conflicts, ["`phase`"]);
        assert!(
            m.text
                .contains("<<<<<<< ours\nphase = \"2016-2020\"\n=======\n>>>>>>> theirs\n"),
            "{}",
            m.text
        );
    }

    #[test]
    fn an_empty_base_merges_two_additions_of_the_same_file() {
        let ours = format!("{TOP}{}", event("2020-01-01", "de_nghi"));
        let theirs = format!("{TOP}{}", event("2021-01-01", "cong_nhan"));
        let m = merged("", &ours, &theirs);
        assert!(m.conflicts.is_empty());
        assert_eq!(m.text.matches("[[event]]").count(), 2);
    }

    #[test]
    fn a_file_that_is_no_model_is_left_to_git() {
        assert!(merge(TOP, "name = \n", TOP, &Taxonomy::default()).is_none());
        assert!(
            merge(
                TOP,
                &format!("{TOP}[[event]]\ntype = \"ngung\"\n"),
                TOP,
                &Taxonomy::default()
            )
            .is_none()
        );
        assert!(
            merge(
                TOP,
                &format!("{TOP}[x]\na = 1\n"),
                TOP,
                &Taxonomy::default()
            )
            .is_none()
        );
    }

    #[test]
    fn outcomes_go_by_year_and_assessments_by_date() {
        let outcome = |y: u32| format!("\n[[outcome]]\nyear = {y}\nngay_cong = 1\n");
        let m = merged(
            TOP,
            &format!("{TOP}{}", outcome(2024)),
            &format!("{TOP}{}", outcome(2023)),
        );
        let years: Vec<&str> = m.text.lines().filter(|l| l.starts_with("year")).collect();
        assert_eq!(years, ["year = 2023", "year = 2024"]);
    }
}
