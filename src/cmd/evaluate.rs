//! `dvk evaluate`: the verdict of each selected model under a criteria set.

use anyhow::{Result, anyhow};
use clap::Args;

use dvk::evaluate::Verdict;
use dvk::key::Mode;
use dvk::query::Query;
use dvk::render::{self, Format};
use dvk::verdicts;

use super::{Context, Outcome};

/// Evaluate models against the criteria of a guidance (xét theo bộ tiêu
/// chí): each gets dat (đạt), khong_dat (không đạt), cho_danh_gia (chờ đánh
/// giá) or khong_ap_dung (không áp dụng), with its score.
///
/// Examples:
///   dvk evaluate --criteria hd-tinh-2021-2025
///   dvk evaluate level:huyen --criteria hd-tinh-2021-2025 --strict --year 2024
#[derive(Debug, Args)]
#[command(after_help = super::QUERY_HELP)]
pub(crate) struct EvaluateArgs {
    /// Query terms, all of which must hold
    #[arg(value_name = "QUERY")]
    query: Vec<String>,
    /// The criteria set: a file stem in criteria/
    #[arg(long, value_name = "SET")]
    criteria: String,
    /// Exit 1 when any selected model is not dat
    #[arg(long)]
    strict: bool,
}

pub(crate) fn run(ctx: &Context, args: &EvaluateArgs) -> Result<Outcome> {
    let workspace = ctx.load()?;
    let taxonomy = workspace.taxonomy();
    let set = workspace
        .criteria(&args.criteria)
        .ok_or_else(|| anyhow!(workspace.registers[0].criteria.unknown(&args.criteria)))?;
    let query = Query::from_args(&args.query, Mode::Models, taxonomy)?;
    let selected = workspace.select(&query, &ctx.as_of);
    let results = verdicts::evaluate_all(set, &selected, &ctx.as_of);
    let mut out = std::io::stdout().lock();
    let table = verdicts::table(&results, taxonomy);
    match ctx.format() {
        Format::Table => {
            render::write_table(
                &verdicts::explained(&results, set, taxonomy),
                ctx.style(),
                &mut out,
            )?;
            ctx.note(&verdicts::summary(&results));
        }
        format => render::write(&table, format, ctx.style(), &mut out)?,
    }
    let all_passed = results.iter().all(|r| r.evaluation.verdict == Verdict::Dat);
    Ok(if args.strict && !all_passed {
        Outcome::No
    } else {
        Outcome::Done
    })
}
