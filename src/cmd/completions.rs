//! `dvk completions` and `dvk man`: shell completions and the manual page,
//! both made from the command definitions with their texts in the
//! language of the run.

use std::io::Write;

use anyhow::Result;
use clap::Args;
use clap_complete::Shell;

use dvk::i18n::{self, Lang};
use dvk::tr;

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
    let page = clap_mangen::Man::new(super::help::command()).manual(tr!("man-manual"));
    let mut roff = Vec::new();
    page.render(&mut roff)?;
    if i18n::lang() != Lang::En {
        roff = headings(&String::from_utf8_lossy(&roff)).into_bytes();
    }
    let mut out = std::io::stdout().lock();
    out.write_all(&roff)?;
    out.flush()?;
    Ok(Exit::Done)
}

/// `clap_mangen`'s section headings, which it writes in English, in the
/// language of the run.
fn headings(roff: &str) -> String {
    let sections = [
        ("NAME", tr!("man-name")),
        ("SYNOPSIS", tr!("man-synopsis")),
        ("DESCRIPTION", tr!("man-description")),
        ("OPTIONS", tr!("man-options")),
        ("SUBCOMMANDS", tr!("man-subcommands")),
        ("EXTRA", tr!("man-extra")),
        ("VERSION", tr!("man-version")),
        ("AUTHORS", tr!("man-authors")),
    ];
    let mut out = String::with_capacity(roff.len());
    for line in roff.split_inclusive('\n') {
        let heading = line.strip_prefix(".SH ").map(str::trim_end);
        match sections.iter().find(|(name, _)| Some(*name) == heading) {
            Some((_, local)) => {
                out.push_str(".SH ");
                out.push_str(local);
                out.push('\n');
            }
            None => out.push_str(&line.replace(
                "<\\fIsubcommands\\fR>",
                &format!("<\\fI{}\\fR>", tr!("usage-command-word")),
            )),
        }
    }
    out
}
