//! `dvk list`: one row a model that matches the query.

use anyhow::Result;
use clap::Args;

use dvk::query::Query;
use dvk::query::key::Mode;
use dvk::read::workspace::Workspace;
use dvk::reports::listing;
use dvk::select::Selection;

use super::{Context, Exit};

#[derive(Debug, Args)]
pub(crate) struct ListArgs {
    #[arg(value_name = "QUERY")]
    query: Vec<String>,
    #[arg(long, value_name = "KEY[,KEY]", allow_hyphen_values = true)]
    sort: Option<String>,
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
