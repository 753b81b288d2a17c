//! `dvk show`: one model with its derived keys.

use std::io::Write;

use anyhow::{Result, bail};
use clap::Args;

use dvk::render::{self, Format};
use dvk::reports::view;

use super::{Context, Outcome};

/// Show one model (mô hình) with what it is as of the date: status,
/// recognised level (công nhận), months, commendations (khen thưởng).
///
/// Example: dvk show 2019-quang-tan-xay-dung-vuon-mau --as-of 2020-12-31
#[derive(Debug, Args)]
pub(crate) struct ShowArgs {
    /// The model's id (its file name without .toml)
    id: String,
}

pub(crate) fn run(ctx: &Context, args: &ShowArgs) -> Result<Outcome> {
    if !dvk::model::id::is_valid(&args.id) {
        bail!("`{}` is not a model id: {}", args.id, dvk::model::id::RULE);
    }
    let workspace = ctx.load()?;
    let taxonomy = workspace.taxonomy();
    let Some(selected) = workspace.selected(&args.id, &ctx.as_of) else {
        let hint = dvk::problem::nearest(&args.id, workspace.models().map(|(_, m)| m.id.as_str()))
            .map(|n| format!("; did you mean `{n}`?"))
            .unwrap_or_default();
        bail!(
            "no model `{}` in {}{hint}",
            args.id,
            workspace.registers[0].root.display()
        );
    };
    let row = selected.row(&ctx.as_of);
    let mut out = std::io::stdout().lock();
    match ctx.format() {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &view::json(&row, taxonomy))?;
            writeln!(out)?;
        }
        Format::Csv => {
            let (fields, _) = view::tables(&row, taxonomy);
            render::write_csv(&fields, false, &mut out)?;
        }
        Format::Table => {
            let (fields, events) = view::tables(&row, taxonomy);
            render::write_table(&fields, ctx.style(), &mut out)?;
            if !events.rows.is_empty() {
                render::write_table(&events, ctx.style(), &mut out)?;
            }
        }
    }
    Ok(Outcome::Done)
}
