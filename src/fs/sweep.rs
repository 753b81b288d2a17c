//! What a killed writer leaves behind, and removing it: temporary files
//! (`.dvk-<pid>-XXXXXX.tmp` beside records) and the staging folders of
//! imports (`models/.import-XXXXXX/`, each beside the lock file its import
//! holds while it runs). Only what no living writer uses is removed: a
//! temporary file whose process is gone and that is older than the lock
//! of the writer sweeping, a staging folder whose lock file is not held.

use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::fs::atomic::{TEMP_PREFIX, TEMP_SUFFIX};
use crate::fs::layout::{CRITERIA, MODELS};

/// Staging folders are `models/.import-XXXXXX/`; names starting with `.`
/// are not records.
pub const STAGING_PREFIX: &str = ".import-";
/// The lock file of a staging folder is its name with this suffix.
pub const STAGING_LOCK_SUFFIX: &str = ".lock";
/// What comes between the writer's process id and a file's own name in
/// the name of an evidence copy waiting for its record
/// (`.dvk-<pid>-ev.<name>.tmp`, `write::evidence`).
pub const EVIDENCE_MARK: &str = "ev.";
/// Where evidence is kept (`model::evidence::FOLDER`, which this layer
/// cannot name).
const EVIDENCE: &str = "ho-so";

/// Removes, under `models/` and `criteria/`, the temporary files of
/// writers that are gone, and the staging folders of imports that are
/// gone. Called with the register's lock held, which every writer holds
/// while it writes: a file made after `since` (when the lock was taken)
/// belongs to a writer that does not take the lock, and stays. Best
/// effort: what cannot be removed is left for the next writer.
pub fn clear_stale(root: &Path, since: SystemTime) {
    let models = root.join(MODELS);
    for folder in stale_staging(&models) {
        remove_staging(&models, &folder);
    }
    for temp in stale_temporaries(vec![models, root.join(CRITERIA)], since) {
        let _ = fs::remove_file(temp);
    }
    clear_stale_evidence(root, since);
}

/// Under `ho-so/`: a stale copy that a record names (its writer was
/// killed after writing the record, before renaming the copy) is renamed
/// into place, so that copying and recording stay one change; any other
/// stale temporary file is removed.
fn clear_stale_evidence(root: &Path, since: SystemTime) {
    let mut named: Option<String> = None;
    for temp in stale_temporaries(vec![root.join(EVIDENCE)], since) {
        let name = temp
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let dir = temp.parent().unwrap_or(root);
        let target = evidence_target(&name).map(|n| dir.join(n));
        let rel = target.as_ref().and_then(|t| {
            let rel = t.strip_prefix(root).ok()?.to_str()?.replace('\\', "/");
            Some(format!("\"{rel}\""))
        });
        let keep = match (&target, &rel) {
            (Some(target), Some(rel)) if fs::symlink_metadata(target).is_err() => named
                .get_or_insert_with(|| model_texts(root))
                .contains(rel.as_str()),
            _ => false,
        };
        match target.filter(|_| keep) {
            Some(target) => {
                let _ = fs::rename(&temp, target);
            }
            None => {
                let _ = fs::remove_file(&temp);
            }
        }
    }
}

/// The temporary files under these folders (never through a link, not in
/// hidden folders) older than `since` whose writer is gone.
fn stale_temporaries(mut stack: Vec<PathBuf>, since: SystemTime) -> Vec<PathBuf> {
    let mut stale = Vec::new();
    while let Some(dir) = stack.pop() {
        if crate::fs::files::is_link(&dir) {
            continue;
        }
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            match entry.file_type() {
                Ok(t) if t.is_dir() && !name.starts_with('.') => stack.push(entry.path()),
                Ok(t) if t.is_file() && is_temporary(&name) => {
                    let old = entry
                        .metadata()
                        .and_then(|m| m.modified())
                        .is_ok_and(|t| t < since);
                    if old && !writer_alive(&name) {
                        stale.push(entry.path());
                    }
                }
                _ => {}
            }
        }
    }
    stale
}

/// The name an evidence copy waits to take.
fn evidence_target(temp: &str) -> Option<&str> {
    let rest = temp.strip_prefix(TEMP_PREFIX)?.strip_suffix(TEMP_SUFFIX)?;
    let (_, rest) = rest.split_once('-')?;
    rest.strip_prefix(EVIDENCE_MARK).filter(|n| !n.is_empty())
}

/// The text of every model file, joined: what the sweep looks for the
/// name of a copy in. Read only when a stale copy is found, which is rare.
fn model_texts(root: &Path) -> String {
    let mut out = String::new();
    for rel in crate::fs::files::record_files(root, MODELS, &mut Vec::new()) {
        if let Ok(text) = crate::fs::files::read_text(&root.join(rel)) {
            out.push_str(&text);
            out.push('\n');
        }
    }
    out
}

/// Whether a file name is one of `dvk`'s temporary files.
pub fn is_temporary(name: &str) -> bool {
    name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)
}

/// Whether the process named in a temporary file's name still runs. A
/// name without a process id (written by an older `dvk`) has no writer
/// to wait for.
fn writer_alive(name: &str) -> bool {
    let Some(pid) = name
        .strip_prefix(TEMP_PREFIX)
        .and_then(|rest| rest.split_once('-'))
        .and_then(|(pid, _)| pid.parse::<u32>().ok())
    else {
        return false;
    };
    if pid == std::process::id() {
        return true;
    }
    alive(pid)
}

