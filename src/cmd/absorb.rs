//! `dvk absorb`: every model of another register copied into this one,
//! all or nothing; the other register is only read.

use std::path::PathBuf;

use anyhow::{Result, bail};
use clap::Args;

use dvk::text::plural;
use dvk::write::absorb;

use super::{Context, Exit, print_lines, print_problems};

/// Absorb another register into this one (a commune merged into another,
/// a register handed over): OTHER's models, criteria sets and evidence.
///
/// Every model of OTHER is copied to the same path under models/, with the
/// criteria sets its assessments name and the files of OTHER's ho-so/. All
/// or nothing: ids in both registers, codes or metrics this register's
/// dvk.toml lacks, a criteria set or evidence file of the same name with
/// other content, and a broken register on either side are each named, and
/// nothing is written. OTHER is left as it was. Prints the files copied;
/// docs/rollup.md shows how to keep both git histories.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  dvk absorb ../xa-quang-loi --dry-run
  dvk absorb ../xa-quang-loi && dvk check && git add -A && git commit -m \"absorb xa-quang-loi\"")]
pub(crate) struct AbsorbArgs {
    /// The register to absorb (a folder with dvk.toml)
    #[arg(value_name = "OTHER")]
    other: PathBuf,
    /// List the files that would be copied; write nothing
    #[arg(long)]
    dry_run: bool,
}

pub(crate) fn run(ctx: &Context, args: &AbsorbArgs) -> Result<Exit> {
    let workspace = ctx.load_for_writing()?;
    let other = absorb::read_other(&args.other)?;
    let plan = absorb::plan(&workspace.registers[0], &other.registers[0])?;
    let from = args.other.display();
    if !plan.conflicts.is_empty() {
        print_problems(&plan.conflicts)?;
        let conflicts = plural(plan.conflicts.len(), "conflict");
        bail!("cannot absorb {from}: {conflicts}; nothing was written");
    }
    print_lines(absorb::lines(&plan))?;
    plan.notes.iter().for_each(|note| ctx.note(note));
    let what = absorb::summary(&plan);
    if args.dry_run {
        ctx.note(&format!(
            "{what} would be copied from {from}; nothing was written (--dry-run)"
        ));
    } else {
        absorb::apply(&plan)?;
        ctx.note(&format!(
            "{what} copied from {from}; run `dvk check` and commit"
        ));
    }
    Ok(Exit::Done)
}
