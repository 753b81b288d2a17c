//! A cache of parsed models in `.dvk/cache/`, so that reading a large
//! register does not parse files that have not changed. An entry is
//! trusted only while its file has the same size, modification time,
//! status change time and inode (as git's index does), and not when the
//! file was changed within two seconds of the cache's writing (git's
//! "racy" case). The index and each record carry a checksum of their
//! bytes, checked before they are decoded; a cache that is not a regular
//! file, too large for the register, or fails a check is treated as
//! absent and rebuilt, never reported and never read as data. Only files that
//! parsed without any problem are cached. The cache is rebuilt
//! transparently, never used by commands that write, and may be removed at
//! any time. `DVK_NO_CACHE=1` turns it off.
//!
//! Two files: `index.bin` (path, stamp and place of every record, read
//! whole) and `models.bin` (the records, read a chunk at a time), so that
//! a scan never holds every model in memory.

use std::fs::{self, File};
use std::hash::{Hash, Hasher};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::fs::files::Stamp;
use crate::model::Model;

const INDEX: &str = "index.bin";
const RECORDS: &str = "models.bin";
/// Changes whenever the layout of `Model` or of the files changes, or what
/// parsing makes of a file (3: CRLF in multi-line strings read as LF;
/// 4: checksums, and the status change time in the stamp; 5: events have
/// `until` and `number`; 6: `files` on models, events and assessments;
/// 7: custom keys).
const FORMAT: u32 = 7;
/// The most an entry of the index can take besides its path (varints of
/// the path's length, the stamp and the place): the index of a register
/// is never larger than its paths plus this for each, so a larger file is
/// not read at all.
const ENTRY_MAX: u64 = 96;
/// The header and the checksum at the end.
const INDEX_EXTRA: u64 = 128;
/// How close to the cache's own writing a file's change makes it untrusted.
const RACY: Duration = Duration::from_secs(2);

/// Where a record is in `models.bin`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    pub offset: u64,
    pub len: u32,
    /// The checksum of the record's bytes.
    pub check: u64,
}

/// The checksum of bytes of the cache: enough to tell bytes that were
/// damaged from those written (the cache's key ties it to this build, so
/// the hash never changes under a cache).
fn checksum(bytes: &[u8]) -> u64 {
    use std::hash::BuildHasher;
    foldhash::quality::FixedState::with_seed(0x0064_766B_6361_6368).hash_one(bytes)
}

#[derive(Debug, Serialize)]
struct Entry {
    path: String,
    stamp: Stamp,
    place: Place,
}

/// An entry as read: its path borrowed from the index's bytes, so that
/// reading the index of a million files allocates no string.
#[derive(Debug, Deserialize)]
struct EntryRef<'a> {
    path: &'a str,
    stamp: Stamp,
    place: Place,
}

/// What `index.bin` begins with: enough to tell whether the cache can be
/// used, without decoding its entries.
#[derive(Debug, Deserialize)]
struct Header {
    format: u32,
    key: u64,
    generation: u64,
    written_ns: u128,
    /// How many entries follow.
    len: usize,
}

/// The index, in path order (byte order, as files are walked). Its fields
/// begin as `Header`'s do.
#[derive(Debug, Serialize, Deserialize)]
struct Index<E> {
    format: u32,
    /// What the models were parsed against: dvk's version, dvk.toml and
    /// the criteria sets.
    key: u64,
    /// Ties the index to its records file.
    generation: u64,
    written_ns: u128,
    entries: Vec<E>,
}

fn dir(root: &Path) -> PathBuf {
    root.join(crate::fs::layout::DIR).join("cache")
}

/// Whether `.dvk` or its cache folder is a link (out of the register,
/// maybe): then there is no cache, read or written.
fn linked(root: &Path) -> bool {
    let own = root.join(crate::fs::layout::DIR);
    crate::fs::files::is_link(&own) || crate::fs::files::is_link(&own.join("cache"))
}

/// How a read uses the cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Use {
    /// Every file read and parsed; nothing written.
    Off,
    /// Models taken from the cache where it holds them, and the cache
    /// never written: `serve`, which writes nothing.
    ReadOnly,
    /// Taken from, and rewritten when a file is new, changed or gone.
    ReadWrite,
}

