//! `report`: the pack a commission pastes into its yearly (sơ kết) or phase
//! (tổng kết) report: a fixed set of tables with Vietnamese titles, each as
//! a CSV file and as a sheet of one workbook, and a README saying what each
//! table holds, with an SVG chart of the main tables. The same register
//! and period give the same bytes.

mod figures;
mod period;
mod tables;

pub use period::{Period, vietnamese};

use crate::model::date::Date;
use crate::model::derived::AsOf;
use crate::model::issuer::Issuer;
use crate::query::Query;
use crate::read::register::Register;
use crate::read::workspace::Workspace;
use crate::reports::figure::Chart;
use crate::reports::table::Table;

/// One table of the pack.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    /// The CSV file's name without `.csv`: number and ASCII words.
    pub stem: &'static str,
    /// The sheet's tab: at most 31 characters.
    pub sheet: &'static str,
    pub title: String,
    /// What the table counts, for the README.
    pub about: String,
    pub table: Table,
}

/// A chart of the pack, drawn from the numbers of one of its tables.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// The SVG file's name without `.svg`: the stem of its table.
    pub stem: &'static str,
    pub chart: Chart,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Pack {
    pub period: Period,
    pub as_of: Date,
    /// The registers' names (or folders, for one without a name).
    pub registers: Vec<String>,
    /// The query the models were selected by, as typed; empty for all.
    pub query: String,
    /// Models registered by the as-of date that match the query.
    pub models: usize,
    pub parts: Vec<Part>,
    pub figures: Vec<Figure>,
    /// Who issues the documents: the first register's `[report]`.
    pub issuer: Issuer,
}

/// Builds every table of the pack from the models that exist as of the
/// end of the period and match the query.
pub fn build(workspace: &Workspace, query: &Query, query_text: &str, period: Period) -> Pack {
    let taxonomy = workspace.taxonomy();
    let as_of = AsOf {
        date: crate::model::date::end_of_year(period.last).unwrap_or(Date::MAX),
        first_sum_year: Some(period.first),
    };
    let selected = workspace.select(query, &as_of);
    let before_period = period.before();
    let before_as_of = AsOf {
        date: crate::model::date::end_of_year(before_period.last).unwrap_or(Date::MIN),
        first_sum_year: Some(before_period.first),
    };
    let before = workspace.select(query, &before_as_of);
    let ctx = tables::Build {
        selected: &selected,
        as_of: &as_of,
        period,
        taxonomy,
        before: tables::Before {
            selected: &before,
            period: before_period,
        },
    };
    let mut parts = ctx.model_parts();
    parts.extend(ctx.event_parts());
    parts.extend(ctx.summary_parts());
    parts.extend(ctx.added_parts());
    let mut pack = Pack {
        period,
        as_of: as_of.date,
        registers: workspace.registers.iter().map(Register::title).collect(),
        query: query_text.to_owned(),
        models: selected.len(),
        parts,
        figures: Vec::new(),
        issuer: workspace
            .registers
            .first()
            .map(|r| r.settings.report.clone())
            .unwrap_or_default(),
    };
    pack.figures = ctx.figures(&pack.parts, &pack.heading());
    pack
}

impl Pack {
    /// `bao-cao-2024`, or `bao-cao-2021-2025`: the default folder, and the
    /// workbook's name.
    pub fn name(&self) -> String {
        format!("bao-cao-{}", self.period.label())
    }

    pub fn heading(&self) -> Vec<String> {
        let mut lines = vec![format!(
            // i18n: document text, Vietnamese in every language (cli.md report)
            "Số liệu tính đến ngày {} ({})",
            vietnamese(self.as_of),
            self.period.words()
        )];
        if !self.query.is_empty() {
            // i18n: document text, Vietnamese in every language (cli.md report)
            lines.push(format!("Điều kiện lọc: {}", self.query));
        }
        lines
    }
}
