//! `dvk evaluate`: the verdict of each selected model under a criteria set.

use std::io::Write as _;

use anyhow::{Result, bail};
use clap::Args;

use dvk::evaluate::Verdict;
use dvk::key::Mode;
use dvk::query::Query;
use dvk::render::{self, Format, Stream};
use dvk::verdicts;
use dvk::workspace::Workspace;

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
    let taxonomy = &Workspace::taxonomy_of(&ctx.registers)?;
    let query = Query::from_args(&args.query, Mode::Models, taxonomy)?;
    let Some(set) = Workspace::criteria_of(&ctx.registers, &args.criteria, taxonomy)? else {
        // Read the registers for their problems, or the sets there are.
        let workspace = ctx.load()?;
        bail!(workspace.registers[0].criteria.unknown(&args.criteria));
    };
    let mut text = Vec::new();
    let mut kept = match ctx.format() {
        Format::Table => Kept::Verdicts(Vec::new()),
        Format::Csv => Kept::Text(Stream::csv(verdicts::columns(), false, &mut text)?, Ok(())),
        Format::Json => Kept::Text(Stream::json(verdicts::columns(), &mut text), Ok(())),
    };
    let mut all_passed = true;
    let mut progress = ctx.progress("xét");
    let scanned = verdicts::scan(
        &ctx.registers,
        &set,
        &query,
        &ctx.as_of,
        &mut |done, total| progress.update(done, total),
        &mut |judged| {
            all_passed &= judged.iter().all(|r| r.evaluation.verdict == Verdict::Dat);
            match &mut kept {
                Kept::Verdicts(results) => results.extend(judged),
                Kept::Text(stream, written) => {
                    if written.is_ok() {
                        *written = stream.rows(&verdicts::rows(judged, taxonomy));
                    }
                }
            }
        },
    );
    progress.finish();
    scanned?;
    let mut out = std::io::stdout().lock();
    match kept {
        Kept::Verdicts(results) => {
            render::write_table(
                &verdicts::explained(&results, &set, taxonomy),
                ctx.style(),
                &mut out,
            )?;
            ctx.note(&verdicts::summary(&results));
        }
        Kept::Text(stream, written) => {
            written?;
            stream.finish()?;
            out.write_all(&text)?;
        }
    }
    Ok(if args.strict && !all_passed {
        Outcome::No
    } else {
        Outcome::Done
    })
}

/// What `evaluate` keeps while a register is read a chunk at a time: the
/// verdicts, for the terminal table (which sizes its columns from every
/// row); for csv and json only their text, made as the chunks come (with
/// the first error writing it), and written once the register is known to
/// be clean.
enum Kept<'t> {
    Verdicts(Vec<verdicts::Judged>),
    Text(Stream<'t>, std::io::Result<()>),
}
