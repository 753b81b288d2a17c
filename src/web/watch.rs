//! The watcher: a change anywhere in a register's folder (a model edited,
//! a criteria set or `dvk.toml` changed, an evidence file added) marks the
//! loaded state stale, so that the next request reads the register again.
//! Pages never re-read the files on their own.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use notify::{RecursiveMode, Watcher as _};

/// Keeps the watch alive for as long as it is held.
pub struct Watch {
    _watcher: notify::RecommendedWatcher,
}

/// Watches every register's folder, setting `stale` on any change but
/// those in `.dvk/` (the cache and lock other commands write say nothing
/// new about the records) and `.git/` (git's own bookkeeping). `Err` when the system refuses to watch (too many
/// watches): then the caller re-reads on every request.
pub fn start(roots: &[PathBuf], stale: Arc<AtomicBool>) -> notify::Result<Watch> {
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let stale_now = match &event {
            // An overflowed or failed watch: better read again.
            Err(_) => true,
            // Reading a file (ours, serving evidence) changes nothing.
            Ok(event) if event.kind.is_access() => false,
            Ok(event) => {
                event.paths.is_empty()
                    || event.paths.iter().any(|p| {
                        !p.components().any(|c| {
                            c.as_os_str() == crate::fs::layout::DIR || c.as_os_str() == ".git"
                        })
                    })
            }
        };
        if stale_now {
            stale.store(true, Ordering::SeqCst);
        }
    })?;
    for root in roots {
        watcher.watch(root, RecursiveMode::Recursive)?;
    }
    Ok(Watch { _watcher: watcher })
}