impl Use {
    /// `ReadWrite` when the cache is wanted, else `Off`.
    pub fn of(enabled: bool) -> Self {
        if enabled { Use::ReadWrite } else { Use::Off }
    }
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

/// The cache as read: the index, and the records file to read from.
#[derive(Debug, Default)]
pub struct Cache {
    key: u64,
    written_ns: u128,
    /// `index.bin` as read, its header and checksum checked.
    index: Vec<u8>,
    len: usize,
    records: Option<File>,
    /// How long `models.bin` was when opened: no place reaches past it.
    records_len: u64,
}

/// Whether the register at `root` has a cache to read (before its files
/// are stamped to be looked up in it).
pub fn exists(root: &Path) -> bool {
    !linked(root)
        && fs::symlink_metadata(dir(root).join(INDEX)).is_ok_and(|m| m.is_file() && m.len() > 0)
}

impl Cache {
    /// Reads the index of the register at `root`, whose model files are
    /// `files`; an empty cache when there is none, it is unreadable, not a
    /// regular file, larger than an index of `files` can be, damaged, or
    /// made against other inputs.
    pub fn read(root: &Path, key: u64, files: &[PathBuf]) -> Self {
        let empty = Self {
            key,
            ..Self::default()
        };
        if linked(root) {
            return empty;
        }
        let dir = dir(root);
        let limit = files
            .iter()
            .map(|f| f.as_os_str().len() as u64 + ENTRY_MAX)
            .sum::<u64>()
            + INDEX_EXTRA;
        let (Ok(mut bytes), Ok((mut records, records_meta))) = (
            crate::fs::files::read_bounded(&dir.join(INDEX), limit),
            crate::fs::files::open_regular(&dir.join(RECORDS), fs::OpenOptions::new().read(true)),
        ) else {
            return empty;
        };
        // The last 8 bytes are the checksum of the rest.
        let Some(split) = bytes.len().checked_sub(8) else {
            return empty;
        };
        let stored = u64::from_le_bytes(bytes[split..].try_into().unwrap_or_default());
        bytes.truncate(split);
        if checksum(&bytes) != stored {
            return empty;
        }
        // The entries are decoded once, by `places`.
        let Ok(header) = postcard::take_from_bytes::<Header>(&bytes).map(|(h, _)| h) else {
            return empty;
        };
        let mut generation = [0u8; 8];
        let same_generation = std::io::Read::read_exact(&mut records, &mut generation).is_ok()
            && u64::from_le_bytes(generation) == header.generation;
        if header.format != FORMAT || header.key != key || !same_generation {
            return empty;
        }
        let (written_ns, len) = (header.written_ns, header.len);
        Self {
            key,
            written_ns,
            index: bytes,
            len,
            records: Some(records),
            records_len: records_meta.len(),
        }
    }

    pub fn key(&self) -> u64 {
        self.key
    }

    /// Where the cached model of each file is (`files` in byte order, as
    /// walked), if its stamp is the same and it was not changed too close
    /// to the cache's writing. Index and files are matched as two sorted
    /// lists, without a table of a million paths.
    pub fn places(&self, files: &[PathBuf], stamps: &[Option<Stamp>]) -> Vec<Option<Place>> {
        let mut out = vec![None; files.len()];
        let Ok(index) = postcard::from_bytes::<Index<EntryRef<'_>>>(&self.index) else {
            return out;
        };
        let mut entries = index.entries;
        if !entries.is_sorted_by(|a, b| a.path < b.path) {
            entries.sort_unstable_by(|a, b| a.path.cmp(b.path));
        }
        let mut next = entries.iter().peekable();
        for ((file, stamp), place) in files.iter().zip(stamps).zip(&mut out) {
            let (Some(path), Some(stamp)) = (file.to_str(), stamp) else {
                continue;
            };
            while next.next_if(|e| e.path < path).is_some() {}
            if let Some(entry) = next.next_if(|e| e.path == path) {
                let racy = stamp.latest_ns() + RACY.as_nanos() >= self.written_ns;
                if entry.stamp == *stamp && !racy {
                    *place = Some(entry.place);
                }
            }
        }
        out
    }

    /// How many entries the index holds.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The records of a chunk: the bytes from the first place to the end
    /// of the last, read at once. `None` if they cannot be read.
    pub fn read_span(&self, places: &[Place]) -> Option<Span> {
        let file = self.records.as_ref()?;
        let start = places.iter().map(|p| p.offset).min()?;
        let end = places
            .iter()
            .map(|p| p.offset.checked_add(u64::from(p.len)))
            .max()??;
        if end > self.records_len {
            return None;
        }
        let mut bytes = vec![0; usize::try_from(end - start).ok()?];
        #[cfg(unix)]
        std::os::unix::fs::FileExt::read_exact_at(file, &mut bytes, start).ok()?;
        #[cfg(not(unix))]
        {
            let _ = (file, &mut bytes);
            return None;
        }
        Some(Span { start, bytes })
    }
}

/// Bytes of `models.bin` read for a chunk.
#[derive(Debug)]
pub struct Span {
    start: u64,
    bytes: Vec<u8>,
}

impl Span {
    /// The record at a place, raw; `None` if its checksum fails.
    pub fn raw(&self, place: Place) -> Option<&[u8]> {
        let from = usize::try_from(place.offset.checked_sub(self.start)?).ok()?;
        let raw = self
            .bytes
            .get(from..from.checked_add(place.len as usize)?)?;
        (checksum(raw) == place.check).then_some(raw)
    }

    /// The model at a place.
    pub fn model(&self, place: Place) -> Option<Model> {
        postcard::from_bytes(self.raw(place)?).ok()
    }
}

/// A new cache being written beside the old one, moved into place by
/// `finish`. Failures only cost speed: the writer then gives up quietly.
#[derive(Debug)]
pub struct Writer {
    root: PathBuf,
    key: u64,
    generation: u64,
    records: Option<(tempfile::NamedTempFile, BufWriter<File>)>,
    offset: u64,
    entries: Vec<Entry>,
}

