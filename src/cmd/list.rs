//! `dvk list`: one row a model that matches the query.

use anyhow::Result;
use clap::Args;

use dvk::query::Query;
use dvk::query::key::{Mode, Row};
use dvk::read::workspace::Workspace;
use dvk::render::{self, Format};
use dvk::reports::listing;

use super::{Context, Outcome};

/// List the models (mô hình) that match a query, one row each; with
/// --events, their events (đề nghị, công nhận, khen thưởng...), one row each.
///
/// Examples:
///   dvk list field:kinh_te 'level>=huyen'
///   dvk list commune:"quảng tân" -status:ngung --sort -registered
///   dvk list --events type:cong_nhan date:2024 --sort date
#[derive(Debug, Args)]
#[command(after_help = super::QUERY_HELP)]
pub(crate) struct ListArgs {
    /// Query terms, all of which must hold (see below)
    #[arg(value_name = "QUERY")]
    query: Vec<String>,
    /// Sort by these keys, -KEY for descending [default: path]
    #[arg(long, value_name = "KEY[,KEY]", allow_hyphen_values = true)]
    sort: Option<String>,
    /// A row an event (up to the date) with its model's keys; the model's
    /// own level is model.level
    #[arg(long)]
    events: bool,
}

pub(crate) fn run(ctx: &Context, args: &ListArgs) -> Result<Outcome> {
    let mode = if args.events {
        Mode::Events
    } else {
        Mode::Models
    };
    // The arguments are understood before the scan, which then holds only
    // the models that match.
    let taxonomy = &Workspace::taxonomy_of(&ctx.registers)?;
    let query = Query::from_args(&args.query, mode, taxonomy)?;
    let sort = listing::parse_sort(args.sort.as_deref().unwrap_or(""), mode, taxonomy)?;
    let workspace = ctx.load_matching(&query, mode, taxonomy)?;
    let taxonomy = workspace.taxonomy();
    let as_of = &ctx.as_of;
    let (models, events);
    let mut rows: Vec<Row<'_>> = if args.events {
        events = workspace.select_events(&query, as_of);
        events.iter().flat_map(|s| s.rows(as_of)).collect()
    } else {
        models = workspace.select(&query, as_of);
        models.iter().map(|s| s.row(as_of)).collect()
    };
    listing::sort(&mut rows, &sort, taxonomy);
    let mut out = std::io::stdout().lock();
    if ctx.format() == Format::Json && mode == Mode::Models {
        listing::write_json(&rows, taxonomy, &mut out)?;
    } else {
        let table = listing::table(&rows, &listing::columns(mode), mode, taxonomy);
        render::write(&table, ctx.format(), ctx.style(), &mut out)?;
    }
    if ctx.format() == Format::Table {
        let what = if args.events { "events" } else { "models" };
        ctx.note(&format!(
            "{} {what} of {} models",
            rows.len(),
            workspace.model_count()
        ));
    }
    Ok(Outcome::Done)
}
