//! Writing an import all at once. The new files go into a hidden staging
//! folder inside `models/`, each flushed to disk, and the folder is then
//! renamed into place in one step: a process killed at any moment leaves
//! none of the new models or all of them, and never half a file.

use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::New;
use crate::error::{Error, IoAction, Result};
use crate::fs::atomic;
use crate::fs::layout::MODELS;
use crate::model::date::Date;
use crate::read::register::Register;

/// Staging folders are `models/.import-XXXX/`, each beside the file
/// `models/.import-XXXX.lock` that its import holds locked while it runs
/// (`crate::fs::sweep` removes those whose import is gone).
use crate::fs::sweep::{STAGING_LOCK_SUFFIX as LOCK_SUFFIX, STAGING_PREFIX};

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
    fs::create_dir_all(&models).map_err(|e| Error::io(IoAction::Create, &models, e))?;

    // The lock is taken before the folder exists, so that another import
    // never takes a live staging folder for a stale one. Dropping the lock
    // file deletes it.
    let lock = tempfile::Builder::new()
        .prefix(STAGING_PREFIX)
        .suffix(LOCK_SUFFIX)
        .tempfile_in(&models)
        .map_err(|e| Error::io(IoAction::WriteIn, &models, e))?;
    lock.as_file()
        .lock()
        .map_err(|e| Error::io(IoAction::Lock, lock.path(), e))?;
    let lock_name = lock
        .path()
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let staging = models.join(lock_name.strip_suffix(LOCK_SUFFIX).unwrap_or(lock_name));
    fs::create_dir(&staging).map_err(|e| Error::io(IoAction::Create, &staging, e))?;
    // Out of git while it is a staging folder, even in a register whose
    // `.gitignore` does not say so; removed before the folder is moved.
    let ignore = staging.join(".gitignore");
    atomic::create_new(&ignore, "*")?;

    let result = stage(&staging, new, &progress).and_then(|()| {
        fs::remove_file(&ignore).map_err(|e| Error::io(IoAction::Remove, &ignore, e))?;
        let base = format!("import-{today}");
        let name =
            crate::model::id::unique(&base, |n| fs::symlink_metadata(models.join(n)).is_ok());
        let target = models.join(&name);
        fs::rename(&staging, &target).map_err(|e| Error::io(IoAction::Create, &target, e))?;
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
