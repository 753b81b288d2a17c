//! `--file PATH`: evidence copied into the register's `ho-so/<year>/` and
//! named by the event or assessment recorded with it. Copying and
//! appending are one change: each file is streamed to a temporary name
//! (`.dvk-<pid>-ev.<name>.tmp`) beside its place, the records are written,
//! and only then are the copies renamed into place. A writer killed before
//! the records are written leaves temporary files only, which the next
//! writer removes; one killed after leaves records naming files still
//! under their temporary names, which the next writer renames into place
//! (`fs::sweep`). Either way no copy is left that nothing names.

use std::fs::{self, File};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, IoAction, Result};
use crate::fs::atomic::{TEMP_PREFIX, TEMP_SUFFIX, sync_dir};
use crate::fs::sweep::EVIDENCE_MARK;
use crate::model::evidence::FOLDER;
use crate::tr;

/// The largest file `--file` copies: a scanned dossier is a few MiB; a
/// video is not evidence a register keeps.
pub const MAX_SIZE: u64 = 50 * 1024 * 1024;

/// One `--file`, planned: the path recorded, and where its bytes come from
/// when they are to be copied (`None`: the file is in the register
/// already).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    /// Relative to the register, with `/`, in NFC.
    pub rel: String,
    source: Option<PathBuf>,
}

/// Plans the files given with `--file` for a record dated in `year`:
/// a file under the register's `ho-so/` is named where it is; any other
/// is to be copied to `ho-so/<year>/<its name>`, unless the same bytes
/// are there already. Fails, copying nothing, on a file that is not a
/// regular file (or is a link), is over `MAX_SIZE`, or whose name is
/// taken in `ho-so/<year>/` by other bytes.
pub fn plan(root: &Path, year: i32, paths: &[PathBuf]) -> Result<Vec<Evidence>> {
    let mut out: Vec<Evidence> = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        match plan_one(root, year, path) {
            Ok(evidence) => {
                let Some(other) = out.iter().find(|e| e.rel == evidence.rel) else {
                    out.push(evidence);
                    continue;
                };
                let from = |e: &Evidence| e.source.clone().unwrap_or_else(|| root.join(&e.rel));
                let (first, second) = (from(other), from(&evidence));
                if !same_bytes(&first, &second).unwrap_or(false) {
                    problems.push(tr!(
                        "write-evidence-same-name",
                        first = &first,
                        second = &second,
                        rel = evidence.rel.as_str()
                    ));
                }
            }
            Err(message) => problems.push(message),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(Error::Input(tr!(
            "write-nothing-written",
            problems = problems.join("\n")
        )))
    }
}

fn plan_one(root: &Path, year: i32, path: &Path) -> std::result::Result<Evidence, String> {
    let shown = path.display();
    let (_, meta) = crate::fs::files::open_regular(path, fs::OpenOptions::new().read(true))
        .map_err(|e| {
            tr!(
                "write-evidence-not-plain",
                file = path,
                cause = crate::error::os_error(&e)
            )
        })?;
    if meta.len() > MAX_SIZE {
        return Err(tr!(
            "write-evidence-too-big",
            file = path,
            bytes = meta.len()
        ));
    }
    if let Some(rel) = inside(root, path) {
        return Ok(Evidence { rel, source: None });
    }
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| tr!("write-evidence-name-not-utf8", file = path))?;
    let name = crate::text::nfc(name).into_owned();
    let rel = format!("{FOLDER}/{year}/{name}");
    if let Err(why) = crate::model::evidence::check_path(&rel) {
        return Err(format!("{shown}: `{rel}` {why}"));
    }
    // The folders the copy goes into must be the register's own: a link
    // there would make dvk write elsewhere.
    for folder in [FOLDER.to_owned(), format!("{FOLDER}/{year}")] {
        match fs::symlink_metadata(root.join(&folder)) {
            Ok(meta) if meta.file_type().is_symlink() => {
                return Err(tr!("write-evidence-folder-link", folder = folder.as_str()));
            }
            Ok(meta) if !meta.is_dir() => {
                return Err(tr!("write-evidence-not-a-folder", folder = folder.as_str()));
            }
            _ => {}
        }
    }
    let target = root.join(&rel);
    match fs::symlink_metadata(&target) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(format!("{}: {e}", target.display())),
        Ok(there) if !there.is_file() => {
            return Err(tr!("write-evidence-target-not-plain", rel = rel.as_str()));
        }
        Ok(_) => {
            let same = same_bytes(path, &target).map_err(|e| format!("{rel}: {e}"))?;
            if !same {
                return Err(tr!(
                    "write-evidence-differs",
                    file = path,
                    rel = rel.as_str()
                ));
            }
            return Ok(Evidence { rel, source: None });
        }
    }
    Ok(Evidence {
        rel,
        source: Some(path.to_owned()),
    })
}

/// The path of `path` relative to the register, when it is a file of its
/// `ho-so/` (given as such: no `..`, no link resolved).
fn inside(root: &Path, path: &Path) -> Option<String> {
    let root = std::path::absolute(root).ok()?;
    let path = std::path::absolute(path).ok()?;
    let rel = path.strip_prefix(&root).ok()?;
    let rel = rel.to_str()?.replace('\\', "/");
    let rel = rel.trim_start_matches("./").to_owned();
    let under = rel.starts_with(&format!("{FOLDER}/"));
    (under && crate::model::evidence::check_path(&rel).is_ok() && !rel.contains("/./"))
        .then(|| crate::text::nfc(&rel).into_owned())
}

