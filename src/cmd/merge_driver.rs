//! `dvk merge-driver`: git's merge driver for model files, and its setup.

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Args;

use dvk::tr;
use dvk::write::merge::{self, Outcome};

use super::{Context, Exit};

#[derive(Debug, Args)]
pub(crate) struct MergeDriverArgs {
    #[arg(long, conflicts_with_all = ["base", "ours", "theirs", "path"])]
    install: bool,
    #[arg(required_unless_present = "install")]
    base: Option<PathBuf>,
    #[arg(required_unless_present = "install")]
    ours: Option<PathBuf>,
    #[arg(required_unless_present = "install")]
    theirs: Option<PathBuf>,
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
            ctx.note(&tr!(
                "merge-driver-conflicts",
                file = shown.to_string(),
                what = what.join(", ")
            ));
            Ok(Exit::No)
        }
        Outcome::Textual { clean: false } => {
            ctx.note(&tr!("merge-driver-textual", file = shown.to_string()));
            Ok(Exit::No)
        }
    }
}
