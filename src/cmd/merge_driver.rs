//! `dvk merge-driver`: git's merge driver for model files, and its setup.

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Args;

use dvk::write::merge::{self, Outcome};

use super::{Context, Exit};

/// Merge three versions of a model file for git: records (events,
/// assessments, outcomes) added on either side are all kept, in date order;
/// only a key or a record both sides changed differently is a conflict,
/// marked in the file.
///
/// Git runs it as `dvk merge-driver %O %A %B %P` once `dvk merge-driver
/// --install` has set it up (each clone runs that once). It writes the
/// result to OURS and exits 0 when merged cleanly, 1 on a conflict; a
/// file that is not a model on every side is left to `git merge-file`.
///
/// Example: dvk merge-driver --install
#[derive(Debug, Args)]
pub(crate) struct MergeDriverArgs {
    /// Set the driver up in the git repository that holds the register:
    /// the line of .gitattributes (commit it) and merge.dvk.driver in
    /// .git/config
    #[arg(long, conflicts_with_all = ["base", "ours", "theirs", "path"])]
    install: bool,
    /// The common ancestor's version (git's %O)
    #[arg(required_unless_present = "install")]
    base: Option<PathBuf>,
    /// Our version (%A): the merged result is written here
    #[arg(required_unless_present = "install")]
    ours: Option<PathBuf>,
    /// Their version (%B)
    #[arg(required_unless_present = "install")]
    theirs: Option<PathBuf>,
    /// The file's path in the repository (%P): messages name it
    path: Option<PathBuf>,
}

pub(crate) fn run(ctx: &Context, args: &MergeDriverArgs) -> Result<Exit> {
    let (Some(base), Some(ours), Some(theirs)) = (&args.base, &args.ours, &args.theirs) else {
        let start = ctx
            .registers
            .first()
            .map_or(Path::new("."), PathBuf::as_path);
        let installed = merge::install(&dvk::fs::layout::discover(start)?)?;
        ctx.note(&installed.to_string());
        return Ok(Exit::Done);
    };
    let path = args.path.as_deref();
    let shown = path.unwrap_or(ours).display();
    match merge::merge_files(base, ours, theirs, path)? {
        Outcome::Clean | Outcome::Textual { clean: true } => Ok(Exit::Done),
        Outcome::Conflicts(what) => {
            ctx.note(&format!(
                "{shown}: both sides changed {} differently: choose between the marked lines, then run `dvk check`",
                what.join(", ")
            ));
            Ok(Exit::No)
        }
        Outcome::Textual { clean: false } => {
            ctx.note(&format!(
                "{shown}: not a model on every side, so git merged it as text: resolve the marked lines, then run `dvk check`"
            ));
            Ok(Exit::No)
        }
    }
}
