//! The one shape every read command produces: a table of columns and rows.
//! Each cell carries its value three ways (a label for the terminal, plain
//! text with codes for csv, a typed json value), so that one renderer can
//! write it in every format.

use crate::key::{Key, Mode, Type, Value, number_json, number_text};
use crate::taxonomy::Taxonomy;

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
    /// Shown only in the terminal view (csv and json carry no total row).
    pub footer: Option<Vec<Cell>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// The csv header and json key.
    pub name: String,
    /// The terminal header.
    pub title: String,
    pub numeric: bool,
    /// Holds `YYYY-MM-DD` days, which a workbook writes as real dates.
    pub date: bool,
}

impl Column {
    pub fn new(name: impl Into<String>, title: impl Into<String>, numeric: bool) -> Self {
        Self {
            name: name.into(),
            title: title.into(),
            numeric,
            date: false,
        }
    }

    /// The column of a key: its name, its Vietnamese title and its type.
    pub fn of_key(key: &Key, mode: Mode, taxonomy: &Taxonomy) -> Self {
        let kind = key.kind();
        Self {
            date: kind == Type::Date,
            ..Self::new(key.name(mode), key.title(taxonomy), kind == Type::Number)
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub label: String,
    pub plain: String,
    pub json: serde_json::Value,
}

impl Cell {
    pub fn of(value: &Value<'_>, kind: Type, taxonomy: &Taxonomy) -> Self {
        Self {
            label: value.label(kind, taxonomy),
            plain: value.plain(),
            json: value.json(),
        }
    }

    pub fn text(text: impl Into<String>) -> Self {
        let text = text.into();
        Self {
            label: text.clone(),
            plain: text.clone(),
            json: serde_json::Value::String(text),
        }
    }

    /// A code shown by its label.
    pub fn code(code: &str, label: &str) -> Self {
        Self {
            label: label.to_owned(),
            plain: code.to_owned(),
            json: serde_json::Value::String(code.to_owned()),
        }
    }

    pub fn number(n: f64) -> Self {
        let text = number_text(n);
        Self {
            label: text.clone(),
            plain: text,
            json: number_json(n),
        }
    }

    pub fn null() -> Self {
        Self {
            label: String::new(),
            plain: String::new(),
            json: serde_json::Value::Null,
        }
    }
}

impl Table {
    pub fn new(columns: Vec<Column>) -> Self {
        Self {
            columns,
            rows: Vec::new(),
            footer: None,
        }
    }
}
