//! Evidence files (format.md, "Evidence"): what a path in `files` may be,
//! without looking at the disk, and every path a model names. Whether the
//! file is there is `fs::files::evidence`'s to say.

use super::Model;

/// The folder evidence files are copied into, a sub-folder a year.
pub const FOLDER: &str = "ho-so";

/// Why a path written in `files` cannot name a file inside the register,
/// as the end of a sentence ("`x` in `files` is absolute..."); `Ok` when
/// it can.
pub fn check_path(path: &str) -> Result<(), &'static str> {
    let bytes = path.as_bytes();
    if path.trim().is_empty() {
        return Err("is empty");
    }
    if path.contains('\\') {
        return Err("has a `\\`: paths are written with `/`");
    }
    if path.starts_with('/')
        || (bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':')
    {
        return Err("is absolute: paths are relative to the register's folder");
    }
    if path.split('/').any(|part| part == "..") {
        return Err("has `..`: evidence is inside the register");
    }
    if path.chars().any(char::is_control) {
        return Err("has a control character");
    }
    Ok(())
}

/// Every path a model names: its own `files`, then each assessment's, then
/// each event's, in file order.
pub fn all(model: &Model) -> impl Iterator<Item = &str> {
    model
        .files
        .iter()
        .chain(model.assessments.iter().flat_map(|a| &a.files))
        .chain(model.events.iter().flat_map(|e| &e.files))
        .map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_inside_the_register_pass() {
        assert_eq!(check_path("ho-so/2019/123-qd-hu.pdf"), Ok(()));
        assert_eq!(check_path("ho-so/2019/biên bản.pdf"), Ok(()));
        assert_eq!(check_path("a..b.pdf"), Ok(()));
    }

    #[test]
    fn paths_that_leave_it_are_refused() {
        for path in [
            "/etc/passwd",
            "C:/x.pdf",
            "../x.pdf",
            "ho-so/../../x.pdf",
            "ho-so\\x.pdf",
            "",
            " ",
            "ho-so/a\nb",
        ] {
            assert!(check_path(path).is_err(), "{path:?}");
        }
    }
}
