//! `dvk init`: a new register.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use super::{Context, Exit};

/// Create a new register (sổ theo dõi): dvk.toml, models/, criteria/ with
/// one example criteria set (bộ tiêu chí).
///
/// Inside a git work tree it also sets up dvk's merge driver for the new
/// register, as `dvk merge-driver --install` does.
///
/// Example: dvk init so-dvk --name "Sổ theo dõi mô hình Dân vận khéo xã Quảng Tân"
#[derive(Debug, Args)]
pub(crate) struct InitArgs {
    /// The folder [default: the -C folder, else the current one]
    dir: Option<PathBuf>,
    /// The register's name, as reports title it
    #[arg(long, default_value = "Sổ theo dõi mô hình Dân vận khéo")]
    name: String,
}

pub(crate) fn run(ctx: &Context, args: InitArgs) -> Result<Exit> {
    let dir = args
        .dir
        .or_else(|| ctx.registers.first().cloned())
        .unwrap_or_else(|| PathBuf::from("."));
    dvk::write::init::init(&dir, &args.name)?;
    ctx.note(&format!(
        "Created a register in {}.\nNext: dvk -C {} register --name NAME --unit UNIT --subject tap_the --field kinh_te --level xa",
        dir.display(),
        dir.display()
    ));
    if let Some(installed) = dvk::write::init::install_merge_driver(&dir)? {
        ctx.note(&installed.to_string());
    }
    Ok(Exit::Done)
}
