//! `dvk check`: every problem in the register, at its line and column.

use std::io::Write;

use anyhow::Result;
use clap::Args;

use dvk::render::problems::write_problems;
use dvk::select::HoldNone;
use dvk::tr;

use super::{Context, Exit};

#[derive(Debug, Args)]
pub(crate) struct CheckArgs {}

pub(crate) fn run(ctx: &Context, _args: &CheckArgs) -> Result<Exit> {
    // Only the problems are needed: the models are read in chunks and let go.
    let workspace = ctx.scan_with(tr!("check-run-progress"), false, &mut HoldNone)?;
    let mut out = std::io::stdout().lock();
    let errors = write_problems(workspace.problems(), ctx.color, &mut out)?;
    let warnings = workspace.problems().count() - errors;
    let files: usize = workspace.registers.iter().map(|r| r.model_files).sum();
    let summary = tr!(
        "check-run-summary",
        errors = tr!("n-errors", count = errors),
        warnings = tr!("n-warnings", count = warnings),
        files = files
    );
    writeln!(out, "{summary}")?;
    Ok(if errors > 0 { Exit::No } else { Exit::Done })
}