#[cfg(unix)]
fn alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    if pid <= 0 {
        return false;
    }
    // Signal 0 sends nothing: it asks whether the process exists.
    // SAFETY: `kill` with signal 0 only checks for the process.
    let found = unsafe { libc::kill(pid, 0) } == 0;
    found || std::io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

#[cfg(not(unix))]
fn alive(_pid: u32) -> bool {
    // No way to ask: keep the file, as a writer may be at work.
    true
}

/// The staging folders under `models` whose import is gone: their lock
/// file is missing or not held. In name order.
pub fn stale_staging(models: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(models) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if !name.starts_with(STAGING_PREFIX)
            || name.ends_with(STAGING_LOCK_SUFFIX)
            || !entry.file_type().is_ok_and(|t| t.is_dir())
        {
            continue;
        }
        let lock_path = models.join(format!("{name}{STAGING_LOCK_SUFFIX}"));
        let held =
            match crate::fs::files::open_regular(&lock_path, fs::OpenOptions::new().read(true)) {
                Ok((file, _)) => matches!(file.try_lock(), Err(fs::TryLockError::WouldBlock)),
                Err(e) if e.kind() == ErrorKind::NotFound => false,
                // Something odd stands there: leave the folder to the user.
                Err(_) => true,
            };
        if !held {
            out.push(PathBuf::from(name));
        }
    }
    out.sort();
    out
}

/// Removes a staging folder (its links are removed, never followed) and
/// its lock file.
fn remove_staging(models: &Path, folder: &Path) {
    let path = models.join(folder);
    if fs::remove_dir_all(&path).is_ok() {
        let mut lock = folder.as_os_str().to_owned();
        lock.push(STAGING_LOCK_SUFFIX);
        let _ = fs::remove_file(models.join(lock));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stale_staging_folders_go_live_ones_stay() {
        let dir = tempfile::tempdir().unwrap();
        let models = dir.path().join(MODELS);
        fs::create_dir_all(models.join(".import-dead/2019")).unwrap();
        fs::write(models.join(".import-dead/2019/a.toml"), "name = ").unwrap();
        fs::create_dir_all(models.join(".import-unlocked")).unwrap();
        fs::write(models.join(".import-unlocked.lock"), "").unwrap();
        fs::create_dir_all(models.join(".import-live")).unwrap();
        let live = fs::File::create(models.join(".import-live.lock")).unwrap();
        live.lock().unwrap();
        fs::create_dir_all(models.join("2019")).unwrap();
        assert_eq!(
            stale_staging(&models),
            [
                PathBuf::from(".import-dead"),
                PathBuf::from(".import-unlocked")
            ]
        );
        clear_stale(dir.path(), SystemTime::now());
        let mut names: Vec<String> = fs::read_dir(&models)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, [".import-live", ".import-live.lock", "2019"]);
    }

    #[test]
    fn only_the_temporary_files_of_writers_gone_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("models/2019");
        fs::create_dir_all(&folder).unwrap();
        let ours = format!(".dvk-{}-abc.tmp", std::process::id());
        // No process has id 2^22 + 1 on Linux (pid_max is at most 2^22).
        for name in [
            ".dvk-abc.tmp",
            ".dvk-4194305-abc.tmp",
            ours.as_str(),
            ".dvk-1-abc.tmp",
        ] {
            fs::write(folder.join(name), "half").unwrap();
        }
        let before = SystemTime::now() - std::time::Duration::from_secs(60);
        clear_stale(dir.path(), before);
        assert_eq!(
            fs::read_dir(&folder).unwrap().count(),
            4,
            "all newer than the lock"
        );
        clear_stale(
            dir.path(),
            SystemTime::now() + std::time::Duration::from_secs(1),
        );
        let mut left: Vec<String> = fs::read_dir(&folder)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        // Process 1 (init) always runs; this process runs.
        let mut expected = vec![".dvk-1-abc.tmp".to_owned(), ours];
        expected.sort();
        assert_eq!(left, expected);
    }

    #[test]
    fn a_stale_evidence_copy_goes_in_place_only_when_a_model_names_it() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("ho-so/2024");
        fs::create_dir_all(&folder).unwrap();
        fs::create_dir_all(dir.path().join("models/2019")).unwrap();
        fs::write(
            dir.path().join("models/2019/a.toml"),
            "files = [\"ho-so/2024/quyết định.pdf\"]\n",
        )
        .unwrap();
        // Writers gone (no process has id 2^22 + 1): one copy a model
        // names, one it does not, one whose name is taken meanwhile.
        for name in ["quyết định.pdf", "khác.pdf", "có rồi.pdf"] {
            fs::write(folder.join(format!(".dvk-4194305-ev.{name}.tmp")), name).unwrap();
        }
        fs::write(folder.join("có rồi.pdf"), "the user's").unwrap();
        clear_stale(
            dir.path(),
            SystemTime::now() + std::time::Duration::from_secs(1),
        );
        let mut left: Vec<String> = fs::read_dir(&folder)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(left, ["có rồi.pdf", "quyết định.pdf"]);
        assert_eq!(
            fs::read_to_string(folder.join("có rồi.pdf")).unwrap(),
            "the user's"
        );
        assert_eq!(evidence_target(".dvk-12-ev.a.pdf.tmp"), Some("a.pdf"));
        assert_eq!(evidence_target(".dvk-12-abc.tmp"), None);
    }
}
