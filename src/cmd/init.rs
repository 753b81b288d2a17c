//! `dvk init`: a new register.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use dvk::tr;

use super::{Context, Exit};

#[derive(Debug, Args)]
pub(crate) struct InitArgs {
    dir: Option<PathBuf>,
    // i18n: the register's name written in dvk.toml, whatever the language
    #[arg(long, default_value = "Sổ theo dõi mô hình Dân vận khéo")]
    name: String,
}

pub(crate) fn run(ctx: &Context, args: InitArgs) -> Result<Exit> {
    let dir = args
        .dir
        .or_else(|| ctx.registers.first().cloned())
        .unwrap_or_else(|| PathBuf::from("."));
    dvk::write::init::init(&dir, &args.name)?;
    ctx.note(&tr!("init-created", dir = &dir));
    if let Some(installed) = dvk::write::init::install_merge_driver(&dir)? {
        ctx.note(&installed.to_string());
    }
    Ok(Exit::Done)
}
