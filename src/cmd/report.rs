//! `dvk report`: the yearly or phase summary pack, as CSV files, one
//! workbook, SVG charts and a README.

use anyhow::{Result, bail};
use clap::Args;

use dvk::query::Query;
use dvk::query::key::Mode;
use dvk::reports::pack::{self, Period};
use dvk::tr;

use super::{Context, Exit, print_lines};

#[derive(Debug, Args)]
pub(crate) struct ReportArgs {
    #[arg(value_name = "QUERY")]
    query: Vec<String>,
    #[arg(long, value_name = "DIR")]
    out: Option<std::path::PathBuf>,
}

pub(crate) fn run(ctx: &Context, args: &ReportArgs) -> Result<Exit> {
    let Some(period) = Period::of(&ctx.as_of) else {
        bail!(tr!("report-run-needs-period"));
    };
    let workspace = ctx.load()?;
    let query = Query::from_args(&args.query, Mode::Models, workspace.taxonomy())?;
    let pack = pack::build(&workspace, &query, &args.query.join(" "), period);
    let dir = args.out.clone().unwrap_or_else(|| pack.name().into());
    let written = dvk::render::pack::write(&pack, &dir)?;
    print_lines(written.iter().map(|path| path.display()))?;
    ctx.note(&tr!(
        "report-run-done",
        tables = pack.parts.len(),
        models = pack.models,
        date = pack.as_of.to_string(),
        dir = &dir
    ));
    Ok(Exit::Done)
}
