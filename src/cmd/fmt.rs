//! `dvk fmt`: rewrite files into the canonical form, keeping comments.

use std::io::Write;

use anyhow::Result;
use clap::Args;

use dvk::fs::files::{self, read_text};
use dvk::fs::layout::{CRITERIA, MODELS, shown};
use dvk::fs::layout::FILE;

use super::{Context, Outcome};

/// Rewrite the register's files in canonical form: keys in the order of
/// the format, NFC text, key = value spacing, LF endings. Comments stay.
///
/// Examples:
///   dvk fmt            rewrite what needs it
///   dvk fmt --check    list what would change; exit 1 if anything would
#[derive(Debug, Args)]
pub(crate) struct FmtArgs {
    /// Change nothing: list the files that are not in canonical form
    #[arg(long)]
    check: bool,
}

pub(crate) fn run(ctx: &Context, args: &FmtArgs) -> Result<Outcome> {
    let workspace = dvk::read::workspace::Workspace::load(&ctx.registers)?;
    // A writer like any other: each register's lock is held before its
    // files are read, so no write acknowledged meanwhile is undone.
    let _locks = if args.check {
        Vec::new()
    } else {
        workspace
            .registers
            .iter()
            .map(|r| dvk::fs::lock::Lock::take(&r.root))
            .collect::<Result<Vec<_>, _>>()?
    };
    let mut out = std::io::stdout().lock();
    let (mut changed, mut failed) = (0, 0);
    for reg in &workspace.registers {
        let taxonomy = &reg.settings.taxonomy;
        let mut problems = Vec::new();
        let mut files: Vec<(std::path::PathBuf, bool)> = vec![(FILE.into(), false)];
        files.extend(
            files::record_files(&reg.root, MODELS, &mut problems)
                .into_iter()
                .map(|p| (p, true)),
        );
        files.extend(
            files::record_files(&reg.root, CRITERIA, &mut problems)
                .into_iter()
                .map(|p| (p, false)),
        );
        for (rel, is_model) in files {
            let path = reg.root.join(&rel);
            // A file's name may hold anything: shown on one line, escaped.
            let show = shown(&reg.root, &rel).display().to_string();
            let show = dvk::text::printable_line(&show);
            let Ok(text) = read_text(&path) else {
                writeln!(std::io::stderr(), "{show}: not formatted: cannot be read")?;
                failed += 1;
                continue;
            };
            let formatted = if is_model {
                dvk::write::format::model(&text, taxonomy)
            } else {
                dvk::write::format::other(&text)
            };
            let formatted = match formatted {
                Ok(f) => f,
                Err(e) => {
                    writeln!(std::io::stderr(), "{show}: not formatted: {e}")?;
                    failed += 1;
                    continue;
                }
            };
            if std::fs::read(&path).is_ok_and(|raw| raw == formatted.as_bytes()) {
                continue;
            }
            changed += 1;
            writeln!(out, "{show}")?;
            if !args.check {
                dvk::fs::atomic::replace(&path, &formatted)?;
            }
        }
    }
    let verb = if args.check {
        "would be formatted"
    } else {
        "formatted"
    };
    ctx.note(&format!(
        "{changed} file{} {verb}",
        if changed == 1 { "" } else { "s" }
    ));
    if failed > 0 {
        anyhow::bail!(
            "{failed} file{} could not be formatted; `dvk check` shows why",
            if failed == 1 { "" } else { "s" }
        );
    }
    Ok(if args.check && changed > 0 {
        Outcome::No
    } else {
        Outcome::Done
    })
}
