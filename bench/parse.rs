//! How long each way of reading a register's files takes, on every core, in
//! one run: reading alone (the floor), then the `toml` crate into a typed
//! struct (serde), into its spanned tables (`DeTable`), `toml_edit`, and
//! `dvk`'s own reading (its one-pass reader of the files it writes, its
//! tree from parser events, then the whole model with every check). It is
//! how `dvk` chose what to parse with.
//!
//! Usage: cargo bench --bench parse -- [REGISTER] [RUNS]
//! (default bench/data/100000, 3 runs; make the register with
//! `bench/generate.py`). Prints medians and each one's ratio to the floor.

use std::path::{Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;
use serde::Deserialize;

use dvk::criteria::Catalog;
use dvk::read::settings::Settings;

/// A model as a typed struct: its keys, each event's keys; what the
/// `toml` crate's serde path reads into.
#[allow(dead_code)]
#[derive(Deserialize)]
struct Typed {
    name: String,
    unit: String,
    subject: String,
    field: String,
    level: String,
    registered: toml::value::Datetime,
    kind: Option<String>,
    phase: Option<String>,
    started: Option<toml::value::Datetime>,
    province: Option<String>,
    district: Option<String>,
    commune: Option<String>,
    #[serde(default)]
    partners: Vec<String>,
    #[serde(default)]
    tags: Vec<String>,
    summary: Option<String>,
    #[serde(default)]
    event: Vec<TypedEvent>,
    #[serde(default)]
    outcome: Vec<toml::Table>,
    #[serde(default)]
    assessment: Vec<toml::Table>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
struct TypedEvent {
    date: toml::value::Datetime,
    #[serde(rename = "type")]
    kind: String,
    level: Option<String>,
    form: Option<String>,
    decision: Option<String>,
    authority: Option<String>,
    place: Option<String>,
    note: Option<String>,
}

type Way = (&'static str, fn(&Path, &str, &Settings) -> usize);

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let root = PathBuf::from(args.first().map_or("bench/data/100000", String::as_str));
    let runs: usize = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(3);
    let settings_text = std::fs::read_to_string(root.join("dvk.toml")).unwrap_or_else(|e| {
        eprintln!(
            "no register at {}: {e}\nmake one with: python3 bench/generate.py 100000 {}",
            root.display(),
            root.display()
        );
        std::process::exit(2);
    });
    let (settings, _) = Settings::parse(Path::new("dvk.toml"), &settings_text);
    let mut problems = Vec::new();
    let files: Vec<PathBuf> = dvk::fs::files::record_files(&root, "models", &mut problems)
        .into_iter()
        .map(|rel| root.join(rel))
        .collect();

    let ways: [Way; 7] = [
        ("read every file (the floor)", |_, text, _| text.len()),
        ("toml: serde into a typed struct", |_, text, _| {
            toml::from_str::<Typed>(text).map_or(0, |t| t.name.len())
        }),
        ("toml: spanned tables (DeTable)", |_, text, _| {
            toml::de::DeTable::parse(text).map_or(0, |t| t.get_ref().len())
        }),
        ("toml_edit: document", |_, text, _| {
            text.parse::<toml_edit::DocumentMut>()
                .map_or(0, |d| d.as_table().len())
        }),
        ("dvk: one-pass reader (simple files)", |_, text, _| {
            dvk::read::spanned::readers::simple(text).map_or(0, |t| t.len())
        }),
        ("dvk: spanned tree from parser events", |_, text, _| {
            dvk::read::spanned::readers::events(text).map_or(0, |t| t.len())
        }),
        ("dvk: models, every key checked", |path, text, settings| {
            let id = path.file_stem().and_then(|s| s.to_str()).unwrap_or("x");
            let (model, problems) =
                dvk::read::model::parse(id, path, text, &settings.taxonomy, &Catalog::default());
            usize::from(model.is_some()) + problems.len()
        }),
    ];
    let mut times: Vec<Vec<f64>> = vec![Vec::new(); ways.len()];
    for _ in 0..runs {
        for ((_, way), times) in ways.iter().zip(&mut times) {
            let start = Instant::now();
            let n: usize = files
                .par_iter()
                .map(|path| {
                    let text = std::fs::read_to_string(path).unwrap_or_default();
                    way(path, &text, &settings)
                })
                .sum();
            std::hint::black_box(n);
            times.push(start.elapsed().as_secs_f64());
        }
    }
    println!(
        "{} files in {}; median of {runs} runs; {} threads",
        files.len(),
        root.display(),
        rayon::current_num_threads()
    );
    let medians: Vec<f64> = times.iter_mut().map(|t| median(t)).collect();
    for ((name, _), m) in ways.iter().zip(&medians) {
        println!("{name:<40} {m:7.3} s {:6.2}x", m / medians[0]);
    }
}

fn median(times: &mut [f64]) -> f64 {
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}
