//! `dvk import`: models from a spreadsheet, all or nothing; prints the ids
//! it created (or, with `--dry-run`, a table of what it would create).

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Result, bail};
use clap::Args;

use dvk::render;
use dvk::write::import::{self, Options};

use super::{Context, Outcome};

/// Import models from a spreadsheet (nhập danh sách mô hình): one row a
/// model, all or nothing. If any row is bad, nothing is written and every
/// bad row is reported by its row number in the sheet.
///
/// The header row is the first row that names columns: Tên mô hình (name),
/// Đơn vị thực hiện (unit), Đối tượng (subject), Lĩnh vực (field), Cấp
/// (level), Ngày đăng ký (registered) are required; Loại (kind), Giai đoạn
/// (phase), Ngày bắt đầu (started), Tỉnh (province), Huyện (district), Xã
/// (commune), Tóm tắt (summary), Mã (id) are optional; a metric such as
/// "Đất hiến (m²)" with a Năm (year) column gives an [[outcome]]. Case and
/// diacritics are ignored. A row that repeats a model (same name, unit and
/// registration date) is skipped. The new files go to
/// models/import-<date>/<year>/<id>.toml.
///
/// Examples:
///   dvk import danh-sach-2024.xlsx --sheet "Năm 2024" --dry-run
///   dvk import danh-sach.csv --map cot.toml
#[derive(Debug, Args)]
pub(crate) struct ImportArgs {
    /// The spreadsheet: .csv (UTF-8 or UTF-16; comma, semicolon or tab),
    /// .xlsx, .xls or .ods
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// The workbook's sheet to read [default: the first]
    #[arg(long, value_name = "NAME")]
    sheet: Option<String>,
    /// Other headers: a TOML table of "Header" = "key"
    #[arg(long, value_name = "MAP.toml")]
    map: Option<PathBuf>,
    /// Show what would be created (id, name, field, level); write nothing
    #[arg(long)]
    dry_run: bool,
    /// Refuse rows that repeat a model instead of skipping them
    #[arg(long)]
    strict: bool,
}

/// Sheets at least this long get a progress bar on a terminal: writing
/// a model costs more than reading one.
const PROGRESS_FROM: usize = 200;

pub(crate) fn run(ctx: &Context, args: &ImportArgs) -> Result<Outcome> {
    let workspace = ctx.load_for_writing()?;
    let register = &workspace.registers[0];
    let taxonomy = &register.settings.taxonomy;
    let options = Options {
        sheet: args.sheet.as_deref(),
        map: args.map.as_deref(),
        strict: args.strict,
    };
    let plan = import::plan(register, &args.file, &options)?;
    let file = args.file.display();
    if !plan.layout.ignored.is_empty() {
        ctx.note(&format!(
            "{file}: ignored columns: {}",
            plan.layout.ignored.join(", ")
        ));
    }
    for duplicate in &plan.duplicates {
        ctx.note(&format!("{file}: {duplicate}; skipped"));
    }
    if !plan.problems.is_empty() {
        let mut err = std::io::stderr().lock();
        for problem in &plan.problems {
            writeln!(
                err,
                "{}",
                dvk::text::printable(&format!("{file}: {problem}"))
            )?;
        }
        let rows = plan.bad_rows();
        bail!(
            "{rows} bad row{} in {file}; nothing was written",
            if rows == 1 { "" } else { "s" }
        );
    }
    if args.dry_run {
        let mut out = std::io::stdout().lock();
        render::write(&plan.table(taxonomy), ctx.format(), ctx.style(), &mut out)?;
        ctx.note(&format!(
            "{} would be created; nothing was written (--dry-run)",
            models(plan.new.len())
        ));
        return Ok(Outcome::Done);
    }
    if plan.new.is_empty() {
        ctx.note(&format!("{file}: no new models; nothing was written"));
        return Ok(Outcome::Done);
    }
    let bar = ctx.counter("ghi", plan.new.len(), PROGRESS_FROM);
    let folder = import::commit(register, &plan.new, ctx.today, || bar.inc(1))?;
    bar.finish_and_clear();
    let mut out = std::io::stdout().lock();
    for new in &plan.new {
        writeln!(out, "{}", new.id)?;
    }
    ctx.note(&format!(
        "imported {} into {}",
        models(plan.new.len()),
        dvk::fs::layout::shown(&register.root, &folder).display()
    ));
    Ok(Outcome::Done)
}

fn models(n: usize) -> String {
    if n == 1 {
        "1 model".to_owned()
    } else {
        format!("{n} models")
    }
}
