//! Selected models as rows: sorting by keys, and the table or json that
//! `list` and `export` write.

use std::cmp::Ordering;
use std::io::Write;

use crate::error::{Error, Result};
use crate::key::{Key, Mode, compare};
use crate::model::derived::AsOf;
use crate::table::{Cell, Column, Table};
use crate::taxonomy::Taxonomy;
use crate::workspace::Selected;

/// A sort key; `descending` for `-KEY`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortKey {
    pub key: Key,
    pub descending: bool,
}

/// `KEY[,KEY]`, `-KEY` descending.
pub fn parse_sort(text: &str, mode: Mode, taxonomy: &Taxonomy) -> Result<Vec<SortKey>> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|part| {
            let (name, descending) = match part.strip_prefix('-') {
                Some(name) => (name, true),
                None => (part, false),
            };
            if name.is_empty() {
                return Err(Error::Input("--sort: `-` needs a key".into()));
            }
            Ok(SortKey {
                key: Key::parse(name, mode, taxonomy)?,
                descending,
            })
        })
        .collect()
}

/// Sorts stably by the keys, then by id; empty values last either way.
pub fn sort(selected: &mut [Selected<'_>], keys: &[SortKey], as_of: &AsOf, taxonomy: &Taxonomy) {
    if keys.is_empty() {
        return;
    }
    selected.sort_by(|a, b| {
        let (ra, rb) = (a.row(as_of), b.row(as_of));
        for k in keys {
            let (va, vb) = (k.key.value(&ra), k.key.value(&rb));
            let nulls = (
                matches!(va, crate::key::Value::Null),
                matches!(vb, crate::key::Value::Null),
            );
            let order = match nulls {
                (true, false) => Ordering::Greater,
                (false, true) => Ordering::Less,
                _ => {
                    let o = compare(k.key.kind(), &va, &vb, taxonomy);
                    if k.descending { o.reverse() } else { o }
                }
            };
            if order != Ordering::Equal {
                return order;
            }
        }
        a.model.id.cmp(&b.model.id)
    });
}

/// One row a model, the given keys as columns.
pub fn table(selected: &[Selected<'_>], keys: &[Key], as_of: &AsOf, taxonomy: &Taxonomy) -> Table {
    let columns = keys
        .iter()
        .map(|k| {
            Column::new(
                k.name(Mode::Models),
                k.title(taxonomy),
                k.kind() == crate::key::Type::Number,
            )
        })
        .collect();
    let mut table = Table::new(columns);
    table.rows = selected
        .iter()
        .map(|s| {
            let row = s.row(as_of);
            keys.iter()
                .map(|k| Cell::of(&k.value(&row), k.kind(), taxonomy))
                .collect()
        })
        .collect();
    table
}

/// A json array of the models as `show` gives each.
pub fn write_json(
    selected: &[Selected<'_>],
    as_of: &AsOf,
    taxonomy: &Taxonomy,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let array: Vec<serde_json::Value> = selected
        .iter()
        .map(|s| crate::view::json(&s.row(as_of), taxonomy))
        .collect();
    serde_json::to_writer_pretty(&mut *out, &array)?;
    writeln!(out)
}
