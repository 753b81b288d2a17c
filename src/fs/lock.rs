//! The register's write lock: commands that change files hold an advisory
//! lock on `.dvk/lock` while they read, decide and write, so that two `dvk`
//! processes never pick the same id or lose each other's events. Every
//! command that writes a file of the register takes it (`fmt` included).
//! Taking it also clears what a killed writer left behind (`sweep`).

use std::fs::{self, File, OpenOptions};
use std::path::Path;
use std::time::{Duration, Instant, SystemTime};

use crate::error::{Error, IoAction, Result};
use crate::fs::layout::DIR;

/// How long a writer waits for another one to finish.
pub const WAIT: Duration = Duration::from_secs(10);

/// Held while a command writes; released when dropped (or when the process
/// dies, by the operating system).
#[derive(Debug)]
pub struct Lock {
    _file: File,
}

impl Lock {
    /// Takes the lock of the register at `root`, waiting up to `WAIT`.
    /// The locks of several registers, taken in turn; none is held if one
    /// cannot be taken.
    pub fn take_all<'a>(roots: impl IntoIterator<Item = &'a Path>) -> Result<Vec<Self>> {
        roots.into_iter().map(Self::take).collect()
    }

    pub fn take(root: &Path) -> Result<Self> {
        let dir = root.join(DIR);
        let path = dir.join("lock");
        for link in [Path::new(DIR), &Path::new(DIR).join("lock")] {
            if crate::fs::files::is_link(&root.join(link)) {
                return Err(Error::Input(crate::tr!(
                    "read-lock-link",
                    path = &crate::fs::layout::shown(root, link)
                )));
            }
        }
        fs::create_dir_all(&dir).map_err(|e| Error::io(IoAction::Create, &dir, e))?;
        // A register from elsewhere may hold a pipe or a device there:
        // opened without waiting, and refused.
        let (file, _) = crate::fs::files::open_regular(
            &path,
            OpenOptions::new().create(true).truncate(false).write(true),
        )
        .map_err(|e| Error::io(IoAction::Open, &path, e))?;
        let start = Instant::now();
        let since = SystemTime::now();
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(fs::TryLockError::WouldBlock) if start.elapsed() < WAIT => {
                    std::thread::sleep(Duration::from_millis(20));
                }
                Err(fs::TryLockError::WouldBlock) => {
                    return Err(Error::Input(crate::tr!(
                        "read-locked",
                        register = root,
                        lock = &path
                    )));
                }
                Err(fs::TryLockError::Error(e)) => return Err(Error::io(IoAction::Lock, &path, e)),
            }
        }
        crate::fs::sweep::clear_stale(root, since);
        Ok(Self { _file: file })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_writer_waits_and_stale_files_go() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("models/2019")).unwrap();
        let stale = dir.path().join("models/2019/.dvk-abc.tmp");
        fs::write(&stale, "half").unwrap();
        std::thread::sleep(Duration::from_millis(20));
        let first = Lock::take(dir.path()).unwrap();
        assert!(!stale.exists());
        let path = dir.path().join(".dvk/lock");
        let other = OpenOptions::new().write(true).open(&path).unwrap();
        assert!(matches!(
            other.try_lock(),
            Err(fs::TryLockError::WouldBlock)
        ));
        drop(first);
        assert!(other.try_lock().is_ok());
    }
}
