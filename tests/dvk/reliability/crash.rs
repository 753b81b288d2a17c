//! Writers killed mid-way: many `dvk register` and `dvk commend` processes
//! on one register, some killed with SIGKILL at random moments. Whatever
//! was acknowledged is there, every file still reads, a killed writer's
//! temporary file is never read as a record, and the next writer clears it.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::harness::seed;
use super::rng::Rng;
use crate::support::{Test, model};

const TARGET: &str = "2019-quang-tan";
const TARGET_FILE: &str = "models/2019/2019-quang-tan.toml";

/// A writer, started.
fn spawn(root: &Path, i: usize) -> (Child, bool) {
    let is_register = i.is_multiple_of(2);
    let name = format!("Mô hình số {i}");
    let note = format!("lần {i}");
    let args: Vec<&str> = if is_register {
        vec![
            "-q",
            "register",
            "--name",
            &name,
            "--unit",
            "Hội Nông dân",
            "--subject",
            "tap_the",
            "--field",
            "kinh_te",
            "--level",
            "xa",
            "--commune",
            "Quảng Tân",
            "--registered",
            "2026-03-01",
        ]
    } else {
        vec![
            "-q",
            "commend",
            TARGET,
            "--form",
            "giay_khen",
            "--date",
            "2026-03-01",
            "--note",
            &note,
        ]
    };
    let child = Command::new(env!("CARGO_BIN_EXE_dvk"))
        .current_dir(root)
        .env_remove("DVK_REGISTER")
        .env("DVK_TODAY", "2026-11-21")
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    (child, is_register)
}

/// `.dvk-*.tmp` files under `dir`, at any depth.
fn temporary_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.file_type().unwrap().is_dir() {
                stack.push(entry.path());
            } else if name.starts_with(".dvk-")
                && Path::new(&name).extension().is_some_and(|e| e == "tmp")
            {
                out.push(entry.path());
            }
        }
    }
    out
}

/// The record files: `.toml`, not hidden.
fn record_count(dir: &Path) -> usize {
    let mut count = 0;
    let mut stack = vec![dir.to_owned()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.file_type().unwrap().is_dir() {
                stack.push(entry.path());
            } else if !name.starts_with('.')
                && Path::new(&name).extension().is_some_and(|e| e == "toml")
            {
                count += 1;
            }
        }
    }
    count
}

/// What the writers of a storm said before they ended.
struct Storm {
    started: usize,
    killed: usize,
    /// The ids that `register` printed.
    registered: Vec<String>,
    /// How many `commend`s succeeded.
    commended: usize,
}

/// Rounds of writers racing for the lock; after a first round that times
/// them, half of each round is killed at a random moment of the time a
/// round takes.
fn storm(root: &Path, rng: &mut Rng) -> Storm {
    let (mut registered, mut commended, mut killed, mut started) = (Vec::new(), 0, 0, 0);
    let mut round_time = Duration::ZERO;
    for round in 0..5 {
        let mut children: Vec<(Child, bool, bool)> = (0..8)
            .map(|i| {
                let (child, is_register) = spawn(root, round * 8 + i);
                (child, is_register, round > 0 && rng.chance(50))
            })
            .collect();
        started += children.len();
        // Each doomed writer dies at its own moment after the round
        // starts: while it waits for the lock, reads, or writes.
        let round_start = Instant::now();
        let mut deadlines: Vec<(Duration, usize)> = (0..children.len())
            .filter(|&i| children[i].2)
            .map(|i| {
                let share = f64::from(u32::try_from(rng.below(1000)).unwrap()) / 1000.0;
                (round_time.mul_f64(share), i)
            })
            .collect();
        deadlines.sort();
        for (deadline, i) in deadlines {
            std::thread::sleep(deadline.saturating_sub(round_start.elapsed()));
            // An error means it has exited already, which is fine.
            let _ = children[i].0.kill();
        }
        let mut outputs = Vec::new();
        for (child, is_register, kill) in children {
            outputs.push((child.wait_with_output().unwrap(), is_register, kill));
        }
        if round == 0 {
            round_time = round_start.elapsed();
        }
        for (out, is_register, kill) in outputs {
            let stderr = String::from_utf8_lossy(&out.stderr);
            if !out.status.success() {
                assert!(
                    kill,
                    "a writer not killed failed: {:?}\n{stderr}",
                    out.status
                );
                killed += 1;
                continue;
            }
            if is_register {
                let id = String::from_utf8(out.stdout).unwrap().trim().to_owned();
                assert!(!id.is_empty());
                registered.push(id);
            } else {
                commended += 1;
            }
        }
    }
    Storm {
        started,
        killed,
        registered,
        commended,
    }
}

#[test]
fn writers_killed_mid_way_lose_nothing_acknowledged() {
    let t = Test::new().file(
        TARGET_FILE,
        &model("Xây dựng vườn mẫu", "kinh_te", "xa", "2019-03-15", ""),
    );
    // A writer killed in an earlier life left these.
    for stale in ["models/.dvk-old.tmp", "models/2019/.dvk-half.tmp"] {
        fs::write(t.path().join(stale), "name = \"nửa").unwrap();
    }
    let clock = Instant::now();
    let storm = storm(t.path(), &mut Rng::new(seed(), 0));
    let (registered, commended, started) = (&storm.registered, storm.commended, storm.started);
    let left = temporary_files(&t.path().join("models"));
    eprintln!(
        "crash: {started} writers, {} killed mid-way, {} temporary files left, {:.1} s",
        storm.killed,
        left.len(),
        clock.elapsed().as_secs_f64()
    );

    // Every file reads: no half-written record, and no temporary file is
    // taken for one (`check` takes no lock, so it sees this one).
    fs::write(t.path().join("models/2019/.dvk-killed.tmp"), "name = \"nửa").unwrap();
    let records = record_count(&t.path().join("models"));
    let (out, err, code) = t.run_with(&["check"]);
    assert_eq!((err.as_str(), code), ("", 0), "{out}");
    assert!(
        out.ends_with(&format!(" in {records} model files\n")) && out.contains("0 errors"),
        "{out}"
    );
    assert!(!out.contains(".dvk-"), "{out}");

    // Whatever a writer acknowledged is there.
    for id in registered {
        assert!(
            t.path().join(format!("models/2026/{id}.toml")).is_file(),
            "{id} was acknowledged but is not there"
        );
    }
    let events = t.read(TARGET_FILE).matches("[[event]]").count();
    assert!(
        (commended..=started / 2).contains(&events),
        "{events} events for {commended} acknowledged commendations"
    );

    // The next writer clears what killed ones left, and a planted one.
    fs::create_dir_all(t.path().join("models/2026")).unwrap();
    fs::write(t.path().join("models/2026/.dvk-late.tmp"), "x").unwrap();
    let out = t.ok_with(&[
        "-q",
        "commend",
        TARGET,
        "--form",
        "bang_khen",
        "--date",
        "2026-04-01",
    ]);
    assert_eq!(out, format!("{TARGET}\n"));
    assert_eq!(
        temporary_files(&t.path().join("models")),
        Vec::<PathBuf>::new()
    );
    assert_eq!(t.read(TARGET_FILE).matches("[[event]]").count(), events + 1);
}
