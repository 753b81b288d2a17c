//! The one shape every read command produces: a table of columns and rows.
//! Each cell carries its value three ways (a label for the terminal, plain
//! text with codes for csv, a typed json value), so that one renderer can
//! write it in every format.

use std::borrow::Cow;

use crate::model::taxonomy::Taxonomy;
use crate::query::key::{Key, Mode, Type, Value, number_json, number_text};

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

/// A cell's value, which each format writes in its own way: its label in
/// the terminal and a workbook, plain text with codes in csv, a typed value
/// in json. Each form is made when it is written, not stored three times:
/// a table of a national register holds hundreds of thousands of cells.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// The same text in every format.
    Text(String),
    /// A code, shown by its label.
    Code { code: String, label: String },
    /// A number, whole ones without a fraction.
    Number(f64),
    /// Items: `a, b` in the terminal, `a;b` in csv, an array in json.
    List(Vec<String>),
    /// Nothing: empty text, json `null`.
    Null,
    /// Any other cell, each form given.
    Given {
        label: String,
        plain: String,
        json: serde_json::Value,
    },
}

impl Cell {
    pub fn of(value: &Value<'_>, kind: Type, taxonomy: &Taxonomy) -> Self {
        Self::Given {
            label: value.label(kind, taxonomy),
            plain: value.plain(),
            json: value.json(),
        }
    }

    pub fn text(text: impl Into<String>) -> Self {
        Self::Text(text.into())
    }

    /// A code shown by its label.
    pub fn code(code: &str, label: &str) -> Self {
        Self::Code {
            code: code.to_owned(),
            label: label.to_owned(),
        }
    }

    pub fn number(n: f64) -> Self {
        Self::Number(n)
    }

    pub fn null() -> Self {
        Self::Null
    }

    /// The same cell shown in the terminal as `label`.
    #[must_use]
    pub fn with_label(self, label: String) -> Self {
        Self::Given {
            plain: self.plain().into_owned(),
            json: self.json(),
            label,
        }
    }

    /// The terminal's (and a workbook's) form.
    pub fn label(&self) -> Cow<'_, str> {
        match self {
            Self::Text(text) | Self::Code { label: text, .. } | Self::Given { label: text, .. } => {
                Cow::Borrowed(text)
            }
            Self::Number(n) => Cow::Owned(number_text(*n)),
            Self::List(items) => Cow::Owned(items.join(", ")),
            Self::Null => Cow::Borrowed(""),
        }
    }

    /// The csv form: codes, not labels.
    pub fn plain(&self) -> Cow<'_, str> {
        match self {
            Self::Text(text) | Self::Code { code: text, .. } | Self::Given { plain: text, .. } => {
                Cow::Borrowed(text)
            }
            Self::Number(n) => Cow::Owned(number_text(*n)),
            Self::List(items) => Cow::Owned(items.join(";")),
            Self::Null => Cow::Borrowed(""),
        }
    }

    /// The json form.
    pub fn json(&self) -> serde_json::Value {
        match self {
            Self::Text(text) | Self::Code { code: text, .. } => {
                serde_json::Value::String(text.clone())
            }
            Self::Number(n) => number_json(*n),
            Self::List(items) => serde_json::Value::from(items.clone()),
            Self::Null => serde_json::Value::Null,
            Self::Given { json, .. } => json.clone(),
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
