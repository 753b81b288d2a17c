//! A report that `dvk` does not make, written against the library: per
//! field, the share of models recognised at district level or above
//! (`recognized>=huyen`) among those registered, as of a year's end.
//!
//!     cargo run --example custom_report -- data-sample 2024
//!     cargo run --example custom_report -- so-xa-a so-xa-b   # several registers, as of today

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, Result, bail};

use dvk::model::derived::AsOf;
use dvk::query::Query;
use dvk::query::key::Mode;
use dvk::read::workspace::Workspace;
use dvk::reports::tally::share;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<()> {
    // Arguments: register folders, then optionally a year.
    let mut registers: Vec<PathBuf> = Vec::new();
    let mut year: Option<i32> = None;
    for arg in std::env::args().skip(1) {
        match arg.parse::<i32>() {
            Ok(y) if (1900..=9999).contains(&y) => year = Some(y),
            _ => registers.push(arg.into()),
        }
    }
    if registers.is_empty() {
        registers.push(".".into());
    }

    let workspace = Workspace::load(&registers)?;
    // As the commands do: no numbers from a register with errors.
    workspace.require_clean()?;
    let date = match year {
        Some(y) => dvk::model::date::end_of_year(y).context("no such year")?,
        None => chrono::Local::now().date_naive(),
    };
    let as_of = AsOf::date(date);
    let taxonomy = workspace.taxonomy();

    // The same query language as `dvk list`: one query for the whole, one
    // for the part.
    let all = workspace.select(&Query::all(), &as_of);
    let high = Query::parse("recognized>=huyen", Mode::Models, taxonomy)?;
    let recognised = workspace.select(&high, &as_of);
    if all.is_empty() {
        bail!("no model registered by {date}");
    }

    println!("Mô hình được công nhận từ cấp huyện trở lên, tính đến ngày {date}");
    println!();
    let header = ["Lĩnh vực", "Đăng ký", "Công nhận ≥ huyện", "Tỷ lệ (%)"];
    // Padding counts characters: right for Vietnamese text in NFC, where
    // each letter with its marks is one character.
    let width = taxonomy
        .fields
        .entries
        .iter()
        .map(|(_, label)| label.chars().count())
        .chain([header[0].chars().count(), "Tổng cộng".chars().count()])
        .max()
        .unwrap_or(0);
    let line = |label: &str, whole: u64, part: u64| {
        println!(
            "{label}{:pad$}  {whole:>7}  {part:>17}  {:>9.1}",
            "",
            share(part, whole),
            pad = width - label.chars().count()
        );
    };
    println!(
        "{}{:pad$}  {:>7}  {:>17}  {:>9}",
        header[0],
        "",
        header[1],
        header[2],
        header[3],
        pad = width - header[0].chars().count()
    );
    let count = |selected: &[dvk::select::Selected<'_>], field: Option<&str>| -> u64 {
        let n = selected
            .iter()
            .filter(|s| field.is_none_or(|f| s.model.field == f))
            .count();
        u64::try_from(n).unwrap_or(u64::MAX)
    };
    // A field outside the taxonomy (from another register) counts in the
    // total only.
    for (code, label) in &taxonomy.fields.entries {
        line(
            label,
            count(&all, Some(code)),
            count(&recognised, Some(code)),
        );
    }
    line("Tổng cộng", count(&all, None), count(&recognised, None));
    Ok(())
}
