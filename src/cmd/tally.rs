//! `dvk tally`: counts of models (or events) by keys, with shares and sums.

use anyhow::{Result, bail};
use clap::Args;

use dvk::query::Query;
use dvk::query::key::{Mode, Row};
use dvk::read::workspace::Workspace;
use dvk::render::Format;
use dvk::render::bars::draw;
use dvk::reports::report::Report;
use dvk::reports::tally::{Counter, Spec};
use dvk::select::{EachRow, Selection};

use super::{Context, Exit};

/// Count the models (mô hình) that match a query, grouped by keys: by field
/// and level, by status, by year; with --events, count events instead.
///
/// csv and json give one row per group that occurs (codes, `count`,
/// `percent`, `sum_<metric>`); the table gives labels and a total, and a
/// cross-tab with row and column totals for two keys.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  dvk tally --by field,level --year 2024
  dvk tally --by field --percent --sum dat_hien_m2,ngay_cong --phase 2021-2025
  dvk tally --events type:cong_nhan --by level,year --format table
  dvk tally --by recognized --chart")]
pub(crate) struct TallyArgs {
    /// Query terms, all of which must hold (see `dvk help query`)
    #[arg(value_name = "QUERY")]
    query: Vec<String>,
    /// Group by these keys (stored or derived: field, level, status,
    /// recognized, assessed, year, district, tags...)
    #[arg(
        long,
        value_name = "KEY[,KEY...]",
        required = true,
        value_delimiter = ','
    )]
    by: Vec<String>,
    /// Count events (each event up to the date is a row with its model's
    /// keys; `year` is the event's year, `model.level` the model's level)
    #[arg(long)]
    events: bool,
    /// Add each group's share of all counted, in percent
    #[arg(long)]
    percent: bool,
    /// Add the sum of a measured outcome (code or label), over the year of
    /// --year, the years of --phase, or every year up to the date
    #[arg(long, value_name = "METRIC", value_delimiter = ',')]
    sum: Vec<String>,
    /// Draw horizontal bars instead of the table
    #[arg(long)]
    chart: bool,
}

pub(crate) fn run(ctx: &Context, args: &TallyArgs) -> Result<Exit> {
    let taxonomy = &Workspace::taxonomy_of(&ctx.registers)?;
    let mode = Mode::of_events(args.events);
    let spec = Spec::parse(&args.by, &args.sum, mode, args.percent, taxonomy)?;
    let query = Query::from_args(&args.query, mode, taxonomy)?;
    if args.chart && matches!(ctx.format_given(), Some(Format::Csv | Format::Json)) {
        bail!("--chart draws bars for people; it cannot be written as csv or json");
    }
    // Counting needs no model kept: a national register is read in chunks.
    let mut counter = Counter::new(&spec, taxonomy);
    let selection = Selection {
        query: &query,
        mode,
        as_of: &ctx.as_of,
    };
    let each = |row: &Row<'_>| counter.add(row);
    ctx.scan("đếm", &mut EachRow { selection, each })?;
    let tally = counter.finish(taxonomy);
    if args.chart {
        // Not a terminal, or one that does not tell its width: 80 columns.
        let width = ctx
            .style()
            .width
            .filter(|w| *w >= 20)
            .map_or(80, usize::from);
        ctx.show(Report::text(draw(&tally.bars(taxonomy), width)))?;
    } else {
        ctx.show(tally.report(taxonomy))?;
    }
    Ok(Exit::Done)
}
