//! `dvk absorb`: every model of another register copied into this one,
//! all or nothing; the other register is only read.

use std::path::PathBuf;

use anyhow::{Result, bail};
use clap::Args;

use dvk::tr;
use dvk::write::absorb;

use super::{Context, Exit, print_lines, print_problems};

#[derive(Debug, Args)]
pub(crate) struct AbsorbArgs {
    #[arg(value_name = "OTHER")]
    other: PathBuf,
    #[arg(long)]
    dry_run: bool,
}

pub(crate) fn run(ctx: &Context, args: &AbsorbArgs) -> Result<Exit> {
    let workspace = ctx.load_for_writing()?;
    let other = absorb::read_other(&args.other)?;
    let plan = absorb::plan(&workspace.registers[0], &other.registers[0])?;
    let from = args.other.display().to_string();
    if !plan.conflicts.is_empty() {
        print_problems(&plan.conflicts)?;
        bail!(tr!(
            "absorb-conflicts",
            from = &from,
            count = plan.conflicts.len()
        ));
    }
    print_lines(absorb::lines(&plan))?;
    plan.notes.iter().for_each(|note| ctx.note(note));
    let what = absorb::summary(&plan);
    if args.dry_run {
        ctx.note(&tr!("absorb-dry-run", what = what, from = &from));
    } else {
        absorb::apply(&plan)?;
        ctx.note(&tr!("absorb-done", what = what, from = &from));
    }
    Ok(Exit::Done)
}
