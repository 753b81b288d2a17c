//! `dvk export`: one row a model, every stored and derived key, as csv,
//! json or a workbook.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use clap::Args;
use clap::builder::{PossibleValuesParser, TypedValueParser};

use dvk::query::Query;
use dvk::query::key::Mode;
use dvk::read::workspace::Workspace;
use dvk::render::Format;
use dvk::render::report::{Options, write_report};
use dvk::reports::export;
use dvk::reports::report::Report;
use dvk::tr;

use super::context::FormatArg;
use super::{Context, Exit};

#[derive(Debug, Args)]
pub(crate) struct ExportArgs {
    #[arg(value_name = "QUERY")]
    query: Vec<String>,
    #[arg(long, value_name = "K,K...", value_delimiter = ',')]
    columns: Vec<String>,
    #[arg(long, value_name = "FORMAT", value_parser = formats())]
    format: Option<FormatArg>,
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    #[arg(long)]
    bom: bool,
}

/// `--format` here takes xlsx as well; it shares its id with the global
/// option, which clap then leaves to this one.
fn formats() -> impl TypedValueParser<Value = FormatArg> {
    PossibleValuesParser::new(["csv", "json", "xlsx", "sqlite"]).map(|s| match s.as_str() {
        "json" => FormatArg::Json,
        "xlsx" => FormatArg::Xlsx,
        "sqlite" => FormatArg::Sqlite,
        _ => FormatArg::Csv,
    })
}

/// The format asked for, else the one --out's extension names, else csv;
/// refused where it cannot be written (a workbook on a terminal).
fn format(args: &ExportArgs, stdout_terminal: bool) -> Result<Format> {
    let extension = |p: &Path| {
        p.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
    };
    let format = match args.format {
        Some(FormatArg::Table) => {
            bail!(tr!("export-no-table"))
        }
        Some(FormatArg::Xlsx) => Format::Xlsx,
        Some(FormatArg::Json) => Format::Json,
        // `annex` alone gives Docx: export's own parser never does; a
        // database is written apart (`sqlite_out`).
        Some(FormatArg::Csv | FormatArg::Docx | FormatArg::Sqlite) => Format::Csv,
        None => match args.out.as_deref().and_then(extension).as_deref() {
            Some("xlsx") => Format::Xlsx,
            Some("json") => Format::Json,
            _ => Format::Csv,
        },
    };
    if args.bom && format != Format::Csv {
        bail!(tr!("export-bom-csv-only"));
    }
    if format == Format::Xlsx && args.out.is_none() && stdout_terminal {
        bail!(tr!("export-workbook-on-terminal"));
    }
    Ok(format)
}

/// The file to write a `SQLite` database to, when one is asked for (by
/// `--format sqlite` or the extension of `--out`).
fn sqlite_out(args: &ExportArgs) -> Result<Option<&Path>> {
    let named = args
        .out
        .as_deref()
        .and_then(|p| p.extension())
        .is_some_and(|e| {
            ["sqlite", "sqlite3", "db"].contains(&e.to_string_lossy().to_ascii_lowercase().as_str())
        });
    if args.format != Some(FormatArg::Sqlite) && !(args.format.is_none() && named) {
        return Ok(None);
    }
    if args.bom {
        bail!(tr!("export-sqlite-bom"));
    }
    match &args.out {
        Some(path) => Ok(Some(path)),
        None => bail!(tr!("export-sqlite-needs-out")),
    }
}

pub(crate) fn run(ctx: &Context, args: &ExportArgs) -> Result<Exit> {
    let sqlite = sqlite_out(args)?;
    let format = match sqlite {
        Some(_) => Format::Csv,
        None => format(args, ctx.stdout_terminal)?,
    };
    // The query is understood before the scan, which then holds only the
    // models that match.
    let taxonomy = &Workspace::taxonomy_of(&ctx.registers)?;
    let query = Query::from_args(&args.query, Mode::Models, taxonomy)?;
    let workspace = ctx.load_matching(&query, Mode::Models, taxonomy)?;
    let columns = export::chosen_columns(
        &args.columns,
        workspace.taxonomy(),
        workspace.registers.len(),
    )?;
    let selected = workspace.select(&query, &ctx.as_of);
    let table = export::table(&selected, &columns, &ctx.as_of, workspace.taxonomy());
    if let Some(path) = sqlite {
        let database = dvk::render::sqlite::Database {
            models: &table,
            selected: &selected,
            as_of: &ctx.as_of,
            taxonomy: workspace.taxonomy(),
            criteria: workspace.registers.iter().map(|r| &r.criteria).collect(),
        };
        dvk::fs::atomic::replace_bytes(path, &dvk::render::sqlite::database(&database)?)?;
        let path = path.display().to_string();
        ctx.note(&tr!(
            "export-sqlite-written",
            count = selected.len(),
            path = path
        ));
        return Ok(Exit::Done);
    }
    let options = Options {
        for_spreadsheet: true,
        bom: args.bom,
        // i18n: the sheet's name is part of the file, the same in every language
        sheet: Some(("Mô hình", ctx.as_of.date)),
    };
    let mut bytes: Vec<u8> = Vec::new();
    write_report(
        Report::table(table),
        format,
        ctx.style(),
        options,
        &mut bytes,
    )?;
    match &args.out {
        Some(path) => {
            dvk::fs::atomic::replace_bytes(path, &bytes)?;
            ctx.note(&tr!("export-done", count = selected.len(), path = path));
        }
        None => std::io::stdout().lock().write_all(&bytes)?,
    }
    Ok(Exit::Done)
}
