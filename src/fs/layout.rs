//! Where things are in a register: its file and folders, finding it from
//! a folder inside it (as git finds a repository), and how a path inside
//! it is shown.

use std::path::{Component, Path, PathBuf};

use crate::error::{Error, IoAction, Result};

/// The register's settings file; its folder is the register.
pub const FILE: &str = "dvk.toml";
/// One model a file, under folders of the writer's choosing.
pub const MODELS: &str = "models";
/// One criteria set a file.
pub const CRITERIA: &str = "criteria";
/// dvk's own folder: the lock and the cache, never part of the data.
pub const DIR: &str = ".dvk";

/// Finds the register: `start` or the nearest folder above it that holds
/// `dvk.toml`. The result is relative when `start` is. A `dvk.toml` that
/// is not a regular file is an error naming it.
pub fn discover(start: &Path) -> Result<PathBuf> {
    let absolute = if start.is_absolute() {
        start.to_owned()
    } else {
        std::env::current_dir()
            .map_err(|e| Error::io(IoAction::Read, ".", e))?
            .join(start)
    };
    let mut up = PathBuf::new();
    for dir in absolute.ancestors() {
        let file = dir.join(FILE);
        // As git stops at a broken `.git`: a `dvk.toml` that is a folder,
        // a pipe or a dangling link stops the search rather than let the
        // register above be used, and written, in its place.
        if std::fs::symlink_metadata(&file).is_ok() {
            let found = if start.is_absolute() {
                dir.to_owned()
            } else {
                clean(&start.join(&up))
            };
            if !std::fs::metadata(&file).is_ok_and(|m| m.is_file()) {
                return Err(Error::Input(crate::tr!(
                    "read-settings-not-file",
                    path = &shown(&found, Path::new(FILE))
                )));
            }
            return Ok(found);
        }
        up.push("..");
    }
    Err(Error::NotFound(start.to_owned()))
}

/// `a/./b/..` as `a`; an empty path as `.`.
fn clean(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir
                if matches!(out.components().next_back(), Some(Component::Normal(_))) =>
            {
                out.pop();
            }
            other => out.push(other),
        }
    }
    if out.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        out
    }
}

/// How a path inside the register is shown: joined to its root, without a
/// leading `./`.
pub fn shown(root: &Path, relative: &Path) -> PathBuf {
    if root == Path::new(".") {
        relative.to_owned()
    } else {
        root.join(relative)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_paths() {
        assert_eq!(clean(Path::new("a/./b/..")), PathBuf::from("a"));
        assert_eq!(clean(Path::new("./")), PathBuf::from("."));
        assert_eq!(clean(Path::new("../..")), PathBuf::from("../.."));
        assert_eq!(clean(Path::new("x/../..")), PathBuf::from(".."));
    }
}
