//! Golden files under `tests/golden`: what `tally` and `report` give for
//! the sample register, compared byte for byte (`DVK_BLESS=1` rewrites).

use std::fs;
use std::path::{Path, PathBuf};

/// The folder of golden files.
pub(crate) fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// Compares `actual` with the golden file `rel` (under tests/golden);
/// `DVK_BLESS=1` writes it instead. Returns a failure message, if any, so
/// that one run shows every difference.
pub(crate) fn golden(rel: &str, actual: &[u8]) -> Option<String> {
    let path = golden_dir().join(rel);
    if std::env::var_os("DVK_BLESS").is_some() {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, actual).unwrap();
        return None;
    }
    let expected = fs::read(&path).unwrap_or_default();
    (expected != actual).then(|| {
        format!(
            "{} differs (DVK_BLESS=1 rewrites it); got:\n{}",
            path.display(),
            String::from_utf8_lossy(actual)
        )
    })
}

#[track_caller]
pub(crate) fn no_failures(failures: &[String]) {
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
