//! Reliability, in the one integration binary: fuzzing of every parser of
//! text that comes from elsewhere (`fuzz`), laws that writing keeps
//! (`properties`), the bugs they found (`regressions`), a register from
//! elsewhere trying to get out (`hostile`), and writers killed mid-way
//! (`crash`). Generated inputs come from a seeded generator, so
//! every failure replays.

mod crash;
mod fuzz;
mod harness;
mod hostile;
mod issue20;
mod properties;
mod regressions;
mod rng;
mod text;

use std::fs;
use std::path::Path;

use dvk::criteria::Catalog;
use dvk::model::Model;
use dvk::model::taxonomy::Taxonomy;
use dvk::problem::Problem;

/// The criteria set of the sample register, which sample models assess.
pub(crate) const SAMPLE_CRITERIA: &str = "hd-tinh-2021-2025";

/// The sample register's model files and criteria texts: the corpus that
/// fuzzing mutates.
pub(crate) fn sample_texts(dir: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![crate::support::sample().join(dir)];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "toml") {
                out.push(fs::read_to_string(&path).unwrap());
            }
        }
    }
    out.sort();
    out
}

/// The sample's criteria sets, as a catalog that models can name.
pub(crate) fn sample_catalog(taxonomy: &Taxonomy) -> Catalog {
    let text = fs::read_to_string(
        crate::support::sample().join(format!("criteria/{SAMPLE_CRITERIA}.toml")),
    )
    .unwrap();
    let (set, problems) = dvk::read::criteria::parse(
        SAMPLE_CRITERIA,
        Path::new("criteria/hd.toml"),
        &text,
        taxonomy,
    );
    assert!(problems.is_empty(), "{problems:?}");
    Catalog {
        sets: vec![set.unwrap()],
        broken: Vec::new(),
    }
}

/// A model with each outcome's values sorted: `fmt` puts them in the
/// taxonomy's order, and nothing reads meaning into their order.
pub(crate) fn with_sorted_outcomes(mut model: Model) -> Model {
    for outcome in &mut model.outcomes {
        outcome.values.sort_by(|a, b| a.0.cmp(&b.0));
    }
    model
}

/// Every problem found in `text` names `path`, a line of the text and a
/// column on it, and shows that line: what `check` prints must point at
/// the right place.
#[track_caller]
pub(crate) fn assert_located(problems: &[Problem], path: &Path, text: &str) {
    let lines: Vec<&str> = text.split('\n').collect();
    for p in problems {
        assert_eq!(p.path, path, "{p:?}");
        assert!(!p.message.trim().is_empty(), "an empty message: {p:?}");
        let location = p
            .location
            .as_ref()
            .unwrap_or_else(|| panic!("a problem without a location: {p:?}"));
        assert!(
            (1..=lines.len()).contains(&location.line),
            "line {} of {}: {p:?}",
            location.line,
            lines.len()
        );
        let raw = lines[location.line - 1];
        let line = raw.trim_end_matches('\r');
        assert_eq!(location.line_text, line, "{p:?}");
        assert!(
            (1..=raw.chars().count() + 1).contains(&location.column),
            "column {} of a line of {} characters: {p:?}",
            location.column,
            line.chars().count()
        );
    }
}