/// A model as the cache keeps it.
pub fn encode(model: &Model) -> Option<Vec<u8>> {
    postcard::to_allocvec(model).ok()
}

impl Writer {
    pub fn new(root: &Path, key: u64) -> Self {
        let generation = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| {
            u64::try_from(d.as_nanos() & u128::from(u64::MAX)).unwrap_or(0)
        }) ^ u64::from(std::process::id());
        let records = Self::open(root).and_then(|file| {
            let handle = file.reopen().ok()?;
            let mut out = BufWriter::with_capacity(1 << 20, handle);
            out.write_all(&generation.to_le_bytes()).ok()?;
            Some((file, out))
        });
        Self {
            root: root.to_owned(),
            key,
            generation,
            records,
            offset: 8,
            entries: Vec::new(),
        }
    }

    fn open(root: &Path) -> Option<tempfile::NamedTempFile> {
        let dir = dir(root);
        if linked(root) {
            return None;
        }
        fs::create_dir_all(&dir).ok()?;
        // Keep the cache out of git even in registers made without `init`;
        // never through a link.
        let ignore = root.join(crate::fs::layout::DIR).join(".gitignore");
        if let Ok(mut file) = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(ignore)
        {
            let _ = file.write_all(b"*\n");
        }
        tempfile::Builder::new()
            .prefix(".records-")
            .tempfile_in(&dir)
            .ok()
    }

    /// Adds a record given as bytes already encoded (see `encode`, or a
    /// hit copied over).
    pub fn add_raw(&mut self, path: &Path, stamp: Stamp, raw: &[u8]) {
        let Some((_, out)) = &mut self.records else {
            return;
        };
        let (Some(path), Ok(len)) = (path.to_str(), u32::try_from(raw.len())) else {
            return;
        };
        if out.write_all(raw).is_err() {
            self.records = None;
            return;
        }
        self.entries.push(Entry {
            path: path.to_owned(),
            stamp,
            place: Place {
                offset: self.offset,
                len,
                check: checksum(raw),
            },
        });
        self.offset += u64::from(len);
    }

    /// Moves the new cache into place: the records first, then the index
    /// that names them.
    pub fn finish(self) {
        let Some((file, mut out)) = self.records else {
            return;
        };
        if out.flush().is_err() {
            return;
        }
        let dir = dir(&self.root);
        let written_ns = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let index = Index {
            format: FORMAT,
            key: self.key,
            generation: self.generation,
            written_ns,
            entries: self.entries,
        };
        let Ok(mut bytes) = postcard::to_allocvec(&index) else {
            return;
        };
        let check = checksum(&bytes);
        bytes.extend_from_slice(&check.to_le_bytes());
        if file.persist(dir.join(RECORDS)).is_err() {
            return;
        }
        let _ = crate::fs::atomic::replace_bytes(&dir.join(INDEX), &bytes);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stamp(inode: u64) -> Stamp {
        Stamp {
            size: 100,
            modified_ns: 1_000_000_000,
            changed_ns: 1_000_000_000,
            inode,
        }
    }

    /// Index and files are matched in order: hits where path and stamp
    /// agree, misses for files the index lacks, changed files and a
    /// change within the racy window.
    #[test]
    fn places_match_the_index_in_path_order() {
        let dir = tempfile::tempdir().unwrap();
        let mut writer = Writer::new(dir.path(), 7);
        for (path, inode) in [
            ("models/2019/a.toml", 1),
            ("models/2019/c.toml", 3),
            ("models/2025/đường-hoa.toml", 5),
            ("models/2026/z.toml", 9),
        ] {
            writer.add_raw(Path::new(path), stamp(inode), path.as_bytes());
        }
        writer.finish();

        let files: Vec<PathBuf> = [
            "models/2019/a.toml",
            "models/2019/b.toml",
            "models/2019/c.toml",
            "models/2025/đường-hoa.toml",
            "models/2026/z.toml",
        ]
        .iter()
        .map(PathBuf::from)
        .collect();
        assert!(Cache::read(dir.path(), 8, &files).is_empty(), "another key");
        let cache = Cache::read(dir.path(), 7, &files);
        assert_eq!(cache.len(), 4);
        let mut racy = stamp(9);
        racy.modified_ns = cache.written_ns - 1;
        let stamps = [
            Some(stamp(1)),
            Some(stamp(2)),
            Some(stamp(4)),
            Some(stamp(5)),
            Some(racy),
        ];
        let places = cache.places(&files, &stamps);
        let hits: Vec<bool> = places.iter().map(Option::is_some).collect();
        assert_eq!(hits, [true, false, false, true, false]);
        let span = cache
            .read_span(&[places[0].unwrap(), places[3].unwrap()])
            .unwrap();
        assert_eq!(
            span.raw(places[3].unwrap()).unwrap(),
            "models/2025/đường-hoa.toml".as_bytes()
        );
    }
}
