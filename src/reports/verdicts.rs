//! The verdicts of many models under one criteria set, as the table that
//! `evaluate` writes: machine columns for csv and json, and for people a
//! line that says why each verdict is what it is.

use rayon::prelude::*;

use crate::criteria::CriteriaSet;
use crate::criteria::evaluate::{Evaluation, Verdict, evaluate};
use crate::model::derived::AsOf;
use crate::model::taxonomy::Taxonomy;
use crate::query::key::number_text;
use crate::reports::report::{Report, View};
use crate::reports::table::{Cell, Column, Table};
use crate::tr;

use crate::select::Selected;

pub struct Judged {
    pub id: String,
    pub name: String,
    pub evaluation: Evaluation,
}

impl Judged {
    pub fn passed(&self) -> bool {
        self.evaluation.verdict == Verdict::Dat
    }
}

/// Evaluates every selected model, keeping their order.
pub fn evaluate_all(set: &CriteriaSet, selected: &[Selected<'_>], as_of: &AsOf) -> Vec<Judged> {
    selected
        .par_iter()
        .map(|s| Judged {
            id: s.model.id.clone(),
            name: s.model.name.clone(),
            evaluation: evaluate(set, &s.row(as_of)),
        })
        .collect()
}

/// `id, name, verdict, score, max_score, failed, pending`: the columns
/// of `rows`.
pub fn columns() -> Vec<Column> {
    vec![
        Column::new("id", tr!("report-evaluate-id"), false),
        Column::new("name", tr!("report-evaluate-name"), false),
        Column::new("verdict", tr!("report-evaluate-verdict"), false),
        Column::new("score", tr!("report-evaluate-score"), true),
        Column::new("max_score", tr!("report-evaluate-max-score"), true),
        Column::new("failed", tr!("report-evaluate-failed-column"), false),
        Column::new("pending", tr!("report-evaluate-pending-column"), false),
    ]
}

/// A row of `columns` a verdict; the verdicts are moved into the rows,
/// not copied.
pub fn rows(results: Vec<Judged>, taxonomy: &Taxonomy) -> Vec<Vec<Cell>> {
    results
        .into_par_iter()
        .map(|r| {
            let e = r.evaluation;
            let code = e.verdict.code();
            vec![
                Cell::Text(r.id),
                Cell::Text(r.name),
                Cell::code(code, taxonomy.verdicts.label(code)),
                Cell::number(e.score),
                Cell::number(e.max_score),
                Cell::List(e.failed),
                Cell::List(e.pending),
            ]
        })
        .collect()
}

/// Why a verdict is what it is, in a line a commission member can read.
pub fn explanation(e: &Evaluation, set: &CriteriaSet) -> String {
    let texts = |ids: &[String]| {
        ids.iter()
            .map(|id| {
                set.criterion(id).map_or_else(
                    || id.clone(),
                    |c| {
                        if c.required {
                            tr!(
                                "report-evaluate-criterion-required",
                                text = &c.text,
                                id = id
                            )
                        } else {
                            tr!("report-evaluate-criterion", text = &c.text, id = id)
                        }
                    },
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    // Numbers as text: written as dvk writes them, not as Fluent would.
    let score = |e: &Evaluation| {
        let (score, max) = (number_text(e.score), number_text(e.max_score));
        match set.min_score {
            Some(min) => tr!(
                "report-evaluate-score-needed",
                score = score,
                max = max,
                min = number_text(min)
            ),
            None => tr!("report-evaluate-score-of", score = score, max = max),
        }
    };
    let mut parts = Vec::new();
    match e.verdict {
        Verdict::KhongApDung => return tr!("report-evaluate-out-of-scope"),
        Verdict::Dat => parts.push(tr!("report-evaluate-passed", score = score(e))),
        Verdict::KhongDat | Verdict::ChoDanhGia => parts.push(score(e)),
    }
    if !e.failed.is_empty() {
        parts.push(tr!("report-evaluate-failed", criteria = texts(&e.failed)));
    }
    if !e.pending.is_empty() && e.verdict != Verdict::Dat {
        parts.push(tr!("report-evaluate-pending", criteria = texts(&e.pending)));
    }
    parts.join(" — ")
}

/// The terminal view: one row a model with its explanation.
pub fn explained(results: &[Judged], set: &CriteriaSet, taxonomy: &Taxonomy) -> Table {
    let mut table = Table::new(vec![
        Column::new("id", tr!("report-evaluate-id"), false),
        Column::new("name", tr!("report-evaluate-name"), false),
        Column::new("verdict", tr!("report-evaluate-verdict"), false),
        Column::new("why", tr!("report-evaluate-why"), false),
    ]);
    table.rows = results
        .iter()
        .map(|r| {
            let code = r.evaluation.verdict.code();
            vec![
                Cell::text(&r.id),
                Cell::text(&r.name),
                Cell::code(code, taxonomy.verdicts.label(code)),
                Cell::text(explanation(&r.evaluation, set)),
            ]
        })
        .collect();
    table
}

/// `12 models: 5 dat, 3 khong_dat, 4 cho_danh_gia, 0 khong_ap_dung`.
pub fn summary(results: &[Judged]) -> String {
    let count = |v: Verdict| results.iter().filter(|r| r.evaluation.verdict == v).count();
    tr!(
        "report-evaluate-summary",
        count = results.len(),
        passed = count(Verdict::Dat),
        failed = count(Verdict::KhongDat),
        pending = count(Verdict::ChoDanhGia),
        outside = count(Verdict::KhongApDung)
    )
}

/// What a person reads of the verdicts: one row a model with why, and
/// how many got each verdict.
pub fn report(results: &[Judged], set: &CriteriaSet, taxonomy: &Taxonomy) -> Report {
    Report {
        people: vec![View::Table(explained(results, set, taxonomy))],
        note: Some(summary(results)),
        ..Report::default()
    }
}
