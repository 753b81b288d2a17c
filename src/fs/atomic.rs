//! Writing records safely: every write goes to a hidden temporary file
//! beside the target, is flushed to disk, and is renamed into place, so a
//! crash leaves the old file or the new one, never half of either. New
//! files are created only if absent.

use std::fs;
use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

fn temporary(path: &Path, contents: &[u8]) -> Result<tempfile::NamedTempFile> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut file = tempfile::Builder::new()
        .prefix(".dvk-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| Error::io("write in", dir, e))?;
    file.write_all(contents)
        .and_then(|()| file.as_file().sync_all())
        .map_err(|e| Error::io("write", file.path().to_owned(), e))?;
    Ok(file)
}

/// Flushes a folder's entries, so that a rename in it survives a crash.
pub fn sync_dir(dir: &Path) {
    // Best effort: some file systems refuse to open a folder for syncing.
    if let Ok(handle) = fs::File::open(dir) {
        let _ = handle.sync_all();
    }
}

/// Replaces `path` with `contents` atomically.
pub fn replace(path: &Path, contents: &str) -> Result<()> {
    replace_bytes(path, contents.as_bytes())
}

/// Replaces `path` with `contents` (a workbook, say) atomically.
pub fn replace_bytes(path: &Path, contents: &[u8]) -> Result<()> {
    let file = temporary(path, contents)?;
    file.persist(path)
        .map_err(|e| Error::io("write", path, e.error))?;
    sync_dir(path.parent().unwrap_or(Path::new(".")));
    Ok(())
}

/// Creates `path` with `contents`; fails, writing nothing, if it exists.
pub fn create_new(path: &Path, contents: &str) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|e| Error::io("create", dir, e))?;
    let file = temporary(path, contents.as_bytes())?;
    file.persist_noclobber(path).map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            Error::Input(format!(
                "{} exists already; nothing was written",
                path.display()
            ))
        } else {
            Error::io("create", path, e.error)
        }
    })?;
    sync_dir(dir);
    Ok(())
}

/// Creates `path` with `contents` (an evidence file, say); fails, writing
/// nothing, if it exists. Its folder must exist.
pub fn create_new_bytes(path: &Path, contents: &[u8]) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let file = temporary(path, contents)?;
    file.persist_noclobber(path).map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            Error::Input(format!(
                "{} exists already; nothing was written",
                path.display()
            ))
        } else {
            Error::io("create", path, e.error)
        }
    })?;
    sync_dir(dir);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn create_new_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/a.toml");
        create_new(&path, "one\n").unwrap();
        let err = create_new(&path, "two\n").unwrap_err();
        assert!(err.to_string().contains("exists already"), "{err}");
        assert_eq!(fs::read_to_string(&path).unwrap(), "one\n");
        replace(&path, "three\n").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "three\n");
        let names: Vec<_> = fs::read_dir(path.parent().unwrap())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names.len(), 1, "no temporary file is left: {names:?}");
    }
}
