//! Runs a generated case many times under a watchdog: a panic, a failed
//! assertion or an input that stalls fails the test, naming the seed, the
//! iteration and the input, so that the run replays exactly.
//! `DVK_FUZZ_ITERS` sets the number of iterations, `DVK_FUZZ_SEED` the seed.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::rng::Rng;

/// An input that has made no progress for this long is taken as a hang.
/// Generous: a debug build on a loaded CI machine is slow, and a real hang
/// is forever.
const STALL: Duration = Duration::from_secs(20);

/// The seed of a run: `DVK_FUZZ_SEED`, else a fixed one so that CI is
/// deterministic.
pub(crate) fn seed() -> u64 {
    std::env::var("DVK_FUZZ_SEED")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0x00D7_0A4E_2026)
}

/// The iterations of a cheap, in-memory target: `DVK_FUZZ_ITERS`, else
/// `default` (sized for a few seconds of `cargo test` in debug).
pub(crate) fn iterations(default: usize) -> usize {
    std::env::var("DVK_FUZZ_ITERS")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(default)
}

/// The input being tried, kept so that a failure can show it.
#[derive(Clone, Default)]
pub(crate) struct Input(Arc<Mutex<Vec<u8>>>);

impl Input {
    pub(crate) fn set(&self, bytes: &[u8]) {
        let mut slot = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        slot.clear();
        slot.extend_from_slice(bytes);
    }

    fn shown(&self) -> String {
        let slot = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let text = String::from_utf8_lossy(&slot);
        let cut: String = text.chars().take(4000).collect();
        let more = if cut.len() < text.len() {
            format!(" … ({} bytes in all)", slot.len())
        } else {
            String::new()
        };
        format!("{cut:?}{more}")
    }
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap_or_else(|| "(a panic without a message)".to_owned())
}

/// Runs `case` `iterations` times, each with its own generator, on a
/// worker thread watched for stalls. Prints a line with the count, the
/// seed and the slowest input (seen with `--nocapture`).
pub(crate) fn run<F>(target: &'static str, iterations: usize, case: F)
where
    F: Fn(&mut Rng, &Input) + Send + 'static,
{
    let seed = seed();
    let input = Input::default();
    let progress = Arc::new(AtomicUsize::new(0));
    let (tx, rx) = mpsc::channel();
    let worker = {
        let input = input.clone();
        let progress = Arc::clone(&progress);
        std::thread::spawn(move || {
            let mut slowest = (Duration::ZERO, 0);
            for i in 0..iterations {
                let mut rng = Rng::new(seed, i as u64);
                let start = Instant::now();
                if let Err(panic) = catch_unwind(AssertUnwindSafe(|| case(&mut rng, &input))) {
                    let _ = tx.send(Err((i, panic_message(panic.as_ref()))));
                    return;
                }
                let took = start.elapsed();
                if took > slowest.0 {
                    slowest = (took, i);
                }
                progress.store(i + 1, Ordering::Relaxed);
            }
            let _ = tx.send(Ok(slowest));
        })
    };
    let started = Instant::now();
    let mut last = usize::MAX;
    loop {
        match rx.recv_timeout(STALL) {
            Ok(Ok((took, at))) => {
                let _ = worker.join();
                eprintln!(
                    "fuzz {target}: {iterations} inputs in {:.1} s, DVK_FUZZ_SEED={seed}, \
                     slowest {} ms (iteration {at}), nothing found",
                    started.elapsed().as_secs_f64(),
                    took.as_millis(),
                );
                return;
            }
            Ok(Err((i, message))) => panic!(
                "fuzz {target}: iteration {i} of DVK_FUZZ_SEED={seed} failed: {message}\ninput: {}",
                input.shown()
            ),
            Err(RecvTimeoutError::Timeout) => {
                let now = progress.load(Ordering::Relaxed);
                assert_ne!(
                    now,
                    last,
                    "fuzz {target}: iteration {now} of DVK_FUZZ_SEED={seed} has run for over {} s\n\
                     input: {}",
                    STALL.as_secs(),
                    input.shown()
                );
                last = now;
            }
            Err(RecvTimeoutError::Disconnected) => {
                panic!("fuzz {target}: the worker stopped without a word")
            }
        }
    }
}
