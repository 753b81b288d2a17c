//! Downloads: the list on the page (its query, sort and date) as csv or a
//! workbook with every column of `dvk export`, and the report pack of a
//! period as one zip of the files `dvk report` writes.

use std::io::Write as _;

use crate::model::derived::AsOf;
use crate::render::report::{Options, write_report};
use crate::render::{Format, Style};
use crate::reports::export;
use crate::reports::pack;
use crate::reports::report::Report;
use crate::tr;
use crate::web::answer::{Answer, Failure};
use crate::web::pages::Params;
use crate::web::pages::models::{ListRequest, selected};
use crate::web::pages::overview::Span;
use crate::web::state::Loaded;

/// The workbook's sheet, as `dvk export` names it.
const SHEET: &str = "Mô hình"; // i18n: the sheet's name, as dvk export writes it

/// The list as `dvk export` writes it: csv (with a BOM, for Excel) or a
/// workbook.
pub fn models(
    loaded: &Loaded,
    params: &Params,
    default: &AsOf,
    format: Format,
) -> Result<Answer, Failure> {
    let request = ListRequest::of(params, default, loaded)?;
    let places = request.places(loaded)?;
    let workspace = &loaded.workspace;
    let taxonomy = workspace.taxonomy();
    let rows = selected(loaded, &places, &request.as_of);
    let columns = export::columns(taxonomy, workspace.registers.len());
    let table = export::table(&rows, &columns, &request.as_of, taxonomy);
    let options = Options {
        for_spreadsheet: true,
        bom: format == Format::Csv,
        sheet: Some((SHEET, request.as_of.date)),
    };
    let mut bytes = Vec::new();
    write_report(
        Report::table(table),
        format,
        Style::default(),
        options,
        &mut bytes,
    )
    .map_err(|e| Failure::internal(e.to_string()))?;
    let name = format!("mo-hinh-{}", request.as_of.date);
    Ok(match format {
        Format::Xlsx => Answer::file(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            &format!("{name}.xlsx"),
            false,
            bytes,
        ),
        _ => Answer::file(
            "text/csv; charset=utf-8",
            &format!("{name}.csv"),
            false,
            bytes,
        ),
    })
}

/// The report pack of a year or phase, zipped in a folder of its name.
pub fn report(loaded: &Loaded, params: &Params, default: Span) -> Result<Answer, Failure> {
    let Span::Period(period) = Span::of(params, default)? else {
        return Err(Failure::bad_request(tr!("web-pack-needs-period")));
    };
    let pack = pack::build(&loaded.workspace, &crate::query::Query::all(), "", period);
    let files = crate::render::pack::files(&pack).map_err(|e| Failure::internal(e.to_string()))?;
    let bytes = zip(&pack.name(), &files).map_err(|e| Failure::internal(e.to_string()))?;
    Ok(Answer::file(
        "application/zip",
        &format!("{}.zip", pack.name()),
        false,
        bytes,
    ))
}

/// Files in one folder of a zip, with fixed times: the same pack gives
/// the same bytes.
fn zip(folder: &str, files: &[(String, Vec<u8>)]) -> zip::result::ZipResult<Vec<u8>> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    for (name, bytes) in files {
        writer.start_file(format!("{folder}/{name}"), options)?;
        writer.write_all(bytes)?;
    }
    Ok(writer.finish()?.into_inner())
}
