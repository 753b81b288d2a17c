//! The evidence files a page links to: only a path that a record of the
//! register names, inside `ho-so/`, each folder on the way a real folder
//! and the file a regular file opened without following a link; served
//! with its content type, and as a download unless a browser shows it
//! safely (documents and pictures, never html or svg, which could run).

use crate::model::evidence;
use crate::tr;
use crate::web::answer::{Answer, Failure};
use crate::web::state::Loaded;

/// The most an evidence file served may weigh: it is held in memory.
const LIMIT: u64 = 512 * 1024 * 1024;

/// The evidence file at `path` (decoded from the request's path).
pub fn serve(loaded: &Loaded, path: &str) -> Result<Answer, Failure> {
    if evidence::check_path(path).is_err()
        || path.split('/').any(|part| part == "." || part.is_empty())
    {
        return Err(Failure::bad_request(tr!("web-file-outside", path = path)));
    }
    let Some(r) = loaded
        .evidence_register(path)
        .filter(|_| path.starts_with(&format!("{}/", evidence::FOLDER)))
    else {
        return Err(Failure::not_found(tr!("web-file-unnamed", path = path)));
    };
    let root = &loaded.workspace.registers[r].root;
    // Every folder on the way a real folder, the file a regular file: no
    // link is followed, not even to look.
    if crate::fs::files::evidence(root, path).is_err() {
        return Err(Failure::forbidden(tr!("web-file-unsafe", path = path)));
    }
    // Opened without following a link in the last place either, should
    // one have been planted since; read up to the limit.
    let bytes = crate::fs::files::read_bounded(&root.join(path), LIMIT)
        .map_err(|_| Failure::forbidden(tr!("web-file-unsafe", path = path)))?;
    let name = path.rsplit('/').next().unwrap_or(path);
    let (content_type, inline) = content_type(name);
    Ok(Answer::file(content_type, name, inline, bytes))
}

/// The content type of a file by its extension, and whether a browser
/// may show it in place (what cannot run a script).
pub fn content_type(name: &str) -> (&'static str, bool) {
    let extension = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "pdf" => ("application/pdf", true),
        "png" => ("image/png", true),
        "jpg" | "jpeg" => ("image/jpeg", true),
        "gif" => ("image/gif", true),
        "webp" => ("image/webp", true),
        "txt" => ("text/plain; charset=utf-8", true),
        "mp4" => ("video/mp4", true),
        "mp3" => ("audio/mpeg", true),
        "csv" => ("text/csv; charset=utf-8", false),
        "doc" => ("application/msword", false),
        "docx" => (
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            false,
        ),
        "xls" => ("application/vnd.ms-excel", false),
        "xlsx" => (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            false,
        ),
        "odt" => ("application/vnd.oasis.opendocument.text", false),
        "ods" => ("application/vnd.oasis.opendocument.spreadsheet", false),
        "zip" => ("application/zip", false),
        // html, svg, and anything unknown: saved, never shown in place.
        _ => ("application/octet-stream", false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_could_run_is_never_shown_in_place() {
        assert_eq!(content_type("qd.PDF"), ("application/pdf", true));
        assert_eq!(content_type("x.html"), ("application/octet-stream", false));
        assert_eq!(content_type("x.svg"), ("application/octet-stream", false));
        assert_eq!(
            content_type("noextension"),
            ("application/octet-stream", false)
        );
    }
}