/// Whether two files hold the same bytes, read a block at a time.
fn same_bytes(first: &Path, second: &Path) -> std::io::Result<bool> {
    let open =
        |path: &Path| crate::fs::files::open_regular(path, fs::OpenOptions::new().read(true));
    let (mut one, one_meta) = open(first)?;
    let (mut other, other_meta) = open(second)?;
    if one_meta.len() != other_meta.len() {
        return Ok(false);
    }
    let (mut block, mut other_block) = (vec![0; 64 * 1024], vec![0; 64 * 1024]);
    loop {
        let n = read_full(&mut one, &mut block)?;
        let m = read_full(&mut other, &mut other_block)?;
        if n != m || block[..n] != other_block[..m] {
            return Ok(false);
        }
        if n == 0 {
            return Ok(true);
        }
    }
}

/// Fills `buf` as far as the file goes.
fn read_full(file: &mut File, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match file.read(&mut buf[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    Ok(filled)
}

/// Copies waiting under their temporary names for the records that name
/// them. Dropped without `finish`, they are removed.
#[derive(Debug, Default)]
pub struct Staged {
    /// (temporary, final) paths.
    copies: Vec<(PathBuf, PathBuf)>,
}

/// Streams each file to be copied to its temporary name beside its place.
pub fn stage(root: &Path, evidence: &[Evidence]) -> Result<Staged> {
    let mut staged = Staged::default();
    for e in evidence {
        let Some(source) = &e.source else {
            continue;
        };
        let target = root.join(&e.rel);
        let dir = target.parent().unwrap_or(root).to_owned();
        fs::create_dir_all(&dir).map_err(|e| Error::io(IoAction::Create, &dir, e))?;
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let temp = dir.join(format!(
            "{TEMP_PREFIX}{}-{EVIDENCE_MARK}{name}{TEMP_SUFFIX}",
            std::process::id()
        ));
        copy(source, &temp).inspect_err(|_| {
            let _ = fs::remove_file(&temp);
        })?;
        staged.copies.push((temp, target));
    }
    Ok(staged)
}

/// Streams `source` to a new file `temp`, never more than `MAX_SIZE`.
fn copy(source: &Path, temp: &Path) -> Result<()> {
    let (file, _) = crate::fs::files::open_regular(source, fs::OpenOptions::new().read(true))
        .map_err(|e| Error::io(IoAction::Read, source, e))?;
    let mut out = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(temp)
        .map_err(|e| Error::io(IoAction::Create, temp, e))?;
    let copied = std::io::copy(&mut file.take(MAX_SIZE + 1), &mut out)
        .map_err(|e| Error::io(IoAction::Copy, source, e))?;
    if copied > MAX_SIZE {
        return Err(Error::Input(tr!("write-evidence-grew", file = source)));
    }
    out.flush()
        .and_then(|()| out.sync_all())
        .map_err(|e| Error::io(IoAction::Write, temp, e))
}

impl Staged {
    /// Renames every copy into place: called once the records naming them
    /// are written.
    pub fn finish(mut self) -> Result<()> {
        for (temp, target) in std::mem::take(&mut self.copies) {
            fs::rename(&temp, &target).map_err(|e| Error::io(IoAction::Write, &target, e))?;
            sync_dir(target.parent().unwrap_or(Path::new(".")));
        }
        Ok(())
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        for (temp, _) in &self.copies {
            let _ = fs::remove_file(temp);
        }
    }
}

/// Where a test makes `dvk` stop as if killed: `DVK_CRASH_AT` names the
/// point. Never set by users; the only way to test a crash between two
/// writes at the one moment it matters.
pub fn crash_point(name: &str) {
    if std::env::var_os("DVK_CRASH_AT").is_some_and(|at| at == name) {
        std::process::abort();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_bytes_compares_whole_files() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b, c) = (
            dir.path().join("a"),
            dir.path().join("b"),
            dir.path().join("c"),
        );
        let big: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        fs::write(&a, &big).unwrap();
        fs::write(&b, &big).unwrap();
        let mut other = big.clone();
        other[150_000] ^= 1;
        fs::write(&c, &other).unwrap();
        assert!(same_bytes(&a, &b).unwrap());
        assert!(!same_bytes(&a, &c).unwrap());
    }

    #[test]
    fn a_file_is_planned_under_its_year_reused_or_refused() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("r");
        fs::create_dir_all(root.join("ho-so/2024")).unwrap();
        let source = dir.path().join("quyết định.pdf");
        fs::write(&source, "A").unwrap();
        let planned = plan(&root, 2024, std::slice::from_ref(&source)).unwrap();
        assert_eq!(planned[0].rel, "ho-so/2024/quyết định.pdf");
        assert!(planned[0].source.is_some());
        fs::write(root.join("ho-so/2024/quyết định.pdf"), "A").unwrap();
        let planned = plan(&root, 2024, std::slice::from_ref(&source)).unwrap();
        assert_eq!(planned[0].source, None);
        fs::write(root.join("ho-so/2024/quyết định.pdf"), "B").unwrap();
        assert!(plan(&root, 2024, &[source]).is_err());
    }
}
