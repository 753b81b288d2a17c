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
use dvk::tr;

use super::{Context, Exit};

#[derive(Debug, Args)]
pub(crate) struct TallyArgs {
    #[arg(value_name = "QUERY")]
    query: Vec<String>,
    #[arg(
        long,
        value_name = "KEY[,KEY...]",
        required = true,
        value_delimiter = ','
    )]
    by: Vec<String>,
    #[arg(long)]
    events: bool,
    #[arg(long)]
    percent: bool,
    #[arg(long, value_name = "METRIC", value_delimiter = ',')]
    sum: Vec<String>,
    #[arg(long)]
    chart: bool,
}

pub(crate) fn run(ctx: &Context, args: &TallyArgs) -> Result<Exit> {
    let taxonomy = &Workspace::taxonomy_of(&ctx.registers)?;
    let mode = Mode::of_events(args.events);
    let spec = Spec::parse(&args.by, &args.sum, mode, args.percent, taxonomy)?;
    let query = Query::from_args(&args.query, mode, taxonomy)?;
    if args.chart && matches!(ctx.format_given(), Some(Format::Csv | Format::Json)) {
        bail!(tr!("tally-chart-format"));
    }
    // Counting needs no model kept: a national register is read in chunks.
    let mut counter = Counter::new(&spec, taxonomy);
    let selection = Selection {
        query: &query,
        mode,
        as_of: &ctx.as_of,
    };
    let each = |row: &Row<'_>| counter.add(row);
    ctx.scan(tr!("tally-progress"), &mut EachRow { selection, each })?;
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
