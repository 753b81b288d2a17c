//! A register's files on disk: finding its record files (in parallel,
//! never through a link) and reading one as text safely: not through a
//! link, not from a pipe, not over 1 MiB, UTF-8 with or without a BOM,
//! with the stamp the cache compares.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use rayon::prelude::*;

use crate::fs::layout::shown;
use crate::model::evidence::Unusable;
use crate::problem::{Location, Problem};
use crate::tr;
use serde::{Deserialize, Serialize};

/// Files above this size are not read: no record is that large.
pub const MAX_FILE_SIZE: u64 = 1024 * 1024;

/// Why a file could not be read as text: where in it, if anywhere, and
/// what is wrong.
pub type Unreadable = (Option<Location>, String);

/// A file's text: without a BOM, checked to be UTF-8 and not too large.
pub fn read_text(path: &Path) -> std::result::Result<String, Unreadable> {
    read_stamped(path).map(|(text, _)| text)
}

/// A file's text, with the stamp the file had when it was opened: a stamp
/// taken before reading can only make a later run read the file again,
/// never trust an old reading of it.
///
/// A symbolic link is refused by the open itself (`O_NOFOLLOW`), and the
/// size and stamp come from the open file, so a file costs one lookup of
/// its path, not two.
pub fn read_stamped(path: &Path) -> std::result::Result<(String, Stamp), Unreadable> {
    let cannot = |e: std::io::Error| {
        (
            None,
            tr!("check-cannot-read", cause = crate::error::os_error(&e)),
        )
    };
    let mut file = open_no_follow(path).map_err(|e| {
        if is_link(path) {
            (None, tr!("check-symlink"))
        } else {
            cannot(e)
        }
    })?;
    let meta = file.metadata().map_err(cannot)?;
    if !meta.is_file() {
        return Err((None, tr!("check-not-regular-file")));
    }
    if meta.len() > MAX_FILE_SIZE {
        return Err((
            None,
            tr!("check-file-too-large", bytes = meta.len().to_string()),
        ));
    }
    let stamp = Stamp::of(&meta);
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0) + 1);
    // Never more than the limit, even from a file that grows while read.
    std::io::Read::read_to_end(
        &mut std::io::Read::take(&mut file, MAX_FILE_SIZE + 1),
        &mut bytes,
    )
    .map_err(cannot)?;
    if bytes.len() as u64 > MAX_FILE_SIZE {
        return Err((None, tr!("check-file-grew")));
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    // Taken as it is, without a copy: most files are read only to be parsed.
    match String::from_utf8(bytes) {
        Ok(text) => Ok((text, stamp)),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let good = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
            Err((Some(Location::of(&good, good.len())), tr!("check-not-utf8")))
        }
    }
}

/// Opens a file for reading; a symbolic link in the last place fails, and
/// a pipe does not make it wait.
fn open_no_follow(path: &Path) -> std::io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    open_safely(path, &mut options)
}

/// Opens a file with `options`, never through a symbolic link in the last
/// place and never waiting: a named pipe or a device opens at once (or
/// fails) instead of blocking.
pub fn open_safely(path: &Path, options: &mut fs::OpenOptions) -> std::io::Result<fs::File> {
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(options, libc::O_NOFOLLOW | libc::O_NONBLOCK);
    #[cfg(not(unix))]
    if is_link(path) {
        return Err(std::io::Error::other(tr!("read-io-link")));
    }
    options.open(path)
}

/// Opens a regular file with `options`, as `open_safely` does, and
/// returns it with its metadata (taken from the open file); anything else
/// (a link, a folder, a pipe, a device) is an error that says what it is.
/// What `dvk` keeps in `.dvk/` is opened this way: a register from
/// elsewhere may hold anything there.
pub fn open_regular(
    path: &Path,
    options: &mut fs::OpenOptions,
) -> std::io::Result<(fs::File, fs::Metadata)> {
    if let Ok(meta) = fs::symlink_metadata(path)
        && !meta.is_file()
    {
        return Err(not_regular(&meta));
    }
    let file = open_safely(path, options)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(not_regular(&meta));
    }
    Ok((file, meta))
}

fn not_regular(meta: &fs::Metadata) -> std::io::Error {
    let what = if meta.is_dir() {
        tr!("read-io-folder")
    } else if meta.file_type().is_symlink() {
        tr!("read-io-link")
    } else {
        tr!("read-io-not-regular")
    };
    std::io::Error::new(std::io::ErrorKind::InvalidInput, what)
}

/// Reads a regular file whole, refusing one over `limit` bytes before
/// reading it (and never reading more, should it grow): for the files of
/// `.dvk/`, which a register from elsewhere may make anything.
pub fn read_bounded(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    let (file, meta) = open_regular(path, fs::OpenOptions::new().read(true))?;
    if meta.len() > limit {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            tr!(
                "read-over-limit",
                bytes = meta.len().to_string(),
                limit = limit.to_string()
            ),
        ));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    std::io::Read::read_to_end(&mut std::io::Read::take(file, limit + 1), &mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            tr!("read-grew-over-limit", limit = limit.to_string()),
        ));
    }
    Ok(bytes)
}

