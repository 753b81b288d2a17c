//! `dvk report`: the yearly or phase summary pack, as CSV files, one
//! workbook, SVG charts and a README.

use anyhow::{Result, bail};
use clap::Args;

use dvk::query::Query;
use dvk::query::key::Mode;
use dvk::reports::pack::{self, Period};

use super::{Context, Exit, print_lines};

/// Write the tables of a yearly (sơ kết) or phase (tổng kết) report: models
/// by field, level and subject; registered, proposed, recognised and not
/// passed per level; recognitions and commendations; replications;
/// discontinued and revoked models; outcome sums; shares. Each table is a
/// CSV file (UTF-8 with BOM) and a sheet of one workbook, and the first
/// three are also drawn as SVG bar charts; README.md says what each holds
/// and the date the numbers are as of. The Word document (.docx) holds
/// every table numbered under the header and signature block of [report]
/// in dvk.toml.
///
/// Needs --year Y or --phase A-B. Prints the files written.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  dvk report --year 2024
  dvk report --phase 2021-2025 --out bao-cao-tong-ket
  dvk report --year 2024 district:\"Đầm Hà\"")]
pub(crate) struct ReportArgs {
    /// Query terms: report on the models that match only
    #[arg(value_name = "QUERY")]
    query: Vec<String>,
    /// The folder to write into, made if missing [default: bao-cao-Y or
    /// bao-cao-A-B]
    #[arg(long, value_name = "DIR")]
    out: Option<std::path::PathBuf>,
}

pub(crate) fn run(ctx: &Context, args: &ReportArgs) -> Result<Exit> {
    let Some(period) = Period::of(&ctx.as_of) else {
        bail!("report needs the period it covers: --year Y or --phase A-B");
    };
    let workspace = ctx.load()?;
    let query = Query::from_args(&args.query, Mode::Models, workspace.taxonomy())?;
    let pack = pack::build(&workspace, &query, &args.query.join(" "), period);
    let dir = args.out.clone().unwrap_or_else(|| pack.name().into());
    let written = dvk::render::pack::write(&pack, &dir)?;
    print_lines(written.iter().map(|path| path.display()))?;
    ctx.note(&format!(
        "wrote {} tables on {} models, as of {}, to {}",
        pack.parts.len(),
        pack.models,
        pack.as_of,
        dir.display()
    ));
    Ok(Exit::Done)
}
