//! `dvk assess`: record an appraisal team's judgements.

use anyhow::{Result, anyhow};
use clap::Args;

use chrono::Datelike;
use dvk::model::Assessment;
use dvk::write::{evidence, lifecycle};

use super::args::day_or;
use super::{Context, Exit, print_lines};

/// Record an appraisal (thẩm định) of a model under a criteria set: one
/// judgement for each criterion the team decides.
///
/// Values: true/false, có/không, đạt/không đạt, or a number of points.
/// Example: dvk assess 2019-quang-tan-xay-dung-vuon-mau --criteria hd-tinh-2021-2025 \
///   --by "Tổ thẩm định số 1" gan_lanh_dao=true huy_dong=có nhan_dan_ung_ho=15
#[derive(Debug, Args)]
pub(crate) struct AssessArgs {
    /// The model's id
    id: String,
    /// The criteria set: a file stem in criteria/
    #[arg(long, value_name = "SET")]
    criteria: String,
    /// Who appraised (tổ thẩm định)
    #[arg(long)]
    by: Option<String>,
    /// The day of the appraisal [default: today]
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
    /// A note
    #[arg(long)]
    note: Option<String>,
    /// Evidence (the appraisal's minutes...): copied to ho-so/<year of
    /// --date>/ and named by the assessment; repeatable; at most 50 MiB a
    /// file
    #[arg(long = "file", value_name = "PATH")]
    files: Vec<std::path::PathBuf>,
    /// Show what would be appended; write nothing
    #[arg(long)]
    dry_run: bool,
    /// CRITERION=VALUE judgements
    #[arg(value_name = "CRITERION=VALUE", required = true)]
    results: Vec<String>,
}

pub(crate) fn run(ctx: &Context, args: &AssessArgs) -> Result<Exit> {
    let workspace = ctx.load_for_writing()?;
    let register = &workspace.registers[0];
    let set = register
        .criteria
        .get(&args.criteria)
        .ok_or_else(|| anyhow!(register.criteria.unknown(&args.criteria)))?;
    let date = day_or("date", "2021-10-12", args.date.as_deref(), ctx.today)?;
    let results = set
        .judgements(&args.results)
        .map_err(|problems| anyhow!("{}\nnothing was written", problems.join("\n")))?;
    let evidence = evidence::plan(&register.root, date.year(), &args.files)?;
    let assessment = Assessment {
        date,
        criteria: set.id.clone(),
        by: args.by.clone().filter(|b| !b.trim().is_empty()),
        note: args.note.clone().filter(|n| !n.trim().is_empty()),
        results,
        files: evidence.iter().map(|e| e.rel.clone()).collect(),
    };
    let table = lifecycle::assessment_table(&assessment);
    let edits = lifecycle::plan(register, std::slice::from_ref(&args.id), |_| table.clone())?;
    if args.dry_run {
        lifecycle::write_preview(&edits, &mut std::io::stdout().lock())?;
        return Ok(Exit::Done);
    }
    let staged = evidence::stage(&register.root, &evidence)?;
    lifecycle::apply_with_evidence(&edits, staged)?;
    print_lines([&args.id])?;
    ctx.note(&format!("recorded an assessment under `{}`", set.id));
    Ok(Exit::Done)
}
