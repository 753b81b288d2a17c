//! `dvk history`: a model's history from git.

use anyhow::{Result, bail};
use clap::Args;
use dvk::tr;

use super::{Context, Exit};

#[derive(Debug, Args)]
pub(crate) struct HistoryArgs {
    id: String,
}

pub(crate) fn run(ctx: &Context, args: &HistoryArgs) -> Result<Exit> {
    if !dvk::model::id::is_valid(&args.id) {
        bail!(tr!(
            "history-bad-id",
            id = &args.id,
            rule = dvk::model::id::rule()
        ));
    }
    let workspace = ctx.load()?;
    let Some((register, model)) = workspace.find(&args.id) else {
        let hint = dvk::problem::hint(&args.id, workspace.models().map(|(_, m)| m.id.as_str()));
        bail!(tr!(
            "history-no-model",
            id = &args.id,
            register = &workspace.registers[0].root,
            hint = hint
        ));
    };
    ctx.show(dvk::reports::history::report(&register.root, &model.path)?)?;
    Ok(Exit::Done)
}
