//! `dvk show`: one model with its derived keys.

use anyhow::{Result, bail};
use clap::Args;

use dvk::reports::view;
use dvk::tr;

use super::{Context, Exit};

#[derive(Debug, Args)]
pub(crate) struct ShowArgs {
    id: String,
}

pub(crate) fn run(ctx: &Context, args: &ShowArgs) -> Result<Exit> {
    if !dvk::model::id::is_valid(&args.id) {
        bail!(tr!(
            "show-bad-id",
            id = &args.id,
            rule = dvk::model::id::rule()
        ));
    }
    let workspace = ctx.load()?;
    let Some(selected) = workspace.selected(&args.id, &ctx.as_of) else {
        let hint = dvk::problem::hint(&args.id, workspace.models().map(|(_, m)| m.id.as_str()));
        bail!(tr!(
            "show-no-model",
            id = &args.id,
            register = &workspace.registers[0].root,
            hint = hint
        ));
    };
    ctx.show(view::report(
        &selected.row(&ctx.as_of),
        workspace.taxonomy(),
    ))?;
    Ok(Exit::Done)
}
