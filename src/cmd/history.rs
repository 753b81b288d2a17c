//! `dvk history`: a model's history from git.

use anyhow::{Result, bail};
use clap::Args;

use super::{Context, Exit};

/// Show a model's history from git: every commit that changed its file,
/// oldest first, with its date, author, subject and what changed in words
/// ("added event cong_nhan huyen 2024-06-20", "unit: A → B"); renames of
/// the file are followed.
///
/// Example: dvk history 2019-quang-tan-xay-dung-vuon-mau --format json
#[derive(Debug, Args)]
pub(crate) struct HistoryArgs {
    /// The model's id (its file name without .toml)
    id: String,
}

pub(crate) fn run(ctx: &Context, args: &HistoryArgs) -> Result<Exit> {
    if !dvk::model::id::is_valid(&args.id) {
        bail!("`{}` is not a model id: {}", args.id, dvk::model::id::RULE);
    }
    let workspace = ctx.load()?;
    let Some((register, model)) = workspace.find(&args.id) else {
        let hint = dvk::problem::hint(&args.id, workspace.models().map(|(_, m)| m.id.as_str()));
        bail!(
            "no model `{}` in {}{hint}",
            args.id,
            workspace.registers[0].root.display()
        );
    };
    ctx.show(dvk::reports::history::report(&register.root, &model.path)?)?;
    Ok(Exit::Done)
}
