//! A cache of parsed models in `.dvk/cache/models.bin`, so that reading a
//! large register does not parse files that have not changed. An entry is
//! trusted only while its file has the same size, modification time and
//! inode (as git's index does), and not when the file was changed within
//! the same two seconds as the cache was written (git's "racy" case). Only
//! files that parsed without any problem are cached. The cache is rebuilt
//! transparently, never used by commands that write, and may be removed
//! at any time. `DVK_NO_CACHE=1` turns it off.

use std::collections::HashMap;
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::model::Model;

const FILE: &str = "models.bin";
/// Changes whenever the layout of `Model` changes, or what parsing makes
/// of a file (2: CRLF in multi-line strings read as LF).
const FORMAT: u32 = 2;
/// How close to the cache's own writing a file's change makes it untrusted.
const RACY: Duration = Duration::from_secs(2);

/// What identifies a file's version without reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    pub size: u64,
    pub modified_ns: u128,
    pub inode: u64,
}

impl Stamp {
    pub fn of(meta: &fs::Metadata) -> Self {
        #[cfg(unix)]
        let inode = std::os::unix::fs::MetadataExt::ino(meta);
        #[cfg(not(unix))]
        let inode = 0;
        Self {
            size: meta.len(),
            modified_ns: meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos()),
            inode,
        }
    }
}

#[derive(Debug, Deserialize)]
struct Entry {
    path: PathBuf,
    stamp: Stamp,
    model: Model,
}

/// An entry as written: borrowed, so that writing copies nothing.
#[derive(Debug, Serialize)]
struct EntryRef<'a> {
    path: &'a Path,
    stamp: Stamp,
    model: &'a Model,
}

#[derive(Debug, Deserialize)]
struct Stored {
    format: u32,
    /// What the models were parsed against: dvk's version, dvk.toml and
    /// the criteria sets.
    key: u64,
    written_ns: u128,
    entries: Vec<Entry>,
}

#[derive(Debug, Serialize)]
struct StoredRef<'a> {
    format: u32,
    key: u64,
    written_ns: u128,
    entries: Vec<EntryRef<'a>>,
}

/// The cache as read: models by path.
#[derive(Debug, Default)]
pub struct Cache {
    key: u64,
    written_ns: u128,
    /// Keyed by the path as text: hashing a `PathBuf` walks its components.
    models: HashMap<String, (Stamp, Model)>,
}

fn dir(root: &Path) -> PathBuf {
    root.join(crate::lock::DIR).join("cache")
}

/// Whether `.dvk` or its cache folder is a link (out of the register,
/// maybe): then there is no cache, read or written.
fn linked(root: &Path) -> bool {
    let own = root.join(crate::lock::DIR);
    crate::register::is_link(&own) || crate::register::is_link(&own.join("cache"))
}

pub fn enabled() -> bool {
    std::env::var_os("DVK_NO_CACHE").is_none_or(|v| v.is_empty() || v == "0")
}

/// The key of what parsing depends on besides the file itself.
pub fn key<'a>(inputs: impl IntoIterator<Item = &'a [u8]>) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    env!("CARGO_PKG_VERSION").hash(&mut hasher);
    FORMAT.hash(&mut hasher);
    for input in inputs {
        input.hash(&mut hasher);
    }
    hasher.finish()
}

impl Cache {
    /// Reads the cache of the register at `root`; an empty one when there
    /// is none, it is unreadable, or it was made against other inputs.
    pub fn read(root: &Path, key: u64) -> Self {
        let empty = Self {
            key,
            ..Self::default()
        };
        if linked(root) {
            return empty;
        }
        let Ok(bytes) = fs::read(dir(root).join(FILE)) else {
            return empty;
        };
        match postcard::from_bytes::<Stored>(&bytes) {
            Ok(stored) if stored.format == FORMAT && stored.key == key => Self {
                key,
                written_ns: stored.written_ns,
                models: stored
                    .entries
                    .into_iter()
                    .map(|e| (e.path.to_string_lossy().into_owned(), (e.stamp, e.model)))
                    .collect(),
            },
            _ => empty,
        }
    }

    /// The cached model of a file, if its stamp is the same and it was not
    /// changed too close to when the cache was written.
    pub fn take(&mut self, path: &Path, stamp: Stamp) -> Option<Model> {
        let path = path.to_str()?;
        let (cached, _) = self.models.get(path)?;
        let racy = stamp.modified_ns + RACY.as_nanos() >= self.written_ns;
        if *cached != stamp || racy {
            return None;
        }
        self.models.remove(path).map(|(_, m)| m)
    }

    /// Writes the cache with these models; a failure only costs speed, so
    /// it is ignored.
    pub fn write<'a>(
        root: &Path,
        key: u64,
        models: impl Iterator<Item = (&'a PathBuf, Stamp, &'a Model)>,
    ) {
        let written_ns = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let stored = StoredRef {
            format: FORMAT,
            key,
            written_ns,
            entries: models
                .map(|(path, stamp, model)| EntryRef { path, stamp, model })
                .collect(),
        };
        let Ok(bytes) = postcard::to_allocvec(&stored) else {
            return;
        };
        let dir = dir(root);
        if linked(root) || fs::create_dir_all(&dir).is_err() {
            return;
        }
        // Keep the cache out of git even in registers made without `init`;
        // never through a link.
        let ignore = root.join(crate::lock::DIR).join(".gitignore");
        if let Ok(mut file) = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(ignore)
        {
            let _ = std::io::Write::write_all(&mut file, b"*\n");
        }
        let Ok(mut file) = tempfile::Builder::new()
            .prefix(".models-")
            .tempfile_in(&dir)
        else {
            return;
        };
        if std::io::Write::write_all(&mut file, &bytes).is_ok() {
            let _ = file.persist(dir.join(FILE));
        }
    }

    pub fn key(&self) -> u64 {
        self.key
    }

    /// Whether entries are left that no file took: files removed or
    /// changed since the cache was written.
    pub fn has_leftovers(&self) -> bool {
        !self.models.is_empty()
    }
}
