//! How long reading `dvk.toml` takes as its tables grow: a table of N
//! codes, each with its own label, parsed with every check (codes, labels
//! folded and compared) as `Settings::parse` does for every command. The
//! time per code stays flat when reading is linear (issue 20: it was
//! quadratic, 23 s for 16,000 codes).
//!
//! Usage: cargo bench --bench settings -- [RUNS]   (default 5 runs; medians)
//!
//! The texts are made in memory: a file over 1 MiB is not read by `dvk`
//! (about 50,000 codes with short labels), but the parse is timed beyond it.

use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

use dvk::read::settings::Settings;

fn text(codes: usize) -> String {
    let mut out = String::from("name = \"Sổ\"\n\n[fields]\n");
    for i in 0..codes {
        let _ = writeln!(out, "f{i} = \"Lĩnh vực số {i}\"");
    }
    out
}

fn main() {
    let runs: usize = std::env::args()
        .skip(1)
        .find(|a| a != "--bench")
        .and_then(|r| r.parse().ok())
        .unwrap_or(5);
    println!(
        "{:>9}  {:>10}  {:>10}  {:>12}",
        "codes", "bytes", "median ms", "ns per code"
    );
    for codes in [1_000, 10_000, 55_000, 100_000, 200_000] {
        let text = text(codes);
        let mut times = Vec::with_capacity(runs);
        for _ in 0..runs {
            let start = Instant::now();
            let (settings, problems) = Settings::parse(Path::new("dvk.toml"), &text);
            let elapsed = start.elapsed().as_secs_f64();
            assert!(problems.is_empty(), "{:?}", problems.first());
            assert_eq!(settings.taxonomy.fields.codes().count(), codes);
            times.push(elapsed);
        }
        times.sort_by(f64::total_cmp);
        let median = times[times.len() / 2];
        #[allow(clippy::cast_precision_loss)]
        let per_code = median * 1e9 / codes as f64;
        println!(
            "{codes:>9}  {:>10}  {:>10.1}  {per_code:>12.0}",
            text.len(),
            median * 1e3
        );
    }
}
