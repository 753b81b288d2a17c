//! `dvk list`: one row a model that matches the query.

use anyhow::Result;
use clap::Args;

use dvk::key::{Key, Mode};
use dvk::listing;
use dvk::query::Query;
use dvk::render::{self, Format};

use super::{Context, Outcome};

/// List the models (mô hình) that match a query, one row each.
///
/// Examples:
///   dvk list field:kinh_te 'level>=huyen'
///   dvk list commune:"quảng tân" -status:ngung --sort -registered
#[derive(Debug, Args)]
#[command(after_help = super::QUERY_HELP)]
pub(crate) struct ListArgs {
    /// Query terms, all of which must hold (see below)
    #[arg(value_name = "QUERY")]
    query: Vec<String>,
    /// Sort by these keys, -KEY for descending [default: path]
    #[arg(long, value_name = "KEY[,KEY]", allow_hyphen_values = true)]
    sort: Option<String>,
}

pub(crate) fn run(ctx: &Context, args: &ListArgs) -> Result<Outcome> {
    let workspace = ctx.load()?;
    let taxonomy = workspace.taxonomy();
    let query = Query::from_args(&args.query, Mode::Models, taxonomy)?;
    let sort = listing::parse_sort(args.sort.as_deref().unwrap_or(""), Mode::Models, taxonomy)?;
    let mut selected = workspace.select(&query, &ctx.as_of);
    listing::sort(&mut selected, &sort, &ctx.as_of, taxonomy);
    let mut out = std::io::stdout().lock();
    if ctx.format() == Format::Json {
        listing::write_json(&selected, &ctx.as_of, taxonomy, &mut out)?;
    } else {
        let columns = [
            Key::Id,
            Key::Name,
            Key::Unit,
            Key::Field,
            Key::Level,
            Key::Registered,
            Key::Status,
            Key::Recognized,
        ];
        let table = listing::table(&selected, &columns, &ctx.as_of, taxonomy);
        render::write(&table, ctx.format(), ctx.style(), &mut out)?;
        if ctx.format() == Format::Table {
            ctx.note(&format!(
                "{} of {} models",
                selected.len(),
                workspace.model_count()
            ));
        }
    }
    Ok(Outcome::Done)
}
