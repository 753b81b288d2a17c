//! `dvk list`: one row a model that matches the query.

use anyhow::Result;
use clap::Args;

use dvk::query::Query;
use dvk::query::key::Mode;
use dvk::read::workspace::Workspace;
use dvk::reports::listing;
use dvk::select::Selection;

use super::{Context, Exit};

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

pub(crate) fn run(ctx: &Context, args: &ListArgs) -> Result<Exit> {
    let mode = Mode::of_events(args.events);
    // The arguments are understood before the scan, which then holds only
    // the models that match.
    let taxonomy = &Workspace::taxonomy_of(&ctx.registers)?;
    let query = Query::from_args(&args.query, mode, taxonomy)?;
    let sort = listing::parse_sort(args.sort.as_deref().unwrap_or(""), mode, taxonomy)?;
    let workspace = ctx.load_matching(&query, mode, taxonomy)?;
    let selection = Selection {
        query: &query,
        mode,
        as_of: &ctx.as_of,
    };
    ctx.show(listing::report(&workspace, selection, &sort))?;
    Ok(Exit::Done)
}
