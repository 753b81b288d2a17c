//! `dvk fmt`: rewrite files into the canonical form, keeping comments.

use std::io::Write;

use anyhow::{Result, bail};
use clap::Args;

use dvk::fs::lock::Lock;
use dvk::text::printable_line;
use dvk::tr;
use dvk::write::format;

use super::{Context, Exit};

#[derive(Debug, Args)]
pub(crate) struct FmtArgs {
    #[arg(long)]
    check: bool,
}

pub(crate) fn run(ctx: &Context, args: &FmtArgs) -> Result<Exit> {
    let workspace = dvk::read::workspace::Workspace::load(&ctx.registers)?;
    // A writer like any other: each register's lock is held before its
    // files are read, so no write acknowledged meanwhile is undone.
    let _locks = if args.check {
        Vec::new()
    } else {
        Lock::take_all(workspace.registers.iter().map(|r| r.root.as_path()))?
    };
    let (mut changed, mut failed) = (0, 0);
    for register in &workspace.registers {
        let plan = format::plan(register);
        show(&plan)?;
        failed += plan.iter().filter(|f| f.result.is_err()).count();
        changed += plan.iter().filter(|f| f.result.is_ok()).count();
        if !args.check {
            format::apply(&plan)?;
        }
    }
    ctx.note(&if args.check {
        tr!("fmt-would-format", count = changed)
    } else {
        tr!("fmt-formatted", count = changed)
    });
    if failed > 0 {
        bail!(tr!("fmt-failed", count = failed));
    }
    Ok(if args.check && changed > 0 {
        Exit::No
    } else {
        Exit::Done
    })
}

/// Each file to format on stdout, each that cannot be on stderr with why;
/// a file's name may hold anything: shown on one line, escaped.
fn show(plan: &[format::Formatting]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    for file in plan {
        let shown = printable_line(&file.shown.display().to_string()).into_owned();
        match &file.result {
            Ok(_) => writeln!(out, "{shown}")?,
            Err(why) => writeln!(
                std::io::stderr(),
                "{}",
                tr!("fmt-not-formatted", file = &shown, why = why)
            )?,
        }
    }
    Ok(())
}