/// Whether `path` is a symbolic link. `dvk` follows none inside a
/// register: a register from elsewhere could point it at any file.
pub fn is_link(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// The record files under `dir` (relative to `root`), sorted: `.toml`
/// files at any depth, skipping names that start with `.` or `_`.
pub fn record_files(root: &Path, dir: &str, problems: &mut Vec<Problem>) -> Vec<PathBuf> {
    walk(root, dir, false, problems)
        .into_iter()
        .map(|(path, _)| path)
        .collect()
}

/// The record files under `dir`, sorted, each with its stamp when
/// `stamped`: taken through its folder, which costs far less than a
/// lookup of its whole path. Folders are read in parallel.
pub(crate) fn walk(
    root: &Path,
    dir: &str,
    stamped: bool,
    problems: &mut Vec<Problem>,
) -> Vec<(PathBuf, Option<Stamp>)> {
    if is_link(&root.join(dir)) {
        problems.push(Problem::error(
            &shown(root, Path::new(dir)),
            None,
            tr!("check-symlink"),
        ));
        return Vec::new();
    }
    let (mut out, mut found) = walk_folder(root, Path::new(dir), stamped, true);
    // Byte order: deterministic, and much cheaper than comparing paths
    // component by component. On every core: nothing is read until the
    // files are in order.
    out.par_sort_unstable_by(|a, b| a.0.as_os_str().cmp(b.0.as_os_str()));
    found.sort_by(|a, b| a.path.as_os_str().cmp(b.path.as_os_str()));
    problems.extend(found);
    out
}

type Walked = (Vec<(PathBuf, Option<Stamp>)>, Vec<Problem>);

fn walk_folder(root: &Path, rel: &Path, stamped: bool, top: bool) -> Walked {
    let mut problems = Vec::new();
    let entries = match fs::read_dir(root.join(rel)) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && top => {
            return (Vec::new(), problems);
        }
        Err(e) => {
            let message = tr!(
                "check-cannot-read-folder",
                cause = crate::error::os_error(&e)
            );
            problems.push(Problem::error(&shown(root, rel), None, message));
            return (Vec::new(), problems);
        }
    };
    let mut files = Vec::new();
    let mut folders = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            problems.push(Problem::error(
                &shown(root, &rel.join(&name)),
                None,
                tr!("check-name-not-utf8"),
            ));
            continue;
        };
        if name.starts_with('.') || name.starts_with('_') {
            continue;
        }
        let path = rel.join(name);
        match entry.file_type() {
            Ok(t) if t.is_dir() => folders.push(path),
            Ok(t) if t.is_symlink() => {
                problems.push(Problem::error(
                    &shown(root, &path),
                    None,
                    tr!("check-symlink"),
                ));
            }
            Ok(_) if path.extension().is_some_and(|e| e == "toml") => files.push((path, entry)),
            Ok(_) => {}
            Err(e) => problems.push(Problem::error(
                &shown(root, &path),
                None,
                tr!("check-cannot-read", cause = crate::error::os_error(&e)),
            )),
        }
    }
    let mut out: Vec<(PathBuf, Option<Stamp>)> = files
        .into_par_iter()
        .map(|(path, entry)| {
            let stamp = stamped
                .then(|| entry.metadata().ok().map(|m| Stamp::of(&m)))
                .flatten();
            (path, stamp)
        })
        .collect();
    let nested: Vec<Walked> = folders
        .into_par_iter()
        .map(|folder| walk_folder(root, &folder, stamped, false))
        .collect();
    for (files, found) in nested {
        out.extend(files);
        problems.extend(found);
    }
    (out, problems)
}

/// What identifies a file's version without reading it: as git's index
/// does, the status change time too, so that an edit of the same size
/// whose modification time was put back is still seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    pub size: u64,
    pub modified_ns: u128,
    /// The last change of the file's contents or metadata (`st_ctime`),
    /// which no user can set back; 0 where the system has none.
    pub changed_ns: u128,
    pub inode: u64,
}

impl Stamp {
    pub fn of(meta: &fs::Metadata) -> Self {
        #[cfg(unix)]
        let (inode, changed_ns) = {
            use std::os::unix::fs::MetadataExt;
            let changed = u128::try_from(meta.ctime()).unwrap_or(0) * 1_000_000_000
                + u128::try_from(meta.ctime_nsec()).unwrap_or(0);
            (meta.ino(), changed)
        };
        #[cfg(not(unix))]
        let (inode, changed_ns) = (0, 0);
        Self {
            size: meta.len(),
            modified_ns: meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos()),
            changed_ns,
            inode,
        }
    }

    /// The later of the two times: when the file last changed in any way.
    pub fn latest_ns(&self) -> u128 {
        self.modified_ns.max(self.changed_ns)
    }
}

/// Whether an evidence path (already known to be relative and free of
/// `..`, `model::evidence::check_path`) names a regular file of the
/// register, every folder on the way a real folder: `Err` says why not.
/// Links are never followed, not even
/// to look (threat-model.md).
pub fn evidence(root: &Path, rel: &str) -> std::result::Result<(), Unusable> {
    let mut path = root.to_path_buf();
    let parts: Vec<&str> = rel
        .split('/')
        .filter(|p| !p.is_empty() && *p != ".")
        .collect();
    for (i, part) in parts.iter().enumerate() {
        path.push(part);
        let meta = match fs::symlink_metadata(&path) {
            Ok(meta) => meta,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(Unusable::Missing),
            Err(_) => return Err(Unusable::Unreadable),
        };
        if meta.file_type().is_symlink() {
            return Err(Unusable::Link);
        }
        let last = i + 1 == parts.len();
        if last && !meta.is_file() {
            return Err(Unusable::NotAFile);
        }
        if !last && !meta.is_dir() {
            return Err(Unusable::Missing);
        }
    }
    if parts.is_empty() {
        return Err(Unusable::Missing);
    }
    Ok(())
}
