//! `dvk annex`: the list attached to a decision, as CSV, a workbook or a
//! Word document, or its certificates.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use clap::Args;
use clap::builder::{PossibleValuesParser, TypedValueParser};

use dvk::render::annex;
use dvk::reports::annex::find;

use super::context::FormatArg;
use super::{Context, Exit};

/// Write the list attached to a decision (danh sách kèm theo quyết định):
/// every event whose decision is DECISION (compared ignoring case,
/// diacritics and spaces), numbered, with the model's id, name, unit,
/// field, subject and the event's level, form and number, under the header
/// of [report] in dvk.toml and a title naming the decision and its date.
/// With --certificates, a Word document of one certificate page (giấy
/// chứng nhận) per model the decision recognised or commended.
///
/// The format is --format, else the extension of --out, else csv. csv goes
/// to stdout without --out; a workbook or a document is written to --out,
/// by default danh-sach-<decision>.xlsx or .docx (chung-nhan-<decision>.docx
/// for certificates) in the current folder.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  dvk annex 123-QĐ/HU > danh-sach.csv
  dvk annex \"123-QĐ/HU\" --format docx
  dvk annex 123-QĐ/HU --certificates --out chung-nhan.docx")]
pub(crate) struct AnnexArgs {
    /// The decision's number, as events record it
    #[arg(value_name = "DECISION")]
    decision: String,
    /// csv, xlsx or docx [default: the extension of --out, else csv]
    #[arg(long, value_name = "FORMAT", value_parser = formats())]
    format: Option<FormatArg>,
    /// The file to write (replaced whole)
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// One certificate page per model recognised or commended (a .docx)
    #[arg(long)]
    certificates: bool,
}

fn formats() -> impl TypedValueParser<Value = FormatArg> {
    PossibleValuesParser::new(["csv", "xlsx", "docx"]).map(|s| match s.as_str() {
        "xlsx" => FormatArg::Xlsx,
        "docx" => FormatArg::Docx,
        _ => FormatArg::Csv,
    })
}

/// `123-QĐ/HU` → `123-qd-hu`: a file name from a decision number.
fn slug(decision: &str) -> String {
    let folded = dvk::text::fold(decision);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.join("-")
}

pub(crate) fn run(ctx: &Context, args: &AnnexArgs) -> Result<Exit> {
    let extension = args
        .out
        .as_deref()
        .and_then(Path::extension)
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let given = args.format.map(|f| match f {
        FormatArg::Xlsx => "xlsx",
        FormatArg::Docx => "docx",
        _ => "csv",
    });
    let format = match (given, args.certificates) {
        (Some(f), true) if f != "docx" => {
            bail!("certificates are a Word document: give --format docx or none")
        }
        (_, true) => "docx",
        (Some(f), false) => f,
        (None, false) => match extension.as_deref() {
            Some("xlsx") => "xlsx",
            Some("docx") => "docx",
            _ => "csv",
        },
    };
    let workspace = ctx.load()?;
    let taxonomy = workspace.taxonomy();
    let issuer = &workspace.registers[0].settings.report;
    let list = find(&workspace, &args.decision)?;
    let bytes = match format {
        _ if args.certificates => annex::certificates(&list, taxonomy, issuer)?,
        "xlsx" => annex::workbook(&list, taxonomy, issuer)?,
        "docx" => annex::document(&list, taxonomy, issuer)?,
        _ => annex::csv(&list, taxonomy)?,
    };
    let out = args.out.clone().or_else(|| {
        let stem = if args.certificates {
            "chung-nhan"
        } else {
            "danh-sach"
        };
        (format != "csv").then(|| format!("{stem}-{}.{format}", slug(&list.decision)).into())
    });
    match out {
        Some(path) => {
            dvk::fs::atomic::replace_bytes(&path, &bytes)?;
            println!("{}", path.display());
            ctx.note(&format!(
                "wrote {} of decision {} to {}",
                if args.certificates {
                    dvk::text::plural(list.certified().count(), "certificate")
                } else {
                    dvk::text::plural(list.entries.len(), "row")
                },
                list.decision,
                path.display()
            ));
        }
        None => std::io::stdout().lock().write_all(&bytes)?,
    }
    Ok(Exit::Done)
}
