//! Evidence files (format.md, "Evidence"): what a path in `files` may be,
//! without looking at the disk, and every path a model names. Whether the
//! file is there is `fs::files::evidence`'s to say.

use super::Model;

/// The folder evidence files are copied into, a sub-folder a year.
pub const FOLDER: &str = "ho-so";

/// Why a path written in `files` names no file of the register: found
/// without the disk (`check_path`) or on it (`fs::files::evidence`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unusable {
    Empty,
    Backslash,
    Absolute,
    Outside,
    Control,
    Missing,
    Unreadable,
    Link,
    NotAFile,
}

impl Unusable {
    /// The catalogue's name of the reason (a variant of `check-files-path`).
    fn code(self) -> &'static str {
        match self {
            Unusable::Empty => "empty",
            Unusable::Backslash => "backslash",
            Unusable::Absolute => "absolute",
            Unusable::Outside => "outside",
            Unusable::Control => "control",
            Unusable::Missing => "missing",
            Unusable::Unreadable => "unreadable",
            Unusable::Link => "link",
            Unusable::NotAFile => "not-file",
        }
    }

    /// The whole problem: "`PATH` in `files` is absolute: ...".
    pub fn in_files(self, path: &str) -> String {
        crate::tr!("check-files-path", path = path, why = self.code())
    }
}

/// The end of a sentence about the path ("is absolute: ..."), for a
/// message that names the path its own way.
impl std::fmt::Display for Unusable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::tr!("read-path-unusable", why = self.code()))
    }
}

/// Why a path written in `files` cannot name a file inside the register;
/// `Ok` when it can.
pub fn check_path(path: &str) -> Result<(), Unusable> {
    let bytes = path.as_bytes();
    if path.trim().is_empty() {
        return Err(Unusable::Empty);
    }
    if path.contains('\\') {
        return Err(Unusable::Backslash);
    }
    if path.starts_with('/')
        || (bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':')
    {
        return Err(Unusable::Absolute);
    }
    if path.split('/').any(|part| part == "..") {
        return Err(Unusable::Outside);
    }
    if path.chars().any(char::is_control) {
        return Err(Unusable::Control);
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
