//! What a read command answers, in every form it can be shown: the views a
//! person reads on a terminal and the table that csv, json and a workbook
//! hold. `render::report` chooses among them by the format asked.

use crate::reports::table::Table;

/// What a person reads on a terminal.
#[derive(Debug, Clone)]
pub enum View {
    Table(Table),
    /// The report's `data` table itself (not a copy of it).
    Data,
    /// Drawn already (the bars of `tally --chart`).
    Text(String),
}

/// One command's answer, in every form it can be shown.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// What a terminal shows, in order.
    pub people: Vec<View>,
    /// What csv, json and a workbook hold; `None`: the report is for
    /// people only and is shown as such whatever the format.
    pub data: Option<Table>,
    /// json in a richer shape than the table's rows (a model with its
    /// events), when there is one.
    pub json: Option<serde_json::Value>,
    /// A line for the person at the terminal (on stderr), under the table.
    pub note: Option<String>,
}

impl Report {
    /// The same table in every format.
    pub fn table(table: Table) -> Self {
        Self {
            people: vec![View::Data],
            data: Some(table),
            ..Self::default()
        }
    }

    /// Text drawn for people, in every format.
    pub fn text(text: String) -> Self {
        Self {
            people: vec![View::Text(text)],
            ..Self::default()
        }
    }

    #[must_use]
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }
}
