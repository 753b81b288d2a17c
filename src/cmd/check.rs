//! `dvk check`: every problem in the register, at its line and column.

use std::io::Write;

use anyhow::Result;
use clap::Args;

use dvk::render::problems::{summary, write_problems};
use dvk::select::HoldNone;

use super::{Context, Exit};

#[derive(Debug, Args)]
pub(crate) struct CheckArgs {}

pub(crate) fn run(ctx: &Context, _args: &CheckArgs) -> Result<Exit> {
    // Only the problems are needed: the models are read in chunks and let go.
    let workspace = ctx.scan_with("kiểm tra", false, &mut HoldNone)?;
    let mut out = std::io::stdout().lock();
    let errors = write_problems(workspace.problems(), ctx.color, &mut out)?;
    let warnings = workspace.problems().count() - errors;
    let files = workspace.registers.iter().map(|r| r.model_files).sum();
    writeln!(out, "{}", summary(errors, warnings, files))?;
    Ok(if errors > 0 { Exit::No } else { Exit::Done })
}
