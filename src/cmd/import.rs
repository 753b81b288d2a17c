//! `dvk import`: models from a spreadsheet, all or nothing; prints the ids
//! it created (or, with `--dry-run`, a table of what it would create).

use std::path::PathBuf;

use anyhow::{Result, bail};
use clap::Args;

use dvk::reports::report::Report;
use dvk::tr;
use dvk::write::import::{self, Options};

use super::{Context, Exit, print_lines, print_problems};

#[derive(Debug, Args)]
pub(crate) struct ImportArgs {
    #[arg(value_name = "FILE")]
    file: PathBuf,
    #[arg(long, value_name = "NAME")]
    sheet: Option<String>,
    #[arg(long, value_name = "MAP.toml")]
    map: Option<PathBuf>,
    #[arg(long)]
    dry_run: bool,
    #[arg(long)]
    strict: bool,
}

/// Sheets at least this long get a progress bar on a terminal: writing
/// a model costs more than reading one.
const PROGRESS_FROM: usize = 200;

pub(crate) fn run(ctx: &Context, args: &ImportArgs) -> Result<Exit> {
    let workspace = ctx.load_for_writing()?;
    let register = &workspace.registers[0];
    let options = Options {
        sheet: args.sheet.as_deref(),
        map: args.map.as_deref(),
        strict: args.strict,
    };
    let plan = import::plan(register, &args.file, &options)?;
    let file = args.file.display().to_string();
    plan.notes(&file).iter().for_each(|note| ctx.note(note));
    if !plan.problems.is_empty() {
        print_problems(plan.problems.iter().map(|p| format!("{file}: {p}")))?;
        bail!(tr!(
            "import-run-bad-rows",
            count = plan.bad_rows(),
            file = &file
        ));
    }
    let models = plan.new.len();
    if args.dry_run {
        ctx.show(Report::table(plan.table(&register.settings.taxonomy)))?;
        ctx.note(&tr!("import-run-dry-run", count = models));
        return Ok(Exit::Done);
    }
    if plan.new.is_empty() {
        ctx.note(&tr!("import-run-nothing-new", file = &file));
        return Ok(Exit::Done);
    }
    let bar = ctx.counter(tr!("import-run-progress"), plan.new.len(), PROGRESS_FROM);
    let folder = import::commit(register, &plan.new, ctx.today, || bar.inc(1))?;
    bar.finish_and_clear();
    print_lines(plan.new.iter().map(|new| &new.id))?;
    let folder = dvk::fs::layout::shown(&register.root, &folder);
    ctx.note(&tr!("import-run-done", count = models, folder = &folder));
    Ok(Exit::Done)
}
