//! Writing records safely: every write goes to a hidden temporary file
//! beside the target, is flushed to disk, and is renamed into place, so a
//! crash leaves the old file or the new one, never half of either. New
//! files are created only if absent, with the mode the umask gives (as
//! `open(2)` with 0666 would); a file rewritten keeps its mode and, where
//! permitted, its group (as git and editors do).

use std::fs;
use std::io::Write;
use std::path::Path;

use crate::error::{Error, IoAction, Result};

/// What the name of every temporary file `dvk` writes begins with; the
/// writer's process id follows (`.dvk-<pid>-XXXXXX.tmp`), so that a sweep
/// removes only those whose writer is gone (`crate::fs::sweep`).
pub const TEMP_PREFIX: &str = ".dvk-";
/// What it ends with.
pub const TEMP_SUFFIX: &str = ".tmp";

/// A temporary file beside `path` holding `contents`, flushed; with the
/// mode of the file it replaces, if there is one (`keep`), else the mode
/// the umask gives.
fn temporary(path: &Path, contents: &[u8], keep: bool) -> Result<tempfile::NamedTempFile> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let prefix = format!("{TEMP_PREFIX}{}-", std::process::id());
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(TEMP_SUFFIX);
    // tempfile makes files 0600; 0666 goes through the umask as any new
    // file's mode does.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut file = builder
        .tempfile_in(dir)
        .map_err(|e| Error::io(IoAction::WriteIn, dir, e))?;
    if keep {
        keep_mode(path, file.as_file());
    }
    file.write_all(contents)
        .and_then(|()| file.as_file().sync_all())
        .map_err(|e| Error::io(IoAction::Write, file.path().to_owned(), e))?;
    Ok(file)
}

/// Gives `new` the permissions and group of the regular file at `path`,
/// where permitted: a model of a group-shared register stays readable by
/// the group. Best effort: a file system without modes keeps its own.
fn keep_mode(path: &Path, new: &fs::File) {
    let Ok(old) = fs::symlink_metadata(path) else {
        return;
    };
    if !old.is_file() {
        return;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        // The group first: changing it may clear the set-group-id bit.
        let same_group = new.metadata().is_ok_and(|m| m.gid() == old.gid())
            || std::os::unix::fs::fchown(new, None, Some(old.gid())).is_ok();
        let mode = kept_mode(old.mode(), same_group);
        let _ = new.set_permissions(fs::Permissions::from_mode(mode));
    }
    #[cfg(not(unix))]
    let _ = new.set_permissions(old.permissions());
}

/// The mode a rewrite gives a file that had `mode`: the same, but when its
/// group could not be kept, what it allowed its group must not pass to
/// another one: the group gets what others had (as vim does).
#[cfg(unix)]
fn kept_mode(mode: u32, same_group: bool) -> u32 {
    let mode = mode & 0o7777;
    if same_group {
        mode
    } else {
        (mode & !0o070) | ((mode & 0o007) << 3)
    }
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
    let file = temporary(path, contents, true)?;
    file.persist(path)
        .map_err(|e| Error::io(IoAction::Write, path, e.error))?;
    sync_dir(path.parent().unwrap_or(Path::new(".")));
    Ok(())
}

/// Creates `path` (and its folder) with `contents`; fails, writing
/// nothing, if it exists.
pub fn create_new(path: &Path, contents: &str) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|e| Error::io(IoAction::Create, dir, e))?;
    create_new_bytes(path, contents.as_bytes())
}

/// Creates `path` with `contents` (an evidence file, say); fails, writing
/// nothing, if it exists. Its folder must exist.
pub fn create_new_bytes(path: &Path, contents: &[u8]) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let file = temporary(path, contents, false)?;
    file.persist_noclobber(path).map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            Error::Input(crate::tr!("read-exists", path = path))
        } else {
            Error::io(IoAction::Create, path, e.error)
        }
    })?;
    sync_dir(dir);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_rewrite_keeps_the_mode_but_not_for_another_group() {
        assert_eq!(kept_mode(0o100_664, true), 0o664);
        assert_eq!(kept_mode(0o100_444, true), 0o444);
        assert_eq!(kept_mode(0o100_664, false), 0o644);
        assert_eq!(kept_mode(0o100_640, false), 0o600);
    }

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
