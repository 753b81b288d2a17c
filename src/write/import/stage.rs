//! Writing an import all at once. The new files go into a hidden staging
//! folder inside `models/`, each flushed to disk, and the folder is then
//! renamed into place in one step: a process killed at any moment leaves
//! none of the new models or all of them, and never half a file.

use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::New;
use crate::error::{Error, Result};
use crate::fs::atomic;
use crate::fs::layout::MODELS;
use crate::model::date::Date;
use crate::read::register::Register;

/// Staging folders are `models/.import-XXXX/`, each beside the file
/// `models/.import-XXXX.lock` that its import holds locked while it runs.
/// Names starting with `.` are not records.
const STAGING_PREFIX: &str = ".import-";
const LOCK_SUFFIX: &str = ".lock";

/// Writes the new models into a new folder `models/import-<today>/`
/// (`-2`, `-3`, ... when taken), as `<year>/<id>.toml`, and returns that
/// folder relative to the register. Calls `progress` after each file
/// (from the threads that write them).
/// Existing models are never touched.
pub fn commit(
    register: &Register,
    new: &[New],
    today: Date,
    progress: impl Fn() + Sync,
) -> Result<PathBuf> {
    let models = register.root.join(MODELS);
    fs::create_dir_all(&models).map_err(|e| Error::io("create", &models, e))?;
    remove_stale(&models)?;

    // The lock is taken before the folder exists, so that another import
    // never takes a live staging folder for a stale one. Dropping the lock
    // file deletes it.
    let lock = tempfile::Builder::new()
        .prefix(STAGING_PREFIX)
        .suffix(LOCK_SUFFIX)
        .tempfile_in(&models)
        .map_err(|e| Error::io("write in", &models, e))?;
    lock.as_file()
        .lock()
        .map_err(|e| Error::io("lock", lock.path(), e))?;
    let lock_name = lock
        .path()
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let staging = models.join(lock_name.strip_suffix(LOCK_SUFFIX).unwrap_or(lock_name));
    fs::create_dir(&staging).map_err(|e| Error::io("create", &staging, e))?;

    let result = stage(&staging, new, &progress).and_then(|()| {
        let base = format!("import-{today}");
        let name =
            crate::model::id::unique(&base, |n| fs::symlink_metadata(models.join(n)).is_ok());
        let target = models.join(&name);
        fs::rename(&staging, &target).map_err(|e| Error::io("create", &target, e))?;
        atomic::sync_dir(&models);
        Ok(Path::new(MODELS).join(name))
    });
    if result.is_err() {
        let _ = fs::remove_dir_all(&staging);
    }
    drop(lock);
    result
}

/// Writes every file into the staging folder and flushes it. Files are
/// written in parallel: flushing them one after the other is what takes
/// time.
fn stage(staging: &Path, new: &[New], progress: &(impl Fn() + Sync)) -> Result<()> {
    new.par_iter().try_for_each(|model| {
        let path = model.registration.path(&model.id);
        let inside = path.strip_prefix(MODELS).unwrap_or(&path);
        atomic::create_new(&staging.join(inside), &model.registration.to_toml())?;
        progress();
        Ok::<_, Error>(())
    })?;
    atomic::sync_dir(staging);
    Ok(())
}

/// Removes the staging folders of imports that were killed: those whose
/// lock file is gone or no longer held.
fn remove_stale(models: &Path) -> Result<()> {
    let entries = fs::read_dir(models).map_err(|e| Error::io("read", models, e))?;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if !name.starts_with(STAGING_PREFIX)
            || name.ends_with(LOCK_SUFFIX)
            || !entry.file_type().is_ok_and(|t| t.is_dir())
        {
            continue;
        }
        let lock_path = models.join(format!("{name}{LOCK_SUFFIX}"));
        let lock = match fs::File::open(&lock_path) {
            Ok(file) => Some(file),
            Err(e) if e.kind() == ErrorKind::NotFound => None,
            Err(e) => return Err(Error::io("read", lock_path, e)),
        };
        if let Some(file) = &lock {
            match file.try_lock() {
                Ok(()) => {}
                Err(fs::TryLockError::WouldBlock) => continue, // An import at work.
                Err(fs::TryLockError::Error(e)) => return Err(Error::io("lock", lock_path, e)),
            }
        }
        match fs::remove_dir_all(entry.path()) {
            Err(e) if e.kind() != ErrorKind::NotFound => {
                return Err(Error::io("remove", entry.path(), e));
            }
            _ => {}
        }
        if lock.is_some() {
            let _ = fs::remove_file(&lock_path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stale_staging_folders_go_live_ones_stay() {
        let dir = tempfile::tempdir().unwrap();
        let models = dir.path();
        fs::create_dir_all(models.join(".import-dead/2019")).unwrap();
        fs::write(models.join(".import-dead/2019/a.toml"), "name = ").unwrap();
        fs::create_dir_all(models.join(".import-unlocked")).unwrap();
        fs::write(models.join(".import-unlocked.lock"), "").unwrap();
        fs::create_dir_all(models.join(".import-live")).unwrap();
        let live = fs::File::create(models.join(".import-live.lock")).unwrap();
        live.lock().unwrap();
        fs::create_dir_all(models.join("2019")).unwrap();
        remove_stale(models).unwrap();
        let mut names: Vec<String> = fs::read_dir(models)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, [".import-live", ".import-live.lock", "2019"]);
    }
}
