//! `dvk annex`: the list attached to a decision, as CSV, a workbook or a
//! Word document, or its certificates.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use clap::Args;
use clap::builder::{PossibleValuesParser, TypedValueParser};

use dvk::render::annex::{self, Kind};
use dvk::reports::annex::find;
use dvk::tr;

use super::context::FormatArg;
use super::{Context, Exit, print_lines};

#[derive(Debug, Args)]
pub(crate) struct AnnexArgs {
    #[arg(value_name = "DECISION")]
    decision: String,
    #[arg(long, value_name = "FORMAT", value_parser = formats())]
    format: Option<FormatArg>,
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
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

/// The form asked for: certificates, else --format, else the extension of
/// --out, else csv.
fn form(args: &AnnexArgs) -> Result<Kind> {
    let extension = args
        .out
        .as_deref()
        .and_then(Path::extension)
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    Ok(match (args.format, args.certificates) {
        (Some(FormatArg::Docx) | None, true) => Kind::Certificates,
        (Some(_), true) => bail!(tr!("annex-certificates-need-docx")),
        (Some(FormatArg::Xlsx), false) => Kind::Workbook,
        (Some(FormatArg::Docx), false) => Kind::Document,
        (Some(_), false) => Kind::Csv,
        (None, false) => match extension.as_deref() {
            Some("xlsx") => Kind::Workbook,
            Some("docx") => Kind::Document,
            _ => Kind::Csv,
        },
    })
}

pub(crate) fn run(ctx: &Context, args: &AnnexArgs) -> Result<Exit> {
    let form = form(args)?;
    let workspace = ctx.load()?;
    let list = find(&workspace, &args.decision)?;
    let issuer = &workspace.registers[0].settings.report;
    let bytes = annex::write(form, &list, workspace.taxonomy(), issuer)?;
    let default = form.default_file(&list.decision).map(PathBuf::from);
    let Some(path) = args.out.clone().or(default) else {
        std::io::stdout().lock().write_all(&bytes)?;
        return Ok(Exit::Done);
    };
    dvk::fs::atomic::replace_bytes(&path, &bytes)?;
    print_lines([path.display()])?;
    let (decision, path) = (&list.decision, &path);
    ctx.note(&if form == Kind::Certificates {
        let count = list.certified().count();
        tr!(
            "annex-wrote-certificates",
            count = count,
            decision = decision,
            path = path
        )
    } else {
        let count = list.entries.len();
        tr!(
            "annex-wrote-rows",
            count = count,
            decision = decision,
            path = path
        )
    });
    Ok(Exit::Done)
}
