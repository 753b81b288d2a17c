//! `dvk assess`: record an appraisal team's judgements.

use std::io::Write;

use anyhow::{Result, anyhow, bail};
use clap::Args;

use dvk::model::{Assessment, Judgement};
use dvk::write::lifecycle;

use super::{Context, Outcome};

/// Record an appraisal (thẩm định) of a model under a criteria set: one
/// judgement for each criterion the team decides.
///
/// Values: true/false, có/không, đạt/không đạt, or a number of points.
/// Example: dvk assess 2019-quang-tan-xay-dung-vuon-mau --criteria hd-tinh-2021-2025 \
///   --by "Tổ thẩm định số 1" gan_lanh_dao=true huy_dong=có nhan_dan_ung_ho=15
#[derive(Debug, Args)]
pub(crate) struct AssessArgs {
    /// The model's id
    id: String,
    /// The criteria set: a file stem in criteria/
    #[arg(long, value_name = "SET")]
    criteria: String,
    /// Who appraised (tổ thẩm định)
    #[arg(long)]
    by: Option<String>,
    /// The day of the appraisal [default: today]
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
    /// A note
    #[arg(long)]
    note: Option<String>,
    /// Show what would be appended; write nothing
    #[arg(long)]
    dry_run: bool,
    /// CRITERION=VALUE judgements
    #[arg(value_name = "CRITERION=VALUE", required = true)]
    results: Vec<String>,
}

/// true, có, đạt / false, không, không đạt / a number.
fn judgement(text: &str) -> Option<Judgement> {
    match dvk::text::fold(text.trim()).as_str() {
        "true" | "co" | "dat" | "yes" => Some(Judgement::Met(true)),
        "false" | "khong" | "khong dat" | "no" => Some(Judgement::Met(false)),
        other => other
            .parse::<f64>()
            .ok()
            .filter(|n| n.is_finite() && *n >= 0.0)
            .map(Judgement::Points),
    }
}

pub(crate) fn run(ctx: &Context, args: &AssessArgs) -> Result<Outcome> {
    let workspace = ctx.load_for_writing()?;
    let register = &workspace.registers[0];
    let set = register
        .criteria
        .get(&args.criteria)
        .ok_or_else(|| anyhow!(register.criteria.unknown(&args.criteria)))?;
    let date = match &args.date {
        Some(text) => dvk::model::date::parse(text.trim())
            .ok_or_else(|| anyhow!("--date takes a day like 2021-10-12, not `{text}`"))
            .and_then(|d| dvk::model::date::given("date", d).map_err(anyhow::Error::msg))?,
        None => ctx.today,
    };
    let mut results = Vec::new();
    let mut problems = Vec::new();
    for pair in &args.results {
        let Some((id, text)) = pair.split_once('=') else {
            problems.push(format!("`{pair}`: write CRITERION=VALUE"));
            continue;
        };
        let id = id.trim();
        let Some(j) = judgement(text) else {
            problems.push(format!(
                "`{pair}`: the value must be true, false, có, không or a number of points"
            ));
            continue;
        };
        if let Some(message) = set.automatic(id) {
            problems.push(format!("{message}; leave it out"));
            continue;
        }
        if let Err(message) = set.admits(id, Some(j)) {
            problems.push(message);
            continue;
        }
        if results.iter().any(|(other, _)| other == id) {
            problems.push(format!("`{id}` is judged twice"));
            continue;
        }
        results.push((id.to_owned(), j));
    }
    if !problems.is_empty() {
        bail!("{}\nnothing was written", problems.join("\n"));
    }
    let assessment = Assessment {
        date,
        criteria: set.id.clone(),
        by: args.by.clone().filter(|b| !b.trim().is_empty()),
        note: args.note.clone().filter(|n| !n.trim().is_empty()),
        results,
    };
    let table = lifecycle::assessment_table(&assessment);
    let edits = lifecycle::plan(register, std::slice::from_ref(&args.id), |_| table.clone())?;
    let mut out = std::io::stdout().lock();
    if args.dry_run {
        for edit in &edits {
            writeln!(out, "# {}\n{}", edit.shown.display(), edit.table)?;
        }
        return Ok(Outcome::Done);
    }
    lifecycle::apply(&edits)?;
    writeln!(out, "{}", args.id)?;
    ctx.note(&format!("recorded an assessment under `{}`", set.id));
    Ok(Outcome::Done)
}
