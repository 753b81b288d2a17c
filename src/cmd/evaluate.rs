//! `dvk evaluate`: the verdict of each selected model under a criteria set.

use anyhow::{Result, bail};
use clap::Args;

use dvk::query::Query;
use dvk::query::key::Mode;
use dvk::read::workspace::Workspace;
use dvk::render::report::Gathered;
use dvk::reports::verdicts;
use dvk::select::{EachSelected, Selected};
use dvk::tr;

use super::{Context, Exit};

#[derive(Debug, Args)]
pub(crate) struct EvaluateArgs {
    #[arg(value_name = "QUERY")]
    query: Vec<String>,
    #[arg(long, value_name = "SET")]
    criteria: String,
    #[arg(long)]
    strict: bool,
}

pub(crate) fn run(ctx: &Context, args: &EvaluateArgs) -> Result<Exit> {
    let taxonomy = &Workspace::taxonomy_of(&ctx.registers)?;
    let query = Query::from_args(&args.query, Mode::Models, taxonomy)?;
    let Some(set) = Workspace::criteria_of(&ctx.registers, &args.criteria, taxonomy)? else {
        // Read the registers for their problems, or the sets there are.
        let workspace = ctx.load()?;
        bail!(workspace.registers[0].criteria.unknown(&args.criteria));
    };
    let as_of = &ctx.as_of;
    let mut gathered = Gathered::new(ctx.format(), verdicts::columns())?;
    let mut all_passed = true;
    ctx.scan(
        tr!("evaluate-progress"),
        &mut EachSelected {
            query: &query,
            as_of,
            each: |selected: &[Selected<'_>]| {
                let judged = verdicts::evaluate_all(&set, selected, as_of);
                all_passed &= judged.iter().all(verdicts::Judged::passed);
                gathered.add(judged, |judged| verdicts::rows(judged, taxonomy));
            },
        },
    )?;
    let finished = gathered.finish(|judged| verdicts::report(&judged, &set, taxonomy))?;
    ctx.show_finished(finished)?;
    Ok(if args.strict && !all_passed {
        Exit::No
    } else {
        Exit::Done
    })
}
