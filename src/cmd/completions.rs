//! `dvk completions` and `dvk man`: shell completions and the manual page,
//! both made from the command definitions.

use std::io::Write;

use anyhow::Result;
use clap::{Args, CommandFactory};
use clap_complete::Shell;

use super::{Cli, Exit};

/// Print shell completions: add source <(dvk completions bash) to
/// ~/.bashrc, or save dvk completions zsh as _dvk in your $fpath.
#[derive(Debug, Args)]
pub(crate) struct CompletionsArgs {
    /// bash, zsh, fish, powershell or elvish
    shell: Shell,
}

pub(crate) fn completions(args: &CompletionsArgs) -> Result<Exit> {
    let mut command = Cli::command();
    // clap_complete panics when a write fails; into memory it cannot, and
    // a closed pipe on the write below is success, as for every command.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "dvk", &mut script);
    let mut out = std::io::stdout().lock();
    out.write_all(&script)?;
    out.flush()?;
    Ok(Exit::Done)
}

/// Print the manual page (roff): dvk man > ~/.local/share/man/man1/dvk.1.
#[derive(Debug, Args)]
pub(crate) struct ManArgs {}

pub(crate) fn man(_args: &ManArgs) -> Result<Exit> {
    let page = clap_mangen::Man::new(Cli::command());
    let mut out = std::io::stdout().lock();
    page.render(&mut out)?;
    out.flush()?;
    Ok(Exit::Done)
}
