//! `dvk completions` and `dvk man`: shell completions and the manual page,
//! both made from the command definitions with their texts in the
//! language of the run.

use std::io::Write;

use anyhow::Result;
use clap::Args;
use clap_complete::Shell;

use super::Exit;

#[derive(Debug, Args)]
pub(crate) struct CompletionsArgs {
    shell: Shell,
}

pub(crate) fn completions(args: &CompletionsArgs) -> Result<Exit> {
    let mut command = super::help::command();
    // clap_complete panics when a write fails; into memory it cannot, and
    // a closed pipe on the write below is success, as for every command.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "dvk", &mut script);
    let mut out = std::io::stdout().lock();
    out.write_all(&script)?;
    out.flush()?;
    Ok(Exit::Done)
}

#[derive(Debug, Args)]
pub(crate) struct ManArgs {}

pub(crate) fn man(_args: &ManArgs) -> Result<Exit> {
    let page = clap_mangen::Man::new(super::help::command());
    let mut out = std::io::stdout().lock();
    page.render(&mut out)?;
    out.flush()?;
    Ok(Exit::Done)
}
