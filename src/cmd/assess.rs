//! `dvk assess`: record an appraisal team's judgements.

use anyhow::{Result, anyhow};
use clap::Args;

use chrono::Datelike;
use dvk::model::Assessment;
use dvk::tr;
use dvk::write::{evidence, lifecycle};

use super::args::day_or;
use super::{Context, Exit, print_lines};

#[derive(Debug, Args)]
pub(crate) struct AssessArgs {
    id: String,
    #[arg(long, value_name = "SET")]
    criteria: String,
    #[arg(long)]
    by: Option<String>,
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
    #[arg(long)]
    note: Option<String>,
    #[arg(long = "file", value_name = "PATH")]
    files: Vec<std::path::PathBuf>,
    #[arg(long)]
    dry_run: bool,
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
        .map_err(|problems| anyhow!(tr!("assess-problems", problems = problems.join("\n"))))?;
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
    ctx.note(&tr!("assess-recorded", criteria = &set.id));
    Ok(Exit::Done)
}
