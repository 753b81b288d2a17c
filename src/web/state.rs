//! The register as loaded, shared by every request: read once, kept until
//! the watcher says something changed on disk, then read again by the
//! next request (not by every page). With it, what pages compute from it
//! and ask again (a sorted list, the overview of a period), so that a
//! large register answers warm.

use std::collections::{HashMap, VecDeque};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use crate::error::Result;
use crate::model::evidence;
use crate::read::workspace::Workspace;
use crate::select::HoldAll;

/// How many answers of each kind are remembered.
const REMEMBERED: usize = 16;

/// A model's place: its register and its index there.
pub type Place = (usize, usize);

/// One reading of the registers, and what was computed from it.
pub struct Loaded {
    pub workspace: Workspace,
    ids: HashMap<String, Place>,
    /// Every evidence path a record names under `ho-so/`, with its
    /// register: the only files served.
    evidence: HashMap<String, usize>,
    lists: Memo<Arc<Vec<Place>>>,
    pages: Memo<Arc<String>>,
}

impl Loaded {
    fn new(workspace: Workspace) -> Self {
        let mut ids = HashMap::new();
        let mut files = HashMap::new();
        for (r, register) in workspace.registers.iter().enumerate() {
            for (m, model) in register.models.iter().enumerate() {
                ids.entry(model.id.clone()).or_insert((r, m));
                for path in evidence::all(model) {
                    if path.starts_with(&format!("{}/", evidence::FOLDER))
                        && evidence::check_path(path).is_ok()
                    {
                        files.entry(path.to_owned()).or_insert(r);
                    }
                }
            }
        }
        Self {
            workspace,
            ids,
            evidence: files,
            lists: Memo::default(),
            pages: Memo::default(),
        }
    }

    /// A model by id.
    pub fn place(&self, id: &str) -> Option<Place> {
        self.ids.get(id).copied()
    }

    /// The register whose records name this evidence path, if any does.
    pub fn evidence_register(&self, path: &str) -> Option<usize> {
        self.evidence.get(path).copied()
    }

    /// A list of models remembered under `key`, made by `make` if not.
    pub fn list(
        &self,
        key: &str,
        make: impl FnOnce() -> Result<Vec<Place>>,
    ) -> Result<Arc<Vec<Place>>> {
        self.lists.get_or(key, || make().map(Arc::new))
    }

    /// A page's html remembered under `key`, made by `make` if not.
    pub fn page(&self, key: &str, make: impl FnOnce() -> Result<String>) -> Result<Arc<String>> {
        self.pages.get_or(key, || make().map(Arc::new))
    }
}

/// The last few answers, by key.
struct Memo<T> {
    entries: Mutex<VecDeque<(String, T)>>,
}

impl<T> Default for Memo<T> {
    fn default() -> Self {
        Self {
            entries: Mutex::new(VecDeque::new()),
        }
    }
}

impl<T: Clone> Memo<T> {
    fn get_or(&self, key: &str, make: impl FnOnce() -> Result<T>) -> Result<T> {
        if let Some((_, value)) = lock(&self.entries).iter().find(|(k, _)| k == key) {
            return Ok(value.clone());
        }
        // Made without the lock: another request may make the same.
        let value = make()?;
        let mut entries = lock(&self.entries);
        if entries.len() >= REMEMBERED {
            entries.pop_front();
        }
        entries.push_back((key.to_owned(), value.clone()));
        Ok(value)
    }
}

/// A lock whose holder panicked is still good: what it guards is only
/// ever replaced whole.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The registers served and their loaded state.
pub struct State {
    registers: Vec<PathBuf>,
    /// Set by the watcher on a change; `true` until the first reading.
    stale: Arc<AtomicBool>,
    /// Whether the watcher runs; without it every request reads again.
    watched: AtomicBool,
    loaded: Mutex<Option<Arc<Loaded>>>,
}

impl State {
    pub fn new(registers: Vec<PathBuf>, stale: Arc<AtomicBool>, watched: bool) -> Self {
        stale.store(true, Ordering::SeqCst);
        Self {
            registers,
            stale,
            watched: AtomicBool::new(watched),
            loaded: Mutex::new(None),
        }
    }

    /// No watcher could be started: every request reads again.
    pub fn unwatched(&self) {
        self.watched.store(false, Ordering::SeqCst);
    }

    /// The register as it is on disk now: the state loaded before, unless
    /// something changed since (then read again, once, whichever request
    /// comes first; the others wait for it).
    pub fn current(&self) -> Result<Arc<Loaded>> {
        let mut slot = lock(&self.loaded);
        // Cleared before reading: a change made while reading marks it
        // stale again, for the next request.
        let stale =
            self.stale.swap(false, Ordering::SeqCst) || !self.watched.load(Ordering::SeqCst);
        match slot.as_ref() {
            Some(loaded) if !stale => Ok(loaded.clone()),
            _ => match crate::select::scan_unwritten(&self.registers, &mut HoldAll) {
                Ok(workspace) => {
                    let loaded = Arc::new(Loaded::new(workspace));
                    *slot = Some(loaded.clone());
                    Ok(loaded)
                }
                Err(error) => {
                    self.stale.store(true, Ordering::SeqCst);
                    *slot = None;
                    Err(error)
                }
            },
        }
    }
}
